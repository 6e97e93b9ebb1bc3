export const id = 9893;
export const ids = [9893];
export const modules = {

/***/ 39893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectSnapshot: () => (/* binding */ collectSnapshot)
});

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/version.ts
var version = __webpack_require__(52621);
// EXTERNAL MODULE: ./src/evaluate/network-target.ts
var network_target = __webpack_require__(40203);
// EXTERNAL MODULE: ./src/model/snapshot.ts
var snapshot = __webpack_require__(20709);
// EXTERNAL MODULE: ./src/collect/clients.ts + 1 modules
var collect_clients = __webpack_require__(19137);
// EXTERNAL MODULE: ./src/model/normalize.ts
var normalize = __webpack_require__(306);
// EXTERNAL MODULE: ./src/model/normalize-access.ts
var normalize_access = __webpack_require__(4517);
// EXTERNAL MODULE: ./src/collect/read.ts
var read = __webpack_require__(98008);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var esm = __webpack_require__(20690);
;// CONCATENATED MODULE: ./src/collect/client-context.ts
/**
 * Requests sent through the client context of a TypeSpec-generated SDK (`@azure/arm-network/api`,
 * `@azure/arm-containerservice/api`) instead of its generated operations, whose modules and
 * models the action would load only to have the raw body handed over.
 */

/**
 * One GET through a TypeSpec-generated SDK's client context (`@azure/arm-network`'s,
 * `@azure/arm-containerservice`'s), as its generated `<group>.get` operations send it (same
 * path, api-version, accept header, pipeline), and the same error for a status other than 200;
 * what is left out is their mapping of the body into the SDK's models, which the action never
 * reads (it takes the raw body through `onResponse`). Only the context module of the package is
 * loaded, not its operations and models (3.4 MB for `@azure/arm-network`).
 */
async function contextGet(client, path, onResponse) {
    const result = await client
        .path(path)
        .get({ headers: { accept: 'application/json' }, onResponse });
    if (result.status !== '200')
        throw restErrorOf(result);
}
/** The error `createRestError` of `@azure-rest/core-client` makes of an unexpected status (what the operations throw). */
function restErrorOf(result) {
    const body = result.body;
    const inner = (body?.error ?? body);
    const status = Number.parseInt(result.status);
    return new esm/* RestError */.pj(typeof inner?.message === 'string' ? inner.message : `Unexpected status code: ${result.status}`, {
        ...(Number.isNaN(status) ? {} : { statusCode: status }),
        ...(typeof inner?.code === 'string' ? { code: inner.code } : {})
    });
}

