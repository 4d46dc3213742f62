import { LineIndex, scanTomlLayout } from '@tokenless/manifests'
import { parse } from 'smol-toml'

import { lines } from './fixture.js'

describe('LineIndex', () => {
  it('turns offsets into 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\r\n\nef')
    expect(index.position(0)).toEqual({ line: 1, column: 1 })
    expect(index.position(2)).toEqual({ line: 1, column: 3 })
    expect(index.position(3)).toEqual({ line: 2, column: 1 })
    expect(index.position(7)).toEqual({ line: 3, column: 1 })
    expect(index.position(9)).toEqual({ line: 4, column: 2 })
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 })
  })
})

describe('scanTomlLayout', () => {
  const text = lines(
    '# version = "0.0.0" in a comment',
    'version = "top"',
    '',
    '[ tool . "poetry" ]  # a header with spaces and a quoted key',
    'description = """',
    '[project]',
    'version = "not a key: inside a multi-line string"',
    '"""',
    "notes = '''",
    "version = 'also inside' '''",
    'version = "1.0.0" # trailing comment',
    '',
    '[project]',
    'name = "acme"',
    'authors = [',
    '  { name = "A", email = "a@example.com" },  # comment in an array',
    '  { name = "B", version = "nested in an array" },',
    ']',
    'urls = { Home = "https://x", "Bug Tracker" = "https://y" }',
    'released = 1979-05-27 07:32:00Z',
    'dynamic = [',
    '  "readme",',
    ']',
    '  version   =   "2.0.0"',
    '',
    '[[tool.bins]]',
    'version = "array table 1"',
    '[[tool.bins]]',
    'version = "array table 2"',
    '',
    '[package]',
    'version.workspace = true',
    'edition = { workspace = true }',
    '"quoted.key" = "x"',
    "'literal' = 'y'",
    'escaped = "a \\" [not.a.table] \\\\"',
    'multi = """a \\""" b""""',
    '',
    '[workspace.package]',
    'version = """',
    '3.0.0"""',
    'inline = { a = { b = "deep" }, c = [1, { d = 2 }] }',
  )
  const layout = scanTomlLayout(text)

  it('is given a valid TOML document', () => {
    expect(parse(text)).toMatchObject({ version: 'top', package: { version: { workspace: true } } })
  })

  it.each([
    [['version'], 2, 1, 2, 12],
    [['tool', 'poetry', 'description'], 5, 1, 6, 1],
    [['tool', 'poetry', 'notes'], 9, 1, 10, 1],
    [['tool', 'poetry', 'version'], 11, 1, 11, 12],
    [['project', 'name'], 14, 1, 14, 9],
    [['project', 'urls', 'Bug Tracker'], 19, 30, 19, 47],
    [['project', 'urls', 'Home'], 19, 10, 19, 18],
    [['project', 'released'], 20, 1, 20, 12],
    [['project', 'version'], 24, 3, 24, 18],
    [['package', 'version', 'workspace'], 32, 1, 32, 21],
    [['package', 'edition', 'workspace'], 33, 13, 33, 25],
    [['package', 'quoted.key'], 34, 1, 34, 17],
    [['package', 'literal'], 35, 1, 35, 14],
    [['package', 'escaped'], 36, 1, 36, 12],
    [['package', 'multi'], 37, 1, 37, 12],
    [['workspace', 'package', 'version'], 40, 1, 41, 1],
    [['workspace', 'package', 'inline', 'a', 'b'], 42, 18, 42, 23],
    [['workspace', 'package', 'inline', 'c'], 42, 32, 42, 36],
  ])('finds %j at key %i:%i, value %i:%i', (path, line, column, valueLine, valueColumn) => {
    const key = layout.findKey(path)
    expect(key?.key).toEqual({ line, column })
    expect(key?.value).toEqual({ line: valueLine, column: valueColumn })
  })

  it('finds a dotted key by its prefix', () => {
    expect(layout.findKey(['package', 'version'])?.key).toEqual({ line: 32, column: 1 })
    expect(layout.findKey(['package', 'edition'])?.key).toEqual({ line: 33, column: 1 })
  })

  it('does not see keys in strings, comments, arrays or arrays of tables', () => {
    const versions = layout.keys.filter((key) => key.path[key.path.length - 1] === 'version')
    expect(versions.map((key) => [key.path.join('.'), key.key.line])).toEqual([
      ['version', 2],
      ['tool.poetry.version', 11],
      ['project.version', 24],
      [expect.stringMatching(/^tool\.bins\..+\.version$/), 27],
      [expect.stringMatching(/^tool\.bins\..+\.version$/), 29],
      ['workspace.package.version', 40],
    ])
    expect(layout.findKey(['tool', 'bins', 'version'])).toBeUndefined()
  })

  it('finds table headers, and a table that has no header by its first key', () => {
    expect(layout.findTable(['project'])).toEqual({ line: 13, column: 1 })
    expect(layout.findTable(['tool', 'poetry'])).toEqual({ line: 4, column: 1 })
    expect(layout.findTable(['tool'])).toEqual({ line: 4, column: 1 })
    expect(layout.findTable(['package', 'version'])).toEqual({ line: 32, column: 1 })
    expect(layout.findTable(['nothing'])).toBeUndefined()
  })
})

