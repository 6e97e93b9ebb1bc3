export const id = 8240;
export const ids = [8240];
export const modules = {

/***/ 4517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ toAzureFirewall),
/* harmony export */   VZ: () => (/* binding */ toDenyAssignment),
/* harmony export */   fN: () => (/* binding */ toRoleDefinition),
/* harmony export */   hK: () => (/* binding */ toRoleAssignment),
/* harmony export */   qQ: () => (/* binding */ toPermissionBlock),
/* harmony export */   u9: () => (/* binding */ toFirewallPolicy),
/* harmony export */   vo: () => (/* binding */ toRouteTable),
/* harmony export */   x1: () => (/* binding */ toNetworkSecurityGroup)
/* harmony export */ });
/* unused harmony export toRuleCollectionGroup */
/* harmony import */ var _json_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50663);

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
    return (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body)['properties']);
}
function idOf(value) {
    return str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(value)['id']);
}
function toPermissionBlock(raw) {
    const b = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
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
        id: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['id']) ?? '',
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
        id: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['id']) ?? '',
        roleName: str(p['roleName']) ?? str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['name']) ?? '',
        // 2022-04-01 calls it `type`; the SDK model and newer versions `roleType`.
        ...((str(p['type']) ?? str(p['roleType']))
            ? { roleType: str(p['type']) ?? str(p['roleType']) }
            : {}),
        permissions: arr(p['permissions']).map(toPermissionBlock)
    };
}
function toDenyPrincipal(raw) {
    const p = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    return { id: str(p['id']) ?? '', ...(str(p['type']) ? { type: str(p['type']) } : {}) };
}
function toDenyAssignment(raw) {
    const p = props(raw);
    return {
        id: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['id']) ?? '',
        name: str(p['denyAssignmentName']) ?? str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['name']) ?? '',
        scope: str(p['scope']) ?? '',
        permissions: arr(p['permissions']).map(toPermissionBlock),
        principals: arr(p['principals']).map(toDenyPrincipal),
        excludePrincipals: arr(p['excludePrincipals']).map(toDenyPrincipal),
        doNotApplyToChildScopes: p['doNotApplyToChildScopes'] === true
    };
}
function toSecurityRule(raw) {
    const r = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
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
    const b = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
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
    const b = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
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
                name: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(route)['name']) ?? '',
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
            const port = num((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(p)['port']);
            return {
                protocolType: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(p)['protocolType']) ?? '',
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
    const rules = arr(p['rules']).map(_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB);
    return {
        name: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['name']) ?? '',
        priority: num(p['priority']) ?? 0,
        action: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(p['action'])['type']) ?? '',
        kind,
        networkRules: kind === 'network' ? rules.map(toNetworkRule) : [],
        applicationRules: kind === 'application' ? rules.map(toApplicationRule) : []
    };
}
function toAzureFirewall(raw) {
    const b = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const p = props(raw);
    const policyId = idOf(p['firewallPolicy']);
    return {
        id: str(b['id']) ?? '',
        name: str(b['name']) ?? '',
        privateIpAddresses: [
            ...arr(p['ipConfigurations']).map(c => str(props(c)['privateIPAddress'])),
            // Firewalls in a virtual hub report their private IP here instead.
            str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(p['hubIPAddresses']))['privateIPAddress'])
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
    const c = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    if (str(c['ruleCollectionType']) !== 'FirewallPolicyFilterRuleCollection')
        return [];
    const rules = arr(c['rules']).map(_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB);
    const base = {
        name: str(c['name']) ?? '',
        priority: num(c['priority']) ?? 0,
        action: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(c['action'])['type']) ?? ''
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
        id: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['id']) ?? '',
        name: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw)['name']) ?? '',
        priority: num(p['priority']) ?? 0,
        ruleCollections: arr(p['ruleCollections']).flatMap(policyCollections)
    };
}
function toFirewallPolicy(raw, groups) {
    const b = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const basePolicyId = idOf(props(raw)['basePolicy']);
    return {
        id: str(b['id']) ?? '',
        name: str(b['name']) ?? '',
        ...(basePolicyId ? { basePolicyId } : {}),
        ruleCollectionGroups: groups.map(toRuleCollectionGroup)
    };
}


