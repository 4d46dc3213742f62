// Whether the tags a run made and the versions it published agree: a version computed twice
// (before an approval and again after it, across midnight UTC for a CalVer date) tags one
// version and publishes another.
import type { ReadBack } from './read-back.js'

/** `v1.2.3` → `1.2.3`, `@scope/pkg@1.2.3` → `1.2.3`, `pkg-v2026.06.03` → `2026.6.3`. */
export function tagVersion(tag: string): { name: string | undefined; version: string } {
  const at = tag.lastIndexOf('@')
  if (at > 0) return { name: tag.slice(0, at), version: normalise(tag.slice(at + 1)) }
  const match = /^(.*?)[-_/]?v?(\d+(?:\.\d+)*(?:[-.+]?[0-9A-Za-z.]*)?)$/.exec(tag)
  if (match === null) return { name: undefined, version: normalise(tag) }
  return { name: match[1] === '' ? undefined : match[1], version: normalise(match[2] ?? '') }
}

/** Leading zeros of numeric parts dropped, as npm and PyPI compare: 2026.06.03 → 2026.6.3. */
function normalise(version: string): string {
  return version.replace(/(^|\.)0+(\d)/g, '$1$2')
}

/**
 * One line per published version that no tag made in the run names, when the run made tags:
 * `npm @acme/widget@2026.6.4: the run tagged v2026.6.3`.
 */
export function versionDisagreements(tagsBefore: string[], back: ReadBack): string[] {
  const before = new Set(tagsBefore)
  const made = back.tags.filter((tag) => !before.has(tag) && /\d/.test(tag))
  if (made.length === 0) return []
  const tags = made.map((tag) => ({ tag, ...tagVersion(tag) }))
  const published = [
    ...back.npm.flatMap((pkg) =>
      pkg.published.map((version) => ({ label: `npm ${pkg.name}@${version}`, pkg, version })),
    ),
    ...back.pypi.flatMap((project) =>
      project.published.map((version) => ({
        label: `${project.registry === 'pypi' ? 'PyPI' : 'TestPyPI'} ${project.name} ${version}`,
        pkg: project,
        version,
      })),
    ),
  ]
  const lines: string[] = []
  for (const { label, pkg, version } of published) {
    // A package's own tags (name@1.2.3) when the run made some, else every tag it made.
    const own = tags.filter((tag) => tag.name === pkg.name)
    const candidates = own.length > 0 ? own : tags.filter((tag) => !tag.name?.includes('@'))
    if (candidates.length === 0) continue
    if (candidates.some((tag) => tag.version === normalise(version))) continue
    lines.push(`${label}: the run tagged ${candidates.map((tag) => tag.tag).join(', ')}`)
  }
  return lines
}
