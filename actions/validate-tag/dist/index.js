import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(101)
const { safeRe: re, t } = __nccwpck_require__(471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(101)
const debug = __nccwpck_require__(159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 369:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ configuration_error/* ConfigurationError */.j1),
  tE: () => (/* reexport */ booleanInput),
  gX: () => (/* reexport */ enumInput),
  Kb: () => (/* reexport */ text_excerpt/* excerpt */.Kb),
  dt: () => (/* reexport */ listInput),
  yw: () => (/* reexport */ multilineInput),
  $m: () => (/* reexport */ optionalInput),
  AB: () => (/* reexport */ text_excerpt/* quoteExcerpt */.AB),
  z1: () => (/* reexport */ src/* resolveInWorkspace */.z1),
  Cs: () => (/* reexport */ runAction)
});

// UNUSED EXPORTS: CONFIGURATION_ERROR_CODE, DEFAULT_MAX_BYTES, EXCERPT_LENGTH, GITHUB_LIMITS, HttpLimitError, MAX_TIMER_MS, Summary, appendKeyValue, assertInWorkspace, createLogger, createRunnerContext, escapeData, escapeMarkdown, escapeMarkdownLines, escapeProperty, execProcess, fitMarkdown, formatCommand, globBase, globFilesInWorkspace, globInWorkspace, httpRequest, inputEnvironmentName, integerInput, isConfigurationError, isInside, mapWithConcurrency, markdownCell, markdownCode, maskingWriter, neutraliseCommands, optionalBooleanInput, parseRepository, plainLine, readEvent, reportFailure, repositoryInput, requiredInput, retryAfterSeconds, setLongTimeout, sleep, writeSummary

// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./packages/action-kit/src/configuration-error.ts
// The base of every user-fixable error lives in @tokenless/errors, so that the domain packages
// raise their own without importing the runner kit; the actions keep importing it from here.


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts
/** Runs a program without a shell, collecting its output; never throws on a non-zero exit. */
const execProcess = async (command, args, options = {}) => {
    // Loaded on first use: child_process costs start-up time that a failing run never needs.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 421, 23));
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
        // A program that exits without reading its standard input closes the pipe (EPIPE): that is
        // the program's choice, not a failure to run it (@actions/exec ignores it too).
        child.stdin.on('error', () => undefined);
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
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts
function markdownCell(markdown) {
    return { markdown };
}
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
    if (typeof cell === 'object') {
        return cell.markdown.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, '<br>');
    }
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
function neutraliseCommands(text) {
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
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
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
function createRunnerContext(env = process.env, write = (line) => process.stdout.write(`${line}${external_node_os_namespaceObject.EOL}`)) {
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
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
    else
        write(neutraliseCommands(markdown));
}

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 2 modules
var src = __nccwpck_require__(676);
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
    throw new configuration_error/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not a boolean. Use true or false.`, { input: name });
}
function enumInput(source, name, allowed, defaultValue) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return defaultValue;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined) {
        throw new configuration_error/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not one of: ${allowed.join(', ')}.`, { input: name });
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
function escapeMarkdown(text) {
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
            writeSummary(context, (text) => process.stdout.write(`${text}${external_node_os_namespaceObject.EOL}`));
        }
        catch (error) {
            context.log.warning(`Could not write the job summary: ${describe(error)}`);
        }
    }
}
function reportFailure(context, error) {
    if ((0,configuration_error/* isConfigurationError */.p0)(error)) {
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
    const message = describe(error);
    if (error instanceof Error && error.stack)
        context.log.debug(error.stack);
    context.log.error(message);
    context.summary.paragraph(`**Failed:** ${escapeMarkdown(message)}`);
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

// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __nccwpck_require__(210);
;// CONCATENATED MODULE: ./packages/action-kit/src/text-excerpt.ts


;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts












// Runner-independent helpers, in @tokenless/platform so that libraries use them without the kit.



/***/ }),

