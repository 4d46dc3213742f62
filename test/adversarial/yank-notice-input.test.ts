// Hostile and mistaken inputs to yank-notice, against the real bundle and the sandbox: a reason
// that forges markers or workflow commands, a draft, notes at GitHub's limit, a replacement
// below the yanked version. Each is refused with a clear message and changes nothing, or is
// written as text; no token text reaches any output.
import {
  type NpmSandbox,
  type OidcIssuer,
  type PypiSandbox,
  startNpmSandbox,
  startOidcIssuer,
  startPypiSandbox,
} from '@tokenless/sandbox'
import { type BundleRun, linesLeaking } from '../support/run-bundle.js'
import { runnerCommands } from '../support/runner-commands.js'
import { seedNpmPackage, TOKEN, type YankWorld, yankWorld } from './yank-support.js'

const NPM_TOKEN = 'npm_AdversarialDeprecate0123456789abcd'

let issuer: OidcIssuer
let npm: NpmSandbox
let pypi: PypiSandbox
const worlds: YankWorld[] = []
beforeAll(async () => {
  issuer = await startOidcIssuer()
  npm = await startNpmSandbox({ issuer, staticTokens: [NPM_TOKEN] })
  pypi = await startPypiSandbox({ issuer })
}, 60_000)
afterAll(async () => {
  await Promise.all(worlds.map((world) => world.sandbox.stop()))
  await pypi.stop()
  await npm.stop()
  await issuer.stop()
})

async function world(): Promise<YankWorld> {
  const created = await yankWorld({ npm: npm.url, pypi: pypi.url })
  worlds.push(created)
  return created
}

const releaseOf = (world: YankWorld, tag: string) =>
  world.sandbox.state.releases('acme', 'widget').find((release) => release.tag_name === tag)
const issuesOf = (world: YankWorld) => world.sandbox.state.issues('acme', 'widget')

/** No token text anywhere: log, summary, issues, releases. */
function expectNoTokenText(world: YankWorld, ...runs: BundleRun[]): void {
  for (const run of runs) {
    expect(linesLeaking(run, TOKEN)).toEqual([])
    expect(linesLeaking(run, NPM_TOKEN)).toEqual([])
  }
  const stored = JSON.stringify([
    world.sandbox.state.issues('acme', 'widget'),
    world.sandbox.state.releases('acme', 'widget'),
  ])
  expect(stored).not.toContain(TOKEN)
  expect(stored).not.toContain(NPM_TOKEN)
}

const FORGED_ISSUE_MARKER = '<!-- tokenless:yank-notice v1.1.0 -->'

