import { expandMatrix, matrixSuffix, type Value, WorkflowError } from '@tokenless/workflow'

function message(matrix: Value, where?: { file: string; line: number }): string {
  try {
    expandMatrix(matrix, where)
  } catch (error) {
    if (error instanceof WorkflowError) return error.message
    throw error
  }
  throw new Error('expected a WorkflowError')
}

describe('expandMatrix', () => {
  it('gives one empty combination without a matrix', () => {
    expect(expandMatrix(null)).toEqual([{}])
  })

  it('makes the product of the keys, the first key varying slowest', () => {
    expect(expandMatrix({ os: ['ubuntu-latest', 'windows-latest'], node: [14, 16] })).toEqual([
      { os: 'ubuntu-latest', node: 14 },
      { os: 'ubuntu-latest', node: 16 },
      { os: 'windows-latest', node: 14 },
      { os: 'windows-latest', node: 16 },
    ])
  })

  it('keeps values that are objects', () => {
    expect(expandMatrix({ cfg: [{ a: 1 }, { a: 2 }] })).toEqual([
      { cfg: { a: 1 } },
      { cfg: { a: 2 } },
    ])
  })

  // GitHub docs, "Excluding matrix configurations": 12 combinations, 3 excluded.
  it('excludes the combinations an exclude entry matches, even partly', () => {
    const result = expandMatrix({
      os: ['macos-latest', 'windows-latest'],
      version: [12, 14, 16],
      environment: ['staging', 'production'],
      exclude: [
        { os: 'macos-latest', version: 12, environment: 'production' },
        { os: 'windows-latest', version: 16 },
      ],
    })
    expect(result).toHaveLength(9)
    expect(result).not.toContainEqual({
      os: 'macos-latest',
      version: 12,
      environment: 'production',
    })
    expect(result).not.toContainEqual({ os: 'windows-latest', version: 16, environment: 'staging' })
    expect(result).toContainEqual({ os: 'macos-latest', version: 12, environment: 'staging' })
  })

  // GitHub docs, "Example: Expanding configurations".
  it('extends the combinations an include entry matches', () => {
    expect(
      expandMatrix({
        os: ['windows-latest', 'ubuntu-latest'],
        node: [14, 16],
        include: [{ os: 'windows-latest', node: 16, npm: 6 }],
      }),
    ).toEqual([
      { os: 'windows-latest', node: 14 },
      { os: 'windows-latest', node: 16, npm: 6 },
      { os: 'ubuntu-latest', node: 14 },
      { os: 'ubuntu-latest', node: 16 },
    ])
  })

  // GitHub docs, "Example: Adding configurations".
  it('adds an include entry that matches no combination as a combination of its own', () => {
    expect(
      expandMatrix({
        os: ['windows-latest', 'ubuntu-latest', 'macos-latest'],
        version: [10, 12, 14],
        include: [{ os: 'windows-latest', version: 17 }],
      }),
    ).toHaveLength(10)
  })

  // GitHub docs, "Expanding or adding matrix configurations": the fruit and animal example.
  it('follows the documented include rules exactly', () => {
    expect(
      expandMatrix({
        fruit: ['apple', 'pear'],
        animal: ['cat', 'dog'],
        include: [
          { color: 'green' },
          { color: 'pink', animal: 'cat' },
          { fruit: 'apple', shape: 'circle' },
          { fruit: 'banana' },
          { fruit: 'banana', animal: 'cat' },
        ],
      }),
    ).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ])
  })

  it('applies exclude before include', () => {
    expect(
      expandMatrix({
        os: ['a', 'b'],
        exclude: [{ os: 'b' }],
        include: [{ os: 'b', extra: true }],
      }),
    ).toEqual([{ os: 'a' }, { os: 'b', extra: true }])
  })

  it('makes a combination of each include entry when the matrix has no keys', () => {
    expect(
      expandMatrix({
        include: [{ site: 'production', datacenter: 'site-a' }, { site: 'staging' }],
      }),
    ).toEqual([{ site: 'production', datacenter: 'site-a' }, { site: 'staging' }])
  })

  it('matches values exactly: 16 is not "16"', () => {
    expect(expandMatrix({ node: [16], include: [{ node: '16', npm: 6 }] })).toEqual([
      { node: 16 },
      { node: '16', npm: 6 },
    ])
  })

  it('allows 256 jobs', () => {
    expect(expandMatrix({ a: [...Array(16).keys()], b: [...Array(16).keys()] })).toHaveLength(256)
  })
})

describe('matrix errors', () => {
  const where = { file: '.github/workflows/ci.yml', line: 12 }
  it.each<[string, Value, string]>([
    [
      'a list',
      ['a'],
      'the matrix must be a mapping of keys to lists of values, but it is a list. Write e.g. `matrix: { node: [20, 22] }`, or `${{ fromJSON(...) }}` giving such a mapping.',
    ],
    [
      'a string',
      '${{ fromJSON(x) }}',
      'the matrix must be a mapping of keys to lists of values, but it is "${{ fromJSON(x) }}". Write e.g. `matrix: { node: [20, 22] }`, or `${{ fromJSON(...) }}` giving such a mapping.',
    ],
    [
      'a key that is not a list',
      { node: 20 },
      "matrix key 'node' must be a list of values, e.g. `node: [a, b]`, but it is 20.",
    ],
    [
      'an empty key',
      { node: [] },
      "matrix key 'node' has no values, so the matrix makes no job. Give it at least one value, or remove it.",
    ],
    [
      'no keys',
      {},
      'the matrix has no keys and no `include:`, so it makes no job. Add a key with a list of values, e.g. `node: [20, 22]`.',
    ],
    [
      'an include that is not a list of mappings',
      { node: [1], include: ['x'] },
      'matrix `include:` must be a list of mappings, e.g. `include: [{ os: windows-latest, node: 20 }]`.',
    ],
    [
      'an exclude that is a mapping',
      { node: [1], exclude: { node: 1 } },
      'matrix `exclude:` must be a list of mappings, e.g. `exclude: [{ os: windows-latest, node: 20 }]`.',
    ],
    [
      'everything excluded',
      { node: [1, 2], exclude: [{ node: 1 }, { node: 2 }] },
      'the matrix excludes every combination, so it makes no job. Loosen `exclude:`, or add to `include:`.',
    ],
    [
      'more than 256 jobs',
      { a: [...Array(16).keys()], b: [...Array(17).keys()] },
      'the matrix makes 272 jobs, but GitHub runs at most 256 per matrix. Split it, or exclude combinations.',
    ],
  ])('%s', (_what, matrix, text) => {
    expect(message(matrix)).toBe(text)
    expect(message(matrix, where)).toBe(`.github/workflows/ci.yml:12: ${text}`)
  })
})

describe('matrixSuffix', () => {
  it.each<[Record<string, Value>, string]>([
    [{ os: 'ubuntu-latest', node: 20 }, '(ubuntu-latest, 20)'],
    [{ os: 'ubuntu-latest', node: 16, npm: 6 }, '(ubuntu-latest, 16, 6)'],
    [{ a: '', b: null, c: true }, '(true)'],
    [{ a: null }, ''],
    [{ cfg: { name: 'x', v: [1, 2] } }, '(x, 1, 2)'],
    [{}, ''],
  ])('%p -> %p', (combination, suffix) => {
    expect(matrixSuffix(combination)).toBe(suffix)
  })
})
