import {
  type InputDefinition,
  inputDefinitions,
  jobLabel,
  parseWorkflow,
  resolveInputs,
  stepLabel,
  WorkflowError,
} from '@tokenless/workflow'

function thrown(body: () => unknown): WorkflowError {
  try {
    body()
  } catch (error) {
    if (error instanceof WorkflowError) return error
    throw error
  }
  throw new Error('expected a WorkflowError')
}

const FILE = '.github/workflows/release.yml'
const JOBS = `jobs:
  build:
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
`

function workflowWith(on: string) {
  return parseWorkflow(`${on}\n${JOBS}`, FILE)
}

describe('inputDefinitions', () => {
  const workflow = workflowWith(`on:
  workflow_dispatch:
    inputs:
      version:
        description: Version to release
        required: true
      dry-run:
        type: boolean
        default: true
      level:
        type: choice
        options: [patch, minor, major]
        default: patch
      target:
        type: environment
      retries:
        type: number
        default: 2
  workflow_call:
    inputs:
      version:
        type: string
        default: ''
  push:`)

  it('reads workflow_dispatch inputs in file order, string by default', () => {
    expect(inputDefinitions(workflow, 'workflow_dispatch')).toEqual([
      { name: 'version', type: 'string', required: true, description: 'Version to release' },
      { name: 'dry-run', type: 'boolean', required: false, default: true },
      {
        name: 'level',
        type: 'choice',
        required: false,
        default: 'patch',
        options: ['patch', 'minor', 'major'],
      },
      { name: 'target', type: 'environment', required: false },
      { name: 'retries', type: 'number', required: false, default: 2 },
    ])
  })

  it('reads workflow_call inputs', () => {
    expect(inputDefinitions(workflow, 'workflow_call')).toEqual([
      { name: 'version', type: 'string', required: false, default: '' },
    ])
  })

  it('gives none for an event without inputs or not in on:', () => {
    expect(inputDefinitions(workflowWith('on: workflow_dispatch'), 'workflow_dispatch')).toEqual([])
    expect(inputDefinitions(workflowWith('on: push'), 'workflow_call')).toEqual([])
  })

  it.each<[string, string, 'workflow_dispatch' | 'workflow_call', string]>([
    [
      'a workflow_call input without a type',
      'on:\n  workflow_call:\n    inputs:\n      version:\n        required: true',
      'workflow_call',
      `${FILE}:4: input 'version' has type (none), but a workflow_call input's type is one of: string, boolean, number.`,
    ],
    [
      'a choice in workflow_call',
      'on:\n  workflow_call:\n    inputs:\n      level:\n        type: choice\n        options: [a]',
      'workflow_call',
      `${FILE}:5: input 'level' has type "choice", but a workflow_call input's type is one of: string, boolean, number.`,
    ],
    [
      'an unknown type',
      'on:\n  workflow_dispatch:\n    inputs:\n      n:\n        type: integer',
      'workflow_dispatch',
      `${FILE}:5: input 'n' has type "integer", but a workflow_dispatch input's type is one of: string, boolean, number, choice, environment.`,
    ],
    [
      'a choice without options',
      'on:\n  workflow_dispatch:\n    inputs:\n      level:\n        type: choice',
      'workflow_dispatch',
      `${FILE}:4: choice input 'level' has no \`options:\`. List the values it may take.`,
    ],
    [
      'inputs that are a list',
      'on:\n  workflow_dispatch:\n    inputs: [version]',
      'workflow_dispatch',
      `${FILE}:3: \`on.workflow_dispatch.inputs\` must be a mapping of input names to their settings.`,
    ],
    [
      'an input that is a string',
      'on:\n  workflow_dispatch:\n    inputs:\n      version: text',
      'workflow_dispatch',
      `${FILE}:4: input 'version' must be a mapping (type, required, default, description).`,
    ],
  ])('refuses %s', (_what, on, event, message) => {
    expect(thrown(() => inputDefinitions(workflowWith(on), event)).message).toBe(message)
  })
})

