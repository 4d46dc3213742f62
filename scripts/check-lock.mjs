// Fails when a workspace package is missing from package-lock.json: `npm ci` on a fresh machine
// refuses such a lock file, and a local `npm install` hides it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './actions.mjs'

const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
const missing = readdirSync(join(root, 'packages')).filter(
  (name) =>
    existsSync(join(root, 'packages', name, 'package.json')) &&
    !lock.packages?.[`packages/${name}`],
)
if (missing.length > 0) {
  console.error(
    `package-lock.json lacks the workspace package(s) ${missing.join(', ')}: run npm install and commit the lock file.`,
  )
  process.exit(1)
}
