export const id = 1730;
export const ids = [1730];
export const modules = {

/***/ 7810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ actionLogin)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: ./src/log/log-safe.ts
var log_safe = __webpack_require__(45000);
// EXTERNAL MODULE: ./src/model/redact.ts
var redact = __webpack_require__(44012);
// EXTERNAL MODULE: ./src/auth/claims.ts
var auth_claims = __webpack_require__(99061);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
;// CONCATENATED MODULE: ./src/auth/diagnose.ts


const FEDERATED_CREDENTIAL_HELP = 'In Entra ID, open the app registration (or user-assigned managed identity) → Certificates & secrets → Federated credentials, and add one for GitHub Actions with exactly these values';
/** The GitHub ID token could not be obtained: almost always the missing `id-token: write` permission. */
function idTokenUnavailable(cause, env = process.env) {
    if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
        return new errors/* ConfigurationError */.j([
            'The GitHub OIDC token is not available to this job (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
            'Fix: add `permissions: { id-token: write, contents: read, pull-requests: write }` to the workflow or job.',
            'Pull requests from forks never get an ID token; run the check from a trusted workflow instead (see the README, "Fork pull requests").'
        ].join('\n'));
    }
    return new errors/* ConfigurationError */.j(`Could not get a GitHub OIDC token: ${messageOf(cause)}\nFix: re-run the job; if it persists, check GitHub's status page.`);
}
/** Maps a failed token exchange to what the user has to change. */
function diagnoseLoginError(cause, login) {
    const text = messageOf(cause);
    const code = /AADSTS(\d+)/.exec(text)?.[1];
    const claims = login.claims ? `\n${(0,auth_claims/* describeClaims */.Z)(login.claims)}` : '';
    const subject = login.claims?.sub ?? '(unknown: no ID token was decoded)';
    const firstLine = firstAadstsLine(text);
    switch (code) {
        case '700213':
        case '700211':
        case '700212':
        case '70021':
            return new errors/* ConfigurationError */.j([
                `Entra ID found no federated credential on app '${login.clientId}' that matches this workflow's token (AADSTS${code}).`,
                `${FEDERATED_CREDENTIAL_HELP}:`,
                `  Issuer: ${login.claims?.iss ?? 'https://token.actions.githubusercontent.com'}`,
                `  Subject identifier: ${subject}`,
                `  Audience: ${login.audience}`,
                'The subject depends on the trigger: `repo:OWNER/REPO:pull_request` for pull requests, `repo:OWNER/REPO:ref:refs/heads/BRANCH` for branches, `repo:OWNER/REPO:environment:NAME` when the job has an environment.',
                `Token claims:${claims}`
            ].join('\n'));
        case '7002138':
            return new errors/* ConfigurationError */.j([
                `A federated credential on app '${login.clientId}' matches this workflow's subject only when case is ignored (AADSTS7002138); Entra ID compares subjects case-sensitively.`,
                `Fix: change the federated credential's subject to exactly: ${subject}`
            ].join('\n'));
        case '700024':
            return new errors/* ConfigurationError */.j([
                'The GitHub ID token had expired when Entra ID received it (AADSTS700024).',
                "Fix: re-run the job. If it repeats, the runner's clock is wrong or the job waited too long between steps."
            ].join('\n'));
        case '700016':
            return new errors/* ConfigurationError */.j([
                `Entra ID has no application with client-id '${login.clientId}' in tenant '${login.tenantId}' (AADSTS700016).`,
                "Fix: set `client-id` to the Application (client) ID from the app registration's Overview page, and `tenant-id` to the Directory (tenant) ID of the tenant it is registered in."
            ].join('\n'));
        case '90002':
            return new errors/* ConfigurationError */.j([
                `Entra ID does not know tenant '${login.tenantId}' (AADSTS90002).`,
                'Fix: set `tenant-id` to the Directory (tenant) ID, and `environment` to the cloud the tenant lives in (AzureCloud, AzureUSGovernment, AzureChinaCloud).'
            ].join('\n'));
        default:
            // With a custom authority host MSAL reads the tenant's OpenID configuration first, so an
            // unknown tenant (or a wrong host) shows up as an endpoint resolution error, not AADSTS90002.
            if (!code && /endpoints_resolution_error/i.test(text)) {
                return new errors/* ConfigurationError */.j([
                    `Could not read the OpenID configuration of tenant '${login.tenantId}' from ${login.authorityHost}.`,
                    'Fix: check `tenant-id` (the Directory (tenant) ID) and `authority-host`.',
                    `Details: ${text.split(/\r?\n/)[0]}`
                ].join('\n'));
            }
            if (login.tokenEndpoint) {
                const unavailable = tokenEndpointFailure(login.tokenEndpoint, login.authorityHost);
                if (unavailable)
                    return unavailable;
            }
            if (code) {
                return new errors/* ConfigurationError */.j(`Entra ID refused the token exchange for app '${login.clientId}': ${firstLine}${claims ? `\nToken claims:${claims}` : ''}`);
            }
            return new errors/* ConfigurationError */.j(`Could not get an Azure access token from ${login.authorityHost}: ${text}\nFix: check \`environment\` and \`authority-host\`, and that the runner can reach the authority host.`);
    }
}
/** The token endpoint failed for a reason of its own (unavailable, unreachable, not a token). */
function tokenEndpointFailure(answer, authorityHost) {
    const tries = answer.tries === 1 ? '1 try' : `${answer.tries} tries`;
    if (answer.transportError) {
        return new errors/* ConfigurationError */.j([
            `Could not reach the Entra ID token endpoint at ${authorityHost}: the connection failed (${answer.transportError}) on ${tries}.`,
            'Fix: re-run the job. If it keeps failing, check that the runner can reach the authority host (firewall, proxy: HTTPS_PROXY / NO_PROXY) and that `authority-host` is right.'
        ].join('\n'));
    }
    if (answer.status !== undefined && (answer.status >= 500 || answer.status === 429)) {
        return new errors/* ConfigurationError */.j([
            `Entra ID at ${authorityHost} was unavailable (HTTP ${answer.status}) on ${tries}.`,
            'Fix: re-run the job in a few minutes; if it persists, check the Azure status page (https://azure.status.microsoft).'
        ].join('\n'));
    }
    if (answer.status === 200 && answer.isToken === false) {
        return new errors/* ConfigurationError */.j([
            `The Entra ID token endpoint at ${authorityHost} answered HTTP 200 with something that is not a token (${answer.contentType || 'no content type'}).`,
            "Fix: a proxy or captive portal is likely answering instead of Entra ID: check the runner's proxy settings (HTTPS_PROXY / NO_PROXY) and `authority-host`."
        ].join('\n'));
    }
    return undefined;
}
function firstAadstsLine(text) {
    const start = text.indexOf('AADSTS');
    const line = (start >= 0 ? text.slice(start) : text).split(/\r?\n/)[0] ?? text;
    // Entra appends trace and correlation ids after the sentence; they do not help the user.
    return line.replace(/\s*Trace ID:.*$/, '').trim();
}
function messageOf(cause) {
    if (cause instanceof Error)
        return cause.message;
    return String(cause);
}

