// The commands of a step's `run:` script as the tables read them: split into simple commands,
// `npm run x` expanded into the script it names, and the tool behind a runner (`npx`, `uv run`,
// `pnpm exec`) brought forward.
import { calledScript, releaseProfileCommands, scriptCommands } from './followed-scripts.js'
import {
  FLAGS_WITH_VALUE,
  joinPath,
  PACKAGE_MANAGERS,
  readManifest,
  scriptPackages,
  scriptRun,
  taskRuns,
} from './package-scripts.js'
import type { ScriptRun } from './package-scripts.js'
import { commandsIn } from './shell-commands.js'
import type { ShellCommand } from './shell-commands.js'
import type { PlainStep, RepositoryFiles } from './step.js'

export interface Command extends ShellCommand {
  /** The package.json script the command came from (`npm run release`), if any. */
  script: string | undefined
  /** The repository script and line the command is in (`scripts/release.sh:12`), if followed. */
  origin?: string
}

export { PACKAGE_MANAGERS } from './package-scripts.js'
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
  ['yarn node', 2],
  ['npm exec', 2],
  ['uv run', 2],
  ['uv tool run', 3],
  ['poetry run', 2],
  ['pdm run', 2],
  ['python -m', 2],
  ['python3 -m', 2],
  ['py -m', 2],
]
/** The first words of the runners: most commands start with none of them. */
const RUNNER_STARTS = new Set(TOOL_RUNNERS.map(([prefix]) => prefix.split(' ')[0]!))

/**
 * The commands of a step's script, `npm run x` expanded into the script it names (3 levels) and,
 * given the repository's files, the repository scripts it runs followed (2 levels).
 */
export function stepCommands(
  step: PlainStep,
  scripts: Readonly<Record<string, string>>,
  files?: RepositoryFiles,
): Command[] {
  if (step.run === undefined) return []
  // Many questions are asked of each step (and of each step of its job): split its script once.
  const known = commandsCache.get(step)
  if (known?.scripts === scripts && known.run === step.run && known.files === files)
    return known.commands
  const start = startFolder(step.workingDirectory)
  const sources = { scripts: start ? scriptsAt(files, start, scripts) : scripts, files, cwd: start }
  const commands = expand(commandsIn(step.run), sources, undefined, 0)
  commandsCache.set(step, { scripts, files, run: step.run, commands })
  return commands
}

const commandsCache = new WeakMap<
  PlainStep,
  {
    scripts: Readonly<Record<string, string>>
    files: RepositoryFiles | undefined
    run: string
    commands: Command[]
  }
>()

interface Sources {
  scripts: Readonly<Record<string, string>>
  files: RepositoryFiles | undefined
  /** The folder the commands run in, as a repository path ('' for the root). */
  cwd: string
}

/**
 * The commands of the repository script `words` runs (or of the release tool's configured
 * publish command), pointing at the calling command.
 */
function followed(command: Command, sources: Sources, depth: number): Command[] {
  const { files } = sources
  if (files === undefined || depth >= 2) return []
  const words = toolWords(command.words)
  const configured = releaseProfileCommands(words, files, sources.cwd)
  if (configured !== undefined)
    return pointAt(command, expand(configured, sources, command.script, depth + 1))
  const called = calledScript(words)
  if (called === undefined) return []
  const path = joinPath(sources.cwd, called.path)
  const text = files.read(path)
  if (text === undefined) return []
  const inner = expand(
    scriptCommands({ ...called, path }, text),
    sources,
    command.script,
    depth + 1,
  )
  return pointAt(command, inner)
}

function pointAt(command: Command, inner: Command[]): Command[] {
  return inner.map((each) => ({ ...each, text: command.text }))
}

/** A step's literal `working-directory` as a repository path ('' for the root or an expression). */
function startFolder(dir: string | undefined): string {
  if (dir === undefined || dir.includes('${{')) return ''
  return folderAfterCd('', dir) ?? ''
}

