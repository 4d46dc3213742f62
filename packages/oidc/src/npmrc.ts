import { readFile } from 'node:fs/promises'
import { dirname, join, parse, resolve } from 'node:path'
import type { Environment } from '@tokenless/platform'

/** One `key=value` line of an .npmrc, read as npm's `ini` package (6.x) reads it. */
export interface IniEntry {
  /** The key as written, unquoted (`"//host/:_authToken"` -> `//host/:_authToken`), before `${VAR}` expansion. */
  key: string
  /** The value, unquoted; `true` for a bare key. */
  value: string | true
  /** 1-based, counting every line break ini splits on (`\n`, `\r`). */
  line: number
  /** The `[section]` above the line, if any. */
  section?: string
}

function isQuoted(text: string): boolean {
  return (
    (text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'"))
  )
}

/** ini's `unsafe`: trims, unquotes (JSON for "..."), cuts at the first unescaped ; or #. */
function unsafe(raw: string): string {
  const text = raw.trim()
  if (isQuoted(text)) {
    const inner = text.startsWith("'") ? text.slice(1, -1) : text
    try {
      return String(JSON.parse(inner))
    } catch {
      return inner
    }
  }
  let escaped = false
  let out = ''
  for (const char of text) {
    if (escaped) {
      out += '\\;#'.includes(char) ? char : `\\${char}`
      escaped = false
    } else if (char === ';' || char === '#') break
    else if (char === '\\') escaped = true
    else out += char
  }
  return (escaped ? `${out}\\` : out).trim()
}

/** Parses an .npmrc the way npm does (ini 6: quoted keys and values, `[section]`, `key[]`, comments). */
export function parseIni(text: string): IniEntry[] {
  const entries: IniEntry[] = []
  let section: string | undefined
  // ini splits on /[\r\n]+/: a lone \r ends a line too. Line numbers count each break.
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (!line || /^\s*[;#]/.test(line) || /^\s*$/.test(line)) return
    const match = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/.exec(line)
    if (!match) return
    if (match[1] !== undefined) {
      section = unsafe(match[1])
      return
    }
    let key = unsafe(match[2] ?? '')
    if (key.length > 2 && key.endsWith('[]')) key = key.slice(0, -2)
    if (key === '__proto__') return
    entries.push({
      key,
      value: match[3] ? unsafe(match[4] ?? '') : true,
      line: index + 1,
      ...(section === undefined ? {} : { section }),
    })
  })
  return entries
}

/** npm's `${VAR}` / `${VAR?}` expansion of .npmrc keys and values (`\${` escapes). */
export function expandNpmrcVariables(text: string, env: Environment): string {
  return text.replace(
    /(?<!\\)(\\*)\$\{([^${}?]+)(\?)?\}/g,
    (whole, escapes: string, name: string, optional?: string) => {
      if (escapes.length % 2) return whole.slice((escapes.length + 1) / 2)
      const value = env[name] ?? (optional ? '' : `\${${name}}`)
      return escapes.slice(escapes.length / 2) + value
    },
  )
}

/**
 * The config key npm reads from an `npm_config_*` variable (any case): `NPM_CONFIG_FETCH_RETRIES`
 * is `fetch-retries`, `npm_config__auth` is `_auth`, `npm_config_//host/:_authToken` is kept as
 * written; undefined for another variable.
 */
export function npmEnvKey(variable: string): string | undefined {
  if (!/^npm_config_/i.test(variable)) return undefined
  const rest = variable.slice('npm_config_'.length)
  return rest.startsWith('//') ? rest : rest.replace(/(?!^)_/g, '-').toLowerCase()
}

/** The values of `npm_config_<name>` in any case (npm lowercases the rest of the name). */
export function npmEnvConfig(env: Environment, name: string): string[] {
  const wanted = name.toLowerCase()
  return Object.entries(env).flatMap(([key, value]) =>
    value && npmEnvKey(key) === wanted ? [value] : [],
  )
}

/** Where npm would look for its configuration files, and what it found in them. */
export interface NpmrcFile {
  path: string
  kind: 'builtin' | 'project' | 'user' | 'global'
  entries: IniEntry[]
}

async function readNpmrc(path: string, kind: NpmrcFile['kind']): Promise<NpmrcFile | undefined> {
  try {
    return { path, kind, entries: parseIni(await readFile(path, 'utf8')) }
  } catch {
    return undefined
  }
}

/** A path-typed config value as npm resolves it: `${VAR}`, a leading `~/`, relative to cwd. */
function configPath(value: string, env: Environment, home: string, cwd: string): string {
  const expanded = expandNpmrcVariables(value, env).replace(/^~(?=[/\\])/, home)
  return resolve(cwd, expanded)
}

function settingsIn(
  files: NpmrcFile[],
  name: string,
  env: Environment,
  home: string,
  cwd: string,
): string[] {
  return files.flatMap((file) =>
    file.entries
      .filter((entry) => entry.section === undefined && entry.key.toLowerCase() === name)
      .flatMap((entry) =>
        typeof entry.value === 'string' && entry.value
          ? [configPath(entry.value, env, home, cwd)]
          : [],
      ),
  )
}

/** Every directory from `dir` up to the filesystem root. */
function ancestors(dir: string): string[] {
  const found: string[] = []
  let current = resolve(dir)
  for (;;) {
    found.push(current)
    if (current === parse(current).root) return found
    current = dirname(current)
  }
}

/**
 * Every .npmrc npm could load when started in any of `dirs`, read (missing files left out): the
 * builtin one of the npm install, a project .npmrc in each directory up to the filesystem root
 * (a superset of npm's choice: the nearest directory with package.json or node_modules, or the
 * workspace root above it), the user config (NPM_CONFIG_USERCONFIG in any case, a `userconfig`
 * set in a project or builtin file, and ~/.npmrc) and the global config (`globalconfig`
 * likewise, else <prefix>/etc/npmrc, with the prefix from npm_config_prefix, the files, PREFIX,
 * DESTDIR or the Node install). Where npm would pick one of several, all are read.
 */
export async function npmrcFilesInReach(options: {
  env: Environment
  home: string
  dirs: string[]
  /** npm's install directory (holding its package.json and builtin `npmrc`), when known. */
  npmPath?: string
  /** The node executable, for the default global prefix. */
  execPath: string
}): Promise<NpmrcFile[]> {
  const { env, home } = options
  const cwd = options.dirs[0] ?? home
  const files: NpmrcFile[] = []
  const seen = new Set<string>()
  const add = async (path: string, kind: NpmrcFile['kind']) => {
    if (seen.has(path)) return
    seen.add(path)
    const file = await readNpmrc(path, kind)
    if (file) files.push(file)
  }
  if (options.npmPath) await add(join(options.npmPath, 'npmrc'), 'builtin')
  for (const dir of options.dirs) {
    for (const ancestor of ancestors(dir)) await add(join(ancestor, '.npmrc'), 'project')
  }
  const fromFiles = (name: string) => settingsIn(files, name, env, home, cwd)
  const fromEnv = (name: string) =>
    npmEnvConfig(env, name).map((value) => configPath(value, env, home, cwd))
  const users = [...fromEnv('userconfig'), ...fromFiles('userconfig')]
  // ~/.npmrc too when another user config is named: other npm runs in the job would read it.
  for (const user of [...users, join(home, '.npmrc')]) await add(user, 'user')
  const globals = [...fromEnv('globalconfig'), ...fromFiles('globalconfig')]
  if (globals.length === 0) {
    const node = dirname(dirname(options.execPath))
    const prefixes = [
      ...fromEnv('prefix'),
      ...fromFiles('prefix'),
      env.PREFIX ? env.PREFIX : env.DESTDIR ? join(env.DESTDIR, node) : node,
    ]
    for (const prefix of prefixes) globals.push(resolve(prefix, 'etc', 'npmrc'))
  }
  for (const global of globals) await add(global, 'global')
  return files
}
