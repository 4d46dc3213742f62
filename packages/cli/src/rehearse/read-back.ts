// What the release left behind, read back from the sandbox as users would see it: the registries'
// own answers (npm packument, PyPI JSON API state) and the GitHub stand-in's releases.
import type { PackageFound, SeededVersion } from './publish-plan.js'
import type { RehearsalSandbox } from './rehearsal-sandbox.js'

export interface NpmReadBack {
  name: string
  /** Versions that were not there before the run. */
  published: string[]
  distTags: Record<string, string>
  integrity: Record<string, string>
  /** Versions the registry accepted with a verified provenance bundle: their predicate type. */
  provenance: Record<string, string>
  /** Publishes the registry accepted: one per published version when nothing went twice. */
  uploads: number
}

export interface PypiReadBack {
  registry: 'pypi' | 'testpypi'
  name: string
  published: string[]
  files: Array<{
    version: string
    filename: string
    sha256: string
    yanked: boolean
  }>
  /** Uploads the registry accepted, by file name: 1 each when nothing went twice. */
  uploads: Record<string, number>
}

export interface ReleaseReadBack {
  tag: string
  name: string
  draft: boolean
  prerelease: boolean
  latest: boolean
  url: string
  target: string
  assets: Array<{ name: string; size: number }>
  body: string
  author: string
}

export interface ReadBack {
  npm: NpmReadBack[]
  pypi: PypiReadBack[]
  releases: ReleaseReadBack[]
  /** Tags on the GitHub stand-in, for the report. */
  tags: string[]
  checkRuns: Array<{ name: string; sha: string; conclusion: string | null }>
  /** Issues on the GitHub stand-in (a yank's tracking issue). */
  issues: Array<{ number: number; title: string; state: string; url: string; body: string }>
}

interface Packument {
  versions?: Record<
    string,
    { dist?: { integrity?: string; attestations?: { provenance?: { predicateType?: string } } } }
  >
  'dist-tags'?: Record<string, string>
}

/** Each file with whether the index's integrity API serves its attestations, as users ask it. */
async function attested<T extends { version: string; filename: string }>(
  indexUrl: string,
  project: string,
  files: T[],
): Promise<Array<T & { attested: boolean }>> {
  return Promise.all(
    files.map(async (file) => {
      const path = [project, file.version, file.filename].map(encodeURIComponent).join('/')
      const answer = await fetch(`${indexUrl}/integrity/${path}/provenance`)
      await answer.arrayBuffer()
      return { ...file, attested: answer.ok }
    }),
  )
}

export async function readBack(
  sandbox: RehearsalSandbox,
  options: { owner: string; repo: string; packages: PackageFound[]; seeded: SeededVersion[] },
): Promise<ReadBack> {
  const npm: NpmReadBack[] = []
  if (sandbox.npm !== undefined) {
    for (const pkg of options.packages.filter((candidate) => candidate.registry === 'npm')) {
      const response = await fetch(new URL(pkg.name.replace('/', '%2f'), sandbox.npm.url))
      if (!response.ok) continue
      const packument = (await response.json()) as Packument
      const seeded = options.seeded
        .filter((seed) => seed.name === pkg.name)
        .map((seed) => seed.version)
      const versions = Object.keys(packument.versions ?? {})
      const uploads = sandbox.npm.requests.filter(
        (request) =>
          request.action === 'publish' &&
          request.packageName === pkg.name &&
          request.status !== undefined &&
          request.status < 300,
      ).length
      npm.push({
        name: pkg.name,
        published: versions.filter((version) => !seeded.includes(version)),
        distTags: packument['dist-tags'] ?? {},
        integrity: Object.fromEntries(
          Object.entries(packument.versions ?? {}).map(([version, manifest]) => [
            version,
            manifest.dist?.integrity ?? '',
          ]),
        ),
        provenance: Object.fromEntries(
          Object.entries(packument.versions ?? {}).flatMap(([version, manifest]) => {
            const type = manifest.dist?.attestations?.provenance?.predicateType
            return type === undefined ? [] : [[version, type]]
          }),
        ),
        uploads,
      })
    }
  }
  const pypi: PypiReadBack[] = []
  for (const registry of ['pypi', 'testpypi'] as const) {
    const service = registry === 'pypi' ? sandbox.pypi : sandbox.testpypi
    for (const pkg of options.packages.filter((candidate) => candidate.registry === 'pypi')) {
      const project = service.project(pkg.name)
      if (project === undefined) continue
      const files = await attested(
        service.url,
        project.normalizedName,
        project.releases.flatMap((release) =>
          release.files.map((file) => ({
            version: release.version,
            filename: file.filename,
            sha256: file.sha256,
            yanked: release.yanked,
          })),
        ),
      )
      if (
        files.length === 0 &&
        !service.requests.some((request) => request.project === project.normalizedName)
      )
        continue
      const uploads: Record<string, number> = {}
      for (const request of service.requests) {
        if (
          request.route !== '/legacy/' ||
          request.status !== 200 ||
          request.project !== project.normalizedName
        )
          continue
        const filename = request.filename ?? '?'
        uploads[filename] = (uploads[filename] ?? 0) + 1
      }
      pypi.push({
        registry,
        name: project.name,
        published: project.releases
          .filter((release) => release.files.length > 0)
          .map((release) => release.version),
        files,
        uploads,
      })
    }
  }
  const { owner, repo } = options
  const latest = sandbox.github.state.latestReleaseId(owner, repo)
  const releases = sandbox.github.state.releases(owner, repo).map((release) => ({
    tag: release.tag_name,
    name: release.name ?? '',
    draft: release.draft,
    prerelease: release.prerelease,
    latest: release.id === latest,
    url: release.html_url,
    target: release.target_commitish,
    assets: release.assets.map((asset) => ({ name: asset.name, size: asset.size })),
    body: release.body ?? '',
    author: release.author.login,
  }))
  const tags = (await sandbox.github.state.refs(owner, repo, 'refs/tags/')).map((tag) =>
    tag.ref.replace(/^refs\/tags\//, ''),
  )
  const checkRuns = sandbox.github.state.checkRuns(owner, repo).map((run) => ({
    name: run.name,
    sha: run.head_sha,
    conclusion: run.conclusion,
  }))
  const issues = sandbox.github.state.issues(owner, repo).map((issue) => ({
    number: issue.number,
    title: issue.title,
    state: issue.state,
    url: issue.html_url,
    body: issue.body ?? '',
  }))
  return { npm, pypi, releases, tags, checkRuns, issues }
}
