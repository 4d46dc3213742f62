export const id = 278;
export const ids = [278];
export const modules = {

/***/ 81996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* reexport safe */ _analyze_js__WEBPACK_IMPORTED_MODULE_0__.O),
/* harmony export */   j1: () => (/* reexport safe */ _analyze_js__WEBPACK_IMPORTED_MODULE_0__.j),
/* harmony export */   rV: () => (/* reexport safe */ _repository_js__WEBPACK_IMPORTED_MODULE_1__.rV),
/* harmony export */   vX: () => (/* reexport safe */ _format_text_js__WEBPACK_IMPORTED_MODULE_2__.v)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91840);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39162);
/* harmony import */ var _format_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55721);
// What the rest of the command may use of doctor: run it over a repository and count findings.





/***/ }),

/***/ 67560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ repositoryTopLevel),
/* harmony export */   hl: () => (/* binding */ githubRepositoryOf),
/* harmony export */   iG: () => (/* binding */ copyRepository)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tokenless_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25240);
// A user's repository, copied for a rehearsal: the working tree is only read. The copy is a bare
// repository (GitHub's copy) holding every branch and tag, plus one commit with the uncommitted
// changes when there are any, so that what is rehearsed is what the maintainer sees.



/** `owner/repo` from a GitHub remote URL (https, ssh, git@), or undefined. */
function githubRepositoryOf(url) {
    const match = /github\.com[:/]+([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim());
    return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
}
async function repositoryTopLevel(dir) {
    const result = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(dir, ['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (result.exitCode !== 0) {
        throw new Error(`${dir} is not a git repository: a rehearsal reads its history (tags, commits) as GitHub would. Run it in the repository, or give --repo DIR.`);
    }
    return result.stdout.trim();
}
async function copyRepository(source, gitDir, 
/** The GitHub repository given on the command line, instead of the one read from origin. */
repository) {
    const notes = [];
    const head = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(source, ['rev-parse', '--verify', '--quiet', 'HEAD'], {
        allowFailure: true,
    });
    if (head.exitCode !== 0) {
        throw new Error(`${source} has no commit yet: commit the workflow and the packages first.`);
    }
    const branchResult = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(source, ['symbolic-ref', '--quiet', '--short', 'HEAD'], {
        allowFailure: true,
    });
    const branch = branchResult.exitCode === 0 ? branchResult.stdout.trim() : 'main';
    if (branchResult.exitCode !== 0) {
        notes.push(`HEAD is detached: rehearsed as the branch ${branch} at ${head.stdout.trim().slice(0, 7)}.`);
    }
    const remote = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(source, ['remote', 'get-url', 'origin'], { allowFailure: true });
    const named = repository ?? (remote.exitCode === 0 ? githubRepositoryOf(remote.stdout) : undefined);
    const owner = named?.owner ?? 'local';
    const repo = named?.repo ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(source);
    if (named === undefined) {
        notes.push(`No GitHub remote named origin: the repository is rehearsed as ${owner}/${repo}; trusted publishers are registered for that name. Give the real one with --repository OWNER/NAME.`);
    }
    const remoteHead = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(source, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
        allowFailure: true,
    });
    const defaultBranch = remoteHead.exitCode === 0 ? remoteHead.stdout.trim().replace(/^origin\//, '') : branch;
    await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(gitDir), ['clone', '--quiet', '--bare', '--no-tags', source, gitDir]);
    // Every local branch and tag: a clone --bare takes the branches; tags are fetched explicitly
    // so that an annotated tag stays annotated.
    await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(gitDir, ['fetch', '--quiet', source, '+refs/tags/*:refs/tags/*']);
    if (branchResult.exitCode !== 0) {
        await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(gitDir, ['update-ref', `refs/heads/${branch}`, head.stdout.trim()]);
    }
    await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(gitDir, ['symbolic-ref', 'HEAD', `refs/heads/${defaultBranch}`], { allowFailure: true });
    const commitChanges = await commitWorkingTree(source, gitDir, branch);
    if (commitChanges !== undefined)
        notes.push(commitChanges);
    return { owner, repo, branch, defaultBranch, notes };
}
/**
 * Commits the working tree's changes (tracked and untracked, ignored files left out) on top of
 * `branch` in the copy; the source repository is only read. Returns a note, or undefined when
 * the working tree is clean.
 */
async function commitWorkingTree(source, gitDir, branch) {
    const status = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(source, ['status', '--porcelain', '--untracked-files=all']);
    const changed = status.stdout.split('\n').filter((line) => line.trim() !== '');
    if (changed.length === 0)
        return undefined;
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(gitDir), 'working-tree-'));
    await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(work, ['clone', '--quiet', '--branch', branch, gitDir, '.']);
    const diff = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(source, ['diff', '--binary', 'HEAD']);
    if (diff.stdout.trim() !== '') {
        await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(work, ['apply', '--whitespace=nowarn', '-'], { input: diff.stdout });
    }
    const untracked = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(source, ['ls-files', '--others', '--exclude-standard', '-z']);
    for (const file of untracked.stdout.split('\0').filter(Boolean)) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, file)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(source, file), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, file));
    }
    await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(work, ['add', '--all']);
    await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(work, [
        '-c',
        'user.name=tokenless rehearse',
        '-c',
        'user.email=rehearse@tokenless.invalid',
        'commit',
        '--quiet',
        '--no-verify',
        '-m',
        'chore: uncommitted changes (tokenless rehearse)',
    ]);
    await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(work, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
    return `${changed.length} uncommitted change(s) in the working tree are rehearsed as one more commit on ${branch} (the working tree itself is untouched).`;
}


