// The Python rehearsals' pip: it installs `build` and the build backend from the index this
// machine's pip is set up with (pip.conf, PIP_INDEX_URL, PIP_FIND_LINKS: the rehearsal passes them
// to its jobs), as the workflow does on GitHub.
import { afterAll, beforeAll } from '@jest/globals'
import { lookup } from 'node:dns/promises'

/**
 * Where pypi.org is out of reach (pip reads a local index), pip's five retries of pypi.org only
 * add minutes to each install: no retry then, for the test file's rehearsals.
 */
export function noPipRetriesOffline(): void {
  const before = process.env.PIP_RETRIES
  beforeAll(async () => {
    const reachable = await lookup('pypi.org').then(
      () => true,
      () => false,
    )
    if (!reachable) process.env.PIP_RETRIES = '0'
  })
  afterAll(() => {
    if (before === undefined) delete process.env.PIP_RETRIES
    else process.env.PIP_RETRIES = before
  })
}
