/** A repository as the REST API's paths name it. */
export interface RepoRef {
  owner: string
  repo: string
}

/** `owner/repo` (GITHUB_REPOSITORY) into its parts; undefined when it is not of that form. */
export function parseRepository(text: string | undefined): RepoRef | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text?.trim() ?? '')
  return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined
}
