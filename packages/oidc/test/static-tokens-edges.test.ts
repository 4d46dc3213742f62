import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  expandNpmrcVariables,
  findStaticTokens,
  findTokensInEnvironment,
  findTokensInNpmrcFiles,
  findTokensInPublishConfig,
  findTokensInPypirc,
  npmEnvConfig,
  npmEnvKey,
  npmrcFilesInReach,
  parseIni,
  redactUrl,
  refuseStaticTokens,
  urlHasCredentials,
} from '@tokenless/oidc'

// The edges of the static-token model: how npm's ini reads odd lines, which files npm would
// reach, and what counts as a credential. Every case is read from real files in a temp dir.

const SECRET = 'npm_SECRETSECRETSECRETSECRETSECRET0000'

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'tokenless-edges-'))
}

describe('parseIni, line by line', () => {
  it('unquotes only a key quoted at both ends, and reads a JSON value as its text', () => {
    const entries = parseIni(
      [
        '"open=1',
        'close"=2',
        "'open=3",
        "close'=4",
        "'single'=5",
        "n='123'",
        'o=\'{"a":1}\'',
        's="quoted \\" text"',
      ].join('\n'),
    )
    expect(entries.map((entry) => [entry.key, entry.value])).toEqual([
      ['"open', '1'],
      ['close"', '2'],
      ["'open", '3'],
      ["close'", '4'],
      ['single', '5'],
      ['n', '123'],
      ['o', '[object Object]'],
      ['s', 'quoted " text'],
    ])
  })

  it('cuts a value at ; or #, keeps escaped ones and other backslashes', () => {
    const values = parseIni(
      ['a=x\\;y', 'b=x\\#y', 'c=x\\\\y', 'd=x\\ny', 'e=x\\', 'f=x#c', 'g=x;c'].join('\n'),
    ).map((entry) => entry.value)
    expect(values).toEqual(['x;y', 'x#y', 'x\\y', 'x\\ny', 'x\\', 'x', 'x'])
  })

  it('skips comments, blank lines, lines starting with =, and __proto__', () => {
    expect(
      parseIni(
        [
          '  ; indented comment',
          '\t# another',
          '   ',
          '=orphan',
          '=[x]',
          '__proto__=1',
          'k=v',
        ].join('\n'),
      ),
    ).toStrictEqual([{ key: 'k', value: 'v', line: 7 }])
  })

  it('reads a section header with trailing blanks, not one with text after it', () => {
    expect(parseIni(['[a]  ', 'k=1', '[b] junk', '[]=2'].join('\n'))).toStrictEqual([
      { key: 'k', value: '1', line: 2, section: 'a' },
      { key: '[b] junk', value: true, line: 3, section: 'a' },
      { key: '[]', value: '2', line: 4, section: 'a' },
    ])
  })

  it('expands ${VAR} after an even run of backslashes, halving it', () => {
    expect(expandNpmrcVariables('\\\\${A}|\\\\\\${A}', { A: 'one' })).toBe('\\one|\\${A}')
  })
})

describe('npm_config_* variables', () => {
  it('are normalised as npm does', () => {
    expect(npmEnvKey('NPM_CONFIG_FETCH_RETRIES')).toBe('fetch-retries')
    expect(npmEnvKey('npm_config__auth')).toBe('_auth')
    expect(npmEnvKey('npm_config_//r.example/:_auth_token')).toBe('//r.example/:_auth_token')
    expect(npmEnvKey('X_npm_config_userconfig')).toBeUndefined()
  })

  it('are found by name, empty ones left out', () => {
    const env = {
      npm_config_fetch_retries: '3',
      npm_config__auth: 'a',
      'npm_config_//r/:_auth_token': 'b',
      npm_config_userconfig: '',
      X_npm_config_userconfig: '/x',
      npm_config_other: 'o',
    }
    expect(npmEnvConfig(env, 'fetch-retries')).toEqual(['3'])
    expect(npmEnvConfig(env, '_auth')).toEqual(['a'])
    expect(npmEnvConfig(env, '//r/:_auth_token')).toEqual(['b'])
    expect(npmEnvConfig(env, 'userconfig')).toEqual([])
  })
})

