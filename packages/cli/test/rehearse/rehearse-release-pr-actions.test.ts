// Release workflows built on the release-PR actions, changesets/action and
// googleapis/release-please-action: their publish decision read from the repository or from
// --release-pr, what they publish read back from the sandbox's registry and GitHub API.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import { rehearseJson, runRehearse } from './rehearse-support.js'

/**
 * `acme/widget`: an npm package released as 1.0.0 (tag v1.0.0), then `extra` files committed
 * (a version bump, changesets, release-please's files) with `message`.
 */
function repository(
  workflow: string,
  extra: Record<string, string>,
  message = 'feat: more widgets',
): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-release-pr-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  const write = (files: Record<string, string>): void => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  }
  const commit = (text: string): void => {
    git('add', '--all')
    git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '--quiet', '-m', text)
  }
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/widget.git')
  write({
    'package.json': manifest('1.0.0'),
    'index.js': 'export const widget = 1\n',
    '.github/workflows/release.yml': workflow,
  })
  commit('feat: a widget')
  git('tag', 'v1.0.0')
  write(extra)
  commit(message)
  return dir
}

function manifest(version: string): string {
  return `${JSON.stringify({ name: 'acme-widget', version, repository: 'github:acme/widget' }, null, 2)}\n`
}

function stepOf(report: RehearsalReport, job: string, index: number) {
  const found = report.attempts[report.attempts.length - 1]!.jobs.find((each) => each.label === job)
  if (found === undefined) throw new Error(`No job ${job}: ${JSON.stringify(report.attempts)}`)
  return found.steps[index]!
}

const CHANGESETS = `name: Release
on:
  push:
    branches: [main]
concurrency: \${{ github.workflow }}-\${{ github.ref }}
permissions: {}
jobs:
  release:
    name: Release
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - name: Create the release PR or publish
        id: changesets
        uses: changesets/action@v2
        with:
          publish-script: npm publish --access public
          pr-title: "chore: version packages"
      - name: Say what was published
        if: steps.changesets.outputs.published == 'true'
        env:
          PUBLISHED: \${{ steps.changesets.outputs.published-packages }}
        run: test "$PUBLISHED" = '[{"name":"acme-widget","version":"1.1.0"}]'
      - name: Look at the release branch
        if: steps.changesets.outputs.has-changesets == 'true'
        env:
          GH_TOKEN: \${{ github.token }}
        run: |
          gh api repos/acme/widget/git/ref/heads/changeset-release/main --jq .ref
          git show HEAD:package.json | grep '"version": "1.1.0"'
          git show HEAD:CHANGELOG.md | grep 'More widgets.'
`

const CHANGELOG =
  '# acme-widget\n\n## 1.1.0\n\n### Minor Changes\n\n- More widgets.\n\n## 1.0.0\n\n- A widget.\n'

const RELEASE_PLEASE = `name: release-please
on:
  push:
    branches:
      - main
permissions: {}
jobs:
  release-please:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
    outputs:
      created: \${{ steps.release.outputs.release_created }}
      tag: \${{ steps.release.outputs.tag_name }}
    steps:
      - uses: googleapis/release-please-action@v4
        id: release
        with:
          release-type: node
  npm-publish:
    needs: release-please
    if: \${{ needs.release-please.outputs.created }}
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm publish --provenance --access public
      - run: test "\${{ needs.release-please.outputs.tag }}" = v1.1.0
`

const RELEASE_PLEASE_CHANGELOG =
  '# Changelog\n\n## [1.1.0](https://github.com/acme/widget/compare/v1.0.0...v1.1.0) (2026-12-01)\n\n### Features\n\n* more widgets\n'

