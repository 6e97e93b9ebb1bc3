export const id = 424;
export const ids = [424];
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
    // The ID token request goes out first; @azure/identity is loaded while it is in flight.
    const idToken = getAssertion();
    const [identityModule] = await Promise.allSettled([Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 81583)), idToken]);
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

/***/ 52424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/auth/action-login.ts + 4 modules
var action_login = __webpack_require__(7810);
// EXTERNAL MODULE: ./src/collect/pipeline.ts
var pipeline = __webpack_require__(63558);
// EXTERNAL MODULE: ./src/log/failure.ts
var failure = __webpack_require__(9304);
// EXTERNAL MODULE: ./src/publish/context.ts
var context = __webpack_require__(49748);
// EXTERNAL MODULE: ./src/publish/publish-comment.ts + 4 modules
var publish_comment = __webpack_require__(28731);
// EXTERNAL MODULE: ./src/publish/from-report.ts
var from_report = __webpack_require__(48390);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(97428);
// EXTERNAL MODULE: ./src/log/log-safe.ts
var log_safe = __webpack_require__(45000);
// EXTERNAL MODULE: ./src/report/iac.ts
var report_iac = __webpack_require__(2245);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub's per-step display limit for each annotation level. */
const ANNOTATION_LIMIT = 10;
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
const LEVELS = ['error', 'warning', 'notice'];
/** Annotations are plain text: drop control characters other than newlines. */
function plain(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
}
function fixLines(r) {
    const commands = (0,model/* fixCommands */.Yi)(r);
    return commands.length > 0 ? `Fix: ${commands.join('\n')}\n` : '';
}
function toAnnotation(r, locations) {
    const status = (0,model/* resultStatus */.Sv)(r);
    const location = locations?.get((0,report_iac/* resultKey */.ZH)(r));
    // Advice is a notice-level annotation; the title says advice so it never reads as a failure.
    const word = status === 'unknown' || status === 'advice' ? ` (${status})` : '';
    return {
        level: status === 'unknown' ? 'warning' : (r.severity ?? 'error'),
        title: plain(`${r.checkId}: ${r.title}${word}`),
        message: plain(`${location ? `${r.resource.name}: ${location.property} is set here. ` : ''}${r.detail}\n${fixLines(r)}Docs: ${r.docUrl}`),
        ...(location ? { file: location.path, line: location.line } : {})
    };
}
/** Every annotation the report calls for, most severe first (catalog order within a level). */
function allAnnotations(report, locations) {
    return (report.results
        // A suppressed result is an accepted risk: the summary shows it, an annotation would be noise.
        .filter(r => (r.outcome === 'fail' || r.outcome === 'unknown') && !r.suppression)
        .map(r => toAnnotation(r, locations))
        .map((a, i) => ({ a, i }))
        .sort((x, y) => LEVEL_ORDER[x.a.level] - LEVEL_ORDER[y.a.level] || x.i - y.i)
        .map(({ a }) => a));
}
/** The annotations to emit: within GitHub's per-level limits, with a note for what was left out. */
function buildAnnotations(report, options = {}) {
    const limit = options.limit ?? ANNOTATION_LIMIT;
    const room = {
        error: Math.max(0, limit - (options.reserved?.error ?? 0)),
        warning: Math.max(0, limit - (options.reserved?.warning ?? 0)),
        notice: Math.max(0, limit - (options.reserved?.notice ?? 0))
    };
    const all = allAnnotations(report, options.locations);
    const byLevel = (level) => all.filter(a => a.level === level);
    const fits = LEVELS.every(level => byLevel(level).length <= room[level]);
    if (fits)
        return all;
    // The note takes a slot too: in the least severe level with room, so that no
    // more severe finding gives way to it; if every level is full, the last notice
    // (or warning, or error) gives way.
    const noteLevel = [...LEVELS].reverse().find(level => byLevel(level).length < room[level]) ??
        [...LEVELS].reverse().find(level => room[level] > 0);
    const shown = [];
    for (const level of LEVELS) {
        const cap = room[level] - (level === noteLevel && byLevel(level).length >= room[level] ? 1 : 0);
        shown.push(...byLevel(level).slice(0, Math.max(0, cap)));
    }
    const hidden = all.length - shown.length;
    const counts = LEVELS.map(level => {
        const n = byLevel(level).length - shown.filter(a => a.level === level).length;
        return n > 0 ? `${n} ${level}${n === 1 ? '' : 's'}` : '';
    })
        .filter(Boolean)
        .join(', ');
    if (noteLevel) {
        shown.push({
            level: noteLevel,
            title: `${hidden} more finding${hidden === 1 ? '' : 's'} not shown as annotations`,
            message: `GitHub shows at most ${limit} annotations of each level per step, so ${hidden} finding${hidden === 1 ? ' was' : 's were'} left out here (${counts}). The job summary of this run lists every check and result${report.runUrl ? `: ${report.runUrl}` : '.'}`
        });
    }
    return shown;
}

