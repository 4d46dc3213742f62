export const id = 829;
export const ids = [829];
export const modules = {

/***/ 9829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatSarif: () => (/* binding */ formatSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it (github/codeql-action/upload-sarif):
// every rule with its help and default level, every finding with its region and a fingerprint
// that survives lines moving, ignored findings as in-source suppressions.

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
function ruleHelp(rule) {
    const text = `${rule.title}\n\nWhy: ${rule.why}\n\nFix: ${rule.fix}`;
    const markdown = `${rule.title}\n\n**Why.** ${rule.why}\n\n**Fix.** ${rule.fix}\n\nWith the hazard:\n\n\`\`\`yaml\n${rule.bad}\`\`\`\n\nWithout it:\n\n\`\`\`yaml\n${rule.good}\`\`\`\n`;
    return { text, markdown };
}
function fingerprint(finding, occurrence) {
    const source = (finding.file.lines[finding.position.line - 1] ?? '').trim();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${finding.rule}\0${finding.file.rel}\0${source}\0${occurrence}`)
        .digest('hex')
        .slice(0, 32);
}
function formatSarif(result, version) {
    const rules = result.rules;
    const index = new Map(rules.map((rule, position) => [rule.id, position]));
    const occurrences = new Map();
    const toResult = (finding, suppression) => {
        const { line, column, endLine, endColumn } = finding.position;
        const key = `${finding.rule}\0${finding.file.rel}\0${(finding.file.lines[line - 1] ?? '').trim()}`;
        const occurrence = occurrences.get(key) ?? 0;
        occurrences.set(key, occurrence + 1);
        return {
            ruleId: finding.rule,
            ...(index.has(finding.rule) ? { ruleIndex: index.get(finding.rule) } : {}),
            level: finding.severity,
            message: { text: `${finding.message}\nFix: ${finding.fix}` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: finding.file.rel, uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: line,
                            startColumn: column,
                            ...(endLine > line || endColumn > column ? { endLine, endColumn } : {}),
                        },
                    },
                },
            ],
            partialFingerprints: { 'tokenlessFindingHash/v1': fingerprint(finding, occurrence) },
            ...(suppression !== undefined
                ? { suppressions: [{ kind: 'inSource', justification: suppression }] }
                : {}),
        };
    };
    // Typed against the SARIF 2.1.0 object model (@types/sarif): the compiler checks the shape.
    const sarif = {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'tokenless doctor',
                        semanticVersion: version,
                        rules: rules.map((rule) => ({
                            id: rule.id,
                            name: rule.id
                                .split('-')
                                .map((word) => word[0].toUpperCase() + word.slice(1))
                                .join(''),
                            shortDescription: { text: rule.title },
                            fullDescription: { text: rule.why },
                            help: ruleHelp(rule),
                            defaultConfiguration: { level: rule.severity },
                            properties: {
                                tags: ['security', 'release'],
                                precision: 'high',
                                'problem.severity': rule.severity === 'note' ? 'recommendation' : rule.severity,
                            },
                        })),
                    },
                },
                automationDetails: { id: 'tokenless-doctor/' },
                originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(result.repository.root) } },
                results: [
                    ...result.findings.map((finding) => toResult(finding)),
                    ...result.ignored.map((finding) => toResult(finding, finding.reason)),
                ],
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
function pathToFileUri(path) {
    const withSlash = path.endsWith('/') ? path : `${path}/`;
    return `file://${withSlash.split('/').map(encodeURIComponent).join('/')}`;
}


/***/ })

};
