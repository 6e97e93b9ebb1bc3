export const id = 7046;
export const ids = [7046];
export const modules = {

/***/ 99061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ describeClaims),
/* harmony export */   d: () => (/* binding */ decodeJwtClaims)
/* harmony export */ });
/**
 * Decodes a JWT's payload without verifying it: the claims are only printed so
 * the user can compare them with the federated credential. Returns undefined
 * for anything that is not a JWT.
 */
function decodeJwtClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
/** The claims a user registers in a federated credential, one per line, for the log. */
function describeClaims(claims) {
    const aud = Array.isArray(claims.aud) ? claims.aud.join(', ') : claims.aud;
    return [
        `issuer (iss): ${claims.iss ?? '(missing)'}`,
        `subject (sub): ${claims.sub ?? '(missing)'}`,
        `audience (aud): ${aud ?? '(missing)'}`,
        `job_workflow_ref: ${claims.job_workflow_ref ?? '(missing)'}`
    ].join('\n');
}


/***/ }),

/***/ 63558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ armPipelineOptions),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   YV: () => (/* binding */ MAX_TRY_TIMEOUT_MS),
/* harmony export */   bE: () => (/* binding */ refuseForeignLink),
/* harmony export */   bI: () => (/* binding */ deadlinePolicy),
/* harmony export */   sQ: () => (/* binding */ RunDeadline),
/* harmony export */   tj: () => (/* binding */ tryTimeoutPolicy),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* unused harmony exports ARM_RETRY_OPTIONS, FOREIGN_LINK_CODE, sameHostPolicy */
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20690);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20709);
/**
 * How every ARM request retries and gives up, in one place. Retries are the
 * SDK pipeline's own retry policy (exponential back-off for 408/5xx and
 * connection errors, `Retry-After` for 429/503), configured with a bound so a
 * permanently failing ARM ends as an `unknown` with its reason. Two small
 * policies add what the SDK leaves to the caller: a per-try timeout, and the
 * run's deadline (`timeout-seconds`).
 */


/** The SDK's retry options: at most 3 retries, 0.5 s doubling up to 8 s (jittered); `Retry-After` wins when ARM sends it. */
const ARM_RETRY_OPTIONS = { maxRetries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 8000 };
/** Longest a single try may take; a tenth of the deadline when that is shorter, so retries fit in it. */
const MAX_TRY_TIMEOUT_MS = 30_000;
/** The whole-run deadline: `timeout-seconds` after the run started. */
class RunDeadline {
    seconds;
    signal;
    reached;
    constructor(seconds, startedAt = performance.now()) {
        this.seconds = seconds;
        const remaining = Math.max(0, Math.ceil(seconds * 1000 - (performance.now() - startedAt)));
        // AbortSignal.timeout does not keep the process alive.
        this.signal = AbortSignal.timeout(remaining);
        this.reached = new Promise((_, reject) => {
            this.signal.addEventListener('abort', () => reject(this.error()), { once: true });
        });
        this.reached.catch(() => undefined);
    }
    get expired() {
        return this.signal.aborted;
    }
    /** Per-try timeout: at most 30 s, and a tenth of the deadline. */
    get tryTimeoutMs() {
        return Math.min(MAX_TRY_TIMEOUT_MS, Math.max(1000, (this.seconds * 1000) / 10));
    }
    error() {
        return new _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj(`the run reached its deadline (\`timeout-seconds\`: ${this.seconds}) before Azure answered this read`, { code: _model_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .DEADLINE_CODE */ .Hm });
    }
    /** Settles like `work`, or rejects with the deadline error when the deadline comes first. */
    race(work) {
        return Promise.race([work, this.reached]);
    }
}
/**
 * Per call (outside the retry policy): no request starts after the deadline,
 * and one still in flight or waiting to retry is aborted when it passes.
 */
function deadlinePolicy(deadline) {
    return {
        name: 'amlInferenceGuardDeadline',
        sendRequest: async (request, next) => {
            if (deadline.expired)
                throw deadline.error();
            // A signal per request: AbortSignal.any adds no listener to the shared deadline signal.
            request.abortSignal = AbortSignal.any([deadline.signal, ...toSignals(request.abortSignal)]);
            try {
                return await deadline.race(next(request));
            }
            catch (error) {
                if (deadline.expired)
                    throw deadline.error();
                throw error;
            }
        }
    };
}
function toSignals(signal) {
    if (!signal)
        return [];
    if (signal instanceof AbortSignal)
        return [signal];
    const controller = new AbortController();
    if (signal.aborted)
        controller.abort();
    else
        signal.addEventListener('abort', () => controller.abort(), { once: true });
    return [controller.signal];
}
/**
 * Per try (inside the retry policy): a try that takes longer than `timeoutMs`
 * is aborted and reported as ETIMEDOUT, a system error the SDK's exponential
 * retry strategy retries (its own abort error is never retried). An unref'd
 * `AbortSignal.timeout` is used rather than `request.timeout`, whose timer the
 * HTTP client leaves running after a failed try, holding the process open.
 */
function tryTimeoutPolicy(timeoutMs) {
    return {
        name: 'amlInferenceGuardTryTimeout',
        sendRequest: async (request, next) => {
            const caller = request.abortSignal;
            const timeout = AbortSignal.timeout(timeoutMs);
            request.abortSignal = AbortSignal.any([timeout, ...toSignals(caller)]);
            try {
                return await next(request);
            }
            catch (error) {
                if (!timeout.aborted || caller?.aborted)
                    throw error;
                throw new _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj(`no answer within ${timeoutMs / 1000} s (per-try timeout)`, {
                    code: 'ETIMEDOUT',
                    request
                });
            }
            finally {
                // The retry policy looks at the caller's signal to decide whether to retry.
                request.abortSignal = caller;
            }
        }
    };
}
/** Waits `ms`, or less when `signal` aborts first (the deadline must not wait out a long Retry-After). */
function pause(ms, signal) {
    return new Promise(resolve => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done);
    });
}
/** `Retry-After` in seconds or as an HTTP date, in ms from now (undefined when absent or invalid). */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return seconds >= 0 ? seconds * 1000 : undefined;
    const date = Date.parse(header);
    return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
/** Code of a read stopped because ARM named a link on another host. */
const FOREIGN_LINK_CODE = 'UnexpectedNextLink';
/**
 * Throws unless `url` is on `origin` (scheme, host and port). A `nextLink` is followed with the
 * ARM bearer token: one naming another host would hand that host the token.
 */
function refuseForeignLink(url, origin) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw Object.assign(new Error(`ARM named a link that is not a URL; it was not followed`), {
            statusCode: 200,
            code: FOREIGN_LINK_CODE
        });
    }
    if (target.origin === origin)
        return;
    throw Object.assign(new Error(`ARM named a link on another host (${target.host}); the ARM token is sent only to ${new URL(origin).host}, so the link was not followed`), { statusCode: 200, code: FOREIGN_LINK_CODE });
}
/**
 * Per call, ahead of the bearer-token policy: a request to any other origin than the ARM
 * endpoint is never sent. The SDK pagers follow a page's `nextLink` as given; this is the one
 * place every client's requests pass, so no pager can carry the token elsewhere.
 */
