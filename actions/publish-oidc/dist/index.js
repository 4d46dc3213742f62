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

/***/ 3630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ configuration_error_ConfigurationError),
  tE: () => (/* reexport */ booleanInput),
  gX: () => (/* reexport */ enumInput),
  aj: () => (/* reexport */ httpRequest),
  $A: () => (/* reexport */ integerInput),
  WS: () => (/* reexport */ mapWithConcurrency),
  yw: () => (/* reexport */ multilineInput),
  $m: () => (/* reexport */ optionalInput),
  JD: () => (/* reexport */ repositoryInput),
  Cs: () => (/* reexport */ runAction)
});

// UNUSED EXPORTS: Summary, appendKeyValue, createLogger, createRunnerContext, escapeData, escapeProperty, execProcess, formatCommand, inputEnvironmentName, isConfigurationError, listInput, maskingWriter, optionalBooleanInput, parseRepository, readEvent, reportFailure, requiredInput, writeSummary

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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
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
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
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
        (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, 'utf8');
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
        throw new configuration_error_ConfigurationError(`Input ${name} is "${value}", which is not one of: ${allowed.join(', ')}.`, { input: name });
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
            writeSummary(context, (text) => process.stdout.write(`${text}${external_node_os_.EOL}`));
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

;// CONCATENATED MODULE: ./packages/action-kit/src/http-request.ts
/**
 * A small HTTP(S) request over node:http, for the few JSON calls of an action's fast path: the
 * global fetch loads undici on first use, which costs more start-up time than the calls themselves.
 * Proxies are not honoured here; use fetch where a runner may need one.
 */
async function httpRequest(url, options = {}) {
    const target = new URL(url);
    const { request } = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const call = request(target, {
            method: options.method ?? 'GET',
            headers: {
                ...options.headers,
                ...(options.body === undefined
                    ? {}
                    : { 'content-length': String(Buffer.byteLength(options.body)) }),
            },
            timeout: options.timeoutMs ?? 60_000,
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
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
        call.on('timeout', () => call.destroy(new Error(`${target.origin} did not answer in time`)));
        call.on('error', reject);
        call.end(options.body);
    });
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts













/***/ }),

/***/ 1387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uH: () => (/* reexport */ checkCanRequestIdToken),
  Kz: () => (/* reexport */ checkClaims),
  e2: () => (/* reexport */ claimsTable),
  Yq: () => (/* reexport */ decodeClaims),
  Ll: () => (/* reexport */ defaultGlobalPrefix),
  w$: () => (/* reexport */ describePublisher),
  lw: () => (/* reexport */ escapePackageName),
  eX: () => (/* reexport */ exchangeNpmToken),
  cs: () => (/* reexport */ findStaticTokens),
  mintPypiToken: () => (/* reexport */ mintPypiToken),
  npmAudience: () => (/* reexport */ npmAudience),
  az: () => (/* reexport */ npmrcFilesInReach),
  gW: () => (/* reexport */ publisherSettings),
  pypiOidcRoot: () => (/* reexport */ pypiOidcRoot),
  Px: () => (/* reexport */ refuseStaticTokens),
  requestIdToken: () => (/* reexport */ requestIdToken)
});

// UNUSED EXPORTS: MISSING_ID_TOKEN_PERMISSION, PYPI_UPLOAD_URLS, SETUP_NODE_PLACEHOLDER, diagnoseNpmExchange, diagnosePypiMint, idTokenRequestFrom, workflowFileOf, workflowRepositoryOf

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(3630);
;// CONCATENATED MODULE: ./packages/oidc/src/claims.ts

