export const id = 336;
export const ids = [336];
export const modules = {

/***/ 2336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectGitHub: () => (/* binding */ connectGitHub),
/* harmony export */   u: () => (/* binding */ callGitHub)
/* harmony export */ });
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3993);
/* harmony import */ var _tokenless_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5579);


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

/***/ 5579:
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

// UNUSED EXPORTS: GitHubAccessError, askedWaitSeconds, clientSettings, createGitHubClient, createIssue, createIssueComment, createRelease, createTagRef, decideRetry, errorCodes, errorDetail, findCheckRun, findIssueByMarker, findReleaseByTag, getEnvironment, getTagCommit, hasRequiredReviewers, isHttpError, listReleaseAssets, listReleases, parseRepository, parseRetryAfter, retryNoteOf, retryPlugin, sha256Digest, sha256OfFile, sha256OfStream, transientKind, updateIssue, updateRelease, uploadReleaseAsset

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 3 modules
var src = __webpack_require__(2344);
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 21 modules
var utils = __webpack_require__(1845);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/github/src/request-retry.ts
const NOTE = Symbol.for('tokenless.retry-note');
function retryNoteOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    return error[NOTE];
}
function noteOn(error, note) {
    if (typeof error === 'object' && error !== null) {
        Object.defineProperty(error, NOTE, { value: note, enumerable: false, configurable: true });
    }
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** `Retry-After` in seconds: a number of seconds or an HTTP date. */
function parseRetryAfter(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value);
    const date = Date.parse(value);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, Math.ceil((date - now) / 1000));
}
/** Which kind of transient failure an error is, or undefined when retrying cannot help. */
function transientKind(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const shape = error;
    const status = typeof shape.status === 'number' ? shape.status : undefined;
    const message = typeof shape.message === 'string' ? shape.message : '';
    if (status === undefined) {
        // fetch's own failures (reset, refused) carry no status.
        return /fetch failed|ECONNRESET|socket hang up|other side closed|ECONNREFUSED|terminated/i.test(message)
            ? 'dropped connection'
            : undefined;
    }
    if (status === 429)
        return /secondary rate/i.test(message) ? 'secondary rate limit' : 'rate limit';
    if (status === 403) {
        if (/secondary rate/i.test(message))
            return 'secondary rate limit';
        if (header(shape, 'x-ratelimit-remaining') === '0' || /rate limit exceeded/i.test(message))
            return 'rate limit';
        if (header(shape, 'retry-after') !== undefined)
            return 'rate limit';
        return undefined;
    }
    if (status >= 500) {
        // octokit reports a connection that failed as status 500 with fetch's message.
        return /fetch failed|other side closed|socket|ECONN|terminated/i.test(message) &&
            shape.response === undefined
            ? 'dropped connection'
            : 'server error';
    }
    return undefined;
}
/** Seconds GitHub asked to wait before the next try, if it said. */
function askedWaitSeconds(error, now) {
    const shape = error;
    const retryAfter = parseRetryAfter(header(shape, 'retry-after'), now);
    if (retryAfter !== undefined)
        return retryAfter;
    if (header(shape, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(shape, 'x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, Math.ceil(reset - now / 1000) + 1);
    }
    // GitHub's advice for a secondary rate limit without Retry-After: wait at least a minute.
    if (transientKind(error) === 'secondary rate limit')
        return 60;
    return undefined;
}
/**
 * Whether attempt `attempt` (0 = the first) of `method url` that failed with `error` is retried,
 * and after how long. Undefined when the error is not transient.
 */
function request_retry_decideRetry(error, attempt, policy, call, now = Date.now()) {
    const kind = transientKind(error);
    if (kind === undefined)
        return undefined;
    const asked = askedWaitSeconds(error, now);
    const where = `GitHub ${kind} on ${call.method} ${call.url}`;
    if (asked !== undefined && asked > policy.maxRetryAfterSeconds) {
        noteOn(error, { attempts: attempt + 1, refusedWaitSeconds: asked });
        return {
            kind,
            message: `${where}: GitHub asks to wait ${asked} s, more than the ${policy.maxRetryAfterSeconds} s this action waits; giving up.`,
        };
    }
    if (attempt >= policy.retries) {
        noteOn(error, { attempts: attempt + 1 });
        return { kind, message: `${where}: giving up.` };
    }
    const waitMs = asked !== undefined ? asked * 1000 : (attempt + 1) ** 2 * policy.baseMs;
    const shown = asked !== undefined ? `${asked} s` : `${waitMs} ms`;
    return {
        kind,
        waitMs,
        message: `${where}: retrying in ${shown} (retry ${attempt + 1} of ${policy.retries}).`,
    };
}
/**
 * The octokit plugin: `retryPolicy` and `retryLog` come from the client's options. A call whose
 * body is a stream passes `request.body`, a function that opens it again for each attempt, and
 * may lower `request.retries`.
 */
function retryPlugin(octokit, octokitOptions) {
    const options = octokitOptions;
    const policy = options.retryPolicy ?? { retries: 3, baseMs: 1000, maxRetryAfterSeconds: 120 };
    const log = options.retryLog ?? (() => undefined);
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const extra = requestOptions.request;
        const retries = extra?.retries ?? policy.retries;
        for (let attempt = 0;; attempt++) {
            // Hooks share one options object (a copy would not reach the inner ones): set it in place.
            if (extra?.body)
                Object.assign(requestOptions, { data: extra.body() });
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const decision = request_retry_decideRetry(error, attempt, { ...policy, retries }, {
                    method: String(requestOptions.method ?? 'GET'),
                    url: String(requestOptions.url).replace(/\{\?[^}]*\}$/, ''),
                });
                if (decision === undefined)
                    throw error;
                log(decision.message);
                if (decision.waitMs === undefined)
                    throw error;
                await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
            }
        }
    });
    return {};
}

