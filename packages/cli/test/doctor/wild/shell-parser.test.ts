// The run: scripts read with a real shell parser (sh-syntax) before the rules run: a command
// whose quoted argument spans lines is one command; a script that does not parse is read by the
// patterns, as without the parser.
import { afterAll, expect, test } from '@jest/globals'
import { runDoctor } from '../../../src/doctor/analyze.js'
import { discoverWorkflows, loadRepository } from '../../../src/doctor/repository.js'
import { mayJoinLines, parseRunScripts } from '../../../src/doctor/shell-parser.js'
import { messagesOf, removeRepositories, writeRepository } from '../doctor-helpers.js'

afterAll(removeRepositories)

const release = (run: string) => `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  notes:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: |
${run
  .split('\n')
  .map((line) => `          ${line}`)
  .join('\n')}
`

async function parsedDoctor(workflow: string) {
  const { root, files } = discoverWorkflows(
    writeRepository({ '.github/workflows/release.yml': workflow }),
  )
  const repository = loadRepository(root, files)
  const stats = await parseRunScripts(repository)
  return { stats, result: runDoctor(repository) }
}

const NOTES = `gh release create "\${{ github.ref_name }}" --notes "Upgrade notes:
npm publish now asks for provenance
twine upload is gone"`

test('a multi-line quoted argument is part of its command, not commands of its own', async () => {
  const { stats, result } = await parsedDoctor(release(NOTES))
  expect(stats).toEqual({ parsed: 1, fallback: 0, calls: 1, unavailable: false })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
  expect(messagesOf(result, 'publish-without-id-token')).toEqual([])
})

test('a script that does not parse is read by the patterns', async () => {
  const broken = `npm ci &&\n  npm run build\nif [ -n "$X" ]; then\nnpm publish --provenance`
  const { stats, result } = await parsedDoctor(release(broken))
  expect(stats).toEqual({ parsed: 0, fallback: 1, calls: 1, unavailable: false })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    '5:3 Job "notes" publishes to npm with npm publish (line 9) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
  ])
})

test('many scripts go in one call; the one that does not parse is tried alone, the others together', async () => {
  const jobs = Array.from(
    { length: 6 },
    (_, index) => `  j${index}:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo step ${index} &&
          ${index === 4 ? 'echo "unclosed' : `echo \${{ github.sha }}`}
`,
  ).join('')
  const { stats } = await parsedDoctor(`on: push\npermissions: {}\njobs:\n${jobs}`)
  expect(stats).toEqual({ parsed: 5, fallback: 1, calls: 3, unavailable: false })
})

test('a script whose lines are whole commands does not go to the parser', async () => {
  const { stats, result } = await parsedDoctor(
    release(`npm ci\nif [ -n "$X" ]; then\n  npm publish --provenance # it's signed\nfi`),
  )
  expect(stats).toEqual({ parsed: 0, fallback: 0, calls: 0, unavailable: false })
  expect(messagesOf(result, 'publish-without-environment')).toHaveLength(1)
})

test.each([
  ['a quote open at the end of a line', 'gh release create v1 --notes "a\nb"'],
  ['a line that ends with a pipe', 'cat notes |\n  gh release create v1 -F -'],
  ['a continued line', 'npm publish \\\n  --provenance'],
  ['a command substitution over lines', 'V=$(\n  node -p 1)'],
  ['a here-doc', 'cat <<EOF\nx\nEOF'],
  ['an expression over lines', 'echo ${{\n  github.sha }}\necho b'],
])('%s may join lines: the script goes to the parser', async (_, script) => {
  const { stats } = await parsedDoctor(release(script))
  expect(stats.calls).toBe(1)
})

test('one-line scripts, and quotes, comments and groups closed on their line, do not join lines', () => {
  expect(mayJoinLines('npm publish')).toBe(false)
  expect(
    mayJoinLines(`echo "it's" 'a "b"' \\"\necho \${X} $(date) # don't\nfoo && bar || baz`),
  ).toBe(false)
  expect(mayJoinLines('case $x in\n  a) echo a;;\nesac')).toBe(true)
})

test('a command continued over lines and joined by && is still read', async () => {
  const chained = `npm ci &&
  npm publish \\
    --provenance`
  const { result } = await parsedDoctor(release(chained))
  expect(messagesOf(result, 'publish-without-environment')).toHaveLength(1)
})
