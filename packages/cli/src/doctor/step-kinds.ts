// What a step does, as far as releases are concerned: publish (to which registry, with a token or
// through trusted publishing), create a tag or a GitHub Release (with which token), run tests,
// build or install dependencies, restore a cache, compute a date or a version. Read from `uses:`
// and from the commands of `run:` (with `npm run x` looked up in the root package.json).
import { commandsIn } from './shell-commands.js'
import type { ShellCommand } from './shell-commands.js'
import { actionName, contextReferences, localPath, stepInput } from '@tokenless/workflow'
import type { SourceStep as Step, YNode } from '@tokenless/workflow'

export type Registry = 'npm' | 'pypi' | 'testpypi' | 'other'

export interface Publish {
  step: Step
  registry: Registry
  /** `npm publish`, `pypa/gh-action-pypi-publish`, `changeset publish`... */
  tool: string
  /** Text in the step to point at. */
  needle: string
  /** A registry token is handed to the publish (so it is not trusted publishing). */
  usesToken: boolean
  /** npm provenance is asked for (it needs `id-token: write` even with a token). */
  provenance: boolean
  /** tokenless's publish-oidc action (it refuses any token and checks the environment itself). */
  publishOidc: boolean
}

export interface TagCreation {
  step: Step
  kind: 'tag' | 'release'
  tool: string
  needle: string
  /** The credential GitHub sees: GITHUB_TOKEN's events start no workflow. */
  token: 'github-token' | 'other'
}

export interface Command extends ShellCommand {
  /** The package.json script the command came from (`npm run release`), if any. */
  script: string | undefined
}

const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun'])
const PM_BUILTINS = new Set(
  'install i ci add remove rm uninstall update up upgrade publish pack exec dlx test t run run-script link unlink audit outdated list ls why config set get version init create info view login logout whoami deprecate dist-tag store prune rebuild import fetch workspaces workspace npm cache patch env setup dedupe licenses bin root help x start stop restart recursive -r changeset'.split(
    ' ',
  ),
)
const FLAGS_WITH_VALUE = new Set([
  '--filter',
  '-F',
  '-C',
  '--dir',
  '-w',
  '--workspace',
  '--prefix',
  '--cwd',
  '--tag',
  '--access',
  '--registry',
  '--otp',
])
const TOOL_RUNNERS: [string, number][] = [
  ['npx', 1],
  ['pnpx', 1],
  ['bunx', 1],
  ['uvx', 1],
  ['pipx run', 2],
  ['pnpm exec', 2],
  ['pnpm dlx', 2],
  ['yarn dlx', 2],
  ['yarn exec', 2],
  ['npm exec', 2],
  ['uv run', 2],
  ['uv tool run', 3],
  ['poetry run', 2],
  ['pdm run', 2],
  ['python -m', 2],
  ['python3 -m', 2],
  ['py -m', 2],
]

/** The commands of a step's script, `npm run x` expanded into the script it names (3 levels). */
export function stepCommands(step: Step, scripts: Record<string, string>): Command[] {
  if (step.run === undefined) return []
  // Many questions are asked of each step (and of each step of its job): split its script once.
  const known = commandsCache.get(step)
  if (known?.scripts === scripts && known.run === step.run) return known.commands
  const commands = expand(commandsIn(step.run), scripts, undefined, 0)
  commandsCache.set(step, { scripts, run: step.run, commands })
  return commands
}

const commandsCache = new WeakMap<
  Step,
  { scripts: Record<string, string>; run: string; commands: Command[] }
>()

function expand(
  commands: ShellCommand[],
  scripts: Record<string, string>,
  script: string | undefined,
  depth: number,
): Command[] {
  const result: Command[] = []
  for (const command of commands) {
    result.push({ ...command, script })
    const name = scriptName(command.words)
    const body = name === undefined ? undefined : scripts[name]
    if (body !== undefined && depth < 3) {
      // npm appends what follows `--` to the end of the script (`npm run release -- --no-npm`).
      const extra = scriptArguments(command.words, name!)
      const full = extra.length > 0 ? `${body} ${extra.map(quoteWord).join(' ')}` : body
      result.push(
        ...expand(commandsIn(full), scripts, script ?? name, depth + 1).map((inner) => ({
          ...inner,
          text: command.text,
        })),
      )
    }
  }
  return result
}