// EXTERNAL MODULE: ./src/report/redact-identifiers.ts
var redact_identifiers = __webpack_require__(25532);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/report/planned.ts
var report_planned = __webpack_require__(89580);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/settings/iac-files.ts
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
    const root = external_node_path_default().resolve(workspace);
    // Globs are relative to the workspace, like every other path a workflow names.
    const absolute = patterns.map(p => {
        const negated = p.startsWith('!');
        const body = negated ? p.slice(1) : p;
        const resolved = external_node_path_default().isAbsolute(body) ? body : external_node_path_default().join(root, body);
        return (negated ? '!' : '') + resolved;
    });
    // Loaded only when iac-files is set.
    const glob = await __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 43324));
    const globber = await glob.create(absolute.join('\n'), { matchDirectories: false });
    const matched = (await globber.glob()).sort();
    const files = [];
    for (const file of matched) {
        const relative = external_node_path_default().relative(root, file);
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            notes.push(`iac-files: ${file} is outside the workspace; annotations can only point into it.`);
            continue;
        }
        if (files.length >= MAX_FILES) {
            notes.push(`iac-files: matched more than ${MAX_FILES} files; the rest were not read.`);
            break;
        }
        const info = await (0,promises_.stat)(file);
        if (info.size > MAX_FILE_BYTES) {
            notes.push(`iac-files: ${relative} is larger than 2 MiB and was not read.`);
            continue;
        }
        files.push({ path: relative.split((external_node_path_default()).sep).join('/'), content: await (0,promises_.readFile)(file, 'utf8') });
    }
    if (files.length === 0)
        notes.push(`iac-files: no file matched ${patterns.join(', ')}.`);
    return { files, notes };
}

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
const deployment_files_MAX_FILE_BYTES = 256 * 1024;
const deployment_files_MAX_FILES = 200;
async function readDeploymentFiles(patterns, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    if (patterns.length === 0)
        return undefined;
    const root = await (0,promises_.realpath)(external_node_path_default().resolve(workspace));
    const inside = (file) => {
        const relative = external_node_path_default().relative(root, file);
        return relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative)
            ? undefined
            : relative.split((external_node_path_default()).sep).join('/');
    };
    const absolute = patterns.map(p => {
        const negated = p.startsWith('!');
        const body = negated ? p.slice(1) : p;
        const resolved = external_node_path_default().resolve(root, body);
        if (!negated && !inside(resolved) && resolved !== root) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: the pattern ${(0,quote/* quote */.h)(p)} points outside the workspace checkout. Name the files relative to the repository root, such as deploy/endpoint.yml or deploy/**/*.yml.`);
        }
        return (negated ? '!' : '') + resolved;
    });
    const glob = await __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 43324));
    const globber = await glob.create(absolute.join('\n'), { matchDirectories: false });
    const matched = [...new Set(await globber.glob())].sort();
    if (matched.length === 0) {
        throw new errors/* ConfigurationError */.j(`\`deployment-files\`: no file matched ${patterns.map(quote/* quote */.h).join(', ')}. Check the paths (relative to the repository root) and that the job checks the repository out before this step; or leave the input empty to judge only what is live.`);
    }
    if (matched.length > deployment_files_MAX_FILES) {
        throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${matched.length} files matched; at most ${deployment_files_MAX_FILES} are read. Name only the endpoint and deployment files the workflow deploys.`);
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
        if (info.size > deployment_files_MAX_FILE_BYTES) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${(0,quote/* quote */.h)(shown)} is larger than 256 KiB, which no endpoint or deployment file is. Leave it out of the patterns.`);
        }
        files.push({ path: shown, content: await (0,promises_.readFile)(file, 'utf8') });
    }
    const { resources, notes } = parsePlannedFiles(files);
    return { planned: { files: files.map(f => f.path), resources }, notes };
}

// EXTERNAL MODULE: ./src/settings/suppressions-file.ts
var suppressions_file = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/run/pipeline.ts + 2 modules
var run_pipeline = __webpack_require__(34924);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's edge: inputs → OIDC login → the shared pipeline (src/run/pipeline.ts:
 * collect → evaluate → report) → comment, annotations, summary, outputs.
 * The one place that touches @actions/core, Octokit and Azure together.
 */























async function run() {
    try {
        const settings = (0,inputs/* readSettings */.sb)();
        if (settings.fromReport) {
            await (0,from_report/* postSavedReport */.U$)(settings);
            return;
        }
        // Estate modes (docs/estate.md): many workspaces, no pull-request comment.
        if (settings.mergeReports.length > 0 || settings.scope) {
            // Loaded only in these modes: the estate scan pulls in the collection code.
            if (settings.mergeReports.length > 0) {
                await (await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(324), __webpack_require__.e(137), __webpack_require__.e(641), __webpack_require__.e(743), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 57760))).runMergeReports(settings);
            }
            else if (settings.scope) {
                await (await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(137), __webpack_require__.e(641), __webpack_require__.e(743), __webpack_require__.e(150)]).then(__webpack_require__.bind(__webpack_require__, 36150))).runEstate({ ...settings, scope: settings.scope });
            }
            return;
        }
        // Read before logging in: a broken config file is a configuration error, reported before any network call.
        const suppressions = (0,suppressions_file/* loadSuppressions */.P)({
            file: settings.configFile,
            explicit: settings.configFileExplicit,
            workspace: process.env['GITHUB_WORKSPACE'],
            info: log_safe/* log */.Rm.info
        });
        const workspaceDir = process.env['GITHUB_WORKSPACE'] || process.cwd();
        // Also before logging in: a planned file that cannot be judged stops the run before Azure.
        const planned = await readDeploymentFiles(settings.deploymentFiles, workspaceDir);
        for (const note of planned?.notes ?? [])
            log_safe/* log */.Rm.info(note);
        const saved = settings.fromSnapshot
            ? (0,run_pipeline/* readSnapshot */.RA)((0,external_node_path_.resolve)(workspaceDir, settings.fromSnapshot), '`from-snapshot`', settings.fromSnapshot, log_safe/* log */.Rm)
            : undefined;
        const pullRequest = (0,context/* readPullRequestContext */.uV)();
        // Before reading Azure, so that the report names the pull request (the fork pattern needs it).
        const commentTarget = await (0,publish_comment/* findCommentTarget */.K$)(settings, undefined, log_safe/* log */.Rm);
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
        let collected;
        const live = saved ?? (collected = await collectLive(settings)).snapshot;
        // The live reads and the planned resources are kept apart in the snapshot (docs/planned.md).
        const snapshot = planned ? { ...live, planned: planned.planned } : live;
        if (settings.snapshotFile)
            (0,run_pipeline/* saveSnapshot */.Os)((0,external_node_path_.resolve)(workspaceDir, settings.snapshotFile), snapshot, log_safe/* log */.Rm);
        const { report, verdict } = (0,run_pipeline/* evaluate */._3)(snapshot, (0,run_pipeline/* evaluateSettingsOf */.U0)(settings, suppressions, {
            ...(pullRequest.runUrl ? { runUrl: pullRequest.runUrl } : {}),
            ...(reportPullRequest ? { pullRequest: reportPullRequest } : {})
        }), log_safe/* log */.Rm);
        const reportFile = writeReportFile(report);
        await writeJobSummary(report, settings.detail);
        const iac = await readIacFiles(settings.iacFiles);
        for (const note of iac.notes)
            log_safe/* log */.Rm.info(note);
        const locations = (0,report_iac/* locateAll */.Y6)(report.results, iac.files);
        // A planned resource that fails is annotated at the line of its deployment file.
        if (snapshot.planned && settings.gateOn !== 'live') {
            for (const [key, at] of (0,report_planned/* plannedLocations */.BR)(snapshot, report.results))
                locations.set(key, at);
        }
        if (settings.sarifFile)
            writeSarifFile(settings.sarifFile, report, locations);
        // Reserved slots: the setFailed error below, one warning (e.g. a refused comment), and the
        // allow-unknown warning above.
        const reserved = {
            error: verdict.failed ? 1 : 0,
            warning: verdict.allowedUnknownCheckIds ? 2 : 1
        };
        // Annotations show on the pull request's checks page: `detail: redacted` applies to them too.
        const shown = settings.detail === 'redacted' ? redact_identifiers/* redactIdentifiers */.CA : (text) => text;
        for (const annotation of buildAnnotations(report, { locations, reserved })) {
            log_safe/* log */.Rm[annotation.level](shown(annotation.message), {
                title: shown(annotation.title),
                ...(annotation.file ? { file: annotation.file, startLine: annotation.line } : {})
            });
        }
        const commentId = await (0,publish_comment/* publishComment */.p8)(settings, report, commentTarget, {
            ...log_safe/* log */.Rm,
            summary: core.summary
        });
        core.setOutput('result', verdict.failed ? 'fail' : 'pass');
        core.setOutput('failed-checks', verdict.failedCheckIds.join(','));
        core.setOutput('report-file', reportFile);
        core.setOutput('comment-id', commentId);
        core.info(verdict.headline);
        if (collected)
            core.info((0,run_pipeline/* timingLine */.NC)(collected, settings.maxConcurrency));
        if (verdict.failed)
            core.setFailed((0,run_pipeline/* gateFailureMessage */.hL)(verdict, settings.failOnText));
    }
    catch (error) {
        (0,failure/* reportFailure */.x)(error);
    }
}
/** GitHub OIDC → Entra ID, then the ARM reads (their code loads while the token requests are in flight). */
function collectLive(settings) {
    // Counted from the start of the process: the whole run, login included.
    const deadline = new pipeline/* RunDeadline */.sQ(settings.timeoutSeconds, 0);
    return (0,run_pipeline/* collect */.Fo)(settings, (0,action_login/* actionLogin */.g)(settings, deadline), log_safe/* log */.Rm, deadline);
}
function writeReportFile(report) {
    const dir = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'aml-inference-guard');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `report-${report.target.workspaceName}.json`);
    (0,external_node_fs_.writeFileSync)(file, (0,model/* renderJsonReport */.nJ)(report) + '\n');
    return file;
}
/** `sarif-file`, relative to the workspace like any path a workflow names. */
function writeSarifFile(file, report, locations) {
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const target = (0,external_node_path_.resolve)(workspace, file);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
    const actionRepo = process.env['GITHUB_ACTION_REPOSITORY'];
    const fallbackFile = (0,sarif/* workflowFileFromRef */.t5)(process.env['GITHUB_WORKFLOW_REF']);
    (0,external_node_fs_.writeFileSync)(target, (0,sarif/* renderSarif */.WH)(report, {
        locations,
        ...(fallbackFile ? { fallbackFile } : {}),
        ...(actionRepo ? { informationUri: `https://github.com/${actionRepo}` } : {})
    }) + '\n');
    log_safe/* log */.Rm.info(`SARIF written to ${target}`);
}
async function writeJobSummary(report, detail) {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.');
        return;
    }
    await core.summary.addRaw((0,summary/* renderSummary */.Br)(report, { detail }), true).write();
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

