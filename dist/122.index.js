export const id = 122;
export const ids = [122];
export const modules = {

/***/ 81122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_VERSIONS: () => (/* binding */ API_VERSIONS),
/* harmony export */   AzureClients: () => (/* binding */ AzureClients)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20690);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63558);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98008);



/**
 * api-versions the action reads with. `@azure/arm-machinelearning` 2.1.1 is
 * generated for 2022-10-01, whose models drop `managedNetwork` and other newer
 * workspace fields: we pin a current stable version and read Machine Learning
 * resources from the raw response body.
 */
const API_VERSIONS = {
    'Microsoft.MachineLearningServices': '2025-12-01',
    // The only version @azure/arm-network 39 sends: a TypeSpec-generated client, it fixes the
    // api-version per operation and ignores a client-level one. The lists paged by hand
    // (network-reader.ts) send the same.
    'Microsoft.Network': '2026-01-01',
    // The versions @azure/arm-containerservice 25.3 and @azure/arm-kubernetesconfiguration 6.1 default to.
    'Microsoft.ContainerService': '2026-04-01',
    'Microsoft.KubernetesConfiguration': '2023-05-01',
    // Permissions, role assignments/definitions and deny assignments (@azure/arm-authorization 9).
    'Microsoft.Authorization': '2022-04-01'
};
/** One SDK client per provider and subscription, built with the cloud's endpoint and scope. */
class AzureClients {
    credential;
    settings;
    network = new Map();
    ml = new Map();
    aks = new Map();
    k8sConfig = new Map();
    authz = new Map();
    graph;
    limiter;
    /** Options every client is built with: retries, timeouts, concurrency bound, Retry-After pauses, debug log, one connection pool. */
    pipelineOptions;
    constructor(credential, settings) {
        this.credential = credential;
        this.settings = settings;
        this.limiter = new ArmLimiter(settings.maxConcurrency ?? 16, settings.debug);
        this.pipelineOptions = {
            ...(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .armPipelineOptions */ .N1)(this.limiter.policy(), settings.deadline, settings.armEndpoint),
            // One keep-alive pool for every client: the generated clients would otherwise use two
            // (core-client's and ts-http-runtime's cached default), each opening its own connections.
            httpClient: (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createDefaultHttpClient */ .fl)()
        };
    }
    get stats() {
        return this.limiter.stats();
    }
    /** For requests the SDK clients have no operation for (built on this endpoint, sent through their pipeline). */
    get armEndpoint() {
        return this.settings.armEndpoint;
    }
    async machineLearning(subscriptionId) {
        const { AzureMachineLearningWorkspaces } = await Promise.all(/* import() */[__webpack_require__.e(160), __webpack_require__.e(754), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 34789));
        return cached(this.ml, subscriptionId, () => {
            return new AzureMachineLearningWorkspaces(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentialScopes: [this.settings.tokenScope],
                apiVersion: API_VERSIONS['Microsoft.MachineLearningServices']
            });
        });
    }
    /** Clusters may live in another subscription than the workspace. */
    async containerService(subscriptionId) {
        const { ContainerServiceClient } = await __webpack_require__.e(/* import() */ 617).then(__webpack_require__.bind(__webpack_require__, 63617));
        return cached(this.aks, subscriptionId.toLowerCase(), () => {
            // A TypeSpec-generated client: its scope option is `credentials.scopes`.
            return new ContainerServiceClient(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentials: { scopes: [this.settings.tokenScope] },
                apiVersion: API_VERSIONS['Microsoft.ContainerService']
            });
        });
    }
    async kubernetesConfiguration(subscriptionId) {
        const { SourceControlConfigurationClient } = await Promise.all(/* import() */[__webpack_require__.e(160), __webpack_require__.e(754), __webpack_require__.e(38)]).then(__webpack_require__.bind(__webpack_require__, 28038));
        return cached(this.k8sConfig, subscriptionId.toLowerCase(), () => {
            return new SourceControlConfigurationClient(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentialScopes: [this.settings.tokenScope],
                apiVersion: API_VERSIONS['Microsoft.KubernetesConfiguration']
            });
        });
    }
    /** Estate scans only (`scope`): tenant-level, so one client; loaded on first use. */
    async resourceGraph() {
        const { ResourceGraphClient } = await __webpack_require__.e(/* import() */ 87).then(__webpack_require__.bind(__webpack_require__, 35087));
        // A TypeSpec-generated client: its scope option is `credentials.scopes`; api-version is per operation.
        this.graph ??= new ResourceGraphClient(this.credential, {
            ...this.pipelineOptions,
            endpoint: this.settings.armEndpoint,
            credentials: { scopes: [this.settings.tokenScope] }
        });
        return this.graph;
    }
    /** Authorization reads are scoped by the ids they name; the subscription only builds the client. */
    async authorization(subscriptionId) {
        const { AuthorizationManagementClient } = await Promise.all(/* import() */[__webpack_require__.e(160), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 71043));
        return cached(this.authz, subscriptionId.toLowerCase(), () => {
            return new AuthorizationManagementClient(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentialScopes: [this.settings.tokenScope]
            });
        });
    }
    /** Network resources may live in another subscription than the workspace. */
    async networkFor(subscriptionId) {
        const { NetworkManagementClient } = await __webpack_require__.e(/* import() */ 699).then(__webpack_require__.bind(__webpack_require__, 89699));
        return cached(this.network, subscriptionId.toLowerCase(), () => {
            // A TypeSpec-generated client: its scope option is `credentials.scopes`.
            return new NetworkManagementClient(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentials: { scopes: [this.settings.tokenScope] }
            });
        });
    }
    /**
     * Sends requests through a TypeSpec-generated client's pipeline (its credential, scope and
     * the shared policies) on the shared connection pool: for list pages, whose raw bodies the
     * generated pagers do not hand out.
     */
    sender(client) {
        return {
            sendRequest: request => client.pipeline.sendRequest(this.pipelineOptions.httpClient, request)
        };
    }
}
function cached(map, key, create) {
    let value = map.get(key);
    if (!value) {
        value = create();
        map.set(key, value);
    }
    return value;
}
/**
 * One per run, shared by every client (a per-retry pipeline policy): at most
 * `limit` ARM requests in flight, leaf reads (`leafRead`) queued after the
 * others; after a 429 with `Retry-After`, no new request starts before that
 * time (the SDK's retry policy retries the throttled one); counts requests and
 * the time ARM was busy. Never sees or logs Authorization.
 */
