export const id = 2245;
export const ids = [2245];
export const modules = {

/***/ 2245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_PROPERTIES: () => (/* binding */ CHECK_PROPERTIES),
/* harmony export */   locateAll: () => (/* binding */ locateAll),
/* harmony export */   locateInIac: () => (/* binding */ locateInIac),
/* harmony export */   resultKey: () => (/* binding */ resultKey)
/* harmony export */ });
/**
 * The properties each check is about, in Bicep/ARM (camelCase) and Terraform
 * (snake_case) spelling. Checks about something missing (a private endpoint, a
 * role assignment, a provisioned network) have no line to point at and are absent.
 */
const CHECK_PROPERTIES = {
    'NET-01': [
        'publicNetworkAccess',
        'allowPublicAccessWhenBehindVnet',
        'public_network_access_enabled',
        'public_access_behind_virtual_network_enabled'
    ],
    'MOE-01': ['isolationMode', 'isolation_mode', 'managedNetwork', 'managed_network'],
    'MOE-03': ['publicNetworkAccess', 'public_network_access'],
    'MOE-04': ['egressPublicNetworkAccess', 'egress_public_network_access'],
    'MOE-05': ['outboundRules', 'outbound_rule'],
    'MOE-06': ['isolationMode', 'isolation_mode'],
    'K8S-01': [
        'enablePrivateCluster',
        'private_cluster_enabled',
        'authorizedIPRanges',
        'api_server_authorized_ip_ranges',
        'networkPolicy',
        'network_policy'
    ],
    'K8S-02': ['extensionType', 'extension_type'],
    'K8S-03': ['inferenceRouterServiceType', 'allowInsecureConnections'],
    'K8S-05': ['compute'],
    'OUT-01': ['securityRules', 'security_rule', 'destinationAddressPrefix'],
    'OUT-02': ['destinationAddressPrefix', 'destination_address_prefix'],
    'OUT-03': ['outboundRules', 'outbound_rule'],
    'OUT-04': ['nextHopType', 'next_hop_type']
};
/** Terraform resource types for the Azure types whose properties are matched. */
const TERRAFORM_TYPES = {
    'microsoft.machinelearningservices/workspaces': ['azurerm_machine_learning_workspace'],
    'microsoft.containerservice/managedclusters': ['azurerm_kubernetes_cluster'],
    'microsoft.kubernetesconfiguration/extensions': ['azurerm_kubernetes_cluster_extension'],
    'microsoft.network/networksecuritygroups': [
        'azurerm_network_security_group',
        'azurerm_network_security_rule'
    ],
    'microsoft.network/routetables': ['azurerm_route_table', 'azurerm_route']
};
/** Identifies a result across renderers (and, hashed, across runs): check + resource id. */
function resultKey(result) {
    return `${result.checkId}|${result.resource.id.toLowerCase()}`;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A line that sets `key`: `key: v` (Bicep), `"key": v` (ARM), `key = v` / `key {` (Terraform). */
function keyPattern(key) {
    const k = escapeRegExp(key);
    return new RegExp(`(?:^|[\\s{,])(?:"${k}"|'${k}'|${k})\\s*(?::|=(?!=)|\\{)`);
}
/** The resource name as a string literal (or Terraform label), not as part of a longer name. */
function namePattern(name) {
    const n = escapeRegExp(name);
    return new RegExp(`(["'])${n}\\1|/${n}["']`);
}
/** The resource type as Bicep/ARM/azapi spell it, or its Terraform equivalents. */
function typePatterns(type) {
    const lower = type.toLowerCase();
    const last = lower.split('/').pop() ?? lower;
    const patterns = [
        new RegExp(`["']${escapeRegExp(lower)}(?:@[^"']*)?["']`, 'i'),
        // A Bicep child resource declared inside its parent: `resource ep 'onlineEndpoints@2024-04-01'`.
        new RegExp(`\\bresource\\s+\\w+\\s+'${escapeRegExp(last)}@`, 'i')
    ];
    for (const tf of TERRAFORM_TYPES[lower] ?? []) {
        patterns.push(new RegExp(`\\bresource\\s+"${escapeRegExp(tf)}"`));
    }
    return patterns;
}
function linesMatching(lines, patterns) {
    const found = [];
    lines.forEach((line, i) => {
        if (patterns.some(p => p.test(line)))
            found.push(i);
    });
    return found;
}
/** The first candidate at or after an anchor, closest to it; undefined when none follows. */
function closestAfter(candidates, anchors) {
    let best;
    for (const anchor of anchors) {
        for (const line of candidates) {
            const distance = line - anchor;
            if (distance < 0)
                continue;
            if (!best || distance < best.distance)
                best = { line, distance };
            break;
        }
    }
    return best?.line;
}
/**
 * Where in `files` the property a result is about is set, or undefined.
 *
 * Anchors, strongest first: the resource's name (or a hint name, e.g. an NSG
 * rule) as a string literal, then a declaration of the resource's type. The
 * property line closest after an anchor wins. Without any anchor in a file, the
 * file is about other resources and is not used.
 */
function locateInIac(files, result, hintNames = []) {
    const properties = result.properties ?? CHECK_PROPERTIES[result.checkId] ?? [];
    if (properties.length === 0)
        return undefined;
    const names = [...hintNames, result.resource.name].filter(n => n.trim() !== '');
    const tiers = [names.map(namePattern), typePatterns(result.resource.type)];
    for (const tier of tiers) {
        if (tier.length === 0)
            continue;
        for (const file of files) {
            const lines = file.content.split(/\r?\n/);
            const anchors = linesMatching(lines, tier);
            if (anchors.length === 0)
                continue;
            // Properties in the hint's order: the first listed is the most specific.
            for (const property of properties) {
                const candidates = linesMatching(lines, [keyPattern(property)]);
                const line = closestAfter(candidates, anchors);
                if (line !== undefined)
                    return { path: file.path, line: line + 1, property };
            }
        }
    }
    return undefined;
}
/** Locations for every failed or unknown result of a report, keyed by resultKey. */
function locateAll(results, files) {
    const located = new Map();
    if (files.length === 0)
        return located;
    for (const result of results) {
        if (result.outcome !== 'fail' && result.outcome !== 'unknown')
            continue;
        const key = resultKey(result);
        if (located.has(key))
            continue;
        const location = locateInIac(files, result);
        if (location)
            located.set(key, location);
    }
    return located;
}


/***/ })

};
