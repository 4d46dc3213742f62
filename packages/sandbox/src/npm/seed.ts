import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import type { VerdaccioProcess } from './verdaccio.js'

export interface NpmSeedOptions {
  /** The dist-tag to publish under. Default: `latest` (also for a prerelease). */
  tag?: string
}

export interface NpmSeededPackage {
  name: string
  version: string
  /** `sha512-...` of the tarball, as the registry then serves it in `dist.integrity`. */
  integrity: string
  shasum: string
}

export interface NpmSeedRunner {
  /** The Node the npm CLI runs on: its directory goes first on PATH. */
  node: string
  /** Default: `npm`. */
  command?: string
  /** The npm CLI's environment. Default: PATH only (plus a temporary HOME). */
  env?: Record<string, string>
}

/**
 * Publishes a package directory or `.tgz` straight to Verdaccio with the real npm CLI, as the
 * front's backend user: no trusted publishing rules, no entry in the front's `requests`. For
 * tests that need a version to exist before the release under test.
 */
export async function seedPackage(
  backend: VerdaccioProcess,
  source: string,
  runner: NpmSeedRunner,
  options: NpmSeedOptions = {},
): Promise<NpmSeededPackage> {
  const home = await mkdtemp(join(tmpdir(), 'tokenless-npm-seed-'))
  try {
    const host = new URL(backend.url).host
    const userconfig = join(home, '.npmrc')
    const basic = backend.authorization.replace(/^Basic /, '')
    await writeFile(userconfig, `registry=${backend.url}\n//${host}/:_auth=${basic}\n`)
    const args = [
      'publish',
      resolve(source),
      '--json',
      '--ignore-scripts',
      '--provenance=false',
      `--tag=${options.tag ?? 'latest'}`,
      `--registry=${backend.url}`,
      `--userconfig=${userconfig}`,
      `--globalconfig=${join(home, 'global-npmrc')}`,
      `--cache=${join(home, 'cache')}`,
      '--no-update-notifier',
      '--no-audit',
      '--no-fund',
    ]
    const path = [dirname(runner.node), runner.env?.PATH ?? process.env.PATH ?? ''].join(delimiter)
    const { code, stdout, stderr } = await run(runner.command ?? 'npm', args, {
      ...runner.env,
      PATH: path,
      HOME: home,
    })
    if (code !== 0) {
      throw new Error(`Seeding ${source} failed: npm publish exited with ${code}.\n${stderr}`)
    }
    // npm 11 keys the report by package name; older npm printed the report itself.
    const report = JSON.parse(stdout) as Record<string, unknown>
    const published = (
      typeof report.id === 'string' ? report : Object.values(report)[0]
    ) as Partial<NpmSeededPackage>
    if (
      published === undefined ||
      typeof published.name !== 'string' ||
      typeof published.version !== 'string' ||
      typeof published.integrity !== 'string' ||
      typeof published.shasum !== 'string'
    ) {
      throw new Error(`Seeding ${source}: npm publish --json printed no package:\n${stdout}`)
    }
    return {
      name: published.name,
      version: published.version,
      integrity: published.integrity,
      shasum: published.shasum,
    }
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }))
  })
}
