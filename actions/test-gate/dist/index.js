import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ configuration_error/* ConfigurationError */.j1),
  tE: () => (/* reexport */ booleanInput),
  EI: () => (/* reexport */ src/* globBase */.EI),
  KL: () => (/* reexport */ src/* globFilesInWorkspace */.KL),
  $A: () => (/* reexport */ integerInput),
  p0: () => (/* reexport */ configuration_error/* isConfigurationError */.p0),
  dt: () => (/* reexport */ listInput),
  yw: () => (/* reexport */ multilineInput),
  $m: () => (/* reexport */ optionalInput),
  JD: () => (/* reexport */ repositoryInput),
  z1: () => (/* reexport */ src/* resolveInWorkspace */.z1),
  Cs: () => (/* reexport */ runAction),
  ER: () => (/* reexport */ setLongTimeout),
  yy: () => (/* reexport */ sleep)
});

// UNUSED EXPORTS: CONFIGURATION_ERROR_CODE, DEFAULT_MAX_BYTES, EXCERPT_LENGTH, GITHUB_LIMITS, HttpLimitError, MAX_TIMER_MS, Summary, appendKeyValue, assertInWorkspace, createLogger, createRunnerContext, enumInput, escapeData, escapeMarkdown, escapeMarkdownLines, escapeProperty, excerpt, execProcess, fitMarkdown, formatCommand, globInWorkspace, httpRequest, inputEnvironmentName, isInside, mapWithConcurrency, markdownCell, markdownCode, maskingWriter, neutraliseCommands, optionalBooleanInput, parseRepository, plainLine, quoteExcerpt, readEvent, reportFailure, requiredInput, retryAfterSeconds, writeSummary

// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./packages/action-kit/src/configuration-error.ts
// The base of every user-fixable error lives in @tokenless/errors, so that the domain packages
// raise their own without importing the runner kit; the actions keep importing it from here.


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
        // A program that exits without reading its standard input closes the pipe (EPIPE): that is
        // the program's choice, not a failure to run it (@actions/exec ignores it too).
        child.stdin.on('error', () => undefined);
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
function markdownCell(markdown) {
    return { markdown };
}
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
    if (typeof cell === 'object') {
        return cell.markdown.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, '<br>');
    }
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
/**
 * What the runner could skip when it compares text: its checks below are .NET string methods
 * that, culture-sensitive, pass over zero-width and control characters.
 */
const IGNORABLE = String.raw `[\p{Default_Ignorable_Code_Point}\p{Cc}]`;
/** A line the runner reads as `::command::`: `::` at its start, after whitespace (TrimStart). */
const COMMAND_LINE = new RegExp(String.raw `^[\s\u0085\p{Default_Ignorable_Code_Point}\p{Cc}]*:${IGNORABLE}*:`, 'u');
/** The deprecated `##[command]` form, which the runner finds anywhere in a line. */
const LEGACY_COMMAND = new RegExp(String.raw `#${IGNORABLE}*#${IGNORABLE}*\[`, 'gu');
/**
 * Text made safe to print as log lines: no line of it is a workflow command. The runner splits
 * output at `\n`, `\r` and `\r\n`; it reads a line as a command when the line starts with `::`
 * after whitespace (ActionCommand.TryParseV2), or, failing that, when it holds `##[` anywhere
 * (ActionCommand.TryParse, the deprecated form). So a line that would start with `::` gets `> `
 * in front, and `##[` becomes `## [`: text from an input such as `\n::add-mask::`,
 * `\n::stop-commands::x` or `##[error]` is printed, not obeyed. Printable characters are used,
 * not zero-width ones, which culture-sensitive comparisons may skip.
 */
function neutraliseCommands(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part) => {
        const line = part.replace(LEGACY_COMMAND, '## [');
        return COMMAND_LINE.test(line) ? `> ${line}` : line;
    })
        .join('');
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
/**
 * The one place an action's messages become log lines. Commands are written by formatCommand,
 * which escapes their text; an info message is printed as it is, except that none of its lines
 * can be a workflow command (see neutraliseCommands).
 */