/***/ 48390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ postSavedReport),
/* harmony export */   kM: () => (/* binding */ reportProblem)
/* harmony export */ });
/* unused harmony exports untrustedView, readSavedReport */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88179);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7081);
/* harmony import */ var _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(12396);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(87206);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49748);
/* harmony import */ var _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45000);
/* harmony import */ var _model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(50663);
/* harmony import */ var _publish_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28731);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54285);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96867);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(57994);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(20709);
/* harmony import */ var _model_redact_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44012);
/**
 * `from-report`: read a JSON report saved by an earlier run (the fork pattern's
 * second workflow), so its comment, summary and outputs can be written without
 * logging in to Azure. That run executed a pull request's code, so the file is
 * attacker-controlled: it is checked against the published schema, the pull
 * request comes from this run's event (never from the file), the texts the
 * catalog owns are taken from the catalog, links are built from the event and
 * the repository only, and every other text in it is escaped when rendered.
 * See docs/security.md.
 */















const OUTCOMES = ['pass', 'fail', 'unknown', 'skipped'];
/** Larger than any real report (a few MB at most); parsing a bigger file is refused. */
const MAX_REPORT_BYTES = 32 * 1024 * 1024;
/**
 * The whole `from-report` run: no Azure login, no ARM read. Writes the job
 * summary, the comment (on the pull request this run's event names) and the
 * outputs. Does not fail the step on the report's verdict: the run that read
 * Azure applied `fail-on` already, and its job shows the result.
 */
async function postSavedReport(settings, env = process.env) {
    // Redacted too: a report of an older version may hold a token Azure echoed.
    const saved = (0,_model_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redactDeep */ .KL)(await readSavedReport(settings.fromReport));
    const origin = originOf(env);
    const report = untrustedView(saved, (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .buildRunUrl */ .rP)(env));
    const provenance = provenanceNote(origin);
    // Texts from the file are quoted: a forged report must not inject workflow commands into the log.
    _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(`Posting the saved report ${plain(settings.fromReport)} (workspace ${plain(report.target.workspaceId)}, read from Azure at ${plain(report.collectedAt)}) made by ${origin.runUrl ?? 'an earlier run'}; Azure is not contacted in from-report mode.`);
    if (env['GITHUB_STEP_SUMMARY']) {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary
            .addRaw((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSummary */ .Br)(report, { provenance, detail: settings.detail ?? 'full' }), true)
            .write();
    }
    const target = await savedReportTarget(settings, saved, origin);
    const commentId = await (0,_publish_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .publishComment */ .p8)(settings, report, target, { ..._log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm, summary: _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary }, provenance);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('result', report.verdict.failed ? 'fail' : 'pass');
    // Only well-formed check IDs (the schema's pattern, checked again): workflows may pass this output to a shell.
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-checks', report.verdict.failedCheckIds.filter(id => /^[A-Za-z0-9_-]+$/.test(String(id))).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('report-file', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(settings.fromReport));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('comment-id', commentId);
    _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(`Saved verdict: ${plain(report.verdict.headline)}`);
}
function originOf(env) {
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const event = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventFile */ .zh)(env);
    if (!event.ok)
        return { eventName };
    const sha = (value) => typeof value === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value)
        ? value.toLowerCase()
        : undefined;
    if (eventName === 'workflow_run') {
        const run = field(event.payload, 'workflow_run');
        const headSha = sha(field(run, 'head_sha'));
        const runUrl = forkRunUrl(env, field(run, 'html_url'), field(run, 'id'));
        return { eventName, ...(runUrl ? { runUrl } : {}), ...(headSha ? { headSha } : {}) };
    }
    const headSha = sha(field(field(field(event.payload, 'pull_request'), 'head'), 'sha'));
    return { eventName, ...(headSha ? { headSha } : {}) };
}
/** `workflow_run.html_url` when it is a run of this repository on this server, else built from the run id. */
function forkRunUrl(env, htmlUrl, id) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository))
        return undefined;
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server))
        return undefined;
    const base = `${server}/${repository}/actions/runs/`;
    if (typeof htmlUrl === 'string' &&
        htmlUrl.startsWith(base) &&
        /^\d+$/.test(htmlUrl.slice(base.length))) {
        return htmlUrl;
    }
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? `${base}${id}` : undefined;
}
/** Says where the verdict comes from; built from the event only. */
function provenanceNote(origin) {
    const run = origin.runUrl
        ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .markup */ .PT) `the ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .link */ .nf)('pull request’s workflow run', origin.runUrl)}`
        : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .markup */ .PT) `an earlier workflow run`;
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .markup */ .PT) `> [!IMPORTANT]
> This verdict comes from the report file saved by ${run}, which ran the pull request’s code. This step posted that file (\`from-report\`) and did not read Azure itself: treat the result as that run’s claim, not as a check made with this repository’s credentials.`;
}
/**
 * The comment's pull request, from this run's event; none (with a warning) when the event
 * names none or follows a run of another commit than the one the report records.
 */
