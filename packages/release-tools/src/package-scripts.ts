// Which package.json script a package manager's command runs, and whose: `npm run x`, `pnpm x`,
// `yarn workspace @a/b x`, `pnpm --filter ./packages/b run x`, `npm -w b run x`,
// `pnpm -C packages/b x`, `pnpm -r run x`. The workspace packages are found through
// pnpm-workspace.yaml or package.json `workspaces`, read from the repository's files.
import type { RepositoryFiles } from './step.js'

export const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun'])

/** Subcommands of npm, pnpm, yarn or bun: `pnpm <name>` runs a script only for other names. */
export const PM_BUILTINS = new Set(
  'install i ci add remove rm uninstall update up upgrade publish pack exec dlx test t run run-script link unlink audit outdated list ls why config set get version init create info view login logout whoami deprecate dist-tag store prune rebuild import fetch workspaces workspace npm cache patch env setup dedupe licenses bin root help x start stop restart recursive -r stage'.split(
    ' ',
  ),
)
/** Commands of one of them only: `bun build` bundles, `yarn node` starts Node.js. */
const OWN_BUILTINS: Record<string, Set<string>> = {
  bun: new Set(['build', 'repl', 'pm', 'upgrade', 'completions']),
  yarn: new Set(['node', 'constraints', 'plugin', 'explain']),
  pnpm: new Set(['deploy', 'doctor', 'server', 'self-update', 'approve-builds', 'ignored-builds']),
}

/** Flags of the package managers (and of the tools their scripts start) that take a value. */
export const FLAGS_WITH_VALUE = new Set([
  '--filter',
  '-F',
  '--filter-prod',
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

/** `yarn workspaces foreach --from '@a/*' run x`: flags whose value is not the script. */
const SELECTING_FLAGS = new Set(['--include', '--exclude', '--from'])

/** What a package manager's command asks for: a script, and in which package(s). */
export interface ScriptRun {
  name: string
  /** `run x` spelled out (npm and bun need it; yarn and pnpm then run no bin of that name). */
  explicit: boolean
  /** `-C dir`, `--dir`, `--prefix`, `--cwd`: the folder whose package.json is read. */
  dir: string | undefined
  /** `--filter`, `-w`, `yarn workspace <name>`: the workspace packages named. */
  selectors: string[]
  /** `-r`, `--workspaces`, `yarn workspaces foreach`: every workspace package. */
  everyPackage: boolean
  /** `pnpm -w`: the workspace root. */
  root: boolean
  /** Run by a monorepo task runner (lerna, nx, turbo): no words are handed to the script. */
  task?: boolean
}

/** `--dir=x` as `--dir x`. */
function splitFlags(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const match = /^(--?[\w-]+)=(.*)$/.exec(word)
    return match && FLAGS_WITH_VALUE.has(match[1]!) ? [match[1]!, match[2]!] : [word]
  })
}

/** The script a package manager's command runs (npm, pnpm, yarn, bun; `nr` of ni), if any. */
export function scriptRun(words: readonly string[]): ScriptRun | undefined {
  const manager = words[0]
  if (manager === 'nr') return words[1] ? scriptRun(['npm', 'run', ...words.slice(1)]) : undefined
  if (manager === undefined || !PACKAGE_MANAGERS.has(manager)) return undefined
  const run: ScriptRun = {
    name: '',
    explicit: false,
    dir: undefined,
    selectors: [],
    everyPackage: false,
    root: false,
  }
  const rest: string[] = []
  const list = splitFlags(words.slice(1))
  for (let index = 0; index < list.length; index++) {
    const word = list[index]!
    const value = list[index + 1]
    if (['-C', '--dir', '--prefix', '--cwd'].includes(word)) run.dir = value
    else if (['--filter', '-F', '--filter-prod'].includes(word)) run.selectors.push(value ?? '')
    else if (manager === 'npm' && (word === '-w' || word === '--workspace'))
      run.selectors.push(value ?? '')
    else if (manager === 'pnpm' && (word === '-w' || word === '--workspace-root')) {
      run.root = true
      continue
    } else if (['-r', '--recursive', '--workspaces', '-ws'].includes(word)) {
      run.everyPackage = true
      continue
    }
    if (word.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(word) || SELECTING_FLAGS.has(word)) index++
      continue
    }
    rest.push(word)
  }
  let sub = rest[0]
  if (manager === 'yarn' && sub === 'workspace' && rest[1] !== undefined) {
    run.selectors.push(rest[1])
    rest.splice(0, 2)
    sub = rest[0]
  } else if (manager === 'yarn' && sub === 'workspaces' && /^(foreach|run)$/.test(rest[1] ?? '')) {
    run.everyPackage = true
    rest.splice(0, 2)
    sub = rest[0]
  }
  if (sub === 'run' || sub === 'run-script') {
    if (rest[1] === undefined) return undefined
    return { ...run, name: rest[1], explicit: true }
  }
  if (
    sub === undefined ||
    manager === 'npm' ||
    PM_BUILTINS.has(sub) ||
    OWN_BUILTINS[manager]?.has(sub)
  )
    return undefined
  // `bun ./x.ts` runs a file; `yarn workspace a build` a script.
  if (manager === 'bun' && /[./]/.test(sub)) return undefined
  return { ...run, name: sub }
}