// EXTERNAL MODULE: ./src/model/snapshot.ts
var snapshot = __webpack_require__(20709);
;// CONCATENATED MODULE: ./src/auth/id-token.ts


/**
 * The `getAssertion` callback for ClientAssertionCredential.
 *
 * MSAL calls it twice per token request, and GitHub ID tokens live about five
 * minutes, so a token is reused for a short time only: long enough to cover one
 * exchange, never for a whole run that may outlive it.
 */
function createAssertionProvider(options) {
    const ttlMs = options.ttlMs ?? 60_000;
    const now = options.now ?? Date.now;
    let cached;
    return async () => {
        if (!cached || now() - cached.fetchedAt >= ttlMs) {
            const fetchedAt = now();
            const token = options.fetchIdToken(options.audience).then(value => {
                options.onToken?.(value, (0,auth_claims/* decodeJwtClaims */.d)(value));
                return value;
            });
            cached = { token, fetchedAt };
            // A failed fetch must not be reused: the next call tries again.
            token.catch(() => {
                if (cached?.token === token)
                    cached = undefined;
            });
        }
        return cached.token;
    };
}
/**
 * The ID token request, given up at the run's deadline: `core.getIDToken` has no timeout and
 * no way to abort it, so a token service that never answers would hold the job. The request
 * itself is left behind (the action ends without waiting for it).
 */
async function idTokenWithin(request, deadline) {
    if (!deadline)
        return request;
    try {
        return await deadline.race(request);
    }
    catch (error) {
        // The deadline's own error speaks of Azure: this one names the OIDC token service.
        if (error.code !== snapshot/* DEADLINE_CODE */.Hm)
            throw error;
        request.catch(() => undefined);
        throw new Error(`GitHub's OIDC token service did not answer before the run's deadline (\`timeout-seconds\`: ${deadline.seconds}); raise \`timeout-seconds\` if it is only slow`);
    }
}

