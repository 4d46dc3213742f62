/**
 * Sections of a CHANGELOG.md by version, in the forms projects write them:
 * Keep a Changelog `## [1.2.3] - 2024-05-01`, conventional-changelog `## [1.2.3](link) (date)`
 * and `# 1.2.3`, standard-version `### [1.2.3](link)`, and `## v1.2.3`.
 */
export interface ChangelogHeading {
  /** 1-based line of the heading. */
  line: number
  level: number
  text: string
  /** The version the heading names, when it names one (`v` dropped). */
  version?: string
}

export interface ChangelogSection {
  heading: ChangelogHeading
  /** The section's text after its heading, verbatim, trimmed of blank lines at both ends. */
  body: string
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/
// `[1.2.3]`, `[v1.2.3](link)`, `1.2.3`, `v1.2.3`, optionally after a package name (`pkg@1.2.3`).
const HEADING_VERSION =
  /^\[?(?:[\w@/.-]+@)?v?(\d+(?:\.\d+)*[0-9A-Za-z.+!_-]*)\]?(?:\(.*?\))?(?:[\s:–—].*)?$/

function versionOfHeading(text: string): string | undefined {
  const match = HEADING_VERSION.exec(text.trim())
  return match?.[1]
}

/** Every ATX heading outside fenced code blocks. */
export function listChangelogHeadings(markdown: string): ChangelogHeading[] {
  const headings: ChangelogHeading[] = []
  let fence: string | undefined
  markdown.split(/\r?\n/).forEach((raw, index) => {
    const fenceMatch = FENCE.exec(raw)
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1]
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      return
    }
    if (fence !== undefined) return
    const match = HEADING.exec(raw)
    if (!match?.[1] || match[2] === undefined) return
    const text = match[2]
    const version = versionOfHeading(text)
    headings.push({
      line: index + 1,
      level: match[1].length,
      text,
      ...(version === undefined ? {} : { version }),
    })
  })
  return headings
}

/**
 * The section for `version`: from its heading to the next heading of the same or a higher level.
 * `equivalent` decides whether a heading's version is the one wanted (default: equal strings),
 * so that `1.2.0rc1` can match `1.2.0-rc.1`.
 */
export function findChangelogSection(
  markdown: string,
  version: string,
  equivalent: (a: string, b: string) => boolean = (a, b) => a === b,
): ChangelogSection | undefined {
  const wanted = version.replace(/^v/, '')
  const headings = listChangelogHeadings(markdown)
  const index = headings.findIndex(
    (heading) => heading.version !== undefined && equivalent(heading.version, wanted),
  )
  const heading = headings[index]
  if (heading === undefined) return undefined
  const next = headings.slice(index + 1).find((candidate) => candidate.level <= heading.level)
  const lines = markdown.split(/\r?\n/)
  const body = lines
    .slice(heading.line, next ? next.line - 1 : lines.length)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd()
  return { heading, body }
}
