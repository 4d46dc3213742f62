// Runs the chosen rules over a repository, adds the findings about the files themselves (YAML
// errors, ignore comments), applies `# tokenless-ignore:` and sorts what is left.
import { type SourceFile, type YNode } from '@tokenless/workflow'
import { ReleaseFacts } from './release-facts.js'
import type { Repository } from './repository.js'
import { positionOf } from './rule.js'
import type { Finding, ReportOptions, Rule, Severity } from './rule.js'
import { RULES } from './rules/index.js'

export interface IgnoredFinding extends Finding {
  reason: string
}

export interface DoctorResult {
  repository: Repository
  rules: readonly Rule[]
  findings: Finding[]
  ignored: IgnoredFinding[]
  /** A rule that failed on this repository (a bug in doctor): the other rules still ran. */
  failures: { rule: string; error: string }[]
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
}

export function runDoctor(repository: Repository, rules: readonly Rule[] = RULES): DoctorResult {
  const facts = new ReleaseFacts(repository)
  const raw: Finding[] = []
  const failures: DoctorResult['failures'] = []
  const selected = new Set(rules.map((rule) => rule.id))
  for (const rule of rules) {
    const report = (node: YNode, message: string, options: ReportOptions = {}) => {
      raw.push({
        rule: rule.id,
        severity: options.severity ?? rule.severity,
        file: node.file,
        position: positionOf(node, options),
        message,
        fix: options.fix ?? rule.fix,
      })
    }
    try {
      rule.check({ repository, facts, report })
    } catch (error) {
      failures.push({
        rule: rule.id,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }
  if (selected.has('invalid-yaml'))
    for (const file of repository.files) raw.push(...yamlErrors(file))
  if (selected.has('ignore-directive'))
    for (const file of repository.files) raw.push(...directiveProblems(file))

  const findings: Finding[] = []
  const ignored: IgnoredFinding[] = []
  const seen = new Set<string>()
  for (const finding of raw.sort(compareFindings)) {
    const key = `${finding.file.rel}:${finding.position.line}:${finding.position.column}:${finding.rule}`
    if (seen.has(key)) continue
    seen.add(key)
    const directive = ignoreFor(finding)
    if (directive !== undefined) ignored.push({ ...finding, reason: directive })
    else findings.push(finding)
  }
  return { repository, rules, findings, ignored, failures }
}

/** `localeCompare`'s order, without building a collator on each call. */
const collator = new Intl.Collator()

function compareFindings(a: Finding, b: Finding): number {
  return (
    collator.compare(a.file.rel, b.file.rel) ||
    a.position.line - b.position.line ||
    a.position.column - b.position.column ||
    collator.compare(a.rule, b.rule)
  )
}

const invalidYamlRule = RULES.find((rule) => rule.id === 'invalid-yaml')!
const ignoreDirectiveRule = RULES.find((rule) => rule.id === 'ignore-directive')!

function yamlErrors(file: SourceFile): Finding[] {
  const first = file.errors[0]
  if (!first) return []
  const more = file.errors.length - 1
  return [
    {
      rule: invalidYamlRule.id,
      severity: invalidYamlRule.severity,
      file,
      position: {
        line: first.line,
        column: first.column,
        endLine: first.line,
        endColumn: first.column,
      },
      message: `${file.rel} is not valid YAML: ${first.message}${more > 0 ? ` (and ${more} more error${more > 1 ? 's' : ''} after it)` : ''}. GitHub does not run a workflow it cannot parse: nothing in this file runs until it is fixed.`,
      fix: invalidYamlRule.fix,
    },
  ]
}

function directiveProblems(file: SourceFile): Finding[] {
  const known = new Set(RULES.map((rule) => rule.id))
  const problems: Finding[] = []
  for (const directive of file.ignores) {
    const position = {
      line: directive.line,
      column: directive.column,
      endLine: directive.line,
      endColumn: directive.column,
    }
    const unknown = directive.rules.filter((id) => !known.has(id))
    let message: string | undefined
    if (directive.rules.length === 0)
      message = '`# tokenless-ignore:` names no rule, so it ignores nothing.'
    else if (unknown.length > 0)
      message = `\`# tokenless-ignore:\` names ${unknown.map((id) => `"${id}"`).join(', ')}, which ${unknown.length > 1 ? 'are not rules' : 'is not a rule'}: the finding it was meant for is still reported. Known rules: tokenless doctor --list-rules.`
    else if (directive.reason === '')
      message = `\`# tokenless-ignore: ${directive.rules.join(', ')}\` gives no reason: say why the risk is accepted, for the next maintainer.`
    if (message)
      problems.push({
        rule: ignoreDirectiveRule.id,
        severity: ignoreDirectiveRule.severity,
        file,
        position,
        message,
        fix: ignoreDirectiveRule.fix,
      })
  }
  return problems
}

/** The reason of a directive that covers the finding: on its line, or alone on the lines just above. */
function ignoreFor(finding: Finding): string | undefined {
  const { file, position } = finding
  if (finding.rule === 'ignore-directive') return undefined
  const covers = (line: number, ownLineOnly: boolean) =>
    file.ignores.find(
      (directive) =>
        directive.line === line &&
        (!ownLineOnly || directive.ownLine) &&
        directive.rules.includes(finding.rule),
    )
  const same = covers(position.line, false)
  if (same) return same.reason
  for (let line = position.line - 1; line >= 1; line--) {
    const text = file.lines[line - 1]?.trim() ?? ''
    if (!text.startsWith('#')) break
    const above = covers(line, true)
    if (above) return above.reason
  }
  return undefined
}