// EXTERNAL MODULE: ./src/evaluate/clusters.ts
var evaluate_clusters = __webpack_require__(57332);
// EXTERNAL MODULE: ./src/collect/pipeline.ts
var pipeline = __webpack_require__(63558);
// EXTERNAL MODULE: ./src/model/resource-id.ts
var resource_id = __webpack_require__(51391);
;// CONCATENATED MODULE: ./src/collect/read-routes.ts
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
        if ((0,evaluate_clusters/* isClusterCompute */.yn)(compute) && compute.resourceId) {
            ids.set((0,snapshot/* resourceKey */.ik)(compute.resourceId), ids.get((0,snapshot/* resourceKey */.ik)(compute.resourceId)) ?? compute.resourceId);
        }
    }
    return [...ids.values()];
}
async function readClusters(clients, computes, known) {
    const ids = clusterIds(computes);
    const [clusters, extensions] = await Promise.all([
        Promise.all(ids
            .filter(id => (0,evaluate_clusters/* clusterKind */.Jf)(id) === 'aks')
            .map(async (id) => [(0,snapshot/* resourceKey */.ik)(id), await readManagedCluster(clients, id, known)])),
        Promise.all(ids
            .filter(id => (0,evaluate_clusters/* clusterKind */.Jf)(id) !== 'other')
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
    // The path ManagedClusters_Get builds in the generated `managedClusters.get` (RFC 3986
    // escaping of its parameters), with the pinned api-version; sent through the client context.
    const path = `/subscriptions/${rfc3986(parts.subscriptionId)}/resourceGroups/${rfc3986(parts.resourceGroup)}/providers/Microsoft.ContainerService/managedClusters/${rfc3986(parts.segments[1])}?api-version=${collect_clients.API_VERSIONS['Microsoft.ContainerService']}`;
    const raw = await (0,read/* read */.LF)(() => (0,read/* getRaw */.Tu)(({ onResponse }) => contextGet(client, path, onResponse)));
    return (0,read/* mapRead */.fL)(raw, normalize/* toManagedCluster */.nZ);
}
/** A path parameter escaped as the generated TypeSpec operations escape it (`!'()*` too). */
function rfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
async function readExtensions(clients, id, known) {
    const parts = (0,resource_id/* parseResourceId */.R)(id);
    if (!parts || parts.segments.length !== 2)
        return (0,read/* invalidResourceId */.VY)(id, 'Kubernetes cluster');
    const extensions = known?.clusterExtensions(id);
    if (extensions !== undefined)
        return { ok: true, value: extensions.map(normalize/* toClusterExtension */.rM) };
    // clusterRp / clusterResourceName as the extensions API names them.
    const [rp, type] = (0,evaluate_clusters/* clusterKind */.Jf)(id) === 'arc'
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
async function listByUrl(client, armEndpoint, path, apiVersion = collect_clients.API_VERSIONS['Microsoft.MachineLearningServices']) {
    const origin = new URL(armEndpoint).origin;
    const items = [];
    const links = new read/* PageLinks */.R$();
    let url = `${origin}${path}?api-version=${encodeURIComponent(apiVersion)}`;
    // PageLinks ends a list that never ends (a repeated link, or more than MAX_PAGES pages).
    while (url !== undefined) {
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

// EXTERNAL MODULE: ./src/model/json-shape.ts
var json_shape = __webpack_require__(50663);
;// CONCATENATED MODULE: ./src/model/normalize-peering.ts

function prefixesOf(space) {
    const list = (0,json_shape/* asObject */.eB)(space)['addressPrefixes'];
    return Array.isArray(list) ? list.filter((p) => typeof p === 'string') : undefined;
}
/** A VirtualNetworkPeering body (Microsoft.Network, VirtualNetworkPeerings_List items). */
function toVirtualNetworkPeering(raw) {
    const body = (0,json_shape/* asObject */.eB)(raw);
    const p = (0,json_shape/* asObject */.eB)(body['properties']);
    const remote = (0,json_shape/* asObject */.eB)(p['remoteVirtualNetwork'])['id'];
    const state = p['peeringState'];
    // remoteAddressSpace is what the peering routes to; the remote VNet's current space
    // (remoteVirtualNetworkAddressSpace) only once the peering is synced.
    const prefixes = prefixesOf(p['remoteAddressSpace']) ?? prefixesOf(p['remoteVirtualNetworkAddressSpace']) ?? [];
    const flag = (name) => typeof p[name] === 'boolean' ? p[name] : undefined;
    const forwarded = flag('allowForwardedTraffic');
    const access = flag('allowVirtualNetworkAccess');
    return {
        id: typeof body['id'] === 'string' ? body['id'] : '',
        name: typeof body['name'] === 'string' ? body['name'] : '',
        ...(typeof remote === 'string' && remote ? { remoteVirtualNetworkId: remote } : {}),
        remoteAddressPrefixes: prefixes,
        ...(typeof state === 'string' ? { peeringState: state } : {}),
        ...(forwarded !== undefined ? { allowForwardedTraffic: forwarded } : {}),
        ...(access !== undefined ? { allowVirtualNetworkAccess: access } : {})
    };
}

;// CONCATENATED MODULE: ./src/collect/network-reader.ts
/**
 * Reads of Microsoft.Network resources, each resource read once however many
 * paths lead to it (a subnet can be reached from a private endpoint, an input
 * and a node pool). Network resources may live in another subscription and
 * resource group than the workspace: the client follows the id.
 */









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
    /** Keyed by VNet id. */
    peerings = new read/* ReadCache */.VW();
    /** Raw VNet bodies by lower-cased id, for the subnets they embed. */
    vnetBodies = new Map();
    constructor(clients, known) {
        this.clients = clients;
        this.known = known;
    }
    privateEndpoint(id) {
        return this.privateEndpoints.get(id, () => this.get(id, ['privateEndpoints']).then(r => (0,read/* mapRead */.fL)(r, normalize/* toPrivateEndpoint */.ut)));
    }
    /**
     * A subnet: taken from its VNet's GET when that VNet is read anyway (ARM embeds every
     * subnet's body in it, `properties.subnets`), else its own GET, also when the VNet read
     * failed (a role on the subnet alone) or does not embed it.
     */
    subnet(id) {
        return this.subnets.get(id, async () => {
            const embedded = await this.embeddedSubnet(id);
            if (embedded !== undefined)
                return { ok: true, value: (0,normalize/* toSubnet */.hU)(embedded) };
            const r = await this.get(id, ['virtualNetworks', 'subnets']);
            return (0,read/* mapRead */.fL)(r, normalize/* toSubnet */.hU);
        });
    }
    virtualNetwork(id) {
        return this.virtualNetworks.get(id, () => this.rawVirtualNetwork(id).then(r => (0,read/* mapRead */.fL)(r, normalize/* toVirtualNetwork */.fu)));
    }
    /**
     * A VNet's raw body (its peerings, its embedded subnets), read once however many ask; only
     * `virtualNetwork` puts it in the snapshot's `virtualNetworks`.
     */
    /** True when the VNet (lower-cased id) was read or is being read. */
    hasRawVirtualNetwork(key) {
        return this.vnetBodies.has(key.toLowerCase());
    }
    rawVirtualNetwork(id) {
        const key = id.toLowerCase();
        let raw = this.vnetBodies.get(key);
        if (!raw) {
            raw = this.get(id, ['virtualNetworks']);
            this.vnetBodies.set(key, raw);
        }
        return raw;
    }
    /** The subnet's full body as its VNet's GET embeds it, when that VNet read was started. */
    async embeddedSubnet(id) {
        const vnetId = (0,snapshot/* parentVirtualNetworkId */.l3)(id);
        const vnet = vnetId ? await this.vnetBodies.get(vnetId.toLowerCase()) : undefined;
        if (!vnet?.ok)
            return undefined;
        const props = vnet.value.properties;
        const subnets = Array.isArray(props?.subnets) ? props.subnets : [];
        return subnets.find(s => {
            const body = s;
            // Only a whole body: a VNet that lists its subnets by id alone says nothing of them.
            return (typeof body?.id === 'string' &&
                body.id.toLowerCase() === id.toLowerCase() &&
                typeof body.properties === 'object' &&
                body.properties !== null &&
                !Array.isArray(body.properties));
        });
    }
    networkSecurityGroup(id) {
        return this.networkSecurityGroups.get(id, () => this.get(id, ['networkSecurityGroups']).then(r => (0,read/* mapRead */.fL)(r, normalize_access/* toNetworkSecurityGroup */.x1)));
    }
    routeTable(id) {
        return this.routeTables.get(id, () => this.get(id, ['routeTables']).then(r => (0,read/* mapRead */.fL)(r, normalize_access/* toRouteTable */.vo)));
    }
    /** Every Azure Firewall of a subscription (a next hop names an IP, not a firewall). */
    azureFirewallsIn(subscriptionId) {
        return this.azureFirewalls.get(`/subscriptions/${subscriptionId}`, () => this.share(`azureFirewalls ${subscriptionId.toLowerCase()}`, () => (0,read/* read */.LF)(() => this.list(subscriptionId, `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Network/azureFirewalls`))).then(r => (0,read/* mapRead */.fL)(r, items => items.map(normalize_access/* toAzureFirewall */.JL))));
    }
    /** A firewall policy with its rule collection groups; the read fails if either does. */
    firewallPolicy(id) {
        return this.firewallPolicies.get(id, async () => {
            const parts = (0,resource_id/* parseResourceId */.R)(id);
            const [policy, groups] = await Promise.all([
                this.get(id, ['firewallPolicies']),
                parts
                    ? this.share(`ruleCollectionGroups ${id.toLowerCase()}`, () => (0,read/* read */.LF)(() => this.list(parts.subscriptionId, `/subscriptions/${encodeURIComponent(parts.subscriptionId)}/resourceGroups/${encodeURIComponent(parts.resourceGroup)}/providers/Microsoft.Network/firewallPolicies/${encodeURIComponent(parts.segments[1] ?? '')}/ruleCollectionGroups`)))
                    : Promise.resolve((0,read/* invalidResourceId */.VY)(id, 'Microsoft.Network/firewallPolicies'))
            ]);
            if (!policy.ok)
                return policy;
            if (!groups.ok)
                return groups;
            return { ok: true, value: (0,normalize_access/* toFirewallPolicy */.u9)(policy.value, groups.value) };
        });
    }
    /** The peerings of a VNet (VirtualNetworkPeerings_List, every page). */
    virtualNetworkPeerings(vnetId) {
        return this.peerings.get(vnetId, async () => {
            const parts = (0,resource_id/* parseResourceId */.R)(vnetId);
            if (!parts ||
                parts.provider.toLowerCase() !== 'microsoft.network' ||
                parts.segments.length !== 2 ||
                parts.segments[0].toLowerCase() !== 'virtualnetworks') {
                return (0,read/* invalidResourceId */.VY)(vnetId, 'Microsoft.Network/virtualNetworks');
            }
            const path = `/subscriptions/${encodeURIComponent(parts.subscriptionId)}/resourceGroups/${encodeURIComponent(parts.resourceGroup)}/providers/Microsoft.Network/virtualNetworks/${encodeURIComponent(parts.segments[1])}/virtualNetworkPeerings`;
            const raw = await this.share(`virtualNetworkPeerings ${vnetId.toLowerCase()}`, () => (0,read/* read */.LF)(() => this.list(parts.subscriptionId, path)));
            return (0,read/* mapRead */.fL)(raw, items => items.map(toVirtualNetworkPeering));
        });
    }
    /** The peerings read so far (OUT-04's hub firewalls), keyed by lower-cased VNet id. */
    peeringResults() {
        return this.peerings.settled();
    }
    /** An IP group's raw body (normalised by read-ip-groups.ts). */
    ipGroup(id) {
        return this.get(id, ['ipGroups']);
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
    async get(id, types) {
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
        // The path the generated `<group>.get` operation builds, with its api-version.
        const path = `/subscriptions/${encodeURIComponent(parts.subscriptionId)}/resourceGroups/${encodeURIComponent(parts.resourceGroup)}/providers/Microsoft.Network/${types.map((type, i) => `${type}/${encodeURIComponent(names[i])}`).join('/')}?api-version=${collect_clients.API_VERSIONS['Microsoft.Network']}`;
        return this.share(`GET ${id.toLowerCase()}`, () => (0,read/* read */.LF)(() => (0,read/* getRaw */.Tu)(({ onResponse }) => contextGet(client, path, onResponse))));
    }
    /**
     * Every item of every page of a Microsoft.Network list, from the raw bodies. The generated
     * pager requests the pages after the first without the caller's `onResponse`, so their raw
     * bodies would be lost: the pages are followed here, through the client's pipeline.
     */
    async list(subscriptionId, path) {
        const client = await this.clients.networkFor(subscriptionId);
        return listByUrl(this.clients.sender(client), this.clients.armEndpoint, path, collect_clients.API_VERSIONS['Microsoft.Network']);
    }
    /** Through `known.share` when an estate scan shares reads across workspaces. */
    share(key, start) {
        return this.known?.share ? this.known.share(key, start) : start();
    }
}

;// CONCATENATED MODULE: ./src/collect/read-cluster-network.ts
/**
 * The AKS-managed virtual network of AKS clusters whose node pools name no
 * subnet: AKS then creates a VNet named `aks-vnet-<number>` in the cluster's
 * node resource group (`nodeResourceGroup`), and the Kubernetes inferencing
 * article supports that network like one of your own. It is found by listing
 * the VNets of the node resource group; every failure is kept.
 */





/** `aks-vnet-` followed by the number AKS gives it. */
const AKS_MANAGED_VNET = /^aks-vnet-\d+$/i;
/** True when a node pool of `cluster` names no subnet (AKS created the network). */
function usesAksManagedVnet(cluster) {
    return cluster.agentPools.some(p => !p.vnetSubnetId);
}
async function readAksManagedVnets(clients, clusters) {
    const entries = await Promise.all(Object.entries(clusters).map(async ([key, cluster]) => {
        if (!cluster.ok || !usesAksManagedVnet(cluster.value))
            return undefined;
        const subscription = /^\/subscriptions\/([^/]+)\//i.exec(cluster.value.id)?.[1];
        const group = cluster.value.nodeResourceGroup;
        if (!subscription || !group)
            return undefined;
        const path = `/subscriptions/${subscription}/resourceGroups/${encodeURIComponent(group)}/providers/Microsoft.Network/virtualNetworks`;
        // Through the network client's pipeline: the Machine Learning client's rewrites api-version.
        const raw = await (0,read/* read */.LF)(async () => (0,read/* leafRead */.fN)(async () => listByUrl(clients.sender(await clients.networkFor(subscription)), clients.armEndpoint, path, collect_clients.API_VERSIONS['Microsoft.Network'])));
        const vnets = (0,read/* mapRead */.fL)(raw, items => items.map(normalize/* toVirtualNetwork */.fu).filter(v => AKS_MANAGED_VNET.test(v.name)));
        return [(0,snapshot/* resourceKey */.ik)(key), vnets];
    }));
    return Object.fromEntries(entries.filter(e => e !== undefined));
}
/** The VNets an AKS cluster's nodes run in: its pools' subnets' VNets and its AKS-managed VNet. */
function clusterVnetIds(cluster, managedVnets) {
    const ids = cluster.agentPools
        .map(p => (p.vnetSubnetId ? (0,snapshot/* parentVirtualNetworkId */.l3)(p.vnetSubnetId) : undefined))
        .filter((id) => !!id);
    if (managedVnets?.ok)
        ids.push(...managedVnets.value.map(v => v.id));
    return [...new Map(ids.map(id => [(0,snapshot/* resourceKey */.ik)(id), id])).values()];
}
/**
 * Connected peerings (remote VNet ids) of each cluster VNet that does not itself hold every
 * private endpoint read (the workspace's, and once an AKS cluster is attached its storage
 * account's, key vault's and registry's), keyed by lower-cased VNet id: K8S-09 needs them to tell
 * whether a private endpoint is in a peered network. A raw GET (Microsoft.Network 2026-01-01)
 * through the network client's pipeline: the normalized VNet keeps no peerings.
 */
async function readClusterVnetPeerings(clients, clusters, managedVnets, privateEndpoints, 
/** VNet bodies already read (or being read) by the network reader, by lower-cased id. */
readVnets) {
    const peVnets = privateEndpointVnetKeys(privateEndpoints);
    if (peVnets.size === 0)
        return {};
    const vnets = Object.entries(clusters).flatMap(([key, cluster]) => cluster.ok ? clusterVnetIds(cluster.value, managedVnets[key]) : []);
    const needed = [...new Map(vnets.map(id => [(0,snapshot/* resourceKey */.ik)(id), id])).values()].filter(id => [...peVnets].some(pe => pe !== (0,snapshot/* resourceKey */.ik)(id)));
    const entries = await Promise.all(needed.map(async (id) => {
        // A VNet already read (a node pool's, read early so its subnets come from it) is not read again.
        const shared = readVnets?.has((0,snapshot/* resourceKey */.ik)(id)) ? await readVnets.read(id) : undefined;
        if (shared) {
            return [
                (0,snapshot/* resourceKey */.ik)(id),
                (0,read/* mapRead */.fL)(shared, body => connectedPeerings(asObject(body)))
            ];
        }
        const subscription = /^\/subscriptions\/([^/]+)\//i.exec(id)?.[1] ?? '';
        const result = await (0,read/* read */.LF)(async () => (0,read/* leafRead */.fN)(async () => {
            const sender = clients.sender(await clients.networkFor(subscription));
            const url = `${new URL(clients.armEndpoint).origin}${id}?api-version=${collect_clients.API_VERSIONS['Microsoft.Network']}`;
            const body = await (0,read/* getArmJson */.tY)(sender, url, 'resource');
            return connectedPeerings(body);
        }));
        return [(0,snapshot/* resourceKey */.ik)(id), result];
    }));
    return Object.fromEntries(entries);
}
function asObject(body) {
    return typeof body === 'object' && body !== null ? body : {};
}
/**
 * The node pools' VNets the peering read above will need: with a private endpoint read, every
 * cluster VNet that holds none of them. Started as soon as the clusters are in, so the node
 * pools' subnets are taken from their VNet's body instead of one GET each.
 */
function clusterVnetsForPeerings(clusters, privateEndpoints) {
    const peVnets = privateEndpointVnetKeys(privateEndpoints);
    if (peVnets.size === 0)
        return [];
    const ids = Object.values(clusters)
        .flatMap(cluster => (cluster.ok ? clusterVnetIds(cluster.value, undefined) : []))
        .filter(id => !peVnets.has((0,snapshot/* resourceKey */.ik)(id)));
    return [...new Map(ids.map(id => [(0,snapshot/* resourceKey */.ik)(id), id])).values()];
}
/** Remote VNet ids of the peerings in a VNet body whose peeringState is Connected. */
function connectedPeerings(body) {
    const props = (body['properties'] ?? {});
    const peerings = Array.isArray(props['virtualNetworkPeerings'])
        ? props['virtualNetworkPeerings']
        : [];
    return peerings
        .map(p => (p ?? {}).properties ?? {})
        .filter(p => String(p['peeringState'] ?? '').toLowerCase() === 'connected')
        .map(p => (p['remoteVirtualNetwork'] ?? {}).id)
        .filter((id) => typeof id === 'string' && id.length > 0);
}
/** The keys of the virtual networks the read private endpoints sit in. */
function privateEndpointVnetKeys(privateEndpoints) {
    return new Set(Object.values(privateEndpoints)
        .map(pe => pe.ok && pe.value.subnetId ? (0,snapshot/* parentVirtualNetworkId */.l3)(pe.value.subnetId) : undefined)
        .filter((id) => !!id)
        .map(snapshot/* resourceKey */.ik));
}

;// CONCATENATED MODULE: ./src/collect/read-dependencies.ts
/**
 * The workspace's storage account, key vault and container registry, read
 * where a verdict depends on their network settings: in AllowInternetOutbound
 * the managed network gets a private endpoint to a dependency only when that
 * dependency's public network access is disabled (how-to-managed-network).
 * They are read too once an AKS cluster is attached (K8S-08, K8S-09), with
 * their approved private endpoints. Each is a raw GET through an ARM client's
 * pipeline (its credential and retries); every failure is kept.
 */




/** Stable api-versions of each dependency's resource provider (azure-rest-api-specs). */
const DEPENDENCY_API_VERSIONS = {
    'Microsoft.Storage/storageAccounts': '2024-01-01',
    'Microsoft.KeyVault/vaults': '2024-11-01',
    'Microsoft.ContainerRegistry/registries': '2025-04-01'
};
const FIELDS = ['storageAccount', 'keyVault', 'containerRegistry'];
/** True when a verdict needs the dependencies' network settings. */
function needsDependencyAccess(workspace) {
    return (workspace.ok &&
        workspace.value.managedNetwork?.isolationMode?.toLowerCase() === 'allowinternetoutbound');
}
/** True when an AKS cluster is attached: K8S-08 and K8S-09 judge the dependencies for it. */
function hasAksCluster(computes) {
    return (computes.ok &&
        computes.value.some(c => (0,evaluate_clusters/* isClusterCompute */.yn)(c) && (0,evaluate_clusters/* clusterKind */.Jf)(c.resourceId ?? '') === 'aks'));
}
/**
 * The three dependencies in AllowInternetOutbound (MOE-05), and once an AKS cluster is attached:
 * the Kubernetes inferencing article wants each reached privately from the cluster's network
 * (K8S-08: the registry's tier; K8S-09: their private endpoints).
 */
async function readDependencyAccess(clients, workspace, computes, 
/** The registry as the outbound checks read it: reused, so it is not read twice. */
registry) {
    if (!workspace.ok)
        return {};
    const ws = workspace.value;
    const ids = new Set();
    if (needsDependencyAccess(workspace)) {
        for (const f of FIELDS)
            if (ws[f])
                ids.add(ws[f]);
    }
    if (hasAksCluster(await computes)) {
        for (const f of FIELDS)
            if (ws[f])
                ids.add(ws[f]);
    }
    const unique = new Map([...ids].map(id => [(0,snapshot/* resourceKey */.ik)(id), id]));
    const registryKey = ws.containerRegistry ? (0,snapshot/* resourceKey */.ik)(ws.containerRegistry) : undefined;
    const entries = await Promise.all([...unique].map(async ([key, id]) => [
        key,
        registry && key === registryKey
            ? fromRegistry(await registry)
            : await readOne(clients, id)
    ]));
    return Object.fromEntries(entries);
}
function fromRegistry(registry) {
    if (!registry.ok)
        return registry;
    const { id, publicNetworkAccess, sku, privateEndpointConnections } = registry.value;
    return {
        ok: true,
        value: {
            id,
            ...(publicNetworkAccess !== undefined ? { publicNetworkAccess } : {}),
            ...(sku !== undefined ? { skuName: sku } : {}),
            privateEndpointConnections: privateEndpointConnections.map(c => ({
                ...(c.privateEndpointId ? { privateEndpointId: c.privateEndpointId } : {}),
                ...(c.status ? { status: c.status } : {})
            }))
        }
    };
}
async function readOne(clients, id) {
    const type = Object.keys(DEPENDENCY_API_VERSIONS).find(t => id.toLowerCase().includes(`/providers/${t.toLowerCase()}/`));
    const apiVersion = type ? DEPENDENCY_API_VERSIONS[type] : undefined;
    if (!apiVersion ||
        !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+$/i.test(id)) {
        return {
            ok: false,
            error: {
                status: null,
                code: 'InvalidResourceId',
                message: `'${id}' is not a workspace dependency id`
            }
        };
    }
    return (0,read/* read */.LF)(() => (0,read/* leafRead */.fN)(async () => {
        const origin = new URL(clients.armEndpoint).origin;
        const url = `${origin}${id}?api-version=${apiVersion}`;
        // The network client's pipeline (ARM credential, retries) keeps the api-version given; the
        // Machine Learning client's would replace it with its own.
        const subscription = id.split('/')[2] ?? '';
        const sender = clients.sender(await clients.networkFor(subscription));
        const body = await (0,read/* getArmJson */.tY)(sender, url, 'resource');
        return toDependencyNetworkAccess(id, body);
    }));
}
function toDependencyNetworkAccess(id, body) {
    const props = (0,json_shape/* asObject */.eB)(body['properties']);
    const sku = (0,json_shape/* asObject */.eB)(body['sku']);
    const access = props['publicNetworkAccess'];
    const connections = Array.isArray(props['privateEndpointConnections'])
        ? props['privateEndpointConnections']
        : [];
    const rules = (0,json_shape/* asObject */.eB)(props['networkAcls'])['virtualNetworkRules'];
    // Storage names the subnet `id`; Key Vault too (older bodies may not have the rules at all).
    const ruleSubnets = (Array.isArray(rules) ? rules : [])
        .map(r => (0,json_shape/* asObject */.eB)(r)['id'])
        .filter((s) => typeof s === 'string' && s.length > 0);
    return {
        id: typeof body['id'] === 'string' ? body['id'] : id,
        ...(typeof access === 'string' ? { publicNetworkAccess: access } : {}),
        ...(typeof sku['name'] === 'string' ? { skuName: sku['name'] } : {}),
        privateEndpointConnections: connections.map(c => {
            const cp = (0,json_shape/* asObject */.eB)((0,json_shape/* asObject */.eB)(c)['properties']);
            const peId = (0,json_shape/* asObject */.eB)(cp['privateEndpoint'])['id'];
            const status = (0,json_shape/* asObject */.eB)(cp['privateLinkServiceConnectionState'])['status'];
            return {
                ...(typeof peId === 'string' && peId ? { privateEndpointId: peId } : {}),
                ...(typeof status === 'string' ? { status } : {})
            };
        }),
        ...(ruleSubnets.length > 0 ? { virtualNetworkRuleSubnetIds: ruleSubnets } : {})
    };
}
/** An approved private endpoint connection: the only kind that carries traffic. */
function isApproved(connection) {
    return connection.status?.toLowerCase() === 'approved';
}
/**
 * Reads, through the network reader (so each is read once and lands in `privateEndpoints`), the
 * private endpoints of the approved connections of each dependency read for an AKS cluster: K8S-09
 * needs each one's subnet, hence its VNet, and collection then reads that VNet's peerings.
 */
async function readDependencyPrivateEndpoints(network, computes, access) {
    if (!hasAksCluster(await computes))
        return;
    const ids = Object.values(await access).flatMap(d => d.ok
        ? (d.value.privateEndpointConnections ?? [])
            .filter(isApproved)
            .map(c => c.privateEndpointId)
            .filter((id) => !!id)
        : []);
    await Promise.all(ids.map(id => network.privateEndpoint(id)));
}

;// CONCATENATED MODULE: ./src/collect/read-managed-network.ts



function usesManagedNetworkV2(workspace) {
    return workspace.ok && workspace.value.managedNetwork?.managedNetworkKind?.toUpperCase() === 'V2';
}
/** Both V2 reads for a V2 workspace; undefined for any other. */
async function readManagedNetworkV2(ml, armEndpoint, workspaceId, workspace) {
    if (!usesManagedNetworkV2(workspace))
        return undefined;
    const base = `${workspaceId}/managedNetworks/default`;
    const [network, rules] = await Promise.all([
        (0,read/* read */.LF)(() => (0,read/* leafRead */.fN)(() => getByUrl(ml, armEndpoint, base))),
        (0,read/* read */.LF)(() => (0,read/* leafRead */.fN)(() => listByUrl(ml, armEndpoint, `${base}/outboundRules`)))
    ]);
    return {
        network: (0,read/* mapRead */.fL)(network, body => (0,normalize/* toManagedNetwork */.P1)(body['properties']?.['managedNetwork'])),
        outboundRules: (0,read/* mapRead */.fL)(rules, items => items.map(normalize/* toOutboundRule */.CL))
    };
}
/** The workspace with its managed network settings completed by the V2 resource (which wins). */
function withManagedNetworkV2(workspace, v2) {
    if (!workspace.ok || !v2?.network.ok)
        return workspace;
    const defined = Object.fromEntries(Object.entries(v2.network.value).filter(([, value]) => value !== undefined));
    return {
        ok: true,
        value: { ...workspace.value, managedNetwork: { ...workspace.value.managedNetwork, ...defined } }
    };
}
async function getByUrl(ml, armEndpoint, path) {
    const url = `${new URL(armEndpoint).origin}${path}?api-version=2025-12-01`;
    return (0,read/* getArmJson */.tY)(ml, url, 'resource');
}

// EXTERNAL MODULE: ./src/evaluate/engine/network.ts
var network = __webpack_require__(34356);
;// CONCATENATED MODULE: ./src/collect/read-service-tags.ts






function str(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The tags of one page of the answer (the pages after it: followServiceTagPages). */
function toServiceTagList(raw) {
    const body = (0,json_shape/* asObject */.eB)(raw);
    const values = Array.isArray(body['values']) ? body['values'] : [];
    const tags = values.flatMap(v => {
        const item = (0,json_shape/* asObject */.eB)(v);
        const name = str(item['name']) ?? str(item['id']);
        if (!name)
            return [];
        const p = (0,json_shape/* asObject */.eB)(item['properties']);
        const prefixes = Array.isArray(p['addressPrefixes'])
            ? p['addressPrefixes'].filter((x) => typeof x === 'string')
            : [];
        const region = str(p['region']);
        const systemService = str(p['systemService']);
        return [
            {
                name,
                ...(region ? { region: region.toLowerCase() } : {}),
                ...(systemService ? { systemService } : {}),
                addressPrefixes: prefixes
            }
        ];
    });
    const changeNumber = str(body['changeNumber']);
    const cloud = str(body['cloud']);
    return {
        ...(changeNumber ? { changeNumber } : {}),
        ...(cloud ? { cloud } : {}),
        tags
    };
}
/**
 * The tags of every page after `first`, followed through `sender` (the network client's
 * pipeline) like any other ARM list: a nextLink on another host is refused (it would receive
 * the ARM token), a repeated one or more than MAX_PAGES pages ends the list. A page that cannot
 * be read leaves the list `incomplete`, with the reason, and keeps the tags read before it.
 */
async function followServiceTagPages(first, sender, armEndpoint) {
    const { nextLink: firstLink, ...list } = first;
    const origin = new URL(armEndpoint).origin;
    const links = new read/* PageLinks */.R$();
    links.add(firstLink);
    const tags = [...list.tags];
    let link = firstLink;
    while (link) {
        try {
            links.check();
            const url = new URL(link, origin).href;
            (0,pipeline/* refuseForeignLink */.bE)(url, origin);
            const page = pageOf(await (0,read/* getArmJson */.tY)(sender, url, 'resource'));
            tags.push(...page.tags);
            links.add(page.nextLink);
            link = page.nextLink;
        }
        catch (error) {
            return { ...list, tags, incomplete: true, pageError: (0,read/* toReadError */.sK)(error) };
        }
    }
    return { ...list, tags };
}
/** One page of a ServiceTags_List answer: its tags and the link to the next page, if any. */
function pageOf(raw) {
    const body = (0,json_shape/* asObject */.eB)(raw);
    if (!Array.isArray(body['values'])) {
        throw malformedPage(`its \`values\` is not an array`);
    }
    const next = str(body['nextLink']);
    return { ...toServiceTagList(raw), ...(next ? { nextLink: next } : {}) };
}
function malformedPage(what) {
    return Object.assign(new Error(`ARM answered 200 with a service tags page whose ${what}`), {
        statusCode: 200,
        code: 'MalformedResponse'
    });
}
/** Reads the service tags of `location` (every page; filter with keepServiceTags). */
async function readServiceTags(clients, subscriptionId, location, known) {
    const start = () => (0,read/* read */.LF)(async () => {
        const client = await clients.networkFor(subscriptionId);
        // The path ServiceTags_List (the generated `serviceTags.list`) sends.
        const path = `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Network/locations/${encodeURIComponent(location)}/serviceTags?api-version=${collect_clients.API_VERSIONS['Microsoft.Network']}`;
        const first = pageOf(await (0,read/* getRaw */.Tu)(({ onResponse }) => contextGet(client, path, onResponse)));
        return followServiceTagPages(first, clients.sender(client), clients.armEndpoint);
    });
    // An estate scan reads each region's list once for all its workspaces.
    const key = `serviceTags ${location.toLowerCase()}`;
    return known?.share ? known.share(key, start) : start();
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

;// CONCATENATED MODULE: ./src/collect/read-registry.ts



const REGISTRY_API_VERSION = '2025-04-01';
function read_registry_str(value) {
    return typeof value === 'string' ? value : undefined;
}
function toContainerRegistry(raw) {
    const body = (0,json_shape/* asObject */.eB)(raw);
    const p = (0,json_shape/* asObject */.eB)(body['properties']);
    const connections = Array.isArray(p['privateEndpointConnections'])
        ? p['privateEndpointConnections']
        : [];
    const dataEndpointEnabled = p['dataEndpointEnabled'];
    return {
        id: read_registry_str(body['id']) ?? '',
        name: read_registry_str(body['name']) ?? '',
        ...(read_registry_str(body['location']) ? { location: read_registry_str(body['location']) } : {}),
        ...(read_registry_str((0,json_shape/* asObject */.eB)(body['sku'])['name']) ? { sku: read_registry_str((0,json_shape/* asObject */.eB)(body['sku'])['name']) } : {}),
        ...(read_registry_str(p['loginServer']) ? { loginServer: read_registry_str(p['loginServer']) } : {}),
        ...(read_registry_str(p['publicNetworkAccess'])
            ? { publicNetworkAccess: read_registry_str(p['publicNetworkAccess']) }
            : {}),
        ...(typeof dataEndpointEnabled === 'boolean' ? { dataEndpointEnabled } : {}),
        privateEndpointConnections: connections.map(c => {
            const cp = (0,json_shape/* asObject */.eB)((0,json_shape/* asObject */.eB)(c)['properties']);
            const privateEndpointId = read_registry_str((0,json_shape/* asObject */.eB)(cp['privateEndpoint'])['id']);
            const status = read_registry_str((0,json_shape/* asObject */.eB)(cp['privateLinkServiceConnectionState'])['status']);
            return {
                name: read_registry_str((0,json_shape/* asObject */.eB)(c)['name']) ?? '',
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
        return (0,read/* getArmJson */.tY)(client, url, 'resource');
    });
    return (0,read/* mapRead */.fL)(raw, toContainerRegistry);
}

;// CONCATENATED MODULE: ./src/collect/read-ip-groups.ts

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
// EXTERNAL MODULE: ./src/evaluate/engine/next-hop.ts
var next_hop = __webpack_require__(58267);
;// CONCATENATED MODULE: ./src/collect/read-hub-firewall.ts
/**
 * The part of OUT-04's reads that follows a forced tunnel into a hub: when no Azure Firewall of
 * the route table's subscription holds a `VirtualAppliance` next hop address, the subnet's VNet
 * peerings are listed (VirtualNetworkPeerings_List, paged), and the firewalls of the
 * subscription of the peered VNet whose remote address space holds that address are listed
 * (then their policies are read like any other). Every failure is kept, never thrown.
 */


/**
 * The firewalls that may be the next hops `hops` of a subnet's route table in another
 * subscription, reached through the subnet VNet's peerings; `local` is the route table's
 * subscription's list, already read.
 */
async function readHubFirewalls(network, subnetId, hops, local, localSubscription) {
    const missing = hops.filter(ip => !local.ok || !local.value.some(f => f.privateIpAddresses.includes(ip)));
    const vnetId = (0,snapshot/* parentVirtualNetworkId */.l3)(subnetId);
    if (missing.length === 0 || !vnetId)
        return [];
    const peerings = await network.virtualNetworkPeerings(vnetId);
    if (!peerings.ok)
        return [];
    const subscriptions = new Map();
    for (const ip of missing) {
        const peering = (0,next_hop/* peeringForAddress */.Ao)(peerings.value, ip);
        const remote = peering?.remoteVirtualNetworkId;
        // A peering not Connected carries no traffic, and a Virtual WAN hub's VNet is Microsoft's.
        if (!remote || !/^connected$/i.test(peering.peeringState ?? '') || (0,next_hop/* isVirtualWanHubVnet */.MR)(remote))
            continue;
        const sub = (0,next_hop/* subscriptionIdOf */.gf)(remote);
        if (sub && sub.toLowerCase() !== localSubscription.toLowerCase())
            subscriptions.set(sub.toLowerCase(), sub);
    }
    const lists = await Promise.all([...subscriptions.values()].map(s => network.azureFirewallsIn(s)));
    return lists.flatMap(l => l.ok ? l.value.filter(f => f.privateIpAddresses.some(ip => missing.includes(ip))) : []);
}

;// CONCATENATED MODULE: ./src/collect/read-access.ts
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
 *                                       (no firewall holds the hop: VNet peerings ── the
 *                                        peered hub's subscription's firewalls, read-hub-firewall.ts)
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
        // A 200 body is not deserialized (read.ts): the nextLink comes from the raw body.
        let link;
        const raw = {
            ...options,
            onResponse: response => {
                options.onResponse(response);
                link = response.status === 200 ? nextLink(read_access_parseJson(response.bodyAsText)) : undefined;
            }
        };
        yield await client.sendOperationRequest({ scope: scopeParameter(scope), options: raw }, permissionsSpec);
        while (link) {
            const next = link;
            link = undefined;
            yield await client.sendOperationRequest({ nextLink: next, options: raw }, nextLinkSpec);
        }
    }
    return (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(pages)).then(r => (0,read/* mapRead */.fL)(r, items => items.map(normalize_access/* toPermissionBlock */.qQ)));
}
function read_access_parseJson(text) {
    try {
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
function nextLink(body) {
    const link = body?.nextLink;
    return typeof link === 'string' && link ? link : undefined;
}
function listRoleAssignments(client, scope, principalId) {
    // assignedTo() includes the principal's group memberships, unlike `principalId eq`.
    return (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => client.roleAssignments
        .listForScope(scopeParameter(scope), { ...o, filter: `assignedTo('${principalId}')` })
        .byPage())).then(r => (0,read/* mapRead */.fL)(r, items => items.map(normalize_access/* toRoleAssignment */.hK)));
}
function getRoleDefinition(client, id) {
    // getById's `{roleId}` is also inserted after a `/`.
    return (0,read/* read */.LF)(() => (0,read/* getRaw */.Tu)(o => client.roleDefinitions.getById(scopeParameter(id), o))).then(r => (0,read/* mapRead */.fL)(r, normalize_access/* toRoleDefinition */.fN));
}
function listDenyAssignments(client, scope) {
    return (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => client.denyAssignments.listForScope(scopeParameter(scope), o).byPage())).then(r => (0,read/* mapRead */.fL)(r, items => items.map(normalize_access/* toDenyAssignment */.VZ)));
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
        routeTableId ? readForcedTunnel(network, routeTableId, subnetId) : null
    ]);
}
async function readForcedTunnel(network, routeTableId, subnetId) {
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
    // A hop no firewall here holds may be a hub firewall in a peered VNet's subscription.
    const hub = await readHubFirewalls(network, subnetId, hops, firewalls, subscriptionId);
    const policies = [...(firewalls.ok ? firewalls.value : []), ...hub]
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

;// CONCATENATED MODULE: ./src/collect/collect.ts
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
    const aksManagedVnets = routeReads.clusters.then(c => readAksManagedVnets(clients, c.managedClusters));
    const started = [
        onlineEndpoints,
        aksManagedVnets,
        ...Object.values(routeReads)
    ];
    /**
     * The target's subnet and VNet, and the outbound reads (NSG, route table, firewalls) of the
     * subnets traffic leaves from: no check reads those of a subnet that only receives (a
     * private endpoint's). Each resource is read once.
     */
    const readNetwork = (networkTarget) => Promise.all([
        networkTarget.vnetId ? network.virtualNetwork(networkTarget.vnetId) : null,
        networkTarget.subnetId ? readSubnetAndVnet(network, networkTarget.subnetId) : null,
        ...networkTarget.egressSubnetIds.map(id => readOutbound(network, id))
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
            relevantSubnetIds: subnetId ? [subnetId] : [],
            egressSubnetIds: subnetId ? [subnetId] : []
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
    const dependencyAccess = readDependencyAccess(clients, workspace, routeReads.computes, registry);
    const dependencyPes = readDependencyPrivateEndpoints(network, routeReads.computes, dependencyAccess);
    const v2 = readManagedNetworkV2(ml, clients.armEndpoint, target.workspaceId, workspace);
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
    const early = (0,network_target/* resolveNetworkTarget */.Ol)({
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
    const networkTarget = (0,network_target/* resolveNetworkTarget */.Ol)({
        request,
        workspace,
        privateEndpoints: await network.privateEndpointResults(),
        onlineEndpoints: endpoints,
        computes,
        managedClusters: clusters.managedClusters
    });
    startRbac(networkTarget);
    // The clusters' VNets are read for their peerings (K8S-09) in any case: read now, they hand
    // the node pools' subnets to readNetwork below from their bodies.
    for (const id of clusterVnetsForPeerings(clusters.managedClusters, await network.privateEndpointResults())) {
        network.rawVirtualNetwork(id).catch(() => undefined);
    }
    const networkReads = readNetwork(networkTarget);
    // After the dependencies' private endpoints: their VNets' peerings are read too (K8S-09).
    const peerings = Promise.all([aksManagedVnets, dependencyPes]).then(async ([vnets]) => readClusterVnetPeerings(clients, clusters.managedClusters, vnets, await network.privateEndpointResults(), { has: key => network.hasRawVirtualNetwork(key), read: id => network.rawVirtualNetwork(id) }));
    await Promise.all([earlyNetwork, networkReads, peerings, ...started]);
    const access = await network.accessResults();
    const ipGroups = await readIpGroups(network, access);
    return {
        schemaVersion: snapshot/* SNAPSHOT_SCHEMA_VERSION */.A0,
        collectedBy: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x },
        collectedAt,
        cloud: input.cloud,
        apiVersions: { ...collect_clients.API_VERSIONS },
        target,
        request,
        workspace: withManagedNetworkV2(workspace, await v2),
        onlineEndpoints: endpoints,
        onlineDeployments: await routeReads.onlineDeployments,
        computes,
        // A V2 workspace's rules are on its managedNetworks/default resource.
        outboundRules: (await v2)?.outboundRules ?? (await routeReads.outboundRules),
        ...clusters,
        rbacPrincipal,
        ...(await rbac),
        ...access,
        ...(await network.results()),
        serviceTags: await serviceTagsField(serviceTags, location, access),
        containerRegistries: registry && registryId ? { [registryId.toLowerCase()]: await registry } : {},
        ipGroups,
        aksManagedVirtualNetworks: await aksManagedVnets,
        dependencyNetworkAccess: await dependencyAccess,
        ...((await v2) ? { managedNetworkV2: (await v2).network } : {}),
        clusterVnetPeerings: await peerings,
        virtualNetworkPeerings: await network.peeringResults()
    };
}
async function readSubnetAndVnet(network, subnetId) {
    const vnetId = (0,snapshot/* parentVirtualNetworkId */.l3)(subnetId);
    // The VNet first: its GET embeds the subnet, which is then not read again.
    const vnet = vnetId ? network.virtualNetwork(vnetId) : null;
    await Promise.all([vnet, network.subnet(subnetId)]);
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


/***/ })

};
