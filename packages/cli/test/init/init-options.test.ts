// tokenless init's options: asking before overwriting, --yes, --dry-run, --yank, usage mistakes.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { parse } from 'yaml'
import { INIT_USAGE } from '../../src/init/options.js'
import { gitRepository, packageJson, removeRepositories, runInit } from './init-support.js'

afterAll(removeRepositories)

const workflows = (dir: string): string => join(dir, '.github', 'workflows')

function npmRepository(withRelease?: string) {
  const repo = gitRepository({
    'package.json': packageJson({
      name: 'acme-widget',
      version: '1.0.0',
      scripts: { test: 'node --test' },
    }),
  })
  if (withRelease !== undefined) {
    mkdirSync(workflows(repo.dir), { recursive: true })
    writeFileSync(join(workflows(repo.dir), 'release.yml'), withRelease)
  }
  return repo
}

/** A terminal that answers `answer` to the question. */
function terminal(answer: string): PassThrough & { isTTY: boolean } {
  const stdin = Object.assign(new PassThrough(), { isTTY: true })
  stdin.end(`${answer}\n`)
  return stdin
}

describe('tokenless init and an existing release.yml', () => {
  it('refuses to overwrite it with no terminal to ask, and says --yes', async () => {
    const repo = npmRepository('name: mine\n')
    expect(await runInit([], repo.dir)).toMatchObject({
      code: 1,
      stderr:
        'tokenless init: .github/workflows/release.yml exists already. Run tokenless init --yes to overwrite it, or --dry-run to see what would be written.\n',
    })
    expect(readFileSync(join(workflows(repo.dir), 'release.yml'), 'utf8')).toBe('name: mine\n')
  })

  it('asks on a terminal: no keeps it, yes overwrites it', async () => {
    const repo = npmRepository('name: mine\n')
    const no = await runInit([], repo.dir, terminal('n'))
    expect(no.code).toBe(1)
    expect(no.stdout).toContain('.github/workflows/release.yml exists. Overwrite it? [y/N] ')
    expect(no.stdout).toContain('Nothing written.\n')
    expect(readFileSync(join(workflows(repo.dir), 'release.yml'), 'utf8')).toBe('name: mine\n')
    const yes = await runInit([], repo.dir, terminal('y'))
    expect(yes.code).toBe(0)
    expect(yes.stdout).toContain('Wrote .github/workflows/release.yml\n')
  })

  it('overwrites it with --yes', async () => {
    const repo = npmRepository('name: mine\n')
    const run = await runInit(['--yes'], repo.dir)
    expect(run.code).toBe(0)
    expect(readFileSync(join(workflows(repo.dir), 'release.yml'), 'utf8')).toContain('publish-npm:')
  })
})

describe('tokenless init --dry-run and --yank', () => {
  it('--dry-run prints the files, writes nothing, and still checks them with doctor', async () => {
    const repo = npmRepository()
    const run = await runInit(['--dry-run', '--yank'], repo.dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '\n--- .github/workflows/release.yml (--dry-run: not written)\n# Releases acme-widget',
    )
    expect(run.stdout).toContain('\n--- .github/workflows/yank.yml (--dry-run: not written)\n')
    expect(run.stdout).toContain(
      'tokenless doctor: no finding in .github/workflows/release.yml, .github/workflows/yank.yml.',
    )
    expect(existsSync(workflows(repo.dir))).toBe(false)
  })

  it('--yank writes the yank workflow naming the packages', async () => {
    const repo = npmRepository()
    const run = await runInit(['--yank', '--test-command', 'npm ci && npm test'], repo.dir)
    expect(run.code).toBe(0)
    const yank = parse(readFileSync(join(workflows(repo.dir), 'yank.yml'), 'utf8')) as {
      jobs: { yank: { steps: { with: { packages: string } }[] } }
    }
    expect(yank.jobs.yank.steps[0]!.with.packages).toBe('npm:acme-widget\n')
    const release = parse(readFileSync(join(workflows(repo.dir), 'release.yml'), 'utf8')) as {
      env: Record<string, string>
    }
    expect(release.env.TEST_COMMAND).toBe('npm ci && npm test')
  })

  it('writes a value from the repository as a YAML string and `${{` as an expression of it', async () => {
    const repo = npmRepository()
    const run = await runInit(['--test-command', 'echo "${{ secrets.X }}": a # b'], repo.dir)
    expect(run.code).toBe(0)
    const release = parse(readFileSync(join(workflows(repo.dir), 'release.yml'), 'utf8')) as {
      env: Record<string, string>
    }
    expect(release.env.TEST_COMMAND).toBe(`echo "\${{ '\${{' }} secrets.X }}": a # b`)
  })
})

describe('tokenless init usage', () => {
  it('prints its help', async () => {
    const repo = npmRepository()
    expect(await runInit(['--help'], repo.dir)).toEqual({
      code: 0,
      stdout: `${INIT_USAGE}\n`,
      stderr: '',
    })
  })

  it.each([
    [['--force'], 'unknown option --force.'],
    [['--version'], '--version needs a value.'],
    [['--test-command', ' '], '--test-command is empty.'],
    [['a', 'b'], 'give one PATH, not 2 (a, b).'],
  ])('%j: %s', async (args, message) => {
    const repo = npmRepository()
    expect(await runInit(args, repo.dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `tokenless init: ${message}\n\n${INIT_USAGE}\n`,
    })
  })
})
