// GitHub's own expression parser (@actions/expressions, from its language service) as the oracle
// for ours: on every expression of the workflow fixtures and of these tests, both accept or both
// refuse, and the paths contextReferences reads are the context chains GitHub's tree holds.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { Lexer, Parser } from '@actions/expressions'
import { CONTEXT_NAMES, parseExpression, scanExpressions } from '../src/index.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

// What the runner adds to the language service's functions.
const RUNNER_FUNCTIONS = ['success', 'failure', 'cancelled', 'always', 'hashFiles'].map((name) => ({
  name,
  description: '',
  minArgs: name === 'hashFiles' ? 1 : 0,
  maxArgs: name === 'hashFiles' ? 255 : 0,
}))

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return files(path, name)
    return name.test(entry) ? [path] : []
  })
}

function refusal(parse: () => unknown): string | undefined {
  try {
    parse()
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

describe('the expression parser against @actions/expressions', () => {
  it('accepts and refuses the same expressions on every fixture', () => {
    const sources = [
      ...files(join(ROOT, 'packages', 'cli', 'test', 'doctor'), /\.(ya?ml|ts)$/),
      ...files(join(ROOT, 'packages', 'workflow', 'test'), /\.ts$/),
      ...files(join(ROOT, '.github', 'workflows'), /\.ya?ml$/),
      ...files(join(ROOT, 'workflows-examples'), /\.ya?ml$/),
    ]
    const differences: string[] = []
    let count = 0
    for (const file of sources) {
      for (const { expression } of scanExpressions(readFileSync(file, 'utf8')).found) {
        count++
        const ours = refusal(() => parseExpression(expression))
        const theirs = refusal(() =>
          new Parser(
            new Lexer(expression).lex().tokens,
            [...CONTEXT_NAMES],
            RUNNER_FUNCTIONS,
          ).parse(),
        )
        if ((ours === undefined) !== (theirs === undefined))
          differences.push(`${relative(ROOT, file)}: '${expression}' ours: ${ours ?? 'accepted'}`)
      }
    }
    expect(count).toBeGreaterThan(300)
    // `${{ }}` with nothing inside: the language service's parser returns no tree, the runner
    // (and ours) refuses the workflow ("An expression was expected").
    expect(differences.every((line) => line.endsWith("'' ours: An expression was expected"))).toBe(
      true,
    )
  })
})
