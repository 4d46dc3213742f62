import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8066:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ NotJUnitError),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   uT: () => (/* binding */ parseJUnitReport)
/* harmony export */ });
/* harmony import */ var _xml_tokenizer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1278);

class NotJUnitError extends Error {
    rootElement;
    name = 'NotJUnitError';
    constructor(rootElement) {
        super(`the root element is <${rootElement}>, not <testsuites> or <testsuite>`);
        this.rootElement = rootElement;
    }
}
/** At most this much of a failure's text is kept, for the first line of its message. */
const TEXT_LIMIT = 4096;
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
/**
 * Reads a JUnit XML report in the dialects in use: jest-junit, pytest (`file`/`line` on
 * <testcase>), Maven surefire (rerun and flaky children count as passed) and go-junit-report.
 * Counts come from the <testcase> elements, not the suites' attributes (nested suites would
 * count twice); the time is the root's, else the sum of the top suites', else the cases'.
 * Throws XmlSyntaxError for malformed XML and NotJUnitError for another kind of document.
 */
function parseJUnitReport(xml) {
    const report = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0, failed: [] };
    const stack = [];
    let current;
    let rootTime;
    let suitesTime = 0;
    let suitesTimed = true;
    let caseTime = 0;
    (0,_xml_tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenizeXml */ .H)(xml, {
        openElement(name, attributes, line) {
            const depth = stack.length;
            stack.push(name);
            if (depth === 0) {
                if (name !== 'testsuites' && name !== 'testsuite')
                    throw new NotJUnitError(name);
                rootTime = number(attributes.get('time'));
            }
            if (name === 'testsuite' && depth === 1 && stack[0] === 'testsuites') {
                const time = number(attributes.get('time'));
                if (time === undefined)
                    suitesTimed = false;
                else
                    suitesTime += time;
            }
            if (name === 'testcase') {
                current = {
                    name: attributes.get('name') ?? '(unnamed)',
                    classname: attributes.get('classname') || undefined,
                    file: attributes.get('file') || undefined,
                    line: number(attributes.get('line')),
                    reportLine: line,
                    outcome: 'passed',
                    message: undefined,
                    text: '',
                    collecting: false,
                    time: number(attributes.get('time')) ?? 0,
                };
                return;
            }
            if (current === undefined || stack[stack.length - 2] !== 'testcase')
                return;
            if (name === 'failure' || name === 'error') {
                // A case with both keeps the first: pytest writes an error for a failing teardown too.
                if (current.outcome === 'passed' || current.outcome === 'skipped') {
                    current.outcome = name === 'failure' ? 'failed' : 'error';
                    current.message = attributes.get('message') || undefined;
                    current.text = '';
                    current.collecting = true;
                }
            }
            else if (name === 'skipped' && current.outcome === 'passed') {
                current.outcome = 'skipped';
            }
        },
        closeElement(name) {
            stack.pop();
            if (current === undefined)
                return;
            if (name === 'failure' || name === 'error')
                current.collecting = false;
            if (name !== 'testcase')
                return;
            report.tests++;
            caseTime += current.time;
            if (current.outcome === 'skipped')
                report.skipped++;
            else if (current.outcome === 'failed' || current.outcome === 'error') {
                if (current.outcome === 'failed')
                    report.failures++;
                else
                    report.errors++;
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
            current = undefined;
        },
        text(text) {
            if (current?.collecting && current.text.length < TEXT_LIMIT) {
                current.text += text.slice(0, TEXT_LIMIT - current.text.length);
            }
        },
    });
    report.time = rootTime ?? (suitesTimed && suitesTime > 0 ? suitesTime : caseTime);
    return report;
}
/** `Class › test`, or the test alone when the class says nothing more (jest-junit's default). */
function displayName(test) {
    if (test.classname === undefined || test.classname === test.name)
        return test.name;
    return `${test.classname} › ${test.name}`;
}


/***/ }),

