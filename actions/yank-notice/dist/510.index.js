export const id = 510;
export const ids = [510];
export const modules = {

/***/ 5510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yankRelease: () => (/* binding */ yankRelease)
});

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 9 modules
var src = __webpack_require__(3758);
// EXTERNAL MODULE: ./packages/platform/src/index.ts + 3 modules
var platform_src = __webpack_require__(2344);
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

;// CONCATENATED MODULE: ./packages/github/src/issues.ts
/**
 * The issue whose body starts with the line `marker` (an HTML comment such as
 * `<!-- tokenless:yank v1.2.3 -->`), open or closed, so that a rerun updates it instead of
 * opening another; pull requests excluded. The marker anywhere else in a body (quoted by someone,
 * or written into another issue from an input) does not count: only the action writes first lines.
 */
async function findIssueByMarker(client, repo, marker, options = {}) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        per_page: 100,
        ...(options.labels?.length ? { labels: options.labels.join(',') } : {}),
    });
    return issues
        .filter((issue) => !issue.pull_request && startsWithLine(issue.body ?? '', marker))
        .sort((a, b) => a.number - b.number)[0];
}
async function createIssue(client, repo, fields) {
    const { data } = await client.rest.issues.create({ ...repo, ...fields });
    return data;
}
async function updateIssue(client, repo, number, fields) {
    const { data } = await client.rest.issues.update({ ...repo, issue_number: number, ...fields });
    return data;
}
async function createIssueComment(client, repo, number, body) {
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
    return data;
}
function startsWithLine(body, line) {
    const text = body.replace(/\r\n/g, '\n');
    return text === line || text.startsWith(`${line}\n`);
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











// EXTERNAL MODULE: ./packages/versioning/src/release-tag.ts + 1 modules
var release_tag = __webpack_require__(2849);
// EXTERNAL MODULE: ./packages/versioning/src/versions-by-scheme.ts + 3 modules
var versions_by_scheme = __webpack_require__(8446);
// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __webpack_require__(1210);
// EXTERNAL MODULE: ./node_modules/semver/functions/compare-build.js
var compare_build = __webpack_require__(7648);
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(3639);
// EXTERNAL MODULE: ./packages/versioning/src/semver-strict.ts
var semver_strict = __webpack_require__(6636);
// EXTERNAL MODULE: ./packages/versioning/src/version-error.ts
var version_error = __webpack_require__(2889);
;// CONCATENATED MODULE: ./packages/versioning/src/version-mapping.ts






/** Semver prerelease labels that have a PEP 440 meaning, lowercased. */
const SEMVER_TO_PEP440_LABEL = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
    dev: 'dev',
};
const PEP440_TO_SEMVER_LABEL = { a: 'alpha', b: 'beta', rc: 'rc' };
const MAPPABLE = 'PEP 440 knows only alpha/a, beta/b, rc and dev, e.g. 1.2.0-rc.1 -> 1.2.0rc1';
/**
 * Maps a semver version to the normalised PEP 440 version of the same release:
 * `-rc.1` -> `rc1`, `-alpha.2` -> `a2`, `-beta.3` -> `b3`, `-rc` -> `rc0`, `-dev.4` -> `.dev4`,
 * `-rc1` -> `rc1`, and build metadata `+x` -> local label `+x`.
 * @throws ConfigurationError for an invalid semver version and for prereleases PEP 440 cannot
 *   express (`-next.1`, `-0`, `-rc.1.2`), including `-post.1`: in semver it sorts before the
 *   release, in PEP 440 `.post1` sorts after it.
 */
function semverToPep440(version) {
    const parts = (0,semver_strict/* parseSemverStrict */.X)(version);
    const mapped = { epoch: 0, release: [parts.major, parts.minor, parts.patch] };
    if (parts.prerelease.length > 0) {
        const core = `${parts.major}.${parts.minor}.${parts.patch}`;
        const { label, number } = mapPrerelease(version, core, parts.prerelease);
        if (label === 'dev')
            mapped.dev = number;
        else
            mapped.pre = { label, number };
    }
    const local = parts.build.flatMap((identifier) => identifier.split('-')).filter(Boolean);
    if (local.length > 0)
        mapped.local = local;
    return (0,pep440/* formatPep440 */.J4)((0,pep440/* parsePep440OrThrow */._h)((0,pep440/* formatPep440 */.J4)(mapped)));
}
function mapPrerelease(version, core, identifiers) {
    const joined = identifiers.join('.');
    const [first = '', second, ...rest] = identifiers;
    const match = /^([a-z]+)([0-9]*)$/i.exec(first);
    const word = match?.[1]?.toLowerCase() ?? '';
    const attached = match?.[2] ?? '';
    if (word === 'post' || word === 'rev' || word === 'r') {
        throw new version_error/* VersionError */.t('TL_VERSION_UNMAPPABLE', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which cannot become a PEP 440 post-release: in semver it sorts before ${core}, in PEP 440 .post sorts after it. Release the next patch version instead.`);
    }
    const label = SEMVER_TO_PEP440_LABEL[word];
    const number = attached !== '' ? attached : (second ?? '0');
    const numberOk = /^[0-9]+$/.test(number) && (attached === '' || second === undefined);
    if (label === undefined || !numberOk || rest.length > 0) {
        throw new version_error/* VersionError */.t('TL_VERSION_UNMAPPABLE', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which has no PEP 440 equivalent: ${MAPPABLE}.`);
    }
    return { label, number: Number(number) };
}
/**
 * Maps a PEP 440 version to semver: `1.2.0rc1` -> `1.2.0-rc.1`, `a2` -> `-alpha.2`,
 * `b3` -> `-beta.3`, `.dev4` -> `-dev.4`, local `+x` -> build `+x`. A release of one or two
 * numbers is padded with zeros (`1.2rc1` -> `1.2.0-rc.1`).
 * @throws ConfigurationError for invalid versions and for what semver cannot express: epochs,
 *   post-releases, more than three release numbers, a pre-release combined with a dev release.
 */
function pep440ToSemver(version) {
    const parsed = parsePep440OrThrow(version);
    const reason = unmappableToSemver(parsed);
    if (reason !== undefined) {
        throw new VersionError('TL_VERSION_UNMAPPABLE', `${quoteExcerpt(version)} (${formatPep440(parsed)}) ${reason}, which semver cannot express. Use MAJOR.MINOR.PATCH with an optional a/b/rc or .dev suffix, e.g. 1.2.0rc1.`);
    }
    const core = [...parsed.release, 0, 0].slice(0, 3).join('.');
    let text = core;
    if (parsed.pre !== undefined)
        text += `-${PEP440_TO_SEMVER_LABEL[parsed.pre.label]}.${parsed.pre.number}`;
    if (parsed.dev !== undefined)
        text += `-dev.${parsed.dev}`;
    if (parsed.local !== undefined)
        text += `+${parsed.local.join('.')}`;
    return text;
}
function unmappableToSemver(version) {
    if (version.epoch !== 0)
        return `has the epoch ${version.epoch}!`;
    if (version.post !== undefined)
        return `is a post-release (.post${version.post})`;
    if (version.release.length > 3)
        return `has ${version.release.length} release numbers`;
    if (version.pre !== undefined && version.dev !== undefined) {
        return 'combines a pre-release with a dev release';
    }
    return undefined;
}
/**
 * True when two version strings name the same release:
 * - both strict semver: equal as semver, build metadata included (`1.2.0-rc.1` is not `1.2.0-rc1`);
 * - exactly one strict semver: it is mapped with {@link semverToPep440} and must equal the
 *   other under PEP 440 (`1.2.0-rc.1` ~ `1.2.0rc1`, `1.2.0` ~ `1.2`, since PEP 440 pads releases);
 * - neither: both parse under PEP 440 and compare equal (`1.2rc1` ~ `1.2.0-RC1`).
 * Anything unparsable or unmappable is not equivalent. Never throws.
 */
