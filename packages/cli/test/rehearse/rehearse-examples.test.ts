// Every example workflow in workflows-examples/ rehearses to a pass on the demo.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { rehearseJson, suiteRoot } from './rehearse-support.js'

/** The inputs a maintainer would give each example's dispatch. */
const INPUTS: Record<string, string[]> = {
  'yank.yml': ['version=1.2.0', 'reason=greet() drops the name'],
}

const examples = readdirSync(join(suiteRoot, 'workflows-examples')).filter((file) =>
  file.endsWith('.yml'),
)

describe('tokenless rehearse on workflows-examples/', () => {
  it('finds the examples', () => {
    expect(examples).toContain('release.yml')
  })

  it.each(examples)('%s passes', async (example) => {
    const inputs = INPUTS[example]
    const { report, stderr } = await rehearseJson([
      '--workflow',
      join('workflows-examples', example),
      ...(inputs === undefined ? [] : ['--input', ...inputs]),
    ])
    expect({ stderr, verdict: report.verdict }).toEqual({
      stderr: '',
      verdict: expect.stringMatching(/^PASSED/),
    })
  })
})
