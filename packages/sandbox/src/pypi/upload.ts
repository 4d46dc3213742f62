import { createHash, timingSafeEqual } from 'node:crypto'
import type { VerifiedBundle } from '../sigstore/verify-bundle.js'
import { checkAttestations } from './attestations.js'
import { comparePep440, formatPep440, parsePep440, type Pep440Version } from '@tokenless/versioning'
import { commonPath, readTarGz, readZip, type ArchiveMember } from './archives.js'
import { blake2b256Hex } from './blake2b.js'
import type { PostedForm, FormFile } from './multipart.js'
import {
  canonicalVersion,
  isValidPlatformTag,
  normalizeProjectName,
  parseSdistFilename,
  parseWheelFilename,
  PROJECT_NAME_PATTERN,
  pythonRepr,
} from './names.js'
import {
  hashToken,
  type FileRecord,
  type ProjectRecord,
  type PypiState,
  type ReleaseMetadata,
  type ReleaseRecord,
  type TokenRecord,
} from './state.js'
import { WarehouseError } from './warehouse-errors.js'

/** Metadata versions Warehouse accepts (warehouse/forklift/metadata.py). */
const SUPPORTED_METADATA_VERSIONS = new Set([
  '1.0',
  '1.1',
  '1.2',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
])

const CORE_METADATA_URL = 'https://packaging.python.org/specifications/core-metadata'
const LOCAL_VERSION_URL =
  'https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers'
const PEP_527 = 'https://www.python.org/dev/peps/pep-0527'

/** After this many days a release takes no new files. */
const MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS = 14

const EXTENSIONS: Record<string, string[]> = {
  sdist: ['.zip', '.tar.gz'],
  bdist_wheel: ['.whl'],
}

export interface UploadSite {
  /** `https://pypi.org/help/#<anchor>` (test.pypi.org for TestPyPI). */
  helpUrl(anchor: string): string
  /** Verifies a Sigstore bundle (the Sigstore stand-in's); undefined: none to verify with. */
  verifyBundle?: (bundle: unknown) => VerifiedBundle
  /** The OIDC issuer attestation certificates must name. */
  issuer?: string
}

export interface UploadOutcome {
  project: ProjectRecord
  filename: string
  /** The same file (name and digests) was already there: Warehouse answers 200 and keeps one. */
  duplicate: boolean
}

/**
 * Who an Authorization header says the caller is, as Warehouse's security policies decide:
 * HTTP Basic with `__token__` or a `token`/`bearer` scheme carries an API token; Basic with any
 * other user name is refused outright (403), and anything unknown is no identity.
 * @throws WarehouseError 403 for a user name and password.
 */
export function identify(
  state: PypiState,
  site: UploadSite,
  authorization: string | undefined,
): TokenRecord | undefined {
  if (!authorization) return undefined
  const space = authorization.indexOf(' ')
  if (space === -1) return undefined
  const scheme = authorization.slice(0, space).toLowerCase()
  const value = authorization.slice(space + 1)
  let token: string
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    const user = colon === -1 ? decoded : decoded.slice(0, colon)
    if (user !== '__token__') {
      throw new WarehouseError(
        403,
        'Username/Password authentication is no longer supported. Migrate to API Tokens or ' +
          `Trusted Publishers instead. See ${site.helpUrl('apitoken')} and ` +
          site.helpUrl('trusted-publishers'),
      )
    }
    token = (colon === -1 ? '' : decoded.slice(colon + 1)).trim()
  } else if (scheme === 'token' || scheme === 'bearer') token = value
  else return undefined
  if (!token.startsWith('pypi-') || token.length === 'pypi-'.length) return undefined
  return state.tokens.get(hashToken(token))
}

/**
 * Warehouse's `file_upload` (warehouse/forklift/legacy.py) in its order of checks, each failure a
 * WarehouseError with Warehouse's message. Nothing is stored unless every check passes.
 */
