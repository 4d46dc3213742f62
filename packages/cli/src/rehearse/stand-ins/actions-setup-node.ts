// actions/setup-node: the Node on PATH checked against node-version; registry-url writes the
// .npmrc setup-node writes.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { exportVariable, setOutput, type StandIn, type StandInEntry } from './stand-in.js'
import { versionMatches, versionOf } from './tool-versions.js'

const setupNode: StandIn = async (ctx, inputs) => {
  const present = (await versionOf('node', ['--version'], ctx.env))?.replace(/^v/, '')
  if (present === undefined) return { ok: false, error: 'No node on PATH.' }
  const wanted = (inputs['node-version'] ?? '').trim()
  if (wanted !== '' && !versionMatches(present, wanted)) {
    ctx.warn(
      `node-version ${wanted} was asked for; this machine has Node ${present}, which the rehearsal uses.`,
    )
  }
  ctx.log(`Found in PATH: node ${present}`)
  setOutput(ctx, 'node-version', `v${present}`)
  const registryUrl = inputs['registry-url'] ?? ''
  if (registryUrl !== '') {
    // What setup-node does: an .npmrc in RUNNER_TEMP naming NODE_AUTH_TOKEN, and a placeholder
    // token so that npm does not fail before the user sets the real one.
    const url = new URL(registryUrl.endsWith('/') ? registryUrl : `${registryUrl}/`)
    const scope = inputs.scope ?? ''
    const npmrc = join(ctx.runnerTemp, '.npmrc')
    const lines = [
      `//${url.host}${url.pathname}:_authToken=\${NODE_AUTH_TOKEN}`,
      scope === ''
        ? `registry=${url.href}`
        : `${scope.startsWith('@') ? scope : `@${scope}`}:registry=${url.href}`,
    ]
    await writeFile(npmrc, `${lines.join('\n')}\n`)
    exportVariable(ctx, 'NPM_CONFIG_USERCONFIG', npmrc)
    exportVariable(ctx, 'NODE_AUTH_TOKEN', 'XXXXX-XXXXX-XXXXX-XXXXX')
    ctx.log(`Wrote ${npmrc} for ${url.href} and set NODE_AUTH_TOKEN to setup-node's placeholder`)
  }
  if ((inputs.cache ?? '') !== '')
    ctx.note(`cache: ${inputs.cache} is not rehearsed (no cache service)`)
  ctx.note(`the Node on this machine (${present}) stands in for node-version ${wanted || '(none)'}`)
  return { ok: true }
}

export const actionsSetupNode: StandInEntry = {
  uses: 'actions/setup-node',
  what: 'the Node on this machine',
  inputs: [
    'node-version',
    'node-version-file',
    'architecture',
    'check-latest',
    'registry-url',
    'scope',
    'token',
    'cache',
    'package-manager-cache',
    'cache-dependency-path',
    'mirror',
    'mirror-token',
  ],
  outputs: ['cache-hit', 'cache-primary-key', 'cache-matched-key', 'node-version'],
  standIn: setupNode,
}