/** The payload of a JWT, without verifying it: for diagnosis only, never for trust. */
function decodeClaims(jwt) {
    const payload = jwt.split('.')[1];
    try {
        if (payload === undefined)
            throw new Error('no payload');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof claims !== 'object' || claims === null || Array.isArray(claims))
            throw new Error('not an object');
        return claims;
    }
    catch {
        throw new src/* ConfigurationError */.j1('The OIDC token from GitHub is not a JWT with a JSON payload, so its claims cannot be read. This is not expected from GitHub Actions: rerun the job, and check that nothing replaces ACTIONS_ID_TOKEN_REQUEST_URL.');
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

;// CONCATENATED MODULE: ./packages/oidc/src/id-token.ts

/** Where the job can ask GitHub for an OIDC token: present only with `id-token: write`. */
function idTokenRequestFrom(env) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return requestUrl && requestToken ? { requestUrl, requestToken } : undefined;
}
const MISSING_ID_TOKEN_PERMISSION = 'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, which means the job lacks "permissions: id-token: write". Add to the publishing job: permissions: { id-token: write, contents: read } (and nothing else runs in that job).';
/**
 * Asks GitHub (or the sandbox issuer) for a fresh OIDC token for `audience`; retried on 5xx and
 * network errors. The token is handed to `mask` before anything else happens with it.
 */
