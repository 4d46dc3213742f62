// The scripts of the repository a command runs (`./scripts/release.sh`, `bash scripts/x.sh`,
// `node scripts/publish.mjs`, `python scripts/x.py`, `tsx scripts/x.ts`), read for what they do
// for a release: the shell commands of a shell script, and the commands a JavaScript, TypeScript
// or Python script starts (`execa('npm', ['publish'])`, `subprocess.run(['twine', 'upload'])`,
// `` $`npm publish` ``). Nothing is run: the files are only read.
import { joinPath } from './package-scripts.js'
import { commandsIn } from './shell-commands.js'
import type { ShellCommand } from './shell-commands.js'
import type { RepositoryFiles } from './step.js'

export interface CalledScript {
  /** The path as the repository names it (`scripts/release.sh`). */
  path: string
  kind: 'shell' | 'code'
}

/** A command found in a followed script, with the file and line it is on. */
export interface ScriptCommand extends ShellCommand {
  origin: string
}

const SHELLS = /^(ba|z|da|k)?sh$/
const CODE_RUNNERS = new Set([
  'node',
  'tsx',
  'ts-node',
  'ts-node-esm',
  'esno',
  'esr',
  'jiti',
  'vite-node',
  'babel-node',
  'zx',
  'bun',
  'deno',
  'python',
  'python3',
  'py',
])
const CODE_FILE = /\.(m?[jt]s|c[jt]s|py)$/
const SHELL_FILE = /\.(sh|bash)$/

/** Flags of Node.js and the TypeScript runners that take a value (`node --import tsx x.ts`). */
const RUNNER_FLAGS_WITH_VALUE = new Set([
  '--import',
  '-r',
  '--require',
  '--loader',
  '--experimental-loader',
  '--env-file',
  '--tsconfig',
  '--conditions',
  '--title',
])

