import { formatPep440, parsePep440, type Pep440Version } from '@tokenless/versioning'

/** PEP 503 normalisation: runs of `-`, `_`, `.` become one `-`, lowercased. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase()
}

/** Warehouse's PROJECT_NAME_RE (matched case-insensitively). */
export const PROJECT_NAME_PATTERN = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i

/** packaging's canonicalize_version: the normalised form without trailing `.0` release parts. */
export function canonicalVersion(version: Pep440Version): string {
  const release = [...version.release]
  while (release.length > 1 && release.at(-1) === 0) release.pop()
  return formatPep440({ ...version, release })
}

/** Python's `repr()` of a str, as Warehouse's messages write names with `!r`. */
export function pythonRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
  let out = ''
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\') out += '\\\\'
    else if (char === quote) out += `\\${quote}`
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += char
  }
  return `${quote}${out}${quote}`
}

/** Python's `repr()` of a list of str: `['a', 'b']`. */
export function pythonListRepr(values: readonly string[]): string {
  return `[${values.map(pythonRepr).join(', ')}]`
}

export interface WheelFilename {
  /** Canonical (PEP 503) name. */
  name: string
  /** The name as written in the file name. */
  rawName: string
  version: Pep440Version
  platforms: string[]
}

/**
 * packaging.utils.parse_wheel_filename, with its messages.
 * @throws Error with packaging's InvalidWheelFilename text.
 */
export function parseWheelFilename(filename: string): WheelFilename {
  if (!filename.endsWith('.whl')) {
    throw new Error(`Invalid wheel filename (extension must be '.whl'): ${pythonRepr(filename)}`)
  }
  const stem = filename.slice(0, -4)
  const dashes = stem.split('-').length - 1
  if (dashes !== 4 && dashes !== 5) {
    throw new Error(`Invalid wheel filename (wrong number of parts): ${pythonRepr(stem)}`)
  }
  const parts = stem.split('-')
  const rawName = parts[0] ?? ''
  if (rawName.includes('__') || !/^[\p{L}\p{N}_.]*$/u.test(rawName)) {
    throw new Error(`Invalid project name: ${pythonRepr(stem)}`)
  }
  const version = parsePep440(parts[1] ?? '')
  if (version === undefined) {
    throw new Error(`Invalid wheel filename (invalid version): ${pythonRepr(stem)}`)
  }
  if (dashes === 5 && !/^\d/.test(parts[2] ?? '')) {
    throw new Error(`Invalid build number: ${parts[2] ?? ''} in ${pythonRepr(stem)}`)
  }
  return {
    name: normalizeProjectName(rawName),
    rawName,
    version,
    platforms: (parts.at(-1) ?? '').split('.'),
  }
}

/** packaging.utils.parse_sdist_filename; undefined where packaging raises. */
export function parseSdistFilename(
  filename: string,
): { name: string; version: Pep440Version } | undefined {
  const stem = filename.endsWith('.tar.gz')
    ? filename.slice(0, -7)
    : filename.endsWith('.zip')
      ? filename.slice(0, -4)
      : undefined
  if (stem === undefined) return undefined
  const dash = stem.lastIndexOf('-')
  if (dash === -1) return undefined
  const version = parsePep440(stem.slice(dash + 1))
  if (version === undefined) return undefined
  return { name: normalizeProjectName(stem.slice(0, dash)), version }
}

const ALLOWED_PLATFORMS = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
])
const MACOSX_ARCHES = new Set([
  'ppc',
  'ppc64',
  'i386',
  'x86_64',
  'arm64',
  'intel',
  'fat',
  'fat3',
  'fat64',
  'universal',
  'universal2',
])
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26'])
const LINUX_ARCHES = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'])

/** Warehouse's `_valid_platform_tag`: PyPI refuses wheels for platforms it cannot vouch for. */
export function isValidPlatformTag(tag: string): boolean {
  if (ALLOWED_PLATFORMS.has(tag)) return true
  const mac = /^macosx_(\d+)_(\d+)_(.*)$/.exec(tag)
  if (mac !== null) {
    const [, major = '', minor = '', arch = ''] = mac
    if (major === '10' && MACOSX_ARCHES.has(arch)) return true
    if (MACOSX_MAJORS.has(major) && minor === '0' && MACOSX_ARCHES.has(arch)) return true
  }
  const linux = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/.exec(tag)
  if (linux !== null) {
    const arch = linux[4] ?? ''
    return LINUX_ARCHES.has(arch) || (linux[1] === 'many' && arch === 'ppc64')
  }
  const ios = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/.exec(tag)
  if (ios !== null && ['arm64', 'x86_64'].includes(ios[3] ?? '')) return true
  const android = /^android_(\d+)_(.*)$/.exec(tag)
  if (android !== null && ['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64'].includes(android[2] ?? ''))
    return true
  return /^pyemscripten_\d+_\d+_wasm32/.test(tag)
}