/** The folder `cd target` leads to from `cwd`; undefined when it cannot be told (`cd "$dir"`). */
function folderAfterCd(cwd: string, target: string | undefined): string | undefined {
  if (target === undefined) return undefined
  const inWorkspace = /^\$\{?GITHUB_WORKSPACE\}?(\/|$)/.exec(target)
  const parts = inWorkspace || cwd === '' ? [] : cwd.split('/')
  const rest = inWorkspace ? target.slice(inWorkspace[0].length) : target
  if (/[$~`*?]/.test(rest) || rest.startsWith('/') || rest === '-') return undefined
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue
    // Out of the repository (`cd ..` from the root) is not a folder of it.
    if (part === '..' && parts.pop() === undefined) return undefined
    if (part !== '..') parts.push(part)
  }
  return parts.join('/')
}

/** The scripts of the package.json nearest to `dir` (up to the root), as npm finds it. */
function scriptsAt(
  files: RepositoryFiles | undefined,
  dir: string,
  fallback: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  if (files === undefined) return fallback
  for (let current = dir; current !== ''; current = current.split('/').slice(0, -1).join('/')) {
    const manifest = readManifest(files, current)
    if (manifest) return manifest.scripts
  }
  return readManifest(files, '')?.scripts ?? fallback
}

function expand(
  commands: (ShellCommand & { origin?: string })[],
  from: Sources,
  script: string | undefined,
  depth: number,
): Command[] {
  let sources = from
  // The folder (and scripts) each enclosing subshell started with: a `cd` inside one ends with it.
  const outer: Sources[] = []
  const result: Command[] = []
  for (const raw of commands) {
    const level = raw.subshell ?? 0
    while (outer.length < level) outer.push(sources)
    if (outer.length > level) {
      sources = outer[level]!
      outer.length = level
    }
    const { scripts } = sources
    // `pn` is the usual alias of pnpm.
    const command = raw.words[0] === 'pn' ? { ...raw, words: ['pnpm', ...raw.words.slice(1)] } : raw
    // `cd packages/a && npm run release`: the commands after it run there.
    const into =
      command.words[0] === 'cd' ? folderAfterCd(sources.cwd, command.words[1]) : undefined
    if (into !== undefined)
      sources = { ...sources, cwd: into, scripts: scriptsAt(sources.files, into, sources.scripts) }
    result.push({ ...command, script })
    result.push(...followed({ ...command, script }, sources, depth))
    const run = scriptRun(command.words)
    if (run === undefined) {
      // `lerna run release`, `nx run-many -t publish`, `turbo run release` (also `npx nx ...`).
      for (const task of taskRuns(toolWords(command.words)))
        result.push(...runScript(command, task, sources, script, depth))
      continue
    }
    const packages = scriptPackages(run, sources.cwd, scripts, sources.files)
    const withScript = packages.filter((each) => each.scripts[run.name] !== undefined)
    // `yarn semantic-release`, `pnpm changeset publish`: no such script, so the package
    // manager runs the dependency's bin of that name.
    if (withScript.length === 0 && command.words[0] !== 'npm' && command.words[0] !== 'nr') {
      const at = command.words.indexOf(run.name, 1)
      const bin = { ...command, words: command.words.slice(at), script }
      result.push(bin, ...followed(bin, sources, depth))
      for (const task of taskRuns(bin.words))
        result.push(...runScript(command, task, sources, script, depth))
    }
    result.push(...runScript(command, run, sources, script, depth, withScript))
  }
  return result
}

/** The commands of the script `run` names, in each package it runs in, pointing at `command`. */
function runScript(
  command: ShellCommand & { origin?: string },
  run: ScriptRun,
  sources: Sources,
  script: string | undefined,
  depth: number,
  withScript = scriptPackages(run, sources.cwd, sources.scripts, sources.files).filter(
    (each) => each.scripts[run.name] !== undefined,
  ),
): Command[] {
  const result: Command[] = []
  if (depth >= 3) return result
  for (const target of withScript) {
    // npm appends what follows `--` to the end of the script (`npm run release -- --no-npm`).
    const extra = run.task ? [] : scriptArguments(command.words, run.name)
    const body = target.scripts[run.name]!
    const full = extra.length > 0 ? `${body} ${extra.map(quoteWord).join(' ')}` : body
    const inner = { ...sources, scripts: target.scripts, cwd: target.dir }
    result.push(
      ...expand(commandsIn(full), inner, script ?? run.name, depth + 1).map((each) => ({
        ...each,
        text: command.text,
        ...(command.origin === undefined ? {} : { origin: each.origin ?? command.origin }),
      })),
    )
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
  return scriptRun(words)?.name
}

/** The words that are not flags (nor flags' values). */
export function operands(words: string[]): string[] {
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
    if (!RUNNER_STARTS.has(current[0]!)) break
    const runner = TOOL_RUNNERS.find(
      ([prefix, count]) =>
        prefix === (count === 1 ? current[0] : current.slice(0, count).join(' ')),
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
export function runsPackageManager(words: string[]): boolean {
  return PACKAGE_MANAGERS.has(words[0]!) && toolWords(words)[0] === words[0]
}

/**
 * Whether any of the words is one of `flags`. A dry-run flag counts only when the dry run is sure:
 * `--dry-run` with no value or a literal true one (`--dry-run=true`); `--dry-run "$DRY_RUN"`,
 * `--dry-run false` or `--dry-run=${{ inputs.dry }}` may well be a real run.
 */
export const has = (words: string[], ...flags: string[]) =>
  words.some((word, index) => {
    if (DRY_RUN_FLAG.test(word)) return flags.includes(word) && !unsureValue(words[index + 1])
    const at = word.indexOf('=')
    const flag = word.slice(0, at)
    if (at > 0 && DRY_RUN_FLAG.test(flag))
      return flags.includes(flag) && /^(true|1|yes)$/i.test(word.slice(at + 1))
    return flags.includes(word)
  })

const DRY_RUN_FLAG = /^--dry-?run$/

/** A word after `--dry-run` that makes it maybe false: `false`, `0`, a variable, an expression. */
function unsureValue(value: string | undefined): boolean {
  return value !== undefined && (/^(false|0|no)$/i.test(value) || /\$/.test(value))
}

/** `npm ci` gives `ci`: a package manager's subcommand. */
export function pmSubcommand(words: string[]): string | undefined {
  return operands(words.slice(1))[0]
}