async function requestIdToken(request, audience, mask, options = {}) {
    const url = new URL(request.requestUrl);
    url.searchParams.append('audience', audience);
    const retries = options.retries ?? 3;
    let lastProblem = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0)
            await new Promise((resolve) => setTimeout(resolve, (options.backoffMs ?? 500) * attempt));
        let response;
        try {
            response = await (0,src/* httpRequest */.aj)(url, {
                headers: { accept: 'application/json', authorization: `Bearer ${request.requestToken}` },
            });
        }
        catch (error) {
            lastProblem = error instanceof Error ? error.message : String(error);
            continue;
        }
        if (response.status >= 500) {
            lastProblem = `HTTP ${response.status}`;
            continue;
        }
        const body = (await response.json().catch(() => ({})));
        if (!response.ok || typeof body.value !== 'string') {
            throw new src/* ConfigurationError */.j1(`GitHub refused the OIDC token request for audience ${audience}: HTTP ${response.status}${typeof body.message === 'string' ? ` ${body.message.replace(/\.$/, '')}` : ''}. The job's id-token permission or the runner's request token is not valid; rerun the job, and check "permissions: id-token: write" on it.`);
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
    const [owner = '(none)', repository = '(none)'] = (claims.repository ?? '').split('/');
    const ref = registry === 'npm' ? claims.workflow_ref : claims.job_workflow_ref;
    return {
        owner: claims.repository_owner ?? owner,
        repository,
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
    throw new src/* ConfigurationError */.j1(response.ok
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
            throw new src/* ConfigurationError */.j1(`This run is for a pull request from a fork (${head?.full_name ?? 'a deleted repository'}): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in ${base ?? 'the repository'} itself.`);
        }
    }
    const request = idTokenRequestFrom(env);
    if (request === undefined)
        throw new src/* ConfigurationError */.j1(MISSING_ID_TOKEN_PERMISSION);
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
            throw new src/* ConfigurationError */.j1(`The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires ${environments.join(' or ')}. Add "environment: ${environments[0]}" to the job, protect that environment with required reviewers, and name it in the registry's trusted publisher.`, { input: 'environment' });
        }
        if (!environments.some((name) => name.toLowerCase() === environment.toLowerCase())) {
            throw new src/* ConfigurationError */.j1(`The publishing job runs under the environment ${environment}, but publish-oidc requires ${environments.join(' or ')}. Run the job under ${environments[0]} (environment: ${environments[0]}), or change the environment input if ${environment} is the protected one.`, { input: 'environment' });
        }
    }
    if (options.registry === 'npm' && claims.runner_environment === 'self-hosted') {
        throw new src/* ConfigurationError */.j1('npm accepts trusted publishing only from GitHub-hosted runners, and this job runs on a self-hosted runner (runner_environment: self-hosted): npm would answer 422. Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest).');
    }
    if (options.registry === 'pypi') {
        const holder = workflowRepositoryOf(claims.job_workflow_ref);
        if (holder && claims.repository && holder !== claims.repository) {
            throw new src/* ConfigurationError */.j1(`PyPI's trusted publisher names the workflow file that holds the publishing job (job_workflow_ref: ${claims.job_workflow_ref}), and that file is in ${holder}, not in ${claims.repository}, the repository publishing: PyPI cannot trust a reusable workflow from another repository. Put the publishing job in a workflow file of ${claims.repository} (it can still call the shared workflow for building and testing).`);
        }
    }
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
    const audienceResponse = await fetch(`${root}/_/oidc/audience`);
    const { audience } = (await audienceResponse.json().catch(() => ({})));
    if (!audienceResponse.ok || typeof audience !== 'string') {
        throw new src/* ConfigurationError */.j1(`${root} does not offer trusted publishing (GET /_/oidc/audience answered HTTP ${audienceResponse.status}). Check the registry input: pypi, testpypi, or the upload URL of an index that supports OIDC.`, { input: 'registry' });
    }
    const idToken = await options.getIdToken(audience);
    const response = await fetch(`${root}/_/oidc/mint-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: idToken }),
    });
    const body = (await response.json().catch(() => ({})));
    if (response.ok && typeof body.token === 'string') {
        options.mask(body.token);
        return { token: body.token, idToken };
    }
    throw new src/* ConfigurationError */.j1(diagnosePypiMint(body.errors ?? [], idToken, root));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/oidc/src/static-tokens.ts



/** setup-node's `registry-url` writes an .npmrc naming NODE_AUTH_TOKEN and sets it to this. */
const SETUP_NODE_PLACEHOLDER = 'XXXXX-XXXXX-XXXXX-XXXXX';
const TOKEN_VARIABLES = [
    'NODE_AUTH_TOKEN',
    'NPM_TOKEN',
    'NPM_AUTH_TOKEN',
    'TWINE_USERNAME',
    'TWINE_PASSWORD',
    'PYPI_API_TOKEN',
    'PYPI_TOKEN',
    'TEST_PYPI_API_TOKEN',
];
/** The .npmrc files npm reads for a publish from these directories: project, user, global. */
function npmrcFilesInReach(options) {
    const { env } = options;
    const user = env.NPM_CONFIG_USERCONFIG ?? env.npm_config_userconfig ?? (0,external_node_path_.join)(options.home, '.npmrc');
    const global = env.NPM_CONFIG_GLOBALCONFIG ??
        env.npm_config_globalconfig ??
        (0,external_node_path_.join)(options.globalPrefix, 'etc', 'npmrc');
    const projects = options.projectDirs.map((dir) => (0,external_node_path_.join)(dir, '.npmrc'));
    return [...new Set([...projects, user, global])];
}
function defaultGlobalPrefix(env, nodeExecutable) {
    return env.NPM_CONFIG_PREFIX ?? env.npm_config_prefix ?? (0,external_node_path_.dirname)((0,external_node_path_.dirname)(nodeExecutable));
}
function variableFinding(name, value) {
    const placeholder = value === SETUP_NODE_PLACEHOLDER;
    return {
        where: name,
        what: placeholder
            ? `the environment variable ${name} holds setup-node's placeholder token ${SETUP_NODE_PLACEHOLDER} (written when actions/setup-node has registry-url)`
            : `the environment variable ${name} is set`,
    };
}
/** Every static token in the environment and the given .npmrc files (missing files are fine). */
async function findStaticTokens(options) {
    const found = [];
    for (const name of TOKEN_VARIABLES) {
        const value = options.env[name];
        if (value)
            found.push(variableFinding(name, value));
    }
    for (const [name, value] of Object.entries(options.env)) {
        if (value && /^npm_config_.*_auth(token)?$/i.test(name.replace(/:/g, '_'))) {
            found.push({ where: name, what: `the environment variable ${name} configures npm auth` });
        }
    }
    for (const file of options.npmrcFiles) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            continue;
        }
        text.split(/\r?\n/).forEach((raw, index) => {
            const line = raw.trim();
            if (line.startsWith('#') || line.startsWith(';'))
                return;
            const match = /^(\S*?)(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line);
            if (!match)
                return;
            const value = match[3] ?? '';
            const placeholder = value.includes(SETUP_NODE_PLACEHOLDER) || /\$\{NODE_AUTH_TOKEN\}/.test(value);
            found.push({
                where: file,
                line: index + 1,
                what: `${file}:${index + 1} sets ${match[1]}${match[2]}${placeholder ? ' (the .npmrc that actions/setup-node writes for registry-url)' : ''}`,
            });
        });
    }
    return found;
}
/** Refuses to go on with any static token in reach, naming each. */
function refuseStaticTokens(found) {
    if (found.length === 0)
        return;
    const setupNode = found.some((token) => token.what.includes('setup-node'));
    throw new src/* ConfigurationError */.j1(`publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: ${found.map((token) => token.what).join('; ')}. Remove ${found.length === 1 ? 'it' : 'them'} from the publishing job${setupNode ? ' (drop registry-url from actions/setup-node there)' : ''}: npm prefers a configured token over OIDC, and a token in a publish job is one that can leak.`, found[0]?.line ? { location: { file: found[0].where, line: found[0].line } } : {});
}

