import { EOL } from 'node:os'
import { isConfigurationError } from './configuration-error.js'
import { type ActionContext, createRunnerContext, writeSummary } from './context.js'
import { escapeMarkdown } from './markdown.js'

export type ActionRun = (context: ActionContext) => Promise<void>

/**
 * Runs an action: anything thrown (an Error or not) fails the step with a message, a
 * ConfigurationError as an annotation on its file and line; the summary is written either way.
 */
export async function runAction(
  run: ActionRun,
  context: ActionContext = createRunnerContext(),
): Promise<void> {
  try {
    await run(context)
  } catch (error) {
    reportFailure(context, error)
    process.exitCode = 1
  } finally {
    try {
      writeSummary(context, (text) => process.stdout.write(`${text}${EOL}`))
    } catch (error) {
      context.log.warning(`Could not write the job summary: ${describe(error)}`)
    }
  }
}

export function reportFailure(context: ActionContext, error: unknown): void {
  if (isConfigurationError(error)) {
    const location = error.location
    context.log.error(error.message, {
      title: error.title,
      file: location?.file,
      line: location?.line,
      endLine: location?.endLine,
      col: location?.column,
    })
    context.summary.paragraph(`**Failed:** ${escapeMarkdown(error.message)}`)
    return
  }
  const message = describe(error)
  if (error instanceof Error && error.stack) context.log.debug(error.stack)
  context.log.error(message)
  context.summary.paragraph(`**Failed:** ${escapeMarkdown(message)}`)
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return `Non-error thrown: ${JSON.stringify(error)}`
  } catch {
    return `Non-error thrown: ${String(error)}`
  }
}
