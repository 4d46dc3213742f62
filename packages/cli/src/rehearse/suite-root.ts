import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The tokenless repository this command runs from (its actions' dist bundles, the demo, the
 * examples): the nearest folder above this file with actions/publish-oidc/action.yml. The same
 * from the sources (packages/cli/src/rehearse) and from the bundle (packages/cli/dist).
 */
export function findSuiteRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    if (existsSync(join(dir, 'actions', 'publish-oidc', 'action.yml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error(
        `tokenless rehearse runs the action bundles of its own repository, but found none above ${from}. Run it from a checkout of the tokenless repository (npm ci; npx tokenless rehearse).`,
      )
    }
    dir = parent
  }
}

/**
 * GitHub's REST description the packaged `tokenless` command carries (openapi/api.github.com.json
 * beside its actions), or undefined in a checkout, where `@octokit/openapi` has it.
 */
export function packagedGitHubDescription(suiteRoot: string): string | undefined {
  const file = join(suiteRoot, 'openapi', 'api.github.com.json')
  return existsSync(file) ? file : undefined
}

/** The suite's five actions, by the folder name that `uses:` names. */
export const SUITE_ACTIONS = [
  'validate-tag',
  'test-gate',
  'publish-oidc',
  'create-release',
  'yank-notice',
] as const
