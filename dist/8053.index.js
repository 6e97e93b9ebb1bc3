export const id = 8053;
export const ids = [8053,6763,6106];
export const modules = {

/***/ 86763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applySuppressions: () => (/* binding */ applySuppressions),
/* harmony export */   isExpired: () => (/* binding */ isExpired),
/* harmony export */   parseSuppressions: () => (/* binding */ parseSuppressions),
/* harmony export */   suppressionNotes: () => (/* binding */ suppressionNotes)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33477);
/**
 * Suppressions: accepted risks, committed to the repository in the config file
 * (`config-file`, default `.github/aml-inference-guard.yml`):
 *
 *   suppressions:
 *     - check: MOE-06
 *       reason: Internet outbound is accepted for the dev workspace (ticket SEC-123)
 *       resources: [ml-ws]     # optional: resource names or ids, case-insensitive
 *       expires: 2027-03-31    # optional: the last day the suppression applies
 *
 * Pure: `parseSuppressions` turns the file's text into suppressions (or one
 * `ConfigurationError` listing every problem with its line), and
 * `applySuppressions` marks the results they cover. Reading the file is main's job.
 */



const ENTRY_KEYS = ['check', 'reason', 'resources', 'expires'];
const EXAMPLE_ENTRY = '`- check: MOE-06` followed by `reason: <why the risk is accepted>` and, optionally, `resources: [<name>]` and `expires: YYYY-MM-DD`';
/**
 * Parses the config file's text. `file` is the path as the user wrote it (for
 * messages); `checks` is the catalog whose IDs are accepted. An empty file, or
 * one without a `suppressions` key, suppresses nothing.
 */
function parseSuppressions(text, file, checks) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const errors = [];
    const at = (line, message) => {
        errors.push(`${file} line ${line}: ${message}`);
    };
    const lineOf = (node) => {
        const range = node && 'range' in node ? node.range : undefined;
        const key = node && 'key' in node ? node.key : undefined;
        const offset = range?.[0] ?? key?.range?.[0] ?? 0;
        return lineCounter.linePos(offset).line;
    };
    if (doc.errors.length > 0) {
        for (const error of doc.errors) {
            const line = lineCounter.linePos(error.pos[0]).line;
            at(line, `the file is not valid YAML (${firstLine(error.message)}).`);
        }
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(formatErrors(file, errors));
    }
    const root = doc.contents;
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(root) && (root.value === null || root.value === '')))
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        at(lineOf(root), `expected a mapping with a \`suppressions\` list, like ${EXAMPLE_ENTRY}.`);
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(formatErrors(file, errors));
    }
    let list = null;
    for (const pair of root.items) {
        const key = scalarText(pair.key);
        if (key === 'suppressions')
            list = pair.value;
        else
            at(lineOf(pair), `unknown key ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(key ?? String(pair.key))}. The file holds only \`suppressions:\`, a list of entries.`);
    }
    const byId = new Map(checks.map(c => [c.id.toLowerCase(), c.id]));
    const suppressions = [];
    if (list !== null && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(list) && list.value === null)) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list)) {
            at(lineOf(list), `\`suppressions\` must be a list of entries, like ${EXAMPLE_ENTRY}.`);
        }
        else {
            for (const item of list.items) {
                const parsed = parseEntry(item, { at, lineOf, byId, checks });
                if (parsed)
                    suppressions.push(parsed);
            }
        }
    }
    if (errors.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(formatErrors(file, errors));
    return suppressions;
}
function parseEntry(item, ctx) {
    const { at, lineOf, byId } = ctx;
    const line = lineOf(item);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
        at(line, `a suppression must be a mapping: ${EXAMPLE_ENTRY}.`);
        return undefined;
    }
    const fields = new Map();
    let ok = true;
    for (const pair of item.items) {
        const key = scalarText(pair.key);
        if (key !== undefined && ENTRY_KEYS.includes(key)) {
            fields.set(key, pair);
        }
        else {
            at(lineOf(pair), `unknown key ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(key ?? String(pair.key))} in a suppression. Allowed keys: ${ENTRY_KEYS.join(', ')}.`);
            ok = false;
        }
    }
    const checkPair = fields.get('check');
    const checkRaw = checkPair ? scalarText(checkPair.value) : undefined;
    let checkId;
    if (!checkPair || !checkRaw) {
        at(line, 'a suppression has no `check`. Add `check: <ID>` with a check ID such as MOE-06.');
    }
    else {
        checkId = byId.get(checkRaw.trim().toLowerCase());
        if (!checkId) {
            at(lineOf(checkPair), `unknown check ID ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(checkRaw)}. Use one of: ${ctx.checks.map(c => c.id).join(', ')}.`);
        }
    }
    const name = checkId ?? checkRaw ?? 'this check';
    // A reason is what makes a suppression reviewable: without one it is just a hidden failure.
    const reasonPair = fields.get('reason');
    const reason = reasonPair ? scalarText(reasonPair.value)?.trim() : undefined;
    if (!reason) {
        at(reasonPair ? lineOf(reasonPair) : line, `the suppression of ${name} has no \`reason\`. Add \`reason: <why the risk is accepted>\` (for example who accepted it and a ticket number).`);
    }
    let resources;
    const resourcesPair = fields.get('resources');
    if (resourcesPair) {
        const value = resourcesPair.value;
        const names = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)
            ? value.items.map(n => scalarText(n)?.trim())
            : [scalarText(value)?.trim()];
        if (names.length === 0 || names.some(n => !n)) {
            at(lineOf(resourcesPair), `\`resources\` of the suppression of ${name} must be a resource name or id, or a non-empty list of them (e.g. \`resources: [ml-ws]\`). Leave \`resources\` out to suppress ${name} for every resource.`);
        }
        else {
            resources = names.map(n => n.toLowerCase());
        }
    }
    let expires;
    const expiresPair = fields.get('expires');
    if (expiresPair) {
        const raw = scalarText(expiresPair.value)?.trim() ?? '';
        if (isCalendarDate(raw))
            expires = raw;
        else
            at(lineOf(expiresPair), `\`expires\` of the suppression of ${name} is ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(raw)}, not a date. Write it as YYYY-MM-DD (e.g. \`expires: 2027-03-31\`); the suppression applies through that day (UTC).`);
    }
    if (!ok || !checkId || !reason)
        return undefined;
    return {
        checkId,
        reason,
        ...(resources ? { resources } : {}),
        ...(expires ? { expires } : {}),
        line
    };
}
/** A scalar's text (numbers and booleans as written), or undefined for anything else. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    return String(node.value);
}
/** `YYYY-MM-DD` naming a real day (no 2027-02-30). */
function isCalendarDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function firstLine(message) {
    return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
function formatErrors(file, errors) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    return (`The suppressions file ${file} (input \`config-file\`) has ${count}:\n` +
        errors.map(e => `- ${e}`).join('\n'));
}
/** An entry has expired once `now` (UTC) is past its `expires` day. */
function isExpired(suppression, now) {
    return suppression.expires !== undefined && now.toISOString().slice(0, 10) > suppression.expires;
}
function covers(suppression, result) {
    if (suppression.checkId !== result.checkId)
        return false;
    if (!suppression.resources)
        return true;
    const { name, id } = result.resource;
    return suppression.resources.some(r => r === name.toLowerCase() || r === id.toLowerCase());
}
/**
 * Marks each failed or unknown result covered by an active entry as suppressed
 * (the first matching entry's reason wins), and notes an expired entry on a
 * result it would have covered. Pass and skipped results are left as they are:
 * there is nothing to accept.
 */