// EXTERNAL MODULE: ./src/collect/pipeline.ts
var pipeline = __webpack_require__(63558);
;// CONCATENATED MODULE: ./src/auth/token-endpoint.ts
/** The identity pipeline's own retry policy, configured: at most 3 retries, 0.8 s doubling (jittered). */
const ENTRA_RETRY_OPTIONS = { maxRetries: 3, retryDelayInMs: 800, maxRetryDelayInMs: 8000 };
class TokenEndpointObserver {
    last;
    policy() {
        return {
            name: 'amlInferenceGuardTokenEndpointObserver',
            sendRequest: async (request, next) => {
                if (!/\/oauth2\/v2\.0\/token$/i.test(new URL(request.url).pathname))
                    return next(request);
                const tries = (this.last?.tries ?? 0) + 1;
                try {
                    const response = await next(request);
                    this.last = {
                        tries,
                        status: response.status,
                        contentType: response.headers.get('content-type') ?? '',
                        ...(response.status === 200 ? { isToken: hasAccessToken(response.bodyAsText) } : {})
                    };
                    return response;
                }
                catch (error) {
                    const code = error?.code;
                    this.last = { tries, transportError: typeof code === 'string' ? code : 'unknown' };
                    throw error;
                }
            }
        };
    }
}
function hasAccessToken(text) {
    try {
        const body = JSON.parse(text ?? '');
        return typeof body?.access_token === 'string' && body.access_token.length > 0;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/auth/request-sent.ts
var request_sent = __webpack_require__(89550);
;// CONCATENATED MODULE: ./src/auth/login.ts







/**
 * GitHub OIDC → Entra ID: exchanges the workflow's ID token for an ARM token
 * once, up front, so that a login problem is reported as one clear error
 * instead of as a failed read of every resource.
 */
async function login(settings, io) {
    let idTokenError;
    let claims;
    const getAssertion = createAssertionProvider({
        audience: settings.audience,
        fetchIdToken: async (audience) => {
            try {
                return await idTokenWithin(io.getIDToken(audience), settings.deadline);
            }
            catch (error) {
                idTokenError = error;
                throw error;
            }
        },
        onToken: (token, decoded) => {
            io.setSecret(token);
            if (!claims && decoded) {
                claims = decoded;
                io.info(`GitHub OIDC token claims (match these in the federated credential):\n${(0,auth_claims/* describeClaims */.Z)(decoded)}`);
            }
        }
    });
    // The ID token request goes out first; @azure/identity is loaded while it is in flight, once the
    // request is written (compiling the SDK would otherwise hold its connect and write back).
    const sent = (0,request_sent/* nextRequestSent */.v)();
    const idToken = getAssertion();
    const [identityModule] = await Promise.allSettled([
        sent.then(() => Promise.all(/* import() */[__webpack_require__.e(5738), __webpack_require__.e(1583)]).then(__webpack_require__.bind(__webpack_require__, 81583))),
        idToken
    ]);
    if (idTokenError !== undefined)
        throw idTokenUnavailable(idTokenError);
    if (identityModule.status === 'rejected')
        throw identityModule.reason;
    const { ClientAssertionCredential } = identityModule.value;
    const tokenEndpoint = new TokenEndpointObserver();
    const credential = new ClientAssertionCredential(settings.tenantId, settings.clientId, getAssertion, {
        authorityHost: settings.authorityHost,
        disableInstanceDiscovery: settings.disableInstanceDiscovery,
        retryOptions: ENTRA_RETRY_OPTIONS,
        additionalPolicies: [
            // Past the deadline, token requests still retrying in the background stop too.
            ...(settings.deadline
                ? [{ policy: (0,pipeline/* deadlinePolicy */.bI)(settings.deadline), position: 'perCall' }]
                : []),
            { policy: tokenEndpoint.policy(), position: 'perRetry' },
            {
                policy: (0,pipeline/* tryTimeoutPolicy */.tj)(settings.deadline?.tryTimeoutMs ?? pipeline/* MAX_TRY_TIMEOUT_MS */.YV),
                position: 'perRetry'
            }
        ]
    });
    try {
        // The SDK clients' bearer policy asks for CAE tokens, which MSAL caches apart from plain ones:
        // asking for the same kind here makes this the run's only token exchange. The
        // client-assertion flow ignores abort signals: the deadline is raced instead.
        const pending = credential.getToken(settings.tokenScope, { enableCae: true });
        const token = await (settings.deadline ? settings.deadline.race(pending) : pending);
        io.setSecret(token.token);
        const access = (0,auth_claims/* decodeJwtClaims */.d)(token.token) ?? {};
        const identity = {
            objectId: typeof access['oid'] === 'string' ? access['oid'] : undefined,
            appId: typeof access['appid'] === 'string' ? access['appid'] : undefined,
            tenantId: typeof access['tid'] === 'string' ? access['tid'] : undefined
        };
        io.info(`Logged in to Azure as app ${identity.appId ?? settings.clientId} (object id ${identity.objectId ?? 'unknown'}) in tenant ${identity.tenantId ?? settings.tenantId}.`);
        return { credential, identity };
    }
    catch (error) {
        if (idTokenError !== undefined)
            throw idTokenUnavailable(idTokenError);
        if (settings.deadline?.expired) {
            throw new errors/* ConfigurationError */.j(`Login to Entra ID at ${settings.authorityHost} did not finish before the run's deadline (\`timeout-seconds\`: ${settings.deadline.seconds}).\nFix: re-run the job; if Entra ID is slow to answer, raise the \`timeout-seconds\` input.`);
        }
        throw diagnoseLoginError(error, {
            clientId: settings.clientId,
            tenantId: settings.tenantId,
            audience: settings.audience,
            authorityHost: settings.authorityHost,
            claims,
            ...(tokenEndpoint.last ? { tokenEndpoint: tokenEndpoint.last } : {})
        });
    }
}

;// CONCATENATED MODULE: ./src/auth/action-login.ts
/**
 * The action's login: GitHub OIDC → Entra ID with the action's inputs, logging
 * the token claims (never tokens) to the step log. One place for the
 * single-workspace run (main.ts) and the estate scan (azure/connect.ts).
 */




/** Masked in the log by the runner, and removed from every output by the redaction step. */
function setSecret(secret) {
    // Once per value: the credential hands out the same token for every ARM request.
    if ((0,redact/* registerSecret */.cl)(secret))
        core.setSecret(secret);
}
/** The credential, registering every access token it hands the ARM clients (refreshed ones too). */
function registering(credential) {
    return {
        getToken: async (scopes, options) => {
            const token = await credential.getToken(scopes, options);
            if (token)
                setSecret(token.token);
            return token;
        }
    };
}
async function actionLogin(settings, deadline) {
    const result = await login({
        deadline,
        clientId: settings.clientId,
        tenantId: settings.tenantId,
        audience: settings.cloud.audience,
        authorityHost: settings.cloud.authorityHost,
        tokenScope: settings.cloud.tokenScope,
        disableInstanceDiscovery: settings.cloud.disableInstanceDiscovery
    }, { getIDToken: aud => core.getIDToken(aud), setSecret, info: log_safe/* log */.Rm.info });
    return { ...result, credential: registering(result.credential) };
}


/***/ }),

/***/ 89550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ nextRequestSent)
/* harmony export */ });
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53053);
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__);
/**
 * When the next HTTP request of this process has been handed to its socket. Start-up
 * (docs/performance.md): the action loads the Azure SDK and its own code while the GitHub OIDC
 * request is in flight, but compiling those chunks right away held the request's own connect
 * and write back by ≈ 30 ms; they now start once it is written.
 */

// Published by node:http for every request it creates (Node 18.13 and later).
const CHANNEL = 'http.client.request.start';
/**
 * Resolves once the next request created after this call has been written ('finish'), failed or
 * closed, and at the latest after `capMs` (over TLS the write waits for the handshake, which the
 * loading need not wait for); never rejects. Call it before the code that sends the request.
 */
function nextRequestSent(capMs = 20) {
    return new Promise(resolve => {
        const onStart = (message) => {
            (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.unsubscribe)(CHANNEL, onStart);
            const request = message.request;
            if (!request)
                return done();
            request.once('finish', done);
            request.once('error', done);
            request.once('close', done);
        };
        // Not unref'd: a run that awaits this with nothing else pending must not end there.
        const timer = setTimeout(() => done(), capMs);
        function done() {
            clearTimeout(timer);
            (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.unsubscribe)(CHANNEL, onStart);
            resolve();
        }
        (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.subscribe)(CHANNEL, onStart);
    });
}


/***/ }),

