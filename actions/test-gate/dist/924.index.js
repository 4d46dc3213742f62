export const id = 924;
export const ids = [924];
export const modules = {

/***/ 9924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommands: () => (/* binding */ runCommands)
/* harmony export */ });
/* unused harmony export stopProcessGroup */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const SIGNAL_NUMBERS = {
    SIGTERM: 15,
    SIGKILL: 9,
    SIGINT: 2,
};
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Stops a process group: SIGTERM, then SIGKILL for whatever is left after the grace period. */
async function stopProcessGroup(pid, graceMs) {
    if (!signalGroup(pid, 'SIGTERM'))
        return;
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
        await pause(50);
        if (!signalGroup(pid, 0))
            return;
    }
    signalGroup(pid, 'SIGKILL');
}
/**
 * Runs the commands with `bash -e -o pipefail -c`, output going straight to the log, in a
 * process group of their own so that on timeout every process they started is stopped, not
 * only the shell. Processes left running in the background when the shell exits are stopped
 * too: the step is over, and they would hold the log open.
 */
function runCommands(script, options) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-e', '-o', 'pipefail', '-c', script], {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'inherit', 'inherit'],
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            options.onTimeout();
            if (child.pid !== undefined)
                void stopProcessGroup(child.pid, options.graceMs);
        }, options.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            const pid = child.pid;
            const finish = () => resolve({
                exitCode: code ?? 128 + (SIGNAL_NUMBERS[signal ?? 'SIGTERM'] ?? 15),
                signal: signal ?? undefined,
                timedOut,
            });
            if (pid === undefined)
                return finish();
            void stopProcessGroup(pid, options.graceMs).then(finish, finish);
        });
    });
}


/***/ })

};
