// Bundles every action (or those named) with ncc: actions/<name>/dist/index.js, any chunk ncc
// emits, and dist/package.json so that Node loads the bundle as an ES module.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { actionNames, root } from './actions.mjs'

const ncc = createRequire(import.meta.url)('@vercel/ncc')

async function buildAction(name) {
  const dir = join(root, 'actions', name)
  const started = Date.now()
  const { code, assets } = await ncc(join(dir, 'src', 'index.ts'), {
    cache: false,
    esm: true,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
  })
  const dist = join(dir, 'dist')
  rmSync(dist, { recursive: true, force: true })
  mkdirSync(dist, { recursive: true })
  writeFileSync(join(dist, 'index.js'), code)
  for (const [file, asset] of Object.entries(assets ?? {})) {
    if (file === 'package.json') continue
    mkdirSync(dirname(join(dist, file)), { recursive: true })
    writeFileSync(join(dist, file), asset.source)
  }
  writeFileSync(join(dist, 'package.json'), '{\n  "type": "module"\n}\n')
  console.log(`built actions/${name}/dist in ${Date.now() - started} ms`)
}

const wanted = process.argv.slice(2)
const names = wanted.length > 0 ? wanted : actionNames()
for (const name of names) {
  try {
    await buildAction(name)
  } catch (error) {
    // ncc's errors carry its whole minified source as the stack: print only the message.
    console.error(`actions/${name}: ${String(error?.message ?? error).slice(0, 4000)}`)
    process.exitCode = 1
  }
}
