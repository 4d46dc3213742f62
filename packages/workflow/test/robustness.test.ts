import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  evaluateExpression,
  expandMatrix,
  ExpressionError,
  inputDefinitions,
  jobWaves,
  parseWorkflow,
  type Value,
  WorkflowError,
} from '@tokenless/workflow'

const reference = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'workflows-examples', 'release.yml'),
  'utf8',
)

// A fixed pseudo-random sequence, so that a failure names an input that can be replayed.
function sequence(seed: number): (n: number) => number {
  let state = seed
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
}

const FRAGMENTS = [':', '-', ' ', '\n', '[', ']', '{', '}', '&a ', '*a', '<<: ', '"', "'", '#']
const FRAGMENTS_DOC = ['---\n', '!!str ', '? ', '|', '>', '${{', '}}', '\t']

function mutate(text: string, next: (n: number) => number): string {
  let result = text
  for (let edits = 1 + next(4); edits > 0; edits--) {
    const at = next(result.length)
    switch (next(3)) {
      case 0:
        result = result.slice(0, at) + result.slice(at + 1 + next(20))
        break
      case 1: {
        const all = [...FRAGMENTS, ...FRAGMENTS_DOC]
        result = result.slice(0, at) + all[next(all.length)]! + result.slice(at)
        break
      }
      default: {
        const from = next(result.length)
        result = result.slice(0, at) + result.slice(from, from + next(60)) + result.slice(at)
      }
    }
  }
  return result
}

describe('odd input', () => {
  it('meets a damaged workflow with a WorkflowError, never a crash', () => {
    const next = sequence(7)
    const crashes: string[] = []
    for (let i = 0; i < 400; i++) {
      const text = mutate(reference, next)
      try {
        const workflow = parseWorkflow(text, 'release.yml')
        jobWaves(workflow)
        inputDefinitions(workflow, 'workflow_dispatch')
        inputDefinitions(workflow, 'workflow_call')
        for (const job of workflow.jobs) expandMatrix((job.strategy?.matrix ?? null) as Value)
      } catch (error) {
        if (!(error instanceof WorkflowError)) crashes.push(`${String(error)}\n${text}`)
      }
    }
    expect(crashes).toEqual([])
  })

  it.each([
    'github[*][*].x',
    'github.*.*',
    'github[github]',
    "github['a'][0][1]",
    'contains(github.*, github)',
    '1..2',
    '..',
    '.',
    '-',
    '0x',
    '((((',
    "format('{0}'",
    ']',
  ])('evaluates or refuses %p with an ExpressionError', (expression) => {
    try {
      evaluateExpression(expression, { contexts: { github: { a: [[1, 2]] } } })
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError)
    }
  })
})
