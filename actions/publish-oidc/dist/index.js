import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 9379:
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
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
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

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

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

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

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

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

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

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
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

/***/ 5101:
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

/***/ 1159:
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

/***/ 3348:
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

/***/ 1383:
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

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
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

/***/ 9737:
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
} = __nccwpck_require__(5101)

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

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
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


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self

    // errors are always forwarded to the parent, so the entry itself should never throw an unhandled one
    this.on('error', noop)
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._updating = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = validatePax(headers.decodePax(buf))
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? validatePax(headers.decodePax(buf))
          : Object.assign({}, this._paxGlobal, validatePax(headers.decodePax(buf)))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    if (this._updating) return // the running update picks up any state changes
    this._updating = true
    const done = this._consume()
    this._updating = false
    if (done) this._continueWrite(null)
  }

  _consume () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return false
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return false
    }

    return true
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function validatePax (pax) {
  if (hasNull(pax.path) || hasNull(pax.linkpath)) throw new Error('Invalid tar header: pax path contains a null byte.')
  return pax
}

function hasNull (str) {
  return typeof str === 'string' && str.indexOf('\0') !== -1
}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  encodeSize(Math.floor(opts.mtime.getTime() / 1000) || 0, buf, 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = num < 0 ? 0xff : 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num < 0 || num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -(sum + 1)
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(5763)
/* unused reexport */ __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid && !this._isLinkname) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ src/* ConfigurationError */.j1),
  gO: () => (/* reexport */ HttpLimitError),
  tE: () => (/* reexport */ booleanInput),
  gX: () => (/* reexport */ enumInput),
  xG: () => (/* reexport */ globInWorkspace),
  aj: () => (/* reexport */ httpRequest),
  $A: () => (/* reexport */ integerInput),
  WS: () => (/* reexport */ mapWithConcurrency),
  yw: () => (/* reexport */ multilineInput),
  $m: () => (/* reexport */ optionalInput),
  JD: () => (/* reexport */ repositoryInput),
  z1: () => (/* reexport */ resolveInWorkspace),
  C3: () => (/* reexport */ retryAfterSeconds),
  Cs: () => (/* reexport */ runAction)
});

// UNUSED EXPORTS: CONFIGURATION_ERROR_CODE, DEFAULT_MAX_BYTES, EXCERPT_LENGTH, GITHUB_LIMITS, MAX_TIMER_MS, Summary, appendKeyValue, assertInWorkspace, createLogger, createRunnerContext, escapeData, escapeMarkdown, escapeMarkdownLines, escapeProperty, excerpt, execProcess, fitMarkdown, formatCommand, globBase, globFilesInWorkspace, inputEnvironmentName, isConfigurationError, isInside, listInput, markdownCell, markdownCode, maskingWriter, neutraliseCommands, optionalBooleanInput, parseRepository, plainLine, quoteExcerpt, readEvent, reportFailure, requiredInput, setLongTimeout, sleep, writeSummary

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 2 modules
var src = __nccwpck_require__(7961);
;// CONCATENATED MODULE: ./packages/action-kit/src/configuration-error.ts
// The base of every user-fixable error lives in @tokenless/errors, so that the domain packages
// raise their own without importing the runner kit; the actions keep importing it from here.


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts
/** Runs a program without a shell, collecting its output; never throws on a non-zero exit. */
const execProcess = async (command, args, options = {}) => {
    // Loaded on first use: child_process costs start-up time that a failing run never needs.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
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
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
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
function createRunnerContext(env = process.env, write = (line) => process.stdout.write(`${line}${external_node_os_.EOL}`)) {
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

;// CONCATENATED MODULE: ./packages/action-kit/src/repository.ts
/** `owner/repo` (GITHUB_REPOSITORY) into its parts; undefined when it is not of that form. */
function parseRepository(text) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text?.trim() ?? '');
    return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
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
    throw new src/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not a boolean. Use true or false.`, { input: name });
}
function enumInput(source, name, allowed, defaultValue) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return defaultValue;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined) {
        throw new src/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not one of: ${allowed.join(', ')}.`, { input: name });
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
        throw new src/* ConfigurationError */.j1(`Input ${name} is "${value}", which is not a whole number from ${min} to ${max}.`, { input: name });
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
        throw new src/* ConfigurationError */.j1('No repository: GITHUB_REPOSITORY is not set and the repository input is empty. Set repository: owner/repo.', { input: 'repository' });
    }
    const repository = parseRepository(text);
    if (repository === undefined) {
        throw new src/* ConfigurationError */.j1(`Input repository is "${text}", which is not of the form owner/repo.`, {
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
            writeSummary(context, (text) => process.stdout.write(`${text}${external_node_os_.EOL}`));
        }
        catch (error) {
            context.log.warning(`Could not write the job summary: ${describe(error)}`);
        }
    }
}
function reportFailure(context, error) {
    if ((0,src/* isConfigurationError */.p0)(error)) {
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

;// CONCATENATED MODULE: ./packages/action-kit/src/concurrency.ts
/**
 * `fn` over `items` with at most `limit` running at once; results in the items' order. A rejected
 * call rejects the whole (callers that must go on past failures catch inside `fn`).
 */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/http-request.ts
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
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
    const { request } = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/action-kit/src/workspace-path.ts




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
    throw new src/* ConfigurationError */.j1(`Input ${options.input} names ${JSON.stringify(path)}, which is outside the workspace ${root}${leads}. ` +
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
    for await (const entry of (0,promises_.glob)(pattern, { cwd }))
        found.push((0,external_node_path_.resolve)(cwd, entry));
    for (const match of found) {
        resolveInWorkspace(workspace, relativeToWorkspace(workspace, match), { input });
    }
    return found.sort();
}
/** A path as the user would write it: relative to the workspace when it lies lexically inside. */
function relativeToWorkspace(workspace, absolute) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), absolute);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel;
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

;// CONCATENATED MODULE: ./packages/action-kit/src/text-excerpt.ts


;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts

















/***/ }),

/***/ 7961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  p0: () => (/* reexport */ isConfigurationError),
  AB: () => (/* reexport */ quoteExcerpt)
});

// UNUSED EXPORTS: CONFIGURATION_ERROR_CODE, EXCERPT_LENGTH, excerpt

;// CONCATENATED MODULE: ./packages/errors/src/configuration-error.ts
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

;// CONCATENATED MODULE: ./packages/errors/src/text-excerpt.ts
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

;// CONCATENATED MODULE: ./packages/errors/src/index.ts




/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 14 modules
var src = __nccwpck_require__(8446);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/errors/src/index.ts + 2 modules
var errors_src = __nccwpck_require__(7961);
;// CONCATENATED MODULE: ./packages/oidc/src/oidc-error.ts

/** A job, token or registry answer that rules out publishing through OIDC: the message says what was found, where, and the fix. */
class OidcError extends errors_src/* ConfigurationError */.j1 {
    name = 'OidcError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/oidc/src/claims.ts

/** The payload of a JWT, without verifying it: for diagnosis only, never for trust. */
function decodeClaims(jwt) {
    const claims = parseJson(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
        throw new OidcError('TL_OIDC_TOKEN_UNREADABLE', 'The OIDC token from GitHub is not a JWT with a JSON payload, so its claims cannot be read. This is not expected from GitHub Actions: rerun the job, and check that nothing replaces ACTIONS_ID_TOKEN_REQUEST_URL.');
    }
    return claims;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** `release.yml` from `owner/repo/.github/workflows/release.yml@refs/heads/main`. */
function workflowFileOf(workflowRef) {
    const match = /^[^/]+\/[^/]+\/\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '');
    return match?.[1];
}
/** `owner/repo` from a workflow ref. */
function workflowRepositoryOf(workflowRef) {
    const match = /^([^/]+\/[^/]+)\/\.github\/workflows\//.exec(workflowRef ?? '');
    return match?.[1];
}
const TABLE_CLAIMS = [
    'repository',
    'repository_owner',
    'repository_owner_id',
    'workflow_ref',
    'job_workflow_ref',
    'ref',
    'sha',
    'environment',
    'runner_environment',
    'event_name',
];
/** The claims as rows for a job summary (claim, value); missing ones shown as `(none)`. */
function claimsTable(claims) {
    return TABLE_CLAIMS.map((claim) => {
        const value = claims[claim];
        return [claim, typeof value === 'string' && value !== '' ? value : '(none)'];
    });
}

;// CONCATENATED MODULE: ./packages/oidc/src/id-token.ts


/** Where the job can ask GitHub for an OIDC token: present only with `id-token: write`. */
function idTokenRequestFrom(env) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return requestUrl && requestToken ? { requestUrl, requestToken } : undefined;
}
const MISSING_ID_TOKEN_PERMISSION = 'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, which means the job lacks "permissions: id-token: write". Add to the publishing job: permissions: { id-token: write, contents: read } (and nothing else runs in that job).';
/** An answer holding one token is a few KB: anything larger is not a token service's answer. */
const ID_TOKEN_MAX_BYTES = 64 * 1024;
/**
 * Asks GitHub (or the sandbox issuer) for a fresh OIDC token for `audience`; retried on 5xx and
 * network errors, after the answer's Retry-After when it has one (up to 60 s). Each attempt has
 * a deadline (default 15 s) and the answer a size limit. The token is handed to `mask` before
 * anything else happens with it.
 */
async function requestIdToken(request, audience, mask, options = {}) {
    const url = new URL(request.requestUrl);
    url.searchParams.append('audience', audience);
    const retries = options.retries ?? 3;
    let lastProblem = '';
    let asked;
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) {
            const waitMs = asked !== undefined ? asked * 1000 : (options.backoffMs ?? 500) * attempt;
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
        let response;
        try {
            response = await (0,src/* httpRequest */.aj)(url, {
                headers: { accept: 'application/json', authorization: `Bearer ${request.requestToken}` },
                maxBytes: ID_TOKEN_MAX_BYTES,
                deadlineMs: options.deadlineMs ?? 15_000,
            });
        }
        catch (error) {
            if (error instanceof src/* HttpLimitError */.gO && error.limit === 'size') {
                throw new Error(`Could not get an OIDC token for audience ${audience}: ${error.message} ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token service.`);
            }
            lastProblem = error instanceof Error ? error.message : String(error);
            asked = undefined;
            continue;
        }
        if (response.status >= 500 || response.status === 429) {
            lastProblem = `HTTP ${response.status}`;
            asked = (0,src/* retryAfterSeconds */.C3)(response.headers);
            if (asked !== undefined && asked > 60)
                break;
            continue;
        }
        const body = (await response.json().catch(() => ({})));
        if (!response.ok || typeof body.value !== 'string') {
            throw new OidcError('TL_OIDC_TOKEN_REFUSED', `GitHub refused the OIDC token request for audience ${audience}: HTTP ${response.status}${typeof body.message === 'string' ? ` ${body.message.replace(/\.$/, '')}` : ''}. The job's id-token permission or the runner's request token is not valid; rerun the job, and check "permissions: id-token: write" on it.`);
        }
        mask(body.value);
        return body.value;
    }
    throw new Error(`Could not get an OIDC token from GitHub for audience ${audience} after ${retries + 1} attempts (${lastProblem}). GitHub's token service may be down: rerun the job later.`);
}

;// CONCATENATED MODULE: ./packages/oidc/src/trusted-publisher.ts

/**
 * What to enter on the registry. npm names the workflow that was RUN (`workflow_ref`: the caller
 * of a reusable workflow); PyPI names the file that HOLDS the job (`job_workflow_ref`).
 */
function publisherSettings(claims, registry) {
    const [owner, repository] = (claims.repository ?? '').split('/');
    const ref = registry === 'npm' ? claims.workflow_ref : claims.job_workflow_ref;
    return {
        owner: claims.repository_owner ?? (owner || '(none)'),
        repository: repository || '(none)',
        workflow: workflowFileOf(ref) ?? '(unknown)',
        environment: claims.environment ?? '(none: the job has no environment)',
    };
}
function describePublisher(settings) {
    return `owner ${settings.owner}, repository ${settings.repository}, workflow ${settings.workflow}, environment ${settings.environment}`;
}

;// CONCATENATED MODULE: ./packages/oidc/src/npm-exchange.ts



/** The audience npm asks for: `npm:` and the registry's host name (npm/cli lib/utils/oidc.js). */
function npmAudience(registry) {
    return `npm:${new URL(registry).hostname}`;
}
/** `@scope/name` as npm escapes it in URLs: `@scope%2fname`. */
function escapePackageName(name) {
    return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}
/** npm's answer to a failed exchange, turned into what the user must change. */
function diagnoseNpmExchange(status, message, packageName, claims, registry) {
    const expected = describePublisher(publisherSettings(claims, 'npm'));
    const said = message ? ` ("${message}")` : '';
    if (status === 404) {
        return `${registry} has no trusted publisher for ${packageName}${said}. npm cannot create a package through OIDC: publish its first version once by hand (npm publish, with 2FA), then on the package's settings page add a trusted publisher for GitHub Actions with ${expected}.`;
    }
    if (status === 401 || status === 403) {
        return `${registry} refused the OIDC token for ${packageName}: HTTP ${status}${said}. Its trusted publisher does not match this job, which presents ${expected}. Compare them on the package's settings page: the workflow file name is case-sensitive and .yml is not .yaml, and the environment must match when one is set.`;
    }
    if (status === 422) {
        return `${registry} refused trusted publishing for ${packageName}: HTTP 422${said}. npm accepts OIDC only from GitHub-hosted runners (this job: ${claims.runner_environment ?? 'unknown'}). Run the publishing job on runs-on: ubuntu-latest.`;
    }
    return `${registry} failed the OIDC token exchange for ${packageName}: HTTP ${status}${said}. Rerun the job; if it persists, check the registry's status.`;
}
/**
 * Exchanges the job's OIDC token for a short-lived npm publish token, as `npm publish` does, but
 * with a diagnosis instead of npm's silent fallback to "E404 Not Found" on the PUT.
 */
async function exchangeNpmToken(options) {
    const url = new URL(`/-/npm/v1/oidc/token/exchange/package/${escapePackageName(options.packageName)}`, options.registry);
    const response = await (0,src/* httpRequest */.aj)(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.idToken}`, accept: 'application/json' },
        // The answer is one token: a megabyte is far more than enough.
        maxBytes: 1024 * 1024,
        deadlineMs: 60_000,
    });
    const body = (await response.json().catch(() => ({})));
    if (response.ok && typeof body.token === 'string') {
        options.mask(body.token);
        return body.token;
    }
    const message = typeof body.message === 'string'
        ? body.message
        : typeof body.error === 'string'
            ? body.error
            : '';
    throw new OidcError('TL_OIDC_NPM_EXCHANGE', response.ok
        ? `${options.registry} answered the OIDC token exchange for ${options.packageName} without a token. Rerun the job; if it persists, check the registry's status.`
        : diagnoseNpmExchange(response.status, message, options.packageName, options.claims, options.registry));
}

;// CONCATENATED MODULE: ./packages/oidc/src/preconditions.ts




/** Before any token is requested: a fork pull request, or a job without id-token: write. */
function checkCanRequestIdToken(env, event) {
    if (event.name === 'pull_request' || event.name === 'pull_request_target') {
        const pr = event.payload.pull_request;
        const head = pr?.head?.repo;
        const base = pr?.base?.repo?.full_name;
        if (head === null ||
            head?.fork === true ||
            (head?.full_name && base && head.full_name !== base)) {
            throw new OidcError('TL_OIDC_FORK', `This run is for a pull request from a fork (${head?.full_name ?? 'a deleted repository'}): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in ${base ?? 'the repository'} itself.`);
        }
    }
    const request = idTokenRequestFrom(env);
    if (request === undefined)
        throw new OidcError('TL_OIDC_NO_PERMISSION', MISSING_ID_TOKEN_PERMISSION);
    return request;
}
/**
 * What the registry would refuse, said before anything is uploaded: no environment or another
 * than required, a self-hosted runner for npm, a reusable workflow of another repository for PyPI.
 */
