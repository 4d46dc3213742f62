// Registry credentials: long-lived tokens, setup-node's placeholder token, and an npm too old
// to do trusted publishing.
import { registryOfUrl } from '@tokenless/release-tools'
import {
  actionName,
  contextReferences,
  scanExpressions,
  type SourceFile,
  type SourceJob,
  type SourceStep,
  type SourceWorkflow,
  type YNode,
} from '@tokenless/workflow'
import { neverRuns } from '../job-conditions.js'
import { stepAnchor, type ReportOptions, type Rule } from '../rule.js'
import { isGithubToken, isTokenVariable, stepCommands, stepEnv } from '../step-kinds.js'
import type { RepositoryFiles } from '../step-kinds.js'

const TOKEN_SECRET = /(npm|pypi|twine|node_auth)/i
const PROXY_OPTIONS: ReportOptions = {
  severity: 'note',
  fix: 'Check what this token can do on that registry or proxy and keep it in an environment only the publishing job uses; if the service accepts short-lived credentials (OIDC), use those instead.',
}
/** Inputs that take a token the suite accepts on purpose (npm's OIDC cannot deprecate). */
const ALLOWED_TOKEN_INPUTS = new Set(['npm-deprecate-token'])

function registryOfName(name: string): 'npm' | 'PyPI' {
  return /pypi|twine|uv_publish|poetry|hatch|flit|maturin|pdm/i.test(name) ? 'PyPI' : 'npm'
}

/** Where a node is: the job and the step that hold it, when it is in a workflow's job. */
interface Place {
  job?: SourceJob
  step?: SourceStep
}

function walk(
  node: YNode,
  places: Map<unknown, Place>,
  visit: (node: YNode, key: string | undefined, place: Place) => void,
  key?: string,
  place: Place = {},
): void {
  const here = (node.node && places.get(node.node)) || place
  if (here.job && neverRuns(here.job)) return
  visit(node, key, here)
  if (node.isMap())
    for (const [name, value] of node.entries()) walk(value, places, visit, name, here)
  else if (node.isSeq()) for (const item of node.items()) walk(item, places, visit, undefined, here)
}

/** The jobs and steps of the workflows read from `file`, by their YAML node. */
function placesIn(workflows: SourceWorkflow[], file: SourceFile): Map<unknown, Place> {
  const places = new Map<unknown, Place>()
  for (const workflow of workflows) {
    if (workflow.file !== file) continue
    for (const job of workflow.jobs) {
      places.set(job.node.node, { job })
      for (const step of job.steps) if (!step.via) places.set(step.node.node, { job, step })
    }
  }
  return places
}

const LOCAL_HOST = /^(localhost|127\.[\d.]+|0\.0\.0\.0|\[::1\]|::1)$/i

/**
 * The upload goes to a server of the job itself: localhost, or a service container (by its name,
 * or through `job.services.<name>.ports`): a password for it is no registry token.
 */
function uploadsToLocalServer(place: Place): boolean {
  const { job, step } = place
  if (!job) return false
  const env = step ? stepEnv(step) : new Map<string, YNode>()
  if (!step) for (const [name, value] of job.env?.entries() ?? []) env.set(name, value)
  const urls = [
    ...['TWINE_REPOSITORY_URL', 'UV_PUBLISH_URL', 'PDM_PUBLISH_REPO', 'MATURIN_REPOSITORY_URL'].map(
      (name) => env.get(name)?.str(),
    ),
    ...['repository-url', 'repository_url'].map((name) => step?.with?.get(name)?.str()),
  ].filter((url): url is string => url !== undefined)
  const services = new Set(
    job.node
      .get('services')
      ?.entries()
      .map(([name]) => name) ?? [],
  )
  return urls.some((url) => {
    const host = /^\s*https?:\/\/([^/:]+|\[[^\]]+\])/i.exec(url)?.[1]
    return (
      host !== undefined &&
      (LOCAL_HOST.test(host) || services.has(host) || /job\.services\./.test(url))
    )
  })
}

/** setup-node's `registry-url` in the job, when it names a registry other than npm's. */
function otherNpmRegistry(place: Place): { url: string; line: number } | undefined {
  if (!place.job) return undefined
  const found = setupNodeSteps(place.job)
    .map((setup) => setup.with?.get('registry-url'))
    .filter((url): url is YNode => url !== undefined && url.str() !== undefined)
  if (found.length === 0) return undefined
  if (found.some((url) => url.str()!.includes('${{') || registryOfUrl(url.str()!) === 'npm'))
    return undefined
  return { url: found[0]!.str()!.trim(), line: found[0]!.pos().line }
}

