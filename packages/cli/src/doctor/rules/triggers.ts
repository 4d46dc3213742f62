// When a release workflow runs: triggers that never fire or fire too often, runs that race or
// cancel each other, and pull_request_target running a pull request's code.
import {
  actionName,
  contextReferences,
  isSelfRepositoryRef,
  localPath,
  upstreamJobs,
  type SourceJob,
  type SourceStep,
  type SourceWorkflow,
  type YNode,
} from '@tokenless/workflow'
import { commandsIn, toolWords, type ShellCommand } from '@tokenless/release-tools'
import { posix } from 'node:path'
import { requiresTag } from '../job-conditions.js'
import type { ReleaseFacts } from '../release-facts.js'
import type { Repository } from '../repository.js'
import { stepAnchor, truncate, type Rule } from '../rule.js'
import { cacheOf } from '../step-kinds.js'
import { testPypiFixture } from './ordering.js'

/** The node to point at for an event of `on:`; `key` when the event is a map key. */
function eventAnchor(
  workflow: SourceWorkflow,
  name: string,
): { node: YNode; key?: boolean; needle?: string } {
  const on = workflow.on
  if (on?.isMap()) {
    const value = on.get(name)
    if (value) return { node: value, key: true }
  }
  if (on) return { node: on, needle: name }
  return { node: workflow.node }
}

function tagPushTrigger(workflow: SourceWorkflow): boolean {
  const push = workflow.events.get('push')
  return push?.get('tags') !== undefined
}

export const deadPublishTrigger: Rule = {
  id: 'dead-publish-trigger',
  severity: 'error',
  title:
    'A publish waits for a release or tag that this repository creates with GITHUB_TOKEN (it never fires).',
  why: 'Events caused by GITHUB_TOKEN start no workflow (only workflow_dispatch and repository_dispatch are exempt). When one workflow creates the release or pushes the tag with GITHUB_TOKEN and another publishes `on: release` or `on: push: tags`, the publish never runs: versions are tagged and announced but never reach the registry (a dead publish path).',
  fix: 'Publish in the workflow that creates the release, in a job that needs the release job; or create the release with a GitHub App token; or have the creating workflow start the publishing one with `gh workflow run` (workflow_dispatch).',
  context: {
    '.github/workflows/release-please.yml': `on: { push: { branches: [main] } }
permissions: {}
jobs:
  release-please:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write }
    steps:
      - uses: googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 # v4.4.0
`,
  },
  bad: `# Waits for the releases release-please.yml creates with GITHUB_TOKEN:
on:
  release:
    types: [published]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `# The release and the publish in one workflow, one job after the other:
on:
  push:
    branches: [main]
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release-please:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write }
    outputs:
      created: \${{ steps.release.outputs.release_created }}
    steps:
      - id: release
        uses: googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 # v4.4.0
  publish:
    needs: release-please
    if: needs.release-please.outputs.created == 'true'
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    const creators = repository.workflows
      .filter((workflow) => !facts.publishesInWorkflow(workflow))
      .flatMap((workflow) => workflow.jobs.flatMap((job) => facts.jobTags(job)))
      .filter((creation) => creation.token === 'github-token')
    for (const workflow of repository.workflows) {
      if (!facts.publishesInWorkflow(workflow)) continue
      const others = creators.filter(
        (creation) => creation.step.job?.workflow.file !== workflow.file,
      )
      const triggers: [string, typeof others][] = []
      if (workflow.events.has('release'))
        triggers.push(['release', others.filter((c) => c.kind === 'release')])
      if (tagPushTrigger(workflow)) triggers.push(['push', others])
      for (const [event, matching] of triggers) {
        const creation = matching[0]
        if (!creation) continue
        const where = `${creation.step.job!.workflow.file.rel}:${stepAnchor(creation.step).pos().line}`
        const what =
          event === 'release'
            ? 'a release is published (`release:`)'
            : 'a tag is pushed (`push: tags`)'
        const anchor = eventAnchor(workflow, event)
        report(
          anchor.node,
          `This workflow publishes when ${what}, but ${event === 'release' ? 'the releases' : 'the tags'} of this repository are created by ${creation.tool} in ${where} with GITHUB_TOKEN, and events caused by GITHUB_TOKEN start no workflow: this publish never runs, and the versions tagged there never reach the registry.`,
          {
            key: anchor.key,
            needle: anchor.needle,
          },
        )
      }
    }
  },
}

