export const id = 870;
export const ids = [870,844,171];
export const modules = {

/***/ 8844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ packIntegrity),
/* harmony export */   readPackage: () => (/* binding */ readPackage),
/* harmony export */   resolvePackageSources: () => (/* binding */ resolvePackageSources)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3630);
/* harmony import */ var _tokenless_artifacts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(171);




async function readPackageJson(dir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function expand(pattern, cwd) {
    if (!/[*?[{]/.test(pattern))
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern)];
    const found = [];
    for await (const entry of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd }))
        found.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, entry));
    return found.sort();
}
/** A private root with workspaces stands for its public workspace packages. */
async function workspaceDirs(dir, manifest) {
    const patterns = Array.isArray(manifest.workspaces)
        ? manifest.workspaces
        : (manifest.workspaces?.packages ?? []);
    const dirs = [];
    for (const pattern of patterns) {
        for (const candidate of await expand(pattern, dir)) {
            const child = await readPackageJson(candidate);
            if (child?.name && !child.private)
                dirs.push(candidate);
        }
    }
    return dirs;
}
/** The directories and tarballs the packages input names, workspaces expanded. */
async function resolvePackageSources(ctx, entries, cwd) {
    const sources = [];
    for (const entry of entries.length > 0 ? entries : ['.']) {
        const matches = await expand(entry, cwd);
        if (matches.length === 0) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The packages entry ${entry} matches nothing in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, cwd) || '.'}. Build or pack the packages before this step, or fix the entry.`, { input: 'packages' });
        }
        for (const match of matches) {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(match).catch(() => undefined);
            if (info === undefined) {
                throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The packages entry ${entry} names ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, match)}, which does not exist. Build or pack the packages before this step, or fix the entry.`, { input: 'packages' });
            }
            if (info.isFile()) {
                sources.push(match);
                continue;
            }
            const manifest = await readPackageJson(match);
            if (manifest === undefined) {
                throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, match) || '.'} has no package.json, so it is not an npm package. Point packages at package directories or .tgz files.`, { input: 'packages' });
            }
            if (manifest.private && manifest.workspaces)
                sources.push(...(await workspaceDirs(match, manifest)));
            else if (manifest.private) {
                throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(match, 'package.json'))} is "private": true, so npm will not publish it. Remove private, or list the packages to publish.`, { input: 'packages' });
            }
            else
                sources.push(match);
        }
    }
    return [...new Set(sources)];
}
/** A package as it will be published: a .tgz read as is, a directory from its package.json. */
async function readPackage(ctx, source) {
    const display = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, source) || '.';
    if (source.endsWith('.tgz')) {
        const tarball = await (0,_tokenless_artifacts__WEBPACK_IMPORTED_MODULE_3__/* .readNpmTarball */ .OO)(source);
        const { name, version, manifest, integrity, shasum } = tarball;
        return { source: display, path: source, name, version, manifest, packed: { integrity, shasum } };
    }
    const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(source, 'package.json'), 'utf8'));
    return {
        source: display,
        path: source,
        name: typeof manifest.name === 'string' ? manifest.name : '',
        version: typeof manifest.version === 'string' ? manifest.version : '',
        manifest,
    };
}
/**
 * The integrity npm will record for a package: `npm pack --dry-run --json` for a directory (only
 * needed when the version is already on the registry, to tell the same content from other).
 */
async function packIntegrity(ctx, npm, pkg) {
    if (pkg.packed)
        return pkg.packed;
    const packed = await ctx.exec(npm, ['pack', '--dry-run', '--json'], {
        cwd: pkg.path,
        silent: true,
    });
    if (packed.exitCode !== 0) {
        throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`npm pack failed in ${pkg.source} (exit ${packed.exitCode}): ${packed.stderr.trim().split('\n').slice(-3).join(' ')}. Fix the package so that npm pack works.`, { input: 'packages' });
    }
    const [result] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    pkg.packed = { integrity: result?.integrity ?? '', shasum: result?.shasum ?? '' };
    return pkg.packed;
}


/***/ }),

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRepositoryUrls: () => (/* binding */ checkRepositoryUrls),
/* harmony export */   checkVersions: () => (/* binding */ checkVersions),
/* harmony export */   chooseDistTag: () => (/* binding */ chooseDistTag),
/* harmony export */   ensureNpm: () => (/* binding */ ensureNpm),
/* harmony export */   publishNpmPackage: () => (/* binding */ publishNpmPackage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3630);
/* harmony import */ var _tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1387);
/* harmony import */ var _tokenless_versioning__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3520);
/* harmony import */ var _npm_packages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8844);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1813);








