// Builds a synthetic repository with git fast-import: COMMITS commits on main, a tag every
// COMMITS/TAGS commits (v1.<i/100>.<i%100>, annotated), package.json carrying the last version,
// and conventional commit subjects. Usage: node bench/make-big-repo.mjs DIR [COMMITS] [TAGS]
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

const [dir, commitsArg = '100000', tagsArg = '10000'] = process.argv.slice(2)
if (!dir) {
  console.error('usage: node bench/make-big-repo.mjs DIR [COMMITS] [TAGS]')
  process.exit(2)
}
const commits = Number(commitsArg)
const tags = Number(tagsArg)
const every = Math.floor(commits / tags)
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}
mkdirSync(dir, { recursive: true })
spawnSync('git', ['init', '-q', '-b', 'main', dir], { env, stdio: 'inherit' })

const kinds = [
  'fix: correct the thing',
  'feat: add a thing',
  'docs: explain',
  'chore: tidy',
  'perf: faster',
]
const chunks = []
let tagIndex = 0
const versionOf = (index) => `1.${Math.floor(index / 100)}.${index % 100}`
const lastVersion = versionOf(tags - 1)
for (let i = 1; i <= commits; i++) {
  const when = 1_600_000_000 + i * 60
  const subject = `${kinds[i % kinds.length]} ${i}`
  const files = [`M 644 inline counter.txt\ndata ${String(i).length}\n${i}\n`]
  if (i === commits) {
    const manifest = `${JSON.stringify({ name: 'big-repo', version: lastVersion }, null, 2)}\n`
    files.push(`M 644 inline package.json\ndata ${Buffer.byteLength(manifest)}\n${manifest}`)
  }
  chunks.push(
    `commit refs/heads/main\nmark :${i}\ncommitter Bench <bench@example.test> ${when} +0000\n` +
      `data ${Buffer.byteLength(subject)}\n${subject}\n${i > 1 ? `from :${i - 1}\n` : ''}${files.join('')}\n`,
  )
  // The last commit carries the last tag, so that the bench releases an existing tag.
  const tagHere = i === commits ? tags - 1 : i % every === 0 && tagIndex < tags - 1 ? tagIndex : -1
  if (tagHere >= 0) {
    const name = `v${versionOf(tagHere)}`
    chunks.push(
      `tag ${name}\nfrom :${i}\ntagger Bench <bench@example.test> ${when} +0000\ndata ${name.length + 8}\nRelease ${name}\n`,
    )
    if (i !== commits) tagIndex++
  }
}
const result = spawnSync('git', ['fast-import', '--quiet'], {
  cwd: dir,
  env,
  input: chunks.join(''),
  maxBuffer: 1 << 30,
})
if (result.status !== 0) {
  console.error(result.stderr.toString())
  process.exit(1)
}
spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir, env, stdio: 'inherit' })
console.log(`${dir}: ${commits} commits, ${tags} tags, last tag v${lastVersion}`)
