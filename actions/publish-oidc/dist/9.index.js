export const id = 9;
export const ids = [9];
export const modules = {

/***/ 7009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OO: () => (/* reexport */ readNpmTarball),
  readPythonDistribution: () => (/* reexport */ readPythonDistribution)
});

// UNUSED EXPORTS: normaliseEntryName, parseCoreMetadata, refuseUnsafeMembers, tarGzMembers, zipMembers

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 14 modules
var src = __webpack_require__(8446);
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
            throw new src/* ConfigurationError */.j1(`${archive} holds the entry ${shown}, an absolute path or one with "..", which would be written outside the package when unpacked. ${rebuild}`, { input: 'packages' });
        }
        if (member.type !== 'file' && member.type !== 'directory') {
            throw new src/* ConfigurationError */.j1(`${archive} holds the entry ${shown}, which is a ${member.type === 'special' ? 'device, FIFO or other special file' : member.type}: a package carries regular files only. ${rebuild}`, { input: 'packages' });
        }
        if (member.localName !== undefined && member.localName !== member.name) {
            throw new src/* ConfigurationError */.j1(`${archive} names an entry ${shown} in its central directory and ${JSON.stringify(member.localName)} in the entry itself: readers would disagree on what it holds. ${rebuild}`, { input: 'packages' });
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
            throw new src/* ConfigurationError */.j1(`${archive} holds ${JSON.stringify(key)} twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. ${rebuild}`, { input: 'packages' });
        }
        seen.add(key);
    }
}

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
        const madeBy = data.readUInt16LE(offset + 4) >> 8;
        const method = data.readUInt16LE(offset + 10);
        const compressedSize = data.readUInt32LE(offset + 20);
        const nameLength = data.readUInt16LE(offset + 28);
        const extraLength = data.readUInt16LE(offset + 30);
        const commentLength = data.readUInt16LE(offset + 32);
        const externalAttributes = data.readUInt32LE(offset + 38);
        const localOffset = data.readUInt32LE(offset + 42);
        const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
        // Unix "made by" (3) keeps the mode in the high 16 bits of the external attributes.
        const mode = madeBy === 3 ? externalAttributes >>> 16 : 0;
        const format = mode & 0o170000;
        const localName = localOffset + 30 <= data.length && data.readUInt32LE(localOffset) === 0x04034b50
            ? data
                .subarray(localOffset + 30, localOffset + 30 + data.readUInt16LE(localOffset + 26))
                .toString('utf8')
            : undefined;
        members.push({
            name,
            method,
            type: format === 0o120000
                ? 'symlink'
                : format !== 0 && format !== 0o100000 && format !== 0o040000
                    ? 'special'
                    : name.endsWith('/')
                        ? 'directory'
                        : 'file',
            ...(localName === undefined ? {} : { localName }),
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
    let paxSize;
    while (offset + 512 <= tar.length) {
        const header = tar.subarray(offset, offset + 512);
        if (header.every((byte) => byte === 0))
            break;
        if (!validChecksum(header))
            return undefined;
        // A pax header's size overrides the ustar one, as in node-tar and tarfile.
        const size = paxSize ?? parseSize(header.subarray(124, 136));
        paxSize = undefined;
        const type = String.fromCharCode(header[156] ?? 0);
        const body = tar.subarray(offset + 512, offset + 512 + size);
        offset += 512 + Math.ceil(size / 512) * 512;
        if (type === 'x') {
            const records = paxRecords(body);
            longName = records.get('path') ?? longName;
            const sized = records.get('size');
            if (sized !== undefined && /^\d+$/.test(sized))
                paxSize = Number(sized);
            continue;
        }
        if (type === 'L') {
            longName = body.toString('utf8').replace(/\0+$/, '');
            continue;
        }
        if (type === 'g' || type === 'K')
            continue;
        const prefix = cString(header.subarray(345, 500));
        const ustar = header.subarray(257, 262).toString('latin1') === 'ustar';
        const name = cString(header.subarray(0, 100));
        let path = longName ?? (ustar && prefix !== '' ? `${prefix}/${name}` : name);
        longName = undefined;
        // tarfile drops the trailing slash of directory names.
        path = path.replace(/\/+$/, '');
        const content = Buffer.from(body);
        members.push({ name: path, type: tarEntryType(type), read: () => content });
    }
    return members;
}
function tarEntryType(flag) {
    if (flag === '0' || flag === '\0' || flag === '7')
        return 'file';
    if (flag === '5')
        return 'directory';
    if (flag === '1')
        return 'hardlink';
    if (flag === '2')
        return 'symlink';
    return 'special';
}
/** The `length key=value\n` records of a pax extended header. */
function paxRecords(body) {
    const records = new Map();
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = Number(body.subarray(at, space).toString('latin1'));
        if (!Number.isInteger(length) || length <= 0)
            break;
        const record = body.subarray(space + 1, at + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals > 0)
            records.set(record.slice(0, equals), record.slice(equals + 1));
        at += length;
    }
    return records;
}
/** A size field: octal, or GNU base-256 when the high bit of the first byte is set. */
function parseSize(bytes) {
    if (((bytes[0] ?? 0) & 0x80) === 0)
        return parseOctal(bytes);
    let value = (bytes[0] ?? 0) & 0x7f;
    for (const byte of bytes.subarray(1))
        value = value * 256 + byte;
    return value;
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
// EXTERNAL MODULE: ./packages/versioning/src/index.ts + 12 modules
var versioning_src = __webpack_require__(3520);
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
        throw new src/* ConfigurationError */.j1(`${filename} has no ${what}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    if (found.length > 1) {
        throw new src/* ConfigurationError */.j1(`${filename} holds ${found.length} metadata files (${found.map((member) => JSON.stringify(member.name)).join(', ')}): PyPI and installers could each read another. Rebuild it with python -m build.`, { input: 'packages' });
    }
    return found[0];
}
/** The archive's members, refused when a registry could read them otherwise. */
function distributionMembers(filename, data, wheel) {
    const members = wheel ? zipMembers(data) : tarGzMembers(data);
    if (members === undefined) {
        throw new src/* ConfigurationError */.j1(`${filename} is not a ${wheel ? 'zip archive' : 'gzipped tar archive'}, so it is not a valid ${wheel ? 'wheel' : 'sdist'}. Rebuild it with python -m build.`, { input: 'packages' });
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
        throw new src/* ConfigurationError */.j1(`${filename} is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.`, { input: 'packages' });
    }
    const data = await (0,promises_.readFile)(path);
    const members = distributionMembers(filename, data, wheel);
    const member = wheel
        ? metadataMember(filename, members, /^[^/]+\.dist-info\/METADATA$/, '*.dist-info/METADATA')
        : metadataMember(filename, members, /^[^/]+\/PKG-INFO$/, 'PKG-INFO');
    const metadata = parseCoreMetadata(member.read().toString('utf8'));
    const name = metadata.fields.get('Name')?.[0];
    const version = metadata.fields.get('Version')?.[0];
    if (!name || !version) {
        throw new src/* ConfigurationError */.j1(`${filename}'s metadata has no ${name ? 'Version' : 'Name'}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
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
            throw new src/* ConfigurationError */.j1(`${filename}: ${where} says ${printable(other.name)} ${printable(other.version)}, but its metadata (${member.name}) says ${printable(name)} ${printable(version)}: PyPI and installers would not agree on what this is. Rebuild it with python -m build.`, { input: 'packages' });
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
    const members = tarGzMembers(data);
    if (members === undefined) {
        throw new src/* ConfigurationError */.j1(`${name} is not a gzipped tarball: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    // npm unpacks with strip: 1, so any top folder's package.json is the package.json.
    refuseUnsafeMembers(name, members, { maker: 'npm pack', strip: 1 });
    const entry = members.find((member) => member.type === 'file' && /^[^/]+\/package\.json$/.test(normaliseEntryName(member.name)));
    if (entry === undefined) {
        throw new src/* ConfigurationError */.j1(`${name} has no package/package.json: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    const text = entry.read().toString('utf8');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`${name}: ${entry.name} is not valid JSON. Rebuild it with npm pack.`, { input: 'packages' });
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
