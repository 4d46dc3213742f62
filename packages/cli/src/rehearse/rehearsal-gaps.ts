// What the rehearsal could not do, kept apart from what it did: steps and jobs not rehearsed, the
// outputs they left empty, the steps that read those outputs, and above all the publish and
// release steps that did not run against the sandbox (the verdict is then NOT REHEARSED).
import { publishesOf, stepContext, tagCreationsOf, type PlainStep } from '@tokenless/release-tools'
import { contextReferences, stepLabel, type Job, type Step } from '@tokenless/workflow'
import type { StepRecord } from './run-records.js'

/** A reference to an output the rehearsal could not produce, and where it would come from. */
export interface UnrehearsedRead {
  reference: string
  source: string
}

function scalars(values: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      result[name] = String(value)
  }
  return result
}

/**
 * What the step publishes or releases, as the release-tools tables know it (`npm publish (npm)`,
 * `gh release create`), or undefined for a step that does neither.
 */
export function publishShape(step: Step): string | undefined {
  const plain: PlainStep = {
    uses: step.uses,
    run: step.run,
    with: scalars(step.with),
    env: scalars(step.env),
    name: step.name,
    id: step.id,
  }
  const context = stepContext(plain)
  const published = publishesOf(plain, context)[0]
  if (published !== undefined) return `${published.tool} (${published.registry})`
  const tagged = tagCreationsOf(plain, context).find((found) => found.kind === 'release')
  return tagged?.tool
}

/** The publish and release steps of a job, as `label: tool`. */
export function jobPublishShapes(job: Job, label: (step: Step) => string): string[] {
  return job.steps.flatMap((step) => {
    const shape = publishShape(step)
    return shape === undefined ? [] : [`${label(step)}: ${shape}`]
  })
}

function textsOf(value: unknown, out: Array<{ text: string; form: 'template' | 'expression' }>) {
  if (typeof value === 'string') out.push({ text: value, form: 'template' })
  else if (Array.isArray(value)) for (const item of value) textsOf(item, out)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push({ text: key, form: 'template' })
      textsOf(item, out)
    }
  }
}

/**
 * The first reference in `values` to an output the rehearsal could not produce: a step's
 * (`steps.<id>.outputs`) or a needed job's (`needs.<job>.outputs.<name>`). `condition` is an
 * `if:`, a bare expression unless it is written with `${{ }}`.
 */
export function readsUnrehearsed(
  values: { condition?: unknown; templates: unknown[] },
  steps: Map<string, string>,
  needs: Map<string, string>,
): UnrehearsedRead | undefined {
  if (steps.size === 0 && needs.size === 0) return undefined
  const texts: Array<{ text: string; form: 'template' | 'expression' }> = []
  const condition = values.condition
  if (typeof condition === 'string') {
    texts.push({ text: condition, form: condition.includes('${{') ? 'template' : 'expression' })
  }
  textsOf(values.templates, texts)
  // Context names come lower-cased; step ids and job ids are matched as GitHub does, ignoring case.
  const stepIds = new Map([...steps].map(([id, from]) => [id.toLowerCase(), from]))
  const needOutputs = new Map([...needs].map(([path, from]) => [path.toLowerCase(), from]))
  for (const { text, form } of texts) {
    for (const path of contextReferences(text, form)) {
      const parts = path.split('.')
      if (parts[0] === 'steps' && parts[2] === 'outputs') {
        const from = stepIds.get((parts[1] ?? '').toLowerCase())
        if (from !== undefined) return { reference: parts.slice(0, 4).join('.'), source: from }
      }
      if (parts[0] === 'needs' && parts[2] === 'outputs' && parts[3] !== undefined) {
        const reference = parts.slice(0, 4).join('.')
        const from = needOutputs.get(reference.toLowerCase())
        if (from !== undefined) return { reference, source: from }
      }
    }
  }
  return undefined
}

