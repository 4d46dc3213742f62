export const id = 790;
export const ids = [790];
export const modules = {

/***/ 48790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// UNUSED EXPORTS: DOCTOR_USAGE, listRules

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./packages/cli/src/version.ts
var version = __webpack_require__(35270);
// EXTERNAL MODULE: ./packages/cli/src/doctor/analyze.ts
var analyze = __webpack_require__(91840);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/format-json.ts
// `--format json`: the findings and the summary as one JSON document, for scripts.

function findingJson(finding) {
    const { line, column, endLine, endColumn } = finding.position;
    return {
        file: finding.file.rel,
        line,
        column,
        endLine,
        endColumn,
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        fix: finding.fix,
        source: finding.file.lines[line - 1] ?? '',
    };
}
function formatJson(result) {
    const counts = (0,analyze/* countBySeverity */.O)(result.findings);
    return `${JSON.stringify({
        summary: {
            files: result.repository.files.length,
            errors: counts.error,
            warnings: counts.warning,
            notes: counts.note,
            ignored: result.ignored.length,
        },
        findings: result.findings.map(findingJson),
        ignored: result.ignored.map((finding) => ({
            ...findingJson(finding),
            reason: finding.reason,
        })),
        files: result.repository.files.map((file) => file.rel),
    }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./packages/cli/src/doctor/format-text.ts
var format_text = __webpack_require__(55721);
// EXTERNAL MODULE: ./packages/cli/src/doctor/repository.ts
var doctor_repository = __webpack_require__(39162);
// EXTERNAL MODULE: ./packages/cli/src/doctor/rules/index.ts + 9 modules
var rules = __webpack_require__(78711);
;// CONCATENATED MODULE: ./packages/cli/src/doctor/command.ts
// `tokenless doctor [PATH]`: reads a repository's workflows and reports release hazards.









const DOCTOR_USAGE = `Usage: tokenless doctor [PATH] [options]

Finds release hazards in a repository's GitHub Actions workflows (.github/workflows/*.yml and the
local actions and reusable workflows they use) and reports each with file:line, what can go wrong
and the fix. PATH is a repository (default: the current directory), a folder of workflows, or one
workflow file.

Options:
  -f, --format text|json|sarif   report format (default text; sarif is for GitHub code scanning)
  -o, --output FILE              write the report to FILE instead of standard output
      --rule ID[,ID]             run only these rules (repeatable)
      --ignore ID[,ID]           skip these rules (repeatable)
      --list-rules               list the rules with their severity and exit
      --fix                      rewrite what is mechanical (see below), keeping comments and layout,
                                 and print what is left to do by hand
      --dry-run                  with --fix: print the changes as a unified diff, write nothing
  -h, --help                     show this help

Accept one finding with a comment on its line (or alone on the line above):
  # tokenless-ignore: RULE-ID the reason the risk is accepted

--fix answers these rules, and only where they found something: long-lived-token (the token
variables and pypa's \`password:\` leave the publish jobs), setup-node-registry-url, id-token-at-
workflow-level (\`permissions: {}\` at the top, \`id-token: write\` in the publishing jobs),
publish-without-id-token, publish-without-environment (\`environment: release\`), npm-too-old,
release-trigger-types (\`types: [published]\`) and release-without-concurrency. Then it prints the
trusted publishers to register, with their exact values, and the secrets to delete.

Exit status: 0 no error-level finding, 1 at least one, 2 a usage error.`;
const OPTIONS = {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    rule: { type: 'string', multiple: true },
    ignore: { type: 'string', multiple: true },
    'list-rules': { type: 'boolean' },
    fix: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function readArgs(args) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw usageErrorOf(error, args);
    }
}
function parseDoctorArgs(args) {
    const { values, positionals } = readArgs(args);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif')
        throw new doctor_repository/* DoctorUsageError */.DL(`unknown format "${format}": use text, json or sarif.`);
    if (positionals.length > 1)
        throw new doctor_repository/* DoctorUsageError */.DL(`give one PATH, not ${positionals.length} (${positionals.join(', ')}).`);
    if (values['dry-run'] && !values.fix)
        throw new doctor_repository/* DoctorUsageError */.DL('--dry-run goes with --fix: tokenless doctor --fix --dry-run.');
    if (values.fix && (format !== 'text' || values.output !== undefined))
        throw new doctor_repository/* DoctorUsageError */.DL('--fix prints its changes as text: leave out --format and --output (run doctor again for a report).');
    return {
        path: positionals[0] ?? '.',
        format,
        output: values.output,
        only: (values.rule ?? []).flatMap(splitIds),
        skip: (values.ignore ?? []).flatMap(splitIds),
        listRules: values['list-rules'] ?? false,
        help: values.help ?? false,
        fix: values.fix ?? false,
        dryRun: values['dry-run'] ?? false,
    };
}
/** node:util's parseArgs error, said in this command's words with the option as typed. */
function usageErrorOf(error, args) {
    // Read as a plain object: node:util's errors may come from another realm (a test's VM).
    const { code, message = '' } = error;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const typed = /'([^']+)'/.exec(message)?.[1] ?? '';
        return new doctor_repository/* DoctorUsageError */.DL(`unknown option ${typed}.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        // A string option with nothing after it, or followed by another option.
        const flag = args.find((arg, index) => {
            const next = args[index + 1];
            return (/^(-f|--format|-o|--output|--rule|--ignore)$/.test(arg) &&
                (next === undefined || (next.startsWith('-') && next !== '-')));
        });
        if (flag !== undefined)
            return new doctor_repository/* DoctorUsageError */.DL(`${flag} needs a value.`);
        const typed = /'([^']+)' does not take an argument/.exec(message)?.[1];
        const given = args.find((arg) => typed !== undefined && arg.startsWith(`${typed}=`));
        if (typed !== undefined)
            return new doctor_repository/* DoctorUsageError */.DL(`${typed} takes no value, got "${given ?? typed}".`);
    }
    return error;
}
function splitIds(text) {
    return text
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
}
function chooseRules(only, skip) {
    const known = new Set(rules/* RULES */.y.map((rule) => rule.id));
    for (const [option, ids] of [
        ['--rule', only],
        ['--ignore', skip],
    ]) {
        const unknown = ids.filter((id) => !known.has(id));
        if (unknown.length > 0)
            throw new doctor_repository/* DoctorUsageError */.DL(`unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in ${option}. Rules: ${[...known].join(', ')}.`);
    }
    return rules/* RULES */.y.filter((rule) => (only.length === 0 || only.includes(rule.id)) && !skip.includes(rule.id));
}
function listRules() {
    const width = Math.max(...rules/* RULES */.y.map((rule) => rule.id.length));
    return `${rules/* RULES */.y.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.title}`).join('\n')}\n`;
}
async function doctorCommand(args, io) {
    let parsed;
    let rules;
    try {
        parsed = parseDoctorArgs(args);
        rules = chooseRules(parsed.only, parsed.skip);
    }
    catch (error) {
        if (!(error instanceof doctor_repository/* DoctorUsageError */.DL))
            throw error;
        io.stderr.write(`tokenless doctor: ${error.message}\n\n${DOCTOR_USAGE}\n`);
        return 2;
    }
    if (parsed.help) {
        io.stdout.write(`${DOCTOR_USAGE}\n`);
        return 0;
    }
    if (parsed.listRules) {
        io.stdout.write(listRules());
        return 0;
    }
    let found;
    try {
        found = (0,doctor_repository/* discoverWorkflows */.KC)((0,external_node_path_.resolve)(io.cwd, parsed.path), parsed.path);
    }
    catch (error) {
        if (!(error instanceof doctor_repository/* DoctorUsageError */.DL))
            throw error;
        io.stderr.write(`tokenless doctor: ${error.message}\n`);
        return 2;
    }
    if (parsed.fix)
        return fixCommand(found.root, found.files, rules, parsed.dryRun, io);
    const repository = (0,doctor_repository/* loadRepository */.rV)(found.root, found.files);
    await (await __webpack_require__.e(/* import() */ 724).then(__webpack_require__.bind(__webpack_require__, 74724))).parseRunScripts(repository);
    const result = (0,analyze/* runDoctor */.j)(repository, rules);
    for (const failure of result.failures)
        io.stderr.write(`tokenless doctor: rule ${failure.rule} failed on this repository (${failure.error}); the other rules ran. Please report it.\n`);
    let report;
    if (parsed.format === 'json')
        report = formatJson(result);
    else if (parsed.format === 'sarif')
        report = (await __webpack_require__.e(/* import() */ 829).then(__webpack_require__.bind(__webpack_require__, 9829))).formatSarif(result, (0,version/* cliVersion */.$)());
    else
        report = (0,format_text/* formatText */.v)(result);
    if (parsed.output !== undefined) {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, parsed.output), report);
        if (parsed.format !== 'text') {
            const { summaryLine } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 55721));
            io.stderr.write(`${summaryLine(result)}\n`);
        }
    }
    else {
        io.stdout.write(report);
    }
    return result.findings.some((finding) => finding.severity === 'error') ||
        result.failures.length > 0
        ? 1
        : 0;
}
async function fixCommand(root, files, rules, dryRun, io) {
    const { fixRepository } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 39964));
    const { FIXABLE_RULES } = await __webpack_require__.e(/* import() */ 755).then(__webpack_require__.bind(__webpack_require__, 84755));
    const { byHandText } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(433)]).then(__webpack_require__.bind(__webpack_require__, 38433));
    const { detectGitHubRepository } = await __webpack_require__.e(/* import() */ 432).then(__webpack_require__.bind(__webpack_require__, 60432));
    const outcome = fixRepository(root, files, rules);
    const out = [];
    if (outcome.files.length === 0) {
        out.push(`tokenless doctor --fix: nothing to fix (no finding of ${FIXABLE_RULES.filter((id) => rules.some((rule) => rule.id === id)).join(', ') || 'the rules --fix answers'} that --fix can change).\n`);
    }
    else {
        const { unifiedDiff } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 19584));
        for (const fix of outcome.files) {
            if (dryRun)
                out.push(unifiedDiff(fix.rel, fix.before, fix.after));
            else
                (0,external_node_fs_.writeFileSync)(fix.path, fix.after);
            out.push(`tokenless doctor --fix: ${dryRun ? 'would change' : 'changed'} ${fix.rel}${dryRun ? ' (--dry-run: nothing written)' : ''}:\n${fix.changes.map((change) => `  ${change}\n`).join('')}`);
        }
        const byHand = byHandText(outcome.repository, outcome.files, await detectGitHubRepository(root));
        if (byHand !== '')
            out.push(`\n${byHand}`);
    }
    const left = outcome.result.findings;
    if (left.length > 0)
        out.push(`\n${left.length} finding${left.length > 1 ? 's' : ''} left that --fix does not change${dryRun && outcome.files.length > 0 ? ' (once fixed)' : ''}: run tokenless doctor to read ${left.length > 1 ? 'them' : 'it'}.\n`);
    io.stdout.write(out.join(''));
    return left.some((finding) => finding.severity === 'error') || outcome.result.failures.length > 0
        ? 1
        : 0;
}


/***/ })

};
