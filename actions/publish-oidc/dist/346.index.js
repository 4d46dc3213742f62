export const id = 346;
export const ids = [346];
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


/***/ })

};