export async function uploadFile(
  state: PypiState,
  site: UploadSite,
  token: TokenRecord | undefined,
  form: PostedForm,
): Promise<UploadOutcome> {
  // The `sanitize` decorator: distutils' "UNKNOWN" placeholders are dropped.
  for (const [key, values] of form.fields) {
    if (values.some((value) => value.trim() === 'UNKNOWN')) form.delete(key)
  }
  if (token === undefined) {
    throw new WarehouseError(
      403,
      `Invalid or non-existent authentication information. See ${site.helpUrl('invalid-auth')} for more information.`,
    )
  }
  if ((form.get('protocol_version') ?? '1') !== '1') {
    throw new WarehouseError(400, 'Unknown protocol version.')
  }
  validateUploadForm(form)
  const meta = parseFormMetadata(form)
  const content = form.files.get('content')
  if (content === undefined) throw new WarehouseError(400, 'Upload payload does not have a file.')

  const formName = form.get('name') ?? ''
  let project = state.project(formName)
  const projectName = project?.name ?? formName
  if (project === undefined && token.kind === 'oidc') {
    throw new WarehouseError(
      400,
      'Non-user identities cannot create new projects. This was probably caused by ' +
        'successfully using a pending publisher but specifying the project name incorrectly ' +
        "(either in the publisher or in your project's metadata). Please ensure that both match. " +
        'See: https://docs.pypi.org/trusted-publishers/troubleshooting/',
    )
  }
  authorizeUpload(state, token, project, projectName, normalizeProjectName(formName))

  // From here on Warehouse works inside a transaction that a failure rolls back: the project,
  // release and file below are only kept when every check passes.
  const newProject = project === undefined
  project ??= {
    id: '',
    name: formName,
    normalizedName: normalizeProjectName(formName),
    created: state.now(),
    releases: [],
    lastSerial: 0,
  }
  const canonical = canonicalVersion(meta.version)
  let release = project.releases.find((r) => r.canonicalVersion === canonical)
  const newRelease = release === undefined
  release ??= {
    version: formatPep440(meta.version),
    canonicalVersion: canonical,
    parsed: meta.version,
    created: state.now(),
    yanked: false,
    yankedReason: '',
    metadata: meta.release,
    files: [],
    ordering: 0,
  }

  const filetype = form.get('filetype') as 'sdist' | 'bdist_wheel'
  const filename = content.filename
  validateFilename(filename, filetype)
  if (content.type === '' || content.type.startsWith('image/')) {
    throw new WarehouseError(400, 'Invalid distribution file.')
  }
  const digests = {
    md5: createHash('md5').update(content.data).digest('hex'),
    sha256: createHash('sha256').update(content.data).digest('hex'),
    blake2_256: blake2b256Hex(content.data),
  }
  checkDigests(form, digests)

  const existing = findExistingFile(state, filename, digests.blake2_256)
  if (existing !== undefined) {
    if (
      existing.filename === filename &&
      existing.sha256 === digests.sha256 &&
      existing.blake2_256 === digests.blake2_256
    ) {
      return { project, filename, duplicate: true }
    }
    // Twine's --skip-existing looks for "File already exists" in this message.
    throw new WarehouseError(
      400,
      `File already exists (${pythonRepr(filename)}, with blake2_256 hash ${pythonRepr(digests.blake2_256)}). ` +
        `See ${site.helpUrl('file-name-reuse')} for more information.`,
    )
  }
  const ageLimit = state.now().getTime() - MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS * 86400_000
  if (!newRelease && release.created.getTime() < ageLimit) {
    throw new WarehouseError(
      400,
      `Uploading new files to releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days is not allowed.`,
    )
  }
  if (filetype === 'sdist' && release.files.some((file) => file.packagetype === 'sdist')) {
    throw new WarehouseError(400, 'Only one sdist may be uploaded per release.')
  }
  const members = await checkDistributionFile(filename, content)
  let metadataFile: Buffer | undefined
  if (filetype === 'sdist') checkSdistFilename(filename, project, meta)
  if (filename.endsWith('.whl')) metadataFile = await checkWheel(filename, project, meta, members)
  const attestations = form.get('attestations')
  const provenance =
    attestations === undefined
      ? undefined
      : checkAttestations(attestations, {
          token,
          verify: site.verifyBundle,
          issuer: site.issuer ?? '',
          filename,
          sha256: digests.sha256,
        })

  const file: FileRecord = {
    filename,
    packagetype: filetype,
    pythonVersion: form.get('pyversion') || 'source',
    comment: form.get('comment') || null,
    size: content.data.length,
    ...digests,
    metadataSha256:
      metadataFile === undefined
        ? undefined
        : createHash('sha256').update(metadataFile).digest('hex'),
    metadataFile,
    uploadTime: state.now(),
    path: [
      digests.blake2_256.slice(0, 2),
      digests.blake2_256.slice(2, 4),
      digests.blake2_256.slice(4),
      filename,
    ].join('/'),
    data: content.data,
    ...(provenance === undefined ? {} : { provenance }),
  }
  commit(state, project, newProject, release, newRelease, file, meta.name)
  return { project, filename, duplicate: false }
}

