/**
 * BLAKE2b (RFC 7693) with a 32-byte digest, as PyPI's `blake2_256` (Python's
 * `hashlib.blake2b(digest_size=32)`). Node's OpenSSL offers only the 64-byte variant, whose output
 * differs (the digest length is part of the parameter block), so this is written out. 64-bit words
 * are kept as pairs of 32-bit halves: low at even, high at odd indices.
 */

const IV = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
])

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
]

const OUT_LENGTH = 32

/** `v[a] += v[b]` on 64-bit words given by their index in 32-bit halves. */
function add(v: Uint32Array, a: number, b: number): void {
  const lo = (v[a]! + v[b]!) >>> 0
  v[a + 1] = (v[a + 1]! + v[b + 1]! + (lo < v[a]! ? 1 : 0)) >>> 0
  v[a] = lo
}

/** `v[a] += m` where m is the message word pair at `m[i], m[i + 1]`. */
function addMessage(v: Uint32Array, a: number, m: Uint32Array, i: number): void {
  const lo = (v[a]! + m[i]!) >>> 0
  v[a + 1] = (v[a + 1]! + m[i + 1]! + (lo < v[a]! ? 1 : 0)) >>> 0
  v[a] = lo
}

/** `v[d] = rotr64(v[d] ^ v[a], n)`. */
function xorRotate(v: Uint32Array, d: number, a: number, n: number): void {
  const lo = v[d]! ^ v[a]!
  const hi = v[d + 1]! ^ v[a + 1]!
  if (n === 32) {
    v[d] = hi
    v[d + 1] = lo
  } else if (n < 32) {
    v[d] = ((lo >>> n) | (hi << (32 - n))) >>> 0
    v[d + 1] = ((hi >>> n) | (lo << (32 - n))) >>> 0
  } else {
    const k = n - 32
    v[d] = ((hi >>> k) | (lo << (32 - k))) >>> 0
    v[d + 1] = ((lo >>> k) | (hi << (32 - k))) >>> 0
  }
}

function mix(
  v: Uint32Array,
  m: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
): void {
  add(v, a, b)
  addMessage(v, a, m, x)
  xorRotate(v, d, a, 32)
  add(v, c, d)
  xorRotate(v, b, c, 24)
  add(v, a, b)
  addMessage(v, a, m, y)
  xorRotate(v, d, a, 16)
  add(v, c, d)
  xorRotate(v, b, c, 63)
}

function compress(h: Uint32Array, block: Uint8Array, counter: number, last: boolean): void {
  const v = new Uint32Array(32)
  const m = new Uint32Array(32)
  v.set(h, 0)
  v.set(IV, 16)
  v[24] = (v[24]! ^ counter) >>> 0
  v[25] = (v[25]! ^ Math.floor(counter / 0x100000000)) >>> 0
  if (last) {
    v[28] = ~v[28]! >>> 0
    v[29] = ~v[29]! >>> 0
  }
  for (let i = 0; i < 32; i++) {
    const o = i * 4
    m[i] = (block[o]! | (block[o + 1]! << 8) | (block[o + 2]! << 16) | (block[o + 3]! << 24)) >>> 0
  }
  for (const s of SIGMA) {
    mix(v, m, 0, 8, 16, 24, s[0]! * 2, s[1]! * 2)
    mix(v, m, 2, 10, 18, 26, s[2]! * 2, s[3]! * 2)
    mix(v, m, 4, 12, 20, 28, s[4]! * 2, s[5]! * 2)
    mix(v, m, 6, 14, 22, 30, s[6]! * 2, s[7]! * 2)
    mix(v, m, 0, 10, 20, 30, s[8]! * 2, s[9]! * 2)
    mix(v, m, 2, 12, 22, 24, s[10]! * 2, s[11]! * 2)
    mix(v, m, 4, 14, 16, 26, s[12]! * 2, s[13]! * 2)
    mix(v, m, 6, 8, 18, 28, s[14]! * 2, s[15]! * 2)
  }
  for (let i = 0; i < 16; i++) h[i] = (h[i]! ^ v[i]! ^ v[i + 16]!) >>> 0
}

/** The hex BLAKE2b-256 digest of `data` (PyPI's `blake2_256_digest`, JSON `blake2b_256`). */
export function blake2b256Hex(data: Uint8Array): string {
  const h = new Uint32Array(IV)
  h[0] = (h[0]! ^ 0x01010000 ^ OUT_LENGTH) >>> 0
  const block = new Uint8Array(128)
  let offset = 0
  // Every full block but the last is compressed as it comes; the last (possibly empty) one is
  // padded with zeros and flagged.
  while (data.length - offset > 128) {
    compress(h, data.subarray(offset, offset + 128), offset + 128, false)
    offset += 128
  }
  block.set(data.subarray(offset))
  compress(h, block, data.length, true)
  const out = Buffer.alloc(OUT_LENGTH)
  for (let i = 0; i < OUT_LENGTH / 4; i++) out.writeUInt32LE(h[i]!, i * 4)
  return out.toString('hex')
}
