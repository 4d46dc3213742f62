export const id = 244;
export const ids = [244];
export const modules = {

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkTestGate: () => (/* binding */ checkTestGate)
/* harmony export */ });
/* unused harmony export GATE_CHECK_NAME */
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7709);

const GATE_CHECK_NAME = 'tokenless/test-gate';
/**
 * require-gate: a tokenless/test-gate check run on the commit must have concluded success.
 * `auto` requires it only when one exists; `true` requires that it exists.
 */
async function checkTestGate(ctx, inputs) {
    if (inputs.requireGate === 'false')
        return 'not required (require-gate: false)';
    const required = inputs.requireGate === 'true';
    const missing = !inputs.sha
        ? 'no sha'
        : !inputs.repository
            ? 'no GITHUB_REPOSITORY'
            : !inputs.token
                ? 'no token'
                : '';
    if (missing) {
        if (required) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`require-gate is true, but the test gate cannot be read: ${missing}. Pass sha and token (the job's GITHUB_TOKEN with checks: read).`, { input: 'require-gate' });
        }
        return `not checked (${missing})`;
    }
    const { createClientForAction, findCheckRun, httpStatus } = await Promise.all(/* import() */[__webpack_require__.e(980), __webpack_require__.e(579)]).then(__webpack_require__.bind(__webpack_require__, 5579));
    const client = createClientForAction({
        token: inputs.token ?? '',
        apiUrl: ctx.env.GITHUB_API_URL,
        log: ctx.log,
    });
    const sha = inputs.sha ?? '';
    let run;
    try {
        run = await findCheckRun(client, inputs.repository, sha, GATE_CHECK_NAME);
    }
    catch (error) {
        if (httpStatus(error) !== 403 || required) {
            const why = httpStatus(error) === 403 ? 'the token lacks checks: read' : String(error);
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Could not read the ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)}: ${why}. Add "checks: read" to the publishing job's permissions.`, { input: 'require-gate' });
        }
        ctx.log.warning(`The ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)} could not be read (the token lacks checks: read), so the test gate was not enforced. Add "checks: read" to the publishing job's permissions.`);
        return 'not checked (no checks: read)';
    }
    if (run === undefined) {
        if (required) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`require-gate is true, but ${sha.slice(0, 7)} has no ${GATE_CHECK_NAME} check run: the tests did not run (or did not record) on this exact commit. Run test-gate on it first.`, { input: 'require-gate' });
        }
        return `no ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)}`;
    }
    if (run.conclusion !== 'success') {
        throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The test gate on ${sha.slice(0, 7)} is ${run.conclusion ?? run.status} (${run.html_url ?? GATE_CHECK_NAME}): nothing is published for a commit whose tests did not pass. Fix the tests and release again.`, { input: 'require-gate' });
    }
    return `${GATE_CHECK_NAME} passed on ${sha.slice(0, 7)}`;
}


/***/ })

};