/***/ 41730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88179);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _auth_action_login_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7810);
/* harmony import */ var _auth_request_sent_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89550);
/* harmony import */ var _collect_pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63558);
/* harmony import */ var _log_failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9304);
/* harmony import */ var _publish_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49748);
/* harmony import */ var _publish_comment_target_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(76773);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(97428);
/* harmony import */ var _settings_suppressions_file_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5148);
/* harmony import */ var _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(45000);
/**
 * The action's edge: inputs → OIDC login → the shared pipeline (src/run/pipeline.ts:
 * collect → evaluate → report) → comment, annotations, summary, outputs.
 * The one place that touches @actions/core, Octokit and Azure together.
 */













/**
 * What the run needs after the configuration checks, loaded on use (separate chunks in dist/):
 * only what those checks and the GitHub OIDC request need is evaluated before that request; the
 * collection, evaluation and report code loads while the token requests are in flight.
 */
function afterLogin() {
    return Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(8815), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580), __webpack_require__.e(8053)]).then(__webpack_require__.bind(__webpack_require__, 68053)),
        __webpack_require__.e(/* import() */ 6106).then(__webpack_require__.bind(__webpack_require__, 66106)),
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081), __webpack_require__.e(6867)]).then(__webpack_require__.bind(__webpack_require__, 96867)),
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580), __webpack_require__.e(7994)]).then(__webpack_require__.bind(__webpack_require__, 57994)),
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 856)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 25532)),
        __webpack_require__.e(/* import() */ 2245).then(__webpack_require__.bind(__webpack_require__, 2245)),
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580)]).then(__webpack_require__.bind(__webpack_require__, 89580)),
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 10643)),
        __webpack_require__.e(/* import() */ 2512).then(__webpack_require__.bind(__webpack_require__, 82512)),
        Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580), __webpack_require__.e(5852)]).then(__webpack_require__.bind(__webpack_require__, 45852))
    ]);
}
async function run() {
    try {
        const settings = (0,_settings_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .readSettings */ .sb)();
        if (settings.fromReport) {
            await (await Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580), __webpack_require__.e(5852), __webpack_require__.e(8390)]).then(__webpack_require__.bind(__webpack_require__, 48390))).postSavedReport(settings);
            return;
        }
        // Estate modes (docs/estate.md): many workspaces, no pull-request comment.
        if (settings.mergeReports.length > 0 || settings.scope) {
            // Loaded only in these modes: the estate scan pulls in the collection code.
            if (settings.mergeReports.length > 0) {
                await (await Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(8815), __webpack_require__.e(5738), __webpack_require__.e(3324), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580), __webpack_require__.e(9137), __webpack_require__.e(9893), __webpack_require__.e(8053), __webpack_require__.e(5852), __webpack_require__.e(9743), __webpack_require__.e(7760)]).then(__webpack_require__.bind(__webpack_require__, 57760))).runMergeReports(settings);
            }
            else if (settings.scope) {
                await (await Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(8815), __webpack_require__.e(5738), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580), __webpack_require__.e(9137), __webpack_require__.e(9893), __webpack_require__.e(8053), __webpack_require__.e(9743), __webpack_require__.e(4291)]).then(__webpack_require__.bind(__webpack_require__, 36150))).runEstate({ ...settings, scope: settings.scope });
            }
            return;
        }
        // Read before logging in: a broken config file is a configuration error, reported before any network call.
        const suppressions = await (0,_settings_suppressions_file_js__WEBPACK_IMPORTED_MODULE_11__/* .loadSuppressions */ .P)({
            file: settings.configFile,
            explicit: settings.configFileExplicit,
            workspace: process.env['GITHUB_WORKSPACE'],
            info: _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm.info
        });
        const workspaceDir = process.env['GITHUB_WORKSPACE'] || process.cwd();
        // Also before logging in: a planned file that cannot be judged stops the run before Azure.
        const planned = settings.deploymentFiles.length
            ? await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1494)]).then(__webpack_require__.bind(__webpack_require__, 51494))).readDeploymentFiles(settings.deploymentFiles, workspaceDir)
            : undefined;
        for (const note of planned?.notes ?? [])
            _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm.info(note);
        // The template's what-if runs during collection; the files are read now, before Azure.
        const whatIf = settings.armTemplate
            ? await (await __webpack_require__.e(/* import() */ 4218).then(__webpack_require__.bind(__webpack_require__, 84218))).readArmTemplate(settings.armTemplate, settings.armParameters, workspaceDir)
            : undefined;
        const saved = settings.fromSnapshot
            ? (await Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(8815), __webpack_require__.e(7081), __webpack_require__.e(8240), __webpack_require__.e(9580), __webpack_require__.e(8053)]).then(__webpack_require__.bind(__webpack_require__, 68053))).readSnapshot((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspaceDir, settings.fromSnapshot), '`from-snapshot`', settings.fromSnapshot, _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm)
            : undefined;
        // Before logging in too: a plan file that cannot be read stops the run before Azure.
        const terraform = settings.terraformPlan.length
            ? await (await Promise.all(/* import() */[__webpack_require__.e(8240), __webpack_require__.e(8029), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 28029))).readTerraformPlans(settings.terraformPlan, saved?.target.subscriptionId ?? settings.subscriptionId, workspaceDir)
            : undefined;
        for (const note of terraform?.notes ?? [])
            _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm.info(note);
        const pullRequest = (0,_publish_context_js__WEBPACK_IMPORTED_MODULE_8__/* .readPullRequestContext */ .uV)();
        // Before reading Azure, so that the report names the pull request (the fork pattern needs it).
        const commentTarget = await (0,_publish_comment_target_js__WEBPACK_IMPORTED_MODULE_9__/* .findCommentTarget */ .K)(settings, undefined, _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm);
        // Also with `comment: never`: a later from-report run comments on this pull request.
        const knownPullRequest = commentTarget.kind === 'pull-request' ? commentTarget : pullRequest;
        const reportPullRequest = knownPullRequest.kind === 'pull-request'
            ? {
                number: knownPullRequest.number,
                owner: knownPullRequest.owner,
                repo: knownPullRequest.repo,
                ...(pullRequest.kind === 'pull-request' ? { headSha: pullRequest.headSha } : {})
            }
            : undefined;
        // The OIDC request goes out first; the code for the rest of the run loads while it is in
        // flight, once it is written (docs/performance.md).
        const sent = saved ? undefined : (0,_auth_request_sent_js__WEBPACK_IMPORTED_MODULE_5__/* .nextRequestSent */ .v)();
        const loggingIn = saved ? undefined : startLogin(settings);
        await sent;
        const [{ collect, evaluate, evaluateSettingsOf, gateFailureMessage, saveSnapshot, timingLine }, { withPlannedNow }, { renderJsonReport }, { renderSummary }, { buildAnnotations }, { redactIdentifiers }, { locateAll }, { plannedLocations }, sarif, { readIacFiles }, { publishComment }] = await afterLogin();
        let collected;
        const live = saved ??
            (collected = await collect({ ...settings, ...(whatIf ? { whatIf } : {}) }, loggingIn.login, _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm, loggingIn.deadline)).snapshot;
        // The live reads and the planned resources are kept apart in the snapshot (docs/planned.md).
        // Planned inputs read now replace that route's part of a saved snapshot; what-if is kept.
        const snapshot = withPlannedNow(live, {
            files: planned?.planned,
            terraform: terraform?.planned
        });
        if (settings.snapshotFile)
            saveSnapshot((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspaceDir, settings.snapshotFile), snapshot, _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm);
        const { report, verdict } = evaluate(snapshot, evaluateSettingsOf(settings, suppressions, {
            ...(pullRequest.runUrl ? { runUrl: pullRequest.runUrl } : {}),
            ...(reportPullRequest ? { pullRequest: reportPullRequest } : {})
        }), _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm);
        const reportFile = writeReportFile(report, renderJsonReport);
        await writeJobSummary(report, settings.detail, renderSummary);
        const iac = await readIacFiles(settings.iacFiles);
        for (const note of iac.notes)
            _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm.info(note);
        const locations = locateAll(report.results, iac.files);
        // A planned resource that fails is annotated at the line of its deployment file.
        if (snapshot.planned && settings.gateOn !== 'live') {
            for (const [key, at] of plannedLocations(snapshot, report.results))
                locations.set(key, at);
        }
        if (settings.sarifFile)
            writeSarifFile(settings.sarifFile, report, locations, sarif);
        // Reserved slots: the setFailed error below, one warning (e.g. a refused comment), and the
        // allow-unknown warning above.
        const reserved = {
            error: verdict.failed ? 1 : 0,
            warning: verdict.allowedUnknownCheckIds ? 2 : 1
        };
        // Annotations show on the pull request's checks page: `detail: redacted` applies to them too.
        const shown = settings.detail === 'redacted' ? redactIdentifiers : (text) => text;
        for (const annotation of buildAnnotations(report, { locations, reserved })) {
            _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm[annotation.level](shown(annotation.message), {
                title: shown(annotation.title),
                ...(annotation.file ? { file: annotation.file, startLine: annotation.line } : {})
            });
        }
        const commentId = await publishComment(settings, report, commentTarget, {
            ..._log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm,
            summary: _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('result', verdict.failed ? 'fail' : 'pass');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-checks', verdict.failedCheckIds.join(','));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('report-file', reportFile);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('comment-id', commentId);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(verdict.headline);
        if (collected)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(timingLine(collected, settings.maxConcurrency));
        if (verdict.failed)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(gateFailureMessage(verdict, settings.failOnText));
    }
    catch (error) {
        (0,_log_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFailure */ .x)(error);
    }
}
/**
 * GitHub OIDC → Entra ID: the ID token request is sent before this returns (the ARM reads wait
 * for the login in `collect`).
 */