describe('the .npmrc files in reach', () => {
  it('reads each file once, a userconfig relative to the cwd, ~/ only at the start', async () => {
    const root = temp()
    const pkg = join(root, 'ws', 'pkg')
    const home = join(root, 'home')
    mkdirSync(pkg, { recursive: true })
    mkdirSync(home)
    mkdirSync(join(root, 'x~'))
    writeFileSync(
      join(root, 'ws', '.npmrc'),
      [
        'userconfig=rel-npmrc',
        `USERCONFIG=${join(root, 'x~', 'npmrc')}`,
        `userconfig=${join(home, '.npmrc')}`,
        'userconfig',
        'userconfig=',
        `cafile=${join(root, 'ca-npmrc')}`,
        '[section]',
        `userconfig=${join(root, 'section-npmrc')}`,
      ].join('\n'),
    )
    writeFileSync(join(root, 'ws', 'rel-npmrc'), `//a/:_authToken=${SECRET}\n`)
    writeFileSync(join(root, 'x~', 'npmrc'), `//b/:_authToken=${SECRET}\n`)
    writeFileSync(join(home, '.npmrc'), `//c/:_authToken=${SECRET}\n`)
    writeFileSync(join(root, 'ca-npmrc'), `//d/:_authToken=${SECRET}\n`)
    writeFileSync(join(root, 'section-npmrc'), `//e/:_authToken=${SECRET}\n`)
    const found = await findStaticTokens({
      env: {},
      home,
      dirs: [join(root, 'ws'), pkg],
      execPath: join(root, 'node', 'bin', 'node'),
    })
    expect(found.map((token) => token.what)).toEqual([
      `${join(root, 'ws', 'rel-npmrc')}:1 sets //a/:_authToken`,
      `${join(root, 'x~', 'npmrc')}:1 sets //b/:_authToken`,
      `${join(home, '.npmrc')}:1 sets //c/:_authToken`,
    ])
  })

  it('reads the global config named, else <prefix>/etc/npmrc of each prefix', async () => {
    const root = temp()
    const home = join(root, 'home')
    mkdirSync(home)
    const etc = (...parts: string[]) => {
      mkdirSync(join(root, ...parts, 'etc'), { recursive: true })
      return join(root, ...parts, 'etc', 'npmrc')
    }
    writeFileSync(etc('env-prefix'), 'a=1\n')
    writeFileSync(etc('file-prefix'), 'b=1\n')
    writeFileSync(etc('node'), 'c=1\n')
    writeFileSync(join(root, '.npmrc'), `prefix=${join(root, 'file-prefix')}\n`)
    const files = async (env: Record<string, string>) =>
      (
        await npmrcFilesInReach({
          env,
          home,
          dirs: [root],
          execPath: join(root, 'node', 'bin', 'node'),
        })
      )
        .filter((file) => file.kind === 'global')
        .map((file) => file.path)
    expect(await files({ npm_config_prefix: join(root, 'env-prefix') })).toEqual([
      join(root, 'env-prefix', 'etc', 'npmrc'),
      join(root, 'file-prefix', 'etc', 'npmrc'),
      join(root, 'node', 'etc', 'npmrc'),
    ])
    writeFileSync(join(root, 'named'), 'd=1\n')
    expect(await files({ NPM_CONFIG_GLOBALCONFIG: join(root, 'named') })).toEqual([
      join(root, 'named'),
    ])
    mkdirSync(join(root, 'dest', root, 'node', 'etc'), { recursive: true })
    writeFileSync(join(root, 'dest', root, 'node', 'etc', 'npmrc'), 'e=1\n')
    expect(await files({ DESTDIR: join(root, 'dest') })).toContain(
      join(root, 'dest', root, 'node', 'etc', 'npmrc'),
    )
  })

  it('finds nothing where nothing is', async () => {
    const root = temp()
    expect(
      await findStaticTokens({
        env: {},
        home: root,
        dirs: [root],
        execPath: join(root, 'bin', 'node'),
      }),
    ).toEqual([])
  })
})

describe('credentials in .npmrc entries', () => {
  const file = (text: string) => ({
    path: '/w/.npmrc',
    kind: 'project' as const,
    entries: parseIni(text),
  })

  it('names a key in a section, a bare key, and a URL with credentials after expansion', () => {
    const found = findTokensInNpmrcFiles(
      [
        file(
          [
            'fund',
            'registry=${REG}',
            'plain=https://h.example/',
            '_authToken',
            '[s]',
            '_auth=x',
          ].join('\n'),
        ),
      ],
      { REG: `https://u:${SECRET}@h.example/` },
    )
    expect(found).toEqual([
      {
        where: '/w/.npmrc',
        line: 2,
        what: '/w/.npmrc:2 sets registry to a URL with credentials in it',
      },
      { where: '/w/.npmrc', line: 4, what: '/w/.npmrc:4 sets _authToken' },
      { where: '/w/.npmrc', line: 6, what: '/w/.npmrc:6 sets [s] _auth' },
    ])
  })
})

