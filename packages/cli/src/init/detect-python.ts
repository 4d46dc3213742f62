// The Python packages a repository releases: each pyproject.toml with a [project] (or Poetry)
// table, its build backend, how its version is set, and how it is built and tested.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readManifestVersion, type ManifestVersion } from '@tokenless/manifests'
import { parse as parseToml } from 'smol-toml'
import { InitError } from './init-error.js'
import { shellQuote } from './shell-quote.js'

export type PythonBackend =
  'setuptools' | 'hatch' | 'poetry' | 'flit' | 'maturin' | 'uv' | 'pdm' | 'in-tree' | 'unknown'

export interface PythonPackage {
  dir: string
  file: string
  name: string | undefined
  backend: PythonBackend
  /** The `build-backend` as written ('' when none). */
  backendName: string
  /** The version and its line; undefined when the version comes from the tag or is not set. */
  version: ManifestVersion | undefined
  /** A build plugin (setuptools-scm, hatch-vcs, ...) sets the version from the git tag. */
  versionFromTag: string | undefined
  /** The shell command that builds it into dist/python, or undefined for an unknown backend. */
  build: string | undefined
  /** The shell command that runs its tests, if one was found. */
  test: string | undefined
}

type Table = Record<string, unknown>

const BACKENDS: readonly (readonly [RegExp, PythonBackend])[] = [
  [/^setuptools(\.|$)/, 'setuptools'],
  [/^hatchling(\.|$)/, 'hatch'],
  [/^poetry(\.|$)/, 'poetry'],
  [/^flit_core(\.|$)|^flit\./, 'flit'],
  [/^maturin$/, 'maturin'],
  [/^uv_build$/, 'uv'],
  [/^pdm(\.|$)/, 'pdm'],
]

/** Requirements that set the version from the git tag at build time. */
const TAG_PLUGINS =
  /^(setuptools[-_]scm|setuptools-git-versioning|hatch-vcs|uv-dynamic-versioning|poetry-dynamic-versioning|versioningit|dunamai|pbr|flit[-_]scm|vcs-versioning)\b/i

const SKIPPED = new Set([
  'node_modules',
  'test',
  'tests',
  'docs',
  'examples',
  'fixtures',
  'dist',
  'build',
])

function table(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Table)
    : undefined
}

function at(data: Table, ...keys: string[]): unknown {
  let node: unknown = data
  for (const key of keys) node = table(node)?.[key]
  return node
}

/** The folders (relative, posix) holding a pyproject.toml: the root, then two levels down. */
function pyprojectFolders(root: string): string[] {
  const found: string[] = []
  const visit = (dir: string, depth: number): void => {
    if (existsSync(join(root, dir, 'pyproject.toml'))) found.push(dir)
    if (depth === 2) return
    let entries
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name)))
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name))
        visit(dir === '.' ? entry.name : `${dir}/${entry.name}`, depth + 1)
  }
  visit('.', 0)
  return found
}

function readPyproject(root: string, file: string): Table {
  try {
    return parseToml(readFileSync(join(root, file), 'utf8'))
  } catch (error) {
    throw new InitError(
      `${file} is not valid TOML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): pip cannot build it either. Fix it, then run tokenless init again.`,
    )
  }
}

function backendOf(data: Table): { backend: PythonBackend; backendName: string } {
  const backendName = at(data, 'build-system', 'build-backend')
  const requires = at(data, 'build-system', 'requires')
  // A backend in the tree that needs nothing installed (backend-path, no requires).
  if (
    typeof backendName === 'string' &&
    Array.isArray(at(data, 'build-system', 'backend-path')) &&
    Array.isArray(requires) &&
    requires.length === 0
  )
    return { backend: 'in-tree', backendName }
  // No build-backend: pip and build use setuptools' legacy backend.
  if (typeof backendName !== 'string' || backendName === '')
    return { backend: 'setuptools', backendName: '' }
  const match = BACKENDS.find(([pattern]) => pattern.test(backendName))
  return { backend: match?.[1] ?? 'unknown', backendName }
}

