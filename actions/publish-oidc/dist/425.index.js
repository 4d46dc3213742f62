export const id = 425;
export const ids = [425];
export const modules = {

/***/ 9425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OO: () => (/* reexport */ readNpmTarball),
  readPythonDistribution: () => (/* reexport */ readPythonDistribution)
});

// UNUSED EXPORTS: ArtifactError, normaliseEntryName, parseCoreMetadata, refuseUnsafeMembers, tarGzMembers, zipMembers

// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __webpack_require__(712);
;// CONCATENATED MODULE: ./packages/artifacts/src/artifact-error.ts

/** A package file (npm tarball, wheel, sdist) that is not safe or not valid to publish: the message says what was found, where, and the fix. */
class ArtifactError extends configuration_error/* ConfigurationError */.j1 {
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
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(3639);
// EXTERNAL MODULE: ./packages/versioning/src/pep440-order.ts
var pep440_order = __webpack_require__(4818);
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
    const left = (0,pep440/* parsePep440 */.FB)(a);
    const right = (0,pep440/* parsePep440 */.FB)(b);
    return left !== undefined && right !== undefined ? (0,pep440_order/* comparePep440 */.P)(left, right) === 0 : a === b;
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






/***/ }),

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteExcerpt)
/* harmony export */ });
/* unused harmony exports EXCERPT_LENGTH, excerpt */
/**
 * How much of a value read from an input or a file a message echoes. A tag, a version or a
 * matched line is short; anything longer is cut, so that a hostile value (a 100 KB tag, a regex
 * that captures a whole file) never lands whole in a log, an annotation or the job summary.
 */
const EXCERPT_LENGTH = 100;
/** `text` itself when short, else its first `max` characters, `…` and its length. */
function excerpt(text, max = EXCERPT_LENGTH) {
    const characters = [...text];
    if (characters.length <= max)
        return text;
    return `${characters.slice(0, max).join('')}… (${characters.length} characters)`;
}
/** The same, quoted as JSON (control characters escaped): for values inside a sentence. */
function quoteExcerpt(text, max = EXCERPT_LENGTH) {
    const characters = [...text];
    if (characters.length <= max)
        return JSON.stringify(text);
    return `${JSON.stringify(characters.slice(0, max).join(''))}… (${characters.length} characters)`;
}


/***/ }),

/***/ 4818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ comparePep440)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3639);

const PRE_LABEL_ORDER = { a: 0, b: 1, rc: 2 };
/**
 * Compares two PEP 440 versions in the specification's order: epoch, release (zero padded, so
 * `1.0 == 1.0.0`), then `.devN` < `aN` < `bN` < `rcN` < final < `.postN`, with `.devN` before the
 * release it belongs to, and local labels sorting after the same public version.
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when a string is not a PEP 440 version.
 */
function comparePep440(a, b) {
    const left = typeof a === 'string' ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440OrThrow */ ._h)(a) : a;
    const right = typeof b === 'string' ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440OrThrow */ ._h)(b) : b;
    return (compareNumbers(left.epoch, right.epoch) ||
        compareRelease(left.release, right.release) ||
        compareKeys(preKey(left), preKey(right)) ||
        compareNumbers(left.post ?? -Infinity, right.post ?? -Infinity) ||
        compareNumbers(left.dev ?? Infinity, right.dev ?? Infinity) ||
        compareLocal(left.local, right.local));
}
function compareNumbers(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}
function compareKeys(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const order = compareNumbers(a[index] ?? -Infinity, b[index] ?? -Infinity);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Release segments compare with the shorter one padded by zeros. */
function compareRelease(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const order = compareNumbers(a[index] ?? 0, b[index] ?? 0);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** A dev release of a final (`1.0.dev1`) sorts before its pre-releases; a final after them. */
function preKey(version) {
    if (version.pre !== undefined) {
        return [PRE_LABEL_ORDER[version.pre.label], version.pre.number];
    }
    if (version.post === undefined && version.dev !== undefined)
        return [-Infinity];
    return [Infinity];
}
/**
 * No local label sorts first; otherwise segment by segment, alphanumeric segments (compared as
 * text) before numeric ones (compared as integers), and a shorter label first when it is a prefix.
 */
function compareLocal(a, b) {
    if (a === undefined || b === undefined) {
        return a === b ? 0 : a === undefined ? -1 : 1;
    }
    for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
        const order = compareLocalPart(a[index] ?? '', b[index] ?? '');
        if (order !== 0)
            return order;
    }
    return compareNumbers(a.length, b.length);
}
function compareLocalPart(a, b) {
    const aNumeric = /^[0-9]+$/.test(a);
    const bNumeric = /^[0-9]+$/.test(b);
    if (aNumeric && bNumeric)
        return compareBigInts(BigInt(a), BigInt(b));
    if (aNumeric !== bNumeric)
        return aNumeric ? 1 : -1;
    return a === b ? 0 : a < b ? -1 : 1;
}
function compareBigInts(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}


/***/ }),

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ parsePep440),
/* harmony export */   J4: () => (/* binding */ formatPep440),
/* harmony export */   _h: () => (/* binding */ parsePep440OrThrow)
/* harmony export */ });
/* unused harmony exports PEP440_FORMS, normalizePep440, isPep440Prerelease */
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1210);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2889);


