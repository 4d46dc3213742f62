// The order of a release: tests before tags and publishes, one version computed once, no way
// around the test gate, tags on commits a branch holds, and publishes that a rerun can finish.
import {
  environmentName,
  upstreamJobs,
  type SourceJob,
  type SourceStep,
  type SourceWorkflow,
} from '@tokenless/workflow'
import { operands, pmSubcommand } from '@tokenless/release-tools'
import { stepAnchor, type Rule } from '../rule.js'
import { cacheOf, commits, pushesBranch, stepCommands } from '../step-kinds.js'
import type { Publish, TagCreation } from '../step-kinds.js'
import { pushRunsOnTags, runsForNoRelease } from '../job-conditions.js'
import type { ReleaseFacts } from '../release-facts.js'

/**
 * The test jobs `job` does not wait for: those it could wait for (`parallel`), and those that wait
 * for it (`after`: adding them to its `needs:` would make a cycle).
 */
function testJobsNotUpstream(
  job: SourceJob,
  facts: ReleaseFacts,
): { parallel: SourceJob[]; after: SourceJob[] } {
  const upstream = new Set(upstreamJobs(job))
  const parallel: SourceJob[] = []
  const after: SourceJob[] = []
  for (const other of job.workflow.jobs) {
    if (other === job || upstream.has(other) || !facts.isTestJob(other)) continue
    if (upstreamJobs(other).includes(job)) {
      if (runsMoreThanChecks(other, facts)) after.push(other)
    } else parallel.push(other)
  }
  return { parallel, after }
}

/** `npm run check`, `pnpm check:types`: a lint or type check, not the test suite. */
const CHECK_SCRIPT = /^(npm|pnpm|yarn|bun)\s+(run\s+)?checks?([:_.-]\S*)?$/

/**
 * A job downstream of a release counts as its tests only when it runs more than a check script
 * (a site deploy that type-checks its sources does not test the release).
 */
function runsMoreThanChecks(
  job: SourceJob,
  facts: ReleaseFacts,
  seen = new Set<SourceWorkflow>(),
): boolean {
  if (
    job.steps.some((step) => {
      const test = facts.tests(step)
      return test !== undefined && !CHECK_SCRIPT.test(test.trim())
    })
  )
    return true
  const called = job.called
  if (!called || seen.has(called)) return false
  seen.add(called)
  return called.jobs.some((inner) => runsMoreThanChecks(inner, facts, seen))
}

/** Commands that make a new Python project: a package made in the job is a test fixture. */
const NEW_PROJECT = [
  ['uv', 'init'],
  ['poetry', 'new'],
  ['poetry', 'init'],
  ['hatch', 'new'],
  ['pdm', 'init'],
  ['flit', 'init'],
]

/**
 * An upload to TestPyPI that is itself a test: from a workflow that no release starts (no tag
 * push, `release`, `workflow_dispatch` or `workflow_call`), from a job whose `if:` lets only a
 * branch push (or a pull request, a schedule) run it, or of a package a step of the job makes
 * from nothing (`uv init`, `poetry new`).
 */
export function testPypiFixture(job: SourceJob, publish: Publish, facts: ReleaseFacts): boolean {
  if (publish.registry !== 'testpypi') return false
  const events = job.workflow.events
  const released =
    pushRunsOnTags(job.workflow) ||
    ['release', 'workflow_dispatch', 'workflow_call'].some((event) => events.has(event))
  if (!released || runsForNoRelease(job)) return true
  const index = job.steps.indexOf(publish.step)
  return job.steps.slice(0, index < 0 ? job.steps.length : index + 1).some((step) =>
    stepCommands(step, facts.scripts).some(({ words }) => {
      const tool = words[0]?.split('/').pop()
      return NEW_PROJECT.some(([name, sub]) => tool === name && words[1] === sub)
    }),
  )
}