/***/ 712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/* unused harmony export CONFIGURATION_ERROR_CODE */
/**
 * The code of a ConfigurationError that no package gave a code of its own: an action's check of
 * its inputs and workspace. docs/RELEASING.md has an entry for it as for every code.
 */
const CONFIGURATION_ERROR_CODE = 'TL_CONFIGURATION';
/**
 * A mistake the user can fix: the message says what was found, where, and the fix.
 * runAction reports it as an error annotation (on the file and line when known) without a stack.
 * Each package raises its own subclass, whose `code` (TL_*) is stable across wordings: code and
 * docs/RELEASING.md key on the code, people read the message.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    code = CONFIGURATION_ERROR_CODE;
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
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 210:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteExcerpt),
/* harmony export */   Kb: () => (/* binding */ excerpt)
/* harmony export */ });
/* unused harmony export EXCERPT_LENGTH */
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

/***/ 676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FK: () => (/* reexport */ isInside),
  z1: () => (/* reexport */ resolveInWorkspace)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, HttpLimitError, assertInWorkspace, globBase, globFilesInWorkspace, globInWorkspace, httpRequest, parseRepository, retryAfterSeconds

;// CONCATENATED MODULE: ./packages/platform/src/http-request.ts
const DEFAULT_MAX_BYTES = (/* unused pure expression or super */ null && (50 * 1024 * 1024));
/** A read that broke one of httpRequest's limits: the message says which and where. */
class HttpLimitError extends Error {
    limit;
    constructor(message, limit) {
        super(message);
        this.limit = limit;
        this.name = 'HttpLimitError';
    }
}
function describeSize(bytes) {
    return bytes >= 1024 * 1024
        ? `${Math.round(bytes / 1024 / 1024)} MiB`
        : `${Math.round(bytes / 1024)} KiB`;
}
/** The answer's Retry-After in seconds (a number or an HTTP date), if it has one. */
function retryAfterSeconds(headers) {
    const value = headers['retry-after'];
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
/**
 * A small HTTP(S) request over node:http, for the few JSON calls of an action's fast path: the
 * global fetch loads undici on first use, which costs more start-up time than the calls themselves.
 * Every read is bounded: a total deadline (a server that trickles bytes cannot hold the job) and a
 * body size limit (an endless answer is not read whole). Proxies are not honoured here; use fetch
 * where a runner may need one.
 */
async function httpRequest(url, options = {}) {
    const retries = options.retries ?? 0;
    for (let attempt = 0;; attempt++) {
        const response = await requestOnce(url, options);
        if (attempt >= retries || !(response.status === 429 || response.status >= 500))
            return response;
        const asked = retryAfterSeconds(response.headers);
        if (asked !== undefined && asked > (options.maxRetryAfterSeconds ?? 60))
            return response;
        const waitMs = asked !== undefined ? asked * 1000 : (attempt + 1) ** 2 * (options.retryBaseMs ?? 1000);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
}
async function requestOnce(url, options) {
    const target = new URL(url);
    const method = options.method ?? 'GET';
    const where = `${method} ${target.origin}${target.pathname}`;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const deadlineMs = options.deadlineMs ?? 120_000;
    const { request } = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 67, 23));
    return new Promise((resolve, reject) => {
        const call = request(target, {
            method,
            headers: {
                ...options.headers,
                ...(options.body === undefined
                    ? {}
                    : { 'content-length': String(Buffer.byteLength(options.body)) }),
            },
            timeout: options.timeoutMs ?? 60_000,
        }, (response) => {
            const declared = Number(response.headers['content-length']);
            if (Number.isFinite(declared) && declared > maxBytes) {
                call.destroy(tooLarge());
                return;
            }
            const chunks = [];
            let received = 0;
            response.on('data', (chunk) => {
                received += chunk.length;
                if (received > maxBytes) {
                    call.destroy(tooLarge());
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', reject);
            response.on('end', () => {
                clearTimeout(deadline);
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
        const tooLarge = () => new HttpLimitError(`${where} sent an answer larger than ${describeSize(maxBytes)}, the most such an answer may be: it was not read. Check that the URL names the right service.`, 'size');
        const deadline = setTimeout(() => {
            call.destroy(new HttpLimitError(`${where} did not finish answering within ${Number((deadlineMs / 1000).toFixed(1))} s; the call was abandoned. The service is too slow or stuck: rerun the job later.`, 'deadline'));
        }, deadlineMs);
        call.on('timeout', () => call.destroy(new Error(`${target.origin} did not answer in time`)));
        call.on('error', (error) => {
            clearTimeout(deadline);
            reject(error);
        });
        call.end(options.body);
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./packages/errors/src/configuration-error.ts
var configuration_error = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./packages/platform/src/workspace-path.ts




/**
 * The one boundary for every path an action reads or writes from an input: the path, with
 * every symbolic link resolved, must stay inside the workspace (GITHUB_WORKSPACE). A path that
 * does not exist yet is checked through its nearest existing parent, so a link in the middle
 * of it cannot lead out either.
 */
/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path) {
    const missing = [];
    let current = path;
    for (;;) {
        try {
            const real = external_node_fs_.realpathSync.native(current);
            return missing.length === 0 ? real : (0,external_node_path_.resolve)(real, ...missing.reverse());
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw error;
            const parent = (0,external_node_path_.dirname)(current);
            if (parent === current)
                return path;
            missing.push(current.slice(parent.length).replace(/^[\\/]+/, ''));
            current = parent;
        }
    }
}
/** True when `child` is `parent` or lies below it (both absolute, already real). */
function isInside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolves `path` (relative to `options.base`, default the workspace) and returns its absolute
 * form when it, and whatever its links point at, stays inside `workspace`. Otherwise throws a
 * ConfigurationError naming the input, the path as given, and where it leads.
 */
function resolveInWorkspace(workspace, path, options) {
    const root = realPathOf((0,external_node_path_.resolve)(workspace));
    const absolute = (0,external_node_path_.resolve)(options.base ?? workspace, path);
    const real = realPathOf(absolute);
    if (isInside(root, real))
        return absolute;
    const leads = real === absolute ? '' : ` (through a symbolic link, to ${real})`;
    throw new configuration_error/* ConfigurationError */.j1(`Input ${options.input} names ${JSON.stringify(path)}, which is outside the workspace ${root}${leads}. ` +
        `An action reads and writes only files of the checked-out repository: use a path inside it.`, { input: options.input, title: `${options.input} leaves the workspace` });
}
/** The same check for a path that a glob matched: refused the same way, naming the pattern. */
function assertInWorkspace(workspace, absolute, input) {
    resolveInWorkspace(workspace, absolute, { input });
}
/** The part of a glob before its first segment with a glob character: `dist/*.tgz` -> `dist`. */
function globBase(pattern) {
    const segments = pattern.split(/[\\/]/);
    const literal = [];
    for (const segment of segments) {
        if (/[*?[\]{}!]/.test(segment))
            break;
        literal.push(segment);
    }
    if (literal.length === segments.length)
        return pattern;
    const base = literal.join('/');
    return base === '' && pattern.startsWith('/') ? '/' : base === '' ? '.' : base;
}
/**
 * Every path a glob matches (absolute, sorted), each inside the workspace: the pattern's literal
 * base is checked first (`/etc/*`, `../*` are refused before anything is listed), then each match
 * with its links resolved (a match that is a link out, or lies in a linked directory that leads
 * out, is refused, not skipped). A pattern with no glob character is the path itself, if it exists.
 */
async function globInWorkspace(workspace, pattern, options) {
    const { input, cwd } = options;
    resolveInWorkspace(workspace, globBase(pattern), { input, base: cwd });
    const found = [];
    for await (const entry of glob(pattern, { cwd }))
        found.push(resolve(cwd, entry));
    for (const match of found) {
        resolveInWorkspace(workspace, relativeToWorkspace(workspace, match), { input });
    }
    return found.sort();
}
/** A path as the user would write it: relative to the workspace when it lies lexically inside. */
function relativeToWorkspace(workspace, absolute) {
    const rel = relative(resolve(workspace), absolute);
    return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}
/**
 * The same, keeping regular files only (links to files inside the workspace included): what
 * asset, report and distribution globs want.
 */
async function globFilesInWorkspace(workspace, pattern, options) {
    const files = [];
    for (const match of await globInWorkspace(workspace, pattern, options)) {
        if ((await stat(match).catch(() => undefined))?.isFile())
            files.push(match);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/platform/src/index.ts






/***/ }),

/***/ 622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I8: () => (/* binding */ calverNumbers),
  sy: () => (/* binding */ checkCalver),
  BU: () => (/* binding */ compareCalver),
  X2: () => (/* binding */ computeCalver)
});

// UNUSED EXPORTS: matchesCalver, renderCalver

// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __nccwpck_require__(210);
// EXTERNAL MODULE: ./packages/versioning/src/version-error.ts
var version_error = __nccwpck_require__(889);
;// CONCATENATED MODULE: ./packages/versioning/src/calver-format.ts

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
function calver_format_parseCalverFormat(format) {
    const parts = format.split(/([.-])/);
    const tokens = parts.filter((_, index) => index % 2 === 0);
    const separators = parts.filter((_, index) => index % 2 === 1);
    const fail = (reason) => {
        throw new version_error/* VersionError */.t('TL_CALVER_FORMAT', `calver-format ${JSON.stringify(format)} ${reason}`, {
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
    const parsed = typeof format === 'string' ? calver_format_parseCalverFormat(format) : format;
    return (parsed.tokens.length === 3 &&
        parsed.separators.every((separator) => separator === '.') &&
        parsed.tokens.every((token) => !TOKEN_INFO[token].padded));
}

;// CONCATENATED MODULE: ./packages/versioning/src/calver.ts



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
    const parsed = calver_format_parseCalverFormat(format);
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
    const period = format.tokens.map(calverTokenField).at(-1) ?? 'day';
    throw new version_error/* VersionError */.t('TL_CALVER_TAKEN', `calver-format ${JSON.stringify(format.format)} gives ${version} for ${isoDay(date)}, and ${version} already exists: the ${period} already has a release. Use a format with MICRO to release more than once a ${period}, e.g. ${format.format}.MICRO.`, { input: 'calver-format' });
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
            const field = calverTokenField(token);
            const text = String(values[field]);
            return token.startsWith('0') ? text.padStart(2, '0') : text;
        }
    }
}
/** True when `version` is written in `format` and names a real date. */
function matchesCalver(version, format) {
    const parsed = typeof format === 'string' ? parseCalverFormat(format) : format;
    const fields = matchCalver(version, parsed);
    return fields !== undefined && isRealDate(fields);
}
/**
 * Checks that `version` is written in `format`.
 * @throws ConfigurationError saying what each token means, with an example.
 */
function checkCalver(version, format) {
    const parsed = typeof format === 'string' ? calver_format_parseCalverFormat(format) : format;
    const fields = matchCalver(version, parsed);
    const quoted = (0,text_excerpt/* quoteExcerpt */.AB)(version);
    const name = JSON.stringify(parsed.format);
    if (fields === undefined) {
        const meanings = parsed.tokens
            .map((token) => `${token}: ${describeCalverToken(token)}`)
            .join('; ');
        throw new version_error/* VersionError */.t('TL_CALVER_INVALID', `${quoted} does not match calver-format ${name} (${meanings}), e.g. ${renderCalver(parsed, EXAMPLE_DATE, 0)}.`);
    }
    if (!isRealDate(fields)) {
        throw new version_error/* VersionError */.t('TL_CALVER_INVALID', `${quoted} has the form of calver-format ${name} but ${fields.year}-${pad(fields.month)}-${pad(fields.day)} is not a date.`);
    }
}
/** Reads the field values of `version`, or undefined when it is not written in `format`. */
function matchCalver(version, format) {
    const pattern = format.tokens
        .map((token, index) => `(${TOKEN_PATTERN[token]})${calver_escape(format.separators[index] ?? '')}`)
        .join('');
    const match = new RegExp(`^${pattern}$`).exec(version);
    if (match === null)
        return undefined;
    const fields = {};
    format.tokens.forEach((token, index) => {
        const value = Number(match[index + 1]);
        fields[calverTokenField(token)] = token === 'YY' || token === '0Y' ? 2000 + value : value;
    });
    return fields;
}
function isRealDate({ year, month, day }) {
    if (year === undefined || month === undefined || day === undefined)
        return true;
    return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
function calver_escape(separator) {
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
    throw new version_error/* VersionError */.t('TL_CALVER_INVALID', `${(0,text_excerpt/* quoteExcerpt */.AB)(version)} is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.`);
}


/***/ }),

/***/ 818:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ comparePep440)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(639);

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

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ parsePep440),
/* harmony export */   J4: () => (/* binding */ formatPep440),
/* harmony export */   ZD: () => (/* binding */ normalizePep440),
/* harmony export */   _h: () => (/* binding */ parsePep440OrThrow),
/* harmony export */   cB: () => (/* binding */ isPep440Prerelease)
/* harmony export */ });
/* unused harmony export PEP440_FORMS */
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(210);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(889);


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

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ formatTag),
  _: () => (/* binding */ packageNameFromPrefix),
  ED: () => (/* binding */ parseTag)
});

