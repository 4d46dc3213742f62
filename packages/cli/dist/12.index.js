export const id = 12;
export const ids = [12];
export const modules = {

/***/ 4012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CALVER_TOKENS: () => (/* reexport */ calver_format/* CALVER_TOKENS */.jW),
  MAX_TAG_BYTES: () => (/* reexport */ git_ref_name/* MAX_TAG_BYTES */.G),
  PEP440_FORMS: () => (/* reexport */ pep440/* PEP440_FORMS */.ql),
  RELEASE_TYPES: () => (/* reexport */ RELEASE_TYPES),
  VERSION_SCHEMES: () => (/* reexport */ version_scheme/* VERSION_SCHEMES */.OE),
  VersionError: () => (/* reexport */ version_error/* VersionError */.t),
  calverIsSemverCompatible: () => (/* reexport */ calver_format/* calverIsSemverCompatible */.yT),
  calverNumbers: () => (/* reexport */ calver/* calverNumbers */.I8),
  calverTokenField: () => (/* reexport */ calver_format/* calverTokenField */.fS),
  checkCalver: () => (/* reexport */ calver/* checkCalver */.sy),
  checkTagName: () => (/* reexport */ git_ref_name/* checkTagName */.u),
  compareCalver: () => (/* reexport */ calver/* compareCalver */.BU),
  comparePep440: () => (/* reexport */ pep440_order/* comparePep440 */.P),
  compareVersions: () => (/* reexport */ versions_by_scheme/* compareVersions */.Zy),
  computeCalver: () => (/* reexport */ calver/* computeCalver */.X2),
  describeCalverToken: () => (/* reexport */ calver_format/* describeCalverToken */.sy),
  formatPep440: () => (/* reexport */ pep440/* formatPep440 */.J4),
  formatTag: () => (/* reexport */ release_tag/* formatTag */._3),
  guessTagPrefix: () => (/* reexport */ release_tag/* guessTagPrefix */.wg),
  isPep440Prerelease: () => (/* reexport */ pep440/* isPep440Prerelease */.cB),
  isPrerelease: () => (/* reexport */ versions_by_scheme/* isPrerelease */.V1),
  isStrictSemver: () => (/* reexport */ semver_strict/* isStrictSemver */.i),
  isVersionScheme: () => (/* reexport */ version_scheme/* isVersionScheme */.mq),
  matchesCalver: () => (/* reexport */ calver/* matchesCalver */.Nt),
  normalizePep440: () => (/* reexport */ pep440/* normalizePep440 */.ZD),
  npmDistTag: () => (/* reexport */ npmDistTag),
  packageNameFromPrefix: () => (/* reexport */ release_tag/* packageNameFromPrefix */._),
  parseCalverFormat: () => (/* reexport */ calver_format/* parseCalverFormat */.Wv),
  parsePep440: () => (/* reexport */ pep440/* parsePep440 */.FB),
  parsePep440OrThrow: () => (/* reexport */ pep440/* parsePep440OrThrow */._h),
  parseSemverStrict: () => (/* reexport */ semver_strict/* parseSemverStrict */.X),
  parseTag: () => (/* reexport */ release_tag/* parseTag */.ED),
  parseVersionScheme: () => (/* reexport */ version_scheme/* parseVersionScheme */.Tm),
  pep440ToSemver: () => (/* reexport */ version_mapping/* pep440ToSemver */.DC),
  releaseNumbers: () => (/* reexport */ versions_by_scheme/* releaseNumbers */.uE),
  releaseType: () => (/* reexport */ releaseType),
  renderCalver: () => (/* reexport */ calver/* renderCalver */._6),
  semverToPep440: () => (/* reexport */ version_mapping/* semverToPep440 */.Z9),
  validateVersion: () => (/* reexport */ versions_by_scheme/* validateVersion */.Pj),
  versionsEquivalent: () => (/* reexport */ version_mapping/* versionsEquivalent */.CW)
});

// EXTERNAL MODULE: ./packages/versioning/src/version-scheme.ts
var version_scheme = __webpack_require__(56028);
// EXTERNAL MODULE: ./packages/versioning/src/semver-strict.ts
var semver_strict = __webpack_require__(6636);
// EXTERNAL MODULE: ./packages/versioning/src/pep440.ts
var pep440 = __webpack_require__(33639);
// EXTERNAL MODULE: ./packages/versioning/src/pep440-order.ts
var pep440_order = __webpack_require__(44818);
// EXTERNAL MODULE: ./packages/versioning/src/version-mapping.ts
var version_mapping = __webpack_require__(60177);
// EXTERNAL MODULE: ./packages/versioning/src/calver-format.ts
var calver_format = __webpack_require__(97385);
// EXTERNAL MODULE: ./packages/versioning/src/calver.ts
var calver = __webpack_require__(70057);
// EXTERNAL MODULE: ./packages/versioning/src/git-ref-name.ts
var git_ref_name = __webpack_require__(84560);
// EXTERNAL MODULE: ./packages/versioning/src/release-tag.ts
var release_tag = __webpack_require__(37158);
// EXTERNAL MODULE: ./packages/versioning/src/versions-by-scheme.ts
var versions_by_scheme = __webpack_require__(3783);
// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __webpack_require__(41210);
// EXTERNAL MODULE: ./packages/versioning/src/version-error.ts
var version_error = __webpack_require__(52889);
;// CONCATENATED MODULE: ./packages/versioning/src/release-type.ts



