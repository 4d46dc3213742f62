export const id = 438;
export const ids = [438,346];
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

/***/ 1438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkProvenanceClaims: () => (/* binding */ checkProvenanceClaims),
  checkRepositoryUrls: () => (/* binding */ checkRepositoryUrls),
  checkVersions: () => (/* binding */ checkVersions),
  chooseDistTag: () => (/* binding */ chooseDistTag),
  ensureNpm: () => (/* binding */ ensureNpm),
  publishNpmPackage: () => (/* binding */ publishNpmPackage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 10 modules
var src = __webpack_require__(7709);
// EXTERNAL MODULE: ./packages/oidc/src/index.ts + 9 modules
var oidc_src = __webpack_require__(7922);
// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __webpack_require__(1210);
// EXTERNAL MODULE: ./node_modules/semver/ranges/valid.js
var valid = __webpack_require__(4737);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(3639);
// EXTERNAL MODULE: ./packages/versioning/src/semver-strict.ts
var semver_strict = __webpack_require__(6636);
// EXTERNAL MODULE: ./packages/versioning/src/version-error.ts
var version_error = __webpack_require__(2889);
;// CONCATENATED MODULE: ./packages/versioning/src/npm-dist-tag.ts





const PEP440_DIST_TAGS = { a: 'alpha', b: 'beta', rc: 'rc' };
/** The dist-tag for prereleases that carry no usable word. */
const FALLBACK_DIST_TAG = 'next';
/**
 * The npm dist-tag a version should be published under: `latest` for a stable version;
 * for a prerelease the word that starts its first identifier, lowercased, without trailing
 * digits (`1.2.0-rc.1` -> `rc`, `2.0.0-beta` -> `beta`, `1.0.0-next.3` -> `next`,
 * `1.0.0-RC1` -> `rc`); `next` when the first identifier is numeric (`1.0.0-0`).
 * PEP 440 versions map like {@link pep440ToSemver}: `a` -> `alpha`, `b` -> `beta`, `rc` -> `rc`,
 * `.dev` -> `dev`; post-releases are stable. A prerelease never gets `latest` nor a tag that is a
 * valid semver range (npm refuses those, e.g. `x`): it gets `next` instead.
 * @throws ConfigurationError when the version is neither semver nor PEP 440.
 */
function npmDistTag(version) {
    if ((0,semver_strict/* isStrictSemver */.i)(version)) {
        const [first] = (0,semver_strict/* parseSemverStrict */.X)(version).prerelease;
        return first === undefined ? 'latest' : guardDistTag(leadingWord(first));
    }
    const parsed = (0,pep440/* parsePep440 */.FB)(version);
    if (parsed === undefined) {
        throw new version_error/* VersionError */.t('TL_VERSION_INVALID', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).`);
    }
    if (parsed.pre !== undefined)
        return PEP440_DIST_TAGS[parsed.pre.label];
    return parsed.dev === undefined ? 'latest' : 'dev';
}
/** `rc1` -> `rc`, `beta-2` -> `beta`, `canary-abc` -> `canary-abc`; numeric -> undefined. */
function leadingWord(identifier) {
    return /^[a-z]+(?:-[a-z]+)*/.exec(identifier.toLowerCase())?.[0];
}
function guardDistTag(tag) {
    if (tag === undefined || tag === 'latest' || valid_default()(tag) !== null) {
        return FALLBACK_DIST_TAG;
    }
    return tag;
}

// EXTERNAL MODULE: ./actions/publish-oidc/src/npm-clean-room.ts
var npm_clean_room = __webpack_require__(3346);
// EXTERNAL MODULE: ./actions/publish-oidc/src/outcome.ts
var src_outcome = __webpack_require__(1813);
;// CONCATENATED MODULE: ./actions/publish-oidc/src/npm-publish.ts








async function fetchPackument(registry, name) {
    // Size and time limits are httpRequest's defaults (50 MiB, 120 s); a 429 or 5xx is retried.
    const response = await (0,src/* httpRequest */.aj)(new URL((0,oidc_src/* escapePackageName */.lw)(name), registry), {
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
    const env = (0,npm_clean_room/* npmChildEnvironment */.x)(ctx.env, { idToken: false });
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
    const natural = npmDistTag(version);
    if (requested === undefined)
        return natural;
    if (requested === 'latest' && natural !== 'latest') {
        throw new src/* ConfigurationError */.j1(`dist-tag is latest, but ${version} is a prerelease: npm would make every plain "npm install" pick it. Leave dist-tag out (${natural} is used) or choose another tag.`, { input: 'dist-tag' });
    }
    return requested;
}
/**
 * The version of the npm on PATH read from its package.json (bin/npm -> npm/bin/npm-cli.js),
 * which saves starting npm once; undefined when the layout is not the usual one.
 */
async function npmVersionOnPath(ctx) {
    for (const dir of (ctx.env.PATH ?? '').split(external_node_path_.delimiter)) {
        try {
            const cli = await (0,promises_.realpath)((0,external_node_path_.join)(dir, 'npm'));
            const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)((0,external_node_path_.dirname)(cli), '..', 'package.json'), 'utf8'));
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
    const prefix = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-npm-'));
    const installed = await ctx.exec('npm', ['install', '--no-save', '--prefix', prefix, `npm@${minimum}`], {
        silent: true,
    });
    if (installed.exitCode !== 0) {
        throw new Error(`Could not install npm@${minimum}: ${installed.stderr.trim().split('\n').slice(-2).join(' ')}`);
    }
    return (0,external_node_path_.join)(prefix, 'node_modules', '.bin', 'npm');
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
    const exchange = (0,oidc_src/* requestIdToken */.gj)(context.request, (0,oidc_src/* npmAudience */.YD)(registry), (secret) => ctx.setSecret(secret)).then((idToken) => (0,oidc_src/* exchangeNpmToken */.eX)({
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
        ? (0,oidc_src/* requestIdToken */.gj)(context.request, 'sigstore', (secret) => ctx.setSecret(secret))
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
    const room = await (0,npm_clean_room/* createNpmCleanRoom */.C)(`registry=${registry}\n//${host.host}${host.pathname}:_authToken=${token}\n`);
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
    const seconds = await (0,src_outcome/* waitUntil */.a)(async () => (await fetchPackument(registry, name))?.versions?.[version]?.dist?.integrity === integrity, inputs.verifyTimeoutSeconds);
    return seconds === undefined
        ? outcome('failed', `published, but ${registry} did not serve ${version} with integrity ${integrity} within ${inputs.verifyTimeoutSeconds} s. Check the registry before publishing again.`)
        : outcome('published', `dist-tag ${context.distTag}; served with matching integrity after ${seconds.toFixed(1)} s`);
}
function checkVersions(packages, version) {
    for (const pkg of packages) {
        if (!pkg.name || !pkg.version) {
            throw new src/* ConfigurationError */.j1(`${pkg.source}: package.json has no ${pkg.name ? 'version' : 'name'}. Add it.`, {
                input: 'packages',
            });
        }
        if (version !== undefined && pkg.version !== version) {
            throw new src/* ConfigurationError */.j1(`${pkg.source} (${pkg.name}) has version ${pkg.version}, but this release is ${version}. Set the version in its package.json (validate-tag checks the manifests), or leave it out of packages.`, { input: 'version' });
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
    throw new src/* ConfigurationError */.j1(`provenance is on, but ${claims.repository ?? 'the repository'} is ${visibility} (repository_visibility in the job's OIDC token): npm accepts provenance only from public repositories and would refuse the publish (E422 "Unsupported GitHub Actions source repository visibility"). Set provenance: false for a ${visibility} repository.`, { input: 'provenance' });
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
            throw new src/* ConfigurationError */.j1(`${pkg.source} (${pkg.name}): package.json's repository is ${url ?? 'not set'}, but provenance ties the package to ${repository}, and npm refuses the publish when they differ. Set "repository": { "type": "git", "url": "git+https://github.com/${repository}.git" }, or provenance: false.`, { input: 'provenance' });
        }
    }
}


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

/***/ 6636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseSemverStrict),
/* harmony export */   i: () => (/* binding */ isStrictSemver)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1210);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2889);



