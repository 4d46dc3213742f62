import {
  callsStatusFunction,
  evaluateCondition,
  evaluateExpression,
  evaluateValue,
  type EvaluationContext,
  ExpressionError,
  expressionsIn,
  scanExpressions,
  formatNumber,
  interpolate,
  parseExpression,
  parseNumber,
  toBoolean,
  toNumber,
  toText,
  UNCLOSED_EXPRESSION,
  type Value,
} from '@tokenless/workflow'

const shared = { a: [1] }
const ctx: EvaluationContext = {
  contexts: {
    github: {
      ref: 'refs/tags/v1.2.0',
      event_name: 'release',
      event: { release: { tag_name: 'v1.2.0', prerelease: false } },
    },
    env: { VERSION: '1.2.0', EMPTY: '', ZERO: '0' },
    inputs: { version: '', 'npm-package': '.', flag: true, count: 3 },
    needs: {
      validate: { result: 'success', outputs: { version: '1.2.0', npm: 'true' } },
      test: { result: 'success', outputs: {} },
      'publish-npm': { result: 'skipped', outputs: {} },
    },
    matrix: { os: 'ubuntu-latest', node: 22, list: ['x', 'y'], nested: [{ n: 1 }, { n: 2 }] },
    steps: { tag: { outputs: { version: '1.2.0' }, outcome: 'success', conclusion: 'success' } },
    vars: { same1: shared, same2: shared, copy: { a: [1] } },
  },
}

function evaluate(expression: string, context: EvaluationContext = ctx): Value {
  return evaluateExpression(expression, context)
}

function thrown(body: () => unknown): ExpressionError {
  try {
    body()
  } catch (error) {
    if (error instanceof ExpressionError) return error
    throw error
  }
  throw new Error('expected an ExpressionError')
}

describe('literals', () => {
  it.each<[string, Value]>([
    ['null', null],
    ['true', true],
    ['false', false],
    ['711', 711],
    ['-9.2', -9.2],
    ['0xff', 255],
    ['0xFF', 255],
    ['0o10', 8],
    ['-2.99e-2', -0.0299],
    ['1E3', 1000],
    ['+5', 5],
    ['.5', 0.5],
    ['Infinity', Infinity],
    ["'Mona the Octocat'", 'Mona the Octocat'],
    ["'It''s open source!'", "It's open source!"],
    ["''", ''],
    ["'a}}b'", 'a}}b'],
  ])('%s is %p', (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected)
  })

  it('NaN is a number that equals nothing', () => {
    expect(evaluate('NaN')).toBeNaN()
    expect(evaluate('NaN == NaN')).toBe(false)
  })
})

describe('coercion (the table in GitHub docs)', () => {
  it.each<[Value, boolean, number, string]>([
    [null, false, 0, ''],
    [true, true, 1, 'true'],
    [false, false, 0, 'false'],
    ['', false, 0, ''],
    ['abc', true, NaN, 'abc'],
    ['12', true, 12, '12'],
    [' 12.5 ', true, 12.5, ' 12.5 '],
    [0, false, 0, '0'],
    [-0, false, -0, '-0'],
    [NaN, false, NaN, 'NaN'],
    [3.5, true, 3.5, '3.5'],
    [[], true, NaN, 'Array'],
    [{}, true, NaN, 'Object'],
  ])('%p: boolean %p, number %p, text %p', (value, bool, num, text) => {
    expect(toBoolean(value)).toBe(bool)
    expect(toNumber(value)).toBe(num)
    expect(toText(value)).toBe(text)
  })

  it.each<[string, number]>([
    ['', 0],
    ['   ', 0],
    [' 123456.789 ', 123456.789],
    [' +123456.789 ', 123456.789],
    [' -123456.789 ', -123456.789],
    [' 0xff ', 255],
    [' 0o10 ', 8],
    ['0xffffffff', -1],
    ['0x123456789', NaN],
    [' Infinity ', Infinity],
    [' -Infinity ', -Infinity],
    ['1e3', 1000],
    ['1.', 1],
    ['1e', NaN],
    ['0x', NaN],
    ['12px', NaN],
    ['1_000', NaN],
    ['NaN', NaN],
  ])('parseNumber(%p) is %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected)
  })

  it.each<[number, string]>([
    [0.1 + 0.2, '0.3'],
    [123456789012345, '123456789012345'],
    [1e15, '1E+15'],
    [1234567890123456, '1.23456789012346E+15'],
    [0.0001, '0.0001'],
    [0.00001, '1E-05'],
    [-1.5e-10, '-1.5E-10'],
    [1e21, '1E+21'],
    [-2.5, '-2.5'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
  ])('numbers print as the runner prints them (G15): %p is %p', (n, text) => {
    expect(formatNumber(n)).toBe(text)
  })
})

