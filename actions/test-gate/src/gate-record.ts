import type { ActionContext } from '@tokenless/action-kit'
import { createCheckRun, explainGitHubError, httpStatus } from '@tokenless/github'
import { callGitHub, type GitHubAccess } from './github-access.js'
import { GATE_CHECK_NAME } from './required-checks.js'

export interface GateRecord {
  passed: boolean
  title: string
  summary: string
  text: string | undefined
}

/**
 * Creates the check run tokenless/test-gate on the sha, which publish-oidc's require-gate reads.
 * Without checks: write it warns, saying what that costs, and the gate's result stands.
 */
export async function recordGate(
  ctx: ActionContext,
  access: GitHubAccess,
  record: GateRecord,
): Promise<{ id: number; url: string | undefined } | undefined> {
  const { repo, sha } = access
  const runUrl =
    ctx.env.GITHUB_SERVER_URL && ctx.env.GITHUB_RUN_ID
      ? `${ctx.env.GITHUB_SERVER_URL}/${repo.owner}/${repo.repo}/actions/runs/${ctx.env.GITHUB_RUN_ID}`
      : undefined
  try {
    const run = await callGitHub(access, `record the gate on ${sha}`, 'checks: write', () =>
      createCheckRun(access.client, repo, {
        name: GATE_CHECK_NAME,
        headSha: sha,
        status: 'completed',
        conclusion: record.passed ? 'success' : 'failure',
        title: record.title.slice(0, 1000),
        summary: record.summary.slice(0, 65_000),
        ...(record.text ? { text: record.text.slice(0, 65_000) } : {}),
        ...(runUrl ? { detailsUrl: runUrl } : {}),
      }),
    )
    return { id: run.id, url: run.html_url ?? undefined }
  } catch (error) {
    if (httpStatus(error) === 403 || httpStatus((error as { cause?: unknown }).cause) === 403) {
      ctx.log.warning(
        `Could not record the gate as the check run ${GATE_CHECK_NAME} on ${sha.slice(0, 7)}: GitHub answered 403 (the token lacks checks: write). publish-oidc's require-gate cannot see this result, so it will not hold a release of this commit back on it. Add "permissions: { checks: write }" to this job, or set record: false to stop this warning.`,
        { title: 'Gate not recorded' },
      )
      return undefined
    }
    throw explainGitHubError(error, {
      action: `record the gate on ${sha}`,
      permission: 'checks: write',
    })
  }
}
