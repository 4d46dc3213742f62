import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createNpmCleanRoom,
  npmChildEnvironment,
} from '../../actions/publish-oidc/src/npm-clean-room.js'

describe('the environment npm runs in', () => {
  it('keeps what npm needs and drops credentials, registry and config-file settings', () => {
    const env = npmChildEnvironment(
      {
        PATH: '/bin',
        HOME: '/home/runner',
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request',
        NODE_AUTH_TOKEN: 'x',
        NPM_TOKEN: 'x',
        npm_config__authToken: 'x',
        'npm_config_//host/:_authToken': 'x',
        NPM_CONFIG_USERCONFIG: '/elsewhere',
        npm_config_globalconfig: '/elsewhere',
        npm_config_prefix: '/elsewhere',
        npm_config_registry: 'http://127.0.0.1:9/',
        'npm_config_@acme:registry': 'http://127.0.0.1:9/',
        npm_config_certfile: '/c',
        npm_config_fetch_retries: '0',
      },
      { idToken: true },
    )
    expect(Object.keys(env).sort()).toEqual(
      [
        'PATH',
        'HOME',
        'GITHUB_ACTIONS',
        'CI',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'npm_config_fetch_retries',
      ].sort(),
    )
    const packing = npmChildEnvironment(
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't', NPM_ID_TOKEN: 'j' },
      { idToken: false },
    )
    expect(packing).toEqual({})
  })
})

describe('the clean room', () => {
  it('makes npm read no .npmrc but its own: not one above its cwd, not the user’s', async () => {
    // A project above the room's directory would be npm's project without --prefix.
    const room = await createNpmCleanRoom('fund=false\n')
    try {
      expect(readFileSync(room.userconfig, 'utf8')).toBe('fund=false\n')
      expect(readFileSync(room.globalconfig, 'utf8')).toBe('')
      const above = join(room.cwd, '..')
      writeFileSync(join(above, 'package.json'), '{}')
      writeFileSync(join(above, '.npmrc'), 'loglevel=silly\n')
      const home = mkdtempSync(join(tmpdir(), 'tokenless-home-'))
      writeFileSync(join(home, '.npmrc'), 'loglevel=verbose\n')
      const get = (args: string[]) =>
        execFileSync('npm', ['config', 'get', 'loglevel', ...args], {
          cwd: room.cwd,
          env: { PATH: process.env.PATH ?? '', HOME: home },
          encoding: 'utf8',
        }).trim()
      // Without the room's flags npm would take the project's setting; with them, neither.
      expect(get([])).toBe('silly')
      expect(get(room.args)).toBe('notice')
    } finally {
      await room.dispose()
    }
    expect(existsSync(room.cwd)).toBe(false)
  })
})
