// The archive readers live in @tokenless/artifacts, shared with publish-oidc; Warehouse's checks
// use them under the names it knows them by.
export {
  type ArchiveMember,
  tarGzMembers as readTarGz,
  zipMembers as readZip,
} from '@tokenless/artifacts'

/** Python's `os.path.commonpath` over archive member names ('' when there is none). */
export function commonPath(names: readonly string[]): string {
  if (names.length === 0) return ''
  const split = names.map((name) => name.split('/').filter((part) => part !== '' && part !== '.'))
  const first = split[0] ?? []
  let length = first.length
  for (const parts of split) {
    let i = 0
    while (i < length && i < parts.length && parts[i] === first[i]) i++
    length = i
  }
  return first.slice(0, length).join('/')
}