describe('resolveInputs', () => {
  const definitions: InputDefinition[] = [
    { name: 'version', type: 'string', required: true },
    { name: 'dry-run', type: 'boolean', required: false, default: true },
    { name: 'publish', type: 'boolean', required: false },
    {
      name: 'level',
      type: 'choice',
      required: false,
      default: 'patch',
      options: ['patch', 'minor', 'major'],
    },
    { name: 'retries', type: 'number', required: false, default: '2' },
    { name: 'count', type: 'number', required: false },
    { name: 'notes', type: 'string', required: false },
    { name: 'target', type: 'environment', required: false, default: 'release' },
  ]

  it('applies defaults and converts types', () => {
    expect(resolveInputs(definitions, { version: '1.2.0' })).toEqual({
      version: '1.2.0',
      'dry-run': true,
      publish: false,
      level: 'patch',
      retries: 2,
      count: 0,
      notes: '',
      target: 'release',
    })
  })

  it('takes given values over defaults', () => {
    expect(
      resolveInputs(definitions, {
        version: '2.0.0',
        'dry-run': 'false',
        publish: 'true',
        level: 'major',
        retries: ' 1.5 ',
        count: '-3',
        notes: '',
        target: 'staging',
      }),
    ).toEqual({
      version: '2.0.0',
      'dry-run': false,
      publish: true,
      level: 'major',
      retries: 1.5,
      count: -3,
      notes: '',
      target: 'staging',
    })
  })

  it.each<[string, Record<string, string>, string]>([
    [
      'a missing required input',
      {},
      "input 'version' is required but was not given. Give it a value, or give the input a default.",
    ],
    [
      'an empty required input',
      { version: '' },
      "input 'version' is required but was not given. Give it a value, or give the input a default.",
    ],
    [
      'an unknown input',
      { version: '1', verison: '2' },
      "input 'verison' was given, but the workflow defines only: version, dry-run, publish, level, retries, count, notes, target. Remove it or correct its name.",
    ],
    [
      'a bad boolean',
      { version: '1', publish: 'tru' },
      "input 'publish' is 'tru', but it is a boolean: use true or false.",
    ],
    [
      'a capitalised boolean',
      { version: '1', publish: 'True' },
      "input 'publish' is 'True', but it is a boolean: use true or false.",
    ],
    [
      'a bad number',
      { version: '1', count: 'three' },
      "input 'count' is 'three', but it is a number: use e.g. 3 or 1.5.",
    ],
    [
      'an empty number',
      { version: '1', count: '' },
      "input 'count' is '', but it is a number: use e.g. 3 or 1.5.",
    ],
    [
      'a bad choice',
      { version: '1', level: 'huge' },
      "input 'level' is 'huge', but it must be one of: patch, minor, major.",
    ],
  ])('refuses %s', (_what, given, message) => {
    expect(thrown(() => resolveInputs(definitions, given)).message).toBe(message)
    expect(thrown(() => resolveInputs(definitions, given, FILE)).message).toBe(
      `${FILE}: ${message}`,
    )
  })

  it('refuses any input when none are defined', () => {
    expect(thrown(() => resolveInputs([], { version: '1' })).message).toBe(
      "input 'version' was given, but the workflow defines no inputs. Remove it, or declare it under `inputs:`.",
    )
  })

  it('refuses a default that does not fit its type', () => {
    expect(
      thrown(() =>
        resolveInputs([{ name: 'on', type: 'boolean', required: false, default: 'yes' }], {}),
      ).message,
    ).toBe("the default of input 'on' is 'yes', but it is a boolean: use true or false.")
  })
})

describe('labels', () => {
  const workflow = parseWorkflow(
    `on: push
jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu-latest]
        node: [20]
    steps:
      - name: Install
        run: npm ci
      - run: |

          npm test
          echo done
      - uses: actions/checkout@v5
  named:
    name: Unit tests
    steps: [{ run: 'true' }]
  templated:
    name: Test on \${{ matrix.os }} \${{ github.ref }}
    steps: [{ run: 'true' }]
`,
    FILE,
  )
  const [test, named, templated] = workflow.jobs

  it('labels steps as GitHub does', () => {
    expect(test!.steps.map(stepLabel)).toEqual([
      'Install',
      'Run npm test',
      'Run actions/checkout@v5',
    ])
  })

  it('labels jobs by name or id, with the matrix suffix', () => {
    expect(jobLabel(test!)).toBe('test')
    expect(jobLabel(test!, { os: 'ubuntu-latest', node: 20 })).toBe('test (ubuntu-latest, 20)')
    expect(jobLabel(named!)).toBe('Unit tests')
    expect(jobLabel(named!, { node: 20 })).toBe('Unit tests (20)')
    expect(jobLabel(named!, {})).toBe('Unit tests')
  })

  it('evaluates a name with expressions and adds no suffix to it', () => {
    expect(jobLabel(templated!, { os: 'windows-latest' })).toBe('Test on windows-latest ')
    expect(jobLabel(templated!, { os: 'macos' }, { github: { ref: 'refs/heads/main' } })).toBe(
      'Test on macos refs/heads/main',
    )
  })
})
