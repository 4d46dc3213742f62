// Language toolchains and task runners whose test commands gate a release: go, cargo, deno,
// dotnet, swift, make, just, Maven and Gradle.
import { TEST_SCRIPT } from '../test-runners.js'
import type { TestRunnerEntry } from '../test-runners.js'

export const BUILD_SYSTEM_TEST_RUNNERS: TestRunnerEntry[] = [
  { command: { words: [['go', 'cargo', 'deno', 'dotnet', 'swift'], 'test'] } },
  { command: { words: [['make', 'just'], TEST_SCRIPT] } },
  { command: { words: [['mvn', './mvnw']], containing: ['test', 'verify'] } },
  { command: { words: [['gradle', './gradlew']], containing: ['test', 'check'] } },
]
