export const id = 102;
export const ids = [102];
export const modules = {

/***/ 47961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  AB: () => (/* reexport */ quoteExcerpt)
});

// UNUSED EXPORTS: CONFIGURATION_ERROR_CODE, EXCERPT_LENGTH, excerpt, isConfigurationError

;// CONCATENATED MODULE: ./packages/errors/src/configuration-error.ts
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

;// CONCATENATED MODULE: ./packages/errors/src/text-excerpt.ts
/**
 * How much of a value read from an input or a file a message echoes. A tag, a version or a
 * matched line is short; anything longer is cut, so that a hostile value (a 100 KB tag, a regex
 * that captures a whole file) never lands whole in a log, an annotation or the job summary.
 */
const EXCERPT_LENGTH = 100;
/** `text` itself when short, else its first `max` characters, `…` and its length. */
function excerpt(text, max = EXCERPT_LENGTH) {
    const characters = [...text];
    if (characters.length <= max)
        return text;
    return `${characters.slice(0, max).join('')}… (${characters.length} characters)`;
}
/** The same, quoted as JSON (control characters escaped): for values inside a sentence. */
function quoteExcerpt(text, max = EXCERPT_LENGTH) {
    const characters = [...text];
    if (characters.length <= max)
        return JSON.stringify(text);
    return `${JSON.stringify(characters.slice(0, max).join(''))}… (${characters.length} characters)`;
}

;// CONCATENATED MODULE: ./packages/errors/src/index.ts




/***/ }),

/***/ 64721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OR: () => (/* reexport */ defaultBranch),
  $Y: () => (/* reexport */ git_command_git),
  tv: () => (/* reexport */ git_command_gitFailure),
  cB: () => (/* reexport */ listTags),
  Vg: () => (/* reexport */ logCommits),
  JH: () => (/* reexport */ parseRemoteUrl),
  gX: () => (/* reexport */ remoteUrl),
  RO: () => (/* reexport */ shallow_clone_shallowBoundaries)
});

// UNUSED EXPORTS: CommitLogParser, GitError, GitRepositoryError, branchGlobPattern, branchesContaining, checkRemoteName, commitDate, commitNotFoundError, commitsInRange, ensureHistory, fetchRefs, hasRemote, isShallow, listAllTags, listRemoteBranches, matchesBranchGlobs, previousTag, resolveCommit, resolveRemoteTag, resolveTag

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/errors/src/index.ts + 2 modules
var src = __webpack_require__(47961);
;// CONCATENATED MODULE: ./packages/git/src/git-repository-error.ts

