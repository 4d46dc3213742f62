export const id = 806;
export const ids = [806];
export const modules = {

/***/ 18806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __webpack_require__(90712);
// EXTERNAL MODULE: ./packages/cli/src/doctor/index.ts
var doctor = __webpack_require__(81996);
// EXTERNAL MODULE: ./packages/cli/src/rehearse/suite-root.ts
var suite_root = __webpack_require__(44071);
// EXTERNAL MODULE: ./packages/versioning/src/version-mapping.ts
var version_mapping = __webpack_require__(60177);
// EXTERNAL MODULE: ./packages/versioning/src/versions-by-scheme.ts
var versions_by_scheme = __webpack_require__(3783);
;// CONCATENATED MODULE: ./packages/cli/src/init/init-error.ts
// A mistake `tokenless init` cannot write a workflow past: the message says what it found,
// where, and what to do.
class InitError extends Error {
    name = 'InitError';
}
/** A command line `tokenless init` cannot read (exit 2). */
class InitUsageError extends Error {
    name = 'InitUsageError';
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/platform/src/index.ts + 2 modules
var src = __webpack_require__(14676);
;// CONCATENATED MODULE: ./packages/manifests/src/line-locator.ts
/** Turns offsets in a text into lines and columns. Lines end at `\n` (so `\r\n` works too). */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.starts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
    }
}
/**
 * The positions of the keys and table headers of a TOML document, which smol-toml does not give.
 * Run it on text that smol-toml has already parsed: it skips what is not a key without judging it.
 */
class TomlLayout {
    keys;
    tables;
    constructor(keys, tables) {
        this.keys = keys;
        this.tables = tables;
    }
    /**
     * The key at `path`, or else the first key below it: `package.version` finds
     * `version.workspace = true` in `[package]` as well as `version = "1.0.0"`.
     */
    findKey(path) {
        return (this.keys.find((key) => samePath(key.path, path)) ??
            this.keys.find((key) => startsWith(key.path, path)));
    }
    /** The header of the table at `path`, or else the first key or table header inside it. */
    findTable(path) {
        const header = this.tables.find((table) => samePath(table.path, path));
        if (header !== undefined)
            return { line: header.line, column: header.column };
        const inside = [
            ...this.keys.filter((key) => startsWith(key.path, path)).map((key) => key.key),
            ...this.tables.filter((table) => startsWith(table.path, path)),
        ];
        let first;
        for (const { line, column } of inside) {
            if (first === undefined ||
                line < first.line ||
                (line === first.line && column < first.column)) {
                first = { line, column };
            }
        }
        return first;
    }
}
function samePath(a, b) {
    return a.length === b.length && startsWith(a, b);
}
function startsWith(path, prefix) {
    return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
/** Marks the tables of an array of tables (`[[bin]]`) so that they never match a plain path. */
const ARRAY_ITEM = '\u0000[]';
const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\u001b',
    '"': '"',
    '\\': '\\',
};
/** Scans a TOML document for the positions of its keys and table headers. */
function scanTomlLayout(text) {
    return new TomlScanner(text).scan();
}
/** A cursor over a TOML document that records where keys and table headers are written. */
class TomlScanner {
    text;
    lines;
    keys = [];
    tables = [];
    arrayCounts = new Map();
    i = 0;
    constructor(text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }
    scan() {
        const { text } = this;
        let table = [];
        while (this.i < text.length) {
            this.skipBlank();
            if (this.i >= text.length)
                break;
            const start = this.i;
            if (text[this.i] === '[')
                table = this.readTableHeader();
            else
                this.readKeyValue(table);
            if (this.i === start)
                this.i++;
        }
        return new TomlLayout(this.keys, this.tables);
    }
    /** Reads `[a.b]` or `[[a.b]]`; returns the path the keys that follow belong to. */
    readTableHeader() {
        const start = this.i;
        const isArray = this.text[this.i + 1] === '[';
        this.i += isArray ? 2 : 1;
        const path = this.readKey();
        this.i += isArray ? 2 : 1;
        this.tables.push({ path, ...this.lines.position(start) });
        if (!isArray)
            return path;
        const id = path.join('\u0000');
        const count = (this.arrayCounts.get(id) ?? 0) + 1;
        this.arrayCounts.set(id, count);
        return [...path, `${ARRAY_ITEM}${count}`];
    }
    skipSpaces() {
        while (this.text[this.i] === ' ' || this.text[this.i] === '\t')
            this.i++;
    }
    skipComment() {
        if (this.text[this.i] === '#') {
            while (this.i < this.text.length && this.text[this.i] !== '\n')
                this.i++;
        }
    }
    /** Spaces, newlines and comments: what may stand between the items of arrays and inline tables. */
    skipBlank() {
        for (;;) {
            const start = this.i;
            this.skipSpaces();
            this.skipComment();
            if (this.text[this.i] === '\r' || this.text[this.i] === '\n')
                this.i++;
            if (this.i === start)
                return;
        }
    }
    /** Reads a single-line basic string, from its opening quote. */
    readBasicString() {
        const { text } = this;
        let value = '';
        this.i++;
        while (this.i < text.length && text[this.i] !== '"' && text[this.i] !== '\n') {
            if (text[this.i] === '\\') {
                const escape = text[this.i + 1] ?? '';
                if (escape === 'u' || escape === 'U' || escape === 'x') {
                    const length = escape === 'u' ? 4 : escape === 'U' ? 8 : 2;
                    const hex = text.slice(this.i + 2, this.i + 2 + length);
                    value += String.fromCodePoint(parseInt(hex, 16) || 0xfffd);
                    this.i += 2 + length;
                }
                else {
                    value += ESCAPES[escape] ?? escape;
                    this.i += 2;
                }
            }
            else {
                value += text[this.i];
                this.i++;
            }
        }
        this.i++;
        return value;
    }
    readLiteralString() {
        const end = this.text.indexOf("'", this.i + 1);
        const close = end === -1 ? this.text.length : end;
        const value = this.text.slice(this.i + 1, close);
        this.i = close + 1;
        return value;
    }
    readKey() {
        const { text } = this;
        const parts = [];
        for (;;) {
            this.skipSpaces();
            if (text[this.i] === '"')
                parts.push(this.readBasicString());
            else if (text[this.i] === "'")
                parts.push(this.readLiteralString());
            else {
                const start = this.i;
                while (this.i < text.length && BARE_KEY.test(text[this.i] ?? ''))
                    this.i++;
                parts.push(text.slice(start, this.i));
            }
            this.skipSpaces();
            if (text[this.i] !== '.')
                return parts;
            this.i++;
        }
    }
    /** Skips a value; records the keys of inline tables under `path` (no path: inside an array). */
    skipValue(path) {
        const { text } = this;
        const char = text[this.i];
        if (text.startsWith('"""', this.i) || text.startsWith("'''", this.i))
            this.skipMultilineString();
        else if (char === '"')
            this.readBasicString();
        else if (char === "'")
            this.readLiteralString();
        else if (char === '[')
            this.skipItems(']', () => this.skipValue(undefined));
        else if (char === '{')
            this.skipItems('}', () => this.readKeyValue(path));
        else {
            // numbers, booleans, dates (which may hold a space): up to what ends a value
            while (this.i < text.length && !',]}#\r\n'.includes(text[this.i] ?? ''))
                this.i++;
        }
    }
    skipMultilineString() {
        const { text } = this;
        const quote = text.slice(this.i, this.i + 3);
        this.i += 3;
        for (;;) {
            if (this.i >= text.length)
                return;
            if (quote === '"""' && text[this.i] === '\\')
                this.i += 2;
            else if (text.startsWith(quote, this.i)) {
                this.i += 3;
                // up to two quotes may end the content right before the closing delimiter
                for (let extra = 0; extra < 2 && text[this.i] === quote[0]; extra++)
                    this.i++;
                return;
            }
            else
                this.i++;
        }
    }
    /** Skips the comma-separated items of an array or inline table, from its opening bracket. */
    skipItems(closing, readItem) {
        this.i++;
        for (;;) {
            this.skipBlank();
            if (this.i >= this.text.length || this.text[this.i] === closing)
                break;
            const before = this.i;
            readItem();
            this.skipBlank();
            if (this.text[this.i] === ',')
                this.i++;
            if (this.i === before)
                this.i++;
        }
        this.i++;
    }
    readKeyValue(table) {
        const keyStart = this.i;
        const key = this.readKey();
        this.skipSpaces();
        if (this.text[this.i] === '=')
            this.i++;
        this.skipSpaces();
        const valueStart = this.valueStart();
        const path = table === undefined ? undefined : [...table, ...key];
        if (path !== undefined) {
            this.keys.push({
                path,
                key: this.lines.position(keyStart),
                value: this.lines.position(valueStart),
            });
        }
        this.skipValue(path);
    }
    /** Where the value at the cursor starts: for a string, its first character inside the quotes. */
    valueStart() {
        const { text, i } = this;
        if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            // a newline right after the opening delimiter is not part of the string
            if (text.startsWith('\r\n', i + 3))
                return i + 5;
            if (text[i + 3] === '\n')
                return i + 4;
            return i + 3;
        }
        if (text[i] === '"' || text[i] === "'")
            return i + 1;
        return i;
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-error.ts

/** A manifests entry, or a manifest file, that the version cannot be read from: the message says what was found, where, and the fix. */
class ManifestError extends configuration_error/* ConfigurationError */.j1 {
    name = 'ManifestError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-file.ts






/** The path of a file relative to `cwd`, with posix slashes (`../Cargo.toml` when above it). */
function displayPath(cwd, absolute) {
    const relative = external_node_path_default().relative(cwd, absolute);
    return (relative === '' ? '.' : relative).split((external_node_path_default()).sep).join('/');
}
/** `file:line` or `file:line:column`: how messages say where. */
function formatWhere(file, position) {
    if (position?.line === undefined)
        return file;
    return position.column === undefined
        ? `${file}:${position.line}`
        : `${file}:${position.line}:${position.column}`;
}
function configurationError(message, file, position) {
    const location = { file };
    if (position?.line !== undefined)
        location.line = position.line;
    if (position?.column !== undefined)
        location.column = position.column;
    return new ManifestError('TL_MANIFEST_CONTENT', message, { location, input: 'manifests' });
}
function errorCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return undefined;
    return typeof error.code === 'string' ? error.code : undefined;
}
/**
 * The workspace boundary for a manifest: one named in `manifests` is refused as that input's
 * path; one that a setting of another manifest names is refused at that setting.
 */
function checkInWorkspace(workspace, cwd, file, display, reference) {
    if (reference === undefined) {
        (0,src/* resolveInWorkspace */.z1)(workspace, file, { input: 'manifests', base: cwd });
        return;
    }
    try {
        (0,src/* resolveInWorkspace */.z1)(workspace, file, { input: reference.source, base: cwd });
    }
    catch (error) {
        if (!(error instanceof configuration_error/* ConfigurationError */.j1))
            throw error;
        throw configurationError(`${formatWhere(reference.file, reference)} names ${display} in ${reference.source}, which leads outside the workspace ${workspace}: tokenless reads only files of the checked-out repository. Point ${reference.source} at a file inside it.`, reference.file, reference);
    }
}
/**
 * Reads a manifest. A file that does not exist (or is a directory) is a user's mistake: in the
 * `manifests` list, or in the setting `reference` of another manifest that named it.
 */
async function readManifestText(cwd, file, reference, workspace) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const display = displayPath(cwd, absolute);
    if (workspace !== undefined)
        checkInWorkspace(workspace, cwd, file, display, reference);
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        const code = errorCode(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR')
            throw error;
        if (reference !== undefined) {
            const where = formatWhere(reference.file, reference);
            const what = code === 'EISDIR' ? 'is a directory' : 'was not found';
            throw configurationError(`${display} ${what}: ${where} names it in ${reference.source}. Fix that path to point at the file that holds the version.`, reference.file, reference);
        }
        if (code === 'EISDIR') {
            throw new ManifestError('TL_MANIFEST_IS_DIRECTORY', `${display} is a directory, not a manifest file: list the manifest file itself in manifests.`, { input: 'manifests' });
        }
        throw new ManifestError('TL_MANIFEST_NOT_FOUND', `${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`, { input: 'manifests' });
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return { absolute, file: display, text, lines: new LineIndex(text) };
}

;// CONCATENATED MODULE: ./packages/manifests/src/json-document.ts
/**
 * A JSON parser that keeps where every value and key is written, so that a version can be
 * annotated on its own line. It accepts exactly what JSON.parse accepts (RFC 8259), and its
 * errors say where the text stops being JSON.
 */

/** The text is not JSON: `offset` is where it goes wrong. */
class JsonSyntaxError extends Error {
    offset;
    name = 'JsonSyntaxError';
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** The member of an object with this key; like JSON.parse, the last one wins over duplicates. */
function json_document_getMember(node, key) {
    if (node.type !== 'object')
        return undefined;
    let found;
    for (const member of node.members)
        if (member.key === key)
            found = member;
    return found;
}
/** `a string`, `an object`, ...: for messages. */
function describeJsonType(node) {
    switch (node.type) {
        case 'object':
            return 'an object';
        case 'array':
            return 'an array';
        case 'null':
            return 'null';
        default:
            return `a ${node.type}`;
    }
}
const json_document_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/** Parses JSON text (a leading byte order mark must be removed first, as JSON.parse requires). */
function parseJsonDocument(text) {
    return new JsonParser(text).parseDocument();
}
/** A cursor over JSON text; each method parses one kind of value from the cursor. */
class JsonParser {
    text;
    i = 0;
    constructor(text) {
        this.text = text;
    }
    parseDocument() {
        const root = this.parseValue();
        this.skipWhitespace();
        if (this.i < this.text.length)
            this.fail('the end of the file after the value');
        return root;
    }
    describe(offset) {
        if (offset >= this.text.length)
            return 'the end of the file';
        const char = this.text.codePointAt(offset) ?? 0;
        if (char < 0x20)
            return `the control character U+${char.toString(16).padStart(4, '0')}`;
        return `'${String.fromCodePoint(char)}'`;
    }
    fail(expected, offset = this.i) {
        const { text } = this;
        if (text.startsWith('//', offset) || text.startsWith('/*', offset)) {
            throw new JsonSyntaxError('JSON allows no comments', offset);
        }
        if (text[offset] === "'")
            throw new JsonSyntaxError('JSON strings use double quotes', offset);
        throw new JsonSyntaxError(`expected ${expected} but found ${this.describe(offset)}`, offset);
    }
    skipWhitespace() {
        for (;;) {
            const char = this.text[this.i];
            if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r')
                return;
            this.i++;
        }
    }
    parseValue() {
        this.skipWhitespace();
        const start = this.i;
        const char = this.text[this.i];
        if (char === '{')
            return this.parseObject();
        if (char === '[')
            return this.parseArray();
        if (char === '"') {
            const value = this.parseString();
            return { type: 'string', start, end: this.i, value };
        }
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
            return this.parseNumber();
        }
        for (const [word, node] of [
            ['true', { type: 'boolean', value: true }],
            ['false', { type: 'boolean', value: false }],
            ['null', { type: 'null', value: null }],
        ]) {
            if (this.text.startsWith(word, this.i)) {
                this.i += word.length;
                return { ...node, start, end: this.i };
            }
        }
        return this.fail('a value');
    }
    parseObject() {
        const { text } = this;
        const start = this.i;
        this.i++;
        const members = [];
        this.skipWhitespace();
        if (text[this.i] === '}') {
            this.i++;
            return { type: 'object', start, end: this.i, members };
        }
        for (;;) {
            this.skipWhitespace();
            if (text[this.i] !== '"') {
                // the empty object returned above: a '}' here follows a comma
                if (text[this.i] === '}') {
                    throw new JsonSyntaxError('trailing comma: JSON allows none after the last member', this.i);
                }
                return this.fail('a property name in double quotes');
            }
            const keyStart = this.i;
            const key = this.parseString();
            this.skipWhitespace();
            if (text[this.i] !== ':')
                return this.fail("':' after a property name");
            this.i++;
            members.push({ key, keyStart, value: this.parseValue() });
            this.skipWhitespace();
            if (text[this.i] === ',') {
                this.i++;
                continue;
            }
            if (text[this.i] === '}') {
                this.i++;
                return { type: 'object', start, end: this.i, members };
            }
            return this.fail("',' or '}' after a property value");
        }
    }
    parseArray() {
        const { text } = this;
        const start = this.i;
        this.i++;
        const items = [];
        this.skipWhitespace();
        if (text[this.i] === ']') {
            this.i++;
            return { type: 'array', start, end: this.i, items };
        }
        for (;;) {
            this.skipWhitespace();
            // the empty array returned above: a ']' here follows a comma
            if (text[this.i] === ']') {
                throw new JsonSyntaxError('trailing comma: JSON allows none after the last item', this.i);
            }
            items.push(this.parseValue());
            this.skipWhitespace();
            if (text[this.i] === ',') {
                this.i++;
                continue;
            }
            if (text[this.i] === ']') {
                this.i++;
                return { type: 'array', start, end: this.i, items };
            }
            return this.fail("',' or ']' after an array item");
        }
    }
    parseString() {
        const { text } = this;
        const start = this.i;
        this.i++;
        let value = '';
        let chunk = this.i;
        for (;;) {
            if (this.i >= text.length)
                throw new JsonSyntaxError('unterminated string', start);
            const code = text.charCodeAt(this.i);
            if (code === 0x22)
                break;
            if (code < 0x20) {
                throw new JsonSyntaxError(`${this.describe(this.i)} must be escaped inside a string (a string cannot span lines)`, this.i);
            }
            if (code === 0x5c) {
                value += text.slice(chunk, this.i) + this.readEscape();
                chunk = this.i;
            }
            else
                this.i++;
        }
        value += text.slice(chunk, this.i);
        this.i++;
        return value;
    }
    /** Decodes the escape sequence at the cursor (at its backslash) and moves past it. */
    readEscape() {
        const escape = this.text[this.i + 1] ?? '';
        if (escape === 'u') {
            const hex = this.text.slice(this.i + 2, this.i + 6);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
                throw new JsonSyntaxError('\\u must be followed by four hexadecimal digits', this.i);
            }
            this.i += 6;
            return String.fromCharCode(parseInt(hex, 16));
        }
        const decoded = json_document_ESCAPES[escape];
        if (decoded === undefined) {
            throw new JsonSyntaxError(`invalid escape \\${escape} in a string`, this.i);
        }
        this.i += 2;
        return decoded;
    }
    parseNumber() {
        const start = this.i;
        const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        match.lastIndex = this.i;
        const found = match.exec(this.text);
        if (found === null)
            return this.fail('a value');
        this.i = start + found[0].length;
        // "01", "1.", "1e": the number stops early and the next character is not JSON
        if (/[0-9.eE+-]/.test(this.text[this.i] ?? ''))
            return this.fail('a comma or the end of the value');
        return { type: 'number', start, end: this.i, value: Number(found[0]) };
    }
}
/**
 * Parses a manifest's JSON; a syntax error becomes a ConfigurationError on its line and column
 * whose message ends with `fix` (by default: fix it or remove the file from manifests).
 */
