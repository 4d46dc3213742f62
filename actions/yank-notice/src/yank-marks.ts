/** How a yanked release is recognised and marked: a banner atop its notes and a name prefix. */
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

/** Whether a release is already marked yanked, by its banner or its name. */
export function isMarkedYanked(release: { name?: string | null; body?: string | null }): boolean {
  return (
    (release.body ?? '').includes(BANNER_MARKER) || (release.name ?? '').startsWith(NAME_PREFIX)
  )
}

/** What users should do, in one sentence. */
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
          `Upgrade to [${facts.replacement.version}](${facts.replacement.url}).`,
        )
  return [
    BANNER_MARKER,
    '> [!CAUTION]',
    `> **${facts.version} was yanked on ${facts.date}.** ${facts.reason}`,
    '>',
    `> ${upgrade}`,
    BANNER_END,
  ].join('\n')
}

/** The notes with the banner on top; notes that carry a banner already are returned as they are. */
export function notesWithBanner(body: string | null | undefined, facts: BannerFacts): string {
  const notes = body ?? ''
  if (notes.includes(BANNER_MARKER)) return notes
  return notes.trim() === '' ? `${banner(facts)}\n` : `${banner(facts)}\n\n${notes}`
}

/** The release name with `[YANKED]` in front, once. */
export function yankedName(name: string | null | undefined, tag: string): string {
  const current = name?.trim() || tag
  return current.startsWith(NAME_PREFIX) ? current : `${NAME_PREFIX} ${current}`
}
