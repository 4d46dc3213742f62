// A value from the repository (a folder name) put into a shell command as one word.

/** `value` as one POSIX shell word: bare when it is plain, else in single quotes. */
export function shellQuote(value: string): string {
  if (/^[\w./@%+=:,-]+$/.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}
