// One ncc bundle: `entry` (TypeScript) to `dist/index.js` as an ES module, with any chunk or
// asset ncc emits and a dist/package.json that makes Node load it as ESM. Used by the build and
// by the benchmarks that run sandboxes or entries as their own processes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const ncc = createRequire(import.meta.url)('@vercel/ncc')

/** Returns the names of the files written besides index.js and package.json. */
export async function bundle(entry, dist) {
  const { code, assets } = await ncc(entry, {
    cache: false,
    esm: true,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
  })
  rmSync(dist, { recursive: true, force: true })
  mkdirSync(dist, { recursive: true })
  writeFileSync(join(dist, 'index.js'), code)
  const written = []
  for (const [file, asset] of Object.entries(assets ?? {})) {
    if (file === 'package.json') continue
    mkdirSync(dirname(join(dist, file)), { recursive: true })
    writeFileSync(join(dist, file), asset.source)
    written.push(file)
  }
  writeFileSync(join(dist, 'package.json'), '{\n  "type": "module"\n}\n')
  return written
}