async function savedReportTarget(settings, saved, origin) {
    const target = await (0,_publish_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .findCommentTarget */ .K$)(settings, undefined, _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm);
    if (target.kind === 'none') {
        // from-report exists to comment: a pull request that cannot be found is worth a warning.
        return settings.comment === 'never' ? target : { ...target, warn: true };
    }
    const where = `${target.owner}/${target.repo}#${target.number}`;
    const recorded = saved.pullRequest?.headSha?.toLowerCase();
    if (recorded && origin.headSha && recorded !== origin.headSha) {
        return {
            kind: 'none',
            warn: true,
            reason: `No comment on pull request ${where}: the saved report was made for commit ${recorded.slice(0, 12)}, but the run this \`${origin.eventName}\` event follows checked commit ${origin.headSha.slice(0, 12)}, so the file is not that run's report. Download the artifact of the triggering run (actions/download-artifact with \`run-id: \${{ github.event.workflow_run.id }}\`).`
        };
    }
    const named = saved.pullRequest?.number;
    if (named !== undefined && named !== target.number) {
        _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`The saved report names pull request #${named}; that number is ignored: the comment goes to ${where}, the pull request this run's event names.`);
    }
    return target;
}
/**
 * The report as rendered: the catalog's texts and links from the catalog (a forged file cannot
 * change a check's title, fix or documentation link), the run link of this run, no pull request.
 */
