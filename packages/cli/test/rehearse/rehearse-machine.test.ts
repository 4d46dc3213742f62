// What a rehearsed job takes from the machine: setup-python's stand-in provides `python` and `pip`
// on a PATH that has none (a Debian machine has only python3), as the real action does, and the
// shell's certificate and proxy settings reach run: steps without turning the sandbox's traffic
// into proxy traffic.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { networkEnv, npmrcCafile } from '../../src/rehearse/network-env.js'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import type { JobRecord } from '../../src/rehearse/run-records.js'
import {
  npmWorkflow,
  pathWithoutPython,
  rehearseJson,
  replaceOnce,
  tokenLines,
} from './rehearse-support.js'

function jobOf(report: RehearsalReport, label: string): JobRecord | undefined {
  return report.attempts.at(-1)?.jobs.find((job) => job.label === label)
}

function logOf(job: JobRecord | undefined): string {
  return (job?.steps ?? []).flatMap((step) => [...step.log, ...step.notes]).join('\n')
}

const PYTHON = `name: python
on: workflow_dispatch
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: if command -v python; then echo "a python before setup-python"; exit 1; fi
      - id: setup
        uses: actions/setup-python@e797f83bcb11b83ae66e0230d6156d7c80228e7c # v6.0.0
        with:
          python-version: '3'
      - env:
          PYTHON_PATH: \${{ steps.setup.outputs.python-path }}
          PYTHON_VERSION: \${{ steps.setup.outputs.python-version }}
        run: |
          python -c "import sys; print('python', sys.version_info[0])"
          pip --version | cut -d' ' -f1
          pip3 --version | cut -d' ' -f1
          test "$(command -v python)" = "$PYTHON_PATH"
          test "$pythonLocation/bin/python" = "$PYTHON_PATH"
          test "$Python_ROOT_DIR" = "$pythonLocation" && test "$Python3_ROOT_DIR" = "$pythonLocation"
          test "$PKG_CONFIG_PATH" = "$pythonLocation/lib/pkgconfig"
          test "$(python -c 'import platform; print(platform.python_version())')" = "$PYTHON_VERSION"
          echo "tool cache: \${PYTHON_PATH#"$RUNNER_TOOL_CACHE/"}" | sed -E 's/[0-9]+\\.[0-9]+\\.[0-9]+/X.Y.Z/'
  other-version:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@e797f83bcb11b83ae66e0230d6156d7c80228e7c # v6.0.0
        with:
          python-version: '3.1'
      - run: python --version
`

describe('setup-python on a machine with python3 and no python', () => {
  const saved = process.env.PATH
  afterAll(() => {
    process.env.PATH = saved
  })

  it('puts python, python3, pip and pip3 on PATH from a tool-cache folder, with its variables and outputs', async () => {
    process.env.PATH = pathWithoutPython(saved ?? '')
    expect(() =>
      execFileSync('sh', ['-c', 'command -v python'], { env: { PATH: process.env.PATH } }),
    ).toThrow()
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-rehearse-python-'))
    const workflow = join(dir, 'python.yml')
    writeFileSync(workflow, PYTHON)
    const { report } = await rehearseJson(['--workflow', workflow])
    const build = jobOf(report, 'build')
    const log = logOf(build)
    expect({ status: build?.status, log }).toMatchObject({ status: 'success' })
    expect(log).toContain('python 3\npip\npip\ntool cache: Python/X.Y.Z/x64/bin/python')
    expect(log).toMatch(
      /the Python on this machine \(3\.\d+\.\d+, \/.+\) stands in for python-version 3, as python and pip in \/.+\/Python\/3\.\d+\.\d+\/x64\/bin/,
    )
    // The asked version is not on the machine: the one that stands in is named.
    const other = jobOf(report, 'other-version')
    expect(other?.status).toBe('success')
    expect(other?.steps[0]?.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(
        /^python-version 3\.1 was asked for; this machine has Python 3\.\d+\.\d+ \(\/.+\), which the rehearsal uses\.$/,
      ),
    ])
    expect(logOf(other)).toMatch(/^Python 3\.\d+\.\d+$/m)
  }, 150_000)
})