function applySuppressions(results, suppressions, now) {
    const expired = suppressions.filter(s => isExpired(s, now));
    const active = suppressions.filter(s => !isExpired(s, now));
    const used = new Set();
    const marked = results.map(result => {
        if (result.outcome !== 'fail' && result.outcome !== 'unknown')
            return result;
        const match = active.find(s => covers(s, result));
        if (match) {
            used.add(match);
            return { ...result, suppression: summary(match) };
        }
        const lapsed = expired.find(s => covers(s, result));
        if (lapsed) {
            return {
                ...result,
                suppressionExpired: { reason: lapsed.reason, expires: lapsed.expires }
            };
        }
        return result;
    });
    return { results: marked, expired, unused: active.filter(s => !used.has(s)) };
}
function summary(s) {
    return { reason: s.reason, ...(s.expires ? { expires: s.expires } : {}) };
}
/** Log lines about the entries: a warning per expired entry, a note per entry that matched nothing. */
function suppressionNotes(outcome, file) {
    return {
        warnings: outcome.expired.map(s => `The suppression of ${s.checkId} (${file} line ${s.line}) expired on ${s.expires} and no longer applies: its results count for fail-on again. Fix the finding, or renew \`expires\` if the risk is still accepted.`),
        infos: outcome.unused.map(s => `The suppression of ${s.checkId} (${file} line ${s.line}) matched no failed or unknown result; remove it if the risk is gone.`)
    };
}


/***/ }),

/***/ 66106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergePlanned: () => (/* binding */ mergePlanned),
/* harmony export */   withPlannedNow: () => (/* binding */ withPlannedNow)
/* harmony export */ });
function mergePlanned(...parts) {
    const present = parts.filter((p) => p !== undefined);
    if (present.length === 0)
        return undefined;
    const armResources = present.flatMap(p => p.armResources ?? []);
    const unreadable = present.flatMap(p => p.unreadable ?? []);
    return {
        files: [...new Set(present.flatMap(p => p.files))],
        resources: present.flatMap(p => p.resources),
        ...(armResources.length > 0 ? { armResources } : {}),
        ...(unreadable.length > 0 ? { unreadable } : {})
    };
}
/**
 * The snapshot a run judges, with the planned inputs read now (action and CLI alike): the Azure
 * ML files and the Terraform plans. Each route read now replaces that route's part of a saved
 * snapshot: it is what will be deployed. The rest, read when it was saved (what-if, or a route
 * not named now), is kept; so is a live run's what-if.
 */
function withPlannedNow(snapshot, now) {
    const { files, terraform } = now;
    if (!files && !terraform)
        return snapshot;
    const saved = snapshot.planned;
    const keepArm = (route) => !(terraform && route === 'terraform');
    const armResources = (saved?.armResources ?? []).filter(r => keepArm(r.route));
    const unreadable = (saved?.unreadable ?? []).filter(u => keepArm(u.route));
    const yamlFiles = new Set((saved?.resources ?? []).map(r => r.file));
    const keptFiles = new Set([
        ...armResources.map(r => r.file),
        ...unreadable.map(u => u.file),
        ...(files ? [] : [...yamlFiles])
    ]);
    const kept = saved && {
        files: saved.files.filter(f => keptFiles.has(f)),
        resources: files ? [] : saved.resources,
        ...(armResources.length > 0 ? { armResources } : {}),
        ...(unreadable.length > 0 ? { unreadable } : {})
    };
    const planned = mergePlanned(kept, terraform, files);
    return planned ? { ...snapshot, planned } : snapshot;
}


