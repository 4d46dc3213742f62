import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Environment } from '@tokenless/platform'
import {
  expandNpmrcVariables,
  type IniEntry,
  type NpmrcFile,
  npmEnvKey,
  npmrcFilesInReach,
} from './npmrc.js'
import { OidcError } from './oidc-error.js'

/** A long-lived registry credential within the publish job's reach, and where it is. */
export interface StaticToken {
  /** The environment variable, or the file path. */
  where: string
  line?: number
  /** What was found and where, naming the key: never the value. */
  what: string
}

/** setup-node's `registry-url` writes an .npmrc naming NODE_AUTH_TOKEN and sets it to this. */
export const SETUP_NODE_PLACEHOLDER = 'XXXXX-XXXXX-XXXXX-XXXXX'

/** npm's credential settings (the last `:`-part of a key, case and `-`/`_` folded). */
const NPM_AUTH_KEYS = new Set([
  '_authtoken',
  '_auth',
  '_password',
  'password',
  'username',
  'certfile',
  'keyfile',
  'cert',
  'key',
])

/** Whether npm reads this config key as a credential: `_authToken`, `//host/path/:_auth`, ... */
export function isNpmAuthKey(key: string): boolean {
  const last = key.slice(key.lastIndexOf(':') + 1)
  return NPM_AUTH_KEYS.has(last.toLowerCase().replace(/-/g, '_'))
}

/** Variables that hold a registry credential for npm or for a PyPI client. */
const TOKEN_VARIABLE =
  /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|(TEST_?)?PYPI_\w*(TOKEN|PASSWORD|SECRET|KEY|AUTH)\w*|TWINE_(USERNAME|PASSWORD|CLIENT_CERT)|UV_PUBLISH_(TOKEN|PASSWORD|USERNAME)|FLIT_(PASSWORD|USERNAME)|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_(AUTH|USER)|PDM_PUBLISH_(PASSWORD|USERNAME))$/i

/** Variables that name an upload URL, which may carry user:password@. */
const URL_VARIABLE =
  /^(TWINE_REPOSITORY_URL|UV_PUBLISH_URL|FLIT_INDEX_URL|HATCH_INDEX_REPO|PDM_PUBLISH_REPO)$/i

/** Whether a URL carries credentials (`https://user:token@host/`). */
export function urlHasCredentials(text: string): boolean {
  try {
    const url = new URL(text)
    return url.username !== '' || url.password !== ''
  } catch {
    return false
  }
}

/** The URL with its credentials replaced by `***`, for messages. */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text)
    if (!url.username && !url.password) return url.href
    url.username = '***'
    url.password = ''
    return url.href
  } catch {
    return '(not a URL)'
  }
}

/** Credentials in the environment: token variables, npm_config_* credentials, URLs with user:password@. */
export function findTokensInEnvironment(env: Environment): StaticToken[] {
  const found: StaticToken[] = []
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue
    const npmKey = npmEnvKey(name)
    if (TOKEN_VARIABLE.test(name)) {
      found.push({
        where: name,
        what:
          value === SETUP_NODE_PLACEHOLDER
            ? `the environment variable ${name} holds setup-node's placeholder token ${SETUP_NODE_PLACEHOLDER} (written when actions/setup-node has registry-url)`
            : `the environment variable ${name} is set`,
      })
    } else if (npmKey !== undefined) {
      if (isNpmAuthKey(npmKey)) {
        found.push({ where: name, what: `the environment variable ${name} configures npm auth` })
      } else if (urlHasCredentials(value)) {
        found.push({
          where: name,
          what: `the environment variable ${name} is a URL with credentials in it`,
        })
      }
    } else if (URL_VARIABLE.test(name) && urlHasCredentials(value)) {
      found.push({
        where: name,
        what: `the environment variable ${name} is a URL with credentials in it`,
      })
    }
  }
  return found
}

function npmrcFinding(file: NpmrcFile, entry: IniEntry, env: Environment): StaticToken | undefined {
  // The key as written is named (its ${VAR} expanded could be anything); both are judged.
  const key = entry.section === undefined ? entry.key : `[${entry.section}] ${entry.key}`
  const at = `${file.path}:${entry.line}`
  if (isNpmAuthKey(entry.key) || isNpmAuthKey(expandNpmrcVariables(entry.key, env))) {
    const value = typeof entry.value === 'string' ? entry.value : ''
    const setupNode =
      value.includes(SETUP_NODE_PLACEHOLDER) || /\$\{NODE_AUTH_TOKEN\??\}/.test(value)
    return {
      where: file.path,
      line: entry.line,
      what: `${at} sets ${key}${setupNode ? ' (the .npmrc that actions/setup-node writes for registry-url)' : ''}`,
    }
  }
  if (
    typeof entry.value === 'string' &&
    (urlHasCredentials(entry.value) || urlHasCredentials(expandNpmrcVariables(entry.value, env)))
  ) {
    return {
      where: file.path,
      line: entry.line,
      what: `${at} sets ${key} to a URL with credentials in it`,
    }
  }
  return undefined
}