function untrustedView(saved, runUrl) {
    const catalog = new Map(_evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECKS */ .ui.map(c => [c.id, c]));
    const results = saved.results.map((r) => {
        const check = catalog.get(r.checkId);
        if (check) {
            const { title, section, category, docUrl, fix, remediation } = check;
            return { ...r, title, section, category, docUrl, fix, remediation };
        }
        // A check this version does not know: its texts are escaped; no command block, no foreign link.
        return { ...r, title: r.checkId, docUrl: _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_11__/* .ARTICLE_URL */ .V, fix: '' };
    });
    const rest = { ...saved, results };
    delete rest.runUrl;
    delete rest.pullRequest;
    return { ...rest, ...(runUrl ? { runUrl } : {}) };
}
async function readSavedReport(path, readFile = p => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(p, 'utf8')) {
    const where = `\`from-report\`: ${JSON.stringify(path)}`;
    let text;
    try {
        text = readFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    }
    catch (error) {
        const code = error.code;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} could not be read (${code === 'ENOENT' ? 'no such file' : String(error.message)}). ` +
            'Point it at the report-file of the run that checked Azure, e.g. the file an actions/download-artifact step extracted (paths are relative to the workspace).');
    }
    const fix = 'Upload the file the `report-file` output names, unchanged, and use the same major version of the action in both workflows.';
    if (text.length > MAX_REPORT_BYTES) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} is ${text.length} characters long, more than any report (at most ${MAX_REPORT_BYTES}). ${fix}`);
    }
    const data = (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .parseSavedReport */ .Dn)(text, where);
    if (!(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(data)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} is not an aml-inference-guard report: the file does not hold a JSON object. ${fix}`);
    }
    if (data['schemaVersion'] !== _report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .REPORT_SCHEMA_VERSION */ .WI) {
        const version = JSON.stringify(data['schemaVersion'] ?? null).slice(0, 40);
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} is not an aml-inference-guard report: schemaVersion is ${version}, this version of the action reads ${_report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .REPORT_SCHEMA_VERSION */ .WI}. ${fix}`);
    }
    // Loaded on use: Ajv is only needed in this mode.
    const { reportSchemaProblem } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 11119));
    const problem = reportSchemaProblem(data);
    if (problem) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} does not match the report schema (schemas/report.schema.json) ${problem}. ${fix}`);
    }
    return data;
}
/** What is wrong with `data` as a report, or undefined. Checks what the renderers read. */
function reportProblem(data) {
    if (!(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(data))
        return 'the file does not hold a JSON object';
    if (data['schemaVersion'] !== _report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .REPORT_SCHEMA_VERSION */ .WI) {
        return `schemaVersion is ${JSON.stringify(data['schemaVersion'] ?? null)}, this version of the action reads ${_report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .REPORT_SCHEMA_VERSION */ .WI}`;
    }
    const strings = _model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .stringFieldProblem */ .Tc;
    const results = data['results'];
    const verdict = data['verdict'];
    const routes = data['routes'];
    const counts = (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(verdict) ? verdict['counts'] : undefined;
    const found = strings(data, '', ['generatedAt', 'collectedAt', 'cloud', 'failOn']) ??
        strings(data['tool'], 'tool', ['name', 'version']) ??
        strings(data['target'], 'target', _model_snapshot_js__WEBPACK_IMPORTED_MODULE_14__/* .TARGET_FIELDS */ .G_) ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(data['apiVersions']) ? undefined : 'apiVersions is missing') ??
        strings(routes, 'routes', ['reason']) ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(routes) && Array.isArray(routes['routes'])
            ? undefined
            : 'routes.routes is not a list') ??
        strings(verdict, 'verdict', ['headline']) ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(verdict) &&
            typeof verdict['failed'] === 'boolean' &&
            Array.isArray(verdict['failedCheckIds'])
            ? undefined
            : 'verdict.failed or verdict.failedCheckIds is missing') ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(counts) &&
            ['pass', 'fail', 'unknown', 'skipped'].every(k => typeof counts[k] === 'number')
            ? undefined
            : 'verdict.counts is incomplete') ??
        (Array.isArray(results) ? undefined : 'results is not a list');
    if (found)
        return found;
    for (const [i, r] of results.entries()) {
        const bad = strings(r, `results[${i}]`, [
            'checkId',
            'title',
            'section',
            'docUrl',
            'fix',
            'remediation',
            'detail'
        ]) ?? strings((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(r) ? r['resource'] : undefined, `results[${i}].resource`, ['name']);
        if (bad)
            return bad;
        if (!OUTCOMES.includes(String(r['outcome']))) {
            return `results[${i}].outcome is not one of ${OUTCOMES.join(', ')}`;
        }
    }
    const pr = data['pullRequest'];
    if (pr !== undefined &&
        !((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(pr) &&
            Number.isSafeInteger(pr['number']) &&
            pr['number'] > 0 &&
            typeof pr['owner'] === 'string' &&
            typeof pr['repo'] === 'string')) {
        return 'pullRequest is not { number, owner, repo }';
    }
    return undefined;
}
/** One line without control or bidi characters, so a value cannot start a workflow command. */
function plain(text) {
    return `"${text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')}"`;
}
function field(value, key) {
    return (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(value) ? value[key] : undefined;
}


/***/ }),

/***/ 28731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* binding */ findCommentTarget),
  p8: () => (/* binding */ publishComment)
});

// UNUSED EXPORTS: commentAction

// EXTERNAL MODULE: ./src/model/check.ts
var check = __webpack_require__(72281);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/report/redact-identifiers.ts
var redact_identifiers = __webpack_require__(25532);
// EXTERNAL MODULE: ./src/report/planned.ts
var planned = __webpack_require__(89580);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The sticky pull request comment: a condensed report, found again on the next
 * run by its hidden marker. Kept under GitHub's comment size limit.
 */







/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_MAX_LENGTH = 65_536;
/**
 * Hidden marker identifying this workspace's comment, and this `comment-header`'s
 * when set (a matrix over workspaces, or two jobs on one workspace, each keep
 * their own comment). Both parts are lower-cased (ARM ids compare
 * case-insensitively) and reduced to characters that cannot end the HTML
 * comment; `:` separates them because neither part can contain it. Without a
 * header the marker is the one earlier versions wrote, so their comments are
 * still found.
 */
function commentMarker(workspaceId, header = '') {
    const safe = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9/._-]/g, '_')
        .replace(/-{2,}/g, '-');
    const suffix = header.trim() ? `:${safe(header.trim())}` : '';
    return `<!-- aml-inference-guard:${safe(workspaceId)}${suffix} -->`;
}
function passingDetails(results) {
    const ok = results.filter(r => !(0,format/* isProblem */.AN)(r));
    if (ok.length === 0)
        return [];
    const pass = ok.filter(r => r.outcome === 'pass').length;
    const skipped = ok.length - pass;
    const summary = (0,markdown/* markup */.PT) `✅ ${pass} passing${skipped > 0 ? (0,markdown/* markup */.PT) `, ${skipped} skipped` : (0,markdown/* markup */.PT) ``}`;
    return [
        (0,markdown/* markup */.PT) `<details><summary>${summary}</summary>`,
        (0,markdown/* markup */.PT) ``,
        ...ok.map(r => (0,markdown/* markup */.PT) `- ${(0,format/* outcomeLabel */.FR)(r)} ${(0,markdown/* link */.nf)(r.checkId, r.docUrl)} ${(0,markdown/* escapeMarkdown */.FV)(r.title)}: ${(0,markdown/* inlineCode */.ti)(r.resource.name)}`),
        (0,markdown/* markup */.PT) ``,
        (0,markdown/* markup */.PT) `</details>`
    ];
}
/** One row per failing or unknown check (not per resource), naming a few resources. */
function checksOnlyTable(problems) {
    const groups = new Map();
    for (const r of problems)
        groups.set(r.checkId, [...(groups.get(r.checkId) ?? []), r]);
    const rows = [...groups.values()].map(rs => {
        const first = rs[0];
        const counts = model/* RESULT_STATUSES */.Jb.map(status => {
            const n = rs.filter(r => (0,model/* resultStatus */.Sv)(r) === status).length;
            return n > 0 ? `${n} ${status}` : '';
        })
            .filter(Boolean)
            .join(', ');
        const names = rs.slice(0, 3).map(r => (0,markdown/* escapeTableCell */.aL)(r.resource.name.slice(0, 80)));
        const more = rs.length > 3 ? (0,markdown/* markup */.PT) ` and ${rs.length - 3} more` : (0,markdown/* markup */.PT) ``;
        return [(0,format/* checkCell */.xp)(first), (0,markdown/* escapeMarkdown */.FV)(counts), (0,markdown/* markup */.PT) `${(0,markdown/* joinMarkdown */.UF)(names, ', ')}${more}`];
    });
    return (0,markdown/* table */.tp)([(0,markdown/* markup */.PT) `Check`, (0,markdown/* markup */.PT) `Results`, (0,markdown/* markup */.PT) `Resources`], rows);
}
function whereFullReport(runUrl) {
    return runUrl
        ? (0,markdown/* markup */.PT) `the ${(0,markdown/* link */.nf)('job summary of this run', runUrl)}`
        : (0,markdown/* markup */.PT) `the job summary of this workflow run`;
}
function render(report, options, detail) {
    const runUrl = options.runUrl ?? report.runUrl;
    const problems = report.results.filter(format/* isProblem */.AN);
    const groups = (0,format/* causeGroups */.wV)(problems);
    const header = options.header?.trim()
        ? (0,markdown/* markup */.PT) ` (${(0,markdown/* escapeMarkdown */.FV)(options.header.trim())})`
        : (0,markdown/* markup */.PT) ``;
    const lines = [
        escapeMarkerless(options.marker),
        (0,markdown/* markup */.PT) `### ${(0,format/* verdictIcon */.f2)(report)} ${(0,markdown/* escapeMarkdown */.FV)(report.tool.name)}${header}: ${(0,markdown/* escapeMarkdown */.FV)(report.verdict.headline)}`,
        (0,markdown/* markup */.PT) ``,
        ...(options.provenance ? [(0,markdown/* markup */.PT) ``, options.provenance] : []),
        (0,markdown/* markup */.PT) ``,
        (0,markdown/* markup */.PT) `${(0,format/* targetLine */.Ue)(report)} · **fail-on:** ${(0,markdown/* inlineCode */.ti)(report.failOn)}`,
        (0,markdown/* markup */.PT) ``,
        (0,summary/* routeLine */.Gs)(report),
        // deployment-files: the checks this pull request changes (docs/planned.md).
        ...(0,planned/* plannedLines */.sR)(report.planned)
    ];
    // The root causes first: one refused read is one thing to fix, however many checks it blocks.
    const causeLimit = { full: 10, 'no-details': 5, 'checks-only': 3 }[detail];
    lines.push(...(0,format/* causeSection */.bM)(groups, (0,markdown/* markup */.PT) `####`, {
        limit: causeLimit,
        raw: detail === 'full',
        elsewhere: whereFullReport(runUrl)
    }));
    if (detail === 'checks-only') {
        if (problems.length > 0)
            lines.push((0,markdown/* markup */.PT) ``, checksOnlyTable(problems));
    }
    else {
        for (const [section, results] of (0,format/* bySection */.Z5)(problems)) {
            lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `#### ${(0,markdown/* escapeMarkdown */.FV)(check/* SECTIONS */.b[section])}`, (0,markdown/* markup */.PT) ``, (0,markdown/* table */.tp)([(0,markdown/* markup */.PT) `Check`, (0,markdown/* markup */.PT) `Resource`, (0,markdown/* markup */.PT) `Result`, (0,markdown/* markup */.PT) `Detail`], (0,format/* problemsFirst */.dm)(results).map(r => [
                (0,format/* checkCell */.xp)(r),
                (0,markdown/* inlineCode */.ti)(r.resource.name),
                (0,format/* outcomeLabel */.FR)(r),
                (0,format/* detailCell */.IP)(r, groups)
            ])));
            if (detail === 'full') {
                const fixes = (0,format/* fixSection */.ve)((0,format/* problemsFirst */.dm)(results));
                if (fixes.length > 0)
                    lines.push((0,markdown/* markup */.PT) ``, ...fixes);
            }
        }
        if (detail === 'full') {
            const passing = passingDetails(report.results);
            if (passing.length > 0)
                lines.push((0,markdown/* markup */.PT) ``, ...passing);
        }
    }
    if (detail === 'no-details') {
        lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `> [!NOTE]\n> Fix instructions and the list of passing checks were left out to keep this comment within GitHub's size limit; the full report is in ${whereFullReport(runUrl)}.`);
    }
    else if (detail === 'checks-only') {
        lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `> [!NOTE]\n> Only checks with a fail, unknown or advice result are listed, with a few resources each, to keep this comment within GitHub's size limit; per-resource details, fixes and passing checks are in ${whereFullReport(runUrl)}.`);
    }
    else if (runUrl) {
        lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `Full report: ${whereFullReport(runUrl)}.`);
    }
    lines.push((0,markdown/* markup */.PT) ``, (0,format/* footer */.qr)(report), (0,markdown/* markup */.PT) ``);
    return (0,markdown/* joinMarkdown */.UF)(lines);
}
/** The hidden marker is built by commentMarker() from characters that cannot end the HTML comment. */
function escapeMarkerless(marker) {
    return marker;
}
function renderComment(fullReport, options) {
    const report = (0,redact_identifiers/* reportAtDetail */.ni)(fullReport, options.detail);
    const max = options.maxLength ?? COMMENT_MAX_LENGTH;
    for (const detail of ['full', 'no-details', 'checks-only']) {
        const body = render(report, options, detail);
        if (body.length <= max)
            return body;
    }
    // Only reachable with an enormous catalog: cut at a line boundary and say so.
    const note = `\n\n> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full report is in ${whereFullReport(options.runUrl ?? report.runUrl)}.\n`;
    const body = render(report, options, 'checks-only');
    const cut = body.slice(0, Math.max(0, max - note.length));
    return cut.slice(0, cut.lastIndexOf('\n')) + note;
}
/**
 * The comment without what changes on every run (the read time, links to the run), so
 * that a re-run with the same findings leaves the comment as it is instead of editing it.
 */