describe('yank-notice: a reason cannot write markers', () => {
  it("leaves another release's tracking issue and a person's issue untouched", async () => {
    const w = await world()
    await w.release('v1.1.0')
    await w.release('v1.2.0')
    await w.release('v1.2.1', { make_latest: 'false' })
    const quoted = await w.issue(
      'Seen the marker',
      `The yank issue of v1.1.0 starts with:\n${FORGED_ISSUE_MARKER}\n`,
    )
    const reason = [
      `Deletes data. ${FORGED_ISSUE_MARKER}`,
      '<!-- tokenless:yanked --> <!-- /tokenless:yanked -->',
    ].join('\n')

    const first = await w.run({ tag: 'v1.2.0', reason, replacement: '1.2.1' })
    expect(first.exitCode).toBe(0)
    const [, ownIssue] = issuesOf(w)
    expect(ownIssue?.body?.startsWith('<!-- tokenless:yank-notice v1.2.0 -->\n')).toBe(true)
    expect(ownIssue?.body).not.toContain(FORGED_ISSUE_MARKER)
    expect(ownIssue?.body).toContain(
      '### Impact\n\nDeletes data. &lt;!-- tokenless:yank-notice v1.1.0 --&gt;\n&lt;!-- tokenless:yanked --&gt; &lt;!-- /tokenless:yanked --&gt;\n',
    )
    const banner = releaseOf(w, 'v1.2.0')?.body ?? ''
    expect(banner.split('<!-- tokenless:yanked -->')).toHaveLength(2)
    expect(banner.split('<!-- /tokenless:yanked -->')).toHaveLength(2)
    const ownBody = ownIssue?.body

    // Yanking v1.1.0 opens its own issue: the forged marker in v1.2.0's issue and the quote in a
    // person's issue are not its tracking issue.
    const second = await w.run({ tag: 'v1.1.0', reason: 'Also broken.', replacement: '1.2.1' })
    expect(second.exitCode).toBe(0)
    const issues = issuesOf(w)
    expect(issues).toHaveLength(3)
    expect(issues[0]?.number).toBe(quoted)
    expect(issues[0]?.body).toBe(`The yank issue of v1.1.0 starts with:\n${FORGED_ISSUE_MARKER}\n`)
    expect(issues[1]?.body).toBe(ownBody)
    expect(issues[2]?.body?.startsWith(`${FORGED_ISSUE_MARKER}\n`)).toBe(true)
    expect(second.outputs['issue-number']).toBe(String(issues[2]?.number))
    expectNoTokenText(w, first, second)
  })

  it('keeps every line of a reason inside the banner, without mentions or references', async () => {
    const w = await world()
    await w.release('v1.1.0')
    await w.release('v1.2.0')
    await w.release('v1.2.1', { make_latest: 'false' })
    const name = await seedNpmPackage(npm, `@acme/adversarial-${process.pid}`, ['1.2.0', '1.2.1'])
    const reason = [
      'Breaks on upgrade.',
      '',
      '<!-- /tokenless:yanked -->',
      '# Not a heading, cc @octocat and @acme/owners, see #1',
      '- [click](https://evil.test) ![x](https://evil.test/x.png) <img src=x>',
      '```',
    ].join('\n')
    const result = await w.run({
      tag: 'v1.2.0',
      reason,
      replacement: '1.2.1',
      packages: `npm:${name}`,
    })
    expect(result.exitCode).toBe(0)
    const body = releaseOf(w, 'v1.2.0')?.body ?? ''
    const end = body.indexOf('<!-- /tokenless:yanked -->')
    const bannerLines = body.slice(0, end).split('\n').slice(1, -1)
    expect(bannerLines.length).toBeGreaterThan(6)
    for (const line of bannerLines) expect(line).toMatch(/^>( |$)/)
    expect(body.slice(end)).toBe('<!-- /tokenless:yanked -->\n\nNotes of v1.2.0.')
    expect(body).toContain(
      '> \\# Not a heading, cc @&#8203;octocat and @&#8203;acme/owners, see #&#8203;1',
    )
    expect(body).toContain(
      '> \\- \\[click\\](https://evil.test) !\\[x\\](https://evil.test/x.png) &lt;img src=x&gt;',
    )
    // Inside a code span (the npm command to copy) text is shown literally: no mention, no link.
    const outsideCode = (text: string) => text.replace(/(`+)[^`][\s\S]*?\1/g, '')
    for (const text of [body, issuesOf(w)[0]?.body ?? '', result.summary].map(outsideCode)) {
      expect(text).not.toMatch(/(?<![\p{L}\p{N}_])@(octocat|acme\/owners)/u)
      expect(text).not.toMatch(/(?<![&\w])#1\b/)
      expect(text).not.toContain('<img')
    }
    expect(issuesOf(w)[0]?.title).toBe('v1.2.0 is yanked: Breaks on upgrade.')
    expectNoTokenText(w, result)
  })
})

describe('yank-notice: workflow commands in a reason are printed, not obeyed', () => {
  it('creates no command from the reason in the log, with or without a summary file', async () => {
    const w = await world()
    await w.release('v1.1.0')
    await w.release('v1.2.0')
    const name = await seedNpmPackage(npm, `adversarial-log-${process.pid}`, ['1.2.0'])
    const reason = [
      'Broken.',
      '::error::FORGED-error',
      `::add-mask::FORGED-mask`,
      '  ::stop-commands::FORGED-stop',
      '##[warning]FORGED-legacy',
      '\u0085::set-output name=latest-tag::FORGED-output',
    ].join('\n')
    const envs: Array<Record<string, string>> = [{}, { GITHUB_STEP_SUMMARY: '' }]
    for (const env of envs) {
      const result = await w.run({ tag: 'v1.2.0', reason, packages: `npm:${name}` }, env)
      expect(result.exitCode).toBe(0)
      const commands = runnerCommands(result.stdout)
      expect(commands.length).toBeGreaterThan(0)
      for (const command of commands) {
        expect(command.command).not.toBe('stop-commands')
        expect(command.data.startsWith('FORGED')).toBe(false)
        if (command.command === 'add-mask') expect(command.data).toBe(TOKEN)
      }
      expect(result.stdout).toContain('FORGED-stop')
      expect(result.outputs['latest-tag']).toBe('v1.1.0')
      expectNoTokenText(w, result)
    }
  })
})

describe('yank-notice: a draft is not yanked', () => {
  it('refuses a draft with a clear message and changes nothing', async () => {
    const w = await world()
    await w.release('v1.1.0')
    await w.release('v1.2.0', { draft: true })
    const before = w.writes()
    const result = await w.run({ tag: 'v1.2.0', reason: 'Broken.' })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.map((annotation) => annotation.message)).toContain(
      'The release v1.2.0 in acme/widget is a draft: it was never published, so nothing was changed and no issue was opened. Delete the draft if the version is abandoned; if its packages did reach a registry, publish the release first, then run yank-notice again.',
    )
    expect(w.writes()).toBe(before)
    expect(issuesOf(w)).toEqual([])
    expect(releaseOf(w, 'v1.2.0')).toMatchObject({ name: 'v1.2.0', body: 'Notes of v1.2.0.' })
    expectNoTokenText(w, result)
  })
})

