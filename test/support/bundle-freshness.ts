import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { repoRoot } from './action-defaults.js'

/** The .ts files an action's bundle is built from: its src and the @tokenless packages it imports. */
export function bundleSources(action: string): string[] {
  const seen = new Set<string>()
  const pending = [join(repoRoot, 'actions', action, 'src', 'index.ts')]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
      const specifier = match[1] ?? ''
      const workspace = /^@tokenless\/([a-z0-9-]+)$/.exec(specifier)
      if (workspace?.[1]) pending.push(join(repoRoot, 'packages', workspace[1], 'src', 'index.ts'))
      else if (specifier.startsWith('.'))
        pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
    }
  }
  return [...seen].map((file) => relative(repoRoot, file)).sort()
}

/**
 * Why actions/<name>/dist is older than its sources, or undefined when it is not: a source file
 * edited and uncommitted after dist/index.js was written. Committed sources are the business of
 * `npm run check-dist`, which rebuilds and compares: the import closure read here is wider than
 * what the bundler keeps, and a fresh clone gives every file the checkout's time, so neither
 * commit order nor mtimes can tell a stale bundle from a rebuild that came out the same.
 */
export function staleBundle(action: string): string | undefined {
  const bundle = join('actions', action, 'dist', 'index.js')
  if (!existsSync(join(repoRoot, bundle))) return `${bundle} does not exist`
  const built = statSync(join(repoRoot, bundle)).mtimeMs
  const sources = bundleSources(action)
  const dirty = new Set(
    execFileSync('git', ['status', '--porcelain', '--', ...sources], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3)),
  )
  const newer = sources.find(
    (file) => dirty.has(file) && statSync(join(repoRoot, file)).mtimeMs > built,
  )
  return newer === undefined ? undefined : `${newer} changed after ${bundle} was built`
}
