export const id = 172;
export const ids = [172];
export const modules = {

/***/ 172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateRelease: () => (/* binding */ validateRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __webpack_require__(369);
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

;// CONCATENATED MODULE: ./packages/changelog/src/conventional-commit.ts
// Conventional Commits 1.0.0: `type(scope)!: description`. The type is a noun (letters first);
// the scope a non-empty noun in parentheses; the colon is followed by a space.
const HEADER = /^(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: +(?<description>\S.*)$/;
// git's own revert subject, also as GitHub squash-merges it: `Revert "feat: x" (#12)`.
const GIT_REVERT = /^Revert "(?<header>.*)"(?<rest>.*)$/;
// BREAKING CHANGE must be upper case (rule 15); BREAKING-CHANGE is a synonym (rule 16).
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:(?: (?<value>.*)|$)/;
// Any footer: a word token (`-` for spaces) then `: ` or ` #` (rules 8-10). A value runs until the next one.
const FOOTER = /^(?:BREAKING[ -]CHANGE|[A-Za-z][A-Za-z0-9-]*)(?:: | #)/;
const REFERENCE = /(?<![\w&#/.:-])((?:[\w.-]+\/[\w.-]+)?#\d+)\b/g;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})\b/g;
/**
 * Parses a commit message by Conventional Commits 1.0.0, or returns undefined for a merge commit
 * or any message that does not follow it. Types are case-insensitive (returned lower case);
 * `BREAKING CHANGE` is only a breaking change in upper case. git's `Revert "<subject>"` is
 * returned as type `revert` with the reverted subject as description.
 */
function parseConventionalCommit(message) {
    const { subject, body, sha } = splitMessage(message);
    const references = findReferences(`${subject}\n${body}`);
    const withSha = sha === undefined ? {} : { sha };
    const gitRevert = GIT_REVERT.exec(subject)?.groups;
    if (gitRevert?.header !== undefined) {
        return {
            type: 'revert',
            breaking: false,
            description: gitRevert.header,
            breakingNotes: [],
            references,
            ...withSha,
            revert: { header: gitRevert.header, shas: revertedShas(body) },
        };
    }
    const header = HEADER.exec(subject)?.groups;
    if (header?.type === undefined || header.description === undefined)
        return undefined;
    const type = header.type.toLowerCase();
    const scope = header.scope?.trim();
    if (scope === '')
        return undefined;
    // the subject is trimmed, and the header's description starts with a non-space
    const description = header.description;
    const footerNotes = breakingFooters(body);
    const breaking = header.bang !== undefined || footerNotes.length > 0;
    return {
        type,
        ...(scope === undefined ? {} : { scope }),
        breaking,
        description,
        breakingNotes: footerNotes.length > 0 ? footerNotes : breaking ? [description] : [],
        references,
        ...withSha,
        ...(type === 'revert' ? { revert: { shas: revertedShas(body) } } : {}),
    };
}
function splitMessage(message) {
    if (typeof message !== 'string') {
        const body = message.body.replace(/\r\n?/g, '\n');
        return { subject: message.subject.trim(), body, sha: message.sha };
    }
    const [subject = '', ...rest] = message.replace(/\r\n?/g, '\n').split('\n');
    // the body is read line by line: the blank line after the subject needs no removing
    return { subject: subject.trim(), body: rest.join('\n') };
}
/** The texts of the `BREAKING CHANGE:` footers, each running until the next footer token. */
function breakingFooters(body) {
    const notes = [];
    let current;
    const finish = () => {
        if (current === undefined)
            return;
        const note = current.join('\n').trim();
        if (note !== '')
            notes.push(note);
        current = undefined;
    };
    for (const line of body.split('\n')) {
        const breaking = BREAKING_FOOTER.exec(line);
        if (breaking !== null) {
            finish();
            current = [breaking.groups?.value ?? ''];
        }
        else if (FOOTER.test(line)) {
            finish();
        }
        else if (current !== undefined) {
            current.push(line);
        }
    }
    finish();
    return notes;
}
function findReferences(text) {
    return [...new Set([...text.matchAll(REFERENCE)].map((match) => match[1]))];
}
function revertedShas(body) {
    const shas = [...body.matchAll(REVERTS_COMMIT)].map((match) => match[1]);
    for (const line of body.split('\n')) {
        const refs = /^Refs: (.*)/i.exec(line)?.[1];
        if (refs !== undefined)
            shas.push(...(refs.match(/\b[0-9a-f]{7,40}\b/g) ?? []));
    }
    return [...new Set(shas)];
}

;// CONCATENATED MODULE: ./packages/changelog/src/bump-recommendation.ts

const RANK = { patch: 1, minor: 2, major: 3 };
const BANG = /^[^:(]+(?:\([^()]*\))?!:/;
/**
 * The semver bump that `commits` call for by Conventional Commits: a breaking change is major
 * (minor with `preMajor`), `feat` minor, `fix` and `perf` patch, other types nothing. A commit
 * that a revert in the same list undoes (matched by sha, or by git's `Revert "<subject>"`)
 * counts for nothing, and so does the revert; a revert of a revert restores the original.
 */
function recommendBump(commits, options = {}) {
    const parsed = commits.map((commit) => ({
        commit,
        conventional: parseConventionalCommit(commit),
    }));
    const undone = revertedCommits(parsed);
    const reasons = [];
    parsed.forEach(({ commit, conventional }, index) => {
        if (conventional === undefined || undone.has(index))
            return;
        const reason = reasonFor(commit.subject.trim(), conventional, options.preMajor === true);
        if (reason !== undefined)
            reasons.push({ commit: commit.sha ?? commit.subject, ...reason });
    });
    let bump;
    for (const reason of reasons) {
        if (bump === undefined || RANK[reason.bump] > RANK[bump])
            bump = reason.bump;
    }
    return { bump, reasons };
}
function reasonFor(subject, commit, preMajor) {
    const header = `"${subject}"`;
    if (commit.breaking) {
        const marked = BANG.test(subject)
            ? `${header} marks a breaking change with "!"`
            : `${header} has a BREAKING CHANGE footer: ${commit.breakingNotes[0]?.split('\n', 1)[0] ?? ''}`;
        return preMajor
            ? { bump: 'minor', why: `${marked} (before 1.0.0 a breaking change is a minor bump)` }
            : { bump: 'major', why: marked };
    }
    switch (commit.type) {
        case 'feat':
            return { bump: 'minor', why: `${header} adds a feature` };
        case 'fix':
            return { bump: 'patch', why: `${header} fixes a bug` };
        case 'perf':
            return { bump: 'patch', why: `${header} improves performance` };
        default:
            return undefined;
    }
}
/** Indexes of the commits that an effective revert in the list undoes, reverts included. */
function revertedCommits(parsed) {
    const targets = new Map(); // revert index -> indexes it undoes
    parsed.forEach(({ conventional }, index) => {
        const revert = conventional?.revert;
        if (revert === undefined)
            return;
        const undone = [];
        parsed.forEach(({ commit }, other) => {
            if (other === index)
                return;
            const { sha } = commit;
            const bySha = sha !== undefined && revert.shas.some((reverted) => sha.startsWith(reverted));
            const bySubject = commit.subject.trim() === revert.header;
            if (bySha || bySubject)
                undone.push(other);
        });
        targets.set(index, undone);
    });
    // A revert is in effect unless a revert in effect undoes it (reverts only undo older commits).
    const effective = new Map();
    const inEffect = (index, seen) => {
        const known = effective.get(index);
        if (known !== undefined)
            return known;
        if (seen.has(index))
            return true;
        seen.add(index);
        let result = true;
        for (const [reverter, undone] of targets) {
            if (undone.includes(index) && inEffect(reverter, seen))
                result = false;
        }
        effective.set(index, result);
        return result;
    };
    const undone = new Set();
    for (const [reverter, indexes] of targets) {
        if (!inEffect(reverter, new Set()))
            continue;
        undone.add(reverter);
        for (const index of indexes)
            undone.add(index);
    }
    return undone;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __webpack_require__(712);
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
    throw git_command_gitFailure(cwd, args, result);
}
/** The remote's branches (short names) and their tips, from one `git ls-remote --heads`. */
async function listRemoteBranches(cwd, remote) {
    const { stdout } = await git_command_git(cwd, ['ls-remote', '--heads', remote]);
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
    throw git_command_gitFailure(cwd, args, result);
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
        throw git_command_gitFailure(cwd, args, result);
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
    const result = await git(cwd, args, { allowFailure: true });
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

;// CONCATENATED MODULE: ./packages/git/src/branch-globs.ts
/**
 * Branch-name globs as GitHub's workflow filters write them, matched against the short branch
 * name (`release/1.x`): `*` is any run of characters except `/`, `**` any run including `/`,
 * `?` one character except `/`; everything else is literal. A leading `refs/heads/` is ignored.
 */
function branchGlobPattern(glob) {
    const source = glob.replace(/^refs\/heads\//, '');
    let pattern = '';
    for (let index = 0; index < source.length; index++) {
        const char = source[index];
        if (char === '*' && source[index + 1] === '*') {
            pattern += '.*';
            index++;
        }
        else if (char === '*') {
            pattern += '[^/]*';
        }
        else if (char === '?') {
            pattern += '[^/]';
        }
        else {
            pattern += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
        }
    }
    return new RegExp(`^${pattern}$`);
}
/** Whether the short branch name `branch` matches any of `globs`. */
function matchesBranchGlobs(branch, globs) {
    return globs.some((glob) => branchGlobPattern(glob).test(branch));
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
    remotes_checkRemoteName(remote);
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
    if (!(await remotes_hasRemote(cwd, remote))) {
        if (!shallow)
            return local;
        throw new git_repository_error_GitRepositoryError('TL_GIT_SHALLOW', `The clone at ${cwd} is shallow and has no remote "${remote}" to fetch more history from, ` +
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
    const { stdout } = await git_command_git(cwd, [
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
    const { stdout } = await git_command_git(cwd, [
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
    const { stdout } = await git_command_git(cwd, ['for-each-ref', '--format=%(refname)', ...contains, ...refs]);
    const exact = new Set(refs);
    return stdout.split('\n').some((refname) => exact.has(refname));
}

;// CONCATENATED MODULE: ./packages/git/src/history.ts




const history_DEEPEN_ROUNDS = 4;
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
        const last = round >= history_DEEPEN_ROUNDS;
        await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], options.refspecs);
        if (last || !(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to)))
            return true;
    }
}

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 2 modules
var platform_src = __webpack_require__(676);
;// CONCATENATED MODULE: ./packages/manifests/src/line-locator.ts
/** Turns offsets in a text into lines and columns. Lines end at `\n` (so `\r\n` works too). */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.starts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
    }
}
/**
 * The positions of the keys and table headers of a TOML document, which smol-toml does not give.
 * Run it on text that smol-toml has already parsed: it skips what is not a key without judging it.
 */
class TomlLayout {
    keys;
    tables;
    constructor(keys, tables) {
        this.keys = keys;
        this.tables = tables;
    }
    /**
     * The key at `path`, or else the first key below it: `package.version` finds
     * `version.workspace = true` in `[package]` as well as `version = "1.0.0"`.
     */
    findKey(path) {
        return (this.keys.find((key) => samePath(key.path, path)) ??
            this.keys.find((key) => startsWith(key.path, path)));
    }
    /** The header of the table at `path`, or else the first key or table header inside it. */
    findTable(path) {
        const header = this.tables.find((table) => samePath(table.path, path));
        if (header !== undefined)
            return { line: header.line, column: header.column };
        const inside = [
            ...this.keys.filter((key) => startsWith(key.path, path)).map((key) => key.key),
            ...this.tables.filter((table) => startsWith(table.path, path)),
        ];
        let first;
        for (const { line, column } of inside) {
            if (first === undefined ||
                line < first.line ||
                (line === first.line && column < first.column)) {
                first = { line, column };
            }
        }
        return first;
    }
}
function samePath(a, b) {
    return a.length === b.length && startsWith(a, b);
}
function startsWith(path, prefix) {
    return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
/** Marks the tables of an array of tables (`[[bin]]`) so that they never match a plain path. */
const ARRAY_ITEM = '\u0000[]';
const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\u001b',
    '"': '"',
    '\\': '\\',
};
/** Scans a TOML document for the positions of its keys and table headers. */
function scanTomlLayout(text) {
    return new TomlScanner(text).scan();
}
/** A cursor over a TOML document that records where keys and table headers are written. */
class TomlScanner {
    text;
    lines;
    keys = [];
    tables = [];
    arrayCounts = new Map();
    i = 0;
    constructor(text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }
    scan() {
        const { text } = this;
        let table = [];
        while (this.i < text.length) {
            this.skipBlank();
            if (this.i >= text.length)
                break;
            const start = this.i;
            if (text[this.i] === '[')
                table = this.readTableHeader();
            else
                this.readKeyValue(table);
            if (this.i === start)
                this.i++;
        }
        return new TomlLayout(this.keys, this.tables);
    }
    /** Reads `[a.b]` or `[[a.b]]`; returns the path the keys that follow belong to. */
    readTableHeader() {
        const start = this.i;
        const isArray = this.text[this.i + 1] === '[';
        this.i += isArray ? 2 : 1;
        const path = this.readKey();
        this.i += isArray ? 2 : 1;
        this.tables.push({ path, ...this.lines.position(start) });
        if (!isArray)
            return path;
        const id = path.join('\u0000');
        const count = (this.arrayCounts.get(id) ?? 0) + 1;
        this.arrayCounts.set(id, count);
        return [...path, `${ARRAY_ITEM}${count}`];
    }
    skipSpaces() {
        while (this.text[this.i] === ' ' || this.text[this.i] === '\t')
            this.i++;
    }
    skipComment() {
        if (this.text[this.i] === '#') {
            while (this.i < this.text.length && this.text[this.i] !== '\n')
                this.i++;
        }
    }
    /** Spaces, newlines and comments: what may stand between the items of arrays and inline tables. */
    skipBlank() {
        for (;;) {
            const start = this.i;
            this.skipSpaces();
            this.skipComment();
            if (this.text[this.i] === '\r' || this.text[this.i] === '\n')
                this.i++;
            if (this.i === start)
                return;
        }
    }
    /** Reads a single-line basic string, from its opening quote. */
    readBasicString() {
        const { text } = this;
        let value = '';
        this.i++;
        while (this.i < text.length && text[this.i] !== '"' && text[this.i] !== '\n') {
            if (text[this.i] === '\\') {
                const escape = text[this.i + 1] ?? '';
                if (escape === 'u' || escape === 'U' || escape === 'x') {
                    const length = escape === 'u' ? 4 : escape === 'U' ? 8 : 2;
                    const hex = text.slice(this.i + 2, this.i + 2 + length);
                    value += String.fromCodePoint(parseInt(hex, 16) || 0xfffd);
                    this.i += 2 + length;
                }
                else {
                    value += ESCAPES[escape] ?? escape;
                    this.i += 2;
                }
            }
            else {
                value += text[this.i];
                this.i++;
            }
        }
        this.i++;
        return value;
    }
    readLiteralString() {
        const end = this.text.indexOf("'", this.i + 1);
        const close = end === -1 ? this.text.length : end;
        const value = this.text.slice(this.i + 1, close);
        this.i = close + 1;
        return value;
    }
    readKey() {
        const { text } = this;
        const parts = [];
        for (;;) {
            this.skipSpaces();
            if (text[this.i] === '"')
                parts.push(this.readBasicString());
            else if (text[this.i] === "'")
                parts.push(this.readLiteralString());
            else {
                const start = this.i;
                while (this.i < text.length && BARE_KEY.test(text[this.i] ?? ''))
                    this.i++;
                parts.push(text.slice(start, this.i));
            }
            this.skipSpaces();
            if (text[this.i] !== '.')
                return parts;
            this.i++;
        }
    }
    /** Skips a value; records the keys of inline tables under `path` (no path: inside an array). */
    skipValue(path) {
        const { text } = this;
        const char = text[this.i];
        if (text.startsWith('"""', this.i) || text.startsWith("'''", this.i))
            this.skipMultilineString();
        else if (char === '"')
            this.readBasicString();
        else if (char === "'")
            this.readLiteralString();
        else if (char === '[')
            this.skipItems(']', () => this.skipValue(undefined));
        else if (char === '{')
            this.skipItems('}', () => this.readKeyValue(path));
        else {
            // numbers, booleans, dates (which may hold a space): up to what ends a value
            while (this.i < text.length && !',]}#\r\n'.includes(text[this.i] ?? ''))
                this.i++;
        }
    }
    skipMultilineString() {
        const { text } = this;
        const quote = text.slice(this.i, this.i + 3);
        this.i += 3;
        for (;;) {
            if (this.i >= text.length)
                return;
            if (quote === '"""' && text[this.i] === '\\')
                this.i += 2;
            else if (text.startsWith(quote, this.i)) {
                this.i += 3;
                // up to two quotes may end the content right before the closing delimiter
                for (let extra = 0; extra < 2 && text[this.i] === quote[0]; extra++)
                    this.i++;
                return;
            }
            else
                this.i++;
        }
    }
    /** Skips the comma-separated items of an array or inline table, from its opening bracket. */
    skipItems(closing, readItem) {
        this.i++;
        for (;;) {
            this.skipBlank();
            if (this.i >= this.text.length || this.text[this.i] === closing)
                break;
            const before = this.i;
            readItem();
            this.skipBlank();
            if (this.text[this.i] === ',')
                this.i++;
            if (this.i === before)
                this.i++;
        }
        this.i++;
    }
    readKeyValue(table) {
        const keyStart = this.i;
        const key = this.readKey();
        this.skipSpaces();
        if (this.text[this.i] === '=')
            this.i++;
        this.skipSpaces();
        const valueStart = this.valueStart();
        const path = table === undefined ? undefined : [...table, ...key];
        if (path !== undefined) {
            this.keys.push({
                path,
                key: this.lines.position(keyStart),
                value: this.lines.position(valueStart),
            });
        }
        this.skipValue(path);
    }
    /** Where the value at the cursor starts: for a string, its first character inside the quotes. */
    valueStart() {
        const { text, i } = this;
        if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            // a newline right after the opening delimiter is not part of the string
            if (text.startsWith('\r\n', i + 3))
                return i + 5;
            if (text[i + 3] === '\n')
                return i + 4;
            return i + 3;
        }
        if (text[i] === '"' || text[i] === "'")
            return i + 1;
        return i;
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-error.ts

/** A manifests entry, or a manifest file, that the version cannot be read from: the message says what was found, where, and the fix. */
class ManifestError extends configuration_error/* ConfigurationError */.j1 {
    name = 'ManifestError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-file.ts






/** The path of a file relative to `cwd`, with posix slashes (`../Cargo.toml` when above it). */
function displayPath(cwd, absolute) {
    const relative = external_node_path_default().relative(cwd, absolute);
    return (relative === '' ? '.' : relative).split((external_node_path_default()).sep).join('/');
}
/** `file:line` or `file:line:column`: how messages say where. */
function formatWhere(file, position) {
    if (position?.line === undefined)
        return file;
    return position.column === undefined
        ? `${file}:${position.line}`
        : `${file}:${position.line}:${position.column}`;
}
function configurationError(message, file, position) {
    const location = { file };
    if (position?.line !== undefined)
        location.line = position.line;
    if (position?.column !== undefined)
        location.column = position.column;
    return new ManifestError('TL_MANIFEST_CONTENT', message, { location, input: 'manifests' });
}
function errorCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return undefined;
    return typeof error.code === 'string' ? error.code : undefined;
}
/**
 * The workspace boundary for a manifest: one named in `manifests` is refused as that input's
 * path; one that a setting of another manifest names is refused at that setting.
 */
function checkInWorkspace(workspace, cwd, file, display, reference) {
    if (reference === undefined) {
        (0,platform_src/* resolveInWorkspace */.z1)(workspace, file, { input: 'manifests', base: cwd });
        return;
    }
    try {
        (0,platform_src/* resolveInWorkspace */.z1)(workspace, file, { input: reference.source, base: cwd });
    }
    catch (error) {
        if (!(error instanceof configuration_error/* ConfigurationError */.j1))
            throw error;
        throw configurationError(`${formatWhere(reference.file, reference)} names ${display} in ${reference.source}, which leads outside the workspace ${workspace}: tokenless reads only files of the checked-out repository. Point ${reference.source} at a file inside it.`, reference.file, reference);
    }
}
/**
 * Reads a manifest. A file that does not exist (or is a directory) is a user's mistake: in the
 * `manifests` list, or in the setting `reference` of another manifest that named it.
 */
async function readManifestText(cwd, file, reference, workspace) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const display = displayPath(cwd, absolute);
    if (workspace !== undefined)
        checkInWorkspace(workspace, cwd, file, display, reference);
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        const code = errorCode(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR')
            throw error;
        if (reference !== undefined) {
            const where = formatWhere(reference.file, reference);
            const what = code === 'EISDIR' ? 'is a directory' : 'was not found';
            throw configurationError(`${display} ${what}: ${where} names it in ${reference.source}. Fix that path to point at the file that holds the version.`, reference.file, reference);
        }
        if (code === 'EISDIR') {
            throw new ManifestError('TL_MANIFEST_IS_DIRECTORY', `${display} is a directory, not a manifest file: list the manifest file itself in manifests.`, { input: 'manifests' });
        }
        throw new ManifestError('TL_MANIFEST_NOT_FOUND', `${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`, { input: 'manifests' });
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return { absolute, file: display, text, lines: new LineIndex(text) };
}

;// CONCATENATED MODULE: ./packages/manifests/src/json-document.ts
/**
 * A JSON parser that keeps where every value and key is written, so that a version can be
 * annotated on its own line. It accepts exactly what JSON.parse accepts (RFC 8259), and its
 * errors say where the text stops being JSON.
 */

/** The text is not JSON: `offset` is where it goes wrong. */
class JsonSyntaxError extends Error {
    offset;
    name = 'JsonSyntaxError';
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** The member of an object with this key; like JSON.parse, the last one wins over duplicates. */
function getMember(node, key) {
    if (node.type !== 'object')
        return undefined;
    let found;
    for (const member of node.members)
        if (member.key === key)
            found = member;
    return found;
}
/** `a string`, `an object`, ...: for messages. */
function describeJsonType(node) {
    switch (node.type) {
        case 'object':
            return 'an object';
        case 'array':
            return 'an array';
        case 'null':
            return 'null';
        default:
            return `a ${node.type}`;
    }
}
const json_document_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/** Parses JSON text (a leading byte order mark must be removed first, as JSON.parse requires). */
function parseJsonDocument(text) {
    return new JsonParser(text).parseDocument();
}
/** A cursor over JSON text; each method parses one kind of value from the cursor. */
class JsonParser {
    text;
    i = 0;
    constructor(text) {
        this.text = text;
    }
    parseDocument() {
        const root = this.parseValue();
        this.skipWhitespace();
        if (this.i < this.text.length)
            this.fail('the end of the file after the value');
        return root;
    }
    describe(offset) {
        if (offset >= this.text.length)
            return 'the end of the file';
        const char = this.text.codePointAt(offset) ?? 0;
        if (char < 0x20)
            return `the control character U+${char.toString(16).padStart(4, '0')}`;
        return `'${String.fromCodePoint(char)}'`;
    }
    fail(expected, offset = this.i) {
        const { text } = this;
        if (text.startsWith('//', offset) || text.startsWith('/*', offset)) {
            throw new JsonSyntaxError('JSON allows no comments', offset);
        }
        if (text[offset] === "'")
            throw new JsonSyntaxError('JSON strings use double quotes', offset);
        throw new JsonSyntaxError(`expected ${expected} but found ${this.describe(offset)}`, offset);
    }
    skipWhitespace() {
        for (;;) {
            const char = this.text[this.i];
            if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r')
                return;
            this.i++;
        }
    }
    parseValue() {
        this.skipWhitespace();
        const start = this.i;
        const char = this.text[this.i];
        if (char === '{')
            return this.parseObject();
        if (char === '[')
            return this.parseArray();
        if (char === '"') {
            const value = this.parseString();
            return { type: 'string', start, end: this.i, value };
        }
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
            return this.parseNumber();
        }
        for (const [word, node] of [
            ['true', { type: 'boolean', value: true }],
            ['false', { type: 'boolean', value: false }],
            ['null', { type: 'null', value: null }],
        ]) {
            if (this.text.startsWith(word, this.i)) {
                this.i += word.length;
                return { ...node, start, end: this.i };
            }
        }
        return this.fail('a value');
    }
    parseObject() {
        const { text } = this;
        const start = this.i;
        this.i++;
        const members = [];
        this.skipWhitespace();
        if (text[this.i] === '}') {
            this.i++;
            return { type: 'object', start, end: this.i, members };
        }
        for (;;) {
            this.skipWhitespace();
            if (text[this.i] !== '"') {
                // the empty object returned above: a '}' here follows a comma
                if (text[this.i] === '}') {
                    throw new JsonSyntaxError('trailing comma: JSON allows none after the last member', this.i);
                }
                return this.fail('a property name in double quotes');
            }
            const keyStart = this.i;
            const key = this.parseString();
            this.skipWhitespace();
            if (text[this.i] !== ':')
                return this.fail("':' after a property name");
            this.i++;
            members.push({ key, keyStart, value: this.parseValue() });
            this.skipWhitespace();
            if (text[this.i] === ',') {
                this.i++;
                continue;
            }
            if (text[this.i] === '}') {
                this.i++;
                return { type: 'object', start, end: this.i, members };
            }
            return this.fail("',' or '}' after a property value");
        }
    }
    parseArray() {
        const { text } = this;
        const start = this.i;
        this.i++;
        const items = [];
        this.skipWhitespace();
        if (text[this.i] === ']') {
            this.i++;
            return { type: 'array', start, end: this.i, items };
        }
        for (;;) {
            this.skipWhitespace();
            // the empty array returned above: a ']' here follows a comma
            if (text[this.i] === ']') {
                throw new JsonSyntaxError('trailing comma: JSON allows none after the last item', this.i);
            }
            items.push(this.parseValue());
            this.skipWhitespace();
            if (text[this.i] === ',') {
                this.i++;
                continue;
            }
            if (text[this.i] === ']') {
                this.i++;
                return { type: 'array', start, end: this.i, items };
            }
            return this.fail("',' or ']' after an array item");
        }
    }
    parseString() {
        const { text } = this;
        const start = this.i;
        this.i++;
        let value = '';
        let chunk = this.i;
        for (;;) {
            if (this.i >= text.length)
                throw new JsonSyntaxError('unterminated string', start);
            const code = text.charCodeAt(this.i);
            if (code === 0x22)
                break;
            if (code < 0x20) {
                throw new JsonSyntaxError(`${this.describe(this.i)} must be escaped inside a string (a string cannot span lines)`, this.i);
            }
            if (code === 0x5c) {
                value += text.slice(chunk, this.i) + this.readEscape();
                chunk = this.i;
            }
            else
                this.i++;
        }
        value += text.slice(chunk, this.i);
        this.i++;
        return value;
    }
    /** Decodes the escape sequence at the cursor (at its backslash) and moves past it. */
    readEscape() {
        const escape = this.text[this.i + 1] ?? '';
        if (escape === 'u') {
            const hex = this.text.slice(this.i + 2, this.i + 6);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
                throw new JsonSyntaxError('\\u must be followed by four hexadecimal digits', this.i);
            }
            this.i += 6;
            return String.fromCharCode(parseInt(hex, 16));
        }
        const decoded = json_document_ESCAPES[escape];
        if (decoded === undefined) {
            throw new JsonSyntaxError(`invalid escape \\${escape} in a string`, this.i);
        }
        this.i += 2;
        return decoded;
    }
    parseNumber() {
        const start = this.i;
        const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        match.lastIndex = this.i;
        const found = match.exec(this.text);
        if (found === null)
            return this.fail('a value');
        this.i = start + found[0].length;
        // "01", "1.", "1e": the number stops early and the next character is not JSON
        if (/[0-9.eE+-]/.test(this.text[this.i] ?? ''))
            return this.fail('a comma or the end of the value');
        return { type: 'number', start, end: this.i, value: Number(found[0]) };
    }
}
/**
 * Parses a manifest's JSON; a syntax error becomes a ConfigurationError on its line and column
 * whose message ends with `fix` (by default: fix it or remove the file from manifests).
 */
function parseJsonManifest(manifest, fix) {
    try {
        return parseJsonDocument(manifest.text);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        const position = manifest.lines.position(error.offset);
        throw configurationError(`${formatWhere(manifest.file, position)} is not valid JSON: ${error.message}. ${fix ?? `Fix the JSON there, or remove ${manifest.file} from manifests.`}`, manifest.file, position);
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-version.ts

/** Builds a ManifestVersion, refusing an empty version: it can only be a mistake. */
function manifestVersion(found) {
    if (found.version.trim() === '') {
        throw configurationError(`${formatWhere(found.file, found)} has an empty version${found.source === undefined ? '' : ` (${found.source})`}: write the version being released there, e.g. 1.2.3.`, found.file, found);
    }
    const result = { ...found };
    for (const key of ['column', 'packageName', 'source', 'via']) {
        if (result[key] === undefined)
            delete result[key];
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/manifests/src/json-pointer.ts



/**
 * The reference tokens of an RFC 6901 JSON pointer (`/a/b~1c` -> `a`, `b/c`); `''` is the whole
 * document. Undefined when the pointer is not one: it must start with `/`, and `~` must be
 * followed by `0` (for `~`) or `1` (for `/`). The pointer is taken as written, not URI-decoded.
 */
function parseJsonPointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        return undefined;
    const tokens = pointer.slice(1).split('/');
    if (tokens.some((token) => /~(?![01])/.test(token)))
        return undefined;
    return tokens.map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** The pointer for these tokens, escaping `~` and `/`. */
function formatJsonPointer(tokens) {
    return tokens.map((token) => `/${token.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
function resolveJsonPointer(root, tokens) {
    let target = { node: root, start: root.start };
    for (const [depth, token] of tokens.entries()) {
        const parent = target.node;
        if (parent.type === 'object') {
            const member = getMember(parent, token);
            if (member === undefined)
                return { parent, depth };
            target = { node: member.value, start: member.keyStart };
        }
        else if (parent.type === 'array') {
            const item = ARRAY_INDEX.test(token) ? parent.items[Number(token)] : undefined;
            if (item === undefined)
                return { parent, depth };
            target = { node: item, start: item.start };
        }
        else
            return { parent, depth };
    }
    return target;
}
function listKeys(node) {
    const keys = [...new Set(node.members.map((member) => member.key))];
    if (keys.length === 0)
        return 'it is empty';
    const shown = keys.slice(0, 10).map((key) => JSON.stringify(key));
    return `its keys: ${shown.join(', ')}${keys.length > 10 ? ', ...' : ''}`;
}
/** Reads the string at a JSON pointer in a JSON file: `server.json#/version`. */
async function readJsonPointerVersion(cwd, spec, options = {}) {
    const manifest = await readManifestText(cwd, spec.file, undefined, options.workspace);
    const { file } = manifest;
    const root = parseJsonManifest(manifest);
    const pointer = formatJsonPointer(spec.tokens);
    const found = resolveJsonPointer(root, spec.tokens);
    if ('parent' in found) {
        const { parent, depth } = found;
        const position = manifest.lines.position(parent.start);
        const existing = depth === 0 ? 'the document root' : formatJsonPointer(spec.tokens.slice(0, depth));
        const at = `${existing} (line ${position.line})`;
        const token = spec.tokens[depth] ?? '';
        const prefix = `${file} has nothing at ${pointer}:`;
        let message;
        if (parent.type === 'object') {
            message = `${prefix} ${at} has no key ${JSON.stringify(token)} (${listKeys(parent)}). Fix the JSON pointer in manifests, or add the key to ${file}.`;
        }
        else if (parent.type === 'array' && ARRAY_INDEX.test(token)) {
            message = `${prefix} ${at} is an array of ${parent.items.length} item${parent.items.length === 1 ? '' : 's'}, so it has no item ${token}. Fix the JSON pointer in manifests (array indexes start at 0).`;
        }
        else if (parent.type === 'array') {
            message = `${prefix} ${at} is an array, and ${JSON.stringify(token)} is not an array index. Fix the JSON pointer in manifests: select an item by its number, from 0.`;
        }
        else {
            message = `${prefix} ${at} is ${describeJsonType(parent)}, not an object or an array. Fix the JSON pointer in manifests.`;
        }
        throw configurationError(message, file, position);
    }
    const position = manifest.lines.position(found.start);
    if (found.node.type !== 'string') {
        throw configurationError(`${formatWhere(file, position)} has ${describeJsonType(found.node)} at ${pointer || 'the document root'}, not a string. Point the JSON pointer in manifests at the string that holds the version.`, file, position);
    }
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(found.node.start + 1),
        version: found.node.value,
        kind: 'json',
        source: pointer,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-spec.ts


/**
 * Splits the `manifests` input into entries: one per line, trimmed; blank lines and lines
 * starting with `#` are skipped.
 */
function splitManifestList(input) {
    return input
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** The file name in a path written with either slash. */
function baseName(file) {
    return file.split(/[\\/]/).pop() ?? file;
}
function specError(message) {
    return new ManifestError('TL_MANIFEST_SPEC', message, { input: 'manifests' });
}
/**
 * Where `FILE:REGEX` splits, or -1. A colon right after a drive letter (`C:\repo\VERSION`,
 * `C:/repo`) belongs to the path.
 */
function regexSeparator(spec) {
    const from = /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0;
    return spec.indexOf(':', from);
}
/** Where `FILE#/POINTER` splits: the first `#` followed by `/` or by nothing; or -1. */
function pointerSeparator(spec) {
    for (let i = spec.indexOf('#'); i !== -1; i = spec.indexOf('#', i + 1)) {
        if (i + 1 === spec.length || spec[i + 1] === '/')
            return i;
    }
    return -1;
}
/** Parses one entry of `manifests`. Throws a ConfigurationError for a malformed one. */
function parseManifestSpec(spec) {
    const trimmed = spec.trim();
    if (trimmed === '') {
        throw specError('manifests has an empty entry: write one manifest per line, e.g. package.json or VERSION:^(.*)$.');
    }
    const colon = regexSeparator(trimmed);
    const hash = pointerSeparator(trimmed);
    if (colon !== -1 && (hash === -1 || colon < hash))
        return parseRegexSpec(trimmed, colon);
    if (hash !== -1)
        return parsePointerSpec(trimmed, hash);
    const badHash = trimmed.indexOf('#');
    if (badHash !== -1 && trimmed.slice(0, badHash).endsWith('.json')) {
        throw specError(`${trimmed} has a JSON pointer that does not start with "/": write ${trimmed.slice(0, badHash)}#/${trimmed.slice(badHash + 1)}.`);
    }
    return parsePathSpec(trimmed);
}
/** Reads an entry as a path only, even if it holds `:` or `#` (a file named so exists). */
function parsePathSpec(spec) {
    const file = spec.trim();
    const name = baseName(file);
    if (name === 'package.json')
        return { kind: 'npm', spec, file };
    if (name === 'pyproject.toml')
        return { kind: 'python', spec, file };
    if (name === 'Cargo.toml')
        return { kind: 'cargo', spec, file };
    if (name.endsWith('.py'))
        return { kind: 'python-module', spec, file };
    if (name.endsWith('.json')) {
        return { kind: 'json', spec, file, pointer: '/version', tokens: ['version'] };
    }
    return { kind: 'path', spec, file };
}
function parsePointerSpec(spec, hash) {
    const file = spec.slice(0, hash);
    const pointer = spec.slice(hash + 1);
    if (file === '') {
        throw specError(`${spec} has no file name before the "#": write FILE#POINTER, e.g. server.json#/version.`);
    }
    const tokens = parseJsonPointer(pointer);
    if (tokens === undefined) {
        throw specError(`${spec} has an invalid JSON pointer ${pointer}: "~" must be followed by 0 or 1. Write ~0 for "~" and ~1 for "/" inside a key.`);
    }
    return { kind: 'json', spec, file, pointer, tokens };
}
function parseRegexSpec(spec, colon) {
    const file = spec.slice(0, colon);
    const pattern = spec.slice(colon + 1);
    if (file === '') {
        throw specError(`${spec} has no file name before the ":": write FILE:REGEX, e.g. VERSION:^(.*)$.`);
    }
    if (pattern === '') {
        throw specError(`${spec} has no pattern after the ":": write FILE:REGEX with one capturing group, e.g. ${file}:^(.*)$.`);
    }
    let regex;
    try {
        regex = new RegExp(pattern, 'md');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw specError(`${spec} has an invalid regular expression after the ":" (${reason}). Fix the pattern: it is a JavaScript regular expression.`);
    }
    // an alternative that matches the empty string reveals how many groups the pattern has
    const groups = (new RegExp(`${pattern}|`, 'm').exec('')?.length ?? 1) - 1;
    if (groups === 0) {
        throw specError(`${spec} has no capturing group in its pattern: put the version in one group, e.g. ${file}:^(.*)$.`);
    }
    if (groups > 1) {
        throw specError(`${spec} has ${groups} capturing groups in its pattern: keep one around the version and make the others non-capturing with (?:...).`);
    }
    return { kind: 'regex', spec, file, pattern, regex };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(292);
;// CONCATENATED MODULE: ./packages/manifests/src/toml-document.ts



/**
 * Parses a manifest's TOML; a syntax error becomes a ConfigurationError on its line and column
 * whose message ends with `fix` (by default: fix it or remove the file from manifests).
 */
function parseTomlManifest(manifest, fix) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(manifest.text);
    }
    catch (error) {
        if (!(error instanceof dist/* TomlError */.zx))
            throw error;
        const position = { line: error.line, column: error.column };
        const reason = (error.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '');
        throw configurationError(`${formatWhere(manifest.file, position)} is not valid TOML: ${reason}. ${fix ?? `Fix the TOML there, or remove ${manifest.file} from manifests.`}`, manifest.file, position);
    }
    return { ...manifest, data, layout: scanTomlLayout(manifest.text) };
}
function isTable(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof dist/* TomlDate */.PJ));
}
/** The value at a path of keys, or undefined when some table on the way is missing. */
function getTomlValue(table, path) {
    let value = table;
    for (const key of path) {
        if (!isTable(value) || !Object.hasOwn(value, key))
            return undefined;
        value = value[key];
    }
    return value;
}
/** The string at a path, or undefined when it is absent or not a string. */
function getTomlString(table, path) {
    const value = getTomlValue(table, path);
    return typeof value === 'string' ? value : undefined;
}
/** `a string`, `an integer`, `a table`, ...: for messages. */
function describeTomlType(value) {
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'boolean')
        return 'a boolean';
    if (typeof value === 'bigint')
        return 'an integer';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a float';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof dist/* TomlDate */.PJ)
        return 'a date';
    return 'a table';
}
/** `[a.b].c` for the key path `a.b.c`; a top-level key stays bare. */
function formatTomlKey(path) {
    const quote = (key) => (/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key));
    const key = quote(path[path.length - 1] ?? '');
    if (path.length < 2)
        return key;
    return `[${path.slice(0, -1).map(quote).join('.')}].${key}`;
}
/**
 * Where a key is written: the key itself, else the `[a.key]` header or first key below it
 * (`version.workspace = true`), else its table, else line 1.
 */
function locateTomlKey(manifest, path) {
    // findTable(path) gives the key itself when it is written: nothing nested in its value can
    // come before it.
    const { layout } = manifest;
    return layout.findTable(path) ?? layout.findTable(path.slice(0, -1)) ?? { line: 1, column: 1 };
}
/** Where the value of a key starts (inside the quotes of a string). */
function locateTomlValue(manifest, path) {
    return manifest.layout.findKey(path)?.value ?? locateTomlKey(manifest, path);
}
/** Throws unless the value at `path` is a string: a version written as a number, a table... */
function requireTomlString(manifest, path, value) {
    if (typeof value === 'string')
        return value;
    const position = locateTomlKey(manifest, path);
    throw configurationError(`${formatWhere(manifest.file, position)} sets ${formatTomlKey(path)} to ${describeTomlType(value)}, not a string. Quote it: ${path[path.length - 1] ?? 'version'} = "1.2.3".`, manifest.file, position);
}

;// CONCATENATED MODULE: ./packages/manifests/src/cargo-toml.ts






async function isFile(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The workspace root of a crate: the Cargo.toml named by `package.workspace`, or the nearest one
 * with a `[workspace]` table, starting with the crate's own.
 */
async function findWorkspaceRoot(cwd, member, workspace) {
    const explicit = getTomlString(member.data, ['package', 'workspace']);
    const fix = `Fix the workspace's Cargo.toml, or remove ${member.file} from manifests.`;
    if (explicit !== undefined) {
        const file = external_node_path_default().join(external_node_path_default().dirname(member.absolute), explicit, 'Cargo.toml');
        const reference = {
            file: member.file,
            ...locateTomlKey(member, ['package', 'workspace']),
            source: '[package].workspace',
        };
        return parseTomlManifest(await readManifestText(cwd, file, reference, workspace), fix);
    }
    if (isTable(member.data.workspace))
        return member;
    for (let dir = external_node_path_default().dirname(external_node_path_default().dirname(member.absolute));; dir = external_node_path_default().dirname(dir)) {
        // The search stops at the workspace: nothing above the checked-out repository is read.
        if (workspace !== undefined && !(0,platform_src/* isInside */.FK)(external_node_path_default().resolve(workspace), dir))
            return undefined;
        const file = external_node_path_default().join(dir, 'Cargo.toml');
        if (await isFile(file)) {
            const candidate = parseTomlManifest(await readManifestText(cwd, file, undefined, workspace), fix);
            if (isTable(candidate.data.workspace))
                return candidate;
        }
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/**
 * Reads `[package].version` of a Cargo.toml, following `version.workspace = true` to the
 * workspace root's `[workspace.package].version`; a root with no `[package]` gives that.
 */
async function readCargoVersion(cwd, spec, options = {}) {
    const kind = options.kind ?? 'cargo';
    const manifest = parseTomlManifest(await readManifestText(cwd, spec.file, options.reference, options.workspace));
    const { file, data } = manifest;
    const packageTable = data.package;
    const packageName = getTomlString(data, ['package', 'name']);
    const versionPath = ['package', 'version'];
    if (isTable(packageTable)) {
        if (!Object.hasOwn(packageTable, 'version')) {
            const position = manifest.layout.findTable(['package']) ?? { line: 1, column: 1 };
            throw configurationError(`${formatWhere(file, position)} has a [package] with no version. Add version = "1.2.3" under [package] (or version.workspace = true in a workspace), or remove ${file} from manifests.`, file, position);
        }
        const value = packageTable.version;
        if (!(isTable(value) && value.workspace === true)) {
            return manifestVersion({
                spec: spec.spec,
                file,
                ...locateTomlValue(manifest, versionPath),
                version: requireTomlString(manifest, versionPath, value),
                kind,
                packageName,
                source: '[package].version',
                via: options.reference,
            });
        }
        const position = locateTomlKey(manifest, versionPath);
        const root = await findWorkspaceRoot(cwd, manifest, options.workspace);
        if (root === undefined) {
            throw configurationError(`${formatWhere(file, position)} has version.workspace = true, but no Cargo.toml with a [workspace] table was found in ${displayPath(cwd, external_node_path_default().dirname(external_node_path_default().dirname(manifest.absolute)))} or above. Check out the whole workspace, or set version = "1.2.3" under [package].`, file, position);
        }
        const inherited = getTomlValue(root.data, ['workspace', 'package', 'version']);
        if (inherited === undefined) {
            const rootPosition = root.layout.findTable(['workspace', 'package']) ??
                root.layout.findTable(['workspace']) ?? { line: 1, column: 1 };
            throw configurationError(`${formatWhere(file, position)} has version.workspace = true, but the workspace root ${formatWhere(root.file, rootPosition)} has no [workspace.package] version. Add version = "1.2.3" under [workspace.package] in ${root.file}.`, root.file, rootPosition);
        }
        const rootPath = ['workspace', 'package', 'version'];
        return manifestVersion({
            spec: spec.spec,
            file: root.file,
            ...locateTomlValue(root, rootPath),
            version: requireTomlString(root, rootPath, inherited),
            kind,
            packageName,
            source: '[workspace.package].version',
            via: { file, ...position, source: 'version.workspace = true' },
        });
    }
    const workspaceVersionPath = ['workspace', 'package', 'version'];
    const workspaceVersion = getTomlValue(data, workspaceVersionPath);
    if (workspaceVersion !== undefined) {
        return manifestVersion({
            spec: spec.spec,
            file,
            ...locateTomlValue(manifest, workspaceVersionPath),
            version: requireTomlString(manifest, workspaceVersionPath, workspaceVersion),
            kind,
            source: '[workspace.package].version',
            via: options.reference,
        });
    }
    if (isTable(data.workspace)) {
        const position = manifest.layout.findTable(['workspace']) ?? { line: 1, column: 1 };
        throw configurationError(`${formatWhere(file, position)} is a workspace root with no [workspace.package] version and no [package]. Add version = "1.2.3" under [workspace.package], or list the member crates' Cargo.toml files in manifests instead.`, file, position);
    }
    throw configurationError(`${file} has no [package] or [workspace] table. Add [package] with version = "1.2.3", or remove ${file} from manifests.`, file, { line: 1 });
}

;// CONCATENATED MODULE: ./packages/manifests/src/package-json.ts



function shorten(raw) {
    const flat = raw.replace(/\s+/g, ' ');
    return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
/** Reads the top-level `"version"` of a package.json (never a nested one, e.g. in `engines`). */
async function readPackageJsonVersion(cwd, spec, options = {}) {
    const manifest = await readManifestText(cwd, spec.file, undefined, options.workspace);
    const { file } = manifest;
    const root = parseJsonManifest(manifest);
    if (root.type !== 'object') {
        const position = manifest.lines.position(root.start);
        throw configurationError(`${formatWhere(file, position)} is ${describeJsonType(root)}, not an object: a package.json is a JSON object with a "version" field. Fix ${file}, or remove it from manifests.`, file, position);
    }
    const name = getMember(root, 'name')?.value;
    const packageName = name?.type === 'string' ? name.value : undefined;
    const member = getMember(root, 'version');
    if (member === undefined) {
        const position = manifest.lines.position(root.start);
        throw configurationError(`${file} has no "version" field. Add "version": "1.2.3" or remove ${file} from manifests.`, file, { line: position.line });
    }
    const { value } = member;
    if (value.type !== 'string') {
        const position = manifest.lines.position(member.keyStart);
        throw configurationError(`${formatWhere(file, position)} has "version": ${shorten(manifest.text.slice(value.start, value.end))} (${describeJsonType(value)}), not a string. Write it as a string: "version": "1.2.3".`, file, position);
    }
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(value.start + 1),
        version: value.value,
        kind: 'npm',
        packageName,
        source: '/version',
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/python-module.ts


/**
 * The offsets of the lines that start a statement at the top level of a Python module: not
 * inside a triple-quoted string, brackets, or after a backslash continuation; not indented.
 */
function topLevelLineStarts(text) {
    const starts = [];
    let depth = 0;
    let triple;
    let continued = false;
    let lineStart = true;
    for (let i = 0; i < text.length;) {
        if (lineStart) {
            if (triple === undefined && depth === 0 && !continued)
                starts.push(i);
            lineStart = false;
            continued = false;
        }
        const char = text[i];
        if (triple !== undefined) {
            if (char === '\\')
                i += 2;
            else if (text.startsWith(triple, i)) {
                i += 3;
                triple = undefined;
            }
            else {
                if (char === '\n')
                    lineStart = true;
                i++;
            }
            continue;
        }
        if (char === '\n') {
            lineStart = true;
            i++;
        }
        else if (char === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (char === '\\' && (text[i + 1] === '\n' || text.startsWith('\r\n', i + 1))) {
            // only the backslash: the newline after it still ends the line (the next one is continued)
            continued = true;
            i++;
        }
        else if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            triple = text.slice(i, i + 3);
            i += 3;
        }
        else if (char === '"' || char === "'") {
            i++;
            while (i < text.length && text[i] !== char && text[i] !== '\n')
                i += text[i] === '\\' ? 2 : 1;
            if (text[i] === char)
                i++;
        }
        else {
            if (char === '(' || char === '[' || char === '{')
                depth++;
            else if ((char === ')' || char === ']' || char === '}') && depth > 0)
                depth--;
            i++;
        }
    }
    return starts;
}
const STRING_LITERAL = /([rRuU]?)("""|'''|"|')/y;
const REST_OF_LINE = /^[ \t]*(?:[#;].*)?\r?$/;
/**
 * The first top-level assignment to one of `names` (as setuptools and flit read `__version__`
 * without running the module), or undefined when there is none.
 */
function findPythonAssignment(text, names) {
    const alternatives = names.map((name) => name.replace(/[^\w]/g, '\\$&')).join('|');
    const statement = new RegExp(`(${alternatives})[ \\t]*(?::[^=\\n]*)?=(?!=)[ \\t]*`, 'y');
    for (const start of topLevelLineStarts(text)) {
        statement.lastIndex = start;
        const match = statement.exec(text);
        if (match === null)
            continue;
        const name = match[1] ?? '';
        const valueStart = start + match[0].length;
        const lineEnd = text.indexOf('\n', valueStart);
        const expression = text.slice(valueStart, lineEnd === -1 ? text.length : lineEnd).trim();
        STRING_LITERAL.lastIndex = valueStart;
        const literal = STRING_LITERAL.exec(text);
        if (literal !== null) {
            const quote = literal[2] ?? '"';
            const contentStart = valueStart + literal[0].length;
            let end = contentStart;
            while (end < text.length && !text.startsWith(quote, end) && text[end] !== '\n') {
                end += text[end] === '\\' ? 2 : 1;
            }
            if (text.startsWith(quote, end)) {
                const after = end + quote.length;
                const restEnd = text.indexOf('\n', after);
                if (REST_OF_LINE.test(text.slice(after, restEnd === -1 ? text.length : restEnd))) {
                    const value = text.slice(contentStart, end);
                    return { name, start, value, valueStart: contentStart, expression };
                }
            }
        }
        return { name, start, valueStart, expression };
    }
    return undefined;
}
function python_module_shorten(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Reads `__version__ = "1.2.3"` from a Python module. */
async function readPythonModuleVersion(cwd, spec, options = {}) {
    const { reference } = options;
    const names = options.names ?? ['__version__'];
    const manifest = await readManifestText(cwd, spec.file, reference, options.workspace);
    const { file } = manifest;
    const fix = reference === undefined
        ? `or remove ${file} from manifests`
        : `or fix ${reference.source} in ${reference.file}`;
    const found = findPythonAssignment(manifest.text, names);
    const example = `${names[0] ?? '__version__'} = "1.2.3"`;
    if (found === undefined) {
        const by = reference === undefined
            ? ''
            : ` (${formatWhere(reference.file, reference)} reads it there: ${reference.source})`;
        throw configurationError(`${file} has no top-level ${names.join(' or ')} assignment${by}. Add ${example}, ${fix}.`, reference?.file ?? file, reference);
    }
    if (found.value === undefined) {
        const position = manifest.lines.position(found.start);
        throw configurationError(`${formatWhere(file, position)} sets ${found.name} to ${python_module_shorten(found.expression)}, not a string literal: tokenless reads the version without running Python. Write ${found.name} = "1.2.3", ${fix}.`, file, position);
    }
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(found.valueStart),
        version: found.value,
        kind: options.kind ?? 'python-module',
        packageName: options.packageName,
        source: found.name,
        via: reference,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/regex-file.ts


/**
 * Reads the version that a regular expression captures in a file: the group named `version`
 * when there is one, else the first group. The capture is trimmed.
 */
async function readRegexVersion(cwd, spec, options = {}) {
    const manifest = await readManifestText(cwd, spec.file, options.reference, options.workspace);
    const { file } = manifest;
    const flags = spec.regex.flags.includes('d') ? spec.regex.flags : `${spec.regex.flags}d`;
    const regex = new RegExp(spec.regex.source, flags.replace(/[gy]/g, ''));
    const match = regex.exec(manifest.text);
    const pattern = spec.pattern ?? spec.regex.source;
    const { reference } = options;
    if (match === null) {
        throw reference === undefined
            ? configurationError(`${file} has no match for the pattern ${pattern} (manifests entry ${spec.spec}). Fix the pattern, or write the version in ${file}.`, file)
            : configurationError(`${file} has no match for the pattern ${pattern}, so ${formatWhere(reference.file, reference)} (${reference.source}) leads to no version. Write the version in ${file}, or fix ${reference.source}.`, reference.file, reference);
    }
    const named = match.groups !== undefined && 'version' in match.groups;
    const raw = (named ? match.groups?.version : match[1]) ?? '';
    const span = (named ? match.indices?.groups?.version : match.indices?.[1]) ?? [
        match.index,
        match.index,
    ];
    const leading = raw.length - raw.trimStart().length;
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(span[0] + leading),
        version: raw.trim(),
        kind: options.kind ?? 'regex',
        packageName: options.packageName,
        source: options.source ?? pattern,
        via: reference,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/pyproject.ts








/** Build plugins that take the version from the git tag when the package is built. */
const GIT_VERSION_PLUGINS = new Map([
    ['setuptools-scm', 'setuptools_scm'],
    ['setuptools-git-versioning', 'setuptools-git-versioning'],
    ['hatch-vcs', 'hatch-vcs'],
    ['uv-dynamic-versioning', 'uv-dynamic-versioning'],
    ['poetry-dynamic-versioning', 'poetry-dynamic-versioning'],
    ['versioningit', 'versioningit'],
    ['dunamai', 'dunamai'],
    ['pbr', 'pbr'],
    ['flit-scm', 'flit_scm'],
    ['vcs-versioning', 'vcs-versioning'],
]);
/** Tables that configure such a plugin, and its name. */
const GIT_VERSION_TABLES = [
    [['tool', 'setuptools_scm'], 'setuptools_scm'],
    [['tool', 'setuptools-scm'], 'setuptools_scm'],
    [['tool', 'setuptools-git-versioning'], 'setuptools-git-versioning'],
    [['tool', 'versioningit'], 'versioningit'],
    [['tool', 'uv-dynamic-versioning'], 'uv-dynamic-versioning'],
];
/** The normalized name of a requirement (`setuptools_scm[toml]>=8` -> `setuptools-scm`). */
function requirementName(requirement) {
    const name = /^\s*([A-Za-z0-9._-]+)/.exec(requirement)?.[1] ?? '';
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
async function pyproject_isFile(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
function reference(project, keyPath, source) {
    return {
        file: project.toml.file,
        ...locateTomlKey(project.toml, keyPath),
        source: source ?? formatTomlKey(keyPath),
    };
}
function gitVersionError(project, backend) {
    const { toml } = project;
    const position = locateTomlKey(toml, ['project', 'dynamic']);
    throw configurationError(`${formatWhere(toml.file, position)} lists "version" in [project].dynamic, and ${backend} sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove ${toml.file} from manifests, or make the version static (version = "1.2.3" under [project]).`, toml.file, position);
}
function unreadableVersionError(project, backend, at) {
    const { toml } = project;
    const position = locateTomlKey(toml, at ?? ['project', 'dynamic']);
    throw configurationError(`${formatWhere(toml.file, position)} lists "version" in [project].dynamic, and ${backend} computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove ${toml.file} from manifests.`, toml.file, position);
}
/**
 * Converts a Python regular expression (hatch's `pattern`) to a JavaScript one: named groups
 * `(?P<name>` become `(?<name>`, leading inline flags such as `(?i)` become flags.
 */
function pythonRegex(pattern) {
    let flags = 'm';
    const inline = /^\(\?([aiLmsux]+)\)/.exec(pattern);
    let source = inline === null ? pattern : pattern.slice(inline[0].length);
    if (inline?.[1]?.includes('i'))
        flags += 'i';
    if (inline?.[1]?.includes('s'))
        flags += 's';
    source = source.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    return new RegExp(source, flags);
}
/**
 * Python module names to candidate files: `pkg.about` -> `pkg/about/__init__.py`, `pkg/about.py`,
 * under the directories setuptools' `package-dir` maps them to, else under the project root and
 * `src/`.
 */
function moduleCandidates(root, moduleParts, packageDir) {
    const bases = [];
    if (packageDir !== undefined) {
        for (let length = moduleParts.length; length >= 0; length--) {
            const mapped = packageDir[moduleParts.slice(0, length).join('.')];
            if (typeof mapped === 'string') {
                bases.push({ dir: external_node_path_default().join(root, mapped), rest: moduleParts.slice(length) });
                break;
            }
        }
    }
    if (bases.length === 0) {
        bases.push({ dir: root, rest: moduleParts }, { dir: external_node_path_default().join(root, 'src'), rest: moduleParts });
    }
    const files = [];
    for (const { dir, rest } of bases) {
        if (rest.length === 0) {
            files.push(external_node_path_default().join(dir, '__init__.py'));
            continue;
        }
        files.push(external_node_path_default().join(dir, ...rest, '__init__.py'));
        files.push(external_node_path_default().join(dir, ...rest.slice(0, -1), `${rest[rest.length - 1] ?? ''}.py`));
    }
    return files;
}
async function readModuleVersion(project, moduleName, names, via, packageDir) {
    const parts = moduleName.split('.').filter((part) => part !== '');
    const candidates = moduleCandidates(project.root, parts, packageDir);
    for (const candidate of candidates) {
        if (await pyproject_isFile(candidate)) {
            return readPythonModuleVersion(project.cwd, { spec: project.spec, file: candidate }, {
                names,
                kind: 'python',
                workspace: project.workspace,
                packageName: project.packageName,
                reference: via,
            });
        }
    }
    const shown = candidates.map((candidate) => displayPath(project.cwd, candidate));
    throw configurationError(`${formatWhere(via.file, via)} reads the version from the Python module ${moduleName} (${via.source}), but none of ${shown.join(', ')} exists. Fix ${via.source}, or make the version static.`, via.file, via);
}
async function readHatchVersion(project, table) {
    const { toml } = project;
    const source = table.source ?? 'regex';
    if (source === 'vcs')
        return gitVersionError(project, 'hatch-vcs ([tool.hatch.version] source = "vcs")');
    if (typeof source === 'string' && GIT_VERSION_PLUGINS.has(requirementName(source))) {
        return gitVersionError(project, `${source} ([tool.hatch.version] source = "${source}")`);
    }
    if (source !== 'regex' && source !== 'code') {
        return unreadableVersionError(project, `hatch's version source ${JSON.stringify(source)}`, [
            'tool',
            'hatch',
            'version',
            'source',
        ]);
    }
    const file = table.path;
    if (typeof file !== 'string') {
        const position = toml.layout.findTable(['tool', 'hatch', 'version']) ?? { line: 1, column: 1 };
        throw configurationError(`${formatWhere(toml.file, position)} has a [tool.hatch.version] with no path, so hatchling finds no version either. Set path = "src/pkg/__about__.py" there (a file with __version__ = "1.2.3"), or make the version static.`, toml.file, position);
    }
    const via = reference(project, ['tool', 'hatch', 'version', 'path']);
    const absolute = external_node_path_default().join(project.root, file);
    if (source === 'code') {
        const expression = table.expression ?? '__version__';
        if (typeof expression !== 'string' || !/^[A-Za-z_]\w*$/.test(expression)) {
            return unreadableVersionError(project, `hatch's code source with expression ${JSON.stringify(expression)}`, ['tool', 'hatch', 'version', 'expression']);
        }
        return readPythonModuleVersion(project.cwd, { spec: project.spec, file: absolute }, {
            names: [expression],
            kind: 'python',
            workspace: project.workspace,
            packageName: project.packageName,
            reference: via,
        });
    }
    if (typeof table.pattern === 'string') {
        let regex;
        try {
            regex = pythonRegex(table.pattern);
        }
        catch (error) {
            const position = locateTomlKey(toml, ['tool', 'hatch', 'version', 'pattern']);
            throw configurationError(`${formatWhere(toml.file, position)} has a [tool.hatch.version].pattern that tokenless cannot read as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)}). Use a simpler pattern with a group named version, or remove ${toml.file} from manifests.`, toml.file, position);
        }
        return readRegexVersion(project.cwd, { spec: project.spec, file: absolute, regex, pattern: table.pattern }, {
            kind: 'python',
            workspace: project.workspace,
            packageName: project.packageName,
            reference: via,
            source: '[tool.hatch.version].pattern',
        });
    }
    // hatch's default pattern: (?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2
    const found = await readPythonModuleVersion(project.cwd, { spec: project.spec, file: absolute }, {
        names: ['__version__', 'VERSION'],
        kind: 'python',
        workspace: project.workspace,
        packageName: project.packageName,
        reference: via,
    });
    if (/^v\d/.test(found.version)) {
        return { ...found, version: found.version.slice(1), column: (found.column ?? 0) + 1 };
    }
    return found;
}
async function readSetuptoolsVersion(project, dynamic) {
    const versionPath = ['tool', 'setuptools', 'dynamic', 'version'];
    if (isTable(dynamic) && typeof dynamic.attr === 'string') {
        const attr = dynamic.attr.trim();
        const parts = attr.split('.');
        const name = parts.pop() ?? '__version__';
        const moduleName = parts.length === 0 ? '__init__' : parts.join('.');
        const packageDir = getTomlValue(project.toml.data, ['tool', 'setuptools', 'package-dir']);
        const via = reference(project, versionPath, `[tool.setuptools.dynamic].version attr "${attr}"`);
        return readModuleVersion(project, moduleName, [name], via, isTable(packageDir) ? packageDir : undefined);
    }
    const files = isTable(dynamic) ? dynamic.file : undefined;
    const file = Array.isArray(files) && files.length === 1 ? files[0] : files;
    if (typeof file === 'string') {
        return readRegexVersion(project.cwd, {
            spec: project.spec,
            file: external_node_path_default().join(project.root, file),
            regex: /^[ \t]*(\S.*?)[ \t]*\r?$/m,
        }, {
            kind: 'python',
            workspace: project.workspace,
            packageName: project.packageName,
            reference: reference(project, versionPath, `[tool.setuptools.dynamic].version file "${file}"`),
            source: 'contents',
        });
    }
    return unreadableVersionError(project, 'setuptools (a [tool.setuptools.dynamic].version that is neither one attr nor one file)', versionPath);
}
async function readDynamicVersion(project) {
    const { toml } = project;
    const { data } = toml;
    const requires = getTomlValue(data, ['build-system', 'requires']);
    const required = new Set((Array.isArray(requires) ? requires : [])
        .filter((item) => typeof item === 'string')
        .map(requirementName));
    const backend = getTomlString(data, ['build-system', 'build-backend']) ?? '';
    const hatch = getTomlValue(data, ['tool', 'hatch', 'version']);
    if (isTable(hatch))
        return readHatchVersion(project, hatch);
    const setuptools = getTomlValue(data, ['tool', 'setuptools', 'dynamic', 'version']);
    if (setuptools !== undefined)
        return readSetuptoolsVersion(project, setuptools);
    const pdm = getTomlValue(data, ['tool', 'pdm', 'version']);
    if (isTable(pdm)) {
        if (pdm.source === 'scm')
            return gitVersionError(project, 'pdm-backend ([tool.pdm.version] source = "scm")');
        if (pdm.source === 'file' && typeof pdm.path === 'string') {
            return readPythonModuleVersion(project.cwd, { spec: project.spec, file: external_node_path_default().join(project.root, pdm.path) }, {
                kind: 'python',
                workspace: project.workspace,
                packageName: project.packageName,
                reference: reference(project, ['tool', 'pdm', 'version', 'path']),
            });
        }
        return unreadableVersionError(project, `pdm-backend ([tool.pdm.version] source = ${JSON.stringify(pdm.source)})`, ['tool', 'pdm', 'version', 'source']);
    }
    for (const [table, name] of GIT_VERSION_TABLES) {
        if (getTomlValue(data, table) !== undefined)
            return gitVersionError(project, name);
    }
    if (getTomlValue(data, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
        return gitVersionError(project, 'poetry-dynamic-versioning');
    }
    for (const requirement of required) {
        const plugin = GIT_VERSION_PLUGINS.get(requirement);
        if (plugin !== undefined)
            return gitVersionError(project, plugin);
    }
    // Poetry 2: a dynamic [project] version is the one in [tool.poetry]
    const poetryPath = ['tool', 'poetry', 'version'];
    const poetry = getTomlValue(data, poetryPath);
    if (poetry !== undefined)
        return staticVersion(project, poetryPath, poetry);
    if (backend.startsWith('flit_core') || backend.startsWith('flit.')) {
        const moduleName = getTomlString(data, ['tool', 'flit', 'module', 'name']) ??
            (project.packageName ?? '').replace(/-/g, '_');
        const via = reference(project, ['project', 'dynamic'], `flit's dynamic version (module ${moduleName})`);
        return readModuleVersion(project, moduleName, ['__version__'], via);
    }
    if (backend === 'maturin') {
        const manifestPath = getTomlString(data, ['tool', 'maturin', 'manifest-path']) ?? 'Cargo.toml';
        const via = reference(project, manifestPath === 'Cargo.toml' ? ['project', 'dynamic'] : ['tool', 'maturin', 'manifest-path'], `maturin's dynamic version (from ${manifestPath})`);
        const found = await readCargoVersion(project.cwd, { spec: project.spec, file: external_node_path_default().join(project.root, manifestPath) }, { kind: 'python', workspace: project.workspace, reference: via });
        return {
            ...found,
            packageName: project.packageName ?? found.packageName,
            via: found.via ?? via,
        };
    }
    return unreadableVersionError(project, backend === '' ? 'the build backend' : backend);
}
function staticVersion(project, keyPath, value) {
    const { toml } = project;
    return manifestVersion({
        spec: project.spec,
        file: toml.file,
        ...locateTomlValue(toml, keyPath),
        version: requireTomlString(toml, keyPath, value),
        kind: 'python',
        packageName: project.packageName,
        source: formatTomlKey(keyPath),
    });
}
/**
 * Reads the version of a pyproject.toml: `[project].version`; a dynamic one from the file the
 * build backend reads it from (hatch's path, setuptools' attr or file, pdm's file, flit's module,
 * maturin's Cargo.toml, Poetry 2's `[tool.poetry].version`); else `[tool.poetry].version`.
 * A version taken from the git tag at build time is an error: there is nothing to compare.
 */
async function readPyprojectVersion(cwd, spec, options = {}) {
    const { workspace } = options;
    const toml = parseTomlManifest(await readManifestText(cwd, spec.file, undefined, workspace));
    const { data, file } = toml;
    const project = {
        cwd,
        workspace,
        spec: spec.spec,
        toml,
        root: external_node_path_default().dirname(toml.absolute),
        packageName: getTomlString(data, ['project', 'name']) ?? getTomlString(data, ['tool', 'poetry', 'name']),
    };
    const projectTable = data.project;
    if (isTable(projectTable) && Object.hasOwn(projectTable, 'version')) {
        return staticVersion(project, ['project', 'version'], projectTable.version);
    }
    const dynamic = isTable(projectTable) ? projectTable.dynamic : undefined;
    if (Array.isArray(dynamic) && dynamic.includes('version'))
        return readDynamicVersion(project);
    const poetryPath = ['tool', 'poetry', 'version'];
    const poetry = getTomlValue(data, poetryPath);
    if (poetry !== undefined)
        return staticVersion(project, poetryPath, poetry);
    if (isTable(projectTable)) {
        const position = toml.layout.findTable(['project']) ?? { line: 1, column: 1 };
        throw configurationError(`${formatWhere(file, position)} has a [project] table with no version, and "version" is not in its dynamic list. Add version = "1.2.3" under [project], or remove ${file} from manifests.`, file, position);
    }
    throw configurationError(`${file} has no [project] table and no [tool.poetry] version. Add [project] with version = "1.2.3", or remove ${file} from manifests.`, file, { line: 1 });
}

;// CONCATENATED MODULE: ./packages/manifests/src/read-manifest.ts












/** The manifests tokenless finds by itself at the root, in this order. */
const DEFAULT_MANIFESTS = ['package.json', 'pyproject.toml', 'Cargo.toml'];
async function kindOf(file) {
    try {
        const stats = await (0,promises_.stat)(file);
        return stats.isDirectory() ? 'directory' : 'file';
    }
    catch {
        return undefined;
    }
}
/**
 * The package.json, pyproject.toml and Cargo.toml that exist at the root of `cwd`, in that
 * order: the manifests to check when none are listed.
 */
async function detectManifests(cwd) {
    const kinds = await Promise.all(DEFAULT_MANIFESTS.map((name) => kindOf(external_node_path_default().join(cwd, name))));
    return DEFAULT_MANIFESTS.filter((_, i) => kinds[i] === 'file');
}
/** The kind of each manifest a directory entry may hold (what parsePathSpec finds by name). */
const DIRECTORY_MANIFEST_KINDS = {
    'package.json': 'npm',
    'pyproject.toml': 'python',
    'Cargo.toml': 'cargo',
};
/**
 * A path whose name tells no kind: a directory holding a manifest, else a mistake. The result
 * has a kind, so the reader needs no case for a path left unresolved.
 */
async function resolvePathSpec(cwd, spec) {
    const absolute = external_node_path_default().resolve(cwd, spec.file);
    const display = displayPath(cwd, absolute);
    const kind = await kindOf(absolute);
    if (kind === 'directory') {
        for (const name of DEFAULT_MANIFESTS) {
            const file = external_node_path_default().join(spec.file, name);
            if ((await kindOf(external_node_path_default().resolve(cwd, file))) === 'file') {
                return { kind: DIRECTORY_MANIFEST_KINDS[name], spec: spec.spec, file };
            }
        }
        throw new ManifestError('TL_MANIFEST_IS_DIRECTORY', `${display} is a directory with no package.json, pyproject.toml or Cargo.toml. List the manifest file itself in manifests, or FILE:REGEX for another file (e.g. ${display}/VERSION:^(.*)$).`, { input: 'manifests' });
    }
    if (kind === undefined) {
        throw new ManifestError('TL_MANIFEST_NOT_FOUND', `${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`, { input: 'manifests' });
    }
    throw new ManifestError('TL_MANIFEST_UNKNOWN_KIND', `${display} is not a manifest tokenless can read by its name (package.json, pyproject.toml, Cargo.toml, *.py, *.json). Write FILE:REGEX with one capturing group around the version (e.g. ${display}:^(.*)$), or FILE#/json/pointer for a JSON file.`, { location: { file: display }, input: 'manifests' });
}
/**
 * Reads the version one entry of `manifests` names, and where it is written. Throws a
 * ConfigurationError for a user's mistake (malformed entry, missing file, no version, ...).
 */
async function readManifestVersion(spec, options) {
    const { cwd, workspace } = options;
    const trimmed = spec.trim();
    // a path that holds ":" (a file named so exists) is a path, not FILE:REGEX
    const literal = regexSeparator(trimmed) !== -1 && (await kindOf(external_node_path_default().resolve(cwd, trimmed)));
    let parsed = literal ? parsePathSpec(trimmed) : parseManifestSpec(trimmed);
    // Refused before anything is looked at there: a link out is not even stat'ed further.
    if (workspace !== undefined)
        (0,platform_src/* resolveInWorkspace */.z1)(workspace, parsed.file, { input: 'manifests', base: cwd });
    if (parsed.kind === 'path')
        parsed = await resolvePathSpec(cwd, parsed);
    const read = { workspace };
    switch (parsed.kind) {
        case 'npm':
            return readPackageJsonVersion(cwd, parsed, read);
        case 'python':
            return readPyprojectVersion(cwd, parsed, read);
        case 'cargo':
            return readCargoVersion(cwd, parsed, read);
        case 'python-module':
            return readPythonModuleVersion(cwd, parsed, read);
        case 'json':
            return readJsonPointerVersion(cwd, parsed, read);
        case 'regex':
            return readRegexVersion(cwd, parsed, read);
    }
}
/**
 * Reads every entry, in parallel; the results keep the order of `specs`. When several fail,
 * the error of the first failing entry (in list order) is thrown.
 */
async function readManifestVersions(specs, options) {
    const results = await Promise.allSettled(specs.map((spec) => readManifestVersion(spec, options)));
    return results.map((result) => {
        if (result.status === 'rejected')
            throw result.reason;
        return result.value;
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/npm-workspaces.ts





/** Reads a package.json that may be absent (undefined); invalid JSON is a ConfigurationError. */
async function readPackageJson(cwd, dir, workspace) {
    let manifest;
    try {
        manifest = await readManifestText(cwd, external_node_path_default().join(dir, 'package.json'), undefined, workspace);
    }
    catch (error) {
        if (error instanceof configuration_error/* ConfigurationError */.j1)
            return undefined;
        throw error;
    }
    return parseJsonManifest(manifest, `Fix the JSON there: npm cannot read the workspace ${manifest.file} either.`);
}
/** The `workspaces` patterns of a package.json: an array, or `{ packages: [...] }`. */
function workspacePatterns(root) {
    let node = getMember(root, 'workspaces')?.value;
    if (node?.type === 'object')
        node = getMember(node, 'packages')?.value;
    if (node?.type !== 'array')
        return [];
    return node.items.flatMap((item) => (item.type === 'string' ? [item.value] : []));
}
/** One segment of a glob (`*`, `?`, `[abc]`, `{a,b}`) as a regular expression. */
function segmentRegex(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i] ?? '';
        if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            const end = segment.indexOf(']', i + 1);
            if (end === -1)
                source += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                source += `[${body}]`;
                i = end;
            }
        }
        else if (char === '{') {
            const end = segment.indexOf('}', i + 1);
            if (end === -1)
                source += '\\{';
            else {
                const options = segment.slice(i + 1, end).split(',');
                source += `(?:${options.map((option) => option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
                i = end;
            }
        }
        else
            source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
const MAGIC = /[*?[{]/;
function splitPattern(pattern) {
    return pattern
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.');
}
/** Whether a relative directory (as segments) matches a pattern (as segments); `**` spans any. */
function matchSegments(pattern, dir) {
    const [head, ...rest] = pattern;
    if (head === undefined)
        return dir.length === 0;
    if (head === '**') {
        return matchSegments(rest, dir) || (dir.length > 0 && matchSegments(pattern, dir.slice(1)));
    }
    const [first, ...others] = dir;
    return first !== undefined && segmentRegex(head).test(first) && matchSegments(rest, others);
}
/**
 * The directories in a directory, sorted; symlinks to directories too when `followLinks` (not
 * under `**`, where a link could loop).
 */
async function subdirectories(absolute, followLinks) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(absolute, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const names = await Promise.all(entries.map(async (entry) => {
        if (entry.name === 'node_modules' || entry.name.startsWith('.'))
            return undefined;
        if (entry.isDirectory())
            return entry.name;
        if (!followLinks || !entry.isSymbolicLink())
            return undefined;
        try {
            return (await (0,promises_.stat)(external_node_path_default().join(absolute, entry.name))).isDirectory() ? entry.name : undefined;
        }
        catch {
            return undefined;
        }
    }));
    return names.filter((name) => name !== undefined).sort();
}
/** The directories (relative, as segments) a pattern matches, in sorted order. */
async function expandPattern(cwd, base, pattern) {
    const [head, ...rest] = pattern;
    if (head === undefined)
        return [base];
    if (head === '**') {
        const here = await expandPattern(cwd, base, rest);
        const children = await subdirectories(external_node_path_default().join(cwd, ...base), false);
        const below = await Promise.all(children.map((child) => expandPattern(cwd, [...base, child], pattern)));
        return [...here, ...below.flat()];
    }
    if (!MAGIC.test(head))
        return expandPattern(cwd, [...base, head], rest);
    const regex = segmentRegex(head);
    const children = (await subdirectories(external_node_path_default().join(cwd, ...base), true)).filter((child) => regex.test(child));
    const expanded = await Promise.all(children.map((child) => expandPattern(cwd, [...base, child], rest)));
    return expanded.flat();
}
/**
 * The directories (relative to `cwd`, posix slashes) of the npm workspace packages of
 * `cwd/package.json`, in the order of its `workspaces` globs (`*`, `**`, `?`, `[...]`, `{a,b}`,
 * and `!` exclusions; `node_modules` and dot-directories are never searched), each with its
 * package.json. The root package itself is not a workspace; folders with no package.json are left
 * out. Empty when there is no package.json or no workspaces.
 */
async function listWorkspacePackages(cwd, workspace) {
    const root = await readPackageJson(cwd, '.', workspace);
    if (root === undefined)
        return [];
    const patterns = workspacePatterns(root);
    const exclusions = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => splitPattern(pattern.slice(1)));
    const seen = new Set();
    const found = [];
    for (const pattern of patterns.filter((candidate) => !candidate.startsWith('!'))) {
        const segments = splitPattern(pattern);
        const dirs = (await expandPattern(cwd, [], segments)).filter((dir) => dir.length > 0 && !exclusions.some((exclusion) => matchSegments(exclusion, dir)));
        const fresh = dirs.map((dir) => dir.join('/')).filter((dir) => !seen.has(dir));
        for (const dir of fresh)
            seen.add(dir);
        const manifests = await Promise.all(fresh.map((dir) => readPackageJson(cwd, dir, workspace)));
        for (const [i, manifest] of manifests.entries())
            if (manifest !== undefined)
                found.push({ dir: fresh[i], manifest });
    }
    return found;
}
/**
 * The directory (relative to `cwd`, posix slashes) of the npm workspace package named `name`
 * (see listWorkspacePackages). Undefined when there is no package.json, no workspaces, or no
 * such package.
 */
async function findWorkspacePackage(cwd, name, workspace) {
    for (const { dir, manifest } of await listWorkspacePackages(cwd, workspace)) {
        const packageName = getMember(manifest, 'name')?.value;
        if (packageName?.type === 'string' && packageName.value === name)
            return dir;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/index.ts













// EXTERNAL MODULE: ./packages/versioning/src/release-tag.ts + 1 modules
var release_tag = __webpack_require__(849);
// EXTERNAL MODULE: ./packages/versioning/src/versions-by-scheme.ts
var versions_by_scheme = __webpack_require__(783);
// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __webpack_require__(210);
// EXTERNAL MODULE: ./node_modules/semver/functions/compare-build.js
var compare_build = __webpack_require__(648);
var compare_build_default = /*#__PURE__*/__webpack_require__.n(compare_build);
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(639);
// EXTERNAL MODULE: ./packages/versioning/src/pep440-order.ts
var pep440_order = __webpack_require__(818);
// EXTERNAL MODULE: ./packages/versioning/src/semver-strict.ts
var semver_strict = __webpack_require__(636);
// EXTERNAL MODULE: ./packages/versioning/src/version-error.ts
var version_error = __webpack_require__(889);
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

;// CONCATENATED MODULE: ./packages/versioning/src/release-type.ts



/** Every {@link ReleaseType}. */
const RELEASE_TYPES = (/* unused pure expression or super */ null && (['major', 'minor', 'patch', 'prerelease']));
const BUMPS = ['major', 'minor', 'patch'];
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
    if (previous !== undefined && (0,versions_by_scheme/* compareVersions */.Zy)(current, previous, scheme) <= 0) {
        throw new version_error/* VersionError */.t('TL_VERSION_NOT_HIGHER', `${(0,text_excerpt/* quoteExcerpt */.AB)(current)} is not higher than the previous release ${(0,text_excerpt/* quoteExcerpt */.AB)(previous)}: a release must increase the version. Pick a version above ${previous}.`);
    }
    if ((0,versions_by_scheme/* isPrerelease */.V1)(current, scheme))
        return 'prerelease';
    if (previous === undefined)
        return 'major';
    const offset = scheme === 'pep440' ? 1 : 0;
    const now = (0,versions_by_scheme/* releaseNumbers */.uE)(current, scheme);
    const before = (0,versions_by_scheme/* releaseNumbers */.uE)(previous, scheme);
    const changed = now.findIndex((value, index) => value !== (before[index] ?? 0));
    if (changed === -1) {
        return (0,versions_by_scheme/* isPrerelease */.V1)(previous, scheme) ? shapeOf(now.slice(offset)) : 'patch';
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
var valid = __webpack_require__(737);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
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
    if ((0,semver_strict/* isStrictSemver */.i)(version)) {
        const [first] = (0,semver_strict/* parseSemverStrict */.X)(version).prerelease;
        return first === undefined ? 'latest' : guardDistTag(leadingWord(first));
    }
    const parsed = (0,pep440/* parsePep440 */.FB)(version);
    if (parsed === undefined) {
        throw new version_error/* VersionError */.t('TL_VERSION_INVALID', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).`);
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
    if (tag === undefined || tag === 'latest' || valid_default()(tag) !== null) {
        return FALLBACK_DIST_TAG;
    }
    return tag;
}

// EXTERNAL MODULE: ./packages/versioning/src/calver.ts + 1 modules
var calver = __webpack_require__(622);
;// CONCATENATED MODULE: ./actions/validate-tag/src/manifest-check.ts


function pep440Form(version) {
    try {
        return semverToPep440(version);
    }
    catch {
        return undefined;
    }
}
/**
 * npm and Cargo publish exactly the string in the manifest, so it must equal the tag's version;
 * Python tools normalise, so pyproject.toml may say `1.2.0rc1` for the tag `v1.2.0-rc.1`.
 */
function checkManifest(manifest, version) {
    const found = manifest.version;
    if (found === version)
        return { manifest, expected: version, matches: true };
    if (manifest.kind === 'npm' || manifest.kind === 'cargo') {
        return { manifest, expected: version, matches: false };
    }
    const expected = manifest.kind === 'python' || manifest.kind === 'python-module'
        ? (pep440Form(version) ?? version)
        : version;
    if (versionsEquivalent(found, version)) {
        return { manifest, expected, matches: true, note: `same version as ${version}` };
    }
    return { manifest, expected, matches: false };
}
function describeMismatch(check, tag, version) {
    const { manifest } = check;
    const where = `${manifest.file}:${manifest.line}`;
    const field = manifest.source && manifest.kind !== 'npm' ? ` (${manifest.source})` : '';
    const form = check.expected !== version ? ` (${check.expected} in this file's form)` : '';
    return `${where}${field} has version ${(0,src/* excerpt */.Kb)(manifest.version)} but the tag ${tag} says ${version}${form}. Update the manifest or re-tag.`;
}

;// CONCATENATED MODULE: ./actions/validate-tag/src/validate-release.ts








/** What the checks found; failures are collected so that one run reports all of them. */
class Findings {
    rules = [];
    problems = [];
    /** The allowed branches found to hold the release commit. */
    branches = [];
    pass(rule, detail) {
        this.rules.push({ rule, result: 'pass', detail });
    }
    skip(rule, detail) {
        this.rules.push({ rule, result: 'skipped', detail });
    }
    warn(rule, detail) {
        this.rules.push({ rule, result: 'warn', detail });
    }
    fail(rule, error) {
        this.rules.push({ rule, result: 'fail', detail: error.message });
        this.problems.push(error);
    }
}
function validate_release_short(sha) {
    return sha.slice(0, 7);
}
function versionOfTag(tag, prefix, scheme) {
    try {
        const { version } = (0,release_tag/* parseTag */.ED)(tag.name, prefix);
        (0,versions_by_scheme/* validateVersion */.Pj)(version, scheme === 'calver' ? 'pep440' : scheme);
        return version;
    }
    catch {
        return undefined;
    }
}
function pep440OrEmpty(version, scheme) {
    try {
        return scheme === 'semver' ? semverToPep440(version) : (0,pep440/* normalizePep440 */.ZD)(version);
    }
    catch {
        return '';
    }
}
/** Every check of a release whose tag or version is known (or is computed here, for CalVer). */
async function validateRelease(ctx, inputs, cwd, requested) {
    const findings = new Findings();
    const tags = await listAllTags(cwd, { prefix: inputs.tagPrefix });
    const versioned = tags.flatMap((tag) => {
        const version = versionOfTag(tag, inputs.tagPrefix, inputs.scheme);
        return version === undefined ? [] : [{ ...tag, version }];
    });
    const target = requested ??
        (inputs.scheme === 'calver'
            ? calverTarget(ctx, inputs, versioned)
            : await manifestTarget(ctx, inputs, cwd));
    findings.pass('version', `${target.version} is a valid ${inputs.scheme} version (from the ${target.source})`);
    const prerelease = (0,versions_by_scheme/* isPrerelease */.V1)(target.version, inputs.scheme);
    if (prerelease && !inputs.allowPrerelease) {
        throw new src/* ConfigurationError */.j1(`${target.version} is a prerelease, and allow-prerelease is false. Release a stable version, or set allow-prerelease: true.`, { input: 'allow-prerelease' });
    }
    const existing = tags.find((tag) => tag.name === target.tag);
    const sha = await releaseCommit(ctx, inputs, cwd, existing);
    if (existing && existing.sha !== sha) {
        findings.fail('tag commit', new src/* ConfigurationError */.j1(`Tag ${target.tag} already exists at ${validate_release_short(existing.sha)}, but this run releases ${validate_release_short(sha)}. A published tag must not move: release from the tagged commit (check out ${target.tag}), or choose a new version.`, { input: 'tag' }));
    }
    else {
        findings.pass('tag commit', existing
            ? `${target.tag} is at ${validate_release_short(sha)}`
            : `${target.tag} does not exist yet; it will be created at ${validate_release_short(sha)}`);
    }
    await checkBranches(ctx, inputs, cwd, sha, target, findings);
    const manifests = await checkManifests(ctx, inputs, cwd, sha, target, findings);
    checkRegistryRules(target, manifests, findings);
    if (inputs.changelog !== undefined)
        await checkChangelog(ctx, inputs, cwd, target, findings);
    const previous = previousTag(versioned, target.version, (tag) => tag.version, (a, b) => (0,versions_by_scheme/* compareVersions */.Zy)(a, b, inputs.scheme), {
        skipPrereleases: !prerelease,
        isPrerelease: (version) => (0,versions_by_scheme/* isPrerelease */.V1)(version, inputs.scheme),
    });
    const type = releaseType(previous?.version, target.version, inputs.scheme);
    await checkBump(inputs, cwd, sha, target, previous, type, findings);
    writeSummary(ctx, target, sha, manifests, findings, previous?.name);
    if (findings.problems.length > 0)
        throw combine(ctx, findings.problems);
    ctx.setOutput('version', target.version);
    ctx.setOutput('tag', target.tag);
    ctx.setOutput('sha', sha);
    ctx.setOutput('prerelease', prerelease);
    ctx.setOutput('npm-dist-tag', npmDistTag(target.version));
    ctx.setOutput('pep440-version', pep440OrEmpty(target.version, inputs.scheme));
    ctx.setOutput('previous-tag', previous?.name ?? '');
    ctx.setOutput('release-type', type);
    ctx.setOutput('tag-exists', existing !== undefined);
    ctx.log.info(`Release ${target.tag} (${target.version}) at ${sha}: every check passed.`);
}
function calverTarget(ctx, inputs, versioned) {
    const version = (0,calver/* computeCalver */.X2)({
        format: inputs.calverFormat,
        date: ctx.now,
        existing: versioned.map((tag) => tag.version),
    });
    return { tag: (0,release_tag/* formatTag */._3)(inputs.tagPrefix, version), version, source: 'computed (CalVer)' };
}
async function releaseCommit(ctx, inputs, cwd, existing) {
    const [rev, origin] = inputs.sha !== undefined
        ? [inputs.sha, 'input sha']
        : ctx.env.GITHUB_SHA
            ? [ctx.env.GITHUB_SHA, 'GITHUB_SHA']
            : existing
                ? [existing.sha, `tag ${existing.name}`]
                : ['HEAD', 'HEAD'];
    const sha = await resolveCommit(cwd, rev);
    if (sha === undefined) {
        throw new src/* ConfigurationError */.j1(`The commit to release, ${rev} (${origin}), is not in the repository at ${cwd}. Check out the repository first (actions/checkout), or set sha to a commit that exists.`, { input: 'sha' });
    }
    return sha;
}
async function checkBranches(ctx, inputs, cwd, sha, target, findings) {
    const branches = inputs.branches.length > 0 ? inputs.branches : [await mainBranch(ctx, cwd)];
    const { matched, deepened } = await branchesContaining(cwd, sha, branches);
    findings.branches = matched;
    const fetched = deepened ? ' (history fetched to decide)' : '';
    if (matched.length > 0) {
        findings.pass('branch', `${validate_release_short(sha)} is on ${matched.join(', ')}${fetched}`);
        return;
    }
    findings.fail('branch', new src/* ConfigurationError */.j1(`Commit ${validate_release_short(sha)} of ${target.tag} is not on ${branches.join(', ')}${fetched}. Releasing it would publish a version whose sources no allowed branch has (a phantom version). Merge the release commit into ${branches[0] ?? 'the release branch'} first, or add its branch to the branches input (e.g. hotfix/*).`, { input: 'branches' }));
}
/**
 * What the registries refuse although the version is valid: npm drops semver build metadata
 * (1.2.3+a is published as 1.2.3, so 1.2.3+b can never follow), PyPI refuses PEP 440 local
 * versions (1.2.3+local) on upload. The manifests say which registry the release goes to.
 */
function checkRegistryRules(target, manifests, findings) {
    const plus = target.version.indexOf('+');
    if (plus === -1)
        return;
    const label = target.version.slice(plus + 1);
    const published = target.version.slice(0, plus);
    const kinds = new Set(manifests.map((check) => check.manifest.kind));
    const npm = kinds.has('npm');
    const pypi = kinds.has('python') || kinds.has('python-module');
    if (npm) {
        findings.fail('registries', new src/* ConfigurationError */.j1(`${target.tag} has build metadata (+${label}), which npm drops: package.json would be published as ${published}, and no other ${published}+... could follow it (npm refuses the same version twice). Release ${published}, or make the label a prerelease (${published}-${label}).`, { input: 'tag' }));
    }
    if (pypi) {
        findings.fail('registries', new src/* ConfigurationError */.j1(`${target.tag} is a PEP 440 local version (+${label}), which PyPI refuses on upload ("Can't use PEP 440 local versions"). Release ${published}: local versions are for builds that are never uploaded.`, { input: 'tag' }));
    }
    if (!npm && !pypi) {
        findings.warn('registries', `${target.tag} has build metadata (+${label}): npm would publish it as ${published}, and PyPI refuses it as a local version. If this release goes to either registry, release ${published} instead.`);
    }
}
/** The repository's default branch: from the event, else from the clone. */
async function mainBranch(ctx, cwd) {
    const repository = ctx.event.payload.repository;
    if (typeof repository?.default_branch === 'string')
        return repository.default_branch;
    const branch = await defaultBranch(cwd);
    if (branch !== undefined)
        return branch;
    throw new src/* ConfigurationError */.j1("The repository's default branch is unknown here (no event names it, and the clone has no origin/HEAD, main or master). Set the branches input, e.g. branches: main.", { input: 'branches' });
}
/** `manifests: none`: no file carries the version (it is stamped at build time). */
function manifestsNone(inputs) {
    return inputs.manifests.length === 1 && inputs.manifests[0]?.toLowerCase() === 'none';
}
/**
 * A dispatch that names no version releases the version of the first manifest (the others are
 * then checked against it like any release).
 */
async function manifestTarget(ctx, inputs, cwd) {
    const none = manifestsNone(inputs);
    const specs = none ? [] : await manifestSpecs(ctx, inputs, cwd);
    const first = specs[0];
    if (first === undefined) {
        throw new src/* ConfigurationError */.j1(`The workflow_dispatch event names no version, the version input is empty, and no manifest carries one${none ? ' (manifests: none)' : ''}. Enter the version when you run the workflow (e.g. 1.2.3), set the version input, or list the files that carry it in the manifests input.`, { input: 'version' });
    }
    const prefix = (0,external_node_path_.relative)(ctx.workspace, cwd);
    const manifest = await withWorkspacePath(prefix, () => readManifestVersion(first, { cwd, workspace: ctx.workspace }));
    const file = prefix ? `${prefix}/${manifest.file}` : manifest.file;
    try {
        (0,versions_by_scheme/* validateVersion */.Pj)(manifest.version, inputs.scheme, { calverFormat: inputs.calverFormat });
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`No version was given, and the version in ${file} (${(0,src/* excerpt */.Kb)(manifest.version)}) is not a valid ${inputs.scheme} version: ${error instanceof Error ? error.message : String(error)}`, { location: { file, line: manifest.line }, input: 'version' });
    }
    return {
        tag: (0,release_tag/* formatTag */._3)(inputs.tagPrefix, manifest.version),
        version: manifest.version,
        source: 'manifests',
    };
}
async function manifestSpecs(ctx, inputs, cwd) {
    if (inputs.manifests.length > 0)
        return inputs.manifests;
    const packageName = (0,release_tag/* packageNameFromPrefix */._)(inputs.tagPrefix);
    if (packageName !== undefined) {
        const dir = await findWorkspacePackage(cwd, packageName, ctx.workspace);
        if (dir !== undefined)
            return [`${dir}/package.json`];
    }
    return detectManifests(cwd);
}
async function checkManifests(ctx, inputs, cwd, sha, target, findings) {
    if (manifestsNone(inputs)) {
        findings.skip('manifests', 'manifests: none (the version is stamped at build time)');
        return [];
    }
    const specs = await manifestSpecs(ctx, inputs, cwd);
    if (specs.length === 0) {
        findings.warn('manifests', `No package.json, pyproject.toml or Cargo.toml in ${(0,external_node_path_.relative)(ctx.workspace, cwd) || '.'}; nothing to compare. List the files that carry the version in the manifests input.`);
        return [];
    }
    const prefix = (0,external_node_path_.relative)(ctx.workspace, cwd);
    const checks = [];
    for (const spec of specs) {
        const manifest = await withWorkspacePath(prefix, () => readManifestVersion(spec, { cwd, workspace: ctx.workspace }));
        if (prefix)
            manifest.file = `${prefix}/${manifest.file}`;
        const check = checkManifest(manifest, target.version);
        checks.push(check);
        if (check.matches)
            continue;
        findings.fail('manifests', new src/* ConfigurationError */.j1(describeMismatch(check, target.tag, target.version), {
            location: { file: manifest.file, line: manifest.line },
            title: 'Version mismatch',
        }));
    }
    await checkWorkingTree(cwd, sha, checks, findings);
    if (checks.every((check) => check.matches)) {
        findings.pass('manifests', `${checks.length} manifest(s) carry ${target.version}`);
    }
    return checks;
}
/**
 * Manifests are read from the working tree: it must hold the release commit's versions, or the
 * check would pass on files that are not the ones released.
 */
async function checkWorkingTree(cwd, sha, checks, findings) {
    const root = await git_command_git(cwd, ['rev-parse', '--show-toplevel']);
    const files = checks.map((check) => (0,external_node_path_.resolve)(cwd, check.manifest.file));
    const diff = await git_command_git(cwd, ['diff', '--quiet', sha, '--', ...files], { allowFailure: true });
    if (diff.exitCode === 0)
        return;
    const head = (await resolveCommit(cwd, 'HEAD')) ?? 'no commit';
    const changed = (await git_command_git(cwd, ['diff', '--name-only', sha, '--', ...files])).stdout
        .split('\n')
        .filter(Boolean)
        .map((file) => (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(root.stdout.trim(), file)));
    findings.fail('working tree', new src/* ConfigurationError */.j1(`${changed.join(', ')} in the working tree differ from the release commit ${validate_release_short(sha)} (the checkout is at ${validate_release_short(head)}), so the versions read here are not the ones being released. Check out the commit being released before validate-tag (actions/checkout with ref: the tag or sha).`, { input: 'sha' }));
}
/** Errors from a manifest name its file relative to the working directory: make it the workspace's. */
async function withWorkspacePath(prefix, read) {
    try {
        return await read();
    }
    catch (error) {
        if (prefix && error instanceof src/* ConfigurationError */.j1 && error.location) {
            error.location.file = `${prefix}/${error.location.file}`;
        }
        throw error;
    }
}
async function checkChangelog(ctx, inputs, cwd, target, findings) {
    const file = inputs.changelog ?? 'CHANGELOG.md';
    const path = (0,src/* resolveInWorkspace */.z1)(ctx.workspace, file, { input: 'changelog', base: cwd });
    const display = (0,external_node_path_.relative)(ctx.workspace, path);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        findings.fail('changelog', new src/* ConfigurationError */.j1(`The changelog ${display} does not exist. Create it with a section for ${target.version}, or remove the changelog input.`, { input: 'changelog' }));
        return;
    }
    const section = findChangelogSection(text, target.version, versionsEquivalent);
    if (section === undefined) {
        const found = listChangelogHeadings(text)
            .flatMap((heading) => (heading.version ? [heading.version] : []))
            .slice(0, 8);
        findings.fail('changelog', new src/* ConfigurationError */.j1(`${display} has no section for ${target.version}; the versions it has headings for are: ${found.length > 0 ? found.join(', ') : 'none'}. Add a heading such as "## [${target.version}] - ${ctx.now.toISOString().slice(0, 10)}" with the release's changes.`, { location: { file: display, line: 1 }, title: 'Changelog section missing' }));
        return;
    }
    if (section.body.trim() === '') {
        findings.warn('changelog', `${display}:${section.heading.line} has a heading for ${target.version} but no text under it.`);
        return;
    }
    findings.pass('changelog', `${display}:${section.heading.line} has a section for ${target.version}`);
}
const BUMP_ORDER = { patch: 1, minor: 2, major: 3 };
async function checkBump(inputs, cwd, sha, target, previous, type, findings) {
    if (inputs.bumpCheck === 'off')
        return findings.skip('bump', 'bump-check is off');
    if (inputs.scheme === 'calver')
        return findings.skip('bump', 'CalVer versions carry no bump');
    if (previous === undefined)
        return findings.skip('bump', 'first release: no previous tag');
    await ensureHistory(cwd, previous.sha, sha, {
        refspecs: [
            ...findings.branches.map((branch) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`),
            `+refs/tags/${previous.name}:refs/tags/${previous.name}`,
        ],
    });
    const commits = await commitsInRange(cwd, previous.sha, sha);
    const major = Number(target.version.split('.')[0]);
    const { bump, reasons } = recommendBump(commits, { preMajor: major === 0 });
    const actual = type === 'prerelease' ? undefined : type;
    if (bump === undefined || actual === undefined || BUMP_ORDER[actual] >= BUMP_ORDER[bump]) {
        return findings.pass('bump', `${type} release; ${commits.length} commit(s) since ${previous.name} call for ${bump ?? 'no particular bump'}`);
    }
    const why = reasons
        .filter((reason) => reason.bump === bump)
        .slice(0, 3)
        .map((reason) => `${reason.commit} (${reason.why})`)
        .join('; ');
    const message = `${target.tag} is a ${actual} release, but the commits since ${previous.name} call for a ${bump} bump: ${why}. Release the next ${bump} version instead, or set bump-check: off.`;
    if (inputs.bumpCheck === 'error')
        findings.fail('bump', new src/* ConfigurationError */.j1(message, { input: 'bump-check' }));
    else
        findings.warn('bump', message);
}
function writeSummary(ctx, target, sha, manifests, findings, previousTagName) {
    const ok = findings.problems.length === 0;
    ctx.summary.heading(`validate-tag: ${target.tag} ${ok ? 'is ready to release' : 'cannot be released'}`);
    ctx.summary.table(['Version', 'Tag', 'Commit', 'Previous tag', 'From'], [[target.version, target.tag, validate_release_short(sha), previousTagName ?? '(none)', target.source]]);
    if (manifests.length > 0) {
        ctx.summary.table(['Manifest', 'Version', 'Matches'], manifests.map((check) => [
            `${check.manifest.file}:${check.manifest.line}`,
            (0,src/* excerpt */.Kb)(check.manifest.version),
            check.matches
                ? `yes${check.note ? ` (${check.note})` : ''}`
                : `no: expected ${(0,src/* excerpt */.Kb)(check.expected)}`,
        ]));
    }
    const icon = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '➖ skipped' };
    ctx.summary.table(['Check', 'Result', 'Detail'], findings.rules.map((rule) => [rule.rule, icon[rule.result], rule.detail]));
    for (const rule of findings.rules)
        if (rule.result === 'warn')
            ctx.log.warning(rule.detail);
}
function combine(ctx, problems) {
    if (problems.length === 1 && problems[0])
        return problems[0];
    for (const problem of problems) {
        const location = problem.location;
        ctx.log.error(problem.message, {
            file: location?.file,
            line: location?.line,
            title: problem.title,
        });
    }
    return new src/* ConfigurationError */.j1(`${problems.length} problems stop this release (each is reported above): ${problems.map((problem) => problem.message).join(' | ')}`);
}


/***/ })

};