async function fetchPackument(registry, name) {
    const response = await (0,_tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .httpRequest */ .aj)(new URL((0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .escapePackageName */ .lw)(name), registry), {
        headers: { accept: 'application/json' },
    });
    if (response.status === 404)
        return undefined;
    if (!response.ok) {
        throw new Error(`${registry} answered HTTP ${response.status} when asked which versions of ${name} it has. Check that the registry input names an npm registry and that it is up, then rerun the job: what is already published is skipped.`);
    }
    return (await response.json());
}
/** The dist-tag for a version: a prerelease never goes to latest. */
function chooseDistTag(version, requested) {
    const natural = (0,_tokenless_versioning__WEBPACK_IMPORTED_MODULE_5__/* .npmDistTag */ .YS)(version);
    if (requested === undefined)
        return natural;
    if (requested === 'latest' && natural !== 'latest') {
        throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`dist-tag is latest, but ${version} is a prerelease: npm would make every plain "npm install" pick it. Leave dist-tag out (${natural} is used) or choose another tag.`, { input: 'dist-tag' });
    }
    return requested;
}
/**
 * The version of the npm on PATH read from its package.json (bin/npm -> npm/bin/npm-cli.js),
 * which saves starting npm once; undefined when the layout is not the usual one.
 */
async function npmVersionOnPath(ctx) {
    for (const dir of (ctx.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        try {
            const cli = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'npm'));
            const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(cli), '..', 'package.json'), 'utf8'));
            return manifest.name === 'npm' && manifest.version
                ? { exitCode: 0, stdout: manifest.version }
                : undefined;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** The npm to use: the runner's when new enough, else the minimum version in a temp prefix. */
