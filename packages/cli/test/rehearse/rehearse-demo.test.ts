// The main job: `npm start` (the committed bundle, no arguments) releases the demo to the sandbox.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathWithoutPython, rehearseJson, suiteRoot, tokenLines } from './rehearse-support.js'

describe('tokenless rehearse on the demo (npm start)', () => {
  it('npm start publishes the demo to npm and PyPI and creates the release, with no token in the log, on a PATH with no python', () => {
    // A newcomer's shell: PATH and HOME only, and no `python` (Debian has python3 alone).
    const env = {
      PATH: pathWithoutPython(process.env.PATH ?? ''),
      HOME: process.env.HOME ?? '/tmp',
    }
    expect(spawnSync('sh', ['-c', 'command -v python'], { env }).status).not.toBe(0)
    const started = spawnSync(process.execPath, [join(suiteRoot, 'scripts', 'start.mjs')], {
      cwd: suiteRoot,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    })
    const output = `${started.stdout}\n${started.stderr}`
    expect({ code: started.status, tail: output.split('\n').slice(-40).join('\n') }).toMatchObject({
      code: 0,
    })
    // The maintainer dispatches with the version input empty: the manifests' version is released.
    expect(output).toContain(
      'Rehearsal of .github/workflows/release.yml (workflow_dispatch: version="") on tokenless-demo/hello-tokenless at main',
    )
    expect(output).toContain('from the npm-python demo in demo/')
    expect(output).toContain('npm      hello-tokenless@1.3.0  dist-tag latest  sha512-')
    expect(output).toMatch(
      /PyPI {5}hello-tokenless 1\.3\.0 {2}hello_tokenless-1\.3\.0-py3-none-any\.whl/,
    )
    expect(output).toContain('v1.3.0 "v1.3.0" (published, latest) by github-actions[bot]')
    expect(output).toContain(
      'npm      hello-tokenless: owner tokenless-demo, repository hello-tokenless, workflow release.yml, environment release',
    )
    expect(output).toContain('seeded on npm: hello-tokenless@1.2.0 from the package at v1.2.0')
    expect(output).toMatch(
      /\nPASSED: published hello-tokenless@1\.3\.0 \(npm\), hello-tokenless 1\.3\.0 \(PyPI\); GitHub release v1\.3\.0\.\n/,
    )
    expect(tokenLines(output)).toEqual([])
  })

  it('--json reports every job, what the registries and GitHub hold, and where the time went', async () => {
    const { code, report } = await rehearseJson([])
    expect(code).toBe(0)
    expect(report.result).toBe('passed')
    const jobs = report.attempts[0]!.jobs
    expect(jobs.map((job) => [job.id, job.status])).toEqual([
      ['validate', 'success'],
      ['test', 'success'],
      ['build', 'success'],
      ['publish-npm', 'success'],
      ['publish-pypi', 'success'],
      ['create-release', 'success'],
    ])
    const publishNpm = jobs.find((job) => job.id === 'publish-npm')!
    expect(publishNpm).toMatchObject({ idToken: true, environment: { name: 'release' } })
    // Provenance is on, as in the workflow: signed by the sandbox's Sigstore stand-in.
    expect(JSON.stringify(publishNpm)).toContain("provenance: signed by the sandbox's Sigstore")
    expect(jobs.find((job) => job.id === 'test')!.idToken).toBe(false)
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'hello-tokenless', published: ['1.3.0'], uploads: 1 }),
    ])
    expect(report.readBack.pypi).toEqual([
      expect.objectContaining({
        registry: 'pypi',
        published: ['1.3.0'],
        uploads: { 'hello_tokenless-1.3.0-py3-none-any.whl': 1 },
      }),
    ])
    expect(report.readBack.releases).toEqual([
      expect.objectContaining({ tag: 'v1.3.0', draft: false, latest: true }),
    ])
    expect(report.readBack.releases[0]!.body).toContain('farewell() in Node.js and Python')
    expect(report.readBack.checkRuns).toEqual([
      expect.objectContaining({ name: 'tokenless/test-gate', conclusion: 'success' }),
    ])
    expect(Object.keys(report.timing)).toEqual(
      expect.arrayContaining(['repository', 'sandbox', 'registries', 'jobs', 'total']),
    )
    for (const job of jobs) expect(job.durationMs).toEqual(expect.any(Number))
    expect(tokenLines(JSON.stringify(report, null, 1))).toEqual([])
  })
})