describe('operators', () => {
  it.each<[string, Value]>([
    // Loose equality: different kinds become numbers.
    ["1 == '1'", true],
    ["'1.0' == 1", true],
    ['null == 0', true],
    ['true == 1', true],
    ['false == 0', true],
    ["'' == 0", true],
    ["'' == false", true],
    ["'true' == true", false],
    ["'abc' == 0", false],
    ['null == false', true],
    ["null == ''", true],
    ['null == null', true],
    // Strings compare without case.
    ["'ABC' == 'abc'", true],
    ["github.event_name == 'RELEASE'", true],
    ["'abc' != 'ABC'", false],
    ["'b' > 'A'", true],
    ["'a' < 'B'", true],
    ["'abc' < 'abd'", true],
    // Numbers.
    ['1 < 2', true],
    ['2 <= 2', true],
    ['3 >= 4', false],
    ["'10' > 9", true],
    ["'abc' > 1", false],
    ["'abc' < 1", false],
    ['NaN < 1', false],
    ['NaN >= NaN', false],
    // Booleans order false < true.
    ['true > false', true],
    ['false < true', true],
    ['true > 0', true],
    // Objects and arrays equal only themselves.
    ['vars.same1 == vars.same2', true],
    ['vars.same1 == vars.copy', false],
    ['vars.copy == vars.copy', true],
    ['matrix.list == matrix.list', true],
    ["matrix.list == 'Array'", false],
    ['matrix.list > matrix.list', false],
    ['null < 1', true],
    ['null > -1', true],
    // Not.
    ['!true', false],
    ['!0', true],
    ["!''", true],
    ["!'false'", false],
    ['!null', true],
    ['!matrix.list', false],
    ['!!env.VERSION', true],
    // && and || give an operand, not a boolean.
    ["1 && 'x'", 'x'],
    ["0 && 'x'", 0],
    ["'' || 'fallback'", 'fallback'],
    ['inputs.version || github.ref', 'refs/tags/v1.2.0'],
    ['0 || null', null],
    ["'a' || 'b'", 'a'],
    ["null && 'x' || 'y'", 'y'],
    // Precedence: ! then comparisons then == then && then ||.
    ['true || false && false', true],
    ['(true || false) && false', false],
    ['!false == true', true],
    ['1 < 2 == true', true],
    ["false || 1 == 1 && 'x'", 'x'],
  ])('%s is %p', (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected)
  })

  it('does not evaluate the right side when && or || has its answer', () => {
    expect(evaluate("false && fromJSON('{')")).toBe(false)
    expect(evaluate("true || fromJSON('{')")).toBe(true)
    expect(() => evaluate("true && fromJSON('{')")).toThrow(ExpressionError)
  })
})

