// Bundles every action (or those named) with ncc: actions/<name>/dist/index.js, any chunk ncc
// emits, and dist/package.json so that Node loads the bundle as an ES module. The name `cli`
// builds the `tokenless` command into packages/cli/dist (with sh-syntax's main.wasm beside it);
// with no names, everything is built.
import { copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { actionNames, root } from './actions.mjs'
import { bundle } from './bundle.mjs'

async function buildAction(name) {
  const dir = join(root, 'actions', name)
  const started = Date.now()
  await bundle(join(dir, 'src', 'index.ts'), join(dir, 'dist'))
  console.log(`built actions/${name}/dist in ${Date.now() - started} ms`)
}

async function buildCli() {
  const dir = join(root, 'packages', 'cli')
  const started = Date.now()
  await bundle(join(dir, 'src', 'bin.ts'), join(dir, 'dist'))
  // doctor's shell parser reads sh-syntax's WebAssembly from next to the bundle: ncc does not
  // follow a file read at run time, so it is copied here.
  const wasm = createRequire(join(dir, 'package.json')).resolve('sh-syntax/main.wasm')
  copyFileSync(wasm, join(dir, 'dist', 'main.wasm'))
  console.log(`built packages/cli/dist in ${Date.now() - started} ms`)
}

const wanted = process.argv.slice(2)
const names = wanted.length > 0 ? wanted : [...actionNames(), 'cli']
for (const name of names) {
  try {
    if (name === 'cli') await buildCli()
    else await buildAction(name)
  } catch (error) {
    // ncc's errors carry its whole minified source as the stack: print only the message.
    const where = name === 'cli' ? 'packages/cli' : `actions/${name}`
    console.error(`${where}: ${String(error?.message ?? error).slice(0, 4000)}`)
    process.exitCode = 1
  }
}
