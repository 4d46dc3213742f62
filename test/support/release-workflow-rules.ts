// The rules every release workflow of this repository keeps (workflows-examples/ and
// .github/workflows/), as a checker that returns one message per broken rule, so that the tests
// can run it both on the real files and on broken ones.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Mapping = Record<string, Json>

const SUITE_ACTION = /^(?:[\w.-]+\/tokenless\/actions\/|\.\/actions\/)([\w-]+)(?:@.*)?$/
const SUITE_WORKFLOW = /^(?:[\w.-]+\/tokenless\/\.github\/workflows\/|\.\/\.github\/workflows\/)/
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/
const VERSION_COMMENT = /#\s*v\d+(?:\.\d+){0,2}\b/
const REGISTRY_SECRET = /secrets\.(?!GITHUB_TOKEN\b)(\w*(?:NPM|PYPI|TWINE|NODE_AUTH|REGISTRY)\w*)/i
const REGISTRY_ENV =
  /^(NPM_TOKEN|NODE_AUTH_TOKEN|PYPI_API_TOKEN|PYPI_TOKEN|TWINE_PASSWORD|TWINE_USERNAME)$/
const FROM_VALIDATE = /^\$\{\{\s*needs\.validate\.outputs\.[\w-]+\s*\}\}$/
const FROM_MATRIX = /^\$\{\{\s*matrix\.[\w.-]+\s*\}\}$/

function asMap(value: Json | undefined): Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}
}

function asList(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** The source line of each `uses:` value, read from the YAML nodes (for the version comment). */
function usesLines(doc: Node | null, lines: LineCounter): Map<Node, number> {
  const found = new Map<Node, number>()
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value)) {
          found.set(pair.value, lines.linePos(pair.value.range?.[0] ?? 0).line)
        }
        visit(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item)
    }
  }
  visit(doc)
  return found
}

