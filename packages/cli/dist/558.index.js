export const id = 558;
export const ids = [558];
export const modules = {

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

/***/ 97385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wv: () => (/* binding */ parseCalverFormat),
/* harmony export */   fS: () => (/* binding */ calverTokenField),
/* harmony export */   jW: () => (/* binding */ CALVER_TOKENS),
/* harmony export */   sy: () => (/* binding */ describeCalverToken),
/* harmony export */   yT: () => (/* binding */ calverIsSemverCompatible)
/* harmony export */ });
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52889);

const TOKEN_INFO = {
    YYYY: { field: 'year', padded: false, meaning: 'full year, e.g. 2024' },
    YY: { field: 'year', padded: false, meaning: 'year minus 2000, e.g. 24' },
    '0Y': { field: 'year', padded: true, meaning: 'year minus 2000 with two digits, e.g. 06' },
    MM: { field: 'month', padded: false, meaning: 'month 1-12' },
    M: { field: 'month', padded: false, meaning: 'month 1-12' },
    '0M': { field: 'month', padded: true, meaning: 'month 01-12' },
    WW: { field: 'week', padded: false, meaning: 'week of the year 1-53' },
    '0W': { field: 'week', padded: true, meaning: 'week of the year 01-53' },
    DD: { field: 'day', padded: false, meaning: 'day 1-31' },
    D: { field: 'day', padded: false, meaning: 'day 1-31' },
    '0D': { field: 'day', padded: true, meaning: 'day 01-31' },
    MICRO: { field: 'micro', padded: false, meaning: 'release counter 0, 1, 2...' },
};
/** Every accepted token. */
const CALVER_TOKENS = Object.keys(TOKEN_INFO);
const TOKEN_LIST = 'YYYY, YY, 0Y, MM or M, 0M, WW, 0W, DD or D, 0D and MICRO, separated by "." or "-", e.g. YYYY.M.MICRO';
/** What a token means, for messages. */
function describeCalverToken(token) {
    return TOKEN_INFO[token].meaning;
}
/** The field a token stands for. */
function calverTokenField(token) {
    return TOKEN_INFO[token].field;
}
/**
 * Parses a CalVer format such as `YYYY.M.MICRO` or `YYYY.0M.0D`. The year comes first (so versions
 * sort by date), each field appears once, MICRO (if any) comes last, and weeks do not mix with
 * months or days.
 * @throws ConfigurationError (input `calver-format`) listing the accepted tokens.
 */
function parseCalverFormat(format) {
    const parts = format.split(/([.-])/);
    const tokens = parts.filter((_, index) => index % 2 === 0);
    const separators = parts.filter((_, index) => index % 2 === 1);
    const fail = (reason) => {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionError */ .t('TL_CALVER_FORMAT', `calver-format ${JSON.stringify(format)} ${reason}`, {
            input: 'calver-format',
        });
    };
    if (format.trim() === '')
        fail(`is empty: use the tokens ${TOKEN_LIST}.`);
    if (tokens.some((token) => token === '')) {
        fail(`has an empty part: tokens are separated by a single "." or "-", e.g. YYYY.M.MICRO.`);
    }
    const unknown = tokens.find((token) => !isCalverToken(token));
    if (unknown !== undefined)
        fail(`has the unknown token ${JSON.stringify(unknown)}: use ${TOKEN_LIST}.`);
    const known = tokens;
    const problem = explainOrderProblem(known);
    if (problem !== undefined)
        fail(problem);
    return { format, tokens: known, separators };
}
function isCalverToken(text) {
    return Object.hasOwn(TOKEN_INFO, text);
}
function explainOrderProblem(tokens) {
    const fields = tokens.map(calverTokenField);
    if (fields[0] !== 'year') {
        return 'must start with the year (YYYY, YY or 0Y) so that versions sort by date, e.g. YYYY.M.MICRO.';
    }
    const repeated = fields.find((field, index) => fields.indexOf(field) !== index);
    if (repeated !== undefined)
        return `has more than one ${repeated} token: use each field once.`;
    if (fields.includes('micro') && fields.at(-1) !== 'micro') {
        return 'has MICRO before a date token: MICRO counts releases within the period, so it comes last, e.g. YYYY.M.MICRO.';
    }
    if (fields.includes('week') && (fields.includes('month') || fields.includes('day'))) {
        return 'mixes a week token with a month or day token: use YYYY.WW[.MICRO] or YYYY.M.D[.MICRO].';
    }
    return undefined;
}
/**
 * True when the format always yields valid semver (and so npm) versions: exactly three tokens
 * separated by `.`, none zero-padded (`0Y`, `0M`, `0W`, `0D` make leading zeros, which npm
 * rejects). `YYYY.M.MICRO` and `YY.M.D` are compatible; `YYYY.0M.0D` and `YYYY.M.D.MICRO` are not.
 * @throws ConfigurationError when the format itself is invalid.
 */
