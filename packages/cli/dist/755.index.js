export const id = 755;
export const ids = [755];
export const modules = {

/***/ 84755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FIXABLE_RULES: () => (/* binding */ FIXABLE_RULES),
/* harmony export */   wH: () => (/* binding */ FIXERS)
/* harmony export */ });
/* unused harmony exports ENVIRONMENT, NPM_UPGRADE, FIX_DOCS */
/* harmony import */ var _tokenless_workflow__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28154);
/* harmony import */ var _step_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28314);
/* harmony import */ var _text_edits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86961);
// What `tokenless doctor --fix` rewrites, one fixer per rule: each reads the workflow as doctor
// did and returns text edits for the findings of its rule in one file, and says what it changed.



const ENVIRONMENT = 'release';
const NPM_UPGRADE = 'npm install -g npm@^11.5.1';
function workflowsOf({ repository, file }) {
    return repository.workflows.filter((workflow) => workflow.file === file);
}
function reported(context, node, key = false) {
    if (!node)
        return false;
    const line = key ? node.keyPos().line : node.pos().line;
    return context.findings.some((finding) => finding.position.line === line);
}
const plan = () => ({ edits: [], changes: [], secrets: [] });
function add(target, edits, change) {
    if (edits === undefined)
        return;
    const list = Array.isArray(edits) ? edits : [edits];
    if (list.length === 0)
        return;
    target.edits.push(...list);
    target.changes.push(change);
}
function secretsIn(text) {
    return [...text.matchAll(/secrets\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
}
/** A map's entries that hand a registry token over: `NODE_AUTH_TOKEN: ${{ secrets.X }}`. */
function tokenEntries(map, context, keys) {
    return (map?.entries() ?? [])
        .filter(([key, value]) => {
        const text = value.str()?.trim() ?? '';
        if (text === '' || (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .isGithubToken */ .VH)(text))
            return false;
        return (keys ? keys.includes(key) : (0,_step_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .isTokenVariable */ .U_)(key)) && reported(context, value);
    })
        .map(([key]) => key);
}
function removeTokens(target, context, where, said) {
    const keys = tokenEntries(where.map, context, where.keys);
    if (keys.length === 0 || !where.map)
        return;
    const secrets = keys.flatMap((key) => secretsIn(where.map.get(key)?.str() ?? ''));
    const edits = (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .removeEntries */ .nw)(context.file, where.map, keys, where.parent);
    if (!edits)
        return;
    add(target, edits, `removed ${keys.join(', ')} ${said}`);
    target.secrets.push(...secrets);
}
const longLivedToken = {
    rule: 'long-lived-token',
    fix(all) {
        // A note is a token for another registry or publish proxy: trusted publishing cannot replace it.
        const context = { ...all, findings: all.findings.filter((f) => f.severity !== 'note') };
        const result = plan();
        for (const workflow of workflowsOf(context)) {
            const publishing = workflow.jobs.filter((job) => context.facts.jobPublishes(job).length > 0);
            if (publishing.length === 0)
                continue;
            removeTokens(result, context, { map: workflow.env, parent: { map: workflow.node, key: 'env' } }, 'from the workflow env');
            for (const job of publishing) {
                removeTokens(result, context, { map: job.env, parent: { map: job.node, key: 'env' } }, `from job "${job.id}"`);
                for (const step of job.steps) {
                    if (step.via)
                        continue;
                    const where = `from ${step.name ? `step "${step.name}"` : 'a step'} of job "${job.id}"`;
                    removeTokens(result, context, { map: step.env, parent: { map: step.node, key: 'env' } }, where);
                    if ((0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_2__/* .actionName */ .aM)(step.uses) === 'pypa/gh-action-pypi-publish')
                        removeTokens(result, context, { map: step.with, parent: { map: step.node, key: 'with' }, keys: ['password'] }, `(the input of pypa/gh-action-pypi-publish) ${where}`);
                }
            }
        }
        return result;
    },
};
const setupNodeRegistryUrl = {
    rule: 'setup-node-registry-url',
    fix(context) {
        const result = plan();
        for (const workflow of workflowsOf(context))
            for (const job of workflow.jobs)
                for (const step of job.steps) {
                    if (step.via || (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_2__/* .actionName */ .aM)(step.uses) !== 'actions/setup-node' || !step.with)
                        continue;
                    if (!reported(context, step.with.get('registry-url'), true))
                        continue;
                    add(result, (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .removeEntries */ .nw)(context.file, step.with, ['registry-url'], {
                        map: step.node,
                        key: 'with',
                    }), `removed setup-node's \`registry-url\` from job "${job.id}"`);
                }
        return result;
    },
};
/** Permissions as `key: value` pairs, in the order written. */
function grantsOf(node) {
    return node.entries().flatMap(([key, value]) => {
        const text = value.str();
        return text === undefined ? [] : [[key, text]];
    });
}
function permissionsEntry(grants) {
    if (grants.length === 0)
        return { block: ['permissions: {}'], flow: 'permissions: {}' };
    return {
        block: ['permissions:', ...grants.map(([key, value]) => `  ${key}: ${value}`)],
        flow: `permissions: { ${grants.map(([key, value]) => `${key}: ${value}`).join(', ')} }`,
    };
}
/** Where a new key of a job goes: after these, else first. */
const JOB_HEAD = ['runs-on', 'needs', 'if', 'name'];
const idTokenAtWorkflowLevel = {
    rule: 'id-token-at-workflow-level',
    fix(context) {
        const result = plan();
        for (const workflow of workflowsOf(context)) {
            const permissions = workflow.permissions;
            if (!permissions || permissions.writeAll || !reported(context, permissions.node, true))
                continue;
            if (!permissions.node.isMap())
                continue;
            const others = grantsOf(permissions.node).filter(([key]) => key !== 'id-token');
            const moved = [];
            const edits = [];
            for (const job of workflow.jobs) {
                if (job.permissions)
                    continue;
                const publishes = context.facts.publishesAnywhere(job);
                const grants = publishes ? [...others, ['id-token', 'write']] : others;
                if (publishes)
                    moved.push(`"${job.id}"`);
                const edit = (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertEntry */ .Ax)(context.file, job.node, permissionsEntry(grants), JOB_HEAD);
                if (!edit)
                    return plan();
                edits.push(edit);
            }
            const top = (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceEntry */ .f7)(context.file, workflow.node, 'permissions', ['permissions: {}']);
            if (!top)
                continue;
            add(result, [top, ...edits], `\`permissions: {}\` at the top; each job keeps what it had${others.length > 0 ? ` (${others.map(([key, value]) => `${key}: ${value}`).join(', ')})` : ''}, and \`id-token: write\` is granted only to ${moved.length > 0 ? `job${moved.length > 1 ? 's' : ''} ${moved.join(', ')}` : 'no job'}`);
        }
        return result;
    },
};
const publishWithoutIdToken = {
    rule: 'publish-without-id-token',
    fix(context) {
        const result = plan();
        for (const workflow of workflowsOf(context))
            for (const job of workflow.jobs) {
                const anchor = job.permissions?.node ?? job.node;
                if (!reported(context, anchor, true) && !reported(context, job.uses))
                    continue;
                const said = `granted \`id-token: write\` to job "${job.id}"`;
                if (job.permissions) {
                    if (!job.permissions.node.isMap())
                        continue;
                    const edit = (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertEntry */ .Ax)(context.file, job.permissions.node, {
                        block: ['id-token: write'],
                        flow: 'id-token: write',
                    }, grantsOf(job.permissions.node)
                        .map(([key]) => key)
                        .reverse());
                    add(result, edit, said);
                    continue;
                }
                const inherited = workflow.permissions?.node.isMap()
                    ? grantsOf(workflow.permissions.node).filter(([key]) => key !== 'id-token')
                    : [['contents', 'read']];
                add(result, (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertEntry */ .Ax)(context.file, job.node, permissionsEntry([...inherited, ['id-token', 'write']]), JOB_HEAD), `${said} (with ${inherited.map(([key, value]) => `${key}: ${value}`).join(', ') || 'nothing else'})`);
            }
        return result;
    },
};
const publishWithoutEnvironment = {
    rule: 'publish-without-environment',
    fix(context) {
        const result = plan();
        for (const workflow of workflowsOf(context))
            for (const job of workflow.jobs) {
                if (!reported(context, job.node, true) || (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_2__/* .environmentName */ .VE)(job) !== '')
                    continue;
                add(result, (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertEntry */ .Ax)(context.file, job.node, { block: [`environment: ${ENVIRONMENT}`], flow: `environment: ${ENVIRONMENT}` }, JOB_HEAD), `added \`environment: ${ENVIRONMENT}\` to job "${job.id}"`);
            }
        return result;
    },
};
/** The lowest Node a setup-node spec gives: below 22.14 needs Node 24, else an npm upgrade does. */
function belowNode2214(spec) {
    const match = /^v?(\d+)(?:\.(\d+|x))?/i.exec(spec.trim());
    if (!match)
        return /^lts\/(iron|hydrogen|gallium|fermium)$/i.test(spec.trim());
    const major = Number(match[1]);
    const minor = match[2] === undefined || match[2] === 'x' ? 99 : Number(match[2]);
    return major < 22 || (major === 22 && minor < 14);
}
function npmPublishStep(context, job) {
    return context.facts
        .jobPublishes(job)
        .find((p) => p.registry === 'npm' && !p.usesToken && !p.step.via)?.step;
}
const npmTooOld = {
    rule: 'npm-too-old',
    fix(context) {
        const result = plan();
        for (const workflow of workflowsOf(context))
            for (const job of workflow.jobs)
                for (const step of job.steps) {
                    const version = step.with?.get('node-version');
                    if (step.via || (0,_tokenless_workflow__WEBPACK_IMPORTED_MODULE_2__/* .actionName */ .aM)(step.uses) !== 'actions/setup-node')
                        continue;
                    if (!version || !reported(context, version, true))
                        continue;
                    const spec = version.str() ?? '';
                    if (belowNode2214(spec)) {
                        add(result, (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceScalar */ .BB)(version, '24'), `set node-version ${spec} to 24 in job "${job.id}" (npm 11.5.1 or later, for trusted publishing)`);
                        continue;
                    }
                    const publish = npmPublishStep(context, job);
                    if (!publish)
                        continue;
                    add(result, (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertBeforeItem */ .Al)(context.file, publish.node, [
                        'name: npm 11.5.1 or later, for trusted publishing',
                        `run: ${NPM_UPGRADE}`,
                    ]), `added \`${NPM_UPGRADE}\` before the publish in job "${job.id}" (Node ${spec} bundles an older npm)`);
                }
        return result;
    },
};
const releaseTriggerTypes = {
    rule: 'release-trigger-types',
    fix(context) {
        const result = plan();
        if (!context.findings.some((finding) => finding.message.startsWith('`release:` has no')))
            return result;
        for (const workflow of workflowsOf(context)) {
            const release = workflow.events.get('release');
            if (!release || release.get('types'))
                continue;
            const edit = release.isMap()
                ? (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertEntry */ .Ax)(context.file, release, {
                    block: ['types: [published]'],
                    flow: 'types: [published]',
                })
                : (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertUnderKey */ .fh)(context.file, release, ['types: [published]']);
            add(result, edit, 'added `types: [published]` to the `release:` trigger');
        }
        return result;
    },
};
const releaseWithoutConcurrency = {
    rule: 'release-without-concurrency',
    fix(context) {
        const result = plan();
        for (const workflow of workflowsOf(context)) {
            if (workflow.concurrency || context.findings.length === 0)
                continue;
            const group = 'release-${{ github.ref }}';
            add(result, (0,_text_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .insertEntry */ .Ax)(context.file, workflow.node, {
                block: ['concurrency:', `  group: ${group}`, '  cancel-in-progress: false'],
                flow: `concurrency: { group: ${group}, cancel-in-progress: false }`,
            }, ['permissions', 'on', 'run-name', 'name']), `added \`concurrency: { group: ${group}, cancel-in-progress: false }\` (one release run at a time per ref, none cancelled)`);
        }
        return result;
    },
};
/** The fixers in the order they run: tokens first, so that the jobs they free are seen as OIDC publishes. */
const FIXERS = [
    longLivedToken,
    setupNodeRegistryUrl,
    idTokenAtWorkflowLevel,
    publishWithoutIdToken,
    publishWithoutEnvironment,
    npmTooOld,
    releaseTriggerTypes,
    releaseWithoutConcurrency,
];
const FIXABLE_RULES = FIXERS.map((fixer) => fixer.rule);
/** What `--fix` does for each rule it answers (the rules README says it under each rule). */
const FIX_DOCS = {
    'long-lived-token': "removes `NODE_AUTH_TOKEN`, `NPM_TOKEN`, `TWINE_PASSWORD` and the other registry token variables (and pypa/gh-action-pypi-publish's `password:`) from the jobs that publish, an `env:` left empty with them, and names the secrets to delete. An `_authToken` written by a script is left to you.",
    'setup-node-registry-url': "removes setup-node's `registry-url` from the publishing job.",
    'id-token-at-workflow-level': 'sets `permissions: {}` at the top and gives each job without `permissions:` what the workflow granted, `id-token: write` only to the jobs that publish (not for `write-all`).',
    'publish-without-id-token': "adds `id-token: write` to the job's `permissions:` (a job without them gets the workflow's, or `contents: read`, and `id-token: write`).",
    'publish-without-environment': 'adds `environment: release` to the job, after `runs-on:`.',
    'npm-too-old': "sets setup-node's `node-version` to 24 when it is below 22.14, else adds a step `npm install -g npm@^11.5.1` before the publish (a job without setup-node is left to you).",
    'release-trigger-types': 'adds `types: [published]` to a `release:` trigger that has no `types:`.',
    'release-without-concurrency': 'adds `concurrency: { group: release-${{ github.ref }}, cancel-in-progress: false }` at the top.',
};


/***/ }),

