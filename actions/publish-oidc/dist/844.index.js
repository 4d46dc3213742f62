export const id = 844;
export const ids = [844,346];
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

/***/ 8844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishConfigTokens: () => (/* binding */ publishConfigTokens),
/* harmony export */   readPackage: () => (/* binding */ readPackage),
/* harmony export */   resolvePackageSources: () => (/* binding */ resolvePackageSources)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7709);
/* harmony import */ var _tokenless_artifacts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9425);
/* harmony import */ var _tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7922);
/* harmony import */ var _npm_clean_room_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3346);






async function readPackageJson(dir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The paths an entry names, each inside the workspace (links resolved). */
async function expand(workspace, pattern, cwd) {
    if (!/[*?[{]/.test(pattern)) {
        return [(0,_tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .resolveInWorkspace */ .z1)(workspace, pattern, { input: 'packages', base: cwd })];
    }
    return (0,_tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .globInWorkspace */ .xG)(workspace, pattern, { input: 'packages', cwd });
}
/** A private root with workspaces stands for its public workspace packages. */
async function workspaceDirs(workspace, dir, manifest) {
    const patterns = Array.isArray(manifest.workspaces)
        ? manifest.workspaces
        : (manifest.workspaces?.packages ?? []);
    const dirs = [];
    for (const pattern of patterns) {
        for (const candidate of await expand(workspace, pattern, dir)) {
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
        const matches = await expand(ctx.workspace, entry, cwd);
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
                sources.push(...(await workspaceDirs(ctx.workspace, match, manifest)));
            else if (manifest.private) {
                throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(match, 'package.json'))} is "private": true, so npm will not publish it. Remove private, or list the packages to publish.`, { input: 'packages' });
            }
            else
                sources.push(match);
        }
    }
    return [...new Set(sources)];
}
/** Credentials in the publishConfig of each package directory's package.json. */
async function publishConfigTokens(ctx, sources) {
    const found = [];
    for (const source of sources) {
        if (source.endsWith('.tgz'))
            continue;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(source, 'package.json');
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => '');
        found.push(...(0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .findTokensInPublishConfig */ .IN)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, file)));
    }
    return found;
}
/**
 * Packs a package directory into `destination` with `npm pack`, run in the directory (its scripts
 * and project .npmrc apply, as for `npm publish <dir>`) but with empty user and global configs, no
 * credentials in its environment and no way to request an OIDC token.
 */
async function packDirectory(ctx, npm, dir, display, destination) {
    const room = await (0,_npm_clean_room_js__WEBPACK_IMPORTED_MODULE_5__/* .createNpmCleanRoom */ .C)();
    try {
        const packed = await ctx.exec(npm, [
            'pack',
            '--json',
            '--pack-destination',
            destination,
            '--userconfig',
            room.userconfig,
            '--globalconfig',
            room.globalconfig,
        ], { cwd: dir, env: (0,_npm_clean_room_js__WEBPACK_IMPORTED_MODULE_5__/* .npmChildEnvironment */ .x)(ctx.env, { idToken: false }), silent: true });
        if (packed.exitCode !== 0) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`npm pack failed in ${display} (exit ${packed.exitCode}): ${packed.stderr.trim().split('\n').slice(-3).join(' ')}. Fix the package so that npm pack works.`, { input: 'packages' });
        }
        const [result] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destination, result?.filename ?? '');
    }
    finally {
        await room.dispose();
    }
}
/**
 * A package as it will be published: a .tgz read as is, a directory packed first, so that what is
 * checked (name, version, publishConfig, entries) is the very file npm uploads.
 */
async function readPackage(ctx, npm, source, destination) {
    const display = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ctx.workspace, source) || '.';
    const tarball = source.endsWith('.tgz')
        ? source
        : await packDirectory(ctx, npm, source, display, destination);
    const { name, version, manifest, integrity, shasum, manifestText, manifestPath } = await (0,_tokenless_artifacts__WEBPACK_IMPORTED_MODULE_3__/* .readNpmTarball */ .OO)(tarball);
    (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .refuseStaticTokens */ .Px)((0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_4__/* .findTokensInPublishConfig */ .IN)(manifestText, `${display}${source.endsWith('.tgz') ? '' : ' (packed)'}: ${manifestPath}`));
    return {
        source: display,
        path: tarball,
        name,
        version,
        manifest,
        packed: { integrity, shasum },
    };
}


/***/ })

};