const OVERLAPS: [string, string, string][] = [
  ['created', 'published', 'a release published at once (not saved as a draft first) fires both'],
  ['published', 'released', 'publishing a stable release fires both'],
  ['published', 'prereleased', 'publishing a prerelease fires both'],
  ['created', 'released', 'a stable release published at once fires both'],
  ['created', 'prereleased', 'a prerelease published at once fires both'],
]

export const releaseTriggerTypes: Rule = {
  id: 'release-trigger-types',
  severity: 'warning',
  title:
    'A publishing `release:` trigger without `types: [published]`, or with types that fire twice for one release.',
  why: '`release:` without `types` runs for every activity (created, edited, published, prereleased, released, deleted...): one release starts the publish two or three times, and editing the notes publishes again. Some pairs of types fire together for one release, and `prereleased` does not fire for a prerelease published from a draft.',
  fix: 'Use `types: [published]`: it fires once per release, drafts included, prereleases included.',
  bad: `on:
  release:
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on:
  release:
    types: [published]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      if (!workflow.events.has('release') || !facts.publishesInWorkflow(workflow)) continue
      const anchor = eventAnchor(workflow, 'release')
      const typesNode = workflow.events.get('release')?.get('types')
      const types = typesNode?.strings() ?? []
      if (types.length === 0) {
        report(
          anchor.node,
          '`release:` has no `types:`, so this workflow runs for every release activity (created, edited, published, prereleased, released, deleted...): one release starts the publish two or three times, and editing its notes publishes again.',
          {
            key: anchor.key,
            needle: anchor.needle,
          },
        )
        continue
      }
      const overlap = OVERLAPS.find(([a, b]) => types.includes(a) && types.includes(b))
      if (overlap) {
        report(
          typesNode!,
          `\`types: [${types.join(', ')}]\`: ${overlap[2]} \`${overlap[0]}\` and \`${overlap[1]}\`, so the publish runs twice for one release and the second run fails on "version already exists" (or uploads a rebuilt file).`,
        )
        continue
      }
      const repeating = types.filter((type) => ['edited', 'deleted', 'unpublished'].includes(type))
      if (repeating.length > 0) {
        report(
          typesNode!,
          `\`types:\` includes ${repeating.map((type) => `\`${type}\``).join(', ')}: editing or removing a release starts the publish again.`,
        )
      } else if (types.includes('prereleased') && !types.includes('published')) {
        report(
          typesNode!,
          '`prereleased` does not fire for a prerelease published from a draft (only `published` does): prereleases drafted first are never published.',
        )
      }
    }
  },
}

const PR_HEAD = /^github\.(event\.pull_request\.head\.|head_ref$)/
const FETCHES_PR = /\b(gh pr checkout|git (checkout|fetch)\b.*(pull\/|head_ref|pull_request\.head))/

/**
 * Commands that only read or move files, talk to git or GitHub, or print: run in a pull
 * request's tree, they execute none of it.
 */
const INERT = new Set(
  'git gh echo printf cat head tail ls pwd cd pushd popd test [ [[ true false : exit set export unset shopt mkdir rmdir cp mv rm touch ln chmod jq yq grep egrep fgrep sed awk sort uniq wc cut tr tee diff cmp comm find basename dirname realpath readlink date sleep tar zip unzip gzip gunzip xz sha1sum sha256sum sha512sum md5sum base64 curl wget stat file du df whoami id hostname printenv'.split(
    ' ',
  ),
)
/** Programs that run the file named by their first operand. */
const INTERPRETERS =
  /^(python[\d.]*|py|node|deno|bun|bash|sh|zsh|dash|ksh|ruby|perl|php|pwsh|powershell|tsx|ts-node|source|\.)$/
/** Options that name the directory a tool works in (`make -C dir`, `npm --prefix dir`). */
const DIRECTORY_OPTIONS = new Set([
  '-C',
  '--prefix',
  '--cwd',
  '--dir',
  '--directory',
  '--project',
  '--manifest-path',
  '--working-directory',
])

/** A folder as a plain relative path (`./a/b/` → `a/b`; the workspace root → ''). */
function folder(path: string | undefined): string {
  const normal = posix.normalize(
    (path ?? '').trim().replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, ''),
  )
  return normal === '.' || normal === './' ? '' : normal.replace(/^\.\//, '').replace(/\/+$/, '')
}

/** Whether `path` (a relative path as written) is `dir` or inside it. */
function inside(path: string, dir: string): boolean {
  const normal = folder(path)
  if (normal.startsWith('/') || normal.startsWith('..')) return false
  return dir === '' || normal === dir || normal.startsWith(`${dir}/`)
}

/** The working directory of a `run:` step: its own, or the job's or the workflow's default. */
function workingDirectory(step: SourceStep, job: SourceJob): string | undefined {
  const own = step.node.get('working-directory')?.str()
  if (own !== undefined || step.via) return own
  const defaults = (node: YNode | undefined) =>
    node?.get('defaults')?.get('run')?.get('working-directory')?.str()
  return defaults(job.node) ?? defaults(job.workflow.node)
}

/** The command, of those given, that runs code from the pull request's tree in `dir`. */
function executingCommand(commands: ShellCommand[], dir: string, startInside: boolean) {
  let within = startInside
  for (const command of commands) {
    const words = command.words
    const first = words[0] ?? ''
    if (first === 'cd' || first === 'pushd') {
      const target = words.slice(1).find((word) => !word.startsWith('-'))
      if (target !== undefined) within = inside(target, dir)
      continue
    }
    if (within && !INERT.has(first)) return command
    if (first.includes('/') && inside(first, dir)) return command
    if (INERT.has(first)) continue
    const tool = toolWords(words)
    if (INTERPRETERS.test(tool[0] ?? '')) {
      const script = tool.slice(1).find((word) => !word.startsWith('-'))
      if (script !== undefined && script.includes('/') && inside(script, dir)) return command
    }
    for (let index = 1; index < words.length; index++) {
      const word = words[index]!
      const [option, value] = word.includes('=') ? word.split('=', 2) : [word, words[index + 1]]
      if (DIRECTORY_OPTIONS.has(option) && value !== undefined && inside(value, dir)) return command
    }
    if (/^(install|add|i|wheel|build|sync)$/.test(tool[1] ?? '') || tool[0] === 'pip')
      if (tool.slice(2).some((word) => /^(\.|\.\.)?\//.test(word) && inside(word, dir)))
        return command
  }
  return undefined
}

/** A step of `job` after `from` (or, for a `run:` that fetches it, its own later commands) that runs the tree checked out into `dir`. */
function executesCheckout(
  job: SourceJob,
  from: SourceStep,
  dir: string,
  otherFolders: string[],
  facts: ReleaseFacts,
  restOfScript: ShellCommand[],
): string | undefined {
  const where = (step: SourceStep) => `line ${stepAnchor(step).pos().line}`
  const startsInside = (step: SourceStep) => {
    const wd = workingDirectory(step, job)
    if (wd === undefined) return dir === ''
    if (otherFolders.some((other) => other !== '' && inside(wd, other))) return false
    return inside(wd, dir)
  }
  const own = executingCommand(restOfScript, dir, startsInside(from))
  if (own) return `\`${truncate(own.text, 60)}\`, ${where(from)}`
  for (const step of job.steps.slice(job.steps.indexOf(from) + 1)) {
    const local = localPath(step.uses)
    if (local !== undefined && !isSelfRepositoryRef(step.uses) && inside(local, dir))
      return `the local action \`${step.uses}\`, ${where(step)}`
    if (step.run !== undefined) {
      const command = executingCommand(commandsIn(step.run), dir, startsInside(step))
      if (command) return `\`${truncate(command.text, 60)}\`, ${where(step)}`
    } else if (step.uses !== undefined && local === undefined) {
      const runs = facts.tests(step) ?? facts.build(step)
      const into = (step.with?.entries() ?? []).some(([, value]) => {
        const text = value.str()
        return text !== undefined && /^\.?\.?\//.test(text) && inside(text, dir)
      })
      if (runs !== undefined && (dir === '' || into))
        return `\`${step.uses}\`, which runs \`${truncate(runs, 40)}\`, ${where(step)}`
    }
  }
  return undefined
}

