import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'

import { comparePep440, parsePep440 } from '@tokenless/versioning'
import { normaliseEntryName, refuseUnsafeMembers } from './archive-checks.js'
import { type ArchiveMember, tarGzMembers, zipMembers } from './archive-members.js'
import { ArtifactError } from './artifact-error.js'

/** Core metadata (METADATA, PKG-INFO): headers, multi-valued, and the description body. */
export interface CoreMetadata {
  fields: Map<string, string[]>
  description: string
}

/** Parses the email-header format of Python core metadata. */
export function parseCoreMetadata(text: string): CoreMetadata {
  const fields = new Map<string, string[]>()
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  let index = 0
  let last: string | undefined
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line === '') break
    if (/^[ \t]/.test(line) && last !== undefined) {
      const values = fields.get(last) ?? []
      values[values.length - 1] = `${values.at(-1) ?? ''}\n${line.trim()}`
      continue
    }
    const colon = line.indexOf(':')
    if (colon === -1) continue
    last = line.slice(0, colon).trim()
    fields.set(last, [...(fields.get(last) ?? []), line.slice(colon + 1).trim()])
  }
  return { fields, description: lines.slice(index + 1).join('\n') }
}

export interface PythonDistribution {
  path: string
  filename: string
  filetype: 'bdist_wheel' | 'sdist'
  name: string
  version: string
  /** `py3`, `cp312`, or `source` for an sdist, as the legacy upload API wants it. */
  pyversion: string
  metadata: CoreMetadata
  data: Buffer
  sha256: string
  md5: string
}

function digest(algorithm: string, data: Buffer): string {
  return createHash(algorithm).update(data).digest('hex')
}

/** Control characters shown as `?`: names and versions come from the archive. */
function printable(text: string): string {
  return [...text].map((char) => (char < ' ' || char === '\x7f' ? '?' : char)).join('')
}

/** PEP 503 name normalisation (`Demo_Pkg` -> `demo-pkg`). */
function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function sameVersion(a: string, b: string): boolean {
  const left = parsePep440(a)
  const right = parsePep440(b)
  return left !== undefined && right !== undefined ? comparePep440(left, right) === 0 : a === b
}

const PYTHON_MAKER = 'python -m build'

/** The one metadata file of a distribution: `*.dist-info/METADATA` or `<top>/PKG-INFO`. */
function metadataMember(
  filename: string,
  members: ArchiveMember[],
  pattern: RegExp,
  what: string,
): ArchiveMember {
  const found = members.filter((member) => pattern.test(normaliseEntryName(member.name)))
  if (found.length === 0) {
    throw new ArtifactError(
      'TL_DIST_METADATA',
      `${filename} has no ${what}: it is not a valid distribution. Rebuild it with python -m build.`,
      { input: 'packages' },
    )
  }
  if (found.length > 1) {
    throw new ArtifactError(
      'TL_DIST_METADATA',
      `${filename} holds ${found.length} metadata files (${found.map((member) => JSON.stringify(member.name)).join(', ')}): PyPI and installers could each read another. Rebuild it with python -m build.`,
      { input: 'packages' },
    )
  }
  return found[0] as ArchiveMember
}

/** The archive's members, refused when a registry could read them otherwise. */
async function distributionMembers(
  filename: string,
  data: Buffer,
  wheel: boolean,
): Promise<ArchiveMember[]> {
  const members = await (wheel ? zipMembers(data) : tarGzMembers(data))
  if (members === undefined) {
    throw new ArtifactError(
      'TL_DIST_FORMAT',
      `${filename} is not a ${wheel ? 'zip archive' : 'gzipped tar archive'}, so it is not a valid ${wheel ? 'wheel' : 'sdist'}. Rebuild it with python -m build.`,
      { input: 'packages' },
    )
  }
  refuseUnsafeMembers(filename, members, { maker: PYTHON_MAKER })
  return members
}

/**
 * The name and version the file name claims (`demo_pkg-1.2.0-py3-none-any.whl`,
 * `demo_pkg-1.2.0.tar.gz`), which PyPI checks against the metadata.
 */
function nameFromFilename(filename: string, wheel: boolean): { name: string; version: string } {
  if (wheel) {
    const [name = '', version = ''] = filename.replace(/\.whl$/, '').split('-')
    return { name, version }
  }
  const stem = filename.replace(/\.tar\.gz$/, '')
  const dash = stem.lastIndexOf('-')
  return { name: stem.slice(0, dash), version: stem.slice(dash + 1) }
}

