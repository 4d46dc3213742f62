import { gunzipSync, inflateRawSync } from 'node:zlib'

/** A member of a zip or tar archive, read on demand. */
export interface ArchiveMember {
  name: string
  /** ZIP compression method (0 stored, 8 deflated); undefined for tar. */
  method?: number
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
    const method = data.readUInt16LE(offset + 10)
    const compressedSize = data.readUInt32LE(offset + 20)
    const nameLength = data.readUInt16LE(offset + 28)
    const extraLength = data.readUInt16LE(offset + 30)
    const commentLength = data.readUInt16LE(offset + 32)
    const localOffset = data.readUInt32LE(offset + 42)
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    members.push({
      name,
      method,
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
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    if (!validChecksum(header)) return undefined
    const size = parseOctal(header.subarray(124, 136))
    const type = String.fromCharCode(header[156] ?? 0)
    const body = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1] ?? longName
      continue
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '')
      continue
    }
    if (type === 'g') continue
    const prefix = cString(header.subarray(345, 500))
    const ustar = header.subarray(257, 262).toString('latin1') === 'ustar'
    const name = cString(header.subarray(0, 100))
    let path = longName ?? (ustar && prefix !== '' ? `${prefix}/${name}` : name)
    longName = undefined
    // tarfile drops the trailing slash of directory names.
    path = path.replace(/\/+$/, '')
    const content = Buffer.from(body)
    members.push({ name: path, read: () => content })
  }
  return members
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
