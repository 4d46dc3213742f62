// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it (github/codeql-action/upload-sarif):
// every rule with its help and default level, every finding with its region and a fingerprint
// that survives lines moving, ignored findings as in-source suppressions.
import { createHash } from 'node:crypto'
import type { Log, Result } from 'sarif'
import type { DoctorResult } from './analyze.js'
import type { Finding, Rule } from './rule.js'

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

function ruleHelp(rule: Rule): { text: string; markdown: string } {
  const text = `${rule.title}\n\nWhy: ${rule.why}\n\nFix: ${rule.fix}`
  const markdown = `${rule.title}\n\n**Why.** ${rule.why}\n\n**Fix.** ${rule.fix}\n\nWith the hazard:\n\n\`\`\`yaml\n${rule.bad}\`\`\`\n\nWithout it:\n\n\`\`\`yaml\n${rule.good}\`\`\`\n`
  return { text, markdown }
}

function fingerprint(finding: Finding, occurrence: number): string {
  const source = (finding.file.lines[finding.position.line - 1] ?? '').trim()
  return createHash('sha256')
    .update(`${finding.rule}\0${finding.file.rel}\0${source}\0${occurrence}`)
    .digest('hex')
    .slice(0, 32)
}

export function formatSarif(result: DoctorResult, version: string): string {
  const rules = result.rules
  const index = new Map(rules.map((rule, position) => [rule.id, position]))
  const occurrences = new Map<string, number>()
  const toResult = (finding: Finding, suppression?: string): Result => {
    const { line, column, endLine, endColumn } = finding.position
    const key = `${finding.rule}\0${finding.file.rel}\0${(finding.file.lines[line - 1] ?? '').trim()}`
    const occurrence = occurrences.get(key) ?? 0
    occurrences.set(key, occurrence + 1)
    return {
      ruleId: finding.rule,
      ...(index.has(finding.rule) ? { ruleIndex: index.get(finding.rule) } : {}),
      level: finding.severity,
      message: { text: `${finding.message}\nFix: ${finding.fix}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: finding.file.rel, uriBaseId: '%SRCROOT%' },
            region: {
              startLine: line,
              startColumn: column,
              ...(endLine > line || endColumn > column ? { endLine, endColumn } : {}),
            },
          },
        },
      ],
      partialFingerprints: { 'tokenlessFindingHash/v1': fingerprint(finding, occurrence) },
      ...(suppression !== undefined
        ? { suppressions: [{ kind: 'inSource', justification: suppression }] }
        : {}),
    }
  }
  // Typed against the SARIF 2.1.0 object model (@types/sarif): the compiler checks the shape.
  const sarif: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tokenless doctor',
            semanticVersion: version,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id
                .split('-')
                .map((word) => word[0]!.toUpperCase() + word.slice(1))
                .join(''),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.why },
              help: ruleHelp(rule),
              defaultConfiguration: { level: rule.severity },
              properties: {
                tags: ['security', 'release'],
                precision: 'high',
                'problem.severity': rule.severity === 'note' ? 'recommendation' : rule.severity,
              },
            })),
          },
        },
        automationDetails: { id: 'tokenless-doctor/' },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(result.repository.root) } },
        results: [
          ...result.findings.map((finding) => toResult(finding)),
          ...result.ignored.map((finding) => toResult(finding, finding.reason)),
        ],
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}

function pathToFileUri(path: string): string {
  const withSlash = path.endsWith('/') ? path : `${path}/`
  return `file://${withSlash.split('/').map(encodeURIComponent).join('/')}`
}
