// The job that publishes: its environment, its id-token permission, and what else runs in it.
import { registryTitle } from '@tokenless/release-tools'
import { environmentName, jobGrantsIdToken, type SourceJob } from '@tokenless/workflow'
import { describeStep, stepAnchor, type Rule } from '../rule.js'
import { cacheOf } from '../step-kinds.js'
import type { Publish } from '../step-kinds.js'
import type { ReleaseFacts } from '../release-facts.js'

function publishedBy(publishes: Publish[]): string {
  const first = publishes[0]!
  return `${first.tool} ${describeStep(first.step).replace(/^`[^`]*` /, '')}`
}

export const publishWithoutEnvironment: Rule = {
  id: 'publish-without-environment',
  severity: 'error',
  title: 'A job publishes to npm or PyPI without `environment:`.',
  why: 'Without an environment nobody approves the release and no branch rule applies: anyone who can push a branch that runs the workflow can publish. A trusted publisher registered with an environment also rejects the token of a job that has none.',
  fix: 'Add `environment: release` to the job, protect the environment with required reviewers and a deployment branch rule (Settings → Environments), and name the same environment in the trusted publisher on npm and PyPI.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on: { workflow_dispatch: {} }
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
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        const publishes = facts.jobPublishes(job)
        if (publishes.length === 0 || environmentName(job) !== '') continue
        const registries = [...new Set(publishes.map((p) => registryTitle(p.registry)))].join(
          ' and ',
        )
        report(
          job.node,
          `Job "${job.id}" publishes to ${registries} with ${publishedBy(publishes)} but has no \`environment:\`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job's token (npm answers E404 on the upload, PyPI "invalid-publisher").`,
          {
            key: true,
            fix: `Add \`environment: release\` to job "${job.id}", protect it with required reviewers and a deployment branch rule (Settings → Environments), and name the same environment in the trusted publisher on ${registries}.`,
          },
        )
      }
    }
  },
}

export const idTokenAtWorkflowLevel: Rule = {
  id: 'id-token-at-workflow-level',
  severity: 'error',
  title: 'A release workflow grants `id-token: write` (or `write-all`) at the top, to every job.',
  why: 'Every job without its own `permissions:` inherits it: the tests, the build, and every action and dependency they run can mint an OIDC token and publish as this repository. A job that publishes needs the token anyway: where only publishing jobs inherit `id-token: write`, it is a note (a job added later inherits it too).',
  fix: 'Set `permissions: {}` at the top and grant `id-token: write` only in the job that publishes, next to its `environment:`.',
  bad: `on: { release: { types: [published] } }
permissions:
  id-token: write
  contents: read
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    steps:
      - run: npm publish
`,
  good: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: npm ci && npm test
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
      const permissions = workflow.permissions
      if (!permissions?.idToken || !facts.publishesInWorkflow(workflow)) continue
      const all = workflow.jobs.filter((job) => !job.permissions && !job.uses)
      if (all.length === 0) continue
      // A publishing job needs the token anyway: only the others gain what they should not have
      // (write-all gives every job, the publishing one too, far more than the token).
      const inheriting = all.filter(
        (job) => permissions.writeAll || facts.jobPublishes(job).length === 0,
      )
      const grant = permissions.writeAll
        ? '`permissions: write-all` (which includes `id-token: write`)'
        : '`id-token: write`'
      if (inheriting.length === 0) {
        report(
          permissions.node,
          `${grant} is granted to the whole workflow. Today only jobs that publish inherit it (${all.map((job) => `"${job.id}"`).join(', ')}), and they need it; a job added later (tests, a build) inherits it too.`,
          { key: true, severity: 'note' },
        )
        continue
      }
      report(
        permissions.node,
        `${grant} is granted to the whole workflow, so every job without \`permissions:\` of its own can mint an OIDC token and publish as this repository: ${inheriting.map((job) => `"${job.id}"`).join(', ')}. A compromised test dependency or action in any of them can publish a release.`,
        { key: true },
      )
    }
  },
}

/**
 * A job whose OIDC token a trusted publisher accepts: it publishes to npm or PyPI, or its
 * workflow (the file the trusted publisher names) does from a job without `environment:`, so the
 * publisher cannot name one and any job of the file will do. Docs, previews and attestation jobs
 * of other workflows hold `id-token` for other audiences.
 */
