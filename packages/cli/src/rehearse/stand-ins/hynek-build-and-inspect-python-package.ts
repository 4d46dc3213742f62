// hynek/build-and-inspect-python-package: the sdist and wheel of `path` built (`python -m build`,
// or, without the build module, the project's PEP 517 backend called directly, no isolation)
// into the run's artifact store as `Packages` (plus upload-name-suffix), with its outputs.
import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { input, setOutput, truthy, type StandIn, type StandInEntry } from './stand-in.js'
import { runTool, whichOn } from './tool-process.js'

/** A PEP 517 frontend of a few lines: the backend's hooks, in this interpreter. */
const BUILD_WITH_BACKEND = `
import importlib, os, sys
try:
    import tomllib
except ModuleNotFoundError:
    import tomli as tomllib
out, what = os.path.abspath(sys.argv[1]), sys.argv[2]
with open("pyproject.toml", "rb") as handle:
    system = tomllib.load(handle).get("build-system", {})
for path in reversed(system.get("backend-path", [])):
    sys.path.insert(0, os.path.abspath(path))
module, _, attrs = system.get("build-backend", "setuptools.build_meta:__legacy__").partition(":")
backend = importlib.import_module(module)
for attr in filter(None, attrs.split(".")):
    backend = getattr(backend, attr)
if "sdist" in what:
    print("Successfully built " + backend.build_sdist(out))
if "wheel" in what:
    print("Successfully built " + backend.build_wheel(out))
`

const buildAndInspect: StandIn = async (ctx, inputs) => {
  const source = resolve(ctx.workspace, input(inputs, 'path') || '.')
  const out = await mkdtemp(join(ctx.runnerTemp, 'baipp-dist-'))
  const python = whichOn('python', ctx.env.PATH) ?? whichOn('python3', ctx.env.PATH)
  if (python === undefined)
    return { ok: false, error: 'No python on PATH: install Python 3 to build the package.' }
  const what = [
    truthy(inputs['skip-sdist'], false) ? '' : 'sdist',
    truthy(inputs['skip-wheel'], false) ? '' : 'wheel',
  ].join(',')
  const hasBuild = await runTool(ctx, python, ['-c', 'import build'], { quiet: true, cwd: source })
  const built =
    hasBuild.exitCode === 0
      ? await runTool(
          ctx,
          python,
          [
            '-m',
            'build',
            '--outdir',
            out,
            ...(what.includes('sdist') ? ['--sdist'] : []),
            ...(what.includes('wheel') ? ['--wheel'] : []),
            source,
          ],
          { cwd: source },
        )
      : await runTool(ctx, python, ['-c', BUILD_WITH_BACKEND, out, what], { cwd: source })
  if (hasBuild.exitCode !== 0)
    ctx.note(
      "no build module in this machine's Python: the project's build backend was called directly (no isolated environment; its build requirements must be installed)",
    )
  if (built.exitCode !== 0) return { ok: false, error: `the build failed (exit ${built.exitCode})` }
  const files = (await readdir(out)).sort()
  const name = `Packages${input(inputs, 'upload-name-suffix')}`
  const store = join(ctx.artifactsDir, name)
  await mkdir(store, { recursive: true })
  await cp(out, store, { recursive: true })
  const wheel = files.find((file) => file.endsWith('.whl')) ?? files[0] ?? ''
  const [packageName = '', packageVersion = ''] = wheel.replace(/\.(whl|tar\.gz)$/, '').split('-')
  setOutput(ctx, 'artifact-name', name)
  setOutput(ctx, 'dist', out)
  setOutput(ctx, 'package_name', packageName)
  setOutput(ctx, 'package_version', packageVersion)
  setOutput(ctx, 'supported_python_classifiers_json_array', '[]')
  setOutput(ctx, 'supported_python_classifiers_json_job_matrix_value', '[]')
  ctx.log(`Artifact ${name}: ${files.join(', ')}`)
  ctx.note(
    `built ${files.join(', ')} into artifact ${name}; the inspection (check-wheel-contents, twine check) is not rehearsed`,
  )
  return { ok: true }
}

export const hynekBuildAndInspectPythonPackage: StandInEntry = {
  uses: 'hynek/build-and-inspect-python-package',
  what: "the machine's Python building into the artifact store",
  inputs: [
    'path',
    'skip-wheel',
    'skip-sdist',
    'upload-name-suffix',
    'attest-build-provenance-github',
    'python-version',
    'include-free-threaded',
  ],
  outputs: [
    'artifact-name',
    'dist',
    'supported_python_classifiers_json_array',
    'supported_python_classifiers_json_job_matrix_value',
    'package_name',
    'package_version',
  ],
  standIn: buildAndInspect,
}