function tagPluginOf(data: Table): string | undefined {
  const dynamic = at(data, 'project', 'dynamic')
  if (!Array.isArray(dynamic) || !dynamic.includes('version')) {
    return at(data, 'tool', 'poetry-dynamic-versioning', 'enable') === true
      ? 'poetry-dynamic-versioning'
      : undefined
  }
  if (at(data, 'tool', 'hatch', 'version', 'source') === 'vcs') return 'hatch-vcs'
  if (at(data, 'tool', 'pdm', 'version', 'source') === 'scm') return 'pdm-backend (scm)'
  const requires = at(data, 'build-system', 'requires')
  const plugin = Array.isArray(requires)
    ? requires.find((item): item is string => typeof item === 'string' && TAG_PLUGINS.test(item))
    : undefined
  return plugin === undefined ? undefined : (TAG_PLUGINS.exec(plugin)?.[1] ?? plugin)
}

function hasVersion(data: Table): boolean {
  const dynamic = at(data, 'project', 'dynamic')
  return (
    at(data, 'project', 'version') !== undefined ||
    (Array.isArray(dynamic) && dynamic.includes('version')) ||
    at(data, 'tool', 'poetry', 'version') !== undefined
  )
}

function buildCommand(backend: PythonBackend, dir: string, uvLock: boolean): string | undefined {
  const folder = shellQuote(dir === '.' ? '.' : `./${dir}`)
  if (backend === 'unknown') return undefined
  // Nothing to download: pip builds the wheel with the backend in the tree, offline too.
  if (backend === 'in-tree')
    return `python -m pip wheel --no-deps --wheel-dir dist/python ${folder}`
  if (backend === 'uv' || uvLock)
    return `python -m pip install uv && uv build --out-dir dist/python ${folder}`
  return `python -m pip install build && python -m build --outdir dist/python ${folder}`
}

function testCommand(root: string, dir: string, data: Table): string | undefined {
  const has = (name: string): boolean => existsSync(join(root, dir, name))
  const folder = shellQuote(dir === '.' ? '.' : `./${dir}`)
  const inDir = dir === '.' ? '' : `cd ${shellQuote(dir)} && `
  if (has('tox.ini') || at(data, 'tool', 'tox') !== undefined)
    return `python -m pip install tox && ${inDir}tox`
  if (has('noxfile.py')) return `python -m pip install nox && ${inDir}nox`
  const pytest =
    at(data, 'tool', 'pytest') !== undefined ||
    has('pytest.ini') ||
    has('conftest.py') ||
    has('tests') ||
    has('test')
  if (!pytest) return undefined
  if (has('uv.lock')) return `python -m pip install uv && ${inDir}uv run pytest`
  return `python -m pip install ${folder} pytest && python -m pytest ${folder}`
}

async function pythonPackage(root: string, dir: string): Promise<PythonPackage | undefined> {
  const file = dir === '.' ? 'pyproject.toml' : `${dir}/pyproject.toml`
  const data = readPyproject(root, file)
  const name = at(data, 'project', 'name') ?? at(data, 'tool', 'poetry', 'name')
  // A pyproject.toml with no package in it (tool settings, a uv workspace root) releases nothing.
  if (table(data.project) === undefined && table(at(data, 'tool', 'poetry')) === undefined)
    return undefined
  const { backend, backendName } = backendOf(data)
  const versionFromTag = tagPluginOf(data)
  const version =
    versionFromTag === undefined && hasVersion(data)
      ? await readManifestVersion(file, { cwd: root })
      : undefined
  return {
    dir,
    file,
    name: typeof name === 'string' ? name : undefined,
    backend,
    backendName,
    version,
    versionFromTag,
    build: buildCommand(backend, dir, existsSync(join(root, dir, 'uv.lock'))),
    test: testCommand(root, dir, data),
  }
}

/** The Python packages of `root`, root first. */
export async function detectPythonPackages(root: string): Promise<PythonPackage[]> {
  const found = await Promise.all(pyprojectFolders(root).map((dir) => pythonPackage(root, dir)))
  return found.filter((pkg): pkg is PythonPackage => pkg !== undefined)
}
