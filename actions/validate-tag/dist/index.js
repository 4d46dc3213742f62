import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(471)
const cmp = __nccwpck_require__(646)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)


/***/ }),

/***/ 782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(379)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const trimComparatorWhitespace = __nccwpck_require__(737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

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

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gt = __nccwpck_require__(599)
const gte = __nccwpck_require__(236)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = __nccwpck_require__(353)
const { safeRe: re, t } = __nccwpck_require__(471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 82:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 491:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


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

/***/ 756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 11:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 88:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(471)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)
const identifiers = __nccwpck_require__(348)
const parse = __nccwpck_require__(353)
const valid = __nccwpck_require__(780)
const clean = __nccwpck_require__(799)
const inc = __nccwpck_require__(338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(511)
const minor = __nccwpck_require__(603)
const patch = __nccwpck_require__(756)
const prerelease = __nccwpck_require__(714)
const compare = __nccwpck_require__(469)
const rcompare = __nccwpck_require__(173)
const compareLoose = __nccwpck_require__(874)
const compareBuild = __nccwpck_require__(648)
const sort = __nccwpck_require__(872)
const rsort = __nccwpck_require__(192)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gte = __nccwpck_require__(236)
const lte = __nccwpck_require__(717)
const cmp = __nccwpck_require__(646)
const coerce = __nccwpck_require__(385)
const truncate = __nccwpck_require__(114)
const Comparator = __nccwpck_require__(379)
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const toComparators = __nccwpck_require__(750)
const maxSatisfying = __nccwpck_require__(193)
const minSatisfying = __nccwpck_require__(595)
const minVersion = __nccwpck_require__(866)
const validRange = __nccwpck_require__(118)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(276)
const ltr = __nccwpck_require__(213)
const intersects = __nccwpck_require__(465)
const simplifyRange = __nccwpck_require__(28)
const subset = __nccwpck_require__(489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


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

/***/ 383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


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

/***/ 737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const gt = __nccwpck_require__(599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)
const gte = __nccwpck_require__(236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 28:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 118:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./packages/action-kit/src/configuration-error.ts
/**
 * A mistake the user can fix: the message says what was found, where, and the fix.
 * runAction reports it as an error annotation (on the file and line when known) without a stack.
 */
class configuration_error_ConfigurationError extends Error {
    name = 'ConfigurationError';
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
    return error instanceof configuration_error_ConfigurationError;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts

/** Runs a program without a shell, collecting its output; never throws on a non-zero exit. */
const execProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
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
    child.on('close', (code, signal) => resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
    }));
    child.stdin.end(options.input ?? '');
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/action-kit/src/runner-files.ts



/**
 * Appends `name<<delimiter\nvalue\ndelimiter` to a runner file command (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE), the form that is safe for any value, multi-line included.
 */
function appendKeyValue(file, name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected delimiter collision while writing ${name}`);
    }
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts
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

;// CONCATENATED MODULE: ./packages/action-kit/src/context.ts






function inputEnvironmentName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function readEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    let payload = {};
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return { name: env.GITHUB_EVENT_NAME || undefined, payload };
}
function createLogger(write) {
    return {
        info: (message) => write(message),
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
        (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, 'utf8');
    else
        write(markdown);
}

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
    throw new configuration_error_ConfigurationError(`Input ${name} is "${value}", which is not a boolean. Use true or false.`, { input: name });
}
function enumInput(source, name, allowed, defaultValue) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return defaultValue;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined) {
        throw new configuration_error_ConfigurationError(`Input ${name} is "${value}", which is not one of: ${allowed.join(', ')}.`, { input: name });
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
    if (isConfigurationError(error)) {
        const location = error.location;
        context.log.error(error.message, {
            title: error.title,
            file: location?.file,
            line: location?.line,
            endLine: location?.endLine,
            col: location?.column,
        });
        context.summary.paragraph(`**Failed:** ${error.message}`);
        return;
    }
    const message = describe(error);
    if (error instanceof Error && error.stack)
        context.log.debug(error.stack);
    context.log.error(message);
    context.summary.paragraph(`**Failed:** ${message}`);
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

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts









;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./packages/changelog/src/conventional-commit.ts
// Conventional Commits 1.0.0: `type(scope)!: description`. The type is a noun (letters first);
// the scope a non-empty noun in parentheses; the colon is followed by a space.
const HEADER = /^(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: +(?<description>\S.*)$/;
// git's own revert subject, also as GitHub squash-merges it: `Revert "feat: x" (#12)`.
const GIT_REVERT = /^Revert "(?<header>.*)"(?<rest>.*)$/;
// BREAKING CHANGE must be upper case (rule 15); BREAKING-CHANGE is a synonym (rule 16).
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:(?: (?<value>.*)|$)/;
// Any footer: a word token (`-` for spaces) then `: ` or ` #` (rules 8-10). A value runs until the next one.
const FOOTER = /^(?:BREAKING[ -]CHANGE|[A-Za-z][A-Za-z0-9-]*)(?:: | #)/;
const REFERENCE = /(?<![\w&#/.:-])((?:[\w.-]+\/[\w.-]+)?#\d+)\b/g;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})\b/g;
/**
 * Parses a commit message by Conventional Commits 1.0.0, or returns undefined for a merge commit
 * or any message that does not follow it. Types are case-insensitive (returned lower case);
 * `BREAKING CHANGE` is only a breaking change in upper case. git's `Revert "<subject>"` is
 * returned as type `revert` with the reverted subject as description.
 */
function parseConventionalCommit(message) {
    const { subject, body, sha } = splitMessage(message);
    const references = findReferences(`${subject}\n${body}`);
    const withSha = sha === undefined ? {} : { sha };
    const gitRevert = GIT_REVERT.exec(subject)?.groups;
    if (gitRevert?.header !== undefined) {
        return {
            type: 'revert',
            breaking: false,
            description: gitRevert.header,
            breakingNotes: [],
            references,
            ...withSha,
            revert: { header: gitRevert.header, shas: revertedShas(body) },
        };
    }
    const header = HEADER.exec(subject)?.groups;
    if (header?.type === undefined || header.description === undefined)
        return undefined;
    const type = header.type.toLowerCase();
    const scope = header.scope?.trim();
    if (scope === '')
        return undefined;
    const description = header.description.trim();
    const footerNotes = breakingFooters(body);
    const breaking = header.bang !== undefined || footerNotes.length > 0;
    return {
        type,
        ...(scope === undefined ? {} : { scope }),
        breaking,
        description,
        breakingNotes: footerNotes.length > 0 ? footerNotes : breaking ? [description] : [],
        references,
        ...withSha,
        ...(type === 'revert' ? { revert: { shas: revertedShas(body) } } : {}),
    };
}
function splitMessage(message) {
    if (typeof message !== 'string') {
        return {
            subject: message.subject.trim(),
            body: message.body.replace(/\r\n?/g, '\n'),
            ...(message.sha === undefined ? {} : { sha: message.sha }),
        };
    }
    const [subject = '', ...rest] = message.replace(/\r\n?/g, '\n').split('\n');
    return { subject: subject.trim(), body: rest.join('\n').replace(/^\n+/, '') };
}
/** The texts of the `BREAKING CHANGE:` footers, each running until the next footer token. */
function breakingFooters(body) {
    const notes = [];
    let current;
    const finish = () => {
        if (current === undefined)
            return;
        const note = current.join('\n').trim();
        if (note !== '')
            notes.push(note);
        current = undefined;
    };
    for (const line of body.split('\n')) {
        const breaking = BREAKING_FOOTER.exec(line);
        if (breaking !== null) {
            finish();
            current = [breaking.groups?.value ?? ''];
        }
        else if (FOOTER.test(line)) {
            finish();
        }
        else if (current !== undefined) {
            current.push(line);
        }
    }
    finish();
    return notes;
}
function findReferences(text) {
    return [...new Set([...text.matchAll(REFERENCE)].map((match) => match[1]))];
}
function revertedShas(body) {
    const shas = [...body.matchAll(REVERTS_COMMIT)].map((match) => match[1]);
    for (const line of body.split('\n')) {
        const refs = /^Refs: (.*)$/i.exec(line)?.[1];
        if (refs !== undefined)
            shas.push(...(refs.match(/\b[0-9a-f]{7,40}\b/g) ?? []));
    }
    return [...new Set(shas)];
}

;// CONCATENATED MODULE: ./packages/changelog/src/bump-recommendation.ts

const RANK = { patch: 1, minor: 2, major: 3 };
const BANG = /^[^:(]+(?:\([^()]*\))?!:/;
/**
 * The semver bump that `commits` call for by Conventional Commits: a breaking change is major
 * (minor with `preMajor`), `feat` minor, `fix` and `perf` patch, other types nothing. A commit
 * that a revert in the same list undoes (matched by sha, or by git's `Revert "<subject>"`)
 * counts for nothing, and so does the revert; a revert of a revert restores the original.
 */
function recommendBump(commits, options = {}) {
    const parsed = commits.map((commit) => ({
        commit,
        conventional: parseConventionalCommit(commit),
    }));
    const undone = revertedCommits(parsed);
    const reasons = [];
    parsed.forEach(({ commit, conventional }, index) => {
        if (conventional === undefined || undone.has(index))
            return;
        const reason = reasonFor(commit.subject.trim(), conventional, options.preMajor === true);
        if (reason !== undefined)
            reasons.push({ commit: commit.sha ?? commit.subject, ...reason });
    });
    let bump;
    for (const reason of reasons) {
        if (bump === undefined || RANK[reason.bump] > RANK[bump])
            bump = reason.bump;
    }
    return { bump, reasons };
}
function reasonFor(subject, commit, preMajor) {
    const header = `"${subject}"`;
    if (commit.breaking) {
        const marked = BANG.test(subject)
            ? `${header} marks a breaking change with "!"`
            : `${header} has a BREAKING CHANGE footer: ${commit.breakingNotes[0]?.split('\n', 1)[0] ?? ''}`;
        return preMajor
            ? { bump: 'minor', why: `${marked} (before 1.0.0 a breaking change is a minor bump)` }
            : { bump: 'major', why: marked };
    }
    switch (commit.type) {
        case 'feat':
            return { bump: 'minor', why: `${header} adds a feature` };
        case 'fix':
            return { bump: 'patch', why: `${header} fixes a bug` };
        case 'perf':
            return { bump: 'patch', why: `${header} improves performance` };
        default:
            return undefined;
    }
}
/** Indexes of the commits that an effective revert in the list undoes, reverts included. */
function revertedCommits(parsed) {
    const targets = new Map(); // revert index -> indexes it undoes
    parsed.forEach(({ conventional }, index) => {
        const revert = conventional?.revert;
        if (revert === undefined)
            return;
        const undone = [];
        parsed.forEach(({ commit }, other) => {
            if (other === index)
                return;
            const bySha = commit.sha !== undefined && revert.shas.some((sha) => commit.sha?.startsWith(sha) === true);
            const bySubject = revert.header !== undefined && commit.subject.trim() === revert.header;
            if (bySha || bySubject)
                undone.push(other);
        });
        targets.set(index, undone);
    });
    // A revert is in effect unless a revert in effect undoes it (reverts only undo older commits).
    const effective = new Map();
    const inEffect = (index, seen) => {
        const known = effective.get(index);
        if (known !== undefined)
            return known;
        if (seen.has(index))
            return true;
        seen.add(index);
        let result = true;
        for (const [reverter, undone] of targets) {
            if (undone.includes(index) && inEffect(reverter, seen))
                result = false;
        }
        effective.set(index, result);
        return result;
    };
    const undone = new Set();
    for (const [reverter, indexes] of targets) {
        if (!inEffect(reverter, new Set()))
            continue;
        undone.add(reverter);
        for (const index of indexes)
            undone.add(index);
    }
    return undone;
}

;// CONCATENATED MODULE: ./packages/changelog/src/changelog-section.ts
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
// `[1.2.3]`, `[v1.2.3](link)`, `1.2.3`, `v1.2.3`, optionally after a package name (`pkg@1.2.3`).
const HEADING_VERSION = /^\[?(?:[\w@/.-]+@)?v?(\d+(?:\.\d+)*[0-9A-Za-z.+!_-]*)\]?(?:\(.*?\))?(?:[\s:–—].*)?$/;
function versionOfHeading(text) {
    const match = HEADING_VERSION.exec(text.trim());
    return match?.[1];
}
/** Every ATX heading outside fenced code blocks. */
function listChangelogHeadings(markdown) {
    const headings = [];
    let fence;
    markdown.split(/\r?\n/).forEach((raw, index) => {
        const fenceMatch = FENCE.exec(raw);
        if (fenceMatch?.[1]) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            return;
        }
        if (fence !== undefined)
            return;
        const match = HEADING.exec(raw);
        if (!match?.[1] || match[2] === undefined)
            return;
        const text = match[2];
        const version = versionOfHeading(text);
        headings.push({
            line: index + 1,
            level: match[1].length,
            text,
            ...(version === undefined ? {} : { version }),
        });
    });
    return headings;
}
/**
 * The section for `version`: from its heading to the next heading of the same or a higher level.
 * `equivalent` decides whether a heading's version is the one wanted (default: equal strings),
 * so that `1.2.0rc1` can match `1.2.0-rc.1`.
 */
function findChangelogSection(markdown, version, equivalent = (a, b) => a === b) {
    const wanted = version.replace(/^v/, '');
    const headings = listChangelogHeadings(markdown);
    const index = headings.findIndex((heading) => heading.version !== undefined && equivalent(heading.version, wanted));
    const heading = headings[index];
    if (heading === undefined)
        return undefined;
    const next = headings.slice(index + 1).find((candidate) => candidate.level <= heading.level);
    const lines = markdown.split(/\r?\n/);
    const body = lines
        .slice(heading.line, next ? next.line - 1 : lines.length)
        .join('\n')
        .replace(/^\s*\n/, '')
        .trimEnd();
    return { heading, body };
}

;// CONCATENATED MODULE: ./packages/changelog/src/index.ts




;// CONCATENATED MODULE: ./packages/git/src/branch-globs.ts
/**
 * Branch-name globs as GitHub's workflow filters write them, matched against the short branch
 * name (`release/1.x`): `*` is any run of characters except `/`, `**` any run including `/`,
 * `?` one character except `/`; everything else is literal. A leading `refs/heads/` is ignored.
 */
function branchGlobPattern(glob) {
    const source = glob.replace(/^refs\/heads\//, '');
    let pattern = '';
    for (let index = 0; index < source.length; index++) {
        const char = source[index];
        if (char === '*' && source[index + 1] === '*') {
            pattern += '.*';
            index++;
        }
        else if (char === '*') {
            pattern += '[^/]*';
        }
        else if (char === '?') {
            pattern += '[^/]';
        }
        else {
            pattern += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
        }
    }
    return new RegExp(`^${pattern}$`);
}
/** Whether the short branch name `branch` matches any of `globs`. */
function matchesBranchGlobs(branch, globs) {
    return globs.some((glob) => branchGlobPattern(glob).test(branch));
}

;// CONCATENATED MODULE: ./packages/git/src/git-command.ts



/** git ran and failed in a way that is not a known user mistake. */
class GitError extends Error {
    name = 'GitError';
    /** The command line, e.g. `git fetch --no-tags origin main`. */
    command;
    args;
    cwd;
    exitCode;
    stderr;
    constructor(cwd, args, result) {
        const command = git_command_formatCommand(args);
        const stderr = result.stderr.trim();
        super(`${command} failed with exit code ${result.exitCode} in ${cwd}: ${stderr === '' ? '(no error output)' : stderr}`);
        this.command = command;
        this.args = [...args];
        this.cwd = cwd;
        this.exitCode = result.exitCode;
        this.stderr = result.stderr;
    }
}
/**
 * Runs `git <args>` in `cwd` without a shell and collects its output as UTF-8.
 *
 * Throws a `ConfigurationError` when git cannot work there at all (no such directory, git not
 * on PATH, not a repository, a repository owned by another user) and a `GitError` for any other
 * non-zero exit. With `allowFailure`, a non-zero exit is returned instead; the caller then uses
 * `gitFailure` for the exit codes it does not expect.
 */
async function git_command_git(cwd, args, options = {}) {
    const result = await spawnGit(cwd, args, options);
    if (result.exitCode !== 0 && options.allowFailure !== true)
        throw git_command_gitFailure(cwd, args, result);
    return result;
}
/** The error for a failed git command: a `ConfigurationError` when the user can fix it, else a `GitError`. */
function git_command_gitFailure(cwd, args, result) {
    const stderr = result.stderr.trim();
    if (/detected dubious ownership/i.test(stderr)) {
        return new configuration_error_ConfigurationError(`git refuses to use the repository at ${cwd} because another user owns it ("detected dubious ownership"). ` +
            `This happens in container jobs. Run \`git config --global --add safe.directory ${cwd}\` before this step, ` +
            `or run the container as the user that owns the workspace.`);
    }
    if (/not a git repository/i.test(stderr)) {
        return new configuration_error_ConfigurationError(`${cwd} is not inside a git repository (${git_command_formatCommand(args)}: ${firstLine(stderr)}). ` +
            `Run actions/checkout before this step, or set working-directory to the checked-out repository.`);
    }
    return new GitError(cwd, args, result);
}
async function spawnGit(cwd, args, options) {
    const spawned = await new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd,
            env: options.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => resolve({ error }));
        child.on('close', (code, signal) => resolve({
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8') +
                (signal === null ? '' : `\n(killed by ${signal})`),
            exitCode: code ?? 128,
        }));
        // git may exit before reading all of its input (EPIPE): its exit code tells what happened.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
    // Not `instanceof Error`: errors from node's own modules come from another realm under jest.
    if (!('error' in spawned))
        return spawned;
    if (spawned.error.code === 'ENOENT')
        throw await spawnNotFound(cwd, spawned.error);
    throw spawned.error;
}
async function spawnNotFound(cwd, error) {
    // Node reports a missing working directory and a missing executable with the same ENOENT.
    const directory = await (0,promises_namespaceObject.stat)(cwd).catch(() => undefined);
    if (directory === undefined || !directory.isDirectory()) {
        return new configuration_error_ConfigurationError(`The directory ${cwd} does not exist, so git cannot run there. ` +
            `Check working-directory, and run actions/checkout before this step.`, { cause: error });
    }
    return new configuration_error_ConfigurationError(`git was not found on PATH (running it in ${cwd} failed with ENOENT). ` +
        `Install git on the runner or use an image that has it; without git, actions/checkout ` +
        `downloads an archive that is not a repository.`, { cause: error });
}
function git_command_formatCommand(args) {
    const shown = args
        .slice(0, 12)
        .map((arg) => (/^[\w@%+=:,./^{}~-]+$/.test(arg) ? arg : JSON.stringify(arg)));
    const more = args.length > 12 ? ` ... (${args.length - 12} more)` : '';
    return `git ${shown.join(' ')}${more}`;
}
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}

;// CONCATENATED MODULE: ./packages/git/src/shallow-clone.ts



/** Whether the repository at `cwd` is a shallow clone (e.g. actions/checkout's default depth 1). */
async function isShallow(cwd) {
    const { stdout } = await git_command_git(cwd, ['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}
/**
 * The commits where a shallow clone's history is cut off (`.git/shallow`): git treats them as
 * having no parents. Empty for a complete repository.
 */
async function shallowBoundaries(cwd) {
    const { stdout } = await git_command_git(cwd, ['rev-parse', '--git-path', 'shallow']);
    const relative = stdout.trim();
    const path = (0,external_node_path_namespaceObject.isAbsolute)(relative) ? relative : (0,external_node_path_namespaceObject.join)(cwd, relative);
    const text = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw error;
    });
    return new Set(text.split('\n').filter((line) => line !== ''));
}

;// CONCATENATED MODULE: ./packages/git/src/commits.ts



/** The commit `rev` names (a sha, tag, branch, `HEAD~2`...), or undefined when there is none here. */
async function resolveCommit(cwd, rev) {
    // rev-parse of git 2.39 has no --end-of-options: a leading "-" would be read as an option.
    if (rev === '' || rev.startsWith('-'))
        return undefined;
    const args = ['rev-parse', '--verify', '-q', `${rev}^{commit}`];
    const result = await git_command_git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return result.stdout.trim();
    if (result.exitCode === 1)
        return undefined;
    throw git_command_gitFailure(cwd, args, result);
}
/** The error for a commit, tag or branch that the repository does not have. */
function commitNotFoundError(cwd, rev) {
    return new configuration_error_ConfigurationError(`Commit ${JSON.stringify(rev)} was not found in the git repository at ${cwd}. ` +
        `Check the tag or sha; if it exists on the remote, fetch it first ` +
        `(actions/checkout with fetch-depth: 0 fetches all history and tags).`);
}
const FIELDS = ['%H', '%P', '%s', '%b', '%an', '%ae', '%cI'].join('%x1f');
/**
 * The commits reachable from `to` and not from `from` (`from..to`; the whole history of `to` when
 * `from` is undefined), newest first as `git log` orders them, merges included, with ONE
 * `git log` call. `paths` limits them to commits that touch those paths (relative to `cwd`).
 *
 * In a shallow clone, a range that runs into the cut-off history is an error rather than a
 * silently short list.
 */
async function commitsInRange(cwd, from, to, options = {}) {
    for (const rev of from === undefined ? [to] : [from, to]) {
        if (rev === '' || rev.startsWith('-'))
            throw commitNotFoundError(cwd, rev);
    }
    const range = from === undefined ? to : `${from}..${to}`;
    const args = [
        'log',
        `--format=${FIELDS}%x1e`,
        '--encoding=UTF-8',
        '--no-show-signature',
        '--end-of-options',
        range,
        '--',
        ...(options.paths ?? []),
    ];
    const result = await git_command_git(cwd, args, { allowFailure: true });
    if (result.exitCode !== 0) {
        for (const rev of from === undefined ? [to] : [from, to]) {
            if ((await resolveCommit(cwd, rev)) === undefined)
                throw commitNotFoundError(cwd, rev);
        }
        throw git_command_gitFailure(cwd, args, result);
    }
    const commits = parseLog(result.stdout);
    if (commits.length > 0 && (await isShallow(cwd))) {
        const boundaries = await shallowBoundaries(cwd);
        const cut = commits.find((commit) => boundaries.has(commit.sha));
        if (cut !== undefined) {
            throw new configuration_error_ConfigurationError(`The clone at ${cwd} is shallow and its history stops at commit ${cut.sha.slice(0, 12)}, ` +
                `so the commits ${from === undefined ? `up to ${to}` : `between ${from} and ${to}`} are incomplete. ` +
                `Fetch the full history: actions/checkout with fetch-depth: 0.`);
        }
    }
    return commits;
}
/** The committer date of `rev` (when it landed, not when it was first written). */
async function commitDate(cwd, rev) {
    if (rev === '' || rev.startsWith('-'))
        throw commitNotFoundError(cwd, rev);
    const args = [
        'show',
        '-s',
        '--format=%cI',
        '--no-show-signature',
        '--end-of-options',
        `${rev}^{commit}`,
    ];
    const result = await git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return new Date(result.stdout.trim());
    if ((await resolveCommit(cwd, rev)) === undefined)
        throw commitNotFoundError(cwd, rev);
    throw gitFailure(cwd, args, result);
}
function parseLog(stdout) {
    const commits = [];
    for (const record of stdout.split('\x1e')) {
        const [sha, parents, subject, body, author, authorEmail, date] = record
            .replace(/^\n/, '')
            .split('\x1f');
        if (sha === undefined || sha === '' || subject === undefined)
            continue;
        commits.push({
            sha,
            subject,
            body: (body ?? '').replace(/\n+$/, ''),
            author: author ?? '',
            authorEmail: authorEmail ?? '',
            date: date ?? '',
            parents: parents === undefined || parents === '' ? [] : parents.split(' '),
        });
    }
    return commits;
}

;// CONCATENATED MODULE: ./packages/git/src/remotes.ts


/** Rejects a remote name that git would read as an option (`--upload-pack=...`) or that cannot exist. */
function remotes_checkRemoteName(remote) {
    if (remote === '' || remote.startsWith('-') || /[\s\0]/.test(remote)) {
        throw new configuration_error_ConfigurationError(`${JSON.stringify(remote)} is not a usable git remote name: it is empty, starts with "-" or ` +
            `contains whitespace. Use the name of a configured remote, such as origin.`, { input: 'remote' });
    }
}
/** Whether a remote of that name is configured (`git remote get-url`). */
async function remotes_hasRemote(cwd, remote) {
    const args = ['remote', 'get-url', remote];
    const result = await git_command_git(cwd, args, { allowFailure: true });
    if (result.exitCode === 0)
        return true;
    if (result.exitCode === 2)
        return false; // "No such remote"
    throw git_command_gitFailure(cwd, args, result);
}
/** The remote's branches (short names) and their tips, from one `git ls-remote --heads`. */
async function listRemoteBranches(cwd, remote) {
    const { stdout } = await git_command_git(cwd, ['ls-remote', '--heads', remote]);
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
    await git_command_git(cwd, [
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
    remotes_checkRemoteName(remote);
    const head = await git_command_git(cwd, ['symbolic-ref', '-q', '--short', `refs/remotes/${remote}/HEAD`], {
        allowFailure: true,
    });
    const fromRemote = head.stdout.trim();
    if (head.exitCode === 0 && fromRemote.startsWith(`${remote}/`)) {
        return fromRemote.slice(remote.length + 1);
    }
    for (const candidate of ['main', 'master']) {
        const { stdout } = await git_command_git(cwd, [
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

;// CONCATENATED MODULE: ./packages/git/src/branch-reachability.ts






/** Deepening rounds before the last resort, `--unshallow`. */
const DEEPEN_ROUNDS = 4;
/**
 * Which branches whose short name matches `globs` (`main`, `release/*`, `hotfix/**`: see
 * `branchGlobPattern`) contain the commit `sha`. Local branches and the remote-tracking branches
 * of `remote` both count; a branch that is in both is one name.
 *
 * Fast path: one `git for-each-ref --contains` over the local refs, no network. When nothing
 * matched and the clone is shallow or a glob has no local branch (actions/checkout's default is
 * a depth-1 clone of one ref), the matching branches are listed with `git ls-remote`, the missing
 * ones fetched (`--depth` in a shallow clone), and while the answer is "no" and their history is
 * cut off, it is deepened (doubling, then `--unshallow`). "Not contained" is only concluded on the
 * branches' complete history. The search stops at the first round that finds a branch: proving
 * that the other branches do NOT contain the commit would need their full history, so `matched`
 * is non-empty exactly when the commit is on an allowed branch, but may not list every such branch.
 *
 * A local branch that the remote does not have is checked only as far as its local history goes.
 *
 * Side effects when fetching: remote-tracking refs `refs/remotes/<remote>/<branch>` are created
 * or updated and the clone gets deeper; tags are not fetched. In a shallow clone, the first fetch of
 * a missing branch uses `--depth`, which (as git does) may cut history that an earlier, deeper
 * fetch brought through that branch's commits; a complete clone is never made shallow.
 */
async function branchesContaining(cwd, sha, globs, options = {}) {
    if (globs.length === 0)
        throw new TypeError('branchesContaining needs at least one branch glob');
    const remote = options.remote ?? 'origin';
    remotes_checkRemoteName(remote);
    const depth = options.depth ?? 100;
    if (!Number.isInteger(depth) || depth < 1) {
        throw new TypeError(`depth must be a positive integer, got ${depth}`);
    }
    const commit = await resolveCommit(cwd, sha);
    if (commit === undefined)
        throw commitNotFoundError(cwd, sha);
    const patterns = globs.map(branchGlobPattern);
    const wanted = (branch) => patterns.some((pattern) => pattern.test(branch));
    const candidates = await localBranches(cwd, remote, wanted);
    let deepened = false;
    const answer = async () => ({
        matched: await containing(cwd, commit, candidates),
        checked: [...new Set(candidates.values())].sort(),
        deepened,
    });
    const local = await answer();
    if (local.matched.length > 0)
        return local;
    const shallow = await isShallow(cwd);
    const names = [...candidates.values()];
    const globWithoutBranch = patterns.some((pattern) => !names.some((name) => pattern.test(name)));
    if (!shallow && !globWithoutBranch)
        return local;
    if (!(await remotes_hasRemote(cwd, remote))) {
        if (!shallow)
            return local;
        throw new configuration_error_ConfigurationError(`The clone at ${cwd} is shallow and has no remote "${remote}" to fetch more history from, ` +
            `so whether commit ${sha} is on a branch matching ${globs.join(', ')} cannot be decided. ` +
            `Fetch the full history (actions/checkout with fetch-depth: 0) or add the remote.`);
    }
    const remoteBranches = [...(await listRemoteBranches(cwd, remote)).keys()].filter(wanted);
    const tracking = (branch) => `refs/remotes/${remote}/${branch}`;
    const refspec = (branch) => `+refs/heads/${branch}:${tracking(branch)}`;
    const missing = remoteBranches.filter((branch) => !candidates.has(tracking(branch)));
    let result = local;
    if (missing.length > 0) {
        // Never --depth on a complete clone: it would make it shallow.
        await fetchRefs(cwd, remote, shallow ? [`--depth=${depth}`] : [], missing.map(refspec));
        for (const branch of missing)
            candidates.set(tracking(branch), branch);
        deepened = true;
        result = await answer();
    }
    if (result.matched.length > 0 || !shallow || remoteBranches.length === 0)
        return result;
    const refspecs = remoteBranches.map(refspec);
    for (let round = 0, amount = depth;; round++, amount *= 2) {
        if (!(await historyIsCut(cwd, [...candidates.keys()])))
            return result;
        const last = round >= DEEPEN_ROUNDS;
        await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], refspecs);
        deepened = true;
        result = await answer();
        if (result.matched.length > 0 || last)
            return result;
    }
}
/** Local and remote-tracking branches whose short name is wanted: refname -> short name. */
async function localBranches(cwd, remote, wanted) {
    const remotePrefix = `refs/remotes/${remote}/`;
    const { stdout } = await git_command_git(cwd, [
        'for-each-ref',
        '--format=%(refname)%00%(symref)',
        'refs/heads/',
        remotePrefix,
    ]);
    const branches = new Map();
    for (const line of stdout.split('\n')) {
        const [refname, symref] = line.split('\0');
        if (refname === undefined || refname === '' || (symref ?? '') !== '')
            continue; // origin/HEAD
        const name = refname.startsWith('refs/heads/')
            ? refname.slice('refs/heads/'.length)
            : refname.slice(remotePrefix.length);
        if (wanted(name))
            branches.set(refname, name);
    }
    return branches;
}
/** Short names of the candidate refs that contain `commit`: one `for-each-ref --contains`. */
async function containing(cwd, commit, candidates) {
    if (candidates.size === 0)
        return [];
    const { stdout } = await git_command_git(cwd, [
        'for-each-ref',
        '--format=%(refname)',
        '--contains',
        commit,
        ...candidates.keys(),
    ]);
    const matched = new Set();
    for (const refname of stdout.split('\n')) {
        // A pattern also matches refs below it (`refs/heads/main/x`): keep the exact candidates.
        const name = candidates.get(refname);
        if (name !== undefined)
            matched.add(name);
    }
    return [...matched].sort();
}
/** Whether the history of any of `refs` reaches a shallow boundary (is cut off). */
async function historyIsCut(cwd, refs) {
    const boundaries = await shallowBoundaries(cwd);
    if (boundaries.size === 0 || refs.length === 0)
        return false;
    const contains = [...boundaries].flatMap((boundary) => ['--contains', boundary]);
    const { stdout } = await git_command_git(cwd, ['for-each-ref', '--format=%(refname)', ...contains, ...refs]);
    const exact = new Set(refs);
    return stdout.split('\n').some((refname) => exact.has(refname));
}

;// CONCATENATED MODULE: ./packages/git/src/previous-tag.ts
/**
 * The tag with the highest version strictly lower than the version `current` (a version, not a
 * tag name), by `compare` (version order, not tag dates: a 1.x hotfix tagged after 2.0.0 is not
 * the previous tag of 2.1.0). Tags for which `versionOf` returns undefined are ignored; of two
 * tags with equal versions (`v1.0.0` and `1.0.0`) the first in `tags` wins. Pure.
 */
function previousTag(tags, current, versionOf, compare, options = {}) {
    const { skipPrereleases = false, isPrerelease } = options;
    if (skipPrereleases && isPrerelease === undefined) {
        throw new TypeError('previousTag: skipPrereleases needs isPrerelease to tell prereleases apart');
    }
    let best;
    for (const tag of tags) {
        const version = versionOf(tag);
        if (version === undefined)
            continue;
        if (skipPrereleases && isPrerelease?.(version) === true)
            continue;
        if (compare(version, current) >= 0)
            continue;
        if (best === undefined || compare(version, best.version) > 0)
            best = { tag, version };
    }
    return best?.tag;
}

;// CONCATENATED MODULE: ./packages/git/src/tags.ts



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
        throw new ConfigurationError(`The tag ${name} in ${cwd} points at a ${ref.targetType} (${ref.target}), not a commit. ` +
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
    const { stdout } = await git_command_git(cwd, ['for-each-ref', `--format=${TAG_FORMAT}`, pattern]);
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
    const { stdout } = await git_command_git(cwd, args, { input });
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
    remotes_checkRemoteName(remote);
    const local = await listTags(cwd, { prefix: options.prefix });
    if (!(await remotes_hasRemote(cwd, remote)))
        return local;
    const { stdout } = await git_command_git(cwd, ['ls-remote', '--tags', remote]);
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

;// CONCATENATED MODULE: ./packages/git/src/history.ts




const history_DEEPEN_ROUNDS = 4;
async function hasCommit(cwd, sha) {
    const result = await git_command_git(cwd, ['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
    return result.exitCode === 0;
}
/** Whether every commit of `from..to` is here and none of them is a shallow cut. */
async function rangeIsComplete(cwd, from, to) {
    if (!(await hasCommit(cwd, from)) || !(await hasCommit(cwd, to)))
        return false;
    const ancestor = await git_command_git(cwd, ['merge-base', '--is-ancestor', from, to], { allowFailure: true });
    if (ancestor.exitCode !== 0)
        return false;
    const boundaries = await shallowBoundaries(cwd);
    if (boundaries.size === 0)
        return true;
    const { stdout } = await git_command_git(cwd, ['rev-list', to, `^${from}`]);
    return !stdout.split('\n').some((sha) => boundaries.has(sha));
}
/**
 * In a shallow clone, fetches history until `from..to` is complete: `refspecs` (the branches
 * holding `to`, and the ref of `from`, e.g. the previous tag) are deepened in doubling rounds,
 * then unshallowed. A complete clone is left alone. Returns whether anything was fetched.
 * When `from` is not an ancestor of `to` at all, the clone ends up complete and the caller's
 * range is simply what git says it is.
 */
async function ensureHistory(cwd, from, to, options) {
    if (!(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to)))
        return false;
    const remote = options.remote ?? 'origin';
    if (!(await remotes_hasRemote(cwd, remote))) {
        throw new configuration_error_ConfigurationError(`The clone at ${cwd} is shallow and has no remote "${remote}" to fetch the commits between ${from.slice(0, 12)} and ${to.slice(0, 12)} from. Fetch the full history: actions/checkout with fetch-depth: 0.`);
    }
    for (let round = 0, amount = options.depth ?? 50;; round++, amount *= 2) {
        const last = round >= history_DEEPEN_ROUNDS;
        await fetchRefs(cwd, remote, [last ? '--unshallow' : `--deepen=${amount}`], options.refspecs);
        if (last || !(await isShallow(cwd)) || (await rangeIsComplete(cwd, from, to)))
            return true;
    }
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts










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
    const lines = new LineIndex(text);
    const keys = [];
    const tables = [];
    let i = 0;
    const skipSpaces = () => {
        while (text[i] === ' ' || text[i] === '\t')
            i++;
    };
    const skipComment = () => {
        if (text[i] === '#')
            while (i < text.length && text[i] !== '\n')
                i++;
    };
    /** Spaces, newlines and comments: what may stand between the items of arrays and inline tables. */
    const skipBlank = () => {
        for (;;) {
            const start = i;
            skipSpaces();
            skipComment();
            if (text[i] === '\r' || text[i] === '\n')
                i++;
            if (i === start)
                return;
        }
    };
    const readBasicString = () => {
        // at the opening quote of a single-line basic string
        let value = '';
        i++;
        while (i < text.length && text[i] !== '"' && text[i] !== '\n') {
            if (text[i] === '\\') {
                const escape = text[i + 1] ?? '';
                if (escape === 'u' || escape === 'U' || escape === 'x') {
                    const length = escape === 'u' ? 4 : escape === 'U' ? 8 : 2;
                    value += String.fromCodePoint(parseInt(text.slice(i + 2, i + 2 + length), 16) || 0xfffd);
                    i += 2 + length;
                }
                else {
                    value += ESCAPES[escape] ?? escape;
                    i += 2;
                }
            }
            else {
                value += text[i];
                i++;
            }
        }
        i++;
        return value;
    };
    const readLiteralString = () => {
        const end = text.indexOf("'", i + 1);
        const close = end === -1 ? text.length : end;
        const value = text.slice(i + 1, close);
        i = close + 1;
        return value;
    };
    const readKey = () => {
        const parts = [];
        for (;;) {
            skipSpaces();
            if (text[i] === '"')
                parts.push(readBasicString());
            else if (text[i] === "'")
                parts.push(readLiteralString());
            else {
                const start = i;
                while (i < text.length && BARE_KEY.test(text[i] ?? ''))
                    i++;
                parts.push(text.slice(start, i));
            }
            skipSpaces();
            if (text[i] !== '.')
                return parts;
            i++;
        }
    };
    /** Skips a value; records the keys of inline tables under `path` (no path: inside an array). */
    const skipValue = (path) => {
        const char = text[i];
        if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            const quote = text.slice(i, i + 3);
            i += 3;
            for (;;) {
                if (i >= text.length)
                    return;
                if (quote === '"""' && text[i] === '\\')
                    i += 2;
                else if (text.startsWith(quote, i)) {
                    i += 3;
                    // up to two quotes may end the content right before the closing delimiter
                    for (let extra = 0; extra < 2 && text[i] === quote[0]; extra++)
                        i++;
                    return;
                }
                else
                    i++;
            }
        }
        if (char === '"') {
            readBasicString();
            return;
        }
        if (char === "'") {
            readLiteralString();
            return;
        }
        if (char === '[') {
            i++;
            for (;;) {
                skipBlank();
                if (i >= text.length || text[i] === ']')
                    break;
                const before = i;
                skipValue(undefined);
                skipBlank();
                if (text[i] === ',')
                    i++;
                if (i === before)
                    i++;
            }
            i++;
            return;
        }
        if (char === '{') {
            i++;
            for (;;) {
                skipBlank();
                if (i >= text.length || text[i] === '}')
                    break;
                const before = i;
                readKeyValue(path);
                skipBlank();
                if (text[i] === ',')
                    i++;
                if (i === before)
                    i++;
            }
            i++;
            return;
        }
        // numbers, booleans, dates (which may hold a space): up to what ends a value
        while (i < text.length && !',]}#\r\n'.includes(text[i] ?? ''))
            i++;
    };
    const readKeyValue = (table) => {
        const keyStart = i;
        const key = readKey();
        skipSpaces();
        if (text[i] === '=')
            i++;
        skipSpaces();
        let valueStart = i;
        if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            valueStart = i + 3;
            // a newline right after the opening delimiter is not part of the string
            if (text.startsWith('\r\n', valueStart))
                valueStart += 2;
            else if (text[valueStart] === '\n')
                valueStart += 1;
        }
        else if (text[i] === '"' || text[i] === "'")
            valueStart = i + 1;
        const path = table === undefined ? undefined : [...table, ...key];
        if (path !== undefined) {
            keys.push({
                path,
                key: lines.position(keyStart),
                value: lines.position(valueStart),
            });
        }
        skipValue(path);
    };
    let table = [];
    const arrayCounts = new Map();
    while (i < text.length) {
        skipBlank();
        if (i >= text.length)
            break;
        const start = i;
        if (text[i] === '[') {
            const isArray = text[i + 1] === '[';
            i += isArray ? 2 : 1;
            const path = readKey();
            i += isArray ? 2 : 1;
            tables.push({ path, ...lines.position(start) });
            if (isArray) {
                const id = path.join('\u0000');
                const count = (arrayCounts.get(id) ?? 0) + 1;
                arrayCounts.set(id, count);
                table = [...path, `${ARRAY_ITEM}${count}`];
            }
            else
                table = path;
        }
        else {
            readKeyValue(table);
        }
        if (i === start)
            i++;
    }
    return new TomlLayout(keys, tables);
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
    return new configuration_error_ConfigurationError(message, { location, input: 'manifests' });
}
function errorCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return undefined;
    return typeof error.code === 'string' ? error.code : undefined;
}
/**
 * Reads a manifest. A file that does not exist (or is a directory) is a user's mistake: in the
 * `manifests` list, or in the setting `reference` of another manifest that named it.
 */
async function readManifestText(cwd, file, reference) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const display = displayPath(cwd, absolute);
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(absolute, 'utf8');
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
            throw new configuration_error_ConfigurationError(`${display} is a directory, not a manifest file: list the manifest file itself in manifests.`, { input: 'manifests' });
        }
        throw new configuration_error_ConfigurationError(`${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`, { input: 'manifests' });
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
function getMember(node, key) {
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
    let i = 0;
    const describe = (offset) => {
        if (offset >= text.length)
            return 'the end of the file';
        const char = text.codePointAt(offset) ?? 0;
        if (char < 0x20)
            return `the control character U+${char.toString(16).padStart(4, '0')}`;
        return `'${String.fromCodePoint(char)}'`;
    };
    const fail = (expected, offset = i) => {
        if (text.startsWith('//', offset) || text.startsWith('/*', offset)) {
            throw new JsonSyntaxError('JSON allows no comments', offset);
        }
        if (text[offset] === "'")
            throw new JsonSyntaxError('JSON strings use double quotes', offset);
        throw new JsonSyntaxError(`expected ${expected} but found ${describe(offset)}`, offset);
    };
    const skipWhitespace = () => {
        for (;;) {
            const char = text[i];
            if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r')
                return;
            i++;
        }
    };
    const parseString = () => {
        const start = i;
        i++;
        let value = '';
        let chunk = i;
        for (;;) {
            if (i >= text.length)
                throw new JsonSyntaxError('unterminated string', start);
            const code = text.charCodeAt(i);
            if (code === 0x22)
                break;
            if (code < 0x20) {
                throw new JsonSyntaxError(`${describe(i)} must be escaped inside a string (a string cannot span lines)`, i);
            }
            if (code === 0x5c) {
                value += text.slice(chunk, i);
                const escape = text[i + 1] ?? '';
                if (escape === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
                        throw new JsonSyntaxError('\\u must be followed by four hexadecimal digits', i);
                    }
                    value += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else {
                    const decoded = json_document_ESCAPES[escape];
                    if (decoded === undefined) {
                        throw new JsonSyntaxError(`invalid escape \\${escape} in a string`, i);
                    }
                    value += decoded;
                    i += 2;
                }
                chunk = i;
            }
            else
                i++;
        }
        value += text.slice(chunk, i);
        i++;
        return value;
    };
    const parseNumber = () => {
        const start = i;
        const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        match.lastIndex = i;
        const found = match.exec(text);
        if (found === null)
            return fail('a value');
        i = start + found[0].length;
        // "01", "1.", "1e": the number stops early and the next character is not JSON
        if (/[0-9.eE+-]/.test(text[i] ?? ''))
            return fail('a comma or the end of the value');
        return { type: 'number', start, end: i, value: Number(found[0]) };
    };
    const parseValue = () => {
        skipWhitespace();
        const start = i;
        const char = text[i];
        if (char === '{') {
            i++;
            const members = [];
            skipWhitespace();
            if (text[i] === '}') {
                i++;
                return { type: 'object', start, end: i, members };
            }
            for (;;) {
                skipWhitespace();
                if (text[i] !== '"') {
                    if (text[i] === '}' && members.length > 0) {
                        throw new JsonSyntaxError('trailing comma: JSON allows none after the last member', i);
                    }
                    return fail('a property name in double quotes');
                }
                const keyStart = i;
                const key = parseString();
                skipWhitespace();
                if (text[i] !== ':')
                    return fail("':' after a property name");
                i++;
                members.push({ key, keyStart, value: parseValue() });
                skipWhitespace();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return { type: 'object', start, end: i, members };
                }
                return fail("',' or '}' after a property value");
            }
        }
        if (char === '[') {
            i++;
            const items = [];
            skipWhitespace();
            if (text[i] === ']') {
                i++;
                return { type: 'array', start, end: i, items };
            }
            for (;;) {
                skipWhitespace();
                if (text[i] === ']' && items.length > 0) {
                    throw new JsonSyntaxError('trailing comma: JSON allows none after the last item', i);
                }
                items.push(parseValue());
                skipWhitespace();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return { type: 'array', start, end: i, items };
                }
                return fail("',' or ']' after an array item");
            }
        }
        if (char === '"') {
            const value = parseString();
            return { type: 'string', start, end: i, value };
        }
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
            return parseNumber();
        for (const [word, node] of [
            ['true', { type: 'boolean', value: true }],
            ['false', { type: 'boolean', value: false }],
            ['null', { type: 'null', value: null }],
        ]) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return { ...node, start, end: i };
            }
        }
        return fail('a value');
    };
    const root = parseValue();
    skipWhitespace();
    if (i < text.length)
        fail('the end of the file after the value');
    return root;
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
            const member = getMember(parent, token);
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
async function readJsonPointerVersion(cwd, spec) {
    const manifest = await readManifestText(cwd, spec.file);
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
    return new configuration_error_ConfigurationError(message, { input: 'manifests' });
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

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let stringify_BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (stringify_BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./packages/manifests/src/toml-document.ts



/**
 * Parses a manifest's TOML; a syntax error becomes a ConfigurationError on its line and column
 * whose message ends with `fix` (by default: fix it or remove the file from manifests).
 */
function parseTomlManifest(manifest, fix) {
    let data;
    try {
        data = parse(manifest.text);
    }
    catch (error) {
        if (!(error instanceof TomlError))
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
        !(value instanceof TomlDate));
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
    if (value instanceof TomlDate)
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
    const { layout } = manifest;
    const exact = layout.keys.find((key) => key.path.length === path.length && path.every((part, i) => key.path[i] === part));
    return (exact?.key ??
        layout.findTable(path) ??
        layout.findTable(path.slice(0, -1)) ?? { line: 1, column: 1 });
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
        return (await (0,promises_namespaceObject.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The workspace root of a crate: the Cargo.toml named by `package.workspace`, or the nearest one
 * with a `[workspace]` table, starting with the crate's own.
 */
async function findWorkspaceRoot(cwd, member) {
    const explicit = getTomlString(member.data, ['package', 'workspace']);
    const fix = `Fix the workspace's Cargo.toml, or remove ${member.file} from manifests.`;
    if (explicit !== undefined) {
        const file = external_node_path_default().join(external_node_path_default().dirname(member.absolute), explicit, 'Cargo.toml');
        const reference = {
            file: member.file,
            ...locateTomlKey(member, ['package', 'workspace']),
            source: '[package].workspace',
        };
        return parseTomlManifest(await readManifestText(cwd, file, reference), fix);
    }
    if (isTable(member.data.workspace))
        return member;
    for (let dir = external_node_path_default().dirname(external_node_path_default().dirname(member.absolute));; dir = external_node_path_default().dirname(dir)) {
        const file = external_node_path_default().join(dir, 'Cargo.toml');
        if (await isFile(file)) {
            const candidate = parseTomlManifest(await readManifestText(cwd, file), fix);
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
    const manifest = parseTomlManifest(await readManifestText(cwd, spec.file, options.reference));
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
        const root = await findWorkspaceRoot(cwd, manifest);
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
async function readPackageJsonVersion(cwd, spec) {
    const manifest = await readManifestText(cwd, spec.file);
    const { file } = manifest;
    const root = parseJsonManifest(manifest);
    if (root.type !== 'object') {
        const position = manifest.lines.position(root.start);
        throw configurationError(`${formatWhere(file, position)} is ${describeJsonType(root)}, not an object: a package.json is a JSON object with a "version" field. Fix ${file}, or remove it from manifests.`, file, position);
    }
    const name = getMember(root, 'name')?.value;
    const packageName = name?.type === 'string' ? name.value : undefined;
    const member = getMember(root, 'version');
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
            continued = true;
            i += 2;
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
    const manifest = await readManifestText(cwd, spec.file, reference);
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
    const manifest = await readManifestText(cwd, spec.file, options.reference);
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
        return (await (0,promises_namespaceObject.stat)(file)).isFile();
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
            return readPythonModuleVersion(project.cwd, { spec: project.spec, file: candidate }, { names, kind: 'python', packageName: project.packageName, reference: via });
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
        return readPythonModuleVersion(project.cwd, { spec: project.spec, file: absolute }, { names: [expression], kind: 'python', packageName: project.packageName, reference: via });
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
            packageName: project.packageName,
            reference: via,
            source: '[tool.hatch.version].pattern',
        });
    }
    // hatch's default pattern: (?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2
    const found = await readPythonModuleVersion(project.cwd, { spec: project.spec, file: absolute }, {
        names: ['__version__', 'VERSION'],
        kind: 'python',
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
        const found = await readCargoVersion(project.cwd, { spec: project.spec, file: external_node_path_default().join(project.root, manifestPath) }, { kind: 'python', reference: via });
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
async function readPyprojectVersion(cwd, spec) {
    const toml = parseTomlManifest(await readManifestText(cwd, spec.file));
    const { data, file } = toml;
    const project = {
        cwd,
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
        const stats = await (0,promises_namespaceObject.stat)(file);
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
    const kinds = await Promise.all(DEFAULT_MANIFESTS.map((name) => kindOf(external_node_path_default().join(cwd, name))));
    return DEFAULT_MANIFESTS.filter((_, i) => kinds[i] === 'file');
}
/** A path whose name tells no kind: a directory holding a manifest, else a mistake. */
async function resolvePathSpec(cwd, spec) {
    const absolute = external_node_path_default().resolve(cwd, spec.file);
    const display = displayPath(cwd, absolute);
    const kind = await kindOf(absolute);
    if (kind === 'directory') {
        for (const name of DEFAULT_MANIFESTS) {
            const file = external_node_path_default().join(spec.file, name);
            if ((await kindOf(external_node_path_default().resolve(cwd, file))) === 'file') {
                return { ...parsePathSpec(file), spec: spec.spec };
            }
        }
        throw new configuration_error_ConfigurationError(`${display} is a directory with no package.json, pyproject.toml or Cargo.toml. List the manifest file itself in manifests, or FILE:REGEX for another file (e.g. ${display}/VERSION:^(.*)$).`, { input: 'manifests' });
    }
    if (kind === undefined) {
        throw new configuration_error_ConfigurationError(`${display} not found in ${cwd}: list only manifests that exist, or set working-directory.`, { input: 'manifests' });
    }
    throw new configuration_error_ConfigurationError(`${display} is not a manifest tokenless can read by its name (package.json, pyproject.toml, Cargo.toml, *.py, *.json). Write FILE:REGEX with one capturing group around the version (e.g. ${display}:^(.*)$), or FILE#/json/pointer for a JSON file.`, { location: { file: display }, input: 'manifests' });
}
/**
 * Reads the version one entry of `manifests` names, and where it is written. Throws a
 * ConfigurationError for a user's mistake (malformed entry, missing file, no version, ...).
 */
async function readManifestVersion(spec, options) {
    const { cwd } = options;
    const trimmed = spec.trim();
    // a path that holds ":" (a file named so exists) is a path, not FILE:REGEX
    let parsed = regexSeparator(trimmed) !== -1 && (await kindOf(external_node_path_default().resolve(cwd, trimmed))) !== undefined
        ? parsePathSpec(trimmed)
        : parseManifestSpec(trimmed);
    if (parsed.kind === 'path')
        parsed = await resolvePathSpec(cwd, parsed);
    switch (parsed.kind) {
        case 'npm':
            return readPackageJsonVersion(cwd, parsed);
        case 'python':
            return readPyprojectVersion(cwd, parsed);
        case 'cargo':
            return readCargoVersion(cwd, parsed);
        case 'python-module':
            return readPythonModuleVersion(cwd, parsed);
        case 'json':
            return readJsonPointerVersion(cwd, parsed);
        case 'regex':
            return readRegexVersion(cwd, parsed);
        case 'path':
            throw new Error(`unreachable: ${parsed.spec} was resolved`);
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
async function readPackageJson(cwd, dir) {
    let manifest;
    try {
        manifest = await readManifestText(cwd, external_node_path_default().join(dir, 'package.json'));
    }
    catch (error) {
        if (error instanceof configuration_error_ConfigurationError)
            return undefined;
        throw error;
    }
    return parseJsonManifest(manifest, `Fix the JSON there: npm cannot read the workspace ${manifest.file} either.`);
}
/** The `workspaces` patterns of a package.json: an array, or `{ packages: [...] }`. */
function workspacePatterns(root) {
    let node = getMember(root, 'workspaces')?.value;
    if (node?.type === 'object')
        node = getMember(node, 'packages')?.value;
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
        entries = await (0,promises_namespaceObject.readdir)(absolute, { withFileTypes: true });
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
            return (await (0,promises_namespaceObject.stat)(external_node_path_default().join(absolute, entry.name))).isDirectory() ? entry.name : undefined;
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
 * The directory (relative to `cwd`, posix slashes) of the npm workspace package named `name`,
 * following the `workspaces` globs of `cwd/package.json` (`*`, `**`, `?`, `[...]`, `{a,b}`, and
 * `!` exclusions; `node_modules` and dot-directories are never searched). The root package itself
 * is not a workspace. Undefined when there is no package.json, no workspaces, or no such package.
 */
async function findWorkspacePackage(cwd, name) {
    const root = await readPackageJson(cwd, '.');
    if (root === undefined)
        return undefined;
    const patterns = workspacePatterns(root);
    const exclusions = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => splitPattern(pattern.slice(1)));
    const seen = new Set();
    for (const pattern of patterns.filter((candidate) => !candidate.startsWith('!'))) {
        const segments = splitPattern(pattern);
        const dirs = (await expandPattern(cwd, [], segments)).filter((dir) => dir.length > 0 && !exclusions.some((exclusion) => matchSegments(exclusion, dir)));
        const fresh = dirs.map((dir) => dir.join('/')).filter((dir) => !seen.has(dir));
        for (const dir of fresh)
            seen.add(dir);
        const manifests = await Promise.all(fresh.map((dir) => readPackageJson(cwd, dir)));
        for (const [i, manifest] of manifests.entries()) {
            const packageName = manifest === undefined ? undefined : getMember(manifest, 'name')?.value;
            if (packageName?.type === 'string' && packageName.value === name)
                return fresh[i];
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/index.ts












;// CONCATENATED MODULE: ./packages/versioning/src/version-scheme.ts

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
    throw new configuration_error_ConfigurationError(`scheme ${JSON.stringify(text)} is not a version scheme: use one of ${VERSION_SCHEMES.join(', ')}.`, { input: 'scheme' });
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(88);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./packages/versioning/src/semver-strict.ts


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
        throw new configuration_error_ConfigurationError(problem);
    const parsed = semver_default().parse(text);
    if (parsed === null) {
        throw new configuration_error_ConfigurationError(`${JSON.stringify(text)} is not a semver version: ${ACCEPTED}.`);
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
    return explainSemverProblem(text) === undefined && semver_default().parse(text) !== null;
}
/** Says why `text` is not strict semver, or returns undefined when no specific reason is found. */
function explainSemverProblem(text) {
    const quoted = JSON.stringify(text);
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
    const quoted = JSON.stringify(text);
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

;// CONCATENATED MODULE: ./packages/versioning/src/pep440.ts

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
    return pep440_formatPep440(pep440_parsePep440OrThrow(text));
}
/**
 * Parses a PEP 440 version.
 * @throws ConfigurationError saying what was found and the accepted forms.
 */
function pep440_parsePep440OrThrow(text) {
    const version = parsePep440(text);
    if (version !== undefined)
        return version;
    throw new configuration_error_ConfigurationError(`${JSON.stringify(text)} is not a PEP 440 version: expected ${PEP440_FORMS}.`);
}
/** Writes a parsed version in PEP 440's normalised form. */
function pep440_formatPep440(version) {
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
    const parsed = typeof version === 'string' ? pep440_parsePep440OrThrow(version) : version;
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

;// CONCATENATED MODULE: ./packages/versioning/src/pep440-order.ts

const PRE_LABEL_ORDER = { a: 0, b: 1, rc: 2 };
/**
 * Compares two PEP 440 versions in the specification's order: epoch, release (zero padded, so
 * `1.0 == 1.0.0`), then `.devN` < `aN` < `bN` < `rcN` < final < `.postN`, with `.devN` before the
 * release it belongs to, and local labels sorting after the same public version.
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when a string is not a PEP 440 version.
 */
function comparePep440(a, b) {
    const left = typeof a === 'string' ? pep440_parsePep440OrThrow(a) : a;
    const right = typeof b === 'string' ? pep440_parsePep440OrThrow(b) : b;
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
    const parts = parseSemverStrict(version);
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
    return pep440_formatPep440(pep440_parsePep440OrThrow(pep440_formatPep440(mapped)));
}
function mapPrerelease(version, core, identifiers) {
    const joined = identifiers.join('.');
    const [first = '', second, ...rest] = identifiers;
    const match = /^([a-z]+)([0-9]*)$/i.exec(first);
    const word = match?.[1]?.toLowerCase() ?? '';
    const attached = match?.[2] ?? '';
    if (word === 'post' || word === 'rev' || word === 'r') {
        throw new configuration_error_ConfigurationError(`${JSON.stringify(version)} has the prerelease "${joined}", which cannot become a PEP 440 post-release: in semver it sorts before ${core}, in PEP 440 .post sorts after it. Release the next patch version instead.`);
    }
    const label = SEMVER_TO_PEP440_LABEL[word];
    const number = attached !== '' ? attached : (second ?? '0');
    const numberOk = /^[0-9]+$/.test(number) && (attached === '' || second === undefined);
    if (label === undefined || !numberOk || rest.length > 0) {
        throw new configuration_error_ConfigurationError(`${JSON.stringify(version)} has the prerelease "${joined}", which has no PEP 440 equivalent: ${MAPPABLE}.`);
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
        throw new ConfigurationError(`${JSON.stringify(version)} (${formatPep440(parsed)}) ${reason}, which semver cannot express. Use MAJOR.MINOR.PATCH with an optional a/b/rc or .dev suffix, e.g. 1.2.0rc1.`);
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
    const aSemver = isStrictSemver(a);
    const bSemver = isStrictSemver(b);
    if (aSemver && bSemver)
        return semver_default().compareBuild(a, b) === 0;
    const left = aSemver ? tryMapToPep440(a) : parsePep440(a);
    const right = bSemver ? tryMapToPep440(b) : parsePep440(b);
    return left !== undefined && right !== undefined && comparePep440(left, right) === 0;
}
function tryMapToPep440(version) {
    try {
        return parsePep440(semverToPep440(version));
    }
    catch {
        return undefined;
    }
}

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
        throw new configuration_error_ConfigurationError(`calver-format ${JSON.stringify(format)} ${reason}`, {
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
    throw new configuration_error_ConfigurationError(`calver-format ${JSON.stringify(format.format)} gives ${version} for ${isoDay(date)}, and ${version} already exists: the ${period} already has a release. Use a format with MICRO to release more than once a ${period}, e.g. ${format.format}.MICRO.`, { input: 'calver-format' });
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
    const quoted = JSON.stringify(version);
    const name = JSON.stringify(parsed.format);
    if (fields === undefined) {
        const meanings = parsed.tokens
            .map((token) => `${token}: ${describeCalverToken(token)}`)
            .join('; ');
        throw new configuration_error_ConfigurationError(`${quoted} does not match calver-format ${name} (${meanings}), e.g. ${renderCalver(parsed, EXAMPLE_DATE, 0)}.`);
    }
    if (!isRealDate(fields)) {
        throw new configuration_error_ConfigurationError(`${quoted} has the form of calver-format ${name} but ${fields.year}-${pad(fields.month)}-${pad(fields.day)} is not a date.`);
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
    throw new configuration_error_ConfigurationError(`${JSON.stringify(version)} is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.`);
}

;// CONCATENATED MODULE: ./packages/versioning/src/git-ref-name.ts

/** Printable characters git never allows in a ref name (git check-ref-format rules 4, 5, 10). */
const GIT_FORBIDDEN = '~^:?*[\\';
/** What a release tag may hold beyond git's rules: what versions and tag prefixes use. */
const TAG_CHARACTER = /^[A-Za-z0-9._+\-@/!]$/;
/**
 * Checks a tag name (without `refs/tags/`) against git's check-ref-format rules, and refuses
 * characters no release tag needs (`;`, `$`, quotes...), which only make shell injection easier.
 * @throws ConfigurationError (input `tag`) naming the offending part.
 */
function checkTagName(tag) {
    const quoted = JSON.stringify(tag);
    if (tag === '') {
        throw tagError('The tag is empty: give a tag such as v1.2.3 (tag-prefix + version).');
    }
    const problem = explainGitRefProblem(tag);
    if (problem !== undefined) {
        throw tagError(`Tag ${quoted} ${problem}, which git does not allow in a tag name.`);
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
    return new configuration_error_ConfigurationError(message, { input: 'tag' });
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
        throw new configuration_error_ConfigurationError(`Tag ${JSON.stringify(name)} has nothing after the tag-prefix ${JSON.stringify(prefix)}: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'tag' });
    }
    return { prefix, version };
}
function prefixMismatch(tag, prefix) {
    const guess = guessTagPrefix(tag);
    const found = `Tag ${JSON.stringify(tag)} does not start with the tag-prefix ${JSON.stringify(prefix)}`;
    const message = guess === undefined
        ? `${found} and holds no version after a prefix: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`
        : `${found}. If the tag is right, set tag-prefix: '${guess}' (tag = tag-prefix + version).`;
    return new configuration_error_ConfigurationError(message, { input: 'tag-prefix' });
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
        throw new configuration_error_ConfigurationError(`The version is empty: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'version' });
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

;// CONCATENATED MODULE: ./packages/versioning/src/versions-by-scheme.ts







/**
 * Checks that `version` is valid under `scheme` (for calver: matches `options.calverFormat`).
 * @throws ConfigurationError saying what is wrong and the accepted forms.
 */
function validateVersion(version, scheme, options = {}) {
    switch (parseVersionScheme(scheme)) {
        case 'semver':
            parseSemverStrict(version);
            return;
        case 'pep440':
            pep440_parsePep440OrThrow(version);
            return;
        case 'calver':
            checkCalver(version, requireCalverFormat(version, options.calverFormat));
            return;
    }
}
function requireCalverFormat(version, format) {
    if (format !== undefined && format !== '')
        return format;
    throw new configuration_error_ConfigurationError(`The calver scheme needs a calver-format to check ${JSON.stringify(version)} against: set calver-format, e.g. YYYY.M.MICRO.`, { input: 'calver-format' });
}
/**
 * Compares two versions under `scheme` (semver precedence, PEP 440 order, or CalVer numbers).
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when either version is invalid under the scheme.
 */
function compareVersions(a, b, scheme) {
    switch (parseVersionScheme(scheme)) {
        case 'semver':
            return semver_default().compare(parseSemverStrict(a).version, parseSemverStrict(b).version);
        case 'pep440':
            return comparePep440(a, b);
        case 'calver':
            return compareCalver(a, b);
    }
}
/**
 * True for a prerelease: semver with a `-prerelease`, PEP 440 with a/b/rc or .dev. CalVer versions
 * (numbers only) are never prereleases.
 * @throws ConfigurationError when the version is invalid under the scheme.
 */
function isPrerelease(version, scheme) {
    switch (parseVersionScheme(scheme)) {
        case 'semver':
            return parseSemverStrict(version).prerelease.length > 0;
        case 'pep440':
            return isPep440Prerelease(version);
        case 'calver':
            calverNumbers(version);
            return false;
    }
}
/**
 * The release numbers of a version without prerelease parts, padded to at least three; for
 * PEP 440 the epoch comes first (so a new epoch counts as a major change).
 */
function releaseNumbers(version, scheme) {
    switch (parseVersionScheme(scheme)) {
        case 'semver': {
            const { major, minor, patch } = parseSemverStrict(version);
            return [major, minor, patch];
        }
        case 'pep440': {
            const { epoch, release } = pep440_parsePep440OrThrow(version);
            return [epoch, ...padRelease(release)];
        }
        case 'calver':
            return padRelease(calverNumbers(version));
    }
}
function padRelease(numbers) {
    return [...numbers, 0, 0, 0].slice(0, Math.max(3, numbers.length));
}

;// CONCATENATED MODULE: ./packages/versioning/src/release-type.ts


/** Every {@link ReleaseType}. */
const RELEASE_TYPES = (/* unused pure expression or super */ null && (['major', 'minor', 'patch', 'prerelease']));
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
    if (previous !== undefined && compareVersions(current, previous, scheme) <= 0) {
        throw new configuration_error_ConfigurationError(`${JSON.stringify(current)} is not higher than the previous release ${JSON.stringify(previous)}: a release must increase the version. Pick a version above ${previous}.`);
    }
    if (isPrerelease(current, scheme))
        return 'prerelease';
    if (previous === undefined)
        return 'major';
    const offset = scheme === 'pep440' ? 1 : 0;
    const now = releaseNumbers(current, scheme);
    const before = releaseNumbers(previous, scheme);
    const changed = now.findIndex((value, index) => value !== (before[index] ?? 0));
    if (changed === -1) {
        return isPrerelease(previous, scheme) ? shapeOf(now.slice(offset)) : 'patch';
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
    if (isStrictSemver(version)) {
        const [first] = parseSemverStrict(version).prerelease;
        return first === undefined ? 'latest' : guardDistTag(leadingWord(first));
    }
    const parsed = parsePep440(version);
    if (parsed === undefined) {
        throw new configuration_error_ConfigurationError(`${JSON.stringify(version)} is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).`);
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
    if (tag === undefined || tag === 'latest' || semver_default().validRange(tag) !== null) {
        return FALLBACK_DIST_TAG;
    }
    return tag;
}

;// CONCATENATED MODULE: ./packages/versioning/src/index.ts













;// CONCATENATED MODULE: ./actions/validate-tag/src/inputs.ts


const BUMP_CHECK_MODES = ['off', 'warn', 'error'];
function parseInputs(ctx) {
    return {
        tag: optionalInput(ctx, 'tag'),
        version: optionalInput(ctx, 'version'),
        tagPrefix: ctx.getInput('tag-prefix').trim(),
        scheme: enumInput(ctx, 'scheme', VERSION_SCHEMES, 'semver'),
        calverFormat: optionalInput(ctx, 'calver-format') ?? 'YYYY.M.D',
        manifests: multilineInput(ctx, 'manifests'),
        changelog: optionalInput(ctx, 'changelog'),
        branches: listInput(ctx, 'branches'),
        allowPrerelease: booleanInput(ctx, 'allow-prerelease', true),
        bumpCheck: enumInput(ctx, 'bump-check', BUMP_CHECK_MODES, 'warn'),
        sha: optionalInput(ctx, 'sha'),
        workingDirectory: optionalInput(ctx, 'working-directory') ?? '.',
    };
}

;// CONCATENATED MODULE: ./actions/validate-tag/src/manifest-check.ts

function pep440Form(version) {
    try {
        return semverToPep440(version);
    }
    catch {
        return undefined;
    }
}
/**
 * npm and Cargo publish exactly the string in the manifest, so it must equal the tag's version;
 * Python tools normalise, so pyproject.toml may say `1.2.0rc1` for the tag `v1.2.0-rc.1`.
 */
function checkManifest(manifest, version) {
    const found = manifest.version;
    if (found === version)
        return { manifest, expected: version, matches: true };
    if (manifest.kind === 'npm' || manifest.kind === 'cargo') {
        return { manifest, expected: version, matches: false };
    }
    const expected = manifest.kind === 'python' || manifest.kind === 'python-module'
        ? (pep440Form(version) ?? version)
        : version;
    if (versionsEquivalent(found, version)) {
        return { manifest, expected, matches: true, note: `same version as ${version}` };
    }
    return { manifest, expected, matches: false };
}
function describeMismatch(check, tag, version) {
    const { manifest } = check;
    const where = `${manifest.file}:${manifest.line}`;
    const field = manifest.source && manifest.kind !== 'npm' ? ` (${manifest.source})` : '';
    const form = check.expected !== version ? ` (${check.expected} in this file's form)` : '';
    return `${where}${field} has version ${manifest.version} but the tag ${tag} says ${version}${form}. Update the manifest or re-tag.`;
}

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
            return { tag: formatTag(prefix, version), source: 'dispatch input' };
    }
    if (!event.name && env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) {
        return { tag: env.GITHUB_REF_NAME, source: 'pushed tag' };
    }
    return undefined;
}
/**
 * The tag and version this run releases, from the inputs, else the event. Undefined when
 * nothing names one (the caller computes a CalVer version or fails).
 */
function requestedTarget(inputs, event, env) {
    const { tag, version, tagPrefix } = inputs;
    if (tag !== undefined) {
        const parsed = parseTag(tag, tagPrefix);
        if (version !== undefined && formatTag(tagPrefix, version) !== tag) {
            throw new configuration_error_ConfigurationError(`Input tag is ${tag} but input version is ${version}, which makes the tag ${formatTag(tagPrefix, version)}. Give only one of them, or make them agree.`, { input: 'version' });
        }
        return { tag, version: parsed.version, source: 'tag input' };
    }
    if (version !== undefined) {
        const full = formatTag(tagPrefix, version);
        parseTag(full, tagPrefix);
        return { tag: full, version, source: 'version input' };
    }
    const fromEvent = tagFromEvent(event, env, tagPrefix);
    if (fromEvent === undefined)
        return undefined;
    return { ...fromEvent, version: parseTag(fromEvent.tag, tagPrefix).version };
}
function describeMissingTarget(event) {
    const what = event.name
        ? `The ${event.name} event names no tag`
        : 'There is no event naming a tag';
    return `${what}, and neither the tag nor the version input is set. Set tag (e.g. v1.2.3) for an existing tag, version (e.g. 1.2.3) for a release whose tag does not exist yet, or scheme: calver to compute the version from the date.`;
}

;// CONCATENATED MODULE: ./actions/validate-tag/src/main.ts










/** What the checks found; failures are collected so that one run reports all of them. */
class Findings {
    rules = [];
    problems = [];
    /** The allowed branches found to hold the release commit. */
    branches = [];
    pass(rule, detail) {
        this.rules.push({ rule, result: 'pass', detail });
    }
    skip(rule, detail) {
        this.rules.push({ rule, result: 'skipped', detail });
    }
    warn(rule, detail) {
        this.rules.push({ rule, result: 'warn', detail });
    }
    fail(rule, error) {
        this.rules.push({ rule, result: 'fail', detail: error.message });
        this.problems.push(error);
    }
}
function main_short(sha) {
    return sha.slice(0, 7);
}
function versionOfTag(tag, prefix, scheme) {
    try {
        const { version } = parseTag(tag.name, prefix);
        validateVersion(version, scheme === 'calver' ? 'pep440' : scheme);
        return version;
    }
    catch {
        return undefined;
    }
}
function pep440OrEmpty(version, scheme) {
    try {
        return scheme === 'semver' ? semverToPep440(version) : normalizePep440(version);
    }
    catch {
        return '';
    }
}
async function run(ctx) {
    const inputs = parseInputs(ctx);
    const cwd = (0,external_node_path_namespaceObject.resolve)(ctx.workspace, inputs.workingDirectory);
    const findings = new Findings();
    // Everything that needs no git comes first: bad input fails fast and changes nothing.
    const requested = requestedTarget(inputs, ctx.event, ctx.env);
    if (requested !== undefined) {
        validateVersion(requested.version, inputs.scheme, { calverFormat: inputs.calverFormat });
    }
    else if (inputs.scheme !== 'calver') {
        throw new configuration_error_ConfigurationError(describeMissingTarget(ctx.event), { input: 'tag' });
    }
    const tags = await listAllTags(cwd, { prefix: inputs.tagPrefix });
    const versioned = tags.flatMap((tag) => {
        const version = versionOfTag(tag, inputs.tagPrefix, inputs.scheme);
        return version === undefined ? [] : [{ ...tag, version }];
    });
    const target = requested ?? calverTarget(ctx, inputs, versioned);
    findings.pass('version', `${target.version} is a valid ${inputs.scheme} version (from the ${target.source})`);
    const prerelease = isPrerelease(target.version, inputs.scheme);
    if (prerelease && !inputs.allowPrerelease) {
        throw new configuration_error_ConfigurationError(`${target.version} is a prerelease, and allow-prerelease is false. Release a stable version, or set allow-prerelease: true.`, { input: 'allow-prerelease' });
    }
    const existing = tags.find((tag) => tag.name === target.tag);
    const sha = await releaseCommit(ctx, inputs, cwd, existing);
    if (existing && existing.sha !== sha) {
        findings.fail('tag commit', new configuration_error_ConfigurationError(`Tag ${target.tag} already exists at ${main_short(existing.sha)}, but this run releases ${main_short(sha)}. A published tag must not move: release from the tagged commit (check out ${target.tag}), or choose a new version.`, { input: 'tag' }));
    }
    else {
        findings.pass('tag commit', existing
            ? `${target.tag} is at ${main_short(sha)}`
            : `${target.tag} does not exist yet; it will be created at ${main_short(sha)}`);
    }
    await checkBranches(ctx, inputs, cwd, sha, target, findings);
    const manifests = await checkManifests(ctx, inputs, cwd, sha, target, findings);
    if (inputs.changelog !== undefined)
        await checkChangelog(ctx, inputs, cwd, target, findings);
    const previous = previousTag(versioned, target.version, (tag) => tag.version, (a, b) => compareVersions(a, b, inputs.scheme), {
        skipPrereleases: !prerelease,
        isPrerelease: (version) => isPrerelease(version, inputs.scheme),
    });
    const type = releaseType(previous?.version, target.version, inputs.scheme);
    await checkBump(inputs, cwd, sha, target, previous, type, findings);
    main_writeSummary(ctx, target, sha, manifests, findings, previous?.name);
    if (findings.problems.length > 0)
        throw combine(ctx, findings.problems);
    ctx.setOutput('version', target.version);
    ctx.setOutput('tag', target.tag);
    ctx.setOutput('sha', sha);
    ctx.setOutput('prerelease', prerelease);
    ctx.setOutput('npm-dist-tag', npmDistTag(target.version));
    ctx.setOutput('pep440-version', pep440OrEmpty(target.version, inputs.scheme));
    ctx.setOutput('previous-tag', previous?.name ?? '');
    ctx.setOutput('release-type', type);
    ctx.setOutput('tag-exists', existing !== undefined);
    ctx.log.info(`Release ${target.tag} (${target.version}) at ${sha}: every check passed.`);
}
function calverTarget(ctx, inputs, versioned) {
    const version = computeCalver({
        format: inputs.calverFormat,
        date: ctx.now,
        existing: versioned.map((tag) => tag.version),
    });
    return { tag: formatTag(inputs.tagPrefix, version), version, source: 'computed (CalVer)' };
}
async function releaseCommit(ctx, inputs, cwd, existing) {
    const [rev, origin] = inputs.sha !== undefined
        ? [inputs.sha, 'input sha']
        : ctx.env.GITHUB_SHA
            ? [ctx.env.GITHUB_SHA, 'GITHUB_SHA']
            : existing
                ? [existing.sha, `tag ${existing.name}`]
                : ['HEAD', 'HEAD'];
    const sha = await resolveCommit(cwd, rev);
    if (sha === undefined) {
        throw new configuration_error_ConfigurationError(`The commit to release, ${rev} (${origin}), is not in the repository at ${cwd}. Check out the repository first (actions/checkout), or set sha to a commit that exists.`, { input: 'sha' });
    }
    return sha;
}
async function checkBranches(ctx, inputs, cwd, sha, target, findings) {
    const branches = inputs.branches.length > 0 ? inputs.branches : [await mainBranch(ctx, cwd)];
    const { matched, deepened } = await branchesContaining(cwd, sha, branches);
    findings.branches = matched;
    const fetched = deepened ? ' (history fetched to decide)' : '';
    if (matched.length > 0) {
        findings.pass('branch', `${main_short(sha)} is on ${matched.join(', ')}${fetched}`);
        return;
    }
    findings.fail('branch', new configuration_error_ConfigurationError(`Commit ${main_short(sha)} of ${target.tag} is not on ${branches.join(', ')}${fetched}. Releasing it would publish a version whose sources no allowed branch has (a phantom version). Merge the release commit into ${branches[0] ?? 'the release branch'} first, or add its branch to the branches input (e.g. hotfix/*).`, { input: 'branches' }));
}
/** The repository's default branch: from the event, else from the clone. */
async function mainBranch(ctx, cwd) {
    const repository = ctx.event.payload.repository;
    if (typeof repository?.default_branch === 'string')
        return repository.default_branch;
    const branch = await defaultBranch(cwd);
    if (branch !== undefined)
        return branch;
    throw new configuration_error_ConfigurationError("The repository's default branch is unknown here (no event names it, and the clone has no origin/HEAD, main or master). Set the branches input, e.g. branches: main.", { input: 'branches' });
}
async function manifestSpecs(inputs, cwd) {
    if (inputs.manifests.length > 0)
        return inputs.manifests;
    const packageName = packageNameFromPrefix(inputs.tagPrefix);
    if (packageName !== undefined) {
        const dir = await findWorkspacePackage(cwd, packageName);
        if (dir !== undefined)
            return [`${dir}/package.json`];
    }
    return detectManifests(cwd);
}
async function checkManifests(ctx, inputs, cwd, sha, target, findings) {
    const specs = await manifestSpecs(inputs, cwd);
    if (specs.length === 0) {
        findings.warn('manifests', `No package.json, pyproject.toml or Cargo.toml in ${(0,external_node_path_namespaceObject.relative)(ctx.workspace, cwd) || '.'}; nothing to compare. List the files that carry the version in the manifests input.`);
        return [];
    }
    const prefix = (0,external_node_path_namespaceObject.relative)(ctx.workspace, cwd);
    const checks = [];
    for (const spec of specs) {
        const manifest = await withWorkspacePath(prefix, () => readManifestVersion(spec, { cwd }));
        if (prefix)
            manifest.file = `${prefix}/${manifest.file}`;
        const check = checkManifest(manifest, target.version);
        checks.push(check);
        if (check.matches)
            continue;
        findings.fail('manifests', new configuration_error_ConfigurationError(describeMismatch(check, target.tag, target.version), {
            location: { file: manifest.file, line: manifest.line },
            title: 'Version mismatch',
        }));
    }
    await checkWorkingTree(cwd, sha, checks, findings);
    if (checks.every((check) => check.matches)) {
        findings.pass('manifests', `${checks.length} manifest(s) carry ${target.version}`);
    }
    return checks;
}
/**
 * Manifests are read from the working tree: it must hold the release commit's versions, or the
 * check would pass on files that are not the ones released.
 */
async function checkWorkingTree(cwd, sha, checks, findings) {
    const root = await git_command_git(cwd, ['rev-parse', '--show-toplevel']);
    const files = checks.map((check) => (0,external_node_path_namespaceObject.resolve)(cwd, check.manifest.file));
    const diff = await git_command_git(cwd, ['diff', '--quiet', sha, '--', ...files], { allowFailure: true });
    if (diff.exitCode === 0)
        return;
    const head = (await resolveCommit(cwd, 'HEAD')) ?? 'no commit';
    const changed = (await git_command_git(cwd, ['diff', '--name-only', sha, '--', ...files])).stdout
        .split('\n')
        .filter(Boolean)
        .map((file) => (0,external_node_path_namespaceObject.relative)(cwd, (0,external_node_path_namespaceObject.resolve)(root.stdout.trim(), file)));
    findings.fail('working tree', new configuration_error_ConfigurationError(`${changed.join(', ')} in the working tree differ from the release commit ${main_short(sha)} (the checkout is at ${main_short(head)}), so the versions read here are not the ones being released. Check out the commit being released before validate-tag (actions/checkout with ref: the tag or sha).`, { input: 'sha' }));
}
/** Errors from a manifest name its file relative to the working directory: make it the workspace's. */
async function withWorkspacePath(prefix, read) {
    try {
        return await read();
    }
    catch (error) {
        if (prefix && error instanceof configuration_error_ConfigurationError && error.location) {
            error.location.file = `${prefix}/${error.location.file}`;
        }
        throw error;
    }
}
async function checkChangelog(ctx, inputs, cwd, target, findings) {
    const file = inputs.changelog ?? 'CHANGELOG.md';
    const display = (0,external_node_path_namespaceObject.relative)(ctx.workspace, (0,external_node_path_namespaceObject.resolve)(cwd, file));
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.resolve)(cwd, file), 'utf8');
    }
    catch {
        findings.fail('changelog', new configuration_error_ConfigurationError(`The changelog ${display} does not exist. Create it with a section for ${target.version}, or remove the changelog input.`, { input: 'changelog' }));
        return;
    }
    const section = findChangelogSection(text, target.version, versionsEquivalent);
    if (section === undefined) {
        const found = listChangelogHeadings(text)
            .flatMap((heading) => (heading.version ? [heading.version] : []))
            .slice(0, 8);
        findings.fail('changelog', new configuration_error_ConfigurationError(`${display} has no section for ${target.version}; the versions it has headings for are: ${found.length > 0 ? found.join(', ') : 'none'}. Add a heading such as "## [${target.version}] - ${ctx.now.toISOString().slice(0, 10)}" with the release's changes.`, { location: { file: display, line: 1 }, title: 'Changelog section missing' }));
        return;
    }
    if (section.body.trim() === '') {
        findings.warn('changelog', `${display}:${section.heading.line} has a heading for ${target.version} but no text under it.`);
        return;
    }
    findings.pass('changelog', `${display}:${section.heading.line} has a section for ${target.version}`);
}
const BUMP_ORDER = { patch: 1, minor: 2, major: 3 };
async function checkBump(inputs, cwd, sha, target, previous, type, findings) {
    if (inputs.bumpCheck === 'off')
        return findings.skip('bump', 'bump-check is off');
    if (inputs.scheme === 'calver')
        return findings.skip('bump', 'CalVer versions carry no bump');
    if (previous === undefined)
        return findings.skip('bump', 'first release: no previous tag');
    await ensureHistory(cwd, previous.sha, sha, {
        refspecs: [
            ...findings.branches.map((branch) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`),
            `+refs/tags/${previous.name}:refs/tags/${previous.name}`,
        ],
    });
    const commits = await commitsInRange(cwd, previous.sha, sha);
    const major = Number(target.version.split('.')[0]);
    const { bump, reasons } = recommendBump(commits, { preMajor: major === 0 });
    const actual = type === 'prerelease' ? undefined : type;
    if (bump === undefined || actual === undefined || BUMP_ORDER[actual] >= BUMP_ORDER[bump]) {
        return findings.pass('bump', `${type} release; ${commits.length} commit(s) since ${previous.name} call for ${bump ?? 'no particular bump'}`);
    }
    const why = reasons
        .filter((reason) => reason.bump === bump)
        .slice(0, 3)
        .map((reason) => `${reason.commit} (${reason.why})`)
        .join('; ');
    const message = `${target.tag} is a ${actual} release, but the commits since ${previous.name} call for a ${bump} bump: ${why}. Release the next ${bump} version instead, or set bump-check: off.`;
    if (inputs.bumpCheck === 'error')
        findings.fail('bump', new configuration_error_ConfigurationError(message, { input: 'bump-check' }));
    else
        findings.warn('bump', message);
}
function main_writeSummary(ctx, target, sha, manifests, findings, previousTagName) {
    const ok = findings.problems.length === 0;
    ctx.summary.heading(`validate-tag: ${target.tag} ${ok ? 'is ready to release' : 'cannot be released'}`);
    ctx.summary.table(['Version', 'Tag', 'Commit', 'Previous tag', 'From'], [[target.version, target.tag, main_short(sha), previousTagName ?? '(none)', target.source]]);
    if (manifests.length > 0) {
        ctx.summary.table(['Manifest', 'Version', 'Matches'], manifests.map((check) => [
            `${check.manifest.file}:${check.manifest.line}`,
            check.manifest.version,
            check.matches
                ? `yes${check.note ? ` (${check.note})` : ''}`
                : `no: expected ${check.expected}`,
        ]));
    }
    const icon = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '➖ skipped' };
    ctx.summary.table(['Check', 'Result', 'Detail'], findings.rules.map((rule) => [rule.rule, icon[rule.result], rule.detail]));
    for (const rule of findings.rules)
        if (rule.result === 'warn')
            ctx.log.warning(rule.detail);
}
function combine(ctx, problems) {
    if (problems.length === 1 && problems[0])
        return problems[0];
    for (const problem of problems) {
        const location = problem.location;
        ctx.log.error(problem.message, {
            file: location?.file,
            line: location?.line,
            title: problem.title,
        });
    }
    return new configuration_error_ConfigurationError(`${problems.length} problems stop this release (each is reported above): ${problems.map((problem) => problem.message).join(' | ')}`);
}

;// CONCATENATED MODULE: ./actions/validate-tag/src/index.ts


void runAction(run);