describe('property access and filters', () => {
  it.each<[string, Value]>([
    ['github.ref', 'refs/tags/v1.2.0'],
    ["github['ref']", 'refs/tags/v1.2.0'],
    ['GitHub.Ref', 'refs/tags/v1.2.0'],
    ["github['REF']", 'refs/tags/v1.2.0'],
    ['github.event.release.tag_name', 'v1.2.0'],
    ['github.event.release.missing', null],
    ['github.missing.deeper', null],
    ['needs.publish-npm.result', 'skipped'],
    ["needs['publish-npm'].result", 'skipped'],
    ['inputs.npm-package', '.'],
    ['matrix.list[0]', 'x'],
    ['matrix.list[1]', 'y'],
    ['matrix.list[2]', null],
    ["matrix.list['1']", 'y'],
    ['matrix.list[1.7]', 'y'],
    ['matrix.list[-1]', null],
    ['matrix.list.length', null],
    ['env.VERSION[0]', null],
    ['matrix.nested[1].n', 2],
    ['(github).ref', 'refs/tags/v1.2.0'],
    ['fromJSON(\'{"a":{"b":7}}\').a.b', 7],
    ['needs.*.result', ['success', 'success', 'skipped']],
    ['needs.*.outputs.version', ['1.2.0']],
    ['needs[*].result', ['success', 'success', 'skipped']],
    ['matrix.nested.*.n', [1, 2]],
    ['matrix.list.*', ['x', 'y']],
    ['matrix.nested.*.missing', []],
    ['github.missing.*', []],
    ['github.missing.*.x', []],
    ['env.VERSION.*', []],
    ['needs.*.outputs.*', ['1.2.0', 'true']],
  ])('%s is %p', (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected)
  })

  it('takes an exact key before one that differs only in case', () => {
    expect(evaluate('env.path', { contexts: { env: { PATH: 'upper', path: 'lower' } } })).toBe(
      'lower',
    )
  })

  it('reads a context that is offered but empty as null', () => {
    expect(evaluate('secrets.TOKEN', { contexts: { secrets: {} } })).toBeNull()
    expect(evaluate('vars', { contexts: { vars: null } })).toBeNull()
  })
})