function commit(
  state: PypiState,
  draft: ProjectRecord,
  newProject: boolean,
  release: ReleaseRecord,
  newRelease: boolean,
  file: FileRecord,
  metadataName: string,
): void {
  const project = newProject ? state.createProject(draft.name) : draft
  // The project takes the spelling of the latest upload's name (same normalised name).
  if (project.name !== metadataName) project.name = metadataName
  if (newRelease) {
    project.releases.push(release)
    const sorted = [...project.releases].sort((a, b) => comparePep440(a.parsed, b.parsed))
    sorted.forEach((r, index) => (r.ordering = index))
    state.journal(project)
  }
  release.files.push(file)
  state.journal(project)
}

/**
 * The caveats of the token for this project, in the order Warehouse checks them.
 * @throws WarehouseError 403 `Invalid API Token: ...`.
 */
function authorizeUpload(
  state: PypiState,
  token: TokenRecord,
  project: ProjectRecord | undefined,
  projectName: string,
  normalizedName: string,
): void {
  const deny = (reason: string): never => {
    throw new WarehouseError(403, `Invalid API Token: ${reason}`)
  }
  if (token.kind === 'api-token') {
    if (token.projects !== undefined && !token.projects.includes(normalizedName)) {
      deny(`project-scoped token is not valid for project: ${pythonRepr(projectName)}`)
    }
    return
  }
  if (project === undefined || !token.publisher.projects.has(project)) {
    deny(`OIDC scoped token is not valid for project '${projectName}'`)
  }
  if (project === undefined || !token.projectIds.includes(project.id)) {
    deny(`project-scoped token is not valid for project: ${pythonRepr(projectName)}`)
  }
  const now = Math.floor(state.now().getTime() / 1000)
  if (now < token.notBefore || now >= token.expiresAt) deny('token is expired')
}

