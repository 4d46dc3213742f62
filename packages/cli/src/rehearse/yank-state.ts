// What a yank finds on release day: the earlier releases published on GitHub and their versions
// on the registries. A workflow that runs yank-notice is rehearsed against that state: the
// repository's release tags become published GitHub releases (the newest one latest), and each
// package its `packages` input names gets those versions on npm or PyPI.
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { git } from '@tokenless/git'
import type { Workflow } from '@tokenless/workflow'
import type { RehearsalSandbox } from './rehearsal-sandbox.js'

const execFileAsync = promisify(execFile)

export interface YankPackage {
  registry: 'npm' | 'pypi'
  name: string
}

/** The packages named by the workflow's yank-notice steps, or undefined without such a step. */
export function yankPackages(workflow: Workflow): YankPackage[] | undefined {
  let found: YankPackage[] | undefined
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      if (step.uses === undefined || !/(^|\/)actions\/yank-notice(@|\/?$)/.test(step.uses)) continue
      found ??= []
      const text = typeof step.with.packages === 'string' ? step.with.packages : ''
      if (text.includes('${{')) continue
      for (const line of text.split('\n')) {
        const match = /^\s*(npm|pypi):\s*(\S+)\s*$/i.exec(line)
        if (match?.[1] === undefined || match[2] === undefined) continue
        found.push({ registry: match[1].toLowerCase() as 'npm' | 'pypi', name: match[2] })
      }
    }
  }
  return found
}

/** Release tags (v1.2.3) in the repository, oldest version first. */
async function releaseTags(gitDir: string): Promise<string[]> {
  const listed = await git(gitDir, ['tag', '--list', 'v[0-9]*', '--sort=v:refname'])
  return listed.stdout
    .split('\n')
    .map((tag) => tag.trim())
    .filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag))
}

/** A minimal pure-Python wheel of `name` at `version`, built with Python's zipfile. */
async function buildWheel(dir: string, name: string, version: string): Promise<string> {
  const dist = name.replace(/[-.]+/g, '_')
  const filename = `${dist}-${version}-py3-none-any.whl`
  const script = `
import base64, hashlib, sys, zipfile
path, name, version, dist = sys.argv[1:5]
info = f"{dist}-{version}.dist-info"
members = {
    f"{info}/METADATA": f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n",
    f"{info}/WHEEL": "Wheel-Version: 1.0\\nGenerator: tokenless-rehearse\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
record = ""
for member, text in members.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
    record += f"{member},sha256={digest},{len(text.encode())}\\n"
members[f"{info}/RECORD"] = record + f"{info}/RECORD,,\\n"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as wheel:
    for member, text in members.items():
        wheel.writestr(member, text)
`
  await execFileAsync('python3', ['-c', script, join(dir, filename), name, version, dist])
  return filename
}

async function uploadWheel(
  sandbox: RehearsalSandbox,
  token: string,
  dir: string,
  name: string,
  version: string,
): Promise<void> {
  const filename = await buildWheel(dir, name, version)
  const data = await readFile(join(dir, filename))
  const form = new FormData()
  const fields: Array<[string, string]> = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['name', name],
    ['version', version],
    ['filetype', 'bdist_wheel'],
    ['pyversion', 'py3'],
    ['metadata_version', '2.1'],
    ['sha256_digest', createHash('sha256').update(data).digest('hex')],
  ]
  for (const [field, value] of fields) form.append(field, value)
  form.append('content', new Blob([data]), filename)
  const response = await fetch(sandbox.pypi.uploadUrl, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}` },
    body: form,
  })
  if (!response.ok) {
    throw new Error(
      `Could not place ${name} ${version} on the PyPI stand-in: HTTP ${response.status} ${await response.text()}`,
    )
  }
}

/**
 * Publishes a GitHub release for each release tag (v1.2.3) of the repository, oldest first, so
 * that the newest is latest: the releases a yank or a hotfix of an older line finds. Returns
 * the tags. `except` is left out: the release a maintainer publishes in a release event.
 */
export async function publishEarlierReleases(
  sandbox: RehearsalSandbox,
  options: { owner: string; repo: string; gitDir: string; except?: string | undefined },
): Promise<string[]> {
  const tags = (await releaseTags(options.gitDir)).filter((tag) => tag !== options.except)
  const maintainer = `rehearsal-maintainer-${randomBytes(8).toString('hex')}`
  sandbox.github.tokens.register(maintainer, {
    kind: 'pat',
    login: 'maintainer',
    permissions: { contents: 'write' },
  })
  for (const tag of tags) {
    const response = await fetch(
      `${sandbox.github.url}/repos/${options.owner}/${options.repo}/releases`,
      {
        method: 'POST',
        headers: {
          authorization: `token ${maintainer}`,
          'content-type': 'application/json',
          accept: 'application/vnd.github+json',
        },
        body: JSON.stringify({ tag_name: tag, name: tag, body: `Release ${tag}.` }),
      },
    )
    if (!response.ok) {
      throw new Error(
        `Could not publish the release ${tag} on the GitHub stand-in: HTTP ${response.status} ${await response.text()}`,
      )
    }
  }
  return tags
}

/** Places each package a yank names on its registry at every version of `tags`. */
export async function placeYankedPackages(
  sandbox: RehearsalSandbox,
  options: { workDir: string; packages: YankPackage[]; tags: string[] },
): Promise<void> {
  const versions = options.tags.map((tag) => tag.slice(1))
  const dir = await mkdtemp(join(options.workDir, 'yank-'))
  const pypiToken = `pypi-rehearsal${randomBytes(24).toString('hex')}`
  if (options.packages.some((pkg) => pkg.registry === 'pypi')) sandbox.pypi.addApiToken(pypiToken)
  await Promise.all(
    options.packages.map(async (pkg) => {
      for (const version of versions) {
        if (pkg.registry === 'pypi') {
          await uploadWheel(sandbox, pypiToken, dir, pkg.name, version)
          continue
        }
        if (sandbox.npm === undefined) return
        const source = join(dir, `npm-${pkg.name.replace(/[@/]/g, '_')}-${version}`)
        await mkdir(source, { recursive: true })
        await writeFile(
          join(source, 'package.json'),
          JSON.stringify({ name: pkg.name, version, description: `${pkg.name} ${version}` }),
        )
        await sandbox.npm.seedPackage(source)
      }
    }),
  )
}