/***/ }),

/***/ 88240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ overlayArm),
/* harmony export */   Pt: () => (/* binding */ plannedArmNoun),
/* harmony export */   dS: () => (/* binding */ plannedArmSourceOf),
/* harmony export */   jT: () => (/* binding */ isPlannedArmType),
/* harmony export */   p4: () => (/* binding */ plannedBody)
/* harmony export */ });
/* unused harmony exports PLANNED_ARM_TYPES, DEFAULT_SECURITY_RULES, plannedUnknownReason */
/* harmony import */ var _model_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(306);
/* harmony import */ var _model_normalize_access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4517);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20709);
/**
 * The workspace's infrastructure as it will be: the planned ARM resources of a what-if result or
 * a Terraform plan (`snapshot.planned.armResources`), each already in ARM's JSON shape, laid over
 * the live reads through the same normalizers the live answers went through (src/model/), so the
 * checks judge them unchanged. Pure.
 *
 * What the plan cannot tell stays unknown: a value known only after apply, or a what-if change
 * Azure could not predict (`Unsupported`), makes the resource's planned read refused with
 * KNOWN_AFTER_APPLY_CODE, which the checks report as `unknown` with that reason.
 */



/** The ARM types whose planned state the checks judge (lower case), and what a reviewer calls each. */
const PLANNED_ARM_TYPES = {
    'microsoft.machinelearningservices/workspaces': 'workspace',
    'microsoft.machinelearningservices/workspaces/onlineendpoints': 'endpoint',
    'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments': 'deployment',
    'microsoft.network/networksecuritygroups': 'network security group',
    'microsoft.network/routetables': 'route table',
    'microsoft.network/virtualnetworks': 'virtual network',
    'microsoft.network/virtualnetworks/subnets': 'subnet',
    'microsoft.network/privateendpoints': 'private endpoint',
    'microsoft.containerservice/managedclusters': 'AKS cluster'
};
/** What a reviewer calls a planned ARM type: `network security group`; the type itself otherwise. */
function plannedArmNoun(type) {
    return isPlannedArmType(type) ? PLANNED_ARM_TYPES[type.toLowerCase()] : type;
}
function isPlannedArmType(type) {
    return type.toLowerCase() in PLANNED_ARM_TYPES;
}
/**
 * The properties the checks read of each planned type (src/model/normalize*.ts), matched
 * case-insensitively. A planned body is cut down to these before it enters the snapshot: a
 * what-if payload or a plan carries everything the template sets (a deployment's environment
 * variables, an AKS cluster's service principal secret), and a saved snapshot must not.
 */
