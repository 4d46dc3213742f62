import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { git } from '@tokenless/git'
import { startGitHubSandbox, type GitHubSandbox, type GitHubSandboxOptions } from '../src/index.js'

const running: Array<{ sandbox: GitHubSandbox; violationsExpected: boolean }> = []
const dirs: string[] = []

/**
 * Starts a sandbox that `stopSandboxes` (afterEach) stops. Unless `violationsExpected`, the
 * test fails when the sandbox recorded a contract violation: every answer must match GitHub's
 * description.
 */
export async function sandbox(
  options: GitHubSandboxOptions = {},
  violationsExpected = false,
): Promise<GitHubSandbox> {
  const started = await startGitHubSandbox({
    repositories: [{ owner: 'octo', repo: 'hello' }],
    ...options,
  })
  running.push({ sandbox: started, violationsExpected })
  return started
}

export async function stopSandboxes(): Promise<void> {
  const stopping = running.splice(0)
  await Promise.all(stopping.map(({ sandbox: s }) => s.stop()))
  for (const { sandbox: s, violationsExpected } of stopping) {
    if (!violationsExpected) expect(s.contractViolations.map((v) => v.message)).toEqual([])
  }
}

/** A JSON value a test reads freely, as GitHub documents it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export interface Answer {
  status: number
  body: Json
  /** The body when it is an array, else empty. */
  list: Json[]
  headers: Headers
  text: string
}

/** `value` as an array, for reading lists in answers. */
export function asList(value: unknown): Json[] {
  if (!Array.isArray(value)) throw new Error(`Expected a JSON array, got ${JSON.stringify(value)}`)
  return value
}

/** A call with fetch: `token` null sends no Authorization header. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: {
    body?: unknown
    raw?: string | Buffer
    token?: string | null
    headers?: Record<string, string>
  } = {},
): Promise<Answer> {
  const token = options.token === undefined ? 'sandbox-token' : options.token
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    ...options.headers,
  }
  if (token !== null) headers.authorization = `Bearer ${token}`
  let body: string | Buffer | undefined
  if (options.raw !== undefined) body = options.raw
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers['content-type'] = 'application/json'
  }
  const response = await fetch(`${base}${path}`, { method, headers, body, redirect: 'manual' })
  const text = await response.text()
  let parsed: unknown = undefined
  try {
    parsed = text === '' ? undefined : JSON.parse(text)
  } catch {
    parsed = text
  }
  return {
    status: response.status,
    body: parsed,
    list: Array.isArray(parsed) ? parsed : [],
    headers: response.headers,
    text,
  }
}

/** Resolves once `condition` holds (checked on every turn of the event loop, for up to 10s). */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 10_000; turn++) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  throw new Error(`Gave up waiting until ${what}.`)
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tokenless-sandbox-'))
  dirs.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/** A real repository with fixed identities and dates, independent of the machine's config. */
export class TestRepo {
  private clock = 1_700_000_000

  constructor(readonly dir: string) {}

  static async init(branch = 'main'): Promise<TestRepo> {
    const repo = new TestRepo(await tempDir())
    await repo.run(['init', '-q', '-b', branch])
    return repo
  }

  env(): NodeJS.ProcessEnv {
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
    }
  }

  async run(args: string[]): Promise<string> {
    const { stdout } = await git(this.dir, args, { env: this.env() })
    return stdout.trim()
  }

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
    return this.run(['rev-parse', 'HEAD'])
  }
}
