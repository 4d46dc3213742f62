// Which executor runs a step (nektos/act's step_factory): a `run:` step, a suite action, a
// stand-in, a local JavaScript or composite action, or, for anything else, a step not rehearsed.
import { join } from 'node:path'
import type { Step } from '@tokenless/workflow'
import { standInFor } from '../stand-ins.js'
import { SUITE_ACTIONS } from '../suite-root.js'
import { actionMetadata } from './action-metadata.js'
import { compositeAction } from './composite-action.js'
import { localJavaScriptAction } from './local-javascript-action.js'
import { notRehearsedStep } from './not-rehearsed-step.js'
import { runStep } from './run-step.js'
import { standInStep } from './stand-in-step.js'
import type { StepExecutor, StepHost } from './step-executor.js'
import { suiteAction } from './suite-action.js'

/** The suite action `uses` names (`owner/tokenless/actions/x@ref` or `./actions/x`), if any. */
export function suiteActionName(uses: string): string | undefined {
  const name =
    /^[^/]+\/tokenless\/actions\/([\w-]+)@.+$/.exec(uses)?.[1] ??
    /^\.\/actions\/([\w-]+)\/?$/.exec(uses)?.[1]
  return name !== undefined && (SUITE_ACTIONS as readonly string[]).includes(name)
    ? name
    : undefined
}

/** The executor of `step`, whose workspace is `workspace` (local actions are read from it). */
export function stepExecutor(host: StepHost, step: Step, workspace: string): StepExecutor {
  if (step.run !== undefined) return runStep(host)
  const uses = (step.uses ?? '').trim()
  const localDir = uses.startsWith('./') ? join(workspace, uses) : undefined
  const local = localDir === undefined ? undefined : actionMetadata(localDir)
  const suite = suiteActionName(uses)
  if (suite !== undefined) {
    if (local === undefined) return suiteAction(host, suite)
    // A copy of the suite's action in the workspace runs as the suite's does, from the copy.
    const own = actionMetadata(join(host.suiteRoot, 'actions', suite))
    if (local.name !== undefined && local.name === own?.name) {
      return suiteAction(host, suite, localDir)
    }
  }
  const standIn = standInFor(uses)
  if (standIn !== undefined) return standInStep(host, standIn)
  if (localDir !== undefined && local?.runs.using?.startsWith('node') === true) {
    const main = local.runs.main
    if (main !== undefined)
      return localJavaScriptAction(host, localDir, { ...local, runs: { ...local.runs, main } })
  }
  if (localDir !== undefined && local?.runs.using === 'composite')
    return compositeAction(host, localDir, stepExecutor)
  return notRehearsedStep(host, uses)
}