/***/ }),

/***/ 68053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  armClients: () => (/* binding */ armClients),
  collect: () => (/* binding */ collect),
  evaluate: () => (/* binding */ evaluate),
  evaluateSettingsOf: () => (/* binding */ evaluateSettingsOf),
  gateFailureMessage: () => (/* binding */ gateFailureMessage),
  readSnapshot: () => (/* binding */ readSnapshot),
  saveSnapshot: () => (/* binding */ saveSnapshot),
  timingLine: () => (/* binding */ timingLine)
});

// EXTERNAL MODULE: ./src/model/resource-id.ts
var resource_id = __webpack_require__(51391);
// EXTERNAL MODULE: ./src/evaluate/checks/catalog.ts + 32 modules
var catalog = __webpack_require__(7081);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(33477);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/planned/merge.ts
var merge = __webpack_require__(66106);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/json-shape.ts
var json_shape = __webpack_require__(50663);
// EXTERNAL MODULE: ./src/model/request.ts
var model_request = __webpack_require__(6968);
// EXTERNAL MODULE: ./src/model/version.ts
var model_version = __webpack_require__(52621);
// EXTERNAL MODULE: ./src/model/redact.ts
var redact = __webpack_require__(44012);
// EXTERNAL MODULE: ./src/model/snapshot.ts
var snapshot = __webpack_require__(20709);
;// CONCATENATED MODULE: ./src/collect/snapshot-file.ts
/**
 * Saved snapshots (`snapshot-file` / `--save-snapshot`, `from-snapshot` /
 * `--from-snapshot`): the collected snapshot as a JSON file, evaluated later
 * with no Azure access. The format is documented in docs/snapshot.md and
 * schemas/snapshot.schema.json. A file of an older schema version is migrated
 * step by step; a newer or unknown one is refused, since checks would misread it.
 */








/** `MIGRATIONS[n]` turns a version-n snapshot into a version-(n+1) one. */
const MIGRATIONS = {
    // Version 1 did not record who read Azure.
    1: snapshot => ({
        ...snapshot,
        schemaVersion: 2,
        collectedBy: { name: model_version/* TOOL_NAME */.l, version: 'unknown (snapshot schema version 1)' }
    })
};
/** A JWT (three base64url parts, the first two JSON objects): never written to a snapshot. */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
/**
 * The snapshot as the file holds it. Collection stores no credential, but
 * Azure's error messages are free text: anything shaped like a token is
 * replaced, so a snapshot can be attached to a support case as it is.
 */
function renderSnapshot(snapshot) {
    return (0,redact/* redact */.E$)(JSON.stringify(snapshot, null, 2).replace(JWT, '[redacted token]')) + '\n';
}
function writeSnapshotFile(path, snapshot) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, renderSnapshot(snapshot));
}
/**
 * Reads, checks and migrates a saved snapshot. `label` names the setting in
 * messages (`from-snapshot` or `--from-snapshot`), `shown` the path as the user wrote it.
 */
