import { describeJsonType, getMember, parseJsonManifest } from './json-document.js'
import { configurationError, formatWhere, readManifestText } from './manifest-file.js'
import type { ManifestReadOptions } from './manifest-file.js'
import { manifestVersion } from './manifest-version.js'
import type { ManifestVersion } from './manifest-version.js'

function shorten(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ')
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat
}

/** Reads the top-level `"version"` of a package.json (never a nested one, e.g. in `engines`). */
export async function readPackageJsonVersion(
  cwd: string,
  spec: { spec: string; file: string },
  options: ManifestReadOptions = {},
): Promise<ManifestVersion> {
  const manifest = await readManifestText(cwd, spec.file, undefined, options.workspace)
  const { file } = manifest
  const root = parseJsonManifest(manifest)
  if (root.type !== 'object') {
    const position = manifest.lines.position(root.start)
    throw configurationError(
      `${formatWhere(file, position)} is ${describeJsonType(root)}, not an object: a package.json is a JSON object with a "version" field. Fix ${file}, or remove it from manifests.`,
      file,
      position,
    )
  }
  const name = getMember(root, 'name')?.value
  const packageName = name?.type === 'string' ? name.value : undefined
  const member = getMember(root, 'version')
  if (member === undefined) {
    const position = manifest.lines.position(root.start)
    throw configurationError(
      `${file} has no "version" field. Add "version": "1.2.3" or remove ${file} from manifests.`,
      file,
      { line: position.line },
    )
  }
  const { value } = member
  if (value.type !== 'string') {
    const position = manifest.lines.position(member.keyStart)
    throw configurationError(
      `${formatWhere(file, position)} has "version": ${shorten(manifest.text.slice(value.start, value.end))} (${describeJsonType(value)}), not a string. Write it as a string: "version": "1.2.3".`,
      file,
      position,
    )
  }
  return manifestVersion({
    spec: spec.spec,
    file,
    ...manifest.lines.position(value.start + 1),
    version: value.value,
    kind: 'npm',
    packageName,
    source: '/version',
  })
}
