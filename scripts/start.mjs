// npm start: the main job of this repository. Rehearses a full release of the demo package
// (demo/) with workflows-examples/release.yml against the local sandbox: the committed bundle of
// the tokenless command (packages/cli/dist), exactly as `npx tokenless rehearse` runs it.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const result = spawnSync(
  process.execPath,
  [join(root, 'packages', 'cli', 'bin', 'tokenless.js'), 'rehearse', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
)
process.exit(result.status ?? 1)
