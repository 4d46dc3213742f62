// The upload pypa's action makes: `twine upload` with the machine's twine, or, when that twine
// is too old to read the files' core metadata (Debian's twine 4 stops at Metadata-Version 2.2;
// setuptools 77+ and hatchling write 2.4), the same legacy-API form twine sends, made here.
import { readPythonDistribution, type PythonDistribution } from '@tokenless/artifacts'
import type { StandInContext } from './stand-in.js'
import { runTool } from './tool-process.js'

/** The machine twine's version, e.g. [4, 0, 2]; undefined when it does not say. */
async function twineVersion(ctx: StandInContext, twine: string): Promise<number[] | undefined> {
  const said = await runTool(ctx, twine, ['--version'], { quiet: true })
  const match = /twine version (\d+)\.(\d+)/.exec(said.stdout)
  return match === null ? undefined : [Number(match[1]), Number(match[2])]
}

function newer(a: number[], b: number[]): boolean {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) > (b[index] ?? 0)
  }
  return false
}

/**
 * Whether the machine's twine reads every file's Metadata-Version: twine 6.1 reads 2.4; older
 * ones (pkginfo before 1.12) stop at 2.2 and call the file's name and version missing.
 */
export async function twineReads(
  ctx: StandInContext,
  twine: string,
  files: string[],
): Promise<{ ok: true } | { ok: false; newest: string; twine: string }> {
  const version = (await twineVersion(ctx, twine)) ?? [0, 0]
  if (!newer([6, 1], version)) return { ok: true }
  let newest = '1.0'
  for (const file of files) {
    const dist = await readPythonDistribution(file)
    const said = dist.metadata.fields.get('Metadata-Version')?.[0] ?? '1.0'
    if (newer(said.split('.').map(Number), newest.split('.').map(Number))) newest = said
  }
  if (!newer(newest.split('.').map(Number), [2, 2])) return { ok: true }
  return { ok: false, newest, twine: version.join('.') }
}

/** Core metadata header -> legacy upload form field, as twine sends them. */
const FORM_FIELDS: Record<string, string> = {
  'Metadata-Version': 'metadata_version',
  Summary: 'summary',
  'Home-page': 'home_page',
  Author: 'author',
  'Author-email': 'author_email',
  Maintainer: 'maintainer',
  'Maintainer-email': 'maintainer_email',
  License: 'license',
  'License-Expression': 'license_expression',
  'License-File': 'license_file',
  Keywords: 'keywords',
  Classifier: 'classifiers',
  'Requires-Dist': 'requires_dist',
  'Requires-Python': 'requires_python',
  'Project-URL': 'project_urls',
  'Provides-Extra': 'provides_extra',
  'Description-Content-Type': 'description_content_type',
  Platform: 'platform',
  'Download-URL': 'download_url',
}

function uploadForm(dist: PythonDistribution): FormData {
  const form = new FormData()
  form.append(':action', 'file_upload')
  form.append('protocol_version', '1')
  form.append('name', dist.name)
  form.append('version', dist.version)
  form.append('filetype', dist.filetype)
  form.append('pyversion', dist.pyversion)
  form.append('md5_digest', dist.md5)
  form.append('sha256_digest', dist.sha256)
  for (const [header, field] of Object.entries(FORM_FIELDS)) {
    for (const value of dist.metadata.fields.get(header) ?? []) form.append(field, value)
  }
  if (dist.metadata.description.trim() !== '') form.append('description', dist.metadata.description)
  form.append('content', new Blob([new Uint8Array(dist.data)]), dist.filename)
  return form
}

/**
 * Uploads each file as `twine upload` does, with its messages: `--skip-existing` passes over a
 * file the index already has (HTTP 400 "File already exists", or 409). Returns what the index
 * refused (the file, the status and the index's text), or undefined when every file went up.
 */
export async function uploadLikeTwine(
  ctx: StandInContext,
  files: string[],
  target: { url: string; user: string; password: string; skipExisting: boolean },
): Promise<string | undefined> {
  ctx.log(`Uploading distributions to ${target.url}`)
  const auth = Buffer.from(`${target.user}:${target.password}`).toString('base64')
  for (const file of files) {
    const dist = await readPythonDistribution(file)
    ctx.log(`Uploading ${dist.filename}`)
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { authorization: `Basic ${auth}` },
      body: uploadForm(dist),
    })
    const text = (await response.text())
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    if (response.ok) continue
    if (target.skipExisting && (response.status === 409 || /already exist/i.test(text))) {
      ctx.log(`Skipping ${dist.filename} because it appears to already exist`)
      continue
    }
    ctx.log(`ERROR    HTTPError: ${response.status} ${response.statusText} from ${target.url}`)
    if (text !== '') ctx.log(`         ${text.slice(0, 500)}`)
    // Warehouse's reason is its status text; the body only repeats it in an HTML page.
    const said = text === '' || text.includes(response.statusText) ? '' : ` (${text.slice(0, 300)})`
    return `${dist.filename} to ${target.url}: ${response.status} ${response.statusText}${said}`
  }
  return undefined
}