/** A clone, remote, commit or tag that git cannot use as asked: the message says what was found, where, and the fix. */
class git_repository_error_GitRepositoryError extends src/* ConfigurationError */.j1 {
    name = 'GitRepositoryError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/git/src/git-command.ts



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
        throw git_command_gitFailure(cwd, args, result);
    return result;
}
/** The error for a failed git command: a `ConfigurationError` when the user can fix it, else a `GitError`. */
function git_command_gitFailure(cwd, args, result) {
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
        const child = (0,external_node_child_process_.spawn)('git', args, {
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
    const directory = await (0,promises_.stat)(cwd).catch(() => undefined);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/git/src/shallow-clone.ts



/** Whether the repository at `cwd` is a shallow clone (e.g. actions/checkout's default depth 1). */
async function shallow_clone_isShallow(cwd) {
    const { stdout } = await git(cwd, ['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}
/**
 * The commits where a shallow clone's history is cut off (`.git/shallow`): git treats them as
 * having no parents. Empty for a complete repository.
 */
async function shallow_clone_shallowBoundaries(cwd) {
    const { stdout } = await git_command_git(cwd, ['rev-parse', '--git-path', 'shallow']);
    const relative = stdout.trim();
    const path = (0,external_node_path_.isAbsolute)(relative) ? relative : (0,external_node_path_.join)(cwd, relative);
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw error;
    });
    return new Set(text.split('\n').filter((line) => line !== ''));
}

;// CONCATENATED MODULE: ./packages/git/src/commits.ts



/** The commit `rev` names (a sha, tag, branch, `HEAD~2`...), or undefined when there is none here. */
async function commits_resolveCommit(cwd, rev) {
    // rev-parse of git 2.39 has no --end-of-options: a leading "-" would be read as an option.
    if (rev === '' || rev.startsWith('-'))
        return undefined;
    const args = ['rev-parse', '--verify', '-q', `${rev}^{commit}`];
    const result = await git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return result.stdout.trim();
    if (result.exitCode === 1)
        return undefined;
    throw gitFailure(cwd, args, result);
}
/** The error for a commit, tag or branch that the repository does not have. */
function commits_commitNotFoundError(cwd, rev) {
    return new GitRepositoryError('TL_GIT_COMMIT_NOT_FOUND', `Commit ${JSON.stringify(rev)} was not found in the git repository at ${cwd}. ` +
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
            throw commits_commitNotFoundError(cwd, rev);
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
    const result = await git(cwd, args, { allowFailure: true });
    if (result.exitCode !== 0) {
        for (const rev of from === undefined ? [to] : [from, to]) {
            if ((await commits_resolveCommit(cwd, rev)) === undefined)
                throw commits_commitNotFoundError(cwd, rev);
        }
        throw gitFailure(cwd, args, result);
    }
    const commits = parseLog(result.stdout);
    if (commits.length > 0 && (await isShallow(cwd))) {
        const boundaries = await shallowBoundaries(cwd);
        const cut = commits.find((commit) => boundaries.has(commit.sha));
        if (cut !== undefined) {
            throw new GitRepositoryError('TL_GIT_SHALLOW', `The clone at ${cwd} is shallow and its history stops at commit ${cut.sha.slice(0, 12)}, ` +
                `so the commits ${from === undefined ? `up to ${to}` : `between ${from} and ${to}`} are incomplete. ` +
                `Fetch the full history: actions/checkout with fetch-depth: 0.`);
        }
    }
    return commits;
}
/** The committer date of `rev` (when it landed, not when it was first written). */
async function commitDate(cwd, rev) {
    if (rev === '' || rev.startsWith('-'))
        throw commits_commitNotFoundError(cwd, rev);
    const args = [
        'show',
        '-s',
        '--format=%cI',
        '--no-show-signature',
        '--end-of-options',
        `${rev}^{commit}`,
    ];
    const result = await git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return new Date(result.stdout.trim());
    if ((await commits_resolveCommit(cwd, rev)) === undefined)
        throw commits_commitNotFoundError(cwd, rev);
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
    const result = await git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return true;
    if (result.exitCode === 2)
        return false; // "No such remote"
    throw gitFailure(cwd, args, result);
}
/** The remote's branches (short names) and their tips, from one `git ls-remote --heads`. */
async function remotes_listRemoteBranches(cwd, remote) {
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
async function remotes_fetchRefs(cwd, remote, depthArgs, refspecs) {
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

;// CONCATENATED MODULE: ./packages/git/src/branch-reachability.ts






/** Deepening rounds before the last resort, `--unshallow`. */
const DEEPEN_ROUNDS = 4;
/**
 * Which branches whose short name matches `globs` (`main`, `release/*`, `hotfix/**`: see
 * `branchGlobPattern`) contain the commit `sha`. Local branches and the remote-tracking branches
 * of `remote` both count; a branch that is in both is one name.
 *
 * Fast path: one `git for-each-ref --contains` over the local refs, no network. When nothing
 * matched and the clone is shallow or a glob has no local branch (actions/checkout's default is
 * a depth-1 clone of one ref), the matching branches are listed with `git ls-remote`, the missing
 * ones fetched (`--depth` in a shallow clone), and while the answer is "no" and their history is
 * cut off, it is deepened (doubling, then `--unshallow`). "Not contained" is only concluded on the
 * branches' complete history. The search stops at the first round that finds a branch: proving
 * that the other branches do NOT contain the commit would need their full history, so `matched`
 * is non-empty exactly when the commit is on an allowed branch, but may not list every such branch.
 *
 * A local branch that the remote does not have is checked only as far as its local history goes.
 *
 * Side effects when fetching: remote-tracking refs `refs/remotes/<remote>/<branch>` are created
 * or updated and the clone gets deeper; tags are not fetched. In a shallow clone, the first fetch of
 * a missing branch uses `--depth`, which (as git does) may cut history that an earlier, deeper
 * fetch brought through that branch's commits; a complete clone is never made shallow.
 */
async function branchesContaining(cwd, sha, globs, options = {}) {
    if (globs.length === 0)
        throw new TypeError('branchesContaining needs at least one branch glob');
    const remote = options.remote ?? 'origin';
    checkRemoteName(remote);
    const depth = options.depth ?? 100;
    if (!Number.isInteger(depth) || depth < 1) {
        throw new TypeError(`depth must be a positive integer, got ${depth}`);
    }
    const commit = await resolveCommit(cwd, sha);
    if (commit === undefined)
        throw commitNotFoundError(cwd, sha);
    const patterns = globs.map(branchGlobPattern);
    const wanted = (branch) => patterns.some((pattern) => pattern.test(branch));
    const candidates = await localBranches(cwd, remote, wanted);
    let deepened = false;
    const answer = async () => ({
        matched: await containing(cwd, commit, candidates),
        checked: [...new Set(candidates.values())].sort(),
        deepened,
    });
    const local = await answer();
    if (local.matched.length > 0)
        return local;
    const shallow = await isShallow(cwd);
    const names = [...candidates.values()];
    const globWithoutBranch = patterns.some((pattern) => !names.some((name) => pattern.test(name)));
    if (!shallow && !globWithoutBranch)
        return local;
    if (!(await hasRemote(cwd, remote))) {
        if (!shallow)
            return local;
        throw new GitRepositoryError('TL_GIT_SHALLOW', `The clone at ${cwd} is shallow and has no remote "${remote}" to fetch more history from, ` +
            `so whether commit ${sha} is on a branch matching ${globs.join(', ')} cannot be decided. ` +
            `Fetch the full history (actions/checkout with fetch-depth: 0) or add the remote.`);
    }
    const remoteBranches = [...(await listRemoteBranches(cwd, remote)).keys()].filter(wanted);
    const tracking = (branch) => `refs/remotes/${remote}/${branch}`;
    const refspec = (branch) => `+refs/heads/${branch}:${tracking(branch)}`;
    const missing = remoteBranches.filter((branch) => !candidates.has(tracking(branch)));
    let result = local;
    if (missing.length > 0) {
        // Never --depth on a complete clone: it would make it shallow.
        await fetchRefs(cwd, remote, shallow ? [`--depth=${depth}`] : [], missing.map(refspec));
        for (const branch of missing)
            candidates.set(tracking(branch), branch);
        deepened = true;
        result = await answer();
    }
    if (result.matched.length > 0 || !shallow || remoteBranches.length === 0)
        return result;
    const refspecs = remoteBranches.map(refspec);
    for (let round = 0, amount = depth;; round++, amount *= 2) {
        if (!(await historyIsCut(cwd, [...candidates.keys()])))
            return result;
        const last = round >= DEEPEN_ROUNDS;
        await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], refspecs);
        deepened = true;
        result = await answer();
        if (result.matched.length > 0 || last)
            return result;
    }
}
/** Local and remote-tracking branches whose short name is wanted: refname -> short name. */
async function localBranches(cwd, remote, wanted) {
    const remotePrefix = `refs/remotes/${remote}/`;
    const { stdout } = await git(cwd, [
        'for-each-ref',
        '--format=%(refname)%00%(symref)',
        'refs/heads/',
        remotePrefix,
    ]);
    const branches = new Map();
    for (const line of stdout.split('\n')) {
        const [refname, symref] = line.split('\0');
        if (refname === undefined || refname === '' || (symref ?? '') !== '')
            continue; // origin/HEAD
        const name = refname.startsWith('refs/heads/')
            ? refname.slice('refs/heads/'.length)
            : refname.slice(remotePrefix.length);
        if (wanted(name))
            branches.set(refname, name);
    }
    return branches;
}
/** Short names of the candidate refs that contain `commit`: one `for-each-ref --contains`. */
async function containing(cwd, commit, candidates) {
    if (candidates.size === 0)
        return [];
    const { stdout } = await git(cwd, [
        'for-each-ref',
        '--format=%(refname)',
        '--contains',
        commit,
        ...candidates.keys(),
    ]);
    const matched = new Set();
    for (const refname of stdout.split('\n')) {
        // A pattern also matches refs below it (`refs/heads/main/x`): keep the exact candidates.
        const name = candidates.get(refname);
        if (name !== undefined)
            matched.add(name);
    }
    return [...matched].sort();
}
/** Whether the history of any of `refs` reaches a shallow boundary (is cut off). */
async function historyIsCut(cwd, refs) {
    const boundaries = await shallowBoundaries(cwd);
    if (boundaries.size === 0 || refs.length === 0)
        return false;
    const contains = [...boundaries].flatMap((boundary) => ['--contains', boundary]);
    const { stdout } = await git(cwd, ['for-each-ref', '--format=%(refname)', ...contains, ...refs]);
    const exact = new Set(refs);
    return stdout.split('\n').some((refname) => exact.has(refname));
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
    checkRemoteName(remote);
    const local = await listTags(cwd, { prefix: options.prefix });
    if (!(await hasRemote(cwd, remote)))
        return local;
    const { stdout } = await git(cwd, ['ls-remote', '--tags', remote]);
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

;// CONCATENATED MODULE: ./packages/git/src/history.ts




const history_DEEPEN_ROUNDS = 4;
async function hasCommit(cwd, sha) {
    const result = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
    return result.exitCode === 0;
}
/** Whether every commit of `from..to` is here and none of them is a shallow cut. */
async function rangeIsComplete(cwd, from, to) {
    if (!(await hasCommit(cwd, from)) || !(await hasCommit(cwd, to)))
        return false;
    const ancestor = await git(cwd, ['merge-base', '--is-ancestor', from, to], { allowFailure: true });
    if (ancestor.exitCode !== 0)
        return false;
    const boundaries = await shallowBoundaries(cwd);
    if (boundaries.size === 0)
        return true;
    const { stdout } = await git(cwd, ['rev-list', to, `^${from}`]);
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
    if (!(await hasRemote(cwd, remote))) {
        throw new GitRepositoryError('TL_GIT_SHALLOW', `The clone at ${cwd} is shallow and has no remote "${remote}" to fetch the commits between ${from.slice(0, 12)} and ${to.slice(0, 12)} from. Fetch the full history: actions/checkout with fetch-depth: 0.`);
    }
    for (let round = 0, amount = options.depth ?? 50;; round++, amount *= 2) {
        const last = round >= history_DEEPEN_ROUNDS;
        await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], options.refspecs);
        if (last || !(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to)))
            return true;
    }
}

;// CONCATENATED MODULE: ./packages/git/src/commit-log.ts


const commit_log_FIELDS = ['%H', '%P', '%s', '%b', '%an', '%ae', '%cI'].join('%x1f');
// With decorations: the boundary mark first, the tags on the commit last.
const DECORATED_FIELDS = `%m%x1f${commit_log_FIELDS}%x1f%D`;
/** Turns `git log --format=<FIELDS>%x1e` output into commits as it arrives, chunk by chunk. */
class CommitLogParser {
    decorated;
    onCommit;
    commits = [];
    rest = '';
    /**
     * `decorated`: the output of DECORATED_FIELDS (logCommits' `decorate` option). With `onCommit`,
     * each commit is handed to it as soon as it is read instead of being kept in `commits`.
     */
    constructor(decorated = false, onCommit) {
        this.decorated = decorated;
        this.onCommit = onCommit;
    }
    push(chunk) {
        const text = this.rest === '' ? chunk : this.rest + chunk;
        let start = 0;
        for (let end = text.indexOf('\x1e'); end !== -1; end = text.indexOf('\x1e', start)) {
            this.record(text, text.charCodeAt(start) === 10 ? start + 1 : start, end);
            start = end + 1;
        }
        this.rest = start === 0 ? text : text.slice(start);
    }
    end() {
        const rest = this.rest;
        this.rest = '';
        if (rest.trim() !== '')
            this.record(rest, rest.charCodeAt(0) === 10 ? 1 : 0, rest.length);
        return this.commits;
    }
    /** The record text[start, end): its fields split at \x1f, read in place. */
    record(text, start, end) {
        let from = start;
        const field = () => {
            if (from > end)
                return undefined;
            let to = text.indexOf('\x1f', from);
            if (to === -1 || to > end)
                to = end;
            const value = text.slice(from, to);
            from = to + 1;
            return value;
        };
        const mark = this.decorated ? field() : undefined;
        const sha = field();
        const parents = field();
        const subject = field();
        const body = field();
        const author = field();
        const authorEmail = field();
        const date = field();
        const refs = this.decorated ? field() : undefined;
        if (sha === undefined || sha === '' || subject === undefined)
            return;
        const commit = {
            ...(this.decorated ? { boundary: mark === '-', tags: tagsOf(refs) } : {}),
            sha,
            subject,
            body: body === undefined ? '' : trimTrailingNewlines(body),
            author: author ?? '',
            authorEmail: authorEmail ?? '',
            date: date ?? '',
            parents: parents === undefined || parents === '' ? [] : parents.split(' '),
        };
        if (this.onCommit === undefined)
            this.commits.push(commit);
        else
            this.onCommit(commit);
    }
}
function trimTrailingNewlines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10)
        end--;
    return end === text.length ? text : text.slice(0, end);
}
/** The tag names of `%D` with --decorate-refs=refs/tags/: `tag: v1.0.0, tag: v1.0`. */
function tagsOf(refs) {
    if (refs === undefined || refs === '')
        return [];
    return refs
        .split(', ')
        .filter((ref) => ref.startsWith('tag: '))
        .map((ref) => ref.slice(5));
}
/**
 * The commits of `revs` (`v1.0.0..HEAD`, `HEAD`, ...) newest first, merges included, read from ONE
 * `git log` whose output is parsed while it streams (no whole-output string, no per-commit git).
 * `paths` limits them to commits that touch those paths. The revisions are not checked here:
 * a failure is returned as the git result (exitCode, stderr) for the caller to explain.
 */
async function logCommits(cwd, revs, paths = [], options = {}) {
    const decorate = options.decorate === true;
    const args = [
        'log',
        `--format=${decorate ? DECORATED_FIELDS : commit_log_FIELDS}%x1e`,
        ...(decorate ? ['--decorate-refs=refs/tags/'] : []),
        ...(options.boundary === true ? ['--boundary'] : []),
        '--encoding=UTF-8',
        '--no-show-signature',
        '--end-of-options',
        ...revs,
        '--',
        ...paths,
    ];
    const parser = new CommitLogParser(decorate, options.onCommit);
    const result = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        let stderr = '';
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => parser.push(chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ stdout: '', stderr, exitCode: code ?? 128 }));
    }).catch(async (error) => {
        // git missing or no such directory: the ordinary runner says which, with the fix.
        await git_command_git(cwd, ['rev-parse', '--git-dir']);
        throw error;
    });
    return { commits: parser.end(), result };
}

