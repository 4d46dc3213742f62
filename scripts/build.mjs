// Bundles every action (or those named) with ncc: actions/<name>/dist/index.js, any chunk ncc
// emits, and dist/package.json so that Node loads the bundle as an ES module. The name `cli`
// builds the `tokenless` command into packages/cli/dist (with sh-syntax's main.wasm beside it);
// with no names, everything is built.
import { spawn } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
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
// ncc compiles on one thread: with several bundles and several cores, each core's child builds
// its share (the cli, the largest, alone in one of them), and this process only waits.
const cores = Math.min(availableParallelism(), names.length)
if (cores > 1 && process.env.TOKENLESS_BUILD_CHILD === undefined) {
  const shares = Array.from({ length: cores }, () => [])
  const ordered = [...names].sort((a, b) => Number(b === 'cli') - Number(a === 'cli'))
  ordered.forEach((name, i) => shares[i % cores].push(name))
  const codes = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...share], {
            stdio: 'inherit',
            env: { ...process.env, TOKENLESS_BUILD_CHILD: '1' },
          })
          child.on('close', (code) => resolve(code ?? 1))
        }),
    ),
  )
  process.exit(codes.every((code) => code === 0) ? 0 : 1)
}
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