/** The words `npm run x -- a b` (npm, bun) or `pnpm x a b` (pnpm, yarn) hands to script x. */
function scriptArguments(words: string[], name: string): string[] {
  const at = words.indexOf(name, 1)
  if (at < 0) return []
  const after = words.slice(at + 1)
  const dashes = after.indexOf('--')
  if (words[0] === 'npm' || words[0] === 'bun') return dashes < 0 ? [] : after.slice(dashes + 1)
  return after[0] === '--' ? after.slice(1) : after
}

function quoteWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** `npm run x`, `pnpm x`, `yarn x`: the script name; undefined for anything else. */
export function scriptName(words: string[]): string | undefined {
  if (!PACKAGE_MANAGERS.has(words[0] ?? '')) return undefined
  const rest = operands(words.slice(1))
  const sub = rest[0]
  if (sub === 'run' || sub === 'run-script') return rest[1]
  if (words[0] !== 'npm' && words[0] !== 'bun' && sub !== undefined && !PM_BUILTINS.has(sub))
    return sub
  return undefined
}

/** The words that are not flags (nor flags' values). */
function operands(words: string[]): string[] {
  const result: string[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (word.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(word)) index++
      continue
    }
    result.push(word)
  }
  return result
}

/** The words of the tool a runner starts: `npx -y semantic-release@24` gives `semantic-release`. */
export function toolWords(words: string[]): string[] {
  let current = words
  for (let pass = 0; pass < 3; pass++) {
    const runner = TOOL_RUNNERS.find(
      ([prefix, count]) => current.slice(0, count).join(' ') === prefix,
    )
    if (!runner) break
    current = current.slice(runner[1])
    while (current[0]?.startsWith('-')) current = current.slice(1)
  }
  const [first, ...rest] = current
  if (first === undefined) return []
  const tool = first
    .replace(/^@changesets\/cli(@.*)?$/, 'changeset')
    .replace(/^(@[^/]+\/[^@]+|[^@]+)@.*$/, '$1')
  return [tool, ...rest]
}

/** `npm ci`, `pnpm run build`: the package manager itself, not a tool it starts (`pnpm exec nx`). */
function runsPackageManager(words: string[]): boolean {
  return PACKAGE_MANAGERS.has(words[0]!) && toolWords(words)[0] === words[0]
}

const has = (words: string[], ...flags: string[]) => words.some((word) => flags.includes(word))

function pmSubcommand(words: string[]): string | undefined {
  return operands(words.slice(1))[0]
}

// ---- publishing ---------------------------------------------------------------------------

const NPM_TOKEN_VARS =
  /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH(TOKEN)?|NPM_CONFIG_TOKEN)$/i
const PYPI_TOKEN_VARS =
  /^(TWINE_PASSWORD|PYPI_API_TOKEN|PYPI_TOKEN|PYPI_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD|PDM_PUBLISH_PASSWORD)$/i

/** Env variable names that hand a registry token to a publishing tool. */
export function isTokenVariable(name: string): boolean {
  return NPM_TOKEN_VARS.test(name) || PYPI_TOKEN_VARS.test(name)
}

/** A value that is GitHub's own per-run token (fine for GitHub Packages, not a registry token). */
export function isGithubToken(value: string): boolean {
  const paths = contextReferences(value)
  return (
    paths.length > 0 &&
    paths.every((path) => /^secrets\.GITHUB_TOKEN$/i.test(path) || path === 'github.token')
  )
}

/** The env in effect for a step: workflow, job, step (later wins), each with its node. */
export function stepEnv(step: Step): Map<string, YNode> {
  const env = new Map<string, YNode>()
  const layers = [step.job?.workflow.env, step.job?.env, step.via?.env, step.env]
  for (const layer of layers)
    for (const [name, value] of layer?.entries() ?? []) env.set(name, value)
  return env
}

function tokenInEnv(step: Step, pattern: RegExp): boolean {
  for (const [name, value] of stepEnv(step)) {
    const text = value.str()?.trim()
    if (pattern.test(name) && text && !isGithubToken(text)) return true
  }
  return false
}

