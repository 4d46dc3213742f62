// The release workflow for a repository: the reference pipeline (workflows-examples/release.yml)
// filled in with what init detected. Edited as a YAML document with the `yaml` package, so that
// the reference's comments stay and every value taken from the repository is a quoted scalar,
// never text pasted into YAML.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import type { ProjectFacts } from './detect.js'

/** How the suite's actions are referenced: a commit SHA with its version, or a tag. */
export interface SuiteActionRef {
  ref: string
  /** The version a SHA stands for (`v1.2.0`); undefined when `ref` is a tag. */
  version: string | undefined
}

/**
 * A value from the repository as GitHub reads it: `${{` would start an expression, so it is
 * written as an expression that yields the two characters.
 */
export function literal(value: string): string {
  return value.replaceAll('${{', "${{ '${{' }}")
}

/** A comment line from the repository's values: no line breaks. */
export function commentText(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ')
}

function blockScalar(value: string): Scalar {
  const scalar = new Scalar(value)
  if (value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL
  return scalar
}

function mapAt(doc: Document, path: readonly string[]): YAMLMap {
  const node = doc.getIn(path, true)
  if (!isMap(node)) throw new Error(`The reference workflow has no map at ${path.join('.')}.`)
  return node
}

function stepsOf(doc: Document, job: string): YAMLSeq<YAMLMap> {
  const node = doc.getIn(['jobs', job, 'steps'], true)
  if (!isSeq(node)) throw new Error(`The reference workflow's job ${job} has no steps.`)
  return node as YAMLSeq<YAMLMap>
}

function findStep(doc: Document, job: string, matches: (step: YAMLMap) => boolean): YAMLMap {
  const step = stepsOf(doc, job).items.find(matches)
  if (step === undefined) throw new Error(`The reference workflow's job ${job} lost a step.`)
  return step
}

function withOf(step: YAMLMap): YAMLMap {
  const inputs: unknown = step.get('with', true)
  if (!isMap(inputs)) throw new Error('A step of the reference workflow lost its `with:`.')
  return inputs
}

function usesOf(step: YAMLMap): string {
  const uses = step.get('uses')
  return typeof uses === 'string' ? uses : ''
}

const named = (name: string) => (step: YAMLMap) => step.get('name') === name
const using = (action: string) => (step: YAMLMap) => usesOf(step).startsWith(`${action}@`)

function removeStep(doc: Document, job: string, matches: (step: YAMLMap) => boolean): void {
  const steps = stepsOf(doc, job)
  steps.items = steps.items.filter((step) => !matches(step))
}

/** Keeps or removes the setup-node/setup-python steps of a job, with no `if:` left. */
function fitSetupSteps(doc: Document, job: string, facts: ProjectFacts): void {
  for (const [action, wanted] of [
    ['actions/setup-node', facts.npm.length > 0],
    ['actions/setup-python', facts.python.length > 0],
  ] as const) {
    if (!wanted) removeStep(doc, job, using(action))
    else findStep(doc, job, using(action)).delete('if')
  }
}

function fitTriggers(doc: Document): void {
  const on = mapAt(doc, ['on'])
  on.delete('workflow_call')
}

function fitValidate(doc: Document, facts: ProjectFacts): void {
  const outputs = mapAt(doc, ['jobs', 'validate', 'outputs'])
  outputs.delete('npm')
  outputs.delete('python')
  removeStep(doc, 'validate', named('Find the packages'))
  const inputs = withOf(
    findStep(doc, 'validate', named('Validate the tag, the version and the manifests')),
  )
  const manifests = facts.manifests.map((found) => literal(found.spec)).join('\n')
  // No file holds the version (a tag plugin stamps it at build time): validate-tag reads none.
  if (manifests === '') inputs.set('manifests', 'none')
  else inputs.set('manifests', blockScalar(`${manifests}\n`))
  if (facts.changelog === undefined) inputs.delete('changelog')
  else inputs.set('changelog', literal(facts.changelog.file))
  inputs.set('branches', `${literal(facts.defaultBranch)}, hotfix/*`)
  if (facts.tags.prefix !== 'v') inputs.set('tag-prefix', new Scalar(literal(facts.tags.prefix)))
  if (facts.tags.scheme !== 'semver') inputs.set('scheme', facts.tags.scheme)
  if (facts.tags.calverFormat !== undefined) inputs.set('calver-format', facts.tags.calverFormat)
}

/**
 * The variable a tag-versioning plugin reads instead of `git describe`: the build runs before
 * create-release makes the tag, so the workflow hands it the version being released.
 */
export function tagVersionVariable(plugin: string): string | undefined {
  if (/^(setuptools[-_]scm|hatch-vcs|vcs-versioning|flit[-_]scm)$/i.test(plugin))
    return 'SETUPTOOLS_SCM_PRETEND_VERSION'
  if (plugin === 'pdm-backend (scm)') return 'PDM_BUILD_SCM_VERSION'
  if (plugin === 'poetry-dynamic-versioning') return 'POETRY_DYNAMIC_VERSIONING_BYPASS'
  if (plugin === 'uv-dynamic-versioning') return 'UV_DYNAMIC_VERSIONING_BYPASS'
  if (/^pbr$/i.test(plugin)) return 'PBR_VERSION'
  return undefined
}

function pythonBuildStep(doc: Document, pkg: ProjectFacts['python'][number]): unknown {
  const name = `Build ${commentText(pkg.name ?? pkg.dir)}`
  if (pkg.build === undefined) {
    const node = doc.createNode({
      name,
      run: `echo "::error::Fill in the build of ${pkg.file}: tokenless init does not know the build backend in it."\nexit 1\n`,
    })
    node.commentBefore = ` TO FILL IN: the build backend "${commentText(pkg.backendName)}" of ${commentText(pkg.file)} is not one tokenless init knows. Replace this step with the commands that build it into dist/python.`
    return node
  }
  if (pkg.versionFromTag === undefined) return { name, run: pkg.build }
  const variable = tagVersionVariable(pkg.versionFromTag)
  if (variable !== undefined)
    return { name, env: { [variable]: '${{ needs.validate.outputs.version }}' }, run: pkg.build }
  const node = doc.createNode({ name, run: pkg.build })
  node.commentBefore = ` TO CHECK: ${commentText(pkg.versionFromTag)} reads the version from git, and the tag is made after this build (by create-release): set the version being released, needs.validate.outputs.version, the way it reads one.`
  return node
}

/** A build step per package, each with its folder in `env:`, never in the script. */
function buildSteps(doc: Document, facts: ProjectFacts): unknown[] {
  const npm = facts.npm.map((pkg) => ({
    name: `Pack ${commentText(pkg.name ?? pkg.dir)}`,
    env: { PACKAGE_DIR: literal(pkg.dir) },
    run: 'mkdir -p dist/npm\nnpm pack "./$PACKAGE_DIR" --pack-destination dist/npm\n',
  }))
  const python = facts.python.map((pkg) => pythonBuildStep(doc, pkg))
  return [...npm, ...python]
}

function fitBuild(doc: Document, facts: ProjectFacts): void {
  fitSetupSteps(doc, 'build', facts)
  const steps = stepsOf(doc, 'build')
  const first = steps.items.findIndex(named('Pack the npm package'))
  steps.items = steps.items.filter(
    (step) => !named('Pack the npm package')(step) && !named('Build the Python package')(step),
  )
  steps.items.splice(
    first,
    0,
    ...(buildSteps(doc, facts).map((step) => doc.createNode(step)) as YAMLMap[]),
  )
}

function fitPublishJobs(doc: Document, facts: ProjectFacts): void {
  const jobs = mapAt(doc, ['jobs'])
  const gone: string[] = []
  for (const [job, wanted] of [
    ['publish-npm', facts.npm.length > 0],
    ['publish-pypi', facts.python.length > 0],
  ] as const) {
    if (wanted) mapAt(doc, ['jobs', job]).delete('if')
    else {
      jobs.delete(job)
      gone.push(job)
    }
  }
  const needs = doc.getIn(['jobs', 'create-release', 'needs'], true)
  if (isSeq(needs))
    needs.items = needs.items.filter(
      (item) => !(isScalar(item) && gone.includes(String(item.value))),
    )
}

/** `owner/tokenless/actions/x@v1` -> the suite's actions at `ref`, with the version as comment. */
function pinSuiteActions(doc: Document, suite: SuiteActionRef): void {
  const jobs = mapAt(doc, ['jobs'])
  for (const pair of jobs.items) {
    const steps = isMap(pair.value) ? pair.value.get('steps', true) : undefined
    if (!isSeq(steps)) continue
    for (const step of steps.items) {
      const uses = isMap(step) ? step.get('uses', true) : undefined
      if (!isScalar(uses) || typeof uses.value !== 'string') continue
      const match = /^([^/]+\/tokenless\/actions\/[\w-]+)@(.+)$/.exec(uses.value)
      if (match === null) continue
      uses.value = `${match[1]}@${suite.ref}`
      uses.comment =
        suite.version !== undefined
          ? ` ${suite.version}`
          : ` tokenless-ignore: unpinned-action the release SHA of ${suite.ref} was not known to tokenless init: pin it`
    }
  }
}

/** The reference's own layout: `[a, b]` flow lists, long lines kept whole (never folded). */
const TO_STRING = { flowCollectionPadding: false, lineWidth: 0 } as const

export interface WrittenWorkflow {
  /** Relative to the repository root. */
  file: string
  text: string
}

function header(facts: ProjectFacts): string {
  const names = [...facts.npm, ...facts.python].map((pkg) => commentText(pkg.name ?? pkg.dir))
  return [
    ` Releases ${names.join(', ')} with no registry token: validate -> test -> build -> publish`,
    ` (OIDC trusted publishing, environment "release") -> GitHub Release. Written by tokenless init`,
    ` from tokenless's reference pipeline (workflows-examples/release.yml).`,
    ``,
    ` Release: gh workflow run release.yml -f version=X.Y.Z (or publish a GitHub Release).`,
    ` Before the first release, register the trusted publishers that tokenless init printed and`,
    ` protect the "release" environment with required reviewers. Check it: tokenless doctor.`,
  ].join('\n')
}

/** The release workflow for `facts`, from the reference workflow under `suiteRoot`. */
export function releaseWorkflow(
  facts: ProjectFacts,
  suiteRoot: string,
  suite: SuiteActionRef,
): WrittenWorkflow {
  const doc = parseDocument(
    readFileSync(join(suiteRoot, 'workflows-examples', 'release.yml'), 'utf8'),
  )
  doc.commentBefore = header(facts)
  const first = (doc.contents as YAMLMap).items[0]
  if (first !== undefined && isScalar(first.key)) first.key.commentBefore = null
  fitTriggers(doc)
  const env = mapAt(doc, ['env'])
  env.items = env.items.filter((pair) => isScalar(pair.key) && pair.key.value === 'VERSION_INPUT')
  env.set(
    'TEST_COMMAND',
    literal(
      facts.testCommand ??
        'echo "::error::No test command: set TEST_COMMAND in release.yml." && exit 1',
    ),
  )
  fitValidate(doc, facts)
  fitSetupSteps(doc, 'test', facts)
  fitBuild(doc, facts)
  fitPublishJobs(doc, facts)
  pinSuiteActions(doc, suite)
  return { file: '.github/workflows/release.yml', text: doc.toString(TO_STRING) }
}

/** The yank workflow (workflows-examples/yank.yml) naming this repository's packages. */
export function yankWorkflow(
  facts: ProjectFacts,
  suiteRoot: string,
  suite: SuiteActionRef,
): WrittenWorkflow {
  const doc = parseDocument(readFileSync(join(suiteRoot, 'workflows-examples', 'yank.yml'), 'utf8'))
  const packages = [
    ...facts.npm.flatMap((pkg) => (pkg.name === undefined ? [] : [`npm:${pkg.name}`])),
    ...facts.python.flatMap((pkg) => (pkg.name === undefined ? [] : [`pypi:${pkg.name}`])),
  ]
  const step = findStep(doc, 'yank', (candidate) => usesOf(candidate).includes('yank-notice'))
  withOf(step).set('packages', blockScalar(`${literal(packages.join('\n'))}\n`))
  pinSuiteActions(doc, suite)
  return { file: '.github/workflows/yank.yml', text: doc.toString(TO_STRING) }
}