/** turbo's own commands: `turbo <other>` runs the task of that name. */
const TURBO_COMMANDS = new Set(
  'prune login logout link unlink gen generate daemon ls info query scan telemetry boundaries bin completion devtools help'.split(
    ' ',
  ),
)
/** Flags of lerna, nx and turbo that take a value (spelled apart from it). */
const TASK_FLAGS_WITH_VALUE = new Set([
  '--scope',
  '--ignore',
  '--since',
  '--concurrency',
  '-p',
  '--projects',
  '--exclude',
  '--base',
  '--head',
  '--parallel',
  '--configuration',
  '-c',
  '--filter',
  '-F',
  '--cache-dir',
  '--output-logs',
  '--log-order',
  '--env-mode',
  '--cache',
  '--graph',
  '--summarize',
  '--log-prefix',
])

/**
 * The package.json scripts a monorepo task runner runs: `lerna run x` (`--scope`), `nx run-many -t
 * x y` (`-p`), `nx affected -t x`, `nx run proj:x`, `turbo run x` and `turbo x` (`--filter`) run
 * the script of that name in each workspace package that has one (nx and turbo read a package's
 * scripts as its targets). Not read: targets defined only in project.json or turbo.json.
 */
export function taskRuns(words: readonly string[]): ScriptRun[] {
  const [tool, sub] = words
  const list = splitTaskFlags(words.slice(1))
  const flagValues = (...names: string[]) =>
    list.flatMap((word, index) => (names.includes(list[index - 1] ?? '') ? [word] : []))
  const plain = list.filter(
    (word, index) => !word.startsWith('-') && !TASK_FLAGS_WITH_VALUE.has(list[index - 1] ?? ''),
  )
  const runs = (names: string[], selectors: string[]): ScriptRun[] =>
    names
      .flatMap((name) => name.split(','))
      .filter((name) => name !== '')
      .map((name) => ({
        name,
        explicit: true,
        dir: undefined,
        selectors,
        everyPackage: true,
        root: false,
        task: true,
      }))
  if (tool === 'lerna' && sub === 'run' && plain[1] !== undefined)
    return runs([plain[1]], flagValues('--scope'))
  if (tool === 'nx') {
    const projects = flagValues('-p', '--projects').flatMap((value) => value.split(','))
    if (sub === 'run-many' || sub === 'affected') {
      // `-t build test`: the targets go on until the next flag.
      const targets: string[] = flagValues('--target', '--targets')
      list.forEach((word, index) => {
        if (word !== '-t') return
        for (const next of list.slice(index + 1)) {
          if (next.startsWith('-')) break
          targets.push(next)
        }
      })
      return runs(targets, projects)
    }
    const legacy = /^affected:(.+)$/.exec(sub ?? '')
    if (legacy) return runs([legacy[1]!], projects)
    const target = sub === 'run' ? plain[1] : undefined
    const [project, name] = target?.split(':') ?? []
    if (project && name) return runs([name], [project])
    return []
  }
  if (tool === 'turbo') {
    const tasks = sub === 'run' || sub === 'watch' ? plain.slice(1) : plain
    if (tasks[0] === undefined || TURBO_COMMANDS.has(tasks[0])) return []
    return runs(tasks, flagValues('--filter', '-F'))
  }
  return []
}

/** `--scope=x` as `--scope x`. */
function splitTaskFlags(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const match = /^(--?[\w-]+)=(.*)$/.exec(word)
    return match && (TASK_FLAGS_WITH_VALUE.has(match[1]!) || /^--targets?$/.test(match[1]!))
      ? [match[1]!, match[2]!]
      : [word]
  })
}

/** One package a script runs in: its folder in the repository ('' for the root) and scripts. */
export interface ScriptPackage {
  dir: string
  scripts: Readonly<Record<string, string>>
}

interface Manifest {
  name: string | undefined
  scripts: Record<string, string>
  /** The names of its dependencies of every kind (to follow pnpm's `foo...` selectors). */
  dependencies: string[]
}

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
]

