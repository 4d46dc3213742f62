// What every stand-in is given and gives back, and the runner files it writes (outputs, env,
// PATH). One file per action in this folder; the table in ../stand-ins.ts lists them.
import { randomBytes } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import type { RehearsalSandbox } from '../rehearsal-sandbox.js'

export interface StandInContext {
  workspace: string
  runnerTemp: string
  /** The step's environment (PATH and the rest). */
  env: Record<string, string>
  /** The bare repository standing in for GitHub's copy. */
  gitDir: string
  repository: string
  /** The event's commit and ref: what checkout takes by default. */
  sha: string
  ref: string
  artifactsDir: string
  /** The sandbox every write goes to. */
  sandbox: RehearsalSandbox
  /** The job's GITHUB_TOKEN (`github.token`), registered on the sandbox's GitHub API. */
  githubToken: string
  /** The step's `with:` as written, before evaluation (to see that an input names a secret). */
  written: Record<string, unknown>
  /** --release-pr: whether the release-PR actions find their pull request merged or open. */
  releasePr?: 'merged' | 'open' | undefined
  log(line: string): void
  warn(message: string): void
  note(text: string): void
  /** Masks a secret in every later line, as `::add-mask::` does. */
  mask(secret: string): void
}

export interface StandInResult {
  ok: boolean
  /** Why it failed, as the action would say it. */
  error?: string
}

export type StandIn = (
  ctx: StandInContext,
  inputs: Record<string, string>,
) => Promise<StandInResult>

/** A stand-in and the real action's interface it honours (checked against its action.yml). */
export interface StandInEntry {
  /** `owner/name` as `uses:` names it, without the ref. */
  uses: string
  /** Other names GitHub still resolves to the same action (a renamed owner's redirect). */
  aliases?: readonly string[]
  /** What it stands in with, for the report. */
  what: string
  /** The real action's inputs and outputs, every one of them (the contract test checks). */
  inputs: readonly string[]
  outputs: readonly string[]
  /** Inputs of an earlier major version still in wide use (`@v1`), also taken without a warning. */
  earlierInputs?: readonly string[]
  standIn: StandIn
}

export function setOutput(ctx: StandInContext, name: string, value: string): void {
  const file = ctx.env.GITHUB_OUTPUT
  if (file === undefined) return
  if (!value.includes('\n')) {
    appendFileSync(file, `${name}=${value}\n`)
    return
  }
  const delimiter = `ghadelimiter_${randomBytes(8).toString('hex')}`
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`)
}

export function exportVariable(ctx: StandInContext, name: string, value: string): void {
  const file = ctx.env.GITHUB_ENV
  if (file !== undefined) appendFileSync(file, `${name}=${value}\n`)
}

export function addPath(ctx: StandInContext, dir: string): void {
  const file = ctx.env.GITHUB_PATH
  if (file !== undefined) appendFileSync(file, `${dir}\n`)
}

/** An input as `core.getBooleanInput` reads it; `fallback` when empty. */
export function truthy(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return /^true$/i.test(value.trim())
}

/** The first non-empty of several spellings of one input (`packages-dir`, `packages_dir`). */
export function input(inputs: Record<string, string>, ...names: string[]): string {
  for (const name of names) {
    const value = (inputs[name] ?? '').trim()
    if (value !== '') return value
  }
  return ''
}

/** Lines or commas of a list input (globs, paths), trimmed, empty ones left out. */
export function listInput(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean)
}
