// git tags and GitHub Releases: git, gh, hub, the REST API by gh api or curl, and the release
// actions (softprops/action-gh-release, release-please, tag actions, github-script); dates and
// `git describe` as versions.
import { stepInput } from '../step.js'
import type { Subject } from '../detectors.js'
import type { TaggerEntry } from '../taggers.js'
import type { VersionComputerEntry } from '../version-computers.js'

/** Words that make `git tag` list, delete or verify tags rather than create one. */
const GIT_TAG_READS = [
  '-l',
  '--list',
  '-d',
  '--delete',
  '-v',
  '--verify',
  '--contains',
  '--points-at',
  '-n',
  '--merged',
  '--no-merged',
  '--sort',
]
const GH_TOKEN_ENV = { env: ['GH_TOKEN', 'GITHUB_TOKEN'] } as const

/** A `gh api` or `curl` that POSTs, and so creates what its URL names. */
function posts({ args }: Subject): boolean {
  const text = ` ${args.join(' ')} `
  return args[0] === 'gh'
    ? /(-X|--method)\s+POST|\s-[fF]\s|--field|--raw-field|--input/.test(text)
    : /(-X|--request)\s*POST|\s(-d|--data\S*)\s/.test(text)
}
const postsRelease = (subject: Subject) =>
  posts(subject) &&
  /\/releases(\s|$|\?|')/.test(`${subject.args.join(' ')} `) &&
  !/"?draft"?\s*[:=]\s*true/.test(subject.args.join(' '))
const postsTagRef = (subject: Subject) => {
  const text = subject.args.join(' ')
  return posts(subject) && /\/git\/refs/.test(text) && /refs\/tags/.test(text)
}

/** `draft: true` on a release action: a draft, published later by a person, is no release yet. */
const isDraft = ({ step }: Subject) => /^true$/i.test(stepInput(step, 'draft')?.trim() ?? '')

/** Release and tag actions: what they make and the inputs that carry their token. */
function releaseAction(
  name: string,
  kind: 'tag' | 'release',
  inputs: string[],
  env = false,
): TaggerEntry {
  return {
    action: { name },
    kind: kind === 'release' ? (subject) => (isDraft(subject) ? undefined : kind) : kind,
    token: env ? { inputs, env: ['GITHUB_TOKEN', 'GH_TOKEN'] } : { inputs },
  }
}

/**
 * release-please-action: a GitHub Release (and its tag) unless `skip-github-release: true`, or
 * v3's `command:` asks only for the release pull request.
 */
function releasePlease(name: string): TaggerEntry {
  return {
    action: { name },
    kind: ({ step }) => {
      if (/^true$/i.test(stepInput(step, 'skip-github-release')?.trim() ?? '')) return undefined
      const command = stepInput(step, 'command')?.trim() ?? ''
      return /^(release-pr|manifest-pr)$/.test(command) ? undefined : 'release'
    },
    token: { inputs: ['token'] },
  }
}

export const GITHUB_TAGGERS: TaggerEntry[] = [
  {
    tool: 'git tag',
    command: { words: ['git', 'tag'], unless: GIT_TAG_READS, when: ({ args }) => args.length > 2 },
    kind: 'tag',
    token: 'git-push',
    needsPush: true,
  },
  {
    tool: 'git push --tags',
    command: { words: ['git', 'push'], containing: ['--tags', '--follow-tags'] },
    kind: 'tag',
    token: 'git-push',
  },
  {
    tool: 'gh release create',
    // A draft is not a release: a person publishes it later (which fires `release: published`),
    // and its tag is only made then.
    command: { words: ['gh', 'release', 'create'], unless: ['--draft', '-d', '--draft=true'] },
    kind: 'release',
    token: GH_TOKEN_ENV,
  },
  {
    tool: 'hub release create',
    command: { words: ['hub', 'release', 'create'] },
    kind: 'release',
    token: 'other',
  },
  {
    tool: 'gh POST /releases',
    command: { words: ['gh', 'api'], when: postsRelease },
    kind: 'release',
    token: GH_TOKEN_ENV,
  },
  {
    tool: 'gh POST /git/refs',
    command: { words: ['gh', 'api'], when: postsTagRef },
    kind: 'tag',
    token: GH_TOKEN_ENV,
  },
  {
    tool: 'curl POST /releases',
    command: { words: ['curl'], when: postsRelease },
    kind: 'release',
    token: 'other',
  },
  {
    tool: 'curl POST /git/refs',
    command: { words: ['curl'], when: postsTagRef },
    kind: 'tag',
    token: 'other',
  },
  releaseAction('softprops/action-gh-release', 'release', ['token']),
  releaseAction('ncipollo/release-action', 'release', ['token']),
  releaseAction('actions/create-release', 'release', [], true),
  // aio-libs/create-release: the GitHub Release (and its tag) of the version its file names.
  releaseAction('aio-libs/create-release', 'release', ['github_token']),
  releaseAction('marvinpinto/action-automatic-releases', 'release', ['repo_token']),
  releasePlease('googleapis/release-please-action'),
  releasePlease('google-github-actions/release-please-action'),
  // release-please-action's first home, which GitHub still redirects to googleapis/.
  releasePlease('googlecloudplatform/release-please-action'),
  releaseAction('rickstaa/action-create-tag', 'tag', ['github_token']),
  releaseAction('mathieudutour/github-tag-action', 'tag', ['github_token']),
  releaseAction('anothrnick/github-tag-action', 'tag', [], true),
  {
    tool: 'actions/github-script',
    action: { name: 'actions/github-script' },
    kind: ({ step }) => {
      const script = stepInput(step, 'script') ?? ''
      if (/\bcreateRelease\s*\(/.test(script))
        return /\bdraft\s*:\s*true\b/.test(script) ? undefined : 'release'
      return /\bcreateRef\s*\(|\bcreateTag\s*\(/.test(script) ? 'tag' : undefined
    },
    token: { inputs: ['github-token'] },
  },
]

export const GITHUB_VERSION_COMPUTERS: VersionComputerEntry[] = [
  { what: 'date', handsOn: true, command: { words: ['date'] } },
  { what: 'version', handsOn: true, command: { words: ['git', 'describe'] } },
]