function checkClaims(claims, options) {
    const { environments } = options;
    if (environments.length > 0) {
        const environment = claims.environment;
        if (!environment) {
            throw new OidcError('TL_OIDC_ENVIRONMENT', `The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires ${environments.join(' or ')}. Add "environment: ${environments[0]}" to the job, protect that environment with required reviewers, and name it in the registry's trusted publisher.`, { input: 'environment' });
        }
        if (!environments.some((name) => name.toLowerCase() === environment.toLowerCase())) {
            throw new OidcError('TL_OIDC_ENVIRONMENT', `The publishing job runs under the environment ${environment}, but publish-oidc requires ${environments.join(' or ')}. Run the job under ${environments[0]} (environment: ${environments[0]}), or change the environment input if ${environment} is the protected one.`, { input: 'environment' });
        }
    }
    if (options.registry === 'npm' && claims.runner_environment === 'self-hosted') {
        throw new OidcError('TL_OIDC_SELF_HOSTED', 'npm accepts trusted publishing only from GitHub-hosted runners, and this job runs on a self-hosted runner (runner_environment: self-hosted): npm would answer 422. Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest).');
    }
    if (options.registry === 'pypi') {
        const holder = workflowRepositoryOf(claims.job_workflow_ref);
        if (holder && claims.repository && holder !== claims.repository) {
            throw new OidcError('TL_OIDC_PYPI_WORKFLOW_REPOSITORY', `PyPI's trusted publisher names the workflow file that holds the publishing job (job_workflow_ref: ${claims.job_workflow_ref}), and that file is in ${holder}, not in ${claims.repository}, the repository publishing: PyPI cannot trust a reusable workflow from another repository. Put the publishing job in a workflow file of ${claims.repository} (it can still call the shared workflow for building and testing).`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/oidc/src/npmrc.ts


function isQuoted(text) {
    return ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")));
}
/** ini's `unsafe`: trims, unquotes (JSON for "..."), cuts at the first unescaped ; or #. */
function unsafe(raw) {
    const text = raw.trim();
    if (isQuoted(text)) {
        const inner = text.startsWith("'") ? text.slice(1, -1) : text;
        try {
            return String(JSON.parse(inner));
        }
        catch {
            return inner;
        }
    }
    let escaped = false;
    let out = '';
    for (const char of text) {
        if (escaped) {
            out += '\\;#'.includes(char) ? char : `\\${char}`;
            escaped = false;
        }
        else if (char === ';' || char === '#')
            break;
        else if (char === '\\')
            escaped = true;
        else
            out += char;
    }
    return (escaped ? `${out}\\` : out).trim();
}
/** Parses an .npmrc the way npm does (ini 6: quoted keys and values, `[section]`, `key[]`, comments). */
function parseIni(text) {
    const entries = [];
    let section;
    // ini splits on /[\r\n]+/: a lone \r ends a line too. Line numbers count each break.
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (!line || /^\s*[;#]/.test(line) || /^\s*$/.test(line))
            return;
        const match = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/.exec(line);
        if (!match)
            return;
        if (match[1] !== undefined) {
            section = unsafe(match[1]);
            return;
        }
        let key = unsafe(match[2] ?? '');
        if (key.length > 2 && key.endsWith('[]'))
            key = key.slice(0, -2);
        if (key === '__proto__')
            return;
        entries.push({
            key,
            value: match[3] ? unsafe(match[4] ?? '') : true,
            line: index + 1,
            ...(section === undefined ? {} : { section }),
        });
    });
    return entries;
}
/** npm's `${VAR}` / `${VAR?}` expansion of .npmrc keys and values (`\${` escapes). */
function expandNpmrcVariables(text, env) {
    return text.replace(/(?<!\\)(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, escapes, name, optional) => {
        if (escapes.length % 2)
            return whole.slice((escapes.length + 1) / 2);
        const value = env[name] ?? (optional ? '' : `\${${name}}`);
        return escapes.slice(escapes.length / 2) + value;
    });
}
/**
 * The config key npm reads from an `npm_config_*` variable (any case): `NPM_CONFIG_FETCH_RETRIES`
 * is `fetch-retries`, `npm_config__auth` is `_auth`, `npm_config_//host/:_authToken` is kept as
 * written; undefined for another variable.
 */
function npmEnvKey(variable) {
    if (!/^npm_config_/i.test(variable))
        return undefined;
    const rest = variable.slice('npm_config_'.length);
    return rest.startsWith('//') ? rest : rest.replace(/(?!^)_/g, '-').toLowerCase();
}
/** The values of `npm_config_<name>` in any case (npm lowercases the rest of the name). */
function npmEnvConfig(env, name) {
    const wanted = name.toLowerCase();
    return Object.entries(env).flatMap(([key, value]) => value && npmEnvKey(key) === wanted ? [value] : []);
}
async function readNpmrc(path, kind) {
    try {
        return { path, kind, entries: parseIni(await (0,promises_.readFile)(path, 'utf8')) };
    }
    catch {
        return undefined;
    }
}
/** A path-typed config value as npm resolves it: `${VAR}`, a leading `~/`, relative to cwd. */
function configPath(value, env, home, cwd) {
    const expanded = expandNpmrcVariables(value, env).replace(/^~(?=[/\\])/, home);
    return (0,external_node_path_.resolve)(cwd, expanded);
}
function settingsIn(files, name, env, home, cwd) {
    return files.flatMap((file) => file.entries
        .filter((entry) => entry.section === undefined && entry.key.toLowerCase() === name)
        .flatMap((entry) => typeof entry.value === 'string' && entry.value
        ? [configPath(entry.value, env, home, cwd)]
        : []));
}
/** Every directory from `dir` up to the filesystem root. */
function ancestors(dir) {
    const found = [];
    let current = (0,external_node_path_.resolve)(dir);
    for (;;) {
        found.push(current);
        if (current === (0,external_node_path_.parse)(current).root)
            return found;
        current = (0,external_node_path_.dirname)(current);
    }
}
/**
 * Every .npmrc npm could load when started in any of `dirs`, read (missing files left out): the
 * builtin one of the npm install, a project .npmrc in each directory up to the filesystem root
 * (a superset of npm's choice: the nearest directory with package.json or node_modules, or the
 * workspace root above it), the user config (NPM_CONFIG_USERCONFIG in any case, a `userconfig`
 * set in a project or builtin file, and ~/.npmrc) and the global config (`globalconfig`
 * likewise, else <prefix>/etc/npmrc, with the prefix from npm_config_prefix, the files, PREFIX,
 * DESTDIR or the Node install). Where npm would pick one of several, all are read.
 */
async function npmrcFilesInReach(options) {
    const { env, home } = options;
    const cwd = options.dirs[0] ?? home;
    const files = [];
    const seen = new Set();
    const add = async (path, kind) => {
        if (seen.has(path))
            return;
        seen.add(path);
        const file = await readNpmrc(path, kind);
        if (file)
            files.push(file);
    };
    if (options.npmPath)
        await add((0,external_node_path_.join)(options.npmPath, 'npmrc'), 'builtin');
    for (const dir of options.dirs) {
        for (const ancestor of ancestors(dir))
            await add((0,external_node_path_.join)(ancestor, '.npmrc'), 'project');
    }
    const fromFiles = (name) => settingsIn(files, name, env, home, cwd);
    const fromEnv = (name) => npmEnvConfig(env, name).map((value) => configPath(value, env, home, cwd));
    const users = [...fromEnv('userconfig'), ...fromFiles('userconfig')];
    // ~/.npmrc too when another user config is named: other npm runs in the job would read it.
    for (const user of [...users, (0,external_node_path_.join)(home, '.npmrc')])
        await add(user, 'user');
    const globals = [...fromEnv('globalconfig'), ...fromFiles('globalconfig')];
    if (globals.length === 0) {
        const node = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(options.execPath));
        const prefixes = [
            ...fromEnv('prefix'),
            ...fromFiles('prefix'),
            env.PREFIX ? env.PREFIX : env.DESTDIR ? (0,external_node_path_.join)(env.DESTDIR, node) : node,
        ];
        for (const prefix of prefixes)
            globals.push((0,external_node_path_.resolve)(prefix, 'etc', 'npmrc'));
    }
    for (const global of globals)
        await add(global, 'global');
    return files;
}

;// CONCATENATED MODULE: ./packages/oidc/src/pypi-mint.ts




/** PyPI's and TestPyPI's upload URLs, and their roots for the OIDC endpoints. */
const PYPI_UPLOAD_URLS = {
    pypi: 'https://upload.pypi.org/legacy/',
    testpypi: 'https://test.pypi.org/legacy/',
};
/** The root that serves `/_/oidc/*` for an upload URL (`https://upload.pypi.org/legacy/`). */
function pypiOidcRoot(uploadUrl) {
    const url = new URL(uploadUrl);
    if (url.hostname === 'upload.pypi.org')
        return 'https://pypi.org';
    return url.origin;
}
function diagnosePypiMint(errors, idToken, index) {
    const claims = decodeClaims(idToken);
    const expected = describePublisher(publisherSettings(claims, 'pypi'));
    const said = errors.map((error) => `${error.code}: ${error.description}`).join('; ') || 'no details';
    if (errors.some((error) => error.code === 'invalid-publisher' || error.code === 'invalid-pending-publisher')) {
        return `${index} has no trusted publisher matching this job (${said}). The job presents ${expected}, from job_workflow_ref ${claims.job_workflow_ref ?? '(none)'}. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.`;
    }
    if (errors.some((error) => /jti|replay|already (been )?used|reused/i.test(`${error.code} ${error.description}`))) {
        return `${index} refused the OIDC token as already used (${said}). Every exchange needs a fresh token from GitHub; rerun the job.`;
    }
    return `${index} refused to mint an upload token (${said}). The job presents ${expected}.`;
}
/**
 * PyPI's exchange: ask the index for its audience, get a FRESH token for it (PyPI refuses a
 * reused jti), and mint a short-lived upload token that goes to `mask` at once.
 */
async function mintPypiToken(options) {
    const root = pypiOidcRoot(options.uploadUrl);
    // Both answers are a few lines of JSON: a megabyte is far more than enough.
    const limits = { maxBytes: 1024 * 1024, deadlineMs: 60_000 };
    const audienceResponse = await (0,src/* httpRequest */.aj)(`${root}/_/oidc/audience`, { ...limits, retries: 2 });
    const { audience } = (await audienceResponse.json().catch(() => ({})));
    if (!audienceResponse.ok || typeof audience !== 'string') {
        throw new OidcError('TL_OIDC_NO_TRUSTED_PUBLISHING', `${root} does not offer trusted publishing (GET /_/oidc/audience answered HTTP ${audienceResponse.status}). Check the registry input: pypi, testpypi, or the upload URL of an index that supports OIDC.`, { input: 'registry' });
    }
    const idToken = await options.getIdToken(audience);
    const response = await (0,src/* httpRequest */.aj)(`${root}/_/oidc/mint-token`, {
        ...limits,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: idToken }),
    });
    const body = (await response.json().catch(() => ({})));
    if (response.ok && typeof body.token === 'string') {
        options.mask(body.token);
        return { token: body.token, idToken };
    }
    throw new OidcError('TL_OIDC_PYPI_MINT', diagnosePypiMint(body.errors ?? [], idToken, root));
}

;// CONCATENATED MODULE: ./packages/oidc/src/static-tokens.ts





/** setup-node's `registry-url` writes an .npmrc naming NODE_AUTH_TOKEN and sets it to this. */
const SETUP_NODE_PLACEHOLDER = 'XXXXX-XXXXX-XXXXX-XXXXX';
/** npm's credential settings (the last `:`-part of a key, case and `-`/`_` folded). */
const NPM_AUTH_KEYS = new Set([
    '_authtoken',
    '_auth',
    '_password',
    'password',
    'username',
    'certfile',
    'keyfile',
    'cert',
    'key',
]);
/** Whether npm reads this config key as a credential: `_authToken`, `//host/path/:_auth`, ... */
function isNpmAuthKey(key) {
    const last = key.slice(key.lastIndexOf(':') + 1);
    return NPM_AUTH_KEYS.has(last.toLowerCase().replace(/-/g, '_'));
}
/** Variables that hold a registry credential for npm or for a PyPI client. */
const TOKEN_VARIABLE = /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|(TEST_?)?PYPI_\w*(TOKEN|PASSWORD|SECRET|KEY|AUTH)\w*|TWINE_(USERNAME|PASSWORD|CLIENT_CERT)|UV_PUBLISH_(TOKEN|PASSWORD|USERNAME)|FLIT_(PASSWORD|USERNAME)|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_(AUTH|USER)|PDM_PUBLISH_(PASSWORD|USERNAME))$/i;
/** Variables that name an upload URL, which may carry user:password@. */
const URL_VARIABLE = /^(TWINE_REPOSITORY_URL|UV_PUBLISH_URL|FLIT_INDEX_URL|HATCH_INDEX_REPO|PDM_PUBLISH_REPO)$/i;
/** Whether a URL carries credentials (`https://user:token@host/`). */
function urlHasCredentials(text) {
    try {
        const url = new URL(text);
        return url.username !== '' || url.password !== '';
    }
    catch {
        return false;
    }
}
/** The URL with its credentials replaced by `***`, for messages. */
function redactUrl(text) {
    try {
        const url = new URL(text);
        if (!url.username && !url.password)
            return url.href;
        url.username = '***';
        url.password = '';
        return url.href;
    }
    catch {
        return '(not a URL)';
    }
}
/** Credentials in the environment: token variables, npm_config_* credentials, URLs with user:password@. */
function findTokensInEnvironment(env) {
    const found = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        const npmKey = npmEnvKey(name);
        if (TOKEN_VARIABLE.test(name)) {
            found.push({
                where: name,
                what: value === SETUP_NODE_PLACEHOLDER
                    ? `the environment variable ${name} holds setup-node's placeholder token ${SETUP_NODE_PLACEHOLDER} (written when actions/setup-node has registry-url)`
                    : `the environment variable ${name} is set`,
            });
        }
        else if (npmKey !== undefined) {
            if (isNpmAuthKey(npmKey)) {
                found.push({ where: name, what: `the environment variable ${name} configures npm auth` });
            }
            else if (urlHasCredentials(value)) {
                found.push({
                    where: name,
                    what: `the environment variable ${name} is a URL with credentials in it`,
                });
            }
        }
        else if (URL_VARIABLE.test(name) && urlHasCredentials(value)) {
            found.push({
                where: name,
                what: `the environment variable ${name} is a URL with credentials in it`,
            });
        }
    }
    return found;
}
function npmrcFinding(file, entry, env) {
    // The key as written is named (its ${VAR} expanded could be anything); both are judged.
    const key = entry.section === undefined ? entry.key : `[${entry.section}] ${entry.key}`;
    const at = `${file.path}:${entry.line}`;
    if (isNpmAuthKey(entry.key) || isNpmAuthKey(expandNpmrcVariables(entry.key, env))) {
        const value = typeof entry.value === 'string' ? entry.value : '';
        const setupNode = value.includes(SETUP_NODE_PLACEHOLDER) || /\$\{NODE_AUTH_TOKEN\??\}/.test(value);
        return {
            where: file.path,
            line: entry.line,
            what: `${at} sets ${key}${setupNode ? ' (the .npmrc that actions/setup-node writes for registry-url)' : ''}`,
        };
    }
    if (typeof entry.value === 'string' &&
        (urlHasCredentials(entry.value) || urlHasCredentials(expandNpmrcVariables(entry.value, env)))) {
        return {
            where: file.path,
            line: entry.line,
            what: `${at} sets ${key} to a URL with credentials in it`,
        };
    }
    return undefined;
}
/** Credentials in .npmrc files (as read by npmrcFilesInReach). */
function findTokensInNpmrcFiles(files, env) {
    return files.flatMap((file) => file.entries.flatMap((entry) => {
        const finding = npmrcFinding(file, entry, env);
        return finding ? [finding] : [];
    }));
}
/** A `.pypirc` (configparser): `password` in any section (twine would use it). */
function findTokensInPypirc(path, text) {
    const found = [];
    let section = '';
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        const header = /^\s*\[([^\]]*)\]/.exec(line);
        if (header) {
            section = header[1] ?? '';
            return;
        }
        const match = /^([^\s#;:=][^:=]*?)\s*[:=]/.exec(line);
        const key = match?.[1]?.trim().toLowerCase();
        if (key === 'password' || key === 'client_cert') {
            found.push({
                where: path,
                line: index + 1,
                what: `${path}:${index + 1} sets ${key} in [${section}]`,
            });
        }
        else if (key === 'repository' &&
            urlHasCredentials(line.slice(line.search(/[:=]/) + 1).trim())) {
            found.push({
                where: path,
                line: index + 1,
                what: `${path}:${index + 1} sets repository in [${section}] to a URL with credentials in it`,
            });
        }
    });
    return found;
}
/** The 1-based line of the first `"key"` after `"publishConfig"` in a package.json text. */
function publishConfigLine(text, key) {
    const start = text.indexOf('"publishConfig"');
    if (start === -1)
        return undefined;
    const at = text.indexOf(JSON.stringify(key), start);
    return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}
/**
 * Credentials in a package.json's `publishConfig`: npm applies every key there as config for the
 * publish (a token is used), and uploads the manifest with it (the token is published).
 */