function versionsEquivalent(a, b) {
    const aSemver = isStrictSemver(a);
    const bSemver = isStrictSemver(b);
    if (aSemver && bSemver)
        return compareBuild(a, b) === 0;
    const left = aSemver ? tryMapToPep440(a) : parsePep440(a);
    const right = bSemver ? tryMapToPep440(b) : parsePep440(b);
    return left !== undefined && right !== undefined && comparePep440(left, right) === 0;
}
function tryMapToPep440(version) {
    try {
        return parsePep440(semverToPep440(version));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/yank-notice/src/npm-deprecate.ts



const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/** The userconfig names this variable instead of holding the token: the file has no secret. */
const TOKEN_VARIABLE = 'TOKENLESS_NPM_DEPRECATE_TOKEN';
/** The arguments of `npm deprecate`, with `--registry` unless it is npm's own. */
function deprecateArguments(request) {
    const args = ['deprecate', `${request.name}@${request.version}`, request.message];
    const registry = request.registry.endsWith('/') ? request.registry : `${request.registry}/`;
    return registry === DEFAULT_REGISTRY ? args : [...args, '--registry', request.registry];
}
function shellQuote(word) {
    return /^[A-Za-z0-9@%+=:,./_-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The command a maintainer runs by hand (logged in with `npm login` or a token of their own). */
function deprecateCommand(request) {
    return ['npm', ...deprecateArguments(request)].map(shellQuote).join(' ');
}
/**
 * Runs `npm deprecate` with the token given to that process only: a userconfig in a temporary
 * directory outside the workspace refers to it through an environment variable, so that no file
 * ever holds it, and the directory is removed afterwards. npm's own output is logged (masked).
 */
async function runNpmDeprecate(ctx, request, token) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-deprecate-'));
    const registry = new URL(request.registry);
    const userconfig = (0,external_node_path_.join)(dir, '.npmrc');
    try {
        await (0,promises_.writeFile)(userconfig, `registry=${request.registry}\n//${registry.host}${registry.pathname}:_authToken=\${${TOKEN_VARIABLE}}\n`, { mode: 0o600 });
        const env = {
            ...ctx.env,
            npm_config_userconfig: userconfig,
            npm_config_update_notifier: 'false',
            [TOKEN_VARIABLE]: token,
        };
        for (const name of ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_CONFIG_USERCONFIG'])
            delete env[name];
        const args = ['deprecate', `${request.name}@${request.version}`, request.message];
        const result = await ctx.exec('npm', [...args, '--registry', request.registry], {
            cwd: dir,
            env,
            silent: true,
        });
        for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
            if (line.trim() !== '')
                ctx.log.info(line);
        }
        if (result.exitCode === 0)
            return { ok: true, detail: '' };
        const said = result.stderr
            .split('\n')
            .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
            .filter((line) => line !== '' && !/complete log of this run/i.test(line));
        return { ok: false, detail: said.slice(0, 3).join(' ') || `exit code ${result.exitCode}` };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/oidc/src/oidc-error.ts

/** A job, token or registry answer that rules out publishing through OIDC: the message says what was found, where, and the fix. */
class oidc_error_OidcError extends configuration_error/* ConfigurationError */.j1 {
    name = 'OidcError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/oidc/src/claims.ts

/** The payload of a JWT, without verifying it: for diagnosis only, never for trust. */
function claims_decodeClaims(jwt) {
    const claims = parseJson(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
        throw new OidcError('TL_OIDC_TOKEN_UNREADABLE', 'The OIDC token from GitHub is not a JWT with a JSON payload, so its claims cannot be read. This is not expected from GitHub Actions: rerun the job, and check that nothing replaces ACTIONS_ID_TOKEN_REQUEST_URL.');
    }
    return claims;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** `release.yml` from `owner/repo/.github/workflows/release.yml@refs/heads/main`. */
function claims_workflowFileOf(workflowRef) {
    const match = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '');
    return match?.[1];
}
/** `owner/repo` from a workflow ref. */
function claims_workflowRepositoryOf(workflowRef) {
    const match = /^([^/]+\/[^/]+)\/\.github\/workflows\//.exec(workflowRef ?? '');
    return match?.[1];
}
const TABLE_CLAIMS = (/* unused pure expression or super */ null && ([
    'repository',
    'repository_owner',
    'repository_owner_id',
    'workflow_ref',
    'job_workflow_ref',
    'ref',
    'sha',
    'environment',
    'runner_environment',
    'event_name',
]));
/** The claims as rows for a job summary (claim, value); missing ones shown as `(none)`. */
function claimsTable(claims) {
    return TABLE_CLAIMS.map((claim) => {
        const value = claims[claim];
        return [claim, typeof value === 'string' && value !== '' ? value : '(none)'];
    });
}

;// CONCATENATED MODULE: ./packages/oidc/src/id-token.ts


/** Where the job can ask GitHub for an OIDC token: present only with `id-token: write`. */
function id_token_idTokenRequestFrom(env) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return requestUrl && requestToken ? { requestUrl, requestToken } : undefined;
}
const id_token_MISSING_ID_TOKEN_PERMISSION = 'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, which means the job lacks "permissions: id-token: write". Add to the publishing job: permissions: { id-token: write, contents: read } (and nothing else runs in that job).';
/** An answer holding one token is a few KB: anything larger is not a token service's answer. */
const ID_TOKEN_MAX_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/**
 * Asks GitHub (or the sandbox issuer) for a fresh OIDC token for `audience`; retried on 5xx and
 * network errors, after the answer's Retry-After when it has one (up to 60 s). Each attempt has
 * a deadline (default 15 s) and the answer a size limit. The token is handed to `mask` before
 * anything else happens with it.
 */
async function requestIdToken(request, audience, mask, options = {}) {
    const url = new URL(request.requestUrl);
    url.searchParams.append('audience', audience);
    const retries = options.retries ?? 3;
    let lastProblem = '';
    let asked;
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) {
            const waitMs = asked !== undefined ? asked * 1000 : (options.backoffMs ?? 500) * attempt;
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
        let response;
        try {
            response = await httpRequest(url, {
                headers: { accept: 'application/json', authorization: `Bearer ${request.requestToken}` },
                maxBytes: ID_TOKEN_MAX_BYTES,
                deadlineMs: options.deadlineMs ?? 15_000,
            });
        }
        catch (error) {
            if (error instanceof HttpLimitError && error.limit === 'size') {
                throw new Error(`Could not get an OIDC token for audience ${audience}: ${error.message} ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token service.`);
            }
            lastProblem = error instanceof Error ? error.message : String(error);
            asked = undefined;
            continue;
        }
        if (response.status >= 500 || response.status === 429) {
            lastProblem = `HTTP ${response.status}`;
            asked = retryAfterSeconds(response.headers);
            if (asked !== undefined && asked > 60)
                break;
            continue;
        }
        const body = (await response.json().catch(() => ({})));
        if (!response.ok || typeof body.value !== 'string') {
            throw new OidcError('TL_OIDC_TOKEN_REFUSED', `GitHub refused the OIDC token request for audience ${audience}: HTTP ${response.status}${typeof body.message === 'string' ? ` ${body.message.replace(/\.$/, '')}` : ''}. The job's id-token permission or the runner's request token is not valid; rerun the job, and check "permissions: id-token: write" on it.`);
        }
        mask(body.value);
        return body.value;
    }
    throw new Error(`Could not get an OIDC token from GitHub for audience ${audience} after ${retries + 1} attempts (${lastProblem}). GitHub's token service may be down: rerun the job later.`);
}

;// CONCATENATED MODULE: ./packages/oidc/src/trusted-publisher.ts

/**
 * What to enter on the registry. npm names the workflow that was RUN (`workflow_ref`: the caller
 * of a reusable workflow); PyPI names the file that HOLDS the job (`job_workflow_ref`).
 */
function trusted_publisher_publisherSettings(claims, registry) {
    const [owner, repository] = (claims.repository ?? '').split('/');
    const ref = registry === 'npm' ? claims.workflow_ref : claims.job_workflow_ref;
    return {
        owner: claims.repository_owner ?? (owner || '(none)'),
        repository: repository || '(none)',
        workflow: workflowFileOf(ref) ?? '(unknown)',
        environment: claims.environment ?? '(none: the job has no environment)',
    };
}
function trusted_publisher_describePublisher(settings) {
    return `owner ${settings.owner}, repository ${settings.repository}, workflow ${settings.workflow}, environment ${settings.environment}`;
}

;// CONCATENATED MODULE: ./packages/oidc/src/npm-exchange.ts



/** The audience npm asks for: `npm:` and the registry's host name (npm/cli lib/utils/oidc.js). */
function npmAudience(registry) {
    return `npm:${new URL(registry).hostname}`;
}
/** `@scope/name` as npm escapes it in URLs: `@scope%2fname`. */
function escapePackageName(name) {
    return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}
/** npm's answer to a failed exchange, turned into what the user must change. */
function diagnoseNpmExchange(status, message, packageName, claims, registry) {
    const expected = describePublisher(publisherSettings(claims, 'npm'));
    const said = message ? ` ("${message}")` : '';
    if (status === 404) {
        return `${registry} has no trusted publisher for ${packageName}${said}. npm cannot create a package through OIDC: publish its first version once by hand (npm publish, with 2FA), then on the package's settings page add a trusted publisher for GitHub Actions with ${expected}.`;
    }
    if (status === 401 || status === 403) {
        return `${registry} refused the OIDC token for ${packageName}: HTTP ${status}${said}. Its trusted publisher does not match this job, which presents ${expected}. Compare them on the package's settings page: the workflow file name is case-sensitive and .yml is not .yaml, and the environment must match when one is set.`;
    }
    if (status === 422) {
        return `${registry} refused trusted publishing for ${packageName}: HTTP 422${said}. npm accepts OIDC only from GitHub-hosted runners (this job: ${claims.runner_environment ?? 'unknown'}). Run the publishing job on runs-on: ubuntu-latest.`;
    }
    return `${registry} failed the OIDC token exchange for ${packageName}: HTTP ${status}${said}. Rerun the job; if it persists, check the registry's status.`;
}
/**
 * Exchanges the job's OIDC token for a short-lived npm publish token, as `npm publish` does, but
 * with a diagnosis instead of npm's silent fallback to "E404 Not Found" on the PUT.
 */
async function exchangeNpmToken(options) {
    const url = new URL(`/-/npm/v1/oidc/token/exchange/package/${escapePackageName(options.packageName)}`, options.registry);
    const response = await httpRequest(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.idToken}`, accept: 'application/json' },
        // The answer is one token: a megabyte is far more than enough.
        maxBytes: 1024 * 1024,
        deadlineMs: 60_000,
    });
    const body = (await response.json().catch(() => ({})));
    if (response.ok && typeof body.token === 'string') {
        options.mask(body.token);
        return body.token;
    }
    const message = typeof body.message === 'string'
        ? body.message
        : typeof body.error === 'string'
            ? body.error
            : '';
    throw new OidcError('TL_OIDC_NPM_EXCHANGE', response.ok
        ? `${options.registry} answered the OIDC token exchange for ${options.packageName} without a token. Rerun the job; if it persists, check the registry's status.`
        : diagnoseNpmExchange(response.status, message, options.packageName, options.claims, options.registry));
}

;// CONCATENATED MODULE: ./packages/oidc/src/preconditions.ts




/** Before any token is requested: a fork pull request, or a job without id-token: write. */
function checkCanRequestIdToken(env, event) {
    if (event.name === 'pull_request' || event.name === 'pull_request_target') {
        const pr = event.payload.pull_request;
        const head = pr?.head?.repo;
        const base = pr?.base?.repo?.full_name;
        if (head === null ||
            head?.fork === true ||
            (head?.full_name && base && head.full_name !== base)) {
            throw new OidcError('TL_OIDC_FORK', `This run is for a pull request from a fork (${head?.full_name ?? 'a deleted repository'}): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in ${base ?? 'the repository'} itself.`);
        }
    }
    const request = idTokenRequestFrom(env);
    if (request === undefined)
        throw new OidcError('TL_OIDC_NO_PERMISSION', MISSING_ID_TOKEN_PERMISSION);
    return request;
}
/**
 * What the registry would refuse, said before anything is uploaded: no environment or another
 * than required, a self-hosted runner for npm, a reusable workflow of another repository for PyPI.
 */
function checkClaims(claims, options) {
    const { environments } = options;
    if (environments.length > 0) {
        const environment = claims.environment;
        if (!environment) {
            throw new OidcError('TL_OIDC_ENVIRONMENT', `The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires ${environments.join(' or ')}. Add "environment: ${environments[0]}" to the job, protect that environment with required reviewers, and name it in the registry's trusted publisher.`, { input: 'environment' });
        }
        if (!environments.some((name) => name.toLowerCase() === environment.toLowerCase())) {
            throw new OidcError('TL_OIDC_ENVIRONMENT', `The publishing job runs under the environment ${environment}, but publish-oidc requires ${environments.join(' or ')}. Run the job under ${environments[0]} (environment: ${environments[0]}), or change the environment input if ${environment} is the protected one.`, { input: 'environment' });
        }
    }
    if (options.registry === 'npm' && claims.runner_environment === 'self-hosted') {
        throw new OidcError('TL_OIDC_SELF_HOSTED', 'npm accepts trusted publishing only from GitHub-hosted runners, and this job runs on a self-hosted runner (runner_environment: self-hosted): npm would answer 422. Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest).');
    }
    if (options.registry === 'pypi') {
        const holder = workflowRepositoryOf(claims.job_workflow_ref);
        if (holder && claims.repository && holder !== claims.repository) {
            throw new OidcError('TL_OIDC_PYPI_WORKFLOW_REPOSITORY', `PyPI's trusted publisher names the workflow file that holds the publishing job (job_workflow_ref: ${claims.job_workflow_ref}), and that file is in ${holder}, not in ${claims.repository}, the repository publishing: PyPI cannot trust a reusable workflow from another repository. Put the publishing job in a workflow file of ${claims.repository} (it can still call the shared workflow for building and testing).`);
        }
    }
}
/**
 * Why PyPI will refuse a PEP 740 attestation made by this job, or undefined. PyPI mints the
 * upload token for the file that holds the job (`job_workflow_ref`) but checks an attestation's
 * certificate against the workflow that was run (its Build Config URI, `workflow_ref`): in a
 * reusable workflow the two name different files, and no trusted publisher satisfies both.
 */
function pypiAttestationBlocker(claims) {
    const file = (ref) => ref?.split('@')[0];
    const holder = file(claims.job_workflow_ref);
    const run = file(claims.workflow_ref);
    if (holder === undefined || run === undefined || holder === run)
        return undefined;
    const caller = run.split('/').pop();
    return `This job runs in the reusable workflow ${holder}, called by ${run}. PyPI mints the upload token for the file that holds the job, but verifies a PEP 740 attestation against the calling workflow, so it refuses any attestation made here ("Certificate's Build Config URI ... does not match expected Trusted Publisher"). The files are uploaded without attestations. To have them, put the publishing job in ${caller} itself (and name that file in the trusted publisher), or set attestations: false on this step to say it is known.`;
}

;// CONCATENATED MODULE: ./packages/oidc/src/npmrc.ts


function isQuoted(text) {
    return ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")));
}
/** ini's `unsafe`: trims, unquotes (JSON for "..."), cuts at the first unescaped ; or #. */
function unsafe(raw) {
    const text = raw.trim();
    if (isQuoted(text)) {
        const inner = text.startsWith("'") ? text.slice(1, -1) : text;
        try {
            return String(JSON.parse(inner));
        }
        catch {
            return inner;
        }
    }
    let escaped = false;
    let out = '';
    for (const char of text) {
        if (escaped) {
            out += '\\;#'.includes(char) ? char : `\\${char}`;
            escaped = false;
        }
        else if (char === ';' || char === '#')
            break;
        else if (char === '\\')
            escaped = true;
        else
            out += char;
    }
    return (escaped ? `${out}\\` : out).trim();
}
/** Parses an .npmrc the way npm does (ini 6: quoted keys and values, `[section]`, `key[]`, comments). */
function parseIni(text) {
    const entries = [];
    let section;
    // ini splits on /[\r\n]+/: a lone \r ends a line too. Line numbers count each break.
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (!line || /^\s*[;#]/.test(line) || /^\s*$/.test(line))
            return;
        const match = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/.exec(line);
        if (!match)
            return;
        if (match[1] !== undefined) {
            section = unsafe(match[1]);
            return;
        }
        let key = unsafe(match[2] ?? '');
        if (key.length > 2 && key.endsWith('[]'))
            key = key.slice(0, -2);
        if (key === '__proto__')
            return;
        entries.push({
            key,
            value: match[3] ? unsafe(match[4] ?? '') : true,
            line: index + 1,
            ...(section === undefined ? {} : { section }),
        });
    });
    return entries;
}
/** npm's `${VAR}` / `${VAR?}` expansion of .npmrc keys and values (`\${` escapes). */
function npmrc_expandNpmrcVariables(text, env) {
    return text.replace(/(?<!\\)(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, escapes, name, optional) => {
        if (escapes.length % 2)
            return whole.slice((escapes.length + 1) / 2);
        const value = env[name] ?? (optional ? '' : `\${${name}}`);
        return escapes.slice(escapes.length / 2) + value;
    });
}
/**
 * The config key npm reads from an `npm_config_*` variable (any case): `NPM_CONFIG_FETCH_RETRIES`
 * is `fetch-retries`, `npm_config__auth` is `_auth`, `npm_config_//host/:_authToken` is kept as
 * written; undefined for another variable.
 */
function npmrc_npmEnvKey(variable) {
    if (!/^npm_config_/i.test(variable))
        return undefined;
    const rest = variable.slice('npm_config_'.length);
    return rest.startsWith('//') ? rest : rest.replace(/(?!^)_/g, '-').toLowerCase();
}
/** The values of `npm_config_<name>` in any case (npm lowercases the rest of the name). */
function npmEnvConfig(env, name) {
    const wanted = name.toLowerCase();
    return Object.entries(env).flatMap(([key, value]) => value && npmrc_npmEnvKey(key) === wanted ? [value] : []);
}
async function readNpmrc(path, kind) {
    try {
        return { path, kind, entries: parseIni(await readFile(path, 'utf8')) };
    }
    catch {
        return undefined;
    }
}
/** A path-typed config value as npm resolves it: `${VAR}`, a leading `~/`, relative to cwd. */
function configPath(value, env, home, cwd) {
    const expanded = npmrc_expandNpmrcVariables(value, env).replace(/^~(?=[/\\])/, home);
    return resolve(cwd, expanded);
}
function settingsIn(files, name, env, home, cwd) {
    return files.flatMap((file) => file.entries
        .filter((entry) => entry.section === undefined && entry.key.toLowerCase() === name)
        .flatMap((entry) => typeof entry.value === 'string' && entry.value
        ? [configPath(entry.value, env, home, cwd)]
        : []));
}
/** Every directory from `dir` up to the filesystem root. */
function ancestors(dir) {
    const found = [];
    let current = resolve(dir);
    for (;;) {
        found.push(current);
        if (current === parse(current).root)
            return found;
        current = dirname(current);
    }
}
/**
 * Every .npmrc npm could load when started in any of `dirs`, read (missing files left out): the
 * builtin one of the npm install, a project .npmrc in each directory up to the filesystem root
 * (a superset of npm's choice: the nearest directory with package.json or node_modules, or the
 * workspace root above it), the user config (NPM_CONFIG_USERCONFIG in any case, a `userconfig`
 * set in a project or builtin file, and ~/.npmrc) and the global config (`globalconfig`
 * likewise, else <prefix>/etc/npmrc, with the prefix from npm_config_prefix, the files, PREFIX,
 * DESTDIR or the Node install). Where npm would pick one of several, all are read.
 */
async function npmrc_npmrcFilesInReach(options) {
    const { env, home } = options;
    const cwd = options.dirs[0] ?? home;
    const files = [];
    const seen = new Set();
    const add = async (path, kind) => {
        if (seen.has(path))
            return;
        seen.add(path);
        const file = await readNpmrc(path, kind);
        if (file)
            files.push(file);
    };
    if (options.npmPath)
        await add(join(options.npmPath, 'npmrc'), 'builtin');
    for (const dir of options.dirs) {
        for (const ancestor of ancestors(dir))
            await add(join(ancestor, '.npmrc'), 'project');
    }
    const fromFiles = (name) => settingsIn(files, name, env, home, cwd);
    const fromEnv = (name) => npmEnvConfig(env, name).map((value) => configPath(value, env, home, cwd));
    const users = [...fromEnv('userconfig'), ...fromFiles('userconfig')];
    // ~/.npmrc too when another user config is named: other npm runs in the job would read it.
    for (const user of [...users, join(home, '.npmrc')])
        await add(user, 'user');
    const globals = [...fromEnv('globalconfig'), ...fromFiles('globalconfig')];
    if (globals.length === 0) {
        const node = dirname(dirname(options.execPath));
        const prefixes = [
            ...fromEnv('prefix'),
            ...fromFiles('prefix'),
            env.PREFIX ? env.PREFIX : env.DESTDIR ? join(env.DESTDIR, node) : node,
        ];
        for (const prefix of prefixes)
            globals.push(resolve(prefix, 'etc', 'npmrc'));
    }
    for (const global of globals)
        await add(global, 'global');
    return files;
}

;// CONCATENATED MODULE: ./packages/oidc/src/pypi-mint.ts




/** PyPI's and TestPyPI's upload URLs, and their roots for the OIDC endpoints. */
const PYPI_UPLOAD_URLS = {
    pypi: 'https://upload.pypi.org/legacy/',
    testpypi: 'https://test.pypi.org/legacy/',
};
/** The root that serves `/_/oidc/*` for an upload URL (`https://upload.pypi.org/legacy/`). */
function pypiOidcRoot(uploadUrl) {
    const url = new URL(uploadUrl);
    if (url.hostname === 'upload.pypi.org')
        return 'https://pypi.org';
    return url.origin;
}
function diagnosePypiMint(errors, idToken, index) {
    const claims = decodeClaims(idToken);
    const expected = describePublisher(publisherSettings(claims, 'pypi'));
    const said = errors.map((error) => `${error.code}: ${error.description}`).join('; ') || 'no details';
    if (errors.some((error) => error.code === 'invalid-publisher' || error.code === 'invalid-pending-publisher')) {
        return `${index} has no trusted publisher matching this job (${said}). The job presents ${expected}, from job_workflow_ref ${claims.job_workflow_ref ?? '(none)'}. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.`;
    }
    if (errors.some((error) => /jti|replay|already (been )?used|reused/i.test(`${error.code} ${error.description}`))) {
        return `${index} refused the OIDC token as already used (${said}). Every exchange needs a fresh token from GitHub; rerun the job.`;
    }
    return `${index} refused to mint an upload token (${said}). The job presents ${expected}.`;
}
/**
 * PyPI's exchange: ask the index for its audience, get a FRESH token for it (PyPI refuses a
 * reused jti), and mint a short-lived upload token that goes to `mask` at once.
 */
async function mintPypiToken(options) {
    const root = pypiOidcRoot(options.uploadUrl);
    // Both answers are a few lines of JSON: a megabyte is far more than enough.
    const limits = { maxBytes: 1024 * 1024, deadlineMs: 60_000 };
    const audienceResponse = await httpRequest(`${root}/_/oidc/audience`, { ...limits, retries: 2 });
    const { audience } = (await audienceResponse.json().catch(() => ({})));
    if (!audienceResponse.ok || typeof audience !== 'string') {
        throw new OidcError('TL_OIDC_NO_TRUSTED_PUBLISHING', `${root} does not offer trusted publishing (GET /_/oidc/audience answered HTTP ${audienceResponse.status}). Check the registry input: pypi, testpypi, or the upload URL of an index that supports OIDC.`, { input: 'registry' });
    }
    const idToken = await options.getIdToken(audience);
    const response = await httpRequest(`${root}/_/oidc/mint-token`, {
        ...limits,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: idToken }),
    });
    const body = (await response.json().catch(() => ({})));
    if (response.ok && typeof body.token === 'string') {
        options.mask(body.token);
        return { token: body.token, idToken };
    }
    throw new OidcError('TL_OIDC_PYPI_MINT', diagnosePypiMint(body.errors ?? [], idToken, root));
}

;// CONCATENATED MODULE: ./packages/oidc/src/static-tokens.ts





/** setup-node's `registry-url` writes an .npmrc naming NODE_AUTH_TOKEN and sets it to this. */
const SETUP_NODE_PLACEHOLDER = 'XXXXX-XXXXX-XXXXX-XXXXX';
/** npm's credential settings (the last `:`-part of a key, case and `-`/`_` folded). */
const NPM_AUTH_KEYS = new Set([
    '_authtoken',
    '_auth',
    '_password',
    'password',
    'username',
    'certfile',
    'keyfile',
    'cert',
    'key',
]);
/** Whether npm reads this config key as a credential: `_authToken`, `//host/path/:_auth`, ... */
function isNpmAuthKey(key) {
    const last = key.slice(key.lastIndexOf(':') + 1);
    return NPM_AUTH_KEYS.has(last.toLowerCase().replace(/-/g, '_'));
}
/** Variables that hold a registry credential for npm or for a PyPI client. */
const static_tokens_TOKEN_VARIABLE = /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|(TEST_?)?PYPI_\w*(TOKEN|PASSWORD|SECRET|KEY|AUTH)\w*|TWINE_(USERNAME|PASSWORD|CLIENT_CERT)|UV_PUBLISH_(TOKEN|PASSWORD|USERNAME)|FLIT_(PASSWORD|USERNAME)|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_(AUTH|USER)|PDM_PUBLISH_(PASSWORD|USERNAME))$/i;
/** Variables that name an upload URL, which may carry user:password@. */
const URL_VARIABLE = /^(TWINE_REPOSITORY_URL|UV_PUBLISH_URL|FLIT_INDEX_URL|HATCH_INDEX_REPO|PDM_PUBLISH_REPO)$/i;
/** Whether a URL carries credentials (`https://user:token@host/`). */
function urlHasCredentials(text) {
    try {
        const url = new URL(text);
        return url.username !== '' || url.password !== '';
    }
    catch {
        return false;
    }
}
/** The URL with its credentials replaced by `***`, for messages. */
function redactUrl(text) {
    try {
        const url = new URL(text);
        if (!url.username && !url.password)
            return url.href;
        url.username = '***';
        url.password = '';
        return url.href;
    }
    catch {
        return '(not a URL)';
    }
}
/** Credentials in the environment: token variables, npm_config_* credentials, URLs with user:password@. */
function findTokensInEnvironment(env) {
    const found = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        const npmKey = npmEnvKey(name);
        if (static_tokens_TOKEN_VARIABLE.test(name)) {
            found.push({
                where: name,
                what: value === SETUP_NODE_PLACEHOLDER
                    ? `the environment variable ${name} holds setup-node's placeholder token ${SETUP_NODE_PLACEHOLDER} (written when actions/setup-node has registry-url)`
                    : `the environment variable ${name} is set`,
            });
        }
        else if (npmKey !== undefined) {
            if (isNpmAuthKey(npmKey)) {
                found.push({ where: name, what: `the environment variable ${name} configures npm auth` });
            }
            else if (urlHasCredentials(value)) {
                found.push({
                    where: name,
                    what: `the environment variable ${name} is a URL with credentials in it`,
                });
            }
        }
        else if (URL_VARIABLE.test(name) && urlHasCredentials(value)) {
            found.push({
                where: name,
                what: `the environment variable ${name} is a URL with credentials in it`,
            });
        }
    }
    return found;
}
function npmrcFinding(file, entry, env) {
    // The key as written is named (its ${VAR} expanded could be anything); both are judged.
    const key = entry.section === undefined ? entry.key : `[${entry.section}] ${entry.key}`;
    const at = `${file.path}:${entry.line}`;
    if (isNpmAuthKey(entry.key) || isNpmAuthKey(expandNpmrcVariables(entry.key, env))) {
        const value = typeof entry.value === 'string' ? entry.value : '';
        const setupNode = value.includes(SETUP_NODE_PLACEHOLDER) || /\$\{NODE_AUTH_TOKEN\??\}/.test(value);
        return {
            where: file.path,
            line: entry.line,
            what: `${at} sets ${key}${setupNode ? ' (the .npmrc that actions/setup-node writes for registry-url)' : ''}`,
        };
    }
    if (typeof entry.value === 'string' &&
        (urlHasCredentials(entry.value) || urlHasCredentials(expandNpmrcVariables(entry.value, env)))) {
        return {
            where: file.path,
            line: entry.line,
            what: `${at} sets ${key} to a URL with credentials in it`,
        };
    }
    return undefined;
}
/** Credentials in .npmrc files (as read by npmrcFilesInReach). */
function findTokensInNpmrcFiles(files, env) {
    return files.flatMap((file) => file.entries.flatMap((entry) => {
        const finding = npmrcFinding(file, entry, env);
        return finding ? [finding] : [];
    }));
}
/** A `.pypirc` (configparser): `password` in any section (twine would use it). */
function findTokensInPypirc(path, text) {
    const found = [];
    let section = '';
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        const header = /^\s*\[([^\]]*)\]/.exec(line);
        if (header) {
            section = header[1] ?? '';
            return;
        }
        const match = /^([^\s#;:=][^:=]*?)\s*[:=]/.exec(line);
        const key = match?.[1]?.trim().toLowerCase();
        if (key === 'password' || key === 'client_cert') {
            found.push({
                where: path,
                line: index + 1,
                what: `${path}:${index + 1} sets ${key} in [${section}]`,
            });
        }
        else if (key === 'repository' &&
            urlHasCredentials(line.slice(line.search(/[:=]/) + 1).trim())) {
            found.push({
                where: path,
                line: index + 1,
                what: `${path}:${index + 1} sets repository in [${section}] to a URL with credentials in it`,
            });
        }
    });
    return found;
}
/** The 1-based line of the first `"key"` after `"publishConfig"` in a package.json text. */
function publishConfigLine(text, key) {
    const start = text.indexOf('"publishConfig"');
    if (start === -1)
        return undefined;
    const at = text.indexOf(JSON.stringify(key), start);
    return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}
