// The shape of a table entry (what a step must look like, what it then means) and the one
// matcher that reads every table. The entries live in tools/<ecosystem>.ts.
import { operands, runsPackageManager, stepCommands, toolWords, has } from './commands.js'
import type { Command } from './commands.js'
import { actionName, localPath } from './step.js'
import type { PlainStep, StepContext } from './step.js'

/** One word of a command: the word itself, any of several, or a pattern. */
export type WordPattern = string | readonly string[] | RegExp

/** What a finding is about: the step, its context and, for a command, its words. */
export interface Subject {
  step: PlainStep
  context: StepContext
  /** The command's words as written (`npx -y semantic-release`); [] for an action. */
  words: string[]
  /**
   * The words matched: the tool behind any runner (`semantic-release`), or for a package
   * manager's own command its name and operands (`npm publish --tag x` gives `npm publish`).
   */
  tool: string[]
  /** The words from the tool on, flags included (`twine upload -p x`); [] for an action. */
  args: string[]
}

export interface ActionMatch {
  /** The action, `owner/repo[/path]` in lower case, or a pattern over that. */
  name?: string | RegExp
  /** A local action (`./path`, `$/path`): a pattern over its path. */
  local?: RegExp
  /** A further condition, e.g. on its `with:` inputs. */
  when?: (step: PlainStep, context?: StepContext) => boolean
}

export interface CommandMatch {
  /**
   * Matches a package manager's own command (`npm publish`, `pnpm -r publish`) rather than a
   * tool (`twine upload`, `npx changeset publish`).
   */
  packageManager?: boolean
  /** The leading words of `Subject.tool`. */
  words: readonly WordPattern[]
  /** Words (flags) any of which means the command does not do it: `--dry-run`. */
  unless?: readonly string[]
  /** Words at least one of which must be there: `mvn ... verify`. */
  containing?: readonly string[]
  when?: (subject: Subject) => boolean
}

/** Where an entry matches: an action, a command, or either. */
export interface Matcher {
  action?: ActionMatch
  command?: CommandMatch
}

function wordMatches(pattern: WordPattern, word: string | undefined): boolean {
  if (word === undefined) return false
  if (typeof pattern === 'string') return pattern === word
  if (pattern instanceof RegExp) return pattern.test(word)
  return pattern.includes(word)
}

export function actionMatches(match: ActionMatch, step: PlainStep, context?: StepContext): boolean {
  const name = actionName(step.uses)
  const local = localPath(step.uses)
  const named =
    name !== '' &&
    match.name !== undefined &&
    (typeof match.name === 'string' ? match.name === name : match.name.test(name))
  const isLocal = local !== undefined && match.local !== undefined && match.local.test(local)
  return (named || isLocal) && (match.when?.(step, context) ?? true)
}

/** The subject of a command, and whether `match` recognises it. */
export function commandSubject(
  command: Command,
  step: PlainStep,
  context: StepContext,
): Subject & { packageManager: boolean } {
  const words = command.words
  const packageManager = runsPackageManager(words)
  const args = packageManager ? words : toolWords(words)
  const tool = packageManager ? [words[0]!, ...operands(words.slice(1))] : args
  return { step, context, words, tool, args, packageManager }
}

export function commandMatches(
  match: CommandMatch,
  subject: Subject & { packageManager: boolean },
): boolean {
  if ((match.packageManager ?? false) !== subject.packageManager) return false
  if (!match.words.every((pattern, index) => wordMatches(pattern, subject.tool[index])))
    return false
  if (match.unless && has(subject.args, ...match.unless)) return false
  if (match.containing && !has(subject.args, ...match.containing)) return false
  return match.when?.(subject) ?? true
}

/** A hit of one table entry on a step: the entry, its subject, and the text to point at. */
export interface Hit<Entry> {
  entry: Entry
  subject: Subject
  /** The `uses:` or the command as written. */
  needle: string
  /** The repository script and line the command is in, when the step's command runs that script. */
  origin?: string | undefined
}

/**
 * Every hit of a table on a step: the first action entry that matches its `uses:`, then for
 * each command of its script the first command entry that matches (one step may do several
 * things: `npm publish && twine upload`).
 */
export function findHits<Entry extends Matcher>(
  table: readonly Entry[],
  step: PlainStep,
  context: StepContext,
  skipCommand: (command: Command) => boolean = () => false,
): Hit<Entry>[] {
  const hits: Hit<Entry>[] = []
  if (step.uses !== undefined) {
    const entry = table.find((each) => each.action && actionMatches(each.action, step, context))
    if (entry)
      hits.push({
        entry,
        subject: { step, context, words: [], tool: [], args: [] },
        needle: step.uses,
      })
  }
  for (const command of stepCommands(step, context.scripts, context.files)) {
    if (skipCommand(command)) continue
    const subject = commandSubject(command, step, context)
    const entry = table.find((each) => each.command && commandMatches(each.command, subject))
    if (entry) hits.push({ entry, subject, needle: command.text, origin: command.origin })
  }
  return hits
}

/** A name that reads the subject (`${tool[0]} publish`), or a fixed one. */
export type ToolName = string | ((subject: Subject) => string)

export function nameOf(name: ToolName | undefined, hit: Hit<unknown>): string {
  const own = name === undefined ? hit.needle : typeof name === 'string' ? name : name(hit.subject)
  // A command of a repository script the step runs: say where it is.
  return hit.origin === undefined ? own : `${own} in ${hit.origin}`
}
