// How a written workflow references the suite's actions: by the commit SHA of this tokenless's
// release when the suite's checkout knows it (its tag v<version>), else by the tag the reference
// workflow uses.
import { execFileSync } from 'node:child_process'
import { cliVersion } from '../version.js'
import type { SuiteActionRef } from './workflow-writer.js'

/** The commit `tag` points to in the git repository at `dir`, if it is one and has the tag. */
function taggedCommit(dir: string, tag: string): string | undefined {
  try {
    const sha = execFileSync(
      'git',
      ['-C', dir, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim()
    return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined
  } catch {
    return undefined
  }
}

export function suiteActionRef(suiteRoot: string, version: string = cliVersion()): SuiteActionRef {
  const tag = `v${version}`
  const sha = taggedCommit(suiteRoot, tag)
  return sha === undefined ? { ref: 'v1', version: undefined } : { ref: sha, version: tag }
}
