// Runs a JavaScript action's entry as the runner does: INPUT_* variables, node, the workspace.
import { runStepProcess } from '../step-process.js'
import type { StepHost, StepRun } from './step-executor.js'

export async function runNodeEntry(
  host: StepHost,
  run: StepRun,
  entry: { script: string; actionPath: string; inputs: Record<string, string> },
): Promise<boolean> {
  const env: Record<string, string> = { ...run.env, GITHUB_ACTION_PATH: entry.actionPath }
  for (const [name, value] of Object.entries(entry.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const result = await runStepProcess({
    command: process.execPath,
    args: [entry.script],
    cwd: run.workspace,
    env,
    timeoutMs: run.timeoutMs,
    commands: run.commands,
    masker: host.masker,
    onLine: run.log,
  })
  run.stepRecord.exitCode = result.exitCode
  if (result.timedOut) run.log('Error: The action has timed out.')
  return result.exitCode === 0 && !result.timedOut
}
