// One of this suite's actions (actions/*): its own bundle, with what it needs of the sandbox.
import { join } from 'node:path'
import { interpolate } from '@tokenless/workflow'
import { actionMetadata } from './action-metadata.js'
import { runNodeEntry } from './node-process.js'
import type { StepExecutor, StepHost, StepRun } from './step-executor.js'
import { SUITE_ACTION_NEEDS } from './suite-action-needs.js'

/**
 * The suite action `name`, from the suite's checkout, or from `dir` when the workflow runs a
 * copy of it from its workspace (a checkout of tokenless, or one downloaded beside a package).
 */
export function suiteAction(host: StepHost, name: string, dir?: string): StepExecutor {
  const actionDir = dir ?? join(host.suiteRoot, 'actions', name)
  return {
    kind: 'action',
    main(run: StepRun): Promise<boolean> {
      const inputs: Record<string, string> = {}
      const defaults = actionMetadata(join(host.suiteRoot, 'actions', name))?.defaults ?? {}
      for (const [input, value] of Object.entries(defaults)) {
        inputs[input] = interpolate(value, { contexts: run.contexts })
      }
      Object.assign(inputs, run.inputs)
      const say = {
        note: (line: string) => run.stepRecord.notes.push(line),
        error: (line: string) => run.log(`Error: ${line}`),
      }
      for (const need of SUITE_ACTION_NEEDS[name] ?? []) {
        if (!need(inputs, host.sandbox, say)) return Promise.resolve(false)
      }
      run.stepRecord.kind = 'action'
      return runNodeEntry(host, run, {
        script: join(actionDir, 'dist', 'index.js'),
        actionPath: actionDir,
        inputs,
      })
    },
  }
}
