import { JsonSyntaxError, LineIndex, parseJsonDocument } from '@tokenless/manifests'
import type { JsonNode } from '@tokenless/manifests'

/** The plain value of a node, to compare with JSON.parse. */
function plain(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {}
      for (const member of node.members) result[member.key] = plain(member.value)
      return result
    }
    case 'array':
      return node.items.map(plain)
    default:
      return node.value
  }
}

function syntaxError(text: string): { message: string; line: number; column: number } {
  try {
    parseJsonDocument(text)
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    return { message: error.message, ...new LineIndex(text).position(error.offset) }
  }
  throw new Error(`parsed: ${text}`)
}

describe('parseJsonDocument', () => {
  it.each([
    '{}',
    '[]',
    '"x"',
    '0',
    '-0.5e+10',
    '1E3',
    'true',
    'false',
    'null',
    ' \t\r\n{ "a" : [1, 2.5, {"b": null}], "c": "\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00" } ',
    '{"a": 1, "a": 2}',
    '{"": {"x~y/z": [[], {}]}}',
    '"unicode ✓ 😀"',
    '{ }',
    '[ ]',
    '[\n]',
    '9',
    '[-9, 90, 0.09]',
    '"\\u00E9\\u00e9"',
  ])('agrees with JSON.parse on %s', (text) => {
    expect(plain(parseJsonDocument(text))).toEqual(JSON.parse(text))
  })

  it.each([
    ['', 'expected a value but found the end of the file', 1, 1],
    ['{"a": 1,}', 'trailing comma: JSON allows none after the last member', 1, 9],
    ['[1, 2,\n]', 'trailing comma: JSON allows none after the last item', 2, 1],
    ['{"a": 1 "b": 2}', "expected ',' or '}' after a property value but found '\"'", 1, 9],
    ['[1 2]', "expected ',' or ']' after an array item but found '2'", 1, 4],
    ['{a: 1}', "expected a property name in double quotes but found 'a'", 1, 2],
    ['{"a" 1}', "expected ':' after a property name but found '1'", 1, 6],
    ["{'a': 1}", 'JSON strings use double quotes', 1, 2],
    [
      '["a\nb"]',
      'the control character U+000a must be escaped inside a string (a string cannot span lines)',
      1,
      4,
    ],
    ['"abc', 'unterminated string', 1, 1],
    ['"\\x"', 'invalid escape \\x in a string', 1, 2],
    ['"\\u12"', '\\u must be followed by four hexadecimal digits', 1, 2],
    ['{\n  // comment\n}', 'JSON allows no comments', 2, 3],
    ['[1, /* comment */ 2]', 'JSON allows no comments', 1, 5],
    ['/', "expected a value but found '/'", 1, 1],
    ['"\\', 'invalid escape \\ in a string', 1, 2],
    ['{"a": 1,\n}', 'trailing comma: JSON allows none after the last member', 2, 1],
    ['[1,]', 'trailing comma: JSON allows none after the last item', 1, 4],
    [
      '["\u0001"]',
      'the control character U+0001 must be escaped inside a string (a string cannot span lines)',
      1,
      3,
    ],
    ['{} {}', "expected the end of the file after the value but found '{'", 1, 4],
    ['01', "expected a comma or the end of the value but found '1'", 1, 2],
    ['1.', "expected a comma or the end of the value but found '.'", 1, 2],
    ['-', "expected a value but found '-'", 1, 1],
    ['tru', "expected a value but found 't'", 1, 1],
    ['NaN', "expected a value but found 'N'", 1, 1],
  ])('rejects %j: %s at %i:%i', (text, message, line, column) => {
    expect(() => JSON.parse(text) as unknown).toThrow()
    expect(syntaxError(text)).toEqual({ message, line, column })
  })

  it('keeps the offsets of keys and values', () => {
    const text = '{\n  "a": {\n    "b": [10, "x"]\n  }\n}'
    const root = parseJsonDocument(text)
    if (root.type !== 'object') throw new Error('not an object')
    const a = root.members[0]!
    expect(text.slice(a.keyStart, a.keyStart + 3)).toBe('"a"')
    if (a.value.type !== 'object') throw new Error('not an object')
    const b = a.value.members[0]!.value
    expect(text.slice(b.start, b.end)).toBe('[10, "x"]')
    const lines = new LineIndex(text)
    expect(lines.position(b.start)).toEqual({ line: 3, column: 10 })
    expect(lines.position(root.end - 1)).toEqual({ line: 5, column: 1 })
  })
})
