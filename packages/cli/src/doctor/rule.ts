// A rule: its documentation (the rules doc and SARIF's rule descriptions are generated from it)
// and its check, which reports findings on YAML nodes; where a finding about a step points, and how
// a step is named in messages.
import type { Position, SourceFile, SourceStep, YNode } from '@tokenless/workflow'
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

/** Where a finding about a step goes: the step's `uses:`/`run:` line or, if from a composite action, the job's step that uses it. */
export function stepAnchor(step: SourceStep): YNode {
  const top = step.via ?? step
  return top.usesNode ?? top.runNode ?? top.node
}

/** How a step is named in messages: its name, else its `uses:`, else its first command. */
export function describeStep(step: SourceStep): string {
  const own = step.name ?? step.uses ?? step.run?.trim().split('\n')[0] ?? 'a step'
  const line = (step.usesNode ?? step.runNode ?? step.node).pos().line
  const where = step.via
    ? ` (in ${step.action?.ref ?? 'a composite action'}, ${step.action?.file.rel ?? ''}:${line})`
    : ` (line ${line})`
  return `\`${truncate(own, 60)}\`${where}`
}

export function truncate(text: string, length: number): string {
  const single = text.replace(/\s+/g, ' ').trim()
  return single.length > length ? `${single.slice(0, length - 1)}…` : single
}
