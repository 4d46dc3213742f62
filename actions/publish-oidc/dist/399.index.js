export const id = 399;
export const ids = [399];
export const modules = {

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishPythonDistribution: () => (/* binding */ publishPythonDistribution)
/* harmony export */ });
/* harmony import */ var _tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7709);
/* harmony import */ var _tokenless_artifacts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9425);
/* harmony import */ var _tokenless_oidc__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7922);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1813);




/** The files PyPI has for a release, from its JSON API; empty when the release does not exist. */
async function releaseFiles(root, name, version) {
    // Size and time limits are httpRequest's defaults (50 MiB, 120 s); a 429 or 5xx is retried.
    const response = await (0,_tokenless_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .aj)(`${root}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`, { headers: { accept: 'application/json' }, retries: 2 });
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
function uploadForm(dist, attestations) {
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
    if (attestations !== undefined)
        form.append('attestations', attestations);
    form.append('content', new Blob([new Uint8Array(dist.data)]), dist.filename);
    return form;
}
/** Uploads one distribution through the legacy API, skipping it when PyPI has the same bytes. */
async function publishPythonDistribution(inputs, dist, token, attestations) {
    const root = (0,_tokenless_oidc__WEBPACK_IMPORTED_MODULE_2__/* .pypiOidcRoot */ .YT)(inputs.registry.uploadUrl);
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
        body: uploadForm(dist, attestations),
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
    const seconds = await (0,_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .waitUntil */ .a)(async () => (await releaseFiles(root, dist.name, dist.version)).some((file) => file.filename === dist.filename && file.digests?.sha256 === dist.sha256), inputs.verifyTimeoutSeconds);
    return seconds === undefined
        ? outcome('failed', `uploaded, but ${root} did not list ${dist.filename} with its sha256 within ${inputs.verifyTimeoutSeconds} s.`)
        : outcome('published', `served with matching sha256 after ${seconds.toFixed(1)} s`);
}


/***/ })

};
