import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { ConfigurationError } from '@tokenless/action-kit'
import { readTarGz } from './tar-archive.js'
import { readZip } from './zip-archive.js'

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

/** A wheel or sdist, read with its core metadata and digests, for the legacy upload API. */
export async function readPythonDistribution(path: string): Promise<PythonDistribution> {
  const filename = basename(path)
  const data = await readFile(path)
  let metadataText: string | undefined
  let filetype: PythonDistribution['filetype']
  let pyversion = 'source'
  if (filename.endsWith('.whl')) {
    filetype = 'bdist_wheel'
    const [file] = readZip(data, (entry) => /^[^/]+\.dist-info\/METADATA$/.test(entry))
    metadataText = file?.data.toString('utf8')
    pyversion =
      filename
        .replace(/\.whl$/, '')
        .split('-')
        .at(-3) ?? 'py3'
  } else if (filename.endsWith('.tar.gz')) {
    filetype = 'sdist'
    metadataText = readTarGz(data)
      .find((entry) => /^[^/]+\/PKG-INFO$/.test(entry.path))
      ?.data.toString('utf8')
  } else {
    throw new ConfigurationError(
      `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.`,
      { input: 'packages' },
    )
  }
  if (metadataText === undefined) {
    throw new ConfigurationError(
      `${filename} has no ${filetype === 'sdist' ? 'PKG-INFO' : '*.dist-info/METADATA'}: it is not a valid distribution. Rebuild it with python -m build.`,
      { input: 'packages' },
    )
  }
  const metadata = parseCoreMetadata(metadataText)
  const name = metadata.fields.get('Name')?.[0]
  const version = metadata.fields.get('Version')?.[0]
  if (!name || !version) {
    throw new ConfigurationError(
      `${filename}'s metadata has no ${name ? 'Version' : 'Name'}: it is not a valid distribution. Rebuild it with python -m build.`,
      { input: 'packages' },
    )
  }
  return {
    path,
    filename,
    filetype,
    name,
    version,
    pyversion,
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
  data: Buffer
  /** `sha512-<base64>`, as npm's dist.integrity. */
  integrity: string
  shasum: string
}

/** An npm package tarball with its package.json and the integrity npm will record. */
export async function readNpmTarball(path: string): Promise<NpmTarball> {
  const data = await readFile(path)
  let files
  try {
    files = readTarGz(data)
  } catch {
    throw new ConfigurationError(
      `${basename(path)} is not a gzipped tarball: pass a file made by npm pack.`,
      {
        input: 'packages',
      },
    )
  }
  const entry = files.find((file) => /^[^/]+\/package\.json$/.test(file.path))
  if (entry === undefined) {
    throw new ConfigurationError(
      `${basename(path)} has no package/package.json: pass a file made by npm pack.`,
      {
        input: 'packages',
      },
    )
  }
  const manifest = JSON.parse(entry.data.toString('utf8')) as Record<string, unknown>
  return {
    name: typeof manifest.name === 'string' ? manifest.name : '',
    version: typeof manifest.version === 'string' ? manifest.version : '',
    manifest,
    data,
    integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
    shasum: createHash('sha1').update(data).digest('hex'),
  }
}
