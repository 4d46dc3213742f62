import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ waitUntil),
/* harmony export */   s: () => (/* binding */ reportOutcomes)
/* harmony export */ });
function reportOutcomes(ctx, outcomes) {
    const pick = (result) => JSON.stringify(outcomes.filter((outcome) => outcome.result === result).map((outcome) => outcome.id));
    ctx.setOutput('published', pick('published'));
    ctx.setOutput('skipped', pick('skipped'));
    ctx.setOutput('failed', pick('failed'));
    const icon = {
        published: '✅ published',
        skipped: '➖ skipped',
        failed: '❌ failed',
    };
    ctx.summary.table(['Package', 'Registry', 'Result', 'Detail'], outcomes.map((outcome) => [outcome.id, outcome.registry, icon[outcome.result], outcome.detail]));
    for (const outcome of outcomes) {
        const line = `${outcome.id} on ${outcome.registry}: ${outcome.result}. ${outcome.detail}`;
        if (outcome.result === 'failed')
            ctx.log.error(line);
        else
            ctx.log.info(line);
    }
}
/** Polls until `ready` says yes or the time is up; returns the seconds it took, or undefined. */
async function waitUntil(ready, timeoutSeconds) {
    const started = Date.now();
    for (let delay = 250;; delay = Math.min(delay * 2, 5000)) {
        if (await ready())
            return (Date.now() - started) / 1000;
        if (Date.now() - started + delay > timeoutSeconds * 1000)
            return undefined;
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}


/***/ }),

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ configuration_error/* ConfigurationError */.j1),
  tE: () => (/* reexport */ booleanInput),
  gX: () => (/* reexport */ enumInput),
  xG: () => (/* reexport */ src/* globInWorkspace */.xG),
  aj: () => (/* reexport */ src/* httpRequest */.aj),
  $A: () => (/* reexport */ integerInput),
  WS: () => (/* reexport */ mapWithConcurrency),
  yw: () => (/* reexport */ multilineInput),
  $m: () => (/* reexport */ optionalInput),
  JD: () => (/* reexport */ repositoryInput),
  z1: () => (/* reexport */ src/* resolveInWorkspace */.z1),
  Cs: () => (/* reexport */ runAction)
});

// UNUSED EXPORTS: CONFIGURATION_ERROR_CODE, DEFAULT_MAX_BYTES, EXCERPT_LENGTH, GITHUB_LIMITS, HttpLimitError, MAX_TIMER_MS, Summary, appendKeyValue, assertInWorkspace, createLogger, createRunnerContext, escapeData, escapeMarkdown, escapeMarkdownLines, escapeProperty, excerpt, execProcess, fitMarkdown, formatCommand, globBase, globFilesInWorkspace, inputEnvironmentName, isConfigurationError, isInside, listInput, markdownCell, markdownCode, maskingWriter, neutraliseCommands, optionalBooleanInput, parseRepository, plainLine, quoteExcerpt, readEvent, reportFailure, requiredInput, retryAfterSeconds, setLongTimeout, sleep, writeSummary

// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./packages/action-kit/src/configuration-error.ts
// The base of every user-fixable error lives in @tokenless/errors, so that the domain packages
// raise their own without importing the runner kit; the actions keep importing it from here.


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
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
function createRunnerContext(env = process.env, write = (line) => process.stdout.write(`${line}${external_node_os_.EOL}`)) {
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
        throw new configuration_error/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not one of: ${allowed.join(', ')}.`, { input: name });
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
            writeSummary(context, (text) => process.stdout.write(`${text}${external_node_os_.EOL}`));
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

;// CONCATENATED MODULE: ./packages/action-kit/src/concurrency.ts
/**
 * `fn` over `items` with at most `limit` running at once; results in the items' order. A rejected
 * call rejects the whole (callers that must go on past failures catch inside `fn`).
 */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
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

/***/ 7922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uH: () => (/* reexport */ checkCanRequestIdToken),
  Kz: () => (/* reexport */ checkClaims),
  e2: () => (/* reexport */ claimsTable),
  Yq: () => (/* reexport */ decodeClaims),
  w$: () => (/* reexport */ describePublisher),
  lw: () => (/* reexport */ escapePackageName),
  eX: () => (/* reexport */ exchangeNpmToken),
  cs: () => (/* reexport */ findStaticTokens),
  IN: () => (/* reexport */ findTokensInPublishConfig),
  FD: () => (/* reexport */ isNpmAuthKey),
  CH: () => (/* reexport */ mintPypiToken),
  YD: () => (/* reexport */ npmAudience),
  gW: () => (/* reexport */ publisherSettings),
  R0: () => (/* reexport */ pypiAttestationBlocker),
  YT: () => (/* reexport */ pypiOidcRoot),
  BO: () => (/* reexport */ redactUrl),
  Px: () => (/* reexport */ refuseStaticTokens),
  gj: () => (/* reexport */ requestIdToken)
});

// UNUSED EXPORTS: ID_TOKEN_MAX_BYTES, MISSING_ID_TOKEN_PERMISSION, OidcError, PYPI_UPLOAD_URLS, SETUP_NODE_PLACEHOLDER, diagnoseNpmExchange, diagnosePypiMint, expandNpmrcVariables, findTokensInEnvironment, findTokensInNpmrcFiles, findTokensInPypirc, idTokenRequestFrom, npmEnvConfig, npmEnvKey, npmrcFilesInReach, parseIni, urlHasCredentials, workflowFileOf, workflowRepositoryOf

// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./packages/oidc/src/oidc-error.ts

/** A job, token or registry answer that rules out publishing through OIDC: the message says what was found, where, and the fix. */
class OidcError extends configuration_error/* ConfigurationError */.j1 {
    name = 'OidcError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/oidc/src/claims.ts

/** The payload of a JWT, without verifying it: for diagnosis only, never for trust. */
function decodeClaims(jwt) {
    const claims = parseJson(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
        throw new OidcError('TL_OIDC_TOKEN_UNREADABLE', 'The OIDC token from GitHub is not a JWT with a JSON payload, so its claims cannot be read. This is not expected from GitHub Actions: rerun the job, and check that nothing replaces ACTIONS_ID_TOKEN_REQUEST_URL.');
    }
    return claims;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** `release.yml` from `owner/repo/.github/workflows/release.yml@refs/heads/main`. */
function workflowFileOf(workflowRef) {
    const match = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '');
    return match?.[1];
}
/** `owner/repo` from a workflow ref. */
function workflowRepositoryOf(workflowRef) {
    const match = /^([^/]+\/[^/]+)\/\.github\/workflows\//.exec(workflowRef ?? '');
    return match?.[1];
}
const TABLE_CLAIMS = [
    'repository',
    'repository_owner',
    'repository_owner_id',
    'workflow_ref',
    'job_workflow_ref',
    'ref',
    'sha',
    'environment',
    'runner_environment',
    'event_name',
];
/** The claims as rows for a job summary (claim, value); missing ones shown as `(none)`. */
function claimsTable(claims) {
    return TABLE_CLAIMS.map((claim) => {
        const value = claims[claim];
        return [claim, typeof value === 'string' && value !== '' ? value : '(none)'];
    });
}

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 3 modules
var src = __nccwpck_require__(2344);
;// CONCATENATED MODULE: ./packages/oidc/src/id-token.ts


/** Where the job can ask GitHub for an OIDC token: present only with `id-token: write`. */
function idTokenRequestFrom(env) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return requestUrl && requestToken ? { requestUrl, requestToken } : undefined;
}
const MISSING_ID_TOKEN_PERMISSION = 'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, which means the job lacks "permissions: id-token: write". Add to the publishing job: permissions: { id-token: write, contents: read } (and nothing else runs in that job).';
/** An answer holding one token is a few KB: anything larger is not a token service's answer. */
const ID_TOKEN_MAX_BYTES = 64 * 1024;
/**
 * Asks GitHub (or the sandbox issuer) for a fresh OIDC token for `audience`; retried on 5xx and
 * network errors, after the answer's Retry-After when it has one (up to 60 s). Each attempt has
 * a deadline (default 15 s) and the answer a size limit. The token is handed to `mask` before
 * anything else happens with it.
 */
async function requestIdToken(request, audience, mask, options = {}) {
    const url = new URL(request.requestUrl);
    url.searchParams.append('audience', audience);
    const retries = options.retries ?? 3;
    let lastProblem = '';
    let asked;
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) {
            const waitMs = asked !== undefined ? asked * 1000 : (options.backoffMs ?? 500) * attempt;
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
        let response;
        try {
            response = await (0,src/* httpRequest */.aj)(url, {
                headers: { accept: 'application/json', authorization: `Bearer ${request.requestToken}` },
                maxBytes: ID_TOKEN_MAX_BYTES,
                deadlineMs: options.deadlineMs ?? 15_000,
            });
        }
        catch (error) {
            if (error instanceof src/* HttpLimitError */.gO && error.limit === 'size') {
                throw new Error(`Could not get an OIDC token for audience ${audience}: ${error.message} ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token service.`);
            }
            lastProblem = error instanceof Error ? error.message : String(error);
            asked = undefined;
            continue;
        }
        if (response.status >= 500 || response.status === 429) {
            lastProblem = `HTTP ${response.status}`;
            asked = (0,src/* retryAfterSeconds */.C3)(response.headers);
            if (asked !== undefined && asked > 60)
                break;
            continue;
        }
        const body = (await response.json().catch(() => ({})));
        if (!response.ok || typeof body.value !== 'string') {
            throw new OidcError('TL_OIDC_TOKEN_REFUSED', `GitHub refused the OIDC token request for audience ${audience}: HTTP ${response.status}${typeof body.message === 'string' ? ` ${body.message.replace(/\.$/, '')}` : ''}. The job's id-token permission or the runner's request token is not valid; rerun the job, and check "permissions: id-token: write" on it.`);
        }
        mask(body.value);
        return body.value;
    }
    throw new Error(`Could not get an OIDC token from GitHub for audience ${audience} after ${retries + 1} attempts (${lastProblem}). GitHub's token service may be down: rerun the job later.`);
}

;// CONCATENATED MODULE: ./packages/oidc/src/trusted-publisher.ts

/**
 * What to enter on the registry. npm names the workflow that was RUN (`workflow_ref`: the caller
 * of a reusable workflow); PyPI names the file that HOLDS the job (`job_workflow_ref`).
 */
function publisherSettings(claims, registry) {
    const [owner, repository] = (claims.repository ?? '').split('/');
    const ref = registry === 'npm' ? claims.workflow_ref : claims.job_workflow_ref;
    return {
        owner: claims.repository_owner ?? (owner || '(none)'),
        repository: repository || '(none)',
        workflow: workflowFileOf(ref) ?? '(unknown)',
        environment: claims.environment ?? '(none: the job has no environment)',
    };
}
function describePublisher(settings) {
    return `owner ${settings.owner}, repository ${settings.repository}, workflow ${settings.workflow}, environment ${settings.environment}`;
}

;// CONCATENATED MODULE: ./packages/oidc/src/npm-exchange.ts



/** The audience npm asks for: `npm:` and the registry's host name (npm/cli lib/utils/oidc.js). */
function npmAudience(registry) {
    return `npm:${new URL(registry).hostname}`;
}
/** `@scope/name` as npm escapes it in URLs: `@scope%2fname`. */
function escapePackageName(name) {
    return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}
/** npm's answer to a failed exchange, turned into what the user must change. */
function diagnoseNpmExchange(status, message, packageName, claims, registry) {
    const expected = describePublisher(publisherSettings(claims, 'npm'));
    const said = message ? ` ("${message}")` : '';
    if (status === 404) {
        return `${registry} has no trusted publisher for ${packageName}${said}. npm cannot create a package through OIDC: publish its first version once by hand (npm publish, with 2FA), then on the package's settings page add a trusted publisher for GitHub Actions with ${expected}.`;
    }
    if (status === 401 || status === 403) {
        return `${registry} refused the OIDC token for ${packageName}: HTTP ${status}${said}. Its trusted publisher does not match this job, which presents ${expected}. Compare them on the package's settings page: the workflow file name is case-sensitive and .yml is not .yaml, and the environment must match when one is set.`;
    }
    if (status === 422) {
        return `${registry} refused trusted publishing for ${packageName}: HTTP 422${said}. npm accepts OIDC only from GitHub-hosted runners (this job: ${claims.runner_environment ?? 'unknown'}). Run the publishing job on runs-on: ubuntu-latest.`;
    }
    return `${registry} failed the OIDC token exchange for ${packageName}: HTTP ${status}${said}. Rerun the job; if it persists, check the registry's status.`;
}
/**
 * Exchanges the job's OIDC token for a short-lived npm publish token, as `npm publish` does, but
 * with a diagnosis instead of npm's silent fallback to "E404 Not Found" on the PUT.
 */
