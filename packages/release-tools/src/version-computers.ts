// Version computers: the steps that compute a date or a version and hand it on (an output, the
// env, a manifest). A version is computed once, before any approval wait; entries are in
// tools/<ecosystem>.ts.
import { stepCommands, toolWords } from './commands.js'
import { findHits } from './detectors.js'
import { calledScript } from './followed-scripts.js'
import type { Matcher } from './detectors.js'
import { stepInput } from './step.js'
import type { PlainStep, StepContext } from './step.js'

export interface VersionComputerEntry extends Matcher {
  what: 'date' | 'version'
  /** It counts only when the script hands something on (`$GITHUB_OUTPUT`, a `version` variable). */
  handsOn?: boolean
}

export interface VersionComputed {
  needle: string
  what: 'date' | 'version'
  /** The repository script and line that computes it, when the step runs that script. */
  origin?: string
}

const HANDS_ON = /GITHUB_OUTPUT|GITHUB_ENV|set-output|setOutput|exportVariable|version|tag/i
const DATE_IN_CODE =
  /\bdatetime\.(now|utcnow|today)\s*\(|\bdate\.today\s*\(|\btime\.strftime\s*\(|\bnew Date\s*\(|\bDate\.now\s*\(/

/** The first date or version a step computes and hands on, by the table; then dates in code. */
export function versionComputedIn(
  table: readonly VersionComputerEntry[],
  step: PlainStep,
  context: StepContext,
): VersionComputed | undefined {
  const script = step.run ?? stepInput(step, 'script') ?? ''
  const handsOn = HANDS_ON.test(script)
  const hit = findHits(table, step, context).find(
    (each) =>
      handsOn ||
      !each.entry.handsOn ||
      (each.origin !== undefined &&
        HANDS_ON.test(context.files?.read(each.origin.replace(/:\d+$/, '')) ?? '')),
  )
  if (hit)
    return {
      needle: hit.needle,
      what: hit.entry.what,
      ...(hit.origin === undefined ? {} : { origin: hit.origin }),
    }
  const code = DATE_IN_CODE.exec(script)
  if (code && handsOn) {
    const line = script.split('\n').find((each) => DATE_IN_CODE.test(each)) ?? code[0]
    return { needle: line.trim(), what: 'date' }
  }
  return dateInFollowedScript(step, context)
}

/** A date computed in code by a repository script the step runs (`datetime.now()`, `new Date()`). */
function dateInFollowedScript(step: PlainStep, context: StepContext): VersionComputed | undefined {
  if (context.files === undefined) return undefined
  for (const command of stepCommands(step, context.scripts, context.files)) {
    const called = calledScript(toolWords(command.words))
    const text = called && context.files.read(called.path)
    if (called === undefined || text === undefined || !HANDS_ON.test(text)) continue
    const lines = text.split('\n')
    const index = lines.findIndex(
      (line) => DATE_IN_CODE.test(line) && !/^\s*(\/\/|#|\*)/.test(line),
    )
    if (index >= 0)
      return { needle: command.text, what: 'date', origin: `${called.path}:${index + 1}` }
  }
  return undefined
}