describe('functions', () => {
  it.each<[string, Value]>([
    ["contains('Hello world', 'llo')", true],
    ["contains('Hello world', 'LLO')", true],
    ["contains('Hello world', 'xyz')", false],
    ['contains(12345, 234)', true],
    ["contains(true, 'ru')", true],
    ["contains(null, '')", true],
    ["contains(needs.*.result, 'skipped')", true],
    ["contains(needs.*.result, 'SKIPPED')", true],
    ["contains(needs.*.result, 'failure')", false],
    ["contains(fromJSON('[1, 2]'), '2')", true],
    ["contains(fromJSON('[]'), '')", false],
    ["contains(github.event, 'release')", false],
    ['contains(matrix.list, matrix.list)', false],
    ["contains('abc', matrix.list)", false],
    ["startsWith('Hello world', 'he')", true],
    ["startsWith(github.ref, 'refs/tags/')", true],
    ["startsWith('abc', '')", true],
    ["startsWith('abc', 'b')", false],
    ["startsWith(matrix.list, 'x')", false],
    ['startsWith(12, 1)', true],
    ["endsWith('Hello world', 'LD')", true],
    ["endsWith('Hello world', 'hello')", false],
    ["endsWith(1.5, '.5')", true],
    ["endsWith('a', null)", true],
    ["format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')", 'Hello Mona the Octocat'],
    ["format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')", '{Hello Mona the Octocat!}'],
    ["format('{0}{0}', 'x')", 'xx'],
    ["format('{1}{0}', 'a', 'b')", 'ba'],
    ["format('{{0}}', 'x')", '{0}'],
    ["format('{{{0}}}', 'x')", '{x}'],
    ["format('no placeholders')", 'no placeholders'],
    ["format('{0}|{1}|{2}|{3}', null, true, 1.5, matrix.list)", '|true|1.5|Array'],
    ["format('{0}', 0.1)", '0.1'],
    ['join(matrix.list)', 'x,y'],
    ["join(matrix.list, ', ')", 'x, y'],
    ["join(needs.*.result, ' ')", 'success success skipped'],
    ["join('single', '-')", 'single'],
    ['join(5)', '5'],
    ['join(github.event)', ''],
    ["join(fromJSON('[1, null, true, [2]]'), '/')", '1//true/'],
    ["join(fromJSON('[]'), '/')", ''],
    ['join(matrix.list, matrix.list)', 'x,y'],
    ["toJSON('a')", '"a"'],
    ['toJSON(1.5)', '1.5'],
    ['toJSON(null)', 'null'],
    ['toJSON(matrix.list)', '[\n  "x",\n  "y"\n]'],
    ['toJSON(github.event.release)', '{\n  "tag_name": "v1.2.0",\n  "prerelease": false\n}'],
    ["fromJSON('true')", true],
    ['fromJSON(\'"text"\')', 'text'],
    ["fromJSON(' 42 ')", 42],
    ['fromJSON(\'{"include":[{"os":"a"}]}\')', { include: [{ os: 'a' }] }],
    ['fromJSON(env.ZERO) == 0', true],
    ["fromJSON('null')", null],
    ["CONTAINS('abc', 'b')", true],
    ["StartsWith('abc', 'a')", true],
    ["tojson('x')", '"x"'],
    ["FROMJSON('1')", 1],
    ["contains ('abc', 'b')", true],
  ])('%s is %p', (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected)
  })

  it('hashFiles asks the caller, with every pattern', () => {
    const seen: string[][] = []
    const context: EvaluationContext = {
      contexts: {},
      hashFiles: (patterns) => {
        seen.push(patterns)
        return 'abc123'
      },
    }
    expect(evaluate("hashFiles('**/package-lock.json', '!x/**')", context)).toBe('abc123')
    expect(seen).toEqual([['**/package-lock.json', '!x/**']])
  })

  it('says when hashFiles cannot be computed', () => {
    expect(thrown(() => evaluate("hashFiles('a', 'b')", { contexts: {} })).message).toBe(
      "hashFiles('a', 'b') cannot be evaluated here: there is no workspace to hash files in.",
    )
  })

  describe('status functions', () => {
    const statuses = {
      succeeding: { success: true, failure: false, cancelled: false },
      failing: { success: false, failure: true, cancelled: false },
      cancelling: { success: false, failure: false, cancelled: true },
    }
    it.each([
      ['succeeding', [true, false, false, true]],
      ['failing', [false, true, false, true]],
      ['cancelling', [false, false, true, true]],
    ] as const)('when %s, success/failure/cancelled/always are %p', (name, expected) => {
      const context = { contexts: {}, status: statuses[name] }
      expect(
        ['success()', 'failure()', 'cancelled()', 'always()'].map((f) => evaluate(f, context)),
      ).toEqual(expected)
    })

    it('default to success', () => {
      expect(evaluate('success() && !failure() && !cancelled()', { contexts: {} })).toBe(true)
    })
  })
})

