export const id = 691;
export const ids = [691];
export const modules = {

/***/ 82691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ detectDefaultBranch),
/* harmony export */   detectGitHubRepository: () => (/* binding */ detectGitHubRepository),
/* harmony export */   sZ: () => (/* binding */ detectChangelog),
/* harmony export */   vq: () => (/* binding */ detectTokenUses)
/* harmony export */ });
/* unused harmony export workflowFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tokenless_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64721);
/* harmony import */ var _rehearse_repository_copy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67560);
// What the repository tells beyond its packages: where it lives on GitHub, its default branch,
// its changelog, and the release workflows that publish with a registry token today.




const CHANGELOG_NAMES = ['CHANGELOG.md', 'CHANGES.md', 'HISTORY.md', 'NEWS.md'];
/** Secrets that hold a registry credential: what trusted publishing replaces. */
const REGISTRY_SECRET = /^(?=.*(NPM|PYPI|TWINE|NODE_AUTH|REGISTRY|PUBLISH))(?=.*(TOKEN|PASSWORD|KEY|AUTH)).*$/i;
/** `owner/repo` of the origin remote on GitHub, if it is one. */
async function detectGitHubRepository(root) {
    const { stdout, exitCode } = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(root, ['remote', 'get-url', 'origin'], {
        allowFailure: true,
    });
    return exitCode === 0 ? (0,_rehearse_repository_copy_js__WEBPACK_IMPORTED_MODULE_3__/* .githubRepositoryOf */ .hl)(stdout.trim()) : undefined;
}
/** The default branch (origin's HEAD, else main or master, else the current branch). */
async function detectDefaultBranch(root) {
    const known = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .defaultBranch */ .OR)(root);
    if (known !== undefined)
        return known;
    const { stdout } = await (0,_tokenless_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(root, ['symbolic-ref', '-q', '--short', 'HEAD'], {
        allowFailure: true,
    });
    return stdout.trim() || 'main';
}
function detectChangelog(root) {
    const file = CHANGELOG_NAMES.find((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name)));
    if (file === undefined)
        return undefined;
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file), 'utf8');
    if (/keepachangelog\.com|^## \[Unreleased\]/im.test(text))
        return { file, format: 'keep-a-changelog' };
    if (/^#{1,3} \[?\d[^\]\n]*\]?\(https?:[^)]*compare/m.test(text))
        return { file, format: 'conventional-changelog' };
    return { file, format: 'plain' };
}
/** The workflows under .github/workflows, relative to the root, sorted. */
function workflowFiles(root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.github', 'workflows');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => `.github/workflows/${name}`);
}
/** Every `secrets.X` that holds a registry credential, in the repository's workflows. */
function detectTokenUses(root) {
    const uses = [];
    for (const file of workflowFiles(root)) {
        const lines = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file), 'utf8').split('\n');
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
/* harmony import */ var _tokenless_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64721);
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


/***/ })

};
