// What a step does, as far as releases are concerned: publish (to which registry, with a token or
// through trusted publishing), create a tag or a GitHub Release (with which token), run tests,
// build or install dependencies, restore a cache, compute a date or a version. The knowledge of
// each tool is in @tokenless/release-tools' tables; this file hands them doctor's steps as plain
// text and keeps the step with each finding.
import * as tables from '@tokenless/release-tools'
import {
  has,
  operands,
  pmSubcommand,
  RELEASE_IT_DEFAULTS,
  runsPackageManager,
  scriptName,
  stepContext,
  toolWords,
} from '@tokenless/release-tools'
import type {
  Command,
  PlainStep,
  PublishFound,
  PublishRegistry,
  ReleaseItSettings,
  RepositoryFiles,
  StepContext,
  TagCreationFound,
} from '@tokenless/release-tools'
import { actionName, contextReferences, interpolate } from '@tokenless/workflow'
import type { SourceStep as Step, YNode } from '@tokenless/workflow'

export { isGithubToken, isTokenVariable, RELEASE_IT_DEFAULTS } from '@tokenless/release-tools'
export type { Command, ReleaseItSettings, RepositoryFiles } from '@tokenless/release-tools'

export type Registry = PublishRegistry

export interface Publish extends PublishFound {
  step: Step
}

export interface TagCreation extends TagCreationFound {
  step: Step
}

const plainSteps = new WeakMap<Step, PlainStep>()

/** The step as the tables read it: its text, its inputs and the env in effect, as strings. */
function plainStep(step: Step): PlainStep {
  let plain = plainSteps.get(step)
  if (plain === undefined) {
    plain = {
      uses: step.uses,
      run: step.run,
      with: scalars(step.with?.entries() ?? []),
      env: scalars(stepEnv(step).entries()),
      name: step.name,
      id: step.id,
      workingDirectory: workingDirectoryOf(step),
    }
    plainSteps.set(step, plain)
  }
  return plain
}

/** A `run:` step's own `working-directory`, or its job's or workflow's `defaults.run` one. */
function workingDirectoryOf(step: Step): string | undefined {
  const own = step.node.get('working-directory')?.str()
  // A composite action's step starts in the workspace unless it says otherwise.
  if (own !== undefined || step.via || step.action) return own
  const defaults = (node: YNode | undefined) =>
    node?.get('defaults')?.get('run')?.get('working-directory')?.str()
  return defaults(step.job?.node) ?? defaults(step.job?.workflow.node)
}

function scalars(entries: Iterable<[string, YNode]>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, node] of entries) {
    const text = node.str()
    if (text !== undefined) result[name] = text
  }
  return result
}

function contextOf(
  step: Step,
  scripts: Record<string, string>,
  releaseIt: ReleaseItSettings = RELEASE_IT_DEFAULTS,
  cibuildwheelTests = false,
  files: RepositoryFiles | undefined = filesOfStep(step),
): StepContext {
  const plain = plainStep(step)
  return stepContext(plain, {
    jobSteps: step.job ? step.job.steps.map(plainStep) : [plain],
    scripts,
    releaseIt,
    cibuildwheelTests,
    files,
  })
}

/** The repository files the scripts of each workflow's steps are read from (set by loadRepository). */
const repositoryFilesOf = new WeakMap<object, RepositoryFiles>()

export function setRepositoryFiles(workflowFile: object, files: RepositoryFiles): void {
  repositoryFilesOf.set(workflowFile, files)
}

function filesOfStep(step: Step): RepositoryFiles | undefined {
  const file = step.job?.workflow.file
  return file === undefined ? undefined : repositoryFilesOf.get(file)
}

/** The commands of a step's script, `npm run x` expanded into the script it names (3 levels). */
export function stepCommands(step: Step, scripts: Record<string, string>): Command[] {
  return tables.stepCommands(plainStep(step), scripts, filesOfStep(step))
}

