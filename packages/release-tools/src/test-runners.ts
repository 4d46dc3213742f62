// Test runners: the steps that run a project's tests (a test gate must see them run on the
// release commit). Entries are in tools/<ecosystem>.ts.
import { findHits } from './detectors.js'
import type { Matcher } from './detectors.js'
import type { Command } from './commands.js'
import { commandMatches, commandSubject } from './detectors.js'
import type { PlainStep, StepContext } from './step.js'

export type TestRunnerEntry = Matcher

/**
 * Script and target names that mean tests: `test`, `test:unit`, `check`, `e2e`... but not the
 * CI steps that only install, build or release (`ci:install`, `ci:publish`, `ci:shipit`).
 */
export const TEST_SCRIPT =
  /^(?!.*[:_.-](install|setup|bootstrap|build|publish|release|version|shipit|deploy)$)(test|tests|ci|check|checks|verify|e2e|unit|integration|coverage)([:_.-].*)?$/i

/** The `uses:` or command by which a step runs tests, if it does. */
export function testsRunIn(
  table: readonly TestRunnerEntry[],
  step: PlainStep,
  context: StepContext,
): string | undefined {
  return findHits(table, step, context)[0]?.needle
}

/** Whether one command runs tests. */
export function isTestCommandIn(
  table: readonly TestRunnerEntry[],
  command: Command,
  step: PlainStep,
  context: StepContext,
): boolean {
  const subject = commandSubject(command, step, context)
  return table.some((entry) => entry.command && commandMatches(entry.command, subject))
}
