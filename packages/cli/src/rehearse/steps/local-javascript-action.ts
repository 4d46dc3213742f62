// A JavaScript action in the repository (`uses: ./path`, `runs.using: node*`): its entry, run by node.
import { join } from 'node:path'
import { interpolate } from '@tokenless/workflow'
import type { ActionMetadata } from './action-metadata.js'
import { runNodeEntry } from './node-process.js'
import type { StepExecutor, StepHost, StepRun } from './step-executor.js'

export function localJavaScriptAction(
  host: StepHost,
  dir: string,
  metadata: ActionMetadata & { runs: { main: string } },
): StepExecutor {
  return {
    kind: 'action',
    main(run: StepRun): Promise<boolean> {
      const inputs: Record<string, string> = {}
      for (const [input, value] of Object.entries(metadata.defaults)) {
        inputs[input] = interpolate(value, { contexts: run.contexts })
      }
      return runNodeEntry(host, run, {
        script: join(dir, metadata.runs.main),
        actionPath: dir,
        inputs: { ...inputs, ...run.inputs },
      })
    },
  }
}