/** Every {@link ReleaseType}. */
const RELEASE_TYPES = ['major', 'minor', 'patch', 'prerelease'];
const BUMPS = ['major', 'minor', 'patch'];
/**
 * Classifies `current` against `previous`:
 * - a prerelease is `prerelease`;
 * - with no previous version, a stable release is `major` (a first release);
 * - otherwise the first release number that changed decides: MAJOR `major`, MINOR `minor`, any
 *   later one `patch` (PEP 440 epochs count as `major`; CalVer numbers in order);
 * - a stable release of the version the previous prerelease led up to (1.2.0 after 1.2.0-rc.1)
 *   is classified by its own shape, as semver's `diff` does: X.0.0 `major`, X.Y.0 `minor`,
 *   X.Y.Z `patch`. It is the bump relative to the previous stable release when the
 *   prereleases followed semver;
 * - a PEP 440 post-release of the previous version (1.2.0.post1 after 1.2.0) is `patch`.
 * @throws ConfigurationError when a version is invalid, or `current` is not higher than `previous`.
 */
function releaseType(previous, current, scheme) {
    if (previous !== undefined && (0,versions_by_scheme/* compareVersions */.Zy)(current, previous, scheme) <= 0) {
        throw new version_error/* VersionError */.t('TL_VERSION_NOT_HIGHER', `${(0,text_excerpt/* quoteExcerpt */.AB)(current)} is not higher than the previous release ${(0,text_excerpt/* quoteExcerpt */.AB)(previous)}: a release must increase the version. Pick a version above ${previous}.`);
    }
    if ((0,versions_by_scheme/* isPrerelease */.V1)(current, scheme))
        return 'prerelease';
    if (previous === undefined)
        return 'major';
    const offset = scheme === 'pep440' ? 1 : 0;
    const now = (0,versions_by_scheme/* releaseNumbers */.uE)(current, scheme);
    const before = (0,versions_by_scheme/* releaseNumbers */.uE)(previous, scheme);
    const changed = now.findIndex((value, index) => value !== (before[index] ?? 0));
    if (changed === -1) {
        return (0,versions_by_scheme/* isPrerelease */.V1)(previous, scheme) ? shapeOf(now.slice(offset)) : 'patch';
    }
    return bumpAt(Math.max(0, changed - offset));
}
/** X.0.0 is major, X.Y.0 minor, anything else patch. */
function shapeOf(numbers) {
    const lastNonZero = numbers.findLastIndex((value) => value !== 0);
    return bumpAt(Math.max(0, lastNonZero));
}
function bumpAt(index) {
    return BUMPS[Math.min(index, BUMPS.length - 1)] ?? 'patch';
}

// EXTERNAL MODULE: ./node_modules/semver/ranges/valid.js
var valid = __webpack_require__(64737);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./packages/versioning/src/npm-dist-tag.ts





const PEP440_DIST_TAGS = { a: 'alpha', b: 'beta', rc: 'rc' };
/** The dist-tag for prereleases that carry no usable word. */
const FALLBACK_DIST_TAG = 'next';
/**
 * The npm dist-tag a version should be published under: `latest` for a stable version;
 * for a prerelease the word that starts its first identifier, lowercased, without trailing
 * digits (`1.2.0-rc.1` -> `rc`, `2.0.0-beta` -> `beta`, `1.0.0-next.3` -> `next`,
 * `1.0.0-RC1` -> `rc`); `next` when the first identifier is numeric (`1.0.0-0`).
 * PEP 440 versions map like {@link pep440ToSemver}: `a` -> `alpha`, `b` -> `beta`, `rc` -> `rc`,
 * `.dev` -> `dev`; post-releases are stable. A prerelease never gets `latest` nor a tag that is a
 * valid semver range (npm refuses those, e.g. `x`): it gets `next` instead.
 * @throws ConfigurationError when the version is neither semver nor PEP 440.
 */
function npmDistTag(version) {
    if ((0,semver_strict/* isStrictSemver */.i)(version)) {
        const [first] = (0,semver_strict/* parseSemverStrict */.X)(version).prerelease;
        return first === undefined ? 'latest' : guardDistTag(leadingWord(first));
    }
    const parsed = (0,pep440/* parsePep440 */.FB)(version);
    if (parsed === undefined) {
        throw new version_error/* VersionError */.t('TL_VERSION_INVALID', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).`);
    }
    if (parsed.pre !== undefined)
        return PEP440_DIST_TAGS[parsed.pre.label];
    return parsed.dev === undefined ? 'latest' : 'dev';
}
/** `rc1` -> `rc`, `beta-2` -> `beta`, `canary-abc` -> `canary-abc`; numeric -> undefined. */
function leadingWord(identifier) {
    return /^[a-z]+(?:-[a-z]+)*/.exec(identifier.toLowerCase())?.[0];
}
function guardDistTag(tag) {
    if (tag === undefined || tag === 'latest' || valid_default()(tag) !== null) {
        return FALLBACK_DIST_TAG;
    }
    return tag;
}

;// CONCATENATED MODULE: ./packages/versioning/src/index.ts















/***/ })

};
