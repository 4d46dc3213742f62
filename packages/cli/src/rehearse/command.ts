import type { CliIO } from '../io.js'

export function rehearseCommand(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('tokenless rehearse is not built yet.\n')
  return Promise.resolve(1)
}
