export const id = 766;
export const ids = [766];
export const modules = {

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommands: () => (/* binding */ runCommands)
});

// UNUSED EXPORTS: MARKER_VARIABLE

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __webpack_require__(3993);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/test-gate/src/process-tree.ts


const PROC = '/proc';
function readProcess(pid) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`${PROC}/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    // cutime cstime priority nice threads itrealvalue starttime: comm may hold spaces and ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
        pid,
        state: fields[0] ?? '?',
        ppid: Number(fields[1]),
        started: Number(fields[19]),
    };
}
function listProcesses() {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(PROC);
    }
    catch {
        return [];
    }
    const processes = [];
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const info = readProcess(Number(name));
        if (info !== undefined)
            processes.push(info);
    }
    return processes;
}
function carriesMarker(pid, marker) {
    let environ;
    try {
        environ = (0,external_node_fs_.readFileSync)(`${PROC}/${pid}/environ`);
    }
    catch {
        return false;
    }
    const at = environ.indexOf(marker);
    return at !== -1 && (at === 0 || environ[at - 1] === 0);
}
/**
 * `pipe:[123]` for this process's stdout and stderr when they are pipes, `socket:[123]` when
 * they are one end of a socket pair (Node's spawn gives its children those for 'pipe').
 */
function ownPipes() {
    const pipes = new Set();
    for (const fd of [1, 2]) {
        try {
            const link = (0,external_node_fs_.readlinkSync)(`${PROC}/self/fd/${fd}`);
            if (link.startsWith('pipe:') || link.startsWith('socket:'))
                pipes.add(link);
        }
        catch {
            // Not Linux, or closed.
        }
    }
    return pipes;
}
function writesToPipe(pid, pipes) {
    let fds;
    try {
        fds = (0,external_node_fs_.readdirSync)(`${PROC}/${pid}/fd`);
    }
    catch {
        return false;
    }
    for (const fd of fds) {
        try {
            if (!pipes.has((0,external_node_fs_.readlinkSync)(`${PROC}/${pid}/fd/${fd}`)))
                continue;
            const flags = /^flags:\s*([0-7]+)/m.exec((0,external_node_fs_.readFileSync)(`${PROC}/${pid}/fdinfo/${fd}`, 'utf8'));
            // O_WRONLY or O_RDWR: a pipe's reading end (same inode) is whoever collects the log.
            if (flags?.[1] !== undefined && (parseInt(flags[1], 8) & 3) !== 0)
                return true;
        }
        catch {
            // Gone meanwhile.
        }
    }
    return false;
}
/** The pids of the tree's processes that are still running (zombies are already ended). */
function findProcesses(tree, rootStarted) {
    const processes = listProcesses();
    if (processes.length === 0)
        return [];
    const byPid = new Map(processes.map((info) => [info.pid, info]));
    const excluded = new Set();
    for (let pid = process.pid; pid > 0 && !excluded.has(pid); pid = byPid.get(pid)?.ppid ?? 0) {
        excluded.add(pid);
    }
    const children = new Map();
    for (const info of processes) {
        const siblings = children.get(info.ppid);
        if (siblings)
            siblings.push(info.pid);
        else
            children.set(info.ppid, [info.pid]);
    }
    const found = new Set();
    const root = byPid.get(tree.pid);
    // A pid reused after the shell was reaped is not the shell.
    if (root !== undefined && (rootStarted === undefined || root.started === rootStarted)) {
        const queue = [tree.pid];
        for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
            found.add(pid);
            for (const child of children.get(pid) ?? [])
                if (!found.has(child))
                    queue.push(child);
        }
    }
    const marker = Buffer.from(`${tree.marker}\0`);
    const pipes = ownPipes();
    for (const info of processes) {
        if (found.has(info.pid) || excluded.has(info.pid))
            continue;
        // The marker is new for this run and the pipe check needs a start: only processes started
        // since the shell are looked at (a few, where /proc lists hundreds).
        if (rootStarted !== undefined && info.started < rootStarted)
            continue;
        if (carriesMarker(info.pid, marker))
            found.add(info.pid);
        else if (pipes.size > 0 && rootStarted !== undefined && writesToPipe(info.pid, pipes)) {
            found.add(info.pid);
        }
    }
    return [...found].filter((pid) => !excluded.has(pid) && byPid.get(pid)?.state !== 'Z');
}
/** When the process started, in clock ticks after boot (Linux), to tell a reused pid. */
function startTimeOf(pid) {
    return readProcess(pid)?.started;
}
function signal(pid, name) {
    try {
        process.kill(pid, name);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Ends every process of the tree: SIGTERM to the group and to each process found, then, after
 * the grace period, SIGKILL to whatever is left (looked for again each round, since a process
 * may fork while it is being stopped).
 */
async function endProcessTree(tree, graceMs, rootStarted) {
    const remaining = () => ({
        group: signal(-tree.pid, 0),
        pids: findProcesses(tree, rootStarted),
    });
    let left = remaining();
    if (!left.group && left.pids.length === 0)
        return;
    const termed = new Set();
    const terminate = (pids) => {
        for (const pid of pids) {
            if (!termed.has(pid))
                signal(pid, 'SIGTERM');
            termed.add(pid);
        }
    };
    signal(-tree.pid, 'SIGTERM');
    terminate(left.pids);
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
        await (0,src/* sleep */.yy)(50);
        left = remaining();
        if (!left.group && left.pids.length === 0)
            return;
        // Started since the last look: they get their SIGTERM too, once.
        terminate(left.pids);
    }
    for (let round = 0; round < 20; round++) {
        signal(-tree.pid, 'SIGKILL');
        for (const pid of left.pids)
            signal(pid, 'SIGKILL');
        await (0,src/* sleep */.yy)(20);
        left = remaining();
        if (!left.group && left.pids.length === 0)
            return;
    }
}

;// CONCATENATED MODULE: ./actions/test-gate/src/run-commands.ts




/** Set in the commands' environment: every process that inherits it is one of theirs. */
const MARKER_VARIABLE = 'TOKENLESS_TEST_GATE_RUN';
const SIGNAL_NUMBERS = {
    SIGTERM: 15,
    SIGKILL: 9,
    SIGINT: 2,
};
/**
 * Runs the commands with `bash -e -o pipefail -c`, output going straight to the log, in a
 * process group of their own and with a marker in their environment, so that on timeout every
 * process they started is stopped (process-tree.ts), not only the shell: those that left the
 * group with setsid too. Processes left running in the background when the shell exits are
 * stopped the same way: the step is over, and they would hold the log open.
 */
function runCommands(script, options) {
    return new Promise((resolve, reject) => {
        const marker = `${MARKER_VARIABLE}=${(0,external_node_crypto_.randomUUID)()}`;
        const child = (0,external_node_child_process_.spawn)('bash', ['-e', '-o', 'pipefail', '-c', script], {
            cwd: options.cwd,
            env: { ...options.env, [MARKER_VARIABLE]: marker.slice(MARKER_VARIABLE.length + 1) },
            detached: true,
            stdio: ['ignore', 'inherit', 'inherit'],
        });
        const pid = child.pid;
        const tree = pid === undefined ? undefined : { pid, marker };
        const started = pid === undefined ? undefined : startTimeOf(pid);
        let timedOut = false;
        let stopping;
        const timer = (0,src/* setLongTimeout */.ER)(() => {
            timedOut = true;
            options.onTimeout();
            if (tree !== undefined)
                stopping = endProcessTree(tree, options.graceMs, started);
        }, options.timeoutMs);
        child.on('error', (error) => {
            timer.clear();
            reject(error);
        });
        child.on('exit', (code, signal) => {
            timer.clear();
            const finish = () => resolve({
                exitCode: code ?? 128 + (SIGNAL_NUMBERS[signal ?? 'SIGTERM'] ?? 15),
                signal: signal ?? undefined,
                timedOut,
            });
            if (tree === undefined)
                return finish();
            // After a timeout, the stop under way is awaited before a last sweep.
            void Promise.resolve(stopping)
                .then(() => endProcessTree(tree, options.graceMs, started))
                .then(finish, finish);
        });
    });
}


/***/ })

};