class ArmLimiter {
    debug;
    semaphore;
    pausedUntil = 0;
    requests = 0;
    throttled = 0;
    inFlight = 0;
    busySince = 0;
    busyMs = 0;
    constructor(limit, debug) {
        this.debug = debug;
        this.semaphore = new _read_js__WEBPACK_IMPORTED_MODULE_2__/* .Semaphore */ .jf(Math.max(1, limit));
    }
    stats() {
        return { requests: this.requests, busyMs: Math.round(this.busyMs), throttled: this.throttled };
    }
    policy() {
        return {
            name: 'amlInferenceGuardArmLimiter',
            sendRequest: (request, next) => this.semaphore.run(async () => {
                // Checked again after each wait: a 429 that arrived meanwhile may have moved the pause.
                // The deadline ends the wait early.
                while (this.pausedUntil > Date.now() && !request.abortSignal?.aborted) {
                    await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pause */ .v7)(this.pausedUntil - Date.now(), request.abortSignal);
                }
                this.requests++;
                if (this.inFlight++ === 0)
                    this.busySince = performance.now();
                const started = performance.now();
                try {
                    const response = await next(request);
                    if (response.status === 429) {
                        this.throttled++;
                        const pause = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(response.headers.get('retry-after'));
                        if (pause)
                            this.pausedUntil = Math.max(this.pausedUntil, Date.now() + pause);
                    }
                    this.debug?.(`ARM ${request.method} ${request.url} → ${response.status} in ${Math.round(performance.now() - started)} ms (x-ms-correlation-request-id: ${response.headers.get('x-ms-correlation-request-id') ?? 'none'})`);
                    return response;
                }
                finally {
                    if (--this.inFlight === 0)
                        this.busyMs += performance.now() - this.busySince;
                }
            }, (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isLeafRead */ .NC)() ? 'last' : 'first')
        };
    }
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
    const bad = value.findIndex(item => !isObject(item));
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
    if (properties !== undefined && !isObject(properties)) {
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
    if (isObject(body))
        return undefined;
    return malformedResponse(`ARM answered 200 with ${kindOf(body)} as its body, not ${expected}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    const raw = { status: response.status, bodyAsText: response.bodyAsText ?? null };
    const body = parseBody(raw);
    if (response.status !== 200) {
        const error = isObject(body) && isObject(body['error']) ? body['error'] : {};
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
