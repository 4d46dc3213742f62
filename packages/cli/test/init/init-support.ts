// What the init tests share: temp git repositories of each kind, and init run on them with an
// IO that records.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { CliIO } from '../../src/io.js'
import { initCommand } from '../../src/init/command.js'
import { recordingIO } from '../recording-io.js'

const made: string[] = []

export interface Repo {
  dir: string
  git: (...args: string[]) => string
  commit: (message: string) => void
  write: (files: Record<string, string>) => void
}

/**
 * A git repository on `main` with origin on GitHub (acme/widget), holding `files` in one commit,
 * and `tags` on it.
 */
export function gitRepository(files: Record<string, string>, tags: string[] = []): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-init-'))
  made.push(dir)
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/widget.git')
  const write = (more: Record<string, string>): void => {
    for (const [path, content] of Object.entries(more)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
  }
  write(files)
  const commit = (message: string): void => {
    git('add', '--all')
    git(
      '-c',
      'user.name=A',
      '-c',
      'user.email=a@example.com',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      message,
    )
  }
  commit('feat: first')
  for (const tag of tags) git('tag', tag)
  return { dir, git, commit, write }
}

export function removeRepositories(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export interface Recorded {
  code: number
  stdout: string
  stderr: string
}

export async function runInit(
  args: string[],
  cwd: string,
  stdin?: CliIO['stdin'],
): Promise<Recorded> {
  const { io, recorded } = recordingIO(cwd, stdin === undefined ? {} : { stdin })
  const code = await initCommand(args, io)
  return { code, ...recorded() }
}

export const packageJson = (manifest: Record<string, unknown>): string =>
  `${JSON.stringify(manifest, null, 2)}\n`
