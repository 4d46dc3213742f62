import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCoreMetadata, readNpmTarball, readPythonDistribution } from '@tokenless/artifacts'

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tokenless-artifacts-'))
}

/** Builds a wheel and an sdist with Python's own zipfile and tarfile modules. */
function pythonDists(dir: string): { wheel: string; sdist: string } {
  const metadata =
    'Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.0rc1\nSummary: A demo\nClassifier: A\nClassifier: B\n\nLong description\nhere.\n'
  writeFileSync(join(dir, 'METADATA'), metadata)
  execFileSync('python3', [
    '-c',
    `import zipfile, tarfile, io, sys
d = sys.argv[1]
meta = open(d + '/METADATA', 'rb').read()
with zipfile.ZipFile(d + '/demo_pkg-1.2.0rc1-py3-none-any.whl', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('demo_pkg/__init__.py', '__version__ = "1.2.0rc1"\\n')
    z.writestr('demo_pkg-1.2.0rc1.dist-info/METADATA', meta)
with tarfile.open(d + '/demo_pkg-1.2.0rc1.tar.gz', 'w:gz', format=tarfile.PAX_FORMAT) as t:
    info = tarfile.TarInfo('demo_pkg-1.2.0rc1/PKG-INFO'); info.size = len(meta)
    t.addfile(info, io.BytesIO(meta))
`,
    dir,
  ])
  return {
    wheel: join(dir, 'demo_pkg-1.2.0rc1-py3-none-any.whl'),
    sdist: join(dir, 'demo_pkg-1.2.0rc1.tar.gz'),
  }
}

describe('Python distributions', () => {
  it('reads a wheel and an sdist made by Python, with digests', async () => {
    const { wheel, sdist } = pythonDists(tempDir())
    const w = await readPythonDistribution(wheel)
    expect(w).toMatchObject({
      filetype: 'bdist_wheel',
      name: 'demo-pkg',
      version: '1.2.0rc1',
      pyversion: 'py3',
    })
    expect(w.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(w.metadata.fields.get('Classifier')).toEqual(['A', 'B'])
    const s = await readPythonDistribution(sdist)
    expect(s).toMatchObject({
      filetype: 'sdist',
      name: 'demo-pkg',
      version: '1.2.0rc1',
      pyversion: 'source',
    })
    expect(s.metadata.description).toBe('Long description\nhere.\n')
  })

  it('refuses what PyPI would not take', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'demo.zip'), 'x')
    await expect(readPythonDistribution(join(dir, 'demo.zip'))).rejects.toThrow(
      'demo.zip is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.',
    )
    execFileSync('python3', [
      '-c',
      `import zipfile; zipfile.ZipFile('${dir}/x-1.0-py3-none-any.whl', 'w').writestr('x/__init__.py', '')`,
    ])
    await expect(readPythonDistribution(join(dir, 'x-1.0-py3-none-any.whl'))).rejects.toThrow(
      'x-1.0-py3-none-any.whl has no *.dist-info/METADATA: it is not a valid distribution. Rebuild it with python -m build.',
    )
  })

  it('parses continuation lines of core metadata', () => {
    expect(
      parseCoreMetadata('Name: a\nLicense: MIT\n  and more\n\nbody').fields.get('License'),
    ).toEqual(['MIT\nand more'])
  })
})

describe('npm tarballs', () => {
  it('reads the package.json of a tarball made by npm pack, with npm’s integrity', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'pkg'))
    writeFileSync(
      join(dir, 'pkg', 'package.json'),
      JSON.stringify({ name: '@acme/demo', version: '1.0.0' }),
    )
    writeFileSync(join(dir, 'pkg', 'index.js'), 'module.exports = 1\n')
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
        cwd: join(dir, 'pkg'),
        encoding: 'utf8',
      }),
    ) as Array<{ filename: string; integrity: string; shasum: string }>
    const tarball = await readNpmTarball(join(dir, packed[0]!.filename))
    expect(tarball).toMatchObject({
      name: '@acme/demo',
      version: '1.0.0',
      integrity: packed[0]!.integrity,
      shasum: packed[0]!.shasum,
    })
  })

  it('refuses a file that is not a tarball', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'x.tgz'), 'not gzip')
    await expect(readNpmTarball(join(dir, 'x.tgz'))).rejects.toThrow(
      'x.tgz is not a gzipped tarball: pass a file made by npm pack.',
    )
  })
})
