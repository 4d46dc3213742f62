import {
  type ActionEvent,
  ConfigurationError,
  type Environment,
  quoteExcerpt,
} from '@tokenless/action-kit'
import { formatTag, parseTag } from '@tokenless/versioning'

/** Where the tag or version being released came from, for the summary and the errors. */
export type TargetSource =
  | 'tag input'
  | 'version input'
  | 'release event'
  | 'pushed tag'
  | 'created tag'
  | 'dispatch input'
  | 'computed (CalVer)'
  | 'manifests'

export interface RequestedTarget {
  tag: string
  version: string
  source: TargetSource
}

function stringAt(payload: Record<string, unknown>, ...path: string[]): string | undefined {
  let value: unknown = payload
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** The tag the event names, if any: a release, a pushed or created tag, a dispatch input. */
function tagFromEvent(
  event: ActionEvent,
  env: Environment,
  prefix: string,
): { tag: string; source: TargetSource } | undefined {
  const payload = event.payload
  if (event.name === 'release') {
    const tag = stringAt(payload, 'release', 'tag_name')
    if (tag) return { tag, source: 'release event' }
  }
  if (event.name === 'push') {
    const ref = stringAt(payload, 'ref') ?? env.GITHUB_REF
    if (ref?.startsWith('refs/tags/')) return { tag: ref.slice(10), source: 'pushed tag' }
  }
  if (event.name === 'create' && stringAt(payload, 'ref_type') === 'tag') {
    const tag = stringAt(payload, 'ref')
    if (tag) return { tag, source: 'created tag' }
  }
  if (event.name === 'workflow_dispatch') {
    const tag = stringAt(payload, 'inputs', 'tag')
    if (tag) return { tag, source: 'dispatch input' }
    const version = stringAt(payload, 'inputs', 'version')
    if (version) return { tag: formatTag(prefix, version), source: 'dispatch input' }
  }
  if (!event.name && env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) {
    return { tag: env.GITHUB_REF_NAME, source: 'pushed tag' }
  }
  return undefined
}

/**
 * A tag as git names it under refs/tags: `refs/tags/v1.2.3` is `v1.2.3` (so that it meets the
 * same checks, the wrong-commit one first); any other full ref is not a tag.
 */
export function tagName(tag: string, input: string): string {
  if (tag.startsWith('refs/tags/')) return tag.slice('refs/tags/'.length)
  const kind = tag.startsWith('refs/heads/')
    ? 'a branch'
    : tag.startsWith('refs/pull/')
      ? 'a pull request'
      : tag.startsWith('refs/')
        ? 'a ref that is not a tag'
        : undefined
  if (kind === undefined) return tag
  throw new ConfigurationError(
    `Input ${input} is ${quoteExcerpt(tag)}, ${kind}, not a tag: validate-tag releases a tag. Pass the tag's name (e.g. v1.2.3 or refs/tags/v1.2.3), or the version input for a tag not created yet.`,
    { input },
  )
}

/**
 * The tag and version this run releases, from the inputs, else the event. Undefined when
 * nothing names one (the caller computes a CalVer version or fails).
 */
export function requestedTarget(
  inputs: { tag: string | undefined; version: string | undefined; tagPrefix: string },
  event: ActionEvent,
  env: Environment,
): RequestedTarget | undefined {
  const { version, tagPrefix } = inputs
  const tag = inputs.tag === undefined ? undefined : tagName(inputs.tag, 'tag')
  if (tag !== undefined) {
    const parsed = parseTag(tag, tagPrefix)
    if (version !== undefined && formatTag(tagPrefix, version) !== tag) {
      throw new ConfigurationError(
        `Input tag is ${tag} but input version is ${version}, which makes the tag ${formatTag(tagPrefix, version)}. Give only one of them, or make them agree.`,
        { input: 'version' },
      )
    }
    return { tag, version: parsed.version, source: 'tag input' }
  }
  if (version !== undefined) {
    const full = formatTag(tagPrefix, version)
    parseTag(full, tagPrefix)
    return { tag: full, version, source: 'version input' }
  }
  const fromEvent = tagFromEvent(event, env, tagPrefix)
  if (fromEvent === undefined) return undefined
  const name = tagName(fromEvent.tag, 'tag')
  return { ...fromEvent, tag: name, version: parseTag(name, tagPrefix).version }
}

export function describeMissingTarget(event: ActionEvent): string {
  const what = event.name
    ? `The ${event.name} event names no tag`
    : 'There is no event naming a tag'
  return `${what}, and neither the tag nor the version input is set. Set tag (e.g. v1.2.3) for an existing tag, version (e.g. 1.2.3) for a release whose tag does not exist yet, or scheme: calver to compute the version from the date.`
}