/***/ }),

/***/ 44071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ findSuiteRoot),
/* harmony export */   gn: () => (/* binding */ packagedGitHubDescription),
/* harmony export */   tf: () => (/* binding */ SUITE_ACTIONS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The tokenless repository this command runs from (its actions' dist bundles, the demo, the
 * examples): the nearest folder above this file with actions/publish-oidc/action.yml. The same
 * from the sources (packages/cli/src/rehearse) and from the bundle (packages/cli/dist).
 */
function findSuiteRoot(from = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = from;
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'actions', 'publish-oidc', 'action.yml')))
            return dir;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir) {
            throw new Error(`tokenless rehearse runs the action bundles of its own repository, but found none above ${from}. Run it from a checkout of the tokenless repository (npm ci; npx tokenless rehearse).`);
        }
        dir = parent;
    }
}
/**
 * GitHub's REST description the packaged `tokenless` command carries (openapi/api.github.com.json
 * beside its actions), or undefined in a checkout, where `@octokit/openapi` has it.
 */
function packagedGitHubDescription(suiteRoot) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(suiteRoot, 'openapi', 'api.github.com.json');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? file : undefined;
}
/** The suite's five actions, by the folder name that `uses:` names. */
const SUITE_ACTIONS = [
    'validate-tag',
    'test-gate',
    'publish-oidc',
    'create-release',
    'yank-notice',
];


/***/ }),

/***/ 90712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports CONFIGURATION_ERROR_CODE, isConfigurationError */
/**
 * The code of a ConfigurationError that no package gave a code of its own: an action's check of
 * its inputs and workspace. docs/RELEASING.md has an entry for it as for every code.
 */
const CONFIGURATION_ERROR_CODE = 'TL_CONFIGURATION';
/**
 * A mistake the user can fix: the message says what was found, where, and the fix.
 * runAction reports it as an error annotation (on the file and line when known) without a stack.
 * Each package raises its own subclass, whose `code` (TL_*) is stable across wordings: code and
 * docs/RELEASING.md key on the code, people read the message.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    code = CONFIGURATION_ERROR_CODE;
    location;
    input;
    title;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.location = options.location;
        this.input = options.input;
        this.title = options.title;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 25240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Qk: () => (/* binding */ childProcess),
/* harmony export */   tv: () => (/* binding */ gitFailure)
/* harmony export */ });
/* unused harmony export GitError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53778);


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
async function git(cwd, args, options = {}) {
    const result = await spawnGit(cwd, args, options);
    if (result.exitCode !== 0 && options.allowFailure !== true)
        throw gitFailure(cwd, args, result);
    return result;
}
/** The error for a failed git command: a `ConfigurationError` when the user can fix it, else a `GitError`. */
function gitFailure(cwd, args, result) {
    const stderr = result.stderr.trim();
    if (/detected dubious ownership/i.test(stderr)) {
        return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_DUBIOUS_OWNERSHIP', `git refuses to use the repository at ${cwd} because another user owns it ("detected dubious ownership"). ` +
            `This happens in container jobs. Run \`git config --global --add safe.directory ${cwd}\` before this step, ` +
            `or run the container as the user that owns the workspace.`);
    }
    if (/not a git repository/i.test(stderr)) {
        return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_NOT_A_REPOSITORY', `${cwd} is not inside a git repository (${formatCommand(args)}: ${firstLine(stderr)}). ` +
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
    const directory = await new Promise((resolve) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.stat)(cwd, (failure, stats) => resolve(failure === null ? stats : undefined)));
    if (directory === undefined || !directory.isDirectory()) {
        return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_NO_DIRECTORY', `The directory ${cwd} does not exist, so git cannot run there. ` +
            `Check working-directory, and run actions/checkout before this step.`, { cause: error });
    }
    return new _git_repository_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepositoryError */ .n('TL_GIT_NOT_INSTALLED', `git was not found on PATH (running it in ${cwd} failed with ENOENT). ` +
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


/***/ }),

