import {
  type ActionContext,
  booleanInput,
  ConfigurationError,
  enumInput,
  multilineInput,
  optionalBooleanInput,
  optionalInput,
  repositoryInput,
  type RepoRef,
} from '@tokenless/action-kit'

export type NotesSource =
  { kind: 'changelog' } | { kind: 'commits' } | { kind: 'github' } | { kind: 'file'; path: string }

export const MAKE_LATEST = ['auto', 'true', 'false'] as const
export type MakeLatest = (typeof MAKE_LATEST)[number]

export interface CreateReleaseInputs {
  tag: string | undefined
  sha: string | undefined
  version: string | undefined
  name: string | undefined
  notes: NotesSource
  changelogFile: string
  previousTag: string | undefined
  prerelease: boolean | undefined
  makeLatest: MakeLatest
  assets: string[]
  assetsRequired: boolean
  draftFirst: boolean
  repository: RepoRef
  token: string
  workingDirectory: string
}

function notesSource(value: string | undefined): NotesSource {
  if (value === undefined || value === 'commits') return { kind: 'commits' }
  if (value === 'changelog' || value === 'github') return { kind: value }
  return { kind: 'file', path: value }
}

export function parseInputs(ctx: ActionContext): CreateReleaseInputs {
  const repository = repositoryInput(ctx, true)
  const token = optionalInput(ctx, 'token')
  if (token === undefined) {
    throw new ConfigurationError(
      'Input token is empty. Leave it out to use the job\'s GITHUB_TOKEN (with "permissions: { contents: write }"), or pass a token that can write releases.',
      { input: 'token' },
    )
  }
  return {
    tag: optionalInput(ctx, 'tag'),
    sha: optionalInput(ctx, 'sha'),
    version: optionalInput(ctx, 'version'),
    name: optionalInput(ctx, 'name'),
    notes: notesSource(optionalInput(ctx, 'notes')),
    changelogFile: optionalInput(ctx, 'changelog-file') ?? 'CHANGELOG.md',
    previousTag: optionalInput(ctx, 'previous-tag'),
    prerelease: optionalBooleanInput(ctx, 'prerelease'),
    makeLatest: enumInput(ctx, 'make-latest', MAKE_LATEST, 'auto'),
    assets: multilineInput(ctx, 'assets'),
    assetsRequired: booleanInput(ctx, 'assets-required', true),
    draftFirst: booleanInput(ctx, 'draft-first', true),
    repository,
    token,
    workingDirectory: optionalInput(ctx, 'working-directory') ?? '.',
  }
}