function canMintAcceptedToken(job: SourceJob, facts: ReleaseFacts): boolean {
  if (facts.jobPublishes(job).length > 0) return true
  if (!job.permissions?.idToken) return false
  const publishing = job.workflow.jobs.filter((each) => facts.jobPublishes(each).length > 0)
  return publishing.length > 0 && publishing.some((each) => each.environment === undefined)
}

/** Whether a job calling a reusable workflow lets it mint OIDC tokens. */
function callerGrantsIdToken(job: SourceJob): boolean | undefined {
  return jobGrantsIdToken(job)
}

export const publishWithoutIdToken: Rule = {
  id: 'publish-without-id-token',
  severity: 'error',
  title:
    'A job publishes through trusted publishing (or with provenance) but cannot mint an OIDC token.',
  why: "Trusted publishing exchanges the job's OIDC token for a short-lived registry token. Without `id-token: write` there is no OIDC token: npm skips the exchange silently and the upload fails with ENEEDAUTH or E404, PyPI's upload has no credentials. A reusable workflow cannot get more than its caller grants.",
  fix: 'Add `permissions: { id-token: write, contents: read }` to the publishing job (and to the job that calls a reusable publishing workflow).',
  bad: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
  good: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        const needing = facts.jobPublishes(job).filter((p) => !p.usesToken || p.provenance)
        if (needing.length > 0 && jobGrantsIdToken(job) === false) {
          const first = needing[0]!
          const how = first.usesToken
            ? 'asks for provenance, which needs an OIDC token'
            : 'publishes through trusted publishing'
          const where = job.permissions
            ? `its \`permissions:\` (line ${job.permissions.node.keyPos().line}) do not include \`id-token: write\``
            : workflow.permissions
              ? `it has no \`permissions:\` and the workflow's (line ${workflow.permissions.node.keyPos().line}) do not include \`id-token: write\``
              : "neither the job nor the workflow sets `permissions:`, and GitHub's default token has no `id-token: write`"
          const effect =
            first.registry === 'npm'
              ? 'npm skips the OIDC exchange without a word and the upload fails with ENEEDAUTH or E404'
              : 'the upload to PyPI has no credentials and fails'
          report(
            job.permissions?.node ?? job.node,
            `Job "${job.id}" ${how} (${first.tool}, line ${stepAnchor(first.step).pos().line}) but ${where}: ${effect}.`,
            {
              key: true,
              fix: `Add \`id-token: write\` (with \`contents: read\`) to the \`permissions:\` of job "${job.id}", and nowhere else.`,
            },
          )
        }
        // A job that calls a reusable workflow of this repository.
        const called = job.called
        if (!called || !job.uses) continue
        const granted = callerGrantsIdToken(job)
        if (granted !== false) continue
        for (const inner of called.jobs) {
          const innerNeeds = facts.jobPublishes(inner).some((p) => !p.usesToken || p.provenance)
          if (!innerNeeds) continue
          const asks =
            inner.permissions?.idToken || (!inner.permissions && called.permissions?.idToken)
          const message = asks
            ? `Job "${job.id}" calls ${job.uses.str() ?? ''}, whose job "${inner.id}" asks for \`id-token: write\`, but a called workflow gets at most what its caller grants and this job does not grant it: GitHub refuses to start the run ("is requesting 'id-token: write', but is only allowed 'id-token: none'").`
            : `Job "${job.id}" calls ${job.uses.str() ?? ''}, whose job "${inner.id}" publishes through trusted publishing with the caller's permissions, and this job does not grant \`id-token: write\`: the publish has no OIDC token and fails.`
          report(job.uses, message, {
            fix: `Add \`permissions: { id-token: write, contents: read }\` to job "${job.id}" (a called workflow never gets more than its caller grants).`,
          })
          break
        }
      }
    }
  },
}

