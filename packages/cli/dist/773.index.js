export const id = 773;
export const ids = [773];
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
/** Turns `git log --format=<FIELDS>%x1e` output into commits as it arrives, chunk by chunk. */
class CommitLogParser {
    commits = [];
    rest = '';
    push(chunk) {
        const text = this.rest + chunk;
        let start = 0;
        for (let end = text.indexOf('\x1e'); end !== -1; end = text.indexOf('\x1e', start)) {
            this.record(text.slice(start, end));
            start = end + 1;
        }
        this.rest = text.slice(start);
    }
    end() {
        if (this.rest.trim() !== '')
            this.record(this.rest);
        this.rest = '';
        return this.commits;
    }
    record(raw) {
        const [sha, parents, subject, body, author, authorEmail, date] = (raw.startsWith('\n') ? raw.slice(1) : raw).split('\x1f');
        if (sha === undefined || sha === '' || subject === undefined)
            return;
        this.commits.push({
            sha,
            subject,
            body: (body ?? '').replace(/\n+$/, ''),
            author: author ?? '',
            authorEmail: authorEmail ?? '',
            date: date ?? '',
            parents: parents === undefined || parents === '' ? [] : parents.split(' '),
        });
    }
}
/**
 * The commits of `revs` (`v1.0.0..HEAD`, `HEAD`, ...) newest first, merges included, read from ONE
 * `git log` whose output is parsed while it streams (no whole-output string, no per-commit git).
 * `paths` limits them to commits that touch those paths. The revisions are not checked here:
 * a failure is returned as the git result (exitCode, stderr) for the caller to explain.
 */
async function logCommits(cwd, revs, paths = []) {
    const args = [
        'log',
        `--format=${commit_log_FIELDS}%x1e`,
        '--encoding=UTF-8',
        '--no-show-signature',
        '--end-of-options',
        ...revs,
        '--',
        ...paths,
    ];
    const parser = new CommitLogParser();
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














/***/ }),

/***/ 40829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PG: () => (/* reexport */ comparePep440),
  Zy: () => (/* reexport */ versions_by_scheme_compareVersions),
  J4: () => (/* reexport */ pep440_formatPep440),
  wg: () => (/* reexport */ guessTagPrefix),
  cB: () => (/* reexport */ isPep440Prerelease),
  V1: () => (/* reexport */ versions_by_scheme_isPrerelease),
  iS: () => (/* reexport */ semver_strict_isStrictSemver),
  Nt: () => (/* reexport */ matchesCalver),
  FB: () => (/* reexport */ pep440_parsePep440),
  XP: () => (/* reexport */ semver_strict_parseSemverStrict),
  Pj: () => (/* reexport */ validateVersion),
  CW: () => (/* reexport */ versionsEquivalent)
});

// UNUSED EXPORTS: CALVER_TOKENS, MAX_TAG_BYTES, PEP440_FORMS, RELEASE_TYPES, VERSION_SCHEMES, VersionError, calverIsSemverCompatible, calverNumbers, calverTokenField, checkCalver, checkTagName, compareCalver, computeCalver, describeCalverToken, formatTag, isVersionScheme, normalizePep440, npmDistTag, packageNameFromPrefix, parseCalverFormat, parsePep440OrThrow, parseTag, parseVersionScheme, pep440ToSemver, releaseNumbers, releaseType, renderCalver, semverToPep440

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 2 modules
var src = __webpack_require__(47961);
;// CONCATENATED MODULE: ./packages/versioning/src/version-error.ts

