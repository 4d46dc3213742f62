// The web side's git smart HTTP (`git clone {clone_url}`): git's own http-backend over the
// repository's real git directory. Fetches only; a push is refused as GitHub refuses a push
// without write access, so the API (and its one-write-at-a-time queue) stays the only writer.
import { spawn } from 'node:child_process'

/** `/{owner}/{repo}[.git]/info/refs` and the service endpoints, as git asks for them. */
const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/

export interface GitHttpPath {
  owner: string
  repo: string
  /** `info/refs`, `git-upload-pack` or `git-receive-pack`. */
  endpoint: string
}

/** The repository and endpoint a smart-HTTP path names, if it names one. */
export function gitHttpPath(path: string): GitHttpPath | undefined {
  const match = GIT_PATH.exec(path)
  if (match === null) return undefined
  const [, owner = '', repo = '', endpoint = ''] = match
  try {
    return { owner: decodeURIComponent(owner), repo: decodeURIComponent(repo), endpoint }
  } catch {
    return undefined
  }
}

/** Whether the call is (or starts) a push. */
export function isPush(path: GitHttpPath, query: URLSearchParams): boolean {
  return (
    path.endpoint === 'git-receive-pack' ||
    (path.endpoint === 'info/refs' && query.get('service') === 'git-receive-pack')
  )
}

export interface GitHttpAnswer {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** Runs `git http-backend` as a CGI program for one call and returns its answer. */
export function runHttpBackend(
  gitDir: string,
  call: {
    endpoint: string
    method: string
    query: string
    headers: Record<string, string | string[] | undefined>
    body: Buffer
  },
): Promise<GitHttpAnswer> {
  const header = (name: string): string => {
    const value = call.headers[name]
    return Array.isArray(value) ? value.join(', ') : (value ?? '')
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/',
    GIT_PROJECT_ROOT: gitDir,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: `/${call.endpoint}`,
    REQUEST_METHOD: call.method,
    QUERY_STRING: call.query.replace(/^\?/, ''),
    CONTENT_TYPE: header('content-type'),
    CONTENT_LENGTH: String(call.body.length),
    HTTP_CONTENT_ENCODING: header('content-encoding'),
    GIT_PROTOCOL: header('git-protocol'),
  }
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const answer = parseCgi(Buffer.concat(out))
      if (answer === undefined) {
        reject(
          new Error(
            `git http-backend exited ${String(code)} without an answer: ${Buffer.concat(err).toString('utf8').trim()}`,
          ),
        )
      } else resolve(answer)
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(call.body)
  })
}

/** A CGI program's output: header lines (`Status:` among them), a blank line, the body. */
function parseCgi(output: Buffer): GitHttpAnswer | undefined {
  let end = output.indexOf('\r\n\r\n')
  let gap = 4
  if (end === -1) {
    end = output.indexOf('\n\n')
    gap = 2
  }
  if (end === -1) return undefined
  const headers: Record<string, string> = {}
  let status = 200
  for (const line of output.subarray(0, end).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon === -1) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (name === 'status') status = Number.parseInt(value, 10) || 500
    else headers[name] = value
  }
  return { status, headers, body: output.subarray(end + gap) }
}
