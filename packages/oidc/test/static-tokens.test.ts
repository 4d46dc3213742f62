import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  expandNpmrcVariables,
  findStaticTokens,
  findTokensInEnvironment,
  findTokensInPublishConfig,
  findTokensInPypirc,
  isNpmAuthKey,
  npmEnvConfig,
  npmrcFilesInReach,
  parseIni,
  redactUrl,
  refuseStaticTokens,
  SETUP_NODE_PLACEHOLDER,
  urlHasCredentials,
} from '@tokenless/oidc'

const SECRET = 'npm_SECRETSECRETSECRETSECRETSECRET0000'

function thrown(action: () => void): string {
  try {
    action()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a throw')
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'tokenless-tokens-'))
}

describe('parseIni reads an .npmrc as npm’s ini does', () => {
  it('unquotes keys and values, skips comments, cuts inline comments, counts lines', () => {
    const entries = parseIni(
      [
        '# comment',
        '; another',
        '',
        `"//registry.example/:_authToken"=${SECRET}`,
        '  \'//other/:_auth\' = "abc"  ',
        'registry=https://r.example/ ; trailing',
        '[section]',
        'username=me',
        'list[]=a',
        'bare',
      ].join('\n'),
    )
    expect(entries).toEqual([
      { key: '//registry.example/:_authToken', value: SECRET, line: 4 },
      { key: '//other/:_auth', value: 'abc', line: 5 },
      { key: 'registry', value: 'https://r.example/', line: 6 },
      { key: 'username', value: 'me', line: 8, section: 'section' },
      { key: 'list', value: 'a', line: 9, section: 'section' },
      { key: 'bare', value: true, line: 10, section: 'section' },
    ])
  })

  it('ends a line at a lone carriage return, as ini splits on [\\r\\n]+', () => {
    expect(parseIni(`fund=false\r_authToken=${SECRET}\r\nx=1`).map((e) => [e.key, e.line])).toEqual(
      [
        ['fund', 1],
        ['_authToken', 2],
        ['x', 3],
      ],
    )
  })

  it('expands ${VAR} and ${VAR?} as npm does, \\${ escaping', () => {
    const env = { A: 'one' }
    expect(expandNpmrcVariables('${A}-${B}-${B?}-\\${A}', env)).toBe('one-${B}--${A}')
  })
})

describe('the credential keys npm reads', () => {
  it.each([
    '_authToken',
    '_auth',
    '_password',
    'username',
    'certfile',
    'keyfile',
    '//registry.npmjs.org/:_authToken',
    '//host/path/:_AUTHTOKEN',
    '@acme:_authToken',
    '-authtoken',
    'cert',
    'key',
  ])('%s is one', (key) => expect(isNpmAuthKey(key)).toBe(true))

  it.each(['registry', '@acme:registry', 'fund', 'email', 'tag'])('%s is not', (key) =>
    expect(isNpmAuthKey(key)).toBe(false),
  )

  it('reads npm_config_* in any case, as npm normalises it', () => {
    expect(
      npmEnvConfig({ NPM_CONFIG_USERCONFIG: '/a', npm_config_userconfig: '/b' }, 'userconfig'),
    ).toEqual(['/a', '/b'])
  })
})

