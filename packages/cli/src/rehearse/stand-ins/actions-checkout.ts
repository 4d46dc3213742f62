// actions/checkout: the repository's sandbox copy fetched into the workspace at the ref, as
// checkout fetches it.
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { git } from '@tokenless/git'
import { setOutput, truthy, type StandIn, type StandInEntry } from './stand-in.js'

/** Whether `name` is a tag of the repository's sandbox copy (and so not a branch to make). */
async function isTag(ctx: { gitDir: string }, name: string): Promise<boolean> {
  const found = await git(ctx.gitDir, ['show-ref', '--verify', '--quiet', `refs/tags/${name}`], {
    allowFailure: true,
  })
  return found.exitCode === 0
}

/** actions/checkout: the repository's copy fetched into the workspace at the ref, as checkout fetches. */
const checkout: StandIn = async (ctx, inputs) => {
  const repository = inputs.repository ?? ''
  if (repository !== '' && repository.toLowerCase() !== ctx.repository.toLowerCase()) {
    return {
      ok: false,
      error: `checkout of another repository (${repository}) is not rehearsed: only ${ctx.repository} is in the sandbox.`,
    }
  }
  const depth = Number(inputs['fetch-depth'] ?? '1')
  const target = resolve(ctx.workspace, inputs.path ?? '.')
  if (!target.startsWith(ctx.workspace)) {
    return { ok: false, error: `Repository path '${inputs.path}' is not under '${ctx.workspace}'` }
  }
  await mkdir(target, { recursive: true })
  if (truthy(inputs.clean, true)) {
    for (const entry of await readdir(target))
      await rm(join(target, entry), { recursive: true, force: true })
  }
  const wanted = inputs.ref ?? ''
  const resolved = await git(
    ctx.gitDir,
    ['rev-parse', '--verify', '--quiet', `${wanted === '' ? ctx.sha : wanted}^{commit}`],
    {
      allowFailure: true,
    },
  )
  if (resolved.exitCode !== 0) {
    return { ok: false, error: `A branch or tag with the name '${wanted}' could not be found` }
  }
  const sha = resolved.stdout.trim()
  // A tag (the pushed one, or `ref:` naming one) is fetched into refs/tags/, as actions/checkout
  // does: `git describe` and setuptools-scm see it even one commit deep.
  const tagRef =
    wanted === ''
      ? ctx.ref.startsWith('refs/tags/')
        ? ctx.ref
        : undefined
      : wanted.startsWith('refs/tags/')
        ? wanted
        : !wanted.startsWith('refs/') && (await isTag(ctx, wanted))
          ? `refs/tags/${wanted}`
          : undefined
  const branch =
    wanted === '' && ctx.ref.startsWith('refs/heads/')
      ? ctx.ref.slice('refs/heads/'.length)
      : /^[0-9a-f]{40}$/.test(wanted) || wanted === '' || tagRef !== undefined
        ? undefined
        : wanted.replace(/^refs\/heads\//, '')
  const url = `file://${ctx.gitDir}`
  ctx.log(`Syncing repository: ${ctx.repository}`)
  await git(target, ['init', '--quiet'])
  await git(target, ['remote', 'add', 'origin', url])
  const fetchArgs = [
    '-c',
    'protocol.version=2',
    'fetch',
    '--quiet',
    '--no-tags',
    '--prune',
    '--no-recurse-submodules',
  ]
  if (depth > 0) {
    fetchArgs.push(
      `--depth=${depth}`,
      'origin',
      tagRef !== undefined
        ? `+${sha}:${tagRef}`
        : `+${sha}:refs/remotes/origin/${branch ?? 'rehearsal-ref'}`,
    )
  } else {
    fetchArgs.push(
      '--tags',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
    )
  }
  await git(target, fetchArgs)
  // origin as checkout leaves it, `{GITHUB_SERVER_URL}/{owner}/{repo}`: tools that read the
  // repository from it (semantic-release) see its owner and name; the job's ~/.gitconfig turns it
  // into the sandbox's copy for fetches and pushes.
  await git(target, [
    'remote',
    'set-url',
    'origin',
    `${ctx.sandbox.github.serverUrl.replace(/\/+$/, '')}/${ctx.repository}`,
  ])
  if (depth > 0 && branch === undefined && tagRef === undefined)
    await git(target, ['update-ref', '-d', 'refs/remotes/origin/rehearsal-ref'])
  if (branch !== undefined) {
    await git(target, ['checkout', '--quiet', '--force', '-B', branch, sha])
  } else {
    await git(target, ['checkout', '--quiet', '--force', '--detach', sha])
  }
  ctx.log(
    `HEAD is now at ${sha.slice(0, 7)}${depth > 0 ? ` (fetch-depth ${depth})` : ' (full history and tags)'}`,
  )
  setOutput(ctx, 'ref', branch ?? wanted)
  setOutput(ctx, 'commit', sha)
  ctx.note(
    `the repository's sandbox copy fetched at ${sha.slice(0, 7)}${depth > 0 ? `, ${depth} commit(s) deep` : ', full history'}${truthy(inputs['persist-credentials'], true) ? '; no credentials persisted' : ''}`,
  )
  return { ok: true }
}

export const actionsCheckout: StandInEntry = {
  uses: 'actions/checkout',
  what: 'the repository from the sandbox copy',
  inputs: [
    'repository',
    'ref',
    'token',
    'ssh-key',
    'ssh-known-hosts',
    'ssh-strict',
    'ssh-user',
    'persist-credentials',
    'path',
    'clean',
    'filter',
    'sparse-checkout',
    'sparse-checkout-cone-mode',
    'fetch-depth',
    'fetch-tags',
    'show-progress',
    'lfs',
    'submodules',
    'set-safe-directory',
    'github-server-url',
    'allow-unsafe-pr-checkout',
  ],
  outputs: ['ref', 'commit'],
  standIn: checkout,
}
