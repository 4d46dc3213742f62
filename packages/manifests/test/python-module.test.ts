import {
  findPythonAssignment,
  readManifestVersion,
  readPythonModuleVersion,
} from '@tokenless/manifests'

import { configurationError, lines, writeTree } from './fixture.js'

describe('findPythonAssignment', () => {
  it.each([
    ['__version__ = "1.2.3"', '1.2.3'],
    ["__version__ = '1.2.3'", '1.2.3'],
    ['__version__: str = "1.2.3"', '1.2.3'],
    ['__version__: Final[str] = "1.2.3"  # bumped by release', '1.2.3'],
    ['__version__="1.2.3";', '1.2.3'],
    ['__version__ = r"1.2.3"', '1.2.3'],
    ['__version__ = """1.2.3"""', '1.2.3'],
    ['__version__ = "1.2.3"\r', '1.2.3'],
  ])('reads %j', (text, value) => {
    expect(findPythonAssignment(text, ['__version__'])?.value).toBe(value)
  })

  it.each([
    ['__version__ = version("acme")', 'version("acme")'],
    ['__version__ = "1.2" + ".3"', '"1.2" + ".3"'],
    ['__version__ = VERSION', 'VERSION'],
  ])('sees an expression in %j', (text, expression) => {
    const found = findPythonAssignment(text, ['__version__'])
    expect(found).toMatchObject({ name: '__version__', expression })
    expect(found?.value).toBeUndefined()
  })

  it('skips what is not a top-level assignment', () => {
    const text = lines(
      '"""Module docstring.',
      '__version__ = "0.0.1"',
      '"""',
      '# __version__ = "0.0.2"',
      'x = """',
      "__version__ = '0.0.3'",
      '"""',
      'settings = dict(',
      '__version__ = "0.0.4",',
      ')',
      'text = "a \\',
      'b"; y = 1 + \\',
      '  2',
      'def f():',
      '    __version__ = "0.0.5"',
      'if __version__ == "0.0.6": pass',
      '__version__x = "0.0.7"',
      "s = 'it''s'",
      '__version__ = "1.0.0"',
      '__version__ = "2.0.0"',
    )
    const found = findPythonAssignment(text, ['__version__'])
    expect(found?.value).toBe('1.0.0')
    expect(text.slice(found!.start, found!.start + 11)).toBe('__version__')
  })

  it('looks for any of several names and reports the one found', () => {
    expect(findPythonAssignment('VERSION = "3"\n', ['__version__', 'VERSION'])).toMatchObject({
      name: 'VERSION',
      value: '3',
    })
    expect(findPythonAssignment('VERSION = "3"\n', ['__version__'])).toBeUndefined()
  })
})

describe('*.py manifests', () => {
  it('reads __version__ with its line and column', async () => {
    const cwd = writeTree({
      'src/acme/__init__.py': lines(
        '"""Acme."""',
        'from importlib import metadata',
        '',
        '__all__ = ["__version__"]',
        '__version__: str = "1.2.0rc1"',
      ),
    })
    await expect(readManifestVersion('src/acme/__init__.py', { cwd })).resolves.toEqual({
      spec: 'src/acme/__init__.py',
      file: 'src/acme/__init__.py',
      line: 5,
      column: 21,
      version: '1.2.0rc1',
      kind: 'python-module',
      source: '__version__',
    })
  })

  it('says when __version__ is missing', async () => {
    const cwd = writeTree({
      'acme/__about__.py': lines('VERSION = "1.0.0"', '    __version__ = "1.0.0"'),
    })
    await configurationError(
      () => readManifestVersion('acme/__about__.py', { cwd }),
      'acme/__about__.py has no top-level __version__ assignment. Add __version__ = "1.2.3", or remove acme/__about__.py from manifests.',
      { file: 'acme/__about__.py' },
    )
  })

  it('says when __version__ is computed', async () => {
    const cwd = writeTree({
      'acme.py': lines(
        'import importlib.metadata',
        '',
        '__version__ = importlib.metadata.version("acme-package-with-a-very-long-name")',
      ),
    })
    await configurationError(
      () => readManifestVersion('acme.py', { cwd }),
      'acme.py:3:1 sets __version__ to importlib.metadata.version("acme-package-with-a-very-long..., not a string literal: tokenless reads the version without running Python. Write __version__ = "1.2.3", or remove acme.py from manifests.',
      { file: 'acme.py', line: 3, column: 1 },
    )
  })

  it('says when __version__ is empty', async () => {
    const cwd = writeTree({ 'acme.py': "__version__ = ''\n" })
    await configurationError(
      () => readManifestVersion('acme.py', { cwd }),
      'acme.py:1:16 has an empty version (__version__): write the version being released there, e.g. 1.2.3.',
    )
  })
})

describe('findPythonAssignment: continuations and escapes', () => {
  it('skips a line continued by a backslash and LF, and only that line', () => {
    // VERSION = __version__ = "1.0.0.dev0": a chained assignment split over two lines. The
    // second line does not start a statement, whatever it holds; the third does.
    const text = lines('VERSION = \\', '__version__ = "1.0.0.dev0"', '__version__ = "1.0.0"')
    expect(findPythonAssignment(text, ['__version__'])?.value).toBe('1.0.0')
  })

  it('reads __version__ right after a statement continued by a backslash', async () => {
    const cwd = writeTree({
      'src/acme/__init__.py': lines(
        'import os',
        '',
        'DEFAULT_TIMEOUT = 30 + \\',
        '    int(os.environ.get("ACME_EXTRA_TIMEOUT", "0"))',
        '__version__ = "2.4.0"',
      ),
    })
    await expect(
      readPythonModuleVersion(cwd, { spec: 'src/acme/__init__.py', file: 'src/acme/__init__.py' }),
    ).resolves.toMatchObject({ version: '2.4.0', line: 5, column: 16 })
  })

  it('skips a line continued by a backslash and CRLF, but not one after a lone backslash', () => {
    const crlf = 'x = 1 + \\\r\n__version__ = "1"\r\n__version__ = "2"\r\n'
    expect(findPythonAssignment(crlf, ['__version__'])?.value).toBe('2')
    const lone = 'y = 1 \\ 2\n__version__ = "1"\n'
    expect(findPythonAssignment(lone, ['__version__'])?.value).toBe('1')
  })

  it('skips an escaped quote inside a triple-quoted string', () => {
    const text = lines('doc = """a\\"""', '__version__ = "1"', '"""', '__version__ = "2"')
    expect(findPythonAssignment(text, ['__version__'])?.value).toBe('2')
  })

  it('names __version__ in the example when no names are given', async () => {
    const cwd = writeTree({ 'm.py': lines('x = 1') })
    await expect(
      readPythonModuleVersion(cwd, { spec: 'm.py', file: 'm.py' }, { names: [] }),
    ).rejects.toThrow(
      'm.py has no top-level  assignment. Add __version__ = "1.2.3", or remove m.py from manifests.',
    )
  })
})