function comparableCommentBody(body) {
    return body
        .replace(/Azure read at \d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'Azure read at …')
        .replace(/\/actions\/runs\/\d+(\/attempts\/\d+)?/g, '/actions/runs/…');
}

// EXTERNAL MODULE: ./src/model/redact.ts
var redact = __webpack_require__(44012);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
;// CONCATENATED MODULE: ./src/publish/octokit.ts

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
        throw new errors/* ConfigurationError */.j('`github-token` is empty, so no pull request comment can be written. ' +
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
            __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 11758)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
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

;// CONCATENATED MODULE: ./src/publish/comment.ts
/**
 * One sticky pull request comment per marker: created on the first run,
 * updated in place afterwards, duplicates (from concurrent runs) removed.
 *
 * Only comments written by the identity of the token are considered, so a
 * comment by someone else that quotes the marker is never edited or deleted.
 * HTTP failures never throw: they come back as `refused` with a reason that
 * says how to fix them.
 */

/** Login of the workflow `GITHUB_TOKEN`, which cannot call `GET /user`. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
/** GitHub's limit on an issue comment body, in characters. */
const MAX_COMMENT_LENGTH = 65536;
async function upsertStickyComment(options) {
    const { octokit, owner, repo, issueNumber, marker, body } = options;
    if (!marker.trim())
        throw new TypeError('upsertStickyComment: marker must not be empty');
    if (!body.includes(marker)) {
        throw new TypeError('upsertStickyComment: body must contain the marker, or the next run cannot find it');
    }
    if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) {
        throw new TypeError(`upsertStickyComment: invalid issue number ${issueNumber}`);
    }
    const target = { owner, repo, issue_number: issueNumber };
    const where = `${owner}/${repo}#${issueNumber}`;
    const found = await findOurs(options, where, body);
    if (!Array.isArray(found))
        return found;
    const ours = found;
    if (options.mode === 'recreate' && ours.length > 0) {
        // Delete first: if the token may not delete, nothing is posted and the old comment stays.
        let deleted = 0;
        for (const old of ours) {
            try {
                await octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id });
                deleted++;
            }
            catch (error) {
                // 404: a concurrent run deleted it already; that is what we wanted.
                if (isHttpError(error) && error.status === 404)
                    continue;
                return refused(error, 'delete the old comment', where, body);
            }
        }
        try {
            const { data } = await octokit.rest.issues.createComment({ ...target, body });
            return {
                action: 'recreated',
                commentId: data.id,
                url: data.html_url,
                duplicatesDeleted: deleted
            };
        }
        catch (error) {
            return refused(error, 'create the comment', where, body);
        }
    }
    const [keep, ...duplicates] = ours;
    let result;
    if (keep === undefined) {
        try {
            const { data } = await octokit.rest.issues.createComment({ ...target, body });
            result = { action: 'created', commentId: data.id, url: data.html_url, duplicatesDeleted: 0 };
        }
        catch (error) {
            return refused(error, 'create the comment', where, body);
        }
    }
    else if (sameContent(keep.body ?? '', body, options.comparable)) {
        result = { action: 'unchanged', commentId: keep.id, url: keep.html_url, duplicatesDeleted: 0 };
    }
    else {
        try {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: keep.id,
                body
            });
            result = { action: 'updated', commentId: data.id, url: data.html_url, duplicatesDeleted: 0 };
        }
        catch (error) {
            return refused(error, 'update the comment', where, body);
        }
    }
    for (const duplicate of duplicates) {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
            result.duplicatesDeleted++;
        }
        catch (error) {
            // 404: a concurrent run deleted it already. Anything else leaves a stale
            // duplicate behind, which the next run retries; the sticky comment is fine.
            if (!isHttpError(error))
                throw error;
        }
    }
    return result;
}
/**
 * The sticky comments of `marker` written by the token's identity, oldest
 * first, or `refused` when GitHub would not say.
 */