;// CONCATENATED MODULE: ./packages/git/src/remote-url.ts

const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/;
const URL_LIKE = /^(?:git\+)?(https?|ssh|git):\/\/(?:[^@/\s]+@)?([^/:\s]+)(?::(\d+))?\/(.+)$/;
/**
 * The web repository a remote URL points at, in the forms GitHub, GitHub Enterprise Server and
 * GitLab give: `https://host/owner/repo(.git)`, `git@host:owner/repo.git`,
 * `ssh://git@host(:port)/owner/repo.git`, `git://host/owner/repo`, with GitLab's nested groups.
 * The web URL is https on the same host (an http remote stays http; an ssh port is dropped).
 * Undefined for what is not such a URL (a local path, a file:// URL, one path segment).
 */
function parseRemoteUrl(url) {
    const text = url.trim();
    let scheme = 'https';
    let host;
    let path;
    const full = URL_LIKE.exec(text);
    if (full !== null) {
        scheme = full[1] === 'http' ? 'http' : 'https';
        host = full[2];
        path = full[4];
    }
    else if (!text.includes('://')) {
        const scp = SCP_LIKE.exec(text);
        host = scp?.[1];
        path = scp?.[2];
    }
    if (host === undefined || path === undefined)
        return undefined;
    const segments = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/')
        .filter((segment) => segment !== '');
    // GitLab's `~user` in scp URLs and Windows drive letters (`C:\...`) are not repositories.
    if (segments.length < 2 || host.length === 1)
        return undefined;
    if (!segments.every((segment) => /^[\w.-]+$/.test(segment)))
        return undefined;
    const repo = segments.pop();
    return { host: `${scheme}://${host}`, owner: segments.join('/'), repo };
}
/** The URL of `remote` (default origin), or undefined when there is no such remote. */
async function remoteUrl(cwd, remote = 'origin') {
    const result = await git_command_git(cwd, ['config', '--get', `remote.${remote}.url`], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts














/***/ })

};