/** packaging.version's VERSION_PATTERN, the reference implementation of PEP 440. */
const PEP440_PATTERN = new RegExp('^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preLabel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preNumber>[0-9]+)?)?' +
    '(?<post>(?:-(?<postNumber1>[0-9]+))|(?:[-_.]?(?<postLabel>post|rev|r)[-_.]?(?<postNumber2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devLabel>dev)[-_.]?(?<devNumber>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$', 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** The accepted forms, for error messages. */
const PEP440_FORMS = '[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0';
/**
 * Parses any spelling PEP 440 accepts (case, leading `v`, `alpha`/`beta`/`c`/`pre`/`preview`,
 * `-`/`_`/`.` separators, implicit numbers, `1.0-1` post releases, `rev`/`r`, surrounding
 * whitespace) into normalised segments.
 * @returns undefined when `text` is not a PEP 440 version.
 */
function parsePep440(text) {
    const groups = PEP440_PATTERN.exec(text)?.groups;
    if (groups === undefined)
        return undefined;
    const release = groups.release?.split('.').map(Number) ?? [];
    const version = { epoch: Number(groups.epoch ?? '0'), release };
    if (groups.preLabel !== undefined) {
        const label = PRE_LABELS[groups.preLabel.toLowerCase()] ?? 'rc';
        version.pre = { label, number: Number(groups.preNumber ?? '0') };
    }
    if (groups.post !== undefined)
        version.post = Number(groups.postNumber1 ?? groups.postNumber2 ?? '0');
    if (groups.dev !== undefined)
        version.dev = Number(groups.devNumber ?? '0');
    if (groups.local !== undefined)
        version.local = groups.local.split(/[-_.]/).map(normaliseLocalPart);
    return allNumbersSafe(version) ? version : undefined;
}
/**
 * Writes the normalised form of a PEP 440 version, e.g. `1.0.0-RC.1` -> `1.0.0rc1`.
 * @throws ConfigurationError when `text` is not a PEP 440 version.
 */
function normalizePep440(text) {
    return formatPep440(parsePep440OrThrow(text));
}
/**
 * Parses a PEP 440 version.
 * @throws ConfigurationError saying what was found and the accepted forms.
 */
function parsePep440OrThrow(text) {
    const version = parsePep440(text);
    if (version !== undefined)
        return version;
    throw new _version_error_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionError */ .t('TL_PEP440_INVALID', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_1__/* .quoteExcerpt */ .AB)(text)} is not a PEP 440 version: expected ${PEP440_FORMS}.`);
}
/** Writes a parsed version in PEP 440's normalised form. */
function formatPep440(version) {
    let text = version.epoch === 0 ? '' : `${version.epoch}!`;
    text += version.release.join('.');
    if (version.pre !== undefined)
        text += `${version.pre.label}${version.pre.number}`;
    if (version.post !== undefined)
        text += `.post${version.post}`;
    if (version.dev !== undefined)
        text += `.dev${version.dev}`;
    if (version.local !== undefined)
        text += `+${version.local.join('.')}`;
    return text;
}
/**
 * True for a pre-release or a development release (`1.0rc1`, `1.0.dev2`, `1.0.post1.dev1`),
 * as pip and packaging's `is_prerelease` decide.
 * @throws ConfigurationError when given text that is not a PEP 440 version.
 */
function isPep440Prerelease(version) {
    const parsed = typeof version === 'string' ? parsePep440OrThrow(version) : version;
    return parsed.pre !== undefined || parsed.dev !== undefined;
}
function normaliseLocalPart(part) {
    return /^[0-9]+$/.test(part) ? BigInt(part).toString() : part.toLowerCase();
}
function allNumbersSafe(version) {
    const numbers = [
        version.epoch,
        ...version.release,
        version.pre?.number,
        version.post,
        version.dev,
    ];
    return numbers.every((value) => value === undefined || Number.isSafeInteger(value));
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ VersionError)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(712);

/** A version, tag or version scheme that is wrong as given: the message says what was found, where, and the fix. */
class VersionError extends _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'VersionError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}


/***/ })

};
