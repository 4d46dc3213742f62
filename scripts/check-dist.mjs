// Removes every actions/*/dist and packages/cli/dist, rebuilds, and fails when git sees any
// difference there (changed, deleted or new untracked files): the committed bundles must be
// exactly what the sources build to.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { actionNames, root } from './actions.mjs'

for (const name of actionNames())
  rmSync(join(root, 'actions', name, 'dist'), { recursive: true, force: true })
rmSync(join(root, 'packages', 'cli', 'dist'), { recursive: true, force: true })
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
  stdio: 'inherit',
  cwd: root,
})
const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'actions', 'packages/cli/dist'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
if (status.trim() !== '') {
  console.error('The dist/ bundles do not match the sources:')
  console.error(status)
  console.error(
    execFileSync('git', ['diff', '--stat', '--', 'actions', 'packages/cli/dist'], {
      cwd: root,
      encoding: 'utf8',
    }),
  )
  console.error('Run `npm run build` and commit actions/*/dist and packages/cli/dist.')
  process.exit(1)
}
console.log('dist/ matches the sources.')
