import {
  escapeMarkdown,
  escapeMarkdownLines,
  fitMarkdown,
  GITHUB_LIMITS,
} from '@tokenless/action-kit'

/**
 * How a yanked release is recognised and marked: a banner atop its notes and a name prefix. The
 * banner is found only at the very start of the notes, where this action puts it: the same text
 * further down (quoted in the notes, say) marks nothing, and text from inputs is escaped so that
 * it can never write a marker.
 */
export const BANNER_MARKER = '<!-- tokenless:yanked -->'
export const BANNER_END = '<!-- /tokenless:yanked -->'
export const NAME_PREFIX = '[YANKED]'

export interface BannerFacts {
  version: string
  reason: string
  /** The date of the yank, YYYY-MM-DD (UTC). */
  date: string
  replacement: { version: string; url: string } | undefined
  /** The highest good stable version below the yanked one, when there is one. */
  previousGood: string | undefined
}

function hasBanner(body: string | null | undefined): boolean {
  return (body ?? '').trimStart().startsWith(BANNER_MARKER)
}

/** Whether a release is already marked yanked, by its banner or its name. */
export function isMarkedYanked(release: { name?: string | null; body?: string | null }): boolean {
  return hasBanner(release.body) || (release.name ?? '').startsWith(NAME_PREFIX)
}

/** What users should do, in one sentence (plain text: versions are validated, nothing else). */
export function recommendation(facts: Pick<BannerFacts, 'replacement' | 'previousGood'>): string {
  if (facts.replacement !== undefined) {
    const pin =
      facts.previousGood === undefined
        ? ''
        : ` If you cannot upgrade yet, pin ${facts.previousGood}.`
    return `Upgrade to ${facts.replacement.version}.${pin}`
  }
  if (facts.previousGood !== undefined)
    return `Pin ${facts.previousGood} until a fixed release is out.`
  return 'Do not use this version; a fixed release will follow.'
}

export function banner(facts: BannerFacts): string {
  const upgrade =
    facts.replacement === undefined
      ? recommendation(facts)
      : recommendation(facts).replace(
          `Upgrade to ${facts.replacement.version}.`,
          `Upgrade to [${escapeMarkdown(facts.replacement.version)}](${facts.replacement.url}).`,
        )
  // Every line of the reason stays inside the quote: a line break cannot end the banner.
  const [first = '', ...more] = escapeMarkdownLines(facts.reason)
  return [
    BANNER_MARKER,
    '> [!CAUTION]',
    `> **${escapeMarkdown(facts.version)} was yanked on ${facts.date}.** ${first}`,
    ...more.map((line) => (line === '' ? '>' : `> ${line}`)),
    '>',
    `> ${upgrade}`,
    BANNER_END,
  ].join('\n')
}

export interface MarkedNotes {
  body: string
  /** Whether the notes were cut to stay within GitHub's limit for a release body. */
  cut: boolean
}

/**
 * The notes with the banner on top; notes that carry a banner already are returned as they are.
 * When the banner would push the body past GitHub's limit for a release, the notes are cut at a
 * line end and say so, with a link to the tag's files, where the full changelog lives.
 */
export function notesWithBanner(
  body: string | null | undefined,
  facts: BannerFacts,
  sourceUrl: string,
): MarkedNotes {
  const notes = body ?? ''
  if (hasBanner(notes)) return { body: notes, cut: false }
  const top = banner(facts)
  if (notes.trim() === '') return { body: `${top}\n`, cut: false }
  const limit = GITHUB_LIMITS.releaseBody
  const whole = `${top}\n\n${notes}`
  if (whole.length <= limit) return { body: whole, cut: false }
  const note = `_The notes were cut here to keep them within GitHub's limit of ${limit.toLocaleString('en-US')} characters once the yank banner was added: the full changelog is in [the files of ${escapeMarkdown(facts.version)}](${sourceUrl})._`
  return { body: `${top}\n\n${fitMarkdown(notes, limit - top.length - 2, note)}`, cut: true }
}

/** The release name with `[YANKED]` in front, once. */
export function yankedName(name: string | null | undefined, tag: string): string {
  const current = name?.trim() || tag
  return current.startsWith(NAME_PREFIX) ? current : `${NAME_PREFIX} ${current}`
}
