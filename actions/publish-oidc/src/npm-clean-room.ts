import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import type { Environment } from '@tokenless/action-kit'
import { isNpmAuthKey } from '@tokenless/oidc'

/**
 * Where npm runs for publish-oidc: an empty working directory outside the workspace, pinned as
 * npm's project (`--prefix`, so no .npmrc above it is read), and a user and a global config that
 * hold only what publish-oidc writes there. What the token search did not see, npm cannot use.
 */
export interface NpmCleanRoom {
  cwd: string
  userconfig: string
  globalconfig: string
  /** The config flags that pin npm to this room (command-line flags outrank everything else). */
  args: string[]
  dispose(): Promise<void>
}

export async function createNpmCleanRoom(userconfigText = ''): Promise<NpmCleanRoom> {
  const root = await mkdtemp(join(tmpdir(), 'tokenless-npm-room-'))
  const cwd = join(root, 'cwd')
  await mkdir(cwd)
  // Two files: npm refuses to load one file as both user and global config.
  const userconfig = join(root, 'userconfig')
  const globalconfig = join(root, 'globalconfig')
  await writeFile(userconfig, userconfigText, { mode: 0o600 })
  await writeFile(globalconfig, '', { mode: 0o600 })
  return {
    cwd,
    userconfig,
    globalconfig,
    args: ['--userconfig', userconfig, '--globalconfig', globalconfig, '--prefix', cwd],
    dispose: () => rm(root, { recursive: true, force: true }),
  }
}

/** npm settings in the environment that could carry a credential or send a publish elsewhere. */
function redirectsOrAuthenticates(name: string): boolean {
  const rest = name.slice('npm_config_'.length)
  if (rest.startsWith('//')) return true
  const key = rest.replace(/(?!^)_/g, '-').toLowerCase()
  return (
    isNpmAuthKey(key) ||
    key.endsWith(':registry') ||
    ['registry', 'userconfig', 'globalconfig', 'prefix', 'otp'].includes(key)
  )
}

/**
 * The environment for an npm child: without token variables and credential or registry
 * settings, and without the runner's id-token request unless npm needs it (provenance).
 */
export function npmChildEnvironment(
  env: Environment,
  options: { idToken: boolean },
): Record<string, string | undefined> {
  const child: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(env)) {
    if (/^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN)$/i.test(name)) continue
    if (/^npm_config_/i.test(name) && redirectsOrAuthenticates(name)) continue
    if (!options.idToken && /^(ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)|NPM_ID_TOKEN)$/.test(name))
      continue
    child[name] = value
  }
  return child
}

/** The install directory of the npm that `PATH` names (holding its builtin `npmrc`). */
export async function npmInstallDir(env: Environment): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    try {
      // bin/npm -> <npm>/bin/npm-cli.js
      return dirname(dirname(await realpath(join(dir, 'npm'))))
    } catch {
      continue
    }
  }
  return undefined
}
