import assert from 'node:assert/strict'
import { test } from 'node:test'
import { greet } from '../index.js'

test('greet() by name', () => {
  assert.equal(greet('Ada'), 'Hello, Ada!')
})

test('greet() without a name', () => {
  assert.equal(greet(), 'Hello, world!')
})
