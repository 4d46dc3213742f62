import { startGitHubSandbox, type GitHubSandbox, type GitHubSandboxOptions } from './server.js'
import { DEFAULT_TOKEN } from './tokens.js'

/**
 * Starts a GitHub sandbox for a person or a CLI (`tokenless rehearse`) and prints how to point
 * tools at it. Returns the running sandbox; the caller stops it.
 */
export async function runGitHubSandbox(
  options: GitHubSandboxOptions = {},
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<GitHubSandbox> {
  const sandbox = await startGitHubSandbox(options)
  print(`GitHub sandbox listening on ${sandbox.url}`)
  print(`GITHUB_API_URL=${sandbox.url}`)
  print(`GITHUB_SERVER_URL=${sandbox.serverUrl}`)
  print(`uploads: ${sandbox.uploadsUrl}`)
  print(`token: ${DEFAULT_TOKEN} (every permission; register others with sandbox.tokens)`)
  for (const repository of options.repositories ?? []) {
    print(
      `repository: ${repository.owner}/${repository.repo}${repository.gitDir === undefined ? '' : ` (git: ${repository.gitDir})`}`,
    )
  }
  return sandbox
}