function createLogger(write) {
    return {
        info: (message) => write(neutraliseCommands(message)),
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
        write(neutraliseCommands(markdown));
}

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 3 modules
var src = __nccwpck_require__(2344);
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
    throw new configuration_error/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not a boolean. Use true or false.`, { input: name });
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
        throw new configuration_error/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not a whole number from ${min} to ${max}.`, { input: name });
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
        throw new configuration_error/* ConfigurationError */.j1('No repository: GITHUB_REPOSITORY is not set and the repository input is empty. Set repository: owner/repo.', { input: 'repository' });
    }
    const repository = (0,src/* parseRepository */.SU)(text);
    if (repository === undefined) {
        throw new configuration_error/* ConfigurationError */.j1(`Input repository is "${text}", which is not of the form owner/repo.`, {
            input: 'repository',
        });
    }
    return repository;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/markdown.ts
/**
 * Text from inputs, tags and registries put into Markdown (job summaries, issue and release
 * bodies) as text: it shows as written and cannot become markup, HTML, a hidden comment (the
 * markers the actions find their own issues and banners by), a mention that notifies someone or
 * a cross-reference that links another issue. Markdown written on purpose (release notes) is
 * never passed through here.
 */
/** GitHub's limits, in characters: longer bodies and titles are refused by its API. */
const GITHUB_LIMITS = {
    releaseBody: 125_000,
    issueBody: 65_536,
    issueTitle: 256,
};
/** A zero-width space as an HTML entity: breaks `@name` and `#123` without changing the text shown. */
const BREAK = '&#8203;';
/**
 * One line of text for inline Markdown (a sentence, a table cell, a list item): line breaks
 * become spaces, `&`, `<` and `>` become entities (so `<!--` cannot open a comment), Markdown's
 * punctuation is backslash-escaped, and mentions and issue references are broken.
 */
function escapeMarkdown(text) {
    return escapeInline(text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' '));
}
/**
 * Text of several lines for a block of Markdown: each line escaped as by escapeMarkdown, and
 * what would start a block at the beginning of a line (a heading, a list, a rule, indented code)
 * escaped too. The caller joins the lines, e.g. with `> ` in front of each inside a quote.
 */
