// The workflow files are read as plain YAML values, typed `any` on purpose: the tests are the
// assertions on their shape.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/action-defaults.js'
import { checkReleaseWorkflow } from '../support/release-workflow-rules.js'

const examplesDir = join(repoRoot, 'workflows-examples')
const githubDir = join(repoRoot, '.github', 'workflows')
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
const read = (path: string): string => readFileSync(path, 'utf8')
const load = (path: string): any => parse(read(path))

const REFERENCE = join(examplesDir, 'release.yml')

describe('the workflows of this repository', () => {
  const files = [
    ...yamlFiles(examplesDir).map((name) => join(examplesDir, name)),
    ...yamlFiles(githubDir).map((name) => join(githubDir, name)),
  ]

  it('are all there: the reference, its callers, CI, the reusable workflow and the self-release', () => {
    expect(yamlFiles(examplesDir)).toEqual([
      'calver.yml',
      'hotfix.yml',
      'monorepo.yml',
      'npm-caller.yml',
      'python-testpypi.yml',
      'release.yml',
      'yank.yml',
    ])
    expect(yamlFiles(githubDir)).toEqual(['ci.yml', 'release-self.yml', 'release.yml'])
  })

  it.each(files.map((file) => [file.slice(repoRoot.length + 1), file]))(
    '%s keeps every release rule',
    (name, file) => {
      expect(checkReleaseWorkflow(read(file), name)).toEqual([])
    },
  )

  it('pass actionlint', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'lint-workflows.mjs')], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain(`actionlint: ${files.length} workflow file(s), no problem.`)
    expect(result.status).toBe(0)
  })
})

describe('the reference workflow', () => {
  const reference = load(REFERENCE)

  it('has the three triggers, with the version input', () => {
    expect(Object.keys(reference.on).sort()).toEqual([
      'release',
      'workflow_call',
      'workflow_dispatch',
    ])
    expect(reference.on.release).toEqual({ types: ['published'] })
    expect(reference.on.workflow_dispatch.inputs.version.type).toBe('string')
    expect(reference.on.workflow_call.inputs.version.type).toBe('string')
  })

  it('runs validate -> test -> build -> publish-npm and publish-pypi -> create-release', () => {
    const needs = (job: string): string[] => [reference.jobs[job].needs ?? []].flat()
    expect(Object.keys(reference.jobs)).toEqual([
      'validate',
      'test',
      'build',
      'publish-npm',
      'publish-pypi',
      'create-release',
    ])
    expect(needs('test')).toEqual(['validate'])
    expect(needs('build')).toEqual(expect.arrayContaining(['validate', 'test']))
    for (const job of ['publish-npm', 'publish-pypi']) {
      expect(needs(job)).toEqual(expect.arrayContaining(['validate', 'test', 'build']))
      expect(reference.jobs[job].environment).toBe('release')
      expect(reference.jobs[job].permissions).toMatchObject({
        'id-token': 'write',
        contents: 'read',
      })
    }
    expect(needs('create-release')).toEqual(expect.arrayContaining(['publish-npm', 'publish-pypi']))
    expect(reference.jobs['create-release'].permissions).toEqual({ contents: 'write' })
    expect(reference.jobs.test.permissions['id-token']).toBeUndefined()
  })

  it('computes the version once, in validate, and every later job reads its outputs', () => {
    const text = read(REFERENCE)
    expect(text.match(/actions\/validate-tag@/g)).toHaveLength(1)
    expect(reference.jobs.validate.outputs.version).toBe('${{ steps.tag.outputs.version }}')
  })

  it('waits for a running release of the same tag instead of cancelling it', () => {
    expect(reference.concurrency['cancel-in-progress']).toBe(false)
    expect(reference.concurrency.group).toContain('github.event.release.tag_name')
  })
})

describe('the reusable workflow (.github/workflows/release.yml)', () => {
  const reference = load(REFERENCE)
  const reusable = load(join(githubDir, 'release.yml'))

  it('is the reference pipeline, called with workflow_call only', () => {
    expect(Object.keys(reusable.on)).toEqual(['workflow_call'])
    expect(reusable.on.workflow_call).toEqual(reference.on.workflow_call)
    expect(reusable.jobs).toEqual(reference.jobs)
    expect(reusable.env).toEqual(reference.env)
    expect(reusable.permissions).toEqual({})
  })

  it("uses a concurrency group of its own, so a caller's group cannot deadlock it", () => {
    expect(reusable.concurrency.group).not.toBe(reference.concurrency.group)
    expect(reusable.concurrency['cancel-in-progress']).toBe(false)
  })

  it('references every sibling action at one ref, the one callers use', () => {
    const refs = new Set(
      [...read(join(githubDir, 'release.yml')).matchAll(/tokenless\/actions\/[\w-]+@(\S+)/g)].map(
        (match) => match[1],
      ),
    )
    expect([...refs]).toEqual(['v1'])
    const caller = read(join(examplesDir, 'npm-caller.yml'))
    expect(caller).toContain('uses: owner/tokenless/.github/workflows/release.yml@v1')
  })
})

