import { inflateRawSync } from 'node:zlib'
import type { ArchiveFile } from './tar-archive.js'

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_FILE_HEADER = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50

/** Reads the files of a zip archive (a wheel) whose names `wanted` accepts; stored or deflated. */
export function readZip(
  archive: Buffer,
  wanted: (path: string) => boolean = () => true,
): ArchiveFile[] {
  let end = -1
  for (let offset = archive.length - 22; offset >= Math.max(0, archive.length - 65_557); offset--) {
    if (archive.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      end = offset
      break
    }
  }
  if (end === -1) throw new Error('not a zip archive (no end of central directory)')
  const entries = archive.readUInt16LE(end + 10)
  let offset = archive.readUInt32LE(end + 16)
  const files: ArchiveFile[] = []
  for (let index = 0; index < entries; index++) {
    if (archive.readUInt32LE(offset) !== CENTRAL_FILE_HEADER)
      throw new Error('corrupt zip central directory')
    const method = archive.readUInt16LE(offset + 10)
    const compressedSize = archive.readUInt32LE(offset + 20)
    const nameLength = archive.readUInt16LE(offset + 28)
    const extraLength = archive.readUInt16LE(offset + 30)
    const commentLength = archive.readUInt16LE(offset + 32)
    const localOffset = archive.readUInt32LE(offset + 42)
    const path = archive.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    offset += 46 + nameLength + extraLength + commentLength
    if (path.endsWith('/') || !wanted(path)) continue
    if (archive.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER)
      throw new Error(`corrupt zip entry ${path}`)
    const start =
      localOffset +
      30 +
      archive.readUInt16LE(localOffset + 26) +
      archive.readUInt16LE(localOffset + 28)
    const raw = archive.subarray(start, start + compressedSize)
    if (method !== 0 && method !== 8)
      throw new Error(`zip entry ${path} uses compression method ${method}`)
    files.push({ path, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) })
  }
  return files
}
