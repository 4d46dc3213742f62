import { createHash, randomUUID } from 'node:crypto'
import type { Pep440Version } from '@tokenless/versioning'
import { normalizeProjectName } from './names.js'

/**
 * A GitHub trusted publisher as a maintainer registers it on PyPI's publishing page.
 * PyPI names the file that holds the publishing job (`job_workflow_ref`), which must be in this
 * repository: a reusable workflow from another repository does not match.
 */
export interface TrustedPublisherSpec {
  /** Repository owner, as GitHub spells it (`repository_owner`, compared exactly). */
  owner: string
  /**
   * `repository_owner_id`. PyPI always records it (it looks it up when the publisher is added);
   * the sandbox checks it only when given here.
   */
  ownerId?: string
  /** The repository name without the owner. */
  repository: string
  /** The workflow file name, `release.yml` (not a path). */
  workflow: string
  /** Optional environment, matched case-insensitively. */
  environment?: string
}

export interface PublisherRecord {
  id: string
  owner: string
  ownerId: string | undefined
  repositoryName: string
  workflow: string
  /** Lowercased, `''` when the publisher names none (as Warehouse stores it). */
  environment: string
  projects: Set<ProjectRecord>
}

export interface PendingPublisherRecord extends Omit<PublisherRecord, 'projects'> {
  projectName: string
}

export interface FileRecord {
  filename: string
  packagetype: 'sdist' | 'bdist_wheel'
  pythonVersion: string
  comment: string | null
  size: number
  md5: string
  sha256: string
  blake2_256: string
  /** SHA-256 of a wheel's METADATA file, served as `<file>.metadata` (PEP 658). */
  metadataSha256: string | undefined
  metadataFile: Buffer | undefined
  uploadTime: Date
  /** Storage path as Warehouse builds it: `b2[:2]/b2[2:4]/b2[4:]/filename`. */
  path: string
  data: Buffer
  /** What the integrity API serves for the file: the verified PEP 740 attestations. */
  provenance?: Record<string, unknown>
}

/** The release metadata PyPI keeps from the first upload of a version. */
export interface ReleaseMetadata {
  summary: string | null
  description: string
  descriptionContentType: string | null
  keywords: string | null
  license: string | null
  licenseExpression: string | null
  licenseFiles: string[] | null
  classifiers: string[]
  author: string | null
  authorEmail: string | null
  maintainer: string | null
  maintainerEmail: string | null
  requiresPython: string | null
  platform: string | null
  homePage: string | null
  downloadUrl: string | null
  projectUrls: Record<string, string> | null
  requiresDist: string[] | null
  providesExtra: string[] | null
  dynamic: string[] | null
}

export interface ReleaseRecord {
  /** `str(Version)`: the normalised PEP 440 form. */
  version: string
  canonicalVersion: string
  parsed: Pep440Version
  created: Date
  yanked: boolean
  yankedReason: string
  metadata: ReleaseMetadata
  files: FileRecord[]
  /** Order among the project's releases by version (Warehouse's `_pypi_ordering`). */
  ordering: number
}

export interface ProjectRecord {
  id: string
  name: string
  normalizedName: string
  created: Date
  releases: ReleaseRecord[]
  lastSerial: number
}

/** What a token may do, kept under the SHA-256 of its text: no state holds a token's text. */
export type TokenRecord =
  | {
      kind: 'oidc'
      publisher: PublisherRecord
      /** The ProjectID caveat: the publisher's projects when the token was minted. */
      projectIds: string[]
      notBefore: number
      expiresAt: number
    }
  | {
      kind: 'api-token'
      /** Normalised names of the projects a project-scoped token is for; undefined: any. */
      projects: string[] | undefined
    }

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A project as the sandbox holds it, for assertions. */
export interface PypiProjectSnapshot {
  name: string
  normalizedName: string
  releases: Array<{
    version: string
    yanked: boolean
    yankedReason: string
    files: Array<{ filename: string; packagetype: string; sha256: string; size: number }>
  }>
}

/** The registry's state: projects, publishers, tokens, used JWT ids, the journal serial. */
export class PypiState {
  readonly projects = new Map<string, ProjectRecord>()
  readonly publishers: PublisherRecord[] = []
  readonly pendingPublishers: PendingPublisherRecord[] = []
  readonly tokens = new Map<string, TokenRecord>()
  /** JWT ids already exchanged, with the time (seconds) until which they are remembered. */
  readonly usedJtis = new Map<string, number>()
  serial = 0

  constructor(readonly now: () => Date) {}

  project(name: string): ProjectRecord | undefined {
    return this.projects.get(normalizeProjectName(name))
  }

  createProject(name: string): ProjectRecord {
    const project: ProjectRecord = {
      id: randomUUID(),
      name,
      normalizedName: normalizeProjectName(name),
      created: this.now(),
      releases: [],
      lastSerial: 0,
    }
    this.projects.set(project.normalizedName, project)
    this.journal(project)
    return project
  }

  /** Records a change to a project (Warehouse's JournalEntry): bumps the serial. */
  journal(project: ProjectRecord): void {
    this.serial++
    project.lastSerial = this.serial
  }

  /** Every file of every project, to find a file name or digest anywhere on the index. */
  *allFiles(): Generator<FileRecord> {
    for (const project of this.projects.values())
      for (const release of project.releases) yield* release.files
  }

  snapshot(project: ProjectRecord): PypiProjectSnapshot {
    return {
      name: project.name,
      normalizedName: project.normalizedName,
      releases: [...project.releases]
        .sort((a, b) => a.ordering - b.ordering)
        .map((release) => ({
          version: release.version,
          yanked: release.yanked,
          yankedReason: release.yankedReason,
          files: release.files.map((file) => ({
            filename: file.filename,
            packagetype: file.packagetype,
            sha256: file.sha256,
            size: file.size,
          })),
        })),
    }
  }
}

/** Checks a publisher as PyPI's "add a publisher" form would, and says what is wrong. */
export function checkPublisherSpec(spec: TrustedPublisherSpec): void {
  if (spec.owner === '' || spec.owner.includes('/')) {
    throw new Error(
      `A trusted publisher's owner is a GitHub user or organisation, got '${spec.owner}'.`,
    )
  }
  if (spec.repository === '' || spec.repository.includes('/')) {
    throw new Error(
      `A trusted publisher's repository is the repository name without its owner, got '${spec.repository}'.`,
    )
  }
  if (spec.workflow.includes('/') || !/\.(yml|yaml)$/.test(spec.workflow)) {
    throw new Error(
      `A trusted publisher's workflow is a file name ending in .yml or .yaml (release.yml), got '${spec.workflow}'.`,
    )
  }
}
