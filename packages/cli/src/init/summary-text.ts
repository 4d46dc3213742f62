// What init found, said before anything is written.
import type { ProjectFacts } from './detect.js'

function packagesLines(facts: ProjectFacts): string[] {
  return [
    ...facts.npm.map((pkg) => `  npm     ${pkg.name ?? '(no name)'} in ${pkg.file}`),
    ...facts.python.map((pkg) => {
      const backend =
        pkg.backend === 'unknown' ? `unknown backend "${pkg.backendName}"` : pkg.backend
      const version =
        pkg.versionFromTag === undefined ? '' : `, version from the git tag (${pkg.versionFromTag})`
      return `  Python  ${pkg.name ?? '(no name)'} in ${pkg.file} (${backend}${version})`
    }),
  ]
}

export function detectionText(facts: ProjectFacts): string {
  const { tags } = facts
  const scheme = tags.calverFormat === undefined ? tags.scheme : `calver ${tags.calverFormat}`
  const lines = [
    `Found in ${facts.root}:`,
    ...packagesLines(facts),
    `  version ${facts.version} (${facts.versionSource})`,
    `  tags    ${tags.prefix}<version>, ${scheme}${tags.latest === undefined ? ', no release tag yet' : `, newest ${tags.latest.tag}`}`,
    `  tests   ${facts.testCommand ?? 'none found: set TEST_COMMAND in the workflow, or rerun with --test-command'}`,
    `  branch  ${facts.defaultBranch}`,
    `  changelog ${facts.changelog === undefined ? 'none' : `${facts.changelog.file} (${facts.changelog.format})`}`,
  ]
  for (const pkg of facts.python)
    if (pkg.build === undefined)
      lines.push(
        `  The build backend "${pkg.backendName}" of ${pkg.file} is not one tokenless init knows: the workflow's step "Build ${pkg.name ?? pkg.dir}" is to fill in (it fails until then).`,
      )
  if (facts.tokenUses.length > 0)
    lines.push(
      `  tokens  ${[...new Set(facts.tokenUses.map((use) => use.secret))].join(', ')} in ${[...new Set(facts.tokenUses.map((use) => use.file))].join(', ')}`,
    )
  return `${lines.join('\n')}\n\n`
}