export const buildInPublishJob: Rule = {
  id: 'build-in-publish-job',
  severity: 'warning',
  title:
    'Dependencies are installed, or the project built or tested, in the job that can mint a publish token.',
  why: "`npm ci`, `pip install .`, a build or the tests run code from every dependency (install scripts, plugins, test fixtures). In a job with `id-token: write` that code can mint an OIDC token and publish whatever it wants under this project's name, with valid provenance.",
  fix: 'Build and test in jobs without `id-token: write`, upload the packages with actions/upload-artifact, and let the publish job only download them and publish.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: python -m pip install build && python -m build
      - uses: actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0
        with: { name: dist, path: dist/ }
  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
        with: { name: dist, path: dist/ }
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        if (jobGrantsIdToken(job) !== true) continue
        if (!canMintAcceptedToken(job, facts)) continue
        const builds = job.steps.filter((step) => facts.build(step) !== undefined)
        const first = builds[0]
        if (!first) continue
        const firstLine = stepAnchor(first).pos().line
        const others = [
          ...new Set(builds.slice(1).map((step) => stepAnchor(step).pos().line)),
        ].filter((line) => line !== firstLine)
        const command = facts.build(first)!
        report(
          stepAnchor(first),
          `\`${command.split('\n')[0]}\` runs in job "${job.id}", which holds \`id-token: write\`${others.length > 0 ? ` (and so ${others.length === 1 ? 'does the step on line' : 'do the steps on lines'} ${others.join(', ')})` : ''}: every dependency's install script, build plugin and test runs with the power to mint an OIDC token and publish under this project's name.`,
          {
            needle: first.via ? undefined : command.split('\n')[0],
          },
        )
      }
    }
  },
}

export const cacheInPublishJob: Rule = {
  id: 'cache-in-publish-job',
  severity: 'warning',
  title: 'The job that publishes restores a cache.',
  why: "Caches are shared by the repository's workflows: a cache written by a compromised step anywhere on the default branch (a `pull_request_target` or `issue_comment` workflow, a dependency's install script) is restored into the job that can publish, and its code runs there (cache poisoning). actions/cache whose every key and restore key holds `github.run_id` is not reported (only this run can have saved it), and a composite action's `cache:` is read with the inputs its caller passes.",
  fix: 'Remove `cache:` (and actions/cache) from the publishing job; build in another job and hand the packages over with upload-artifact and download-artifact.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24, cache: npm }
      - run: npm publish
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
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        if (facts.jobPublishes(job).length === 0) continue
        for (const step of job.steps) {
          const cache = cacheOf(step)
          if (!cache) continue
          report(
            step.via ? stepAnchor(step) : cache,
            `${step.uses ?? 'A step'} restores a cache in job "${job.id}", which publishes: a cache poisoned by any other workflow run on this repository is unpacked here and runs with the power to publish.`,
            {
              key: !step.via && cache !== step.usesNode,
            },
          )
        }
      }
    }
  },
}

export const pypiReusableWorkflow: Rule = {
  id: 'pypi-reusable-workflow',
  severity: 'note',
  title: 'A reusable workflow (`workflow_call`) publishes to PyPI.',
  why: "PyPI's trusted publisher names the file that holds the publishing job (the token's `job_workflow_ref`), and it must be in the project's own repository: callers in other repositories cannot publish through this workflow, and the publisher must name this file, not the caller's.",
  fix: 'Register this file (not the calling workflow) as the trusted publisher on PyPI, and call it only from this repository; other repositories need a publishing job of their own.',
  bad: `on:
  workflow_call: {}
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
  good: `on:
  workflow_dispatch: {}
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
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
      const call = workflow.events.get('workflow_call')
      if (!workflow.events.has('workflow_call')) continue
      const publish = workflow.jobs
        .flatMap((job) => facts.jobPublishes(job))
        .find((p) => (p.registry === 'pypi' || p.registry === 'testpypi') && !p.usesToken)
      if (!publish) continue
      report(
        call ?? workflow.on ?? workflow.node,
        `This reusable workflow publishes to PyPI (${publish.tool}, line ${stepAnchor(publish.step).pos().line}). PyPI's trusted publisher must name this file, ${workflow.file.rel.split('/').pop() ?? ''}, and only workflows of this repository can publish through it: a caller in another repository gets "invalid-publisher".`,
        {
          key: true,
        },
      )
    }
  },
}