describe('findTokensInEnvironment', () => {
  it('finds every spelling of an npm or PyPI credential, never printing the value', () => {
    const env = {
      NODE_AUTH_TOKEN: SETUP_NODE_PLACEHOLDER,
      NPM_TOKEN: SECRET,
      npm_config__authToken: SECRET,
      NPM_CONFIG__AUTH: SECRET,
      'npm_config_//registry.example/:_authToken': SECRET,
      npm_config_certfile: '/k/cert.pem',
      npm_config_registry: `https://u:${SECRET}@registry.example/`,
      npm_config_fetch_retries: '0',
      TWINE_USERNAME: '__token__',
      TWINE_PASSWORD: SECRET,
      TWINE_REPOSITORY_URL: `https://__token__:${SECRET}@upload.example/legacy/`,
      PYPI_API_TOKEN: SECRET,
      TEST_PYPI_TOKEN: SECRET,
      UV_PUBLISH_TOKEN: SECRET,
      FLIT_PASSWORD: SECRET,
      POETRY_PYPI_TOKEN_PYPI: SECRET,
      PYPI_URL: 'https://pypi.org/',
      EMPTY_TOKEN: '',
    }
    const found = findTokensInEnvironment(env)
    expect(found.map((token) => token.where).sort()).toEqual(
      [
        'NODE_AUTH_TOKEN',
        'NPM_TOKEN',
        'npm_config__authToken',
        'NPM_CONFIG__AUTH',
        'npm_config_//registry.example/:_authToken',
        'npm_config_certfile',
        'npm_config_registry',
        'TWINE_USERNAME',
        'TWINE_PASSWORD',
        'TWINE_REPOSITORY_URL',
        'PYPI_API_TOKEN',
        'TEST_PYPI_TOKEN',
        'UV_PUBLISH_TOKEN',
        'FLIT_PASSWORD',
        'POETRY_PYPI_TOKEN_PYPI',
      ].sort(),
    )
    expect(found.find((token) => token.where === 'NODE_AUTH_TOKEN')?.what).toBe(
      "the environment variable NODE_AUTH_TOKEN holds setup-node's placeholder token XXXXX-XXXXX-XXXXX-XXXXX (written when actions/setup-node has registry-url)",
    )
    expect(found.find((token) => token.where === 'npm_config__authToken')?.what).toBe(
      'the environment variable npm_config__authToken configures npm auth',
    )
    expect(found.find((token) => token.where === 'npm_config_registry')?.what).toBe(
      'the environment variable npm_config_registry is a URL with credentials in it',
    )
    expect(found.find((token) => token.where === 'PYPI_API_TOKEN')?.what).toBe(
      'the environment variable PYPI_API_TOKEN is set',
    )
    expect(JSON.stringify(found)).not.toContain(SECRET)
  })
})

describe('npmrcFilesInReach and findStaticTokens', () => {
  it('reads every .npmrc up from each directory, the user, global and builtin configs', async () => {
    const root = temp()
    const workspace = join(root, 'ws')
    const pkg = join(workspace, 'packages', 'a')
    const home = join(root, 'home')
    const npmPath = join(root, 'npm')
    const prefix = join(root, 'prefix')
    for (const dir of [pkg, home, npmPath, join(prefix, 'etc')]) mkdirSync(dir, { recursive: true })
    writeFileSync(join(workspace, '.npmrc'), `"//registry.example/:_authToken"=${SECRET}\n`)
    writeFileSync(join(pkg, '.npmrc'), `fund=false\n_auth=${SECRET}\n`)
    writeFileSync(join(home, '.npmrc'), `globalconfig=${join(root, 'elsewhere')}\n`)
    writeFileSync(join(root, 'elsewhere'), `\n\n//r/:certfile=/c\n//r/:keyfile=/k\n`)
    writeFileSync(join(npmPath, 'npmrc'), `username=someone\n`)
    writeFileSync(join(home, '.pypirc'), `[pypi]\nusername = __token__\npassword = ${SECRET}\n`)
    const files = await npmrcFilesInReach({
      env: { PREFIX: prefix },
      home,
      dirs: [pkg],
      npmPath,
      execPath: '/nowhere/bin/node',
    })
    expect(files.map((file) => [file.kind, file.path])).toEqual([
      ['builtin', join(npmPath, 'npmrc')],
      ['project', join(pkg, '.npmrc')],
      ['project', join(workspace, '.npmrc')],
      ['user', join(home, '.npmrc')],
      ['global', join(root, 'elsewhere')],
    ])
    const found = await findStaticTokens({
      env: { PREFIX: prefix },
      home,
      dirs: [pkg],
      npmPath,
      execPath: '/nowhere/bin/node',
    })
    expect(found.map((token) => token.what)).toEqual([
      `${join(npmPath, 'npmrc')}:1 sets username`,
      `${join(pkg, '.npmrc')}:2 sets _auth`,
      `${join(workspace, '.npmrc')}:1 sets //registry.example/:_authToken`,
      `${join(root, 'elsewhere')}:3 sets //r/:certfile`,
      `${join(root, 'elsewhere')}:4 sets //r/:keyfile`,
      `${join(home, '.pypirc')}:3 sets password in [pypi]`,
    ])
    expect(JSON.stringify(found)).not.toContain(SECRET)
  })

  it('follows NPM_CONFIG_USERCONFIG and a userconfig named in a project .npmrc', async () => {
    const root = temp()
    writeFileSync(join(root, '.npmrc'), `userconfig=~/custom-npmrc\n`)
    mkdirSync(join(root, 'home'))
    writeFileSync(join(root, 'home', 'custom-npmrc'), `//a/:_authToken=${SECRET}\n`)
    writeFileSync(join(root, 'env-npmrc'), `//b/:_password=${SECRET}\n`)
    const found = await findStaticTokens({
      env: { NPM_CONFIG_USERCONFIG: join(root, 'env-npmrc') },
      home: join(root, 'home'),
      dirs: [root],
      execPath: join(root, 'bin', 'node'),
    })
    expect(found.map((token) => token.what)).toEqual([
      `${join(root, 'env-npmrc')}:1 sets //b/:_password`,
      `${join(root, 'home', 'custom-npmrc')}:1 sets //a/:_authToken`,
    ])
  })

  it('names setup-node’s .npmrc, a key made of ${VAR}, and a registry URL with credentials', async () => {
    const root = temp()
    writeFileSync(
      join(root, '.npmrc'),
      [
        '//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}',
        '${KEY}=x',
        `@acme:registry=https://me:${SECRET}@r.example/`,
      ].join('\n'),
    )
    const found = await findStaticTokens({
      env: { KEY: '//r/:_authToken' },
      home: join(root, 'home'),
      dirs: [root],
      execPath: join(root, 'bin', 'node'),
    })
    expect(found.map((token) => token.what)).toEqual([
      `${join(root, '.npmrc')}:1 sets //registry.npmjs.org/:_authToken (the .npmrc that actions/setup-node writes for registry-url)`,
      `${join(root, '.npmrc')}:2 sets \${KEY}`,
      `${join(root, '.npmrc')}:3 sets @acme:registry to a URL with credentials in it`,
    ])
  })
})