/** A wheel or sdist, read with its core metadata and digests, for the legacy upload API. */
export async function readPythonDistribution(path: string): Promise<PythonDistribution> {
  const filename = basename(path)
  const wheel = filename.endsWith('.whl')
  if (!wheel && !filename.endsWith('.tar.gz')) {
    throw new ArtifactError(
      'TL_DIST_FORMAT',
      `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.`,
      { input: 'packages' },
    )
  }
  const data = await readFile(path)
  const members = await distributionMembers(filename, data, wheel)
  const member = wheel
    ? metadataMember(filename, members, /^[^/]+\.dist-info\/METADATA$/, '*.dist-info/METADATA')
    : metadataMember(filename, members, /^[^/]+\/PKG-INFO$/, 'PKG-INFO')
  const metadata = parseCoreMetadata((await member.read()).toString('utf8'))
  const name = metadata.fields.get('Name')?.[0]
  const version = metadata.fields.get('Version')?.[0]
  if (!name || !version) {
    throw new ArtifactError(
      'TL_DIST_METADATA',
      `${filename}'s metadata has no ${name ? 'Version' : 'Name'}: it is not a valid distribution. Rebuild it with python -m build.`,
      { input: 'packages' },
    )
  }
  const claimed = nameFromFilename(filename, wheel)
  const folder = normaliseEntryName(member.name).split('/')[0] ?? ''
  const inFolder = nameFromFilename(
    wheel ? `${folder.replace(/\.dist-info$/, '')}-x.whl` : `${folder}.tar.gz`,
    wheel,
  )
  for (const [where, other] of [
    ['its file name', claimed],
    [wheel ? `its ${folder} folder` : `its top folder ${folder}`, inFolder],
  ] as const) {
    if (
      normaliseName(other.name) !== normaliseName(name) ||
      !sameVersion(other.version.replace(/_/g, '-'), version)
    ) {
      throw new ArtifactError(
        'TL_DIST_METADATA',
        `${filename}: ${where} says ${printable(other.name)} ${printable(other.version)}, but its metadata (${member.name}) says ${printable(name)} ${printable(version)}: PyPI and installers would not agree on what this is. Rebuild it with python -m build.`,
        { input: 'packages' },
      )
    }
  }
  return {
    path,
    filename,
    filetype: wheel ? 'bdist_wheel' : 'sdist',
    name,
    version,
    pyversion: wheel
      ? (filename
          .replace(/\.whl$/, '')
          .split('-')
          .at(-3) ?? 'py3')
      : 'source',
    metadata,
    data,
    sha256: digest('sha256', data),
    md5: digest('md5', data),
  }
}

export interface NpmTarball {
  name: string
  version: string
  manifest: Record<string, unknown>
  /** The package.json as written in the tarball, and its entry name (for messages). */
  manifestText: string
  manifestPath: string
  data: Buffer
  /** `sha512-<base64>`, as npm's dist.integrity. */
  integrity: string
  shasum: string
}

/** An npm package tarball with its package.json and the integrity npm will record. */
export async function readNpmTarball(path: string): Promise<NpmTarball> {
  const data = await readFile(path)
  const name = basename(path)
  const members = await tarGzMembers(data)
  if (members === undefined) {
    throw new ArtifactError(
      'TL_NPM_TARBALL',
      `${name} is not a gzipped tarball: pass a file made by npm pack.`,
      {
        input: 'packages',
      },
    )
  }
  // npm unpacks with strip: 1, so any top folder's package.json is the package.json.
  refuseUnsafeMembers(name, members, { maker: 'npm pack', strip: 1 })
  const entry = members.find(
    (member) =>
      member.type === 'file' && /^[^/]+\/package\.json$/.test(normaliseEntryName(member.name)),
  )
  if (entry === undefined) {
    throw new ArtifactError(
      'TL_NPM_TARBALL',
      `${name} has no package/package.json: pass a file made by npm pack.`,
      {
        input: 'packages',
      },
    )
  }
  const text = (await entry.read()).toString('utf8')
  let manifest: Record<string, unknown>
  try {
    manifest = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new ArtifactError(
      'TL_NPM_TARBALL',
      `${name}: ${entry.name} is not valid JSON. Rebuild it with npm pack.`,
      { input: 'packages' },
    )
  }
  return {
    name: typeof manifest.name === 'string' ? manifest.name : '',
    version: typeof manifest.version === 'string' ? manifest.version : '',
    manifest,
    manifestText: text,
    manifestPath: entry.name,
    data,
    integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
    shasum: createHash('sha1').update(data).digest('hex'),
  }
}
