import { branchGlobPattern, matchesBranchGlobs } from '../src/index.js'

describe('branch globs', () => {
  it.each([
    ['main', 'main', true],
    ['main', 'main2', false],
    ['main', 'feature/main', false],
    ['release/*', 'release/1.x', true],
    ['release/*', 'release/1.x/rc', false],
    ['release/*', 'release', false],
    ['release/**', 'release/1.x/rc', true],
    ['hotfix/*', 'hotfix/1.x', true],
    ['v?.x', 'v1.x', true],
    ['v?.x', 'v10.x', false],
    ['v?.x', 'v1-x', false],
    ['refs/heads/main', 'main', true],
    ['release-(1).x', 'release-(1).x', true],
    ['release-[1].x', 'release-1.x', false],
  ])('%s matches %s: %s', (glob, branch, expected) => {
    expect(branchGlobPattern(glob).test(branch)).toBe(expected)
  })

  it('matches any of several globs', () => {
    expect(matchesBranchGlobs('hotfix/2.x', ['main', 'release/*', 'hotfix/*'])).toBe(true)
    expect(matchesBranchGlobs('feature/x', ['main', 'release/*', 'hotfix/*'])).toBe(false)
    expect(matchesBranchGlobs('main', [])).toBe(false)
  })
})
