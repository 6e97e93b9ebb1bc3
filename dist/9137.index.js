export const id = 9137;
export const ids = [9137];
export const modules = {

/***/ 19137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  API_VERSIONS: () => (/* binding */ API_VERSIONS),
  AzureClients: () => (/* binding */ AzureClients),
  WHAT_IF_API_VERSION: () => (/* binding */ WHAT_IF_API_VERSION)
});

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var esm = __webpack_require__(20690);
// EXTERNAL MODULE: ./src/collect/pipeline.ts
var pipeline = __webpack_require__(63558);
// EXTERNAL MODULE: ./src/collect/read.ts
var read = __webpack_require__(98008);
;// CONCATENATED MODULE: ./src/collect/pacer.ts
/**
 * Pacing ARM reads from the read budget ARM announces, so the action waits for the bucket
 * to refill instead of colliding with it (429) and leaves `arm-read-reserve` reads for the
 * deployment that follows it in the same job.
 *
 * ARM throttles with a token bucket per subscription and principal (reads: 250 tokens,
 * refilled at 25 per second) and a global one per subscription across principals (15 times
 * larger), and announces what is left on every answer:
 * `x-ms-ratelimit-remaining-subscription-reads` and
 * `x-ms-ratelimit-remaining-subscription-global-reads` ("Understand how Azure Resource Manager
 * throttles requests", learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling).
 * Without either header the pacer never waits: the 429 and its `Retry-After` stay the guard.
 *
 * Pure: the caller passes the clock, the request URL and the answer's headers.
 */
/** What ARM refills a principal's read bucket with each second (the documented figure). */
const ARM_READ_REFILL_PER_SECOND = 25;
/** The headers that announce the reads left, per-principal first. */
const REMAINING_READS_HEADERS = [
    'x-ms-ratelimit-remaining-subscription-reads',
    'x-ms-ratelimit-remaining-subscription-global-reads'
];
class ReadPacer {
    reserve;
    refillPerSecond;
    buckets = new Map();
    unannounced = new Map();
    constructor(
    /** Reads of the announced budget never spent (`arm-read-reserve`). */
    reserve, refillPerSecond = ARM_READ_REFILL_PER_SECOND) {
        this.reserve = reserve;
        this.refillPerSecond = refillPerSecond;
    }
    /**
     * How long to wait (ms) before sending one more read to `url`'s subscription, 0 when it
     * may go now. The estimate counts every read still in flight as spent (ARM may not have
     * counted it in its last answer yet) and adds the refill since that answer.
     */
    delayMs(url, now) {
        const bucket = this.buckets.get(bucketOf(url));
        if (!bucket)
            return 0;
        const refilled = ((now - bucket.at) / 1000) * this.refillPerSecond;
        const available = bucket.remaining + refilled - bucket.inFlight;
        // Sending spends one read; at least `reserve` must be left after it.
        const missing = this.reserve + 1 - available;
        return missing > 0 ? Math.ceil((missing / this.refillPerSecond) * 1000) : 0;
    }
    /** A read to `url` is sent now (call in the same tick as a 0 from `delayMs`). */
    sent(url) {
        const key = bucketOf(url);
        const bucket = this.buckets.get(key);
        if (bucket)
            bucket.inFlight++;
        else
            this.unannounced.set(key, (this.unannounced.get(key) ?? 0) + 1);
    }
    /** The answer to a read sent to `url` arrived at `now` with these headers (or none: a failed try). */
    answered(url, now, headers) {
        const key = bucketOf(url);
        let bucket = this.buckets.get(key);
        if (bucket)
            bucket.inFlight = Math.max(0, bucket.inFlight - 1);
        else
            this.unannounced.set(key, Math.max(0, (this.unannounced.get(key) ?? 0) - 1));
        const remaining = headers ? announcedReads(headers) : undefined;
        if (remaining === undefined)
            return;
        if (!bucket) {
            bucket = { remaining, at: now, inFlight: this.unannounced.get(key) ?? 0 };
            this.unannounced.delete(key);
            this.buckets.set(key, bucket);
        }
        bucket.remaining = remaining;
        bucket.at = now;
    }
}
/** The lower of the announced remaining reads, or undefined when ARM announced none. */
function announcedReads(headers) {
    let lowest;
    for (const name of REMAINING_READS_HEADERS) {
        const raw = headers.get(name)?.trim();
        if (!raw || !/^\d+$/.test(raw))
            continue;
        const value = Number(raw);
        lowest = lowest === undefined ? value : Math.min(lowest, value);
    }
    return lowest;
}
/** ARM's buckets are per subscription; reads outside one (tenant level) share the tenant's. */
function bucketOf(url) {
    return /\/subscriptions\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? 'tenant';
}

