// contextReferences (read from the parsed expression) against the regular expression doctor used
// before it: on every workflow and action file the doctor and workflow tests read, the parser
// finds every path the regex found, and the differences are the ones listed here with why.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import {
  contextReferences,
  parseYamlSource,
  scanExpressions,
  type YNode,
} from '@tokenless/workflow'
import { RULES } from '../../src/doctor/rules/index.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')

// The regex doctor used (packages/cli/src/doctor/expressions.ts until the parser replaced it).
const CONTEXT_PATH = /(?<![\w.'-])([A-Za-z_][\w-]*(?:\.[A-Za-z_*][\w-]*)*)(?![\w-]*\s*\()/g
const FUNCTIONS_AND_LITERALS = /^(true|false|null|NaN|Infinity)$/
function regexPaths(expression: string): string[] {
  const normalised = expression
    .replace(/\s*\[\s*'([\w-]*)'\s*\]/g, '.$1')
    .replace(/\s*\[\s*\*\s*\]/g, '.*')
    .replace(/\s*\.\s*/g, '.')
    .replace(/'(?:[^']|'')*'/g, "''")
  const paths: string[] = []
  for (const match of normalised.matchAll(CONTEXT_PATH)) {
    const path = match[1]!
    if (!FUNCTIONS_AND_LITERALS.test(path)) paths.push(path)
  }
  return paths
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(name) ? [path] : []
  })
}

/** Every string in a YAML tree: keys and values. */
function strings(node: YNode): string[] {
  if (node.isMap()) return node.entries().flatMap(([key, value]) => [key, ...strings(value)])
  if (node.isSeq()) return node.items().flatMap(strings)
  const text = node.str()
  return text === undefined ? [] : [text]
}

function sources(): [string, string][] {
  const files = [
    ...yamlFiles(join(ROOT, 'packages', 'cli', 'test', 'doctor', 'fixtures')),
    ...yamlFiles(join(ROOT, '.github', 'workflows')),
    ...yamlFiles(join(ROOT, 'workflows-examples')),
    ...yamlFiles(join(ROOT, 'actions')).filter((path) => !path.includes('node_modules')),
  ]
  const found: [string, string][] = files.map((path) => [
    relative(ROOT, path),
    readFileSync(path, 'utf8'),
  ])
  for (const rule of RULES) {
    found.push([`rule ${rule.id} (bad)`, rule.bad], [`rule ${rule.id} (good)`, rule.good])
    for (const [name, text] of Object.entries(rule.context ?? {}))
      if (/\.ya?ml$/.test(name)) found.push([`rule ${rule.id} (${name})`, text])
  }
  return found
}

/** The test files of doctor and of the workflow package: their inline workflows, as raw text. */
function testSources(): [string, string][] {
  return [
    join(ROOT, 'packages', 'cli', 'test', 'doctor'),
    join(ROOT, 'packages', 'workflow', 'test'),
  ].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && name !== 'context-references.test.ts')
      .map((name): [string, string] => [
        relative(ROOT, join(dir, name)),
        readFileSync(join(dir, name), 'utf8'),
      ]),
  )
}

/** Whether `regex` is `parser` or a leading part of it (`a.b` of `a.b.0.c`); context names fold case. */
function covers(parser: string, regex: string): boolean {
  const [context, ...rest] = regex.split('.')
  const wanted = [context!.toLowerCase(), ...rest].join('.')
  return parser === wanted || parser.startsWith(`${wanted}.`)
}

/** Expressions where a path the regex found is not covered by what the parser found. */
function uncovered(): string[] {
  const found: string[] = []
  const compare = (file: string, expression: string) => {
    const parser = contextReferences(expression, 'expression')
    const missed = regexPaths(expression).filter((path) => !parser.some((p) => covers(p, path)))
    if (missed.length > 0)
      found.push(`${file}: ${expression.replace(/\s+/g, ' ')} -> ${missed.join(', ')}`)
  }
  for (const [file, text] of sources())
    for (const document of parseYamlSource(file, file, text).documents)
      for (const value of strings(document))
        for (const { expression } of scanExpressions(value).found) compare(file, expression)
  for (const [file, text] of testSources())
    for (const { expression } of scanExpressions(text).found) compare(file, expression)
  return found
}

describe('contextReferences', () => {
  it('reads the paths of a template, only inside ${{ }}', () => {
    expect(
      contextReferences(
        "echo github.sha ${{ github.event['pull_request'].title }} ${{ Inputs . version }}",
      ),
    ).toEqual(['github.event.pull_request.title', 'inputs.version'])
  })

  it('reads a bare expression (an if:) when told it is one', () => {
    expect(
      contextReferences("startsWith(github.ref, 'refs/tags/') && !cancelled()", 'expression'),
    ).toEqual(['github.ref'])
    expect(contextReferences('github.ref')).toEqual([])
  })

  it('skips string literals, function names and the properties of a function result', () => {
    expect(
      contextReferences(
        "${{ format('{0} secrets.X', fromJSON(steps.meta.outputs.json).version) == 'github.sha' }}",
      ),
    ).toEqual(['steps.meta.outputs.json'])
  })

  it('keeps indexes and wildcards, and reads a computed index', () => {
    expect(
      contextReferences(
        '${{ github.event.commits[0].message }} ${{ github.event.pull_request.labels.*.name }} ${{ steps[inputs.step].outputs.version }}',
      ),
    ).toEqual([
      'github.event.commits.0.message',
      'github.event.pull_request.labels.*.name',
      'inputs.step',
      'steps.*.outputs.version',
    ])
  })

  it('reads nothing from an expression GitHub would refuse', () => {
    expect(
      contextReferences('${{ nope.x }} ${{ github.ref == }} ${{ secrets.NPM_TOKEN }}'),
    ).toEqual(['secrets.NPM_TOKEN'])
  })
})

describe('contextReferences against the regex it replaced', () => {
  it('reads every fixture', () => {
    expect(sources().length).toBeGreaterThan(40)
    expect(testSources().length).toBeGreaterThan(10)
  })

  it('finds every path the regex found, on every fixture, but in expressions that do not parse', () => {
    expect(uncovered()).toEqual([
      // A TypeScript template in a test, not a workflow expression: `${input}` is not GitHub's
      // syntax, and GitHub refuses `inputs.${input}` ("Unexpected symbol").
      'packages/cli/test/doctor/wild-shapes.test.ts: inputs.${input} -> inputs, input',
      // The tests of the unclosed `${{` error: the "expression" runs on into the test's own code.
      expect.stringMatching(/^packages\/workflow\/test\/expressions\.test\.ts: ', \(\) => \{/),
      expect.stringMatching(/^packages\/workflow\/test\/expressions\.test\.ts: 'a \}\}"\)\)/),
      expect.stringMatching(/^packages\/workflow\/test\/expressions\.test\.ts: b'\)\)\.toEqual/),
      // Contexts that do not exist: GitHub refuses the workflow ("Unrecognized named-value").
      'packages/workflow/test/expressions.test.ts: nope -> nope',
      'packages/workflow/test/matrix.test.ts: fromJSON(x) -> x',
      'packages/workflow/test/matrix.test.ts: fromJSON(x) -> x',
    ])
  })
})
