// actions/github-script: the script run for real, in its own Node process, as github-script runs
// it: an async function of `require`, `github` (octokit, from @actions/github, on the sandbox's
// API with the job's token), `context`, `core`, `exec`, `io`, `fetch`; `result` its return value.
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { input, type StandIn, type StandInEntry } from './stand-in.js'
import { tokenInput } from './sandbox-releases.js'
import { runTool } from './tool-process.js'

/** The script's host: what github-script's main.ts does around the user's script. */
const RUNNER = `import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
const [githubUrl, coreUrl, execUrl, ioUrl, scriptFile, encoding] = process.argv.slice(2)
const { getOctokit, context } = await import(githubUrl)
const core = await import(coreUrl)
const exec = execUrl ? await import(execUrl) : undefined
const io = ioUrl ? await import(ioUrl) : undefined
const token = process.env['INPUT_GITHUB-TOKEN']
const github = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL })
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor
const wrapped = new AsyncFunction('require', 'github', 'octokit', 'context', 'core', 'exec', 'glob', 'io', 'fetch', readFileSync(scriptFile, 'utf8'))
try {
  const result = await wrapped(createRequire(process.cwd() + '/'), github, github, context, core, exec, undefined, io, fetch)
  core.setOutput('result', encoding === 'string' ? (result === undefined ? '' : String(result)) : JSON.stringify(result))
} catch (error) {
  console.error(error)
  core.setFailed('Unhandled error: ' + error)
}
`

function resolved(specifier: string): string {
  try {
    return import.meta.resolve(specifier)
  } catch {
    return ''
  }
}

const githubScript: StandIn = async (ctx, inputs) => {
  const script = inputs.script ?? ''
  if (script.trim() === '') return { ok: false, error: 'Input required and not supplied: script' }
  const githubUrl = resolved('@actions/github')
  const coreUrl = resolved('@actions/core')
  if (githubUrl === '' || coreUrl === '')
    return {
      ok: false,
      error:
        'actions/github-script is run with @actions/github and @actions/core, which this installation of tokenless lacks.',
    }
  const id = randomBytes(6).toString('hex')
  const runner = join(ctx.runnerTemp, `github-script-${id}.mjs`)
  const scriptFile = join(ctx.runnerTemp, `github-script-${id}.js`)
  await writeFile(runner, RUNNER)
  await writeFile(scriptFile, script)
  if (input(inputs, 'base-url') !== '')
    ctx.note(`base-url ${inputs['base-url']} → the sandbox's GitHub API`)
  const ran = await runTool(
    ctx,
    process.execPath,
    [
      runner,
      githubUrl,
      coreUrl,
      resolved('@actions/exec'),
      resolved('@actions/io'),
      scriptFile,
      input(inputs, 'result-encoding') || 'json',
    ],
    { env: { ...ctx.env, 'INPUT_GITHUB-TOKEN': tokenInput(ctx, inputs['github-token']) } },
  )
  ctx.note("the script ran in Node with an octokit on the sandbox's GitHub API")
  return ran.exitCode === 0 ? { ok: true } : { ok: false, error: 'the script failed' }
}

export const actionsGithubScript: StandInEntry = {
  uses: 'actions/github-script',
  what: "its script, with an octokit on the sandbox's GitHub API",
  inputs: [
    'script',
    'github-token',
    'debug',
    'user-agent',
    'previews',
    'result-encoding',
    'retries',
    'retry-exempt-status-codes',
    'base-url',
  ],
  outputs: ['result'],
  standIn: githubScript,
}
