// What release tools do, as tables: publishers (which registry, which credential), taggers (a
// git tag or a GitHub Release, with which token), version computers and test runners; the
// registries by name. Read from plain step text, so any workflow model can use them.
import { PUBLISHERS, TAGGERS, TEST_RUNNERS, VERSION_COMPUTERS } from './tables.js'
import { publishesIn } from './publishers.js'
import type { PublishFound } from './publishers.js'
import { tagCreationsIn } from './taggers.js'
import type { TagCreationFound } from './taggers.js'
import { isTestCommandIn, testsRunIn } from './test-runners.js'
import { versionComputedIn } from './version-computers.js'
import type { VersionComputed } from './version-computers.js'
import type { Command } from './commands.js'
import type { PlainStep, StepContext } from './step.js'

export * from './commands.js'
export * from './detectors.js'
export * from './followed-scripts.js'
export * from './publishers.js'
export * from './registries.js'
export * from './shell-commands.js'
export * from './shell-parse.js'
export * from './step.js'
export * from './taggers.js'
export * from './tables.js'
export * from './test-runners.js'
export * from './version-computers.js'
export { releaseItSetting } from './tools/npm.js'

/** The publishes a step makes (one step may publish to npm and PyPI). */
export function publishesOf(step: PlainStep, context: StepContext): PublishFound[] {
  return publishesIn(PUBLISHERS, step, context)
}

/** The git tags and GitHub Releases a step creates. */
export function tagCreationsOf(step: PlainStep, context: StepContext): TagCreationFound[] {
  return tagCreationsIn(TAGGERS, step, context)
}

/** A date or version computed by the step and handed on; with what. */
export function versionComputedBy(
  step: PlainStep,
  context: StepContext,
): VersionComputed | undefined {
  return versionComputedIn(VERSION_COMPUTERS, step, context)
}

/** The `uses:` or command by which a step runs tests, if it does. */
export function testsRunBy(step: PlainStep, context: StepContext): string | undefined {
  return testsRunIn(TEST_RUNNERS, step, context)
}

/** Whether a command of the step runs tests. */
export function isTestCommand(command: Command, step: PlainStep, context: StepContext): boolean {
  return isTestCommandIn(TEST_RUNNERS, command, step, context)
}
