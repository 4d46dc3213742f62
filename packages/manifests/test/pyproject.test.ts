import { readManifestVersion } from '@tokenless/manifests'

import { configurationError, lines, writeTree } from './fixture.js'

describe('pyproject.toml', () => {
  it('reads [project].version', async () => {
    const cwd = writeTree({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["hatchling"]',
        '',
        '[project]',
        'name = "acme"',
        'dependencies = [',
        '  "version-parser>=1",  # version = "0"',
        ']',
        'version = "1.2.0rc1"',
        '',
        '[tool.other]',
        'version = "9.9.9"',
      ),
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toEqual({
      spec: 'pyproject.toml',
      file: 'pyproject.toml',
      line: 9,
      column: 12,
      version: '1.2.0rc1',
      kind: 'python',
      packageName: 'acme',
      source: '[project].version',
    })
  })

  it('reads a version written as a dotted key or in an inline table', async () => {
    const dotted = writeTree({
      'pyproject.toml': lines('project.name = "a"', "project.version = '0.1.0'"),
    })
    await expect(readManifestVersion('pyproject.toml', { cwd: dotted })).resolves.toMatchObject({
      line: 2,
      column: 20,
      version: '0.1.0',
      packageName: 'a',
    })
    const inline = writeTree({ 'pyproject.toml': 'project = { name = "b", version = "0.2.0" }\n' })
    await expect(readManifestVersion('pyproject.toml', { cwd: inline })).resolves.toMatchObject({
      line: 1,
      column: 36,
      version: '0.2.0',
    })
  })

  it('reads [tool.poetry].version when there is no [project] version', async () => {
    const cwd = writeTree({
      'pyproject.toml': lines(
        '[tool.poetry]',
        'name = "acme"',
        'version = "0.9.1"',
        '',
        '[tool.poetry.dependencies]',
        'python = "^3.10"',
      ),
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
      line: 3,
      version: '0.9.1',
      packageName: 'acme',
      source: '[tool.poetry].version',
    })
  })

  it('reads a pyproject.toml in a subdirectory, and follows paths from there', async () => {
    const cwd = writeTree({
      'python/pyproject.toml': lines(
        '[project]',
        'name = "acme"',
        'dynamic = ["version"]',
        '[tool.hatch.version]',
        'path = "src/acme/__about__.py"',
      ),
      'python/src/acme/__about__.py': '__version__ = "2.1.0"\n',
    })
    await expect(readManifestVersion('python/pyproject.toml', { cwd })).resolves.toEqual({
      spec: 'python/pyproject.toml',
      file: 'python/src/acme/__about__.py',
      line: 1,
      column: 16,
      version: '2.1.0',
      kind: 'python',
      packageName: 'acme',
      source: '__version__',
      via: {
        file: 'python/pyproject.toml',
        line: 5,
        column: 1,
        source: '[tool.hatch.version].path',
      },
    })
  })

  describe('dynamic versions', () => {
    const dynamicProject = (...tool: string[]): string =>
      lines('[project]', 'name = "acme-lib"', 'dynamic = ["version", "readme"]', '', ...tool)

    it('follows hatch path, accepting VERSION and a leading v as hatch does', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.hatch.version]', 'path = "acme/about.py"'),
        'acme/about.py': lines('# about', "VERSION = 'v3.0.0'"),
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'acme/about.py',
        line: 2,
        column: 13,
        version: '3.0.0',
        source: 'VERSION',
      })
    })

    it("follows hatch's code source", async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.hatch.version]',
          'source = "code"',
          'path = "acme/v.py"',
          'expression = "RELEASE"',
        ),
        'acme/v.py': 'RELEASE = "1.1.1"\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'acme/v.py',
        version: '1.1.1',
        source: 'RELEASE',
      })
    })

    it('refuses hatch code source with an expression it cannot read', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.hatch.version]',
          'source = "code"',
          'path = "acme/v.py"',
          'expression = "get_version()"',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        `pyproject.toml:8:1 lists "version" in [project].dynamic, and hatch's code source with expression "get_version()" computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove pyproject.toml from manifests.`,
        { file: 'pyproject.toml', line: 8, column: 1 },
      )
    })

    it("follows hatch's custom pattern", async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.hatch.version]',
          'path = "VERSION.txt"',
          `pattern = '(?i)^release: (?P<version>.+)$'`,
        ),
        'VERSION.txt': lines('name: acme', 'Release: 4.0.0'),
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'VERSION.txt',
        line: 2,
        column: 10,
        version: '4.0.0',
        source: '[tool.hatch.version].pattern',
      })
    })

    it('refuses a hatch pattern that is not a JavaScript regular expression', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.hatch.version]',
          'path = "v.txt"',
          `pattern = '(?P<version>.+'`,
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:7:1 has a [tool.hatch.version].pattern that tokenless cannot read as a JavaScript regular expression (Invalid regular expression: /(?<version>.+/m: Unterminated group). Use a simpler pattern with a group named version, or remove pyproject.toml from manifests.',
      )
    })

    it('says when the hatch pattern does not match', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.hatch.version]',
          'path = "v.txt"',
          `pattern = '^v=(?P<version>.+)$'`,
        ),
        'v.txt': 'version: 1\n',
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'v.txt has no match for the pattern ^v=(?P<version>.+)$, so pyproject.toml:6:1 ([tool.hatch.version].path) leads to no version. Write the version in v.txt, or fix [tool.hatch.version].path.',
        { file: 'pyproject.toml', line: 6, column: 1 },
      )
    })

    it('says when the file hatch names is missing', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.hatch.version]', 'path = "src/acme/__about__.py"'),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'src/acme/__about__.py was not found: pyproject.toml:6:1 names it in [tool.hatch.version].path. Fix that path to point at the file that holds the version.',
        { file: 'pyproject.toml', line: 6, column: 1 },
      )
    })

    it('says when the file hatch names is a directory', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.hatch.version]', 'path = "src"'),
        'src/acme/__init__.py': '',
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'src is a directory: pyproject.toml:6:1 names it in [tool.hatch.version].path. Fix that path to point at the file that holds the version.',
      )
    })

    it('says when the file hatch names has no __version__', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.hatch.version]', 'path = "acme/__init__.py"'),
        'acme/__init__.py': 'from .core import *\n',
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'acme/__init__.py has no top-level __version__ or VERSION assignment (pyproject.toml:6:1 reads it there: [tool.hatch.version].path). Add __version__ = "1.2.3", or fix [tool.hatch.version].path in pyproject.toml.',
        { file: 'pyproject.toml', line: 6, column: 1 },
      )
    })

    it('says when hatch has no path', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.hatch.version]', 'pattern = "x"'),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:5:1 has a [tool.hatch.version] with no path, so hatchling finds no version either. Set path = "src/pkg/__about__.py" there (a file with __version__ = "1.2.3"), or make the version static.',
        { file: 'pyproject.toml', line: 5, column: 1 },
      )
    })

    it('refuses hatch-vcs', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.hatch.version]', 'source = "vcs"'),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:3:1 lists "version" in [project].dynamic, and hatch-vcs ([tool.hatch.version] source = "vcs") sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove pyproject.toml from manifests, or make the version static (version = "1.2.3" under [project]).',
        { file: 'pyproject.toml', line: 3, column: 1 },
      )
    })

    it('refuses uv-dynamic-versioning as a hatch source', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.hatch.version]',
          'source = "uv-dynamic-versioning"',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:3:1 lists "version" in [project].dynamic, and uv-dynamic-versioning ([tool.hatch.version] source = "uv-dynamic-versioning") sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove pyproject.toml from manifests, or make the version static (version = "1.2.3" under [project]).',
      )
    })

    it('refuses another hatch source, naming it', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.hatch.version]',
          'source = "env"',
          'variable = "VERSION"',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        `pyproject.toml:6:1 lists "version" in [project].dynamic, and hatch's version source "env" computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove pyproject.toml from manifests.`,
        { file: 'pyproject.toml', line: 6, column: 1 },
      )
    })

    it('follows setuptools attr to a src-layout package', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic]',
          'version = {attr = "acme_lib.__version__"}',
        ),
        'src/acme_lib/__init__.py': lines('"""Acme."""', '__version__ = "0.5.0"'),
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toEqual({
        spec: 'pyproject.toml',
        file: 'src/acme_lib/__init__.py',
        line: 2,
        column: 16,
        version: '0.5.0',
        kind: 'python',
        packageName: 'acme-lib',
        source: '__version__',
        via: {
          file: 'pyproject.toml',
          line: 6,
          column: 1,
          source: '[tool.setuptools.dynamic].version attr "acme_lib.__version__"',
        },
      })
    })

    it('follows setuptools attr to a submodule and another attribute name', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic.version]',
          'attr = "acme.__about__.VERSION"',
        ),
        'acme/__init__.py': '__version__ = "wrong"\n',
        'acme/__about__.py': 'VERSION = "0.6.0"\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'acme/__about__.py',
        version: '0.6.0',
        source: 'VERSION',
      })
    })

    it('follows setuptools attr to a single-file module and through package-dir', async () => {
      const single = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic]',
          'version.attr = "acme.__version__"',
        ),
        'acme.py': '__version__ = "0.7.0"\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd: single })).resolves.toMatchObject({
        file: 'acme.py',
        version: '0.7.0',
      })
      const mapped = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools]',
          'package-dir = {"" = "lib"}',
          '[tool.setuptools.dynamic]',
          'version = {attr = "acme.__version__"}',
        ),
        'lib/acme/__init__.py': '__version__ = "0.8.0"\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd: mapped })).resolves.toMatchObject({
        file: 'lib/acme/__init__.py',
        version: '0.8.0',
      })
      const renamed = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools]',
          'package-dir = {"acme" = "python/acme_src"}',
          '[tool.setuptools.dynamic]',
          'version = {attr = "acme.__version__"}',
        ),
        'python/acme_src/__init__.py': '__version__ = "0.9.0"\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd: renamed })).resolves.toMatchObject({
        file: 'python/acme_src/__init__.py',
        version: '0.9.0',
      })
    })

    it('says when the setuptools attr module is missing', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic]',
          'version = {attr = "acme.__version__"}',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:6:1 reads the version from the Python module acme ([tool.setuptools.dynamic].version attr "acme.__version__"), but none of acme/__init__.py, acme.py, src/acme/__init__.py, src/acme.py exists. Fix [tool.setuptools.dynamic].version attr "acme.__version__", or make the version static.',
        { file: 'pyproject.toml', line: 6, column: 1 },
      )
    })

    it('says when the setuptools attr is computed', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic]',
          'version = {attr = "acme.__version__"}',
        ),
        'acme/__init__.py': lines(
          'from importlib.metadata import version',
          '__version__ = version("acme")',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'acme/__init__.py:2:1 sets __version__ to version("acme"), not a string literal: tokenless reads the version without running Python. Write __version__ = "1.2.3", or fix [tool.setuptools.dynamic].version attr "acme.__version__" in pyproject.toml.',
        { file: 'acme/__init__.py', line: 2, column: 1 },
      )
    })

    it('follows setuptools file', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic]',
          'version = {file = ["VERSION"]}',
        ),
        VERSION: '\n  1.0.0\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'VERSION',
        line: 2,
        column: 3,
        version: '1.0.0',
        source: 'contents',
        via: {
          file: 'pyproject.toml',
          line: 6,
          source: '[tool.setuptools.dynamic].version file "VERSION"',
        },
      })
    })

    it('says when the setuptools version file is empty', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic]',
          'version = {file = "VERSION"}',
        ),
        VERSION: '\n',
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'VERSION has no match for the pattern ^[ \\t]*(\\S.*?)[ \\t]*\\r?$, so pyproject.toml:6:1 ([tool.setuptools.dynamic].version file "VERSION") leads to no version. Write the version in VERSION, or fix [tool.setuptools.dynamic].version file "VERSION".',
        { file: 'pyproject.toml', line: 6, column: 1 },
      )
    })

    it('refuses a setuptools dynamic version made of several files', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.setuptools.dynamic]',
          'version = {file = ["A", "B"]}',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:6:1 lists "version" in [project].dynamic, and setuptools (a [tool.setuptools.dynamic].version that is neither one attr nor one file) computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove pyproject.toml from manifests.',
      )
    })

    it('refuses setuptools_scm, named by its table or its requirement', async () => {
      const message =
        'pyproject.toml:3:1 lists "version" in [project].dynamic, and setuptools_scm sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove pyproject.toml from manifests, or make the version static (version = "1.2.3" under [project]).'
      const byTable = writeTree({ 'pyproject.toml': dynamicProject('[tool.setuptools_scm]') })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd: byTable }),
        message,
        {
          file: 'pyproject.toml',
          line: 3,
          column: 1,
        },
      )
      const byRequirement = writeTree({
        'pyproject.toml': dynamicProject(
          '[build-system]',
          'requires = ["setuptools>=64", "Setuptools_SCM[toml] >= 8"]',
          'build-backend = "setuptools.build_meta"',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd: byRequirement }),
        message,
      )
    })

    it('refuses pdm scm', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.pdm.version]', 'source = "scm"'),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:3:1 lists "version" in [project].dynamic, and pdm-backend ([tool.pdm.version] source = "scm") sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove pyproject.toml from manifests, or make the version static (version = "1.2.3" under [project]).',
      )
    })

    it('follows pdm file', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.pdm.version]',
          'source = "file"',
          'path = "src/acme/__init__.py"',
        ),
        'src/acme/__init__.py': '__version__ = "2.2.2"\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'src/acme/__init__.py',
        version: '2.2.2',
        via: { file: 'pyproject.toml', line: 7, source: '[tool.pdm.version].path' },
      })
    })

    it('refuses another pdm source, naming it', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.pdm.version]',
          'source = "call"',
          'getter = "acme:get"',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:6:1 lists "version" in [project].dynamic, and pdm-backend ([tool.pdm.version] source = "call") computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove pyproject.toml from manifests.',
      )
    })

    it('refuses poetry-dynamic-versioning', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject(
          '[tool.poetry]',
          'version = "0.0.0"',
          '[tool.poetry-dynamic-versioning]',
          'enable = true',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:3:1 lists "version" in [project].dynamic, and poetry-dynamic-versioning sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove pyproject.toml from manifests, or make the version static (version = "1.2.3" under [project]).',
      )
    })

    it('reads [tool.poetry].version for Poetry 2', async () => {
      const cwd = writeTree({
        'pyproject.toml': dynamicProject('[tool.poetry]', 'version = "1.5.0"'),
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'pyproject.toml',
        line: 6,
        version: '1.5.0',
        source: '[tool.poetry].version',
        packageName: 'acme-lib',
      })
    })

    it("follows flit to the module's __version__", async () => {
      const cwd = writeTree({
        'pyproject.toml': lines(
          '[build-system]',
          'build-backend = "flit_core.buildapi"',
          '[project]',
          'name = "acme-lib"',
          'dynamic = ["version", "description"]',
        ),
        'src/acme_lib/__init__.py': '"""Acme."""\n__version__ = "0.3.0"\n',
      })
      await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
        file: 'src/acme_lib/__init__.py',
        line: 2,
        version: '0.3.0',
        via: {
          file: 'pyproject.toml',
          line: 5,
          source: "flit's dynamic version (module acme_lib)",
        },
      })
    })

    it("follows maturin to Cargo.toml, and the crate's workspace", async () => {
      const cwd = writeTree({
        'Cargo.toml': lines(
          '[workspace]',
          'members = ["py"]',
          '[workspace.package]',
          'version = "0.4.0-rc.1"',
        ),
        'py/pyproject.toml': lines(
          '[build-system]',
          'requires = ["maturin>=1,<2"]',
          'build-backend = "maturin"',
          '[project]',
          'name = "acme"',
          'dynamic = ["version"]',
        ),
        'py/Cargo.toml': lines('[package]', 'name = "acme-py"', 'version.workspace = true'),
      })
      await expect(readManifestVersion('py/pyproject.toml', { cwd })).resolves.toEqual({
        spec: 'py/pyproject.toml',
        file: 'Cargo.toml',
        line: 4,
        column: 12,
        version: '0.4.0-rc.1',
        kind: 'python',
        packageName: 'acme',
        source: '[workspace.package].version',
        via: { file: 'py/Cargo.toml', line: 3, column: 1, source: 'version.workspace = true' },
      })
      const direct = writeTree({
        'pyproject.toml': lines(
          '[build-system]',
          'build-backend = "maturin"',
          '[project]',
          'name = "acme"',
          'dynamic = ["version"]',
        ),
        'Cargo.toml': lines('[package]', 'name = "acme"', 'version = "0.4.1"'),
      })
      await expect(readManifestVersion('pyproject.toml', { cwd: direct })).resolves.toMatchObject({
        file: 'Cargo.toml',
        line: 3,
        version: '0.4.1',
        via: {
          file: 'pyproject.toml',
          line: 5,
          source: "maturin's dynamic version (from Cargo.toml)",
        },
      })
    })

    it('says when an unknown backend makes the version dynamic, naming it', async () => {
      const cwd = writeTree({
        'pyproject.toml': lines(
          '[build-system]',
          'requires = ["scikit-build-core"]',
          'build-backend = "scikit_build_core.build"',
          '[project]',
          'name = "acme"',
          'dynamic = ["version"]',
        ),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd }),
        'pyproject.toml:6:1 lists "version" in [project].dynamic, and scikit_build_core.build computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove pyproject.toml from manifests.',
        { file: 'pyproject.toml', line: 6, column: 1 },
      )
      const noBackend = writeTree({
        'pyproject.toml': lines('[project]', 'name = "acme"', 'dynamic = ["version"]'),
      })
      await configurationError(
        () => readManifestVersion('pyproject.toml', { cwd: noBackend }),
        'pyproject.toml:3:1 lists "version" in [project].dynamic, and the build backend computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove pyproject.toml from manifests.',
      )
    })
  })

  it('says when [project] has no version', async () => {
    const cwd = writeTree({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["hatchling"]',
        '',
        '[project]',
        'name = "acme"',
      ),
    })
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd }),
      'pyproject.toml:4:1 has a [project] table with no version, and "version" is not in its dynamic list. Add version = "1.2.3" under [project], or remove pyproject.toml from manifests.',
      { file: 'pyproject.toml', line: 4, column: 1 },
    )
  })

  it('says when there is no [project] and no Poetry version', async () => {
    const cwd = writeTree({ 'pyproject.toml': lines('[tool.black]', 'line-length = 100') })
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd }),
      'pyproject.toml has no [project] table and no [tool.poetry] version. Add [project] with version = "1.2.3", or remove pyproject.toml from manifests.',
      { file: 'pyproject.toml', line: 1 },
    )
  })

  it('says when the version is not a string', async () => {
    const cwd = writeTree({
      'pyproject.toml': lines('[project]', 'name = "acme"', 'version = 1.2'),
    })
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd }),
      'pyproject.toml:3:1 sets [project].version to a float, not a string. Quote it: version = "1.2.3".',
      { file: 'pyproject.toml', line: 3, column: 1 },
    )
    const poetry = writeTree({ 'pyproject.toml': lines('[tool.poetry]', 'version = 2') })
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd: poetry }),
      'pyproject.toml:2:1 sets [tool.poetry].version to an integer, not a string. Quote it: version = "1.2.3".',
    )
  })

  it('says when the version is empty', async () => {
    const cwd = writeTree({ 'pyproject.toml': lines('[project]', "version = ''") })
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd }),
      'pyproject.toml:2:12 has an empty version ([project].version): write the version being released there, e.g. 1.2.3.',
    )
  })

  it('reports a TOML syntax error with its line and column', async () => {
    const cwd = writeTree({
      'pyproject.toml': lines('[project]', 'name = "acme"', 'version = 1.2.3'),
    })
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd }),
      'pyproject.toml:3:14 is not valid TOML: illegal character in numeric literal. Fix the TOML there, or remove pyproject.toml from manifests.',
      { file: 'pyproject.toml', line: 3, column: 14 },
    )
  })

  it('says when the file is missing', async () => {
    const cwd = writeTree({})
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd }),
      `pyproject.toml not found in ${cwd}: list only manifests that exist, or set working-directory.`,
    )
  })
})

