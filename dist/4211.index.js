export const id = 4211;
export const ids = [4211];
export const modules = {

/***/ 84211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WHAT_IF_DEPLOYMENT_NAME: () => (/* binding */ WHAT_IF_DEPLOYMENT_NAME),
/* harmony export */   plannedFromWhatIf: () => (/* binding */ plannedFromWhatIf),
/* harmony export */   readWhatIf: () => (/* binding */ readWhatIf),
/* harmony export */   typeOf: () => (/* binding */ typeOf)
/* harmony export */ });
/* harmony import */ var _planned_arm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88240);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20709);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98008);
/* harmony import */ var _model_json_shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50663);




/** The deployment name the what-if is asked under: nothing is deployed under it. */
const WHAT_IF_DEPLOYMENT_NAME = 'aml-inference-guard-what-if';
async function readWhatIf(clients, target, request) {
    try {
        const [context, { whatIf }] = await Promise.all([
            clients.deployments(target.subscriptionId),
            __webpack_require__.e(/* import() */ 6124).then(__webpack_require__.bind(__webpack_require__, 26124))
        ]);
        const result = await whatIf(context, target.resourceGroup, WHAT_IF_DEPLOYMENT_NAME, {
            properties: {
                // Complete mode would also predict deletions of what the template leaves out; the
                // workflow's deployment is judged as ARM's default (Incremental) applies it.
                mode: 'Incremental',
                template: request.template,
                // Checked by src/settings/arm-template.ts: each has a `value` or a Key Vault `reference`.
                ...(request.parameters
                    ? { parameters: request.parameters }
                    : {}),
                whatIfSettings: { resultFormat: 'FullResourcePayloads' }
            }
        });
        return plannedFromWhatIf(request.file, result);
    }
    catch (error) {
        return unreadable(request.file, (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .toReadError */ .sK)(error));
    }
}
function unreadable(file, error) {
    return {
        planned: { files: [file], resources: [], unreadable: [{ route: 'what-if', file, error }] },
        notes: []
    };
}
/**
 * A WhatIfOperationResult (`status`, `properties.changes[]`, or `error`) as the planned part:
 * resources of the types the checks read, and one note counting the others. Pure.
 */
function plannedFromWhatIf(file, result) {
    if (result.error || (result.status && result.status.toLowerCase() !== 'succeeded')) {
        const details = result.error?.details?.map(d => d.message ?? '').filter(Boolean) ?? [];
        return unreadable(file, {
            status: null,
            code: result.error?.code || `WhatIf${result.status ?? 'Failed'}`,
            message: [result.error?.message ?? `Azure's what-if ended ${result.status}`, ...details]
                .filter(Boolean)
                .join(' ')
        });
    }
    const armResources = [];
    const others = new Map();
    for (const change of result.changes ?? []) {
        const id = change.resourceId;
        const type = id ? typeOf(id) : undefined;
        if (!id || !type || !(0,_planned_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlannedArmType */ .jT)(type)) {
            const shown = type ?? change.resourceType ?? 'an extensible resource';
            others.set(shown, (others.get(shown) ?? 0) + 1);
            continue;
        }
        const changeType = _model_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .PLANNED_ARM_CHANGES */ .sE.find(c => c.toLowerCase() === change.changeType?.toLowerCase());
        const after = (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(change.after) ? change.after : undefined;
        armResources.push({
            route: 'what-if',
            file,
            id,
            type,
            // A change type newer than this action is not guessed at: its planned state is unknown.
            change: changeType ?? 'Unsupported',
            // As a GET returns it: what-if names a child resource as in the template (`ws/endpoint`).
            ...(after && changeType !== 'Delete'
                ? { after: (0,_planned_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .plannedBody */ .p4)(type, { ...after, id, name: id.split('/').pop() }) }
                : {}),
            ...(changeType === 'Unsupported' || !changeType
                ? {
                    unsupportedReason: change.unsupportedReason
                        ? `Azure's what-if could not predict ${id}: ${change.unsupportedReason}`
                        : `Azure's what-if gave ${id} the change type ${String(change.changeType)}, which this action does not know`
                }
                : {})
        });
    }
    const notes = others.size > 0
        ? [
            `arm-template: Azure's what-if of ${file} also predicts ${[...others]
                .map(([type, n]) => `${n} ${type}`)
                .join(', ')}, which no check reads; they are not judged (docs/planned.md lists the types that are).`
        ]
        : [];
    return {
        planned: { files: [file], resources: [], ...(armResources.length ? { armResources } : {}) },
        notes
    };
}
/** `Microsoft.Network/virtualNetworks/subnets` of an id; the last provider's for an extension resource. */
function typeOf(id) {
    const parts = id.split(/\/providers\//i);
    if (parts.length < 2)
        return undefined;
    const segments = parts[parts.length - 1].split('/');
    if (segments.length < 3 || segments.length % 2 === 0)
        return undefined;
    const [namespace, ...rest] = segments;
    return [namespace, ...rest.filter((_, i) => i % 2 === 0)].join('/');
}


/***/ }),