function calverIsSemverCompatible(format) {
    const parsed = typeof format === 'string' ? parseCalverFormat(format) : format;
    return (parsed.tokens.length === 3 &&
        parsed.separators.every((separator) => separator === '.') &&
        parsed.tokens.every((token) => !TOKEN_INFO[token].padded));
}


/***/ }),

/***/ 70057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ compareCalver),
/* harmony export */   I8: () => (/* binding */ calverNumbers),
/* harmony export */   Nt: () => (/* binding */ matchesCalver),
/* harmony export */   X2: () => (/* binding */ computeCalver),
/* harmony export */   _6: () => (/* binding */ renderCalver),
/* harmony export */   sy: () => (/* binding */ checkCalver)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41210);
/* harmony import */ var _calver_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97385);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52889);



const TOKEN_PATTERN = {
    YYYY: '[1-9][0-9]{3}',
    YY: '0|[1-9][0-9]*',
    '0Y': '[0-9]{2}|[1-9][0-9]{2,}',
    MM: '[1-9]|1[0-2]',
    M: '[1-9]|1[0-2]',
    '0M': '0[1-9]|1[0-2]',
    WW: '[1-9]|[1-4][0-9]|5[0-3]',
    '0W': '0[1-9]|[1-4][0-9]|5[0-3]',
    DD: '[1-9]|[12][0-9]|3[01]',
    D: '[1-9]|[12][0-9]|3[01]',
    '0D': '0[1-9]|[12][0-9]|3[01]',
    MICRO: '0|[1-9][0-9]*',
};
/** The date that error messages render their example from. */
const EXAMPLE_DATE = new Date(Date.UTC(2024, 4, 7));
/**
 * Computes the version for `date` (UTC fields) under `format`. With MICRO, the counter is one more
 * than the highest of `existing` (versions, not tags) with the same date part, or 0 when there is
 * none. Without MICRO the date part is the version.
 * @throws ConfigurationError when the format is invalid, or (without MICRO) when the version
 *   already exists: the period already has a release.
 * @throws RangeError when `date` is an invalid Date.
 */
function computeCalver({ format, date, existing, }) {
    if (Number.isNaN(date.getTime()))
        throw new RangeError('computeCalver needs a valid date');
    const parsed = (0,_calver_format_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCalverFormat */ .Wv)(format);
    if (!parsed.tokens.includes('MICRO'))
        return computeWithoutMicro(parsed, date, existing);
    const datePart = renderTokens(parsed, date, '');
    const micros = existing
        .filter((version) => version.startsWith(datePart) && matchCalver(version, parsed) !== undefined)
        .map((version) => Number(version.slice(datePart.length)));
    return `${datePart}${micros.length === 0 ? 0 : Math.max(...micros) + 1}`;
}
function computeWithoutMicro(format, date, existing) {
    const version = renderCalver(format, date, 0);
    if (!existing.includes(version))
        return version;
    const period = format.tokens.map(_calver_format_js__WEBPACK_IMPORTED_MODULE_0__/* .calverTokenField */ .fS).at(-1) ?? 'day';
    throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_CALVER_TAKEN', `calver-format ${JSON.stringify(format.format)} gives ${version} for ${isoDay(date)}, and ${version} already exists: the ${period} already has a release. Use a format with MICRO to release more than once a ${period}, e.g. ${format.format}.MICRO.`, { input: 'calver-format' });
}
/** Writes the version for `date` (UTC) with the given MICRO counter. */
function renderCalver(format, date, micro) {
    return renderTokens(format, date, String(micro));
}
function renderTokens(format, date, micro) {
    const values = dateFields(date);
    return format.tokens
        .map((token, index) => {
        const value = token === 'MICRO' ? micro : renderToken(token, values);
        return value + (format.separators[index] ?? '');
    })
        .join('');
}
function dateFields(date) {
    const year = date.getUTCFullYear();
    const dayOfYear = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
    return {
        year,
        month: date.getUTCMonth() + 1,
        week: Math.floor((dayOfYear - 1) / 7) + 1,
        day: date.getUTCDate(),
    };
}
function renderToken(token, values) {
    switch (token) {
        case 'YYYY':
            return String(values.year);
        case 'YY':
            return String(values.year - 2000);
        case '0Y':
            return String(values.year - 2000).padStart(2, '0');
        default: {
            const field = (0,_calver_format_js__WEBPACK_IMPORTED_MODULE_0__/* .calverTokenField */ .fS)(token);
            const text = String(values[field]);
            return token.startsWith('0') ? text.padStart(2, '0') : text;
        }
    }
}
/** True when `version` is written in `format` and names a real date. */
function matchesCalver(version, format) {
    const parsed = typeof format === 'string' ? (0,_calver_format_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCalverFormat */ .Wv)(format) : format;
    const fields = matchCalver(version, parsed);
    return fields !== undefined && isRealDate(fields);
}
/**
 * Checks that `version` is written in `format`.
 * @throws ConfigurationError saying what each token means, with an example.
 */
