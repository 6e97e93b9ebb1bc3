export const id = 8029;
export const ids = [8029];
export const modules = {

/***/ 62812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ insideCheckout),
/* harmony export */   Re: () => (/* binding */ checkoutRoot),
/* harmony export */   ni: () => (/* binding */ checkoutFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87206);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33477);
/**
 * Files a workflow names for the run to read (planned inputs): the path comes from the workflow
 * and the file from the pull request, so only a file inside the workspace checkout is read. A
 * path that resolves outside it (`..`, an absolute path elsewhere, a symbolic link leading out)
 * is refused with a ConfigurationError naming the input.
 */




/** The checkout's real path: the root every planned input is relative to. */
async function checkoutRoot(workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace));
}
/** `file` relative to the checkout with `/` separators, or undefined when it is outside. */
function insideCheckout(root, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    return relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)
        ? undefined
        : relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/** A named file of the checkout: how it is shown (relative) and its real path, or a refusal. */
async function checkoutFile(root, given, words) {
    const refuse = (shown, sentence) => new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`${words.input}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(shown)} ${sentence}`);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, given);
    const shown = insideCheckout(root, resolved);
    if (!shown)
        throw refuse(given, `points outside the workspace checkout. ${words.outside}`);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(resolved);
    }
    catch {
        throw refuse(shown, `does not exist. ${words.missing}`);
    }
    // A symbolic link inside the checkout may lead out of it.
    if (!insideCheckout(root, real)) {
        throw refuse(shown, `resolves outside the workspace checkout (a symbolic link?); it was not read. ${words.symlink}`);
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
    if (!info.isFile())
        throw refuse(shown, `is not a file. ${words.notFile}`);
    if (info.size > words.maxBytes)
        throw refuse(shown, words.tooLarge(info.size));
    return { shown, real };
}


/***/ }),

/***/ 28029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_PLAN_BYTES: () => (/* binding */ MAX_PLAN_BYTES),
  readTerraformPlans: () => (/* binding */ readTerraformPlans)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/settings/checkout-file.ts
var checkout_file = __webpack_require__(62812);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(33477);
// EXTERNAL MODULE: ./src/model/snapshot.ts
var snapshot = __webpack_require__(20709);
// EXTERNAL MODULE: ./src/planned/arm.ts
var arm = __webpack_require__(88240);
// EXTERNAL MODULE: ./src/model/json-shape.ts
var json_shape = __webpack_require__(50663);
;// CONCATENATED MODULE: ./src/planned/terraform.ts
/**
 * The JSON of `terraform show -json <planfile>` → planned ARM resources (docs/planned.md,
 * "Terraform plans"). Table-driven: TERRAFORM_TYPES says, per Terraform type, the ARM type it
 * becomes and, attribute by attribute, the ARM property the checks read (the shapes of
 * src/model/normalize*.ts). The docs' mapping table is generated from it
 * (scripts/gen-terraform-docs.ts). Pure.
 *
 * What the plan cannot tell is never guessed: a judged attribute that is `(known after apply)` is
 * resolved through the plan's `configuration` when it is a plain reference to another planned
 * resource's `id` (an association with a NSG created in the same plan), and otherwise left in
 * `unknownAfterApply`, which makes the resource's planned state unknown (src/planned/arm.ts).
 * An attribute the configuration does not set is left out, as on a resource created without it:
 * the service default applies. Sensitive values (`after_sensitive`) are never copied.
 */