/** UploadForm (warehouse/forklift/forms.py) and Warehouse's way of reporting its first error. */
function validateUploadForm(form: PostedForm): void {
  const errors = new Map<string, string>()
  const name = form.get('name') ?? ''
  if (name === '') errors.set('name', 'This field is required.')
  else if (!PROJECT_NAME_PATTERN.test(name)) {
    errors.set(
      'name',
      "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.",
    )
  }
  const filetype = form.get('filetype') ?? ''
  if (filetype === '') errors.set('filetype', 'This field is required.')
  else if (!Object.hasOwn(EXTENSIONS, filetype)) errors.set('filetype', 'Use a known file type.')
  for (const [field, label] of [
    ['sha256_digest', 'SHA256'],
    ['blake2_256_digest', 'BLAKE2'],
  ] as const) {
    const value = form.get(field)
    if (value && !/^[A-F0-9]{64}$/i.test(value)) {
      errors.set(field, `Use a valid, hex-encoded, ${label} message digest.`)
    }
  }
  const first = errors.get('name') !== undefined ? 'name' : [...errors.keys()].sort()[0]
  if (first !== undefined) {
    const error = errors.get(first) ?? ''
    if (first === 'name') {
      const shown = name.length > 60 ? `${name.slice(0, 30)}...${name.slice(-30)}` : name
      throw new WarehouseError(
        400,
        `${pythonRepr(shown)} is an invalid value for Name. Error: ${error} See ${CORE_METADATA_URL} for more information.`,
      )
    }
    throw new WarehouseError(400, `Invalid value for ${first}. Error: ${error}`)
  }
  const pyversion = form.get('pyversion') ?? ''
  if (filetype !== 'sdist' && pyversion === '') {
    throw new WarehouseError(
      400,
      'Invalid value for pyversion. Error: Python version is required for binary distribution uploads.',
    )
  }
  if (filetype === 'sdist' && pyversion !== '' && pyversion !== 'source') {
    throw new WarehouseError(
      400,
      "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.",
    )
  }
  if (!form.get('md5_digest') && !form.get('sha256_digest') && !form.get('blake2_256_digest')) {
    throw new WarehouseError(400, 'Error: Include at least one message digest.')
  }
}

interface UploadMetadata {
  name: string
  version: Pep440Version
  release: ReleaseMetadata
}

/**
 * The core metadata in the form fields, checked as packaging's Metadata.from_raw and Warehouse's
 * own rules do for the fields a release depends on (metadata version, name, version).
 */
function parseFormMetadata(form: PostedForm): UploadMetadata {
  const one = (field: string): string | null => {
    const value = form.get(field)
    return value === undefined || value === '' ? null : value
  }
  const many = (field: string): string[] | null => {
    const values = form.getAll(field).filter((value) => value !== '')
    return values.length === 0 ? null : values
  }
  const errors: Array<{ field: string; message: string; see?: string }> = []
  const metadataVersion = one('metadata_version')
  if (metadataVersion === null || !SUPPORTED_METADATA_VERSIONS.has(metadataVersion)) {
    const shown = metadataVersion === null ? 'None' : pythonRepr(metadataVersion)
    errors.push({ field: 'metadata-version', message: `${shown} is not a valid metadata version` })
  }
  const rawVersion = one('version')
  const version = rawVersion === null ? undefined : parsePep440(rawVersion)
  if (rawVersion === null) {
    errors.push({ field: 'version', message: "'version' is a required field" })
  } else if (version === undefined) {
    errors.push({ field: 'version', message: `${pythonRepr(rawVersion)} is invalid for 'version'` })
  } else if (version.local !== undefined) {
    errors.push({
      field: 'version',
      message: `The use of local versions in ${pythonRepr(formatPep440(version))} is not allowed.`,
      see: LOCAL_VERSION_URL,
    })
  }
  const error =
    errors.find((e) => e.field === 'metadata-version') ?? errors.find((e) => e.field === 'version')
  if (error !== undefined) {
    const message = error.message.endsWith('.') ? error.message : `${error.message}.`
    throw new WarehouseError(
      400,
      `${message} See ${error.see ?? CORE_METADATA_URL} for more information.`,
    )
  }
  const keywords = one('keywords')
  const projectUrls = many('project_urls')
  return {
    name: form.get('name') ?? '',
    version: version as Pep440Version,
    release: {
      summary: one('summary'),
      description: one('description') ?? '',
      descriptionContentType: one('description_content_type'),
      keywords:
        keywords === null
          ? null
          : keywords
              .split(',')
              .map((keyword) => keyword.trim())
              .join(', '),
      license: one('license'),
      licenseExpression: one('license_expression'),
      licenseFiles: many('license_file'),
      classifiers: many('classifiers') ?? [],
      author: one('author'),
      authorEmail: one('author_email'),
      maintainer: one('maintainer'),
      maintainerEmail: one('maintainer_email'),
      requiresPython: one('requires_python'),
      platform: many('platform')?.[0] ?? null,
      homePage: one('home_page'),
      downloadUrl: one('download_url'),
      projectUrls:
        projectUrls === null
          ? null
          : Object.fromEntries(
              projectUrls.map((entry) => {
                const comma = entry.indexOf(',')
                return comma === -1
                  ? [entry.trim(), '']
                  : [entry.slice(0, comma).trim(), entry.slice(comma + 1).trim()]
              }),
            ),
      requiresDist: many('requires_dist'),
      providesExtra: many('provides_extra'),
      dynamic: many('dynamic')?.map(titleCase) ?? null,
    },
  }
}

