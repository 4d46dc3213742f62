/**
 * Text from inputs, tags and registries put into Markdown (job summaries, issue and release
 * bodies) as text: it shows as written and cannot become markup, HTML, a hidden comment (the
 * markers the actions find their own issues and banners by), a mention that notifies someone or
 * a cross-reference that links another issue. Markdown written on purpose (release notes) is
 * never passed through here.
 */

/** GitHub's limits, in characters: longer bodies and titles are refused by its API. */
export const GITHUB_LIMITS = {
  releaseBody: 125_000,
  issueBody: 65_536,
  issueTitle: 256,
} as const

/** A zero-width space as an HTML entity: breaks `@name` and `#123` without changing the text shown. */
const BREAK = '&#8203;'

/**
 * One line of text for inline Markdown (a sentence, a table cell, a list item): line breaks
 * become spaces, `&`, `<` and `>` become entities (so `<!--` cannot open a comment), Markdown's
 * punctuation is backslash-escaped, and mentions and issue references are broken.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' '))
}

/**
 * Text of several lines for a block of Markdown: each line escaped as by escapeMarkdown, and
 * what would start a block at the beginning of a line (a heading, a list, a rule, indented code)
 * escaped too. The caller joins the lines, e.g. with `> ` in front of each inside a quote.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => escapeLineStart(escapeInline(line.trim())))
}

function escapeInline(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`)
      // A mention is an @ that no letter or digit precedes (`name@1.2.0` and `a@b.c` are none).
      .replace(/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_-])|#(?=\p{N})/gu, (char) => `${char}${BREAK}`)
  )
}

function escapeLineStart(line: string): string {
  return line.replace(/^([#+=-])/, '\\$1').replace(/^(\p{N}+)([.)])/u, '$1\\$2')
}

/**
 * Text shown as inline code, e.g. a command to copy: on one line, inside a run of backticks
 * longer than any in the text, so that nothing in it (backticks, `<!--`, `@name`, `#12`) is read
 * as Markdown, and a copy of it is the text itself.
 */
export function markdownCode(text: string): string {
  const line = text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = line.startsWith('`') || line.endsWith('`') || line.startsWith(' ') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** A title: one line, no control characters, at most `max` characters (an ellipsis marks a cut). */
export function plainLine(text: string, max: number): string {
  const line = text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return line.length <= max ? line : `${cutAt(line, max - 1).trimEnd()}…`
}

/** The first `length` UTF-16 units, not splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const cut = text.slice(0, Math.max(0, length))
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}

/**
 * `body` when it fits in `limit` characters; otherwise its beginning, cut at a line end, with
 * an open code fence closed and `note` (Markdown, e.g. a link to the whole text) at the end, so
 * that a cut is always visible.
 */
export function fitMarkdown(body: string, limit: number, note: string): string {
  if (body.length <= limit) return body
  const room = limit - note.length - 8
  if (room <= 0) throw new RangeError(`The note alone is longer than the limit of ${limit}.`)
  let kept = cutAt(body, room)
  const lineEnd = kept.lastIndexOf('\n')
  if (lineEnd > room / 2) kept = kept.slice(0, lineEnd)
  kept = kept.trimEnd()
  const fences = kept.match(/^ {0,3}(?:```|~~~)/gm) ?? []
  const open = fences.length % 2 === 1 ? `\n${(fences.at(-1) ?? '```').trim()}` : ''
  return `${kept}${open}\n\n${note}`
}
