export const id = 306;
export const ids = [306];
export const modules = {

/***/ 50663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ parseSavedReport),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Tc: () => (/* binding */ stringFieldProblem),
/* harmony export */   eB: () => (/* binding */ asObject)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/** Shape checks for JSON files users hand back to the tool (saved reports and snapshots). */

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value if it is a JSON object, else an empty one: a body's missing part reads as empty. */
function asObject(value) {
    return isObject(value) ? value : {};
}
/** `name.key is not a string` for the first listed key that is not a string, `name is missing` when obj is no object. */
function stringFieldProblem(obj, name, keys) {
    if (!isObject(obj))
        return `${name} is missing`;
    const bad = keys.find(k => typeof obj[k] !== 'string');
    return bad ? `${name ? `${name}.` : ''}${bad} is not a string` : undefined;
}
/** A saved report's text as JSON; `where` names the input and file in the error. */
function parseSavedReport(text, where) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${where} is not JSON (${error.message}). Upload the file the \`report-file\` output names, unchanged.`);
    }
}


/***/ }),

/***/ 306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ toOutboundRule),
/* harmony export */   Hg: () => (/* binding */ toOutboundRules),
/* harmony export */   LJ: () => (/* binding */ toCompute),
/* harmony export */   P1: () => (/* binding */ toManagedNetwork),
/* harmony export */   Wm: () => (/* binding */ toOnlineDeployment),
/* harmony export */   fu: () => (/* binding */ toVirtualNetwork),
/* harmony export */   hU: () => (/* binding */ toSubnet),
/* harmony export */   nZ: () => (/* binding */ toManagedCluster),
/* harmony export */   rM: () => (/* binding */ toClusterExtension),
/* harmony export */   ut: () => (/* binding */ toPrivateEndpoint),
/* harmony export */   vT: () => (/* binding */ toWorkspace),
/* harmony export */   yn: () => (/* binding */ toOnlineEndpoint)
/* harmony export */ });
/* unused harmony export toOutboundRuleBody */
/* harmony import */ var _json_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50663);

function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function arr(value) {
    return Array.isArray(value) ? value : [];
}
function idOf(value) {
    return str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(value)['id']);
}
function toWorkspace(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    const managed = props['managedNetwork'];
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        location: str(body['location']) ?? '',
        publicNetworkAccess: str(props['publicNetworkAccess']),
        allowPublicAccessWhenBehindVnet: typeof props['allowPublicAccessWhenBehindVnet'] === 'boolean'
            ? props['allowPublicAccessWhenBehindVnet']
            : undefined,
        storageAccount: str(props['storageAccount']),
        keyVault: str(props['keyVault']),
        containerRegistry: str(props['containerRegistry']),
        applicationInsights: str(props['applicationInsights']),
        managedNetwork: managed === undefined || managed === null ? undefined : toManagedNetwork(managed),
        privateEndpointConnections: arr(props['privateEndpointConnections']).map(toPrivateEndpointConnection),
        v1LegacyMode: typeof props['v1LegacyMode'] === 'boolean' ? props['v1LegacyMode'] : undefined,
        lastModifiedAt: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['systemData'])['lastModifiedAt']),
        ...(str(props['imageBuildCompute'])
            ? { imageBuildCompute: str(props['imageBuildCompute']) }
            : {})
    };
}
function toManagedNetwork(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const status = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['status']);
    return {
        isolationMode: str(body['isolationMode']),
        status: body['status'] === undefined
            ? undefined
            : { status: str(status['status']), sparkReady: status['sparkReady'] === true },
        outboundRules: body['outboundRules'] === undefined ? undefined : (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['outboundRules']),
        ...(str(body['managedNetworkKind'])
            ? { managedNetworkKind: str(body['managedNetworkKind']) }
            : {})
    };
}
function toPrivateEndpointConnection(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        privateEndpointId: idOf(props['privateEndpoint']),
        status: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(props['privateLinkServiceConnectionState'])['status']),
        provisioningState: str(props['provisioningState'])
    };
}
function toOnlineEndpoint(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    const compute = str(props['compute']);
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        // Managed endpoints have no compute; Kubernetes endpoints name the attached compute.
        computeType: compute ? 'Kubernetes' : 'Managed',
        compute,
        publicNetworkAccess: str(props['publicNetworkAccess']),
        provisioningState: str(props['provisioningState'])
    };
}
function toPrivateEndpoint(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        location: str(body['location']),
        subnetId: idOf(props['subnet']),
        provisioningState: str(props['provisioningState']),
        ...privateEndpointGroupIds(props)
    };
}
/** The sub-resources (`groupIds`) of a private endpoint's automatic and manual connections. */
function privateEndpointGroupIds(props) {
    const groups = [
        ...arr(props['privateLinkServiceConnections']),
        ...arr(props['manualPrivateLinkServiceConnections'])
    ].flatMap(c => arr((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(c)['properties'])['groupIds']));
    const ids = [...new Set(groups.filter((g) => typeof g === 'string' && g !== ''))];
    return ids.length > 0 ? { groupIds: ids } : {};
}
function toSubnet(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    const single = str(props['addressPrefix']);
    const many = arr(props['addressPrefixes']).filter((p) => typeof p === 'string');
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        addressPrefixes: single ? [single, ...many.filter(p => p !== single)] : many,
        networkSecurityGroupId: idOf(props['networkSecurityGroup']),
        routeTableId: idOf(props['routeTable']),
        provisioningState: str(props['provisioningState'])
    };
}
function toVirtualNetwork(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        location: str(body['location']),
        addressPrefixes: arr((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(props['addressSpace'])['addressPrefixes']).filter((p) => typeof p === 'string'),
        subnetIds: arr(props['subnets'])
            .map(idOf)
            .filter((id) => typeof id === 'string'),
        provisioningState: str(props['provisioningState'])
    };
}
// ---------------------------------------------------------------- Managed and Kubernetes routes
function bool(value) {
    return typeof value === 'boolean' ? value : undefined;
}
/** A property looked up case-insensitively: AKS bodies written by other tools vary the casing (`authorizedIpRanges`). */
function field(body, name) {
    if (name in body)
        return body[name];
    const lower = name.toLowerCase();
    const key = Object.keys(body).find(k => k.toLowerCase() === lower);
    return key === undefined ? undefined : body[key];
}
function strings(value) {
    return arr(value).filter((v) => typeof v === 'string');
}
function toOnlineDeployment(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        endpointComputeType: str(props['endpointComputeType']),
        egressPublicNetworkAccess: str(props['egressPublicNetworkAccess']),
        provisioningState: str(props['provisioningState']),
        createdAt: str((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['systemData'])['createdAt'])
    };
}
function toCompute(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    // Type-specific settings sit one level deeper, in `properties.properties`.
    const inner = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(props['properties']);
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        computeType: str(props['computeType']),
        resourceId: str(props['resourceId']),
        provisioningState: str(props['provisioningState']),
        loadBalancerType: str(inner['loadBalancerType']),
        namespace: str(inner['namespace']),
        // AmlComputeProperties.subnet / ComputeInstanceProperties.subnet: a ResourceId (`{ id }`).
        ...(idOf(inner['subnet']) ? { subnetId: idOf(inner['subnet']) } : {})
    };
}
/**
 * A rule body as it appears in `managedNetwork.outboundRules[name]` or in the
 * `properties` of an `outboundRules` list item. `destination` is a string for
 * FQDN rules and an object for PrivateEndpoint and ServiceTag rules.
 */