function readSnapshotFile(path, label, shown = path, readFile = p => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const where = `${label}: ${JSON.stringify(shown)}`;
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j(`${where} could not be read (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}). Point it at a file written by \`snapshot-file\` or \`--save-snapshot\`.`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${where} is not JSON (${error.message}). Use the file \`snapshot-file\` or \`--save-snapshot\` wrote, unchanged.`);
    }
    return parseSnapshot(data, where);
}
/** Migrates `data` to the current schema version and checks what the checks read. */
function parseSnapshot(data, where) {
    if (!(0,json_shape/* isObject */.Gv)(data)) {
        throw new errors/* ConfigurationError */.j(`${where} is not a snapshot: the file does not hold a JSON object.`);
    }
    const version = data['schemaVersion'];
    if (!Number.isSafeInteger(version) || version < 1) {
        throw new errors/* ConfigurationError */.j(`${where} is not a snapshot: schemaVersion is ${JSON.stringify(version ?? null)}, expected a whole number. Use the file \`snapshot-file\` or \`--save-snapshot\` wrote, unchanged.`);
    }
    if (version > snapshot/* SNAPSHOT_SCHEMA_VERSION */.A0) {
        const by = (0,json_shape/* isObject */.Gv)(data['collectedBy']) ? data['collectedBy'] : {};
        const writer = typeof by['version'] === 'string'
            ? ` (it was saved by version ${JSON.stringify(by['version'])})`
            : '';
        throw new errors/* ConfigurationError */.j(`${where} has snapshot schema version ${String(version)}${writer}; this version of ${model_version/* TOOL_NAME */.l} reads versions up to ${snapshot/* SNAPSHOT_SCHEMA_VERSION */.A0}. Evaluate it with the version that saved it or a newer one, or save the snapshot again with this version.`);
    }
    let current = data;
    for (let v = version; v < snapshot/* SNAPSHOT_SCHEMA_VERSION */.A0; v++) {
        const migrate = MIGRATIONS[v];
        if (!migrate) {
            throw new errors/* ConfigurationError */.j(`${where} has snapshot schema version ${v}, which this version of ${model_version/* TOOL_NAME */.l} can no longer read. Save the snapshot again with this version.`);
        }
        current = migrate(current);
    }
    const problem = snapshotProblem(current);
    if (problem) {
        throw new errors/* ConfigurationError */.j(`${where} is not a valid snapshot: ${problem}. Use the file \`snapshot-file\` or \`--save-snapshot\` wrote, unchanged.`);
    }
    return current;
}
const READS = ['workspace', 'onlineEndpoints', 'computes', 'outboundRules'];
const KEYED_READS = [
    'privateEndpoints',
    'subnets',
    'virtualNetworks',
    'onlineDeployments',
    'managedClusters',
    'clusterExtensions',
    'permissions',
    'roleAssignments',
    'roleDefinitions',
    'denyAssignments',
    'networkSecurityGroups',
    'routeTables',
    'azureFirewalls',
    'firewallPolicies'
];
/** What is wrong with a current-version snapshot, or undefined. Checks the envelope the checks rely on. */
function snapshotProblem(data) {
    const strings = json_shape/* stringFieldProblem */.Tc;
    const request = data['request'];
    const found = strings(data['collectedBy'], 'collectedBy', ['name', 'version']) ??
        (typeof data['collectedAt'] === 'string' ? undefined : 'collectedAt is not a string') ??
        (typeof data['cloud'] === 'string' ? undefined : 'cloud is not a string') ??
        ((0,json_shape/* isObject */.Gv)(data['apiVersions']) ? undefined : 'apiVersions is missing') ??
        strings(data['target'], 'target', snapshot/* TARGET_FIELDS */.G_) ??
        strings(request, 'request', ['route', 'deploymentMethod']) ??
        (model_request/* ROUTES */.b.includes(String(request['route']))
            ? undefined
            : `request.route is not one of ${model_request/* ROUTES */.b.join(', ')}`) ??
        ((0,json_shape/* isObject */.Gv)(data['rbacPrincipal']) ? undefined : 'rbacPrincipal is missing');
    if (found)
        return found;
    for (const key of READS) {
        if (!isRead(data[key]))
            return `${key} is not a read result ({ ok, value } or { ok, error })`;
    }
    for (const key of KEYED_READS) {
        const map = data[key];
        if (!(0,json_shape/* isObject */.Gv)(map))
            return `${key} is not an object`;
        const bad = Object.entries(map).find(([, read]) => !isRead(read));
        if (bad)
            return `${key}[${JSON.stringify(bad[0])}] is not a read result`;
    }
    return data['planned'] === undefined ? undefined : plannedProblem(data['planned']);
}
/** The planned part (deployment-files) the overlay reads; absent in most snapshots. */
function plannedProblem(planned) {
    if (!(0,json_shape/* isObject */.Gv)(planned))
        return 'planned is not an object';
    const files = planned['files'];
    if (!Array.isArray(files) || !files.every(f => typeof f === 'string'))
        return 'planned.files is not a list of paths';
    const resources = planned['resources'];
    if (!Array.isArray(resources))
        return 'planned.resources is not a list';
    const index = resources.findIndex((r) => !(0,json_shape/* isObject */.Gv)(r) ||
        !['onlineEndpoint', 'onlineDeployment'].includes(String(r['kind'])) ||
        !['Managed', 'Kubernetes'].includes(String(r['computeType'])) ||
        (0,json_shape/* stringFieldProblem */.Tc)(r, 'resource', ['schema', 'file', 'name']) !== undefined ||
        !Number.isSafeInteger(r['line']) ||
        !(0,json_shape/* isObject */.Gv)(r['fields']) ||
        (r['kind'] === 'onlineDeployment' && typeof r['endpointName'] !== 'string'));
    if (index >= 0)
        return `planned.resources[${index}] is not a planned endpoint or deployment`;
    return armPlannedProblem(planned);
}
const ARM_ROUTES = snapshot/* PLANNED_ARM_ROUTES */.rc;
const ARM_CHANGES = snapshot/* PLANNED_ARM_CHANGES */.sE;
/** The what-if and Terraform entries the ARM overlay reads (src/planned/arm.ts). */
function armPlannedProblem(planned) {
    const arm = planned['armResources'];
    if (arm !== undefined) {
        if (!Array.isArray(arm))
            return 'planned.armResources is not a list';
        const bad = arm.findIndex((r) => !(0,json_shape/* isObject */.Gv)(r) ||
            !ARM_ROUTES.includes(String(r['route'])) ||
            !ARM_CHANGES.includes(String(r['change'])) ||
            (0,json_shape/* stringFieldProblem */.Tc)(r, 'resource', ['file', 'id', 'type']) !== undefined ||
            (r['after'] !== undefined && !(0,json_shape/* isObject */.Gv)(r['after'])) ||
            (r['address'] !== undefined && typeof r['address'] !== 'string') ||
            (r['unsupportedReason'] !== undefined && typeof r['unsupportedReason'] !== 'string') ||
            (r['unknownAfterApply'] !== undefined &&
                !(Array.isArray(r['unknownAfterApply']) &&
                    r['unknownAfterApply'].every(a => typeof a === 'string'))));
        if (bad >= 0)
            return `planned.armResources[${bad}] is not a planned ARM resource`;
    }
    const unreadable = planned['unreadable'];
    if (unreadable !== undefined) {
        if (!Array.isArray(unreadable))
            return 'planned.unreadable is not a list';
        const bad = unreadable.findIndex((u) => !(0,json_shape/* isObject */.Gv)(u) ||
            !ARM_ROUTES.includes(String(u['route'])) ||
            typeof u['file'] !== 'string' ||
            !(0,json_shape/* isObject */.Gv)(u['error']) ||
            typeof u['error']['code'] !== 'string' ||
            typeof u['error']['message'] !== 'string' ||
            !(u['error']['status'] === null || Number.isSafeInteger(u['error']['status'])));
        if (bad >= 0)
            return `planned.unreadable[${bad}] is not an unreadable planned source`;
    }
    return undefined;
}
function isRead(value) {
    if (!(0,json_shape/* isObject */.Gv)(value))
        return false;
    if (value['ok'] === true)
        return 'value' in value;
    return value['ok'] === false && (0,json_shape/* isObject */.Gv)(value['error']);
}

