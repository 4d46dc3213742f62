import { blake2b } from '@noble/hashes/blake2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * The hex BLAKE2b-256 digest of `data` (PyPI's `blake2_256_digest`, JSON `blake2b_256`): Python's
 * `hashlib.blake2b(digest_size=32)`. Node's `blake2b512` cannot give it: the digest length is part
 * of BLAKE2's parameter block, so a truncated 64-byte digest differs, and OpenSSL refuses
 * `outputLength: 32` (ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH).
 */
export function blake2b256Hex(data: Uint8Array): string {
  return bytesToHex(blake2b(data, { dkLen: 32 }))
}
