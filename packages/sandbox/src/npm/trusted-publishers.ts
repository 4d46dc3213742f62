import type { JWTPayload } from 'jose'

/**
 * A package's trusted publisher, as npmjs.com's "Trusted Publisher" form for GitHub Actions
 * takes it. Every field is compared exactly (case-sensitive), as npm does.
 */
export interface NpmTrustedPublisher {
  /** Organization or user: `acme`. */
  owner: string
  /** The repository's name without the owner: `widget`. */
  repository: string
  /** The workflow's FILE NAME: `release.yml` (not `Release.yml`, not `release.yaml`, no path). */
  workflow: string
  /** When set, the job must run in this GitHub environment. */
  environment?: string
}

/** Why a token's claims do not match a publisher, for the sandbox's records (never sent). */
export type PublisherMismatch =
  | { claim: 'repository_owner'; expected: string; actual: string | undefined }
  | { claim: 'repository'; expected: string; actual: string | undefined }
  | { claim: 'workflow_ref'; expected: string; actual: string | undefined }
  | { claim: 'environment'; expected: string; actual: string | undefined }

/** Checks a publisher as npmjs.com's form would refuse it; returns a copy. */
export function validatePublisher(
  packageName: string,
  publisher: NpmTrustedPublisher,
): NpmTrustedPublisher {
  const problems: string[] = []
  if (publisher.owner === '' || publisher.owner.includes('/')) {
    problems.push(`owner must be a user or organization name, got "${publisher.owner}"`)
  }
  if (publisher.repository === '' || publisher.repository.includes('/')) {
    problems.push(
      `repository must be the repository's name without its owner, got "${publisher.repository}"`,
    )
  }
  if (!/^[^/\\]+\.ya?ml$/.test(publisher.workflow)) {
    problems.push(
      `workflow must be a workflow file name such as release.yml, got "${publisher.workflow}"`,
    )
  }
  if (publisher.environment === '') problems.push('environment must not be empty when given')
  if (problems.length > 0) {
    throw new Error(`Trusted publisher for ${packageName}: ${problems.join('; ')}.`)
  }
  return { ...publisher }
}

/**
 * The workflow file name in `workflow_ref` (`owner/repo/.github/workflows/<file>@<ref>`), as npm
 * compares it with the publisher's `workflow`.
 */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  if (workflowRef === undefined) return undefined
  const match = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@.+$/.exec(workflowRef)
  return match?.[1]
}

function claim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name]
  return typeof value === 'string' ? value : undefined
}

/** The first claim that does not match the publisher, or undefined when all match. */
export function mismatchOf(
  publisher: NpmTrustedPublisher,
  payload: JWTPayload,
): PublisherMismatch | undefined {
  const owner = claim(payload, 'repository_owner')
  if (owner !== publisher.owner) {
    return { claim: 'repository_owner', expected: publisher.owner, actual: owner }
  }
  const repository = claim(payload, 'repository')
  const expectedRepository = `${publisher.owner}/${publisher.repository}`
  if (repository !== expectedRepository) {
    return { claim: 'repository', expected: expectedRepository, actual: repository }
  }
  const workflowRef = claim(payload, 'workflow_ref')
  const file = workflowFileOf(workflowRef)
  const refRepository = workflowRef?.split('/').slice(0, 2).join('/')
  if (file !== publisher.workflow || refRepository !== expectedRepository) {
    return {
      claim: 'workflow_ref',
      expected: `${expectedRepository}/.github/workflows/${publisher.workflow}@<ref>`,
      actual: workflowRef,
    }
  }
  if (publisher.environment !== undefined) {
    const environment = claim(payload, 'environment')
    if (environment !== publisher.environment) {
      return { claim: 'environment', expected: publisher.environment, actual: environment }
    }
  }
  return undefined
}

/** A mismatch in words, for `requests[].reason`. */
export function describeMismatch(mismatch: PublisherMismatch): string {
  const actual = mismatch.actual === undefined ? 'absent' : `"${mismatch.actual}"`
  return `claim ${mismatch.claim} is ${actual}, the trusted publisher needs "${mismatch.expected}"`
}