describe("the shell's network settings", () => {
  const names = [
    'HTTPS_PROXY',
    'HTTP_PROXY',
    'NODE_USE_ENV_PROXY',
    'NO_PROXY',
    'no_proxy',
    'PIP_INDEX_URL',
    'NODE_EXTRA_CA_CERTS',
    'npm_config_userconfig',
    'npm_config_cafile',
    'NPM_CONFIG_CAFILE',
  ]
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]))
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  it('reach run: steps (npm cafile from the user .npmrc, not its token), and the sandbox is never proxied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-rehearse-network-'))
    const ca = join(dir, 'corporate-ca.pem')
    writeFileSync(ca, '')
    const npmrc = join(dir, 'user-npmrc')
    writeFileSync(
      npmrc,
      `cafile=${ca}\n//registry.npmjs.org/:_authToken=npm_${'Q'.repeat(36)}\nregistry=https://npm.corp.example/\n`,
    )
    for (const name of names) delete process.env[name]
    // A proxy that answers nothing: any sandbox request sent through it would fail the release.
    Object.assign(process.env, {
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      NODE_USE_ENV_PROXY: '1',
      NO_PROXY: '.corp.example',
      PIP_INDEX_URL: 'https://pypi.corp.example/simple',
      NODE_EXTRA_CA_CERTS: ca,
      npm_config_userconfig: npmrc,
    })
    const workflow = npmWorkflow((text) =>
      replaceOnce(
        text,
        '      - run: mkdir -p dist && npm pack --pack-destination dist\n',
        `      - run: |
          for name in HTTPS_PROXY HTTP_PROXY NODE_USE_ENV_PROXY NO_PROXY no_proxy PIP_INDEX_URL NODE_EXTRA_CA_CERTS npm_config_cafile; do
            echo "$name=\${!name}"
          done
          echo "npm cafile: $(npm config get cafile)"
          echo "npm registry: $(npm config get registry)"
      - run: mkdir -p dist && npm pack --pack-destination dist
`,
      ),
    )
    const run = await rehearseJson(['--workflow', workflow])
    expect(run.report.verdict).toBe(
      'PASSED: published hello-tokenless@1.3.0 (npm); GitHub release v1.3.0.',
    )
    expect(logOf(jobOf(run.report, 'build'))).toContain(
      [
        'HTTPS_PROXY=http://127.0.0.1:9',
        'HTTP_PROXY=http://127.0.0.1:9',
        'NODE_USE_ENV_PROXY=1',
        'NO_PROXY=.corp.example,127.0.0.1,localhost,::1',
        'no_proxy=.corp.example,127.0.0.1,localhost,::1',
        'PIP_INDEX_URL=https://pypi.corp.example/simple',
        `NODE_EXTRA_CA_CERTS=${ca}`,
        `npm_config_cafile=${ca}`,
        `npm cafile: ${ca}`,
        // Only cafile is carried from the user's .npmrc: not its registry, not its token.
        'npm registry: https://registry.npmjs.org/',
      ].join('\n'),
    )
    const everything = JSON.stringify(run.report)
    expect(everything).not.toContain('Q'.repeat(36))
    expect(tokenLines(everything)).toEqual([])
  }, 150_000)

  it('reads cafile from an .npmrc, and adds loopback to NO_PROXY even when none is set', () => {
    expect(npmrcCafile('; comment\n cafile = "${HOME}/ca.pem"\n', { HOME: '/home/ada' })).toBe(
      '/home/ada/ca.pem',
    )
    expect(npmrcCafile('registry=https://x/\n', {})).toBeUndefined()
    expect(networkEnv({ HOME: '/nonexistent' }, () => undefined)).toEqual({
      NO_PROXY: '127.0.0.1,localhost,::1',
      no_proxy: '127.0.0.1,localhost,::1',
    })
    expect(
      networkEnv(
        { HOME: '/home/ada', PIP_CERT: '/ca.pem', NPM_TOKEN: 'x', no_proxy: 'localhost' },
        (path) => (path === '/home/ada/.config/pip/pip.conf' ? '[global]\n' : undefined),
      ),
    ).toEqual({
      PIP_CERT: '/ca.pem',
      PIP_CONFIG_FILE: '/home/ada/.config/pip/pip.conf',
      NO_PROXY: 'localhost,127.0.0.1,::1',
      no_proxy: 'localhost,127.0.0.1,::1',
    })
  })
})
