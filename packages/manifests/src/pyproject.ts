import { stat } from 'node:fs/promises'
import path from 'node:path'

import { readCargoVersion } from './cargo-toml.js'
import { configurationError, displayPath, formatWhere, readManifestText } from './manifest-file.js'
import type { ManifestReadOptions, ManifestReference } from './manifest-file.js'
import { manifestVersion } from './manifest-version.js'
import type { ManifestVersion } from './manifest-version.js'
import { readPythonModuleVersion } from './python-module.js'
import { readRegexVersion } from './regex-file.js'
import {
  formatTomlKey,
  getTomlString,
  getTomlValue,
  isTable,
  locateTomlKey,
  locateTomlValue,
  parseTomlManifest,
  requireTomlString,
} from './toml-document.js'
import type { TomlManifest } from './toml-document.js'

interface Pyproject {
  cwd: string
  /** The boundary: no file outside it is read. */
  workspace: string | undefined
  spec: string
  toml: TomlManifest
  /** The directory of pyproject.toml: paths in it are relative to it. */
  root: string
  packageName: string | undefined
}

/** Build plugins that take the version from the git tag when the package is built. */
const GIT_VERSION_PLUGINS = new Map([
  ['setuptools-scm', 'setuptools_scm'],
  ['setuptools-git-versioning', 'setuptools-git-versioning'],
  ['hatch-vcs', 'hatch-vcs'],
  ['uv-dynamic-versioning', 'uv-dynamic-versioning'],
  ['poetry-dynamic-versioning', 'poetry-dynamic-versioning'],
  ['versioningit', 'versioningit'],
  ['dunamai', 'dunamai'],
  ['pbr', 'pbr'],
  ['flit-scm', 'flit_scm'],
  ['vcs-versioning', 'vcs-versioning'],
])

/** Tables that configure such a plugin, and its name. */
const GIT_VERSION_TABLES: readonly (readonly [string[], string])[] = [
  [['tool', 'setuptools_scm'], 'setuptools_scm'],
  [['tool', 'setuptools-scm'], 'setuptools_scm'],
  [['tool', 'setuptools-git-versioning'], 'setuptools-git-versioning'],
  [['tool', 'versioningit'], 'versioningit'],
  [['tool', 'uv-dynamic-versioning'], 'uv-dynamic-versioning'],
]

