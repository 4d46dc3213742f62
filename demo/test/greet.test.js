import assert from 'node:assert/strict'
import { test } from 'node:test'
import { greet } from '../index.js'

test('greet() greets by name', () => {
  assert.equal(greet('Ada'), 'Hello, Ada!')
})

test('greet() greets the world without a name', () => {
  assert.equal(greet(), 'Hello, world!')
})