describe('scanTomlLayout on tabs, CRLF, escapes and literal strings', () => {
  const text = [
    'top\t=\t"a"',
    '"caf\\u00e9" = 1',
    '"smile\\U0001F600" = 2',
    '"tab\\tkey" = 3',
    "path = 'C:\\dir\\'",
    "notes = '''C:\\'''",
    'after = """',
    'x"""',
    'crlf = """',
    'y"""',
    '[ "a.b" . c ]',
    'inline = { first = 1, second = { third = 2 } }',
    'list = [ 1, [ 2, 3 ], { hidden = true } ]',
    'last = 4',
    '[[items]]',
    '[[items]]',
    'name = "second"',
    '',
  ].join('\r\n')
  const layout = scanTomlLayout(text)

  it('is given a valid TOML document', () => {
    expect(parse(text)).toMatchObject({ café: 1, 'smile😀': 2, 'tab\tkey': 3, path: 'C:\\dir\\' })
  })

  it.each([
    [['top'], 1, 1, 1, 8],
    [['café'], 2, 1, 2, 15],
    [['smile😀'], 3, 1, 3, 21],
    [['tab\tkey'], 4, 1, 4, 14],
    [['path'], 5, 1, 5, 9],
    [['notes'], 6, 1, 6, 12],
    [['after'], 7, 1, 8, 1],
    [['crlf'], 9, 1, 10, 1],
    [['a.b', 'c', 'inline'], 12, 1, 12, 10],
    [['a.b', 'c', 'inline', 'second', 'third'], 12, 34, 12, 42],
    [['a.b', 'c', 'last'], 14, 1, 14, 8],
  ])('finds %j at key %i:%i, value %i:%i', (path, line, column, valueLine, valueColumn) => {
    const key = layout.findKey(path)
    expect(key?.key).toEqual({ line, column })
    expect(key?.value).toEqual({ line: valueLine, column: valueColumn })
  })

  it('records no key inside an array, and numbers the tables of an array of tables', () => {
    expect(layout.keys.map((key) => key.path.at(-1))).not.toContain('hidden')
    expect(layout.tables.map((table) => [table.path, table.line])).toEqual([
      [['a.b', 'c'], 11],
      [['items'], 15],
      [['items'], 16],
    ])
    const name = layout.keys.find((key) => key.path.at(-1) === 'name')
    expect(name?.path).toEqual(['items', '\u0000[]2', 'name'])
    expect(name?.key).toEqual({ line: 17, column: 1 })
  })

  it('finds the first key of a table that has no header, by line then column', () => {
    expect(layout.findTable(['a.b', 'c', 'inline'])).toEqual({ line: 12, column: 1 })
    expect(layout.findTable(['a.b', 'c', 'inline', 'second'])).toEqual({ line: 12, column: 23 })
  })
})
