import { isPep440Prerelease, parsePep440 } from '@tokenless/versioning'
import { canonicalVersion } from './names.js'
import type { FileRecord, ProjectRecord, PypiState, ReleaseRecord } from './state.js'
import { acceptableOffers } from './warehouse-errors.js'

/** The Simple API version Warehouse serves (warehouse/packaging/utils.py). */
export const SIMPLE_API_VERSION = '1.4'

const MIME_HTML = 'text/html'
const MIME_SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html'
const MIME_SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json'

export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers':
    'Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since',
  'access-control-allow-methods': 'GET',
  'access-control-max-age': '86400',
  'access-control-expose-headers': 'X-PyPI-Last-Serial',
}

export interface ReadAnswer {
  status: number
  headers: Record<string, string>
  body: string | Buffer
}

/** Where a sandbox serves things: the index itself and its file host. */
export interface ReadUrls {
  /** The sandbox root (pypi.org). */
  url: string
  /** `url/packages/<path>` (files.pythonhosted.org/packages/<path>). */
  fileUrl(file: FileRecord): string
}

/** Warehouse's answer for a missing JSON document. */
function jsonNotFound(): ReadAnswer {
  return {
    status: 404,
    headers: { 'content-type': 'application/json; charset=utf-8', ...CORS_HEADERS },
    body: '{"message": "Not Found"}',
  }
}

function redirect(location: string): ReadAnswer {
  return {
    status: 301,
    headers: { location, 'content-type': 'text/html; charset=UTF-8', ...CORS_HEADERS },
    body: '',
  }
}

/** The release the project page shows: not yanked, not a pre-release, highest version. */
function latestRelease(project: ProjectRecord): ReleaseRecord | undefined {
  return [...project.releases].sort(
    (a, b) =>
      Number(a.yanked) - Number(b.yanked) ||
      Number(isPep440Prerelease(a.parsed)) - Number(isPep440Prerelease(b.parsed)) ||
      b.ordering - a.ordering,
  )[0]
}

/**
 * `GET /pypi/<name>/json` and `/pypi/<name>/<version>/json` (warehouse/legacy/api/json.py): a
 * name that is not normalised redirects; a project without releases is not found.
 */
export function jsonApi(
  state: PypiState,
  urls: ReadUrls,
  name: string,
  version: string | undefined,
): ReadAnswer {
  const project = state.project(name)
  if (project === undefined) return jsonNotFound()
  let release: ReleaseRecord | undefined
  if (version === undefined) release = latestRelease(project)
  else {
    const wanted = normalizeVersionForLookup(version)
    release = project.releases.find((r) => wanted !== undefined && r.canonicalVersion === wanted)
  }
  if (release === undefined) return jsonNotFound()
  if (project.normalizedName !== name) {
    const suffix = version === undefined ? 'json' : `${version}/json`
    return redirect(`/pypi/${project.normalizedName}/${suffix}`)
  }
  const releases: Record<string, unknown[]> = {}
  for (const r of [...project.releases].sort((a, b) => b.ordering - a.ordering)) {
    releases[r.version] = [...r.files]
      .sort((a, b) => (a.filename < b.filename ? -1 : 1))
      .map((file) => jsonFile(urls, r, file))
  }
  const meta = release.metadata
  const info = {
    name: project.name,
    version: release.version,
    summary: meta.summary,
    description_content_type: meta.descriptionContentType,
    description: meta.description,
    keywords: meta.keywords,
    license: meta.license,
    license_expression: meta.licenseExpression,
    license_files: meta.licenseFiles,
    classifiers: meta.classifiers,
    author: meta.author,
    author_email: meta.authorEmail,
    maintainer: meta.maintainer,
    maintainer_email: meta.maintainerEmail,
    requires_python: meta.requiresPython,
    platform: meta.platform,
    downloads: { last_day: -1, last_week: -1, last_month: -1 },
    package_url: `${urls.url}/project/${project.name}/`,
    project_url: `${urls.url}/project/${project.name}/`,
    project_urls: releaseUrls(release),
    release_url: `${urls.url}/project/${project.name}/${release.version}/`,
    requires_dist: meta.requiresDist,
    provides_extra: meta.providesExtra,
    docs_url: null,
    bugtrack_url: null,
    home_page: meta.homePage,
    download_url: meta.downloadUrl,
    yanked: release.yanked,
    yanked_reason: release.yankedReason || null,
    dynamic: meta.dynamic,
  }
  const body: Record<string, unknown> = {
    info,
    last_serial: project.lastSerial,
    ...(version === undefined ? { releases } : {}),
    urls: releases[release.version] ?? [],
    vulnerabilities: [],
    ownership: { roles: [{ role: 'Owner', user: 'sandbox-user' }], organization: null },
  }
  return {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'x-pypi-last-serial': String(project.lastSerial),
      ...CORS_HEADERS,
    },
    // Warehouse's `json-with-newline` renderer.
    body: `${JSON.stringify(body)}\n`,
  }
}