describe('pyproject.toml dynamic versions: defaults and flags', () => {
  const dynamicProject = (...tool: string[]): string =>
    lines('[project]', 'name = "acme-lib"', 'dynamic = ["version"]', '', ...tool)

  it("reads __version__ for hatch's code source without an expression", async () => {
    const cwd = writeTree({
      'pyproject.toml': dynamicProject('[tool.hatch.version]', 'source = "code"', 'path = "v.py"'),
      'v.py': '__version__ = "1.0.1"\n',
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
      file: 'v.py',
      version: '1.0.1',
    })
  })

  it('honours (?s) in a hatch pattern: . spans lines', async () => {
    const cwd = writeTree({
      'pyproject.toml': dynamicProject(
        '[tool.hatch.version]',
        'path = "v.py"',
        `pattern = '(?s)VERSION = \\(.*?"(?P<version>[^"]+)"'`,
      ),
      'v.py': lines('VERSION = (', '    "2.0.2"', ')'),
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
      file: 'v.py',
      version: '2.0.2',
    })
  })

  it('keeps . within a line for a hatch pattern with other flags than (?s)', async () => {
    const cwd = writeTree({
      'pyproject.toml': dynamicProject(
        '[tool.hatch.version]',
        'path = "src/acme/__about__.py"',
        `pattern = '(?i)^__VERSION__ = "(?P<version>.+)"'`,
      ),
      'src/acme/__about__.py': lines('__version__ = "1.4.0"', '__author__ = "Acme"'),
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
      file: 'src/acme/__about__.py',
      line: 1,
      column: 16,
      version: '1.4.0',
    })
  })

  it('names the __init__ module files a setuptools attr with no module looks for', async () => {
    // The package is under src/acme, but attr names no module: setuptools reads __init__.
    const cwd = writeTree({
      'pyproject.toml': dynamicProject(
        '[tool.setuptools.dynamic]',
        'version = {attr = "__version__"}',
      ),
      'src/acme/__init__.py': '__version__ = "3.0.3"\n',
    })
    await configurationError(
      () => readManifestVersion('pyproject.toml', { cwd }),
      'pyproject.toml:6:1 reads the version from the Python module __init__ ([tool.setuptools.dynamic].version attr "__version__"), but none of __init__/__init__.py, __init__.py, src/__init__/__init__.py, src/__init__.py exists. Fix [tool.setuptools.dynamic].version attr "__version__", or make the version static.',
      { file: 'pyproject.toml', line: 6, column: 1 },
    )
  })

  it('follows a setuptools attr with no module to the __init__ module', async () => {
    const cwd = writeTree({
      'pyproject.toml': dynamicProject(
        '[tool.setuptools.dynamic]',
        'version = {attr = "__version__"}',
      ),
      '__init__.py': '__version__ = "3.0.3"\n',
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
      file: '__init__.py',
      version: '3.0.3',
    })
  })

  it('names an empty flit module when [project] has no name', async () => {
    const cwd = writeTree({
      'pyproject.toml': lines(
        '[build-system]',
        'build-backend = "flit_core.buildapi"',
        '[project]',
        'dynamic = ["version"]',
      ),
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).rejects.toThrow(
      "flit's dynamic version (module )",
    )
  })

  it('points maturin at its manifest-path setting when it names another Cargo.toml', async () => {
    const cwd = writeTree({
      'pyproject.toml': lines(
        '[build-system]',
        'build-backend = "maturin"',
        '[project]',
        'name = "acme"',
        'dynamic = ["version"]',
        '[tool.maturin]',
        'manifest-path = "rust/Cargo.toml"',
      ),
      'rust/Cargo.toml': lines('[package]', 'name = "acme"', 'version = "0.4.2"'),
    })
    await expect(readManifestVersion('pyproject.toml', { cwd })).resolves.toMatchObject({
      file: 'rust/Cargo.toml',
      version: '0.4.2',
      via: {
        file: 'pyproject.toml',
        line: 7,
        column: 1,
        source: "maturin's dynamic version (from rust/Cargo.toml)",
      },
    })
  })
})
