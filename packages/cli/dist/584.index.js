export const id = 584;
export const ids = [584];
export const modules = {

/***/ 19584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
// A unified diff (as `diff -u` and `git diff` print it) of two texts, by their longest common
// subsequence of lines: workflow files are small, so the quadratic table is fine.
function splitLines(text) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function operations(a, b) {
    const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
            table[i][j] =
                a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j])
            ops.push({ kind: ' ', line: a[i], a: i++, b: j++ });
        else if (i < a.length && (j >= b.length || table[i + 1][j] >= table[i][j + 1]))
            ops.push({ kind: '-', line: a[i], a: i++, b: j });
        else
            ops.push({ kind: '+', line: b[j], a: i, b: j++ });
    }
    return ops;
}
/** `--- a/<name>` / `+++ b/<name>` and hunks with `context` lines around each change; '' when equal. */
function unifiedDiff(name, before, after, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = operations(a, b);
    const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
    const hunks = [];
    for (const index of changed) {
        const start = Math.max(0, index - context);
        const end = Math.min(ops.length, index + context + 1);
        const last = hunks[hunks.length - 1];
        if (last && start <= last[1])
            last[1] = Math.max(last[1], end);
        else
            hunks.push([start, end]);
    }
    const out = [`--- a/${name}`, `+++ b/${name}`];
    for (const [start, end] of hunks) {
        const slice = ops.slice(start, end);
        const oldCount = slice.filter((op) => op.kind !== '+').length;
        const newCount = slice.filter((op) => op.kind !== '-').length;
        const oldStart = oldCount === 0 ? slice[0].a : slice[0].a + 1;
        const newStart = newCount === 0 ? slice[0].b : slice[0].b + 1;
        out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
        for (const op of slice)
            out.push(`${op.kind}${op.line}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
