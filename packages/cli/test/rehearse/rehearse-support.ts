// What the rehearsal tests share: a CliIO that records, the tokenless repository's root, and a
// compact npm release workflow that tests break in one place each.
import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CliIO } from '../../src/io.js'
import { rehearseCommand } from '../../src/rehearse/command.js'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'

export const suiteRoot = join(import.meta.dirname, '..', '..', '..', '..')

/**
 * A newcomer's PATH: one folder with every command of `path` but `python` (a Debian machine has
 * python3 alone), so that no `python` is found whichever folders held one.
 */
export function pathWithoutPython(path: string): string {
  const bin = mkdtempSync(join(tmpdir(), 'tokenless-no-python-'))
  for (const dir of path.split(':')) {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      continue
    }
    for (const name of names) {
      if (name === 'python' || name.startsWith('python2')) continue
      try {
        symlinkSync(join(dir, name), join(bin, name))
      } catch {
        // The first folder on PATH wins, as in a shell.
      }
    }
  }
  return bin
}

export interface Recorded {
  code: number
  stdout: string
  stderr: string
}

export async function runRehearse(
  args: string[],
  options: { cwd?: string; tty?: boolean } = {},
): Promise<Recorded> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: Object.assign(
      { write: (chunk: string) => ((stdout += chunk), true) },
      options.tty === true ? { isTTY: true, columns: 120 } : {},
    ) as unknown as CliIO['stdout'],
    stderr: { write: (chunk: string) => ((stderr += chunk), true) } as unknown as CliIO['stderr'],
    cwd: options.cwd ?? suiteRoot,
    env: { TERM: 'xterm' },
  }
  const code = await rehearseCommand(args, io)
  return { code, stdout, stderr }
}

/** Rehearses with --json and returns the report. */
export async function rehearseJson(
  args: string[],
  options: { cwd?: string } = {},
): Promise<{ code: number; report: RehearsalReport; stderr: string }> {
  const run = await runRehearse([...args, '--json'], options)
  if (run.stdout.trim() === '') throw new Error(`No report (exit ${run.code}): ${run.stderr}`)
  return { code: run.code, report: JSON.parse(run.stdout) as RehearsalReport, stderr: run.stderr }
}

/** Lines holding a token of any kind: a GITHUB_TOKEN, a JWT, an npm or PyPI token. */
export function tokenLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) =>
      /ghs_[A-Za-z0-9]{36}|eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+|npm_[A-Za-z0-9]{36}|pypi-[\w-]{20,}/.test(
        line,
      ),
    )
}

/**
 * An npm-only release workflow in the shape of workflows-examples/release.yml (validate, test,
 * build, publish under environment release, create-release), written to a temp file.
 * `edit` changes its text to break it in one place.
 */
export function npmWorkflow(
  edit: (text: string) => string = (text) => text,
  name = 'release.yml',
): string {
  const text = `name: release
on:
  workflow_dispatch:
    inputs:
      version:
        type: string
        required: false
permissions: {}
jobs:
  validate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    outputs:
      version: \${{ steps.tag.outputs.version }}
      tag: \${{ steps.tag.outputs.tag }}
      sha: \${{ steps.tag.outputs.sha }}
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - id: tag
        uses: owner/tokenless/actions/validate-tag@v1
        with:
          version: \${{ inputs.version }}
          manifests: package.json
          changelog: CHANGELOG.md
  test:
    needs: validate
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ needs.validate.outputs.sha }}
      - uses: owner/tokenless/actions/test-gate@v1
        with:
          run: node --test
          sha: \${{ needs.validate.outputs.sha }}
  build:
    needs: [validate, test]
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ needs.validate.outputs.sha }}
      - run: mkdir -p dist && npm pack --pack-destination dist
      - uses: actions/upload-artifact@v5
        with:
          name: packages
          path: dist/
  publish-npm:
    needs: [validate, build]
    runs-on: ubuntu-latest
    environment: release
    permissions:
      id-token: write
      contents: read
      checks: read
    steps:
      - uses: actions/download-artifact@v5
        with:
          name: packages
          path: dist/
      - uses: owner/tokenless/actions/publish-oidc@v1
        with:
          registry: npm
          packages: dist/*.tgz
          version: \${{ needs.validate.outputs.version }}
          sha: \${{ needs.validate.outputs.sha }}
  create-release:
    needs: [validate, publish-npm]
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
          ref: \${{ needs.validate.outputs.sha }}
      - uses: owner/tokenless/actions/create-release@v1
        with:
          tag: \${{ needs.validate.outputs.tag }}
          sha: \${{ needs.validate.outputs.sha }}
          version: \${{ needs.validate.outputs.version }}
`
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-rehearse-workflow-'))
  const file = join(dir, name)
  writeFileSync(file, edit(text))
  return file
}

/** Replaces exactly one occurrence, so that a fixture that drifts fails loudly. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`Expected one "${from}" in the workflow.`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}
