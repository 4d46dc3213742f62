import { gunzipSync, inflateRawSync } from 'node:zlib'

/** A member of a zip or tar archive, read on demand. */
export interface ArchiveMember {
  name: string
  /** ZIP compression method (0 stored, 8 deflated); undefined for tar. */
  method?: number
  /** What the entry is: a tar type flag or a zip entry's Unix mode, read as such. */
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'special'
  /** ZIP only: the name in the entry's local header, which should be the central directory's. */
  localName?: string
  read(): Buffer
}

/**
 * The members of a ZIP file from its central directory, or undefined when `data` is not one
 * (Python's `zipfile.is_zipfile` looks for the same end-of-central-directory record).
 */
export function zipMembers(data: Buffer): ArchiveMember[] | undefined {
  const eocd = findEndOfCentralDirectory(data)
  if (eocd === undefined) return undefined
  const count = data.readUInt16LE(eocd + 10)
  let offset = data.readUInt32LE(eocd + 16)
  const members: ArchiveMember[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return undefined
    const madeBy = data.readUInt16LE(offset + 4) >> 8
    const method = data.readUInt16LE(offset + 10)
    const compressedSize = data.readUInt32LE(offset + 20)
    const nameLength = data.readUInt16LE(offset + 28)
    const extraLength = data.readUInt16LE(offset + 30)
    const commentLength = data.readUInt16LE(offset + 32)
    const externalAttributes = data.readUInt32LE(offset + 38)
    const localOffset = data.readUInt32LE(offset + 42)
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    // Unix "made by" (3) keeps the mode in the high 16 bits of the external attributes.
    const mode = madeBy === 3 ? externalAttributes >>> 16 : 0
    const format = mode & 0o170000
    const localName =
      localOffset + 30 <= data.length && data.readUInt32LE(localOffset) === 0x04034b50
        ? data
            .subarray(localOffset + 30, localOffset + 30 + data.readUInt16LE(localOffset + 26))
            .toString('utf8')
        : undefined
    members.push({
      name,
      method,
      type:
        format === 0o120000
          ? 'symlink'
          : format !== 0 && format !== 0o100000 && format !== 0o040000
            ? 'special'
            : name.endsWith('/')
              ? 'directory'
              : 'file',
      ...(localName === undefined ? {} : { localName }),
      read: () => readZipMember(data, localOffset, method, compressedSize),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return members
}

function findEndOfCentralDirectory(data: Buffer): number | undefined {
  const earliest = Math.max(0, data.length - 22 - 0xffff)
  for (let at = data.length - 22; at >= earliest; at--) {
    if (data.readUInt32LE(at) === 0x06054b50) return at
  }
  return undefined
}

function readZipMember(data: Buffer, local: number, method: number, size: number): Buffer {
  if (data.readUInt32LE(local) !== 0x04034b50) throw new Error('Bad local file header')
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
  const raw = data.subarray(start, start + size)
  if (method === 0) return Buffer.from(raw)
  if (method === 8) return inflateRawSync(raw)
  throw new Error(`Unsupported compression method ${method}`)
}

/**
 * The members of a gzip-compressed tar file, or undefined when `data` is not one (as
 * `tarfile.open(mode="r:gz")` fails). Handles ustar prefixes, pax `path` and GNU long names.
 */
export function tarGzMembers(data: Buffer): ArchiveMember[] | undefined {
  let tar: Buffer
  try {
    tar = gunzipSync(data)
  } catch {
    return undefined
  }
  const members: ArchiveMember[] = []
  let offset = 0
  let longName: string | undefined
  let paxSize: number | undefined
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    if (!validChecksum(header)) return undefined
    // A pax header's size overrides the ustar one, as in node-tar and tarfile.
    const size = paxSize ?? parseSize(header.subarray(124, 136))
    paxSize = undefined
    const type = String.fromCharCode(header[156] ?? 0)
    const body = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      const records = paxRecords(body)
      longName = records.get('path') ?? longName
      const sized = records.get('size')
      if (sized !== undefined && /^\d+$/.test(sized)) paxSize = Number(sized)
      continue
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '')
      continue
    }
    if (type === 'g' || type === 'K') continue
    const prefix = cString(header.subarray(345, 500))
    const ustar = header.subarray(257, 262).toString('latin1') === 'ustar'
    const name = cString(header.subarray(0, 100))
    let path = longName ?? (ustar && prefix !== '' ? `${prefix}/${name}` : name)
    longName = undefined
    // tarfile drops the trailing slash of directory names.
    path = path.replace(/\/+$/, '')
    const content = Buffer.from(body)
    members.push({ name: path, type: tarEntryType(type), read: () => content })
  }
  return members
}

function tarEntryType(flag: string): ArchiveMember['type'] {
  if (flag === '0' || flag === '\0' || flag === '7') return 'file'
  if (flag === '5') return 'directory'
  if (flag === '1') return 'hardlink'
  if (flag === '2') return 'symlink'
  return 'special'
}

/** The `length key=value\n` records of a pax extended header. */
function paxRecords(body: Buffer): Map<string, string> {
  const records = new Map<string, string>()
  let at = 0
  while (at < body.length) {
    const space = body.indexOf(0x20, at)
    if (space === -1) break
    const length = Number(body.subarray(at, space).toString('latin1'))
    if (!Number.isInteger(length) || length <= 0) break
    const record = body.subarray(space + 1, at + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1))
    at += length
  }
  return records
}

/** A size field: octal, or GNU base-256 when the high bit of the first byte is set. */
function parseSize(bytes: Buffer): number {
  if (((bytes[0] ?? 0) & 0x80) === 0) return parseOctal(bytes)
  let value = (bytes[0] ?? 0) & 0x7f
  for (const byte of bytes.subarray(1)) value = value * 256 + byte
  return value
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8')
}

function parseOctal(bytes: Buffer): number {
  const text = cString(bytes).trim()
  return text === '' ? 0 : parseInt(text, 8)
}

function validChecksum(header: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0)
  return parseOctal(header.subarray(148, 156)) === sum
}
