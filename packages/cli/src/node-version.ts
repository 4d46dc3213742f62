// tokenless runs the action bundles as the runner does (node24) and uses Node 24's standard
// library (fs.globSync among others): an older Node fails later with a cryptic TypeError, so
// the command says so first.
export const MINIMUM_NODE_MAJOR = 24

/** Undefined when `version` (process.versions.node) is new enough, else what to tell the user. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10)
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return undefined
  return `tokenless needs Node.js ${MINIMUM_NODE_MAJOR} or later, the runtime GitHub runs the actions on; this is Node.js ${version}. Install Node.js ${MINIMUM_NODE_MAJOR} (for example \`nvm install ${MINIMUM_NODE_MAJOR}\`), or let npx put it first on PATH: \`npx -p node@${MINIMUM_NODE_MAJOR} -p tokenless tokenless ...\` (in a clone of tokenless, its npm scripts do the same).`
}
