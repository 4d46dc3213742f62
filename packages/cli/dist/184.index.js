export const id = 184;
export const ids = [184];
export const modules = {

/***/ 61184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rehearseCommand: () => (/* binding */ rehearseCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/network-env.ts
// The machine's network settings that a rehearsed job inherits: certificates and proxies, so that
// `npm ci` and `pip install` in a job work wherever they work in the user's shell. Registry URLs
// for publishing are not among them (publishing goes to the sandbox), no credential is carried,
// and loopback is always in NO_PROXY so that the sandbox's traffic never goes through a proxy.


/** Variables passed through as they are, when set. */
const NETWORK_VARIABLES = [
    'NODE_EXTRA_CA_CERTS',
    'NODE_USE_ENV_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'REQUESTS_CA_BUNDLE',
    'CURL_CA_BUNDLE',
    'GIT_SSL_CAINFO',
    'GIT_SSL_CAPATH',
    'PIP_INDEX_URL',
    'PIP_EXTRA_INDEX_URL',
    'PIP_FIND_LINKS',
    'PIP_NO_INDEX',
    'PIP_CERT',
    'PIP_CLIENT_CERT',
    'PIP_TRUSTED_HOST',
    'PIP_PROXY',
    'PIP_DEFAULT_TIMEOUT',
    'PIP_RETRIES',
    'PIP_CONFIG_FILE',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'all_proxy',
    'npm_config_cafile',
    'NPM_CONFIG_CAFILE',
    'npm_config_proxy',
    'NPM_CONFIG_PROXY',
    'npm_config_https_proxy',
    'NPM_CONFIG_HTTPS_PROXY',
];
const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
/** `cafile` from an .npmrc's text (ini: `cafile = /path`, `${VAR}` expanded), or undefined. */
function npmrcCafile(text, env) {
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*cafile\s*=\s*(.*?)\s*$/.exec(line);
        if (match?.[1] === undefined || match[1] === '')
            continue;
        return match[1]
            .replace(/^["']|["']$/g, '')
            .replace(/\$\{([^}]+)\}/g, (_, name) => env[name] ?? '');
    }
    return undefined;
}
/** NO_PROXY and no_proxy of `env` together, with loopback added: the sandbox is never proxied. */
function loopbackNoProxy(env) {
    const entries = [env.NO_PROXY, env.no_proxy]
        .flatMap((value) => (value ?? '').split(','))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    return [...new Set([...entries, ...LOOPBACK])].join(',');
}
/**
 * The network settings of `env` (the rehearsal's own environment) for a job whose HOME is a fresh
 * folder: the variables above, npm's `cafile` from the user's .npmrc (only that setting), the
 * user's pip configuration file, and NO_PROXY / no_proxy with loopback added.
 */
function networkEnv(env, readText) {
    const result = {};
    for (const name of NETWORK_VARIABLES) {
        const value = env[name];
        if (value !== undefined && value !== '')
            result[name] = value;
    }
    const home = env.HOME || (0,external_node_os_.homedir)();
    if (result.npm_config_cafile === undefined && result.NPM_CONFIG_CAFILE === undefined) {
        const userconfig = env.npm_config_userconfig || env.NPM_CONFIG_USERCONFIG || (0,external_node_path_.join)(home, '.npmrc');
        const cafile = npmrcCafile(readText(userconfig) ?? '', env);
        if (cafile !== undefined)
            result.npm_config_cafile = cafile;
    }
    if (result.PIP_CONFIG_FILE === undefined) {
        const userPip = [
            (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'pip', 'pip.conf'),
            (0,external_node_path_.join)(home, '.pip', 'pip.conf'),
        ].find((path) => readText(path) !== undefined);
        if (userPip !== undefined)
            result.PIP_CONFIG_FILE = userPip;
    }
    const merged = loopbackNoProxy(env);
    result.NO_PROXY = merged;
    result.no_proxy = merged;
    return result;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/rehearsal-clock.ts
// The rehearsal's clock: what time it is for the sandbox and for each job. `--clock` sets where
// the run starts; `--approval-wait` makes every job under an `environment:` wait that long
// (simulated: no real time passes), so the jobs after an approval see the later time, as on
// GitHub. `run:` steps and JavaScript actions see their job's time through libfaketime.

/** Where Debian and Ubuntu put libfaketime (`apt-get install libfaketime`). */
const FAKETIME_LIBRARIES = [
    '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
    '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
    '/usr/lib/faketime/libfaketime.so.1',
    '/usr/local/lib/faketime/libfaketime.so.1',
];
function findFaketime(candidates = FAKETIME_LIBRARIES, exists = external_node_fs_.existsSync) {
    return candidates.find((path) => exists(path));
}
class RehearsalClock {
    approvalWaitMs;
    faketime;
    /**
     * How far the sandbox's clock is ahead of the machine's, in ms: the `--clock` start, then the
     * latest job's approval waits. The issuer's `iat`/`exp` and the registries' checks read it.
     */
    offsetMs;
    /** The start's own offset: jobs that waited for nothing run at it. */
    startOffsetMs;
    constructor(start, 
    /** How long each job under an environment waits for its approval, in ms (0: none). */
    approvalWaitMs, 
    /** libfaketime's library, when the clock moves and it is installed. */
    faketime, realNow = Date.now()) {
        this.approvalWaitMs = approvalWaitMs;
        this.faketime = faketime;
        this.startOffsetMs = start === undefined ? 0 : start.getTime() - realNow;
        this.offsetMs = this.startOffsetMs;
    }
    /** True when some job's clock differs from the machine's. */
    get moves() {
        return this.startOffsetMs !== 0 || this.approvalWaitMs > 0;
    }
    now = () => new Date(Date.now() + this.offsetMs);
    /** A job's clock offset: its needs' latest, plus its own wait when under an environment. */
    jobOffset(needsOffsets, environment) {
        const ready = Math.max(this.startOffsetMs, ...needsOffsets);
        const offset = ready + (environment ? this.approvalWaitMs : 0);
        if (offset > this.offsetMs)
            this.offsetMs = offset;
        return offset;
    }
    /** The variables that move a process's clock by `offsetMs` (libfaketime), or none. */
    processEnv(offsetMs) {
        if (offsetMs === 0 || this.faketime === undefined)
            return {};
        const seconds = Math.round(offsetMs / 1000);
        return {
            LD_PRELOAD: this.faketime,
            FAKETIME: `${seconds >= 0 ? '+' : ''}${seconds}`,
            FAKETIME_DONT_FAKE_MONOTONIC: '1',
        };
    }
}
/** `9h`, `90m`, `1h30m`, `45s`, `2d`: a duration in ms, or undefined when it is not one. */
function parseDuration(text) {
    const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
    if (match === null || text.trim() === '')
        return undefined;
    const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
    return ((((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)) * 1000;
}
/** A duration as the report says it: `9h`, `1h30m`, `45s`. */
function formatDuration(ms) {
    let seconds = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        const count = Math.floor(seconds / size);
        if (count > 0)
            parts.push(`${count}${unit}`);
        seconds -= count * size;
    }
    return parts.join('') || '0s';
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/options.ts
// `tokenless rehearse` options: parsed once (node:util parseArgs, its tokens read one by one so
// that a list option takes the words after it), every mistake said with the fix.


const REHEARSE_USAGE = `Usage: tokenless rehearse [options]

Runs a release workflow locally against the sandbox (GitHub API, OIDC issuer, npm registry,
PyPI): the same workflow, the real action bundles, the real npm CLI. No publish leaves the
machine, whatever registry the workflow names; installs still read the real registries.
With no options in the tokenless repository, it releases the demo package in demo/.

Options:
  --workflow FILE              the workflow to rehearse (default: .github/workflows/release.yml,
                               or workflows-examples/release.yml in the tokenless repository)
  --repo DIR                   the repository to rehearse on a temp copy (default: the current
                               directory; the demo in the tokenless repository); a relative
                               --workflow is read in it
  --repository OWNER/NAME      the GitHub repository it is rehearsed as (default: read from the
                               remote named origin), which trusted publishers are registered for
  --demo NAME                  in the tokenless repository, the demo to rehearse on:
                                 npm-python   demo/: an npm package and a Python package in
                                              python/, tags v1.0.0 to v1.2.0, 1.3.0 to release,
                                              and a hotfix/1.1.x branch with 1.1.1
                                 python-only  demo/python-only/: example-pkg, pyproject.toml at
                                              the root
                                 monorepo     demo/monorepo/: npm workspaces in packages/*,
                                              tagged <name>@<version>, one package changed
                               (default: the one that fits the workflow: monorepo when it reads
                               packages/*, python-only when it publishes to PyPI and not npm,
                               npm-python otherwise)
  --ref NAME                   the branch or tag the run is on (default: the default branch),
                               e.g. --ref hotfix/1.1.x, or --event push --ref refs/tags/v1.2.3;
                               with workflow_run, the branch of the run that completed
  --event NAME                 workflow_dispatch (default), release, workflow_call, push
                               (a push of --ref: its branch, tag and paths filters are
                               checked), schedule (on the default branch) or workflow_run
  --conclusion VALUE           with --event workflow_run: how the other run ended (default
                               success; also failure, cancelled, skipped, timed_out, neutral,
                               action_required)
  --input KEY=VALUE ...        the event's inputs (repeatable); an input not given is empty,
                               as when the maintainer leaves it empty in the Actions tab
  --release-pr merged|open     what the release-PR actions (changesets/action,
                               googleapis/release-please-action) find: merged, their release
                               pull request was just merged (changesets runs its publish
                               script, release-please creates the GitHub releases); open, it
                               is still to open or update (they version and push its branch).
                               Default: read from the repository (changesets pending: open;
                               release-please's version not tagged yet: merged). The report
                               says what the real action would have done.
  --trusted-publisher KEY=VALUE ...
                               register the trusted publishers with these fields instead of the
                               workflow's: owner, repository, workflow, environment (empty: none)
  --fault SPEC ...             inject a fault, e.g. registry:npm:status=500:nth=3 or
                               "github:POST /repos/{owner}/{repo}/releases:status=502"
  --approval-wait DURATION     every job under an environment: waits this long for its approval
                               (simulated: the rehearsal does not sleep), e.g. 9h, 90m, 1h30m:
                               the jobs after it, their run: steps (libfaketime), JavaScript
                               actions and OIDC tokens see the later time, as on GitHub
  --clock TIME                 the time the run starts at, ISO 8601 with its zone, e.g.
                               2026-06-03T23:55:00Z (default: now); with --approval-wait 9h, an
                               approval crossing midnight UTC
  --rerun-failed               after a failed run, rerun the failed jobs (and those that needed
                               them) on the same sandbox state, without the faults
  --json                       print the report as JSON
  -h, --help                   show this help

Exit status: 0 passed (every publish and release step ran against the sandbox), 1 failed,
2 a usage mistake, 3 not rehearsed (a publish or release step, or a job calling another
repository's reusable workflow, could not run: the report names them).`;
const DEMOS = ['npm-python', 'python-only', 'monorepo'];
const EVENTS = [
    'workflow_dispatch',
    'release',
    'workflow_call',
    'push',
    'schedule',
    'workflow_run',
];
const RELEASE_PR_STATES = ['merged', 'open'];
const PUBLISHER_KEYS = ['owner', 'repository', 'workflow', 'environment'];
/** A mistake on the command line: printed with the usage, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
const CONCLUSIONS = [
    'success',
    'failure',
    'cancelled',
    'skipped',
    'timed_out',
    'neutral',
    'action_required',
];
const VALUE_OPTIONS = [
    'workflow',
    'repo',
    'repository',
    'event',
    'demo',
    'ref',
    'conclusion',
    'release-pr',
    'approval-wait',
    'clock',
];
const LIST_OPTIONS = ['input', 'trusted-publisher', 'fault'];
const FLAGS = ['json', 'rerun-failed', 'help'];
const PARSE_OPTIONS = Object.fromEntries([
    ...VALUE_OPTIONS.map((name) => [name, { type: 'string' }]),
    ...LIST_OPTIONS.map((name) => [name, { type: 'string', multiple: true }]),
    ...FLAGS.map((name) => [name, { type: 'boolean' }]),
    ['h', { type: 'boolean' }],
]);
function keyValue(flag, text) {
    const at = text.indexOf('=');
    if (at <= 0) {
        throw new UsageError(`${flag} takes KEY=VALUE, got "${text}". For example: ${flag} ${flag === '--input' ? 'version=1.2.3' : 'workflow=publish.yml'}.`);
    }
    return [text.slice(0, at), text.slice(at + 1)];
}
function emptyOptions() {
    return {
        workflow: undefined,
        repo: undefined,
        repository: undefined,
        demo: undefined,
        ref: undefined,
        event: 'workflow_dispatch',
        conclusion: undefined,
        inputs: {},
        releasePr: undefined,
        trustedPublisher: undefined,
        faults: [],
        rerunFailed: false,
        approvalWaitMs: 0,
        clock: undefined,
        json: false,
        help: false,
    };
}
/** --approval-wait and --clock: the run's time. */
function setTime(options, name, value) {
    if (name === 'approval-wait') {
        const ms = parseDuration(value);
        if (ms === undefined || ms === 0) {
            throw new UsageError(`--approval-wait takes a duration such as 9h, 90m or 1h30m (days d, hours h, minutes m, seconds s), got "${value}".`);
        }
        options.approvalWaitMs = ms;
        return;
    }
    const at = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? new Date(value) : undefined;
    if (at === undefined || Number.isNaN(at.getTime()) || !/^\d{4}-\d\d-\d\dT/.test(value)) {
        throw new UsageError(`--clock takes an ISO 8601 time with its zone, such as 2026-06-03T23:55:00Z, got "${value}".`);
    }
    options.clock = at;
}
/** Sets an option that takes one value. */
function setValue(options, name, value) {
    if (name === 'approval-wait' || name === 'clock')
        setTime(options, name, value);
    else if (name === 'workflow')
        options.workflow = value;
    else if (name === 'repo')
        options.repo = value;
    else if (name === 'repository') {
        const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(value);
        if (match?.[1] === undefined || match[2] === undefined) {
            throw new UsageError(`--repository takes OWNER/NAME as on GitHub, got "${value}". For example: --repository acme/widget.`);
        }
        options.repository = { owner: match[1], repo: match[2].replace(/\.git$/, '') };
    }
    else if (name === 'ref')
        options.ref = value.replace(/^refs\/heads\//, '');
    else if (name === 'demo') {
        if (!DEMOS.includes(value)) {
            throw new UsageError(`--demo is "${value}"; the demos are ${DEMOS.join(', ')}.`);
        }
        options.demo = value;
    }
    else if (name === 'conclusion') {
        if (!CONCLUSIONS.includes(value)) {
            throw new UsageError(`--conclusion is "${value}"; it can be ${CONCLUSIONS.join(', ')}.`);
        }
        options.conclusion = value;
    }
    else if (name === 'release-pr') {
        if (!RELEASE_PR_STATES.includes(value)) {
            throw new UsageError(`--release-pr is "${value}"; it can be merged (publish or release, as after the release pull request is merged) or open (version and push the release branch).`);
        }
        options.releasePr = value;
    }
    else if (EVENTS.includes(value)) {
        options.event = value;
    }
    else {
        throw new UsageError(`--event is "${value}"; it can be ${EVENTS.join(', ')}.`);
    }
}
/** Adds one word to a list option. */
function addToList(options, name, value) {
    const flag = `--${name}`;
    if (name === 'fault')
        options.faults.push(value);
    else if (name === 'input') {
        const [key, text] = keyValue(flag, value);
        options.inputs[key] = text;
    }
    else {
        const [key, text] = keyValue(flag, value);
        if (!PUBLISHER_KEYS.includes(key)) {
            throw new UsageError(`--trusted-publisher does not know "${key}"; its keys are ${PUBLISHER_KEYS.join(', ')}.`);
        }
        options.trustedPublisher = {
            ...options.trustedPublisher,
            [key]: text,
        };
    }
}
function parseRehearseArgs(args) {
    const options = emptyOptions();
    const { tokens } = (0,external_node_util_.parseArgs)({
        args,
        options: PARSE_OPTIONS,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    // A list option takes every following word up to the next option.
    let list;
    const endList = () => {
        if (list !== undefined && list.count === 0)
            throw new UsageError(`--${list.name} needs at least one value.`);
        list = undefined;
    };
    for (const token of tokens) {
        if (token.kind === 'positional') {
            if (list === undefined) {
                throw new UsageError(token.value.startsWith('-')
                    ? `Unknown option ${token.value}.`
                    : `Unexpected argument "${token.value}": every value follows its option (--workflow ${token.value}?).`);
            }
            list.count++;
            addToList(options, list.name, token.value);
            continue;
        }
        if (token.kind !== 'option')
            continue;
        endList();
        const { name, rawName, value, inlineValue } = token;
        const flag = rawName.startsWith('--') ? rawName : `-${name}`;
        const missing = value === undefined || (inlineValue !== true && value.startsWith('--'));
        if (name === 'h' || FLAGS.includes(name)) {
            if (value !== undefined)
                throw new UsageError(`${flag} takes no value, got "${args[token.index]}".`);
            if (name === 'json')
                options.json = true;
            else if (name === 'rerun-failed')
                options.rerunFailed = true;
            else
                options.help = true;
        }
        else if (VALUE_OPTIONS.includes(name)) {
            if (missing)
                throw new UsageError(`${flag} needs a value.`);
            setValue(options, name, value);
        }
        else if (LIST_OPTIONS.includes(name)) {
            list = { name, count: 0 };
            if (missing)
                continue;
            list.count++;
            addToList(options, name, value);
        }
        else {
            throw new UsageError(`Unknown option ${flag}.`);
        }
    }
    endList();
    if (options.demo !== undefined && options.repo !== undefined) {
        throw new UsageError('--demo and --repo exclude each other: --demo rehearses a demo of the tokenless repository, --repo your repository.');
    }
    if (options.conclusion !== undefined && options.event !== 'workflow_run') {
        throw new UsageError(`--conclusion is the conclusion of the run a workflow_run follows: give it with --event workflow_run.`);
    }
    return options;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/progress.ts
const ICONS = {
    waiting: '·',
    pending: '·',
    running: '●',
    success: '✓',
    failure: '✗',
    skipped: '-',
    cancelled: '⊘',
    'not-rehearsed': '?',
};
function seconds(ms) {
    if (ms === undefined)
        return '';
    return ms < 1000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}
function stepKind(step) {
    switch (step.kind) {
        case 'stand-in':
            return ' (stand-in)';
        case 'not-rehearsed':
            return ' (not rehearsed)';
        default:
            return '';
    }
}
/** How many log lines of a failed step the progress shows: the end is where the reason is. */
const FAILED_LOG_LINES = 15;
/** One line per event: for logs, CI and pipes. */
function plainProgress(write) {
    return (event) => {
        switch (event.type) {
            case 'phase':
                write(`… ${event.detail}\n`);
                break;
            case 'job-started':
                write(`[${event.job.label}] started${event.job.environment ? ` (environment ${event.job.environment.name})` : ''}\n`);
                break;
            case 'step-finished': {
                const { step, job } = event;
                if (step.status === 'skipped') {
                    write(`[${job.label}] - ${step.label} (skipped)\n`);
                    break;
                }
                write(`[${job.label}] ${ICONS[step.status] ?? '?'} ${step.label}${stepKind(step)} ${seconds(step.durationMs)}\n`);
                if (step.status === 'failure') {
                    for (const line of step.log.slice(-FAILED_LOG_LINES))
                        write(`[${job.label}]   | ${line}\n`);
                }
                break;
            }
            case 'job-finished': {
                const { job } = event;
                const why = job.status === 'skipped' || job.steps.length === 0
                    ? ` — ${job.notes[job.notes.length - 1] ?? ''}`
                    : '';
                write(`[${job.label}] ${ICONS[job.status] ?? '?'} ${job.status} ${seconds(job.durationMs)}${why}\n`);
                break;
            }
            default:
                break;
        }
    };
}
/** A live view redrawn in place on a terminal: every job with its status and time, the running jobs' steps. */
class LiveProgress {
    write;
    columns;
    jobs = [];
    phase = '';
    drawn = 0;
    timer;
    frame = 0;
    constructor(write, columns) {
        this.write = write;
        this.columns = columns;
    }
    listener = (event) => {
        if (event.type === 'phase') {
            if (event.name === 'rerun') {
                // The first attempt's frame stays on screen; the rerun draws below it.
                this.draw();
                this.drawn = 0;
                this.jobs.length = 0;
            }
            this.phase = event.detail;
        }
        if (event.type === 'job-queued' && !this.jobs.includes(event.job))
            this.jobs.push(event.job);
        if (event.type === 'job-started' || event.type === 'job-queued')
            this.phase = '';
        this.timer ??= setInterval(() => this.draw(), 100);
    };
    lines() {
        const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'][this.frame % 10] ?? '●';
        const now = performance.now();
        const lines = [];
        if (this.phase !== '')
            lines.push(`${spinner} ${this.phase}`);
        for (const job of this.jobs) {
            const icon = job.status === 'running' ? spinner : (ICONS[job.status] ?? '?');
            const time = job.status === 'running' ? seconds(now - (job.startedAt ?? now)) : seconds(job.durationMs);
            lines.push(`${icon} ${job.label.padEnd(28)} ${job.status === 'waiting' ? 'waiting' : time}`);
            if (job.status !== 'running' && job.status !== 'failure')
                continue;
            for (const step of job.steps) {
                if (job.status === 'failure' && step.status !== 'failure')
                    continue;
                const stepIcon = step.status === 'running' ? spinner : (ICONS[step.status] ?? '?');
                const stepTime = step.status === 'running'
                    ? seconds(now - (step.startedAt ?? now))
                    : seconds(step.durationMs);
                lines.push(`    ${stepIcon} ${step.label}${stepKind(step)} ${stepTime}`);
            }
        }
        return lines.map((line) => line.length > this.columns - 1 ? `${line.slice(0, this.columns - 2)}…` : line);
    }
    draw() {
        this.frame++;
        const lines = this.lines();
        let text = this.drawn > 0 ? `\x1b[${this.drawn}A` : '';
        for (const line of lines)
            text += `\x1b[2K${line}\n`;
        // Lines left from a longer earlier frame are cleared.
        for (let extra = lines.length; extra < this.drawn; extra++)
            text += '\x1b[2K\n';
        const total = Math.max(lines.length, this.drawn);
        if (total > lines.length)
            text += `\x1b[${total - lines.length}A`;
        this.drawn = lines.length;
        this.write(text);
    }
    /** The last frame, then no more redraws. */
    stop() {
        if (this.timer !== undefined)
            clearInterval(this.timer);
        this.timer = undefined;
        this.phase = '';
        this.draw();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/git/src/git-command.ts
var git_command = __webpack_require__(25240);
// EXTERNAL MODULE: ./packages/workflow/src/workflow-error.ts
var workflow_error = __webpack_require__(98349);
;// CONCATENATED MODULE: ./packages/workflow/src/inputs.ts
// The inputs of a workflow_dispatch or workflow_call: their definitions, and the values given
// for a run checked and typed as GitHub does before the run starts.

const TYPES = {
    workflow_dispatch: ['string', 'boolean', 'number', 'choice', 'environment'],
    workflow_call: ['string', 'boolean', 'number'],
};
/** The inputs the workflow declares under `on.<event>.inputs`, in file order. */
function inputDefinitions(workflow, event) {
    const inputs = workflow.on[event]?.inputs;
    if (inputs === undefined || inputs === null)
        return [];
    const fail = (path, problem) => {
        throw new workflow_error/* WorkflowError */.s({ file: workflow.file, line: workflow.lineOf(['on', event, 'inputs', ...path]) }, problem);
    };
    if (typeof inputs !== 'object' || Array.isArray(inputs)) {
        return fail([], `\`on.${event}.inputs\` must be a mapping of input names to their settings.`);
    }
    return Object.entries(inputs).map(([name, raw]) => {
        const settings = (raw ?? {});
        if (typeof settings !== 'object' || Array.isArray(settings)) {
            return fail([name], `input '${name}' must be a mapping (type, required, default, description).`);
        }
        // workflow_dispatch inputs default to string; workflow_call inputs must say their type.
        const type = settings.type ?? (event === 'workflow_dispatch' ? 'string' : undefined);
        if (!TYPES[event].includes(type)) {
            fail([name, 'type'], `input '${name}' has type ${type === undefined ? '(none)' : JSON.stringify(type)}, but a ${event} input's type is one of: ${TYPES[event].join(', ')}.`);
        }
        const definition = {
            name,
            type: type,
            required: settings.required === true,
        };
        if (settings.default !== undefined && settings.default !== null)
            definition.default = settings.default;
        if (typeof settings.description === 'string')
            definition.description = settings.description;
        if (type === 'choice') {
            const options = settings.options;
            if (!Array.isArray(options) || options.length === 0) {
                fail([name], `choice input '${name}' has no \`options:\`. List the values it may take.`);
            }
            definition.options = options.map(String);
        }
        return definition;
    });
}
/**
 * The `inputs` context for a run: each given value checked against its definition and typed
 * (booleans true/false, numbers), defaults applied, unset optional inputs empty ('' / false / 0).
 * `file` names the workflow in errors.
 */
function resolveInputs(definitions, given, file = '') {
    const fail = (problem) => {
        throw new workflow_error/* WorkflowError */.s({ file, line: 0 }, problem);
    };
    const names = definitions.map((definition) => definition.name);
    for (const name of Object.keys(given)) {
        if (!names.includes(name)) {
            fail(names.length === 0
                ? `input '${name}' was given, but the workflow defines no inputs. Remove it, or declare it under \`inputs:\`.`
                : `input '${name}' was given, but the workflow defines only: ${names.join(', ')}. Remove it or correct its name.`);
        }
    }
    const inputs = {};
    for (const definition of definitions) {
        const { name } = definition;
        const value = given[name];
        if (value !== undefined && !(definition.required && value === '')) {
            inputs[name] = convert(definition, value, 'given', fail);
        }
        else if (definition.default !== undefined) {
            inputs[name] = convert(definition, definition.default, 'default', fail);
        }
        else if (definition.required) {
            fail(`input '${name}' is required but was not given. Give it a value, or give the input a default.`);
        }
        else {
            inputs[name] = definition.type === 'boolean' ? false : definition.type === 'number' ? 0 : '';
        }
    }
    return inputs;
}
function convert(definition, value, origin, fail) {
    const { name, type } = definition;
    const text = typeof value === 'string' ? value : String(value);
    const what = origin === 'given' ? `input '${name}' is` : `the default of input '${name}' is`;
    switch (type) {
        case 'boolean':
            if (value === true || text === 'true')
                return true;
            if (value === false || text === 'false')
                return false;
            return fail(`${what} '${text}', but it is a boolean: use true or false.`);
        case 'number': {
            const n = typeof value === 'number' ? value : text.trim() === '' ? Number.NaN : Number(text);
            if (!Number.isFinite(n))
                return fail(`${what} '${text}', but it is a number: use e.g. 3 or 1.5.`);
            return n;
        }
        case 'choice': {
            const options = definition.options ?? [];
            if (!options.includes(text)) {
                return fail(`${what} '${text}', but it must be one of: ${options.join(', ')}.`);
            }
            return text;
        }
        default:
            return text;
    }
}

// EXTERNAL MODULE: ./packages/workflow/src/yaml-source.ts
var yaml_source = __webpack_require__(64344);
;// CONCATENATED MODULE: ./packages/workflow/src/model.ts
// A workflow file read into jobs and steps, in file order, with the line of every part, and its
// shape checked where GitHub would refuse it.



/** The scopes `permissions:` may name (GitHub refuses others). */
const PERMISSION_SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function isMapping(value) {
    return (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date));
}
/** A scalar from YAML as text; a structure as JSON, so that a mistake shows instead of '[object Object]'. */
function textOf(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
        return String(value);
    }
    if (value instanceof Date)
        return value.toISOString();
    return JSON.stringify(value) ?? '';
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (isMapping(value))
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** Reads a workflow from its text. `file` names it in errors (a path relative to the repository). */
function parseWorkflow(text, file) {
    const source = (0,yaml_source/* readYaml */.gM)(text, file);
    const lineOf = (path) => source.lineOf(path);
    const fail = (path, problem) => {
        throw new workflow_error/* WorkflowError */.s({ file, line: lineOf(path) }, problem);
    };
    const reader = new ShapeReader(fail, lineOf);
    const root = source.data;
    if (!isMapping(root)) {
        return fail([], `a workflow is a mapping with \`on:\` and \`jobs:\`, but this file holds ${describe(root)}. Start from \`on: workflow_dispatch\` and a \`jobs:\` mapping.`);
    }
    if (!('on' in root)) {
        fail([], 'the workflow has no `on:`, so no event starts it. Add the events, e.g. `on: workflow_dispatch`.');
    }
    const jobsValue = root.jobs;
    if (!('jobs' in root) || jobsValue === null || jobsValue === undefined) {
        fail([], 'the workflow has no `jobs:`. Add a `jobs:` mapping with at least one job, e.g. `jobs: { build: { runs-on: ubuntu-latest, steps: [...] } }`.');
    }
    if (!isMapping(jobsValue) || Object.keys(jobsValue).length === 0) {
        const found = isMapping(jobsValue) ? 'empty' : describe(jobsValue);
        fail(['jobs'], `\`jobs:\` must be a mapping of job ids to jobs, but it is ${found}. Add at least one job under it.`);
    }
    const workflow = {
        file,
        source: source.source,
        on: readOn(root.on, reader),
        env: reader.mapping(['env'], root.env),
        jobs: Object.entries(jobsValue).map(([id, job]) => readJob(id, job, reader)),
        lineOf,
    };
    if (root.name !== undefined && root.name !== null)
        workflow.name = textOf(root.name);
    if (root.permissions !== undefined) {
        workflow.permissions = reader.permissions(['permissions'], root.permissions);
    }
    if (root.concurrency !== undefined) {
        workflow.concurrency = reader.concurrency(['concurrency'], root.concurrency);
    }
    if (root.defaults !== undefined)
        workflow.defaults = reader.defaults(['defaults'], root.defaults);
    return workflow;
}
/** Reads and parses a workflow file; errors name the path as given. */
async function loadWorkflow(path) {
    return parseWorkflow(await readFile(path, 'utf8'), path);
}
class ShapeReader {
    fail;
    lineOf;
    constructor(fail, lineOf) {
        this.fail = fail;
        this.lineOf = lineOf;
    }
    mapping(path, value) {
        if (value === undefined || value === null)
            return {};
        if (!isMapping(value)) {
            return this.fail(path, `\`${last(path)}:\` must be a mapping of names to values, but it is ${describe(value)}. Write it as \`name: value\` lines.`);
        }
        return { ...value };
    }
    text(value) {
        if (value === undefined || value === null)
            return undefined;
        return textOf(value);
    }
    permissions(path, value) {
        if (value === 'read-all' || value === 'write-all')
            return value;
        if (value === null || value === undefined)
            return {};
        if (!isMapping(value)) {
            return this.fail(path, `\`permissions:\` must be \`read-all\`, \`write-all\` or a mapping of scopes to read, write or none, but it is ${describe(value)}.`);
        }
        const result = {};
        for (const [scope, access] of Object.entries(value)) {
            if (!PERMISSION_SCOPES.includes(scope)) {
                this.fail([...path, scope], `\`${scope}\` is not a permission scope. Use one of: ${PERMISSION_SCOPES.join(', ')}.`);
            }
            if (access !== 'read' && access !== 'write' && access !== 'none') {
                this.fail([...path, scope], `permission \`${scope}\` is ${describe(access)}, but it must be read, write or none.`);
            }
            result[scope] = access;
        }
        return result;
    }
    concurrency(path, value) {
        if (typeof value === 'string' || typeof value === 'number')
            return { group: String(value) };
        if (isMapping(value) && value.group !== undefined && value.group !== null) {
            const result = { group: textOf(value.group) };
            if (value['cancel-in-progress'] !== undefined) {
                result.cancelInProgress = value['cancel-in-progress'];
            }
            return result;
        }
        return this.fail(path, '`concurrency:` needs a group: write `concurrency: <group>` or `concurrency: { group: <group>, cancel-in-progress: false }`.');
    }
    defaults(path, value) {
        const defaults = this.mapping(path, value);
        if (defaults.run === undefined || defaults.run === null)
            return {};
        const run = this.mapping([...path, 'run'], defaults.run);
        const result = {};
        const shell = this.text(run.shell);
        const workingDirectory = this.text(run['working-directory']);
        if (shell !== undefined)
            result.shell = shell;
        if (workingDirectory !== undefined)
            result.workingDirectory = workingDirectory;
        return { run: result };
    }
}
function last(path) {
    return String(path[path.length - 1] ?? '');
}
function readOn(value, reader) {
    const events = {};
    if (typeof value === 'string') {
        events[value] = {};
    }
    else if (Array.isArray(value) && value.every((event) => typeof event === 'string')) {
        for (const event of value)
            events[event] = {};
    }
    else if (isMapping(value)) {
        for (const [event, settings] of Object.entries(value)) {
            // `schedule:` is the one event whose settings are a list: keep it as { cron: [...] }.
            if (event === 'schedule' && Array.isArray(settings)) {
                events[event] = {
                    cron: settings.map((entry) => (isMapping(entry) ? textOf(entry.cron) : textOf(entry))),
                };
            }
            else {
                events[event] = reader.mapping(['on', event], settings);
            }
        }
    }
    else {
        reader.fail(['on'], `\`on:\` must name the events that start the workflow (a name, a list or a mapping), but it is ${describe(value)}. Write e.g. \`on: workflow_dispatch\` or \`on: [push, workflow_dispatch]\`.`);
    }
    return events;
}
function readJob(id, value, reader) {
    const path = ['jobs', id];
    if (!IDENTIFIER.test(id)) {
        reader.fail(path, `job id '${id}' is not valid: a job id starts with a letter or _ and holds only letters, digits, - and _. Rename it, e.g. '${suggestId(id)}', and update the needs that name it.`);
    }
    if (!isMapping(value)) {
        return reader.fail(path, `job '${id}' must be a mapping (runs-on, steps...), but it is ${describe(value)}.`);
    }
    const hasSteps = value.steps !== undefined && value.steps !== null;
    const hasUses = value.uses !== undefined && value.uses !== null;
    if (!hasSteps && !hasUses) {
        reader.fail(path, `job '${id}' has neither \`steps:\` nor \`uses:\`. Give it the steps to run, or \`uses:\` a reusable workflow.`);
    }
    if (hasSteps && hasUses) {
        reader.fail([...path, 'uses'], `job '${id}' has both \`uses:\` and \`steps:\`, but a job that calls a reusable workflow runs no steps of its own. Move the steps into another job.`);
    }
    const job = {
        id,
        needs: readNeeds(id, value.needs, reader),
        env: reader.mapping([...path, 'env'], value.env),
        outputs: Object.fromEntries(Object.entries(reader.mapping([...path, 'outputs'], value.outputs)).map(([k, v]) => [
            k,
            reader.text(v) ?? '',
        ])),
        steps: hasSteps ? readSteps(id, value.steps, reader) : [],
        line: reader.lineOf(path),
    };
    const name = reader.text(value.name);
    if (name !== undefined)
        job.name = name;
    const condition = readCondition(value.if);
    if (condition !== undefined)
        job.if = condition;
    if (value['runs-on'] !== undefined)
        job.runsOn = value['runs-on'];
    if (value.permissions !== undefined) {
        job.permissions = reader.permissions([...path, 'permissions'], value.permissions);
    }
    if (value.environment !== undefined && value.environment !== null) {
        job.environment = readEnvironment(id, value.environment, reader);
    }
    if (value.strategy !== undefined && value.strategy !== null) {
        const strategy = reader.mapping([...path, 'strategy'], value.strategy);
        job.strategy = {};
        if (strategy.matrix !== undefined)
            job.strategy.matrix = strategy.matrix;
        if (strategy['fail-fast'] !== undefined)
            job.strategy.failFast = strategy['fail-fast'];
        if (strategy['max-parallel'] !== undefined)
            job.strategy.maxParallel = strategy['max-parallel'];
    }
    if (value.concurrency !== undefined && value.concurrency !== null) {
        job.concurrency = reader.concurrency([...path, 'concurrency'], value.concurrency);
    }
    if (hasUses) {
        job.uses = textOf(value.uses);
        job.with = reader.mapping([...path, 'with'], value.with);
        if (value.secrets === 'inherit')
            job.secrets = 'inherit';
        else if (value.secrets !== undefined) {
            job.secrets = reader.mapping([...path, 'secrets'], value.secrets);
        }
    }
    if (value['timeout-minutes'] !== undefined)
        job.timeoutMinutes = value['timeout-minutes'];
    if (value['continue-on-error'] !== undefined)
        job.continueOnError = value['continue-on-error'];
    if (value.defaults !== undefined)
        job.defaults = reader.defaults([...path, 'defaults'], value.defaults);
    return job;
}
function suggestId(id) {
    const cleaned = id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
    return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
function readCondition(value) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'boolean' ? value : textOf(value);
}
function readNeeds(id, value, reader) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((need) => typeof need === 'string'))
        return [...value];
    return reader.fail(['jobs', id, 'needs'], `\`needs:\` of job '${id}' must be a job id or a list of job ids, but it is ${describe(value)}.`);
}
function readEnvironment(id, value, reader) {
    if (typeof value === 'string')
        return { name: value };
    if (isMapping(value) && typeof value.name === 'string' && value.name !== '') {
        const environment = { name: value.name };
        const url = reader.text(value.url);
        if (url !== undefined)
            environment.url = url;
        return environment;
    }
    return reader.fail(['jobs', id, 'environment'], `\`environment:\` of job '${id}' needs a name: write \`environment: release\` or \`environment: { name: release, url: ... }\`.`);
}
function readSteps(jobId, value, reader) {
    const path = ['jobs', jobId, 'steps'];
    if (!Array.isArray(value)) {
        return reader.fail(path, `\`steps:\` of job '${jobId}' must be a list (each step starts with \`- \`), but it is ${describe(value)}.`);
    }
    const ids = new Set();
    return value.map((entry, index) => {
        const stepPath = [...path, index];
        if (!isMapping(entry)) {
            return reader.fail(stepPath, `step ${index + 1} of job '${jobId}' must be a mapping with \`uses:\` or \`run:\`, but it is ${describe(entry)}.`);
        }
        const hasUses = entry.uses !== undefined && entry.uses !== null;
        const hasRun = entry.run !== undefined && entry.run !== null;
        if (hasUses && hasRun) {
            reader.fail(stepPath, `step ${index + 1} of job '${jobId}' has both \`uses:\` and \`run:\`, but a step does one or the other. Split it into two steps.`);
        }
        if (!hasUses && !hasRun) {
            reader.fail(stepPath, `step ${index + 1} of job '${jobId}' has neither \`uses:\` nor \`run:\`. Give it an action to use or a command to run.`);
        }
        const step = {
            index,
            with: reader.mapping([...stepPath, 'with'], entry.with),
            env: reader.mapping([...stepPath, 'env'], entry.env),
            line: reader.lineOf(stepPath),
        };
        const id = reader.text(entry.id);
        if (id !== undefined) {
            if (!IDENTIFIER.test(id)) {
                reader.fail([...stepPath, 'id'], `step id '${id}' in job '${jobId}' is not valid: an id starts with a letter or _ and holds only letters, digits, - and _. Rename it, e.g. '${suggestId(id)}'.`);
            }
            if (ids.has(id.toLowerCase())) {
                reader.fail([...stepPath, 'id'], `step id '${id}' is used twice in job '${jobId}'. Give each step its own id.`);
            }
            ids.add(id.toLowerCase());
            step.id = id;
        }
        const name = reader.text(entry.name);
        if (name !== undefined)
            step.name = name;
        if (hasUses)
            step.uses = textOf(entry.uses);
        if (hasRun)
            step.run = reader.text(entry.run);
        const condition = readCondition(entry.if);
        if (condition !== undefined)
            step.if = condition;
        const shell = reader.text(entry.shell);
        if (shell !== undefined)
            step.shell = shell;
        const workingDirectory = reader.text(entry['working-directory']);
        if (workingDirectory !== undefined)
            step.workingDirectory = workingDirectory;
        const continueOnError = entry['continue-on-error'];
        if (typeof continueOnError === 'boolean' || typeof continueOnError === 'string') {
            step.continueOnError = continueOnError;
        }
        const timeout = entry['timeout-minutes'];
        if (typeof timeout === 'number' || typeof timeout === 'string')
            step.timeoutMinutes = timeout;
        return step;
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/demo-repository.ts
// The demo: demo/ replayed into a temp git repository with a believable history (conventional
// commits, earlier release tags), so validate-tag, the release notes and bump-check read real data.



/** Where each demo lives in the tokenless repository. */
const DEMO_FOLDERS = {
    'npm-python': 'demo',
    'python-only': 'demo/python-only',
    monorepo: 'demo/monorepo',
};
/**
 * The demo that fits a workflow: monorepo when it reads packages/*, python-only when it
 * publishes to PyPI or TestPyPI and not to npm, npm-python otherwise.
 */
function demoFor(workflowText) {
    if (/packages\/\*/.test(workflowText))
        return 'monorepo';
    const registries = [...workflowText.matchAll(/^\s*registry:\s*['"]?([\w.:/-]+)/gm)].map((match) => match[1] ?? '');
    const pypi = registries.some((registry) => /pypi/.test(registry));
    const npm = registries.some((registry) => !/pypi/.test(registry));
    return pypi && !npm ? 'python-only' : 'npm-python';
}
/**
 * Every file of the demo folder but its history, by path relative to it. A folder with its own
 * history.json is another demo, not part of this one.
 */
function demoFiles(dir, prefix = '') {
    const files = new Map();
    for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, prefix), { withFileTypes: true })) {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory()) {
            if (entry.name === 'node_modules' ||
                entry.name === '__pycache__' ||
                entry.name === 'dist' ||
                (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, path, 'history.json'))) {
                continue;
            }
            for (const [file, text] of demoFiles(dir, path))
                files.set(file, text);
        }
        else if (path !== 'history.json') {
            // npm leaves every .gitignore out of a package: the packaged command carries it as gitignore.
            const name = entry.name === 'gitignore' ? '.gitignore' : entry.name;
            files.set(prefix === '' ? name : `${prefix}/${name}`, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path), 'utf8'));
        }
    }
    return files;
}
/** `@../python/x.py`: a file kept once in another demo's folder, read relative to this one. */
function sharedFile(demoDir, reference) {
    const path = (0,external_node_path_.join)(demoDir, reference.replace(/^@/, ''));
    return reference.startsWith('@') && (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : undefined;
}
function compareVersions(a, b) {
    const left = a.split('.').map(Number);
    const right = b.split('.').map(Number);
    for (let index = 0; index < 3; index++) {
        const diff = (left[index] ?? 0) - (right[index] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The manifests and the changelog as they were at `version`. */
function atVersion(path, text, version) {
    if (path.endsWith('package.json')) {
        return text.replace(/"version": "[^"]*"/, `"version": "${version}"`);
    }
    if (path.endsWith('pyproject.toml')) {
        return text.replace(/^version = "[^"]*"$/m, `version = "${version}"`);
    }
    if (path === 'CHANGELOG.md') {
        const [head = '', ...sections] = text.split(/^(?=## \[)/m);
        return (head +
            sections
                .filter((section) => {
                const found = /^## \[([^\]]+)\]/.exec(section)?.[1];
                return found === undefined || compareVersions(found, version) <= 0;
            })
                .join(''));
    }
    return text;
}
function demo_repository_seconds(date) {
    return Math.floor(new Date(date).getTime() / 1000);
}
function data(text) {
    return `data ${Buffer.byteLength(text)}\n${text}\n`;
}
/**
 * The workflow files the demo needs: the rehearsed workflow as `.github/workflows/<name>`, and
 * every local reusable workflow it calls (`./.github/workflows/x.yml`), found next to it or in
 * this repository's .github/workflows.
 */
function demoWorkflowFiles(workflowSource, suiteRoot) {
    const files = [];
    const queue = [workflowSource];
    while (queue.length > 0) {
        const source = queue.shift() ?? '';
        const path = `.github/workflows/${(0,external_node_path_.basename)(source)}`;
        if (files.some((file) => file.path === path))
            continue;
        const text = (0,external_node_fs_.readFileSync)(source, 'utf8');
        files.push({ path, text });
        for (const match of text.matchAll(/uses:\s*['"]?\.\/\.github\/workflows\/([\w.-]+)/g)) {
            const name = match[1] ?? '';
            const nextTo = (0,external_node_path_.join)((0,external_node_path_.dirname)(source), name);
            const inSuite = (0,external_node_path_.join)(suiteRoot, '.github', 'workflows', name);
            if ((0,external_node_fs_.existsSync)(nextTo))
                queue.push(nextTo);
            else if ((0,external_node_fs_.existsSync)(inSuite))
                queue.push(inSuite);
        }
    }
    return files;
}
/** The tags of a commit, one or several. */
function tagsOf(commit) {
    return commit.tag === undefined ? [] : Array.isArray(commit.tag) ? commit.tag : [commit.tag];
}
/**
 * Builds the demo repository as a bare git repository at `gitDir` (GitHub's copy): one
 * `git fast-import` of every commit and tag in the demo's history.json, the main branch first,
 * then each other branch from the tag it was cut from. Returns the history read.
 */
async function buildDemoRepository(demoDir, gitDir, workflows) {
    const history = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(demoDir, 'history.json'), 'utf8'));
    const final = demoFiles(demoDir);
    const who = `${history.author.name} <${history.author.email}>`;
    let stream = '';
    let mark = 0;
    /** The tree at each tag, and its commit's mark: where another branch starts. */
    const tagged = new Map();
    const replay = (branch, commits, start, isMain) => {
        const tree = new Map(start?.tree ?? []);
        let parent = start?.mark;
        commits.forEach((commit, index) => {
            const last = isMain && index === commits.length - 1;
            for (const [path, content] of Object.entries(commit.files)) {
                const text = content === '@'
                    ? final.get(path)
                    : typeof content === 'string'
                        ? sharedFile(demoDir, content)
                        : `${content.join('\n')}\n`;
                if (text === undefined) {
                    throw new Error(`${(0,external_node_path_.join)(demoDir, 'history.json')} names ${path}, which is not in ${demoDir}.`);
                }
                tree.set(path, text);
            }
            if (commit.workflow === true || last) {
                for (const workflow of workflows)
                    tree.set(workflow.path, workflow.text);
            }
            if (last)
                for (const [path, text] of final)
                    tree.set(path, text);
            if (commit.version !== undefined) {
                for (const [path, text] of tree)
                    tree.set(path, atVersion(path, text, commit.version));
            }
            mark += 1;
            const when = `${demo_repository_seconds(commit.date)} +0000`;
            stream += `commit refs/heads/${branch}\nmark :${mark}\n`;
            stream += `author ${who} ${when}\ncommitter ${who} ${when}\n${data(commit.message)}`;
            if (parent !== undefined)
                stream += `from :${parent}\n`;
            stream += 'deleteall\n';
            for (const [path, text] of [...tree].sort(([a], [b]) => a.localeCompare(b))) {
                stream += `M 100644 inline ${path}\n${data(text)}`;
            }
            for (const tag of tagsOf(commit)) {
                stream += `tag ${tag}\nfrom :${mark}\ntagger ${who} ${when}\n${data(tag)}`;
                tagged.set(tag, { mark, tree: new Map(tree) });
            }
            parent = mark;
        });
    };
    replay(history.branch, history.commits, undefined, true);
    for (const branch of history.branches ?? []) {
        const from = tagged.get(branch.from);
        if (from === undefined) {
            throw new Error(`${(0,external_node_path_.join)(demoDir, 'history.json')}: the branch ${branch.name} starts from ${branch.from}, which no commit of ${history.branch} is tagged with.`);
        }
        replay(branch.name, branch.commits, from, false);
    }
    await (0,git_command/* git */.$Y)((0,external_node_path_.dirname)(gitDir), [
        'init',
        '--quiet',
        '--bare',
        `--initial-branch=${history.branch}`,
        gitDir,
    ]);
    await (0,git_command/* git */.$Y)(gitDir, ['fast-import', '--quiet'], { input: stream });
    return history;
}
/** Every tag of the demo, in the order of its history. */
function demoTags(history) {
    return [
        ...history.commits.flatMap(tagsOf),
        ...(history.branches ?? []).flatMap((branch) => branch.commits.flatMap(tagsOf)),
    ];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./packages/workflow/src/source-model.ts
var source_model = __webpack_require__(28154);
// EXTERNAL MODULE: ./packages/cli/src/doctor/index.ts
var doctor = __webpack_require__(81996);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/doctor-check.ts
// The rehearsal also reads the workflow as `tokenless doctor` does: some hazards (a token in
// reach of every job, a release that cancels another) never show in one local run, so the
// report lists them beside what happened.






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Doctor's findings for `workflowPath` (and what it uses) in the tree at `sha` of `gitDir`. */
async function doctorCheck(gitDir, sha, workflowPath, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const archive = (0,external_node_path_.join)(dir, '..', 'doctor-tree.tar');
    const paths = await doctorPaths(gitDir, sha);
    await run('git', [
        '--git-dir',
        gitDir,
        'archive',
        '--format=tar',
        '-o',
        archive,
        sha,
        '--',
        ...paths,
    ]);
    await run('tar', ['-xf', archive, '-C', dir]);
    const result = (0,doctor/* runDoctor */.j1)((0,doctor/* loadRepository */.rV)(dir, [(0,external_node_path_.join)(dir, workflowPath)]));
    return {
        counts: (0,doctor/* countBySeverity */.Ot)(result.findings),
        findings: result.findings.map((finding) => ({
            rule: finding.rule,
            severity: finding.severity,
            file: finding.file.rel,
            line: finding.position.line,
            message: finding.message,
        })),
    };
}
/**
 * What doctor reads, not the whole tree: .github (workflows, and the actions most repositories
 * keep there), the root manifests whose scripts and release settings it follows, and the local
 * actions (`uses: ./path`) the workflows name elsewhere.
 */
async function doctorPaths(gitDir, sha) {
    const { stdout } = await run('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', sha]);
    const files = stdout.split('\n').filter((file) => file !== '');
    const workflows = files.filter((file) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file));
    const wanted = new Set(['.github', 'package.json', '.release-it.json']);
    for (const workflow of workflows) {
        const { stdout: text } = await run('git', ['--git-dir', gitDir, 'show', `${sha}:${workflow}`]);
        for (const path of localUses((0,yaml_source/* parseYamlSource */.WF)(workflow, workflow, text)))
            wanted.add(path);
    }
    return [...wanted].filter((path) => files.some((file) => file === path || file.startsWith(`${path}/`)));
}
/** The repository paths of the local actions and workflows (`./x`, `$/x`) a workflow file uses. */
function localUses(file) {
    const paths = [];
    for (const document of file.documents) {
        const workflow = (0,source_model/* readSourceWorkflow */.HD)(file, document);
        for (const job of workflow?.jobs ?? []) {
            const uses = [job.uses?.str(), ...job.steps.map((step) => step.uses)];
            for (const each of uses) {
                const path = (0,source_model/* localPath */.$S)(each?.trim().split('@')[0]);
                if (path !== undefined)
                    paths.push(path);
            }
        }
    }
    return paths;
}

// EXTERNAL MODULE: ./packages/workflow/src/expressions.ts + 1 modules
var expressions = __webpack_require__(27499);
// EXTERNAL MODULE: ./packages/workflow/src/expression-parser.ts
var expression_parser = __webpack_require__(11193);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/expression-check.ts
// Every expression of a workflow's jobs parsed before any job runs, as GitHub does when it loads
// the workflow: a syntax error, an unknown context or an unknown function refuses the whole run
// ("The workflow is not valid"), with the file and line of the value that holds it.

/** The first expression mistake in `value` (a string, or a structure walked with its keys). */
function findMistake(value, path, condition) {
    if (typeof value === 'string') {
        try {
            const parts = (0,expressions/* expressionsIn */.l$)(value);
            // An if: may leave out the ${{ }}: the whole text is then the expression.
            if (condition && parts.length === 0 && value.trim() !== '') {
                (0,expression_parser/* parseExpression */.YK)(value, { namedValues: expression_parser/* CONTEXT_NAMES */.pF });
            }
            for (const part of parts)
                (0,expression_parser/* parseExpression */.YK)(part.expression, { namedValues: expression_parser/* CONTEXT_NAMES */.pF });
        }
        catch (error) {
            if (error instanceof expression_parser/* ExpressionError */.tj)
                return { path, error };
            throw error;
        }
        return undefined;
    }
    if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
            const found = findMistake(item, [...path, index], false);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        for (const [key, item] of Object.entries(value)) {
            const found = findMistake(key, [...path, key], false) ?? findMistake(item, [...path, key], false);
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
/**
 * Throws a WorkflowError (`file:line: ... key: the parser's message`) for the first expression
 * that does not parse, in file order.
 */
function checkWorkflowExpressions(workflow) {
    const places = [
        [['env'], workflow.env, false],
        [['concurrency', 'group'], workflow.concurrency?.group, false],
    ];
    for (const job of workflow.jobs) {
        const at = (...keys) => ['jobs', job.id, ...keys];
        places.push([at('name'), job.name, false], [at('if'), job.if, true], [at('runs-on'), job.runsOn, false], [at('environment'), job.environment, false], [at('concurrency', 'group'), job.concurrency?.group, false], [at('strategy', 'matrix'), job.strategy?.matrix, false], [at('strategy', 'fail-fast'), job.strategy?.failFast, false], [at('strategy', 'max-parallel'), job.strategy?.maxParallel, false], [at('env'), job.env, false], [at('outputs'), job.outputs, false], [at('with'), job.with, false], [at('secrets'), job.secrets, false], [at('timeout-minutes'), job.timeoutMinutes, false], [at('continue-on-error'), job.continueOnError, false]);
        for (const step of job.steps) {
            const s = (key) => at('steps', step.index, key);
            places.push([s('name'), step.name, false], [s('if'), step.if, true], [s('run'), step.run, false], [s('with'), step.with, false], [s('env'), step.env, false], [s('working-directory'), step.workingDirectory, false], [s('continue-on-error'), step.continueOnError, false], [s('timeout-minutes'), step.timeoutMinutes, false]);
        }
    }
    for (const [path, value, condition] of places) {
        const found = findMistake(value, path, condition);
        if (found === undefined)
            continue;
        // The place's key, and the keys below it: `run`, `with.ref`, `env.TOKEN`.
        const key = [
            path.filter((part) => typeof part === 'string').pop() ?? '',
            ...found.path.slice(path.length).filter((part) => typeof part === 'string'),
        ].join('.');
        throw new workflow_error/* WorkflowError */.s({ file: workflow.file, line: workflow.lineOf(found.path) }, `the workflow is not valid, and GitHub starts none of its jobs: ${key}: ${found.error.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/fault-specs.ts

const FAULT_TARGETS = [
    'github',
    'registry:npm',
    'registry:pypi',
    'registry:testpypi',
];
const FAULT_KEYS = ['status', 'nth', 'times', 'delay', 'drop', 'retry-after'];
const EXAMPLE = 'registry:npm:status=500:nth=3, or "github:POST /repos/{owner}/{repo}/releases:status=502"';
function wholeNumber(text, key, spec, min) {
    if (!/^\d+$/.test(text) || Number(text) < min) {
        throw new UsageError(`--fault ${spec}: ${key} must be a whole number from ${min}, got "${text}".`);
    }
    return Number(text);
}
function parseFaultSpec(text) {
    const target = FAULT_TARGETS.find((candidate) => text === candidate || text.startsWith(`${candidate}:`));
    if (target === undefined) {
        throw new UsageError(`--fault ${text}: it must start with ${FAULT_TARGETS.join(', ')}. For example: ${EXAMPLE}.`);
    }
    const parts = text
        .slice(target.length + 1)
        .split(':')
        .filter((part) => part !== '');
    const spec = { path: /^/ };
    for (const part of parts) {
        const equals = part.indexOf('=');
        if (equals < 0) {
            const match = /^(?:([A-Za-z]+)\s+)?(\/\S*)$/.exec(part.trim());
            const method = /^[A-Za-z]+$/.test(part.trim()) ? part.trim() : match?.[1];
            if (match === null && method === undefined) {
                throw new UsageError(`--fault ${text}: "${part}" is neither KEY=VALUE nor "METHOD /path". For example: ${EXAMPLE}.`);
            }
            if (method !== undefined)
                spec.method = method.toUpperCase();
            if (match?.[2] !== undefined)
                spec.path = match[2];
            continue;
        }
        const key = part.slice(0, equals);
        const value = part.slice(equals + 1);
        switch (key) {
            case 'status':
                spec.status = wholeNumber(value, key, text, 100);
                if (spec.status > 599) {
                    throw new UsageError(`--fault ${text}: status must be an HTTP status, got ${value}.`);
                }
                break;
            case 'nth':
                spec.nth = wholeNumber(value, key, text, 1);
                break;
            case 'times':
                spec.times = value === 'all' ? Infinity : wholeNumber(value, key, text, 1);
                break;
            case 'delay':
                spec.delayMs = wholeNumber(value.replace(/ms$/, ''), key, text, 0);
                break;
            case 'retry-after':
                spec.retryAfter = wholeNumber(value, key, text, 0);
                break;
            case 'drop':
                if (value !== 'true' && value !== 'false') {
                    throw new UsageError(`--fault ${text}: drop is true or false, got "${value}".`);
                }
                spec.drop = value === 'true';
                break;
            default:
                throw new UsageError(`--fault ${text}: unknown key "${key}"; the keys are ${FAULT_KEYS.join(', ')}.`);
        }
    }
    if (spec.status === undefined && spec.drop !== true && spec.delayMs === undefined) {
        throw new UsageError(`--fault ${text}: say what goes wrong: status=CODE, drop=true or delay=MS. For example: ${EXAMPLE}.`);
    }
    return { text, target, spec };
}
/** The fault in words, for the report: `POST /repos/{owner}/{repo}/releases answers 502 (1st call)`. */
function describeFault(fault) {
    const { spec } = fault;
    const what = spec.drop === true
        ? 'drops the connection'
        : spec.status !== undefined
            ? `answers ${spec.status}`
            : `waits ${spec.delayMs} ms`;
    const where = `${spec.method ?? 'any method'} ${typeof spec.path === 'string' ? spec.path : 'any path'}`;
    const nth = spec.nth ?? 1;
    const times = spec.times ?? 1;
    const which = times === Infinity
        ? `from call ${nth} on`
        : times === 1
            ? `call ${nth}`
            : `calls ${nth} to ${nth + times - 1}`;
    return `${fault.target}: ${where} ${what} (${which})`;
}

// EXTERNAL MODULE: ./packages/release-tools/src/registries.ts
var registries = __webpack_require__(30444);
// EXTERNAL MODULE: ./packages/release-tools/src/index.ts + 11 modules
var src = __webpack_require__(95825);
// EXTERNAL MODULE: ./packages/release-tools/src/step.ts
var src_step = __webpack_require__(68449);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/publish-plan.ts
// What the workflow publishes, where from, and the registry state a first OIDC release needs:
// the packages in the repository, the jobs that run publish-oidc, and the trusted publishers
// that match them (or those `--trusted-publisher` asks for).








const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const SUITE_REUSABLE = /^[^/]+\/tokenless\/(\.github\/workflows\/[^@]+)@/;
/**
 * The registries a publish-oidc `registry:` input can name before the run: all three for an
 * expression; for a URL, the public registry it names or, for another host, the sandbox
 * registry of its kind.
 */
function registriesOf(raw) {
    const value = raw === undefined || raw === null
        ? undefined
        : typeof raw === 'string'
            ? raw
            : JSON.stringify(raw);
    const spelled = (0,registries/* readRegistrySpelling */.CU)(value);
    if (spelled.kind === 'name')
        return [spelled.name];
    if (spelled.kind === 'expression')
        return [...registries/* REGISTRY_NAMES */.Ln];
    if (spelled.kind === 'url')
        return [spelled.registry ?? spelled.ecosystem];
    return ['npm'];
}
/**
 * The registries a step publishes to by trusted publishing, as the publisher table knows it:
 * tokenless's publish-oidc (its `registry:`), and pypa/gh-action-pypi-publish with no password
 * (its `repository-url`; the stand-in uploads any other index to the sandbox's PyPI).
 */
function trustedPublishRegistries(step) {
    if (step.uses === undefined)
        return [];
    const written = Object.fromEntries(Object.entries(step.with).flatMap(([key, value]) => typeof value === 'string' ? [[key, value]] : []));
    const plain = { uses: step.uses, with: written };
    const found = (0,src/* publishesOf */.ZU)(plain, (0,src_step/* stepContext */.ev)(plain));
    if (found.some((each) => each.publishOidc))
        return registriesOf(step.with.registry);
    return found
        .filter((each) => each.tool === 'pypa/gh-action-pypi-publish' && !each.usesToken)
        .map((each) => (each.registry === 'testpypi' ? 'testpypi' : 'pypi'));
}
/**
 * The jobs that publish by trusted publishing (publish-oidc, pypa's action), in the workflow and in the reusable workflows it calls
 * (`readCalled` returns a called workflow's text and path, or undefined).
 */
async function findPublishingJobs(workflow, file, readCalled, local = true, seen = new Set()) {
    const found = [];
    for (const job of workflow.jobs) {
        if (job.uses !== undefined) {
            const called = await readCalled(job.uses).catch(() => undefined);
            if (called === undefined || seen.has(called.path))
                continue;
            seen.add(called.path);
            let inner;
            try {
                inner = parseWorkflow(called.text, called.path);
            }
            catch {
                continue;
            }
            found.push(...(await findPublishingJobs(inner, called.path, readCalled, called.local, seen)));
            continue;
        }
        for (const step of job.steps) {
            const registries = step.uses === undefined
                ? runPublishRegistries(step.run)
                : [...trustedPublishRegistries(step), ...runPublishRegistries(changesetsScript(step))];
            for (const registry of registries) {
                found.push({ registry, file, local, job: job.id, environment: environmentOf(job) });
            }
        }
    }
    return found;
}
/** changesets/action's publish command (`publish-script:`, `publish:` in v1): a script it runs. */
function changesetsScript(step) {
    if (!/^changesets\/action@/.test(step.uses ?? ''))
        return undefined;
    const script = step.with['publish-script'] ?? step.with.publish;
    if (typeof script !== 'string')
        return undefined;
    // `changeset publish` runs npm publish for each package.
    return script.replace(/\bchangeset\s+publish\b/, 'npm publish');
}
/** The registries a `run:` script publishes to (`npm publish`, `twine upload`), by the publisher table. */
function runPublishRegistries(run) {
    if (run === undefined)
        return [];
    const plain = { run };
    const found = (0,src/* publishesOf */.ZU)(plain, (0,src_step/* stepContext */.ev)(plain)).map((publish) => publish.registry);
    return [...new Set(found)].filter((registry) => registry !== 'other');
}
function environmentOf(job) {
    const name = job.environment?.name;
    return name === undefined || name.includes('${{') ? undefined : name;
}
/**
 * The publishable packages tracked in the repository at `sha`: package.json and pyproject.toml
 * ([project], or [tool.poetry]).
 */
async function findPackages(gitDir, sha) {
    const listed = await (0,git_command/* git */.$Y)(gitDir, ['ls-tree', '-r', '--name-only', sha]);
    const packages = [];
    for (const path of listed.stdout.split('\n')) {
        if (path.includes('node_modules/'))
            continue;
        const base = path.split('/').pop();
        if (base !== 'package.json' && base !== 'pyproject.toml')
            continue;
        const text = (await (0,git_command/* git */.$Y)(gitDir, ['show', `${sha}:${path}`])).stdout;
        try {
            if (base === 'package.json') {
                const manifest = JSON.parse(text);
                if (manifest.private === true || typeof manifest.name !== 'string')
                    continue;
                packages.push({
                    registry: 'npm',
                    name: manifest.name,
                    version: typeof manifest.version === 'string' ? manifest.version : '',
                    manifest: path,
                });
            }
            else {
                const data = (0,dist/* parse */.qg)(text);
                // Poetry before 2.0 names the project in [tool.poetry] alone.
                const project = data.project?.name !== undefined ? data.project : data.tool?.poetry;
                if (typeof project?.name !== 'string')
                    continue;
                packages.push({
                    registry: 'pypi',
                    name: project.name,
                    version: typeof project.version === 'string' ? project.version : '',
                    manifest: path,
                });
            }
        }
        catch {
            continue;
        }
    }
    return packages;
}
/**
 * Registers a trusted publisher for every package on each registry the workflow publishes to:
 * the repository, the workflow file npm or PyPI will see in the token, and the publishing job's
 * environment; `override` replaces any of those fields.
 */
function registerTrustedPublishers(sandbox, options) {
    const registered = [];
    const registries = new Set(options.jobs.map((job) => job.registry));
    for (const registry of registries) {
        const job = options.jobs.find((candidate) => candidate.registry === registry);
        const kind = registry === 'npm' ? 'npm' : 'pypi';
        for (const pkg of options.packages.filter((candidate) => candidate.registry === kind)) {
            // npm names the calling workflow's file; PyPI the file that holds the publishing job.
            const workflowFile = registry === 'npm' || job === undefined || !job.local
                ? options.workflowFile
                : (job.file.split('/').pop() ?? options.workflowFile);
            const override = options.override ?? {};
            const publisher = {
                registry,
                name: pkg.name,
                owner: override.owner ?? options.owner,
                repository: override.repository ?? options.repo,
                workflow: override.workflow ?? workflowFile,
                environment: override.environment !== undefined
                    ? override.environment === ''
                        ? undefined
                        : override.environment
                    : job?.environment,
                overridden: options.override !== undefined,
            };
            const fields = {
                owner: publisher.owner,
                repository: publisher.repository,
                workflow: publisher.workflow,
                ...(publisher.environment === undefined ? {} : { environment: publisher.environment }),
            };
            if (registry === 'npm')
                sandbox.npm?.trustPublisher(pkg.name, fields);
            else
                (registry === 'pypi' ? sandbox.pypi : sandbox.testpypi).trustPublisher(pkg.name, fields);
            registered.push(publisher);
        }
    }
    return registered;
}
/**
 * The release tags an npm package is seeded from, oldest first: its own last tag
 * (`<name>@<version>` in a monorepo), else the previous release tag; and, when the run is on an
 * older line (a hotfix branch), the newest release tag too, so that `latest` is where users
 * find it.
 */
async function seedTags(gitDir, pkg, sha, previousTag) {
    const own = await (0,git_command/* git */.$Y)(gitDir, ['describe', '--tags', '--abbrev=0', '--match', `${pkg.name}@*`, sha], { allowFailure: true });
    if (own.exitCode === 0)
        return [own.stdout.trim()];
    if (previousTag === undefined)
        return [];
    const prefix = /^(.*?)\d/.exec(previousTag)?.[1] ?? '';
    const listed = await (0,git_command/* git */.$Y)(gitDir, ['tag', '--list', `${prefix}[0-9]*`, '--sort=-v:refname']);
    const newest = listed.stdout
        .split('\n')
        .map((tag) => tag.trim())
        .find((tag) => /^\d+\.\d+\.\d+$/.test(tag.slice(prefix.length)));
    if (newest === undefined || newest === previousTag)
        return [previousTag];
    const ancestor = await (0,git_command/* git */.$Y)(gitDir, ['merge-base', '--is-ancestor', newest, sha], {
        allowFailure: true,
    });
    return ancestor.exitCode === 0 ? [previousTag] : [previousTag, newest];
}
/**
 * npm cannot take a first publish through OIDC: each npm package is seeded with its version at
 * its previous release tag (the package as it was there), or a placeholder 0.0.0 without one.
 */
async function seedNpmPackages(sandbox, gitDir, packages, previousTag, workDir, sha) {
    const npm = sandbox.npm;
    if (npm === undefined)
        return [];
    const seeded = [];
    const seedOne = async (pkg, tag) => {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workDir, 'seed-'));
        try {
            const folder = pkg.manifest.includes('/') ? pkg.manifest.replace(/\/package\.json$/, '') : '.';
            let from = 'a placeholder (no earlier release tag)';
            let extracted = false;
            if (tag !== undefined) {
                const archive = await (0,git_command/* git */.$Y)(gitDir, ['archive', '--format=tar', '-o', (0,external_node_path_.join)(dir, 'seed.tar'), tag, '--', folder], { allowFailure: true });
                if (archive.exitCode === 0) {
                    await execFileAsync('tar', ['-xf', 'seed.tar'], { cwd: dir });
                    const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, folder, 'package.json'), 'utf8'));
                    extracted = manifest.name === pkg.name;
                    from = `the package at ${tag}`;
                }
            }
            let source = (0,external_node_path_.join)(dir, folder);
            if (!extracted) {
                source = (0,external_node_path_.join)(dir, 'placeholder');
                await (0,promises_.mkdir)(source, { recursive: true });
                await (0,promises_.writeFile)((0,external_node_path_.join)(source, 'package.json'), JSON.stringify({ name: pkg.name, version: '0.0.0' }));
                if (tag !== undefined)
                    from = `a placeholder (the package is not at ${tag})`;
            }
            const result = await npm.seedPackage(source);
            seeded.push({ registry: 'npm', name: result.name, version: result.version, from });
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    };
    await Promise.all(packages
        .filter((pkg) => pkg.registry === 'npm')
        .map(async (pkg) => {
        const tags = await seedTags(gitDir, pkg, sha, previousTag);
        if (tags.length === 0)
            await seedOne(pkg, undefined);
        // In order: the last one seeded holds latest.
        for (const tag of tags)
            await seedOne(pkg, tag);
    }));
    return seeded;
}
/** The workflow text of a `uses:` for the static scan, from the repository or this checkout. */
function calledWorkflowReader(gitDir, sha, suiteRoot) {
    return async (uses) => {
        if (uses.startsWith('./')) {
            const path = uses.slice(2);
            const shown = await (0,git_command/* git */.$Y)(gitDir, ['show', `${sha}:${path}`], { allowFailure: true });
            return shown.exitCode === 0 ? { text: shown.stdout, path, local: true } : undefined;
        }
        const remote = SUITE_REUSABLE.exec(uses);
        if (remote?.[1] === undefined)
            return undefined;
        try {
            return {
                text: await (0,promises_.readFile)((0,external_node_path_.join)(suiteRoot, remote[1]), 'utf8'),
                path: remote[1],
                local: false,
            };
        }
        catch {
            return undefined;
        }
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/faults.ts
class ActiveFault {
    spec;
    remove;
    matched = 0;
    applied = 0;
    pattern;
    constructor(spec, remove) {
        this.spec = spec;
        this.remove = remove;
        const nth = spec.nth ?? 1;
        if (!Number.isInteger(nth) || nth < 1) {
            throw new Error(`A fault's nth must be a whole number from 1, got ${String(spec.nth)}.`);
        }
        const times = spec.times ?? 1;
        if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
            throw new Error(`A fault's times must be a whole number from 1 or Infinity, got ${String(spec.times)}.`);
        }
        this.pattern =
            typeof spec.path === 'string'
                ? templatePattern(spec.path)
                : new RegExp(spec.path.source, spec.path.flags.replace('g', ''));
    }
    matches(method, path, template) {
        if (this.spec.method !== undefined && this.spec.method.toUpperCase() !== method)
            return false;
        if (typeof this.spec.path === 'string' && this.spec.path === template)
            return true;
        return this.pattern.test(path);
    }
    /** Counts a matching call; true when this call is one to affect. */
    take() {
        this.matched++;
        const nth = this.spec.nth ?? 1;
        const times = this.spec.times ?? 1;
        if (this.matched < nth || this.applied >= times)
            return false;
        this.applied++;
        return true;
    }
}
/** Faults for a sandbox: `add` returns a handle with counters; `clear` removes them all. */
class FaultInjector {
    faults = [];
    add(spec) {
        const fault = new ActiveFault({ ...spec }, () => {
            this.faults = this.faults.filter((f) => f !== fault);
        });
        this.faults.push(fault);
        return fault;
    }
    clear() {
        this.faults = [];
    }
    get active() {
        return [...this.faults];
    }
    /** The fault to apply to a call (the first one that triggers), counting it for every match. */
    select(method, path, template) {
        let selected;
        for (const fault of this.faults) {
            if (!fault.matches(method, path, template))
                continue;
            if (selected === undefined) {
                if (fault.take())
                    selected = fault;
            }
            else
                fault.matched++;
        }
        return selected;
    }
}
/** `/repos/{owner}/{repo}/releases` as a RegExp: each `{name}` is one path segment. */
function templatePattern(template) {
    const source = template
        .split(/(\{\w+\})/)
        .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}/?$`);
}
/** GitHub's answer when a client trips the secondary rate limit. */
function secondaryRateLimitMessage(requestId) {
    return ('You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`);
}
const SECONDARY_RATE_LIMIT_DOCUMENTATION = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
/**
 * The part of a fault every server applies the same way: marks the logged request, waits the
 * fault's delay, and drops the connection when asked. Returns true when the request was dropped
 * (nothing more may be written); the status a fault answers with stays the server's own business.
 */
async function applyDelayAndDrop(fault, entry, request) {
    entry.fault = true;
    if (fault.spec.delayMs !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, fault.spec.delayMs));
    }
    if (fault.spec.drop !== true)
        return false;
    entry.dropped = true;
    request.socket.destroy();
    return true;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./packages/sandbox/src/github/api-error.ts
/**
 * An answer GitHub gives instead of the resource: the server adds `documentation_url` (the
 * operation's, unless set) and `status` (the status as text, as GitHub now does).
 */
class ApiError extends Error {
    status;
    body;
    headers;
    name = 'ApiError';
    constructor(status, body, headers = {}) {
        super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }
}
function notFound() {
    return new ApiError(404, { message: 'Not Found' });
}
/** 422 `Validation Failed` with GitHub's `errors` list. */
function validationFailed(errors, options = {}) {
    return new ApiError(422, {
        message: 'Validation Failed',
        errors,
        ...(options.documentationUrl === undefined
            ? {}
            : { documentation_url: options.documentationUrl }),
    });
}
/** 422 with a message only (`Reference already exists`, `No commit found for SHA: x`). */
function unprocessable(message, options = {}) {
    return new ApiError(422, {
        message,
        ...(options.documentationUrl === undefined
            ? {}
            : { documentation_url: options.documentationUrl }),
    });
}
/** The documentation page GitHub links from answers that belong to no one operation. */
const GENERIC_DOCUMENTATION_URL = 'https://docs.github.com/rest';

;// CONCATENATED MODULE: ./packages/sandbox/src/github/git-http.ts
// The web side's git smart HTTP (`git clone {clone_url}`): git's own http-backend over the
// repository's real git directory. Fetches only; a push is refused as GitHub refuses a push
// without write access, so the API (and its one-write-at-a-time queue) stays the only writer.

/** `/{owner}/{repo}[.git]/info/refs` and the service endpoints, as git asks for them. */
const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;
/** The repository and endpoint a smart-HTTP path names, if it names one. */
function gitHttpPath(path) {
    const match = GIT_PATH.exec(path);
    if (match === null)
        return undefined;
    const [, owner = '', repo = '', endpoint = ''] = match;
    try {
        return { owner: decodeURIComponent(owner), repo: decodeURIComponent(repo), endpoint };
    }
    catch {
        return undefined;
    }
}
/** Whether the call is (or starts) a push. */
function isPush(path, query) {
    return (path.endpoint === 'git-receive-pack' ||
        (path.endpoint === 'info/refs' && query.get('service') === 'git-receive-pack'));
}
/** Runs `git http-backend` as a CGI program for one call and returns its answer. */
function runHttpBackend(gitDir, call) {
    const header = (name) => {
        const value = call.headers[name];
        return Array.isArray(value) ? value.join(', ') : (value ?? '');
    };
    const env = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/',
        GIT_PROJECT_ROOT: gitDir,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: `/${call.endpoint}`,
        REQUEST_METHOD: call.method,
        QUERY_STRING: call.query.replace(/^\?/, ''),
        CONTENT_TYPE: header('content-type'),
        CONTENT_LENGTH: String(call.body.length),
        HTTP_CONTENT_ENCODING: header('content-encoding'),
        GIT_PROTOCOL: header('git-protocol'),
    };
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            const answer = parseCgi(Buffer.concat(out));
            if (answer === undefined) {
                reject(new Error(`git http-backend exited ${String(code)} without an answer: ${Buffer.concat(err).toString('utf8').trim()}`));
            }
            else
                resolve(answer);
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(call.body);
    });
}
/** A CGI program's output: header lines (`Status:` among them), a blank line, the body. */
function parseCgi(output) {
    let end = output.indexOf('\r\n\r\n');
    let gap = 4;
    if (end === -1) {
        end = output.indexOf('\n\n');
        gap = 2;
    }
    if (end === -1)
        return undefined;
    const headers = {};
    let status = 200;
    for (const line of output.subarray(0, end).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon === -1)
            continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status')
            status = Number.parseInt(value, 10) || 500;
        else
            headers[name] = value;
    }
    return { status, headers, body: output.subarray(end + gap) };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/git-store.ts


const SHA = /^[0-9a-f]{40}$/;
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** A git object id computed as git does: SHA-1 of `<type> <length>\0<content>`. */
function objectId(type, content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1')
        .update(Buffer.concat([Buffer.from(`${type} ${bytes.length}\0`), bytes]))
        .digest('hex');
}
function signature(person) {
    return `${person.name} <${person.email}> ${Math.floor(Date.parse(person.date) / 1000)} +0000`;
}
function tagContent(tag) {
    const message = tag.message.endsWith('\n') ? tag.message : `${tag.message}\n`;
    return (`object ${tag.object.sha}\ntype ${tag.object.type}\ntag ${tag.tag}\n` +
        `tagger ${signature(tag.tagger)}\n\n${message}`);
}
/** Candidates GitHub tries for a ref-ish name, most specific first. */
function refCandidates(rev) {
    if (rev.startsWith('refs/'))
        return [rev];
    if (/^(heads|tags)\//.test(rev))
        return [`refs/${rev}`, `refs/heads/${rev}`, `refs/tags/${rev}`];
    return [`refs/heads/${rev}`, `refs/tags/${rev}`];
}
/** Commits, refs and tags in memory; any well-formed sha is accepted as a commit. */
class MemoryGitStore {
    now;
    kind = 'memory';
    commits = new Map();
    refs = new Map();
    tags = new Map();
    constructor(now, initial) {
        this.now = now;
        const sha = this.commit({ message: `Initial commit of ${initial.seed}`, parents: [] });
        this.refs.set(`refs/heads/${initial.branch}`, sha);
    }
    /** Records a commit made of a message and parents (no files) and returns its sha. */
    commit(input) {
        // GitHub shows messages without git's trailing newline.
        const message = input.message.replace(/\n+$/, '');
        const date = isoSeconds(this.now());
        const person = {
            name: 'Sandbox User',
            email: 'sandbox-user@users.noreply.github.com',
            ...input.author,
            date,
        };
        const content = `tree ${EMPTY_TREE}\n` +
            input.parents.map((parent) => `parent ${parent}\n`).join('') +
            `author ${signature(person)}\ncommitter ${signature(person)}\n\n${message}\n`;
        const sha = objectId('commit', content);
        this.commits.set(sha, {
            sha,
            tree: EMPTY_TREE,
            parents: input.parents,
            author: person,
            committer: person,
            message,
        });
        return sha;
    }
    /** Commits on top of `branch` (creating the branch from nothing if needed) and moves it. */
    advance(branch, message) {
        const ref = `refs/heads/${branch}`;
        const parent = this.refs.get(ref);
        const sha = this.commit({ message, parents: parent === undefined ? [] : [parent] });
        this.refs.set(ref, sha);
        return sha;
    }
    resolveCommit(rev) {
        for (const candidate of refCandidates(rev)) {
            const sha = this.refs.get(candidate);
            if (sha !== undefined)
                return Promise.resolve(this.peel(sha));
        }
        if (SHA.test(rev))
            return Promise.resolve(this.peel(this.ensureCommit(rev)));
        if (/^[0-9a-f]{7,39}$/.test(rev)) {
            const found = [...this.commits.keys()].filter((sha) => sha.startsWith(rev));
            if (found.length === 1)
                return Promise.resolve(found[0]);
        }
        return Promise.resolve(undefined);
    }
    readCommit(sha) {
        return Promise.resolve(this.commits.get(sha));
    }
    objectType(sha) {
        if (this.tags.has(sha))
            return Promise.resolve('tag');
        if (SHA.test(sha))
            return Promise.resolve('commit');
        return Promise.resolve(undefined);
    }
    listRefs(prefix) {
        const found = [...this.refs.entries()]
            .filter(([ref]) => ref.startsWith(prefix))
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([ref, sha]) => ({ ref, sha, type: this.tags.has(sha) ? 'tag' : 'commit' }));
        return Promise.resolve(found);
    }
    async getRef(ref) {
        return (await this.listRefs(ref)).find((found) => found.ref === ref);
    }
    createRef(ref, sha) {
        if (this.refs.has(ref))
            return Promise.resolve(false);
        if (!this.tags.has(sha))
            this.ensureCommit(sha);
        this.refs.set(ref, sha);
        return Promise.resolve(true);
    }
    updateRef(ref, sha, force) {
        const current = this.refs.get(ref);
        if (current === undefined)
            return Promise.resolve('missing');
        if (!this.tags.has(sha))
            this.ensureCommit(sha);
        if (!force && current !== sha && !this.isAncestor(current, sha)) {
            return Promise.resolve('not-fast-forward');
        }
        this.refs.set(ref, sha);
        return Promise.resolve('updated');
    }
    deleteRef(ref) {
        return Promise.resolve(this.refs.delete(ref));
    }
    createTag(input) {
        const sha = objectId('tag', tagContent(input));
        // As git stores it, and GitHub shows it: with a final newline.
        const message = input.message.endsWith('\n') ? input.message : `${input.message}\n`;
        const tag = { ...input, message, sha };
        this.tags.set(sha, tag);
        return Promise.resolve(tag);
    }
    readTag(sha) {
        return Promise.resolve(this.tags.get(sha));
    }
    workflowFiles() {
        return Promise.resolve([]);
    }
    /** A sha nobody committed here stands for a commit made elsewhere: record one with no parents. */
    ensureCommit(sha) {
        if (!this.commits.has(sha) && !this.tags.has(sha)) {
            const date = isoSeconds(this.now());
            const person = { name: 'Sandbox User', email: 'sandbox-user@users.noreply.github.com', date };
            this.commits.set(sha, {
                sha,
                tree: EMPTY_TREE,
                parents: [],
                author: person,
                committer: person,
                message: `Commit ${sha.slice(0, 7)}`,
            });
        }
        return sha;
    }
    peel(sha) {
        let current = sha;
        for (let tag = this.tags.get(current); tag !== undefined; tag = this.tags.get(current)) {
            current = tag.object.sha;
        }
        return current;
    }
    isAncestor(ancestor, descendant) {
        const seen = new Set();
        const queue = [descendant];
        for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
            if (sha === ancestor)
                return true;
            if (seen.has(sha))
                continue;
            seen.add(sha);
            queue.push(...(this.commits.get(sha)?.parents ?? []));
        }
        return false;
    }
}
const COMMIT_FORMAT = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');
/** A real repository on disk, read and written with git. */
class RealGitStore {
    dir;
    kind = 'git';
    constructor(dir) {
        this.dir = dir;
    }
    async resolveCommit(rev) {
        const candidates = [...refCandidates(rev), ...(/^[0-9a-f]{7,40}$/.test(rev) ? [rev] : [])];
        for (const candidate of candidates) {
            const sha = await this.revParse(`${candidate}^{commit}`);
            if (sha !== undefined)
                return sha;
        }
        return undefined;
    }
    async readCommit(sha) {
        if (!SHA.test(sha) || (await this.objectType(sha)) !== 'commit')
            return undefined;
        const { stdout } = await this.run(['log', '-1', `--format=${COMMIT_FORMAT}`, sha, '--']);
        const [hash, tree, parents, an, ae, ad, cn, ce, cd, ...message] = stdout.split('\0');
        return {
            sha: hash ?? sha,
            tree: tree ?? EMPTY_TREE,
            parents: (parents ?? '').split(' ').filter((p) => p !== ''),
            author: { name: an ?? '', email: ae ?? '', date: isoSeconds(new Date(ad ?? 0)) },
            committer: { name: cn ?? '', email: ce ?? '', date: isoSeconds(new Date(cd ?? 0)) },
            message: message.join('\0').replace(/\n+$/, ''),
        };
    }
    async objectType(sha) {
        if (!/^[0-9a-f]{4,40}$/.test(sha))
            return undefined;
        const result = await this.run(['cat-file', '-t', sha], true);
        const type = result.stdout.trim();
        return result.exitCode === 0 && isObjectType(type) ? type : undefined;
    }
    async listRefs(prefix) {
        const { stdout } = await this.run([
            'for-each-ref',
            '--format=%(refname)%00%(objectname)%00%(objecttype)',
            refPattern(prefix),
        ]);
        const refs = [];
        for (const line of stdout.split('\n')) {
            const [ref, sha, type] = line.split('\0');
            if (ref === undefined || sha === undefined || !isObjectType(type ?? ''))
                continue;
            if (ref.startsWith(prefix))
                refs.push({ ref, sha, type: type });
        }
        return refs.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
    }
    async getRef(ref) {
        return (await this.listRefs(ref)).find((found) => found.ref === ref);
    }
    async createRef(ref, sha) {
        // The zero old value makes git refuse atomically when the ref exists.
        const result = await this.run(['update-ref', ref, sha, '0'.repeat(40)], true);
        return result.exitCode === 0;
    }
    async updateRef(ref, sha, force) {
        const current = await this.getRef(ref);
        if (current === undefined)
            return 'missing';
        if ((await this.objectType(sha)) === undefined)
            return 'unknown-object';
        if (!force && current.sha !== sha) {
            const ancestor = await this.run(['merge-base', '--is-ancestor', current.sha, sha], true);
            if (ancestor.exitCode !== 0)
                return 'not-fast-forward';
        }
        const result = await this.run(['update-ref', ref, sha, current.sha], true);
        return result.exitCode === 0 ? 'updated' : 'not-fast-forward';
    }
    async deleteRef(ref) {
        const current = await this.getRef(ref);
        if (current === undefined)
            return false;
        const result = await this.run(['update-ref', '-d', ref, current.sha], true);
        return result.exitCode === 0;
    }
    async createTag(input) {
        const { stdout } = await this.run(['mktag'], false, tagContent(input));
        const sha = stdout.trim();
        return (await this.readTag(sha)) ?? { ...input, sha };
    }
    async readTag(sha) {
        if (!SHA.test(sha) || (await this.objectType(sha)) !== 'tag')
            return undefined;
        const { stdout } = await this.run(['cat-file', 'tag', sha]);
        const [header = '', ...rest] = stdout.split('\n\n');
        const field = (name) => header
            .split('\n')
            .find((line) => line.startsWith(`${name} `))
            ?.slice(name.length + 1) ?? '';
        const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(field('tagger'));
        const type = field('type');
        return {
            sha,
            tag: field('tag'),
            message: rest.join('\n\n'),
            object: { sha: field('object'), type: isObjectType(type) ? type : 'commit' },
            tagger: {
                name: tagger?.[1] ?? '',
                email: tagger?.[2] ?? '',
                date: isoSeconds(new Date(Number(tagger?.[3] ?? 0) * 1000)),
            },
        };
    }
    async workflowFiles(branch) {
        const listed = await this.run(['ls-tree', '-z', '--name-only', `refs/heads/${branch}`, '--', '.github/workflows/'], true);
        if (listed.exitCode !== 0)
            return [];
        const files = [];
        for (const path of listed.stdout.split('\0').sort()) {
            if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
                continue;
            const { stdout } = await this.run(['show', `refs/heads/${branch}:${path}`]);
            files.push({ path, content: stdout });
        }
        return files;
    }
    /** The default branch as the repository's HEAD names it, when HEAD is a branch. */
    async headBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
        const branch = result.stdout.trim();
        return result.exitCode === 0 && branch !== '' ? branch : undefined;
    }
    async revParse(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', rev], true);
        const sha = result.stdout.trim();
        return result.exitCode === 0 && SHA.test(sha) ? sha : undefined;
    }
    run(args, allowFailure = false, input) {
        return (0,git_command/* git */.$Y)(this.dir, args, { allowFailure, ...(input === undefined ? {} : { input }) });
    }
}
/** for-each-ref matches whole path components: list the folder that holds a partial name. */
function refPattern(prefix) {
    const folder = prefix.slice(0, prefix.lastIndexOf('/'));
    return folder === '' ? 'refs' : folder;
}
function isObjectType(type) {
    return type === 'commit' || type === 'tag' || type === 'tree' || type === 'blob';
}
/** An ISO 8601 timestamp to the second in UTC, as GitHub writes them. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./packages/sandbox/src/github/openapi-description.ts


/** GitHub's OpenAPI description loaded once: operations indexed by method and path. */
class GitHubDescription {
    document;
    routes = new Map();
    byId = new Map();
    constructor(document) {
        this.document = document;
        for (const [path, item] of Object.entries(document.paths)) {
            const shared = asArray(item.parameters);
            const segments = path
                .split('/')
                .slice(1)
                .map((part) => {
                const param = /^\{(\w+)\}$/.exec(part)?.[1];
                return param === undefined ? { literal: part } : { param };
            });
            const literals = segments.filter((s) => s.literal !== undefined).length;
            for (const [method, value] of Object.entries(item)) {
                if (method === 'parameters' || !isRecord(value))
                    continue;
                let operation;
                const route = {
                    segments,
                    literals,
                    operation: () => (operation ??= this.readOperation(method.toUpperCase(), path, value, shared)),
                };
                this.byId.set(String(value.operationId), route);
                const routes = this.routes.get(method.toUpperCase()) ?? [];
                routes.push(route);
                this.routes.set(method.toUpperCase(), routes);
            }
        }
        // The most specific template wins: `/releases/latest` before `/releases/{release_id}`.
        for (const routes of this.routes.values())
            routes.sort((a, b) => b.literals - a.literals);
    }
    get operationCount() {
        return this.byId.size;
    }
    operation(operationId) {
        return this.byId.get(operationId)?.operation();
    }
    /**
     * The operation for `method` and a raw (still percent-encoded) `pathname`. A parameter GitHub
     * marks `x-multi-segment` (a git ref, a tag) may span several segments, as `heads/feature/x`.
     */
    match(method, pathname) {
        const parts = pathname.split('/').slice(1);
        if (parts.length > 1 && parts.at(-1) === '')
            parts.pop();
        const candidates = this.routes.get(method.toUpperCase()) ?? [];
        for (const route of candidates) {
            const params = matchSegments(route.segments, parts, undefined);
            if (params !== undefined)
                return { operation: route.operation(), params };
        }
        for (const route of candidates) {
            if (parts.length <= route.segments.length)
                continue;
            const multi = route
                .operation()
                .parameters.find((p) => p.in === 'path' && p['x-multi-segment'] === true)?.name;
            if (multi === undefined)
                continue;
            const params = matchSegments(route.segments, parts, multi);
            if (params !== undefined)
                return { operation: route.operation(), params };
        }
        return undefined;
    }
    /** The operation `operationId`; throws when GitHub's description has none. */
    resolve(operationId) {
        const operation = this.operation(operationId);
        if (operation === undefined) {
            throw new Error(`GitHub's OpenAPI description has no operation ${operationId}.`);
        }
        return operation;
    }
    /** Follows `$ref`s into `components` (parameters, responses, request bodies). */
    deref(value) {
        let current = value;
        for (let depth = 0; depth < 10; depth++) {
            const ref = refOf(current);
            if (ref === undefined)
                return current;
            const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? [];
            const components = this.document.components;
            const table = section === undefined ? undefined : components[section];
            current = isRecord(table) && name !== undefined ? table[name] : undefined;
        }
        return current;
    }
    readOperation(method, path, value, shared) {
        const raw = value;
        const parameters = [...shared, ...asArray(raw.parameters)]
            .map((p) => this.deref(p))
            .filter(isRecord);
        const body = this.deref(raw.requestBody);
        const bodyContent = isRecord(body) && isRecord(body.content) ? body.content : {};
        const json = bodyContent['application/json'];
        const responses = new Map();
        for (const [status, response] of Object.entries(isRecord(raw.responses) ? raw.responses : {})) {
            const resolved = this.deref(response);
            const content = isRecord(resolved) && isRecord(resolved.content) ? resolved.content : {};
            const media = content['application/json'];
            responses.set(status, isRecord(media) ? media.schema : undefined);
        }
        const docs = isRecord(raw.externalDocs) ? raw.externalDocs.url : undefined;
        const servers = asArray(raw.servers);
        return {
            operationId: String(raw.operationId),
            method,
            path,
            parameters,
            requestSchema: isRecord(json) ? json.schema : undefined,
            requestBodyRequired: isRecord(body) && body.required === true,
            responses,
            documentationUrl: typeof docs === 'string' ? docs : 'https://docs.github.com/rest',
            uploads: servers.some((s) => isRecord(s) && String(s.url).includes('uploads.github.com')),
        };
    }
}
/** Path parameters when `parts` fit `segments`; `multiSegment` names a parameter that may span. */
function matchSegments(segments, parts, multiSegment) {
    const params = {};
    const multi = multiSegment === undefined ? -1 : segments.findIndex((s) => s.param === multiSegment);
    if (multi === -1 && segments.length !== parts.length)
        return undefined;
    if (multi !== -1 && parts.length <= segments.length)
        return undefined;
    const take = (segment, part) => {
        if (segment.literal !== undefined)
            return segment.literal === part;
        if (part === '')
            return false;
        params[segment.param ?? ''] = decodeSegment(part);
        return true;
    };
    if (multi === -1) {
        return segments.every((segment, index) => take(segment, parts[index] ?? ''))
            ? params
            : undefined;
    }
    const after = segments.length - multi - 1;
    for (let index = 0; index < multi; index++) {
        if (!take(segments[index], parts[index] ?? ''))
            return undefined;
    }
    for (let index = 1; index <= after; index++) {
        if (!take(segments[segments.length - index], parts[parts.length - index] ?? '')) {
            return undefined;
        }
    }
    const spanned = parts.slice(multi, parts.length - after);
    if (spanned.some((part) => part === ''))
        return undefined;
    params[segments[multi].param ?? ''] = spanned.map(decodeSegment).join('/');
    return params;
}
function decodeSegment(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
function refOf(value) {
    return isRecord(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
const loading = new Map();
/** Where `@octokit/openapi` keeps GitHub's REST description (api.github.com), installed. */
function octokitDescriptionFile() {
    return (0,external_node_module_.createRequire)(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
}
/**
 * GitHub's REST description (by default the one of `@octokit/openapi`; `file` names another copy
 * of api.github.com.json, such as the one the packaged `tokenless` command carries), read, parsed
 * and indexed once per process and file (per module registry under jest) however many sandboxes
 * start.
 */
function loadGitHubDescription(file) {
    const path = file ?? octokitDescriptionFile();
    let load = loading.get(path);
    if (load === undefined) {
        load = readDescription(path).catch((error) => {
            loading.delete(path);
            throw error;
        });
        loading.set(path, load);
    }
    return load;
}
async function readDescription(file) {
    const started = performance.now();
    const text = await (0,promises_.readFile)(file, 'utf8');
    const read = performance.now();
    const document = JSON.parse(text);
    const parsed = performance.now();
    const description = new GitHubDescription(document);
    const indexed = performance.now();
    return {
        description,
        readMs: read - started,
        parseMs: parsed - read,
        indexMs: indexed - parsed,
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/invalid-request.ts

/**
 * The lines GitHub writes after `Invalid request.` when a body fails its JSON schema, e.g.
 * `"tag_name" wasn't supplied.` or `For 'properties/body', nil is not a string.` Values are
 * shown as Ruby inspects them (`nil`, `{"a" => 1}`), properties by their last name only
 * (GitHub reports `author.name` as `properties/name`), and the root as `links/0/schema`.
 */
function describeInvalidRequest(errors) {
    const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
    // The branches of a failed anyOf explain themselves through the anyOf error.
    const relevant = errors.filter((error) => error.keyword === 'anyOf' ||
        !anyOfPaths.some((path) => error.schemaPath.startsWith(`${path}/`)));
    const lines = [];
    const missing = new Map();
    for (const error of relevant) {
        if (error.keyword === 'required') {
            const names = missing.get(error.instancePath) ?? [];
            names.push(String(error.params.missingProperty));
            missing.set(error.instancePath, names);
            continue;
        }
        lines.push(describeError(error));
    }
    const supplied = [...missing.values()].map((names) => names.length === 1
        ? `${quote(names[0])} wasn't supplied.`
        : `${names.map(quote).join(', ')} weren't supplied.`);
    return [...new Set([...supplied, ...lines])];
}
function describeError(error) {
    const where = `For '${invalid_request_location(error.instancePath)}', `;
    const value = rubyInspect(error.data);
    const params = error.params;
    switch (error.keyword) {
        case 'type':
            return `${where}${value} is not ${typeNames(params.type)}.`;
        case 'enum':
            return `${where}${plain(error.data)} is not a member of ${rubyInspect(params.allowedValues)}.`;
        case 'additionalProperties':
            return `${quote(String(params.additionalProperty))} is not a permitted key.`;
        case 'anyOf':
            return `${where}${value} is not ${typeNames(branchTypes(error.schema))}.`;
        case 'maxLength':
            return `${where}${value} is too long (maximum is ${String(params.limit)} characters).`;
        case 'minLength':
            return `${where}${value} is too short (minimum is ${String(params.limit)} characters).`;
        case 'maxItems':
            return `${where}${value} has more than ${String(params.limit)} items.`;
        case 'minItems':
            return `${where}${value} has fewer than ${String(params.limit)} items.`;
        case 'maxProperties':
            return `No more than ${String(params.limit)} properties are allowed; ${countOf(error.data)} were supplied.`;
        case 'maximum':
            return `${where}${value} is greater than the maximum of ${String(params.limit)}.`;
        case 'minimum':
            return `${where}${value} is less than the minimum of ${String(params.limit)}.`;
        case 'format':
            return `${where}${value} is not a valid ${String(params.format)}.`;
        case 'pattern':
            return `${where}${value} does not match ${String(params.pattern)}.`;
        default:
            return `${where}${value} ${error.message ?? 'is invalid'}.`;
    }
}
function invalid_request_location(instancePath) {
    if (instancePath === '')
        return 'links/0/schema';
    const last = instancePath.split('/').at(-1) ?? '';
    return /^\d+$/.test(last) ? 'items' : `properties/${last.replace(/~1/g, '/').replace(/~0/g, '~')}`;
}
const ARTICLE = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean',
    object: 'an object',
    array: 'an array',
    null: 'null',
};
function typeNames(type) {
    const types = (Array.isArray(type) ? type : String(type).split(',')).map(String);
    const names = [...new Set(types.map((t) => ARTICLE[t] ?? t))];
    return names.length === 0 ? 'valid' : names.join(' or ');
}
/** The types an anyOf's branches accept, when each branch names one. */
function branchTypes(schema) {
    if (!Array.isArray(schema))
        return [];
    return schema.flatMap((branch) => {
        if (!isRecord(branch))
            return [];
        const type = branch.type;
        return Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : ['object'];
    });
}
function countOf(value) {
    return isRecord(value) ? Object.keys(value).length : 0;
}
function quote(name) {
    return JSON.stringify(name);
}
/** A value as GitHub shows it in an enum error: strings bare, anything else inspected. */
function plain(value) {
    return typeof value === 'string' ? value : rubyInspect(value);
}
/** A JSON value as Ruby's `inspect` writes it: `nil`, `"text"`, `[1, 2]`, `{"a" => true}`. */
function rubyInspect(value) {
    if (value === null || value === undefined)
        return 'nil';
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(rubyInspect).join(', ')}]`;
    if (isRecord(value)) {
        const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)} => ${rubyInspect(v)}`);
        return `{${entries.join(', ')}}`;
    }
    return typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(82815);
;// CONCATENATED MODULE: ./packages/sandbox/src/github/openapi-schemas.ts



/** Where converted component schemas live inside ajv: `$ref`s are rewritten to this base. */
const SCHEMA_BASE = 'https://sandbox.tokenless.invalid/components/schemas/';
/** OpenAPI-only keywords (and annotations) that JSON Schema does not need. */
const DROPPED = new Set([
    'description',
    'example',
    'examples',
    'title',
    'summary',
    'deprecated',
    'readOnly',
    'writeOnly',
    'discriminator',
    'xml',
    'externalDocs',
    'nullable',
]);
/** Keywords whose value is data, not a schema: copied as they are. */
const LITERAL = new Set(['enum', 'default', 'const', 'required', 'type', 'format', 'pattern']);
/** Keywords whose value maps names to schemas: the names are not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
/** Formats GitHub's description uses that ajv-formats does not define: annotations only. */
const ANNOTATION_FORMATS = [
    'int32',
    'int64',
    'binary',
    'byte',
    'float',
    'double',
    'password',
    'repo.nwo',
    'ssh-key',
    'uri-template',
];
/**
 * Turns one OpenAPI 3.0 schema into JSON Schema for ajv:
 * - `nullable: true` becomes `type: [T, 'null']` (or `anyOf [.., {type: null}]` without a type);
 * - `oneOf` becomes `anyOf`: GitHub's alternatives overlap (none sets `additionalProperties:
 *   false`), so a strict `oneOf` rejects real GitHub payloads that match two alternatives;
 * - `$ref: '#/components/schemas/x'` points at the component registered in ajv, and its
 *   siblings are dropped as OpenAPI 3.0 says;
 * - annotations and `x-*` extensions are dropped.
 */
function convertSchema(node, refs) {
    if (Array.isArray(node))
        return node.map((item) => convertSchema(item, refs));
    if (!isRecord(node))
        return node;
    if (typeof node.$ref === 'string') {
        const name = /^#\/components\/schemas\/(.+)$/.exec(node.$ref)?.[1];
        if (name === undefined)
            throw new Error(`Unsupported $ref ${node.$ref} in a schema.`);
        refs.add(name);
        const ref = { $ref: SCHEMA_BASE + name };
        return node.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref;
    }
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (DROPPED.has(key) || key.startsWith('x-'))
            continue;
        if (LITERAL.has(key))
            out[key] = value;
        else if (SCHEMA_MAPS.has(key) && isRecord(value)) {
            out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, convertSchema(schema, refs)]));
        }
        else if (key === 'oneOf') {
            const alternatives = convertSchema(value, refs);
            if (out.anyOf === undefined)
                out.anyOf = alternatives;
            else
                out.allOf = [...(out.allOf ?? []), { anyOf: alternatives }];
        }
        else if (key === 'anyOf' && out.anyOf !== undefined) {
            out.allOf = [...(out.allOf ?? []), { anyOf: convertSchema(value, refs) }];
        }
        else
            out[key] = convertSchema(value, refs);
    }
    if (node.nullable !== true)
        return out;
    if (typeof out.type === 'string') {
        out.type = [out.type, 'null'];
        if (Array.isArray(out.enum) && !out.enum.includes(null))
            out.enum = [...out.enum, null];
        return out;
    }
    return { anyOf: [out, { type: 'null' }] };
}
/** One ajv instance with GitHub's component schemas added on first use. */
class SchemaCompiler {
    components;
    ajv;
    added = new Set();
    constructor(components, options) {
        this.components = components;
        this.ajv = new ajv.Ajv({
            strict: false,
            // Compile each referenced schema once (simple-user is referenced everywhere) and skip the
            // code optimizer: first compiles of large schemas take a third less time.
            inlineRefs: false,
            code: { optimize: false },
            allErrors: true,
            logger: false,
            coerceTypes: options.coerceTypes,
            verbose: options.verbose,
        });
        addFormats(this.ajv);
        for (const format of ANNOTATION_FORMATS)
            this.ajv.addFormat(format, true);
    }
    compile(schema) {
        const refs = new Set();
        const converted = convertSchema(schema, refs);
        this.addComponents(refs);
        return this.ajv.compile(converted);
    }
    addComponents(names) {
        const queue = [...names];
        for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
            if (this.added.has(name))
                continue;
            const component = this.components.get(name);
            this.ajv.addSchema(component.schema, SCHEMA_BASE + name);
            this.added.add(name);
            queue.push(...component.refs);
        }
    }
}
function addFormats(ajv) {
    // ajv-formats is CommonJS: its plugin is the module itself or its `default`.
    const module = ajv_formats_dist;
    const plugin = (typeof module.default === 'function' ? module.default : module);
    plugin(ajv);
}
/** Component schemas converted once, shared by every ajv instance. */
class ComponentCache {
    description;
    converted = new Map();
    constructor(description) {
        this.description = description;
    }
    get(name) {
        const cached = this.converted.get(name);
        if (cached !== undefined)
            return cached;
        const source = this.description.document.components.schemas[name];
        if (source === undefined)
            throw new Error(`GitHub's description has no schema ${name}.`);
        const refs = new Set();
        const entry = { schema: convertSchema(source, refs), refs: [...refs] };
        this.converted.set(name, entry);
        return entry;
    }
}
/**
 * Validators compiled lazily per operation and cached for the life of the description, so a test
 * file that starts many sandboxes compiles each operation it uses once.
 */
class ContractSchemas {
    components;
    requests;
    parameters;
    responses;
    operations = new Map();
    basicError;
    constructor(description) {
        this.components = new ComponentCache(description);
        this.requests = new SchemaCompiler(this.components, { coerceTypes: false, verbose: true });
        this.parameters = new SchemaCompiler(this.components, { coerceTypes: true, verbose: true });
        this.responses = new SchemaCompiler(this.components, { coerceTypes: false, verbose: false });
    }
    for(operation) {
        const cached = this.operations.get(operation.operationId);
        if (cached !== undefined)
            return cached;
        const validators = this.compileOperation(operation);
        this.operations.set(operation.operationId, validators);
        return validators;
    }
    compileOperation(operation) {
        const parametersIn = (place) => {
            const list = operation.parameters.filter((p) => p.in === place);
            if (list.length === 0)
                return undefined;
            return this.parameters.compile({
                type: 'object',
                properties: Object.fromEntries(list.map((p) => [p.name, p.schema ?? {}])),
                required: list.filter((p) => p.required === true).map((p) => p.name),
            });
        };
        const compiledResponses = new Map();
        const responseSchema = (key) => {
            if (!compiledResponses.has(key)) {
                const schema = operation.responses.get(key);
                compiledResponses.set(key, schema === undefined ? undefined : this.responses.compile(schema));
            }
            return compiledResponses.get(key);
        };
        return {
            path: parametersIn('path'),
            query: parametersIn('query'),
            body: operation.requestSchema === undefined
                ? undefined
                : this.requests.compile(operation.requestSchema),
            response: (status) => {
                const key = String(status);
                if (operation.responses.has(key))
                    return { schema: responseSchema(key), documented: true };
                if (operation.responses.has('default')) {
                    return { schema: responseSchema('default'), documented: true };
                }
                // GitHub documents few error statuses per operation; every error body is a basic-error.
                if (status >= 400)
                    return { schema: this.basicErrorSchema(), documented: true };
                return { schema: undefined, documented: false };
            },
        };
    }
    basicErrorSchema() {
        this.basicError ??= this.responses.compile({ $ref: '#/components/schemas/basic-error' });
        return this.basicError;
    }
}
/** ajv's errors as short lines: `/assets/0/digest must be string`. */
function formatSchemaErrors(errors, limit = 8) {
    const lines = (errors ?? []).map((error) => {
        const where = error.instancePath === '' ? '(root)' : error.instancePath;
        const detail = error.keyword === 'required'
            ? `must have required property '${String(error.params.missingProperty)}'`
            : error.keyword === 'additionalProperties'
                ? `must not have property '${String(error.params.additionalProperty)}'`
                : (error.message ?? error.keyword);
        return `${where} ${detail}`;
    });
    const unique = [...new Set(lines)];
    return unique.length > limit
        ? [...unique.slice(0, limit), `... and ${unique.length - limit} more`]
        : unique;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/tokens.ts

/** GitHub Actions' own app: the author of everything a GITHUB_TOKEN creates. */
const GITHUB_ACTIONS_APP = {
    id: 15368,
    slug: 'github-actions',
    name: 'GitHub Actions',
};
const DEFAULT_APP = { id: 900001, slug: 'sandbox-app', name: 'Sandbox App' };
/** Every repository permission a GITHUB_TOKEN can have, plus administration for setup calls. */
const ALL_WRITE = {
    actions: 'write',
    administration: 'write',
    attestations: 'write',
    checks: 'write',
    contents: 'write',
    deployments: 'write',
    discussions: 'write',
    environments: 'write',
    issues: 'write',
    packages: 'write',
    pages: 'write',
    pull_requests: 'write',
    security_events: 'write',
    statuses: 'write',
};
/** The token every sandbox accepts: a `github-token` with write access to everything. */
const tokens_DEFAULT_TOKEN = 'sandbox-token';
/** Tokens the sandbox accepts, by hash: no registry, log or error ever holds a token's text. */
class TokenRegistry {
    now;
    tokens = new Map();
    constructor(now) {
        this.now = now;
        this.register(tokens_DEFAULT_TOKEN, { permissions: ALL_WRITE, kind: 'github-token' });
    }
    /** Accepts `token` from now on, replacing an earlier registration of the same text. */
    register(token, registration = {}) {
        if (token === '')
            throw new Error('A sandbox token must not be empty.');
        const kind = registration.kind ?? 'github-token';
        this.tokens.set(hashToken(token), {
            kind,
            permissions: { ...registration.permissions },
            login: kind === 'pat' ? (registration.login ?? 'sandbox-user') : undefined,
            app: kind === 'app'
                ? (registration.app ?? DEFAULT_APP)
                : kind === 'github-token'
                    ? GITHUB_ACTIONS_APP
                    : undefined,
            repositories: registration.repositories?.map((name) => name.toLowerCase()),
            rateLimit: registration.rateLimit ?? (kind === 'github-token' ? 1000 : 5000),
            used: 0,
            resetAt: this.nextReset(),
        });
    }
    /** Stops accepting `token`: it then answers 401 `Bad credentials`. */
    revoke(token) {
        this.tokens.delete(hashToken(token));
    }
    /** The registration of `token`, or undefined when the sandbox does not know it. */
    lookup(token) {
        return this.tokens.get(hashToken(token));
    }
    nextReset() {
        return Math.floor(this.now() / 1000) + 3600;
    }
}
function hashToken(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token).digest('hex');
}
/**
 * The token in an Authorization header: `token X`, `Bearer X`, or Basic with the token as the
 * password (how git and some tools send it). Undefined when there is no usable header.
 */
function readAuthorization(header) {
    if (header === undefined)
        return undefined;
    const match = /^(token|bearer|basic)\s+(\S+)\s*$/i.exec(header);
    if (match === null)
        return '';
    const [, scheme, value] = match;
    if (scheme?.toLowerCase() !== 'basic')
        return value;
    const decoded = Buffer.from(value ?? '', 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? decoded : decoded.slice(colon + 1);
}
function hasPermission(permissions, name, level) {
    if (name === 'metadata')
        return true;
    const granted = permissions[name] ?? 'none';
    return level === 'read' ? granted === 'read' || granted === 'write' : granted === 'write';
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/representations.ts

const seg = encodeURIComponent;
/** A ref or path shown in a URL: each segment encoded, the slashes kept. */
function path(value) {
    return value.split('/').map(seg).join('/');
}
function nodeId(type, id) {
    return Buffer.from(`sandbox:${type}:${id}`).toString('base64url');
}
/** The owner of GitHub Actions' app, as GitHub shows it. */
const GITHUB_ORGANIZATION = { login: 'github', id: 9919, type: 'Organization' };
/** The bot an app acts as: `github-actions[bot]` for a GITHUB_TOKEN. */
function appBot(app) {
    if (app.id === GITHUB_ACTIONS_APP.id) {
        return { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
    }
    return { login: `${app.slug}[bot]`, id: 100_000_000 + app.id, type: 'Bot' };
}
class Representations {
    urls;
    constructor(urls) {
        this.urls = urls;
    }
    repoApi(repo) {
        return `${this.urls.api}/repos/${seg(repo.owner.login)}/${seg(repo.name)}`;
    }
    repoWeb(repo) {
        return `${this.urls.server}/${seg(repo.owner.login)}/${seg(repo.name)}`;
    }
    user(user) {
        const api = `${this.urls.api}/users/${seg(user.login)}`;
        return {
            login: user.login,
            id: user.id,
            node_id: nodeId('User', user.id),
            avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
            gravatar_id: '',
            url: api,
            html_url: `${this.urls.server}/${user.type === 'Bot' ? 'apps/' : ''}${seg(user.login.replace(/\[bot\]$/, ''))}`,
            followers_url: `${api}/followers`,
            following_url: `${api}/following{/other_user}`,
            gists_url: `${api}/gists{/gist_id}`,
            starred_url: `${api}/starred{/owner}{/repo}`,
            subscriptions_url: `${api}/subscriptions`,
            organizations_url: `${api}/orgs`,
            repos_url: `${api}/repos`,
            events_url: `${api}/events{/privacy}`,
            received_events_url: `${api}/received_events`,
            type: user.type,
            site_admin: false,
            user_view_type: 'public',
        };
    }
    app(app) {
        const owner = app.id === GITHUB_ACTIONS_APP.id ? GITHUB_ORGANIZATION : SANDBOX_APPS_OWNER;
        return {
            id: app.id,
            slug: app.slug,
            node_id: nodeId('App', app.id),
            client_id: `Iv1.sandbox${app.id}`,
            owner: this.user(owner),
            name: app.name,
            description: null,
            external_url: `${this.urls.server}/apps/${seg(app.slug)}`,
            html_url: `${this.urls.server}/apps/${seg(app.slug)}`,
            created_at: '2018-07-30T09:30:17Z',
            updated_at: '2024-04-10T20:33:16Z',
            permissions: { checks: 'write', contents: 'write', issues: 'write', metadata: 'read' },
            events: [],
        };
    }
    repositoryUrls(repo) {
        const api = this.repoApi(repo);
        const web = this.repoWeb(repo);
        return {
            id: repo.id,
            node_id: nodeId('Repository', repo.id),
            name: repo.name,
            full_name: repo.fullName,
            owner: this.user(repo.owner),
            private: repo.isPrivate,
            html_url: web,
            description: null,
            fork: false,
            url: api,
            archive_url: `${api}/{archive_format}{/ref}`,
            assignees_url: `${api}/assignees{/user}`,
            blobs_url: `${api}/git/blobs{/sha}`,
            branches_url: `${api}/branches{/branch}`,
            collaborators_url: `${api}/collaborators{/collaborator}`,
            comments_url: `${api}/comments{/number}`,
            commits_url: `${api}/commits{/sha}`,
            compare_url: `${api}/compare/{base}...{head}`,
            contents_url: `${api}/contents/{+path}`,
            contributors_url: `${api}/contributors`,
            deployments_url: `${api}/deployments`,
            downloads_url: `${api}/downloads`,
            events_url: `${api}/events`,
            forks_url: `${api}/forks`,
            git_commits_url: `${api}/git/commits{/sha}`,
            git_refs_url: `${api}/git/refs{/sha}`,
            git_tags_url: `${api}/git/tags{/sha}`,
            git_url: `${web.replace(/^https?:/, 'git:')}.git`,
            issue_comment_url: `${api}/issues/comments{/number}`,
            issue_events_url: `${api}/issues/events{/number}`,
            issues_url: `${api}/issues{/number}`,
            keys_url: `${api}/keys{/key_id}`,
            labels_url: `${api}/labels{/name}`,
            languages_url: `${api}/languages`,
            merges_url: `${api}/merges`,
            milestones_url: `${api}/milestones{/number}`,
            notifications_url: `${api}/notifications{?since,all,participating}`,
            pulls_url: `${api}/pulls{/number}`,
            releases_url: `${api}/releases{/id}`,
            ssh_url: `git@sandbox.invalid:${repo.fullName}.git`,
            stargazers_url: `${api}/stargazers`,
            statuses_url: `${api}/statuses/{sha}`,
            subscribers_url: `${api}/subscribers`,
            subscription_url: `${api}/subscription`,
            tags_url: `${api}/tags`,
            teams_url: `${api}/teams`,
            trees_url: `${api}/git/trees{/sha}`,
            clone_url: `${web}.git`,
            mirror_url: null,
            hooks_url: `${api}/hooks`,
            svn_url: web,
            homepage: null,
            language: null,
        };
    }
    minimalRepository(repo) {
        return {
            ...this.repositoryUrls(repo),
            default_branch: repo.defaultBranch,
            visibility: repo.isPrivate ? 'private' : 'public',
            archived: false,
            disabled: false,
            pushed_at: repo.createdAt,
            created_at: repo.createdAt,
            updated_at: repo.createdAt,
        };
    }
    fullRepository(repo, permissions) {
        return {
            ...this.repositoryUrls(repo),
            forks_count: 0,
            stargazers_count: 0,
            watchers_count: 0,
            size: 0,
            default_branch: repo.defaultBranch,
            open_issues_count: [...repo.issues.values()].filter((i) => i.state === 'open').length,
            is_template: false,
            topics: [],
            has_issues: true,
            has_projects: false,
            has_wiki: false,
            has_pages: false,
            has_downloads: true,
            has_discussions: false,
            archived: false,
            disabled: false,
            visibility: repo.isPrivate ? 'private' : 'public',
            pushed_at: repo.createdAt,
            created_at: repo.createdAt,
            updated_at: repo.createdAt,
            permissions: { ...permissions, maintain: permissions.admin, triage: permissions.push },
            allow_forking: !repo.isPrivate,
            web_commit_signoff_required: false,
            subscribers_count: 0,
            network_count: 0,
            license: null,
            forks: 0,
            open_issues: [...repo.issues.values()].filter((i) => i.state === 'open').length,
            watchers: 0,
        };
    }
    releaseTagPath(release) {
        return release.draft ? `untagged-${release.untaggedId}` : seg(release.tagName);
    }
    asset(repo, release, asset) {
        return {
            url: `${this.repoApi(repo)}/releases/assets/${asset.id}`,
            browser_download_url: `${this.repoWeb(repo)}/releases/download/${this.releaseTagPath(release)}/${seg(asset.name)}`,
            id: asset.id,
            node_id: nodeId('ReleaseAsset', asset.id),
            name: asset.name,
            label: asset.label,
            state: 'uploaded',
            content_type: asset.contentType,
            size: asset.size,
            digest: asset.digest,
            download_count: asset.downloadCount,
            created_at: asset.createdAt,
            updated_at: asset.updatedAt,
            uploader: this.user(asset.uploader),
        };
    }
    release(repo, release) {
        const url = `${this.repoApi(repo)}/releases/${release.id}`;
        const tag = path(release.tagName);
        return {
            url,
            html_url: `${this.repoWeb(repo)}/releases/tag/${this.releaseTagPath(release)}`,
            assets_url: `${url}/assets`,
            upload_url: `${this.urls.uploads}/repos/${seg(repo.owner.login)}/${seg(repo.name)}/releases/${release.id}/assets{?name,label}`,
            tarball_url: release.draft ? null : `${this.repoApi(repo)}/tarball/${tag}`,
            zipball_url: release.draft ? null : `${this.repoApi(repo)}/zipball/${tag}`,
            id: release.id,
            node_id: nodeId('Release', release.id),
            tag_name: release.tagName,
            target_commitish: release.targetCommitish,
            name: release.name,
            body: release.body,
            draft: release.draft,
            prerelease: release.prerelease,
            immutable: release.immutable,
            created_at: release.createdAt,
            published_at: release.publishedAt,
            updated_at: release.updatedAt,
            author: this.user(release.author),
            assets: release.assets.map((asset) => this.asset(repo, release, asset)),
        };
    }
    gitRef(repo, ref) {
        return {
            ref: ref.ref,
            node_id: nodeId('Ref', `${repo.id}:${ref.ref}`),
            url: `${this.repoApi(repo)}/git/${path(ref.ref)}`,
            object: {
                type: ref.type,
                sha: ref.sha,
                url: `${this.repoApi(repo)}/git/${ref.type === 'tag' ? 'tags' : ref.type === 'commit' ? 'commits' : `${ref.type}s`}/${ref.sha}`,
            },
        };
    }
    gitTag(repo, tag) {
        return {
            node_id: nodeId('Tag', tag.sha),
            tag: tag.tag,
            sha: tag.sha,
            url: `${this.repoApi(repo)}/git/tags/${tag.sha}`,
            message: tag.message,
            tagger: { date: tag.tagger.date, email: tag.tagger.email, name: tag.tagger.name },
            object: {
                sha: tag.object.sha,
                type: tag.object.type,
                url: `${this.repoApi(repo)}/git/${tag.object.type === 'tag' ? 'tags' : `${tag.object.type}s`}/${tag.object.sha}`,
            },
            verification: UNSIGNED,
        };
    }
    commit(repo, commit) {
        const api = this.repoApi(repo);
        return {
            url: `${api}/commits/${commit.sha}`,
            sha: commit.sha,
            node_id: nodeId('Commit', commit.sha),
            html_url: `${this.repoWeb(repo)}/commit/${commit.sha}`,
            comments_url: `${api}/commits/${commit.sha}/comments`,
            commit: {
                url: `${api}/git/commits/${commit.sha}`,
                author: commit.author,
                committer: commit.committer,
                message: commit.message,
                comment_count: 0,
                tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
                verification: UNSIGNED,
            },
            // GitHub links commit authors to accounts by email; sandbox commits have none.
            author: {},
            committer: {},
            parents: commit.parents.map((sha) => ({
                sha,
                url: `${api}/commits/${sha}`,
                html_url: `${this.repoWeb(repo)}/commit/${sha}`,
            })),
        };
    }
    simpleCommit(commit) {
        const person = (p) => EMAIL.test(p.email) ? { name: p.name, email: p.email } : null;
        return {
            id: commit.sha,
            tree_id: commit.tree,
            message: commit.message,
            timestamp: commit.committer.date,
            author: person(commit.author),
            committer: person(commit.committer),
        };
    }
    status(repo, status) {
        return {
            url: `${this.repoApi(repo)}/statuses/${status.sha}`,
            avatar_url: this.user(status.creator).avatar_url,
            id: status.id,
            node_id: nodeId('StatusContext', status.id),
            state: status.state,
            description: status.description,
            target_url: status.targetUrl,
            context: status.context,
            created_at: status.createdAt,
            updated_at: status.updatedAt,
            creator: this.user(status.creator),
        };
    }
    simpleStatus(repo, status) {
        const view = this.status(repo, status);
        delete view.creator;
        return view;
    }
    checkRun(repo, run) {
        const api = this.repoApi(repo);
        return {
            id: run.id,
            head_sha: run.headSha,
            node_id: nodeId('CheckRun', run.id),
            external_id: run.externalId,
            url: `${api}/check-runs/${run.id}`,
            html_url: `${this.repoWeb(repo)}/runs/${run.id}`,
            details_url: run.detailsUrl ?? `${this.repoWeb(repo)}/runs/${run.id}`,
            status: run.status,
            conclusion: run.conclusion,
            started_at: run.startedAt,
            completed_at: run.completedAt,
            output: {
                title: run.output.title,
                summary: run.output.summary,
                text: run.output.text,
                annotations_count: run.output.annotationsCount,
                annotations_url: `${api}/check-runs/${run.id}/annotations`,
            },
            name: run.name,
            check_suite: { id: run.suiteId },
            app: this.app(run.app),
            pull_requests: [],
        };
    }
    checkSuite(repo, suite, runs, headCommit) {
        const { status, conclusion } = suiteOutcome(runs);
        return {
            id: suite.id,
            node_id: nodeId('CheckSuite', suite.id),
            head_branch: suite.headBranch,
            head_sha: suite.headSha,
            status: status,
            conclusion: conclusion,
            url: `${this.repoApi(repo)}/check-suites/${suite.id}`,
            before: null,
            after: suite.headSha,
            pull_requests: [],
            app: this.app(suite.app),
            repository: this.minimalRepository(repo),
            created_at: suite.createdAt,
            updated_at: suite.updatedAt,
            head_commit: this.simpleCommit(headCommit),
            latest_check_runs_count: runs.length,
            check_runs_url: `${this.repoApi(repo)}/check-suites/${suite.id}/check-runs`,
            rerequestable: true,
            runs_rerequestable: true,
        };
    }
    label(repo, label) {
        return {
            id: label.id,
            node_id: nodeId('Label', label.id),
            url: `${this.repoApi(repo)}/labels/${seg(label.name)}`,
            name: label.name,
            description: label.description,
            color: label.color,
            default: false,
        };
    }
    reactions(url) {
        return {
            url: `${url}/reactions`,
            total_count: 0,
            '+1': 0,
            '-1': 0,
            laugh: 0,
            confused: 0,
            heart: 0,
            hooray: 0,
            eyes: 0,
            rocket: 0,
        };
    }
    issue(repo, issue) {
        const url = `${this.repoApi(repo)}/issues/${issue.number}`;
        const assignees = issue.assignees.map((login) => this.user(userByLogin(login)));
        const labels = issue.labels
            .map((name) => repo.labels.get(name.toLowerCase()))
            .filter((label) => label !== undefined)
            .map((label) => this.label(repo, label));
        return {
            id: issue.id,
            node_id: nodeId('Issue', issue.id),
            url,
            repository_url: this.repoApi(repo),
            labels_url: `${url}/labels{/name}`,
            comments_url: `${url}/comments`,
            events_url: `${url}/events`,
            html_url: `${this.repoWeb(repo)}/issues/${issue.number}`,
            number: issue.number,
            state: issue.state,
            state_reason: issue.stateReason,
            title: issue.title,
            body: issue.body,
            user: this.user(issue.user),
            labels,
            assignee: assignees[0] ?? null,
            assignees,
            milestone: null,
            locked: false,
            active_lock_reason: null,
            comments: [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length,
            closed_at: issue.closedAt,
            created_at: issue.createdAt,
            updated_at: issue.updatedAt,
            closed_by: issue.closedBy === null ? null : this.user(issue.closedBy),
            author_association: issue.user.login === repo.owner.login ? 'OWNER' : 'NONE',
            timeline_url: `${url}/timeline`,
            performed_via_github_app: issue.app === undefined ? null : this.app(issue.app),
            reactions: this.reactions(url),
        };
    }
    comment(repo, comment) {
        const url = `${this.repoApi(repo)}/issues/comments/${comment.id}`;
        return {
            id: comment.id,
            node_id: nodeId('IssueComment', comment.id),
            url,
            body: comment.body,
            html_url: `${this.repoWeb(repo)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
            user: this.user(comment.user),
            created_at: comment.createdAt,
            updated_at: comment.updatedAt,
            issue_url: `${this.repoApi(repo)}/issues/${comment.issueNumber}`,
            author_association: comment.user.login === repo.owner.login ? 'OWNER' : 'NONE',
            performed_via_github_app: comment.app === undefined ? null : this.app(comment.app),
            reactions: this.reactions(url),
        };
    }
    environment(repo, environment) {
        const rules = [];
        if (environment.waitTimer > 0) {
            rules.push({
                id: environment.ruleIds.waitTimer,
                node_id: nodeId('WaitTimer', environment.ruleIds.waitTimer),
                type: 'wait_timer',
                wait_timer: environment.waitTimer,
            });
        }
        if (environment.reviewers.length > 0) {
            rules.push({
                id: environment.ruleIds.reviewers,
                node_id: nodeId('RequiredReviewers', environment.ruleIds.reviewers),
                prevent_self_review: environment.preventSelfReview,
                type: 'required_reviewers',
                reviewers: environment.reviewers.map((reviewer) => ({
                    type: reviewer.type,
                    reviewer: reviewer.type === 'User'
                        ? this.user({ login: `user-${reviewer.id}`, id: reviewer.id, type: 'User' })
                        : this.team(repo, reviewer.id),
                })),
            });
        }
        if (environment.branchPolicy !== null) {
            rules.push({
                id: environment.ruleIds.branchPolicy,
                node_id: nodeId('BranchPolicy', environment.ruleIds.branchPolicy),
                type: 'branch_policy',
            });
        }
        return {
            id: environment.id,
            node_id: nodeId('Environment', environment.id),
            name: environment.name,
            url: `${this.repoApi(repo)}/environments/${seg(environment.name)}`,
            html_url: `${this.repoWeb(repo)}/deployments/activity_log?environments_filter=${seg(environment.name)}`,
            created_at: environment.createdAt,
            updated_at: environment.updatedAt,
            protection_rules: rules,
            deployment_branch_policy: environment.branchPolicy,
        };
    }
    team(repo, id) {
        const api = `${this.urls.api}/organizations/${repo.owner.id}/team/${id}`;
        return {
            id,
            node_id: nodeId('Team', id),
            name: `team-${id}`,
            slug: `team-${id}`,
            description: null,
            privacy: 'closed',
            notification_setting: 'notifications_enabled',
            permission: 'pull',
            url: api,
            html_url: `${this.urls.server}/orgs/${seg(repo.owner.login)}/teams/team-${id}`,
            members_url: `${api}/members{/member}`,
            repositories_url: `${api}/repos`,
            type: 'organization',
            parent: null,
        };
    }
    workflow(repo, workflow) {
        const file = workflow.path.split('/').at(-1) ?? workflow.path;
        return {
            id: workflow.id,
            node_id: nodeId('Workflow', workflow.id),
            name: workflow.name,
            path: workflow.path,
            state: 'active',
            created_at: repo.createdAt,
            updated_at: repo.createdAt,
            url: `${this.repoApi(repo)}/actions/workflows/${workflow.id}`,
            html_url: `${this.repoWeb(repo)}/blob/${seg(repo.defaultBranch)}/${path(workflow.path)}`,
            badge_url: `${this.repoWeb(repo)}/workflows/${seg(file.replace(/\.ya?ml$/, ''))}/badge.svg`,
        };
    }
}
const UNSIGNED = {
    verified: false,
    reason: 'unsigned',
    payload: null,
    signature: null,
    verified_at: null,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SANDBOX_APPS_OWNER = { login: 'sandbox-apps', id: 900000, type: 'Organization' };
/** A user known only by login (an assignee): a stable id from the name. */
function userByLogin(login) {
    let hash = 0;
    for (const char of login)
        hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 50_000_000;
    return { login, id: 10_000_000 + hash, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}
/** A check suite's status and conclusion from its runs, the worst conclusion winning. */
function suiteOutcome(runs) {
    if (runs.length === 0)
        return { status: 'queued', conclusion: null };
    if (runs.some((run) => run.status !== 'completed')) {
        return {
            status: runs.every((run) => run.status === 'queued') ? 'queued' : 'in_progress',
            conclusion: null,
        };
    }
    const conclusions = new Set(runs.map((run) => run.conclusion));
    for (const worst of ['action_required', 'cancelled', 'timed_out', 'failure', 'stale']) {
        if (conclusions.has(worst))
            return { status: 'completed', conclusion: worst };
    }
    for (const next of ['success', 'neutral', 'skipped']) {
        if (conclusions.has(next))
            return { status: 'completed', conclusion: next };
    }
    return { status: 'completed', conclusion: 'success' };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/route-context.ts



/** What every handler shares: URLs, representations, the clock and id counters. */
class SandboxCore {
    urls;
    views;
    now;
    immutableReleases;
    repositories = new Map();
    counters = new Map();
    constructor(urls, views, now, immutableReleases) {
        this.urls = urls;
        this.views = views;
        this.now = now;
        this.immutableReleases = immutableReleases;
    }
    timestamp() {
        return isoSeconds(this.now());
    }
    /** The next id of a kind (`release`, `asset`, ...), starting from a kind-specific base. */
    nextId(kind) {
        const next = (this.counters.get(kind) ?? ID_BASES[kind] ?? 1000) + 1;
        this.counters.set(kind, next);
        return next;
    }
    repository(owner, repo) {
        return this.repositories.get(`${owner}/${repo}`.toLowerCase());
    }
}
/** Ids of different kinds start far apart, so a test that confuses them fails. */
const ID_BASES = {
    repository: 700_000,
    release: 100_000,
    asset: 200_000,
    status: 300_000,
    checkSuite: 400_000,
    checkRun: 500_000,
    issue: 600_000,
    comment: 800_000,
    label: 900_000,
    environment: 1_000_000,
    rule: 1_100_000,
    workflow: 1_200_000,
};
function can(caller, name, level) {
    return hasPermission(caller.permissions, name, level);
}
/** The actor of a write; writes always come with a token, so there always is one. */
function actorOf(context) {
    if (context.caller.actor === undefined)
        throw new ApiError(401, { message: 'Requires authentication' });
    return context.caller.actor;
}
function stringParam(context, name) {
    return route_context_textOf(context.params[name]);
}
function numberParam(context, name) {
    return Number(context.params[name]);
}
/** A path or query value as text: strings as they are, numbers (coerced ids) written out. */
function route_context_textOf(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
function optionalString(value) {
    return typeof value === 'string' ? value : undefined;
}
/**
 * One page of `items` per `per_page` (default 30, at most 100) and `page`, with GitHub's `Link`
 * header (`next`, `last`, `first`, `prev`) when there is more than one page.
 */
function paginate(context, items) {
    const perPage = Math.min(100, Math.max(1, Number(context.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(context.query.page ?? 1) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (target, rel) => {
        const url = new URL(context.url);
        url.searchParams.set('per_page', String(perPage));
        url.searchParams.set('page', String(target));
        return `<${url.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last)
        links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1)
        links.push(link(1, 'first'), link(Math.min(page - 1, last), 'prev'));
    return { page: slice, headers: links.length === 0 ? {} : { link: links.join(', ') } };
}
/** `git check-ref-format`'s rules for a full ref name. */
function isValidRefName(ref) {
    if (ref === '' || ref === '@' || ref.startsWith('/') || ref.endsWith('/') || ref.endsWith('.')) {
        return false;
    }
    if (/(\.\.|\/\/|@\{|[\0-\x20\x7f~^:?*[\\])/.test(ref))
        return false;
    return ref
        .split('/')
        .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/routes/commits.ts


/** The commit a ref-ish names (branch, tag, sha), or GitHub's 422 `No commit found for SHA`. */
async function commitFor(context, rev) {
    const sha = await context.repo.git.resolveCommit(rev);
    const commit = sha === undefined ? undefined : await context.repo.git.readCommit(sha);
    if (commit === undefined)
        throw unprocessable(`No commit found for SHA: ${rev}`);
    return commit;
}
/** The newest status of each context for a commit, newest first. */
function latestStatuses(repo, sha) {
    const seen = new Set();
    return repo.statuses
        .filter((status) => status.sha === sha)
        .sort((a, b) => b.id - a.id)
        .filter((status) => {
        if (seen.has(status.context))
            return false;
        seen.add(status.context);
        return true;
    });
}
/** GitHub's combined state: failure beats pending beats success; no status is pending. */
function combinedState(statuses) {
    if (statuses.some((s) => s.state === 'error' || s.state === 'failure'))
        return 'failure';
    if (statuses.length === 0 || statuses.some((s) => s.state === 'pending'))
        return 'pending';
    return 'success';
}
const getCommit = {
    operationId: 'repos/get-commit',
    permission: ['contents', 'read'],
    async handle(context) {
        const commit = await commitFor(context, stringParam(context, 'ref'));
        return { status: 200, body: context.core.views.commit(context.repo, commit) };
    },
};
const getCombinedStatus = {
    operationId: 'repos/get-combined-status-for-ref',
    permission: ['statuses', 'read'],
    async handle(context) {
        const { repo, core } = context;
        const commit = await commitFor(context, stringParam(context, 'ref'));
        const statuses = latestStatuses(repo, commit.sha);
        const api = core.views.repoApi(repo);
        return {
            status: 200,
            body: {
                state: combinedState(statuses),
                statuses: statuses.map((status) => core.views.simpleStatus(repo, status)),
                sha: commit.sha,
                total_count: statuses.length,
                repository: core.views.minimalRepository(repo),
                commit_url: `${api}/commits/${commit.sha}`,
                url: `${api}/commits/${commit.sha}/status`,
            },
        };
    },
};
const listStatuses = {
    operationId: 'repos/list-commit-statuses-for-ref',
    permission: ['statuses', 'read'],
    async handle(context) {
        const { repo, core } = context;
        const commit = await commitFor(context, stringParam(context, 'ref'));
        const all = repo.statuses.filter((s) => s.sha === commit.sha).sort((a, b) => b.id - a.id);
        const { page, headers } = paginate(context, all);
        return { status: 200, body: page.map((status) => core.views.status(repo, status)), headers };
    },
};
const createStatus = {
    operationId: 'repos/create-commit-status',
    permission: ['statuses', 'write'],
    async handle(context) {
        const { body, core, repo } = context;
        const commit = await commitFor(context, stringParam(context, 'sha'));
        const now = core.timestamp();
        const status = {
            id: core.nextId('status'),
            sha: commit.sha,
            state: body.state,
            targetUrl: optionalString(body.target_url) ?? null,
            description: optionalString(body.description) ?? null,
            context: optionalString(body.context) ?? 'default',
            creator: actorOf(context),
            createdAt: now,
            updatedAt: now,
        };
        repo.statuses.push(status);
        return { status: 201, body: core.views.status(repo, status) };
    },
};
const commitRoutes = [
    getCommit,
    getCombinedStatus,
    listStatuses,
    createStatus,
];

;// CONCATENATED MODULE: ./packages/sandbox/src/github/routes/checks.ts




/** Only apps (a GITHUB_TOKEN is GitHub Actions' app) write check runs; GitHub turns PATs away. */
function writingApp(context) {
    if (context.caller.app === undefined) {
        throw new ApiError(403, { message: 'You must authenticate via a GitHub App.' });
    }
    return context.caller.app;
}
function dateOf(value) {
    return typeof value === 'string' ? isoSeconds(new Date(value)) : undefined;
}
/** Annotations a create or update adds (GitHub keeps appending them). */
function annotationsIn(output) {
    if (typeof output !== 'object' || output === null)
        return 0;
    const annotations = output.annotations;
    return Array.isArray(annotations) ? annotations.length : 0;
}
function outputFields(output) {
    if (typeof output !== 'object' || output === null)
        return {};
    const fields = output;
    return {
        ...(typeof fields.title === 'string' ? { title: fields.title } : {}),
        ...(typeof fields.summary === 'string' ? { summary: fields.summary } : {}),
        ...(typeof fields.text === 'string' ? { text: fields.text } : {}),
    };
}
async function branchAt(repo, sha) {
    const heads = await repo.git.listRefs('refs/heads/');
    return heads.find((head) => head.sha === sha)?.ref.slice('refs/heads/'.length) ?? null;
}
async function suiteFor(context, sha, app) {
    const { repo, core } = context;
    const existing = [...repo.checkSuites.values()].find((s) => s.headSha === sha && s.app.id === app.id);
    if (existing !== undefined)
        return existing;
    const now = core.timestamp();
    const suite = {
        id: core.nextId('checkSuite'),
        headSha: sha,
        headBranch: await branchAt(repo, sha),
        app,
        createdAt: now,
        updatedAt: now,
    };
    repo.checkSuites.set(suite.id, suite);
    return suite;
}
/**
 * Status and conclusion after a write: a conclusion completes the run, as GitHub does; a
 * completed run needs one.
 */
function settle(run, body, now) {
    if (typeof body.conclusion === 'string') {
        run.conclusion = body.conclusion;
        run.status = 'completed';
    }
    if (run.status === 'completed' && run.conclusion === null) {
        throw unprocessable('Invalid request.\n\n"conclusion" wasn\'t supplied.');
    }
    if (run.status === 'completed')
        run.completedAt ??= now;
    if (run.status === 'in_progress')
        run.startedAt ??= now;
}
const createCheckRun = {
    operationId: 'checks/create',
    permission: ['checks', 'write'],
    async handle(context) {
        const { body, core, repo } = context;
        const app = writingApp(context);
        const commit = await commitFor(context, String(body.head_sha));
        const now = core.timestamp();
        const run = {
            id: core.nextId('checkRun'),
            suiteId: 0,
            name: String(body.name),
            headSha: commit.sha,
            status: (optionalString(body.status) ?? 'queued'),
            conclusion: null,
            startedAt: dateOf(body.started_at) ?? now,
            completedAt: dateOf(body.completed_at) ?? null,
            detailsUrl: optionalString(body.details_url) ?? null,
            externalId: optionalString(body.external_id) ?? '',
            output: {
                title: null,
                summary: null,
                text: null,
                annotationsCount: 0,
                ...outputFields(body.output),
            },
            app,
        };
        run.output.annotationsCount = annotationsIn(body.output);
        settle(run, body, now);
        const suite = await suiteFor(context, commit.sha, app);
        run.suiteId = suite.id;
        suite.updatedAt = now;
        repo.checkRuns.set(run.id, run);
        return { status: 201, body: core.views.checkRun(repo, run) };
    },
};
function findRun(context) {
    const run = context.repo.checkRuns.get(numberParam(context, 'check_run_id'));
    if (run === undefined)
        throw notFound();
    return run;
}
const getCheckRun = {
    operationId: 'checks/get',
    permission: ['checks', 'read'],
    handle: (context) => ({
        status: 200,
        body: context.core.views.checkRun(context.repo, findRun(context)),
    }),
};
const updateCheckRun = {
    operationId: 'checks/update',
    permission: ['checks', 'write'],
    handle(context) {
        const { body, core, repo } = context;
        const app = writingApp(context);
        const current = findRun(context);
        if (current.app.id !== app.id)
            throw new ApiError(403, {
                message: 'Invalid app_id `' +
                    String(app.id) +
                    '` - check run can only be modified by the GitHub App that created it.',
            });
        const now = core.timestamp();
        const run = {
            ...current,
            name: optionalString(body.name) ?? current.name,
            detailsUrl: optionalString(body.details_url) ?? current.detailsUrl,
            externalId: optionalString(body.external_id) ?? current.externalId,
            startedAt: dateOf(body.started_at) ?? current.startedAt,
            completedAt: dateOf(body.completed_at) ?? current.completedAt,
            status: (optionalString(body.status) ?? current.status),
            output: {
                ...current.output,
                ...outputFields(body.output),
                annotationsCount: current.output.annotationsCount + annotationsIn(body.output),
            },
        };
        settle(run, body, now);
        repo.checkRuns.set(run.id, run);
        const suite = repo.checkSuites.get(run.suiteId);
        if (suite !== undefined)
            suite.updatedAt = now;
        return { status: 200, body: core.views.checkRun(repo, run) };
    },
};
/** Runs filtered as GitHub's list endpoints do (`check_name`, `status`, `filter`, `app_id`). */
function filterRuns(context, runs) {
    const { query } = context;
    let found = runs.sort((a, b) => b.id - a.id);
    if (typeof query.check_name === 'string')
        found = found.filter((r) => r.name === query.check_name);
    if (typeof query.status === 'string')
        found = found.filter((r) => r.status === query.status);
    if (typeof query.app_id === 'number')
        found = found.filter((r) => r.app.id === query.app_id);
    if (query.filter !== 'all') {
        const seen = new Set();
        found = found.filter((run) => {
            if (seen.has(run.name))
                return false;
            seen.add(run.name);
            return true;
        });
    }
    return found;
}
const listForRef = {
    operationId: 'checks/list-for-ref',
    permission: ['checks', 'read'],
    async handle(context) {
        const { repo, core } = context;
        const commit = await commitFor(context, stringParam(context, 'ref'));
        const runs = filterRuns(context, [...repo.checkRuns.values()].filter((r) => r.headSha === commit.sha));
        const { page, headers } = paginate(context, runs);
        return {
            status: 200,
            body: {
                total_count: runs.length,
                check_runs: page.map((run) => core.views.checkRun(repo, run)),
            },
            headers,
        };
    },
};
async function suiteView(context, suite) {
    const { repo, core } = context;
    const runs = [...repo.checkRuns.values()].filter((run) => run.suiteId === suite.id);
    const head = await commitFor(context, suite.headSha);
    return core.views.checkSuite(repo, suite, runs, head);
}
const listSuitesForRef = {
    operationId: 'checks/list-suites-for-ref',
    permission: ['checks', 'read'],
    async handle(context) {
        const { repo, query } = context;
        const commit = await commitFor(context, stringParam(context, 'ref'));
        let suites = [...repo.checkSuites.values()].filter((s) => s.headSha === commit.sha);
        if (typeof query.app_id === 'number')
            suites = suites.filter((s) => s.app.id === query.app_id);
        if (typeof query.check_name === 'string') {
            const name = query.check_name;
            suites = suites.filter((s) => [...repo.checkRuns.values()].some((r) => r.suiteId === s.id && r.name === name));
        }
        const { page, headers } = paginate(context, suites);
        const views = [];
        for (const suite of page)
            views.push(await suiteView(context, suite));
        return { status: 200, body: { total_count: suites.length, check_suites: views }, headers };
    },
};
const getSuite = {
    operationId: 'checks/get-suite',
    permission: ['checks', 'read'],
    async handle(context) {
        const suite = context.repo.checkSuites.get(numberParam(context, 'check_suite_id'));
        if (suite === undefined)
            throw notFound();
        return { status: 200, body: await suiteView(context, suite) };
    },
};
const checkRoutes = [
    createCheckRun,
    getCheckRun,
    updateCheckRun,
    listForRef,
    listSuitesForRef,
    getSuite,
];

;// CONCATENATED MODULE: ./packages/sandbox/src/github/routes/environments.ts



const MAX_WAIT_TIMER = 43200;
function findEnvironment(context) {
    const environment = context.repo.environments.get(stringParam(context, 'environment_name').toLowerCase());
    if (environment === undefined)
        throw notFound();
    return environment;
}
function reviewersOf(value) {
    if (value === null)
        return [];
    if (!Array.isArray(value))
        return undefined;
    return value.map((item) => {
        const reviewer = (typeof item === 'object' && item !== null ? item : {});
        return { type: reviewer.type === 'Team' ? 'Team' : 'User', id: Number(reviewer.id ?? 0) };
    });
}
const listEnvironments = {
    operationId: 'repos/get-all-environments',
    permission: ['actions', 'read'],
    handle(context) {
        const { repo, core } = context;
        const all = [...repo.environments.values()].sort((a, b) => a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1);
        const { page, headers } = paginate(context, all);
        return {
            status: 200,
            body: {
                total_count: all.length,
                environments: page.map((e) => core.views.environment(repo, e)),
            },
            headers,
        };
    },
};
const getEnvironment = {
    operationId: 'repos/get-environment',
    permission: ['actions', 'read'],
    handle: (context) => ({
        status: 200,
        body: context.core.views.environment(context.repo, findEnvironment(context)),
    }),
};
const putEnvironment = {
    operationId: 'repos/create-or-update-environment',
    permission: ['administration', 'write'],
    handle(context) {
        const { body, core, repo } = context;
        const name = stringParam(context, 'environment_name');
        const key = name.toLowerCase();
        const now = core.timestamp();
        const current = repo.environments.get(key) ?? {
            id: core.nextId('environment'),
            name,
            waitTimer: 0,
            preventSelfReview: false,
            reviewers: [],
            branchPolicy: null,
            branchPolicies: [],
            ruleIds: {
                waitTimer: core.nextId('rule'),
                reviewers: core.nextId('rule'),
                branchPolicy: core.nextId('rule'),
            },
            createdAt: now,
            updatedAt: now,
        };
        const waitTimer = typeof body.wait_timer === 'number' ? body.wait_timer : current.waitTimer;
        if (waitTimer < 0 || waitTimer > MAX_WAIT_TIMER) {
            throw new ApiError(422, {
                message: `The wait timer must be between 0 and ${MAX_WAIT_TIMER} minutes.`,
            });
        }
        let branchPolicy = current.branchPolicy;
        if (body.deployment_branch_policy !== undefined) {
            const policy = body.deployment_branch_policy;
            if (policy !== null && policy.protected_branches === policy.custom_branch_policies) {
                throw new ApiError(422, {
                    message: 'Exactly one of protected_branches or custom_branch_policies must be true.',
                });
            }
            branchPolicy = policy === null ? null : { ...policy };
        }
        const environment = {
            ...current,
            waitTimer,
            preventSelfReview: typeof body.prevent_self_review === 'boolean'
                ? body.prevent_self_review
                : current.preventSelfReview,
            reviewers: reviewersOf(body.reviewers) ?? current.reviewers,
            branchPolicy,
            updatedAt: now,
        };
        repo.environments.set(key, environment);
        return { status: 200, body: core.views.environment(repo, environment) };
    },
};
const listBranchPolicies = {
    operationId: 'repos/list-deployment-branch-policies',
    permission: ['actions', 'read'],
    handle(context) {
        const environment = findEnvironment(context);
        const { page, headers } = paginate(context, environment.branchPolicies);
        return {
            status: 200,
            body: {
                total_count: environment.branchPolicies.length,
                branch_policies: page.map((p) => ({
                    ...p,
                    node_id: nodeId('DeploymentBranchPolicy', p.id),
                })),
            },
            headers,
        };
    },
};
const createBranchPolicy = {
    operationId: 'repos/create-deployment-branch-policy',
    permission: ['administration', 'write'],
    handle(context) {
        const { body, core } = context;
        const environment = findEnvironment(context);
        if (environment.branchPolicy?.custom_branch_policies !== true)
            throw notFound();
        const name = String(body.name);
        const type = body.type === 'tag' ? 'tag' : 'branch';
        const existing = environment.branchPolicies.find((p) => p.name === name && p.type === type);
        const url = `${core.views.repoApi(context.repo)}/environments/${encodeURIComponent(environment.name)}/deployment-branch-policies`;
        if (existing !== undefined)
            return { status: 303, headers: { location: `${url}/${existing.id}` } };
        const policy = { id: core.nextId('rule'), name, type };
        environment.branchPolicies.push(policy);
        return {
            status: 200,
            body: { ...policy, node_id: nodeId('DeploymentBranchPolicy', policy.id) },
        };
    },
};
const environmentRoutes = [
    listEnvironments,
    getEnvironment,
    putEnvironment,
    listBranchPolicies,
    createBranchPolicy,
];

;// CONCATENATED MODULE: ./packages/sandbox/src/github/routes/releases.ts




/** Drafts are visible only to callers that can push, as on GitHub. */
function canSeeDrafts(context) {
    return can(context.caller, 'contents', 'write');
}
function visibleRelease(context, id) {
    const release = context.repo.releases.get(id);
    if (release === undefined || (release.draft && !canSeeDrafts(context)))
        throw notFound();
    return release;
}
function json(context, release, status = 200) {
    return { status, body: context.core.views.release(context.repo, release) };
}
/** Releases newest first, as GitHub lists them. */
function sortedReleases(repo) {
    return [...repo.releases.values()].sort((a, b) => a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1);
}
function publishedWithTag(repo, tag, except) {
    return [...repo.releases.values()].find((r) => !r.draft && r.tagName === tag && r.id !== except);
}
/** A tag a published immutable release holds: it can be neither moved nor deleted. */
function lockingRelease(repo, ref) {
    if (!ref.startsWith('refs/tags/'))
        return undefined;
    const tag = ref.slice('refs/tags/'.length);
    return [...repo.releases.values()].find((r) => r.immutable && !r.draft && r.tagName === tag);
}
function checkTagName(tag) {
    if (tag === '' || !isValidRefName(`refs/tags/${tag}`)) {
        throw validationFailed([
            {
                resource: 'Release',
                code: 'custom',
                field: 'tag_name',
                message: 'tag_name is not a valid tag',
            },
        ]);
    }
}
function checkPublishable(context, tag, except) {
    if (context.core.immutableReleases && context.repo.burnedTags.has(tag)) {
        throw validationFailed([
            {
                resource: 'Release',
                code: 'custom',
                field: 'tag_name',
                message: 'tag_name was used by an immutable release',
            },
        ]);
    }
    if (publishedWithTag(context.repo, tag, except) !== undefined) {
        throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
}
/** Publishing creates a missing tag at `target_commitish`, as GitHub does; a draft does not. */
async function ensureTag(context, release) {
    const repo = context.repo;
    const ref = `refs/tags/${release.tagName}`;
    if ((await repo.git.getRef(ref)) !== undefined)
        return;
    const sha = await repo.git.resolveCommit(release.targetCommitish);
    if (sha === undefined) {
        throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
    }
    await repo.git.createRef(ref, sha);
}
/** The latest release by GitHub's legacy rule: the newest published non-prerelease. */
function legacyLatest(repo, except) {
    return sortedReleases(repo).find((r) => !r.draft && !r.prerelease && r.id !== except)?.id;
}
function applyMakeLatest(repo, release, makeLatest) {
    const eligible = !release.draft && !release.prerelease;
    if (!eligible) {
        if (repo.latestReleaseId === release.id)
            repo.latestReleaseId = legacyLatest(repo, release.id);
        return;
    }
    if (makeLatest === undefined)
        return;
    if (makeLatest === 'true')
        repo.latestReleaseId = release.id;
    else if (makeLatest === 'legacy')
        repo.latestReleaseId = legacyLatest(repo);
    else if (repo.latestReleaseId === release.id)
        repo.latestReleaseId = legacyLatest(repo, release.id);
}
function makeLatestOf(body) {
    const value = body.make_latest;
    return value === 'true' || value === 'false' || value === 'legacy' ? value : undefined;
}
/** GitHub's notes when nothing but tags is known: a compare link, deterministic. */
function generatedNotes(context, tag, previous) {
    const web = context.core.views.repoWeb(context.repo);
    const range = previous === undefined
        ? `${web}/commits/${encodeURIComponent(tag)}`
        : `${web}/compare/${encodeURIComponent(previous)}...${encodeURIComponent(tag)}`;
    return { name: tag, body: `**Full Changelog**: ${range}` };
}
function previousTag(repo, tag) {
    return sortedReleases(repo).find((r) => !r.draft && !r.prerelease && r.tagName !== tag)?.tagName;
}
/** GitHub's immutable-release refusal for a field other than the title and the notes. */
function immutableField(field) {
    return validationFailed([
        {
            resource: 'Release',
            code: 'custom',
            field,
            message: `${field} cannot be changed on an immutable release; only the title and notes can be modified`,
        },
    ]);
}
const listReleases = {
    operationId: 'repos/list-releases',
    permission: ['contents', 'read'],
    handle(context) {
        const drafts = canSeeDrafts(context);
        const releases = sortedReleases(context.repo).filter((r) => drafts || !r.draft);
        const { page, headers } = paginate(context, releases);
        return {
            status: 200,
            body: page.map((release) => context.core.views.release(context.repo, release)),
            headers,
        };
    },
};
const getRelease = {
    operationId: 'repos/get-release',
    permission: ['contents', 'read'],
    handle: (context) => json(context, visibleRelease(context, numberParam(context, 'release_id'))),
};
const getReleaseByTag = {
    operationId: 'repos/get-release-by-tag',
    permission: ['contents', 'read'],
    handle(context) {
        // Drafts have no tag yet: GitHub never finds them by tag, whoever asks.
        const release = publishedWithTag(context.repo, stringParam(context, 'tag'));
        if (release === undefined)
            throw notFound();
        return json(context, release);
    },
};
const getLatestRelease = {
    operationId: 'repos/get-latest-release',
    permission: ['contents', 'read'],
    handle(context) {
        const id = context.repo.latestReleaseId;
        const release = id === undefined ? undefined : context.repo.releases.get(id);
        if (release === undefined || release.draft || release.prerelease)
            throw notFound();
        return json(context, release);
    },
};
const createRelease = {
    operationId: 'repos/create-release',
    permission: ['contents', 'write'],
    async handle(context) {
        const { body, repo, core } = context;
        const tag = String(body.tag_name);
        const draft = body.draft === true;
        checkTagName(tag);
        if (!draft)
            checkPublishable(context, tag);
        const now = core.timestamp();
        const generate = body.generate_release_notes === true;
        const notes = generate ? generatedNotes(context, tag, previousTag(repo, tag)) : undefined;
        const givenBody = optionalString(body.body);
        const release = {
            id: core.nextId('release'),
            tagName: tag,
            targetCommitish: optionalString(body.target_commitish) ?? repo.defaultBranch,
            name: optionalString(body.name) ?? notes?.name ?? null,
            body: notes === undefined
                ? (givenBody ?? null)
                : [givenBody, notes.body].filter((s) => s !== undefined).join('\n\n'),
            draft,
            prerelease: body.prerelease === true,
            createdAt: now,
            publishedAt: draft ? null : now,
            updatedAt: now,
            author: actorOf(context),
            assets: [],
            untaggedId: (0,external_node_crypto_.randomBytes)(10).toString('hex'),
            immutable: !draft && core.immutableReleases,
        };
        if (!draft)
            await ensureTag(context, release);
        repo.releases.set(release.id, release);
        applyMakeLatest(repo, release, draft ? undefined : (makeLatestOf(body) ?? 'true'));
        const result = json(context, release, 201);
        return {
            ...result,
            headers: { location: `${core.views.repoApi(repo)}/releases/${release.id}` },
        };
    },
};
const updateRelease = {
    operationId: 'repos/update-release',
    permission: ['contents', 'write'],
    async handle(context) {
        const { body, repo, core } = context;
        const release = visibleRelease(context, numberParam(context, 'release_id'));
        const tag = optionalString(body.tag_name) ?? release.tagName;
        const target = optionalString(body.target_commitish) ?? release.targetCommitish;
        const draft = typeof body.draft === 'boolean' ? body.draft : release.draft;
        if (release.immutable) {
            if (tag !== release.tagName)
                throw immutableField('tag_name');
            if (target !== release.targetCommitish)
                throw immutableField('target_commitish');
            if (draft)
                throw immutableField('draft');
        }
        checkTagName(tag);
        const publishing = release.draft && !draft;
        if (!draft && (publishing || tag !== release.tagName))
            checkPublishable(context, tag, release.id);
        const updated = {
            ...release,
            tagName: tag,
            targetCommitish: target,
            name: body.name === undefined ? release.name : (optionalString(body.name) ?? null),
            body: body.body === undefined ? release.body : (optionalString(body.body) ?? null),
            draft,
            prerelease: typeof body.prerelease === 'boolean' ? body.prerelease : release.prerelease,
            updatedAt: core.timestamp(),
        };
        if (publishing) {
            updated.publishedAt = core.timestamp();
            updated.immutable = core.immutableReleases;
        }
        if (!release.draft && draft)
            updated.publishedAt = null;
        if (!draft)
            await ensureTag(context, updated);
        repo.releases.set(release.id, updated);
        applyMakeLatest(repo, updated, makeLatestOf(body) ?? (publishing ? 'true' : undefined));
        return json(context, updated);
    },
};
const deleteRelease = {
    operationId: 'repos/delete-release',
    permission: ['contents', 'write'],
    handle(context) {
        const { repo } = context;
        const release = visibleRelease(context, numberParam(context, 'release_id'));
        repo.releases.delete(release.id);
        for (const asset of release.assets)
            (0,external_node_fs_.rmSync)(asset.file, { force: true });
        if (release.immutable)
            repo.burnedTags.add(release.tagName);
        if (repo.latestReleaseId === release.id)
            repo.latestReleaseId = legacyLatest(repo);
        return { status: 204 };
    },
};
const generateReleaseNotes = {
    operationId: 'repos/generate-release-notes',
    permission: ['contents', 'write'],
    handle(context) {
        const tag = String(context.body.tag_name);
        const previous = optionalString(context.body.previous_tag_name) ?? previousTag(context.repo, tag);
        return { status: 200, body: generatedNotes(context, tag, previous) };
    },
};
function findAsset(context, id) {
    for (const release of context.repo.releases.values()) {
        const asset = release.assets.find((a) => a.id === id);
        if (asset === undefined)
            continue;
        if (release.draft && !canSeeDrafts(context))
            break;
        return { release, asset };
    }
    throw notFound();
}
const listReleaseAssets = {
    operationId: 'repos/list-release-assets',
    permission: ['contents', 'read'],
    handle(context) {
        const release = visibleRelease(context, numberParam(context, 'release_id'));
        const { page, headers } = paginate(context, release.assets);
        return {
            status: 200,
            body: page.map((asset) => context.core.views.asset(context.repo, release, asset)),
            headers,
        };
    },
};
const getReleaseAsset = {
    operationId: 'repos/get-release-asset',
    permission: ['contents', 'read'],
    handle(context) {
        const { release, asset } = findAsset(context, numberParam(context, 'asset_id'));
        const view = context.core.views.asset(context.repo, release, asset);
        // With `Accept: application/octet-stream` GitHub redirects to the file.
        if (String(context.headers.accept ?? '').includes('application/octet-stream')) {
            return { status: 302, headers: { location: view.browser_download_url } };
        }
        return { status: 200, body: view };
    },
};
const deleteReleaseAsset = {
    operationId: 'repos/delete-release-asset',
    permission: ['contents', 'write'],
    handle(context) {
        const { release, asset } = findAsset(context, numberParam(context, 'asset_id'));
        if (release.immutable) {
            throw validationFailed([
                {
                    resource: 'ReleaseAsset',
                    code: 'custom',
                    message: 'Cannot delete asset from an immutable release',
                },
            ]);
        }
        release.assets = release.assets.filter((a) => a.id !== asset.id);
        (0,external_node_fs_.rmSync)(asset.file, { force: true });
        return { status: 204 };
    },
};
/**
 * GitHub renames uploads: characters other than letters, digits, `-`, `_`, `.`, `+` and `@`
 * become `.`, and leading or trailing periods go.
 */
function normalizeAssetName(name) {
    return name.replace(/[^A-Za-z0-9._+@-]/g, '.').replace(/^\.+|\.+$/g, '');
}
const uploadReleaseAsset = {
    operationId: 'repos/upload-release-asset',
    permission: ['contents', 'write'],
    handle(context) {
        const { core } = context;
        const release = visibleRelease(context, numberParam(context, 'release_id'));
        if (release.immutable) {
            throw new ApiError(422, {
                message: 'Cannot upload assets to an immutable release.',
                documentation_url: GENERIC_DOCUMENTATION_URL,
            });
        }
        const name = normalizeAssetName(route_context_textOf(context.query.name));
        if (name === '')
            throw unprocessable('Bad Content-Type or filename', {
                documentationUrl: GENERIC_DOCUMENTATION_URL,
            });
        if (release.assets.some((asset) => asset.name === name)) {
            throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }], { documentationUrl: GENERIC_DOCUMENTATION_URL });
        }
        const upload = context.upload;
        if (upload === undefined)
            throw new Error('An upload route ran without the uploaded body.');
        upload.kept = true;
        const now = core.timestamp();
        const asset = {
            id: core.nextId('asset'),
            name,
            label: optionalString(context.query.label) ?? null,
            contentType: String(context.headers['content-type'] ?? 'application/octet-stream'),
            file: upload.file,
            size: upload.size,
            digest: upload.digest,
            downloadCount: 0,
            createdAt: now,
            updatedAt: now,
            uploader: actorOf(context),
        };
        release.assets.push(asset);
        return { status: 201, body: core.views.asset(context.repo, release, asset) };
    },
};
const releaseRoutes = [
    listReleases,
    getRelease,
    getReleaseByTag,
    getLatestRelease,
    createRelease,
    updateRelease,
    deleteRelease,
    generateReleaseNotes,
    listReleaseAssets,
    getReleaseAsset,
    deleteReleaseAsset,
    uploadReleaseAsset,
];
/**
 * The asset a `browser_download_url` names: `<tag>/<name>` of a published release, or
 * `untagged-<id>/<name>` of a draft (visible only to callers that can push).
 */
function findDownload(repo, tagPath, name, canPush) {
    for (const release of repo.releases.values()) {
        const matches = release.draft
            ? canPush && tagPath === `untagged-${release.untaggedId}`
            : release.tagName === tagPath;
        if (!matches)
            continue;
        const asset = release.assets.find((a) => a.name === name);
        if (asset !== undefined)
            return asset;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/routes/git.ts




const git_SHA = /^[0-9a-f]{40}$/;
/** The `{ref}` of `/git/refs/{ref}` names a ref without `refs/`: GitHub adds it, always. */
function fullRef(context) {
    return `refs/${stringParam(context, 'ref')}`;
}
/** GitHub's refusal to move or delete the tag of a published immutable release. */
function lockedTag(action) {
    return unprocessable(`Repository rule violations found\n\nCannot ${action} this tag. The tag is permanently locked.\n\n`);
}
async function objectExists(context, sha) {
    if (!git_SHA.test(sha))
        return undefined;
    return context.repo.git.objectType(sha);
}
const getRef = {
    operationId: 'git/get-ref',
    permission: ['contents', 'read'],
    async handle(context) {
        const ref = await context.repo.git.getRef(fullRef(context));
        if (ref === undefined)
            throw notFound();
        return { status: 200, body: context.core.views.gitRef(context.repo, ref) };
    },
};
const listMatchingRefs = {
    operationId: 'git/list-matching-refs',
    permission: ['contents', 'read'],
    async handle(context) {
        const refs = await context.repo.git.listRefs(fullRef(context));
        return { status: 200, body: refs.map((ref) => context.core.views.gitRef(context.repo, ref)) };
    },
};
const createRef = {
    operationId: 'git/create-ref',
    permission: ['contents', 'write'],
    async handle(context) {
        const ref = String(context.body.ref);
        const sha = String(context.body.sha);
        if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
            throw unprocessable('Reference name must contain at least three slash-separated components.');
        }
        if (!isValidRefName(ref))
            throw unprocessable(`${ref} is not a valid ref name.`);
        const type = await objectExists(context, sha);
        if (type === undefined)
            throw unprocessable('Object does not exist');
        if (!(await context.repo.git.createRef(ref, sha)))
            throw unprocessable('Reference already exists');
        return { status: 201, body: context.core.views.gitRef(context.repo, { ref, sha, type }) };
    },
};
const updateRef = {
    operationId: 'git/update-ref',
    permission: ['contents', 'write'],
    async handle(context) {
        const ref = fullRef(context);
        const sha = String(context.body.sha);
        const current = await context.repo.git.getRef(ref);
        if (current === undefined)
            throw unprocessable('Reference does not exist');
        if (current.sha !== sha && lockingRelease(context.repo, ref) !== undefined)
            throw lockedTag('update');
        const type = await objectExists(context, sha);
        if (type === undefined)
            throw unprocessable('Object does not exist');
        const result = await context.repo.git.updateRef(ref, sha, context.body.force === true);
        if (result === 'missing')
            throw unprocessable('Reference does not exist');
        if (result === 'not-fast-forward')
            throw unprocessable('Update is not a fast forward');
        if (result === 'unknown-object')
            throw unprocessable('Object does not exist');
        return { status: 200, body: context.core.views.gitRef(context.repo, { ref, sha, type }) };
    },
};
const deleteRef = {
    operationId: 'git/delete-ref',
    permission: ['contents', 'write'],
    async handle(context) {
        const ref = fullRef(context);
        if ((await context.repo.git.getRef(ref)) === undefined)
            throw unprocessable('Reference does not exist');
        if (lockingRelease(context.repo, ref) !== undefined)
            throw lockedTag('delete');
        if (!(await context.repo.git.deleteRef(ref)))
            throw unprocessable('Reference does not exist');
        return { status: 204 };
    },
};
const createTag = {
    operationId: 'git/create-tag',
    permission: ['contents', 'write'],
    async handle(context) {
        const { body } = context;
        const object = String(body.object);
        const type = String(body.type);
        const found = await objectExists(context, object);
        if (found === undefined ||
            (found !== type && !(found === 'commit' && context.repo.git.kind === 'memory'))) {
            throw unprocessable('Object does not exist');
        }
        const tagger = typeof body.tagger === 'object' && body.tagger !== null
            ? body.tagger
            : {};
        const actor = actorOf(context);
        const date = optionalString(tagger.date);
        const tag = await context.repo.git.createTag({
            tag: String(body.tag),
            message: String(body.message),
            object: { sha: object, type },
            tagger: {
                name: optionalString(tagger.name) ?? actor.login,
                email: optionalString(tagger.email) ?? `${actor.id}+${actor.login}@users.noreply.github.com`,
                date: date === undefined ? context.core.timestamp() : isoSeconds(new Date(date)),
            },
        });
        return { status: 201, body: context.core.views.gitTag(context.repo, tag) };
    },
};
const getTag = {
    operationId: 'git/get-tag',
    permission: ['contents', 'read'],
    async handle(context) {
        const tag = await context.repo.git.readTag(stringParam(context, 'tag_sha'));
        if (tag === undefined)
            throw notFound();
        return { status: 200, body: context.core.views.gitTag(context.repo, tag) };
    },
};
const gitRoutes = [
    getRef,
    listMatchingRefs,
    createRef,
    updateRef,
    deleteRef,
    createTag,
    getTag,
];

;// CONCATENATED MODULE: ./packages/sandbox/src/github/routes/issues.ts


const MAX_BODY = 65536;
/** Label names from `labels: ["bug", {name: "docs"}]`. */
function labelNames(value) {
    if (!Array.isArray(value))
        return undefined;
    return value
        .map((label) => typeof label === 'string'
        ? label
        : typeof label === 'object' && label !== null && 'name' in label
            ? String(label.name)
            : '')
        .filter((name) => name !== '');
}
/** GitHub creates the labels an issue names that the repository does not have yet. */
function applyLabels(context, names) {
    const { repo, core } = context;
    const applied = [];
    for (const name of names) {
        let label = repo.labels.get(name.toLowerCase());
        if (label === undefined) {
            label = { id: core.nextId('label'), name, color: 'ededed', description: null };
            repo.labels.set(name.toLowerCase(), label);
        }
        if (!applied.includes(label.name))
            applied.push(label.name);
    }
    return applied;
}
function checkBody(resource, body, required) {
    if (required && body.trim() === '') {
        throw validationFailed([
            { resource, code: 'unprocessable', field: 'data', message: 'Body cannot be blank' },
        ]);
    }
    if (body.length > MAX_BODY) {
        throw validationFailed([
            {
                resource,
                code: 'unprocessable',
                field: 'data',
                message: `Body is too long (maximum is ${MAX_BODY} characters)`,
            },
        ]);
    }
}
function findIssue(context) {
    const issue = context.repo.issues.get(numberParam(context, 'issue_number'));
    if (issue === undefined)
        throw notFound();
    return issue;
}
function titleOf(value) {
    return route_context_textOf(value);
}
const createIssue = {
    operationId: 'issues/create',
    permission: ['issues', 'write'],
    handle(context) {
        const { body, core, repo } = context;
        const title = titleOf(body.title);
        if (title.trim() === '') {
            throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
        }
        if (body.milestone !== undefined && body.milestone !== null) {
            throw validationFailed([
                {
                    resource: 'Issue',
                    code: 'invalid',
                    field: 'milestone',
                    message: 'milestone does not exist',
                },
            ]);
        }
        const text = typeof body.body === 'string' ? body.body : null;
        if (text !== null)
            checkBody('Issue', text, false);
        const now = core.timestamp();
        const assignees = Array.isArray(body.assignees) ? body.assignees.map(String) : [];
        if (typeof body.assignee === 'string' && !assignees.includes(body.assignee))
            assignees.unshift(body.assignee);
        const issue = {
            id: core.nextId('issue'),
            number: repo.nextIssueNumber,
            title,
            body: text,
            state: 'open',
            stateReason: null,
            labels: applyLabels(context, labelNames(body.labels) ?? []),
            assignees,
            user: actorOf(context),
            app: context.caller.app,
            createdAt: now,
            updatedAt: now,
            closedAt: null,
            closedBy: null,
        };
        repo.issues.set(issue.number, issue);
        return {
            status: 201,
            body: core.views.issue(repo, issue),
            headers: { location: `${core.views.repoApi(repo)}/issues/${issue.number}` },
        };
    },
};
const getIssue = {
    operationId: 'issues/get',
    permission: ['issues', 'read'],
    handle: (context) => ({
        status: 200,
        body: context.core.views.issue(context.repo, findIssue(context)),
    }),
};
const updateIssue = {
    operationId: 'issues/update',
    permission: ['issues', 'write'],
    handle(context) {
        const { body, core, repo } = context;
        const current = findIssue(context);
        const now = core.timestamp();
        const issue = { ...current, updatedAt: now };
        if (body.title !== undefined && body.title !== null) {
            issue.title = titleOf(body.title);
            if (issue.title.trim() === '') {
                throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
            }
        }
        if (body.body !== undefined) {
            issue.body = typeof body.body === 'string' ? body.body : null;
            if (issue.body !== null)
                checkBody('Issue', issue.body, false);
        }
        const labels = labelNames(body.labels);
        if (labels !== undefined)
            issue.labels = applyLabels(context, labels);
        if (Array.isArray(body.assignees))
            issue.assignees = body.assignees.map(String);
        if (body.state === 'closed' && current.state === 'open') {
            issue.state = 'closed';
            issue.closedAt = now;
            issue.closedBy = actorOf(context);
            issue.stateReason = body.state_reason ?? 'completed';
        }
        else if (body.state === 'open' && current.state === 'closed') {
            issue.state = 'open';
            issue.closedAt = null;
            issue.closedBy = null;
            issue.stateReason = 'reopened';
        }
        else if (typeof body.state_reason === 'string' && issue.state === 'closed') {
            issue.stateReason = body.state_reason;
        }
        repo.issues.set(issue.number, issue);
        return { status: 200, body: core.views.issue(repo, issue) };
    },
};
function sortIssues(issues, repo, sort, direction) {
    const key = (issue) => sort === 'updated'
        ? issue.updatedAt
        : sort === 'comments'
            ? [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length
            : issue.createdAt;
    const sign = direction === 'asc' ? 1 : -1;
    return issues.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        return ka === kb ? sign * (a.number - b.number) : ka < kb ? -sign : sign;
    });
}
const listIssues = {
    operationId: 'issues/list-for-repo',
    permission: ['issues', 'read'],
    handle(context) {
        const { query, repo, core } = context;
        const state = typeof query.state === 'string' ? query.state : 'open';
        const wanted = typeof query.labels === 'string'
            ? query.labels
                .split(',')
                .map((l) => l.trim().toLowerCase())
                .filter((l) => l !== '')
            : [];
        let issues = [...repo.issues.values()].filter((issue) => state === 'all' || issue.state === state);
        if (wanted.length > 0) {
            issues = issues.filter((issue) => wanted.every((label) => issue.labels.some((l) => l.toLowerCase() === label)));
        }
        if (typeof query.creator === 'string') {
            const creator = query.creator.toLowerCase();
            issues = issues.filter((issue) => issue.user.login.toLowerCase() === creator);
        }
        if (typeof query.since === 'string') {
            const since = query.since;
            issues = issues.filter((issue) => Date.parse(issue.updatedAt) >= Date.parse(since));
        }
        const { page, headers } = paginate(context, sortIssues(issues, repo, query.sort, query.direction));
        return { status: 200, body: page.map((issue) => core.views.issue(repo, issue)), headers };
    },
};
function findComment(context) {
    const comment = context.repo.comments.get(numberParam(context, 'comment_id'));
    if (comment === undefined)
        throw notFound();
    return comment;
}
function commentsOf(repo, issueNumber) {
    return [...repo.comments.values()]
        .filter((c) => issueNumber === undefined || c.issueNumber === issueNumber)
        .sort((a, b) => a.id - b.id);
}
const listComments = {
    operationId: 'issues/list-comments',
    permission: ['issues', 'read'],
    handle(context) {
        const { repo, core } = context;
        const issue = findIssue(context);
        const { page, headers } = paginate(context, commentsOf(repo, issue.number));
        return { status: 200, body: page.map((c) => core.views.comment(repo, c)), headers };
    },
};
const listCommentsForRepo = {
    operationId: 'issues/list-comments-for-repo',
    permission: ['issues', 'read'],
    handle(context) {
        const { repo, core } = context;
        const { page, headers } = paginate(context, commentsOf(repo));
        return { status: 200, body: page.map((c) => core.views.comment(repo, c)), headers };
    },
};
const createComment = {
    operationId: 'issues/create-comment',
    permission: ['issues', 'write'],
    handle(context) {
        const { body, core, repo } = context;
        const issue = findIssue(context);
        const text = String(body.body);
        checkBody('IssueComment', text, true);
        const now = core.timestamp();
        const comment = {
            id: core.nextId('comment'),
            issueNumber: issue.number,
            body: text,
            user: actorOf(context),
            app: context.caller.app,
            createdAt: now,
            updatedAt: now,
        };
        repo.comments.set(comment.id, comment);
        return { status: 201, body: core.views.comment(repo, comment) };
    },
};
const getComment = {
    operationId: 'issues/get-comment',
    permission: ['issues', 'read'],
    handle: (context) => ({
        status: 200,
        body: context.core.views.comment(context.repo, findComment(context)),
    }),
};
const updateComment = {
    operationId: 'issues/update-comment',
    permission: ['issues', 'write'],
    handle(context) {
        const { body, core, repo } = context;
        const current = findComment(context);
        const text = String(body.body);
        checkBody('IssueComment', text, true);
        const comment = { ...current, body: text, updatedAt: core.timestamp() };
        repo.comments.set(comment.id, comment);
        return { status: 200, body: core.views.comment(repo, comment) };
    },
};
const deleteComment = {
    operationId: 'issues/delete-comment',
    permission: ['issues', 'write'],
    handle(context) {
        context.repo.comments.delete(findComment(context).id);
        return { status: 204 };
    },
};
const issueRoutes = [
    createIssue,
    getIssue,
    updateIssue,
    listIssues,
    listComments,
    listCommentsForRepo,
    createComment,
    getComment,
    updateComment,
    deleteComment,
];

;// CONCATENATED MODULE: ./packages/sandbox/src/github/routes/repository.ts


const getRepository = {
    operationId: 'repos/get',
    permission: ['metadata', 'read'],
    handle(context) {
        const { caller, repo } = context;
        const pull = !repo.isPrivate || can(caller, 'contents', 'read');
        return {
            status: 200,
            body: context.core.views.fullRepository(repo, {
                admin: caller.authenticated && can(caller, 'administration', 'write'),
                push: caller.authenticated && can(caller, 'contents', 'write'),
                pull,
            }),
        };
    },
};
/** A workflow's `name:` (top level), or its path when it has none, as GitHub shows it. */
function workflowName(path, content) {
    const line = /^name:[ \t]*(.+?)[ \t]*$/m.exec(content)?.[1];
    if (line === undefined || line.startsWith('#'))
        return path;
    const unquoted = /^(["'])(.*)\1$/.exec(line)?.[2] ?? line.replace(/\s+#.*$/, '');
    return unquoted === '' ? path : unquoted;
}
/** Workflow ids stay the same for a path across calls and sandboxes. */
function workflowId(path) {
    let hash = 7;
    for (const char of path)
        hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 10_000_000;
    return 50_000_000 + hash;
}
async function workflowsOf(repo) {
    const files = await repo.git.workflowFiles(repo.defaultBranch);
    return files.map((file) => ({
        id: workflowId(file.path),
        name: workflowName(file.path, file.content),
        path: file.path,
    }));
}
const listWorkflows = {
    operationId: 'actions/list-repo-workflows',
    permission: ['actions', 'read'],
    async handle(context) {
        const { repo, core } = context;
        const workflows = await workflowsOf(repo);
        const { page, headers } = paginate(context, workflows);
        return {
            status: 200,
            body: {
                total_count: workflows.length,
                workflows: page.map((w) => core.views.workflow(repo, w)),
            },
            headers,
        };
    },
};
const getWorkflow = {
    operationId: 'actions/get-workflow',
    permission: ['actions', 'read'],
    async handle(context) {
        const wanted = stringParam(context, 'workflow_id');
        const workflow = (await workflowsOf(context.repo)).find((w) => String(w.id) === wanted || w.path.split('/').at(-1) === wanted);
        if (workflow === undefined)
            throw notFound();
        return { status: 200, body: context.core.views.workflow(context.repo, workflow) };
    },
};
const repositoryRoutes = [getRepository, listWorkflows, getWorkflow];

;// CONCATENATED MODULE: ./packages/sandbox/src/github/records.ts
/** Serializes the writes to one repository, so check-then-write handlers cannot interleave. */
class WriteQueue {
    tail = Promise.resolve();
    run(task) {
        const result = this.tail.then(task, task);
        this.tail = result.catch(() => undefined);
        return result;
    }
}
/** One sandbox repository and everything GitHub keeps for it. */
class RepositoryRecord {
    owner;
    name;
    id;
    defaultBranch;
    isPrivate;
    git;
    createdAt;
    releases = new Map();
    /** The release `/releases/latest` answers with. */
    latestReleaseId;
    /** Tags of immutable releases that were deleted: GitHub never lets them be reused. */
    burnedTags = new Set();
    statuses = [];
    checkSuites = new Map();
    checkRuns = new Map();
    labels = new Map();
    issues = new Map();
    comments = new Map();
    environments = new Map();
    writes = new WriteQueue();
    constructor(owner, name, id, defaultBranch, isPrivate, git, createdAt) {
        this.owner = owner;
        this.name = name;
        this.id = id;
        this.defaultBranch = defaultBranch;
        this.isPrivate = isPrivate;
        this.git = git;
        this.createdAt = createdAt;
    }
    get fullName() {
        return `${this.owner.login}/${this.name}`;
    }
    /** The next issue number (issues and pull requests share the sequence). */
    get nextIssueNumber() {
        return Math.max(0, ...this.issues.keys()) + 1;
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/sandbox-state.ts




/**
 * What the sandbox holds, read back as GitHub's API would show it (drafts included), plus the
 * setup calls tests need. Every accessor throws for a repository the sandbox does not have.
 */
class GitHubSandboxState {
    core;
    constructor(core) {
        this.core = core;
    }
    /** Adds a repository (for a test that needs one the sandbox did not start with). */
    async addRepository(options) {
        const key = `${options.owner}/${options.repo}`.toLowerCase();
        if (this.core.repositories.has(key)) {
            throw new Error(`The sandbox already has the repository ${options.owner}/${options.repo}.`);
        }
        let defaultBranch = options.defaultBranch;
        let store;
        if (options.gitDir === undefined) {
            defaultBranch ??= 'main';
            store = new MemoryGitStore(this.core.now, {
                branch: defaultBranch,
                seed: `${options.owner}/${options.repo}`,
            });
        }
        else {
            const real = new RealGitStore(options.gitDir);
            store = real;
            let head;
            try {
                head = await real.headBranch();
            }
            catch (error) {
                throw new Error(`The sandbox repository ${options.owner}/${options.repo} has gitDir ${options.gitDir}, which git cannot use: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            defaultBranch ??= head ?? 'main';
        }
        const record = new RepositoryRecord(userByLogin(options.owner), options.repo, this.core.nextId('repository'), defaultBranch, options.private === true, store, this.core.timestamp());
        this.core.repositories.set(key, record);
    }
    releases(owner, repo) {
        const record = this.repository(owner, repo);
        return [...record.releases.values()]
            .sort((a, b) => a.id - b.id)
            .map((release) => this.core.views.release(record, release));
    }
    /** The bytes of an uploaded asset. */
    assetBytes(owner, repo, assetId) {
        for (const release of this.repository(owner, repo).releases.values()) {
            const asset = release.assets.find((a) => a.id === assetId);
            if (asset !== undefined)
                return (0,external_node_fs_.readFileSync)(asset.file);
        }
        return undefined;
    }
    /** The release `/releases/latest` answers with, if any. */
    latestReleaseId(owner, repo) {
        return this.repository(owner, repo).latestReleaseId;
    }
    issues(owner, repo) {
        const record = this.repository(owner, repo);
        return [...record.issues.values()]
            .sort((a, b) => a.number - b.number)
            .map((issue) => this.core.views.issue(record, issue));
    }
    comments(owner, repo, issueNumber) {
        const record = this.repository(owner, repo);
        return [...record.comments.values()]
            .filter((c) => issueNumber === undefined || c.issueNumber === issueNumber)
            .sort((a, b) => a.id - b.id)
            .map((comment) => this.core.views.comment(record, comment));
    }
    checkRuns(owner, repo) {
        const record = this.repository(owner, repo);
        return [...record.checkRuns.values()]
            .sort((a, b) => a.id - b.id)
            .map((run) => this.core.views.checkRun(record, run));
    }
    statuses(owner, repo, sha) {
        const record = this.repository(owner, repo);
        return record.statuses
            .filter((status) => sha === undefined || status.sha === sha)
            .map((status) => this.core.views.status(record, status));
    }
    environments(owner, repo) {
        const record = this.repository(owner, repo);
        return [...record.environments.values()].map((e) => this.core.views.environment(record, e));
    }
    /** Refs whose full name starts with `prefix` (default every ref), from memory or from git. */
    refs(owner, repo, prefix = 'refs/') {
        return this.repository(owner, repo).git.listRefs(prefix);
    }
    /**
     * Sets a ref directly (setup, not an API call): for a `gitDir` repository with git, so the
     * object must exist there.
     */
    async setRef(owner, repo, ref, sha) {
        const record = this.repository(owner, repo);
        if (!(await record.git.createRef(ref, sha)))
            await record.git.updateRef(ref, sha, true);
    }
    /**
     * Adds a commit to a branch of an in-memory repository and returns its sha. For a `gitDir`
     * repository, commit with git instead.
     */
    commit(owner, repo, options) {
        const record = this.repository(owner, repo);
        const store = record.git;
        if (!(store instanceof MemoryGitStore)) {
            throw new Error(`${record.fullName} is backed by the git repository at ${store.dir}: commit there with git instead.`);
        }
        return store.advance(options.branch ?? record.defaultBranch, options.message);
    }
    repository(owner, repo) {
        const record = this.core.repository(owner, repo);
        if (record === undefined) {
            const known = [...this.core.repositories.values()].map((r) => r.fullName).join(', ');
            throw new Error(`The sandbox has no repository ${owner}/${repo} (it has: ${known === '' ? 'none' : known}).`);
        }
        return record;
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/loopback-server.ts
/** Listens on 127.0.0.1 only (port 0: any free one) and returns the port. */
function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            resolve(server.address().port);
        });
    });
}
/** Stops the server, dropping kept-alive connections so that it closes at once. */
function loopback_server_close(server) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}
function readBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks)));
        request.on('error', reject);
    });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/server.ts



























const ROUTES = [
    ...releaseRoutes,
    ...gitRoutes,
    ...commitRoutes,
    ...checkRoutes,
    ...issueRoutes,
    ...environmentRoutes,
    ...repositoryRoutes,
];
const ROUTES_BY_ID = new Map(ROUTES.map((route) => [route.operationId, route]));
/** Read permissions anyone has on a public repository. */
const ANONYMOUS_READ = [
    'contents',
    'issues',
    'checks',
    'statuses',
    'actions',
    'pull_requests',
    'deployments',
    'metadata',
];
const UPLOADS_PREFIX = '/_uploads';
let schemasFor;
function contractSchemas(description) {
    if (schemasFor?.description !== description)
        schemasFor = { description, schemas: new ContractSchemas(description) };
    return schemasFor.schemas;
}
/**
 * Starts a stand-in for GitHub's REST API on 127.0.0.1: real state for releases, refs, statuses,
 * check runs, issues and environments, every request and response checked against GitHub's
 * OpenAPI description, tokens with permissions, and fault injection.
 */
async function server_startGitHubSandbox(options = {}) {
    const { description } = await loadGitHubDescription(options.descriptionFile);
    const schemas = contractSchemas(description);
    const server = (0,external_node_http_.createServer)();
    const port = await listen(server, options.port ?? 0);
    // The web side (github.com beside api.github.com) has a port of its own, served from its root:
    // html_url and clone_url read as /{owner}/{repo}, as tools that parse them expect.
    const webServer = (0,external_node_http_.createServer)();
    let webPort;
    try {
        webPort = await listen(webServer, 0);
    }
    catch (error) {
        await loopback_server_close(server);
        throw error;
    }
    const origin = `http://127.0.0.1:${port}`;
    const urls = {
        api: origin,
        uploads: `${origin}${UPLOADS_PREFIX}`,
        server: `http://127.0.0.1:${webPort}`,
    };
    const now = options.now ?? (() => new Date());
    const core = new SandboxCore(urls, new Representations(urls), now, options.immutableReleases === true);
    const state = new GitHubSandboxState(core);
    try {
        for (const repository of options.repositories ?? [])
            await state.addRepository(repository);
    }
    catch (error) {
        await Promise.all([loopback_server_close(server), loopback_server_close(webServer)]);
        throw error;
    }
    const handler = new RequestHandler(core, description, schemas, options.validateResponses !== false);
    for (const [listener, web] of [
        [server, false],
        [webServer, true],
    ]) {
        listener.on('request', (request, response) => {
            handler.handle(request, response, web).catch((error) => {
                // Only a failure to write the answer gets here: the connection is gone.
                handler.recordError(request, error);
                response.destroy();
            });
        });
    }
    return {
        url: urls.api,
        serverUrl: urls.server,
        uploadsUrl: urls.uploads,
        state,
        faults: handler.faults,
        tokens: handler.tokens,
        requests: handler.requests,
        contractViolations: handler.violations,
        corruptResponse: (operationId, corrupt, corruptOptions) => {
            description.resolve(operationId);
            handler.corruptions.push({ operationId, corrupt, remaining: corruptOptions?.times ?? 1 });
        },
        stop: async () => {
            await Promise.all([loopback_server_close(server), loopback_server_close(webServer)]);
            handler.removeUploads();
        },
    };
}
function requestId() {
    const hex = (0,external_node_crypto_.randomBytes)(10).toString('hex').toUpperCase();
    return `${hex.slice(0, 4)}:${hex.slice(4, 9)}:${hex.slice(9, 15)}:${hex.slice(15, 20)}`;
}
class RequestHandler {
    core;
    description;
    schemas;
    validateResponses;
    faults = new FaultInjector();
    tokens;
    requests = [];
    violations = [];
    corruptions = [];
    anonymous = { used: 0, resetAt: 0 };
    constructor(core, description, schemas, validateResponses) {
        this.core = core;
        this.description = description;
        this.schemas = schemas;
        this.validateResponses = validateResponses;
        this.tokens = new TokenRegistry(() => core.now().getTime());
        this.anonymous.resetAt = this.tokens.nextReset();
    }
    recordError(request, error) {
        const url = requestUrl(request);
        const path = `${url.pathname}${redactedSearch(url)}`;
        this.violations.push({
            kind: 'sandbox-error',
            method: request.method ?? 'GET',
            path,
            operationId: undefined,
            status: 0,
            message: `The GitHub sandbox failed to answer ${request.method ?? 'GET'} ${path}: ${String(error)}`,
            errors: [],
        });
    }
    async handle(request, response, web) {
        const url = requestUrl(request);
        const method = (request.method ?? 'GET').toUpperCase();
        const { host, path } = web
            ? { host: 'server', path: url.pathname }
            : splitHost(url.pathname);
        const matched = host === 'server' ? undefined : this.description.match(method, path);
        // uploads.github.com serves only uploads, and api.github.com no upload.
        const usable = matched !== undefined && matched.operation.uploads === (host === 'uploads')
            ? matched
            : undefined;
        // An upload goes to disk as it arrives: a 1 GB asset costs no memory here either.
        const upload = usable?.operation.uploads === true ? await this.receive(request) : undefined;
        const raw = upload === undefined ? await readBody(request) : Buffer.alloc(0);
        try {
            await this.respond(request, response, { url, method, host, path, usable, raw, upload });
        }
        finally {
            if (upload !== undefined && !upload.kept)
                (0,external_node_fs_.rmSync)(upload.file, { force: true });
        }
    }
    /** The directory uploads are written to, made on first use and removed when the sandbox stops. */
    uploadDir;
    removeUploads() {
        if (this.uploadDir !== undefined)
            (0,external_node_fs_.rmSync)(this.uploadDir, { recursive: true, force: true });
    }
    async receive(request) {
        this.uploadDir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-github-sandbox-uploads-'));
        const file = (0,external_node_path_.join)(this.uploadDir, `upload-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        const counter = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                size += chunk.length;
                done(null, chunk);
            },
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(request, counter, (0,external_node_fs_.createWriteStream)(file));
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(file, { force: true });
            throw error;
        }
        return { file, size, digest: `sha256:${hash.digest('hex')}`, kept: false };
    }
    async respond(request, response, call) {
        const { url, method, host, path, usable, raw, upload } = call;
        const entry = {
            method,
            path: `${path}${redactedSearch(url)}`,
            host,
            operationId: usable?.operation.operationId,
            route: usable?.operation.path,
            status: undefined,
            authorization: request.headers.authorization !== undefined,
            tokenKind: undefined,
            fault: false,
            dropped: false,
            message: undefined,
        };
        this.requests.push(entry);
        const id = requestId();
        const fault = this.faults.select(method, path, usable?.operation.path);
        if (fault !== undefined) {
            if (await applyDelayAndDrop(fault, entry, request))
                return;
            const answer = faultAnswer(fault, id);
            if (answer !== undefined) {
                this.send(response, entry, answer, id);
                return;
            }
        }
        const answer = await this.answer(request, url, host, path, usable, raw, entry, upload);
        this.send(response, entry, answer, id);
    }
    async answer(request, url, host, path, matched, raw, entry, upload) {
        const operation = matched?.operation;
        try {
            const caller = this.authenticate(request);
            entry.tokenKind = caller.kind;
            if (host === 'server') {
                const git = gitHttpPath(path);
                if (git === undefined)
                    return this.download(path, caller.info);
                return await this.gitHttp(git, request, url, raw, caller.info);
            }
            if (operation === undefined) {
                throw new ApiError(404, {
                    message: 'Not Found',
                    documentation_url: GENERIC_DOCUMENTATION_URL,
                });
            }
            // Asking for the rate limit does not count against it.
            if (operation.operationId === 'rate-limit/get') {
                return this.checked(operation, this.rateLimit(caller.info), entry);
            }
            const rate = this.countRate(caller.info);
            const route = ROUTES_BY_ID.get(operation.operationId);
            if (route === undefined) {
                throw new ApiError(501, {
                    message: `The GitHub sandbox does not implement ${operation.method} ${operation.path} (${operation.operationId}).`,
                    documentation_url: operation.documentationUrl,
                });
            }
            const result = await this.run(route, operation, matched?.params ?? {}, request, url, raw, caller, upload);
            return this.checked(operation, { ...result, headers: { ...rate, ...result.headers } }, entry);
        }
        catch (error) {
            return this.errorAnswer(error, operation, entry);
        }
    }
    async run(route, operation, rawParams, request, url, raw, caller, upload) {
        const validators = this.schemas.for(operation);
        const params = { ...rawParams };
        if (validators.path !== undefined && !validators.path(params))
            throw new ApiError(404, { message: 'Not Found' });
        let repo;
        if (typeof rawParams.owner === 'string' && typeof rawParams.repo === 'string') {
            repo = this.core.repository(rawParams.owner, rawParams.repo);
            if (repo === undefined || !canSee(repo, caller))
                throw new ApiError(404, { message: 'Not Found' });
        }
        if (route.permission !== undefined)
            authorize(route.permission, caller);
        const query = {};
        for (const key of new Set(url.searchParams.keys()))
            query[key] = url.searchParams.get(key);
        if (validators.query !== undefined && !validators.query(query)) {
            throw invalidRequest(describeInvalidRequest(validators.query.errors ?? []));
        }
        let body = {};
        if (!operation.uploads && raw.length > 0) {
            try {
                body = JSON.parse(raw.toString('utf8'));
            }
            catch {
                throw new ApiError(400, { message: 'Problems parsing JSON' });
            }
        }
        if (validators.body !== undefined && !validators.body(body)) {
            throw invalidRequest(describeInvalidRequest(validators.body.errors ?? []));
        }
        const context = {
            core: this.core,
            operation,
            get repo() {
                if (repo === undefined)
                    throw new Error(`${operation.operationId} has no repository in its path.`);
                return repo;
            },
            params,
            query,
            body: typeof body === 'object' && body !== null && !Array.isArray(body)
                ? body
                : {},
            raw,
            ...(upload === undefined ? {} : { upload }),
            headers: request.headers,
            caller,
            url: new URL(`${this.core.urls.api}${url.pathname}${url.search}`),
        };
        const write = operation.method !== 'GET' && operation.method !== 'HEAD';
        if (repo !== undefined && write)
            return repo.writes.run(async () => route.handle(context));
        return route.handle(context);
    }
    authenticate(request) {
        const header = request.headers.authorization;
        if (header === undefined) {
            return {
                authenticated: false,
                kind: undefined,
                permissions: {},
                actor: undefined,
                app: undefined,
                info: undefined,
            };
        }
        const token = readAuthorization(header);
        const info = token === undefined || token === '' ? undefined : this.tokens.lookup(token);
        if (info === undefined) {
            throw new ApiError(401, {
                message: 'Bad credentials',
                documentation_url: GENERIC_DOCUMENTATION_URL,
            });
        }
        const actor = info.kind === 'pat'
            ? userByLogin(info.login ?? 'sandbox-user')
            : appBot(info.app ?? { id: 0, slug: 'app', name: 'App' });
        return {
            authenticated: true,
            kind: info.kind,
            permissions: info.permissions,
            actor,
            app: info.app,
            info,
        };
    }
    /** Counts a call against the caller's primary rate limit; 403 once it is spent. */
    countRate(info) {
        const counter = info ?? this.anonymous;
        const limit = info?.rateLimit ?? 60;
        const nowSeconds = Math.floor(this.core.now().getTime() / 1000);
        if (nowSeconds >= counter.resetAt) {
            counter.used = 0;
            counter.resetAt = this.tokens.nextReset();
        }
        const headers = (used) => ({
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': String(Math.max(0, limit - used)),
            'x-ratelimit-reset': String(counter.resetAt),
            'x-ratelimit-used': String(used),
            'x-ratelimit-resource': 'core',
        });
        if (counter.used >= limit) {
            const who = info === undefined
                ? "127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
                : info.kind === 'pat'
                    ? `user ID ${userByLogin(info.login ?? 'sandbox-user').id}.`
                    : `installation ID ${info.app?.id ?? 0}.`;
            throw new ApiError(403, {
                message: `API rate limit exceeded for ${who}`,
                documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            }, headers(counter.used));
        }
        counter.used++;
        return headers(counter.used);
    }
    rateLimit(info) {
        const counter = info ?? this.anonymous;
        const limit = info?.rateLimit ?? 60;
        const core = {
            limit,
            remaining: Math.max(0, limit - counter.used),
            reset: counter.resetAt,
            used: counter.used,
        };
        const search = {
            limit: info === undefined ? 10 : 30,
            remaining: info === undefined ? 10 : 30,
            reset: counter.resetAt,
            used: 0,
        };
        return {
            status: 200,
            body: {
                resources: { core, search, graphql: { ...core, used: 0, remaining: limit } },
                rate: core,
            },
            headers: {},
        };
    }
    /** `browser_download_url`: the asset's bytes (drafts and private repositories need a token). */
    /** `git clone {clone_url}` and fetches: a repository with a real git directory, as GitHub serves it. */
    async gitHttp(git, request, url, raw, info) {
        const text = (status, message, headers = {}) => ({
            status,
            raw: Buffer.from(`${message}\n`),
            headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
        });
        const repo = this.core.repository(git.owner, git.repo);
        const permissions = info?.permissions ?? {};
        if (repo?.isPrivate === true && info === undefined) {
            // git sends its credentials only when asked.
            return text(401, 'Authentication required', { 'www-authenticate': 'Basic realm="GitHub"' });
        }
        const visible = repo !== undefined &&
            canSee(repo, { authenticated: info !== undefined, info }) &&
            (!repo.isPrivate || hasPermission(permissions, 'contents', 'read'));
        if (!visible)
            return text(404, 'Repository not found.');
        if (isPush(git, url.searchParams)) {
            return text(403, `The GitHub sandbox serves ${repo.fullName} for clones and fetches only: push through the API (git refs) or to the repository's git directory.`);
        }
        if (!(repo.git instanceof RealGitStore)) {
            return text(404, `The GitHub sandbox repository ${repo.fullName} has no git directory (gitDir) to clone.`);
        }
        const answer = await runHttpBackend(repo.git.dir, {
            endpoint: git.endpoint,
            method: request.method ?? 'GET',
            query: url.search,
            headers: request.headers,
            body: raw,
        });
        return { status: answer.status, raw: answer.body, headers: answer.headers };
    }
    download(path, info) {
        const notFound = {
            status: 404,
            raw: Buffer.from('Not Found'),
            headers: { 'content-type': 'text/plain; charset=utf-8' },
        };
        const parts = path.split('/').slice(1).map(decodeSafely);
        if (parts.length < 6 || parts[2] !== 'releases' || parts[3] !== 'download')
            return notFound;
        const repo = this.core.repository(parts[0] ?? '', parts[1] ?? '');
        const permissions = info?.permissions ?? {};
        const caller = { authenticated: info !== undefined, info };
        if (repo === undefined || !canSee(repo, caller))
            return notFound;
        if (repo.isPrivate && !hasPermission(permissions, 'contents', 'read'))
            return notFound;
        const tag = parts.slice(4, -1).join('/');
        const asset = findDownload(repo, tag, parts.at(-1) ?? '', info !== undefined && hasPermission(permissions, 'contents', 'write'));
        if (asset === undefined)
            return notFound;
        asset.downloadCount++;
        return {
            status: 200,
            rawFile: { path: asset.file, size: asset.size },
            headers: {
                'content-type': 'application/octet-stream',
                'content-disposition': `attachment; filename=${asset.name}`,
            },
        };
    }
    /** Applies a test's corruption, then checks the answer against GitHub's schema. */
    checked(operation, result, entry) {
        let body = result.body;
        const corruption = this.corruptions.find((c) => c.operationId === operation.operationId && c.remaining > 0);
        if (corruption !== undefined && body !== undefined) {
            corruption.remaining--;
            body = corruption.corrupt(structuredClone(body));
        }
        const answer = {
            status: result.status,
            body,
            headers: result.headers ?? {},
            raw: result.raw,
        };
        if (result.raw !== undefined)
            return answer;
        return this.contractChecked(operation, answer, entry);
    }
    contractChecked(operation, answer, entry) {
        const { schema, documented } = this.schemas.for(operation).response(answer.status);
        let violation;
        const describe = (what, errors) => ({
            kind: documented ? 'response' : 'undocumented-status',
            method: entry.method,
            path: entry.path,
            operationId: operation.operationId,
            status: answer.status,
            message: `GitHub sandbox contract violation: ${operation.method} ${operation.path} (${operation.operationId}) ` +
                `answered ${answer.status} ${what}` +
                (errors.length === 0 ? '.' : `:\n  ${errors.join('\n  ')}`),
            errors,
        });
        if (!documented)
            violation = describe("but GitHub's description documents no such status for it", []);
        else if (schema !== undefined && !schema(answer.body ?? null)) {
            violation = describe("with a body that does not match GitHub's schema", formatSchemaErrors(schema.errors));
        }
        if (violation === undefined)
            return answer;
        this.violations.push(violation);
        if (!this.validateResponses)
            return answer;
        return {
            status: 500,
            body: {
                message: violation.message,
                documentation_url: operation.documentationUrl,
                status: '500',
            },
            headers: {},
        };
    }
    errorAnswer(error, operation, entry) {
        if (error instanceof ApiError) {
            const body = {
                ...error.body,
                documentation_url: error.body.documentation_url ?? operation?.documentationUrl ?? GENERIC_DOCUMENTATION_URL,
                status: String(error.status),
            };
            const answer = { status: error.status, body, headers: error.headers };
            // Answers the sandbox makes up for unimplemented operations have no contract to keep.
            return operation === undefined || error.status === 501
                ? answer
                : this.contractChecked(operation, answer, entry);
        }
        const message = `The GitHub sandbox failed in ${operation?.operationId ?? entry.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        this.violations.push({
            kind: 'sandbox-error',
            method: entry.method,
            path: entry.path,
            operationId: operation?.operationId,
            status: 500,
            message,
            errors: [],
        });
        return {
            status: 500,
            body: { message, documentation_url: GENERIC_DOCUMENTATION_URL, status: '500' },
            headers: {},
        };
    }
    send(response, entry, answer, id) {
        entry.status = answer.status;
        const body = answer.body;
        if (answer.status >= 400 && typeof body?.message === 'string')
            entry.message = body.message;
        const headers = {
            'x-github-request-id': id,
            'x-github-media-type': 'github.v3; format=json',
            'x-github-api-version-selected': '2022-11-28',
            ...answer.headers,
        };
        if (answer.rawFile !== undefined) {
            response.writeHead(answer.status, {
                'content-length': String(answer.rawFile.size),
                ...headers,
            });
            (0,external_node_fs_.createReadStream)(answer.rawFile.path).pipe(response);
            return;
        }
        if (answer.raw !== undefined) {
            response.writeHead(answer.status, { 'content-length': String(answer.raw.length), ...headers });
            response.end(answer.raw);
            return;
        }
        if (answer.status === 204 || answer.status === 304 || answer.body === undefined) {
            response.writeHead(answer.status, headers);
            response.end();
            return;
        }
        const text = JSON.stringify(answer.body);
        response.writeHead(answer.status, {
            'content-type': 'application/json; charset=utf-8',
            'content-length': String(Buffer.byteLength(text)),
            ...headers,
        });
        response.end(text);
    }
}
/** The request target as a URL; a path like `//x` stays a path, never a host. */
function requestUrl(request) {
    return new URL(`http://127.0.0.1${request.url ?? '/'}`);
}
/** The API port serves api.github.com and, under `/_uploads`, uploads.github.com. */
function splitHost(pathname) {
    if (pathname === UPLOADS_PREFIX || pathname.startsWith(`${UPLOADS_PREFIX}/`)) {
        return { host: 'uploads', path: pathname.slice(UPLOADS_PREFIX.length) || '/' };
    }
    return { host: 'api', path: pathname };
}
/** The query as recorded: a token sent as `access_token` (GitHub no longer takes it) is not. */
function redactedSearch(url) {
    if (!url.searchParams.has('access_token'))
        return url.search;
    const copy = new URL(url);
    copy.searchParams.set('access_token', 'REDACTED');
    return copy.search;
}
function decodeSafely(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** An installation token sees only its repositories; nobody but a token sees a private one. */
function canSee(repo, caller) {
    const allowed = caller.info?.repositories;
    if (allowed !== undefined && !allowed.includes(repo.fullName.toLowerCase()))
        return false;
    return !repo.isPrivate || caller.authenticated;
}
function authorize([name, level], caller) {
    if (!caller.authenticated) {
        if (level === 'read' && ANONYMOUS_READ.includes(name))
            return;
        throw new ApiError(401, { message: 'Requires authentication' });
    }
    if (hasPermission(caller.permissions, name, level))
        return;
    const message = caller.kind === 'pat'
        ? 'Resource not accessible by personal access token'
        : 'Resource not accessible by integration';
    throw new ApiError(403, { message }, { 'x-accepted-github-permissions': `${name}=${level}` });
}
function invalidRequest(lines) {
    return new ApiError(422, { message: `Invalid request.\n\n${lines.join('\n')}` });
}
function faultAnswer(fault, id) {
    const { spec } = fault;
    const headers = {};
    if (spec.retryAfter !== undefined)
        headers['retry-after'] = String(spec.retryAfter);
    if (spec.secondaryRateLimit === true) {
        return {
            status: spec.status ?? 403,
            body: spec.body ?? {
                message: secondaryRateLimitMessage(id),
                documentation_url: SECONDARY_RATE_LIMIT_DOCUMENTATION,
                status: String(spec.status ?? 403),
            },
            headers: { 'retry-after': String(spec.retryAfter ?? 60), ...spec.headers },
        };
    }
    if (spec.status === undefined)
        return undefined;
    return {
        status: spec.status,
        body: spec.body ?? {
            message: external_node_http_.STATUS_CODES[spec.status] ?? 'Error',
            documentation_url: GENERIC_DOCUMENTATION_URL,
            status: String(spec.status),
        },
        headers: { ...headers, ...spec.headers },
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/standalone.ts


/**
 * Starts a GitHub sandbox for a person or a CLI (`tokenless rehearse`) and prints how to point
 * tools at it. Returns the running sandbox; the caller stops it.
 */
async function runGitHubSandbox(options = {}, print = (line) => process.stdout.write(`${line}\n`)) {
    const sandbox = await startGitHubSandbox(options);
    print(`GitHub sandbox listening on ${sandbox.url}`);
    print(`GITHUB_API_URL=${sandbox.url}`);
    print(`GITHUB_SERVER_URL=${sandbox.serverUrl}`);
    print(`uploads: ${sandbox.uploadsUrl}`);
    print(`token: ${DEFAULT_TOKEN} (every permission; register others with sandbox.tokens)`);
    for (const repository of options.repositories ?? []) {
        print(`repository: ${repository.owner}/${repository.repo}${repository.gitDir === undefined ? '' : ` (git: ${repository.gitDir})`}`);
    }
    return sandbox;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/github/index.ts





// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/key/generate_key_pair.js
var generate_key_pair = __webpack_require__(59480);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/key/export.js
var key_export = __webpack_require__(17968);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js + 1 modules
var jwt_sign = __webpack_require__(72896);
;// CONCATENATED MODULE: ./packages/sandbox/src/oidc/issuer.ts




/** `owner/repo/.github/workflows/<file>@<ref>`, from a workflow given as a path or a file name. */
function workflowRef(repository, workflow, ref) {
    const path = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`;
    return `${repository}/${path}@${ref}`;
}
/** The full claim set of a token, as GitHub fills it in for a job. */
function completeClaims(claims) {
    const repository = claims.repository;
    const owner = claims.repository_owner ?? repository.split('/')[0] ?? '';
    const ref = claims.ref ?? 'refs/heads/main';
    const workflow = claims.workflow ?? 'release.yml';
    const wfRef = claims.workflow_ref ?? workflowRef(repository, workflow, ref);
    const sub = claims.environment
        ? `repo:${repository}:environment:${claims.environment}`
        : `repo:${repository}:ref:${ref}`;
    const full = {
        sub,
        ref,
        ref_type: claims.ref_type ?? (ref.startsWith('refs/tags/') ? 'tag' : 'branch'),
        sha: claims.sha ?? '0'.repeat(40),
        repository,
        repository_owner: owner,
        repository_owner_id: claims.repository_owner_id ?? '1001',
        repository_id: claims.repository_id ?? '2002',
        repository_visibility: claims.repository_visibility ?? 'public',
        actor: claims.actor ?? 'maintainer',
        actor_id: '3003',
        run_id: claims.run_id ?? '4004',
        run_number: '1',
        run_attempt: claims.run_attempt ?? '1',
        workflow: workflow.replace(/^.*\//, ''),
        workflow_ref: wfRef,
        workflow_sha: claims.sha ?? '0'.repeat(40),
        job_workflow_ref: claims.job_workflow_ref ?? wfRef,
        job_workflow_sha: claims.sha ?? '0'.repeat(40),
        event_name: claims.event_name ?? 'workflow_dispatch',
        runner_environment: claims.runner_environment ?? 'github-hosted',
        environment: claims.environment,
    };
    for (const [key, value] of Object.entries(claims))
        if (value !== undefined)
            full[key] = value;
    return Object.fromEntries(Object.entries(full).filter((entry) => entry[1] !== undefined));
}
function send(response, status, body) {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
}
/**
 * A local stand-in for GitHub's OIDC issuer (token.actions.githubusercontent.com) and the runner's
 * token request endpoint: RS256 tokens with GitHub's claim set, a JWKS and a discovery document,
 * on 127.0.0.1. Tokens live 5 minutes, carry a fresh `jti` each, and are never logged.
 */
async function startOidcIssuer(options = {}) {
    const clock = options.now ?? (() => new Date());
    const { privateKey, publicKey } = await (0,generate_key_pair/* generateKeyPair */.T)('RS256');
    const kid = (0,external_node_crypto_.randomUUID)();
    const jwk = { ...(await (0,key_export/* exportJWK */.JU)(publicKey)), kid, alg: 'RS256', use: 'sig' };
    const jobs = new Map();
    const issued = [];
    let url = '';
    const sign = async (claims, audience, overrides = {}, job = 'direct') => {
        const full = completeClaims(claims);
        const jti = (0,external_node_crypto_.randomUUID)();
        const now = Math.floor(clock().getTime() / 1000);
        issued.push({ jti, aud: audience, sub: full.sub ?? '', job });
        return new jwt_sign/* SignJWT */.P({ ...full, jti, ...overrides })
            .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
            .setIssuer(url)
            .setAudience(audience)
            .setIssuedAt(now)
            .setNotBefore(now - 5)
            .setExpirationTime(now + 300)
            .sign(privateKey);
    };
    const handle = async (request, response) => {
        const requestUrl = new URL(request.url ?? '/', url);
        if (requestUrl.pathname === '/.well-known/openid-configuration') {
            return send(response, 200, {
                issuer: url,
                jwks_uri: `${url}/.well-known/jwks`,
                subject_types_supported: ['public', 'pairwise'],
                response_types_supported: ['id_token'],
                claims_supported: [
                    'sub',
                    'aud',
                    'exp',
                    'iat',
                    'iss',
                    'jti',
                    'nbf',
                    'ref',
                    'repository',
                    'environment',
                    'job_workflow_ref',
                    'runner_environment',
                ],
                id_token_signing_alg_values_supported: ['RS256'],
                scopes_supported: ['openid'],
            });
        }
        if (requestUrl.pathname === '/.well-known/jwks')
            return send(response, 200, { keys: [jwk] });
        if (requestUrl.pathname === '/_apis/token') {
            const job = requestUrl.searchParams.get('job') ?? '';
            const registered = jobs.get(job);
            const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
            if (registered === undefined || bearer === undefined || bearer !== registered.requestToken) {
                return send(response, 401, { message: 'The request token is not valid for this job.' });
            }
            const claims = registered.claims;
            const audience = requestUrl.searchParams.get('audience') ??
                `https://github.com/${claims.repository_owner ?? claims.repository.split('/')[0]}`;
            return send(response, 200, { value: await sign(claims, audience, {}, job) });
        }
        send(response, 404, { message: 'Not Found' });
    };
    const server = (0,external_node_http_.createServer)((request, response) => {
        handle(request, response).catch((error) => send(response, 500, { message: error instanceof Error ? error.message : String(error) }));
    });
    url = `http://127.0.0.1:${await listen(server, options.port ?? 0)}`;
    return {
        url,
        jwksUrl: `${url}/.well-known/jwks`,
        createJob(claims) {
            const job = (0,external_node_crypto_.randomUUID)();
            const requestToken = (0,external_node_crypto_.randomBytes)(24).toString('hex');
            jobs.set(job, { claims, requestToken });
            const requestUrl = `${url}/_apis/token?api-version=2.0&job=${job}`;
            return {
                requestUrl,
                requestToken,
                env: {
                    ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
                    ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
                },
            };
        },
        mint: (claims, audience, overrides) => sign(claims, audience, overrides),
        issued,
        stop: () => loopback_server_close(server),
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/oidc/index.ts


// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/remote.js + 1 modules
var remote = __webpack_require__(87315);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 1 modules
var verify = __webpack_require__(25057);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./packages/sandbox/src/npm/registry-answers.ts
/**
 * The registry's words. Those marked "npm" are npmjs.com's own, as its answers and the npm CLI's
 * logs show them; the others are the sandbox's, in the same style, where npm's exact text is not
 * public. The exchange answers carry `message` (the CLI logs `body.message` at verbose level);
 * the other answers carry `error` (the CLI prints `body.error` after the status line).
 */
const NPM_ANSWERS = {
    /** npm. 404 on the exchange: no trusted publisher, or no such package (first publish). */
    exchangePackageNotFound: 'OIDC token exchange error - package not found',
    /** npm. 403 on the exchange: the token's claims do not match the trusted publisher. */
    exchangePermissionDenied: 'OIDC permission denied for this action',
    /** Sandbox wording. 401 on the exchange: no token, bad signature, issuer, audience or expiry. */
    exchangeInvalidToken: 'OIDC token exchange error - invalid or expired token',
    /** Sandbox wording. 422 on the exchange: `runner_environment` is `self-hosted`. */
    exchangeSelfHosted: 'OIDC token exchange error - self-hosted runners are not supported',
    /** npm. 401 on a write without credentials. */
    loginRequired: 'You must be logged in to publish packages.',
    /** npm. 404 on a write with a token that cannot write there (unknown, expired, other package). */
    notFound: 'Not found',
    /** npm. The `npm-notice` header with the 404 for a token that expired or was revoked. */
    tokenExpiredNotice: 'Access token expired or revoked. Please try logging in again.',
    /** Sandbox wording. 403 when a trusted publishing token is used for anything but publish. */
    oidcPublishOnly: (action) => `Trusted publishing (OIDC) tokens can only publish packages: ${action} needs a granular access token.`,
    /** npm. 403 on a publish of a version that exists. */
    versionExists: (version) => `You cannot publish over the previously published versions: ${version}.`,
};

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/registry-routes.ts
/** The writes that need a registry token, and the words for them in a refusal. */
const WRITE_ACTIONS = {
    publish: 'npm publish',
    'packument-change': 'npm deprecate (or another change to the packument)',
    'dist-tag': 'npm dist-tag',
    unpublish: 'npm unpublish',
};
function decode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return undefined;
    }
}
/**
 * A package name at the start of `segments`: `pkg`, `@scope%2fpkg` (as npm escapes it) or
 * `@scope/pkg` (two segments). Returns the name and the segments after it.
 */
function takePackage(segments) {
    const first = segments[0];
    if (first === undefined || first === '' || first.startsWith('-'))
        return undefined;
    const decoded = decode(first);
    if (decoded === undefined)
        return undefined;
    if (decoded.includes('/')) {
        // Only a scoped name may hold a slash, and only escaped in one segment.
        return decoded.startsWith('@') ? { name: decoded, rest: segments.slice(1) } : undefined;
    }
    if (!decoded.startsWith('@'))
        return { name: decoded, rest: segments.slice(1) };
    const second = segments[1] === undefined ? undefined : decode(segments[1]);
    if (second === undefined || second === '' || second.startsWith('-'))
        return undefined;
    return { name: `${decoded}/${second}`, rest: segments.slice(2) };
}
const EXCHANGE_PREFIX = '/-/npm/v1/oidc/token/exchange/package/';
/** The route of a request; `body` decides between a publish and another packument change. */
function routeOf(method, pathname, body) {
    if (method === 'POST' && pathname.startsWith(EXCHANGE_PREFIX)) {
        const taken = takePackage(pathname.slice(EXCHANGE_PREFIX.length).split('/'));
        return { action: 'exchange', packageName: taken?.rest.length === 0 ? taken.name : undefined };
    }
    const segments = pathname.split('/').slice(1);
    if (segments[0] === '-' && segments[1] === 'package') {
        const taken = takePackage(segments.slice(2));
        if (taken !== undefined) {
            if (taken.rest[0] === 'visibility' && taken.rest.length === 1 && method === 'GET') {
                return { action: 'visibility', packageName: taken.name };
            }
            if (taken.rest[0] === 'dist-tags' && method !== 'GET' && method !== 'HEAD') {
                return { action: 'dist-tag', packageName: taken.name };
            }
        }
    }
    if (method === 'GET' || method === 'HEAD') {
        return { action: 'read', packageName: takePackage(segments)?.name };
    }
    const taken = takePackage(segments);
    if (taken === undefined)
        return { action: 'other', packageName: undefined };
    if (taken.rest.length === 0 && method === 'PUT') {
        return {
            action: hasAttachments(body) ? 'publish' : 'packument-change',
            packageName: taken.name,
        };
    }
    if (taken.rest.includes('-rev') && (method === 'PUT' || method === 'DELETE')) {
        return { action: 'unpublish', packageName: taken.name };
    }
    return { action: 'other', packageName: taken.name };
}
function hasAttachments(body) {
    if (typeof body !== 'object' || body === null)
        return false;
    const attachments = body._attachments;
    return (typeof attachments === 'object' && attachments !== null && Object.keys(attachments).length > 0);
}
/** The one version a publish body carries (`versions` has exactly the version published). */
function publishedVersion(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const versions = body.versions;
    if (typeof versions !== 'object' || versions === null)
        return undefined;
    return Object.keys(versions)[0];
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/provenance.ts

const PREFIX = 'Error verifying sigstore provenance bundle: ';
/** npm's words for a provenance bundle it refuses (HTTP 422); marked where they are the sandbox's. */
const PROVENANCE_ANSWERS = {
    /** npm. */
    selfHosted: (environment) => `${PREFIX}Unsupported GitHub Actions runner environment: "${environment}". Only "github-hosted" runners are supported when publishing with provenance.`,
    /** npm. */
    visibility: (visibility) => `${PREFIX}Unsupported GitHub Actions source repository visibility: "${visibility}". Only public source repositories are supported when publishing with provenance.`,
    /** npm. */
    repository: (url, expected) => `${PREFIX}Failed to validate repository information: package.json: "repository.url" is "${url}", expected to match "${expected}" from provenance`,
    /** Sandbox wording. */
    invalid: (reason) => `${PREFIX}${reason}`,
    /** Sandbox wording. */
    subject: (what) => `${PREFIX}Provenance subject ${what} does not match the package`,
    /** Sandbox wording. */
    publisher: (made, publisher) => `${PREFIX}the provenance was made by ${made}, which is not the trusted publisher (${publisher.owner}/${publisher.repository}, workflow ${publisher.workflow})`,
    /** Sandbox wording: a sandbox started without a Sigstore stand-in cannot check a bundle. */
    noSigstore: `${PREFIX}this sandbox registry was started without a Sigstore stand-in`,
};
/** `pkg:npm/%40scope/name@1.2.3`, as the npm CLI names the subject (npa.toPurl). */
function npmPurl(name, version) {
    return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}
/** A repository URL as npm compares it: `https://github.com/owner/repo`. */
function normalizeRepositoryUrl(url) {
    return url
        .trim()
        .replace(/^git\+/, '')
        .replace(/^git@github\.com:/, 'https://github.com/')
        .replace(/^(git|ssh|http):\/\/(git@)?/, 'https://')
        .replace(/^github:/, 'https://github.com/')
        .replace(/^([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1')
        .replace(/(\.git)?\/?$/, '');
}
function repositoryUrl(manifest) {
    const field = manifest.repository;
    if (typeof field === 'string')
        return field;
    const url = field?.url;
    return typeof url === 'string' ? url : '';
}
function sha512Hex(attachment) {
    return (0,external_node_crypto_.createHash)('sha512')
        .update(Buffer.from(attachment?.data ?? '', 'base64'))
        .digest('hex');
}
/** The refusal for a verified bundle that does not fit the package or its publisher. */
function mismatch(verified, manifest, expected) {
    const subject = verified.statement.subject;
    if (subject?.length !== 1 || subject[0]?.name !== expected.purl) {
        return PROVENANCE_ANSWERS.subject(`${subject?.[0]?.name ?? '(none)'}`);
    }
    if (subject[0]?.digest?.sha512 !== expected.sha512)
        return PROVENANCE_ANSWERS.subject('digest');
    const { runnerEnvironment, sourceRepositoryVisibility, sourceRepositoryUri, buildConfigUri } = verified.extensions;
    if (runnerEnvironment !== 'github-hosted') {
        return PROVENANCE_ANSWERS.selfHosted(runnerEnvironment ?? '');
    }
    if (sourceRepositoryVisibility !== 'public') {
        return PROVENANCE_ANSWERS.visibility(sourceRepositoryVisibility ?? '');
    }
    const url = repositoryUrl(manifest);
    const source = sourceRepositoryUri ?? '';
    if (normalizeRepositoryUrl(url).toLowerCase() !== source.toLowerCase()) {
        return PROVENANCE_ANSWERS.repository(url, source);
    }
    const publisher = expected.publisher;
    if (publisher !== undefined) {
        const wanted = `https://github.com/${publisher.owner}/${publisher.repository}/.github/workflows/${publisher.workflow}@`;
        if (!(buildConfigUri ?? '').startsWith(wanted)) {
            return PROVENANCE_ANSWERS.publisher(buildConfigUri ?? '(no workflow)', publisher);
        }
    }
    return undefined;
}
/**
 * Checks the provenance bundle a publish carries (`_attachments["<name>-<version>.sigstore"]`) as
 * npm's registry does: the bundle verifies against Sigstore's trust root with a transparency-log
 * entry, its subject is this package and version with the tarball's sha512, the certificate names
 * a github-hosted runner, a public repository, the package.json `repository`, and (for a trusted
 * publishing token) the trusted publisher's repository and workflow. Returns the body to store
 * (the bundle removed, `dist.attestations` added) or npm's refusal. A body without a bundle
 * passes unchanged.
 */
function acceptProvenance(raw, context) {
    const body = JSON.parse(raw.toString('utf8'));
    const attachments = body._attachments ?? {};
    const bundleName = Object.keys(attachments).find((name) => name.endsWith('.sigstore'));
    if (bundleName === undefined)
        return { body: raw };
    if (context.sigstore === undefined)
        return { refusal: PROVENANCE_ANSWERS.noSigstore };
    const [version, manifest] = Object.entries(body.versions ?? {})[0] ?? [];
    const name = body.name ?? '';
    if (version === undefined || manifest === undefined) {
        return { refusal: PROVENANCE_ANSWERS.invalid('the publish carries no version') };
    }
    let bundle;
    let verified;
    try {
        bundle = JSON.parse(attachments[bundleName]?.data ?? '');
        verified = context.sigstore.verify(bundle);
    }
    catch (error) {
        return {
            refusal: PROVENANCE_ANSWERS.invalid(error instanceof Error ? error.message : String(error)),
        };
    }
    if (verified.issuer !== context.sigstore.issuerUrl) {
        return { refusal: PROVENANCE_ANSWERS.invalid(`unknown OIDC issuer ${verified.issuer ?? ''}`) };
    }
    const tarball = Object.entries(attachments).find(([file]) => file !== bundleName)?.[1];
    const refusal = mismatch(verified, manifest, {
        purl: npmPurl(name, version),
        sha512: sha512Hex(tarball),
        publisher: context.publisher,
    });
    if (refusal !== undefined)
        return { refusal };
    const id = `${name}@${version}`;
    const predicateType = verified.statement.predicateType ?? '';
    delete attachments[bundleName];
    manifest.dist = {
        ...manifest.dist,
        attestations: {
            url: new URL(`-/npm/v1/attestations/${id}`, context.registryUrl).href,
            provenance: { predicateType },
        },
    };
    return { body: Buffer.from(JSON.stringify(body)), attestation: { id, predicateType, bundle } };
}
/** `/-/npm/v1/attestations/<name>@<version>`: the package and version asked for, or undefined. */
function attestationsIdOf(pathname) {
    const prefix = '/-/npm/v1/attestations/';
    if (!pathname.startsWith(prefix))
        return undefined;
    try {
        const spec = decodeURIComponent(pathname.slice(prefix.length));
        return spec.lastIndexOf('@') > 0 ? spec : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/registry-tokens.ts

/** How long a token from the OIDC exchange lives. */
const EXCHANGED_TOKEN_LIFETIME_MS = 15 * 60 * 1000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A token in npm's format: `npm_` and 36 base62 characters. */
function newNpmToken() {
    const bytes = (0,external_node_crypto_.randomBytes)(36);
    let text = 'npm_';
    for (const byte of bytes)
        text += ALPHABET[byte % ALPHABET.length];
    return text;
}
function hash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** Registry tokens, kept by the SHA-256 of their text: nothing here holds a token's text. */
class RegistryTokens {
    now;
    tokens = new Map();
    constructor(now) {
        this.now = now;
    }
    addStatic(text) {
        if (text.trim() === '')
            throw new Error('A static token cannot be empty.');
        this.tokens.set(hash(text), {
            kind: 'static',
            packageName: undefined,
            expiresAt: undefined,
            revoked: false,
        });
    }
    /** A fresh token that may publish `packageName` for 15 minutes. Returns its text. */
    issueForPackage(packageName) {
        const text = newNpmToken();
        this.tokens.set(hash(text), {
            kind: 'oidc',
            packageName,
            expiresAt: this.now().getTime() + EXCHANGED_TOKEN_LIFETIME_MS,
            revoked: false,
        });
        return text;
    }
    /** Revokes a token by its text; true when it was known. */
    revoke(text) {
        const token = this.tokens.get(hash(text));
        if (token === undefined)
            return false;
        token.revoked = true;
        return true;
    }
    check(text) {
        const token = this.tokens.get(hash(text));
        if (token === undefined)
            return { state: 'unknown' };
        if (token.revoked)
            return { state: 'revoked', token };
        if (token.expiresAt !== undefined && this.now().getTime() >= token.expiresAt) {
            return { state: 'expired', token };
        }
        return { state: 'valid', token };
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/registry-signatures.ts

/**
 * The registry's signing key, as npm's registry has: an ECDSA P-256 key made at start, served at
 * `/-/npm/v1/keys`, that signs `<name>@<version>:<integrity>` of every version published, into
 * `dist.signatures` (what `npm audit signatures` checks as "verified registry signatures").
 */
class RegistrySigner {
    privateKey;
    key;
    constructor() {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        this.privateKey = pair.privateKey;
        const der = pair.publicKey.export({ type: 'spki', format: 'der' });
        this.key = {
            expires: null,
            keyid: `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('base64').replace(/=+$/, '')}`,
            keytype: 'ecdsa-sha2-nistp256',
            scheme: 'ecdsa-sha2-nistp256',
            key: der.toString('base64'),
        };
    }
    /** `/-/npm/v1/keys`'s body. */
    keys() {
        return { keys: [this.key] };
    }
    /** A publish body with `dist.signatures` added to each version that has an integrity. */
    signPublish(raw) {
        const body = JSON.parse(raw.toString('utf8'));
        for (const [version, manifest] of Object.entries(body.versions ?? {})) {
            const integrity = manifest.dist?.integrity;
            if (typeof integrity !== 'string' || manifest.dist === undefined)
                continue;
            const message = `${body.name ?? ''}@${version}:${integrity}`;
            const sig = (0,external_node_crypto_.sign)('sha256', Buffer.from(message), this.privateKey).toString('base64');
            manifest.dist.signatures = [{ keyid: this.key.keyid, sig }];
        }
        return Buffer.from(JSON.stringify(body));
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/seed.ts




/**
 * Publishes a package directory or `.tgz` straight to Verdaccio with the real npm CLI, as the
 * front's backend user: no trusted publishing rules, no entry in the front's `requests`. For
 * tests that need a version to exist before the release under test.
 */
async function seedPackage(backend, source, runner, options = {}) {
    const home = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-npm-seed-'));
    try {
        const host = new URL(backend.url).host;
        const userconfig = (0,external_node_path_.join)(home, '.npmrc');
        const basic = backend.authorization.replace(/^Basic /, '');
        await (0,promises_.writeFile)(userconfig, `registry=${backend.url}\n//${host}/:_auth=${basic}\n`);
        const args = [
            'publish',
            (0,external_node_path_.resolve)(source),
            '--json',
            '--ignore-scripts',
            '--provenance=false',
            `--tag=${options.tag ?? 'latest'}`,
            `--registry=${backend.url}`,
            `--userconfig=${userconfig}`,
            `--globalconfig=${(0,external_node_path_.join)(home, 'global-npmrc')}`,
            `--cache=${(0,external_node_path_.join)(home, 'cache')}`,
            '--no-update-notifier',
            '--no-audit',
            '--no-fund',
        ];
        const path = [(0,external_node_path_.dirname)(runner.node), runner.env?.PATH ?? process.env.PATH ?? ''].join(external_node_path_.delimiter);
        const { code, stdout, stderr } = await seed_run(runner.command ?? 'npm', args, {
            ...runner.env,
            PATH: path,
            HOME: home,
        });
        if (code !== 0) {
            throw new Error(`Seeding ${source} failed: npm publish exited with ${code}.\n${stderr}`);
        }
        // npm 11 keys the report by package name; older npm printed the report itself.
        const report = JSON.parse(stdout);
        const published = (typeof report.id === 'string' ? report : Object.values(report)[0]);
        if (published === undefined ||
            typeof published.name !== 'string' ||
            typeof published.version !== 'string' ||
            typeof published.integrity !== 'string' ||
            typeof published.shasum !== 'string') {
            throw new Error(`Seeding ${source}: npm publish --json printed no package:\n${stdout}`);
        }
        return {
            name: published.name,
            version: published.version,
            integrity: published.integrity,
            shasum: published.shasum,
        };
    }
    finally {
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}
function seed_run(command, args, env) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
    });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/trusted-publishers.ts
/** Checks a publisher as npmjs.com's form would refuse it; returns a copy. */
function validatePublisher(packageName, publisher) {
    const problems = [];
    if (publisher.owner === '' || publisher.owner.includes('/')) {
        problems.push(`owner must be a user or organization name, got "${publisher.owner}"`);
    }
    if (publisher.repository === '' || publisher.repository.includes('/')) {
        problems.push(`repository must be the repository's name without its owner, got "${publisher.repository}"`);
    }
    if (!/^[^/\\]+\.ya?ml$/.test(publisher.workflow)) {
        problems.push(`workflow must be a workflow file name such as release.yml, got "${publisher.workflow}"`);
    }
    if (publisher.environment === '')
        problems.push('environment must not be empty when given');
    if (problems.length > 0) {
        throw new Error(`Trusted publisher for ${packageName}: ${problems.join('; ')}.`);
    }
    return { ...publisher };
}
/**
 * The workflow file name in `workflow_ref` (`owner/repo/.github/workflows/<file>@<ref>`), as npm
 * compares it with the publisher's `workflow`.
 */
function workflowFileOf(workflowRef) {
    if (workflowRef === undefined)
        return undefined;
    const match = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@.+$/.exec(workflowRef);
    return match?.[1];
}
function claim(payload, name) {
    const value = payload[name];
    return typeof value === 'string' ? value : undefined;
}
/** The first claim that does not match the publisher, or undefined when all match. */
function mismatchOf(publisher, payload) {
    const owner = claim(payload, 'repository_owner');
    if (owner !== publisher.owner) {
        return { claim: 'repository_owner', expected: publisher.owner, actual: owner };
    }
    const repository = claim(payload, 'repository');
    const expectedRepository = `${publisher.owner}/${publisher.repository}`;
    if (repository !== expectedRepository) {
        return { claim: 'repository', expected: expectedRepository, actual: repository };
    }
    const workflowRef = claim(payload, 'workflow_ref');
    const file = workflowFileOf(workflowRef);
    const refRepository = workflowRef?.split('/').slice(0, 2).join('/');
    if (file !== publisher.workflow || refRepository !== expectedRepository) {
        return {
            claim: 'workflow_ref',
            expected: `${expectedRepository}/.github/workflows/${publisher.workflow}@<ref>`,
            actual: workflowRef,
        };
    }
    if (publisher.environment !== undefined) {
        const environment = claim(payload, 'environment');
        if (environment !== publisher.environment) {
            return { claim: 'environment', expected: publisher.environment, actual: environment };
        }
    }
    return undefined;
}
/** A mismatch in words, for `requests[].reason`. */
function describeMismatch(mismatch) {
    const actual = mismatch.actual === undefined ? 'absent' : `"${mismatch.actual}"`;
    return `claim ${mismatch.claim} is ${actual}, the trusted publisher needs "${mismatch.expected}"`;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/verdaccio.ts






/** The user the front server writes to Verdaccio as. Nobody else can: registration is off. */
const BACKEND_USER = 'sandbox-front';
/**
 * The child's program: loads Verdaccio, listens on 127.0.0.1 port 0, reports the port over IPC,
 * and exits when the parent goes away (the IPC channel closes), so no registry outlives a test.
 */
const CHILD = `
const { runServer } = require(process.argv[1])
const config = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'))
process.on('disconnect', () => process.exit(0))
runServer(config).then(
  (server) => {
    server.on('error', (error) => { process.send({ error: String(error.stack || error) }); process.exit(1) })
    server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
  },
  (error) => { process.send({ error: String((error && error.stack) || error) }); process.exit(1) },
)
`;
const START_TIMEOUT_MS = 30_000;
/**
 * Starts a real Verdaccio 6 in a child process on 127.0.0.1 (port 0) with a fresh storage
 * directory, no uplinks, the web UI off and user registration off. Anyone may read; only
 * `sandbox-front` (a random password) may publish, unpublish or change packages, so writes reach
 * it through the front server or `seedPackage` only.
 *
 * A child process rather than `runServer` in-process: it listens in about 280 ms every time
 * (in-process: about 450 ms for the first start in a process, then 10 ms), dies with SIGTERM
 * leaving nothing behind, runs on a Node >= 22 of its own, and keeps Verdaccio's module graph and
 * process-wide logger out of the caller's (and out of jest's module registry).
 */
async function startVerdaccio(node = process.execPath) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-verdaccio-'));
    const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    const sha = (0,external_node_crypto_.createHash)('sha1').update(password).digest('base64');
    const htpasswd = (0,external_node_path_.join)(dir, 'htpasswd');
    await (0,promises_.writeFile)(htpasswd, `${BACKEND_USER}:{SHA}${sha}:autocreated ${new Date().toISOString()}\n`);
    const configFile = (0,external_node_path_.join)(dir, 'config.json');
    const config = {
        self_path: configFile,
        storage: (0,external_node_path_.join)(dir, 'storage'),
        uplinks: {},
        packages: {
            '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
        },
        auth: { htpasswd: { file: htpasswd, max_users: -1 } },
        web: { enable: false },
        log: { type: 'stdout', format: 'json', level: 'error' },
        max_body_size: '200mb',
        server: { keepAliveTimeout: 5 },
    };
    await (0,promises_.writeFile)(configFile, JSON.stringify(config));
    const entry = (0,external_node_module_.createRequire)(import.meta.url).resolve('verdaccio');
    const child = (0,external_node_child_process_.spawn)(node, ['-e', CHILD, entry, configFile], {
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        env: {
            NODE_ENV: 'production',
            // V8's code cache on disk: about 280 ms to listen instead of 350.
            NODE_COMPILE_CACHE: (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-verdaccio-compile-cache'),
        },
    });
    let output = '';
    const collect = (chunk) => {
        output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let port;
    try {
        port = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                reject(new Error(`Verdaccio did not start within ${START_TIMEOUT_MS} ms.`));
            }, START_TIMEOUT_MS);
            child.once('message', (message) => {
                clearTimeout(timer);
                if (typeof message.port === 'number')
                    resolve(message.port);
                else
                    reject(new Error(`Verdaccio failed to start: ${message.error ?? 'no reason given'}`));
            });
            child.once('exit', (code, signal) => {
                clearTimeout(timer);
                reject(new Error(`Verdaccio exited before listening (${signal ?? `code ${String(code)}`}). It needs ` +
                    `Node >= 22 (started with ${node}). Output:\n${output}`));
            });
            child.once('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
        });
    }
    catch (error) {
        await kill(child);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
    child.removeAllListeners('exit');
    child.removeAllListeners('error');
    // The front answers for Verdaccio; a crash after start shows as 502s with this output.
    child.on('error', () => undefined);
    return {
        url: `http://127.0.0.1:${port}/`,
        authorization: `Basic ${Buffer.from(`${BACKEND_USER}:${password}`).toString('base64')}`,
        dir,
        stop: async () => {
            await kill(child);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
function kill(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return new Promise((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
            clearTimeout(force);
            resolve();
        });
        child.kill('SIGTERM');
    });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/server.ts













/**
 * Starts a real npm registry (Verdaccio, in a child process) behind a front server on 127.0.0.1
 * that does npm's trusted publishing: the OIDC token exchange checked against the issuer's JWKS
 * and the package's trusted publisher, publish-only 15-minute tokens, npm's refusals on writes,
 * and fault injection. Reads go to Verdaccio as they are.
 */
async function server_startNpmSandbox(options) {
    const now = options.now ?? (() => new Date());
    const node = options.node ?? process.execPath;
    const backend = await (options.verdaccio ?? startVerdaccio(node));
    const front = new FrontServer(options, now, backend);
    const server = (0,external_node_http_.createServer)((request, response) => {
        // Only a failure to read the request gets here: the connection is gone.
        front.handle(request, response).catch(() => response.destroy());
    });
    let port;
    try {
        port = await listen(server, options.port ?? 0);
    }
    catch (error) {
        await backend.stop();
        throw error;
    }
    const url = `http://127.0.0.1:${port}/`;
    front.url = url;
    // npm asks for `npm:` + the registry URL's hostname: the port is not part of the audience.
    front.audience = `npm:${new URL(url).hostname}`;
    for (const [name, publisher] of Object.entries(options.trustedPublishers ?? {})) {
        front.publishers.set(name, validatePublisher(name, publisher));
    }
    for (const token of options.staticTokens ?? [])
        front.tokens.addStatic(token);
    const injector = front.faults;
    let stopping;
    return {
        url,
        audience: front.audience,
        backendUrl: backend.url,
        faults: {
            add: (spec) => injector.add(spec),
            clear: () => injector.clear(),
            get active() {
                return injector.active;
            },
        },
        requests: front.requests,
        trustPublisher: (name, publisher) => {
            front.publishers.set(name, validatePublisher(name, publisher));
        },
        untrustPublisher: (name) => {
            front.publishers.delete(name);
        },
        addStaticToken: (token) => front.tokens.addStatic(token),
        revokeToken: (token) => front.tokens.revoke(token),
        seedPackage: (source, seedOptions) => seedPackage(backend, source, { node, ...options.npm }, seedOptions),
        holdRequests: (ready) => {
            front.ready = ready.then(() => undefined, (error) => (error instanceof Error ? error.message : String(error)));
        },
        stop: () => {
            stopping ??= loopback_server_close(server).finally(() => backend.stop());
            return stopping;
        },
    };
}
class FrontServer {
    options;
    now;
    backend;
    audience = '';
    requests = [];
    faults = new FaultInjector();
    publishers = new Map();
    tokens;
    /** Provenance bundles accepted, by `name@version`. */
    attestations = new Map();
    /** The registry's key: `/-/npm/v1/keys`, and `dist.signatures` of every publish. */
    signer = new RegistrySigner();
    url = '';
    /** Settles when the registry may answer: undefined, or why it cannot (`holdRequests`). */
    ready = Promise.resolve(undefined);
    jwks;
    constructor(options, now, backend) {
        this.options = options;
        this.now = now;
        this.backend = backend;
        this.tokens = new RegistryTokens(now);
        this.jwks = (0,remote/* createRemoteJWKSet */.RD)(new URL(options.issuer.jwksUrl));
    }
    async handle(request, response) {
        const target = new URL(request.url ?? '/', 'http://127.0.0.1');
        const method = (request.method ?? 'GET').toUpperCase();
        const raw = await readBody(request);
        const route = routeOf(method, target.pathname, parseJson(raw));
        const entry = {
            method,
            path: `${target.pathname}${target.search}`,
            action: route.action,
            packageName: route.packageName,
            status: undefined,
            authorization: request.headers.authorization !== undefined,
            tokenKind: undefined,
            fault: false,
            dropped: false,
            message: undefined,
            reason: undefined,
        };
        this.requests.push(entry);
        const unready = await this.ready;
        if (unready !== undefined) {
            entry.status = 503;
            entry.reason = `sandbox not ready: ${unready}`;
            server_send(response, 503, { error: entry.reason });
            return;
        }
        try {
            await this.respond(request, response, { entry, route, raw, pathname: target.pathname });
        }
        catch (error) {
            entry.status = 500;
            entry.reason = `sandbox error: ${error instanceof Error ? error.message : String(error)}`;
            if (response.headersSent)
                response.destroy();
            else
                server_send(response, 500, { error: entry.reason });
        }
    }
    async respond(request, response, call) {
        const { entry, route, raw, pathname } = call;
        const { method } = entry;
        const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        const fault = this.faults.select(method, pathname, undefined);
        if (fault !== undefined) {
            if (await applyDelayAndDrop(fault, entry, request))
                return;
            if (fault.spec.status !== undefined) {
                const status = fault.spec.status;
                const headers = { ...fault.spec.headers };
                if (fault.spec.retryAfter !== undefined) {
                    headers['retry-after'] = String(fault.spec.retryAfter);
                }
                return this.answer(response, entry, {
                    status,
                    body: fault.spec.body ?? { error: external_node_http_.STATUS_CODES[status] ?? 'Error' },
                    headers,
                    reason: 'injected fault',
                });
            }
        }
        if (route.action === 'exchange') {
            entry.tokenKind = bearer === undefined ? undefined : 'jwt';
            return this.answer(response, entry, await this.exchange(route.packageName, bearer));
        }
        const check = bearer === undefined ? undefined : this.tokens.check(bearer);
        if (check !== undefined) {
            entry.tokenKind = check.state === 'valid' ? check.token.kind : check.state;
        }
        if (route.action === 'visibility') {
            // npm turns provenance on by itself when the registry says the package is public: the
            // sandbox says so only when it has a Sigstore stand-in to check the bundles against.
            if (this.options.sigstore !== undefined &&
                route.packageName !== undefined &&
                (await this.packageExists(route.packageName))) {
                return this.answer(response, entry, { status: 200, body: { public: true } });
            }
            return this.answer(response, entry, {
                status: 404,
                body: { error: NPM_ANSWERS.notFound },
                reason: 'the sandbox reports no visibility: provenance cannot be made offline',
            });
        }
        if (method === 'GET' && pathname === '/-/npm/v1/keys') {
            return this.answer(response, entry, { status: 200, body: this.signer.keys() });
        }
        const attestationsId = method === 'GET' ? attestationsIdOf(pathname) : undefined;
        if (attestationsId !== undefined) {
            const stored = this.attestations.get(attestationsId);
            return this.answer(response, entry, stored === undefined
                ? { status: 404, body: { error: NPM_ANSWERS.notFound }, reason: 'no attestations' }
                : { status: 200, body: { attestations: [stored] } });
        }
        const words = WRITE_ACTIONS[route.action];
        if (words === undefined) {
            // Reads, and writes Verdaccio refuses by itself (no user can log in or register):
            // forwarded without the caller's credentials, which are only noted.
            return this.proxy(request, response, entry, raw, undefined);
        }
        const refusal = this.authorizeWrite(entry, route.packageName, check, words);
        if (refusal !== undefined)
            return this.answer(response, entry, refusal);
        if (route.action !== 'publish') {
            return this.proxy(request, response, entry, raw, this.backend.authorization);
        }
        return this.publish(request, response, entry, raw, check);
    }
    /** A publish: its provenance checked (and taken out of the body), then Verdaccio stores it. */
    async publish(request, response, entry, raw, check) {
        const name = entry.packageName ?? '';
        const viaOidc = check?.state === 'valid' && check.token.kind === 'oidc';
        const sigstore = this.options.sigstore;
        const accepted = acceptProvenance(raw, {
            sigstore: sigstore === undefined
                ? undefined
                : { verify: (bundle) => sigstore.verify(bundle), issuerUrl: this.options.issuer.url },
            registryUrl: this.url,
            publisher: viaOidc ? this.publishers.get(name) : undefined,
        });
        if ('refusal' in accepted) {
            return this.answer(response, entry, {
                status: 422,
                body: { error: accepted.refusal },
                reason: 'provenance refused',
            });
        }
        const signed = this.signer.signPublish(accepted.body);
        await this.proxy(request, response, entry, signed, this.backend.authorization);
        const attestation = accepted.attestation;
        if (attestation !== undefined && (entry.status ?? 500) < 300) {
            this.attestations.set(attestation.id, {
                predicateType: attestation.predicateType,
                bundle: attestation.bundle,
            });
        }
    }
    /** npm's refusal of a write, or undefined when the bearer may do it. */
    authorizeWrite(entry, packageName, check, words) {
        if (check === undefined) {
            return { status: 401, body: { error: NPM_ANSWERS.loginRequired }, reason: 'no bearer token' };
        }
        if (check.state === 'unknown') {
            return {
                status: 404,
                body: { error: NPM_ANSWERS.notFound },
                reason: 'the token is not one the registry issued',
            };
        }
        if (check.state !== 'valid') {
            return {
                status: 404,
                body: { error: NPM_ANSWERS.notFound },
                headers: { 'npm-notice': NPM_ANSWERS.tokenExpiredNotice },
                reason: `the ${check.token.kind} token is ${check.state}`,
            };
        }
        if (check.token.kind === 'static')
            return undefined;
        if (entry.action !== 'publish') {
            return {
                status: 403,
                body: { error: NPM_ANSWERS.oidcPublishOnly(words) },
                reason: `${entry.action} with a trusted publishing token`,
            };
        }
        if (packageName !== check.token.packageName) {
            return {
                status: 404,
                body: { error: NPM_ANSWERS.notFound },
                reason: `the token was exchanged for ${check.token.packageName ?? '?'}, not ${packageName ?? '?'}`,
            };
        }
        return undefined;
    }
    /** `POST /-/npm/v1/oidc/token/exchange/package/<name>`, as npm's registry answers it. */
    async exchange(packageName, jwt) {
        const invalid = (reason) => ({
            status: 401,
            body: { message: NPM_ANSWERS.exchangeInvalidToken },
            reason,
        });
        if (jwt === undefined)
            return invalid('no bearer token');
        let payload;
        try {
            ;
            ({ payload } = await (0,verify/* jwtVerify */.V)(jwt, this.jwks, {
                issuer: this.options.issuer.url,
                audience: this.audience,
                algorithms: ['RS256'],
                currentDate: this.now(),
            }));
        }
        catch (error) {
            if (error instanceof errors/* JOSEError */.i4)
                return invalid(`${error.code}: ${error.message}`);
            throw error;
        }
        const notFound = {
            status: 404,
            body: { message: NPM_ANSWERS.exchangePackageNotFound },
        };
        if (packageName === undefined)
            return { ...notFound, reason: 'no package name in the path' };
        const publisher = this.publishers.get(packageName);
        if (publisher === undefined) {
            return { ...notFound, reason: `${packageName} has no trusted publisher` };
        }
        if (!(await this.packageExists(packageName))) {
            return {
                ...notFound,
                reason: `${packageName} does not exist yet: a first publish needs another token`,
            };
        }
        if (payload.runner_environment === 'self-hosted') {
            return {
                status: 422,
                body: { message: NPM_ANSWERS.exchangeSelfHosted },
                reason: 'runner_environment is self-hosted',
            };
        }
        const mismatch = mismatchOf(publisher, payload);
        if (mismatch !== undefined) {
            return {
                status: 403,
                body: { message: NPM_ANSWERS.exchangePermissionDenied },
                reason: describeMismatch(mismatch),
            };
        }
        return { status: 201, body: { token: this.tokens.issueForPackage(packageName) } };
    }
    async packageExists(packageName) {
        const escaped = packageName.replace('/', '%2f');
        const answer = await fetch(new URL(escaped, this.backend.url), {
            headers: { accept: 'application/vnd.npm.install-v1+json' },
        });
        await answer.arrayBuffer();
        return answer.ok;
    }
    /**
     * Forwards a call to Verdaccio with `authorization` in place of the caller's (reads go
     * without any). The Host header is kept so tarball URLs point at the front.
     */
    async proxy(request, response, entry, raw, authorization) {
        const headers = { ...request.headers };
        delete headers.authorization;
        delete headers.connection;
        delete headers['keep-alive'];
        if (authorization !== undefined)
            headers.authorization = authorization;
        headers['content-length'] = String(raw.length);
        delete headers['transfer-encoding'];
        const backend = new URL(this.backend.url);
        const answer = await new Promise((resolve, reject) => {
            const outgoing = (0,external_node_http_.request)({
                host: backend.hostname,
                port: backend.port,
                method: entry.method,
                path: entry.path,
                headers,
            }, (incoming) => {
                readBody(incoming).then((body) => resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body }), reject);
            });
            outgoing.on('error', reject);
            outgoing.end(raw);
        }).catch((error) => ({
            status: 502,
            headers: { 'content-type': 'application/json' },
            body: Buffer.from(JSON.stringify({
                error: `The sandbox's Verdaccio did not answer: ${error instanceof Error ? error.message : String(error)}`,
            })),
        }));
        // Verdaccio answers 409 to a publish over an existing version; npm answers 403.
        if (entry.action === 'publish' && answer.status === 409) {
            const version = publishedVersion(parseJson(raw)) ?? '?';
            return this.answer(response, entry, {
                status: 403,
                body: { error: NPM_ANSWERS.versionExists(version) },
                reason: `Verdaccio: ${answer.body.toString().slice(0, 200)}`,
            });
        }
        entry.status = answer.status;
        if (answer.status >= 400)
            entry.message = errorText(parseJson(answer.body));
        const outgoingHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) {
            if (value === undefined || ['connection', 'keep-alive', 'transfer-encoding'].includes(name)) {
                continue;
            }
            outgoingHeaders[name] = value;
        }
        outgoingHeaders['content-length'] = String(answer.body.length);
        response.writeHead(answer.status, outgoingHeaders);
        response.end(answer.body);
    }
    answer(response, entry, answer) {
        entry.status = answer.status;
        entry.reason = answer.reason;
        if (answer.status >= 400)
            entry.message = errorText(answer.body);
        server_send(response, answer.status, answer.body, answer.headers);
    }
}
function errorText(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const { error, message } = body;
    if (typeof error === 'string')
        return error;
    return typeof message === 'string' ? message : undefined;
}
function parseJson(raw) {
    if (raw.length === 0)
        return undefined;
    try {
        return JSON.parse(raw.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function server_send(response, status, body, headers = {}) {
    const text = JSON.stringify(body);
    response.writeHead(status, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text)),
        ...headers,
    });
    response.end(text);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/standalone.ts

/**
 * Starts an npm sandbox for a person or a CLI (`tokenless rehearse`) and prints how to point npm
 * at it. Returns the running sandbox; the caller stops it. Token texts are never printed.
 */
async function runNpmSandbox(options, print = (line) => process.stdout.write(`${line}\n`)) {
    const sandbox = await startNpmSandbox(options);
    print(`npm sandbox listening on ${sandbox.url} (Verdaccio at ${sandbox.backendUrl})`);
    print(`registry=${sandbox.url}`);
    print(`OIDC audience: ${sandbox.audience} (tokens from ${options.issuer.url})`);
    print(`token exchange: POST ${sandbox.url}-/npm/v1/oidc/token/exchange/package/<escaped name>`);
    for (const [name, publisher] of Object.entries(options.trustedPublishers ?? {})) {
        const environment = publisher.environment === undefined ? '' : `, environment ${publisher.environment}`;
        print(`trusted publisher: ${name} <- ${publisher.owner}/${publisher.repository} ` +
            `${publisher.workflow}${environment}`);
    }
    const statics = options.staticTokens?.length ?? 0;
    if (statics > 0)
        print(`static tokens: ${statics} registered (not shown)`);
    return sandbox;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/npm/index.ts







// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(33639);
;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/names.ts

/** PEP 503 normalisation: runs of `-`, `_`, `.` become one `-`, lowercased. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** Warehouse's PROJECT_NAME_RE (matched case-insensitively). */
const PROJECT_NAME_PATTERN = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** packaging's canonicalize_version: the normalised form without trailing `.0` release parts. */
function canonicalVersion(version) {
    const release = [...version.release];
    while (release.length > 1 && release.at(-1) === 0)
        release.pop();
    return (0,pep440/* formatPep440 */.J4)({ ...version, release });
}
/** Python's `repr()` of a str, as Warehouse's messages write names with `!r`. */
function pythonRepr(value) {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = '';
    for (const char of value) {
        const code = char.codePointAt(0) ?? 0;
        if (char === '\\')
            out += '\\\\';
        else if (char === quote)
            out += `\\${quote}`;
        else if (char === '\n')
            out += '\\n';
        else if (char === '\r')
            out += '\\r';
        else if (char === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else
            out += char;
    }
    return `${quote}${out}${quote}`;
}
/** Python's `repr()` of a list of str: `['a', 'b']`. */
function pythonListRepr(values) {
    return `[${values.map(pythonRepr).join(', ')}]`;
}
/**
 * packaging.utils.parse_wheel_filename, with its messages.
 * @throws Error with packaging's InvalidWheelFilename text.
 */
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl')) {
        throw new Error(`Invalid wheel filename (extension must be '.whl'): ${pythonRepr(filename)}`);
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        throw new Error(`Invalid wheel filename (wrong number of parts): ${pythonRepr(stem)}`);
    }
    const parts = stem.split('-');
    const rawName = parts[0] ?? '';
    if (rawName.includes('__') || !/^[\p{L}\p{N}_.]*$/u.test(rawName)) {
        throw new Error(`Invalid project name: ${pythonRepr(stem)}`);
    }
    const version = (0,pep440/* parsePep440 */.FB)(parts[1] ?? '');
    if (version === undefined) {
        throw new Error(`Invalid wheel filename (invalid version): ${pythonRepr(stem)}`);
    }
    if (dashes === 5 && !/^\d/.test(parts[2] ?? '')) {
        throw new Error(`Invalid build number: ${parts[2] ?? ''} in ${pythonRepr(stem)}`);
    }
    return {
        name: normalizeProjectName(rawName),
        rawName,
        version,
        platforms: (parts.at(-1) ?? '').split('.'),
    };
}
/** packaging.utils.parse_sdist_filename; undefined where packaging raises. */
function parseSdistFilename(filename) {
    const stem = filename.endsWith('.tar.gz')
        ? filename.slice(0, -7)
        : filename.endsWith('.zip')
            ? filename.slice(0, -4)
            : undefined;
    if (stem === undefined)
        return undefined;
    const dash = stem.lastIndexOf('-');
    if (dash === -1)
        return undefined;
    const version = (0,pep440/* parsePep440 */.FB)(stem.slice(dash + 1));
    if (version === undefined)
        return undefined;
    return { name: normalizeProjectName(stem.slice(0, dash)), version };
}
const ALLOWED_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2',
]);
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX_ARCHES = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64']);
/** Warehouse's `_valid_platform_tag`: PyPI refuses wheels for platforms it cannot vouch for. */
function isValidPlatformTag(tag) {
    if (ALLOWED_PLATFORMS.has(tag))
        return true;
    const mac = /^macosx_(\d+)_(\d+)_(.*)$/.exec(tag);
    if (mac !== null) {
        const [, major = '', minor = '', arch = ''] = mac;
        if (major === '10' && MACOSX_ARCHES.has(arch))
            return true;
        if (MACOSX_MAJORS.has(major) && minor === '0' && MACOSX_ARCHES.has(arch))
            return true;
    }
    const linux = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/.exec(tag);
    if (linux !== null) {
        const arch = linux[4] ?? '';
        return LINUX_ARCHES.has(arch) || (linux[1] === 'many' && arch === 'ppc64');
    }
    const ios = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/.exec(tag);
    if (ios !== null && ['arm64', 'x86_64'].includes(ios[3] ?? ''))
        return true;
    const android = /^android_(\d+)_(.*)$/.exec(tag);
    if (android !== null && ['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64'].includes(android[2] ?? ''))
        return true;
    return /^pyemscripten_\d+_\d+_wasm32/.test(tag);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/state.ts


function state_hashToken(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token).digest('hex');
}
/** The registry's state: projects, publishers, tokens, used JWT ids, the journal serial. */
class PypiState {
    now;
    projects = new Map();
    publishers = [];
    pendingPublishers = [];
    tokens = new Map();
    /** JWT ids already exchanged, with the time (seconds) until which they are remembered. */
    usedJtis = new Map();
    serial = 0;
    constructor(now) {
        this.now = now;
    }
    project(name) {
        return this.projects.get(normalizeProjectName(name));
    }
    createProject(name) {
        const project = {
            id: (0,external_node_crypto_.randomUUID)(),
            name,
            normalizedName: normalizeProjectName(name),
            created: this.now(),
            releases: [],
            lastSerial: 0,
        };
        this.projects.set(project.normalizedName, project);
        this.journal(project);
        return project;
    }
    /** Records a change to a project (Warehouse's JournalEntry): bumps the serial. */
    journal(project) {
        this.serial++;
        project.lastSerial = this.serial;
    }
    /** Every file of every project, to find a file name or digest anywhere on the index. */
    *allFiles() {
        for (const project of this.projects.values())
            for (const release of project.releases)
                yield* release.files;
    }
    snapshot(project) {
        return {
            name: project.name,
            normalizedName: project.normalizedName,
            releases: [...project.releases]
                .sort((a, b) => a.ordering - b.ordering)
                .map((release) => ({
                version: release.version,
                yanked: release.yanked,
                yankedReason: release.yankedReason,
                files: release.files.map((file) => ({
                    filename: file.filename,
                    packagetype: file.packagetype,
                    sha256: file.sha256,
                    size: file.size,
                })),
            })),
        };
    }
}
/** Checks a publisher as PyPI's "add a publisher" form would, and says what is wrong. */
function checkPublisherSpec(spec) {
    if (spec.owner === '' || spec.owner.includes('/')) {
        throw new Error(`A trusted publisher's owner is a GitHub user or organisation, got '${spec.owner}'.`);
    }
    if (spec.repository === '' || spec.repository.includes('/')) {
        throw new Error(`A trusted publisher's repository is the repository name without its owner, got '${spec.repository}'.`);
    }
    if (spec.workflow.includes('/') || !/\.(yml|yaml)$/.test(spec.workflow)) {
        throw new Error(`A trusted publisher's workflow is a file name ending in .yml or .yaml (release.yml), got '${spec.workflow}'.`);
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/admin.ts



/** Trusts a GitHub workflow to publish `project` (created empty when it does not exist). */
function trustPublisher(state, project, publisher) {
    checkPublisherSpec(publisher);
    const record = state.project(project) ?? state.createProject(project);
    const environment = (publisher.environment ?? '').toLowerCase();
    let existing = state.publishers.find((p) => p.owner === publisher.owner &&
        p.repositoryName === publisher.repository &&
        p.workflow === publisher.workflow &&
        p.environment === environment);
    if (existing === undefined) {
        existing = {
            id: (0,external_node_crypto_.randomUUID)(),
            owner: publisher.owner,
            ownerId: publisher.ownerId,
            repositoryName: publisher.repository,
            workflow: publisher.workflow,
            environment,
            projects: new Set(),
        };
        state.publishers.push(existing);
    }
    existing.projects.add(record);
}
/** A pending publisher: refused when the project already exists, as on PyPI. */
function trustPendingPublisher(state, project, publisher) {
    checkPublisherSpec(publisher);
    if (state.project(project) !== undefined) {
        throw new Error(`The project '${project}' already exists on the PyPI sandbox: add a trusted publisher to it with trustPublisher.`);
    }
    const environment = (publisher.environment ?? '').toLowerCase();
    const taken = state.pendingPublishers.find((p) => p.owner === publisher.owner &&
        p.repositoryName === publisher.repository &&
        p.workflow === publisher.workflow &&
        p.environment === environment);
    if (taken !== undefined) {
        throw new Error(`A pending publisher for ${publisher.owner}/${publisher.repository} ${publisher.workflow} is already registered for '${taken.projectName}'.`);
    }
    state.pendingPublishers.push({
        id: (0,external_node_crypto_.randomUUID)(),
        projectName: project,
        owner: publisher.owner,
        ownerId: publisher.ownerId,
        repositoryName: publisher.repository,
        workflow: publisher.workflow,
        environment,
    });
}
/** A classic API token (`pypi-...`); project-scoped with `projects`. */
function addApiToken(state, token, projects) {
    if (!token.startsWith('pypi-') || token.length === 'pypi-'.length) {
        throw new Error('A PyPI API token starts with `pypi-`: PyPI refuses any other text.');
    }
    state.tokens.set(state_hashToken(token), {
        kind: 'api-token',
        projects: projects?.map(normalizeProjectName),
    });
}
/** Yanks (with a reason) or un-yanks a release: PyPI has no API for it. */
function setYanked(state, project, version, yanked, reason = '') {
    const record = state.project(project);
    if (record === undefined)
        throw new Error(`The PyPI sandbox has no project '${project}'.`);
    const release = record.releases.find((r) => r.version === version || r.canonicalVersion === version);
    if (release === undefined) {
        const known = record.releases.map((r) => r.version).join(', ') || 'none';
        throw new Error(`The PyPI sandbox's project '${record.name}' has no release ${version} (releases: ${known}).`);
    }
    release.yanked = yanked;
    release.yankedReason = yanked ? reason : '';
    state.journal(record);
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js
var decode_jwt = __webpack_require__(77961);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_protected_header.js
var decode_protected_header = __webpack_require__(61196);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/key/import.js
var key_import = __webpack_require__(61187);
;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/trusted-publishers.ts

/** Warehouse's InvalidPublisherError: the claims fit no publisher; the message says why. */
class InvalidPublisherError extends Error {
}
/** Warehouse's ReusedTokenError: the JWT's `jti` was exchanged before. */
class ReusedTokenError extends Error {
}
/** Claims Warehouse requires of a GitHub token before it looks for a publisher. */
const REQUIRED_CLAIMS = [
    'repository',
    'repository_owner',
    'repository_owner_id',
    'job_workflow_ref',
    'jti',
    'event_name',
    'ref',
    'sha',
];
/** The workflow file name in a `job_workflow_ref` (`owner/repo/.github/workflows/<file>@ref`). */
function workflowFilename(jobWorkflowRef) {
    return /[^/]+\.(yml|yaml)(?=@)/.exec(jobWorkflowRef)?.[0];
}
function trusted_publishers_claim(claims, name) {
    const value = claims[name];
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/**
 * Finds the publisher for a verified token as Warehouse's GitHubPublisher does: every required
 * claim present, then a lookup by repository owner and name, owner id and the workflow file of
 * `job_workflow_ref`, preferring the publisher whose environment equals the token's, then one
 * without environment, and finally every claim check (`verify_claims`).
 * @throws InvalidPublisherError or ReusedTokenError with Warehouse's messages.
 */
function findPublisher(candidates, claims, isUsedJti) {
    for (const name of REQUIRED_CLAIMS) {
        if (claims[name] === undefined || claims[name] === null) {
            throw new InvalidPublisherError(`Missing claim ${pythonRepr(name)}`);
        }
    }
    const repository = trusted_publishers_claim(claims, 'repository') ?? '';
    const slash = repository.indexOf('/');
    const owner = repository.slice(0, slash);
    const repositoryName = repository.slice(slash + 1);
    const jobWorkflowRef = trusted_publishers_claim(claims, 'job_workflow_ref') ?? '';
    const filename = workflowFilename(jobWorkflowRef);
    if (filename === undefined) {
        // Sic: Warehouse's wording.
        throw new InvalidPublisherError('Could not job extract workflow filename from OIDC claims');
    }
    const ownerId = trusted_publishers_claim(claims, 'repository_owner_id');
    const matching = candidates.filter((p) => slash !== -1 &&
        p.repositoryName === repositoryName &&
        p.owner === owner &&
        (p.ownerId === undefined || p.ownerId === ownerId) &&
        p.workflow === filename);
    const environment = trusted_publishers_claim(claims, 'environment');
    const publisher = (environment ? matching.find((p) => p.environment === environment.toLowerCase()) : undefined) ??
        matching.find((p) => p.environment === '');
    if (publisher === undefined) {
        throw new InvalidPublisherError('Publisher with matching claims was not found');
    }
    verifyClaims(publisher, claims, isUsedJti);
    return publisher;
}
function verifyClaims(publisher, claims, isUsedJti) {
    const required = (name, ok) => {
        if (!ok)
            throw new InvalidPublisherError(`Check failed for required claim ${pythonRepr(name)}`);
    };
    const repository = trusted_publishers_claim(claims, 'repository') ?? '';
    required('repository', repository !== '' &&
        repository.toLowerCase() === `${publisher.owner}/${publisher.repositoryName}`.toLowerCase());
    required('repository_owner', trusted_publishers_claim(claims, 'repository_owner') === publisher.owner);
    required('repository_owner_id', publisher.ownerId === undefined || trusted_publishers_claim(claims, 'repository_owner_id') === publisher.ownerId);
    checkJobWorkflowRef(publisher, claims);
    if (isUsedJti(trusted_publishers_claim(claims, 'jti') ?? ''))
        throw new ReusedTokenError();
    if (trusted_publishers_claim(claims, 'event_name') === 'pull_request_target') {
        throw new InvalidPublisherError("Publishing from a workflow invoked via 'pull_request_target' is not supported.");
    }
    if (publisher.environment !== '') {
        const environment = trusted_publishers_claim(claims, 'environment');
        if (!environment || environment.toLowerCase() !== publisher.environment) {
            throw new InvalidPublisherError(`Check failed for optional claim ${pythonRepr('environment')}`);
        }
    }
}
/** `job_workflow_ref` must be this repository's workflow file at the token's `ref` or `sha`. */
function checkJobWorkflowRef(publisher, claims) {
    const signed = trusted_publishers_claim(claims, 'job_workflow_ref');
    if (!signed)
        throw new InvalidPublisherError('The job_workflow_ref claim is empty');
    const refs = [trusted_publishers_claim(claims, 'ref'), trusted_publishers_claim(claims, 'sha')].filter((value) => Boolean(value));
    if (refs.length === 0)
        throw new InvalidPublisherError('The ref and sha claims are empty');
    const base = `${publisher.owner}/${publisher.repositoryName}/.github/workflows/${publisher.workflow}`;
    const expected = [...new Set(refs.map((ref) => `${base}@${ref}`))].sort();
    if (!expected.includes(signed)) {
        throw new InvalidPublisherError(`The job_workflow_ref claim does not match, expecting one of ${pythonListRepr(expected)}, got ${pythonRepr(signed)}`);
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/oidc-exchange.ts





/** Minted tokens live 15 minutes (Warehouse: `expires_at = not_before + 900`). */
const MINTED_TOKEN_LIFETIME_SECONDS = 900;
/** PyJWT's leeway in Warehouse's verification, also added to how long a `jti` is remembered. */
const JWT_LEEWAY_SECONDS = 30;
/** The pydantic version Warehouse pins (its error texts link to its docs). */
const PYDANTIC_DOCS = 'https://errors.pydantic.dev/2.13/v';
/**
 * Warehouse's `POST /_/oidc/mint-token` (warehouse/oidc/views.py): verify a GitHub Actions JWT,
 * find its trusted publisher (a pending one first, which creates its project), refuse a reused
 * `jti`, and mint a 15-minute API token for the publisher's projects.
 */
class OidcExchange {
    state;
    options;
    keys = [];
    constructor(state, options) {
        this.state = state;
        this.options = options;
    }
    async mint(raw) {
        const payload = parseTokenPayload(raw);
        if (typeof payload !== 'string')
            return invalid([payload]);
        const token = payload;
        let issuer;
        try {
            issuer = (0,decode_jwt/* decodeJwt */.i)(token).iss;
        }
        catch {
            issuer = undefined;
        }
        if (typeof issuer !== 'string') {
            return invalid([{ code: 'invalid-payload', description: 'malformed JWT' }]);
        }
        if (issuer !== this.options.issuer.url) {
            return invalid([
                { code: 'invalid-payload', description: 'unknown trusted publishing issuer' },
            ]);
        }
        if (!this.options.trustedPublishingEnabled()) {
            return invalid([
                { code: 'not-enabled', description: 'github trusted publishing functionality not enabled' },
            ]);
        }
        const claims = await this.verify(token);
        if (claims === undefined) {
            return invalid([{ code: 'invalid-token', description: 'malformed or invalid token' }]);
        }
        return this.mintFor(claims);
    }
    mintFor(claims) {
        const isUsedJti = (jti) => this.isUsedJti(jti);
        // A pending publisher first: it creates its project and becomes a normal publisher.
        try {
            const pending = findPublisher(this.state.pendingPublishers, claims, isUsedJti);
            this.removePending(pending);
            if (this.state.project(pending.projectName) !== undefined) {
                return invalid([
                    {
                        code: 'invalid-pending-publisher',
                        description: 'valid token, but project already exists',
                    },
                ]);
            }
            this.reify(pending);
        }
        catch (error) {
            // Warehouse lets a ReusedTokenError from the pending lookup escape as a 500; the sandbox
            // answers as for a normal publisher.
            if (error instanceof ReusedTokenError)
                return reused();
            if (!(error instanceof InvalidPublisherError))
                throw error;
        }
        let publisher;
        try {
            publisher = findPublisher(this.state.publishers, claims, isUsedJti);
        }
        catch (error) {
            if (error instanceof ReusedTokenError)
                return reused();
            if (error instanceof InvalidPublisherError) {
                return invalid([
                    {
                        code: 'invalid-publisher',
                        description: `valid token, but no corresponding publisher (${error.message})`,
                    },
                ]);
            }
            throw error;
        }
        const now = Math.floor(this.state.now().getTime() / 1000);
        const jti = typeof claims.jti === 'string' ? claims.jti : undefined;
        if (jti) {
            if (this.isUsedJti(jti))
                return reused();
            this.state.usedJtis.set(jti, (claims.exp ?? now) + JWT_LEEWAY_SECONDS + 5);
        }
        const expires = now + MINTED_TOKEN_LIFETIME_SECONDS;
        const minted = `pypi-${macaroonLike(this.options.location)}`;
        this.state.tokens.set(state_hashToken(minted), {
            kind: 'oidc',
            publisher,
            projectIds: [...publisher.projects].map((project) => project.id),
            notBefore: now,
            expiresAt: expires,
        });
        return {
            status: 200,
            body: { success: true, token: minted, expires },
            errorCode: undefined,
            projects: [...publisher.projects].map((project) => project.name),
        };
    }
    isUsedJti(jti) {
        const until = this.state.usedJtis.get(jti);
        return until !== undefined && until > this.state.now().getTime() / 1000;
    }
    /** Signature, `iss`, `aud` (one audience, ours), `exp`/`nbf`/`iat` with 30 s leeway, RS256. */
    async verify(token) {
        try {
            const { kid, alg } = (0,decode_protected_header/* decodeProtectedHeader */._)(token);
            if (kid === undefined)
                return undefined;
            const jwk = await this.key(kid);
            if (jwk === undefined || alg !== 'RS256')
                return undefined;
            const currentDate = this.state.now();
            const { payload } = await (0,verify/* jwtVerify */.V)(token, await (0,key_import/* importJWK */.Og)(jwk, 'RS256'), {
                algorithms: ['RS256'],
                issuer: this.options.issuer.url,
                audience: this.options.audience,
                clockTolerance: JWT_LEEWAY_SECONDS,
                currentDate,
                requiredClaims: ['iss', 'iat', 'exp', 'aud'],
            });
            // PyJWT's strict_aud: a list of audiences is refused even when it holds ours.
            if (typeof payload.aud !== 'string')
                return undefined;
            // PyJWT refuses a token issued in the future (beyond the leeway).
            const now = currentDate.getTime() / 1000;
            if (typeof payload.iat !== 'number' || payload.iat > now + JWT_LEEWAY_SECONDS)
                return undefined;
            return payload;
        }
        catch {
            return undefined;
        }
    }
    /** The issuer's key for `kid`, fetching the JWKS again when the key is new to the sandbox. */
    async key(kid) {
        let found = this.keys.find((key) => key.kid === kid);
        if (found !== undefined)
            return found;
        const response = await fetch(this.options.issuer.jwksUrl);
        if (!response.ok)
            return undefined;
        const jwks = (await response.json());
        this.keys = jwks.keys ?? [];
        found = this.keys.find((key) => key.kid === kid);
        return found;
    }
    removePending(pending) {
        const index = this.state.pendingPublishers.indexOf(pending);
        if (index !== -1)
            this.state.pendingPublishers.splice(index, 1);
    }
    /** Creates the pending publisher's project and attaches a normal publisher (an existing one
     * with the same repository, workflow and environment, else a new one) to it. */
    reify(pending) {
        const project = this.state.createProject(pending.projectName);
        let publisher = this.state.publishers.find((p) => p.repositoryName === pending.repositoryName &&
            p.owner === pending.owner &&
            p.workflow === pending.workflow &&
            p.environment === pending.environment);
        if (publisher === undefined) {
            publisher = {
                id: (0,external_node_crypto_.randomUUID)(),
                owner: pending.owner,
                ownerId: pending.ownerId,
                repositoryName: pending.repositoryName,
                workflow: pending.workflow,
                environment: pending.environment,
                projects: new Set(),
            };
            this.state.publishers.push(publisher);
        }
        publisher.projects.add(project);
    }
}
function invalid(errors) {
    return {
        status: 422,
        body: { message: 'Token request failed', errors },
        errorCode: errors[0]?.code,
        projects: [],
    };
}
function reused() {
    return invalid([{ code: 'invalid-reuse-token', description: 'invalid token: already used' }]);
}
/**
 * Text shaped like a serialised v2 macaroon (PyPI tokens start `pypi-AgEIcHlwaS5vcmc` for
 * pypi.org): version, location, a random identifier and signature, URL-safe base64.
 */
function macaroonLike(location) {
    const identifier = Buffer.from((0,external_node_crypto_.randomUUID)().replace(/-/g, ''));
    const bytes = Buffer.concat([
        Buffer.from([0x02, 0x01, location.length]),
        Buffer.from(location),
        Buffer.from([0x02, identifier.length]),
        identifier,
        Buffer.from([0x00, 0x00, 0x06, 0x20]),
        (0,external_node_crypto_.randomBytes)(32),
    ]);
    return bytes.toString('base64url');
}
/**
 * The `token` of `{"token": "<JWT>"}`, or the `invalid-payload` error pydantic's
 * `TokenPayload.model_validate_json` gives (its `str(ValidationError)`).
 */
function parseTokenPayload(raw) {
    const text = raw.toString('utf8');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return pydanticError(undefined, `Invalid JSON: ${jsonSyntaxError(text)}`, 'json_invalid', pythonBytesRepr(raw), 'bytes');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return pydanticError(undefined, 'Input should be an object', 'model_type', pythonValueRepr(value), pythonType(value));
    }
    const token = value.token;
    if (token === undefined) {
        return pydanticError('token', 'Field required', 'missing', pythonValueRepr(value), 'dict');
    }
    if (typeof token !== 'string') {
        return pydanticError('token', 'Input should be a valid string', 'string_type', pythonValueRepr(token), pythonType(token));
    }
    return token;
}
function pydanticError(field, message, type, inputRepr, inputType) {
    const location = field === undefined ? '' : `${field}\n`;
    return {
        code: 'invalid-payload',
        description: `1 validation error for TokenPayload\n${location}  ${message} ` +
            `[type=${type}, input_value=${truncateRepr(inputRepr)}, input_type=${inputType}]\n` +
            `    For further information visit ${PYDANTIC_DOCS}/${type}`,
    };
}
/** pydantic shortens a long input repr to its first 25 and last 24 characters. */
function truncateRepr(text) {
    return text.length > 50 ? `${text.slice(0, 25)}...${text.slice(-24)}` : text;
}
/**
 * serde_json's wording (pydantic parses with it) for the usual ways a body is not JSON: nothing,
 * a body that does not start like JSON, one cut short, or one with more after its value. Other
 * syntax errors are reported as an unexpected value where the body ends.
 */
function jsonSyntaxError(text) {
    const position = (offset) => {
        const before = text.slice(0, offset).split('\n');
        return `line ${before.length} column ${before.at(-1)?.length ?? 0}`;
    };
    const start = text.search(/\S/);
    if (start !== -1 && !/[[{"\-0-9tfn]/.test(text[start] ?? '')) {
        return `expected value at ${position(start + 1)}`;
    }
    const scan = scanJson(text);
    if (scan.trailing !== undefined)
        return `trailing characters at ${position(scan.trailing + 1)}`;
    return `EOF while parsing ${scan.open ?? 'a value'} at ${position(text.length)}`;
}
/**
 * Where a JSON text goes wrong structurally: what it was in the middle of when it ended, or
 * where characters follow its complete top-level value.
 */
function scanJson(text) {
    const stack = [];
    let inString = false;
    let last = '';
    for (let i = 0; i < text.length; i++) {
        const char = text[i] ?? '';
        if (inString) {
            if (char === '\\')
                i++;
            else if (char === '"')
                inString = false;
            continue;
        }
        if (/\s/.test(char))
            continue;
        if (last === 'end')
            return { trailing: i };
        if (char === '"')
            inString = true;
        else if (char === '{' || char === '[')
            stack.push(char);
        else if (char === '}' || char === ']')
            stack.pop();
        last = stack.length === 0 && (char === '}' || char === ']') ? 'end' : char;
    }
    if (inString)
        return { open: 'a string' };
    // After `,` or `:` a value was due; otherwise the innermost container was.
    if (last === ',' || last === ':')
        return { open: 'a value' };
    const top = stack.at(-1);
    return { open: top === '{' ? 'an object' : top === '[' ? 'a list' : undefined };
}
function pythonType(value) {
    if (value === null)
        return 'NoneType';
    if (Array.isArray(value))
        return 'list';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'int' : 'float';
    if (typeof value === 'string')
        return 'str';
    return 'dict';
}
/** Python's repr of a value parsed from JSON. */
function pythonValueRepr(value) {
    if (value === null)
        return 'None';
    if (value === true)
        return 'True';
    if (value === false)
        return 'False';
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'string')
        return pythonRepr(value);
    if (Array.isArray(value))
        return `[${value.map(pythonValueRepr).join(', ')}]`;
    return `{${Object.entries(value)
        .map(([key, item]) => `${pythonRepr(key)}: ${pythonValueRepr(item)}`)
        .join(', ')}}`;
}
function pythonBytesRepr(raw) {
    const text = raw.toString('latin1');
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = '';
    for (const byte of raw) {
        const char = String.fromCharCode(byte);
        if (char === '\\')
            out += '\\\\';
        else if (char === quote)
            out += `\\${quote}`;
        else if (byte === 0x0a)
            out += '\\n';
        else if (byte === 0x0d)
            out += '\\r';
        else if (byte === 0x09)
            out += '\\t';
        else if (byte < 0x20 || byte >= 0x7f)
            out += `\\x${byte.toString(16).padStart(2, '0')}`;
        else
            out += char;
    }
    return `b${quote}${out}${quote}`;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/multipart.ts
/** A submitted form: every value of a field in order (fields repeat, e.g. `classifiers`). */
class PostedForm {
    fields = new Map();
    files = new Map();
    add(name, value) {
        const values = this.fields.get(name);
        if (values === undefined)
            this.fields.set(name, [value]);
        else
            values.push(value);
    }
    /** The first value, as WebOb's `request.POST.get`. */
    get(name) {
        return this.fields.get(name)?.[0];
    }
    getAll(name) {
        return this.fields.get(name) ?? [];
    }
    delete(name) {
        this.fields.delete(name);
    }
}
/*
 * The multipart parser stays hand-written rather than busboy 1.6 because busboy is stricter than the
 * parser Warehouse reads forms with (Python's cgi under WebOb): it fails the whole form
 * ("Malformed part header") when a part header holds a control character, where cgi keeps
 * `filename="acme\x01widget.whl"` and Warehouse answers "Cannot upload a file with non-printable
 * characters ...". With busboy, 1 of the 16 tests of pypi-upload.test.ts fails on that answer.
 */
/**
 * Parses a `multipart/form-data` or `application/x-www-form-urlencoded` body, as WebOb fills
 * `request.POST`. Undefined for any other content type or a body that does not parse.
 */
function parseForm(contentType, body) {
    const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
    if (type === 'application/x-www-form-urlencoded') {
        const form = new PostedForm();
        for (const [key, value] of new URLSearchParams(body.toString('utf8')))
            form.add(key, value);
        return form;
    }
    if (type !== 'multipart/form-data')
        return undefined;
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    const marker = boundary?.[1] ?? boundary?.[2];
    if (marker === undefined)
        return undefined;
    return parseMultipart(body, marker);
}
function parseMultipart(body, boundary) {
    const form = new PostedForm();
    const delimiter = Buffer.from(`--${boundary}`);
    let at = body.indexOf(delimiter);
    if (at === -1)
        return undefined;
    for (;;) {
        at += delimiter.length;
        // `--` after a delimiter closes the form.
        if (body.subarray(at, at + 2).toString('latin1') === '--')
            return form;
        if (body.subarray(at, at + 2).toString('latin1') !== '\r\n')
            return undefined;
        const headersEnd = body.indexOf('\r\n\r\n', at + 2);
        if (headersEnd === -1)
            return undefined;
        const headers = parseHeaders(body.subarray(at + 2, headersEnd).toString('utf8'));
        const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4);
        if (next === -1)
            return undefined;
        const data = body.subarray(headersEnd + 4, next);
        const disposition = headers.get('content-disposition') ?? '';
        const name = dispositionParameter(disposition, 'name');
        if (name !== undefined) {
            const filename = dispositionParameter(disposition, 'filename');
            if (filename !== undefined) {
                form.files.set(name, {
                    filename,
                    type: headers.get('content-type') ?? '',
                    data: Buffer.from(data),
                });
            }
            else
                form.add(name, data.toString('utf8'));
        }
        at = next + 2;
    }
}
function parseHeaders(text) {
    const headers = new Map();
    for (const line of text.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0)
            headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    return headers;
}
function dispositionParameter(disposition, parameter) {
    const pattern = new RegExp(`(?:^|;)\\s*${parameter}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i');
    const match = pattern.exec(disposition);
    if (match === null)
        return undefined;
    const quoted = match[1];
    // As Python's cgi.parse_header unquotes: only `\\` and `\"` are escapes.
    if (quoted !== undefined)
        return quoted.replace(/\\\\/g, '\\').replace(/\\"/g, '"');
    return (match[2] ?? '').trim();
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/warehouse-errors.ts

/**
 * An error answer as Warehouse's upload endpoint gives it: the message is also the HTTP reason
 * phrase (`400 File already exists ...`), which is where twine reads it from.
 */
class WarehouseError extends Error {
    status;
    headers;
    constructor(status, message, headers = {}) {
        super(message);
        this.status = status;
        this.headers = headers;
        this.name = 'WarehouseError';
    }
}
/** Pyramid's explanation line for each status, part of its default error body. */
const EXPLANATIONS = {
    400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
    403: 'Access was denied to this resource.',
    404: 'The resource could not be found.',
    410: 'This resource is no longer available.  No forwarding address is given.',
    308: 'The resource has been moved to',
};
/**
 * The reason phrase Warehouse sends: the message encoded to ISO-8859-1 with `?` for what does not
 * fit. Control characters (never in Warehouse's messages) also become `?`, as Node requires.
 */
function reasonPhrase(message) {
    let out = '';
    for (const char of message) {
        const code = char.codePointAt(0) ?? 0;
        out += code > 0xff || code < 0x20 || code === 0x7f ? '?' : char;
    }
    return out;
}
/**
 * Pyramid's default rendering of an HTTPException carrying `detail`, chosen by the Accept header
 * as Pyramid does: HTML for `*\/*` (what twine sends) and browsers, JSON when asked for, plain
 * text otherwise.
 */
function renderWarehouseError(status, message, accept) {
    const reason = reasonPhrase(message);
    const statusLine = `${status} ${reason}`;
    const explanation = EXPLANATIONS[status] ?? '';
    const kind = preferredErrorType(accept);
    if (kind === 'html') {
        const inner = `${escapeHtml(explanation)}<br/><br/>\n${escapeHtml(message)}\n\n`;
        return {
            status,
            reason,
            contentType: 'text/html; charset=UTF-8',
            body: `<html>\n <head>\n  <title>${statusLine}</title>\n </head>\n <body>\n  <h1>${statusLine}</h1>\n  ${inner}\n </body>\n</html>`,
        };
    }
    const inner = `${explanation}\n\n\n${message}\n\n`;
    if (kind === 'json') {
        return {
            status,
            reason,
            contentType: 'application/json',
            body: JSON.stringify({ message: inner, code: statusLine, title: external_node_http_.STATUS_CODES[status] ?? '' }),
        };
    }
    return {
        status,
        reason,
        contentType: 'text/plain; charset=UTF-8',
        body: `${statusLine}\n\n${inner}`,
    };
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#x27;');
}
function preferredErrorType(accept) {
    const offers = acceptableOffers(accept, ['text/html', 'application/json']);
    if (accept === undefined || accept.trim() === '')
        return 'html';
    if (offers[0] === 'text/html')
        return 'html';
    if (offers[0] === 'application/json')
        return 'json';
    return 'text';
}
/**
 * WebOb's `acceptable_offers`: the offers the Accept header allows, best quality first, ties in
 * the order offered. Every offer when there is no header.
 */
function acceptableOffers(accept, offers) {
    if (accept === undefined || accept.trim() === '')
        return [...offers];
    const ranges = accept.split(',').flatMap((part) => {
        const [range = '', ...params] = part.split(';').map((piece) => piece.trim());
        if (range === '')
            return [];
        let q = 1;
        for (const param of params) {
            const match = /^q=([0-9.]+)$/i.exec(param);
            if (match !== null)
                q = Number(match[1]);
        }
        return [{ range: range.toLowerCase(), q }];
    });
    const scored = offers.flatMap((offer, index) => {
        const [type] = offer.split('/');
        // The most specific matching range decides the offer's quality.
        let best;
        for (const { range, q } of ranges) {
            const [rangeType, rangeSubtype] = range.split('/');
            const specificity = range === offer
                ? 3
                : rangeType === type && rangeSubtype === '*'
                    ? 2
                    : range === '*/*'
                        ? 1
                        : 0;
            if (specificity > 0 && (best === undefined || specificity > best.specificity))
                best = { specificity, q };
        }
        return best === undefined || best.q <= 0 ? [] : [{ offer, q: best.q, index }];
    });
    return scored.sort((a, b) => b.q - a.q || a.index - b.index).map(({ offer }) => offer);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/read-api.ts



/** The Simple API version Warehouse serves (warehouse/packaging/utils.py). */
const SIMPLE_API_VERSION = '1.4';
const MIME_HTML = 'text/html';
const MIME_SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html';
const MIME_SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
const CORS_HEADERS = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since',
    'access-control-allow-methods': 'GET',
    'access-control-max-age': '86400',
    'access-control-expose-headers': 'X-PyPI-Last-Serial',
};
/** Warehouse's answer for a missing JSON document. */
function jsonNotFound() {
    return {
        status: 404,
        headers: { 'content-type': 'application/json; charset=utf-8', ...CORS_HEADERS },
        body: '{"message": "Not Found"}',
    };
}
function redirect(location) {
    return {
        status: 301,
        headers: { location, 'content-type': 'text/html; charset=UTF-8', ...CORS_HEADERS },
        body: '',
    };
}
/** The release the project page shows: not yanked, not a pre-release, highest version. */
function latestRelease(project) {
    return [...project.releases].sort((a, b) => Number(a.yanked) - Number(b.yanked) ||
        Number((0,pep440/* isPep440Prerelease */.cB)(a.parsed)) - Number((0,pep440/* isPep440Prerelease */.cB)(b.parsed)) ||
        b.ordering - a.ordering)[0];
}
/**
 * `GET /pypi/<name>/json` and `/pypi/<name>/<version>/json` (warehouse/legacy/api/json.py): a
 * name that is not normalised redirects; a project without releases is not found.
 */
function jsonApi(state, urls, name, version) {
    const project = state.project(name);
    if (project === undefined)
        return jsonNotFound();
    let release;
    if (version === undefined)
        release = latestRelease(project);
    else {
        const wanted = normalizeVersionForLookup(version);
        release = project.releases.find((r) => wanted !== undefined && r.canonicalVersion === wanted);
    }
    if (release === undefined)
        return jsonNotFound();
    if (project.normalizedName !== name) {
        const suffix = version === undefined ? 'json' : `${version}/json`;
        return redirect(`/pypi/${project.normalizedName}/${suffix}`);
    }
    const releases = {};
    for (const r of [...project.releases].sort((a, b) => b.ordering - a.ordering)) {
        releases[r.version] = [...r.files]
            .sort((a, b) => (a.filename < b.filename ? -1 : 1))
            .map((file) => jsonFile(urls, r, file));
    }
    const meta = release.metadata;
    const info = {
        name: project.name,
        version: release.version,
        summary: meta.summary,
        description_content_type: meta.descriptionContentType,
        description: meta.description,
        keywords: meta.keywords,
        license: meta.license,
        license_expression: meta.licenseExpression,
        license_files: meta.licenseFiles,
        classifiers: meta.classifiers,
        author: meta.author,
        author_email: meta.authorEmail,
        maintainer: meta.maintainer,
        maintainer_email: meta.maintainerEmail,
        requires_python: meta.requiresPython,
        platform: meta.platform,
        downloads: { last_day: -1, last_week: -1, last_month: -1 },
        package_url: `${urls.url}/project/${project.name}/`,
        project_url: `${urls.url}/project/${project.name}/`,
        project_urls: releaseUrls(release),
        release_url: `${urls.url}/project/${project.name}/${release.version}/`,
        requires_dist: meta.requiresDist,
        provides_extra: meta.providesExtra,
        docs_url: null,
        bugtrack_url: null,
        home_page: meta.homePage,
        download_url: meta.downloadUrl,
        yanked: release.yanked,
        yanked_reason: release.yankedReason || null,
        dynamic: meta.dynamic,
    };
    const body = {
        info,
        last_serial: project.lastSerial,
        ...(version === undefined ? { releases } : {}),
        urls: releases[release.version] ?? [],
        vulnerabilities: [],
        ownership: { roles: [{ role: 'Owner', user: 'sandbox-user' }], organization: null },
    };
    return {
        status: 200,
        headers: {
            'content-type': 'application/json',
            'x-pypi-last-serial': String(project.lastSerial),
            ...CORS_HEADERS,
        },
        // Warehouse's `json-with-newline` renderer.
        body: `${JSON.stringify(body)}\n`,
    };
}
/** Warehouse looks a version up by packaging's canonical form; an invalid one finds nothing. */
function normalizeVersionForLookup(version) {
    const parsed = (0,pep440/* parsePep440 */.FB)(version);
    return parsed === undefined ? undefined : canonicalVersion(parsed);
}
function releaseUrls(release) {
    const urls = {};
    const meta = release.metadata;
    if (meta.homePage)
        urls.Homepage = meta.homePage;
    if (meta.downloadUrl)
        urls.Download = meta.downloadUrl;
    for (const [label, url] of Object.entries(meta.projectUrls ?? {})) {
        const normalized = label.replace(/[\s!-/:-@[-`{-~]/g, '').toLowerCase();
        if (normalized === 'homepage' && url === urls.Homepage)
            continue;
        if (normalized === 'downloadurl' && url === urls.Download)
            continue;
        urls[label] = url;
    }
    return Object.keys(urls).length === 0 ? null : urls;
}
function jsonFile(urls, release, file) {
    return {
        filename: file.filename,
        packagetype: file.packagetype,
        python_version: file.pythonVersion,
        has_sig: false,
        comment_text: file.comment,
        md5_digest: file.md5,
        digests: { md5: file.md5, sha256: file.sha256, blake2b_256: file.blake2_256 },
        'core-metadata': file.metadataSha256 === undefined ? false : { sha256: file.metadataSha256 },
        size: file.size,
        downloads: -1,
        upload_time: read_api_isoSeconds(file.uploadTime),
        upload_time_iso_8601: `${isoMicroseconds(file.uploadTime)}Z`,
        url: urls.fileUrl(file),
        requires_python: release.metadata.requiresPython || null,
        yanked: release.yanked,
        yanked_reason: release.yankedReason || null,
    };
}
/** `%Y-%m-%dT%H:%M:%S` in UTC. */
function read_api_isoSeconds(date) {
    return date.toISOString().slice(0, 19);
}
/** Python's `datetime.isoformat()` of a naive UTC time: microseconds, no zone. */
function isoMicroseconds(date) {
    return `${date.toISOString().slice(0, 23)}000`;
}
function selectSimpleType(accept) {
    return acceptableOffers(accept, [MIME_HTML, MIME_SIMPLE_HTML, MIME_SIMPLE_JSON])[0] ?? MIME_HTML;
}
/** `GET /simple/`: every project (PEP 503 HTML or PEP 691 JSON by the Accept header). */
function simpleIndex(state, accept) {
    const type = selectSimpleType(accept);
    const projects = [...state.projects.values()].sort((a, b) => a.normalizedName < b.normalizedName ? -1 : 1);
    const headers = {
        'content-type': type,
        vary: 'Accept',
        'x-pypi-last-serial': String(state.serial),
        ...CORS_HEADERS,
    };
    if (type === MIME_SIMPLE_JSON) {
        const body = {
            meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': state.serial },
            projects: projects.map((p) => ({ name: p.name, '_last-serial': p.lastSerial })),
        };
        return { status: 200, headers, body: `${JSON.stringify(body)}\n` };
    }
    const links = projects
        .map((p) => `    <a href="/simple/${p.normalizedName}/">${read_api_escape(p.name)}</a>\n`)
        .join('');
    const body = '<!DOCTYPE html>\n<html lang="en">\n  <head>\n' +
        `    <meta name="pypi:repository-version" content="${SIMPLE_API_VERSION}">\n` +
        '    <title>Simple index</title>\n  </head>\n  <body>\n' +
        links +
        '  </body>\n</html>';
    return { status: 200, headers, body };
}
/** `GET /simple/<name>/`: a project's files with sha256, requires-python, yanked, metadata. */
function simpleDetail(state, urls, name, accept) {
    const project = state.project(name);
    if (project === undefined) {
        return {
            status: 404,
            headers: { 'content-type': 'text/plain; charset=UTF-8' },
            body: '404 Not Found',
        };
    }
    if (project.normalizedName !== name)
        return redirect(`/simple/${project.normalizedName}/`);
    const type = selectSimpleType(accept);
    const files = project.releases
        .flatMap((release) => release.files.map((file) => ({ release, file })))
        .sort((a, b) => a.release.ordering - b.release.ordering || (a.file.filename < b.file.filename ? -1 : 1));
    const versions = [...project.releases]
        .filter((release) => release.files.length > 0)
        .sort((a, b) => a.ordering - b.ordering)
        .map((release) => release.version);
    const headers = {
        'content-type': type,
        vary: 'Accept',
        'x-pypi-last-serial': String(project.lastSerial),
        ...CORS_HEADERS,
    };
    const entries = files.map(({ release, file }) => ({
        filename: file.filename,
        url: urls.fileUrl(file),
        hashes: { sha256: file.sha256 },
        'requires-python': release.metadata.requiresPython || null,
        size: file.size,
        'upload-time': `${isoMicroseconds(file.uploadTime)}Z`,
        yanked: release.yanked && release.yankedReason ? release.yankedReason : release.yanked,
        'data-dist-info-metadata': file.metadataSha256 === undefined ? false : { sha256: file.metadataSha256 },
        'core-metadata': file.metadataSha256 === undefined ? false : { sha256: file.metadataSha256 },
        provenance: null,
    }));
    if (type === MIME_SIMPLE_JSON) {
        const body = {
            meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': project.lastSerial },
            name: project.normalizedName,
            'project-status': { status: 'active' },
            versions,
            files: entries,
        };
        return { status: 200, headers, body: `${JSON.stringify(body)}\n` };
    }
    const links = entries
        .map((entry) => {
        let attributes = '';
        if (entry['requires-python'] !== null)
            attributes += `data-requires-python="${read_api_escape(entry['requires-python'])}" `;
        if (entry.yanked !== false)
            attributes += `data-yanked="${typeof entry.yanked === 'string' ? read_api_escape(entry.yanked) : ''}" `;
        const metadata = entry['core-metadata'];
        if (typeof metadata === 'object') {
            const sha = metadata.sha256;
            attributes += `data-dist-info-metadata="sha256=${sha}" data-core-metadata="sha256=${sha}"`;
        }
        return `    <a href="${entry.url}#sha256=${entry.hashes.sha256}" ${attributes}>${read_api_escape(entry.filename)}</a><br />\n`;
    })
        .join('');
    const body = '<!DOCTYPE html>\n<html lang="en">\n  <head>\n' +
        `    <meta name="pypi:repository-version" content="${SIMPLE_API_VERSION}">\n` +
        '    <meta name="pypi:project-status" content="active">\n' +
        `    <title>Links for ${read_api_escape(project.normalizedName)}</title>\n  </head>\n  <body>\n` +
        `    <h1>Links for ${read_api_escape(project.normalizedName)}</h1>\n` +
        links +
        '  </body>\n</html>\n' +
        `<!--SERIAL ${project.lastSerial}-->`;
    return { status: 200, headers, body };
}
/** Jinja's autoescape. */
function read_api_escape(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&#34;')
        .replace(/'/g, '&#39;');
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/attestations.ts

/** The predicate type of PyPI's publish attestation. */
const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The Sigstore bundle an attestation stands for (what pypi-attestations verifies). */
function attestationToBundle(attestation) {
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {
            certificate: { rawBytes: attestation.verification_material.certificate },
            tlogEntries: attestation.verification_material.transparency_entries,
        },
        dsseEnvelope: {
            payload: attestation.envelope.statement,
            payloadType: 'application/vnd.in-toto+json',
            signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
        },
    };
}
function isAttestation(value) {
    const candidate = value;
    return (typeof candidate === 'object' &&
        candidate !== null &&
        candidate.version === 1 &&
        typeof candidate.verification_material?.certificate === 'string' &&
        Array.isArray(candidate.verification_material.transparency_entries) &&
        typeof candidate.envelope?.statement === 'string' &&
        typeof candidate.envelope.signature === 'string');
}
/** pypi-attestations' check of the statement's one subject against the uploaded file. */
function checkSubject(verified, filename, sha256) {
    const subjects = verified.statement.subject ?? [];
    if (subjects.length !== 1) {
        throw new Error('too many subjects in statement (must be exactly one)');
    }
    const subject = subjects[0];
    if (!subject?.name)
        throw new Error('invalid subject: missing name');
    if (subject.name !== filename) {
        throw new Error(`subject does not match distribution name: ${subject.name} != ${filename}`);
    }
    if (subject.digest?.sha256 !== sha256) {
        throw new Error('subject does not match distribution digest');
    }
}
/** The Trusted Publisher identity (Warehouse's `attestation_identity` for GitHub) checked. */
function checkIdentity(verified, publisher, issuer) {
    const repository = `${publisher.owner}/${publisher.repositoryName}`;
    const buildConfig = verified.extensions.buildConfigUri ?? '';
    const expected = `https://github.com/${repository}/.github/workflows/${publisher.workflow}@`;
    if (verified.issuer !== issuer) {
        throw new Error(`Verification failed: Certificate's OIDC issuer (${verified.issuer ?? ''}) does not match`);
    }
    if (!buildConfig.startsWith(expected)) {
        throw new Error(`Verification failed: Certificate's Build Config URI (${buildConfig}) does not match expected Trusted Publisher (${publisher.workflow} @ ${repository})`);
    }
}
/**
 * Warehouse's handling of an upload's `attestations` field (IntegrityService.parse_attestations):
 * only with a trusted publishing token; a JSON list of one or two PEP 740 attestations, each
 * verified against Sigstore's trust root, the identity of the publisher that minted the token and
 * the file; refusals worded as Warehouse words them. Returns the provenance Warehouse stores.
 * @throws WarehouseError 400 `Invalid attestations supplied during upload: ...`.
 */
function checkAttestations(field, context) {
    const refuse = (reason) => {
        throw new WarehouseError(400, `Invalid attestations supplied during upload: ${reason}`);
    };
    const { token } = context;
    if (token.kind !== 'oidc')
        return refuse('Attestations are only supported when using Trusted Publishing');
    let attestations;
    try {
        attestations = JSON.parse(field);
    }
    catch (error) {
        return refuse(`Malformed attestations: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!Array.isArray(attestations) || !attestations.every(isAttestation)) {
        return refuse('Malformed attestations: not a list of attestation objects');
    }
    if (attestations.length === 0) {
        return refuse('Malformed attestations: an empty attestation set is not permitted');
    }
    if (attestations.length > 2)
        return refuse('A maximum of 2 attestations per file are supported');
    const verify = context.verify;
    if (verify === undefined)
        return refuse('this sandbox index was started without a Sigstore stand-in');
    const seen = new Set();
    for (const attestation of attestations) {
        let verified;
        try {
            verified = verify(attestationToBundle(attestation));
            checkIdentity(verified, token.publisher, context.issuer);
            checkSubject(verified, context.filename, context.sha256);
        }
        catch (error) {
            return refuse(`Could not verify the uploaded artifact using the included attestation: ${error instanceof Error ? error.message : String(error)}`);
        }
        const predicateType = verified.statement.predicateType ?? '';
        if (predicateType !== PYPI_PUBLISH_V1 && predicateType !== SLSA_PROVENANCE_V1) {
            return refuse(`Attestation with unsupported predicate type: ${predicateType}`);
        }
        if (seen.has(predicateType)) {
            return refuse(`Multiple attestations for the same file with the same predicate type (${predicateType}) are not supported`);
        }
        seen.add(predicateType);
    }
    const publisher = token.publisher;
    return {
        version: 1,
        attestation_bundles: [
            {
                publisher: {
                    kind: 'GitHub',
                    repository: `${publisher.owner}/${publisher.repositoryName}`,
                    workflow: publisher.workflow,
                    environment: publisher.environment || null,
                },
                attestations,
            },
        ],
    };
}

// EXTERNAL MODULE: ./packages/versioning/src/pep440-order.ts
var pep440_order = __webpack_require__(44818);
// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __webpack_require__(90712);
;// CONCATENATED MODULE: ./packages/artifacts/src/artifact-error.ts

/** A package file (npm tarball, wheel, sdist) that is not safe or not valid to publish: the message says what was found, where, and the fix. */
class artifact_error_ArtifactError extends configuration_error/* ConfigurationError */.j1 {
    name = 'ArtifactError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/artifacts/src/archive-checks.ts

/** An entry name as an extractor places it: `./`, empty and `.` parts dropped. */
function archive_checks_normaliseEntryName(name) {
    return name
        .split('/')
        .filter((part) => part !== '' && part !== '.')
        .join('/');
}
/**
 * Refuses an archive that a registry's readers could read otherwise than this one: the same
 * entry twice (extractors keep the last copy, this reader the first), absolute paths and `..`
 * (written outside the package), links and special files, and, in a zip, a local header whose
 * name is not the central directory's. `strip` drops leading path parts before comparing names,
 * as npm extracts a package tarball (`strip: 1`: `package/x` and `other/x` are the same file).
 */
function archive_checks_refuseUnsafeMembers(archive, members, options) {
    const seen = new Set();
    const rebuild = `Rebuild it with ${options.maker} and publish what that makes.`;
    for (const member of members) {
        const shown = JSON.stringify(member.name);
        if (member.name.startsWith('/') ||
            /^[A-Za-z]:/.test(member.name) ||
            member.name.split(/[/\\]/).includes('..')) {
            throw new artifact_error_ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds the entry ${shown}, an absolute path or one with "..", which would be written outside the package when unpacked. ${rebuild}`, { input: 'packages' });
        }
        if (member.type !== 'file' && member.type !== 'directory') {
            throw new artifact_error_ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds the entry ${shown}, which is a ${member.type === 'special' ? 'device, FIFO or other special file' : member.type}: a package carries regular files only. ${rebuild}`, { input: 'packages' });
        }
        if (member.localName !== undefined && member.localName !== member.name) {
            throw new artifact_error_ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} names an entry ${shown} in its central directory and ${JSON.stringify(member.localName)} in the entry itself: readers would disagree on what it holds. ${rebuild}`, { input: 'packages' });
        }
        if (member.type === 'directory')
            continue;
        const key = archive_checks_normaliseEntryName(member.name)
            .split('/')
            .slice(options.strip ?? 0)
            .join('/');
        if (key === '')
            continue;
        if (seen.has(key)) {
            throw new artifact_error_ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds ${JSON.stringify(key)} twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. ${rebuild}`, { input: 'packages' });
        }
        seen.add(key);
    }
}

// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(38321);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./packages/artifacts/src/archive-members.ts





/**
 * The members of a ZIP file (ZIP64 included) from its central directory, or undefined when `data`
 * is not one (as Python's `zipfile` fails to open it).
 */
async function zipMembers(data) {
    try {
        // Names are decoded here, not by yauzl, which would refuse `..` and absolute names as a
        // broken archive: the checks refuse them with what to do.
        const zip = await yauzl.fromBufferPromise(data, { decodeStrings: false });
        const members = [];
        for await (const entry of zip.eachEntry())
            members.push(await zipMember(zip, entry));
        return members;
    }
    catch {
        return undefined;
    }
}
async function zipMember(zip, entry) {
    // As Python's zipfile: UTF-8 when the entry's flag says so, else CP437; no other field consulted.
    const decode = (raw) => yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], true);
    const name = decode(entry.fileNameRaw);
    const local = await zip.readLocalFileHeaderPromise(entry).catch(() => undefined);
    // Unix "made by" (3) keeps the mode in the high 16 bits of the external attributes.
    const mode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
    const format = mode & 0o170000;
    return {
        name,
        method: entry.compressionMethod,
        type: format === 0o120000
            ? 'symlink'
            : format !== 0 && format !== 0o100000 && format !== 0o040000
                ? 'special'
                : name.endsWith('/')
                    ? 'directory'
                    : 'file',
        ...(local === undefined ? {} : { localName: decode(local.fileName) }),
        read: async () => (0,consumers_.buffer)(await zip.openReadStreamPromise(entry)),
    };
}
/**
 * The members of a gzip-compressed tar file, or undefined when `data` is not one (as
 * `tarfile.open(mode="r:gz")` fails). ustar prefixes, pax headers and GNU long names are
 * tar-stream's.
 */
async function archive_members_tarGzMembers(data) {
    let tar;
    try {
        tar = await (0,external_node_util_.promisify)(external_node_zlib_.gunzip)(data);
    }
    catch {
        return undefined;
    }
    // Python's tarfile reads pre-POSIX (v7) archives too (an option tar-stream's types leave out).
    const options = {
        allowUnknownFormat: true,
    };
    const entries = (0,tar_stream.extract)(options);
    entries.end(tar);
    const members = [];
    try {
        for await (const entry of entries) {
            const content = await (0,consumers_.buffer)(entry);
            // tarfile drops the trailing slash of directory names.
            const name = entry.header.name.replace(/\/+$/, '');
            members.push({
                name,
                type: tarEntryType(entry.header.type),
                read: () => Promise.resolve(content),
            });
        }
    }
    catch {
        return undefined;
    }
    return members;
}
/** tar-stream's type of an entry; null for a type flag it does not know. */
function tarEntryType(type) {
    if (type === 'file' || type === 'contiguous-file')
        return 'file';
    if (type === 'directory')
        return 'directory';
    if (type === 'link')
        return 'hardlink';
    if (type === 'symlink')
        return 'symlink';
    return 'special';
}

;// CONCATENATED MODULE: ./packages/artifacts/src/package-metadata.ts







/** Parses the email-header format of Python core metadata. */
function parseCoreMetadata(text) {
    const fields = new Map();
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    let index = 0;
    let last;
    for (; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last !== undefined) {
            const values = fields.get(last) ?? [];
            values[values.length - 1] = `${values.at(-1) ?? ''}\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon === -1)
            continue;
        last = line.slice(0, colon).trim();
        fields.set(last, [...(fields.get(last) ?? []), line.slice(colon + 1).trim()]);
    }
    return { fields, description: lines.slice(index + 1).join('\n') };
}
function digest(algorithm, data) {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex');
}
/** Control characters shown as `?`: names and versions come from the archive. */
function printable(text) {
    return [...text].map((char) => (char < ' ' || char === '\x7f' ? '?' : char)).join('');
}
/** PEP 503 name normalisation (`Demo_Pkg` -> `demo-pkg`). */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function sameVersion(a, b) {
    const left = (0,pep440/* parsePep440 */.FB)(a);
    const right = (0,pep440/* parsePep440 */.FB)(b);
    return left !== undefined && right !== undefined ? (0,pep440_order/* comparePep440 */.P)(left, right) === 0 : a === b;
}
const PYTHON_MAKER = 'python -m build';
/** The one metadata file of a distribution: `*.dist-info/METADATA` or `<top>/PKG-INFO`. */
function metadataMember(filename, members, pattern, what) {
    const found = members.filter((member) => pattern.test(archive_checks_normaliseEntryName(member.name)));
    if (found.length === 0) {
        throw new artifact_error_ArtifactError('TL_DIST_METADATA', `${filename} has no ${what}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    if (found.length > 1) {
        throw new artifact_error_ArtifactError('TL_DIST_METADATA', `${filename} holds ${found.length} metadata files (${found.map((member) => JSON.stringify(member.name)).join(', ')}): PyPI and installers could each read another. Rebuild it with python -m build.`, { input: 'packages' });
    }
    return found[0];
}
/** The archive's members, refused when a registry could read them otherwise. */
async function distributionMembers(filename, data, wheel) {
    const members = await (wheel ? zipMembers(data) : archive_members_tarGzMembers(data));
    if (members === undefined) {
        throw new artifact_error_ArtifactError('TL_DIST_FORMAT', `${filename} is not a ${wheel ? 'zip archive' : 'gzipped tar archive'}, so it is not a valid ${wheel ? 'wheel' : 'sdist'}. Rebuild it with python -m build.`, { input: 'packages' });
    }
    archive_checks_refuseUnsafeMembers(filename, members, { maker: PYTHON_MAKER });
    return members;
}
/**
 * The name and version the file name claims (`demo_pkg-1.2.0-py3-none-any.whl`,
 * `demo_pkg-1.2.0.tar.gz`), which PyPI checks against the metadata.
 */
function nameFromFilename(filename, wheel) {
    if (wheel) {
        const [name = '', version = ''] = filename.replace(/\.whl$/, '').split('-');
        return { name, version };
    }
    const stem = filename.replace(/\.tar\.gz$/, '');
    const dash = stem.lastIndexOf('-');
    return { name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
/** A wheel or sdist, read with its core metadata and digests, for the legacy upload API. */
async function readPythonDistribution(path) {
    const filename = (0,external_node_path_.basename)(path);
    const wheel = filename.endsWith('.whl');
    if (!wheel && !filename.endsWith('.tar.gz')) {
        throw new artifact_error_ArtifactError('TL_DIST_FORMAT', `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.`, { input: 'packages' });
    }
    const data = await (0,promises_.readFile)(path);
    const members = await distributionMembers(filename, data, wheel);
    const member = wheel
        ? metadataMember(filename, members, /^[^/]+\.dist-info\/METADATA$/, '*.dist-info/METADATA')
        : metadataMember(filename, members, /^[^/]+\/PKG-INFO$/, 'PKG-INFO');
    const metadata = parseCoreMetadata((await member.read()).toString('utf8'));
    const name = metadata.fields.get('Name')?.[0];
    const version = metadata.fields.get('Version')?.[0];
    if (!name || !version) {
        throw new artifact_error_ArtifactError('TL_DIST_METADATA', `${filename}'s metadata has no ${name ? 'Version' : 'Name'}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    const claimed = nameFromFilename(filename, wheel);
    const folder = archive_checks_normaliseEntryName(member.name).split('/')[0] ?? '';
    const inFolder = nameFromFilename(wheel ? `${folder.replace(/\.dist-info$/, '')}-x.whl` : `${folder}.tar.gz`, wheel);
    for (const [where, other] of [
        ['its file name', claimed],
        [wheel ? `its ${folder} folder` : `its top folder ${folder}`, inFolder],
    ]) {
        if (normaliseName(other.name) !== normaliseName(name) ||
            !sameVersion(other.version.replace(/_/g, '-'), version)) {
            throw new artifact_error_ArtifactError('TL_DIST_METADATA', `${filename}: ${where} says ${printable(other.name)} ${printable(other.version)}, but its metadata (${member.name}) says ${printable(name)} ${printable(version)}: PyPI and installers would not agree on what this is. Rebuild it with python -m build.`, { input: 'packages' });
        }
    }
    return {
        path,
        filename,
        filetype: wheel ? 'bdist_wheel' : 'sdist',
        name,
        version,
        pyversion: wheel
            ? (filename
                .replace(/\.whl$/, '')
                .split('-')
                .at(-3) ?? 'py3')
            : 'source',
        metadata,
        data,
        sha256: digest('sha256', data),
        md5: digest('md5', data),
    };
}
/** An npm package tarball with its package.json and the integrity npm will record. */
async function readNpmTarball(path) {
    const data = await readFile(path);
    const name = basename(path);
    const members = await tarGzMembers(data);
    if (members === undefined) {
        throw new ArtifactError('TL_NPM_TARBALL', `${name} is not a gzipped tarball: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    // npm unpacks with strip: 1, so any top folder's package.json is the package.json.
    refuseUnsafeMembers(name, members, { maker: 'npm pack', strip: 1 });
    const entry = members.find((member) => member.type === 'file' && /^[^/]+\/package\.json$/.test(normaliseEntryName(member.name)));
    if (entry === undefined) {
        throw new ArtifactError('TL_NPM_TARBALL', `${name} has no package/package.json: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    const text = (await entry.read()).toString('utf8');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        throw new ArtifactError('TL_NPM_TARBALL', `${name}: ${entry.name} is not valid JSON. Rebuild it with npm pack.`, { input: 'packages' });
    }
    return {
        name: typeof manifest.name === 'string' ? manifest.name : '',
        version: typeof manifest.version === 'string' ? manifest.version : '',
        manifest,
        manifestText: text,
        manifestPath: entry.name,
        data,
        integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
        shasum: createHash('sha1').update(data).digest('hex'),
    };
}

;// CONCATENATED MODULE: ./packages/artifacts/src/index.ts





;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/archives.ts
// The archive readers live in @tokenless/artifacts, shared with publish-oidc; Warehouse's checks
// use them under the names it knows them by.

/** Python's `os.path.commonpath` over archive member names ('' when there is none). */
function commonPath(names) {
    if (names.length === 0)
        return '';
    const split = names.map((name) => name.split('/').filter((part) => part !== '' && part !== '.'));
    const first = split[0] ?? [];
    let length = first.length;
    for (const parts of split) {
        let i = 0;
        while (i < length && i < parts.length && parts[i] === first[i])
            i++;
        length = i;
    }
    return first.slice(0, length).join('/');
}

// EXTERNAL MODULE: ./node_modules/@noble/hashes/blake2.js + 3 modules
var blake2 = __webpack_require__(84374);
// EXTERNAL MODULE: ./node_modules/@noble/hashes/utils.js
var utils = __webpack_require__(42565);
;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/blake2b.ts


/**
 * The hex BLAKE2b-256 digest of `data` (PyPI's `blake2_256_digest`, JSON `blake2b_256`): Python's
 * `hashlib.blake2b(digest_size=32)`. Node's `blake2b512` cannot give it: the digest length is part
 * of BLAKE2's parameter block, so a truncated 64-byte digest differs, and OpenSSL refuses
 * `outputLength: 32` (ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH).
 */
function blake2b256Hex(data) {
    return (0,utils/* bytesToHex */.My)((0,blake2/* blake2b */.Sx)(data, { dkLen: 32 }));
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/upload.ts








/** Metadata versions Warehouse accepts (warehouse/forklift/metadata.py). */
const SUPPORTED_METADATA_VERSIONS = new Set([
    '1.0',
    '1.1',
    '1.2',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '2.5',
]);
const CORE_METADATA_URL = 'https://packaging.python.org/specifications/core-metadata';
const LOCAL_VERSION_URL = 'https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers';
const PEP_527 = 'https://www.python.org/dev/peps/pep-0527';
/** After this many days a release takes no new files. */
const MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS = 14;
const EXTENSIONS = {
    sdist: ['.zip', '.tar.gz'],
    bdist_wheel: ['.whl'],
};
/**
 * Who an Authorization header says the caller is, as Warehouse's security policies decide:
 * HTTP Basic with `__token__` or a `token`/`bearer` scheme carries an API token; Basic with any
 * other user name is refused outright (403), and anything unknown is no identity.
 * @throws WarehouseError 403 for a user name and password.
 */
function identify(state, site, authorization) {
    if (!authorization)
        return undefined;
    const space = authorization.indexOf(' ');
    if (space === -1)
        return undefined;
    const scheme = authorization.slice(0, space).toLowerCase();
    const value = authorization.slice(space + 1);
    let token;
    if (scheme === 'basic') {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        const user = colon === -1 ? decoded : decoded.slice(0, colon);
        if (user !== '__token__') {
            throw new WarehouseError(403, 'Username/Password authentication is no longer supported. Migrate to API Tokens or ' +
                `Trusted Publishers instead. See ${site.helpUrl('apitoken')} and ` +
                site.helpUrl('trusted-publishers'));
        }
        token = (colon === -1 ? '' : decoded.slice(colon + 1)).trim();
    }
    else if (scheme === 'token' || scheme === 'bearer')
        token = value;
    else
        return undefined;
    if (!token.startsWith('pypi-') || token.length === 'pypi-'.length)
        return undefined;
    return state.tokens.get(state_hashToken(token));
}
/**
 * Warehouse's `file_upload` (warehouse/forklift/legacy.py) in its order of checks, each failure a
 * WarehouseError with Warehouse's message. Nothing is stored unless every check passes.
 */
async function uploadFile(state, site, token, form) {
    // The `sanitize` decorator: distutils' "UNKNOWN" placeholders are dropped.
    for (const [key, values] of form.fields) {
        if (values.some((value) => value.trim() === 'UNKNOWN'))
            form.delete(key);
    }
    if (token === undefined) {
        throw new WarehouseError(403, `Invalid or non-existent authentication information. See ${site.helpUrl('invalid-auth')} for more information.`);
    }
    if ((form.get('protocol_version') ?? '1') !== '1') {
        throw new WarehouseError(400, 'Unknown protocol version.');
    }
    validateUploadForm(form);
    const meta = parseFormMetadata(form);
    const content = form.files.get('content');
    if (content === undefined)
        throw new WarehouseError(400, 'Upload payload does not have a file.');
    const formName = form.get('name') ?? '';
    let project = state.project(formName);
    const projectName = project?.name ?? formName;
    if (project === undefined && token.kind === 'oidc') {
        throw new WarehouseError(400, 'Non-user identities cannot create new projects. This was probably caused by ' +
            'successfully using a pending publisher but specifying the project name incorrectly ' +
            "(either in the publisher or in your project's metadata). Please ensure that both match. " +
            'See: https://docs.pypi.org/trusted-publishers/troubleshooting/');
    }
    authorizeUpload(state, token, project, projectName, normalizeProjectName(formName));
    // From here on Warehouse works inside a transaction that a failure rolls back: the project,
    // release and file below are only kept when every check passes.
    const newProject = project === undefined;
    project ??= {
        id: '',
        name: formName,
        normalizedName: normalizeProjectName(formName),
        created: state.now(),
        releases: [],
        lastSerial: 0,
    };
    const canonical = canonicalVersion(meta.version);
    let release = project.releases.find((r) => r.canonicalVersion === canonical);
    const newRelease = release === undefined;
    release ??= {
        version: (0,pep440/* formatPep440 */.J4)(meta.version),
        canonicalVersion: canonical,
        parsed: meta.version,
        created: state.now(),
        yanked: false,
        yankedReason: '',
        metadata: meta.release,
        files: [],
        ordering: 0,
    };
    const filetype = form.get('filetype');
    const filename = content.filename;
    validateFilename(filename, filetype);
    if (content.type === '' || content.type.startsWith('image/')) {
        throw new WarehouseError(400, 'Invalid distribution file.');
    }
    const digests = {
        md5: (0,external_node_crypto_.createHash)('md5').update(content.data).digest('hex'),
        sha256: (0,external_node_crypto_.createHash)('sha256').update(content.data).digest('hex'),
        blake2_256: blake2b256Hex(content.data),
    };
    checkDigests(form, digests);
    const existing = findExistingFile(state, filename, digests.blake2_256);
    if (existing !== undefined) {
        if (existing.filename === filename &&
            existing.sha256 === digests.sha256 &&
            existing.blake2_256 === digests.blake2_256) {
            return { project, filename, duplicate: true };
        }
        // Twine's --skip-existing looks for "File already exists" in this message.
        throw new WarehouseError(400, `File already exists (${pythonRepr(filename)}, with blake2_256 hash ${pythonRepr(digests.blake2_256)}). ` +
            `See ${site.helpUrl('file-name-reuse')} for more information.`);
    }
    const ageLimit = state.now().getTime() - MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS * 86400_000;
    if (!newRelease && release.created.getTime() < ageLimit) {
        throw new WarehouseError(400, `Uploading new files to releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days is not allowed.`);
    }
    if (filetype === 'sdist' && release.files.some((file) => file.packagetype === 'sdist')) {
        throw new WarehouseError(400, 'Only one sdist may be uploaded per release.');
    }
    const members = await checkDistributionFile(filename, content);
    let metadataFile;
    if (filetype === 'sdist')
        checkSdistFilename(filename, project, meta);
    if (filename.endsWith('.whl'))
        metadataFile = await checkWheel(filename, project, meta, members);
    const attestations = form.get('attestations');
    const provenance = attestations === undefined
        ? undefined
        : checkAttestations(attestations, {
            token,
            verify: site.verifyBundle,
            issuer: site.issuer ?? '',
            filename,
            sha256: digests.sha256,
        });
    const file = {
        filename,
        packagetype: filetype,
        pythonVersion: form.get('pyversion') || 'source',
        comment: form.get('comment') || null,
        size: content.data.length,
        ...digests,
        metadataSha256: metadataFile === undefined
            ? undefined
            : (0,external_node_crypto_.createHash)('sha256').update(metadataFile).digest('hex'),
        metadataFile,
        uploadTime: state.now(),
        path: [
            digests.blake2_256.slice(0, 2),
            digests.blake2_256.slice(2, 4),
            digests.blake2_256.slice(4),
            filename,
        ].join('/'),
        data: content.data,
        ...(provenance === undefined ? {} : { provenance }),
    };
    commit(state, project, newProject, release, newRelease, file, meta.name);
    return { project, filename, duplicate: false };
}
function commit(state, draft, newProject, release, newRelease, file, metadataName) {
    const project = newProject ? state.createProject(draft.name) : draft;
    // The project takes the spelling of the latest upload's name (same normalised name).
    if (project.name !== metadataName)
        project.name = metadataName;
    if (newRelease) {
        project.releases.push(release);
        const sorted = [...project.releases].sort((a, b) => (0,pep440_order/* comparePep440 */.P)(a.parsed, b.parsed));
        sorted.forEach((r, index) => (r.ordering = index));
        state.journal(project);
    }
    release.files.push(file);
    state.journal(project);
}
/**
 * The caveats of the token for this project, in the order Warehouse checks them.
 * @throws WarehouseError 403 `Invalid API Token: ...`.
 */
function authorizeUpload(state, token, project, projectName, normalizedName) {
    const deny = (reason) => {
        throw new WarehouseError(403, `Invalid API Token: ${reason}`);
    };
    if (token.kind === 'api-token') {
        if (token.projects !== undefined && !token.projects.includes(normalizedName)) {
            deny(`project-scoped token is not valid for project: ${pythonRepr(projectName)}`);
        }
        return;
    }
    if (project === undefined || !token.publisher.projects.has(project)) {
        deny(`OIDC scoped token is not valid for project '${projectName}'`);
    }
    if (project === undefined || !token.projectIds.includes(project.id)) {
        deny(`project-scoped token is not valid for project: ${pythonRepr(projectName)}`);
    }
    const now = Math.floor(state.now().getTime() / 1000);
    if (now < token.notBefore || now >= token.expiresAt)
        deny('token is expired');
}
/** UploadForm (warehouse/forklift/forms.py) and Warehouse's way of reporting its first error. */
function validateUploadForm(form) {
    const errors = new Map();
    const name = form.get('name') ?? '';
    if (name === '')
        errors.set('name', 'This field is required.');
    else if (!PROJECT_NAME_PATTERN.test(name)) {
        errors.set('name', "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.");
    }
    const filetype = form.get('filetype') ?? '';
    if (filetype === '')
        errors.set('filetype', 'This field is required.');
    else if (!Object.hasOwn(EXTENSIONS, filetype))
        errors.set('filetype', 'Use a known file type.');
    for (const [field, label] of [
        ['sha256_digest', 'SHA256'],
        ['blake2_256_digest', 'BLAKE2'],
    ]) {
        const value = form.get(field);
        if (value && !/^[A-F0-9]{64}$/i.test(value)) {
            errors.set(field, `Use a valid, hex-encoded, ${label} message digest.`);
        }
    }
    const first = errors.get('name') !== undefined ? 'name' : [...errors.keys()].sort()[0];
    if (first !== undefined) {
        const error = errors.get(first) ?? '';
        if (first === 'name') {
            const shown = name.length > 60 ? `${name.slice(0, 30)}...${name.slice(-30)}` : name;
            throw new WarehouseError(400, `${pythonRepr(shown)} is an invalid value for Name. Error: ${error} See ${CORE_METADATA_URL} for more information.`);
        }
        throw new WarehouseError(400, `Invalid value for ${first}. Error: ${error}`);
    }
    const pyversion = form.get('pyversion') ?? '';
    if (filetype !== 'sdist' && pyversion === '') {
        throw new WarehouseError(400, 'Invalid value for pyversion. Error: Python version is required for binary distribution uploads.');
    }
    if (filetype === 'sdist' && pyversion !== '' && pyversion !== 'source') {
        throw new WarehouseError(400, "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.");
    }
    if (!form.get('md5_digest') && !form.get('sha256_digest') && !form.get('blake2_256_digest')) {
        throw new WarehouseError(400, 'Error: Include at least one message digest.');
    }
}
/**
 * The core metadata in the form fields, checked as packaging's Metadata.from_raw and Warehouse's
 * own rules do for the fields a release depends on (metadata version, name, version).
 */
function parseFormMetadata(form) {
    const one = (field) => {
        const value = form.get(field);
        return value === undefined || value === '' ? null : value;
    };
    const many = (field) => {
        const values = form.getAll(field).filter((value) => value !== '');
        return values.length === 0 ? null : values;
    };
    const errors = [];
    const metadataVersion = one('metadata_version');
    if (metadataVersion === null || !SUPPORTED_METADATA_VERSIONS.has(metadataVersion)) {
        const shown = metadataVersion === null ? 'None' : pythonRepr(metadataVersion);
        errors.push({ field: 'metadata-version', message: `${shown} is not a valid metadata version` });
    }
    const rawVersion = one('version');
    const version = rawVersion === null ? undefined : (0,pep440/* parsePep440 */.FB)(rawVersion);
    if (rawVersion === null) {
        errors.push({ field: 'version', message: "'version' is a required field" });
    }
    else if (version === undefined) {
        errors.push({ field: 'version', message: `${pythonRepr(rawVersion)} is invalid for 'version'` });
    }
    else if (version.local !== undefined) {
        errors.push({
            field: 'version',
            message: `The use of local versions in ${pythonRepr((0,pep440/* formatPep440 */.J4)(version))} is not allowed.`,
            see: LOCAL_VERSION_URL,
        });
    }
    const error = errors.find((e) => e.field === 'metadata-version') ?? errors.find((e) => e.field === 'version');
    if (error !== undefined) {
        const message = error.message.endsWith('.') ? error.message : `${error.message}.`;
        throw new WarehouseError(400, `${message} See ${error.see ?? CORE_METADATA_URL} for more information.`);
    }
    const keywords = one('keywords');
    const projectUrls = many('project_urls');
    return {
        name: form.get('name') ?? '',
        version: version,
        release: {
            summary: one('summary'),
            description: one('description') ?? '',
            descriptionContentType: one('description_content_type'),
            keywords: keywords === null
                ? null
                : keywords
                    .split(',')
                    .map((keyword) => keyword.trim())
                    .join(', '),
            license: one('license'),
            licenseExpression: one('license_expression'),
            licenseFiles: many('license_file'),
            classifiers: many('classifiers') ?? [],
            author: one('author'),
            authorEmail: one('author_email'),
            maintainer: one('maintainer'),
            maintainerEmail: one('maintainer_email'),
            requiresPython: one('requires_python'),
            platform: many('platform')?.[0] ?? null,
            homePage: one('home_page'),
            downloadUrl: one('download_url'),
            projectUrls: projectUrls === null
                ? null
                : Object.fromEntries(projectUrls.map((entry) => {
                    const comma = entry.indexOf(',');
                    return comma === -1
                        ? [entry.trim(), '']
                        : [entry.slice(0, comma).trim(), entry.slice(comma + 1).trim()];
                })),
            requiresDist: many('requires_dist'),
            providesExtra: many('provides_extra'),
            dynamic: many('dynamic')?.map(titleCase) ?? null,
        },
    };
}
function titleCase(value) {
    return value.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, before, letter) => {
        return `${before}${letter.toUpperCase()}`;
    });
}
function validateFilename(filename, filetype) {
    if ([...filename].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)) {
        throw new WarehouseError(400, 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (filename.includes('/') || filename.includes('\\')) {
        throw new WarehouseError(400, "Cannot upload a file with '/' or '\\' in the name.");
    }
    const extension = /.+?(\.(tar\.gz|zip|whl))$/i.exec(filename)?.[1];
    if (extension === undefined) {
        throw new WarehouseError(400, `Invalid file extension: Use .tar.gz, .whl or .zip extension. See ${PEP_527} and https://peps.python.org/pep-0715/ for more information`);
    }
    if (!(EXTENSIONS[filetype] ?? []).includes(extension)) {
        throw new WarehouseError(400, `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See ${PEP_527} for more information.`);
    }
}
/** Every digest the client sent must match the bytes (compared as lowercase hex). */
function checkDigests(form, digests) {
    for (const [name, value] of Object.entries(digests)) {
        const supplied = form.get(`${name}_digest`)?.toLowerCase();
        if (!supplied)
            continue;
        const matches = supplied.length === value.length && (0,external_node_crypto_.timingSafeEqual)(Buffer.from(supplied), Buffer.from(value));
        if (!matches) {
            throw new WarehouseError(400, 'The digest supplied does not match a digest calculated from the uploaded file.');
        }
    }
}
/** A file with this name, or these bytes, anywhere on the index. */
function findExistingFile(state, filename, blake2) {
    for (const file of state.allFiles()) {
        if (file.filename === filename || file.blake2_256 === blake2)
            return file;
    }
    return undefined;
}
/** Warehouse's `_is_valid_dist_file`: the archive opens and holds PKG-INFO or WHEEL. */
async function checkDistributionFile(filename, content) {
    const invalid = (message) => {
        throw new WarehouseError(400, `Invalid distribution file. ${message}`);
    };
    if (filename.endsWith('.zip') || filename.endsWith('.whl')) {
        const members = (await zipMembers(content.data)) ?? invalid('File is not a zipfile');
        if (members.some((member) => member.method !== 0 && member.method !== 8)) {
            invalid('File does not use a supported compression type');
        }
        const names = members.map((member) => member.name);
        if (filename.endsWith('.zip')) {
            const top = commonPath(names);
            if (top === '' || top === '.' || top === '/') {
                invalid('Incorrect number of top-level directories in sdist');
            }
            if (!names.includes(`${top}/PKG-INFO`))
                invalid(`PKG-INFO not found at ${top}/PKG-INFO`);
        }
        else {
            const [name, version, rest] = splitWheelName(filename);
            if (rest === undefined)
                invalid('Unable to parse name and version from wheel filename');
            const target = `${name}-${version}.dist-info/WHEEL`;
            if (!names.includes(target))
                invalid(`WHEEL not found at ${target}`);
        }
        return members;
    }
    const members = (await archive_members_tarGzMembers(content.data)) ?? invalid('File is not a tarfile');
    const names = members.map((member) => member.name);
    const top = commonPath(names);
    if (top === '' || top === '.' || top === '/') {
        invalid('Incorrect number of top-level directories in sdist');
    }
    if (!names.includes(`${top}/PKG-INFO`))
        invalid(`PKG-INFO not found at ${top}/PKG-INFO`);
    return members;
}
/** `filename.split("-", 2)`. */
function splitWheelName(filename) {
    const first = filename.indexOf('-');
    if (first === -1)
        return [filename, undefined, undefined];
    const second = filename.indexOf('-', first + 1);
    if (second === -1)
        return [filename.slice(0, first), filename.slice(first + 1), undefined];
    return [filename.slice(0, first), filename.slice(first + 1, second), filename.slice(second + 1)];
}
/** PEP 625: `<normalised_name>-<normalised version>.tar.gz`, named for this project. */
function checkSdistFilename(filename, project, meta) {
    const parsed = parseSdistFilename(filename);
    if (parsed === undefined) {
        throw new WarehouseError(400, `Invalid source distribution filename: ${filename}`);
    }
    if (parsed.name !== project.normalizedName) {
        throw new WarehouseError(400, `Start filename for ${pythonRepr(project.name)} with ${pythonRepr(project.normalizedName.replace(/-/g, '_'))}.`);
    }
    const expected = `${project.normalizedName.replace(/-/g, '_')}-${(0,pep440/* formatPep440 */.J4)(meta.version)}.tar.gz`;
    if (filename !== expected) {
        throw new WarehouseError(400, `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expected)}.`);
    }
}
/** A wheel's file name, platform, name, version, RECORD and METADATA; returns METADATA. */
async function checkWheel(filename, project, meta, members) {
    let parsed;
    try {
        parsed = parseWheelFilename(filename);
    }
    catch (error) {
        throw new WarehouseError(400, error.message);
    }
    for (const platform of parsed.platforms) {
        if (!isValidPlatformTag(platform)) {
            throw new WarehouseError(400, `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`);
        }
    }
    const canonicalName = normalizeProjectName(meta.name);
    if (canonicalName !== parsed.name) {
        throw new WarehouseError(400, `Start filename for ${pythonRepr(project.name)} with ${pythonRepr(canonicalName.replace(/-/g, '_'))}.`);
    }
    const normalizedName = project.normalizedName.replace(/-/g, '_');
    if (parsed.rawName !== normalizedName) {
        throw new WarehouseError(400, `Filename ${pythonRepr(filename)} should contain the normalized project name ${pythonRepr(normalizedName)}, not ${pythonRepr(parsed.rawName)}.`);
    }
    if ((0,pep440_order/* comparePep440 */.P)(meta.version, parsed.version) !== 0) {
        throw new WarehouseError(400, `Version in filename should be ${pythonRepr((0,pep440/* formatPep440 */.J4)(meta.version))} not ${pythonRepr((0,pep440/* formatPep440 */.J4)(parsed.version))}.`);
    }
    const [name, version] = splitWheelName(filename);
    const distInfo = `${name}-${version ?? ''}.dist-info`;
    const find = (path) => members.find((member) => member.name === path);
    if (find(`${distInfo}/RECORD`) === undefined) {
        throw new WarehouseError(400, `Wheel '${filename}' does not contain the required RECORD file: ${distInfo}/RECORD`);
    }
    const metadata = find(`${distInfo}/METADATA`);
    if (metadata === undefined) {
        throw new WarehouseError(400, `Wheel '${filename}' does not contain the required METADATA file: ${distInfo}/METADATA`);
    }
    return metadata.read();
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/routes.ts





/**
 * A queue of tasks that run one after another. An upload reads its archive asynchronously
 * between its checks and its write; Warehouse's transaction keeps two uploads of one file from
 * both passing the "already exists" check, and so does running them in turn.
 */
function oneAtATime() {
    let last = Promise.resolve();
    return (task) => {
        const next = last.then(task, task);
        last = next.catch(() => undefined);
        return next;
    };
}
const routes_ROUTES = [
    [/^\/legacy\/$/, '/legacy/'],
    [/^\/legacy$/, '/legacy'],
    [/^\/_\/oidc\/audience$/, '/_/oidc/audience'],
    [/^\/_\/oidc\/(github\/)?mint-token$/, '/_/oidc/mint-token'],
    [/^\/pypi\/[^/]+\/json\/?$/, '/pypi/{name}/json'],
    [/^\/pypi\/[^/]+\/[^/]+\/json\/?$/, '/pypi/{name}/{version}/json'],
    [/^\/simple\/$/, '/simple/'],
    [/^\/simple\/[^/]+\/$/, '/simple/{name}/'],
    [/^\/packages\/.+$/, '/packages/{path}'],
    [
        /^\/integrity\/[^/]+\/[^/]+\/[^/]+\/provenance$/,
        '/integrity/{name}/{version}/{file}/provenance',
    ],
];
/** The route of a path (see `PypiRecordedRequest.route`). */
function routes_routeOf(path) {
    return routes_ROUTES.find(([pattern]) => pattern.test(path))?.[1];
}
const HANDLERS = {
    '/_/oidc/audience': audience,
    '/_/oidc/mint-token': mintToken,
    '/legacy': legacyWithoutSlash,
    '/legacy/': legacy,
    '/pypi/{name}/json': jsonApiRoute,
    '/pypi/{name}/{version}/json': jsonApiRoute,
    '/simple/': (site, call) => simpleIndex(site.state, call.request.headers.accept),
    '/simple/{name}/': simpleDetailRoute,
    '/packages/{path}': (site, call) => download(site, call.path.slice('/packages/'.length)),
    '/integrity/{name}/{version}/{file}/provenance': integrity,
};
/** `/integrity/<project>/<version>/<file>/provenance`: the file's verified PEP 740 attestations. */
function integrity(site, { method, path, entry }) {
    if (method !== 'GET' && method !== 'HEAD')
        return routes_notFound();
    const [, , name = '', version = '', filename = ''] = path.split('/').map(routes_decode);
    entry.project = normalizeProjectName(name);
    entry.filename = filename;
    const project = site.state.project(name);
    const release = project?.releases.find((r) => r.version === version || r.canonicalVersion === version);
    const file = release?.files.find((f) => f.filename === filename);
    if (file?.provenance === undefined) {
        return routes_json(404, { message: `No provenance available for ${filename}` });
    }
    return routes_json(200, file.provenance);
}
/** Answers a request as Warehouse would; a 404 for a path it does not serve. */
async function answerRoute(site, call) {
    const route = call.entry.route;
    const handler = route === undefined ? undefined : HANDLERS[route];
    return handler === undefined ? routes_notFound() : handler(site, call);
}
function audience(site, { method }) {
    if (method !== 'GET')
        return routes_notFound();
    if (!site.trustedPublishing()) {
        return routes_json(403, { message: 'Trusted publishing functionality not enabled' });
    }
    return routes_json(200, { audience: site.audience });
}
async function mintToken(site, { method, body, entry }) {
    if (method !== 'POST')
        return routes_notFound();
    const minted = await site.exchange.mint(body);
    entry.errorCode = minted.errorCode;
    if ('errors' in minted.body)
        entry.message = minted.body.errors[0]?.description;
    entry.project = minted.projects.map(normalizeProjectName).join(',') || undefined;
    return routes_json(minted.status, minted.body);
}
function legacyWithoutSlash(_site, { method, request, entry }) {
    if (method !== 'POST')
        return routes_notFound();
    return warehouseError(new WarehouseError(308, 'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)', { location: '/legacy/' }), request.headers.accept, entry);
}
/** `/legacy/`: Warehouse's `file_upload`, its retired actions, and its upload page. */
async function legacy(site, { request, method, target, body, entry }) {
    const accept = request.headers.accept;
    const form = method === 'POST' ? parseForm(request.headers['content-type'], body) : undefined;
    const action = target.searchParams.get(':action') ?? form?.get(':action');
    if (method === 'POST' && (action === 'submit' || action === 'submit_pkg_info')) {
        return warehouseError(new WarehouseError(410, 'Project pre-registration is no longer required or supported, upload your files instead.'), accept, entry);
    }
    if (method === 'POST' && action === 'doc_upload') {
        return warehouseError(new WarehouseError(410, 'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.'), accept, entry);
    }
    if (method !== 'POST' || action !== 'file_upload') {
        // Warehouse's catch-all for /legacy/: the upload page, 200.
        return {
            status: 200,
            headers: { 'content-type': 'text/html; charset=UTF-8' },
            body: '<!DOCTYPE html>\n<html lang="en"><head><title>Warehouse · The Python Package Index</title></head><body><p>This URL is an API for uploading files to PyPI.</p></body></html>\n',
        };
    }
    try {
        const token = identify(site.state, site.upload, request.headers.authorization);
        entry.tokenKind = token?.kind;
        const posted = form ?? new PostedForm();
        entry.filename = posted.files.get('content')?.filename;
        const name = posted.get('name');
        if (name)
            entry.project = normalizeProjectName(name);
        await site.serialUpload(() => uploadFile(site.state, site.upload, token, posted));
        return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: '' };
    }
    catch (error) {
        if (error instanceof WarehouseError)
            return warehouseError(error, accept, entry);
        throw error;
    }
}
function jsonApiRoute(site, { method, path, entry }) {
    if (method !== 'GET' && method !== 'HEAD')
        return routes_notFound();
    const [, , name = '', second] = path.split('/');
    const version = entry.route === '/pypi/{name}/json' ? undefined : routes_decode(second ?? '');
    entry.project = normalizeProjectName(routes_decode(name));
    return jsonApi(site.state, site.read, routes_decode(name), version);
}
function simpleDetailRoute(site, { path, request, entry }) {
    const name = routes_decode(path.split('/')[2] ?? '');
    entry.project = normalizeProjectName(name);
    return simpleDetail(site.state, site.read, name, request.headers.accept);
}
/** `/packages/<path>`: a file, or with `.metadata` its core metadata (PEP 658). */
function download(site, path) {
    const wantsMetadata = path.endsWith('.metadata');
    const filePath = wantsMetadata ? path.slice(0, -'.metadata'.length) : path;
    for (const file of site.state.allFiles()) {
        if (file.path !== routes_decode(filePath))
            continue;
        const data = wantsMetadata ? file.metadataFile : file.data;
        if (data === undefined)
            break;
        return {
            status: 200,
            headers: {
                'content-type': wantsMetadata ? 'text/plain' : 'application/octet-stream',
                'content-length': String(data.length),
            },
            body: data,
        };
    }
    return routes_notFound();
}
/** A path segment decoded; a malformed escape stays as it came. */
function routes_decode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}
function routes_json(status, body) {
    return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
function routes_notFound() {
    return {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=UTF-8', ...CORS_HEADERS },
        body: '404 Not Found',
    };
}
function warehouseError(error, accept, entry) {
    const rendered = renderWarehouseError(error.status, error.message, accept);
    entry.message = error.message;
    return {
        status: rendered.status,
        reason: rendered.reason,
        headers: { 'content-type': rendered.contentType, ...error.headers },
        body: rendered.body,
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/server.ts







/**
 * Starts a stand-in for PyPI (Warehouse) on 127.0.0.1: trusted publishing (`/_/oidc/audience`,
 * `/_/oidc/mint-token`) against a given OIDC issuer, the legacy upload API twine uses, the JSON
 * and Simple APIs and file downloads, with Warehouse's rules and messages, and fault injection.
 */
async function server_startPypiSandbox(options) {
    const name = options.name ?? 'pypi';
    const domain = name === 'testpypi' ? 'test.pypi.org' : 'pypi.org';
    const state = new PypiState(options.now ?? (() => new Date()));
    let trustedPublishing = true;
    const server = (0,external_node_http_.createServer)();
    const port = await listen(server, options.port ?? 0);
    const url = `http://127.0.0.1:${port}`;
    const site = {
        state,
        exchange: new OidcExchange(state, {
            issuer: options.issuer,
            audience: name,
            location: domain,
            trustedPublishingEnabled: () => trustedPublishing,
        }),
        audience: name,
        trustedPublishing: () => trustedPublishing,
        upload: {
            helpUrl: (anchor) => `https://${domain}/help/#${anchor}`,
            ...(options.sigstore === undefined
                ? {}
                : { verifyBundle: (bundle) => options.sigstore.verify(bundle) }),
            issuer: options.issuer.url,
        },
        read: { url, fileUrl: (file) => `${url}/packages/${file.path}` },
        serialUpload: oneAtATime(),
    };
    const faults = new FaultInjector();
    const requests = [];
    server.on('request', (request, response) => {
        handle(site, faults, requests, request, response).catch(() => response.destroy());
    });
    return {
        url,
        uploadUrl: `${url}/legacy/`,
        audience: name,
        trustPublisher: (project, publisher) => trustPublisher(state, project, publisher),
        trustPendingPublisher: (project, publisher) => trustPendingPublisher(state, project, publisher),
        addApiToken: (token, projects) => addApiToken(state, token, projects),
        yank: (project, version, reason) => setYanked(state, project, version, true, reason),
        unyank: (project, version) => setYanked(state, project, version, false),
        project(projectName) {
            const record = state.project(projectName);
            return record === undefined ? undefined : state.snapshot(record);
        },
        setTrustedPublishing(enabled) {
            trustedPublishing = enabled;
        },
        faults,
        requests,
        stop: () => loopback_server_close(server),
    };
}
/** Records a request, applies a fault that matches it, else answers its route. */
async function handle(site, faults, requests, request, response) {
    const target = new URL(request.url ?? '/', site.read.url);
    const method = (request.method ?? 'GET').toUpperCase();
    const path = target.pathname;
    const route = routes_routeOf(path);
    const entry = {
        method,
        path: `${path}${target.search}`,
        route,
        status: undefined,
        authorization: request.headers.authorization !== undefined,
        tokenKind: undefined,
        project: undefined,
        filename: undefined,
        errorCode: undefined,
        message: undefined,
        fault: false,
        dropped: false,
    };
    requests.push(entry);
    const body = await readBody(request);
    const fault = faults.select(method, path, route);
    if (fault !== undefined) {
        if (await applyDelayAndDrop(fault, entry, request))
            return;
        const answer = server_faultAnswer(fault);
        if (answer !== undefined)
            return pypi_server_send(response, entry, answer);
    }
    let answer;
    try {
        answer = await answerRoute(site, { request, method, path, target, body, entry });
    }
    catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        answer = {
            status: 500,
            headers: { 'content-type': 'text/plain; charset=UTF-8' },
            body: `The PyPI sandbox failed: ${message}`,
        };
        entry.message = 'The PyPI sandbox failed.';
    }
    pypi_server_send(response, entry, answer);
}
/** A fault's answer: its status with `body` (JSON unless a string) or Pyramid's error page. */
function server_faultAnswer(fault) {
    const { spec } = fault;
    if (spec.status === undefined)
        return undefined;
    const headers = {};
    if (spec.retryAfter !== undefined)
        headers['retry-after'] = String(spec.retryAfter);
    if (spec.body !== undefined) {
        const text = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
        return {
            status: spec.status,
            headers: {
                'content-type': typeof spec.body === 'string' ? 'text/plain; charset=UTF-8' : 'application/json',
                ...headers,
                ...spec.headers,
            },
            body: text,
        };
    }
    const reason = external_node_http_.STATUS_CODES[spec.status] ?? 'Error';
    return {
        status: spec.status,
        reason,
        headers: { 'content-type': 'text/plain; charset=UTF-8', ...headers, ...spec.headers },
        body: `${spec.status} ${reason}`,
    };
}
function pypi_server_send(response, entry, answer) {
    entry.status = answer.status;
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    const headers = { ...answer.headers, 'content-length': String(body.length) };
    if (answer.reason !== undefined)
        response.writeHead(answer.status, answer.reason, headers);
    else
        response.writeHead(answer.status, headers);
    response.end(body);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/standalone.ts

/**
 * Starts a PyPI sandbox for a person or a CLI (`tokenless rehearse`) and prints how to point
 * tools at it. Returns the running sandbox; the caller stops it.
 */
async function runPypiSandbox(options, print = (line) => process.stdout.write(`${line}\n`)) {
    const sandbox = await startPypiSandbox(options);
    print(`PyPI sandbox (${sandbox.audience}) listening on ${sandbox.url}`);
    print(`upload: twine upload --repository-url ${sandbox.uploadUrl} -u __token__ -p <token> dist/*`);
    print(`trusted publishing: ${sandbox.url}/_/oidc/audience, ${sandbox.url}/_/oidc/mint-token`);
    print(`OIDC issuer trusted: ${options.issuer.url}`);
    print(`JSON API: ${sandbox.url}/pypi/<name>/json, simple index: ${sandbox.url}/simple/`);
    return sandbox;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/pypi/index.ts





// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/index.js
var mock_dist = __webpack_require__(97938);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/unsecured.js
var unsecured = __webpack_require__(5900);
;// CONCATENATED MODULE: ./packages/sandbox/src/sigstore/client-hook.ts
/**
 * A preload (`node --require`) for sigstore-js clients that have no setting for Sigstore's URLs,
 * the npm CLI first: npm signs provenance with `sigstore.attest` against fulcio.sigstore.dev and
 * rekor.sigstore.dev, and `npm audit signatures` reads the trust root from Sigstore's TUF CDN,
 * neither of which npm lets a user change. The hook, only when the sandbox's variables are set,
 * points `attest`/`sign` at the stand-in and answers `@sigstore/tuf`'s `trusted_root.json` with
 * the stand-in's root (other TUF targets, such as a registry's keys.json, are "not found", as on
 * Sigstore's TUF for any registry but npmjs.org). Everything else in the client is the real one.
 */
const CLIENT_HOOK_SOURCE = `'use strict'
const Module = require('node:module')
const { readFileSync } = require('node:fs')
const url = process.env.TOKENLESS_SANDBOX_SIGSTORE_URL
const rootPath = process.env.TOKENLESS_SANDBOX_SIGSTORE_TRUSTED_ROOT
if (url && rootPath) {
  const wrapped = new WeakMap()
  const load = Module._load
  const notFound = (name) =>
    Object.assign(new Error('target ' + name + ' not found (tokenless sandbox TUF)'), {
      code: 'TUF_FIND_TARGET_ERROR',
    })
  // The modules' exports are getters: the hook hands out a copy with its own functions.
  const copy = (loaded, overrides) => {
    const out = {}
    for (const key of Object.getOwnPropertyNames(loaded)) out[key] = loaded[key]
    return Object.assign(out, overrides)
  }
  const sigstoreCopy = (sigstore) => {
    const where = { fulcioURL: url, rekorURL: url }
    return copy(sigstore, {
      attest: (payload, type, options = {}) => sigstore.attest(payload, type, { ...options, ...where }),
      sign: (payload, options = {}) => sigstore.sign(payload, { ...options, ...where }),
    })
  }
  const tufCopy = (tuf, requireNear) => {
    const text = () => readFileSync(rootPath, 'utf8')
    const client = {
      refresh: async () => undefined,
      getTarget: async (name) => {
        if (name === 'trusted_root.json') return text()
        throw notFound(name)
      },
    }
    return copy(tuf, {
      initTUF: async () => client,
      getTrustedRoot: async () =>
        requireNear('@sigstore/protobuf-specs').TrustedRoot.fromJSON(JSON.parse(text())),
    })
  }
  Module._load = function (request, parent, isMain) {
    const loaded = load.call(this, request, parent, isMain)
    if (request !== 'sigstore' && request !== '@sigstore/tuf') return loaded
    if (!loaded || typeof loaded !== 'object') return loaded
    if (!wrapped.has(loaded)) {
      wrapped.set(
        loaded,
        request === 'sigstore'
          ? sigstoreCopy(loaded)
          : tufCopy(loaded, Module.createRequire(Module._resolveFilename(request, parent, isMain))),
      )
    }
    return wrapped.get(loaded)
  }
}
`;

;// CONCATENATED MODULE: ./packages/sandbox/src/sigstore/rekor-entries.ts

/**
 * What Rekor stores for a proposed `dsse` 0.0.1 entry: the envelope and payload hashes and each
 * signature with its verifier, in place of the proposed envelope (`@sigstore/mock` logs the
 * proposal as sent, which verifiers then refuse). Other kinds are logged as they come.
 */
function canonicalRekorEntry(body) {
    let proposed;
    try {
        proposed = JSON.parse(body);
    }
    catch {
        return body;
    }
    const content = proposed.spec?.proposedContent;
    if (proposed.kind !== 'dsse' || content?.envelope === undefined)
        return body;
    const envelope = JSON.parse(content.envelope);
    const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
    const verifier = content.verifiers?.[0] ?? '';
    return JSON.stringify({
        apiVersion: proposed.apiVersion ?? '0.0.1',
        kind: 'dsse',
        spec: {
            envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
            payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
            signatures: envelope.signatures.map((signature) => ({
                signature: signature.sig,
                verifier,
            })),
        },
    });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/sigstore/trusted-root.ts

/** `PublicKeyDetails.PKIX_ECDSA_P256_SHA_256` and `HashAlgorithm.SHA2_256` of the protobuf specs. */
const PKIX_ECDSA_P256_SHA_256 = 5;
const SHA2_256 = 1;
function logInstance(baseUrl, key, keyId, since) {
    return {
        baseUrl,
        hashAlgorithm: SHA2_256,
        publicKey: { rawBytes: key, keyDetails: PKIX_ECDSA_P256_SHA_256, validFor: { start: since } },
        logId: { keyId },
        checkpointKeyId: undefined,
        operator: 'tokenless sandbox',
    };
}
/** The trust root of the sandbox's Fulcio, Rekor, CT log and TSA, as verifiers read it. */
function buildTrustedRoot(parts) {
    const ca = (uri, certificates) => ({
        subject: { organization: 'tokenless sandbox', commonName: 'sigstore' },
        uri,
        certChain: { certificates: certificates.map((rawBytes) => ({ rawBytes })) },
        validFor: { start: parts.since },
        operator: 'tokenless sandbox',
    });
    return {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [
            logInstance(parts.url, parts.rekorKey, (0,external_node_crypto_.createHash)('sha256').update(parts.rekorKey).digest(), parts.since),
        ],
        certificateAuthorities: [ca(parts.url, [parts.fulcioRoot])],
        ctlogs: [logInstance(parts.url, parts.ctlogKey, parts.ctlogId, parts.since)],
        timestampAuthorities: [ca(parts.url, parts.tsaChain)],
    };
}
/** The same root as `trusted_root.json` (the TUF target clients download): base64 and ISO dates. */
function trustedRootJson(root) {
    const log = (instance) => ({
        baseUrl: instance.baseUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
            rawBytes: Buffer.from(instance.publicKey?.rawBytes ?? []).toString('base64'),
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
            validFor: { start: instance.publicKey?.validFor?.start?.toISOString() },
        },
        logId: { keyId: Buffer.from(instance.logId?.keyId ?? []).toString('base64') },
    });
    const ca = (authority) => ({
        subject: authority.subject,
        uri: authority.uri,
        certChain: {
            certificates: (authority.certChain?.certificates ?? []).map((certificate) => ({
                rawBytes: Buffer.from(certificate.rawBytes).toString('base64'),
            })),
        },
        validFor: { start: authority.validFor?.start?.toISOString() },
    });
    return {
        mediaType: root.mediaType,
        tlogs: root.tlogs.map(log),
        certificateAuthorities: root.certificateAuthorities.map(ca),
        ctlogs: root.ctlogs.map(log),
        timestampAuthorities: root.timestampAuthorities.map(ca),
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./packages/sandbox/src/sigstore/certificate-extensions.ts
/**
 * The certificate extensions Fulcio writes for a GitHub Actions identity (OID arc
 * 1.3.6.1.4.1.57264.1), read straight from a certificate's DER bytes: the registries check the
 * repository, workflow and runner named there, not what a statement claims.
 */
const GITHUB_EXTENSIONS = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
};
/** The DER encoding of an OBJECT IDENTIFIER (tag and length included). */
function encodeOid(oid) {
    const parts = oid.split('.').map(Number);
    const bytes = [(parts[0] ?? 0) * 40 + (parts[1] ?? 0)];
    for (const part of parts.slice(2)) {
        const base128 = [part & 0x7f];
        for (let rest = part >> 7; rest > 0; rest >>= 7)
            base128.unshift((rest & 0x7f) | 0x80);
        bytes.push(...base128);
    }
    return Buffer.from([0x06, bytes.length, ...bytes]);
}
/** A DER length at `offset`: the value and where the content starts. */
function readLength(der, offset) {
    const first = der[offset] ?? 0;
    if (first < 0x80)
        return { length: first, start: offset + 1 };
    const count = first & 0x7f;
    let length = 0;
    for (let i = 1; i <= count; i++)
        length = length * 256 + (der[offset + i] ?? 0);
    return { length, start: offset + 1 + count };
}
/**
 * The value of one extension: the OID, an optional `critical` BOOLEAN, then an OCTET STRING that
 * holds a DER UTF8String (Fulcio's v2 extensions, 1.8 and up).
 */
function certificateExtension(der, oid) {
    const at = der.indexOf(encodeOid(oid));
    if (at < 0)
        return undefined;
    let offset = at + encodeOid(oid).length;
    if (der[offset] === 0x01)
        offset += 3;
    if (der[offset] !== 0x04)
        return undefined;
    const octets = readLength(der, offset + 1);
    const inner = der.subarray(octets.start, octets.start + octets.length);
    if (inner[0] !== 0x0c)
        return inner.toString('utf8');
    const text = readLength(inner, 1);
    return inner.subarray(text.start, text.start + text.length).toString('utf8');
}
/** Every GitHub extension a certificate carries, by name. */
function githubExtensions(der) {
    const found = {};
    for (const [name, oid] of Object.entries(GITHUB_EXTENSIONS)) {
        const value = certificateExtension(der, oid);
        if (value !== undefined)
            found[name] = value;
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/sigstore/verify-bundle.ts



/**
 * Verifies a Sigstore bundle (JSON) against a trust root as a registry does: the certificate
 * chains to Fulcio, the signature over the DSSE envelope, the Rekor entry and its signed entry
 * timestamp. Throws `@sigstore/verify`'s error (or the bundle's) when any of it fails.
 */
function verifyBundle(root, json) {
    const bundle = (0,bundle_dist/* bundleFromJSON */.vw)(json);
    const verifier = new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root), { tlogThreshold: 1, ctlogThreshold: 1 });
    const signer = verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
    const material = bundle.verificationMaterial.content;
    const certificate = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (certificate === undefined)
        throw new Error('The bundle has no signing certificate.');
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new Error('The bundle signs no in-toto statement (no DSSE envelope).');
    }
    const statement = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'));
    return {
        identity: signer.identity?.subjectAlternativeName ?? '',
        issuer: signer.identity?.extensions?.issuer,
        extensions: githubExtensions(Buffer.from(certificate)),
        statement,
        tlogEntries: bundle.verificationMaterial.tlogEntries.length,
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/sigstore/server.ts













const FULCIO_PATH = '/api/v2/signingCert';
const REKOR_PATH = '/api/v1/log/entries';
const TSA_PATH = '/api/v1/timestamp';
/** Fulcio's answer to a token it cannot verify (HTTP 401). */
const FULCIO_INVALID_TOKEN = 'There was an error processing the identity token';
/** The bytes of a view, without the rest of its buffer. */
function bytes(view) {
    return typeof view === 'string'
        ? view
        : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
function ecKeyPair() {
    return (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
}
/**
 * Fulcio in front of `@sigstore/mock`'s CA: the token must be the sandbox issuer's, signed, for
 * audience `sigstore`; the certificate then names `https://github.com/<job_workflow_ref>` and
 * carries GitHub's extensions from the token's claims, as Fulcio does for GitHub Actions.
 */
function fulcio(mock, issuer, now) {
    const jwks = (0,remote/* createRemoteJWKSet */.RD)(new URL(issuer.jwksUrl));
    return async (body) => {
        const refuse = (reason) => ({
            status: 401,
            body: JSON.stringify({ code: 16, message: FULCIO_INVALID_TOKEN }),
            reason,
        });
        let request;
        try {
            request = JSON.parse(body);
        }
        catch {
            return { status: 400, body: JSON.stringify({ code: 3, message: 'invalid JSON' }) };
        }
        const token = request.credentials?.oidcIdentityToken;
        if (token === undefined)
            return refuse('no identity token');
        try {
            const { payload } = await (0,verify/* jwtVerify */.V)(token, jwks, {
                issuer: issuer.url,
                audience: 'sigstore',
                algorithms: ['RS256'],
                currentDate: now(),
            });
            const jobWorkflowRef = typeof payload.job_workflow_ref === 'string' ? payload.job_workflow_ref : undefined;
            if (jobWorkflowRef === undefined)
                return refuse('the token has no job_workflow_ref');
            const claims = { ...payload, san: `https://github.com/${jobWorkflowRef}` };
            request.credentials = { oidcIdentityToken: new unsecured/* UnsecuredJWT */.M(claims).encode() };
            const answer = await mock(JSON.stringify(request));
            return { status: answer.statusCode, body: bytes(answer.response) };
        }
        catch (error) {
            if (error instanceof errors/* JOSEError */.i4)
                return refuse(`${error.code}: ${error.message}`);
            throw error;
        }
    };
}
/**
 * Starts a Sigstore stand-in on 127.0.0.1 built from the Sigstore project's own fakes
 * (`@sigstore/mock`): Fulcio (certificates only for the sandbox issuer's tokens of audience
 * `sigstore`), Rekor (signed entry timestamps) and a timestamp authority, one trust root for all.
 */
async function startSigstoreSandbox(options) {
    const since = new Date(Date.now() - 60 * 60 * 1000);
    const caKeys = ecKeyPair();
    const ctlog = await (0,mock_dist/* initializeCTLog */.aR)(caKeys);
    const ca = await (0,mock_dist/* initializeCA */.vk)(caKeys, ctlog);
    const rekorKeys = ecKeyPair();
    const tsa = await (0,mock_dist/* initializeTSA */.LD)(ecKeyPair());
    const server = (0,external_node_http_.createServer)();
    const port = await listen(server, options.port ?? 0);
    const url = `http://127.0.0.1:${port}`;
    const tlog = await (0,mock_dist/* initializeTLog */.Lb)(url, rekorKeys);
    const signCertificate = fulcio((0,mock_dist/* fulcioHandler */.n6)(ca, { subjectClaim: 'san' }).fn, options.issuer, options.now ?? (() => new Date()));
    const rekor = (0,mock_dist/* rekorHandler */.kB)(tlog).fn;
    const timestamp = (0,mock_dist/* tsaHandler */.xS)(tsa).fn;
    const rekorKey = rekorKeys.publicKey.export({ format: 'der', type: 'spki' });
    const trustedRoot = buildTrustedRoot({
        url,
        fulcioRoot: bytes(ca.rootCertificate),
        rekorKey,
        ctlogKey: ctlog.publicKey,
        ctlogId: bytes(ctlog.logID),
        tsaChain: [tsa.intCertificate, tsa.rootCertificate].map((certificate) => bytes(certificate)),
        since,
    });
    const json = trustedRootJson(trustedRoot);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-sigstore-'));
    const hook = (0,external_node_path_.join)(dir, 'sigstore-client-hook.cjs');
    const rootFile = (0,external_node_path_.join)(dir, 'trusted_root.json');
    await (0,promises_.writeFile)(hook, CLIENT_HOOK_SOURCE);
    await (0,promises_.writeFile)(rootFile, JSON.stringify(json));
    const faults = new FaultInjector();
    const requests = [];
    const handle = async (request, response) => {
        const path = new URL(request.url ?? '/', url).pathname;
        const method = (request.method ?? 'GET').toUpperCase();
        const body = (await readBody(request)).toString('utf8');
        const service = path === FULCIO_PATH
            ? 'fulcio'
            : path === REKOR_PATH
                ? 'rekor'
                : path === TSA_PATH
                    ? 'tsa'
                    : 'other';
        const entry = {
            service,
            path,
            status: undefined,
            fault: false,
            dropped: false,
            reason: undefined,
        };
        requests.push(entry);
        const reply = (status, text, type = 'application/json') => {
            entry.status = status;
            response.writeHead(status, { 'content-type': type });
            response.end(text);
        };
        const fault = faults.select(method, path, undefined);
        if (fault !== undefined) {
            if (await applyDelayAndDrop(fault, entry, request))
                return;
            if (fault.spec.status !== undefined) {
                return reply(fault.spec.status, JSON.stringify(fault.spec.body ?? { message: 'fault' }));
            }
        }
        if (method !== 'POST' || service === 'other')
            return reply(404, '{"message":"Not Found"}');
        if (service === 'fulcio') {
            const answer = await signCertificate(body);
            entry.reason = answer.reason;
            return reply(answer.status, answer.body);
        }
        const answer = service === 'rekor' ? await rekor(canonicalRekorEntry(body)) : await timestamp(body);
        return reply(answer.statusCode, bytes(answer.response), answer.contentType ?? 'application/json');
    };
    server.on('request', (request, response) => {
        handle(request, response).catch((error) => {
            if (response.headersSent)
                return response.destroy();
            response.writeHead(500, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
        });
    });
    let stopping;
    return {
        url,
        audience: 'sigstore',
        trustedRoot,
        trustedRootJson: json,
        clientEnv: {
            NODE_OPTIONS: `--require ${hook}`,
            TOKENLESS_SANDBOX_SIGSTORE_URL: url,
            TOKENLESS_SANDBOX_SIGSTORE_TRUSTED_ROOT: rootFile,
        },
        verify: (bundle) => verifyBundle(trustedRoot, bundle),
        faults: { add: (spec) => faults.add(spec), clear: () => faults.clear() },
        requests,
        stop: () => {
            stopping ??= loopback_server_close(server).then(() => (0,promises_.rm)(dir, { recursive: true, force: true }));
            return stopping;
        },
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/sigstore/index.ts




;// CONCATENATED MODULE: ./packages/sandbox/src/index.ts






;// CONCATENATED MODULE: ./packages/cli/src/rehearse/rehearsal-sandbox.ts
// The sandbox a rehearsal runs against: GitHub's API and OIDC issuer, npm (Verdaccio behind
// trusted publishing), PyPI and TestPyPI, all on 127.0.0.1, started together and stopped together.

/**
 * Starts the services that need nothing from the repository: the OIDC issuer, Sigstore, npm
 * (Verdaccio, a process of its own and the slowest), PyPI and TestPyPI, and reads GitHub's REST
 * description. Called before the repository is prepared, so that they start while git works;
 * `startRehearsalSandbox` then adds GitHub's API, which serves the repository, and stops npm when
 * the workflow publishes nothing there.
 */
function startSandboxServices(options) {
    const now = options.now;
    const startMs = {};
    const services = { startMs };
    const timed = async (name, start, began = performance.now()) => {
        try {
            const service = await start();
            startMs[name] = performance.now() - began;
            return service;
        }
        catch (reason) {
            services.failure ??= { service: name, reason };
            return undefined;
        }
    };
    // Parsed once per process and kept: GitHub's API, started later, finds it read.
    void loadGitHubDescription(options.githubDescription).catch(() => undefined);
    // Verdaccio, a process of its own and the slowest, first: its front needs the issuer.
    const npmBegan = performance.now();
    const verdaccio = startVerdaccio();
    verdaccio.catch(() => undefined);
    const started = (async () => {
        const issuer = await timed('OIDC issuer', () => startOidcIssuer({ now }));
        services.issuer = issuer;
        const sigstore = issuer && (await timed('Sigstore', () => startSigstoreSandbox({ issuer, now })));
        services.sigstore = sigstore;
        if (issuer === undefined || sigstore === undefined) {
            // No npm front took Verdaccio over: it is stopped here.
            await verdaccio.then((backend) => backend.stop()).catch(() => undefined);
            return services;
        }
        const [npm, pypi, testpypi] = await Promise.all([
            timed('npm registry', () => server_startNpmSandbox({ issuer, sigstore, now, verdaccio }), npmBegan),
            timed('PyPI', () => server_startPypiSandbox({ issuer, name: 'pypi', sigstore, now })),
            timed('TestPyPI', () => server_startPypiSandbox({ issuer, name: 'testpypi', sigstore, now })),
        ]);
        Object.assign(services, { npm, pypi, testpypi });
        return services;
    })();
    let stopping;
    return {
        started,
        stop: () => {
            stopping ??= started.then(stopServices);
            return stopping;
        },
    };
}
async function stopServices(services) {
    const { npm, pypi, testpypi, sigstore, issuer } = services;
    await Promise.allSettled([npm?.stop(), pypi?.stop(), testpypi?.stop()]);
    await sigstore?.stop();
    await issuer?.stop();
}
function startFailure(reason) {
    return new Error(`The sandbox did not start: ${reason instanceof Error ? reason.message : String(reason)}`, { cause: reason });
}
/**
 * Completes the sandbox: the services `starting` started (started here when not given), and
 * GitHub's API for the repository; npm only when asked for (stopped when started for nothing).
 * `githubDescription`: the file of GitHub's REST description, when not `@octokit/openapi`'s.
 */
async function startRehearsalSandbox(repository, options, starting = startSandboxServices(options)) {
    const began = performance.now();
    let github;
    let githubFailure;
    try {
        github = await server_startGitHubSandbox({
            repositories: [
                {
                    owner: repository.owner,
                    repo: repository.repo,
                    gitDir: repository.gitDir,
                    defaultBranch: repository.defaultBranch,
                    private: repository.private,
                },
            ],
            descriptionFile: options.githubDescription,
        });
    }
    catch (reason) {
        githubFailure = reason;
    }
    const githubMs = performance.now() - began;
    const services = await starting.started;
    if (!options.npm && services.npm !== undefined) {
        // Started before the workflow was read; a workflow that publishes nothing to npm has none.
        await services.npm.stop();
        services.npm = undefined;
        delete services.startMs['npm registry'];
    }
    // npm's failure to start matters only to a workflow that publishes there.
    const failure = services.failure?.service === 'npm registry' && !options.npm ? undefined : services.failure;
    const { issuer, sigstore, npm, pypi, testpypi } = services;
    const stop = async () => {
        await github?.stop();
        await starting.stop();
    };
    if (github === undefined ||
        failure !== undefined ||
        issuer === undefined ||
        sigstore === undefined ||
        pypi === undefined ||
        testpypi === undefined ||
        (options.npm && npm === undefined)) {
        await stop();
        throw startFailure(failure !== undefined ? failure.reason : githubFailure);
    }
    return {
        issuer,
        github,
        npm,
        pypi,
        testpypi,
        sigstore,
        startMs: { ...services.startMs, 'GitHub API': githubMs },
        stop,
    };
}
/** Adds `--fault` specs to the services they name; returns the handles, for counts and removal. */
function injectFaults(sandbox, faults) {
    return faults.map((fault) => {
        const { spec } = fault;
        switch (fault.target) {
            case 'github':
                return { fault, handle: sandbox.github.faults.add(spec) };
            case 'registry:npm': {
                if (sandbox.npm === undefined) {
                    throw new Error(`--fault ${fault.text}: the workflow publishes nothing to npm, so the rehearsal has no npm registry to break.`);
                }
                return { fault, handle: sandbox.npm.faults.add(spec) };
            }
            case 'registry:pypi':
                return { fault, handle: sandbox.pypi.faults.add(spec) };
            case 'registry:testpypi':
                return { fault, handle: sandbox.testpypi.faults.add(spec) };
        }
    });
}

// EXTERNAL MODULE: ./packages/cli/src/rehearse/repository-copy.ts
var repository_copy = __webpack_require__(67560);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/read-back.ts
/** Each file with whether the index's integrity API serves its attestations, as users ask it. */
async function attested(indexUrl, project, files) {
    return Promise.all(files.map(async (file) => {
        const path = [project, file.version, file.filename].map(encodeURIComponent).join('/');
        const answer = await fetch(`${indexUrl}/integrity/${path}/provenance`);
        await answer.arrayBuffer();
        return { ...file, attested: answer.ok };
    }));
}
async function readBack(sandbox, options) {
    const npm = [];
    if (sandbox.npm !== undefined) {
        for (const pkg of options.packages.filter((candidate) => candidate.registry === 'npm')) {
            const response = await fetch(new URL(pkg.name.replace('/', '%2f'), sandbox.npm.url));
            if (!response.ok)
                continue;
            const packument = (await response.json());
            const seeded = options.seeded
                .filter((seed) => seed.name === pkg.name)
                .map((seed) => seed.version);
            const versions = Object.keys(packument.versions ?? {});
            const uploads = sandbox.npm.requests.filter((request) => request.action === 'publish' &&
                request.packageName === pkg.name &&
                request.status !== undefined &&
                request.status < 300).length;
            npm.push({
                name: pkg.name,
                published: versions.filter((version) => !seeded.includes(version)),
                distTags: packument['dist-tags'] ?? {},
                integrity: Object.fromEntries(Object.entries(packument.versions ?? {}).map(([version, manifest]) => [
                    version,
                    manifest.dist?.integrity ?? '',
                ])),
                provenance: Object.fromEntries(Object.entries(packument.versions ?? {}).flatMap(([version, manifest]) => {
                    const type = manifest.dist?.attestations?.provenance?.predicateType;
                    return type === undefined ? [] : [[version, type]];
                })),
                uploads,
            });
        }
    }
    const pypi = [];
    for (const registry of ['pypi', 'testpypi']) {
        const service = registry === 'pypi' ? sandbox.pypi : sandbox.testpypi;
        for (const pkg of options.packages.filter((candidate) => candidate.registry === 'pypi')) {
            const project = service.project(pkg.name);
            if (project === undefined)
                continue;
            const files = await attested(service.url, project.normalizedName, project.releases.flatMap((release) => release.files.map((file) => ({
                version: release.version,
                filename: file.filename,
                sha256: file.sha256,
                yanked: release.yanked,
            }))));
            if (files.length === 0 &&
                !service.requests.some((request) => request.project === project.normalizedName))
                continue;
            const uploads = {};
            for (const request of service.requests) {
                if (request.route !== '/legacy/' ||
                    request.status !== 200 ||
                    request.project !== project.normalizedName)
                    continue;
                const filename = request.filename ?? '?';
                uploads[filename] = (uploads[filename] ?? 0) + 1;
            }
            pypi.push({
                registry,
                name: project.name,
                published: project.releases
                    .filter((release) => release.files.length > 0)
                    .map((release) => release.version),
                files,
                uploads,
            });
        }
    }
    const { owner, repo } = options;
    const latest = sandbox.github.state.latestReleaseId(owner, repo);
    const releases = sandbox.github.state.releases(owner, repo).map((release) => ({
        tag: release.tag_name,
        name: release.name ?? '',
        draft: release.draft,
        prerelease: release.prerelease,
        latest: release.id === latest,
        url: release.html_url,
        target: release.target_commitish,
        assets: release.assets.map((asset) => ({ name: asset.name, size: asset.size })),
        body: release.body ?? '',
        author: release.author.login,
    }));
    const tags = (await sandbox.github.state.refs(owner, repo, 'refs/tags/')).map((tag) => tag.ref.replace(/^refs\/tags\//, ''));
    const checkRuns = sandbox.github.state.checkRuns(owner, repo).map((run) => ({
        name: run.name,
        sha: run.head_sha,
        conclusion: run.conclusion,
    }));
    const issues = sandbox.github.state.issues(owner, repo).map((issue) => ({
        number: issue.number,
        title: issue.title,
        state: issue.state,
        url: issue.html_url,
        body: issue.body ?? '',
    }));
    return { npm, pypi, releases, tags, checkRuns, issues };
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/version-agreement.ts
/** `v1.2.3` → `1.2.3`, `@scope/pkg@1.2.3` → `1.2.3`, `pkg-v2026.06.03` → `2026.6.3`. */
function tagVersion(tag) {
    const at = tag.lastIndexOf('@');
    if (at > 0)
        return { name: tag.slice(0, at), version: normalise(tag.slice(at + 1)) };
    const match = /^(.*?)[-_/]?v?(\d+(?:\.\d+)*(?:[-.+]?[0-9A-Za-z.]*)?)$/.exec(tag);
    if (match === null)
        return { name: undefined, version: normalise(tag) };
    return { name: match[1] === '' ? undefined : match[1], version: normalise(match[2] ?? '') };
}
/** Leading zeros of numeric parts dropped, as npm and PyPI compare: 2026.06.03 → 2026.6.3. */
function normalise(version) {
    return version.replace(/(^|\.)0+(\d)/g, '$1$2');
}
/**
 * One line per published version that no tag made in the run names, when the run made tags:
 * `npm @acme/widget@2026.6.4: the run tagged v2026.6.3`.
 */
function versionDisagreements(tagsBefore, back) {
    const before = new Set(tagsBefore);
    const made = back.tags.filter((tag) => !before.has(tag) && /\d/.test(tag));
    if (made.length === 0)
        return [];
    const tags = made.map((tag) => ({ tag, ...tagVersion(tag) }));
    const published = [
        ...back.npm.flatMap((pkg) => pkg.published.map((version) => ({ label: `npm ${pkg.name}@${version}`, pkg, version }))),
        ...back.pypi.flatMap((project) => project.published.map((version) => ({
            label: `${project.registry === 'pypi' ? 'PyPI' : 'TestPyPI'} ${project.name} ${version}`,
            pkg: project,
            version,
        }))),
    ];
    const lines = [];
    for (const { label, pkg, version } of published) {
        // A package's own tags (name@1.2.3) when the run made some, else every tag it made.
        const own = tags.filter((tag) => tag.name === pkg.name);
        const candidates = own.length > 0 ? own : tags.filter((tag) => !tag.name?.includes('@'));
        if (candidates.length === 0)
            continue;
        if (candidates.some((tag) => tag.version === normalise(version)))
            continue;
        lines.push(`${label}: the run tagged ${candidates.map((tag) => tag.tag).join(', ')}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/runner-files.ts
// What the runner reads back after a step: the env files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH)
// and the workflow commands in its output (::add-mask::, ::error::, ...).
/**
 * Parses a runner key-value file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines
 * and `name<<DELIMITER` blocks. Throws, as the runner fails the step, on an unclosed block.
 */
function parseKeyValueFile(text, file) {
    const values = {};
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '')
            continue;
        const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
        const equals = line.indexOf('=');
        if (heredoc !== null && (equals < 0 || equals > line.indexOf('<<'))) {
            const [, name = '', delimiter = ''] = heredoc;
            const end = lines.indexOf(delimiter, index + 1);
            if (end < 0) {
                throw new Error(`Matching delimiter not found '${delimiter}' in ${file}: a ${name}<<${delimiter} block is never closed.`);
            }
            values[name] = lines.slice(index + 1, end).join('\n');
            index = end;
            continue;
        }
        if (equals <= 0) {
            throw new Error(`Invalid format '${line}' in ${file}: expected name=value or name<<DELIMITER.`);
        }
        values[line.slice(0, equals)] = line.slice(equals + 1);
    }
    return values;
}
/** GITHUB_PATH: one directory per line, the last written first on PATH. */
function parsePathFile(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .reverse();
}
function unescapeData(value) {
    return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescapeProperty(value) {
    return unescapeData(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
/**
 * Reads the workflow commands in a step's output as the runner does: `::add-mask::` adds a secret
 * (the line itself is never shown), annotations are collected, `::stop-commands::TOKEN` suspends
 * command processing until `::TOKEN::`. Returns the lines to show.
 */
class WorkflowCommandReader {
    addMask;
    annotations = [];
    stopToken;
    constructor(addMask) {
        this.addMask = addMask;
    }
    /** One line of output; returns the line as the log shows it, or undefined to hide it. */
    line(text) {
        if (this.stopToken !== undefined) {
            if (text.trim() === `::${this.stopToken}::`) {
                this.stopToken = undefined;
                return undefined;
            }
            return text;
        }
        const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(text.trim());
        if (match === null)
            return text;
        const [, command = '', props = '', data = ''] = match;
        switch (command) {
            case 'add-mask': {
                const secret = unescapeData(data).trim();
                if (secret !== '')
                    this.addMask(secret);
                return undefined;
            }
            case 'stop-commands':
                this.stopToken = data;
                return undefined;
            case 'error':
            case 'warning':
            case 'notice': {
                const properties = {};
                for (const pair of props.split(',').filter(Boolean)) {
                    const at = pair.indexOf('=');
                    if (at > 0)
                        properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
                }
                const annotation = { level: command, message: unescapeData(data) };
                if (properties.file !== undefined)
                    annotation.file = properties.file;
                if (properties.line !== undefined && /^\d+$/.test(properties.line)) {
                    annotation.line = Number(properties.line);
                }
                if (properties.title !== undefined)
                    annotation.title = properties.title;
                this.annotations.push(annotation);
                return `${command === 'error' ? 'Error' : command === 'warning' ? 'Warning' : 'Notice'}: ${annotation.message}`;
            }
            case 'debug':
            case 'group':
            case 'endgroup':
            case 'save-state':
            case 'echo':
                return command === 'group' ? data : undefined;
            case 'set-output':
            case 'set-env':
            case 'add-path':
                this.annotations.push({
                    level: 'warning',
                    message: `The \`${command}\` command is disabled on GitHub: write to ${command === 'set-output' ? 'GITHUB_OUTPUT' : command === 'set-env' ? 'GITHUB_ENV' : 'GITHUB_PATH'} instead.`,
                });
                return text;
            default:
                return text;
        }
    }
}
/** Replaces every registered secret with `***`, longest first, as the runner's log does. */
/**
 * A secret as base64 shows it inside longer encoded text, as the runner masks it: from each of
 * the three byte offsets it may start at, whole 3-byte groups only.
 */
function base64Forms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [];
    // Short forms would mask unrelated text.
    for (let shift = 0; shift < 3 && bytes.length - shift >= 12; shift++) {
        // Whole 3-byte groups only: the bytes around the secret change the rest.
        const whole = Math.floor((bytes.length - shift) / 3) * 4;
        forms.push(bytes.subarray(shift).toString('base64').slice(0, whole));
    }
    return forms;
}
class Masker {
    secrets = [];
    add(secret) {
        for (const part of [secret, ...secret.split(/\r?\n/)]) {
            const trimmed = part.trim();
            // The runner ignores very short values, which would mask half the log.
            if (trimmed.length < 4)
                continue;
            for (const form of [trimmed, ...base64Forms(trimmed)]) {
                if (form.length >= 4 && !this.secrets.includes(form))
                    this.secrets.push(form);
            }
        }
        this.secrets.sort((a, b) => b.length - a.length);
    }
    mask(text) {
        let result = text;
        for (const secret of this.secrets) {
            if (result.includes(secret))
                result = result.split(secret).join('***');
        }
        return result;
    }
}

// EXTERNAL MODULE: ./packages/cli/src/rehearse/suite-root.ts
var suite_root = __webpack_require__(44071);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/yank-state.ts
// What a yank finds on release day: the earlier releases published on GitHub and their versions
// on the registries. A workflow that runs yank-notice is rehearsed against that state: the
// repository's release tags become published GitHub releases (the newest one latest), and each
// package its `packages` input names gets those versions on npm or PyPI.






const yank_state_execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The packages named by the workflow's yank-notice steps, or undefined without such a step. */
function yankPackages(workflow) {
    let found;
    for (const job of workflow.jobs) {
        for (const step of job.steps) {
            if (step.uses === undefined || !/(^|\/)actions\/yank-notice(@|\/?$)/.test(step.uses))
                continue;
            found ??= [];
            const text = typeof step.with.packages === 'string' ? step.with.packages : '';
            if (text.includes('${{'))
                continue;
            for (const line of text.split('\n')) {
                const match = /^\s*(npm|pypi):\s*(\S+)\s*$/i.exec(line);
                if (match?.[1] === undefined || match[2] === undefined)
                    continue;
                found.push({ registry: match[1].toLowerCase(), name: match[2] });
            }
        }
    }
    return found;
}
/** Release tags (v1.2.3) in the repository, oldest version first. */
async function releaseTags(gitDir) {
    const listed = await (0,git_command/* git */.$Y)(gitDir, ['tag', '--list', 'v[0-9]*', '--sort=v:refname']);
    return listed.stdout
        .split('\n')
        .map((tag) => tag.trim())
        .filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag));
}
/** A minimal pure-Python wheel of `name` at `version`, built with Python's zipfile. */
async function buildWheel(dir, name, version) {
    const dist = name.replace(/[-.]+/g, '_');
    const filename = `${dist}-${version}-py3-none-any.whl`;
    const script = `
import base64, hashlib, sys, zipfile
path, name, version, dist = sys.argv[1:5]
info = f"{dist}-{version}.dist-info"
members = {
    f"{info}/METADATA": f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n",
    f"{info}/WHEEL": "Wheel-Version: 1.0\\nGenerator: tokenless-rehearse\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
record = ""
for member, text in members.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
    record += f"{member},sha256={digest},{len(text.encode())}\\n"
members[f"{info}/RECORD"] = record + f"{info}/RECORD,,\\n"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as wheel:
    for member, text in members.items():
        wheel.writestr(member, text)
`;
    await yank_state_execFileAsync('python3', ['-c', script, (0,external_node_path_.join)(dir, filename), name, version, dist]);
    return filename;
}
async function uploadWheel(sandbox, token, dir, name, version) {
    const filename = await buildWheel(dir, name, version);
    const data = await (0,promises_.readFile)((0,external_node_path_.join)(dir, filename));
    const form = new FormData();
    const fields = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
        ['name', name],
        ['version', version],
        ['filetype', 'bdist_wheel'],
        ['pyversion', 'py3'],
        ['metadata_version', '2.1'],
        ['sha256_digest', (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')],
    ];
    for (const [field, value] of fields)
        form.append(field, value);
    form.append('content', new Blob([data]), filename);
    const response = await fetch(sandbox.pypi.uploadUrl, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}` },
        body: form,
    });
    if (!response.ok) {
        throw new Error(`Could not place ${name} ${version} on the PyPI stand-in: HTTP ${response.status} ${await response.text()}`);
    }
}
/**
 * Publishes a GitHub release for each release tag (v1.2.3) of the repository, oldest first, so
 * that the newest is latest: the releases a yank or a hotfix of an older line finds. Returns
 * the tags. `except` is left out: the release a maintainer publishes in a release event.
 */
async function publishEarlierReleases(sandbox, options) {
    const tags = (await releaseTags(options.gitDir)).filter((tag) => tag !== options.except);
    const maintainer = `rehearsal-maintainer-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    sandbox.github.tokens.register(maintainer, {
        kind: 'pat',
        login: 'maintainer',
        permissions: { contents: 'write' },
    });
    for (const tag of tags) {
        const response = await fetch(`${sandbox.github.url}/repos/${options.owner}/${options.repo}/releases`, {
            method: 'POST',
            headers: {
                authorization: `token ${maintainer}`,
                'content-type': 'application/json',
                accept: 'application/vnd.github+json',
            },
            body: JSON.stringify({ tag_name: tag, name: tag, body: `Release ${tag}.` }),
        });
        if (!response.ok) {
            throw new Error(`Could not publish the release ${tag} on the GitHub stand-in: HTTP ${response.status} ${await response.text()}`);
        }
    }
    return tags;
}
/** Places each package a yank names on its registry at every version of `tags`. */
async function placeYankedPackages(sandbox, options) {
    const versions = options.tags.map((tag) => tag.slice(1));
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.workDir, 'yank-'));
    const pypiToken = `pypi-rehearsal${(0,external_node_crypto_.randomBytes)(24).toString('hex')}`;
    if (options.packages.some((pkg) => pkg.registry === 'pypi'))
        sandbox.pypi.addApiToken(pypiToken);
    await Promise.all(options.packages.map(async (pkg) => {
        for (const version of versions) {
            if (pkg.registry === 'pypi') {
                await uploadWheel(sandbox, pypiToken, dir, pkg.name, version);
                continue;
            }
            if (sandbox.npm === undefined)
                return;
            const source = (0,external_node_path_.join)(dir, `npm-${pkg.name.replace(/[@/]/g, '_')}-${version}`);
            await (0,promises_.mkdir)(source, { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(source, 'package.json'), JSON.stringify({ name: pkg.name, version, description: `${pkg.name} ${version}` }));
            await sandbox.npm.seedPackage(source);
        }
    }));
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/gh-cli.ts
// A `gh` on every job's PATH, first: `gh release create/upload/edit/view/list/delete` and
// `gh api` served by the sandbox's GitHub API, with the job's GH_TOKEN or GITHUB_TOKEN, so that a
// `run:` step's gh never reaches github.com (the machine's own gh is never used). Anything else
// gh does says that it is not rehearsed.


/** The script, CommonJS for the Node that runs the rehearsal; API_URL is filled in. */
const GH_SCRIPT = String.raw `
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const API = API_URL
const args = process.argv.slice(2)
const out = (line) => process.stdout.write(line + '\n')
const fail = (line, code) => { process.stderr.write(line + '\n'); process.exit(code === undefined ? 1 : code) }
const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN || process.env.GH_ENTERPRISE_TOKEN || ''

function parse(list, spec) {
  // spec: flag name -> 'value' | 'bool'; aliases map short flags.
  const flags = {}
  const positional = []
  for (let i = 0; i < list.length; i++) {
    const word = list[i]
    if (!word.startsWith('-') || word === '-') { positional.push(word); continue }
    let [name, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined]
    name = spec.aliases[name] || name.replace(/^--?/, '')
    const kind = spec.flags[name]
    if (kind === undefined) fail('unknown flag: ' + word + ' (the rehearsal\'s gh stand-in knows ' + Object.keys(spec.flags).map((f) => '--' + f).join(', ') + ')')
    const value = kind === 'bool' ? (inline === undefined ? 'true' : inline) : (inline !== undefined ? inline : list[++i])
    if (kind === 'list') (flags[name] = flags[name] || []).push(value)
    else flags[name] = value
  }
  return { flags, positional }
}

function repoOf(flags) {
  const repo = flags.repo || process.env.GH_REPO || process.env.GITHUB_REPOSITORY
  if (!repo) fail('could not determine the repository: set GH_REPO or use -R OWNER/REPO')
  return repo.replace(/^https?:\/\/[^/]+\//, '')
}

async function call(method, url, body, headers) {
  if (token === '') fail('gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:\n  env:\n    GH_TOKEN: ${'$'}{{ github.token }}', 4)
  const full = url.startsWith('http') ? url : API + (url.startsWith('/') ? '' : '/') + url
  const init = { method, headers: Object.assign({ accept: 'application/vnd.github+json', authorization: 'token ' + token }, headers || {}) }
  if (body !== undefined) {
    init.body = Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body)
    if (!init.headers['content-type']) init.headers['content-type'] = 'application/json'
  }
  const response = await fetch(full, init)
  const text = await response.text()
  let data
  try { data = text === '' ? undefined : JSON.parse(text) } catch { data = text }
  return { status: response.status, ok: response.ok, data, headers: response.headers }
}

async function must(method, url, body, headers) {
  const answer = await call(method, url, body, headers)
  if (!answer.ok) fail('HTTP ' + answer.status + ': ' + ((answer.data && answer.data.message) || 'error') + ' (' + API + url + ')')
  return answer.data
}

async function releaseByTag(repo, tag) {
  const list = await must('GET', '/repos/' + repo + '/releases?per_page=100')
  return list.find((release) => release.tag_name === tag)
}

async function upload(repo, release, file, clobber) {
  const hash = file.indexOf('#')
  const filePath = hash >= 0 ? file.slice(0, hash) : file
  const label = hash >= 0 ? file.slice(hash + 1) : undefined
  const name = path.basename(filePath)
  const existing = release.assets.find((asset) => asset.name === name)
  if (existing && !clobber) fail('asset under the same name already exists: [' + name + ']')
  if (existing) await must('DELETE', '/repos/' + repo + '/releases/assets/' + existing.id)
  const data = fs.readFileSync(filePath)
  const url = release.upload_url.replace(/\{.*\}$/, '') + '?name=' + encodeURIComponent(name) + (label ? '&label=' + encodeURIComponent(label) : '')
  await must('POST', url, data, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) })
}

const RELEASE_FLAGS = {
  flags: { title: 'value', notes: 'value', 'notes-file': 'value', draft: 'bool', prerelease: 'bool', target: 'value', latest: 'bool', 'generate-notes': 'bool', 'verify-tag': 'bool', 'notes-from-tag': 'bool', repo: 'value', clobber: 'bool', tag: 'value', json: 'value', jq: 'value', limit: 'value', yes: 'bool', 'cleanup-tag': 'bool', 'discussion-category': 'value', 'fail-on-no-commits': 'bool', 'notes-start-tag': 'value' },
  aliases: { '-t': 'title', '-n': 'notes', '-F': 'notes-file', '-d': 'draft', '-p': 'prerelease', '-R': 'repo', '-q': 'jq', '-L': 'limit', '-y': 'yes' },
}

function notesOf(flags) {
  if (flags['notes-file'] !== undefined) return flags['notes-file'] === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(flags['notes-file'], 'utf8')
  return flags.notes
}

function jsonFields(release, fields) {
  const all = { id: release.id, tagName: release.tag_name, name: release.name, body: release.body, isDraft: release.draft, isPrerelease: release.prerelease, url: release.html_url, uploadUrl: release.upload_url, tarballUrl: release.tarball_url, zipballUrl: release.zipball_url, targetCommitish: release.target_commitish, createdAt: release.created_at, publishedAt: release.published_at, assets: (release.assets || []).map((asset) => ({ name: asset.name, size: asset.size, url: asset.browser_download_url, contentType: asset.content_type, apiUrl: asset.url })) }
  const picked = {}
  for (const field of fields.split(',')) picked[field.trim()] = all[field.trim()]
  return picked
}

function jq(data, filter) {
  // The paths gh's --jq is most used with: .a.b, .[0], .[].name, .a[]; else not rehearsed.
  if (!/^(\.[\w-]*|\[\d*\])+$/.test(filter.replace(/\.\[/g, '['))) fail('gh: --jq ' + filter + ': the rehearsal\'s gh stand-in reads plain paths only (.a.b, .[0], .[].name); pipe the JSON into jq instead')
  let values = [data]
  for (const part of filter.replace(/\.\[/g, '[').match(/\.[\w-]+|\[\d*\]/g) || []) {
    const next = []
    for (const value of values) {
      if (part === '[]') next.push(...(Array.isArray(value) ? value : Object.values(value || {})))
      else if (part.startsWith('[')) next.push(value == null ? null : value[Number(part.slice(1, -1))])
      else next.push(value == null ? null : value[part.slice(1)])
    }
    values = next
  }
  for (const value of values) out(typeof value === 'string' ? value : JSON.stringify(value))
}

function print(data, flags, fields) {
  const shown = fields && flags.json !== undefined ? (Array.isArray(data) ? data.map((item) => fields(item, flags.json)) : fields(data, flags.json)) : data
  if (flags.jq !== undefined) return jq(shown, flags.jq)
  out(JSON.stringify(shown, null, 2))
}

async function release(sub, rest) {
  const { flags, positional } = parse(rest, RELEASE_FLAGS)
  const repo = repoOf(flags)
  const tag = positional[0]
  if (sub === 'create') {
    if (!tag) fail('could not create: no tag name provided')
    if (await releaseByTag(repo, tag)) fail('a release with the same tag name already exists: ' + tag)
    const body = { tag_name: tag, name: flags.title || tag, body: notesOf(flags) || '', draft: flags.draft === 'true', prerelease: flags.prerelease === 'true' }
    if (flags.target) body.target_commitish = flags.target
    if (flags.latest !== undefined) body.make_latest = flags.latest
    if (flags['generate-notes'] === 'true') body.generate_release_notes = true
    let created = await must('POST', '/repos/' + repo + '/releases', body)
    for (const file of positional.slice(1)) await upload(repo, created, file, false)
    return out(created.html_url)
  }
  if (sub === 'upload') {
    const found = tag && await releaseByTag(repo, tag)
    if (!found) fail('release not found')
    for (const file of positional.slice(1)) await upload(repo, found, file, flags.clobber === 'true')
    return
  }
  if (sub === 'edit') {
    const found = tag && await releaseByTag(repo, tag)
    if (!found) fail('release not found')
    const body = {}
    if (flags.title !== undefined) body.name = flags.title
    const notes = notesOf(flags)
    if (notes !== undefined) body.body = notes
    if (flags.draft !== undefined) body.draft = flags.draft === 'true'
    if (flags.prerelease !== undefined) body.prerelease = flags.prerelease === 'true'
    if (flags.latest !== undefined) body.make_latest = flags.latest
    if (flags.tag !== undefined) body.tag_name = flags.tag
    if (flags.target !== undefined) body.target_commitish = flags.target
    const edited = await must('PATCH', '/repos/' + repo + '/releases/' + found.id, body)
    return out(edited.html_url)
  }
  if (sub === 'view') {
    const found = tag ? await releaseByTag(repo, tag) : await must('GET', '/repos/' + repo + '/releases/latest')
    if (!found) fail('release not found')
    if (flags.json !== undefined) return print(found, flags, jsonFields)
    out(found.name || found.tag_name)
    out(found.tag_name + (found.draft ? ' (draft)' : '') + (found.prerelease ? ' (pre-release)' : ''))
    out('')
    out(found.body || '')
    for (const asset of found.assets) out('asset:\t' + asset.name)
    return out('View on GitHub: ' + found.html_url)
  }
  if (sub === 'list') {
    const list = (await must('GET', '/repos/' + repo + '/releases?per_page=100')).slice(0, Number(flags.limit || 30))
    if (flags.json !== undefined) return print(list, flags, jsonFields)
    for (const item of list) out([item.name || item.tag_name, item.draft ? 'Draft' : item.prerelease ? 'Pre-release' : 'Latest', item.tag_name, item.published_at || item.created_at].join('\t'))
    return
  }
  if (sub === 'delete') {
    const found = tag && await releaseByTag(repo, tag)
    if (!found) fail('release not found')
    await must('DELETE', '/repos/' + repo + '/releases/' + found.id)
    if (flags['cleanup-tag'] === 'true') await must('DELETE', '/repos/' + repo + '/git/refs/tags/' + tag)
    return
  }
  fail('gh release ' + sub + ' is not rehearsed: the rehearsal\'s gh stand-in serves gh release create, upload, edit, view, list and delete, and gh api')
}

function fieldValue(raw, typed) {
  if (!typed) return raw
  if (raw === 'true' || raw === 'false') return raw === 'true'
  if (raw === 'null') return null
  if (/^-?\d+$/.test(raw)) return Number(raw)
  if (raw.startsWith('@')) return fs.readFileSync(raw.slice(1), 'utf8')
  return raw
}

async function api(rest) {
  const { flags, positional } = parse(rest, {
    flags: { method: 'value', field: 'list', 'raw-field': 'list', header: 'list', input: 'value', paginate: 'bool', jq: 'value', silent: 'bool', include: 'bool', hostname: 'value', preview: 'list', verbose: 'bool', slurp: 'bool', cache: 'value', template: 'value' },
    aliases: { '-X': 'method', '-F': 'field', '-f': 'raw-field', '-H': 'header', '-q': 'jq', '-i': 'include', '-p': 'preview', '-t': 'template' },
  })
  if (positional.length === 0) fail('accepts 1 arg(s), received 0')
  const [owner, name] = repoOf({}).split('/')
  let endpoint = positional[0].replace(/\{owner\}/g, owner).replace(/\{repo\}/g, name).replace(/:owner/g, owner).replace(/:repo/g, name)
  if (endpoint === 'graphql') fail('gh api graphql is not rehearsed: the sandbox serves GitHub\'s REST API')
  const fields = {}
  for (const pair of flags['raw-field'] || []) fields[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1)
  for (const pair of flags.field || []) fields[pair.slice(0, pair.indexOf('='))] = fieldValue(pair.slice(pair.indexOf('=') + 1), true)
  const method = (flags.method || (Object.keys(fields).length > 0 || flags.input ? 'POST' : 'GET')).toUpperCase()
  const headers = {}
  for (const header of flags.header || []) headers[header.slice(0, header.indexOf(':')).trim().toLowerCase()] = header.slice(header.indexOf(':') + 1).trim()
  let body
  if (flags.input !== undefined) body = flags.input === '-' ? fs.readFileSync(0) : fs.readFileSync(flags.input)
  else if (method === 'GET' && Object.keys(fields).length > 0) endpoint += (endpoint.includes('?') ? '&' : '?') + new URLSearchParams(fields).toString()
  else if (Object.keys(fields).length > 0) body = fields
  let answer = await call(method, '/' + endpoint.replace(/^\//, ''), body, headers)
  let data = answer.data
  while (flags.paginate === 'true' && answer.ok && Array.isArray(answer.data)) {
    const next = /<([^>]+)>;\s*rel="next"/.exec(answer.headers.get('link') || '')
    if (!next) break
    answer = await call('GET', next[1])
    data = data.concat(answer.data || [])
  }
  if (!answer.ok) {
    if (answer.data !== undefined) out(JSON.stringify(answer.data))
    fail('gh: ' + ((answer.data && answer.data.message) || 'error') + ' (HTTP ' + answer.status + ')')
  }
  if (flags.silent === 'true' || data === undefined) return
  if (flags.jq !== undefined) return jq(data, flags.jq)
  out(typeof data === 'string' ? data : JSON.stringify(data))
}

async function main() {
  const [command, sub, ...rest] = args
  if (command === '--version' || command === 'version') return out('gh version 2.0.0 (the tokenless rehearsal\'s stand-in, on the sandbox\'s GitHub API)')
  if (command === 'release' && sub !== undefined) return release(sub, rest)
  if (command === 'api') return api(sub === undefined ? [] : [sub, ...rest])
  if (command === 'auth' && sub === 'status') return out('Logged in to the sandbox\'s GitHub API (' + API + ') with ' + (token === '' ? 'no token' : 'the job\'s token'))
  fail('gh ' + args.slice(0, 2).join(' ') + ' is not rehearsed: the rehearsal\'s gh stand-in serves gh release create, upload, edit, view, list and delete, and gh api, from the sandbox\'s GitHub API')
}

main().catch((error) => fail('gh: ' + (error && error.message ? error.message : String(error))))
`;
/** Writes the gh stand-in into `dir` for the sandbox API at `apiUrl`; returns `dir`. */
function writeGhStandIn(dir, apiUrl) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const script = `#!${process.execPath}\n${GH_SCRIPT.replace('API_URL', JSON.stringify(apiUrl))}`;
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'gh'), script, { mode: 0o755 });
    return dir;
}
/**
 * The PATH every job starts with: the rehearsal's stand-in tools (gh) first, then the Node that
 * runs the rehearsal, then the machine's PATH.
 */
function sandboxToolsPath(workDir, apiUrl) {
    const tools = writeGhStandIn((0,external_node_path_.join)(workDir, 'bin'), apiUrl);
    return [tools, (0,external_node_path_.dirname)(process.execPath), process.env.PATH ?? '/usr/bin:/bin'].join(':');
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/sandbox-urls.ts
// The tools every job finds first on PATH that talk to the sandbox only (gh).

/** A public registry URL (npm, PyPI, TestPyPI, any path under it) at the sandbox's service. */
function sandboxUrl(sandbox, value) {
    const { npm, pypi, testpypi } = sandbox;
    const origins = [
        ['https://test.pypi.org', 'TestPyPI', testpypi.url],
        ['https://upload.pypi.org', 'PyPI', pypi.url],
        ['https://pypi.org', 'PyPI', pypi.url],
        ['https://registry.npmjs.org', 'npm registry', npm?.url],
    ];
    for (const [origin, name, base] of origins) {
        if (base === undefined)
            continue;
        if (value !== origin && !value.startsWith(`${origin}/`))
            continue;
        return { name, url: `${base.replace(/\/+$/, '')}${value.slice(origin.length)}` };
    }
    return undefined;
}
/** A publish registry (`npm`, `pypi`, `testpypi` or a URL) as the sandbox's upload address. */
function sandboxRegistry(sandbox, registry) {
    const { npm, pypi, testpypi } = sandbox;
    const trimmed = registry.replace(/\/+$/, '');
    if ((registry === 'npm' || trimmed === 'https://registry.npmjs.org') && npm !== undefined) {
        return { name: 'npm', url: npm.url };
    }
    if (registry === 'pypi' || trimmed === 'https://upload.pypi.org/legacy') {
        return { name: 'PyPI', url: pypi.uploadUrl };
    }
    if (registry === 'testpypi' || trimmed === 'https://test.pypi.org/legacy') {
        return { name: 'TestPyPI', url: testpypi.uploadUrl };
    }
    if (npm !== undefined && registry.startsWith(npm.url.replace(/\/$/, '')))
        return { name: 'npm', url: npm.url };
    if (registry.startsWith(pypi.url))
        return { name: 'PyPI', url: pypi.uploadUrl };
    if (registry.startsWith(testpypi.url))
        return { name: 'TestPyPI', url: testpypi.uploadUrl };
    return undefined;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/containment.ts
// Nothing a rehearsed workflow publishes leaves the machine, whatever registry it names: public
// registry addresses in a step's env, `with:` and upload URLs in its script point at the sandbox;
// the variables publishing tools read for their target are forced to it; and `npm`, `pnpm`,
// `yarn`, `twine` and `uv` on PATH are shims that send every publish to the sandbox (npm still
// does its own OIDC exchange, with the job's ACTIONS_ID_TOKEN_REQUEST_* and npm's audience; a
// `twine upload` given no password in a job that can mint one makes the exchange twine 6.1 makes).
// Reads are left alone: installs reach the real registries with the machine's network settings.





/** The tools the shims stand before, on every job's PATH. */
const SHIMMED_TOOLS = ['npm', 'pnpm', 'yarn', 'twine', 'uv'];
/** Whether the workflow may publish to npm: a publish command in `run:`, or setup-node with a registry. */
function mayPublishToNpm(workflow) {
    return workflow.jobs.some((job) => job.steps.some((step) => {
        if (/^actions\/setup-node@/.test(step.uses ?? '') && step.with['registry-url'] !== undefined)
            return true;
        const run = step.run ?? changesetsScript(step);
        if (run === undefined)
            return false;
        const plain = { run };
        return ((0,src/* publishesOf */.ZU)(plain, (0,src_step/* stepContext */.ev)(plain)).some((found) => found.registry !== 'pypi') ||
            /\b(npm|pnpm|yarn)\b[^\n]*\bpublish\b/.test(run));
    }));
}
/** PyPI's upload and trusted-publishing endpoints in a script: writes, always the sandbox's. */
const PYPI_WRITE_URL = /https:\/\/(?:upload\.pypi\.org|test\.pypi\.org|pypi\.org)\/(?:legacy\/?|_\/oidc\/[\w/-]*)/g;
/** An upload address given to twine or uv on the command line (`python -m twine` has no shim). */
const UPLOAD_FLAG = /(--repository-url|--publish-url)(=|[ \t]+)(["']?)(https?:\/\/[^\s"']+)/g;
/** A `run:` script with PyPI's write addresses turned to the sandbox's, and a note per change. */
function containScript(sandbox, script, notes) {
    const loopback = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/;
    const flagged = script.replace(UPLOAD_FLAG, (whole, flag, gap, quote, url) => {
        if (loopback.test(url) || PYPI_WRITE_URL.test(url)) {
            PYPI_WRITE_URL.lastIndex = 0;
            return whole;
        }
        const target = /test/i.test(url) ? sandbox.testpypi.uploadUrl : sandbox.pypi.uploadUrl;
        notes.push(`run: ${flag} ${url} is not in the sandbox; ${target} instead`);
        return `${flag}${gap}${quote}${target}`;
    });
    return flagged.replace(PYPI_WRITE_URL, (url) => {
        const local = sandboxUrl(sandbox, url.replace('https://upload.pypi.org', 'https://pypi.org'));
        if (local === undefined)
            return url;
        notes.push(`run: ${url} → the sandbox's ${local.name} (${local.url})`);
        return local.url;
    });
}
/** An action's `with:` values that are a public registry address, turned to the sandbox's. */
function containInputs(sandbox, inputs, notes) {
    for (const [name, value] of Object.entries(inputs)) {
        if (!/^https?:\/\/\S+$/.test(value.trim()))
            continue;
        const local = sandboxUrl(sandbox, value.trim());
        if (local === undefined)
            continue;
        inputs[name] = local.url;
        notes.push(`with ${name}: ${value} → the sandbox's ${local.name} (${local.url})`);
    }
}
/**
 * A step's process environment contained: registry addresses in the workflow's env at the
 * sandbox, and the publish targets of twine, uv and yarn forced to it.
 */
function containEnv(sandbox, processEnv, workflowNames, notes) {
    for (const name of workflowNames) {
        const value = processEnv[name] ?? '';
        const local = sandboxUrl(sandbox, value);
        if (local === undefined)
            continue;
        processEnv[name] = local.url;
        notes.push(`env ${name}: ${value} → the sandbox's ${local.name} (${local.url})`);
    }
    const forced = {
        TWINE_REPOSITORY_URL: sandbox.pypi.uploadUrl,
        UV_PUBLISH_URL: sandbox.pypi.uploadUrl,
        YARN_NPM_PUBLISH_REGISTRY: sandbox.npm?.url,
    };
    const sandboxes = [sandbox.pypi.url, sandbox.testpypi.url, sandbox.npm?.url].flatMap((url) => url === undefined ? [] : [url.replace(/\/+$/, '')]);
    for (const [name, url] of Object.entries(forced)) {
        if (url === undefined)
            continue;
        const value = processEnv[name];
        if (value !== undefined && sandboxes.some((base) => value.startsWith(base)))
            continue;
        processEnv[name] = url;
        if (value !== undefined && value !== '')
            notes.push(`env ${name}: ${value} is not in the sandbox; set to ${url}`);
    }
}
/** The file that marks a folder of publish shims (whichOn skips such a folder). */
const PUBLISH_SHIM_PROGRAM = 'publish-shim.cjs';
/**
 * Writes the shims into `dir` (put first on every job's PATH): each runs the real tool found
 * further on PATH, adding the sandbox as the target of a publish.
 */
async function writePublishShims(dir, sandbox) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const targets = {
        npm: sandbox.npm?.url ?? '',
        pypi: sandbox.pypi.uploadUrl,
        testpypi: sandbox.testpypi.uploadUrl,
    };
    const program = (0,external_node_path_.join)(dir, PUBLISH_SHIM_PROGRAM);
    await (0,promises_.writeFile)(program, SHIM_PROGRAM.replace('__TARGETS__', JSON.stringify(targets)));
    for (const tool of SHIMMED_TOOLS) {
        const file = (0,external_node_path_.join)(dir, tool);
        await (0,promises_.writeFile)(file, `#!/bin/sh\nexec "${process.execPath}" "${program}" ${tool} "$@"\n`);
        await (0,promises_.chmod)(file, 0o755);
    }
    return dir;
}
const SHIM_PROGRAM = `// tokenless rehearse: a publish by this tool goes to the sandbox, whatever the workflow names.
const { spawnSync } = require('node:child_process')
const { accessSync, constants, realpathSync } = require('node:fs')
const { join } = require('node:path')
const targets = __TARGETS__
const [tool, ...args] = process.argv.slice(2)
const here = realpathSync(__dirname)
const real = (process.env.PATH || '').split(':').filter((dir) => {
  try { return dir !== '' && realpathSync(dir) !== here } catch { return false }
}).map((dir) => join(dir, tool)).find((file) => {
  try { accessSync(file, constants.X_OK); return true } catch { return false }
})
if (real === undefined) {
  process.stderr.write(tool + ': command not found\\n')
  process.exit(127)
}
const env = { ...process.env }
let trusted
const say = (url) => process.stderr.write('[tokenless rehearse] ' + tool + ' publishes to the sandbox: ' + url + '\\n')
const words = args.filter((arg) => !arg.startsWith('-'))
// What npm's registry refuses (E422) in a publish with provenance, said before the upload with
// what to change: a runner that is not GitHub-hosted, a package.json repository that is not the
// repository the provenance names. (Without id-token: write, npm refuses by itself.)
function provenanceRefusal() {
  const flag = args.filter((arg) => /^--(no-)?provenance(=|$)/.test(arg)).pop()
  const setting = flag === undefined ? env.npm_config_provenance ?? env.NPM_CONFIG_PROVENANCE ?? '' : flag
  // The folder published: a word after publish that holds a package.json (not a flag's value
  // such as --access public), else the working directory. A tarball is left to the registry.
  const read = (folder) => {
    try { return JSON.parse(require('node:fs').readFileSync(join(folder, 'package.json'), 'utf8')) } catch { return undefined }
  }
  const after = words.slice(words.indexOf('publish') + 1)
  const tarball = after.some((word) => /\\.t(ar\\.)?gz$/.test(word))
  const named = after.map((word) => read(require('node:path').resolve(word))).find((found) => found !== undefined)
  const manifest = tarball ? undefined : named !== undefined ? named : read(process.cwd())
  const configured = manifest && manifest.publishConfig ? manifest.publishConfig.provenance : undefined
  const asked = flag !== undefined ? /^--provenance(=true)?$/.test(flag)
    : /^true$/i.test(String(setting)) || configured === true || configured === 'true'
  if (!asked || env.GITHUB_ACTIONS !== 'true') return undefined
  const runner = env.RUNNER_ENVIRONMENT
  if (runner !== undefined && runner !== 'github-hosted') {
    return 'this job runs on a self-hosted runner (RUNNER_ENVIRONMENT=' + runner + '), and npm accepts provenance only from GitHub-hosted runners (on GitHub the registry answers E422 "Unsupported GitHub Actions runner environment"). Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest), or publish without provenance.'
  }
  const repository = env.GITHUB_REPOSITORY
  if (manifest === undefined || !repository) return undefined
  const field = manifest.repository
  const url = typeof field === 'string' ? field : field && typeof field.url === 'string' ? field.url : undefined
  const match = /github(?:\\.com)?[:/]([^/]+\\/[^/#]+?)(?:\\.git)?(?:#.*)?$/i.exec(url || '')
  if (match && match[1].toLowerCase() === repository.toLowerCase()) return undefined
  return (manifest.name || 'the package') + ": package.json's repository is " + (url || 'not set') + ', but provenance ties the package to ' + repository + ', and npm refuses the publish when they differ (on GitHub the registry answers E422 "Failed to validate repository information"). Set "repository": { "type": "git", "url": "git+https://github.com/' + repository + '.git" } in package.json.'
}
const test = args.some((arg) => /test\\.?pypi|testpypi/i.test(arg)) || (args.includes(targets.testpypi))
if (['npm', 'pnpm', 'yarn'].includes(tool) && words.includes('publish') && targets.npm === '') {
  // No npm registry in the sandbox: a publish has nowhere to go but off the machine.
  process.stderr.write('[tokenless rehearse] ' + tool + ' publish refused: the rehearsal started no npm registry (it saw no npm publish in the workflow), and a publish never leaves the machine.\\n')
  process.exit(1)
}
if ((tool === 'npm' || tool === 'pnpm') && words.includes('publish') && targets.npm !== '') {
  const refusal = provenanceRefusal()
  if (refusal !== undefined) {
    process.stderr.write('[tokenless rehearse] ' + tool + ' publish with provenance refused before any upload: ' + refusal + '\\n')
    process.exit(1)
  }
  args.push('--registry=' + targets.npm)
  say(targets.npm)
} else if (tool === 'yarn' && words.includes('publish') && targets.npm !== '') {
  env.YARN_NPM_PUBLISH_REGISTRY = targets.npm
  if (!words.includes('npm')) args.push('--registry', targets.npm)
  say(targets.npm)
} else if (tool === 'twine' && words[0] === 'upload') {
  const url = test ? targets.testpypi : targets.pypi
  args.push('--repository-url', url)
  say(url)
  const given = (env.TWINE_PASSWORD || '') !== '' || args.some((arg) => arg === '-p' || arg === '--password' || arg.startsWith('--password='))
  const named = args.findIndex((arg) => arg === '-u' || arg === '--username')
  const user = named >= 0 ? args[named + 1] : (env.TWINE_USERNAME || '__token__')
  if (!given && user === '__token__' && env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) trusted = url
} else if (tool === 'uv' && words[0] === 'publish') {
  const url = test ? targets.testpypi : targets.pypi
  for (let i = args.length - 1; i >= 0; i--) {
    if (args[i] === '--publish-url' || args[i] === '--index') args.splice(i, 2)
    else if (/^--(publish-url|index)=/.test(args[i])) args.splice(i, 1)
  }
  args.push('--publish-url', url)
  env.UV_PUBLISH_URL = url
  say(url)
}
function run() {
  const result = spawnSync(real, args, { stdio: 'inherit', env })
  if (result.error) { process.stderr.write(String(result.error.message) + '\\n'); process.exit(127) }
  process.exit(result.status === null ? 1 : result.status)
}
// twine 6.1 and later do trusted publishing when no password is given on GitHub Actions: the
// index's audience, the job's OIDC token for it, the token exchange. The machine's twine may be
// older, and the upload goes to the sandbox, so the shim does it as twine would.
async function mint(url) {
  const base = url.replace(/\\/legacy\\/?$/, '')
  const audience = await fetch(base + '/_/oidc/audience')
  if (!audience.ok) throw new Error('trusted publishing: ' + base + '/_/oidc/audience answered ' + audience.status)
  const { audience: aud } = await audience.json()
  const request = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const identity = await fetch(request + (request.includes('?') ? '&' : '?') + 'audience=' + encodeURIComponent(aud), { headers: { authorization: 'Bearer ' + env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } })
  if (!identity.ok) throw new Error('Unable to retrieve an OIDC token from the CI platform for trusted publishing (HTTP ' + identity.status + ')')
  const { value } = await identity.json()
  process.stdout.write('::add-mask::' + value + '\\n')
  const minted = await fetch(base + '/_/oidc/mint-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: value }) })
  const payload = await minted.json().catch(() => ({}))
  if (!minted.ok || typeof payload.token !== 'string') {
    const reasons = (payload.errors || []).map((error) => '* ' + error.code + ': ' + error.description).join('\\n')
    throw new Error('The token request failed; the index server gave the following reasons:\\n\\n' + reasons)
  }
  process.stdout.write('::add-mask::' + payload.token + '\\n')
  env.TWINE_USERNAME = '__token__'
  env.TWINE_PASSWORD = payload.token
  process.stderr.write("[tokenless rehearse] twine: trusted publishing as twine 6.1 and later do it: the job's OIDC token exchanged at the sandbox's index\\n")
}
if (trusted === undefined) run()
else mint(trusted).then(run, (error) => { process.stderr.write('twine: ' + error.message + '\\n'); process.exit(1) })
`;

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/runner-differences.ts
/** Tools of GitHub's ubuntu-latest image (or put there by a setup action), with how to install each. */
const RUNNER_TOOLS = {
    pipx: 'python3 -m pip install --user pipx (or apt-get install pipx)',
    uv: 'curl -LsSf https://astral.sh/uv/install.sh | sh (or pipx install uv); astral-sh/setup-uv installs it on GitHub',
    uvx: 'curl -LsSf https://astral.sh/uv/install.sh | sh (uvx comes with uv)',
    gh: 'apt-get install gh (see https://cli.github.com)',
    jq: 'apt-get install jq',
    yq: 'the yq binary from https://github.com/mikefarah/yq/releases',
    python: 'apt-get install python-is-python3 (GitHub’s image has python as well as python3)',
    twine: 'pipx install twine',
    poetry: 'pipx install poetry',
    hatch: 'pipx install hatch',
    pdm: 'pipx install pdm',
    flit: 'pipx install flit',
    maturin: 'pipx install maturin',
    pnpm: 'corepack enable pnpm (or npm install -g pnpm)',
    yarn: 'corepack enable yarn (or npm install -g yarn)',
    zstd: 'apt-get install zstd',
    docker: 'Docker Engine (https://docs.docker.com/engine/install/)',
    cargo: 'rustup (https://rustup.rs)',
    rustc: 'rustup (https://rustup.rs)',
    go: 'Go (https://go.dev/dl/)',
    java: 'apt-get install default-jdk',
    mvn: 'apt-get install maven',
    gradle: 'Gradle (https://gradle.org/install/)',
    ruby: 'apt-get install ruby',
    gem: 'apt-get install ruby',
    dotnet: 'the .NET SDK (https://dot.net)',
    pwsh: 'PowerShell (https://aka.ms/powershell)',
    aws: 'the AWS CLI (https://aws.amazon.com/cli/)',
    az: 'the Azure CLI (https://aka.ms/azure-cli)',
    gcloud: 'the Google Cloud CLI (https://cloud.google.com/sdk)',
    kubectl: 'kubectl (https://kubernetes.io/docs/tasks/tools/)',
    helm: 'Helm (https://helm.sh/docs/intro/install/)',
    make: 'apt-get install make',
    zip: 'apt-get install zip',
    unzip: 'apt-get install unzip',
    rsync: 'apt-get install rsync',
    xvfb: 'apt-get install xvfb',
    sqlite3: 'apt-get install sqlite3',
};
/**
 * A shell's "not found" line: bash's `x.sh: line 3: pipx: command not found`, sh's
 * `x.sh: 3: pipx: not found`, a publish shim's `pnpm: command not found`.
 */
const NOT_FOUND = /(?:^|:\s*)([\w.+-]+): (?:command )?not found\s*$/;
/** The first command a step's log says is not found, with what to say about it. */
function missingTool(log) {
    for (const line of log) {
        const tool = NOT_FOUND.exec(line)?.[1];
        if (tool === undefined)
            continue;
        const install = RUNNER_TOOLS[tool];
        return {
            tool,
            advice: install === undefined
                ? `${tool} is not on this machine's PATH (the step expects it: on GitHub's runner image, or installed by an earlier step there). Install it here, then rehearse again.`
                : `${tool} is not installed on this machine; GitHub's runner has it. Install it with: ${install}. Then rehearse again.`,
        };
    }
    return undefined;
}
/** The OS a `runs-on:` asks for, when it is not Linux. */
function otherOs(runsOn) {
    if (/\bmacos\b|\bmacOS\b/i.test(runsOn))
        return 'macOS';
    if (/\bwindows\b/i.test(runsOn))
        return 'Windows';
    return undefined;
}
/** Every difference from GitHub's runner the jobs of a run met, one line each. */
function runnerDifferences(jobs) {
    const lines = [];
    for (const job of jobs) {
        const os = otherOs(job.runsOn);
        if (os !== undefined) {
            lines.push(`job ${job.label}: runs-on ${job.runsOn} runs on ${os} on GitHub; the rehearsal ran it on Linux (this machine), so ${os}-only steps, paths and tools may behave differently`);
        }
        else if (/self-hosted/.test(job.runsOn)) {
            lines.push(`job ${job.label}: runs-on ${job.runsOn} is a self-hosted runner on GitHub (its own tools and network); the rehearsal ran it on this machine`);
        }
        for (const step of job.steps) {
            // A setup action's version this machine does not have (setup-node, setup-python, ...).
            if (/^actions\/setup-\w+@/.test(step.uses ?? '')) {
                for (const annotation of step.annotations) {
                    if (annotation.level === 'warning' &&
                        / was asked for; this machine has /.test(annotation.message))
                        lines.push(`${job.label} › ${step.label}: ${annotation.message}`);
                }
            }
            if (step.status !== 'failure')
                continue;
            const missing = missingTool(step.log);
            if (missing !== undefined)
                lines.push(`${job.label} › ${step.label}: ${missing.advice}`);
        }
    }
    return [...new Set(lines)];
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/trigger-events.ts
// The events release workflows run on besides a dispatch: a push of a branch or tag (its
// `branches`, `tags` and `paths` filters checked as GitHub checks them), a schedule, and a
// workflow_run that follows another workflow. Each gives the payload GitHub sends, or says
// plainly why the workflow would not run.

/** A filter pattern of `on:` (`v*`, `releases/**`, `!docs/**`) as a regular expression. */
function filterPattern(pattern) {
    let source = '';
    for (let index = 0; index < pattern.length; index++) {
        const char = pattern[index] ?? '';
        if (char === '*' && pattern[index + 1] === '*') {
            source += '.*';
            index++;
        }
        else if (char === '*')
            source += '[^/]*';
        else if (char === '?' || char === '+')
            source += char;
        else if (char === '[') {
            const end = pattern.indexOf(']', index);
            if (end < 0)
                source += '\\[';
            else {
                source += pattern.slice(index, end + 1);
                index = end;
            }
        }
        else
            source += char.replace(/[.^${}()|\\/]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
/** Whether `value` passes a list of patterns: the last pattern that matches decides (`!` excludes). */
function passesFilter(patterns, value) {
    let passes = false;
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        if (filterPattern(negated ? pattern.slice(1) : pattern).test(value))
            passes = !negated;
    }
    return passes;
}
function list(value) {
    if (value === undefined || value === null)
        return undefined;
    return (Array.isArray(value) ? value : [value]).map(String);
}
/** The `on.<event>` settings of a workflow, as a record (an event listed bare has none). */
function eventSettings(workflow, event) {
    const settings = workflow.on[event];
    return typeof settings === 'object' && settings !== null && !Array.isArray(settings)
        ? settings
        : {};
}
/**
 * Why a push of `ref` with `changed` files would not run the workflow, or undefined when it runs:
 * branch filters for a branch, tag filters for a tag (a push of the other kind does not run a
 * workflow that filters only one kind), and paths filters (not checked for tags, as on GitHub).
 */
function pushFilterMismatch(workflow, ref, changed) {
    const on = eventSettings(workflow, 'push');
    const isTag = ref.startsWith('refs/tags/');
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    const branches = list(on.branches);
    const branchesIgnore = list(on['branches-ignore']);
    const tags = list(on.tags);
    const tagsIgnore = list(on['tags-ignore']);
    const kind = isTag ? 'tag' : 'branch';
    const [only, ignore] = isTag ? [tags, tagsIgnore] : [branches, branchesIgnore];
    const otherFiltered = isTag
        ? branches !== undefined || branchesIgnore !== undefined
        : tags !== undefined || tagsIgnore !== undefined;
    if (only === undefined && ignore === undefined && otherFiltered) {
        return `on.push filters ${isTag ? 'branches' : 'tags'} only, so a push of the ${kind} ${name} does not run it`;
    }
    if (only !== undefined && !passesFilter(only, name))
        return `the ${kind} ${name} does not match on.push.${isTag ? 'tags' : 'branches'} (${only.join(', ')})`;
    if (ignore !== undefined && passesFilter(ignore, name))
        return `the ${kind} ${name} matches on.push.${isTag ? 'tags' : 'branches'}-ignore (${ignore.join(', ')})`;
    if (isTag)
        return undefined;
    const paths = list(on.paths);
    const pathsIgnore = list(on['paths-ignore']);
    if (paths !== undefined && !changed.some((file) => passesFilter(paths, file)))
        return `no file the push changes (${changed.join(', ') || 'none'}) matches on.push.paths (${paths.join(', ')})`;
    if (pathsIgnore !== undefined && changed.every((file) => passesFilter(pathsIgnore, file)))
        return `every file the push changes (${changed.join(', ') || 'none'}) matches on.push.paths-ignore (${pathsIgnore.join(', ')})`;
    return undefined;
}
/** The first cron of `on.schedule` (the model keeps it as `{ cron: [...] }`), as the payload names it. */
function scheduleCron(workflow) {
    const cron = list(eventSettings(workflow, 'schedule').cron);
    return cron?.[0];
}
/** What `on.workflow_run` asks for: the workflows it follows, and whether `branch` passes its filters. */
function workflowRunTrigger(workflow, branch) {
    const on = eventSettings(workflow, 'workflow_run');
    const workflows = list(on.workflows) ?? [];
    const types = list(on.types) ?? ['completed', 'requested'];
    const action = types.includes('completed') ? 'completed' : 'requested';
    const branches = list(on.branches);
    const branchesIgnore = list(on['branches-ignore']);
    let mismatch;
    if (branches !== undefined && !passesFilter(branches, branch))
        mismatch = `the branch ${branch} of the run it follows does not match on.workflow_run.branches (${branches.join(', ')})`;
    else if (branchesIgnore !== undefined && passesFilter(branchesIgnore, branch))
        mismatch = `the branch ${branch} of the run it follows matches on.workflow_run.branches-ignore (${branchesIgnore.join(', ')})`;
    return { workflows, action, mismatch };
}
/** The payload and ref of a push, schedule or workflow_run event, checked against its filters. */
async function triggerEvent(event, given, notes) {
    const { workflow, gitDir, ref, sha } = given;
    const sender = { login: 'maintainer' };
    if (event === 'push') {
        const parent = await (0,git_command/* git */.$Y)(gitDir, ['rev-parse', '--verify', '--quiet', `${sha}^`], {
            allowFailure: true,
        });
        const before = parent.exitCode === 0 ? parent.stdout.trim() : '0'.repeat(40);
        const changed = parent.exitCode === 0
            ? (await (0,git_command/* git */.$Y)(gitDir, ['diff', '--name-only', before, sha])).stdout
                .split('\n')
                .filter((file) => file !== '')
            : [];
        const mismatch = pushFilterMismatch(workflow, ref, changed);
        if (mismatch !== undefined) {
            throw new FilterMismatch(`${given.workflowPath} would not run on this push: ${mismatch}. Rehearse a push it runs on with --ref (a branch, or refs/tags/NAME for a tag).`);
        }
        const head = (await (0,git_command/* git */.$Y)(gitDir, ['log', '-1', '--format=%s%n%an%n%ae%n%cI', sha])).stdout;
        const [message = '', name = '', email = '', timestamp = ''] = head.split('\n');
        const commit = { id: sha, message, timestamp, author: { name, email }, distinct: true };
        notes.push(`push event: ${ref} at ${sha.slice(0, 7)}${ref.startsWith('refs/tags/') ? ' (a new tag)' : `, changing ${changed.length} file(s) since ${before.slice(0, 7)}`}`);
        const payload = {
            ref,
            before: ref.startsWith('refs/tags/') ? '0'.repeat(40) : before,
            after: sha,
            created: ref.startsWith('refs/tags/'),
            deleted: false,
            forced: false,
            base_ref: null,
            commits: ref.startsWith('refs/tags/') ? [] : [commit],
            head_commit: commit,
            pusher: { name: 'maintainer' },
            repository: given.repository,
            sender,
        };
        return { payload, ref, sha };
    }
    // A schedule and a workflow_run run on the default branch's last commit.
    const mainRef = `refs/heads/${given.defaultBranch}`;
    const mainSha = (await (0,git_command/* git */.$Y)(gitDir, ['rev-parse', mainRef])).stdout.trim();
    if (event === 'schedule') {
        const cron = scheduleCron(workflow) ?? '';
        notes.push(`schedule event: cron ${cron}, on ${given.defaultBranch} (schedules run there)`);
        return {
            payload: { schedule: cron, repository: given.repository, sender },
            ref: mainRef,
            sha: mainSha,
        };
    }
    const headRef = given.headRef ?? given.defaultBranch;
    const headSha = (await (0,git_command/* git */.$Y)(gitDir, [
        'rev-parse',
        `${headRef.startsWith('refs/') ? headRef : `refs/heads/${headRef}`}^{commit}`,
    ])).stdout.trim();
    const branch = headRef.replace(/^refs\/heads\//, '');
    const trigger = workflowRunTrigger(workflow, branch);
    if (trigger.mismatch !== undefined) {
        throw new FilterMismatch(`${given.workflowPath} would not run after that run: ${trigger.mismatch}. Name the branch of the run it follows with --ref.`);
    }
    const conclusion = trigger.action === 'completed' ? (given.conclusion ?? 'success') : null;
    const followed = trigger.workflows[0] ?? 'CI';
    notes.push(`workflow_run event: "${followed}" ${trigger.action} on ${branch} at ${headSha.slice(0, 7)}${conclusion === null ? '' : ` with conclusion ${conclusion}`}; this workflow runs on ${given.defaultBranch}`);
    const payload = {
        action: trigger.action,
        workflow_run: {
            id: 9001,
            name: followed,
            event: 'push',
            status: trigger.action === 'completed' ? 'completed' : 'queued',
            conclusion,
            head_branch: branch,
            head_sha: headSha,
            run_number: 1,
            run_attempt: 1,
            html_url: `https://github.com/${String(given.repository.full_name)}/actions/runs/9001`,
            repository: given.repository,
            head_repository: given.repository,
        },
        workflow: { name: followed },
        repository: given.repository,
        sender,
    };
    return { payload, ref: mainRef, sha: mainSha };
}
/** A push or workflow_run the workflow's filters would not run on: said as it is, exit code 1. */
class FilterMismatch extends Error {
    name = 'FilterMismatch';
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/verdict.ts
/** Whether a failed job failed for its own reasons: not every failed step comes from a gap. */
function failedForItsOwnReasons(job) {
    const failedSteps = job.steps.filter((step) => step.status === 'failure');
    return (failedSteps.length === 0 || failedSteps.some((step) => step.notRehearsedCause === undefined));
}
/** The jobs of the last attempt that failed (continue-on-error ones aside). */
function failedJobs(report) {
    const last = report.attempts[report.attempts.length - 1];
    return last?.jobs.filter((job) => job.status === 'failure' && job.continuedOnError !== true) ?? [];
}
/** The run's result, from how the jobs ended and what could not be rehearsed. */
function resultOf(run, report) {
    const failed = failedJobs(report);
    if (run === 'failure' && (failed.length === 0 || failed.some(failedForItsOwnReasons)))
        return 'failed';
    if ((report.versionDisagreements ?? []).length > 0)
        return 'failed';
    if (run === 'failure' || report.unrehearsedPublishes.length > 0)
        return 'not-rehearsed';
    return 'passed';
}
/** One sentence: what the release would do, or where it would fail and why (the action's words). */
function verdictOf(report) {
    const last = report.attempts[report.attempts.length - 1];
    const published = [
        ...report.readBack.npm.flatMap((pkg) => pkg.published.map((version) => `${pkg.name}@${version} (npm)`)),
        ...report.readBack.pypi.flatMap((project) => project.published.map((version) => `${project.name} ${version} (${project.registry === 'testpypi' ? 'TestPyPI' : 'PyPI'})`)),
    ];
    const releases = report.readBack.releases
        .filter((release) => !release.draft && !report.earlierReleases.includes(release.tag))
        .map((release) => release.tag);
    if (report.result === 'not-rehearsed')
        return notRehearsedVerdict(report, published, releases);
    if (report.result === 'passed') {
        const parts = [
            published.length === 0 ? 'nothing was published' : `published ${published.join(', ')}`,
            releases.length === 0 ? 'no GitHub release' : `GitHub release ${releases.join(', ')}`,
        ];
        const rerun = report.attempts.length > 1 ? ' after rerunning the failed jobs' : '';
        const jobs = last?.jobs ?? [];
        if (jobs.length > 0 && jobs.every((job) => job.status === 'skipped')) {
            const first = jobs[0];
            return `PASSED, but every job was skipped (${first?.label}: ${first?.notes[first.notes.length - 1] ?? 'skipped'}): nothing was published and no GitHub release was made. Check the run's ref and inputs (--ref, --input).`;
        }
        return `PASSED${rerun}: ${parts.join('; ')}.${report.notRehearsed.length > 0 ? ` ${report.notRehearsed.length} step(s) were not rehearsed.` : ''}`;
    }
    const disagree = report.versionDisagreements;
    if (failedJobs(report).length === 0 && disagree.length > 0) {
        return `FAILED: the tags and the packages disagree: ${disagree.join('; ')}. A version computed twice (before an approval and again after it, across midnight UTC for a date) differs: compute it once and pass it to the later jobs as a job output.`;
    }
    const failed = failedJobs(report).sort((a, b) => Number(failedForItsOwnReasons(b)) - Number(failedForItsOwnReasons(a)));
    const first = failed[0];
    const step = first?.steps.find((candidate) => candidate.status === 'failure');
    const diagnosis = step?.annotations.find((annotation) => annotation.level === 'error')?.message ??
        step?.log
            .filter((line) => line.startsWith('Error: '))
            .pop()
            ?.slice(7) ??
        first?.notes[first.notes.length - 1];
    const where = first === undefined
        ? 'a job'
        : step === undefined
            ? `job ${first.label}`
            : `${first.label} › ${step.label}`;
    const others = failed.slice(1).map((job) => job.label);
    const gaps = report.unrehearsedPublishes.length;
    return `FAILED in ${where}${diagnosis === undefined ? '' : `: ${diagnosis}`}${others.length === 0 ? '' : ` (also failed: ${others.join(', ')})`}${gaps === 0 ? '' : `; besides, ${gaps} publish or release step(s) were not rehearsed`}`;
}
/** NOT REHEARSED: which publish and release steps did not run, and what did. */
function notRehearsedVerdict(report, published, releases) {
    const fromGaps = failedJobs(report).flatMap((job) => job.steps
        .filter((step) => step.status === 'failure' && step.notRehearsedCause !== undefined)
        .map((step) => `${job.label} › ${step.label}`));
    const parts = [
        report.unrehearsedPublishes.length === 0
            ? undefined
            : `${report.unrehearsedPublishes.length} publish or release step(s) did not run against the sandbox: ${report.unrehearsedPublishes.join('; ')}`,
        fromGaps.length === 0
            ? undefined
            : `Failed because of what was not rehearsed: ${fromGaps.join(', ')}`,
        `What ran: ${published.length === 0 ? 'nothing was published' : `published ${published.join(', ')}`}; ${releases.length === 0 ? 'no GitHub release' : `GitHub release ${releases.join(', ')}`}`,
    ].filter((part) => part !== undefined);
    return `NOT REHEARSED: ${parts.join('. ')}. The release was not shown to work (exit code 3).`;
}

// EXTERNAL MODULE: ./packages/workflow/src/expression-values.ts
var expression_values = __webpack_require__(41620);
;// CONCATENATED MODULE: ./packages/workflow/src/matrix.ts
// A job's `strategy.matrix` expanded into the combinations GitHub runs, one job each.


const MAX_MATRIX_JOBS = 256;
/**
 * The combinations of a matrix, in GitHub's order and by its rules:
 * - every dimension (a key other than include/exclude) is a list; the combinations are their
 *   product, the first dimension varying slowest;
 * - `exclude` entries remove each combination they match (an entry may name only some keys);
 * - then each `include` entry is merged into every combination whose original dimensions it
 *   agrees with (values it adds itself may be overwritten by later entries); an entry that
 *   matches none becomes a combination of its own.
 * No matrix gives one empty combination. The matrix must already be evaluated (no `${{ }}`).
 * `where` places errors in the workflow.
 */
function expandMatrix(matrix, where = { file: '', line: 0 }) {
    if (matrix === null || matrix === undefined)
        return [{}];
    const fail = (problem) => {
        throw new workflow_error/* WorkflowError */.s(where, problem);
    };
    if (typeof matrix !== 'object' || Array.isArray(matrix)) {
        return fail(`the matrix must be a mapping of keys to lists of values, but it is ${Array.isArray(matrix) ? 'a list' : JSON.stringify(matrix)}. Write e.g. \`matrix: { node: [20, 22] }\`, or \`\${{ fromJSON(...) }}\` giving such a mapping.`);
    }
    const dimensions = [];
    for (const [key, values] of Object.entries(matrix)) {
        if (key === 'include' || key === 'exclude')
            continue;
        if (!Array.isArray(values)) {
            fail(`matrix key '${key}' must be a list of values, e.g. \`${key}: [a, b]\`, but it is ${JSON.stringify(values)}.`);
        }
        else if (values.length === 0) {
            fail(`matrix key '${key}' has no values, so the matrix makes no job. Give it at least one value, or remove it.`);
        }
        else {
            dimensions.push([key, values]);
        }
    }
    const include = entries(matrix.include, 'include', fail);
    const exclude = entries(matrix.exclude, 'exclude', fail);
    if (dimensions.length === 0 && include.length === 0) {
        fail('the matrix has no keys and no `include:`, so it makes no job. Add a key with a list of values, e.g. `node: [20, 22]`.');
    }
    let combinations = [];
    if (dimensions.length > 0) {
        combinations = [{}];
        for (const [key, values] of dimensions) {
            combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
        }
        combinations = combinations.filter((combination) => !exclude.some((entry) => matches(combination, entry, Object.keys(entry))));
    }
    const original = dimensions.map(([key]) => key);
    const base = combinations.length;
    const added = [];
    for (const entry of include) {
        let merged = false;
        // Only the product's combinations take include entries; an entry added on its own does not.
        for (let i = 0; i < base; i++) {
            const combination = combinations[i];
            if (matches(combination, entry, original.filter((key) => key in entry))) {
                Object.assign(combination, entry);
                merged = true;
            }
        }
        if (!merged)
            added.push({ ...entry });
    }
    const result = [...combinations, ...added];
    if (result.length === 0) {
        fail('the matrix excludes every combination, so it makes no job. Loosen `exclude:`, or add to `include:`.');
    }
    if (result.length > MAX_MATRIX_JOBS) {
        fail(`the matrix makes ${result.length} jobs, but GitHub runs at most ${MAX_MATRIX_JOBS} per matrix. Split it, or exclude combinations.`);
    }
    return result;
}
function entries(value, key, fail) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || !value.every((entry) => matrix_isRecord(entry))) {
        return fail(`matrix \`${key}:\` must be a list of mappings, e.g. \`${key}: [{ os: windows-latest, node: 20 }]\`.`);
    }
    return value;
}
function matrix_isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function matches(combination, entry, keys) {
    return keys.every((key) => key in combination && sameValue(combination[key], entry[key]));
}
function sameValue(a, b) {
    if ((0,expression_values/* isPrimitive */.sO)(a) || (0,expression_values/* isPrimitive */.sO)(b))
        return a === b;
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * The values of a combination as GitHub lists them after a job's name: "(ubuntu-latest, 20)".
 * Empty values (null, '') are left out; nested values are listed leaf by leaf.
 */
function matrixSuffix(combination) {
    const leaves = [];
    const walk = (value) => {
        if ((0,expression_values/* isPrimitive */.sO)(value)) {
            if (value !== null && value !== '')
                leaves.push((0,expression_values/* toText */.fE)(value));
        }
        else if (Array.isArray(value))
            value.forEach(walk);
        else
            Object.values(value).forEach(walk);
    };
    Object.values(combination).forEach(walk);
    return leaves.length === 0 ? '' : `(${leaves.join(', ')})`;
}

;// CONCATENATED MODULE: ./packages/workflow/src/labels.ts
// The names GitHub shows for jobs and steps in a run's log and checks.



/** A step's label: its name, else `Run <first line of run>`, else `Run <uses>`. */
function stepLabel(step) {
    if (step.name !== undefined && step.name !== '')
        return step.name;
    if (step.run !== undefined) {
        const firstLine = step.run.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
        return `Run ${firstLine.trim()}`;
    }
    return `Run ${step.uses ?? ''}`;
}
/**
 * A job's label: its name (with `${{ }}` evaluated against the matrix and any other contexts
 * given; contexts not given read as empty), else its id. With a matrix combination, a name
 * without expressions (or no name) gets GitHub's suffix of the combination's values:
 * `test (ubuntu-latest, 20)`.
 */
function jobLabel(job, matrix, contexts = {}) {
    const name = job.name ?? job.id;
    const hasExpressions = job.name !== undefined && (0,expressions/* expressionsIn */.l$)(job.name).length > 0;
    if (hasExpressions) {
        const all = Object.fromEntries(expression_parser/* CONTEXT_NAMES */.pF.map((n) => [n, {}]));
        Object.assign(all, contexts, { matrix: matrix ?? {} });
        return (0,expressions/* interpolate */.GW)(name, { contexts: all });
    }
    const suffix = matrix === undefined ? '' : matrixSuffix(matrix);
    return suffix === '' ? name : `${name} ${suffix}`;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/permissions.ts
// A job's GITHUB_TOKEN permissions as GitHub computes them, and as the sandbox's token takes them.

/** GitHub's default for a repository created today ("restricted"): contents and packages read. */
const RESTRICTED_DEFAULT = { contents: 'read', packages: 'read' };
/** Every scope with its access: `read-all`/`write-all` expanded, scopes not named are none. */
function expandPermissions(permissions) {
    if (permissions === undefined)
        return { ...RESTRICTED_DEFAULT };
    if (permissions === 'read-all' || permissions === 'write-all') {
        const access = permissions === 'read-all' ? 'read' : 'write';
        return Object.fromEntries(PERMISSION_SCOPES.map((scope) => [
            scope,
            scope === 'id-token' && access === 'read' ? 'none' : access,
        ]));
    }
    return Object.fromEntries(Object.entries(permissions).filter(([, access]) => access !== 'none'));
}
const RANK = { none: 0, read: 1, write: 2 };
/** A called workflow's job can have no more than its caller job: each scope capped. */
function capPermissions(wanted, cap) {
    const result = {};
    for (const [scope, access] of Object.entries(wanted)) {
        const limit = cap[scope] ?? 'none';
        const capped = RANK[access] <= RANK[limit] ? access : limit;
        if (capped !== 'none')
            result[scope] = capped;
    }
    return result;
}
/** The sandbox token's permissions: API names (`pull_requests`), id-token left out. */
function tokenPermissions(permissions) {
    return Object.fromEntries(Object.entries(permissions)
        .filter(([scope]) => scope !== 'id-token')
        .map(([scope, access]) => [scope.replace(/-/g, '_'), access]));
}
function describePermissions(permissions) {
    const entries = Object.entries(permissions);
    return entries.length === 0
        ? 'none'
        : entries.map(([scope, access]) => `${scope}: ${access}`).join(', ');
}
/**
 * What to say of a step that GitHub answered 403 "Resource not accessible by integration": the
 * token's permissions, where they come from, and what to give. `declared`: the workflow or the job
 * has `permissions:` (else GitHub's restricted default applied).
 */
function forbiddenNote(described, declared) {
    const source = declared
        ? 'the permissions: this workflow gives the job'
        : "no permissions: in the workflow or the job, so GitHub's default for a repository created today, read only";
    const settings = declared
        ? ''
        : ' (a repository whose Settings › Actions › Workflow permissions are "Read and write" gives more, but a new one does not: say it in the workflow)';
    return `GitHub answers 403 "Resource not accessible by integration" to a write the token may not make: the job's GITHUB_TOKEN has ${described === '' ? 'no permissions' : described} (${source}). Give the job the permission the call needs, for a release or a tag \`permissions: { contents: write }\`${settings}.`;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/runner-environment.ts
// The runner's side of a job, as pure functions: the `github` context, the runner variables
// (GITHUB_*, RUNNER_*) every step's process gets, and the expression contexts a step, a job's
// `env:` and its `outputs:` are evaluated with. No files, no processes: unit-tested as they are.


function refName(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
function refType(ref) {
    return ref.startsWith('refs/tags/') ? 'tag' : 'branch';
}
function runner_environment_workflowRef(run) {
    return `${run.owner}/${run.repo}/${run.workflowPath}@${run.ref}`;
}
/** The `github` context of a job (`job` empty outside one). */
function githubContext(run, job, token) {
    return {
        token,
        job,
        ref: run.ref,
        ref_name: refName(run.ref),
        ref_type: refType(run.ref),
        ref_protected: false,
        sha: run.sha,
        repository: `${run.owner}/${run.repo}`,
        repository_owner: run.owner,
        repository_owner_id: '1001',
        repository_id: '2002',
        repositoryUrl: `git://github.com/${run.owner}/${run.repo}.git`,
        run_id: run.runId,
        run_number: '1',
        run_attempt: String(run.attempt),
        retention_days: '90',
        actor: run.actor,
        triggering_actor: run.actor,
        workflow: run.workflowName,
        workflow_ref: runner_environment_workflowRef(run),
        workflow_sha: run.sha,
        event_name: run.eventName,
        event: (0,expression_values/* toValue */.BA)(run.eventPayload),
        server_url: run.serverUrl,
        api_url: run.githubUrl,
        graphql_url: `${run.githubUrl}/graphql`,
        head_ref: '',
        base_ref: '',
        action: '',
        action_path: '',
        workspace: '',
        secret_source: 'Actions',
    };
}
/** Variables of the machine a hosted runner passes on to its steps. */
const RUNNER_PASS_THROUGH = [
    'LANG',
    'LC_ALL',
    'TMPDIR',
    'TERM',
    'PYENV_ROOT',
    'PYENV_VERSION',
];
/**
 * The variables every step of a job starts with: the machine's pass-through ones, its network
 * settings, then the runner's own (GITHUB_*, RUNNER_*).
 */
function runnerVariables(input) {
    const { run, folders } = input;
    const variables = {};
    for (const name of RUNNER_PASS_THROUGH) {
        const value = input.machine[name];
        if (value !== undefined)
            variables[name] = value;
    }
    return Object.assign(variables, input.network, {
        HOME: folders.home,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTOR: run.actor,
        GITHUB_ACTOR_ID: '3003',
        GITHUB_API_URL: run.githubUrl,
        GITHUB_SERVER_URL: run.serverUrl,
        GITHUB_GRAPHQL_URL: `${run.githubUrl}/graphql`,
        GITHUB_REPOSITORY: `${run.owner}/${run.repo}`,
        GITHUB_REPOSITORY_OWNER: run.owner,
        GITHUB_REPOSITORY_OWNER_ID: '1001',
        GITHUB_REPOSITORY_ID: '2002',
        GITHUB_EVENT_NAME: run.eventName,
        GITHUB_EVENT_PATH: input.eventPath,
        GITHUB_WORKSPACE: folders.workspace,
        GITHUB_SHA: run.sha,
        GITHUB_REF: run.ref,
        GITHUB_REF_NAME: refName(run.ref),
        GITHUB_REF_TYPE: refType(run.ref),
        GITHUB_REF_PROTECTED: 'false',
        GITHUB_RUN_ID: run.runId,
        GITHUB_RUN_NUMBER: '1',
        GITHUB_RUN_ATTEMPT: String(run.attempt),
        GITHUB_RETENTION_DAYS: '90',
        GITHUB_WORKFLOW: run.workflowName,
        GITHUB_WORKFLOW_REF: runner_environment_workflowRef(run),
        GITHUB_WORKFLOW_SHA: run.sha,
        GITHUB_JOB: input.job,
        GITHUB_HEAD_REF: '',
        GITHUB_BASE_REF: '',
        GITHUB_TRIGGERING_ACTOR: run.actor,
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_NAME: 'tokenless rehearsal',
        RUNNER_ENVIRONMENT: input.selfHosted === true ? 'self-hosted' : 'github-hosted',
        RUNNER_TEMP: folders.runnerTemp,
        RUNNER_TOOL_CACHE: folders.toolCache,
        RUNNER_WORKSPACE: (0,external_node_path_.dirname)(folders.workspace),
        ImageOS: 'ubuntu24',
    });
}
/** The `runner` context. */
function runnerContext(folders) {
    return {
        os: 'Linux',
        arch: 'X64',
        name: 'tokenless rehearsal',
        temp: folders.runnerTemp,
        tool_cache: folders.toolCache,
        environment: 'github-hosted',
        debug: '',
    };
}
function jobState(failed, cancelled) {
    return failed ? 'failure' : cancelled ? 'cancelled' : 'success';
}
function placed(parts) {
    return {
        needs: parts.placement.needs ?? {},
        strategy: parts.placement.strategy ?? {},
        matrix: parts.placement.matrix ?? {},
    };
}
/** The contexts of a job's `env:` (after the workflow's `env:`). */
function jobEnvContexts(parts, workflowEnv) {
    return {
        github: parts.github,
        inputs: parts.inputs,
        vars: {},
        secrets: parts.secrets,
        ...placed(parts),
        env: workflowEnv,
    };
}
/** The contexts of a step's `if:` (no `secrets`, as on GitHub). */
function stepConditionContexts(parts, step) {
    return {
        github: parts.github,
        env: step.env,
        vars: {},
        inputs: parts.inputs,
        ...placed(parts),
        steps: { ...step.steps },
        job: { status: step.state },
        runner: runnerContext(step.folders),
    };
}
/** The contexts of a step's `env:`, `with:`, `run:` and the rest: its `if:` ones and `secrets`. */
function stepContexts(parts, step) {
    return { ...stepConditionContexts(parts, step), secrets: parts.secrets };
}
/** The contexts of a job's `outputs:` and `environment.url`, once its steps are done. */
function jobOutputContexts(parts, job) {
    return {
        github: parts.github,
        ...placed(parts),
        job: { status: job.state },
        runner: {},
        env: job.env,
        vars: {},
        secrets: parts.secrets,
        steps: job.steps,
        inputs: parts.inputs,
    };
}
/** A job's folders under `jobDir`. */
function jobFolders(jobDir, repo, workDir) {
    return {
        workspace: (0,external_node_path_.join)(jobDir, 'work', repo),
        runnerTemp: (0,external_node_path_.join)(jobDir, 'temp'),
        home: (0,external_node_path_.join)(jobDir, 'home'),
        toolCache: (0,external_node_path_.join)(workDir, 'toolcache'),
    };
}
function stepFiles(filesDir, index) {
    return {
        output: (0,external_node_path_.join)(filesDir, `set_output_${index}`),
        env: (0,external_node_path_.join)(filesDir, `set_env_${index}`),
        path: (0,external_node_path_.join)(filesDir, `add_path_${index}`),
        state: (0,external_node_path_.join)(filesDir, `save_state_${index}`),
        summary: (0,external_node_path_.join)(filesDir, `step_summary_${index}`),
    };
}
/**
 * A step's process environment: the runner's variables, then the workflow's, job's, GITHUB_ENV's
 * and step's `env` (which cannot override GITHUB_* and RUNNER_*), then PATH and the step's files.
 */
function stepProcessEnv(input) {
    const { baseEnv, files } = input;
    return {
        ...baseEnv,
        ...input.env,
        ...Object.fromEntries(Object.entries(baseEnv).filter(([name]) => name.startsWith('GITHUB_') || name.startsWith('RUNNER_'))),
        PATH: input.path,
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_ACTION: input.action,
    };
}
/**
 * The job's ~/.gitconfig: this repository's addresses on GitHub (https, with the job's token as
 * semantic-release writes it, ssh) are the sandbox's copy, so a push of tags or commits by a tool
 * that reads the URL from package.json, not from origin, lands in the sandbox too. So are its
 * addresses on the sandbox's web side (`serverUrl`, GITHUB_SERVER_URL): checkout's origin and the
 * API's clone_url, which the web side serves for fetches only.
 */
function jobGitConfig(repository, gitDir, token, serverUrl) {
    const { protocol, host, pathname } = new URL(serverUrl);
    const onServer = (auth) => `${protocol}//${auth}${host}${pathname.replace(/\/+$/, '')}/${repository}`;
    const addresses = [
        `https://github.com/${repository}`,
        `https://x-access-token:${token}@github.com/${repository}`,
        `https://${token}@github.com/${repository}`,
        `git@github.com:${repository}`,
        `ssh://git@github.com/${repository}`,
        `git+https://github.com/${repository}`,
        `git+ssh://git@github.com/${repository}`,
        onServer(''),
        onServer(`x-access-token:${token}@`),
        onServer(`${token}@`),
    ];
    // git takes the longest match: `….git` first, so the sandbox's path never gets `.git` added.
    const lines = [`[url "${gitDir}"]`];
    for (const address of addresses)
        lines.push(`\tinsteadOf = ${address}.git`);
    for (const address of addresses)
        lines.push(`\tinsteadOf = ${address}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/workflow/src/context-references.ts
var context_references = __webpack_require__(16915);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/rehearsal-gaps.ts
// What the rehearsal could not do, kept apart from what it did: steps and jobs not rehearsed, the
// outputs they left empty, the steps that read those outputs, and above all the publish and
// release steps that did not run against the sandbox (the verdict is then NOT REHEARSED).


function scalars(values) {
    const result = {};
    for (const [name, value] of Object.entries(values)) {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            result[name] = String(value);
    }
    return result;
}
/**
 * What the step publishes or releases, as the release-tools tables know it (`npm publish (npm)`,
 * `gh release create`), or undefined for a step that does neither.
 */
function publishShape(step) {
    const plain = {
        uses: step.uses,
        run: step.run,
        with: scalars(step.with),
        env: scalars(step.env),
        name: step.name,
        id: step.id,
    };
    const context = (0,src_step/* stepContext */.ev)(plain);
    const published = (0,src/* publishesOf */.ZU)(plain, context)[0];
    if (published !== undefined)
        return `${published.tool} (${published.registry})`;
    const tagged = (0,src/* tagCreationsOf */.SX)(plain, context).find((found) => found.kind === 'release');
    return tagged?.tool;
}
/** The publish and release steps of a job, as `label: tool`. */
function jobPublishShapes(job, label) {
    return job.steps.flatMap((step) => {
        const shape = publishShape(step);
        return shape === undefined ? [] : [`${label(step)}: ${shape}`];
    });
}
function textsOf(value, out) {
    if (typeof value === 'string')
        out.push({ text: value, form: 'template' });
    else if (Array.isArray(value))
        for (const item of value)
            textsOf(item, out);
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            out.push({ text: key, form: 'template' });
            textsOf(item, out);
        }
    }
}
/**
 * The first reference in `values` to an output the rehearsal could not produce: a step's
 * (`steps.<id>.outputs`) or a needed job's (`needs.<job>.outputs.<name>`). `condition` is an
 * `if:`, a bare expression unless it is written with `${{ }}`.
 */
function readsUnrehearsed(values, steps, needs) {
    if (steps.size === 0 && needs.size === 0)
        return undefined;
    const texts = [];
    const condition = values.condition;
    if (typeof condition === 'string') {
        texts.push({ text: condition, form: condition.includes('${{') ? 'template' : 'expression' });
    }
    textsOf(values.templates, texts);
    // Context names come lower-cased; step ids and job ids are matched as GitHub does, ignoring case.
    const stepIds = new Map([...steps].map(([id, from]) => [id.toLowerCase(), from]));
    const needOutputs = new Map([...needs].map(([path, from]) => [path.toLowerCase(), from]));
    for (const { text, form } of texts) {
        for (const path of (0,context_references/* contextReferences */.Q)(text, form)) {
            const parts = path.split('.');
            if (parts[0] === 'steps' && parts[2] === 'outputs') {
                const from = stepIds.get((parts[1] ?? '').toLowerCase());
                if (from !== undefined)
                    return { reference: parts.slice(0, 4).join('.'), source: from };
            }
            if (parts[0] === 'needs' && parts[2] === 'outputs' && parts[3] !== undefined) {
                const reference = parts.slice(0, 4).join('.');
                const from = needOutputs.get(reference.toLowerCase());
                if (from !== undefined)
                    return { reference, source: from };
            }
        }
    }
    return undefined;
}
/** The labels of a job and of every job it needs, directly or not (matrix suffixes aside). */
function upstreamLabels(job, jobs, prefix) {
    const byId = new Map(jobs.map((candidate) => [candidate.id, candidate]));
    const seen = new Set();
    const visit = (id) => {
        if (seen.has(id))
            return;
        seen.add(id);
        for (const need of byId.get(id)?.needs ?? [])
            visit(need);
    };
    visit(job.id);
    return [...seen].map((id) => `${prefix}${byId.get(id)?.name ?? id}`);
}
/** Everything the run could not rehearse, in the order it was met. */
class RehearsalGaps {
    /** Steps and jobs not rehearsed, with where they are (the report's "Not rehearsed"). */
    lines = [];
    /** Publish and release steps (or jobs that may publish) that did not run against the sandbox. */
    publishes = [];
    /** Jobs (by key) that did not run for the rehearsal's reasons: what needs them is affected too. */
    jobs = new Map();
    clear() {
        this.lines.length = 0;
        this.publishes.length = 0;
        this.jobs.clear();
    }
    notRehearsed(line) {
        this.lines.push(line);
    }
    /** A publish or release that did not run: `where` names the step or job, `why` the cause. */
    publishNotRun(where, why) {
        const line = `${where}: ${why}`;
        if (!this.publishes.includes(line))
            this.publishes.push(line);
    }
    /**
     * A job skipped (`note` says why): when its `if:` reads a needed job's output that was not
     * rehearsed, or a job it needs did not run for the rehearsal's reasons, the skip is the
     * rehearsal's, and so is any publish in it. Returns the note to show.
     */
    jobSkipped(job, at, unrehearsedNeeds, note) {
        const reads = readsUnrehearsed({ condition: job.if, templates: [] }, new Map(), unrehearsedNeeds);
        const blocking = job.needs.flatMap((need) => this.jobs.get(`${at.prefix}${need}`) ?? []);
        let why;
        if (reads !== undefined) {
            why = `its if: reads ${reads.reference}, from ${reads.source}, which was not rehearsed (empty here; on GitHub it has a value)`;
        }
        else if (blocking.length > 0 && note.includes('did not succeed')) {
            why = `it needs ${blocking.join(', ')}, which was not rehearsed`;
        }
        else {
            return note;
        }
        this.jobs.set(at.key, `job ${at.label}`);
        this.lines.push(`job ${at.label}: skipped, ${why}`);
        const shapes = job.uses !== undefined
            ? [`calls ${job.uses}`]
            : jobPublishShapes(job, (step) => stepLabel(step));
        for (const shape of shapes)
            this.publishNotRun(`job ${at.label}`, `${shape} was skipped: ${why}`);
        return `skipped: ${why}`;
    }
    /**
     * A step's end: a publish that was not rehearsed is one; a download of artifacts that fails
     * after something was not rehearsed most likely misses what that would have uploaded.
     */
    concluded(job, step, record, ok, upstream = [job]) {
        const where = `${job} › ${record.label}`;
        if (record.status === 'not-rehearsed') {
            const shape = publishShape(step);
            if (shape !== undefined)
                this.publishNotRun(where, `${shape} is not rehearsed`);
            return;
        }
        if (ok || !/^actions\/download-artifact@/.test(step.uses ?? ''))
            return;
        // What was not rehearsed in this job or a job it needs: what could have uploaded the artifact.
        const before = this.lines.filter((line) => upstream.some((label) => line.startsWith(`${label} `) || line.startsWith(`job ${label}`)));
        if (before.length === 0)
            return;
        const cause = `not rehearsed before it: ${before.join('; ')}`;
        record.notRehearsedCause = cause;
        record.notes.push(`this failure comes from what the rehearsal could not run (on GitHub the artifact would be there): ${cause}`);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/run-parts.ts
// Small parts of a run the workflow runner builds from: a step's record, the job's sandbox
// GITHUB_TOKEN, and the text of a reusable workflow a job calls.






function newStepRecord(step) {
    return {
        index: step.index,
        label: stepLabel(step),
        uses: step.uses,
        kind: step.run !== undefined ? 'run' : 'action',
        status: 'pending',
        outcome: undefined,
        startedAt: undefined,
        durationMs: undefined,
        exitCode: undefined,
        log: [],
        annotations: [],
        notes: [],
        line: step.line,
    };
}
function sandboxToken() {
    // GitHub's installation tokens start with ghs_; 36 characters of base62 follow.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const bytes = (0,external_node_crypto_.randomBytes)(36);
    return `ghs_${[...bytes].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}
/**
 * The text of a called workflow: `./.github/workflows/x.yml` from the repository at the run's
 * commit, `<owner>/tokenless/.github/workflows/x.yml@ref` from this tokenless checkout.
 * Undefined for any other repository.
 */
async function readCalledWorkflow(s, uses) {
    if (uses.startsWith('./')) {
        const path = uses.slice(2);
        const shown = await (0,git_command/* git */.$Y)(s.gitDir, ['show', `${s.sha}:${path}`], { allowFailure: true });
        if (shown.exitCode !== 0) {
            throw new Error(`${uses}: there is no ${path} in the repository at ${s.sha.slice(0, 7)}.`);
        }
        return { text: shown.stdout, path, jobWorkflowRef: `${s.owner}/${s.repo}/${path}@${s.ref}` };
    }
    const remote = /^([^/]+)\/tokenless\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(uses);
    if (remote === null)
        return undefined;
    const [, owner = '', path = '', ref = ''] = remote;
    const file = (0,external_node_path_.join)(s.suiteRoot, path);
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new Error(`${uses}: this tokenless checkout has no ${path} to stand in for it.`);
    }
    const fullRef = /^v?\d/.test(ref)
        ? `refs/tags/${ref}`
        : ref.startsWith('refs/')
            ? ref
            : `refs/heads/${ref}`;
    return {
        text: await (0,promises_.readFile)(file, 'utf8'),
        path,
        jobWorkflowRef: `${owner}/tokenless/${path}@${fullRef}`,
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/stand-in.ts
// What every stand-in is given and gives back, and the runner files it writes (outputs, env,
// PATH). One file per action in this folder; the table in ../stand-ins.ts lists them.


function setOutput(ctx, name, value) {
    const file = ctx.env.GITHUB_OUTPUT;
    if (file === undefined)
        return;
    if (!value.includes('\n')) {
        (0,external_node_fs_.appendFileSync)(file, `${name}=${value}\n`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}
function exportVariable(ctx, name, value) {
    const file = ctx.env.GITHUB_ENV;
    if (file !== undefined)
        (0,external_node_fs_.appendFileSync)(file, `${name}=${value}\n`);
}
function addPath(ctx, dir) {
    const file = ctx.env.GITHUB_PATH;
    if (file !== undefined)
        (0,external_node_fs_.appendFileSync)(file, `${dir}\n`);
}
/** An input as `core.getBooleanInput` reads it; `fallback` when empty. */
function truthy(value, fallback) {
    if (value === undefined || value === '')
        return fallback;
    return /^true$/i.test(value.trim());
}
/** The first non-empty of several spellings of one input (`packages-dir`, `packages_dir`). */
function input(inputs, ...names) {
    for (const name of names) {
        const value = (inputs[name] ?? '').trim();
        if (value !== '')
            return value;
    }
    return '';
}
/** Lines or commas of a list input (globs, paths), trimmed, empty ones left out. */
function listInput(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/tool-versions.ts
// What the machine's tools say about themselves, for the setup-* stand-ins.


const tool_versions_execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function versionOf(command, args, env) {
    try {
        const { stdout, stderr } = await tool_versions_execFileAsync(command, args, { env });
        return `${stdout}${stderr}`.trim();
    }
    catch {
        return undefined;
    }
}
function versionMatches(present, wanted) {
    const clean = wanted.replace(/^v/, '').replace(/\.x$/, '');
    if (/^(lts|latest|node|current)/.test(clean))
        return true;
    return present === clean || present.startsWith(`${clean}.`);
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/tool-process.ts
// A machine's tool run by a stand-in (twine, uv, python -m build): found on the step's PATH, its
// output logged line by line (masked by the step's log), its exit code returned.




/**
 * `command` on `path` (the step's PATH), as the shell finds it; undefined when absent. The
 * rehearsal's publish shims (a folder holding PUBLISH_SHIM_PROGRAM) are not the tool: they only
 * run the real one found after them.
 */
function whichOn(command, path) {
    for (const dir of (path ?? '').split(external_node_path_.delimiter)) {
        if (dir === '' || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, PUBLISH_SHIM_PROGRAM)))
            continue;
        const candidate = (0,external_node_path_.join)(dir, command);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
function runTool(ctx, command, args, options = {}) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd ?? ctx.workspace,
            env: options.env ?? ctx.env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        const reader = (stream, keep) => {
            let pending = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
                if (keep)
                    stdout += chunk;
                pending += chunk;
                const lines = pending.split('\n');
                pending = lines.pop() ?? '';
                if (options.quiet !== true)
                    for (const line of lines)
                        ctx.log(line.replace(/\r$/, ''));
            });
            stream.on('end', () => {
                if (pending !== '' && options.quiet !== true)
                    ctx.log(pending);
            });
        };
        reader(child.stdout, true);
        reader(child.stderr, false);
        child.on('error', (error) => {
            ctx.log(`${command}: ${error.message}`);
            resolve({ exitCode: 127, stdout });
        });
        child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout }));
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/astral-sh-setup-uv.ts
// astral-sh/setup-uv: the machine's uv on PATH, with setup-uv's outputs and variables; without
// one, `uv` and `uvx` that say how to install it, so that only a step that uses uv fails.





const INSTALL_UV = "uv is not installed on this machine: the rehearsal stands in for astral-sh/setup-uv with the machine's uv. Install it (https://docs.astral.sh/uv/getting-started/installation/, or pipx install uv) and rehearse again.";
const setupUv = async (ctx, inputs) => {
    const uv = whichOn('uv', ctx.env.PATH);
    if (uv === undefined) {
        const bin = (0,external_node_path_.join)(ctx.runnerTemp, 'setup-uv-missing');
        await (0,promises_.mkdir)(bin, { recursive: true });
        for (const name of ['uv', 'uvx'])
            await (0,promises_.writeFile)((0,external_node_path_.join)(bin, name), `#!/bin/sh\necho ${JSON.stringify(INSTALL_UV)} >&2\nexit 127\n`, {
                mode: 0o755,
            });
        addPath(ctx, bin);
        ctx.warn(`${INSTALL_UV} The steps that run uv or uvx fail.`);
        ctx.note('no uv on this machine: uv and uvx say how to install it');
        return { ok: true };
    }
    const version = (await versionOf(uv, ['--version'], ctx.env)) ?? '';
    const wanted = input(inputs, 'version');
    if (wanted !== '' && wanted !== 'latest' && !version.includes(wanted))
        ctx.warn(`version ${wanted} was asked for; this machine has ${version}, which the rehearsal uses.`);
    ctx.log(`Found in PATH: ${version} (${uv})`);
    setOutput(ctx, 'uv-version', version.replace(/^uv\s+/, '').split(' ')[0] ?? '');
    setOutput(ctx, 'uv-path', uv);
    setOutput(ctx, 'uvx-path', whichOn('uvx', ctx.env.PATH) ?? '');
    setOutput(ctx, 'cache-hit', 'false');
    const python = input(inputs, 'python-version');
    if (python !== '') {
        exportVariable(ctx, 'UV_PYTHON', python);
        setOutput(ctx, 'python-version', python);
    }
    if (truthy(inputs['activate-environment'], false)) {
        const venv = (0,external_node_path_.resolve)(ctx.workspace, input(inputs, 'venv-path') || '.venv');
        const made = await runTool(ctx, uv, ['venv', venv]);
        if (made.exitCode !== 0)
            return { ok: false, error: `uv venv failed (exit ${made.exitCode})` };
        addPath(ctx, (0,external_node_path_.join)(venv, 'bin'));
        exportVariable(ctx, 'VIRTUAL_ENV', venv);
        setOutput(ctx, 'venv', venv);
    }
    if (truthy(inputs['enable-cache'], false))
        ctx.note('enable-cache: not rehearsed (no cache service)');
    ctx.note(`the machine's ${version} stands in for setup-uv's`);
    return { ok: true };
};
const astralShSetupUv = {
    uses: 'astral-sh/setup-uv',
    what: "the machine's uv",
    inputs: [
        'version',
        'version-file',
        'python-version',
        'activate-environment',
        'venv-path',
        'no-project',
        'working-directory',
        'checksum',
        'github-token',
        'enable-cache',
        'cache-dependency-glob',
        'restore-cache',
        'save-cache',
        'cache-suffix',
        'cache-local-path',
        'prune-cache',
        'cache-python',
        'ignore-nothing-to-cache',
        'ignore-empty-workdir',
        'tool-dir',
        'tool-bin-dir',
        'manifest-file',
        'download-from-astral-mirror',
        'add-problem-matchers',
        'quiet',
        'resolution-strategy',
    ],
    outputs: [
        'uv-version',
        'uv-path',
        'uvx-path',
        'cache-hit',
        'cache-key',
        'venv',
        'python-version',
        'python-cache-hit',
    ],
    standIn: setupUv,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/sandbox-releases.ts
// GitHub releases on the sandbox's API, for the release stand-ins: find by tag (drafts too),
// create or update, upload assets. Requests carry the job's token, so permissions are GitHub's.


class GitHubApiError extends Error {
    status;
    body;
    name = 'GitHubApiError';
    constructor(status, body, what) {
        super(`${what}: HTTP ${status} ${JSON.stringify(body)}`);
        this.status = status;
        this.body = body;
    }
}
class SandboxReleases {
    ctx;
    token;
    repository;
    constructor(ctx, token, repository) {
        this.ctx = ctx;
        this.token = token;
        this.repository = repository || ctx.repository;
    }
    async request(method, path, body) {
        const url = path.startsWith('http') ? path : `${this.ctx.sandbox.github.url}${path}`;
        const response = await fetch(url, {
            method,
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `token ${this.token}`,
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        const parsed = text === '' ? undefined : JSON.parse(text);
        if (!response.ok)
            throw new GitHubApiError(response.status, parsed, `${method} ${path}`);
        return parsed;
    }
    /** The release of `tag`, a draft included (as the release actions find theirs). */
    async byTag(tag) {
        const releases = await this.request('GET', `/repos/${this.repository}/releases?per_page=100`);
        return releases.find((release) => release.tag_name === tag);
    }
    create(fields) {
        return this.request('POST', `/repos/${this.repository}/releases`, fields);
    }
    update(id, fields) {
        return this.request('PATCH', `/repos/${this.repository}/releases/${id}`, fields);
    }
    get(id) {
        return this.request('GET', `/repos/${this.repository}/releases/${id}`);
    }
    deleteAsset(id) {
        return this.request('DELETE', `/repos/${this.repository}/releases/assets/${id}`);
    }
    /** Uploads `file` to the release (at its upload_url), replacing an asset of that name when asked. */
    async upload(release, file, options) {
        const name = options.name ?? (0,external_node_path_.basename)(file);
        const existing = release.assets.find((asset) => asset.name === name);
        if (existing !== undefined && options.replace)
            await this.deleteAsset(existing.id);
        const url = `${release.upload_url.replace(/\{.*\}$/, '')}?name=${encodeURIComponent(name)}`;
        const data = (0,external_node_fs_.readFileSync)(file);
        const response = await fetch(url, {
            method: 'POST',
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `token ${this.token}`,
                'content-type': options.contentType ?? 'application/octet-stream',
                'content-length': String(data.length),
            },
            body: data,
        });
        const parsed = await response.json();
        if (!response.ok)
            throw new GitHubApiError(response.status, parsed, `upload ${name}`);
        return parsed;
    }
}
/** The files a list of globs names, from `cwd`; the patterns that matched nothing. */
function globFiles(patterns, cwd) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const matches = /[*?[{]/.test(pattern)
            ? (0,external_node_fs_.globSync)(pattern, { cwd }).map((match) => (0,external_node_path_.resolve)(cwd, match))
            : [(0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(cwd, pattern)];
        const found = matches.filter((path) => {
            try {
                return (0,external_node_fs_.statSync)(path).isFile();
            }
            catch {
                return false;
            }
        });
        if (found.length === 0)
            unmatched.push(pattern);
        for (const file of found)
            files.add(file);
    }
    return { files: [...files].sort(), unmatched };
}
/** A token input, else the job's GITHUB_TOKEN (the actions' default is `github.token`). */
function tokenInput(ctx, value) {
    const token = (value ?? '').trim();
    return token === '' ? ctx.githubToken : token;
}
/** The tag a release action defaults to: the ref's, when the run is on a tag. */
function refTag(ctx) {
    const ref = ctx.env.GITHUB_REF ?? ctx.ref;
    return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/actions-github-script.ts
// actions/github-script: the script run for real, in its own Node process, as github-script runs
// it: an async function of `require`, `github` (octokit, from @actions/github, on the sandbox's
// API with the job's token), `context`, `core`, `exec`, `io`, `fetch`; `result` its return value.






/** The script's host: what github-script's main.ts does around the user's script. */
const RUNNER = `import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
const [githubUrl, coreUrl, execUrl, ioUrl, scriptFile, encoding] = process.argv.slice(2)
const { getOctokit, context } = await import(githubUrl)
const core = await import(coreUrl)
const exec = execUrl ? await import(execUrl) : undefined
const io = ioUrl ? await import(ioUrl) : undefined
const token = process.env['INPUT_GITHUB-TOKEN']
const github = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL })
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor
const wrapped = new AsyncFunction('require', 'github', 'octokit', 'context', 'core', 'exec', 'glob', 'io', 'fetch', readFileSync(scriptFile, 'utf8'))
try {
  const result = await wrapped(createRequire(process.cwd() + '/'), github, github, context, core, exec, undefined, io, fetch)
  core.setOutput('result', encoding === 'string' ? (result === undefined ? '' : String(result)) : JSON.stringify(result))
} catch (error) {
  console.error(error)
  core.setFailed('Unhandled error: ' + error)
}
`;
function resolved(specifier) {
    try {
        return import.meta.resolve(specifier);
    }
    catch {
        return '';
    }
}
const githubScript = async (ctx, inputs) => {
    const script = inputs.script ?? '';
    if (script.trim() === '')
        return { ok: false, error: 'Input required and not supplied: script' };
    const githubUrl = resolved('@actions/github');
    const coreUrl = resolved('@actions/core');
    if (githubUrl === '' || coreUrl === '')
        return {
            ok: false,
            error: 'actions/github-script is run with @actions/github and @actions/core, which this installation of tokenless lacks.',
        };
    const id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const runner = (0,external_node_path_.join)(ctx.runnerTemp, `github-script-${id}.mjs`);
    const scriptFile = (0,external_node_path_.join)(ctx.runnerTemp, `github-script-${id}.js`);
    await (0,promises_.writeFile)(runner, RUNNER);
    await (0,promises_.writeFile)(scriptFile, script);
    if (input(inputs, 'base-url') !== '')
        ctx.note(`base-url ${inputs['base-url']} → the sandbox's GitHub API`);
    const ran = await runTool(ctx, process.execPath, [
        runner,
        githubUrl,
        coreUrl,
        resolved('@actions/exec'),
        resolved('@actions/io'),
        scriptFile,
        input(inputs, 'result-encoding') || 'json',
    ], { env: { ...ctx.env, 'INPUT_GITHUB-TOKEN': tokenInput(ctx, inputs['github-token']) } });
    ctx.note("the script ran in Node with an octokit on the sandbox's GitHub API");
    return ran.exitCode === 0 ? { ok: true } : { ok: false, error: 'the script failed' };
};
const actionsGithubScript = {
    uses: 'actions/github-script',
    what: "its script, with an octokit on the sandbox's GitHub API",
    inputs: [
        'script',
        'github-token',
        'debug',
        'user-agent',
        'previews',
        'result-encoding',
        'retries',
        'retry-exempt-status-codes',
        'base-url',
    ],
    outputs: ['result'],
    standIn: githubScript,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/actions-checkout.ts
// actions/checkout: the repository's sandbox copy fetched into the workspace at the ref, as
// checkout fetches it.




/** Whether `name` is a tag of the repository's sandbox copy (and so not a branch to make). */
async function isTag(ctx, name) {
    const found = await (0,git_command/* git */.$Y)(ctx.gitDir, ['show-ref', '--verify', '--quiet', `refs/tags/${name}`], {
        allowFailure: true,
    });
    return found.exitCode === 0;
}
/** actions/checkout: the repository's copy fetched into the workspace at the ref, as checkout fetches. */
const checkout = async (ctx, inputs) => {
    const repository = inputs.repository ?? '';
    if (repository !== '' && repository.toLowerCase() !== ctx.repository.toLowerCase()) {
        return {
            ok: false,
            error: `checkout of another repository (${repository}) is not rehearsed: only ${ctx.repository} is in the sandbox.`,
        };
    }
    const depth = Number(inputs['fetch-depth'] ?? '1');
    const target = (0,external_node_path_.resolve)(ctx.workspace, inputs.path ?? '.');
    if (!target.startsWith(ctx.workspace)) {
        return { ok: false, error: `Repository path '${inputs.path}' is not under '${ctx.workspace}'` };
    }
    await (0,promises_.mkdir)(target, { recursive: true });
    if (truthy(inputs.clean, true)) {
        for (const entry of await (0,promises_.readdir)(target))
            await (0,promises_.rm)((0,external_node_path_.join)(target, entry), { recursive: true, force: true });
    }
    const wanted = inputs.ref ?? '';
    const resolved = await (0,git_command/* git */.$Y)(ctx.gitDir, ['rev-parse', '--verify', '--quiet', `${wanted === '' ? ctx.sha : wanted}^{commit}`], {
        allowFailure: true,
    });
    if (resolved.exitCode !== 0) {
        return { ok: false, error: `A branch or tag with the name '${wanted}' could not be found` };
    }
    const sha = resolved.stdout.trim();
    // A tag (the pushed one, or `ref:` naming one) is fetched into refs/tags/, as actions/checkout
    // does: `git describe` and setuptools-scm see it even one commit deep.
    const tagRef = wanted === ''
        ? ctx.ref.startsWith('refs/tags/')
            ? ctx.ref
            : undefined
        : wanted.startsWith('refs/tags/')
            ? wanted
            : !wanted.startsWith('refs/') && (await isTag(ctx, wanted))
                ? `refs/tags/${wanted}`
                : undefined;
    const branch = wanted === '' && ctx.ref.startsWith('refs/heads/')
        ? ctx.ref.slice('refs/heads/'.length)
        : /^[0-9a-f]{40}$/.test(wanted) || wanted === '' || tagRef !== undefined
            ? undefined
            : wanted.replace(/^refs\/heads\//, '');
    const url = `file://${ctx.gitDir}`;
    ctx.log(`Syncing repository: ${ctx.repository}`);
    await (0,git_command/* git */.$Y)(target, ['init', '--quiet']);
    await (0,git_command/* git */.$Y)(target, ['remote', 'add', 'origin', url]);
    const fetchArgs = [
        '-c',
        'protocol.version=2',
        'fetch',
        '--quiet',
        '--no-tags',
        '--prune',
        '--no-recurse-submodules',
    ];
    if (depth > 0) {
        fetchArgs.push(`--depth=${depth}`, 'origin', tagRef !== undefined
            ? `+${sha}:${tagRef}`
            : `+${sha}:refs/remotes/origin/${branch ?? 'rehearsal-ref'}`);
    }
    else {
        fetchArgs.push('--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
    }
    await (0,git_command/* git */.$Y)(target, fetchArgs);
    // origin as checkout leaves it, `{GITHUB_SERVER_URL}/{owner}/{repo}`: tools that read the
    // repository from it (semantic-release) see its owner and name; the job's ~/.gitconfig turns it
    // into the sandbox's copy for fetches and pushes.
    await (0,git_command/* git */.$Y)(target, [
        'remote',
        'set-url',
        'origin',
        `${ctx.sandbox.github.serverUrl.replace(/\/+$/, '')}/${ctx.repository}`,
    ]);
    if (depth > 0 && branch === undefined && tagRef === undefined)
        await (0,git_command/* git */.$Y)(target, ['update-ref', '-d', 'refs/remotes/origin/rehearsal-ref']);
    if (branch !== undefined) {
        await (0,git_command/* git */.$Y)(target, ['checkout', '--quiet', '--force', '-B', branch, sha]);
    }
    else {
        await (0,git_command/* git */.$Y)(target, ['checkout', '--quiet', '--force', '--detach', sha]);
    }
    ctx.log(`HEAD is now at ${sha.slice(0, 7)}${depth > 0 ? ` (fetch-depth ${depth})` : ' (full history and tags)'}`);
    setOutput(ctx, 'ref', branch ?? wanted);
    setOutput(ctx, 'commit', sha);
    ctx.note(`the repository's sandbox copy fetched at ${sha.slice(0, 7)}${depth > 0 ? `, ${depth} commit(s) deep` : ', full history'}${truthy(inputs['persist-credentials'], true) ? '; no credentials persisted' : ''}`);
    return { ok: true };
};
const actionsCheckout = {
    uses: 'actions/checkout',
    what: 'the repository from the sandbox copy',
    inputs: [
        'repository',
        'ref',
        'token',
        'ssh-key',
        'ssh-known-hosts',
        'ssh-strict',
        'ssh-user',
        'persist-credentials',
        'path',
        'clean',
        'filter',
        'sparse-checkout',
        'sparse-checkout-cone-mode',
        'fetch-depth',
        'fetch-tags',
        'show-progress',
        'lfs',
        'submodules',
        'set-safe-directory',
        'github-server-url',
        'allow-unsafe-pr-checkout',
    ],
    outputs: ['ref', 'commit'],
    standIn: checkout,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/actions-download-artifact.ts
// actions/download-artifact: the artifact store's files copied into the workspace.




const downloadArtifact = async (ctx, inputs) => {
    const target = (0,external_node_path_.resolve)(ctx.workspace, inputs.path || '.');
    const name = inputs.name ?? '';
    const available = (0,external_node_fs_.existsSync)(ctx.artifactsDir) ? (await (0,promises_.readdir)(ctx.artifactsDir)).sort() : [];
    const names = name !== '' ? [name] : available.filter((entry) => matchPattern(entry, inputs.pattern));
    for (const each of names) {
        if (!available.includes(each)) {
            return {
                ok: false,
                error: `Unable to download artifact(s): Artifact not found for name: ${each}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`,
            };
        }
    }
    const merge = name !== '' || truthy(inputs['merge-multiple'], false);
    for (const each of names) {
        const destination = merge ? target : (0,external_node_path_.join)(target, each);
        await (0,promises_.mkdir)(destination, { recursive: true });
        await (0,promises_.cp)((0,external_node_path_.join)(ctx.artifactsDir, each), destination, { recursive: true });
        ctx.log(`Artifact ${each} downloaded to ${(0,external_node_path_.relative)(ctx.workspace, destination) || '.'}`);
    }
    setOutput(ctx, 'download-path', target);
    ctx.note(`artifact${names.length === 1 ? '' : 's'} ${names.join(', ') || '(none)'} copied from the rehearsal's artifact store`);
    return { ok: true };
};
function matchPattern(name, pattern) {
    if (pattern === undefined || pattern === '')
        return true;
    const source = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${source}$`).test(name);
}
const actionsDownloadArtifact = {
    uses: 'actions/download-artifact',
    what: "the rehearsal's artifact store",
    inputs: [
        'name',
        'artifact-ids',
        'path',
        'pattern',
        'merge-multiple',
        'github-token',
        'repository',
        'run-id',
        'skip-decompress',
        'digest-mismatch',
    ],
    outputs: ['download-path'],
    standIn: downloadArtifact,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/actions-setup-node.ts
// actions/setup-node: the Node on PATH checked against node-version; registry-url writes the
// .npmrc setup-node writes.




const setupNode = async (ctx, inputs) => {
    const present = (await versionOf('node', ['--version'], ctx.env))?.replace(/^v/, '');
    if (present === undefined)
        return { ok: false, error: 'No node on PATH.' };
    const wanted = (inputs['node-version'] ?? '').trim();
    if (wanted !== '' && !versionMatches(present, wanted)) {
        ctx.warn(`node-version ${wanted} was asked for; this machine has Node ${present}, which the rehearsal uses.`);
    }
    ctx.log(`Found in PATH: node ${present}`);
    setOutput(ctx, 'node-version', `v${present}`);
    const registryUrl = inputs['registry-url'] ?? '';
    if (registryUrl !== '') {
        // What setup-node does: an .npmrc in RUNNER_TEMP naming NODE_AUTH_TOKEN, and a placeholder
        // token so that npm does not fail before the user sets the real one.
        const url = new URL(registryUrl.endsWith('/') ? registryUrl : `${registryUrl}/`);
        const scope = inputs.scope ?? '';
        const npmrc = (0,external_node_path_.join)(ctx.runnerTemp, '.npmrc');
        const lines = [
            `//${url.host}${url.pathname}:_authToken=\${NODE_AUTH_TOKEN}`,
            scope === ''
                ? `registry=${url.href}`
                : `${scope.startsWith('@') ? scope : `@${scope}`}:registry=${url.href}`,
        ];
        await (0,promises_.writeFile)(npmrc, `${lines.join('\n')}\n`);
        exportVariable(ctx, 'NPM_CONFIG_USERCONFIG', npmrc);
        exportVariable(ctx, 'NODE_AUTH_TOKEN', 'XXXXX-XXXXX-XXXXX-XXXXX');
        ctx.log(`Wrote ${npmrc} for ${url.href} and set NODE_AUTH_TOKEN to setup-node's placeholder`);
    }
    if ((inputs.cache ?? '') !== '')
        ctx.note(`cache: ${inputs.cache} is not rehearsed (no cache service)`);
    ctx.note(`the Node on this machine (${present}) stands in for node-version ${wanted || '(none)'}`);
    return { ok: true };
};
const actionsSetupNode = {
    uses: 'actions/setup-node',
    what: 'the Node on this machine',
    inputs: [
        'node-version',
        'node-version-file',
        'architecture',
        'check-latest',
        'registry-url',
        'scope',
        'token',
        'cache',
        'package-manager-cache',
        'cache-dependency-path',
        'mirror',
        'mirror-token',
    ],
    outputs: ['cache-hit', 'cache-primary-key', 'cache-matched-key', 'node-version'],
    standIn: setupNode,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/actions-setup-python.ts
// actions/setup-python: the machine's Python of the asked version (else its python3) in a
// tool-cache folder put first on PATH.





/** The variables that choose which interpreter a name runs: PATH and the version managers'. */
const CHOOSING_PYTHON = /^(PATH|PYENV_.*|PYTHON.*|VIRTUAL_ENV|CONDA_.*)$/;
/**
 * What each interpreter said, by rehearsal (its tool cache) and by what chose it: the jobs of a
 * run that set up Python ask once (through a version manager's shim, an answer takes a second).
 */
const answers = new Map();
/** What a Python interpreter says about itself: its version and its executable. */
function pythonAt(command, env) {
    const choosing = Object.entries(env).filter(([name]) => CHOOSING_PYTHON.test(name));
    const key = JSON.stringify([env.RUNNER_TOOL_CACHE ?? '', command, choosing.sort()]);
    let answer = answers.get(key);
    if (answer === undefined || env.RUNNER_TOOL_CACHE === undefined) {
        answer = askPython(command, env);
        if (env.RUNNER_TOOL_CACHE !== undefined)
            answers.set(key, answer);
    }
    return answer;
}
async function askPython(command, env) {
    const found = await versionOf(command, ['-c', 'import sys, platform; print(platform.python_version()); print(sys.executable)'], env);
    const [version, executable] = (found ?? '').split('\n');
    if (found === undefined || !version || !executable)
        return undefined;
    return { version, executable };
}
/** The interpreters to try for python-version: `python3.11` for 3.11, then `python3`. */
function pythonCandidates(wanted) {
    const minor = /^(\d+)\.(\d+)/.exec(wanted.replace(/^(cpython|python)-?/i, ''));
    return minor === null ? ['python3'] : [`python${minor[1]}.${minor[2]}`, 'python3'];
}
/**
 * The tool-cache folder setup-python puts on PATH ($RUNNER_TOOL_CACHE/Python/<version>/x64), made
 * from this machine's interpreter: a virtual environment that sees the system's packages (pip
 * among them), so that `python`, `python3` and `pip` are there and `pip install` works as on
 * GitHub's Python, without touching the system's. Made once per rehearsal.
 */
async function pythonInstallDir(ctx, python) {
    const cache = ctx.env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(ctx.runnerTemp, 'toolcache');
    const dir = (0,external_node_path_.join)(cache, 'Python', python.version, 'x64');
    const bin = (0,external_node_path_.join)(dir, 'bin');
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(bin, 'python'))) {
        const building = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(building), { recursive: true });
        const made = await tool_versions_execFileAsync(python.executable, ['-m', 'venv', '--without-pip', '--system-site-packages', building], { env: ctx.env }).then(() => true, () => false);
        if (!made) {
            // No venv module: the interpreter itself, under the names setup-python provides.
            await (0,promises_.mkdir)((0,external_node_path_.join)(building, 'bin'), { recursive: true });
            const [major, minor] = python.version.split('.');
            for (const name of ['python', 'python3', `python${major}.${minor}`])
                await (0,promises_.symlink)(python.executable, (0,external_node_path_.join)(building, 'bin', name));
        }
        await (0,promises_.rename)(building, dir).catch(async () => {
            // Another job of the run made it first.
            await (0,promises_.rm)(building, { recursive: true, force: true });
        });
    }
    // pip as setup-python's Python has it: `pip` and `pip3` run the interpreter's pip module when it
    // has one (Debian's python3-pip). Looked for once per folder: importing pip takes a second.
    const pipMark = (0,external_node_path_.join)(dir, 'pip-checked');
    if (!(0,external_node_fs_.existsSync)(pipMark)) {
        const found = await versionOf((0,external_node_path_.join)(bin, 'python'), ['-c', 'import importlib.util as u, sys; sys.exit(u.find_spec("pip") is None)'], ctx.env);
        if (found !== undefined) {
            for (const name of ['pip', 'pip3'])
                await (0,promises_.writeFile)((0,external_node_path_.join)(bin, name), '#!/bin/sh\nexec "$(dirname "$0")/python" -m pip "$@"\n', {
                    mode: 0o755,
                });
        }
        await (0,promises_.writeFile)(pipMark, found === undefined ? 'no pip\n' : 'pip\n');
    }
    return { dir, pip: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(bin, 'pip')) };
}
/**
 * actions/setup-python: the machine's Python of the asked version (else its python3) in a
 * tool-cache folder put first on PATH as `python`, `python3`, `pip` and `pip3`, with the variables
 * and outputs setup-python sets.
 */
const setupPython = async (ctx, inputs) => {
    const wanted = (inputs['python-version'] ?? '').trim();
    let python;
    for (const candidate of pythonCandidates(wanted)) {
        python = await pythonAt(candidate, ctx.env);
        if (python !== undefined)
            break;
    }
    if (python === undefined) {
        return {
            ok: false,
            error: 'No python3 on PATH: the rehearsal stands in for setup-python with the Python of this machine. Install it (on Debian: npm run setup in the tokenless repository, or apt-get install python3 python3-venv python3-pip).',
        };
    }
    const present = python.version;
    if (wanted !== '' && !versionMatches(present, wanted)) {
        ctx.warn(`python-version ${wanted} was asked for; this machine has Python ${present} (${python.executable}), which the rehearsal uses.`);
    }
    const { dir, pip } = await pythonInstallDir(ctx, python);
    const bin = (0,external_node_path_.join)(dir, 'bin');
    ctx.log(`Found in PATH: Python ${present} (${python.executable})`);
    if (truthy(inputs['update-environment'], true)) {
        exportVariable(ctx, 'pythonLocation', dir);
        exportVariable(ctx, 'PKG_CONFIG_PATH', `${dir}/lib/pkgconfig`);
        exportVariable(ctx, 'Python_ROOT_DIR', dir);
        exportVariable(ctx, 'Python2_ROOT_DIR', dir);
        exportVariable(ctx, 'Python3_ROOT_DIR', dir);
        const libPath = ctx.env.LD_LIBRARY_PATH ?? '';
        if (!libPath.split(':').includes((0,external_node_path_.join)(dir, 'lib')))
            exportVariable(ctx, 'LD_LIBRARY_PATH', `${(0,external_node_path_.join)(dir, 'lib')}${libPath ? `:${libPath}` : ''}`);
        addPath(ctx, dir);
        addPath(ctx, bin);
        ctx.log(`Added ${bin} to PATH: python, python3${pip ? ', pip, pip3' : ''}`);
    }
    if (!pip) {
        ctx.warn(`Python ${present} (${python.executable}) has no pip: \`python -m pip\` and \`pip\` fail in this job, where setup-python's Python has pip. Install it (on Debian: npm run setup in the tokenless repository, or apt-get install python3-pip).`);
    }
    setOutput(ctx, 'python-version', present);
    setOutput(ctx, 'python-path', (0,external_node_path_.join)(bin, 'python'));
    if ((inputs.cache ?? '') !== '')
        ctx.note(`cache: ${inputs.cache} is not rehearsed (no cache service)`);
    ctx.note(`the Python on this machine (${present}, ${python.executable}) stands in for python-version ${wanted || '(none)'}, as python${pip ? ' and pip' : ''} in ${bin}`);
    return { ok: true };
};
const actionsSetupPython = {
    uses: 'actions/setup-python',
    what: 'the Python on this machine',
    inputs: [
        'python-version',
        'python-version-file',
        'cache',
        'architecture',
        'check-latest',
        'token',
        'cache-dependency-path',
        'update-environment',
        'allow-prereleases',
        'freethreaded',
        'pip-version',
    ],
    outputs: ['python-version', 'cache-hit', 'python-path'],
    standIn: setupPython,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/actions-upload-artifact.ts
// actions/upload-artifact: files copied into the run's artifact store under the artifact's name.




function hasGlob(pattern) {
    return /[*?[]/.test(pattern);
}
/** The longest directory every path is under: upload-artifact stores paths relative to it. */
function commonRoot(paths) {
    if (paths.length === 0)
        return '';
    const split = paths.map((path) => (0,external_node_path_.dirname)(path).split(external_node_path_.sep));
    const first = split[0] ?? [];
    let length = first.length;
    for (const parts of split) {
        let index = 0;
        while (index < length && parts[index] === first[index])
            index++;
        length = index;
    }
    return first.slice(0, length).join(external_node_path_.sep) || external_node_path_.sep;
}
function filesUnder(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return [];
    if (!(0,external_node_fs_.statSync)(path).isDirectory())
        return [path];
    return (0,external_node_fs_.globSync)('**/*', { cwd: path })
        .map((file) => (0,external_node_path_.join)(path, file))
        .filter((file) => (0,external_node_fs_.statSync)(file).isFile());
}
/** actions/upload-artifact: files copied into the run's artifact store under the artifact's name. */
const uploadArtifact = async (ctx, inputs) => {
    const name = inputs.name || 'artifact';
    const store = (0,external_node_path_.join)(ctx.artifactsDir, name);
    if ((0,external_node_fs_.existsSync)(store) && !truthy(inputs.overwrite, false)) {
        return {
            ok: false,
            error: `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
        };
    }
    const patterns = (inputs.path ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const files = new Set();
    for (const pattern of patterns) {
        if (pattern.startsWith('!'))
            continue;
        const absolute = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(ctx.workspace, pattern);
        const matches = hasGlob(pattern)
            ? (0,external_node_fs_.globSync)(pattern, { cwd: ctx.workspace }).map((match) => (0,external_node_path_.resolve)(ctx.workspace, match))
            : [absolute];
        for (const match of matches)
            for (const file of filesUnder(match))
                files.add(file);
    }
    if (files.size === 0) {
        const mode = inputs['if-no-files-found'] || 'warn';
        const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
        if (mode === 'error')
            return { ok: false, error: message };
        if (mode === 'warn')
            ctx.warn(message);
        else
            ctx.log(message);
        return { ok: true };
    }
    const list = [...files].sort();
    // A single directory is stored relative to itself; several paths relative to their common root.
    const root = patterns.length === 1 &&
        !hasGlob(patterns[0] ?? '') &&
        (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(ctx.workspace, patterns[0] ?? '.')).isDirectory()
        ? (0,external_node_path_.resolve)(ctx.workspace, patterns[0] ?? '.')
        : commonRoot(list);
    await (0,promises_.rm)(store, { recursive: true, force: true });
    for (const file of list) {
        const destination = (0,external_node_path_.join)(store, (0,external_node_path_.relative)(root, file));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        await (0,promises_.cp)(file, destination);
    }
    ctx.log(`Artifact ${name} has ${list.length} file(s): ${list.map((file) => (0,external_node_path_.relative)(root, file)).join(', ')}`);
    setOutput(ctx, 'artifact-id', String(list.length));
    setOutput(ctx, 'artifact-url', `artifact://${name}`);
    ctx.note(`artifact ${name} kept in the rehearsal's artifact store (${list.length} file(s))`);
    return { ok: true };
};
const actionsUploadArtifact = {
    uses: 'actions/upload-artifact',
    what: "the rehearsal's artifact store",
    inputs: [
        'name',
        'path',
        'if-no-files-found',
        'retention-days',
        'compression-level',
        'overwrite',
        'include-hidden-files',
        'archive',
    ],
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
    standIn: uploadArtifact,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/release-pr.ts
// What the release-PR actions (changesets/action, googleapis/release-please-action) share: the
// decision between opening their pull request and publishing, the release branch pushed to the
// sandbox's repository, changelog entries, version bumps, and the npm publishes a script made.



/** The state the stand-in acts on: --release-pr when given, else what the repository says. */
function releasePrState(ctx, action, fromRepository, why) {
    const state = ctx.releasePr ?? fromRepository;
    const real = fromRepository === 'merged' ? 'publish' : 'open or update its release pull request';
    if (ctx.releasePr === undefined) {
        ctx.note(`${action}: ${why}, so the real action would ${real}; rehearsed that way`);
    }
    else if (ctx.releasePr === fromRepository) {
        ctx.note(`${action}: ${why}, so the real action would ${real}; --release-pr ${state} agrees`);
    }
    else {
        ctx.note(`${action}: ${why}, so the real action would ${real}; rehearsed as --release-pr ${state} asks instead`);
    }
    return state;
}
const ORDER = { patch: 0, minor: 1, major: 2 };
function higher(a, b) {
    return a === undefined || ORDER[b] > ORDER[a] ? b : a;
}
/** `version` bumped (a prerelease suffix dropped). */
function bumpVersion(version, bump) {
    const [major = 0, minor = 0, patch = 0] = version
        .replace(/[-+].*$/, '')
        .split('.')
        .map((part) => Number.parseInt(part, 10) || 0);
    if (bump === 'major')
        return `${major + 1}.0.0`;
    if (bump === 'minor')
        return `${major}.${minor + 1}.0`;
    return `${major}.${minor}.${patch + 1}`;
}
/** The entry of `version` in a CHANGELOG.md (`## 1.2.0` or `## [1.2.0](...)`), without its heading. */
function changelogEntry(text, version) {
    const lines = text.split('\n');
    const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const start = lines.findIndex((line) => new RegExp(`^#{1,3} \\[?v?${escaped}(?=[\\])\\s]|$)`).test(line));
    if (start === -1)
        return undefined;
    const level = /^#+/.exec(lines[start])[0].length;
    let end = lines.findIndex((line, index) => index > start && new RegExp(`^#{1,${level}} `).test(line));
    if (end === -1)
        end = lines.length;
    return lines
        .slice(start + 1, end)
        .join('\n')
        .trim();
}
/** A package.json's name and version, or undefined. */
function readManifest(dir) {
    const file = (0,external_node_path_.join)(dir, 'package.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const manifest = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    if (typeof manifest.name !== 'string')
        return undefined;
    return {
        name: manifest.name,
        version: typeof manifest.version === 'string' ? manifest.version : '',
    };
}
const BOT = [
    '-c',
    'user.name=github-actions[bot]',
    '-c',
    'user.email=41898282+github-actions[bot]@users.noreply.github.com',
];
/**
 * Commits the workspace's changes on `branch` and force-pushes it to the sandbox's repository,
 * as both actions push their release branch; returns the commit.
 */
async function pushReleaseBranch(ctx, cwd, branch, message) {
    await (0,git_command/* git */.$Y)(cwd, ['checkout', '--quiet', '-B', branch]);
    await (0,git_command/* git */.$Y)(cwd, ['add', '--all']);
    await (0,git_command/* git */.$Y)(cwd, [...BOT, 'commit', '--quiet', '--allow-empty', '-m', message]);
    const sha = (await (0,git_command/* git */.$Y)(cwd, ['rev-parse', 'HEAD'])).stdout.trim();
    await (0,git_command/* git */.$Y)(cwd, ['push', '--quiet', '--force', ctx.gitDir, `HEAD:refs/heads/${branch}`]);
    ctx.log(`Pushed ${branch} (${sha.slice(0, 7)}) to ${ctx.repository}`);
    return sha;
}
/** Pushes the tag `tag` at `sha` to the sandbox's repository (an annotated tag, as the CLIs make). */
async function pushTag(ctx, cwd, tag, sha) {
    const exists = await (0,git_command/* git */.$Y)(ctx.gitDir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
        allowFailure: true,
    });
    if (exists.exitCode === 0) {
        ctx.log(`Tag ${tag} already exists on ${ctx.repository}`);
        return false;
    }
    await (0,git_command/* git */.$Y)(cwd, [...BOT, 'tag', '--force', '-a', tag, '-m', tag, sha]);
    await (0,git_command/* git */.$Y)(cwd, ['push', '--quiet', ctx.gitDir, `refs/tags/${tag}`]);
    ctx.log(`Pushed tag ${tag}`);
    return true;
}
/** How many successful publishes the sandbox's npm registry has recorded so far. */
function npmPublishCount(ctx) {
    return npmPublishes(ctx).length;
}
/** The package names of the successful npm publishes recorded after the first `since`. */
function npmPublishedSince(ctx, since) {
    return npmPublishes(ctx)
        .slice(since)
        .flatMap((request) => (request.packageName === undefined ? [] : [request.packageName]));
}
function npmPublishes(ctx) {
    return (ctx.sandbox.npm?.requests ?? []).filter((request) => request.action === 'publish' && request.status !== undefined && request.status < 300);
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/changesets-action.ts
// changesets/action: with changesets pending, `changeset version` (the repository's own CLI, else
// the same bumps and CHANGELOG entries done here) committed on changeset-release/<branch> and
// pushed to the sandbox's repository; with none, the publish script run (npm publishes go to the
// sandbox through the containment), then a tag and a GitHub release per published package.
// --release-pr decides instead of the pending changesets; the report says what the real one would do.







/** The pending changesets: .changeset/*.md but its README. */
function readChangesets(cwd) {
    const dir = (0,external_node_path_.join)(cwd, '.changeset');
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
        .sort()
        .map((file) => {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8');
        const match = /^---\r?\n((?:.*\r?\n)*?)---(?:\r?\n|$)([\s\S]*)$/.exec(text);
        const releases = (match?.[1] ?? '').split('\n').flatMap((line) => {
            const release = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
            return release === null ? [] : [{ name: release[1], type: release[2] }];
        });
        return { file: (0,external_node_path_.join)(dir, file), releases, summary: (match?.[2] ?? text).trim() };
    });
}
/** The packages of the project at `cwd`: its workspaces' (package.json `workspaces`), else its own. */
function packagesOf(cwd) {
    const root = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(cwd, 'package.json'), 'utf8'));
    const patterns = Array.isArray(root.workspaces)
        ? root.workspaces
        : (root.workspaces?.packages ?? []);
    const dirs = patterns.length === 0
        ? [cwd]
        : patterns.flatMap((pattern) => (0,external_node_fs_.globSync)(`${pattern}/package.json`, { cwd }).map((file) => (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, file))));
    return dirs.flatMap((dir) => {
        const manifest = readManifest(dir);
        return manifest === undefined ? [] : [{ dir, ...manifest }];
    });
}
const HEADINGS = {
    major: 'Major Changes',
    minor: 'Minor Changes',
    patch: 'Patch Changes',
};
/** `changeset version` for the common case: each package bumped once, its CHANGELOG entry, changesets removed. */
function versionHere(ctx, cwd, changesets) {
    for (const pkg of packagesOf(cwd)) {
        let bump;
        const lines = { major: [], minor: [], patch: [] };
        for (const changeset of changesets) {
            for (const release of changeset.releases) {
                if (release.name !== pkg.name || release.type === 'none')
                    continue;
                bump = higher(bump, release.type);
                lines[release.type].push(`- ${changeset.summary.replace(/\n/g, '\n  ')}`);
            }
        }
        if (bump === undefined)
            continue;
        const version = bumpVersion(pkg.version, bump);
        const file = (0,external_node_path_.join)(pkg.dir, 'package.json');
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
        const sections = ['major', 'minor', 'patch']
            .filter((type) => lines[type].length > 0)
            .map((type) => `### ${HEADINGS[type]}\n\n${lines[type].join('\n')}\n`);
        const changelog = (0,external_node_path_.join)(pkg.dir, 'CHANGELOG.md');
        const earlier = (0,external_node_fs_.existsSync)(changelog)
            ? (0,external_node_fs_.readFileSync)(changelog, 'utf8').replace(/^# .*\n+/, '')
            : '';
        (0,external_node_fs_.writeFileSync)(changelog, `# ${pkg.name}\n\n## ${version}\n\n${sections.join('\n')}\n${earlier}`);
        ctx.log(`${pkg.name}: ${pkg.version} → ${version}`);
    }
    for (const changeset of changesets)
        (0,external_node_fs_.rmSync)(changeset.file);
}
/** A command as @actions/exec runs it: words (quotes kept together), no shell. */
function commandWords(command) {
    return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
}
async function runScript(ctx, cwd, script, env) {
    const [command, ...args] = commandWords(script);
    ctx.log(`[command]${script}`);
    return runTool(ctx, command, args, { cwd, env: { ...ctx.env, ...env } });
}
async function version(ctx, inputs, cwd, changesets) {
    const base = input(inputs, 'pr-base-branch', 'branch') || ctx.ref.replace(/^refs\/heads\//, '');
    const branch = `changeset-release/${base}`;
    const script = input(inputs, 'version-script', 'version');
    const cli = (0,external_node_path_.join)(cwd, 'node_modules', '@changesets', 'cli', 'bin.js');
    if (script !== '')
        await runScript(ctx, cwd, script, {});
    else if ((0,external_node_fs_.existsSync)(cli))
        await runTool(ctx, process.execPath, [cli, 'version'], { cwd });
    else
        versionHere(ctx, cwd, changesets);
    const title = input(inputs, 'pr-title', 'title') || 'Version Packages';
    await pushReleaseBranch(ctx, cwd, branch, input(inputs, 'commit-message', 'commit') || title);
    ctx.note(`changesets/action: pushed ${branch} to the sandbox's repository; the real action would open or update the pull request "${title}" from ${branch} into ${base} (the sandbox has no pull requests: pr-number is left empty)`);
}
/** What the publish script published: the sandbox's npm uploads, and `changeset publish`'s own word. */
function publishedBy(cwd, names, stdout, outputFile) {
    const said = [...stdout.matchAll(/New tag:\s+(\S+)@(\S+)/g)].map((match) => match[1]);
    if ((0,external_node_fs_.existsSync)(outputFile)) {
        for (const line of (0,external_node_fs_.readFileSync)(outputFile, 'utf8').split('\n')) {
            const event = /"packageName"\s*:\s*"([^"]+)"/.exec(line);
            if (event !== null)
                said.push(event[1]);
        }
    }
    const wanted = new Set([...names, ...said]);
    return packagesOf(cwd).filter((pkg) => wanted.has(pkg.name));
}
async function publish(ctx, inputs, cwd, script) {
    ctx.log('No changesets found. Attempting to publish any unpublished packages to npm');
    const createReleases = truthy(inputs['create-github-releases'] ?? inputs.createGithubReleases, true);
    const pushTags = truthy(inputs['push-git-tags'], true);
    if (createReleases && !pushTags)
        return {
            ok: false,
            error: "The input 'create-github-releases' is set to true, but 'push-git-tags' is set to false. Creating GitHub releases requires pushing git tags. Please set 'push-git-tags' to true or set 'create-github-releases' to false.",
        };
    const token = tokenInput(ctx, inputs['github-token']);
    const outputFile = (0,external_node_path_.join)(ctx.runnerTemp, `changesets-output-${(0,external_node_crypto_.randomUUID)()}.ndjson`);
    const before = npmPublishCount(ctx);
    const run = await runScript(ctx, cwd, script, {
        GITHUB_TOKEN: token,
        CHANGESETS_OUTPUT: outputFile,
    });
    const published = publishedBy(cwd, npmPublishedSince(ctx, before), run.stdout, outputFile);
    const single = packagesOf(cwd).length === 1 && packagesOf(cwd)[0].dir === cwd;
    const api = new SandboxReleases(ctx, token);
    const sha = (await runTool(ctx, 'git', ['rev-parse', 'HEAD'], { cwd, quiet: true })).stdout.trim();
    for (const pkg of published) {
        const tag = single ? `v${pkg.version}` : `${pkg.name}@${pkg.version}`;
        if (pushTags)
            await pushTag(ctx, cwd, tag, sha);
        const changelog = (0,external_node_path_.join)(pkg.dir, 'CHANGELOG.md');
        if (!createReleases || !(0,external_node_fs_.existsSync)(changelog))
            continue;
        const body = changelogEntry((0,external_node_fs_.readFileSync)(changelog, 'utf8'), pkg.version);
        if (body === undefined)
            return { ok: false, error: `Could not find changelog entry for ${pkg.name}@${pkg.version}` };
        try {
            const release = await api.create({
                name: tag,
                tag_name: tag,
                body,
                prerelease: pkg.version.includes('-'),
            });
            ctx.log(`Created the GitHub release ${tag}: ${release.html_url}`);
        }
        catch (error) {
            if (error instanceof GitHubApiError)
                return { ok: false, error: error.message };
            throw error;
        }
    }
    const list = published.map((pkg) => ({ name: pkg.name, version: pkg.version }));
    if (published.length > 0) {
        for (const name of ['published', 'published-packages', 'publishedPackages'])
            setOutput(ctx, name, name === 'published' ? 'true' : JSON.stringify(list));
    }
    ctx.note(`changesets/action: ran its publish script \`${script}\`: ${published.length === 0 ? 'nothing was published' : `published ${published.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')} on the sandbox`}`);
    if (run.exitCode !== 0)
        return { ok: false, error: `Publish command exited with code ${run.exitCode}` };
    return { ok: true };
}
const changesets = async (ctx, inputs) => {
    const cwd = (0,external_node_path_.resolve)(ctx.workspace, input(inputs, 'cwd') || '.');
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, 'package.json')))
        return { ok: false, error: `There is no package.json in ${cwd}: run actions/checkout first.` };
    const pending = readChangesets(cwd);
    const releasing = pending.filter((changeset) => changeset.releases.length > 0);
    const script = input(inputs, 'publish-script', 'publish');
    for (const name of ['published', 'has-changesets', 'hasChangesets'])
        setOutput(ctx, name, name === 'published' ? 'false' : String(pending.length > 0));
    for (const name of ['published-packages', 'publishedPackages'])
        setOutput(ctx, name, '[]');
    const state = releasePrState(ctx, 'changesets/action', pending.length > 0 ? 'open' : 'merged', pending.length > 0
        ? `${pending.length} changeset(s) pending`
        : 'no changeset pending (the release pull request was merged)');
    if (state === 'open') {
        if (pending.length === 0) {
            ctx.log('No changesets present: there is nothing to version.');
            ctx.note('changesets/action: no changeset pending, so no release pull request to open');
            return { ok: true };
        }
        if (releasing.length === 0) {
            ctx.log('All changesets are empty; not creating PR');
            return { ok: true };
        }
        await version(ctx, inputs, cwd, pending);
        return { ok: true };
    }
    if (script === '') {
        ctx.log('No changesets present or were removed by merging release PR. Not publishing because no publish script found.');
        ctx.note('changesets/action: no publish script (publish-script:), so nothing to publish');
        return { ok: true };
    }
    return publish(ctx, inputs, cwd, script);
};
const changesetsAction = {
    uses: 'changesets/action',
    what: "versions on a branch of the sandbox's repository, or runs the publish script against the sandbox",
    inputs: [
        'github-token',
        'publish-script',
        'version-script',
        'commit-message',
        'pr-title',
        'pr-draft',
        'pr-base-branch',
        'create-github-releases',
        'push-git-tags',
        'push-with-git-cli',
        'cwd',
    ],
    outputs: ['published', 'published-packages', 'has-changesets', 'pr-number'],
    earlierInputs: [
        'publish',
        'version',
        'commit',
        'title',
        'branch',
        'createGithubReleases',
        'setupGitUser',
        'commitMode',
        'prDraft',
    ],
    standIn: changesets,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/googleapis-release-please-action.ts
// googleapis/release-please-action: reads the repository as GitHub has it (a clone of the
// sandbox's copy at the run's commit). A version not tagged yet means its release PR was merged:
// the GitHub release (and so the tag) is created on the sandbox's API, with the outputs
// release_created, tag_name, version... (path-prefixed for manifest paths other than `.`).
// Otherwise the next version is computed from the conventional commits since the last tag and
// the release branch pushed. --release-pr decides instead; the report says what the real one would do.








function googleapis_release_please_action_versionOf(dir, releaseType) {
    if (releaseType === 'python' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'pyproject.toml'))) {
        const project = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'pyproject.toml'), 'utf8')).project;
        return typeof project?.version === 'string' ? project.version : '';
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'package.json'))) {
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        if (typeof manifest.version === 'string')
            return manifest.version;
    }
    const file = (0,external_node_path_.join)(dir, 'version.txt');
    return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8').trim() : '';
}
function nameOf(dir, path) {
    const file = (0,external_node_path_.join)(dir, 'package.json');
    if ((0,external_node_fs_.existsSync)(file)) {
        const name = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).name;
        if (typeof name === 'string')
            return name.replace(/^@[^/]+\//, '');
    }
    return path.split('/').pop() ?? path;
}
/** The components release-please manages: the manifest config's packages, else `path` with `release-type`. */
function componentsOf(root, inputs) {
    const configFile = (0,external_node_path_.join)(root, input(inputs, 'config-file') || 'release-please-config.json');
    const manifestFile = (0,external_node_path_.join)(root, input(inputs, 'manifest-file') || '.release-please-manifest.json');
    const withTag = truthy(inputs['include-component-in-tag'], false);
    const make = (path, releaseType, version, named) => {
        const dir = (0,external_node_path_.join)(root, path);
        const component = path !== '.' || withTag ? (named ?? nameOf(dir, path)) : undefined;
        return {
            path,
            releaseType,
            component,
            version,
            tag: `${component === undefined ? '' : `${component}-`}v${version}`,
        };
    };
    if ((0,external_node_fs_.existsSync)(configFile)) {
        const config = JSON.parse((0,external_node_fs_.readFileSync)(configFile, 'utf8'));
        const versions = (0,external_node_fs_.existsSync)(manifestFile)
            ? JSON.parse((0,external_node_fs_.readFileSync)(manifestFile, 'utf8'))
            : {};
        return Object.entries(config.packages ?? { '.': {} }).map(([path, settings]) => {
            const type = settings['release-type'] ?? config['release-type'] ?? 'node';
            const version = versions[path] ?? googleapis_release_please_action_versionOf((0,external_node_path_.join)(root, path), type);
            return make(path, type, version, settings.component ?? settings['package-name']);
        });
    }
    const path = input(inputs, 'path') || '.';
    const type = input(inputs, 'release-type') || 'simple';
    return [make(path, type, googleapis_release_please_action_versionOf((0,external_node_path_.join)(root, path), type))];
}
async function tagged(ctx, tag) {
    const found = await (0,git_command/* git */.$Y)(ctx.gitDir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
        allowFailure: true,
    });
    return found.exitCode === 0;
}
function pathOutput(ctx, path, key, value) {
    setOutput(ctx, path === '.' ? key : `${path}--${key}`, value);
}
async function createReleases(ctx, inputs, root, untagged) {
    const api = new SandboxReleases(ctx, tokenInput(ctx, inputs.token));
    const paths = [];
    for (const item of untagged) {
        const changelog = (0,external_node_path_.join)(root, item.path, 'CHANGELOG.md');
        const body = (0,external_node_fs_.existsSync)(changelog)
            ? (changelogEntry((0,external_node_fs_.readFileSync)(changelog, 'utf8'), item.version) ?? '')
            : '';
        const name = `${item.component === undefined ? '' : `${item.component}: `}v${item.version}`;
        try {
            const release = await api.create({
                tag_name: item.tag,
                target_commitish: ctx.sha,
                name,
                body,
                prerelease: item.version.includes('-'),
            });
            ctx.log(`Created release: ${release.html_url}`);
            const [major = '', minor = '', patch = ''] = item.version.replace(/[-+].*$/, '').split('.');
            const outputs = {
                release_created: 'true',
                id: String(release.id),
                name,
                tag_name: item.tag,
                sha: ctx.sha,
                body,
                html_url: release.html_url,
                draft: 'false',
                upload_url: release.upload_url,
                path: item.path,
                version: item.version,
                major,
                minor,
                patch,
            };
            for (const [key, value] of Object.entries(outputs))
                pathOutput(ctx, item.path, key, value);
            paths.push(item.path);
        }
        catch (error) {
            if (error instanceof GitHubApiError)
                return { ok: false, error: `release-please failed: ${error.message}` };
            throw error;
        }
    }
    setOutput(ctx, 'releases_created', String(paths.length > 0));
    setOutput(ctx, 'paths_released', JSON.stringify(paths));
    ctx.note(`googleapis/release-please-action: created the GitHub release(s) ${untagged.map((item) => item.tag).join(', ') || '(none)'} on the sandbox's API`);
    return { ok: true };
}
/** The bump the conventional commits since `since` (a tag, or the start) call for. */
async function bumpSince(ctx, since) {
    const range = since === undefined ? ctx.sha : `${since}..${ctx.sha}`;
    const log = await (0,git_command/* git */.$Y)(ctx.gitDir, ['log', '--format=%B%x00', range]);
    let bump;
    for (const message of log.stdout.split('\0')) {
        const header = message.trim().split('\n')[0] ?? '';
        if (/^\w+(\(.*\))?!:/.test(header) || /BREAKING[ -]CHANGE:/.test(message))
            bump = higher(bump, 'major');
        else if (/^feat(\(.*\))?:/.test(header))
            bump = higher(bump, 'minor');
        else if (/^(fix|perf|deps)(\(.*\))?:/.test(header))
            bump = higher(bump, 'patch');
    }
    return bump;
}
async function releasePullRequest(ctx, inputs, root, items) {
    const base = input(inputs, 'target-branch') || ctx.ref.replace(/^refs\/heads\//, '');
    const branch = `release-please--branches--${base}`;
    const planned = [];
    const manifest = {};
    for (const item of items) {
        const since = (await tagged(ctx, item.tag)) ? item.tag : undefined;
        const bump = await bumpSince(ctx, since);
        if (bump === undefined)
            continue;
        const version = bumpVersion(item.version, bump);
        manifest[item.path] = version;
        const dir = (0,external_node_path_.join)(root, item.path);
        const packageFile = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(packageFile)) {
            const text = JSON.parse((0,external_node_fs_.readFileSync)(packageFile, 'utf8'));
            (0,external_node_fs_.writeFileSync)(packageFile, `${JSON.stringify({ ...text, version }, null, 2)}\n`);
        }
        const changelog = (0,external_node_path_.join)(dir, 'CHANGELOG.md');
        const earlier = (0,external_node_fs_.existsSync)(changelog)
            ? (0,external_node_fs_.readFileSync)(changelog, 'utf8').replace(/^# Changelog\n+/, '')
            : '';
        (0,external_node_fs_.writeFileSync)(changelog, `# Changelog\n\n## ${version}\n\n${earlier}`);
        planned.push(`${item.component === undefined ? '' : `${item.component} `}${version}`);
    }
    if (planned.length === 0) {
        ctx.log('No user facing commits found since the last release - skipping');
        ctx.note('googleapis/release-please-action: no releasable commit since the last release: no pull request');
        return;
    }
    const manifestFile = (0,external_node_path_.join)(root, input(inputs, 'manifest-file') || '.release-please-manifest.json');
    if ((0,external_node_fs_.existsSync)(manifestFile)) {
        const current = JSON.parse((0,external_node_fs_.readFileSync)(manifestFile, 'utf8'));
        (0,external_node_fs_.writeFileSync)(manifestFile, `${JSON.stringify({ ...current, ...manifest }, null, 2)}\n`);
    }
    const title = `chore(${base}): release ${planned.join(', ')}`;
    await pushReleaseBranch(ctx, root, branch, title);
    setOutput(ctx, 'prs_created', 'false');
    ctx.note(`googleapis/release-please-action: pushed ${branch} to the sandbox's repository; the real action would open or update the pull request "${title}" into ${base} (the sandbox has no pull requests: prs_created is false)`);
}
const releasePlease = async (ctx, inputs) => {
    const root = (0,external_node_path_.join)(ctx.runnerTemp, `release-please-${(0,external_node_crypto_.randomUUID)()}`);
    await (0,git_command/* git */.$Y)(ctx.runnerTemp, ['clone', '--quiet', '--no-checkout', ctx.gitDir, root]);
    await (0,git_command/* git */.$Y)(root, ['checkout', '--quiet', ctx.sha]);
    const items = componentsOf(root, inputs).filter((item) => item.version !== '');
    if (items.length === 0)
        return {
            ok: false,
            error: `release-please failed: no version found for ${input(inputs, 'path') || '.'} (release-type ${input(inputs, 'release-type') || 'simple'}): give release-type, or a release-please-config.json and its manifest.`,
        };
    const untagged = [];
    for (const item of items)
        if (!(await tagged(ctx, item.tag)))
            untagged.push(item);
    setOutput(ctx, 'releases_created', 'false');
    setOutput(ctx, 'prs_created', 'false');
    const state = releasePrState(ctx, 'googleapis/release-please-action', untagged.length > 0 ? 'merged' : 'open', untagged.length > 0
        ? `${untagged.map((item) => item.tag).join(', ')} not tagged yet (its release pull request was merged)`
        : `every version is tagged (${items.map((item) => item.tag).join(', ')})`);
    if (state === 'merged' && !truthy(inputs['skip-github-release'], false)) {
        const created = await createReleases(ctx, inputs, root, untagged.length > 0 ? untagged : []);
        if (!created.ok || untagged.length > 0)
            return created;
    }
    if (state === 'open' && !truthy(inputs['skip-github-pull-request'], false))
        await releasePullRequest(ctx, inputs, root, items);
    return { ok: true };
};
const googleapisReleasePleaseAction = {
    uses: 'googleapis/release-please-action',
    // Its first home: GitHub redirects the old name, and workflows written then still use it.
    aliases: ['GoogleCloudPlatform/release-please-action'],
    what: "creates the releases on the sandbox's GitHub API, or pushes the release branch to its repository",
    inputs: [
        'token',
        'release-type',
        'path',
        'target-branch',
        'config-file',
        'manifest-file',
        'repo-url',
        'github-api-url',
        'github-graphql-url',
        'fork',
        'include-component-in-tag',
        'proxy-server',
        'skip-github-release',
        'skip-github-pull-request',
        'changelog-host',
    ],
    outputs: [],
    earlierInputs: [
        'command',
        'package-name',
        'default-branch',
        'bump-minor-pre-major',
        'monorepo-tags',
    ],
    standIn: releasePlease,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/hynek-build-and-inspect-python-package.ts
// hynek/build-and-inspect-python-package: the sdist and wheel of `path` built (`python -m build`,
// or, without the build module, the project's PEP 517 backend called directly, no isolation)
// into the run's artifact store as `Packages` (plus upload-name-suffix), with its outputs.




/** A PEP 517 frontend of a few lines: the backend's hooks, in this interpreter. */
const BUILD_WITH_BACKEND = `
import importlib, os, sys
try:
    import tomllib
except ModuleNotFoundError:
    import tomli as tomllib
out, what = os.path.abspath(sys.argv[1]), sys.argv[2]
with open("pyproject.toml", "rb") as handle:
    system = tomllib.load(handle).get("build-system", {})
for path in reversed(system.get("backend-path", [])):
    sys.path.insert(0, os.path.abspath(path))
module, _, attrs = system.get("build-backend", "setuptools.build_meta:__legacy__").partition(":")
backend = importlib.import_module(module)
for attr in filter(None, attrs.split(".")):
    backend = getattr(backend, attr)
if "sdist" in what:
    print("Successfully built " + backend.build_sdist(out))
if "wheel" in what:
    print("Successfully built " + backend.build_wheel(out))
`;
const buildAndInspect = async (ctx, inputs) => {
    const source = (0,external_node_path_.resolve)(ctx.workspace, input(inputs, 'path') || '.');
    const out = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.runnerTemp, 'baipp-dist-'));
    const python = whichOn('python', ctx.env.PATH) ?? whichOn('python3', ctx.env.PATH);
    if (python === undefined)
        return { ok: false, error: 'No python on PATH: install Python 3 to build the package.' };
    const what = [
        truthy(inputs['skip-sdist'], false) ? '' : 'sdist',
        truthy(inputs['skip-wheel'], false) ? '' : 'wheel',
    ].join(',');
    const hasBuild = await runTool(ctx, python, ['-c', 'import build'], { quiet: true, cwd: source });
    const built = hasBuild.exitCode === 0
        ? await runTool(ctx, python, [
            '-m',
            'build',
            '--outdir',
            out,
            ...(what.includes('sdist') ? ['--sdist'] : []),
            ...(what.includes('wheel') ? ['--wheel'] : []),
            source,
        ], { cwd: source })
        : await runTool(ctx, python, ['-c', BUILD_WITH_BACKEND, out, what], { cwd: source });
    if (hasBuild.exitCode !== 0)
        ctx.note("no build module in this machine's Python: the project's build backend was called directly (no isolated environment; its build requirements must be installed)");
    if (built.exitCode !== 0)
        return { ok: false, error: `the build failed (exit ${built.exitCode})` };
    const files = (await (0,promises_.readdir)(out)).sort();
    const name = `Packages${input(inputs, 'upload-name-suffix')}`;
    const store = (0,external_node_path_.join)(ctx.artifactsDir, name);
    await (0,promises_.mkdir)(store, { recursive: true });
    await (0,promises_.cp)(out, store, { recursive: true });
    const wheel = files.find((file) => file.endsWith('.whl')) ?? files[0] ?? '';
    const [packageName = '', packageVersion = ''] = wheel.replace(/\.(whl|tar\.gz)$/, '').split('-');
    setOutput(ctx, 'artifact-name', name);
    setOutput(ctx, 'dist', out);
    setOutput(ctx, 'package_name', packageName);
    setOutput(ctx, 'package_version', packageVersion);
    setOutput(ctx, 'supported_python_classifiers_json_array', '[]');
    setOutput(ctx, 'supported_python_classifiers_json_job_matrix_value', '[]');
    ctx.log(`Artifact ${name}: ${files.join(', ')}`);
    ctx.note(`built ${files.join(', ')} into artifact ${name}; the inspection (check-wheel-contents, twine check) is not rehearsed`);
    return { ok: true };
};
const hynekBuildAndInspectPythonPackage = {
    uses: 'hynek/build-and-inspect-python-package',
    what: "the machine's Python building into the artifact store",
    inputs: [
        'path',
        'skip-wheel',
        'skip-sdist',
        'upload-name-suffix',
        'attest-build-provenance-github',
        'python-version',
        'include-free-threaded',
    ],
    outputs: [
        'artifact-name',
        'dist',
        'supported_python_classifiers_json_array',
        'supported_python_classifiers_json_job_matrix_value',
        'package_name',
        'package_version',
    ],
    standIn: buildAndInspect,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/ncipollo-release-action.ts
// ncipollo/release-action: the release of `tag` created, or with allowUpdates updated, on the
// sandbox's GitHub API; `artifacts` uploaded (replaced by default); its outputs set.




function fieldsOf(ctx, inputs, tag, updating) {
    const fields = { tag_name: tag };
    const omit = (name) => truthy(inputs[`omit${name}`], false) ||
        (updating && truthy(inputs[`omit${name}DuringUpdate`], false));
    const bodyFile = input(inputs, 'bodyFile');
    const body = bodyFile !== '' && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.workspace, bodyFile))
        ? (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.workspace, bodyFile), 'utf8')
        : inputs.body;
    if (!omit('Body') && body !== undefined && body !== '')
        fields.body = body;
    if (!omit('Name'))
        fields.name = input(inputs, 'name') || tag;
    if (!(updating && truthy(inputs.omitDraftDuringUpdate, false)))
        fields.draft = truthy(inputs.draft, false);
    if (!(updating && truthy(inputs.omitPrereleaseDuringUpdate, false)))
        fields.prerelease = truthy(inputs.prerelease, false);
    const commit = input(inputs, 'commit');
    if (commit !== '')
        fields.target_commitish = commit;
    const latest = input(inputs, 'makeLatest');
    if (latest !== '')
        fields.make_latest = latest;
    if (!updating && truthy(inputs.generateReleaseNotes, false))
        fields.generate_release_notes = true;
    return fields;
}
async function uploadArtifacts(ctx, api, release, inputs) {
    const patterns = listInput(input(inputs, 'artifacts', 'artifact'));
    const { files, unmatched } = globFiles(patterns, ctx.workspace);
    for (const pattern of unmatched) {
        const message = `Artifact pattern :${pattern} did not match any files`;
        if (truthy(inputs.artifactErrorsFailBuild, false))
            return message;
        ctx.warn(message);
    }
    if (truthy(inputs.removeArtifacts, false))
        for (const asset of release.assets)
            await api.deleteAsset(asset.id);
    const contentType = input(inputs, 'artifactContentType') || undefined;
    for (const file of files) {
        ctx.log(`Uploading artifact ${(0,external_node_path_.basename)(file)}`);
        await api.upload(release, file, {
            replace: truthy(inputs.replacesArtifacts, true),
            ...(contentType === undefined ? {} : { contentType }),
        });
    }
    return undefined;
}
const releaseAction = async (ctx, inputs) => {
    const tag = input(inputs, 'tag') || refTag(ctx);
    if (tag === '')
        return { ok: false, error: 'No tag found in ref or input!' };
    const owner = input(inputs, 'owner');
    const repo = input(inputs, 'repo');
    const repository = owner !== '' || repo !== ''
        ? `${owner || ctx.repository.split('/')[0]}/${repo || ctx.repository.split('/')[1]}`
        : undefined;
    const api = new SandboxReleases(ctx, tokenInput(ctx, inputs.token), repository);
    try {
        const existing = await api.byTag(tag);
        if (existing !== undefined && truthy(inputs.skipIfReleaseExists, false)) {
            ctx.log(`Skipping: a release for ${tag} exists (skipIfReleaseExists)`);
            return { ok: true };
        }
        let release;
        if (existing !== undefined && truthy(inputs.allowUpdates, false)) {
            if (truthy(inputs.updateOnlyUnreleased, false) && !existing.draft && !existing.prerelease)
                return {
                    ok: false,
                    error: `Tried to update "${existing.name ?? tag}" which is neither a draft or prerelease. (updateOnlyUnreleased is on)`,
                };
            release = await api.update(existing.id, fieldsOf(ctx, inputs, tag, true));
        }
        else {
            release = await api.create(fieldsOf(ctx, inputs, tag, false));
        }
        const failed = await uploadArtifacts(ctx, api, release, inputs);
        if (failed !== undefined)
            return { ok: false, error: failed };
        release = await api.get(release.id);
        setOutput(ctx, 'id', String(release.id));
        setOutput(ctx, 'html_url', release.html_url);
        setOutput(ctx, 'upload_url', release.upload_url);
        setOutput(ctx, 'tarball_url', release.tarball_url ?? '');
        setOutput(ctx, 'zipball_url', release.zipball_url ?? '');
        setOutput(ctx, 'assets', JSON.stringify(release.assets));
        ctx.note(`release ${tag} ${existing === undefined ? 'created' : 'updated'} on the sandbox's GitHub API with ${release.assets.length} asset(s)`);
        return { ok: true };
    }
    catch (error) {
        if (error instanceof GitHubApiError)
            return { ok: false, error: error.message };
        throw error;
    }
};
const ncipolloReleaseAction = {
    uses: 'ncipollo/release-action',
    what: "releases on the sandbox's GitHub API",
    inputs: [
        'allowUpdates',
        'artifactErrorsFailBuild',
        'artifact',
        'artifacts',
        'artifactContentType',
        'body',
        'bodyFile',
        'commit',
        'discussionCategory',
        'draft',
        'generateReleaseNotes',
        'generateReleaseNotesPreviousTag',
        'immutableCreate',
        'makeLatest',
        'name',
        'omitBody',
        'omitBodyDuringUpdate',
        'omitDraftDuringUpdate',
        'omitName',
        'omitNameDuringUpdate',
        'omitPrereleaseDuringUpdate',
        'owner',
        'prerelease',
        'removeArtifacts',
        'replacesArtifacts',
        'repo',
        'skipIfReleaseExists',
        'tag',
        'token',
        'updateOnlyUnreleased',
    ],
    outputs: ['id', 'html_url', 'upload_url', 'tarball_url', 'zipball_url', 'assets'],
    standIn: releaseAction,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/pypi-upload.ts
// The upload pypa's action makes: `twine upload` with the machine's twine, or, when that twine
// is too old to read the files' core metadata (Debian's twine 4 stops at Metadata-Version 2.2;
// setuptools 77+ and hatchling write 2.4), the same legacy-API form twine sends, made here.


/** The machine twine's version, e.g. [4, 0, 2]; undefined when it does not say. */
async function twineVersion(ctx, twine) {
    const said = await runTool(ctx, twine, ['--version'], { quiet: true });
    const match = /twine version (\d+)\.(\d+)/.exec(said.stdout);
    return match === null ? undefined : [Number(match[1]), Number(match[2])];
}
function newer(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
        if ((a[index] ?? 0) !== (b[index] ?? 0))
            return (a[index] ?? 0) > (b[index] ?? 0);
    }
    return false;
}
/**
 * Whether the machine's twine reads every file's Metadata-Version: twine 6.1 reads 2.4; older
 * ones (pkginfo before 1.12) stop at 2.2 and call the file's name and version missing.
 */
async function twineReads(ctx, twine, files) {
    const version = (await twineVersion(ctx, twine)) ?? [0, 0];
    if (!newer([6, 1], version))
        return { ok: true };
    let newest = '1.0';
    for (const file of files) {
        const dist = await readPythonDistribution(file);
        const said = dist.metadata.fields.get('Metadata-Version')?.[0] ?? '1.0';
        if (newer(said.split('.').map(Number), newest.split('.').map(Number)))
            newest = said;
    }
    if (!newer(newest.split('.').map(Number), [2, 2]))
        return { ok: true };
    return { ok: false, newest, twine: version.join('.') };
}
/** Core metadata header -> legacy upload form field, as twine sends them. */
const FORM_FIELDS = {
    'Metadata-Version': 'metadata_version',
    Summary: 'summary',
    'Home-page': 'home_page',
    Author: 'author',
    'Author-email': 'author_email',
    Maintainer: 'maintainer',
    'Maintainer-email': 'maintainer_email',
    License: 'license',
    'License-Expression': 'license_expression',
    'License-File': 'license_file',
    Keywords: 'keywords',
    Classifier: 'classifiers',
    'Requires-Dist': 'requires_dist',
    'Requires-Python': 'requires_python',
    'Project-URL': 'project_urls',
    'Provides-Extra': 'provides_extra',
    'Description-Content-Type': 'description_content_type',
    Platform: 'platform',
    'Download-URL': 'download_url',
};
function uploadForm(dist) {
    const form = new FormData();
    form.append(':action', 'file_upload');
    form.append('protocol_version', '1');
    form.append('name', dist.name);
    form.append('version', dist.version);
    form.append('filetype', dist.filetype);
    form.append('pyversion', dist.pyversion);
    form.append('md5_digest', dist.md5);
    form.append('sha256_digest', dist.sha256);
    for (const [header, field] of Object.entries(FORM_FIELDS)) {
        for (const value of dist.metadata.fields.get(header) ?? [])
            form.append(field, value);
    }
    if (dist.metadata.description.trim() !== '')
        form.append('description', dist.metadata.description);
    form.append('content', new Blob([new Uint8Array(dist.data)]), dist.filename);
    return form;
}
/**
 * Uploads each file as `twine upload` does, with its messages: `--skip-existing` passes over a
 * file the index already has (HTTP 400 "File already exists", or 409). Returns what the index
 * refused (the file, the status and the index's text), or undefined when every file went up.
 */
async function uploadLikeTwine(ctx, files, target) {
    ctx.log(`Uploading distributions to ${target.url}`);
    const auth = Buffer.from(`${target.user}:${target.password}`).toString('base64');
    for (const file of files) {
        const dist = await readPythonDistribution(file);
        ctx.log(`Uploading ${dist.filename}`);
        const response = await fetch(target.url, {
            method: 'POST',
            headers: { authorization: `Basic ${auth}` },
            body: uploadForm(dist),
        });
        const text = (await response.text())
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        if (response.ok)
            continue;
        if (target.skipExisting && (response.status === 409 || /already exist/i.test(text))) {
            ctx.log(`Skipping ${dist.filename} because it appears to already exist`);
            continue;
        }
        ctx.log(`ERROR    HTTPError: ${response.status} ${response.statusText} from ${target.url}`);
        if (text !== '')
            ctx.log(`         ${text.slice(0, 500)}`);
        // Warehouse's reason is its status text; the body only repeats it in an HTML page.
        const said = text === '' || text.includes(response.statusText) ? '' : ` (${text.slice(0, 300)})`;
        return `${dist.filename} to ${target.url}: ${response.status} ${response.statusText}${said}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/pypa-gh-action-pypi-publish.ts
// pypa/gh-action-pypi-publish: what its twine-upload.sh and oidc-exchange.py do, against the
// sandbox's PyPI or TestPyPI: the index's audience, the job's OIDC token for it, the token
// exchange, `twine check`, then the machine's twine uploading packages-dir. Whatever
// repository-url says, the upload goes to the sandbox.






/** The sandbox index a repository-url stands for: TestPyPI for test.pypi.org, else PyPI. */
function sandboxIndex(ctx, repositoryUrl) {
    const { pypi, testpypi } = ctx.sandbox;
    if (/test\.pypi\.org/i.test(repositoryUrl) || repositoryUrl.startsWith(testpypi.url))
        return { index: testpypi, name: 'TestPyPI' };
    return { index: pypi, name: 'PyPI' };
}
const IDENTITY_ERROR = 'GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset';
/** oidc-exchange.py: the audience, the job's OIDC token for it, then the index's API token. */
async function trustedPublishingToken(ctx, index) {
    const audience = await fetch(`${index.url}/_/oidc/audience`);
    if (audience.status === 403)
        return {
            error: `audience retrieval failed: repository at ${index.url} has trusted publishing disabled`,
        };
    if (!audience.ok)
        return {
            error: `audience retrieval failed: repository at ${index.url} responded with unexpected ${audience.status}`,
        };
    const { audience: aud } = (await audience.json());
    const requestUrl = ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = ctx.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (requestUrl === undefined || requestToken === undefined || requestToken === '') {
        return {
            error: `OpenID Connect token retrieval failed: ${IDENTITY_ERROR}\n\nThis generally indicates a workflow configuration error, such as insufficient permissions. Make sure that your workflow has \`id-token: write\` configured at the job level.`,
        };
    }
    const url = `${requestUrl}${requestUrl.includes('?') ? '&' : '?'}audience=${encodeURIComponent(aud)}`;
    const idResponse = await fetch(url, { headers: { authorization: `Bearer ${requestToken}` } });
    if (!idResponse.ok)
        return {
            error: `OpenID Connect token retrieval failed: HTTP ${idResponse.status} from the job's token request`,
        };
    const { value: oidcToken } = (await idResponse.json());
    ctx.mask(oidcToken);
    const mint = await fetch(`${index.url}/_/oidc/mint-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: oidcToken }),
    });
    const payload = (await mint.json());
    if (!mint.ok || payload.token === undefined) {
        const reasons = (payload.errors ?? [])
            .map((error) => `* \`${error.code}\`: ${error.description}`)
            .join('\n');
        return {
            error: `Token request failed: the server refused the request for the following reasons:\n\n${reasons}\n\nThis generally indicates a trusted publisher configuration error.`,
        };
    }
    ctx.mask(payload.token);
    return { token: payload.token };
}
/** print-hash.py: each file's SHA256 and MD5. */
function printHashes(ctx, files) {
    ctx.log('Showing hash values of files to be uploaded:');
    for (const file of files) {
        const data = (0,external_node_fs_.readFileSync)(file);
        ctx.log(file);
        ctx.log(`SHA256: ${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`);
        ctx.log(`MD5: ${(0,external_node_crypto_.createHash)('md5').update(data).digest('hex')}`);
        ctx.log('');
    }
}
/** The password: the given one, or for a secret the rehearsal lacks, a sandbox API token. */
function passwordOf(ctx, inputs, index) {
    const given = inputs.password ?? '';
    const written = JSON.stringify(ctx.written.password ?? '');
    if (given === '' && !/secrets\./.test(written))
        return '';
    const token = `pypi-${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
    ctx.mask(token);
    index.addApiToken(token);
    ctx.note(`password: ${written} → a sandbox API token (the rehearsal has none of the repository's secrets); the upload is a token upload, not trusted publishing`);
    return token;
}
/** twine check, then twine upload (or its form, when this twine cannot read the files). */
async function upload(ctx, twine, files, target) {
    const reads = await twineReads(ctx, twine, files);
    if (!reads.ok) {
        ctx.note(`the machine's twine ${reads.twine} cannot read Metadata-Version ${reads.newest} (twine 6.1 can): the files are checked by reading them and uploaded with the form twine sends`);
        const refused = await uploadLikeTwine(ctx, files, target);
        return refused === undefined
            ? { ok: true, by: "with twine's upload form" }
            : { ok: false, error: `the upload was refused: ${refused}` };
    }
    if (target.verify && files.length > 0) {
        const check = await runTool(ctx, twine, ['check', ...files]);
        if (check.exitCode !== 0)
            return { ok: false, error: `twine check failed (exit ${check.exitCode})` };
    }
    const args = ['upload', '--non-interactive', '--disable-progress-bar'];
    if (target.skipExisting)
        args.push('--skip-existing');
    if (target.verbose)
        args.unshift('--verbose');
    const run = await runTool(ctx, twine, [...args, ...files], {
        env: {
            ...ctx.env,
            TWINE_USERNAME: target.user,
            TWINE_PASSWORD: target.password,
            TWINE_REPOSITORY_URL: target.url,
        },
    });
    if (run.exitCode !== 0)
        return { ok: false, error: `twine upload failed (exit ${run.exitCode})` };
    return { ok: true, by: `by ${twine}` };
}
const pypiPublish = async (ctx, inputs) => {
    const repositoryUrl = input(inputs, 'repository-url', 'repository_url') || 'https://upload.pypi.org/legacy/';
    const { index, name } = sandboxIndex(ctx, repositoryUrl);
    ctx.note(`repository-url ${repositoryUrl} → the sandbox's ${name} (${index.uploadUrl})`);
    const dir = (0,external_node_path_.resolve)(ctx.workspace, input(inputs, 'packages-dir', 'packages_dir') || 'dist');
    const files = (0,external_node_fs_.existsSync)(dir)
        ? (0,external_node_fs_.readdirSync)(dir)
            .filter((file) => file.endsWith('.whl') || file.endsWith('.tar.gz'))
            .sort()
            .map((file) => (0,external_node_path_.join)(dir, file))
        : [];
    if (files.length === 0)
        ctx.warn(`It looks like there are no Python distribution packages to publish in the directory "${input(inputs, 'packages-dir', 'packages_dir') || 'dist'}/". Please verify that they are in place should you face this problem.`);
    const twine = whichOn('twine', ctx.env.PATH) ?? whichOn('twine', '/usr/bin');
    if (twine === undefined)
        return {
            ok: false,
            error: "twine is not installed: the rehearsal stands in for pypa/gh-action-pypi-publish with the machine's twine. Install it (on Debian: apt-get install twine) and rehearse again.",
        };
    const user = inputs.user || '__token__';
    let password = passwordOf(ctx, inputs, index);
    const attestations = truthy(inputs.attestations, true);
    if (password === '' && user === '__token__') {
        const minted = await trustedPublishingToken(ctx, index);
        if ('error' in minted)
            return { ok: false, error: minted.error };
        password = minted.token;
        ctx.note(`trusted publishing: the job's OIDC token exchanged at the sandbox's ${name}`);
    }
    ctx.note(`attestations: ${attestations ? 'true' : 'false'} (recorded; PEP 740 attestations are not made by this stand-in)`);
    const verbose = truthy(inputs.verbose, false);
    if (truthy(inputs['print-hash'] || inputs.print_hash, false) || verbose)
        printHashes(ctx, files);
    const uploaded = await upload(ctx, twine, files, {
        url: index.uploadUrl,
        user,
        password,
        skipExisting: truthy(inputs['skip-existing'] || inputs.skip_existing, false),
        verify: truthy(inputs['verify-metadata'] || inputs.verify_metadata, true),
        verbose,
    });
    if (!uploaded.ok)
        return uploaded;
    ctx.note(`${files.length} file(s) uploaded to the sandbox's ${name} ${uploaded.by}`);
    return { ok: true };
};
const pypaGhActionPypiPublish = {
    uses: 'pypa/gh-action-pypi-publish',
    what: "the sandbox's PyPI through the machine's twine",
    inputs: [
        'user',
        'password',
        'repository-url',
        'repository_url',
        'packages-dir',
        'packages_dir',
        'verify-metadata',
        'verify_metadata',
        'skip-existing',
        'skip_existing',
        'verbose',
        'print-hash',
        'print_hash',
        'attestations',
    ],
    outputs: [],
    standIn: pypiPublish,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins/softprops-action-gh-release.ts
// softprops/action-gh-release: the release of tag_name created (or updated) on the sandbox's
// GitHub API with its inputs, the files' globs uploaded as assets, its outputs set.




function bodyOf(ctx, inputs) {
    const path = input(inputs, 'body_path');
    if (path !== '') {
        const file = (0,external_node_path_.resolve)(ctx.workspace, path);
        if ((0,external_node_fs_.existsSync)(file))
            return (0,external_node_fs_.readFileSync)(file, 'utf8');
        ctx.warn(`🤔 body_path ${path} was not found: the release body is left as it is.`);
    }
    return inputs.body === undefined || inputs.body === '' ? undefined : inputs.body;
}
function flag(value) {
    return value === undefined || value === '' ? undefined : truthy(value, false);
}
/** The release's fields as the action sends them (unset inputs left out). */
function releaseFields(ctx, inputs, tag, existing) {
    const body = bodyOf(ctx, inputs);
    const fields = { tag_name: tag };
    const name = input(inputs, 'name');
    fields.name = name !== '' ? name : (existing?.name ?? tag);
    if (body !== undefined)
        fields.body =
            existing !== undefined && truthy(inputs.append_body, false)
                ? `${existing.body ?? ''}\n${body}`
                : body;
    const draft = flag(inputs.draft);
    const prerelease = flag(inputs.prerelease);
    if (draft !== undefined)
        fields.draft = draft;
    if (prerelease !== undefined)
        fields.prerelease = prerelease;
    const target = input(inputs, 'target_commitish');
    if (target !== '')
        fields.target_commitish = target;
    const latest = input(inputs, 'make_latest');
    if (latest !== '')
        fields.make_latest = latest;
    if (existing === undefined && truthy(inputs.generate_release_notes, false))
        fields.generate_release_notes = true;
    const category = input(inputs, 'discussion_category_name');
    if (category !== '')
        ctx.note(`discussion_category_name ${category}: no discussion in the sandbox`);
    return fields;
}
const ghRelease = async (ctx, inputs) => {
    const tag = input(inputs, 'tag_name') || refTag(ctx);
    if (tag === '')
        return { ok: false, error: '⚠️ GitHub Releases requires a tag' };
    const cwd = (0,external_node_path_.resolve)(ctx.workspace, input(inputs, 'working_directory') || '.');
    const { files, unmatched } = globFiles(listInput(inputs.files), cwd);
    for (const pattern of unmatched) {
        if (truthy(inputs.fail_on_unmatched_files, false))
            return { ok: false, error: `⚠️ Pattern '${pattern}' does not match any files.` };
        ctx.warn(`🤔 Pattern '${pattern}' does not match any files.`);
    }
    const api = new SandboxReleases(ctx, tokenInput(ctx, inputs.token), input(inputs, 'repository'));
    try {
        const existing = await api.byTag(tag);
        const fields = releaseFields(ctx, inputs, tag, existing);
        let release;
        if (existing === undefined) {
            ctx.log(`👩‍🏭 Creating new GitHub release for tag ${tag}...`);
            release = await api.create(fields);
        }
        else {
            ctx.log(`Updating release ${tag}...`);
            release = await api.update(existing.id, fields);
        }
        for (const file of files) {
            ctx.log(`⬆️ Uploading ${file.slice(cwd.length + 1)}...`);
            await api.upload(release, file, { replace: truthy(inputs.overwrite_files, true) });
        }
        release = await api.get(release.id);
        ctx.log(`🎉 Release ready at ${release.html_url}`);
        setOutput(ctx, 'url', release.html_url);
        setOutput(ctx, 'id', String(release.id));
        setOutput(ctx, 'upload_url', release.upload_url);
        setOutput(ctx, 'assets', JSON.stringify(release.assets));
        ctx.note(`release ${tag} ${existing === undefined ? 'created' : 'updated'} on the sandbox's GitHub API with ${release.assets.length} asset(s)`);
        return { ok: true };
    }
    catch (error) {
        if (error instanceof GitHubApiError)
            return { ok: false, error: error.message };
        throw error;
    }
};
const softpropsActionGhRelease = {
    uses: 'softprops/action-gh-release',
    what: "releases on the sandbox's GitHub API",
    inputs: [
        'body',
        'body_path',
        'name',
        'tag_name',
        'draft',
        'prerelease',
        'preserve_order',
        'files',
        'working_directory',
        'overwrite_files',
        'fail_on_unmatched_files',
        'repository',
        'token',
        'target_commitish',
        'discussion_category_name',
        'generate_release_notes',
        'previous_tag',
        'append_body',
        'make_latest',
    ],
    outputs: ['url', 'id', 'upload_url', 'assets'],
    standIn: ghRelease,
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/stand-ins.ts
// The table of stand-ins: well-known actions the rehearsal does itself, against the sandbox, with
// the real action's inputs, outputs and env files. One file per action in stand-ins/; adding one
// is adding its file and its line here (its contract test reads the real action.yml's names).













const ENTRIES = [
    actionsCheckout,
    actionsSetupNode,
    actionsSetupPython,
    actionsUploadArtifact,
    actionsDownloadArtifact,
    pypaGhActionPypiPublish,
    softpropsActionGhRelease,
    ncipolloReleaseAction,
    astralShSetupUv,
    actionsGithubScript,
    hynekBuildAndInspectPythonPackage,
    changesetsAction,
    googleapisReleasePleaseAction,
];
/** The stand-in for `uses:` (`actions/checkout@...`), by the action's name without its ref. */
const STAND_INS = Object.fromEntries(ENTRIES.map((entry) => [entry.uses, entry]));
const BY_NAME = new Map(ENTRIES.flatMap((entry) => [entry.uses, ...(entry.aliases ?? [])].map((name) => [name.toLowerCase(), entry])));
/**
 * The stand-in for a `uses:` (`actions/checkout@v4`): by the action's name without its ref, in
 * any case (GitHub's owner and repository names are), or by a name the owner had before.
 */
function standInFor(uses) {
    return BY_NAME.get(uses.replace(/@.*$/, '').toLowerCase());
}

// EXTERNAL MODULE: ./packages/workflow/src/action-metadata.ts
var action_metadata = __webpack_require__(73155);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/action-metadata.ts
// The rehearsal's view of an action's metadata, read by the workflow layer's one action.yml
// (or action.yaml) reader.

const cache = new Map();
/** The action.yml (or action.yaml) in `dir`, or undefined when there is none. */
function actionMetadata(dir) {
    const cached = cache.get(dir);
    if (cached !== undefined)
        return cached;
    // Not found is not remembered: a later step (a checkout) may write the action.
    const action = (0,action_metadata/* readActionMetadata */.Of)(dir);
    if (action === undefined)
        return undefined;
    const metadata = {
        name: action.name,
        runs: { using: action.using, main: action.main },
        defaults: (0,action_metadata/* inputDefaults */.V0)(action),
    };
    cache.set(dir, metadata);
    return metadata;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/composite-action.ts
// A composite action in the repository (`uses: ./path`, `runs.using: composite`): its steps run
// one by one as the runner runs them, each through its own executor, with the action's `inputs`,
// its own `steps` context, `github.action_path`, GITHUB_ENV and GITHUB_PATH carried from step to
// step, and its `outputs` mapped onto the calling step's.






/** A YAML scalar as text (a mapping or list as JSON). */
function scalar(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value) ?? '';
}
function texts(values, contexts) {
    const result = {};
    for (const [name, value] of Object.entries(values ?? {}))
        result[name] = (0,expressions/* interpolate */.GW)(scalar(value), { contexts });
    return result;
}
function readText(file) {
    if (file === undefined)
        return '';
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
/** One step of the composite: its values evaluated, then its executor. */
async function runOne(host, run, sub, stepExecutor) {
    const { raw, contexts } = sub;
    const output = (0,external_node_path_.join)(run.runnerTemp, `composite_output_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    (0,external_node_fs_.writeFileSync)(output, '');
    const step = {
        index: sub.index,
        ...(raw.id === undefined ? {} : { id: raw.id }),
        ...(raw.name === undefined ? {} : { name: raw.name }),
        ...(raw.uses === undefined ? {} : { uses: raw.uses }),
        ...(raw.run === undefined ? {} : { run: raw.run }),
        with: raw.with ?? {},
        env: raw.env ?? {},
        line: run.step.line,
    };
    const stepEnv = texts(raw.env, contexts);
    const label = raw.name ?? (raw.uses !== undefined ? `Run ${raw.uses}` : `Run ${raw.run ?? ''}`);
    run.log(`▸ ${(0,expressions/* interpolate */.GW)(label, { contexts })}`);
    const ok = await stepExecutor(host, step, run.workspace).main({
        ...run,
        step,
        contexts,
        inputs: texts(raw.with, contexts),
        script: {
            text: (0,expressions/* interpolate */.GW)(raw.run ?? '', { contexts }),
            shell: raw.shell,
            workingDirectory: raw['working-directory'],
        },
        env: { ...sub.env, ...stepEnv, GITHUB_OUTPUT: output },
    });
    return { ok, outputs: parseKeyValueFile(readText(output), output) };
}
function compositeAction(host, dir, factory) {
    return {
        kind: 'action',
        async main(run) {
            const file = (0,action_metadata/* findActionFile */.W$)(dir);
            const action = ((0,yaml_dist/* parse */.qg)(readText(file)) ?? {});
            const inputs = {};
            for (const [name, spec] of Object.entries(action.inputs ?? {}))
                inputs[name] = (0,expressions/* interpolate */.GW)(scalar(spec?.default), { contexts: run.contexts });
            Object.assign(inputs, run.inputs);
            const github = { ...run.contexts.github, action_path: dir };
            const steps = {};
            let env = { ...run.env, GITHUB_ACTION_PATH: dir };
            let failed = false;
            const seenEnv = readText(run.env.GITHUB_ENV).length;
            for (const [index, raw] of (action.runs?.steps ?? []).entries()) {
                const contexts = { ...run.contexts, github, inputs, steps };
                const go = (0,expressions/* evaluateCondition */.F9)(raw.if ?? undefined, {
                    contexts,
                    status: { success: !failed, failure: failed, cancelled: false },
                });
                const id = raw.id ?? `__composite_${index}`;
                if (!go) {
                    steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
                    continue;
                }
                const result = await runOne(host, run, { raw, index, contexts, env }, factory);
                const tolerated = String(raw['continue-on-error'] ?? 'false') === 'true';
                const outcome = result.ok ? 'success' : 'failure';
                steps[id] = {
                    outputs: result.outputs,
                    outcome,
                    conclusion: result.ok || tolerated ? 'success' : 'failure',
                };
                if (!result.ok && !tolerated)
                    failed = true;
                // What a step wrote to GITHUB_ENV and GITHUB_PATH holds for the steps after it.
                const envText = readText(run.env.GITHUB_ENV).slice(seenEnv);
                const path = parsePathFile(readText(run.env.GITHUB_PATH)).reverse();
                env = {
                    ...env,
                    ...parseKeyValueFile(envText, run.env.GITHUB_ENV ?? ''),
                    PATH: [...path, run.env.PATH ?? ''].join(':'),
                };
            }
            const contexts = { ...run.contexts, github, inputs, steps };
            for (const [name, spec] of Object.entries(action.outputs ?? {})) {
                const value = (0,expressions/* interpolate */.GW)(scalar(spec?.value), { contexts });
                const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
                if (run.env.GITHUB_OUTPUT !== undefined)
                    (0,external_node_fs_.appendFileSync)(run.env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
            }
            run.stepRecord.notes.push(`composite action ${dir.slice(run.workspace.length + 1) || dir}: ${(action.runs?.steps ?? []).length} step(s) run one by one`);
            return !failed;
        },
    };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/runner-files.ts


/**
 * Appends `name<<delimiter\nvalue\ndelimiter` to a runner file command (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE), the form that is safe for any value, multi-line included.
 */
function runner_files_appendKeyValue(file, name, value) {
    // Unique per call; node:crypto is not loaded for this (start-up time), and a collision with
    // the value is checked below rather than assumed away.
    const delimiter = `ghadelimiter_${process.hrtime.bigint().toString(36)}${Math.random().toString(36).slice(2)}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected delimiter collision while writing ${name}`);
    }
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
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
function workflow_commands_formatCommand(command, properties, message) {
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
function workflow_commands_neutraliseCommands(text) {
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
            payload = JSON.parse(readFileSync(path, 'utf8'));
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
function context_createRunnerContext(env = process.env, write = (line) => process.stdout.write(`${line}${EOL}`)) {
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
function context_writeSummary(context, write) {
    const markdown = context.summary.render();
    if (markdown === '')
        return;
    const file = context.env.GITHUB_STEP_SUMMARY;
    if (file)
        appendFileSync(file, markdown, 'utf8');
    else
        write(neutraliseCommands(markdown));
}

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 2 modules
var platform_src = __webpack_require__(14676);
;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts


const TRUE_VALUES = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE_VALUES = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
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
    throw new ConfigurationError(`Input ${name} is "${value}", which is not a boolean. Use true or false.`, { input: name });
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
function inputs_listInput(source, name) {
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
        throw new ConfigurationError(`Input ${name} is "${value}", which is not a whole number from ${min} to ${max}.`, { input: name });
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
        throw new ConfigurationError('No repository: GITHUB_REPOSITORY is not set and the repository input is empty. Set repository: owner/repo.', { input: 'repository' });
    }
    const repository = parseRepository(text);
    if (repository === undefined) {
        throw new ConfigurationError(`Input repository is "${text}", which is not of the form owner/repo.`, {
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
function markdown_escapeMarkdown(text) {
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
            writeSummary(context, (text) => process.stdout.write(`${text}${EOL}`));
        }
        catch (error) {
            context.log.warning(`Could not write the job summary: ${run_action_describe(error)}`);
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
        context.summary.paragraph(`**Failed:** ${escapeMarkdown(error.message)}`);
        return;
    }
    const message = run_action_describe(error);
    if (error instanceof Error && error.stack)
        context.log.debug(error.stack);
    context.log.error(message);
    context.summary.paragraph(`**Failed:** ${escapeMarkdown(message)}`);
}
function run_action_describe(error) {
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


;// CONCATENATED MODULE: ./packages/cli/src/rehearse/step-process.ts
// One process of a step, run as the runner runs it: output read line by line for workflow
// commands and masked secrets, a timeout that stops the process group.


function runStepProcess(step) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(step.command, step.args, {
            cwd: step.cwd,
            env: step.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        let timedOut = false;
        const timer = step.timeoutMs === undefined
            ? undefined
            : // A timeout-minutes past 2^31 ms would fire a plain setTimeout after 1 ms.
                setLongTimeout(() => {
                    timedOut = true;
                    try {
                        if (child.pid !== undefined)
                            process.kill(-child.pid, 'SIGTERM');
                    }
                    catch {
                        // Already gone.
                    }
                }, step.timeoutMs);
        const reader = (stream) => {
            let pending = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
                pending += chunk;
                const lines = pending.split('\n');
                pending = lines.pop() ?? '';
                for (const line of lines)
                    emit(line);
            });
            stream.on('end', () => {
                if (pending !== '')
                    emit(pending);
                pending = '';
            });
        };
        // The command is read before masking: an add-mask line must register its secret first.
        const emit = (raw) => {
            const line = step.commands.line(raw.replace(/\r$/, ''));
            if (line !== undefined)
                step.onLine(step.masker.mask(line));
        };
        reader(child.stdout);
        reader(child.stderr);
        child.on('error', (error) => {
            timer?.clear();
            reject(error);
        });
        child.on('close', (code, signal) => {
            timer?.clear();
            resolve({ exitCode: code ?? (signal === null ? 1 : 128 + 15), timedOut });
        });
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/node-process.ts
// Runs a JavaScript action's entry as the runner does: INPUT_* variables, node, the workspace.

async function runNodeEntry(host, run, entry) {
    const env = { ...run.env, GITHUB_ACTION_PATH: entry.actionPath };
    for (const [name, value] of Object.entries(entry.inputs)) {
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const result = await runStepProcess({
        command: process.execPath,
        args: [entry.script],
        cwd: run.workspace,
        env,
        timeoutMs: run.timeoutMs,
        commands: run.commands,
        masker: host.masker,
        onLine: run.log,
    });
    run.stepRecord.exitCode = result.exitCode;
    if (result.timedOut)
        run.log('Error: The action has timed out.');
    return result.exitCode === 0 && !result.timedOut;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/local-javascript-action.ts
// A JavaScript action in the repository (`uses: ./path`, `runs.using: node*`): its entry, run by node.



function localJavaScriptAction(host, dir, metadata) {
    return {
        kind: 'action',
        main(run) {
            const inputs = {};
            for (const [input, value] of Object.entries(metadata.defaults)) {
                inputs[input] = (0,expressions/* interpolate */.GW)(value, { contexts: run.contexts });
            }
            return runNodeEntry(host, run, {
                script: (0,external_node_path_.join)(dir, metadata.runs.main),
                actionPath: dir,
                inputs: { ...inputs, ...run.inputs },
            });
        },
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/step-executor.ts
/** Marks the step as not rehearsed, with the reason in its notes. */
function markNotRehearsed(run, note) {
    run.stepRecord.kind = 'not-rehearsed';
    run.stepRecord.status = 'not-rehearsed';
    run.stepRecord.notes.push(note);
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/not-rehearsed-step.ts
// An action the rehearsal cannot run: the run goes on without it, and the report says so.


function notRehearsedStep(host, uses) {
    return {
        kind: 'not-rehearsed',
        main(run) {
            markNotRehearsed(run, `${uses} is not rehearsed: the rehearsal runs tokenless's actions, local JavaScript and composite actions and stand-ins for ${Object.keys(STAND_INS).join(', ')}. The run goes on without it (its outputs are empty).`);
            host.notRehearsed(`${run.record.label} › ${run.stepRecord.label}: ${uses}`);
            return Promise.resolve(true);
        },
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/run-step.ts
// A `run:` step: its script written to RUNNER_TEMP and run by its shell, as the runner does.







/** The command and arguments of a shell, or undefined for one the rehearsal does not run. */
function shellCommand(shell, file) {
    switch (shell) {
        case 'default':
            return ['bash', ['-e', file]];
        case 'bash':
            return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', file]];
        case 'sh':
            return ['sh', ['-e', file]];
        case 'python':
            return ['python', [file]];
        default: {
            if (!shell.includes('{0}') || /^(pwsh|powershell|cmd)\b/.test(shell))
                return undefined;
            const parts = shell.split(/\s+/).map((part) => part.replace('{0}', file));
            return [parts[0] ?? 'bash', parts.slice(1)];
        }
    }
}
function runStep(host) {
    return {
        kind: 'run',
        async main(run) {
            const shell = run.script.shell ?? 'default';
            const file = (0,external_node_path_.join)(run.runnerTemp, `${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.${shell === 'python' ? 'py' : 'sh'}`);
            await (0,promises_.writeFile)(file, run.script.text);
            const command = shellCommand(shell, file);
            if (command === undefined) {
                markNotRehearsed(run, `shell ${shell} is not rehearsed (bash, sh, python and custom shells with {0} are)`);
                host.notRehearsed(`step ${run.stepRecord.label}: shell ${shell}`);
                return true;
            }
            const cwd = (0,external_node_path_.resolve)(run.workspace, run.script.workingDirectory ?? '.');
            if (!(0,external_node_fs_.existsSync)(cwd)) {
                run.log(`Error: An error occurred trying to start process '${command[0]}' with working directory '${cwd}'. No such file or directory`);
                return false;
            }
            const result = await runStepProcess({
                command: command[0],
                args: command[1],
                cwd,
                env: run.env,
                timeoutMs: run.timeoutMs,
                commands: run.commands,
                masker: host.masker,
                onLine: run.log,
            });
            run.stepRecord.exitCode = result.exitCode;
            if (result.timedOut)
                run.log(`Error: The action has timed out.`);
            else if (result.exitCode !== 0) {
                run.log(`Error: Process completed with exit code ${result.exitCode}.`);
                // A tool GitHub's image has and this machine lacks: said with how to install it.
                const missing = missingTool(run.stepRecord.log);
                if (missing !== undefined)
                    run.log(`Error: ${missing.advice}`);
            }
            return result.exitCode === 0 && !result.timedOut;
        },
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/stand-in-step.ts
// A third-party action the rehearsal stands in for (stand-ins.ts): done in-process, the sandbox's way.


/** GitHub's warning for `with:` keys the action does not declare. */
function unexpectedInputs(entry, given) {
    const known = [...entry.inputs, ...(entry.earlierInputs ?? [])];
    const unexpected = given.filter((name) => !known.includes(name));
    if (unexpected.length === 0)
        return undefined;
    return `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${entry.inputs.join("', '")}']`;
}
function standInStep(host, entry) {
    return {
        kind: 'stand-in',
        async main(run) {
            run.stepRecord.kind = 'stand-in';
            const warn = (message) => {
                run.stepRecord.annotations.push({ level: 'warning', message });
                run.log(`Warning: ${message}`);
            };
            const unexpected = unexpectedInputs(entry, Object.keys(run.step.with));
            if (unexpected !== undefined)
                warn(unexpected);
            const github = run.contexts.github;
            const token = github !== null && typeof github === 'object' && !Array.isArray(github)
                ? (0,expression_values/* toText */.fE)(github.token ?? '')
                : '';
            const result = await entry.standIn({
                workspace: run.workspace,
                runnerTemp: run.runnerTemp,
                env: run.env,
                gitDir: host.gitDir,
                repository: `${host.owner}/${host.repo}`,
                sha: host.sha,
                ref: host.ref,
                artifactsDir: (0,external_node_path_.join)(host.workDir, 'artifacts'),
                sandbox: host.sandbox,
                githubToken: token,
                written: run.step.with,
                releasePr: host.releasePr,
                log: run.log,
                warn,
                note: (note) => run.stepRecord.notes.push(`stand-in: ${note}`),
                mask: (secret) => host.masker.add(secret),
            }, run.inputs);
            if (!result.ok)
                run.log(`Error: ${result.error ?? 'failed'}`);
            return result.ok;
        },
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/suite-action-needs.ts

/** The registry the action publishes to (input `registry`) is the sandbox's, Sigstore too. */
const publishRegistry = (inputs, sandbox, say) => {
    const registry = (inputs.registry ?? 'npm').trim();
    const mapped = sandboxRegistry(sandbox, registry);
    if (mapped === undefined) {
        say.error(`registry ${registry} is not in the sandbox, and a rehearsal never publishes anywhere else. Rehearse with registry npm, pypi or testpypi.`);
        return false;
    }
    inputs.registry = mapped.url;
    say.note(`registry ${registry} → the sandbox's ${mapped.name} at ${mapped.url}`);
    const signs = mapped.name === 'npm' ? inputs.provenance : inputs.attestations;
    if ((signs ?? 'true') === 'true') {
        say.note(`${mapped.name === 'npm' ? 'provenance' : 'attestations'}: signed by the sandbox's Sigstore at ${sandbox.sigstore.url}`);
    }
    return true;
};
/** The registries the action reads (inputs `npm-registry`, `pypi-url`) are the sandbox's. */
const readRegistries = (inputs, sandbox, say) => {
    if (sandbox.npm !== undefined)
        inputs['npm-registry'] = sandbox.npm.url;
    inputs['pypi-url'] = /test\.pypi/.test(inputs['pypi-url'] ?? '')
        ? sandbox.testpypi.url
        : sandbox.pypi.url;
    say.note('npm-registry and pypi-url → the sandbox registries');
    return true;
};
const SANDBOX_NEEDS = { publishRegistry, readRegistries };
/** Each suite action's needs, by its folder under actions/. */
const SUITE_ACTION_NEEDS = {
    'publish-oidc': [publishRegistry],
    'yank-notice': [readRegistries],
};

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/suite-action.ts
// One of this suite's actions (actions/*): its own bundle, with what it needs of the sandbox.





/**
 * The suite action `name`, from the suite's checkout, or from `dir` when the workflow runs a
 * copy of it from its workspace (a checkout of tokenless, or one downloaded beside a package).
 */
function suiteAction(host, name, dir) {
    const actionDir = dir ?? (0,external_node_path_.join)(host.suiteRoot, 'actions', name);
    return {
        kind: 'action',
        main(run) {
            const inputs = {};
            const defaults = actionMetadata((0,external_node_path_.join)(host.suiteRoot, 'actions', name))?.defaults ?? {};
            for (const [input, value] of Object.entries(defaults)) {
                inputs[input] = (0,expressions/* interpolate */.GW)(value, { contexts: run.contexts });
            }
            Object.assign(inputs, run.inputs);
            const say = {
                note: (line) => run.stepRecord.notes.push(line),
                error: (line) => run.log(`Error: ${line}`),
            };
            for (const need of SUITE_ACTION_NEEDS[name] ?? []) {
                if (!need(inputs, host.sandbox, say))
                    return Promise.resolve(false);
            }
            run.stepRecord.kind = 'action';
            return runNodeEntry(host, run, {
                script: (0,external_node_path_.join)(actionDir, 'dist', 'index.js'),
                actionPath: actionDir,
                inputs,
            });
        },
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/steps/step-factory.ts
// Which executor runs a step (nektos/act's step_factory): a `run:` step, a suite action, a
// stand-in, a local JavaScript or composite action, or, for anything else, a step not rehearsed.










/** The suite action `uses` names (`owner/tokenless/actions/x@ref` or `./actions/x`), if any. */
function suiteActionName(uses) {
    const name = /^[^/]+\/tokenless\/actions\/([\w-]+)@.+$/.exec(uses)?.[1] ??
        /^\.\/actions\/([\w-]+)\/?$/.exec(uses)?.[1];
    return name !== undefined && suite_root/* SUITE_ACTIONS */.tf.includes(name)
        ? name
        : undefined;
}
/** The executor of `step`, whose workspace is `workspace` (local actions are read from it). */
function stepExecutor(host, step, workspace) {
    if (step.run !== undefined)
        return runStep(host);
    const uses = (step.uses ?? '').trim();
    const localDir = uses.startsWith('./') ? (0,external_node_path_.join)(workspace, uses) : undefined;
    const local = localDir === undefined ? undefined : actionMetadata(localDir);
    const suite = suiteActionName(uses);
    if (suite !== undefined) {
        if (local === undefined)
            return suiteAction(host, suite);
        // A copy of the suite's action in the workspace runs as the suite's does, from the copy.
        const own = actionMetadata((0,external_node_path_.join)(host.suiteRoot, 'actions', suite));
        if (local.name !== undefined && local.name === own?.name) {
            return suiteAction(host, suite, localDir);
        }
    }
    const standIn = standInFor(uses);
    if (standIn !== undefined)
        return standInStep(host, standIn);
    if (localDir !== undefined && local?.runs.using?.startsWith('node') === true) {
        const main = local.runs.main;
        if (main !== undefined)
            return localJavaScriptAction(host, localDir, { ...local, runs: { ...local.runs, main } });
    }
    if (localDir !== undefined && local?.runs.using === 'composite')
        return compositeAction(host, localDir, stepExecutor);
    return notRehearsedStep(host, uses);
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/workflow-runner.ts
// Runs a workflow's jobs as the runner would: in `needs` order (each job as soon as its needs are
// done), with `if:`, `env:`, `permissions:` (a sandbox GITHUB_TOKEN with exactly those, an OIDC
// token request only with id-token: write), `environment:`, matrices, reusable workflows, outputs.















function workflow_runner_text(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return (0,expression_values/* toText */.fE)((0,expression_values/* toValue */.BA)(value));
}
function asValue(record) {
    return { ...record };
}
function safeName(key) {
    return key.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 60);
}
class WorkflowRunner {
    setup;
    /** Every job record of the current attempt, in the order jobs started. */
    jobs = [];
    /** Results of earlier attempts by job key: a rerun keeps the successful ones. */
    previous = new Map();
    outcomes = new Map();
    attempt = 1;
    jobCount = 0;
    runnerPath;
    /** The machine's certificate and proxy settings, which every job inherits. */
    network;
    eventPath;
    gaps = new RehearsalGaps();
    workflowConcurrency;
    clock;
    constructor(setup) {
        this.setup = setup;
        this.clock = setup.clock ?? new RehearsalClock(undefined, 0, undefined);
        this.runnerPath = sandboxToolsPath(setup.workDir, setup.sandbox.github.url);
        this.network = networkEnv(process.env, (path) => {
            try {
                return (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch {
                return undefined;
            }
        });
        this.eventPath = (0,external_node_path_.join)(setup.workDir, 'event.json');
    }
    /** Steps and jobs reported as not rehearsed, with where they are. */
    get unrehearsed() {
        return this.gaps.lines;
    }
    /** Publish and release steps (or jobs that may publish) that did not run against the sandbox. */
    get unrehearsedPublishes() {
        return this.gaps.publishes;
    }
    /** The workflow's concurrency group and what a second run would do, when it has one. */
    get concurrency() {
        return this.workflowConcurrency;
    }
    /** Runs the workflow (attempt 1), or reruns the jobs that did not succeed (attempt 2, ...). */
    async run(attempt = 1) {
        this.attempt = attempt;
        if (attempt > 1) {
            this.previous = new Map(this.outcomes);
            this.outcomes = new Map();
            this.jobs.length = 0;
            this.gaps.clear();
        }
        await (0,promises_.mkdir)(this.setup.workDir, { recursive: true });
        await (0,promises_.writeFile)(this.eventPath, JSON.stringify(this.setup.eventPayload, null, 2));
        const { owner, repo, ref, workflowPath } = this.setup;
        const scope = {
            workflow: this.setup.workflow,
            jobWorkflowRef: `${owner}/${repo}/${workflowPath}@${ref}`,
            inputs: this.setup.inputs,
            secrets: {},
            keyPrefix: '',
            labelPrefix: '',
            cap: undefined,
            clockOffsetMs: this.clock.startOffsetMs,
        };
        if (scope.workflow.concurrency !== undefined) {
            this.workflowConcurrency = this.describeConcurrency(scope, scope.workflow.concurrency, ['concurrency'], { github: githubContext(this.runFacts(), '', ''), inputs: scope.inputs, vars: {} });
        }
        const results = await this.runScope(scope);
        return [...results.values()].some((outcome) => outcome.result === 'failure')
            ? 'failure'
            : 'success';
    }
    async runScope(scope) {
        const results = new Map();
        const running = new Map();
        const byId = new Map(scope.workflow.jobs.map((job) => [job.id, job]));
        const start = (id) => {
            const existing = running.get(id);
            if (existing !== undefined)
                return existing;
            const job = byId.get(id);
            if (job === undefined)
                throw new Error(`No job ${id}`);
            const promise = Promise.all(job.needs.map((need) => start(need))).then(async (needs) => {
                const needsContext = {};
                const unrehearsed = new Map();
                const offsets = [scope.clockOffsetMs];
                job.needs.forEach((need, index) => {
                    const outcome = needs[index];
                    offsets.push(outcome?.clockOffsetMs ?? scope.clockOffsetMs);
                    needsContext[need] = {
                        result: outcome?.result ?? 'skipped',
                        outputs: asValue(outcome?.outputs ?? {}),
                    };
                    for (const name of outcome?.unrehearsedOutputs ?? []) {
                        unrehearsed.set(`needs.${need}.outputs.${name}`, `job ${need}'s output ${name}`);
                    }
                });
                const outcome = await this.runMatrix(scope, job, needsContext, unrehearsed, offsets);
                results.set(id, outcome);
                return outcome;
            });
            running.set(id, promise);
            return promise;
        };
        await Promise.all(scope.workflow.jobs.map((job) => start(job.id)));
        return results;
    }
    async runMatrix(scope, job, needs, unrehearsed, offsets) {
        const base = {
            github: githubContext(this.runFacts(), job.id, ''),
            needs,
            vars: {},
            inputs: scope.inputs,
        };
        // The job's if: comes first: a skipped job expands no matrix.
        const skipped = this.skipReason(scope, job, needs, base);
        if (skipped !== undefined) {
            const record = this.newJob(scope, job, undefined);
            const at = {
                key: `${scope.keyPrefix}${job.id}`,
                label: record.label,
                prefix: scope.keyPrefix,
            };
            const note = skipped.result === 'skipped'
                ? this.gaps.jobSkipped(job, at, unrehearsed, skipped.note)
                : skipped.note;
            const early = this.finishEarly(record, skipped.result, note);
            return this.remember(record, { ...early, clockOffsetMs: Math.max(...offsets) });
        }
        let combinations = [undefined];
        let failFast = true;
        let maxParallel;
        if (job.strategy?.matrix !== undefined) {
            try {
                const strategy = job.strategy;
                const matrix = (0,expression_values/* toValue */.BA)(this.located(scope, ['jobs', job.id, 'strategy', 'matrix'], 'strategy.matrix', () => (0,expressions/* evaluateValue */.zG)(strategy.matrix, { contexts: base })));
                combinations = expandMatrix(matrix, {
                    file: scope.workflow.file,
                    line: job.line,
                });
                if (strategy.failFast !== undefined) {
                    failFast =
                        workflow_runner_text(this.located(scope, ['jobs', job.id, 'strategy', 'fail-fast'], 'fail-fast', () => (0,expressions/* evaluateValue */.zG)(strategy.failFast, { contexts: base }))) !== 'false';
                }
                if (strategy.maxParallel !== undefined) {
                    const wanted = Number(workflow_runner_text(this.located(scope, ['jobs', job.id, 'strategy', 'max-parallel'], 'max-parallel', () => (0,expressions/* evaluateValue */.zG)(strategy.maxParallel, { contexts: base }))));
                    if (Number.isInteger(wanted) && wanted > 0)
                        maxParallel = wanted;
                }
            }
            catch (error) {
                const record = this.newJob(scope, job, undefined);
                return this.remember(record, this.finishEarly(record, 'failure', `The matrix could not be expanded: ${message(error)}`));
            }
        }
        // At most max-parallel combinations at once, in order; under fail-fast, a failed one cancels
        // those not done (GitHub cancels the running ones and the queued ones).
        const total = combinations.length;
        const parallel = maxParallel ?? total;
        const cancelledBy = { label: undefined };
        const outcomes = new Array(total);
        let next = 0;
        const worker = async () => {
            while (next < total) {
                const index = next++;
                const matrix = combinations[index];
                const strategy = {
                    context: {
                        'fail-fast': failFast,
                        'job-index': index,
                        'job-total': total,
                        'max-parallel': parallel,
                    },
                    failFast,
                    cancelledBy,
                };
                const outcome = await this.runJob(scope, job, needs, matrix, strategy, {
                    unrehearsed,
                    offsets,
                });
                outcomes[index] = outcome;
                if (outcome.result === 'failure' && failFast && cancelledBy.label === undefined) {
                    cancelledBy.label = `${scope.labelPrefix}${jobLabel(job, matrix)}`;
                }
            }
        };
        await Promise.all(Array.from({ length: Math.min(parallel, total) }, () => worker()));
        const outputs = {};
        const unrehearsedOutputs = new Set();
        for (const outcome of outcomes) {
            Object.assign(outputs, outcome.outputs);
            for (const name of outcome.unrehearsedOutputs ?? [])
                unrehearsedOutputs.add(name);
        }
        const result = outcomes.some((o) => o.result === 'failure')
            ? 'failure'
            : outcomes.some((o) => o.result === 'cancelled')
                ? 'cancelled'
                : outcomes.every((o) => o.result === 'skipped')
                    ? 'skipped'
                    : 'success';
        const clockOffsetMs = Math.max(...offsets, ...outcomes.map((o) => o.clockOffsetMs ?? 0));
        return { result, outputs, unrehearsedOutputs: [...unrehearsedOutputs], clockOffsetMs };
    }
    /** Why a job does not run (its if: with its needs' results), or undefined when it runs. */
    skipReason(scope, job, needs, contexts) {
        const needResults = Object.values(needs).map((need) => typeof need === 'object' && need !== null && !Array.isArray(need) ? need.result : 'skipped');
        const status = {
            success: needResults.every((result) => result === 'success'),
            failure: needResults.some((result) => result === 'failure'),
            cancelled: false,
        };
        try {
            if ((0,expressions/* evaluateCondition */.F9)(job.if ?? undefined, { contexts, status }))
                return undefined;
            const wouldRun = !status.success &&
                (0,expressions/* evaluateCondition */.F9)(job.if ?? undefined, {
                    contexts,
                    status: { success: true, failure: false, cancelled: false },
                });
            const failedNeeds = job.needs.filter((_, index) => needResults[index] !== 'success');
            return {
                result: 'skipped',
                note: job.if === undefined || wouldRun
                    ? `skipped: ${failedNeeds.join(', ')} did not succeed, and this job's if: does not ask for always() or failure()`
                    : `skipped: if: ${String(job.if).trim()} was false`,
            };
        }
        catch (error) {
            return {
                result: 'failure',
                note: message(this.locate(scope, ['jobs', job.id, 'if'], 'if', error)),
            };
        }
    }
    newJob(scope, job, matrix) {
        const label = `${scope.labelPrefix}${jobLabel(job, matrix)}`;
        const record = {
            key: `${scope.keyPrefix}${job.id}${matrix === undefined ? '' : ` ${JSON.stringify(matrix)}`}`,
            id: job.id,
            label,
            needs: job.needs,
            status: 'waiting',
            attempt: this.attempt,
            startedAt: undefined,
            durationMs: undefined,
            runsOn: workflow_runner_text(job.runsOn ?? (job.uses === undefined ? '' : '(reusable workflow)')),
            environment: undefined,
            permissions: '',
            idToken: false,
            concurrency: undefined,
            outputs: {},
            summary: '',
            steps: [],
            notes: [],
            file: scope.workflow.file,
            line: job.line,
        };
        this.jobs.push(record);
        this.setup.listener({ type: 'job-queued', job: record });
        return record;
    }
    finishEarly(record, result, note) {
        record.status = result;
        record.notes.push(note);
        record.durationMs = 0;
        this.setup.listener({ type: 'job-finished', job: record });
        return { result, outputs: {} };
    }
    async runJob(scope, job, needs, matrix, strategyRun, ready) {
        const { unrehearsed } = ready;
        const record = this.newJob(scope, job, matrix);
        if (strategyRun.cancelledBy.label !== undefined) {
            return this.remember(record, this.finishEarly(record, 'cancelled', `cancelled: fail-fast is on, and ${strategyRun.cancelledBy.label} failed`));
        }
        const kept = this.previous.get(record.key);
        if (kept !== undefined && kept.outcome.result === 'success') {
            Object.assign(record, { ...kept.record, attempt: kept.record.attempt, status: 'success' });
            this.outcomes.set(record.key, kept);
            this.setup.listener({ type: 'job-finished', job: record });
            return kept.outcome;
        }
        const strategy = strategyRun.context;
        const jobContexts = {
            github: githubContext(this.runFacts(), job.id, ''),
            needs,
            vars: {},
            inputs: scope.inputs,
        };
        // Permissions: the job's, else the workflow's, else GitHub's restricted default.
        let permissions = expandPermissions(job.permissions ?? scope.workflow.permissions);
        if (scope.cap !== undefined) {
            permissions =
                job.permissions === undefined && scope.workflow.permissions === undefined
                    ? { ...scope.cap }
                    : capPermissions(permissions, scope.cap);
        }
        record.permissions = describePermissions(permissions);
        record.idToken = permissions['id-token'] === 'write';
        const contexts = {
            ...jobContexts,
            strategy,
            matrix: matrix ?? {},
        };
        if (job.environment !== undefined) {
            try {
                record.environment = {
                    name: (0,expressions/* interpolate */.GW)(job.environment.name, { contexts }),
                    url: undefined,
                };
            }
            catch (error) {
                return this.remember(record, this.finishEarly(record, 'failure', message(this.locate(scope, ['jobs', job.id, 'environment'], 'environment', error))));
            }
        }
        if (job.concurrency !== undefined) {
            record.concurrency = this.describeConcurrency(scope, job.concurrency, ['jobs', job.id, 'concurrency'], contexts);
        }
        const clockOffsetMs = this.clock.jobOffset(ready.offsets, record.environment !== undefined);
        if (job.uses !== undefined) {
            const called = await this.runCalledWorkflow(scope, job, record, contexts, {
                permissions,
                clockOffsetMs,
            });
            return this.remember(record, called);
        }
        record.status = 'running';
        record.startedAt = performance.now();
        this.setup.listener({ type: 'job-started', job: record });
        this.noteClock(record, clockOffsetMs);
        const outcome = await this.runSteps(scope, job, record, contexts, permissions, {
            strategy: strategyRun,
            unrehearsed,
            clockOffsetMs,
        });
        outcome.clockOffsetMs = clockOffsetMs;
        record.durationMs = performance.now() - (record.startedAt ?? performance.now());
        record.status = outcome.result;
        if (outcome.result === 'failure' && job.continueOnError !== undefined) {
            // A job with continue-on-error fails in its own row, but the run and the jobs that need it
            // go on as if it succeeded; under fail-fast it cancels no sibling.
            try {
                const goesOn = workflow_runner_text(this.located(scope, ['jobs', job.id, 'continue-on-error'], 'continue-on-error', () => (0,expressions/* evaluateValue */.zG)(job.continueOnError, { contexts }))) === 'true';
                if (goesOn) {
                    record.continuedOnError = true;
                    record.notes.push(`continue-on-error: the job failed, and the run goes on (needs.${job.id}.result is success)`);
                    this.setup.listener({ type: 'job-finished', job: record });
                    return this.remember(record, { ...outcome, result: 'success' });
                }
            }
            catch (error) {
                record.notes.push(message(error));
            }
        }
        this.setup.listener({ type: 'job-finished', job: record });
        return this.remember(record, outcome);
    }
    /** The environment's approval (and its simulated wait), and the job's clock when it moved. */
    noteClock(record, clockOffsetMs) {
        const at = new Date(Date.now() + clockOffsetMs).toISOString().replace(/\.\d+Z$/, 'Z');
        if (record.environment !== undefined) {
            const wait = this.clock.approvalWaitMs;
            record.notes.push(wait > 0
                ? `environment ${record.environment.name}: approved after ${formatDuration(wait)} (--approval-wait, simulated): the job's clock reads ${at}`
                : `environment ${record.environment.name}: approved by the rehearsal (on GitHub its protection rules apply first: required reviewers, wait timer, deployment branches)`);
        }
        else if (this.clock.moves) {
            record.notes.push(`clock: the job starts at ${at}`);
        }
    }
    /** A concurrency group as the report shows it: the group, and what a second run would do. */
    describeConcurrency(scope, concurrency, path, contexts) {
        try {
            const group = this.located(scope, [...path, 'group'], 'concurrency', () => (0,expressions/* interpolate */.GW)(concurrency.group, { contexts }));
            const cancels = concurrency.cancelInProgress !== undefined &&
                workflow_runner_text(this.located(scope, [...path, 'cancel-in-progress'], 'cancel-in-progress', () => (0,expressions/* evaluateValue */.zG)(concurrency.cancelInProgress, { contexts }))) === 'true';
            return `${group} (${cancels ? 'cancel-in-progress: a second run cancels this one' : 'a second run waits for this one'})`;
        }
        catch (error) {
            return `${concurrency.group} (${message(error)})`;
        }
    }
    /**
     * The error of an expression at `path` in the scope's workflow, said with its file and line:
     * `release.yml:12: if: Unrecognized named-value: 'foo'. ...`.
     */
    locate(scope, path, key, error) {
        if (!(error instanceof expression_parser/* ExpressionError */.tj))
            return error;
        return new workflow_error/* WorkflowError */.s({ file: scope.workflow.file, line: scope.workflow.lineOf(path) }, `${key}: ${error.message}`);
    }
    /**
     * A mapping of the workflow (`env:`, `with:`) evaluated entry by entry, as text, so that an
     * expression error names its own line and key (`env.TOKEN`).
     */
    evaluateEntries(scope, path, key, value, contexts) {
        const result = {};
        for (const [name, item] of Object.entries(value ?? {})) {
            this.located(scope, [...path, name], `${key}.${name}`, () => {
                result[(0,expressions/* interpolate */.GW)(name, { contexts })] = workflow_runner_text((0,expressions/* evaluateValue */.zG)(item, { contexts }));
            });
        }
        return result;
    }
    /** Runs `evaluate`, an expression error located at `path`. */
    located(scope, path, key, evaluate) {
        try {
            return evaluate();
        }
        catch (error) {
            throw this.locate(scope, path, key, error);
        }
    }
    remember(record, outcome) {
        this.outcomes.set(record.key, { record, outcome });
        return outcome;
    }
    /** A job that calls a reusable workflow: its jobs run as `caller / job`, capped by this job's permissions. */
    async runCalledWorkflow(scope, job, record, contexts, caller) {
        const { permissions } = caller;
        const uses = job.uses ?? '';
        record.status = 'running';
        record.startedAt = performance.now();
        this.setup.listener({ type: 'job-started', job: record });
        const finish = (result, outputs) => {
            record.durationMs = performance.now() - (record.startedAt ?? performance.now());
            record.status = result;
            record.outputs = outputs;
            this.setup.listener({ type: 'job-finished', job: record });
            return { result, outputs, clockOffsetMs: caller.clockOffsetMs };
        };
        this.noteClock(record, caller.clockOffsetMs);
        let called;
        try {
            called = await readCalledWorkflow({ ...this.setup }, uses);
        }
        catch (error) {
            record.notes.push(message(error));
            return finish('failure', {});
        }
        if (called === undefined) {
            record.notes.push(`${uses} is not rehearsed: only this repository's workflows and tokenless's own reusable workflow can run in the sandbox.`);
            this.gaps.notRehearsed(`job ${record.label}: ${uses}`);
            this.gaps.publishNotRun(`job ${record.label}`, `calls ${uses}, a reusable workflow of another repository, which may publish or release`);
            this.gaps.jobs.set(`${scope.keyPrefix}${job.id}`, `job ${record.label} (${uses})`);
            return finish('skipped', {});
        }
        record.notes.push(`calls ${called.path}`);
        let workflow;
        let inputs;
        try {
            workflow = parseWorkflow(called.text, called.path);
            checkWorkflowExpressions(workflow);
            const given = {};
            const withValues = (0,expressions/* evaluateValue */.zG)(job.with ?? {}, { contexts });
            for (const [name, value] of Object.entries(withValues))
                given[name] = workflow_runner_text(value);
            inputs = resolveInputs(inputDefinitions(workflow, 'workflow_call'), given, called.path);
        }
        catch (error) {
            record.notes.push(message(error));
            return finish('failure', {});
        }
        const secrets = job.secrets === 'inherit'
            ? { ...scope.secrets }
            : Object.fromEntries(Object.entries((0,expressions/* evaluateValue */.zG)(job.secrets ?? {}, {
                contexts: { ...contexts, secrets: scope.secrets },
            }) ?? {}).map(([name, value]) => [name, workflow_runner_text(value)]));
        const inner = {
            workflow,
            jobWorkflowRef: called.jobWorkflowRef,
            inputs,
            secrets,
            keyPrefix: `${scope.keyPrefix}${job.id}/`,
            labelPrefix: `${record.label} / `,
            cap: permissions,
            clockOffsetMs: caller.clockOffsetMs,
        };
        if (workflow.concurrency !== undefined) {
            record.concurrency = this.describeConcurrency(inner, workflow.concurrency, ['concurrency'], {
                github: contexts.github ?? {},
                inputs,
                vars: {},
            });
        }
        const results = await this.runScope(inner);
        const jobsContext = {};
        for (const [id, outcome] of results) {
            jobsContext[id] = { result: outcome.result, outputs: asValue(outcome.outputs) };
        }
        const outputs = {};
        const declared = (workflow.on.workflow_call?.outputs ?? {});
        for (const [name, spec] of Object.entries(declared)) {
            try {
                outputs[name] = workflow_runner_text((0,expressions/* evaluateValue */.zG)(spec?.value ?? '', {
                    contexts: { github: contexts.github ?? {}, jobs: jobsContext, inputs, vars: {} },
                }));
            }
            catch (error) {
                record.notes.push(`output ${name}: ${message(error)}`);
            }
        }
        const failed = [...results.values()].some((outcome) => outcome.result === 'failure');
        return finish(failed ? 'failure' : 'success', outputs);
    }
    async runSteps(scope, job, record, contexts, permissions, placed) {
        const started = await this.startJob(scope, job, record, contexts, permissions, placed);
        if (!('job' in started))
            return started;
        for (const step of job.steps)
            await this.runJobStep(started, step);
        return this.finishJob(started);
    }
    /** A job's folders, token, OIDC, runner variables and `env:`: what its steps start from. */
    async startJob(scope, job, record, contexts, permissions, placed) {
        const s = this.setup;
        const index = ++this.jobCount;
        const jobDir = (0,external_node_path_.join)(s.workDir, 'jobs', `${index}-${safeName(record.key)}-${this.attempt}`);
        const folders = jobFolders(jobDir, s.repo, s.workDir);
        const filesDir = (0,external_node_path_.join)(folders.runnerTemp, '_runner_file_commands');
        await Promise.all([folders.workspace, folders.runnerTemp, folders.home, filesDir].map((dir) => (0,promises_.mkdir)(dir, { recursive: true })));
        // The job's timeout-minutes (GitHub's default: 360) bounds every step's own.
        const jobMinutes = job.timeoutMinutes === undefined
            ? 360
            : Number(workflow_runner_text(this.located(scope, ['jobs', job.id, 'timeout-minutes'], 'timeout-minutes', () => (0,expressions/* evaluateValue */.zG)(job.timeoutMinutes, { contexts }))));
        const jobDeadline = performance.now() + jobMinutes * 60_000;
        const token = sandboxToken();
        s.masker.add(token);
        s.sandbox.github.tokens.register(token, {
            kind: 'github-token',
            permissions: tokenPermissions(permissions),
            repositories: [`${s.owner}/${s.repo}`],
        });
        await (0,promises_.writeFile)((0,external_node_path_.join)(folders.home, '.gitconfig'), jobGitConfig(`${s.owner}/${s.repo}`, s.gitDir, token, s.sandbox.github.serverUrl));
        const run = this.runFacts();
        const github = {
            ...githubContext(run, job.id, token),
            workspace: folders.workspace,
        };
        // runs-on naming self-hosted (a label, a list, a group's labels): GitHub says so to the job.
        const selfHosted = /"self-hosted"|^self-hosted$/.test(JSON.stringify(job.runsOn ?? ''));
        const baseEnv = runnerVariables({
            run,
            job: job.id,
            folders,
            eventPath: this.eventPath,
            machine: process.env,
            network: this.network,
            selfHosted,
        });
        Object.assign(baseEnv, this.clock.processEnv(placed.clockOffsetMs));
        if (record.idToken)
            Object.assign(baseEnv, this.jobIdToken(scope, record, workflow_runner_text(github.workflow_ref), selfHosted));
        const parts = {
            github,
            inputs: scope.inputs,
            secrets: { ...scope.secrets, GITHUB_TOKEN: token },
            placement: contexts,
        };
        // env: workflow, then job (both evaluated once), then GITHUB_ENV, then each step's.
        let workflowEnv;
        let jobEnv;
        try {
            workflowEnv = this.evaluateEntries(scope, ['env'], 'env', scope.workflow.env, {
                github,
                inputs: scope.inputs,
                vars: {},
                secrets: parts.secrets,
            });
            jobEnv = this.evaluateEntries(scope, ['jobs', job.id, 'env'], 'env', job.env, jobEnvContexts(parts, workflowEnv));
        }
        catch (error) {
            record.notes.push(message(error));
            return { result: 'failure', outputs: {} };
        }
        return {
            scope,
            job,
            record,
            placed,
            folders,
            filesDir,
            parts,
            clockOffsetMs: placed.clockOffsetMs,
            baseEnv,
            workflowEnv,
            jobEnv,
            fileEnv: {},
            pathAdditions: [],
            steps: {},
            unrehearsedSteps: new Map(),
            failed: false,
            cancelled: false,
            jobMinutes,
            jobDeadline,
            defaults: {
                shell: job.defaults?.run?.shell ?? scope.workflow.defaults?.run?.shell,
                workingDirectory: job.defaults?.run?.workingDirectory ?? scope.workflow.defaults?.run?.workingDirectory,
            },
        };
    }
    runFacts() {
        const s = this.setup;
        return {
            owner: s.owner,
            repo: s.repo,
            ref: s.ref,
            sha: s.sha,
            eventName: s.eventName,
            eventPayload: s.eventPayload,
            runId: s.runId,
            actor: s.actor,
            attempt: this.attempt,
            workflowName: s.workflow.name ?? s.workflowPath,
            workflowPath: s.workflowPath,
            githubUrl: s.sandbox.github.url,
            serverUrl: s.sandbox.github.serverUrl,
        };
    }
    /** The OIDC request variables of a job with id-token: write, from the sandbox's issuer. */
    jobIdToken(scope, record, workflowRef, selfHosted) {
        const s = this.setup;
        const oidc = s.sandbox.issuer.createJob({
            repository: `${s.owner}/${s.repo}`,
            repository_owner: s.owner,
            repository_visibility: s.visibility,
            workflow: s.workflow.name ?? (0,external_node_path_.basename)(s.workflowPath),
            workflow_ref: workflowRef,
            job_workflow_ref: scope.jobWorkflowRef,
            ref: s.ref,
            sha: s.sha,
            event_name: s.eventName,
            run_id: s.runId,
            run_attempt: String(this.attempt),
            actor: s.actor,
            runner_environment: selfHosted ? 'self-hosted' : 'github-hosted',
            ...(record.environment === undefined ? {} : { environment: record.environment.name }),
        });
        s.masker.add(oidc.requestToken);
        record.notes.push(`OIDC: id-token write; tokens carry workflow_ref ${workflowRef}, job_workflow_ref ${scope.jobWorkflowRef}${record.environment === undefined ? ', no environment' : `, environment ${record.environment.name}`}`);
        // What signs provenance and attestations in such a job: the sandbox's Sigstore.
        return { ...oidc.env, ...s.sandbox.sigstore.clientEnv };
    }
    stepPath(jr, step, key) {
        return ['jobs', jr.job.id, 'steps', step.index, key];
    }
    /** One step: its `if:`, whether it can be rehearsed, then its executor. */
    async runJobStep(jr, step) {
        const { record } = jr;
        const stepRecord = newStepRecord(step);
        record.steps.push(stepRecord);
        const cancelledBy = jr.placed.strategy.cancelledBy.label;
        if (!jr.cancelled && cancelledBy !== undefined) {
            jr.cancelled = true;
            // The steps left run only with always() or cancelled() in their if:.
            record.notes.push(`cancelled: fail-fast is on, and ${cancelledBy} failed`);
        }
        const env = { ...jr.workflowEnv, ...jr.jobEnv, ...jr.fileEnv };
        const stepParts = {
            env,
            steps: jr.steps,
            state: jobState(jr.failed, jr.cancelled),
            folders: jr.folders,
        };
        const status = {
            success: !jr.failed && !jr.cancelled,
            failure: jr.failed,
            cancelled: jr.cancelled,
        };
        let run;
        try {
            run = this.located(jr.scope, this.stepPath(jr, step, 'if'), 'if', () => (0,expressions/* evaluateCondition */.F9)(step.if ?? undefined, {
                contexts: stepConditionContexts(jr.parts, stepParts),
                status,
            }));
        }
        catch (error) {
            stepRecord.status = 'failure';
            stepRecord.outcome = 'failure';
            stepRecord.log.push(`Error: ${message(error)}`);
            this.setup.listener({ type: 'step-finished', job: record, step: stepRecord });
            jr.failed = true;
            return;
        }
        if (!run) {
            stepRecord.status = 'skipped';
            stepRecord.outcome = 'skipped';
            this.noteSkip(jr, step, stepRecord);
            if (step.id !== undefined)
                jr.steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
            this.setup.listener({ type: 'step-finished', job: record, step: stepRecord });
            return;
        }
        if (this.skipUnrehearsedReader(jr, step, stepRecord))
            return;
        await this.executeStep(jr, step, stepRecord, env, stepContexts(jr.parts, stepParts));
    }
    /** Why a step was skipped; a publish skipped for the rehearsal's reasons is not rehearsed. */
    noteSkip(jr, step, stepRecord) {
        const reads = readsUnrehearsed({ condition: step.if, templates: [] }, jr.unrehearsedSteps, jr.placed.unrehearsed);
        const where = `${jr.record.label} › ${stepRecord.label}`;
        if (reads !== undefined) {
            stepRecord.notes.push(`skipped: its if: reads ${reads.reference}, from ${reads.source}, which was not rehearsed (empty here; on GitHub it has a value)`);
            this.gaps.notRehearsed(`${where}: skipped, its if: reads ${reads.reference}`);
            const shape = publishShape(step);
            if (shape !== undefined)
                this.gaps.publishNotRun(where, `${shape} was skipped: its if: reads ${reads.reference}`);
            return;
        }
        stepRecord.notes.push(step.if === undefined
            ? `skipped: ${jr.failed ? 'an earlier step failed' : 'the job was cancelled'} (a step without if: runs only while the job succeeds)`
            : `skipped: if: ${String(step.if).trim()} was false`);
    }
    /**
     * A step that reads outputs the rehearsal could not produce would run on empty values and fail
     * (or pass) for the rehearsal's reasons, not the workflow's: it is not rehearsed.
     */
    skipUnrehearsedReader(jr, step, stepRecord) {
        const reads = readsUnrehearsed({ condition: step.if, templates: [step.run, step.with, step.env, step.workingDirectory] }, jr.unrehearsedSteps, jr.placed.unrehearsed);
        if (reads === undefined)
            return false;
        stepRecord.kind = 'not-rehearsed';
        stepRecord.status = 'not-rehearsed';
        stepRecord.outcome = 'success';
        stepRecord.notes.push(`not rehearsed: it reads ${reads.reference}, from ${reads.source}, which was not rehearsed (the rehearsal has no value for it; on GitHub it has one)`);
        this.gaps.notRehearsed(`${jr.record.label} › ${stepRecord.label}: reads ${reads.reference}, from ${reads.source}`);
        const shape = publishShape(step);
        if (shape !== undefined) {
            this.gaps.publishNotRun(`${jr.record.label} › ${stepRecord.label}`, `${shape} did not run: it reads ${reads.reference}, from ${reads.source}`);
        }
        if (step.id !== undefined) {
            jr.unrehearsedSteps.set(step.id, `step ${stepRecord.label}`);
            jr.steps[step.id] = { outputs: {}, outcome: 'success', conclusion: 'success' };
        }
        this.setup.listener({ type: 'step-finished', job: jr.record, step: stepRecord });
        return true;
    }
    /** Runs a step that is to run: its environment, its executor, then what it left behind. */
    async executeStep(jr, step, stepRecord, env, contexts) {
        const s = this.setup;
        const { record } = jr;
        stepRecord.status = 'running';
        stepRecord.startedAt = performance.now();
        s.listener({ type: 'step-started', job: record, step: stepRecord });
        const files = stepFiles(jr.filesDir, step.index);
        const all = [files.output, files.env, files.path, files.state, files.summary];
        await Promise.all(all.map((file) => (0,promises_.writeFile)(file, '')));
        const log = (line) => {
            const masked = s.masker.mask(line);
            stepRecord.log.push(masked);
            s.listener({ type: 'step-log', job: record, step: stepRecord, line: masked });
        };
        const commands = new WorkflowCommandReader((secret) => s.masker.add(secret));
        let ok;
        try {
            const run = this.prepareStep(jr, step, { env, contexts, files, commands, log, stepRecord });
            ok = await stepExecutor(this.stepHost(), step, jr.folders.workspace).main(run);
        }
        catch (error) {
            log(`Error: ${message(error)}`);
            ok = false;
        }
        if (!ok && performance.now() >= jr.jobDeadline) {
            log(`Error: The job has exceeded its maximum execution time of ${jr.jobMinutes} minutes (timeout-minutes).`);
        }
        stepRecord.annotations.push(...commands.annotations.map((annotation) => ({
            ...annotation,
            message: s.masker.mask(annotation.message),
        })));
        await this.concludeStep(jr, step, stepRecord, { ok, files, log, contexts });
    }
    /** The step's evaluated `env:`, `with:`, script and timeout, and its process environment. */
    prepareStep(jr, step, given) {
        const { scope } = jr;
        const { contexts, stepRecord } = given;
        const stepEnv = this.evaluateEntries(scope, this.stepPath(jr, step, 'env'), 'env', step.env, contexts);
        const processEnv = stepProcessEnv({
            baseEnv: jr.baseEnv,
            env: { ...given.env, ...stepEnv },
            path: [this.setup.shimDir ?? [], jr.pathAdditions, this.runnerPath].flat().join(':'),
            files: given.files,
            action: step.id ?? `__run_${step.index}`,
        });
        // A registry URL in a run: step's env (an index to install from) points at the sandbox, and
        // so does every publish target.
        const names = step.run === undefined ? [] : Object.keys({ ...given.env, ...stepEnv });
        containEnv(this.setup.sandbox, processEnv, names, stepRecord.notes);
        const stepMs = step.timeoutMinutes === undefined
            ? Number.POSITIVE_INFINITY
            : Number(workflow_runner_text(this.located(scope, this.stepPath(jr, step, 'timeout-minutes'), 'timeout-minutes', () => (0,expressions/* evaluateValue */.zG)(step.timeoutMinutes, { contexts })))) * 60_000;
        const timeoutMs = Math.min(stepMs, Math.max(0, jr.jobDeadline - performance.now()));
        const script = step.run === undefined
            ? ''
            : containScript(this.setup.sandbox, this.located(scope, this.stepPath(jr, step, 'run'), 'run', () => (0,expressions/* interpolate */.GW)(step.run ?? '', { contexts })), stepRecord.notes);
        const inputs = step.run === undefined
            ? this.evaluateEntries(scope, this.stepPath(jr, step, 'with'), 'with', step.with, contexts)
            : {};
        containInputs(this.setup.sandbox, inputs, stepRecord.notes);
        return {
            step,
            contexts,
            inputs,
            script: {
                text: script,
                shell: step.shell ?? jr.defaults.shell,
                workingDirectory: step.workingDirectory ?? jr.defaults.workingDirectory,
            },
            workspace: jr.folders.workspace,
            runnerTemp: jr.folders.runnerTemp,
            env: processEnv,
            timeoutMs,
            commands: given.commands,
            log: given.log,
            stepRecord,
            record: jr.record,
        };
    }
    /** What the step left in the runner's files, its outcome, and `continue-on-error:`. */
    async concludeStep(jr, step, stepRecord, done) {
        const { files, log } = done;
        let ok = done.ok;
        let outputs = {};
        try {
            outputs = parseKeyValueFile(await (0,promises_.readFile)(files.output, 'utf8'), 'GITHUB_OUTPUT');
            Object.assign(jr.fileEnv, parseKeyValueFile(await (0,promises_.readFile)(files.env, 'utf8'), 'GITHUB_ENV'));
            jr.pathAdditions.unshift(...parsePathFile(await (0,promises_.readFile)(files.path, 'utf8')));
        }
        catch (error) {
            log(`Error: ${message(error)}`);
            ok = false;
        }
        const summary = await (0,promises_.readFile)(files.summary, 'utf8');
        if (summary.trim() !== '')
            jr.record.summary += `${this.setup.masker.mask(summary.trimEnd())}\n\n`;
        let continueOnError = false;
        try {
            continueOnError =
                step.continueOnError !== undefined &&
                    workflow_runner_text(this.located(jr.scope, this.stepPath(jr, step, 'continue-on-error'), 'continue-on-error', () => (0,expressions/* evaluateValue */.zG)(step.continueOnError, { contexts: done.contexts }))) === 'true';
        }
        catch (error) {
            log(`Error: ${message(error)}`);
            ok = false;
        }
        const notRehearsed = stepRecord.status === 'not-rehearsed';
        const upstream = upstreamLabels(jr.job, jr.scope.workflow.jobs, jr.scope.labelPrefix);
        this.gaps.concluded(jr.record.label, step, stepRecord, ok, upstream);
        if (!ok &&
            stepRecord.log.some((line) => line.includes('Resource not accessible by integration')))
            stepRecord.notes.push(forbiddenNote(jr.record.permissions, (jr.job.permissions ?? jr.scope.workflow.permissions) !== undefined));
        if (notRehearsed && step.id !== undefined) {
            jr.unrehearsedSteps.set(step.id, `step ${stepRecord.label}${step.uses === undefined ? '' : ` (${step.uses})`}`);
        }
        const outcome = notRehearsed || ok ? 'success' : 'failure';
        stepRecord.outcome = outcome;
        if (!notRehearsed)
            stepRecord.status = ok ? 'success' : 'failure';
        stepRecord.durationMs = performance.now() - (stepRecord.startedAt ?? performance.now());
        if (step.id !== undefined) {
            jr.steps[step.id] = {
                outputs: asValue(outputs),
                outcome,
                conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome,
            };
        }
        if (!ok && !continueOnError)
            jr.failed = true;
        if (!ok && continueOnError)
            stepRecord.notes.push('continue-on-error: the job goes on');
        this.setup.listener({ type: 'step-finished', job: jr.record, step: stepRecord });
    }
    /** The job's `outputs:` and `environment.url`, once its steps are done, and its result. */
    finishJob(jr) {
        const { scope, job, record } = jr;
        const outputContexts = jobOutputContexts(jr.parts, {
            env: { ...jr.workflowEnv, ...jr.jobEnv },
            steps: jr.steps,
            state: jobState(jr.failed, jr.cancelled),
        });
        const unrehearsedOutputs = [];
        for (const [name, expression] of Object.entries(job.outputs)) {
            const reads = readsUnrehearsed({ templates: [expression] }, jr.unrehearsedSteps, jr.placed.unrehearsed);
            if (reads !== undefined) {
                unrehearsedOutputs.push(name);
                record.notes.push(`output ${name}: empty in the rehearsal: it reads ${reads.reference}, from ${reads.source}, which was not rehearsed`);
            }
            try {
                const value = this.located(scope, ['jobs', job.id, 'outputs', name], 'outputs', () => (0,expressions/* interpolate */.GW)(expression, { contexts: outputContexts }));
                if (this.setup.masker.mask(value) !== value) {
                    record.notes.push(`output ${name} skipped: it may contain a secret (GitHub skips it too)`);
                    continue;
                }
                record.outputs[name] = value;
            }
            catch (error) {
                record.notes.push(message(error));
                jr.failed = true;
            }
        }
        if (record.environment !== undefined && job.environment?.url !== undefined) {
            try {
                const url = job.environment.url;
                record.environment.url = this.located(scope, ['jobs', job.id, 'environment', 'url'], 'environment url', () => (0,expressions/* interpolate */.GW)(url, { contexts: outputContexts }));
            }
            catch (error) {
                record.notes.push(message(error));
            }
        }
        return {
            result: jobState(jr.failed, jr.cancelled),
            outputs: record.outputs,
            unrehearsedOutputs,
        };
    }
    /** What step executors may use of this run. */
    stepHost() {
        const s = this.setup;
        return {
            suiteRoot: s.suiteRoot,
            workDir: s.workDir,
            gitDir: s.gitDir,
            owner: s.owner,
            repo: s.repo,
            sha: s.sha,
            ref: s.ref,
            sandbox: s.sandbox,
            masker: s.masker,
            releasePr: s.releasePr,
            notRehearsed: (line) => this.gaps.notRehearsed(line),
        };
    }
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/rehearsal.ts
// One rehearsal from start to end: the repository (demo or a copy), the workflow, the sandbox and
// its registry state, the run (and the rerun of failed jobs), then the report read back.

























/** A problem that stops the rehearsal before any job runs: said as it is, exit code 1. */
class RehearsalSetupError extends Error {
    name = 'RehearsalSetupError';
}
async function prepareRepository(options, cwd, suiteRoot, gitDir) {
    if (options.repo !== undefined)
        checkRepoFolder(options.repo, (0,external_node_path_.resolve)(cwd, options.repo));
    const here = await (0,repository_copy/* repositoryTopLevel */.E8)(cwd).catch(() => cwd);
    const demo = options.repo === undefined && (0,external_node_fs_.realpathSync)(here) === (0,external_node_fs_.realpathSync)(suiteRoot);
    if (options.demo !== undefined && !demo) {
        throw new RehearsalSetupError(`--demo ${options.demo}: the demos are rehearsed in the tokenless repository (${suiteRoot}), and ${here} is another repository. Run it there, or leave --demo out to rehearse this one.`);
    }
    if (demo && options.repository !== undefined) {
        throw new RehearsalSetupError(`--repository ${options.repository.owner}/${options.repository.repo} names the GitHub repository of a clone of yours; the demo is rehearsed as its own (tokenless-demo/hello-tokenless). Give it with --repo DIR.`);
    }
    if (demo) {
        const workflowSource = options.workflow === undefined
            ? (0,external_node_path_.join)(suiteRoot, 'workflows-examples', 'release.yml')
            : (0,external_node_path_.resolve)(cwd, options.workflow);
        let workflows;
        try {
            workflows = demoWorkflowFiles(workflowSource, suiteRoot);
        }
        catch (error) {
            throw new RehearsalSetupError(`Cannot read the workflow ${(0,external_node_path_.relative)(cwd, workflowSource)}: ${message(error)}`);
        }
        const demoName = options.demo ?? demoFor(workflows.map((file) => file.text).join('\n'));
        const demoDir = (0,external_node_path_.join)(suiteRoot, DEMO_FOLDERS[demoName]);
        const history = await buildDemoRepository(demoDir, gitDir, workflows);
        const [owner = 'tokenless-demo', repo = 'hello-tokenless'] = history.repository.split('/');
        const manifests = (await findPackages(gitDir, `refs/heads/${history.branch}`)).filter((pkg) => pkg.version !== '');
        const tags = demoTags(history);
        const branches = (history.branches ?? []).map((branch) => branch.name);
        return {
            owner,
            repo,
            branch: history.branch,
            defaultBranch: history.branch,
            workflowPath: workflows[0]?.path ?? '.github/workflows/release.yml',
            source: `the ${demoName} demo in ${DEMO_FOLDERS[demoName]}/ (a temp git repository with ${history.commits.length} commits on ${history.branch}${branches.length === 0 ? '' : ` and the branch${branches.length === 1 ? '' : 'es'} ${branches.join(', ')}`}, tagged ${tags.join(', ')}), with ${(0,external_node_path_.relative)(suiteRoot, workflowSource)} as .github/workflows/${(0,external_node_path_.basename)(workflowSource)}`,
            notes: [],
            demoVersion: manifests[0]?.version,
        };
    }
    const top = await (0,repository_copy/* repositoryTopLevel */.E8)((0,external_node_path_.resolve)(cwd, options.repo ?? '.')).catch((error) => {
        throw new RehearsalSetupError(message(error));
    });
    const copied = await (0,repository_copy/* copyRepository */.iG)(top, gitDir, options.repository).catch((error) => {
        throw new RehearsalSetupError(message(error));
    });
    let workflowPath;
    if (options.workflow !== undefined) {
        const absolute = workflowFile(options.workflow, options.repo === undefined ? cwd : top, cwd);
        workflowPath = (0,external_node_path_.relative)(top, absolute);
        if (workflowPath.startsWith('..')) {
            throw new RehearsalSetupError(`--workflow ${options.workflow} is outside the repository ${top}: give a workflow of that repository, e.g. .github/workflows/release.yml.`);
        }
    }
    else {
        const listed = await (0,git_command/* git */.$Y)(gitDir, ['ls-tree', '--name-only', `refs/heads/${copied.branch}`, '.github/workflows/'], {
            allowFailure: true,
        });
        const files = listed.stdout.split('\n').filter((file) => /\.ya?ml$/.test(file));
        const found = files.find((file) => /\/release\.ya?ml$/.test(file));
        if (found === undefined) {
            throw new RehearsalSetupError(files.length === 0
                ? `${top} has no workflow in .github/workflows/. Add the release workflow (see workflows-examples/release.yml), or name one with --workflow FILE.`
                : `${top} has no .github/workflows/release.yml; it has ${files.map((file) => (0,external_node_path_.basename)(file)).join(', ')}. Name the release workflow with --workflow FILE.`);
        }
        workflowPath = found;
    }
    return {
        owner: copied.owner,
        repo: copied.repo,
        branch: copied.branch,
        defaultBranch: copied.defaultBranch,
        workflowPath,
        source: `a temp copy of ${top} (the working tree is only read)`,
        notes: copied.notes,
        demoVersion: undefined,
    };
}
/** `--repo DIR` that is not there, or is a file, said plainly before git is asked. */
function checkRepoFolder(given, absolute) {
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        throw new RehearsalSetupError(`--repo ${given} does not exist${given === absolute ? '' : ` (${absolute})`}. Give the path of a git repository (a clone of yours).`);
    }
    if (!(0,external_node_fs_.statSync)(absolute).isDirectory()) {
        throw new RehearsalSetupError(`--repo ${given} is a file, not a folder. Give the path of a git repository (a clone of yours), e.g. --repo ${(0,external_node_path_.dirname)(given) || '.'}.`);
    }
}
/**
 * A relative --workflow is read in the repository (`--repo ../app --workflow
 * .github/workflows/publish.yml`), or, when it is not there, from the current directory.
 */
function workflowFile(workflow, base, cwd) {
    if ((0,external_node_path_.isAbsolute)(workflow))
        return workflow;
    const inRepository = (0,external_node_path_.resolve)(base, workflow);
    if ((0,external_node_fs_.existsSync)(inRepository))
        return inRepository;
    const fromHere = (0,external_node_path_.resolve)(cwd, workflow);
    return (0,external_node_fs_.existsSync)(fromHere) ? fromHere : inRepository;
}
/** `--ref NAME`: the branch, else the tag, of that name in the repository. */
async function resolveRef(gitDir, name) {
    for (const ref of name.startsWith('refs/')
        ? [name]
        : [`refs/heads/${name}`, `refs/tags/${name}`]) {
        const found = await (0,git_command/* git */.$Y)(gitDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
            allowFailure: true,
        });
        if (found.exitCode === 0)
            return { ref, sha: found.stdout.trim() };
    }
    const listed = await (0,git_command/* git */.$Y)(gitDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/']);
    throw new RehearsalSetupError(`--ref ${name}: the repository has no branch or tag ${name}. Its branches: ${listed.stdout.trim().split('\n').join(', ')}.`);
}
function eventsOf(workflow) {
    return Object.keys(workflow.on);
}
async function rehearse({ options, cwd, listener }) {
    const began = performance.now();
    const timing = {};
    const lap = (name, since) => {
        const now = performance.now();
        timing[name] = now - since;
        return now;
    };
    // Faults are read first: a typo fails before anything starts.
    const faults = options.faults.map(parseFaultSpec);
    const clock = runClock(options, findFaketime());
    const suiteRoot = (0,suite_root/* findSuiteRoot */.AI)();
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-rehearse-'));
    const githubDescription = (0,suite_root/* packagedGitHubDescription */.gn)(suiteRoot);
    let sandbox;
    // The registries and the issuers read nothing from the repository: they start while it is made.
    const starting = startSandboxServices({ githubDescription, now: clock.now });
    try {
        const gitDir = (0,external_node_path_.join)(workDir, 'origin.git');
        listener({ type: 'phase', name: 'repository', detail: 'preparing the repository' });
        const prepared = await prepareRepository(options, cwd, suiteRoot, gitDir);
        const notes = [...prepared.notes, ...clockNotes(options)];
        const start = await readStartingPoint(options, prepared, gitDir);
        let { sha, ref, workflow } = start;
        const { shown } = start;
        const doctor = await doctorCheck(gitDir, sha, prepared.workflowPath, (0,external_node_path_.join)(workDir, 'doctor'));
        checkRunsOn(workflow, prepared.workflowPath, options.event);
        const { owner, repo } = prepared;
        const event = await prepareEvent(options, prepared, gitDir, notes, { workflow, sha, ref });
        const { workflowPath, eventName, inputs, payload, releaseTag } = event;
        workflow = event.workflow;
        sha = event.sha;
        ref = event.ref;
        const previousTag = await previousTagOf(gitDir, sha, releaseTag ?? pushedTag(ref));
        let since = lap('repository', began);
        // What is published (npm: by any tool), and the registry state a first OIDC release needs.
        const reader = calledWorkflowReader(gitDir, sha, suiteRoot);
        const packages = await findPackages(gitDir, sha);
        const publishing = await findPublishingJobs(workflow, workflowPath, reader);
        const needsNpm = npmNeeded(publishing, faults, workflow, shown.stdout);
        listener({ type: 'phase', name: 'sandbox', detail: 'starting the sandbox' });
        sandbox = await startRehearsalSandbox({ owner, repo, gitDir, defaultBranch: prepared.defaultBranch, private: false }, { npm: needsNpm, githubDescription, now: clock.now }, starting);
        since = lap('sandbox', since);
        // A yank, a release of an older line, or a release event finds the earlier releases published
        // on GitHub: published first, so that the maintainer's release is the newest.
        const yanked = yankPackages(workflow);
        const earlierReleases = await publishEarlier(sandbox, notes, {
            owner,
            repo,
            gitDir,
            ref,
            releaseTag,
            yanked: yanked !== undefined,
            defaultBranch: prepared.defaultBranch,
        });
        if (releaseTag !== undefined)
            payload.release = await releaseEventRelease(sandbox, { owner, repo, releaseTag, sha, notes });
        const publishers = registerTrustedPublishers(sandbox, {
            owner,
            repo,
            workflowFile: (0,external_node_path_.basename)(workflowPath),
            packages,
            jobs: publishing,
            override: options.trustedPublisher,
        });
        const seeding = seedWhileJobsRun(sandbox, timing, (running) => seedNpmPackages(running, gitDir, packages, previousTag, workDir, sha));
        let seeded;
        if (yanked !== undefined && yanked.length > 0 && earlierReleases.length > 0) {
            // The yanked versions go to PyPI too, which does not wait: in order, before the jobs.
            seeded = await seeding;
            await placeYanked(sandbox, notes, { workDir, packages: yanked, tags: earlierReleases });
        }
        since = lap('registries', since);
        const injected = injectFaults(sandbox, faults);
        const tagsBefore = await tagNames(sandbox, owner, repo);
        const masker = new Masker();
        const runner = new WorkflowRunner({
            suiteRoot,
            workDir: (0,external_node_path_.join)(workDir, 'run'),
            owner,
            repo,
            gitDir,
            defaultBranch: prepared.defaultBranch,
            visibility: 'public',
            eventName,
            eventPayload: payload,
            ref,
            sha,
            workflow,
            workflowPath,
            inputs,
            sandbox,
            masker,
            listener,
            runId: String(Date.now()),
            actor: 'maintainer',
            shimDir: await writePublishShims((0,external_node_path_.join)(workDir, 'publish-shims'), sandbox),
            releasePr: options.releasePr,
            clock,
        });
        const attempts = await runAttempts(runner, options.rerunFailed, injected, listener);
        const result = attempts[attempts.length - 1]?.result ?? 'failure';
        since = lap('jobs', since);
        seeded ??= await seeding;
        const back = await readBack(sandbox, { owner, repo, packages, seeded });
        lap('read back', since);
        timing.total = performance.now() - began;
        for (const [name, ms] of Object.entries(sandbox.startMs))
            timing[`start ${name}`] = ms;
        return buildReport({
            prepared,
            options,
            inputs,
            owner,
            repo,
            ref,
            sha,
            sandbox,
            publishers,
            seeded,
            earlierReleases,
            packages,
            injected,
            runner,
            doctor,
            attempts,
            back,
            notes,
            result,
            timing,
            disagreements: versionDisagreements(tagsBefore, back),
        });
    }
    catch (error) {
        if (error instanceof workflow_error/* WorkflowError */.s)
            throw new RehearsalSetupError(error.message);
        throw error;
    }
    finally {
        // Before the sandbox is complete, only the services started early are running.
        await (sandbox ?? starting).stop();
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/**
 * npm's earlier versions, published while the first jobs run: the npm registry holds every
 * request until they are there, so no step sees it without them. Awaited after the jobs.
 */
function seedWhileJobsRun(sandbox, timing, seed) {
    const began = performance.now();
    const seeding = seed(sandbox).finally(() => {
        timing['seed npm'] = performance.now() - began;
    });
    // A failure is thrown where it is awaited; npm answers 503 meanwhile.
    seeding.catch(() => undefined);
    sandbox.npm?.holdRequests(seeding);
    return seeding;
}
/** The yanked packages' earlier versions, on the registries before the run, and a note. */
async function placeYanked(sandbox, notes, at) {
    await placeYankedPackages(sandbox, at);
    notes.push(`yank: ${at.packages.map((pkg) => `${pkg.registry}:${pkg.name}`).join(', ')} placed on the registries at ${at.tags.map((tag) => tag.slice(1)).join(', ')}`);
}
/** Fails the rehearsal of an event the workflow does not run on. */
function checkRunsOn(workflow, workflowPath, event) {
    if (!eventsOf(workflow).includes(event)) {
        throw new RehearsalSetupError(`${workflowPath} does not run on ${event}: its on: lists ${eventsOf(workflow).join(', ') || 'nothing'}. Rehearse one of those with --event.`);
    }
}
/** The release a person published, which fired the workflow: its payload, and a note. */
async function releaseEventRelease(sandbox, at) {
    const release = await publishMaintainerRelease(sandbox, at.owner, at.repo, at.releaseTag);
    at.notes.push(`release event: ${at.releaseTag} was tagged at ${at.sha.slice(0, 7)} and published by a maintainer before the run`);
    return release;
}
/** The run's clock; moving it needs libfaketime, for the jobs' run: steps to see it. */
function runClock(options, faketime) {
    const clock = new RehearsalClock(options.clock, options.approvalWaitMs, faketime);
    if (clock.moves && faketime === undefined) {
        throw new RehearsalSetupError(`${options.clock === undefined ? '--approval-wait' : '--clock'} moves the jobs' clock with libfaketime, which is not installed here: install it (apt-get install libfaketime on Debian and Ubuntu), or rehearse without it.`);
    }
    return clock;
}
/** Whether the rehearsal needs its npm registry (a Verdaccio process, the slowest to start). */
function npmNeeded(publishing, faults, workflow, shown) {
    return (publishing.some((job) => job.registry === 'npm') ||
        faults.some((fault) => fault.target === 'registry:npm') ||
        mayPublishToNpm(workflow) ||
        /yank-notice/.test(shown));
}
async function tagNames(sandbox, owner, repo) {
    const refs = await sandbox.github.state.refs(owner, repo, 'refs/tags/');
    return refs.map((tag) => tag.ref.replace(/^refs\/tags\//, ''));
}
function clockNotes(options) {
    const notes = [];
    if (options.clock !== undefined) {
        notes.push(`clock: the run starts at ${options.clock.toISOString().replace(/\.000Z$/, 'Z')} (--clock): run: steps and JavaScript actions see it through libfaketime, and so do the OIDC tokens and the registries`);
    }
    if (options.approvalWaitMs > 0) {
        notes.push(`approval wait: every job under an environment waits ${formatDuration(options.approvalWaitMs)} for its approval (--approval-wait, simulated), and the jobs after it see the later time`);
    }
    return notes;
}
/** The release a maintainer published in the sandbox, as the release event carries it. */
async function publishMaintainerRelease(sandbox, owner, repo, releaseTag) {
    const personal = 'rehearsal-maintainer-token';
    sandbox.github.tokens.register(personal, {
        kind: 'pat',
        login: 'maintainer',
        permissions: { contents: 'write' },
    });
    const response = await fetch(`${sandbox.github.url}/repos/${owner}/${repo}/releases`, {
        method: 'POST',
        headers: {
            authorization: `token ${personal}`,
            'content-type': 'application/json',
            accept: 'application/vnd.github+json',
        },
        body: JSON.stringify({
            tag_name: releaseTag,
            name: releaseTag,
            body: 'Published by a maintainer.',
        }),
    });
    const release = (await response.json());
    if (!response.ok)
        throw new Error(`Could not create the release ${releaseTag} in the sandbox: ${JSON.stringify(release)}`);
    return release;
}
/** The event that starts the run: its payload and inputs, the tag a release event makes. */
async function prepareEvent(options, prepared, gitDir, notes, given0) {
    // The event's inputs, typed and checked as GitHub does before the run starts.
    const given = { ...options.inputs };
    let workflow = given0.workflow;
    let workflowPath = prepared.workflowPath;
    let sha = given0.sha;
    let ref = given0.ref;
    const { owner, repo } = prepared;
    let eventName = options.event;
    let inputs = {};
    const repository = {
        full_name: `${owner}/${repo}`,
        name: repo,
        owner: { login: owner },
        default_branch: prepared.defaultBranch,
    };
    let payload;
    let releaseTag;
    if (options.event === 'push' ||
        options.event === 'schedule' ||
        options.event === 'workflow_run') {
        if (Object.keys(given).length > 0) {
            throw new RehearsalSetupError(`--input is for the inputs of workflow_dispatch and workflow_call; a ${options.event} event has none.`);
        }
        const started = await triggerEvent(options.event, {
            workflow,
            workflowPath,
            gitDir,
            ref,
            sha,
            defaultBranch: prepared.defaultBranch,
            headRef: options.ref,
            conclusion: options.conclusion,
            repository,
        }, notes).catch((error) => {
            throw error instanceof FilterMismatch ? new RehearsalSetupError(error.message) : error;
        });
        return {
            workflow,
            workflowPath,
            sha: started.sha,
            ref: started.ref,
            eventName,
            inputs,
            payload: started.payload,
            releaseTag,
        };
    }
    if (options.event === 'release') {
        releaseTag =
            given.tag ?? (prepared.demoVersion === undefined ? undefined : `v${prepared.demoVersion}`);
        delete given.tag;
        if (releaseTag === undefined) {
            const packages = await findPackages(gitDir, sha);
            const version = packages[0]?.version;
            if (version === undefined || version === '') {
                throw new RehearsalSetupError('--event release needs the tag of the release: give --input tag=v1.2.3.');
            }
            releaseTag = `v${version}`;
        }
        const existing = await (0,git_command/* git */.$Y)(gitDir, ['rev-parse', '--verify', '--quiet', `refs/tags/${releaseTag}^{commit}`], { allowFailure: true });
        if (existing.exitCode === 0)
            sha = existing.stdout.trim();
        else
            await (0,git_command/* git */.$Y)(gitDir, ['update-ref', `refs/tags/${releaseTag}`, sha]);
        ref = `refs/tags/${releaseTag}`;
        payload = { action: 'published', repository, sender: { login: 'maintainer' } };
    }
    else {
        const event = options.event === 'workflow_call' ? 'workflow_call' : 'workflow_dispatch';
        const definitions = inputDefinitions(workflow, event);
        inputs = resolveInputs(definitions, given, prepared.workflowPath);
        payload = {
            inputs: { ...given },
            ref,
            repository,
            sender: { login: 'maintainer' },
            workflow: prepared.workflowPath,
        };
        if (options.event === 'workflow_call') {
            // Called by a workflow_dispatch workflow of the same repository, whose job grants what
            // the called jobs ask for: npm then trusts the caller's file, PyPI the called one.
            const callerPath = '.github/workflows/rehearsal-caller.yml';
            const withLines = Object.entries(given).map(([name, value]) => `      ${name}: ${JSON.stringify(value)}`);
            workflow = parseWorkflow([
                'name: rehearsal-caller',
                'on: workflow_dispatch',
                'jobs:',
                '  call:',
                `    uses: ./${prepared.workflowPath}`,
                '    permissions: write-all',
                '    secrets: inherit',
                ...(withLines.length === 0 ? [] : ['    with:', ...withLines]),
            ].join('\n'), callerPath);
            notes.push(`workflow_call: rehearsed as called by ${callerPath} (workflow_dispatch, permissions write-all), so npm's trusted publisher names rehearsal-caller.yml`);
            workflowPath = callerPath;
            eventName = 'workflow_dispatch';
            inputs = {};
        }
    }
    return { workflow, workflowPath, sha, ref, eventName, inputs, payload, releaseTag };
}
/** The report of a rehearsal that ran, with its verdict. */
function buildReport(run) {
    const { prepared, options, inputs, owner, repo, ref, sha, sandbox, publishers, seeded } = run;
    const { earlierReleases, packages, injected, runner, doctor, attempts, back, notes } = run;
    const { result, timing } = run;
    const report = {
        workflow: prepared.workflowPath,
        event: options.event,
        inputs,
        repository: `${owner}/${repo}`,
        source: prepared.source,
        ref,
        sha,
        sandbox: {
            'GitHub API': sandbox.github.url,
            'OIDC issuer': sandbox.issuer.url,
            ...(sandbox.npm === undefined ? {} : { 'npm registry': sandbox.npm.url }),
            PyPI: sandbox.pypi.url,
            TestPyPI: sandbox.testpypi.url,
            Sigstore: sandbox.sigstore.url,
        },
        trustedPublishers: publishers,
        seeded,
        earlierReleases,
        packages,
        faults: injected.map(({ fault, handle }) => ({
            spec: fault.text,
            description: describeFault(fault),
            matched: handle.matched,
            applied: handle.applied,
        })),
        concurrency: runner.concurrency,
        doctor,
        attempts,
        readBack: back,
        versionDisagreements: run.disagreements,
        notRehearsed: runner.unrehearsed,
        unrehearsedPublishes: runner.unrehearsedPublishes,
        differences: runnerDifferences(attempts[attempts.length - 1]?.jobs ?? []),
        notes,
        result: 'passed',
        verdict: '',
        timing,
    };
    report.result = resultOf(result, report);
    report.verdict = verdictOf(report);
    return report;
}
/** The tag a push of `ref` pushes, if it is a tag. */
function pushedTag(ref) {
    return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
/** The tag before this release (the release's own excluded), if any. */
async function previousTagOf(gitDir, sha, releaseTag) {
    const previous = await (0,git_command/* git */.$Y)(gitDir, [
        'describe',
        '--tags',
        '--abbrev=0',
        ...(releaseTag === undefined ? [] : ['--exclude', releaseTag]),
        sha,
    ], { allowFailure: true });
    return previous.exitCode === 0 ? previous.stdout.trim() : undefined;
}
/**
 * A yank, a release of an older line, or a release event finds the earlier releases published on
 * GitHub: published first, so that the maintainer's release is the newest.
 */
async function publishEarlier(sandbox, notes, at) {
    let earlierReleases = [];
    if (at.yanked || at.ref !== `refs/heads/${at.defaultBranch}`) {
        earlierReleases = await publishEarlierReleases(sandbox, {
            owner: at.owner,
            repo: at.repo,
            gitDir: at.gitDir,
            except: at.releaseTag,
        });
        if (earlierReleases.length > 0) {
            notes.push(`the GitHub releases ${earlierReleases.join(', ')} were published before the run (${earlierReleases[earlierReleases.length - 1]} latest), as ${at.yanked ? 'a yank' : at.releaseTag !== undefined ? `the release event of ${at.releaseTag}` : `a run on ${at.ref.replace(/^refs\/heads\//, '')}`} finds them`);
        }
    }
    return earlierReleases;
}
/** The commit and ref the run starts from, and the workflow there, checked. */
async function readStartingPoint(options, prepared, gitDir) {
    let sha = (await (0,git_command/* git */.$Y)(gitDir, ['rev-parse', `refs/heads/${prepared.branch}`])).stdout.trim();
    let ref = `refs/heads/${prepared.branch}`;
    if (options.ref !== undefined) {
        if (options.event === 'release') {
            throw new RehearsalSetupError('--ref is for workflow_dispatch and workflow_call; a release event runs on its tag: give --input tag=v1.2.3.');
        }
        if (options.event === 'schedule') {
            throw new RehearsalSetupError(`--ref: a schedule runs on the default branch (${prepared.defaultBranch}); leave --ref out.`);
        }
        // workflow_run: --ref is the branch of the run it follows, read with the event.
        const chosen = await resolveRef(gitDir, options.ref);
        if (options.event !== 'workflow_run') {
            ref = chosen.ref;
            sha = chosen.sha;
        }
    }
    const shown = await (0,git_command/* git */.$Y)(gitDir, ['show', `${sha}:${prepared.workflowPath}`], {
        allowFailure: true,
    });
    if (shown.exitCode !== 0) {
        throw new RehearsalSetupError(`There is no ${prepared.workflowPath} in the repository at ${sha.slice(0, 7)}.`);
    }
    const workflow = parseWorkflow(shown.stdout, prepared.workflowPath);
    checkWorkflowExpressions(workflow);
    return { sha, ref, workflow, shown };
}
/** Runs the workflow, and once more without the faults when it failed and a rerun is asked for. */
async function runAttempts(runner, rerunFailed, injected, listener) {
    const attempts = [];
    let attemptStart = performance.now();
    let result = await runner.run(1);
    attempts.push({
        attempt: 1,
        result,
        jobs: [...runner.jobs],
        durationMs: performance.now() - attemptStart,
    });
    if (result === 'failure' && rerunFailed) {
        for (const { handle } of injected)
            handle.remove();
        listener({
            type: 'phase',
            name: 'rerun',
            detail: 'rerunning the failed jobs on the same sandbox state, without the faults',
        });
        attemptStart = performance.now();
        result = await runner.run(2);
        attempts.push({
            attempt: 2,
            result,
            jobs: [...runner.jobs],
            durationMs: performance.now() - attemptStart,
        });
    }
    return attempts;
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/report-text.ts
// The report as text: what was rehearsed on what, what was registered, each job and step, what
// the registries and the GitHub stand-in hold afterwards, each job's summary, and the verdict.

const report_text_ICONS = {
    success: '✓',
    failure: '✗',
    skipped: '-',
    cancelled: '⊘',
    'not-rehearsed': '?',
    waiting: '·',
    running: '●',
    pending: '·',
};
function indent(text, prefix) {
    return text
        .split('\n')
        .map((line) => (line === '' ? '' : `${prefix}${line}`))
        .join('\n');
}
function jobLines(job) {
    const lines = [];
    const details = [
        job.environment === undefined ? undefined : `environment ${job.environment.name}`,
        job.idToken ? 'id-token: write' : undefined,
        job.attempt > 1 ? `attempt ${job.attempt}` : undefined,
    ].filter((detail) => detail !== undefined);
    lines.push(`  ${report_text_ICONS[job.status] ?? '?'} ${job.label.padEnd(30)} ${job.status.padEnd(8)} ${seconds(job.durationMs).padStart(7)}${details.length > 0 ? `   ${details.join(', ')}` : ''}`);
    if (job.permissions !== '')
        lines.push(`      permissions: ${job.permissions}`);
    if (job.concurrency !== undefined)
        lines.push(`      concurrency: ${job.concurrency}`);
    for (const note of job.notes)
        lines.push(`      ${note}`);
    for (const step of job.steps) {
        lines.push(`      ${report_text_ICONS[step.status] ?? '?'} ${step.label} ${step.status === 'skipped' ? '(skipped)' : seconds(step.durationMs)}`);
        for (const note of step.notes)
            lines.push(`          ${note}`);
        for (const annotation of step.annotations) {
            if (annotation.level === 'notice')
                continue;
            const where = annotation.file === undefined
                ? ''
                : ` (${annotation.file}${annotation.line === undefined ? '' : `:${annotation.line}`})`;
            lines.push(`          ${annotation.level}: ${annotation.message}${where}`);
        }
        if (step.status === 'failure') {
            const tail = step.log.slice(-20);
            if (tail.length > 0)
                lines.push('          log (last lines):', ...tail.map((line) => `          | ${line}`));
        }
    }
    return lines;
}
/** Doctor's findings, one line each; `tokenless doctor` gives the fix of each. */
function doctorLines(report) {
    const { counts, findings } = report.doctor;
    const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const lines = [
        '',
        `Doctor (what the workflow file shows, run or not): ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}${findings.length > 0 ? '; `tokenless doctor` gives the fix of each' : ''}`,
    ];
    for (const finding of findings) {
        lines.push(`  ${finding.severity.padEnd(7)} ${finding.rule} (${finding.file}:${finding.line}): ${finding.message}`);
    }
    return lines;
}
function renderReport(report) {
    const out = [];
    const inputs = Object.entries(report.inputs).map(
    // An empty input is shown as "": the maintainer left it empty.
    ([name, value]) => `${name}=${typeof value === 'string' && value !== '' ? value : JSON.stringify(value)}`);
    out.push('', `Rehearsal of ${report.workflow} (${report.event}${inputs.length > 0 ? `: ${inputs.join(', ')}` : ''}) on ${report.repository} at ${report.ref.replace(/^refs\/(heads|tags)\//, '')} (${report.sha.slice(0, 7)})`, `  from ${report.source}`);
    for (const note of report.notes)
        out.push(`  ${note}`);
    out.push(...doctorLines(report));
    out.push('', 'Sandbox (127.0.0.1 only; every publish goes here, whatever the workflow names):');
    for (const [name, url] of Object.entries(report.sandbox))
        out.push(`  ${name.padEnd(13)} ${url}`);
    out.push('', 'Trusted publishers registered:');
    if (report.trustedPublishers.length === 0)
        out.push('  none (the workflow has no publish-oidc step, or the repository no package)');
    for (const publisher of report.trustedPublishers) {
        out.push(`  ${(publisher.registry === 'npm' ? 'npm' : publisher.registry === 'pypi' ? 'PyPI' : 'TestPyPI').padEnd(8)} ${publisher.name}: owner ${publisher.owner}, repository ${publisher.repository}, workflow ${publisher.workflow}, ${publisher.environment === undefined ? 'no environment (a token from any environment matches)' : `environment ${publisher.environment}`}${publisher.overridden ? '   (from --trusted-publisher)' : ''}`);
    }
    for (const seed of report.seeded) {
        out.push(`  seeded on npm: ${seed.name}@${seed.version} from ${seed.from} (npm takes no first publish through OIDC)`);
    }
    if (report.faults.length > 0) {
        out.push('', 'Faults injected (attempt 1 only):');
        for (const fault of report.faults) {
            out.push(`  ${fault.description}: matched ${fault.matched} call(s), applied ${fault.applied}`);
        }
    }
    if (report.concurrency !== undefined)
        out.push('', `Concurrency: ${report.concurrency}`);
    for (const attempt of report.attempts) {
        out.push('', `Jobs${report.attempts.length > 1 ? ` (attempt ${attempt.attempt}${attempt.attempt > 1 ? ': the failed jobs rerun on the same sandbox state' : ''})` : ''}: ${attempt.result} in ${seconds(attempt.durationMs)}`);
        for (const job of attempt.jobs)
            out.push(...jobLines(job));
    }
    if (report.notRehearsed.length > 0) {
        out.push('', 'Not rehearsed (the run went on without them):');
        for (const item of report.notRehearsed)
            out.push(`  ? ${item}`);
    }
    if (report.unrehearsedPublishes.length > 0) {
        out.push('', 'Publish and release steps that did not run against the sandbox:');
        for (const item of report.unrehearsedPublishes)
            out.push(`  ! ${item}`);
    }
    if (report.differences.length > 0) {
        out.push('', "Differences from GitHub's runner:");
        for (const item of report.differences)
            out.push(`  ~ ${item}`);
    }
    out.push('', 'Published (read back from the registries):');
    const { npm, pypi, releases } = report.readBack;
    let any = false;
    for (const pkg of npm) {
        for (const version of pkg.published) {
            any = true;
            const tags = Object.entries(pkg.distTags)
                .filter(([, tagged]) => tagged === version)
                .map(([tag]) => tag);
            out.push(`  npm      ${pkg.name}@${version}  dist-tag ${tags.join(', ') || '(none)'}  ${pkg.integrity[version] ?? ''}`);
        }
        if (pkg.uploads > pkg.published.length) {
            out.push(`  npm      ${pkg.name}: ${pkg.uploads} publishes accepted for ${pkg.published.length} version(s)`);
        }
    }
    for (const project of pypi) {
        for (const file of project.files) {
            any = true;
            const count = project.uploads[file.filename] ?? 0;
            out.push(`  ${project.registry === 'pypi' ? 'PyPI    ' : 'TestPyPI'} ${project.name} ${file.version}  ${file.filename}  sha256 ${file.sha256.slice(0, 16)}…${file.yanked ? '  (yanked)' : ''}${count > 1 ? `  uploaded ${count} times` : ''}`);
        }
    }
    if (!any)
        out.push('  nothing');
    for (const line of report.versionDisagreements ?? []) {
        out.push(`  ✗ ${line}: the tag and the package disagree`);
    }
    out.push('', 'GitHub release (read back from the GitHub stand-in):');
    if (releases.length === 0)
        out.push('  none');
    for (const release of releases) {
        const flags = [
            release.draft ? 'draft' : 'published',
            release.prerelease ? 'prerelease' : undefined,
            release.latest ? 'latest' : undefined,
        ].filter(Boolean);
        out.push(`  ${release.tag} "${release.name}" (${flags.join(', ')}) by ${release.author}, target ${release.target}`);
        out.push(`    ${release.url}`);
        if (release.assets.length > 0) {
            out.push(`    assets: ${release.assets.map((asset) => `${asset.name} (${asset.size} B)`).join(', ')}`);
        }
        const body = release.body.trim().split('\n').slice(0, 12);
        if (body.length > 0 && body[0] !== '')
            out.push(indent(body.join('\n'), '    │ '));
    }
    if (report.readBack.issues.length > 0) {
        out.push('', 'Issues (read back from the GitHub stand-in):');
        for (const issue of report.readBack.issues) {
            out.push(`  #${issue.number} "${issue.title}" (${issue.state})`, `    ${issue.url}`);
        }
    }
    const last = report.attempts[report.attempts.length - 1];
    const summaries = (last?.jobs ?? []).filter((job) => job.summary.trim() !== '');
    if (summaries.length > 0) {
        out.push('', 'Job summaries:');
        for (const job of summaries) {
            out.push(`  ── ${job.label} ──`);
            out.push(indent(job.summary.trimEnd(), '  '));
        }
    }
    out.push('', `Time: ${seconds(report.timing.total)} (${Object.entries(report.timing)
        .filter(([name]) => name !== 'total' && !name.startsWith('start '))
        .map(([name, ms]) => `${name} ${seconds(ms)}`)
        .join(', ')})`);
    out.push('', report.verdict, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/rehearse/command.ts





async function rehearseCommand(args, io) {
    let options;
    try {
        options = parseRehearseArgs(args);
        if (options.help) {
            io.stdout.write(`${REHEARSE_USAGE}\n`);
            return 0;
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr.write(`tokenless rehearse: ${error.message}\n\n${REHEARSE_USAGE}\n`);
            return 2;
        }
        throw error;
    }
    const write = (text) => {
        io.stdout.write(text);
    };
    let live;
    let listener = () => undefined;
    if (!options.json) {
        if (io.stdout.isTTY === true && io.env.TERM !== 'dumb') {
            live = new LiveProgress(write, io.stdout.columns ?? 100);
            listener = live.listener;
        }
        else {
            listener = plainProgress(write);
        }
    }
    // The sandbox listens on loopback: a proxy set in this shell (NODE_USE_ENV_PROXY) must not see
    // the rehearsal's own requests to it.
    const noProxy = loopbackNoProxy(process.env);
    process.env.NO_PROXY = noProxy;
    process.env.no_proxy = noProxy;
    try {
        const report = await rehearse({ options, cwd: io.cwd, listener });
        live?.stop();
        io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
        return report.result === 'passed' ? 0 : report.result === 'not-rehearsed' ? 3 : 1;
    }
    catch (error) {
        live?.stop();
        const text = error instanceof Error ? error.message : String(error);
        if (error instanceof UsageError) {
            io.stderr.write(`tokenless rehearse: ${text}\n\n${REHEARSE_USAGE}\n`);
            return 2;
        }
        io.stderr.write(error instanceof RehearsalSetupError
            ? `tokenless rehearse: ${text}\n`
            : `tokenless rehearse: the rehearsal itself failed: ${error instanceof Error && error.stack ? error.stack : text}\n`);
        return 1;
    }
}


/***/ }),

/***/ 41210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteExcerpt)
/* harmony export */ });
/* unused harmony exports EXCERPT_LENGTH, excerpt */
/**
 * How much of a value read from an input or a file a message echoes. A tag, a version or a
 * matched line is short; anything longer is cut, so that a hostile value (a 100 KB tag, a regex
 * that captures a whole file) never lands whole in a log, an annotation or the job summary.
 */
const EXCERPT_LENGTH = 100;
/** `text` itself when short, else its first `max` characters, `…` and its length. */
function excerpt(text, max = EXCERPT_LENGTH) {
    const characters = [...text];
    if (characters.length <= max)
        return text;
    return `${characters.slice(0, max).join('')}… (${characters.length} characters)`;
}
/** The same, quoted as JSON (control characters escaped): for values inside a sentence. */
function quoteExcerpt(text, max = EXCERPT_LENGTH) {
    const characters = [...text];
    if (characters.length <= max)
        return JSON.stringify(text);
    return `${JSON.stringify(characters.slice(0, max).join(''))}… (${characters.length} characters)`;
}


/***/ }),

/***/ 44818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ comparePep440)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33639);

const PRE_LABEL_ORDER = { a: 0, b: 1, rc: 2 };
/**
 * Compares two PEP 440 versions in the specification's order: epoch, release (zero padded, so
 * `1.0 == 1.0.0`), then `.devN` < `aN` < `bN` < `rcN` < final < `.postN`, with `.devN` before the
 * release it belongs to, and local labels sorting after the same public version.
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when a string is not a PEP 440 version.
 */
function comparePep440(a, b) {
    const left = typeof a === 'string' ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440OrThrow */ ._h)(a) : a;
    const right = typeof b === 'string' ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440OrThrow */ ._h)(b) : b;
    return (compareNumbers(left.epoch, right.epoch) ||
        compareRelease(left.release, right.release) ||
        compareKeys(preKey(left), preKey(right)) ||
        compareNumbers(left.post ?? -Infinity, right.post ?? -Infinity) ||
        compareNumbers(left.dev ?? Infinity, right.dev ?? Infinity) ||
        compareLocal(left.local, right.local));
}
function compareNumbers(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}
function compareKeys(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const order = compareNumbers(a[index] ?? -Infinity, b[index] ?? -Infinity);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Release segments compare with the shorter one padded by zeros. */
function compareRelease(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const order = compareNumbers(a[index] ?? 0, b[index] ?? 0);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** A dev release of a final (`1.0.dev1`) sorts before its pre-releases; a final after them. */
function preKey(version) {
    if (version.pre !== undefined) {
        return [PRE_LABEL_ORDER[version.pre.label], version.pre.number];
    }
    if (version.post === undefined && version.dev !== undefined)
        return [-Infinity];
    return [Infinity];
}
/**
 * No local label sorts first; otherwise segment by segment, alphanumeric segments (compared as
 * text) before numeric ones (compared as integers), and a shorter label first when it is a prefix.
 */
function compareLocal(a, b) {
    if (a === undefined || b === undefined) {
        return a === b ? 0 : a === undefined ? -1 : 1;
    }
    for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
        const order = compareLocalPart(a[index] ?? '', b[index] ?? '');
        if (order !== 0)
            return order;
    }
    return compareNumbers(a.length, b.length);
}
function compareLocalPart(a, b) {
    const aNumeric = /^[0-9]+$/.test(a);
    const bNumeric = /^[0-9]+$/.test(b);
    if (aNumeric && bNumeric)
        return compareBigInts(BigInt(a), BigInt(b));
    if (aNumeric !== bNumeric)
        return aNumeric ? 1 : -1;
    return a === b ? 0 : a < b ? -1 : 1;
}
function compareBigInts(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}


/***/ }),

/***/ 33639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ parsePep440),
/* harmony export */   J4: () => (/* binding */ formatPep440),
/* harmony export */   ZD: () => (/* binding */ normalizePep440),
/* harmony export */   _h: () => (/* binding */ parsePep440OrThrow),
/* harmony export */   cB: () => (/* binding */ isPep440Prerelease),
/* harmony export */   ql: () => (/* binding */ PEP440_FORMS)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41210);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52889);


/** packaging.version's VERSION_PATTERN, the reference implementation of PEP 440. */
const PEP440_PATTERN = new RegExp('^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preLabel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preNumber>[0-9]+)?)?' +
    '(?<post>(?:-(?<postNumber1>[0-9]+))|(?:[-_.]?(?<postLabel>post|rev|r)[-_.]?(?<postNumber2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devLabel>dev)[-_.]?(?<devNumber>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$', 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** The accepted forms, for error messages. */
const PEP440_FORMS = '[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1, 1.2.0.post1, 1.2.0.dev3, 1!2.0';
/**
 * Parses any spelling PEP 440 accepts (case, leading `v`, `alpha`/`beta`/`c`/`pre`/`preview`,
 * `-`/`_`/`.` separators, implicit numbers, `1.0-1` post releases, `rev`/`r`, surrounding
 * whitespace) into normalised segments.
 * @returns undefined when `text` is not a PEP 440 version.
 */
function parsePep440(text) {
    const groups = PEP440_PATTERN.exec(text)?.groups;
    if (groups === undefined)
        return undefined;
    const release = groups.release?.split('.').map(Number) ?? [];
    const version = { epoch: Number(groups.epoch ?? '0'), release };
    if (groups.preLabel !== undefined) {
        const label = PRE_LABELS[groups.preLabel.toLowerCase()] ?? 'rc';
        version.pre = { label, number: Number(groups.preNumber ?? '0') };
    }
    if (groups.post !== undefined)
        version.post = Number(groups.postNumber1 ?? groups.postNumber2 ?? '0');
    if (groups.dev !== undefined)
        version.dev = Number(groups.devNumber ?? '0');
    if (groups.local !== undefined)
        version.local = groups.local.split(/[-_.]/).map(normaliseLocalPart);
    return allNumbersSafe(version) ? version : undefined;
}
/**
 * Writes the normalised form of a PEP 440 version, e.g. `1.0.0-RC.1` -> `1.0.0rc1`.
 * @throws ConfigurationError when `text` is not a PEP 440 version.
 */
function normalizePep440(text) {
    return formatPep440(parsePep440OrThrow(text));
}
/**
 * Parses a PEP 440 version.
 * @throws ConfigurationError saying what was found and the accepted forms.
 */
function parsePep440OrThrow(text) {
    const version = parsePep440(text);
    if (version !== undefined)
        return version;
    throw new _version_error_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionError */ .t('TL_PEP440_INVALID', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_1__/* .quoteExcerpt */ .AB)(text)} is not a PEP 440 version: expected ${PEP440_FORMS}.`);
}
/** Writes a parsed version in PEP 440's normalised form. */
function formatPep440(version) {
    let text = version.epoch === 0 ? '' : `${version.epoch}!`;
    text += version.release.join('.');
    if (version.pre !== undefined)
        text += `${version.pre.label}${version.pre.number}`;
    if (version.post !== undefined)
        text += `.post${version.post}`;
    if (version.dev !== undefined)
        text += `.dev${version.dev}`;
    if (version.local !== undefined)
        text += `+${version.local.join('.')}`;
    return text;
}
/**
 * True for a pre-release or a development release (`1.0rc1`, `1.0.dev2`, `1.0.post1.dev1`),
 * as pip and packaging's `is_prerelease` decide.
 * @throws ConfigurationError when given text that is not a PEP 440 version.
 */
function isPep440Prerelease(version) {
    const parsed = typeof version === 'string' ? parsePep440OrThrow(version) : version;
    return parsed.pre !== undefined || parsed.dev !== undefined;
}
function normaliseLocalPart(part) {
    return /^[0-9]+$/.test(part) ? BigInt(part).toString() : part.toLowerCase();
}
function allNumbersSafe(version) {
    const numbers = [
        version.epoch,
        ...version.release,
        version.pre?.number,
        version.post,
        version.dev,
    ];
    return numbers.every((value) => value === undefined || Number.isSafeInteger(value));
}


/***/ }),

/***/ 52889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ VersionError)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90712);

/** A version, tag or version scheme that is wrong as given: the message says what was found, where, and the fix. */
class VersionError extends _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'VersionError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}


/***/ })

};
