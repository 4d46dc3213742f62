// A composite action in the repository (`uses: ./path`, `runs.using: composite`): its steps run
// one by one as the runner runs them, each through its own executor, with the action's `inputs`,
// its own `steps` context, `github.action_path`, GITHUB_ENV and GITHUB_PATH carried from step to
// step, and its `outputs` mapped onto the calling step's.
import { randomBytes } from 'node:crypto'
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  evaluateCondition,
  findActionFile,
  interpolate,
  type Step,
  type Value,
} from '@tokenless/workflow'
import { parse } from 'yaml'
import { parseKeyValueFile, parsePathFile } from '../runner-files.js'
import type { StepExecutor, StepHost, StepRun } from './step-executor.js'

interface CompositeStep {
  id?: string
  name?: string
  if?: string | boolean
  uses?: string
  run?: string
  shell?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  'working-directory'?: string
  'continue-on-error'?: boolean | string
}

interface CompositeFile {
  inputs?: Record<string, { default?: unknown } | null>
  outputs?: Record<string, { value?: unknown } | null>
  runs?: { steps?: CompositeStep[] }
}

/** A YAML scalar as text (a mapping or list as JSON). */
function scalar(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value) ?? ''
}

type Factory = (host: StepHost, step: Step, workspace: string) => StepExecutor

function texts(
  values: Record<string, unknown> | undefined,
  contexts: Record<string, Value>,
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(values ?? {}))
    result[name] = interpolate(scalar(value), { contexts })
  return result
}

function readText(file: string | undefined): string {
  if (file === undefined) return ''
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** One step of the composite: its values evaluated, then its executor. */
async function runOne(
  host: StepHost,
  run: StepRun,
  sub: {
    raw: CompositeStep
    index: number
    contexts: Record<string, Value>
    env: Record<string, string>
  },
  stepExecutor: Factory,
): Promise<{ ok: boolean; outputs: Record<string, string> }> {
  const { raw, contexts } = sub
  const output = join(run.runnerTemp, `composite_output_${randomBytes(6).toString('hex')}`)
  writeFileSync(output, '')
  const step: Step = {
    index: sub.index,
    ...(raw.id === undefined ? {} : { id: raw.id }),
    ...(raw.name === undefined ? {} : { name: raw.name }),
    ...(raw.uses === undefined ? {} : { uses: raw.uses }),
    ...(raw.run === undefined ? {} : { run: raw.run }),
    with: raw.with ?? {},
    env: raw.env ?? {},
    line: run.step.line,
  }
  const stepEnv = texts(raw.env, contexts)
  const label = raw.name ?? (raw.uses !== undefined ? `Run ${raw.uses}` : `Run ${raw.run ?? ''}`)
  run.log(`▸ ${interpolate(label, { contexts })}`)
  const ok = await stepExecutor(host, step, run.workspace).main({
    ...run,
    step,
    contexts,
    inputs: texts(raw.with, contexts),
    script: {
      text: interpolate(raw.run ?? '', { contexts }),
      shell: raw.shell,
      workingDirectory: raw['working-directory'],
    },
    env: { ...sub.env, ...stepEnv, GITHUB_OUTPUT: output },
  })
  return { ok, outputs: parseKeyValueFile(readText(output), output) }
}

export function compositeAction(host: StepHost, dir: string, factory: Factory): StepExecutor {
  return {
    kind: 'action',
    async main(run: StepRun): Promise<boolean> {
      const file = findActionFile(dir)
      const action = (parse(readText(file)) ?? {}) as CompositeFile
      const inputs: Record<string, Value> = {}
      for (const [name, spec] of Object.entries(action.inputs ?? {}))
        inputs[name] = interpolate(scalar(spec?.default), { contexts: run.contexts })
      Object.assign(inputs, run.inputs)
      const github = { ...(run.contexts.github as Record<string, Value>), action_path: dir }
      const steps: Record<string, Value> = {}
      let env: Record<string, string> = { ...run.env, GITHUB_ACTION_PATH: dir }
      let failed = false
      const seenEnv = readText(run.env.GITHUB_ENV).length
      for (const [index, raw] of (action.runs?.steps ?? []).entries()) {
        const contexts = { ...run.contexts, github, inputs, steps }
        const go = evaluateCondition(raw.if ?? undefined, {
          contexts,
          status: { success: !failed, failure: failed, cancelled: false },
        })
        const id = raw.id ?? `__composite_${index}`
        if (!go) {
          steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
          continue
        }
        const result = await runOne(host, run, { raw, index, contexts, env }, factory)
        const tolerated = String(raw['continue-on-error'] ?? 'false') === 'true'
        const outcome = result.ok ? 'success' : 'failure'
        steps[id] = {
          outputs: result.outputs,
          outcome,
          conclusion: result.ok || tolerated ? 'success' : 'failure',
        }
        if (!result.ok && !tolerated) failed = true
        // What a step wrote to GITHUB_ENV and GITHUB_PATH holds for the steps after it.
        const envText = readText(run.env.GITHUB_ENV).slice(seenEnv)
        const path = parsePathFile(readText(run.env.GITHUB_PATH)).reverse()
        env = {
          ...env,
          ...parseKeyValueFile(envText, run.env.GITHUB_ENV ?? ''),
          PATH: [...path, run.env.PATH ?? ''].join(':'),
        }
      }
      const contexts = { ...run.contexts, github, inputs, steps }
      for (const [name, spec] of Object.entries(action.outputs ?? {})) {
        const value = interpolate(scalar(spec?.value), { contexts })
        const delimiter = `ghadelimiter_${randomBytes(8).toString('hex')}`
        if (run.env.GITHUB_OUTPUT !== undefined)
          appendFileSync(run.env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`)
      }
      run.stepRecord.notes.push(
        `composite action ${dir.slice(run.workspace.length + 1) || dir}: ${(action.runs?.steps ?? []).length} step(s) run one by one`,
      )
      return !failed
    },
  }
}