function escapeMarkdownLines(text) {
    return text.split(/\r\n|\r|\n/).map((line) => escapeLineStart(escapeInline(line.trim())));
}
function escapeInline(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`)
        // A mention is an @ that no letter or digit precedes (`name@1.2.0` and `a@b.c` are none).
        .replace(/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_-])|#(?=\p{N})/gu, (char) => `${char}${BREAK}`));
}
function escapeLineStart(line) {
    return line.replace(/^([#+=-])/, '\\$1').replace(/^(\p{N}+)([.)])/u, '$1\\$2');
}
/**
 * Text shown as inline code, e.g. a command to copy: on one line, inside a run of backticks
 * longer than any in the text, so that nothing in it (backticks, `<!--`, `@name`, `#12`) is read
 * as Markdown, and a copy of it is the text itself.
 */
function markdownCode(text) {
    const line = text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') || line.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** A title: one line, no control characters, at most `max` characters (an ellipsis marks a cut). */
function plainLine(text, max) {
    const line = text
        .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return line.length <= max ? line : `${cutAt(line, max - 1).trimEnd()}…`;
}
/** The first `length` UTF-16 units, not splitting a surrogate pair. */
function cutAt(text, length) {
    const cut = text.slice(0, Math.max(0, length));
    return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
/**
 * `body` when it fits in `limit` characters; otherwise its beginning, cut at a line end, with
 * an open code fence closed and `note` (Markdown, e.g. a link to the whole text) at the end, so
 * that a cut is always visible.
 */
function fitMarkdown(body, limit, note) {
    if (body.length <= limit)
        return body;
    const room = limit - note.length - 8;
    if (room <= 0)
        throw new RangeError(`The note alone is longer than the limit of ${limit}.`);
    let kept = cutAt(body, room);
    const lineEnd = kept.lastIndexOf('\n');
    if (lineEnd > room / 2)
        kept = kept.slice(0, lineEnd);
    kept = kept.trimEnd();
    const fences = kept.match(/^ {0,3}(?:```|~~~)/gm) ?? [];
    const open = fences.length % 2 === 1 ? `\n${(fences.at(-1) ?? '```').trim()}` : '';
    return `${kept}${open}\n\n${note}`;
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
    if ((0,configuration_error/* isConfigurationError */.p0)(error)) {
        const location = error.location;
        context.log.error(error.message, {
            title: error.title,
            file: location?.file,
            line: location?.line,
            endLine: location?.endLine,
            col: location?.column,
        });
        context.summary.paragraph(`**Failed:** ${escapeMarkdown(error.message)}`);
        return;
    }
    const message = describe(error);
    if (error instanceof Error && error.stack)
        context.log.debug(error.stack);
    context.log.error(message);
    context.summary.paragraph(`**Failed:** ${escapeMarkdown(message)}`);
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

;// CONCATENATED MODULE: ./packages/action-kit/src/timers.ts
/**
 * The longest delay a Node timer keeps: setTimeout fires a longer one (2^31 ms, about 24.8 days,
 * or more) after 1 ms instead, with only a warning.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * setTimeout for any delay: waits in steps of at most MAX_TIMER_MS, so that a long delay is
 * never cut to 1 ms. Infinity never fires; a negative delay or NaN fires at once, as
 * setTimeout's do (callers validate their numbers: see test-gate's minutes inputs).
 */
function setLongTimeout(callback, ms) {
    const due = Date.now() + (Number.isNaN(ms) ? 0 : Math.max(0, ms));
    let timer;
    const arm = () => {
        if (due === Number.POSITIVE_INFINITY)
            return;
        const left = due - Date.now();
        if (left <= MAX_TIMER_MS) {
            timer = setTimeout(callback, Math.max(0, left));
        }
        else {
            timer = setTimeout(arm, MAX_TIMER_MS);
        }
    };
    arm();
    return {
        clear: () => {
            if (timer !== undefined)
                clearTimeout(timer);
            timer = undefined;
        },
    };
}
/** Resolves after `ms` milliseconds, however many (setLongTimeout's rules). */
function sleep(ms) {
    return new Promise((resolve) => {
        setLongTimeout(resolve, ms);
    });
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts












// Runner-independent helpers, in @tokenless/platform so that libraries use them without the kit.



/***/ }),

/***/ 712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/* unused harmony export CONFIGURATION_ERROR_CODE */
/**
 * The code of a ConfigurationError that no package gave a code of its own: an action's check of
 * its inputs and workspace. docs/RELEASING.md has an entry for it as for every code.
 */
const CONFIGURATION_ERROR_CODE = 'TL_CONFIGURATION';
/**
 * A mistake the user can fix: the message says what was found, where, and the fix.
 * runAction reports it as an error annotation (on the file and line when known) without a stack.
 * Each package raises its own subclass, whose `code` (TL_*) is stable across wordings: code and
 * docs/RELEASING.md key on the code, people read the message.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    code = CONFIGURATION_ERROR_CODE;
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
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 2344:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  EI: () => (/* reexport */ globBase),
  KL: () => (/* reexport */ globFilesInWorkspace),
  SU: () => (/* reexport */ parseRepository),
  z1: () => (/* reexport */ resolveInWorkspace)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, HttpLimitError, assertInWorkspace, globInWorkspace, httpRequest, isInside, retryAfterSeconds

;// CONCATENATED MODULE: ./packages/platform/src/http-request.ts
const DEFAULT_MAX_BYTES = (/* unused pure expression or super */ null && (50 * 1024 * 1024));
/** A read that broke one of httpRequest's limits: the message says which and where. */
class HttpLimitError extends Error {
    limit;
    constructor(message, limit) {
        super(message);
        this.limit = limit;
        this.name = 'HttpLimitError';
    }
}
function describeSize(bytes) {
    return bytes >= 1024 * 1024
        ? `${Math.round(bytes / 1024 / 1024)} MiB`
        : `${Math.round(bytes / 1024)} KiB`;
}
/** The answer's Retry-After in seconds (a number or an HTTP date), if it has one. */
function retryAfterSeconds(headers) {
    const value = headers['retry-after'];
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
/**
 * A small HTTP(S) request over node:http, for the few JSON calls of an action's fast path: the
 * global fetch loads undici on first use, which costs more start-up time than the calls themselves.
 * Every read is bounded: a total deadline (a server that trickles bytes cannot hold the job) and a
 * body size limit (an endless answer is not read whole). Proxies are not honoured here; use fetch
 * where a runner may need one.
 */
async function httpRequest(url, options = {}) {
    const retries = options.retries ?? 0;
    for (let attempt = 0;; attempt++) {
        const response = await requestOnce(url, options);
        if (attempt >= retries || !(response.status === 429 || response.status >= 500))
            return response;
        const asked = retryAfterSeconds(response.headers);
        if (asked !== undefined && asked > (options.maxRetryAfterSeconds ?? 60))
            return response;
        const waitMs = asked !== undefined ? asked * 1000 : (attempt + 1) ** 2 * (options.retryBaseMs ?? 1000);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
}
async function requestOnce(url, options) {
    const target = new URL(url);
    const method = options.method ?? 'GET';
    const where = `${method} ${target.origin}${target.pathname}`;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const deadlineMs = options.deadlineMs ?? 120_000;
    const { request } = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const call = request(target, {
            method,
            headers: {
                ...options.headers,
                ...(options.body === undefined
                    ? {}
                    : { 'content-length': String(Buffer.byteLength(options.body)) }),
            },
            timeout: options.timeoutMs ?? 60_000,
        }, (response) => {
            const declared = Number(response.headers['content-length']);
            if (Number.isFinite(declared) && declared > maxBytes) {
                call.destroy(tooLarge());
                return;
            }
            const chunks = [];
            let received = 0;
            response.on('data', (chunk) => {
                received += chunk.length;
                if (received > maxBytes) {
                    call.destroy(tooLarge());
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', reject);
            response.on('end', () => {
                clearTimeout(deadline);
                const body = Buffer.concat(chunks).toString('utf8');
                const status = response.statusCode ?? 0;
                resolve({
                    status,
                    statusText: response.statusMessage ?? '',
                    ok: status >= 200 && status < 300,
                    headers: response.headers,
                    text: () => Promise.resolve(body),
                    json: () => Promise.resolve().then(() => JSON.parse(body)),
                });
            });
        });
        const tooLarge = () => new HttpLimitError(`${where} sent an answer larger than ${describeSize(maxBytes)}, the most such an answer may be: it was not read. Check that the URL names the right service.`, 'size');
        const deadline = setTimeout(() => {
            call.destroy(new HttpLimitError(`${where} did not finish answering within ${Number((deadlineMs / 1000).toFixed(1))} s; the call was abandoned. The service is too slow or stuck: rerun the job later.`, 'deadline'));
        }, deadlineMs);
        call.on('timeout', () => call.destroy(new Error(`${target.origin} did not answer in time`)));
        call.on('error', (error) => {
            clearTimeout(deadline);
            reject(error);
        });
        call.end(options.body);
    });
}

;// CONCATENATED MODULE: ./packages/platform/src/repository.ts
/** `owner/repo` (GITHUB_REPOSITORY) into its parts; undefined when it is not of that form. */
function parseRepository(text) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text?.trim() ?? '');
    return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./packages/platform/src/workspace-path.ts




/**
 * The one boundary for every path an action reads or writes from an input: the path, with
 * every symbolic link resolved, must stay inside the workspace (GITHUB_WORKSPACE). A path that
 * does not exist yet is checked through its nearest existing parent, so a link in the middle
 * of it cannot lead out either.
 */
/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path) {
    const missing = [];
    let current = path;
    for (;;) {
        try {
            const real = external_node_fs_.realpathSync.native(current);
            return missing.length === 0 ? real : (0,external_node_path_.resolve)(real, ...missing.reverse());
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw error;
            const parent = (0,external_node_path_.dirname)(current);
            if (parent === current)
                return path;
            missing.push(current.slice(parent.length).replace(/^[\\/]+/, ''));
            current = parent;
        }
    }
}
/** True when `child` is `parent` or lies below it (both absolute, already real). */
function isInside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolves `path` (relative to `options.base`, default the workspace) and returns its absolute
 * form when it, and whatever its links point at, stays inside `workspace`. Otherwise throws a
 * ConfigurationError naming the input, the path as given, and where it leads.
 */
function resolveInWorkspace(workspace, path, options) {
    const root = realPathOf((0,external_node_path_.resolve)(workspace));
    const absolute = (0,external_node_path_.resolve)(options.base ?? workspace, path);
    const real = realPathOf(absolute);
    if (isInside(root, real))
        return absolute;
    const leads = real === absolute ? '' : ` (through a symbolic link, to ${real})`;
    throw new configuration_error/* ConfigurationError */.j1(`Input ${options.input} names ${JSON.stringify(path)}, which is outside the workspace ${root}${leads}. ` +
        `An action reads and writes only files of the checked-out repository: use a path inside it.`, { input: options.input, title: `${options.input} leaves the workspace` });
}
/** The same check for a path that a glob matched: refused the same way, naming the pattern. */
function assertInWorkspace(workspace, absolute, input) {
    resolveInWorkspace(workspace, absolute, { input });
}
/** The part of a glob before its first segment with a glob character: `dist/*.tgz` -> `dist`. */
function globBase(pattern) {
    const segments = pattern.split(/[\\/]/);
    const literal = [];
    for (const segment of segments) {
        if (/[*?[\]{}!]/.test(segment))
            break;
        literal.push(segment);
    }
    if (literal.length === segments.length)
        return pattern;
    const base = literal.join('/');
    return base === '' && pattern.startsWith('/') ? '/' : base === '' ? '.' : base;
}
/**
 * Every path a glob matches (absolute, sorted), each inside the workspace: the pattern's literal
 * base is checked first (`/etc/*`, `../*` are refused before anything is listed), then each match
 * with its links resolved (a match that is a link out, or lies in a linked directory that leads
 * out, is refused, not skipped). A pattern with no glob character is the path itself, if it exists.
 */
async function globInWorkspace(workspace, pattern, options) {
    const { input, cwd } = options;
    resolveInWorkspace(workspace, globBase(pattern), { input, base: cwd });
    const found = [];
    for await (const entry of (0,promises_.glob)(pattern, { cwd }))
        found.push((0,external_node_path_.resolve)(cwd, entry));
    for (const match of found) {
        resolveInWorkspace(workspace, relativeToWorkspace(workspace, match), { input });
    }
    return found.sort();
}
/** A path as the user would write it: relative to the workspace when it lies lexically inside. */
function relativeToWorkspace(workspace, absolute) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), absolute);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel;
}
/**
 * The same, keeping regular files only (links to files inside the workspace included): what
 * asset, report and distribution globs want.
 */
async function globFilesInWorkspace(workspace, pattern, options) {
    const files = [];
    for (const match of await globInWorkspace(workspace, pattern, options)) {
        if ((await (0,promises_.stat)(match).catch(() => undefined))?.isFile())
            files.push(match);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/platform/src/index.ts






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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

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

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __nccwpck_require__(3993);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./actions/test-gate/src/junit/failed-test.ts
// What the summary needs of a failed test, apart from the reader: the gate's first chunk imports
// this, and the XML parser stays in the chunk loaded only when there are reports to read.
/** `Class › test`, or the test alone when the class says nothing more (jest-junit's default). */
function displayName(test) {
    if (test.classname === undefined || test.classname === test.name)
        return test.name;
    return `${test.classname} › ${test.name}`;
}

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
        return `\`${displayName(test)}\`${where}: ${test.message}`;
    });
}
function failedTestsHeading(junit) {
    // The failed tests kept with details are the first of them; the counts count them all.
    const total = Math.max(junit.failed.length, junit.failures + junit.errors);
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

/**
 * The most minutes a wait may last: 7 days. No job runs longer (GitHub stops a job after 6 hours
 * on its own runners, 5 days on self-hosted ones), and it keeps every timer far below the 2^31 ms
 * (24.8 days) past which Node fires a timer at once.
 */
const MAX_MINUTES = 7 * 24 * 60;
/** A number of minutes; fractions allowed (0.5 = 30 s), as the runner's own timeout-minutes. */
function minutesInput(ctx, name, defaultValue) {
    const value = (0,src/* optionalInput */.$m)(ctx, name);
    if (value === undefined)
        return defaultValue;
    if (!/^\d+(\.\d+)?$/.test(value)) {
        throw new src/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not a number of minutes (e.g. 30 or 0.5).`, { input: name });
    }
    const minutes = Number(value);
    if (minutes > MAX_MINUTES) {
        throw new src/* ConfigurationError */.j1(`Input ${name} is ${value} minutes, more than ${MAX_MINUTES} (7 days), longer than any job runs (GitHub stops one after 360 minutes on its runners, 5 days on self-hosted ones). Give at most ${MAX_MINUTES}.`, { input: name });
    }
    return minutes;
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





/** The grace period between SIGTERM and SIGKILL of the commands' processes. */
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
    const cwd = (0,src/* resolveInWorkspace */.z1)(ctx.workspace, inputs.workingDirectory, {
        input: 'working-directory',
    });
    // A report glob that leads out of the workspace is refused before any command runs.
    for (const pattern of inputs.junit) {
        (0,src/* resolveInWorkspace */.z1)(ctx.workspace, (0,src/* globBase */.EI)(pattern), { input: 'junit', base: cwd });
    }
    if (!(0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        throw new src/* ConfigurationError */.j1(`Input working-directory is "${inputs.workingDirectory}", which is not a directory in the workspace. Check out the repository first, or fix the path.`, { input: 'working-directory' });
    }
    let access;
    if (inputs.record || requiring) {
        const { token, sha } = checkGitHubInputs(inputs, inputs.record ? 'record: true' : 'require-checks');
        // Each step loads when it is needed (measured on the bundle: static imports take a failing
        // start from 124 to 281 ms of CPU: octokit most of it, the JUnit reader and runner 19 ms).
        const { connectGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(336)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2336));
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
    // timeout-minutes bounds the tests and the reading of their reports together.
    const deadline = Date.now() + inputs.timeoutMinutes * 60_000;
    const timeout = `${inputs.timeoutMinutes} min`;
    if (inputs.run !== undefined) {
        const { runCommands } = await __nccwpck_require__.e(/* import() */ 766).then(__nccwpck_require__.bind(__nccwpck_require__, 9766));
        const started = Date.now();
        // The step's inputs (INPUT_TOKEN among them) are this action's, not the tests': leave them out.
        const env = Object.fromEntries(Object.entries(ctx.env).filter(([name]) => !name.startsWith('INPUT_')));
        const outcome = await runCommands(inputs.run, {
            cwd,
            env,
            timeoutMs: deadline - Date.now(),
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
    if (inputs.junit.length > 0 && result.command?.timedOut) {
        ctx.log.info(`The JUnit reports were not read: timeout-minutes (${timeout}) ran out during the tests.`);
    }
    else if (inputs.junit.length > 0) {
        const { readJUnitReports } = await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(130)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8130));
        try {
            result.junit = await readJUnitReports(inputs.junit, cwd, ctx.workspace, {
                deadline,
                deadlineName: `timeout-minutes (${timeout})`,
            });
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
                    .map((test) => displayName(test))
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
                    title: `${test.outcome === 'error' ? 'Test error' : 'Test failed'}: ${displayName(test)}`,
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
        const { awaitRequiredChecks } = await Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(336), __nccwpck_require__.e(221)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8221));
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
        const { recordGate } = await Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(336), __nccwpck_require__.e(295)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1295));
        recorded = await recordGate(ctx, access, { passed, ...summarizeForCheckRun(result) });
    }
    ctx.setOutput('check-run-id', recorded?.id ?? '');
    renderGate(ctx.summary, result, { sha: access?.sha ?? inputs.sha, recorded });
}

;// CONCATENATED MODULE: ./actions/test-gate/src/index.ts


void (0,src/* runAction */.Cs)(run);