async function exchangeNpmToken(options) {
    const url = new URL(`/-/npm/v1/oidc/token/exchange/package/${escapePackageName(options.packageName)}`, options.registry);
    const response = await (0,src/* httpRequest */.aj)(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.idToken}`, accept: 'application/json' },
        // The answer is one token: a megabyte is far more than enough.
        maxBytes: 1024 * 1024,
        deadlineMs: 60_000,
    });
    const body = (await response.json().catch(() => ({})));
    if (response.ok && typeof body.token === 'string') {
        options.mask(body.token);
        return body.token;
    }
    const message = typeof body.message === 'string'
        ? body.message
        : typeof body.error === 'string'
            ? body.error
            : '';
    throw new OidcError('TL_OIDC_NPM_EXCHANGE', response.ok
        ? `${options.registry} answered the OIDC token exchange for ${options.packageName} without a token. Rerun the job; if it persists, check the registry's status.`
        : diagnoseNpmExchange(response.status, message, options.packageName, options.claims, options.registry));
}

;// CONCATENATED MODULE: ./packages/oidc/src/preconditions.ts




/** Before any token is requested: a fork pull request, or a job without id-token: write. */
function checkCanRequestIdToken(env, event) {
    if (event.name === 'pull_request' || event.name === 'pull_request_target') {
        const pr = event.payload.pull_request;
        const head = pr?.head?.repo;
        const base = pr?.base?.repo?.full_name;
        if (head === null ||
            head?.fork === true ||
            (head?.full_name && base && head.full_name !== base)) {
            throw new OidcError('TL_OIDC_FORK', `This run is for a pull request from a fork (${head?.full_name ?? 'a deleted repository'}): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in ${base ?? 'the repository'} itself.`);
        }
    }
    const request = idTokenRequestFrom(env);
    if (request === undefined)
        throw new OidcError('TL_OIDC_NO_PERMISSION', MISSING_ID_TOKEN_PERMISSION);
    return request;
}
/**
 * What the registry would refuse, said before anything is uploaded: no environment or another
 * than required, a self-hosted runner for npm, a reusable workflow of another repository for PyPI.
 */
function checkClaims(claims, options) {
    const { environments } = options;
    if (environments.length > 0) {
        const environment = claims.environment;
        if (!environment) {
            throw new OidcError('TL_OIDC_ENVIRONMENT', `The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires ${environments.join(' or ')}. Add "environment: ${environments[0]}" to the job, protect that environment with required reviewers, and name it in the registry's trusted publisher.`, { input: 'environment' });
        }
        if (!environments.some((name) => name.toLowerCase() === environment.toLowerCase())) {
            throw new OidcError('TL_OIDC_ENVIRONMENT', `The publishing job runs under the environment ${environment}, but publish-oidc requires ${environments.join(' or ')}. Run the job under ${environments[0]} (environment: ${environments[0]}), or change the environment input if ${environment} is the protected one.`, { input: 'environment' });
        }
    }
    if (options.registry === 'npm' && claims.runner_environment === 'self-hosted') {
        throw new OidcError('TL_OIDC_SELF_HOSTED', 'npm accepts trusted publishing only from GitHub-hosted runners, and this job runs on a self-hosted runner (runner_environment: self-hosted): npm would answer 422. Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest).');
    }
    if (options.registry === 'pypi') {
        const holder = workflowRepositoryOf(claims.job_workflow_ref);
        if (holder && claims.repository && holder !== claims.repository) {
            throw new OidcError('TL_OIDC_PYPI_WORKFLOW_REPOSITORY', `PyPI's trusted publisher names the workflow file that holds the publishing job (job_workflow_ref: ${claims.job_workflow_ref}), and that file is in ${holder}, not in ${claims.repository}, the repository publishing: PyPI cannot trust a reusable workflow from another repository. Put the publishing job in a workflow file of ${claims.repository} (it can still call the shared workflow for building and testing).`);
        }
    }
}
/**
 * Why PyPI will refuse a PEP 740 attestation made by this job, or undefined. PyPI mints the
 * upload token for the file that holds the job (`job_workflow_ref`) but checks an attestation's
 * certificate against the workflow that was run (its Build Config URI, `workflow_ref`): in a
 * reusable workflow the two name different files, and no trusted publisher satisfies both.
 */
