// `--format json`: the findings and the summary as one JSON document, for scripts.
import { countBySeverity } from './analyze.js'
import type { DoctorResult, IgnoredFinding } from './analyze.js'
import type { Finding } from './rule.js'

function findingJson(finding: Finding) {
  const { line, column, endLine, endColumn } = finding.position
  return {
    file: finding.file.rel,
    line,
    column,
    endLine,
    endColumn,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    fix: finding.fix,
    source: finding.file.lines[line - 1] ?? '',
  }
}

export function formatJson(result: DoctorResult): string {
  const counts = countBySeverity(result.findings)
  return `${JSON.stringify(
    {
      summary: {
        files: result.repository.files.length,
        errors: counts.error,
        warnings: counts.warning,
        notes: counts.note,
        ignored: result.ignored.length,
      },
      findings: result.findings.map(findingJson),
      ignored: result.ignored.map((finding: IgnoredFinding) => ({
        ...findingJson(finding),
        reason: finding.reason,
      })),
      files: result.repository.files.map((file) => file.rel),
    },
    null,
    2,
  )}\n`
}
