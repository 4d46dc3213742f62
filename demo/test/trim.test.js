import assert from 'node:assert/strict'
import { test } from 'node:test'
import { greet } from '../index.js'

test('greet() trims the name', () => {
  assert.equal(greet('  Ada \n'), 'Hello, Ada!')
  assert.equal(greet('   '), 'Hello, world!')
})
