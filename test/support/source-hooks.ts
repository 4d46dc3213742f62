// Loaded with `node --import` before an action's src/index.ts, so that Node runs the TypeScript
// sources the way the bundler sees them: `@tokenless/<name>` is packages/<name>/src/index.ts and
// `./x.js` next to a .ts file is `./x.ts`. Node strips the types itself; nothing is compiled.
import { existsSync } from 'node:fs'
import { enableCompileCache, registerHooks } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const packages = new URL('../../packages/', import.meta.url)

// Node keeps the stripped and compiled code keyed by each file's content: a run after the first
// starts about as fast as the bundle, and an edited file is compiled afresh.
enableCompileCache(join(tmpdir(), 'tokenless-source-cache'))

registerHooks({
  resolve(specifier, context, nextResolve) {
    const workspace = /^@tokenless\/([a-z0-9-]+)$/.exec(specifier)
    if (workspace?.[1]) {
      return { url: new URL(`${workspace[1]}/src/index.ts`, packages).href, shortCircuit: true }
    }
    const parent = context.parentURL
    if (specifier.startsWith('.') && specifier.endsWith('.js') && parent?.endsWith('.ts')) {
      const source = new URL(`${specifier.slice(0, -'.js'.length)}.ts`, parent)
      if (existsSync(source)) return { url: source.href, shortCircuit: true }
    }
    return nextResolve(specifier, context)
  },
})
