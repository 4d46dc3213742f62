import { type ChildProcess, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The user the front server writes to Verdaccio as. Nobody else can: registration is off. */
export const BACKEND_USER = 'sandbox-front'

export interface VerdaccioProcess {
  /** `http://127.0.0.1:PORT/`: Verdaccio itself, not the front. */
  url: string
  /** `Basic ...` for writes: only the front (and seeding) hold it. */
  authorization: string
  /** Temporary directory with the config, htpasswd and package storage. */
  dir: string
  /** Kills Verdaccio and removes its directory. */
  stop(): Promise<void>
}

/**
 * The child's program: loads Verdaccio, listens on 127.0.0.1 port 0, reports the port over IPC,
 * and exits when the parent goes away (the IPC channel closes), so no registry outlives a test.
 */
const CHILD = `
const { runServer } = require(process.argv[1])
const config = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'))
process.on('disconnect', () => process.exit(0))
runServer(config).then(
  (server) => {
    server.on('error', (error) => { process.send({ error: String(error.stack || error) }); process.exit(1) })
    server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
  },
  (error) => { process.send({ error: String((error && error.stack) || error) }); process.exit(1) },
)
`

const START_TIMEOUT_MS = 30_000

/**
 * Starts a real Verdaccio 6 in a child process on 127.0.0.1 (port 0) with a fresh storage
 * directory, no uplinks, the web UI off and user registration off. Anyone may read; only
 * `sandbox-front` (a random password) may publish, unpublish or change packages, so writes reach
 * it through the front server or `seedPackage` only.
 *
 * A child process rather than `runServer` in-process: it listens in about 280 ms every time
 * (in-process: about 450 ms for the first start in a process, then 10 ms), dies with SIGTERM
 * leaving nothing behind, runs on a Node >= 22 of its own, and keeps Verdaccio's module graph and
 * process-wide logger out of the caller's (and out of jest's module registry).
 */
export async function startVerdaccio(node: string = process.execPath): Promise<VerdaccioProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'tokenless-verdaccio-'))
  const password = randomBytes(18).toString('base64url')
  const sha = createHash('sha1').update(password).digest('base64')
  const htpasswd = join(dir, 'htpasswd')
  await writeFile(htpasswd, `${BACKEND_USER}:{SHA}${sha}:autocreated ${new Date().toISOString()}\n`)
  const configFile = join(dir, 'config.json')
  const config = {
    self_path: configFile,
    storage: join(dir, 'storage'),
    uplinks: {},
    packages: {
      '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
    },
    auth: { htpasswd: { file: htpasswd, max_users: -1 } },
    web: { enable: false },
    log: { type: 'stdout', format: 'json', level: 'error' },
    max_body_size: '200mb',
    server: { keepAliveTimeout: 5 },
  }
  await writeFile(configFile, JSON.stringify(config))

  const entry = createRequire(import.meta.url).resolve('verdaccio')
  const child = spawn(node, ['-e', CHILD, entry, configFile], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      NODE_ENV: 'production',
      // V8's code cache on disk: about 280 ms to listen instead of 350.
      NODE_COMPILE_CACHE: join(tmpdir(), 'tokenless-verdaccio-compile-cache'),
    },
  })
  let output = ''
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)

  let port: number
  try {
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`Verdaccio did not start within ${START_TIMEOUT_MS} ms.`))
      }, START_TIMEOUT_MS)
      child.once('message', (message: { port?: number; error?: string }) => {
        clearTimeout(timer)
        if (typeof message.port === 'number') resolve(message.port)
        else reject(new Error(`Verdaccio failed to start: ${message.error ?? 'no reason given'}`))
      })
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(
          new Error(
            `Verdaccio exited before listening (${signal ?? `code ${String(code)}`}). It needs ` +
              `Node >= 22 (started with ${node}). Output:\n${output}`,
          ),
        )
      })
      child.once('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
    })
  } catch (error) {
    await kill(child)
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  child.removeAllListeners('exit')
  child.removeAllListeners('error')
  // The front answers for Verdaccio; a crash after start shows as 502s with this output.
  child.on('error', () => undefined)

  return {
    url: `http://127.0.0.1:${port}/`,
    authorization: `Basic ${Buffer.from(`${BACKEND_USER}:${password}`).toString('base64')}`,
    dir,
    stop: async () => {
      await kill(child)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