function startLogin(settings) {
    // Counted from the start of the process: the whole run, login included.
    const deadline = new _collect_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .RunDeadline */ .sQ(settings.timeoutSeconds, 0);
    const login = (0,_auth_action_login_js__WEBPACK_IMPORTED_MODULE_4__/* .actionLogin */ .g)(settings, deadline);
    // Awaited by `collect` once the code is loaded; a rejection meanwhile is not unhandled.
    login.catch(() => undefined);
    return { login, deadline };
}
function writeReportFile(report, renderJsonReport) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'aml-inference-guard');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `report-${report.target.workspaceName}.json`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, renderJsonReport(report) + '\n');
    return file;
}
/** `sarif-file`, relative to the workspace like any path a workflow names. */
function writeSarifFile(file, report, locations, { renderSarif, workflowFileFromRef }) {
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace, file);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
    const actionRepo = process.env['GITHUB_ACTION_REPOSITORY'];
    const fallbackFile = workflowFileFromRef(process.env['GITHUB_WORKFLOW_REF']);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(target, renderSarif(report, {
        locations,
        ...(fallbackFile ? { fallbackFile } : {}),
        ...(actionRepo ? { informationUri: `https://github.com/${actionRepo}` } : {})
    }) + '\n');
    _log_log_safe_js__WEBPACK_IMPORTED_MODULE_12__/* .log */ .Rm.info(`SARIF written to ${target}`);
}
async function writeJobSummary(report, detail, renderSummary) {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.');
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(renderSummary(report, { detail }), true).write();
}


/***/ }),

/***/ 76773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ deadlineOf),
  K: () => (/* binding */ findCommentTarget)
});

// EXTERNAL MODULE: ./src/publish/octokit.ts
var octokit = __webpack_require__(39198);
// EXTERNAL MODULE: ./src/publish/context.ts
var publish_context = __webpack_require__(49748);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/publish/pull-request.ts