// EXTERNAL MODULE: ./src/evaluate/suppressions.ts
var suppressions = __webpack_require__(86763);
// EXTERNAL MODULE: ./src/evaluate/result-order.ts
var result_order = __webpack_require__(58779);
;// CONCATENATED MODULE: ./src/evaluate/verdict.ts
/**
 * The verdict: whether the results trip the `fail-on` gate, and a one-line
 * headline for humans. Pure.
 */


const GATING_SEVERITIES = new Set(['error', 'warning']);
/** Severity of a result: its own, else its check's (fail closed to error for an unknown check). */
function resultSeverity(result, check) {
    return result.severity ?? check?.severity ?? 'error';
}
/** Whether the result is one `fail-on` looks at: not suppressed, and in a listed category. */
function gated(result, check, failOn) {
    if (failOn.mode === 'none')
        return false;
    // An accepted risk (config-file suppression) never gates; an expired one has no `suppression`.
    if (result.suppression)
        return false;
    // A result of a check missing from the catalog cannot be placed in a category: fail closed.
    return !(failOn.mode === 'categories' && check && !failOn.categories.includes(check.category));
}
function trips(result, check, failOn, allowUnknown) {
    if (!gated(result, check, failOn))
        return false;
    if (result.outcome === 'unknown')
        return !allowUnknown;
    return result.outcome === 'fail' && GATING_SEVERITIES.has(resultSeverity(result, check));
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The worst status of each check: fail > unknown > suppressed > advice > pass > skipped. */
function checkOutcomes(results, byId) {
    const rank = {
        skipped: 0,
        pass: 1,
        advice: 2,
        suppressed: 3,
        unknown: 4,
        fail: 5
    };
    const worst = new Map();
    for (const r of results) {
        const advice = r.outcome === 'fail' && !GATING_SEVERITIES.has(resultSeverity(r, byId.get(r.checkId)));
        const status = r.suppression ? 'suppressed' : advice ? 'advice' : r.outcome;
        const current = worst.get(r.checkId);
        if (current === undefined || rank[status] > rank[current])
            worst.set(r.checkId, status);
    }
    return worst;
}
function headline(results, byId, failOn, failed, evaluatedNothing) {
    const perCheck = {
        pass: 0,
        fail: 0,
        advice: 0,
        unknown: 0,
        skipped: 0,
        suppressed: 0
    };
    for (const status of checkOutcomes(results, byId).values())
        perCheck[status] += 1;
    const { pass, fail, advice, unknown, skipped, suppressed } = perCheck;
    const skippedNote = skipped > 0 ? `, ${skipped} skipped` : '';
    const suppressedNote = suppressed > 0 ? `, ${suppressed} suppressed` : '';
    const adviceNote = advice > 0 ? `, ${advice} advice` : '';
    if (fail === 0 && unknown === 0) {
        if (evaluatedNothing && failed) {
            return `${skipped > 0 ? `No checks applied (${skipped} skipped)` : 'No checks ran'} — nothing was evaluated`;
        }
        if (suppressed > 0 || advice > 0) {
            // "All N checks pass" would hide the advice and accepted risks: name them next to the passes.
            return `${plural(pass, 'check passes', 'checks pass')}${adviceNote}${suppressedNote}${skippedNote}`;
        }
        if (pass === 0)
            return skipped > 0 ? `No checks applied (${skipped} skipped)` : 'No checks ran';
        return `${pass === 1 ? '1 check passes' : `All ${pass} checks pass`}${skippedNote}`;
    }
    const parts = [];
    if (fail > 0)
        parts.push(plural(fail, 'check fails', 'checks fail'));
    if (unknown > 0)
        parts.push(`${unknown} unknown`);
    if (advice > 0)
        parts.push(`${advice} advice`);
    if (suppressed > 0)
        parts.push(`${suppressed} suppressed`);
    // With `fail-on: none` there is no threshold to be below: say that nothing gates.
    const consequence = !failed
        ? failOn.mode === 'none'
            ? 'not gating (fail-on: none)'
            : 'below the fail-on threshold'
        : fail > 0
            ? 'inference environment not isolated'
            : 'isolation could not be confirmed';
    return `${parts.join(', ')} — ${consequence}`;
}
function computeVerdict(results, failOn, checks = catalog.CHECKS, options = {}) {
    const allowUnknown = options.allowUnknown ?? false;
    const byId = new Map(checks.map(c => [c.id, c]));
    const gatingResults = (0,result_order/* inReportOrder */.E)(results.filter(r => trips(r, byId.get(r.checkId), failOn, allowUnknown)), checks);
    const counts = { pass: 0, fail: 0, unknown: 0, skipped: 0, suppressed: 0 };
    for (const r of results) {
        if (r.suppression)
            counts.suppressed += 1;
        else
            counts[r.outcome] += 1;
    }
    // Advice (a failed result of severity notice) is not a failure: it is not named as one.
    const flagged = new Set(results
        .filter(r => !r.suppression && (r.outcome === 'fail' || r.outcome === 'unknown'))
        .filter(r => !(r.outcome === 'fail' && (r.severity ?? byId.get(r.checkId)?.severity) === 'notice'))
        .map(r => r.checkId));
    // A gate that passes a run which evaluated nothing would be a silent pass: fail closed.
    const evaluatedNothing = !results.some(r => r.outcome === 'pass' || r.outcome === 'fail');
    const reason = failOn.mode !== 'none' && evaluatedNothing
        ? `nothing was evaluated (${results.length === 0 ? 'no results' : `${plural(results.length, 'result', 'results')}, all skipped or unknown`}), so the gate cannot pass. Check the route and the read access the results name.`
        : undefined;
    const failed = gatingResults.length > 0 || reason !== undefined;
    // Named only when they made a difference: a run that evaluated nothing fails anyway.
    const allowed = allowUnknown && !reason
        ? new Set(results
            .filter(r => r.outcome === 'unknown' && gated(r, byId.get(r.checkId), failOn))
            .map(r => r.checkId))
        : new Set();
    return {
        failed,
        gatingResults,
        counts,
        failedCheckIds: inCatalogOrder(flagged, checks, byId),
        headline: headline(results, byId, failOn, failed, evaluatedNothing),
        ...(reason ? { reason } : {}),
        ...(allowed.size > 0 ? { allowedUnknownCheckIds: inCatalogOrder(allowed, checks, byId) } : {})
    };
}
/** Check IDs in catalog order, then the ones the catalog does not know, sorted. */
function inCatalogOrder(ids, checks, byId) {
    const known = checks.map(c => c.id).filter(id => ids.has(id));
    return [...known, ...[...ids].filter(id => !byId.has(id)).sort()];
}

// EXTERNAL MODULE: ./src/planned/arm.ts
var arm = __webpack_require__(88240);
// EXTERNAL MODULE: ./src/planned/overlay.ts
var overlay = __webpack_require__(88918);
// EXTERNAL MODULE: ./src/model/text.ts
var model_text = __webpack_require__(5086);
;// CONCATENATED MODULE: ./src/planned/unreadable.ts


const ROUTE_WORDS = {
    'what-if': "Azure's what-if of",
    terraform: 'The Terraform plan'
};
function statusWords(unreadable) {
    const { status, code } = unreadable.error;
    return status === null ? code : `HTTP ${status} ${code}`;
}
function plannedUnreadableCause(unreadable) {
    const key = `planned-unreadable:${unreadable.route}:${unreadable.file.toLowerCase()}`;
    const raw = unreadable.error.message ? { raw: unreadable.error.message } : {};
    if (unreadable.error.code === snapshot/* KNOWN_AFTER_APPLY_CODE */.a1) {
        // The plan was read; a resource the checks read cannot be placed (its id is computed at apply).
        return {
            key,
            summary: (0,model_text/* text */.Qq) `${ROUTE_WORDS[unreadable.route]} \`${unreadable.file}\` changes a resource the checks read whose id is known only after apply, so what this change will do is unknown.`,
            action: (0,model_text/* text */.Qq) `Give that resource a name and resource group known when planning (literals or variables, not values computed at apply), or set \`gate-on: live\` to gate on the live workspace only.`,
            ...raw
        };
    }
    const refused = unreadable.error.status === 401 || unreadable.error.status === 403;
    const action = refused
        ? (0,model_text/* text */.Qq) `Let the identity the action signs in with deploy the template: what-if needs the permissions of the deployment itself (Microsoft Learn, "ARM template deployment what-if operation"), \`Microsoft.Resources/deployments/*\` (with \`Microsoft.Resources/deployments/whatIf/action\`) and write access on the resources the template deploys, as roles that deploy (Contributor) have; docs/planned.md has a narrower custom role. Then re-run; or set \`gate-on: live\` to gate on the live workspace only.`
        : (0,model_text/* text */.Qq) `Re-run the workflow; if it keeps failing, run the same what-if with \`az deployment group what-if\` to see Azure's answer, or set \`gate-on: live\` to gate on the live workspace only.`;
    return {
        key,
        summary: (0,model_text/* text */.Qq) `${ROUTE_WORDS[unreadable.route]} \`${unreadable.file}\` could not be read (${statusWords(unreadable)}), so what this change will do is unknown.`,
        action,
        ...raw
    };
}
/** The planned results, each `unknown` with the first unreadable source's cause when there is one. */
function withPlannedUnreadable(results, planned) {
    const first = planned?.unreadable?.[0];
    if (!first)
        return [...results];
    const cause = plannedUnreadableCause(first);
    // The cause is named once above the tables; each row only says what it leaves open.
    const message = (0,model_text/* text */.Qq) `The planned state cannot be judged.`;
    return results.map(result => {
        if (result.outcome === 'skipped')
            return result;
        const unknown = { ...result, outcome: 'unknown', message, cause };
        unknown.detail = `${(0,model_text/* plainText */.wh)(message)} ${(0,model_text/* plainText */.wh)(cause.action)}`;
        // A fail's severity and commands belong to the state that could not be judged.
        delete unknown.severity;
        delete unknown.remedy;
        return unknown;
    });
}

// EXTERNAL MODULE: ./src/report/planned.ts
var report_planned = __webpack_require__(89580);
;// CONCATENATED MODULE: ./src/run/pipeline.ts














/**
 * Reads the workspace and its network from ARM into a snapshot. `login` may still be in
 * flight: the SDK and collection code (lazy chunks) load meanwhile, not at start-up.
 */
async function collect(settings, loggingIn, log, 
/** `timeout-seconds`: reads still outstanding then become `unknown`. */
deadline) {
    const modules = Promise.all([__webpack_require__.e(/* import() */ 9137).then(__webpack_require__.bind(__webpack_require__, 19137)), Promise.all(/* import() */[__webpack_require__.e(5738), __webpack_require__.e(9137), __webpack_require__.e(9893)]).then(__webpack_require__.bind(__webpack_require__, 39893))]);
    modules.catch(() => undefined);
    const login = await loggingIn;
    const [{ AzureClients }, { collectSnapshot }] = await modules;
    const target = {
        subscriptionId: settings.subscriptionId,
        resourceGroup: settings.resourceGroup,
        workspaceName: settings.workspaceName,
        workspaceId: (0,resource_id/* workspaceResourceId */.i)(settings.subscriptionId, settings.resourceGroup, settings.workspaceName)
    };
    log.info(`Reading workspace ${target.workspaceId} from ${settings.cloud.armEndpoint}`);
    const clients = armClients(AzureClients, login.credential, settings, log, deadline);
    const started = performance.now();
    // Loaded only with `arm-template`: runs without it keep their start-up (issue 22).
    const whatIf = settings.whatIf
        ? __webpack_require__.e(/* import() */ 4211).then(__webpack_require__.bind(__webpack_require__, 84211)).then(m => m.readWhatIf(clients, target, settings.whatIf))
        : undefined;
    whatIf?.catch(() => undefined);
    const live = await collectSnapshot({
        clients,
        target,
        request: {
            route: settings.route,
            deploymentMethod: settings.deploymentMethod,
            ...(settings.vnetId ? { vnetId: settings.vnetId } : {}),
            ...(settings.subnetId ? { subnetId: settings.subnetId } : {}),
            ...(settings.principalId ? { principalId: settings.principalId } : {})
        },
        cloud: settings.cloud.name,
        ...(login.identity.objectId ? { loginObjectId: login.identity.objectId } : {})
    });
    const predicted = whatIf ? await whatIf : undefined;
    for (const note of predicted?.notes ?? [])
        log.info(note);
    const planned = (0,merge.mergePlanned)(live.planned, predicted?.planned);
    const snapshot = planned ? { ...live, planned } : live;
    // Azure's error messages may echo a token: the one redaction step, before anything uses them.
    return {
        snapshot: (0,redact/* redactDeep */.KL)(snapshot),
        stats: clients.stats,
        collectMs: performance.now() - started
    };
}
/** The ARM clients of one run: concurrency bound, deadline, debug log and progress. */
function armClients(Clients, credential, settings, log, deadline) {
    const clients = new Clients(credential, {
        ...settings.cloud,
        maxConcurrency: settings.maxConcurrency,
        ...(settings.armReadReserve !== undefined ? { armReadReserve: settings.armReadReserve } : {}),
        ...(deadline ? { deadline } : {}),
        // Each ARM request with its correlation id, for support cases (URLs and ids only, never
        // headers); shown when debug logging is on.
        debug: message => {
            log.debug(message);
            log.progress?.(clients.stats);
        }
    });
    return clients;
}
/** A snapshot saved earlier (`from-snapshot`): no login, no ARM request. */
function readSnapshot(path, label, shown, log) {
    const snapshot = readSnapshotFile(path, label, shown);
    // Texts from the file are quoted: a forged snapshot must not inject workflow commands into the log.
    log.info(`Evaluating the saved snapshot ${(0,quote/* quote */.h)(shown)} of workspace ${(0,quote/* quote */.h)(snapshot.target.workspaceId)}, read from Azure at ${(0,quote/* quote */.h)(snapshot.collectedAt)} by ${(0,quote/* quote */.h)(`${snapshot.collectedBy.name} ${snapshot.collectedBy.version}`)}; Azure is not contacted.`);
    return snapshot;
}
/** `snapshot-file` / `--save-snapshot`: the snapshot about to be evaluated. */
function saveSnapshot(file, snapshot, log) {
    writeSnapshotFile(file, snapshot);
    log.info(`Snapshot written to ${file}`);
}
/** What `evaluate` needs from a run's settings (action inputs or CLI options). */
function evaluateSettingsOf(settings, suppressions, report = {}) {
    return {
        failOn: settings.failOn,
        failOnText: settings.failOnText,
        allowUnknown: settings.allowUnknown,
        suppressions,
        configFile: settings.configFile,
        ...(settings.gateOn ? { gateOn: settings.gateOn } : {}),
        ...(report.runUrl ? { runUrl: report.runUrl } : {}),
        ...(report.pullRequest ? { pullRequest: report.pullRequest } : {})
    };
}
/**
 * Checks → suppressions → verdict → report: pure but for the notes it logs. With planned
 * resources in the snapshot (deployment-files), the checks run twice: on the live workspace
 * and on the workspace as it will be; `gate-on` says which state the verdict judges.
 */
function evaluate(snapshot, settings, log) {
    const now = settings.now ?? new Date();
    const gateOn = settings.gateOn ?? 'planned';
    const judge = (state, isPlanned = false) => (0,suppressions.applySuppressions)(
    // A planned source that could not be read leaves the planned state unknown.
    isPlanned ? withPlannedUnreadable((0,catalog.evaluateAll)(state), state.planned) : (0,catalog.evaluateAll)(state), settings.suppressions, now);
    const verdictOf = (results) => computeVerdict(results, settings.failOn, catalog.CHECKS, {
        allowUnknown: settings.allowUnknown ?? false
    });
    const live = judge(snapshot);
    // Infrastructure first (what-if, Terraform), then the model's endpoint and deployment files.
    const overlaid = snapshot.planned ? (0,overlay/* overlayPlanned */.xv)((0,arm/* overlayArm */.HC)(snapshot)) : undefined;
    const judgedPlanned = overlaid ? judge(overlaid, true) : undefined;
    // A failure of a resource from a deployment file is fixed in that file (report/planned.ts).
    const planned = judgedPlanned && {
        ...judgedPlanned,
        results: (0,report_planned.withFileFixes)(snapshot, judgedPlanned.results)
    };
    for (const d of overlaid ? (0,overlay/* unattachedDeployments */.WN)(overlaid) : []) {
        log.warning(`deployment-files: ${(0,quote/* quote */.h)(d.file)} line ${d.line} deploys ${(0,quote/* quote */.h)(d.name)} to endpoint ${(0,quote/* quote */.h)(d.endpointName ?? '')}, which is neither in the workspace nor in deployment-files; no check judged it. Add the endpoint's file to deployment-files, or fix endpoint_name.`);
    }
    // The report shows the state the gate judges; `both` shows the planned one and gates on either.
    const shown = planned && gateOn !== 'live' ? planned : live;
    const notes = (0,suppressions.suppressionNotes)(shown, settings.configFile);
    for (const warning of notes.warnings)
        log.warning(warning);
    for (const info of notes.infos)
        log.info(info);
    const results = shown.results;
    let verdict = verdictOf(results);
    if (planned && gateOn === 'both')
        verdict = bothVerdict(verdict, verdictOf(live.results));
    if (verdict.allowedUnknownCheckIds) {
        log.warning(`allow-unknown: ${verdict.allowedUnknownCheckIds.join(', ')} could not be evaluated and did not fail the step (fail-on: ${settings.failOnText}); the report says why for each.`);
    }
    const judged = overlaid && gateOn !== 'live' ? overlaid : snapshot;
    const plannedReport = planned
        ? (0,report_planned.buildPlanned)(snapshot, live.results, planned.results, gateOn)
        : undefined;
    const report = (0,model.buildReport)(judged, results, verdict, {
        version: model_version/* VERSION */.x,
        failOn: settings.failOnText,
        ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
        ...(settings.pullRequest ? { pullRequest: settings.pullRequest } : {}),
        ...(plannedReport ? { planned: plannedReport } : {})
    });
    // Every output (summary, comment, report file, SARIF, annotations) is rendered from this report.
    const redacted = (0,redact/* redactDeep */.KL)(report);
    return { report: redacted, verdict: redacted.verdict };
}
/** `gate-on: both`: the planned verdict, failed too when the live workspace fails the gate. */
function bothVerdict(planned, live) {
    if (!live.failed)
        return planned;
    const seen = new Set(planned.gatingResults.map(r => `${r.checkId}|${r.resource.id.toLowerCase()}`));
    const liveOnly = live.gatingResults.filter(r => !seen.has(`${r.checkId}|${r.resource.id.toLowerCase()}`));
    return {
        ...planned,
        failed: true,
        gatingResults: [...planned.gatingResults, ...liveOnly],
        failedCheckIds: [...new Set([...planned.failedCheckIds, ...live.failedCheckIds])],
        ...(planned.failed
            ? {}
            : {
                headline: `${planned.headline}; the live workspace fails the gate (gate-on: both)`,
                ...(live.reason ? { reason: live.reason } : {})
            })
    };
}
/** Why the gate failed: one line per gating result. */
function gateFailureMessage(verdict, failOnText) {
    const lines = verdict.gatingResults.map(r => `- ${r.checkId} ${r.outcome === 'unknown' ? 'unknown' : `${r.outcome} (${r.severity ?? 'error'})`}: ${r.resource.name}`);
    return `Inference environment check failed (fail-on: ${failOnText}):${verdict.reason ? ` ${verdict.reason}` : ''}${lines.map(line => `\n${line}`).join('')}`;
}
/** The timing line: what the ARM reads cost. */
function timingLine(collected, maxConcurrency) {
    const arm = collected.stats;
    return `ARM reads: ${arm.requests} requests${arm.throttled ? ` (${arm.throttled} throttled, retried after Retry-After)` : ''}, ${arm.busyMs} ms in ARM, collection ${Math.round(collected.collectMs)} ms, total ${Math.round(performance.now())} ms (max-concurrency ${maxConcurrency})`;
}


/***/ })

};