/** The normalized name of a requirement (`setuptools_scm[toml]>=8` -> `setuptools-scm`). */
function requirementName(requirement: string): string {
  const name = /^\s*([A-Za-z0-9._-]+)/.exec(requirement)?.[1] ?? ''
  return name.replace(/[-_.]+/g, '-').toLowerCase()
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

function reference(project: Pyproject, keyPath: string[], source?: string): ManifestReference {
  return {
    file: project.toml.file,
    ...locateTomlKey(project.toml, keyPath),
    source: source ?? formatTomlKey(keyPath),
  }
}

function gitVersionError(project: Pyproject, backend: string): never {
  const { toml } = project
  const position = locateTomlKey(toml, ['project', 'dynamic'])
  throw configurationError(
    `${formatWhere(toml.file, position)} lists "version" in [project].dynamic, and ${backend} sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove ${toml.file} from manifests, or make the version static (version = "1.2.3" under [project]).`,
    toml.file,
    position,
  )
}

function unreadableVersionError(project: Pyproject, backend: string, at?: string[]): never {
  const { toml } = project
  const position = locateTomlKey(toml, at ?? ['project', 'dynamic'])
  throw configurationError(
    `${formatWhere(toml.file, position)} lists "version" in [project].dynamic, and ${backend} computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove ${toml.file} from manifests.`,
    toml.file,
    position,
  )
}

/**
 * Converts a Python regular expression (hatch's `pattern`) to a JavaScript one: named groups
 * `(?P<name>` become `(?<name>`, leading inline flags such as `(?i)` become flags.
 */
function pythonRegex(pattern: string): RegExp {
  let flags = 'm'
  const inline = /^\(\?([aiLmsux]+)\)/.exec(pattern)
  let source = inline === null ? pattern : pattern.slice(inline[0].length)
  if (inline?.[1]?.includes('i')) flags += 'i'
  if (inline?.[1]?.includes('s')) flags += 's'
  source = source.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
  return new RegExp(source, flags)
}

/**
 * Python module names to candidate files: `pkg.about` -> `pkg/about/__init__.py`, `pkg/about.py`,
 * under the directories setuptools' `package-dir` maps them to, else under the project root and
 * `src/`.
 */
function moduleCandidates(
  root: string,
  moduleParts: readonly string[],
  packageDir: Record<string, unknown> | undefined,
): string[] {
  const bases: { dir: string; rest: readonly string[] }[] = []
  if (packageDir !== undefined) {
    for (let length = moduleParts.length; length >= 0; length--) {
      const mapped = packageDir[moduleParts.slice(0, length).join('.')]
      if (typeof mapped === 'string') {
        bases.push({ dir: path.join(root, mapped), rest: moduleParts.slice(length) })
        break
      }
    }
  }
  if (bases.length === 0) {
    bases.push({ dir: root, rest: moduleParts }, { dir: path.join(root, 'src'), rest: moduleParts })
  }
  const files: string[] = []
  for (const { dir, rest } of bases) {
    if (rest.length === 0) {
      files.push(path.join(dir, '__init__.py'))
      continue
    }
    files.push(path.join(dir, ...rest, '__init__.py'))
    files.push(path.join(dir, ...rest.slice(0, -1), `${rest[rest.length - 1] ?? ''}.py`))
  }
  return files
}

async function readModuleVersion(
  project: Pyproject,
  moduleName: string,
  names: readonly string[],
  via: ManifestReference,
  packageDir?: Record<string, unknown>,
): Promise<ManifestVersion> {
  const parts = moduleName.split('.').filter((part) => part !== '')
  const candidates = moduleCandidates(project.root, parts, packageDir)
  for (const candidate of candidates) {
    if (await isFile(candidate)) {
      return readPythonModuleVersion(
        project.cwd,
        { spec: project.spec, file: candidate },
        {
          names,
          kind: 'python',
          workspace: project.workspace,
          packageName: project.packageName,
          reference: via,
        },
      )
    }
  }
  const shown = candidates.map((candidate) => displayPath(project.cwd, candidate))
  throw configurationError(
    `${formatWhere(via.file, via)} reads the version from the Python module ${moduleName} (${via.source}), but none of ${shown.join(', ')} exists. Fix ${via.source}, or make the version static.`,
    via.file,
    via,
  )
}

async function readHatchVersion(
  project: Pyproject,
  table: Record<string, unknown>,
): Promise<ManifestVersion> {
  const { toml } = project
  const source = table.source ?? 'regex'
  if (source === 'vcs')
    return gitVersionError(project, 'hatch-vcs ([tool.hatch.version] source = "vcs")')
  if (typeof source === 'string' && GIT_VERSION_PLUGINS.has(requirementName(source))) {
    return gitVersionError(project, `${source} ([tool.hatch.version] source = "${source}")`)
  }
  if (source !== 'regex' && source !== 'code') {
    return unreadableVersionError(project, `hatch's version source ${JSON.stringify(source)}`, [
      'tool',
      'hatch',
      'version',
      'source',
    ])
  }
  const file = table.path
  if (typeof file !== 'string') {
    const position = toml.layout.findTable(['tool', 'hatch', 'version']) ?? { line: 1, column: 1 }
    throw configurationError(
      `${formatWhere(toml.file, position)} has a [tool.hatch.version] with no path, so hatchling finds no version either. Set path = "src/pkg/__about__.py" there (a file with __version__ = "1.2.3"), or make the version static.`,
      toml.file,
      position,
    )
  }
  const via = reference(project, ['tool', 'hatch', 'version', 'path'])
  const absolute = path.join(project.root, file)
  if (source === 'code') {
    const expression = table.expression ?? '__version__'
    if (typeof expression !== 'string' || !/^[A-Za-z_]\w*$/.test(expression)) {
      return unreadableVersionError(
        project,
        `hatch's code source with expression ${JSON.stringify(expression)}`,
        ['tool', 'hatch', 'version', 'expression'],
      )
    }
    return readPythonModuleVersion(
      project.cwd,
      { spec: project.spec, file: absolute },
      {
        names: [expression],
        kind: 'python',
        workspace: project.workspace,
        packageName: project.packageName,
        reference: via,
      },
    )
  }
  if (typeof table.pattern === 'string') {
    let regex: RegExp
    try {
      regex = pythonRegex(table.pattern)
    } catch (error) {
      const position = locateTomlKey(toml, ['tool', 'hatch', 'version', 'pattern'])
      throw configurationError(
        `${formatWhere(toml.file, position)} has a [tool.hatch.version].pattern that tokenless cannot read as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)}). Use a simpler pattern with a group named version, or remove ${toml.file} from manifests.`,
        toml.file,
        position,
      )
    }
    return readRegexVersion(
      project.cwd,
      { spec: project.spec, file: absolute, regex, pattern: table.pattern },
      {
        kind: 'python',
        workspace: project.workspace,
        packageName: project.packageName,
        reference: via,
        source: '[tool.hatch.version].pattern',
      },
    )
  }
  // hatch's default pattern: (?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2
  const found = await readPythonModuleVersion(
    project.cwd,
    { spec: project.spec, file: absolute },
    {
      names: ['__version__', 'VERSION'],
      kind: 'python',
      workspace: project.workspace,
      packageName: project.packageName,
      reference: via,
    },
  )
  if (/^v\d/.test(found.version)) {
    return { ...found, version: found.version.slice(1), column: (found.column ?? 0) + 1 }
  }
  return found
}

async function readSetuptoolsVersion(
  project: Pyproject,
  dynamic: unknown,
): Promise<ManifestVersion> {
  const versionPath = ['tool', 'setuptools', 'dynamic', 'version']
  if (isTable(dynamic) && typeof dynamic.attr === 'string') {
    const attr = dynamic.attr.trim()
    const parts = attr.split('.')
    const name = parts.pop() ?? '__version__'
    const moduleName = parts.length === 0 ? '__init__' : parts.join('.')
    const packageDir = getTomlValue(project.toml.data, ['tool', 'setuptools', 'package-dir'])
    const via = reference(project, versionPath, `[tool.setuptools.dynamic].version attr "${attr}"`)
    return readModuleVersion(
      project,
      moduleName,
      [name],
      via,
      isTable(packageDir) ? packageDir : undefined,
    )
  }
  const files = isTable(dynamic) ? dynamic.file : undefined
  const file = Array.isArray(files) && files.length === 1 ? (files[0] as unknown) : files
  if (typeof file === 'string') {
    return readRegexVersion(
      project.cwd,
      {
        spec: project.spec,
        file: path.join(project.root, file),
        regex: /^[ \t]*(\S.*?)[ \t]*\r?$/m,
      },
      {
        kind: 'python',
        workspace: project.workspace,
        packageName: project.packageName,
        reference: reference(
          project,
          versionPath,
          `[tool.setuptools.dynamic].version file "${file}"`,
        ),
        source: 'contents',
      },
    )
  }
  return unreadableVersionError(
    project,
    'setuptools (a [tool.setuptools.dynamic].version that is neither one attr nor one file)',
    versionPath,
  )
}

async function readDynamicVersion(project: Pyproject): Promise<ManifestVersion> {
  const { toml } = project
  const { data } = toml
  const requires = getTomlValue(data, ['build-system', 'requires'])
  const required = new Set(
    (Array.isArray(requires) ? requires : [])
      .filter((item): item is string => typeof item === 'string')
      .map(requirementName),
  )
  const backend = getTomlString(data, ['build-system', 'build-backend']) ?? ''

  const hatch = getTomlValue(data, ['tool', 'hatch', 'version'])
  if (isTable(hatch)) return readHatchVersion(project, hatch)

  const setuptools = getTomlValue(data, ['tool', 'setuptools', 'dynamic', 'version'])
  if (setuptools !== undefined) return readSetuptoolsVersion(project, setuptools)

  const pdm = getTomlValue(data, ['tool', 'pdm', 'version'])
  if (isTable(pdm)) {
    if (pdm.source === 'scm')
      return gitVersionError(project, 'pdm-backend ([tool.pdm.version] source = "scm")')
    if (pdm.source === 'file' && typeof pdm.path === 'string') {
      return readPythonModuleVersion(
        project.cwd,
        { spec: project.spec, file: path.join(project.root, pdm.path) },
        {
          kind: 'python',
          workspace: project.workspace,
          packageName: project.packageName,
          reference: reference(project, ['tool', 'pdm', 'version', 'path']),
        },
      )
    }
    return unreadableVersionError(
      project,
      `pdm-backend ([tool.pdm.version] source = ${JSON.stringify(pdm.source)})`,
      ['tool', 'pdm', 'version', 'source'],
    )
  }

  for (const [table, name] of GIT_VERSION_TABLES) {
    if (getTomlValue(data, table) !== undefined) return gitVersionError(project, name)
  }
  if (getTomlValue(data, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
    return gitVersionError(project, 'poetry-dynamic-versioning')
  }
  for (const requirement of required) {
    const plugin = GIT_VERSION_PLUGINS.get(requirement)
    if (plugin !== undefined) return gitVersionError(project, plugin)
  }

  // Poetry 2: a dynamic [project] version is the one in [tool.poetry]
  const poetryPath = ['tool', 'poetry', 'version']
  const poetry = getTomlValue(data, poetryPath)
  if (poetry !== undefined) return staticVersion(project, poetryPath, poetry)

  if (backend.startsWith('flit_core') || backend.startsWith('flit.')) {
    const moduleName =
      getTomlString(data, ['tool', 'flit', 'module', 'name']) ??
      (project.packageName ?? '').replace(/-/g, '_')
    const via = reference(
      project,
      ['project', 'dynamic'],
      `flit's dynamic version (module ${moduleName})`,
    )
    return readModuleVersion(project, moduleName, ['__version__'], via)
  }
  if (backend === 'maturin') {
    const manifestPath = getTomlString(data, ['tool', 'maturin', 'manifest-path']) ?? 'Cargo.toml'
    const via = reference(
      project,
      manifestPath === 'Cargo.toml' ? ['project', 'dynamic'] : ['tool', 'maturin', 'manifest-path'],
      `maturin's dynamic version (from ${manifestPath})`,
    )
    const found = await readCargoVersion(
      project.cwd,
      { spec: project.spec, file: path.join(project.root, manifestPath) },
      { kind: 'python', workspace: project.workspace, reference: via },
    )
    return {
      ...found,
      packageName: project.packageName ?? found.packageName,
      via: found.via ?? via,
    }
  }
  return unreadableVersionError(project, backend === '' ? 'the build backend' : backend)
}

function staticVersion(project: Pyproject, keyPath: string[], value: unknown): ManifestVersion {
  const { toml } = project
  return manifestVersion({
    spec: project.spec,
    file: toml.file,
    ...locateTomlValue(toml, keyPath),
    version: requireTomlString(toml, keyPath, value),
    kind: 'python',
    packageName: project.packageName,
    source: formatTomlKey(keyPath),
  })
}

/**
 * Reads the version of a pyproject.toml: `[project].version`; a dynamic one from the file the
 * build backend reads it from (hatch's path, setuptools' attr or file, pdm's file, flit's module,
 * maturin's Cargo.toml, Poetry 2's `[tool.poetry].version`); else `[tool.poetry].version`.
 * A version taken from the git tag at build time is an error: there is nothing to compare.
 */
export async function readPyprojectVersion(
  cwd: string,
  spec: { spec: string; file: string },
  options: ManifestReadOptions = {},
): Promise<ManifestVersion> {
  const { workspace } = options
  const toml = parseTomlManifest(await readManifestText(cwd, spec.file, undefined, workspace))
  const { data, file } = toml
  const project: Pyproject = {
    cwd,
    workspace,
    spec: spec.spec,
    toml,
    root: path.dirname(toml.absolute),
    packageName:
      getTomlString(data, ['project', 'name']) ?? getTomlString(data, ['tool', 'poetry', 'name']),
  }
  const projectTable = data.project
  if (isTable(projectTable) && Object.hasOwn(projectTable, 'version')) {
    return staticVersion(project, ['project', 'version'], projectTable.version)
  }
  const dynamic = isTable(projectTable) ? projectTable.dynamic : undefined
  if (Array.isArray(dynamic) && dynamic.includes('version')) return readDynamicVersion(project)

  const poetryPath = ['tool', 'poetry', 'version']
  const poetry = getTomlValue(data, poetryPath)
  if (poetry !== undefined) return staticVersion(project, poetryPath, poetry)

  if (isTable(projectTable)) {
    const position = toml.layout.findTable(['project']) ?? { line: 1, column: 1 }
    throw configurationError(
      `${formatWhere(file, position)} has a [project] table with no version, and "version" is not in its dynamic list. Add version = "1.2.3" under [project], or remove ${file} from manifests.`,
      file,
      position,
    )
  }
  throw configurationError(
    `${file} has no [project] table and no [tool.poetry] version. Add [project] with version = "1.2.3", or remove ${file} from manifests.`,
    file,
    { line: 1 },
  )
}