/** The repository script a command runs, if it names one by a relative path. */
export function calledScript(words: readonly string[]): CalledScript | undefined {
  const [first, ...rest] = words
  if (first === undefined) return undefined
  if (isRelativePath(first)) {
    if (CODE_FILE.test(first)) return { path: normalise(first), kind: 'code' }
    // `./ship`, `scripts/publish`: an executable without an extension (read by its #! line).
    if (SHELL_FILE.test(first) || /^\.\.?\//.test(first) || !/\.[^/]*$/.test(first))
      return { path: normalise(first), kind: 'shell' }
    return undefined
  }
  // `deno run x.ts`, `bun run x.ts`.
  const args = (first === 'deno' || first === 'bun') && rest[0] === 'run' ? rest.slice(1) : rest
  const operand = args.find(
    (word, index) =>
      !word.startsWith('-') &&
      !(CODE_RUNNERS.has(first) && RUNNER_FLAGS_WITH_VALUE.has(args[index - 1] ?? '')),
  )
  if (operand === undefined || !isRelativePath(operand)) return undefined
  if (SHELLS.test(first) && !rest.includes('-c')) return { path: normalise(operand), kind: 'shell' }
  if (CODE_RUNNERS.has(first) && CODE_FILE.test(operand) && !rest.includes('-m'))
    return { path: normalise(operand), kind: 'code' }
  return undefined
}

function isRelativePath(word: string): boolean {
  return (
    (word.includes('/') || SHELL_FILE.test(word) || CODE_FILE.test(word)) &&
    /^[\w.@+-][\w./@+-]*$/.test(word) &&
    !word.startsWith('/') &&
    !/(^|\/)\.\.(\/|$)/.test(word)
  )
}

function normalise(path: string): string {
  return path.replace(/^(\.\/)+/, '')
}

/** The commands of a followed script, each with `path:line`. */
export function scriptCommands(script: CalledScript, text: string): ScriptCommand[] {
  return script.kind === 'shell' && !CODE_INTERPRETER.test(text)
    ? shellScriptCommands(script.path, text)
    : codeCommands(script.path, text)
}

/** A `#!` line naming Node, Deno, Bun or Python: the file is code, whatever its name. */
const CODE_INTERPRETER = /^#![^\n]*\b(node|deno|bun|tsx|ts-node|zx|python[\d.]*)\b/

function shellScriptCommands(path: string, text: string): ScriptCommand[] {
  const lines = text.split('\n')
  return commandsIn(text).map((command) => {
    const head = command.text.split('\n')[0]!
    const index = lines.findIndex((line) => line.includes(head))
    return { ...command, origin: `${path}:${index < 0 ? 1 : index + 1}` }
  })
}

const TOOLS = 'npm|pnpm|yarn|bun|npx|twine|git|gh|uv|poetry|hatch|flit|pdm|maturin|changeset'
const QUOTED = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g
/** `execa('npm', ['publish', ...])`, `spawn("git", ["tag", v])`, `runIfNotDry('npm', ['publish'])`. */
const TOOL_AND_ARRAY = new RegExp(`(['"\`])(${TOOLS})\\1\\s*,\\s*\\[([^\\]]*)\\]`, 'g')
/** `subprocess.run(['twine', 'upload', ...])`, `[sys.executable, '-m', 'twine', 'upload']`. */
const ARRAY_COMMAND = new RegExp(
  `\\[\\s*(?:sys\\.executable\\s*,\\s*(['"])-m\\1\\s*,\\s*)?(['"])(${TOOLS})\\2\\s*,([^\\]]*)\\]`,
  'g',
)
/** `execSync('npm publish')`, `` $`npm publish` ``, `os.system("twine upload dist/*")`. */
const STRING_COMMAND = new RegExp(
  `(?:\\$(?:\\([^()]*\\))?|\\b(?:exec|execSync|execa|execaCommand|execaCommandSync|spawnSync|run|check_call|check_output|call|system|popen|sh|shell|command)\\s*\\(\\s*)(['"\`])((?:${TOOLS})\\s[^'"\`]*)\\1`,
  'g',
)

/**
 * Release libraries called from code: the function that publishes, and the command it amounts to
 * (`releasePublish()` of `nx/release` is `nx release publish`; `publish()` of
 * `@vitejs/release-scripts` runs `pnpm publish`). `default` is the module's default export.
 */
const LIBRARY_CALLS: { module: RegExp; calls: Record<string, string[]> }[] = [
  {
    module: /^nx\/release(\/|$)/,
    calls: { releasePublish: ['nx', 'release', 'publish'], release: ['nx', 'release'] },
  },
  { module: /^@vitejs\/release-scripts$/, calls: { publish: ['pnpm', 'publish'] } },
  { module: /^semantic-release$/, calls: { default: ['semantic-release'] } },
  { module: /^release-it$/, calls: { default: ['release-it'] } },
]
const IMPORT =
  /^\s*import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*(['"])([^'"]+)\3|(?:const|let|var)\s+(?:(\w+)|\{([^}]*)\})\s*=\s*(?:await\s+import|require)\(\s*(['"])([^'"]+)\7\s*\)/

/** Local names of the release library functions a file imports, to the command each amounts to. */
function libraryFunctions(lines: readonly string[]): Map<string, string[]> {
  const functions = new Map<string, string[]>()
  const joined = lines.join('\n').replace(/\{[^}]*\}/g, (names) => names.replace(/\n/g, ' '))
  for (const line of joined.split('\n')) {
    const match = IMPORT.exec(line)
    if (!match) continue
    const module = match[4] ?? match[8]!
    const library = LIBRARY_CALLS.find((each) => each.module.test(module))
    if (library === undefined) continue
    const fallback = match[1] ?? match[5]
    if (fallback !== undefined && library.calls.default)
      functions.set(fallback, library.calls.default)
    for (const part of (match[2] ?? match[6] ?? '').split(',')) {
      const [name, local] = part.split(/\s+as\s+|\s*:\s*/).map((word) => word.trim())
      const words = name ? library.calls[name] : undefined
      if (words) functions.set(local || name!, words)
    }
  }
  return functions
}

/** A template literal's `${...}` (one level): `${dryRun ? ['--dry-run'] : []}`, `${tag}`. */
const INTERPOLATION = /\$\{[^{}]*\}/g

/**
 * What a command keeps of an interpolated value: a dry-run flag put in only under a condition
 * (`${dry ? '--dry-run' : ''}`) is MAYBE_DRY_RUN, read with the env of the step that runs it.
 */
function interpolated(value: string): string {
  return /--dry-?run\b/.test(value) ? MAYBE_DRY_RUN : 'VALUE'
}

/** Stands for a dry-run flag a script adds when its environment asks for one. */
export const MAYBE_DRY_RUN = '--dry-run-if-asked'

function codeCommands(path: string, text: string): ScriptCommand[] {
  const commands: ScriptCommand[] = []
  const lines = text.split('\n')
  const functions = libraryFunctions(lines)
  const called =
    functions.size === 0
      ? undefined
      : new RegExp(`(?<![\\w.])(${[...functions.keys()].join('|')})\\s*\\(`, 'g')
  lines.forEach((line, index) => {
    const origin = `${path}:${index + 1}`
    if (/^\s*(\/\/|#|\*)/.test(line)) return
    if (called !== undefined && !IMPORT.test(line))
      for (const match of line.matchAll(called)) {
        const words = functions.get(match[1]!)!
        const options = callArguments(lines, index, match.index + match[0].length)
        commands.push({
          text: line.trim(),
          words: DRY_RUN_OPTION.test(options) ? [...words, '--dry-run'] : words,
          origin,
        })
      }
    for (const match of line.matchAll(TOOL_AND_ARRAY))
      commands.push({ text: line.trim(), words: [match[2]!, ...quoted(match[3]!)], origin })
    for (const match of line.matchAll(ARRAY_COMMAND)) {
      const words = [match[3]!, ...quoted(match[4]!)]
      if (
        !commands.some((each) => each.origin === origin && each.words.join(' ') === words.join(' '))
      )
        commands.push({ text: line.trim(), words, origin })
    }
    for (const match of line.replace(INTERPOLATION, interpolated).matchAll(STRING_COMMAND))
      for (const command of commandsIn(match[2]!))
        commands.push({ ...command, text: line.trim(), origin })
  })
  return commands
}

/** A library call's own `dryRun: true` option (`'dry-run': true` for release-it): a dry run. */
const DRY_RUN_OPTION = /(?<![\w$])(dryRun|(['"])dry-run\2)\s*:\s*true\b/

/**
 * The text of a call's arguments, from just after its `(` to the `)` that closes it (or the end
 * of the 50 lines read): `semanticRelease({ dryRun: true, ... })` over several lines.
 */
function callArguments(lines: readonly string[], index: number, from: number): string {
  let depth = 1
  let text = ''
  for (const [at, line] of lines.slice(index, index + 50).entries()) {
    const rest = at === 0 ? line.slice(from) : line
    for (let offset = 0; offset < rest.length; offset += 1) {
      if (rest[offset] === '(') depth += 1
      else if (rest[offset] === ')') depth -= 1
      if (depth === 0) return text + rest.slice(0, offset)
    }
    text += `${rest}\n`
  }
  return text
}

function quoted(list: string): string[] {
  return [...list.matchAll(QUOTED)].map((match) => match[2]!)
}

/**
 * `release publish` of @ossjs/release runs the `use` command of a profile of release.config.json
 * (`--profile`, else `latest`), or the root-level `use` of its earlier releases, or the `script`
 * of the earliest ones' ossjs.release.config.js (read, never run: a string literal only): its
 * commands, each at its line of the file. Undefined for any other command (and when the
 * repository does not use that tool); [] when no command is read.
 */
export function releaseProfileCommands(
  tool: readonly string[],
  files: RepositoryFiles,
  cwd: string,
): ScriptCommand[] | undefined {
  if (tool[0] !== 'release' || tool[1] !== 'publish' || !usesOssjsRelease(files, cwd))
    return undefined
  const flag = tool.findIndex((word) => word === '--profile' || word === '-p')
  const wanted =
    (flag >= 0 ? tool[flag + 1] : tool.find((word) => word.startsWith('--profile='))?.slice(10)) ??
    'latest'
  const path = joinPath(cwd, 'release.config.json')
  const text = files.read(path)
  if (text === undefined) return scriptOfJsConfig(files, cwd, wanted)
  let config: { profiles?: unknown; use?: unknown }
  try {
    config = JSON.parse(text) as { profiles?: unknown; use?: unknown }
  } catch {
    return []
  }
  const profiles = config?.profiles
  const use = Array.isArray(profiles)
    ? (profiles as { name?: unknown; use?: unknown }[]).find((each) => each?.name === wanted)?.use
    : config?.use
  if (typeof use !== 'string') return []
  const lines = text.split('\n')
  const at = lines.findIndex(
    (line) => /"use"\s*:/.test(line) && line.includes(JSON.stringify(use).slice(1, -1)),
  )
  return configuredCommands(use, `${path}:${at < 0 ? 1 : at + 1}`)
}

function configuredCommands(command: string, origin: string): ScriptCommand[] {
  return commandsIn(command).map((each) => ({ ...each, origin }))
}

/** A string literal: '...', "..." or a template without `${}`. */
const STRING_LITERAL = String.raw`(?:'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|${'`'}((?:\\.|[^${'`'}\\$])*)${'`'})`

/**
 * ossjs.release.config.js (`module.exports = { script: 'npm publish' }`, or a profile's `use`
 * in the same shape as release.config.json): read as text, never run. Anything but one plain
 * string literal (a variable, a function call, two candidates) reads as nothing: [].
 */
function scriptOfJsConfig(files: RepositoryFiles, cwd: string, wanted: string): ScriptCommand[] {
  const path = joinPath(cwd, 'ossjs.release.config.js')
  const text = files.read(path)
  if (text === undefined || !/(module\.exports\s*=|export\s+default)\s*\{/.test(text)) return []
  const code = text.replace(/^\s*\/\/.*$/gm, (line) => ' '.repeat(line.length))
  const literal = (match: RegExpExecArray, from: number) =>
    (match[from] ?? match[from + 1] ?? match[from + 2])!.replace(/\\(.)/g, '$1')
  const lineOf = (index: number) => code.slice(0, index).split('\n').length
  const scripts = [
    ...code.matchAll(
      new RegExp(String.raw`(?:^|[{,\s])['"]?script['"]?\s*:\s*${STRING_LITERAL}\s*[,}\n]`, 'g'),
    ),
  ]
  const profiles = [
    ...code.matchAll(
      new RegExp(
        String.raw`\{[^{}]*?\bname\s*:\s*${STRING_LITERAL}[^{}]*?\buse\s*:\s*${STRING_LITERAL}[^{}]*\}`,
        'g',
      ),
    ),
  ].filter((match) => literal(match, 1) === wanted)
  const found = [
    ...scripts.map((match) => ({
      command: literal(match, 1),
      index: match.index + match[0].search(/script/),
    })),
    ...profiles.map((match) => ({
      command: literal(match, 4),
      index: match.index + match[0].search(/\buse\s*:/),
    })),
  ]
  if (found.length !== 1) return []
  return configuredCommands(found[0]!.command, `${path}:${lineOf(found[0]!.index)}`)
}

/** The package.json of the folder (or of the repository) lists @ossjs/release. */
export function usesOssjsRelease(files: RepositoryFiles, cwd = ''): boolean {
  for (const dir of new Set([cwd, ''])) {
    const text = files.read(joinPath(dir, 'package.json'))
    if (text === undefined) continue
    try {
      const manifest = JSON.parse(text) as Record<string, unknown>
      for (const field of ['dependencies', 'devDependencies'])
        if (Object.hasOwn((manifest[field] as object | undefined) ?? {}, '@ossjs/release'))
          return true
    } catch {
      // not JSON: not read
    }
  }
  return false
}
