import { execProcess } from '../src/exec.js'

describe('execProcess', () => {
  it('returns the exit code of a program that exits without reading its standard input', async () => {
    // 8 MiB cannot fit in the pipe: the write fails with EPIPE once `sh` has exited.
    const input = 'x'.repeat(8 * 1024 * 1024)
    const result = await execProcess('sh', ['-c', 'echo out; exit 3'], { input, silent: true })
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: '' })
  })

  it('runs a program that reads its standard input', async () => {
    const result = await execProcess('cat', [], { input: 'from standard input\n', silent: true })
    expect(result).toEqual({ exitCode: 0, stdout: 'from standard input\n', stderr: '' })
  })
})
