import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A real git repository in a temp dir, with commits made at fixed, increasing dates. */
export class GitFixture {
  private clock = 1_700_000_000

  private constructor(readonly dir: string) {}

  static create(name = 'repo'): GitFixture {
    const dir = join(mkdtempSync(join(tmpdir(), 'tokenless-git-')), name)
    mkdirSync(dir)
    const fixture = new GitFixture(dir)
    fixture.git('init', '-q', '-b', 'main')
    return fixture
  }

  /** A `git clone` of this repository (file://, so that --depth works) into a new temp dir. */
  clone(args: string[] = []): GitFixture {
    const dir = join(mkdtempSync(join(tmpdir(), 'tokenless-clone-')), 'clone')
    execFileSync('git', ['clone', '-q', ...args, `file://${this.dir}`, dir], { env: this.env() })
    return new GitFixture(dir)
  }

  env(): NodeJS.ProcessEnv {
    const date = `${this.clock} +0000`
    return {
      ...process.env,
      GIT_AUTHOR_NAME: 'Release Tester',
      GIT_AUTHOR_EMAIL: 'tester@example.test',
      GIT_COMMITTER_NAME: 'Release Tester',
      GIT_COMMITTER_EMAIL: 'tester@example.test',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    }
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env(), encoding: 'utf8' }).trim()
  }

  write(files: Record<string, string>): void {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, file)), { recursive: true })
      writeFileSync(join(this.dir, file), content)
    }
  }

  /** Writes the files (if any), commits everything, and returns the new commit's sha. */
  commit(message: string, files: Record<string, string> = {}): string {
    this.clock += 60
    this.write(files)
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }

  tag(name: string, options: { annotated?: boolean; at?: string } = {}): void {
    const at = options.at ?? 'HEAD'
    if (options.annotated) this.git('tag', '-a', name, '-m', `Release ${name}`, at)
    else this.git('tag', name, at)
  }

  head(): string {
    return this.git('rev-parse', 'HEAD')
  }
}