async function findOurs(options, where, body) {
    const { octokit, owner, repo, issueNumber, marker } = options;
    const login = options.authorLogin ?? (await tokenLogin(octokit));
    if (typeof login !== 'string')
        return refused(login.error, "identify the token's user", where, body);
    const author = login.toLowerCase();
    let comments;
    try {
        comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100
        });
    }
    catch (error) {
        return refused(error, 'read the pull request comments', where, body);
    }
    return comments
        .filter(c => c.user?.login.toLowerCase() === author && (c.body ?? '').includes(marker))
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}
/**
 * Deletes the sticky comment of `marker` (and any duplicates), e.g. when a run
 * passes with `comment: on-failure` and an earlier failure's comment would
 * mislead. Reads only when there is none: no write at all.
 */
async function deleteStickyComment(options) {
    const { octokit, owner, repo, issueNumber, marker } = options;
    if (!marker.trim())
        throw new TypeError('deleteStickyComment: marker must not be empty');
    if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) {
        throw new TypeError(`deleteStickyComment: invalid issue number ${issueNumber}`);
    }
    const where = `${owner}/${repo}#${issueNumber}`;
    const ours = await findOurs(options, where, '');
    if (!Array.isArray(ours))
        return ours;
    if (ours.length === 0)
        return { action: 'none' };
    let deleted = 0;
    for (const old of ours) {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id });
            deleted++;
        }
        catch (error) {
            // 404: a concurrent run deleted it already; that is what we wanted.
            if (isHttpError(error) && error.status === 404)
                continue;
            return refused(error, 'delete the old comment', where, '');
        }
    }
    return { action: 'deleted', deleted };
}
/**
 * Login of the token's user; the workflow token gets 403 from `GET /user`. A
 * rate limit or a GitHub failure is returned: guessing the login then could
 * post a duplicate of a personal token's comment.
 */
async function tokenLogin(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        if (!isHttpError(error))
            throw error;
        if (error.status >= 500 || rateLimit(error))
            return { error };
        return WORKFLOW_TOKEN_LOGIN;
    }
}
function sameContent(current, next, comparable = body => body) {
    return normalise(comparable(current)) === normalise(comparable(next));
}
function normalise(text) {
    return text.replace(/\r\n/g, '\n').trimEnd();
}
/**
 * Octokit's `RequestError` (name `HttpError`), which it also throws for network
 * failures with status 500; an aborted request carries status 500 too.
 */
function isHttpError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
function refused(error, step, where, body) {
    if (error instanceof GitHubRequestStopped) {
        const fix = error.status === 504
            ? 'Re-run the job; if GitHub is slow to answer, raise the `timeout-seconds` input.'
            : 'Nothing was sent to that host.';
        return {
            action: 'refused',
            reason: `Could not ${step} on ${where}: ${oneLine(error.message)}. ${fix}`,
            status: error.status
        };
    }
    if (!isHttpError(error))
        throw error;
    const { status } = error;
    const said = `GitHub answered HTTP ${status}: ${oneLine(error.message)}`;
    const prefix = `Could not ${step} on ${where} (${said}).`;
    let fix;
    if (status === 401) {
        fix =
            'The token is invalid or expired: check the `github-token` input (or leave it unset to use the workflow token).';
    }
    else if (rateLimit(error)) {
        fix = rateLimitFix(error);
    }
    else if (status === 403) {
        fix =
            step === 'read the pull request comments'
                ? 'The token cannot read the pull request: give the job `permissions: pull-requests: write` (which includes read).'
                : 'The token cannot write pull request comments. Give the job `permissions: pull-requests: write`. ' +
                    'On a pull request from a fork the workflow token is read-only whatever the permissions say: ' +
                    'use the pull_request + workflow_run two-workflow pattern, see README. ' +
                    'A locked conversation also refuses comments.';
    }
    else if (status === 404) {
        fix =
            `The token cannot see ${where}: check that it has access to the repository ` +
                '(a fine-grained token needs the repository selected and Pull requests: Read and write) ' +
                'and that the pull request exists. The comment may also have been deleted meanwhile: re-run the job.';
    }
    else if (status === 422) {
        fix =
            body.length > MAX_COMMENT_LENGTH
                ? `The comment is ${body.length} characters long; GitHub accepts at most ${MAX_COMMENT_LENGTH}.`
                : 'GitHub rejected the comment as invalid; the job summary still has the full report.';
    }
    else if (status >= 500) {
        fix = `GitHub or the network failed (still after ${RETRY_POLICY.serverErrorRetries} retries); re-run the job, and check https://www.githubstatus.com if it persists.`;
    }
    else {
        fix = 'GitHub refused the request; re-run the job. The job summary still has the full report.';
    }
    return { action: 'refused', reason: `${prefix} ${fix}`, status };
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
/** A primary (`x-ratelimit-remaining: 0`) or secondary (403/429 saying so) rate limit. */
function rateLimit(error) {
    if (error.status !== 403 && error.status !== 429)
        return undefined;
    if (/secondary rate limit/i.test(error.message))
        return 'secondary';
    if (header(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(error.message)) {
        return 'primary';
    }
    return error.status === 429 ? 'secondary' : undefined;
}
function rateLimitFix(error) {
    const retried = `(Rate limits are retried when GitHub asks for a wait of at most ${RETRY_POLICY.maxWaitSeconds} s, up to ${RETRY_POLICY.rateLimitRetries} times.)`;
    if (rateLimit(error) === 'secondary') {
        const after = Number(header(error, 'retry-after'));
        const asked = Number.isFinite(after) && after > 0 ? ` GitHub asked to wait ${after} s.` : '';
        return (`GitHub's secondary rate limit refused the request (too many requests at once, e.g. parallel jobs commenting with one token).${asked} ${retried} ` +
            'Re-run the job in a few minutes, or run fewer jobs in parallel with the same token.');
    }
    const reset = Number(header(error, 'x-ratelimit-reset'));
    const until = Number.isFinite(reset) && reset > 0
        ? ` until ${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}`
        : '';
    return (`The token's GitHub API rate limit is used up${until}. ${retried} ` +
        'Re-run the job after that, or pass a token with its own limit (e.g. a GitHub App installation token) as `github-token`.');
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

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
        if (error instanceof GitHubClientError || error instanceof GitHubRequestStopped) {
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

;// CONCATENATED MODULE: ./src/publish/publish-comment.ts







/** The run's deadline for GitHub requests, when the settings name it. */
function deadlineOf(settings) {
    return settings.timeoutSeconds ? { deadline: githubDeadline(settings.timeoutSeconds) } : {};
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
                octokit: () => createOctokit(token, undefined, deadlineOf(settings), message => log?.info(message))
            }
            : {})
    });
}
/**
 * What the comment step does on the pull request: `write` the sticky comment, or
 * `delete` it. `on-failure` comments only when the `fail-on` gate failed (unknown
 * checks included unless `allow-unknown`); a run that passes removes the earlier
 * comment, as sticky-comment actions' delete modes do, so no outdated failure stays.
 */