/**
 * Credentials in a package.json's `publishConfig`: npm applies every key there as config for the
 * publish (a token is used), and uploads the manifest with it (the token is published).
 */
function findTokensInPublishConfig(text, where) {
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        return [];
    }
    const config = manifest?.publishConfig;
    if (typeof config !== 'object' || config === null)
        return [];
    return Object.entries(config).flatMap(([key, value]) => {
        const credential = isNpmAuthKey(key);
        if (!credential && !(typeof value === 'string' && urlHasCredentials(value)))
            return [];
        const line = publishConfigLine(text, key);
        const at = line === undefined ? where : `${where}:${line}`;
        return [
            {
                where,
                ...(line === undefined ? {} : { line }),
                what: `${at} sets publishConfig.${key}${credential ? '' : ' to a URL with credentials in it'} (npm would use it, and publish it in the package's manifest)`,
            },
        ];
    });
}
/**
 * Every static credential npm or a PyPI client would find when started in one of `dirs`: the
 * environment, every .npmrc in reach (npmrcFilesInReach) and ~/.pypirc.
 */
async function findStaticTokens(options) {
    const files = await npmrcFilesInReach(options);
    const pypirc = join(options.home, '.pypirc');
    const pypircText = await readFile(pypirc, 'utf8').catch(() => undefined);
    return [
        ...findTokensInEnvironment(options.env),
        ...findTokensInNpmrcFiles(files, options.env),
        ...(pypircText === undefined ? [] : findTokensInPypirc(pypirc, pypircText)),
    ];
}
/** Refuses to go on with any static token in reach, naming each (never its value). */
function refuseStaticTokens(found) {
    if (found.length === 0)
        return;
    const setupNode = found.some((token) => token.what.includes('setup-node'));
    throw new OidcError('TL_OIDC_STATIC_TOKEN', `publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: ${found.map((token) => token.what).join('; ')}. Remove ${found.length === 1 ? 'it' : 'them'} from the publishing job${setupNode ? ' (drop registry-url from actions/setup-node there)' : ''}: npm prefers a configured token over OIDC, and a token in a publish job is one that can leak.`, found[0]?.line ? { location: { file: found[0].where, line: found[0].line } } : {});
}

