// The terminal report: findings grouped by file, each with its line quoted and its fix, then one
// summary line with the counts.
import { countBySeverity } from './analyze.js'
import type { DoctorResult } from './analyze.js'
import type { Finding } from './rule.js'

const LABEL = { error: 'error  ', warning: 'warning', note: 'note   ' }

export function formatText(result: DoctorResult): string {
  const out: string[] = []
  const byFile = new Map<string, Finding[]>()
  for (const finding of result.findings) {
    const list = byFile.get(finding.file.rel) ?? []
    list.push(finding)
    byFile.set(finding.file.rel, list)
  }
  for (const [rel, findings] of byFile) {
    out.push(rel)
    for (const finding of findings) {
      const { line, column } = finding.position
      out.push(`  ${line}:${column}  ${LABEL[finding.severity]}  ${finding.rule}`)
      out.push(`    ${finding.message}`)
      const source = finding.file.lines[line - 1]
      if (source !== undefined && source.trim() !== '') {
        const gutter = String(line)
        out.push(`    ${gutter} | ${source.replace(/\t/g, ' ')}`)
        out.push(`    ${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, column - 1))}^`)
      }
      out.push(`    fix: ${finding.fix}`)
      out.push('')
    }
  }
  out.push(summaryLine(result))
  return `${out.join('\n')}\n`
}

export function summaryLine(result: DoctorResult): string {
  const counts = countBySeverity(result.findings)
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const files = result.repository.files.length
  const ignored = result.ignored.length
  return `tokenless doctor: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')} in ${plural(files, 'file')}${ignored > 0 ? ` (${ignored} ignored by tokenless-ignore)` : ''}.`
}