/** A package.json's name and scripts; undefined when there is none (or it is not JSON). */
export function readManifest(files: RepositoryFiles, dir: string): Manifest | undefined {
  const text = files.read(joinPath(dir, 'package.json'))
  if (text === undefined) return undefined
  try {
    const value = JSON.parse(text) as Record<string, unknown> & {
      scripts?: Record<string, unknown>
    }
    const scripts: Record<string, string> = {}
    for (const [name, body] of Object.entries(value.scripts ?? {}))
      if (typeof body === 'string') scripts[name] = body
    const dependencies = DEPENDENCY_FIELDS.flatMap((field) => {
      const list = value[field]
      return typeof list === 'object' && list !== null ? Object.keys(list) : []
    })
    return { name: typeof value.name === 'string' ? value.name : undefined, scripts, dependencies }
  } catch {
    return undefined
  }
}

/** `a` + `b` as a repository path: no `./`, no `..` out of the repository (undefined then). */
export function joinPath(dir: string, path: string): string {
  const parts: string[] = []
  for (const part of `${dir}/${path}`.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}

/**
 * The packages `run` runs its script in, from the folder `cwd` (repository path) whose scripts are
 * `scripts`; undefined when they cannot be read (no repository files, or a package not found).
 */
export function scriptPackages(
  run: ScriptRun,
  cwd: string,
  scripts: Readonly<Record<string, string>>,
  files: RepositoryFiles | undefined,
): ScriptPackage[] {
  const selecting = run.selectors.length > 0 || run.everyPackage
  if (files === undefined) return selecting || run.dir !== undefined ? [] : [{ dir: cwd, scripts }]
  if (run.root) {
    const manifest = readManifest(files, '')
    return manifest ? [{ dir: '', scripts: manifest.scripts }] : []
  }
  if (selecting) {
    const packages = workspacePackages(files)
    const chosen = run.selectors.some((selector) => !selector.startsWith('!'))
      ? packages.filter((each) =>
          run.selectors.some((selector) => selected(selector, packages).has(each)),
        )
      : packages
    return chosen.map(({ dir, manifest }) => ({ dir, scripts: manifest.scripts }))
  }
  if (run.dir === undefined) return [{ dir: cwd, scripts }]
  const dir = joinPath(cwd, run.dir)
  const manifest = readManifest(files, dir)
  return manifest ? [{ dir, scripts: manifest.scripts }] : []
}

interface WorkspacePackage {
  dir: string
  manifest: Manifest
}

/**
 * The packages a pnpm or turbo `--filter` names, with the dependency selectors: `foo...` (foo and
 * the workspace packages it depends on), `foo^...` (those only), `...foo` (foo and the packages
 * that depend on it), `...^foo`, and `[origin/main]` (the packages changed since a commit: any of
 * them may be, so every package).
 */
function selected(selector: string, packages: readonly WorkspacePackage[]): Set<WorkspacePackage> {
  if (selector.startsWith('!')) return new Set()
  const dependencies = /\.\.\.$/.test(selector)
  const dependents = /^\.\.\./.test(selector)
  const withoutSelf = /\^\.\.\.$|^\.\.\.\^/.test(selector)
  const core = selector.replace(/^\.\.\.\^?|\^?\.\.\.$/g, '')
  const since = /\[[^\]]*\]$/.test(core)
  const base = core.replace(/\[[^\]]*\]$/, '').replace(/^\{(.*)\}$/, '$1')
  const start = new Set(
    base === '' && since ? packages : packages.filter((each) => selects(base, each)),
  )
  if (!dependencies && !dependents) return start
  const byName = new Map(packages.map((each) => [each.manifest.name, each]))
  const found = new Set<WorkspacePackage>(withoutSelf ? [] : start)
  const queue = [...start]
  while (queue.length > 0) {
    const current = queue.pop()!
    const next = dependencies
      ? current.manifest.dependencies.map((name) => byName.get(name))
      : packages.filter((each) => each.manifest.dependencies.includes(current.manifest.name ?? ''))
    for (const each of next)
      if (each !== undefined && !found.has(each)) {
        found.add(each)
        queue.push(each)
      }
  }
  return found
}

/** A pnpm `--filter`, npm `-w` or yarn workspace selector: a name (with `*`) or a path. */
function selects(selector: string, { dir, manifest }: WorkspacePackage): boolean {
  const bare = selector.replace(/^\{(.*)\}$/, '$1').replace(/^\^?\.\.\.|\.\.\.\^?$/g, '')
  if (bare.startsWith('!') || bare === '') return false
  if (bare.startsWith('./') || bare.startsWith('../') || bare.includes('/**') || bare === '.') {
    return globMatches(joinPath('', bare), dir)
  }
  if (manifest.name !== undefined && globMatches(bare, manifest.name, true)) return true
  // npm's `-w packages/a` names the folder.
  return !bare.startsWith('@') && bare.includes('/') && joinPath('', bare) === dir
}

