// `tokenless doctor --fix`: run the fixable rules, fix the findings of one rule in one file, read
// the result again, and so on until no finding of those rules is left that a fixer can change.
// Each fix answers findings that exist, so a fixed file run again changes nothing.
import { runDoctor, type DoctorResult } from '../analyze.js'
import { ReleaseFacts } from '../release-facts.js'
import { loadRepository, type Repository } from '../repository.js'
import type { Rule } from '../rule.js'
import { RULES } from '../rules/index.js'
import { FIXERS } from './fixers.js'
import { applyEdits } from './text-edits.js'

export interface FileFix {
  path: string
  rel: string
  before: string
  after: string
  /** What changed, each with the rule it answers: `long-lived-token: removed NPM_TOKEN ...`. */
  changes: string[]
  secrets: string[]
}

export interface FixOutcome {
  files: FileFix[]
  /** The repository as fixed (read from the fixed texts, nothing written yet). */
  repository: Repository
  result: DoctorResult
}

/** Fixes what the chosen rules found in these workflow files, in memory. */
export function fixRepository(
  root: string,
  paths: string[],
  rules: readonly Rule[] = RULES,
): FixOutcome {
  const chosen = new Set(rules.map((rule) => rule.id))
  const fixers = FIXERS.filter((fixer) => chosen.has(fixer.rule))
  const fixable = RULES.filter((rule) => fixers.some((fixer) => fixer.rule === rule.id))
  const texts = new Map<string, string>()
  const fixes = new Map<string, FileFix>()
  const stuck = new Set<string>()
  for (let round = 0; round < 50; round++) {
    const repository = loadRepository(root, paths, texts)
    const found = runDoctor(repository, fixable).findings
    const facts = new ReleaseFacts(repository)
    let changed = false
    for (const fixer of fixers) {
      for (const file of repository.files) {
        const findings = found.filter((f) => f.rule === fixer.rule && f.file === file)
        const key = `${fixer.rule}\n${file.path}\n${file.text}`
        if (findings.length === 0 || stuck.has(key) || !paths.includes(file.path)) continue
        const planned = fixer.fix({ repository, facts, file, findings })
        const after = applyEdits(file.text, planned.edits)
        if (planned.edits.length === 0 || after === file.text) {
          stuck.add(key)
          continue
        }
        texts.set(file.path, after)
        const fix = fixes.get(file.path) ?? {
          path: file.path,
          rel: file.rel,
          before: file.text,
          after,
          changes: [],
          secrets: [],
        }
        fix.after = after
        fix.changes.push(...planned.changes.map((change) => `${fixer.rule}: ${change}`))
        fix.secrets.push(...planned.secrets.filter((secret) => !fix.secrets.includes(secret)))
        fixes.set(file.path, fix)
        changed = true
        break
      }
      if (changed) break
    }
    if (!changed) break
  }
  const repository = loadRepository(root, paths, texts)
  return {
    files: [...fixes.values()].filter((fix) => fix.after !== fix.before),
    repository,
    result: runDoctor(repository, rules),
  }
}
