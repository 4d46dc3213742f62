import assert from 'node:assert/strict'
import { test } from 'node:test'
import { farewell } from '../index.js'

test('farewell() says goodbye by name', () => {
  assert.equal(farewell(' Ada '), 'Goodbye, Ada.')
  assert.equal(farewell(), 'Goodbye, world.')
})
