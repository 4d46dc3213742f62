export const id = 857;
export const ids = [857];
export const modules = {

/***/ 7857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readJUnitReports: () => (/* binding */ readJUnitReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4516);
/* harmony import */ var _junit_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8066);
/* harmony import */ var _xml_tokenizer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1278);





function slash(path) {
    return path.split('\\').join('/');
}
/** Test files in reports are relative to where the tests ran (pytest's rootdir, jest's cwd). */
function sourceFileOf(file, cwd, workspace) {
    if (file === undefined)
        return undefined;
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, absolute);
    return path.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? slash(file) : slash(path);
}
/**
 * Reads every report the globs match (relative to cwd). A glob matching no file, malformed XML
 * (with its file and line) and a document that is not a JUnit report are ConfigurationErrors.
 */
async function readJUnitReports(patterns, cwd, workspace) {
    const files = new Set();
    for (const pattern of patterns) {
        const matched = [];
        for await (const entry of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd, withFileTypes: true })) {
            if (entry.isFile())
                matched.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(entry.parentPath, entry.name));
        }
        if (matched.length === 0) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The junit glob ${pattern} matches no file in ${slash((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, cwd)) || '.'}. The tests wrote no report there: check the reporter's output path (jest-junit's outputDirectory, pytest --junitxml, surefire's reportsDirectory) and the glob.`, { input: 'junit' });
        }
        for (const file of matched.sort())
            files.add(file);
    }
    const results = {
        tests: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        time: 0,
        reports: [],
        failed: [],
    };
    for (const file of files) {
        const name = slash((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file));
        const report = parseReport(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), name);
        results.reports.push(name);
        results.tests += report.tests;
        results.failures += report.failures;
        results.errors += report.errors;
        results.skipped += report.skipped;
        results.time += report.time;
        for (const failed of report.failed) {
            results.failed.push({
                ...failed,
                report: name,
                sourceFile: sourceFileOf(failed.file, cwd, workspace),
            });
        }
    }
    return results;
}
function parseReport(xml, name) {
    try {
        return (0,_junit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJUnitReport */ .uT)(xml);
    }
    catch (error) {
        if (error instanceof _xml_tokenizer_js__WEBPACK_IMPORTED_MODULE_4__/* .XmlSyntaxError */ .R) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name}:${error.line}:${error.column} is not well-formed XML: ${error.reason}. The test reporter wrote a broken report (was it cut short by a crash or a full disk?).`, {
                location: { file: name, line: error.line, column: error.column },
                title: 'Malformed JUnit report',
            });
        }
        if (error instanceof _junit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .NotJUnitError */ .GK) {
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} is not a JUnit report: ${error.message}. Point junit at the JUnit XML files only.`, { location: { file: name, line: 1 }, input: 'junit' });
        }
        throw error;
    }
}


/***/ })

};