function pypiAttestationBlocker(claims) {
    const file = (ref) => ref?.split('@')[0];
    const holder = file(claims.job_workflow_ref);
    const run = file(claims.workflow_ref);
    if (holder === undefined || run === undefined || holder === run)
        return undefined;
    const caller = run.split('/').pop();
    return `This job runs in the reusable workflow ${holder}, called by ${run}. PyPI mints the upload token for the file that holds the job, but verifies a PEP 740 attestation against the calling workflow, so it refuses any attestation made here ("Certificate's Build Config URI ... does not match expected Trusted Publisher"). The files are uploaded without attestations. To have them, put the publishing job in ${caller} itself (and name that file in the trusted publisher), or set attestations: false on this step to say it is known.`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/oidc/src/npmrc.ts


function isQuoted(text) {
    return ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")));
}
/** ini's `unsafe`: trims, unquotes (JSON for "..."), cuts at the first unescaped ; or #. */
function unsafe(raw) {
    const text = raw.trim();
    if (isQuoted(text)) {
        const inner = text.startsWith("'") ? text.slice(1, -1) : text;
        try {
            return String(JSON.parse(inner));
        }
        catch {
            return inner;
        }
    }
    let escaped = false;
    let out = '';
    for (const char of text) {
        if (escaped) {
            out += '\\;#'.includes(char) ? char : `\\${char}`;
            escaped = false;
        }
        else if (char === ';' || char === '#')
            break;
        else if (char === '\\')
            escaped = true;
        else
            out += char;
    }
    return (escaped ? `${out}\\` : out).trim();
}
/** Parses an .npmrc the way npm does (ini 6: quoted keys and values, `[section]`, `key[]`, comments). */
function parseIni(text) {
    const entries = [];
    let section;
    // ini splits on /[\r\n]+/: a lone \r ends a line too. Line numbers count each break.
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (!line || /^\s*[;#]/.test(line) || /^\s*$/.test(line))
            return;
        const match = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/.exec(line);
        if (!match)
            return;
        if (match[1] !== undefined) {
            section = unsafe(match[1]);
            return;
        }
        let key = unsafe(match[2] ?? '');
        if (key.length > 2 && key.endsWith('[]'))
            key = key.slice(0, -2);
        if (key === '__proto__')
            return;
        entries.push({
            key,
            value: match[3] ? unsafe(match[4] ?? '') : true,
            line: index + 1,
            ...(section === undefined ? {} : { section }),
        });
    });
    return entries;
}
/** npm's `${VAR}` / `${VAR?}` expansion of .npmrc keys and values (`\${` escapes). */
function expandNpmrcVariables(text, env) {
    return text.replace(/(?<!\\)(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, escapes, name, optional) => {
        if (escapes.length % 2)
            return whole.slice((escapes.length + 1) / 2);
        const value = env[name] ?? (optional ? '' : `\${${name}}`);
        return escapes.slice(escapes.length / 2) + value;
    });
}
/**
 * The config key npm reads from an `npm_config_*` variable (any case): `NPM_CONFIG_FETCH_RETRIES`
 * is `fetch-retries`, `npm_config__auth` is `_auth`, `npm_config_//host/:_authToken` is kept as
 * written; undefined for another variable.
 */
function npmEnvKey(variable) {
    if (!/^npm_config_/i.test(variable))
        return undefined;
    const rest = variable.slice('npm_config_'.length);
    return rest.startsWith('//') ? rest : rest.replace(/(?!^)_/g, '-').toLowerCase();
}
/** The values of `npm_config_<name>` in any case (npm lowercases the rest of the name). */
function npmEnvConfig(env, name) {
    const wanted = name.toLowerCase();
    return Object.entries(env).flatMap(([key, value]) => value && npmEnvKey(key) === wanted ? [value] : []);
}
async function readNpmrc(path, kind) {
    try {
        return { path, kind, entries: parseIni(await (0,promises_.readFile)(path, 'utf8')) };
    }
    catch {
        return undefined;
    }
}
/** A path-typed config value as npm resolves it: `${VAR}`, a leading `~/`, relative to cwd. */
function configPath(value, env, home, cwd) {
    const expanded = expandNpmrcVariables(value, env).replace(/^~(?=[/\\])/, home);
    return (0,external_node_path_.resolve)(cwd, expanded);
}
function settingsIn(files, name, env, home, cwd) {
    return files.flatMap((file) => file.entries
        .filter((entry) => entry.section === undefined && entry.key.toLowerCase() === name)
        .flatMap((entry) => typeof entry.value === 'string' && entry.value
        ? [configPath(entry.value, env, home, cwd)]
        : []));
}
/** Every directory from `dir` up to the filesystem root. */
function ancestors(dir) {
    const found = [];
    let current = (0,external_node_path_.resolve)(dir);
    for (;;) {
        found.push(current);
        if (current === (0,external_node_path_.parse)(current).root)
            return found;
        current = (0,external_node_path_.dirname)(current);
    }
}
/**
 * Every .npmrc npm could load when started in any of `dirs`, read (missing files left out): the
 * builtin one of the npm install, a project .npmrc in each directory up to the filesystem root
 * (a superset of npm's choice: the nearest directory with package.json or node_modules, or the
 * workspace root above it), the user config (NPM_CONFIG_USERCONFIG in any case, a `userconfig`
 * set in a project or builtin file, and ~/.npmrc) and the global config (`globalconfig`
 * likewise, else <prefix>/etc/npmrc, with the prefix from npm_config_prefix, the files, PREFIX,
 * DESTDIR or the Node install). Where npm would pick one of several, all are read.
 */
async function npmrcFilesInReach(options) {
    const { env, home } = options;
    const cwd = options.dirs[0] ?? home;
    const files = [];
    const seen = new Set();
    const add = async (path, kind) => {
        if (seen.has(path))
            return;
        seen.add(path);
        const file = await readNpmrc(path, kind);
        if (file)
            files.push(file);
    };
    if (options.npmPath)
        await add((0,external_node_path_.join)(options.npmPath, 'npmrc'), 'builtin');
    for (const dir of options.dirs) {
        for (const ancestor of ancestors(dir))
            await add((0,external_node_path_.join)(ancestor, '.npmrc'), 'project');
    }
    const fromFiles = (name) => settingsIn(files, name, env, home, cwd);
    const fromEnv = (name) => npmEnvConfig(env, name).map((value) => configPath(value, env, home, cwd));
    const users = [...fromEnv('userconfig'), ...fromFiles('userconfig')];
    // ~/.npmrc too when another user config is named: other npm runs in the job would read it.
    for (const user of [...users, (0,external_node_path_.join)(home, '.npmrc')])
        await add(user, 'user');
    const globals = [...fromEnv('globalconfig'), ...fromFiles('globalconfig')];
    if (globals.length === 0) {
        const node = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(options.execPath));
        const prefixes = [
            ...fromEnv('prefix'),
            ...fromFiles('prefix'),
            env.PREFIX ? env.PREFIX : env.DESTDIR ? (0,external_node_path_.join)(env.DESTDIR, node) : node,
        ];
        for (const prefix of prefixes)
            globals.push((0,external_node_path_.resolve)(prefix, 'etc', 'npmrc'));
    }
    for (const global of globals)
        await add(global, 'global');
    return files;
}

;// CONCATENATED MODULE: ./packages/oidc/src/pypi-mint.ts




/** PyPI's and TestPyPI's upload URLs, and their roots for the OIDC endpoints. */
const PYPI_UPLOAD_URLS = {
    pypi: 'https://upload.pypi.org/legacy/',
    testpypi: 'https://test.pypi.org/legacy/',
};
/** The root that serves `/_/oidc/*` for an upload URL (`https://upload.pypi.org/legacy/`). */
function pypiOidcRoot(uploadUrl) {
    const url = new URL(uploadUrl);
    if (url.hostname === 'upload.pypi.org')
        return 'https://pypi.org';
    return url.origin;
}
function diagnosePypiMint(errors, idToken, index) {
    const claims = decodeClaims(idToken);
    const expected = describePublisher(publisherSettings(claims, 'pypi'));
    const said = errors.map((error) => `${error.code}: ${error.description}`).join('; ') || 'no details';
    if (errors.some((error) => error.code === 'invalid-publisher' || error.code === 'invalid-pending-publisher')) {
        return `${index} has no trusted publisher matching this job (${said}). The job presents ${expected}, from job_workflow_ref ${claims.job_workflow_ref ?? '(none)'}. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.`;
    }
    if (errors.some((error) => /jti|replay|already (been )?used|reused/i.test(`${error.code} ${error.description}`))) {
        return `${index} refused the OIDC token as already used (${said}). Every exchange needs a fresh token from GitHub; rerun the job.`;
    }
    return `${index} refused to mint an upload token (${said}). The job presents ${expected}.`;
}
/**
 * PyPI's exchange: ask the index for its audience, get a FRESH token for it (PyPI refuses a
 * reused jti), and mint a short-lived upload token that goes to `mask` at once.
 */