const KEPT_PROPERTIES = {
    'microsoft.machinelearningservices/workspaces': [
        'publicNetworkAccess',
        'allowPublicAccessWhenBehindVnet',
        'storageAccount',
        'keyVault',
        'containerRegistry',
        'applicationInsights',
        'managedNetwork',
        'privateEndpointConnections',
        'v1LegacyMode',
        'imageBuildCompute'
    ],
    'microsoft.machinelearningservices/workspaces/onlineendpoints': [
        'compute',
        'publicNetworkAccess',
        'provisioningState',
        'authMode'
    ],
    'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments': [
        'endpointComputeType',
        'egressPublicNetworkAccess',
        'provisioningState'
    ],
    'microsoft.network/networksecuritygroups': ['securityRules', 'defaultSecurityRules'],
    'microsoft.network/routetables': ['routes', 'disableBgpRoutePropagation'],
    'microsoft.network/virtualnetworks': ['addressSpace', 'subnets', 'provisioningState'],
    'microsoft.network/virtualnetworks/subnets': [
        'addressPrefix',
        'addressPrefixes',
        'networkSecurityGroup',
        'routeTable',
        'provisioningState'
    ],
    'microsoft.network/privateendpoints': [
        'subnet',
        'privateLinkServiceConnections',
        'manualPrivateLinkServiceConnections',
        'provisioningState'
    ],
    'microsoft.containerservice/managedclusters': [
        'provisioningState',
        'agentPoolProfiles',
        'apiServerAccessProfile',
        'networkProfile',
        'nodeResourceGroup'
    ]
};
const SUBNET_KEPT = KEPT_PROPERTIES['microsoft.network/virtualnetworks/subnets'];
function pick(body, keys) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return {};
    const wanted = new Set(keys.map(k => k.toLowerCase()));
    return Object.fromEntries(Object.entries(body).filter(([k]) => wanted.has(k.toLowerCase())));
}
/** A planned body as the snapshot keeps it: what the checks read of its type, nothing else. */
function plannedBody(type, after) {
    const kept = KEPT_PROPERTIES[type.toLowerCase()] ?? [];
    const top = pick(after, ['id', 'name', 'type', 'location', 'kind']);
    const propertiesKey = Object.keys(after).find(k => k.toLowerCase() === 'properties');
    const properties = pick(propertiesKey ? after[propertiesKey] : undefined, kept);
    // A VNet's embedded subnets are cut down like subnets.
    const subnetsKey = Object.keys(properties).find(k => k.toLowerCase() === 'subnets');
    if (subnetsKey && Array.isArray(properties[subnetsKey])) {
        properties[subnetsKey] = properties[subnetsKey].map(subnet => {
            const body = pick(subnet, ['id', 'name']);
            const props = pick(subnet?.['properties'], SUBNET_KEPT);
            return { ...body, properties: props };
        });
    }
    const createdAt = after['systemData']?.['createdAt'];
    return {
        ...top,
        properties,
        ...(typeof createdAt === 'string' ? { systemData: { createdAt } } : {})
    };
}
/** Changes that leave the resource as it is: nothing to lay over. */
const UNCHANGED = new Set(['NoChange', 'Ignore']);
/**
 * Azure's default rules of every NSG (Microsoft Learn, "Network security groups": default security
 * rules). A what-if or plan body of a new NSG does not list them; ARM adds them on creation.
 */