describe('release-self.yml', () => {
  const self = load(join(githubDir, 'release-self.yml'))

  it('releases tokenless with its own actions at the release commit, then moves the major tag', () => {
    const steps = (job: string): string[] =>
      self.jobs[job].steps.map((step: any) => step.uses ?? step.name)
    expect(steps('validate')).toContain('./actions/validate-tag')
    expect(steps('test')).toContain('./actions/test-gate')
    expect(steps('create-release')).toEqual(
      expect.arrayContaining([
        './actions/create-release',
        'Move the major tag to the release commit',
      ]),
    )
    expect(self.jobs.validate.steps[1].with.manifests).toBe(
      'package.json\npackages/cli/package.json\n',
    )
    expect(self.jobs.validate.steps[1].with.changelog).toBe('CHANGELOG.md')
  })

  it('publishes the tokenless command packed in a job without id-token, with the publish-oidc packed beside it', () => {
    expect(self.jobs.pack.permissions).toEqual({ contents: 'read' })
    expect(self.jobs.pack.needs).toEqual(['validate', 'test'])
    expect(self.jobs.pack.steps[2].run).toContain(
      'npm run pack:cli -- --destination release/npm --repository "$GITHUB_REPOSITORY"',
    )
    const publish = self.jobs['publish-npm']
    expect(publish.environment).toBe('release')
    expect(publish.permissions).toEqual({ 'id-token': 'write', contents: 'read', checks: 'read' })
    expect(publish.steps.map((step: any) => step.uses)).toEqual([
      expect.stringMatching(/^actions\/download-artifact@[0-9a-f]{40}$/),
      './actions/publish-oidc',
    ])
    expect(publish.steps[1].with).toMatchObject({ registry: 'npm', packages: 'npm/*.tgz' })
    expect(self.jobs['create-release'].needs).toEqual(['validate', 'test', 'pack', 'publish-npm'])
  })

  it('has a CHANGELOG.md section for the version in package.json', () => {
    const { version } = JSON.parse(read(join(repoRoot, 'package.json'))) as { version: string }
    expect(read(join(repoRoot, 'CHANGELOG.md'))).toMatch(new RegExp(`^## \\[?${version}\\]?`, 'm'))
  })
})

describe('the release rules checker', () => {
  const broken = `name: bad
on: workflow_dispatch
permissions:
  contents: write
jobs:
  validate:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903
      - run: echo \${{ github.event.inputs.version }}
  test:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: owner/tokenless/actions/test-gate@v1
  publish:
    runs-on: ubuntu-latest
    needs: validate
    env:
      NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
    steps:
      - run: npm run build
      - uses: owner/tokenless/actions/publish-oidc@v1
        with:
          version: 1.2.3
`

  it('reports each broken rule with where it is', () => {
    expect(checkReleaseWorkflow(broken, 'bad.yml')).toEqual([
      'bad.yml: the top-level permissions must be {} (each job asks for its own)',
      'bad.yml: job validate: has id-token: write but does not publish',
      'bad.yml: job validate: step 3 expands ${{ }} inside run: (pass it through env:)',
      'bad.yml: job test: has id-token: write but does not publish',
      'bad.yml: job test: the test job has an id-token permission',
      'bad.yml: job publish: publishes without id-token: write',
      'bad.yml: job publish: publishes without an environment',
      'bad.yml: job publish: runs more than the download and publish-oidc (run:)',
      'bad.yml: job publish: publishes without needing the test job (test)',
      "bad.yml: job publish: publish-oidc's version does not come from the validate job's outputs",
      'bad.yml:11: actions/checkout@v5 is not pinned by a full commit SHA',
      'bad.yml:12: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 has no version comment (# vX.Y.Z)',
      'bad.yml:24: references the registry secret NPM_TOKEN',
      'bad.yml: job publish: sets NODE_AUTH_TOKEN, a registry credential',
      'bad.yml: a release workflow without concurrency',
    ])
  })

  it('refuses a release job that runs always() without needing the tests', () => {
    const careless = read(REFERENCE).replace(
      'needs: [validate, test, build, publish-npm, publish-pypi]',
      'needs: [validate, publish-npm, publish-pypi]',
    )
    expect(checkReleaseWorkflow(careless, 'release.yml')).toEqual([
      'release.yml: job create-release: runs always() without needing the test job, so a failed test does not stop the release',
    ])
  })

  it('refuses a concurrency that cancels a running release, and malformed YAML', () => {
    const cancelling = read(REFERENCE).replace(
      'cancel-in-progress: false',
      'cancel-in-progress: true',
    )
    expect(checkReleaseWorkflow(cancelling, 'release.yml')).toEqual([
      'release.yml: concurrency must not cancel a running release (cancel-in-progress: false)',
    ])
    expect(checkReleaseWorkflow('jobs: [', 'x.yml')[0]).toMatch(/^x\.yml: not valid YAML: /)
  })
})

describe('scripts/lint-workflows.mjs', () => {
  it('fails on a workflow actionlint finds fault with, naming the file, line and rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-actionlint-'))
    const file = join(dir, 'bad.yml')
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n',
    )
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'scripts', 'lint-workflows.mjs'), file],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'bad.yml:6:23: "github.event.issue.title" is potentially untrusted.',
    )
    expect(result.stderr).toContain('[expression]')
    expect(result.stderr).toContain('actionlint: 1 problem(s) in 1 workflow file(s).')
  })
})

describe('workflows-examples/README.md', () => {
  const readme = read(join(examplesDir, 'README.md'))

  it('lists every example file', () => {
    for (const name of yamlFiles(examplesDir)) expect(readme).toContain(`[${name}](${name})`)
  })

  it('names, for each publishing example, the environments its publish jobs run under', () => {
    const section = readme.slice(readme.indexOf('## Registering the trusted publisher'))
    for (const name of yamlFiles(examplesDir)) {
      const workflow = load(join(examplesDir, name))
      const environments = Object.values<any>(workflow.jobs)
        .filter((job) => JSON.stringify(job.steps ?? []).includes('actions/publish-oidc@'))
        .map((job) => job.environment as string)
      if (environments.length === 0) continue
      const row = section.split('\n').find((line) => line.startsWith(`| ${name}`))
      expect(row === undefined ? `no row for ${name}` : 'a row').toBe('a row')
      for (const environment of environments) expect(row).toContain(`\`${environment}\``)
    }
  })
})