function npmRegistryOf(step: Step, words: string[]): Registry {
  const flag = words.indexOf('--registry')
  const explicit =
    flag >= 0 ? words[flag + 1] : words.find((word) => word.startsWith('--registry='))
  const registry =
    explicit ??
    step.job?.steps
      .find((each) => actionName(each.uses) === 'actions/setup-node')
      ?.with?.get('registry-url')
      ?.str()
  if (registry && !/registry\.npmjs\.org/.test(registry) && !registry.includes('${{'))
    return 'other'
  return 'npm'
}

function pythonRegistryOf(words: string[]): Registry {
  const text = words.join(' ')
  if (/test\.pypi\.org|testpypi/i.test(text)) return 'testpypi'
  const url = /--(?:repository-url|publish-url|repository|index|index-url)[= ](\S+)/.exec(text)?.[1]
  if (url && /^https?:/.test(url) && !/(upload\.)?pypi\.org/.test(url)) return 'other'
  return 'pypi'
}

/** What release-it does when the command line does not say: its settings in the repository. */
export interface ReleaseItSettings {
  npmPublish: boolean
  gitTag: boolean
  githubRelease: boolean
}

/** release-it's own defaults: it publishes and tags, and makes no GitHub Release. */
export const RELEASE_IT_DEFAULTS: ReleaseItSettings = {
  npmPublish: true,
  gitTag: true,
  githubRelease: false,
}

/** One release-it setting as its command line leaves it: `--no-npm`, `--no-git.tag`, `--github.release`. */
function releaseItSetting(tool: string[], key: string, configured: boolean): boolean {
  const parent = key.split('.')[0]!
  let value = configured
  for (const word of tool) {
    if (word === `--no-${parent}` || word === `--no-${key}`) value = false
    else if (word === `--${key}` || word === `--${key}=true`) value = true
    else if (word === `--${key}=false`) value = false
  }
  return value
}

