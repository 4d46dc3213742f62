// `github.event.push.ref` reads as if it were the pushed ref, but no event's payload has a `push`
// field: the expression is always empty. In a concurrency group it makes one group for every run.
import { contextReferences } from '@tokenless/workflow'
import type { SourceWorkflow, YNode } from '@tokenless/workflow'
import type { Rule, RuleContext } from '../rule.js'

/**
 * Event names that are no field of any webhook payload, and where what was meant lives: the
 * payload of `push` has `ref` at its top, `pull_request_target`'s pull request is under
 * `pull_request`, `issues`' issue under `issue`.
 */
const MEANT: Record<string, string> = {
  push: '',
  workflow_dispatch: '',
  workflow_call: '',
  create: '',
  delete: '',
  repository_dispatch: '',
  status: '',
  watch: '',
  public: '',
  fork: '',
  gollum: '',
  pull_request_target: 'pull_request',
  issues: 'issue',
  issue_comment: 'comment',
  pull_request_review: 'review',
  pull_request_review_comment: 'comment',
}

const REFERENCE = /^github\.event\.([a-z_]+)((?:\.[\w-]+|\[[^\]]*\])*)/

interface Missing {
  node: YNode
  path: string
  meant: string
}

/** Every `github.event.<event name>…` reference in the workflow's expressions. */
function missingFields(workflow: SourceWorkflow): Missing[] {
  const found: Missing[] = []
  const visit = (node: YNode, key: string | undefined, depth: number): void => {
    if (depth > 40) return
    if (node.isMap()) {
      for (const [name, value] of node.entries()) visit(value, name, depth + 1)
      return
    }
    if (node.isSeq()) {
      for (const item of node.items()) visit(item, undefined, depth + 1)
      return
    }
    const text = node.str()
    if (text === undefined) return
    const form = key === 'if' && !text.includes('${{') ? 'expression' : 'template'
    if (!text.includes('github.event.')) return
    for (const path of new Set(contextReferences(text, form))) {
      const match = REFERENCE.exec(path)
      if (!match || !(match[1]! in MEANT)) continue
      const inner = MEANT[match[1]!]!
      const rest = match[2] ?? ''
      const meant =
        match[1] === 'workflow_call'
          ? `inputs${rest}`
          : `github.event${inner === '' ? '' : `.${inner}`}${rest}`
      found.push({ node, path, meant })
    }
  }
  visit(workflow.node, undefined, 0)
  return found
}

function isConcurrencyGroup(workflow: SourceWorkflow, node: YNode): YNode | undefined {
  const groups = [workflow.concurrency, ...workflow.jobs.map((job) => job.concurrency)]
  for (const concurrency of groups) {
    if (concurrency === undefined) continue
    if (concurrency.node === node.node) return concurrency
    if (concurrency.get('group')?.node === node.node) return concurrency
  }
  return undefined
}

export const eventFieldMissing: Rule = {
  id: 'event-field-missing',
  severity: 'error',
  title: 'An expression reads `github.event.<event name>.…`, a field no event payload has.',
  why: "`github.event` is the payload of the event that started the run, and no payload has a field named after its event: `github.event.push.ref` is always empty (the pushed ref is `github.event.ref`). Nothing fails: the condition is false, the text is blank, and a concurrency group keyed on it is the same for every run, so a release waits for, or is cancelled by, another tag's release.",
  fix: 'Read the field where the payload has it: `github.event.ref` or `github.ref` for a push, `github.event.inputs.<name>` or `inputs.<name>` for a dispatch, `github.event.pull_request` under `pull_request_target`, `inputs.<name>` in a reusable workflow.',
  bad: `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency:
  group: publish-\${{ github.event.push.ref }}
  cancel-in-progress: true
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  good: `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency:
  group: publish-\${{ github.ref }}
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
  check({ repository, facts, report }: RuleContext) {
    for (const workflow of repository.workflows) {
      for (const { node, path, meant } of missingFields(workflow)) {
        const event = REFERENCE.exec(path)![1]!
        const head = `\`${path}\` is always empty: no event's payload has a field named \`${event}\`.`
        const concurrency = isConcurrencyGroup(workflow, node)
        if (concurrency === undefined) {
          report(node, `${head} Read \`${meant}\` instead.`, { needle: path, severity: 'warning' })
          continue
        }
        const cancels = concurrency.get('cancel-in-progress')?.str() === 'true'
        const releases = facts.isReleaseWorkflow(workflow)
        report(
          node,
          `${head} This concurrency group is therefore the same for every run${cancels ? ', and with cancel-in-progress: true each run cancels the one before it, whatever tag or branch that one was releasing' : ': each run waits for the one before it, whatever tag or branch that one was releasing'}. Key the group on \`${meant}\`${event === 'push' ? ' (or `github.ref`)' : ''}.`,
          { needle: path, severity: cancels && releases ? 'error' : 'warning' },
        )
      }
    }
  },
}
