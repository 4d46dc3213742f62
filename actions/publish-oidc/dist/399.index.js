export const id = 399;
export const ids = [399,171];
export const modules = {

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishPythonDistribution: () => (/* binding */ publishPythonDistribution)
/* harmony export */ });
/* harmony import */ var _tokenless_artifacts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(171);
/* harmony import */ var _tokenless_oidc__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1387);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1813);



/** The files PyPI has for a release, from its JSON API; empty when the release does not exist. */
async function releaseFiles(root, name, version) {
    const response = await fetch(`${root}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`);
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
function uploadForm(dist) {
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
    form.append('content', new Blob([new Uint8Array(dist.data)]), dist.filename);
    return form;
}
/** Uploads one distribution through the legacy API, skipping it when PyPI has the same bytes. */
async function publishPythonDistribution(inputs, dist, token) {
    const root = (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_1__.pypiOidcRoot)(inputs.registry.uploadUrl);
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
        body: uploadForm(dist),
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
    const seconds = await (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntil */ .a)(async () => (await releaseFiles(root, dist.name, dist.version)).some((file) => file.filename === dist.filename && file.digests?.sha256 === dist.sha256), inputs.verifyTimeoutSeconds);
    return seconds === undefined
        ? outcome('failed', `uploaded, but ${root} did not list ${dist.filename} with its sha256 within ${inputs.verifyTimeoutSeconds} s.`)
        : outcome('published', `served with matching sha256 after ${seconds.toFixed(1)} s`);
}


/***/ }),

/***/ 171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OO: () => (/* reexport */ readNpmTarball),
  readPythonDistribution: () => (/* reexport */ readPythonDistribution)
});

// UNUSED EXPORTS: parseCoreMetadata, readTarGz, readZip, tarGzMembers, zipMembers

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/artifacts/src/archive-members.ts

/**
 * The members of a ZIP file from its central directory, or undefined when `data` is not one
 * (Python's `zipfile.is_zipfile` looks for the same end-of-central-directory record).
 */