/** The env in effect for a step: workflow, job, step (later wins), each with its node. */
export function stepEnv(step: Step): Map<string, YNode> {
  const env = new Map<string, YNode>()
  const layers = [step.job?.workflow.env, step.job?.env, step.via?.env, step.env]
  for (const layer of layers)
    for (const [name, value] of layer?.entries() ?? []) env.set(name, value)
  return env
}

/** The publishes a step makes (one step may publish to npm and PyPI). */
export function publishesOf(
  step: Step,
  scripts: Record<string, string>,
  releaseIt: ReleaseItSettings = RELEASE_IT_DEFAULTS,
): Publish[] {
  const context = contextOf(step, scripts, releaseIt)
  return tables.publishesOf(plainStep(step), context).map((found) => ({ step, ...found }))
}

/** Tags and GitHub Releases a step creates. */
export function tagCreationsOf(
  step: Step,
  scripts: Record<string, string>,
  releaseIt: ReleaseItSettings = RELEASE_IT_DEFAULTS,
): TagCreation[] {
  const context = contextOf(step, scripts, releaseIt)
  return tables.tagCreationsOf(plainStep(step), context).map((found) => ({ step, ...found }))
}

/** The command or action by which a step runs tests, if it does. */
export function testsRunBy(
  step: Step,
  scripts: Record<string, string>,
  cibuildwheelTests = false,
): string | undefined {
  return tables.testsRunBy(
    plainStep(step),
    contextOf(step, scripts, RELEASE_IT_DEFAULTS, cibuildwheelTests),
  )
}

/** A date or version computed by the step and handed on (output, env, manifest); with what. */
export function versionComputedBy(
  step: Step,
  scripts: Record<string, string>,
): { needle: string; what: 'date' | 'version'; origin?: string } | undefined {
  return tables.versionComputedBy(plainStep(step), contextOf(step, scripts))
}

