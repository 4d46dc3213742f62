export const id = 399;
export const ids = [399,425];
export const modules = {

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishPythonDistribution: () => (/* binding */ publishPythonDistribution)
/* harmony export */ });
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6398);
/* harmony import */ var _tokenless_artifacts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9425);
/* harmony import */ var _tokenless_oidc__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7922);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1813);




/** The files PyPI has for a release, from its JSON API; empty when the release does not exist. */
async function releaseFiles(root, name, version) {
    // Size and time limits are httpRequest's defaults (50 MiB, 120 s); a 429 or 5xx is retried.
    const response = await (0,_tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .aj)(`${root}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`, { headers: { accept: 'application/json' }, retries: 2 });
    if (response.status === 404)
        return [];
    if (!response.ok)
        throw new Error(`${root} answered HTTP ${response.status} when asked which files ${name} ${version} has. Check that the registry input names PyPI, TestPyPI or an index with the PyPI JSON API and that it is up, then rerun the job: what is already published is skipped.`);
    return (await response.json()).urls ?? [];
}
/** Core metadata header -> legacy upload form field (what twine sends). */
const FORM_FIELDS = {
    'Metadata-Version': 'metadata_version',
    Summary: 'summary',
    'Home-page': 'home_page',
    Author: 'author',
    'Author-email': 'author_email',
    Maintainer: 'maintainer',
    'Maintainer-email': 'maintainer_email',
    License: 'license',
    'License-Expression': 'license_expression',
    Keywords: 'keywords',
    Classifier: 'classifiers',
    'Requires-Dist': 'requires_dist',
    'Requires-Python': 'requires_python',
    'Project-URL': 'project_urls',
    'Provides-Extra': 'provides_extra',
    'Description-Content-Type': 'description_content_type',
    Platform: 'platform',
    'Download-URL': 'download_url',
};
function uploadForm(dist, attestations) {
    const form = new FormData();
    form.append(':action', 'file_upload');
    form.append('protocol_version', '1');
    form.append('name', dist.name);
    form.append('version', dist.version);
    form.append('filetype', dist.filetype);
    form.append('pyversion', dist.pyversion);
    form.append('md5_digest', dist.md5);
    form.append('sha256_digest', dist.sha256);
    for (const [header, field] of Object.entries(FORM_FIELDS)) {
        for (const value of dist.metadata.fields.get(header) ?? [])
            form.append(field, value);
    }
    if (dist.metadata.description.trim())
        form.append('description', dist.metadata.description);
    if (attestations !== undefined)
        form.append('attestations', attestations);
    form.append('content', new Blob([new Uint8Array(dist.data)]), dist.filename);
    return form;
}
/** Uploads one distribution through the legacy API, skipping it when PyPI has the same bytes. */
async function publishPythonDistribution(inputs, dist, token, attestations) {
    const root = (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_2__/* .pypiOidcRoot */ .YT)(inputs.registry.uploadUrl);
    const outcome = (result, detail) => ({
        id: `${dist.name}@${dist.version} (${dist.filename})`,
        registry: root,
        result,
        detail,
    });
    const existing = (await releaseFiles(root, dist.name, dist.version)).find((file) => file.filename === dist.filename);
    if (existing) {
        if (existing.digests?.sha256 === dist.sha256) {
            return inputs.skipExisting
                ? outcome('skipped', 'already uploaded with the same sha256')
                : outcome('failed', `${dist.filename} is already on ${root} (same content) and skip-existing is false.`);
        }
        return outcome('failed', `version ${dist.version} of ${dist.name} is already published with different content (${dist.filename}: sha256 ${existing.digests?.sha256 ?? '?'} there, ${dist.sha256} here); PyPI never accepts a file name twice: publish a new version.`);
    }
    const response = await fetch(inputs.registry.uploadUrl, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}` },
        body: uploadForm(dist, attestations),
    });
    if (!response.ok) {
        const text = (await response.text())
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        return outcome('failed', `upload refused: HTTP ${response.status} ${response.statusText}${text ? `: ${text.slice(0, 300)}` : ''}`);
    }
    if (!inputs.verify)
        return outcome('published', 'not verified (verify: false)');
    const seconds = await (0,_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .waitUntil */ .a)(async () => (await releaseFiles(root, dist.name, dist.version)).some((file) => file.filename === dist.filename && file.digests?.sha256 === dist.sha256), inputs.verifyTimeoutSeconds);
    return seconds === undefined
        ? outcome('failed', `uploaded, but ${root} did not list ${dist.filename} with its sha256 within ${inputs.verifyTimeoutSeconds} s.`)
        : outcome('published', `served with matching sha256 after ${seconds.toFixed(1)} s`);
}


/***/ }),

/***/ 9425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OO: () => (/* reexport */ readNpmTarball),
  readPythonDistribution: () => (/* reexport */ readPythonDistribution)
});

// UNUSED EXPORTS: ArtifactError, normaliseEntryName, parseCoreMetadata, refuseUnsafeMembers, tarGzMembers, zipMembers

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 2 modules
var src = __webpack_require__(7961);
;// CONCATENATED MODULE: ./packages/artifacts/src/artifact-error.ts

/** A package file (npm tarball, wheel, sdist) that is not safe or not valid to publish: the message says what was found, where, and the fix. */
class ArtifactError extends src/* ConfigurationError */.j1 {
    name = 'ArtifactError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/artifacts/src/archive-checks.ts

/** An entry name as an extractor places it: `./`, empty and `.` parts dropped. */
function normaliseEntryName(name) {
    return name
        .split('/')
        .filter((part) => part !== '' && part !== '.')
        .join('/');
}
/**
 * Refuses an archive that a registry's readers could read otherwise than this one: the same
 * entry twice (extractors keep the last copy, this reader the first), absolute paths and `..`
 * (written outside the package), links and special files, and, in a zip, a local header whose
 * name is not the central directory's. `strip` drops leading path parts before comparing names,
 * as npm extracts a package tarball (`strip: 1`: `package/x` and `other/x` are the same file).
 */
function refuseUnsafeMembers(archive, members, options) {
    const seen = new Set();
    const rebuild = `Rebuild it with ${options.maker} and publish what that makes.`;
    for (const member of members) {
        const shown = JSON.stringify(member.name);
        if (member.name.startsWith('/') ||
            /^[A-Za-z]:/.test(member.name) ||
            member.name.split(/[/\\]/).includes('..')) {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds the entry ${shown}, an absolute path or one with "..", which would be written outside the package when unpacked. ${rebuild}`, { input: 'packages' });
        }
        if (member.type !== 'file' && member.type !== 'directory') {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds the entry ${shown}, which is a ${member.type === 'special' ? 'device, FIFO or other special file' : member.type}: a package carries regular files only. ${rebuild}`, { input: 'packages' });
        }
        if (member.localName !== undefined && member.localName !== member.name) {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} names an entry ${shown} in its central directory and ${JSON.stringify(member.localName)} in the entry itself: readers would disagree on what it holds. ${rebuild}`, { input: 'packages' });
        }
        if (member.type === 'directory')
            continue;
        const key = normaliseEntryName(member.name)
            .split('/')
            .slice(options.strip ?? 0)
            .join('/');
        if (key === '')
            continue;
        if (seen.has(key)) {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds ${JSON.stringify(key)} twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. ${rebuild}`, { input: 'packages' });
        }
        seen.add(key);
    }
}

// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(8321);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/artifacts/src/archive-members.ts





/**
 * The members of a ZIP file (ZIP64 included) from its central directory, or undefined when `data`
 * is not one (as Python's `zipfile` fails to open it).
 */
async function zipMembers(data) {
    try {
        // Names are decoded here, not by yauzl, which would refuse `..` and absolute names as a
        // broken archive: the checks refuse them with what to do.
        const zip = await yauzl.fromBufferPromise(data, { decodeStrings: false });
        const members = [];
        for await (const entry of zip.eachEntry())
            members.push(await zipMember(zip, entry));
        return members;
    }
    catch {
        return undefined;
    }
}
async function zipMember(zip, entry) {
    // As Python's zipfile: UTF-8 when the entry's flag says so, else CP437; no other field consulted.
    const decode = (raw) => yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], true);
    const name = decode(entry.fileNameRaw);
    const local = await zip.readLocalFileHeaderPromise(entry).catch(() => undefined);
    // Unix "made by" (3) keeps the mode in the high 16 bits of the external attributes.
    const mode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
    const format = mode & 0o170000;
    return {
        name,
        method: entry.compressionMethod,
        type: format === 0o120000
            ? 'symlink'
            : format !== 0 && format !== 0o100000 && format !== 0o040000
                ? 'special'
                : name.endsWith('/')
                    ? 'directory'
                    : 'file',
        ...(local === undefined ? {} : { localName: decode(local.fileName) }),
        read: async () => (0,consumers_.buffer)(await zip.openReadStreamPromise(entry)),
    };
}
/**
 * The members of a gzip-compressed tar file, or undefined when `data` is not one (as
 * `tarfile.open(mode="r:gz")` fails). ustar prefixes, pax headers and GNU long names are
 * tar-stream's.
 */
async function tarGzMembers(data) {
    let tar;
    try {
        tar = await (0,external_node_util_.promisify)(external_node_zlib_.gunzip)(data);
    }
    catch {
        return undefined;
    }
    // Python's tarfile reads pre-POSIX (v7) archives too (an option tar-stream's types leave out).
    const options = {
        allowUnknownFormat: true,
    };
    const entries = (0,tar_stream.extract)(options);
    entries.end(tar);
    const members = [];
    try {
        for await (const entry of entries) {
            const content = await (0,consumers_.buffer)(entry);
            // tarfile drops the trailing slash of directory names.
            const name = entry.header.name.replace(/\/+$/, '');
            members.push({
                name,
                type: tarEntryType(entry.header.type),
                read: () => Promise.resolve(content),
            });
        }
    }
    catch {
        return undefined;
    }
    return members;
}
/** tar-stream's type of an entry; null for a type flag it does not know. */
function tarEntryType(type) {
    if (type === 'file' || type === 'contiguous-file')
        return 'file';
    if (type === 'directory')
        return 'directory';
    if (type === 'link')
        return 'hardlink';
    if (type === 'symlink')
        return 'symlink';
    return 'special';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/versioning/src/index.ts + 13 modules
var versioning_src = __webpack_require__(829);
;// CONCATENATED MODULE: ./packages/artifacts/src/package-metadata.ts







/** Parses the email-header format of Python core metadata. */
function parseCoreMetadata(text) {
    const fields = new Map();
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    let index = 0;
    let last;
    for (; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last !== undefined) {
            const values = fields.get(last) ?? [];
            values[values.length - 1] = `${values.at(-1) ?? ''}\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon === -1)
            continue;
        last = line.slice(0, colon).trim();
        fields.set(last, [...(fields.get(last) ?? []), line.slice(colon + 1).trim()]);
    }
    return { fields, description: lines.slice(index + 1).join('\n') };
}
function digest(algorithm, data) {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex');
}
/** Control characters shown as `?`: names and versions come from the archive. */
function printable(text) {
    return [...text].map((char) => (char < ' ' || char === '\x7f' ? '?' : char)).join('');
}
/** PEP 503 name normalisation (`Demo_Pkg` -> `demo-pkg`). */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function sameVersion(a, b) {
    const left = (0,versioning_src/* parsePep440 */.FB)(a);
    const right = (0,versioning_src/* parsePep440 */.FB)(b);
    return left !== undefined && right !== undefined ? (0,versioning_src/* comparePep440 */.PG)(left, right) === 0 : a === b;
}
const PYTHON_MAKER = 'python -m build';
/** The one metadata file of a distribution: `*.dist-info/METADATA` or `<top>/PKG-INFO`. */
function metadataMember(filename, members, pattern, what) {
    const found = members.filter((member) => pattern.test(normaliseEntryName(member.name)));
    if (found.length === 0) {
        throw new ArtifactError('TL_DIST_METADATA', `${filename} has no ${what}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    if (found.length > 1) {
        throw new ArtifactError('TL_DIST_METADATA', `${filename} holds ${found.length} metadata files (${found.map((member) => JSON.stringify(member.name)).join(', ')}): PyPI and installers could each read another. Rebuild it with python -m build.`, { input: 'packages' });
    }
    return found[0];
}
/** The archive's members, refused when a registry could read them otherwise. */
async function distributionMembers(filename, data, wheel) {
    const members = await (wheel ? zipMembers(data) : tarGzMembers(data));
    if (members === undefined) {
        throw new ArtifactError('TL_DIST_FORMAT', `${filename} is not a ${wheel ? 'zip archive' : 'gzipped tar archive'}, so it is not a valid ${wheel ? 'wheel' : 'sdist'}. Rebuild it with python -m build.`, { input: 'packages' });
    }
    refuseUnsafeMembers(filename, members, { maker: PYTHON_MAKER });
    return members;
}
/**
 * The name and version the file name claims (`demo_pkg-1.2.0-py3-none-any.whl`,
 * `demo_pkg-1.2.0.tar.gz`), which PyPI checks against the metadata.
 */
function nameFromFilename(filename, wheel) {
    if (wheel) {
        const [name = '', version = ''] = filename.replace(/\.whl$/, '').split('-');
        return { name, version };
    }
    const stem = filename.replace(/\.tar\.gz$/, '');
    const dash = stem.lastIndexOf('-');
    return { name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
/** A wheel or sdist, read with its core metadata and digests, for the legacy upload API. */
async function readPythonDistribution(path) {
    const filename = (0,external_node_path_.basename)(path);
    const wheel = filename.endsWith('.whl');
    if (!wheel && !filename.endsWith('.tar.gz')) {
        throw new ArtifactError('TL_DIST_FORMAT', `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.`, { input: 'packages' });
    }
    const data = await (0,promises_.readFile)(path);
    const members = await distributionMembers(filename, data, wheel);
    const member = wheel
        ? metadataMember(filename, members, /^[^/]+\.dist-info\/METADATA$/, '*.dist-info/METADATA')
        : metadataMember(filename, members, /^[^/]+\/PKG-INFO$/, 'PKG-INFO');
    const metadata = parseCoreMetadata((await member.read()).toString('utf8'));
    const name = metadata.fields.get('Name')?.[0];
    const version = metadata.fields.get('Version')?.[0];
    if (!name || !version) {
        throw new ArtifactError('TL_DIST_METADATA', `${filename}'s metadata has no ${name ? 'Version' : 'Name'}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    const claimed = nameFromFilename(filename, wheel);
    const folder = normaliseEntryName(member.name).split('/')[0] ?? '';
    const inFolder = nameFromFilename(wheel ? `${folder.replace(/\.dist-info$/, '')}-x.whl` : `${folder}.tar.gz`, wheel);
    for (const [where, other] of [
        ['its file name', claimed],
        [wheel ? `its ${folder} folder` : `its top folder ${folder}`, inFolder],
    ]) {
        if (normaliseName(other.name) !== normaliseName(name) ||
            !sameVersion(other.version.replace(/_/g, '-'), version)) {
            throw new ArtifactError('TL_DIST_METADATA', `${filename}: ${where} says ${printable(other.name)} ${printable(other.version)}, but its metadata (${member.name}) says ${printable(name)} ${printable(version)}: PyPI and installers would not agree on what this is. Rebuild it with python -m build.`, { input: 'packages' });
        }
    }
    return {
        path,
        filename,
        filetype: wheel ? 'bdist_wheel' : 'sdist',
        name,
        version,
        pyversion: wheel
            ? (filename
                .replace(/\.whl$/, '')
                .split('-')
                .at(-3) ?? 'py3')
            : 'source',
        metadata,
        data,
        sha256: digest('sha256', data),
        md5: digest('md5', data),
    };
}
/** An npm package tarball with its package.json and the integrity npm will record. */
async function readNpmTarball(path) {
    const data = await (0,promises_.readFile)(path);
    const name = (0,external_node_path_.basename)(path);
    const members = await tarGzMembers(data);
    if (members === undefined) {
        throw new ArtifactError('TL_NPM_TARBALL', `${name} is not a gzipped tarball: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    // npm unpacks with strip: 1, so any top folder's package.json is the package.json.
    refuseUnsafeMembers(name, members, { maker: 'npm pack', strip: 1 });
    const entry = members.find((member) => member.type === 'file' && /^[^/]+\/package\.json$/.test(normaliseEntryName(member.name)));
    if (entry === undefined) {
        throw new ArtifactError('TL_NPM_TARBALL', `${name} has no package/package.json: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    const text = (await entry.read()).toString('utf8');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        throw new ArtifactError('TL_NPM_TARBALL', `${name}: ${entry.name} is not valid JSON. Rebuild it with npm pack.`, { input: 'packages' });
    }
    return {
        name: typeof manifest.name === 'string' ? manifest.name : '',
        version: typeof manifest.version === 'string' ? manifest.version : '',
        manifest,
        manifestText: text,
        manifestPath: entry.name,
        data,
        integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(data).digest('base64')}`,
        shasum: (0,external_node_crypto_.createHash)('sha1').update(data).digest('hex'),
    };
}

;// CONCATENATED MODULE: ./packages/artifacts/src/index.ts






/***/ })

};