async function ensureNpm(ctx, minimum) {
    const current = (await npmVersionOnPath(ctx)) ?? (await ctx.exec('npm', ['--version'], { silent: true }));
    const version = current.stdout.trim();
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
    const [wantMajor = 0, wantMinor = 0, wantPatch = 0] = minimum.split('.').map(Number);
    const newEnough = current.exitCode === 0 &&
        (major !== wantMajor
            ? major > wantMajor
            : minor !== wantMinor
                ? minor > wantMinor
                : patch >= wantPatch);
    if (newEnough)
        return 'npm';
    ctx.log.info(`npm ${version || '(none)'} is older than ${minimum}: installing npm@${minimum} in a temp prefix.`);
    const prefix = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'tokenless-npm-'));
    const installed = await ctx.exec('npm', ['install', '--no-save', '--prefix', prefix, `npm@${minimum}`], {
        silent: true,
    });
    if (installed.exitCode !== 0) {
        throw new Error(`Could not install npm@${minimum}: ${installed.stderr.trim().split('\n').slice(-2).join(' ')}`);
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(prefix, 'node_modules', '.bin', 'npm');
}
/** The integrity `npm publish --json` reports for what it uploaded. */
function publishedIntegrity(stdout) {
    try {
        // npm 11 keys the report by package name; older npm printed the report itself.
        const parsed = JSON.parse(stdout.slice(stdout.indexOf('{')));
        const report = typeof parsed.integrity === 'string' ? parsed : Object.values(parsed)[0];
        return report.integrity
            ? { integrity: report.integrity, shasum: report.shasum ?? '' }
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** npm's error code and message from its output (`npm error code E404` ...). */
function npmFailure(stderr) {
    const lines = stderr
        .split('\n')
        .filter((line) => /^npm (error|ERR!)/.test(line) && !/A complete log of this run/.test(line));
    const said = lines
        .slice(0, 4)
        .map((line) => line.replace(/^npm (error|ERR!)\s*/, ''))
        .join(' ') || stderr.trim().slice(-300);
    if (/generate provenance/i.test(said)) {
        return `${said} Provenance needs a public package from a public repository: set provenance: false for a private one.`;
    }
    if (/E404|E401|ENEEDAUTH/.test(said)) {
        return `${said} The registry refused the publish token: if this persists, compare the package's trusted publisher with the settings in this summary.`;
    }
    return said;
}
/** The environment npm runs in: no static tokens, the temp userconfig, OIDC only for provenance. */
function npmEnvironment(ctx, userconfig, provenance) {
    const env = { ...ctx.env, npm_config_userconfig: userconfig };
    for (const name of ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_CONFIG_USERCONFIG'])
        delete env[name];
    if (!provenance) {
        // npm would otherwise run its own exchange and turn provenance on for a public repository.
        delete env.ACTIONS_ID_TOKEN_REQUEST_URL;
        delete env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    }
    return env;
}
async function publishNpmPackage(ctx, inputs, pkg, context) {
    const registry = inputs.registry.url;
    const { name, version } = pkg;
    const outcome = (result, detail) => ({
        id: `${name}@${version}`,
        registry,
        result,
        detail,
    });
    // The registry's state and the publish token are fetched at once; the token is simply not used
    // (and an exchange failure not reported) when the version turns out to be there already.
    const exchange = (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__.requestIdToken)(context.request, (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__.npmAudience)(registry), (secret) => ctx.setSecret(secret)).then((idToken) => (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .exchangeNpmToken */ .eX)({
        registry,
        packageName: name,
        idToken,
        claims: context.claims,
        mask: (secret) => ctx.setSecret(secret),
    }));
    exchange.catch(() => undefined);
    const existing = (await fetchPackument(registry, name))?.versions?.[version]?.dist;
    if (existing) {
        const { integrity, shasum } = await (0,_npm_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .packIntegrity */ .d)(ctx, context.npm, pkg);
        if (existing.integrity === integrity || (!existing.integrity && existing.shasum === shasum)) {
            return inputs.skipExisting
                ? outcome('skipped', 'already published with the same content')
                : outcome('failed', `${name}@${version} is already published (same content) and skip-existing is false.`);
        }
        return outcome('failed', `version ${version} of ${name} is already published with different content (registry ${existing.integrity ?? existing.shasum}, here ${integrity}); publish a new version.`);
    }
    const token = await exchange;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'tokenless-npmrc-'));
    const userconfig = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.npmrc');
    const host = new URL(registry);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(userconfig, `registry=${registry}\n//${host.host}${host.pathname}:_authToken=${token}\n`, { mode: 0o600 });
        const published = await ctx.exec(context.npm, [
            'publish',
            pkg.path,
            '--json',
            '--registry',
            registry,
            '--tag',
            context.distTag,
            `--provenance=${inputs.provenance}`,
        ], { env: npmEnvironment(ctx, userconfig, inputs.provenance), silent: true });
        if (published.exitCode !== 0) {
            return outcome('failed', `npm publish failed: ${npmFailure(published.stderr)}`);
        }
        pkg.packed ??= publishedIntegrity(published.stdout);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
    if (!inputs.verify) {
        return outcome('published', `dist-tag ${context.distTag}; not verified (verify: false)`);
    }
    const integrity = pkg.packed?.integrity;
    if (integrity === undefined) {
        return outcome('published', `dist-tag ${context.distTag}; npm reported no integrity to verify`);
    }
    const seconds = await (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .waitUntil */ .a)(async () => (await fetchPackument(registry, name))?.versions?.[version]?.dist?.integrity === integrity, inputs.verifyTimeoutSeconds);
    return seconds === undefined
        ? outcome('failed', `published, but ${registry} did not serve ${version} with integrity ${integrity} within ${inputs.verifyTimeoutSeconds} s. Check the registry before publishing again.`)
        : outcome('published', `dist-tag ${context.distTag}; served with matching integrity after ${seconds.toFixed(1)} s`);
}
function checkVersions(packages, version) {
    for (const pkg of packages) {
        if (!pkg.name || !pkg.version) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${pkg.source}: package.json has no ${pkg.name ? 'version' : 'name'}. Add it.`, {
                input: 'packages',
            });
        }
        if (version !== undefined && pkg.version !== version) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${pkg.source} (${pkg.name}) has version ${pkg.version}, but this release is ${version}. Set the version in its package.json (validate-tag checks the manifests), or leave it out of packages.`, { input: 'version' });
        }
    }
}
/**
 * With provenance, npm refuses (E422) a package whose package.json repository is not the
 * repository the provenance names: say so before anything is uploaded.
 */
function checkRepositoryUrls(packages, repository) {
    if (!repository)
        return;
    const wanted = repository.toLowerCase();
    for (const pkg of packages) {
        const field = pkg.manifest.repository;
        const url = typeof field === 'string'
            ? field
            : typeof field === 'object' &&
                field !== null &&
                typeof field.url === 'string'
                ? field.url
                : undefined;
        const named = /github(?:\.com)?[:/]([^/]+\/[^/#]+?)(?:\.git)?(?:#.*)?$/i
            .exec(url ?? '')?.[1]
            ?.toLowerCase();
        if (named !== wanted) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${pkg.source} (${pkg.name}): package.json's repository is ${url ?? 'not set'}, but provenance ties the package to ${repository}, and npm refuses the publish when they differ. Set "repository": { "type": "git", "url": "git+https://github.com/${repository}.git" }, or provenance: false.`, { input: 'provenance' });
        }
    }
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
