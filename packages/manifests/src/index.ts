export { parseManifestSpec, splitManifestList } from './manifest-spec.js'
export type { ManifestKind, ManifestSpec } from './manifest-spec.js'
export type { ManifestReference, ManifestVersion } from './manifest-version.js'
export {
  DEFAULT_MANIFESTS,
  detectManifests,
  readManifestVersion,
  readManifestVersions,
} from './read-manifest.js'
export type { ReadManifestOptions } from './read-manifest.js'
export { findWorkspacePackage, listWorkspacePackages } from './npm-workspaces.js'
export { readPackageJsonVersion } from './package-json.js'
export { readPyprojectVersion } from './pyproject.js'
export { readCargoVersion } from './cargo-toml.js'
export { findPythonAssignment, readPythonModuleVersion } from './python-module.js'
export { formatJsonPointer, parseJsonPointer, readJsonPointerVersion } from './json-pointer.js'
export { readRegexVersion } from './regex-file.js'
export { parseJsonDocument, JsonSyntaxError } from './json-document.js'
export type { JsonMember, JsonNode } from './json-document.js'
export { LineIndex, scanTomlLayout, TomlLayout } from './line-locator.js'
export type { Position, TomlKeyLocation, TomlTableLocation } from './line-locator.js'
export * from './manifest-error.js'
