// Language toolchains and task runners whose test commands gate a release: go, cargo, deno,
// dotnet, swift, make, just, Maven and Gradle; and a repository's own test script.
import { TEST_SCRIPT } from '../test-runners.js'
import type { TestRunnerEntry } from '../test-runners.js'

/**
 * A repository script named for tests, started by its path (`./test.sh`, `scripts/test`,
 * `bin/check.bash`): its name minus `.sh`/`.bash` is a test name. A script named `ci` may as
 * well build or release, so it is not one; nor is a bare `test`, the shell's own command.
 */
function isTestScriptPath(path: string | undefined): boolean {
  if (path === undefined || !path.includes('/') || path.includes('$')) return false
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.(sh|bash)$/, '')
  return TEST_SCRIPT.test(name) && !/^ci$/i.test(name)
}

export const BUILD_SYSTEM_TEST_RUNNERS: TestRunnerEntry[] = [
  { command: { words: [['go', 'cargo', 'deno', 'dotnet', 'swift'], 'test'] } },
  { command: { words: [['make', 'just'], TEST_SCRIPT] } },
  { command: { words: [['mvn', './mvnw']], containing: ['test', 'verify'] } },
  { command: { words: [['gradle', './gradlew']], containing: ['test', 'check'] } },
  { command: { words: [/\//], when: ({ tool }) => isTestScriptPath(tool[0]) } },
  {
    command: {
      words: [['bash', 'sh'], /\.(sh|bash)$/],
      when: ({ tool }) => isTestScriptPath(tool[1]!.includes('/') ? tool[1] : `./${tool[1]}`),
    },
  },
]
