import type { ActionContext } from '@tokenless/action-kit'
import { parseInputs } from './inputs.js'

export async function run(ctx: ActionContext): Promise<void> {
  const inputs = parseInputs(ctx)
  ctx.setSecret(inputs.token)
  if (inputs.npmDeprecateToken !== undefined) ctx.setSecret(inputs.npmDeprecateToken)
  // The GitHub client and the registries' code load only now: a failing run starts fast
  // (measured on the bundle: a static import takes its start from 141 to 250 ms of CPU).
  const { yankRelease } = await import('./yank-release.js')
  await yankRelease(ctx, inputs)
}