const ACCEPTED = 'it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)';
const ALLOWED_CHARACTER = /^[0-9A-Za-z.+-]$/;
const NUMBER = /^(0|[1-9][0-9]*)$/;
/**
 * Parses a semver 2.0.0 version the way npm does (no leading `v`, no loose forms).
 * @throws ConfigurationError naming what is wrong (missing or extra numbers, leading zeros,
 *   a leading `v`, whitespace or other characters, empty identifiers).
 */
function parseSemverStrict(text) {
    const problem = explainSemverProblem(text);
    if (problem !== undefined)
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_SEMVER_INVALID', problem);
    const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(text);
    if (parsed === null) {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_SEMVER_INVALID', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(text)} is not a semver version: ${ACCEPTED}.`);
    }
    return {
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.map(String),
        build: [...parsed.build],
        version: text,
    };
}
/** True when `text` is a strict semver version ({@link parseSemverStrict} accepts it). */
function isStrictSemver(text) {
    return explainSemverProblem(text) === undefined && semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(text) !== null;
}
/** Says why `text` is not strict semver, or returns undefined when no specific reason is found. */
function explainSemverProblem(text) {
    const quoted = (0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(text);
    if (text.trim() === '')
        return `The version is empty: ${ACCEPTED}.`;
    if (/\s/.test(text)) {
        return `${quoted} contains whitespace, which a semver version cannot hold: remove it (${ACCEPTED}).`;
    }
    if (/^[vV]\d/.test(text)) {
        return `${quoted} starts with "${text[0]}": drop the v; the tag prefix carries it. Write ${text.slice(1)}.`;
    }
    const bad = [...text].find((character) => !ALLOWED_CHARACTER.test(character));
    if (bad !== undefined) {
        return `${quoted} contains ${JSON.stringify(bad)}, which semver does not allow: only digits, letters, ".", "-" and "+" (e.g. 1.2.0-rc.1+build.5).`;
    }
    const match = /^([^+-]*)(?:-([^+]*))?(?:\+(.*))?$/.exec(text);
    const [, core = '', prerelease, build] = match ?? [];
    return (explainCoreProblem(quoted, core) ??
        explainIdentifiersProblem(text, 'prerelease', prerelease) ??
        explainIdentifiersProblem(text, 'build metadata', build));
}
function explainCoreProblem(quoted, core) {
    const numbers = core.split('.');
    if (!numbers.every((part) => /^[0-9]+$/.test(part))) {
        return `${quoted} is not a semver version: ${ACCEPTED}.`;
    }
    if (numbers.length < 3) {
        const padded = [...numbers, '0', '0'].slice(0, 3).map(Number).join('.');
        return `${quoted} is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. ${padded} (optionally -prerelease and +build).`;
    }
    if (numbers.length > 3) {
        return `${quoted} has ${numbers.length} numbers but semver has exactly three (MAJOR.MINOR.PATCH), e.g. ${numbers.slice(0, 3).map(Number).join('.')}. Versions with more numbers are valid only under the pep440 scheme.`;
    }
    const padded = numbers.find((part) => !NUMBER.test(part));
    if (padded !== undefined) {
        return `${quoted} has a leading zero in "${padded}": semver numbers have none (npm rejects them). Write ${numbers.map(Number).join('.')}.`;
    }
    return undefined;
}
function explainIdentifiersProblem(text, what, identifiers) {
    if (identifiers === undefined)
        return undefined;
    const quoted = (0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(text);
    const parts = identifiers.split('.');
    if (parts.some((part) => part === '')) {
        return `${quoted} has an empty ${what} identifier: identifiers are non-empty and separated by single dots, e.g. 1.2.0-rc.1+build.5.`;
    }
    const padded = parts.find((part) => /^0[0-9]+$/.test(part));
    if (what === 'prerelease' && padded !== undefined) {
        const unpadded = parts.map((part) => (/^[0-9]+$/.test(part) ? BigInt(part).toString() : part));
        const fixed = text.replace(`-${identifiers}`, `-${unpadded.join('.')}`);
        return `${quoted} has the numeric prerelease identifier "${padded}" with a leading zero, which semver forbids: write ${fixed}.`;
    }
    return undefined;
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
