import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ConfigurationError, type Environment } from '@tokenless/action-kit'

/** A long-lived registry token within the publish job's reach, and where it is. */
export interface StaticToken {
  /** `NODE_AUTH_TOKEN`, or the file path. */
  where: string
  line?: number
  what: string
}

/** setup-node's `registry-url` writes an .npmrc naming NODE_AUTH_TOKEN and sets it to this. */
export const SETUP_NODE_PLACEHOLDER = 'XXXXX-XXXXX-XXXXX-XXXXX'

const TOKEN_VARIABLES = [
  'NODE_AUTH_TOKEN',
  'NPM_TOKEN',
  'NPM_AUTH_TOKEN',
  'TWINE_USERNAME',
  'TWINE_PASSWORD',
  'PYPI_API_TOKEN',
  'PYPI_TOKEN',
  'TEST_PYPI_API_TOKEN',
]

/** The .npmrc files npm reads for a publish from these directories: project, user, global. */
export function npmrcFilesInReach(options: {
  env: Environment
  home: string
  projectDirs: string[]
  /** npm's prefix, for the global npmrc; default: the Node install's. */
  globalPrefix: string
}): string[] {
  const { env } = options
  const user =
    env.NPM_CONFIG_USERCONFIG ?? env.npm_config_userconfig ?? join(options.home, '.npmrc')
  const global =
    env.NPM_CONFIG_GLOBALCONFIG ??
    env.npm_config_globalconfig ??
    join(options.globalPrefix, 'etc', 'npmrc')
  const projects = options.projectDirs.map((dir) => join(dir, '.npmrc'))
  return [...new Set([...projects, user, global])]
}

export function defaultGlobalPrefix(env: Environment, nodeExecutable: string): string {
  return env.NPM_CONFIG_PREFIX ?? env.npm_config_prefix ?? dirname(dirname(nodeExecutable))
}

function variableFinding(name: string, value: string): StaticToken {
  const placeholder = value === SETUP_NODE_PLACEHOLDER
  return {
    where: name,
    what: placeholder
      ? `the environment variable ${name} holds setup-node's placeholder token ${SETUP_NODE_PLACEHOLDER} (written when actions/setup-node has registry-url)`
      : `the environment variable ${name} is set`,
  }
}

/** Every static token in the environment and the given .npmrc files (missing files are fine). */
export async function findStaticTokens(options: {
  env: Environment
  npmrcFiles: string[]
}): Promise<StaticToken[]> {
  const found: StaticToken[] = []
  for (const name of TOKEN_VARIABLES) {
    const value = options.env[name]
    if (value) found.push(variableFinding(name, value))
  }
  for (const [name, value] of Object.entries(options.env)) {
    if (value && /^npm_config_.*_auth(token)?$/i.test(name.replace(/:/g, '_'))) {
      found.push({ where: name, what: `the environment variable ${name} configures npm auth` })
    }
  }
  for (const file of options.npmrcFiles) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      continue
    }
    text.split(/\r?\n/).forEach((raw, index) => {
      const line = raw.trim()
      if (line.startsWith('#') || line.startsWith(';')) return
      const match = /^(\S*?)(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line)
      if (!match) return
      const value = match[3] ?? ''
      const placeholder =
        value.includes(SETUP_NODE_PLACEHOLDER) || /\$\{NODE_AUTH_TOKEN\}/.test(value)
      found.push({
        where: file,
        line: index + 1,
        what: `${file}:${index + 1} sets ${match[1]}${match[2]}${placeholder ? ' (the .npmrc that actions/setup-node writes for registry-url)' : ''}`,
      })
    })
  }
  return found
}

/** Refuses to go on with any static token in reach, naming each. */
export function refuseStaticTokens(found: StaticToken[]): void {
  if (found.length === 0) return
  const setupNode = found.some((token) => token.what.includes('setup-node'))
  throw new ConfigurationError(
    `publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: ${found.map((token) => token.what).join('; ')}. Remove ${found.length === 1 ? 'it' : 'them'} from the publishing job${setupNode ? ' (drop registry-url from actions/setup-node there)' : ''}: npm prefers a configured token over OIDC, and a token in a publish job is one that can leak.`,
    found[0]?.line ? { location: { file: found[0].where, line: found[0].line } } : {},
  )
}