function checkCalver(version, format) {
    const parsed = typeof format === 'string' ? (0,_calver_format_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCalverFormat */ .Wv)(format) : format;
    const fields = matchCalver(version, parsed);
    const quoted = (0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(version);
    const name = JSON.stringify(parsed.format);
    if (fields === undefined) {
        const meanings = parsed.tokens
            .map((token) => `${token}: ${(0,_calver_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCalverToken */ .sy)(token)}`)
            .join('; ');
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_CALVER_INVALID', `${quoted} does not match calver-format ${name} (${meanings}), e.g. ${renderCalver(parsed, EXAMPLE_DATE, 0)}.`);
    }
    if (!isRealDate(fields)) {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_CALVER_INVALID', `${quoted} has the form of calver-format ${name} but ${fields.year}-${pad(fields.month)}-${pad(fields.day)} is not a date.`);
    }
}
/** Reads the field values of `version`, or undefined when it is not written in `format`. */
function matchCalver(version, format) {
    const pattern = format.tokens
        .map((token, index) => `(${TOKEN_PATTERN[token]})${escape(format.separators[index] ?? '')}`)
        .join('');
    const match = new RegExp(`^${pattern}$`).exec(version);
    if (match === null)
        return undefined;
    const fields = {};
    format.tokens.forEach((token, index) => {
        const value = Number(match[index + 1]);
        fields[(0,_calver_format_js__WEBPACK_IMPORTED_MODULE_0__/* .calverTokenField */ .fS)(token)] = token === 'YY' || token === '0Y' ? 2000 + value : value;
    });
    return fields;
}
function isRealDate({ year, month, day }) {
    if (year === undefined || month === undefined || day === undefined)
        return true;
    return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
function escape(separator) {
    return separator.replace(/[.]/g, '\\.');
}
function pad(value) {
    return String(value).padStart(2, '0');
}
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}
/**
 * Compares two CalVer versions number by number (`.` and `-` separate numbers); when one is a
 * prefix of the other, the shorter sorts first.
 * @throws ConfigurationError when a version is not numbers separated by `.` or `-`.
 */
function compareCalver(a, b) {
    const left = calverNumbers(a);
    const right = calverNumbers(b);
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return Math.sign(difference);
    }
    return Math.sign(left.length - right.length);
}
/** The numbers of a CalVer version, e.g. `[2024, 5, 0]` for `2024.5.0`. */
function calverNumbers(version) {
    const parts = version.split(/[.-]/);
    if (parts.every((part) => /^[0-9]+$/.test(part) && Number.isSafeInteger(Number(part)))) {
        return parts.map(Number);
    }
    throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_CALVER_INVALID', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(version)} is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.`);
}


/***/ }),

/***/ 84560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ MAX_TAG_BYTES),
/* harmony export */   u: () => (/* binding */ checkTagName)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41210);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52889);


/** Printable characters git never allows in a ref name (git check-ref-format rules 4, 5, 10). */
const GIT_FORBIDDEN = '~^:?*[\\';
/**
 * The longest tag accepted, in bytes. git itself sets no limit, but it stores a tag as the file
 * refs/tags/<tag>, and the file systems runners and clones use (ext4, APFS, NTFS) refuse a file
 * name over 255 bytes; npm's semver refuses versions over 256 characters. A longer "tag" is not a
 * release: it is refused, and echoed cut (a 100 KB input never lands whole in a log or summary).
 */
const MAX_TAG_BYTES = 255;
/** What a release tag may hold beyond git's rules: what versions and tag prefixes use. */
const TAG_CHARACTER = /^[A-Za-z0-9._+\-@/!]$/;
/**
 * Checks a tag name (without `refs/tags/`) against git's check-ref-format rules, and refuses
 * characters no release tag needs (`;`, `$`, quotes...), which only make shell injection easier.
 * @throws ConfigurationError (input `tag`) naming the offending part.
 */
