import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ALL_WRITE,
  type GitHubSandbox,
  type NpmSandbox,
  startGitHubSandbox,
} from '@tokenless/sandbox'
import { GitFixture } from '../support/git-fixture.js'
import { type BundleRun, runBundleAsync } from '../support/run-bundle.js'

export const TOKEN = 'sandbox-token-adversarial'

/** A repository acme/widget in a sandbox GitHub, and yank-notice's bundle run against it. */
export interface YankWorld {
  sandbox: GitHubSandbox
  run: (inputs: Record<string, string>, env?: Record<string, string>) => Promise<BundleRun>
  release: (tag: string, extra?: Record<string, unknown>) => Promise<void>
  issue: (title: string, body: string) => Promise<number>
  writes: () => number
}

export async function yankWorld(urls: { npm: string; pypi: string }): Promise<YankWorld> {
  const repo = GitFixture.create()
  repo.commit('feat: first', { 'package.json': '{ "name": "widget", "version": "1.0.0" }\n' })
  const sandbox = await startGitHubSandbox({
    repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
  })
  sandbox.tokens.register(TOKEN, { permissions: ALL_WRITE })
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/repos/acme/widget${path}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, data: (await response.json()) as Record<string, unknown> }
  }
  return {
    sandbox,
    run: (inputs, env = {}) =>
      runBundleAsync('yank-notice', {
        workspace: repo.dir,
        inputs: { token: TOKEN, 'npm-registry': urls.npm, 'pypi-url': urls.pypi, ...inputs },
        env: {
          GITHUB_API_URL: sandbox.url,
          GITHUB_SERVER_URL: sandbox.serverUrl,
          GITHUB_REPOSITORY: 'acme/widget',
          ...env,
        },
      }),
    async release(tag, extra = {}) {
      const sha = repo.commit(`chore: release ${tag}`)
      const created = await api('POST', '/releases', {
        tag_name: tag,
        target_commitish: sha,
        name: tag,
        body: `Notes of ${tag}.`,
        ...extra,
      })
      if (created.status !== 201) throw new Error(`release ${tag}: ${created.status}`)
    },
    async issue(title, body) {
      const created = await api('POST', '/issues', { title, body })
      if (created.status !== 201) throw new Error(`issue: ${created.status}`)
      return created.data.number as number
    },
    writes: () => sandbox.requests.filter((request) => request.method !== 'GET').length,
  }
}

/** Publishes one version of a fresh npm package to the sandbox registry; returns its name. */
export async function seedNpmPackage(npm: NpmSandbox, name: string, versions: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'tokenless-adversarial-npm-'))
  for (const version of versions) {
    const dir = join(root, version)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version }))
    await npm.seedPackage(dir)
  }
  return name
}
