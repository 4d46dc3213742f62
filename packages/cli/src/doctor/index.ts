// What the rest of the command may use of doctor: run it over a repository and count findings.
export { countBySeverity, runDoctor } from './analyze.js'
export { loadRepository } from './repository.js'
export type { Finding, Severity } from './rule.js'
export { formatText } from './format-text.js'
