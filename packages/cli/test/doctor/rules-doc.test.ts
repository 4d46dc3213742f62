// packages/cli/src/doctor/README.md is generated from the rule definitions: this test fails when
// they drift apart. TOKENLESS_UPDATE_DOCS=1 rewrites the file instead.
import { expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderRulesDoc } from '../../src/doctor/rules-doc.js'
import { RULES } from '../../src/doctor/rules/index.js'

const readme = join(import.meta.dirname, '..', '..', 'src', 'doctor', 'README.md')

test('the doctor README matches the rules', () => {
  const expected = renderRulesDoc()
  if (process.env.TOKENLESS_UPDATE_DOCS === '1') writeFileSync(readme, expected)
  expect(readFileSync(readme, 'utf8')).toBe(expected)
})

test('the README documents every rule with its severity and both examples', () => {
  const text = renderRulesDoc()
  for (const rule of RULES) {
    expect(text).toContain(`### \`${rule.id}\` (${rule.severity})`)
    expect(text).toContain(rule.bad)
    expect(text).toContain(rule.good)
  }
})