function checkTagName(tag) {
    const quoted = (0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteExcerpt */ .AB)(tag);
    if (tag === '') {
        throw tagError('The tag is empty: give a tag such as v1.2.3 (tag-prefix + version).');
    }
    const bytes = new TextEncoder().encode(tag).length;
    if (bytes > MAX_TAG_BYTES) {
        throw tagError(`Tag ${quoted} is ${bytes} bytes long; a tag may have at most ${MAX_TAG_BYTES} (git stores it as a file of that name, and npm refuses versions over 256 characters). Give the release's tag, tag-prefix + version, e.g. v1.2.3.`);
    }
    const problem = explainGitRefProblem(tag);
    if (problem !== undefined) {
        throw tagError(`Tag ${quoted} ${problem}, which git does not allow in a tag name. Write it as tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3.`);
    }
    const unusual = [...tag].find((character) => !TAG_CHARACTER.test(character));
    if (unusual !== undefined) {
        throw tagError(`Tag ${quoted} contains ${JSON.stringify(unusual)}: a release tag may only hold letters, digits and . _ + - @ / ! (tag-prefix + version, e.g. v1.2.3 or @scope/pkg@1.2.3).`);
    }
}
/** Says which of git's ref name rules `tag` breaks, or undefined when it breaks none. */
function explainGitRefProblem(tag) {
    const forbidden = [...tag].find((character) => isControlOrSpace(character) || GIT_FORBIDDEN.includes(character));
    if (forbidden !== undefined)
        return `contains ${describeCharacter(forbidden)}`;
    for (const sequence of ['..', '@{', '//']) {
        if (tag.includes(sequence))
            return `contains "${sequence}"`;
    }
    if (tag === '@')
        return 'is only "@"';
    if (tag.startsWith('/'))
        return 'starts with "/"';
    if (tag.endsWith('/'))
        return 'ends with "/"';
    if (tag.endsWith('.'))
        return 'ends with "."';
    const components = tag.split('/');
    if (components.some((component) => component.startsWith('.'))) {
        return 'has a part starting with "."';
    }
    if (components.some((component) => component.endsWith('.lock'))) {
        return 'has a part ending with ".lock"';
    }
    return undefined;
}
function isControlOrSpace(character) {
    const code = character.codePointAt(0) ?? 0;
    return code <= 0x20 || code === 0x7f;
}
function describeCharacter(character) {
    if (character === ' ')
        return 'a space';
    const code = character.codePointAt(0) ?? 0;
    if (isControlOrSpace(character)) {
        return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    }
    return JSON.stringify(character);
}
function tagError(message) {
    return new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_TAG_NAME', message, { input: 'tag' });
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

/***/ 37158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   _: () => (/* binding */ packageNameFromPrefix),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   wg: () => (/* binding */ guessTagPrefix)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41210);
/* harmony import */ var _git_ref_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84560);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52889);



const TAGS_REF = 'refs/tags/';
/**
 * Splits a tag into `prefix` and version. Prefix forms: `v` (the usual default), `` (none),
 * `@scope/pkg@`, `pkg@`, `pkg-v`. A full ref (`refs/tags/v1.2.3`) is accepted and read as its tag.
 * The version is not validated here: that depends on the scheme.
 * @throws ConfigurationError when the tag is empty, is not a valid git tag name, does not start
 *   with `prefix` (suggesting the tag-prefix that would fit), or holds nothing after it.
 */
function parseTag(tag, prefix) {
    const name = tag.startsWith(TAGS_REF) ? tag.slice(TAGS_REF.length) : tag;
    (0,_git_ref_name_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTagName */ .u)(name);
    if (!name.startsWith(prefix))
        throw prefixMismatch(name, prefix);
    const version = name.slice(prefix.length);
    if (version === '') {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_TAG_NO_VERSION', `Tag ${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(name)} has nothing after the tag-prefix ${JSON.stringify(prefix)}: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'tag' });
    }
    return { prefix, version };
}
function prefixMismatch(tag, prefix) {
    const guess = guessTagPrefix(tag);
    const found = `Tag ${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(tag)} does not start with the tag-prefix ${JSON.stringify(prefix)}`;
    const message = guess === undefined
        ? `${found} and holds no version after a prefix: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`
        : `${found}. If the tag is right, set tag-prefix: '${guess}' (tag = tag-prefix + version).`;
    return new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_TAG_PREFIX', message, { input: 'tag-prefix' });
}
/**
 * Guesses the prefix of a tag: everything before the first number that starts a dotted version
 * at the start of the tag or after `@`, `/`, `-`, `_` or `v` (`pkg-v1.2.3` -> `pkg-v`,
 * `@acme/core2@1.0.0` -> `@acme/core2@`, `1.2.3` -> ``).
 * @returns undefined when the tag holds no such version.
 */