async function mintPypiToken(options) {
    const root = pypiOidcRoot(options.uploadUrl);
    // Both answers are a few lines of JSON: a megabyte is far more than enough.
    const limits = { maxBytes: 1024 * 1024, deadlineMs: 60_000 };
    const audienceResponse = await (0,src/* httpRequest */.aj)(`${root}/_/oidc/audience`, { ...limits, retries: 2 });
    const { audience } = (await audienceResponse.json().catch(() => ({})));
    if (!audienceResponse.ok || typeof audience !== 'string') {
        throw new OidcError('TL_OIDC_NO_TRUSTED_PUBLISHING', `${root} does not offer trusted publishing (GET /_/oidc/audience answered HTTP ${audienceResponse.status}). Check the registry input: pypi, testpypi, or the upload URL of an index that supports OIDC.`, { input: 'registry' });
    }
    const idToken = await options.getIdToken(audience);
    const response = await (0,src/* httpRequest */.aj)(`${root}/_/oidc/mint-token`, {
        ...limits,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: idToken }),
    });
    const body = (await response.json().catch(() => ({})));
    if (response.ok && typeof body.token === 'string') {
        options.mask(body.token);
        return { token: body.token, idToken };
    }
    throw new OidcError('TL_OIDC_PYPI_MINT', diagnosePypiMint(body.errors ?? [], idToken, root));
}

;// CONCATENATED MODULE: ./packages/oidc/src/static-tokens.ts





/** setup-node's `registry-url` writes an .npmrc naming NODE_AUTH_TOKEN and sets it to this. */
const SETUP_NODE_PLACEHOLDER = 'XXXXX-XXXXX-XXXXX-XXXXX';
/** npm's credential settings (the last `:`-part of a key, case and `-`/`_` folded). */
const NPM_AUTH_KEYS = new Set([
    '_authtoken',
    '_auth',
    '_password',
    'password',
    'username',
    'certfile',
    'keyfile',
    'cert',
    'key',
]);
/** Whether npm reads this config key as a credential: `_authToken`, `//host/path/:_auth`, ... */
function isNpmAuthKey(key) {
    const last = key.slice(key.lastIndexOf(':') + 1);
    return NPM_AUTH_KEYS.has(last.toLowerCase().replace(/-/g, '_'));
}
/** Variables that hold a registry credential for npm or for a PyPI client. */
const TOKEN_VARIABLE = /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|(TEST_?)?PYPI_\w*(TOKEN|PASSWORD|SECRET|KEY|AUTH)\w*|TWINE_(USERNAME|PASSWORD|CLIENT_CERT)|UV_PUBLISH_(TOKEN|PASSWORD|USERNAME)|FLIT_(PASSWORD|USERNAME)|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_(AUTH|USER)|PDM_PUBLISH_(PASSWORD|USERNAME))$/i;
/** Variables that name an upload URL, which may carry user:password@. */
const URL_VARIABLE = /^(TWINE_REPOSITORY_URL|UV_PUBLISH_URL|FLIT_INDEX_URL|HATCH_INDEX_REPO|PDM_PUBLISH_REPO)$/i;
/** Whether a URL carries credentials (`https://user:token@host/`). */
function urlHasCredentials(text) {
    try {
        const url = new URL(text);
        return url.username !== '' || url.password !== '';
    }
    catch {
        return false;
    }
}
/** The URL with its credentials replaced by `***`, for messages. */
function redactUrl(text) {
    try {
        const url = new URL(text);
        if (!url.username && !url.password)
            return url.href;
        url.username = '***';
        url.password = '';
        return url.href;
    }
    catch {
        return '(not a URL)';
    }
}
/** Credentials in the environment: token variables, npm_config_* credentials, URLs with user:password@. */
function findTokensInEnvironment(env) {
    const found = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        const npmKey = npmEnvKey(name);
        if (TOKEN_VARIABLE.test(name)) {
            found.push({
                where: name,
                what: value === SETUP_NODE_PLACEHOLDER
                    ? `the environment variable ${name} holds setup-node's placeholder token ${SETUP_NODE_PLACEHOLDER} (written when actions/setup-node has registry-url)`
                    : `the environment variable ${name} is set`,
            });
        }
        else if (npmKey !== undefined) {
            if (isNpmAuthKey(npmKey)) {
                found.push({ where: name, what: `the environment variable ${name} configures npm auth` });
            }
            else if (urlHasCredentials(value)) {
                found.push({
                    where: name,
                    what: `the environment variable ${name} is a URL with credentials in it`,
                });
            }
        }
        else if (URL_VARIABLE.test(name) && urlHasCredentials(value)) {
            found.push({
                where: name,
                what: `the environment variable ${name} is a URL with credentials in it`,
            });
        }
    }
    return found;
}
function npmrcFinding(file, entry, env) {
    // The key as written is named (its ${VAR} expanded could be anything); both are judged.
    const key = entry.section === undefined ? entry.key : `[${entry.section}] ${entry.key}`;
    const at = `${file.path}:${entry.line}`;
    if (isNpmAuthKey(entry.key) || isNpmAuthKey(expandNpmrcVariables(entry.key, env))) {
        const value = typeof entry.value === 'string' ? entry.value : '';
        const setupNode = value.includes(SETUP_NODE_PLACEHOLDER) || /\$\{NODE_AUTH_TOKEN\??\}/.test(value);
        return {
            where: file.path,
            line: entry.line,
            what: `${at} sets ${key}${setupNode ? ' (the .npmrc that actions/setup-node writes for registry-url)' : ''}`,
        };
    }
    if (typeof entry.value === 'string' &&
        (urlHasCredentials(entry.value) || urlHasCredentials(expandNpmrcVariables(entry.value, env)))) {
        return {
            where: file.path,
            line: entry.line,
            what: `${at} sets ${key} to a URL with credentials in it`,
        };
    }
    return undefined;
}
/** Credentials in .npmrc files (as read by npmrcFilesInReach). */
function findTokensInNpmrcFiles(files, env) {
    return files.flatMap((file) => file.entries.flatMap((entry) => {
        const finding = npmrcFinding(file, entry, env);
        return finding ? [finding] : [];
    }));
}
/** A `.pypirc` (configparser): `password` in any section (twine would use it). */
function findTokensInPypirc(path, text) {
    const found = [];
    let section = '';
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        const header = /^\s*\[([^\]]*)\]/.exec(line);
        if (header) {
            section = header[1] ?? '';
            return;
        }
        const match = /^([^\s#;:=][^:=]*?)\s*[:=]/.exec(line);
        const key = match?.[1]?.trim().toLowerCase();
        if (key === 'password' || key === 'client_cert') {
            found.push({
                where: path,
                line: index + 1,
                what: `${path}:${index + 1} sets ${key} in [${section}]`,
            });
        }
        else if (key === 'repository' &&
            urlHasCredentials(line.slice(line.search(/[:=]/) + 1).trim())) {
            found.push({
                where: path,
                line: index + 1,
                what: `${path}:${index + 1} sets repository in [${section}] to a URL with credentials in it`,
            });
        }
    });
    return found;
}
/** The 1-based line of the first `"key"` after `"publishConfig"` in a package.json text. */
function publishConfigLine(text, key) {
    const start = text.indexOf('"publishConfig"');
    if (start === -1)
        return undefined;
    const at = text.indexOf(JSON.stringify(key), start);
    return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}