function sameHostPolicy(armEndpoint) {
    const origin = new URL(armEndpoint).origin;
    return {
        name: 'amlInferenceGuardSameHost',
        sendRequest: (request, next) => {
            refuseForeignLink(request.url, origin);
            return next(request);
        }
    };
}
/**
 * Options every ARM client is built with. `limiter` (concurrency, Retry-After
 * pauses, accounting) runs per try before the timeout starts, so waiting for
 * a slot never counts against a try.
 */
function armPipelineOptions(limiter, deadline, armEndpoint) {
    return {
        retryOptions: ARM_RETRY_OPTIONS,
        additionalPolicies: [
            ...(armEndpoint
                ? [{ policy: sameHostPolicy(armEndpoint), position: 'perCall' }]
                : []),
            ...(deadline ? [{ policy: deadlinePolicy(deadline), position: 'perCall' }] : []),
            { policy: limiter, position: 'perRetry' },
            {
                policy: tryTimeoutPolicy(deadline?.tryTimeoutMs ?? MAX_TRY_TIMEOUT_MS),
                position: 'perRetry'
            }
        ]
    };
}


/***/ }),

/***/ 72281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ CATEGORIES),
/* harmony export */   b: () => (/* binding */ SECTIONS)
/* harmony export */ });
/** What `fail-on` selects by. */
const CATEGORIES = ['isolation', 'rbac', 'outbound', 'kubernetes'];
/** Sections of the source article ("Secure an Azure Machine Learning inferencing environment with virtual networks"). */
const SECTIONS = {
    prerequisites: 'Prerequisites',
    'managed-endpoints': 'Secure managed online endpoints',
    kubernetes: 'Secure Azure Kubernetes Service online endpoints',
    outbound: 'Limit outbound connectivity from the virtual network'
};


/***/ }),

/***/ 35535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ cloudSuffixes),
/* harmony export */   vD: () => (/* binding */ CLOUD_NAMES)
/* harmony export */ });
/* unused harmony export CLOUD_SUFFIXES */
/**
 * Azure clouds by name, and the DNS suffixes of the services the checks name
 * per cloud. Plain data: settings/ builds the endpoints of a run on the same
 * names, evaluate/ picks the host names a firewall must allow from the
 * snapshot's `cloud`.
 *
 * Suffixes as Azure CLI's `az cloud show` reports them
 * (`suffixes.acrLoginServerEndpoint`, `suffixes.storageEndpoint`).
 */
const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const CLOUD_SUFFIXES = Object.freeze({
    AzureCloud: Object.freeze({ containerRegistry: 'azurecr.io', storage: 'core.windows.net' }),
    AzureUSGovernment: Object.freeze({
        containerRegistry: 'azurecr.us',
        storage: 'core.usgovcloudapi.net'
    }),
    AzureChinaCloud: Object.freeze({
        containerRegistry: 'azurecr.cn',
        storage: 'core.chinacloudapi.cn'
    })
});
/** The suffixes of a snapshot's cloud; `custom` (an emulator or a proxy of public ARM) and unknown names use the public cloud's. */
function cloudSuffixes(cloud) {
    return CLOUD_NAMES.includes(cloud ?? '')
        ? CLOUD_SUFFIXES[cloud]
        : CLOUD_SUFFIXES.AzureCloud;
}


/***/ }),

/***/ 33477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ quote)
/* harmony export */ });
// Quoting untrusted values for messages lives apart from the input parser, so the suppressions
// matcher and the pipeline can quote without importing the action's inputs.
const MAX_QUOTED = 60;
/**
 * A user value quoted for an error message: at most 60 characters (longer ones
 * are cut with "…"), in double quotes, with quotes, backslashes, control,
 * format and line-break characters escaped, so a value cannot start a new log
 * line, inject a workflow command (`::set-output`) or reorder text (bidi controls).
 */
function quote(value) {
    const chars = Array.from(value);
    const cut = chars.length > MAX_QUOTED;
    const shown = (cut ? chars.slice(0, MAX_QUOTED) : chars).join('');
    const escaped = shown.replace(/[\\"\p{C}\p{Zl}\p{Zp}]/gu, c => {
        if (c === '\\' || c === '"')
            return `\\${c}`;
        const code = c.codePointAt(0) ?? 0;
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
    return `"${escaped}"${cut ? `… (${chars.length} characters)` : ''}`;
}


/***/ }),

/***/ 6968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ DEPLOYMENT_METHODS),
/* harmony export */   b: () => (/* binding */ ROUTES)
/* harmony export */ });
// What a run is asked to check: the route(s) and how the identity deploys. Plain data, shared by
// the inputs, the snapshot it is recorded in and the route decision, so none of them imports another.
/** Which inference route(s) to check: `auto` decides from what the workspace holds. */
const ROUTES = ['auto', 'managed', 'kubernetes', 'both'];
/** How the identity deploys into the network; `arm-template` needs no `Microsoft.Network/*\/read`. */
const DEPLOYMENT_METHODS = ['cli', 'sdk', 'studio', 'arm-template'];


/***/ }),