/** Credentials in .npmrc files (as read by npmrcFilesInReach). */
export function findTokensInNpmrcFiles(files: NpmrcFile[], env: Environment): StaticToken[] {
  return files.flatMap((file) =>
    file.entries.flatMap((entry) => {
      const finding = npmrcFinding(file, entry, env)
      return finding ? [finding] : []
    }),
  )
}

/** A `.pypirc` (configparser): `password` in any section (twine would use it). */
export function findTokensInPypirc(path: string, text: string): StaticToken[] {
  const found: StaticToken[] = []
  let section = ''
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const header = /^\s*\[([^\]]*)\]/.exec(line)
    if (header) {
      section = header[1] ?? ''
      return
    }
    const match = /^([^\s#;:=][^:=]*?)\s*[:=]/.exec(line)
    const key = match?.[1]?.trim().toLowerCase()
    if (key === 'password' || key === 'client_cert') {
      found.push({
        where: path,
        line: index + 1,
        what: `${path}:${index + 1} sets ${key} in [${section}]`,
      })
    } else if (
      key === 'repository' &&
      urlHasCredentials(line.slice(line.search(/[:=]/) + 1).trim())
    ) {
      found.push({
        where: path,
        line: index + 1,
        what: `${path}:${index + 1} sets repository in [${section}] to a URL with credentials in it`,
      })
    }
  })
  return found
}

/** The 1-based line of the first `"key"` after `"publishConfig"` in a package.json text. */
function publishConfigLine(text: string, key: string): number | undefined {
  const start = text.indexOf('"publishConfig"')
  if (start === -1) return undefined
  const at = text.indexOf(JSON.stringify(key), start)
  return at === -1 ? undefined : text.slice(0, at).split('\n').length
}

/**
 * Credentials in a package.json's `publishConfig`: npm applies every key there as config for the
 * publish (a token is used), and uploads the manifest with it (the token is published).
 */
export function findTokensInPublishConfig(text: string, where: string): StaticToken[] {
  let manifest: unknown
  try {
    manifest = JSON.parse(text)
  } catch {
    return []
  }
  const config = (manifest as { publishConfig?: unknown } | null)?.publishConfig
  if (typeof config !== 'object' || config === null) return []
  return Object.entries(config).flatMap(([key, value]) => {
    const credential = isNpmAuthKey(key)
    if (!credential && !(typeof value === 'string' && urlHasCredentials(value))) return []
    const line = publishConfigLine(text, key)
    const at = line === undefined ? where : `${where}:${line}`
    return [
      {
        where,
        ...(line === undefined ? {} : { line }),
        what: `${at} sets publishConfig.${key}${credential ? '' : ' to a URL with credentials in it'} (npm would use it, and publish it in the package's manifest)`,
      },
    ]
  })
}

/**
 * Every static credential npm or a PyPI client would find when started in one of `dirs`: the
 * environment, every .npmrc in reach (npmrcFilesInReach) and ~/.pypirc.
 */
export async function findStaticTokens(options: {
  env: Environment
  home: string
  dirs: string[]
  npmPath?: string
  execPath: string
}): Promise<StaticToken[]> {
  const files = await npmrcFilesInReach(options)
  const pypirc = join(options.home, '.pypirc')
  const pypircText = await readFile(pypirc, 'utf8').catch(() => undefined)
  return [
    ...findTokensInEnvironment(options.env),
    ...findTokensInNpmrcFiles(files, options.env),
    ...(pypircText === undefined ? [] : findTokensInPypirc(pypirc, pypircText)),
  ]
}

/** Refuses to go on with any static token in reach, naming each (never its value). */
export function refuseStaticTokens(found: StaticToken[]): void {
  if (found.length === 0) return
  const setupNode = found.some((token) => token.what.includes('setup-node'))
  throw new OidcError(
    'TL_OIDC_STATIC_TOKEN',
    `publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: ${found.map((token) => token.what).join('; ')}. Remove ${found.length === 1 ? 'it' : 'them'} from the publishing job${setupNode ? ' (drop registry-url from actions/setup-node there)' : ''}: npm prefers a configured token over OIDC, and a token in a publish job is one that can leak.`,
    found[0]?.line ? { location: { file: found[0].where, line: found[0].line } } : {},
  )
}