/** Each pattern compiled once: every workspace package is matched against each selector. */
const globs = new Map<string, RegExp>()

function globMatches(pattern: string, text: string, name = false): boolean {
  const key = `${name ? 'name' : 'path'}:${pattern}`
  let glob = globs.get(key)
  if (glob === undefined) {
    const source = pattern
      .split(/(\*\*\/?|\*)/)
      .map((part) =>
        part.startsWith('**') ? '.*' : part === '*' ? (name ? '.*' : '[^/]*') : escape(part),
      )
      .join('')
    glob = new RegExp(`^${source}$`)
    if (globs.size > 1000) globs.clear()
    globs.set(key, glob)
  }
  return glob.test(text)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const workspaceCache = new WeakMap<RepositoryFiles, WorkspacePackage[]>()
const PACKAGE_LIMIT = 500

/** The workspace packages (not the root): pnpm-workspace.yaml's `packages`, package.json's `workspaces`. */
export function workspacePackages(files: RepositoryFiles): WorkspacePackage[] {
  const known = workspaceCache.get(files)
  if (known) return known
  const patterns = workspacePatterns(files)
  const include = patterns.filter((pattern) => !pattern.startsWith('!'))
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((p) => p.slice(1))
  const dirs = new Set<string>()
  for (const pattern of include)
    for (const dir of expandGlob(files, joinPath('', pattern)))
      if (dirs.size < PACKAGE_LIMIT) dirs.add(dir)
  const packages: WorkspacePackage[] = []
  for (const dir of [...dirs].sort()) {
    if (dir === '' || exclude.some((pattern) => globMatches(joinPath('', pattern), dir))) continue
    const manifest = readManifest(files, dir)
    if (manifest) packages.push({ dir, manifest })
  }
  workspaceCache.set(files, packages)
  return packages
}

function workspacePatterns(files: RepositoryFiles): string[] {
  const yaml = files.read('pnpm-workspace.yaml')
  if (yaml !== undefined) {
    const section = /^packages:[ \t]*\n((?:(?:[ \t]+|-).*\n?|[ \t]*\n)*)/m.exec(yaml)?.[1] ?? ''
    const flow = /^packages:\s*\[([^\]]*)\]/m.exec(yaml)?.[1]
    const items = flow
      ? flow.split(',')
      : [...section.matchAll(/^\s*-\s*(.+?)\s*$/gm)].map((match) => match[1]!)
    return items.map((item) => item.trim().replace(/^(['"])(.*)\1$/, '$2')).filter(Boolean)
  }
  let list: unknown
  try {
    const manifest = JSON.parse(files.read('package.json') ?? '{}') as {
      workspaces?: unknown
    }
    const workspaces = manifest.workspaces
    list = Array.isArray(workspaces)
      ? workspaces
      : (workspaces as { packages?: unknown } | undefined)?.packages
  } catch {
    list = undefined
  }
  // Lerna's own list (`packages` of lerna.json, `packages/*` when it says none).
  const lerna = Array.isArray(list) ? undefined : files.read('lerna.json')
  if (lerna !== undefined) {
    try {
      list = (JSON.parse(lerna) as { packages?: unknown }).packages ?? ['packages/*']
    } catch {
      list = undefined
    }
  }
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
}

/** The folders a workspace pattern (`packages/*`, `packages/**`, `apps/web`) names. */
function expandGlob(files: RepositoryFiles, pattern: string): string[] {
  if (files.list === undefined) return pattern.includes('*') ? [] : [pattern]
  let current = ['']
  for (const part of pattern.split('/')) {
    const next: string[] = []
    for (const dir of current) {
      if (part === '**') {
        next.push(...subfolders(files, dir, 3))
      } else if (part.includes('*')) {
        for (const name of files.list(dir) ?? [])
          if (globMatches(part, name) && name !== 'node_modules') next.push(joinPath(dir, name))
      } else next.push(joinPath(dir, part))
    }
    current = next.slice(0, PACKAGE_LIMIT)
  }
  return current
}

function subfolders(files: RepositoryFiles, dir: string, depth: number): string[] {
  const found = [dir]
  if (depth === 0) return found
  for (const name of files.list?.(dir) ?? [])
    if (name !== 'node_modules' && !name.startsWith('.'))
      found.push(...subfolders(files, joinPath(dir, name), depth - 1))
  return found
}