function guessTagPrefix(tag) {
    for (let index = 0; index < tag.length; index += 1) {
        const startsVersion = /^[0-9]+\.[0-9]/.test(tag.slice(index));
        if (startsVersion && (index === 0 || /[@/\-_vV]/.test(tag[index - 1] ?? ''))) {
            return tag.slice(0, index);
        }
    }
    return undefined;
}
/**
 * Builds a tag from a prefix and a version.
 * @throws ConfigurationError when the version is empty or the result is not a valid tag name.
 */
function formatTag(prefix, version) {
    if (version === '') {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_VERSION_EMPTY', `The version is empty: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'version' });
    }
    const tag = prefix + version;
    (0,_git_ref_name_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTagName */ .u)(tag);
    return tag;
}
/**
 * The package a monorepo tag prefix names: `@acme/core@` -> `@acme/core`, `pkg@` -> `pkg`,
 * `pkg-v` -> `pkg`, `pkg/v` -> `pkg`. Single-package prefixes (`v`, ``) and others give undefined.
 */
function packageNameFromPrefix(prefix) {
    if (prefix.length > 1 && prefix.endsWith('@'))
        return prefix.slice(0, -1);
    return /^(.+)[-/]v$/.exec(prefix)?.[1];
}


/***/ }),

/***/ 6636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseSemverStrict),
/* harmony export */   i: () => (/* binding */ isStrictSemver)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41210);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52889);



const ACCEPTED = 'it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)';
const ALLOWED_CHARACTER = /^[0-9A-Za-z.+-]$/;
const NUMBER = /^(0|[1-9][0-9]*)$/;
/**
 * Parses a semver 2.0.0 version the way npm does (no leading `v`, no loose forms).
 * @throws ConfigurationError naming what is wrong (missing or extra numbers, leading zeros,
 *   a leading `v`, whitespace or other characters, empty identifiers).
 */