const ON_OFF = { true: 'Enabled', false: 'Disabled' };
function s(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function inGroup(provider, ...parts) {
    return (after, subscription) => {
        const group = s(after['resource_group_name']);
        const names = parts.map(([, name]) => s(name));
        if (!group || names.some(n => !n))
            return undefined;
        const path = parts.map(([segment], i) => `${segment}/${names[i]}`).join('/');
        return `/subscriptions/${subscription}/resourceGroups/${group}/providers/${provider}/${path}`;
    };
}
function named(provider, segment) {
    return (after, subscription) => inGroup(provider, [segment, after['name']])(after, subscription);
}
const SECURITY_RULE = [
    { attribute: 'name', arm: 'name' },
    { attribute: 'priority', arm: 'properties.priority' },
    { attribute: 'direction', arm: 'properties.direction' },
    { attribute: 'access', arm: 'properties.access' },
    { attribute: 'protocol', arm: 'properties.protocol' },
    { attribute: 'source_port_range', arm: 'properties.sourcePortRange' },
    { attribute: 'source_port_ranges', arm: 'properties.sourcePortRanges' },
    { attribute: 'destination_port_range', arm: 'properties.destinationPortRange' },
    { attribute: 'destination_port_ranges', arm: 'properties.destinationPortRanges' },
    { attribute: 'source_address_prefix', arm: 'properties.sourceAddressPrefix' },
    { attribute: 'source_address_prefixes', arm: 'properties.sourceAddressPrefixes' },
    { attribute: 'destination_address_prefix', arm: 'properties.destinationAddressPrefix' },
    { attribute: 'destination_address_prefixes', arm: 'properties.destinationAddressPrefixes' },
    {
        attribute: 'source_application_security_group_ids',
        arm: 'properties.sourceApplicationSecurityGroups',
        subResources: true
    },
    {
        attribute: 'destination_application_security_group_ids',
        arm: 'properties.destinationApplicationSecurityGroups',
        subResources: true
    }
];
const ROUTE = [
    { attribute: 'name', arm: 'name' },
    { attribute: 'address_prefix', arm: 'properties.addressPrefix' },
    { attribute: 'next_hop_type', arm: 'properties.nextHopType' },
    { attribute: 'next_hop_in_ip_address', arm: 'properties.nextHopIpAddress' }
];
const PRIVATE_LINK_CONNECTION = [
    { attribute: 'name', arm: 'name' },
    { attribute: 'private_connection_resource_id', arm: 'properties.privateLinkServiceId' },
    { attribute: 'subresource_names', arm: 'properties.groupIds' }
];
const NETWORK = 'Microsoft.Network';
/**
 * The Terraform types the checks read, by type. Attribute names are those of the azurerm
 * provider (3.x and 4.x names both where they differ) and of azapi.
 */
const TERRAFORM_TYPES = {
    azurerm_machine_learning_workspace: {
        armType: 'Microsoft.MachineLearningServices/workspaces',
        id: named('Microsoft.MachineLearningServices', 'workspaces'),
        attributes: [
            { attribute: 'location', arm: 'location' },
            {
                attribute: 'public_network_access_enabled',
                arm: 'properties.publicNetworkAccess',
                values: ON_OFF
            },
            {
                attribute: 'public_access_behind_virtual_network_enabled',
                arm: 'properties.allowPublicAccessWhenBehindVnet',
                note: 'azurerm 3.x'
            },
            {
                attribute: 'managed_network.isolation_mode',
                arm: 'properties.managedNetwork.isolationMode'
            },
            { attribute: 'image_build_compute_name', arm: 'properties.imageBuildCompute' },
            { attribute: 'storage_account_id', arm: 'properties.storageAccount' },
            { attribute: 'key_vault_id', arm: 'properties.keyVault' },
            { attribute: 'container_registry_id', arm: 'properties.containerRegistry' },
            { attribute: 'application_insights_id', arm: 'properties.applicationInsights' },
            { attribute: 'v1_legacy_mode_enabled', arm: 'properties.v1LegacyMode' }
        ]
    },
    azurerm_network_security_group: {
        armType: `${NETWORK}/networkSecurityGroups`,
        id: named(NETWORK, 'networkSecurityGroups'),
        attributes: [{ attribute: 'location', arm: 'location' }],
        blocks: [{ block: 'security_rule', arm: 'properties.securityRules', each: SECURITY_RULE }]
    },
    azurerm_network_security_rule: {
        armType: `${NETWORK}/networkSecurityGroups/securityRules`,
        id: (after, sub) => inGroup(NETWORK, ['networkSecurityGroups', after['network_security_group_name']], ['securityRules', after['name']])(after, sub),
        attributes: SECURITY_RULE,
        mergeInto: { into: 'azurerm_network_security_group', list: 'properties.securityRules' }
    },
    azurerm_route_table: {
        armType: `${NETWORK}/routeTables`,
        id: named(NETWORK, 'routeTables'),
        attributes: [
            { attribute: 'location', arm: 'location' },
            {
                attribute: 'bgp_route_propagation_enabled',
                arm: 'properties.disableBgpRoutePropagation',
                values: { true: false, false: true },
                note: 'azurerm 4.x, inverted'
            },
            {
                attribute: 'disable_bgp_route_propagation',
                arm: 'properties.disableBgpRoutePropagation',
                note: 'azurerm 3.x'
            }
        ],
        blocks: [{ block: 'route', arm: 'properties.routes', each: ROUTE }]
    },
    azurerm_route: {
        armType: `${NETWORK}/routeTables/routes`,
        id: (after, sub) => inGroup(NETWORK, ['routeTables', after['route_table_name']], ['routes', after['name']])(after, sub),
        attributes: ROUTE,
        mergeInto: { into: 'azurerm_route_table', list: 'properties.routes' }
    },
    azurerm_virtual_network: {
        armType: `${NETWORK}/virtualNetworks`,
        id: named(NETWORK, 'virtualNetworks'),
        attributes: [
            { attribute: 'location', arm: 'location' },
            { attribute: 'address_space', arm: 'properties.addressSpace.addressPrefixes' }
        ],
        blocks: [
            {
                block: 'subnet',
                arm: 'properties.subnets',
                childSegment: 'subnets',
                note: 'inline subnets; `id` when known, else the VNet id + `/subnets/{name}`',
                each: [
                    { attribute: 'name', arm: 'name' },
                    { attribute: 'id', arm: 'id' },
                    { attribute: 'address_prefixes', arm: 'properties.addressPrefixes' },
                    { attribute: 'address_prefix', arm: 'properties.addressPrefix', note: 'azurerm 3.x' },
                    {
                        attribute: 'security_group',
                        arm: 'properties.networkSecurityGroup',
                        subResource: true
                    },
                    { attribute: 'route_table_id', arm: 'properties.routeTable', subResource: true }
                ]
            }
        ]
    },
    azurerm_subnet: {
        armType: `${NETWORK}/virtualNetworks/subnets`,
        id: (after, sub) => inGroup(NETWORK, ['virtualNetworks', after['virtual_network_name']], ['subnets', after['name']])(after, sub),
        attributes: [
            { attribute: 'address_prefixes', arm: 'properties.addressPrefixes' },
            { attribute: 'address_prefix', arm: 'properties.addressPrefix', note: 'azurerm 2.x' }
        ]
    },
    azurerm_subnet_network_security_group_association: {
        armType: `${NETWORK}/virtualNetworks/subnets`,
        id: after => s(after['subnet_id']),
        attributes: [
            {
                attribute: 'network_security_group_id',
                arm: 'properties.networkSecurityGroup',
                subResource: true,
                note: 'of the subnet `subnet_id`'
            }
        ],
        mergeInto: { into: 'azurerm_subnet', ownerAttribute: 'subnet_id' }
    },
    azurerm_subnet_route_table_association: {
        armType: `${NETWORK}/virtualNetworks/subnets`,
        id: after => s(after['subnet_id']),
        attributes: [
            {
                attribute: 'route_table_id',
                arm: 'properties.routeTable',
                subResource: true,
                note: 'of the subnet `subnet_id`'
            }
        ],
        mergeInto: { into: 'azurerm_subnet', ownerAttribute: 'subnet_id' }
    },
    azurerm_private_endpoint: {
        armType: `${NETWORK}/privateEndpoints`,
        id: named(NETWORK, 'privateEndpoints'),
        attributes: [
            { attribute: 'location', arm: 'location' },
            { attribute: 'subnet_id', arm: 'properties.subnet', subResource: true }
        ],
        blocks: [
            {
                block: 'private_service_connection',
                arm: 'properties.privateLinkServiceConnections',
                armWhen: {
                    attribute: 'is_manual_connection',
                    arm: 'properties.manualPrivateLinkServiceConnections'
                },
                note: '`manualPrivateLinkServiceConnections` when `is_manual_connection` is true',
                each: PRIVATE_LINK_CONNECTION
            }
        ]
    },
    azurerm_kubernetes_cluster: {
        armType: 'Microsoft.ContainerService/managedClusters',
        id: named('Microsoft.ContainerService', 'managedClusters'),
        attributes: [
            { attribute: 'location', arm: 'location' },
            {
                attribute: 'private_cluster_enabled',
                arm: 'properties.apiServerAccessProfile.enablePrivateCluster'
            },
            {
                attribute: 'private_cluster_public_fqdn_enabled',
                arm: 'properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN'
            },
            {
                attribute: 'api_server_access_profile.authorized_ip_ranges',
                arm: 'properties.apiServerAccessProfile.authorizedIPRanges'
            },
            {
                attribute: 'api_server_authorized_ip_ranges',
                arm: 'properties.apiServerAccessProfile.authorizedIPRanges',
                note: 'azurerm 3.x'
            },
            {
                attribute: 'network_profile.network_plugin',
                arm: 'properties.networkProfile.networkPlugin'
            },
            {
                attribute: 'network_profile.network_policy',
                arm: 'properties.networkProfile.networkPolicy'
            },
            {
                attribute: 'node_resource_group',
                arm: 'properties.nodeResourceGroup',
                defaultOf: {
                    doc: 'AKS default `MC_{resource group}_{name}_{location}` when not set',
                    value: after => {
                        const [group, name, location] = [
                            s(after['resource_group_name']),
                            s(after['name']),
                            s(after['location'])
                        ];
                        return group && name && location ? `MC_${group}_${name}_${location}` : undefined;
                    }
                }
            }
        ],
        blocks: [
            {
                block: 'default_node_pool',
                arm: 'properties.agentPoolProfiles',
                constants: { mode: 'System' },
                note: 'one system pool',
                each: [
                    { attribute: 'name', arm: 'name' },
                    { attribute: 'vnet_subnet_id', arm: 'vnetSubnetID' },
                    { attribute: 'node_public_ip_enabled', arm: 'enableNodePublicIP' },
                    { attribute: 'enable_node_public_ip', arm: 'enableNodePublicIP', note: 'azurerm 3.x' }
                ]
            }
        ]
    },
    azurerm_kubernetes_cluster_node_pool: {
        armType: 'Microsoft.ContainerService/managedClusters/agentPools',
        id: after => {
            const cluster = s(after['kubernetes_cluster_id']);
            const name = s(after['name']);
            return cluster && name ? `${cluster}/agentPools/${name}` : undefined;
        },
        attributes: [
            { attribute: 'name', arm: 'name' },
            { attribute: 'mode', arm: 'mode' },
            { attribute: 'vnet_subnet_id', arm: 'vnetSubnetID' },
            { attribute: 'node_public_ip_enabled', arm: 'enableNodePublicIP' },
            { attribute: 'enable_node_public_ip', arm: 'enableNodePublicIP', note: 'azurerm 3.x' }
        ],
        mergeInto: {
            into: 'azurerm_kubernetes_cluster',
            ownerAttribute: 'kubernetes_cluster_id',
            list: 'properties.agentPoolProfiles'
        }
    }
};
/** Dependencies the judged attributes refer to by id: their planned id resolves a reference. */
const REFERENCED_IDS = {
    azurerm_storage_account: named('Microsoft.Storage', 'storageAccounts'),
    azurerm_key_vault: named('Microsoft.KeyVault', 'vaults'),
    azurerm_container_registry: named('Microsoft.ContainerRegistry', 'registries'),
    azurerm_application_insights: named('Microsoft.Insights', 'components'),
    azurerm_application_security_group: named(NETWORK, 'applicationSecurityGroups'),
    azurerm_resource_group: (after, sub) => {
        const name = s(after['name']);
        return name ? `/subscriptions/${sub}/resourceGroups/${name}` : undefined;
    }
};
const AZAPI_TYPES = new Set(['azapi_resource', 'azapi_update_resource']);
/** Actions of a resource change → what-if's change words. */
function changeOf(actions) {
    const list = Array.isArray(actions) ? actions.join(',') : '';
    switch (list) {
        case 'create':
        case 'delete,create':
        case 'create,delete':
            return 'Create';
        case 'update':
            return 'Modify';
        case 'delete':
            return 'Delete';
        // `forget` (Terraform 1.7+ `removed` blocks): out of the state, left in Azure as it is.
        case 'no-op':
        case 'read':
        case 'forget':
            return 'NoChange';
        default:
            return undefined;
    }
}
/** Validates the plan JSON: a ConfigurationError naming the input, the file, the problem and the fix. */
function validatePlan(file) {
    const where = `\`terraform-plan\`: ${(0,quote/* quote */.h)(file.path)}`;
    const produce = 'Produce it with `terraform plan -out tfplan && terraform show -json tfplan > tfplan.json`.';
    if (file.content.startsWith('PK')) {
        throw new errors/* ConfigurationError */.j(`${where} is a binary plan file, not JSON. ${produce} and name tfplan.json.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(file.content);
    }
    catch (error) {
        const reason = error instanceof SyntaxError ? error.message : 'not JSON';
        throw new errors/* ConfigurationError */.j(`${where} is not JSON (${(0,quote/* quote */.h)(reason)}). ${produce}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* ConfigurationError */.j(`${where} does not hold a JSON object. ${produce}`);
    }
    const plan = parsed;
    const version = plan['format_version'];
    if (typeof version !== 'string') {
        throw new errors/* ConfigurationError */.j(`${where} has no \`format_version\`: it is not the output of \`terraform show -json\`. ${produce}`);
    }
    if (version.split('.')[0] !== '1') {
        throw new errors/* ConfigurationError */.j(`${where} has \`format_version\` ${(0,quote/* quote */.h)(version)}; only the 1.x JSON format of Terraform 0.12 and later is read. Produce it with a Terraform release that writes format 1.x, or report the new format.`);
    }
    if (plan['errored'] === true) {
        throw new errors/* ConfigurationError */.j(`${where} is the plan of a \`terraform plan\` that failed (\`errored\`: true), so it does not hold every change. Fix the errors terraform plan reports, then write the JSON again.`);
    }
    if (!Array.isArray(plan['resource_changes'])) {
        const state = 'values' in plan && !('planned_values' in plan);
        throw new errors/* ConfigurationError */.j(state
            ? `${where} holds a Terraform state, not a plan (it has no \`resource_changes\`): run terraform show -json on the plan file (\`terraform plan -out tfplan && terraform show -json tfplan > tfplan.json\`), not on the state.`
            : `${where} has no \`resource_changes\` array: run terraform show -json on the plan file (\`terraform plan -out tfplan && terraform show -json tfplan > tfplan.json\`).`);
    }
    return plan;
}
function parseTerraformPlan(file, subscription) {
    const plan = validatePlan(file);
    const changes = [];
    const skipped = new Map();
    for (const raw of plan['resource_changes']) {
        const rc = (0,json_shape/* asObject */.eB)(raw);
        if (rc['mode'] !== 'managed')
            continue;
        const detail = (0,json_shape/* asObject */.eB)(rc['change']);
        const type = typeof rc['type'] === 'string' ? rc['type'] : '';
        // Actions this action does not know leave the resource unknown, never unchanged.
        const change = changeOf(detail['actions']) ?? 'Unsupported';
        changes.push({
            address: String(rc['address'] ?? ''),
            moduleAddress: typeof rc['module_address'] === 'string' ? rc['module_address'] : '',
            type,
            name: String(rc['name'] ?? ''),
            index: rc['index'],
            change,
            before: (0,json_shape/* asObject */.eB)(detail['before']),
            after: (0,json_shape/* asObject */.eB)(detail['after']),
            unknown: (0,json_shape/* asObject */.eB)(detail['after_unknown']),
            sensitive: (0,json_shape/* asObject */.eB)(detail['after_sensitive'])
        });
    }
    const reader = new PlanReader(plan, changes, subscription, file.path);
    const result = { armResources: [], unreadable: [], notes: [] };
    const merged = new Map();
    const count = (kind) => {
        skipped.set(kind, 1 + (skipped.get(kind) ?? 0));
    };
    for (const c of changes) {
        const mapping = TERRAFORM_TYPES[c.type];
        if (AZAPI_TYPES.has(c.type)) {
            const mapped = reader.azapi(c);
            if (mapped === 'other')
                count(`${c.type} of other ARM types`);
            else
                reader.add(merged, mapped, result);
            continue;
        }
        if (!mapping) {
            // A type name is the plan's text: only a provider's spelling of one is repeated in the log.
            count(/^[a-z][a-z0-9_]{0,63}$/.test(c.type) ? c.type : 'other');
            continue;
        }
        if (isMergedType(c.type))
            continue;
        reader.add(merged, reader.resource(c, mapping), result);
    }
    // Rules, routes and subnet associations after their owners.
    for (const c of changes)
        if (isMergedType(c.type))
            reader.mergeChild(merged, c, result);
    reader.linkSubnets(merged);
    for (const m of merged.values()) {
        if (m.partial && m.change !== 'NoChange') {
            m.unsupported ??= `the plan changes part of ${m.address} (azapi_update_resource); the rest of the resource is not in the plan, so its planned state is not judged`;
        }
        result.armResources.push(toPlanned(m, file.path));
    }
    const total = [...skipped.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
        const kinds = [...skipped.entries()]
            .sort()
            .slice(0, 12)
            .map(([type, n]) => `${type} ×${n}`)
            .join(', ');
        result.notes.push(`\`terraform-plan\`: ${(0,quote/* quote */.h)(file.path)}: ${total} resource change(s) of types no check reads were not judged (${kinds}${skipped.size > 12 ? ', …' : ''}).`);
    }
    return result;
}
function unsupportedChange(c) {
    return c.change === 'Unsupported'
        ? { unsupported: `the plan's actions for ${c.address} are not ones this action knows` }
        : {};
}
function isMergedType(type) {
    return TERRAFORM_TYPES[type]?.mergeInto !== undefined;
}
function toPlanned(m, file) {
    return {
        route: 'terraform',
        file,
        address: m.address,
        id: m.id,
        type: m.armType,
        change: m.change,
        ...(m.change !== 'Delete' && m.body
            ? { after: (0,arm/* plannedBody */.p4)(m.armType, { ...m.body, id: m.id }) }
            : {}),
        ...(m.unknown.length > 0 ? { unknownAfterApply: [...new Set(m.unknown)] } : {}),
        ...(m.unsupported ? { unsupportedReason: m.unsupported } : {})
    };
}
/** Sets `value` at a dotted path, creating objects on the way. */
function setPath(target, path, value) {
    const parts = path.split('.');
    let node = target;
    for (const part of parts.slice(0, -1)) {
        if (!node[part] || typeof node[part] !== 'object')
            node[part] = {};
        node = node[part];
    }
    node[parts[parts.length - 1]] = value;
}
/** A block's first element, when the value is a one-element block list. */
function first(value) {
    return Array.isArray(value) ? value[0] : value;
}
const isEmpty = (value) => value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0);
/** `module.a[0].module.b` → the configuration module of `a`, then `b`. */
function configModule(plan, moduleAddress) {
    let module = (0,json_shape/* asObject */.eB)((0,json_shape/* asObject */.eB)(plan['configuration'])['root_module']);
    if (!moduleAddress)
        return module;
    for (const match of moduleAddress.matchAll(/module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?/g)) {
        module = (0,json_shape/* asObject */.eB)((0,json_shape/* asObject */.eB)((0,json_shape/* asObject */.eB)(module['module_calls'])[match[1]])['module']);
    }
    return module;
}
/** A reference `type.name[index].attr` → its parts; anything else (vars, locals, modules) → undefined. */
const REFERENCE = /^([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)((?:\[[^\]]+\])?)\.(id|name)$/;
class PlanReader {
    plan;
    changes;
    subscription;
    file;
    ids = new Map();
    resolving = new Set();
    constructor(plan, changes, subscription, file) {
        this.plan = plan;
        this.changes = changes;
        this.subscription = subscription;
        this.file = file;
    }
    config(c) {
        const resources = configModule(this.plan, c.moduleAddress)['resources'];
        return (Array.isArray(resources) ? resources : [])
            .map(json_shape/* asObject */.eB)
            .find(r => r['type'] === c.type && r['name'] === c.name && r['mode'] !== 'data');
    }
    /** The configuration expression of an attribute path (`a.b`: of the first `a` block). */
    expression(c, path, element) {
        const config = this.config(c);
        if (!config)
            return undefined;
        let node = element ?? config['expressions'];
        for (const part of path) {
            node = first((0,json_shape/* asObject */.eB)(node)[part]);
            if (node === undefined)
                return undefined;
        }
        return (0,json_shape/* asObject */.eB)(node);
    }
    /** The planned id (or name) a plain reference to another resource of the plan resolves to. */
    resolve(c, expression) {
        const references = expression?.['references'];
        if (!Array.isArray(references))
            return undefined;
        const full = references.filter((r) => typeof r === 'string' && REFERENCE.test(r));
        const others = references.filter(r => typeof r === 'string' &&
            !full.some(f => f.startsWith(`${r}.`) || f.startsWith(`${r}[`) || f === r));
        // One plain reference only: an expression built of several values is not guessed.
        if (full.length !== 1 || others.length > 0)
            return undefined;
        const [, type, name, index, attr] = REFERENCE.exec(full[0]);
        const candidates = this.changes.filter(o => o.moduleAddress === c.moduleAddress && o.type === type && o.name === name);
        const target = (index ? candidates.find(o => `[${JSON.stringify(o.index)}]` === index) : undefined) ??
            (candidates.length === 1
                ? candidates[0]
                : candidates.find(o => o.index !== undefined && o.index === c.index));
        if (!target || target.change === 'Delete')
            return undefined;
        return attr === 'id' ? this.idOf(target) : this.scalar(target, ['name']);
    }
    /** A top-level string argument, resolved through the configuration when unknown. */
    scalar(c, path) {
        const found = this.lookup(c, c.after, c.unknown, c.sensitive, path);
        return found.kind === 'value' ? s(found.value) : undefined;
    }
    /** The ARM id a planned resource has or will have. */
    idOf(c) {
        if (this.ids.has(c))
            return this.ids.get(c);
        if (this.resolving.has(c))
            return undefined;
        this.resolving.add(c);
        const source = c.change === 'Delete' ? c.before : c.after;
        let id = s(source['id']);
        if (!id || !id.startsWith('/')) {
            const builder = TERRAFORM_TYPES[c.type]?.id ?? REFERENCED_IDS[c.type];
            if (builder) {
                const args = {};
                for (const key of [
                    'name',
                    'resource_group_name',
                    'virtual_network_name',
                    'network_security_group_name',
                    'route_table_name',
                    'subnet_id',
                    'kubernetes_cluster_id'
                ]) {
                    const value = c.change === 'Delete' ? s(c.before[key]) : this.scalar(c, [key]);
                    if (value)
                        args[key] = value;
                }
                id = builder(args, this.subscription);
            }
            else if (AZAPI_TYPES.has(c.type)) {
                id = this.azapiId(c);
            }
        }
        this.resolving.delete(c);
        this.ids.set(c, id);
        return id;
    }
    /**
     * A value of the plan at `path` (within `after`/`unknown`/`sensitive`, or a block element of
     * them): known, left out, known after apply (resolved through the configuration when it can
     * be), or sensitive.
     */
    lookup(c, after, unknown, sensitive, path, 
    /** A block element's configuration; null when it cannot be told which one it is. */
    element) {
        let value = after;
        let u = unknown;
        let z = sensitive;
        for (const [i, part] of path.entries()) {
            if (z === true)
                return { kind: 'sensitive' };
            if (u === true)
                break;
            // A block (`managed_network`) is a one-element list; the attribute itself keeps its list.
            const leaf = i === path.length - 1;
            value = leaf ? (0,json_shape/* asObject */.eB)(value)[part] : first((0,json_shape/* asObject */.eB)(value)[part]);
            u = leaf ? (0,json_shape/* asObject */.eB)(u)[part] : first((0,json_shape/* asObject */.eB)(u)[part]);
            z = leaf ? (0,json_shape/* asObject */.eB)(z)[part] : first((0,json_shape/* asObject */.eB)(z)[part]);
        }
        // A list with one element unknown (or sensitive) is unknown (or sensitive) as a whole.
        if (z === true || (Array.isArray(z) && z.includes(true)))
            return { kind: 'sensitive' };
        if (u === true || (Array.isArray(u) && u.includes(true))) {
            if (element === null)
                return { kind: 'unknown' };
            const expression = this.expression(c, path, element);
            if (!expression) {
                // Not in the configuration: ARM's default. Without the configuration: unknown.
                return this.config(c) ? { kind: 'absent' } : { kind: 'unknown' };
            }
            // A constant the configuration writes is the value (its block is unknown for another reason).
            if ('constant_value' in expression && !isEmpty(expression['constant_value'])) {
                return { kind: 'value', value: expression['constant_value'] };
            }
            const resolved = this.resolve(c, expression);
            return resolved === undefined ? { kind: 'unknown' } : { kind: 'value', value: resolved };
        }
        return isEmpty(value) ? { kind: 'absent' } : { kind: 'value', value };
    }
    /** The ARM body of one object (a resource or a block element) by a list of mappings. */
    mapAttributes(c, mappings, after, unknown, sensitive, out, body, prefix = '', element) {
        for (const m of mappings) {
            const path = m.attribute.split('.');
            const found = this.lookup(c, after, unknown, sensitive, path, element);
            const label = `${prefix}${m.attribute}`;
            if (found.kind === 'unknown') {
                out.unknown.push(label);
                continue;
            }
            if (found.kind === 'sensitive') {
                out.unsupported ??= `the plan marks ${label} of ${c.address} sensitive; its value is not read`;
                continue;
            }
            let value = found.kind === 'value'
                ? found.value
                : m.defaultOf && element === undefined && !this.expression(c, path)
                    ? m.defaultOf.value(after)
                    : undefined;
            if (value === undefined)
                continue;
            if (m.values) {
                value = m.values[JSON.stringify(value)];
                if (value === undefined)
                    continue;
            }
            if (m.subResources && Array.isArray(value))
                value = value.map(id => ({ id }));
            setPath(body, m.arm, m.subResource ? { id: value } : value);
        }
    }
    /** An azurerm resource by its table entry. */
    resource(c, mapping) {
        const id = this.idOf(c);
        if (!id)
            return this.unkeyed(c, mapping.armType);
        const out = {
            address: c.address,
            id,
            armType: mapping.armType,
            change: c.change,
            unknown: [],
            ...unsupportedChange(c)
        };
        if (c.change === 'Delete')
            return out;
        const name = this.scalar(c, ['name']);
        const body = { name: name ?? id.split('/').pop(), type: mapping.armType };
        this.mapAttributes(c, mapping.attributes, c.after, c.unknown, c.sensitive, out, body);
        for (const block of mapping.blocks ?? [])
            this.mapBlock(c, block, out, body, id);
        out.body = body;
        return out;
    }
    mapBlock(c, block, out, body, parentId) {
        const u = c.unknown[block.block];
        const z = c.sensitive[block.block];
        if (z === true) {
            out.unsupported ??= `the plan marks ${block.block} of ${c.address} sensitive; it is not read`;
            return;
        }
        if (u === true) {
            const configured = (0,json_shape/* asObject */.eB)(this.config(c)?.['expressions'])[block.block];
            if (configured !== undefined || !this.config(c))
                out.unknown.push(block.block);
            return;
        }
        const elements = Array.isArray(c.after[block.block]) ? c.after[block.block] : [];
        const configured = (0,json_shape/* asObject */.eB)(this.config(c)?.['expressions'])[block.block];
        const configElements = Array.isArray(configured) ? configured.map(json_shape/* asObject */.eB) : [];
        for (const [i, raw] of elements.entries()) {
            const element = (0,json_shape/* asObject */.eB)(raw);
            const eu = Array.isArray(u) ? u[i] : undefined;
            const ez = Array.isArray(z) ? z[i] : undefined;
            const name = s(element['name']);
            // The element's configuration: by its name, else by position when the counts agree.
            const config = configElements.find(e => (0,json_shape/* asObject */.eB)(e['name'])['constant_value'] === name) ??
                (configElements.length === elements.length ? configElements[i] : undefined) ??
                // No element to resolve against: an unknown value stays unknown.
                null;
            const item = { ...block.constants };
            this.mapAttributes(c, block.each, element, eu, ez, out, item, `${block.block}[${name ?? i}].`, config);
            if (block.childSegment && !s(item['id']) && name) {
                item['id'] = `${parentId}/${block.childSegment}/${name}`;
            }
            const arm = block.armWhen && element[block.armWhen.attribute] === true ? block.armWhen.arm : block.arm;
            const current = getPath(body, arm);
            setPath(body, arm, [...(Array.isArray(current) ? current : []), item]);
        }
    }
    /** A resource of a judged type whose id the plan does not give: nothing can be judged of it. */
    unkeyed(c, armType) {
        if (c.change !== 'NoChange')
            this.unkeyedChanges.push({ address: c.address, armType });
        return undefined;
    }
    unkeyedChanges = [];
    add(merged, mapped, result) {
        this.flushUnkeyed(result);
        if (!mapped)
            return;
        const key = (0,snapshot/* resourceKey */.ik)(mapped.id);
        const existing = merged.get(key);
        if (!existing) {
            merged.set(key, mapped);
            return;
        }
        // An azapi_update_resource on a resource the plan also creates or holds: its body over that one.
        const [base, update] = existing.partial ? [mapped, existing] : [existing, mapped];
        merged.set(key, {
            ...base,
            change: base.change === 'NoChange' ? update.change : base.change,
            body: deepMerge(base.body ?? {}, update.body ?? {}),
            unknown: [...base.unknown, ...update.unknown],
            partial: false,
            ...((base.unsupported ?? update.unsupported)
                ? { unsupported: base.unsupported ?? update.unsupported }
                : {})
        });
    }
    flushUnkeyed(result) {
        for (const u of this.unkeyedChanges.splice(0)) {
            result.unreadable.push({
                route: 'terraform',
                file: this.file,
                error: {
                    status: null,
                    code: snapshot/* KNOWN_AFTER_APPLY_CODE */.a1,
                    message: `The plan changes ${u.address} (${u.armType}), whose id is known only after apply; what it changes cannot be judged.`
                }
            });
        }
    }
    /** A rule, route, node pool or subnet association merged into the resource it is part of. */
    mergeChild(merged, c, result) {
        const mapping = TERRAFORM_TYPES[c.type];
        const into = mapping.mergeInto;
        const source = c.change === 'Delete' ? c.before : c.after;
        const ownerId = into.ownerAttribute
            ? c.change === 'Delete'
                ? s(c.before[into.ownerAttribute])
                : this.scalar(c, [into.ownerAttribute])
            : this.idOf(c)?.split('/').slice(0, -2).join('/');
        if (!ownerId) {
            if (c.change !== 'NoChange') {
                this.unkeyedChanges.push({ address: c.address, armType: mapping.armType });
                this.flushUnkeyed(result);
            }
            return;
        }
        const key = (0,snapshot/* resourceKey */.ik)(ownerId);
        const owner = merged.get(key);
        if (!owner) {
            if (c.change === 'NoChange')
                return;
            // The owner is not in this plan: the rest of it (its other rules, its address space) is not known here.
            merged.set(key, {
                address: c.address,
                id: ownerId,
                armType: TERRAFORM_TYPES[into.into].armType,
                change: 'Modify',
                unknown: [],
                unsupported: `the plan changes ${c.address}, part of ${ownerId.split('/').pop() ?? ownerId}, which the plan does not hold; the rest of it is not in the plan, so its planned state is not judged`
            });
            return;
        }
        if (owner.change === 'Delete')
            return;
        if (c.change === 'Unsupported')
            owner.unsupported ??= unsupportedChange(c).unsupported;
        if (c.change !== 'NoChange' && owner.change === 'NoChange') {
            owner.change = 'Modify';
            owner.address = `${owner.address} (${c.address})`;
        }
        const body = (owner.body ??= {});
        const prefix = `${c.address}.`;
        if (!into.list) {
            // An association: its attributes are the owner's.
            if (c.change === 'Delete') {
                for (const m of mapping.attributes)
                    setPath(body, m.arm, undefined);
                return;
            }
            this.mapAttributes(c, mapping.attributes, c.after, c.unknown, c.sensitive, owner, body, prefix);
            return;
        }
        // An element of the owner's list: replaces the element of the same name.
        const name = s(source['name']);
        const current = getPath(body, into.list);
        const others = (Array.isArray(current) ? current : []).filter(e => (0,json_shape/* asObject */.eB)(e)['name'] !== name);
        if (c.change === 'Delete') {
            setPath(body, into.list, others);
            return;
        }
        const item = {};
        this.mapAttributes(c, mapping.attributes, c.after, c.unknown, c.sensitive, owner, item, prefix);
        setPath(body, into.list, [...others, item]);
    }
    /** Subnets planned on their own belong to their VNet's subnet list. */
    linkSubnets(merged) {
        for (const m of merged.values()) {
            if (m.armType !== `${NETWORK}/virtualNetworks/subnets` || m.change === 'Delete')
                continue;
            const vnet = merged.get((0,snapshot/* resourceKey */.ik)(m.id.replace(/\/subnets\/[^/]+$/i, '')));
            if (!vnet?.body)
                continue;
            const props = (0,json_shape/* asObject */.eB)((vnet.body['properties'] ??= {}));
            const list = Array.isArray(props['subnets']) ? props['subnets'] : [];
            if (list.some(e => (0,snapshot/* resourceKey */.ik)(s((0,json_shape/* asObject */.eB)(e)['id']) ?? '') === (0,snapshot/* resourceKey */.ik)(m.id)))
                continue;
            // The id only: the subnet's own planned state is laid over after the VNet's.
            props['subnets'] = [...list, { id: m.id, name: m.id.split('/').pop() }];
        }
    }
    /** `parent_id` + `type` + `name` → the ARM id, as azapi builds it. */
    azapiId(c) {
        const type = s(c.after['type'])?.split('@')[0] ?? s(c.before['type'])?.split('@')[0];
        if (c.type === 'azapi_update_resource') {
            const resourceId = c.change === 'Delete' ? s(c.before['resource_id']) : this.scalar(c, ['resource_id']);
            if (resourceId)
                return resourceId;
        }
        const source = c.change === 'Delete' ? c.before : c.after;
        const parent = c.change === 'Delete' ? s(source['parent_id']) : this.scalar(c, ['parent_id']);
        const name = c.change === 'Delete' ? s(source['name']) : this.scalar(c, ['name']);
        if (!type || !parent || !name)
            return undefined;
        const segments = type.split('/');
        // A child type (workspaces/onlineEndpoints) sits under its parent; a top-level type under the group's providers.
        return segments.length > 2
            ? `${parent.replace(/\/$/, '')}/${segments[segments.length - 1]}/${name}`
            : `${parent.replace(/\/$/, '')}/providers/${type}/${name}`;
    }
    /** An azapi resource whose `type` the checks read: its `body` is the ARM body. */
    azapi(c) {
        const source = c.change === 'Delete' ? c.before : c.after;
        const armType = s(source['type'])?.split('@')[0];
        if (!armType || !(0,arm/* isPlannedArmType */.jT)(armType))
            return 'other';
        const id = this.idOf(c);
        if (!id)
            return this.unkeyed(c, armType);
        const out = {
            address: c.address,
            id,
            armType,
            // azapi_update_resource creates nothing in Azure: its "create" changes an existing resource.
            change: c.type === 'azapi_update_resource' && c.change === 'Create' ? 'Modify' : c.change,
            unknown: [],
            ...unsupportedChange(c),
            ...(c.type === 'azapi_update_resource' ? { partial: true } : {})
        };
        if (c.change === 'Delete') {
            // azapi_update_resource leaves the resource in place when destroyed.
            if (c.type === 'azapi_update_resource')
                out.change = 'NoChange';
            return out;
        }
        let body = c.after['body'];
        let bodyUnknown = c.unknown['body'];
        let bodySensitive = c.sensitive['body'];
        if (bodySensitive === true) {
            out.unsupported = `the plan marks the body of ${c.address} sensitive; it is not read`;
            return out;
        }
        if (bodyUnknown === true) {
            out.unknown.push('body');
            return out;
        }
        if (typeof body === 'string') {
            // azapi 1.x: the body is `jsonencode(...)`.
            try {
                body = JSON.parse(body);
            }
            catch {
                out.unsupported = `the body of ${c.address} is not JSON`;
                return out;
            }
            bodyUnknown = undefined;
            bodySensitive = undefined;
        }
        const raw = (0,json_shape/* asObject */.eB)(body);
        const unknownPaths = leaves((0,json_shape/* asObject */.eB)(bodyUnknown)['properties'], 'body.properties');
        out.unknown.push(...unknownPaths);
        const name = this.scalar(c, ['name']) ?? id.split('/').pop();
        const kept = { name, type: armType };
        for (const key of ['location', 'kind', 'sku', 'properties']) {
            if (raw[key] !== undefined)
                kept[key] = withoutSensitive(raw[key], (0,json_shape/* asObject */.eB)(bodySensitive)[key]);
        }
        const location = s(c.after['location']);
        if (!kept['location'] && location)
            kept['location'] = location;
        out.body = kept;
        return out;
    }
}
function getPath(target, path) {
    let node = target;
    for (const part of path.split('.'))
        node = (0,json_shape/* asObject */.eB)(node)[part];
    return node;
}
/** Paths of the `true` leaves of an `after_unknown` (or `after_sensitive`) mask. */
function leaves(mask, prefix) {
    if (mask === true)
        return [prefix];
    if (Array.isArray(mask))
        return mask.flatMap((m, i) => leaves(m, `${prefix}[${i}]`));
    if (mask && typeof mask === 'object') {
        return Object.entries(mask).flatMap(([k, m]) => leaves(m, `${prefix}.${k}`));
    }
    return [];
}
/** A value with the parts its `after_sensitive` mask marks left out. */
function withoutSensitive(value, mask) {
    if (mask === true)
        return undefined;
    if (!mask || typeof mask !== 'object')
        return value;
    if (Array.isArray(value)) {
        return value.map((v, i) => withoutSensitive(v, Array.isArray(mask) ? mask[i] : undefined));
    }
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const kept = withoutSensitive(v, mask[k]);
            if (kept !== undefined)
                out[k] = kept;
        }
        return out;
    }
    return value;
}
/** `update` over `base`, objects merged key by key (azapi_update_resource's merge with the resource). */
function deepMerge(base, update) {
    const out = { ...base };
    for (const [k, v] of Object.entries(update)) {
        const b = out[k];
        out[k] =
            v &&
                typeof v === 'object' &&
                !Array.isArray(v) &&
                b &&
                typeof b === 'object' &&
                !Array.isArray(b)
                ? deepMerge(b, v)
                : v;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/settings/terraform-plan.ts
/**
 * Reads the `terraform-plan` files (the JSON of `terraform show -json <planfile>`) from the
 * workspace checkout and maps them (src/planned/terraform.ts) into the snapshot's `planned` part.
 * The paths come from the workflow and the files from the run: a path outside GITHUB_WORKSPACE
 * (`..`, an absolute path elsewhere, a symbolic link leading out) is refused, not read.
 */




/** The plan of a large estate is large (every attribute of every resource, before and after). */
const MAX_PLAN_BYTES = 64 * 1024 * 1024;
const MAX_PLANS = 20;
const PRODUCE = '`terraform plan -out tfplan && terraform show -json tfplan > tfplan.json`';
async function readTerraformPlans(paths, subscriptionId, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    if (paths.length === 0)
        return undefined;
    if (paths.length > MAX_PLANS) {
        throw new errors/* ConfigurationError */.j(`\`terraform-plan\`: ${paths.length} files named; at most ${MAX_PLANS} are read. Name the plan JSON of each Terraform root module the workflow applies.`);
    }
    const root = await (0,checkout_file/* checkoutRoot */.Re)(workspace);
    const files = [];
    const armResources = [];
    const unreadable = [];
    const notes = [];
    for (const name of [...new Set(paths)]) {
        const { shown, real } = await (0,checkout_file/* checkoutFile */.ni)(root, name, {
            input: 'terraform-plan',
            outside: `Write the plan JSON inside the repository checkout (${PRODUCE}) and name it relative to the repository root, such as infra/tfplan.json.`,
            missing: `Produce it in an earlier step of the job (${PRODUCE}, in the Terraform directory) and name it relative to the repository root.`,
            symlink: 'Name a file of the checkout.',
            notFile: `Name the JSON written by ${PRODUCE}.`,
            maxBytes: MAX_PLAN_BYTES,
            tooLarge: () => 'is larger than 64 MiB. Split the configuration into smaller root modules, or plan the network and Azure ML resources apart (`terraform plan -target=...`) and name that plan.'
        });
        const result = parseTerraformPlan({ path: shown, content: await (0,promises_.readFile)(real, 'utf8') }, subscriptionId);
        files.push(shown);
        armResources.push(...result.armResources);
        unreadable.push(...result.unreadable);
        notes.push(...result.notes);
    }
    return {
        planned: {
            files,
            resources: [],
            ...(armResources.length > 0 ? { armResources } : {}),
            ...(unreadable.length > 0 ? { unreadable } : {})
        },
        notes
    };
}


/***/ })

};
