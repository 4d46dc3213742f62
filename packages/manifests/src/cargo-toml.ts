import { stat } from 'node:fs/promises'
import path from 'node:path'

import { isInside } from '@tokenless/platform'

import { configurationError, displayPath, formatWhere, readManifestText } from './manifest-file.js'
import type { ManifestReadOptions, ManifestReference } from './manifest-file.js'
import type { ManifestKind } from './manifest-spec.js'
import { manifestVersion } from './manifest-version.js'
import type { ManifestVersion } from './manifest-version.js'
import {
  getTomlString,
  getTomlValue,
  isTable,
  locateTomlKey,
  locateTomlValue,
  parseTomlManifest,
  requireTomlString,
} from './toml-document.js'
import type { TomlManifest } from './toml-document.js'

export interface CargoVersionOptions extends ManifestReadOptions {
  kind?: ManifestKind
  /** The setting that named this Cargo.toml, when it is not itself in `manifests` (maturin). */
  reference?: ManifestReference
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/**
 * The workspace root of a crate: the Cargo.toml named by `package.workspace`, or the nearest one
 * with a `[workspace]` table, starting with the crate's own.
 */
async function findWorkspaceRoot(
  cwd: string,
  member: TomlManifest,
  workspace: string | undefined,
): Promise<TomlManifest | undefined> {
  const explicit = getTomlString(member.data, ['package', 'workspace'])
  const fix = `Fix the workspace's Cargo.toml, or remove ${member.file} from manifests.`
  if (explicit !== undefined) {
    const file = path.join(path.dirname(member.absolute), explicit, 'Cargo.toml')
    const reference = {
      file: member.file,
      ...locateTomlKey(member, ['package', 'workspace']),
      source: '[package].workspace',
    }
    return parseTomlManifest(await readManifestText(cwd, file, reference, workspace), fix)
  }
  if (isTable(member.data.workspace)) return member
  for (let dir = path.dirname(path.dirname(member.absolute)); ; dir = path.dirname(dir)) {
    // The search stops at the workspace: nothing above the checked-out repository is read.
    if (workspace !== undefined && !isInside(path.resolve(workspace), dir)) return undefined
    const file = path.join(dir, 'Cargo.toml')
    if (await isFile(file)) {
      const candidate = parseTomlManifest(
        await readManifestText(cwd, file, undefined, workspace),
        fix,
      )
      if (isTable(candidate.data.workspace)) return candidate
    }
    if (path.dirname(dir) === dir) return undefined
  }
}

/**
 * Reads `[package].version` of a Cargo.toml, following `version.workspace = true` to the
 * workspace root's `[workspace.package].version`; a root with no `[package]` gives that.
 */
export async function readCargoVersion(
  cwd: string,
  spec: { spec: string; file: string },
  options: CargoVersionOptions = {},
): Promise<ManifestVersion> {
  const kind = options.kind ?? 'cargo'
  const manifest = parseTomlManifest(
    await readManifestText(cwd, spec.file, options.reference, options.workspace),
  )
  const { file, data } = manifest
  const packageTable = data.package
  const packageName = getTomlString(data, ['package', 'name'])
  const versionPath = ['package', 'version']

  if (isTable(packageTable)) {
    if (!Object.hasOwn(packageTable, 'version')) {
      const position = manifest.layout.findTable(['package']) ?? { line: 1, column: 1 }
      throw configurationError(
        `${formatWhere(file, position)} has a [package] with no version. Add version = "1.2.3" under [package] (or version.workspace = true in a workspace), or remove ${file} from manifests.`,
        file,
        position,
      )
    }
    const value = packageTable.version
    if (!(isTable(value) && value.workspace === true)) {
      return manifestVersion({
        spec: spec.spec,
        file,
        ...locateTomlValue(manifest, versionPath),
        version: requireTomlString(manifest, versionPath, value),
        kind,
        packageName,
        source: '[package].version',
        via: options.reference,
      })
    }
    const position = locateTomlKey(manifest, versionPath)
    const root = await findWorkspaceRoot(cwd, manifest, options.workspace)
    if (root === undefined) {
      throw configurationError(
        `${formatWhere(file, position)} has version.workspace = true, but no Cargo.toml with a [workspace] table was found in ${displayPath(cwd, path.dirname(path.dirname(manifest.absolute)))} or above. Check out the whole workspace, or set version = "1.2.3" under [package].`,
        file,
        position,
      )
    }
    const inherited = getTomlValue(root.data, ['workspace', 'package', 'version'])
    if (inherited === undefined) {
      const rootPosition = root.layout.findTable(['workspace', 'package']) ??
        root.layout.findTable(['workspace']) ?? { line: 1, column: 1 }
      throw configurationError(
        `${formatWhere(file, position)} has version.workspace = true, but the workspace root ${formatWhere(root.file, rootPosition)} has no [workspace.package] version. Add version = "1.2.3" under [workspace.package] in ${root.file}.`,
        root.file,
        rootPosition,
      )
    }
    const rootPath = ['workspace', 'package', 'version']
    return manifestVersion({
      spec: spec.spec,
      file: root.file,
      ...locateTomlValue(root, rootPath),
      version: requireTomlString(root, rootPath, inherited),
      kind,
      packageName,
      source: '[workspace.package].version',
      via: { file, ...position, source: 'version.workspace = true' },
    })
  }

  const workspaceVersionPath = ['workspace', 'package', 'version']
  const workspaceVersion = getTomlValue(data, workspaceVersionPath)
  if (workspaceVersion !== undefined) {
    return manifestVersion({
      spec: spec.spec,
      file,
      ...locateTomlValue(manifest, workspaceVersionPath),
      version: requireTomlString(manifest, workspaceVersionPath, workspaceVersion),
      kind,
      source: '[workspace.package].version',
      via: options.reference,
    })
  }
  if (isTable(data.workspace)) {
    const position = manifest.layout.findTable(['workspace']) ?? { line: 1, column: 1 }
    throw configurationError(
      `${formatWhere(file, position)} is a workspace root with no [workspace.package] version and no [package]. Add version = "1.2.3" under [workspace.package], or list the member crates' Cargo.toml files in manifests instead.`,
      file,
      position,
    )
  }
  throw configurationError(
    `${file} has no [package] or [workspace] table. Add [package] with version = "1.2.3", or remove ${file} from manifests.`,
    file,
    { line: 1 },
  )
}