/**
 * Credentials in a package.json's `publishConfig`: npm applies every key there as config for the
 * publish (a token is used), and uploads the manifest with it (the token is published).
 */
function findTokensInPublishConfig(text, where) {
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        return [];
    }
    const config = manifest?.publishConfig;
    if (typeof config !== 'object' || config === null)
        return [];
    return Object.entries(config).flatMap(([key, value]) => {
        const credential = isNpmAuthKey(key);
        if (!credential && !(typeof value === 'string' && urlHasCredentials(value)))
            return [];
        const line = publishConfigLine(text, key);
        const at = line === undefined ? where : `${where}:${line}`;
        return [
            {
                where,
                ...(line === undefined ? {} : { line }),
                what: `${at} sets publishConfig.${key}${credential ? '' : ' to a URL with credentials in it'} (npm would use it, and publish it in the package's manifest)`,
            },
        ];
    });
}
/**
 * Every static credential npm or a PyPI client would find when started in one of `dirs`: the
 * environment, every .npmrc in reach (npmrcFilesInReach) and ~/.pypirc.
 */
async function findStaticTokens(options) {
    const files = await npmrcFilesInReach(options);
    const pypirc = (0,external_node_path_.join)(options.home, '.pypirc');
    const pypircText = await (0,promises_.readFile)(pypirc, 'utf8').catch(() => undefined);
    return [
        ...findTokensInEnvironment(options.env),
        ...findTokensInNpmrcFiles(files, options.env),
        ...(pypircText === undefined ? [] : findTokensInPypirc(pypirc, pypircText)),
    ];
}
/** Refuses to go on with any static token in reach, naming each (never its value). */
function refuseStaticTokens(found) {
    if (found.length === 0)
        return;
    const setupNode = found.some((token) => token.what.includes('setup-node'));
    throw new OidcError('TL_OIDC_STATIC_TOKEN', `publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: ${found.map((token) => token.what).join('; ')}. Remove ${found.length === 1 ? 'it' : 'them'} from the publishing job${setupNode ? ' (drop registry-url from actions/setup-node there)' : ''}: npm prefers a configured token over OIDC, and a token in a publish job is one that can leak.`, found[0]?.line ? { location: { file: found[0].where, line: found[0].line } } : {});
}

;// CONCATENATED MODULE: ./packages/oidc/src/index.ts











/***/ }),

/***/ 2344:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gO: () => (/* reexport */ HttpLimitError),
  xG: () => (/* reexport */ globInWorkspace),
  aj: () => (/* reexport */ httpRequest),
  SU: () => (/* reexport */ parseRepository),
  z1: () => (/* reexport */ resolveInWorkspace),
  C3: () => (/* reexport */ retryAfterSeconds)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, assertInWorkspace, globBase, globFilesInWorkspace, isInside

;// CONCATENATED MODULE: ./packages/platform/src/http-request.ts
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
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
        if ((await stat(match).catch(() => undefined))?.isFile())
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

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

/***/ 4649:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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

/***/ 8321:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
var src = __nccwpck_require__(7709);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/oidc/src/index.ts + 9 modules
var oidc_src = __nccwpck_require__(7922);
;// CONCATENATED MODULE: ./packages/release-tools/src/registries.ts
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

;// CONCATENATED MODULE: ./actions/publish-oidc/src/inputs.ts



