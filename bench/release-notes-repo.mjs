// A synthetic repository for the release-notes bench, made with ONE `git fast-import`: COMMITS
// conventional commits on main (a seeded, realistic mix of feat/fix/perf/docs/chore/refactor/
// test/ci/build, scopes, `!`, `BREAKING CHANGE:` footers, `(#123)` and `Closes #45` references,
// `Co-authored-by` trailers, a few non-conventional messages and git-style reverts of earlier
// commits by their real sha) and TAGS annotated tags `v0.N.M` in version order (minor for a
// release with a feature or a breaking change, patch otherwise). The last tag is on the last
// commit and the one before it 50 commits earlier; the others are spread evenly.
// package.json (version = the last tag, repository on github.com) is in every commit.
// Usage: node bench/release-notes-repo.mjs DIR [COMMITS] [TAGS]
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export const REPOSITORY_URL = 'https://github.com/bench/big-repo'
/** The commits between the last two tags. */
export const LAST_RELEASE_COMMITS = 50

const SCOPES = ['api', 'cli', 'parser', 'core', 'deps', 'auth', 'config', 'git', 'http', 'ui']
const VERBS = ['add', 'support', 'handle', 'drop', 'rename', 'guard', 'speed up', 'cache', 'parse']
const OBJECTS = [
  'empty tags',
  'the widget endpoint',
  'YAML configs',
  'retries on 429',
  'monorepo tags',
  'Windows paths',
  'prerelease versions',
  'the lock file',
  'long commit bodies',
  'proxy settings',
]
const WORDS = 'the a of to when with and this that for so it now users was before after'.split(' ')
const TYPES = [
  ['feat', 24],
  ['fix', 30],
  ['perf', 4],
  ['docs', 10],
  ['chore', 12],
  ['refactor', 6],
  ['test', 5],
  ['ci', 3],
  ['build', 2],
  ['style', 1],
]
const TYPE_WEIGHT = TYPES.reduce((sum, [, weight]) => sum + weight, 0)

