// Rules about the files themselves rather than the release: YAML that does not parse, and
// `# tokenless-ignore:` comments that do not say what they ignore or why. The checks run in
// analyze.ts, which reads every file and every directive; these entries carry their docs.
import type { Rule } from '../rule.js'

export const invalidYaml: Rule = {
  id: 'invalid-yaml',
  severity: 'error',
  title: 'A workflow or action file that is not valid YAML.',
  why: 'GitHub does not run a workflow it cannot parse, and shows the error only on the Actions tab: the release workflow silently stops existing, and the next release day starts with "why did nothing run?".',
  fix: 'Fix the YAML at the line shown (indentation, an unclosed quote or bracket, a tab, a `:` that needs quoting).',
  bad: `on: { workflow_dispatch: {} }
jobs:
  publish:
    runs-on: [ubuntu-latest
    steps:
      - run: echo "the list above is never closed"
`,
  good: `on: { workflow_dispatch: {} }
jobs:
  publish:
    runs-on: [ubuntu-latest]
    steps:
      - run: echo "the list above is closed"
`,
  check() {},
}

export const ignoreDirective: Rule = {
  id: 'ignore-directive',
  severity: 'warning',
  title: 'A `# tokenless-ignore:` comment that names no known rule or gives no reason.',
  why: 'A misspelt rule id ignores nothing, so the finding stays while everybody believes it was accepted; an ignore without a reason leaves the next maintainer unable to tell an accepted risk from a silenced one.',
  fix: 'Write `# tokenless-ignore: RULE-ID reason` with an id from `tokenless doctor --list-rules` and the reason the risk is accepted.',
  bad: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci # tokenless-ignore: buld-in-publish-job
`,
  good: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci # tokenless-ignore: build-in-publish-job installs only our own workspace packages
`,
  check() {},
}
