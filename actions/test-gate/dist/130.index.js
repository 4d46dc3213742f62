export const id = 130;
export const ids = [130];
export const modules = {

/***/ 8130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readJUnitReports: () => (/* binding */ readJUnitReports)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __webpack_require__(3993);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./actions/test-gate/src/junit/junit-report.ts


class NotJUnitError extends Error {
    rootElement;
    name = 'NotJUnitError';
    constructor(rootElement) {
        super(`the root element is <${rootElement}>, not <testsuites> or <testsuite>`);
        this.rootElement = rootElement;
    }
}
/** Malformed XML, with the line and column (1-based) where the parser found it. */
class XmlSyntaxError extends Error {
    reason;
    line;
    column;
    name = 'XmlSyntaxError';
    constructor(reason, line, column) {
        super(`${reason} (line ${line}, column ${column})`);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }
}
/** Elements nested deeper than a reader allows (its memory grows with the depth). */
class XmlTooDeepError extends Error {
    limit;
    line;
    name = 'XmlTooDeepError';
    constructor(limit, line) {
        super(`elements are nested more than ${limit.toLocaleString('en-US')} deep`);
        this.limit = limit;
        this.line = line;
    }
}
/** At most this much of a failure's text is kept, for the first line of its message. */
const TEXT_LIMIT = 4096;
/** Real reports nest a few levels; each open level costs the parser a few hundred bytes. */
const DEPTH_LIMIT = 1_000_000;
/** Failed tests kept with their details; the summary lists 50 and annotates 50. */
const FAILED_LIMIT = 1000;
function number(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const parsed = Number(value.replace(/,/g, ''));
    return Number.isFinite(parsed) ? parsed : undefined;
}
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .find((line) => line !== '') ?? '');
}
/** saxes says `3:0: unclosed tag: b`: the reason alone, as a sentence. */
function reasonOf(message) {
    const reason = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const unclosed = /^unclosed tag: (.*)$/.exec(reason);
    if (unclosed) {
        return `The document ends inside <${unclosed[1]}>: it is cut short or a closing tag is missing`;
    }
    return reason.charAt(0).toUpperCase() + reason.slice(1);
}
/**
 * Reads a JUnit XML report in the dialects in use, fed in chunks as it is read from disk:
 * jest-junit, pytest (`file`/`line` on <testcase>), Maven surefire (rerun and flaky children
 * count as passed) and go-junit-report. The XML is parsed by saxes, a streaming parser: time is
 * linear in the size, memory in the depth (bounded by DEPTH_LIMIT), and entities declared in a
 * DOCTYPE are never expanded. Counts come from the <testcase> elements, not the suites'
 * attributes (nested suites would count twice); the time is the root's, else the sum of the top
 * suites', else the cases'. A testcase with both <skipped/> and <failure/> (or <error/>) failed:
 * a failure is never hidden by a skip. `write` and `close` throw XmlSyntaxError for malformed
 * XML, NotJUnitError for another kind of document and XmlTooDeepError past DEPTH_LIMIT.
 */