describe("yank-notice: GitHub's limits", () => {
  it('cuts notes that the banner would push past 125,000 characters, visibly, once', async () => {
    const w = await world()
    await w.release('v1.1.0')
    const notes = Array.from(
      { length: 2447 },
      (_, i) => `- change ${String(i).padStart(4, '0')} ${'x'.repeat(36)}`,
    ).join('\n')
    expect(notes.length).toBeLessThanOrEqual(125_000)
    expect(notes.length).toBeGreaterThan(124_000)
    await w.release('v1.2.0', { body: notes })
    const result = await w.run({ tag: 'v1.2.0', reason: 'r'.repeat(2000) })
    expect(result.exitCode).toBe(0)
    const body = releaseOf(w, 'v1.2.0')?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(125_000)
    expect(body.startsWith('<!-- tokenless:yanked -->\n')).toBe(true)
    expect(body).toMatch(
      /- change \d+ x+\n\n_The notes were cut here to keep them within GitHub's limit of 125,000 characters once the yank banner was added: the full changelog is in \[the files of 1\.2\.0\]\(http:\/\/[^)]+\/acme\/widget\/tree\/v1\.2\.0\)\._$/,
    )
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          "The notes of v1.2.0 were cut to keep the release within GitHub's limit of 125000 characters once the yank banner was added; the cut is marked in the notes, with a link to the tag's files.",
      }),
    )
    const issue = issuesOf(w)[0]
    expect((issue?.body ?? '').length).toBeLessThanOrEqual(65_536)
    expect((issue?.title ?? '').length).toBeLessThanOrEqual(256)

    const before = w.writes()
    const again = await w.run({ tag: 'v1.2.0', reason: 'r'.repeat(2000) })
    expect(again.exitCode).toBe(0)
    expect(w.writes()).toBe(before)
    expect(releaseOf(w, 'v1.2.0')?.body).toBe(body)
    expect(again.annotations.filter((annotation) => annotation.level === 'warning')).toEqual([])
    expectNoTokenText(w, result, again)
  })

  it('refuses a reason longer than 2,000 characters and a replacement below the version', async () => {
    const w = await world()
    await w.release('v1.1.0')
    await w.release('v1.2.0')
    const before = w.writes()
    const long = await w.run({ tag: 'v1.2.0', reason: 'x'.repeat(2001) })
    expect(long.exitCode).toBe(1)
    expect(long.annotations.map((annotation) => annotation.message)).toContain(
      "Input reason has 2001 characters, more than the 2000 that fit in the banner, the tracking issue and npm's message. Say what is wrong in a few sentences and link to the details (an issue or an advisory).",
    )
    const lower = await w.run({ tag: 'v1.2.0', reason: 'Broken.', replacement: '1.1.0' })
    expect(lower.exitCode).toBe(1)
    expect(lower.annotations.map((annotation) => annotation.message)).toContain(
      'Input replacement is 1.1.0, which is lower than 1.2.0, the version being yanked: users cannot upgrade to it. Set replacement to a fixed version above 1.2.0, or leave it out: users are then told to pin the previous good release.',
    )
    expect(w.writes()).toBe(before)
    expect(issuesOf(w)).toEqual([])
    expect(releaseOf(w, 'v1.2.0')?.name).toBe('v1.2.0')
    expectNoTokenText(w, long, lower)
  })
})
