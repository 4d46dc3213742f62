export const id = 336;
export const ids = [336];
export const modules = {

/***/ 2336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectGitHub: () => (/* binding */ connectGitHub),
/* harmony export */   u: () => (/* binding */ callGitHub)
/* harmony export */ });
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4516);
/* harmony import */ var _tokenless_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7977);


function connectGitHub(ctx, token, repo, sha) {
    const baseUrl = ctx.env.GITHUB_API_URL;
    const loopback = (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackApi */ .qM)(baseUrl);
    const client = (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_1__/* .createClientForAction */ .r2)({ token, apiUrl: baseUrl, log: ctx.log });
    return { client, repo, sha, loopback };
}
/** Runs a GitHub call; a sha GitHub does not know and the fixable HTTP errors become ConfigurationErrors. */
async function callGitHub(access, action, permission, body) {
    try {
        return await body();
    }
    catch (error) {
        const status = (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
        if ((status === 422 || status === 404) &&
            /No commit found/i.test(String(error.message))) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The commit ${access.sha} does not exist in ${access.repo.owner}/${access.repo.repo}. Pass the sha of a pushed commit (default: the event's GITHUB_SHA).`, { input: 'sha', cause: error });
        }
        throw (0,_tokenless_github__WEBPACK_IMPORTED_MODULE_1__/* .explainGitHubError */ .Pm)(error, { action, permission });
    }
}


/***/ }),

/***/ 7977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _U: () => (/* reexport */ createCheckRun),
  r2: () => (/* reexport */ createClientForAction),
  Pm: () => (/* reexport */ explainGitHubError),
  Ox: () => (/* reexport */ getCombinedStatus),
  nG: () => (/* reexport */ github_errors_httpStatus),
  qM: () => (/* reexport */ isLoopbackApi),
  lo: () => (/* reexport */ listCheckRuns)
});

// UNUSED EXPORTS: createGitHubClient, createIssue, createIssueComment, createRelease, createTagRef, errorCodes, findCheckRun, findIssueByMarker, findReleaseByTag, getEnvironment, getTagCommit, hasRequiredReviewers, isHttpError, listReleaseAssets, listReleases, parseRepository, sha256Digest, updateIssue, updateRelease, uploadReleaseAsset

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 10 modules
var src = __webpack_require__(4516);
;// CONCATENATED MODULE: ./packages/github/src/check-runs.ts
/** Every check run on `ref`, optionally only those named `name` (paginated). */
async function listCheckRuns(client, repo, ref, name) {
    return client.paginate(client.rest.checks.listForRef, {
        ...repo,
        ref,
        per_page: 100,
        ...(name ? { check_name: name } : {}),
    });
}
/** The newest check run named `name` on `ref`, if any. */
async function findCheckRun(client, repo, ref, name) {
    const runs = await listCheckRuns(client, repo, ref, name);
    return runs.sort((a, b) => b.id - a.id)[0];
}
async function createCheckRun(client, repo, fields) {
    const { data } = await client.rest.checks.create({
        ...repo,
        name: fields.name,
        head_sha: fields.headSha,
        status: fields.status ?? 'completed',
        ...(fields.conclusion ? { conclusion: fields.conclusion } : {}),
        ...(fields.detailsUrl ? { details_url: fields.detailsUrl } : {}),
        ...(fields.title
            ? {
                output: {
                    title: fields.title,
                    summary: fields.summary ?? '',
                    ...(fields.text ? { text: fields.text } : {}),
                },
            }
            : {}),
    });
    return data;
}
async function getCombinedStatus(client, repo, ref) {
    const { data } = await client.rest.repos.getCombinedStatusForRef({ ...repo, ref, per_page: 100 });
    return data;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(5250);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/github/src/client.ts




const RetryingGitHub = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const DEFAULT_API = 'https://api.github.com';
/** Whether the API is on this machine (the sandbox): no need to space writes or back off long. */
function isLoopbackApi(baseUrl) {
    if (!baseUrl)
        return false;
    try {
        const { hostname } = new URL(baseUrl);
        return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
    }
    catch {
        return false;
    }
}
function createGitHubClient(options) {
    const retries = options.retries ?? 3;
    const maxRetryAfter = options.maxRetryAfterSeconds ?? 120;
    const log = options.log;
    const writeSpacing = options.writeSpacingMs ?? 1000;
    const limitHandler = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < retries && retryAfter <= maxRetryAfter;
        log?.warn(`GitHub ${kind} on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'}.`);
        return retrying;
    };
    return new RetryingGitHub((0,utils/* getOctokitOptions */.EG)(options.token, {
        baseUrl: (options.baseUrl ?? DEFAULT_API).replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'tokenless',
        log: {
            debug: (message) => log?.debug(message),
            info: (message) => log?.debug(message),
            warn: (message) => log?.warn(message),
            error: (message) => log?.error(message),
        },
        retry: { retries, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        throttle: {
            onRateLimit: limitHandler('rate limit'),
            onSecondaryRateLimit: limitHandler('secondary rate limit'),
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: writeSpacing }),
            // Writes that notify people (issues, comments, releases) are spaced three times as far.
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: writeSpacing * 3 }),
        },
    }));
}
/**
 * The client an action uses: GitHub's API at `apiUrl` (GITHUB_API_URL), retries and rate limits
 * reported in the action's log, and no write spacing or long backoff against the sandbox.
 */
