// A Python project's repository for the stand-in rehearsals: pyproject.toml with the demo's
// in-tree build backend (nothing downloaded to build), a package, and the workflows given.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { suiteRoot } from './rehearse-support.js'

export function pythonRepository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-stand-ins-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/spanner.git')
  writeFileSync(
    join(dir, 'pyproject.toml'),
    `[build-system]
requires = []
build-backend = "hello_build"
backend-path = ["build_backend"]

[project]
name = "acme-spanner"
version = "2.1.0"
description = "Spanners."
readme = "README.md"
requires-python = ">=3.9"
license = "MIT"
`,
  )
  writeFileSync(join(dir, 'README.md'), '# acme-spanner\n\nSpanners.\n')
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n')
  mkdirSync(join(dir, 'build_backend'))
  copyFileSync(
    join(suiteRoot, 'demo', 'python', 'build_backend', 'hello_build.py'),
    join(dir, 'build_backend', 'hello_build.py'),
  )
  mkdirSync(join(dir, 'acme_spanner'))
  writeFileSync(join(dir, 'acme_spanner', '__init__.py'), 'SIZE = 10\n')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  git('add', '--all')
  git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '--quiet', '-m', 'spanners')
  return dir
}

/** A build step that makes the wheel and the sdist in dist/ with the in-tree backend. */
export const BUILD_DIST = `python -c "import sys; sys.path.insert(0, 'build_backend'); import hello_build as b; print(b.build_wheel('dist')); print(b.build_sdist('dist'))"`
