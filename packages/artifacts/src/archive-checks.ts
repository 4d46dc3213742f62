import type { ArchiveMember } from './archive-members.js'
import { ArtifactError } from './artifact-error.js'

/** An entry name as an extractor places it: `./`, empty and `.` parts dropped. */
export function normaliseEntryName(name: string): string {
  return name
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/')
}

/**
 * Refuses an archive that a registry's readers could read otherwise than this one: the same
 * entry twice (extractors keep the last copy, this reader the first), absolute paths and `..`
 * (written outside the package), links and special files, and, in a zip, a local header whose
 * name is not the central directory's. `strip` drops leading path parts before comparing names,
 * as npm extracts a package tarball (`strip: 1`: `package/x` and `other/x` are the same file).
 */
export function refuseUnsafeMembers(
  archive: string,
  members: readonly ArchiveMember[],
  options: { maker: string; strip?: number },
): void {
  const seen = new Set<string>()
  const rebuild = `Rebuild it with ${options.maker} and publish what that makes.`
  for (const member of members) {
    const shown = JSON.stringify(member.name)
    if (
      member.name.startsWith('/') ||
      /^[A-Za-z]:/.test(member.name) ||
      member.name.split(/[/\\]/).includes('..')
    ) {
      throw new ArtifactError(
        'TL_ARCHIVE_UNSAFE',
        `${archive} holds the entry ${shown}, an absolute path or one with "..", which would be written outside the package when unpacked. ${rebuild}`,
        { input: 'packages' },
      )
    }
    if (member.type !== 'file' && member.type !== 'directory') {
      throw new ArtifactError(
        'TL_ARCHIVE_UNSAFE',
        `${archive} holds the entry ${shown}, which is a ${member.type === 'special' ? 'device, FIFO or other special file' : member.type}: a package carries regular files only. ${rebuild}`,
        { input: 'packages' },
      )
    }
    if (member.localName !== undefined && member.localName !== member.name) {
      throw new ArtifactError(
        'TL_ARCHIVE_UNSAFE',
        `${archive} names an entry ${shown} in its central directory and ${JSON.stringify(member.localName)} in the entry itself: readers would disagree on what it holds. ${rebuild}`,
        { input: 'packages' },
      )
    }
    if (member.type === 'directory') continue
    const key = normaliseEntryName(member.name)
      .split('/')
      .slice(options.strip ?? 0)
      .join('/')
    if (key === '') continue
    if (seen.has(key)) {
      throw new ArtifactError(
        'TL_ARCHIVE_UNSAFE',
        `${archive} holds ${JSON.stringify(key)} twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. ${rebuild}`,
        { input: 'packages' },
      )
    }
    seen.add(key)
  }
}