function zipMembers(data) {
    const eocd = findEndOfCentralDirectory(data);
    if (eocd === undefined)
        return undefined;
    const count = data.readUInt16LE(eocd + 10);
    let offset = data.readUInt32LE(eocd + 16);
    const members = [];
    for (let i = 0; i < count; i++) {
        if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50)
            return undefined;
        const method = data.readUInt16LE(offset + 10);
        const compressedSize = data.readUInt32LE(offset + 20);
        const nameLength = data.readUInt16LE(offset + 28);
        const extraLength = data.readUInt16LE(offset + 30);
        const commentLength = data.readUInt16LE(offset + 32);
        const localOffset = data.readUInt32LE(offset + 42);
        const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
        members.push({
            name,
            method,
            read: () => readZipMember(data, localOffset, method, compressedSize),
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return members;
}
function findEndOfCentralDirectory(data) {
    const earliest = Math.max(0, data.length - 22 - 0xffff);
    for (let at = data.length - 22; at >= earliest; at--) {
        if (data.readUInt32LE(at) === 0x06054b50)
            return at;
    }
    return undefined;
}
function readZipMember(data, local, method, size) {
    if (data.readUInt32LE(local) !== 0x04034b50)
        throw new Error('Bad local file header');
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + size);
    if (method === 0)
        return Buffer.from(raw);
    if (method === 8)
        return (0,external_node_zlib_.inflateRawSync)(raw);
    throw new Error(`Unsupported compression method ${method}`);
}
/**
 * The members of a gzip-compressed tar file, or undefined when `data` is not one (as
 * `tarfile.open(mode="r:gz")` fails). Handles ustar prefixes, pax `path` and GNU long names.
 */
function tarGzMembers(data) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(data);
    }
    catch {
        return undefined;
    }
    const members = [];
    let offset = 0;
    let longName;
    while (offset + 512 <= tar.length) {
        const header = tar.subarray(offset, offset + 512);
        if (header.every((byte) => byte === 0))
            break;
        if (!validChecksum(header))
            return undefined;
        const size = parseOctal(header.subarray(124, 136));
        const type = String.fromCharCode(header[156] ?? 0);
        const body = tar.subarray(offset + 512, offset + 512 + size);
        offset += 512 + Math.ceil(size / 512) * 512;
        if (type === 'x') {
            longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1] ?? longName;
            continue;
        }
        if (type === 'L') {
            longName = body.toString('utf8').replace(/\0+$/, '');
            continue;
        }
        if (type === 'g')
            continue;
        const prefix = cString(header.subarray(345, 500));
        const ustar = header.subarray(257, 262).toString('latin1') === 'ustar';
        const name = cString(header.subarray(0, 100));
        let path = longName ?? (ustar && prefix !== '' ? `${prefix}/${name}` : name);
        longName = undefined;
        // tarfile drops the trailing slash of directory names.
        path = path.replace(/\/+$/, '');
        const content = Buffer.from(body);
        members.push({ name: path, read: () => content });
    }
    return members;
}
function cString(bytes) {
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}
function parseOctal(bytes) {
    const text = cString(bytes).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function validChecksum(header) {
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
    return parseOctal(header.subarray(148, 156)) === sum;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __webpack_require__(3630);
;// CONCATENATED MODULE: ./packages/artifacts/src/tar-archive.ts

/** The files of a gzipped tar (an npm tarball, a Python sdist); throws when it is not one. */
function readTarGz(archive) {
    const members = tarGzMembers(archive);
    if (members === undefined)
        throw new Error('not a gzipped tar archive');
    return members.map((member) => ({ path: member.name, data: member.read() }));
}

;// CONCATENATED MODULE: ./packages/artifacts/src/zip-archive.ts

/** Reads the files of a zip archive (a wheel) whose names `wanted` accepts; throws when it is not one. */
function readZip(archive, wanted = () => true) {
    const members = zipMembers(archive);
    if (members === undefined)
        throw new Error('not a zip archive (no end of central directory)');
    return members
        .filter((member) => !member.name.endsWith('/') && wanted(member.name))
        .map((member) => ({ path: member.name, data: member.read() }));
}

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
/** A wheel or sdist, read with its core metadata and digests, for the legacy upload API. */
async function readPythonDistribution(path) {
    const filename = (0,external_node_path_.basename)(path);
    const data = await (0,promises_.readFile)(path);
    let metadataText;
    let filetype;
    let pyversion = 'source';
    if (filename.endsWith('.whl')) {
        filetype = 'bdist_wheel';
        const [file] = readZip(data, (entry) => /^[^/]+\.dist-info\/METADATA$/.test(entry));
        metadataText = file?.data.toString('utf8');
        pyversion =
            filename
                .replace(/\.whl$/, '')
                .split('-')
                .at(-3) ?? 'py3';
    }
    else if (filename.endsWith('.tar.gz')) {
        filetype = 'sdist';
        metadataText = readTarGz(data)
            .find((entry) => /^[^/]+\/PKG-INFO$/.test(entry.path))
            ?.data.toString('utf8');
    }
    else {
        throw new src/* ConfigurationError */.j1(`${filename} is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.`, { input: 'packages' });
    }
    if (metadataText === undefined) {
        throw new src/* ConfigurationError */.j1(`${filename} has no ${filetype === 'sdist' ? 'PKG-INFO' : '*.dist-info/METADATA'}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    const metadata = parseCoreMetadata(metadataText);
    const name = metadata.fields.get('Name')?.[0];
    const version = metadata.fields.get('Version')?.[0];
    if (!name || !version) {
        throw new src/* ConfigurationError */.j1(`${filename}'s metadata has no ${name ? 'Version' : 'Name'}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    return {
        path,
        filename,
        filetype,
        name,
        version,
        pyversion,
        metadata,
        data,
        sha256: digest('sha256', data),
        md5: digest('md5', data),
    };
}
/** An npm package tarball with its package.json and the integrity npm will record. */
async function readNpmTarball(path) {
    const data = await (0,promises_.readFile)(path);
    let files;
    try {
        files = readTarGz(data);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`${(0,external_node_path_.basename)(path)} is not a gzipped tarball: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    const entry = files.find((file) => /^[^/]+\/package\.json$/.test(file.path));
    if (entry === undefined) {
        throw new src/* ConfigurationError */.j1(`${(0,external_node_path_.basename)(path)} has no package/package.json: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    const manifest = JSON.parse(entry.data.toString('utf8'));
    return {
        name: typeof manifest.name === 'string' ? manifest.name : '',
        version: typeof manifest.version === 'string' ? manifest.version : '',
        manifest,
        data,
        integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(data).digest('base64')}`,
        shasum: (0,external_node_crypto_.createHash)('sha1').update(data).digest('hex'),
    };
}

;// CONCATENATED MODULE: ./packages/artifacts/src/index.ts






/***/ })

};