function parseSemverStrict(text) {
    const problem = explainSemverProblem(text);
    if (problem !== undefined)
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_SEMVER_INVALID', problem);
    const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(text);
    if (parsed === null) {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionError */ .t('TL_SEMVER_INVALID', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(text)} is not a semver version: ${ACCEPTED}.`);
    }
    return {
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.map(String),
        build: [...parsed.build],
        version: text,
    };
}
/** True when `text` is a strict semver version ({@link parseSemverStrict} accepts it). */
function isStrictSemver(text) {
    return explainSemverProblem(text) === undefined && semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(text) !== null;
}
/** Says why `text` is not strict semver, or returns undefined when no specific reason is found. */
function explainSemverProblem(text) {
    const quoted = (0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(text);
    if (text.trim() === '')
        return `The version is empty: ${ACCEPTED}.`;
    if (/\s/.test(text)) {
        return `${quoted} contains whitespace, which a semver version cannot hold: remove it (${ACCEPTED}).`;
    }
    if (/^[vV]\d/.test(text)) {
        return `${quoted} starts with "${text[0]}": drop the v; the tag prefix carries it. Write ${text.slice(1)}.`;
    }
    const bad = [...text].find((character) => !ALLOWED_CHARACTER.test(character));
    if (bad !== undefined) {
        return `${quoted} contains ${JSON.stringify(bad)}, which semver does not allow: only digits, letters, ".", "-" and "+" (e.g. 1.2.0-rc.1+build.5).`;
    }
    const match = /^([^+-]*)(?:-([^+]*))?(?:\+(.*))?$/.exec(text);
    const [, core = '', prerelease, build] = match ?? [];
    return (explainCoreProblem(quoted, core) ??
        explainIdentifiersProblem(text, 'prerelease', prerelease) ??
        explainIdentifiersProblem(text, 'build metadata', build));
}
function explainCoreProblem(quoted, core) {
    const numbers = core.split('.');
    if (!numbers.every((part) => /^[0-9]+$/.test(part))) {
        return `${quoted} is not a semver version: ${ACCEPTED}.`;
    }
    if (numbers.length < 3) {
        const padded = [...numbers, '0', '0'].slice(0, 3).map(Number).join('.');
        return `${quoted} is not a semver version: it needs MAJOR.MINOR.PATCH, e.g. ${padded} (optionally -prerelease and +build).`;
    }
    if (numbers.length > 3) {
        return `${quoted} has ${numbers.length} numbers but semver has exactly three (MAJOR.MINOR.PATCH), e.g. ${numbers.slice(0, 3).map(Number).join('.')}. Versions with more numbers are valid only under the pep440 scheme.`;
    }
    const padded = numbers.find((part) => !NUMBER.test(part));
    if (padded !== undefined) {
        return `${quoted} has a leading zero in "${padded}": semver numbers have none (npm rejects them). Write ${numbers.map(Number).join('.')}.`;
    }
    return undefined;
}
function explainIdentifiersProblem(text, what, identifiers) {
    if (identifiers === undefined)
        return undefined;
    const quoted = (0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteExcerpt */ .AB)(text);
    const parts = identifiers.split('.');
    if (parts.some((part) => part === '')) {
        return `${quoted} has an empty ${what} identifier: identifiers are non-empty and separated by single dots, e.g. 1.2.0-rc.1+build.5.`;
    }
    const padded = parts.find((part) => /^0[0-9]+$/.test(part));
    if (what === 'prerelease' && padded !== undefined) {
        const unpadded = parts.map((part) => (/^[0-9]+$/.test(part) ? BigInt(part).toString() : part));
        const fixed = text.replace(`-${identifiers}`, `-${unpadded.join('.')}`);
        return `${quoted} has the numeric prerelease identifier "${padded}" with a leading zero, which semver forbids: write ${fixed}.`;
    }
    return undefined;
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


/***/ }),

/***/ 60177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ versionsEquivalent),
/* harmony export */   DC: () => (/* binding */ pep440ToSemver),
/* harmony export */   Z9: () => (/* binding */ semverToPep440)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41210);
/* harmony import */ var semver_functions_compare_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37648);
/* harmony import */ var semver_functions_compare_build_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_build_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33639);
/* harmony import */ var _pep440_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44818);
/* harmony import */ var _semver_strict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6636);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52889);






/** Semver prerelease labels that have a PEP 440 meaning, lowercased. */
const SEMVER_TO_PEP440_LABEL = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
    dev: 'dev',
};
const PEP440_TO_SEMVER_LABEL = { a: 'alpha', b: 'beta', rc: 'rc' };
const MAPPABLE = 'PEP 440 knows only alpha/a, beta/b, rc and dev, e.g. 1.2.0-rc.1 -> 1.2.0rc1';
/**
 * Maps a semver version to the normalised PEP 440 version of the same release:
 * `-rc.1` -> `rc1`, `-alpha.2` -> `a2`, `-beta.3` -> `b3`, `-rc` -> `rc0`, `-dev.4` -> `.dev4`,
 * `-rc1` -> `rc1`, and build metadata `+x` -> local label `+x`.
 * @throws ConfigurationError for an invalid semver version and for prereleases PEP 440 cannot
 *   express (`-next.1`, `-0`, `-rc.1.2`), including `-post.1`: in semver it sorts before the
 *   release, in PEP 440 `.post1` sorts after it.
 */
function semverToPep440(version) {
    const parts = (0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSemverStrict */ .X)(version);
    const mapped = { epoch: 0, release: [parts.major, parts.minor, parts.patch] };
    if (parts.prerelease.length > 0) {
        const core = `${parts.major}.${parts.minor}.${parts.patch}`;
        const { label, number } = mapPrerelease(version, core, parts.prerelease);
        if (label === 'dev')
            mapped.dev = number;
        else
            mapped.pre = { label, number };
    }
    const local = parts.build.flatMap((identifier) => identifier.split('-')).filter(Boolean);
    if (local.length > 0)
        mapped.local = local;
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPep440 */ .J4)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePep440OrThrow */ ._h)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPep440 */ .J4)(mapped)));
}
function mapPrerelease(version, core, identifiers) {
    const joined = identifiers.join('.');
    const [first = '', second, ...rest] = identifiers;
    const match = /^([a-z]+)([0-9]*)$/i.exec(first);
    const word = match?.[1]?.toLowerCase() ?? '';
    const attached = match?.[2] ?? '';
    if (word === 'post' || word === 'rev' || word === 'r') {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_3__/* .VersionError */ .t('TL_VERSION_UNMAPPABLE', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_4__/* .quoteExcerpt */ .AB)(version)} has the prerelease "${joined}", which cannot become a PEP 440 post-release: in semver it sorts before ${core}, in PEP 440 .post sorts after it. Release the next patch version instead.`);
    }
    const label = SEMVER_TO_PEP440_LABEL[word];
    const number = attached !== '' ? attached : (second ?? '0');
    const numberOk = /^[0-9]+$/.test(number) && (attached === '' || second === undefined);
    if (label === undefined || !numberOk || rest.length > 0) {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_3__/* .VersionError */ .t('TL_VERSION_UNMAPPABLE', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_4__/* .quoteExcerpt */ .AB)(version)} has the prerelease "${joined}", which has no PEP 440 equivalent: ${MAPPABLE}.`);
    }
    return { label, number: Number(number) };
}
/**
 * Maps a PEP 440 version to semver: `1.2.0rc1` -> `1.2.0-rc.1`, `a2` -> `-alpha.2`,
 * `b3` -> `-beta.3`, `.dev4` -> `-dev.4`, local `+x` -> build `+x`. A release of one or two
 * numbers is padded with zeros (`1.2rc1` -> `1.2.0-rc.1`).
 * @throws ConfigurationError for invalid versions and for what semver cannot express: epochs,
 *   post-releases, more than three release numbers, a pre-release combined with a dev release.
 */
function pep440ToSemver(version) {
    const parsed = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePep440OrThrow */ ._h)(version);
    const reason = unmappableToSemver(parsed);
    if (reason !== undefined) {
        throw new _version_error_js__WEBPACK_IMPORTED_MODULE_3__/* .VersionError */ .t('TL_VERSION_UNMAPPABLE', `${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_4__/* .quoteExcerpt */ .AB)(version)} (${(0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPep440 */ .J4)(parsed)}) ${reason}, which semver cannot express. Use MAJOR.MINOR.PATCH with an optional a/b/rc or .dev suffix, e.g. 1.2.0rc1.`);
    }
    const core = [...parsed.release, 0, 0].slice(0, 3).join('.');
    let text = core;
    if (parsed.pre !== undefined)
        text += `-${PEP440_TO_SEMVER_LABEL[parsed.pre.label]}.${parsed.pre.number}`;
    if (parsed.dev !== undefined)
        text += `-dev.${parsed.dev}`;
    if (parsed.local !== undefined)
        text += `+${parsed.local.join('.')}`;
    return text;
}
function unmappableToSemver(version) {
    if (version.epoch !== 0)
        return `has the epoch ${version.epoch}!`;
    if (version.post !== undefined)
        return `is a post-release (.post${version.post})`;
    if (version.release.length > 3)
        return `has ${version.release.length} release numbers`;
    if (version.pre !== undefined && version.dev !== undefined) {
        return 'combines a pre-release with a dev release';
    }
    return undefined;
}
/**
 * True when two version strings name the same release:
 * - both strict semver: equal as semver, build metadata included (`1.2.0-rc.1` is not `1.2.0-rc1`);
 * - exactly one strict semver: it is mapped with {@link semverToPep440} and must equal the
 *   other under PEP 440 (`1.2.0-rc.1` ~ `1.2.0rc1`, `1.2.0` ~ `1.2`, since PEP 440 pads releases);
 * - neither: both parse under PEP 440 and compare equal (`1.2rc1` ~ `1.2.0-RC1`).
 * Anything unparsable or unmappable is not equivalent. Never throws.
 */
function versionsEquivalent(a, b) {
    const aSemver = (0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .isStrictSemver */ .i)(a);
    const bSemver = (0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .isStrictSemver */ .i)(b);
    if (aSemver && bSemver)
        return semver_functions_compare_build_js__WEBPACK_IMPORTED_MODULE_0___default()(a, b) === 0;
    const left = aSemver ? tryMapToPep440(a) : (0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePep440 */ .FB)(a);
    const right = bSemver ? tryMapToPep440(b) : (0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePep440 */ .FB)(b);
    return left !== undefined && right !== undefined && (0,_pep440_order_js__WEBPACK_IMPORTED_MODULE_5__/* .comparePep440 */ .P)(left, right) === 0;
}
function tryMapToPep440(version) {
    try {
        return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePep440 */ .FB)(semverToPep440(version));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 56028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ VERSION_SCHEMES),
/* harmony export */   Tm: () => (/* binding */ parseVersionScheme),
/* harmony export */   mq: () => (/* binding */ isVersionScheme)
/* harmony export */ });
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52889);

/** Every accepted {@link VersionScheme}, in the order they are documented. */
const VERSION_SCHEMES = ['semver', 'pep440', 'calver'];
/** True when `text` names one of {@link VERSION_SCHEMES}. */
function isVersionScheme(text) {
    return VERSION_SCHEMES.includes(text);
}
/**
 * Reads a scheme name (e.g. the `scheme` input).
 * @throws ConfigurationError listing the accepted schemes.
 */
function parseVersionScheme(text) {
    if (isVersionScheme(text))
        return text;
    throw new _version_error_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionError */ .t('TL_VERSION_SCHEME', `scheme ${JSON.stringify(text)} is not a version scheme: use one of ${VERSION_SCHEMES.join(', ')}.`, { input: 'scheme' });
}


/***/ }),

/***/ 3783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pj: () => (/* binding */ validateVersion),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   uE: () => (/* binding */ releaseNumbers)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41210);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _calver_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70057);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33639);
/* harmony import */ var _pep440_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44818);
/* harmony import */ var _semver_strict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6636);
/* harmony import */ var _version_scheme_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56028);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52889);








/**
 * Checks that `version` is valid under `scheme` (for calver: matches `options.calverFormat`).
 * @throws ConfigurationError saying what is wrong and the accepted forms.
 */
function validateVersion(version, scheme, options = {}) {
    switch ((0,_version_scheme_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionScheme */ .Tm)(scheme)) {
        case 'semver':
            (0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemverStrict */ .X)(version);
            return;
        case 'pep440':
            (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePep440OrThrow */ ._h)(version);
            return;
        case 'calver':
            (0,_calver_js__WEBPACK_IMPORTED_MODULE_4__/* .checkCalver */ .sy)(version, requireCalverFormat(version, options.calverFormat));
            return;
    }
}
function requireCalverFormat(version, format) {
    if (format !== undefined && format !== '')
        return format;
    throw new _version_error_js__WEBPACK_IMPORTED_MODULE_5__/* .VersionError */ .t('TL_CALVER_FORMAT_MISSING', `The calver scheme needs a calver-format to check ${(0,_tokenless_errors__WEBPACK_IMPORTED_MODULE_6__/* .quoteExcerpt */ .AB)(version)} against: set calver-format, e.g. YYYY.M.MICRO.`, { input: 'calver-format' });
}
/**
 * Compares two versions under `scheme` (semver precedence, PEP 440 order, or CalVer numbers).
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when either version is invalid under the scheme.
 */
function compareVersions(a, b, scheme) {
    switch ((0,_version_scheme_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionScheme */ .Tm)(scheme)) {
        case 'semver':
            return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()((0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemverStrict */ .X)(a).version, (0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemverStrict */ .X)(b).version);
        case 'pep440':
            return (0,_pep440_order_js__WEBPACK_IMPORTED_MODULE_7__/* .comparePep440 */ .P)(a, b);
        case 'calver':
            return (0,_calver_js__WEBPACK_IMPORTED_MODULE_4__/* .compareCalver */ .BU)(a, b);
    }
}
/**
 * True for a prerelease: semver with a `-prerelease`, PEP 440 with a/b/rc or .dev. CalVer versions
 * (numbers only) are never prereleases.
 * @throws ConfigurationError when the version is invalid under the scheme.
 */
function isPrerelease(version, scheme) {
    switch ((0,_version_scheme_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionScheme */ .Tm)(scheme)) {
        case 'semver':
            return (0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemverStrict */ .X)(version).prerelease.length > 0;
        case 'pep440':
            return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .isPep440Prerelease */ .cB)(version);
        case 'calver':
            (0,_calver_js__WEBPACK_IMPORTED_MODULE_4__/* .calverNumbers */ .I8)(version);
            return false;
    }
}
/**
 * The release numbers of a version without prerelease parts, padded to at least three; for
 * PEP 440 the epoch comes first (so a new epoch counts as a major change).
 */
function releaseNumbers(version, scheme) {
    switch ((0,_version_scheme_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionScheme */ .Tm)(scheme)) {
        case 'semver': {
            const { major, minor, patch } = (0,_semver_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemverStrict */ .X)(version);
            return [major, minor, patch];
        }
        case 'pep440': {
            const { epoch, release } = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePep440OrThrow */ ._h)(version);
            return [epoch, ...padRelease(release)];
        }
        case 'calver':
            return padRelease((0,_calver_js__WEBPACK_IMPORTED_MODULE_4__/* .calverNumbers */ .I8)(version));
    }
}
function padRelease(numbers) {
    return [...numbers, 0, 0, 0].slice(0, Math.max(3, numbers.length));
}


/***/ })

};
