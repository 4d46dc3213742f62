import { tarGzMembers } from './archive-members.js'

/** One file of an archive, read. */
export interface ArchiveFile {
  path: string
  data: Buffer
}

/** The files of a gzipped tar (an npm tarball, a Python sdist); throws when it is not one. */
export function readTarGz(archive: Buffer): ArchiveFile[] {
  const members = tarGzMembers(archive)
  if (members === undefined) throw new Error('not a gzipped tar archive')
  return members.map((member) => ({ path: member.name, data: member.read() }))
}
