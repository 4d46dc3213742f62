import { listChangelogHeadings } from './changelog-section.js'

/** The heading of the commits after the newest release when no version is given. */
export const UNRELEASED = 'Unreleased'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Puts a release's section (markdown that starts with its `##` heading) into a CHANGELOG.md:
 * in place of the section of the same version when there is one (so that a rerun for the same
 * version replaces it), else in place of an `Unreleased` section (the release now has a
 * version), else above the newest section, under the title and any text before it.
 * An empty file gets a `# Changelog` title. `equivalent` compares versions (default: equal).
 */
export function prependChangelogSection(
  existing: string,
  section: string,
  version: string,
  equivalent: (a: string, b: string) => boolean = (a, b) => a === b,
): string {
  const text = `${section.replace(/^\s*\n/, '').trimEnd()}\n`
  const eol = existing.includes('\r\n') ? '\r\n' : '\n'
  const lines = existing.split(/\r?\n/)
  const headings = listChangelogHeadings(existing)
  const wanted = version.replace(/^v/, '')
  const named = (name: string) =>
    headings.findIndex((heading) =>
      heading.version === undefined
        ? new RegExp(`^\\[?${escapeRegExp(name)}\\]?(?:[\\s(]|$)`, 'i').test(heading.text)
        : equivalent(heading.version, name.replace(/^v/, '')),
    )
  // The same version's section, else an "Unreleased" one that this release now names.
  let index = named(wanted)
  if (index === -1 && /^v?\d/.test(wanted)) index = named(UNRELEASED)
  const same = headings[index]
  let start: number
  let end: number
  if (same !== undefined) {
    const next = headings.slice(index + 1).find((heading) => heading.level <= same.level)
    start = same.line - 1
    end = next === undefined ? lines.length : next.line - 1
  } else {
    // Above the first section: the first heading that names a version, or below level 1.
    const first = headings.find((heading) => heading.version !== undefined || heading.level > 1)
    if (existing.trim() === '') return `# Changelog\n\n${text}`
    start = first === undefined ? lines.length : first.line - 1
    end = start
  }
  const before = lines.slice(0, start).join('\n').trimEnd()
  const after = lines
    .slice(end)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd()
  const joined = [before, text.trimEnd(), after].filter((part) => part !== '').join('\n\n')
  return `${joined}\n`.replace(/\n/g, eol)
}
