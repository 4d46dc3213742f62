import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionContext } from '@tokenless/action-kit'

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'
/** The userconfig names this variable instead of holding the token: the file has no secret. */
const TOKEN_VARIABLE = 'TOKENLESS_NPM_DEPRECATE_TOKEN'

export interface DeprecateRequest {
  name: string
  version: string
  message: string
  registry: string
}

/** The arguments of `npm deprecate`, with `--registry` unless it is npm's own. */
export function deprecateArguments(request: DeprecateRequest): string[] {
  const args = ['deprecate', `${request.name}@${request.version}`, request.message]
  const registry = request.registry.endsWith('/') ? request.registry : `${request.registry}/`
  return registry === DEFAULT_REGISTRY ? args : [...args, '--registry', request.registry]
}

function shellQuote(word: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** The command a maintainer runs by hand (logged in with `npm login` or a token of their own). */
export function deprecateCommand(request: DeprecateRequest): string {
  return ['npm', ...deprecateArguments(request)].map(shellQuote).join(' ')
}

export interface DeprecateResult {
  ok: boolean
  /** npm's last words on failure. */
  detail: string
}

/**
 * Runs `npm deprecate` with the token given to that process only: a userconfig in a temporary
 * directory outside the workspace refers to it through an environment variable, so that no file
 * ever holds it, and the directory is removed afterwards. npm's own output is logged (masked).
 */
export async function runNpmDeprecate(
  ctx: ActionContext,
  request: DeprecateRequest,
  token: string,
): Promise<DeprecateResult> {
  const dir = await mkdtemp(join(tmpdir(), 'tokenless-deprecate-'))
  const registry = new URL(request.registry)
  const userconfig = join(dir, '.npmrc')
  try {
    await writeFile(
      userconfig,
      `registry=${request.registry}\n//${registry.host}${registry.pathname}:_authToken=\${${TOKEN_VARIABLE}}\n`,
      { mode: 0o600 },
    )
    const env: Record<string, string | undefined> = {
      ...ctx.env,
      npm_config_userconfig: userconfig,
      npm_config_update_notifier: 'false',
      [TOKEN_VARIABLE]: token,
    }
    for (const name of ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_CONFIG_USERCONFIG']) delete env[name]
    const args = ['deprecate', `${request.name}@${request.version}`, request.message]
    const result = await ctx.exec('npm', [...args, '--registry', request.registry], {
      cwd: dir,
      env,
      silent: true,
    })
    for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
      if (line.trim() !== '') ctx.log.info(line)
    }
    if (result.exitCode === 0) return { ok: true, detail: '' }
    const said = result.stderr
      .split('\n')
      .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
      .filter((line) => line !== '' && !/complete log of this run/i.test(line))
    return { ok: false, detail: said.slice(0, 3).join(' ') || `exit code ${result.exitCode}` }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
