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
 * written after dist/index.js that is either edited and uncommitted, or committed after the last
 * commit of dist/ (a fresh clone gives every file the checkout's time, so mtimes alone mislead).
 */
export function staleBundle(action: string): string | undefined {
  const bundle = join('actions', action, 'dist', 'index.js')
  if (!existsSync(join(repoRoot, bundle))) return `${bundle} does not exist`
  const built = statSync(join(repoRoot, bundle)).mtimeMs
  const sources = bundleSources(action)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' })
  const dirty = new Set(
    git('status', '--porcelain', '--', ...sources)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3)),
  )
  const committed = (paths: string[]) => Number(git('log', '-1', '--format=%ct', '--', ...paths))
  const committedAfter = committed(sources) > committed([join('actions', action, 'dist')])
  const newer = sources.find(
    (file) => statSync(join(repoRoot, file)).mtimeMs > built && (dirty.has(file) || committedAfter),
  )
  return newer === undefined ? undefined : `${newer} changed after ${bundle} was built`
}
