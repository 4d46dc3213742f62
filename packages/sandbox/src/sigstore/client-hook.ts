/**
 * A preload (`node --require`) for sigstore-js clients that have no setting for Sigstore's URLs,
 * the npm CLI first: npm signs provenance with `sigstore.attest` against fulcio.sigstore.dev and
 * rekor.sigstore.dev, and `npm audit signatures` reads the trust root from Sigstore's TUF CDN,
 * neither of which npm lets a user change. The hook, only when the sandbox's variables are set,
 * points `attest`/`sign` at the stand-in and answers `@sigstore/tuf`'s `trusted_root.json` with
 * the stand-in's root (other TUF targets, such as a registry's keys.json, are "not found", as on
 * Sigstore's TUF for any registry but npmjs.org). Everything else in the client is the real one.
 */
export const CLIENT_HOOK_SOURCE = `'use strict'
const Module = require('node:module')
const { readFileSync } = require('node:fs')
const url = process.env.TOKENLESS_SANDBOX_SIGSTORE_URL
const rootPath = process.env.TOKENLESS_SANDBOX_SIGSTORE_TRUSTED_ROOT
if (url && rootPath) {
  const wrapped = new WeakMap()
  const load = Module._load
  const notFound = (name) =>
    Object.assign(new Error('target ' + name + ' not found (tokenless sandbox TUF)'), {
      code: 'TUF_FIND_TARGET_ERROR',
    })
  // The modules' exports are getters: the hook hands out a copy with its own functions.
  const copy = (loaded, overrides) => {
    const out = {}
    for (const key of Object.getOwnPropertyNames(loaded)) out[key] = loaded[key]
    return Object.assign(out, overrides)
  }
  const sigstoreCopy = (sigstore) => {
    const where = { fulcioURL: url, rekorURL: url }
    return copy(sigstore, {
      attest: (payload, type, options = {}) => sigstore.attest(payload, type, { ...options, ...where }),
      sign: (payload, options = {}) => sigstore.sign(payload, { ...options, ...where }),
    })
  }
  const tufCopy = (tuf, requireNear) => {
    const text = () => readFileSync(rootPath, 'utf8')
    const client = {
      refresh: async () => undefined,
      getTarget: async (name) => {
        if (name === 'trusted_root.json') return text()
        throw notFound(name)
      },
    }
    return copy(tuf, {
      initTUF: async () => client,
      getTrustedRoot: async () =>
        requireNear('@sigstore/protobuf-specs').TrustedRoot.fromJSON(JSON.parse(text())),
    })
  }
  Module._load = function (request, parent, isMain) {
    const loaded = load.call(this, request, parent, isMain)
    if (request !== 'sigstore' && request !== '@sigstore/tuf') return loaded
    if (!loaded || typeof loaded !== 'object') return loaded
    if (!wrapped.has(loaded)) {
      wrapped.set(
        loaded,
        request === 'sigstore'
          ? sigstoreCopy(loaded)
          : tufCopy(loaded, Module.createRequire(Module._resolveFilename(request, parent, isMain))),
      )
    }
    return wrapped.get(loaded)
  }
}
`
