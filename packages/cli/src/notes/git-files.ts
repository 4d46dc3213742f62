// What `tokenless notes` can read from the repository's files instead of running git for it: the
// URL of origin and the shallow cut-offs. Any set-up these simple readers do not cover (git
// environment variables, config includes, quoted or escaped values, per-worktree config) returns
// undefined, and the caller asks git.
import { readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'

const GIT_ENVIRONMENT = [
  'GIT_DIR',
  'GIT_COMMON_DIR',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
]

// Synchronous reads: a few small files cost less than the promise machinery around them.
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** The repository's common git directory (where config and shallow live), found as git finds it. */
export function commonGitDir(cwd: string): Promise<string | undefined> {
  return Promise.resolve(findCommonGitDir(cwd))
}

function findCommonGitDir(cwd: string): string | undefined {
  if (GIT_ENVIRONMENT.some((name) => process.env[name] !== undefined)) return undefined
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git')
    const kind = statSync(dotGit, { throwIfNoEntry: false })
    if (kind?.isDirectory() === true) return withCommonDir(dotGit)
    if (kind?.isFile() === true) {
      const pointer = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? '')?.[1]?.trim()
      if (pointer === undefined) return undefined
      return withCommonDir(isAbsolute(pointer) ? pointer : resolve(dir, pointer))
    }
    if (dirname(dir) === dir) return undefined
  }
}

function withCommonDir(gitDir: string): string {
  const common = readText(join(gitDir, 'commondir'))?.trim()
  if (common === undefined || common === '') return gitDir
  return isAbsolute(common) ? common : resolve(gitDir, common)
}

/**
 * `git config --get remote.origin.url` from the repository's own config file: a string, null when
 * the file sets none, undefined when this reader cannot tell (then ask git).
 */
export function originUrlOf(config: string): string | null | undefined {
  let section = ''
  let url: string | null = null
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    if (line.startsWith('[')) {
      const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"([^"\\]*)")?\s*\]$/.exec(line)
      if (header === null) return undefined
      const name = (header[1] ?? '').toLowerCase()
      // includes, and the old `[remote.origin]` form: git reads them, this reader does not.
      if (name === 'include' || name.startsWith('includeif') || name.includes('.')) return undefined
      section = header[2] === undefined ? name : `${name}."${header[2]}"`
      continue
    }
    if (section !== 'remote."origin"') {
      if (section === 'extensions' && /^worktreeconfig\b/i.test(line)) return undefined
      continue
    }
    const entry = /^url\s*=\s*(.*)$/i.exec(line)
    if (entry === null) continue
    const value = (entry[1] ?? '').replace(/\s+[#;].*$/, '').trim()
    if (/["\\]/.test(value) || value.endsWith('\\')) return undefined
    url = value
  }
  return url
}

export interface GitFiles {
  /** undefined: ask git. */
  originUrl: string | null | undefined
  /** undefined: ask git. */
  shallow: Set<string> | undefined
}

/** Reads origin's URL and the shallow file, or says (undefined) that git must be asked. */
export function readGitFiles(cwd: string): Promise<GitFiles> {
  const common = findCommonGitDir(cwd)
  if (common === undefined) return Promise.resolve({ originUrl: undefined, shallow: undefined })
  const config = readText(join(common, 'config'))
  const shallow = readText(join(common, 'shallow'))
  return Promise.resolve({
    originUrl: config === undefined ? undefined : originUrlOf(config),
    shallow: new Set((shallow ?? '').split('\n').filter((line) => line !== '')),
  })
}
