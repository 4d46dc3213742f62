import type { CliIO } from '../io.js'

export function doctorCommand(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('tokenless doctor is not built yet.\n')
  return Promise.resolve(1)
}