/** A step of a release workflow that restores a cache, if any. */
function releaseCache(
  repository: Repository,
  facts: ReleaseFacts,
): { step: SourceStep; workflow: SourceWorkflow } | undefined {
  for (const workflow of repository.workflows) {
    if (!facts.isReleaseWorkflow(workflow)) continue
    for (const job of workflow.jobs)
      for (const step of job.steps) if (cacheOf(step)) return { step, workflow }
  }
  return undefined
}

export const pullRequestTargetCheckout: Rule = {
  id: 'pull-request-target-checkout',
  severity: 'error',
  title: "`pull_request_target` checks out the pull request's code.",
  why: "`pull_request_target` runs with the base repository's secrets and a writable GITHUB_TOKEN, and can write the caches a release restores. Checking out the pull request's head there and then running anything from it (its install scripts, tests, build, a local action) runs a stranger's code with all of that: an error. A checkout nothing in the job runs is a warning when it fills the workspace (one step added later is enough), and a note when it sits in a folder of its own that no step runs anything from (read as data, such as documentation handed to a site builder).",
  fix: 'Run anything that builds or tests the pull request under `pull_request` (no secrets, read-only token); keep `pull_request_target` for labels and comments, without checking out the head.',
  bad: `on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`,
  good: `on: pull_request
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
`,
  check({ repository, facts, report }) {
    let cache: ReturnType<typeof releaseCache> | null = null
    const poison = () => {
      if (cache === null) cache = releaseCache(repository, facts)
      if (!cache) return ''
      return `, and can poison the caches the release restores (${cache.step.uses ?? 'a cache'} in ${cache.workflow.file.rel}:${stepAnchor(cache.step).pos().line})`
    }
    for (const workflow of repository.workflows) {
      if (!workflow.events.has('pull_request_target')) continue
      for (const job of workflow.jobs) {
        const folders = job.steps
          .filter((step) => actionName(step.uses) === 'actions/checkout')
          .map((step) => folder(step.with?.get('path')?.str()))
        const judge = (
          step: SourceStep,
          node: YNode,
          does: string,
          dir: string,
          rest: ShellCommand[],
          options: { key?: boolean; needle?: string },
        ) => {
          const others = folders.filter((each) => each !== dir)
          const runs = executesCheckout(job, step, dir, others, facts, rest)
          const head = `This workflow runs on \`pull_request_target\` (with this repository's secrets and a writable GITHUB_TOKEN) and ${does} in job "${job.id}"`
          if (runs) {
            report(
              node,
              `${head}, then runs it (${runs}): anyone who opens a pull request runs their code here${poison()}.`,
              options,
            )
          } else if (dir === '') {
            report(
              node,
              `${head}, into the workspace. No later step of the job installs, builds, tests or runs anything from it, so today it is only read; but any step added after it that does runs a stranger's code with those secrets.`,
              { ...options, severity: 'warning' },
            )
          } else {
            report(
              node,
              `${head}, into \`${dir}\`, and no later step runs anything from that folder: it is only read, as data. A step that installs, builds or runs code from \`${dir}\` would run a stranger's code with those secrets.`,
              { ...options, severity: 'note' },
            )
          }
        }
        for (const step of job.steps) {
          const checkout = actionName(step.uses) === 'actions/checkout'
          const inputs = checkout ? [step.with?.get('ref'), step.with?.get('repository')] : []
          for (const input of inputs) {
            const text = input?.str()
            if (!input || !text) continue
            if (
              contextReferences(text).some((path) => PR_HEAD.test(path)) ||
              /refs\/pull\//.test(text)
            ) {
              judge(
                step,
                step.via ? stepAnchor(step) : input,
                `checks out the pull request's code (\`${text}\`)`,
                folder(step.with?.get('path')?.str()),
                [],
                { key: !step.via },
              )
              break
            }
          }
          const run = step.run
          if (run && FETCHES_PR.test(run)) {
            const line = run
              .split('\n')
              .find((each) => /gh pr checkout|git (checkout|fetch)/.test(each))!
              .trim()
            const commands = commandsIn(run)
            const at = commands.findIndex((command) => FETCHES_PR.test(command.text))
            judge(
              step,
              step.via ? stepAnchor(step) : step.runNode!,
              "fetches the pull request's code",
              folder(workingDirectory(step, job)),
              at < 0 ? [] : commands.slice(at + 1),
              { needle: step.via ? undefined : line },
            )
          }
        }
      }
    }
  },
}