describe('errors', () => {
  it.each<[string, string]>([
    [
      'foo.bar',
      "Unrecognized named-value: 'foo'. Located at position 1 within expression: foo.bar",
    ],
    [
      "github.ref == 'x' && secret.X",
      "Unrecognized named-value: 'secret'. Located at position 22 within expression: github.ref == 'x' && secret.X",
    ],
    ['bar(1)', "Unrecognized function: 'bar'. Located at position 1 within expression: bar(1)"],
    [
      "contains('a')",
      "Too few parameters supplied: 'contains'. Located at position 1 within expression: contains('a')",
    ],
    [
      "startsWith('a', 'b', 'c')",
      "Too many parameters supplied: 'startsWith'. Located at position 1 within expression: startsWith('a', 'b', 'c')",
    ],
    [
      'success(1)',
      "Too many parameters supplied: 'success'. Located at position 1 within expression: success(1)",
    ],
    [
      'format()',
      "Too few parameters supplied: 'format'. Located at position 1 within expression: format()",
    ],
    [
      'github.ref ==',
      "Unexpected end of expression: '=='. Located at position 12 within expression: github.ref ==",
    ],
    [
      'github.',
      "Unexpected end of expression: '.'. Located at position 7 within expression: github.",
    ],
    [
      '(1 == 1',
      "Unexpected end of expression: '1'. Located at position 7 within expression: (1 == 1",
    ],
    [
      "contains('a', 'b'",
      "Unexpected end of expression: ''b''. Located at position 15 within expression: contains('a', 'b'",
    ],
    [
      "'unclosed",
      "Unexpected symbol: ''unclosed'. Located at position 1 within expression: 'unclosed",
    ],
    [
      'github.ref == "x"',
      'Unexpected symbol: \'"x"\'. Located at position 15 within expression: github.ref == "x"',
    ],
    ['1 2', "Unexpected symbol: '2'. Located at position 3 within expression: 1 2"],
    [
      'github.ref = 1',
      "Unexpected symbol: '='. Located at position 12 within expression: github.ref = 1",
    ],
    [
      'github.ref & b',
      "Unexpected symbol: '&'. Located at position 12 within expression: github.ref & b",
    ],
    ["'a'.b", "Unexpected symbol: '.'. Located at position 4 within expression: 'a'.b"],
    ['github.1', "Unexpected symbol: '1'. Located at position 8 within expression: github.1"],
    ['12abc', "Unexpected symbol: '12abc'. Located at position 1 within expression: 12abc"],
    ['()', "Unexpected symbol: ')'. Located at position 2 within expression: ()"],
    [
      "format('a',)",
      "Unexpected symbol: ')'. Located at position 12 within expression: format('a',)",
    ],
    [
      'github[*',
      "Unexpected end of expression: '*'. Located at position 8 within expression: github[*",
    ],
    ['== 1', "Unexpected symbol: '=='. Located at position 1 within expression: == 1"],
    [
      'github.ref)',
      "Unexpected symbol: ')'. Located at position 11 within expression: github.ref)",
    ],
    ['$github', "Unexpected symbol: '$github'. Located at position 1 within expression: $github"],
    ['', 'An expression was expected'],
    ['   ', 'An expression was expected'],
  ])('%p: %s', (expression, message) => {
    const error = thrown(() => evaluate(expression))
    expect(error.message).toBe(message)
    expect(error.expression).toBe(expression)
  })

  it('gives the 1-based column of the token at fault', () => {
    expect(thrown(() => evaluate("github.ref == 'x' && secret.X")).column).toBe(22)
    expect(thrown(() => evaluate('')).column).toBeUndefined()
  })

  it('only knows the contexts it is given', () => {
    expect(
      thrown(() => evaluate('steps.tag.outputs.version', { contexts: { github: {} } })).message,
    ).toBe(
      "Unrecognized named-value: 'steps'. Located at position 1 within expression: steps.tag.outputs.version",
    )
    expect(() => parseExpression('steps.x')).not.toThrow()
    expect(() => parseExpression('steps.x', { namedValues: ['github'] })).toThrow(
      "Unrecognized named-value: 'steps'",
    )
  })

  it('refuses expressions deeper than 50 or longer than 21000 characters', () => {
    expect(thrown(() => evaluate('!'.repeat(50) + 'true')).message).toBe(
      'Exceeded max expression depth 50',
    )
    expect(evaluate('!'.repeat(49) + 'true')).toBe(false)
    expect(thrown(() => evaluate(`'${'x'.repeat(21000)}'`)).message).toBe(
      'Exceeded max expression length 21000',
    )
  })

  it.each<[string, string]>([
    ["format('{0')", 'The following format string is invalid: {0'],
    ["format('a } b')", 'The following format string is invalid: a } b'],
    ["format('{x}', 1)", 'The following format string is invalid: {x}'],
    ["format('{}', 1)", 'The following format string is invalid: {}'],
    ["format('{256}', 1)", 'The following format string is invalid: {256}'],
    [
      "format('{1}', 'a')",
      'The following format string references more arguments than were supplied: {1}',
    ],
    [
      "format('{0}')",
      'The following format string references more arguments than were supplied: {0}',
    ],
    [
      "format('{0:x}', 1)",
      "The format specifiers 'x' are not valid for objects of this type: {0:x}",
    ],
  ])('%s fails: %s', (expression, message) => {
    expect(thrown(() => evaluate(expression)).message).toBe(message)
  })

  it('says what fromJSON could not read', () => {
    expect(thrown(() => evaluate("fromJSON('{oops')")).message).toMatch(
      /^Error reading JSON in fromJSON\('\{oops'\): .+\. Pass it valid JSON, e\.g\. '\{"a": 1\}' or '\["a", "b"\]'\.$/,
    )
    expect(thrown(() => evaluate("fromJSON('')")).message).toMatch(
      /^Error reading JSON in fromJSON\(''\)/,
    )
  })
})

