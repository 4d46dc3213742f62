// What `--fix` cannot do and the maintainer must: register a trusted publisher for each package
// the fixed workflows publish (with the exact values the registry asks for), and delete the
// secrets the workflows no longer read.
import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { environmentName } from '@tokenless/workflow'
import { ReleaseFacts } from '../release-facts.js'
import type { Repository } from '../repository.js'
import type { FileFix } from './fix-repository.js'

export interface GithubRepository {
  owner: string
  repo: string
}

function npmName(root: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      name?: unknown
      private?: unknown
    }
    if (typeof manifest.name === 'string' && manifest.private !== true) return manifest.name
  } catch {
    // No package.json at the root: the name is in the package the job publishes.
  }
  return '<each package the job publishes, as named in its package.json>'
}

function pypiName(root: string): string {
  const file = join(root, 'pyproject.toml')
  if (existsSync(file)) {
    try {
      const data = parseToml(readFileSync(file, 'utf8')) as {
        project?: { name?: unknown }
        tool?: { poetry?: { name?: unknown } }
      }
      const name = data.project?.name ?? data.tool?.poetry?.name
      if (typeof name === 'string') return name
    } catch {
      // Unreadable: say where the name is.
    }
  }
  return '<the project name on PyPI>'
}

function fields(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1
  return rows.map(([label, value]) => `    ${`${label}:`.padEnd(width)} ${value}`)
}

interface Registration {
  registry: 'npm' | 'pypi' | 'testpypi'
  file: string
  job: string
  environment: string
  tool: string
}

function registrations(repository: Repository, fixed: readonly FileFix[]): Registration[] {
  const facts = new ReleaseFacts(repository)
  const found: Registration[] = []
  for (const workflow of repository.workflows) {
    if (!fixed.some((fix) => fix.path === workflow.file.path)) continue
    for (const job of workflow.jobs)
      for (const publish of facts.jobPublishes(job)) {
        if (publish.usesToken || publish.registry === 'other') continue
        const entry: Registration = {
          registry: publish.registry,
          file: basename(workflow.file.rel),
          job: job.id,
          environment: environmentName(job),
          tool: publish.tool,
        }
        if (!found.some((each) => each.registry === entry.registry && each.file === entry.file))
          found.push(entry)
      }
  }
  return found
}

function environmentField(entry: Registration): string {
  return entry.environment || `(empty: job "${entry.job}" has no \`environment:\`)`
}

function registrationText(
  entry: Registration,
  root: string,
  where: GithubRepository | undefined,
): string[] {
  const owner = where?.owner ?? '<owner>'
  const repo = where?.repo ?? '<repository>'
  if (entry.registry === 'npm') {
    const name = npmName(root)
    return [
      `  npm, for job "${entry.job}": https://www.npmjs.com/package/${name}/access -> Trusted publishing -> GitHub Actions`,
      ...fields([
        ['Package', name],
        ['Organization or user', owner],
        ['Repository', repo],
        ['Workflow filename', entry.file],
        ['Environment name', environmentField(entry)],
      ]),
    ]
  }
  const site = entry.registry === 'pypi' ? 'pypi.org' : 'test.pypi.org'
  const name = pypiName(root)
  return [
    `  ${entry.registry === 'pypi' ? 'PyPI' : 'TestPyPI'}, for job "${entry.job}": https://${site}/manage/project/${name}/settings/publishing/ (a new project: https://${site}/manage/account/publishing/)`,
    ...fields([
      ['PyPI Project Name', name],
      ['Owner', owner],
      ['Repository name', repo],
      ['Workflow name', entry.file],
      ['Environment name', environmentField(entry)],
    ]),
    ...(entry.tool === 'twine upload'
      ? [
          `    twine does trusted publishing from 6.1 on: make sure job "${entry.job}" installs twine 6.1 or later.`,
        ]
      : []),
  ]
}

/** The steps left to the maintainer, or '' when the fixes leave none. */
export function byHandText(
  repository: Repository,
  fixed: readonly FileFix[],
  where: GithubRepository | undefined,
): string {
  const lines: string[] = []
  const entries = registrations(repository, fixed)
  if (entries.length > 0) {
    lines.push(
      'Register the trusted publishers (the values must match exactly; the workflow publishes with no token once they exist):',
    )
    for (const entry of entries) lines.push(...registrationText(entry, repository.root, where))
    const environments = [...new Set(entries.map((entry) => entry.environment))].filter(
      (name) => name !== '',
    )
    for (const environment of environments)
      lines.push(
        `  Protect the environment "${environment}" (Settings -> Environments): required reviewers and the branches or tags that may release.`,
      )
  }
  const secrets = [...new Set(fixed.flatMap((fix) => fix.secrets))]
  if (secrets.length > 0) {
    const settings =
      where === undefined
        ? 'Settings -> Secrets and variables -> Actions'
        : `https://github.com/${where.owner}/${where.repo}/settings/secrets/actions`
    lines.push(
      `Once a release has published through trusted publishing, delete the secret${secrets.length > 1 ? 's' : ''} ${secrets.join(', ')} (${settings}, and any environment's secrets) and revoke the token${secrets.length > 1 ? 's' : ''} on the registry.`,
    )
  }
  if (entries.length > 0 && where === undefined)
    lines.push(
      'The origin remote is not on GitHub: replace <owner> and <repository> with where the repository lives.',
    )
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
