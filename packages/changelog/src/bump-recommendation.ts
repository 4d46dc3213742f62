import { type ConventionalCommit, parseConventionalCommit } from './conventional-commit.js'

export type Bump = 'major' | 'minor' | 'patch'

export interface BumpReason {
  /** The commit's sha when it was given, else its subject. */
  commit: string
  bump: Bump
  why: string
}

export interface BumpRecommendation {
  /** The largest bump any commit asks for; undefined when none asks for one. */
  bump: Bump | undefined
  /** One entry per commit that asks for a bump, in the order given. */
  reasons: BumpReason[]
}

export interface BumpOptions {
  /** The current version is 0.x: a breaking change is a minor bump (semver item 4). */
  preMajor?: boolean
}

const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 }
const BANG = /^[^:(]+(?:\([^()]*\))?!:/

/**
 * The semver bump that `commits` call for by Conventional Commits: a breaking change is major
 * (minor with `preMajor`), `feat` minor, `fix` and `perf` patch, other types nothing. A commit
 * that a revert in the same list undoes (matched by sha, or by git's `Revert "<subject>"`)
 * counts for nothing, and so does the revert; a revert of a revert restores the original.
 */
export function recommendBump(
  commits: ReadonlyArray<{ subject: string; body: string; sha?: string }>,
  options: BumpOptions = {},
): BumpRecommendation {
  const parsed = commits.map((commit) => ({
    commit,
    conventional: parseConventionalCommit(commit),
  }))
  const undone = revertedCommits(parsed)
  const reasons: BumpReason[] = []
  parsed.forEach(({ commit, conventional }, index) => {
    if (conventional === undefined || undone.has(index)) return
    const reason = reasonFor(commit.subject.trim(), conventional, options.preMajor === true)
    if (reason !== undefined) reasons.push({ commit: commit.sha ?? commit.subject, ...reason })
  })
  let bump: Bump | undefined
  for (const reason of reasons) {
    if (bump === undefined || RANK[reason.bump] > RANK[bump]) bump = reason.bump
  }
  return { bump, reasons }
}

function reasonFor(
  subject: string,
  commit: ConventionalCommit,
  preMajor: boolean,
): Omit<BumpReason, 'commit'> | undefined {
  const header = `"${subject}"`
  if (commit.breaking) {
    const marked = BANG.test(subject)
      ? `${header} marks a breaking change with "!"`
      : `${header} has a BREAKING CHANGE footer: ${commit.breakingNotes[0]?.split('\n', 1)[0] ?? ''}`
    return preMajor
      ? { bump: 'minor', why: `${marked} (before 1.0.0 a breaking change is a minor bump)` }
      : { bump: 'major', why: marked }
  }
  switch (commit.type) {
    case 'feat':
      return { bump: 'minor', why: `${header} adds a feature` }
    case 'fix':
      return { bump: 'patch', why: `${header} fixes a bug` }
    case 'perf':
      return { bump: 'patch', why: `${header} improves performance` }
    default:
      return undefined
  }
}

/** Indexes of the commits that an effective revert in the list undoes, reverts included. */
function revertedCommits(
  parsed: ReadonlyArray<{
    commit: { subject: string; sha?: string }
    conventional: ConventionalCommit | undefined
  }>,
): Set<number> {
  const targets = new Map<number, number[]>() // revert index -> indexes it undoes
  parsed.forEach(({ conventional }, index) => {
    const revert = conventional?.revert
    if (revert === undefined) return
    const undone: number[] = []
    parsed.forEach(({ commit }, other) => {
      if (other === index) return
      const { sha } = commit
      const bySha = sha !== undefined && revert.shas.some((reverted) => sha.startsWith(reverted))
      const bySubject = commit.subject.trim() === revert.header
      if (bySha || bySubject) undone.push(other)
    })
    targets.set(index, undone)
  })
  // A revert is in effect unless a revert in effect undoes it (reverts only undo older commits).
  const effective = new Map<number, boolean>()
  const inEffect = (index: number, seen: Set<number>): boolean => {
    const known = effective.get(index)
    if (known !== undefined) return known
    if (seen.has(index)) return true
    seen.add(index)
    let result = true
    for (const [reverter, undone] of targets) {
      if (undone.includes(index) && inEffect(reverter, seen)) result = false
    }
    effective.set(index, result)
    return result
  }
  const undone = new Set<number>()
  for (const [reverter, indexes] of targets) {
    if (!inEffect(reverter, new Set())) continue
    undone.add(reverter)
    for (const index of indexes) undone.add(index)
  }
  return undone
}