describe('credentials in the environment', () => {
  it('are set variables of known names only', () => {
    const found = findTokensInEnvironment({
      NPM_TOKEN: '',
      DATABASE_URL: `https://u:${SECRET}@db.example/`,
      X_npm_config__auth: SECRET,
      TWINE_REPOSITORY_URL: 'https://upload.example/legacy/',
      UV_PUBLISH_URL: `https://__token__:${SECRET}@upload.example/`,
      NPM_CONFIG_FETCH_RETRIES: '3',
    })
    expect(found).toEqual([
      {
        where: 'UV_PUBLISH_URL',
        what: 'the environment variable UV_PUBLISH_URL is a URL with credentials in it',
      },
    ])
  })
})

describe('URLs', () => {
  it('with only a password have credentials, redacted', () => {
    expect(urlHasCredentials(`https://:${SECRET}@h.example/`)).toBe(true)
    expect(redactUrl(`https://:${SECRET}@h.example/`)).toBe('https://***@h.example/')
    expect(redactUrl('https://h.example')).toBe('https://h.example/')
    expect(redactUrl('not a url')).toBe('(not a URL)')
  })
})

describe('.pypirc', () => {
  it('reads headers and keys only at the start of a line, in any case', () => {
    const text = [
      `password = ${SECRET}`,
      '  [pypi]',
      `PASSWORD = [${SECRET}]`,
      `  password = ${SECRET}`,
      `#password = ${SECRET}`,
      'client_cert = /c.pem',
      'repository = https://upload.example/legacy/',
      `index-servers = https://u:${SECRET}@h.example/`,
    ].join('\n')
    expect(findTokensInPypirc('/h/.pypirc', text)).toEqual([
      { where: '/h/.pypirc', line: 1, what: '/h/.pypirc:1 sets password in []' },
      { where: '/h/.pypirc', line: 3, what: '/h/.pypirc:3 sets password in [pypi]' },
      { where: '/h/.pypirc', line: 6, what: '/h/.pypirc:6 sets client_cert in [pypi]' },
    ])
    expect(
      findTokensInPypirc('/p', `[x]\nrepository: https://u:${SECRET}@x.example/`)[0]?.line,
    ).toBe(2)
  })
})

describe('publishConfig', () => {
  it('gives the line inside publishConfig, none when the key is escaped in the text', () => {
    const text = [
      '{',
      '  "registry": "https://h.example/",',
      '  "publishConfig": {',
      `    "registry": "https://u:${SECRET}@h.example/",`,
      `    "\\u005fauth": "${SECRET}"`,
      '  }',
      '}',
    ].join('\n')
    expect(findTokensInPublishConfig(text, 'p/package.json')).toEqual([
      {
        where: 'p/package.json',
        line: 4,
        what: "p/package.json:4 sets publishConfig.registry to a URL with credentials in it (npm would use it, and publish it in the package's manifest)",
      },
      {
        where: 'p/package.json',
        what: "p/package.json sets publishConfig._auth (npm would use it, and publish it in the package's manifest)",
      },
    ])
    expect(findTokensInPublishConfig(`{"publish\\u0043onfig":{"_auth":"x"}}`, 'q')).toEqual([
      {
        where: 'q',
        what: "q sets publishConfig._auth (npm would use it, and publish it in the package's manifest)",
      },
    ])
  })

  it('is ignored when it is not an object, or the manifest is null', () => {
    expect(findTokensInPublishConfig('null', 'p')).toEqual([])
    expect(findTokensInPublishConfig('{"publishConfig":"_auth"}', 'p')).toEqual([])
    expect(findTokensInPublishConfig('{"publishConfig":null}', 'p')).toEqual([])
    expect(findTokensInPublishConfig('{"publishConfig":{"tag":"next"}}', 'p')).toEqual([])
  })
})

describe('the refusal', () => {
  it('tells to drop registry-url from setup-node when one finding is its .npmrc', () => {
    let message = ''
    try {
      refuseStaticTokens([
        { where: 'NPM_TOKEN', what: 'the environment variable NPM_TOKEN is set' },
        {
          where: '/w/.npmrc',
          line: 1,
          what: '/w/.npmrc:1 sets _authToken (the .npmrc that actions/setup-node writes for registry-url)',
        },
      ])
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(
      'Remove them from the publishing job (drop registry-url from actions/setup-node there): npm prefers',
    )
  })
})
