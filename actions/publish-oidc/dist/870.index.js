export const id = 870;
export const ids = [870,346];
export const modules = {

/***/ 3346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ createNpmCleanRoom),
/* harmony export */   npmInstallDir: () => (/* binding */ npmInstallDir),
/* harmony export */   x: () => (/* binding */ npmChildEnvironment)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _tokenless_oidc__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7922);




async function createNpmCleanRoom(userconfigText = '') {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'tokenless-npm-room-'));
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'cwd');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(cwd);
    // Two files: npm refuses to load one file as both user and global config.
    const userconfig = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'userconfig');
    const globalconfig = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'globalconfig');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(userconfig, userconfigText, { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(globalconfig, '', { mode: 0o600 });
    return {
        cwd,
        userconfig,
        globalconfig,
        args: ['--userconfig', userconfig, '--globalconfig', globalconfig, '--prefix', cwd],
        dispose: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(root, { recursive: true, force: true }),
    };
}
/** npm settings in the environment that could carry a credential or send a publish elsewhere. */
function redirectsOrAuthenticates(name) {
    const rest = name.slice('npm_config_'.length);
    if (rest.startsWith('//'))
        return true;
    const key = rest.replace(/(?!^)_/g, '-').toLowerCase();
    return ((0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_3__/* .isNpmAuthKey */ .FD)(key) ||
        key.endsWith(':registry') ||
        ['registry', 'userconfig', 'globalconfig', 'prefix', 'otp'].includes(key));
}
/**
 * The environment for an npm child: without token variables and credential or registry
 * settings, and without the runner's id-token request unless npm needs it (provenance).
 */
function npmChildEnvironment(env, options) {
    const child = {};
    for (const [name, value] of Object.entries(env)) {
        if (/^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN)$/i.test(name))
            continue;
        if (/^npm_config_/i.test(name) && redirectsOrAuthenticates(name))
            continue;
        if (!options.idToken && /^(ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)|NPM_ID_TOKEN)$/.test(name))
            continue;
        child[name] = value;
    }
    return child;
}
/** The install directory of the npm that `PATH` names (holding its builtin `npmrc`). */
async function npmInstallDir(env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir)
            continue;
        try {
            // bin/npm -> <npm>/bin/npm-cli.js
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'npm'))));
        }
        catch {
            continue;
        }
    }
    return undefined;
}


/***/ }),

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkProvenanceClaims: () => (/* binding */ checkProvenanceClaims),
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
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6398);
/* harmony import */ var _tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7922);
/* harmony import */ var _tokenless_versioning__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(829);
/* harmony import */ var _npm_clean_room_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3346);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1813);








async function fetchPackument(registry, name) {
    // Size and time limits are httpRequest's defaults (50 MiB, 120 s); a 429 or 5xx is retried.
    const response = await (0,_tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .httpRequest */ .aj)(new URL((0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .escapePackageName */ .lw)(name), registry), {
        headers: { accept: 'application/json' },
        retries: 2,
    });
    if (response.status === 404)
        return undefined;
    if (!response.ok) {
        throw new Error(`${registry} answered HTTP ${response.status} when asked which versions of ${name} it has. Check that the registry input names an npm registry and that it is up, then rerun the job: what is already published is skipped.`);
    }
    return (await response.json());
}
/**
 * npm's environment. With provenance, npm wants ACTIONS_ID_TOKEN_REQUEST_URL (it refuses to sign
 * without it) but not the request token: given both, it would run a trusted publishing exchange
 * of its own and ask for its own Sigstore token; without the request token it signs with
 * SIGSTORE_ID_TOKEN and mints nothing, and nothing npm runs can mint a token either.
 */