// UNUSED EXPORTS: guessTagPrefix

// EXTERNAL MODULE: ./packages/errors/src/text-excerpt.ts
var text_excerpt = __nccwpck_require__(210);
// EXTERNAL MODULE: ./packages/versioning/src/version-error.ts
var version_error = __nccwpck_require__(889);
;// CONCATENATED MODULE: ./packages/versioning/src/git-ref-name.ts


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
    const quoted = (0,text_excerpt/* quoteExcerpt */.AB)(tag);
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
    return new version_error/* VersionError */.t('TL_TAG_NAME', message, { input: 'tag' });
}

;// CONCATENATED MODULE: ./packages/versioning/src/release-tag.ts



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
    checkTagName(name);
    if (!name.startsWith(prefix))
        throw prefixMismatch(name, prefix);
    const version = name.slice(prefix.length);
    if (version === '') {
        throw new version_error/* VersionError */.t('TL_TAG_NO_VERSION', `Tag ${(0,text_excerpt/* quoteExcerpt */.AB)(name)} has nothing after the tag-prefix ${JSON.stringify(prefix)}: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'tag' });
    }
    return { prefix, version };
}
function prefixMismatch(tag, prefix) {
    const guess = guessTagPrefix(tag);
    const found = `Tag ${(0,text_excerpt/* quoteExcerpt */.AB)(tag)} does not start with the tag-prefix ${JSON.stringify(prefix)}`;
    const message = guess === undefined
        ? `${found} and holds no version after a prefix: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`
        : `${found}. If the tag is right, set tag-prefix: '${guess}' (tag = tag-prefix + version).`;
    return new version_error/* VersionError */.t('TL_TAG_PREFIX', message, { input: 'tag-prefix' });
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
        throw new version_error/* VersionError */.t('TL_VERSION_EMPTY', `The version is empty: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'version' });
    }
    const tag = prefix + version;
    checkTagName(tag);
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

