// Reading GitHub Actions workflows: the file as written, with positions and comments
// (yaml-source, source-model: what doctor reads), the strict model on top of it (jobs, steps,
// needs order, matrix: what the rehearsal runs), the expression language (`${{ }}`) and the
// context paths it reads, and action metadata (`action.yml`).
export * from './action-metadata.js'
export * from './context-references.js'
export * from './expressions.js'
export * from './inputs.js'
export * from './job-waves.js'
export * from './labels.js'
export * from './matrix.js'
export * from './model.js'
export * from './source-model.js'
export * from './workflow-error.js'
export * from './yaml-source.js'
