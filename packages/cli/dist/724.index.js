export const id = 724;
export const ids = [724];
export const modules = {

/***/ 74724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mayJoinLines: () => (/* binding */ mayJoinLines),
/* harmony export */   parseRunScripts: () => (/* binding */ parseRunScripts),
/* harmony export */   parseScripts: () => (/* binding */ parseScripts)
/* harmony export */ });
/* harmony import */ var _tokenless_release_tools__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58247);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
// doctor's pre-pass with a real shell parser (mvdan/sh compiled to WebAssembly, `sh-syntax`): each
// `run:` script is parsed once, before the rules run, and `commandsIn` then reads a script that
// parses by its statements: a simple command that spans lines (a quoted multi-line argument,
// `--notes "..."`) is one command, not one per line. A script that does not parse (or any script
// when the parser cannot load) is read by the patterns alone. sh-syntax starts a Go runtime per
// call (about 10 ms), so all scripts go in one call; when a batch fails, the script where the parser
// stopped is tried alone and the others go in one call again (by halves when the parser does not
// say where it stopped). A one-line script is not parsed: it has no command that spans lines.






let parser;
/**
 * sh-syntax with its WebAssembly read from next to this module (where a bundle ships it), else
 * from the installed package; Go's runtime support is loaded first (a bundler may drop it).
 */