async function provenanceEnvironment(ctx, sigstoreToken) {
    const env = (0,_npm_clean_room_js__WEBPACK_IMPORTED_MODULE_6__/* .npmChildEnvironment */ .x)(ctx.env, { idToken: false });
    if (sigstoreToken === undefined)
        return env;
    return {
        ...env,
        ACTIONS_ID_TOKEN_REQUEST_URL: ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL,
        SIGSTORE_ID_TOKEN: await sigstoreToken,
    };
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
/** npm's error code and message from its output (`npm error code E404` ...). */
function npmFailure(stderr) {
    const lines = stderr
        .split('\n')
        .filter((line) => /^npm (error|ERR!)/.test(line) && !/A complete log of this run/.test(line));
    const said = lines
        .slice(0, 4)
        .map((line) => line.replace(/^npm (error|ERR!)\s*/, ''))
        .join(' ') || stderr.trim().slice(-300);
    // sigstore-js's codes when Fulcio, Rekor or the TSA cannot be reached or refuse.
    if (/\b(CA_CREATE_SIGNING_CERTIFICATE|TLOG_CREATE_ENTRY|TSA_CREATE_TIMESTAMP)_ERROR\b/.test(said)) {
        return `${said} npm could not sign the provenance statement with Sigstore, so nothing was published: provenance is never dropped silently. Rerun the job when Sigstore answers again (https://status.sigstore.dev), or set provenance: false to publish without it.`;
    }
    if (/generate provenance/i.test(said)) {
        return `${said} Provenance needs a public package from a public repository: set provenance: false for a private one.`;
    }
    if (/E404|E401|ENEEDAUTH/.test(said)) {
        return `${said} The registry refused the publish token: if this persists, compare the package's trusted publisher with the settings in this summary.`;
    }
    return said;
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
    const exchange = (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .requestIdToken */ .gj)(context.request, (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .npmAudience */ .YD)(registry), (secret) => ctx.setSecret(secret)).then((idToken) => (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .exchangeNpmToken */ .eX)({
        registry,
        packageName: name,
        idToken,
        claims: context.claims,
        mask: (secret) => ctx.setSecret(secret),
    }));
    exchange.catch(() => undefined);
    // npm signs provenance with a token of audience sigstore: one asked for here, handed to npm as
    // SIGSTORE_ID_TOKEN, so that npm does not run a second exchange of its own (see below).
    const sigstoreToken = inputs.provenance
        ? (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .requestIdToken */ .gj)(context.request, 'sigstore', (secret) => ctx.setSecret(secret))
        : undefined;
    sigstoreToken?.catch(() => undefined);
    const existing = (await fetchPackument(registry, name))?.versions?.[version]?.dist;
    if (existing) {
        const { integrity, shasum } = pkg.packed;
        if (existing.integrity === integrity || (!existing.integrity && existing.shasum === shasum)) {
            return inputs.skipExisting
                ? outcome('skipped', 'already published with the same content')
                : outcome('failed', `${name}@${version} is already published (same content) and skip-existing is false.`);
        }
        return outcome('failed', `version ${version} of ${name} is already published with different content (registry ${existing.integrity ?? existing.shasum}, here ${integrity}); publish a new version.`);
    }
    const token = await exchange;
    const host = new URL(registry);
    // The only credential npm sees: the one just minted, for this registry, in a temp userconfig.
    const room = await (0,_npm_clean_room_js__WEBPACK_IMPORTED_MODULE_6__/* .createNpmCleanRoom */ .C)(`registry=${registry}\n//${host.host}${host.pathname}:_authToken=${token}\n`);
    // A scope's registry setting (publishConfig, say) would send the publish elsewhere: pin it.
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
    try {
        const published = await ctx.exec(context.npm, [
            'publish',
            pkg.path,
            '--json',
            '--registry',
            registry,
            ...(scope ? [`--${scope}:registry=${registry}`] : []),
            '--tag',
            context.distTag,
            `--provenance=${inputs.provenance}`,
            ...room.args,
        ], {
            cwd: room.cwd,
            env: await provenanceEnvironment(ctx, sigstoreToken),
            silent: true,
        });
        if (published.exitCode !== 0) {
            return outcome('failed', `npm publish failed: ${npmFailure(published.stderr)}`);
        }
    }
    finally {
        await room.dispose();
    }
    if (!inputs.verify) {
        return outcome('published', `dist-tag ${context.distTag}; not verified (verify: false)`);
    }
    const integrity = pkg.packed.integrity;
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
 * With provenance, npm refuses (E422) a bundle signed for a repository that is not public: say so
 * before anything is uploaded, from the job's own token.
 */
function checkProvenanceClaims(claims) {
    const visibility = claims.repository_visibility;
    if (visibility === undefined || visibility === 'public')
        return;
    throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`provenance is on, but ${claims.repository ?? 'the repository'} is ${visibility} (repository_visibility in the job's OIDC token): npm accepts provenance only from public repositories and would refuse the publish (E422 "Unsupported GitHub Actions source repository visibility"). Set provenance: false for a ${visibility} repository.`, { input: 'provenance' });
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


/***/ })

};