/***/ 53778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ GitRepositoryError)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90712);

/** A clone, remote, commit or tag that git cannot use as asked: the message says what was found, where, and the fix. */
class GitRepositoryError extends _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'GitRepositoryError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}


/***/ }),

/***/ 14676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* reexport */ isInside),
  z1: () => (/* reexport */ resolveInWorkspace)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, HttpLimitError, assertInWorkspace, globBase, globFilesInWorkspace, globInWorkspace, httpRequest, parseRepository, retryAfterSeconds

;// CONCATENATED MODULE: ./packages/platform/src/http-request.ts
const DEFAULT_MAX_BYTES = (/* unused pure expression or super */ null && (50 * 1024 * 1024));
/** A read that broke one of httpRequest's limits: the message says which and where. */
class HttpLimitError extends Error {
    limit;
    constructor(message, limit) {
        super(message);
        this.limit = limit;
        this.name = 'HttpLimitError';
    }
}
function describeSize(bytes) {
    return bytes >= 1024 * 1024
        ? `${Math.round(bytes / 1024 / 1024)} MiB`
        : `${Math.round(bytes / 1024)} KiB`;
}
/** The answer's Retry-After in seconds (a number or an HTTP date), if it has one. */
function retryAfterSeconds(headers) {
    const value = headers['retry-after'];
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
/**
 * A small HTTP(S) request over node:http, for the few JSON calls of an action's fast path: the
 * global fetch loads undici on first use, which costs more start-up time than the calls themselves.
 * Every read is bounded: a total deadline (a server that trickles bytes cannot hold the job) and a
 * body size limit (an endless answer is not read whole). Proxies are not honoured here; use fetch
 * where a runner may need one.
 */
async function httpRequest(url, options = {}) {
    const retries = options.retries ?? 0;
    for (let attempt = 0;; attempt++) {
        const response = await requestOnce(url, options);
        if (attempt >= retries || !(response.status === 429 || response.status >= 500))
            return response;
        const asked = retryAfterSeconds(response.headers);
        if (asked !== undefined && asked > (options.maxRetryAfterSeconds ?? 60))
            return response;
        const waitMs = asked !== undefined ? asked * 1000 : (attempt + 1) ** 2 * (options.retryBaseMs ?? 1000);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
}
async function requestOnce(url, options) {
    const target = new URL(url);
    const method = options.method ?? 'GET';
    const where = `${method} ${target.origin}${target.pathname}`;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const deadlineMs = options.deadlineMs ?? 120_000;
    const { request } = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 23));
    return new Promise((resolve, reject) => {
        const call = request(target, {
            method,
            headers: {
                ...options.headers,
                ...(options.body === undefined
                    ? {}
                    : { 'content-length': String(Buffer.byteLength(options.body)) }),
            },
            timeout: options.timeoutMs ?? 60_000,
        }, (response) => {
            const declared = Number(response.headers['content-length']);
            if (Number.isFinite(declared) && declared > maxBytes) {
                call.destroy(tooLarge());
                return;
            }
            const chunks = [];
            let received = 0;
            response.on('data', (chunk) => {
                received += chunk.length;
                if (received > maxBytes) {
                    call.destroy(tooLarge());
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', reject);
            response.on('end', () => {
                clearTimeout(deadline);
                const body = Buffer.concat(chunks).toString('utf8');
                const status = response.statusCode ?? 0;
                resolve({
                    status,
                    statusText: response.statusMessage ?? '',
                    ok: status >= 200 && status < 300,
                    headers: response.headers,
                    text: () => Promise.resolve(body),
                    json: () => Promise.resolve().then(() => JSON.parse(body)),
                });
            });
        });
        const tooLarge = () => new HttpLimitError(`${where} sent an answer larger than ${describeSize(maxBytes)}, the most such an answer may be: it was not read. Check that the URL names the right service.`, 'size');
        const deadline = setTimeout(() => {
            call.destroy(new HttpLimitError(`${where} did not finish answering within ${Number((deadlineMs / 1000).toFixed(1))} s; the call was abandoned. The service is too slow or stuck: rerun the job later.`, 'deadline'));
        }, deadlineMs);
        call.on('timeout', () => call.destroy(new Error(`${target.origin} did not answer in time`)));
        call.on('error', (error) => {
            clearTimeout(deadline);
            reject(error);
        });
        call.end(options.body);
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __webpack_require__(90712);
;// CONCATENATED MODULE: ./packages/platform/src/workspace-path.ts




/**
 * The one boundary for every path an action reads or writes from an input: the path, with
 * every symbolic link resolved, must stay inside the workspace (GITHUB_WORKSPACE). A path that
 * does not exist yet is checked through its nearest existing parent, so a link in the middle
 * of it cannot lead out either.
 */
/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path) {
    const missing = [];
    let current = path;
    for (;;) {
        try {
            const real = external_node_fs_.realpathSync.native(current);
            return missing.length === 0 ? real : (0,external_node_path_.resolve)(real, ...missing.reverse());
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw error;
            const parent = (0,external_node_path_.dirname)(current);
            if (parent === current)
                return path;
            missing.push(current.slice(parent.length).replace(/^[\\/]+/, ''));
            current = parent;
        }
    }
}
/** True when `child` is `parent` or lies below it (both absolute, already real). */
function isInside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolves `path` (relative to `options.base`, default the workspace) and returns its absolute
 * form when it, and whatever its links point at, stays inside `workspace`. Otherwise throws a
 * ConfigurationError naming the input, the path as given, and where it leads.
 */
function resolveInWorkspace(workspace, path, options) {
    const root = realPathOf((0,external_node_path_.resolve)(workspace));
    const absolute = (0,external_node_path_.resolve)(options.base ?? workspace, path);
    const real = realPathOf(absolute);
    if (isInside(root, real))
        return absolute;
    const leads = real === absolute ? '' : ` (through a symbolic link, to ${real})`;
    throw new configuration_error/* ConfigurationError */.j1(`Input ${options.input} names ${JSON.stringify(path)}, which is outside the workspace ${root}${leads}. ` +
        `An action reads and writes only files of the checked-out repository: use a path inside it.`, { input: options.input, title: `${options.input} leaves the workspace` });
}
/** The same check for a path that a glob matched: refused the same way, naming the pattern. */
function assertInWorkspace(workspace, absolute, input) {
    resolveInWorkspace(workspace, absolute, { input });
}
/** The part of a glob before its first segment with a glob character: `dist/*.tgz` -> `dist`. */
function globBase(pattern) {
    const segments = pattern.split(/[\\/]/);
    const literal = [];
    for (const segment of segments) {
        if (/[*?[\]{}!]/.test(segment))
            break;
        literal.push(segment);
    }
    if (literal.length === segments.length)
        return pattern;
    const base = literal.join('/');
    return base === '' && pattern.startsWith('/') ? '/' : base === '' ? '.' : base;
}
/**
 * Every path a glob matches (absolute, sorted), each inside the workspace: the pattern's literal
 * base is checked first (`/etc/*`, `../*` are refused before anything is listed), then each match
 * with its links resolved (a match that is a link out, or lies in a linked directory that leads
 * out, is refused, not skipped). A pattern with no glob character is the path itself, if it exists.
 */
async function globInWorkspace(workspace, pattern, options) {
    const { input, cwd } = options;
    resolveInWorkspace(workspace, globBase(pattern), { input, base: cwd });
    const found = [];
    for await (const entry of glob(pattern, { cwd }))
        found.push(resolve(cwd, entry));
    for (const match of found) {
        resolveInWorkspace(workspace, relativeToWorkspace(workspace, match), { input });
    }
    return found.sort();
}
/** A path as the user would write it: relative to the workspace when it lies lexically inside. */
function relativeToWorkspace(workspace, absolute) {
    const rel = relative(resolve(workspace), absolute);
    return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}
/**
 * The same, keeping regular files only (links to files inside the workspace included): what
 * asset, report and distribution globs want.
 */
async function globFilesInWorkspace(workspace, pattern, options) {
    const files = [];
    for (const match of await globInWorkspace(workspace, pattern, options)) {
        if ((await stat(match).catch(() => undefined))?.isFile())
            files.push(match);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/platform/src/index.ts






/***/ })

};