describe('publishConfig and .pypirc', () => {
  it('finds credentials in publishConfig with their line', () => {
    const text = JSON.stringify(
      {
        name: 'x',
        version: '1.0.0',
        publishConfig: {
          access: 'public',
          '//registry.npmjs.org/:_authToken': SECRET,
          _auth: SECRET,
          registry: `https://u:${SECRET}@r.example/`,
        },
      },
      null,
      2,
    )
    expect(findTokensInPublishConfig(text, 'pkg/package.json').map((t) => t.what)).toEqual([
      "pkg/package.json:6 sets publishConfig.//registry.npmjs.org/:_authToken (npm would use it, and publish it in the package's manifest)",
      "pkg/package.json:7 sets publishConfig._auth (npm would use it, and publish it in the package's manifest)",
      "pkg/package.json:8 sets publishConfig.registry to a URL with credentials in it (npm would use it, and publish it in the package's manifest)",
    ])
    expect(findTokensInPublishConfig('{"publishConfig":{"access":"public"}}', 'p')).toEqual([])
    expect(findTokensInPublishConfig('not json', 'p')).toEqual([])
  })

  it('finds a password and a credentialled repository in .pypirc', () => {
    expect(
      findTokensInPypirc(
        '/h/.pypirc',
        `[distutils]\nindex-servers = pypi\n[pypi]\nusername: __token__\npassword: ${SECRET}\n[x]\nrepository = https://u:${SECRET}@x.example/legacy/\n`,
      ).map((t) => t.what),
    ).toEqual([
      '/h/.pypirc:5 sets password in [pypi]',
      '/h/.pypirc:7 sets repository in [x] to a URL with credentials in it',
    ])
  })
})

describe('URLs with credentials', () => {
  it('are found and redacted', () => {
    expect(urlHasCredentials(`https://u:${SECRET}@h.example/x/`)).toBe(true)
    expect(urlHasCredentials(`https://${SECRET}@h.example/`)).toBe(true)
    expect(urlHasCredentials('https://h.example/')).toBe(false)
    expect(urlHasCredentials('not a url')).toBe(false)
    expect(redactUrl(`https://u:${SECRET}@h.example/x/`)).toBe('https://***@h.example/x/')
  })
})

describe('refuseStaticTokens', () => {
  it('names each finding and points the annotation at the first file and line', () => {
    const found = [
      { where: '/w/.npmrc', line: 3, what: '/w/.npmrc:3 sets _authToken' },
      { where: 'NPM_TOKEN', what: 'the environment variable NPM_TOKEN is set' },
    ]
    let error: unknown
    try {
      refuseStaticTokens(found)
    } catch (caught) {
      error = caught
    }
    expect((error as Error).message).toBe(
      'publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: /w/.npmrc:3 sets _authToken; the environment variable NPM_TOKEN is set. Remove them from the publishing job: npm prefers a configured token over OIDC, and a token in a publish job is one that can leak.',
    )
    expect((error as { location?: unknown }).location).toEqual({ file: '/w/.npmrc', line: 3 })
    expect(thrown(() => refuseStaticTokens([found[1]!]))).toContain('Remove it from')
    expect(() => refuseStaticTokens([])).not.toThrow()
  })
})
