import { zipMembers } from './archive-members.js'
import type { ArchiveFile } from './tar-archive.js'

/** Reads the files of a zip archive (a wheel) whose names `wanted` accepts; throws when it is not one. */
export function readZip(
  archive: Buffer,
  wanted: (path: string) => boolean = () => true,
): ArchiveFile[] {
  const members = zipMembers(archive)
  if (members === undefined) throw new Error('not a zip archive (no end of central directory)')
  return members
    .filter((member) => !member.name.endsWith('/') && wanted(member.name))
    .map((member) => ({ path: member.name, data: member.read() }))
}