/***/ 51391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseResourceId),
/* harmony export */   i: () => (/* binding */ workspaceResourceId)
/* harmony export */ });
/** Parses `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}...]`. */
function parseResourceId(id) {
    const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/(.+)$/i.exec(id.trim());
    if (!match)
        return undefined;
    const [, subscriptionId, resourceGroup, provider, rest] = match;
    const segments = rest.split('/');
    if (segments.length % 2 !== 0 || segments.some(s => s === ''))
        return undefined;
    return { subscriptionId, resourceGroup, provider, segments };
}
function workspaceResourceId(subscriptionId, resourceGroup, workspaceName) {
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspaceName}`;
}


/***/ }),

/***/ 20709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ SNAPSHOT_SCHEMA_VERSION),
/* harmony export */   G_: () => (/* binding */ TARGET_FIELDS),
/* harmony export */   Hm: () => (/* binding */ DEADLINE_CODE),
/* harmony export */   Iy: () => (/* binding */ resourceName),
/* harmony export */   a1: () => (/* binding */ KNOWN_AFTER_APPLY_CODE),
/* harmony export */   ik: () => (/* binding */ resourceKey),
/* harmony export */   l3: () => (/* binding */ parentVirtualNetworkId),
/* harmony export */   rc: () => (/* binding */ PLANNED_ARM_ROUTES),
/* harmony export */   sE: () => (/* binding */ PLANNED_ARM_CHANGES),
/* harmony export */   y0: () => (/* binding */ UNUSABLE_ANSWER_CODES)
/* harmony export */ });
/**
 * The snapshot: everything collection read from Azure, as plain JSON.
 *
 * Checks are pure functions of this object and never call Azure, so a snapshot
 * can be saved, diffed and re-evaluated offline. Every read records whether it
 * succeeded; a refused or failed read is kept with its reason so that checks can
 * report `unknown` instead of passing silently.
 *
 * Bump SNAPSHOT_SCHEMA_VERSION on any change that an older reader would misread,
 * add a step to `MIGRATIONS` in src/collect/snapshot-file.ts, and update
 * schemas/snapshot.schema.json and docs/snapshot.md.
 *
 * Version 2 adds `collectedBy`: a saved snapshot may be evaluated by another
 * version of the tool than the one that read Azure.
 */
const SNAPSHOT_SCHEMA_VERSION = 2;
/** Local ReadError codes: the run's deadline (`timeout-seconds`) cut the read short. */
const DEADLINE_CODE = 'RunDeadlineExceeded';
/** Local ReadError codes: Azure answered, but with a body or page link that cannot be used. */
/**
 * Local ReadError code of the overlaid snapshot: the planned value of a resource the checks read
 * is known only after the change is applied (Terraform's `(known after apply)`, what-if's
 * `Unsupported`), so its planned state is unknown.
 */
const KNOWN_AFTER_APPLY_CODE = 'KnownAfterApply';
const UNUSABLE_ANSWER_CODES = [
    'PARSE_ERROR',
    'RepeatedNextLink',
    'UnexpectedNextLink',
    'MalformedResponse',
    'TooManyPages'
];
/** The fields of SnapshotTarget, for shape checks of files read back (reports, snapshots). */
const TARGET_FIELDS = [
    'subscriptionId',
    'resourceGroup',
    'workspaceName',
    'workspaceId'
];
const PLANNED_ARM_ROUTES = ['what-if', 'terraform'];
const PLANNED_ARM_CHANGES = [
    'Create',
    'Modify',
    'Delete',
    'NoChange',
    'Deploy',
    'Ignore',
    'Unsupported'
];
/** ARM ids compare case-insensitively; snapshot maps are keyed by this form. */
function resourceKey(id) {
    return id.toLowerCase();
}
/** The VNet id of a subnet id (`.../virtualNetworks/{vnet}/subnets/{subnet}`). */
function parentVirtualNetworkId(subnetId) {
    const match = /^(.*\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(subnetId);
    return match?.[1];
}
/** Last segment of an ARM id, for display. */
function resourceName(id) {
    const parts = id.split('/').filter(Boolean);
    return parts[parts.length - 1] ?? id;
}


/***/ }),

/***/ 25532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DETAIL_LEVELS: () => (/* binding */ DETAIL_LEVELS),
/* harmony export */   redactIdentifiers: () => (/* binding */ redactIdentifiers),
/* harmony export */   reportAtDetail: () => (/* binding */ reportAtDetail),
/* harmony export */   shortHash: () => (/* binding */ shortHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * `detail: redacted`: the PR comment and the job summary of a public repository
 * are readable by anyone, so they drop what maps the estate (subscription,
 * tenant and principal ids, full ARM resource ids, IP address ranges) and keep
 * resource names, which reviewers need. A pure function of the report, applied
 * before rendering, so every renderer of those two gets it; the JSON report and
 * SARIF (access-controlled artifacts) stay full.
 */

const DETAIL_LEVELS = ['full', 'redacted'];
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
// A segment stops at whitespace and at what ends an id in prose, markdown or a command.
const SEGMENT = String.raw `[^\s/\x60'"|<>,;()\[\]\\]+`;
const ARM_ID = new RegExp(String.raw `/subscriptions/${SEGMENT}(?:/${SEGMENT})*`, 'gi');
const OCTET = String.raw `(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const IPV4 = new RegExp(String.raw `(?<![\w.])(?:${OCTET}\.){3}${OCTET}(?:/\d{1,2})?(?![\w.]*\d)`, 'g');
// Only IPv6 with a prefix length: bare hex-and-colon text is too often something else.
const IPV6_PREFIX = /(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){1,7}\/\d{1,3}\b/gi;
/** The whole address space says "the internet", not where this network is: kept, as reviewers read routes by it. */
const KEPT_PREFIXES = new Set(['0.0.0.0/0', '::/0']);
/** A short stable stand-in, so two different ids stay apart in a table without being shown. */
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text.toLowerCase()).digest('hex').slice(0, 6);
}
/** `/subscriptions/…/virtualNetworks/vnet-a/subnets/snet-b` → `subnets/snet-b`. */
function shortArmId(id) {
    const trail = /\.+$/.exec(id)?.[0] ?? '';
    const parts = id
        .slice(0, id.length - trail.length)
        .split('/')
        .filter(Boolean);
    const name = parts.at(-1) ?? '';
    const type = parts.length >= 2 ? parts.at(-2) : undefined;
    return `${type ? `${type}/` : ''}${name}${trail}`;
}
/** `text` without GUIDs, full ARM ids or IP ranges; names stay. */
function redactIdentifiers(text) {
    return text
        .replace(ARM_ID, shortArmId)
        .replace(GUID, guid => `…${shortHash(guid)}`)
        .replace(IPV4, ip => (KEPT_PREFIXES.has(ip) ? ip : ip.replace(/^[\d.]+/, '…')))
        .replace(IPV6_PREFIX, ip => (KEPT_PREFIXES.has(ip) ? ip : ip.replace(/^[^/]+/, '…')));
}
function redactValues(value) {
    if (typeof value === 'string')
        return redactIdentifiers(value);
    if (Array.isArray(value))
        return value.map(item => redactValues(item));
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValues(item)]));
    }
    return value;
}
/** The report as the comment and summary show it at `detail`; `full` returns it unchanged. */
function reportAtDetail(report, detail = 'full') {
    return detail === 'redacted' ? redactValues(report) : report;
}


/***/ }),

/***/ 90855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ customMissingMessage),
/* harmony export */   au: () => (/* binding */ resolveCloud),
/* harmony export */   ju: () => (/* binding */ ENVIRONMENTS),
/* harmony export */   tX: () => (/* binding */ isKnownAuthorityHost)
/* harmony export */ });
/* unused harmony exports CLOUDS, normaliseEndpoint */
/* harmony import */ var _model_clouds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35535);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);
/**
 * Azure clouds: the endpoints a run talks to, resolved once from the inputs.
 *
 * Values follow Microsoft's documentation (Azure CLI `az cloud show`, the
 * `azure/login` action and "Configure an app to trust an external identity
 * provider"): ARM endpoint, the ARM token scope (the cloud's
 * `activeDirectoryResourceId` + `/.default`), the Entra ID authority host and
 * the audience a federated credential expects in the GitHub OIDC token.
 */


// The names live in model/ with the per-cloud service suffixes the checks use.

/** Values of the `environment` input, canonical spelling. */
const ENVIRONMENTS = [..._model_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_NAMES */ .vD, 'custom'];
const CLOUDS = Object.freeze({
    AzureCloud: Object.freeze({
        name: 'AzureCloud',
        armEndpoint: 'https://management.azure.com',
        tokenScope: 'https://management.azure.com/.default',
        authorityHost: 'https://login.microsoftonline.com',
        audience: 'api://AzureADTokenExchange'
    }),
    AzureUSGovernment: Object.freeze({
        name: 'AzureUSGovernment',
        armEndpoint: 'https://management.usgovcloudapi.net',
        tokenScope: 'https://management.core.usgovcloudapi.net/.default',
        authorityHost: 'https://login.microsoftonline.us',
        audience: 'api://AzureADTokenExchangeUSGov'
    }),
    AzureChinaCloud: Object.freeze({
        name: 'AzureChinaCloud',
        armEndpoint: 'https://management.chinacloudapi.cn',
        tokenScope: 'https://management.core.chinacloudapi.cn/.default',
        authorityHost: 'https://login.chinacloudapi.cn',
        audience: 'api://AzureADTokenExchangeChina'
    })
});
const KNOWN_AUTHORITY_HOSTS = new Set(_model_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_NAMES */ .vD.map(name => normaliseEndpoint(CLOUDS[name].authorityHost).toLowerCase()));
/** `https://Host/path/` → `https://host/path` (lower-case scheme and host, no trailing slash). */
function normaliseEndpoint(url) {
    try {
        return new URL(url).href.replace(/\/+$/, '');
    }
    catch {
        return url.trim().replace(/\/+$/, '');
    }
}
/** Whether MSAL may run instance discovery against this authority host. */
function isKnownAuthorityHost(authorityHost) {
    return KNOWN_AUTHORITY_HOSTS.has(normaliseEndpoint(authorityHost).toLowerCase());
}
/**
 * The cloud of this run: the named cloud's values with the `arm-endpoint`,
 * `authority-host` and `audience` overrides applied.
 *
 * The token scope always comes from the named cloud and never from the ARM
 * endpoint URL: an overridden endpoint (a proxy, an emulator) still issues and
 * checks tokens for the cloud's ARM resource. `custom` uses the public cloud's
 * scope (`https://management.azure.com/.default`) and audience, as Azure CLI
 * does for a registered custom cloud without an Azure Stack Hub resource ID:
 * the usual custom setup is a local emulator or a proxy in front of public ARM,
 * and there is no input to name another resource.
 *
 * Throws `ConfigurationError` for `custom` without both endpoints (`readSettings`
 * reports that earlier, with the other input errors).
 */
function resolveCloud(options) {
    const armOverride = options.armEndpoint?.trim() ?? '';
    const authorityOverride = options.authorityHost?.trim() ?? '';
    const audienceOverride = options.audience?.trim() ?? '';
    let base;
    if (options.environment === 'custom') {
        const missing = [
            armOverride ? undefined : 'arm-endpoint',
            authorityOverride ? undefined : 'authority-host'
        ].filter((name) => name !== undefined);
        if (missing.length > 0) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(customMissingMessage(missing));
        }
        base = CLOUDS.AzureCloud;
    }
    else {
        const cloud = CLOUDS[options.environment];
        if (cloud === undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Unknown environment ${JSON.stringify(String(options.environment))}. Allowed values: ${ENVIRONMENTS.join(', ')}.`);
        }
        base = cloud;
    }
    const armEndpoint = armOverride ? normaliseEndpoint(armOverride) : base.armEndpoint;
    const authorityHost = authorityOverride
        ? normaliseEndpoint(authorityOverride)
        : base.authorityHost;
    return {
        name: options.environment,
        armEndpoint,
        tokenScope: base.tokenScope,
        authorityHost,
        audience: audienceOverride || base.audience,
        disableInstanceDiscovery: !isKnownAuthorityHost(authorityHost)
    };
}
/** The error for `environment: custom` without endpoints; shared with input validation. */
function customMissingMessage(missing) {
    return (`environment: custom requires both \`authority-host\` and \`arm-endpoint\` ` +
        `(not set: ${missing.map(name => `\`${name}\``).join(', ')}). ` +
        `Set them to the https URLs of the Entra ID authority and of Azure Resource Manager, ` +
        `or use environment AzureCloud, AzureUSGovernment or AzureChinaCloud.`);
}


/***/ }),

/***/ 97428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, GATE_ON, COMMENT_WHEN, COMMENT_MODES, DEFAULT_CONFIG_FILE, DEFAULT_MAX_CONCURRENCY, DEFAULT_ARM_READ_RESERVE, MAX_ARM_READ_RESERVE, DEFAULT_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS, isDefaultConfigFile, parseFailOn, failOnText */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88179);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72281);
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90855);
/* harmony import */ var _model_resource_id_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51391);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87206);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33477);
/* harmony import */ var _model_request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6968);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86733);
/* harmony import */ var _report_redact_identifiers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25532);
/**
 * The action's inputs, read and validated once into one typed `Settings` object
 * before any network call. Every problem is collected and reported together in
 * one `ConfigurationError`, one line per problem, so the user fixes all at once.
 */










/** Names of the inputs as declared in action.yml. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'client-id',
    'tenant-id',
    'subscription-id',
    'resource-group',
    'workspace-name',
    'fail-on',
    'allow-unknown',
    'github-token',
    'environment',
    'audience',
    'authority-host',
    'arm-endpoint',
    'route',
    'vnet-id',
    'subnet-id',
    'principal-id',
    'max-concurrency',
    'arm-read-reserve',
    'timeout-seconds',
    'deployment-method',
    'comment',
    'comment-mode',
    'comment-header',
    'detail',
    'sarif-file',
    'iac-files',
    'deployment-files',
    'gate-on',
    'arm-template',
    'arm-parameters',
    'config-file',
    'from-report',
    'scope',
    'merge-reports',
    'snapshot-file',
    'from-snapshot',
    'terraform-plan'
]));
const GATE_ON = ['planned', 'live', 'both'];
const COMMENT_WHEN = ['auto', 'always', 'on-failure', 'never'];
const COMMENT_MODES = ['update', 'recreate'];
const DEFAULT_CONFIG_FILE = '.github/aml-inference-guard.yml';
/** ARM requests in flight at once unless `max-concurrency` says otherwise. */
const DEFAULT_MAX_CONCURRENCY = 16;
/**
 * Reads of ARM's read budget left for the deployment that follows the gate in the same job:
 * one second of ARM's refill (25 reads per second), more than a deployment step's first
 * reads need before the bucket has refilled that much again.
 */
const DEFAULT_ARM_READ_RESERVE = 25;
/** Most reads the reserve may hold back: ARM's read bucket is 250, the action needs some of it. */
const MAX_ARM_READ_RESERVE = 200;
/** The run's deadline unless `timeout-seconds` says otherwise: well below GitHub's 360-minute job timeout. */
const DEFAULT_TIMEOUT_SECONDS = 600;
/** GitHub's longest job: a deadline beyond it could never be reached. */
const MAX_TIMEOUT_SECONDS = 21_600;
const defaultGetInput = name => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID_HELP = {
    'client-id': "copy the Application (client) ID from the app registration's Overview page in Entra ID " +
        "(or the user-assigned managed identity's Client ID)",
    'tenant-id': "copy the Directory (tenant) ID from the app registration's Overview page in Entra ID",
    'subscription-id': "copy the Subscription ID from the subscription's Overview page in the Azure portal " +
        '(or run `az account show --query id -o tsv`)'
};
const REQUIRED_HELP = {
    'resource-group': 'set it to the resource group of the Azure Machine Learning workspace',
    'workspace-name': 'set it to the name of the Azure Machine Learning workspace'
};
/** Which modes need an input, for the message that says it is missing. */
const LOGIN_MODES = 'needed to log in to Azure, for a workspace check or a `scope` scan; `from-report`, `from-snapshot` and `merge-reports` need no login';
const ONE_WORKSPACE_MODE = 'needed to check one workspace; an estate scan (`scope`), `from-report`, `from-snapshot` and `merge-reports` leave it empty';
const FAIL_ON_VALUES = ['none', 'any', ..._model_check_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R];
/** Longest audience Entra ID accepts on a federated identity credential. */
const MAX_AUDIENCE_LENGTH = 600;
/**
 * Reads and validates every input. Throws one `ConfigurationError` listing every
 * problem; never throws anything else for any input value.
 */
function readSettings(getInput = defaultGetInput, options = {}) {
    const errors = [];
    const read = (name) => {
        let raw;
        try {
            raw = getInput(name);
        }
        catch (error) {
            // @actions/core throws for `required: true` inputs; we report our own message.
            errors.push(`\`${name}\`: could not be read (${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(errorMessage(error))}).`);
            return undefined;
        }
        const value = typeof raw === 'string' ? raw.trim() : '';
        if (/[\r\n\u2028\u2029]/.test(value)) {
            const shown = name === 'github-token' ? '' : ` (got ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(value)})`;
            errors.push(`\`${name}\`: must be a single line, without line breaks${shown}.`);
            return undefined;
        }
        return value;
    };
    // `from-report` posts a saved report without logging in to Azure: the Azure inputs may be empty.
    const path = (name) => {
        const value = read(name) ?? '';
        const problem = pathProblem(value);
        if (!problem)
            return value;
        errors.push(`\`${name}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(value)} ${problem}`);
        return '';
    };
    const fromReport = path('from-report');
    // `from-snapshot` evaluates a saved snapshot: no login, and the snapshot names the workspace.
    const fromSnapshot = path('from-snapshot');
    const snapshotFile = path('snapshot-file');
    if (fromReport && fromSnapshot) {
        errors.push('`from-snapshot`: cannot be combined with `from-report`. Set one: `from-report` posts a saved report, `from-snapshot` evaluates a saved snapshot.');
    }
    // `merge-reports` reads saved reports only; `scope` finds its workspaces (and their subscriptions) itself.
    let mergeReports = [];
    try {
        mergeReports = getInput('merge-reports')
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
    }
    catch (error) {
        errors.push(`\`merge-reports\`: could not be read (${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(errorMessage(error))}).`);
    }
    let scope;
    const scopeRaw = read('scope') ?? '';
    if (scopeRaw) {
        const parsed = (0,_scope_js__WEBPACK_IMPORTED_MODULE_6__/* .parseScope */ .Sk)(scopeRaw);
        if (typeof parsed === 'string')
            errors.push(`\`scope\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(scopeRaw)} ${parsed}`);
        else
            scope = parsed;
    }
    // No Azure access at all: a saved report, saved reports to merge, or a saved snapshot.
    const offline = Boolean(fromReport || fromSnapshot || mergeReports.length > 0);
    // The CLI signs in with the Azure CLI or the environment: no client or tenant to name.
    const loginOptional = offline || options.oidcLogin === false;
    // A scope given but refused (e.g. on two lines) still means an estate scan was meant: report
    // that one problem, not the single-workspace inputs it leaves empty.
    let scopeGiven = scopeRaw !== '';
    try {
        scopeGiven ||= String(getInput('scope') ?? '').trim() !== '';
    }
    catch {
        // Already reported by read('scope').
    }
    const noTarget = offline || scopeGiven;
    const guid = (name) => {
        const value = read(name);
        if (value === undefined)
            return '';
        if (value === '' && (name === 'subscription-id' ? noTarget : loginOptional))
            return '';
        if (value === '') {
            errors.push(`Input required and not supplied: ${name} (${name === 'subscription-id' ? ONE_WORKSPACE_MODE : LOGIN_MODES}). To fix it, ${GUID_HELP[name]}.`);
            return '';
        }
        if (!GUID.test(value)) {
            errors.push(`\`${name}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(value)} is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). ` +
                `To fix it, ${GUID_HELP[name]}.`);
            return '';
        }
        return value.toLowerCase();
    };
    const required = (name) => {
        const value = read(name);
        if (value === undefined)
            return undefined;
        if (value === '' && noTarget)
            return '';
        if (value !== '' && scopeRaw) {
            errors.push(`\`${name}\`: is set together with \`scope\`, which scans every workspace in ${_scope_js__WEBPACK_IMPORTED_MODULE_6__/* .SCOPE_FORMAT */ .LC}. Leave \`${name}\` empty for an estate scan, or remove \`scope\` to check one workspace.`);
            return undefined;
        }
        if (value === '') {
            errors.push(`Input required and not supplied: ${name} (${ONE_WORKSPACE_MODE}). To fix it, ${REQUIRED_HELP[name]}.`);
            return undefined;
        }
        return value;
    };
    const clientId = guid('client-id');
    const tenantId = guid('tenant-id');
    const subscriptionId = guid('subscription-id');
    let resourceGroup = required('resource-group') ?? '';
    if (resourceGroup) {
        const problem = resourceGroupProblem(resourceGroup);
        if (problem) {
            errors.push(`\`resource-group\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(resourceGroup)} ${problem}`);
            resourceGroup = '';
        }
    }
    let workspaceName = required('workspace-name') ?? '';
    if (workspaceName) {
        const problem = workspaceNameProblem(workspaceName);
        if (problem) {
            errors.push(`\`workspace-name\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(workspaceName)} ${problem}`);
            workspaceName = '';
        }
    }
    let failOn = { mode: 'none' };
    const failOnRaw = read('fail-on');
    if (failOnRaw !== undefined) {
        const parsed = parseFailOn(failOnRaw);
        if (typeof parsed === 'string')
            errors.push(`\`fail-on\`: ${parsed}`);
        else
            failOn = parsed;
    }
    let allowUnknown = false;
    const allowUnknownRaw = read('allow-unknown');
    if (allowUnknownRaw && /^(true|false)$/i.test(allowUnknownRaw)) {
        allowUnknown = allowUnknownRaw.toLowerCase() === 'true';
    }
    else if (allowUnknownRaw) {
        errors.push(`\`allow-unknown\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(allowUnknownRaw)} is not true or false. Leave it unset (false) to fail the step on unknown checks, or set it to true to let them pass with a warning.`);
    }
    const githubToken = read('github-token') ?? '';
    let environment = 'AzureCloud';
    const environmentRaw = read('environment');
    if (environmentRaw === undefined) {
        environment = undefined;
    }
    else if (environmentRaw !== '') {
        environment = _clouds_js__WEBPACK_IMPORTED_MODULE_3__/* .ENVIRONMENTS */ .ju.find(e => e.toLowerCase() === environmentRaw.toLowerCase());
        if (environment === undefined) {
            errors.push(`\`environment\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(environmentRaw)} is not a known Azure cloud. ` +
                `Allowed values: ${_clouds_js__WEBPACK_IMPORTED_MODULE_3__/* .ENVIRONMENTS */ .ju.join(', ')}.`);
        }
    }
    const audience = read('audience');
    let audienceOk = audience !== undefined;
    if (audience) {
        const problem = audienceProblem(audience);
        if (problem) {
            errors.push(`\`audience\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(audience)} ${problem}`);
            audienceOk = false;
        }
    }
    const url = (name) => {
        const value = read(name);
        if (value === undefined || value === '')
            return value;
        const problem = httpsUrlProblem(value);
        if (problem) {
            errors.push(`\`${name}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(value)} ${problem}`);
            return undefined;
        }
        return value;
    };
    const authorityHost = url('authority-host');
    const armEndpoint = url('arm-endpoint');
    if (environment === 'custom' && !offline) {
        // Only "not set" here: a set but invalid URL already has its own error.
        const missing = [
            authorityHost === '' ? 'authority-host' : undefined,
            armEndpoint === '' ? 'arm-endpoint' : undefined
        ].filter((name) => name !== undefined);
        if (missing.length > 0)
            errors.push((0,_clouds_js__WEBPACK_IMPORTED_MODULE_3__/* .customMissingMessage */ .J8)(missing));
    }
    const oneOf = (name, allowed, fallback) => {
        const value = read(name);
        if (!value)
            return fallback;
        const match = allowed.find(a => a === value.toLowerCase());
        if (!match) {
            errors.push(`\`${name}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(value)} is not an allowed value. Allowed values: ${allowed.join(', ')}.`);
            return fallback;
        }
        return match;
    };
    const route = oneOf('route', _model_request_js__WEBPACK_IMPORTED_MODULE_7__/* .ROUTES */ .b, 'auto');
    const deploymentMethod = oneOf('deployment-method', _model_request_js__WEBPACK_IMPORTED_MODULE_7__/* .DEPLOYMENT_METHODS */ .V, 'cli');
    const comment = oneOf('comment', COMMENT_WHEN, 'auto');
    const commentMode = oneOf('comment-mode', COMMENT_MODES, 'update');
    const commentHeader = read('comment-header') ?? '';
    const detail = oneOf('detail', _report_redact_identifiers_js__WEBPACK_IMPORTED_MODULE_4__.DETAIL_LEVELS, 'full');
    if (commentHeader.length > 100) {
        errors.push(`\`comment-header\`: is ${commentHeader.length} characters long; use at most 100.`);
    }
    else if (/\p{C}/u.test(commentHeader)) {
        // Invisible in the comment title, so two headers that look the same would not match.
        errors.push(`\`comment-header\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(commentHeader)} contains control or invisible formatting characters (such as bidi or zero-width ones); use plain text.`);
    }
    const sarifFile = path('sarif-file');
    const configFileRaw = path('config-file');
    // iac-files is multi-line (one glob per line), so it is read without the single-line rule.
    let iacFiles = [];
    try {
        iacFiles = getInput('iac-files')
            .split(/\r?\n|,/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
        // The glob library throws on a pattern longer than 64 KiB; no path is longer than PATH_MAX.
        for (const pattern of iacFiles) {
            const problem = pathProblem(pattern);
            if (problem)
                errors.push(`\`iac-files\`: the pattern ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(pattern)} ${problem}`);
        }
    }
    catch (error) {
        errors.push(`\`iac-files\`: could not be read (${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(errorMessage(error))}).`);
    }
    // deployment-files is multi-line too (one glob per line, or comma-separated).
    let deploymentFiles = [];
    try {
        deploymentFiles = getInput('deployment-files')
            .split(/\r?\n|,/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
        for (const pattern of deploymentFiles) {
            const problem = pathProblem(pattern);
            if (problem)
                errors.push(`\`deployment-files\`: the pattern ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(pattern)} ${problem}`);
        }
    }
    catch (error) {
        errors.push(`\`deployment-files\`: could not be read (${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(errorMessage(error))}).`);
    }
    const gateOn = oneOf('gate-on', GATE_ON, 'planned');
    const armTemplate = path('arm-template');
    const armParameters = path('arm-parameters');
    if (armParameters && !armTemplate) {
        errors.push('`arm-parameters`: is set without `arm-template`. Set `arm-template` to the compiled template (az bicep build --file main.bicep) these parameters are for, or leave `arm-parameters` empty.');
    }
    if (armTemplate && (fromSnapshot || fromReport || scopeRaw || mergeReports.length > 0)) {
        errors.push("`arm-template`: needs Azure's what-if of one workspace's resource group, which `from-snapshot`, `from-report`, `scope` and `merge-reports` do not read (a saved snapshot keeps the planned resources of the run that saved it). Leave `arm-template` empty in this step.");
    }
    // terraform-plan: paths, not globs, one per line (a plan file name may hold a comma).
    let terraformPlan = [];
    try {
        terraformPlan = getInput('terraform-plan')
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
        for (const file of terraformPlan) {
            const problem = pathProblem(file);
            if (problem)
                errors.push(`\`terraform-plan\`: the path ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(file)} ${problem}`);
        }
    }
    catch (error) {
        errors.push(`\`terraform-plan\`: could not be read (${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(errorMessage(error))}).`);
    }
    // The estate modes and from-report judge no planned state: a planned input there would be ignored.
    const otherMode = scopeRaw
        ? '`scope`'
        : mergeReports.length > 0
            ? '`merge-reports`'
            : fromReport
                ? '`from-report`'
                : undefined;
    for (const [name, given] of [
        ['deployment-files', deploymentFiles.length > 0],
        ['terraform-plan', terraformPlan.length > 0]
    ]) {
        if (given && otherMode) {
            errors.push(`\`${name}\`: is set with ${otherMode}, which judges no planned state, so the files would be ignored. Name them in the step that checks one workspace, or leave \`${name}\` empty here.`);
        }
    }
    let principalId;
    const principalRaw = read('principal-id');
    if (principalRaw) {
        if (GUID.test(principalRaw))
            principalId = principalRaw.toLowerCase();
        else
            errors.push(`\`principal-id\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(principalRaw)} is not a GUID. To fix it, use the Object ID of the user, group, service principal or managed identity (az ad sp show --id <client-id> --query id -o tsv), or leave it empty to check the identity the action logs in as.`);
    }
    let maxConcurrency = DEFAULT_MAX_CONCURRENCY;
    const concurrencyRaw = read('max-concurrency');
    if (concurrencyRaw) {
        const value = /^\d+$/.test(concurrencyRaw) ? Number(concurrencyRaw) : NaN;
        if (value >= 1 && value <= 256)
            maxConcurrency = value;
        else
            errors.push(`\`max-concurrency\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(concurrencyRaw)} is not a whole number from 1 to 256. To fix it, set the most Azure Resource Manager requests the action may have in flight at once, or leave it empty for ${DEFAULT_MAX_CONCURRENCY}.`);
    }
    let armReadReserve = DEFAULT_ARM_READ_RESERVE;
    const reserveRaw = read('arm-read-reserve');
    if (reserveRaw) {
        const value = /^\d+$/.test(reserveRaw) ? Number(reserveRaw) : NaN;
        if (value >= 0 && value <= MAX_ARM_READ_RESERVE)
            armReadReserve = value;
        else
            errors.push(`\`arm-read-reserve\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(reserveRaw)} is not a whole number from 0 to ${MAX_ARM_READ_RESERVE}. To fix it, set how many reads of Azure Resource Manager's read budget (250 per subscription and identity, refilled at 25 a second) the action leaves for the steps after it (0 spends all of it), or leave it empty for ${DEFAULT_ARM_READ_RESERVE}.`);
    }
    let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    const timeoutRaw = read('timeout-seconds');
    if (timeoutRaw) {
        const value = /^\d+$/.test(timeoutRaw) ? Number(timeoutRaw) : NaN;
        if (value >= 1 && value <= MAX_TIMEOUT_SECONDS)
            timeoutSeconds = value;
        else
            errors.push(`\`timeout-seconds\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(timeoutRaw)} is not a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}. To fix it, set how long the action may spend reading Azure before it reports what it could not read as unknown, or leave it empty for ${DEFAULT_TIMEOUT_SECONDS}.`);
    }
    const networkId = (name, types) => {
        const value = read(name);
        if (!value)
            return undefined;
        const parts = (0,_model_resource_id_js__WEBPACK_IMPORTED_MODULE_8__/* .parseResourceId */ .R)(value);
        const actual = parts?.segments.filter((_, i) => i % 2 === 0).join('/') ?? '';
        if (!parts ||
            parts.provider.toLowerCase() !== 'microsoft.network' ||
            actual.toLowerCase() !== types.join('/').toLowerCase()) {
            const example = '/subscriptions/<subscription-id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>' +
                (types.length > 1 ? '/subnets/<subnet>' : '');
            errors.push(`\`${name}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(value)} is not a Microsoft.Network/${types.join('/')} resource id. Expected ${example} (az network vnet${types.length > 1 ? ' subnet' : ''} show ... --query id -o tsv).`);
            return undefined;
        }
        return value;
    };
    const vnetId = networkId('vnet-id', ['virtualNetworks']);
    const subnetId = networkId('subnet-id', ['virtualNetworks', 'subnets']);
    if (scopeRaw && (vnetId || subnetId)) {
        errors.push(`\`${vnetId ? 'vnet-id' : 'subnet-id'}\`: names one workspace's network, and \`scope\` scans many (each is judged against the network its private endpoint or node pools use). Leave it empty for an estate scan.`);
    }
    if (vnetId &&
        subnetId &&
        !subnetId.toLowerCase().startsWith(`${vnetId.toLowerCase()}/subnets/`)) {
        errors.push(`\`subnet-id\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(subnetId)} is not a subnet of \`vnet-id\` ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(vnetId)}. Fix one of them, or set only \`subnet-id\` (its virtual network is implied).`);
    }
    if (errors.length > 0 || environment === undefined) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j(formatErrors(errors));
    }
    const cloud = (0,_clouds_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCloud */ .au)({
        environment,
        armEndpoint: armEndpoint ?? '',
        authorityHost: authorityHost ?? '',
        audience: audienceOk ? (audience ?? '') : ''
    });
    return {
        clientId,
        tenantId,
        subscriptionId,
        resourceGroup,
        workspaceName,
        failOn,
        failOnText: failOnText(failOn),
        allowUnknown,
        githubToken,
        environment,
        cloud,
        route,
        deploymentMethod,
        maxConcurrency,
        armReadReserve,
        timeoutSeconds,
        comment,
        commentMode,
        commentHeader,
        detail,
        sarifFile,
        iacFiles,
        deploymentFiles,
        gateOn,
        armTemplate,
        armParameters,
        configFile: configFileRaw || DEFAULT_CONFIG_FILE,
        // The runner passes the default path whether or not the workflow names it: only another
        // path is the user's own, and must exist.
        configFileExplicit: configFileRaw !== '' && !isDefaultConfigFile(configFileRaw),
        fromReport,
        mergeReports,
        ...(scope ? { scope } : {}),
        snapshotFile,
        fromSnapshot,
        ...(vnetId ? { vnetId } : {}),
        ...(subnetId ? { subnetId } : {}),
        ...(principalId ? { principalId } : {}),
        terraformPlan
    };
}
/** Whether a `config-file` value names the default path (`./` and `\\` spellings included). */
function isDefaultConfigFile(value) {
    const normalised = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(value.trim().replace(/\\/g, '/'));
    return normalised === DEFAULT_CONFIG_FILE;
}
/** `fail-on` → `FailOn`, or a message saying what is wrong. */
function parseFailOn(raw) {
    const words = raw
        .split(',')
        .map(word => word.trim().toLowerCase())
        .filter(word => word !== '');
    if (words.length === 0)
        return { mode: 'none' };
    const unknown = words.filter(word => !FAIL_ON_VALUES.includes(word));
    if (unknown.length > 0) {
        return (`${unknown.map(_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h).join(', ')} ${unknown.length === 1 ? 'is not an allowed value' : 'are not allowed values'}. ` +
            `Allowed values: none, any, or a comma-separated list of ${_model_check_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R.join(', ')}.`);
    }
    const modes = [...new Set(words.filter(word => word === 'none' || word === 'any'))];
    if (modes.length > 0 && (modes.length > 1 || words.some(word => word !== modes[0]))) {
        return (`${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(raw.trim())} mixes ${modes.join(' and ')} with other values: none and any stand alone. ` +
            `Use none, any, or a comma-separated list of categories (${_model_check_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R.join(', ')}).`);
    }
    if (modes[0] === 'none')
        return { mode: 'none' };
    if (modes[0] === 'any')
        return { mode: 'any' };
    return { mode: 'categories', categories: _model_check_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R.filter(c => words.includes(c)) };
}
function failOnText(failOn) {
    return failOn.mode === 'categories' ? failOn.categories.join(',') : failOn.mode;
}
/** Azure's resource group naming rules; undefined when valid, else the rest of a sentence. */
function resourceGroupProblem(name) {
    if (name.length > 90)
        return `is ${name.length} characters long; a resource group name has at most 90.`;
    if (!/^[\p{L}\p{Nd}_().-]+$/u.test(name)) {
        return ('is not a valid resource group name: use only letters, digits, underscores, ' +
            'hyphens, periods and parentheses (1-90 characters).');
    }
    if (name.endsWith('.'))
        return 'is not a valid resource group name: it cannot end in a period.';
    return undefined;
}
/** Azure Machine Learning workspace naming rules. */
function workspaceNameProblem(name) {
    if (/^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$/.test(name))
        return undefined;
    return ('is not a valid workspace name: 3-33 characters, letters, digits, hyphens and ' +
        'underscores, starting with a letter or digit. Copy the name from the workspace ' +
        "Overview page in the Azure portal (not the studio's display name).");
}
/** Longest path Linux accepts (PATH_MAX). */
const MAX_PATH_LENGTH = 4096;
/** A file path input: undefined when usable (or empty), else the rest of a sentence. */
function pathProblem(value) {
    if (value.length > MAX_PATH_LENGTH) {
        return `is ${value.length} characters long; a path has at most ${MAX_PATH_LENGTH}.`;
    }
    if (/\p{Cc}/u.test(value)) {
        return 'contains control characters. Use a path relative to the repository root, such as results/report.json.';
    }
    return undefined;
}
function audienceProblem(audience) {
    if (audience.length > MAX_AUDIENCE_LENGTH) {
        return `is ${audience.length} characters long; an audience has at most ${MAX_AUDIENCE_LENGTH}.`;
    }
    if (/[\s\p{C}]/u.test(audience)) {
        return ('contains spaces or control characters. Set it to the audience of the federated ' +
            'credential (usually api://AzureADTokenExchange), or leave it empty for the default.');
    }
    return undefined;
}
/** An absolute https URL without credentials, query or fragment. */
function httpsUrlProblem(value) {
    const expected = 'Expected an absolute https URL such as https://login.example.com.';
    if (/[\s\p{C}]/u.test(value))
        return `contains spaces or control characters. ${expected}`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `is not a URL. ${expected}`;
    }
    if (url.protocol !== 'https:')
        return `is not an https URL. ${expected}`;
    if (url.username || url.password)
        return `must not contain a user name or password. ${expected}`;
    if (url.search || value.includes('?'))
        return `must not contain a query string. ${expected}`;
    if (url.hash || value.includes('#'))
        return `must not contain a fragment (#...). ${expected}`;
    return undefined;
}
function formatErrors(errors) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    return `The action's inputs have ${count}:\n${errors.map(e => `- ${e}`).join('\n')}`;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 86733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ scopeText),
/* harmony export */   LC: () => (/* binding */ SCOPE_FORMAT),
/* harmony export */   Sk: () => (/* binding */ parseScope)
/* harmony export */ });
/* unused harmony export MAX_SCOPE_SUBSCRIPTIONS */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Management group ids: letters, digits, `-`, `_`, `(`, `)`, `.`; at most 90 characters. */
const MANAGEMENT_GROUP = /^[A-Za-z0-9_().-]{1,90}$/;
/** Resource Graph accepts up to 1,000 subscriptions per request. */
const MAX_SCOPE_SUBSCRIPTIONS = 1000;
const SCOPE_FORMAT = '`subscription:<subscription-id>[,<subscription-id>...]` or `management-group:<management-group-id>`';
/** Parses `scope`; a string is what is wrong with it (the rest of a sentence). */
function parseScope(raw) {
    const match = /^\s*(subscriptions?|management-group)\s*:\s*(.*)$/i.exec(raw);
    if (!match)
        return `does not start with \`subscription:\` or \`management-group:\`. Use ${SCOPE_FORMAT}.`;
    const kind = match[1].toLowerCase();
    const rest = match[2].trim();
    if (kind === 'management-group') {
        if (!MANAGEMENT_GROUP.test(rest)) {
            return `names the management group ${JSON.stringify(rest)}, which is not a management group id (letters, digits, -, _, (, ), ., at most 90 characters; the id, not the display name: az account management-group list --query "[].name" -o tsv).`;
        }
        return { kind: 'management-group', managementGroupId: rest };
    }
    const ids = rest
        .split(',')
        .map(id => id.trim())
        .filter(id => id !== '');
    if (ids.length === 0)
        return `names no subscription. Use ${SCOPE_FORMAT}.`;
    const bad = ids.filter(id => !GUID.test(id));
    if (bad.length > 0) {
        return `${bad.map(id => JSON.stringify(id.slice(0, 60))).join(', ')} ${bad.length === 1 ? 'is not a subscription id' : 'are not subscription ids'} (a GUID; az account list --query "[].id" -o tsv). Use ${SCOPE_FORMAT}.`;
    }
    const unique = [...new Set(ids.map(id => id.toLowerCase()))];
    if (unique.length > MAX_SCOPE_SUBSCRIPTIONS) {
        return `names ${unique.length} subscriptions; Resource Graph takes at most ${MAX_SCOPE_SUBSCRIPTIONS} per query. Split the estate over several jobs (see docs/estate.md) or use \`management-group:<id>\`.`;
    }
    return { kind: 'subscriptions', subscriptionIds: unique };
}
/** The scope as the user would write it, for reports and logs. */
function scopeText(scope) {
    return scope.kind === 'subscriptions'
        ? `subscription:${scope.subscriptionIds.join(',')}`
        : `management-group:${scope.managementGroupId}`;
}


