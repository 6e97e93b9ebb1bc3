export const id = 2512;
export const ids = [2512];
export const modules = {

/***/ 82512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readIacFiles: () => (/* binding */ readIacFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reads the `iac-files` globs from the workspace: the thin, impure side of
 * src/report/iac.ts. Paths come back relative to GITHUB_WORKSPACE with `/`
 * separators, which is what annotations (`file=`) and SARIF URIs expect.
 */


/** Larger files are skipped: IaC files are small, and a huge match would only be a generated one. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 500;
async function readIacFiles(patterns, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    const notes = [];
    if (patterns.length === 0)
        return { files: [], notes };
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    // Globs are relative to the workspace, like every other path a workflow names.
    const absolute = patterns.map(p => {
        const negated = p.startsWith('!');
        const body = negated ? p.slice(1) : p;
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(body) ? body : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, body);
        return (negated ? '!' : '') + resolved;
    });
    // Loaded only when iac-files is set.
    const glob = await __webpack_require__.e(/* import() */ 3324).then(__webpack_require__.bind(__webpack_require__, 43324));
    const globber = await glob.create(absolute.join('\n'), { matchDirectories: false });
    const matched = (await globber.glob()).sort();
    const files = [];
    for (const file of matched) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
        if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
            notes.push(`iac-files: ${file} is outside the workspace; annotations can only point into it.`);
            continue;
        }
        if (files.length >= MAX_FILES) {
            notes.push(`iac-files: matched more than ${MAX_FILES} files; the rest were not read.`);
            break;
        }
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (info.size > MAX_FILE_BYTES) {
            notes.push(`iac-files: ${relative} is larger than 2 MiB and was not read.`);
            continue;
        }
        files.push({ path: relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8') });
    }
    if (files.length === 0)
        notes.push(`iac-files: no file matched ${patterns.join(', ')}.`);
    return { files, notes };
}


/***/ })

};