function findTokensInPublishConfig(text, where) {
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        return [];
    }
    const config = manifest?.publishConfig;
    if (typeof config !== 'object' || config === null)
        return [];
    return Object.entries(config).flatMap(([key, value]) => {
        const credential = isNpmAuthKey(key);
        if (!credential && !(typeof value === 'string' && urlHasCredentials(value)))
            return [];
        const line = publishConfigLine(text, key);
        const at = line === undefined ? where : `${where}:${line}`;
        return [
            {
                where,
                ...(line === undefined ? {} : { line }),
                what: `${at} sets publishConfig.${key}${credential ? '' : ' to a URL with credentials in it'} (npm would use it, and publish it in the package's manifest)`,
            },
        ];
    });
}
/**
 * Every static credential npm or a PyPI client would find when started in one of `dirs`: the
 * environment, every .npmrc in reach (npmrcFilesInReach) and ~/.pypirc.
 */
async function findStaticTokens(options) {
    const files = await npmrcFilesInReach(options);
    const pypirc = (0,external_node_path_.join)(options.home, '.pypirc');
    const pypircText = await (0,promises_.readFile)(pypirc, 'utf8').catch(() => undefined);
    return [
        ...findTokensInEnvironment(options.env),
        ...findTokensInNpmrcFiles(files, options.env),
        ...(pypircText === undefined ? [] : findTokensInPypirc(pypirc, pypircText)),
    ];
}
/** Refuses to go on with any static token in reach, naming each (never its value). */
function refuseStaticTokens(found) {
    if (found.length === 0)
        return;
    const setupNode = found.some((token) => token.what.includes('setup-node'));
    throw new OidcError('TL_OIDC_STATIC_TOKEN', `publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: ${found.map((token) => token.what).join('; ')}. Remove ${found.length === 1 ? 'it' : 'them'} from the publishing job${setupNode ? ' (drop registry-url from actions/setup-node there)' : ''}: npm prefers a configured token over OIDC, and a token in a publish job is one that can leak.`, found[0]?.line ? { location: { file: found[0].where, line: found[0].line } } : {});
}

;// CONCATENATED MODULE: ./packages/oidc/src/index.ts










;// CONCATENATED MODULE: ./packages/artifacts/src/artifact-error.ts

/** A package file (npm tarball, wheel, sdist) that is not safe or not valid to publish: the message says what was found, where, and the fix. */
class ArtifactError extends errors_src/* ConfigurationError */.j1 {
    name = 'ArtifactError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/artifacts/src/archive-checks.ts

/** An entry name as an extractor places it: `./`, empty and `.` parts dropped. */
function normaliseEntryName(name) {
    return name
        .split('/')
        .filter((part) => part !== '' && part !== '.')
        .join('/');
}
/**
 * Refuses an archive that a registry's readers could read otherwise than this one: the same
 * entry twice (extractors keep the last copy, this reader the first), absolute paths and `..`
 * (written outside the package), links and special files, and, in a zip, a local header whose
 * name is not the central directory's. `strip` drops leading path parts before comparing names,
 * as npm extracts a package tarball (`strip: 1`: `package/x` and `other/x` are the same file).
 */
function refuseUnsafeMembers(archive, members, options) {
    const seen = new Set();
    const rebuild = `Rebuild it with ${options.maker} and publish what that makes.`;
    for (const member of members) {
        const shown = JSON.stringify(member.name);
        if (member.name.startsWith('/') ||
            /^[A-Za-z]:/.test(member.name) ||
            member.name.split(/[/\\]/).includes('..')) {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds the entry ${shown}, an absolute path or one with "..", which would be written outside the package when unpacked. ${rebuild}`, { input: 'packages' });
        }
        if (member.type !== 'file' && member.type !== 'directory') {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds the entry ${shown}, which is a ${member.type === 'special' ? 'device, FIFO or other special file' : member.type}: a package carries regular files only. ${rebuild}`, { input: 'packages' });
        }
        if (member.localName !== undefined && member.localName !== member.name) {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} names an entry ${shown} in its central directory and ${JSON.stringify(member.localName)} in the entry itself: readers would disagree on what it holds. ${rebuild}`, { input: 'packages' });
        }
        if (member.type === 'directory')
            continue;
        const key = normaliseEntryName(member.name)
            .split('/')
            .slice(options.strip ?? 0)
            .join('/');
        if (key === '')
            continue;
        if (seen.has(key)) {
            throw new ArtifactError('TL_ARCHIVE_UNSAFE', `${archive} holds ${JSON.stringify(key)} twice: this check would read one copy and the registry or an installer the other (the last one wins when unpacked), so the version checked need not be the one published. ${rebuild}`, { input: 'packages' });
        }
        seen.add(key);
    }
}

;// CONCATENATED MODULE: external "node:stream/consumers"
const consumers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
;// CONCATENATED MODULE: ./packages/artifacts/src/archive-members.ts





/**
 * The members of a ZIP file (ZIP64 included) from its central directory, or undefined when `data`
 * is not one (as Python's `zipfile` fails to open it).
 */
async function zipMembers(data) {
    try {
        // Names are decoded here, not by yauzl, which would refuse `..` and absolute names as a
        // broken archive: the checks refuse them with what to do.
        const zip = await yauzl.fromBufferPromise(data, { decodeStrings: false });
        const members = [];
        for await (const entry of zip.eachEntry())
            members.push(await zipMember(zip, entry));
        return members;
    }
    catch {
        return undefined;
    }
}
async function zipMember(zip, entry) {
    // As Python's zipfile: UTF-8 when the entry's flag says so, else CP437; no other field consulted.
    const decode = (raw) => yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], true);
    const name = decode(entry.fileNameRaw);
    const local = await zip.readLocalFileHeaderPromise(entry).catch(() => undefined);
    // Unix "made by" (3) keeps the mode in the high 16 bits of the external attributes.
    const mode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
    const format = mode & 0o170000;
    return {
        name,
        method: entry.compressionMethod,
        type: format === 0o120000
            ? 'symlink'
            : format !== 0 && format !== 0o100000 && format !== 0o040000
                ? 'special'
                : name.endsWith('/')
                    ? 'directory'
                    : 'file',
        ...(local === undefined ? {} : { localName: decode(local.fileName) }),
        read: async () => (0,consumers_namespaceObject.buffer)(await zip.openReadStreamPromise(entry)),
    };
}
/**
 * The members of a gzip-compressed tar file, or undefined when `data` is not one (as
 * `tarfile.open(mode="r:gz")` fails). ustar prefixes, pax headers and GNU long names are
 * tar-stream's.
 */
async function tarGzMembers(data) {
    let tar;
    try {
        tar = await (0,external_node_util_.promisify)(external_node_zlib_.gunzip)(data);
    }
    catch {
        return undefined;
    }
    // Python's tarfile reads pre-POSIX (v7) archives too (an option tar-stream's types leave out).
    const options = {
        allowUnknownFormat: true,
    };
    const entries = (0,tar_stream.extract)(options);
    entries.end(tar);
    const members = [];
    try {
        for await (const entry of entries) {
            const content = await (0,consumers_namespaceObject.buffer)(entry);
            // tarfile drops the trailing slash of directory names.
            const name = entry.header.name.replace(/\/+$/, '');
            members.push({
                name,
                type: tarEntryType(entry.header.type),
                read: () => Promise.resolve(content),
            });
        }
    }
    catch {
        return undefined;
    }
    return members;
}
/** tar-stream's type of an entry; null for a type flag it does not know. */
function tarEntryType(type) {
    if (type === 'file' || type === 'contiguous-file')
        return 'file';
    if (type === 'directory')
        return 'directory';
    if (type === 'link')
        return 'hardlink';
    if (type === 'symlink')
        return 'symlink';
    return 'special';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/versioning/src/version-error.ts

/** A version, tag or version scheme that is wrong as given: the message says what was found, where, and the fix. */
class version_error_VersionError extends errors_src/* ConfigurationError */.j1 {
    name = 'VersionError';
    code;
    constructor(code, message, options = {}) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/versioning/src/version-scheme.ts

/** Every accepted {@link VersionScheme}, in the order they are documented. */
const VERSION_SCHEMES = (/* unused pure expression or super */ null && (['semver', 'pep440', 'calver']));
/** True when `text` names one of {@link VERSION_SCHEMES}. */
function isVersionScheme(text) {
    return VERSION_SCHEMES.includes(text);
}
/**
 * Reads a scheme name (e.g. the `scheme` input).
 * @throws ConfigurationError listing the accepted schemes.
 */
function version_scheme_parseVersionScheme(text) {
    if (isVersionScheme(text))
        return text;
    throw new VersionError('TL_VERSION_SCHEME', `scheme ${JSON.stringify(text)} is not a version scheme: use one of ${VERSION_SCHEMES.join(', ')}.`, { input: 'scheme' });
}

// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
;// CONCATENATED MODULE: ./packages/versioning/src/semver-strict.ts



const ACCEPTED = 'it needs MAJOR.MINOR.PATCH, e.g. 1.2.0 (optionally -prerelease and +build)';
const ALLOWED_CHARACTER = /^[0-9A-Za-z.+-]$/;
const NUMBER = /^(0|[1-9][0-9]*)$/;
/**
 * Parses a semver 2.0.0 version the way npm does (no leading `v`, no loose forms).
 * @throws ConfigurationError naming what is wrong (missing or extra numbers, leading zeros,
 *   a leading `v`, whitespace or other characters, empty identifiers).
 */
function semver_strict_parseSemverStrict(text) {
    const problem = explainSemverProblem(text);
    if (problem !== undefined)
        throw new version_error_VersionError('TL_SEMVER_INVALID', problem);
    const parsed = parse_default()(text);
    if (parsed === null) {
        throw new version_error_VersionError('TL_SEMVER_INVALID', `${(0,errors_src/* quoteExcerpt */.AB)(text)} is not a semver version: ${ACCEPTED}.`);
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
    return explainSemverProblem(text) === undefined && parse_default()(text) !== null;
}
/** Says why `text` is not strict semver, or returns undefined when no specific reason is found. */
function explainSemverProblem(text) {
    const quoted = (0,errors_src/* quoteExcerpt */.AB)(text);
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
    const quoted = (0,errors_src/* quoteExcerpt */.AB)(text);
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
    throw new version_error_VersionError('TL_PEP440_INVALID', `${(0,errors_src/* quoteExcerpt */.AB)(text)} is not a PEP 440 version: expected ${PEP440_FORMS}.`);
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
function pep440_isPep440Prerelease(version) {
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
function pep440_order_comparePep440(a, b) {
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

// EXTERNAL MODULE: ./node_modules/semver/functions/compare-build.js
var compare_build = __nccwpck_require__(7648);
var compare_build_default = /*#__PURE__*/__nccwpck_require__.n(compare_build);
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
    const parts = semver_strict_parseSemverStrict(version);
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
        throw new version_error_VersionError('TL_VERSION_UNMAPPABLE', `${(0,errors_src/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which cannot become a PEP 440 post-release: in semver it sorts before ${core}, in PEP 440 .post sorts after it. Release the next patch version instead.`);
    }
    const label = SEMVER_TO_PEP440_LABEL[word];
    const number = attached !== '' ? attached : (second ?? '0');
    const numberOk = /^[0-9]+$/.test(number) && (attached === '' || second === undefined);
    if (label === undefined || !numberOk || rest.length > 0) {
        throw new version_error_VersionError('TL_VERSION_UNMAPPABLE', `${(0,errors_src/* quoteExcerpt */.AB)(version)} has the prerelease "${joined}", which has no PEP 440 equivalent: ${MAPPABLE}.`);
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
    const aSemver = isStrictSemver(a);
    const bSemver = isStrictSemver(b);
    if (aSemver && bSemver)
        return compare_build_default()(a, b) === 0;
    const left = aSemver ? tryMapToPep440(a) : parsePep440(a);
    const right = bSemver ? tryMapToPep440(b) : parsePep440(b);
    return left !== undefined && right !== undefined && pep440_order_comparePep440(left, right) === 0;
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
function calver_format_describeCalverToken(token) {
    return TOKEN_INFO[token].meaning;
}
/** The field a token stands for. */
function calver_format_calverTokenField(token) {
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
        throw new VersionError('TL_CALVER_FORMAT', `calver-format ${JSON.stringify(format)} ${reason}`, {
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
    const fields = tokens.map(calver_format_calverTokenField);
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
    const parsed = parseCalverFormat(format);
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
    throw new VersionError('TL_CALVER_TAKEN', `calver-format ${JSON.stringify(format.format)} gives ${version} for ${isoDay(date)}, and ${version} already exists: the ${period} already has a release. Use a format with MICRO to release more than once a ${period}, e.g. ${format.format}.MICRO.`, { input: 'calver-format' });
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
function calver_checkCalver(version, format) {
    const parsed = typeof format === 'string' ? parseCalverFormat(format) : format;
    const fields = matchCalver(version, parsed);
    const quoted = quoteExcerpt(version);
    const name = JSON.stringify(parsed.format);
    if (fields === undefined) {
        const meanings = parsed.tokens
            .map((token) => `${token}: ${describeCalverToken(token)}`)
            .join('; ');
        throw new VersionError('TL_CALVER_INVALID', `${quoted} does not match calver-format ${name} (${meanings}), e.g. ${renderCalver(parsed, EXAMPLE_DATE, 0)}.`);
    }
    if (!isRealDate(fields)) {
        throw new VersionError('TL_CALVER_INVALID', `${quoted} has the form of calver-format ${name} but ${fields.year}-${pad(fields.month)}-${pad(fields.day)} is not a date.`);
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
function calver_compareCalver(a, b) {
    const left = calver_calverNumbers(a);
    const right = calver_calverNumbers(b);
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return Math.sign(difference);
    }
    return Math.sign(left.length - right.length);
}
/** The numbers of a CalVer version, e.g. `[2024, 5, 0]` for `2024.5.0`. */
function calver_calverNumbers(version) {
    const parts = version.split(/[.-]/);
    if (parts.every((part) => /^[0-9]+$/.test(part) && Number.isSafeInteger(Number(part)))) {
        return parts.map(Number);
    }
    throw new VersionError('TL_CALVER_INVALID', `${quoteExcerpt(version)} is not a CalVer version: expected numbers separated by "." or "-", e.g. 2024.5.0.`);
}

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
function git_ref_name_checkTagName(tag) {
    const quoted = quoteExcerpt(tag);
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
    return new VersionError('TL_TAG_NAME', message, { input: 'tag' });
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
        throw new VersionError('TL_TAG_NO_VERSION', `Tag ${quoteExcerpt(name)} has nothing after the tag-prefix ${JSON.stringify(prefix)}: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'tag' });
    }
    return { prefix, version };
}
function prefixMismatch(tag, prefix) {
    const guess = guessTagPrefix(tag);
    const found = `Tag ${quoteExcerpt(tag)} does not start with the tag-prefix ${JSON.stringify(prefix)}`;
    const message = guess === undefined
        ? `${found} and holds no version after a prefix: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`
        : `${found}. If the tag is right, set tag-prefix: '${guess}' (tag = tag-prefix + version).`;
    return new VersionError('TL_TAG_PREFIX', message, { input: 'tag-prefix' });
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
        throw new VersionError('TL_VERSION_EMPTY', `The version is empty: a tag is tag-prefix + version, e.g. ${prefix}1.2.3.`, { input: 'version' });
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

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(8469);
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
            parsePep440OrThrow(version);
            return;
        case 'calver':
            checkCalver(version, requireCalverFormat(version, options.calverFormat));
            return;
    }
}
function requireCalverFormat(version, format) {
    if (format !== undefined && format !== '')
        return format;
    throw new VersionError('TL_CALVER_FORMAT_MISSING', `The calver scheme needs a calver-format to check ${quoteExcerpt(version)} against: set calver-format, e.g. YYYY.M.MICRO.`, { input: 'calver-format' });
}
/**
 * Compares two versions under `scheme` (semver precedence, PEP 440 order, or CalVer numbers).
 * @returns a negative number, 0 or a positive number, like a sort comparator.
 * @throws ConfigurationError when either version is invalid under the scheme.
 */
