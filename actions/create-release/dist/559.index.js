export const id = 559;
export const ids = [559];
export const modules = {

/***/ 8559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishRelease: () => (/* binding */ publishRelease)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 10 modules
var src = __webpack_require__(1773);
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
function decideRetry(error, attempt, policy, call, now = Date.now()) {
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
                const decision = decideRetry(error, attempt, { ...policy, retries }, {
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
    clientSettings.set(client, { retryPolicy, retryLog, userAgent: options.userAgent ?? 'tokenless' });
    return client;
}
/** What calls made beside octokit (streamed uploads) need of a client's settings. */
const clientSettings = new WeakMap();
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
function errorCodes(error) {
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
        const exists = errorCodes(error).includes('already_exists');
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
        if (github_errors_httpStatus(error) === 404)
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
        if (github_errors_httpStatus(error) !== 404)
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of stream)
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}
function sha256OfFile(path) {
    return sha256OfStream((0,external_node_fs_.createReadStream)(path));
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
    const handle = await (0,promises_.open)(path, 'r');
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
// EXTERNAL MODULE: ./packages/versioning/src/versions-by-scheme.ts + 2 modules
var versions_by_scheme = __webpack_require__(8305);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/create-release/src/release-plan.ts
var release_plan = __webpack_require__(2311);
;// CONCATENATED MODULE: ./packages/changelog/src/changelog-section.ts
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
// `[1.2.3]`, `[v1.2.3](link)`, `1.2.3`, `v1.2.3`, optionally after a package name (`pkg@1.2.3`).
const HEADING_VERSION = /^\[?(?:[\w@/.-]+@)?v?(\d+(?:\.\d+)*[0-9A-Za-z.+!_-]*)\]?(?:\(.*?\))?(?:[\s:–—].*)?$/;
function versionOfHeading(text) {
    const match = HEADING_VERSION.exec(text.trim());
    return match?.[1];
}
/** Every ATX heading outside fenced code blocks. */
function listChangelogHeadings(markdown) {
    const headings = [];
    let fence;
    markdown.split(/\r?\n/).forEach((raw, index) => {
        const fenceMatch = FENCE.exec(raw);
        if (fenceMatch?.[1]) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            return;
        }
        if (fence !== undefined)
            return;
        const match = HEADING.exec(raw);
        if (!match?.[1] || match[2] === undefined)
            return;
        const text = match[2];
        const version = versionOfHeading(text);
        headings.push({
            line: index + 1,
            level: match[1].length,
            text,
            ...(version === undefined ? {} : { version }),
        });
    });
    return headings;
}
/**
 * The section for `version`: from its heading to the next heading of the same or a higher level.
 * `equivalent` decides whether a heading's version is the one wanted (default: equal strings),
 * so that `1.2.0rc1` can match `1.2.0-rc.1`.
 */
function findChangelogSection(markdown, version, equivalent = (a, b) => a === b) {
    const wanted = version.replace(/^v/, '');
    const headings = listChangelogHeadings(markdown);
    const index = headings.findIndex((heading) => heading.version !== undefined && equivalent(heading.version, wanted));
    const heading = headings[index];
    if (heading === undefined)
        return undefined;
    const next = headings.slice(index + 1).find((candidate) => candidate.level <= heading.level);
    const lines = markdown.split(/\r?\n/);
    const body = lines
        .slice(heading.line, next ? next.line - 1 : lines.length)
        .join('\n')
        .replace(/^\s*\n/, '')
        .trimEnd();
    return { heading, body };
}

;// CONCATENATED MODULE: ./packages/git/src/git-repository-error.ts

/** A clone, remote, commit or tag that git cannot use as asked: the message says what was found, where, and the fix. */
class git_repository_error_GitRepositoryError extends configuration_error/* ConfigurationError */.j1 {
    name = 'GitRepositoryError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/git/src/git-command.ts


/**
 * Node's child_process, loaded on the first git run rather than at import: loading it (with the
 * net, dgram and stream modules it needs) is a few milliseconds of start-up that a caller which
 * reads the repository's files itself (tokenless notes) does not need to pay.
 */
const childProcess = () => process.getBuiltinModule('node:child_process');
/** git ran and failed in a way that is not a known user mistake. */
class GitError extends Error {
    name = 'GitError';
    /** The command line, e.g. `git fetch --no-tags origin main`. */
    command;
    args;
    cwd;
    exitCode;
    stderr;
    constructor(cwd, args, result) {
        const command = formatCommand(args);
        const stderr = result.stderr.trim();
        super(`${command} failed with exit code ${result.exitCode} in ${cwd}: ${stderr === '' ? '(no error output)' : stderr}`);
        this.command = command;
        this.args = [...args];
        this.cwd = cwd;
        this.exitCode = result.exitCode;
        this.stderr = result.stderr;
    }
}
/**
 * Runs `git <args>` in `cwd` without a shell and collects its output as UTF-8.
 *
 * Throws a `ConfigurationError` when git cannot work there at all (no such directory, git not
 * on PATH, not a repository, a repository owned by another user) and a `GitError` for any other
 * non-zero exit. With `allowFailure`, a non-zero exit is returned instead; the caller then uses
 * `gitFailure` for the exit codes it does not expect.
 */
async function git_command_git(cwd, args, options = {}) {
    const result = await spawnGit(cwd, args, options);
    if (result.exitCode !== 0 && options.allowFailure !== true)
        throw gitFailure(cwd, args, result);
    return result;
}
/** The error for a failed git command: a `ConfigurationError` when the user can fix it, else a `GitError`. */
function gitFailure(cwd, args, result) {
    const stderr = result.stderr.trim();
    if (/detected dubious ownership/i.test(stderr)) {
        return new git_repository_error_GitRepositoryError('TL_GIT_DUBIOUS_OWNERSHIP', `git refuses to use the repository at ${cwd} because another user owns it ("detected dubious ownership"). ` +
            `This happens in container jobs. Run \`git config --global --add safe.directory ${cwd}\` before this step, ` +
            `or run the container as the user that owns the workspace.`);
    }
    if (/not a git repository/i.test(stderr)) {
        return new git_repository_error_GitRepositoryError('TL_GIT_NOT_A_REPOSITORY', `${cwd} is not inside a git repository (${formatCommand(args)}: ${firstLine(stderr)}). ` +
            `Run actions/checkout before this step, or set working-directory to the checked-out repository.`);
    }
    return new GitError(cwd, args, result);
}
async function spawnGit(cwd, args, options) {
    const spawned = await new Promise((resolve) => {
        const child = childProcess().spawn('git', args, {
            cwd,
            env: options.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => resolve({ error }));
        child.on('close', (code, signal) => resolve({
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8') +
                (signal === null ? '' : `\n(killed by ${signal})`),
            exitCode: code ?? 128,
        }));
        // git may exit before reading all of its input (EPIPE): its exit code tells what happened.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
    // Not `instanceof Error`: errors from node's own modules come from another realm under jest.
    if (!('error' in spawned))
        return spawned;
    if (spawned.error.code === 'ENOENT')
        throw await spawnNotFound(cwd, spawned.error);
    throw spawned.error;
}
async function spawnNotFound(cwd, error) {
    // Node reports a missing working directory and a missing executable with the same ENOENT.
    const directory = await new Promise((resolve) => (0,external_node_fs_.stat)(cwd, (failure, stats) => resolve(failure === null ? stats : undefined)));
    if (directory === undefined || !directory.isDirectory()) {
        return new git_repository_error_GitRepositoryError('TL_GIT_NO_DIRECTORY', `The directory ${cwd} does not exist, so git cannot run there. ` +
            `Check working-directory, and run actions/checkout before this step.`, { cause: error });
    }
    return new git_repository_error_GitRepositoryError('TL_GIT_NOT_INSTALLED', `git was not found on PATH (running it in ${cwd} failed with ENOENT). ` +
        `Install git on the runner or use an image that has it; without git, actions/checkout ` +
        `downloads an archive that is not a repository.`, { cause: error });
}
function formatCommand(args) {
    const shown = args
        .slice(0, 12)
        .map((arg) => (/^[\w@%+=:,./^{}~-]+$/.test(arg) ? arg : JSON.stringify(arg)));
    const more = args.length > 12 ? ` ... (${args.length - 12} more)` : '';
    return `git ${shown.join(' ')}${more}`;
}
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}

;// CONCATENATED MODULE: ./packages/git/src/shallow-clone.ts



/** Whether the repository at `cwd` is a shallow clone (e.g. actions/checkout's default depth 1). */
async function isShallow(cwd) {
    const { stdout } = await git_command_git(cwd, ['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}
/**
 * The commits where a shallow clone's history is cut off (`.git/shallow`): git treats them as
 * having no parents. Empty for a complete repository.
 */
async function shallowBoundaries(cwd) {
    const { stdout } = await git_command_git(cwd, ['rev-parse', '--git-path', 'shallow']);
    const relative = stdout.trim();
    const path = (0,external_node_path_.isAbsolute)(relative) ? relative : (0,external_node_path_.join)(cwd, relative);
    const text = await new Promise((resolve, reject) => (0,external_node_fs_.readFile)(path, 'utf8', (error, data) => {
        if (error === null)
            resolve(data);
        else if (error.code === 'ENOENT')
            resolve('');
        else
            reject(error);
    }));
    return new Set(text.split('\n').filter((line) => line !== ''));
}

;// CONCATENATED MODULE: ./packages/git/src/commits.ts



/** The commit `rev` names (a sha, tag, branch, `HEAD~2`...), or undefined when there is none here. */
async function resolveCommit(cwd, rev) {
    // rev-parse of git 2.39 has no --end-of-options: a leading "-" would be read as an option.
    if (rev === '' || rev.startsWith('-'))
        return undefined;
    const args = ['rev-parse', '--verify', '-q', `${rev}^{commit}`];
    const result = await git_command_git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return result.stdout.trim();
    if (result.exitCode === 1)
        return undefined;
    throw gitFailure(cwd, args, result);
}
/** The error for a commit, tag or branch that the repository does not have. */
function commitNotFoundError(cwd, rev) {
    return new git_repository_error_GitRepositoryError('TL_GIT_COMMIT_NOT_FOUND', `Commit ${JSON.stringify(rev)} was not found in the git repository at ${cwd}. ` +
        `Check the tag or sha; if it exists on the remote, fetch it first ` +
        `(actions/checkout with fetch-depth: 0 fetches all history and tags).`);
}
const FIELDS = ['%H', '%P', '%s', '%b', '%an', '%ae', '%cI'].join('%x1f');
/**
 * The commits reachable from `to` and not from `from` (`from..to`; the whole history of `to` when
 * `from` is undefined), newest first as `git log` orders them, merges included, with ONE
 * `git log` call. `paths` limits them to commits that touch those paths (relative to `cwd`).
 *
 * In a shallow clone, a range that runs into the cut-off history is an error rather than a
 * silently short list.
 */
async function commitsInRange(cwd, from, to, options = {}) {
    for (const rev of from === undefined ? [to] : [from, to]) {
        if (rev === '' || rev.startsWith('-'))
            throw commitNotFoundError(cwd, rev);
    }
    const range = from === undefined ? to : `${from}..${to}`;
    const args = [
        'log',
        `--format=${FIELDS}%x1e`,
        '--encoding=UTF-8',
        '--no-show-signature',
        '--end-of-options',
        range,
        '--',
        ...(options.paths ?? []),
    ];
    const result = await git_command_git(cwd, args, { allowFailure: true });
    if (result.exitCode !== 0) {
        for (const rev of from === undefined ? [to] : [from, to]) {
            if ((await resolveCommit(cwd, rev)) === undefined)
                throw commitNotFoundError(cwd, rev);
        }
        throw gitFailure(cwd, args, result);
    }
    const commits = parseLog(result.stdout);
    if (commits.length > 0 && (await isShallow(cwd))) {
        const boundaries = await shallowBoundaries(cwd);
        const cut = commits.find((commit) => boundaries.has(commit.sha));
        if (cut !== undefined) {
            throw new git_repository_error_GitRepositoryError('TL_GIT_SHALLOW', `The clone at ${cwd} is shallow and its history stops at commit ${cut.sha.slice(0, 12)}, ` +
                `so the commits ${from === undefined ? `up to ${to}` : `between ${from} and ${to}`} are incomplete. ` +
                `Fetch the full history: actions/checkout with fetch-depth: 0.`);
        }
    }
    return commits;
}
/** The committer date of `rev` (when it landed, not when it was first written). */
async function commitDate(cwd, rev) {
    if (rev === '' || rev.startsWith('-'))
        throw commitNotFoundError(cwd, rev);
    const args = [
        'show',
        '-s',
        '--format=%cI',
        '--no-show-signature',
        '--end-of-options',
        `${rev}^{commit}`,
    ];
    const result = await git_command_git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return new Date(result.stdout.trim());
    if ((await resolveCommit(cwd, rev)) === undefined)
        throw commitNotFoundError(cwd, rev);
    throw gitFailure(cwd, args, result);
}
function parseLog(stdout) {
    const commits = [];
    for (const record of stdout.split('\x1e')) {
        const [sha, parents, subject, body, author, authorEmail, date] = record
            .replace(/^\n/, '')
            .split('\x1f');
        if (sha === undefined || sha === '' || subject === undefined)
            continue;
        commits.push({
            sha,
            subject,
            body: (body ?? '').replace(/\n+$/, ''),
            author: author ?? '',
            authorEmail: authorEmail ?? '',
            date: date ?? '',
            parents: parents === undefined || parents === '' ? [] : parents.split(' '),
        });
    }
    return commits;
}

;// CONCATENATED MODULE: ./packages/changelog/src/changelog-error.ts

/** Release notes asked for with a missing or malformed part: the message says what was found, where, and the fix. */
class ChangelogError extends configuration_error/* ConfigurationError */.j1 {
    name = 'ChangelogError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/changelog/src/notes-parser.ts
// The commit parser of the conventionalcommits preset, written out for its one configuration:
// conventional-commits-parser 7's algorithm with the preset's options (header and breaking-header
// patterns, BREAKING CHANGE notes, `#` issues, the default closing keywords and field pattern,
// git's revert message), its regexes made once at load. Only what the writer reads is kept
// (no mentions, no merge pattern: the preset sets none). test/notes-oracle.test.ts holds it to
// the library's output on generated histories.
const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const NOTES = /^(?:\*\s+)?(BREAKING CHANGE|BREAKING-CHANGE):\s*(.*)/i;
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i;
const FIELD = /^-(?=.*\w)(.*?)-$/;
const GPG = /^\s*gpg:/;
const notes_parser_URL = /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/;
const REPOSITORY_CHAR = '[\\w-\\.\\/]';
// Sticky: a search starts where the last reference ended (the library's regex, prefixes `#`).
const REFERENCE_PARTS = new RegExp(`.*?(?<!${REPOSITORY_CHAR})(?:(${REPOSITORY_CHAR}+)(?!${REPOSITORY_CHAR}))?(#)((?=[\\w-]*\\d)[\\w-]+)(?=\\s|$|[,;.)\\]])`, 'giy');
const ACTIONS = 'close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved';
const referencesRegex = (separator) => new RegExp(`(?<!\\w)(${ACTIONS})${separator}(?:\\s+(.*?))(?=(?<!\\w)(?:${ACTIONS})(?!\\w)|$)`, 'gi');
// Every match of REFERENCES and FOOTER_REFERENCES starts so: a line without it has no action.
const MAY_ACTION = new RegExp(`(?<!\\w)(?:${ACTIONS}):?\\s`, 'i');
const REFERENCES = referencesRegex('');
const FOOTER_REFERENCES = referencesRegex(':?');
const FOOTER_TOKEN = /^(?:BREAKING CHANGE|[\w-]+)(?::\s+|\s+(?:#)).+/i;
const newLine = (code) => code === 0x0a || code === 0x0d;
function trimNewLines(input) {
    let first = 0;
    while (first < input.length && newLine(input.charCodeAt(first)))
        first++;
    if (first === input.length)
        return '';
    let last = input.length - 1;
    while (newLine(input.charCodeAt(last)))
        last--;
    return first === 0 && last === input.length - 1 ? input : input.substring(first, last + 1);
}
function appendLine(source, line) {
    return source ? `${source}\n${line || ''}` : line || '';
}
function parseReference(input, action) {
    if (notes_parser_URL.test(input))
        return null;
    const matches = REFERENCE_PARTS.exec(input);
    if (!matches)
        return null;
    const raw = matches[0];
    let repository = matches[1] ?? null;
    let owner = null;
    if (repository) {
        const slash = repository.indexOf('/');
        if (slash !== -1) {
            owner = repository.slice(0, slash);
            repository = repository.slice(slash + 1);
        }
    }
    return {
        raw,
        action,
        owner,
        repository,
        prefix: matches[2],
        issue: matches[3],
    };
}
function parseReferences(input, footerToken = false) {
    // Every reference has its `#`: a line without one has none (most lines; the regexes are costly).
    if (!input.includes('#'))
        return [];
    const regex = footerToken ? FOOTER_REFERENCES : REFERENCES;
    // Text outside of action sentences (`#1` in `#1 Fixes #2`) has references without an action.
    const sentences = [];
    let lastIndex = 0;
    const actions = MAY_ACTION.test(input);
    for (let matches = actions ? regex.exec(input) : null; matches; matches = regex.exec(input)) {
        sentences.push([null, input.slice(lastIndex, matches.index)], [matches[1] || null, matches[2] || '']);
        lastIndex = regex.lastIndex;
    }
    sentences.push([null, input.slice(lastIndex)]);
    const references = [];
    for (const [action, sentence] of sentences) {
        for (let reference = parseReference(sentence, action); reference;) {
            references.push(reference);
            reference = parseReference(sentence, action);
        }
    }
    return references;
}
/** One message's parse: the library's line cursor over the message's lines. */
class MessageCursor {
    lines;
    commit;
    index = 0;
    constructor(lines, commit) {
        this.lines = lines;
        this.commit = commit;
    }
    available() {
        return this.index < this.lines.length;
    }
    line() {
        return this.lines[this.index];
    }
    parseMeta() {
        if (!this.available())
            return false;
        const commit = this.commit;
        let field = null;
        let parsed = false;
        while (this.available()) {
            const matches = FIELD.exec(this.line());
            if (matches) {
                field = matches[1] || null;
                this.index++;
                continue;
            }
            if (!field)
                break;
            parsed = true;
            commit[field] = appendLine(commit[field] ?? null, this.line());
            this.index++;
        }
        return parsed;
    }
    parseNotes() {
        if (!this.available())
            return false;
        const { commit } = this;
        const matches = NOTES.exec(this.line());
        if (!matches)
            return false;
        const note = { title: matches[1], text: matches[2] };
        commit.notes.push(note);
        commit.footer = appendLine(commit.footer, this.line());
        this.index++;
        while (this.available()) {
            if (this.parseMeta())
                return true;
            if (this.parseNotes())
                return true;
            const footerToken = FOOTER_TOKEN.test(this.line());
            commit.references.push(...parseReferences(this.line(), footerToken));
            if (!footerToken)
                note.text = appendLine(note.text, this.line());
            commit.footer = appendLine(commit.footer, this.line());
            this.index++;
            if (footerToken)
                break;
        }
        return true;
    }
    parseBodyAndFooter(isBody) {
        if (!this.available())
            return isBody;
        const { commit } = this;
        const footerToken = FOOTER_TOKEN.test(this.line());
        const stillBody = !footerToken && isBody;
        commit.references.push(...parseReferences(this.line(), footerToken));
        if (stillBody)
            commit.body = appendLine(commit.body, this.line());
        else
            commit.footer = appendLine(commit.footer, this.line());
        this.index++;
        return stillBody;
    }
}
function parseHeader(commit, header) {
    if (!header)
        return;
    commit.header = header;
    // A breaking header has its `!: `: most headers have none and need one regex, not two.
    const matches = (header.includes('!: ') ? BREAKING_HEADER.exec(header) : null) ?? HEADER.exec(header);
    if (matches) {
        commit.type = matches[1] || null;
        commit.scope = matches[2] || null;
        commit.subject = matches[3] || null;
    }
}
function cleanup(commit) {
    if (commit.body)
        commit.body = trimNewLines(commit.body);
    if (commit.footer)
        commit.footer = trimNewLines(commit.footer);
    for (const note of commit.notes)
        note.text = trimNewLines(note.text);
    if (commit.references.length < 2)
        return;
    const seen = new Set();
    commit.references = commit.references.filter((reference) => {
        const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase();
        if (seen.has(uid))
            return false;
        seen.add(uid);
        return true;
    });
}
/**
 * Parses one commit message (`subject`, or `subject\n\nbody`) as the conventionalcommits preset's
 * parser does. The message must not be blank.
 */
function parseNotesCommit(message, hash) {
    const text = trimNewLines(message);
    // Most messages have no `\r` and no gpg: line: a plain split, no filter.
    let lines = text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
    if (text.includes('gpg:'))
        lines = lines.filter((line) => !GPG.test(line));
    const commit = {
        header: null,
        type: null,
        scope: null,
        subject: null,
        body: null,
        footer: null,
        notes: [],
        references: [],
        revert: null,
        hash: '',
    };
    const cursor = new MessageCursor(lines, commit);
    parseHeader(commit, lines[cursor.index++]);
    if (commit.header)
        commit.references = parseReferences(commit.header);
    let isBody = true;
    while (cursor.available()) {
        cursor.parseMeta();
        if (cursor.parseNotes())
            isBody = false;
        if (!cursor.parseBodyAndFooter(isBody))
            isBody = false;
    }
    if (commit.notes.length === 0 && commit.header) {
        const breaking = commit.header.includes('!: ') ? BREAKING_HEADER.exec(commit.header) : null;
        if (breaking)
            commit.notes.push({ title: 'BREAKING CHANGE', text: breaking[3] });
    }
    const revert = REVERT.exec(message);
    if (revert)
        commit.revert = { header: revert[1] || null, hash: revert[2] || null };
    cleanup(commit);
    // Set after the parse, as the caller sets it: a `-hash-` field line does not survive it.
    commit.hash = hash;
    return commit;
}

;// CONCATENATED MODULE: ./packages/changelog/src/root-collation.ts
// The order of `new Intl.Collator().compare` (ICU's root collation, what localeCompare without
// locales uses), computed here for strings of printable ASCII: making the ICU collator costs
// milliseconds at every start (its data is loaded), more than sorting a release's commits.
// Any other string is compared by the ICU collator itself, made on first use.
// test/root-collation.test.ts holds this to Intl.Collator.
// Printable ASCII in root collation order: a lower-case letter and its capital share a primary
// weight (the capital sorts after it, at the tertiary level); every other character has its own.
const ROOT_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ';
const PRIMARY = new Uint8Array(128);
for (let index = 0, weight = 0; index < ROOT_ORDER.length; index++) {
    const code = ROOT_ORDER.charCodeAt(index);
    const capital = code >= 0x41 && code <= 0x5a;
    if (!capital)
        weight++;
    PRIMARY[code] = weight;
}
let icu;
function printableAscii(text) {
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code < 0x20 || code > 0x7e)
            return false;
    }
    return true;
}
/** `new Intl.Collator().compare(a, b)`, as -1, 0 or 1. */
function compareRoot(a, b) {
    if (!printableAscii(a) || !printableAscii(b)) {
        const order = (icu ??= new Intl.Collator().compare)(a, b);
        return order < 0 ? -1 : order > 0 ? 1 : 0;
    }
    const length = Math.min(a.length, b.length);
    // Primary level: the letters regardless of case, then the shorter string first.
    for (let index = 0; index < length; index++) {
        const x = PRIMARY[a.charCodeAt(index)];
        const y = PRIMARY[b.charCodeAt(index)];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    // Tertiary level (no accents in ASCII, so no secondary difference): lower case first.
    for (let index = 0; index < length; index++) {
        const x = a.charCodeAt(index);
        const y = b.charCodeAt(index);
        if (x !== y)
            return x > y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/changelog/src/notes-writer.ts

const TYPES = [
    { type: 'feat', section: 'Features', hidden: false },
    { type: 'feature', section: 'Features', hidden: false },
    { type: 'fix', section: 'Bug Fixes', hidden: false },
    { type: 'perf', section: 'Performance Improvements', hidden: false },
    { type: 'revert', section: 'Reverts', hidden: false },
    { type: 'docs', section: 'Documentation', hidden: true },
    { type: 'style', section: 'Styles', hidden: true },
    { type: 'chore', section: 'Miscellaneous Chores', hidden: true },
    { type: 'refactor', section: 'Code Refactoring', hidden: true },
    { type: 'test', section: 'Tests', hidden: true },
    { type: 'build', section: 'Build System', hidden: true },
    { type: 'ci', section: 'Continuous Integration', hidden: true },
];
const GROUP_ORDER = TYPES.map((entry) => entry.section);
const notes_writer_BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i;
const BREAKING_CHANGES = 'BREAKING CHANGES';
// localeCompare without locales, as `new Intl.Collator().compare` (ASCII without loading ICU's).
const collate = compareRoot;
const breakingHeader = (header) => header.includes('!: ') && notes_writer_BREAKING_HEADER.test(header);
// @conventional-changelog/template's reference formatter with the preset's `#` prefix.
const REFERENCE_TEXT = new RegExp([
    /\[(?:[^[\]]|\[[^[\]]*])*]\((?:[^()\n]|\([^()\n]*\))*\)/.source,
    /\[[^\]]*]\[[^\]]*]/.source,
    /^[ \t]*(?=(?<fence>`{3,}|~{3,}))\k<fence>[\s\S]*?^[ \t]*\k<fence>[ \t]*\r?$/.source,
    /(?=(?<code>`+))\k<code>[^\n]*?\k<code>/.source,
    /https?:\/\/(?:[^\s()]|\([^\s()]*\))+/.source,
    '(?<prefix>#)(?<issue>[a-z0-9]+)',
    /\B@(?<user>[a-z0-9](?:-?[a-z0-9/]){0,38})/.source,
].join('|'), 'gm');
const MAY_REFERENCE = /[[`~#@]|https?:\/\//;
// @conventional-changelog/template's elements.
const toText = (value) => typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
function each(items, render, separator = '\n') {
    if (!items)
        return '';
    let text = '';
    for (const item of items) {
        const rendered = toText(render(item)).trim();
        text = `${text}${text && rendered ? separator : ''}${rendered}`;
    }
    return text;
}
function list(items, render) {
    return each(items, (item) => {
        const rendered = toText(render(item)).trim();
        // Most items are one line: nothing to indent.
        const text = rendered.includes('\n')
            ? rendered
                .split(/\r?\n/)
                .map((line, index) => (index > 0 && line ? `  ${line}` : line))
                .join('\n')
            : rendered;
        return rendered ? `* ${text}` : '';
    });
}
const strings = (...values) => each(values, (value) => value, '');
const segments = (...values) => each(values, (value) => value, '\n\n');
const words = (...values) => each(values, (value) => value, ' ');
const notes_writer_link = (text, target) => `[${text}](${target})`;
const bold = (text) => `**${text}**`;
function url(...parts) {
    let joined = '';
    for (const part of parts) {
        if (!part)
            continue;
        const segment = part.startsWith('/') || part.endsWith('/') ? part.replace(/^\/+|\/+$/g, '') : part;
        joined = joined ? `${joined}/${segment}` : segment;
    }
    return joined;
}
// Each commit line links into the repository: its URL is made once per links object.
const repositoryUrls = new WeakMap();
function repositoryUrl(links) {
    let joined = repositoryUrls.get(links);
    if (joined === undefined) {
        joined = url(links.host, links.owner, links.repository);
        repositoryUrls.set(links, joined);
    }
    return joined;
}
function issueUrl(links, reference) {
    const base = reference.repository
        ? url(links.host, reference.owner, reference.repository)
        : repositoryUrl(links);
    return url(base, 'issues', reference.issue);
}
/** Links `#1` and `@user` in a text; pushes the issue references it found onto `found`. */
function formatReferences(text, links, found) {
    // Each of REFERENCE_TEXT's forms has one of these: most subjects have none and stay as they are.
    if (!MAY_REFERENCE.test(text))
        return text;
    return text.replace(REFERENCE_TEXT, (match, ...args) => {
        const { issue, user } = args.at(-1);
        if (issue) {
            // Without links the preset leaves the text as is, but still leaves out of the references
            // the ones the subject names.
            found?.push(match);
            return links === undefined ? match : notes_writer_link(match, issueUrl(links, { issue }));
        }
        if (user && !user.includes('/') && links !== undefined) {
            return notes_writer_link(match, url(links.host, user));
        }
        return match;
    });
}
const noteTitle = (title) => {
    const upper = title.toUpperCase();
    return upper === 'BREAKING CHANGE' || upper === 'BREAKING-CHANGE' ? BREAKING_CHANGES : upper;
};
/** The preset's transform: undefined for a commit the notes leave out. */
function transform(commit, links) {
    const typeKey = (commit.revert ? 'revert' : commit.type || '').toLowerCase();
    const entry = TYPES.find((type) => type.type === typeKey);
    let discard = !((commit.footer && RELEASE_AS.test(commit.footer)) ||
        (commit.body && RELEASE_AS.test(commit.body)));
    const raw = commit.notes.some((note) => noteTitle(note.title) === BREAKING_CHANGES) ||
        !breakingHeader(commit.header || '')
        ? commit.notes
        : [{ title: 'BREAKING CHANGE', text: commit.subject || '' }, ...commit.notes];
    const notes = raw.map((note) => {
        discard = false;
        return { ...note, title: noteTitle(note.title), text: formatReferences(note.text, links) };
    });
    if (discard && (entry === undefined || entry.hidden))
        return undefined;
    const found = [];
    const subject = typeof commit.subject === 'string'
        ? formatReferences(commit.subject, links, found)
        : commit.subject;
    const scope = commit.scope === '*' ? '' : commit.scope;
    return {
        raw: commit,
        header: commit.header,
        hash: commit.hash,
        type: entry ? entry.section : commit.type,
        scope,
        subject,
        shortHash: commit.hash.substring(0, 7),
        references: found.length === 0
            ? commit.references
            : commit.references.filter((reference) => !found.includes(reference.prefix + reference.issue)),
        notes,
        revert: commit.revert,
        // Made once, not at each comparison of the sort.
        order: (scope || '') + (subject || ''),
    };
}
const trimmed = (value) => typeof value === 'string' ? value.trim() : value;
/** conventional-commits-filter: a revert and the commit it reverts, both listed, leave both out. */
function withoutReverted(entries) {
    const removed = new Set();
    // The reverts not yet matched, oldest first, by the header and hash they name (trimmed): an
    // entry is reverted by the first of them that names its own.
    const pending = new Map();
    const key = (header, hash) => JSON.stringify([trimmed(header), trimmed(hash)]);
    for (const entry of entries) {
        // Only a revert seen before can revert this entry: without one, no key to make.
        const own = pending.size === 0 ? undefined : key(entry.raw.header, entry.raw.hash);
        const reverts = own === undefined ? undefined : pending.get(own);
        const revert = reverts?.shift();
        if (revert !== undefined) {
            removed.add(entry).add(revert);
            if (reverts?.length === 0 && own !== undefined)
                pending.delete(own);
        }
        else if (entry.revert) {
            const named = key(entry.revert.header, entry.revert.hash);
            const list = pending.get(named);
            if (list === undefined)
                pending.set(named, [entry]);
            else
                list.push(entry);
        }
    }
    return removed.size === 0 ? entries : entries.filter((entry) => !removed.has(entry));
}
function commitGroups(entries) {
    const byType = Object.create(null);
    for (const entry of entries)
        (byType[entry.type || ''] ??= []).push(entry);
    const groups = Object.entries(byType).map(([title, commits]) => {
        commits.sort((a, b) => collate(a.order, b.order));
        return { title, commits };
    });
    return groups.sort((a, b) => GROUP_ORDER.indexOf(a.title) - GROUP_ORDER.indexOf(b.title));
}
function noteGroups(notes) {
    const groups = [];
    for (const note of notes) {
        const group = groups.find((candidate) => candidate.title === note.title);
        if (group)
            group.notes.push(note);
        else
            groups.push({ title: note.title, notes: [note] });
    }
    groups.sort((a, b) => collate(a.title || '', b.title || ''));
    for (const group of groups) {
        group.notes.sort((a, b) => collate(a.title || '', b.title || '') || collate(a.text || '', b.text || ''));
    }
    return groups;
}
function renderReferences(references, links, closing) {
    if (references.length === 0)
        return '';
    return each(references.filter((reference) => Boolean(reference.action) === closing), (reference) => {
        const label = strings(reference.owner && `${reference.owner}/`, reference.repository, reference.issue && `${reference.prefix || '#'}${reference.issue}`);
        return links === undefined ? label : notes_writer_link(label, issueUrl(links, reference));
    }, ' ');
}
function commitLine(entry, links) {
    const commitLink = entry.hash
        ? links === undefined
            ? entry.shortHash
            : `(${notes_writer_link(entry.shortHash, url(repositoryUrl(links), 'commit', entry.hash))})`
        : '';
    const closing = renderReferences(entry.references, links, true);
    const other = renderReferences(entry.references, links, false);
    return strings(words(entry.scope && bold(`${entry.scope}:`), entry.subject || entry.header || '', commitLink), closing && `, closes ${closing}`, other && `, references ${other}`);
}
function heading(context) {
    const { links, previousTag } = context;
    const version = links !== undefined && previousTag !== undefined
        ? notes_writer_link(context.version, url(repositoryUrl(links), 'compare', `${encodeURIComponent(previousTag || '')}...${encodeURIComponent(context.currentTag || '')}`))
        : context.version;
    return `## ${words(version, context.date && `(${context.date})`)}`;
}
/**
 * One release's notes from its parsed commits (newest first, merges left out), as the
 * conventional-changelog writer renders them with the conventionalcommits preset.
 */
function writeNotes(commits, context) {
    const { links } = context;
    const entries = [];
    for (const commit of commits) {
        const entry = transform(commit, links);
        if (entry !== undefined)
            entries.push(entry);
    }
    const notes = [];
    // The entries are this call's own: each note is attached to its entry in place.
    const shown = withoutReverted(entries);
    for (const entry of shown) {
        if (entry.notes.length === 0)
            continue;
        entry.notes = entry.notes.map((note) => {
            const withCommit = { ...note, commit: entry };
            notes.push(withCommit);
            return withCommit;
        });
    }
    const groups = commitGroups(shown);
    const breaking = noteGroups(notes);
    const markdown = segments(heading(context), each(breaking, (group) => segments(`### ${words(group.title === BREAKING_CHANGES ? '⚠' : '', group.title)}`, list(group.notes, (note) => words(note.commit.scope && bold(`${note.commit.scope}:`), note.text))), '\n\n'), each(groups, (group) => segments(group.title && `### ${group.title}`, list(group.commits, (entry) => commitLine(entry, links))), '\n\n')).trim();
    return {
        markdown: markdown.length > 0 ? `${markdown}\n` : '',
        sections: [
            ...breaking.map((group) => ({
                title: words(group.title === BREAKING_CHANGES ? '⚠' : '', group.title),
                entries: group.notes.length,
            })),
            ...groups
                .filter((group) => group.title !== '')
                .map((group) => ({ title: group.title, entries: group.commits.length })),
        ],
        breaking: notes.length,
        oldestShown: entries.at(-1)?.hash,
    };
}

;// CONCATENATED MODULE: ./packages/changelog/src/release-notes.ts




/**
 * The release notes for the commits `from..to` (all of `to`'s history when `from` is undefined),
 * rendered as conventional-changelog renders them with its `conventionalcommits` preset. The
 * commits come from ONE `git log` (commitsInRange; it also checks for a shallow clone). The date
 * of `to` comes from that log too, unless `paths` may have left `to` out or the range is empty.
 */
async function generateReleaseNotes(options) {
    checkReleaseNotesOptions(options);
    const { cwd, from, to, paths, ...rest } = options;
    const commits = await commitsInRange(cwd, from, to, paths === undefined ? {} : { paths });
    // git log lists `to` first, unless paths filter it out or the range is empty.
    const first = paths === undefined ? commits[0]?.date : undefined;
    const date = options.date ??
        (first === undefined || first === '' ? await commitDate(cwd, to) : new Date(first));
    return renderReleaseNotes(commits, { ...rest, date });
}
/**
 * Renders release notes from commits listed newest first (as `git log` and `commitsInRange` give
 * them) as conventional-changelog's writer renders them with the `conventionalcommits` preset:
 * breaking changes first, then Features, Bug Fixes, Performance Improvements and Reverts; the
 * preset's hidden types (docs, chore, ...) only appear with a breaking change. A revert and the
 * commit it reverts, both in the list, leave both out. Touches no git and no files.
 */
function renderReleaseNotes(commits, options) {
    return Promise.resolve().then(() => {
        checkReleaseNotesOptions(options);
        return writeReleaseNotes(parseConventionalCommits(commits), options);
    });
}
/**
 * Parses commits listed newest first with the preset's parser, leaving out merges (the preset's
 * `commits.merges: false`: conventional-changelog runs `git log --no-merges`) and empty messages.
 */
function parseConventionalCommits(commits) {
    const parsed = [];
    for (const commit of commits) {
        const entry = parseCommitInfo(commit);
        if (entry !== undefined)
            parsed.push(entry);
    }
    return parsed;
}
/** One commit parsed, or undefined for a merge or an empty message. */
function parseCommitInfo(commit) {
    if ((commit.parents?.length ?? 0) > 1)
        return undefined;
    const message = commit.body === '' ? commit.subject : `${commit.subject}\n\n${commit.body}`;
    if (message.trim() === '')
        return undefined;
    return parseNotesCommit(message, commit.sha);
}
/**
 * Renders already parsed commits (parseConventionalCommits) as one release's notes;
 * `oldestShown` is the oldest commit the notes show, reverted ones included.
 */
function writeReleaseNotes(parsed, options) {
    const { repository, previousTag } = options;
    const written = writeNotes(parsed, {
        version: options.version,
        date: options.date.toISOString().slice(0, 10),
        currentTag: options.currentTag,
        previousTag,
        links: repository === undefined
            ? undefined
            : {
                host: repository.host.replace(/\/+$/, ''),
                owner: repository.owner,
                repository: repository.repo,
            },
    });
    return { ...written, commits: parsed.length };
}
function checkReleaseNotesOptions(options) {
    if (options.version.trim() === '') {
        throw new ChangelogError('TL_NOTES_VERSION_EMPTY', 'The release notes need a version for their heading, but the version is empty. ' +
            'Pass the version being released, e.g. the `version` output of validate-tag.');
    }
    if (options.currentTag.trim() === '') {
        throw new ChangelogError('TL_NOTES_TAG_EMPTY', `The release notes of version ${options.version} need the release's tag, but the tag is empty. ` +
            'Pass the tag being released, e.g. the `tag` output of validate-tag.');
    }
    if (options.date !== undefined && Number.isNaN(options.date.getTime())) {
        throw new ChangelogError('TL_NOTES_DATE', `The release date of version ${options.version} is not a valid date. ` +
            "Pass a valid Date, or leave it out to use the date of the release's commit.");
    }
    const repository = options.repository;
    if (repository === undefined)
        return;
    if (!/^https?:\/\/[^/\s]+(?:\/[^\s]*)?$/.test(repository.host)) {
        throw new ChangelogError('TL_NOTES_REPOSITORY', `The repository host ${JSON.stringify(repository.host)} is not an http(s) URL. ` +
            'Write the server with its scheme, e.g. https://github.com (on GitHub Enterprise Server, its own URL).');
    }
    // GitLab nests groups (`group/subgroup/repo`); github.com has one owner level.
    const nested = !/^https?:\/\/github\.com\/*$/i.test(repository.host);
    for (const [name, value] of [
        ['owner', repository.owner],
        ['repo', repository.repo],
    ]) {
        const pattern = name === 'owner' && nested ? /^[\w.-]+(?:\/[\w.-]+)*$/ : /^[\w.-]+$/;
        if (!pattern.test(value)) {
            throw new ChangelogError('TL_NOTES_REPOSITORY', `The repository ${name} ${JSON.stringify(value)} is not a GitHub ${name} name ` +
                '(letters, digits, ".", "-" and "_"). Pass the two halves of owner/repo separately.');
        }
    }
}

;// CONCATENATED MODULE: ./packages/git/src/remotes.ts


/** Rejects a remote name that git would read as an option (`--upload-pack=...`) or that cannot exist. */
function remotes_checkRemoteName(remote) {
    if (remote === '' || remote.startsWith('-') || /[\s\0]/.test(remote)) {
        throw new git_repository_error_GitRepositoryError('TL_GIT_REMOTE_NAME', `${JSON.stringify(remote)} is not a usable git remote name: it is empty, starts with "-" or ` +
            `contains whitespace. Use the name of a configured remote, such as origin.`, { input: 'remote' });
    }
}
/** Whether a remote of that name is configured (`git remote get-url`). */
async function remotes_hasRemote(cwd, remote) {
    const args = ['remote', 'get-url', remote];
    const result = await git_command_git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return true;
    if (result.exitCode === 2)
        return false; // "No such remote"
    throw gitFailure(cwd, args, result);
}
/** The remote's branches (short names) and their tips, from one `git ls-remote --heads`. */
async function listRemoteBranches(cwd, remote) {
    const { stdout } = await git(cwd, ['ls-remote', '--heads', remote]);
    const branches = new Map();
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || refname?.startsWith('refs/heads/') !== true)
            continue;
        branches.set(refname.slice('refs/heads/'.length), sha);
    }
    return branches;
}
/** `git fetch` of exactly these refspecs: no tags, no submodules, quiet. */
async function fetchRefs(cwd, remote, depthArgs, refspecs) {
    await git_command_git(cwd, [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        '--no-auto-gc',
        '--quiet',
        ...depthArgs,
        remote,
        ...refspecs,
    ]);
}
/**
 * The default branch as the clone knows it (`refs/remotes/<remote>/HEAD`), else `main` or
 * `master` when such a branch exists; undefined when none of these tells.
 */
async function defaultBranch(cwd, remote = 'origin') {
    remotes_checkRemoteName(remote);
    const head = await git_command_git(cwd, ['symbolic-ref', '-q', '--short', `refs/remotes/${remote}/HEAD`], {
        allowFailure: true,
    });
    const fromRemote = head.stdout.trim();
    if (head.exitCode === 0 && fromRemote.startsWith(`${remote}/`)) {
        return fromRemote.slice(remote.length + 1);
    }
    for (const candidate of ['main', 'master']) {
        const { stdout } = await git_command_git(cwd, [
            'for-each-ref',
            '--format=%(refname)',
            `refs/heads/${candidate}`,
            `refs/remotes/${remote}/${candidate}`,
        ]);
        if (stdout.trim() !== '')
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/git/src/tags.ts



const TAG_FORMAT = [
    '%(refname)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objecttype)',
    '%(*objectname)',
].join('%00');
/**
 * Every local tag whose name starts with `prefix` (literally: no glob), in refname order, with one
 * `git for-each-ref` call. Tags that do not lead to a commit (a tag on a tree or a blob) are left
 * out. A tag of a tag is followed to its commit with one more git call for all such tags.
 */
async function listTags(cwd, options = {}) {
    const prefix = options.prefix ?? '';
    const raw = (await readTags(cwd, 'refs/tags')).filter((tag) => tag.name.startsWith(prefix));
    const tags = [];
    for (const ref of await toTagRefs(cwd, raw)) {
        if (ref.sha === undefined)
            continue;
        tags.push({ name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) });
    }
    return tags;
}
/** The local tag `tag` (`v1.2.3` or `refs/tags/v1.2.3`), or undefined when there is none. */
async function resolveTag(cwd, tag) {
    const name = tag.replace(/^refs\/tags\//, '');
    if (name === '')
        return undefined;
    // for-each-ref also matches `refs/tags/<name>/...`: keep only the exact ref.
    const raw = (await readTags(cwd, `refs/tags/${name}`)).filter((found) => found.name === name);
    const [ref] = await toTagRefs(cwd, raw);
    if (ref === undefined)
        return undefined;
    if (ref.sha === undefined) {
        throw new GitRepositoryError('TL_GIT_TAG_NOT_COMMIT', `The tag ${name} in ${cwd} points at a ${ref.targetType} (${ref.target}), not a commit. ` +
            `A release tag must point at a commit: re-create it with \`git tag -f ${name} <commit>\`.`, { input: 'tag' });
    }
    return { name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) };
}
/**
 * The tag `tag` as the remote `remote` (default `origin`) has it, from `git ls-remote`: `sha` is
 * the peeled (`^{}`) commit for an annotated tag. Returns undefined when the remote has no such
 * tag, and also when the repository has no remote of that name (a local-only repository, e.g. a
 * rehearsal): there is nowhere the tag could be published. An unreachable remote throws.
 *
 * git does not report the type of a remote object: a tag on a tree has the tree's id as `sha`.
 */
async function resolveRemoteTag(cwd, tag, remote = 'origin') {
    checkRemoteName(remote);
    const name = tag.replace(/^refs\/tags\//, '');
    if (name === '' || !(await hasRemote(cwd, remote)))
        return undefined;
    const ref = `refs/tags/${name}`;
    // ls-remote matches patterns against the end of the name, and `ref` alone omits the `^{}` line.
    const { stdout } = await git(cwd, ['ls-remote', '--tags', remote, ref, `${ref}^{}`]);
    let direct;
    let peeled;
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || refname === undefined)
            continue;
        if (refname === ref)
            direct = sha;
        else if (refname === `${ref}^{}`)
            peeled = sha;
    }
    if (direct === undefined)
        return undefined;
    if (peeled === undefined)
        return { name, sha: direct, annotated: false };
    return { name, sha: peeled, annotated: true, tagObject: direct };
}
async function readTags(cwd, pattern) {
    const { stdout } = await git_command_git(cwd, ['for-each-ref', `--format=${TAG_FORMAT}`, pattern]);
    const tags = [];
    for (const line of stdout.split('\n')) {
        const [refname, type, object, peeledType, peeled] = line.split('\0');
        if (refname === undefined || type === undefined || object === undefined)
            continue;
        tags.push({
            name: refname.slice('refs/tags/'.length),
            type,
            object,
            peeledType: peeledType ?? '',
            peeled: peeled ?? '',
        });
    }
    return tags;
}
async function toTagRefs(cwd, raw) {
    // `%(*objectname)` peels one level only (git < 2.45): a tag of a tag needs another look.
    const nested = raw.filter((tag) => tag.type === 'tag' && tag.peeledType === 'tag');
    const peeledNested = await peelToCommits(cwd, nested.map((tag) => tag.peeled));
    return raw.map((tag) => {
        if (tag.type !== 'tag') {
            return {
                name: tag.name,
                sha: tag.type === 'commit' ? tag.object : undefined,
                annotated: false,
                tagObject: undefined,
                targetType: tag.type,
                target: tag.object,
            };
        }
        const sha = tag.peeledType === 'commit'
            ? tag.peeled
            : tag.peeledType === 'tag'
                ? peeledNested.get(tag.peeled)
                : undefined;
        return {
            name: tag.name,
            sha,
            annotated: true,
            tagObject: tag.object,
            targetType: tag.peeledType === 'tag' ? 'tag that does not lead to a commit' : tag.peeledType,
            target: tag.peeled,
        };
    });
}
/** Maps each object to the commit it peels to, with one `git cat-file --batch-check`. */
async function peelToCommits(cwd, objects) {
    const peeled = new Map();
    if (objects.length === 0)
        return peeled;
    const args = ['cat-file', '--batch-check=%(objectname) %(objecttype)'];
    const input = objects.map((object) => `${object}^{commit}\n`).join('');
    const { stdout } = await git_command_git(cwd, args, { input });
    const lines = stdout.split('\n');
    objects.forEach((object, index) => {
        const [sha, type] = (lines[index] ?? '').split(' ');
        if (type === 'commit' && sha !== undefined)
            peeled.set(object, sha);
    });
    return peeled;
}
function tagObjectOf(ref) {
    return ref.tagObject === undefined ? {} : { tagObject: ref.tagObject };
}
/**
 * The tags a release must consider: the local ones and, when the repository has the remote, the
 * remote's (one `git ls-remote`): actions/checkout's default depth-1 clone fetches no tags, yet
 * the previous release tag and an existing tag of the same name live on the remote. A tag both
 * have is taken from the local repository.
 */
async function listAllTags(cwd, options = {}) {
    const remote = options.remote ?? 'origin';
    remotes_checkRemoteName(remote);
    const local = await listTags(cwd, { prefix: options.prefix });
    if (!(await remotes_hasRemote(cwd, remote)))
        return local;
    const { stdout } = await git_command_git(cwd, ['ls-remote', '--tags', remote]);
    const direct = new Map();
    const peeled = new Map();
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || !refname?.startsWith('refs/tags/'))
            continue;
        const name = refname.slice('refs/tags/'.length);
        if (name.endsWith('^{}'))
            peeled.set(name.slice(0, -3), sha);
        else
            direct.set(name, sha);
    }
    const byName = new Map(local.map((tag) => [tag.name, tag]));
    for (const [name, object] of direct) {
        if (byName.has(name) || !name.startsWith(options.prefix ?? ''))
            continue;
        const commit = peeled.get(name);
        byName.set(name, commit === undefined
            ? { name, sha: object, annotated: false }
            : { name, sha: commit, annotated: true, tagObject: object });
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

;// CONCATENATED MODULE: ./packages/git/src/previous-tag.ts
/**
 * The tag with the highest version strictly lower than the version `current` (a version, not a
 * tag name), by `compare` (version order, not tag dates: a 1.x hotfix tagged after 2.0.0 is not
 * the previous tag of 2.1.0). Tags for which `versionOf` returns undefined are ignored; of two
 * tags with equal versions (`v1.0.0` and `1.0.0`) the first in `tags` wins. Pure.
 */
function previousTag(tags, current, versionOf, compare, options = {}) {
    const { skipPrereleases = false, isPrerelease } = options;
    if (skipPrereleases && isPrerelease === undefined) {
        throw new TypeError('previousTag: skipPrereleases needs isPrerelease to tell prereleases apart');
    }
    let best;
    for (const tag of tags) {
        const version = versionOf(tag);
        if (version === undefined)
            continue;
        if (skipPrereleases && isPrerelease?.(version) === true)
            continue;
        if (compare(version, current) >= 0)
            continue;
        if (best === undefined || compare(version, best.version) > 0)
            best = { tag, version };
    }
    return best?.tag;
}

;// CONCATENATED MODULE: ./packages/git/src/history.ts




const DEEPEN_ROUNDS = 4;
async function hasCommit(cwd, sha) {
    const result = await git_command_git(cwd, ['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
    return result.exitCode === 0;
}
/** Whether every commit of `from..to` is here and none of them is a shallow cut. */
async function rangeIsComplete(cwd, from, to) {
    if (!(await hasCommit(cwd, from)) || !(await hasCommit(cwd, to)))
        return false;
    const ancestor = await git_command_git(cwd, ['merge-base', '--is-ancestor', from, to], { allowFailure: true });
    if (ancestor.exitCode !== 0)
        return false;
    const boundaries = await shallowBoundaries(cwd);
    if (boundaries.size === 0)
        return true;
    const { stdout } = await git_command_git(cwd, ['rev-list', to, `^${from}`]);
    return !stdout.split('\n').some((sha) => boundaries.has(sha));
}
/**
 * In a shallow clone, fetches history until `from..to` is complete: `refspecs` (the branches
 * holding `to`, and the ref of `from`, e.g. the previous tag) are deepened in doubling rounds,
 * then unshallowed. A complete clone is left alone. Returns whether anything was fetched.
 * When `from` is not an ancestor of `to` at all, the clone ends up complete and the caller's
 * range is simply what git says it is.
 */
async function ensureHistory(cwd, from, to, options) {
    if (!(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to)))
        return false;
    const remote = options.remote ?? 'origin';
    if (!(await remotes_hasRemote(cwd, remote))) {
        throw new git_repository_error_GitRepositoryError('TL_GIT_SHALLOW', `The clone at ${cwd} is shallow and has no remote "${remote}" to fetch the commits between ${from.slice(0, 12)} and ${to.slice(0, 12)} from. Fetch the full history: actions/checkout with fetch-depth: 0.`);
    }
    for (let round = 0, amount = options.depth ?? 50;; round++, amount *= 2) {
        const last = round >= DEEPEN_ROUNDS;
        await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], options.refspecs);
        if (last || !(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to)))
            return true;
    }
}

// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __webpack_require__(1210);
// EXTERNAL MODULE: ./node_modules/semver/functions/compare-build.js
var compare_build = __webpack_require__(7648);
var compare_build_default = /*#__PURE__*/__webpack_require__.n(compare_build);
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(3639);
// EXTERNAL MODULE: ./packages/versioning/src/pep440-order.ts
var pep440_order = __webpack_require__(4818);
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
    const aSemver = (0,semver_strict/* isStrictSemver */.i)(a);
    const bSemver = (0,semver_strict/* isStrictSemver */.i)(b);
    if (aSemver && bSemver)
        return compare_build_default()(a, b) === 0;
    const left = aSemver ? tryMapToPep440(a) : (0,pep440/* parsePep440 */.FB)(a);
    const right = bSemver ? tryMapToPep440(b) : (0,pep440/* parsePep440 */.FB)(b);
    return left !== undefined && right !== undefined && (0,pep440_order/* comparePep440 */.P)(left, right) === 0;
}
function tryMapToPep440(version) {
    try {
        return (0,pep440/* parsePep440 */.FB)(semverToPep440(version));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/create-release/src/release-notes-source.ts






async function readText(path, display, input) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The notes file ${display} does not exist. Create it before this step, or choose notes: commits, changelog or github.`, { input });
    }
}
async function changelogNotes(ctx, inputs, identity, cwd) {
    const path = (0,src/* resolveInWorkspace */.z1)(ctx.workspace, inputs.changelogFile, {
        input: 'changelog-file',
        base: cwd,
    });
    const display = (0,external_node_path_.relative)(ctx.workspace, path);
    const text = await readText(path, display, 'changelog-file');
    const section = findChangelogSection(text, identity.version, versionsEquivalent);
    if (section === undefined) {
        const found = listChangelogHeadings(text).flatMap((heading) => heading.version ? [heading.version] : []);
        throw new src/* ConfigurationError */.j1(`${display} has no section for ${identity.version}; the versions it has headings for are: ${found.slice(0, 8).join(', ') || 'none'}. Add a "## [${identity.version}]" section, or choose notes: commits.`, { input: 'notes', location: { file: display, line: 1 } });
    }
    return { text: section.body, source: `${display}:${section.heading.line}` };
}
/** The previous release tag: the input, else the highest lower version among the tags. */
async function findPreviousTag(inputs, identity, cwd) {
    const tags = await listAllTags(cwd, { prefix: identity.prefix });
    if (inputs.previousTag !== undefined) {
        const named = tags.find((tag) => tag.name === inputs.previousTag);
        if (named === undefined) {
            throw new src/* ConfigurationError */.j1(`Input previous-tag is ${inputs.previousTag}, but the repository has no such tag. Pass validate-tag's previous-tag output, or leave it out to find it by version.`, { input: 'previous-tag' });
        }
        return named;
    }
    const versioned = tags.flatMap((tag) => {
        try {
            const { version } = (0,release_tag/* parseTag */.ED)(tag.name, identity.prefix);
            (0,versions_by_scheme/* compareVersions */.Zy)(version, identity.version, identity.scheme);
            return [{ ...tag, version }];
        }
        catch {
            return [];
        }
    });
    return previousTag(versioned, identity.version, (tag) => tag.version, (a, b) => (0,versions_by_scheme/* compareVersions */.Zy)(a, b, identity.scheme), {
        skipPrereleases: !identity.prerelease,
        isPrerelease: (version) => (0,versions_by_scheme/* isPrerelease */.V1)(version, identity.scheme),
    });
}
async function commitNotes(ctx, inputs, identity, cwd, target, repo) {
    const previous = await findPreviousTag(inputs, identity, cwd);
    const to = (await resolveCommit(cwd, target)) ?? (await resolveCommit(cwd, 'HEAD'));
    if (to === undefined) {
        throw new src/* ConfigurationError */.j1(`Commit notes need the repository's history, but ${cwd} has no commit ${target}. Check out the repository (actions/checkout) before create-release, or choose notes: github.`, { input: 'notes' });
    }
    if (previous !== undefined) {
        const payload = ctx.event.payload;
        const branch = payload.repository?.default_branch ?? (await defaultBranch(cwd)) ?? 'main';
        await ensureHistory(cwd, previous.sha, to, {
            refspecs: [
                `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
                `+refs/tags/${previous.name}:refs/tags/${previous.name}`,
            ],
        });
    }
    const notes = await generateReleaseNotes({
        cwd,
        from: previous?.sha,
        to,
        version: identity.version,
        currentTag: identity.tag,
        ...(previous ? { previousTag: previous.name } : {}),
        repository: { host: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com', ...repo },
    });
    return {
        text: notes.markdown,
        source: `${notes.commits} commit(s) since ${previous?.name ?? 'the first commit'}`,
    };
}
async function githubNotes(client, repo, inputs, identity, cwd, target) {
    const previous = inputs.previousTag ?? (await findPreviousTag(inputs, identity, cwd))?.name;
    const { data } = await client.rest.repos.generateReleaseNotes({
        ...repo,
        tag_name: identity.tag,
        target_commitish: target,
        ...(previous ? { previous_tag_name: previous } : {}),
    });
    return {
        text: data.body,
        source: `GitHub's generated notes${previous ? ` since ${previous}` : ''}`,
    };
}
async function resolveNotes(ctx, inputs, identity, cwd, context) {
    switch (inputs.notes.kind) {
        case 'changelog':
            return changelogNotes(ctx, inputs, identity, cwd);
        case 'commits':
            return commitNotes(ctx, inputs, identity, cwd, context.target, context.repo);
        case 'github':
            return githubNotes(context.client, context.repo, inputs, identity, cwd, context.target);
        case 'file': {
            const path = (0,src/* resolveInWorkspace */.z1)(ctx.workspace, inputs.notes.path, {
                input: 'notes',
                base: cwd,
            });
            const display = (0,external_node_path_.relative)(ctx.workspace, path);
            return { text: await readText(path, display, 'notes'), source: display };
        }
    }
}

;// CONCATENATED MODULE: ./actions/create-release/src/publish-release.ts








const PERMISSION = 'contents: write';
async function call(action, body) {
    try {
        return await body();
    }
    catch (error) {
        throw explainGitHubError(error, { action, permission: PERMISSION });
    }
}
async function publishRelease(ctx, inputs, identity, cwd, assets) {
    const repo = inputs.repository;
    const client = createClientForAction({
        token: inputs.token,
        apiUrl: ctx.env.GITHUB_API_URL,
        log: ctx.log,
    });
    const { tag } = identity;
    const remoteTag = await call(`read the tag ${tag}`, () => getTagCommit(client, repo, tag));
    if (remoteTag && inputs.sha !== undefined && remoteTag.sha !== inputs.sha) {
        throw new src/* ConfigurationError */.j1(`Tag ${tag} already exists on GitHub at ${remoteTag.sha.slice(0, 7)}, but sha is ${inputs.sha.slice(0, 7)}. A published tag must not move: release the tagged commit, or choose a new version.`, { input: 'sha' });
    }
    const target = remoteTag?.sha ?? inputs.sha;
    if (target === undefined) {
        throw new src/* ConfigurationError */.j1(`Tag ${tag} does not exist on GitHub and no sha was given to create it at. Pass validate-tag's sha output as sha, or push the tag first.`, { input: 'sha' });
    }
    const notes = await resolveNotes(ctx, inputs, identity, cwd, { client, repo, target });
    const serverUrl = ctx.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const fitted = (0,release_plan/* fitNotes */.NI)(notes.text, `${serverUrl}/${repo.owner}/${repo.repo}/blob/${tag}/${inputs.changelogFile}`);
    if (fitted.truncated) {
        ctx.log.warning(`The notes were ${notes.text.length} characters, more than GitHub's limit of ${release_plan/* MAX_BODY_LENGTH */.tr}: the release shows the first part and links to the full text in ${inputs.changelogFile}. Shorten the changelog section, or pass shorter notes, to show them whole.`);
    }
    const makeLatest = await call('list the releases', () => latestDecision(client, repo, identity, inputs));
    const fields = {
        name: identity.name,
        body: fitted.body,
        prerelease: identity.prerelease,
    };
    let release = await call(`find the release ${tag}`, () => findReleaseByTag(client, repo, tag));
    let outcome = 'unchanged';
    if (release === undefined) {
        const made = await call(`create the release ${tag}`, () => createOrJoin(client, repo, identity, target, fields, inputs.draftFirst, makeLatest));
        release = made.release;
        // Only the run whose release survives a race says it created it; the others joined it.
        outcome = made.created ? 'created' : 'unchanged';
        if (!made.created) {
            ctx.log.info(`Another run created the release ${tag} at the same time: this run joins it (id ${release.id}).`);
            release = await joinedRelease(client, repo, release, fields, tag);
            if (release !== made.release)
                outcome = 'updated';
        }
    }
    else if (release.name !== fields.name ||
        (release.body ?? '') !== fields.body ||
        release.prerelease !== fields.prerelease) {
        const id = release.id;
        release = await call(`update the release ${tag}`, () => updateRelease(client, repo, id, fields));
        outcome = 'updated';
    }
    const current = release;
    const existingAssets = await call('list the release assets', () => listReleaseAssets(client, repo, current.id));
    const uploaded = [];
    for (const file of assets) {
        const { action } = await call(`upload ${file.name} to the release ${tag}`, () => uploadReleaseAsset(client, repo, current, file, existingAssets));
        uploaded.push({ name: file.name, size: file.size, action });
        if (action !== 'unchanged' && outcome === 'unchanged')
            outcome = 'updated';
    }
    if (release.draft && inputs.draftFirst) {
        const id = release.id;
        release = await call(`publish the release ${tag}`, () => updateRelease(client, repo, id, { draft: false, make_latest: makeLatest }));
        if (outcome === 'unchanged')
            outcome = 'updated';
    }
    else if (!release.draft && makeLatest === 'true') {
        const latest = await call('read the latest release', () => latestReleaseId(client, repo));
        if (latest !== release.id) {
            const id = release.id;
            release = await call(`mark ${tag} as the latest release`, () => updateRelease(client, repo, id, { make_latest: 'true' }));
        }
    }
    ctx.setOutput('id', release.id);
    ctx.setOutput('url', release.html_url);
    ctx.setOutput('notes', release.body ?? '');
    ctx.setOutput('created', outcome === 'created');
    writeSummary(ctx, release, outcome, notes.source, makeLatest, uploaded);
    warnAboutGitHubToken(ctx, inputs.token);
}
/** `auto`: latest only for a stable release that is the highest version among published ones. */
async function latestDecision(client, repo, identity, inputs) {
    if (inputs.makeLatest !== 'auto')
        return inputs.makeLatest;
    if (identity.prerelease)
        return 'false';
    const published = (await listReleases(client, repo)).filter((release) => !release.draft && !release.prerelease && release.tag_name !== identity.tag);
    for (const release of published) {
        try {
            const { version } = (0,release_tag/* parseTag */.ED)(release.tag_name, identity.prefix);
            if ((0,versions_by_scheme/* compareVersions */.Zy)(version, identity.version, identity.scheme) > 0)
                return 'false';
        }
        catch {
            // A release whose tag is not a version of this scheme does not compete.
        }
    }
    return 'true';
}
async function latestReleaseId(client, repo) {
    try {
        return (await client.rest.repos.getLatestRelease({ ...repo })).data.id;
    }
    catch {
        return undefined;
    }
}
/** A joined release whose fields differ from this run's gets this run's fields. */
async function joinedRelease(client, repo, release, fields, tag) {
    if (release.name === fields.name &&
        (release.body ?? '') === fields.body &&
        release.prerelease === fields.prerelease)
        return release;
    const id = release.id;
    return call(`update the release ${tag}`, () => updateRelease(client, repo, id, fields));
}
/**
 * Creates the release; when another run created one for the same tag at the same time, joins it
 * instead, so that the tag never has two releases: a published one wins, else the oldest draft,
 * and this run's own extra draft is deleted. `created` is true only for the run whose release
 * is the one that stays.
 */
async function createOrJoin(client, repo, identity, target, fields, draftFirst, makeLatest) {
    let mine;
    try {
        mine = await createRelease(client, repo, {
            tag_name: identity.tag,
            target_commitish: target,
            ...fields,
            draft: draftFirst,
            ...(draftFirst ? {} : { make_latest: makeLatest }),
        });
    }
    catch (error) {
        if (!errorCodes(error).includes('already_exists'))
            throw error;
        const existing = await findReleaseByTag(client, repo, identity.tag);
        if (existing === undefined)
            throw error;
        return { release: existing, created: false };
    }
    const same = (await listReleases(client, repo)).filter((release) => release.tag_name === identity.tag);
    const winner = same.find((release) => !release.draft) ?? same.sort((a, b) => a.id - b.id)[0] ?? mine;
    if (winner.id === mine.id)
        return { release: mine, created: true };
    if (mine.draft)
        await client.rest.repos.deleteRelease({ ...repo, release_id: mine.id });
    return { release: winner, created: false };
}
function writeSummary(ctx, release, outcome, notesSource, makeLatest, assets) {
    // The name and the asset names are the user's text: shown as text, never as Markdown.
    ctx.summary.heading(`create-release: ${(0,src/* escapeMarkdown */.FV)(release.tag_name)} ${outcome}`);
    ctx.summary.table(['Release', 'State', 'Prerelease', 'Latest', 'Notes from'], [
        [
            (0,src/* markdownCell */.UZ)(`[${(0,src/* escapeMarkdown */.FV)(release.name ?? release.tag_name)}](${release.html_url})`),
            release.draft ? 'draft' : 'published',
            release.prerelease ? 'yes' : 'no',
            makeLatest === 'true' ? 'yes' : 'no',
            notesSource,
        ],
    ]);
    if (assets.length > 0) {
        ctx.summary.table(['Asset', 'Bytes', 'Action'], assets.map((asset) => [(0,src/* markdownCell */.UZ)((0,src/* escapeMarkdown */.FV)(asset.name)), asset.size, asset.action]));
    }
    ctx.log.info(`Release ${release.tag_name} ${outcome}: ${release.html_url}`);
}
function releaseTriggered(workflow) {
    if (typeof workflow !== 'object' || workflow === null)
        return false;
    const on = workflow.on ?? workflow.true;
    if (on === 'release')
        return true;
    if (Array.isArray(on))
        return on.includes('release');
    return typeof on === 'object' && on !== null && 'release' in on;
}
/**
 * A release made with the job's GITHUB_TOKEN starts no workflow: say so when the repository has
 * workflows that wait for `release` events. GITHUB_TOKEN is an installation token (`ghs_`). The
 * running workflow is left out: it is already running, and is not waiting for this release
 * (the reference release.yml has `on: release` for releases that people publish).
 */
function warnAboutGitHubToken(ctx, token) {
    if (!token.startsWith('ghs_'))
        return;
    const dir = (0,external_node_path_.join)(ctx.workspace, '.github', 'workflows');
    if (!(0,external_node_fs_.existsSync)(dir))
        return;
    const running = /\/\.github\/workflows\/([^@/]+)@/.exec(ctx.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    const waiting = (0,external_node_fs_.readdirSync)(dir)
        .filter((file) => /\.ya?ml$/.test(file) && file !== running)
        .filter((file) => {
        try {
            const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8');
            // A workflow that creates its release itself (as the reference release.yml, called or
            // dispatched) listens to `release` for releases people publish, not for this one.
            if (/\/actions\/create-release\b/.test(text))
                return false;
            return releaseTriggered((0,dist/* parse */.qg)(text));
        }
        catch {
            return false;
        }
    });
    if (waiting.length === 0)
        return;
    const message = `This release was made with the job's GITHUB_TOKEN, and GitHub starts no workflow for events made with it: ${waiting.map((file) => `.github/workflows/${file}`).join(', ')} (on: release) will not run. Publish from this workflow instead (a job with needs:), or create the release with a GitHub App token.`;
    ctx.log.warning(message);
    ctx.summary.paragraph(`⚠️ ${message}`);
}


/***/ })

};
