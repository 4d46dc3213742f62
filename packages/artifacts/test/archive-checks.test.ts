import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readNpmTarball, readPythonDistribution } from '@tokenless/artifacts'

/**
 * Hostile archives, made with Python's own tarfile and zipfile (what an attacker has at hand):
 * each is written to `dir/<file>` by the Python snippet.
 */
function makeArchive(file: string, python: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-hostile-'))
  const path = join(dir, file)
  execFileSync('python3', [
    '-c',
    `import io, sys, tarfile, zipfile, json
path = sys.argv[1]
def tar_file(t, name, data):
    info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
def manifest(version):
    return json.dumps({"name": "victim", "version": version}).encode()
META = lambda name, version: f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n\\n".encode()
${python}`,
    path,
  ])
  return path
}

const npmTar = (body: string) =>
  `with tarfile.open(path, 'w:gz', format=tarfile.PAX_FORMAT) as t:\n${body
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}`

describe('npm tarballs are read as npm will unpack them', () => {
  it('refuses package/package.json twice: checked on the first, published on the last', async () => {
    const path = makeArchive(
      'victim-1.0.0.tgz',
      npmTar(
        `tar_file(t, 'package/package.json', manifest('1.0.0'))\ntar_file(t, 'package/package.json', manifest('9.9.9'))`,
      ),
    )
    await expect(readNpmTarball(path)).rejects.toThrow(
      'victim-1.0.0.tgz holds "package.json" twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. Rebuild it with npm pack and publish what that makes.',
    )
  })

  it('refuses two top folders that npm’s strip: 1 makes the same file', async () => {
    const path = makeArchive(
      'victim-1.0.0.tgz',
      npmTar(
        `tar_file(t, 'package/package.json', manifest('1.0.0'))\ntar_file(t, 'other/./package.json', manifest('9.9.9'))`,
      ),
    )
    await expect(readNpmTarball(path)).rejects.toThrow(
      'victim-1.0.0.tgz holds "package.json" twice',
    )
  })

  it('refuses a duplicate hidden behind a pax path header', async () => {
    const long = `package/${'d/'.repeat(60)}f.js`
    const path = makeArchive(
      'victim-1.0.0.tgz',
      npmTar(
        `tar_file(t, 'package/package.json', manifest('1.0.0'))\ntar_file(t, '${long}', b'1')\ntar_file(t, '${long}', b'2')`,
      ),
    )
    await expect(readNpmTarball(path)).rejects.toThrow(
      `holds "${long.slice('package/'.length)}" twice`,
    )
  })

  it.each([
    ['../escape.js', 'an absolute path or one with ".."'],
    ['/etc/cron.d/x', 'an absolute path or one with ".."'],
    ['package/../../x', 'an absolute path or one with ".."'],
  ])('refuses the entry %s', async (name, said) => {
    const path = makeArchive(
      'victim-1.0.0.tgz',
      npmTar(
        `tar_file(t, 'package/package.json', manifest('1.0.0'))\ntar_file(t, '${name}', b'x')`,
      ),
    )
    await expect(readNpmTarball(path)).rejects.toThrow(
      `victim-1.0.0.tgz holds the entry ${JSON.stringify(name)}, ${said}, which would be written outside the package when unpacked. Rebuild it with npm pack and publish what that makes.`,
    )
  })

  it.each([
    ['SYMTYPE', 'symlink'],
    ['LNKTYPE', 'hardlink'],
    ['FIFOTYPE', 'device, FIFO or other special file'],
  ])('refuses a %s entry', async (type, said) => {
    const path = makeArchive(
      'victim-1.0.0.tgz',
      npmTar(
        `tar_file(t, 'package/package.json', manifest('1.0.0'))\ninfo = tarfile.TarInfo('package/index.js'); info.type = tarfile.${type}; info.linkname = '/etc/passwd'\nt.addfile(info)`,
      ),
    )
    await expect(readNpmTarball(path)).rejects.toThrow(
      `victim-1.0.0.tgz holds the entry "package/index.js", which is a ${said}: a package carries regular files only. Rebuild it with npm pack and publish what that makes.`,
    )
  })

  it('reads a tarball whose package.json is not JSON as refused, not as a crash', async () => {
    const path = makeArchive(
      'victim-1.0.0.tgz',
      npmTar(`tar_file(t, 'package/package.json', b'{nope')`),
    )
    await expect(readNpmTarball(path)).rejects.toThrow(
      'victim-1.0.0.tgz: package/package.json is not valid JSON. Rebuild it with npm pack.',
    )
  })
})