/** The labels of a job and of every job it needs, directly or not (matrix suffixes aside). */
export function upstreamLabels(job: Job, jobs: readonly Job[], prefix: string): string[] {
  const byId = new Map(jobs.map((candidate) => [candidate.id, candidate]))
  const seen = new Set<string>()
  const visit = (id: string): void => {
    if (seen.has(id)) return
    seen.add(id)
    for (const need of byId.get(id)?.needs ?? []) visit(need)
  }
  visit(job.id)
  return [...seen].map((id) => `${prefix}${byId.get(id)?.name ?? id}`)
}

/** Everything the run could not rehearse, in the order it was met. */
export class RehearsalGaps {
  /** Steps and jobs not rehearsed, with where they are (the report's "Not rehearsed"). */
  readonly lines: string[] = []
  /** Publish and release steps (or jobs that may publish) that did not run against the sandbox. */
  readonly publishes: string[] = []
  /** Jobs (by key) that did not run for the rehearsal's reasons: what needs them is affected too. */
  readonly jobs = new Map<string, string>()

  clear(): void {
    this.lines.length = 0
    this.publishes.length = 0
    this.jobs.clear()
  }

  notRehearsed(line: string): void {
    this.lines.push(line)
  }

  /** A publish or release that did not run: `where` names the step or job, `why` the cause. */
  publishNotRun(where: string, why: string): void {
    const line = `${where}: ${why}`
    if (!this.publishes.includes(line)) this.publishes.push(line)
  }

  /**
   * A job skipped (`note` says why): when its `if:` reads a needed job's output that was not
   * rehearsed, or a job it needs did not run for the rehearsal's reasons, the skip is the
   * rehearsal's, and so is any publish in it. Returns the note to show.
   */
  jobSkipped(
    job: Job,
    at: { key: string; label: string; prefix: string },
    unrehearsedNeeds: Map<string, string>,
    note: string,
  ): string {
    const reads = readsUnrehearsed(
      { condition: job.if, templates: [] },
      new Map(),
      unrehearsedNeeds,
    )
    const blocking = job.needs.flatMap((need) => this.jobs.get(`${at.prefix}${need}`) ?? [])
    let why: string
    if (reads !== undefined) {
      why = `its if: reads ${reads.reference}, from ${reads.source}, which was not rehearsed (empty here; on GitHub it has a value)`
    } else if (blocking.length > 0 && note.includes('did not succeed')) {
      why = `it needs ${blocking.join(', ')}, which was not rehearsed`
    } else {
      return note
    }
    this.jobs.set(at.key, `job ${at.label}`)
    this.lines.push(`job ${at.label}: skipped, ${why}`)
    const shapes =
      job.uses !== undefined
        ? [`calls ${job.uses}`]
        : jobPublishShapes(job, (step) => stepLabel(step))
    for (const shape of shapes)
      this.publishNotRun(`job ${at.label}`, `${shape} was skipped: ${why}`)
    return `skipped: ${why}`
  }

  /**
   * A step's end: a publish that was not rehearsed is one; a download of artifacts that fails
   * after something was not rehearsed most likely misses what that would have uploaded.
   */
  concluded(
    job: string,
    step: Step,
    record: StepRecord,
    ok: boolean,
    upstream: readonly string[] = [job],
  ): void {
    const where = `${job} › ${record.label}`
    if (record.status === 'not-rehearsed') {
      const shape = publishShape(step)
      if (shape !== undefined) this.publishNotRun(where, `${shape} is not rehearsed`)
      return
    }
    if (ok || !/^actions\/download-artifact@/.test(step.uses ?? '')) return
    // What was not rehearsed in this job or a job it needs: what could have uploaded the artifact.
    const before = this.lines.filter((line) =>
      upstream.some((label) => line.startsWith(`${label} `) || line.startsWith(`job ${label}`)),
    )
    if (before.length === 0) return
    const cause = `not rehearsed before it: ${before.join('; ')}`
    record.notRehearsedCause = cause
    record.notes.push(
      `this failure comes from what the rehearsal could not run (on GitHub the artifact would be there): ${cause}`,
    )
  }
}