;// CONCATENATED MODULE: ./packages/oidc/src/index.ts










;// CONCATENATED MODULE: ./actions/yank-notice/src/registry-state.ts


function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
function packumentUrl(registry, name) {
    return new URL(escapePackageName(name), withSlash(registry)).toString();
}
async function readJson(url, what) {
    let response;
    try {
        response = await (0,src/* httpRequest */.aj)(url, { headers: { accept: 'application/json' } });
    }
    catch (error) {
        throw new Error(`Could not read ${what} from ${url}: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
    }
    if (response.status === 404)
        return { status: 404, data: undefined };
    if (!response.ok) {
        throw new Error(`Could not read ${what} from ${url}: ${response.status} ${response.statusText}.`);
    }
    return { status: response.status, data: await response.json() };
}
/** The npm packument's state of `version`, after checking that it and the replacement exist. */
async function readNpmState(registry, name, version, replacement) {
    const { status, data } = await readJson(packumentUrl(registry, name), `npm package ${name}`);
    if (status === 404) {
        throw new src/* ConfigurationError */.j1(`Input packages names npm:${name}, but ${registry} has no package ${name} (404). Check the name, or remove the line.`, { input: 'packages' });
    }
    const versions = data.versions ?? {};
    const entry = versions[version];
    if (entry === undefined) {
        throw new src/* ConfigurationError */.j1(`npm package ${name} has no version ${version} on ${registry}: there is nothing to deprecate. Check the tag, or remove npm:${name} from packages.`, { input: 'packages' });
    }
    if (replacement !== undefined && versions[replacement] === undefined) {
        throw new src/* ConfigurationError */.j1(`Input replacement is ${replacement}, but npm package ${name} has no version ${replacement} on ${registry}. Publish it first, or choose a version that is published.`, { input: 'replacement' });
    }
    const deprecated = entry.deprecated;
    return { marked: typeof deprecated === 'string' && deprecated !== '' ? deprecated : undefined };
}
function pypiManageUrl(pypiUrl, name, version) {
    return `${withSlash(pypiUrl)}manage/project/${name}/release/${version}/`;
}
/** PyPI's JSON API state of `version` (`yanked`), after checking it and the replacement exist. */
async function readPypiState(pypiUrl, name, version, replacement) {
    const base = withSlash(pypiUrl);
    const { status, data } = await readJson(`${base}pypi/${name}/${version}/json`, `PyPI project ${name}`);
    if (status === 404) {
        const project = await readJson(`${base}pypi/${name}/json`, `PyPI project ${name}`);
        throw new src/* ConfigurationError */.j1(project.status === 404
            ? `Input packages names pypi:${name}, but ${pypiUrl} has no project ${name} (404). Check the name, or remove the line.`
            : `PyPI project ${name} has no release ${version} on ${pypiUrl}: there is nothing to yank. Check the tag, or remove pypi:${name} from packages.`, { input: 'packages' });
    }
    if (replacement !== undefined) {
        const other = await readJson(`${base}pypi/${name}/${replacement}/json`, `PyPI project ${name}`);
        if (other.status === 404) {
            throw new src/* ConfigurationError */.j1(`Input replacement is ${replacement}, but PyPI project ${name} has no release ${replacement} on ${pypiUrl}. Publish it first, or choose a version that is published.`, { input: 'replacement' });
        }
    }
    const info = data.info ?? {};
    if (info.yanked !== true)
        return { marked: undefined };
    return { marked: typeof info.yanked_reason === 'string' ? info.yanked_reason : '' };
}

;// CONCATENATED MODULE: ./actions/yank-notice/src/yank-marks.ts

/**
 * How a yanked release is recognised and marked: a banner atop its notes and a name prefix. The
 * banner is found only at the very start of the notes, where this action puts it: the same text
 * further down (quoted in the notes, say) marks nothing, and text from inputs is escaped so that
 * it can never write a marker.
 */
const BANNER_MARKER = '<!-- tokenless:yanked -->';
const BANNER_END = '<!-- /tokenless:yanked -->';
const NAME_PREFIX = '[YANKED]';
function hasBanner(body) {
    return (body ?? '').trimStart().startsWith(BANNER_MARKER);
}
/** Whether a release is already marked yanked, by its banner or its name. */
function isMarkedYanked(release) {
    return hasBanner(release.body) || (release.name ?? '').startsWith(NAME_PREFIX);
}
/** What users should do, in one sentence (plain text: versions are validated, nothing else). */
function recommendation(facts) {
    if (facts.replacement !== undefined) {
        const pin = facts.previousGood === undefined
            ? ''
            : ` If you cannot upgrade yet, pin ${facts.previousGood}.`;
        return `Upgrade to ${facts.replacement.version}.${pin}`;
    }
    if (facts.previousGood !== undefined)
        return `Pin ${facts.previousGood} until a fixed release is out.`;
    return 'Do not use this version; a fixed release will follow.';
}
function banner(facts) {
    const upgrade = facts.replacement === undefined
        ? recommendation(facts)
        : recommendation(facts).replace(`Upgrade to ${facts.replacement.version}.`, `Upgrade to [${(0,src/* escapeMarkdown */.FV)(facts.replacement.version)}](${facts.replacement.url}).`);
    // Every line of the reason stays inside the quote: a line break cannot end the banner.
    const [first = '', ...more] = (0,src/* escapeMarkdownLines */.c0)(facts.reason);
    return [
        BANNER_MARKER,
        '> [!CAUTION]',
        `> **${(0,src/* escapeMarkdown */.FV)(facts.version)} was yanked on ${facts.date}.** ${first}`,
        ...more.map((line) => (line === '' ? '>' : `> ${line}`)),
        '>',
        `> ${upgrade}`,
        BANNER_END,
    ].join('\n');
}
/**
 * The notes with the banner on top; notes that carry a banner already are returned as they are.
 * When the banner would push the body past GitHub's limit for a release, the notes are cut at a
 * line end and say so, with a link to the tag's files, where the full changelog lives.
 */
function notesWithBanner(body, facts, sourceUrl) {
    const notes = body ?? '';
    if (hasBanner(notes))
        return { body: notes, cut: false };
    const top = banner(facts);
    if (notes.trim() === '')
        return { body: `${top}\n`, cut: false };
    const limit = src/* GITHUB_LIMITS */.f_.releaseBody;
    const whole = `${top}\n\n${notes}`;
    if (whole.length <= limit)
        return { body: whole, cut: false };
    const note = `_The notes were cut here to keep them within GitHub's limit of ${limit.toLocaleString('en-US')} characters once the yank banner was added: the full changelog is in [the files of ${(0,src/* escapeMarkdown */.FV)(facts.version)}](${sourceUrl})._`;
    return { body: `${top}\n\n${(0,src/* fitMarkdown */.DJ)(notes, limit - top.length - 2, note)}`, cut: true };
}
/** The release name with `[YANKED]` in front, once. */
function yankedName(name, tag) {
    const current = name?.trim() || tag;
    return current.startsWith(NAME_PREFIX) ? current : `${NAME_PREFIX} ${current}`;
}

;// CONCATENATED MODULE: ./actions/yank-notice/src/tracking-issue.ts


/** The HTML comment that finds the issue again: one issue per yanked tag. */
function issueMarker(tag) {
    return `<!-- tokenless:yank-notice ${tag} -->`;
}
function installLine(entry, version) {
    return entry.registry === 'npm'
        ? `npm install ${entry.name}@${version}`
        : `pip install "${entry.name}==${version}"`;
}
/** A step's detail and command as Markdown: the detail escaped, the command as code. */
function stepDetail(step) {
    const detail = (0,src/* escapeMarkdown */.FV)(step.detail);
    if (step.command === undefined)
        return detail;
    return `${detail}${detail === '' ? '' : ' '}${(0,src/* markdownCode */.D9)(step.command)}`;
}
function renderIssue(facts) {
    const marker = issueMarker(facts.tag);
    const target = facts.facts.replacement?.version ?? facts.facts.previousGood;
    const lines = [
        marker,
        `## ${(0,src/* escapeMarkdown */.FV)(facts.tag)} is yanked`,
        '',
        '### Affected versions',
        '',
        `- GitHub release [${(0,src/* escapeMarkdown */.FV)(facts.tag)}](${facts.releaseUrl})`,
        ...facts.packages.map((entry) => `- ${entry.registry === 'npm' ? 'npm' : 'PyPI'} ${(0,src/* markdownCode */.D9)(entry.name)} ${(0,src/* escapeMarkdown */.FV)(entry.version)}`),
        '',
        '### Impact',
        '',
        ...(0,src/* escapeMarkdownLines */.c0)(facts.reason),
        '',
        '### What to do',
        '',
        recommendation(facts.facts),
    ];
    if (target !== undefined && facts.packages.length > 0) {
        lines.push('', '```sh', ...facts.packages.map((entry) => installLine(entry, target)), '```');
    }
    lines.push('', '### Checklist', '', ...facts.steps.map((step) => `- [${step.state.startsWith('done') ? 'x' : ' '}] ${(0,src/* escapeMarkdown */.FV)(step.label)}${step.state === 'pending' || step.state === 'failed' ? ` (${step.state}: ${stepDetail(step)})` : ''}`), '');
    const footer = '_Kept up to date by tokenless yank-notice: run it again after a step done by hand._';
    const limit = src/* GITHUB_LIMITS */.f_.issueBody;
    const body = (0,src/* fitMarkdown */.DJ)(`${lines.join('\n')}\n${footer}`, limit - 1, `_This issue was cut here to stay within GitHub's limit of ${limit.toLocaleString('en-US')} characters: the job summary of the last yank-notice run lists every step._\n\n${footer}`);
    const firstLine = facts.reason.split(/\r\n|\r|\n/)[0] ?? '';
    const short = (0,src/* plainLine */.h0)(firstLine, 80);
    return {
        marker,
        title: (0,src/* plainLine */.h0)(`${facts.tag} is yanked: ${short}`, src/* GITHUB_LIMITS */.f_.issueTitle),
        body: `${body}\n`,
    };
}

;// CONCATENATED MODULE: ./actions/yank-notice/src/yank-release.ts







async function call(action, permission, body) {
    try {
        return await body();
    }
    catch (error) {
        throw explainGitHubError(error, { action, permission });
    }
}
const CONTENTS = 'contents: write';
const ISSUES = 'issues: write';
/** The release's version under the scheme, or undefined for a tag that is not one. */
function versionOf(release, inputs) {
    try {
        const { version } = (0,release_tag/* parseTag */.ED)(release.tag_name, inputs.prefix);
        (0,versions_by_scheme/* validateVersion */.Pj)(version, inputs.scheme);
        return version;
    }
    catch {
        return undefined;
    }
}
function highest(candidates, inputs) {
    return [...candidates].sort((a, b) => (0,versions_by_scheme/* compareVersions */.Zy)(b.version, a.version, inputs.scheme))[0];
}
function pypiVersion(version, inputs) {
    return inputs.scheme === 'semver' ? semverToPep440(version) : version;
}
async function yankRelease(ctx, inputs) {
    const client = createClientForAction({
        token: inputs.token,
        apiUrl: ctx.env.GITHUB_API_URL,
        log: ctx.log,
    });
    const { tag, version } = inputs;
    // Everything is read and checked first: a mistake in the inputs changes nothing.
    const plan = await planYank(client, inputs);
    const progress = { steps: [], pending: [], failures: [] };
    const facts = {
        version,
        reason: inputs.reason,
        date: ctx.now.toISOString().slice(0, 10),
        replacement: plan.replacement === undefined
            ? undefined
            : { version: plan.replacement.version, url: plan.replacement.release.html_url },
        previousGood: plan.previousGood?.version,
    };
    const marked = await markReleaseYanked(ctx, client, inputs, plan.release, facts, progress);
    const latestTag = await moveLatest(ctx, client, inputs, plan.latestTarget, progress);
    await recordRegistries(ctx, inputs, plan, progress);
    // The tracking issue, last, so that its checklist shows this run's outcome.
    const issueUrl = inputs.issue
        ? await writeTrackingIssue(ctx, client, inputs, {
            tag,
            version,
            releaseUrl: marked.html_url,
            reason: inputs.reason,
            facts,
            packages: plan.registries.map((item) => ({ ...item.entry, version: item.version })),
            steps: progress.steps,
        })
        : undefined;
    ctx.setOutput('release-url', marked.html_url);
    ctx.setOutput('latest-tag', latestTag ?? '');
    ctx.setOutput('pending', JSON.stringify(progress.pending));
    writeSummary(ctx, tag, progress.steps, progress.pending, issueUrl);
    if (progress.failures.length > 0) {
        throw new Error(`Could not deprecate on npm: ${progress.failures.join('; ')}. Check that npm-deprecate-token may write these packages, then run this again.`);
    }
}
/** Reads the releases and the registries, and refuses a draft, a missing tag, a bad replacement. */
async function planYank(client, inputs) {
    const { tag, version, repository: repo } = inputs;
    const where = `${repo.owner}/${repo.repo}`;
    const releases = await call('list the releases', CONTENTS, () => listReleases(client, repo));
    const release = releases.find((item) => item.tag_name === tag && !item.draft);
    const versioned = releases
        .filter((item) => !item.draft)
        .flatMap((item) => {
        const itemVersion = versionOf(item, inputs);
        return itemVersion === undefined ? [] : [{ release: item, version: itemVersion }];
    });
    const bad = (item) => item.id === release?.id || isMarkedYanked(item);
    const goodStable = versioned.filter((item) => !bad(item.release) && !item.release.prerelease && !(0,versions_by_scheme/* isPrerelease */.V1)(item.version, inputs.scheme));
    if (release === undefined && releases.some((item) => item.tag_name === tag)) {
        throw new src/* ConfigurationError */.j1(`The release ${tag} in ${where} is a draft: it was never published, so nothing was changed and no issue was opened. Delete the draft if the version is abandoned; if its packages did reach a registry, publish the release first, then run yank-notice again.`, { input: 'tag' });
    }
    if (release === undefined) {
        const known = versioned.map((item) => item.release.tag_name).slice(0, 10);
        throw new src/* ConfigurationError */.j1(`No GitHub release in ${where} has the tag ${tag}, so there is nothing to mark yanked. Check tag (or version and tag-prefix)${known.length > 0 ? `; releases there: ${known.join(', ')}` : '; the repository has no releases'}.`, { input: 'tag' });
    }
    return {
        release,
        replacement: findReplacement(inputs, versioned, goodStable, where),
        latestTarget: highest(goodStable, inputs),
        previousGood: highest(goodStable.filter((item) => (0,versions_by_scheme/* compareVersions */.Zy)(item.version, version, inputs.scheme) < 0), inputs),
        registries: await readRegistries(inputs),
    };
}
/** The replacement input's release: published, and not marked yanked itself. */
function findReplacement(inputs, versioned, goodStable, where) {
    const wanted = inputs.replacement;
    if (wanted === undefined)
        return undefined;
    const replacement = versioned.find((item) => (0,versions_by_scheme/* compareVersions */.Zy)(item.version, wanted, inputs.scheme) === 0);
    const choices = goodStable.map((item) => item.version).join(', ') || 'none';
    if (replacement === undefined) {
        throw new src/* ConfigurationError */.j1(`Input replacement is ${wanted}, but no published GitHub release in ${where} has that version (tag ${inputs.prefix}${wanted}). Publish it first, or choose a published good release: ${choices}.`, { input: 'replacement' });
    }
    if (isMarkedYanked(replacement.release)) {
        throw new src/* ConfigurationError */.j1(`Input replacement is ${wanted}, but its release ${replacement.release.tag_name} is marked yanked itself. Choose a good release: ${choices}.`, { input: 'replacement' });
    }
    return replacement;
}
/** Whether each package is already deprecated (npm) or yanked (PyPI). */
async function readRegistries(inputs) {
    const { version } = inputs;
    const plans = [];
    for (const entry of inputs.packages) {
        if (entry.registry === 'npm') {
            const state = await readNpmState(inputs.npmRegistry, entry.name, version, inputs.replacement);
            plans.push({ entry, version, marked: state.marked });
        }
        else {
            const pyVersion = pypiVersion(version, inputs);
            const pyReplacement = inputs.replacement === undefined ? undefined : pypiVersion(inputs.replacement, inputs);
            const state = await readPypiState(inputs.pypiUrl, entry.name, pyVersion, pyReplacement);
            plans.push({ entry, version: pyVersion, marked: state.marked });
        }
    }
    return plans;
}
/** Step 1, the release: banner and name, once. Returns the release as it now is. */
async function markReleaseYanked(ctx, client, inputs, release, facts, progress) {
    const { tag } = inputs;
    const sourceUrl = release.html_url.replace(/\/releases\/tag\/[^/]*$/, `/tree/${encodeURIComponent(tag)}`);
    const { body, cut } = notesWithBanner(release.body, facts, sourceUrl);
    const name = yankedName(release.name, tag);
    const label = `GitHub release ${tag} marked yanked`;
    if (body === (release.body ?? '') && name === release.name) {
        progress.steps.push({ label, state: 'done', detail: name });
        return release;
    }
    if (cut) {
        ctx.log.warning(`The notes of ${tag} were cut to keep the release within GitHub's limit of ${src/* GITHUB_LIMITS */.f_.releaseBody} characters once the yank banner was added; the cut is marked in the notes, with a link to the tag's files.`);
    }
    const marked = await call(`mark the release ${tag} as yanked`, CONTENTS, () => updateRelease(client, inputs.repository, release.id, { body, name }));
    progress.steps.push({ label, state: 'done now', detail: name });
    return marked;
}
/** Step 2, latest: the highest good stable release. Returns its tag, if there is one. */
async function moveLatest(ctx, client, inputs, target, progress) {
    const repo = inputs.repository;
    const currentLatest = await call('read the latest release', CONTENTS, () => latestReleaseId(client, repo));
    if (target === undefined) {
        const message = `No good stable release remains in ${repo.owner}/${repo.repo} to become latest: a fixed release becomes latest when it is published.`;
        ctx.log.warning(message);
        progress.steps.push({
            label: 'latest moved to a good release',
            state: 'pending',
            detail: message,
        });
        progress.pending.push(`GitHub: publish a fixed release of ${inputs.version}; it becomes latest.`);
        return undefined;
    }
    const latestTag = target.release.tag_name;
    if (currentLatest !== target.release.id) {
        await call(`make ${latestTag} the latest release`, CONTENTS, () => updateRelease(client, repo, target.release.id, { make_latest: 'true' }));
        progress.steps.push({ label: `latest is ${latestTag}`, state: 'done now', detail: 'moved' });
    }
    else {
        progress.steps.push({ label: `latest is ${latestTag}`, state: 'done', detail: '' });
    }
    return latestTag;
}
/** The deprecation message npm shows on one line: the reason's line breaks become spaces. */
function deprecationMessage(inputs, plan) {
    const advice = plan.replacement !== undefined
        ? `Upgrade to ${plan.replacement.version}.`
        : plan.previousGood !== undefined
            ? `Use ${plan.previousGood.version} until a fix is out.`
            : 'Do not use it.';
    return `${inputs.version} is yanked: ${inputs.reason.replace(/\s+/g, ' ').trim()} ${advice}`;
}
/** Step 3, the registries: npm deprecated (with a token) or the command to run; PyPI by hand. */
async function recordRegistries(ctx, inputs, plan, progress) {
    const message = deprecationMessage(inputs, plan);
    for (const registry of plan.registries) {
        if (registry.entry.registry === 'npm') {
            await deprecateOnNpm(ctx, inputs, registry, message, progress);
        }
        else {
            recordPypiYank(ctx, inputs, registry, progress);
        }
    }
}
async function deprecateOnNpm(ctx, inputs, plan, message, progress) {
    const { name } = plan.entry;
    const label = `npm: deprecate ${name}@${plan.version}`;
    const request = { name, version: plan.version, message, registry: inputs.npmRegistry };
    const command = deprecateCommand(request);
    if (plan.marked !== undefined) {
        progress.steps.push({ label, state: 'done', detail: `deprecated: "${plan.marked}"` });
        return;
    }
    if (inputs.npmDeprecateToken === undefined) {
        ctx.log.notice(`${name}@${plan.version} is not deprecated on npm and no npm-deprecate-token was given. Run: ${command}`);
        progress.steps.push({ label, state: 'pending', detail: 'run', command });
        progress.pending.push(`npm: ${command}`);
        return;
    }
    const result = await runNpmDeprecate(ctx, request, inputs.npmDeprecateToken);
    const after = result.ok
        ? await readNpmState(inputs.npmRegistry, name, plan.version, undefined)
        : { marked: undefined };
    if (after.marked !== undefined) {
        progress.steps.push({ label, state: 'done now', detail: `deprecated: "${after.marked}"` });
        return;
    }
    const why = result.ok
        ? `npm deprecate succeeded but ${inputs.npmRegistry} does not show ${plan.version} as deprecated yet`
        : `npm deprecate failed: ${result.detail}`;
    progress.failures.push(`${name}@${plan.version}: ${why}`);
    progress.steps.push({ label, state: 'failed', detail: `${why}; by hand:`, command });
    progress.pending.push(`npm: ${command}`);
}
/** PyPI has no API to yank: found yanked, or a step by hand with the project's manage page. */
function recordPypiYank(ctx, inputs, plan, progress) {
    const { name } = plan.entry;
    const label = `PyPI: yank ${name} ${plan.version}`;
    if (plan.marked !== undefined) {
        progress.steps.push({
            label,
            state: 'done',
            detail: plan.marked === '' ? 'yanked' : `yanked: "${plan.marked}"`,
        });
        return;
    }
    const manage = pypiManageUrl(inputs.pypiUrl, name, plan.version);
    ctx.log.notice(`${name} ${plan.version} is not yanked on PyPI, which has no API for it. Yank it at ${manage} (reason: ${inputs.reason}), then run this again.`);
    progress.steps.push({ label, state: 'pending', detail: `yank it by hand at ${manage}` });
    progress.pending.push(`PyPI: yank ${name} ${plan.version} at ${manage}`);
}
/** Step 4, the tracking issue: opened, updated, or found up to date. Returns its URL. */
async function writeTrackingIssue(ctx, client, inputs, facts) {
    const repo = inputs.repository;
    const issue = renderIssue(facts);
    const found = await call('find the tracking issue', ISSUES, () => findIssueByMarker(client, repo, issue.marker));
    let issueUrl;
    if (found === undefined) {
        const created = await call('open the tracking issue', ISSUES, () => createIssue(client, repo, { title: issue.title, body: issue.body }));
        issueUrl = created.html_url;
        ctx.setOutput('issue-number', created.number);
        ctx.log.info(`Opened the tracking issue #${created.number}: ${created.html_url}`);
    }
    else {
        if (found.body !== issue.body || found.title !== issue.title) {
            await call(`update the tracking issue #${found.number}`, ISSUES, () => updateIssue(client, repo, found.number, { title: issue.title, body: issue.body }));
            ctx.log.info(`Updated the tracking issue #${found.number}: ${found.html_url}`);
        }
        else {
            ctx.log.info(`The tracking issue #${found.number} is up to date: ${found.html_url}`);
        }
        issueUrl = found.html_url;
        ctx.setOutput('issue-number', found.number);
    }
    ctx.setOutput('issue-url', issueUrl);
    return issueUrl;
}
async function latestReleaseId(client, repo) {
    try {
        return (await client.rest.repos.getLatestRelease({ ...repo })).data.id;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
function writeSummary(ctx, tag, steps, pending, issueUrl) {
    ctx.summary.heading(`yank-notice: ${(0,src/* escapeMarkdown */.FV)(tag)}`);
    ctx.summary.table(['Step', 'State', 'Detail'], steps.map((step) => [
        (0,src/* markdownCell */.UZ)((0,src/* escapeMarkdown */.FV)(step.label)),
        step.state,
        (0,src/* markdownCell */.UZ)(stepDetail(step)),
    ]));
    if (issueUrl !== undefined)
        ctx.summary.paragraph(`Tracking issue: ${issueUrl}`);
    if (pending.length === 0) {
        ctx.summary.paragraph('Nothing is pending: every step is done.');
        ctx.log.info(`${tag} is marked yanked everywhere listed; nothing is pending.`);
    }
    else {
        ctx.summary.paragraph('Still to do by hand (run this action again afterwards to record it):');
        ctx.summary.list(pending.map(pendingMarkdown));
        ctx.log.info(`${tag}: ${pending.length} step(s) still to do by hand:`);
        for (const item of pending)
            ctx.log.info(`- ${item}`);
    }
}
/** A pending item for the summary: a command after `npm: ` as code, anything else escaped. */
function pendingMarkdown(item) {
    return item.startsWith('npm: ') ? `npm: ${(0,src/* markdownCode */.D9)(item.slice(5))}` : (0,src/* escapeMarkdown */.FV)(item);
}


/***/ })

};
