export const id = 5;
export const ids = [5,139];
export const modules = {

/***/ 23139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_VERSIONS: () => (/* binding */ API_VERSIONS),
/* harmony export */   AzureClients: () => (/* binding */ AzureClients)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20690);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89657);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87279);



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

/***/ 93005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectSnapshot: () => (/* binding */ collectSnapshot)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/network-target.ts
var network_target = __webpack_require__(1299);
// EXTERNAL MODULE: ./src/snapshot.ts
var snapshot = __webpack_require__(93911);
// EXTERNAL MODULE: ./src/azure/clients.ts
var azure_clients = __webpack_require__(23139);
// EXTERNAL MODULE: ./src/azure/normalize.ts
var normalize = __webpack_require__(59100);
;// CONCATENATED MODULE: ./src/azure/normalize-access.ts
function obj(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function arr(value) {
    return Array.isArray(value) ? value : [];
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function strs(value) {
    return arr(value).filter((v) => typeof v === 'string');
}
function num(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
function props(body) {
    return obj(obj(body)['properties']);
}
function idOf(value) {
    return str(obj(value)['id']);
}
function toPermissionBlock(raw) {
    const b = obj(raw);
    const condition = str(b['condition']);
    return {
        actions: strs(b['actions']),
        notActions: strs(b['notActions']),
        dataActions: strs(b['dataActions']),
        notDataActions: strs(b['notDataActions']),
        ...(condition ? { condition } : {})
    };
}
function toRoleAssignment(raw) {
    const p = props(raw);
    const condition = str(p['condition']);
    return {
        id: str(obj(raw)['id']) ?? '',
        scope: str(p['scope']) ?? '',
        roleDefinitionId: str(p['roleDefinitionId']) ?? '',
        principalId: str(p['principalId']) ?? '',
        ...(str(p['principalType']) ? { principalType: str(p['principalType']) } : {}),
        ...(condition ? { condition } : {})
    };
}
function toRoleDefinition(raw) {
    const p = props(raw);
    return {
        id: str(obj(raw)['id']) ?? '',
        roleName: str(p['roleName']) ?? str(obj(raw)['name']) ?? '',
        // 2022-04-01 calls it `type`; the SDK model and newer versions `roleType`.
        ...((str(p['type']) ?? str(p['roleType']))
            ? { roleType: str(p['type']) ?? str(p['roleType']) }
            : {}),
        permissions: arr(p['permissions']).map(toPermissionBlock)
    };
}
function toDenyPrincipal(raw) {
    const p = obj(raw);
    return { id: str(p['id']) ?? '', ...(str(p['type']) ? { type: str(p['type']) } : {}) };
}
function toDenyAssignment(raw) {
    const p = props(raw);
    return {
        id: str(obj(raw)['id']) ?? '',
        name: str(p['denyAssignmentName']) ?? str(obj(raw)['name']) ?? '',
        scope: str(p['scope']) ?? '',
        permissions: arr(p['permissions']).map(toPermissionBlock),
        principals: arr(p['principals']).map(toDenyPrincipal),
        excludePrincipals: arr(p['excludePrincipals']).map(toDenyPrincipal),
        doNotApplyToChildScopes: p['doNotApplyToChildScopes'] === true
    };
}
function toSecurityRule(raw) {
    const r = obj(raw);
    const p = props(raw);
    const rule = {
        name: str(r['name']) ?? '',
        priority: num(p['priority']) ?? 0,
        direction: str(p['direction']) ?? '',
        access: str(p['access']) ?? '',
        protocol: str(p['protocol']) ?? ''
    };
    const optional = [
        ['sourcePortRange', str(p['sourcePortRange'])],
        ['destinationPortRange', str(p['destinationPortRange'])],
        ['sourceAddressPrefix', str(p['sourceAddressPrefix'])],
        ['destinationAddressPrefix', str(p['destinationAddressPrefix'])]
    ];
    for (const [key, value] of optional)
        if (value !== undefined)
            Object.assign(rule, { [key]: value });
    const lists = [
        ['sourcePortRanges', strs(p['sourcePortRanges'])],
        ['destinationPortRanges', strs(p['destinationPortRanges'])],
        ['sourceAddressPrefixes', strs(p['sourceAddressPrefixes'])],
        ['destinationAddressPrefixes', strs(p['destinationAddressPrefixes'])],
        [
            'sourceApplicationSecurityGroupIds',
            arr(p['sourceApplicationSecurityGroups'])
                .map(idOf)
                .filter((v) => !!v)
        ],
        [
            'destinationApplicationSecurityGroupIds',
            arr(p['destinationApplicationSecurityGroups'])
                .map(idOf)
                .filter((v) => !!v)
        ]
    ];
    for (const [key, value] of lists)
        if (value.length > 0)
            Object.assign(rule, { [key]: value });
    return rule;
}
function toNetworkSecurityGroup(raw) {
    const b = obj(raw);
    const p = props(raw);
    return {
        id: str(b['id']) ?? '',
        name: str(b['name']) ?? '',
        ...(str(b['location']) ? { location: str(b['location']) } : {}),
        securityRules: arr(p['securityRules']).map(toSecurityRule),
        defaultSecurityRules: arr(p['defaultSecurityRules']).map(toSecurityRule)
    };
}
function toRouteTable(raw) {
    const b = obj(raw);
    return {
        id: str(b['id']) ?? '',
        name: str(b['name']) ?? '',
        ...(typeof props(raw)['disableBgpRoutePropagation'] === 'boolean'
            ? { disableBgpRoutePropagation: props(raw)['disableBgpRoutePropagation'] }
            : {}),
        routes: arr(props(raw)['routes']).map(route => {
            const p = props(route);
            const nextHopIpAddress = str(p['nextHopIpAddress']);
            return {
                name: str(obj(route)['name']) ?? '',
                addressPrefix: str(p['addressPrefix']) ?? '',
                nextHopType: str(p['nextHopType']) ?? '',
                ...(nextHopIpAddress ? { nextHopIpAddress } : {})
            };
        })
    };
}
function toNetworkRule(r) {
    return {
        name: str(r['name']) ?? '',
        // Classic rules say `protocols`, policy rules `ipProtocols`.
        protocols: strs(r['protocols'] ?? r['ipProtocols']),
        sourceAddresses: strs(r['sourceAddresses']),
        sourceIpGroups: strs(r['sourceIpGroups']),
        destinationAddresses: strs(r['destinationAddresses']),
        destinationIpGroups: strs(r['destinationIpGroups']),
        destinationFqdns: strs(r['destinationFqdns']),
        destinationPorts: strs(r['destinationPorts'])
    };
}
function toApplicationRule(r) {
    return {
        name: str(r['name']) ?? '',
        protocols: arr(r['protocols']).map(p => {
            const port = num(obj(p)['port']);
            return {
                protocolType: str(obj(p)['protocolType']) ?? '',
                ...(port !== undefined ? { port } : {})
            };
        }),
        sourceAddresses: strs(r['sourceAddresses']),
        sourceIpGroups: strs(r['sourceIpGroups']),
        targetFqdns: strs(r['targetFqdns']),
        fqdnTags: strs(r['fqdnTags'])
    };
}
function classicCollection(raw, kind) {
    const p = props(raw);
    const rules = arr(p['rules']).map(obj);
    return {
        name: str(obj(raw)['name']) ?? '',
        priority: num(p['priority']) ?? 0,
        action: str(obj(p['action'])['type']) ?? '',
        kind,
        networkRules: kind === 'network' ? rules.map(toNetworkRule) : [],
        applicationRules: kind === 'application' ? rules.map(toApplicationRule) : []
    };
}
function toAzureFirewall(raw) {
    const b = obj(raw);
    const p = props(raw);
    const policyId = idOf(p['firewallPolicy']);
    return {
        id: str(b['id']) ?? '',
        name: str(b['name']) ?? '',
        privateIpAddresses: [
            ...arr(p['ipConfigurations']).map(c => str(props(c)['privateIPAddress'])),
            // Firewalls in a virtual hub report their private IP here instead.
            str(obj(obj(p['hubIPAddresses']))['privateIPAddress'])
        ].filter((v) => !!v),
        ...(policyId ? { firewallPolicyId: policyId } : {}),
        ruleCollections: [
            ...arr(p['networkRuleCollections']).map(c => classicCollection(c, 'network')),
            ...arr(p['applicationRuleCollections']).map(c => classicCollection(c, 'application'))
        ]
    };
}
/**
 * One policy filter rule collection may mix network and application rules in
 * the API's shape; Azure Firewall processes them by kind, so each kind becomes
 * its own collection with the same name, priority and action.
 */
function policyCollections(raw) {
    const c = obj(raw);
    if (str(c['ruleCollectionType']) !== 'FirewallPolicyFilterRuleCollection')
        return [];
    const rules = arr(c['rules']).map(obj);
    const base = {
        name: str(c['name']) ?? '',
        priority: num(c['priority']) ?? 0,
        action: str(obj(c['action'])['type']) ?? ''
    };
    const network = rules.filter(r => str(r['ruleType']) === 'NetworkRule').map(toNetworkRule);
    const application = rules
        .filter(r => str(r['ruleType']) === 'ApplicationRule')
        .map(toApplicationRule);
    const out = [];
    if (network.length > 0)
        out.push({ ...base, kind: 'network', networkRules: network, applicationRules: [] });
    if (application.length > 0)
        out.push({ ...base, kind: 'application', networkRules: [], applicationRules: application });
    return out;
}
function toRuleCollectionGroup(raw) {
    const p = props(raw);
    return {
        id: str(obj(raw)['id']) ?? '',
        name: str(obj(raw)['name']) ?? '',
        priority: num(p['priority']) ?? 0,
        ruleCollections: arr(p['ruleCollections']).flatMap(policyCollections)
    };
}
function toFirewallPolicy(raw, groups) {
    const b = obj(raw);
    const basePolicyId = idOf(props(raw)['basePolicy']);
    return {
        id: str(b['id']) ?? '',
        name: str(b['name']) ?? '',
        ...(basePolicyId ? { basePolicyId } : {}),
        ruleCollectionGroups: groups.map(toRuleCollectionGroup)
    };
}

// EXTERNAL MODULE: ./src/azure/read.ts
var read = __webpack_require__(87279);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var esm = __webpack_require__(20690);
// EXTERNAL MODULE: ./src/route.ts
var route = __webpack_require__(33322);
// EXTERNAL MODULE: ./src/azure/pipeline.ts
var pipeline = __webpack_require__(89657);
// EXTERNAL MODULE: ./src/azure/resource-id.ts
var resource_id = __webpack_require__(11365);
;// CONCATENATED MODULE: ./src/azure/read-routes.ts
/**
 * Reads for the two inference routes, every failure recorded:
 *
 *   endpoints ── deployments (one list per endpoint, concurrently)
 *   computes ──┬─ AKS clusters named by Kubernetes/AKS computes (Arc clusters are not read)
 *              └─ extensions of each of those clusters (AKS and Arc)
 *   outbound rules (the workspace's managed network; concurrent with the rest)
 *
 * Computes and outbound rules need only the workspace id, so they start with
 * the first reads; deployments start as soon as the endpoint list is in.
 */








/** Safety stop for a service that keeps answering with a nextLink. */
const MAX_PAGES = 200;
/** Starts the route reads: computes and outbound rules now, deployments once the endpoint list is in. */
function startRouteReads(clients, ml, target, onlineEndpoints, known) {
    const { resourceGroup, workspaceName } = target;
    const deployments = onlineEndpoints.then(endpoints => Promise.all((endpoints.ok ? endpoints.value : []).map(async (endpoint) => {
        // Leaf reads: nothing waits for a deployment list, and 200 of them must not hold up the
        // network chain behind the concurrency bound.
        const raw = await (0,read/* read */.LF)(() => (0,read/* leafRead */.fN)(() => (0,read/* listRaw */.zD)(o => ml.onlineDeployments.list(resourceGroup, workspaceName, endpoint.name, o).byPage())));
        return [
            (0,snapshot/* resourceKey */.ik)(endpoint.id),
            (0,read/* mapRead */.fL)(raw, items => items.map(normalize/* toOnlineDeployment */.Wm))
        ];
    })));
    // The SDK (2022-10-01) has no operation for this list: the request goes through its pipeline.
    // A leaf read too: no other read depends on the outbound rules.
    const outboundRules = (0,read/* read */.LF)(() => (0,read/* leafRead */.fN)(() => listByUrl(ml, clients.armEndpoint, `${target.workspaceId}/outboundRules`))).then(raw => (0,read/* mapRead */.fL)(raw, items => items.map(normalize/* toOutboundRule */.CL)));
    const computes = (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => ml.computeOperations.list(resourceGroup, workspaceName, o).byPage())).then(raw => (0,read/* mapRead */.fL)(raw, items => items.map(normalize/* toCompute */.LJ)));
    return {
        onlineDeployments: deployments.then(entries => Object.fromEntries(entries)),
        computes,
        outboundRules,
        clusters: computes.then(result => readClusters(clients, result, known))
    };
}
/** Cluster ids named by Kubernetes and AKS computes, first spelling kept. */
function clusterIds(computes) {
    if (!computes.ok)
        return [];
    const ids = new Map();
    for (const compute of computes.value) {
        if ((0,route/* isClusterCompute */.yn)(compute) && compute.resourceId) {
            ids.set((0,snapshot/* resourceKey */.ik)(compute.resourceId), ids.get((0,snapshot/* resourceKey */.ik)(compute.resourceId)) ?? compute.resourceId);
        }
    }
    return [...ids.values()];
}
async function readClusters(clients, computes, known) {
    const ids = clusterIds(computes);
    const [clusters, extensions] = await Promise.all([
        Promise.all(ids
            .filter(id => (0,route/* clusterKind */.Jf)(id) === 'aks')
            .map(async (id) => [(0,snapshot/* resourceKey */.ik)(id), await readManagedCluster(clients, id, known)])),
        Promise.all(ids
            .filter(id => (0,route/* clusterKind */.Jf)(id) !== 'other')
            .map(async (id) => [(0,snapshot/* resourceKey */.ik)(id), await readExtensions(clients, id, known)]))
    ]);
    return {
        managedClusters: Object.fromEntries(clusters),
        clusterExtensions: Object.fromEntries(extensions)
    };
}
async function readManagedCluster(clients, id, known) {
    const parts = (0,resource_id/* parseResourceId */.R)(id);
    if (!parts || parts.segments.length !== 2) {
        return (0,read/* invalidResourceId */.VY)(id, 'Microsoft.ContainerService/managedClusters');
    }
    const body = known?.body(id);
    if (body !== undefined)
        return { ok: true, value: (0,normalize/* toManagedCluster */.nZ)(body) };
    const client = await clients.containerService(parts.subscriptionId);
    const raw = await (0,read/* read */.LF)(() => 
    // A TypeSpec-generated client: it has no shouldDeserialize option (and no mappers to skip).
    (0,read/* getRaw */.Tu)(({ onResponse }) => client.managedClusters.get(parts.resourceGroup, parts.segments[1], { onResponse })));
    return (0,read/* mapRead */.fL)(raw, normalize/* toManagedCluster */.nZ);
}
async function readExtensions(clients, id, known) {
    const parts = (0,resource_id/* parseResourceId */.R)(id);
    if (!parts || parts.segments.length !== 2)
        return (0,read/* invalidResourceId */.VY)(id, 'Kubernetes cluster');
    const extensions = known?.clusterExtensions(id);
    if (extensions !== undefined)
        return { ok: true, value: extensions.map(normalize/* toClusterExtension */.rM) };
    // clusterRp / clusterResourceName as the extensions API names them.
    const [rp, type] = (0,route/* clusterKind */.Jf)(id) === 'arc'
        ? ['Microsoft.Kubernetes', 'connectedClusters']
        : ['Microsoft.ContainerService', 'managedClusters'];
    const client = await clients.kubernetesConfiguration(parts.subscriptionId);
    const raw = await (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => client.extensions.list(parts.resourceGroup, rp, type, parts.segments[1], o).byPage()));
    return (0,read/* mapRead */.fL)(raw, items => items.map(normalize/* toClusterExtension */.rM));
}
/**
 * GET a list by path through the SDK client's pipeline (its credential and
 * scope), following `nextLink` pages. A nextLink to another host is refused:
 * the pipeline would send it the ARM token.
 */
async function listByUrl(client, armEndpoint, path, apiVersion = azure_clients.API_VERSIONS['Microsoft.MachineLearningServices']) {
    const origin = new URL(armEndpoint).origin;
    const items = [];
    const links = new read/* PageLinks */.R$();
    let url = `${origin}${path}?api-version=${encodeURIComponent(apiVersion)}`;
    for (let page = 0; url !== undefined && page < MAX_PAGES; page++) {
        const response = await client.sendRequest((0,esm/* createPipelineRequest */.G6)({ url, method: 'GET' }));
        const body = parseJson(response.bodyAsText);
        if (response.status !== 200) {
            const error = (body?.['error'] ?? {});
            throw Object.assign(new Error(typeof error.message === 'string' ? error.message : `HTTP ${response.status}`), {
                statusCode: response.status,
                code: typeof error.code === 'string' ? error.code : 'RequestFailed'
            });
        }
        const malformed = (0,read/* listShapeError */.on)(body, response);
        if (malformed)
            throw malformed;
        const { value, nextLink: next } = body;
        items.push(...value);
        links.add(next);
        links.check();
        url = typeof next === 'string' && next ? next : undefined;
        if (url !== undefined)
            url = new URL(url, origin).href;
        if (url !== undefined)
            (0,pipeline/* refuseForeignLink */.bE)(url, origin);
    }
    return items;
}
function parseJson(text) {
    if (!text)
        return undefined;
    try {
        // Any JSON value: listShapeError names what it is when it is not an object.
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/azure/network-reader.ts






class NetworkReader {
    clients;
    known;
    privateEndpoints = new read/* ReadCache */.VW();
    subnets = new read/* ReadCache */.VW();
    virtualNetworks = new read/* ReadCache */.VW();
    networkSecurityGroups = new read/* ReadCache */.VW();
    routeTables = new read/* ReadCache */.VW();
    /** Keyed by `/subscriptions/{id}`: one list per subscription. */
    azureFirewalls = new read/* ReadCache */.VW();
    firewallPolicies = new read/* ReadCache */.VW();
    constructor(clients, known) {
        this.clients = clients;
        this.known = known;
    }
    privateEndpoint(id) {
        return this.privateEndpoints.get(id, () => this.get(id, ['privateEndpoints'], (client, rg, names, o) => client.privateEndpoints.get(rg, names[0], o)).then(r => (0,read/* mapRead */.fL)(r, normalize/* toPrivateEndpoint */.ut)));
    }
    subnet(id) {
        return this.subnets.get(id, () => this.get(id, ['virtualNetworks', 'subnets'], (client, rg, names, o) => client.subnets.get(rg, names[0], names[1], o)).then(r => (0,read/* mapRead */.fL)(r, normalize/* toSubnet */.hU)));
    }
    virtualNetwork(id) {
        return this.virtualNetworks.get(id, () => this.get(id, ['virtualNetworks'], (client, rg, names, o) => client.virtualNetworks.get(rg, names[0], o)).then(r => (0,read/* mapRead */.fL)(r, normalize/* toVirtualNetwork */.fu)));
    }
    networkSecurityGroup(id) {
        return this.networkSecurityGroups.get(id, () => this.get(id, ['networkSecurityGroups'], (client, rg, names, o) => client.networkSecurityGroups.get(rg, names[0], o)).then(r => (0,read/* mapRead */.fL)(r, toNetworkSecurityGroup)));
    }
    routeTable(id) {
        return this.routeTables.get(id, () => this.get(id, ['routeTables'], (client, rg, names, o) => client.routeTables.get(rg, names[0], o)).then(r => (0,read/* mapRead */.fL)(r, toRouteTable)));
    }
    /** Every Azure Firewall of a subscription (a next hop names an IP, not a firewall). */
    azureFirewallsIn(subscriptionId) {
        return this.azureFirewalls.get(`/subscriptions/${subscriptionId}`, () => this.share(`azureFirewalls ${subscriptionId.toLowerCase()}`, () => (0,read/* read */.LF)(() => this.list(subscriptionId, `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Network/azureFirewalls`))).then(r => (0,read/* mapRead */.fL)(r, items => items.map(toAzureFirewall))));
    }
    /** A firewall policy with its rule collection groups; the read fails if either does. */
    firewallPolicy(id) {
        return this.firewallPolicies.get(id, async () => {
            const parts = (0,resource_id/* parseResourceId */.R)(id);
            const [policy, groups] = await Promise.all([
                this.get(id, ['firewallPolicies'], (client, rg, names, o) => client.firewallPolicies.get(rg, names[0], o)),
                parts
                    ? this.share(`ruleCollectionGroups ${id.toLowerCase()}`, () => (0,read/* read */.LF)(() => this.list(parts.subscriptionId, `/subscriptions/${encodeURIComponent(parts.subscriptionId)}/resourceGroups/${encodeURIComponent(parts.resourceGroup)}/providers/Microsoft.Network/firewallPolicies/${encodeURIComponent(parts.segments[1] ?? '')}/ruleCollectionGroups`)))
                    : Promise.resolve((0,read/* invalidResourceId */.VY)(id, 'Microsoft.Network/firewallPolicies'))
            ]);
            if (!policy.ok)
                return policy;
            if (!groups.ok)
                return groups;
            return { ok: true, value: toFirewallPolicy(policy.value, groups.value) };
        });
    }
    /** An IP group's raw body (normalised by read-ip-groups.ts). */
    ipGroup(id) {
        return this.get(id, ['ipGroups'], (client, rg, names, o) => client.ipGroups.get(rg, names[0], o));
    }
    /** The RBAC-and-outbound part of the snapshot this reader holds. */
    async accessResults() {
        const [networkSecurityGroups, routeTables, azureFirewalls, firewallPolicies] = await Promise.all([
            this.networkSecurityGroups.settled(),
            this.routeTables.settled(),
            this.azureFirewalls.settled(),
            this.firewallPolicies.settled()
        ]);
        return { networkSecurityGroups, routeTables, azureFirewalls, firewallPolicies };
    }
    /** The private endpoints read so far, settled: without waiting for their subnets and VNets. */
    privateEndpointResults() {
        return this.privateEndpoints.settled();
    }
    async results() {
        const [privateEndpoints, subnets, virtualNetworks] = await Promise.all([
            this.privateEndpoints.settled(),
            this.subnets.settled(),
            this.virtualNetworks.settled()
        ]);
        return { privateEndpoints, subnets, virtualNetworks };
    }
    /** GET of a Microsoft.Network resource of the given type path, raw body. */
    async get(id, types, call) {
        const parts = (0,resource_id/* parseResourceId */.R)(id);
        const names = parts?.segments.filter((_, i) => i % 2 === 1) ?? [];
        const actualTypes = parts?.segments.filter((_, i) => i % 2 === 0) ?? [];
        if (!parts ||
            parts.provider.toLowerCase() !== 'microsoft.network' ||
            actualTypes.join('/').toLowerCase() !== types.join('/').toLowerCase()) {
            return (0,read/* invalidResourceId */.VY)(id, `Microsoft.Network/${types.join('/')}`);
        }
        const body = this.known?.body(id);
        if (body !== undefined)
            return { ok: true, value: body };
        const client = await this.clients.networkFor(parts.subscriptionId);
        return this.share(`GET ${id.toLowerCase()}`, () => (0,read/* read */.LF)(() => (0,read/* getRaw */.Tu)(({ onResponse }) => call(client, parts.resourceGroup, names, { onResponse }))));
    }
    /**
     * Every item of every page of a Microsoft.Network list, from the raw bodies. The generated
     * pager requests the pages after the first without the caller's `onResponse`, so their raw
     * bodies would be lost: the pages are followed here, through the client's pipeline.
     */
    async list(subscriptionId, path) {
        const client = await this.clients.networkFor(subscriptionId);
        return listByUrl(this.clients.sender(client), this.clients.armEndpoint, path, azure_clients.API_VERSIONS['Microsoft.Network']);
    }
    /** Through `known.share` when an estate scan shares reads across workspaces. */
    share(key, start) {
        return this.known?.share ? this.known.share(key, start) : start();
    }
}

// EXTERNAL MODULE: ./src/engine/network.ts
var network = __webpack_require__(40300);
;// CONCATENATED MODULE: ./src/azure/read-service-tags.ts


function read_service_tags_obj(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function read_service_tags_str(value) {
    return typeof value === 'string' ? value : undefined;
}
function toServiceTagList(raw) {
    const body = read_service_tags_obj(raw);
    const values = Array.isArray(body['values']) ? body['values'] : [];
    const tags = values.flatMap(v => {
        const item = read_service_tags_obj(v);
        const name = read_service_tags_str(item['name']) ?? read_service_tags_str(item['id']);
        if (!name)
            return [];
        const p = read_service_tags_obj(item['properties']);
        const prefixes = Array.isArray(p['addressPrefixes'])
            ? p['addressPrefixes'].filter((x) => typeof x === 'string')
            : [];
        const region = read_service_tags_str(p['region']);
        const systemService = read_service_tags_str(p['systemService']);
        return [
            {
                name,
                ...(region ? { region: region.toLowerCase() } : {}),
                ...(systemService ? { systemService } : {}),
                addressPrefixes: prefixes
            }
        ];
    });
    const changeNumber = read_service_tags_str(body['changeNumber']);
    const cloud = read_service_tags_str(body['cloud']);
    return {
        ...(changeNumber ? { changeNumber } : {}),
        ...(cloud ? { cloud } : {}),
        ...(read_service_tags_str(body['nextLink']) ? { incomplete: true } : {}),
        tags
    };
}
/** Reads the service tags of `location` (all of them; filter with keepServiceTags). */
async function readServiceTags(clients, subscriptionId, location, known) {
    const start = () => (0,read/* read */.LF)(async () => {
        const client = await clients.networkFor(subscriptionId);
        return (0,read/* getRaw */.Tu)(({ onResponse }) => client.serviceTags.list(location, { onResponse }));
    });
    // An estate scan reads each region's list once for all its workspaces.
    const key = `serviceTags ${location.toLowerCase()}`;
    const raw = await (known?.share ? known.share(key, start) : start());
    return (0,read/* mapRead */.fL)(raw, toServiceTagList);
}
/**
 * The tags the outbound checks compare: the registry's and its data path's
 * (`AzureContainerRegistry`, `Storage`, each global and for `region`),
 * `MicrosoftContainerRegistry`, `AzureActiveDirectory`, `AzureMachineLearning`,
 * and every tag a read NSG rule, route or firewall network rule names.
 */
function neededServiceTags(snapshot, region) {
    const names = new Set();
    for (const base of ['AzureContainerRegistry', 'Storage', 'AzureMachineLearning']) {
        names.add(base.toLowerCase());
        names.add(`${base.toLowerCase()}.${(0,network/* normalizeRegion */.wh)(region)}`);
    }
    for (const global of [
        'MicrosoftContainerRegistry',
        'AzureActiveDirectory',
        'AzureFrontDoor.FirstParty'
    ])
        names.add(global.toLowerCase());
    const named = (entry) => {
        if (/^[a-z][a-z0-9]*(\.[a-z0-9 ]+)?$/i.test(entry.trim()))
            names.add((0,network/* tagKey */.E4)(entry));
    };
    for (const nsg of Object.values(snapshot.networkSecurityGroups ?? {})) {
        if (!nsg.ok)
            continue;
        for (const rule of nsg.value.securityRules) {
            for (const d of [
                rule.destinationAddressPrefix ?? '',
                ...(rule.destinationAddressPrefixes ?? [])
            ])
                named(d);
        }
    }
    // Routes may name a service tag as their address prefix.
    for (const table of Object.values(snapshot.routeTables ?? {})) {
        if (table.ok)
            for (const route of table.value.routes)
                named(route.addressPrefix);
    }
    const collections = [
        ...Object.values(snapshot.azureFirewalls ?? {}).flatMap(r => r.ok ? r.value.flatMap(f => f.ruleCollections) : []),
        ...Object.values(snapshot.firewallPolicies ?? {}).flatMap(r => r.ok ? r.value.ruleCollectionGroups.flatMap(g => g.ruleCollections) : [])
    ];
    for (const c of collections)
        for (const rule of c.networkRules)
            for (const d of rule.destinationAddresses)
                named(d);
    return names;
}
/** Only the tags named in `needed` (tag keys, see tagKey). */
function keepServiceTags(list, needed) {
    return { ...list, tags: list.tags.filter(t => needed.has((0,network/* tagKey */.E4)(t.name))) };
}
/** The snapshot field: the workspace region's list, kept to the tags the checks compare. */
async function serviceTagsField(pending, location, snapshot) {
    if (!pending || !location)
        return {};
    const list = await pending;
    const kept = (0,read/* mapRead */.fL)(list, l => keepServiceTags(l, neededServiceTags(snapshot, location)));
    return { [location.toLowerCase()]: kept };
}

;// CONCATENATED MODULE: ./src/azure/read-registry.ts
/**
 * The workspace's container registry as it is (`Microsoft.ContainerRegistry/
 * registries/{name}`, api-version 2025-04-01, the newest stable in
 * azure-rest-api-specs): SKU, public network access, dedicated data endpoints
 * and private endpoint connections decide where image layers come from.
 * Read raw through the network client's pipeline (same credential, retries and
 * concurrency bound as every other ARM read), so no registry SDK is loaded.
 */



const REGISTRY_API_VERSION = '2025-04-01';
function read_registry_obj(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function read_registry_str(value) {
    return typeof value === 'string' ? value : undefined;
}
function toContainerRegistry(raw) {
    const body = read_registry_obj(raw);
    const p = read_registry_obj(body['properties']);
    const connections = Array.isArray(p['privateEndpointConnections'])
        ? p['privateEndpointConnections']
        : [];
    const dataEndpointEnabled = p['dataEndpointEnabled'];
    return {
        id: read_registry_str(body['id']) ?? '',
        name: read_registry_str(body['name']) ?? '',
        ...(read_registry_str(body['location']) ? { location: read_registry_str(body['location']) } : {}),
        ...(read_registry_str(read_registry_obj(body['sku'])['name']) ? { sku: read_registry_str(read_registry_obj(body['sku'])['name']) } : {}),
        ...(read_registry_str(p['loginServer']) ? { loginServer: read_registry_str(p['loginServer']) } : {}),
        ...(read_registry_str(p['publicNetworkAccess'])
            ? { publicNetworkAccess: read_registry_str(p['publicNetworkAccess']) }
            : {}),
        ...(typeof dataEndpointEnabled === 'boolean' ? { dataEndpointEnabled } : {}),
        privateEndpointConnections: connections.map(c => {
            const cp = read_registry_obj(read_registry_obj(c)['properties']);
            const privateEndpointId = read_registry_str(read_registry_obj(cp['privateEndpoint'])['id']);
            const status = read_registry_str(read_registry_obj(cp['privateLinkServiceConnectionState'])['status']);
            return {
                name: read_registry_str(read_registry_obj(c)['name']) ?? '',
                ...(privateEndpointId ? { privateEndpointId } : {}),
                ...(status ? { status } : {})
            };
        })
    };
}
async function readRegistry(clients, id, known) {
    const parts = (0,resource_id/* parseResourceId */.R)(id);
    if (!parts || parts.provider.toLowerCase() !== 'microsoft.containerregistry') {
        return (0,read/* invalidResourceId */.VY)(id, 'Microsoft.ContainerRegistry/registries');
    }
    const knownBody = known?.body(id);
    if (knownBody !== undefined)
        return { ok: true, value: toContainerRegistry(knownBody) };
    const raw = await (0,read/* read */.LF)(async () => {
        const client = clients.sender(await clients.networkFor(parts.subscriptionId));
        const origin = new URL(clients.armEndpoint).origin;
        const url = `${origin}${id}?api-version=${REGISTRY_API_VERSION}`;
        const response = await client.sendRequest((0,esm/* createPipelineRequest */.G6)({ url, method: 'GET' }));
        let body;
        try {
            body = JSON.parse(response.bodyAsText ?? '');
        }
        catch {
            body = undefined;
        }
        if (response.status !== 200 || body === undefined) {
            const error = read_registry_obj(read_registry_obj(body)['error']);
            throw Object.assign(new Error(read_registry_str(error['message']) ?? `HTTP ${response.status}`), {
                statusCode: response.status,
                code: read_registry_str(error['code']) ?? (body === undefined ? 'PARSE_ERROR' : 'RequestFailed')
            });
        }
        return body;
    });
    return (0,read/* mapRead */.fL)(raw, toContainerRegistry);
}

;// CONCATENATED MODULE: ./src/azure/read-ip-groups.ts

function toIpGroup(raw) {
    const body = (raw && typeof raw === 'object' ? raw : {});
    const props = (body['properties'] ?? {});
    const addresses = Array.isArray(props['ipAddresses'])
        ? props['ipAddresses'].filter((a) => typeof a === 'string')
        : [];
    return {
        id: typeof body['id'] === 'string' ? body['id'] : '',
        name: typeof body['name'] === 'string' ? body['name'] : '',
        ipAddresses: addresses
    };
}
/** Every IP group id the firewall rules in `access` name. */
function ipGroupIds(access) {
    const collections = [
        ...Object.values(access.azureFirewalls).flatMap(r => r.ok ? r.value.flatMap(f => f.ruleCollections) : []),
        ...Object.values(access.firewallPolicies).flatMap(r => r.ok ? r.value.ruleCollectionGroups.flatMap(g => g.ruleCollections) : [])
    ];
    const ids = collections.flatMap(c => [
        ...c.networkRules.flatMap(r => [...r.sourceIpGroups, ...r.destinationIpGroups]),
        ...c.applicationRules.flatMap(r => r.sourceIpGroups)
    ]);
    return [...new Map(ids.map(id => [id.toLowerCase(), id])).values()];
}
async function readIpGroups(network, access) {
    const ids = ipGroupIds(access);
    const reads = await Promise.all(ids.map(async (id) => [id.toLowerCase(), (0,read/* mapRead */.fL)(await network.ipGroup(id), toIpGroup)]));
    return Object.fromEntries(reads);
}

// EXTERNAL MODULE: ./node_modules/@azure/core-client/dist/esm/index.js + 16 modules
var dist_esm = __webpack_require__(95738);
;// CONCATENATED MODULE: ./src/azure/read-access.ts
/**
 * RBAC and outbound reads, started by collection as soon as the network
 * target (RBAC) or a relevant subnet (outbound) is known:
 *
 *   target VNet, subnet ─┬─ permissions (logged-in identity) ─┐
 *                        ├─ role assignments (assignedTo) ─── role definitions (each once)
 *                        └─ deny assignments
 *   relevant subnets ─┬─ NSG
 *                     └─ route table ── 0.0.0.0/0 → appliance ── Azure Firewalls of that
 *                                       subscription ── firewall policy (+ parents)
 *
 * Every failure is recorded in the snapshot, never thrown.
 */




/** Whose RBAC is read: `principal-id`, else the identity the action signed in as. */
function rbacPrincipalOf(request, loginObjectId) {
    return request.principalId
        ? { source: 'input', objectId: request.principalId }
        : { source: 'login', ...(loginObjectId ? { objectId: loginObjectId } : {}) };
}
/** The scopes RBAC is read at: the target VNet and subnet. */
function rbacScopes(networkTarget) {
    return [networkTarget.vnetId, networkTarget.subnetId].filter((s) => !!s);
}
// ---------------------------------------------------------------- RBAC
async function readRbac(input, principal, scopes) {
    const permissions = {};
    const roleAssignments = {};
    const denyAssignments = {};
    const definitions = new read/* ReadCache */.VW();
    const client = (scope) => input.clients.authorization(subscriptionOf(scope) ?? input.subscriptionId);
    const share = input.share ?? ((_key, start) => start());
    const objectId = principal.objectId;
    await Promise.all(scopes.map(async (scope) => {
        const key = (0,snapshot/* resourceKey */.ik)(scope);
        const authz = await client(scope);
        await Promise.all([
            principal.source === 'login'
                ? share(`permissions ${key}`, () => listPermissions(authz, scope)).then(r => {
                    permissions[key] = r;
                })
                : null,
            // With the logged-in identity, assignments only name the roles behind its permissions.
            objectId
                ? share(`roleAssignments ${key} ${objectId}`, () => listRoleAssignments(authz, scope, objectId)).then(async (r) => {
                    roleAssignments[key] = r;
                    if (!r.ok)
                        return;
                    await Promise.all(r.value.map(a => definitions.get(a.roleDefinitionId, () => share(`roleDefinition ${(0,snapshot/* resourceKey */.ik)(a.roleDefinitionId)}`, async () => getRoleDefinition(await client(a.roleDefinitionId), a.roleDefinitionId)))));
                })
                : null,
            share(`denyAssignments ${key}`, () => listDenyAssignments(authz, scope)).then(r => {
                denyAssignments[key] = r;
            })
        ]);
    }));
    return {
        permissions,
        roleAssignments,
        roleDefinitions: await definitions.settled(),
        denyAssignments
    };
}
function subscriptionOf(id) {
    return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1];
}
/** `{scope}` parameters of the Authorization SDK are inserted unencoded after a `/`: a leading `/` would make `//`. */
function scopeParameter(scope) {
    return scope.replace(/^\/+/, '');
}
const serializer = (0,dist_esm/* createSerializer */.rl)({}, false);
const stringMapper = (serializedName) => ({
    serializedName,
    required: true,
    type: { name: 'String' }
});
const acceptJson = {
    parameterPath: 'accept',
    mapper: {
        defaultValue: 'application/json',
        isConstant: true,
        serializedName: 'Accept',
        type: { name: 'String' }
    }
};
/**
 * `{scope}/providers/Microsoft.Authorization/permissions`. The SDK has
 * `permissions.listForResource(rg, namespace, parentResourcePath, type, name)`,
 * whose path always has a parent segment: for a VNet (no parent) it builds
 * `Microsoft.Network//virtualNetworks/...`. This spec takes the whole scope
 * instead, and is sent with the SDK client (its pipeline: auth, retries).
 */
const permissionsSpec = {
    path: '/{scope}/providers/Microsoft.Authorization/permissions',
    httpMethod: 'GET',
    responses: { 200: {}, default: {} },
    queryParameters: [
        {
            parameterPath: 'apiVersion',
            mapper: {
                defaultValue: '2022-04-01',
                isConstant: true,
                serializedName: 'api-version',
                type: { name: 'String' }
            }
        }
    ],
    urlParameters: [{ parameterPath: 'scope', mapper: stringMapper('scope'), skipEncoding: true }],
    headerParameters: [acceptJson],
    serializer
};
/** Next pages: ARM's `nextLink` is a full URL with its own query string. */
const nextLinkSpec = {
    path: '{nextLink}',
    httpMethod: 'GET',
    responses: { 200: {}, default: {} },
    urlParameters: [
        { parameterPath: 'nextLink', mapper: stringMapper('nextLink'), skipEncoding: true }
    ],
    headerParameters: [acceptJson],
    serializer
};
function listPermissions(client, scope) {
    async function* pages(options) {
        let body = await client.sendOperationRequest({ scope: scopeParameter(scope), options }, permissionsSpec);
        yield body;
        for (let next = nextLink(body); next; next = nextLink(body)) {
            body = await client.sendOperationRequest({ nextLink: next, options }, nextLinkSpec);
            yield body;
        }
    }
    return (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(pages)).then(r => (0,read/* mapRead */.fL)(r, items => items.map(toPermissionBlock)));
}
function nextLink(body) {
    const link = body?.nextLink;
    return typeof link === 'string' && link ? link : undefined;
}
function listRoleAssignments(client, scope, principalId) {
    // assignedTo() includes the principal's group memberships, unlike `principalId eq`.
    return (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => client.roleAssignments
        .listForScope(scopeParameter(scope), { ...o, filter: `assignedTo('${principalId}')` })
        .byPage())).then(r => (0,read/* mapRead */.fL)(r, items => items.map(toRoleAssignment)));
}
function getRoleDefinition(client, id) {
    // getById's `{roleId}` is also inserted after a `/`.
    return (0,read/* read */.LF)(() => (0,read/* getRaw */.Tu)(o => client.roleDefinitions.getById(scopeParameter(id), o))).then(r => (0,read/* mapRead */.fL)(r, toRoleDefinition));
}
function listDenyAssignments(client, scope) {
    return (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => client.denyAssignments.listForScope(scopeParameter(scope), o).byPage())).then(r => (0,read/* mapRead */.fL)(r, items => items.map(toDenyAssignment)));
}
// ---------------------------------------------------------------- outbound
/** A subnet's NSG and route table, and for a forced tunnel the firewalls that may be its next hop. */
async function readOutbound(network, subnetId) {
    const subnet = await network.subnet(subnetId);
    if (!subnet.ok)
        return;
    const { networkSecurityGroupId, routeTableId } = subnet.value;
    await Promise.all([
        networkSecurityGroupId ? network.networkSecurityGroup(networkSecurityGroupId) : null,
        routeTableId ? readForcedTunnel(network, routeTableId) : null
    ]);
}
async function readForcedTunnel(network, routeTableId) {
    const table = await network.routeTable(routeTableId);
    const subscriptionId = subscriptionOf(routeTableId);
    if (!table.ok || !subscriptionId)
        return;
    const hops = table.value.routes
        .filter(r => /^virtualappliance$/i.test(r.nextHopType) && r.nextHopIpAddress)
        .map(r => r.nextHopIpAddress);
    if (hops.length === 0)
        return;
    const firewalls = await network.azureFirewallsIn(subscriptionId);
    if (!firewalls.ok)
        return;
    const policies = firewalls.value
        .filter(f => f.privateIpAddresses.some(ip => hops.includes(ip)))
        .map(f => f.firewallPolicyId)
        .filter((id) => !!id);
    await Promise.all(policies.map(id => readPolicyChain(network, id, 0)));
}
/** A policy and its parents (bounded: a cycle or a deep chain is a broken policy, not a reason to loop). */
async function readPolicyChain(network, id, depth) {
    const policy = await network.firewallPolicy(id);
    if (policy.ok && policy.value.basePolicyId && depth < 8) {
        await readPolicyChain(network, policy.value.basePolicyId, depth + 1);
    }
}

;// CONCATENATED MODULE: ./src/azure/collect.ts
/**
 * The read plan: every read starts as soon as what it depends on is known,
 * so collection takes the depth of the dependency graph, not the sum of its
 * phases. Every failure is recorded in the snapshot rather than thrown.
 *
 *   workspace ── private endpoints ─┬─ subnets, virtual networks (id derived from the subnet id)
 *                                   ├─ their NSGs and route tables (outbound; approved connections)
 *                                   └─ RBAC at the target (when the PE or inputs name it)
 *   endpoints ── deployments
 *   computes ── clusters, extensions ─┐
 *   endpoints, computes (route) ──────┴─ node pool subnets, their NSGs and route tables
 *   outbound rules
 *   inputs (vnet-id, subnet-id) ── RBAC, outbound reads at once
 */














async function collectSnapshot(input) {
    const { clients, target, request } = input;
    const collectedAt = (input.now ?? (() => new Date()))().toISOString();
    const ml = await clients.machineLearning(target.subscriptionId);
    const network = new NetworkReader(clients, input.known);
    const rbacPrincipal = rbacPrincipalOf(request, input.loginObjectId);
    // Everything that needs only the target starts now.
    const knownWorkspace = input.known?.body(target.workspaceId);
    const workspaceRaw = (0,read/* read */.LF)(async () => knownWorkspace !== undefined
        ? knownWorkspace
        : (0,read/* getRaw */.Tu)(o => ml.workspaces.get(target.resourceGroup, target.workspaceName, o)));
    const onlineEndpoints = (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => ml.onlineEndpoints.list(target.resourceGroup, target.workspaceName, o).byPage())).then(raw => (0,read/* mapRead */.fL)(raw, items => items.map(normalize/* toOnlineEndpoint */.yn)));
    const routeReads = startRouteReads(clients, ml, target, onlineEndpoints, input.known);
    // @azure/arm-network loads while the first Machine Learning reads are in flight.
    clients.networkFor(target.subscriptionId).catch(() => undefined);
    const started = [onlineEndpoints, ...Object.values(routeReads)];
    /** Outbound reads of relevant subnets, and the target's subnet and VNet (each read once). */
    const readNetwork = (networkTarget) => Promise.all([
        networkTarget.subnetId ? readSubnetAndVnet(network, networkTarget.subnetId) : null,
        networkTarget.vnetId ? network.virtualNetwork(networkTarget.vnetId) : null,
        ...networkTarget.relevantSubnetIds.map(id => readOutbound(network, id))
    ]);
    let rbac;
    const startRbac = (networkTarget) => {
        rbac ??= readRbac({
            clients,
            subscriptionId: target.subscriptionId,
            ...(input.known?.share ? { share: input.known.share } : {})
        }, rbacPrincipal, rbacScopes(networkTarget));
    };
    // Inputs name the target: its RBAC and outbound reads need nothing else.
    if (request.vnetId || request.subnetId) {
        const subnetId = request.subnetId;
        const named = {
            source: 'input',
            vnetId: request.vnetId ?? (subnetId ? (0,snapshot/* parentVirtualNetworkId */.l3)(subnetId) : undefined),
            subnetId,
            relevantSubnetIds: subnetId ? [subnetId] : []
        };
        startRbac(named);
        started.push(readNetwork(named));
    }
    const workspaceResult = await workspaceRaw;
    try {
        throwIfFatal(workspaceResult, target);
    }
    catch (error) {
        // Reads already started settle on their own; their results are not needed.
        for (const promise of started)
            promise.catch(() => undefined);
        throw error;
    }
    const workspace = (0,read/* mapRead */.fL)(workspaceResult, normalize/* toWorkspace */.vT);
    const location = workspace.ok ? workspace.value.location : undefined;
    const serviceTags = location
        ? readServiceTags(clients, target.subscriptionId, location, input.known)
        : undefined;
    started.push(serviceTags ?? Promise.resolve());
    const registryId = workspace.ok ? workspace.value.containerRegistry : undefined;
    const registry = registryId ? readRegistry(clients, registryId, input.known) : undefined;
    started.push(registry ?? Promise.resolve());
    const privateEndpointIds = workspace.ok
        ? workspace.value.privateEndpointConnections
            .map(c => c.privateEndpointId)
            .filter((id) => Boolean(id))
        : [];
    // The target comes from the private endpoints' subnet ids: their subnet and VNet bodies are
    // read, but RBAC and the outbound chain start without waiting for them.
    await Promise.all(privateEndpointIds.map(async (id) => {
        const pe = await network.privateEndpoint(id);
        if (pe.ok && pe.value.subnetId)
            started.push(readSubnetAndVnet(network, pe.value.subnetId));
    }));
    // Without node pools: final when inputs or a private endpoint name the target (they come first).
    const early = (0,network_target/* resolveNetworkTarget */.O)({
        request,
        workspace,
        privateEndpoints: await network.privateEndpointResults()
    });
    if (early.source !== 'none')
        startRbac(early);
    const earlyNetwork = readNetwork(early);
    // Node pool subnets need the route decision (endpoints, computes) and the clusters.
    const [endpoints, computes, clusters] = await Promise.all([
        onlineEndpoints,
        routeReads.computes,
        routeReads.clusters
    ]);
    const networkTarget = (0,network_target/* resolveNetworkTarget */.O)({
        request,
        workspace,
        privateEndpoints: await network.privateEndpointResults(),
        onlineEndpoints: endpoints,
        computes,
        managedClusters: clusters.managedClusters
    });
    startRbac(networkTarget);
    await Promise.all([earlyNetwork, readNetwork(networkTarget), ...started]);
    const access = await network.accessResults();
    const ipGroups = await readIpGroups(network, access);
    return {
        schemaVersion: snapshot/* SNAPSHOT_SCHEMA_VERSION */.A0,
        collectedBy: { name: model/* TOOL_NAME */.lH, version: version/* VERSION */.x },
        collectedAt,
        cloud: input.cloud,
        apiVersions: { ...azure_clients.API_VERSIONS },
        target,
        request,
        workspace,
        onlineEndpoints: endpoints,
        onlineDeployments: await routeReads.onlineDeployments,
        computes,
        outboundRules: await routeReads.outboundRules,
        ...clusters,
        rbacPrincipal,
        ...(await rbac),
        ...access,
        ...(await network.results()),
        serviceTags: await serviceTagsField(serviceTags, location, access),
        containerRegistries: registry && registryId ? { [registryId.toLowerCase()]: await registry } : {},
        ipGroups
    };
}
async function readSubnetAndVnet(network, subnetId) {
    const vnetId = (0,snapshot/* parentVirtualNetworkId */.l3)(subnetId);
    await Promise.all([network.subnet(subnetId), vnetId ? network.virtualNetwork(vnetId) : null]);
}
/** Failures no check can turn into a useful result: the target itself is wrong, or login is. */
function throwIfFatal(workspace, target) {
    if (workspace.ok)
        return;
    const { status, code, message } = workspace.error;
    if (status === 404) {
        const where = code === 'ResourceGroupNotFound'
            ? `Resource group '${target.resourceGroup}' was not found in subscription '${target.subscriptionId}'.`
            : `Workspace '${target.workspaceName}' was not found in resource group '${target.resourceGroup}' of subscription '${target.subscriptionId}'.`;
        throw new errors/* ConfigurationError */.j(`${where}\nFix: check the inputs \`subscription-id\`, \`resource-group\` and \`workspace-name\` (az ml workspace list --subscription ${target.subscriptionId} --query "[].{name:name, resourceGroup:resourceGroup}" -o table).\nAzure said: ${code}: ${message}`);
    }
    if (status === 401) {
        throw new errors/* ConfigurationError */.j(`Azure Resource Manager rejected the access token (401 ${code}).\nFix: check that \`environment\` (and \`arm-endpoint\`, if set) names the cloud subscription '${target.subscriptionId}' lives in, and that \`tenant-id\` is that subscription's tenant.\nAzure said: ${message}`);
    }
}


/***/ }),

/***/ 87279:
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
/* harmony export */   zD: () => (/* binding */ listRaw)
/* harmony export */ });
/* unused harmony exports resourceShapeError, MALFORMED_CODE, toReadError */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
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
 * (or our own paging) fetch the same pages forever: the list fails instead,
 * naming the link.
 */
class PageLinks {
    seen = new Set();
    repeated;
    add(link) {
        if (typeof link !== 'string' || !link)
            return;
        if (this.seen.has(link))
            this.repeated ??= link;
        this.seen.add(link);
    }
    /** Throws once a link was seen twice. */
    check() {
        if (this.repeated === undefined)
            return;
        throw Object.assign(new Error(`ARM returned the nextLink ${this.repeated} twice; the list would never end, so paging stopped`), { statusCode: 200, code: 'RepeatedNextLink' });
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


/***/ })

};