/** `<what> <url>, the registry setup-node's registry-url names...`: what the token is for. */
function proxyTokenMessage(what: string, registry: { url: string; line: number }): string {
  return `${what} ${registry.url}, the registry setup-node's \`registry-url\` names (line ${registry.line}), not registry.npmjs.org: it is that registry's (or publish proxy's) token, not an npm token, and what it can do is what that service lets it do.`
}

/**
 * A token written into npm's configuration: `//host/:_authToken=...` in an .npmrc line, or by
 * `npm config set '//host/:_authToken'=...` (the key quoted) and `npm config set //host/:_authToken x`.
 */
const WRITES_AUTH_TOKEN = /_authToken['"]?\s*=|\bconfig\s+set\s+['"]?\S*_authToken['"]?\s+[^\s&|;]/

export const longLivedToken: Rule = {
  id: 'long-lived-token',
  severity: 'error',
  title:
    'A long-lived registry token is used (NPM_TOKEN, NODE_AUTH_TOKEN, PYPI_API_TOKEN, TWINE_PASSWORD, an .npmrc `_authToken`).',
  why: "A registry token lives until someone revokes it: when it expires or is rotated, npm answers the publish with E404 Not Found (not an auth error) and the release dies looking like a missing package; while it lives, any step that can read it (a test dependency, an action) can copy it and publish anything, from anywhere. A token for another registry or publish proxy (setup-node's `registry-url` is not registry.npmjs.org) is reported as a note; a password for a server of the job itself (localhost, a service container) and tokens in a job that can never run (it requires a tag ref no trigger gives) are not reported.",
  fix: 'Register a trusted publisher on the registry (npm: package settings → Trusted publishing; PyPI: project → Publishing) for this repository, workflow file and environment; give the publish job `id-token: write`; remove the token from the workflow and delete the secret.',
  bad: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24, registry-url: 'https://registry.npmjs.org' }
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
  good: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
  check({ repository, report }) {
    for (const file of repository.files) {
      const places = placesIn(repository.workflows, file)
      for (const document of file.documents) {
        const reported = new Set<string>()
        const once = (
          node: YNode,
          needle: string | undefined,
          message: string,
          options: ReportOptions = {},
        ) => {
          const position = needle === undefined ? node.pos() : node.find(needle)
          const key = `${position.line}:${position.column}`
          if (reported.has(key)) return
          reported.add(key)
          report(node, message, { needle, ...options })
        }
        walk(document, places, (node, key, place) => {
          const text = node.str()
          if (text === undefined || (key !== undefined && ALLOWED_TOKEN_INPUTS.has(key))) return
          const local = () => uploadsToLocalServer(place)
          const proxy = () => otherNpmRegistry(place)
          // A token variable set from a secret or a literal: `NODE_AUTH_TOKEN: ${{ secrets.X }}`.
          if (
            key !== undefined &&
            isTokenVariable(key) &&
            text.trim() !== '' &&
            !isGithubToken(text)
          ) {
            if (local()) return
            const literal = scanExpressions(text).found.length === 0 && !/^\$/.test(text.trim())
            const registry = registryOfName(key)
            const other = registry === 'npm' && !literal ? proxy() : undefined
            if (other) {
              once(
                node,
                undefined,
                proxyTokenMessage(`${key} hands a long-lived token (${text.trim()}) to`, other),
                PROXY_OPTIONS,
              )
              return
            }
            once(
              node,
              undefined,
              literal
                ? `${key} is set to a literal value: a ${registry} token written into the workflow file is readable by anyone who can read the repository, and it stops working (E404 on npm's upload, 403 on PyPI's) the day it expires or is revoked.`
                : `${key} hands a long-lived ${registry} token (${text.trim()}) to the publish. When it expires or is revoked, ${registry === 'npm' ? 'npm answers the upload with E404 Not Found, not an auth error' : 'PyPI answers 403 "Invalid or non-existent authentication information"'}; while it lives, any step that can read it can publish anything.`,
            )
            return
          }
          for (const { expression, start, end } of scanExpressions(text).found) {
            const span = { text: text.slice(start, end) }
            for (const path of contextReferences(expression, 'expression')) {
              const secret = /^secrets\.(.+)$/.exec(path)?.[1]
              if (!secret || !TOKEN_SECRET.test(secret) || /github/i.test(secret)) continue
              const registry = registryOfName(secret)
              const other = registry === 'npm' ? proxy() : undefined
              if (other) {
                once(
                  node,
                  span.text,
                  proxyTokenMessage(`${span.text} is a long-lived token for`, other),
                  PROXY_OPTIONS,
                )
                continue
              }
              once(
                node,
                span.text,
                `${span.text} is a long-lived ${registry} token. When it expires or is revoked, ${registry === 'npm' ? 'npm answers the upload with E404 Not Found, not an auth error' : 'PyPI answers 403 "Invalid or non-existent authentication information"'}, and the release dies halfway; while it lives, any step that can read it can copy it and publish anything.`,
              )
            }
          }
          if (key === 'run' && WRITES_AUTH_TOKEN.test(text)) {
            const line = text
              .split('\n')
              .find((each) => WRITES_AUTH_TOKEN.test(each))!
              .trim()
            once(
              node,
              line,
              'The script writes a registry token into .npmrc (`_authToken=`): npm then uses this token instead of trusted publishing, and when it expires the publish fails with E404 Not Found.',
            )
          }
        })
      }
    }
  },
}

