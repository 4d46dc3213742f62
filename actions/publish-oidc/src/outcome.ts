import type { ActionContext } from '@tokenless/action-kit'

export type Result = 'published' | 'skipped' | 'failed'

/** What happened to one package on one registry. */
export interface Outcome {
  /** `name@version` */
  id: string
  registry: string
  result: Result
  detail: string
}

export function reportOutcomes(ctx: ActionContext, outcomes: Outcome[]): void {
  const pick = (result: Result) =>
    JSON.stringify(
      outcomes.filter((outcome) => outcome.result === result).map((outcome) => outcome.id),
    )
  ctx.setOutput('published', pick('published'))
  ctx.setOutput('skipped', pick('skipped'))
  ctx.setOutput('failed', pick('failed'))
  const icon: Record<Result, string> = {
    published: '✅ published',
    skipped: '➖ skipped',
    failed: '❌ failed',
  }
  ctx.summary.table(
    ['Package', 'Registry', 'Result', 'Detail'],
    outcomes.map((outcome) => [outcome.id, outcome.registry, icon[outcome.result], outcome.detail]),
  )
  for (const outcome of outcomes) {
    const line = `${outcome.id} on ${outcome.registry}: ${outcome.result}. ${outcome.detail}`
    if (outcome.result === 'failed') ctx.log.error(line)
    else ctx.log.info(line)
  }
}

/** Polls until `ready` says yes or the time is up; returns the seconds it took, or undefined. */
export async function waitUntil(
  ready: () => Promise<boolean>,
  timeoutSeconds: number,
): Promise<number | undefined> {
  const started = Date.now()
  for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
    if (await ready()) return (Date.now() - started) / 1000
    if (Date.now() - started + delay > timeoutSeconds * 1000) return undefined
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}
