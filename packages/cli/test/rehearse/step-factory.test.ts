import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseWorkflow } from '@tokenless/workflow'
import type { RehearsalSandbox } from '../../src/rehearse/rehearsal-sandbox.js'
import { Masker } from '../../src/rehearse/runner-files.js'
import type { StepHost } from '../../src/rehearse/steps/step-executor.js'
import { stepExecutor, suiteActionName } from '../../src/rehearse/steps/step-factory.js'
import { SANDBOX_NEEDS } from '../../src/rehearse/steps/suite-action-needs.js'
import { suiteRoot } from './rehearse-support.js'

// Only the addresses of the sandbox's registries matter to the needs under test.
const sandbox = {
  npm: { url: 'http://127.0.0.1:4873/' },
  pypi: { url: 'http://127.0.0.1:5000', uploadUrl: 'http://127.0.0.1:5000/legacy/' },
  testpypi: { url: 'http://127.0.0.1:5001', uploadUrl: 'http://127.0.0.1:5001/legacy/' },
  sigstore: { url: 'http://127.0.0.1:5002' },
} as unknown as RehearsalSandbox

const host: StepHost = {
  suiteRoot,
  workDir: '/unused',
  gitDir: '/unused',
  owner: 'acme',
  repo: 'widget',
  sha: 'a'.repeat(40),
  ref: 'refs/heads/main',
  sandbox,
  masker: new Masker(),
  notRehearsed: () => undefined,
}

function stepsOf(...steps: string[]): ReturnType<typeof parseWorkflow>['jobs'][number]['steps'] {
  const text = `on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n${steps.map((step) => `      - ${step}\n`).join('')}`
  return parseWorkflow(text, 'w.yml').jobs[0]?.steps ?? []
}

describe('stepExecutor', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'step-factory-'))
  mkdirSync(join(workspace, 'js'))
  writeFileSync(
    join(workspace, 'js', 'action.yml'),
    'name: js\nruns:\n  using: node24\n  main: index.js\n',
  )
  mkdirSync(join(workspace, 'composite'))
  writeFileSync(
    join(workspace, 'composite', 'action.yml'),
    'name: c\nruns:\n  using: composite\n  steps: []\n',
  )

  it.each([
    ['run: echo hi', 'run'],
    ['uses: acme/tokenless/actions/publish-oidc@v1', 'action'],
    ['uses: actions/setup-node@v4', 'stand-in'],
    ['uses: Actions/Setup-Node@v4', 'stand-in'],
    ['uses: GoogleCloudPlatform/release-please-action@v4', 'stand-in'],
    ['uses: googlecloudplatform/release-please-action@v3', 'stand-in'],
    ['uses: ./js', 'action'],
    ['uses: ./composite', 'action'],
    ['uses: ./missing', 'not-rehearsed'],
    ['uses: someone/else@v1', 'not-rehearsed'],
  ])('%s runs as %s', (step, kind) => {
    const [parsed] = stepsOf(step)
    if (parsed === undefined) throw new Error('the step did not parse')
    expect(stepExecutor(host, parsed, workspace).kind).toBe(kind)
  })
})

describe('suiteActionName', () => {
  it("names the suite's actions only", () => {
    expect(suiteActionName('acme/tokenless/actions/validate-tag@v1')).toBe('validate-tag')
    expect(suiteActionName('./actions/yank-notice')).toBe('yank-notice')
    expect(suiteActionName('acme/tokenless/actions/not-an-action@v1')).toBeUndefined()
    expect(suiteActionName('acme/other/actions/validate-tag@v1')).toBeUndefined()
  })
})

describe('sandbox needs', () => {
  const said = (): {
    notes: string[]
    errors: string[]
    say: { note: (l: string) => void; error: (l: string) => void }
  } => {
    const notes: string[] = []
    const errors: string[] = []
    return { notes, errors, say: { note: (l) => notes.push(l), error: (l) => errors.push(l) } }
  }

  it("turns npm to the sandbox registry, provenance signed by the sandbox's Sigstore", () => {
    const inputs: Record<string, string> = { registry: 'npm' }
    const { notes, say } = said()
    expect(SANDBOX_NEEDS.publishRegistry(inputs, sandbox, say)).toBe(true)
    expect(inputs).toEqual({ registry: 'http://127.0.0.1:4873/' })
    expect(notes).toEqual([
      "registry npm → the sandbox's npm at http://127.0.0.1:4873/",
      "provenance: signed by the sandbox's Sigstore at http://127.0.0.1:5002",
    ])
  })

  it('says nothing of attestations that are turned off', () => {
    const { notes, say } = said()
    SANDBOX_NEEDS.publishRegistry({ registry: 'pypi', attestations: 'false' }, sandbox, say)
    expect(notes).toEqual(["registry pypi → the sandbox's PyPI at http://127.0.0.1:5000/legacy/"])
  })

  it('turns testpypi to the sandbox upload address', () => {
    const inputs: Record<string, string> = { registry: 'testpypi' }
    expect(SANDBOX_NEEDS.publishRegistry(inputs, sandbox, said().say)).toBe(true)
    expect(inputs.registry).toBe('http://127.0.0.1:5001/legacy/')
  })

  it('refuses a registry the sandbox does not stand in for', () => {
    const { errors, say } = said()
    expect(
      SANDBOX_NEEDS.publishRegistry({ registry: 'https://npm.example.com' }, sandbox, say),
    ).toBe(false)
    expect(errors).toEqual([
      'registry https://npm.example.com is not in the sandbox, and a rehearsal never publishes anywhere else. Rehearse with registry npm, pypi or testpypi.',
    ])
  })

  it('reads from the sandbox registries', () => {
    const inputs: Record<string, string> = { 'pypi-url': 'https://test.pypi.org' }
    expect(SANDBOX_NEEDS.readRegistries(inputs, sandbox, said().say)).toBe(true)
    expect(inputs).toEqual({
      'npm-registry': 'http://127.0.0.1:4873/',
      'pypi-url': 'http://127.0.0.1:5001',
    })
  })
})
