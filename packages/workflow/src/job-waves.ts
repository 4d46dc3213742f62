import type { Workflow } from './model.js'
import { WorkflowError } from './workflow-error.js'

/**
 * The jobs in the order `needs:` allows, as waves: every job of a wave needs only jobs of earlier
 * waves, so a wave's jobs may run together. Within a wave, jobs keep their file order.
 * A need that names no job, or needs that form a cycle, are a WorkflowError at the `needs:` line.
 */
export function jobWaves(workflow: Workflow): string[][] {
  const ids = workflow.jobs.map((job) => job.id)
  const known = new Set(ids)
  for (const job of workflow.jobs) {
    for (const need of job.needs) {
      if (!known.has(need)) {
        throw new WorkflowError(
          { file: workflow.file, line: workflow.lineOf(['jobs', job.id, 'needs']) },
          `job '${job.id}' needs '${need}', but there is no job '${need}'. Name one of: ${ids.join(', ')}.`,
        )
      }
      if (need === job.id) {
        throw new WorkflowError(
          { file: workflow.file, line: workflow.lineOf(['jobs', job.id, 'needs']) },
          `job '${job.id}' needs itself, so it can never start. Remove '${need}' from its needs.`,
        )
      }
    }
  }
  const waves: string[][] = []
  const done = new Set<string>()
  let pending = workflow.jobs
  while (pending.length > 0) {
    const wave = pending.filter((job) => job.needs.every((need) => done.has(need)))
    if (wave.length === 0) {
      const cycle = findCycle(pending.map((job) => ({ id: job.id, needs: job.needs })))
      const first = cycle[0]!
      throw new WorkflowError(
        { file: workflow.file, line: workflow.lineOf(['jobs', first, 'needs']) },
        `jobs ${[...cycle, first].map((id) => `'${id}'`).join(' -> ')} need each other in a cycle, so none of them can start. Remove one of these needs.`,
      )
    }
    for (const job of wave) done.add(job.id)
    waves.push(wave.map((job) => job.id))
    pending = pending.filter((job) => !done.has(job.id))
  }
  return waves
}

// Walks needs from a job that cannot start until it comes back to a job already on the path.
// Every job left here waits on another left here, so the walk always closes a loop.
function findCycle(jobs: Array<{ id: string; needs: string[] }>): string[] {
  const byId = new Map(jobs.map((job) => [job.id, job]))
  const path: string[] = []
  let current = jobs[0]!
  while (!path.includes(current.id)) {
    path.push(current.id)
    const next = current.needs.map((need) => byId.get(need)).find((job) => job !== undefined)
    if (next === undefined) break
    current = next
  }
  return path.slice(path.indexOf(current.id))
}