class JUnitReader {
    options;
    parser = new saxes/* SaxesParser */.wT({ xmlns: false });
    report = {
        tests: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        time: 0,
        failed: [],
    };
    depth = 0;
    root;
    current;
    tagLine = 1;
    rootTime;
    suitesTime = 0;
    suitesTimed = true;
    caseTime = 0;
    collectText = (text) => {
        const current = this.current;
        if (current?.collecting && current.text.length < TEXT_LIMIT) {
            current.text += text.slice(0, TEXT_LIMIT - current.text.length);
        }
    };
    constructor(options = {}) {
        this.options = options;
        const { parser } = this;
        parser.on('error', (error) => {
            throw new XmlSyntaxError(reasonOf(error.message), parser.line, Math.max(1, parser.column));
        });
        // The line of `<name`, where the tag starts; opentag comes at its `>`.
        parser.on('opentagstart', () => {
            this.tagLine = parser.line;
        });
        parser.on('opentag', (tag) => this.open(tag));
        parser.on('closetag', (tag) => this.close(tag.name));
        // Text is only wanted inside <failure> and <error>: saxes gathers none while no handler is set.
        parser.on('cdata', this.collectText);
    }
    write(chunk) {
        this.parser.write(chunk);
    }
    /** Ends the document and returns the report. */
    end() {
        this.parser.close();
        const report = this.report;
        report.time =
            this.rootTime ?? (this.suitesTimed && this.suitesTime > 0 ? this.suitesTime : this.caseTime);
        return report;
    }
    open(tag) {
        const { name, attributes } = tag;
        this.depth++;
        const depth = this.depth;
        if (depth > (this.options.depthLimit ?? DEPTH_LIMIT)) {
            throw new XmlTooDeepError(this.options.depthLimit ?? DEPTH_LIMIT, this.tagLine);
        }
        if (depth === 1) {
            if (name !== 'testsuites' && name !== 'testsuite')
                throw new NotJUnitError(name);
            this.root = name;
            this.rootTime = number(attributes.time);
        }
        if (name === 'testsuite' && depth === 2 && this.root === 'testsuites') {
            const time = number(attributes.time);
            if (time === undefined)
                this.suitesTimed = false;
            else
                this.suitesTime += time;
        }
        if (name === 'testcase') {
            // A <testcase> inside a <testcase> is not one: only the outer one counts.
            if (this.current !== undefined)
                return;
            this.current = {
                name: attributes.name ?? '(unnamed)',
                classname: attributes.classname || undefined,
                file: attributes.file || undefined,
                line: number(attributes.line),
                reportLine: this.tagLine,
                depth,
                outcome: 'passed',
                message: undefined,
                text: '',
                collecting: false,
                time: number(attributes.time) ?? 0,
            };
            return;
        }
        const current = this.current;
        if (current === undefined || depth !== current.depth + 1)
            return;
        if (name === 'failure' || name === 'error') {
            // A case with both keeps the first: pytest writes an error for a failing teardown too.
            if (current.outcome === 'passed' || current.outcome === 'skipped') {
                current.outcome = name === 'failure' ? 'failed' : 'error';
                current.message = attributes.message || undefined;
                current.text = '';
                current.collecting = true;
                this.parser.on('text', this.collectText);
            }
        }
        else if (name === 'skipped' && current.outcome === 'passed') {
            current.outcome = 'skipped';
        }
    }
    close(name) {
        const depth = this.depth;
        this.depth--;
        const current = this.current;
        if (current === undefined)
            return;
        if (current.collecting && depth === current.depth + 1) {
            current.collecting = false;
            this.parser.off('text');
        }
        if (name !== 'testcase' || depth !== current.depth)
            return;
        const report = this.report;
        report.tests++;
        this.caseTime += current.time;
        if (current.outcome === 'skipped')
            report.skipped++;
        else if (current.outcome === 'failed' || current.outcome === 'error') {
            if (current.outcome === 'failed')
                report.failures++;
            else
                report.errors++;
            if (report.failed.length < (this.options.failedLimit ?? FAILED_LIMIT)) {
                report.failed.push({
                    name: current.name,
                    classname: current.classname,
                    outcome: current.outcome,
                    message: firstLine(current.message ?? current.text) || current.outcome,
                    file: current.file,
                    line: current.line,
                    reportLine: current.reportLine,
                });
            }
        }
        this.current = undefined;
    }
}
/** Reads a whole report held in memory (tests and tools; the action streams its files). */
function parseJUnitReport(xml) {
    const reader = new JUnitReader();
    reader.write(xml);
    return reader.end();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/test-gate/src/junit/report-file.ts




/** A report larger than this is refused unread: no test reporter writes one. */
const REPORT_SIZE_LIMIT = 256 * 1024 * 1024;
/** More reports than this is a glob that matches far more than the test reports. */
const REPORT_COUNT_LIMIT = 10_000;
const CHUNK_BYTES = 64 * 1024;
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
}
function outOfTime(name, limits, read, size) {
    throw new src/* ConfigurationError */.j1(`Reading the JUnit report ${name} was stopped at ${limits.deadlineName}, which bounds the tests and the reading of their reports together (${read} of ${size} bytes read). Raise timeout-minutes, or look at the report: one this slow to read is broken or far too large.`, { location: { file: name, line: 1 }, input: 'timeout-minutes', title: 'JUnit report not read' });
}
/**
 * Streams one report file into a JUnitReader, 64 KiB at a time, so that memory does not grow
 * with the file. A file over the size limit, one that is not a regular file, running past the
 * deadline, malformed XML (with its file and line), a document that is not a JUnit report and
 * nesting past the depth limit are ConfigurationErrors naming the file.
 */