/***/ 1278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ tokenizeXml),
/* harmony export */   R: () => (/* binding */ XmlSyntaxError)
/* harmony export */ });
/**
 * A small SAX-style XML tokenizer for what JUnit reports use: elements, attributes, the five
 * predefined entities and character references, CDATA, comments, processing instructions and a
 * DOCTYPE (skipped). It builds no tree, so a report of 50,000 test cases costs one pass and
 * little memory. Well-formedness errors carry the line and column they were found at.
 */
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
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const WHITESPACE = /[ \t\r\n]*/y;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function tokenizeXml(source, handler) {
    new Tokenizer(source, handler).run();
}
class Tokenizer {
    source;
    handler;
    position = 0;
    lineStart = 0;
    line = 1;
    /** The position up to which newlines have been counted. */
    counted = 0;
    open = [];
    sawRoot = false;
    constructor(source, handler) {
        this.source = source;
        this.handler = handler;
        if (source.charCodeAt(0) === 0xfeff)
            this.position = this.counted = this.lineStart = 1;
    }
    run() {
        const { source } = this;
        while (this.position < source.length) {
            const next = source.indexOf('<', this.position);
            const end = next === -1 ? source.length : next;
            if (end > this.position)
                this.characterData(this.position, end);
            if (next === -1)
                break;
            this.position = next;
            this.markup();
        }
        if (this.open.length > 0) {
            this.fail(`The document ends inside <${this.open[this.open.length - 1]}>: it is cut short or a closing tag is missing`);
        }
        if (!this.sawRoot)
            this.fail('The document has no root element');
    }
    markup() {
        const { source } = this;
        if (source.startsWith('<!--', this.position)) {
            const close = source.indexOf('-->', this.position + 4);
            if (close === -1)
                this.fail('A comment is not closed with -->');
            this.position = close + 3;
        }
        else if (source.startsWith('<![CDATA[', this.position)) {
            if (this.open.length === 0)
                this.fail('CDATA outside the root element');
            const close = source.indexOf(']]>', this.position + 9);
            if (close === -1)
                this.fail('A CDATA section is not closed with ]]>');
            this.handler.text(source.slice(this.position + 9, close));
            this.position = close + 3;
        }
        else if (source.startsWith('<?', this.position)) {
            const close = source.indexOf('?>', this.position + 2);
            if (close === -1)
                this.fail('A processing instruction is not closed with ?>');
            this.position = close + 2;
        }
        else if (source.startsWith('<!DOCTYPE', this.position)) {
            this.doctype();
        }
        else if (source.startsWith('</', this.position)) {
            this.endTag();
        }
        else {
            this.startTag();
        }
    }
    doctype() {
        let depth = 0;
        for (let index = this.position + 9; index < this.source.length; index++) {
            const char = this.source[index];
            if (char === '[')
                depth++;
            else if (char === ']')
                depth--;
            else if (char === '>' && depth <= 0) {
                this.position = index + 1;
                return;
            }
        }
        this.fail('A DOCTYPE is not closed with >');
    }
    startTag() {
        if (this.open.length === 0 && this.sawRoot)
            this.fail('Markup after the root element has ended');
        const line = this.lineAt(this.position);
        this.position++;
        const name = this.name('an element name after <');
        const attributes = new Map();
        for (;;) {
            const spaced = this.skipWhitespace();
            const char = this.source[this.position];
            if (char === '>' || char === '/')
                break;
            if (char === undefined)
                this.fail(`The tag <${name} is not closed with >`);
            if (!spaced)
                this.fail(`Expected whitespace, > or /> in the tag <${name}>`);
            const attribute = this.name(`an attribute name or > in the tag <${name}>`);
            this.skipWhitespace();
            if (this.source[this.position] !== '=')
                this.fail(`The attribute ${attribute} of <${name}> has no = and value`);
            this.position++;
            this.skipWhitespace();
            const quote = this.source[this.position];
            if (quote !== '"' && quote !== "'")
                this.fail(`The value of the attribute ${attribute} of <${name}> is not quoted`);
            const close = this.source.indexOf(quote, this.position + 1);
            if (close === -1)
                this.fail(`The value of the attribute ${attribute} of <${name}> is not closed`);
            const raw = this.source.slice(this.position + 1, close);
            if (raw.includes('<'))
                this.fail(`The value of the attribute ${attribute} of <${name}> contains <, which must be written &lt;`);
            if (attributes.has(attribute))
                this.fail(`The attribute ${attribute} appears twice in <${name}>`);
            // Literal whitespace is normalised; &#10; stays a newline (XML's attribute-value rule).
            attributes.set(attribute, this.decode(raw.replace(/[\t\r\n]/g, ' '), this.position + 1));
            this.position = close + 1;
        }
        const selfClosing = this.source[this.position] === '/';
        if (selfClosing) {
            if (this.source[this.position + 1] !== '>')
                this.fail(`Expected > after / in the tag <${name}>`);
            this.position += 2;
        }
        else {
            this.position++;
        }
        this.sawRoot = true;
        this.handler.openElement(name, attributes, line);
        if (selfClosing)
            this.handler.closeElement(name);
        else
            this.open.push(name);
    }
    endTag() {
        const start = this.position;
        this.position += 2;
        const name = this.name('an element name after </');
        this.skipWhitespace();
        if (this.source[this.position] !== '>')
            this.fail(`The closing tag </${name} is not closed with >`);
        const expected = this.open.pop();
        if (expected === undefined)
            this.fail(`The closing tag </${name}> has no opening tag`);
        if (expected !== name) {
            this.position = start;
            this.fail(`The closing tag </${name}> does not match the open element <${expected}>`);
        }
        this.position++;
        this.handler.closeElement(name);
    }
    characterData(start, end) {
        const raw = this.source.slice(start, end);
        if (this.open.length === 0) {
            if (raw.trim() !== '') {
                this.position = start + raw.search(/\S/);
                this.fail(this.sawRoot ? 'Text after the root element has ended' : 'Text before the root element');
            }
            this.position = end;
            return;
        }
        this.handler.text(raw.includes('&') ? this.decode(raw, start) : raw);
        this.position = end;
    }
    decode(raw, offset) {
        return raw.replace(/&([^;&\s<]*)(;?)/g, (match, entity, semicolon, index) => {
            const fail = (reason) => {
                this.position = offset + index;
                return this.fail(reason);
            };
            if (semicolon !== ';')
                return fail(`A bare & (write &amp;) or an entity without ; near "${match}"`);
            const predefined = PREDEFINED[entity];
            if (predefined !== undefined)
                return predefined;
            const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(entity);
            if (numeric) {
                const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10);
                if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                    return fail(`The character reference &${entity}; is not a valid character`);
                }
                return String.fromCodePoint(code);
            }
            return fail(`The entity &${entity}; is not defined (XML knows &lt; &gt; &amp; &quot; &apos;)`);
        });
    }
    name(what) {
        const first = this.source[this.position];
        if (first === undefined || !NAME_START.test(first))
            this.fail(`Expected ${what}`);
        NAME.lastIndex = this.position + 1;
        NAME.exec(this.source);
        const name = this.source.slice(this.position, NAME.lastIndex);
        this.position = NAME.lastIndex;
        return name;
    }
    skipWhitespace() {
        WHITESPACE.lastIndex = this.position;
        WHITESPACE.exec(this.source);
        const moved = WHITESPACE.lastIndex > this.position;
        this.position = WHITESPACE.lastIndex;
        return moved;
    }
    lineAt(position) {
        if (position < this.counted) {
            this.line = 1;
            this.lineStart = this.counted = 0;
        }
        for (let index = this.source.indexOf('\n', this.counted); index !== -1 && index < position; index = this.source.indexOf('\n', index + 1)) {
            this.line++;
            this.lineStart = index + 1;
        }
        this.counted = position;
        return this.line;
    }
    fail(reason) {
        const line = this.lineAt(this.position);
        throw new XmlSyntaxError(reason, line, this.position - this.lineStart + 1);
    }
}


