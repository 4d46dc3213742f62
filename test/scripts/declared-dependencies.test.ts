import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repoRoot } from '../support/action-defaults.js'

const SCRIPT = join(repoRoot, 'scripts', 'check-dependencies.mjs')

function checkDependencies(root?: string) {
  const args = root === undefined ? [] : ['--root', root]
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' })
  return { code: result.status, output: `${result.stdout}${result.stderr}`.trim() }
}

describe('declared dependencies', () => {
  it('every package.json declares what its code imports', () => {
    expect(checkDependencies()).toEqual({
      code: 0,
      output: 'Every package declares what its code imports.',
    })
  })

  it('names each undeclared import, its file and line, and where to declare it', () => {
    const root = mkdtempSync(join(tmpdir(), 'tokenless-deps-'))
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    try {
      write(
        'package.json',
        JSON.stringify({ name: 'suite', devDependencies: { '@tokenless/lib': '*', yaml: '^2' } }),
      )
      write(
        'packages/lib/package.json',
        JSON.stringify({
          name: '@tokenless/lib',
          private: true,
          dependencies: { semver: '^7' },
          devDependencies: { '@types/sarif': '^2', jose: '^6' },
        }),
      )
      write(
        'packages/lib/src/index.ts',
        [
          "import { readFile } from 'node:fs/promises'",
          "import semver from 'semver'",
          "import type { Log } from 'sarif'",
          "import { parse } from 'yaml'",
          "import { jwtVerify } from 'jose'",
          "import type { Schema } from 'ajv'",
          "export { Self } from '@tokenless/lib'",
          "const lazy = () => import('smol-toml')",
          '',
        ].join('\n'),
      )
      write('actions/demo/src/main.ts', "import { x } from '@tokenless/lib'\n")
      write('test/demo.test.ts', "import { parse } from 'yaml'\nimport pc from 'picocolors'\n")
      expect(checkDependencies(root)).toEqual({
        code: 1,
        output: [
          'packages/lib/src/index.ts:4 imports yaml, which packages/lib/package.json does not declare: add it to dependencies (with the version range the other packages use, then run npm install --package-lock-only).',
          'packages/lib/src/index.ts:5 imports jose at run time, but packages/lib/package.json lists it only in devDependencies: move it to dependencies.',
          'packages/lib/src/index.ts:6 imports ajv, which packages/lib/package.json does not declare: add it to devDependencies (with the version range the other packages use, then run npm install --package-lock-only).',
          'packages/lib/src/index.ts:8 imports smol-toml, which packages/lib/package.json does not declare: add it to dependencies (with the version range the other packages use, then run npm install --package-lock-only).',
          'actions/demo/src/main.ts:1 imports @tokenless/lib at run time, but package.json lists it only in devDependencies: move it to dependencies.',
          'test/demo.test.ts:2 imports picocolors, which package.json does not declare: add it to devDependencies (with the version range the other packages use, then run npm install --package-lock-only).',
        ].join('\n'),
      })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