async function readReportFile(file, name, limits) {
    const now = limits.now ?? Date.now;
    // O_NONBLOCK: a FIFO put where a report was expected must not hang the open.
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const stat = await handle.stat();
        if (!stat.isFile()) {
            throw new src/* ConfigurationError */.j1(`${name} is not a regular file. Point junit at the JUnit XML files the tests wrote.`, { input: 'junit' });
        }
        const sizeLimit = limits.sizeLimit ?? REPORT_SIZE_LIMIT;
        if (stat.size > sizeLimit) {
            throw new src/* ConfigurationError */.j1(`${name} is ${mebibytes(stat.size)}, more than the ${mebibytes(sizeLimit)} a JUnit report may be: it was not read. Check that junit matches only the JUnit reports, and that the tests do not write their whole output into them.`, { location: { file: name, line: 1 }, input: 'junit', title: 'JUnit report too large' });
        }
        if (now() > limits.deadline)
            outOfTime(name, limits, 0, stat.size);
        const reader = new JUnitReader({ depthLimit: limits.depthLimit });
        const stream = handle.createReadStream({
            encoding: 'utf8',
            highWaterMark: CHUNK_BYTES,
            autoClose: false,
        });
        let read = 0;
        try {
            for await (const chunk of stream) {
                if (now() > limits.deadline)
                    outOfTime(name, limits, read, stat.size);
                read += Buffer.byteLength(chunk);
                // A file that grows while it is read is held to the same limit.
                if (read > sizeLimit) {
                    throw new src/* ConfigurationError */.j1(`${name} grew past ${mebibytes(sizeLimit)} while it was read: it is still being written. Read the reports after the tests have ended.`, { location: { file: name, line: 1 }, input: 'junit', title: 'JUnit report too large' });
                }
                reader.write(chunk);
            }
            return reader.end();
        }
        catch (error) {
            throw explain(error, name);
        }
        finally {
            stream.destroy();
        }
    }
    finally {
        await handle.close();
    }
}
function explain(error, name) {
    if (error instanceof XmlSyntaxError) {
        return new src/* ConfigurationError */.j1(`${name}:${error.line}:${error.column} is not well-formed XML: ${error.reason}. The test reporter wrote a broken report (was it cut short by a crash or a full disk?).`, {
            location: { file: name, line: error.line, column: error.column },
            title: 'Malformed JUnit report',
        });
    }
    if (error instanceof NotJUnitError) {
        return new src/* ConfigurationError */.j1(`${name} is not a JUnit report: ${error.message}. Point junit at the JUnit XML files only.`, { location: { file: name, line: 1 }, input: 'junit' });
    }
    if (error instanceof XmlTooDeepError) {
        return new src/* ConfigurationError */.j1(`${name}:${error.line} nests elements more than ${error.limit.toLocaleString('en-US')} deep: it was not read further. No test reporter writes this: point junit at the JUnit reports only.`, { location: { file: name, line: error.line }, title: 'JUnit report too deep' });
    }
    return error;
}

;// CONCATENATED MODULE: ./actions/test-gate/src/junit/junit-files.ts




function slash(path) {
    return path.split('\\').join('/');
}
/** Test files in reports are relative to where the tests ran (pytest's rootdir, jest's cwd). */
function sourceFileOf(file, cwd, workspace) {
    if (file === undefined)
        return undefined;
    const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file);
    const path = (0,external_node_path_.relative)(workspace, absolute);
    return path.startsWith('..') || (0,external_node_path_.isAbsolute)(path) ? slash(file) : slash(path);
}
/**
 * Reads every report the globs match (relative to cwd), one after the other, streamed, within
 * the limits (the deadline above all). A glob matching no file, malformed XML (with its file and
 * line), a document that is not a JUnit report and a limit passed are ConfigurationErrors.
 */
async function readJUnitReports(patterns, cwd, workspace, limits) {
    const files = new Set();
    for (const pattern of patterns) {
        const matched = await (0,src/* globFilesInWorkspace */.KL)(workspace, pattern, { input: 'junit', cwd });
        if (matched.length === 0) {
            throw new src/* ConfigurationError */.j1(`The junit glob ${pattern} matches no file in ${slash((0,external_node_path_.relative)(workspace, cwd)) || '.'}. The tests wrote no report there: check the reporter's output path (jest-junit's outputDirectory, pytest --junitxml, surefire's reportsDirectory) and the glob.`, { input: 'junit' });
        }
        for (const file of matched)
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
    if (files.size > REPORT_COUNT_LIMIT) {
        throw new src/* ConfigurationError */.j1(`The junit globs match ${files.size} files, more than the ${REPORT_COUNT_LIMIT} reports test-gate reads: none was read. Make the globs match only the JUnit reports (e.g. reports/junit-*.xml, not **/*.xml).`, { input: 'junit' });
    }
    for (const file of files) {
        const name = slash((0,external_node_path_.relative)(workspace, file));
        const report = await readReportFile(file, name, limits);
        results.reports.push(name);
        results.tests += report.tests;
        results.failures += report.failures;
        results.errors += report.errors;
        results.skipped += report.skipped;
        results.time += report.time;
        for (const failed of report.failed.slice(0, FAILED_LIMIT - results.failed.length)) {
            results.failed.push({
                ...failed,
                report: name,
                sourceFile: sourceFileOf(failed.file, cwd, workspace),
            });
        }
    }
    return results;
}


/***/ })

};