/**
 * A workflow that only runs after another one (`workflow_run`, judged by workflow-run-unchecked):
 * its tests ran there. With other triggers too (`workflow_dispatch`, `schedule`, `push`), those
 * runs wait for nothing, so the workflow is judged as for them.
 */
function gatedByAnotherWorkflow(workflow: SourceWorkflow): boolean {
  return (
    workflow.events.size > 0 &&
    [...workflow.events.keys()].every((event) => event === 'workflow_run')
  )
}

const ONLY_ON_WORKFLOW_RUN =
  /github\.event_name\s*==\s*'workflow_run'|github\.event\.workflow_run\.conclusion\s*==/

/** A job that runs only when the workflow_run trigger fires (its `if:` or a job it needs says so). */
function jobGatedByAnotherWorkflow(job: SourceJob): boolean {
  if (gatedByAnotherWorkflow(job.workflow)) return true
  if (!job.workflow.events.has('workflow_run')) return false
  return [job, ...upstreamJobs(job)].some((each) =>
    ONLY_ON_WORKFLOW_RUN.test(
      each.if?.str()?.replace(/github\.event_name\s*!=\s*'workflow_run'\s*\|\|[^&]*/g, '') ?? '',
    ),
  )
}

function needleOf(step: SourceStep, needle: string): { needle?: string } {
  return step.via ? {} : { needle: needle.split('\n')[0] }
}

/** `job "a"`, `jobs "a", "b"`, or the first three of a long list and how many more. */
function jobsNamed(jobs: SourceJob[]): string {
  const shown = jobs.length > 4 ? jobs.slice(0, 3) : jobs
  const list = shown.map((job) => `"${job.id}"`).join(', ')
  const more = jobs.length - shown.length
  return `${jobs.length === 1 ? 'job' : 'jobs'} ${list}${more > 0 ? ` and ${more} more` : ''}`
}

/** Steps whose tag creation is reported by tag-before-test, so that publish-before-test skips them. */
/** What a tag or publish step does, and what follows when the tests do not come first. */
interface UntestedTexts {
  /** "creates a tag with git tag", "publishes with npm publish". */
  does: string
  /** The tests of the workflow run only after the job. */
  beforeAny: string
  /** Test jobs run beside the job, not before it. */
  parallel: string
  /** Nothing in the workflow tests the commit. */
  none: string
  /** "tag only after them". */
  afterFix: string
}

/**
 * One finding for a step that tags or publishes before the tests: an error when test jobs run
 * beside it (add them to needs:), a warning when the tests run only after it (adding them to
 * needs: would make a cycle) or nowhere in this workflow.
 */
function reportUntested(
  report: Parameters<Rule['check']>[0]['report'],
  job: SourceJob,
  facts: ReleaseFacts,
  action: { step: SourceStep; needle: string },
  texts: UntestedTexts,
): void {
  const { parallel: tests, after } = testJobsNotUpstream(job, facts)
  const line = stepAnchor(action.step).pos().line
  const where = `Job "${job.id}" ${texts.does} (line ${line})`
  const needle = needleOf(action.step, action.needle)
  if (tests.length === 0 && after.length > 0) {
    report(
      stepAnchor(action.step),
      `${where} before any test: the tests of this workflow run after it, in ${jobsNamed(after)}, ${texts.beforeAny}`,
      {
        ...needle,
        severity: 'warning',
        fix: `Run the tests in a job that job "${job.id}" needs, and ${texts.afterFix}.`,
      },
    )
  } else if (tests.length > 0) {
    report(
      stepAnchor(action.step),
      `${where} without waiting for the tests in ${jobsNamed(tests)}: ${texts.parallel}`,
      {
        ...needle,
        fix: `Add ${tests.length === 1 ? `"${tests[0]!.id}"` : `[${tests.map((t) => t.id).join(', ')}]`} to \`needs:\` of job "${job.id}".`,
      },
    )
  } else {
    report(
      stepAnchor(action.step),
      `${where} and nothing in this workflow tests that commit first: ${texts.none}`,
      {
        ...needle,
        severity: 'warning',
        fix: `Run the tests in a job that job "${job.id}" needs (or call the CI workflow as a job, \`uses: ./.github/workflows/ci.yml\`, and add it to \`needs:\`).`,
      },
    )
  }
}

