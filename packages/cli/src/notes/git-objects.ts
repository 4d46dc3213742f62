// The refs and commits of a plain repository, read from its files in this process instead of by a
// git process: loose and packed refs (annotated tags peeled), loose objects and pack files (.idx
// version 2, OFS_DELTA and REF_DELTA resolved). Whatever would make git's answer differ from the
// files alone (a shallow clone, grafts, replace refs, alternates, extensions such as SHA-256 or
// reftable, git environment variables, another owner's repository, a missing or odd object) makes
// openRepository return undefined or a read throw Unusual: the caller then asks git.
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { inflateSync } from 'node:zlib'

/** Something this reader does not cover: ask git instead. */
export class Unusual extends Error {}

const GIT_ENVIRONMENT = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_REPLACE_REF_BASE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_QUARANTINE_PATH',
]

const SHA = /^[0-9a-f]{40}$/

function kindOf(path: string): 'file' | 'dir' | undefined {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat === undefined) return undefined
  return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1')
  } catch {
    return undefined
  }
}

/** The .git directory git would use from `cwd`; undefined for anything but a plain `.git` dir. */
function plainGitDir(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git')
    const kind = kindOf(dotGit)
    if (kind === 'dir') return dotGit
    // A worktree or submodule (.git file), or a bare repository on the way up: git's business.
    if (kind !== undefined || kindOf(join(dir, 'objects')) !== undefined) return undefined
    if (dirname(dir) === dir) return undefined
  }
}

/** Whether the repository's config keeps to what this reader covers: format 0 or 1, no extensions. */
export function plainConfig(config: string): boolean {
  for (const raw of config.split('\n')) {
    const line = raw.trim().toLowerCase()
    if (line.startsWith('[extensions') || line.startsWith('[include')) return false
    const version = /^repositoryformatversion\s*=\s*(\S*)/.exec(line)
    if (version !== null && version[1] !== '0' && version[1] !== '1') return false
  }
  return true
}

/** A pack: its index's fan-out (the rest of the index is read bucket by bucket) and data file. */
interface Pack {
  name: string
  fanout: Buffer
  count: number
  idx: number
  pack: number
  size: number
}

export interface GitObject {
  type: 'commit' | 'tree' | 'blob' | 'tag'
  data: Buffer
}

const TYPES = [undefined, 'commit', 'tree', 'blob', 'tag'] as const

/** A plain repository's refs and objects, or undefined when git must be asked. */
export function openRepository(cwd: string): GitRepositoryFiles | undefined {
  if (GIT_ENVIRONMENT.some((name) => process.env[name] !== undefined)) return undefined
  const gitDir = plainGitDir(cwd)
  if (gitDir === undefined) return undefined
  // git refuses a repository another user owns (safe.directory): let it say so.
  const owner = statSync(gitDir).uid
  if (process.getuid !== undefined && owner !== process.getuid()) return undefined
  const config = readText(join(gitDir, 'config'))
  if (config === undefined || !plainConfig(config)) return undefined
  const shallow = readText(join(gitDir, 'shallow'))
  if (shallow !== undefined && shallow.trim() !== '') return undefined
  for (const odd of ['info/grafts', 'objects/info/alternates', 'commondir', 'reftable']) {
    if (kindOf(join(gitDir, odd)) !== undefined) return undefined
  }
  const replace = join(gitDir, 'refs', 'replace')
  if (kindOf(replace) === 'dir' && readdirSync(replace).length > 0) return undefined
  return new GitRepositoryFiles(gitDir)
}

export class GitRepositoryFiles {
  private packed: Map<string, { sha: string; peeled?: string }> | undefined
  private packs: Pack[] | undefined
  private readonly cache = new Map<string, GitObject>()

  constructor(readonly gitDir: string) {}

  /** Closes the pack files this reader opened. */
  close(): void {
    for (const pack of this.packs ?? []) {
      closeSync(pack.idx)
      closeSync(pack.pack)
    }
  }