function releaseJobs(workflow: SourceWorkflow, facts: ReleaseFacts) {
  return workflow.jobs.filter(
    (job) => facts.publishesAnywhere(job) || facts.jobTags(job).length > 0,
  )
}

export const releaseWithoutConcurrency: Rule = {
  id: 'release-without-concurrency',
  severity: 'warning',
  title: 'A release workflow has no `concurrency:`.',
  why: 'Two runs of one release (a second click on "Run workflow", a tag pushed again, a rerun while the first still waits for approval) run side by side: both publish, one fails halfway on "version already exists", and tags and releases interleave.',
  fix: 'Add `concurrency: { group: release-${{ github.ref }}, cancel-in-progress: false }` at the top of the workflow.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency:
  group: release-\${{ github.ref }}
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      if (workflow.concurrency) continue
      const events = [...workflow.events.keys()]
      if (events.length === 0 || events.every((event) => event === 'workflow_call')) continue
      const jobs = releaseJobs(workflow, facts)
      if (jobs.length === 0 || jobs.every((job) => job.concurrency)) continue
      report(
        workflow.on ?? workflow.node,
        `This workflow releases (job${jobs.length > 1 ? 's' : ''} ${jobs.map((job) => `"${job.id}"`).join(', ')}) but has no \`concurrency:\`: two runs for one version (a second dispatch, a re-pushed tag, a rerun while the first waits for approval) publish side by side, and one fails halfway on "version already exists".`,
        { key: workflow.on !== undefined },
      )
    }
  },
}

