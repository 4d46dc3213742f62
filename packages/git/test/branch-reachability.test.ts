import { ConfigurationError } from '@tokenless/action-kit'
import { branchesContaining, isShallow, resolveCommit } from '../src/index.js'
import { rejection, removeRepos, shallowClone, TestRepo } from './git-fixture.js'

afterAll(removeRepos)

/**
 * origin:
 *   main:        c1 - c2 - c3 (v1.0.0) - c4 - c5 - c6 - c7 - c8
 *   feature/x:          \- s1 (v1.1.0-side)        (not in main)
 *   hotfix/1.x:              \- h1 (v1.0.1)        (only in hotfix/1.x)
 *   release/2.x:                             \- r1 (from c6)
 */
let origin: TestRepo
const sha: Record<string, string> = {}

beforeAll(async () => {
  origin = await TestRepo.init()
  for (let index = 1; index <= 8; index++) {
    sha[`c${index}`] = await origin.commit(`feat: commit ${index}`)
    if (index === 3) await origin.tag('v1.0.0', { annotated: true })
  }
  await origin.checkout(['-b', 'feature/x', sha.c2!])
  sha.s1 = await origin.commit('feat: side work')
  await origin.tag('v1.1.0-side', { annotated: true })
  await origin.checkout(['-b', 'hotfix/1.x', sha.c3!])
  sha.h1 = await origin.commit('fix: hotfix')
  await origin.tag('v1.0.1')
  await origin.checkout(['-b', 'release/2.x', sha.c6!])
  sha.r1 = await origin.commit('fix: release branch fix')
  await origin.checkout(['main'])
})

const allowed = ['main', 'release/*', 'hotfix/*']

describe('branchesContaining in a complete repository', () => {
  it('finds every matching branch that contains the commit', async () => {
    expect(await branchesContaining(origin.dir, sha.c3!, ['main'])).toEqual({
      matched: ['main'],
      checked: ['main'],
      deepened: false,
    })
    expect(await branchesContaining(origin.dir, 'v1.0.0', allowed)).toEqual({
      matched: ['hotfix/1.x', 'main', 'release/2.x'],
      checked: ['hotfix/1.x', 'main', 'release/2.x'],
      deepened: false,
    })
  })

  it('finds a commit that only a hotfix branch contains', async () => {
    expect(await branchesContaining(origin.dir, sha.h1!, ['main'])).toEqual({
      matched: [],
      checked: ['main'],
      deepened: false,
    })
    expect((await branchesContaining(origin.dir, sha.h1!, allowed)).matched).toEqual(['hotfix/1.x'])
  })

  it('does not match a tag on a side branch', async () => {
    expect(await branchesContaining(origin.dir, 'v1.1.0-side', allowed)).toEqual({
      matched: [],
      checked: ['hotfix/1.x', 'main', 'release/2.x'],
      deepened: false,
    })
    expect((await branchesContaining(origin.dir, 'v1.1.0-side', ['feature/**'])).matched).toEqual([
      'feature/x',
    ])
  })

  it('answers from local refs without touching the network', async () => {
    const clone = await shallowClone(origin, ['--no-single-branch'])
    expect(await isShallow(clone.dir)).toBe(false)
    await clone.run(['remote', 'set-url', 'origin', `file://${origin.dir}-unreachable`])
    // origin/main, origin/release/2.x and origin/hotfix/1.x are all here: nothing to fetch.
    expect(await branchesContaining(clone.dir, sha.s1!, allowed)).toEqual({
      matched: [],
      checked: ['hotfix/1.x', 'main', 'release/2.x'],
      deepened: false,
    })
    expect((await branchesContaining(clone.dir, sha.r1!, allowed)).matched).toEqual(['release/2.x'])
  })

  it('fetches a branch that is missing locally, without making the clone shallow', async () => {
    const clone = await shallowClone(origin, ['--single-branch', '--branch', 'main'])
    await clone.run(['fetch', '-q', 'origin', 'tag', 'v1.0.1'])
    expect(await branchesContaining(clone.dir, 'v1.0.1', allowed)).toEqual({
      matched: ['hotfix/1.x'],
      checked: ['hotfix/1.x', 'main', 'release/2.x'],
      deepened: true,
    })
    expect(await isShallow(clone.dir)).toBe(false)
    expect(await resolveCommit(clone.dir, 'origin/hotfix/1.x')).toBe(sha.h1)
  })

  it('does not error when a glob matches no branch anywhere', async () => {
    expect(await branchesContaining(origin.dir, sha.c8!, ['main', 'maint-*'])).toEqual({
      matched: ['main'],
      checked: ['main'],
      deepened: false,
    })
    expect(await branchesContaining(origin.dir, sha.s1!, ['maint-*'])).toEqual({
      matched: [],
      checked: [],
      deepened: false,
    })
  })

  it('refuses a commit that does not exist', async () => {
    const missing = 'f'.repeat(40)
    const error = await rejection(branchesContaining(origin.dir, missing, ['main']))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `Commit "${missing}" was not found in the git repository at ${origin.dir}. ` +
        'Check the tag or sha; if it exists on the remote, fetch it first ' +
        '(actions/checkout with fetch-depth: 0 fetches all history and tags).',
    )
  })

  it('rejects calls that make no sense', async () => {
    await expect(branchesContaining(origin.dir, sha.c1!, [])).rejects.toThrow(
      'branchesContaining needs at least one branch glob',
    )
    await expect(branchesContaining(origin.dir, sha.c1!, ['main'], { depth: 0 })).rejects.toThrow(
      'depth must be a positive integer, got 0',
    )
    const error = await rejection(
      branchesContaining(origin.dir, sha.c1!, ['main'], { remote: '-x' }),
    )
    expect(error).toBeInstanceOf(ConfigurationError)
  })
})

