import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/action-defaults.js'

/** A scratch copy of what the repository scripts read: scripts/, the template, node_modules. */
function scratchRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-scripts-'))
  cpSync(join(repoRoot, 'scripts'), join(dir, 'scripts'), { recursive: true })
  cpSync(join(repoRoot, 'action-template.yml'), join(dir, 'action-template.yml'))
  cpSync(join(repoRoot, 'tsconfig.json'), join(dir, 'tsconfig.json'))
  cpSync(join(repoRoot, 'tsconfig.bundle.json'), join(dir, 'tsconfig.bundle.json'))
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
  symlinkSync(join(repoRoot, 'packages'), join(dir, 'packages'))
  return dir
}

function script(dir: string, name: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(dir, 'scripts', name), ...args], {
    cwd: dir,
    encoding: 'utf8',
  })
}

describe('repository scripts', () => {
  it('new-action makes an action that the docs script documents and ncc builds', () => {
    const dir = scratchRepo()
    const created = script(dir, 'new-action.mjs', 'verify-install')
    expect(created.status).toBe(0)
    for (const file of [
      'action.yml',
      'README.md',
      'tsconfig.json',
      'src/index.ts',
      'src/main.ts',
      'src/inputs.ts',
    ]) {
      expect(existsSync(join(dir, 'actions', 'verify-install', file))).toBe(true)
    }
    expect(readFileSync(join(dir, 'actions/verify-install/action.yml'), 'utf8')).toContain(
      'name: tokenless verify-install',
    )
    expect(script(dir, 'docs.mjs', '--check').status).toBe(1)
    expect(script(dir, 'docs.mjs').status).toBe(0)
    expect(script(dir, 'docs.mjs', '--check').status).toBe(0)
    expect(readFileSync(join(dir, 'actions/verify-install/README.md'), 'utf8')).toContain(
      '| `working-directory` | The directory the action works in. | no | `.` |',
    )
    const built = script(dir, 'build.mjs', 'verify-install')
    expect(built.stderr).toBe('')
    expect(readFileSync(join(dir, 'actions/verify-install/dist/package.json'), 'utf8')).toContain(
      '"type": "module"',
    )
    const ran = spawnSync(process.execPath, [join(dir, 'actions/verify-install/dist/index.js')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, 'INPUT_WORKING-DIRECTORY': 'here' },
    })
    expect(ran.status).toBe(0)
    expect(ran.stdout).toContain('::set-output name=result::here')
  })

  it('new-action refuses a bad name and an existing action', () => {
    const dir = scratchRepo()
    expect(script(dir, 'new-action.mjs', 'Bad_Name').stderr).toContain(
      'Usage: npm run new-action NAME  (NAME in kebab-case, e.g. verify-install)',
    )
    expect(script(dir, 'new-action.mjs', 'demo').status).toBe(0)
    expect(script(dir, 'new-action.mjs', 'demo').stderr).toContain('actions/demo already exists.')
  })

  it('docs --check names a README that drifted from action.yml, and one without markers', () => {
    const dir = scratchRepo()
    script(dir, 'new-action.mjs', 'demo')
    script(dir, 'docs.mjs')
    const yml = join(dir, 'actions/demo/action.yml')
    writeFileSync(
      yml,
      readFileSync(yml, 'utf8').replace('The directory the action works in.', 'Changed.'),
    )
    const stale = script(dir, 'docs.mjs', '--check')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain(
      'actions/demo/README.md does not match actions/demo/action.yml: run npm run docs.',
    )
    writeFileSync(join(dir, 'actions/demo/README.md'), '# demo\n')
    expect(script(dir, 'docs.mjs', '--check').stderr).toContain(
      'actions/demo/README.md has no <!-- action-docs:start --> ... <!-- action-docs:end --> block: add one where the tables go.',
    )
  })

  it('check-lock names a workspace package missing from package-lock.json', () => {
    const dir = scratchRepo()
    const packages = readdirSync(join(repoRoot, 'packages'))
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify({
        packages: Object.fromEntries(packages.slice(1).map((name) => [`packages/${name}`, {}])),
      }),
    )
    const missing = script(dir, 'check-lock.mjs')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain(
      `package-lock.json lacks the workspace package(s) ${packages[0]}: run npm install and commit the lock file.`,
    )
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify({
        packages: Object.fromEntries(packages.map((name) => [`packages/${name}`, {}])),
      }),
    )
    expect(script(dir, 'check-lock.mjs').status).toBe(0)
  })

  it('setup --check says what is there and what is missing, with the command that installs it', () => {
    const setup = (path: string, ...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'scripts', 'setup.mjs'), ...args], {
        encoding: 'utf8',
        env: { PATH: path, HOME: tmpdir() },
      })
    // On a machine after `npm run setup` (CI's), everything is there: nothing to install.
    const ready = setup(process.env.PATH ?? '', '--check')
    expect({ status: ready.status, stdout: ready.stdout }).toEqual({
      status: 0,
      stdout: expect.stringMatching(
        /^Already there:\n {2}git {11}git version .+\n {2}python3 {7}Python 3\..+\n {2}python3-pip {3}pip .+\n {2}twine {9}\/usr\/bin\/twine\n {2}libfaketime {3}\/.+\/libfaketime\.so\.1\n {2}hyperfine {5}hyperfine .+\nNothing to install: npm start and npm test have what they need\.\n$/,
      ),
    })
    // A PATH with only node: what is missing is named, with the command that installs it.
    const bin = mkdtempSync(join(tmpdir(), 'tokenless-only-node-'))
    symlinkSync(process.execPath, join(bin, 'node'))
    const bare = setup(bin, '--check')
    expect(bare.status).toBe(1)
    expect(bare.stdout).toContain(
      [
        'Missing:',
        '  git           the rehearsal and the tests make git repositories',
        "  python3       setup-python's stand-in runs the Python of this machine",
        '  python3-pip   jobs run `python -m pip` (the demo builds its wheel with pip), as on GitHub',
        '  hyperfine     npm run bench times with it',
        'Run `npm run setup` to install them (apt-get install git python3 python3-pip hyperfine).',
      ].join('\n'),
    )
    expect(setup(bin, '--yes').stderr).toBe(
      'npm run setup: unknown argument --yes; it takes only --check.\n',
    )
  })
})
