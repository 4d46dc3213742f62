export const id = 711;
export const ids = [711];
export const modules = {

/***/ 711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rehearseCommand: () => (/* binding */ rehearseCommand)
/* harmony export */ });
function rehearseCommand(_args, io) {
    io.stderr.write('tokenless rehearse is not built yet.\n');
    return Promise.resolve(1);
}


/***/ })

};