/***/ 98008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ read),
/* harmony export */   NC: () => (/* binding */ isLeafRead),
/* harmony export */   R$: () => (/* binding */ PageLinks),
/* harmony export */   Tu: () => (/* binding */ getRaw),
/* harmony export */   VW: () => (/* binding */ ReadCache),
/* harmony export */   VY: () => (/* binding */ invalidResourceId),
/* harmony export */   fL: () => (/* binding */ mapRead),
/* harmony export */   fN: () => (/* binding */ leafRead),
/* harmony export */   jf: () => (/* binding */ Semaphore),
/* harmony export */   on: () => (/* binding */ listShapeError),
/* harmony export */   pk: () => (/* binding */ malformedResponse),
/* harmony export */   sK: () => (/* binding */ toReadError),
/* harmony export */   tY: () => (/* binding */ getArmJson),
/* harmony export */   zD: () => (/* binding */ listRaw)
/* harmony export */ });
/* unused harmony exports MAX_PAGES, resourceShapeError, MALFORMED_CODE */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20690);
/* harmony import */ var _model_json_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50663);
/**
 * Turning SDK calls into `Read<T>` values: every failure is kept with its
 * reason (status, ARM error code, message) instead of thrown, and Machine
 * Learning bodies are taken raw because the SDK models drop newer fields.
 */



/**
 * A 200 body is only read raw, so the SDK's mapping of it into its models is skipped: that
 * walk over every property was a large share of the action's CPU and garbage. The SDK still
 * parses the JSON (a page's `nextLink` is read from it) and still turns an error into its
 * RestError, as every other status is deserialized as before.
 */
const rawRequestOptions = {
    shouldDeserialize: response => response.status !== 200
};
/** Runs an SDK call and returns the raw JSON body of its response, which must be a resource. */
async function getRaw(call) {
    let body;
    let malformed;
    let answered = false;
    try {
        await call({
            onResponse: response => {
                answered = true;
                body = parseBody(response);
                malformed = response.status === 200 ? resourceShapeError(body, response) : undefined;
            },
            requestOptions: rawRequestOptions
        });
    }
    catch (error) {
        // The SDK may stumble on the same body (e.g. not JSON): the shape's reason says more.
        throw malformed ?? error;
    }
    if (malformed)
        throw malformed;
    // A client that never handed over a response must not read as an empty resource.
    if (!answered)
        throw malformedResponse('ARM handed the action no response body to read');
    return body;
}
/** Collects every item of every page from the raw bodies, so fields the SDK models drop survive. */
async function listRaw(pages) {
    const items = [];
    const links = new PageLinks();
    let malformed;
    const iterator = pages({
        onResponse: response => {
            if (response.status !== 200 || malformed)
                return;
            const body = parseBody(response);
            malformed = listShapeError(body, response);
            if (malformed)
                return;
            const page = body;
            items.push(...page.value);
            links.add(page.nextLink);
        },
        requestOptions: rawRequestOptions
    });
    // Pages are consumed for their raw bodies, collected above.
    try {
        for (let page = await iterator.next(); !page.done; page = await iterator.next()) {
            if (malformed)
                throw malformed;
            links.check();
        }
    }
    catch (error) {
        throw malformed ?? error;
    }
    if (malformed)
        throw malformed;
    return items;
}
/** Most pages one list is read to: a service that keeps answering with a nextLink beyond it is broken. */
const MAX_PAGES = 200;
/**
 * The shapes ARM's REST specs give every operation the action calls: a list is an object with
 * an array `value` of objects and an optional string `nextLink`; a resource is an object with a
 * string `id` and, when present, an object `properties`. A 200 of any other shape (an empty
 * body, `null`, `{}`, a proxy's HTML page) says nothing about Azure: the read fails with the
 * reason rather than reading as "nothing there".
 */