/** The publishes a step makes (one step may publish to npm and PyPI). */
export function publishesOf(
  step: Step,
  scripts: Record<string, string>,
  releaseIt: ReleaseItSettings = RELEASE_IT_DEFAULTS,
): Publish[] {
  const found: Publish[] = []
  const name = actionName(step.uses)
  const npmToken = tokenInEnv(step, NPM_TOKEN_VARS)
  const pypiToken = tokenInEnv(step, PYPI_TOKEN_VARS)
  const env = stepEnv(step)
  const provenanceEnv = /^true$/i.test(env.get('NPM_CONFIG_PROVENANCE')?.str() ?? '')
  const add = (publish: Omit<Publish, 'step' | 'publishOidc'> & { publishOidc?: boolean }) =>
    found.push({ step, publishOidc: false, ...publish })

  if (name) {
    const needle = step.uses!
    if (name === 'pypa/gh-action-pypi-publish') {
      const url = stepInput(step, 'repository-url') ?? stepInput(step, 'repository_url') ?? ''
      const password = stepInput(step, 'password')
      add({
        registry: /test\.pypi\.org/.test(url)
          ? 'testpypi'
          : url && !/pypi\.org/.test(url)
            ? 'other'
            : 'pypi',
        tool: 'pypa/gh-action-pypi-publish',
        needle,
        usesToken: password !== undefined && password.trim() !== '',
        provenance: false,
      })
    } else if (name === 'js-devtools/npm-publish') {
      const token = stepInput(step, 'token')
      const registry = stepInput(step, 'registry')
      add({
        registry: registry && !/registry\.npmjs\.org/.test(registry) ? 'other' : 'npm',
        tool: 'JS-DevTools/npm-publish',
        needle,
        usesToken: token !== undefined && token.trim() !== '' && !isGithubToken(token),
        provenance: stepInput(step, 'provenance') === 'true',
      })
    } else if (name === 'changesets/action') {
      if (stepInput(step, 'publish'))
        add({
          registry: 'npm',
          tool: 'changesets/action',
          needle,
          usesToken: npmToken,
          provenance: provenanceEnv,
        })
    } else if (name === 'changesets/action/publish') {
      // v2's publish sub-action: it publishes whatever its inputs say, no `publish:` script.
      add({
        registry: 'npm',
        tool: 'changesets/action/publish',
        needle,
        usesToken: npmToken,
        provenance: provenanceEnv,
      })
    } else if (/^(cycjimmy|codfish)\/semantic-release-action$/.test(name)) {
      add({ registry: 'npm', tool: name, needle, usesToken: npmToken, provenance: provenanceEnv })
    } else if (
      /(^|\/)actions\/publish-oidc$/.test(name) ||
      /\/tokenless\/.*publish-oidc$/.test(name)
    ) {
      const registry = (stepInput(step, 'registry') ?? '').trim()
      add({
        registry:
          registry === 'npm'
            ? 'npm'
            : registry === 'pypi'
              ? 'pypi'
              : registry === 'testpypi'
                ? 'testpypi'
                : registry.includes('${{')
                  ? 'npm'
                  : 'other',
        tool: 'tokenless publish-oidc',
        needle,
        usesToken: false,
        provenance: stepInput(step, 'provenance') !== 'false',
        publishOidc: true,
      })
    }
  } else if (/(^|\/)publish-oidc$/.test(localPath(step.uses) ?? '')) {
    const registry = (stepInput(step, 'registry') ?? '').trim()
    add({
      registry: registry === 'pypi' ? 'pypi' : registry === 'testpypi' ? 'testpypi' : 'npm',
      tool: 'tokenless publish-oidc',
      needle: step.uses!,
      usesToken: false,
      provenance: stepInput(step, 'provenance') !== 'false',
      publishOidc: true,
    })
  }

  for (const command of stepCommands(step, scripts)) {
    const words = command.words
    const needle = command.text
    const dryRun = has(words, '--dry-run', '-n', '--dryrun')
    if (dryRun) continue
    const runText = command.text
    const inlineNpmToken = /_authToken|--\/\/.*:_authToken/.test(step.run ?? '')
    if (runsPackageManager(words)) {
      const sub = pmSubcommand(words)
      const yarnNpm = words[0] === 'yarn' && words.includes('npm') && words.includes('publish')
      if (
        sub === 'publish' ||
        yarnNpm ||
        (words[0] === 'pnpm' && sub === 'recursive' && words.includes('publish'))
      ) {
        if (has(words, '--help', '-h')) continue
        add({
          registry: npmRegistryOf(step, words),
          tool: `${words[0]} publish`,
          needle: runText,
          usesToken: npmToken || inlineNpmToken,
          provenance: has(words, '--provenance') || provenanceEnv,
        })
      }
      continue
    }
    const tool = toolWords(words)
    const [first, second] = tool
    if (first === 'changeset' && second === 'publish') {
      add({
        registry: 'npm',
        tool: 'changeset publish',
        needle,
        usesToken: npmToken || inlineNpmToken,
        provenance: provenanceEnv,
      })
    } else if (
      (first === 'semantic-release' || first === 'multi-semantic-release') &&
      !has(tool, '-d')
    ) {
      add({
        registry: 'npm',
        tool: first,
        needle,
        usesToken: npmToken || inlineNpmToken,
        provenance: provenanceEnv,
      })
    } else if (
      (first === 'lerna' && second === 'publish') ||
      (first === 'release-it' && releaseItSetting(tool, 'npm.publish', releaseIt.npmPublish))
    ) {
      add({
        registry: 'npm',
        tool: `${first}${second === 'publish' ? ' publish' : ''}`,
        needle,
        usesToken: npmToken || inlineNpmToken,
        provenance: provenanceEnv,
      })
    } else if (
      first === 'nx' &&
      second === 'release' &&
      !['version', 'changelog', 'plan', 'plan:check'].includes(tool[2] ?? '') &&
      !has(tool, '--skip-publish', '-d')
    ) {
      add({
        registry: 'npm',
        tool: tool[2] === 'publish' ? 'nx release publish' : 'nx release',
        needle,
        usesToken: npmToken || inlineNpmToken,
        provenance: provenanceEnv,
      })
    } else if (first === 'twine' && second === 'upload') {
      add({
        registry: pythonRegistryOf(tool),
        tool: 'twine upload',
        needle,
        usesToken: pypiToken || has(tool, '-p', '--password'),
        provenance: false,
      })
    } else if (first === 'uv' && second === 'publish') {
      add({
        registry: pythonRegistryOf(tool),
        tool: 'uv publish',
        needle,
        usesToken:
          pypiToken ||
          has(tool, '--token', '-t', '--password', '-p') ||
          tool.some((w) => w.startsWith('--token=')) ||
          tool.includes('never'),
        provenance: false,
      })
    } else if (['poetry', 'hatch', 'flit', 'pdm'].includes(first ?? '') && second === 'publish') {
      add({
        registry: pythonRegistryOf(tool),
        tool: `${first} publish`,
        needle,
        usesToken: pypiToken || has(tool, '--password', '-p', '-u', '--username', '-a', '--auth'),
        provenance: false,
      })
    } else if (first === 'maturin' && (second === 'publish' || second === 'upload')) {
      add({
        registry: pythonRegistryOf(tool),
        tool: `maturin ${second}`,
        needle,
        usesToken: pypiToken || has(tool, '--password', '-p'),
        provenance: false,
      })
    } else if (
      /^python3?$/.test(first ?? '') &&
      tool[1] === 'setup.py' &&
      tool.includes('upload')
    ) {
      add({
        registry: pythonRegistryOf(tool),
        tool: 'setup.py upload',
        needle,
        usesToken: true,
        provenance: false,
      })
    }
  }
  return found
}

