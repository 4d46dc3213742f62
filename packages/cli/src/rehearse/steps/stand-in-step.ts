// A third-party action the rehearsal stands in for (stand-ins.ts): done in-process, the sandbox's way.
import { join } from 'node:path'
import type { StandIn } from '../stand-ins.js'
import type { StepExecutor, StepHost, StepRun } from './step-executor.js'

export function standInStep(host: StepHost, standIn: StandIn): StepExecutor {
  return {
    kind: 'stand-in',
    async main(run: StepRun): Promise<boolean> {
      run.stepRecord.kind = 'stand-in'
      const result = await standIn(
        {
          workspace: run.workspace,
          runnerTemp: run.runnerTemp,
          env: run.env,
          gitDir: host.gitDir,
          repository: `${host.owner}/${host.repo}`,
          sha: host.sha,
          ref: host.ref,
          artifactsDir: join(host.workDir, 'artifacts'),
          log: run.log,
          warn: (message) => {
            run.stepRecord.annotations.push({ level: 'warning', message })
            run.log(`Warning: ${message}`)
          },
          note: (note) => run.stepRecord.notes.push(`stand-in: ${note}`),
        },
        run.inputs,
      )
      if (!result.ok) run.log(`Error: ${result.error ?? 'failed'}`)
      return result.ok
    },
  }
}