/**
 * `${{ inputs.x }}` in a composite action's step, read from the `with:` of the step that uses the
 * action, or the input's default.
 */
function resolveActionInput(step: SourceStep, text: string | undefined): string | undefined {
  const name =
    text === undefined ? undefined : /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(text.trim())?.[1]
  if (name === undefined || !step.via || !step.action) return text
  const given = step.via.with?.get(name)?.str()
  if (given !== undefined) return given
  return (
    step.action.inputs
      .find((input) => input.name === name)
      ?.node.get('default')
      ?.str() ?? text
  )
}

/** The setup-node steps of a job. */
function setupNodeSteps(job: SourceJob): SourceStep[] {
  return job.steps.filter((step) => actionName(step.uses) === 'actions/setup-node')
}

export const setupNodeRegistryUrl: Rule = {
  id: 'setup-node-registry-url',
  severity: 'error',
  title: "setup-node's `registry-url` in a job that publishes to npm through trusted publishing.",
  why: 'With `registry-url`, setup-node writes an .npmrc with `_authToken=${NODE_AUTH_TOKEN}` and sets NODE_AUTH_TOKEN to the placeholder `XXXXX-XXXXX-XXXXX-XXXXX`. When the OIDC exchange fails (no trusted publisher yet, a renamed workflow file, a first publish) npm falls back to that placeholder without a word, and the failure shows as E401/E404 on the upload instead of an OIDC error; tokenless publish-oidc refuses to run with it.',
  fix: 'Remove `registry-url` from setup-node in the publishing job: npm reaches registry.npmjs.org by default and trusted publishing needs no .npmrc.',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm publish
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with:
          node-version: 24
      - run: npm publish
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        const oidc = facts.jobPublishes(job).filter((p) => p.registry === 'npm' && !p.usesToken)
        if (oidc.length === 0) continue
        for (const setup of setupNodeSteps(job)) {
          const url = setup.with?.get('registry-url')
          const value = url?.str()
          if (!url || !value || /npm\.pkg\.github\.com/.test(value)) continue
          const publishOidc = oidc.some((p) => p.publishOidc)
          report(
            setup.via ? stepAnchor(setup) : url,
            publishOidc
              ? `setup-node's \`registry-url\` writes an .npmrc with the placeholder token XXXXX-XXXXX-XXXXX-XXXXX in job "${job.id}": tokenless publish-oidc refuses to publish while a token is in reach, so this release stops here.`
              : `setup-node's \`registry-url\` writes an .npmrc whose token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX in job "${job.id}", which publishes through trusted publishing (${oidc[0]!.tool}): whenever the OIDC exchange fails, npm silently uses the placeholder and the publish fails with E401/E404 instead of saying why.`,
            {
              key: !setup.via,
              severity: publishOidc ? 'error' : 'warning',
            },
          )
        }
      }
    }
  },
}