function untestedTags(workflow: SourceWorkflow, facts: ReleaseFacts): Map<SourceJob, TagCreation> {
  const found = new Map<SourceJob, TagCreation>()
  if (gatedByAnotherWorkflow(workflow)) return found
  for (const job of workflow.jobs) {
    if (jobGatedByAnotherWorkflow(job)) continue
    const creation = facts.jobTags(job).find((each) => !facts.testedBefore(job, each.step))
    if (creation) found.set(job, creation)
  }
  return found
}

export const tagBeforeTest: Rule = {
  id: 'tag-before-test',
  severity: 'error',
  title: 'A tag or GitHub Release is created by a job that does not wait for the tests.',
  why: 'When the tests fail after the tag is pushed, the version is stranded: the tag (and often the release and its notes) exists for code that never passed, and has to be deleted by hand or skipped. Reported as a warning when nothing in the workflow tests the commit first (no tests at all, or only in jobs that run after the tag). A job downstream of the tag that runs only a check script (`npm run check`, a site deploy) is not counted as its tests.',
  fix: 'Make the job that tags `needs:` the test job (or call the CI workflow as a job of this one, `uses: ./.github/workflows/ci.yml`, and need that).',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: gh release create "v$(date +%Y.%-m.%-d)" --generate-notes
        env:
          GH_TOKEN: \${{ github.token }}
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
  tag:
    needs: test
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: gh release create "v$(date +%Y.%-m.%-d)" --generate-notes
        env:
          GH_TOKEN: \${{ github.token }}
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const [job, creation] of untestedTags(workflow, facts)) {
        const what = creation.kind === 'tag' ? 'a tag' : 'a GitHub Release (and its tag)'
        reportUntested(report, job, facts, creation, {
          does: `creates ${what} with ${creation.tool}`,
          beforeAny: 'so when they fail the version is already tagged and stranded.',
          parallel: 'when they fail, the tag is already out and the version is stranded.',
          none: 'when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
          afterFix: 'tag only after them',
        })
      }
    }
  },
}

export const publishBeforeTest: Rule = {
  id: 'publish-before-test',
  severity: 'error',
  title: 'A job publishes to npm or PyPI without waiting for the tests.',
  why: 'A version on npm or PyPI cannot be replaced: publishing before the tests pass (or while they still run) ships whatever the commit holds, and the only way back is a yank and a new version. Reported as a warning when nothing in the workflow tests the commit first (no tests at all, or only in jobs that run after the publish). An upload to TestPyPI from a workflow (or a job) no release starts, or of a package the job makes (`uv init`), is itself a test and is not reported.',
  fix: 'Make the publishing job `needs:` the test job, or run the tests in a job it needs.',
  bad: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: pip install -e . && pytest
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: pip install -e . && pytest
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      if (gatedByAnotherWorkflow(workflow)) continue
      const tagged = untestedTags(workflow, facts)
      const untested = (job: SourceJob) =>
        facts
          .jobPublishes(job)
          .filter(
            (each) => !facts.testedBefore(job, each.step) && !testPypiFixture(job, each, facts),
          )
      // The real PyPI upload is reported already: its TestPyPI rehearsal says nothing more.
      const pypiReported = workflow.jobs.some(
        (job) =>
          !jobGatedByAnotherWorkflow(job) && untested(job).some((each) => each.registry === 'pypi'),
      )
      for (const job of workflow.jobs) {
        if (jobGatedByAnotherWorkflow(job)) continue
        const publish = untested(job).find(
          (each) => !(pypiReported && each.registry === 'testpypi'),
        )
        if (!publish || tagged.get(job)?.step === publish.step) continue
        // `npm stage publish`: the version waits on npm until a person approves it.
        const staged = /\bstage publish\b/.test(publish.tool)
        const approval =
          'the staged version goes public as soon as someone approves it on npm, with no test result to go by.'
        reportUntested(
          report,
          job,
          facts,
          publish,
          staged
            ? {
                does: `stages a version on npm with ${publish.tool}`,
                beforeAny: `so a failing test cannot stop this upload: ${approval}`,
                parallel: `a failing test cannot stop this upload: ${approval}`,
                none: `the upload cannot be stopped by a failing test: ${approval}`,
                afterFix: 'stage only after them',
              }
            : {
                does: `publishes with ${publish.tool}`,
                beforeAny:
                  'so a failing test cannot stop this upload, and a published version cannot be replaced.',
                parallel:
                  'a failing test cannot stop this upload, and a published version cannot be replaced.',
                none: 'the upload cannot be stopped by a failing test, and a published version cannot be replaced.',
                afterFix: 'publish only after them',
              },
        )
      }
    }
  },
}

