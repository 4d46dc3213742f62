// The machine's network settings that a rehearsed job inherits: certificates and proxies, so that
// `npm ci` and `pip install` in a job work wherever they work in the user's shell. Registry URLs
// for publishing are not among them (publishing goes to the sandbox), no credential is carried,
// and loopback is always in NO_PROXY so that the sandbox's traffic never goes through a proxy.
import { homedir } from 'node:os'
import { join } from 'node:path'

/** Variables passed through as they are, when set. */
export const NETWORK_VARIABLES = [
  'NODE_EXTRA_CA_CERTS',
  'NODE_USE_ENV_PROXY',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
  'GIT_SSL_CAINFO',
  'GIT_SSL_CAPATH',
  'PIP_INDEX_URL',
  'PIP_EXTRA_INDEX_URL',
  'PIP_FIND_LINKS',
  'PIP_NO_INDEX',
  'PIP_CERT',
  'PIP_CLIENT_CERT',
  'PIP_TRUSTED_HOST',
  'PIP_PROXY',
  'PIP_DEFAULT_TIMEOUT',
  'PIP_RETRIES',
  'PIP_CONFIG_FILE',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'all_proxy',
  'npm_config_cafile',
  'NPM_CONFIG_CAFILE',
  'npm_config_proxy',
  'NPM_CONFIG_PROXY',
  'npm_config_https_proxy',
  'NPM_CONFIG_HTTPS_PROXY',
] as const

const LOOPBACK = ['127.0.0.1', 'localhost', '::1']

/** `cafile` from an .npmrc's text (ini: `cafile = /path`, `${VAR}` expanded), or undefined. */
export function npmrcCafile(
  text: string,
  env: Record<string, string | undefined>,
): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*cafile\s*=\s*(.*?)\s*$/.exec(line)
    if (match?.[1] === undefined || match[1] === '') continue
    return match[1]
      .replace(/^["']|["']$/g, '')
      .replace(/\$\{([^}]+)\}/g, (_, name: string) => env[name] ?? '')
  }
  return undefined
}

/** NO_PROXY and no_proxy of `env` together, with loopback added: the sandbox is never proxied. */
export function loopbackNoProxy(env: Record<string, string | undefined>): string {
  const entries = [env.NO_PROXY, env.no_proxy]
    .flatMap((value) => (value ?? '').split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  return [...new Set([...entries, ...LOOPBACK])].join(',')
}

/**
 * The network settings of `env` (the rehearsal's own environment) for a job whose HOME is a fresh
 * folder: the variables above, npm's `cafile` from the user's .npmrc (only that setting), the
 * user's pip configuration file, and NO_PROXY / no_proxy with loopback added.
 */
export function networkEnv(
  env: Record<string, string | undefined>,
  readText: (path: string) => string | undefined,
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const name of NETWORK_VARIABLES) {
    const value = env[name]
    if (value !== undefined && value !== '') result[name] = value
  }
  const home = env.HOME || homedir()
  if (result.npm_config_cafile === undefined && result.NPM_CONFIG_CAFILE === undefined) {
    const userconfig =
      env.npm_config_userconfig || env.NPM_CONFIG_USERCONFIG || join(home, '.npmrc')
    const cafile = npmrcCafile(readText(userconfig) ?? '', env)
    if (cafile !== undefined) result.npm_config_cafile = cafile
  }
  if (result.PIP_CONFIG_FILE === undefined) {
    const userPip = [
      join(env.XDG_CONFIG_HOME || join(home, '.config'), 'pip', 'pip.conf'),
      join(home, '.pip', 'pip.conf'),
    ].find((path) => readText(path) !== undefined)
    if (userPip !== undefined) result.PIP_CONFIG_FILE = userPip
  }
  const merged = loopbackNoProxy(env)
  result.NO_PROXY = merged
  result.no_proxy = merged
  return result
}