function toOutboundRuleBody(name, raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const destination = body['destination'];
    const dest = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(destination);
    return {
        name,
        type: str(body['type']),
        category: str(body['category']),
        status: str(body['status']),
        serviceResourceId: str(dest['serviceResourceId']),
        subresourceTarget: str(dest['subresourceTarget']),
        serviceTag: str(dest['serviceTag']),
        protocol: str(dest['protocol']),
        portRanges: str(dest['portRanges']),
        fqdn: str(destination),
        ...(str(dest['action']) ? { action: str(dest['action']) } : {})
    };
}
/** An item of the `.../workspaces/{ws}/outboundRules` list (`{ name, properties: rule }`). */
function toOutboundRule(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    return toOutboundRuleBody(str(body['name']) ?? '', body['properties']);
}
/** The rules embedded in the workspace body (`managedNetwork.outboundRules`, keyed by name). */
function toOutboundRules(rules) {
    return Object.entries(rules ?? {}).map(([name, rule]) => toOutboundRuleBody(name, rule));
}
function toAgentPool(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    return {
        name: str(field(body, 'name')) ?? '',
        mode: str(field(body, 'mode')),
        vnetSubnetId: str(field(body, 'vnetSubnetID')) || undefined,
        enableNodePublicIp: bool(field(body, 'enableNodePublicIP'))
    };
}
function toManagedCluster(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(field(body, 'properties'));
    const access = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(field(props, 'apiServerAccessProfile'));
    const network = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(field(props, 'networkProfile'));
    return {
        id: str(field(body, 'id')) ?? '',
        name: str(field(body, 'name')) ?? '',
        location: str(field(body, 'location')),
        provisioningState: str(field(props, 'provisioningState')),
        agentPools: arr(field(props, 'agentPoolProfiles')).map(toAgentPool),
        enablePrivateCluster: bool(field(access, 'enablePrivateCluster')),
        authorizedIpRanges: strings(field(access, 'authorizedIPRanges')),
        networkPlugin: str(field(network, 'networkPlugin')),
        networkPolicy: str(field(network, 'networkPolicy')),
        nodeResourceGroup: str(field(props, 'nodeResourceGroup')),
        enablePrivateClusterPublicFqdn: bool(field(access, 'enablePrivateClusterPublicFQDN'))
    };
}
function toClusterExtension(raw) {
    const body = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(raw);
    const props = (0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(body['properties']);
    const settings = {};
    for (const [key, value] of Object.entries((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(props['configurationSettings']))) {
        // The service stores settings as strings; keep scalars written otherwise as their text.
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            settings[key] = String(value);
        }
    }
    return {
        id: str(body['id']) ?? '',
        name: str(body['name']) ?? '',
        extensionType: str(props['extensionType']),
        provisioningState: str(props['provisioningState']),
        configurationSettings: settings,
        // Names only: a protected setting's value is a secret and never enters the snapshot.
        ...(props['configurationProtectedSettings'] &&
            typeof props['configurationProtectedSettings'] === 'object' &&
            !Array.isArray(props['configurationProtectedSettings'])
            ? {
                configurationProtectedSettingKeys: Object.keys((0,_json_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(props['configurationProtectedSettings']))
            }
            : {})
    };
}


/***/ })

};
