// Each stand-in against the real action's interface: the inputs and outputs its action.yml
// declares (names kept in fixtures/action-contracts/, one file per action).
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { STAND_INS } from '../../src/rehearse/stand-ins.js'
import { unexpectedInputs } from '../../src/rehearse/steps/stand-in-step.js'

interface Contract {
  action: string
  source: string
  inputs: string[]
  outputs: string[]
}

const dir = join(import.meta.dirname, 'fixtures', 'action-contracts')
const contracts = new Map(
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const contract = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Contract
      return [contract.action, contract]
    }),
)

describe('stand-in contracts', () => {
  it.each(Object.keys(STAND_INS))('%s declares the real action.yml inputs and outputs', (uses) => {
    const contract = contracts.get(uses)
    if (contract === undefined)
      throw new Error(
        `No fixtures/action-contracts file for ${uses}: add the names of its action.yml inputs and outputs.`,
      )
    const entry = STAND_INS[uses]!
    expect([...entry.inputs].sort()).toEqual([...contract.inputs].sort())
    expect([...entry.outputs].sort()).toEqual([...contract.outputs].sort())
  })

  it('warns about an input the real action does not have, as GitHub does', () => {
    expect(unexpectedInputs(STAND_INS['softprops/action-gh-release']!, ['tag', 'files'])).toBe(
      "Unexpected input(s) 'tag', valid inputs are ['body', 'body_path', 'name', 'tag_name', 'draft', 'prerelease', 'preserve_order', 'files', 'working_directory', 'overwrite_files', 'fail_on_unmatched_files', 'repository', 'token', 'target_commitish', 'discussion_category_name', 'generate_release_notes', 'previous_tag', 'append_body', 'make_latest']",
    )
  })
})
