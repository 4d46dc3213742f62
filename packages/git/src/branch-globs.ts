/**
 * Branch-name globs as GitHub's workflow filters write them, matched against the short branch
 * name (`release/1.x`): `*` is any run of characters except `/`, `**` any run including `/`,
 * `?` one character except `/`; everything else is literal. A leading `refs/heads/` is ignored.
 */
export function branchGlobPattern(glob: string): RegExp {
  const source = glob.replace(/^refs\/heads\//, '')
  let pattern = ''
  for (let index = 0; index < source.length; index++) {
    const char = source[index] as string
    if (char === '*' && source[index + 1] === '*') {
      pattern += '.*'
      index++
    } else if (char === '*') {
      pattern += '[^/]*'
    } else if (char === '?') {
      pattern += '[^/]'
    } else {
      pattern += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
    }
  }
  return new RegExp(`^${pattern}$`)
}

/** Whether the short branch name `branch` matches any of `globs`. */
export function matchesBranchGlobs(branch: string, globs: readonly string[]): boolean {
  return globs.some((glob) => branchGlobPattern(glob).test(branch))
}
