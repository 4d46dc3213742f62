// The workflows this repository ships (workflows-examples/) and runs (.github/workflows/) are the
// ones users copy: doctor must find nothing wrong with them (notes are facts, not hazards).
import { expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { doctorAt } from './doctor-helpers.js'

const root = join(import.meta.dirname, '..', '..', '..', '..')

test.each(['workflows-examples', '.github/workflows'])('%s has no error or warning', (folder) => {
  expect(existsSync(join(root, folder))).toBe(true)
  const result = doctorAt(join(root, folder))
  expect(result.repository.files.length).toBeGreaterThan(0)
  expect(result.failures).toEqual([])
  expect(
    result.findings
      .filter((finding) => finding.severity !== 'note')
      .map((f) => `${f.file.rel}:${f.position.line} ${f.rule}: ${f.message}`),
  ).toEqual([])
})

test('workflows-examples/release.yml is among them and is read as a release workflow', () => {
  const result = doctorAt(join(root, 'workflows-examples', 'release.yml'))
  const workflow = result.repository.workflows[0]!
  expect(workflow.jobs.map((job) => job.id)).toEqual(
    expect.arrayContaining([
      'validate',
      'test',
      'build',
      'publish-npm',
      'publish-pypi',
      'create-release',
    ]),
  )
})