/** A small seeded PRNG (mulberry32): the same repository every time. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const gitObject = (kind, content) =>
  createHash('sha1').update(`${kind} ${content.length}\0`).update(content).digest()

function treeOf(files) {
  const entries = Object.keys(files)
    .sort()
    .map((name) =>
      Buffer.concat([Buffer.from(`100644 ${name}\0`), gitObject('blob', Buffer.from(files[name]))]),
    )
  return gitObject('tree', Buffer.concat(entries)).toString('hex')
}

/** Makes the repository at `dir`; returns its tags, oldest first. */
export function makeReleaseNotesRepo(dir, { commits = 10_000, tags = 500 } = {}) {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  mkdirSync(dir, { recursive: true })
  const init = spawnSync('git', ['init', '-q', '-b', 'main', dir], { env, encoding: 'utf8' })
  if (init.status !== 0) throw new Error(`git init failed: ${init.stderr}`)

  // Tag positions: the last on the last commit, the one before LAST_RELEASE_COMMITS earlier.
  const lastButOne = commits - LAST_RELEASE_COMMITS
  const tagAt = new Map()
  for (let k = 0; k < tags - 1; k++) tagAt.set(Math.round(((k + 1) * lastButOne) / (tags - 1)), k)
  tagAt.set(commits, tags - 1)

  const next = random(20240501)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const sentence = (min, max) => {
    const count = min + Math.floor(next() * (max - min + 1))
    return Array.from({ length: count }, () => pick(WORDS)).join(' ')
  }
  const pickType = () => {
    let roll = next() * TYPE_WEIGHT
    for (const [type, weight] of TYPES) {
      roll -= weight
      if (roll < 0) return type
    }
    return 'fix'
  }
  // A third of the releases are patch releases: no feature and no breaking change in them.
  const patchRelease = Array.from({ length: tags }, (_, k) => k > 0 && next() < 0.33)
  let release = 0

  const messages = []
  const revertable = [] // recent feat/fix commits: { index, subject }
  let pull = 100
  let issue = 1
  let releaseFeature = false
  const releaseBumps = []
  for (let i = 1; i <= commits; i++) {
    const roll = next()
    let message
    if (roll < 0.01 && revertable.length > 0) {
      const target = revertable.splice(Math.floor(next() * revertable.length), 1)[0]
      message = { revertOf: target.index, subject: `Revert "${target.subject}"` }
    } else if (roll < 0.03) {
      message = { subject: pick(['Update README.md', 'Bump version', 'WIP', 'Fix typo']) }
    } else {
      const patchOnly = patchRelease[release] === true
      let type = pickType()
      while (patchOnly && type === 'feat') type = pickType()
      const scope = next() < 0.55 ? `(${pick(SCOPES)})` : ''
      const bang = !patchOnly && next() < 0.01 ? '!' : ''
      const mention = next() < 0.02 ? ` for @${pick(['octocat', 'hubot', 'monalisa'])}` : ''
      const pr = next() < 0.7 ? ` (#${pull++})` : ''
      const subject = `${type}${scope}${bang}: ${pick(VERBS)} ${pick(OBJECTS)}${mention}${pr}`
      const body = []
      if (next() < 0.45) body.push(`${sentence(6, 14)}\n${sentence(4, 12)}`)
      if (!patchOnly && next() < 0.01)
        body.push(`BREAKING CHANGE: ${pick(OBJECTS)} ${sentence(3, 8)}`)
      const footers = []
      if (next() < 0.25) footers.push(`${pick(['Closes', 'Fixes', 'Refs'])} #${issue++}`)
      if (next() < 0.1) footers.push('Co-authored-by: Grace Hopper <grace@example.test>')
      if (footers.length > 0) body.push(footers.join('\n'))
      message = { subject, body: body.join('\n\n') }
      if (type === 'feat' || bang !== '' || message.body.includes('BREAKING CHANGE')) {
        releaseFeature = true
      }
      if (type === 'feat' || type === 'fix') {
        revertable.push({ index: i, subject })
        if (revertable.length > 40) revertable.shift()
      }
    }
    messages.push(message)
    if (tagAt.has(i)) {
      releaseBumps.push(releaseFeature ? 'minor' : 'patch')
      releaseFeature = false
      release += 1
    }
  }
  // The versions follow from the messages; the manifest (in every tree) carries the last one.
  const versions = []
  const lastVersion = { minor: 0, patch: 0 }
  for (const bump of releaseBumps) {
    if (bump === 'minor' || versions.length === 0) {
      lastVersion.minor += 1
      lastVersion.patch = 0
    } else {
      lastVersion.patch += 1
    }
    versions.push(`v0.${lastVersion.minor}.${lastVersion.patch}`)
  }

  const manifest = `${JSON.stringify(
    {
      name: 'big-repo',
      version: versions.at(-1).slice(1),
      repository: { type: 'git', url: `git+${REPOSITORY_URL}.git` },
    },
    null,
    2,
  )}\n`
  const shas = []
  const chunks = []
  for (let i = 1; i <= commits; i++) {
    const message = messages[i - 1]
    const when = 1_600_000_000 + i * 3600
    const who = `Bench Author <bench@example.test> ${when} +0000`
    let text = message.subject
    if (message.revertOf !== undefined) {
      text += `\n\nThis reverts commit ${shas[message.revertOf - 1]}.`
    } else if (message.body !== undefined && message.body !== '') {
      text += `\n\n${message.body}`
    }
    text += '\n'
    const counter = `${i}\n`
    const tree = treeOf({ 'counter.txt': counter, 'package.json': manifest })
    const parent = i > 1 ? `parent ${shas[i - 2]}\n` : ''
    const object = Buffer.from(`tree ${tree}\n${parent}author ${who}\ncommitter ${who}\n\n${text}`)
    shas.push(gitObject('commit', object).toString('hex'))
    const files = [`M 644 inline counter.txt\ndata ${Buffer.byteLength(counter)}\n${counter}`]
    if (i === 1) {
      files.push(`M 644 inline package.json\ndata ${Buffer.byteLength(manifest)}\n${manifest}`)
    }
    chunks.push(
      `commit refs/heads/main\nmark :${i}\nauthor ${who}\ncommitter ${who}\n` +
        `data ${Buffer.byteLength(text)}\n${text}${i > 1 ? `from :${i - 1}\n` : ''}${files.join('')}\n`,
    )
    const tag = tagAt.get(i)
    if (tag !== undefined) {
      const name = versions[tag]
      const note = `Release ${name}\n`
      chunks.push(
        `tag ${name}\nfrom :${i}\ntagger Bench Releaser <release@example.test> ${when} +0000\n` +
          `data ${Buffer.byteLength(note)}\n${note}`,
      )
    }
  }
  const result = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env,
    input: chunks.join(''),
    maxBuffer: 1 << 30,
  })
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`)
  const head = spawnSync('git', ['rev-parse', 'refs/heads/main'], {
    cwd: dir,
    env,
    encoding: 'utf8',
  })
  if (head.stdout.trim() !== shas.at(-1)) {
    // The reverts name commits by the shas computed here: they must be git's.
    throw new Error(`computed sha ${shas.at(-1)} but git made ${head.stdout.trim()}`)
  }
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir, env })
  return versions
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, commits = '10000', tags = '500'] = process.argv.slice(2)
  if (!dir) {
    console.error('usage: node bench/release-notes-repo.mjs DIR [COMMITS] [TAGS]')
    process.exit(2)
  }
  const versions = makeReleaseNotesRepo(dir, { commits: Number(commits), tags: Number(tags) })
  console.log(`${dir}: ${commits} commits, ${versions.length} tags, last ${versions.at(-1)}`)
}
