import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { findActionFile, inputDefaults, readActionMetadata } from '../src/index.js'

function actionDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-action-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('readActionMetadata', () => {
  it('reads a JavaScript action: name, inputs with defaults, runs.using and runs.main', () => {
    const dir = actionDir({
      'action.yml': `name: publish
inputs:
  registry:
    required: true
  provenance:
    default: true
  token:
    default: \${{ github.token }}
runs:
  using: node24
  main: dist/index.js
`,
    })
    const action = readActionMetadata(dir)!
    expect(action.name).toBe('publish')
    expect(action.using).toBe('node24')
    expect(action.main).toBe('dist/index.js')
    expect(action.file.rel).toBe('action.yml')
    expect(action.inputs.map(({ name, required }) => [name, required])).toEqual([
      ['registry', true],
      ['provenance', false],
      ['token', false],
    ])
    expect(inputDefaults(action)).toEqual({ provenance: 'true', token: '${{ github.token }}' })
    expect(action.inputs[0]!.node.keyPos().line).toBe(3)
  })

  it('reads the steps of a composite action from action.yaml, relative to a root', () => {
    const root = mkdtempSync(join(tmpdir(), 'tokenless-repo-'))
    const dir = join(root, '.github', 'actions', 'setup')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'action.yaml'),
      'runs:\n  using: composite\n  steps:\n    - run: npm ci\n      shell: bash\n',
    )
    const action = readActionMetadata(dir, root)!
    expect(action.file.rel).toBe('.github/actions/setup/action.yaml')
    expect(action.using).toBe('composite')
    expect(action.steps.map((step) => step.get('run')?.str())).toEqual(['npm ci'])
  })

  it('prefers action.yml, and reads nothing from a folder without an action file', () => {
    const dir = actionDir({ 'action.yml': 'name: a\n', 'action.yaml': 'name: b\n' })
    expect(findActionFile(dir)).toBe(join(dir, 'action.yml'))
    expect(readActionMetadata(actionDir({}))).toBeUndefined()
  })

  it('keeps a file that does not parse, with its located error and no document', () => {
    const action = readActionMetadata(actionDir({ 'action.yml': 'runs:\n  using: [node24\n' }))!
    expect(action.node).toBeUndefined()
    expect(action.using).toBeUndefined()
    expect(action.file.errors[0]!.line).toBeGreaterThan(0)
  })
})
