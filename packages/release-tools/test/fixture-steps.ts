// Steps of the doctor's fixture workflows (shapes taken from real repositories' release
// workflows), read as the tables read them: plain text, env merged workflow → job → step.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { stepContext } from '../src/index.js'
import type { PlainStep, StepContext } from '../src/index.js'

export const FIXTURES = join(import.meta.dirname, '../../cli/test/doctor/fixtures')

type Raw = Record<string, unknown>

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined

function strings(map: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries((map ?? {}) as Raw)) {
    const scalar = text(value)
    if (scalar !== undefined) result[key] = scalar
  }
  return result
}

export interface FixtureStep {
  job: string
  step: PlainStep
  context: StepContext
}

/** Every step of a fixture workflow, with its job's steps as its context. */
export function fixtureSteps(fixture: string, workflow: string): FixtureStep[] {
  const file = join(FIXTURES, fixture, '.github/workflows', workflow)
  const document = parse(readFileSync(file, 'utf8')) as Raw
  const found: FixtureStep[] = []
  for (const [id, job] of Object.entries((document.jobs ?? {}) as Record<string, Raw>)) {
    const steps = ((job.steps ?? []) as Raw[]).map((raw): PlainStep => ({
      uses: text(raw.uses),
      run: text(raw.run),
      with: strings(raw.with),
      env: { ...strings(document.env), ...strings(job.env), ...strings(raw.env) },
      name: text(raw.name),
    }))
    for (const step of steps)
      found.push({ job: id, step, context: stepContext(step, { jobSteps: steps }) })
  }
  return found
}