async function findPullRequest(options) {
    const env = options.env ?? process.env;
    const readFile = options.readFile ?? ((path) => (0,external_node_fs_.readFileSync)(path, 'utf8'));
    if (options.when === 'never') {
        return { kind: 'none', reason: '`comment: never`: no pull request comment is written.' };
    }
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const context = (0,publish_context/* readPullRequestContext */.uV)(env, readFile);
    if (context.kind === 'pull-request') {
        const { owner: o, repo: r, number } = context;
        return {
            kind: 'pull-request',
            owner: o,
            repo: r,
            number,
            via: `the ${context.eventName} event`
        };
    }
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    if (context.warn)
        return { kind: 'none', reason: `${capitalise(context.reason)}.`, warn: true };
    if (!owner || !repo)
        return { kind: 'none', reason: context.reason };
    const event = (0,publish_context/* readEventFile */.zh)(env, readFile);
    const payload = event.ok ? event.payload : undefined;
    if (eventName === 'workflow_run') {
        if (!event.ok) {
            return {
                kind: 'none',
                reason: `${capitalise(event.problem)}, so the pull request this workflow_run event follows is unknown; no comment is written.`,
                warn: true
            };
        }
        const run = field(payload, 'workflow_run');
        const triggeredBy = field(run, 'event');
        const fromPullRequest = typeof triggeredBy === 'string' &&
            publish_context/* PULL_REQUEST_EVENTS */.m_.includes(triggeredBy);
        if (!fromPullRequest && options.when !== 'always') {
            return {
                kind: 'none',
                reason: `The workflow run this \`workflow_run\` event follows was triggered by '${String(triggeredBy)}', not by a pull request; no comment is written (set \`comment: always\` to look up the pull request of its commit).`
            };
        }
        const listed = field(run, 'pull_requests');
        const first = Array.isArray(listed) ? field(listed[0], 'number') : undefined;
        if (typeof first === 'number' && Number.isSafeInteger(first) && first > 0) {
            return { kind: 'pull-request', owner, repo, number: first, via: 'the workflow_run event' };
        }
        // `pull_requests` is empty when the pull request comes from a fork: find it by its head commit.
        const headSha = field(run, 'head_sha');
        if (typeof headSha !== 'string' || !headSha) {
            return {
                kind: 'none',
                reason: 'The workflow_run event names no pull request and no head commit; no comment is written.'
            };
        }
        // The head repository too: a pull request from another fork may carry the same commit.
        const headRepo = field(field(run, 'head_repository'), 'full_name');
        return lookUp(options, owner, repo, headSha, 'head', typeof headRepo === 'string' ? headRepo : '');
    }
    if (options.when !== 'always') {
        const hint = eventName === 'push'
            ? ' Set `comment: always` to comment on the open pull request of the pushed commit.'
            : '';
        return { kind: 'none', reason: `${capitalise(context.reason)}.${hint}` };
    }
    const after = field(payload, 'after');
    const sha = typeof after === 'string' && /^[0-9a-f]{40}$/i.test(after) ? after : env['GITHUB_SHA'];
    if (!sha || /^0+$/.test(sha)) {
        return {
            kind: 'none',
            reason: `\`comment: always\`: event '${eventName}' names no commit; no comment is written.`
        };
    }
    return lookUp(options, owner, repo, sha, 'commit');
}
/**
 * Open pull requests of `sha`. `commit`: any commit of the pull request
 * (`GET /repos/{o}/{r}/commits/{sha}/pulls`). `head`: the pull request's head
 * commit, among the open pull requests (that endpoint does not know commits
 * that exist only in a fork).
 */
async function lookUp(options, owner, repo, sha, kind, 
/** `head`: the pull request's head repository (`owner/name`) must be this one, when given. */
headRepo = '') {
    if (!options.octokit) {
        return {
            kind: 'none',
            reason: `No GitHub token (\`github-token\` is empty) to look up the pull request of commit ${sha.slice(0, 12)}; no comment is written. Leave \`github-token\` unset to use the workflow token.`,
            warn: true
        };
    }
    let open;
    try {
        const octokit = await options.octokit();
        if (kind === 'commit') {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                owner,
                repo,
                commit_sha: sha,
                per_page: 100
            });
            open = data.filter(p => p.state === 'open');
        }
        else {
            const all = await octokit.paginate(octokit.rest.pulls.list, {
                owner,
                repo,
                state: 'open',
                per_page: 100
            });
            open = all.filter(p => p.head.sha.toLowerCase() === sha.toLowerCase() &&
                (!headRepo || p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase()));
        }
    }
    catch (error) {
        if (error instanceof octokit/* GitHubClientError */.Td || error instanceof octokit/* GitHubRequestStopped */.ik) {
            return {
                kind: 'none',
                reason: `Could not look up the pull request of commit ${sha.slice(0, 12)}: ${error.message}; no comment is written.`,
                warn: true
            };
        }
        const status = typeof error.status === 'number'
            ? error.status
            : undefined;
        if (status === undefined)
            throw error;
        const message = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 200) : '';
        return {
            kind: 'none',
            reason: `Could not look up the pull request of commit ${sha.slice(0, 12)} (GitHub answered HTTP ${status}: ${message}). ${lookupFix(status, message)}; no comment is written.`,
            warn: true
        };
    }
    const [first, ...others] = open.sort((a, b) => a.number - b.number);
    if (!first) {
        return {
            kind: 'none',
            reason: `Commit ${sha.slice(0, 12)} is not the ${kind === 'head' ? 'head' : 'commit'} of any open pull request${headRepo ? ` from ${headRepo}` : ''} in ${owner}/${repo}; no comment is written.`
        };
    }
    const also = others.length > 0
        ? ` (also in ${others.map(p => `#${p.number}`).join(', ')}, not commented)`
        : '';
    return {
        kind: 'pull-request',
        owner,
        repo,
        number: first.number,
        via: `commit ${sha.slice(0, 12)}${also}`
    };
}
function lookupFix(status, message) {
    if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
        return 'GitHub rate-limited the token (retried as GitHub asked); re-run the job later';
    }
    if (status >= 500)
        return 'GitHub or the network failed (retried); re-run the job';
    return 'Give the job `permissions: pull-requests: read` (or write) and `contents: read`';
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function field(value, key) {
    return typeof value === 'object' && value !== null
        ? value[key]
        : undefined;
}

;// CONCATENATED MODULE: ./src/publish/comment-target.ts