/** Node versions as setup-node reads them: the lowest version the spec can resolve to. */
function nodeVersionOf(
  spec: string,
): { major: number; minor: number; patch: number; exact: boolean } | 'new' | undefined {
  const text = spec.trim().replace(/^v/, '')
  if (/^(latest|node|current|lts\/\*|lts\/krypton|lts\/-0)$/i.test(text)) return 'new'
  const codenames: Record<string, number> = {
    'lts/jod': 22,
    'lts/iron': 20,
    'lts/hydrogen': 18,
    'lts/gallium': 16,
    'lts/fermium': 14,
  }
  const codename = codenames[text.toLowerCase()]
  if (codename !== undefined) return { major: codename, minor: 99, patch: 0, exact: false }
  const match = /^(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/i.exec(text)
  if (!match) return undefined
  const minor = match[2] === undefined || match[2] === 'x' ? undefined : Number(match[2])
  const patch = match[3] === undefined || match[3] === 'x' ? undefined : Number(match[3])
  return {
    major: Number(match[1]),
    minor: minor ?? 99,
    patch: patch ?? 99,
    exact: minor !== undefined,
  }
}

/** Whether the npm a Node version bundles is older than 11.5.1 (Node below 24.5). */
function npmTooOldFor(version: NonNullable<ReturnType<typeof nodeVersionOf>>): boolean {
  if (version === 'new') return false
  return version.major < 24 || (version.major === 24 && version.exact && version.minor < 5)
}

/** Setup actions that install tools but not Node (or not by default). */
const NOT_NODE_SETUP = /^(actions\/setup-(?!node$)[\w-]+|pnpm\/action-setup|astral-sh\/setup-uv)$/

/**
 * A remote action (not in this repository) that may set up Node: one whose name says it sets
 * up tools (`org/config/.github/setup`, `volta-cli/action`), other than those known not to.
 */
function setsUpToolsRemotely(step: SourceStep): boolean {
  const uses = step.uses
  if (uses === undefined || step.via || /^(\.|\$\/|docker:\/\/)/.test(uses)) return false
  const name = actionName(uses)
  if (name === 'actions/setup-node' || NOT_NODE_SETUP.test(name)) return false
  return /setup|volta|mise|asdf|proto|toolchain/i.test(name)
}

/** The Node version the repository pins: .nvmrc, .node-version, or package.json's volta.node. */
function pinnedNodeVersion(files: RepositoryFiles): { file: string; spec: string } | undefined {
  for (const file of ['.nvmrc', '.node-version']) {
    const spec = files
      .read(file)
      ?.split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .find((line) => line !== '')
    if (spec !== undefined) return { file, spec }
  }
  try {
    const manifest = JSON.parse(files.read('package.json') ?? '{}') as {
      volta?: { node?: unknown }
    }
    const spec = manifest.volta?.node
    if (typeof spec === 'string') return { file: 'package.json (volta.node)', spec }
  } catch {
    // not JSON: nothing pinned there
  }
  return undefined
}

/** An `npm install -g npm@<version>` (or `npx npm@x`) giving npm >= 11.5.1. */
function upgradesNpm(step: SourceStep, scripts: Record<string, string>): boolean {
  return stepCommands(step, scripts).some((command) => {
    const words = command.words
    if (words[0] === 'corepack' && words.some((word) => /^npm@/.test(word)))
      return npmSpecOk(words.find((word) => /^npm@/.test(word))!)
    if (words[0] !== 'npm' && words[0] !== 'pnpm' && words[0] !== 'yarn') return false
    if (!words.some((word) => word === '-g' || word === '--global' || word === 'global'))
      return false
    const spec = words.slice(1).find((word) => word === 'npm' || word.startsWith('npm@'))
    return spec !== undefined && npmSpecOk(spec)
  })
}

function npmSpecOk(spec: string): boolean {
  const version = spec.slice('npm@'.length).replace(/^[\^~>=v]+/, '')
  if (spec === 'npm' || version === '' || /^(latest|next|\$|\$\{)/.test(version)) return true
  const [major = 0, minor = 0, patch = 0] = version
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0)
  return major > 11 || (major === 11 && (minor > 5 || (minor === 5 && patch >= 1)))
}

export const npmTooOld: Rule = {
  id: 'npm-too-old',
  severity: 'error',
  title:
    'npm publishes through trusted publishing with an npm older than 11.5.1 (Node below 22.14, or Node 22 without an npm upgrade).',
  why: "npm does the OIDC exchange only from 11.5.1 on; Node 22 and older bundle npm 10, and the runner's own Node is 20. An older npm never tries OIDC and the publish fails with ENEEDAUTH or E404, nothing about OIDC in the log. npm documents Node 22.14 as the minimum for trusted publishing. When no setup-node runs but a remote action that sets up tools does, the Node the repository pins (.nvmrc, .node-version, package.json `volta.node`) decides: a note when its npm is too old, nothing when it is new enough or nothing is pinned.",
  fix: 'Use `node-version: 24` in setup-node, or add `run: npm install -g npm@^11.5.1` before the publish (on Node 22.14 or later).',
  bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 22 }
      - run: npm publish --provenance --access public
`,
  good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 22 }
      - run: npm install -g npm@^11.5.1
      - run: npm publish --provenance --access public
`,
  check({ repository, facts, report }) {
    for (const workflow of repository.workflows) {
      for (const job of workflow.jobs) {
        const publish = facts
          .jobPublishes(job)
          .find(
            (p) =>
              p.registry === 'npm' &&
              !p.usesToken &&
              !p.publishOidc &&
              /^(npm publish|changeset publish|changesets\/action|JS-DevTools)/.test(p.tool),
          )
        if (!publish || job.container) continue
        const before = job.steps.slice(0, Math.max(0, job.steps.indexOf(publish.step)))
        const upgraded =
          before.some((step) => upgradesNpm(step, repository.packageScripts)) ||
          upgradesNpm(publish.step, repository.packageScripts)
        const setup = setupNodeSteps(job)
          .filter((step) => before.includes(step))
          .pop()
        const line = stepAnchor(publish.step).pos().line
        if (!setup) {
          if (upgraded) continue
          const remote = before.find((step) => setsUpToolsRemotely(step))
          if (remote) {
            // The action may install Node: what the repository pins says which, if anything.
            const pinned = pinnedNodeVersion(repository.scriptFiles)
            const version = pinned && nodeVersionOf(pinned.spec)
            if (!pinned || version === undefined || !npmTooOldFor(version)) continue
            report(
              job.node,
              `Job "${job.id}" publishes through trusted publishing (${publish.tool}, line ${line}) after \`${remote.uses}\` (line ${stepAnchor(remote).pos().line}) sets up its tools, which doctor cannot read: if it installs the Node that ${pinned.file} names (${pinned.spec}), that Node's npm is older than 11.5.1, never tries OIDC, and the publish fails with ENEEDAUTH or E404.`,
              {
                key: true,
                severity: 'note',
                fix: `Pin Node 24 or later in ${pinned.file}, or add \`run: npm install -g npm@^11.5.1\` before the publish.`,
              },
            )
            continue
          }
          report(
            job.node,
            `Job "${job.id}" publishes through trusted publishing (${publish.tool}, line ${line}) with the runner's own Node and npm (Node 20 with npm 10 on ubuntu-latest): npm before 11.5.1 never tries OIDC, so the publish fails with ENEEDAUTH or E404.`,
            {
              key: true,
              fix: 'Add actions/setup-node with `node-version: 24` before the publish (or `run: npm install -g npm@^11.5.1` on Node 22.14 or later).',
            },
          )
          continue
        }
        const input = setup.with?.get('node-version')
        const spec = resolveActionInput(setup, input?.str())
        if (spec === undefined || spec.includes('${{')) continue
        const version = nodeVersionOf(spec)
        if (version === undefined || version === 'new') continue
        const anchor = setup.via ? stepAnchor(setup) : input!
        const below2214 = version.major < 22 || (version.major === 22 && version.minor < 14)
        if (below2214) {
          report(
            anchor,
            `Node ${spec} is below 22.14.0, the minimum npm documents for trusted publishing, and its npm (10 or older) never tries OIDC: ${publish.tool} (line ${line}) fails with ENEEDAUTH or E404.`,
            {
              key: !setup.via,
              fix: 'Use `node-version: 24` in setup-node for the publishing job.',
            },
          )
        } else if (
          !upgraded &&
          (version.major < 24 || (version.major === 24 && version.exact && version.minor < 5))
        ) {
          report(
            anchor,
            `Node ${spec} bundles npm ${version.major === 24 ? '11.3 or 11.4' : '10'}, older than 11.5.1, and nothing upgrades npm before ${publish.tool} (line ${line}): npm never tries OIDC and the publish fails with ENEEDAUTH or E404.`,
            {
              key: !setup.via,
              fix: 'Use `node-version: 24`, or add `run: npm install -g npm@^11.5.1` before the publish.',
            },
          )
        }
      }
    }
  },
}
