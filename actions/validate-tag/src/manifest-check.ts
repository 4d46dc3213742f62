import type { ManifestVersion } from '@tokenless/manifests'
import { excerpt } from '@tokenless/action-kit'
import { semverToPep440, versionsEquivalent } from '@tokenless/versioning'

export interface ManifestCheck {
  manifest: ManifestVersion
  /** The version the manifest should carry, in the manifest's own form. */
  expected: string
  matches: boolean
  /** Why a differently written version still matches, e.g. `PEP 440 form of 1.2.0-rc.1`. */
  note?: string
}

function pep440Form(version: string): string | undefined {
  try {
    return semverToPep440(version)
  } catch {
    return undefined
  }
}

/**
 * npm and Cargo publish exactly the string in the manifest, so it must equal the tag's version;
 * Python tools normalise, so pyproject.toml may say `1.2.0rc1` for the tag `v1.2.0-rc.1`.
 */
export function checkManifest(manifest: ManifestVersion, version: string): ManifestCheck {
  const found = manifest.version
  if (found === version) return { manifest, expected: version, matches: true }
  if (manifest.kind === 'npm' || manifest.kind === 'cargo') {
    return { manifest, expected: version, matches: false }
  }
  const expected =
    manifest.kind === 'python' || manifest.kind === 'python-module'
      ? (pep440Form(version) ?? version)
      : version
  if (versionsEquivalent(found, version)) {
    return { manifest, expected, matches: true, note: `same version as ${version}` }
  }
  return { manifest, expected, matches: false }
}

export function describeMismatch(check: ManifestCheck, tag: string, version: string): string {
  const { manifest } = check
  const where = `${manifest.file}:${manifest.line}`
  const field = manifest.source && manifest.kind !== 'npm' ? ` (${manifest.source})` : ''
  const form = check.expected !== version ? ` (${check.expected} in this file's form)` : ''
  return `${where}${field} has version ${excerpt(manifest.version)} but the tag ${tag} says ${version}${form}. Update the manifest or re-tag.`
}