// ---- tags and releases --------------------------------------------------------------------

function tokenOfValue(value: string | undefined): 'github-token' | 'other' {
  if (value === undefined || value.trim() === '') return 'github-token'
  return isGithubToken(value) ? 'github-token' : 'other'
}

function envToken(step: Step, ...names: string[]): string | undefined {
  const env = stepEnv(step)
  for (const name of names) {
    const value = env.get(name)?.str()
    if (value !== undefined) return value
  }
  return undefined
}

/** The credential `git push` uses in the step's job: actions/checkout's, unless the script sets its own. */
function gitPushToken(step: Step): 'github-token' | 'other' {
  const script = step.run ?? ''
  const secrets = contextReferences(script).filter((path) => /^(secrets\.|steps\.)/.test(path))
  if (secrets.some((path) => !/^secrets\.GITHUB_TOKEN$/i.test(path))) return 'other'
  if (
    /x-access-token:\$|oauth2:\$|@github\.com.*\$\{?\w*(PAT|TOKEN)/i.test(script) &&
    !/\$\{?GITHUB_TOKEN\b/.test(script)
  )
    return 'other'
  const checkout = step.job?.steps.find((each) => actionName(each.uses) === 'actions/checkout')
  if (checkout) {
    if (stepInput(checkout, 'ssh-key')) return 'other'
    const token = stepInput(checkout, 'token')
    if (token !== undefined) return tokenOfValue(token)
  }
  return 'github-token'
}

const RELEASE_ACTIONS: Record<
  string,
  { kind: 'tag' | 'release'; tokenInputs: string[]; env?: boolean }
> = {
  'softprops/action-gh-release': { kind: 'release', tokenInputs: ['token'] },
  'ncipollo/release-action': { kind: 'release', tokenInputs: ['token'] },
  'actions/create-release': { kind: 'release', tokenInputs: [], env: true },
  'marvinpinto/action-automatic-releases': { kind: 'release', tokenInputs: ['repo_token'] },
  'googleapis/release-please-action': { kind: 'release', tokenInputs: ['token'] },
  'google-github-actions/release-please-action': { kind: 'release', tokenInputs: ['token'] },
  'rickstaa/action-create-tag': { kind: 'tag', tokenInputs: ['github_token'] },
  'mathieudutour/github-tag-action': { kind: 'tag', tokenInputs: ['github_token'] },
  'anothrnick/github-tag-action': { kind: 'tag', tokenInputs: [], env: true },
  'cycjimmy/semantic-release-action': { kind: 'release', tokenInputs: [], env: true },
  'codfish/semantic-release-action': { kind: 'release', tokenInputs: [], env: true },
  'changesets/action': { kind: 'release', tokenInputs: [], env: true },
}

/** Tags and GitHub Releases a step creates. */
export function tagCreationsOf(
  step: Step,
  scripts: Record<string, string>,
  releaseIt: ReleaseItSettings = RELEASE_IT_DEFAULTS,
): TagCreation[] {
  const found: TagCreation[] = []
  const name = actionName(step.uses)
  if (name) {
    const known = RELEASE_ACTIONS[name]
    const tokenlessRelease = /(^|\/)create-release$/.test(name) && name.includes('tokenless')
    if (
      known &&
      !(
        name === 'changesets/action' &&
        (!stepInput(step, 'publish') || stepInput(step, 'createGithubReleases') === 'false')
      )
    ) {
      const value =
        known.tokenInputs.map((input) => stepInput(step, input)).find((v) => v !== undefined) ??
        (known.env ? envToken(step, 'GITHUB_TOKEN', 'GH_TOKEN') : undefined)
      found.push({
        step,
        kind: known.kind,
        tool: step.uses!,
        needle: step.uses!,
        token: tokenOfValue(value),
      })
    } else if (tokenlessRelease) {
      found.push({
        step,
        kind: 'release',
        tool: 'tokenless create-release',
        needle: step.uses!,
        token: tokenOfValue(stepInput(step, 'token')),
      })
    } else if (name === 'actions/github-script') {
      const script = stepInput(step, 'script') ?? ''
      const kind = /\bcreateRelease\s*\(/.test(script)
        ? 'release'
        : /\bcreateRef\s*\(|\bcreateTag\s*\(/.test(script)
          ? 'tag'
          : undefined
      if (kind)
        found.push({
          step,
          kind,
          tool: 'actions/github-script',
          needle: step.uses!,
          token: tokenOfValue(stepInput(step, 'github-token')),
        })
    }
  } else if (/(^|\/)create-release$/.test(localPath(step.uses) ?? '')) {
    found.push({
      step,
      kind: 'release',
      tool: 'tokenless create-release',
      needle: step.uses!,
      token: tokenOfValue(stepInput(step, 'token')),
    })
  }

  const commands = stepCommands(step, scripts)
  const jobPushes = (step.job?.steps ?? [step]).some((each) =>
    stepCommands(each, scripts).some(
      (command) => command.words[0] === 'git' && command.words[1] === 'push',
    ),
  )
  for (const command of commands) {
    const words = command.words
    const tool = toolWords(words)
    const ghToken = () => tokenOfValue(envToken(step, 'GH_TOKEN', 'GITHUB_TOKEN'))
    if (words[0] === 'git' && words[1] === 'tag') {
      const args = words.slice(2)
      const listing =
        args.length === 0 ||
        has(
          args,
          '-l',
          '--list',
          '-d',
          '--delete',
          '-v',
          '--verify',
          '--contains',
          '--points-at',
          '-n',
          '--merged',
          '--no-merged',
          '--sort',
        )
      if (!listing && jobPushes)
        found.push({
          step,
          kind: 'tag',
          tool: 'git tag',
          needle: command.text,
          token: gitPushToken(step),
        })
    } else if (words[0] === 'git' && words[1] === 'push' && has(words, '--tags', '--follow-tags')) {
      found.push({
        step,
        kind: 'tag',
        tool: 'git push --tags',
        needle: command.text,
        token: gitPushToken(step),
      })
    } else if (
      words[0] === 'npm' &&
      pmSubcommand(words) === 'version' &&
      !has(words, '--no-git-tag-version') &&
      jobPushes
    ) {
      found.push({
        step,
        kind: 'tag',
        tool: 'npm version',
        needle: command.text,
        token: gitPushToken(step),
      })
    } else if (
      (words[0] === 'gh' || words[0] === 'hub') &&
      words[1] === 'release' &&
      words[2] === 'create'
    ) {
      found.push({
        step,
        kind: 'release',
        tool: `${words[0]} release create`,
        needle: command.text,
        token: words[0] === 'gh' ? ghToken() : 'other',
      })
    } else if ((words[0] === 'gh' && words[1] === 'api') || words[0] === 'curl') {
      const text = words.join(' ')
      const posts =
        words[0] === 'gh'
          ? /(-X|--method)\s+POST|\s-[fF]\s|--field|--raw-field|--input/.test(` ${text}`)
          : /(-X|--request)\s*POST|\s(-d|--data\S*)\s/.test(` ${text} `)
      if (posts && /\/releases(\s|$|\?|')/.test(`${text} `))
        found.push({
          step,
          kind: 'release',
          tool: `${words[0]} POST /releases`,
          needle: command.text,
          token: words[0] === 'gh' ? ghToken() : 'other',
        })
      else if (posts && /\/git\/refs/.test(text) && /refs\/tags/.test(text))
        found.push({
          step,
          kind: 'tag',
          tool: `${words[0]} POST /git/refs`,
          needle: command.text,
          token: words[0] === 'gh' ? ghToken() : 'other',
        })
    } else if (
      (tool[0] === 'semantic-release' || tool[0] === 'multi-semantic-release') &&
      !has(tool, '-d', '--dry-run')
    ) {
      found.push({
        step,
        kind: 'release',
        tool: tool[0],
        needle: command.text,
        token: tokenOfValue(envToken(step, 'GITHUB_TOKEN', 'GH_TOKEN')),
      })
    } else if (
      tool[0] === 'changeset' &&
      (tool[1] === 'publish' || tool[1] === 'tag') &&
      jobPushes
    ) {
      found.push({
        step,
        kind: 'tag',
        tool: `changeset ${tool[1]}`,
        needle: command.text,
        token: gitPushToken(step),
      })
    } else if (tool[0] === 'lerna' && (tool[1] === 'publish' || tool[1] === 'version')) {
      found.push({
        step,
        kind: 'tag',
        tool: `lerna ${tool[1]}`,
        needle: command.text,
        token: gitPushToken(step),
      })
    } else if (tool[0] === 'release-it' && !has(tool, '-d', '--dry-run')) {
      const release = releaseItSetting(tool, 'github.release', releaseIt.githubRelease)
      if (!release && !releaseItSetting(tool, 'git.tag', releaseIt.gitTag)) continue
      found.push({
        step,
        kind: release ? 'release' : 'tag',
        tool: 'release-it',
        needle: command.text,
        token: tokenOfValue(envToken(step, 'GITHUB_TOKEN', 'GH_TOKEN')),
      })
    }
  }
  return found
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
      !has(words, '--no-git-tag-version')
    )
      return true
    return false
  })
}

// ---- tests, builds, caches ----------------------------------------------------------------

const TEST_SCRIPT =
  /^(test|tests|ci|check|checks|verify|e2e|unit|integration|coverage)([:_.-].*)?$/i
const BUILD_SCRIPT = /^(build|compile|bundle|prepare|prepack|dist|package)([:_.-].*)?$/i
const TEST_TOOLS = new Set([
  'pytest',
  'tox',
  'nox',
  'jest',
  'vitest',
  'mocha',
  'ava',
  'tap',
  'karma',
  'playwright',
  'cypress',
])

function isTestCommand(words: string[]): boolean {
  if (runsPackageManager(words)) {
    const sub = pmSubcommand(words)
    if (sub === 'test' || sub === 't' || sub === 'cit' || sub === 'install-test') return true
    const script = scriptName(words)
    return script !== undefined && TEST_SCRIPT.test(script)
  }
  const tool = toolWords(words)
  const [first, second] = tool
  if (TEST_TOOLS.has(first ?? '')) return first !== 'playwright' || second === 'test'
  if (first === 'unittest' || first === 'pytest') return true
  if (
    (first === 'go' ||
      first === 'cargo' ||
      first === 'deno' ||
      first === 'dotnet' ||
      first === 'swift') &&
    second === 'test'
  )
    return true
  if ((first === 'make' || first === 'just') && TEST_SCRIPT.test(second ?? '')) return true
  if (
    first === 'hatch' &&
    (second === 'test' || (second === 'run' && TEST_SCRIPT.test(tool[2] ?? '')))
  )
    return true
  if ((first === 'mvn' || first === './mvnw') && has(tool, 'test', 'verify')) return true
  if ((first === 'gradle' || first === './gradlew') && has(tool, 'test', 'check')) return true
  return false
}

/** The command or action by which a step runs tests, if it does. */
export function testsRunBy(step: Step, scripts: Record<string, string>): string | undefined {
  const name = actionName(step.uses)
  if (/(^|\/)test-gate$/.test(name) || /(^|\/)test-gate$/.test(localPath(step.uses) ?? ''))
    return step.uses
  return stepCommands(step, scripts).find((command) => isTestCommand(command.words))?.text
}

/** The command by which a step builds the project or installs its dependencies (or tests it). */
export function buildRunBy(step: Step, scripts: Record<string, string>): string | undefined {
  for (const command of stepCommands(step, scripts)) {
    const words = command.words
    if (isTestCommand(words)) return command.text
    if (runsPackageManager(words)) {
      const sub = pmSubcommand(words)
      const global = has(words, '-g', '--global', 'global')
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
      if (!global && !noScripts && (installs || (words[0] === 'yarn' && sub === undefined)))
        return command.text
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

/** A cache restored by the step: actions/cache, or a setup action's `cache:` input. */
export function cacheOf(step: Step): YNode | undefined {
  const name = actionName(step.uses)
  if (name === 'actions/cache' || name === 'actions/cache/restore') return step.usesNode
  if (/^actions\/setup-(node|python|go|java|dotnet)$/.test(name) || name === 'pnpm/action-setup') {
    const cache = step.with?.get('cache')
    const value = cache?.str()?.trim()
    if (cache && value && value !== 'false' && value !== "''") return cache
  }
  if (name === 'astral-sh/setup-uv') {
    const cache = step.with?.get('enable-cache')
    if (cache?.str()?.trim() === 'true') return cache
  }
  return undefined
}

// ---- dates and versions -------------------------------------------------------------------

const DATE_IN_CODE =
  /\bdatetime\.(now|utcnow|today)\s*\(|\bdate\.today\s*\(|\btime\.strftime\s*\(|\bnew Date\s*\(|\bDate\.now\s*\(/
const VERSION_BUMPS = new Set([
  'major',
  'minor',
  'patch',
  'premajor',
  'preminor',
  'prepatch',
  'prerelease',
  'from-git',
])

/** A date or version computed by the step and handed on (output, env, manifest); with what. */
export function versionComputedBy(
  step: Step,
  scripts: Record<string, string>,
): { needle: string; what: 'date' | 'version' } | undefined {
  const script = step.run ?? stepInput(step, 'script') ?? ''
  const handsOn = /GITHUB_OUTPUT|GITHUB_ENV|set-output|setOutput|exportVariable|version|tag/i.test(
    script,
  )
  for (const command of stepCommands(step, scripts)) {
    const words = command.words
    const tool = toolWords(words)
    if (words[0] === 'date' && handsOn) return { needle: command.text, what: 'date' }
    if (
      words[0] === 'npm' &&
      pmSubcommand(words) === 'version' &&
      VERSION_BUMPS.has(operands(words.slice(2))[0] ?? '')
    )
      return { needle: command.text, what: 'version' }
    if (
      (tool[0] === 'poetry' || tool[0] === 'hatch') &&
      tool[1] === 'version' &&
      tool[2] !== undefined &&
      !tool[2].startsWith('-')
    )
      return { needle: command.text, what: 'version' }
    if (
      [
        'bump-my-version',
        'bumpversion',
        'bump2version',
        'standard-version',
        'commit-and-tag-version',
      ].includes(tool[0] ?? '')
    )
      return { needle: command.text, what: 'version' }
    if (tool[0] === 'cz' && tool[1] === 'bump') return { needle: command.text, what: 'version' }
    if (words[0] === 'git' && words[1] === 'describe' && handsOn)
      return { needle: command.text, what: 'version' }
    if (tool[0] === 'semantic-release' && has(tool, '--dry-run', '-d') && handsOn)
      return { needle: command.text, what: 'version' }
  }
  const code = DATE_IN_CODE.exec(script)
  if (code && handsOn) {
    const line = script.split('\n').find((each) => DATE_IN_CODE.test(each)) ?? code[0]
    return { needle: line.trim(), what: 'date' }
  }
  return undefined
}