/***/ }),

/***/ 4516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ configuration_error_ConfigurationError),
  tE: () => (/* reexport */ booleanInput),
  $A: () => (/* reexport */ integerInput),
  p0: () => (/* reexport */ isConfigurationError),
  dt: () => (/* reexport */ listInput),
  yw: () => (/* reexport */ multilineInput),
  $m: () => (/* reexport */ optionalInput),
  JD: () => (/* reexport */ repositoryInput),
  Cs: () => (/* reexport */ runAction)
});

// UNUSED EXPORTS: Summary, appendKeyValue, createLogger, createRunnerContext, enumInput, escapeData, escapeProperty, execProcess, formatCommand, httpRequest, inputEnvironmentName, mapWithConcurrency, maskingWriter, optionalBooleanInput, parseRepository, readEvent, reportFailure, requiredInput, writeSummary

;// CONCATENATED MODULE: ./packages/action-kit/src/configuration-error.ts
/**
 * A mistake the user can fix: the message says what was found, where, and the fix.
 * runAction reports it as an error annotation (on the file and line when known) without a stack.
 */
class configuration_error_ConfigurationError extends Error {
    name = 'ConfigurationError';
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
    return error instanceof configuration_error_ConfigurationError;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts
/** Runs a program without a shell, collecting its output; never throws on a non-zero exit. */
const execProcess = async (command, args, options = {}) => {
    // Loaded on first use: child_process costs start-up time that a failing run never needs.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            if (!options.silent)
                process.stdout.write(chunk);
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            if (!options.silent)
                process.stderr.write(chunk);
        });
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({
            exitCode: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
        }));
        child.stdin.end(options.input ?? '');
    });
};

;// CONCATENATED MODULE: ./packages/action-kit/src/runner-files.ts


