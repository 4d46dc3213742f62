import path from 'node:path'

import { readManifestVersion } from '@tokenless/manifests'

import { configurationError, lines, writeTree } from './fixture.js'

describe('Cargo.toml', () => {
  it('reads [package].version', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines(
        '[package]',
        'name = "acme"',
        'edition = "2021"',
        'version = "0.12.0"',
        '',
        '[dependencies]',
        'serde = { version = "1", features = ["derive"] }',
      ),
    })
    await expect(readManifestVersion('Cargo.toml', { cwd })).resolves.toEqual({
      spec: 'Cargo.toml',
      file: 'Cargo.toml',
      line: 4,
      column: 12,
      version: '0.12.0',
      kind: 'cargo',
      packageName: 'acme',
      source: '[package].version',
    })
  })

  it('is not fooled by a dependency version earlier in the file', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines(
        '[dependencies]',
        'version_check = "0.9"',
        '[dependencies.serde]',
        'version = "1"',
        '[package]',
        'name = "acme"',
        'version = "2.0.0"',
      ),
    })
    await expect(readManifestVersion('Cargo.toml', { cwd })).resolves.toMatchObject({
      line: 7,
      version: '2.0.0',
    })
  })

  it('follows version.workspace = true to the workspace root', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines(
        '[workspace]',
        'members = ["crates/*"]',
        'resolver = "2"',
        '',
        '[workspace.package]',
        'edition = "2021"',
        'version = "1.3.0"',
      ),
      'crates/core/Cargo.toml': lines(
        '[package]',
        'name = "acme-core"',
        'version.workspace = true',
        'edition.workspace = true',
      ),
      'crates/cli/Cargo.toml': lines(
        '[package]',
        'name = "acme-cli"',
        'version = { workspace = true }',
      ),
    })
    await expect(readManifestVersion('crates/core/Cargo.toml', { cwd })).resolves.toEqual({
      spec: 'crates/core/Cargo.toml',
      file: 'Cargo.toml',
      line: 7,
      column: 12,
      version: '1.3.0',
      kind: 'cargo',
      packageName: 'acme-core',
      source: '[workspace.package].version',
      via: {
        file: 'crates/core/Cargo.toml',
        line: 3,
        column: 1,
        source: 'version.workspace = true',
      },
    })
    await expect(readManifestVersion('crates/cli/Cargo.toml', { cwd })).resolves.toMatchObject({
      file: 'Cargo.toml',
      line: 7,
      packageName: 'acme-cli',
    })
  })

  it('follows a [package.version] table with workspace = true', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines(
        '[workspace.package]',
        'version = "1.0.0"',
        '[workspace]',
        'members = ["m"]',
      ),
      'm/Cargo.toml': lines('[package]', 'name = "m"', '', '[package.version]', 'workspace = true'),
    })
    await expect(readManifestVersion('m/Cargo.toml', { cwd })).resolves.toMatchObject({
      file: 'Cargo.toml',
      line: 2,
      version: '1.0.0',
      via: { file: 'm/Cargo.toml', line: 4, column: 1 },
    })
  })

  it('finds the workspace root above cwd, and skips Cargo.toml files without [workspace]', async () => {
    const root = writeTree({
      'Cargo.toml': lines(
        '[workspace]',
        'members = ["rust/crates/*"]',
        '[workspace.package]',
        'version = "0.2.0"',
      ),
      'rust/Cargo.toml': lines('[package]', 'name = "not-the-root"', 'version = "9.9.9"'),
      'rust/crates/a/Cargo.toml': lines('[package]', 'name = "a"', 'version.workspace = true'),
    })
    await expect(
      readManifestVersion('crates/a/Cargo.toml', { cwd: `${root}/rust` }),
    ).resolves.toMatchObject({
      file: '../Cargo.toml',
      line: 4,
      version: '0.2.0',
      via: { file: 'crates/a/Cargo.toml', line: 3 },
    })
  })

  it('uses a root package that inherits from its own [workspace.package]', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines(
        '[package]',
        'name = "acme"',
        'version.workspace = true',
        '[workspace]',
        'members = ["sub"]',
        '[workspace.package]',
        'version = "3.1.0"',
      ),
    })
    await expect(readManifestVersion('Cargo.toml', { cwd })).resolves.toMatchObject({
      file: 'Cargo.toml',
      line: 7,
      version: '3.1.0',
      via: { file: 'Cargo.toml', line: 3 },
    })
  })

  it('follows package.workspace to the named root', async () => {
    const cwd = writeTree({
      'root/Cargo.toml': lines('[workspace]', '[workspace.package]', 'version = "5.0.0"'),
      'elsewhere/x/Cargo.toml': lines(
        '[package]',
        'name = "x"',
        'workspace = "../../root"',
        'version.workspace = true',
      ),
    })
    await expect(readManifestVersion('elsewhere/x/Cargo.toml', { cwd })).resolves.toMatchObject({
      file: 'root/Cargo.toml',
      version: '5.0.0',
    })
  })

  it('says when package.workspace names no Cargo.toml', async () => {
    const cwd = writeTree({
      'x/Cargo.toml': lines(
        '[package]',
        'name = "x"',
        'workspace = "../nowhere"',
        'version.workspace = true',
      ),
    })
    await configurationError(
      () => readManifestVersion('x/Cargo.toml', { cwd }),
      'nowhere/Cargo.toml was not found: x/Cargo.toml:3:1 names it in [package].workspace. Fix that path to point at the file that holds the version.',
      { file: 'x/Cargo.toml', line: 3, column: 1 },
    )
  })

  it('reads [workspace.package].version of a virtual workspace root', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines(
        '[workspace]',
        'members = ["a"]',
        '',
        '[workspace.package]',
        'version = "0.8.0"',
      ),
    })
    await expect(readManifestVersion('Cargo.toml', { cwd })).resolves.toEqual({
      spec: 'Cargo.toml',
      file: 'Cargo.toml',
      line: 5,
      column: 12,
      version: '0.8.0',
      kind: 'cargo',
      source: '[workspace.package].version',
    })
  })

  it('says when no workspace root is found', async () => {
    const cwd = writeTree({
      'crates/a/Cargo.toml': lines('[package]', 'name = "a"', 'version.workspace = true'),
    })
    await configurationError(
      () => readManifestVersion('crates/a/Cargo.toml', { cwd }),
      'crates/a/Cargo.toml:3:1 has version.workspace = true, but no Cargo.toml with a [workspace] table was found in crates or above. Check out the whole workspace, or set version = "1.2.3" under [package].',
      { file: 'crates/a/Cargo.toml', line: 3, column: 1 },
    )
  })

  it('says when the workspace root has no [workspace.package] version', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines('# workspace', '[workspace]', 'members = ["a"]'),
      'a/Cargo.toml': lines('[package]', 'name = "a"', 'version = { workspace = true }'),
    })
    await configurationError(
      () => readManifestVersion('a/Cargo.toml', { cwd }),
      'a/Cargo.toml:3:1 has version.workspace = true, but the workspace root Cargo.toml:2:1 has no [workspace.package] version. Add version = "1.2.3" under [workspace.package] in Cargo.toml.',
      { file: 'Cargo.toml', line: 2, column: 1 },
    )
  })

  it('says when the workspace root is not valid TOML', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines('[workspace', 'members = ["a"]'),
      'a/Cargo.toml': lines('[package]', 'name = "a"', 'version.workspace = true'),
    })
    const error = await configurationError(
      () => readManifestVersion('a/Cargo.toml', { cwd }),
      "Cargo.toml:1:11 is not valid TOML: illegal character in key. Fix the workspace's Cargo.toml, or remove a/Cargo.toml from manifests.",
    )
    expect(error.location).toEqual({ file: 'Cargo.toml', line: 1, column: 11 })
  })

  it('says when a workspace root has no version', async () => {
    const cwd = writeTree({ 'Cargo.toml': lines('[workspace]', 'members = ["a"]') })
    await configurationError(
      () => readManifestVersion('Cargo.toml', { cwd }),
      'Cargo.toml:1:1 is a workspace root with no [workspace.package] version and no [package]. Add version = "1.2.3" under [workspace.package], or list the member crates\' Cargo.toml files in manifests instead.',
      { file: 'Cargo.toml', line: 1, column: 1 },
    )
  })

  it('says when [package] has no version', async () => {
    const cwd = writeTree({ 'Cargo.toml': lines('', '[package]', 'name = "a"') })
    await configurationError(
      () => readManifestVersion('Cargo.toml', { cwd }),
      'Cargo.toml:2:1 has a [package] with no version. Add version = "1.2.3" under [package] (or version.workspace = true in a workspace), or remove Cargo.toml from manifests.',
      { file: 'Cargo.toml', line: 2, column: 1 },
    )
  })

  it('says when there is neither [package] nor [workspace]', async () => {
    const cwd = writeTree({ 'Cargo.toml': lines('[dependencies]', 'serde = "1"') })
    await configurationError(
      () => readManifestVersion('Cargo.toml', { cwd }),
      'Cargo.toml has no [package] or [workspace] table. Add [package] with version = "1.2.3", or remove Cargo.toml from manifests.',
      { file: 'Cargo.toml', line: 1 },
    )
  })

  it('says when the version is not a string', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines('[package]', 'name = "a"', 'version = { path = "x" }'),
    })
    await configurationError(
      () => readManifestVersion('Cargo.toml', { cwd }),
      'Cargo.toml:3:1 sets [package].version to a table, not a string. Quote it: version = "1.2.3".',
      { file: 'Cargo.toml', line: 3, column: 1 },
    )
    const root = writeTree({
      'Cargo.toml': lines('[workspace]', '[workspace.package]', 'version = [1, 2]'),
      'a/Cargo.toml': lines('[package]', 'version.workspace = true'),
    })
    await configurationError(
      () => readManifestVersion('a/Cargo.toml', { cwd: root }),
      'Cargo.toml:3:1 sets [workspace.package].version to an array, not a string. Quote it: version = "1.2.3".',
    )
  })

  it('reports a TOML syntax error with its line and column', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines('[package]', 'name = "a"', 'version = "1.0.0', ''),
    })
    await configurationError(
      () => readManifestVersion('Cargo.toml', { cwd }),
      'Cargo.toml:3:17 is not valid TOML: control characters are not allowed in strings. Fix the TOML there, or remove Cargo.toml from manifests.',
      { file: 'Cargo.toml', line: 3, column: 17 },
    )
  })
})