describe('branchesContaining in a shallow clone (actions/checkout depth 1)', () => {
  it('fetches main to find a tag several commits back', async () => {
    const clone = await shallowClone(origin, ['--depth', '1', '--branch', 'v1.0.0'])
    expect(await isShallow(clone.dir)).toBe(true)
    expect(await branchesContaining(clone.dir, 'v1.0.0', ['main'])).toEqual({
      matched: ['main'],
      checked: ['main'],
      deepened: true,
    })
  })

  it('deepens progressively when the first fetch is not deep enough', async () => {
    const clone = await shallowClone(origin, ['--depth', '1', '--branch', 'v1.0.0'])
    // c3 is 5 commits below main's tip: depth 1, then +1, +2, +4.
    const result = await branchesContaining(clone.dir, sha.c3!, ['main'], { depth: 1 })
    expect(result).toEqual({ matched: ['main'], checked: ['main'], deepened: true })
    expect(await resolveCommit(clone.dir, 'origin/main~5')).toBe(sha.c3)
  })

  it('falls back to --unshallow after four deepening rounds', async () => {
    const long = await TestRepo.init()
    const shas: string[] = []
    for (let index = 1; index <= 30; index++) shas.push(await long.commit(`fix: ${index}`))
    await long.tag('v0.0.2', { target: shas[1] })
    const clone = await shallowClone(long, ['--depth', '1', '--branch', 'v0.0.2'])
    // depth 1, then +1, +2, +4, +8 reach 16 commits below the tip; v0.0.2 is 28 below it.
    const result = await branchesContaining(clone.dir, 'v0.0.2', ['main'], { depth: 1 })
    expect(result).toEqual({ matched: ['main'], checked: ['main'], deepened: true })
    expect(await isShallow(clone.dir)).toBe(false)
  })

  it('concludes "not on main" for a side-branch tag only on main\'s complete history', async () => {
    for (const depth of [100, 1]) {
      const clone = await shallowClone(origin, ['--depth', '1', '--branch', 'v1.1.0-side'])
      const result = await branchesContaining(clone.dir, 'v1.1.0-side', ['main'], { depth })
      expect(result).toEqual({ matched: [], checked: ['main'], deepened: true })
      // main's whole history is here now, down to c1.
      expect(await resolveCommit(clone.dir, 'origin/main~7')).toBe(sha.c1)
    }
  })

  it('finds a commit that only hotfix/1.x contains', async () => {
    const clone = await shallowClone(origin, ['--depth', '1', '--branch', 'v1.0.1'])
    expect(await branchesContaining(clone.dir, 'v1.0.1', allowed, { depth: 2 })).toEqual({
      matched: ['hotfix/1.x'],
      checked: ['hotfix/1.x', 'main', 'release/2.x'],
      deepened: true,
    })
  })

  it('needs no fetch when the checked-out branch tip is the commit', async () => {
    const clone = await shallowClone(origin, ['--depth', '1', '--branch', 'main'])
    expect(await branchesContaining(clone.dir, 'HEAD', ['main'])).toEqual({
      matched: ['main'],
      checked: ['main'],
      deepened: false,
    })
  })

  it('cannot decide in a shallow clone without a remote', async () => {
    const clone = await shallowClone(origin, ['--depth', '1', '--branch', 'v1.0.0'])
    await clone.run(['remote', 'remove', 'origin'])
    const error = await rejection(branchesContaining(clone.dir, 'v1.0.0', ['main', 'release/*']))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `The clone at ${clone.dir} is shallow and has no remote "origin" to fetch more history from, ` +
        'so whether commit v1.0.0 is on a branch matching main, release/* cannot be decided. ' +
        'Fetch the full history (actions/checkout with fetch-depth: 0) or add the remote.',
    )
  })
})