/**
 * Appends `name<<delimiter\nvalue\ndelimiter` to a runner file command (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE), the form that is safe for any value, multi-line included.
 */
function appendKeyValue(file, name, value) {
    // Unique per call; node:crypto is not loaded for this (start-up time), and a collision with
    // the value is checked below rather than assumed away.
    const delimiter = `ghadelimiter_${process.hrtime.bigint().toString(36)}${Math.random().toString(36).slice(2)}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected delimiter collision while writing ${name}`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts
class Summary {
    parts = [];
    get isEmpty() {
        return this.parts.length === 0;
    }
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.parts.push(text);
        return this;
    }
    /** A markdown table; cells are escaped so that `|` and newlines cannot break it. */
    table(header, rows) {
        const line = (cells) => `| ${cells.map((cell) => escapeCell(cell)).join(' | ')} |`;
        this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n'));
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(items.map((item) => `- ${item}`).join('\n'));
        return this;
    }
    code(text, language = '') {
        this.parts.push(`\`\`\`${language}\n${text}\n\`\`\``);
        return this;
    }
    details(label, body) {
        this.parts.push(`<details><summary>${label}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    render() {
        return this.parts.length === 0 ? '' : `${this.parts.join('\n\n')}\n`;
    }
}
function escapeCell(cell) {
    if (cell === undefined)
        return '';
    return String(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/workflow-commands.ts
/**
 * The runner's workflow commands (`::error file=a,line=1::message`), written to stdout.
 * Implemented here rather than loaded from @actions/core so that an action starts fast:
 * the protocol is a few lines, @actions/core with its HTTP client is a megabyte to parse.
 */
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function escapeData(value) {
    return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/context.ts






function inputEnvironmentName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function readEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    let payload = {};
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return { name: env.GITHUB_EVENT_NAME || undefined, payload };
}
function createLogger(write) {
    return {
        info: (message) => write(message),
        debug: (message) => write(formatCommand('debug', {}, message)),
        notice: (message, annotation = {}) => write(formatCommand('notice', { ...annotation }, message)),
        warning: (message, annotation = {}) => write(formatCommand('warning', { ...annotation }, message)),
        error: (message, annotation = {}) => write(formatCommand('error', { ...annotation }, message)),
        async group(name, body) {
            write(formatCommand('group', {}, name));
            try {
                return await body();
            }
            finally {
                write(formatCommand('endgroup', {}, ''));
            }
        },
    };
}
/** A writer that replaces every registered secret with `***` before the line leaves. */
function maskingWriter(write, secrets) {
    return (line) => {
        let masked = line;
        for (const secret of secrets)
            masked = masked.split(secret).join('***');
        write(masked);
    };
}
/** The context of a real run: inputs from INPUT_*, outputs to GITHUB_OUTPUT, and so on. */
function createRunnerContext(env = process.env, write = (line) => process.stdout.write(`${line}${external_node_os_namespaceObject.EOL}`)) {
    const secrets = new Set();
    const safeWrite = maskingWriter(write, secrets);
    return {
        getInput: (name) => env[inputEnvironmentName(name)] ?? '',
        setOutput(name, value) {
            const file = env.GITHUB_OUTPUT;
            if (file)
                appendKeyValue(file, name, String(value));
            else
                safeWrite(formatCommand('set-output', { name }, String(value)));
        },
        setSecret(value) {
            if (value === '')
                return;
            write(formatCommand('add-mask', {}, value));
            secrets.add(value);
        },
        summary: new Summary(),
        log: createLogger(safeWrite),
        exec: execProcess,
        env,
        event: readEvent(env),
        now: new Date(),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
    };
}
/** Appends the summary to GITHUB_STEP_SUMMARY; without one (a local run) it is printed. */
function writeSummary(context, write) {
    const markdown = context.summary.render();
    if (markdown === '')
        return;
    const file = context.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
    else
        write(markdown);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/repository.ts
/** `owner/repo` (GITHUB_REPOSITORY) into its parts; undefined when it is not of that form. */
function parseRepository(text) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text?.trim() ?? '');
    return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts


const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** The trimmed value; an empty input is `undefined`. */
function optionalInput(source, name) {
    const value = source.getInput(name).trim();
    return value === '' ? undefined : value;
}
function requiredInput(source, name, hint = '') {
    const value = optionalInput(source, name);
    if (value === undefined) {
        throw new ConfigurationError(`Input ${name} is required but was not given.${hint ? ` ${hint}` : ''}`, {
            input: name,
        });
    }
    return value;
}
/** YAML 1.2 core booleans only: `tru` or `yes` is an error, never a silent false. */
function booleanInput(source, name, defaultValue) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return defaultValue;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new configuration_error_ConfigurationError(`Input ${name} is "${value}", which is not a boolean. Use true or false.`, { input: name });
}
function enumInput(source, name, allowed, defaultValue) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return defaultValue;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined) {
        throw new ConfigurationError(`Input ${name} is "${value}", which is not one of: ${allowed.join(', ')}.`, { input: name });
    }
    return match;
}
/** One item per line; blank lines and lines starting with `#` are ignored. */
function multilineInput(source, name) {
    return source
        .getInput(name)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Items separated by newlines or commas (`main, release/*`). */
function listInput(source, name) {
    return multilineInput(source, name)
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function integerInput(source, name, options) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return options.defaultValue;
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new configuration_error_ConfigurationError(`Input ${name} is "${value}", which is not a whole number from ${min} to ${max}.`, { input: name });
    }
    return Number(value);
}
/** A boolean that may be left out: `undefined` then, for the action to derive. */
function optionalBooleanInput(source, name) {
    return optionalInput(source, name) === undefined ? undefined : booleanInput(source, name, false);
}
function repositoryInput(source, required) {
    const text = optionalInput(source, 'repository') ?? (source.env.GITHUB_REPOSITORY || undefined);
    if (text === undefined) {
        if (!required)
            return undefined;
        throw new configuration_error_ConfigurationError('No repository: GITHUB_REPOSITORY is not set and the repository input is empty. Set repository: owner/repo.', { input: 'repository' });
    }
    const repository = parseRepository(text);
    if (repository === undefined) {
        throw new configuration_error_ConfigurationError(`Input repository is "${text}", which is not of the form owner/repo.`, {
            input: 'repository',
        });
    }
    return repository;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts



/**
 * Runs an action: anything thrown (an Error or not) fails the step with a message, a
 * ConfigurationError as an annotation on its file and line; the summary is written either way.
 */
async function runAction(run, context = createRunnerContext()) {
    try {
        await run(context);
    }
    catch (error) {
        reportFailure(context, error);
        process.exitCode = 1;
    }
    finally {
        try {
            writeSummary(context, (text) => process.stdout.write(`${text}${external_node_os_namespaceObject.EOL}`));
        }
        catch (error) {
            context.log.warning(`Could not write the job summary: ${describe(error)}`);
        }
    }
}
function reportFailure(context, error) {
    if (isConfigurationError(error)) {
        const location = error.location;
        context.log.error(error.message, {
            title: error.title,
            file: location?.file,
            line: location?.line,
            endLine: location?.endLine,
            col: location?.column,
        });
        context.summary.paragraph(`**Failed:** ${error.message}`);
        return;
    }
    const message = describe(error);
    if (error instanceof Error && error.stack)
        context.log.debug(error.stack);
    context.log.error(message);
    context.summary.paragraph(`**Failed:** ${message}`);
}
function describe(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return `Non-error thrown: ${JSON.stringify(error)}`;
    }
    catch {
        return `Non-error thrown: ${String(error)}`;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts













/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 10 modules
var src = __nccwpck_require__(4516);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./actions/test-gate/src/junit/junit-report.ts
var junit_report = __nccwpck_require__(8066);
;// CONCATENATED MODULE: ./actions/test-gate/src/gate-summary.ts

/** Failed tests listed by name in the summary and the check run. */
const LISTED_FAILURES = 50;
function seconds(value) {
    return `${value.toFixed(1)} s`;
}
function describeCounts(junit) {
    return `${junit.tests} tests, ${junit.failures} failed, ${junit.errors} errors, ${junit.skipped} skipped, ${seconds(junit.time)}`;
}
function failedTestLines(junit) {
    return junit.failed.slice(0, LISTED_FAILURES).map((test) => {
        const where = test.sourceFile ? ` (${test.sourceFile}${test.line ? `:${test.line}` : ''})` : '';
        return `\`${(0,junit_report/* displayName */.QC)(test)}\`${where}: ${test.message}`;
    });
}
function failedTestsHeading(junit) {
    const total = junit.failed.length;
    return total > LISTED_FAILURES
        ? `Failed tests (first ${LISTED_FAILURES} of ${total})`
        : `Failed tests (${total})`;
}
function renderGate(summary, result, context) {
    const passed = result.reasons.length === 0;
    summary.heading(`test-gate: ${passed ? 'passed' : 'failed'}${context.sha ? ` on ${context.sha.slice(0, 7)}` : ''}`);
    const rows = [];
    const command = result.command;
    if (command) {
        rows.push([
            'Commands',
            command.timedOut
                ? `stopped at timeout-minutes after ${seconds(command.seconds)}`
                : `exited ${command.exitCode} after ${seconds(command.seconds)}`,
        ]);
    }
    const junit = result.junit;
    if (junit)
        rows.push(['JUnit', `${describeCounts(junit)} (${junit.reports.join(', ')})`]);
    const checks = result.checks;
    if (checks) {
        const succeeded = checks.checks.filter((check) => check.conclusion === 'success').length;
        rows.push(['Required checks', `${succeeded} of ${checks.checks.length} succeeded`]);
    }
    if (rows.length > 0)
        summary.table(['Gate', 'Result'], rows);
    if (!passed)
        summary.list(result.reasons);
    if (junit && junit.failed.length > 0) {
        summary.heading(failedTestsHeading(junit), 3);
        summary.list(failedTestLines(junit));
    }
    if (checks && checks.checks.length > 0) {
        summary.heading('Required checks', 3);
        summary.table(['Check', 'Kind', 'Conclusion', 'Link'], checks.checks.map((check) => [
            check.name,
            check.kind,
            check.conclusion,
            check.url ? `[details](${check.url})` : '',
        ]));
    }
    if (context.recorded) {
        const name = 'tokenless/test-gate';
        summary.paragraph(`Recorded as the check run ${context.recorded.url ? `[${name}](${context.recorded.url})` : name} (id ${context.recorded.id}), which publish-oidc's require-gate reads.`);
    }
}
/** The check run's title, summary and text. */
function summarizeForCheckRun(result) {
    const passed = result.reasons.length === 0;
    const junit = result.junit;
    const counts = junit ? describeCounts(junit) : undefined;
    const title = passed
        ? `Passed${counts ? `: ${counts}` : ''}`
        : `Failed: ${result.reasons[0] ?? ''}`;
    const lines = [
        ...(counts ? [`JUnit: ${counts}.`] : []),
        ...result.reasons.map((reason) => `- ${reason}`),
    ];
    const text = junit && junit.failed.length > 0
        ? [
            `### ${failedTestsHeading(junit)}`,
            '',
            ...failedTestLines(junit).map((line) => `- ${line}`),
        ].join('\n')
        : undefined;
    return {
        title,
        summary: lines.join('\n') || (passed ? 'The test gate passed.' : 'The test gate failed.'),
        text,
    };
}

;// CONCATENATED MODULE: ./actions/test-gate/src/inputs.ts

/** A number of minutes; fractions allowed (0.5 = 30 s), as the runner's own timeout-minutes. */
function minutesInput(ctx, name, defaultValue) {
    const value = (0,src/* optionalInput */.$m)(ctx, name);
    if (value === undefined)
        return defaultValue;
    if (!/^\d+(\.\d+)?$/.test(value)) {
        throw new src/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not a number of minutes (e.g. 30 or 0.5).`, { input: name });
    }
    return Number(value);
}
function parseInputs(ctx) {
    const script = ctx.getInput('run');
    const checks = (0,src/* listInput */.dt)(ctx, 'require-checks');
    const repository = (0,src/* repositoryInput */.JD)(ctx, false);
    const timeoutMinutes = minutesInput(ctx, 'timeout-minutes', 60);
    if (timeoutMinutes <= 0) {
        throw new src/* ConfigurationError */.j1('Input timeout-minutes is 0: the commands would be stopped before they start. Give a number of minutes above 0.', { input: 'timeout-minutes' });
    }
    return {
        run: script.trim() === '' ? undefined : script,
        workingDirectory: (0,src/* optionalInput */.$m)(ctx, 'working-directory') ?? '.',
        timeoutMinutes,
        junit: (0,src/* multilineInput */.yw)(ctx, 'junit'),
        minTests: (0,src/* integerInput */.$A)(ctx, 'min-tests', { defaultValue: 1, min: 0 }),
        requireChecks: checks.length === 1 && checks[0]?.toLowerCase() === 'all' ? 'all' : checks,
        ignoreChecks: (0,src/* listInput */.dt)(ctx, 'ignore-checks'),
        waitMinutes: minutesInput(ctx, 'wait-minutes', 30),
        sha: (0,src/* optionalInput */.$m)(ctx, 'sha') ?? (ctx.env.GITHUB_SHA || undefined),
        record: (0,src/* booleanInput */.tE)(ctx, 'record', true),
        repository,
        token: (0,src/* optionalInput */.$m)(ctx, 'token'),
    };
}

;// CONCATENATED MODULE: ./actions/test-gate/src/main.ts






/** The grace period between SIGTERM and SIGKILL of the commands' process group. */
const KILL_GRACE_MS = 10_000;
function warnAboutOidc(ctx) {
    if (!ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL)
        return;
    ctx.log.warning('This job can mint OIDC tokens (it has "permissions: id-token: write"): the tests, and every dependency they install or run, could use it to publish as this repository. Run the tests in a job without id-token: write, and publish from a separate job that needs this one.', { title: 'Tests in a job that can publish' });
}
function checkGitHubInputs(inputs, needs) {
    if (inputs.token === undefined) {
        throw new src/* ConfigurationError */.j1(`Input token is empty, but ${needs} needs GitHub's API. Leave token out to use the job's GITHUB_TOKEN, or set record: false when there is nothing to record.`, { input: 'token' });
    }
    if (inputs.repository === undefined) {
        throw new src/* ConfigurationError */.j1(`No repository: GITHUB_REPOSITORY is not set and the repository input is empty, but ${needs} needs one. Set repository: owner/repo, or record: false for a local run.`, { input: 'repository' });
    }
    if (inputs.sha === undefined || !/^[0-9a-f]{40}$/.test(inputs.sha)) {
        throw new src/* ConfigurationError */.j1(inputs.sha === undefined
            ? `No sha: GITHUB_SHA is not set and the sha input is empty, but ${needs} needs the commit. Set sha to the full commit sha.`
            : `Input sha is "${inputs.sha}", which is not a full 40-character commit sha.`, { input: 'sha' });
    }
    return { token: inputs.token, sha: inputs.sha };
}
async function run(ctx) {
    const inputs = parseInputs(ctx);
    if (inputs.token !== undefined)
        ctx.setSecret(inputs.token);
    warnAboutOidc(ctx);
    const requiring = inputs.requireChecks === 'all' || inputs.requireChecks.length > 0;
    if (inputs.run === undefined && inputs.junit.length === 0 && !requiring) {
        throw new src/* ConfigurationError */.j1('test-gate has nothing to judge: give run (the test commands), junit (the reports of tests run in an earlier step), or require-checks (checks that ran the tests elsewhere).');
    }
    const cwd = (0,external_node_path_.resolve)(ctx.workspace, inputs.workingDirectory);
    if (!(0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        throw new src/* ConfigurationError */.j1(`Input working-directory is "${inputs.workingDirectory}", which is not a directory in the workspace. Check out the repository first, or fix the path.`, { input: 'working-directory' });
    }
    let access;
    if (inputs.record || requiring) {
        const { token, sha } = checkGitHubInputs(inputs, inputs.record ? 'record: true' : 'require-checks');
        const { connectGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(59), __nccwpck_require__.e(336)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2336));
        access = connectGitHub(ctx, token, inputs.repository, sha);
    }
    const result = {
        reasons: [],
        junit: undefined,
        command: undefined,
        checks: undefined,
    };
    try {
        await judge(ctx, inputs, cwd, access, result);
    }
    catch (error) {
        if (!(0,src/* isConfigurationError */.p0)(error))
            throw error;
        // A mistake found while judging still fails the gate: record it red, then report it.
        result.reasons.push(error.message);
        await finish(ctx, inputs, access, result);
        throw error;
    }
    await finish(ctx, inputs, access, result);
    if (result.reasons.length > 0)
        throw new Error(`The test gate failed: ${result.reasons.join(' ')}`);
}
async function judge(ctx, inputs, cwd, access, result) {
    if (inputs.run !== undefined) {
        const { runCommands } = await __nccwpck_require__.e(/* import() */ 924).then(__nccwpck_require__.bind(__nccwpck_require__, 9924));
        const started = Date.now();
        // The step's inputs (INPUT_TOKEN among them) are this action's, not the tests': leave them out.
        const env = Object.fromEntries(Object.entries(ctx.env).filter(([name]) => !name.startsWith('INPUT_')));
        const timeout = `${inputs.timeoutMinutes} min`;
        const outcome = await runCommands(inputs.run, {
            cwd,
            env,
            timeoutMs: inputs.timeoutMinutes * 60_000,
            graceMs: KILL_GRACE_MS,
            // A line in the log as it happens; the verdict below carries the one error annotation.
            onTimeout: () => ctx.log.info(`The tests ran longer than timeout-minutes (${timeout}): stopping them and every process they started.`),
        });
        result.command = { ...outcome, seconds: (Date.now() - started) / 1000 };
        if (outcome.timedOut) {
            result.reasons.push(`The tests were stopped after ${timeout} (timeout-minutes), with every process they started. Make them faster, find the test that hangs, or raise timeout-minutes.`);
        }
        else if (outcome.exitCode !== 0) {
            result.reasons.push(`The test commands exited with code ${outcome.exitCode}${outcome.signal ? ` (${outcome.signal})` : ''}.`);
        }
    }
    if (inputs.junit.length > 0) {
        const { readJUnitReports } = await __nccwpck_require__.e(/* import() */ 857).then(__nccwpck_require__.bind(__nccwpck_require__, 7857));
        try {
            result.junit = await readJUnitReports(inputs.junit, cwd, ctx.workspace);
        }
        catch (error) {
            // The commands' own failure explains a missing or broken report: say both.
            if (!(0,src/* isConfigurationError */.p0)(error) || result.reasons.length === 0)
                throw error;
            ctx.log.error(error.message, { file: error.location?.file, line: error.location?.line });
            result.reasons.push(error.message);
        }
        const junit = result.junit;
        if (junit !== undefined) {
            const failed = junit.failures + junit.errors;
            if (failed > 0) {
                result.reasons.push(`${failed} of ${junit.tests} tests failed in the JUnit reports (${junit.failures} failures, ${junit.errors} errors)${result.command?.exitCode === 0 ? ', although the test commands exited 0' : ''}: ${junit.failed
                    .slice(0, 3)
                    .map((test) => (0,junit_report/* displayName */.QC)(test))
                    .join('; ')}${failed > 3 ? '; …' : ''}.`);
            }
            const executed = junit.tests - junit.skipped;
            if (executed < inputs.minTests) {
                result.reasons.push(`The JUnit reports (${junit.reports.join(', ')}) show ${executed} executed test${executed === 1 ? '' : 's'} (${junit.tests} in all, ${junit.skipped} skipped), fewer than min-tests: ${inputs.minTests}. Check that the tests ran and that junit matches the reports they wrote, or set min-tests: 0 if no tests is right.`);
            }
            for (const test of junit.failed.slice(0, 50)) {
                if (test.sourceFile === undefined)
                    continue;
                ctx.log.error(test.message, {
                    title: `${test.outcome === 'error' ? 'Test error' : 'Test failed'}: ${(0,junit_report/* displayName */.QC)(test)}`,
                    file: test.sourceFile,
                    line: test.line,
                });
            }
        }
    }
    const requiring = inputs.requireChecks === 'all' || inputs.requireChecks.length > 0;
    if (requiring && access !== undefined) {
        if (result.reasons.length > 0) {
            ctx.log.info('The gate has already failed: not waiting for require-checks.');
            return;
        }
        const { awaitRequiredChecks } = await Promise.all(/* import() */[__nccwpck_require__.e(59), __nccwpck_require__.e(221)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8221));
        const checks = await awaitRequiredChecks(ctx, access, {
            names: inputs.requireChecks,
            ignore: inputs.ignoreChecks,
            waitMinutes: inputs.waitMinutes,
        });
        result.checks = checks;
        if (checks.failed.length > 0) {
            result.reasons.push(`Required checks did not succeed on ${access.sha.slice(0, 7)}: ${checks.failed.map((check) => `${check.name} (${check.conclusion})`).join(', ')}.`);
        }
        if (checks.pending.length > 0) {
            result.reasons.push(`Required checks were still pending on ${access.sha.slice(0, 7)} after ${inputs.waitMinutes} min (wait-minutes): ${checks.pending.map((check) => check.name).join(', ')}. Raise wait-minutes, or make this job need the jobs that run them.`);
        }
    }
}
async function finish(ctx, inputs, access, result) {
    const passed = result.reasons.length === 0;
    const junit = result.junit;
    ctx.setOutput('passed', passed);
    ctx.setOutput('tests', junit?.tests ?? 0);
    ctx.setOutput('failures', junit ? junit.failures + junit.errors : 0);
    ctx.setOutput('skipped', junit?.skipped ?? 0);
    let recorded;
    if (inputs.record && access !== undefined) {
        const { recordGate } = await Promise.all(/* import() */[__nccwpck_require__.e(59), __nccwpck_require__.e(295)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1295));
        recorded = await recordGate(ctx, access, { passed, ...summarizeForCheckRun(result) });
    }
    ctx.setOutput('check-run-id', recorded?.id ?? '');
    renderGate(ctx.summary, result, { sha: access?.sha ?? inputs.sha, recorded });
}

;// CONCATENATED MODULE: ./actions/test-gate/src/index.ts


void (0,src/* runAction */.Cs)(run);