;// CONCATENATED MODULE: ./packages/github/src/client.ts




// The retry plugin sits inside throttling's write spacing; throttling itself never retries.
const RetryingGitHub = utils/* GitHub */.gq.plugin(retryPlugin, dist_bundle/* throttling */.A);
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
    const log = options.log;
    const writeSpacing = options.writeSpacingMs ?? 1000;
    const never = () => false;
    const octokitOptions = (0,utils/* getOctokitOptions */.EG)(options.token, {
        baseUrl: (options.baseUrl ?? DEFAULT_API).replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'tokenless',
        log: {
            debug: (message) => log?.debug(message),
            info: (message) => log?.debug(message),
            warn: (message) => log?.warn(message),
            error: (message) => log?.error(message),
        },
        throttle: {
            // Rate limits are retried by the retry plugin, with the rest.
            onRateLimit: never,
            onSecondaryRateLimit: never,
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: writeSpacing }),
            // Writes that notify people (issues, comments, releases) are spaced three times as far.
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: writeSpacing * 3 }),
        },
    });
    const retryPolicy = {
        retries: options.retries ?? 3,
        baseMs: options.retryBaseMs ?? 1000,
        maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 120,
    };
    const retryLog = (message) => log?.warn(message);
    const client = new RetryingGitHub({ ...octokitOptions, retryPolicy, retryLog });
    client_clientSettings.set(client, { retryPolicy, retryLog, userAgent: options.userAgent ?? 'tokenless' });
    return client;
}
/** What calls made beside octokit (streamed uploads) need of a client's settings. */
const client_clientSettings = new WeakMap();
/**
 * The client an action uses: GitHub's API at `apiUrl` (GITHUB_API_URL), retries and rate limits
 * reported in the action's log, and no write spacing or long backoff against the sandbox (a
 * Retry-After is still waited as asked).
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

// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __webpack_require__(712);
;// CONCATENATED MODULE: ./packages/github/src/github-access-error.ts

/** A GitHub answer that the token, the permissions or the repository explain: the message says what was found, where, and the fix. */
class GitHubAccessError extends configuration_error/* ConfigurationError */.j1 {
    name = 'GitHubAccessError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
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
/** octokit's message, as one short line of plain text: it is shown after our own sentence only. */
function errorDetail(error) {
    const line = error.message.split('\n')[0] ?? '';
    const plain = line
        .replace(/ - https:\/\/docs\.github\.com\S*/, '')
        // Control characters and workflow-command markers are not passed on.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/::/g, ': :')
        .trim();
    return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}
function github_errors_header(error, name) {
    const headers = error.response?.headers;
    const value = headers?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** The 422 body's `errors[]`, each as `field code` (`tag_name already_exists`). */
function validationErrors(error) {
    const data = error.response?.data;
    return (data?.errors ?? []).map((item) => {
        if (typeof item === 'string')
            return item;
        const parts = [item.field, item.code === 'custom' ? undefined : item.code, item.message];
        return parts.filter((part) => typeof part === 'string' && part !== '').join(' ');
    });
}
function retrySuffix(error) {
    const note = retryNoteOf(error);
    return note !== undefined && note.attempts > 1 ? ` (${note.attempts} attempts)` : '';
}
/**
 * Turns every HTTP error GitHub answers into an error that says what happened, during which call,
 * and the fix: the errors a user can fix (a token without the permission, a bad token, a repository
 * the token cannot see, a request GitHub finds invalid) become ConfigurationErrors; the transient
 * ones (rate limits, 5xx, a wait too long) plain Errors. octokit's own text follows only as
 * detail. Anything that is not an HTTP error is returned as is.
 */
function explainGitHubError(error, operation) {
    if (!isHttpError(error))
        return error;
    const detail = errorDetail(error);
    const { action, permission } = operation;
    const status = error.status;
    const note = retryNoteOf(error);
    if (note?.refusedWaitSeconds !== undefined) {
        return new Error(`GitHub answered ${status} to the attempt to ${action} and asked to wait ${note.refusedWaitSeconds} s before trying again, longer than this action waits. Rerun the job after that time (GitHub said: ${detail}).`, { cause: error });
    }
    if (status === 403 && /not accessible by integration|permission/i.test(detail)) {
        return new GitHubAccessError('TL_GITHUB_PERMISSION', `GitHub refused to ${action}: 403 ${detail}. The token lacks the ${permission} permission: add "permissions: { ${permission} }" to the job (for GITHUB_TOKEN), or grant it to the app or token used.`, { cause: error });
    }
    if (status === 429 || (status === 403 && /rate limit/i.test(detail))) {
        const reset = Number(github_errors_header(error, 'x-ratelimit-reset'));
        const until = Number.isFinite(reset) && reset > 0
            ? ` The limit resets at ${new Date(reset * 1000).toISOString()}.`
            : '';
        return new Error(`GitHub's rate limit stopped the attempt to ${action}: ${status}${retrySuffix(error)}.${until} Rerun the job later, or use a GitHub App's token, which has a limit of its own (GitHub said: ${detail}).`, { cause: error });
    }
    if (status === 401) {
        return new GitHubAccessError('TL_GITHUB_TOKEN_INVALID', `GitHub rejected the token while trying to ${action}: 401 ${detail}. The token is invalid or expired: pass a valid one in the token input (default: the job's GITHUB_TOKEN).`, { cause: error });
    }
    if (status === 403) {
        return new GitHubAccessError('TL_GITHUB_FORBIDDEN', `GitHub refused to ${action}: 403 ${detail}. The token has no right to do it here: check that it has ${permission} on this repository and that no repository rule (a protected tag, an immutable release) forbids it.`, { cause: error });
    }
    if (status === 404) {
        return new GitHubAccessError('TL_GITHUB_NOT_FOUND', `GitHub answered 404 Not Found while trying to ${action}: the repository does not exist or the token cannot see it. Check the repository name and that the token has ${permission}.`, { cause: error });
    }
    if (status === 409) {
        return new Error(`GitHub answered 409 Conflict to the attempt to ${action}: the repository changed at the same time (another run, or a push). Rerun the job: it picks up what is there (GitHub said: ${detail}).`, { cause: error });
    }
    if (status === 422) {
        const fields = validationErrors(error).map(errorDetailOf);
        const what = fields.length > 0 ? fields.join('; ') : detail;
        const exists = github_errors_errorCodes(error).includes('already_exists');
        return new GitHubAccessError('TL_GITHUB_CONFLICT', exists
            ? `GitHub refused to ${action}: 422, it exists already (${what}). Another run or a person made it at the same time: rerun the job, which joins what exists.`
            : `GitHub refused to ${action}: 422 Validation Failed (${what}). Fix the value GitHub names (the tag, the name, the notes or an asset's name), then rerun.`, { cause: error });
    }
    if (status >= 500) {
        return new Error(`GitHub failed to ${action}: ${status}${retrySuffix(error)}. It is a fault on GitHub's side: check https://www.githubstatus.com and rerun the job (GitHub said: ${detail}).`, { cause: error });
    }
    return new Error(`GitHub answered ${status} to the attempt to ${action}. Rerun the job; if it persists, report it with this message (GitHub said: ${detail}).`, { cause: error });
}
function errorDetailOf(text) {
    return errorDetail({ message: text });
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
/** The sha256 of a stream of bytes, read chunk by chunk, as GitHub writes an asset's digest. */
async function sha256OfStream(stream) {
    const hash = createHash('sha256');
    for await (const chunk of stream)
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}
function sha256OfFile(path) {
    return sha256OfStream(createReadStream(path));
}
async function sameContent(client, repo, asset, file) {
    if (asset.size !== file.size)
        return false;
    const local = await sha256OfFile(file.path);
    if (asset.digest)
        return asset.digest === local;
    // An asset without a digest (older ones): download it as a stream and hash that.
    const { data } = await client.rest.repos.getReleaseAsset({
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false },
    });
    return (await sha256OfStream(data)) === local;
}
/** One POST of the file over node:http, read from disk as the socket takes it. */
async function postFile(url, file, headers) {
    const { request } = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const call = request(url, { method: 'POST', headers }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                // An answer is one asset's JSON: more than 1 MiB is not GitHub's answer.
                if (size <= 1024 * 1024)
                    chunks.push(chunk);
            });
            response.on('error', reject);
            response.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                let data = text;
                try {
                    data = JSON.parse(text);
                }
                catch {
                    // Not JSON: kept as text for the message.
                }
                resolve({ status: response.statusCode ?? 0, headers: response.headers, data });
            });
        });
        call.on('error', reject);
        sendFileBody(call, file.path).catch((error) => call.destroy(error));
    });
}
/**
 * Writes the file into the request through one reused 1 MiB buffer, each chunk only once the
 * last one has left for the socket: memory stays flat (a piped stream allocates a new chunk per
 * read and leaves them to the garbage collector, which let a 1 GiB upload reach 160 MB).
 */
