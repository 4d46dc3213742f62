// A mistake `tokenless init` cannot write a workflow past: the message says what it found,
// where, and what to do.
export class InitError extends Error {
  override readonly name = 'InitError'
}

/** A command line `tokenless init` cannot read (exit 2). */
export class InitUsageError extends Error {
  override readonly name = 'InitUsageError'
}
