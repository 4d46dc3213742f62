import { git } from './git-command.js'

/** Where a remote lives, read from its URL: `https://gitlab.com` + `group/sub` + `repo`. */
export interface RemoteRepository {
  /** The web server: `https://github.com`, a GitHub Enterprise Server or a GitLab URL. */
  host: string
  /** The owner, or a GitLab group path (`group/subgroup`). */
  owner: string
  repo: string
}

const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/
const URL_LIKE = /^(?:git\+)?(https?|ssh|git):\/\/(?:[^@/\s]+@)?([^/:\s]+)(?::(\d+))?\/(.+)$/

/**
 * The web repository a remote URL points at, in the forms GitHub, GitHub Enterprise Server and
 * GitLab give: `https://host/owner/repo(.git)`, `git@host:owner/repo.git`,
 * `ssh://git@host(:port)/owner/repo.git`, `git://host/owner/repo`, with GitLab's nested groups.
 * The web URL is https on the same host (an http remote stays http; an ssh port is dropped).
 * Undefined for what is not such a URL (a local path, a file:// URL, one path segment).
 */
export function parseRemoteUrl(url: string): RemoteRepository | undefined {
  const text = url.trim()
  let scheme = 'https'
  let host: string | undefined
  let path: string | undefined
  const full = URL_LIKE.exec(text)
  if (full !== null) {
    scheme = full[1] === 'http' ? 'http' : 'https'
    host = full[2]
    path = full[4]
  } else if (!text.includes('://')) {
    const scp = SCP_LIKE.exec(text)
    host = scp?.[1]
    path = scp?.[2]
  }
  if (host === undefined || path === undefined) return undefined
  const segments = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter((segment) => segment !== '')
  // GitLab's `~user` in scp URLs and Windows drive letters (`C:\...`) are not repositories.
  if (segments.length < 2 || host.length === 1) return undefined
  if (!segments.every((segment) => /^[\w.-]+$/.test(segment))) return undefined
  const repo = segments.pop() as string
  return { host: `${scheme}://${host}`, owner: segments.join('/'), repo }
}

/** The URL of `remote` (default origin), or undefined when there is no such remote. */
export async function remoteUrl(cwd: string, remote = 'origin'): Promise<string | undefined> {
  const result = await git(cwd, ['config', '--get', `remote.${remote}.url`], { allowFailure: true })
  return result.exitCode === 0 ? result.stdout.trim() : undefined
}
