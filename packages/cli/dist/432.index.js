export const id = 432;
export const ids = [432];
export const modules = {

/***/ 60432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sZ: () => (/* binding */ detectChangelog),
  Rd: () => (/* binding */ detectDefaultBranch),
  detectGitHubRepository: () => (/* binding */ detectGitHubRepository),
  vq: () => (/* binding */ detectTokenUses)
});

// UNUSED EXPORTS: workflowFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/git/src/git-command.ts
var git_command = __webpack_require__(25240);
// EXTERNAL MODULE: ./packages/git/src/git-repository-error.ts
var git_repository_error = __webpack_require__(53778);
;// CONCATENATED MODULE: ./packages/git/src/remotes.ts


/** Rejects a remote name that git would read as an option (`--upload-pack=...`) or that cannot exist. */
function checkRemoteName(remote) {
    if (remote === '' || remote.startsWith('-') || /[\s\0]/.test(remote)) {
        throw new git_repository_error/* GitRepositoryError */.n('TL_GIT_REMOTE_NAME', `${JSON.stringify(remote)} is not a usable git remote name: it is empty, starts with "-" or ` +
            `contains whitespace. Use the name of a configured remote, such as origin.`, { input: 'remote' });
    }
}
/** Whether a remote of that name is configured (`git remote get-url`). */
async function hasRemote(cwd, remote) {
    const args = ['remote', 'get-url', remote];
    const result = await git(cwd, args, { allowFailure: true });
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
    await git(cwd, [
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
    checkRemoteName(remote);
    const head = await (0,git_command/* git */.$Y)(cwd, ['symbolic-ref', '-q', '--short', `refs/remotes/${remote}/HEAD`], {
        allowFailure: true,
    });
    const fromRemote = head.stdout.trim();
    if (head.exitCode === 0 && fromRemote.startsWith(`${remote}/`)) {
        return fromRemote.slice(remote.length + 1);
    }
    for (const candidate of ['main', 'master']) {
        const { stdout } = await (0,git_command/* git */.$Y)(cwd, [
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

// EXTERNAL MODULE: ./packages/cli/src/rehearse/repository-copy.ts
var repository_copy = __webpack_require__(67560);
;// CONCATENATED MODULE: ./packages/cli/src/init/detect-repository.ts
// What the repository tells beyond its packages: where it lives on GitHub, its default branch,
// its changelog, and the release workflows that publish with a registry token today.




const CHANGELOG_NAMES = ['CHANGELOG.md', 'CHANGES.md', 'HISTORY.md', 'NEWS.md'];
/** Secrets that hold a registry credential: what trusted publishing replaces. */
const REGISTRY_SECRET = /^(?=.*(NPM|PYPI|TWINE|NODE_AUTH|REGISTRY|PUBLISH))(?=.*(TOKEN|PASSWORD|KEY|AUTH)).*$/i;
/** `owner/repo` of the origin remote on GitHub, if it is one. */
async function detectGitHubRepository(root) {
    const { stdout, exitCode } = await (0,git_command/* git */.$Y)(root, ['remote', 'get-url', 'origin'], {
        allowFailure: true,
    });
    return exitCode === 0 ? (0,repository_copy/* githubRepositoryOf */.hl)(stdout.trim()) : undefined;
}
/** The default branch (origin's HEAD, else main or master, else the current branch). */
async function detectDefaultBranch(root) {
    const known = await defaultBranch(root);
    if (known !== undefined)
        return known;
    const { stdout } = await (0,git_command/* git */.$Y)(root, ['symbolic-ref', '-q', '--short', 'HEAD'], {
        allowFailure: true,
    });
    return stdout.trim() || 'main';
}
function detectChangelog(root) {
    const file = CHANGELOG_NAMES.find((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, name)));
    if (file === undefined)
        return undefined;
    const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8');
    if (/keepachangelog\.com|^## \[Unreleased\]/im.test(text))
        return { file, format: 'keep-a-changelog' };
    if (/^#{1,3} \[?\d[^\]\n]*\]?\(https?:[^)]*compare/m.test(text))
        return { file, format: 'conventional-changelog' };
    return { file, format: 'plain' };
}
/** The workflows under .github/workflows, relative to the root, sorted. */
function workflowFiles(root) {
    const dir = (0,external_node_path_.join)(root, '.github', 'workflows');
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => `.github/workflows/${name}`);
}
/** Every `secrets.X` that holds a registry credential, in the repository's workflows. */
function detectTokenUses(root) {
    const uses = [];
    for (const file of workflowFiles(root)) {
        const lines = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8').split('\n');
        for (const [index, text] of lines.entries()) {
            for (const match of text.matchAll(/secrets\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)|secrets\[\s*'([^']+)'\s*\]/g)) {
                const secret = match[1] ?? match[2] ?? '';
                if (REGISTRY_SECRET.test(secret))
                    uses.push({ file, line: index + 1, secret });
            }
        }
    }
    return uses;
}


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


/***/ })

};