describe('rehearsing the release-PR actions', () => {
  it('changesets/action with no changeset pending runs its publish script: npm publish to the sandbox, a tag and a GitHub release', async () => {
    const dir = repository(CHANGESETS, {
      'package.json': manifest('1.1.0'),
      'CHANGELOG.md': CHANGELOG,
      '.changeset/config.json': '{}\n',
      '.changeset/README.md': '# Changesets\n',
    })
    const { code, report } = await rehearseJson(['--event', 'push', '--ref', 'main'], { cwd: dir })
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: ['1.1.0'] }),
    ])
    expect(report.readBack.releases).toEqual([
      expect.objectContaining({
        tag: 'v1.1.0',
        name: 'v1.1.0',
        body: '### Minor Changes\n\n- More widgets.',
      }),
    ])
    expect(report.readBack.tags).toContain('v1.1.0')
    const step = stepOf(report, 'Release', 2)
    expect(step.notes).toEqual([
      'stand-in: changesets/action: no changeset pending (the release pull request was merged), so the real action would publish; rehearsed that way',
      'stand-in: changesets/action: ran its publish script `npm publish --access public`: published acme-widget@1.1.0 on the sandbox',
    ])
    expect(step.log.join('\n')).toContain(
      'No changesets found. Attempting to publish any unpublished packages to npm',
    )
    expect(stepOf(report, 'Release', 3).status).toBe('success')
    expect(stepOf(report, 'Release', 4).status).toBe('skipped')
    expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); GitHub release v1.1.0.')
    expect(code).toBe(0)
  })

  it('changesets/action with a changeset pending versions on changeset-release/main, pushed to the sandbox; nothing is published', async () => {
    const dir = repository(CHANGESETS, {
      '.changeset/config.json': '{}\n',
      '.changeset/brave-widgets.md': '---\n"acme-widget": minor\n---\n\nMore widgets.\n',
    })
    const { report } = await rehearseJson(['--event', 'push', '--ref', 'main'], { cwd: dir })
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: [] }),
    ])
    expect(report.readBack.releases).toEqual([])
    const step = stepOf(report, 'Release', 2)
    expect(step.notes).toEqual([
      'stand-in: changesets/action: 1 changeset(s) pending, so the real action would open or update its release pull request; rehearsed that way',
      `stand-in: changesets/action: pushed changeset-release/main to the sandbox's repository; the real action would open or update the pull request "chore: version packages" from changeset-release/main into main (the sandbox has no pull requests: pr-number is left empty)`,
    ])
    expect(step.log.join('\n')).toContain('acme-widget: 1.0.0 → 1.1.0')
    const look = stepOf(report, 'Release', 4)
    expect(look.status).toBe('success')
    expect(look.log).toContain('refs/heads/changeset-release/main')
    expect(stepOf(report, 'Release', 3).status).toBe('skipped')
  })

  it('--release-pr merged publishes though a changeset is pending, and says what the real action would have done', async () => {
    const dir = repository(CHANGESETS, {
      'package.json': manifest('1.1.0'),
      'CHANGELOG.md': CHANGELOG,
      '.changeset/brave-widgets.md': '---\n"acme-widget": minor\n---\n\nMore widgets.\n',
    })
    const { code, report } = await rehearseJson(
      ['--event', 'push', '--ref', 'main', '--release-pr', 'merged'],
      { cwd: dir },
    )
    expect(stepOf(report, 'Release', 2).notes[0]).toBe(
      'stand-in: changesets/action: 1 changeset(s) pending, so the real action would open or update its release pull request; rehearsed as --release-pr merged asks instead',
    )
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: ['1.1.0'] }),
    ])
    expect(stepOf(report, 'Release', 3).status).toBe('success')
    // has-changesets stays true, as the real action says it: the step reading it finds no branch.
    expect(stepOf(report, 'Release', 4).status).toBe('failure')
    expect(code).toBe(1)
  })

  it('release-please: the version not tagged yet is released on the sandbox, and the job after it publishes with provenance', async () => {
    const dir = repository(
      RELEASE_PLEASE,
      { 'package.json': manifest('1.1.0'), 'CHANGELOG.md': RELEASE_PLEASE_CHANGELOG },
      'chore(main): release 1.1.0',
    )
    const { code, report } = await rehearseJson(['--event', 'push', '--ref', 'main'], { cwd: dir })
    expect(report.readBack.releases).toEqual([
      expect.objectContaining({
        tag: 'v1.1.0',
        name: 'v1.1.0',
        target: report.sha,
        body: '### Features\n\n* more widgets',
      }),
    ])
    expect(report.readBack.tags).toContain('v1.1.0')
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: ['1.1.0'] }),
    ])
    expect(stepOf(report, 'release-please', 0).notes).toEqual([
      'stand-in: googleapis/release-please-action: v1.1.0 not tagged yet (its release pull request was merged), so the real action would publish; rehearsed that way',
      "stand-in: googleapis/release-please-action: created the GitHub release(s) v1.1.0 on the sandbox's API",
    ])
    expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); GitHub release v1.1.0.')
    expect(code).toBe(0)
  })

  it('release-please with --release-pr open pushes its release branch, and the publish job is skipped by its if:', async () => {
    const dir = repository(
      RELEASE_PLEASE,
      { 'package.json': manifest('1.1.0'), 'CHANGELOG.md': RELEASE_PLEASE_CHANGELOG },
      'chore(main): release 1.1.0',
    )
    execFileSync('git', ['-C', dir, 'tag', 'v1.1.0'])
    writeFileSync(join(dir, 'index.js'), 'export const widget = 2\n')
    execFileSync('git', [
      '-C',
      dir,
      '-c',
      'user.name=A',
      '-c',
      'user.email=a@example.com',
      'commit',
      '--quiet',
      '-am',
      'fix: a rounder widget',
    ])
    const { report } = await rehearseJson(['--event', 'push', '--ref', 'main'], { cwd: dir })
    expect(stepOf(report, 'release-please', 0).notes).toEqual([
      'stand-in: googleapis/release-please-action: every version is tagged (v1.1.0), so the real action would open or update its release pull request; rehearsed that way',
      `stand-in: googleapis/release-please-action: pushed release-please--branches--main to the sandbox's repository; the real action would open or update the pull request "chore(main): release 1.1.1" into main (the sandbox has no pull requests: prs_created is false)`,
    ])
    expect(report.readBack.releases).toEqual([])
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: [] }),
    ])
  })

  it('--release-pr takes merged or open', async () => {
    const run = await runRehearse(['--release-pr', 'yes'])
    expect(run.stderr).toContain(
      '--release-pr is "yes"; it can be merged (publish or release, as after the release pull request is merged) or open (version and push the release branch).',
    )
    expect(run.code).toBe(2)
  })
})