function listShapeError(body, response) {
    const what = notAnObject(body, response, 'a list');
    if (what)
        return what;
    const page = body;
    const value = page['value'];
    if (!Array.isArray(value)) {
        return malformedResponse(`ARM answered 200 with a list whose \`value\` is ${kindOf(value)}, not an array`);
    }
    const bad = value.findIndex(item => !(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(item));
    if (bad >= 0) {
        return malformedResponse(`ARM answered 200 with a list whose item ${bad} is ${kindOf(value[bad])}, not an object`);
    }
    const next = page['nextLink'];
    if (next !== undefined && next !== null && typeof next !== 'string') {
        return malformedResponse(`ARM answered 200 with a list whose \`nextLink\` is ${kindOf(next)}, not a string`);
    }
    return undefined;
}
/** See listShapeError. */
function resourceShapeError(body, response) {
    const what = notAnObject(body, response, 'a resource');
    if (what)
        return what;
    const resource = body;
    if (typeof resource['id'] !== 'string' || !resource['id']) {
        return malformedResponse(`ARM answered 200 with a resource whose \`id\` is ${kindOf(resource['id'])}, not a resource id`);
    }
    const properties = resource['properties'];
    if (properties !== undefined && !(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(properties)) {
        return malformedResponse(`ARM answered 200 with a resource whose \`properties\` is ${kindOf(properties)}, not an object`);
    }
    return undefined;
}
/** Code of a read whose 200 answer does not have its operation's shape. */
const MALFORMED_CODE = 'MalformedResponse';
function malformedResponse(message) {
    return Object.assign(new Error(`${message}; the read is not trusted`), {
        statusCode: 200,
        code: MALFORMED_CODE
    });
}
/** The error for a body that is not a JSON object, or undefined for an object. */
function notAnObject(body, response, expected) {
    const text = response.bodyAsText ?? '';
    if (!text.trim())
        return malformedResponse(`ARM answered 200 with an empty body, not ${expected}`);
    if (body === undefined) {
        // The SDK's own words for this case, so every path reports it alike.
        return Object.assign(new Error(`the response body is not valid JSON (${text.length} characters)`), { statusCode: 200, code: 'PARSE_ERROR' });
    }
    if ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body))
        return undefined;
    return malformedResponse(`ARM answered 200 with ${kindOf(body)} as its body, not ${expected}`);
}
function kindOf(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}
/**
 * The `nextLink`s of one list. A link ARM already returned would make the SDK
 * (or our own paging) fetch the same pages forever, and a list longer than
 * `MAX_PAGES` pages is not read to its end: either way the list fails, naming
 * why, rather than being judged on the items read so far.
 */