function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, before: string, letter: string) => {
    return `${before}${letter.toUpperCase()}`
  })
}

function validateFilename(filename: string, filetype: string): void {
  if ([...filename].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)) {
    throw new WarehouseError(
      400,
      'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    )
  }
  if (filename.includes('/') || filename.includes('\\')) {
    throw new WarehouseError(400, "Cannot upload a file with '/' or '\\' in the name.")
  }
  const extension = /.+?(\.(tar\.gz|zip|whl))$/i.exec(filename)?.[1]
  if (extension === undefined) {
    throw new WarehouseError(
      400,
      `Invalid file extension: Use .tar.gz, .whl or .zip extension. See ${PEP_527} and https://peps.python.org/pep-0715/ for more information`,
    )
  }
  if (!(EXTENSIONS[filetype] ?? []).includes(extension)) {
    throw new WarehouseError(
      400,
      `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See ${PEP_527} for more information.`,
    )
  }
}

/** Every digest the client sent must match the bytes (compared as lowercase hex). */
function checkDigests(
  form: PostedForm,
  digests: { md5: string; sha256: string; blake2_256: string },
): void {
  for (const [name, value] of Object.entries(digests)) {
    const supplied = form.get(`${name}_digest`)?.toLowerCase()
    if (!supplied) continue
    const matches =
      supplied.length === value.length && timingSafeEqual(Buffer.from(supplied), Buffer.from(value))
    if (!matches) {
      throw new WarehouseError(
        400,
        'The digest supplied does not match a digest calculated from the uploaded file.',
      )
    }
  }
}

/** A file with this name, or these bytes, anywhere on the index. */
function findExistingFile(
  state: PypiState,
  filename: string,
  blake2: string,
): FileRecord | undefined {
  for (const file of state.allFiles()) {
    if (file.filename === filename || file.blake2_256 === blake2) return file
  }
  return undefined
}

/** Warehouse's `_is_valid_dist_file`: the archive opens and holds PKG-INFO or WHEEL. */
async function checkDistributionFile(
  filename: string,
  content: FormFile,
): Promise<ArchiveMember[]> {
  const invalid = (message: string): never => {
    throw new WarehouseError(400, `Invalid distribution file. ${message}`)
  }
  if (filename.endsWith('.zip') || filename.endsWith('.whl')) {
    const members = (await readZip(content.data)) ?? invalid('File is not a zipfile')
    if (members.some((member) => member.method !== 0 && member.method !== 8)) {
      invalid('File does not use a supported compression type')
    }
    const names = members.map((member) => member.name)
    if (filename.endsWith('.zip')) {
      const top = commonPath(names)
      if (top === '' || top === '.' || top === '/') {
        invalid('Incorrect number of top-level directories in sdist')
      }
      if (!names.includes(`${top}/PKG-INFO`)) invalid(`PKG-INFO not found at ${top}/PKG-INFO`)
    } else {
      const [name, version, rest] = splitWheelName(filename)
      if (rest === undefined) invalid('Unable to parse name and version from wheel filename')
      const target = `${name}-${version}.dist-info/WHEEL`
      if (!names.includes(target)) invalid(`WHEEL not found at ${target}`)
    }
    return members
  }
  const members = (await readTarGz(content.data)) ?? invalid('File is not a tarfile')
  const names = members.map((member) => member.name)
  const top = commonPath(names)
  if (top === '' || top === '.' || top === '/') {
    invalid('Incorrect number of top-level directories in sdist')
  }
  if (!names.includes(`${top}/PKG-INFO`)) invalid(`PKG-INFO not found at ${top}/PKG-INFO`)
  return members
}

