import {
  type ActionContext,
  booleanInput,
  enumInput,
  listInput,
  multilineInput,
  optionalInput,
} from '@tokenless/action-kit'
import { VERSION_SCHEMES, type VersionScheme } from '@tokenless/versioning'

export const BUMP_CHECK_MODES = ['off', 'warn', 'error'] as const
export type BumpCheckMode = (typeof BUMP_CHECK_MODES)[number]

export interface ValidateTagInputs {
  tag: string | undefined
  version: string | undefined
  /** Taken verbatim: an empty prefix is a real choice (tags like `1.2.3`). */
  tagPrefix: string
  scheme: VersionScheme
  calverFormat: string
  /** Empty: detect package.json, pyproject.toml and Cargo.toml. */
  manifests: string[]
  changelog: string | undefined
  /** Empty: the repository's default branch. */
  branches: string[]
  allowPrerelease: boolean
  bumpCheck: BumpCheckMode
  sha: string | undefined
  workingDirectory: string
}

export function parseInputs(ctx: ActionContext): ValidateTagInputs {
  return {
    tag: optionalInput(ctx, 'tag'),
    version: optionalInput(ctx, 'version'),
    tagPrefix: ctx.getInput('tag-prefix').trim(),
    scheme: enumInput(ctx, 'scheme', VERSION_SCHEMES, 'semver'),
    calverFormat: optionalInput(ctx, 'calver-format') ?? 'YYYY.M.D',
    manifests: multilineInput(ctx, 'manifests'),
    changelog: optionalInput(ctx, 'changelog'),
    branches: listInput(ctx, 'branches'),
    allowPrerelease: booleanInput(ctx, 'allow-prerelease', true),
    bumpCheck: enumInput(ctx, 'bump-check', BUMP_CHECK_MODES, 'warn'),
    sha: optionalInput(ctx, 'sha'),
    workingDirectory: optionalInput(ctx, 'working-directory') ?? '.',
  }
}