export const versionComputedTwice: Rule = {
  id: 'version-computed-twice',
  severity: 'error',
  title: 'A version or date is computed in more than one job (or in each leg of a matrix).',
  why: 'Each job computes it at its own time: an environment approval or a queue between two jobs can cross midnight UTC or see a new tag, and the tag says 2026.6.3 while the packages say 2026.6.4.',
  fix: 'Compute the version once, in the first job; expose it as a job output and read `needs.<job>.outputs.version` everywhere else.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: echo "version=$(date -u +%Y.%-m.%-d)" >> "$GITHUB_OUTPUT"
  publish:
    needs: tag
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm version "$(date -u +%Y.%-m.%-d)" --no-git-tag-version
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    outputs:
      version: \${{ steps.version.outputs.version }}
    steps:
      - id: version
        run: echo "version=$(date -u +%Y.%-m.%-d)" >> "$GITHUB_OUTPUT"
  publish:
    needs: tag
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm version "$VERSION" --no-git-tag-version
        env:
          VERSION: \${{ needs.tag.outputs.version }}
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      const computed: {
        job: SourceJob
        step: SourceStep
        needle: string
        what: 'date' | 'version'
        /** ` (in scripts/version.py:4)` when a repository script the step runs computes it. */
        where: string
      }[] = []
      for (const job of workflow.jobs) {
        const step = job.steps.find(
          (each) => facts.version(each) !== undefined && !onlyCacheKey(each),
        )
        if (!step) continue
        const { needle, what, origin } = facts.version(step)!
        computed.push({ job, step, needle, what, where: origin ? ` (in ${origin})` : '' })
        if (what === 'date' && job.strategy?.get('matrix')) {
          report(
            stepAnchor(step),
            `Job "${job.id}" computes the date${computed[computed.length - 1]!.where} in each leg of its matrix: the legs start at different times (a queue, a retry), and one can land on the next day UTC with another version.`,
            {
              ...needleOf(step, needle),
              fix: 'Compute the date once, in a job before the matrix, and pass it in with `needs.<job>.outputs`.',
            },
          )
        }
      }
      const first = computed[0]
      for (const later of computed.slice(1)) {
        const environment = environmentName(later.job)
        const gap = environment
          ? `the approval wait of environment "${environment}" before this job`
          : 'the time between the jobs (a queue, an approval, a rerun days later)'
        report(
          stepAnchor(later.step),
          `Job "${later.job.id}" computes the ${later.what}${later.where} again, after job "${first!.job.id}" computed it (line ${stepAnchor(first!.step).pos().line}${first!.where}): ${gap} can cross midnight UTC or see a new tag, and the tag and the packages then carry different versions.`,
          {
            ...needleOf(later.step, later.needle),
            fix: `Compute the version once in job "${first!.job.id}", expose it as a job output, and read \`needs.${first!.job.id}.outputs.version\` in job "${later.job.id}".`,
          },
        )
      }
    }
  },
}