/** A version, tag or version scheme that is wrong as given: the message says what was found, where, and the fix. */
class version_error_VersionError extends src/* ConfigurationError */.j1 {
    name = 'VersionError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/versioning/src/version-scheme.ts

/** Every accepted {@link VersionScheme}, in the order they are documented. */
const VERSION_SCHEMES = ['semver', 'pep440', 'calver'];
/** True when `text` names one of {@link VERSION_SCHEMES}. */
function isVersionScheme(text) {
    return VERSION_SCHEMES.includes(text);
}
/**
 * Reads a scheme name (e.g. the `scheme` input).
 * @throws ConfigurationError listing the accepted schemes.
 */
function version_scheme_parseVersionScheme(text) {
    if (isVersionScheme(text))
        return text;
    throw new version_error_VersionError('TL_VERSION_SCHEME', `scheme ${JSON.stringify(text)} is not a version scheme: use one of ${VERSION_SCHEMES.join(', ')}.`, { input: 'scheme' });
}

// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(16353);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
;// CONCATENATED MODULE: ./packages/versioning/src/semver-strict.ts



const ACCEPTED = 'it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)';
const ALLOWED_CHARACTER = /^[0-9A-Za-z.+-]$/;
const NUMBER = /^(0|[1-9][0-9]*)$/;
/**
 * Parses a semver 2.0.0 version the way npm does (no leading `v`, no loose forms).
 * @throws ConfigurationError naming what is wrong (missing or extra numbers, leading zeros,
 *   a leading `v`, whitespace or other characters, empty identifiers).
 */
function semver_strict_parseSemverStrict(text) {
    const problem = explainSemverProblem(text);
    if (problem !== undefined)
        throw new version_error_VersionError('TL_SEMVER_INVALID', problem);
    const parsed = parse_default()(text);
    if (parsed === null) {
        throw new version_error_VersionError('TL_SEMVER_INVALID', `${(0,src/* quoteExcerpt */.AB)(text)} is not a semver version: ${ACCEPTED}.`);
    }
    return {
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.map(String),
        build: [...parsed.build],
        version: text,
    };
}
/** True when `text` is a strict semver version ({@link parseSemverStrict} accepts it). */
function semver_strict_isStrictSemver(text) {
    return explainSemverProblem(text) === undefined && parse_default()(text) !== null;
}
/** Says why `text` is not strict semver, or returns undefined when no specific reason is found. */
function explainSemverProblem(text) {
    const quoted = (0,src/* quoteExcerpt */.AB)(text);
    if (text.trim() === '')
        return `The version is empty: ${ACCEPTED}.`;
    if (/\s/.test(text)) {
        return `${quoted} contains whitespace, which a semver version cannot hold: remove it (${ACCEPTED}).`;
    }
    if (/^[vV]\d/.test(text)) {
        return `${quoted} starts with "${text[0]}": drop the v; the tag prefix carries it. Write ${text.slice(1)}.`;
    }
    const bad = [...text].find((character) => !ALLOWED_CHARACTER.test(character));
    if (bad !== undefined) {
        return `${quoted} contains ${JSON.stringify(bad)}, which semver does not allow: only digits, letters, ".", "-" and "+" (e.g. 1.2.0-rc.1+build.5).`;
    }
    const match = /^([^+-]*)(?:-([^+]*))?(?:\+(.*))?$/.exec(text);
    const [, core = '', prerelease, build] = match ?? [];
    return (explainCoreProblem(quoted, core) ??
        explainIdentifiersProblem(text, 'prerelease', prerelease) ??
        explainIdentifiersProblem(text, 'build metadata', build));
}
function explainCoreProblem(quoted, core) {
    const numbers = core.split('.');
    if (!numbers.every((part) => /^[0-9]+$/.test(part))) {
        return `${quoted} is not a semver version: ${ACCEPTED}.`;
    }
    if (numbers.length < 3) {
        const padded = [...numbers, '0', '0'].slice(0, 3).map(Number).join('.');
        return `${quoted} is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. ${padded} (optionally -prerelease and +build).`;
    }
    if (numbers.length > 3) {
        return `${quoted} has ${numbers.length} numbers but semver has exactly three (MAJOR.MINOR.PATCH), e.g. ${numbers.slice(0, 3).map(Number).join('.')}. Versions with more numbers are valid only under the pep440 scheme.`;
    }
    const padded = numbers.find((part) => !NUMBER.test(part));
    if (padded !== undefined) {
        return `${quoted} has a leading zero in "${padded}": semver numbers have none (npm rejects them). Write ${numbers.map(Number).join('.')}.`;
    }
    return undefined;
}
function explainIdentifiersProblem(text, what, identifiers) {
    if (identifiers === undefined)
        return undefined;
    const quoted = (0,src/* quoteExcerpt */.AB)(text);
    const parts = identifiers.split('.');
    if (parts.some((part) => part === '')) {
        return `${quoted} has an empty ${what} identifier: identifiers are non-empty and separated by single dots, e.g. 1.2.0-rc.1+build.5.`;
    }
    const padded = parts.find((part) => /^0[0-9]+$/.test(part));
    if (what === 'prerelease' && padded !== undefined) {
        const unpadded = parts.map((part) => (/^[0-9]+$/.test(part) ? BigInt(part).toString() : part));
        const fixed = text.replace(`-${identifiers}`, `-${unpadded.join('.')}`);
        return `${quoted} has the numeric prerelease identifier "${padded}" with a leading zero, which semver forbids: write ${fixed}.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/versioning/src/pep440.ts


/** packaging.version's VERSION_PATTERN, the reference implementation of PEP 440. */
const PEP440_PATTERN = new RegExp('^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preLabel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preNumber>[0-9]+)?)?' +
    '(?<post>(?:-(?<postNumber1>[0-9]+))|(?:[-_.]?(?<postLabel>post|rev|r)[-_.]?(?<postNumber2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devLabel>dev)[-_.]?(?<devNumber>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$', 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** The accepted forms, for error messages. */
const PEP440_FORMS = '[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0';
/**
 * Parses any spelling PEP 440 accepts (case, leading `v`, `alpha`/`beta`/`c`/`pre`/`preview`,
 * `-`/`_`/`.` separators, implicit numbers, `1.0-1` post releases, `rev`/`r`, surrounding
 * whitespace) into normalised segments.
 * @returns undefined when `text` is not a PEP 440 version.
 */
function pep440_parsePep440(text) {
    const groups = PEP440_PATTERN.exec(text)?.groups;
    if (groups === undefined)
        return undefined;
    const release = groups.release?.split('.').map(Number) ?? [];
    const version = { epoch: Number(groups.epoch ?? '0'), release };
    if (groups.preLabel !== undefined) {
        const label = PRE_LABELS[groups.preLabel.toLowerCase()] ?? 'rc';
        version.pre = { label, number: Number(groups.preNumber ?? '0') };
    }
    if (groups.post !== undefined)
        version.post = Number(groups.postNumber1 ?? groups.postNumber2 ?? '0');
    if (groups.dev !== undefined)
        version.dev = Number(groups.devNumber ?? '0');
    if (groups.local !== undefined)
        version.local = groups.local.split(/[-_.]/).map(normaliseLocalPart);
    return allNumbersSafe(version) ? version : undefined;
}
/**
 * Writes the normalised form of a PEP 440 version, e.g. `1.0.0-RC.1` -> `1.0.0rc1`.
 * @throws ConfigurationError when `text` is not a PEP 440 version.
 */
function normalizePep440(text) {
    return pep440_formatPep440(pep440_parsePep440OrThrow(text));
}
/**
 * Parses a PEP 440 version.
 * @throws ConfigurationError saying what was found and the accepted forms.
 */
function pep440_parsePep440OrThrow(text) {
    const version = pep440_parsePep440(text);
    if (version !== undefined)
        return version;
    throw new version_error_VersionError('TL_PEP440_INVALID', `${(0,src/* quoteExcerpt */.AB)(text)} is not a PEP 440 version: expected ${PEP440_FORMS}.`);
}
/** Writes a parsed version in PEP 440's normalised form. */
function pep440_formatPep440(version) {
    let text = version.epoch === 0 ? '' : `${version.epoch}!`;
    text += version.release.join('.');
    if (version.pre !== undefined)
        text += `${version.pre.label}${version.pre.number}`;
    if (version.post !== undefined)
        text += `.post${version.post}`;
    if (version.dev !== undefined)
        text += `.dev${version.dev}`;
    if (version.local !== undefined)
        text += `+${version.local.join('.')}`;
    return text;
}
/**
 * True for a pre-release or a development release (`1.0rc1`, `1.0.dev2`, `1.0.post1.dev1`),
 * as pip and packaging's `is_prerelease` decide.
 * @throws ConfigurationError when given text that is not a PEP 440 version.
 */
function isPep440Prerelease(version) {
    const parsed = typeof version === 'string' ? pep440_parsePep440OrThrow(version) : version;
    return parsed.pre !== undefined || parsed.dev !== undefined;
}
function normaliseLocalPart(part) {
    return /^[0-9]+$/.test(part) ? BigInt(part).toString() : part.toLowerCase();
}
function allNumbersSafe(version) {
    const numbers = [
        version.epoch,
        ...version.release,
        version.pre?.number,
        version.post,
        version.dev,
    ];
    return numbers.every((value) => value === undefined || Number.isSafeInteger(value));
}

;// CONCATENATED MODULE: ./packages/versioning/src/pep440-order.ts

const PRE_LABEL_ORDER = { a: 0, b: 1, rc: 2 };
/**
 * Compares two PEP 440 versions in the specification's order: epoch, release (zero padded, so
 * `1.0 == 1.0.0`), then `.devN` < `aN` < `bN` < `rcN` < final < `.postN`, with `.devN` before the
 * release it belongs to, and local labels sorting after the same public version.
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when a string is not a PEP 440 version.
 */
function comparePep440(a, b) {
    const left = typeof a === 'string' ? pep440_parsePep440OrThrow(a) : a;
    const right = typeof b === 'string' ? pep440_parsePep440OrThrow(b) : b;
    return (compareNumbers(left.epoch, right.epoch) ||
        compareRelease(left.release, right.release) ||
        compareKeys(preKey(left), preKey(right)) ||
        compareNumbers(left.post ?? -Infinity, right.post ?? -Infinity) ||
        compareNumbers(left.dev ?? Infinity, right.dev ?? Infinity) ||
        compareLocal(left.local, right.local));
}
function compareNumbers(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}
function compareKeys(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const order = compareNumbers(a[index] ?? -Infinity, b[index] ?? -Infinity);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Release segments compare with the shorter one padded by zeros. */
function compareRelease(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const order = compareNumbers(a[index] ?? 0, b[index] ?? 0);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** A dev release of a final (`1.0.dev1`) sorts before its pre-releases; a final after them. */
function preKey(version) {
    if (version.pre !== undefined) {
        return [PRE_LABEL_ORDER[version.pre.label], version.pre.number];
    }
    if (version.post === undefined && version.dev !== undefined)
        return [-Infinity];
    return [Infinity];
}
/**
 * No local label sorts first; otherwise segment by segment, alphanumeric segments (compared as
 * text) before numeric ones (compared as integers), and a shorter label first when it is a prefix.
 */
function compareLocal(a, b) {
    if (a === undefined || b === undefined) {
        return a === b ? 0 : a === undefined ? -1 : 1;
    }
    for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
        const order = compareLocalPart(a[index] ?? '', b[index] ?? '');
        if (order !== 0)
            return order;
    }
    return compareNumbers(a.length, b.length);
}
function compareLocalPart(a, b) {
    const aNumeric = /^[0-9]+$/.test(a);
    const bNumeric = /^[0-9]+$/.test(b);
    if (aNumeric && bNumeric)
        return compareBigInts(BigInt(a), BigInt(b));
    if (aNumeric !== bNumeric)
        return aNumeric ? 1 : -1;
    return a === b ? 0 : a < b ? -1 : 1;
}
function compareBigInts(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}

// EXTERNAL MODULE: ./node_modules/semver/functions/compare-build.js
var compare_build = __webpack_require__(37648);
var compare_build_default = /*#__PURE__*/__webpack_require__.n(compare_build);
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
    const parts = semver_strict_parseSemverStrict(version);
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
    return pep440_formatPep440(pep440_parsePep440OrThrow(pep440_formatPep440(mapped)));
}
function mapPrerelease(version, core, identifiers) {
    const joined = identifiers.join('.');
    const [first = '', second, ...rest] = identifiers;
    const match = /^([a-z]+)([0-9]*)$/i.exec(first);
    const word = match?.[1]?.toLowerCase() ?? '';
    const attached = match?.[2] ?? '';
    if (word === 'post' || word === 'rev' || word === 'r') {
        throw new version_error_VersionError('TL_VERSION_UNMAPPABLE', `${(0,src/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which cannot become a PEP 440 post-release: in semver it sorts before ${core}, in PEP 440 .post sorts after it. Release the next patch version instead.`);
    }
    const label = SEMVER_TO_PEP440_LABEL[word];
    const number = attached !== '' ? attached : (second ?? '0');
    const numberOk = /^[0-9]+$/.test(number) && (attached === '' || second === undefined);
    if (label === undefined || !numberOk || rest.length > 0) {
        throw new version_error_VersionError('TL_VERSION_UNMAPPABLE', `${(0,src/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which has no PEP 440 equivalent: ${MAPPABLE}.`);
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
    const aSemver = semver_strict_isStrictSemver(a);
    const bSemver = semver_strict_isStrictSemver(b);
    if (aSemver && bSemver)
        return compare_build_default()(a, b) === 0;
    const left = aSemver ? tryMapToPep440(a) : pep440_parsePep440(a);
    const right = bSemver ? tryMapToPep440(b) : pep440_parsePep440(b);
    return left !== undefined && right !== undefined && comparePep440(left, right) === 0;
}
function tryMapToPep440(version) {
    try {
        return pep440_parsePep440(semverToPep440(version));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/versioning/src/calver-format.ts

const TOKEN_INFO = {
    YYYY: { field: 'year', padded: false, meaning: 'full year, e.g. 2024' },
    YY: { field: 'year', padded: false, meaning: 'year minus 2000, e.g. 24' },
    '0Y': { field: 'year', padded: true, meaning: 'year minus 2000 with two digits, e.g. 06' },
    MM: { field: 'month', padded: false, meaning: 'month 1-12' },
    M: { field: 'month', padded: false, meaning: 'month 1-12' },
    '0M': { field: 'month', padded: true, meaning: 'month 01-12' },
    WW: { field: 'week', padded: false, meaning: 'week of the year 1-53' },
    '0W': { field: 'week', padded: true, meaning: 'week of the year 01-53' },
    DD: { field: 'day', padded: false, meaning: 'day 1-31' },
    D: { field: 'day', padded: false, meaning: 'day 1-31' },
    '0D': { field: 'day', padded: true, meaning: 'day 01-31' },
    MICRO: { field: 'micro', padded: false, meaning: 'release counter 0, 1, 2...' },
};
/** Every accepted token. */
const CALVER_TOKENS = Object.keys(TOKEN_INFO);
const TOKEN_LIST = 'YYYY, YY, 0Y, MM or M, 0M, WW, 0W, DD or D, 0D and MICRO, separated by "." or "-", e.g. YYYY.M.MICRO';
/** What a token means, for messages. */
function describeCalverToken(token) {
    return TOKEN_INFO[token].meaning;
}
/** The field a token stands for. */
function calver_format_calverTokenField(token) {
    return TOKEN_INFO[token].field;
}
/**
 * Parses a CalVer format such as `YYYY.M.MICRO` or `YYYY.0M.0D`. The year comes first (so versions
 * sort by date), each field appears once, MICRO (if any) comes last, and weeks do not mix with
 * months or days.
 * @throws ConfigurationError (input `calver-format`) listing the accepted tokens.
 */
function calver_format_parseCalverFormat(format) {
    const parts = format.split(/([.-])/);
    const tokens = parts.filter((_, index) => index % 2 === 0);
    const separators = parts.filter((_, index) => index % 2 === 1);
    const fail = (reason) => {
        throw new version_error_VersionError('TL_CALVER_FORMAT', `calver-format ${JSON.stringify(format)} ${reason}`, {
            input: 'calver-format',
        });
    };
    if (format.trim() === '')
        fail(`is empty: use the tokens ${TOKEN_LIST}.`);
    if (tokens.some((token) => token === '')) {
        fail(`has an empty part: tokens are separated by a single "." or "-", e.g. YYYY.M.MICRO.`);
    }
    const unknown = tokens.find((token) => !isCalverToken(token));
    if (unknown !== undefined)
        fail(`has the unknown token ${JSON.stringify(unknown)}: use ${TOKEN_LIST}.`);
    const known = tokens;
    const problem = explainOrderProblem(known);
    if (problem !== undefined)
        fail(problem);
    return { format, tokens: known, separators };
}
function isCalverToken(text) {
    return Object.hasOwn(TOKEN_INFO, text);
}
function explainOrderProblem(tokens) {
    const fields = tokens.map(calver_format_calverTokenField);
    if (fields[0] !== 'year') {
        return 'must start with the year (YYYY, YY or 0Y) so that versions sort by date, e.g. YYYY.M.MICRO.';
    }
    const repeated = fields.find((field, index) => fields.indexOf(field) !== index);
    if (repeated !== undefined)
        return `has more than one ${repeated} token: use each field once.`;
    if (fields.includes('micro') && fields.at(-1) !== 'micro') {
        return 'has MICRO before a date token: MICRO counts releases within the period, so it comes last, e.g. YYYY.M.MICRO.';
    }
    if (fields.includes('week') && (fields.includes('month') || fields.includes('day'))) {
        return 'mixes a week token with a month or day token: use YYYY.WW[.MICRO] or YYYY.M.D[.MICRO].';
    }
    return undefined;
}
/**
 * True when the format always yields valid semver (and so npm) versions: exactly three tokens
 * separated by `.`, none zero-padded (`0Y`, `0M`, `0W`, `0D` make leading zeros, which npm
 * rejects). `YYYY.M.MICRO` and `YY.M.D` are compatible; `YYYY.0M.0D` and `YYYY.M.D.MICRO` are not.
 * @throws ConfigurationError when the format itself is invalid.
 */
function calverIsSemverCompatible(format) {
    const parsed = typeof format === 'string' ? calver_format_parseCalverFormat(format) : format;
    return (parsed.tokens.length === 3 &&
        parsed.separators.every((separator) => separator === '.') &&
        parsed.tokens.every((token) => !TOKEN_INFO[token].padded));
}

;// CONCATENATED MODULE: ./packages/versioning/src/calver.ts



const TOKEN_PATTERN = {
    YYYY: '[1-9][0-9]{3}',
    YY: '0|[1-9][0-9]*',
    '0Y': '[0-9]{2}|[1-9][0-9]{2,}',
    MM: '[1-9]|1[0-2]',
    M: '[1-9]|1[0-2]',
    '0M': '0[1-9]|1[0-2]',
    WW: '[1-9]|[1-4][0-9]|5[0-3]',
    '0W': '0[1-9]|[1-4][0-9]|5[0-3]',
    DD: '[1-9]|[12][0-9]|3[01]',
    D: '[1-9]|[12][0-9]|3[01]',
    '0D': '0[1-9]|[12][0-9]|3[01]',
    MICRO: '0|[1-9][0-9]*',
};
/** The date that error messages render their example from. */
const EXAMPLE_DATE = new Date(Date.UTC(2024, 4, 7));
/**
 * Computes the version for `date` (UTC fields) under `format`. With MICRO, the counter is one more
 * than the highest of `existing` (versions, not tags) with the same date part, or 0 when there is
 * none. Without MICRO the date part is the version.
 * @throws ConfigurationError when the format is invalid, or (without MICRO) when the version
 *   already exists: the period already has a release.
 * @throws RangeError when `date` is an invalid Date.
 */
function computeCalver({ format, date, existing, }) {
    if (Number.isNaN(date.getTime()))
        throw new RangeError('computeCalver needs a valid date');
    const parsed = parseCalverFormat(format);
    if (!parsed.tokens.includes('MICRO'))
        return computeWithoutMicro(parsed, date, existing);
    const datePart = renderTokens(parsed, date, '');
    const micros = existing
        .filter((version) => version.startsWith(datePart) && matchCalver(version, parsed) !== undefined)
        .map((version) => Number(version.slice(datePart.length)));
    return `${datePart}${micros.length === 0 ? 0 : Math.max(...micros) + 1}`;
}
function computeWithoutMicro(format, date, existing) {
    const version = renderCalver(format, date, 0);
    if (!existing.includes(version))
        return version;
    const period = format.tokens.map(calverTokenField).at(-1) ?? 'day';
    throw new VersionError('TL_CALVER_TAKEN', `calver-format ${JSON.stringify(format.format)} gives ${version} for ${isoDay(date)}, and ${version} already exists: the ${period} already has a release. Use a format with MICRO to release more than once a ${period}, e.g. ${format.format}.MICRO.`, { input: 'calver-format' });
}
/** Writes the version for `date` (UTC) with the given MICRO counter. */
function renderCalver(format, date, micro) {
    return renderTokens(format, date, String(micro));
}
function renderTokens(format, date, micro) {
    const values = dateFields(date);
    return format.tokens
        .map((token, index) => {
        const value = token === 'MICRO' ? micro : renderToken(token, values);
        return value + (format.separators[index] ?? '');
    })
        .join('');
}
function dateFields(date) {
    const year = date.getUTCFullYear();
    const dayOfYear = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
    return {
        year,
        month: date.getUTCMonth() + 1,
        week: Math.floor((dayOfYear - 1) / 7) + 1,
        day: date.getUTCDate(),
    };
}
function renderToken(token, values) {
    switch (token) {
        case 'YYYY':
            return String(values.year);
        case 'YY':
            return String(values.year - 2000);
        case '0Y':
            return String(values.year - 2000).padStart(2, '0');
        default: {
            const field = calver_format_calverTokenField(token);
            const text = String(values[field]);
            return token.startsWith('0') ? text.padStart(2, '0') : text;
        }
    }
}
/** True when `version` is written in `format` and names a real date. */
function matchesCalver(version, format) {
    const parsed = typeof format === 'string' ? calver_format_parseCalverFormat(format) : format;
    const fields = matchCalver(version, parsed);
    return fields !== undefined && isRealDate(fields);
}
/**
 * Checks that `version` is written in `format`.
 * @throws ConfigurationError saying what each token means, with an example.
 */
function checkCalver(version, format) {
    const parsed = typeof format === 'string' ? calver_format_parseCalverFormat(format) : format;
    const fields = matchCalver(version, parsed);
    const quoted = (0,src/* quoteExcerpt */.AB)(version);
    const name = JSON.stringify(parsed.format);
    if (fields === undefined) {
        const meanings = parsed.tokens
            .map((token) => `${token}: ${describeCalverToken(token)}`)
            .join('; ');
        throw new version_error_VersionError('TL_CALVER_INVALID', `${quoted} does not match calver-format ${name} (${meanings}), e.g. ${renderCalver(parsed, EXAMPLE_DATE, 0)}.`);
    }
    if (!isRealDate(fields)) {
        throw new version_error_VersionError('TL_CALVER_INVALID', `${quoted} has the form of calver-format ${name} but ${fields.year}-${pad(fields.month)}-${pad(fields.day)} is not a date.`);
    }
}
/** Reads the field values of `version`, or undefined when it is not written in `format`. */
function matchCalver(version, format) {
    const pattern = format.tokens
        .map((token, index) => `(${TOKEN_PATTERN[token]})${calver_escape(format.separators[index] ?? '')}`)
        .join('');
    const match = new RegExp(`^${pattern}$`).exec(version);
    if (match === null)
        return undefined;
    const fields = {};
    format.tokens.forEach((token, index) => {
        const value = Number(match[index + 1]);
        fields[calver_format_calverTokenField(token)] = token === 'YY' || token === '0Y' ? 2000 + value : value;
    });
    return fields;
}
function isRealDate({ year, month, day }) {
    if (year === undefined || month === undefined || day === undefined)
        return true;
    return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
function calver_escape(separator) {
    return separator.replace(/[.]/g, '\\.');
}
function pad(value) {
    return String(value).padStart(2, '0');
}
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}
/**
 * Compares two CalVer versions number by number (`.` and `-` separate numbers); when one is a
 * prefix of the other, the shorter sorts first.
 * @throws ConfigurationError when a version is not numbers separated by `.` or `-`.
 */
function compareCalver(a, b) {
    const left = calver_calverNumbers(a);
    const right = calver_calverNumbers(b);
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return Math.sign(difference);
    }
    return Math.sign(left.length - right.length);
}
/** The numbers of a CalVer version, e.g. `[2024, 5, 0]` for `2024.5.0`. */
function calver_calverNumbers(version) {
    const parts = version.split(/[.-]/);
    if (parts.every((part) => /^[0-9]+$/.test(part) && Number.isSafeInteger(Number(part)))) {
        return parts.map(Number);
    }
    throw new version_error_VersionError('TL_CALVER_INVALID', `${(0,src/* quoteExcerpt */.AB)(version)} is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.`);
}

;// CONCATENATED MODULE: ./packages/versioning/src/git-ref-name.ts


/** Printable characters git never allows in a ref name (git check-ref-format rules 4, 5, 10). */
const GIT_FORBIDDEN = '~^:?*[\\';
/**
 * The longest tag accepted, in bytes. git itself sets no limit, but it stores a tag as the file
 * refs/tags/<tag>, and the file systems runners and clones use (ext4, APFS, NTFS) refuse a file
 * name over 255 bytes; npm's semver refuses versions over 256 characters. A longer "tag" is not a
 * release: it is refused, and echoed cut (a 100 KB input never lands whole in a log or summary).
 */
const MAX_TAG_BYTES = 255;
/** What a release tag may hold beyond git's rules: what versions and tag prefixes use. */
const TAG_CHARACTER = /^[A-Za-z0-9._+\-@/!]$/;
/**
 * Checks a tag name (without `refs/tags/`) against git's check-ref-format rules, and refuses
 * characters no release tag needs (`;`, `$`, quotes...), which only make shell injection easier.
 * @throws ConfigurationError (input `tag`) naming the offending part.
 */
function git_ref_name_checkTagName(tag) {
    const quoted = quoteExcerpt(tag);
    if (tag === '') {
        throw tagError('The tag is empty: give a tag such as v1.2.3 (tag-prefix + version).');
    }
    const bytes = new TextEncoder().encode(tag).length;
    if (bytes > MAX_TAG_BYTES) {
        throw tagError(`Tag ${quoted} is ${bytes} bytes long; a tag may have at most ${MAX_TAG_BYTES} (git stores it as a file of that name, and npm refuses versions over 256 characters). Give the release's tag, tag-prefix + version, e.g. v1.2.3.`);
    }
    const problem = explainGitRefProblem(tag);
    if (problem !== undefined) {
        throw tagError(`Tag ${quoted} ${problem}, which git does not allow in a tag name. Write it as tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3.`);
    }
    const unusual = [...tag].find((character) => !TAG_CHARACTER.test(character));
    if (unusual !== undefined) {
        throw tagError(`Tag ${quoted} contains ${JSON.stringify(unusual)}: a release tag may only hold letters, digits and . _ + - @ / ! (tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3).`);
    }
}
/** Says which of git's ref name rules `tag` breaks, or undefined when it breaks none. */
function explainGitRefProblem(tag) {
    const forbidden = [...tag].find((character) => isControlOrSpace(character) || GIT_FORBIDDEN.includes(character));
    if (forbidden !== undefined)
        return `contains ${describeCharacter(forbidden)}`;
    for (const sequence of ['..', '@{', '//']) {
        if (tag.includes(sequence))
            return `contains "${sequence}"`;
    }
    if (tag === '@')
        return 'is only "@"';
    if (tag.startsWith('/'))
        return 'starts with "/"';
    if (tag.endsWith('/'))
        return 'ends with "/"';
    if (tag.endsWith('.'))
        return 'ends with "."';
    const components = tag.split('/');
    if (components.some((component) => component.startsWith('.'))) {
        return 'has a part starting with "."';
    }
    if (components.some((component) => component.endsWith('.lock'))) {
        return 'has a part ending with ".lock"';
    }
    return undefined;
}
function isControlOrSpace(character) {
    const code = character.codePointAt(0) ?? 0;
    return code <= 0x20 || code === 0x7f;
}
function describeCharacter(character) {
    if (character === ' ')
        return 'a space';
    const code = character.codePointAt(0) ?? 0;
    if (isControlOrSpace(character)) {
        return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    }
    return JSON.stringify(character);
}
function tagError(message) {
    return new VersionError('TL_TAG_NAME', message, { input: 'tag' });
}

;// CONCATENATED MODULE: ./packages/versioning/src/release-tag.ts



const TAGS_REF = 'refs/tags/';
/**
 * Splits a tag into `prefix` and version. Prefix forms: `v` (the usual default), `` (none),
 * `@scope/pkg@`, `pkg@`, `pkg-v`. A full ref (`refs/tags/v1.2.3`) is accepted and read as its tag.
 * The version is not validated here: that depends on the scheme.
 * @throws ConfigurationError when the tag is empty, is not a valid git tag name, does not start
 *   with `prefix` (suggesting the tag-prefix that would fit), or holds nothing after it.
 */
function parseTag(tag, prefix) {
    const name = tag.startsWith(TAGS_REF) ? tag.slice(TAGS_REF.length) : tag;
    checkTagName(name);
    if (!name.startsWith(prefix))
        throw prefixMismatch(name, prefix);
    const version = name.slice(prefix.length);
    if (version === '') {
        throw new VersionError('TL_TAG_NO_VERSION', `Tag ${quoteExcerpt(name)} has nothing after the tag-prefix ${JSON.stringify(prefix)}: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'tag' });
    }
    return { prefix, version };
}
function prefixMismatch(tag, prefix) {
    const guess = guessTagPrefix(tag);
    const found = `Tag ${quoteExcerpt(tag)} does not start with the tag-prefix ${JSON.stringify(prefix)}`;
    const message = guess === undefined
        ? `${found} and holds no version after a prefix: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`
        : `${found}. If the tag is right, set tag-prefix: '${guess}' (tag = tag-prefix + version).`;
    return new VersionError('TL_TAG_PREFIX', message, { input: 'tag-prefix' });
}
/**
 * Guesses the prefix of a tag: everything before the first number that starts a dotted version
 * at the start of the tag or after `@`, `/`, `-`, `_` or `v` (`pkg-v1.2.3` -> `pkg-v`,
 * `@acme/core2@1.0.0` -> `@acme/core2@`, `1.2.3` -> ``).
 * @returns undefined when the tag holds no such version.
 */
function guessTagPrefix(tag) {
    for (let index = 0; index < tag.length; index += 1) {
        const startsVersion = /^[0-9]+\.[0-9]/.test(tag.slice(index));
        if (startsVersion && (index === 0 || /[@/\-_vV]/.test(tag[index - 1] ?? ''))) {
            return tag.slice(0, index);
        }
    }
    return undefined;
}
/**
 * Builds a tag from a prefix and a version.
 * @throws ConfigurationError when the version is empty or the result is not a valid tag name.
 */
function formatTag(prefix, version) {
    if (version === '') {
        throw new VersionError('TL_VERSION_EMPTY', `The version is empty: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'version' });
    }
    const tag = prefix + version;
    checkTagName(tag);
    return tag;
}
/**
 * The package a monorepo tag prefix names: `@acme/core@` -> `@acme/core`, `pkg@` -> `pkg`,
 * `pkg-v` -> `pkg`, `pkg/v` -> `pkg`. Single-package prefixes (`v`, ``) and others give undefined.
 */
function packageNameFromPrefix(prefix) {
    if (prefix.length > 1 && prefix.endsWith('@'))
        return prefix.slice(0, -1);
    return /^(.+)[-/]v$/.exec(prefix)?.[1];
}

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __webpack_require__(78469);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
;// CONCATENATED MODULE: ./packages/versioning/src/versions-by-scheme.ts








/**
 * Checks that `version` is valid under `scheme` (for calver: matches `options.calverFormat`).
 * @throws ConfigurationError saying what is wrong and the accepted forms.
 */
function validateVersion(version, scheme, options = {}) {
    switch (version_scheme_parseVersionScheme(scheme)) {
        case 'semver':
            semver_strict_parseSemverStrict(version);
            return;
        case 'pep440':
            pep440_parsePep440OrThrow(version);
            return;
        case 'calver':
            checkCalver(version, requireCalverFormat(version, options.calverFormat));
            return;
    }
}
function requireCalverFormat(version, format) {
    if (format !== undefined && format !== '')
        return format;
    throw new version_error_VersionError('TL_CALVER_FORMAT_MISSING', `The calver scheme needs a calver-format to check ${(0,src/* quoteExcerpt */.AB)(version)} against: set calver-format, e.g. YYYY.M.MICRO.`, { input: 'calver-format' });
}
/**
 * Compares two versions under `scheme` (semver precedence, PEP 440 order, or CalVer numbers).
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when either version is invalid under the scheme.
 */
function versions_by_scheme_compareVersions(a, b, scheme) {
    switch (version_scheme_parseVersionScheme(scheme)) {
        case 'semver':
            return compare_default()(semver_strict_parseSemverStrict(a).version, semver_strict_parseSemverStrict(b).version);
        case 'pep440':
            return comparePep440(a, b);
        case 'calver':
            return compareCalver(a, b);
    }
}
/**
 * True for a prerelease: semver with a `-prerelease`, PEP 440 with a/b/rc or .dev. CalVer versions
 * (numbers only) are never prereleases.
 * @throws ConfigurationError when the version is invalid under the scheme.
 */
function versions_by_scheme_isPrerelease(version, scheme) {
    switch (version_scheme_parseVersionScheme(scheme)) {
        case 'semver':
            return semver_strict_parseSemverStrict(version).prerelease.length > 0;
        case 'pep440':
            return isPep440Prerelease(version);
        case 'calver':
            calver_calverNumbers(version);
            return false;
    }
}
/**
 * The release numbers of a version without prerelease parts, padded to at least three; for
 * PEP 440 the epoch comes first (so a new epoch counts as a major change).
 */
function versions_by_scheme_releaseNumbers(version, scheme) {
    switch (parseVersionScheme(scheme)) {
        case 'semver': {
            const { major, minor, patch } = parseSemverStrict(version);
            return [major, minor, patch];
        }
        case 'pep440': {
            const { epoch, release } = parsePep440OrThrow(version);
            return [epoch, ...padRelease(release)];
        }
        case 'calver':
            return padRelease(calverNumbers(version));
    }
}
function padRelease(numbers) {
    return [...numbers, 0, 0, 0].slice(0, Math.max(3, numbers.length));
}

;// CONCATENATED MODULE: ./packages/versioning/src/release-type.ts



/** Every {@link ReleaseType}. */
const RELEASE_TYPES = (/* unused pure expression or super */ null && (['major', 'minor', 'patch', 'prerelease']));
const BUMPS = (/* unused pure expression or super */ null && (['major', 'minor', 'patch']));
/**
 * Classifies `current` against `previous`:
 * - a prerelease is `prerelease`;
 * - with no previous version, a stable release is `major` (a first release);
 * - otherwise the first release number that changed decides: MAJOR `major`, MINOR `minor`, any
 *   later one `patch` (PEP 440 epochs count as `major`; CalVer numbers in order);
 * - a stable release of the version the previous prerelease led up to (1.2.0 after 1.2.0-rc.1)
 *   is classified by its own shape, as semver's `diff` does: X.0.0 `major`, X.Y.0 `minor`,
 *   X.Y.Z `patch`. It is the bump relative to the previous stable release when the
 *   prereleases followed semver;
 * - a PEP 440 post-release of the previous version (1.2.0.post1 after 1.2.0) is `patch`.
 * @throws ConfigurationError when a version is invalid, or `current` is not higher than `previous`.
 */
function releaseType(previous, current, scheme) {
    if (previous !== undefined && compareVersions(current, previous, scheme) <= 0) {
        throw new VersionError('TL_VERSION_NOT_HIGHER', `${quoteExcerpt(current)} is not higher than the previous release ${quoteExcerpt(previous)}: a release must increase the version. Pick a version above ${previous}.`);
    }
    if (isPrerelease(current, scheme))
        return 'prerelease';
    if (previous === undefined)
        return 'major';
    const offset = scheme === 'pep440' ? 1 : 0;
    const now = releaseNumbers(current, scheme);
    const before = releaseNumbers(previous, scheme);
    const changed = now.findIndex((value, index) => value !== (before[index] ?? 0));
    if (changed === -1) {
        return isPrerelease(previous, scheme) ? shapeOf(now.slice(offset)) : 'patch';
    }
    return bumpAt(Math.max(0, changed - offset));
}
/** X.0.0 is major, X.Y.0 minor, anything else patch. */
function shapeOf(numbers) {
    const lastNonZero = numbers.findLastIndex((value) => value !== 0);
    return bumpAt(Math.max(0, lastNonZero));
}
function bumpAt(index) {
    return BUMPS[Math.min(index, BUMPS.length - 1)] ?? 'patch';
}

// EXTERNAL MODULE: ./node_modules/semver/ranges/valid.js
var valid = __webpack_require__(64737);
;// CONCATENATED MODULE: ./packages/versioning/src/npm-dist-tag.ts





const PEP440_DIST_TAGS = { a: 'alpha', b: 'beta', rc: 'rc' };
/** The dist-tag for prereleases that carry no usable word. */
const FALLBACK_DIST_TAG = 'next';
/**
 * The npm dist-tag a version should be published under: `latest` for a stable version;
 * for a prerelease the word that starts its first identifier, lowercased, without trailing
 * digits (`1.2.0-rc.1` -> `rc`, `2.0.0-beta` -> `beta`, `1.0.0-next.3` -> `next`,
 * `1.0.0-RC1` -> `rc`); `next` when the first identifier is numeric (`1.0.0-0`).
 * PEP 440 versions map like {@link pep440ToSemver}: `a` -> `alpha`, `b` -> `beta`, `rc` -> `rc`,
 * `.dev` -> `dev`; post-releases are stable. A prerelease never gets `latest` nor a tag that is a
 * valid semver range (npm refuses those, e.g. `x`): it gets `next` instead.
 * @throws ConfigurationError when the version is neither semver nor PEP 440.
 */
function npmDistTag(version) {
    if (isStrictSemver(version)) {
        const [first] = parseSemverStrict(version).prerelease;
        return first === undefined ? 'latest' : guardDistTag(leadingWord(first));
    }
    const parsed = parsePep440(version);
    if (parsed === undefined) {
        throw new VersionError('TL_VERSION_INVALID', `${quoteExcerpt(version)} is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).`);
    }
    if (parsed.pre !== undefined)
        return PEP440_DIST_TAGS[parsed.pre.label];
    return parsed.dev === undefined ? 'latest' : 'dev';
}
/** `rc1` -> `rc`, `beta-2` -> `beta`, `canary-abc` -> `canary-abc`; numeric -> undefined. */
function leadingWord(identifier) {
    return /^[a-z]+(?:-[a-z]+)*/.exec(identifier.toLowerCase())?.[0];
}
function guardDistTag(tag) {
    if (tag === undefined || tag === 'latest' || validRange(tag) !== null) {
        return FALLBACK_DIST_TAG;
    }
    return tag;
}

;// CONCATENATED MODULE: ./packages/versioning/src/index.ts















/***/ })

};