async function loadParser() {
    try {
        await __webpack_require__.e(/* import() */ 720).then(__webpack_require__.t.bind(__webpack_require__, 53720, 23));
        const { getProcessor } = await __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 57589));
        const wasm = [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), 'main.wasm')];
        try {
            wasm.push((0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url).resolve('sh-syntax/main.wasm'));
        }
        catch {
            // not installed next to this module: only a shipped copy can be used
        }
        const path = wasm.find((candidate) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate));
        if (path === undefined)
            return undefined;
        const processor = getProcessor(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path));
        await processor('true');
        return (text) => processor(text, { keepComments: false });
    }
    catch {
        return undefined;
    }
}
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
/** Statements that hold other commands (kept line by line: the patterns read their bodies). */
const COMPOUND = /^(if|for|while|until|case|select|function|\{|\(|\[\[|!|[\w-]+\s*\(\s*\))/;
/** Parses the scripts not seen yet; afterwards `commandsIn` reads those that parse by statements. */
async function parseScripts(scripts) {
    const stats = { parsed: 0, fallback: 0, calls: 0, unavailable: false };
    const pieces = [];
    for (const script of new Set(scripts)) {
        if ((0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_5__/* .isScriptParsed */ .Z1)(script))
            continue;
        // `${{ }}` is no shell: a placeholder of the same length keeps the offsets.
        const text = script.replace(EXPRESSION, (expression) => '_'.repeat(Buffer.byteLength(expression)));
        // A script whose lines are each whole commands: the parser would leave it as it is.
        if (!mayJoinLines(text) && !/\$\{\{[^}]*\n/.test(script))
            continue;
        pieces.push({ script, bytes: Buffer.from(text) });
    }
    if (pieces.length === 0)
        return stats;
    const parse = await (parser ??= loadParser());
    if (parse === undefined) {
        for (const piece of pieces)
            (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_5__/* .rememberParsedScript */ .Gs)(piece.script, null);
        return { ...stats, fallback: pieces.length, unavailable: true };
    }
    await parseBatch(parse, pieces, stats);
    return stats;
}
/**
 * Whether a command of the script may go on over a line break: a quote, `$(`, `(`, `{` or `[[`
 * still open at the end of a line, or a line that ends with `\`, `|`, `&&` or `||` (and any
 * here-doc). Conservative: a `case` pattern's `)` and the like also say yes.
 */
function mayJoinLines(text) {
    if (!text.trim().includes('\n'))
        return false;
    if (text.includes('<<'))
        return true;
    // What is open: `"`, a backtick, `(` (and `$(`), `{` (and `${`); single quotes are skipped whole.
    const open = [];
    let tests = 0;
    let last = '';
    for (let at = 0; at < text.length; at++) {
        const char = text[at];
        const top = open[open.length - 1];
        if (char === '\\') {
            if (text[at + 1] === '\n' || (text[at + 1] === '\r' && text[at + 2] === '\n'))
                return true;
            at++;
            last = 'x';
            continue;
        }
        if (char === '\n' && (open.length > 0 || tests !== 0 || /^(\||&&|\|\||\|&)$/.test(last)))
            return true;
        if (top === '"') {
            if (char === '"')
                open.pop();
            else if (char === '`')
                open.push('`');
            else if (char === '$' && (text[at + 1] === '(' || text[at + 1] === '{'))
                open.push(text[++at]);
            continue;
        }
        if (char === '\n') {
            last = '';
            continue;
        }
        if (char === '#' && (at === 0 || /\s/.test(text[at - 1]))) {
            while (at + 1 < text.length && text[at + 1] !== '\n')
                at++;
            continue;
        }
        if (char === "'") {
            const end = text.indexOf("'", at + 1);
            if (end < 0 || text.slice(at, end).includes('\n'))
                return true;
            at = end;
        }
        else if (char === '"')
            open.push('"');
        else if (char === '`') {
            if (top === '`')
                open.pop();
            else
                open.push('`');
        }
        else if (char === '(' || char === '{')
            open.push(char);
        else if (char === ')' || char === '}') {
            if (open.pop() !== (char === ')' ? '(' : '{'))
                return true;
        }
        else if (text.startsWith('[[', at))
            tests++;
        else if (text.startsWith(']]', at))
            tests--;
        if (/\s/.test(char))
            continue;
        last = char === '|' || char === '&' ? (/^[|&]$/.test(last) ? last + char : char) : 'x';
    }
    return open.length > 0;
}
async function parseBatch(parse, pieces, stats) {
    const starts = [];
    let offset = 0;
    for (const piece of pieces) {
        starts.push(offset);
        offset += piece.bytes.length + 1;
    }
    const joined = Buffer.concat(pieces.flatMap((piece) => [piece.bytes, Buffer.from('\n')]));
    stats.calls++;
    let statements;
    try {
        statements = (await parse(joined.toString('utf8'))).Stmts;
    }
    catch (error) {
        if (pieces.length === 1) {
            (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_5__/* .rememberParsedScript */ .Gs)(pieces[0].script, null);
            stats.fallback++;
            return;
        }
        // The parser says where it stopped: the script there alone, then the others together again.
        const offset = error?.Pos?.Offset;
        if (typeof offset === 'number' && offset >= 0 && offset < joined.length) {
            let at = 0;
            while (at + 1 < pieces.length && offset >= starts[at + 1])
                at++;
            await parseBatch(parse, [pieces[at]], stats);
            await parseBatch(parse, [...pieces.slice(0, at), ...pieces.slice(at + 1)], stats);
            return;
        }
        const half = Math.ceil(pieces.length / 2);
        await parseBatch(parse, pieces.slice(0, half), stats);
        await parseBatch(parse, pieces.slice(half), stats);
        return;
    }
    const flat = pieces.map((piece) => Buffer.from(piece.script));
    let index = 0;
    for (const statement of statements) {
        while (index + 1 < pieces.length && statement.Pos.Offset >= starts[index + 1])
            index++;
        const start = statement.Pos.Offset - starts[index];
        const end = statement.End.Offset - starts[index];
        const bytes = flat[index];
        const text = bytes.subarray(start, end).toString('utf8');
        // A comment inside would swallow the lines joined after it; a here-doc's body stays data.
        if (COMPOUND.test(text) || !text.includes('\n') || /(^|\s)#|<</.test(text))
            continue;
        for (let at = start; at < end; at++) {
            if (bytes[at] !== 0x0a)
                continue;
            bytes[at] = 0x20;
            if (bytes[at - 1] === 0x0d)
                bytes[at - 1] = 0x20;
            // `\` ending a line is a continuation: gone with the line break.
            if (bytes[at - 1] === 0x5c)
                bytes[at - 1] = 0x20;
        }
    }
    pieces.forEach((piece, at) => {
        (0,_tokenless_release_tools__WEBPACK_IMPORTED_MODULE_5__/* .rememberParsedScript */ .Gs)(piece.script, flat[at].toString('utf8'));
        stats.parsed++;
    });
}
/** Parses the `run:` scripts of every step the repository's workflows and actions hold. */
async function parseRunScripts(repository) {
    const scripts = [];
    for (const workflow of repository.workflows)
        for (const job of workflow.jobs)
            for (const step of job.steps)
                if (step.run !== undefined)
                    scripts.push(step.run);
    for (const action of repository.actions)
        for (const step of action.steps)
            if (step.run !== undefined)
                scripts.push(step.run);
    return parseScripts(scripts);
}


/***/ })

};
