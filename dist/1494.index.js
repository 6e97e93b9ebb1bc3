export const id = 1494;
export const ids = [1494];
export const modules = {

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


/***/ }),

/***/ 51494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDeploymentFiles: () => (/* binding */ readDeploymentFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/settings/checkout-file.ts
var checkout_file = __webpack_require__(62812);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(33477);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/planned/cli-v2.ts
/**
 * Azure ML CLI v2 endpoint and deployment YAML files → planned resources (docs/planned.md).
 * Only the keys the checks read are validated; the published schemas have many more, and
 * those are left to `az ml` (Microsoft Learn: "CLI (v2) online endpoint YAML schema",
 * "CLI (v2) managed online deployment YAML schema", "CLI (v2) Kubernetes online deployment
 * YAML schema"). A file that cannot be judged is a ConfigurationError naming the file, the
 * line and the fix: a gate that skipped it would pass what it never saw.
 */



/** The four online schemas, by the file name of their `$schema` URL. */
const ONLINE_SCHEMAS = {
    managedOnlineEndpoint: { kind: 'onlineEndpoint', computeType: 'Managed' },
    kubernetesOnlineEndpoint: { kind: 'onlineEndpoint', computeType: 'Kubernetes' },
    managedOnlineDeployment: { kind: 'onlineDeployment', computeType: 'Managed' },
    kubernetesOnlineDeployment: { kind: 'onlineDeployment', computeType: 'Kubernetes' }
};
const SCHEMA_URL = /^https:\/\/[^/\s]+\/(?:[^\s]*\/)?([A-Za-z]+)\.schema\.json$/;
const EXAMPLE_SCHEMA = 'https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json';
/** Endpoint and deployment names: 3-32 letters, digits and hyphens, a letter first, no hyphen last. */
const NAME = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/;
const ON_OFF = ['enabled', 'disabled'];
const AUTH_MODES = ['key', 'aml_token', 'aad_token'];
/**
 * The planned resource a file declares, or a reason it is not one (another Azure ML
 * schema, such as an environment or a batch endpoint), or a ConfigurationError.
 */
function parsePlannedFile(file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(file.content, { lineCounter: lines, prettyErrors: false });
    const where = (line) => `\`deployment-files\`: ${(0,quote/* quote */.h)(file.path)}${line ? ` line ${line}` : ''}`;
    const lineOf = (offset) => offset === undefined ? 0 : lines.linePos(offset).line;
    const firstError = doc.errors[0];
    if (firstError) {
        throw new errors/* ConfigurationError */.j(`${where(lineOf(firstError.pos[0]))} is not valid YAML (${firstError.code}). Fix the file so that \`az ml\` can read it.`);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        throw new errors/* ConfigurationError */.j(`${where()} does not hold a YAML mapping. Name only Azure ML endpoint and deployment YAML files (keys such as \`$schema\`, \`name\`) in \`deployment-files\`.`);
    }
    const map = root;
    const pair = (key) => map.items.find(item => (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
    const lineOfKey = (key) => {
        const found = pair(key);
        return found && (0,dist/* isScalar */.jn)(found.key) ? lineOf(found.key.range?.[0]) : 0;
    };
    /** A scalar value as written, or undefined when the key is absent. */
    const scalar = (key) => {
        const found = pair(key);
        if (!found)
            return undefined;
        const line = lineOfKey(key);
        const value = (0,dist/* isScalar */.jn)(found.value) ? found.value.value : found.value;
        if (typeof value !== 'string' || value === '') {
            throw new errors/* ConfigurationError */.j(`${where(line)}: \`${key}\` is not a text value. Write it as in Microsoft's schema, e.g. \`${key}: ${example(key)}\`.`);
        }
        return { value, line };
    };
    const schemaField = scalar('$schema');
    if (!schemaField) {
        throw new errors/* ConfigurationError */.j(`${where()} has no \`$schema\`, so it cannot be told apart from other YAML. Add the line \`$schema: ${EXAMPLE_SCHEMA}\` (or the managedOnlineDeployment, kubernetesOnlineEndpoint or kubernetesOnlineDeployment schema), or leave the file out of \`deployment-files\`.`);
    }
    const schemaName = SCHEMA_URL.exec(schemaField.value)?.[1];
    if (!schemaName) {
        throw new errors/* ConfigurationError */.j(`${where(schemaField.line)}: \`$schema\` ${(0,quote/* quote */.h)(schemaField.value)} is not an https URL of an Azure ML schema. Use e.g. ${EXAMPLE_SCHEMA}.`);
    }
    if (!Object.hasOwn(ONLINE_SCHEMAS, schemaName)) {
        return {
            skipped: `${where()} declares the ${(0,quote/* quote */.h)(schemaName)} schema, not an online endpoint or deployment; it was not read.`
        };
    }
    const schema = schemaName;
    const { kind, computeType } = ONLINE_SCHEMAS[schema];
    const fields = { $schema: schemaField };
    const oneOf = (key, allowed) => {
        const field = scalar(key);
        if (!field)
            return undefined;
        const value = field.value.toLowerCase();
        if (!allowed.includes(value)) {
            throw new errors/* ConfigurationError */.j(`${where(field.line)}: \`${key}\` is ${(0,quote/* quote */.h)(field.value)}; Microsoft's ${schema} schema allows ${allowed.join(', ')}. Fix the value in the file.`);
        }
        fields[key] = field;
        return value;
    };
    const name = (key) => {
        const field = scalar(key);
        if (!field) {
            throw new errors/* ConfigurationError */.j(`${where()}: \`${key}\` is missing; Microsoft's ${schema} schema requires it. Add \`${key}: <name>\`.`);
        }
        if (!NAME.test(field.value)) {
            throw new errors/* ConfigurationError */.j(`${where(field.line)}: \`${key}\` ${(0,quote/* quote */.h)(field.value)} is not a valid online endpoint or deployment name (3-32 letters, digits and hyphens, starting with a letter, not ending with a hyphen). Fix the name in the file.`);
        }
        fields[key] = field;
        return field.value;
    };
    const resourceName = name('name');
    oneOf('auth_mode', AUTH_MODES);
    const resource = {
        kind,
        schema,
        file: file.path,
        line: fields['name']?.line ?? 0,
        name: resourceName,
        computeType,
        fields
    };
    if (kind === 'onlineEndpoint') {
        const access = oneOf('public_network_access', ON_OFF);
        if (access)
            resource.publicNetworkAccess = access === 'enabled' ? 'Enabled' : 'Disabled';
        const compute = scalar('compute');
        if (computeType === 'Managed' && compute) {
            throw new errors/* ConfigurationError */.j(`${where(compute.line)}: \`compute\` is set, but a managed online endpoint runs on Azure's managed compute (Microsoft's endpoint schema: do not set it for managed endpoints). Remove it, or use the kubernetesOnlineEndpoint schema for an endpoint on an attached Kubernetes compute.`);
        }
        if (computeType === 'Kubernetes') {
            if (!compute) {
                throw new errors/* ConfigurationError */.j(`${where()}: \`compute\` is missing; a Kubernetes online endpoint names the attached Kubernetes compute it runs on. Add \`compute: azureml:<compute-name>\`.`);
            }
            const computeName = compute.value.replace(/^azureml:/i, '');
            if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/.test(computeName)) {
                throw new errors/* ConfigurationError */.j(`${where(compute.line)}: \`compute\` ${(0,quote/* quote */.h)(compute.value)} is not the name of a compute (\`azureml:<compute-name>\`). Fix it in the file.`);
            }
            fields['compute'] = compute;
            resource.compute = computeName;
        }
    }
    else {
        resource.endpointName = name('endpoint_name');
        const egress = oneOf('egress_public_network_access', ON_OFF);
        if (egress)
            resource.egressPublicNetworkAccess = egress === 'enabled' ? 'Enabled' : 'Disabled';
    }
    return resource;
}
function example(key) {
    if (key === '$schema')
        return EXAMPLE_SCHEMA;
    if (key === 'compute')
        return 'azureml:<compute-name>';
    if (key.endsWith('network_access'))
        return 'disabled';
    if (key === 'auth_mode')
        return 'aml_token';
    return '<name>';
}
/** Every planned resource of the files, in file order; names declared twice are refused. */
function parsePlannedFiles(files) {
    const resources = [];
    const notes = [];
    const seen = new Map();
    for (const file of files) {
        const parsed = parsePlannedFile(file);
        if ('skipped' in parsed) {
            notes.push(parsed.skipped);
            continue;
        }
        const key = `${parsed.kind}/${parsed.endpointName?.toLowerCase() ?? ''}/${parsed.name.toLowerCase()}`;
        const earlier = seen.get(key);
        if (earlier) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${(0,quote/* quote */.h)(parsed.file)} line ${parsed.line} and ${(0,quote/* quote */.h)(earlier.file)} line ${earlier.line} both declare ${parsed.kind === 'onlineEndpoint' ? 'endpoint' : 'deployment'} ${(0,quote/* quote */.h)(parsed.name)}; which one is deployed depends on the workflow's order. Name only the files the workflow deploys.`);
        }
        seen.set(key, parsed);
        resources.push(parsed);
    }
    return { resources, notes };
}

;// CONCATENATED MODULE: ./src/settings/deployment-files.ts
/**
 * Reads the `deployment-files` globs from the workspace checkout and parses them
 * (src/planned/cli-v2.ts) into the snapshot's `planned` part. The paths come from the
 * workflow, and the files from the pull request: a match outside GITHUB_WORKSPACE (a
 * `..` pattern, an absolute one, a symbolic link leading out) is refused, not read.
 */






/** Endpoint and deployment files are a few hundred bytes; a larger match is not one. */
const MAX_FILE_BYTES = 256 * 1024;
const MAX_FILES = 200;
async function readDeploymentFiles(patterns, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    if (patterns.length === 0)
        return undefined;
    const root = await (0,checkout_file/* checkoutRoot */.Re)(workspace);
    const inside = (file) => (0,checkout_file/* insideCheckout */.F_)(root, file);
    // Each pattern relative to the checkout, refused when it points out of it.
    const relative = patterns.map(p => {
        const negated = p.startsWith('!');
        const body = negated ? p.slice(1) : p;
        const resolved = external_node_path_default().resolve(root, body);
        const within = inside(resolved);
        if (!negated && !within && resolved !== root) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: the pattern ${(0,quote/* quote */.h)(p)} points outside the workspace checkout. Name the files relative to the repository root, such as deploy/endpoint.yml or deploy/**/*.yml.`);
        }
        // A negation outside the checkout excludes nothing inside it.
        return { negated, body: resolved === root ? '**' : within };
    });
    const matched = [...(await matchFiles(root, relative))].sort();
    if (matched.length === 0) {
        throw new errors/* ConfigurationError */.j(`\`deployment-files\`: no file matched ${patterns.map(quote/* quote */.h).join(', ')}. Check the paths (relative to the repository root) and that the job checks the repository out before this step; or leave the input empty to judge only what is live.`);
    }
    if (matched.length > MAX_FILES) {
        throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${matched.length} files matched; at most ${MAX_FILES} are read. Name only the endpoint and deployment files the workflow deploys.`);
    }
    const files = [];
    for (const file of matched) {
        const shown = inside(file) ?? file;
        // A symbolic link inside the checkout may lead out of it.
        const real = inside(await (0,promises_.realpath)(file));
        if (!real) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${(0,quote/* quote */.h)(shown)} resolves outside the workspace checkout (a symbolic link?); it was not read. Name files of the repository only.`);
        }
        const info = await (0,promises_.stat)(file);
        if (info.size > MAX_FILE_BYTES) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${(0,quote/* quote */.h)(shown)} is larger than 256 KiB, which no endpoint or deployment file is. Leave it out of the patterns.`);
        }
        files.push({ path: shown, content: await (0,promises_.readFile)(file, 'utf8') });
    }
    const { resources, notes } = parsePlannedFiles(files);
    return { planned: { files: files.map(f => f.path), resources }, notes };
}
/**
 * The files the patterns match, with @actions/glob's semantics (patterns in order, a `!` one
 * removes what the earlier ones matched, a later one adds again; `**`; hidden files; a
 * directory matches the files under it; no braces or extglobs) through tinyglobby, which
 * writes nothing: @actions/glob logs `::debug::` lines to stdout, where the CLI's report goes.
 */
async function matchFiles(root, patterns) {
    const { glob } = await __webpack_require__.e(/* import() */ 6448).then(__webpack_require__.bind(__webpack_require__, 76448));
    const matched = new Set();
    for (const { negated, body } of patterns) {
        if (body === undefined)
            continue;
        const found = await glob(body, {
            cwd: root,
            absolute: true,
            dot: true,
            braceExpansion: false,
            extglob: false,
            expandDirectories: true,
            followSymbolicLinks: true,
            onlyFiles: true,
            // Not from TINYGLOBBY_DEBUG: its lines go to stdout.
            debug: false
        });
        for (const file of found.map(f => external_node_path_default().resolve(f))) {
            if (negated)
                matched.delete(file);
            else
                matched.add(file);
        }
    }
    return matched;
}


/***/ })

};
