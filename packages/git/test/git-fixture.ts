import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { git, type GitResult } from '../src/index.js'

/** Directories made by this test file, removed by `removeRepos()` in afterAll. */
const made: string[] = []

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tokenless-git-'))
  made.push(dir)
  return dir
}

export async function removeRepos(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/**
 * A real repository in a temp dir with fixed identities and dates, independent of the machine's
 * git configuration.
 */
export class TestRepo {
  private clock = 1_700_000_000

  constructor(readonly dir: string) {}

  static async init(branch = 'main'): Promise<TestRepo> {
    const repo = new TestRepo(await tempDir())
    await repo.run(['init', '-q', '-b', branch])
    return repo
  }

  /** The environment every fixture git command runs with. */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const date = `${this.clock} +0000`
    return {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ada Author',
      GIT_AUTHOR_EMAIL: 'ada@example.test',
      GIT_COMMITTER_NAME: 'Carl Committer',
      GIT_COMMITTER_EMAIL: 'carl@example.test',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      ...extra,
    }
  }

  async run(args: string[], input?: string): Promise<GitResult> {
    return git(this.dir, ['-c', 'advice.detachedHead=false', ...args], {
      env: this.env(),
      ...(input === undefined ? {} : { input }),
    })
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).stdout.trim()
  }

  /** Commits (touching `file` when given) one minute after the previous one; returns the sha. */
  async commit(message: string, file?: { path: string; content: string }): Promise<string> {
    this.clock += 60
    if (file === undefined) {
      await this.run(['commit', '-q', '--allow-empty', '-m', message])
    } else {
      await mkdir(dirname(join(this.dir, file.path)), { recursive: true })
      await writeFile(join(this.dir, file.path), file.content)
      await this.run(['add', file.path])
      await this.run(['commit', '-q', '-m', message])
    }
    return this.text(['rev-parse', 'HEAD'])
  }

  async tag(name: string, options: { annotated?: boolean; target?: string } = {}): Promise<void> {
    const target = options.target ?? 'HEAD'
    await this.run(
      options.annotated === true
        ? ['tag', '-a', name, '-m', `Release ${name}`, target]
        : ['tag', name, target],
    )
  }

  async checkout(args: string[]): Promise<void> {
    await this.run(['checkout', '-q', ...args])
  }
}

/** A shallow clone through file:// (a plain path would ignore --depth). */
export async function shallowClone(origin: TestRepo, args: string[]): Promise<TestRepo> {
  const clone = new TestRepo(join(await tempDir(), 'clone'))
  await git(
    origin.dir,
    ['clone', '-q', '-c', 'advice.detachedHead=false', ...args, `file://${origin.dir}`, clone.dir],
    {
      env: origin.env(),
    },
  )
  return clone
}

/** The error `action` rejects with; fails the test when it resolves. */
export async function rejection(action: Promise<unknown>): Promise<Error> {
  try {
    await action
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`expected an Error, got ${String(error)}`)
  }
  throw new Error('expected a rejection, but it resolved')
}