/** The run's deadline for GitHub requests, when the settings name it. */
function deadlineOf(settings) {
    return settings.timeoutSeconds ? { deadline: (0,octokit/* githubDeadline */.UC)(settings.timeoutSeconds) } : {};
}
/**
 * Where the comment goes, from the event only; call before reading Azure so the report can
 * name the pull request. `_report` is ignored: a saved report never chooses the pull request.
 */
function findCommentTarget(settings, _report, log) {
    const token = settings.githubToken;
    return findPullRequest({
        when: settings.comment,
        ...(token.trim()
            ? {
                octokit: () => (0,octokit/* createOctokit */.Qi)(token, undefined, deadlineOf(settings), message => log?.info(message))
            }
            : {})
    });
}


/***/ }),

/***/ 49748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m_: () => (/* binding */ PULL_REQUEST_EVENTS),
/* harmony export */   rP: () => (/* binding */ buildRunUrl),
/* harmony export */   uV: () => (/* binding */ readPullRequestContext),
/* harmony export */   zh: () => (/* binding */ readEventFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which pull request (if any) this run reports on, read from the runner's
 * environment and event file. Plain functions of their arguments, unlike
 * `@actions/github`'s `context`, which reads the environment at import time.
 */

/** Events whose payload carries the pull request the run is about. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const defaultReadFile = path => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
function readPullRequestContext(env = process.env, readFile = defaultReadFile) {
    const runUrl = buildRunUrl(env);
    const apiUrl = (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
    const none = (reason, warn = false) => ({
        kind: 'none',
        reason,
        ...(warn ? { warn } : {}),
        runUrl,
        apiUrl
    });
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    if (!eventName) {
        return none('GITHUB_EVENT_NAME is not set (not running in GitHub Actions?); no comment is written');
    }
    if (!PULL_REQUEST_EVENTS.includes(eventName)) {
        return none(`event '${eventName}' is not a pull request; no comment is written`);
    }
    const event = readEventFile(env, readFile);
    if (!event.ok) {
        return none(`${event.problem}, so the pull request of event '${eventName}' is unknown; no comment is written`, true);
    }
    const payload = event.payload;
    const pullRequest = field(payload, 'pull_request');
    const number = field(pullRequest, 'number');
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) {
        return none(`the '${eventName}' event file has no pull_request.number; no comment is written`);
    }
    const [owner, repo] = repositoryOf(env, payload);
    if (!owner || !repo) {
        return none('GITHUB_REPOSITORY is not set or not owner/repo; no comment is written');
    }
    const headRepo = field(field(field(pullRequest, 'head'), 'repo'), 'full_name');
    const baseRepo = field(field(field(pullRequest, 'base'), 'repo'), 'full_name');
    const fromFork = typeof headRepo === 'string' &&
        typeof baseRepo === 'string' &&
        headRepo.toLowerCase() !== baseRepo.toLowerCase();
    // A PR whose head repository was deleted has `head.repo: null`: also not the base repository.
    const headDeleted = pullRequest !== undefined && field(field(pullRequest, 'head'), 'repo') === null;
    const headSha = field(field(pullRequest, 'head'), 'sha');
    return {
        kind: 'pull-request',
        owner,
        repo,
        number,
        runUrl,
        apiUrl,
        eventName,
        fromFork: fromFork || headDeleted,
        ...(typeof headSha === 'string' && /^[0-9a-f]{40}$/.test(headSha) ? { headSha } : {})
    };
}
/**
 * The event payload GITHUB_EVENT_PATH names, or what is wrong with it (no
 * file content in the message: it would be echoed into the log).
 */
function readEventFile(env, readFile = defaultReadFile) {
    const path = env['GITHUB_EVENT_PATH'] ?? '';
    if (!path)
        return { ok: false, problem: 'GITHUB_EVENT_PATH is not set' };
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        const code = error.code;
        return {
            ok: false,
            problem: code === 'ENOENT'
                ? `the event file ${path} (GITHUB_EVENT_PATH) does not exist`
                : `the event file ${path} (GITHUB_EVENT_PATH) could not be read (${typeof code === 'string' ? code : 'read error'})`
        };
    }
    try {
        return { ok: true, payload: JSON.parse(text) };
    }
    catch {
        return { ok: false, problem: `the event file ${path} (GITHUB_EVENT_PATH) is not valid JSON` };
    }
}
/** `https://github.com/owner/repo/actions/runs/123`, or undefined. */
function buildRunUrl(env) {
    const repository = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    if (!repository || !runId || !/^\d+$/.test(runId))
        return undefined;
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repository}/actions/runs/${runId}`;
}
function repositoryOf(env, payload) {
    const fromEnv = env['GITHUB_REPOSITORY']?.split('/');
    if (fromEnv?.length === 2 && fromEnv[0] && fromEnv[1])
        return [fromEnv[0], fromEnv[1]];
    const repository = field(payload, 'repository');
    const owner = field(field(repository, 'owner'), 'login');
    const name = field(repository, 'name');
    return [
        typeof owner === 'string' && owner ? owner : undefined,
        typeof name === 'string' && name ? name : undefined
    ];
}
function field(value, key) {
    return typeof value === 'object' && value !== null
        ? value[key]
        : undefined;
}


/***/ }),

/***/ 39198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   Td: () => (/* binding */ GitHubClientError),
/* harmony export */   UC: () => (/* binding */ githubDeadline),
/* harmony export */   ik: () => (/* binding */ GitHubRequestStopped),
/* harmony export */   yE: () => (/* binding */ RETRY_POLICY)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, GITHUB_GRACE_MS */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);

const DEFAULT_API_URL = 'https://api.github.com';
/**
 * How long and how often a GitHub request is retried. The comment is optional,
 * so the bounds keep a struggling GitHub from holding the job for long.
 */
const RETRY_POLICY = {
    /** Retries of a 5xx or network failure, with the retry plugin's backoff (1 s, 4 s). */
    serverErrorRetries: 2,
    /** Retries of one request after a rate limit (403/429 with `retry-after` or `x-ratelimit-reset`). */
    rateLimitRetries: 2,
    /** The longest wait GitHub may ask for that is honoured; a longer one gives up at once. */
    maxWaitSeconds: 60,
    /** All rate-limit waits of one client together. */
    totalWaitSeconds: 120
};
/**
 * Longest a GitHub step may still take once the run's deadline has passed: a report whose Azure
 * reads were cut off by the deadline must still reach the pull request, but a GitHub that
 * does not answer must not hold the job for long.
 */
const GITHUB_GRACE_MS = 10_000;
/**
 * The run's deadline (`timeout-seconds`, counted from the start of the process) for the
 * GitHub requests of a client created now, or at least GITHUB_GRACE_MS from now.
 */
function githubDeadline(timeoutSeconds) {
    const remaining = timeoutSeconds * 1000 - performance.now();
    // AbortSignal.timeout does not keep the process alive.
    return {
        signal: AbortSignal.timeout(Math.ceil(Math.max(remaining, GITHUB_GRACE_MS))),
        seconds: timeoutSeconds
    };
}
/**
 * A GitHub request the client itself stopped: a link to another host (`status` 421, the
 * token is never sent there) or the run's deadline (`status` 504). Shaped like Octokit's
 * RequestError (a numeric `status`), so every caller reports it as a failed request.
 */
class GitHubRequestStopped extends Error {
    status;
    name = 'GitHubRequestStopped';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The GitHub client could not be loaded (e.g. `@actions/github` refused an unreadable event file). */
class GitHubClientError extends Error {
    name = 'GitHubClientError';
}
/**
 * An Octokit for `token` against `baseUrl` (`GITHUB_API_URL` on GitHub
 * Enterprise Server and GHE.com, else https://api.github.com), with Octokit's
 * retry and throttling plugins configured by RETRY_POLICY. Uses the runner's
 * proxy settings through `@actions/github`.
 *
 * Only tests pass `options.retry` / `options.throttle` (see CreateOctokitOptions);
 * no input or environment variable reaches them.
 */
async function createOctokit(token, baseUrl = process.env['GITHUB_API_URL'] || DEFAULT_API_URL, options = {}, log = () => { }) {
    if (!token.trim()) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('`github-token` is empty, so no pull request comment can be written. ' +
            'Leave the input unset to use the workflow token, or pass a token with `pull-requests: write`.');
    }
    // Imported here, not at the top: `@actions/github` parses the event file when it is
    // loaded and throws on invalid JSON, which must not stop the evaluation.
    let github;
    let retry;
    let throttling;
    try {
        ;
        [github, { retry }, { throttling }] = await Promise.all([
            __webpack_require__.e(/* import() */ 1758).then(__webpack_require__.bind(__webpack_require__, 11758)),
            Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
            Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
        ]);
    }
    catch (error) {
        // A JSON error quotes the file, whose texts (a pull request title) are not ours to log.
        const why = error instanceof SyntaxError
            ? 'the event file GITHUB_EVENT_PATH names is not valid JSON'
            : error instanceof Error
                ? error.message
                : String(error);
        throw new GitHubClientError(`the GitHub client could not start (${why})`);
    }
    let waitedSeconds = 0;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method ?? 'GET'} ${pathOf(request.url)}`;
        if (retryCount >= RETRY_POLICY.rateLimitRetries ||
            retryAfter > RETRY_POLICY.maxWaitSeconds ||
            waitedSeconds + retryAfter > RETRY_POLICY.totalWaitSeconds) {
            return false;
        }
        waitedSeconds += retryAfter;
        log(`GitHub ${kind} on ${what}: retrying in ${retryAfter} s as GitHub asks (retry ${retryCount + 1} of ${RETRY_POLICY.rateLimitRetries}).`);
        return true;
    };
    const { retry: retryTiming, throttle: throttleTiming, deadline, ...rest } = options;
    const octokit = github.getOctokit(token, {
        ...rest,
        baseUrl: baseUrl.replace(/\/+$/, '') || DEFAULT_API_URL,
        retry: {
            retries: RETRY_POLICY.serverErrorRetries,
            // The plugin's defaults plus 429, which the throttling plugin retries after `retry-after`.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
            ...retryTiming
        },
        throttle: {
            onRateLimit: onLimit('API rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...throttleTiming
        }
    }, retry, throttling);
    guardRequests(octokit, baseUrl.replace(/\/+$/, '') || DEFAULT_API_URL, deadline);
    return octokit;
}
/**
 * Wraps every request, retries and pages included (registered last, so outermost): one to
 * another origin than `baseUrl` is never sent, as Octokit's auth hook would hand it the
 * token (`paginate` follows a `Link` header wherever it points); and past `deadline` every
 * request is aborted and reported as such.
 */