const DEFAULT_SECURITY_RULES = [
    ['AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
    ['AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'],
    ['DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'],
    ['AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
    ['AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'],
    ['DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*']
].map(([name, priority, direction, access, source, destination]) => ({
    name: name,
    priority: priority,
    direction: direction,
    access: access,
    protocol: '*',
    sourcePortRange: '*',
    destinationPortRange: '*',
    sourceAddressPrefix: source,
    destinationAddressPrefix: destination
}));
/** Why the planned state of a resource cannot be known, or undefined when it can. */
function plannedUnknownReason(resource) {
    if (resource.unsupportedReason)
        return resource.unsupportedReason;
    if (resource.unknownAfterApply && resource.unknownAfterApply.length > 0) {
        return `the plan leaves ${resource.unknownAfterApply.join(', ')} of ${resource.address ?? resource.id} known only after apply`;
    }
    if (resource.change === 'Unsupported') {
        return `Azure's what-if could not predict the change to ${resource.id}`;
    }
    if (resource.change !== 'Delete' && !resource.after && !UNCHANGED.has(resource.change)) {
        return `the planned change gives no state for ${resource.id}`;
    }
    return undefined;
}
function overlayArm(snapshot) {
    const resources = snapshot.planned?.armResources ?? [];
    if (resources.length === 0)
        return snapshot;
    let next = {
        ...snapshot,
        subnets: { ...snapshot.subnets },
        virtualNetworks: { ...snapshot.virtualNetworks },
        networkSecurityGroups: { ...snapshot.networkSecurityGroups },
        routeTables: { ...snapshot.routeTables },
        privateEndpoints: { ...snapshot.privateEndpoints },
        managedClusters: { ...snapshot.managedClusters },
        onlineDeployments: { ...snapshot.onlineDeployments }
    };
    // Parents before children: an endpoint before its deployments, a VNet before its subnets.
    const ordered = [...resources].sort((a, b) => depth(a.type) - depth(b.type));
    for (const resource of ordered) {
        if (UNCHANGED.has(resource.change) || !isPlannedArmType(resource.type))
            continue;
        next = layOver(next, resource);
    }
    return next;
}
function depth(type) {
    return type.split('/').length;
}
function refused(resource, reason) {
    return {
        ok: false,
        error: { status: null, code: _model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_AFTER_APPLY_CODE */ .a1, message: `${reason} (${resource.file})` }
    };
}
const deleted = (resource) => ({
    ok: false,
    error: {
        status: 404,
        code: 'ResourceNotFound',
        message: `The planned change deletes ${resource.id} (${resource.file}).`
    }
});
function layOver(snapshot, resource) {
    const type = resource.type.toLowerCase();
    const unknown = plannedUnknownReason(resource);
    const key = (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(resource.id);
    const after = { ...resource.after, id: resource.id };
    /** The read of a keyed resource as it will be. */
    const planned = (normalize) => unknown
        ? refused(resource, unknown)
        : resource.change === 'Delete'
            ? deleted(resource)
            : { ok: true, value: normalize(after) };
    switch (type) {
        case 'microsoft.machinelearningservices/workspaces': {
            if (key !== (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(snapshot.target.workspaceId))
                return snapshot;
            const read = planned(_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toWorkspace */ .vT);
            if (!read.ok)
                return { ...snapshot, workspace: read };
            const live = snapshot.workspace.ok ? snapshot.workspace.value : undefined;
            return { ...snapshot, workspace: { ok: true, value: withLiveState(read.value, live) } };
        }
        case 'microsoft.machinelearningservices/workspaces/onlineendpoints':
            return layOverEndpoint(snapshot, resource, unknown);
        case 'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments':
            return layOverDeployment(snapshot, resource, unknown);
        case 'microsoft.network/networksecuritygroups': {
            const read = planned(raw => {
                const nsg = (0,_model_normalize_access_js__WEBPACK_IMPORTED_MODULE_2__/* .toNetworkSecurityGroup */ .x1)(raw);
                if (nsg.defaultSecurityRules.length > 0)
                    return nsg;
                const live = snapshot.networkSecurityGroups[key];
                return {
                    ...nsg,
                    defaultSecurityRules: live?.ok && live.value.defaultSecurityRules.length > 0
                        ? live.value.defaultSecurityRules
                        : DEFAULT_SECURITY_RULES
                };
            });
            return {
                ...snapshot,
                networkSecurityGroups: { ...snapshot.networkSecurityGroups, [key]: read }
            };
        }
        case 'microsoft.network/routetables':
            return { ...snapshot, routeTables: { ...snapshot.routeTables, [key]: planned(_model_normalize_access_js__WEBPACK_IMPORTED_MODULE_2__/* .toRouteTable */ .vo) } };
        case 'microsoft.network/virtualnetworks/subnets':
            return { ...snapshot, subnets: { ...snapshot.subnets, [key]: planned(_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toSubnet */ .hU) } };
        case 'microsoft.network/virtualnetworks': {
            const read = planned(_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toVirtualNetwork */ .fu);
            const subnets = { ...snapshot.subnets };
            // A VNet's PUT carries its subnets: each embedded one is planned too.
            if (read.ok) {
                const props = after['properties'];
                const list = props && typeof props === 'object' ? props['subnets'] : [];
                const embedded = Array.isArray(list) ? list : [];
                for (const raw of embedded) {
                    const subnet = (0,_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toSubnet */ .hU)(raw);
                    if (subnet.id)
                        subnets[(0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(subnet.id)] = { ok: true, value: subnet };
                }
            }
            return { ...snapshot, subnets, virtualNetworks: { ...snapshot.virtualNetworks, [key]: read } };
        }
        case 'microsoft.network/privateendpoints': {
            const read = planned(_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toPrivateEndpoint */ .ut);
            const withPe = {
                ...snapshot,
                privateEndpoints: { ...snapshot.privateEndpoints, [key]: read }
            };
            // A planned endpoint whose state is unknown still connects: the checks then meet its unknown read.
            return resource.change !== 'Delete' ? connectToWorkspace(withPe, resource) : withPe;
        }
        case 'microsoft.containerservice/managedclusters':
            return {
                ...snapshot,
                managedClusters: { ...snapshot.managedClusters, [key]: planned(_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toManagedCluster */ .nZ) }
            };
    }
}
/**
 * What a template or plan cannot carry is kept from the live workspace: its private endpoint
 * connections (made by the private endpoints, not the workspace's PUT) and the managed
 * network's provisioning status and kind (service state) while the isolation mode stays.
 * Everything else is the planned body's: a property it leaves out is judged as the service
 * default, as on the resource the deployment writes, never as the live value.
 */
function withLiveState(planned, live) {
    if (!live)
        return planned;
    const managed = planned.managedNetwork;
    const liveManaged = live.managedNetwork;
    const sameMode = managed?.isolationMode !== undefined &&
        managed.isolationMode.toLowerCase() === liveManaged?.isolationMode?.toLowerCase();
    return {
        ...planned,
        privateEndpointConnections: planned.privateEndpointConnections.length > 0
            ? planned.privateEndpointConnections
            : live.privateEndpointConnections,
        ...(managed
            ? {
                managedNetwork: {
                    ...managed,
                    ...(sameMode && !managed.status && liveManaged?.status
                        ? { status: liveManaged.status }
                        : {}),
                    ...(!managed.managedNetworkKind && liveManaged?.managedNetworkKind
                        ? { managedNetworkKind: liveManaged.managedNetworkKind }
                        : {}),
                    // Outbound rules are their own resources (and reads); a body without them keeps them.
                    ...(sameMode && !managed.outboundRules && liveManaged?.outboundRules
                        ? { outboundRules: liveManaged.outboundRules }
                        : {})
                }
            }
            : {})
    };
}
/**
 * A planned private endpoint to the workspace adds its connection, as the service does on
 * creation: Approved for `privateLinkServiceConnections` (auto-approval), Pending for
 * `manualPrivateLinkServiceConnections` (Microsoft Learn, "Manage Azure private endpoints").
 */
function connectToWorkspace(snapshot, resource) {
    if (!snapshot.workspace.ok)
        return snapshot;
    const workspace = snapshot.workspace.value;
    const props = (resource.after?.['properties'] ?? {});
    const connection = (list, status) => (Array.isArray(list) ? list : []).some(c => {
        const p = (c?.['properties'] ?? {});
        return (typeof p['privateLinkServiceId'] === 'string' &&
            (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(p['privateLinkServiceId']) === (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(workspace.id));
    })
        ? status
        : undefined;
    const status = connection(props['privateLinkServiceConnections'], 'Approved') ??
        connection(props['manualPrivateLinkServiceConnections'], 'Pending');
    if (!status)
        return snapshot;
    const existing = workspace.privateEndpointConnections.filter(c => !c.privateEndpointId || (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(c.privateEndpointId) !== (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(resource.id));
    const name = resource.id.split('/').pop() ?? '';
    return {
        ...snapshot,
        workspace: {
            ok: true,
            value: {
                ...workspace,
                privateEndpointConnections: [
                    ...existing,
                    {
                        id: `${workspace.id}/privateEndpointConnections/${name}`,
                        name,
                        privateEndpointId: resource.id,
                        status,
                        provisioningState: 'Succeeded'
                    }
                ]
            }
        }
    };
}
function sameId(a, b) {
    return (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(a) === (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(b);
}
function layOverEndpoint(snapshot, resource, unknown) {
    const live = snapshot.onlineEndpoints;
    if (!live.ok)
        return snapshot;
    // Endpoints of another workspace are not this run's.
    if (!resource.id.toLowerCase().startsWith(`${snapshot.target.workspaceId.toLowerCase()}/`)) {
        return snapshot;
    }
    if (unknown)
        return { ...snapshot, onlineEndpoints: refused(resource, unknown) };
    const key = (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(resource.id);
    const others = live.value.filter(e => !sameId(e.id, resource.id));
    if (resource.change === 'Delete') {
        const onlineDeployments = { ...snapshot.onlineDeployments };
        delete onlineDeployments[key];
        return { ...snapshot, onlineEndpoints: { ok: true, value: others }, onlineDeployments };
    }
    const endpoint = (0,_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toOnlineEndpoint */ .yn)({ ...resource.after, id: resource.id });
    const index = live.value.findIndex(e => sameId(e.id, resource.id));
    const value = [...live.value];
    if (index >= 0)
        value[index] = endpoint;
    else
        value.push(endpoint);
    const onlineDeployments = { ...snapshot.onlineDeployments };
    // A new endpoint starts with no deployments but the planned ones.
    if (index < 0 && !onlineDeployments[key])
        onlineDeployments[key] = { ok: true, value: [] };
    return { ...snapshot, onlineEndpoints: { ok: true, value }, onlineDeployments };
}
function layOverDeployment(snapshot, resource, unknown) {
    const endpointId = resource.id.replace(/\/deployments\/[^/]+$/i, '');
    const key = (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(endpointId);
    const read = snapshot.onlineDeployments[key];
    if (!read) {
        // The endpoint is neither live nor planned in this workspace: no check judges it.
        return snapshot;
    }
    if (!read.ok)
        return snapshot;
    if (unknown) {
        return {
            ...snapshot,
            onlineDeployments: { ...snapshot.onlineDeployments, [key]: refused(resource, unknown) }
        };
    }
    const others = read.value.filter(d => !sameId(d.id, resource.id));
    if (resource.change === 'Delete') {
        return {
            ...snapshot,
            onlineDeployments: { ...snapshot.onlineDeployments, [key]: { ok: true, value: others } }
        };
    }
    const index = read.value.findIndex(d => sameId(d.id, resource.id));
    const parsed = (0,_model_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .toOnlineDeployment */ .Wm)({ ...resource.after, id: resource.id });
    const deployment = {
        ...parsed,
        // An update keeps the creation time; a new deployment is created after this read.
        ...(index >= 0 && read.value[index].createdAt
            ? { createdAt: read.value[index].createdAt }
            : parsed.createdAt
                ? {}
                : { createdAt: snapshot.collectedAt })
    };
    const value = [...read.value];
    if (index >= 0)
        value[index] = deployment;
    else
        value.push(deployment);
    return {
        ...snapshot,
        onlineDeployments: { ...snapshot.onlineDeployments, [key]: { ok: true, value } }
    };
}
/** The planned ARM resource a result's resource is, or lies under (a rule of a planned NSG). */
function plannedArmSourceOf(snapshot, resourceId) {
    const id = resourceId.toLowerCase();
    const candidates = (snapshot.planned?.armResources ?? []).filter(r => !UNCHANGED.has(r.change) &&
        (id === r.id.toLowerCase() || id.startsWith(`${r.id.toLowerCase()}/`)));
    // The most specific: a deployment rather than its endpoint.
    return candidates.sort((a, b) => b.id.length - a.id.length)[0];
}


/***/ })

};