describe('wheels and sdists are read as PyPI and installers will read them', () => {
  const WHEEL = 'demo_pkg-1.0.0-py3-none-any.whl'
  const wheel = (body: string) =>
    `with zipfile.ZipFile(path, 'w') as z:\n${body
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')}`

  it('reads a ZIP64 wheel: a ZIP64 entry, and 65,536 entries behind a ZIP64 end record', async () => {
    const path = makeArchive(
      WHEEL,
      wheel(
        `with z.open('demo_pkg-1.0.0.dist-info/METADATA', 'w', force_zip64=True) as f:\n    f.write(META('demo-pkg', '1.0.0'))\nfor i in range(65536):\n    z.writestr(f'demo_pkg/m{i}.py', '')`,
      ),
    )
    const data = readFileSync(path)
    // Python wrote the ZIP64 end of central directory record and its locator.
    expect(data.includes(Buffer.from([0x50, 0x4b, 6, 6]))).toBe(true)
    expect(data.includes(Buffer.from([0x50, 0x4b, 6, 7]))).toBe(true)
    await expect(readPythonDistribution(path)).resolves.toMatchObject({
      name: 'demo-pkg',
      version: '1.0.0',
    })
  })

  it('refuses a wheel that is not a zip and an sdist that is not a gzipped tarball', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenless-hostile-'))
    writeFileSync(join(dir, WHEEL), 'not a zip')
    writeFileSync(join(dir, 'demo_pkg-1.0.0.tar.gz'), 'not gzip')
    await expect(readPythonDistribution(join(dir, WHEEL))).rejects.toThrow(
      `${WHEEL} is not a zip archive, so it is not a valid wheel. Rebuild it with python -m build.`,
    )
    await expect(readPythonDistribution(join(dir, 'demo_pkg-1.0.0.tar.gz'))).rejects.toThrow(
      'demo_pkg-1.0.0.tar.gz is not a gzipped tar archive, so it is not a valid sdist. Rebuild it with python -m build.',
    )
  })

  it('refuses the same name twice in a wheel', async () => {
    const path = makeArchive(
      WHEEL,
      wheel(
        `z.writestr('demo_pkg-1.0.0.dist-info/METADATA', META('demo-pkg', '1.0.0'))\nz.writestr('demo_pkg/__init__.py', 'good')\nz.writestr('demo_pkg/__init__.py', 'evil')`,
      ),
    )
    await expect(readPythonDistribution(path)).rejects.toThrow(
      `${WHEEL} holds "demo_pkg/__init__.py" twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. Rebuild it with python -m build and publish what that makes.`,
    )
  })

  it('refuses two METADATA files (checked on one, installed from the other)', async () => {
    const path = makeArchive(
      WHEEL,
      wheel(
        `z.writestr('demo_pkg-1.0.0.dist-info/METADATA', META('demo-pkg', '1.0.0'))\nz.writestr('demo_pkg-9.9.9.dist-info/METADATA', META('demo-pkg', '9.9.9'))`,
      ),
    )
    await expect(readPythonDistribution(path)).rejects.toThrow(
      `${WHEEL} holds 2 metadata files ("demo_pkg-1.0.0.dist-info/METADATA", "demo_pkg-9.9.9.dist-info/METADATA"): PyPI and installers could each read another. Rebuild it with python -m build.`,
    )
  })

  it('refuses a wheel whose METADATA is not the version its name says', async () => {
    const path = makeArchive(
      WHEEL,
      wheel(`z.writestr('demo_pkg-1.0.0.dist-info/METADATA', META('demo-pkg', '9.9.9'))`),
    )
    await expect(readPythonDistribution(path)).rejects.toThrow(
      `${WHEEL}: its file name says demo_pkg 1.0.0, but its metadata (demo_pkg-1.0.0.dist-info/METADATA) says demo-pkg 9.9.9: PyPI and installers would not agree on what this is. Rebuild it with python -m build.`,
    )
  })

  it('refuses a wheel whose dist-info folder names another version', async () => {
    const path = makeArchive(
      WHEEL,
      wheel(`z.writestr('demo_pkg-9.9.9.dist-info/METADATA', META('demo-pkg', '1.0.0'))`),
    )
    await expect(readPythonDistribution(path)).rejects.toThrow(
      `${WHEEL}: its demo_pkg-9.9.9.dist-info folder says demo_pkg 9.9.9, but its metadata`,
    )
  })

  it('accepts normalised forms of the same name and version', async () => {
    const path = makeArchive(
      'Demo.Pkg-1.0rc1-py3-none-any.whl',
      wheel(`z.writestr('Demo.Pkg-1.0rc1.dist-info/METADATA', META('demo_pkg', '1.0.0-RC1'))`),
    )
    await expect(readPythonDistribution(path)).resolves.toMatchObject({ version: '1.0.0-RC1' })
  })

  it.each([['../evil.pth'], ['/usr/lib/evil.pth']])('refuses the wheel entry %s', async (name) => {
    const path = makeArchive(
      WHEEL,
      wheel(
        `z.writestr('demo_pkg-1.0.0.dist-info/METADATA', META('demo-pkg', '1.0.0'))\nz.writestr(zipfile.ZipInfo('${name}'), 'x')`,
      ),
    )
    await expect(readPythonDistribution(path)).rejects.toThrow(
      `${WHEEL} holds the entry ${JSON.stringify(name)}, an absolute path or one with ".."`,
    )
  })

  it('refuses a symlink in a wheel', async () => {
    const path = makeArchive(
      WHEEL,
      wheel(
        `z.writestr('demo_pkg-1.0.0.dist-info/METADATA', META('demo-pkg', '1.0.0'))\ninfo = zipfile.ZipInfo('demo_pkg/link'); info.create_system = 3; info.external_attr = 0o120777 << 16\nz.writestr(info, '/etc/passwd')`,
      ),
    )
    await expect(readPythonDistribution(path)).rejects.toThrow(
      `${WHEEL} holds the entry "demo_pkg/link", which is a symlink: a package carries regular files only.`,
    )
  })

  it('refuses a wheel whose local header names another file than its central directory', async () => {
    const path = makeArchive(
      WHEEL,
      `${wheel(`z.writestr('demo_pkg-1.0.0.dist-info/METADATA', META('demo-pkg', '1.0.0'))\nz.writestr('demo_pkg/aaa.py', 'x')`)}
data = open(path, 'rb').read()
open(path, 'wb').write(data.replace(b'demo_pkg/aaa.py', b'demo_pkg/zzz.py', 1))`,
    )
    await expect(readPythonDistribution(path)).rejects.toThrow(
      `${WHEEL} names an entry "demo_pkg/aaa.py" in its central directory and "demo_pkg/zzz.py" in the entry itself: readers would disagree on what it holds. Rebuild it with python -m build and publish what that makes.`,
    )
  })

  it('refuses an sdist with PKG-INFO twice, or whose PKG-INFO is another version', async () => {
    const twice = makeArchive(
      'demo_pkg-1.0.0.tar.gz',
      `with tarfile.open(path, 'w:gz') as t:\n    tar_file(t, 'demo_pkg-1.0.0/PKG-INFO', META('demo-pkg', '1.0.0'))\n    tar_file(t, 'demo_pkg-1.0.0/PKG-INFO', META('demo-pkg', '9.9.9'))`,
    )
    await expect(readPythonDistribution(twice)).rejects.toThrow(
      'demo_pkg-1.0.0.tar.gz holds "demo_pkg-1.0.0/PKG-INFO" twice',
    )
    const other = makeArchive(
      'demo_pkg-1.0.0.tar.gz',
      `with tarfile.open(path, 'w:gz') as t:\n    tar_file(t, 'demo_pkg-1.0.0/PKG-INFO', META('demo-pkg', '9.9.9'))`,
    )
    await expect(readPythonDistribution(other)).rejects.toThrow(
      'demo_pkg-1.0.0.tar.gz: its file name says demo_pkg 1.0.0, but its metadata (demo_pkg-1.0.0/PKG-INFO) says demo-pkg 9.9.9',
    )
  })
})
