// A third-party action the rehearsal stands in for (stand-ins.ts): done in-process, the sandbox's way.
import { join } from 'node:path'
import { toText } from '@tokenless/workflow'
import type { StandInEntry } from '../stand-ins.js'
import type { StepExecutor, StepHost, StepRun } from './step-executor.js'

/** GitHub's warning for `with:` keys the action does not declare. */
export function unexpectedInputs(entry: StandInEntry, given: string[]): string | undefined {
  const known = [...entry.inputs, ...(entry.earlierInputs ?? [])]
  const unexpected = given.filter((name) => !known.includes(name))
  if (unexpected.length === 0) return undefined
  return `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${entry.inputs.join("', '")}']`
}

export function standInStep(host: StepHost, entry: StandInEntry): StepExecutor {
  return {
    kind: 'stand-in',
    async main(run: StepRun): Promise<boolean> {
      run.stepRecord.kind = 'stand-in'
      const warn = (message: string): void => {
        run.stepRecord.annotations.push({ level: 'warning', message })
        run.log(`Warning: ${message}`)
      }
      const unexpected = unexpectedInputs(entry, Object.keys(run.step.with))
      if (unexpected !== undefined) warn(unexpected)
      const github = run.contexts.github
      const token =
        github !== null && typeof github === 'object' && !Array.isArray(github)
          ? toText((github as Record<string, never>).token ?? '')
          : ''
      const result = await entry.standIn(
        {
          workspace: run.workspace,
          runnerTemp: run.runnerTemp,
          env: run.env,
          gitDir: host.gitDir,
          repository: `${host.owner}/${host.repo}`,
          sha: host.sha,
          ref: host.ref,
          artifactsDir: join(host.workDir, 'artifacts'),
          sandbox: host.sandbox,
          githubToken: token,
          written: run.step.with,
          releasePr: host.releasePr,
          log: run.log,
          warn,
          note: (note) => run.stepRecord.notes.push(`stand-in: ${note}`),
          mask: (secret) => host.masker.add(secret),
        },
        run.inputs,
      )
      if (!result.ok) run.log(`Error: ${result.error ?? 'failed'}`)
      return result.ok
    },
  }
}
