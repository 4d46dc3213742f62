export const id = 285;
export const ids = [285];
export const modules = {

/***/ 285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctorCommand: () => (/* binding */ doctorCommand)
/* harmony export */ });
function doctorCommand(_args, io) {
    io.stderr.write('tokenless doctor is not built yet.\n');
    return Promise.resolve(1);
}


/***/ })

};
