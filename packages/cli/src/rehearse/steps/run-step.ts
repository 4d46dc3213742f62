// A `run:` step: its script written to RUNNER_TEMP and run by its shell, as the runner does.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { missingTool } from '../runner-differences.js'
import { runStepProcess } from '../step-process.js'
import {
  markNotRehearsed,
  type StepExecutor,
  type StepHost,
  type StepRun,
} from './step-executor.js'

/** The command and arguments of a shell, or undefined for one the rehearsal does not run. */
export function shellCommand(shell: string, file: string): [string, string[]] | undefined {
  switch (shell) {
    case 'default':
      return ['bash', ['-e', file]]
    case 'bash':
      return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', file]]
    case 'sh':
      return ['sh', ['-e', file]]
    case 'python':
      return ['python', [file]]
    default: {
      if (!shell.includes('{0}') || /^(pwsh|powershell|cmd)\b/.test(shell)) return undefined
      const parts = shell.split(/\s+/).map((part) => part.replace('{0}', file))
      return [parts[0] ?? 'bash', parts.slice(1)]
    }
  }
}

export function runStep(host: StepHost): StepExecutor {
  return {
    kind: 'run',
    async main(run: StepRun): Promise<boolean> {
      const shell = run.script.shell ?? 'default'
      const file = join(
        run.runnerTemp,
        `${randomBytes(8).toString('hex')}.${shell === 'python' ? 'py' : 'sh'}`,
      )
      await writeFile(file, run.script.text)
      const command = shellCommand(shell, file)
      if (command === undefined) {
        markNotRehearsed(
          run,
          `shell ${shell} is not rehearsed (bash, sh, python and custom shells with {0} are)`,
        )
        host.notRehearsed(`step ${run.stepRecord.label}: shell ${shell}`)
        return true
      }
      const cwd = resolve(run.workspace, run.script.workingDirectory ?? '.')
      if (!existsSync(cwd)) {
        run.log(
          `Error: An error occurred trying to start process '${command[0]}' with working directory '${cwd}'. No such file or directory`,
        )
        return false
      }
      const result = await runStepProcess({
        command: command[0],
        args: command[1],
        cwd,
        env: run.env,
        timeoutMs: run.timeoutMs,
        commands: run.commands,
        masker: host.masker,
        onLine: run.log,
      })
      run.stepRecord.exitCode = result.exitCode
      if (result.timedOut) run.log(`Error: The action has timed out.`)
      else if (result.exitCode !== 0) {
        run.log(`Error: Process completed with exit code ${result.exitCode}.`)
        // A tool GitHub's image has and this machine lacks: said with how to install it.
        const missing = missingTool(run.stepRecord.log)
        if (missing !== undefined) run.log(`Error: ${missing.advice}`)
      }
      return result.exitCode === 0 && !result.timedOut
    },
  }
}
