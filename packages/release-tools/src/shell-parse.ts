// Scripts as a real shell parser read them (doctor's pre-pass fills this): each simple command
// that spans lines put on one line, so that `commandsIn` reads a quoted multi-line argument as
// part of its command. A script not parsed (or that did not parse) is read by the patterns alone.

/** The script with its multi-line simple commands on one line; null when it did not parse. */
const parsedScripts = new Map<string, string | null>()

export function rememberParsedScript(script: string, flattened: string | null): void {
  parsedScripts.set(script, flattened)
}

export function isScriptParsed(script: string): boolean {
  return parsedScripts.has(script)
}

/** The script with each multi-line simple command on one line, or undefined when not parsed. */
export function flattenedScript(script: string): string | undefined {
  return parsedScripts.get(script) ?? undefined
}