;// CONCATENATED MODULE: ./packages/oidc/src/index.ts









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

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(3630);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/oidc/src/index.ts + 7 modules
var oidc_src = __nccwpck_require__(1387);
;// CONCATENATED MODULE: ./actions/publish-oidc/src/inputs.ts

const GATE_MODES = ['auto', 'true', 'false'];
function parseRegistry(value) {
    const text = value ?? 'npm';
    if (text === 'npm')
        return { kind: 'npm', url: 'https://registry.npmjs.org/' };
    if (text === 'pypi')
        return { kind: 'pypi', name: 'pypi', uploadUrl: 'https://upload.pypi.org/legacy/' };
    if (text === 'testpypi') {
        return { kind: 'pypi', name: 'testpypi', uploadUrl: 'https://test.pypi.org/legacy/' };
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input registry is "${text}", which is neither npm, pypi, testpypi nor a URL. Use one of those, e.g. registry: npm.`, { input: 'registry' });
    }
    if (url.pathname.replace(/\/+$/, '').endsWith('/legacy')) {
        return {
            kind: 'pypi',
            name: 'custom',
            uploadUrl: url.href.endsWith('/') ? url.href : `${url.href}/`,
        };
    }
    return { kind: 'npm', url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}
function parseInputs(ctx) {
    const registry = parseRegistry((0,src/* optionalInput */.$m)(ctx, 'registry'));
    return {
        registry,
        packages: (0,src/* multilineInput */.yw)(ctx, 'packages'),
        version: (0,src/* optionalInput */.$m)(ctx, 'version'),
        distTag: (0,src/* optionalInput */.$m)(ctx, 'dist-tag'),
        provenance: (0,src/* booleanInput */.tE)(ctx, 'provenance', true),
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
    const cwd = (0,external_node_path_.resolve)(ctx.workspace, inputs.workingDirectory);
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
/** Refuses any static token in the environment or the .npmrc files npm would read. */
async function refuseTokensInReach(ctx, projectDirs) {
    const npmrcFiles = (0,oidc_src/* npmrcFilesInReach */.az)({
        env: ctx.env,
        home: ctx.env.HOME ?? '/root',
        projectDirs,
        globalPrefix: (0,oidc_src/* defaultGlobalPrefix */.Ll)(ctx.env, process.execPath),
    });
    (0,oidc_src/* refuseStaticTokens */.Px)(await (0,oidc_src/* findStaticTokens */.cs)({ env: ctx.env, npmrcFiles }));
}
function describeJob(ctx, claims, registry) {
    ctx.summary.heading('publish-oidc', 2);
    ctx.summary.table(['Claim', 'Value'], (0,oidc_src/* claimsTable */.e2)(claims));
    ctx.summary.paragraph(`Trusted publisher this job matches on ${registry === 'npm' ? 'npm' : 'PyPI'}: ${(0,oidc_src/* describePublisher */.w$)((0,oidc_src/* publisherSettings */.gW)(claims, registry))}.`);
}
async function publishToNpm(ctx, inputs, cwd, request) {
    const { readPackage, resolvePackageSources } = await __nccwpck_require__.e(/* import() */ 844).then(__nccwpck_require__.bind(__nccwpck_require__, 8844));
    const { checkRepositoryUrls, checkVersions, chooseDistTag, ensureNpm, publishNpmPackage } = await Promise.all(/* import() */[__nccwpck_require__.e(642), __nccwpck_require__.e(520), __nccwpck_require__.e(870)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8870));
    const sources = await resolvePackageSources(ctx, inputs.packages, cwd);
    await refuseTokensInReach(ctx, [
        cwd,
        ...sources.map((source) => (source.endsWith('.tgz') ? (0,external_node_path_.dirname)(source) : source)),
    ]);
    const npm = await ensureNpm(ctx, inputs.npmVersion);
    const packages = [];
    for (const source of sources)
        packages.push(await readPackage(ctx, source));
    checkVersions(packages, inputs.version);
    const distTags = packages.map((pkg) => chooseDistTag(pkg.version, inputs.distTag));
    const { npmAudience, requestIdToken } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1387));
    const probe = await requestIdToken(request, npmAudience(inputs.registry.url), (secret) => ctx.setSecret(secret));
    const claims = (0,oidc_src/* decodeClaims */.Yq)(probe);
    (0,oidc_src/* checkClaims */.Kz)(claims, { registry: 'npm', environments: inputs.environments });
    if (inputs.provenance)
        checkRepositoryUrls(packages, claims.repository);
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
    const { glob } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const { readPythonDistribution } = await __nccwpck_require__.e(/* import() */ 171).then(__nccwpck_require__.bind(__nccwpck_require__, 171));
    const { mintPypiToken, pypiOidcRoot, requestIdToken } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1387));
    const { publishPythonDistribution } = await __nccwpck_require__.e(/* import() */ 399).then(__nccwpck_require__.bind(__nccwpck_require__, 6399));
    await refuseTokensInReach(ctx, [cwd]);
    const files = [];
    for (const pattern of inputs.packages.length > 0 ? inputs.packages : ['dist/*']) {
        const matched = [];
        for await (const entry of glob(pattern, { cwd }))
            matched.push((0,external_node_path_.resolve)(cwd, entry));
        if (matched.length === 0) {
            throw new src/* ConfigurationError */.j1(`The packages entry ${pattern} matches no file. Build the distributions first (python -m build), or fix the entry.`, { input: 'packages' });
        }
        files.push(...matched.filter((file) => /\.(whl|tar\.gz)$/.test(file)).sort());
    }
    const dists = await Promise.all([...new Set(files)].map((file) => readPythonDistribution(file)));
    for (const dist of dists) {
        if (inputs.version !== undefined) {
            const { versionsEquivalent } = await Promise.all(/* import() */[__nccwpck_require__.e(642), __nccwpck_require__.e(520)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3520));
            if (!versionsEquivalent(dist.version, inputs.version)) {
                throw new src/* ConfigurationError */.j1(`${dist.filename} is version ${dist.version}, but this release is ${inputs.version}. Rebuild it from the release commit, or leave it out of packages.`, { input: 'version' });
            }
        }
    }
    const root = pypiOidcRoot(inputs.registry.uploadUrl);
    const getIdToken = (audience) => requestIdToken(request, audience, (secret) => ctx.setSecret(secret));
    const audienceAnswer = await fetch(`${root}/_/oidc/audience`).catch(() => undefined);
    const audience = (await audienceAnswer?.json().catch(() => ({})))?.audience;
    const claims = (0,oidc_src/* decodeClaims */.Yq)(await getIdToken(audience ?? 'pypi'));
    (0,oidc_src/* checkClaims */.Kz)(claims, { registry: 'pypi', environments: inputs.environments });
    describeJob(ctx, claims, 'pypi');
    const { checkTestGate } = await __nccwpck_require__.e(/* import() */ 244).then(__nccwpck_require__.bind(__nccwpck_require__, 9244));
    ctx.summary.paragraph(`Test gate: ${await checkTestGate(ctx, inputs)}.`);
    // A fresh token for the mint: PyPI refuses a jti it has seen.
    const { token } = await mintPypiToken({
        uploadUrl: inputs.registry.uploadUrl,
        getIdToken,
        mask: (secret) => ctx.setSecret(secret),
    });
    const outcomes = [];
    for (const dist of dists) {
        try {
            outcomes.push(await publishPythonDistribution(inputs, dist, token));
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

