// An action the rehearsal cannot run: the run goes on without it, and the report says so.
import { STAND_INS } from '../stand-ins.js'
import {
  markNotRehearsed,
  type StepExecutor,
  type StepHost,
  type StepRun,
} from './step-executor.js'

export function notRehearsedStep(host: StepHost, uses: string): StepExecutor {
  return {
    kind: 'not-rehearsed',
    main(run: StepRun): Promise<boolean> {
      markNotRehearsed(
        run,
        `${uses} is not rehearsed: the rehearsal runs tokenless's actions, local JavaScript and composite actions and stand-ins for ${Object.keys(STAND_INS).join(', ')}. The run goes on without it (its outputs are empty).`,
      )
      host.notRehearsed(`${run.record.label} › ${run.stepRecord.label}: ${uses}`)
      return Promise.resolve(true)
    },
  }
}
