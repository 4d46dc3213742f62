import {
  escapeMarkdown,
  escapeMarkdownLines,
  fitMarkdown,
  GITHUB_LIMITS,
  markdownCode,
  plainLine,
} from '@tokenless/action-kit'
import type { PackageEntry } from './inputs.js'
import { type BannerFacts, recommendation } from './yank-marks.js'

/** `done`: found done; `done now`: done by this run; `pending`: to do by hand; `failed`. */
export type StepState = 'done' | 'done now' | 'pending' | 'failed'

export interface Step {
  label: string
  state: StepState
  /** Plain text: escaped wherever it is shown. */
  detail: string
  /** A command to run by hand, shown as code after the detail. */
  command?: string
}

export interface IssueFacts {
  tag: string
  version: string
  releaseUrl: string
  reason: string
  facts: BannerFacts
  packages: Array<PackageEntry & { version: string }>
  steps: Step[]
}

/** The HTML comment that finds the issue again: one issue per yanked tag. */
export function issueMarker(tag: string): string {
  return `<!-- tokenless:yank-notice ${tag} -->`
}

function installLine(entry: PackageEntry, version: string): string {
  return entry.registry === 'npm'
    ? `npm install ${entry.name}@${version}`
    : `pip install "${entry.name}==${version}"`
}

/** A step's detail and command as Markdown: the detail escaped, the command as code. */
export function stepDetail(step: Pick<Step, 'detail' | 'command'>): string {
  const detail = escapeMarkdown(step.detail)
  if (step.command === undefined) return detail
  return `${detail}${detail === '' ? '' : ' '}${markdownCode(step.command)}`
}

export function renderIssue(facts: IssueFacts): { marker: string; title: string; body: string } {
  const marker = issueMarker(facts.tag)
  const target = facts.facts.replacement?.version ?? facts.facts.previousGood
  const lines = [
    marker,
    `## ${escapeMarkdown(facts.tag)} is yanked`,
    '',
    '### Affected versions',
    '',
    `- GitHub release [${escapeMarkdown(facts.tag)}](${facts.releaseUrl})`,
    ...facts.packages.map(
      (entry) =>
        `- ${entry.registry === 'npm' ? 'npm' : 'PyPI'} ${markdownCode(entry.name)} ${escapeMarkdown(entry.version)}`,
    ),
    '',
    '### Impact',
    '',
    ...escapeMarkdownLines(facts.reason),
    '',
    '### What to do',
    '',
    recommendation(facts.facts),
  ]
  if (target !== undefined && facts.packages.length > 0) {
    lines.push('', '```sh', ...facts.packages.map((entry) => installLine(entry, target)), '```')
  }
  lines.push(
    '',
    '### Checklist',
    '',
    ...facts.steps.map(
      (step) =>
        `- [${step.state.startsWith('done') ? 'x' : ' '}] ${escapeMarkdown(step.label)}${step.state === 'pending' || step.state === 'failed' ? ` (${step.state}: ${stepDetail(step)})` : ''}`,
    ),
    '',
  )
  const footer =
    '_Kept up to date by tokenless yank-notice: run it again after a step done by hand._'
  const limit = GITHUB_LIMITS.issueBody
  const body = fitMarkdown(
    `${lines.join('\n')}\n${footer}`,
    limit - 1,
    `_This issue was cut here to stay within GitHub's limit of ${limit.toLocaleString('en-US')} characters: the job summary of the last yank-notice run lists every step._\n\n${footer}`,
  )
  const firstLine = facts.reason.split(/\r\n|\r|\n/)[0] ?? ''
  const short = plainLine(firstLine, 80)
  return {
    marker,
    title: plainLine(`${facts.tag} is yanked: ${short}`, GITHUB_LIMITS.issueTitle),
    body: `${body}\n`,
  }
}