/** `filename.split("-", 2)`. */
function splitWheelName(filename: string): [string, string | undefined, string | undefined] {
  const first = filename.indexOf('-')
  if (first === -1) return [filename, undefined, undefined]
  const second = filename.indexOf('-', first + 1)
  if (second === -1) return [filename.slice(0, first), filename.slice(first + 1), undefined]
  return [filename.slice(0, first), filename.slice(first + 1, second), filename.slice(second + 1)]
}

/** PEP 625: `<normalised_name>-<normalised version>.tar.gz`, named for this project. */
function checkSdistFilename(filename: string, project: ProjectRecord, meta: UploadMetadata): void {
  const parsed = parseSdistFilename(filename)
  if (parsed === undefined) {
    throw new WarehouseError(400, `Invalid source distribution filename: ${filename}`)
  }
  if (parsed.name !== project.normalizedName) {
    throw new WarehouseError(
      400,
      `Start filename for ${pythonRepr(project.name)} with ${pythonRepr(project.normalizedName.replace(/-/g, '_'))}.`,
    )
  }
  const expected = `${project.normalizedName.replace(/-/g, '_')}-${formatPep440(meta.version)}.tar.gz`
  if (filename !== expected) {
    throw new WarehouseError(
      400,
      `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expected)}.`,
    )
  }
}

/** A wheel's file name, platform, name, version, RECORD and METADATA; returns METADATA. */
async function checkWheel(
  filename: string,
  project: ProjectRecord,
  meta: UploadMetadata,
  members: ArchiveMember[],
): Promise<Buffer> {
  let parsed
  try {
    parsed = parseWheelFilename(filename)
  } catch (error) {
    throw new WarehouseError(400, (error as Error).message)
  }
  for (const platform of parsed.platforms) {
    if (!isValidPlatformTag(platform)) {
      throw new WarehouseError(
        400,
        `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`,
      )
    }
  }
  const canonicalName = normalizeProjectName(meta.name)
  if (canonicalName !== parsed.name) {
    throw new WarehouseError(
      400,
      `Start filename for ${pythonRepr(project.name)} with ${pythonRepr(canonicalName.replace(/-/g, '_'))}.`,
    )
  }
  const normalizedName = project.normalizedName.replace(/-/g, '_')
  if (parsed.rawName !== normalizedName) {
    throw new WarehouseError(
      400,
      `Filename ${pythonRepr(filename)} should contain the normalized project name ${pythonRepr(normalizedName)}, not ${pythonRepr(parsed.rawName)}.`,
    )
  }
  if (comparePep440(meta.version, parsed.version) !== 0) {
    throw new WarehouseError(
      400,
      `Version in filename should be ${pythonRepr(formatPep440(meta.version))} not ${pythonRepr(formatPep440(parsed.version))}.`,
    )
  }
  const [name, version] = splitWheelName(filename)
  const distInfo = `${name}-${version ?? ''}.dist-info`
  const find = (path: string): ArchiveMember | undefined =>
    members.find((member) => member.name === path)
  if (find(`${distInfo}/RECORD`) === undefined) {
    throw new WarehouseError(
      400,
      `Wheel '${filename}' does not contain the required RECORD file: ${distInfo}/RECORD`,
    )
  }
  const metadata = find(`${distInfo}/METADATA`)
  if (metadata === undefined) {
    throw new WarehouseError(
      400,
      `Wheel '${filename}' does not contain the required METADATA file: ${distInfo}/METADATA`,
    )
  }
  return metadata.read()
}