  private packedRefs(): Map<string, { sha: string; peeled?: string }> {
    if (this.packed !== undefined) return this.packed
    const refs = new Map<string, { sha: string; peeled?: string }>()
    const text = readText(join(this.gitDir, 'packed-refs')) ?? ''
    let last: { sha: string; peeled?: string } | undefined
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue
      if (line.startsWith('^')) {
        const peeled = line.slice(1).trim()
        if (last === undefined || !SHA.test(peeled)) throw new Unusual('packed-refs')
        last.peeled = peeled
        continue
      }
      const match = /^([0-9a-f]{40}) (\S+)$/.exec(line.trimEnd())
      if (match === null) throw new Unusual('packed-refs')
      const name = match[2] ?? ''
      if (name.startsWith('refs/replace/')) throw new Unusual('replace refs')
      last = { sha: match[1] ?? '' }
      refs.set(name, last)
    }
    this.packed = refs
    return refs
  }

  /** The object a full ref name points at (symbolic refs followed), or undefined. */
  ref(name: string, depth = 0): string | undefined {
    if (depth > 5) throw new Unusual('symbolic ref loop')
    const path = join(this.gitDir, ...name.split('/'))
    const kind = kindOf(path)
    if (kind === 'file') {
      const text = (readText(path) ?? '').trim()
      if (SHA.test(text)) return text
      const target = /^ref: (refs\/\S+)$/.exec(text)?.[1]
      if (target === undefined) throw new Unusual(`ref ${name}`)
      return this.ref(target, depth + 1)
    }
    if (kind === 'dir') return undefined
    return this.packedRefs().get(name)?.sha
  }

  /**
   * The ref git's rules pick for a revision written as a name (`v1.2.0`, `refs/tags/v1.2.0`,
   * `HEAD`): the first of name, refs/name, refs/tags/name, refs/heads/name, refs/remotes/name,
   * refs/remotes/name/HEAD that exists. Undefined when none does; Unusual for revision syntax.
   */
  dwim(name: string): { ref: string; sha: string } | undefined {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._+/-]*$/.test(name) || /\.\.|\/\/|\/\.|\.lock$|[./]$/.test(name))
      throw new Unusual(`revision ${name}`)
    const rules = [
      name,
      `refs/${name}`,
      `refs/tags/${name}`,
      `refs/heads/${name}`,
      `refs/remotes/${name}`,
      `refs/remotes/${name}/HEAD`,
    ]
    for (const ref of rules) {
      // Outside refs/ git reads only HEAD-like names (all capitals and _).
      if (ref === name && !name.startsWith('refs/') && !/^[A-Z_]+$/.test(name)) {
        if (kindOf(join(this.gitDir, name)) !== undefined) throw new Unusual(`file ${name}`)
        continue
      }
      const sha = this.ref(ref)
      if (sha !== undefined) return { ref, sha }
    }
    return undefined
  }

  /** The commit a tag (or a commit) object finally names. */
  peel(sha: string): string {
    let current = sha
    for (let depth = 0; depth < 10; depth++) {
      const object = this.read(current)
      if (object.type === 'commit') return current
      if (object.type !== 'tag') throw new Unusual(`${object.type} ${current}`)
      const target = /^object ([0-9a-f]{40})\n/.exec(object.data.toString('latin1', 0, 48))?.[1]
      if (target === undefined) throw new Unusual(`tag ${current}`)
      current = target
    }
    throw new Unusual(`tag chain at ${sha}`)
  }

  /** The object `sha` names, from a pack or a loose file; Unusual when it is missing or odd. */
  read(sha: string): GitObject {
    const cached = this.cache.get(sha)
    if (cached !== undefined) return cached
    const object = this.fromPacks(sha) ?? this.loose(sha)
    if (object === undefined) throw new Unusual(`missing ${sha}`)
    this.cache.set(sha, object)
    return object
  }

  private loose(sha: string): GitObject | undefined {
    let raw: Buffer
    try {
      raw = readFileSync(join(this.gitDir, 'objects', sha.slice(0, 2), sha.slice(2)))
    } catch {
      return undefined
    }
    const data = inflateSync(raw)
    const nul = data.indexOf(0)
    const header = /^(commit|tree|blob|tag) (\d+)$/.exec(data.toString('latin1', 0, nul))
    if (nul === -1 || header === null || Number(header[2]) !== data.length - nul - 1)
      throw new Unusual(`loose object ${sha}`)
    return { type: header[1] as GitObject['type'], data: data.subarray(nul + 1) }
  }

  private packList(): Pack[] {
    if (this.packs !== undefined) return this.packs
    const dir = join(this.gitDir, 'objects', 'pack')
    const names = kindOf(dir) === 'dir' ? readdirSync(dir) : []
    this.packs = []
    for (const name of names.filter((file) => file.endsWith('.idx')).sort()) {
      const idx = openSync(join(dir, name), 'r')
      let pack: number
      try {
        pack = openSync(join(dir, `${name.slice(0, -4)}.pack`), 'r')
      } catch (error) {
        closeSync(idx)
        throw error
      }
      const fanout = readAt(idx, 0, 1032)
      const count = fanout.length < 1032 ? 0 : fanout.readUInt32BE(8 + 255 * 4)
      this.packs.push({ name, fanout, count, idx, pack, size: fstatSync(pack).size })
      if (count === 0 || fanout.readUInt32BE(0) !== 0xff744f63 || fanout.readUInt32BE(4) !== 2)
        throw new Unusual(`pack index ${name}`)
    }
    return this.packs
  }

  private fromPacks(sha: string): GitObject | undefined {
    const key = Buffer.from(sha, 'hex')
    for (const pack of this.packList()) {
      const offset = packOffset(pack, key)
      if (offset !== undefined) return this.packEntry(pack, offset, 0)
    }
    return undefined
  }

  private packEntry(pack: Pack, offset: number, depth: number): GitObject {
    if (depth > 64) throw new Unusual('delta chain')
    // Type and size, then for a delta its base; zlib's worst case bounds the compressed data.
    let head = readAt(pack.pack, offset, Math.min(64, pack.size - offset))
    let at = 0
    let byte = head[at++] ?? 0
    const type = (byte >> 4) & 7
    let size = byte & 15
    for (let shift = 4; byte & 0x80; shift += 7) {
      byte = head[at++] ?? 0
      size += (byte & 0x7f) * 2 ** shift
    }
    let base: GitObject | undefined
    if (type === 6) {
      byte = head[at++] ?? 0
      let distance = byte & 0x7f
      while (byte & 0x80) {
        byte = head[at++] ?? 0
        distance = (distance + 1) * 128 + (byte & 0x7f)
      }
      base = this.packEntry(pack, offset - distance, depth + 1)
    } else if (type === 7) {
      base = this.read(head.toString('hex', at, at + 20))
      at += 20
    } else if (TYPES[type] === undefined) {
      throw new Unusual(`pack entry type ${type}`)
    }
    const bound = size + (size >> 3) + (size >> 6) + 64
    if (at + bound > head.length)
      head = readAt(pack.pack, offset, Math.min(at + bound, pack.size - offset))
    const data = inflateSync(head.subarray(at))
    if (data.length !== size) throw new Unusual(`pack entry at ${offset}`)
    if (base === undefined) return { type: TYPES[type] as GitObject['type'], data }
    return { type: base.type, data: applyDelta(base.data, data) }
  }
}