;// CONCATENATED MODULE: ./src/collect/clients.ts




/**
 * api-versions the action reads with. `@azure/arm-machinelearning` 2.1.1 is
 * generated for 2022-10-01, whose models drop `managedNetwork` and other newer
 * workspace fields: we pin a current stable version and read Machine Learning
 * resources from the raw response body.
 */
const API_VERSIONS = {
    'Microsoft.MachineLearningServices': '2025-12-01',
    // The only version @azure/arm-network 39 sends: a TypeSpec-generated client, it fixes the
    // api-version per operation and ignores a client-level one. The GETs and lists sent through
    // its client context (network-reader.ts) send the same.
    'Microsoft.Network': '2026-01-01',
    // Pinned, sent through @azure/arm-containerservice's client context (25.5 defaults to
    // 2026-06-01; the emulator's cluster bodies follow the 2026-04-01 spec), and the version
    // @azure/arm-kubernetesconfiguration 6.1 defaults to.
    'Microsoft.ContainerService': '2026-04-01',
    'Microsoft.KubernetesConfiguration': '2023-05-01',
    // Permissions, role assignments/definitions and deny assignments (@azure/arm-authorization 9).
    'Microsoft.Authorization': '2022-04-01'
};
/**
 * Deployments_WhatIf (`arm-template`): the latest stable version of the Microsoft.Resources
 * deployments REST spec (its example PostDeploymentWhatIfOnResourceGroup.json); kept out of
 * API_VERSIONS, which every snapshot records, as most runs send no what-if.
 */
