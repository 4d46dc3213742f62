// The simple commands of a `run:` script, split well enough to recognise `npm publish` or
// `git tag`: continuations joined, comments dropped, `&&`, `||`, `;` and `|` split, leading
// `VAR=value`, `sudo` and `time` removed, quotes taken off each word. Not a shell parser: a
// command it cannot read is simply not recognised.

import { flattenedScript } from './shell-parse.js'

export interface ShellCommand {
  /** The command as written (first line of it), to point at in the file. */
  text: string
  words: string[]
  /**
   * How many subshells deep it runs (`( cd x && npm run a )`, `$(cd x; pwd)`): a `cd` in one does
   * not hold after it. Left out at the top level.
   */
  subshell?: number
}

const PREFIXES = new Set(['sudo', 'time', 'exec', 'command', 'env', 'nohup'])

/** Words that open or close a compound command: `for x in y; do cmd; done` keeps `cmd`. */
const RESERVED = new Set(['do', 'then', 'else', 'elif', 'if', 'while', 'until', '!', '{', '(', '}'])
const CLOSERS = new Set(['done', 'fi', 'esac', '}', ')', ';;'])
const HERE_DOC = /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/

/**
 * The same script text is read many times (each step of a job, each package script a step runs,
 * each question a rule asks): its commands are kept, per text as the shell parser left it. The
 * commands are never changed by their readers.
 */
const commandsCache = new Map<string, { flattened: string | undefined; commands: ShellCommand[] }>()
const CACHE_LIMIT = 5000

export function commandsIn(script: string, depth = 0): ShellCommand[] {
  // Parsed by the shell parser first (parseScripts): its multi-line commands on one line.
  const flattened = flattenedScript(script)
  if (depth === 0) {
    const known = commandsCache.get(script)
    if (known !== undefined && known.flattened === flattened) return known.commands
    const commands = splitCommands(script, flattened, depth)
    if (commandsCache.size >= CACHE_LIMIT) commandsCache.clear()
    commandsCache.set(script, { flattened, commands })
    return commands
  }
  return splitCommands(script, flattened, depth)
}