/** Returns the broken rules of one workflow file, each as `file: job: what is wrong`. */
export function checkReleaseWorkflow(text: string, file: string): string[] {
  const problems: string[] = []
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  if (document.errors.length > 0) return [`${file}: not valid YAML: ${document.errors[0]?.message}`]
  const workflow = asMap(document.toJS() as Json)
  const sourceLines = text.split('\n')
  const useLines = [...usesLines(document.contents, lineCounter).entries()].map(([node, line]) => ({
    uses: String((node as { value: unknown }).value),
    line,
  }))

  const permissions = workflow.permissions
  if (
    permissions === undefined ||
    typeof permissions !== 'object' ||
    Object.keys(asMap(permissions)).length > 0
  ) {
    problems.push(`${file}: the top-level permissions must be {} (each job asks for its own)`)
  }

  const jobs = asMap(workflow.jobs)
  const jobUses = (job: Mapping): string[] =>
    asList(job.steps).flatMap((step) => {
      const uses = asMap(step).uses
      return typeof uses === 'string' ? [uses] : []
    })
  const suiteAction = (uses: string): string | undefined => SUITE_ACTION.exec(uses)?.[1]
  const jobsUsing = (action: string): string[] =>
    Object.keys(jobs).filter((id) =>
      jobUses(asMap(jobs[id])).some((uses) => suiteAction(uses) === action),
    )
  const publishJobs = new Set(jobsUsing('publish-oidc'))
  const testJobs = jobsUsing('test-gate')
  const releasing = publishJobs.size > 0 || jobsUsing('create-release').length > 0

  for (const [id, value] of Object.entries(jobs)) {
    const job = asMap(value)
    const where = `${file}: job ${id}`
    const perms = asMap(job.permissions)
    const callsSuiteWorkflow = typeof job.uses === 'string' && SUITE_WORKFLOW.test(job.uses)
    if (perms['id-token'] === 'write' && !publishJobs.has(id) && !callsSuiteWorkflow) {
      problems.push(`${where}: has id-token: write but does not publish`)
    }
    if (publishJobs.has(id)) {
      if (perms['id-token'] !== 'write')
        problems.push(`${where}: publishes without id-token: write`)
      if (job.environment === undefined) problems.push(`${where}: publishes without an environment`)
      const others = jobUses(job).filter(
        (uses) =>
          suiteAction(uses) !== 'publish-oidc' && !uses.startsWith('actions/download-artifact@'),
      )
      const runs = asList(job.steps).filter((step) => asMap(step).run !== undefined)
      if (others.length > 0 || runs.length > 0) {
        problems.push(
          `${where}: runs more than the download and publish-oidc (${[...others, ...runs.map(() => 'run:')].join(', ')})`,
        )
      }
      const needs = asList(job.needs).map(String)
      if (testJobs.length > 0 && !testJobs.some((test) => needs.includes(test))) {
        problems.push(`${where}: publishes without needing the test job (${testJobs.join(', ')})`)
      }
    }
    const releases = jobUses(job).some((uses) => suiteAction(uses) === 'create-release')
    if (releases && /always\(\)/.test(JSON.stringify(job.if ?? ''))) {
      const needs = asList(job.needs).map(String)
      if (testJobs.length > 0 && !testJobs.some((test) => needs.includes(test))) {
        problems.push(
          `${where}: runs always() without needing the test job, so a failed test does not stop the release`,
        )
      }
    }
    if (testJobs.includes(id) && perms['id-token'] !== undefined) {
      problems.push(`${where}: the test job has an id-token permission`)
    }
    for (const [index, stepValue] of asList(job.steps).entries()) {
      const step = asMap(stepValue)
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        problems.push(
          `${where}: step ${index + 1} expands \${{ }} inside run: (pass it through env:)`,
        )
      }
      const uses = typeof step.uses === 'string' ? step.uses : undefined
      const action = uses === undefined ? undefined : suiteAction(uses)
      if ((action === 'publish-oidc' || action === 'create-release') && releasing) {
        const version = asMap(step.with).version
        const matrixFromValidate = JSON.stringify(asMap(job.strategy).matrix ?? null).includes(
          'needs.validate.outputs.',
        )
        const fromValidate =
          typeof version === 'string' &&
          (FROM_VALIDATE.test(version) || (FROM_MATRIX.test(version) && matrixFromValidate))
        if (!fromValidate) {
          problems.push(
            `${where}: ${action}'s version does not come from the validate job's outputs`,
          )
        }
      }
    }
  }

  for (const { uses, line } of useLines) {
    if (uses.startsWith('./') || suiteAction(uses) !== undefined || SUITE_WORKFLOW.test(uses)) {
      continue
    }
    if (!PINNED.test(uses)) {
      problems.push(`${file}:${line}: ${uses} is not pinned by a full commit SHA`)
    } else if (!VERSION_COMMENT.test(sourceLines[line - 1] ?? '')) {
      problems.push(`${file}:${line}: ${uses} has no version comment (# vX.Y.Z)`)
    }
  }

  sourceLines.forEach((line, index) => {
    const secret = REGISTRY_SECRET.exec(line.replace(/#.*$/, ''))
    if (secret) problems.push(`${file}:${index + 1}: references the registry secret ${secret[1]}`)
  })
  const visitEnv = (env: Json | undefined, where: string): void => {
    for (const name of Object.keys(asMap(env))) {
      if (REGISTRY_ENV.test(name)) problems.push(`${where}: sets ${name}, a registry credential`)
    }
  }
  visitEnv(workflow.env, file)
  for (const [id, value] of Object.entries(jobs)) {
    const job = asMap(value)
    visitEnv(job.env, `${file}: job ${id}`)
    for (const step of asList(job.steps)) visitEnv(asMap(step).env, `${file}: job ${id}`)
  }

  if (releasing) {
    const concurrency = asMap(workflow.concurrency)
    if (concurrency.group === undefined)
      problems.push(`${file}: a release workflow without concurrency`)
    else if (concurrency['cancel-in-progress'] !== false) {
      problems.push(
        `${file}: concurrency must not cancel a running release (cancel-in-progress: false)`,
      )
    }
  }
  return problems
}