function commentAction(when, gateFailed) {
    return when === 'on-failure' && !gateFailed ? 'delete' : 'write';
}
/** Returns the id of the sticky comment written or kept (the `comment-id` output), or ''. */
async function publishComment(settings, report, target, log, 
/** from-report: where the verdict comes from (trusted markdown, see CommentOptions). */
provenance) {
    if (target.kind === 'none') {
        if (target.warn)
            await notWritten(log, target.reason);
        else
            log.info(target.reason);
        return '';
    }
    const where = `${target.owner}/${target.repo}#${target.number}`;
    const action = commentAction(settings.comment, report.verdict.failed);
    if (!settings.githubToken.trim()) {
        await notWritten(log, `No comment on pull request ${where}${action === 'delete' ? ' (and an earlier one is not deleted)' : ''}: \`github-token\` is empty. Leave it unset to use the workflow token, or pass a token with \`pull-requests: write\`.`);
        return '';
    }
    // Redacted, the hidden marker holds a hash of the workspace id instead of the id (a new sticky comment).
    const workspaceId = report.target.workspaceId;
    const marker = commentMarker(settings.detail === 'redacted' ? `workspace-${(0,redact_identifiers/* shortHash */.BC)(workspaceId)}` : workspaceId, settings.commentHeader);
    try {
        if (action === 'delete') {
            await deleteStale(settings, marker, target, where, log);
            return '';
        }
        const result = await upsertStickyComment({
            octokit: await createOctokit(settings.githubToken, undefined, deadlineOf(settings), message => log.info(message)),
            owner: target.owner,
            repo: target.repo,
            issueNumber: target.number,
            marker,
            mode: settings.commentMode,
            comparable: comparableCommentBody,
            body: (0,redact/* redact */.E$)(renderComment(report, {
                marker,
                header: settings.commentHeader,
                ...(report.runUrl ? { runUrl: report.runUrl } : {}),
                ...(provenance ? { provenance } : {}),
                ...(settings.detail ? { detail: settings.detail } : {})
            }))
        });
        if (result.action === 'refused') {
            await notWritten(log, `The pull request comment was not written; the job summary and report-file still hold the report. ${result.reason}`);
            return '';
        }
        const removed = result.duplicatesDeleted > 0
            ? ` (${result.duplicatesDeleted} ${result.action === 'recreated' ? 'old' : 'duplicate'} comment${result.duplicatesDeleted === 1 ? '' : 's'} deleted)`
            : '';
        log.info(`Pull request comment ${result.action} on ${where} (found from ${target.via}): ${result.url}${removed}`);
        return String(result.commentId);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof GitHubClientError) {
            await notWritten(log, `The pull request comment on ${where} was not written: ${message}.`);
            return '';
        }
        // A bug, not a reason to fail the check: say so and carry on.
        await notWritten(log, `The pull request comment on ${where} was not written because of an unexpected error (${message}). This is a bug: please report it. The job summary and report-file still hold the report.`);
        return '';
    }
}
/** `comment: on-failure` and the gate passed: remove our comment of an earlier, failing run. */
async function deleteStale(settings, marker, target, where, log) {
    const result = await deleteStickyComment({
        octokit: await createOctokit(settings.githubToken, undefined, deadlineOf(settings), message => log.info(message)),
        owner: target.owner,
        repo: target.repo,
        issueNumber: target.number,
        marker
    });
    if (result.action === 'refused') {
        await notWritten(log, `\`comment: on-failure\`: the run passed the \`fail-on\` gate, but the earlier sticky comment on ${where} could not be checked or deleted, so it may still show an outdated failure. ${result.reason}`);
    }
    else if (result.action === 'deleted') {
        log.info(`\`comment: on-failure\`: the run passed the \`fail-on\` gate; deleted the earlier sticky comment on ${where} (found from ${target.via}) so it no longer shows an outdated failure${result.deleted > 1 ? ` (${result.deleted} comments)` : ''}.`);
    }
    else {
        log.info(`\`comment: on-failure\`: the run passed the \`fail-on\` gate; no comment on ${where}.`);
    }
}
/**
 * One warning, and the same words as the job summary's last line: the summary
 * is where a reader looks for the missing comment. The comment is optional, so
 * a summary that cannot be written is not an error either.
 */
async function notWritten(log, message) {
    log.warning(message);
    if (!log.summary || !process.env['GITHUB_STEP_SUMMARY'])
        return;
    try {
        await log.summary.addRaw(`\n> ⚠️ ${(0,markdown/* escapeMarkdown */.FV)((0,redact/* redact */.E$)(message))}\n`, true).write();
    }
    catch {
        // The warning above already says it.
    }
}


/***/ })

};
