/**
 * How much of a value read from an input or a file a message echoes. A tag, a version or a
 * matched line is short; anything longer is cut, so that a hostile value (a 100 KB tag, a regex
 * that captures a whole file) never lands whole in a log, an annotation or the job summary.
 */
export const EXCERPT_LENGTH = 100

/** `text` itself when short, else its first `max` characters, `…` and its length. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const characters = [...text]
  if (characters.length <= max) return text
  return `${characters.slice(0, max).join('')}… (${characters.length} characters)`
}

/** The same, quoted as JSON (control characters escaped): for values inside a sentence. */
export function quoteExcerpt(text: string, max = EXCERPT_LENGTH): string {
  const characters = [...text]
  if (characters.length <= max) return JSON.stringify(text)
  return `${JSON.stringify(characters.slice(0, max).join(''))}… (${characters.length} characters)`
}
