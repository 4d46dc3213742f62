import { type JobClaims, workflowFileOf } from './claims.js'

/** The trusted-publisher settings a registry must hold for this job to publish. */
export interface PublisherSettings {
  owner: string
  repository: string
  workflow: string
  environment: string
}

/**
 * What to enter on the registry. npm names the workflow that was RUN (`workflow_ref`: the caller
 * of a reusable workflow); PyPI names the file that HOLDS the job (`job_workflow_ref`).
 */
export function publisherSettings(claims: JobClaims, registry: 'npm' | 'pypi'): PublisherSettings {
  const [owner, repository] = (claims.repository ?? '').split('/')
  const ref = registry === 'npm' ? claims.workflow_ref : claims.job_workflow_ref
  return {
    owner: claims.repository_owner ?? (owner || '(none)'),
    repository: repository || '(none)',
    workflow: workflowFileOf(ref) ?? '(unknown)',
    environment: claims.environment ?? '(none: the job has no environment)',
  }
}

export function describePublisher(settings: PublisherSettings): string {
  return `owner ${settings.owner}, repository ${settings.repository}, workflow ${settings.workflow}, environment ${settings.environment}`
}