const COMMIT_KEYS = new Set(['github.sha', 'github.event.after', 'github.event.head_commit.id'])
const REF_KEYS = new Set([
  'github.ref',
  'github.ref_name',
  'github.head_ref',
  'github.event.release.tag_name',
  'github.event.release.id',
  'github.event.inputs.version',
  'inputs.version',
  'inputs.tag',
])

/**
 * What a concurrency group is keyed on: the commit (`github.sha`: two runs of one commit are
 * the only ones that meet), the ref (`github.ref`: one tag or one branch), or neither.
 */
function groupKey(concurrency: YNode | undefined): 'commit' | 'ref' | undefined {
  const paths = contextReferences(concurrency?.get('group')?.str() ?? '')
  if (paths.some((path) => COMMIT_KEYS.has(path))) return 'commit'
  if (paths.some((path) => REF_KEYS.has(path))) return 'ref'
  return undefined
}

/** A workflow that releases only on a tag push or a release (pull requests release nothing). */
function releasesOnlyOnTags(workflow: SourceWorkflow): boolean {
  let releases = false
  for (const [name, value] of workflow.events) {
    if (name === 'pull_request' || name === 'merge_group') continue
    const tagPush =
      name === 'push' && value?.get('tags') !== undefined && value.get('branches') === undefined
    if (name !== 'release' && !tagPush) return false
    releases = true
  }
  return releases
}

/** A term that holds only for a release or a tag. */
const TAG_ONLY_TERM =
  /event_name\s*==\s*'release'|github\.event\.action\s*==\s*'published'|startsWith\(\s*github\.ref\s*,\s*'refs\/tags\/?'\s*\)|github\.ref_type\s*==\s*'tag'/

/**
 * The branches of an expression's outermost `||` (`a || (b && c)` gives `a` and `(b && c)`);
 * an `||` inside parentheses or quotes stays in its branch.
 */
function orBranches(expression: string): string[] {
  const branches: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let at = 0; at < expression.length; at++) {
    const char = expression[at]
    if (char === "'") quoted = !quoted
    else if (quoted) continue
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (depth === 0 && expression.startsWith('||', at)) {
      branches.push(expression.slice(start, at))
      start = at + 2
      at++
    }
  }
  branches.push(expression.slice(start))
  return branches
}

