export const id = 993;
export const ids = [993];
export const modules = {

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 1210:
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

/***/ 1993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  versionsEquivalent: () => (/* reexport */ versionsEquivalent)
});

// UNUSED EXPORTS: CALVER_TOKENS, MAX_TAG_BYTES, PEP440_FORMS, RELEASE_TYPES, VERSION_SCHEMES, VersionError, calverIsSemverCompatible, calverNumbers, calverTokenField, checkCalver, checkTagName, compareCalver, comparePep440, compareVersions, computeCalver, describeCalverToken, formatPep440, formatTag, guessTagPrefix, isPep440Prerelease, isPrerelease, isStrictSemver, isVersionScheme, matchesCalver, normalizePep440, npmDistTag, packageNameFromPrefix, parseCalverFormat, parsePep440, parsePep440OrThrow, parseSemverStrict, parseTag, parseVersionScheme, pep440ToSemver, releaseNumbers, releaseType, renderCalver, semverToPep440, validateVersion

// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __webpack_require__(1210);
// EXTERNAL MODULE: ./node_modules/semver/functions/compare-build.js
var compare_build = __webpack_require__(7648);
var compare_build_default = /*#__PURE__*/__webpack_require__.n(compare_build);
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(3639);
// EXTERNAL MODULE: ./packages/versioning/src/pep440-order.ts
var pep440_order = __webpack_require__(4818);
// EXTERNAL MODULE: ./packages/versioning/src/semver-strict.ts
var semver_strict = __webpack_require__(6636);
// EXTERNAL MODULE: ./packages/versioning/src/version-error.ts
var version_error = __webpack_require__(2889);
;// CONCATENATED MODULE: ./packages/versioning/src/version-mapping.ts






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
    const parts = (0,semver_strict/* parseSemverStrict */.X)(version);
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
    return (0,pep440/* formatPep440 */.J4)((0,pep440/* parsePep440OrThrow */._h)((0,pep440/* formatPep440 */.J4)(mapped)));
}
function mapPrerelease(version, core, identifiers) {
    const joined = identifiers.join('.');
    const [first = '', second, ...rest] = identifiers;
    const match = /^([a-z]+)([0-9]*)$/i.exec(first);
    const word = match?.[1]?.toLowerCase() ?? '';
    const attached = match?.[2] ?? '';
    if (word === 'post' || word === 'rev' || word === 'r') {
        throw new version_error/* VersionError */.t('TL_VERSION_UNMAPPABLE', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which cannot become a PEP 440 post-release: in semver it sorts before ${core}, in PEP 440 .post sorts after it. Release the next patch version instead.`);
    }
    const label = SEMVER_TO_PEP440_LABEL[word];
    const number = attached !== '' ? attached : (second ?? '0');
    const numberOk = /^[0-9]+$/.test(number) && (attached === '' || second === undefined);
    if (label === undefined || !numberOk || rest.length > 0) {
        throw new version_error/* VersionError */.t('TL_VERSION_UNMAPPABLE', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which has no PEP 440 equivalent: ${MAPPABLE}.`);
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
    const parsed = parsePep440OrThrow(version);
    const reason = unmappableToSemver(parsed);
    if (reason !== undefined) {
        throw new VersionError('TL_VERSION_UNMAPPABLE', `${quoteExcerpt(version)} (${formatPep440(parsed)}) ${reason}, which semver cannot express. Use MAJOR.MINOR.PATCH with an optional a/b/rc or .dev suffix, e.g. 1.2.0rc1.`);
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
    const aSemver = (0,semver_strict/* isStrictSemver */.i)(a);
    const bSemver = (0,semver_strict/* isStrictSemver */.i)(b);
    if (aSemver && bSemver)
        return compare_build_default()(a, b) === 0;
    const left = aSemver ? tryMapToPep440(a) : (0,pep440/* parsePep440 */.FB)(a);
    const right = bSemver ? tryMapToPep440(b) : (0,pep440/* parsePep440 */.FB)(b);
    return left !== undefined && right !== undefined && (0,pep440_order/* comparePep440 */.P)(left, right) === 0;
}
function tryMapToPep440(version) {
    try {
        return (0,pep440/* parsePep440 */.FB)(semverToPep440(version));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/versioning/src/index.ts















/***/ }),

/***/ 4818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ comparePep440)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3639);

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

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ parsePep440),
/* harmony export */   J4: () => (/* binding */ formatPep440),
/* harmony export */   _h: () => (/* binding */ parsePep440OrThrow)
/* harmony export */ });
/* unused harmony exports PEP440_FORMS, normalizePep440, isPep440Prerelease */
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1210);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2889);


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

/***/ 6636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseSemverStrict),
/* harmony export */   i: () => (/* binding */ isStrictSemver)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1210);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2889);



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

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ VersionError)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(712);

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
