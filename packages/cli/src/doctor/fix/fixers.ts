// What `tokenless doctor --fix` rewrites, one fixer per rule: each reads the workflow as doctor
// did and returns text edits for the findings of its rule in one file, and says what it changed.
import {
  actionName,
  environmentName,
  type SourceFile,
  type SourceJob,
  type SourceWorkflow,
  type YNode,
} from '@tokenless/workflow'
import type { ReleaseFacts } from '../release-facts.js'
import type { Repository } from '../repository.js'
import type { Finding } from '../rule.js'
import { isGithubToken, isTokenVariable } from '../step-kinds.js'
import {
  insertBeforeItem,
  insertEntry,
  insertUnderKey,
  removeEntries,
  replaceEntry,
  replaceScalar,
  type NewEntry,
  type TextEdit,
} from './text-edits.js'

export const ENVIRONMENT = 'release'
export const NPM_UPGRADE = 'npm install -g npm@^11.5.1'

export interface FixContext {
  repository: Repository
  facts: ReleaseFacts
  file: SourceFile
  /** The findings of the fixer's rule in this file. */
  findings: Finding[]
}

export interface FixPlan {
  edits: TextEdit[]
  /** One line per change, for the maintainer. */
  changes: string[]
  /** Secrets the workflow no longer reads (to delete by hand). */
  secrets: string[]
}

export interface Fixer {
  rule: string
  fix(context: FixContext): FixPlan
}

function workflowsOf({ repository, file }: FixContext): SourceWorkflow[] {
  return repository.workflows.filter((workflow) => workflow.file === file)
}

function reported(context: FixContext, node: YNode | undefined, key = false): boolean {
  if (!node) return false
  const line = key ? node.keyPos().line : node.pos().line
  return context.findings.some((finding) => finding.position.line === line)
}

const plan = (): FixPlan => ({ edits: [], changes: [], secrets: [] })

function add(target: FixPlan, edits: TextEdit[] | TextEdit | undefined, change: string): void {
  if (edits === undefined) return
  const list = Array.isArray(edits) ? edits : [edits]
  if (list.length === 0) return
  target.edits.push(...list)
  target.changes.push(change)
}