const MISTAKES = `name: Release
on:
  push:
    branches: [main]
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - uses: changesets/action@v2
        continue-on-error: true
        with:
          cwd: nowhere
      - uses: changesets/action@v2
        continue-on-error: true
        with:
          publish-script: npm publish
          push-git-tags: false
      - uses: changesets/action@v2
      - uses: changesets/action@v2
        continue-on-error: true
        with:
          publish-script: node -e "process.exit(4)"
      - uses: changesets/action@v2
        continue-on-error: true
        with:
          publish-script: npm publish --access public
      - uses: googleapis/release-please-action@v4
        continue-on-error: true
        with:
          path: nowhere
`

const NOTHING_TO_DO = `name: Release
on:
  push:
    branches: [main]
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v5
      - uses: changesets/action@v1
        with:
          publish: npm publish
      - uses: googleapis/release-please-action@v4
        with:
          release-type: node
`

describe('what the release-PR stand-ins say', () => {
  it('every refusal and every nothing-to-do, as the real actions say them', async () => {
    const dir = repository(MISTAKES, {
      'package.json': manifest('1.1.0'),
      'CHANGELOG.md': '# acme-widget\n\n## 1.0.0\n\n- A widget.\n',
    })
    const { report } = await rehearseJson(['--event', 'push', '--ref', 'main'], { cwd: dir })
    const errorOf = (index: number): string | undefined =>
      stepOf(report, 'release', index).log.find((line) => line.startsWith('Error: '))
    expect(errorOf(2)).toMatch(
      /^Error: There is no package\.json in \/.*\/nowhere: run actions\/checkout first\.$/,
    )
    expect(errorOf(3)).toBe(
      "Error: The input 'create-github-releases' is set to true, but 'push-git-tags' is set to false. Creating GitHub releases requires pushing git tags. Please set 'push-git-tags' to true or set 'create-github-releases' to false.",
    )
    expect(stepOf(report, 'release', 4).log).toContain(
      'No changesets present or were removed by merging release PR. Not publishing because no publish script found.',
    )
    expect(stepOf(report, 'release', 4).notes).toContain(
      'stand-in: changesets/action: no publish script (publish-script:), so nothing to publish',
    )
    expect(errorOf(5)).toBe('Error: Publish command exited with code 4')
    expect(errorOf(6)).toBe('Error: Could not find changelog entry for acme-widget@1.1.0')
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: ['1.1.0'] }),
    ])
    expect(errorOf(7)).toBe(
      'Error: release-please failed: no version found for nowhere (release-type simple): give release-type, or a release-please-config.json and its manifest.',
    )
  })

  it('--release-pr open with no changeset pending has nothing to version; release-please finds no releasable commit', async () => {
    const dir = repository(
      NOTHING_TO_DO,
      { 'index.js': 'export const widget = 2\n' },
      'chore: tidy',
    )
    const { report } = await rehearseJson(
      ['--event', 'push', '--ref', 'main', '--release-pr', 'open'],
      { cwd: dir },
    )
    const step = stepOf(report, 'release', 1)
    expect(step.log).toContain('No changesets present: there is nothing to version.')
    expect(step.notes).toEqual([
      'stand-in: changesets/action: no changeset pending (the release pull request was merged), so the real action would publish; rehearsed as --release-pr open asks instead',
      'stand-in: changesets/action: no changeset pending, so no release pull request to open',
    ])
    // changesets/action@v1's input names are taken without a warning.
    expect(step.annotations).toEqual([])
    expect(stepOf(report, 'release', 2).log).toContain(
      'No user facing commits found since the last release - skipping',
    )
    expect(stepOf(report, 'release', 2).notes).toEqual([
      'stand-in: googleapis/release-please-action: every version is tagged (v1.0.0), so the real action would open or update its release pull request; --release-pr open agrees',
      'stand-in: googleapis/release-please-action: no releasable commit since the last release: no pull request',
    ])
  })
})