const WHAT_IF_API_VERSION = '2025-04-01';
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
        this.limiter = new ArmLimiter(settings.maxConcurrency ?? 16, new ReadPacer(settings.armReadReserve ?? 25), settings.debug);
        this.pipelineOptions = {
            ...(0,pipeline/* armPipelineOptions */.N1)(this.limiter.policy(), settings.deadline, settings.armEndpoint),
            // One keep-alive pool for every client: the generated clients would otherwise use two
            // (core-client's and ts-http-runtime's cached default), each opening its own connections.
            httpClient: (0,esm/* createDefaultHttpClient */.fl)()
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
        const { AzureMachineLearningWorkspaces } = await Promise.all(/* import() */[__webpack_require__.e(160), __webpack_require__.e(1754), __webpack_require__.e(4789)]).then(__webpack_require__.bind(__webpack_require__, 34789));
        return cached(this.ml, subscriptionId, () => {
            return new AzureMachineLearningWorkspaces(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentialScopes: [this.settings.tokenScope],
                apiVersion: API_VERSIONS['Microsoft.MachineLearningServices']
            });
        });
    }
    /**
     * Clusters may live in another subscription than the workspace. The client context of
     * `@azure/arm-containerservice` (what its `ContainerServiceClient` wraps: the same pipeline):
     * the action sends its one GET per cluster through it (`readManagedCluster`), so the package's
     * operations and models (a 0.47 MB chunk) are never loaded.
     */
    async containerService(subscriptionId) {
        const { createContainerService } = await __webpack_require__.e(/* import() */ 2530).then(__webpack_require__.bind(__webpack_require__, 22530));
        return cached(this.aks, subscriptionId.toLowerCase(), () => {
            // A TypeSpec-generated client: its scope option is `credentials.scopes`.
            return createContainerService(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentials: { scopes: [this.settings.tokenScope] },
                apiVersion: API_VERSIONS['Microsoft.ContainerService']
            });
        });
    }
    async kubernetesConfiguration(subscriptionId) {
        const { SourceControlConfigurationClient } = await Promise.all(/* import() */[__webpack_require__.e(160), __webpack_require__.e(1754), __webpack_require__.e(8038)]).then(__webpack_require__.bind(__webpack_require__, 28038));
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
        const { ResourceGraphClient } = await __webpack_require__.e(/* import() */ 5087).then(__webpack_require__.bind(__webpack_require__, 35087));
        // A TypeSpec-generated client: its scope option is `credentials.scopes`; api-version is per operation.
        this.graph ??= new ResourceGraphClient(this.credential, {
            ...this.pipelineOptions,
            endpoint: this.settings.armEndpoint,
            credentials: { scopes: [this.settings.tokenScope] }
        });
        return this.graph;
    }
    /**
     * `arm-template` only (src/collect/read-what-if.ts): the deployments client context of
     * `@azure/arm-resourcesdeployments` (the package that holds ARM's Deployments operations since
     * `@azure/arm-resources` 8 dropped them), loaded on first use, on the same pipeline.
     */
    async deployments(subscriptionId) {
        const { createDeployments } = await __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 90895));
        // A TypeSpec-generated client: its scope option is `credentials.scopes`.
        return createDeployments(this.credential, subscriptionId, {
            ...this.pipelineOptions,
            endpoint: this.settings.armEndpoint,
            credentials: { scopes: [this.settings.tokenScope] },
            apiVersion: WHAT_IF_API_VERSION
        });
    }
    /** Authorization reads are scoped by the ids they name; the subscription only builds the client. */
    async authorization(subscriptionId) {
        const { AuthorizationManagementClient } = await Promise.all(/* import() */[__webpack_require__.e(160), __webpack_require__.e(1043)]).then(__webpack_require__.bind(__webpack_require__, 71043));
        return cached(this.authz, subscriptionId.toLowerCase(), () => {
            return new AuthorizationManagementClient(this.credential, subscriptionId, {
                ...this.pipelineOptions,
                endpoint: this.settings.armEndpoint,
                credentialScopes: [this.settings.tokenScope]
            });
        });
    }
    /**
     * Network resources may live in another subscription than the workspace. The client context
     * of `@azure/arm-network` (what its `NetworkManagementClient` wraps: the same pipeline): the
     * action sends its GETs through it without the generated operations, whose 3.4 MB chunk of
     * operations and models cost ≈ 150 ms to load and ≈ 20 MB of memory for bodies read raw.
     */
    async networkFor(subscriptionId) {
        const { createNetworkManagement } = await __webpack_require__.e(/* import() */ 9184).then(__webpack_require__.bind(__webpack_require__, 79184));
        return cached(this.network, subscriptionId.toLowerCase(), () => {
            // A TypeSpec-generated client: its scope option is `credentials.scopes`.
            return createNetworkManagement(this.credential, subscriptionId, {
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
 * the time ARM was busy; paces reads from the read budget ARM announces
 * (`ReadPacer`), so the bucket refills before a read would be throttled.
 * Never sees or logs Authorization.
 */
class ArmLimiter {
    pacer;
    debug;
    semaphore;
    pausedUntil = 0;
    requests = 0;
    throttled = 0;
    inFlight = 0;
    busySince = 0;
    busyMs = 0;
    constructor(limit, pacer, debug) {
        this.pacer = pacer;
        this.debug = debug;
        this.semaphore = new read/* Semaphore */.jf(Math.max(1, limit));
    }
    stats() {
        return { requests: this.requests, busyMs: Math.round(this.busyMs), throttled: this.throttled };
    }
    policy() {
        return {
            name: 'amlInferenceGuardArmLimiter',
            sendRequest: (request, next) => this.semaphore.run(async () => {
                // Checked again after each wait: a 429 that arrived meanwhile may have moved the pause,
                // and other reads may have spent the refill. The deadline ends the wait early.
                for (;;) {
                    if (request.abortSignal?.aborted)
                        break;
                    const wait = Math.max(this.pausedUntil - Date.now(), this.pacer.delayMs(request.url, Date.now()));
                    if (wait <= 0)
                        break;
                    await (0,pipeline/* pause */.v7)(wait, request.abortSignal);
                }
                // Same tick as the last delayMs: the next waiter counts this read as spent.
                this.pacer.sent(request.url);
                let answer;
                this.requests++;
                if (this.inFlight++ === 0)
                    this.busySince = performance.now();
                const started = performance.now();
                try {
                    const response = await next(request);
                    answer = response;
                    if (response.status === 429) {
                        this.throttled++;
                        const pause = (0,pipeline/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
                        if (pause)
                            this.pausedUntil = Math.max(this.pausedUntil, Date.now() + pause);
                    }
                    this.debug?.(`ARM ${request.method} ${request.url} → ${response.status} in ${Math.round(performance.now() - started)} ms (x-ms-correlation-request-id: ${response.headers.get('x-ms-correlation-request-id') ?? 'none'})`);
                    return response;
                }
                finally {
                    this.pacer.answered(request.url, Date.now(), answer?.headers);
                    if (--this.inFlight === 0)
                        this.busyMs += performance.now() - this.busySince;
                }
            }, (0,read/* isLeafRead */.NC)() ? 'last' : 'first')
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