/** Where the parenthesis that opens `text` closes (-1 when it does not). */
function closingParenthesis(text: string): number {
  let depth = 0
  let quoted = false
  for (let at = 0; at < text.length; at++) {
    if (text[at] === "'") quoted = !quoted
    else if (quoted) continue
    else if (text[at] === '(') depth++
    else if (text[at] === ')' && --depth === 0) return at
  }
  return -1
}

/**
 * One `||` branch that holds only for a release or a tag: it names a tag-only term and negates
 * nothing; a whole branch in parentheses is split again.
 */
function branchIsTagOnly(branch: string): boolean {
  const text = branch.trim()
  if (text.startsWith('(') && closingParenthesis(text) === text.length - 1) {
    const inner = orBranches(text.slice(1, -1))
    if (inner.length > 1) return inner.every(branchIsTagOnly)
  }
  return TAG_ONLY_TERM.test(text) && !/!(?!=)/.test(text) && !/\|\|/.test(text)
}

/**
 * A job whose `if:` lets it run only for a release or a tag (`github.event_name == 'release'`,
 * `github.event.action == 'published'`), or that waits for such a job (a skipped job skips the
 * jobs that need it, unless their `if:` says `always()`).
 */
function jobRunsOnlyOnTags(job: SourceJob): boolean {
  const condition = job.if?.str() ?? ''
  const branches = orBranches(condition.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1'))
  const own = requiresTag(job) || (condition.trim() !== '' && branches.every(branchIsTagOnly))
  if (own) return true
  if (/\b(always|failure|cancelled)\(/.test(condition)) return false
  const byId = new Map(job.workflow.jobs.map((each) => [each.id, each]))
  return job.needs.some((id) => {
    const upstream = byId.get(id)
    return upstream !== undefined && upstream !== job && jobRunsOnlyOnTags(upstream)
  })
}

/**
 * A concurrency group that reads the run's own id or number (`${{ github.head_ref || github.run_id }}`):
 * outside pull requests every run has a group of its own, so a newer one cancels nothing.
 */
function groupIsPerRun(concurrency: YNode | undefined): boolean {
  const group = concurrency?.get('group')?.str() ?? ''
  return contextReferences(group).some(
    (path) => path === 'github.run_id' || path === 'github.run_number',
  )
}

export const releaseCancelInProgress: Rule = {
  id: 'release-cancel-in-progress',
  severity: 'error',
  title: '`cancel-in-progress: true` on a release workflow or a publishing job.',
  why: 'A newer run cancels the one in progress wherever it is: between the npm and the PyPI upload, after the tag but before the release, halfway through a monorepo\'s packages. The release is left half done and a rerun meets "version already exists". A group that reads `github.run_id` (the usual `${{ github.head_ref || github.run_id }}`) is unique to each run outside pull requests, so it cancels nothing there and is not reported; nor is a group keyed on the commit (`github.sha`), or on the ref (`github.ref`) of a workflow that releases only on tags or releases (each release has a ref of its own). A group keyed on a branch is a warning: only a newer push to the same branch cancels. A job that only uploads a test build to TestPyPI on branch pushes releases nothing and is not counted; a job that waits for a tag-only job runs only on tags.',
  fix: 'Use `cancel-in-progress: false`: the second run waits for the first to finish.',
  bad: `on: { push: { branches: [main] } }
permissions: {}
concurrency:
  group: release
  cancel-in-progress: true
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on: { push: { branches: [main] } }
permissions: {}
concurrency:
  group: release
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      // A job that only uploads a test build to TestPyPI on branch pushes releases nothing.
      const jobs = releaseJobs(workflow, facts).filter((job) => {
        const publishes = facts.jobPublishes(job)
        return (
          facts.jobTags(job).length > 0 ||
          publishes.length === 0 ||
          !publishes.every((each) => testPypiFixture(job, each, facts))
        )
      })
      if (jobs.length === 0) continue
      const places: [YNode | undefined, string][] = [
        [workflow.concurrency, 'this workflow'],
        ...jobs.map((job): [YNode | undefined, string] => [job.concurrency, `job "${job.id}"`]),
      ]
      for (const [concurrency, what] of places) {
        const cancel = concurrency?.get('cancel-in-progress')
        if (cancel?.str() !== 'true' || groupIsPerRun(concurrency)) continue
        const key = groupKey(concurrency)
        const tagsOnly = releasesOnlyOnTags(workflow) || jobs.every(jobRunsOnlyOnTags)
        if (key === 'commit' || (key === 'ref' && tagsOnly)) continue
        if (key === 'ref') {
          report(
            cancel,
            `\`cancel-in-progress: true\` on ${what}, which releases, in a group keyed on the branch: a newer push or dispatch on the same branch cancels this run wherever it is (between two packages, after the tag but before the release), and the rerun meets "version already exists".`,
            { key: true, severity: 'warning' },
          )
          continue
        }
        report(
          cancel,
          `\`cancel-in-progress: true\` on ${what}, which releases: a newer run cancels this one wherever it is (between the npm and the PyPI upload, after the tag but before the release), leaving a half-done release that a rerun cannot finish ("version already exists").`,
          { key: true },
        )
      }
    }
  },
}

