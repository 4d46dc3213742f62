// on.push and on.workflow_run filters, read as GitHub reads them.
import { parseWorkflow } from '@tokenless/workflow'
import {
  filterPattern,
  passesFilter,
  pushFilterMismatch,
  workflowRunTrigger,
} from '../../src/rehearse/trigger-events.js'

const workflow = (on: string) =>
  parseWorkflow(
    `on:\n${on}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'\n`,
    'release.yml',
  )

describe('trigger filters', () => {
  it('reads GitHub filter patterns: * stops at /, ** does not, the last match decides', () => {
    expect(filterPattern('v*').test('v1.2.3')).toBe(true)
    expect(filterPattern('releases/*').test('releases/1/x')).toBe(false)
    expect(filterPattern('releases/**').test('releases/1/x')).toBe(true)
    expect(filterPattern('v[12].*').test('v2.0')).toBe(true)
    expect(passesFilter(['v*', '!v*-rc*'], 'v1.0.0-rc1')).toBe(false)
    expect(passesFilter(['v*', '!v*-rc*', 'v1.0.0-rc1'], 'v1.0.0-rc1')).toBe(true)
  })

  it('checks branches and tags by the kind of ref, and paths for branches only', () => {
    const tagsOnly = workflow("  push:\n    tags: ['v*']")
    expect(pushFilterMismatch(tagsOnly, 'refs/tags/v1.0.0', [])).toBeUndefined()
    expect(pushFilterMismatch(tagsOnly, 'refs/heads/main', ['a'])).toBe(
      'on.push filters tags only, so a push of the branch main does not run it',
    )
    const paths = workflow("  push:\n    branches: [main]\n    paths: ['src/**']")
    expect(pushFilterMismatch(paths, 'refs/heads/main', ['src/a.js'])).toBeUndefined()
    expect(pushFilterMismatch(paths, 'refs/heads/main', ['README.md'])).toBe(
      'no file the push changes (README.md) matches on.push.paths (src/**)',
    )
    expect(pushFilterMismatch(paths, 'refs/heads/dev', ['src/a.js'])).toBe(
      'the branch dev does not match on.push.branches (main)',
    )
    const ignored = workflow("  push:\n    paths-ignore: ['docs/**']")
    expect(pushFilterMismatch(ignored, 'refs/heads/main', ['docs/x.md'])).toBe(
      'every file the push changes (docs/x.md) matches on.push.paths-ignore (docs/**)',
    )
    expect(pushFilterMismatch(ignored, 'refs/tags/v1', ['docs/x.md'])).toBeUndefined()
    expect(pushFilterMismatch(workflow('  push:'), 'refs/heads/any', [])).toBeUndefined()
  })

  it('reads on.workflow_run: the workflows followed, its type, its branch filters', () => {
    const on = workflow(
      "  workflow_run:\n    workflows: [CI]\n    types: [requested]\n    branches-ignore: ['dependabot/**']",
    )
    expect(workflowRunTrigger(on, 'main')).toEqual({
      workflows: ['CI'],
      action: 'requested',
      mismatch: undefined,
    })
    expect(workflowRunTrigger(on, 'dependabot/npm/x').mismatch).toBe(
      'the branch dependabot/npm/x of the run it follows matches on.workflow_run.branches-ignore (dependabot/**)',
    )
  })
})
