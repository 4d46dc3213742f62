export const id = 374;
export const ids = [374];
export const modules = {

/***/ 9993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestDistributions: () => (/* binding */ attestDistributions),
/* harmony export */   sigstoreUrls: () => (/* binding */ sigstoreUrls)
/* harmony export */ });
/* unused harmony exports PYPI_PUBLISH_PREDICATE, publishStatement */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5179);
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7709);



/** PyPI's publish attestation predicate (https://docs.pypi.org/attestations/publish/v1). */
const PYPI_PUBLISH_PREDICATE = 'https://docs.pypi.org/attestations/publish/v1';
function sigstoreUrls(env) {
    const sandbox = env.TOKENLESS_SANDBOX_SIGSTORE_URL;
    return sandbox
        ? { fulcio: sandbox, rekor: sandbox }
        : { fulcio: _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FULCIO_URL */ .jl, rekor: _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REKOR_URL */ .AD };
}
/** The in-toto statement PyPI attests: the file name and its sha256, PyPI's publish predicate. */
function publishStatement(dist) {
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: dist.filename, digest: { sha256: dist.sha256 } }],
        predicateType: PYPI_PUBLISH_PREDICATE,
        predicate: null,
    };
}
/**
 * A PEP 740 attestation for each distribution (the `attestations` upload field: a JSON list),
 * signed keylessly with Sigstore from the job's OIDC token of audience `sigstore`. Everything is
 * signed before anything is uploaded: when Sigstore cannot sign, nothing is uploaded.
 * @throws ConfigurationError naming the file and Sigstore's answer.
 */
async function attestDistributions(dists, options) {
    let token;
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({
        signer: new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .FulcioSigner */ .$o({
            fulcioBaseURL: options.urls.fulcio,
            identityProvider: { getToken: () => (token ??= options.getIdToken('sigstore')) },
        }),
        witnesses: [new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .RekorWitness */ .fU({ rekorBaseURL: options.urls.rekor, entryType: 'dsse' })],
    });
    const attestations = new Map();
    for (const dist of dists) {
        let bundle;
        try {
            bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(await builder.create({
                data: Buffer.from(JSON.stringify(publishStatement(dist))),
                type: 'application/vnd.in-toto+json',
            }));
        }
        catch (error) {
            const said = error instanceof Error ? error.message : String(error);
            throw new _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Could not sign the PEP 740 attestation of ${dist.filename} with Sigstore (${options.urls.fulcio}): ${said}. Nothing was uploaded: attestations are never dropped silently. Rerun the job when Sigstore answers again (https://status.sigstore.dev), or set attestations: false with a comment saying why.`, { input: 'attestations' });
        }
        const material = bundle.verificationMaterial;
        const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
        attestations.set(dist.filename, JSON.stringify([
            {
                version: 1,
                verification_material: {
                    certificate,
                    transparency_entries: material.tlogEntries,
                },
                envelope: {
                    statement: bundle.dsseEnvelope.payload,
                    signature: bundle.dsseEnvelope.signatures[0]?.sig,
                },
            },
        ]));
    }
    return attestations;
}


/***/ })

};
