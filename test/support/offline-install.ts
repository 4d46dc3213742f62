// Installing a packed tarball into an empty prefix with no network: npm resolves the tarball's
// dependencies from a lock file cut out of this repository's package-lock.json (the same
// versions and integrities), and fetches every one from npm's cache, where `npm ci` left them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { repoRoot } from './action-defaults.js'

interface LockEntry {
  version?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  dev?: boolean
  devOptional?: boolean
  peer?: boolean
  [key: string]: unknown
}

/** Where Node would find `name` from the package at lock path `from` (`node_modules/a/...`). */
function resolveInLock(
  packages: Record<string, LockEntry>,
  from: string,
  name: string,
): string | undefined {
  let base = from
  for (;;) {
    const path = `${base === '' ? '' : `${base}/`}node_modules/${name}`
    if (packages[path] !== undefined) return path
    if (base === '') return undefined
    const at = base.lastIndexOf('/node_modules/')
    base = at < 0 ? '' : base.slice(0, at)
  }
}

/**
 * The entries of the repository's lock file that `names` need (themselves and everything they
 * require, at the same places in the tree), marked as production dependencies.
 */
export function lockEntriesFor(names: string[]): Record<string, LockEntry> {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  const kept: Record<string, LockEntry> = {}
  const queue = names.map((name) => `node_modules/${name}`)
  while (queue.length > 0) {
    const path = queue.shift() ?? ''
    if (kept[path] !== undefined) continue
    const entry = lock.packages[path]
    if (entry === undefined) throw new Error(`package-lock.json has no ${path}.`)
    const rest: LockEntry = { ...entry }
    delete rest.dev
    delete rest.devOptional
    delete rest.peer
    kept[path] = rest
    const optional = entry.optionalDependencies ?? {}
    for (const dependency of Object.keys({ ...entry.dependencies, ...optional })) {
      const found = resolveInLock(lock.packages, path, dependency)
      if (found !== undefined) queue.push(found)
      else if (optional[dependency] === undefined) {
        throw new Error(`package-lock.json: ${path} needs ${dependency}, which it does not hold.`)
      }
    }
  }
  return kept
}

/**
 * `npm install --offline` of `tarball` into `prefix` (created empty), its dependencies `names`
 * pinned by the repository's lock file. Returns npm's output.
 */
export function installTarballOffline(
  tarball: string,
  prefix: string,
  names: string[],
  env: NodeJS.ProcessEnv,
): string {
  mkdirSync(prefix, { recursive: true })
  const dependencies = { tokenless: `file:${tarball}` }
  writeFileSync(join(prefix, 'package.json'), `${JSON.stringify({ dependencies }, null, 2)}\n`)
  const lock = {
    name: 'prefix',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { dependencies }, ...lockEntriesFor(names) },
  }
  writeFileSync(join(prefix, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`)
  return execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: prefix, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  )
}

/** The folder of the Node running the tests (Node 24), first on PATH, so `#!/usr/bin/env node` finds it. */
export function pathWithThisNode(env: NodeJS.ProcessEnv = process.env): string {
  return [dirname(process.execPath), env.PATH ?? ''].join(':')
}
