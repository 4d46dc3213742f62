// What a release workflow runs that is not in the repository: actions by a moving tag, and
// local actions or workflows that are not there.
import {
  jobGrantsIdToken,
  localPath,
  type SourceJob,
  type SourceWorkflow,
  type YNode,
} from '@tokenless/workflow'
import { isOwnAction } from '../repository.js'
import type { ReleaseFacts } from '../release-facts.js'
import type { Repository } from '../repository.js'
import type { ReportOptions, Rule } from '../rule.js'

const FIRST_PARTY = new Set(['actions', 'github'])

/** Why `uses` is unpinned ('' when it is pinned, local or GitHub's own). */
function unpinned(uses: string, repository: Repository): string {
  if (isOwnAction(repository, uses)) return ''
  if (localPath(uses) !== undefined) return ''
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/i.test(uses) ? '' : 'a Docker tag'
  const [name, ref] = uses.split('@')
  const owner = name!.split('/')[0]!.toLowerCase()
  if (FIRST_PARTY.has(owner)) return ''
  if (ref === undefined || ref === '') return 'no version at all'
  if (/^[0-9a-f]{40}$/i.test(ref)) return ''
  return /^v?\d+(\.\d+)*$/.test(ref) ? `the tag ${ref}` : `the tag or branch ${ref}`
}

export const unpinnedAction: Rule = {
  id: 'unpinned-action',
  severity: 'warning',
  title:
    'A release workflow uses a third-party action (or reusable workflow) by tag or branch, not by commit SHA.',
  why: "A tag or branch moves whenever its owner (or whoever takes over the account) pushes it: the next release runs that code, in the workflow that holds the publish permission. Commit SHAs do not move. A job that holds `id-token: write` is said to be able to mint a publish token only in a workflow that publishes (or one such a workflow calls): npm's and PyPI's trusted publishers name one workflow file, and refuse a token minted in any other; a workflow that neither releases nor is called by one that publishes is not reported. A job that calls another repository's reusable workflow and grants it `id-token: write` can publish to npm through this file's trusted publisher, unseen. In a release workflow's jobs that neither publish, tag nor can mint a publish token (tests, lint, builds), the actions are listed in one note for the workflow. Actions of `actions/*` and `github/*` (GitHub's own), local actions, and this repository's own actions by name (`owner/<this repository>/path@v1`, when `path` is here) are not reported.",
  fix: 'Pin the full commit SHA and keep the version as a comment (`uses: owner/action@<40-hex sha> # v1.2.3`); Dependabot and Renovate keep such pins current.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@v5
      - uses: pypa/gh-action-pypi-publish@release/v1
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@v5
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      // npm's and PyPI's trusted publishers name one workflow file: a token minted in a workflow
      // that neither publishes nor is called by one that does is refused by the registry.
      // A reusable workflow of another repository that the job lets mint a token can publish to
      // npm through this file's trusted publisher (npm names the calling workflow), unseen here.
      const mints =
        facts.publishesInWorkflow(workflow) ||
        calledByPublisher(workflow, repository, facts) ||
        workflow.jobs.some(
          (job) =>
            job.uses !== undefined && job.called === undefined && jobGrantsIdToken(job) === true,
        )
      const release =
        facts.isReleaseWorkflow(workflow) ||
        (mints && workflow.jobs.some((job) => jobGrantsIdToken(job) === true))
      if (!release) continue
      const quiet: Place[] = []
      for (const job of workflow.jobs) {
        const places: Place[] = []
        const jobUses = job.uses?.str()?.trim()
        if (jobUses && job.uses) places.push({ node: job.uses, uses: jobUses, job })
        for (const step of job.steps)
          if (step.uses && step.usesNode) places.push({ node: step.usesNode, uses: step.uses, job })
        const unpinnedPlaces = places
          .map((place) => ({ ...place, why: unpinned(place.uses, repository) }))
          .filter((place) => place.why !== '')
        // A job that neither releases nor can mint a publish token: one note for the workflow.
        if (!releasesOrMints(job, mints, facts)) {
          quiet.push(...unpinnedPlaces)
          continue
        }
        for (const { node, uses, why } of unpinnedPlaces)
          report(
            node,
            `\`${uses}\` runs whatever ${why} points to on the day of the release (its owner, or whoever takes over the account, can move it)${powers(job, mints)}.`,
            {
              fix: `Pin the commit SHA that ${uses.split('@')[1] ?? 'the version you use'} points to today, and keep the version as a comment: \`uses: ${uses.split('@')[0]}@<40-hex sha> # ${uses.split('@')[1] ?? 'version'}\`.`,
            },
          )
      }
      if (quiet.length > 0) reportQuiet(quiet, report)
    }
  },
}

