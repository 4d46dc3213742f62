// npm ties a package published with provenance to the repository its package.json names, and
// refuses the publish (E422 "Failed to validate repository information") when that is not the
// repository the release runs in. init sets a missing "repository" (npm's own form, with the
// folder of a workspace package) and says what to change when it names another repository.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NpmPackage } from './detect-npm.js'

/** A manifest with its new text. */
export interface ManifestEdit {
  file: string
  text: string
  /** What was set, as it reads in the file. */
  url: string
}

export interface RepositoryFields {
  /** package.json files with no "repository": the field init sets. */
  edits: ManifestEdit[]
  /** Problems init cannot settle alone, each with its fix. */
  problems: string[]
}

const GITHUB_NAMED = /github(?:\.com)?[:/]([^/]+\/[^/#]+?)(?:\.git)?(?:#.*)?$/i

function urlOf(field: unknown): string | undefined {
  if (typeof field === 'string') return field
  if (typeof field === 'object' && field !== null) {
    const url = (field as { url?: unknown }).url
    if (typeof url === 'string') return url
  }
  return undefined
}

/** The text with `repository` placed after "version" (else "name", else last), in its indent. */
function withRepository(text: string, manifest: Record<string, unknown>, field: object): string {
  const indent = /^[\t ]+(?=")/m.exec(text)?.[0] ?? '  '
  const keys = Object.keys(manifest)
  const after = keys.includes('version') ? 'version' : keys.includes('name') ? 'name' : undefined
  const entries: Array<[string, unknown]> = []
  for (const key of keys) {
    entries.push([key, manifest[key]])
    if (key === after) entries.push(['repository', field])
  }
  if (after === undefined) entries.push(['repository', field])
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const json = JSON.stringify(Object.fromEntries(entries), null, indent).replace(/\n/g, eol)
  return /\r?\n$/.test(text) ? `${json}${eol}` : json
}

/** What each npm package's "repository" needs before a release with provenance can publish. */
export function repositoryFields(
  root: string,
  packages: readonly NpmPackage[],
  repository: { owner: string; repo: string } | undefined,
): RepositoryFields {
  const result: RepositoryFields = { edits: [], problems: [] }
  const wanted = repository && `${repository.owner}/${repository.repo}`
  const fix = (dir: string): string =>
    `"repository": { "type": "git", "url": "git+https://github.com/${wanted ?? '<owner>/<repository>'}.git"${dir === '.' ? '' : `, "directory": "${dir}"`} }`
  for (const pkg of packages) {
    const text = readFileSync(join(root, pkg.file), 'utf8')
    const manifest = JSON.parse(text) as Record<string, unknown>
    const url = urlOf(manifest.repository)
    const named = GITHUB_NAMED.exec(url ?? '')?.[1]
    if (url === undefined && wanted !== undefined) {
      const field = {
        type: 'git',
        url: `git+https://github.com/${wanted}.git`,
        ...(pkg.dir === '.' ? {} : { directory: pkg.dir }),
      }
      result.edits.push({
        file: pkg.file,
        text: withRepository(text, manifest, field),
        url: field.url,
      })
    } else if (url === undefined) {
      result.problems.push(
        `${pkg.file} has no "repository", and origin is not a GitHub repository: npm refuses a publish with provenance whose package.json does not name the repository it runs in. Set ${fix(pkg.dir)} in ${pkg.file}.`,
      )
    } else if (wanted !== undefined && named?.toLowerCase() !== wanted.toLowerCase()) {
      result.problems.push(
        `${pkg.file}: "repository" is ${url}, but the release runs in github.com/${wanted} (origin): npm refuses a publish with provenance whose package.json names another repository. Set ${fix(pkg.dir)} in ${pkg.file}.`,
      )
    }
  }
  return result
}