describe('expressionsIn', () => {
  it('finds every ${{ }} with its offsets', () => {
    const text = 'v${{ env.VERSION }}-${{github.ref}}'
    expect(expressionsIn(text)).toEqual([
      { expression: 'env.VERSION', start: 1, end: 19 },
      { expression: 'github.ref', start: 20, end: 35 },
    ])
    expect(expressionsIn('no expressions $ { {')).toEqual([])
  })

  it('does not end an expression at }} inside a quoted string', () => {
    expect(expressionsIn("${{ format('{{0}}', 'it''s }}') }}!")).toEqual([
      { expression: "format('{{0}}', 'it''s }}')", start: 0, end: 34 },
    ])
  })

  it('refuses an unclosed ${{', () => {
    expect(thrown(() => expressionsIn('a ${{ github.ref')).message).toBe(UNCLOSED_EXPRESSION)
    expect(UNCLOSED_EXPRESSION).toBe(
      'The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.',
    )
    expect(thrown(() => expressionsIn("${{ 'a }}")).message).toBe(UNCLOSED_EXPRESSION)
  })
  it('scanExpressions keeps what it found before an unclosed ${{, and says where it starts', () => {
    expect(scanExpressions('${{ a }} and ${{ b')).toEqual({
      found: [{ expression: 'a', start: 0, end: 8 }],
      unclosedAt: 13,
    })
    expect(scanExpressions('${{ a }}').unclosedAt).toBeUndefined()
  })
})

describe('interpolate', () => {
  it.each<[string, string]>([
    ['plain text', 'plain text'],
    ['v${{ env.VERSION }}', 'v1.2.0'],
    ['${{ env.VERSION }}', '1.2.0'],
    ['${{ null }}|${{ true }}|${{ 0.1 }}|${{ 1e16 }}', '|true|0.1|1E+16'],
    ['${{ matrix.list }} and ${{ github.event }}', 'Array and Object'],
    ['${{ toJSON(matrix.list) }}', '[\n  "x",\n  "y"\n]'],
    [
      'release-${{ github.event.release.tag_name || inputs.version || github.ref }}',
      'release-v1.2.0',
    ],
    ['${{ matrix.node }}${{ matrix.os }}', '22ubuntu-latest'],
    ['${{ inputs.flag }}', 'true'],
  ])('%p -> %p', (text, expected) => {
    expect(interpolate(text, ctx)).toBe(expected)
  })

  it('reports an error in an embedded expression', () => {
    expect(thrown(() => interpolate('x ${{ nope }}', ctx)).message).toBe(
      "Unrecognized named-value: 'nope'. Located at position 1 within expression: nope",
    )
  })
})

