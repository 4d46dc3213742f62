import { buffer } from 'node:stream/consumers'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { extract, type Header } from 'tar-stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

/** A member of a zip or tar archive, read on demand. */
export interface ArchiveMember {
  name: string
  /** ZIP compression method (0 stored, 8 deflated); undefined for tar. */
  method?: number
  /** What the entry is: a tar type flag or a zip entry's Unix mode, read as such. */
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'special'
  /** ZIP only: the name in the entry's local header, which should be the central directory's. */
  localName?: string
  read(): Promise<Buffer>
}

/**
 * The members of a ZIP file (ZIP64 included) from its central directory, or undefined when `data`
 * is not one (as Python's `zipfile` fails to open it).
 */
export async function zipMembers(data: Buffer): Promise<ArchiveMember[] | undefined> {
  try {
    // Names are decoded here, not by yauzl, which would refuse `..` and absolute names as a
    // broken archive: the checks refuse them with what to do.
    const zip = await yauzl.fromBufferPromise(data, { decodeStrings: false })
    const members: ArchiveMember[] = []
    for await (const entry of zip.eachEntry()) members.push(await zipMember(zip, entry))
    return members
  } catch {
    return undefined
  }
}

async function zipMember(zip: ZipFile, entry: Entry): Promise<ArchiveMember> {
  // As Python's zipfile: UTF-8 when the entry's flag says so, else CP437; no other field consulted.
  const decode = (raw: Buffer): string =>
    yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], true)
  const name = decode(entry.fileNameRaw)
  const local = await zip.readLocalFileHeaderPromise(entry).catch(() => undefined)
  // Unix "made by" (3) keeps the mode in the high 16 bits of the external attributes.
  const mode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0
  const format = mode & 0o170000
  return {
    name,
    method: entry.compressionMethod,
    type:
      format === 0o120000
        ? 'symlink'
        : format !== 0 && format !== 0o100000 && format !== 0o040000
          ? 'special'
          : name.endsWith('/')
            ? 'directory'
            : 'file',
    ...(local === undefined ? {} : { localName: decode(local.fileName) }),
    read: async () => buffer(await zip.openReadStreamPromise(entry)),
  }
}

/**
 * The members of a gzip-compressed tar file, or undefined when `data` is not one (as
 * `tarfile.open(mode="r:gz")` fails). ustar prefixes, pax headers and GNU long names are
 * tar-stream's.
 */
export async function tarGzMembers(data: Buffer): Promise<ArchiveMember[] | undefined> {
  let tar: Buffer
  try {
    tar = await promisify(gunzip)(data)
  } catch {
    return undefined
  }
  // Python's tarfile reads pre-POSIX (v7) archives too (an option tar-stream's types leave out).
  const options: Parameters<typeof extract>[0] & { allowUnknownFormat: boolean } = {
    allowUnknownFormat: true,
  }
  const entries = extract(options)
  entries.end(tar)
  const members: ArchiveMember[] = []
  try {
    for await (const entry of entries) {
      const content = await buffer(entry)
      // tarfile drops the trailing slash of directory names.
      const name = entry.header.name.replace(/\/+$/, '')
      members.push({
        name,
        type: tarEntryType(entry.header.type),
        read: () => Promise.resolve(content),
      })
    }
  } catch {
    return undefined
  }
  return members
}

/** tar-stream's type of an entry; null for a type flag it does not know. */
function tarEntryType(type: Header['type'] | null): ArchiveMember['type'] {
  if (type === 'file' || type === 'contiguous-file') return 'file'
  if (type === 'directory') return 'directory'
  if (type === 'link') return 'hardlink'
  if (type === 'symlink') return 'symlink'
  return 'special'
}
