// Every table, one list per kind of step. A new ecosystem is one file under tools/ and one line
// in each list it adds to; a new tool is one entry in its ecosystem's file.
import { BUILD_SYSTEM_TEST_RUNNERS } from './tools/build-systems.js'
import { GITHUB_TAGGERS, GITHUB_VERSION_COMPUTERS } from './tools/github.js'
import {
  NPM_PUBLISHERS,
  NPM_TAGGERS,
  NPM_TEST_RUNNERS,
  NPM_VERSION_COMPUTERS,
} from './tools/npm.js'
import { PYPI_PUBLISHERS, PYPI_TEST_RUNNERS, PYPI_VERSION_COMPUTERS } from './tools/pypi.js'
import {
  TOKENLESS_PUBLISHERS,
  TOKENLESS_TAGGERS,
  TOKENLESS_TEST_RUNNERS,
} from './tools/tokenless.js'
import type { PublisherEntry } from './publishers.js'
import type { TaggerEntry } from './taggers.js'
import type { TestRunnerEntry } from './test-runners.js'
import type { VersionComputerEntry } from './version-computers.js'

export const PUBLISHERS: readonly PublisherEntry[] = [
  ...NPM_PUBLISHERS,
  ...PYPI_PUBLISHERS,
  ...TOKENLESS_PUBLISHERS,
]

export const TAGGERS: readonly TaggerEntry[] = [
  ...GITHUB_TAGGERS,
  ...NPM_TAGGERS,
  ...TOKENLESS_TAGGERS,
]

export const VERSION_COMPUTERS: readonly VersionComputerEntry[] = [
  ...GITHUB_VERSION_COMPUTERS,
  ...NPM_VERSION_COMPUTERS,
  ...PYPI_VERSION_COMPUTERS,
]

export const TEST_RUNNERS: readonly TestRunnerEntry[] = [
  ...NPM_TEST_RUNNERS,
  ...PYPI_TEST_RUNNERS,
  ...BUILD_SYSTEM_TEST_RUNNERS,
  ...TOKENLESS_TEST_RUNNERS,
]
