// A `gh` on every job's PATH, first: `gh release create/upload/edit/view/list/delete` and
// `gh api` served by the sandbox's GitHub API, with the job's GH_TOKEN or GITHUB_TOKEN, so that a
// `run:` step's gh never reaches github.com (the machine's own gh is never used). Anything else
// gh does says that it is not rehearsed.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The script, CommonJS for the Node that runs the rehearsal; API_URL is filled in. */
const GH_SCRIPT = String.raw`
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const API = API_URL
const args = process.argv.slice(2)
const out = (line) => process.stdout.write(line + '\n')
const fail = (line, code) => { process.stderr.write(line + '\n'); process.exit(code === undefined ? 1 : code) }
const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN || process.env.GH_ENTERPRISE_TOKEN || ''

function parse(list, spec) {
  // spec: flag name -> 'value' | 'bool'; aliases map short flags.
  const flags = {}
  const positional = []
  for (let i = 0; i < list.length; i++) {
    const word = list[i]
    if (!word.startsWith('-') || word === '-') { positional.push(word); continue }
    let [name, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined]
    name = spec.aliases[name] || name.replace(/^--?/, '')
    const kind = spec.flags[name]
    if (kind === undefined) fail('unknown flag: ' + word + ' (the rehearsal\'s gh stand-in knows ' + Object.keys(spec.flags).map((f) => '--' + f).join(', ') + ')')
    const value = kind === 'bool' ? (inline === undefined ? 'true' : inline) : (inline !== undefined ? inline : list[++i])
    if (kind === 'list') (flags[name] = flags[name] || []).push(value)
    else flags[name] = value
  }
  return { flags, positional }
}

function repoOf(flags) {
  const repo = flags.repo || process.env.GH_REPO || process.env.GITHUB_REPOSITORY
  if (!repo) fail('could not determine the repository: set GH_REPO or use -R OWNER/REPO')
  return repo.replace(/^https?:\/\/[^/]+\//, '')
}

async function call(method, url, body, headers) {
  if (token === '') fail('gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:\n  env:\n    GH_TOKEN: ${'$'}{{ github.token }}', 4)
  const full = url.startsWith('http') ? url : API + (url.startsWith('/') ? '' : '/') + url
  const init = { method, headers: Object.assign({ accept: 'application/vnd.github+json', authorization: 'token ' + token }, headers || {}) }
  if (body !== undefined) {
    init.body = Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body)
    if (!init.headers['content-type']) init.headers['content-type'] = 'application/json'
  }
  const response = await fetch(full, init)
  const text = await response.text()
  let data
  try { data = text === '' ? undefined : JSON.parse(text) } catch { data = text }
  return { status: response.status, ok: response.ok, data, headers: response.headers }
}

async function must(method, url, body, headers) {
  const answer = await call(method, url, body, headers)
  if (!answer.ok) fail('HTTP ' + answer.status + ': ' + ((answer.data && answer.data.message) || 'error') + ' (' + API + url + ')')
  return answer.data
}

async function releaseByTag(repo, tag) {
  const list = await must('GET', '/repos/' + repo + '/releases?per_page=100')
  return list.find((release) => release.tag_name === tag)
}

async function upload(repo, release, file, clobber) {
  const hash = file.indexOf('#')
  const filePath = hash >= 0 ? file.slice(0, hash) : file
  const label = hash >= 0 ? file.slice(hash + 1) : undefined
  const name = path.basename(filePath)
  const existing = release.assets.find((asset) => asset.name === name)
  if (existing && !clobber) fail('asset under the same name already exists: [' + name + ']')
  if (existing) await must('DELETE', '/repos/' + repo + '/releases/assets/' + existing.id)
  const data = fs.readFileSync(filePath)
  const url = release.upload_url.replace(/\{.*\}$/, '') + '?name=' + encodeURIComponent(name) + (label ? '&label=' + encodeURIComponent(label) : '')
  await must('POST', url, data, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) })
}

const RELEASE_FLAGS = {
  flags: { title: 'value', notes: 'value', 'notes-file': 'value', draft: 'bool', prerelease: 'bool', target: 'value', latest: 'bool', 'generate-notes': 'bool', 'verify-tag': 'bool', 'notes-from-tag': 'bool', repo: 'value', clobber: 'bool', tag: 'value', json: 'value', jq: 'value', limit: 'value', yes: 'bool', 'cleanup-tag': 'bool', 'discussion-category': 'value', 'fail-on-no-commits': 'bool', 'notes-start-tag': 'value' },
  aliases: { '-t': 'title', '-n': 'notes', '-F': 'notes-file', '-d': 'draft', '-p': 'prerelease', '-R': 'repo', '-q': 'jq', '-L': 'limit', '-y': 'yes' },
}

function notesOf(flags) {
  if (flags['notes-file'] !== undefined) return flags['notes-file'] === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(flags['notes-file'], 'utf8')
  return flags.notes
}

function jsonFields(release, fields) {
  const all = { id: release.id, tagName: release.tag_name, name: release.name, body: release.body, isDraft: release.draft, isPrerelease: release.prerelease, url: release.html_url, uploadUrl: release.upload_url, tarballUrl: release.tarball_url, zipballUrl: release.zipball_url, targetCommitish: release.target_commitish, createdAt: release.created_at, publishedAt: release.published_at, assets: (release.assets || []).map((asset) => ({ name: asset.name, size: asset.size, url: asset.browser_download_url, contentType: asset.content_type, apiUrl: asset.url })) }
  const picked = {}
  for (const field of fields.split(',')) picked[field.trim()] = all[field.trim()]
  return picked
}

function jq(data, filter) {
  // The paths gh's --jq is most used with: .a.b, .[0], .[].name, .a[]; else not rehearsed.
  if (!/^(\.[\w-]*|\[\d*\])+$/.test(filter.replace(/\.\[/g, '['))) fail('gh: --jq ' + filter + ': the rehearsal\'s gh stand-in reads plain paths only (.a.b, .[0], .[].name); pipe the JSON into jq instead')
  let values = [data]
  for (const part of filter.replace(/\.\[/g, '[').match(/\.[\w-]+|\[\d*\]/g) || []) {
    const next = []
    for (const value of values) {
      if (part === '[]') next.push(...(Array.isArray(value) ? value : Object.values(value || {})))
      else if (part.startsWith('[')) next.push(value == null ? null : value[Number(part.slice(1, -1))])
      else next.push(value == null ? null : value[part.slice(1)])
    }
    values = next
  }
  for (const value of values) out(typeof value === 'string' ? value : JSON.stringify(value))
}

function print(data, flags, fields) {
  const shown = fields && flags.json !== undefined ? (Array.isArray(data) ? data.map((item) => fields(item, flags.json)) : fields(data, flags.json)) : data
  if (flags.jq !== undefined) return jq(shown, flags.jq)
  out(JSON.stringify(shown, null, 2))
}

async function release(sub, rest) {
  const { flags, positional } = parse(rest, RELEASE_FLAGS)
  const repo = repoOf(flags)
  const tag = positional[0]
  if (sub === 'create') {
    if (!tag) fail('could not create: no tag name provided')
    if (await releaseByTag(repo, tag)) fail('a release with the same tag name already exists: ' + tag)
    const body = { tag_name: tag, name: flags.title || tag, body: notesOf(flags) || '', draft: flags.draft === 'true', prerelease: flags.prerelease === 'true' }
    if (flags.target) body.target_commitish = flags.target
    if (flags.latest !== undefined) body.make_latest = flags.latest
    if (flags['generate-notes'] === 'true') body.generate_release_notes = true
    let created = await must('POST', '/repos/' + repo + '/releases', body)
    for (const file of positional.slice(1)) await upload(repo, created, file, false)
    return out(created.html_url)
  }
  if (sub === 'upload') {
    const found = tag && await releaseByTag(repo, tag)
    if (!found) fail('release not found')
    for (const file of positional.slice(1)) await upload(repo, found, file, flags.clobber === 'true')
    return
  }
  if (sub === 'edit') {
    const found = tag && await releaseByTag(repo, tag)
    if (!found) fail('release not found')
    const body = {}
    if (flags.title !== undefined) body.name = flags.title
    const notes = notesOf(flags)
    if (notes !== undefined) body.body = notes
    if (flags.draft !== undefined) body.draft = flags.draft === 'true'
    if (flags.prerelease !== undefined) body.prerelease = flags.prerelease === 'true'
    if (flags.latest !== undefined) body.make_latest = flags.latest
    if (flags.tag !== undefined) body.tag_name = flags.tag
    if (flags.target !== undefined) body.target_commitish = flags.target
    const edited = await must('PATCH', '/repos/' + repo + '/releases/' + found.id, body)
    return out(edited.html_url)
  }
  if (sub === 'view') {
    const found = tag ? await releaseByTag(repo, tag) : await must('GET', '/repos/' + repo + '/releases/latest')
    if (!found) fail('release not found')
    if (flags.json !== undefined) return print(found, flags, jsonFields)
    out(found.name || found.tag_name)
    out(found.tag_name + (found.draft ? ' (draft)' : '') + (found.prerelease ? ' (pre-release)' : ''))
    out('')
    out(found.body || '')
    for (const asset of found.assets) out('asset:\t' + asset.name)
    return out('View on GitHub: ' + found.html_url)
  }
  if (sub === 'list') {
    const list = (await must('GET', '/repos/' + repo + '/releases?per_page=100')).slice(0, Number(flags.limit || 30))
    if (flags.json !== undefined) return print(list, flags, jsonFields)
    for (const item of list) out([item.name || item.tag_name, item.draft ? 'Draft' : item.prerelease ? 'Pre-release' : 'Latest', item.tag_name, item.published_at || item.created_at].join('\t'))
    return
  }
  if (sub === 'delete') {
    const found = tag && await releaseByTag(repo, tag)
    if (!found) fail('release not found')
    await must('DELETE', '/repos/' + repo + '/releases/' + found.id)
    if (flags['cleanup-tag'] === 'true') await must('DELETE', '/repos/' + repo + '/git/refs/tags/' + tag)
    return
  }
  fail('gh release ' + sub + ' is not rehearsed: the rehearsal\'s gh stand-in serves gh release create, upload, edit, view, list and delete, and gh api')
}

function fieldValue(raw, typed) {
  if (!typed) return raw
  if (raw === 'true' || raw === 'false') return raw === 'true'
  if (raw === 'null') return null
  if (/^-?\d+$/.test(raw)) return Number(raw)
  if (raw.startsWith('@')) return fs.readFileSync(raw.slice(1), 'utf8')
  return raw
}

async function api(rest) {
  const { flags, positional } = parse(rest, {
    flags: { method: 'value', field: 'list', 'raw-field': 'list', header: 'list', input: 'value', paginate: 'bool', jq: 'value', silent: 'bool', include: 'bool', hostname: 'value', preview: 'list', verbose: 'bool', slurp: 'bool', cache: 'value', template: 'value' },
    aliases: { '-X': 'method', '-F': 'field', '-f': 'raw-field', '-H': 'header', '-q': 'jq', '-i': 'include', '-p': 'preview', '-t': 'template' },
  })
  if (positional.length === 0) fail('accepts 1 arg(s), received 0')
  const [owner, name] = repoOf({}).split('/')
  let endpoint = positional[0].replace(/\{owner\}/g, owner).replace(/\{repo\}/g, name).replace(/:owner/g, owner).replace(/:repo/g, name)
  if (endpoint === 'graphql') fail('gh api graphql is not rehearsed: the sandbox serves GitHub\'s REST API')
  const fields = {}
  for (const pair of flags['raw-field'] || []) fields[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1)
  for (const pair of flags.field || []) fields[pair.slice(0, pair.indexOf('='))] = fieldValue(pair.slice(pair.indexOf('=') + 1), true)
  const method = (flags.method || (Object.keys(fields).length > 0 || flags.input ? 'POST' : 'GET')).toUpperCase()
  const headers = {}
  for (const header of flags.header || []) headers[header.slice(0, header.indexOf(':')).trim().toLowerCase()] = header.slice(header.indexOf(':') + 1).trim()
  let body
  if (flags.input !== undefined) body = flags.input === '-' ? fs.readFileSync(0) : fs.readFileSync(flags.input)
  else if (method === 'GET' && Object.keys(fields).length > 0) endpoint += (endpoint.includes('?') ? '&' : '?') + new URLSearchParams(fields).toString()
  else if (Object.keys(fields).length > 0) body = fields
  let answer = await call(method, '/' + endpoint.replace(/^\//, ''), body, headers)
  let data = answer.data
  while (flags.paginate === 'true' && answer.ok && Array.isArray(answer.data)) {
    const next = /<([^>]+)>;\s*rel="next"/.exec(answer.headers.get('link') || '')
    if (!next) break
    answer = await call('GET', next[1])
    data = data.concat(answer.data || [])
  }
  if (!answer.ok) {
    if (answer.data !== undefined) out(JSON.stringify(answer.data))
    fail('gh: ' + ((answer.data && answer.data.message) || 'error') + ' (HTTP ' + answer.status + ')')
  }
  if (flags.silent === 'true' || data === undefined) return
  if (flags.jq !== undefined) return jq(data, flags.jq)
  out(typeof data === 'string' ? data : JSON.stringify(data))
}

async function main() {
  const [command, sub, ...rest] = args
  if (command === '--version' || command === 'version') return out('gh version 2.0.0 (the tokenless rehearsal\'s stand-in, on the sandbox\'s GitHub API)')
  if (command === 'release' && sub !== undefined) return release(sub, rest)
  if (command === 'api') return api(sub === undefined ? [] : [sub, ...rest])
  if (command === 'auth' && sub === 'status') return out('Logged in to the sandbox\'s GitHub API (' + API + ') with ' + (token === '' ? 'no token' : 'the job\'s token'))
  fail('gh ' + args.slice(0, 2).join(' ') + ' is not rehearsed: the rehearsal\'s gh stand-in serves gh release create, upload, edit, view, list and delete, and gh api, from the sandbox\'s GitHub API')
}

main().catch((error) => fail('gh: ' + (error && error.message ? error.message : String(error))))
`

/** Writes the gh stand-in into `dir` for the sandbox API at `apiUrl`; returns `dir`. */
export function writeGhStandIn(dir: string, apiUrl: string): string {
  mkdirSync(dir, { recursive: true })
  const script = `#!${process.execPath}\n${GH_SCRIPT.replace('API_URL', JSON.stringify(apiUrl))}`
  writeFileSync(join(dir, 'gh'), script, { mode: 0o755 })
  return dir
}

/**
 * The PATH every job starts with: the rehearsal's stand-in tools (gh) first, then the Node that
 * runs the rehearsal, then the machine's PATH.
 */
export function sandboxToolsPath(workDir: string, apiUrl: string): string {
  const tools = writeGhStandIn(join(workDir, 'bin'), apiUrl)
  return [tools, dirname(process.execPath), process.env.PATH ?? '/usr/bin:/bin'].join(':')
}