function createClientForAction(options) {
    const { log } = options;
    return createGitHubClient({
        token: options.token,
        baseUrl: options.apiUrl,
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.info(message),
            warn: (message) => log.warning(message),
            error: (message) => log.error(message),
        },
        ...(isLoopbackApi(options.apiUrl) ? { writeSpacingMs: 0, retryBaseMs: 20 } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/github/src/github-errors.ts

function isHttpError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number' &&
        typeof error.message === 'string');
}
function github_errors_httpStatus(error) {
    return isHttpError(error) ? error.status : undefined;
}
/** GitHub's error `code` values (`already_exists`, `invalid`, ...) from a 422 body. */
function github_errors_errorCodes(error) {
    if (!isHttpError(error))
        return [];
    const data = error.response?.data;
    return (data?.errors ?? []).flatMap((item) => (item.code ? [item.code] : []));
}
/**
 * Turns the errors a user can fix (a token without the permission, a bad token, a repository the
 * token cannot see) into a ConfigurationError that names the fix; anything else is returned as is.
 */
function explainGitHubError(error, operation) {
    if (!isHttpError(error))
        return error;
    const detail = error.message.split('\n')[0]?.replace(/ - https:\/\/docs\.github\.com\S*/, '') ?? '';
    if (error.status === 403 && /not accessible by integration|permission/i.test(detail)) {
        return new src/* ConfigurationError */.j1(`GitHub refused to ${operation.action}: 403 ${detail}. The token lacks the ${operation.permission} permission: add "permissions: { ${operation.permission} }" to the job (for GITHUB_TOKEN), or grant it to the app or token used.`, { cause: error });
    }
    if (error.status === 401) {
        return new src/* ConfigurationError */.j1(`GitHub rejected the token while trying to ${operation.action}: 401 ${detail}. The token is invalid or expired: pass a valid one in the token input (default: the job's GITHUB_TOKEN).`, { cause: error });
    }
    if (error.status === 404) {
        return new src/* ConfigurationError */.j1(`GitHub answered 404 Not Found while trying to ${operation.action}: the repository does not exist or the token cannot see it. Check the repository name and that the token has ${operation.permission}.`, { cause: error });
    }
    return error;
}

;// CONCATENATED MODULE: ./packages/github/src/environments.ts

/** The environment and its protection rules, or undefined when the repository has none of that name. */
async function getEnvironment(client, repo, name) {
    try {
        const { data } = await client.rest.repos.getEnvironment({ ...repo, environment_name: name });
        return data;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}
/** Whether a deployment to the environment waits for a person: required reviewers are set. */
function hasRequiredReviewers(environment) {
    return (environment.protection_rules ?? []).some((rule) => rule.type === 'required_reviewers' &&
        'reviewers' in rule &&
        (rule.reviewers?.length ?? 0) > 0);
}

;// CONCATENATED MODULE: ./packages/github/src/git-refs.ts

/** The commit of tag `tag` on GitHub, or undefined when GitHub has no such tag. */
async function getTagCommit(client, repo, tag) {
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
    let annotated = false;
    for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
        const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha });
        object = data.object;
        annotated = true;
    }
    return { sha: object.sha, annotated };
}
/**
 * Creates the lightweight tag `tag` at `sha`. When the tag exists already (another run made it),
 * that is fine if it is at `sha`; at another commit it is returned for the caller to refuse.
 */