const GATE_MODES = ['auto', 'true', 'false'];
function parseRegistry(value) {
    const text = value ?? 'npm';
    if (isRegistryName(text)) {
        const { url } = REGISTRIES[text];
        return text === 'npm' ? { kind: 'npm', url } : { kind: 'pypi', name: text, uploadUrl: url };
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input registry is "${text}", which is neither npm, pypi, testpypi nor a URL. Use one of those, e.g. registry: npm.`, { input: 'registry' });
    }
    if (ecosystemOfUrl(url) === 'pypi') {
        return {
            kind: 'pypi',
            name: 'custom',
            uploadUrl: url.href.endsWith('/') ? url.href : `${url.href}/`,
        };
    }
    return { kind: 'npm', url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}
/**
 * Refuses a registry URL with credentials in it (`https://user:token@host/`): they are masked
 * first and never printed; the message shows the URL without them.
 */
function refuseRegistryCredentials(ctx, value) {
    if (value === undefined)
        return;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return;
    }
    if (!url.username && !url.password)
        return;
    const decode = (text) => {
        try {
            return decodeURIComponent(text);
        }
        catch {
            return text;
        }
    };
    for (const secret of [
        value,
        url.password,
        url.username,
        decode(url.password),
        decode(url.username),
    ])
        if (secret)
            ctx.setSecret(secret);
    const bare = `${url.protocol}//${url.host}${url.pathname}`;
    throw new src/* ConfigurationError */.j1(`Input registry is a URL with credentials in it (${(0,oidc_src/* redactUrl */.BO)(value)}). publish-oidc publishes through OIDC only, and a credential in a workflow file is one that leaks: remove it from the URL, revoke it, and name the registry alone, e.g. registry: ${bare}.`, { input: 'registry' });
}
function parseInputs(ctx) {
    const registryInput = (0,src/* optionalInput */.$m)(ctx, 'registry');
    refuseRegistryCredentials(ctx, registryInput);
    const registry = parseRegistry(registryInput);
    return {
        registry,
        packages: (0,src/* multilineInput */.yw)(ctx, 'packages'),
        version: (0,src/* optionalInput */.$m)(ctx, 'version'),
        distTag: (0,src/* optionalInput */.$m)(ctx, 'dist-tag'),
        provenance: (0,src/* booleanInput */.tE)(ctx, 'provenance', true),
        attestations: (0,src/* booleanInput */.tE)(ctx, 'attestations', true),
        skipExisting: (0,src/* booleanInput */.tE)(ctx, 'skip-existing', true),
        environments: (0,src/* multilineInput */.yw)(ctx, 'environment'),
        requireGate: (0,src/* enumInput */.gX)(ctx, 'require-gate', GATE_MODES, 'auto'),
        verify: (0,src/* booleanInput */.tE)(ctx, 'verify', true),
        verifyTimeoutSeconds: (0,src/* integerInput */.$A)(ctx, 'verify-timeout-seconds', {
            defaultValue: 120,
            min: 0,
            max: 3600,
        }),
        npmVersion: (0,src/* optionalInput */.$m)(ctx, 'npm-version') ?? '11.5.1',
        sha: (0,src/* optionalInput */.$m)(ctx, 'sha') ?? ctx.env.GITHUB_SHA,
        token: (0,src/* optionalInput */.$m)(ctx, 'token'),
        repository: (0,src/* repositoryInput */.JD)(ctx, false),
        workingDirectory: (0,src/* optionalInput */.$m)(ctx, 'working-directory') ?? '.',
    };
}

// EXTERNAL MODULE: ./actions/publish-oidc/src/outcome.ts
var outcome = __nccwpck_require__(1813);
;// CONCATENATED MODULE: ./actions/publish-oidc/src/main.ts







/** npm publishes at once; each is one npm process waiting mostly on the registry. */
const NPM_CONCURRENCY = 4;
async function run(ctx) {
    const inputs = parseInputs(ctx);
    const cwd = (0,src/* resolveInWorkspace */.z1)(ctx.workspace, inputs.workingDirectory, {
        input: 'working-directory',
    });
    // The cheapest precondition first: without id-token: write nothing else matters.
    const request = (0,oidc_src/* checkCanRequestIdToken */.uH)(ctx.env, ctx.event);
    const outcomes = inputs.registry.kind === 'npm'
        ? await publishToNpm(ctx, { ...inputs, registry: inputs.registry }, cwd, request)
        : await publishToPypi(ctx, { ...inputs, registry: inputs.registry }, cwd, request);
    (0,outcome/* reportOutcomes */.s)(ctx, outcomes);
    const failed = outcomes.filter((outcome) => outcome.result === 'failed');
    if (failed.length > 0) {
        throw new src/* ConfigurationError */.j1(`${failed.length} of ${outcomes.length} package(s) failed to publish: ${failed.map((outcome) => `${outcome.id}: ${outcome.detail.replace(/\.$/, '')}`).join(' | ')}. A rerun publishes only what is missing.`);
    }
}
/**
 * Refuses any static token in the environment, the .npmrc files npm would read started in any of
 * `dirs` (and the workspace), ~/.pypirc, and `more` (publishConfig), naming each, never its value.
 */
async function refuseTokensInReach(ctx, dirs, more = []) {
    const { npmInstallDir } = await __nccwpck_require__.e(/* import() */ 346).then(__nccwpck_require__.bind(__nccwpck_require__, 3346));
    const npmPath = await npmInstallDir(ctx.env);
    const found = await (0,oidc_src/* findStaticTokens */.cs)({
        env: ctx.env,
        home: ctx.env.HOME ?? (0,external_node_os_.homedir)(),
        dirs: [...new Set([...dirs, ctx.workspace])],
        ...(npmPath === undefined ? {} : { npmPath }),
        execPath: process.execPath,
    });
    (0,oidc_src/* refuseStaticTokens */.Px)([...found, ...more]);
}
function describeJob(ctx, claims, registry) {
    ctx.summary.heading('publish-oidc', 2);
    ctx.summary.table(['Claim', 'Value'], (0,oidc_src/* claimsTable */.e2)(claims));
    ctx.summary.paragraph(`Trusted publisher this job matches on ${registry === 'npm' ? 'npm' : 'PyPI'}: ${(0,oidc_src/* describePublisher */.w$)((0,oidc_src/* publisherSettings */.gW)(claims, registry))}.`);
}
async function publishToNpm(ctx, inputs, cwd, request) {
    const { publishConfigTokens, resolvePackageSources } = await Promise.all(/* import() */[__nccwpck_require__.e(494), __nccwpck_require__.e(425), __nccwpck_require__.e(844)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8844));
    const { ensureNpm } = await Promise.all(/* import() */[__nccwpck_require__.e(353), __nccwpck_require__.e(737), __nccwpck_require__.e(438)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1438));
    const sources = await resolvePackageSources(ctx, inputs.packages, cwd);
    await refuseTokensInReach(ctx, [cwd, ...sources.map((source) => (source.endsWith('.tgz') ? (0,external_node_path_.dirname)(source) : source))], await publishConfigTokens(ctx, sources));
    const npm = await ensureNpm(ctx, inputs.npmVersion);
    // Directories are packed here: the tarball checked is the tarball published.
    const packedDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-packed-'));
    try {
        return await publishPackedToNpm(ctx, inputs, request, { npm, sources, packedDir });
    }
    finally {
        await (0,promises_.rm)(packedDir, { recursive: true, force: true });
    }
}
async function publishPackedToNpm(ctx, inputs, request, context) {
    const { npm, sources, packedDir } = context;
    const { readPackage } = await Promise.all(/* import() */[__nccwpck_require__.e(494), __nccwpck_require__.e(425), __nccwpck_require__.e(844)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8844));
    const { checkProvenanceClaims, checkRepositoryUrls, checkVersions, chooseDistTag, publishNpmPackage, } = await Promise.all(/* import() */[__nccwpck_require__.e(353), __nccwpck_require__.e(737), __nccwpck_require__.e(438)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1438));
    const packages = [];
    for (const source of sources)
        packages.push(await readPackage(ctx, npm, source, packedDir));
    checkVersions(packages, inputs.version);
    const distTags = packages.map((pkg) => chooseDistTag(pkg.version, inputs.distTag));
    const probe = await (0,oidc_src/* requestIdToken */.gj)(request, (0,oidc_src/* npmAudience */.YD)(inputs.registry.url), (secret) => ctx.setSecret(secret));
    const claims = (0,oidc_src/* decodeClaims */.Yq)(probe);
    (0,oidc_src/* checkClaims */.Kz)(claims, { registry: 'npm', environments: inputs.environments });
    if (inputs.provenance) {
        checkProvenanceClaims(claims);
        checkRepositoryUrls(packages, claims.repository);
    }
    describeJob(ctx, claims, 'npm');
    const { checkTestGate } = await __nccwpck_require__.e(/* import() */ 244).then(__nccwpck_require__.bind(__nccwpck_require__, 9244));
    ctx.summary.paragraph(`Test gate: ${await checkTestGate(ctx, inputs)}.`);
    // npm publish is mostly waiting on the registry: a few at once, in the packages' order.
    return (0,src/* mapWithConcurrency */.WS)(packages, NPM_CONCURRENCY, async (pkg, index) => {
        try {
            return await publishNpmPackage(ctx, inputs, pkg, {
                npm,
                request,
                claims,
                distTag: distTags[index] ?? 'latest',
            });
        }
        catch (error) {
            return {
                id: `${pkg.name}@${pkg.version}`,
                registry: inputs.registry.url,
                result: 'failed',
                detail: error instanceof Error ? error.message : String(error),
            };
        }
    });
}
async function publishToPypi(ctx, inputs, cwd, request) {
    const { readPythonDistribution } = await Promise.all(/* import() */[__nccwpck_require__.e(494), __nccwpck_require__.e(425)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9425));
    const { publishPythonDistribution } = await Promise.all(/* import() */[__nccwpck_require__.e(494), __nccwpck_require__.e(425), __nccwpck_require__.e(399)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6399));
    await refuseTokensInReach(ctx, [cwd]);
    const files = [];
    for (const pattern of inputs.packages.length > 0 ? inputs.packages : ['dist/*']) {
        const matched = await (0,src/* globInWorkspace */.xG)(ctx.workspace, pattern, { input: 'packages', cwd });
        if (matched.length === 0) {
            throw new src/* ConfigurationError */.j1(`The packages entry ${pattern} matches no file. Build the distributions first (python -m build), or fix the entry.`, { input: 'packages' });
        }
        files.push(...matched.filter((file) => /\.(whl|tar\.gz)$/.test(file)).sort());
    }
    const dists = await Promise.all([...new Set(files)].map((file) => readPythonDistribution(file)));
    for (const dist of dists) {
        if (inputs.version !== undefined) {
            const { versionsEquivalent } = await Promise.all(/* import() */[__nccwpck_require__.e(353), __nccwpck_require__.e(993)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1993));
            if (!versionsEquivalent(dist.version, inputs.version)) {
                throw new src/* ConfigurationError */.j1(`${dist.filename} is version ${dist.version}, but this release is ${inputs.version}. Rebuild it from the release commit, or leave it out of packages.`, { input: 'version' });
            }
        }
    }
    const root = (0,oidc_src/* pypiOidcRoot */.YT)(inputs.registry.uploadUrl);
    const getIdToken = (audience) => (0,oidc_src/* requestIdToken */.gj)(request, audience, (secret) => ctx.setSecret(secret));
    const audienceAnswer = await (0,src/* httpRequest */.aj)(`${root}/_/oidc/audience`, {
        maxBytes: 1024 * 1024,
        deadlineMs: 60_000,
    }).catch(() => undefined);
    const audience = (await audienceAnswer?.json().catch(() => ({})))?.audience;
    const claims = (0,oidc_src/* decodeClaims */.Yq)(await getIdToken(audience ?? 'pypi'));
    (0,oidc_src/* checkClaims */.Kz)(claims, { registry: 'pypi', environments: inputs.environments });
    describeJob(ctx, claims, 'pypi');
    const { checkTestGate } = await __nccwpck_require__.e(/* import() */ 244).then(__nccwpck_require__.bind(__nccwpck_require__, 9244));
    ctx.summary.paragraph(`Test gate: ${await checkTestGate(ctx, inputs)}.`);
    // A fresh token for the mint: PyPI refuses a jti it has seen.
    const { token } = await (0,oidc_src/* mintPypiToken */.CH)({
        uploadUrl: inputs.registry.uploadUrl,
        getIdToken,
        mask: (secret) => ctx.setSecret(secret),
    });
    // Signed before anything is uploaded: without Sigstore, nothing goes up.
    const { attestDistributions, sigstoreUrls } = await Promise.all(/* import() */[__nccwpck_require__.e(353), __nccwpck_require__.e(737), __nccwpck_require__.e(179), __nccwpck_require__.e(374)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9993));
    const urls = sigstoreUrls(ctx.env);
    if (inputs.attestations && ctx.env.TOKENLESS_SANDBOX_SIGSTORE_URL) {
        ctx.log.info(`Attestations are signed by the Sigstore at ${urls.fulcio} (a sandbox).`);
    }
    const blocker = inputs.attestations ? (0,oidc_src/* pypiAttestationBlocker */.R0)(claims) : undefined;
    if (blocker !== undefined)
        ctx.log.warning(blocker, { title: 'No attestations from a reusable workflow' });
    const attestations = inputs.attestations && blocker === undefined
        ? await attestDistributions(dists, { getIdToken, urls })
        : undefined;
    const outcomes = [];
    for (const dist of dists) {
        try {
            outcomes.push(await publishPythonDistribution(inputs, dist, token, attestations?.get(dist.filename)));
        }
        catch (error) {
            outcomes.push({
                id: `${dist.name}@${dist.version} (${dist.filename})`,
                registry: root,
                result: 'failed',
                detail: error instanceof Error ? error.message : String(error),
            });
        }
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/index.ts


void (0,src/* runAction */.Cs)(run);