/***/ 86961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ insertBeforeItem),
/* harmony export */   Ax: () => (/* binding */ insertEntry),
/* harmony export */   BB: () => (/* binding */ replaceScalar),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   f7: () => (/* binding */ replaceEntry),
/* harmony export */   fh: () => (/* binding */ insertUnderKey),
/* harmony export */   nw: () => (/* binding */ removeEntries)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Edits to a workflow's text at the places its YAML nodes were read from: whole lines removed or
// added in block style, the inside of a `{ }` rewritten in flow style. Every line an edit does
// not touch stays byte for byte, comments included.

/** Applies edits that do not overlap (in any order) to `text`. */
function applyEdits(text, edits) {
    let result = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start))
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset just after the line break that ends the line holding `offset`. */
function lineEnd(text, offset) {
    const at = text.indexOf('\n', offset);
    return at < 0 ? text.length : at + 1;
}
/** Where a node's text ends, trailing blanks and line breaks left out. */
function contentEnd(text, node, fallback) {
    let end = node?.range?.[1] ?? fallback;
    while (end > 0 && /\s/.test(text[end - 1] ?? ''))
        end--;
    return Math.max(end, fallback);
}
function mapOf(node) {
    const raw = node?.node;
    return raw && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(raw) ? raw : undefined;
}
function pairsOf(map) {
    return map.items.filter((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair));
}
function keyOf(pair) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
}
/** The lines a block pair takes, from its key's line to its value's last line. */
function pairLines(text, pair) {
    const keyStart = pair.key.range?.[0];
    if (keyStart === undefined)
        return undefined;
    const start = lineStart(text, keyStart);
    // A key after `- ` opens a list item: removing its line would take the item's dash.
    if (text.slice(start, keyStart).trim() !== '')
        return undefined;
    const end = lineEnd(text, contentEnd(text, pair.value, pair.key.range[1]));
    return { start, end, text: '' };
}
/** The source text of a flow pair (`key: value`). */
function pairText(text, pair) {
    const start = pair.key.range[0];
    return text.slice(start, contentEnd(text, pair.value, pair.key.range[1]));
}
/** The `{ ... }` of a flow map, rewritten with these pairs' texts. */
function flowMapEdit(text, map, pairs) {
    const range = map.range;
    if (!range)
        return undefined;
    const end = contentEnd(text, map, range[0]);
    if (text[range[0]] !== '{' || text[end - 1] !== '}')
        return undefined;
    return {
        start: range[0],
        end,
        text: pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`,
    };
}
/**
 * Removes the entries `keys` of `map`; when none would be left and `parent` is given, the
 * parent's entry that holds the map goes instead (`env:` with its last variable).
 */
function removeEntries(file, map, keys, parent) {
    const raw = mapOf(map);
    if (!raw)
        return undefined;
    const pairs = pairsOf(raw);
    const removed = pairs.filter((pair) => keys.includes(keyOf(pair) ?? ''));
    if (removed.length === 0)
        return [];
    if (removed.length === pairs.length && parent)
        return removeEntries(file, parent.map, [parent.key]);
    if (raw.flow) {
        const kept = pairs.filter((pair) => !removed.includes(pair));
        const edit = flowMapEdit(file.text, raw, kept.map((pair) => pairText(file.text, pair)));
        return edit && [edit];
    }
    const edits = removed.map((pair) => pairLines(file.text, pair));
    return edits.every((edit) => edit !== undefined) ? edits : undefined;
}
/**
 * Adds an entry to `map`: in block style on lines of their own after the first of `after` the
 * map has (else before its first entry), in flow style before the closing brace.
 */
function insertEntry(file, map, entry, after = []) {
    const raw = mapOf(map);
    if (!raw)
        return undefined;
    const text = file.text;
    const pairs = pairsOf(raw);
    if (raw.flow)
        return flowMapEdit(text, raw, [...pairs.map((pair) => pairText(text, pair)), entry.flow]);
    const first = pairs[0];
    if (!first?.key.range)
        return undefined;
    const indent = first.key.range[0] - lineStart(text, first.key.range[0]);
    const lines = entry.block.map((line) => `${' '.repeat(indent)}${line}\n`).join('');
    const anchor = after
        .map((key) => pairs.find((pair) => keyOf(pair) === key))
        .find((pair) => pair !== undefined);
    if (anchor) {
        const at = lineEnd(text, contentEnd(text, anchor.value, anchor.key.range[1]));
        return {
            start: at,
            end: at,
            text: at === text.length && !text.endsWith('\n') ? `\n${lines}` : lines,
        };
    }
    const start = lineStart(text, first.key.range[0]);
    if (text.slice(start, first.key.range[0]).trim() !== '')
        return undefined;
    return { start, end: start, text: lines };
}
/** Replaces the whole entry `key` of a block map (its lines) by `lines`, at the entry's indent. */
function replaceEntry(file, map, key, lines) {
    const raw = mapOf(map);
    const pair = raw && pairsOf(raw).find((each) => keyOf(each) === key);
    if (!raw || raw.flow || !pair)
        return undefined;
    const span = pairLines(file.text, pair);
    if (!span)
        return undefined;
    const indent = pair.key.range[0] - span.start;
    return { ...span, text: lines.map((line) => `${' '.repeat(indent)}${line}\n`).join('') };
}
/** Replaces a scalar's source text (quotes included). */
function replaceScalar(node, text) {
    const raw = node.node;
    if (!raw || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(raw) || !raw.range)
        return undefined;
    return { start: raw.range[0], end: raw.range[1], text };
}
/** Lines added after the line of the key of `node` (an empty `release:`), one indent deeper. */
function insertUnderKey(file, node, lines) {
    const key = node.keyNode?.range;
    if (!key || (node.node && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node.node) && node.node.value === null)))
        return undefined;
    const text = file.text;
    const start = lineStart(text, key[0]);
    const rest = text
        .slice(key[1], lineEnd(text, key[1]))
        .trim()
        .replace(/\s*#.*$/, '');
    if (rest !== ':' && rest !== '')
        return undefined;
    const indent = ' '.repeat(key[0] - start + 2);
    const at = lineEnd(text, key[1]);
    const added = lines.map((line) => `${indent}${line}\n`).join('');
    return {
        start: at,
        end: at,
        text: at === text.length && !text.endsWith('\n') ? `\n${added}` : added,
    };
}
/** Lines added before a list item (a step), at its dash's indent. */
function insertBeforeItem(file, item, lines) {
    const start = item.node?.range?.[0];
    if (start === undefined)
        return undefined;
    const text = file.text;
    const line = lineStart(text, start);
    const before = text.slice(line, start);
    const dash = /^(\s*)-\s+$/.exec(before);
    if (!dash)
        return undefined;
    const indent = dash[1];
    const added = lines
        .map((each, index) => `${indent}${index === 0 ? '- ' : '  '}${each}\n`)
        .join('');
    return { start: line, end: line, text: added };
}


/***/ })

};
