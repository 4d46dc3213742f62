import type { ActionEvent } from '@tokenless/action-kit'
import type { ManifestVersion } from '@tokenless/manifests'
import { checkManifest, describeMismatch } from '../../actions/validate-tag/src/manifest-check.js'
import {
  describeMissingTarget,
  requestedTarget,
  tagName,
} from '../../actions/validate-tag/src/release-target.js'

// validate-tag's pure decisions, run from the sources: which tag and version a run releases
// (inputs first, then the event), and whether a manifest's version is the tag's.

const none = { tag: undefined, version: undefined, tagPrefix: 'v' }
const event = (name: string | undefined, payload: Record<string, unknown> = {}): ActionEvent => ({
  name,
  payload,
})

describe('validate-tag: the tag a run releases', () => {
  it('names the input a refusal comes from', () => {
    const thrown = (act: () => unknown) => {
      try {
        act()
      } catch (error) {
        return error as { input?: string; message: string }
      }
      throw new Error('nothing was thrown')
    }
    const branch = thrown(() =>
      requestedTarget({ ...none, tag: 'refs/heads/main' }, event(undefined), {}),
    )
    expect(branch.input).toBe('tag')
    expect(branch.message).toMatch(/^Input tag is "refs\/heads\/main", a branch, not a tag/)
    const disagree = thrown(() =>
      requestedTarget({ ...none, tag: 'v1.2.3', version: '1.2.4' }, event(undefined), {}),
    )
    expect(disagree.input).toBe('version')
    const fromEvent = thrown(() =>
      requestedTarget(none, event(undefined), {
        GITHUB_REF_TYPE: 'tag',
        GITHUB_REF_NAME: 'refs/heads/x',
      }),
    )
    expect(fromEvent.input).toBe('tag')
    expect(fromEvent.message).toMatch(/^Input tag is "refs\/heads\/x", a branch, not a tag/)
  })

  it('falls back to GITHUB_REF when the pushed ref is blank, and reads a release only on release', () => {
    expect(
      requestedTarget(none, event('push', { ref: '  ' }), { GITHUB_REF: 'refs/tags/v1.1.1' }),
    ).toEqual({ tag: 'v1.1.1', version: '1.1.1', source: 'pushed tag' })
    expect(
      requestedTarget(
        none,
        event('push', { ref: 'refs/heads/main', release: { tag_name: 'v9.0.0' } }),
        {},
      ),
    ).toBe(undefined)
  })

  it('takes the tag input, and a full refs/tags/ ref as the same tag', () => {
    expect(requestedTarget({ ...none, tag: 'v1.2.3' }, event('push'), {})).toEqual({
      tag: 'v1.2.3',
      version: '1.2.3',
      source: 'tag input',
    })
    expect(requestedTarget({ ...none, tag: 'refs/tags/v1.2.3' }, event(undefined), {})).toEqual({
      tag: 'v1.2.3',
      version: '1.2.3',
      source: 'tag input',
    })
  })

  it('accepts tag and version inputs that agree, and refuses them when they do not', () => {
    expect(
      requestedTarget({ ...none, tag: 'v1.2.3', version: '1.2.3' }, event(undefined), {}),
    ).toEqual({ tag: 'v1.2.3', version: '1.2.3', source: 'tag input' })
    expect(() =>
      requestedTarget({ ...none, tag: 'v1.2.3', version: '1.2.4' }, event(undefined), {}),
    ).toThrow(
      'Input tag is v1.2.3 but input version is 1.2.4, which makes the tag v1.2.4. Give only one of them, or make them agree.',
    )
  })

  it('makes the tag from the version input and the prefix, and checks it', () => {
    expect(
      requestedTarget({ ...none, version: '2.0.0', tagPrefix: 'rel-' }, event('release'), {}),
    ).toEqual({ tag: 'rel-2.0.0', version: '2.0.0', source: 'version input' })
    expect(() => requestedTarget({ ...none, version: '1.2.3..4' }, event(undefined), {})).toThrow()
  })

  it('reads a release event, trimmed, and ignores a blank tag_name', () => {
    expect(
      requestedTarget(none, event('release', { release: { tag_name: ' v1.0.0 ' } }), {}),
    ).toEqual({ tag: 'v1.0.0', version: '1.0.0', source: 'release event' })
    expect(requestedTarget(none, event('release', { release: { tag_name: '  ' } }), {})).toBe(
      undefined,
    )
    expect(requestedTarget(none, event('release', { release: 'v1.0.0' }), {})).toBe(undefined)
    expect(requestedTarget(none, event('release', { release: null }), {})).toBe(undefined)
    expect(requestedTarget(none, event('release', { release: { tag_name: 7 } }), {})).toBe(
      undefined,
    )
  })

  it('reads a pushed tag from the payload, else GITHUB_REF; a pushed branch names none', () => {
    expect(requestedTarget(none, event('push', { ref: 'refs/tags/v1.1.0' }), {})).toEqual({
      tag: 'v1.1.0',
      version: '1.1.0',
      source: 'pushed tag',
    })
    expect(requestedTarget(none, event('push'), { GITHUB_REF: 'refs/tags/v1.1.1' })).toEqual({
      tag: 'v1.1.1',
      version: '1.1.1',
      source: 'pushed tag',
    })
    expect(requestedTarget(none, event('push', { ref: 'refs/heads/main' }), {})).toBe(undefined)
    expect(requestedTarget(none, event('push'), {})).toBe(undefined)
    // A release event's GITHUB_REF is not read as a push.
    expect(requestedTarget(none, event('release'), { GITHUB_REF: 'refs/tags/v1.1.1' })).toBe(
      undefined,
    )
  })

  it('reads a created tag, not a created branch', () => {
    expect(requestedTarget(none, event('create', { ref_type: 'tag', ref: 'v3.0.0' }), {})).toEqual({
      tag: 'v3.0.0',
      version: '3.0.0',
      source: 'created tag',
    })
    expect(requestedTarget(none, event('create', { ref_type: 'branch', ref: 'v3.0.0' }), {})).toBe(
      undefined,
    )
    expect(requestedTarget(none, event('create', { ref_type: 'tag' }), {})).toBe(undefined)
    expect(requestedTarget(none, event('push', { ref_type: 'tag', ref: 'v3.0.0' }), {})).toBe(
      undefined,
    )
  })

  it('reads a dispatch tag input first, then its version input with the prefix', () => {
    expect(
      requestedTarget(
        none,
        event('workflow_dispatch', { inputs: { tag: 'v4.0.0', version: '9.9.9' } }),
        {},
      ),
    ).toEqual({ tag: 'v4.0.0', version: '4.0.0', source: 'dispatch input' })
    expect(
      requestedTarget(none, event('workflow_dispatch', { inputs: { version: '4.1.0' } }), {}),
    ).toEqual({ tag: 'v4.1.0', version: '4.1.0', source: 'dispatch input' })
    expect(requestedTarget(none, event('workflow_dispatch', { inputs: {} }), {})).toBe(undefined)
    expect(requestedTarget(none, event('push', { inputs: { version: '4.1.0' } }), {})).toBe(
      undefined,
    )
  })

  it('reads GITHUB_REF_NAME only without an event and only for a tag ref', () => {
    const env = { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v5.0.0' }
    expect(requestedTarget(none, event(undefined), env)).toEqual({
      tag: 'v5.0.0',
      version: '5.0.0',
      source: 'pushed tag',
    })
    expect(requestedTarget(none, event('schedule'), env)).toBe(undefined)
    expect(requestedTarget(none, event(undefined), { ...env, GITHUB_REF_TYPE: 'branch' })).toBe(
      undefined,
    )
    expect(
      requestedTarget(none, event(undefined), { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: '' }),
    ).toBe(undefined)
  })

  it('refuses a branch, a pull request or another ref where a tag is expected', () => {
    expect(() => tagName('refs/heads/main', 'tag')).toThrow(
      `Input tag is "refs/heads/main", a branch, not a tag: validate-tag releases a tag. Pass the tag's name (e.g. v1.2.3 or refs/tags/v1.2.3), or the version input for a tag not created yet.`,
    )
    expect(() => tagName('refs/pull/7/merge', 'tag')).toThrow(
      '"refs/pull/7/merge", a pull request,',
    )
    expect(() => tagName('refs/notes/x', 'tag')).toThrow('"refs/notes/x", a ref that is not a tag,')
    expect(tagName('v1.0.0', 'tag')).toBe('v1.0.0')
    expect(tagName('refs/tags/v1.0.0', 'tag')).toBe('v1.0.0')
    // An event naming a branch ref as its tag meets the same refusal.
    expect(() =>
      requestedTarget(none, event(undefined), {
        GITHUB_REF_TYPE: 'tag',
        GITHUB_REF_NAME: 'refs/heads/x',
      }),
    ).toThrow('a branch, not a tag')
  })

  it('says which event named no tag', () => {
    expect(describeMissingTarget(event('schedule'))).toBe(
      'The schedule event names no tag, and neither the tag nor the version input is set. Set tag (e.g. v1.2.3) for an existing tag, version (e.g. 1.2.3) for a release whose tag does not exist yet, or scheme: calver to compute the version from the date.',
    )
    expect(describeMissingTarget(event(undefined))).toMatch(/^There is no event naming a tag, and/)
  })
})

const manifest = (kind: ManifestVersion['kind'], version: string, source?: string) =>
  ({
    spec: 'x',
    file: 'pkg/file',
    line: 4,
    version,
    kind,
    ...(source === undefined ? {} : { source }),
  }) satisfies ManifestVersion

describe('validate-tag: a manifest against the tag', () => {
  it('matches the same string for every kind', () => {
    for (const kind of ['npm', 'cargo', 'python', 'python-module', 'json', 'regex'] as const) {
      expect(checkManifest(manifest(kind, '1.2.3'), '1.2.3')).toEqual({
        manifest: manifest(kind, '1.2.3'),
        expected: '1.2.3',
        matches: true,
      })
    }
  })

  it('compares npm and Cargo exactly, and Python tools by PEP 440', () => {
    expect(checkManifest(manifest('npm', '1.2.0rc1'), '1.2.0-rc.1')).toMatchObject({
      expected: '1.2.0-rc.1',
      matches: false,
    })
    expect(checkManifest(manifest('cargo', '1.2.0rc1'), '1.2.0-rc.1')).toMatchObject({
      expected: '1.2.0-rc.1',
      matches: false,
    })
    for (const kind of ['python', 'python-module'] as const) {
      expect(checkManifest(manifest(kind, '1.2.0rc1'), '1.2.0-rc.1')).toEqual({
        manifest: manifest(kind, '1.2.0rc1'),
        expected: '1.2.0rc1',
        matches: true,
        note: 'same version as 1.2.0-rc.1',
      })
      expect(checkManifest(manifest(kind, '1.2.0'), '1.2.0-rc.1')).toEqual({
        manifest: manifest(kind, '1.2.0'),
        expected: '1.2.0rc1',
        matches: false,
      })
    }
    // A JSON or regex manifest keeps the tag's form as the expected one.
    expect(checkManifest(manifest('json', '1.2.0'), '1.2.0-rc.1')).toMatchObject({
      expected: '1.2.0-rc.1',
      matches: false,
    })
    expect(checkManifest(manifest('regex', '1.2.0rc1'), '1.2.0-rc.1')).toMatchObject({
      expected: '1.2.0-rc.1',
      matches: true,
      note: 'same version as 1.2.0-rc.1',
    })
  })

  it('keeps the tag form for a Python manifest when it has no PEP 440 form', () => {
    expect(checkManifest(manifest('python', '2026.1'), '2026.01.5-x')).toMatchObject({
      expected: '2026.01.5-x',
      matches: false,
    })
  })

  it('describes a mismatch with the field, except for package.json, and the file form', () => {
    const python = checkManifest(manifest('python', '1.2.0', '[project].version'), '1.2.0-rc.1')
    expect(describeMismatch(python, 'v1.2.0-rc.1', '1.2.0-rc.1')).toBe(
      "pkg/file:4 ([project].version) has version 1.2.0 but the tag v1.2.0-rc.1 says 1.2.0-rc.1 (1.2.0rc1 in this file's form). Update the manifest or re-tag.",
    )
    const npm = checkManifest(manifest('npm', '1.2.2', '/version'), '1.2.3')
    expect(describeMismatch(npm, 'v1.2.3', '1.2.3')).toBe(
      'pkg/file:4 has version 1.2.2 but the tag v1.2.3 says 1.2.3. Update the manifest or re-tag.',
    )
    const regex = checkManifest(manifest('regex', '1.2.2'), '1.2.3')
    expect(describeMismatch(regex, 'v1.2.3', '1.2.3')).toBe(
      'pkg/file:4 has version 1.2.2 but the tag v1.2.3 says 1.2.3. Update the manifest or re-tag.',
    )
  })
})