describe('evaluateValue', () => {
  it('keeps the type of a string that is one whole expression and interpolates the rest', () => {
    expect(
      evaluateValue(
        {
          version: '${{ needs.validate.outputs.version }}',
          node: '${{ matrix.node }}',
          list: '${{ matrix.list }}',
          flag: '${{ inputs.flag }}',
          nothing: '${{ github.missing }}',
          tag: 'v${{ env.VERSION }}',
          spaced: ' ${{ matrix.node }}',
          two: '${{ matrix.node }}${{ matrix.node }}',
          number: 7,
          yes: true,
          none: null,
          items: ['${{ matrix.os }}', { deep: '${{ fromJSON(\'{"a":1}\') }}' }],
          '${{ matrix.os }}-key': 'x',
        },
        ctx,
      ),
    ).toEqual({
      version: '1.2.0',
      node: 22,
      list: ['x', 'y'],
      flag: true,
      nothing: null,
      tag: 'v1.2.0',
      spaced: ' 22',
      two: '2222',
      number: 7,
      yes: true,
      none: null,
      items: ['ubuntu-latest', { deep: { a: 1 } }],
      'ubuntu-latest-key': 'x',
    })
  })

  it('leaves values without expressions as they are', () => {
    const date = new Date(0)
    expect(evaluateValue(date, ctx)).toBe(date)
    expect(evaluateValue(undefined, ctx)).toBeUndefined()
    expect(evaluateValue('a $ {{ b }}', ctx)).toBe('a $ {{ b }}')
  })
})

describe('if: conditions', () => {
  const failing = { ...ctx, status: { success: false, failure: true, cancelled: false } }
  const cancelling = { ...ctx, status: { success: false, failure: false, cancelled: true } }

  it.each<[string | boolean | number | undefined | null, boolean, boolean, boolean]>([
    // condition, when succeeding, when failing, when cancelling
    [undefined, true, false, false],
    [null, true, false, false],
    ['', true, false, false],
    ['  ', true, false, false],
    [true, true, false, false],
    [false, false, false, false],
    [1, true, false, false],
    [0, false, false, false],
    ['true', true, false, false],
    ['${{ true }}', true, false, false],
    ["github.event_name == 'release'", true, false, false],
    ["${{ github.event_name == 'release' }}", true, false, false],
    ["needs.validate.outputs.npm == 'true'", true, false, false],
    ["needs.validate.outputs.npm == 'false'", false, false, false],
    ['always()', true, true, true],
    ['${{ always() }}', true, true, true],
    ['failure()', false, true, false],
    ['cancelled()', false, false, true],
    ['success()', true, false, false],
    ['!cancelled()', true, true, false],
    ["${{ !cancelled() && needs.validate.result == 'success' }}", true, true, false],
    ['always() && false', false, false, false],
    ['failure() || success()', true, true, false],
    ["contains('failure()', 'x')", false, false, false],
    ['env.EMPTY', false, false, false],
    ['env.ZERO', true, false, false],
    ['fromJSON(env.ZERO)', false, false, false],
    // Text around ${{ }} makes a non-empty string: true whenever the implicit success() holds.
    ['${{ false }} ', true, false, false],
    ['${{ false }} && ${{ false }}', true, false, false],
    ['${{ failure() }} x', true, true, true],
    ['  ${{ false }}', true, false, false],
    ['${{ false }}\n', true, false, false],
  ])('%p: %p / %p / %p', (condition, whenSucceeding, whenFailing, whenCancelling) => {
    expect(evaluateCondition(condition, ctx)).toBe(whenSucceeding)
    expect(evaluateCondition(condition, failing)).toBe(whenFailing)
    expect(evaluateCondition(condition, cancelling)).toBe(whenCancelling)
  })

  it('does not evaluate the condition when the implicit success() is false', () => {
    expect(evaluateCondition("fromJSON('{')", failing)).toBe(false)
    expect(() => evaluateCondition("fromJSON('{')", ctx)).toThrow('Error reading JSON')
  })

  it('still checks the syntax of a condition it does not evaluate', () => {
    expect(() => evaluateCondition('nope == 1', failing)).toThrow(
      "Unrecognized named-value: 'nope'. Located at position 1 within expression: nope == 1",
    )
  })

  it('tells a status function from a string or property that looks like one', () => {
    expect(callsStatusFunction(parseExpression("contains('always()', 'x')"))).toBe(false)
    expect(callsStatusFunction(parseExpression('steps.always'))).toBe(false)
    expect(callsStatusFunction(parseExpression("format('{0}', Always())"))).toBe(true)
    expect(callsStatusFunction(parseExpression('github[cancelled()]'))).toBe(true)
  })
})