function guardRequests(octokit, baseUrl, deadline) {
    const origin = new URL(baseUrl).origin;
    octokit.hook.wrap('request', async (request, options) => {
        const url = new URL(String(options.url), `${origin}/`);
        if (url.origin !== origin) {
            throw new GitHubRequestStopped(`GitHub named a link on another host (${url.host}); \`github-token\` is sent only to ${new URL(origin).host}, so the link was not followed`, 421);
        }
        if (!deadline)
            return request(options);
        const stopped = () => new GitHubRequestStopped(`GitHub did not answer before the run's deadline (\`timeout-seconds\`: ${deadline.seconds}); the request was stopped`, 504);
        if (deadline.signal.aborted)
            throw stopped();
        const signal = options.request?.signal;
        const request_ = {
            ...options.request,
            signal: signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal
        };
        let onAbort;
        const reached = new Promise((_, reject) => {
            onAbort = () => reject(stopped());
            deadline.signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            // Raced too: a request waiting in the throttling plugin's queue has no socket to abort.
            return await Promise.race([request({ ...options, request: request_ }), reached]);
        }
        catch (error) {
            if (deadline.signal.aborted)
                throw stopped();
            throw error;
        }
        finally {
            if (onAbort)
                deadline.signal.removeEventListener('abort', onAbort);
        }
    });
}
/** The path of a request URL (which may be a template), without query and host. */
function pathOf(url) {
    return (url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
}


/***/ })

};
