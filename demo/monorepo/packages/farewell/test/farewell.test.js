import assert from 'node:assert/strict'
import { test } from 'node:test'
import { farewell } from '../index.js'

test('farewell() by name', () => {
  assert.equal(farewell('Ada'), 'Goodbye, Ada!')
})

test('farewell() without a name', () => {
  assert.equal(farewell(), 'Goodbye, world!')
})
