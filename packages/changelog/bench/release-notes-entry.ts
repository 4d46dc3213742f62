// Prints the release notes for a range, for bench/release-notes.mjs (which bundles this file with
// ncc first): node <bundle> --cwd DIR [--from REV] --to REV [--version V] [--repository URL]
// Without --from, the whole history of --to; --repository is e.g. https://github.com/owner/repo.
import { parseArgs } from 'node:util'
import { generateReleaseNotes, type RepositoryLinks } from '@tokenless/changelog'

const { values } = parseArgs({
  options: {
    cwd: { type: 'string', default: '.' },
    from: { type: 'string' },
    to: { type: 'string', default: 'HEAD' },
    version: { type: 'string' },
    repository: { type: 'string' },
  },
})

function repositoryLinks(url: string | undefined): RepositoryLinks | undefined {
  if (url === undefined) return undefined
  const match = /^(https?:\/\/[^/]+)\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)
  if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) {
    throw new Error(`--repository ${url} is not a URL of the form https://host/owner/repo`)
  }
  return { host: match[1], owner: match[2], repo: match[3] }
}

const repository = repositoryLinks(values.repository)
const notes = await generateReleaseNotes({
  cwd: values.cwd,
  from: values.from,
  to: values.to,
  version: values.version ?? values.to.replace(/^v/, ''),
  currentTag: values.to,
  ...(values.from === undefined ? {} : { previousTag: values.from }),
  ...(repository === undefined ? {} : { repository }),
})
process.stdout.write(notes.markdown)
