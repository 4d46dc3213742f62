import { gunzipSync } from 'node:zlib'

/** One regular file of a tar archive. */
export interface ArchiveFile {
  path: string
  data: Buffer
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8')
}

function paxPath(data: Buffer): string | undefined {
  // Records are "<length> <key>=<value>\n".
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record)
    if (match?.[1] !== undefined) return match[1]
  }
  return undefined
}

/** The regular files of a gzipped tar (an npm tarball, a Python sdist), PAX long names included. */
export function readTarGz(archive: Buffer): ArchiveFile[] {
  const tar = gunzipSync(archive)
  const files: ArchiveFile[] = []
  let offset = 0
  let longPath: string | undefined
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156] ?? 0)
    const prefix = field(header, 345, 155)
    const name = field(header, 0, 100)
    const data = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      longPath = paxPath(data)
      continue
    }
    if (type === 'L') {
      longPath = data.toString('utf8').replace(/\0+$/, '')
      continue
    }
    if (type === 'g') continue
    const path = longPath ?? (prefix ? `${prefix}/${name}` : name)
    longPath = undefined
    if (type === '0' || type === '\0') files.push({ path, data: Buffer.from(data) })
  }
  return files
}