interface Place {
  node: YNode
  uses: string
  job: SourceJob
}

const LISTED = 8

/** The unpinned actions of a release workflow's jobs that cannot release: one note, listing them. */
function reportQuiet(
  places: Place[],
  report: (node: YNode, message: string, options?: ReportOptions) => void,
): void {
  const named = places.slice(0, LISTED).map(({ node, uses, job }) => {
    // A composite action's step: its own file and line.
    const line = node.pos().line
    const where = node.file === places[0]!.node.file ? `line ${line}` : `${node.file.rel}:${line}`
    return `\`${uses}\` (job "${job.id}", ${where})`
  })
  const more = places.length > LISTED ? `, and ${places.length - LISTED} more` : ''
  const jobs = new Set(places.map((place) => place.job.id)).size
  report(
    places[0]!.node,
    `${places.length === 1 ? 'One action runs' : `${places.length} actions run`} by a tag or branch that its owner (or whoever takes over the account) can move, in ${jobs === 1 ? 'a job' : `${jobs} jobs`} of this release workflow that neither release${jobs === 1 ? 's' : ''} nor can mint a publish token: ${named.join(', ')}${more}. What they build or cache can still reach the release.`,
    {
      severity: 'note',
      fix: 'Pin each to the commit SHA its tag points to today, and keep the version as a comment (`uses: owner/action@<40-hex sha> # v1.2.3`).',
    },
  )
}

/** A job that publishes, tags or creates a release, or holds `id-token: write` where a token is accepted. */
function releasesOrMints(job: SourceJob, mints: boolean, facts: ReleaseFacts): boolean {
  if (job.called !== undefined || job.uses !== undefined) return true
  if (mints && jobGrantsIdToken(job) === true) return true
  return facts.jobPublishes(job).length > 0 || facts.jobTags(job).length > 0
}

function powers(job: SourceJob, mints: boolean): string {
  if (mints && jobGrantsIdToken(job) === true)
    return `, in job "${job.id}", which can mint a publish token`
  return `, in a workflow that releases`
}

/** Whether a workflow that publishes calls `workflow` (directly, or through other reusable ones). */
function calledByPublisher(
  workflow: SourceWorkflow,
  repository: Repository,
  facts: ReleaseFacts,
  seen = new Set<SourceWorkflow>([workflow]),
): boolean {
  for (const caller of repository.workflows) {
    if (seen.has(caller) || !caller.jobs.some((job) => job.called === workflow)) continue
    seen.add(caller)
    if (facts.publishesInWorkflow(caller) || calledByPublisher(caller, repository, facts, seen))
      return true
  }
  return false
}

export const missingLocalReference: Rule = {
  id: 'missing-local-reference',
  severity: 'error',
  title:
    'A local action (`uses: ./path`) or reusable workflow that is not in the repository, or a called workflow without `workflow_call`.',
  why: 'GitHub fails the job when it reaches the step (or rejects the workflow for a missing reusable workflow): a renamed or deleted `action.yml` turns the next release into a failed run, often after the tag is already out.',
  fix: 'Point `uses:` at the folder that holds `action.yml` (or `action.yaml`), or at the workflow file under .github/workflows, relative to the repository root.',
  bad: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - uses: ./.github/actions/setup-that-was-renamed
`,
  good: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci
`,
  check({ repository, report }) {
    for (const { step, job, ref, notReusable } of repository.missing) {
      const node = step?.via?.usesNode ?? step?.usesNode ?? job?.uses
      if (!node) continue
      if (notReusable) {
        report(
          node,
          `${ref} has no \`workflow_call\` trigger, so it cannot be called as a reusable workflow: GitHub rejects this workflow before any job starts.`,
          {
            fix: `Add \`workflow_call:\` to the \`on:\` of ${ref}.`,
          },
        )
        continue
      }
      const what = step ? `no action.yml or action.yaml in ${ref}` : `no workflow file ${ref}`
      report(
        node,
        `${ref} is not in this repository (${what}): GitHub fails ${step ? 'the job when it reaches this step' : 'the run before any job starts'}.`,
      )
    }
  },
}