/***/ 636:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseSemverStrict),
/* harmony export */   i: () => (/* binding */ isStrictSemver)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(210);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(889);



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

/***/ 889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ VersionError)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(712);

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

/***/ 28:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ VERSION_SCHEMES),
/* harmony export */   Tm: () => (/* binding */ parseVersionScheme)
/* harmony export */ });
/* unused harmony export isVersionScheme */
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(889);

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

/***/ 783:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pj: () => (/* binding */ validateVersion),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   uE: () => (/* binding */ releaseNumbers)
/* harmony export */ });
/* harmony import */ var _tokenless_errors__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(210);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _calver_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(622);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(639);
/* harmony import */ var _pep440_order_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(818);
/* harmony import */ var _semver_strict_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(636);
/* harmony import */ var _version_scheme_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28);
/* harmony import */ var _version_error_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(889);








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


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __nccwpck_require__(369);
// EXTERNAL MODULE: ./packages/versioning/src/versions-by-scheme.ts
var versions_by_scheme = __nccwpck_require__(783);
// EXTERNAL MODULE: ./packages/versioning/src/version-scheme.ts
var version_scheme = __nccwpck_require__(28);
;// CONCATENATED MODULE: ./actions/validate-tag/src/inputs.ts


const BUMP_CHECK_MODES = ['off', 'warn', 'error'];
function parseInputs(ctx) {
    return {
        tag: (0,src/* optionalInput */.$m)(ctx, 'tag'),
        version: (0,src/* optionalInput */.$m)(ctx, 'version'),
        tagPrefix: ctx.getInput('tag-prefix').trim(),
        scheme: (0,src/* enumInput */.gX)(ctx, 'scheme', version_scheme/* VERSION_SCHEMES */.OE, 'semver'),
        calverFormat: (0,src/* optionalInput */.$m)(ctx, 'calver-format') ?? 'YYYY.M.D',
        manifests: (0,src/* multilineInput */.yw)(ctx, 'manifests'),
        changelog: (0,src/* optionalInput */.$m)(ctx, 'changelog'),
        branches: (0,src/* listInput */.dt)(ctx, 'branches'),
        allowPrerelease: (0,src/* booleanInput */.tE)(ctx, 'allow-prerelease', true),
        bumpCheck: (0,src/* enumInput */.gX)(ctx, 'bump-check', BUMP_CHECK_MODES, 'warn'),
        sha: (0,src/* optionalInput */.$m)(ctx, 'sha'),
        workingDirectory: (0,src/* optionalInput */.$m)(ctx, 'working-directory') ?? '.',
    };
}