/***/ }),

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ loadSuppressions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87206);
/**
 * Thin I/O adapter for the suppressions config file: resolves `config-file`
 * against the workspace, reads it, and hands the text to the pure parser.
 */



async function loadSuppressions(options) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.workspace || process.cwd(), options.file);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if ((code === 'ENOENT' || code === 'ENOTDIR') && !options.explicit) {
            options.info(`No suppressions: ${options.file} does not exist in the workspace.`);
            return [];
        }
        const why = code === 'ENOENT' || code === 'ENOTDIR'
            ? 'does not exist'
            : `could not be read (${code ?? String(error)})`;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`config-file\`: ${options.file} ${why} (looked for ${path}). ` +
            'Check the path (it is relative to the repository root), make sure the workflow checks out the repository (actions/checkout) before this step, ' +
            'or remove the `config-file` input to use the optional default .github/aml-inference-guard.yml.');
    }
    // Loaded only when there is a file: the parser needs the check catalog and the YAML parser,
    // which a run without one loads after its login request is sent (docs/performance.md).
    const [{ CHECKS }, { parseSuppressions }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081)]).then(__webpack_require__.bind(__webpack_require__, 7081)),
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6763)]).then(__webpack_require__.bind(__webpack_require__, 86763))
    ]);
    const suppressions = parseSuppressions(text, options.file, CHECKS);
    options.info(`${suppressions.length === 1 ? '1 suppression' : `${suppressions.length} suppressions`} read from ${options.file}.`);
    return suppressions;
}


/***/ })

};
