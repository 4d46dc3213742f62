import { randomUUID } from 'node:crypto'
import { normalizeProjectName } from './names.js'
import {
  checkPublisherSpec,
  hashToken,
  type PypiState,
  type TrustedPublisherSpec,
} from './state.js'

/** Trusts a GitHub workflow to publish `project` (created empty when it does not exist). */
export function trustPublisher(
  state: PypiState,
  project: string,
  publisher: TrustedPublisherSpec,
): void {
  checkPublisherSpec(publisher)
  const record = state.project(project) ?? state.createProject(project)
  const environment = (publisher.environment ?? '').toLowerCase()
  let existing = state.publishers.find(
    (p) =>
      p.owner === publisher.owner &&
      p.repositoryName === publisher.repository &&
      p.workflow === publisher.workflow &&
      p.environment === environment,
  )
  if (existing === undefined) {
    existing = {
      id: randomUUID(),
      owner: publisher.owner,
      ownerId: publisher.ownerId,
      repositoryName: publisher.repository,
      workflow: publisher.workflow,
      environment,
      projects: new Set(),
    }
    state.publishers.push(existing)
  }
  existing.projects.add(record)
}

/** A pending publisher: refused when the project already exists, as on PyPI. */
export function trustPendingPublisher(
  state: PypiState,
  project: string,
  publisher: TrustedPublisherSpec,
): void {
  checkPublisherSpec(publisher)
  if (state.project(project) !== undefined) {
    throw new Error(
      `The project '${project}' already exists on the PyPI sandbox: add a trusted publisher to it with trustPublisher.`,
    )
  }
  const environment = (publisher.environment ?? '').toLowerCase()
  const taken = state.pendingPublishers.find(
    (p) =>
      p.owner === publisher.owner &&
      p.repositoryName === publisher.repository &&
      p.workflow === publisher.workflow &&
      p.environment === environment,
  )
  if (taken !== undefined) {
    throw new Error(
      `A pending publisher for ${publisher.owner}/${publisher.repository} ${publisher.workflow} is already registered for '${taken.projectName}'.`,
    )
  }
  state.pendingPublishers.push({
    id: randomUUID(),
    projectName: project,
    owner: publisher.owner,
    ownerId: publisher.ownerId,
    repositoryName: publisher.repository,
    workflow: publisher.workflow,
    environment,
  })
}

/** A classic API token (`pypi-...`); project-scoped with `projects`. */
export function addApiToken(state: PypiState, token: string, projects?: string[]): void {
  if (!token.startsWith('pypi-') || token.length === 'pypi-'.length) {
    throw new Error('A PyPI API token starts with `pypi-`: PyPI refuses any other text.')
  }
  state.tokens.set(hashToken(token), {
    kind: 'api-token',
    projects: projects?.map(normalizeProjectName),
  })
}

/** Yanks (with a reason) or un-yanks a release: PyPI has no API for it. */
export function setYanked(
  state: PypiState,
  project: string,
  version: string,
  yanked: boolean,
  reason = '',
): void {
  const record = state.project(project)
  if (record === undefined) throw new Error(`The PyPI sandbox has no project '${project}'.`)
  const release = record.releases.find(
    (r) => r.version === version || r.canonicalVersion === version,
  )
  if (release === undefined) {
    const known = record.releases.map((r) => r.version).join(', ') || 'none'
    throw new Error(
      `The PyPI sandbox's project '${record.name}' has no release ${version} (releases: ${known}).`,
    )
  }
  release.yanked = yanked
  release.yankedReason = yanked ? reason : ''
  state.journal(record)
}
