// A rule: its documentation (the rules doc and SARIF's rule descriptions are generated from it)
// and its check, which reports findings on YAML nodes.
import { type Position, type SourceFile, type YNode } from '@tokenless/workflow'
import type { ReleaseFacts } from './release-facts.js'
import type { Repository } from './repository.js'

export type Severity = 'error' | 'warning' | 'note'

export interface RuleDoc {
  id: string
  severity: Severity
  /** One line: what the rule finds. */
  title: string
  /** What can go wrong on a release day. */
  why: string
  /** The usual fix. */
  fix: string
  /** A workflow (or part of one) with the hazard, and the same without it. */
  bad: string
  good: string
  /** Other files of the repository both examples need (path to content). */
  context?: Record<string, string>
}

export interface Finding {
  rule: string
  severity: Severity
  file: SourceFile
  position: Position
  message: string
  fix: string
}

export interface ReportOptions {
  /** Point at the key of this node (`publish:`) rather than its value. */
  key?: boolean
  /** A text inside the node to point at (a command in a `run:` block, an expression). */
  needle?: string
  severity?: Severity
  fix?: string
}

export interface RuleContext {
  repository: Repository
  facts: ReleaseFacts
  report: (node: YNode, message: string, options?: ReportOptions) => void
}

export interface Rule extends RuleDoc {
  check(context: RuleContext): void
}

export function positionOf(node: YNode, options: ReportOptions = {}): Position {
  if (options.needle !== undefined) return node.find(options.needle)
  return options.key ? node.keyPos() : node.pos()
}