function parseJsonManifest(manifest, fix) {
    try {
        return parseJsonDocument(manifest.text);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        const position = manifest.lines.position(error.offset);
        throw configurationError(`${formatWhere(manifest.file, position)} is not valid JSON: ${error.message}. ${fix ?? `Fix the JSON there, or remove ${manifest.file} from manifests.`}`, manifest.file, position);
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-version.ts

/** Builds a ManifestVersion, refusing an empty version: it can only be a mistake. */
function manifestVersion(found) {
    if (found.version.trim() === '') {
        throw configurationError(`${formatWhere(found.file, found)} has an empty version${found.source === undefined ? '' : ` (${found.source})`}: write the version being released there, e.g. 1.2.3.`, found.file, found);
    }
    const result = { ...found };
    for (const key of ['column', 'packageName', 'source', 'via']) {
        if (result[key] === undefined)
            delete result[key];
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/manifests/src/json-pointer.ts



/**
 * The reference tokens of an RFC 6901 JSON pointer (`/a/b~1c` -> `a`, `b/c`); `''` is the whole
 * document. Undefined when the pointer is not one: it must start with `/`, and `~` must be
 * followed by `0` (for `~`) or `1` (for `/`). The pointer is taken as written, not URI-decoded.
 */
function parseJsonPointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        return undefined;
    const tokens = pointer.slice(1).split('/');
    if (tokens.some((token) => /~(?![01])/.test(token)))
        return undefined;
    return tokens.map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** The pointer for these tokens, escaping `~` and `/`. */
function formatJsonPointer(tokens) {
    return tokens.map((token) => `/${token.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
function resolveJsonPointer(root, tokens) {
    let target = { node: root, start: root.start };
    for (const [depth, token] of tokens.entries()) {
        const parent = target.node;
        if (parent.type === 'object') {
            const member = json_document_getMember(parent, token);
            if (member === undefined)
                return { parent, depth };
            target = { node: member.value, start: member.keyStart };
        }
        else if (parent.type === 'array') {
            const item = ARRAY_INDEX.test(token) ? parent.items[Number(token)] : undefined;
            if (item === undefined)
                return { parent, depth };
            target = { node: item, start: item.start };
        }
        else
            return { parent, depth };
    }
    return target;
}
function listKeys(node) {
    const keys = [...new Set(node.members.map((member) => member.key))];
    if (keys.length === 0)
        return 'it is empty';
    const shown = keys.slice(0, 10).map((key) => JSON.stringify(key));
    return `its keys: ${shown.join(', ')}${keys.length > 10 ? ', ...' : ''}`;
}
/** Reads the string at a JSON pointer in a JSON file: `server.json#/version`. */
async function readJsonPointerVersion(cwd, spec, options = {}) {
    const manifest = await readManifestText(cwd, spec.file, undefined, options.workspace);
    const { file } = manifest;
    const root = parseJsonManifest(manifest);
    const pointer = formatJsonPointer(spec.tokens);
    const found = resolveJsonPointer(root, spec.tokens);
    if ('parent' in found) {
        const { parent, depth } = found;
        const position = manifest.lines.position(parent.start);
        const existing = depth === 0 ? 'the document root' : formatJsonPointer(spec.tokens.slice(0, depth));
        const at = `${existing} (line ${position.line})`;
        const token = spec.tokens[depth] ?? '';
        const prefix = `${file} has nothing at ${pointer}:`;
        let message;
        if (parent.type === 'object') {
            message = `${prefix} ${at} has no key ${JSON.stringify(token)} (${listKeys(parent)}). Fix the JSON pointer in manifests, or add the key to ${file}.`;
        }
        else if (parent.type === 'array' && ARRAY_INDEX.test(token)) {
            message = `${prefix} ${at} is an array of ${parent.items.length} item${parent.items.length === 1 ? '' : 's'}, so it has no item ${token}. Fix the JSON pointer in manifests (array indexes start at 0).`;
        }
        else if (parent.type === 'array') {
            message = `${prefix} ${at} is an array, and ${JSON.stringify(token)} is not an array index. Fix the JSON pointer in manifests: select an item by its number, from 0.`;
        }
        else {
            message = `${prefix} ${at} is ${describeJsonType(parent)}, not an object or an array. Fix the JSON pointer in manifests.`;
        }
        throw configurationError(message, file, position);
    }
    const position = manifest.lines.position(found.start);
    if (found.node.type !== 'string') {
        throw configurationError(`${formatWhere(file, position)} has ${describeJsonType(found.node)} at ${pointer || 'the document root'}, not a string. Point the JSON pointer in manifests at the string that holds the version.`, file, position);
    }
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(found.node.start + 1),
        version: found.node.value,
        kind: 'json',
        source: pointer,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/manifest-spec.ts


/**
 * Splits the `manifests` input into entries: one per line, trimmed; blank lines and lines
 * starting with `#` are skipped.
 */
function splitManifestList(input) {
    return input
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** The file name in a path written with either slash. */
function baseName(file) {
    return file.split(/[\\/]/).pop() ?? file;
}
function specError(message) {
    return new ManifestError('TL_MANIFEST_SPEC', message, { input: 'manifests' });
}
/**
 * Where `FILE:REGEX` splits, or -1. A colon right after a drive letter (`C:\repo\VERSION`,
 * `C:/repo`) belongs to the path.
 */
function regexSeparator(spec) {
    const from = /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0;
    return spec.indexOf(':', from);
}
/** Where `FILE#/POINTER` splits: the first `#` followed by `/` or by nothing; or -1. */
function pointerSeparator(spec) {
    for (let i = spec.indexOf('#'); i !== -1; i = spec.indexOf('#', i + 1)) {
        if (i + 1 === spec.length || spec[i + 1] === '/')
            return i;
    }
    return -1;
}
/** Parses one entry of `manifests`. Throws a ConfigurationError for a malformed one. */
function parseManifestSpec(spec) {
    const trimmed = spec.trim();
    if (trimmed === '') {
        throw specError('manifests has an empty entry: write one manifest per line, e.g. package.json or VERSION:^(.*)$.');
    }
    const colon = regexSeparator(trimmed);
    const hash = pointerSeparator(trimmed);
    if (colon !== -1 && (hash === -1 || colon < hash))
        return parseRegexSpec(trimmed, colon);
    if (hash !== -1)
        return parsePointerSpec(trimmed, hash);
    const badHash = trimmed.indexOf('#');
    if (badHash !== -1 && trimmed.slice(0, badHash).endsWith('.json')) {
        throw specError(`${trimmed} has a JSON pointer that does not start with "/": write ${trimmed.slice(0, badHash)}#/${trimmed.slice(badHash + 1)}.`);
    }
    return parsePathSpec(trimmed);
}
/** Reads an entry as a path only, even if it holds `:` or `#` (a file named so exists). */
function parsePathSpec(spec) {
    const file = spec.trim();
    const name = baseName(file);
    if (name === 'package.json')
        return { kind: 'npm', spec, file };
    if (name === 'pyproject.toml')
        return { kind: 'python', spec, file };
    if (name === 'Cargo.toml')
        return { kind: 'cargo', spec, file };
    if (name.endsWith('.py'))
        return { kind: 'python-module', spec, file };
    if (name.endsWith('.json')) {
        return { kind: 'json', spec, file, pointer: '/version', tokens: ['version'] };
    }
    return { kind: 'path', spec, file };
}
function parsePointerSpec(spec, hash) {
    const file = spec.slice(0, hash);
    const pointer = spec.slice(hash + 1);
    if (file === '') {
        throw specError(`${spec} has no file name before the "#": write FILE#POINTER, e.g. server.json#/version.`);
    }
    const tokens = parseJsonPointer(pointer);
    if (tokens === undefined) {
        throw specError(`${spec} has an invalid JSON pointer ${pointer}: "~" must be followed by 0 or 1. Write ~0 for "~" and ~1 for "/" inside a key.`);
    }
    return { kind: 'json', spec, file, pointer, tokens };
}
function parseRegexSpec(spec, colon) {
    const file = spec.slice(0, colon);
    const pattern = spec.slice(colon + 1);
    if (file === '') {
        throw specError(`${spec} has no file name before the ":": write FILE:REGEX, e.g. VERSION:^(.*)$.`);
    }
    if (pattern === '') {
        throw specError(`${spec} has no pattern after the ":": write FILE:REGEX with one capturing group, e.g. ${file}:^(.*)$.`);
    }
    let regex;
    try {
        regex = new RegExp(pattern, 'md');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw specError(`${spec} has an invalid regular expression after the ":" (${reason}). Fix the pattern: it is a JavaScript regular expression.`);
    }
    // an alternative that matches the empty string reveals how many groups the pattern has
    const groups = (new RegExp(`${pattern}|`, 'm').exec('')?.length ?? 1) - 1;
    if (groups === 0) {
        throw specError(`${spec} has no capturing group in its pattern: put the version in one group, e.g. ${file}:^(.*)$.`);
    }
    if (groups > 1) {
        throw specError(`${spec} has ${groups} capturing groups in its pattern: keep one around the version and make the others non-capturing with (?:...).`);
    }
    return { kind: 'regex', spec, file, pattern, regex };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/manifests/src/toml-document.ts



/**
 * Parses a manifest's TOML; a syntax error becomes a ConfigurationError on its line and column
 * whose message ends with `fix` (by default: fix it or remove the file from manifests).
 */
function parseTomlManifest(manifest, fix) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(manifest.text);
    }
    catch (error) {
        if (!(error instanceof dist/* TomlError */.zx))
            throw error;
        const position = { line: error.line, column: error.column };
        const reason = (error.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '');
        throw configurationError(`${formatWhere(manifest.file, position)} is not valid TOML: ${reason}. ${fix ?? `Fix the TOML there, or remove ${manifest.file} from manifests.`}`, manifest.file, position);
    }
    return { ...manifest, data, layout: scanTomlLayout(manifest.text) };
}
function isTable(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof dist/* TomlDate */.PJ));
}
/** The value at a path of keys, or undefined when some table on the way is missing. */
function getTomlValue(table, path) {
    let value = table;
    for (const key of path) {
        if (!isTable(value) || !Object.hasOwn(value, key))
            return undefined;
        value = value[key];
    }
    return value;
}
/** The string at a path, or undefined when it is absent or not a string. */
function getTomlString(table, path) {
    const value = getTomlValue(table, path);
    return typeof value === 'string' ? value : undefined;
}
/** `a string`, `an integer`, `a table`, ...: for messages. */
function describeTomlType(value) {
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'boolean')
        return 'a boolean';
    if (typeof value === 'bigint')
        return 'an integer';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a float';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof dist/* TomlDate */.PJ)
        return 'a date';
    return 'a table';
}
/** `[a.b].c` for the key path `a.b.c`; a top-level key stays bare. */
function formatTomlKey(path) {
    const quote = (key) => (/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key));
    const key = quote(path[path.length - 1] ?? '');
    if (path.length < 2)
        return key;
    return `[${path.slice(0, -1).map(quote).join('.')}].${key}`;
}
/**
 * Where a key is written: the key itself, else the `[a.key]` header or first key below it
 * (`version.workspace = true`), else its table, else line 1.
 */
function locateTomlKey(manifest, path) {
    // findTable(path) gives the key itself when it is written: nothing nested in its value can
    // come before it.
    const { layout } = manifest;
    return layout.findTable(path) ?? layout.findTable(path.slice(0, -1)) ?? { line: 1, column: 1 };
}
/** Where the value of a key starts (inside the quotes of a string). */
function locateTomlValue(manifest, path) {
    return manifest.layout.findKey(path)?.value ?? locateTomlKey(manifest, path);
}
/** Throws unless the value at `path` is a string: a version written as a number, a table... */
function requireTomlString(manifest, path, value) {
    if (typeof value === 'string')
        return value;
    const position = locateTomlKey(manifest, path);
    throw configurationError(`${formatWhere(manifest.file, position)} sets ${formatTomlKey(path)} to ${describeTomlType(value)}, not a string. Quote it: ${path[path.length - 1] ?? 'version'} = "1.2.3".`, manifest.file, position);
}

;// CONCATENATED MODULE: ./packages/manifests/src/cargo-toml.ts






async function isFile(file) {
    try {
        return (await (0,external_node_fs_promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The workspace root of a crate: the Cargo.toml named by `package.workspace`, or the nearest one
 * with a `[workspace]` table, starting with the crate's own.
 */
async function findWorkspaceRoot(cwd, member, workspace) {
    const explicit = getTomlString(member.data, ['package', 'workspace']);
    const fix = `Fix the workspace's Cargo.toml, or remove ${member.file} from manifests.`;
    if (explicit !== undefined) {
        const file = external_node_path_default().join(external_node_path_default().dirname(member.absolute), explicit, 'Cargo.toml');
        const reference = {
            file: member.file,
            ...locateTomlKey(member, ['package', 'workspace']),
            source: '[package].workspace',
        };
        return parseTomlManifest(await readManifestText(cwd, file, reference, workspace), fix);
    }
    if (isTable(member.data.workspace))
        return member;
    for (let dir = external_node_path_default().dirname(external_node_path_default().dirname(member.absolute));; dir = external_node_path_default().dirname(dir)) {
        // The search stops at the workspace: nothing above the checked-out repository is read.
        if (workspace !== undefined && !(0,src/* isInside */.FK)(external_node_path_default().resolve(workspace), dir))
            return undefined;
        const file = external_node_path_default().join(dir, 'Cargo.toml');
        if (await isFile(file)) {
            const candidate = parseTomlManifest(await readManifestText(cwd, file, undefined, workspace), fix);
            if (isTable(candidate.data.workspace))
                return candidate;
        }
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/**
 * Reads `[package].version` of a Cargo.toml, following `version.workspace = true` to the
 * workspace root's `[workspace.package].version`; a root with no `[package]` gives that.
 */
async function readCargoVersion(cwd, spec, options = {}) {
    const kind = options.kind ?? 'cargo';
    const manifest = parseTomlManifest(await readManifestText(cwd, spec.file, options.reference, options.workspace));
    const { file, data } = manifest;
    const packageTable = data.package;
    const packageName = getTomlString(data, ['package', 'name']);
    const versionPath = ['package', 'version'];
    if (isTable(packageTable)) {
        if (!Object.hasOwn(packageTable, 'version')) {
            const position = manifest.layout.findTable(['package']) ?? { line: 1, column: 1 };
            throw configurationError(`${formatWhere(file, position)} has a [package] with no version. Add version = "1.2.3" under [package] (or version.workspace = true in a workspace), or remove ${file} from manifests.`, file, position);
        }
        const value = packageTable.version;
        if (!(isTable(value) && value.workspace === true)) {
            return manifestVersion({
                spec: spec.spec,
                file,
                ...locateTomlValue(manifest, versionPath),
                version: requireTomlString(manifest, versionPath, value),
                kind,
                packageName,
                source: '[package].version',
                via: options.reference,
            });
        }
        const position = locateTomlKey(manifest, versionPath);
        const root = await findWorkspaceRoot(cwd, manifest, options.workspace);
        if (root === undefined) {
            throw configurationError(`${formatWhere(file, position)} has version.workspace = true, but no Cargo.toml with a [workspace] table was found in ${displayPath(cwd, external_node_path_default().dirname(external_node_path_default().dirname(manifest.absolute)))} or above. Check out the whole workspace, or set version = "1.2.3" under [package].`, file, position);
        }
        const inherited = getTomlValue(root.data, ['workspace', 'package', 'version']);
        if (inherited === undefined) {
            const rootPosition = root.layout.findTable(['workspace', 'package']) ??
                root.layout.findTable(['workspace']) ?? { line: 1, column: 1 };
            throw configurationError(`${formatWhere(file, position)} has version.workspace = true, but the workspace root ${formatWhere(root.file, rootPosition)} has no [workspace.package] version. Add version = "1.2.3" under [workspace.package] in ${root.file}.`, root.file, rootPosition);
        }
        const rootPath = ['workspace', 'package', 'version'];
        return manifestVersion({
            spec: spec.spec,
            file: root.file,
            ...locateTomlValue(root, rootPath),
            version: requireTomlString(root, rootPath, inherited),
            kind,
            packageName,
            source: '[workspace.package].version',
            via: { file, ...position, source: 'version.workspace = true' },
        });
    }
    const workspaceVersionPath = ['workspace', 'package', 'version'];
    const workspaceVersion = getTomlValue(data, workspaceVersionPath);
    if (workspaceVersion !== undefined) {
        return manifestVersion({
            spec: spec.spec,
            file,
            ...locateTomlValue(manifest, workspaceVersionPath),
            version: requireTomlString(manifest, workspaceVersionPath, workspaceVersion),
            kind,
            source: '[workspace.package].version',
            via: options.reference,
        });
    }
    if (isTable(data.workspace)) {
        const position = manifest.layout.findTable(['workspace']) ?? { line: 1, column: 1 };
        throw configurationError(`${formatWhere(file, position)} is a workspace root with no [workspace.package] version and no [package]. Add version = "1.2.3" under [workspace.package], or list the member crates' Cargo.toml files in manifests instead.`, file, position);
    }
    throw configurationError(`${file} has no [package] or [workspace] table. Add [package] with version = "1.2.3", or remove ${file} from manifests.`, file, { line: 1 });
}

;// CONCATENATED MODULE: ./packages/manifests/src/package-json.ts



function shorten(raw) {
    const flat = raw.replace(/\s+/g, ' ');
    return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
/** Reads the top-level `"version"` of a package.json (never a nested one, e.g. in `engines`). */
async function readPackageJsonVersion(cwd, spec, options = {}) {
    const manifest = await readManifestText(cwd, spec.file, undefined, options.workspace);
    const { file } = manifest;
    const root = parseJsonManifest(manifest);
    if (root.type !== 'object') {
        const position = manifest.lines.position(root.start);
        throw configurationError(`${formatWhere(file, position)} is ${describeJsonType(root)}, not an object: a package.json is a JSON object with a "version" field. Fix ${file}, or remove it from manifests.`, file, position);
    }
    const name = json_document_getMember(root, 'name')?.value;
    const packageName = name?.type === 'string' ? name.value : undefined;
    const member = json_document_getMember(root, 'version');
    if (member === undefined) {
        const position = manifest.lines.position(root.start);
        throw configurationError(`${file} has no "version" field. Add "version": "1.2.3" or remove ${file} from manifests.`, file, { line: position.line });
    }
    const { value } = member;
    if (value.type !== 'string') {
        const position = manifest.lines.position(member.keyStart);
        throw configurationError(`${formatWhere(file, position)} has "version": ${shorten(manifest.text.slice(value.start, value.end))} (${describeJsonType(value)}), not a string. Write it as a string: "version": "1.2.3".`, file, position);
    }
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(value.start + 1),
        version: value.value,
        kind: 'npm',
        packageName,
        source: '/version',
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/python-module.ts


/**
 * The offsets of the lines that start a statement at the top level of a Python module: not
 * inside a triple-quoted string, brackets, or after a backslash continuation; not indented.
 */
function topLevelLineStarts(text) {
    const starts = [];
    let depth = 0;
    let triple;
    let continued = false;
    let lineStart = true;
    for (let i = 0; i < text.length;) {
        if (lineStart) {
            if (triple === undefined && depth === 0 && !continued)
                starts.push(i);
            lineStart = false;
            continued = false;
        }
        const char = text[i];
        if (triple !== undefined) {
            if (char === '\\')
                i += 2;
            else if (text.startsWith(triple, i)) {
                i += 3;
                triple = undefined;
            }
            else {
                if (char === '\n')
                    lineStart = true;
                i++;
            }
            continue;
        }
        if (char === '\n') {
            lineStart = true;
            i++;
        }
        else if (char === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (char === '\\' && (text[i + 1] === '\n' || text.startsWith('\r\n', i + 1))) {
            // only the backslash: the newline after it still ends the line (the next one is continued)
            continued = true;
            i++;
        }
        else if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            triple = text.slice(i, i + 3);
            i += 3;
        }
        else if (char === '"' || char === "'") {
            i++;
            while (i < text.length && text[i] !== char && text[i] !== '\n')
                i += text[i] === '\\' ? 2 : 1;
            if (text[i] === char)
                i++;
        }
        else {
            if (char === '(' || char === '[' || char === '{')
                depth++;
            else if ((char === ')' || char === ']' || char === '}') && depth > 0)
                depth--;
            i++;
        }
    }
    return starts;
}
const STRING_LITERAL = /([rRuU]?)("""|'''|"|')/y;
const REST_OF_LINE = /^[ \t]*(?:[#;].*)?\r?$/;
/**
 * The first top-level assignment to one of `names` (as setuptools and flit read `__version__`
 * without running the module), or undefined when there is none.
 */
function findPythonAssignment(text, names) {
    const alternatives = names.map((name) => name.replace(/[^\w]/g, '\\$&')).join('|');
    const statement = new RegExp(`(${alternatives})[ \\t]*(?::[^=\\n]*)?=(?!=)[ \\t]*`, 'y');
    for (const start of topLevelLineStarts(text)) {
        statement.lastIndex = start;
        const match = statement.exec(text);
        if (match === null)
            continue;
        const name = match[1] ?? '';
        const valueStart = start + match[0].length;
        const lineEnd = text.indexOf('\n', valueStart);
        const expression = text.slice(valueStart, lineEnd === -1 ? text.length : lineEnd).trim();
        STRING_LITERAL.lastIndex = valueStart;
        const literal = STRING_LITERAL.exec(text);
        if (literal !== null) {
            const quote = literal[2] ?? '"';
            const contentStart = valueStart + literal[0].length;
            let end = contentStart;
            while (end < text.length && !text.startsWith(quote, end) && text[end] !== '\n') {
                end += text[end] === '\\' ? 2 : 1;
            }
            if (text.startsWith(quote, end)) {
                const after = end + quote.length;
                const restEnd = text.indexOf('\n', after);
                if (REST_OF_LINE.test(text.slice(after, restEnd === -1 ? text.length : restEnd))) {
                    const value = text.slice(contentStart, end);
                    return { name, start, value, valueStart: contentStart, expression };
                }
            }
        }
        return { name, start, valueStart, expression };
    }
    return undefined;
}
function python_module_shorten(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Reads `__version__ = "1.2.3"` from a Python module. */
async function readPythonModuleVersion(cwd, spec, options = {}) {
    const { reference } = options;
    const names = options.names ?? ['__version__'];
    const manifest = await readManifestText(cwd, spec.file, reference, options.workspace);
    const { file } = manifest;
    const fix = reference === undefined
        ? `or remove ${file} from manifests`
        : `or fix ${reference.source} in ${reference.file}`;
    const found = findPythonAssignment(manifest.text, names);
    const example = `${names[0] ?? '__version__'} = "1.2.3"`;
    if (found === undefined) {
        const by = reference === undefined
            ? ''
            : ` (${formatWhere(reference.file, reference)} reads it there: ${reference.source})`;
        throw configurationError(`${file} has no top-level ${names.join(' or ')} assignment${by}. Add ${example}, ${fix}.`, reference?.file ?? file, reference);
    }
    if (found.value === undefined) {
        const position = manifest.lines.position(found.start);
        throw configurationError(`${formatWhere(file, position)} sets ${found.name} to ${python_module_shorten(found.expression)}, not a string literal: tokenless reads the version without running Python. Write ${found.name} = "1.2.3", ${fix}.`, file, position);
    }
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(found.valueStart),
        version: found.value,
        kind: options.kind ?? 'python-module',
        packageName: options.packageName,
        source: found.name,
        via: reference,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/regex-file.ts


/**
 * Reads the version that a regular expression captures in a file: the group named `version`
 * when there is one, else the first group. The capture is trimmed.
 */
async function readRegexVersion(cwd, spec, options = {}) {
    const manifest = await readManifestText(cwd, spec.file, options.reference, options.workspace);
    const { file } = manifest;
    const flags = spec.regex.flags.includes('d') ? spec.regex.flags : `${spec.regex.flags}d`;
    const regex = new RegExp(spec.regex.source, flags.replace(/[gy]/g, ''));
    const match = regex.exec(manifest.text);
    const pattern = spec.pattern ?? spec.regex.source;
    const { reference } = options;
    if (match === null) {
        throw reference === undefined
            ? configurationError(`${file} has no match for the pattern ${pattern} (manifests entry ${spec.spec}). Fix the pattern, or write the version in ${file}.`, file)
            : configurationError(`${file} has no match for the pattern ${pattern}, so ${formatWhere(reference.file, reference)} (${reference.source}) leads to no version. Write the version in ${file}, or fix ${reference.source}.`, reference.file, reference);
    }
    const named = match.groups !== undefined && 'version' in match.groups;
    const raw = (named ? match.groups?.version : match[1]) ?? '';
    const span = (named ? match.indices?.groups?.version : match.indices?.[1]) ?? [
        match.index,
        match.index,
    ];
    const leading = raw.length - raw.trimStart().length;
    return manifestVersion({
        spec: spec.spec,
        file,
        ...manifest.lines.position(span[0] + leading),
        version: raw.trim(),
        kind: options.kind ?? 'regex',
        packageName: options.packageName,
        source: options.source ?? pattern,
        via: reference,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/pyproject.ts








/** Build plugins that take the version from the git tag when the package is built. */
const GIT_VERSION_PLUGINS = new Map([
    ['setuptools-scm', 'setuptools_scm'],
    ['setuptools-git-versioning', 'setuptools-git-versioning'],
    ['hatch-vcs', 'hatch-vcs'],
    ['uv-dynamic-versioning', 'uv-dynamic-versioning'],
    ['poetry-dynamic-versioning', 'poetry-dynamic-versioning'],
    ['versioningit', 'versioningit'],
    ['dunamai', 'dunamai'],
    ['pbr', 'pbr'],
    ['flit-scm', 'flit_scm'],
    ['vcs-versioning', 'vcs-versioning'],
]);
/** Tables that configure such a plugin, and its name. */
const GIT_VERSION_TABLES = [
    [['tool', 'setuptools_scm'], 'setuptools_scm'],
    [['tool', 'setuptools-scm'], 'setuptools_scm'],
    [['tool', 'setuptools-git-versioning'], 'setuptools-git-versioning'],
    [['tool', 'versioningit'], 'versioningit'],
    [['tool', 'uv-dynamic-versioning'], 'uv-dynamic-versioning'],
];
/** The normalized name of a requirement (`setuptools_scm[toml]>=8` -> `setuptools-scm`). */
function requirementName(requirement) {
    const name = /^\s*([A-Za-z0-9._-]+)/.exec(requirement)?.[1] ?? '';
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
async function pyproject_isFile(file) {
    try {
        return (await (0,external_node_fs_promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
function reference(project, keyPath, source) {
    return {
        file: project.toml.file,
        ...locateTomlKey(project.toml, keyPath),
        source: source ?? formatTomlKey(keyPath),
    };
}
function gitVersionError(project, backend) {
    const { toml } = project;
    const position = locateTomlKey(toml, ['project', 'dynamic']);
    throw configurationError(`${formatWhere(toml.file, position)} lists "version" in [project].dynamic, and ${backend} sets it from the git tag at build time: there is no version in the files to compare with the tag. Remove ${toml.file} from manifests, or make the version static (version = "1.2.3" under [project]).`, toml.file, position);
}
function unreadableVersionError(project, backend, at) {
    const { toml } = project;
    const position = locateTomlKey(toml, at ?? ['project', 'dynamic']);
    throw configurationError(`${formatWhere(toml.file, position)} lists "version" in [project].dynamic, and ${backend} computes it at build time in a way tokenless cannot read. Make the version static (version = "1.2.3" under [project]), or remove ${toml.file} from manifests.`, toml.file, position);
}
/**
 * Converts a Python regular expression (hatch's `pattern`) to a JavaScript one: named groups
 * `(?P<name>` become `(?<name>`, leading inline flags such as `(?i)` become flags.
 */
function pythonRegex(pattern) {
    let flags = 'm';
    const inline = /^\(\?([aiLmsux]+)\)/.exec(pattern);
    let source = inline === null ? pattern : pattern.slice(inline[0].length);
    if (inline?.[1]?.includes('i'))
        flags += 'i';
    if (inline?.[1]?.includes('s'))
        flags += 's';
    source = source.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    return new RegExp(source, flags);
}
/**
 * Python module names to candidate files: `pkg.about` -> `pkg/about/__init__.py`, `pkg/about.py`,
 * under the directories setuptools' `package-dir` maps them to, else under the project root and
 * `src/`.
 */
function moduleCandidates(root, moduleParts, packageDir) {
    const bases = [];
    if (packageDir !== undefined) {
        for (let length = moduleParts.length; length >= 0; length--) {
            const mapped = packageDir[moduleParts.slice(0, length).join('.')];
            if (typeof mapped === 'string') {
                bases.push({ dir: external_node_path_default().join(root, mapped), rest: moduleParts.slice(length) });
                break;
            }
        }
    }
    if (bases.length === 0) {
        bases.push({ dir: root, rest: moduleParts }, { dir: external_node_path_default().join(root, 'src'), rest: moduleParts });
    }
    const files = [];
    for (const { dir, rest } of bases) {
        if (rest.length === 0) {
            files.push(external_node_path_default().join(dir, '__init__.py'));
            continue;
        }
        files.push(external_node_path_default().join(dir, ...rest, '__init__.py'));
        files.push(external_node_path_default().join(dir, ...rest.slice(0, -1), `${rest[rest.length - 1] ?? ''}.py`));
    }
    return files;
}
async function readModuleVersion(project, moduleName, names, via, packageDir) {
    const parts = moduleName.split('.').filter((part) => part !== '');
    const candidates = moduleCandidates(project.root, parts, packageDir);
    for (const candidate of candidates) {
        if (await pyproject_isFile(candidate)) {
            return readPythonModuleVersion(project.cwd, { spec: project.spec, file: candidate }, {
                names,
                kind: 'python',
                workspace: project.workspace,
                packageName: project.packageName,
                reference: via,
            });
        }
    }
    const shown = candidates.map((candidate) => displayPath(project.cwd, candidate));
    throw configurationError(`${formatWhere(via.file, via)} reads the version from the Python module ${moduleName} (${via.source}), but none of ${shown.join(', ')} exists. Fix ${via.source}, or make the version static.`, via.file, via);
}
async function readHatchVersion(project, table) {
    const { toml } = project;
    const source = table.source ?? 'regex';
    if (source === 'vcs')
        return gitVersionError(project, 'hatch-vcs ([tool.hatch.version] source = "vcs")');
    if (typeof source === 'string' && GIT_VERSION_PLUGINS.has(requirementName(source))) {
        return gitVersionError(project, `${source} ([tool.hatch.version] source = "${source}")`);
    }
    if (source !== 'regex' && source !== 'code') {
        return unreadableVersionError(project, `hatch's version source ${JSON.stringify(source)}`, [
            'tool',
            'hatch',
            'version',
            'source',
        ]);
    }
    const file = table.path;
    if (typeof file !== 'string') {
        const position = toml.layout.findTable(['tool', 'hatch', 'version']) ?? { line: 1, column: 1 };
        throw configurationError(`${formatWhere(toml.file, position)} has a [tool.hatch.version] with no path, so hatchling finds no version either. Set path = "src/pkg/__about__.py" there (a file with __version__ = "1.2.3"), or make the version static.`, toml.file, position);
    }
    const via = reference(project, ['tool', 'hatch', 'version', 'path']);
    const absolute = external_node_path_default().join(project.root, file);
    if (source === 'code') {
        const expression = table.expression ?? '__version__';
        if (typeof expression !== 'string' || !/^[A-Za-z_]\w*$/.test(expression)) {
            return unreadableVersionError(project, `hatch's code source with expression ${JSON.stringify(expression)}`, ['tool', 'hatch', 'version', 'expression']);
        }
        return readPythonModuleVersion(project.cwd, { spec: project.spec, file: absolute }, {
            names: [expression],
            kind: 'python',
            workspace: project.workspace,
            packageName: project.packageName,
            reference: via,
        });
    }
    if (typeof table.pattern === 'string') {
        let regex;
        try {
            regex = pythonRegex(table.pattern);
        }
        catch (error) {
            const position = locateTomlKey(toml, ['tool', 'hatch', 'version', 'pattern']);
            throw configurationError(`${formatWhere(toml.file, position)} has a [tool.hatch.version].pattern that tokenless cannot read as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)}). Use a simpler pattern with a group named version, or remove ${toml.file} from manifests.`, toml.file, position);
        }
        return readRegexVersion(project.cwd, { spec: project.spec, file: absolute, regex, pattern: table.pattern }, {
            kind: 'python',
            workspace: project.workspace,
            packageName: project.packageName,
            reference: via,
            source: '[tool.hatch.version].pattern',
        });
    }
    // hatch's default pattern: (?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2
    const found = await readPythonModuleVersion(project.cwd, { spec: project.spec, file: absolute }, {
        names: ['__version__', 'VERSION'],
        kind: 'python',
        workspace: project.workspace,
        packageName: project.packageName,
        reference: via,
    });
    if (/^v\d/.test(found.version)) {
        return { ...found, version: found.version.slice(1), column: (found.column ?? 0) + 1 };
    }
    return found;
}
async function readSetuptoolsVersion(project, dynamic) {
    const versionPath = ['tool', 'setuptools', 'dynamic', 'version'];
    if (isTable(dynamic) && typeof dynamic.attr === 'string') {
        const attr = dynamic.attr.trim();
        const parts = attr.split('.');
        const name = parts.pop() ?? '__version__';
        const moduleName = parts.length === 0 ? '__init__' : parts.join('.');
        const packageDir = getTomlValue(project.toml.data, ['tool', 'setuptools', 'package-dir']);
        const via = reference(project, versionPath, `[tool.setuptools.dynamic].version attr "${attr}"`);
        return readModuleVersion(project, moduleName, [name], via, isTable(packageDir) ? packageDir : undefined);
    }
    const files = isTable(dynamic) ? dynamic.file : undefined;
    const file = Array.isArray(files) && files.length === 1 ? files[0] : files;
    if (typeof file === 'string') {
        return readRegexVersion(project.cwd, {
            spec: project.spec,
            file: external_node_path_default().join(project.root, file),
            regex: /^[ \t]*(\S.*?)[ \t]*\r?$/m,
        }, {
            kind: 'python',
            workspace: project.workspace,
            packageName: project.packageName,
            reference: reference(project, versionPath, `[tool.setuptools.dynamic].version file "${file}"`),
            source: 'contents',
        });
    }
    return unreadableVersionError(project, 'setuptools (a [tool.setuptools.dynamic].version that is neither one attr nor one file)', versionPath);
}
async function readDynamicVersion(project) {
    const { toml } = project;
    const { data } = toml;
    const requires = getTomlValue(data, ['build-system', 'requires']);
    const required = new Set((Array.isArray(requires) ? requires : [])
        .filter((item) => typeof item === 'string')
        .map(requirementName));
    const backend = getTomlString(data, ['build-system', 'build-backend']) ?? '';
    const hatch = getTomlValue(data, ['tool', 'hatch', 'version']);
    if (isTable(hatch))
        return readHatchVersion(project, hatch);
    const setuptools = getTomlValue(data, ['tool', 'setuptools', 'dynamic', 'version']);
    if (setuptools !== undefined)
        return readSetuptoolsVersion(project, setuptools);
    const pdm = getTomlValue(data, ['tool', 'pdm', 'version']);
    if (isTable(pdm)) {
        if (pdm.source === 'scm')
            return gitVersionError(project, 'pdm-backend ([tool.pdm.version] source = "scm")');
        if (pdm.source === 'file' && typeof pdm.path === 'string') {
            return readPythonModuleVersion(project.cwd, { spec: project.spec, file: external_node_path_default().join(project.root, pdm.path) }, {
                kind: 'python',
                workspace: project.workspace,
                packageName: project.packageName,
                reference: reference(project, ['tool', 'pdm', 'version', 'path']),
            });
        }
        return unreadableVersionError(project, `pdm-backend ([tool.pdm.version] source = ${JSON.stringify(pdm.source)})`, ['tool', 'pdm', 'version', 'source']);
    }
    for (const [table, name] of GIT_VERSION_TABLES) {
        if (getTomlValue(data, table) !== undefined)
            return gitVersionError(project, name);
    }
    if (getTomlValue(data, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
        return gitVersionError(project, 'poetry-dynamic-versioning');
    }
    for (const requirement of required) {
        const plugin = GIT_VERSION_PLUGINS.get(requirement);
        if (plugin !== undefined)
            return gitVersionError(project, plugin);
    }
    // Poetry 2: a dynamic [project] version is the one in [tool.poetry]
    const poetryPath = ['tool', 'poetry', 'version'];
    const poetry = getTomlValue(data, poetryPath);
    if (poetry !== undefined)
        return staticVersion(project, poetryPath, poetry);
    if (backend.startsWith('flit_core') || backend.startsWith('flit.')) {
        const moduleName = getTomlString(data, ['tool', 'flit', 'module', 'name']) ??
            (project.packageName ?? '').replace(/-/g, '_');
        const via = reference(project, ['project', 'dynamic'], `flit's dynamic version (module ${moduleName})`);
        return readModuleVersion(project, moduleName, ['__version__'], via);
    }
    if (backend === 'maturin') {
        const manifestPath = getTomlString(data, ['tool', 'maturin', 'manifest-path']) ?? 'Cargo.toml';
        const via = reference(project, manifestPath === 'Cargo.toml' ? ['project', 'dynamic'] : ['tool', 'maturin', 'manifest-path'], `maturin's dynamic version (from ${manifestPath})`);
        const found = await readCargoVersion(project.cwd, { spec: project.spec, file: external_node_path_default().join(project.root, manifestPath) }, { kind: 'python', workspace: project.workspace, reference: via });
        return {
            ...found,
            packageName: project.packageName ?? found.packageName,
            via: found.via ?? via,
        };
    }
    return unreadableVersionError(project, backend === '' ? 'the build backend' : backend);
}
function staticVersion(project, keyPath, value) {
    const { toml } = project;
    return manifestVersion({
        spec: project.spec,
        file: toml.file,
        ...locateTomlValue(toml, keyPath),
        version: requireTomlString(toml, keyPath, value),
        kind: 'python',
        packageName: project.packageName,
        source: formatTomlKey(keyPath),
    });
}
/**
 * Reads the version of a pyproject.toml: `[project].version`; a dynamic one from the file the
 * build backend reads it from (hatch's path, setuptools' attr or file, pdm's file, flit's module,
 * maturin's Cargo.toml, Poetry 2's `[tool.poetry].version`); else `[tool.poetry].version`.
 * A version taken from the git tag at build time is an error: there is nothing to compare.
 */
async function readPyprojectVersion(cwd, spec, options = {}) {
    const { workspace } = options;
    const toml = parseTomlManifest(await readManifestText(cwd, spec.file, undefined, workspace));
    const { data, file } = toml;
    const project = {
        cwd,
        workspace,
        spec: spec.spec,
        toml,
        root: external_node_path_default().dirname(toml.absolute),
        packageName: getTomlString(data, ['project', 'name']) ?? getTomlString(data, ['tool', 'poetry', 'name']),
    };
    const projectTable = data.project;
    if (isTable(projectTable) && Object.hasOwn(projectTable, 'version')) {
        return staticVersion(project, ['project', 'version'], projectTable.version);
    }
    const dynamic = isTable(projectTable) ? projectTable.dynamic : undefined;
    if (Array.isArray(dynamic) && dynamic.includes('version'))
        return readDynamicVersion(project);
    const poetryPath = ['tool', 'poetry', 'version'];
    const poetry = getTomlValue(data, poetryPath);
    if (poetry !== undefined)
        return staticVersion(project, poetryPath, poetry);
    if (isTable(projectTable)) {
        const position = toml.layout.findTable(['project']) ?? { line: 1, column: 1 };
        throw configurationError(`${formatWhere(file, position)} has a [project] table with no version, and "version" is not in its dynamic list. Add version = "1.2.3" under [project], or remove ${file} from manifests.`, file, position);
    }
    throw configurationError(`${file} has no [project] table and no [tool.poetry] version. Add [project] with version = "1.2.3", or remove ${file} from manifests.`, file, { line: 1 });
}

;// CONCATENATED MODULE: ./packages/manifests/src/read-manifest.ts












/** The manifests tokenless finds by itself at the root, in this order. */
const DEFAULT_MANIFESTS = ['package.json', 'pyproject.toml', 'Cargo.toml'];
async function kindOf(file) {
    try {
        const stats = await (0,external_node_fs_promises_.stat)(file);
        return stats.isDirectory() ? 'directory' : 'file';
    }
    catch {
        return undefined;
    }
}
/**
 * The package.json, pyproject.toml and Cargo.toml that exist at the root of `cwd`, in that
 * order: the manifests to check when none are listed.
 */
async function detectManifests(cwd) {
    const kinds = await Promise.all(DEFAULT_MANIFESTS.map((name) => kindOf(path.join(cwd, name))));
    return DEFAULT_MANIFESTS.filter((_, i) => kinds[i] === 'file');
}
/** The kind of each manifest a directory entry may hold (what parsePathSpec finds by name). */
const DIRECTORY_MANIFEST_KINDS = {
    'package.json': 'npm',
    'pyproject.toml': 'python',
    'Cargo.toml': 'cargo',
};
/**
 * A path whose name tells no kind: a directory holding a manifest, else a mistake. The result
 * has a kind, so the reader needs no case for a path left unresolved.
 */
async function resolvePathSpec(cwd, spec) {
    const absolute = external_node_path_default().resolve(cwd, spec.file);
    const display = displayPath(cwd, absolute);
    const kind = await kindOf(absolute);
    if (kind === 'directory') {
        for (const name of DEFAULT_MANIFESTS) {
            const file = external_node_path_default().join(spec.file, name);
            if ((await kindOf(external_node_path_default().resolve(cwd, file))) === 'file') {
                return { kind: DIRECTORY_MANIFEST_KINDS[name], spec: spec.spec, file };
            }
        }
        throw new ManifestError('TL_MANIFEST_IS_DIRECTORY', `${display} is a directory with no package.json, pyproject.toml or Cargo.toml. List the manifest file itself in manifests, or FILE:REGEX for another file (e.g. ${display}/VERSION:^(.*)$).`, { input: 'manifests' });
    }
    if (kind === undefined) {
        throw new ManifestError('TL_MANIFEST_NOT_FOUND', `${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`, { input: 'manifests' });
    }
    throw new ManifestError('TL_MANIFEST_UNKNOWN_KIND', `${display} is not a manifest tokenless can read by its name (package.json, pyproject.toml, Cargo.toml, *.py, *.json). Write FILE:REGEX with one capturing group around the version (e.g. ${display}:^(.*)$), or FILE#/json/pointer for a JSON file.`, { location: { file: display }, input: 'manifests' });
}
/**
 * Reads the version one entry of `manifests` names, and where it is written. Throws a
 * ConfigurationError for a user's mistake (malformed entry, missing file, no version, ...).
 */
async function readManifestVersion(spec, options) {
    const { cwd, workspace } = options;
    const trimmed = spec.trim();
    // a path that holds ":" (a file named so exists) is a path, not FILE:REGEX
    const literal = regexSeparator(trimmed) !== -1 && (await kindOf(external_node_path_default().resolve(cwd, trimmed)));
    let parsed = literal ? parsePathSpec(trimmed) : parseManifestSpec(trimmed);
    // Refused before anything is looked at there: a link out is not even stat'ed further.
    if (workspace !== undefined)
        (0,src/* resolveInWorkspace */.z1)(workspace, parsed.file, { input: 'manifests', base: cwd });
    if (parsed.kind === 'path')
        parsed = await resolvePathSpec(cwd, parsed);
    const read = { workspace };
    switch (parsed.kind) {
        case 'npm':
            return readPackageJsonVersion(cwd, parsed, read);
        case 'python':
            return readPyprojectVersion(cwd, parsed, read);
        case 'cargo':
            return readCargoVersion(cwd, parsed, read);
        case 'python-module':
            return readPythonModuleVersion(cwd, parsed, read);
        case 'json':
            return readJsonPointerVersion(cwd, parsed, read);
        case 'regex':
            return readRegexVersion(cwd, parsed, read);
    }
}
/**
 * Reads every entry, in parallel; the results keep the order of `specs`. When several fail,
 * the error of the first failing entry (in list order) is thrown.
 */
async function readManifestVersions(specs, options) {
    const results = await Promise.allSettled(specs.map((spec) => readManifestVersion(spec, options)));
    return results.map((result) => {
        if (result.status === 'rejected')
            throw result.reason;
        return result.value;
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/npm-workspaces.ts





/** Reads a package.json that may be absent (undefined); invalid JSON is a ConfigurationError. */
async function readPackageJson(cwd, dir, workspace) {
    let manifest;
    try {
        manifest = await readManifestText(cwd, external_node_path_default().join(dir, 'package.json'), undefined, workspace);
    }
    catch (error) {
        if (error instanceof configuration_error/* ConfigurationError */.j1)
            return undefined;
        throw error;
    }
    return parseJsonManifest(manifest, `Fix the JSON there: npm cannot read the workspace ${manifest.file} either.`);
}
/** The `workspaces` patterns of a package.json: an array, or `{ packages: [...] }`. */
function workspacePatterns(root) {
    let node = json_document_getMember(root, 'workspaces')?.value;
    if (node?.type === 'object')
        node = json_document_getMember(node, 'packages')?.value;
    if (node?.type !== 'array')
        return [];
    return node.items.flatMap((item) => (item.type === 'string' ? [item.value] : []));
}
/** One segment of a glob (`*`, `?`, `[abc]`, `{a,b}`) as a regular expression. */
function segmentRegex(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i] ?? '';
        if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            const end = segment.indexOf(']', i + 1);
            if (end === -1)
                source += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                source += `[${body}]`;
                i = end;
            }
        }
        else if (char === '{') {
            const end = segment.indexOf('}', i + 1);
            if (end === -1)
                source += '\\{';
            else {
                const options = segment.slice(i + 1, end).split(',');
                source += `(?:${options.map((option) => option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
                i = end;
            }
        }
        else
            source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
const MAGIC = /[*?[{]/;
function splitPattern(pattern) {
    return pattern
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.');
}
/** Whether a relative directory (as segments) matches a pattern (as segments); `**` spans any. */
function matchSegments(pattern, dir) {
    const [head, ...rest] = pattern;
    if (head === undefined)
        return dir.length === 0;
    if (head === '**') {
        return matchSegments(rest, dir) || (dir.length > 0 && matchSegments(pattern, dir.slice(1)));
    }
    const [first, ...others] = dir;
    return first !== undefined && segmentRegex(head).test(first) && matchSegments(rest, others);
}
/**
 * The directories in a directory, sorted; symlinks to directories too when `followLinks` (not
 * under `**`, where a link could loop).
 */
async function subdirectories(absolute, followLinks) {
    let entries;
    try {
        entries = await (0,external_node_fs_promises_.readdir)(absolute, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const names = await Promise.all(entries.map(async (entry) => {
        if (entry.name === 'node_modules' || entry.name.startsWith('.'))
            return undefined;
        if (entry.isDirectory())
            return entry.name;
        if (!followLinks || !entry.isSymbolicLink())
            return undefined;
        try {
            return (await (0,external_node_fs_promises_.stat)(external_node_path_default().join(absolute, entry.name))).isDirectory() ? entry.name : undefined;
        }
        catch {
            return undefined;
        }
    }));
    return names.filter((name) => name !== undefined).sort();
}
/** The directories (relative, as segments) a pattern matches, in sorted order. */
async function expandPattern(cwd, base, pattern) {
    const [head, ...rest] = pattern;
    if (head === undefined)
        return [base];
    if (head === '**') {
        const here = await expandPattern(cwd, base, rest);
        const children = await subdirectories(external_node_path_default().join(cwd, ...base), false);
        const below = await Promise.all(children.map((child) => expandPattern(cwd, [...base, child], pattern)));
        return [...here, ...below.flat()];
    }
    if (!MAGIC.test(head))
        return expandPattern(cwd, [...base, head], rest);
    const regex = segmentRegex(head);
    const children = (await subdirectories(external_node_path_default().join(cwd, ...base), true)).filter((child) => regex.test(child));
    const expanded = await Promise.all(children.map((child) => expandPattern(cwd, [...base, child], rest)));
    return expanded.flat();
}
/**
 * The directories (relative to `cwd`, posix slashes) of the npm workspace packages of
 * `cwd/package.json`, in the order of its `workspaces` globs (`*`, `**`, `?`, `[...]`, `{a,b}`,
 * and `!` exclusions; `node_modules` and dot-directories are never searched), each with its
 * package.json. The root package itself is not a workspace; folders with no package.json are left
 * out. Empty when there is no package.json or no workspaces.
 */
async function listWorkspacePackages(cwd, workspace) {
    const root = await readPackageJson(cwd, '.', workspace);
    if (root === undefined)
        return [];
    const patterns = workspacePatterns(root);
    const exclusions = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => splitPattern(pattern.slice(1)));
    const seen = new Set();
    const found = [];
    for (const pattern of patterns.filter((candidate) => !candidate.startsWith('!'))) {
        const segments = splitPattern(pattern);
        const dirs = (await expandPattern(cwd, [], segments)).filter((dir) => dir.length > 0 && !exclusions.some((exclusion) => matchSegments(exclusion, dir)));
        const fresh = dirs.map((dir) => dir.join('/')).filter((dir) => !seen.has(dir));
        for (const dir of fresh)
            seen.add(dir);
        const manifests = await Promise.all(fresh.map((dir) => readPackageJson(cwd, dir, workspace)));
        for (const [i, manifest] of manifests.entries())
            if (manifest !== undefined)
                found.push({ dir: fresh[i], manifest });
    }
    return found;
}
/**
 * The directory (relative to `cwd`, posix slashes) of the npm workspace package named `name`
 * (see listWorkspacePackages). Undefined when there is no package.json, no workspaces, or no
 * such package.
 */
async function findWorkspacePackage(cwd, name, workspace) {
    for (const { dir, manifest } of await listWorkspacePackages(cwd, workspace)) {
        const packageName = getMember(manifest, 'name')?.value;
        if (packageName?.type === 'string' && packageName.value === name)
            return dir;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/index.ts













;// CONCATENATED MODULE: ./packages/cli/src/init/detect-npm.ts
// The npm packages a repository releases: the root package.json, or its workspaces' packages.




/** npm's placeholder test script (`npm init`), which only fails. */
const NPM_INIT_TEST = /no test specified/;
function readJson(root, file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8'));
    }
    catch (error) {
        throw new InitError(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): npm cannot read it either. Fix it, then run tokenless init again.`);
    }
}
function scriptsOf(manifest) {
    const scripts = manifest.scripts;
    if (typeof scripts !== 'object' || scripts === null)
        return {};
    return Object.fromEntries(Object.entries(scripts).filter((entry) => typeof entry[1] === 'string'));
}
async function npmPackage(root, dir, manifest) {
    const file = dir === '.' ? 'package.json' : `${dir}/package.json`;
    const version = typeof manifest.version === 'string'
        ? await readManifestVersion(file, { cwd: root })
        : undefined;
    return {
        dir,
        file,
        name: typeof manifest.name === 'string' ? manifest.name : undefined,
        version,
        scripts: scriptsOf(manifest),
    };
}
/**
 * The publishable npm packages of `root`: the root package.json unless it is private, and every
 * workspace package that is not private. `hasRoot` tells whether a root package.json exists.
 */
async function detectNpmPackages(root) {
    const rootFile = (0,external_node_path_.join)(root, 'package.json');
    if (!(0,external_node_fs_.existsSync)(rootFile))
        return { packages: [], rootScripts: {}, hasRoot: false };
    const rootManifest = readJson(root, 'package.json');
    const packages = [];
    if (rootManifest.private !== true)
        packages.push(await npmPackage(root, '.', rootManifest));
    for (const { dir } of await listWorkspacePackages(root)) {
        const manifest = readJson(root, `${dir}/package.json`);
        if (manifest.private !== true)
            packages.push(await npmPackage(root, dir, manifest));
    }
    return { packages, rootScripts: scriptsOf(rootManifest), hasRoot: true };
}
/** Whether `scripts.test` runs tests (npm init's placeholder does not). */
function hasTestScript(scripts) {
    const test = scripts.test;
    return test !== undefined && test.trim() !== '' && !NPM_INIT_TEST.test(test);
}

;// CONCATENATED MODULE: ./packages/cli/src/init/shell-quote.ts
// A value from the repository (a folder name) put into a shell command as one word.
/** `value` as one POSIX shell word: bare when it is plain, else in single quotes. */
function shellQuote(value) {
    if (/^[\w./@%+=:,-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./packages/cli/src/init/detect-python.ts
// The Python packages a repository releases: each pyproject.toml with a [project] (or Poetry)
// table, its build backend, how its version is set, and how it is built and tested.






const BACKENDS = [
    [/^setuptools(\.|$)/, 'setuptools'],
    [/^hatchling(\.|$)/, 'hatch'],
    [/^poetry(\.|$)/, 'poetry'],
    [/^flit_core(\.|$)|^flit\./, 'flit'],
    [/^maturin$/, 'maturin'],
    [/^uv_build$/, 'uv'],
    [/^pdm(\.|$)/, 'pdm'],
];
/** Requirements that set the version from the git tag at build time. */
const TAG_PLUGINS = /^(setuptools[-_]scm|setuptools-git-versioning|hatch-vcs|uv-dynamic-versioning|poetry-dynamic-versioning|versioningit|dunamai|pbr|flit[-_]scm|vcs-versioning)\b/i;
const SKIPPED = new Set([
    'node_modules',
    'test',
    'tests',
    'docs',
    'examples',
    'fixtures',
    'dist',
    'build',
]);
function table(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function at(data, ...keys) {
    let node = data;
    for (const key of keys)
        node = table(node)?.[key];
    return node;
}
/** The folders (relative, posix) holding a pyproject.toml: the root, then two levels down. */
function pyprojectFolders(root) {
    const found = [];
    const visit = (dir, depth) => {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, dir, 'pyproject.toml')))
            found.push(dir);
        if (depth === 2)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name)))
            if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name))
                visit(dir === '.' ? entry.name : `${dir}/${entry.name}`, depth + 1);
    };
    visit('.', 0);
    return found;
}
function readPyproject(root, file) {
    try {
        return (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8'));
    }
    catch (error) {
        throw new InitError(`${file} is not valid TOML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): pip cannot build it either. Fix it, then run tokenless init again.`);
    }
}
function backendOf(data) {
    const backendName = at(data, 'build-system', 'build-backend');
    const requires = at(data, 'build-system', 'requires');
    // A backend in the tree that needs nothing installed (backend-path, no requires).
    if (typeof backendName === 'string' &&
        Array.isArray(at(data, 'build-system', 'backend-path')) &&
        Array.isArray(requires) &&
        requires.length === 0)
        return { backend: 'in-tree', backendName };
    // No build-backend: pip and build use setuptools' legacy backend.
    if (typeof backendName !== 'string' || backendName === '')
        return { backend: 'setuptools', backendName: '' };
    const match = BACKENDS.find(([pattern]) => pattern.test(backendName));
    return { backend: match?.[1] ?? 'unknown', backendName };
}
function tagPluginOf(data) {
    const dynamic = at(data, 'project', 'dynamic');
    if (!Array.isArray(dynamic) || !dynamic.includes('version')) {
        return at(data, 'tool', 'poetry-dynamic-versioning', 'enable') === true
            ? 'poetry-dynamic-versioning'
            : undefined;
    }
    if (at(data, 'tool', 'hatch', 'version', 'source') === 'vcs')
        return 'hatch-vcs';
    if (at(data, 'tool', 'pdm', 'version', 'source') === 'scm')
        return 'pdm-backend (scm)';
    const requires = at(data, 'build-system', 'requires');
    const plugin = Array.isArray(requires)
        ? requires.find((item) => typeof item === 'string' && TAG_PLUGINS.test(item))
        : undefined;
    return plugin === undefined ? undefined : (TAG_PLUGINS.exec(plugin)?.[1] ?? plugin);
}
function hasVersion(data) {
    const dynamic = at(data, 'project', 'dynamic');
    return (at(data, 'project', 'version') !== undefined ||
        (Array.isArray(dynamic) && dynamic.includes('version')) ||
        at(data, 'tool', 'poetry', 'version') !== undefined);
}
function buildCommand(backend, dir, uvLock) {
    const folder = shellQuote(dir === '.' ? '.' : `./${dir}`);
    if (backend === 'unknown')
        return undefined;
    // Nothing to download: pip builds the wheel with the backend in the tree, offline too.
    if (backend === 'in-tree')
        return `python -m pip wheel --no-deps --wheel-dir dist/python ${folder}`;
    if (backend === 'uv' || uvLock)
        return `python -m pip install uv && uv build --out-dir dist/python ${folder}`;
    return `python -m pip install build && python -m build --outdir dist/python ${folder}`;
}
function testCommand(root, dir, data) {
    const has = (name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, dir, name));
    const folder = shellQuote(dir === '.' ? '.' : `./${dir}`);
    const inDir = dir === '.' ? '' : `cd ${shellQuote(dir)} && `;
    if (has('tox.ini') || at(data, 'tool', 'tox') !== undefined)
        return `python -m pip install tox && ${inDir}tox`;
    if (has('noxfile.py'))
        return `python -m pip install nox && ${inDir}nox`;
    const pytest = at(data, 'tool', 'pytest') !== undefined ||
        has('pytest.ini') ||
        has('conftest.py') ||
        has('tests') ||
        has('test');
    if (!pytest)
        return undefined;
    if (has('uv.lock'))
        return `python -m pip install uv && ${inDir}uv run pytest`;
    return `python -m pip install ${folder} pytest && python -m pytest ${folder}`;
}
async function pythonPackage(root, dir) {
    const file = dir === '.' ? 'pyproject.toml' : `${dir}/pyproject.toml`;
    const data = readPyproject(root, file);
    const name = at(data, 'project', 'name') ?? at(data, 'tool', 'poetry', 'name');
    // A pyproject.toml with no package in it (tool settings, a uv workspace root) releases nothing.
    if (table(data.project) === undefined && table(at(data, 'tool', 'poetry')) === undefined)
        return undefined;
    const { backend, backendName } = backendOf(data);
    const versionFromTag = tagPluginOf(data);
    const version = versionFromTag === undefined && hasVersion(data)
        ? await readManifestVersion(file, { cwd: root })
        : undefined;
    return {
        dir,
        file,
        name: typeof name === 'string' ? name : undefined,
        backend,
        backendName,
        version,
        versionFromTag,
        build: buildCommand(backend, dir, (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, dir, 'uv.lock'))),
        test: testCommand(root, dir, data),
    };
}
/** The Python packages of `root`, root first. */
async function detectPythonPackages(root) {
    const found = await Promise.all(pyprojectFolders(root).map((dir) => pythonPackage(root, dir)));
    return found.filter((pkg) => pkg !== undefined);
}

// EXTERNAL MODULE: ./packages/cli/src/init/detect-repository.ts + 1 modules
var detect_repository = __webpack_require__(60432);
// EXTERNAL MODULE: ./packages/git/src/tags.ts
var src_tags = __webpack_require__(64059);
// EXTERNAL MODULE: ./packages/versioning/src/calver.ts
var calver = __webpack_require__(70057);
// EXTERNAL MODULE: ./packages/versioning/src/semver-strict.ts
var semver_strict = __webpack_require__(6636);
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(33639);
// EXTERNAL MODULE: ./packages/versioning/src/release-tag.ts
var release_tag = __webpack_require__(37158);
;// CONCATENATED MODULE: ./packages/cli/src/init/detect-tags.ts
// The version scheme and the tag prefix, read from the release tags already in the repository.


/** CalVer formats tried in this order: the first that every tag matches wins. */
const CALVER_FORMATS = [
    'YYYY.0M.0D',
    'YYYY.M.D',
    'YYYY.0M.0D.MICRO',
    'YYYY.M.D.MICRO',
    'YYYY.0M.MICRO',
    'YYYY.M.MICRO',
    'YYYY.0M',
    'YYYY.M',
];
/** The most frequent of `values` (the first seen on a tie). */
function mostFrequent(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    let best;
    for (const [value, count] of counts)
        if (best === undefined || count > counts.get(best))
            best = value;
    return best;
}
function calverFormatOf(versions) {
    if (versions.length === 0 || !versions.every((version) => /^20\d\d\.\d/.test(version)))
        return undefined;
    return CALVER_FORMATS.find((format) => versions.every((version) => (0,calver/* matchesCalver */.Nt)(version, format)));
}
/** The scheme the versions are written in; `pythonOnly` prefers PEP 440 to semver. */
function schemeOf(versions, pythonOnly) {
    const calverFormat = calverFormatOf(versions);
    if (calverFormat !== undefined)
        return { scheme: 'calver', calverFormat };
    if (pythonOnly)
        return { scheme: 'pep440' };
    if (versions.every(semver_strict/* isStrictSemver */.i))
        return { scheme: 'semver' };
    return versions.every((version) => (0,pep440/* parsePep440 */.FB)(version) !== undefined)
        ? { scheme: 'pep440' }
        : { scheme: 'semver' };
}
function newest(tags, scheme) {
    let best;
    for (const tag of tags) {
        try {
            if (best === undefined || (0,versions_by_scheme/* compareVersions */.Zy)(tag.version, best.version, scheme) > 0)
                best = tag;
        }
        catch {
            // A tag that is not a version of the scheme is not a release.
        }
    }
    return best;
}
/**
 * The prefix most release tags share and the scheme of their versions; with no release tag,
 * `v` and the scheme of the manifests' versions.
 */
async function detectTagConvention(root, manifestVersions, pythonOnly) {
    const tags = (await (0,src_tags/* listTags */.cB)(root)).map((tag) => tag.name);
    const withPrefix = tags.flatMap((tag) => {
        const prefix = (0,release_tag/* guessTagPrefix */.wg)(tag);
        return prefix === undefined ? [] : [{ tag, prefix, version: tag.slice(prefix.length) }];
    });
    const prefix = mostFrequent(withPrefix.map((found) => found.prefix));
    if (prefix === undefined)
        return { prefix: 'v', ...schemeOf(manifestVersions, pythonOnly), count: 0 };
    const ours = withPrefix.filter((found) => found.prefix === prefix);
    const versions = ours.map((found) => found.version);
    const found = schemeOf([...versions, ...manifestVersions], pythonOnly);
    const last = newest(ours, found.scheme);
    return {
        prefix,
        ...found,
        ...(last === undefined ? {} : { latest: { tag: last.tag, version: last.version } }),
        count: tags.length,
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/init/detect.ts







function noPackageError(root, privateRoot) {
    const rootNote = privateRoot
        ? ' The root package.json is private and none of its workspaces is a public package.'
        : '';
    return new InitError(`No package to release in ${root}: tokenless init looked for package.json (with its npm workspaces) and pyproject.toml (at the root and up to two folders down, e.g. python/pyproject.toml) and found none that names a package.${rootNote} Run it at the root of the repository that holds the package.`);
}
/** Refuses manifests that disagree: the release workflow would refuse every release. */
function checkVersionsAgree(manifests) {
    const first = manifests[0];
    if (first === undefined)
        return;
    if (manifests.every((found) => (0,version_mapping/* versionsEquivalent */.CW)(found.version, first.version)))
        return;
    const list = manifests.map((found) => `${found.file}:${found.line} has ${found.version}`);
    throw new InitError(`The manifests disagree on the version: ${list.join(', ')}. The release workflow checks that every manifest carries the version being released: make them equal, then run tokenless init again (packages versioned apart are a monorepo: see workflows-examples/monorepo.yml).`);
}
function chooseVersion(manifests, tags, options, looked) {
    if (options.version !== undefined) {
        try {
            (0,versions_by_scheme/* validateVersion */.Pj)(options.version, tags.scheme, { calverFormat: tags.calverFormat });
        }
        catch (error) {
            throw new InitError(`--version ${options.version} is not a ${tags.scheme} version: ${error instanceof Error ? error.message : String(error)}`);
        }
        return { version: options.version, versionSource: '--version' };
    }
    const first = manifests[0];
    if (first !== undefined)
        return { version: first.version, versionSource: `${first.file}:${first.line}` };
    if (tags.latest !== undefined)
        return { version: tags.latest.version, versionSource: `the tag ${tags.latest.tag}` };
    throw new InitError(`No version found: ${looked}, and the repository has no release tag. Give the version of the first release: tokenless init --version 1.0.0.`);
}
/** What the manifests say about their versions, for the "no version" message. */
function describeMissingVersions(npm, python) {
    const parts = [
        ...npm.map((pkg) => `${pkg.file} has no "version"`),
        ...python.map((pkg) => pkg.versionFromTag !== undefined
            ? `${pkg.file} takes its version from the git tag (${pkg.versionFromTag})`
            : `${pkg.file} has no version`),
    ];
    return parts.join(', ');
}
function testCommandOf(npm, python) {
    const commands = [];
    if (hasTestScript(npm.rootScripts))
        commands.push('npm test');
    else
        for (const pkg of npm.packages)
            if (hasTestScript(pkg.scripts))
                commands.push(pkg.dir === '.' ? 'npm test' : `npm test --prefix ${shellQuote(pkg.dir)}`);
    for (const pkg of python)
        if (pkg.test !== undefined)
            commands.push(pkg.test);
    return commands.length === 0 ? undefined : commands.join(' && ');
}
async function detectProject(root, options = {}) {
    const npm = await detectNpmPackages(root);
    const python = await detectPythonPackages(root);
    if (npm.packages.length === 0 && python.length === 0)
        throw noPackageError(root, npm.hasRoot);
    const manifests = [
        ...npm.packages.flatMap((pkg) => (pkg.version === undefined ? [] : [pkg.version])),
        ...python.flatMap((pkg) => (pkg.version === undefined ? [] : [pkg.version])),
    ];
    checkVersionsAgree(manifests);
    const pythonOnly = npm.packages.length === 0;
    const tags = await detectTagConvention(root, manifests.map((found) => found.version), pythonOnly);
    const looked = describeMissingVersions(npm.packages, python);
    return {
        root,
        repository: await (0,detect_repository.detectGitHubRepository)(root),
        npm: npm.packages,
        python,
        manifests,
        ...chooseVersion(manifests, tags, options, looked),
        tags,
        testCommand: testCommandOf(npm, python),
        defaultBranch: await (0,detect_repository/* detectDefaultBranch */.Rd)(root),
        changelog: (0,detect_repository/* detectChangelog */.sZ)(root),
        tokenUses: (0,detect_repository/* detectTokenUses */.vq)(root),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/init/manifest-repository.ts
// npm ties a package published with provenance to the repository its package.json names, and
// refuses the publish (E422 "Failed to validate repository information") when that is not the
// repository the release runs in. init sets a missing "repository" (npm's own form, with the
// folder of a workspace package) and says what to change when it names another repository.


const GITHUB_NAMED = /github(?:\.com)?[:/]([^/]+\/[^/#]+?)(?:\.git)?(?:#.*)?$/i;
function urlOf(field) {
    if (typeof field === 'string')
        return field;
    if (typeof field === 'object' && field !== null) {
        const url = field.url;
        if (typeof url === 'string')
            return url;
    }
    return undefined;
}
/** The text with `repository` placed after "version" (else "name", else last), in its indent. */
function withRepository(text, manifest, field) {
    const indent = /^[\t ]+(?=")/m.exec(text)?.[0] ?? '  ';
    const keys = Object.keys(manifest);
    const after = keys.includes('version') ? 'version' : keys.includes('name') ? 'name' : undefined;
    const entries = [];
    for (const key of keys) {
        entries.push([key, manifest[key]]);
        if (key === after)
            entries.push(['repository', field]);
    }
    if (after === undefined)
        entries.push(['repository', field]);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const json = JSON.stringify(Object.fromEntries(entries), null, indent).replace(/\n/g, eol);
    return /\r?\n$/.test(text) ? `${json}${eol}` : json;
}
/** What each npm package's "repository" needs before a release with provenance can publish. */
function repositoryFields(root, packages, repository) {
    const result = { edits: [], problems: [] };
    const wanted = repository && `${repository.owner}/${repository.repo}`;
    const fix = (dir) => `"repository": { "type": "git", "url": "git+https://github.com/${wanted ?? '<owner>/<repository>'}.git"${dir === '.' ? '' : `, "directory": "${dir}"`} }`;
    for (const pkg of packages) {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, pkg.file), 'utf8');
        const manifest = JSON.parse(text);
        const url = urlOf(manifest.repository);
        const named = GITHUB_NAMED.exec(url ?? '')?.[1];
        if (url === undefined && wanted !== undefined) {
            const field = {
                type: 'git',
                url: `git+https://github.com/${wanted}.git`,
                ...(pkg.dir === '.' ? {} : { directory: pkg.dir }),
            };
            result.edits.push({
                file: pkg.file,
                text: withRepository(text, manifest, field),
                url: field.url,
            });
        }
        else if (url === undefined) {
            result.problems.push(`${pkg.file} has no "repository", and origin is not a GitHub repository: npm refuses a publish with provenance whose package.json does not name the repository it runs in. Set ${fix(pkg.dir)} in ${pkg.file}.`);
        }
        else if (wanted !== undefined && named?.toLowerCase() !== wanted.toLowerCase()) {
            result.problems.push(`${pkg.file}: "repository" is ${url}, but the release runs in github.com/${wanted} (origin): npm refuses a publish with provenance whose package.json names another repository. Set ${fix(pkg.dir)} in ${pkg.file}.`);
        }
    }
    return result;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./packages/cli/src/init/options.ts
// `tokenless init` options: parsed once, each mistake said with the fix.


const INIT_USAGE = `Usage: tokenless init [PATH] [options]

Writes .github/workflows/release.yml for the repository at PATH (default: the current directory):
the reference pipeline (validate -> test -> build -> publish with OIDC trusted publishing under
the "release" environment -> GitHub Release), filled in with its packages (package.json and npm
workspaces, pyproject.toml), version scheme and tag prefix, test command, build and default
branch. Then prints the trusted publishers to register, checks the workflow with tokenless doctor
and gives the tokenless rehearse command that releases it against the sandbox.

Options:
  -y, --yes                 overwrite existing workflow files without asking
      --dry-run             print the files instead of writing them
      --yank                also write .github/workflows/yank.yml (yank a bad release on demand)
      --version VERSION     the version of the next release, when no manifest or tag has one
      --test-command CMD    the command that runs the tests (default: the one detected)
  -h, --help                show this help

Exit status: 0 written (or printed) and doctor finds nothing, 1 a problem in the repository or a
doctor finding, 2 a usage error.`;
const OPTIONS = {
    yes: { type: 'boolean', short: 'y' },
    'dry-run': { type: 'boolean' },
    yank: { type: 'boolean' },
    version: { type: 'string' },
    'test-command': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
function usageErrorOf(error, args) {
    // Read as a plain object: node:util's errors may come from another realm (a test's VM).
    const { code, message = '' } = error;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return new InitUsageError(`unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const flag = args.find((arg) => /^--(version|test-command)$/.test(arg));
        return new InitUsageError(`${flag ?? 'an option'} needs a value.`);
    }
    return error;
}
function parseInitArgs(args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw usageErrorOf(error, args);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        throw new InitUsageError(`give one PATH, not ${positionals.length} (${positionals.join(', ')}).`);
    for (const [option, value] of [
        ['--version', values.version],
        ['--test-command', values['test-command']],
    ])
        if (value !== undefined && value.trim() === '')
            throw new InitUsageError(`${option} is empty.`);
    return {
        path: positionals[0] ?? '.',
        yes: values.yes ?? false,
        dryRun: values['dry-run'] ?? false,
        yank: values.yank ?? false,
        version: values.version?.trim(),
        testCommand: values['test-command'],
        help: values.help ?? false,
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/init/publishers-text.ts
const WORKFLOW = 'release.yml';
const ENVIRONMENT = 'release';
function fields(rows) {
    const width = Math.max(...rows.map(([label]) => label.length)) + 1;
    return rows.map(([label, value]) => `    ${`${label}:`.padEnd(width)} ${value}`).join('\n');
}
function ownerOf(facts) {
    return facts.repository ?? { owner: '<owner>', repo: '<repository>' };
}
function npmSection(facts) {
    const { owner, repo } = ownerOf(facts);
    return facts.npm.map((pkg) => {
        const name = pkg.name ?? `<the name in ${pkg.file}>`;
        return [
            `  npm: ${name}`,
            `    https://www.npmjs.com/package/${name}/access -> Trusted publishing -> GitHub Actions`,
            fields([
                ['Package', name],
                ['Organization or user', owner],
                ['Repository', repo],
                ['Workflow filename', WORKFLOW],
                ['Environment name', ENVIRONMENT],
            ]),
            `    (npm attaches a trusted publisher to a package that exists: publish its first version by hand once if it does not.)`,
        ].join('\n');
    });
}
function pypiSection(facts, site) {
    const { owner, repo } = ownerOf(facts);
    const label = site === 'pypi.org' ? 'PyPI' : 'TestPyPI (only to try releases there first)';
    return facts.python.map((pkg) => {
        const name = pkg.name ?? `<the name in ${pkg.file}>`;
        return [
            `  ${label}: ${name}`,
            `    an existing project: https://${site}/manage/project/${name}/settings/publishing/`,
            `    a new project (pending publisher): https://${site}/manage/account/publishing/`,
            fields([
                ['PyPI Project Name', `${name} (pending publisher only)`],
                ['Owner', owner],
                ['Repository name', repo],
                ['Workflow name', WORKFLOW],
                ['Environment name', ENVIRONMENT],
            ]),
        ].join('\n');
    });
}
function environmentSection(facts) {
    const { owner, repo } = ownerOf(facts);
    return [
        `Create the environment "${ENVIRONMENT}": https://github.com/${owner}/${repo}/settings/environments/new`,
        `  Required reviewers: the maintainers who approve a release (the publish jobs wait for one).`,
        `  Deployment branches and tags: selected: ${facts.defaultBranch}, hotfix/*, and tags ${facts.tags.prefix}*.`,
    ].join('\n');
}
function tokenSection(facts) {
    if (facts.tokenUses.length === 0)
        return undefined;
    const { owner, repo } = ownerOf(facts);
    const secrets = [...new Set(facts.tokenUses.map((use) => use.secret))];
    const files = [...new Set(facts.tokenUses.map((use) => use.file))];
    return [
        `Once a release through ${WORKFLOW} has published, delete what the token-based release used:`,
        ...facts.tokenUses.map((use) => `  ${use.file}:${use.line} uses the secret ${use.secret}`),
        `  Delete the secret${secrets.length > 1 ? 's' : ''} ${secrets.join(', ')}: https://github.com/${owner}/${repo}/settings/secrets/actions (and the environments' secrets)`,
        `  Revoke the token${secrets.length > 1 ? 's' : ''} on the registry (npmjs.com -> Access Tokens, pypi.org -> Account settings -> API tokens).`,
        ...files
            .filter((file) => file !== `.github/workflows/${WORKFLOW}`)
            .map((file) => `  Delete ${file}, or remove its publish steps: ${WORKFLOW} publishes now.`),
    ].join('\n');
}
/** The registration text, ready to print. */
function publishersText(facts) {
    const sections = [
        'Register the trusted publishers (the names must match exactly; no registry token is needed):',
        ...npmSection(facts),
        ...pypiSection(facts, 'pypi.org'),
        ...pypiSection(facts, 'test.pypi.org'),
        '',
        environmentSection(facts),
    ];
    const tokens = tokenSection(facts);
    if (tokens !== undefined)
        sections.push('', tokens);
    if (facts.repository === undefined)
        sections.push('', 'The origin remote is not on GitHub: replace <owner> and <repository> with where the repository lives.');
    return `${sections.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/cli/src/version.ts
var src_version = __webpack_require__(35270);
;// CONCATENATED MODULE: ./packages/cli/src/init/suite-ref.ts
// How a written workflow references the suite's actions: by the commit SHA of this tokenless's
// release when the suite's checkout knows it (its tag v<version>), else by the tag the reference
// workflow uses.


/** The commit `tag` points to in the git repository at `dir`, if it is one and has the tag. */
function taggedCommit(dir, tag) {
    try {
        const sha = (0,external_node_child_process_.execFileSync)('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
        return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
function suiteActionRef(suiteRoot, version = (0,src_version/* cliVersion */.$)()) {
    const tag = `v${version}`;
    const sha = taggedCommit(suiteRoot, tag);
    return sha === undefined ? { ref: 'v1', version: undefined } : { ref: sha, version: tag };
}

;// CONCATENATED MODULE: ./packages/cli/src/init/summary-text.ts
function packagesLines(facts) {
    return [
        ...facts.npm.map((pkg) => `  npm     ${pkg.name ?? '(no name)'} in ${pkg.file}`),
        ...facts.python.map((pkg) => {
            const backend = pkg.backend === 'unknown' ? `unknown backend "${pkg.backendName}"` : pkg.backend;
            const version = pkg.versionFromTag === undefined ? '' : `, version from the git tag (${pkg.versionFromTag})`;
            return `  Python  ${pkg.name ?? '(no name)'} in ${pkg.file} (${backend}${version})`;
        }),
    ];
}
function detectionText(facts) {
    const { tags } = facts;
    const scheme = tags.calverFormat === undefined ? tags.scheme : `calver ${tags.calverFormat}`;
    const lines = [
        `Found in ${facts.root}:`,
        ...packagesLines(facts),
        `  version ${facts.version} (${facts.versionSource})`,
        `  tags    ${tags.prefix}<version>, ${scheme}${tags.latest === undefined ? ', no release tag yet' : `, newest ${tags.latest.tag}`}`,
        `  tests   ${facts.testCommand ?? 'none found: set TEST_COMMAND in the workflow, or rerun with --test-command'}`,
        `  branch  ${facts.defaultBranch}`,
        `  changelog ${facts.changelog === undefined ? 'none' : `${facts.changelog.file} (${facts.changelog.format})`}`,
    ];
    for (const pkg of facts.python)
        if (pkg.build === undefined)
            lines.push(`  The build backend "${pkg.backendName}" of ${pkg.file} is not one tokenless init knows: the workflow's step "Build ${pkg.name ?? pkg.dir}" is to fill in (it fails until then).`);
    if (facts.tokenUses.length > 0)
        lines.push(`  tokens  ${[...new Set(facts.tokenUses.map((use) => use.secret))].join(', ')} in ${[...new Set(facts.tokenUses.map((use) => use.file))].join(', ')}`);
    return `${lines.join('\n')}\n\n`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/cli/src/init/workflow-writer.ts
// The release workflow for a repository: the reference pipeline (workflows-examples/release.yml)
// filled in with what init detected. Edited as a YAML document with the `yaml` package, so that
// the reference's comments stay and every value taken from the repository is a quoted scalar,
// never text pasted into YAML.



/**
 * A value from the repository as GitHub reads it: `${{` would start an expression, so it is
 * written as an expression that yields the two characters.
 */
function literal(value) {
    return value.replaceAll('${{', "${{ '${{' }}");
}
/** A comment line from the repository's values: no line breaks. */
function commentText(value) {
    return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
function blockScalar(value) {
    const scalar = new yaml_dist/* Scalar */.X5(value);
    if (value.includes('\n'))
        scalar.type = yaml_dist/* Scalar */.X5.BLOCK_LITERAL;
    return scalar;
}
function mapAt(doc, path) {
    const node = doc.getIn(path, true);
    if (!(0,yaml_dist/* isMap */.jh)(node))
        throw new Error(`The reference workflow has no map at ${path.join('.')}.`);
    return node;
}
function stepsOf(doc, job) {
    const node = doc.getIn(['jobs', job, 'steps'], true);
    if (!(0,yaml_dist/* isSeq */.oP)(node))
        throw new Error(`The reference workflow's job ${job} has no steps.`);
    return node;
}
function findStep(doc, job, matches) {
    const step = stepsOf(doc, job).items.find(matches);
    if (step === undefined)
        throw new Error(`The reference workflow's job ${job} lost a step.`);
    return step;
}
function withOf(step) {
    const inputs = step.get('with', true);
    if (!(0,yaml_dist/* isMap */.jh)(inputs))
        throw new Error('A step of the reference workflow lost its `with:`.');
    return inputs;
}
function usesOf(step) {
    const uses = step.get('uses');
    return typeof uses === 'string' ? uses : '';
}
const named = (name) => (step) => step.get('name') === name;
const using = (action) => (step) => usesOf(step).startsWith(`${action}@`);
function removeStep(doc, job, matches) {
    const steps = stepsOf(doc, job);
    steps.items = steps.items.filter((step) => !matches(step));
}
/** Keeps or removes the setup-node/setup-python steps of a job, with no `if:` left. */
function fitSetupSteps(doc, job, facts) {
    for (const [action, wanted] of [
        ['actions/setup-node', facts.npm.length > 0],
        ['actions/setup-python', facts.python.length > 0],
    ]) {
        if (!wanted)
            removeStep(doc, job, using(action));
        else
            findStep(doc, job, using(action)).delete('if');
    }
}
function fitTriggers(doc) {
    const on = mapAt(doc, ['on']);
    on.delete('workflow_call');
}
function fitValidate(doc, facts) {
    const outputs = mapAt(doc, ['jobs', 'validate', 'outputs']);
    outputs.delete('npm');
    outputs.delete('python');
    removeStep(doc, 'validate', named('Find the packages'));
    const inputs = withOf(findStep(doc, 'validate', named('Validate the tag, the version and the manifests')));
    const manifests = facts.manifests.map((found) => literal(found.spec)).join('\n');
    // No file holds the version (a tag plugin stamps it at build time): validate-tag reads none.
    if (manifests === '')
        inputs.set('manifests', 'none');
    else
        inputs.set('manifests', blockScalar(`${manifests}\n`));
    if (facts.changelog === undefined)
        inputs.delete('changelog');
    else
        inputs.set('changelog', literal(facts.changelog.file));
    inputs.set('branches', `${literal(facts.defaultBranch)}, hotfix/*`);
    if (facts.tags.prefix !== 'v')
        inputs.set('tag-prefix', new yaml_dist/* Scalar */.X5(literal(facts.tags.prefix)));
    if (facts.tags.scheme !== 'semver')
        inputs.set('scheme', facts.tags.scheme);
    if (facts.tags.calverFormat !== undefined)
        inputs.set('calver-format', facts.tags.calverFormat);
}
/**
 * The variable a tag-versioning plugin reads instead of `git describe`: the build runs before
 * create-release makes the tag, so the workflow hands it the version being released.
 */
function tagVersionVariable(plugin) {
    if (/^(setuptools[-_]scm|hatch-vcs|vcs-versioning|flit[-_]scm)$/i.test(plugin))
        return 'SETUPTOOLS_SCM_PRETEND_VERSION';
    if (plugin === 'pdm-backend (scm)')
        return 'PDM_BUILD_SCM_VERSION';
    if (plugin === 'poetry-dynamic-versioning')
        return 'POETRY_DYNAMIC_VERSIONING_BYPASS';
    if (plugin === 'uv-dynamic-versioning')
        return 'UV_DYNAMIC_VERSIONING_BYPASS';
    if (/^pbr$/i.test(plugin))
        return 'PBR_VERSION';
    return undefined;
}
function pythonBuildStep(doc, pkg) {
    const name = `Build ${commentText(pkg.name ?? pkg.dir)}`;
    if (pkg.build === undefined) {
        const node = doc.createNode({
            name,
            run: `echo "::error::Fill in the build of ${pkg.file}: tokenless init does not know the build backend in it."\nexit 1\n`,
        });
        node.commentBefore = ` TO FILL IN: the build backend "${commentText(pkg.backendName)}" of ${commentText(pkg.file)} is not one tokenless init knows. Replace this step with the commands that build it into dist/python.`;
        return node;
    }
    if (pkg.versionFromTag === undefined)
        return { name, run: pkg.build };
    const variable = tagVersionVariable(pkg.versionFromTag);
    if (variable !== undefined)
        return { name, env: { [variable]: '${{ needs.validate.outputs.version }}' }, run: pkg.build };
    const node = doc.createNode({ name, run: pkg.build });
    node.commentBefore = ` TO CHECK: ${commentText(pkg.versionFromTag)} reads the version from git, and the tag is made after this build (by create-release): set the version being released, needs.validate.outputs.version, the way it reads one.`;
    return node;
}
/** A build step per package, each with its folder in `env:`, never in the script. */
function buildSteps(doc, facts) {
    const npm = facts.npm.map((pkg) => ({
        name: `Pack ${commentText(pkg.name ?? pkg.dir)}`,
        env: { PACKAGE_DIR: literal(pkg.dir) },
        run: 'mkdir -p dist/npm\nnpm pack "./$PACKAGE_DIR" --pack-destination dist/npm\n',
    }));
    const python = facts.python.map((pkg) => pythonBuildStep(doc, pkg));
    return [...npm, ...python];
}
function fitBuild(doc, facts) {
    fitSetupSteps(doc, 'build', facts);
    const steps = stepsOf(doc, 'build');
    const first = steps.items.findIndex(named('Pack the npm package'));
    steps.items = steps.items.filter((step) => !named('Pack the npm package')(step) && !named('Build the Python package')(step));
    steps.items.splice(first, 0, ...buildSteps(doc, facts).map((step) => doc.createNode(step)));
}
function fitPublishJobs(doc, facts) {
    const jobs = mapAt(doc, ['jobs']);
    const gone = [];
    for (const [job, wanted] of [
        ['publish-npm', facts.npm.length > 0],
        ['publish-pypi', facts.python.length > 0],
    ]) {
        if (wanted)
            mapAt(doc, ['jobs', job]).delete('if');
        else {
            jobs.delete(job);
            gone.push(job);
        }
    }
    const needs = doc.getIn(['jobs', 'create-release', 'needs'], true);
    if ((0,yaml_dist/* isSeq */.oP)(needs))
        needs.items = needs.items.filter((item) => !((0,yaml_dist/* isScalar */.jn)(item) && gone.includes(String(item.value))));
}
/** `owner/tokenless/actions/x@v1` -> the suite's actions at `ref`, with the version as comment. */
function pinSuiteActions(doc, suite) {
    const jobs = mapAt(doc, ['jobs']);
    for (const pair of jobs.items) {
        const steps = (0,yaml_dist/* isMap */.jh)(pair.value) ? pair.value.get('steps', true) : undefined;
        if (!(0,yaml_dist/* isSeq */.oP)(steps))
            continue;
        for (const step of steps.items) {
            const uses = (0,yaml_dist/* isMap */.jh)(step) ? step.get('uses', true) : undefined;
            if (!(0,yaml_dist/* isScalar */.jn)(uses) || typeof uses.value !== 'string')
                continue;
            const match = /^([^/]+\/tokenless\/actions\/[\w-]+)@(.+)$/.exec(uses.value);
            if (match === null)
                continue;
            uses.value = `${match[1]}@${suite.ref}`;
            uses.comment =
                suite.version !== undefined
                    ? ` ${suite.version}`
                    : ` tokenless-ignore: unpinned-action the release SHA of ${suite.ref} was not known to tokenless init: pin it`;
        }
    }
}
/** The reference's own layout: `[a, b]` flow lists, long lines kept whole (never folded). */
const TO_STRING = { flowCollectionPadding: false, lineWidth: 0 };
function header(facts) {
    const names = [...facts.npm, ...facts.python].map((pkg) => commentText(pkg.name ?? pkg.dir));
    return [
        ` Releases ${names.join(', ')} with no registry token: validate -> test -> build -> publish`,
        ` (OIDC trusted publishing, environment "release") -> GitHub Release. Written by tokenless init`,
        ` from tokenless's reference pipeline (workflows-examples/release.yml).`,
        ``,
        ` Release: gh workflow run release.yml -f version=X.Y.Z (or publish a GitHub Release).`,
        ` Before the first release, register the trusted publishers that tokenless init printed and`,
        ` protect the "release" environment with required reviewers. Check it: tokenless doctor.`,
    ].join('\n');
}
/** The release workflow for `facts`, from the reference workflow under `suiteRoot`. */
function releaseWorkflow(facts, suiteRoot, suite) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(suiteRoot, 'workflows-examples', 'release.yml'), 'utf8'));
    doc.commentBefore = header(facts);
    const first = doc.contents.items[0];
    if (first !== undefined && (0,yaml_dist/* isScalar */.jn)(first.key))
        first.key.commentBefore = null;
    fitTriggers(doc);
    const env = mapAt(doc, ['env']);
    env.items = env.items.filter((pair) => (0,yaml_dist/* isScalar */.jn)(pair.key) && pair.key.value === 'VERSION_INPUT');
    env.set('TEST_COMMAND', literal(facts.testCommand ??
        'echo "::error::No test command: set TEST_COMMAND in release.yml." && exit 1'));
    fitValidate(doc, facts);
    fitSetupSteps(doc, 'test', facts);
    fitBuild(doc, facts);
    fitPublishJobs(doc, facts);
    pinSuiteActions(doc, suite);
    return { file: '.github/workflows/release.yml', text: doc.toString(TO_STRING) };
}
/** The yank workflow (workflows-examples/yank.yml) naming this repository's packages. */
function yankWorkflow(facts, suiteRoot, suite) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(suiteRoot, 'workflows-examples', 'yank.yml'), 'utf8'));
    const packages = [
        ...facts.npm.flatMap((pkg) => (pkg.name === undefined ? [] : [`npm:${pkg.name}`])),
        ...facts.python.flatMap((pkg) => (pkg.name === undefined ? [] : [`pypi:${pkg.name}`])),
    ];
    const step = findStep(doc, 'yank', (candidate) => usesOf(candidate).includes('yank-notice'));
    withOf(step).set('packages', blockScalar(`${literal(packages.join('\n'))}\n`));
    pinSuiteActions(doc, suite);
    return { file: '.github/workflows/yank.yml', text: doc.toString(TO_STRING) };
}

;// CONCATENATED MODULE: ./packages/cli/src/init/command.ts
// `tokenless init`: detects what the repository releases, writes its release workflow, prints
// the trusted publishers to register, checks the workflow with doctor and offers a rehearsal.
// Exit codes: 0 written and clean, 1 a problem in the repository or a doctor finding, 2 usage.
















function repositoryRoot(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new InitError(`${path} does not exist.`);
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['-C', path, 'rev-parse', '--show-toplevel'], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        throw new InitError(`${path} is not in a git repository: tokenless init reads the tags and the default branch from git history. Run it in a clone of the repository (or git init first).`);
    }
}
function workflows(facts, options) {
    const suiteRoot = (0,suite_root/* findSuiteRoot */.AI)();
    const suite = suiteActionRef(suiteRoot);
    const files = [releaseWorkflow(facts, suiteRoot, suite)];
    if (options.yank)
        files.push(yankWorkflow(facts, suiteRoot, suite));
    return files;
}
async function ask(io, question) {
    const stdin = io.stdin;
    if (stdin === undefined)
        return false;
    const prompt = (0,promises_.createInterface)({ input: stdin, output: io.stdout });
    try {
        const answer = await prompt.question(question);
        return /^y(es)?$/i.test(answer.trim());
    }
    finally {
        prompt.close();
    }
}
/** Whether each file may be written: new, unchanged, --yes, or a person said yes. */
async function mayWrite(root, files, options, io) {
    for (const file of files) {
        const target = (0,external_node_path_.join)(root, file.file);
        if (!(0,external_node_fs_.existsSync)(target) || options.yes || (0,external_node_fs_.readFileSync)(target, 'utf8') === file.text)
            continue;
        if (io.stdin?.isTTY !== true)
            throw new InitError(`${file.file} exists already. Run tokenless init --yes to overwrite it, or --dry-run to see what would be written.`);
        if (!(await ask(io, `${file.file} exists. Overwrite it? [y/N] `)))
            return false;
    }
    return true;
}
/** Doctor over the written files (in a scratch folder for --dry-run): no finding allowed. */
function doctorOn(root, files, dryRun) {
    const base = dryRun ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-init-')) : root;
    try {
        if (dryRun)
            for (const file of files) {
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(base, file.file)), { recursive: true });
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(base, file.file), file.text);
            }
        const result = (0,doctor/* runDoctor */.j1)((0,doctor/* loadRepository */.rV)(base, files.map((file) => (0,external_node_path_.join)(base, file.file))));
        const clean = result.findings.length === 0 && result.failures.length === 0;
        return { clean, text: clean ? '' : (0,doctor/* formatText */.vX)(result) };
    }
    finally {
        if (dryRun)
            (0,external_node_fs_.rmSync)(base, { recursive: true, force: true });
    }
}
/**
 * The rehearsal to offer: with the version when no manifest holds it, and with CalVer, whose
 * validation computes today's date when no version is given.
 */
function rehearseCommandText(facts) {
    const manifestsHaveVersion = facts.manifests.length > 0;
    return manifestsHaveVersion && facts.tags.scheme !== 'calver'
        ? 'npx tokenless rehearse'
        : `npx tokenless rehearse --input version=${facts.version}`;
}
/** Sets the "repository" npm checks provenance against where package.json has none. */
function setRepositoryFields(root, manifests, dryRun, io) {
    for (const edit of manifests.edits) {
        if (!dryRun)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, edit.file), edit.text);
        io.stdout.write(`${dryRun ? 'Would set' : 'Set'} "repository" in ${edit.file} to ${edit.url}${dryRun ? ' (--dry-run: not written)' : ''}: npm refuses a publish with provenance whose package.json does not name the repository it runs in.\n`);
    }
}
async function runInit(options, io) {
    const root = repositoryRoot((0,external_node_path_.resolve)(io.cwd, options.path));
    const detected = await detectProject(root, { version: options.version });
    const facts = options.testCommand === undefined ? detected : { ...detected, testCommand: options.testCommand };
    const files = workflows(facts, options);
    io.stdout.write(detectionText(facts));
    if (options.dryRun) {
        for (const file of files)
            io.stdout.write(`\n--- ${file.file} (--dry-run: not written)\n${file.text}`);
    }
    else {
        if (!(await mayWrite(root, files, options, io))) {
            io.stdout.write('Nothing written.\n');
            return 1;
        }
        for (const file of files) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, file.file)), { recursive: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, file.file), file.text);
            io.stdout.write(`Wrote ${file.file}\n`);
        }
    }
    const manifests = repositoryFields(root, facts.npm, facts.repository);
    setRepositoryFields(root, manifests, options.dryRun, io);
    io.stdout.write(`\n${publishersText(facts)}`);
    const doctor = doctorOn(root, files, options.dryRun);
    const names = files.map((file) => file.file).join(', ');
    if (!doctor.clean) {
        io.stdout.write(`\ntokenless doctor on ${names}:\n${doctor.text}`);
        return 1;
    }
    io.stdout.write(`\ntokenless doctor: no finding in ${names}.\n`);
    if (manifests.problems.length > 0) {
        io.stdout.write(`\nThe release would fail at its npm publish until package.json is changed:\n${manifests.problems.map((problem) => `  ${problem}\n`).join('')}`);
        return 1;
    }
    io.stdout.write(`\nRehearse the release against the sandbox (nothing leaves the machine):\n  ${rehearseCommandText(facts)}\n`);
    return 0;
}
async function initCommand(args, io) {
    let options;
    try {
        options = parseInitArgs(args);
    }
    catch (error) {
        if (!(error instanceof InitUsageError))
            throw error;
        io.stderr.write(`tokenless init: ${error.message}\n\n${INIT_USAGE}\n`);
        return 2;
    }
    if (options.help) {
        io.stdout.write(`${INIT_USAGE}\n`);
        return 0;
    }
    try {
        return await runInit(options, io);
    }
    catch (error) {
        if (error instanceof InitError || error instanceof configuration_error/* ConfigurationError */.j1) {
            io.stderr.write(`tokenless init: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}


/***/ }),

/***/ 60432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sZ: () => (/* binding */ detectChangelog),
  Rd: () => (/* binding */ detectDefaultBranch),
  detectGitHubRepository: () => (/* binding */ detectGitHubRepository),
  vq: () => (/* binding */ detectTokenUses)
});

// UNUSED EXPORTS: workflowFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/git/src/git-command.ts
var git_command = __webpack_require__(25240);
// EXTERNAL MODULE: ./packages/git/src/git-repository-error.ts
var git_repository_error = __webpack_require__(53778);
;// CONCATENATED MODULE: ./packages/git/src/remotes.ts


/** Rejects a remote name that git would read as an option (`--upload-pack=...`) or that cannot exist. */
function checkRemoteName(remote) {
    if (remote === '' || remote.startsWith('-') || /[\s\0]/.test(remote)) {
        throw new git_repository_error/* GitRepositoryError */.n('TL_GIT_REMOTE_NAME', `${JSON.stringify(remote)} is not a usable git remote name: it is empty, starts with "-" or ` +
            `contains whitespace. Use the name of a configured remote, such as origin.`, { input: 'remote' });
    }
}
/** Whether a remote of that name is configured (`git remote get-url`). */
async function hasRemote(cwd, remote) {
    const args = ['remote', 'get-url', remote];
    const result = await git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return true;
    if (result.exitCode === 2)
        return false; // "No such remote"
    throw gitFailure(cwd, args, result);
}
/** The remote's branches (short names) and their tips, from one `git ls-remote --heads`. */
async function listRemoteBranches(cwd, remote) {
    const { stdout } = await git(cwd, ['ls-remote', '--heads', remote]);
    const branches = new Map();
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || refname?.startsWith('refs/heads/') !== true)
            continue;
        branches.set(refname.slice('refs/heads/'.length), sha);
    }
    return branches;
}
/** `git fetch` of exactly these refspecs: no tags, no submodules, quiet. */
async function fetchRefs(cwd, remote, depthArgs, refspecs) {
    await git(cwd, [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        '--no-auto-gc',
        '--quiet',
        ...depthArgs,
        remote,
        ...refspecs,
    ]);
}
/**
 * The default branch as the clone knows it (`refs/remotes/<remote>/HEAD`), else `main` or
 * `master` when such a branch exists; undefined when none of these tells.
 */
async function defaultBranch(cwd, remote = 'origin') {
    checkRemoteName(remote);
    const head = await (0,git_command/* git */.$Y)(cwd, ['symbolic-ref', '-q', '--short', `refs/remotes/${remote}/HEAD`], {
        allowFailure: true,
    });
    const fromRemote = head.stdout.trim();
    if (head.exitCode === 0 && fromRemote.startsWith(`${remote}/`)) {
        return fromRemote.slice(remote.length + 1);
    }
    for (const candidate of ['main', 'master']) {
        const { stdout } = await (0,git_command/* git */.$Y)(cwd, [
            'for-each-ref',
            '--format=%(refname)',
            `refs/heads/${candidate}`,
            `refs/remotes/${remote}/${candidate}`,
        ]);
        if (stdout.trim() !== '')
            return candidate;
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/cli/src/rehearse/repository-copy.ts
var repository_copy = __webpack_require__(67560);
;// CONCATENATED MODULE: ./packages/cli/src/init/detect-repository.ts
// What the repository tells beyond its packages: where it lives on GitHub, its default branch,
// its changelog, and the release workflows that publish with a registry token today.




const CHANGELOG_NAMES = ['CHANGELOG.md', 'CHANGES.md', 'HISTORY.md', 'NEWS.md'];
/** Secrets that hold a registry credential: what trusted publishing replaces. */
const REGISTRY_SECRET = /^(?=.*(NPM|PYPI|TWINE|NODE_AUTH|REGISTRY|PUBLISH))(?=.*(TOKEN|PASSWORD|KEY|AUTH)).*$/i;
/** `owner/repo` of the origin remote on GitHub, if it is one. */
async function detectGitHubRepository(root) {
    const { stdout, exitCode } = await (0,git_command/* git */.$Y)(root, ['remote', 'get-url', 'origin'], {
        allowFailure: true,
    });
    return exitCode === 0 ? (0,repository_copy/* githubRepositoryOf */.hl)(stdout.trim()) : undefined;
}
/** The default branch (origin's HEAD, else main or master, else the current branch). */
async function detectDefaultBranch(root) {
    const known = await defaultBranch(root);
    if (known !== undefined)
        return known;
    const { stdout } = await (0,git_command/* git */.$Y)(root, ['symbolic-ref', '-q', '--short', 'HEAD'], {
        allowFailure: true,
    });
    return stdout.trim() || 'main';
}
function detectChangelog(root) {
    const file = CHANGELOG_NAMES.find((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, name)));
    if (file === undefined)
        return undefined;
    const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8');
    if (/keepachangelog\.com|^## \[Unreleased\]/im.test(text))
        return { file, format: 'keep-a-changelog' };
    if (/^#{1,3} \[?\d[^\]\n]*\]?\(https?:[^)]*compare/m.test(text))
        return { file, format: 'conventional-changelog' };
    return { file, format: 'plain' };
}
/** The workflows under .github/workflows, relative to the root, sorted. */
function workflowFiles(root) {
    const dir = (0,external_node_path_.join)(root, '.github', 'workflows');
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => `.github/workflows/${name}`);
}
/** Every `secrets.X` that holds a registry credential, in the repository's workflows. */
function detectTokenUses(root) {
    const uses = [];
    for (const file of workflowFiles(root)) {
        const lines = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8').split('\n');
        for (const [index, text] of lines.entries()) {
            for (const match of text.matchAll(/secrets\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)|secrets\[\s*'([^']+)'\s*\]/g)) {
                const secret = match[1] ?? match[2] ?? '';
                if (REGISTRY_SECRET.test(secret))
                    uses.push({ file, line: index + 1, secret });
            }
        }
    }
    return uses;
}


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ listTags)
/* harmony export */ });
/* unused harmony exports resolveTag, resolveRemoteTag, listAllTags */
/* harmony import */ var _git_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25240);



const TAG_FORMAT = [
    '%(refname)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objecttype)',
    '%(*objectname)',
].join('%00');
/**
 * Every local tag whose name starts with `prefix` (literally: no glob), in refname order, with one
 * `git for-each-ref` call. Tags that do not lead to a commit (a tag on a tree or a blob) are left
 * out. A tag of a tag is followed to its commit with one more git call for all such tags.
 */
async function listTags(cwd, options = {}) {
    const prefix = options.prefix ?? '';
    const raw = (await readTags(cwd, 'refs/tags')).filter((tag) => tag.name.startsWith(prefix));
    const tags = [];
    for (const ref of await toTagRefs(cwd, raw)) {
        if (ref.sha === undefined)
            continue;
        tags.push({ name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) });
    }
    return tags;
}
/** The local tag `tag` (`v1.2.3` or `refs/tags/v1.2.3`), or undefined when there is none. */
async function resolveTag(cwd, tag) {
    const name = tag.replace(/^refs\/tags\//, '');
    if (name === '')
        return undefined;
    // for-each-ref also matches `refs/tags/<name>/...`: keep only the exact ref.
    const raw = (await readTags(cwd, `refs/tags/${name}`)).filter((found) => found.name === name);
    const [ref] = await toTagRefs(cwd, raw);
    if (ref === undefined)
        return undefined;
    if (ref.sha === undefined) {
        throw new GitRepositoryError('TL_GIT_TAG_NOT_COMMIT', `The tag ${name} in ${cwd} points at a ${ref.targetType} (${ref.target}), not a commit. ` +
            `A release tag must point at a commit: re-create it with \`git tag -f ${name} <commit>\`.`, { input: 'tag' });
    }
    return { name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) };
}
/**
 * The tag `tag` as the remote `remote` (default `origin`) has it, from `git ls-remote`: `sha` is
 * the peeled (`^{}`) commit for an annotated tag. Returns undefined when the remote has no such
 * tag, and also when the repository has no remote of that name (a local-only repository, e.g. a
 * rehearsal): there is nowhere the tag could be published. An unreachable remote throws.
 *
 * git does not report the type of a remote object: a tag on a tree has the tree's id as `sha`.
 */
async function resolveRemoteTag(cwd, tag, remote = 'origin') {
    checkRemoteName(remote);
    const name = tag.replace(/^refs\/tags\//, '');
    if (name === '' || !(await hasRemote(cwd, remote)))
        return undefined;
    const ref = `refs/tags/${name}`;
    // ls-remote matches patterns against the end of the name, and `ref` alone omits the `^{}` line.
    const { stdout } = await git(cwd, ['ls-remote', '--tags', remote, ref, `${ref}^{}`]);
    let direct;
    let peeled;
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || refname === undefined)
            continue;
        if (refname === ref)
            direct = sha;
        else if (refname === `${ref}^{}`)
            peeled = sha;
    }
    if (direct === undefined)
        return undefined;
    if (peeled === undefined)
        return { name, sha: direct, annotated: false };
    return { name, sha: peeled, annotated: true, tagObject: direct };
}
async function readTags(cwd, pattern) {
    const { stdout } = await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['for-each-ref', `--format=${TAG_FORMAT}`, pattern]);
    const tags = [];
    for (const line of stdout.split('\n')) {
        const [refname, type, object, peeledType, peeled] = line.split('\0');
        if (refname === undefined || type === undefined || object === undefined)
            continue;
        tags.push({
            name: refname.slice('refs/tags/'.length),
            type,
            object,
            peeledType: peeledType ?? '',
            peeled: peeled ?? '',
        });
    }
    return tags;
}
async function toTagRefs(cwd, raw) {
    // `%(*objectname)` peels one level only (git < 2.45): a tag of a tag needs another look.
    const nested = raw.filter((tag) => tag.type === 'tag' && tag.peeledType === 'tag');
    const peeledNested = await peelToCommits(cwd, nested.map((tag) => tag.peeled));
    return raw.map((tag) => {
        if (tag.type !== 'tag') {
            return {
                name: tag.name,
                sha: tag.type === 'commit' ? tag.object : undefined,
                annotated: false,
                tagObject: undefined,
                targetType: tag.type,
                target: tag.object,
            };
        }
        const sha = tag.peeledType === 'commit'
            ? tag.peeled
            : tag.peeledType === 'tag'
                ? peeledNested.get(tag.peeled)
                : undefined;
        return {
            name: tag.name,
            sha,
            annotated: true,
            tagObject: tag.object,
            targetType: tag.peeledType === 'tag' ? 'tag that does not lead to a commit' : tag.peeledType,
            target: tag.peeled,
        };
    });
}
/** Maps each object to the commit it peels to, with one `git cat-file --batch-check`. */
async function peelToCommits(cwd, objects) {
    const peeled = new Map();
    if (objects.length === 0)
        return peeled;
    const args = ['cat-file', '--batch-check=%(objectname) %(objecttype)'];
    const input = objects.map((object) => `${object}^{commit}\n`).join('');
    const { stdout } = await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, args, { input });
    const lines = stdout.split('\n');
    objects.forEach((object, index) => {
        const [sha, type] = (lines[index] ?? '').split(' ');
        if (type === 'commit' && sha !== undefined)
            peeled.set(object, sha);
    });
    return peeled;
}
function tagObjectOf(ref) {
    return ref.tagObject === undefined ? {} : { tagObject: ref.tagObject };
}
/**
 * The tags a release must consider: the local ones and, when the repository has the remote, the
 * remote's (one `git ls-remote`): actions/checkout's default depth-1 clone fetches no tags, yet
 * the previous release tag and an existing tag of the same name live on the remote. A tag both
 * have is taken from the local repository.
 */
async function listAllTags(cwd, options = {}) {
    const remote = options.remote ?? 'origin';
    checkRemoteName(remote);
    const local = await listTags(cwd, { prefix: options.prefix });
    if (!(await hasRemote(cwd, remote)))
        return local;
    const { stdout } = await git(cwd, ['ls-remote', '--tags', remote]);
    const direct = new Map();
    const peeled = new Map();
    for (const line of stdout.split('\n')) {
        const [sha, refname] = line.split('\t');
        if (sha === undefined || !refname?.startsWith('refs/tags/'))
            continue;
        const name = refname.slice('refs/tags/'.length);
        if (name.endsWith('^{}'))
            peeled.set(name.slice(0, -3), sha);
        else
            direct.set(name, sha);
    }
    const byName = new Map(local.map((tag) => [tag.name, tag]));
    for (const [name, object] of direct) {
        if (byName.has(name) || !name.startsWith(options.prefix ?? ''))
            continue;
        const commit = peeled.get(name);
        byName.set(name, commit === undefined
            ? { name, sha: object, annotated: false }
            : { name, sha: commit, annotated: true, tagObject: object });
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ })

};
