export const id = 433;
export const ids = [433];
export const modules = {

/***/ 38433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   byHandText: () => (/* binding */ byHandText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28154);
/* harmony import */ var _release_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11467);
// What `--fix` cannot do and the maintainer must: register a trusted publisher for each package
// the fixed workflows publish (with the exact values the registry asks for), and delete the
// secrets the workflows no longer read.





function npmName(root) {
    try {
        const manifest = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'package.json'), 'utf8'));
        if (typeof manifest.name === 'string' && manifest.private !== true)
            return manifest.name;
    }
    catch {
        // No package.json at the root: the name is in the package the job publishes.
    }
    return '<each package the job publishes, as named in its package.json>';
}
function pypiName(root) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'pyproject.toml');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        try {
            const data = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
            const name = data.project?.name ?? data.tool?.poetry?.name;
            if (typeof name === 'string')
                return name;
        }
        catch {
            // Unreadable: say where the name is.
        }
    }
    return '<the project name on PyPI>';
}
function fields(rows) {
    const width = Math.max(...rows.map(([label]) => label.length)) + 1;
    return rows.map(([label, value]) => `    ${`${label}:`.padEnd(width)} ${value}`);
}
function registrations(repository, fixed) {
    const facts = new _release_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseFacts */ .z(repository);
    const found = [];
    for (const workflow of repository.workflows) {
        if (!fixed.some((fix) => fix.path === workflow.file.path))
            continue;
        for (const job of workflow.jobs)
            for (const publish of facts.jobPublishes(job)) {
                if (publish.usesToken || publish.registry === 'other')
                    continue;
                const entry = {
                    registry: publish.registry,
                    file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(workflow.file.rel),
                    job: job.id,
                    environment: (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_4__/* .environmentName */ .VE)(job),
                    tool: publish.tool,
                };
                if (!found.some((each) => each.registry === entry.registry && each.file === entry.file))
                    found.push(entry);
            }
    }
    return found;
}
function environmentField(entry) {
    return entry.environment || `(empty: job "${entry.job}" has no \`environment:\`)`;
}
function registrationText(entry, root, where) {
    const owner = where?.owner ?? '<owner>';
    const repo = where?.repo ?? '<repository>';
    if (entry.registry === 'npm') {
        const name = npmName(root);
        return [
            `  npm, for job "${entry.job}": https://www.npmjs.com/package/${name}/access -> Trusted publishing -> GitHub Actions`,
            ...fields([
                ['Package', name],
                ['Organization or user', owner],
                ['Repository', repo],
                ['Workflow filename', entry.file],
                ['Environment name', environmentField(entry)],
            ]),
        ];
    }
    const site = entry.registry === 'pypi' ? 'pypi.org' : 'test.pypi.org';
    const name = pypiName(root);
    return [
        `  ${entry.registry === 'pypi' ? 'PyPI' : 'TestPyPI'}, for job "${entry.job}": https://${site}/manage/project/${name}/settings/publishing/ (a new project: https://${site}/manage/account/publishing/)`,
        ...fields([
            ['PyPI Project Name', name],
            ['Owner', owner],
            ['Repository name', repo],
            ['Workflow name', entry.file],
            ['Environment name', environmentField(entry)],
        ]),
        ...(entry.tool === 'twine upload'
            ? [
                `    twine does trusted publishing from 6.1 on: make sure job "${entry.job}" installs twine 6.1 or later.`,
            ]
            : []),
    ];
}
/** The steps left to the maintainer, or '' when the fixes leave none. */
function byHandText(repository, fixed, where) {
    const lines = [];
    const entries = registrations(repository, fixed);
    if (entries.length > 0) {
        lines.push('Register the trusted publishers (the values must match exactly; the workflow publishes with no token once they exist):');
        for (const entry of entries)
            lines.push(...registrationText(entry, repository.root, where));
        const environments = [...new Set(entries.map((entry) => entry.environment))].filter((name) => name !== '');
        for (const environment of environments)
            lines.push(`  Protect the environment "${environment}" (Settings -> Environments): required reviewers and the branches or tags that may release.`);
    }
    const secrets = [...new Set(fixed.flatMap((fix) => fix.secrets))];
    if (secrets.length > 0) {
        const settings = where === undefined
            ? 'Settings -> Secrets and variables -> Actions'
            : `https://github.com/${where.owner}/${where.repo}/settings/secrets/actions`;
        lines.push(`Once a release has published through trusted publishing, delete the secret${secrets.length > 1 ? 's' : ''} ${secrets.join(', ')} (${settings}, and any environment's secrets) and revoke the token${secrets.length > 1 ? 's' : ''} on the registry.`);
    }
    if (entries.length > 0 && where === undefined)
        lines.push('The origin remote is not on GitHub: replace <owner> and <repository> with where the repository lives.');
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}


/***/ })

};
