// Bundles every action (or those named) with ncc: actions/<name>/dist/index.js, any chunk ncc
// emits, and dist/package.json so that Node loads the bundle as an ES module.
import { join } from 'node:path'
import { actionNames, root } from './actions.mjs'
import { bundle } from './bundle.mjs'

async function buildAction(name) {
  const dir = join(root, 'actions', name)
  const started = Date.now()
  await bundle(join(dir, 'src', 'index.ts'), join(dir, 'dist'))
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
