// What the rehearsal could not run, what reads it, what is publish-shaped, and how the publish
// targets of a step are held to the sandbox: pure functions, tested as they are.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseWorkflow } from '@tokenless/workflow'
import {
  containEnv,
  containScript,
  mayPublishToNpm,
  writePublishShims,
} from '../../src/rehearse/containment.js'
import { publishShape, readsUnrehearsed } from '../../src/rehearse/rehearsal-gaps.js'
import type { RehearsalSandbox } from '../../src/rehearse/rehearsal-sandbox.js'
import { missingTool } from '../../src/rehearse/runner-differences.js'

const steps = (yaml: string) =>
  parseWorkflow(`on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${yaml}`, 'r.yml')

const sandbox = {
  npm: { url: 'http://127.0.0.1:4001/' },
  pypi: { url: 'http://127.0.0.1:4002', uploadUrl: 'http://127.0.0.1:4002/legacy/' },
  testpypi: { url: 'http://127.0.0.1:4003', uploadUrl: 'http://127.0.0.1:4003/legacy/' },
} as unknown as RehearsalSandbox

describe('rehearsal gaps', () => {
  it('finds reads of unrehearsed outputs on the expression tree, ids matched without case', () => {
    const from = new Map([['Plan', 'step Plan (acme/plan@v1)']])
    const needs = new Map([['needs.build.outputs.tag', "job build's output tag"]])
    expect(
      readsUnrehearsed(
        { condition: "steps.plan.outputs.created == 'true'", templates: [] },
        from,
        needs,
      ),
    ).toEqual({ reference: 'steps.plan.outputs.created', source: 'step Plan (acme/plan@v1)' })
    expect(
      readsUnrehearsed(
        { templates: [{ tag: '${{ needs.build.outputs.tag }}' }] },
        new Map(),
        needs,
      ),
    ).toEqual({ reference: 'needs.build.outputs.tag', source: "job build's output tag" })
    // Text that merely looks like a reference, outside an expression or in a string, is none.
    expect(
      readsUnrehearsed(
        { templates: ["echo steps.plan.outputs.created ${{ 'steps.plan.outputs.x' }}"] },
        from,
        needs,
      ),
    ).toBeUndefined()
  })

  it('knows publish and release steps by the release-tools tables', () => {
    const [npm, gh, echo] = steps(
      '      - run: npm publish --provenance\n      - run: gh release create v1\n      - run: echo hi\n',
    ).jobs[0]!.steps
    expect(publishShape(npm!)).toBe('npm publish (npm)')
    expect(publishShape(gh!)).toBe('gh release create')
    expect(publishShape(echo!)).toBeUndefined()
  })

  it("knows release-please-action under its first owner's name, which GitHub still redirects", () => {
    const [old] = steps(
      '      - uses: GoogleCloudPlatform/release-please-action@v4\n        with:\n          release-type: node\n',
    ).jobs[0]!.steps
    expect(publishShape(old!)).toBe('GoogleCloudPlatform/release-please-action@v4')
  })

  it('starts npm for a workflow whose run: steps publish, or whose setup-node names a registry', () => {
    expect(mayPublishToNpm(steps('      - run: pnpm publish -r\n'))).toBe(true)
    expect(
      mayPublishToNpm(
        steps(
          '      - uses: actions/setup-node@v5\n        with:\n          registry-url: https://registry.npmjs.org\n',
        ),
      ),
    ).toBe(true)
    expect(mayPublishToNpm(steps('      - run: npm ci && npm test\n'))).toBe(false)
  })

  it('holds PyPI uploads and the publish variables to the sandbox', () => {
    const notes: string[] = []
    expect(
      containScript(
        sandbox,
        'twine upload --repository-url https://test.pypi.org/legacy/ dist/*',
        notes,
      ),
    ).toBe('twine upload --repository-url http://127.0.0.1:4003/legacy/ dist/*')
    expect(
      containScript(
        sandbox,
        'python -m twine upload --repository-url "https://pypi.example.com/legacy/" dist/*',
        notes,
      ),
    ).toBe('python -m twine upload --repository-url "http://127.0.0.1:4002/legacy/" dist/*')
    const env: Record<string, string> = { UV_PUBLISH_URL: 'https://pypi.example.com/legacy/' }
    containEnv(sandbox, env, [], notes)
    expect(env).toEqual({
      TWINE_REPOSITORY_URL: 'http://127.0.0.1:4002/legacy/',
      UV_PUBLISH_URL: 'http://127.0.0.1:4002/legacy/',
      YARN_NPM_PUBLISH_REGISTRY: 'http://127.0.0.1:4001/',
    })
    expect(notes).toEqual([
      "run: https://test.pypi.org/legacy/ → the sandbox's TestPyPI (http://127.0.0.1:4003/legacy/)",
      'run: --repository-url https://pypi.example.com/legacy/ is not in the sandbox; http://127.0.0.1:4002/legacy/ instead',
      'env UV_PUBLISH_URL: https://pypi.example.com/legacy/ is not in the sandbox; set to http://127.0.0.1:4002/legacy/',
    ])
  })

  it('says how to install a tool GitHub has and this machine lacks', () => {
    expect(missingTool(['/tmp/x.sh: line 2: uv: command not found'])?.advice).toBe(
      "uv is not installed on this machine; GitHub's runner has it. Install it with: curl -LsSf https://astral.sh/uv/install.sh | sh (or pipx install uv); astral-sh/setup-uv installs it on GitHub. Then rehearse again.",
    )
    expect(missingTool(['/tmp/x.sh: 2: frobnicate: not found'])?.advice).toBe(
      "frobnicate is not on this machine's PATH (the step expects it: on GitHub's runner image, or installed by an earlier step there). Install it here, then rehearse again.",
    )
    expect(missingTool(['pnpm: command not found'])?.tool).toBe('pnpm')
    expect(missingTool(['all good'])).toBeUndefined()
  })

  it('the shims send a publish to the sandbox, and refuse one with no npm registry to go to', async () => {
    // The "real" tools: each prints what it was given.
    const real = mkdtempSync(join(tmpdir(), 'tokenless-real-tools-'))
    for (const tool of ['npm', 'twine', 'uv']) {
      writeFileSync(join(real, tool), '#!/bin/sh\necho "$0 $*"\n')
      chmodSync(join(real, tool), 0o755)
    }
    const shims = await writePublishShims(mkdtempSync(join(tmpdir(), 'tokenless-shims-')), sandbox)
    const run = (dir: string, tool: string, ...args: string[]) =>
      spawnSync(join(dir, tool), args, {
        encoding: 'utf8',
        env: { PATH: `${dir}:${real}:/usr/bin:/bin` },
      })
    const npm = run(shims, 'npm', 'publish', '--registry', 'https://registry.npmjs.org')
    expect(npm.stdout).toBe(
      `${real}/npm publish --registry https://registry.npmjs.org --registry=http://127.0.0.1:4001/\n`,
    )
    expect(npm.stderr).toBe(
      '[tokenless rehearse] npm publishes to the sandbox: http://127.0.0.1:4001/\n',
    )
    expect(run(shims, 'npm', 'ci').stdout).toBe(`${real}/npm ci\n`)
    expect(run(shims, 'twine', 'upload', '-r', 'testpypi', 'dist/*').stdout).toBe(
      `${real}/twine upload -r testpypi dist/* --repository-url http://127.0.0.1:4003/legacy/\n`,
    )
    expect(
      run(shims, 'uv', 'publish', '--publish-url=https://upload.pypi.org/legacy/').stdout,
    ).toBe(`${real}/uv publish --publish-url http://127.0.0.1:4002/legacy/\n`)
    const noNpm = await writePublishShims(mkdtempSync(join(tmpdir(), 'tokenless-shims-')), {
      ...sandbox,
      npm: undefined,
    })
    const refused = run(noNpm, 'npm', 'publish')
    expect(refused.status).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe(
      '[tokenless rehearse] npm publish refused: the rehearsal started no npm registry (it saw no npm publish in the workflow), and a publish never leaves the machine.\n',
    )
  })
})