async function createTagRef(client, repo, tag, sha) {
    try {
        await client.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
        return { created: true };
    }
    catch (error) {
        if (httpStatus(error) !== 422)
            throw error;
        // 422 is both "Reference already exists" and "Object does not exist": tell them apart.
        const existing = await getTagCommit(client, repo, tag);
        if (existing)
            return { created: false, existing };
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/github/src/releases.ts


/** Every release of the repository, drafts included (for a token that can see them), newest first. */
async function listReleases(client, repo) {
    return client.paginate(client.rest.repos.listReleases, { ...repo, per_page: 100 });
}
/**
 * The release for `tag`, a draft included: GitHub's by-tag route only finds published releases,
 * so a miss there is followed by a look through the list for a draft with that tag (the oldest,
 * when runs left several).
 */
async function findReleaseByTag(client, repo, tag) {
    try {
        const { data } = await client.rest.repos.getReleaseByTag({ ...repo, tag });
        return data;
    }
    catch (error) {
        if (httpStatus(error) !== 404)
            throw error;
    }
    const drafts = (await listReleases(client, repo)).filter((release) => release.tag_name === tag && release.draft);
    return drafts.sort((a, b) => a.id - b.id)[0];
}
async function createRelease(client, repo, fields) {
    const { data } = await client.rest.repos.createRelease({ ...repo, ...fields });
    return data;
}
async function updateRelease(client, repo, id, fields) {
    const { data } = await client.rest.repos.updateRelease({ ...repo, release_id: id, ...fields });
    return data;
}
async function listReleaseAssets(client, repo, releaseId) {
    return client.paginate(client.rest.repos.listReleaseAssets, {
        ...repo,
        release_id: releaseId,
        per_page: 100,
    });
}
function sha256Digest(data) {
    return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}
async function sameContent(client, repo, asset, file) {
    if (asset.size !== file.data.length)
        return false;
    if (asset.digest)
        return asset.digest === sha256Digest(file.data);
    const { data } = await client.rest.repos.getReleaseAsset({
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
    });
    return Buffer.from(data).equals(file.data);
}
/**
 * Uploads `file` to the release unless an asset of that name with the same bytes is there
 * already; an asset of that name with other bytes is replaced. A concurrent upload of the same
 * name (422 already_exists) is compared like an existing one.
 */
async function uploadReleaseAsset(client, repo, release, file, existing) {
    const assets = existing ?? (await listReleaseAssets(client, repo, release.id));
    const current = assets.find((asset) => asset.name === file.name);
    let action = 'uploaded';
    if (current) {
        if (await sameContent(client, repo, current, file))
            return { asset: current, action: 'unchanged' };
        await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: current.id });
        action = 'replaced';
    }
    try {
        const response = await client.request({
            method: 'POST',
            url: release.upload_url,
            name: file.name,
            ...(file.label ? { label: file.label } : {}),
            data: file.data,
            headers: {
                'content-type': file.contentType ?? 'application/octet-stream',
                'content-length': file.data.length,
            },
        });
        return { asset: response.data, action };
    }
    catch (error) {
        if (!errorCodes(error).includes('already_exists'))
            throw error;
        const raced = (await listReleaseAssets(client, repo, release.id)).find((asset) => asset.name === file.name);
        if (raced && (await sameContent(client, repo, raced, file))) {
            return { asset: raced, action: 'unchanged' };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts










/***/ })

};