function secretsIn(text: string): string[] {
  return [...text.matchAll(/secrets\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!)
}

/** A map's entries that hand a registry token over: `NODE_AUTH_TOKEN: ${{ secrets.X }}`. */
function tokenEntries(map: YNode | undefined, context: FixContext, keys?: string[]): string[] {
  return (map?.entries() ?? [])
    .filter(([key, value]) => {
      const text = value.str()?.trim() ?? ''
      if (text === '' || isGithubToken(text)) return false
      return (keys ? keys.includes(key) : isTokenVariable(key)) && reported(context, value)
    })
    .map(([key]) => key)
}

function removeTokens(
  target: FixPlan,
  context: FixContext,
  where: { map: YNode | undefined; parent?: { map: YNode; key: string }; keys?: string[] },
  said: string,
): void {
  const keys = tokenEntries(where.map, context, where.keys)
  if (keys.length === 0 || !where.map) return
  const secrets = keys.flatMap((key) => secretsIn(where.map!.get(key)?.str() ?? ''))
  const edits = removeEntries(context.file, where.map, keys, where.parent)
  if (!edits) return
  add(target, edits, `removed ${keys.join(', ')} ${said}`)
  target.secrets.push(...secrets)
}

const longLivedToken: Fixer = {
  rule: 'long-lived-token',
  fix(all) {
    // A note is a token for another registry or publish proxy: trusted publishing cannot replace it.
    const context = { ...all, findings: all.findings.filter((f) => f.severity !== 'note') }
    const result = plan()
    for (const workflow of workflowsOf(context)) {
      const publishing = workflow.jobs.filter((job) => context.facts.jobPublishes(job).length > 0)
      if (publishing.length === 0) continue
      removeTokens(
        result,
        context,
        { map: workflow.env, parent: { map: workflow.node, key: 'env' } },
        'from the workflow env',
      )
      for (const job of publishing) {
        removeTokens(
          result,
          context,
          { map: job.env, parent: { map: job.node, key: 'env' } },
          `from job "${job.id}"`,
        )
        for (const step of job.steps) {
          if (step.via) continue
          const where = `from ${step.name ? `step "${step.name}"` : 'a step'} of job "${job.id}"`
          removeTokens(
            result,
            context,
            { map: step.env, parent: { map: step.node, key: 'env' } },
            where,
          )
          if (actionName(step.uses) === 'pypa/gh-action-pypi-publish')
            removeTokens(
              result,
              context,
              { map: step.with, parent: { map: step.node, key: 'with' }, keys: ['password'] },
              `(the input of pypa/gh-action-pypi-publish) ${where}`,
            )
        }
      }
    }
    return result
  },
}

const setupNodeRegistryUrl: Fixer = {
  rule: 'setup-node-registry-url',
  fix(context) {
    const result = plan()
    for (const workflow of workflowsOf(context))
      for (const job of workflow.jobs)
        for (const step of job.steps) {
          if (step.via || actionName(step.uses) !== 'actions/setup-node' || !step.with) continue
          if (!reported(context, step.with.get('registry-url'), true)) continue
          add(
            result,
            removeEntries(context.file, step.with, ['registry-url'], {
              map: step.node,
              key: 'with',
            }),
            `removed setup-node's \`registry-url\` from job "${job.id}"`,
          )
        }
    return result
  },
}

/** Permissions as `key: value` pairs, in the order written. */
function grantsOf(node: YNode): [string, string][] {
  return node.entries().flatMap(([key, value]) => {
    const text = value.str()
    return text === undefined ? [] : [[key, text] as [string, string]]
  })
}

function permissionsEntry(grants: readonly [string, string][]): NewEntry {
  if (grants.length === 0) return { block: ['permissions: {}'], flow: 'permissions: {}' }
  return {
    block: ['permissions:', ...grants.map(([key, value]) => `  ${key}: ${value}`)],
    flow: `permissions: { ${grants.map(([key, value]) => `${key}: ${value}`).join(', ')} }`,
  }
}

/** Where a new key of a job goes: after these, else first. */
const JOB_HEAD = ['runs-on', 'needs', 'if', 'name']

const idTokenAtWorkflowLevel: Fixer = {
  rule: 'id-token-at-workflow-level',
  fix(context) {
    const result = plan()
    for (const workflow of workflowsOf(context)) {
      const permissions = workflow.permissions
      if (!permissions || permissions.writeAll || !reported(context, permissions.node, true))
        continue
      if (!permissions.node.isMap()) continue
      const others = grantsOf(permissions.node).filter(([key]) => key !== 'id-token')
      const moved: string[] = []
      const edits: TextEdit[] = []
      for (const job of workflow.jobs) {
        if (job.permissions) continue
        const publishes = context.facts.publishesAnywhere(job)
        const grants: [string, string][] = publishes ? [...others, ['id-token', 'write']] : others
        if (publishes) moved.push(`"${job.id}"`)
        const edit = insertEntry(context.file, job.node, permissionsEntry(grants), JOB_HEAD)
        if (!edit) return plan()
        edits.push(edit)
      }
      const top = replaceEntry(context.file, workflow.node, 'permissions', ['permissions: {}'])
      if (!top) continue
      add(
        result,
        [top, ...edits],
        `\`permissions: {}\` at the top; each job keeps what it had${others.length > 0 ? ` (${others.map(([key, value]) => `${key}: ${value}`).join(', ')})` : ''}, and \`id-token: write\` is granted only to ${moved.length > 0 ? `job${moved.length > 1 ? 's' : ''} ${moved.join(', ')}` : 'no job'}`,
      )
    }
    return result
  },
}

const publishWithoutIdToken: Fixer = {
  rule: 'publish-without-id-token',
  fix(context) {
    const result = plan()
    for (const workflow of workflowsOf(context))
      for (const job of workflow.jobs) {
        const anchor = job.permissions?.node ?? job.node
        if (!reported(context, anchor, true) && !reported(context, job.uses)) continue
        const said = `granted \`id-token: write\` to job "${job.id}"`
        if (job.permissions) {
          if (!job.permissions.node.isMap()) continue
          const edit = insertEntry(
            context.file,
            job.permissions.node,
            {
              block: ['id-token: write'],
              flow: 'id-token: write',
            },
            grantsOf(job.permissions.node)
              .map(([key]) => key)
              .reverse(),
          )
          add(result, edit, said)
          continue
        }
        const inherited = workflow.permissions?.node.isMap()
          ? grantsOf(workflow.permissions.node).filter(([key]) => key !== 'id-token')
          : [['contents', 'read'] as [string, string]]
        add(
          result,
          insertEntry(
            context.file,
            job.node,
            permissionsEntry([...inherited, ['id-token', 'write']]),
            JOB_HEAD,
          ),
          `${said} (with ${inherited.map(([key, value]) => `${key}: ${value}`).join(', ') || 'nothing else'})`,
        )
      }
    return result
  },
}

const publishWithoutEnvironment: Fixer = {
  rule: 'publish-without-environment',
  fix(context) {
    const result = plan()
    for (const workflow of workflowsOf(context))
      for (const job of workflow.jobs) {
        if (!reported(context, job.node, true) || environmentName(job) !== '') continue
        add(
          result,
          insertEntry(
            context.file,
            job.node,
            { block: [`environment: ${ENVIRONMENT}`], flow: `environment: ${ENVIRONMENT}` },
            JOB_HEAD,
          ),
          `added \`environment: ${ENVIRONMENT}\` to job "${job.id}"`,
        )
      }
    return result
  },
}

/** The lowest Node a setup-node spec gives: below 22.14 needs Node 24, else an npm upgrade does. */
function belowNode2214(spec: string): boolean {
  const match = /^v?(\d+)(?:\.(\d+|x))?/i.exec(spec.trim())
  if (!match) return /^lts\/(iron|hydrogen|gallium|fermium)$/i.test(spec.trim())
  const major = Number(match[1])
  const minor = match[2] === undefined || match[2] === 'x' ? 99 : Number(match[2])
  return major < 22 || (major === 22 && minor < 14)
}

function npmPublishStep(context: FixContext, job: SourceJob) {
  return context.facts
    .jobPublishes(job)
    .find((p) => p.registry === 'npm' && !p.usesToken && !p.step.via)?.step
}

const npmTooOld: Fixer = {
  rule: 'npm-too-old',
  fix(context) {
    const result = plan()
    for (const workflow of workflowsOf(context))
      for (const job of workflow.jobs)
        for (const step of job.steps) {
          const version = step.with?.get('node-version')
          if (step.via || actionName(step.uses) !== 'actions/setup-node') continue
          if (!version || !reported(context, version, true)) continue
          const spec = version.str() ?? ''
          if (belowNode2214(spec)) {
            add(
              result,
              replaceScalar(version, '24'),
              `set node-version ${spec} to 24 in job "${job.id}" (npm 11.5.1 or later, for trusted publishing)`,
            )
            continue
          }
          const publish = npmPublishStep(context, job)
          if (!publish) continue
          add(
            result,
            insertBeforeItem(context.file, publish.node, [
              'name: npm 11.5.1 or later, for trusted publishing',
              `run: ${NPM_UPGRADE}`,
            ]),
            `added \`${NPM_UPGRADE}\` before the publish in job "${job.id}" (Node ${spec} bundles an older npm)`,
          )
        }
    return result
  },
}

const releaseTriggerTypes: Fixer = {
  rule: 'release-trigger-types',
  fix(context) {
    const result = plan()
    if (!context.findings.some((finding) => finding.message.startsWith('`release:` has no')))
      return result
    for (const workflow of workflowsOf(context)) {
      const release = workflow.events.get('release')
      if (!release || release.get('types')) continue
      const edit = release.isMap()
        ? insertEntry(context.file, release, {
            block: ['types: [published]'],
            flow: 'types: [published]',
          })
        : insertUnderKey(context.file, release, ['types: [published]'])
      add(result, edit, 'added `types: [published]` to the `release:` trigger')
    }
    return result
  },
}

const releaseWithoutConcurrency: Fixer = {
  rule: 'release-without-concurrency',
  fix(context) {
    const result = plan()
    for (const workflow of workflowsOf(context)) {
      if (workflow.concurrency || context.findings.length === 0) continue
      const group = 'release-${{ github.ref }}'
      add(
        result,
        insertEntry(
          context.file,
          workflow.node,
          {
            block: ['concurrency:', `  group: ${group}`, '  cancel-in-progress: false'],
            flow: `concurrency: { group: ${group}, cancel-in-progress: false }`,
          },
          ['permissions', 'on', 'run-name', 'name'],
        ),
        `added \`concurrency: { group: ${group}, cancel-in-progress: false }\` (one release run at a time per ref, none cancelled)`,
      )
    }
    return result
  },
}

/** The fixers in the order they run: tokens first, so that the jobs they free are seen as OIDC publishes. */
export const FIXERS: readonly Fixer[] = [
  longLivedToken,
  setupNodeRegistryUrl,
  idTokenAtWorkflowLevel,
  publishWithoutIdToken,
  publishWithoutEnvironment,
  npmTooOld,
  releaseTriggerTypes,
  releaseWithoutConcurrency,
]

export const FIXABLE_RULES: readonly string[] = FIXERS.map((fixer) => fixer.rule)

/** What `--fix` does for each rule it answers (the rules README says it under each rule). */
export const FIX_DOCS: Readonly<Record<string, string>> = {
  'long-lived-token':
    "removes `NODE_AUTH_TOKEN`, `NPM_TOKEN`, `TWINE_PASSWORD` and the other registry token variables (and pypa/gh-action-pypi-publish's `password:`) from the jobs that publish, an `env:` left empty with them, and names the secrets to delete. An `_authToken` written by a script is left to you.",
  'setup-node-registry-url': "removes setup-node's `registry-url` from the publishing job.",
  'id-token-at-workflow-level':
    'sets `permissions: {}` at the top and gives each job without `permissions:` what the workflow granted, `id-token: write` only to the jobs that publish (not for `write-all`).',
  'publish-without-id-token':
    "adds `id-token: write` to the job's `permissions:` (a job without them gets the workflow's, or `contents: read`, and `id-token: write`).",
  'publish-without-environment': 'adds `environment: release` to the job, after `runs-on:`.',
  'npm-too-old':
    "sets setup-node's `node-version` to 24 when it is below 22.14, else adds a step `npm install -g npm@^11.5.1` before the publish (a job without setup-node is left to you).",
  'release-trigger-types':
    'adds `types: [published]` to a `release:` trigger that has no `types:`.',
  'release-without-concurrency':
    'adds `concurrency: { group: release-${{ github.ref }}, cancel-in-progress: false }` at the top.',
}