// EXTERNAL MODULE: ./packages/versioning/src/release-tag.ts + 1 modules
var release_tag = __nccwpck_require__(849);
;// CONCATENATED MODULE: ./actions/validate-tag/src/release-target.ts


function stringAt(payload, ...path) {
    let value = payload;
    for (const key of path) {
        if (typeof value !== 'object' || value === null)
            return undefined;
        value = value[key];
    }
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** The tag the event names, if any: a release, a pushed or created tag, a dispatch input. */
function tagFromEvent(event, env, prefix) {
    const payload = event.payload;
    if (event.name === 'release') {
        const tag = stringAt(payload, 'release', 'tag_name');
        if (tag)
            return { tag, source: 'release event' };
    }
    if (event.name === 'push') {
        const ref = stringAt(payload, 'ref') ?? env.GITHUB_REF;
        if (ref?.startsWith('refs/tags/'))
            return { tag: ref.slice(10), source: 'pushed tag' };
    }
    if (event.name === 'create' && stringAt(payload, 'ref_type') === 'tag') {
        const tag = stringAt(payload, 'ref');
        if (tag)
            return { tag, source: 'created tag' };
    }
    if (event.name === 'workflow_dispatch') {
        const tag = stringAt(payload, 'inputs', 'tag');
        if (tag)
            return { tag, source: 'dispatch input' };
        const version = stringAt(payload, 'inputs', 'version');
        if (version)
            return { tag: (0,release_tag/* formatTag */._3)(prefix, version), source: 'dispatch input' };
    }
    if (!event.name && env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) {
        return { tag: env.GITHUB_REF_NAME, source: 'pushed tag' };
    }
    return undefined;
}
/**
 * A tag as git names it under refs/tags: `refs/tags/v1.2.3` is `v1.2.3` (so that it meets the
 * same checks, the wrong-commit one first); any other full ref is not a tag.
 */
function tagName(tag, input) {
    if (tag.startsWith('refs/tags/'))
        return tag.slice('refs/tags/'.length);
    const kind = tag.startsWith('refs/heads/')
        ? 'a branch'
        : tag.startsWith('refs/pull/')
            ? 'a pull request'
            : tag.startsWith('refs/')
                ? 'a ref that is not a tag'
                : undefined;
    if (kind === undefined)
        return tag;
    throw new src/* ConfigurationError */.j1(`Input ${input} is ${(0,src/* quoteExcerpt */.AB)(tag)}, ${kind}, not a tag: validate-tag releases a tag. Pass the tag's name (e.g. v1.2.3 or refs/tags/v1.2.3), or the version input for a tag not created yet.`, { input });
}
/**
 * The tag and version this run releases, from the inputs, else the event. Undefined when
 * nothing names one (the caller computes a CalVer version or fails).
 */
function requestedTarget(inputs, event, env) {
    const { version, tagPrefix } = inputs;
    const tag = inputs.tag === undefined ? undefined : tagName(inputs.tag, 'tag');
    if (tag !== undefined) {
        const parsed = (0,release_tag/* parseTag */.ED)(tag, tagPrefix);
        if (version !== undefined && (0,release_tag/* formatTag */._3)(tagPrefix, version) !== tag) {
            throw new src/* ConfigurationError */.j1(`Input tag is ${tag} but input version is ${version}, which makes the tag ${(0,release_tag/* formatTag */._3)(tagPrefix, version)}. Give only one of them, or make them agree.`, { input: 'version' });
        }
        return { tag, version: parsed.version, source: 'tag input' };
    }
    if (version !== undefined) {
        const full = (0,release_tag/* formatTag */._3)(tagPrefix, version);
        (0,release_tag/* parseTag */.ED)(full, tagPrefix);
        return { tag: full, version, source: 'version input' };
    }
    const fromEvent = tagFromEvent(event, env, tagPrefix);
    if (fromEvent === undefined)
        return undefined;
    const name = tagName(fromEvent.tag, 'tag');
    return { ...fromEvent, tag: name, version: (0,release_tag/* parseTag */.ED)(name, tagPrefix).version };
}
function describeMissingTarget(event) {
    const what = event.name
        ? `The ${event.name} event names no tag`
        : 'There is no event naming a tag';
    return `${what}, and neither the tag nor the version input is set. Set tag (e.g. v1.2.3) for an existing tag, version (e.g. 1.2.3) for a release whose tag does not exist yet, or scheme: calver to compute the version from the date.`;
}

;// CONCATENATED MODULE: ./actions/validate-tag/src/main.ts




async function run(ctx) {
    const inputs = parseInputs(ctx);
    const cwd = (0,src/* resolveInWorkspace */.z1)(ctx.workspace, inputs.workingDirectory, {
        input: 'working-directory',
    });
    // Everything that needs no git comes first: bad input fails fast and changes nothing.
    const requested = requestedTarget(inputs, ctx.event, ctx.env);
    if (requested !== undefined) {
        (0,versions_by_scheme/* validateVersion */.Pj)(requested.version, inputs.scheme, { calverFormat: inputs.calverFormat });
    }
    else if (inputs.scheme !== 'calver' && ctx.event.name !== 'workflow_dispatch') {
        // A dispatch with no version releases the version the manifests carry (validate-release).
        throw new src/* ConfigurationError */.j1(describeMissingTarget(ctx.event), { input: 'tag' });
    }
    // The checks (git, manifest parsers) load only when there is something to check. Measured on
    // the bundle: imported statically they add 9-14 ms of CPU to a run that fails on its inputs.
    const { validateRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(147), __nccwpck_require__.e(172)]).then(__nccwpck_require__.bind(__nccwpck_require__, 172));
    await validateRelease(ctx, inputs, cwd, requested);
}

;// CONCATENATED MODULE: ./actions/validate-tag/src/index.ts


void (0,src/* runAction */.Cs)(run);