/** A `git push` of a branch (not only tags) in the step. */
export function pushesBranch(step: Step, scripts: Record<string, string>): boolean {
  return stepCommands(step, scripts).some((command) => {
    const words = command.words
    if (words[0] !== 'git' || words[1] !== 'push') return false
    if (has(words, '--follow-tags', '--all', '--mirror')) return true
    if (has(words, '--tags', '--delete', '-d')) return false
    const refs = operands(words.slice(2)).slice(1)
    return (
      refs.length === 0 ||
      refs.some(
        (ref) => !/^(refs\/tags\/|v?\d|v\$|\$\{?\w*(TAG|VERSION)|\$\{\{.*(tag|version))/i.test(ref),
      )
    )
  })
}

/** A step that commits (so a tag made after it points at a new commit). */
export function commits(step: Step, scripts: Record<string, string>): boolean {
  return stepCommands(step, scripts).some((command) => {
    const words = command.words
    if (words[0] === 'git' && words[1] === 'commit') return true
    if (
      words[0] === 'npm' &&
      pmSubcommand(words) === 'version' &&
      !has(words, '--no-git-tag-version', '--git-tag-version=false')
    )
      return true
    return false
  })
}

const BUILD_SCRIPT = /^(build|compile|bundle|prepare|prepack|dist|package)([:_.-].*)?$/i

/** The command by which a step builds the project or installs its dependencies (or tests it). */
export function buildRunBy(step: Step, scripts: Record<string, string>): string | undefined {
  const plain = plainStep(step)
  const context = contextOf(step, scripts)
  for (const command of stepCommands(step, scripts)) {
    const words = command.words
    if (tables.isTestCommand(command, plain, context)) return command.text
    if (runsPackageManager(words)) {
      const sub = pmSubcommand(words)
      // `-g`, or grouped short flags that hold it (`npm i -fg corepack`).
      const global =
        has(words, '--global', 'global') || words.some((word) => /^-[a-z]*g[a-z]*$/.test(word))
      const noScripts =
        has(words, '--ignore-scripts') || words.some((word) => word === '--mode=skip-build')
      const installs = [
        'install',
        'i',
        'ci',
        'add',
        'clean-install',
        'ic',
        'install-clean',
      ].includes(sub ?? '')
      // A bare `yarn` installs; `yarn --version` only prints.
      const bareYarn =
        words[0] === 'yarn' && sub === undefined && !has(words, '--version', '-v', '--help', '-h')
      if (!global && !noScripts && (installs || bareYarn)) return command.text
      if (sub === 'pack' || sub === 'rebuild') return command.text
      const script = scriptName(words)
      if (script !== undefined && BUILD_SCRIPT.test(script)) return command.text
      continue
    }
    const tool = toolWords(words)
    const [first, second] = tool
    if (first === 'build' || first === 'tsc' || first === 'setup.py') return command.text
    if (
      ['uv', 'poetry', 'hatch', 'pdm', 'flit', 'maturin', 'cargo', 'go'].includes(first ?? '') &&
      second === 'build'
    )
      return command.text
    if ((first === 'poetry' || first === 'pdm') && second === 'install') return command.text
    if (first === 'uv' && second === 'sync') return command.text
    if (/^pip3?$/.test(first ?? '') && (second === 'install' || second === 'wheel')) {
      const args = tool.slice(2)
      if (
        args.some(
          (arg) =>
            arg === '.' ||
            arg.startsWith('./') ||
            arg === '-e' ||
            arg === '--editable' ||
            arg === '-r' ||
            arg.startsWith('--requirement') ||
            arg.startsWith('.['),
        )
      )
        return command.text
    }
    if (/^python3?$/.test(first ?? '') && second === 'setup.py') return command.text
    if (first === 'make' && !has(tool, 'publish', 'release', 'upload')) return command.text
  }
  return undefined
}

/**
 * An input of a composite action's step as it runs: `${{ }}` that reads only `inputs.*` is
 * evaluated with the `with:` of the step that uses the action (or the inputs' defaults). Text
 * that reads anything else, or an input given as an expression, is returned as written.
 */
export function actionInputValue(step: Step, text: string | undefined): string | undefined {
  if (text === undefined || !step.via || !step.action || !text.includes('${{')) return text
  const paths = contextReferences(text)
  if (paths.length === 0 || paths.some((path) => !/^inputs\.[\w-]+$/.test(path))) return text
  const inputs: Record<string, string> = {}
  for (const input of step.action.inputs) {
    const given = step.via.with?.get(input.name)?.str() ?? input.node.get('default')?.str() ?? ''
    inputs[input.name] = given
  }
  const names = paths.map((path) => path.slice('inputs.'.length))
  if (names.some((name) => inputs[name] === undefined || inputs[name].includes('${{'))) return text
  try {
    return interpolate(text, { contexts: { inputs } })
  } catch {
    return text
  }
}

/** A cache key that holds `github.run_id`: only a job of this very run can have saved it. */
const RUN_ONLY_KEY = /\$\{\{[^}]*\bgithub\.run_id\b/

/**
 * A cache restored by the step: actions/cache (unless every key and restore key holds
 * `github.run_id`), or a setup action's `cache:` input.
 */
export function cacheOf(step: Step): YNode | undefined {
  const name = actionName(step.uses)
  if (name === 'actions/cache' || name === 'actions/cache/restore') {
    const keys = [
      actionInputValue(step, step.with?.get('key')?.str()) ?? '',
      ...(actionInputValue(step, step.with?.get('restore-keys')?.str()) ?? '')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    ]
    return keys.every((key) => RUN_ONLY_KEY.test(key)) ? undefined : step.usesNode
  }
  if (/^actions\/setup-(node|python|go|java|dotnet)$/.test(name) || name === 'pnpm/action-setup') {
    const cache = step.with?.get('cache')
    const value = actionInputValue(step, cache?.str())?.trim()
    if (cache && value && value !== 'false' && value !== "''") return cache
  }
  if (name === 'astral-sh/setup-uv') {
    const cache = step.with?.get('enable-cache')
    if (actionInputValue(step, cache?.str())?.trim() === 'true') return cache
  }
  return undefined
}