function splitCommands(
  script: string,
  flattened: string | undefined,
  depth: number,
): ShellCommand[] {
  const joined = (flattened ?? script).replace(/\\\r?\n/g, ' ')
  const commands: ShellCommand[] = []
  let hereDocEnd: string | undefined
  let subshell = 0
  const push = (command: ShellCommand, level: number) =>
    commands.push(level > 0 ? { ...command, subshell: level } : command)
  for (const rawLine of joined.split(/\r?\n/)) {
    // A here-doc's body is data (release notes, a config file), not commands.
    if (hereDocEnd !== undefined) {
      if (rawLine.trim() === hereDocEnd) hereDocEnd = undefined
      continue
    }
    const hereDoc = HERE_DOC.exec(stripComment(rawLine))
    if (hereDoc && !/^\s*(ba|z|da)?sh\b/.test(rawLine)) hereDocEnd = hereDoc[2]
    const substitutions: string[] = []
    // `$(...)` and backticks, even inside double quotes: their content is a command of its own,
    // and the outer command keeps a `$SUBST` word in their place.
    let line = stripComment(rawLine)
    for (let pass = 0; pass < 3; pass++) {
      line = line.replace(/\$\(([^()]*)\)|`([^`]*)`/g, (_, inner?: string, backtick?: string) => {
        substitutions.push(inner ?? backtick ?? '')
        return '$SUBST'
      })
    }
    const main = splitOperators(line)
    const lineLevel = subshell
    for (const [index, part] of [...main, ...substitutions.flatMap(splitOperators)].entries()) {
      const own = index < main.length
      // `( cd x && ...)`: the parentheses that open and close subshells (a `case` pattern's `a)`
      // closes none that is open).
      const { leading, net } = own ? subshellParentheses(part) : { leading: 0, net: 0 }
      const level = own ? subshell + leading : lineLevel + 1
      if (own) subshell = Math.max(0, subshell + net)
      const text = part.trim()
      if (text === '') continue
      const words = commandWords(splitWords(text))
      if (words.length === 0 || /^(for|case|select|function)$/.test(words[0]!)) continue
      // `bash -c 'npm publish'`: the string is a script of its own.
      const inner = words.findIndex((word, index) => index > 0 && word === '-c')
      if (/^(ba|z|da)?sh$/.test(words[0]!) && inner > 0 && words[inner + 1] && depth < 2) {
        for (const command of commandsIn(words[inner + 1]!, depth + 1))
          push({ ...command, text }, level + (command.subshell ?? 0))
        continue
      }
      push({ text, words }, level)
    }
  }
  return commands
}

/** The words of a simple command: assignments, `sudo`, compound keywords and parentheses off. */
function commandWords(all: string[]): string[] {
  let words = all
  while (words.length > 0) {
    const first = words[0]!
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first) || PREFIXES.has(first)) words = words.slice(1)
    else if (first === '-E' || first === '-u') words = words.slice(1)
    else if (RESERVED.has(first)) words = words.slice(1)
    else if (/^[({]./.test(first)) words = [first.slice(1), ...words.slice(1)]
    else break
  }
  if (words.length > 0) words = [programName(words[0]!), ...words.slice(1)]
  while (words.length > 0 && CLOSERS.has(words[words.length - 1]!)) words = words.slice(0, -1)
  const last = words[words.length - 1]
  if (last !== undefined && /[^\\]\)$/.test(last) && !last.includes('('))
    words = [...words.slice(0, -1), last.slice(0, -1)]
  if (words.length === 1 && CLOSERS.has(words[0]!)) return []
  return words
}

/**
 * The program a command word names: `${PREFIX}twine` (a variable holding a folder, empty or
 * `venv/bin/`), `.venv/bin/twine` and `node_modules/.bin/changeset` are the program. A repository script (`./x.sh`, `scripts/x`) keeps
 * its path.
 */
function programName(word: string): string {
  const unprefixed = word.replace(/^\$(\{[A-Za-z_]\w*\}|[A-Za-z_]\w*(?=\/))\/?(?=[\w.])/, '')
  const inBin = /^(?:\.?v?env\/bin|node_modules\/\.bin)\/([\w.-]+)$/.exec(unprefixed)
  return inBin ? inBin[1]! : unprefixed
}

/**
 * The subshells of a command: the `(` before its first word (it runs in them) and how many more
 * open than close (unquoted; arithmetic `$(( ))`, `name()` and `a=(...)` left out).
 */
function subshellParentheses(part: string): { leading: number; net: number } {
  const bare = part
    .replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, '')
    .replace(/\$\(\([^]*?\)\)/g, '')
    .replace(/[\w-]+\s*\(\s*\)/g, '')
    .replace(/\w+=\([^()]*\)/g, '')
  const leading = /^[\s(]*/.exec(bare)![0].split('(').length - 1
  let net = 0
  for (const char of bare)
    if (char === '(') net++
    else if (char === ')') net--
  return { leading, net }
}

function stripComment(line: string): string {
  let quote: string | undefined
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!
    if (quote) {
      if (char === quote) quote = undefined
      else if (char === '\\' && quote === '"') index++
    } else if (char === '"' || char === "'") quote = char
    else if (char === '#' && (index === 0 || /\s/.test(line[index - 1]!)))
      return line.slice(0, index)
  }
  return line
}

function splitOperators(line: string): string[] {
  const parts: string[] = []
  let quote: string | undefined
  let start = 0
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!
    if (quote) {
      if (char === quote) quote = undefined
      else if (char === '\\' && quote === '"') index++
      continue
    }
    // `${{ a || b }}` is replaced by its value before the shell reads the line: not an operator.
    const expression = line.startsWith('${{', index) ? line.indexOf('}}', index) : -1
    if (expression >= 0) index = expression + 1
    else if (char === '"' || char === "'") quote = char
    else if (char === ';' || char === '|' || (char === '&' && line[index + 1] === '&')) {
      parts.push(line.slice(start, index))
      if (line[index + 1] === char) index++
      start = index + 1
    }
  }
  parts.push(line.slice(start))
  return parts
}

function splitWords(text: string): string[] {
  const words: string[] = []
  let current = ''
  let quote: string | undefined
  let has = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quote) {
      if (char === quote) quote = undefined
      else current += char
    } else if (char === '"' || char === "'") {
      quote = char
      has = true
    } else if (/\s/.test(char)) {
      if (has || current !== '') words.push(current)
      current = ''
      has = false
    } else {
      current += char
    }
  }
  if (has || current !== '') words.push(current)
  return words
}
