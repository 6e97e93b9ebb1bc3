export const id = 4218;
export const ids = [4218];
export const modules = {

/***/ 84218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_TEMPLATE_BYTES: () => (/* binding */ MAX_TEMPLATE_BYTES),
/* harmony export */   deploymentParameters: () => (/* binding */ deploymentParameters),
/* harmony export */   jsonErrorPosition: () => (/* binding */ jsonErrorPosition),
/* harmony export */   readArmTemplate: () => (/* binding */ readArmTemplate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _checkout_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62812);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87206);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33477);
/**
 * Reads `arm-template` (a compiled ARM template: Bicep users run `az bicep build` first) and
 * `arm-parameters` from the workspace checkout, before any Azure request, for Azure's what-if
 * (src/collect/read-what-if.ts). The paths come from the workflow and the files from the pull
 * request: a path outside GITHUB_WORKSPACE (`..`, absolute, a symbolic link leading out) is
 * refused, not read. Problems stop the run with the input, the file, the line and the fix.
 */




/** ARM's own limit on a template (Microsoft Learn, "Resolve errors for job size exceeded"). */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
async function readArmTemplate(templatePath, parametersPath, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    if (!templatePath)
        return undefined;
    const root = await (0,_checkout_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkoutRoot */ .Re)(workspace);
    const template = await readJson('arm-template', templatePath, root);
    if (!isObject(template.value) || !('resources' in template.value)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`arm-template\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(template.file)} is not an ARM template (a JSON object with \`$schema\` and \`resources\`). Name the JSON that \`az bicep build --file main.bicep\` writes (main.json), not the .bicep file or a parameters file.`);
    }
    if (!parametersPath)
        return { file: template.file, template: template.value };
    const parameters = await readJson('arm-parameters', parametersPath, root);
    return {
        file: template.file,
        template: template.value,
        parameters: deploymentParameters(parameters.value, parameters.file)
    };
}
/**
 * A deployment parameters file (`{ $schema, contentVersion, parameters: { name: { value } } }`)
 * or its plain `parameters` object: the `{ name: { value } }` ARM's REST API takes.
 */
function deploymentParameters(value, file) {
    const fix = `Use a deployment parameters file ({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": {"name": {"value": ...}}}); for a .bicepparam file run \`az bicep build-params\` first.`;
    if (!isObject(value)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`arm-parameters\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(file)} does not hold a JSON object. ${fix}`);
    }
    // A plain object may hold a parameter named `parameters`, but then with a `value`.
    const inner = value['parameters'];
    const wrapped = isObject(inner) && !('value' in inner || 'reference' in inner);
    const parameters = wrapped ? value['parameters'] : value;
    for (const [name, entry] of Object.entries(parameters)) {
        if (!isObject(entry) || !('value' in entry || 'reference' in entry)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`arm-parameters\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(file)}: the parameter ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(name)} has no \`value\` (or Key Vault \`reference\`). ${fix}`);
        }
    }
    return parameters;
}
async function readJson(input, given, root) {
    const { shown, real } = await (0,_checkout_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkoutFile */ .ni)(root, given, {
        input,
        outside: 'Name the file relative to the repository root, such as infra/main.json.',
        missing: `Check the path (relative to the repository root) and that the job checks the repository out${input === 'arm-template' ? ' and runs `az bicep build` before this step' : ''}.`,
        symlink: 'Name a file of the repository.',
        notFile: 'Name the JSON file.',
        maxBytes: MAX_TEMPLATE_BYTES,
        tooLarge: bytes => `is ${bytes} bytes, more than the 4 MiB Azure Resource Manager accepts for a deployment. Split the template into modules, or name the compiled template of this deployment only.`
    });
    // Editors on Windows may write a byte order mark; JSON.parse refuses it.
    const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(real, 'utf8')).replace(/^\uFEFF/, '');
    try {
        return { file: shown, value: JSON.parse(text) };
    }
    catch (error) {
        const at = jsonErrorPosition(error, text);
        // The position is said as line and column; V8's own words for it are left out.
        const what = errorText(error).replace(/ in JSON at position \d+( \(line \d+ column \d+\))?/, '');
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`${input}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(shown)}${at ? ` line ${at.line} column ${at.column}` : ''} is not valid JSON (${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(what)}). ${input === 'arm-template' ? 'Name the JSON that `az bicep build --file main.bicep` writes; ARM templates with comments are not read, compile or strip them first.' : 'Fix the file, or name the parameters file `az bicep build-params` writes.'}`);
    }
}
/** Line and column (1-based) of a JSON.parse error, from the position V8 names. */
function jsonErrorPosition(error, text) {
    const message = errorText(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn)
        return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    const position = /position (\d+)/.exec(message);
    const offset = position
        ? Number(position[1])
        : /end of JSON input/.test(message)
            ? text.length
            : undefined;
    if (offset === undefined)
        return undefined;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function errorText(error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 quotes a slice of the file: untrusted text, kept short and on one line.
    return message.replace(/\s+/g, ' ').slice(0, 200);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 62812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ insideCheckout),
/* harmony export */   Re: () => (/* binding */ checkoutRoot),
/* harmony export */   ni: () => (/* binding */ checkoutFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87206);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33477);
/**
 * Files a workflow names for the run to read (planned inputs): the path comes from the workflow
 * and the file from the pull request, so only a file inside the workspace checkout is read. A
 * path that resolves outside it (`..`, an absolute path elsewhere, a symbolic link leading out)
 * is refused with a ConfigurationError naming the input.
 */




/** The checkout's real path: the root every planned input is relative to. */
async function checkoutRoot(workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace));
}
/** `file` relative to the checkout with `/` separators, or undefined when it is outside. */
function insideCheckout(root, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    return relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)
        ? undefined
        : relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/** A named file of the checkout: how it is shown (relative) and its real path, or a refusal. */
async function checkoutFile(root, given, words) {
    const refuse = (shown, sentence) => new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`${words.input}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(shown)} ${sentence}`);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, given);
    const shown = insideCheckout(root, resolved);
    if (!shown)
        throw refuse(given, `points outside the workspace checkout. ${words.outside}`);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(resolved);
    }
    catch {
        throw refuse(shown, `does not exist. ${words.missing}`);
    }
    // A symbolic link inside the checkout may lead out of it.
    if (!insideCheckout(root, real)) {
        throw refuse(shown, `resolves outside the workspace checkout (a symbolic link?); it was not read. ${words.symlink}`);
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
    if (!info.isFile())
        throw refuse(shown, `is not a file. ${words.notFile}`);
    if (info.size > words.maxBytes)
        throw refuse(shown, words.tooLarge(info.size));
    return { shown, real };
}


/***/ })

};