/** Warehouse looks a version up by packaging's canonical form; an invalid one finds nothing. */
function normalizeVersionForLookup(version: string): string | undefined {
  const parsed = parsePep440(version)
  return parsed === undefined ? undefined : canonicalVersion(parsed)
}

function releaseUrls(release: ReleaseRecord): Record<string, string> | null {
  const urls: Record<string, string> = {}
  const meta = release.metadata
  if (meta.homePage) urls.Homepage = meta.homePage
  if (meta.downloadUrl) urls.Download = meta.downloadUrl
  for (const [label, url] of Object.entries(meta.projectUrls ?? {})) {
    const normalized = label.replace(/[\s!-/:-@[-`{-~]/g, '').toLowerCase()
    if (normalized === 'homepage' && url === urls.Homepage) continue
    if (normalized === 'downloadurl' && url === urls.Download) continue
    urls[label] = url
  }
  return Object.keys(urls).length === 0 ? null : urls
}

function jsonFile(urls: ReadUrls, release: ReleaseRecord, file: FileRecord): unknown {
  return {
    filename: file.filename,
    packagetype: file.packagetype,
    python_version: file.pythonVersion,
    has_sig: false,
    comment_text: file.comment,
    md5_digest: file.md5,
    digests: { md5: file.md5, sha256: file.sha256, blake2b_256: file.blake2_256 },
    'core-metadata': file.metadataSha256 === undefined ? false : { sha256: file.metadataSha256 },
    size: file.size,
    downloads: -1,
    upload_time: isoSeconds(file.uploadTime),
    upload_time_iso_8601: `${isoMicroseconds(file.uploadTime)}Z`,
    url: urls.fileUrl(file),
    requires_python: release.metadata.requiresPython || null,
    yanked: release.yanked,
    yanked_reason: release.yankedReason || null,
  }
}

/** `%Y-%m-%dT%H:%M:%S` in UTC. */
function isoSeconds(date: Date): string {
  return date.toISOString().slice(0, 19)
}

/** Python's `datetime.isoformat()` of a naive UTC time: microseconds, no zone. */
function isoMicroseconds(date: Date): string {
  return `${date.toISOString().slice(0, 23)}000`
}

function selectSimpleType(accept: string | undefined): string {
  return acceptableOffers(accept, [MIME_HTML, MIME_SIMPLE_HTML, MIME_SIMPLE_JSON])[0] ?? MIME_HTML
}

/** `GET /simple/`: every project (PEP 503 HTML or PEP 691 JSON by the Accept header). */
export function simpleIndex(state: PypiState, accept: string | undefined): ReadAnswer {
  const type = selectSimpleType(accept)
  const projects = [...state.projects.values()].sort((a, b) =>
    a.normalizedName < b.normalizedName ? -1 : 1,
  )
  const headers = {
    'content-type': type,
    vary: 'Accept',
    'x-pypi-last-serial': String(state.serial),
    ...CORS_HEADERS,
  }
  if (type === MIME_SIMPLE_JSON) {
    const body = {
      meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': state.serial },
      projects: projects.map((p) => ({ name: p.name, '_last-serial': p.lastSerial })),
    }
    return { status: 200, headers, body: `${JSON.stringify(body)}\n` }
  }
  const links = projects
    .map((p) => `    <a href="/simple/${p.normalizedName}/">${escape(p.name)}</a>\n`)
    .join('')
  const body =
    '<!DOCTYPE html>\n<html lang="en">\n  <head>\n' +
    `    <meta name="pypi:repository-version" content="${SIMPLE_API_VERSION}">\n` +
    '    <title>Simple index</title>\n  </head>\n  <body>\n' +
    links +
    '  </body>\n</html>'
  return { status: 200, headers, body }
}

/** `GET /simple/<name>/`: a project's files with sha256, requires-python, yanked, metadata. */
export function simpleDetail(
  state: PypiState,
  urls: ReadUrls,
  name: string,
  accept: string | undefined,
): ReadAnswer {
  const project = state.project(name)
  if (project === undefined) {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=UTF-8' },
      body: '404 Not Found',
    }
  }
  if (project.normalizedName !== name) return redirect(`/simple/${project.normalizedName}/`)
  const type = selectSimpleType(accept)
  const files = project.releases
    .flatMap((release) => release.files.map((file) => ({ release, file })))
    .sort(
      (a, b) =>
        a.release.ordering - b.release.ordering || (a.file.filename < b.file.filename ? -1 : 1),
    )
  const versions = [...project.releases]
    .filter((release) => release.files.length > 0)
    .sort((a, b) => a.ordering - b.ordering)
    .map((release) => release.version)
  const headers = {
    'content-type': type,
    vary: 'Accept',
    'x-pypi-last-serial': String(project.lastSerial),
    ...CORS_HEADERS,
  }
  const entries = files.map(({ release, file }) => ({
    filename: file.filename,
    url: urls.fileUrl(file),
    hashes: { sha256: file.sha256 },
    'requires-python': release.metadata.requiresPython || null,
    size: file.size,
    'upload-time': `${isoMicroseconds(file.uploadTime)}Z`,
    yanked: release.yanked && release.yankedReason ? release.yankedReason : release.yanked,
    'data-dist-info-metadata':
      file.metadataSha256 === undefined ? false : { sha256: file.metadataSha256 },
    'core-metadata': file.metadataSha256 === undefined ? false : { sha256: file.metadataSha256 },
    provenance: null,
  }))
  if (type === MIME_SIMPLE_JSON) {
    const body = {
      meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': project.lastSerial },
      name: project.normalizedName,
      'project-status': { status: 'active' },
      versions,
      files: entries,
    }
    return { status: 200, headers, body: `${JSON.stringify(body)}\n` }
  }
  const links = entries
    .map((entry) => {
      let attributes = ''
      if (entry['requires-python'] !== null)
        attributes += `data-requires-python="${escape(entry['requires-python'])}" `
      if (entry.yanked !== false)
        attributes += `data-yanked="${typeof entry.yanked === 'string' ? escape(entry.yanked) : ''}" `
      const metadata = entry['core-metadata']
      if (typeof metadata === 'object') {
        const sha = metadata.sha256
        attributes += `data-dist-info-metadata="sha256=${sha}" data-core-metadata="sha256=${sha}"`
      }
      return `    <a href="${entry.url}#sha256=${entry.hashes.sha256}" ${attributes}>${escape(entry.filename)}</a><br />\n`
    })
    .join('')
  const body =
    '<!DOCTYPE html>\n<html lang="en">\n  <head>\n' +
    `    <meta name="pypi:repository-version" content="${SIMPLE_API_VERSION}">\n` +
    '    <meta name="pypi:project-status" content="active">\n' +
    `    <title>Links for ${escape(project.normalizedName)}</title>\n  </head>\n  <body>\n` +
    `    <h1>Links for ${escape(project.normalizedName)}</h1>\n` +
    links +
    '  </body>\n</html>\n' +
    `<!--SERIAL ${project.lastSerial}-->`
  return { status: 200, headers, body }
}

/** Jinja's autoescape. */
function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;')
}
