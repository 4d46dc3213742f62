import { configurationError, formatWhere, readManifestText } from './manifest-file.js'
import type { ManifestReadOptions, ManifestReference } from './manifest-file.js'
import type { ManifestKind } from './manifest-spec.js'
import { manifestVersion } from './manifest-version.js'
import type { ManifestVersion } from './manifest-version.js'

export interface RegexVersionOptions extends ManifestReadOptions {
  kind?: ManifestKind
  packageName?: string
  /** The setting that named the file, when it is not itself in `manifests`. */
  reference?: ManifestReference
  /** `source` of the result; by default the pattern. */
  source?: string
}

/**
 * Reads the version that a regular expression captures in a file: the group named `version`
 * when there is one, else the first group. The capture is trimmed.
 */
export async function readRegexVersion(
  cwd: string,
  spec: { spec: string; file: string; regex: RegExp; pattern?: string },
  options: RegexVersionOptions = {},
): Promise<ManifestVersion> {
  const manifest = await readManifestText(cwd, spec.file, options.reference, options.workspace)
  const { file } = manifest
  const flags = spec.regex.flags.includes('d') ? spec.regex.flags : `${spec.regex.flags}d`
  const regex = new RegExp(spec.regex.source, flags.replace(/[gy]/g, ''))
  const match = regex.exec(manifest.text)
  const pattern = spec.pattern ?? spec.regex.source
  const { reference } = options
  if (match === null) {
    throw reference === undefined
      ? configurationError(
          `${file} has no match for the pattern ${pattern} (manifests entry ${spec.spec}). Fix the pattern, or write the version in ${file}.`,
          file,
        )
      : configurationError(
          `${file} has no match for the pattern ${pattern}, so ${formatWhere(reference.file, reference)} (${reference.source}) leads to no version. Write the version in ${file}, or fix ${reference.source}.`,
          reference.file,
          reference,
        )
  }
  const named = match.groups !== undefined && 'version' in match.groups
  const raw = (named ? match.groups?.version : match[1]) ?? ''
  const span = (named ? match.indices?.groups?.version : match.indices?.[1]) ?? [
    match.index,
    match.index,
  ]
  const leading = raw.length - raw.trimStart().length
  return manifestVersion({
    spec: spec.spec,
    file,
    ...manifest.lines.position(span[0] + leading),
    version: raw.trim(),
    kind: options.kind ?? 'regex',
    packageName: options.packageName,
    source: options.source ?? pattern,
    via: reference,
  })
}