const CONCLUSION_SUCCESS =
  /github\.event\.workflow_run\.conclusion\s*==\s*'success'|'success'\s*==\s*github\.event\.workflow_run\.conclusion/

/** Whether the job, a job it waits for, or the step checks that the upstream run succeeded. */
function checksUpstreamSuccess(job: SourceJob, step: SourceStep | undefined): boolean {
  const chain = [job, ...upstreamJobs(job)]
  const conditions = chain.map((each) => each.if?.str() ?? '')
  if (step) conditions.push(step.if?.str() ?? '', step.via?.if?.str() ?? '')
  if (conditions.some((condition) => CONCLUSION_SUCCESS.test(condition))) return true
  // A gate job (one this job waits for) whose script reads the conclusion and sets an output
  // that the `if:` of this job, or of a job between, reads through `needs`.
  return upstreamJobs(job).some(
    (gate) =>
      gate.steps.some((each) =>
        contextReferences(each.run ?? '').includes('github.event.workflow_run.conclusion'),
      ) &&
      conditions.some((condition) =>
        contextReferences(condition, 'expression').some((path) =>
          path.startsWith(`needs.${gate.id}.outputs.`),
        ),
      ),
  )
}

export const workflowRunUnchecked: Rule = {
  id: 'workflow-run-unchecked',
  severity: 'error',
  title:
    'A publish started by `workflow_run` does not check that the upstream run succeeded (it publishes after failed CI).',
  why: "`workflow_run` with `types: [completed]` starts the workflow whenever the upstream workflow ends, whatever its conclusion: failed, cancelled or skipped runs trigger it too. A publishing job that does not check `github.event.workflow_run.conclusion == 'success'` releases the commit whose tests just failed. A check in the script of a job it needs counts when the publishing job's `if:` (or that of a job between) reads that job's outputs.",
  fix: "Add `if: github.event.workflow_run.conclusion == 'success'` to the publishing job (or to a job it needs); with other triggers too: `if: github.event_name != 'workflow_run' || github.event.workflow_run.conclusion == 'success'`.",
  bad: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
    branches: [main]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
    branches: [main]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    if: github.event.workflow_run.conclusion == 'success'
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      if (!workflow.events.has('workflow_run')) continue
      const others = [...workflow.events.keys()].filter((event) => event !== 'workflow_run')
      for (const job of workflow.jobs) {
        const publish = facts.jobPublishes(job)[0]
        if (!publish || checksUpstreamSuccess(job, publish.step)) continue
        report(
          stepAnchor(publish.step),
          `Job "${job.id}" publishes (${publish.tool}) when the workflow_run trigger fires, and nothing checks github.event.workflow_run.conclusion: the trigger fires when the upstream run completes, failed or cancelled too, so a commit whose CI failed is published.${others.length > 0 ? ` (The ${others.join(', ')} trigger${others.length > 1 ? 's are' : ' is'} judged on ${others.length > 1 ? 'their' : 'its'} own.)` : ''}`,
          { needle: publish.needle.split('\n')[0] },
        )
      }
    }
  },
}
