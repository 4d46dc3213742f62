// What a maintainer registers by hand once, printed exactly: the trusted publishers on npm,
// PyPI and TestPyPI, the `release` environment, and the token secrets to delete afterwards.
import type { ProjectFacts } from './detect.js'

const WORKFLOW = 'release.yml'
const ENVIRONMENT = 'release'

function fields(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1
  return rows.map(([label, value]) => `    ${`${label}:`.padEnd(width)} ${value}`).join('\n')
}

function ownerOf(facts: ProjectFacts): { owner: string; repo: string } {
  return facts.repository ?? { owner: '<owner>', repo: '<repository>' }
}

function npmSection(facts: ProjectFacts): string[] {
  const { owner, repo } = ownerOf(facts)
  return facts.npm.map((pkg) => {
    const name = pkg.name ?? `<the name in ${pkg.file}>`
    return [
      `  npm: ${name}`,
      `    https://www.npmjs.com/package/${name}/access -> Trusted publishing -> GitHub Actions`,
      fields([
        ['Package', name],
        ['Organization or user', owner],
        ['Repository', repo],
        ['Workflow filename', WORKFLOW],
        ['Environment name', ENVIRONMENT],
      ]),
      `    (npm attaches a trusted publisher to a package that exists: publish its first version by hand once if it does not.)`,
    ].join('\n')
  })
}

function pypiSection(facts: ProjectFacts, site: 'pypi.org' | 'test.pypi.org'): string[] {
  const { owner, repo } = ownerOf(facts)
  const label = site === 'pypi.org' ? 'PyPI' : 'TestPyPI (only to try releases there first)'
  return facts.python.map((pkg) => {
    const name = pkg.name ?? `<the name in ${pkg.file}>`
    return [
      `  ${label}: ${name}`,
      `    an existing project: https://${site}/manage/project/${name}/settings/publishing/`,
      `    a new project (pending publisher): https://${site}/manage/account/publishing/`,
      fields([
        ['PyPI Project Name', `${name} (pending publisher only)`],
        ['Owner', owner],
        ['Repository name', repo],
        ['Workflow name', WORKFLOW],
        ['Environment name', ENVIRONMENT],
      ]),
    ].join('\n')
  })
}

function environmentSection(facts: ProjectFacts): string {
  const { owner, repo } = ownerOf(facts)
  return [
    `Create the environment "${ENVIRONMENT}": https://github.com/${owner}/${repo}/settings/environments/new`,
    `  Required reviewers: the maintainers who approve a release (the publish jobs wait for one).`,
    `  Deployment branches and tags: selected: ${facts.defaultBranch}, hotfix/*, and tags ${facts.tags.prefix}*.`,
  ].join('\n')
}

function tokenSection(facts: ProjectFacts): string | undefined {
  if (facts.tokenUses.length === 0) return undefined
  const { owner, repo } = ownerOf(facts)
  const secrets = [...new Set(facts.tokenUses.map((use) => use.secret))]
  const files = [...new Set(facts.tokenUses.map((use) => use.file))]
  return [
    `Once a release through ${WORKFLOW} has published, delete what the token-based release used:`,
    ...facts.tokenUses.map((use) => `  ${use.file}:${use.line} uses the secret ${use.secret}`),
    `  Delete the secret${secrets.length > 1 ? 's' : ''} ${secrets.join(', ')}: https://github.com/${owner}/${repo}/settings/secrets/actions (and the environments' secrets)`,
    `  Revoke the token${secrets.length > 1 ? 's' : ''} on the registry (npmjs.com -> Access Tokens, pypi.org -> Account settings -> API tokens).`,
    ...files
      .filter((file) => file !== `.github/workflows/${WORKFLOW}`)
      .map((file) => `  Delete ${file}, or remove its publish steps: ${WORKFLOW} publishes now.`),
  ].join('\n')
}

/** The registration text, ready to print. */
export function publishersText(facts: ProjectFacts): string {
  const sections = [
    'Register the trusted publishers (the names must match exactly; no registry token is needed):',
    ...npmSection(facts),
    ...pypiSection(facts, 'pypi.org'),
    ...pypiSection(facts, 'test.pypi.org'),
    '',
    environmentSection(facts),
  ]
  const tokens = tokenSection(facts)
  if (tokens !== undefined) sections.push('', tokens)
  if (facts.repository === undefined)
    sections.push(
      '',
      'The origin remote is not on GitHub: replace <owner> and <repository> with where the repository lives.',
    )
  return `${sections.join('\n')}\n`
}