/** The message a read fails with. */
const failure = (read: Promise<unknown>): Promise<string> =>
  read.then(
    () => 'no error',
    (error: Error) => error.message,
  )

describe('readCargoVersion: where a missing version is reported', () => {
  it('points at the [package] or [workspace] header below other lines, or inline or dotted tables', async () => {
    const cwd = writeTree({
      'a/Cargo.toml': lines('# crate', '', '[package]', 'name = "a"'),
      'b/Cargo.toml': lines('# crate', 'package = { name = "b" }'),
      'e/Cargo.toml': lines('# crate', 'package.name = "e"'),
      'g/Cargo.toml': lines('# crate', '[package.metadata]', 'x = 1'),
      'h/Cargo.toml': lines('# root', '[workspace.metadata]', 'x = 1'),
      'c/Cargo.toml': lines('# root', '[workspace]', 'members = ["x"]'),
      'd/Cargo.toml': lines('# root', 'workspace = { members = ["x"] }'),
      'f/Cargo.toml': lines('# root', 'workspace.members = ["x"]'),
    })
    const messages: string[] = []
    for (const file of ['a', 'b', 'e', 'g', 'c', 'd', 'f', 'h'])
      messages.push(await failure(readManifestVersion(`${file}/Cargo.toml`, { cwd })))
    // Each message starts with where it points; the tables found as headers, inline or dotted.
    expect(messages.map((message) => message.split(' ')[0])).toEqual([
      'a/Cargo.toml:3:1',
      'b/Cargo.toml:2:1',
      'e/Cargo.toml:2:1',
      'g/Cargo.toml:2:1',
      'c/Cargo.toml:2:1',
      'd/Cargo.toml:2:1',
      'f/Cargo.toml:2:1',
      'h/Cargo.toml:2:1',
    ])
    expect(messages[0]).toBe(
      'a/Cargo.toml:3:1 has a [package] with no version. Add version = "1.2.3" under [package] (or version.workspace = true in a workspace), or remove a/Cargo.toml from manifests.',
    )
  })

  it('points at the workspace root [workspace.package] or [workspace] header', async () => {
    const messages: string[] = []
    for (const root of [
      lines(
        '# root',
        '[workspace]',
        'members = ["a"]',
        '',
        '[workspace.package]',
        'edition = "2021"',
      ),
      lines('# root', '', '[workspace]', 'members = ["a"]'),
      lines('# root', 'workspace = { members = ["a"] }'),
      lines('# root', 'workspace.members = ["a"]'),
    ]) {
      const cwd = writeTree({
        'Cargo.toml': root,
        'a/Cargo.toml': lines('[package]', 'name = "a"', 'version.workspace = true'),
      })
      messages.push(await failure(readManifestVersion('a/Cargo.toml', { cwd })))
    }
    expect(messages.map((message) => /workspace root (\S+) has/.exec(message)?.[1])).toEqual([
      'Cargo.toml:5:1',
      'Cargo.toml:3:1',
      'Cargo.toml:2:1',
      'Cargo.toml:2:1',
    ])
  })

  it('points at the header, not at the keys and tables written before it', async () => {
    const cwd = writeTree({
      // A nightly crate: cargo-features must come before [package].
      'nightly/Cargo.toml': lines(
        'cargo-features = ["edition2024"]',
        '',
        '[package]',
        'name = "nightly"',
        'edition = "2024"',
      ),
      // A virtual workspace whose profile comes first.
      'virtual/Cargo.toml': lines(
        '[profile.release]',
        'lto = true',
        '',
        '[workspace]',
        'members = ["crates/*"]',
        'resolver = "2"',
      ),
    })
    await configurationError(
      () => readManifestVersion('nightly/Cargo.toml', { cwd }),
      'nightly/Cargo.toml:3:1 has a [package] with no version. Add version = "1.2.3" under [package] (or version.workspace = true in a workspace), or remove nightly/Cargo.toml from manifests.',
      { file: 'nightly/Cargo.toml', line: 3, column: 1 },
    )
    await configurationError(
      () => readManifestVersion('virtual/Cargo.toml', { cwd }),
      'virtual/Cargo.toml:4:1 is a workspace root with no [workspace.package] version and no [package]. Add version = "1.2.3" under [workspace.package], or list the member crates\' Cargo.toml files in manifests instead.',
      { file: 'virtual/Cargo.toml', line: 4, column: 1 },
    )
  })

  it('points at the [workspace] header of a root crate below its [package]', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines(
        '[package]',
        'name = "app"',
        'version = "0.4.0"',
        '',
        '[workspace]',
        'members = ["crates/core"]',
      ),
      'crates/core/Cargo.toml': lines('[package]', 'name = "app-core"', 'version.workspace = true'),
    })
    await configurationError(
      () => readManifestVersion('crates/core/Cargo.toml', { cwd }),
      'crates/core/Cargo.toml:3:1 has version.workspace = true, but the workspace root Cargo.toml:5:1 has no [workspace.package] version. Add version = "1.2.3" under [workspace.package] in Cargo.toml.',
      { file: 'Cargo.toml', line: 5, column: 1 },
    )
  })

  it('points at line 1 of a root named by package.workspace that has no [workspace]', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines('[package]', 'name = "app"', 'version = "0.4.0"'),
      'cli/Cargo.toml': lines(
        '[package]',
        'name = "app-cli"',
        'workspace = ".."',
        'version.workspace = true',
      ),
    })
    await configurationError(
      () => readManifestVersion('cli/Cargo.toml', { cwd }),
      'cli/Cargo.toml:4:1 has version.workspace = true, but the workspace root Cargo.toml:1:1 has no [workspace.package] version. Add version = "1.2.3" under [workspace.package] in Cargo.toml.',
      { file: 'Cargo.toml', line: 1, column: 1 },
    )
  })

  it('finds the workspace root inside the workspace', async () => {
    const cwd = writeTree({
      'Cargo.toml': lines('[workspace]', '[workspace.package]', 'version = "9.9.9"'),
      'repo/Cargo.toml': lines('[workspace]', '[workspace.package]', 'version = "2.0.0"'),
      'repo/a/Cargo.toml': lines('[package]', 'name = "a"', 'version.workspace = true'),
    })
    const repo = path.join(cwd, 'repo')
    await expect(
      readManifestVersion('a/Cargo.toml', { cwd: repo, workspace: repo }),
    ).resolves.toMatchObject({ version: '2.0.0', file: 'Cargo.toml' })
  })
})