/** `skip_tests`, `no-ci`, `force_release` (but not `force_release_without_changes`: that forces something else). */
const BYPASS_INPUT =
  /(skip|no|bypass|disable|without|ignore)[-_ ]?(the[-_ ])?(tests?|checks?|ci|gate|verif\w*|validat\w*)|force[-_ ]?(publish|release|push)$/i
const RELEASE_IF = /\b(always|cancelled|failure)\s*\(\s*\)/

export const testGateBypass: Rule = {
  id: 'test-gate-bypass',
  severity: 'error',
  title: 'An input, condition or setting lets a release go out past failed or skipped tests.',
  why: 'A `skip_tests` input, `continue-on-error: true` on the tests, `npm test || true`, or an `if: always()` on the release job turns the test gate into a suggestion: on a bad day the one run that matters is the one that skips it.',
  fix: "Remove the bypass. A release job that must run after skipped jobs checks the results: `if: ${{ !cancelled() && !contains(needs.*.result, 'failure') }}`.",
  bad: `on:
  workflow_dispatch:
    inputs:
      skip_tests:
        type: boolean
        default: false
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    if: \${{ !inputs.skip_tests }}
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  publish:
    needs: test
    if: always()
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm publish
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm publish
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      if (!facts.isReleaseWorkflow(workflow)) continue
      const text = workflow.file.text
      for (const input of workflow.inputs) {
        if (!BYPASS_INPUT.test(input.name)) continue
        const escaped = input.name.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')
        const uses = new RegExp(`inputs\\s*(\\.\\s*${escaped}\\b|\\[\\s*'${escaped}'\\s*\\])`).test(
          text,
        )
        if (!uses) continue
        report(
          input.node,
          `Input "${input.name}" lets whoever starts this release skip the tests: the one run that skips them is the one that ships the broken version.`,
          { key: true },
        )
      }
      for (const job of workflow.jobs) {
        const isTest = facts.isTestJob(job)
        if (isTest && job.continueOnError?.str() === 'true')
          report(
            job.continueOnError,
            `Job "${job.id}" runs the tests with \`continue-on-error: true\`: a failing test no longer fails the job, and the release goes ahead.`,
            { key: true },
          )
        for (const step of job.steps) {
          if (step.via) continue
          const test = facts.tests(step)
          if (!test) continue
          if (step.continueOnError?.str() === 'true')
            report(
              step.continueOnError,
              `The test step \`${test.split('\n')[0]}\` has \`continue-on-error: true\`: a failing test no longer fails job "${job.id}", and the release goes ahead.`,
              { key: true },
            )
          for (const command of stepCommands(step, facts.scripts)) {
            const line =
              step.run?.split('\n').find((each) => each.includes(command.text.split('\n')[0]!)) ??
              ''
            if (
              /\|\|\s*(true|:|exit 0|echo\b)/.test(line) &&
              facts.tests({ ...step, run: command.text }) !== undefined
            ) {
              report(
                step.runNode!,
                `\`${line.trim()}\` turns a failing test into success: job "${job.id}" passes and the release goes ahead.`,
                { needle: line.trim() },
              )
              break
            }
          }
        }
        const condition = job.if?.str()
        const releases = facts.publishesAnywhere(job) || facts.jobTags(job).length > 0
        if (!releases || condition === undefined || !RELEASE_IF.test(condition)) continue
        if (/\.result\b|success\s*\(\s*\)/.test(condition)) continue
        const tests = upstreamJobs(job).filter((upstream) => facts.isTestJob(upstream))
        if (tests.length === 0) continue
        report(
          job.if!,
          `Job "${job.id}" releases with \`if: ${condition.trim()}\`, which runs it even when the tests in ${jobsNamed(tests)} failed or were skipped.`,
          {
            fix: `Check the results: \`if: \${{ !cancelled() && !contains(needs.*.result, 'failure') }}\`, or drop the status function so that job "${job.id}" runs only when its needs succeeded.`,
          },
        )
      }
    }
  },
}