function versions_by_scheme_compareVersions(a, b, scheme) {
    switch (parseVersionScheme(scheme)) {
        case 'semver':
            return compareSemver(parseSemverStrict(a).version, parseSemverStrict(b).version);
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
function versions_by_scheme_isPrerelease(version, scheme) {
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
function versions_by_scheme_releaseNumbers(version, scheme) {
    switch (parseVersionScheme(scheme)) {
        case 'semver': {
            const { major, minor, patch } = parseSemverStrict(version);
            return [major, minor, patch];
        }
        case 'pep440': {
            const { epoch, release } = parsePep440OrThrow(version);
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
const BUMPS = (/* unused pure expression or super */ null && (['major', 'minor', 'patch']));
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
        throw new VersionError('TL_VERSION_NOT_HIGHER', `${quoteExcerpt(current)} is not higher than the previous release ${quoteExcerpt(previous)}: a release must increase the version. Pick a version above ${previous}.`);
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

// EXTERNAL MODULE: ./node_modules/semver/ranges/valid.js
var valid = __nccwpck_require__(4737);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
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
        const [first] = semver_strict_parseSemverStrict(version).prerelease;
        return first === undefined ? 'latest' : guardDistTag(leadingWord(first));
    }
    const parsed = parsePep440(version);
    if (parsed === undefined) {
        throw new version_error_VersionError('TL_VERSION_INVALID', `${(0,errors_src/* quoteExcerpt */.AB)(version)} is neither a semver nor a PEP 440 version, so it has no npm dist-tag: use e.g. 1.2.0 (latest), 1.2.0-rc.1 (rc) or 1.2.0rc1 (rc).`);
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














;// CONCATENATED MODULE: ./packages/artifacts/src/package-metadata.ts







/** Parses the email-header format of Python core metadata. */
function parseCoreMetadata(text) {
    const fields = new Map();
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    let index = 0;
    let last;
    for (; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last !== undefined) {
            const values = fields.get(last) ?? [];
            values[values.length - 1] = `${values.at(-1) ?? ''}\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon === -1)
            continue;
        last = line.slice(0, colon).trim();
        fields.set(last, [...(fields.get(last) ?? []), line.slice(colon + 1).trim()]);
    }
    return { fields, description: lines.slice(index + 1).join('\n') };
}
function digest(algorithm, data) {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex');
}
/** Control characters shown as `?`: names and versions come from the archive. */
function printable(text) {
    return [...text].map((char) => (char < ' ' || char === '\x7f' ? '?' : char)).join('');
}
/** PEP 503 name normalisation (`Demo_Pkg` -> `demo-pkg`). */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function sameVersion(a, b) {
    const left = parsePep440(a);
    const right = parsePep440(b);
    return left !== undefined && right !== undefined ? pep440_order_comparePep440(left, right) === 0 : a === b;
}
const PYTHON_MAKER = 'python -m build';
/** The one metadata file of a distribution: `*.dist-info/METADATA` or `<top>/PKG-INFO`. */
function metadataMember(filename, members, pattern, what) {
    const found = members.filter((member) => pattern.test(normaliseEntryName(member.name)));
    if (found.length === 0) {
        throw new ArtifactError('TL_DIST_METADATA', `${filename} has no ${what}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    if (found.length > 1) {
        throw new ArtifactError('TL_DIST_METADATA', `${filename} holds ${found.length} metadata files (${found.map((member) => JSON.stringify(member.name)).join(', ')}): PyPI and installers could each read another. Rebuild it with python -m build.`, { input: 'packages' });
    }
    return found[0];
}
/** The archive's members, refused when a registry could read them otherwise. */
async function distributionMembers(filename, data, wheel) {
    const members = await (wheel ? zipMembers(data) : tarGzMembers(data));
    if (members === undefined) {
        throw new ArtifactError('TL_DIST_FORMAT', `${filename} is not a ${wheel ? 'zip archive' : 'gzipped tar archive'}, so it is not a valid ${wheel ? 'wheel' : 'sdist'}. Rebuild it with python -m build.`, { input: 'packages' });
    }
    refuseUnsafeMembers(filename, members, { maker: PYTHON_MAKER });
    return members;
}
/**
 * The name and version the file name claims (`demo_pkg-1.2.0-py3-none-any.whl`,
 * `demo_pkg-1.2.0.tar.gz`), which PyPI checks against the metadata.
 */
function nameFromFilename(filename, wheel) {
    if (wheel) {
        const [name = '', version = ''] = filename.replace(/\.whl$/, '').split('-');
        return { name, version };
    }
    const stem = filename.replace(/\.tar\.gz$/, '');
    const dash = stem.lastIndexOf('-');
    return { name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
/** A wheel or sdist, read with its core metadata and digests, for the legacy upload API. */
async function readPythonDistribution(path) {
    const filename = (0,external_node_path_.basename)(path);
    const wheel = filename.endsWith('.whl');
    if (!wheel && !filename.endsWith('.tar.gz')) {
        throw new ArtifactError('TL_DIST_FORMAT', `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz): PyPI accepts only those. Build with python -m build, and list only dist/*.whl and dist/*.tar.gz.`, { input: 'packages' });
    }
    const data = await (0,promises_.readFile)(path);
    const members = await distributionMembers(filename, data, wheel);
    const member = wheel
        ? metadataMember(filename, members, /^[^/]+\.dist-info\/METADATA$/, '*.dist-info/METADATA')
        : metadataMember(filename, members, /^[^/]+\/PKG-INFO$/, 'PKG-INFO');
    const metadata = parseCoreMetadata((await member.read()).toString('utf8'));
    const name = metadata.fields.get('Name')?.[0];
    const version = metadata.fields.get('Version')?.[0];
    if (!name || !version) {
        throw new ArtifactError('TL_DIST_METADATA', `${filename}'s metadata has no ${name ? 'Version' : 'Name'}: it is not a valid distribution. Rebuild it with python -m build.`, { input: 'packages' });
    }
    const claimed = nameFromFilename(filename, wheel);
    const folder = normaliseEntryName(member.name).split('/')[0] ?? '';
    const inFolder = nameFromFilename(wheel ? `${folder.replace(/\.dist-info$/, '')}-x.whl` : `${folder}.tar.gz`, wheel);
    for (const [where, other] of [
        ['its file name', claimed],
        [wheel ? `its ${folder} folder` : `its top folder ${folder}`, inFolder],
    ]) {
        if (normaliseName(other.name) !== normaliseName(name) ||
            !sameVersion(other.version.replace(/_/g, '-'), version)) {
            throw new ArtifactError('TL_DIST_METADATA', `${filename}: ${where} says ${printable(other.name)} ${printable(other.version)}, but its metadata (${member.name}) says ${printable(name)} ${printable(version)}: PyPI and installers would not agree on what this is. Rebuild it with python -m build.`, { input: 'packages' });
        }
    }
    return {
        path,
        filename,
        filetype: wheel ? 'bdist_wheel' : 'sdist',
        name,
        version,
        pyversion: wheel
            ? (filename
                .replace(/\.whl$/, '')
                .split('-')
                .at(-3) ?? 'py3')
            : 'source',
        metadata,
        data,
        sha256: digest('sha256', data),
        md5: digest('md5', data),
    };
}
/** An npm package tarball with its package.json and the integrity npm will record. */
async function readNpmTarball(path) {
    const data = await (0,promises_.readFile)(path);
    const name = (0,external_node_path_.basename)(path);
    const members = await tarGzMembers(data);
    if (members === undefined) {
        throw new ArtifactError('TL_NPM_TARBALL', `${name} is not a gzipped tarball: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    // npm unpacks with strip: 1, so any top folder's package.json is the package.json.
    refuseUnsafeMembers(name, members, { maker: 'npm pack', strip: 1 });
    const entry = members.find((member) => member.type === 'file' && /^[^/]+\/package\.json$/.test(normaliseEntryName(member.name)));
    if (entry === undefined) {
        throw new ArtifactError('TL_NPM_TARBALL', `${name} has no package/package.json: pass a file made by npm pack.`, {
            input: 'packages',
        });
    }
    const text = (await entry.read()).toString('utf8');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        throw new ArtifactError('TL_NPM_TARBALL', `${name}: ${entry.name} is not valid JSON. Rebuild it with npm pack.`, { input: 'packages' });
    }
    return {
        name: typeof manifest.name === 'string' ? manifest.name : '',
        version: typeof manifest.version === 'string' ? manifest.version : '',
        manifest,
        manifestText: text,
        manifestPath: entry.name,
        data,
        integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(data).digest('base64')}`,
        shasum: (0,external_node_crypto_.createHash)('sha1').update(data).digest('hex'),
    };
}

;// CONCATENATED MODULE: ./packages/artifacts/src/index.ts





;// CONCATENATED MODULE: ./packages/release-tools/src/shell-commands.ts
// The simple commands of a `run:` script, split well enough to recognise `npm publish` or
// `git tag`: continuations joined, comments dropped, `&&`, `||`, `;` and `|` split, leading
// `VAR=value`, `sudo` and `time` removed, quotes taken off each word. Not a shell parser: a
// command it cannot read is simply not recognised.
const PREFIXES = new Set(['sudo', 'time', 'exec', 'command', 'env', 'nohup']);
function shell_commands_commandsIn(script) {
    const joined = script.replace(/\\\r?\n/g, ' ');
    const commands = [];
    for (const rawLine of joined.split(/\r?\n/)) {
        const substitutions = [];
        // `$(...)` and backticks, even inside double quotes: their content is a command of its own,
        // and the outer command keeps a `$SUBST` word in their place.
        let line = stripComment(rawLine);
        for (let pass = 0; pass < 3; pass++) {
            line = line.replace(/\$\(([^()]*)\)|`([^`]*)`/g, (_, inner, backtick) => {
                substitutions.push(inner ?? backtick ?? '');
                return '$SUBST';
            });
        }
        for (const part of [...splitOperators(line), ...substitutions.flatMap(splitOperators)]) {
            const text = part.trim();
            if (text === '')
                continue;
            let words = splitWords(text);
            while (words.length > 0) {
                const first = words[0];
                if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first) || PREFIXES.has(first))
                    words = words.slice(1);
                else if (first === '-E' || first === '-u')
                    words = words.slice(1);
                else
                    break;
            }
            if (words.length > 0)
                commands.push({ text, words });
        }
    }
    return commands;
}
function stripComment(line) {
    let quote;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            else if (char === '\\' && quote === '"')
                index++;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '#' && (index === 0 || /\s/.test(line[index - 1])))
            return line.slice(0, index);
    }
    return line;
}
function splitOperators(line) {
    const parts = [];
    let quote;
    let start = 0;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            else if (char === '\\' && quote === '"')
                index++;
            continue;
        }
        if (char === '"' || char === "'")
            quote = char;
        else if (char === ';' || char === '|' || (char === '&' && line[index + 1] === '&')) {
            parts.push(line.slice(start, index));
            if (line[index + 1] === char)
                index++;
            start = index + 1;
        }
    }
    parts.push(line.slice(start));
    return parts;
}
function splitWords(text) {
    const words = [];
    let current = '';
    let quote;
    let has = false;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            has = true;
        }
        else if (/\s/.test(char)) {
            if (has || current !== '')
                words.push(current);
            current = '';
            has = false;
        }
        else {
            current += char;
        }
    }
    if (has || current !== '')
        words.push(current);
    return words;
}

;// CONCATENATED MODULE: ./packages/release-tools/src/commands.ts
// The commands of a step's `run:` script as the tables read them: split into simple commands,
// `npm run x` expanded into the script it names, and the tool behind a runner (`npx`, `uv run`,
// `pnpm exec`) brought forward.

const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
const PM_BUILTINS = new Set('install i ci add remove rm uninstall update up upgrade publish pack exec dlx test t run run-script link unlink audit outdated list ls why config set get version init create info view login logout whoami deprecate dist-tag store prune rebuild import fetch workspaces workspace npm cache patch env setup dedupe licenses bin root help x start stop restart recursive -r changeset'.split(' '));
const FLAGS_WITH_VALUE = new Set([
    '--filter',
    '-F',
    '-C',
    '--dir',
    '-w',
    '--workspace',
    '--prefix',
    '--cwd',
    '--tag',
    '--access',
    '--registry',
    '--otp',
]);
const TOOL_RUNNERS = (/* unused pure expression or super */ null && ([
    ['npx', 1],
    ['pnpx', 1],
    ['bunx', 1],
    ['uvx', 1],
    ['pipx run', 2],
    ['pnpm exec', 2],
    ['pnpm dlx', 2],
    ['yarn dlx', 2],
    ['yarn exec', 2],
    ['npm exec', 2],
    ['uv run', 2],
    ['uv tool run', 3],
    ['poetry run', 2],
    ['pdm run', 2],
    ['python -m', 2],
    ['python3 -m', 2],
    ['py -m', 2],
]));
/** The commands of a step's script, `npm run x` expanded into the script it names (3 levels). */
function commands_stepCommands(step, scripts) {
    if (step.run === undefined)
        return [];
    // Many questions are asked of each step (and of each step of its job): split its script once.
    const known = commandsCache.get(step);
    if (known?.scripts === scripts && known.run === step.run)
        return known.commands;
    const commands = expand(commandsIn(step.run), scripts, undefined, 0);
    commandsCache.set(step, { scripts, run: step.run, commands });
    return commands;
}
const commandsCache = new WeakMap();
function expand(commands, scripts, script, depth) {
    const result = [];
    for (const command of commands) {
        result.push({ ...command, script });
        const name = scriptName(command.words);
        const body = name === undefined ? undefined : scripts[name];
        if (body !== undefined && depth < 3) {
            // npm appends what follows `--` to the end of the script (`npm run release -- --no-npm`).
            const extra = scriptArguments(command.words, name);
            const full = extra.length > 0 ? `${body} ${extra.map(quoteWord).join(' ')}` : body;
            result.push(...expand(commandsIn(full), scripts, script ?? name, depth + 1).map((inner) => ({
                ...inner,
                text: command.text,
            })));
        }
    }
    return result;
}
/** The words `npm run x -- a b` (npm, bun) or `pnpm x a b` (pnpm, yarn) hands to script x. */
function scriptArguments(words, name) {
    const at = words.indexOf(name, 1);
    if (at < 0)
        return [];
    const after = words.slice(at + 1);
    const dashes = after.indexOf('--');
    if (words[0] === 'npm' || words[0] === 'bun')
        return dashes < 0 ? [] : after.slice(dashes + 1);
    return after[0] === '--' ? after.slice(1) : after;
}
function quoteWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** `npm run x`, `pnpm x`, `yarn x`: the script name; undefined for anything else. */
function scriptName(words) {
    if (!PACKAGE_MANAGERS.has(words[0] ?? ''))
        return undefined;
    const rest = commands_operands(words.slice(1));
    const sub = rest[0];
    if (sub === 'run' || sub === 'run-script')
        return rest[1];
    if (words[0] !== 'npm' && words[0] !== 'bun' && sub !== undefined && !PM_BUILTINS.has(sub))
        return sub;
    return undefined;
}
/** The words that are not flags (nor flags' values). */
function commands_operands(words) {
    const result = [];
    for (let index = 0; index < words.length; index++) {
        const word = words[index];
        if (word.startsWith('-')) {
            if (FLAGS_WITH_VALUE.has(word))
                index++;
            continue;
        }
        result.push(word);
    }
    return result;
}
/** The words of the tool a runner starts: `npx -y semantic-release@24` gives `semantic-release`. */
function commands_toolWords(words) {
    let current = words;
    for (let pass = 0; pass < 3; pass++) {
        const runner = TOOL_RUNNERS.find(([prefix, count]) => current.slice(0, count).join(' ') === prefix);
        if (!runner)
            break;
        current = current.slice(runner[1]);
        while (current[0]?.startsWith('-'))
            current = current.slice(1);
    }
    const [first, ...rest] = current;
    if (first === undefined)
        return [];
    const tool = first
        .replace(/^@changesets\/cli(@.*)?$/, 'changeset')
        .replace(/^(@[^/]+\/[^@]+|[^@]+)@.*$/, '$1');
    return [tool, ...rest];
}
/** `npm ci`, `pnpm run build`: the package manager itself, not a tool it starts (`pnpm exec nx`). */
function commands_runsPackageManager(words) {
    return PACKAGE_MANAGERS.has(words[0]) && commands_toolWords(words)[0] === words[0];
}
/** Whether any of the words is one of `flags`. */
const commands_has = (words, ...flags) => words.some((word) => flags.includes(word));
/** `npm ci` gives `ci`: a package manager's subcommand. */
function pmSubcommand(words) {
    return commands_operands(words.slice(1))[0];
}

;// CONCATENATED MODULE: ./packages/release-tools/src/step.ts
// The step shape the tables read: plain text, whatever workflow model it came from. Positions
// are not needed here: a finding names the text to point at (`needle`), and the caller keeps
// the step it converted.
/** release-it's own defaults: it publishes and tags, and makes no GitHub Release. */
const RELEASE_IT_DEFAULTS = {
    npmPublish: true,
    gitTag: true,
    githubRelease: false,
};
function stepContext(step, partial = {}) {
    return {
        jobSteps: partial.jobSteps ?? [step],
        scripts: partial.scripts ?? {},
        releaseIt: partial.releaseIt ?? RELEASE_IT_DEFAULTS,
    };
}
/**
 * The repository path (`.github/actions/setup`) of a local `uses:`: `./path` (in the checked-out
 * workspace) or `$/path` (this repository at the running commit); undefined for anything else.
 */
function step_localPath(uses) {
    const match = /^(\.|\$)\/(.*)$/.exec(uses ?? '');
    return match ? match[2].replace(/\/+$/, '') || '.' : undefined;
}
/** `owner/repo/path` of a step's action, lower-cased, no ref; '' for none (and for local ones). */
function step_actionName(uses) {
    if (!uses || step_localPath(uses) !== undefined || uses.startsWith('docker://'))
        return '';
    return uses.split('@')[0].toLowerCase();
}
function step_stepInput(step, name) {
    return step.with?.[name];
}
/** The first of `names` set in the step's env. */
function step_envValue(step, ...names) {
    for (const name of names) {
        const value = step.env?.[name];
        if (value !== undefined)
            return value;
    }
    return undefined;
}
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const CONTEXT_PATH = /(?<![\w.'-])([A-Za-z_][\w-]*(?:\.[A-Za-z_*][\w-]*)*)(?![\w-]*\s*\()/g;
/**
 * The context paths read by the `${{ }}` expressions of a value (`secrets.NPM_TOKEN`), enough to
 * tell which credential a value names; string literals are skipped.
 */
function step_credentialPaths(value) {
    const paths = [];
    for (const expression of value.matchAll(EXPRESSION)) {
        const inner = expression[1]
            .replace(/\s*\[\s*'([\w-]*)'\s*\]/g, '.$1')
            .replace(/\s*\.\s*/g, '.')
            .replace(/'(?:[^']|'')*'/g, "''");
        for (const match of inner.matchAll(CONTEXT_PATH)) {
            if (!/^(true|false|null|NaN|Infinity)$/.test(match[1]))
                paths.push(match[1]);
        }
    }
    return paths;
}
/** A value that is GitHub's own per-run token (fine for GitHub itself, not a registry token). */
function step_isGithubToken(value) {
    const paths = step_credentialPaths(value);
    return (paths.length > 0 &&
        paths.every((path) => /^secrets\.GITHUB_TOKEN$/i.test(path) || path === 'github.token'));
}
/** The credential a token value gives GitHub: none or GITHUB_TOKEN is `github-token`. */
function step_tokenOfValue(value) {
    if (value === undefined || value.trim() === '')
        return 'github-token';
    return step_isGithubToken(value) ? 'github-token' : 'other';
}

;// CONCATENATED MODULE: ./packages/release-tools/src/detectors.ts
// The shape of a table entry (what a step must look like, what it then means) and the one
// matcher that reads every table. The entries live in tools/<ecosystem>.ts.


function wordMatches(pattern, word) {
    if (word === undefined)
        return false;
    if (typeof pattern === 'string')
        return pattern === word;
    if (pattern instanceof RegExp)
        return pattern.test(word);
    return pattern.includes(word);
}
function actionMatches(match, step) {
    const name = actionName(step.uses);
    const local = localPath(step.uses);
    const named = name !== '' &&
        match.name !== undefined &&
        (typeof match.name === 'string' ? match.name === name : match.name.test(name));
    const isLocal = local !== undefined && match.local !== undefined && match.local.test(local);
    return (named || isLocal) && (match.when?.(step) ?? true);
}
/** The subject of a command, and whether `match` recognises it. */
function detectors_commandSubject(command, step, context) {
    const words = command.words;
    const packageManager = runsPackageManager(words);
    const args = packageManager ? words : toolWords(words);
    const tool = packageManager ? [words[0], ...operands(words.slice(1))] : args;
    return { step, context, words, tool, args, packageManager };
}
function detectors_commandMatches(match, subject) {
    if ((match.packageManager ?? false) !== subject.packageManager)
        return false;
    if (!match.words.every((pattern, index) => wordMatches(pattern, subject.tool[index])))
        return false;
    if (match.unless && has(subject.args, ...match.unless))
        return false;
    if (match.containing && !has(subject.args, ...match.containing))
        return false;
    return match.when?.(subject) ?? true;
}
/**
 * Every hit of a table on a step: the first action entry that matches its `uses:`, then for
 * each command of its script the first command entry that matches (one step may do several
 * things: `npm publish && twine upload`).
 */
function detectors_findHits(table, step, context, skipCommand = () => false) {
    const hits = [];
    if (step.uses !== undefined) {
        const entry = table.find((each) => each.action && actionMatches(each.action, step));
        if (entry)
            hits.push({
                entry,
                subject: { step, context, words: [], tool: [], args: [] },
                needle: step.uses,
            });
    }
    for (const command of stepCommands(step, context.scripts)) {
        if (skipCommand(command))
            continue;
        const subject = detectors_commandSubject(command, step, context);
        const entry = table.find((each) => each.command && detectors_commandMatches(each.command, subject));
        if (entry)
            hits.push({ entry, subject, needle: command.text });
    }
    return hits;
}
function detectors_nameOf(name, hit) {
    if (name === undefined)
        return hit.needle;
    return typeof name === 'string' ? name : name(hit.subject);
}

;// CONCATENATED MODULE: ./packages/release-tools/src/test-runners.ts
// Test runners: the steps that run a project's tests (a test gate must see them run on the
// release commit). Entries are in tools/<ecosystem>.ts.


/** Script and target names that mean tests: `test`, `test:unit`, `check`, `e2e`... */
const TEST_SCRIPT = /^(test|tests|ci|check|checks|verify|e2e|unit|integration|coverage)([:_.-].*)?$/i;
/** The `uses:` or command by which a step runs tests, if it does. */
function test_runners_testsRunIn(table, step, context) {
    return findHits(table, step, context)[0]?.needle;
}
/** Whether one command runs tests. */
function test_runners_isTestCommandIn(table, command, step, context) {
    const subject = commandSubject(command, step, context);
    return table.some((entry) => entry.command && commandMatches(entry.command, subject));
}

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/build-systems.ts
// Language toolchains and task runners whose test commands gate a release: go, cargo, deno,
// dotnet, swift, make, just, Maven and Gradle.

const BUILD_SYSTEM_TEST_RUNNERS = [
    { command: { words: [['go', 'cargo', 'deno', 'dotnet', 'swift'], 'test'] } },
    { command: { words: [['make', 'just'], TEST_SCRIPT] } },
    { command: { words: [['mvn', './mvnw']], containing: ['test', 'verify'] } },
    { command: { words: [['gradle', './gradlew']], containing: ['test', 'check'] } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/github.ts
// git tags and GitHub Releases: git, gh, hub, the REST API by gh api or curl, and the release
// actions (softprops/action-gh-release, release-please, tag actions, github-script); dates and
// `git describe` as versions.

/** Words that make `git tag` list, delete or verify tags rather than create one. */
const GIT_TAG_READS = [
    '-l',
    '--list',
    '-d',
    '--delete',
    '-v',
    '--verify',
    '--contains',
    '--points-at',
    '-n',
    '--merged',
    '--no-merged',
    '--sort',
];
const GH_TOKEN_ENV = { env: ['GH_TOKEN', 'GITHUB_TOKEN'] };
/** A `gh api` or `curl` that POSTs, and so creates what its URL names. */
function posts({ args }) {
    const text = ` ${args.join(' ')} `;
    return args[0] === 'gh'
        ? /(-X|--method)\s+POST|\s-[fF]\s|--field|--raw-field|--input/.test(text)
        : /(-X|--request)\s*POST|\s(-d|--data\S*)\s/.test(text);
}
const postsRelease = (subject) => posts(subject) && /\/releases(\s|$|\?|')/.test(`${subject.args.join(' ')} `);
const postsTagRef = (subject) => {
    const text = subject.args.join(' ');
    return posts(subject) && /\/git\/refs/.test(text) && /refs\/tags/.test(text);
};
/** Release and tag actions: what they make and the inputs that carry their token. */
function releaseAction(name, kind, inputs, env = false) {
    return {
        action: { name },
        kind,
        token: env ? { inputs, env: ['GITHUB_TOKEN', 'GH_TOKEN'] } : { inputs },
    };
}
const GITHUB_TAGGERS = [
    {
        tool: 'git tag',
        command: { words: ['git', 'tag'], unless: GIT_TAG_READS, when: ({ args }) => args.length > 2 },
        kind: 'tag',
        token: 'git-push',
        needsPush: true,
    },
    {
        tool: 'git push --tags',
        command: { words: ['git', 'push'], containing: ['--tags', '--follow-tags'] },
        kind: 'tag',
        token: 'git-push',
    },
    {
        tool: 'gh release create',
        command: { words: ['gh', 'release', 'create'] },
        kind: 'release',
        token: GH_TOKEN_ENV,
    },
    {
        tool: 'hub release create',
        command: { words: ['hub', 'release', 'create'] },
        kind: 'release',
        token: 'other',
    },
    {
        tool: 'gh POST /releases',
        command: { words: ['gh', 'api'], when: postsRelease },
        kind: 'release',
        token: GH_TOKEN_ENV,
    },
    {
        tool: 'gh POST /git/refs',
        command: { words: ['gh', 'api'], when: postsTagRef },
        kind: 'tag',
        token: GH_TOKEN_ENV,
    },
    {
        tool: 'curl POST /releases',
        command: { words: ['curl'], when: postsRelease },
        kind: 'release',
        token: 'other',
    },
    {
        tool: 'curl POST /git/refs',
        command: { words: ['curl'], when: postsTagRef },
        kind: 'tag',
        token: 'other',
    },
    releaseAction('softprops/action-gh-release', 'release', ['token']),
    releaseAction('ncipollo/release-action', 'release', ['token']),
    releaseAction('actions/create-release', 'release', [], true),
    releaseAction('marvinpinto/action-automatic-releases', 'release', ['repo_token']),
    releaseAction('googleapis/release-please-action', 'release', ['token']),
    releaseAction('google-github-actions/release-please-action', 'release', ['token']),
    releaseAction('rickstaa/action-create-tag', 'tag', ['github_token']),
    releaseAction('mathieudutour/github-tag-action', 'tag', ['github_token']),
    releaseAction('anothrnick/github-tag-action', 'tag', [], true),
    {
        tool: 'actions/github-script',
        action: { name: 'actions/github-script' },
        kind: ({ step }) => {
            const script = step_stepInput(step, 'script') ?? '';
            if (/\bcreateRelease\s*\(/.test(script))
                return 'release';
            return /\bcreateRef\s*\(|\bcreateTag\s*\(/.test(script) ? 'tag' : undefined;
        },
        token: { inputs: ['github-token'] },
    },
];
const GITHUB_VERSION_COMPUTERS = [
    { what: 'date', handsOn: true, command: { words: ['date'] } },
    { what: 'version', handsOn: true, command: { words: ['git', 'describe'] } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/npm.ts
// npm, pnpm, yarn and bun, and the release tools of the npm world: changesets, semantic-release,
// lerna, release-it, nx release, JS-DevTools/npm-publish.



const MANAGERS = [...PACKAGE_MANAGERS];
const NPM_TOKEN = { env: true };
const GITHUB_TOKEN_ENV = { env: ['GITHUB_TOKEN', 'GH_TOKEN'] };
/** One release-it setting as its command line leaves it: `--no-npm`, `--no-git.tag`, `--github.release`. */
function releaseItSetting(tool, key, configured) {
    const parent = key.split('.')[0];
    let value = configured;
    for (const word of tool) {
        if (word === `--no-${parent}` || word === `--no-${key}`)
            value = false;
        else if (word === `--${key}` || word === `--${key}=true`)
            value = true;
        else if (word === `--${key}=false`)
            value = false;
    }
    return value;
}
function releaseItKind({ args, context }) {
    const settings = context.releaseIt;
    if (releaseItSetting(args, 'github.release', settings.githubRelease))
        return 'release';
    return releaseItSetting(args, 'git.tag', settings.gitTag) ? 'tag' : undefined;
}
const npmCommand = (tool, command) => ({ tool, command, ecosystem: 'npm', registry: 'npm', token: NPM_TOKEN });
const NPM_PUBLISHERS = [
    {
        tool: ({ tool }) => `${tool[0]} publish`,
        command: { packageManager: true, words: [MANAGERS, 'publish'], unless: ['--help', '-h'] },
        ecosystem: 'npm',
        registry: 'npm-command',
        token: NPM_TOKEN,
        provenance: { flag: '--provenance' },
    },
    {
        // `yarn npm publish` (yarn berry) and `pnpm recursive publish`.
        tool: ({ tool }) => `${tool[0]} publish`,
        command: {
            packageManager: true,
            words: [['yarn', 'pnpm'], ['npm', 'recursive'], 'publish'],
            unless: ['--help', '-h'],
        },
        ecosystem: 'npm',
        registry: 'npm-command',
        token: NPM_TOKEN,
        provenance: { flag: '--provenance' },
    },
    npmCommand('changeset publish', { words: ['changeset', 'publish'] }),
    npmCommand(({ tool }) => tool[0], {
        words: [['semantic-release', 'multi-semantic-release']],
        unless: ['-d'],
    }),
    npmCommand('lerna publish', { words: ['lerna', 'publish'] }),
    npmCommand('release-it', {
        words: ['release-it'],
        when: ({ args, context }) => releaseItSetting(args, 'npm.publish', context.releaseIt.npmPublish),
    }),
    npmCommand(({ tool }) => (tool[2] === 'publish' ? 'nx release publish' : 'nx release'), {
        words: ['nx', 'release'],
        unless: ['--skip-publish', '-d'],
        when: ({ tool }) => !['version', 'changelog', 'plan', 'plan:check'].includes(tool[2] ?? ''),
    }),
    {
        tool: 'JS-DevTools/npm-publish',
        action: { name: 'js-devtools/npm-publish' },
        ecosystem: 'npm',
        registry: { inputs: ['registry'], default: 'npm' },
        token: { inputs: ['token'] },
        provenance: { input: 'provenance', inputDefault: false },
    },
    {
        tool: 'changesets/action',
        action: { name: 'changesets/action', when: (step) => !!step_stepInput(step, 'publish') },
        ecosystem: 'npm',
        registry: 'npm',
        token: NPM_TOKEN,
    },
    {
        // v2's publish sub-action: it publishes whatever its inputs say, no `publish:` script.
        tool: 'changesets/action/publish',
        action: { name: 'changesets/action/publish' },
        ecosystem: 'npm',
        registry: 'npm',
        token: NPM_TOKEN,
    },
    {
        tool: ({ step }) => step_actionName(step.uses),
        action: { name: /^(cycjimmy|codfish)\/semantic-release-action$/ },
        ecosystem: 'npm',
        registry: 'npm',
        token: NPM_TOKEN,
    },
];
const NPM_TAGGERS = [
    {
        tool: 'npm version',
        command: { packageManager: true, words: ['npm', 'version'], unless: ['--no-git-tag-version'] },
        kind: 'tag',
        token: 'git-push',
        needsPush: true,
    },
    {
        tool: ({ tool }) => `changeset ${tool[1]}`,
        command: { words: ['changeset', ['publish', 'tag']] },
        kind: 'tag',
        token: 'git-push',
        needsPush: true,
    },
    {
        tool: ({ tool }) => `lerna ${tool[1]}`,
        command: { words: ['lerna', ['publish', 'version']] },
        kind: 'tag',
        token: 'git-push',
    },
    {
        tool: 'release-it',
        command: { words: ['release-it'], unless: ['-d', '--dry-run'] },
        kind: releaseItKind,
        token: GITHUB_TOKEN_ENV,
    },
    {
        tool: ({ tool }) => tool[0],
        command: {
            words: [['semantic-release', 'multi-semantic-release']],
            unless: ['-d', '--dry-run'],
        },
        kind: 'release',
        token: GITHUB_TOKEN_ENV,
    },
    {
        action: { name: /^(cycjimmy|codfish)\/semantic-release-action$/ },
        kind: 'release',
        token: GITHUB_TOKEN_ENV,
    },
    {
        action: {
            name: 'changesets/action',
            when: (step) => !!step_stepInput(step, 'publish') && step_stepInput(step, 'createGithubReleases') !== 'false',
        },
        kind: 'release',
        token: GITHUB_TOKEN_ENV,
    },
];
const VERSION_BUMPS = [
    'major',
    'minor',
    'patch',
    'premajor',
    'preminor',
    'prepatch',
    'prerelease',
    'from-git',
];
const NPM_VERSION_COMPUTERS = [
    { what: 'version', command: { packageManager: true, words: ['npm', 'version', VERSION_BUMPS] } },
    { what: 'version', command: { words: [['standard-version', 'commit-and-tag-version']] } },
    {
        // `semantic-release --dry-run` to read the next version: computed here, released later.
        what: 'version',
        handsOn: true,
        command: { words: ['semantic-release'], containing: ['--dry-run', '-d'] },
    },
];
const NPM_TEST_RUNNERS = [
    { command: { packageManager: true, words: [MANAGERS, ['test', 't', 'cit', 'install-test']] } },
    {
        command: {
            packageManager: true,
            words: [MANAGERS],
            when: ({ words }) => TEST_SCRIPT.test(scriptName(words) ?? ''),
        },
    },
    {
        command: { words: [['jest', 'vitest', 'mocha', 'ava', 'tap', 'karma', 'cypress']] },
    },
    { command: { words: ['playwright', 'test'] } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/pypi.ts

const pythonCommand = (tool, words, flags) => ({
    tool,
    command: { words },
    ecosystem: 'pypi',
    registry: 'python-command',
    token: { env: true, flags },
});
const PYPI_PUBLISHERS = [
    pythonCommand('twine upload', ['twine', 'upload'], ['-p', '--password']),
    // `--trusted-publishing never` refuses OIDC: only a token can be left.
    pythonCommand('uv publish', ['uv', 'publish'], ['--token', '-t', '--password', '-p', 'never']),
    pythonCommand(({ tool }) => `${tool[0]} publish`, [['poetry', 'hatch', 'flit', 'pdm'], 'publish'], ['--password', '-p', '-u', '--username', '-a', '--auth']),
    pythonCommand(({ tool }) => `maturin ${tool[1]}`, ['maturin', ['publish', 'upload']], ['--password', '-p']),
    {
        // `python setup.py sdist upload`: distutils' upload takes a password, never OIDC.
        tool: 'setup.py upload',
        command: { words: [/^python3?$/, 'setup.py'], containing: ['upload'] },
        ecosystem: 'pypi',
        registry: 'python-command',
        token: { always: true },
    },
    {
        tool: 'pypa/gh-action-pypi-publish',
        action: { name: 'pypa/gh-action-pypi-publish' },
        ecosystem: 'pypi',
        registry: { inputs: ['repository-url', 'repository_url'], default: 'pypi' },
        token: { inputs: ['password'] },
    },
];
const PYPI_VERSION_COMPUTERS = [
    {
        // `poetry version patch`, `hatch version minor` (not `poetry version -s`, which reads).
        what: 'version',
        command: { words: [['poetry', 'hatch'], 'version', /^[^-]/] },
    },
    {
        what: 'version',
        command: { words: [['bump-my-version', 'bumpversion', 'bump2version']] },
    },
    { what: 'version', command: { words: ['cz', 'bump'] } },
];
const PYPI_TEST_RUNNERS = [
    { command: { words: [['pytest', 'tox', 'nox', 'unittest']] } },
    { command: { words: ['hatch', 'test'] } },
    { command: { words: ['hatch', 'run', TEST_SCRIPT] } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tools/tokenless.ts
const TOKENLESS_PUBLISHERS = [
    {
        tool: 'tokenless publish-oidc',
        action: {
            name: /(^|\/)actions\/publish-oidc$|\/tokenless\/.*publish-oidc$/,
            local: /(^|\/)publish-oidc$/,
        },
        ecosystem: 'npm',
        registry: 'publish-oidc',
        token: {},
        provenance: { input: 'provenance', inputDefault: true },
        publishOidc: true,
    },
];
const TOKENLESS_TAGGERS = [
    {
        tool: 'tokenless create-release',
        action: { name: /tokenless.*(^|\/)create-release$/, local: /(^|\/)create-release$/ },
        kind: 'release',
        token: { inputs: ['token'] },
    },
];
const TOKENLESS_TEST_RUNNERS = [
    { action: { name: /(^|\/)test-gate$/, local: /(^|\/)test-gate$/ } },
];

;// CONCATENATED MODULE: ./packages/release-tools/src/tables.ts
// Every table, one list per kind of step. A new ecosystem is one file under tools/ and one line
// in each list it adds to; a new tool is one entry in its ecosystem's file.





const tables_PUBLISHERS = [
    ...NPM_PUBLISHERS,
    ...PYPI_PUBLISHERS,
    ...TOKENLESS_PUBLISHERS,
];
const tables_TAGGERS = [
    ...GITHUB_TAGGERS,
    ...NPM_TAGGERS,
    ...TOKENLESS_TAGGERS,
];
const tables_VERSION_COMPUTERS = [
    ...GITHUB_VERSION_COMPUTERS,
    ...NPM_VERSION_COMPUTERS,
    ...PYPI_VERSION_COMPUTERS,
];
const tables_TEST_RUNNERS = [
    ...NPM_TEST_RUNNERS,
    ...PYPI_TEST_RUNNERS,
    ...BUILD_SYSTEM_TEST_RUNNERS,
    ...TOKENLESS_TEST_RUNNERS,
];

;// CONCATENATED MODULE: ./packages/release-tools/src/registries.ts
// The registries a release publishes to: their names as publish-oidc's `registry:` input spells
// them, their public upload addresses and hosts, and the variables that hand each a token.
const REGISTRIES = {
    npm: {
        title: 'npm',
        ecosystem: 'npm',
        url: 'https://registry.npmjs.org/',
        hosts: ['registry.npmjs.org'],
    },
    pypi: {
        title: 'PyPI',
        ecosystem: 'pypi',
        url: 'https://upload.pypi.org/legacy/',
        hosts: ['upload.pypi.org', 'pypi.org'],
    },
    testpypi: {
        title: 'TestPyPI',
        ecosystem: 'pypi',
        url: 'https://test.pypi.org/legacy/',
        hosts: ['test.pypi.org'],
    },
};
const REGISTRY_NAMES = Object.keys(REGISTRIES);
/** How messages name a registry; `other` is "the registry". */
function registryTitle(registry) {
    return registry === 'other' ? 'the registry' : REGISTRIES[registry].title;
}
function isRegistryName(text) {
    return Object.hasOwn(REGISTRIES, text);
}
/**
 * The named registry a URL (or any text holding one) points at, by host: `test.pypi.org` before
 * `pypi.org`; undefined for any other host.
 */
function registries_registryOfUrl(text) {
    const hosts = REGISTRY_NAMES.flatMap((name) => REGISTRIES[name].hosts.map((host) => ({ name, host })));
    // Longest host first: test.pypi.org contains pypi.org.
    hosts.sort((a, b) => b.host.length - a.host.length);
    return hosts.find(({ host }) => text.includes(host))?.name;
}
/**
 * publish-oidc's rule for a registry given as a URL: a path ending in `/legacy` is a PyPI-style
 * upload endpoint (Warehouse's legacy upload API), anything else an npm registry.
 */
function ecosystemOfUrl(url) {
    return url.pathname.replace(/\/+$/, '').endsWith('/legacy') ? 'pypi' : 'npm';
}
/** Reads a `registry:` input as written; empty or missing is publish-oidc's default, npm. */
function registries_readRegistrySpelling(value) {
    const text = (value ?? '').trim();
    if (text === '')
        return { kind: 'name', name: 'npm' };
    if (isRegistryName(text))
        return { kind: 'name', name: text };
    if (text.includes('${{'))
        return { kind: 'expression' };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { kind: 'invalid', text };
    }
    return {
        kind: 'url',
        url: text,
        registry: registries_registryOfUrl(url.host),
        ecosystem: ecosystemOfUrl(url),
    };
}
/** Variables that hand an npm token to `npm publish` and the tools around it. */
const NPM_TOKEN_VARIABLES = /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH(TOKEN)?|NPM_CONFIG_TOKEN)$/i;
/** Variables that hand a PyPI token (or password) to twine, uv, poetry, hatch, flit, maturin, pdm. */
const PYPI_TOKEN_VARIABLES = /^(TWINE_PASSWORD|PYPI_API_TOKEN|PYPI_TOKEN|PYPI_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD|PDM_PUBLISH_PASSWORD)$/i;
/** Whether an env variable's name is one that hands a token to a publish for that ecosystem. */
function registries_isRegistryTokenVariable(name, ecosystem) {
    return (ecosystem === 'npm' ? NPM_TOKEN_VARIABLES : PYPI_TOKEN_VARIABLES).test(name);
}
/** Env variable names that hand a registry token to a publishing tool. */
function isTokenVariable(name) {
    return registries_isRegistryTokenVariable(name, 'npm') || registries_isRegistryTokenVariable(name, 'pypi');
}
/** A token written into a script's npm configuration (`--//host/:_authToken=...`). */
const registries_INLINE_NPM_TOKEN = /_authToken/;

;// CONCATENATED MODULE: ./packages/release-tools/src/publishers.ts
// Publishers: the steps that upload a package, to which registry, and with which credential.
// Entries are in tools/<ecosystem>.ts; `publishesOf` reads them all.




const DRY_RUN = (/* unused pure expression or super */ null && (['--dry-run', '-n', '--dryrun']));
/** The publishes a step makes, by the publisher table (one step may publish to npm and PyPI). */
function publishers_publishesIn(table, step, context) {
    const hits = findHits(table, step, context, (command) => has(command.words, ...DRY_RUN));
    return hits.map((hit) => ({
        registry: registryOf(hit),
        tool: nameOf(hit.entry.tool, hit),
        needle: hit.needle,
        usesToken: usesToken(hit),
        provenance: provenanceOf(hit),
        publishOidc: hit.entry.publishOidc ?? false,
    }));
}
function registryOf({ entry, subject }) {
    const source = entry.registry;
    if (typeof source === 'object') {
        const url = source.inputs.map((name) => stepInput(subject.step, name)).find((v) => v);
        return url ? (registryOfUrl(url) ?? 'other') : source.default;
    }
    if (source === 'publish-oidc') {
        const spelled = readRegistrySpelling(stepInput(subject.step, 'registry'));
        if (spelled.kind === 'name')
            return spelled.name;
        if (spelled.kind === 'expression')
            return 'npm';
        return spelled.kind === 'url' ? (spelled.registry ?? 'other') : 'other';
    }
    if (source === 'npm-command')
        return npmCommandRegistry(subject);
    if (source === 'python-command')
        return pythonCommandRegistry(subject.args);
    return source;
}
function npmCommandRegistry({ words, context }) {
    const flag = words.indexOf('--registry');
    const explicit = flag >= 0 ? words[flag + 1] : words.find((word) => word.startsWith('--registry='));
    const registry = explicit ??
        stepInput(context.jobSteps.find((each) => actionName(each.uses) === 'actions/setup-node') ?? {}, 'registry-url');
    if (registry && registryOfUrl(registry) !== 'npm' && !registry.includes('${{'))
        return 'other';
    return 'npm';
}
function pythonCommandRegistry(tool) {
    const text = tool.join(' ');
    if (/test\.pypi\.org|testpypi/i.test(text))
        return 'testpypi';
    const url = /--(?:repository-url|publish-url|repository|index|index-url)[= ](\S+)/.exec(text)?.[1];
    if (url && /^https?:/.test(url) && registryOfUrl(url) !== 'pypi')
        return 'other';
    return 'pypi';
}
function usesToken({ entry, subject }) {
    const token = entry.token;
    if (token.always)
        return true;
    const { step } = subject;
    if (token.env) {
        for (const [name, value] of Object.entries(step.env ?? {}))
            if (isRegistryTokenVariable(name, entry.ecosystem) &&
                value.trim() !== '' &&
                !isGithubToken(value))
                return true;
        if (entry.ecosystem === 'npm' && INLINE_NPM_TOKEN.test(step.run ?? ''))
            return true;
    }
    for (const input of token.inputs ?? []) {
        const value = stepInput(step, input);
        if (value !== undefined && value.trim() !== '' && !isGithubToken(value))
            return true;
    }
    const flags = token.flags ?? [];
    return subject.args.some((word) => flags.some((flag) => word === flag || word.startsWith(`${flag}=`)));
}
function provenanceOf({ entry, subject }) {
    const rule = entry.provenance ?? {};
    if (rule.input !== undefined) {
        const value = stepInput(subject.step, rule.input)?.trim();
        return value === 'true' ? true : value === 'false' ? false : (rule.inputDefault ?? false);
    }
    if (entry.ecosystem !== 'npm')
        return false;
    if (rule.flag !== undefined && subject.args.includes(rule.flag))
        return true;
    return /^true$/i.test(subject.step.env?.NPM_CONFIG_PROVENANCE ?? '');
}

;// CONCATENATED MODULE: ./packages/release-tools/src/taggers.ts
// Taggers: the steps that create a git tag or a GitHub Release, and with which credential
// (events made with GITHUB_TOKEN start no workflow). Entries are in tools/<ecosystem>.ts.



/** Tags and GitHub Releases a step creates, by the tagger table. */
function taggers_tagCreationsIn(table, step, context) {
    const found = [];
    let pushes;
    for (const hit of findHits(table, step, context)) {
        const kind = typeof hit.entry.kind === 'string' ? hit.entry.kind : hit.entry.kind(hit.subject);
        if (kind === undefined)
            continue;
        if (hit.entry.needsPush && !(pushes ??= jobPushes(context)))
            continue;
        found.push({
            kind,
            tool: nameOf(hit.entry.tool, hit),
            needle: hit.needle,
            token: tokenOf(hit),
        });
    }
    return found;
}
function jobPushes(context) {
    return context.jobSteps.some((each) => stepCommands(each, context.scripts).some((command) => command.words[0] === 'git' && command.words[1] === 'push'));
}
function tokenOf({ entry, subject }) {
    const source = entry.token;
    if (source === 'other')
        return 'other';
    if (source === 'git-push')
        return gitPushToken(subject.step, subject.context);
    const value = (source.inputs ?? [])
        .map((input) => stepInput(subject.step, input))
        .find((v) => v !== undefined) ?? envValue(subject.step, ...(source.env ?? []));
    return tokenOfValue(value);
}
/** The credential `git push` uses in the step's job: actions/checkout's, unless the script sets its own. */
function gitPushToken(step, context) {
    const script = step.run ?? '';
    const secrets = credentialPaths(script).filter((path) => /^(secrets\.|steps\.)/.test(path));
    if (secrets.some((path) => !/^secrets\.GITHUB_TOKEN$/i.test(path)))
        return 'other';
    if (/x-access-token:\$|oauth2:\$|@github\.com.*\$\{?\w*(PAT|TOKEN)/i.test(script) &&
        !/\$\{?GITHUB_TOKEN\b/.test(script))
        return 'other';
    const checkout = context.jobSteps.find((each) => actionName(each.uses) === 'actions/checkout');
    if (checkout) {
        if (stepInput(checkout, 'ssh-key'))
            return 'other';
        const token = stepInput(checkout, 'token');
        if (token !== undefined)
            return tokenOfValue(token);
    }
    return 'github-token';
}

;// CONCATENATED MODULE: ./packages/release-tools/src/version-computers.ts
// Version computers: the steps that compute a date or a version and hand it on (an output, the
// env, a manifest). A version is computed once, before any approval wait; entries are in
// tools/<ecosystem>.ts.


const HANDS_ON = /GITHUB_OUTPUT|GITHUB_ENV|set-output|setOutput|exportVariable|version|tag/i;
const DATE_IN_CODE = /\bdatetime\.(now|utcnow|today)\s*\(|\bdate\.today\s*\(|\btime\.strftime\s*\(|\bnew Date\s*\(|\bDate\.now\s*\(/;
/** The first date or version a step computes and hands on, by the table; then dates in code. */
function version_computers_versionComputedIn(table, step, context) {
    const script = step.run ?? stepInput(step, 'script') ?? '';
    const handsOn = HANDS_ON.test(script);
    const hit = findHits(table, step, context).find((each) => handsOn || !each.entry.handsOn);
    if (hit)
        return { needle: hit.needle, what: hit.entry.what };
    const code = DATE_IN_CODE.exec(script);
    if (code && handsOn) {
        const line = script.split('\n').find((each) => DATE_IN_CODE.test(each)) ?? code[0];
        return { needle: line.trim(), what: 'date' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/release-tools/src/index.ts
// What release tools do, as tables: publishers (which registry, which credential), taggers (a
// git tag or a GitHub Release, with which token), version computers and test runners; the
// registries by name. Read from plain step text, so any workflow model can use them.
















/** The publishes a step makes (one step may publish to npm and PyPI). */
function publishesOf(step, context) {
    return publishesIn(PUBLISHERS, step, context);
}
/** The git tags and GitHub Releases a step creates. */
function tagCreationsOf(step, context) {
    return tagCreationsIn(TAGGERS, step, context);
}
/** A date or version computed by the step and handed on; with what. */
function versionComputedBy(step, context) {
    return versionComputedIn(VERSION_COMPUTERS, step, context);
}
/** The `uses:` or command by which a step runs tests, if it does. */
function testsRunBy(step, context) {
    return testsRunIn(TEST_RUNNERS, step, context);
}
/** Whether a command of the step runs tests. */
function isTestCommand(command, step, context) {
    return isTestCommandIn(TEST_RUNNERS, command, step, context);
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/inputs.ts



const GATE_MODES = ['auto', 'true', 'false'];
function parseRegistry(value) {
    const text = value ?? 'npm';
    if (isRegistryName(text)) {
        const { url } = REGISTRIES[text];
        return text === 'npm' ? { kind: 'npm', url } : { kind: 'pypi', name: text, uploadUrl: url };
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input registry is "${text}", which is neither npm, pypi, testpypi nor a URL. Use one of those, e.g. registry: npm.`, { input: 'registry' });
    }
    if (ecosystemOfUrl(url) === 'pypi') {
        return {
            kind: 'pypi',
            name: 'custom',
            uploadUrl: url.href.endsWith('/') ? url.href : `${url.href}/`,
        };
    }
    return { kind: 'npm', url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}
/**
 * Refuses a registry URL with credentials in it (`https://user:token@host/`): they are masked
 * first and never printed; the message shows the URL without them.
 */
function refuseRegistryCredentials(ctx, value) {
    if (value === undefined)
        return;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return;
    }
    if (!url.username && !url.password)
        return;
    const decode = (text) => {
        try {
            return decodeURIComponent(text);
        }
        catch {
            return text;
        }
    };
    for (const secret of [
        value,
        url.password,
        url.username,
        decode(url.password),
        decode(url.username),
    ])
        if (secret)
            ctx.setSecret(secret);
    const bare = `${url.protocol}//${url.host}${url.pathname}`;
    throw new src/* ConfigurationError */.j1(`Input registry is a URL with credentials in it (${redactUrl(value)}). publish-oidc publishes through OIDC only, and a credential in a workflow file is one that leaks: remove it from the URL, revoke it, and name the registry alone, e.g. registry: ${bare}.`, { input: 'registry' });
}
function parseInputs(ctx) {
    const registryInput = (0,src/* optionalInput */.$m)(ctx, 'registry');
    refuseRegistryCredentials(ctx, registryInput);
    const registry = parseRegistry(registryInput);
    return {
        registry,
        packages: (0,src/* multilineInput */.yw)(ctx, 'packages'),
        version: (0,src/* optionalInput */.$m)(ctx, 'version'),
        distTag: (0,src/* optionalInput */.$m)(ctx, 'dist-tag'),
        provenance: (0,src/* booleanInput */.tE)(ctx, 'provenance', true),
        skipExisting: (0,src/* booleanInput */.tE)(ctx, 'skip-existing', true),
        environments: (0,src/* multilineInput */.yw)(ctx, 'environment'),
        requireGate: (0,src/* enumInput */.gX)(ctx, 'require-gate', GATE_MODES, 'auto'),
        verify: (0,src/* booleanInput */.tE)(ctx, 'verify', true),
        verifyTimeoutSeconds: (0,src/* integerInput */.$A)(ctx, 'verify-timeout-seconds', {
            defaultValue: 120,
            min: 0,
            max: 3600,
        }),
        npmVersion: (0,src/* optionalInput */.$m)(ctx, 'npm-version') ?? '11.5.1',
        sha: (0,src/* optionalInput */.$m)(ctx, 'sha') ?? ctx.env.GITHUB_SHA,
        token: (0,src/* optionalInput */.$m)(ctx, 'token'),
        repository: (0,src/* repositoryInput */.JD)(ctx, false),
        workingDirectory: (0,src/* optionalInput */.$m)(ctx, 'working-directory') ?? '.',
    };
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/npm-clean-room.ts




async function createNpmCleanRoom(userconfigText = '') {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-npm-room-'));
    const cwd = (0,external_node_path_.join)(root, 'cwd');
    await (0,promises_.mkdir)(cwd);
    // Two files: npm refuses to load one file as both user and global config.
    const userconfig = (0,external_node_path_.join)(root, 'userconfig');
    const globalconfig = (0,external_node_path_.join)(root, 'globalconfig');
    await (0,promises_.writeFile)(userconfig, userconfigText, { mode: 0o600 });
    await (0,promises_.writeFile)(globalconfig, '', { mode: 0o600 });
    return {
        cwd,
        userconfig,
        globalconfig,
        args: ['--userconfig', userconfig, '--globalconfig', globalconfig, '--prefix', cwd],
        dispose: () => (0,promises_.rm)(root, { recursive: true, force: true }),
    };
}
/** npm settings in the environment that could carry a credential or send a publish elsewhere. */
function redirectsOrAuthenticates(name) {
    const rest = name.slice('npm_config_'.length);
    if (rest.startsWith('//'))
        return true;
    const key = rest.replace(/(?!^)_/g, '-').toLowerCase();
    return (isNpmAuthKey(key) ||
        key.endsWith(':registry') ||
        ['registry', 'userconfig', 'globalconfig', 'prefix', 'otp'].includes(key));
}
/**
 * The environment for an npm child: without token variables and credential or registry
 * settings, and without the runner's id-token request unless npm needs it (provenance).
 */
function npmChildEnvironment(env, options) {
    const child = {};
    for (const [name, value] of Object.entries(env)) {
        if (/^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN)$/i.test(name))
            continue;
        if (/^npm_config_/i.test(name) && redirectsOrAuthenticates(name))
            continue;
        if (!options.idToken && /^(ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)|NPM_ID_TOKEN)$/.test(name))
            continue;
        child[name] = value;
    }
    return child;
}
/** The install directory of the npm that `PATH` names (holding its builtin `npmrc`). */
async function npmInstallDir(env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        try {
            // bin/npm -> <npm>/bin/npm-cli.js
            return (0,external_node_path_.dirname)((0,external_node_path_.dirname)(await (0,promises_.realpath)((0,external_node_path_.join)(dir, 'npm'))));
        }
        catch {
            continue;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/npm-packages.ts






async function readPackageJson(dir) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The paths an entry names, each inside the workspace (links resolved). */
async function npm_packages_expand(workspace, pattern, cwd) {
    if (!/[*?[{]/.test(pattern)) {
        return [(0,src/* resolveInWorkspace */.z1)(workspace, pattern, { input: 'packages', base: cwd })];
    }
    return (0,src/* globInWorkspace */.xG)(workspace, pattern, { input: 'packages', cwd });
}
/** A private root with workspaces stands for its public workspace packages. */
async function workspaceDirs(workspace, dir, manifest) {
    const patterns = Array.isArray(manifest.workspaces)
        ? manifest.workspaces
        : (manifest.workspaces?.packages ?? []);
    const dirs = [];
    for (const pattern of patterns) {
        for (const candidate of await npm_packages_expand(workspace, pattern, dir)) {
            const child = await readPackageJson(candidate);
            if (child?.name && !child.private)
                dirs.push(candidate);
        }
    }
    return dirs;
}
/** The directories and tarballs the packages input names, workspaces expanded. */
async function resolvePackageSources(ctx, entries, cwd) {
    const sources = [];
    for (const entry of entries.length > 0 ? entries : ['.']) {
        const matches = await npm_packages_expand(ctx.workspace, entry, cwd);
        if (matches.length === 0) {
            throw new src/* ConfigurationError */.j1(`The packages entry ${entry} matches nothing in ${(0,external_node_path_.relative)(ctx.workspace, cwd) || '.'}. Build or pack the packages before this step, or fix the entry.`, { input: 'packages' });
        }
        for (const match of matches) {
            const info = await (0,promises_.stat)(match).catch(() => undefined);
            if (info === undefined) {
                throw new src/* ConfigurationError */.j1(`The packages entry ${entry} names ${(0,external_node_path_.relative)(ctx.workspace, match)}, which does not exist. Build or pack the packages before this step, or fix the entry.`, { input: 'packages' });
            }
            if (info.isFile()) {
                sources.push(match);
                continue;
            }
            const manifest = await readPackageJson(match);
            if (manifest === undefined) {
                throw new src/* ConfigurationError */.j1(`${(0,external_node_path_.relative)(ctx.workspace, match) || '.'} has no package.json, so it is not an npm package. Point packages at package directories or .tgz files.`, { input: 'packages' });
            }
            if (manifest.private && manifest.workspaces)
                sources.push(...(await workspaceDirs(ctx.workspace, match, manifest)));
            else if (manifest.private) {
                throw new src/* ConfigurationError */.j1(`${(0,external_node_path_.relative)(ctx.workspace, (0,external_node_path_.join)(match, 'package.json'))} is "private": true, so npm will not publish it. Remove private, or list the packages to publish.`, { input: 'packages' });
            }
            else
                sources.push(match);
        }
    }
    return [...new Set(sources)];
}
/** Credentials in the publishConfig of each package directory's package.json. */
async function publishConfigTokens(ctx, sources) {
    const found = [];
    for (const source of sources) {
        if (source.endsWith('.tgz'))
            continue;
        const file = (0,external_node_path_.join)(source, 'package.json');
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
        found.push(...findTokensInPublishConfig(text, (0,external_node_path_.relative)(ctx.workspace, file)));
    }
    return found;
}
/**
 * Packs a package directory into `destination` with `npm pack`, run in the directory (its scripts
 * and project .npmrc apply, as for `npm publish <dir>`) but with empty user and global configs, no
 * credentials in its environment and no way to request an OIDC token.
 */
async function packDirectory(ctx, npm, dir, display, destination) {
    const room = await createNpmCleanRoom();
    try {
        const packed = await ctx.exec(npm, [
            'pack',
            '--json',
            '--pack-destination',
            destination,
            '--userconfig',
            room.userconfig,
            '--globalconfig',
            room.globalconfig,
        ], { cwd: dir, env: npmChildEnvironment(ctx.env, { idToken: false }), silent: true });
        if (packed.exitCode !== 0) {
            throw new src/* ConfigurationError */.j1(`npm pack failed in ${display} (exit ${packed.exitCode}): ${packed.stderr.trim().split('\n').slice(-3).join(' ')}. Fix the package so that npm pack works.`, { input: 'packages' });
        }
        const [result] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
        return (0,external_node_path_.join)(destination, result?.filename ?? '');
    }
    finally {
        await room.dispose();
    }
}
/**
 * A package as it will be published: a .tgz read as is, a directory packed first, so that what is
 * checked (name, version, publishConfig, entries) is the very file npm uploads.
 */
async function readPackage(ctx, npm, source, destination) {
    const display = (0,external_node_path_.relative)(ctx.workspace, source) || '.';
    const tarball = source.endsWith('.tgz')
        ? source
        : await packDirectory(ctx, npm, source, display, destination);
    const { name, version, manifest, integrity, shasum, manifestText, manifestPath } = await readNpmTarball(tarball);
    refuseStaticTokens(findTokensInPublishConfig(manifestText, `${display}${source.endsWith('.tgz') ? '' : ' (packed)'}: ${manifestPath}`));
    return {
        source: display,
        path: tarball,
        name,
        version,
        manifest,
        packed: { integrity, shasum },
    };
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/outcome.ts
function reportOutcomes(ctx, outcomes) {
    const pick = (result) => JSON.stringify(outcomes.filter((outcome) => outcome.result === result).map((outcome) => outcome.id));
    ctx.setOutput('published', pick('published'));
    ctx.setOutput('skipped', pick('skipped'));
    ctx.setOutput('failed', pick('failed'));
    const icon = {
        published: '✅ published',
        skipped: '➖ skipped',
        failed: '❌ failed',
    };
    ctx.summary.table(['Package', 'Registry', 'Result', 'Detail'], outcomes.map((outcome) => [outcome.id, outcome.registry, icon[outcome.result], outcome.detail]));
    for (const outcome of outcomes) {
        const line = `${outcome.id} on ${outcome.registry}: ${outcome.result}. ${outcome.detail}`;
        if (outcome.result === 'failed')
            ctx.log.error(line);
        else
            ctx.log.info(line);
    }
}
/** Polls until `ready` says yes or the time is up; returns the seconds it took, or undefined. */
async function waitUntil(ready, timeoutSeconds) {
    const started = Date.now();
    for (let delay = 250;; delay = Math.min(delay * 2, 5000)) {
        if (await ready())
            return (Date.now() - started) / 1000;
        if (Date.now() - started + delay > timeoutSeconds * 1000)
            return undefined;
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/npm-publish.ts








async function fetchPackument(registry, name) {
    // Size and time limits are httpRequest's defaults (50 MiB, 120 s); a 429 or 5xx is retried.
    const response = await (0,src/* httpRequest */.aj)(new URL(escapePackageName(name), registry), {
        headers: { accept: 'application/json' },
        retries: 2,
    });
    if (response.status === 404)
        return undefined;
    if (!response.ok) {
        throw new Error(`${registry} answered HTTP ${response.status} when asked which versions of ${name} it has. Check that the registry input names an npm registry and that it is up, then rerun the job: what is already published is skipped.`);
    }
    return (await response.json());
}
/** The dist-tag for a version: a prerelease never goes to latest. */
function chooseDistTag(version, requested) {
    const natural = npmDistTag(version);
    if (requested === undefined)
        return natural;
    if (requested === 'latest' && natural !== 'latest') {
        throw new src/* ConfigurationError */.j1(`dist-tag is latest, but ${version} is a prerelease: npm would make every plain "npm install" pick it. Leave dist-tag out (${natural} is used) or choose another tag.`, { input: 'dist-tag' });
    }
    return requested;
}
/**
 * The version of the npm on PATH read from its package.json (bin/npm -> npm/bin/npm-cli.js),
 * which saves starting npm once; undefined when the layout is not the usual one.
 */
async function npmVersionOnPath(ctx) {
    for (const dir of (ctx.env.PATH ?? '').split(external_node_path_.delimiter)) {
        try {
            const cli = await (0,promises_.realpath)((0,external_node_path_.join)(dir, 'npm'));
            const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)((0,external_node_path_.dirname)(cli), '..', 'package.json'), 'utf8'));
            return manifest.name === 'npm' && manifest.version
                ? { exitCode: 0, stdout: manifest.version }
                : undefined;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** The npm to use: the runner's when new enough, else the minimum version in a temp prefix. */
async function ensureNpm(ctx, minimum) {
    const current = (await npmVersionOnPath(ctx)) ?? (await ctx.exec('npm', ['--version'], { silent: true }));
    const version = current.stdout.trim();
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
    const [wantMajor = 0, wantMinor = 0, wantPatch = 0] = minimum.split('.').map(Number);
    const newEnough = current.exitCode === 0 &&
        (major !== wantMajor
            ? major > wantMajor
            : minor !== wantMinor
                ? minor > wantMinor
                : patch >= wantPatch);
    if (newEnough)
        return 'npm';
    ctx.log.info(`npm ${version || '(none)'} is older than ${minimum}: installing npm@${minimum} in a temp prefix.`);
    const prefix = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-npm-'));
    const installed = await ctx.exec('npm', ['install', '--no-save', '--prefix', prefix, `npm@${minimum}`], {
        silent: true,
    });
    if (installed.exitCode !== 0) {
        throw new Error(`Could not install npm@${minimum}: ${installed.stderr.trim().split('\n').slice(-2).join(' ')}`);
    }
    return (0,external_node_path_.join)(prefix, 'node_modules', '.bin', 'npm');
}
/** npm's error code and message from its output (`npm error code E404` ...). */
function npmFailure(stderr) {
    const lines = stderr
        .split('\n')
        .filter((line) => /^npm (error|ERR!)/.test(line) && !/A complete log of this run/.test(line));
    const said = lines
        .slice(0, 4)
        .map((line) => line.replace(/^npm (error|ERR!)\s*/, ''))
        .join(' ') || stderr.trim().slice(-300);
    if (/generate provenance/i.test(said)) {
        return `${said} Provenance needs a public package from a public repository: set provenance: false for a private one.`;
    }
    if (/E404|E401|ENEEDAUTH/.test(said)) {
        return `${said} The registry refused the publish token: if this persists, compare the package's trusted publisher with the settings in this summary.`;
    }
    return said;
}
async function publishNpmPackage(ctx, inputs, pkg, context) {
    const registry = inputs.registry.url;
    const { name, version } = pkg;
    const outcome = (result, detail) => ({
        id: `${name}@${version}`,
        registry,
        result,
        detail,
    });
    // The registry's state and the publish token are fetched at once; the token is simply not used
    // (and an exchange failure not reported) when the version turns out to be there already.
    const exchange = requestIdToken(context.request, npmAudience(registry), (secret) => ctx.setSecret(secret)).then((idToken) => exchangeNpmToken({
        registry,
        packageName: name,
        idToken,
        claims: context.claims,
        mask: (secret) => ctx.setSecret(secret),
    }));
    exchange.catch(() => undefined);
    const existing = (await fetchPackument(registry, name))?.versions?.[version]?.dist;
    if (existing) {
        const { integrity, shasum } = pkg.packed;
        if (existing.integrity === integrity || (!existing.integrity && existing.shasum === shasum)) {
            return inputs.skipExisting
                ? outcome('skipped', 'already published with the same content')
                : outcome('failed', `${name}@${version} is already published (same content) and skip-existing is false.`);
        }
        return outcome('failed', `version ${version} of ${name} is already published with different content (registry ${existing.integrity ?? existing.shasum}, here ${integrity}); publish a new version.`);
    }
    const token = await exchange;
    const host = new URL(registry);
    // The only credential npm sees: the one just minted, for this registry, in a temp userconfig.
    const room = await createNpmCleanRoom(`registry=${registry}\n//${host.host}${host.pathname}:_authToken=${token}\n`);
    // A scope's registry setting (publishConfig, say) would send the publish elsewhere: pin it.
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
    try {
        const published = await ctx.exec(context.npm, [
            'publish',
            pkg.path,
            '--json',
            '--registry',
            registry,
            ...(scope ? [`--${scope}:registry=${registry}`] : []),
            '--tag',
            context.distTag,
            `--provenance=${inputs.provenance}`,
            ...room.args,
        ], {
            cwd: room.cwd,
            // npm runs its own exchange for provenance only; without it, it cannot ask for a token.
            env: npmChildEnvironment(ctx.env, { idToken: inputs.provenance }),
            silent: true,
        });
        if (published.exitCode !== 0) {
            return outcome('failed', `npm publish failed: ${npmFailure(published.stderr)}`);
        }
    }
    finally {
        await room.dispose();
    }
    if (!inputs.verify) {
        return outcome('published', `dist-tag ${context.distTag}; not verified (verify: false)`);
    }
    const integrity = pkg.packed.integrity;
    const seconds = await waitUntil(async () => (await fetchPackument(registry, name))?.versions?.[version]?.dist?.integrity === integrity, inputs.verifyTimeoutSeconds);
    return seconds === undefined
        ? outcome('failed', `published, but ${registry} did not serve ${version} with integrity ${integrity} within ${inputs.verifyTimeoutSeconds} s. Check the registry before publishing again.`)
        : outcome('published', `dist-tag ${context.distTag}; served with matching integrity after ${seconds.toFixed(1)} s`);
}
function checkVersions(packages, version) {
    for (const pkg of packages) {
        if (!pkg.name || !pkg.version) {
            throw new src/* ConfigurationError */.j1(`${pkg.source}: package.json has no ${pkg.name ? 'version' : 'name'}. Add it.`, {
                input: 'packages',
            });
        }
        if (version !== undefined && pkg.version !== version) {
            throw new src/* ConfigurationError */.j1(`${pkg.source} (${pkg.name}) has version ${pkg.version}, but this release is ${version}. Set the version in its package.json (validate-tag checks the manifests), or leave it out of packages.`, { input: 'version' });
        }
    }
}
/**
 * With provenance, npm refuses (E422) a package whose package.json repository is not the
 * repository the provenance names: say so before anything is uploaded.
 */
function checkRepositoryUrls(packages, repository) {
    if (!repository)
        return;
    const wanted = repository.toLowerCase();
    for (const pkg of packages) {
        const field = pkg.manifest.repository;
        const url = typeof field === 'string'
            ? field
            : typeof field === 'object' &&
                field !== null &&
                typeof field.url === 'string'
                ? field.url
                : undefined;
        const named = /github(?:\.com)?[:/]([^/]+\/[^/#]+?)(?:\.git)?(?:#.*)?$/i
            .exec(url ?? '')?.[1]
            ?.toLowerCase();
        if (named !== wanted) {
            throw new src/* ConfigurationError */.j1(`${pkg.source} (${pkg.name}): package.json's repository is ${url ?? 'not set'}, but provenance ties the package to ${repository}, and npm refuses the publish when they differ. Set "repository": { "type": "git", "url": "git+https://github.com/${repository}.git" }, or provenance: false.`, { input: 'provenance' });
        }
    }
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/pypi-publish.ts




/** The files PyPI has for a release, from its JSON API; empty when the release does not exist. */
async function releaseFiles(root, name, version) {
    // Size and time limits are httpRequest's defaults (50 MiB, 120 s); a 429 or 5xx is retried.
    const response = await (0,src/* httpRequest */.aj)(`${root}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`, { headers: { accept: 'application/json' }, retries: 2 });
    if (response.status === 404)
        return [];
    if (!response.ok)
        throw new Error(`${root} answered HTTP ${response.status} when asked which files ${name} ${version} has. Check that the registry input names PyPI, TestPyPI or an index with the PyPI JSON API and that it is up, then rerun the job: what is already published is skipped.`);
    return (await response.json()).urls ?? [];
}
/** Core metadata header -> legacy upload form field (what twine sends). */
const FORM_FIELDS = {
    'Metadata-Version': 'metadata_version',
    Summary: 'summary',
    'Home-page': 'home_page',
    Author: 'author',
    'Author-email': 'author_email',
    Maintainer: 'maintainer',
    'Maintainer-email': 'maintainer_email',
    License: 'license',
    'License-Expression': 'license_expression',
    Keywords: 'keywords',
    Classifier: 'classifiers',
    'Requires-Dist': 'requires_dist',
    'Requires-Python': 'requires_python',
    'Project-URL': 'project_urls',
    'Provides-Extra': 'provides_extra',
    'Description-Content-Type': 'description_content_type',
    Platform: 'platform',
    'Download-URL': 'download_url',
};
function uploadForm(dist) {
    const form = new FormData();
    form.append(':action', 'file_upload');
    form.append('protocol_version', '1');
    form.append('name', dist.name);
    form.append('version', dist.version);
    form.append('filetype', dist.filetype);
    form.append('pyversion', dist.pyversion);
    form.append('md5_digest', dist.md5);
    form.append('sha256_digest', dist.sha256);
    for (const [header, field] of Object.entries(FORM_FIELDS)) {
        for (const value of dist.metadata.fields.get(header) ?? [])
            form.append(field, value);
    }
    if (dist.metadata.description.trim())
        form.append('description', dist.metadata.description);
    form.append('content', new Blob([new Uint8Array(dist.data)]), dist.filename);
    return form;
}
/** Uploads one distribution through the legacy API, skipping it when PyPI has the same bytes. */
async function publishPythonDistribution(inputs, dist, token) {
    const root = pypiOidcRoot(inputs.registry.uploadUrl);
    const outcome = (result, detail) => ({
        id: `${dist.name}@${dist.version} (${dist.filename})`,
        registry: root,
        result,
        detail,
    });
    const existing = (await releaseFiles(root, dist.name, dist.version)).find((file) => file.filename === dist.filename);
    if (existing) {
        if (existing.digests?.sha256 === dist.sha256) {
            return inputs.skipExisting
                ? outcome('skipped', 'already uploaded with the same sha256')
                : outcome('failed', `${dist.filename} is already on ${root} (same content) and skip-existing is false.`);
        }
        return outcome('failed', `version ${dist.version} of ${dist.name} is already published with different content (${dist.filename}: sha256 ${existing.digests?.sha256 ?? '?'} there, ${dist.sha256} here); PyPI never accepts a file name twice: publish a new version.`);
    }
    const response = await fetch(inputs.registry.uploadUrl, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}` },
        body: uploadForm(dist),
    });
    if (!response.ok) {
        const text = (await response.text())
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        return outcome('failed', `upload refused: HTTP ${response.status} ${response.statusText}${text ? `: ${text.slice(0, 300)}` : ''}`);
    }
    if (!inputs.verify)
        return outcome('published', 'not verified (verify: false)');
    const seconds = await waitUntil(async () => (await releaseFiles(root, dist.name, dist.version)).some((file) => file.filename === dist.filename && file.digests?.sha256 === dist.sha256), inputs.verifyTimeoutSeconds);
    return seconds === undefined
        ? outcome('failed', `uploaded, but ${root} did not list ${dist.filename} with its sha256 within ${inputs.verifyTimeoutSeconds} s.`)
        : outcome('published', `served with matching sha256 after ${seconds.toFixed(1)} s`);
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/test-gate-check.ts

const GATE_CHECK_NAME = 'tokenless/test-gate';
/**
 * require-gate: a tokenless/test-gate check run on the commit must have concluded success.
 * `auto` requires it only when one exists; `true` requires that it exists.
 */
async function checkTestGate(ctx, inputs) {
    if (inputs.requireGate === 'false')
        return 'not required (require-gate: false)';
    const required = inputs.requireGate === 'true';
    const missing = !inputs.sha
        ? 'no sha'
        : !inputs.repository
            ? 'no GITHUB_REPOSITORY'
            : !inputs.token
                ? 'no token'
                : '';
    if (missing) {
        if (required) {
            throw new src/* ConfigurationError */.j1(`require-gate is true, but the test gate cannot be read: ${missing}. Pass sha and token (the job's GITHUB_TOKEN with checks: read).`, { input: 'require-gate' });
        }
        return `not checked (${missing})`;
    }
    const { createClientForAction, findCheckRun, httpStatus } = await Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(579)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5579));
    const client = createClientForAction({
        token: inputs.token ?? '',
        apiUrl: ctx.env.GITHUB_API_URL,
        log: ctx.log,
    });
    const sha = inputs.sha ?? '';
    let run;
    try {
        run = await findCheckRun(client, inputs.repository, sha, GATE_CHECK_NAME);
    }
    catch (error) {
        if (httpStatus(error) !== 403 || required) {
            const why = httpStatus(error) === 403 ? 'the token lacks checks: read' : String(error);
            throw new src/* ConfigurationError */.j1(`Could not read the ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)}: ${why}. Add "checks: read" to the publishing job's permissions.`, { input: 'require-gate' });
        }
        ctx.log.warning(`The ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)} could not be read (the token lacks checks: read), so the test gate was not enforced. Add "checks: read" to the publishing job's permissions.`);
        return 'not checked (no checks: read)';
    }
    if (run === undefined) {
        if (required) {
            throw new src/* ConfigurationError */.j1(`require-gate is true, but ${sha.slice(0, 7)} has no ${GATE_CHECK_NAME} check run: the tests did not run (or did not record) on this exact commit. Run test-gate on it first.`, { input: 'require-gate' });
        }
        return `no ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)}`;
    }
    if (run.conclusion !== 'success') {
        throw new src/* ConfigurationError */.j1(`The test gate on ${sha.slice(0, 7)} is ${run.conclusion ?? run.status} (${run.html_url ?? GATE_CHECK_NAME}): nothing is published for a commit whose tests did not pass. Fix the tests and release again.`, { input: 'require-gate' });
    }
    return `${GATE_CHECK_NAME} passed on ${sha.slice(0, 7)}`;
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/main.ts














/** npm publishes at once; each is one npm process waiting mostly on the registry. */
const NPM_CONCURRENCY = 4;
async function run(ctx) {
    const inputs = parseInputs(ctx);
    const cwd = (0,src/* resolveInWorkspace */.z1)(ctx.workspace, inputs.workingDirectory, {
        input: 'working-directory',
    });
    // The cheapest precondition first: without id-token: write nothing else matters.
    const request = checkCanRequestIdToken(ctx.env, ctx.event);
    const outcomes = inputs.registry.kind === 'npm'
        ? await publishToNpm(ctx, { ...inputs, registry: inputs.registry }, cwd, request)
        : await publishToPypi(ctx, { ...inputs, registry: inputs.registry }, cwd, request);
    reportOutcomes(ctx, outcomes);
    const failed = outcomes.filter((outcome) => outcome.result === 'failed');
    if (failed.length > 0) {
        throw new src/* ConfigurationError */.j1(`${failed.length} of ${outcomes.length} package(s) failed to publish: ${failed.map((outcome) => `${outcome.id}: ${outcome.detail.replace(/\.$/, '')}`).join(' | ')}. A rerun publishes only what is missing.`);
    }
}
/**
 * Refuses any static token in the environment, the .npmrc files npm would read started in any of
 * `dirs` (and the workspace), ~/.pypirc, and `more` (publishConfig), naming each, never its value.
 */
async function refuseTokensInReach(ctx, dirs, more = []) {
    const npmPath = await npmInstallDir(ctx.env);
    const found = await findStaticTokens({
        env: ctx.env,
        home: ctx.env.HOME ?? (0,external_node_os_.homedir)(),
        dirs: [...new Set([...dirs, ctx.workspace])],
        ...(npmPath === undefined ? {} : { npmPath }),
        execPath: process.execPath,
    });
    refuseStaticTokens([...found, ...more]);
}
function describeJob(ctx, claims, registry) {
    ctx.summary.heading('publish-oidc', 2);
    ctx.summary.table(['Claim', 'Value'], claimsTable(claims));
    ctx.summary.paragraph(`Trusted publisher this job matches on ${registry === 'npm' ? 'npm' : 'PyPI'}: ${describePublisher(publisherSettings(claims, registry))}.`);
}
async function publishToNpm(ctx, inputs, cwd, request) {
    const sources = await resolvePackageSources(ctx, inputs.packages, cwd);
    await refuseTokensInReach(ctx, [cwd, ...sources.map((source) => (source.endsWith('.tgz') ? (0,external_node_path_.dirname)(source) : source))], await publishConfigTokens(ctx, sources));
    const npm = await ensureNpm(ctx, inputs.npmVersion);
    // Directories are packed here: the tarball checked is the tarball published.
    const packedDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tokenless-packed-'));
    try {
        return await publishPackedToNpm(ctx, inputs, request, { npm, sources, packedDir });
    }
    finally {
        await (0,promises_.rm)(packedDir, { recursive: true, force: true });
    }
}
async function publishPackedToNpm(ctx, inputs, request, context) {
    const { npm, sources, packedDir } = context;
    const packages = [];
    for (const source of sources)
        packages.push(await readPackage(ctx, npm, source, packedDir));
    checkVersions(packages, inputs.version);
    const distTags = packages.map((pkg) => chooseDistTag(pkg.version, inputs.distTag));
    const probe = await requestIdToken(request, npmAudience(inputs.registry.url), (secret) => ctx.setSecret(secret));
    const claims = decodeClaims(probe);
    checkClaims(claims, { registry: 'npm', environments: inputs.environments });
    if (inputs.provenance)
        checkRepositoryUrls(packages, claims.repository);
    describeJob(ctx, claims, 'npm');
    ctx.summary.paragraph(`Test gate: ${await checkTestGate(ctx, inputs)}.`);
    // npm publish is mostly waiting on the registry: a few at once, in the packages' order.
    return (0,src/* mapWithConcurrency */.WS)(packages, NPM_CONCURRENCY, async (pkg, index) => {
        try {
            return await publishNpmPackage(ctx, inputs, pkg, {
                npm,
                request,
                claims,
                distTag: distTags[index] ?? 'latest',
            });
        }
        catch (error) {
            return {
                id: `${pkg.name}@${pkg.version}`,
                registry: inputs.registry.url,
                result: 'failed',
                detail: error instanceof Error ? error.message : String(error),
            };
        }
    });
}
async function publishToPypi(ctx, inputs, cwd, request) {
    await refuseTokensInReach(ctx, [cwd]);
    const files = [];
    for (const pattern of inputs.packages.length > 0 ? inputs.packages : ['dist/*']) {
        const matched = await (0,src/* globInWorkspace */.xG)(ctx.workspace, pattern, { input: 'packages', cwd });
        if (matched.length === 0) {
            throw new src/* ConfigurationError */.j1(`The packages entry ${pattern} matches no file. Build the distributions first (python -m build), or fix the entry.`, { input: 'packages' });
        }
        files.push(...matched.filter((file) => /\.(whl|tar\.gz)$/.test(file)).sort());
    }
    const dists = await Promise.all([...new Set(files)].map((file) => readPythonDistribution(file)));
    for (const dist of dists) {
        if (inputs.version !== undefined) {
            if (!versionsEquivalent(dist.version, inputs.version)) {
                throw new src/* ConfigurationError */.j1(`${dist.filename} is version ${dist.version}, but this release is ${inputs.version}. Rebuild it from the release commit, or leave it out of packages.`, { input: 'version' });
            }
        }
    }
    const root = pypiOidcRoot(inputs.registry.uploadUrl);
    const getIdToken = (audience) => requestIdToken(request, audience, (secret) => ctx.setSecret(secret));
    const audienceAnswer = await (0,src/* httpRequest */.aj)(`${root}/_/oidc/audience`, {
        maxBytes: 1024 * 1024,
        deadlineMs: 60_000,
    }).catch(() => undefined);
    const audience = (await audienceAnswer?.json().catch(() => ({})))?.audience;
    const claims = decodeClaims(await getIdToken(audience ?? 'pypi'));
    checkClaims(claims, { registry: 'pypi', environments: inputs.environments });
    describeJob(ctx, claims, 'pypi');
    ctx.summary.paragraph(`Test gate: ${await checkTestGate(ctx, inputs)}.`);
    // A fresh token for the mint: PyPI refuses a jti it has seen.
    const { token } = await mintPypiToken({
        uploadUrl: inputs.registry.uploadUrl,
        getIdToken,
        mask: (secret) => ctx.setSecret(secret),
    });
    const outcomes = [];
    for (const dist of dists) {
        try {
            outcomes.push(await publishPythonDistribution(inputs, dist, token));
        }
        catch (error) {
            outcomes.push({
                id: `${dist.name}@${dist.version} (${dist.filename})`,
                registry: root,
                result: 'failed',
                detail: error instanceof Error ? error.message : String(error),
            });
        }
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./actions/publish-oidc/src/index.ts


void (0,src/* runAction */.Cs)(run);

