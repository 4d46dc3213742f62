import { Masker, WorkflowCommandReader } from '../../src/rehearse/runner-files.js'
import { runStepProcess } from '../../src/rehearse/step-process.js'

describe('runStepProcess: the step timeout', () => {
  function run(timeoutMs: number) {
    const lines: string[] = []
    const masker = new Masker()
    return runStepProcess({
      command: 'bash',
      args: ['-c', 'sleep 0.3; echo finished'],
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs,
      commands: new WorkflowCommandReader((secret) => masker.add(secret)),
      masker,
      onLine: (line) => lines.push(line),
    }).then((result) => ({ ...result, lines }))
  }

  it('lets a step with a timeout past 2^31 ms (timeout-minutes: 35792) run to its end', async () => {
    expect(await run(35_792 * 60_000)).toEqual({
      exitCode: 0,
      timedOut: false,
      lines: ['finished'],
    })
  })

  it('still stops a step at its timeout', async () => {
    const result = await run(50)
    expect(result.timedOut).toBe(true)
    expect(result.lines).toEqual([])
  })
})
