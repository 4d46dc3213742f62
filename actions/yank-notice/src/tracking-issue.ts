import type { PackageEntry } from './inputs.js'
import { type BannerFacts, recommendation } from './yank-marks.js'

/** `done`: found done; `done now`: done by this run; `pending`: to do by hand; `failed`. */
export type StepState = 'done' | 'done now' | 'pending' | 'failed'

export interface Step {
  label: string
  state: StepState
  detail: string
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

export function renderIssue(facts: IssueFacts): { marker: string; title: string; body: string } {
  const marker = issueMarker(facts.tag)
  const firstLine = facts.reason.split('\n')[0] ?? ''
  const short = firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine
  const target = facts.facts.replacement?.version ?? facts.facts.previousGood
  const lines = [
    marker,
    `## ${facts.tag} is yanked`,
    '',
    '### Affected versions',
    '',
    `- GitHub release [${facts.tag}](${facts.releaseUrl})`,
    ...facts.packages.map(
      (entry) =>
        `- ${entry.registry === 'npm' ? 'npm' : 'PyPI'} \`${entry.name}\` ${entry.version}`,
    ),
    '',
    '### Impact',
    '',
    facts.reason,
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
        `- [${step.state.startsWith('done') ? 'x' : ' '}] ${step.label}${step.state === 'pending' || step.state === 'failed' ? ` (${step.state}: ${step.detail})` : ''}`,
    ),
    '',
    '_Kept up to date by tokenless yank-notice: run it again after a step done by hand._',
  )
  return {
    marker,
    title: `${facts.tag} is yanked: ${short}`,
    body: `${lines.join('\n')}\n`,
  }
}
