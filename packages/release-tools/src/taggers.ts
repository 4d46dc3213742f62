// Taggers: the steps that create a git tag or a GitHub Release, and with which credential
// (events made with GITHUB_TOKEN start no workflow). Entries are in tools/<ecosystem>.ts.
import { stepCommands } from './commands.js'
import { findHits, nameOf } from './detectors.js'
import type { Hit, Matcher, Subject, ToolName } from './detectors.js'
import { actionName, credentialPaths, envValue, stepInput, tokenOfValue } from './step.js'
import type { PlainStep, StepContext } from './step.js'

export type TagKind = 'tag' | 'release'

/** The credential GitHub sees: GITHUB_TOKEN's events start no workflow. */
export type TagToken = 'github-token' | 'other'

/**
 * Where the credential comes from: the job's `git push` (actions/checkout's token unless the
 * script sets its own), the first of some inputs then env variables, or one that is never
 * GITHUB_TOKEN (`hub`, `curl`).
 */
export type TokenSource =
  'git-push' | 'other' | { inputs?: readonly string[]; env?: readonly string[] }

export interface TaggerEntry extends Matcher {
  /** How findings name the tool; default the `uses:` as written. */
  tool?: ToolName
  /** What it makes; a function may read the step and say nothing (`undefined`). */
  kind: TagKind | ((subject: Subject) => TagKind | undefined)
  token: TokenSource
  /** The tag stays local unless a step of the job pushes (`git tag`, `npm version`). */
  needsPush?: boolean
}

export interface TagCreationFound {
  kind: TagKind
  tool: string
  needle: string
  token: TagToken
}

/** Tags and GitHub Releases a step creates, by the tagger table. */
export function tagCreationsIn(
  table: readonly TaggerEntry[],
  step: PlainStep,
  context: StepContext,
): TagCreationFound[] {
  const found: TagCreationFound[] = []
  let pushes: boolean | undefined
  for (const hit of findHits(table, step, context)) {
    const kind = typeof hit.entry.kind === 'string' ? hit.entry.kind : hit.entry.kind(hit.subject)
    if (kind === undefined) continue
    if (hit.entry.needsPush && !(pushes ??= jobPushes(context))) continue
    found.push({
      kind,
      tool: nameOf(hit.entry.tool, hit),
      needle: hit.needle,
      token: tokenOf(hit),
    })
  }
  return found
}

function jobPushes(context: StepContext): boolean {
  return context.jobSteps.some((each) =>
    stepCommands(each, context.scripts, context.files).some(
      (command) => command.words[0] === 'git' && command.words[1] === 'push',
    ),
  )
}

function tokenOf({ entry, subject }: Hit<TaggerEntry>): TagToken {
  const source = entry.token
  if (source === 'other') return 'other'
  if (source === 'git-push') return gitPushToken(subject.step, subject.context)
  const value =
    (source.inputs ?? [])
      .map((input) => stepInput(subject.step, input))
      .find((v) => v !== undefined) ?? envValue(subject.step, ...(source.env ?? []))
  return tokenOfValue(value)
}

/** The credential `git push` uses in the step's job: actions/checkout's, unless the script sets its own. */
export function gitPushToken(step: PlainStep, context: StepContext): TagToken {
  const script = step.run ?? ''
  const secrets = credentialPaths(script).filter((path) => /^(secrets\.|steps\.)/.test(path))
  if (secrets.some((path) => !/^secrets\.GITHUB_TOKEN$/i.test(path))) return 'other'
  if (
    /x-access-token:\$|oauth2:\$|@github\.com.*\$\{?\w*(PAT|TOKEN)/i.test(script) &&
    !/\$\{?GITHUB_TOKEN\b/.test(script)
  )
    return 'other'
  const checkout = context.jobSteps.find((each) => actionName(each.uses) === 'actions/checkout')
  if (checkout) {
    if (stepInput(checkout, 'ssh-key')) return 'other'
    const token = stepInput(checkout, 'token')
    if (token !== undefined) return tokenOfValue(token)
  }
  return 'github-token'
}