export const phantomVersion: Rule = {
  id: 'phantom-version',
  severity: 'error',
  title:
    'A version bump is committed and tagged, but only the tag is pushed (no branch holds the commit).',
  why: 'The tag points at a commit that no branch contains: the default branch never gets the new version in its manifests (a phantom version), the next release computes the same version again, and the tagged commit disappears from history views.',
  fix: 'Push the branch with the tag (`git push --follow-tags origin HEAD:main`), or better, bump the version in a pull request and tag the merged commit.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  bump:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
      - run: |
          npm version patch -m "release %s"
          git push origin "v$(node -p "require('./package.json').version")"
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  bump:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
      - run: |
          npm version patch -m "release %s"
          git push --follow-tags origin HEAD:main
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        if (!job.steps.some((step) => commits(step, facts.scripts))) continue
        if (job.steps.some((step) => pushesBranch(step, facts.scripts))) continue
        const gitTags = facts
          .jobTags(job)
          .filter((c) => c.kind === 'tag' && /^(git|npm version)/.test(c.tool))
        const pushTag = job.steps
          .flatMap((step) =>
            stepCommands(step, facts.scripts).map((command) => ({ step, command })),
          )
          .find(({ command }) => command.words[0] === 'git' && command.words[1] === 'push')
        if (gitTags.length === 0 || !pushTag) continue
        report(
          stepAnchor(pushTag.step),
          `Job "${job.id}" commits a version bump and pushes only the tag (\`${pushTag.command.text}\`): the tag points at a commit no branch holds, so the default branch never gets the new version (a phantom version) and the next release computes the same one again.`,
          needleOf(pushTag.step, pushTag.command.text),
        )
      }
    }
  },
}

/** A step's `if:` without `${{ }}` and outer spaces ('' when it has none). */
function plainCondition(step: SourceStep): string {
  return (step.if?.str() ?? '').replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1').trim()
}

/**
 * Two `if:`s of which exactly one holds: `x == 'a'` and `x != 'a'`, `x` and `!x`. Anything
 * with `&&` or `||` is not judged.
 */
function excludeEachOther(one: string, other: string): boolean {
  if (one === '' || other === '' || /&&|\|\|/.test(one + other)) return false
  const negations = (text: string) => [`!${text}`, `!(${text})`]
  if (negations(one).includes(other.replace(/^!\s*/, '!'))) return true
  if (negations(other).includes(one.replace(/^!\s*/, '!'))) return true
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/
  const [, leftA, opA, rightA] = comparison.exec(one) ?? []
  const [, leftB, opB, rightB] = comparison.exec(other) ?? []
  return leftA !== undefined && leftA === leftB && rightA === rightB && opA !== opB
}

/**
 * Two `npm publish` steps of one job that publish the same folder's package, under `if:`s of
 * which exactly one holds (one for a prerelease dist-tag, one for latest): one package.
 */
function oneOrTheOther(
  one: { step: SourceStep; tool: string },
  other: { step: SourceStep; tool: string },
): boolean {
  const folder = (step: SourceStep) =>
    (step.node.get('working-directory')?.str() ?? '')
      .replace(/^(\.\/)+|\/+$/g, '')
      .replace(/^\.$/, '')
  return (
    one.tool === other.tool &&
    folder(one.step) === folder(other.step) &&
    excludeEachOther(plainCondition(one.step), plainCondition(other.step))
  )
}