async function sendFileBody(call, path) {
    const handle = await open(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            await new Promise((resolve, reject) => call.write(buffer.subarray(0, bytesRead), (error) => (error ? reject(error) : resolve())));
        }
        call.end();
    }
    finally {
        await handle.close();
    }
}
/**
 * Sends the file's bytes to the release's upload URL as a stream with its Content-Length, over
 * node:http with the socket's backpressure: memory stays constant whatever the size (undici's
 * fetch, under octokit, buffered a 1 GiB body whole). Retried like every other call, each attempt
 * opening the file again; a failure is an error shaped like octokit's (status, response).
 */
async function sendAsset(client, release, file) {
    const settings = clientSettings.get(client);
    const policy = settings?.retryPolicy ?? { retries: 3, baseMs: 1000, maxRetryAfterSeconds: 120 };
    const { token } = (await client.auth());
    const url = new URL(release.upload_url.replace(/\{\?[^}]*\}$/, ''));
    url.searchParams.set('name', file.name);
    if (file.label)
        url.searchParams.set('label', file.label);
    const headers = {
        accept: 'application/vnd.github+json',
        'user-agent': settings?.userAgent ?? 'tokenless',
        'content-type': file.contentType ?? 'application/octet-stream',
        'content-length': String(file.size),
        ...(token ? { authorization: `token ${token}` } : {}),
    };
    const where = { method: 'POST', url: `${url.origin}${url.pathname}` };
    for (let attempt = 0;; attempt++) {
        let failure;
        try {
            const answer = await postFile(url, file, headers);
            if (answer.status >= 200 && answer.status < 300)
                return answer.data;
            const said = answer.data?.message;
            failure = Object.assign(new Error(typeof said === 'string' ? said : `HTTP ${answer.status}`), { status: answer.status, response: { headers: answer.headers, data: answer.data } });
        }
        catch (error) {
            failure = error;
        }
        const decision = decideRetry(failure, attempt, policy, where);
        if (decision === undefined)
            throw failure;
        settings?.retryLog(decision.message);
        if (decision.waitMs === undefined)
            throw failure;
        await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
    }
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
        return { asset: await sendAsset(client, release, file), action };
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