class PageLinks {
    seen = new Set();
    repeated;
    pages = 0;
    last;
    add(link) {
        this.pages++;
        if (typeof link !== 'string' || !link) {
            this.last = undefined;
            return;
        }
        this.last = link;
        if (this.seen.has(link))
            this.repeated ??= link;
        this.seen.add(link);
    }
    /** Throws once a link was seen twice, or when a nextLink follows the last page allowed. */
    check() {
        if (this.repeated !== undefined) {
            throw Object.assign(new Error(`ARM returned the nextLink ${this.repeated} twice; the list would never end, so paging stopped`), { statusCode: 200, code: 'RepeatedNextLink' });
        }
        if (this.pages >= MAX_PAGES && this.last !== undefined) {
            throw Object.assign(new Error(`ARM still answered with a nextLink after ${MAX_PAGES} pages (the most one list is read to), so the list was not read to its end`), { statusCode: 200, code: 'TooManyPages' });
        }
    }
}
function parseBody(response) {
    if (!response.bodyAsText)
        return undefined;
    // Only a 200's body is left unmapped (see rawRequestOptions); other statuses may hold the SDK's
    // models. An object can only come from JSON.parse of the same text; anything else (a generated
    // client hands non-JSON text over as a string) is parsed here as before.
    const parsed = response.parsedBody;
    if (response.status === 200 && typeof parsed === 'object' && parsed !== null)
        return parsed;
    try {
        return JSON.parse(response.bodyAsText);
    }
    catch {
        // The SDK has already rejected a malformed success body; an error body may be anything.
        return undefined;
    }
}
async function read(call) {
    try {
        return { ok: true, value: await call() };
    }
    catch (error) {
        return { ok: false, error: toReadError(error) };
    }
}
function mapRead(result, map) {
    return result.ok ? { ok: true, value: map(result.value) } : result;
}
function toReadError(error) {
    const e = (error ?? {});
    const status = typeof e.statusCode === 'number' ? e.statusCode : null;
    const code = typeof e.code === 'string' && e.code ? e.code : 'RequestFailed';
    // The SDK's parse error quotes the whole body: the size says enough.
    const message = code === 'PARSE_ERROR'
        ? `the response body is not valid JSON (${bodyLength(error)} characters)`
        : typeof e.message === 'string'
            ? e.message
            : String(error);
    return { status, code, message };
}
function bodyLength(error) {
    const text = error.response?.bodyAsText;
    return typeof text === 'string' ? text.length : 0;
}
/** A failed read for an id that does not name the expected resource type. */
function invalidResourceId(id, expected) {
    return {
        ok: false,
        error: {
            status: null,
            code: 'InvalidResourceId',
            message: `'${id}' is not a ${expected} resource id`
        }
    };
}
/** Starts a read once per lower-cased ARM id, however many paths lead to it. */
class ReadCache {
    pending = new Map();
    get(id, start) {
        const key = id.toLowerCase();
        let value = this.pending.get(key);
        if (!value) {
            value = start();
            this.pending.set(key, value);
        }
        return value;
    }
    /** Every read started so far, settled, keyed by lower-cased id (the snapshot's form). */
    async settled() {
        const entries = await Promise.all([...this.pending].map(async ([key, value]) => [key, await value]));
        return Object.fromEntries(entries);
    }
}
/**
 * Reads nothing else waits for (deployment lists, NSGs, role definitions, ...): under the
 * concurrency bound they queue behind reads that start further reads, so a chain such as
 * workspace → private endpoint → subnet → route table → firewall is never stuck behind
 * 200 deployment lists and collection takes max(chain, reads ÷ concurrency), not their sum.
 */
const leafContext = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `call` with every ARM request it makes marked as a leaf read (see `isLeafRead`). */
function leafRead(call) {
    return leafContext.run(true, call);
}
/** True inside `leafRead`: the concurrency bound's policy queues such requests last. */
function isLeafRead() {
    return leafContext.getStore() === true;
}
/**
 * At most `limit` holders at once; the others wait in arrival order, those
 * queued `last` after every `first` one.
 */
class Semaphore {
    limit;
    active = 0;
    waiting = { first: [], last: [] };
    constructor(limit) {
        this.limit = limit;
    }
    async run(task, queue = 'first') {
        if (this.active >= this.limit) {
            await new Promise(resolve => this.waiting[queue].push(resolve));
        }
        else {
            this.active++;
        }
        try {
            return await task();
        }
        finally {
            // The slot passes to the next waiter directly, or is freed.
            const next = this.waiting.first.shift() ?? this.waiting.last.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}
/**
 * GET `url` through `sender` and return the body, which must have the shape
 * `shape` gives the operation (see listShapeError): the one way the reads the
 * SDKs do not cover (other providers, newer api-versions) take in raw bodies.
 * A non-200 throws ARM's error code and message.
 */
async function getArmJson(sender, url, shape) {
    const response = await sender.sendRequest((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .createPipelineRequest */ .G6)({ url, method: 'GET' }));
    const raw = {
        status: response.status,
        bodyAsText: response.bodyAsText ?? null,
        // Set when the client's pipeline has core-client's deserialization policy (no operation
        // spec here, so it is the parsed JSON, unmapped).
        parsedBody: response.parsedBody
    };
    const body = parseBody(raw);
    if (response.status !== 200) {
        const error = (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body) && (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body['error']) ? body['error'] : {};
        throw Object.assign(new Error(typeof error['message'] === 'string' ? error['message'] : `HTTP ${response.status}`), {
            statusCode: response.status,
            code: typeof error['code'] === 'string' ? error['code'] : 'RequestFailed'
        });
    }
    const problem = shape === 'list' ? listShapeError(body, raw) : resourceShapeError(body, raw);
    if (problem)
        throw problem;
    return body;
}


/***/ })

};
