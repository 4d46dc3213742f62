// What each job does for a release, worked out once and shared by the rules: which steps
// publish, tag, test, build; which jobs are test jobs; which workflows are release workflows.
import {
  upstreamJobs,
  type SourceJob,
  type SourceStep,
  type SourceWorkflow,
} from '@tokenless/workflow'
import { neverRuns } from './job-conditions.js'
import type { Repository } from './repository.js'
import {
  buildRunBy,
  publishesOf,
  tagCreationsOf,
  testsRunBy,
  versionComputedBy,
} from './step-kinds.js'
import type { Publish, TagCreation } from './step-kinds.js'

export class ReleaseFacts {
  private readonly publishCache = new Map<SourceStep, Publish[]>()
  private readonly tagCache = new Map<SourceStep, TagCreation[]>()
  private readonly testCache = new Map<SourceStep, string | undefined>()
  private readonly buildCache = new Map<SourceStep, string | undefined>()
  private readonly versionCache = new Map<SourceStep, ReturnType<typeof versionComputedBy>>()

  constructor(readonly repository: Repository) {}

  get scripts(): Record<string, string> {
    return this.repository.packageScripts
  }

  publishes(step: SourceStep): Publish[] {
    let found = this.publishCache.get(step)
    if (!found)
      this.publishCache.set(
        step,
        (found = publishesOf(step, this.scripts, this.repository.releaseIt)),
      )
    return found
  }

  tags(step: SourceStep): TagCreation[] {
    let found = this.tagCache.get(step)
    if (!found)
      this.tagCache.set(
        step,
        (found = tagCreationsOf(step, this.scripts, this.repository.releaseIt)),
      )
    return found
  }

  tests(step: SourceStep): string | undefined {
    if (!this.testCache.has(step))
      this.testCache.set(
        step,
        testsRunBy(step, this.scripts, this.repository.cibuildwheelTests === true),
      )
    return this.testCache.get(step)
  }

  build(step: SourceStep): string | undefined {
    if (!this.buildCache.has(step)) this.buildCache.set(step, buildRunBy(step, this.scripts))
    return this.buildCache.get(step)
  }

  version(step: SourceStep): ReturnType<typeof versionComputedBy> {
    if (!this.versionCache.has(step))
      this.versionCache.set(step, versionComputedBy(step, this.scripts))
    return this.versionCache.get(step)
  }

  /** Publishes to npm, PyPI or TestPyPI made by the job's steps (none if the job never runs). */
  jobPublishes(job: SourceJob): Publish[] {
    if (neverRuns(job)) return []
    return job.steps.flatMap((step) => this.publishes(step)).filter((p) => p.registry !== 'other')
  }

  jobTags(job: SourceJob): TagCreation[] {
    if (neverRuns(job)) return []
    return job.steps.flatMap((step) => this.tags(step))
  }

  /** A job that runs tests: a test step, or a call of a reusable workflow that runs them. */
  isTestJob(job: SourceJob, seen = new Set<SourceWorkflow>()): boolean {
    if (job.steps.some((step) => this.tests(step) !== undefined)) return true
    const called = job.called
    if (called && !seen.has(called)) {
      seen.add(called)
      return called.jobs.some((inner) => this.isTestJob(inner, seen))
    }
    return false
  }

  /** A job that publishes, itself or through the reusable workflow it calls. */
  publishesAnywhere(job: SourceJob, seen = new Set<SourceWorkflow>()): boolean {
    if (this.jobPublishes(job).length > 0) return true
    const called = job.called
    if (called && !seen.has(called)) {
      seen.add(called)
      return called.jobs.some((inner) => this.publishesAnywhere(inner, seen))
    }
    return false
  }

  /** A workflow that publishes or creates tags or releases. */
  isReleaseWorkflow(workflow: SourceWorkflow): boolean {
    return workflow.jobs.some((job) => this.publishesAnywhere(job) || this.jobTags(job).length > 0)
  }

  publishesInWorkflow(workflow: SourceWorkflow): boolean {
    return workflow.jobs.some((job) => this.publishesAnywhere(job))
  }

  /** Whether tests run before `step` of `job`: earlier in the job, or in a job it waits for. */
  testedBefore(job: SourceJob, step: SourceStep): boolean {
    const index = job.steps.indexOf(step)
    if (
      job.steps
        .slice(0, index < 0 ? job.steps.length : index)
        .some((each) => this.tests(each) !== undefined)
    )
      return true
    return upstreamJobs(job).some((upstream) => this.isTestJob(upstream))
  }
}