export const publishNotRerunnable: Rule = {
  id: 'publish-not-rerunnable',
  severity: 'warning',
  title: 'Several npm packages published one by one, which a rerun cannot finish.',
  why: 'The recovery for a release that failed halfway is to rerun the failed jobs (`gh run rerun <id> --failed`). `npm publish` of a version that is already out fails ("You cannot publish over the previously published versions"), so a loop or a list of `npm publish` that stopped halfway stops at the first package the first attempt published, and the rest never goes out. (PyPI is not affected: it accepts a byte-identical re-upload of the same file, and pnpm, changesets and lerna from-package skip what is already published.)',
  fix: 'Publish with a tool that skips versions already on the registry (`pnpm -r publish`, `changeset publish`, `lerna publish from-package`), or check each package first (`npm view "$name@$version" version || npm publish`).',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - run: for dir in packages/*; do (cd "$dir" && npm publish); done
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
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - run: pnpm -r publish --no-git-checks
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        const npm = facts
          .jobPublishes(job)
          .filter(
            (publish) => publish.registry === 'npm' && /^npm publish( in |$)/.test(publish.tool),
          )
        const first = npm[0]
        if (!first) continue
        const packages = npm.filter(
          (publish, at) => !npm.slice(0, at).some((earlier) => oneOrTheOther(earlier, publish)),
        )
        const several =
          packages.length > 1 || npm.some((publish) => publishesMany(publish.step, facts))
        if (!several || npm.some((publish) => skipsPublished(publish.step))) continue
        report(
          stepAnchor(first.step),
          `npm publish in job "${job.id}" publishes several packages one by one: when one fails, a rerun (\`gh run rerun <id> --failed\`) stops at the first package the first attempt already published ("You cannot publish over the previously published versions"), and the rest never goes out.`,
          needleOf(first.step, first.needle),
        )
      }
    }
  },
}

/** A date read only by cache keys (`key: deps-${{ steps.date.outputs.date }}`): not a version. */
function onlyCacheKey(step: SourceStep): boolean {
  if (step.id === undefined || !step.job) return /cache/i.test(step.name ?? '')
  const reference = new RegExp(`steps\\.${step.id.replace(/[^\w-]/g, '')}\\.outputs`)
  const readers = step.job.steps.filter(
    (each) =>
      each !== step &&
      [each.run, each.if?.str(), ...[...(each.with?.entries() ?? [])].map(([, v]) => v.str())]
        .concat([...(each.env?.entries() ?? [])].map(([, v]) => v.str()))
        .some((text) => text !== undefined && reference.test(text)),
  )
  const outputs = step.job.node.get('outputs')
  const exported = [...(outputs?.entries() ?? [])].some(([, v]) => reference.test(v.str() ?? ''))
  return !exported && readers.length > 0 && readers.every((each) => cacheOf(each) !== undefined)
}

/** A loop, `xargs`, `find -exec` or `--workspaces` around the step's `npm publish`. */
function publishesMany(step: SourceStep, facts: ReleaseFacts): boolean {
  const text = step.run ?? ''
  if (/\bxargs\b|-exec\b|\bforeach\b/.test(text)) return true
  const commands = stepCommands(step, facts.scripts)
  // A loop publishes several packages when it moves from folder to folder or names one each
  // time; `npm publish --tag "$tag"` in a loop publishes the folder it stands in, again.
  if (
    /\b(for|while|until)\b[\s\S]*?\bdo\b/.test(text) &&
    (/\b(cd|pushd)\s/.test(text) || commands.some(namesPackage))
  )
    return true
  return commands.some(
    (command) =>
      command.words[0] === 'npm' &&
      command.words.some((word) => /^(--workspaces|-ws|--workspaces=true)$/.test(word)),
  )
}

/** `npm publish <folder or tarball>`, `npm publish -w <name>`, `--prefix <dir>`: which package. */
function namesPackage(command: { words: string[] }): boolean {
  const { words } = command
  if (words[0] !== 'npm' || pmSubcommand(words) !== 'publish') return false
  if (words.some((word) => /^(-w|--workspace|--prefix|-C)(=|$)/.test(word))) return true
  return operands(words.slice(1)).length > 1
}

/** A script that asks the registry first (`npm view`) before publishing. */
function skipsPublished(step: SourceStep): boolean {
  return /\bnpm (view|info|show)\b|--tolerate-republish/.test(step.run ?? '')
}
