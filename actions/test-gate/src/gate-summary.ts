import type { Summary } from '@tokenless/action-kit'
import { displayName } from './junit/failed-test.js'
import type { JUnitResults } from './junit/junit-files.js'
import type { RequiredChecksResult } from './required-checks.js'
import type { CommandResult } from './run-commands.js'

/** What the gate found; `reasons` is empty when it passed. */
export interface GateResult {
  reasons: string[]
  command: (CommandResult & { seconds: number }) | undefined
  junit: JUnitResults | undefined
  checks: RequiredChecksResult | undefined
}

/** Failed tests listed by name in the summary and the check run. */
const LISTED_FAILURES = 50

function seconds(value: number): string {
  return `${value.toFixed(1)} s`
}

export function describeCounts(junit: JUnitResults): string {
  return `${junit.tests} tests, ${junit.failures} failed, ${junit.errors} errors, ${junit.skipped} skipped, ${seconds(junit.time)}`
}

function failedTestLines(junit: JUnitResults): string[] {
  return junit.failed.slice(0, LISTED_FAILURES).map((test) => {
    const where = test.sourceFile ? ` (${test.sourceFile}${test.line ? `:${test.line}` : ''})` : ''
    return `\`${displayName(test)}\`${where}: ${test.message}`
  })
}

function failedTestsHeading(junit: JUnitResults): string {
  // The failed tests kept with details are the first of them; the counts count them all.
  const total = Math.max(junit.failed.length, junit.failures + junit.errors)
  return total > LISTED_FAILURES
    ? `Failed tests (first ${LISTED_FAILURES} of ${total})`
    : `Failed tests (${total})`
}

export function renderGate(
  summary: Summary,
  result: GateResult,
  context: {
    sha: string | undefined
    recorded: { id: number; url: string | undefined } | undefined
  },
): void {
  const passed = result.reasons.length === 0
  summary.heading(
    `test-gate: ${passed ? 'passed' : 'failed'}${context.sha ? ` on ${context.sha.slice(0, 7)}` : ''}`,
  )
  const rows: string[][] = []
  const command = result.command
  if (command) {
    rows.push([
      'Commands',
      command.timedOut
        ? `stopped at timeout-minutes after ${seconds(command.seconds)}`
        : `exited ${command.exitCode} after ${seconds(command.seconds)}`,
    ])
  }
  const junit = result.junit
  if (junit) rows.push(['JUnit', `${describeCounts(junit)} (${junit.reports.join(', ')})`])
  const checks = result.checks
  if (checks) {
    const succeeded = checks.checks.filter((check) => check.conclusion === 'success').length
    rows.push(['Required checks', `${succeeded} of ${checks.checks.length} succeeded`])
  }
  if (rows.length > 0) summary.table(['Gate', 'Result'], rows)
  if (!passed) summary.list(result.reasons)
  if (junit && junit.failed.length > 0) {
    summary.heading(failedTestsHeading(junit), 3)
    summary.list(failedTestLines(junit))
  }
  if (checks && checks.checks.length > 0) {
    summary.heading('Required checks', 3)
    summary.table(
      ['Check', 'Kind', 'Conclusion', 'Link'],
      checks.checks.map((check) => [
        check.name,
        check.kind,
        check.conclusion,
        check.url ? `[details](${check.url})` : '',
      ]),
    )
  }
  if (context.recorded) {
    const name = 'tokenless/test-gate'
    summary.paragraph(
      `Recorded as the check run ${context.recorded.url ? `[${name}](${context.recorded.url})` : name} (id ${context.recorded.id}), which publish-oidc's require-gate reads.`,
    )
  }
}

/** The check run's title, summary and text. */
export function summarizeForCheckRun(result: GateResult): {
  title: string
  summary: string
  text: string | undefined
} {
  const passed = result.reasons.length === 0
  const junit = result.junit
  const counts = junit ? describeCounts(junit) : undefined
  const title = passed
    ? `Passed${counts ? `: ${counts}` : ''}`
    : `Failed: ${result.reasons[0] ?? ''}`
  const lines = [
    ...(counts ? [`JUnit: ${counts}.`] : []),
    ...result.reasons.map((reason) => `- ${reason}`),
  ]
  const text =
    junit && junit.failed.length > 0
      ? [
          `### ${failedTestsHeading(junit)}`,
          '',
          ...failedTestLines(junit).map((line) => `- ${line}`),
        ].join('\n')
      : undefined
  return {
    title,
    summary: lines.join('\n') || (passed ? 'The test gate passed.' : 'The test gate failed.'),
    text,
  }
}