/** `length` bytes at `offset` of the file (fewer at its end). */
function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(Math.max(length, 0))
  let done = 0
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, offset + done)
    if (read === 0) break
    done += read
  }
  return buffer.subarray(0, done)
}

/** The offset of `key` in the pack: its fan-out bucket of the .idx read, then searched. */
function packOffset(pack: Pack, key: Buffer): number | undefined {
  const { fanout, count, idx } = pack
  const first = key[0] ?? 0
  const low = first === 0 ? 0 : fanout.readUInt32BE(8 + (first - 1) * 4)
  const high = fanout.readUInt32BE(8 + first * 4)
  if (high <= low) return undefined
  const names = readAt(idx, 1032 + low * 20, (high - low) * 20)
  let [from, to] = [0, high - low]
  while (from < to) {
    const middle = (from + to) >>> 1
    const order = names.compare(key, 0, 20, middle * 20, middle * 20 + 20)
    if (order === 0) {
      const offset = readAt(idx, 1032 + count * 24 + (low + middle) * 4, 4).readUInt32BE(0)
      if ((offset & 0x80000000) === 0) return offset
      const large = readAt(idx, 1032 + count * 28 + (offset & 0x7fffffff) * 8, 8)
      return large.readUInt32BE(0) * 2 ** 32 + large.readUInt32BE(4)
    }
    if (order > 0) to = middle
    else from = middle + 1
  }
  return undefined
}

function varint(delta: Buffer, at: { i: number }): number {
  let value = 0
  let byte: number
  let shift = 0
  do {
    byte = delta[at.i++] ?? 0
    value += (byte & 0x7f) * 2 ** shift
    shift += 7
  } while (byte & 0x80)
  return value
}

/** git's delta format: the base's size, the result's size, then copy and insert instructions. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  const at = { i: 0 }
  if (varint(delta, at) !== base.length) throw new Unusual('delta base size')
  const out = Buffer.allocUnsafe(varint(delta, at))
  let written = 0
  while (at.i < delta.length) {
    const op = delta[at.i++] ?? 0
    if (op & 0x80) {
      let offset = 0
      let length = 0
      for (let bit = 0; bit < 4; bit++)
        if (op & (1 << bit)) offset += (delta[at.i++] ?? 0) * 2 ** (8 * bit)
      for (let bit = 0; bit < 3; bit++)
        if (op & (1 << (4 + bit))) length += (delta[at.i++] ?? 0) << (8 * bit)
      if (length === 0) length = 0x10000
      if (offset + length > base.length || written + length > out.length)
        throw new Unusual('delta copy')
      written += base.copy(out, written, offset, offset + length)
    } else if (op !== 0) {
      if (at.i + op > delta.length || written + op > out.length) throw new Unusual('delta insert')
      written += delta.copy(out, written, at.i, at.i + op)
      at.i += op
    } else {
      throw new Unusual('delta opcode 0')
    }
  }
  if (written !== out.length) throw new Unusual('delta result size')
  return out
}
