export const id = 295;
export const ids = [295,221];
export const modules = {

/***/ 1295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordGate: () => (/* binding */ recordGate)
/* harmony export */ });
/* harmony import */ var _tokenless_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5579);
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2336);
/* harmony import */ var _required_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8221);



/**
 * Creates the check run tokenless/test-gate on the sha, which publish-oidc's require-gate reads.
 * Without checks: write it warns, saying what that costs, and the gate's result stands.
 */
async function recordGate(ctx, access, record) {
    const { repo, sha } = access;
    const runUrl = ctx.env.GITHUB_SERVER_URL && ctx.env.GITHUB_RUN_ID
        ? `${ctx.env.GITHUB_SERVER_URL}/${repo.owner}/${repo.repo}/actions/runs/${ctx.env.GITHUB_RUN_ID}`
        : undefined;
    try {
        const run = await (0,_github_access_js__WEBPACK_IMPORTED_MODULE_1__/* .callGitHub */ .u)(access, `record the gate on ${sha}`, 'checks: write', () => (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_0__/* .createCheckRun */ ._U)(access.client, repo, {
            name: _required_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_CHECK_NAME */ .$,
            headSha: sha,
            status: 'completed',
            conclusion: record.passed ? 'success' : 'failure',
            title: record.title.slice(0, 1000),
            summary: record.summary.slice(0, 65_000),
            ...(record.text ? { text: record.text.slice(0, 65_000) } : {}),
            ...(runUrl ? { detailsUrl: runUrl } : {}),
        }));
        return { id: run.id, url: run.html_url ?? undefined };
    }
    catch (error) {
        if ((0,_tokenless_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403 || (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error.cause) === 403) {
            ctx.log.warning(`Could not record the gate as the check run ${_required_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_CHECK_NAME */ .$} on ${sha.slice(0, 7)}: GitHub answered 403 (the token lacks checks: write). publish-oidc's require-gate cannot see this result, so it will not hold a release of this commit back on it. Add "permissions: { checks: write }" to this job, or set record: false to stop this warning.`, { title: 'Gate not recorded' });
            return undefined;
        }
        throw (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .Pm)(error, {
            action: `record the gate on ${sha}`,
            permission: 'checks: write',
        });
    }
}


/***/ }),

/***/ 8221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ GATE_CHECK_NAME),
/* harmony export */   awaitRequiredChecks: () => (/* binding */ awaitRequiredChecks)
/* harmony export */ });
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3993);
/* harmony import */ var _tokenless_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5579);
/* harmony import */ var _github_access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2336);



const GATE_CHECK_NAME = 'tokenless/test-gate';
const PERMISSION = 'checks: read';
async function lookAtChecks(ctx, access) {
    const { client, repo, sha } = access;
    const runs = await (0,_github_access_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .u)(access, `list the check runs of ${sha}`, PERMISSION, () => (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_1__/* .listCheckRuns */ .lo)(client, repo, sha));
    const combined = await (0,_github_access_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .u)(access, `read the commit status of ${sha}`, 'statuses: read', () => (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_1__/* .getCombinedStatus */ .Ox)(client, repo, sha));
    const states = new Map();
    // Newest first: a re-run's check run replaces the old one of the same name.
    for (const run of [...runs].sort((a, b) => b.id - a.id)) {
        if (states.has(run.name))
            continue;
        states.set(run.name, {
            name: run.name,
            kind: 'check run',
            conclusion: run.status === 'completed' ? (run.conclusion ?? 'unknown') : 'pending',
            url: run.html_url ?? run.details_url ?? undefined,
        });
    }
    for (const status of combined.statuses) {
        if (states.has(status.context))
            continue;
        states.set(status.context, {
            name: status.context,
            kind: 'status',
            conclusion: status.state,
            url: status.target_url ?? undefined,
        });
    }
    ctx.log.debug(`Checks on ${sha}: ${[...states.values()].map((state) => `${state.name}=${state.conclusion}`).join(', ')}`);
    return states;
}
function selectChecks(states, options, ownNames) {
    if (options.names === 'all') {
        return {
            selected: [...states.values()].filter((state) => !ownNames.has(state.name)),
            missing: [],
        };
    }
    const selected = [];
    const missing = [];
    for (const name of options.names) {
        const state = states.get(name);
        if (state === undefined)
            missing.push(name);
        else
            selected.push(state);
    }
    return { selected, missing };
}
/**
 * Waits until every required check on the sha has concluded, looking again with backoff
 * (10 s growing to 60 s; 50 ms to 500 ms against the sandbox) until wait-minutes ends.
 * A named check that never appears is an error that lists the names there are.
 */
async function awaitRequiredChecks(ctx, access, options) {
    const ownNames = new Set([GATE_CHECK_NAME, ...options.ignore]);
    if (ctx.env.GITHUB_JOB)
        ownNames.add(ctx.env.GITHUB_JOB);
    const started = Date.now();
    const deadline = started + options.waitMinutes * 60_000;
    let interval = access.loopback ? 50 : 10_000;
    const maxInterval = access.loopback ? 500 : 60_000;
    for (;;) {
        const states = await lookAtChecks(ctx, access);
        const { selected, missing } = selectChecks(states, options, ownNames);
        const pending = selected.filter((state) => state.conclusion === 'pending');
        const remaining = deadline - Date.now();
        if ((pending.length === 0 && missing.length === 0) || remaining <= 0) {
            if (missing.length > 0) {
                const existing = [...states.keys()].filter((name) => !ownNames.has(name)).sort();
                throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`require-checks names ${missing.map((name) => `"${name}"`).join(', ')}, but ${access.sha.slice(0, 7)} has no check run or status by ${missing.length === 1 ? 'that name' : 'those names'}${options.waitMinutes > 0 ? ` after waiting ${options.waitMinutes} min` : ''}. The checks there are: ${existing.length > 0 ? existing.join(', ') : 'none'}. Use the check's name as shown on the commit (a job's name, not its id, when it has one).`, { input: 'require-checks' });
            }
            if (options.names === 'all' && selected.length === 0) {
                ctx.log.warning(`require-checks: all found no check run or status on ${access.sha.slice(0, 7)} besides this gate's own, so there was nothing to wait for. Name the checks to require them even before they start.`);
            }
            return {
                checks: selected,
                failed: selected.filter((state) => state.conclusion !== 'success' && state.conclusion !== 'pending'),
                pending,
                waitedMinutes: options.waitMinutes,
            };
        }
        const waiting = [
            ...pending.map((state) => `${state.name} (${state.kind}, pending)`),
            ...missing.map((name) => `${name} (not started)`),
        ];
        const delay = Math.min(interval, remaining);
        ctx.log.info(`Waiting for ${waiting.join(', ')}; looking again in ${Math.ceil(delay / 1000)} s.`);
        await (0,_tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(delay);
        interval = Math.min(Math.round(interval * 1.5), maxInterval);
    }
}


/***/ })

};
