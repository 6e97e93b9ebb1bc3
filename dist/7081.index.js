export const id = 7081;
export const ids = [7081,306];
export const modules = {

/***/ 7081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS: () => (/* binding */ CHECKS),
  evaluateAll: () => (/* binding */ evaluateAll),
  getCheck: () => (/* binding */ getCheck)
});

// EXTERNAL MODULE: ./src/model/snapshot.ts
var model_snapshot = __webpack_require__(20709);
// EXTERNAL MODULE: ./src/model/text.ts
var model_text = __webpack_require__(5086);
;// CONCATENATED MODULE: ./src/evaluate/checks/common.ts


const RESOURCE_TYPES = {
    workspace: 'Microsoft.MachineLearningServices/workspaces',
    onlineEndpoint: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
    privateEndpoint: 'Microsoft.Network/privateEndpoints',
    subnet: 'Microsoft.Network/virtualNetworks/subnets',
    virtualNetwork: 'Microsoft.Network/virtualNetworks'
};
/**
 * A result of `def`; a `fail` carries the definition's severity. The message is a `Text`
 * (our words and Azure's values kept apart); the plain `detail` is its text, ending with
 * the cause's action when there is a cause, for readers that do not group causes.
 */
function makeResult(def, outcome, resource, message, extras = {}) {
    const plain = (0,model_text/* plainText */.wh)(message);
    const withAction = extras.cause
        ? `${plain}${plain ? ' ' : ''}${(0,model_text/* plainText */.wh)(extras.cause.action)}`
        : plain;
    const result = { checkId: def.id, outcome, resource, detail: withAction, message };
    if (outcome === 'fail')
        result.severity = def.severity;
    if (extras.remedy)
        result.remedy = extras.remedy;
    if (extras.cause)
        result.cause = extras.cause;
    return result;
}
function resourceOf(id, type, name = (0,model_snapshot/* resourceName */.Iy)(id)) {
    return { id, name, type };
}
/** The workspace as a result resource; falls back to the target when the read failed. */
function workspaceResource(snapshot) {
    const ws = snapshot.workspace;
    return ws.ok
        ? resourceOf(ws.value.id, RESOURCE_TYPES.workspace, ws.value.name)
        : resourceOf(snapshot.target.workspaceId, RESOURCE_TYPES.workspace, snapshot.target.workspaceName);
}
function equalsIgnoreCase(value, expected) {
    return value !== undefined && value.toLowerCase() === expected.toLowerCase();
}
/** `publicNetworkAccess` as ARM reports it; absent means the service default, Enabled. */
function isPublicNetworkAccessDisabled(value) {
    return equalsIgnoreCase(value, 'Disabled');
}
/** The resource group segment of an ARM id. */
function resourceGroupOf(id) {
    return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}
/**
 * A value from Azure as one shell word: as it is when it holds only characters a shell
 * passes through, else single-quoted, so a copied command cannot run anything else.
 */
function shellArg(v) {
    return /^[A-Za-z0-9._/:=,@+-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
/** `/subscriptions/S/resourceGroups/RG` of an ARM id, or `/subscriptions/S`, or undefined. */
function scopeOf(id) {
    if (!id)
        return undefined;
    return (/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+/i.exec(id)?.[0] ??
        /^\/subscriptions\/[^/]+/i.exec(id)?.[0]);
}
function scopeWords(scope) {
    if (!scope)
        return (0,model_text/* text */.Qq) `its resource group`;
    const group = resourceGroupOf(scope);
    const subscription = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1] ?? '';
    return group
        ? (0,model_text/* text */.Qq) `resource group \`${group}\` (subscription \`${subscription}\`)`
        : (0,model_text/* text */.Qq) `subscription \`${subscription}\``;
}
/** `HTTP 403 AuthorizationFailed`, without Azure's message (that goes to the cause's folded raw text). */
function statusText(error) {
    return error.status === null
        ? (0,model_text/* text */.Qq) `no response ${error.code}`
        : (0,model_text/* text */.Qq) `HTTP ${error.status} ${error.code}`;
}
/** Where the assignee of a role command comes from, said once per fix. */
const CLIENT_ID_PLACEHOLDER = (0,model_text/* text */.Qq) `\`<client-id>\` is the \`client-id\` input of this step (not printed here: it is often kept as a secret).`;
/**
 * A read Azure refused or could not answer: the sentence for the result, and the
 * cause shared with every other result the same failure blocks (by scope for a
 * refused read: one role assignment fixes them all). `what` names the resource
 * ("private endpoint `pe`"); `resourceId` is the id that was read, for the scope.
 */
function readProblem(what, resourceId, error) {
    const detail = (0,model_text/* text */.Qq) `Could not read ${what} (${statusText(error)}), so this check cannot tell whether it passes.`;
    const scope = scopeOf(resourceId);
    const raw = error.message ? { raw: error.message } : {};
    if (error.code === model_snapshot/* DEADLINE_CODE */.Hm) {
        return {
            detail,
            cause: {
                key: 'deadline',
                summary: (0,model_text/* text */.Qq) `Azure did not answer every read before the run's deadline.`,
                action: (0,model_text/* text */.Qq) `Raise the \`timeout-seconds\` input, or re-run when Azure answers faster.`,
                ...raw
            }
        };
    }
    if (error.code === model_snapshot/* KNOWN_AFTER_APPLY_CODE */.a1) {
        // Only in the planned state (docs/planned.md): the plan cannot say what this will be.
        return {
            detail: (0,model_text/* text */.Qq) `The planned state of ${what} is not known before the change is applied, so this check cannot tell whether it will pass.`,
            cause: {
                key: `planned-unknown:${(resourceId ?? (0,model_text/* plainText */.wh)(what)).toLowerCase()}`,
                summary: (0,model_text/* text */.Qq) `The planned change does not say what ${what} will be: ${(0,model_text/* value */.Uq)(error.message)}.`,
                action: (0,model_text/* text */.Qq) `Set the value in the template or configuration (not computed at apply time), or judge the resource on the live workspace after it is deployed (\`gate-on: live\`).`
            }
        };
    }
    if (model_snapshot/* UNUSABLE_ANSWER_CODES */.y0.includes(error.code)) {
        return {
            detail,
            cause: {
                key: `unusable:${error.code}`,
                summary: (0,model_text/* text */.Qq) `Azure answered with a body or page link that cannot be used (${(0,model_text/* value */.Uq)(error.code)}).`,
                action: (0,model_text/* text */.Qq) `Re-run the workflow; if it keeps happening, report it to Azure support with the JSON report attached.`,
                ...raw
            }
        };
    }
    if (error.status === 401 || error.status === 403) {
        const fix = scope
            ? {
                commands: [
                    `az role assignment create --assignee <client-id> --role Reader --scope ${scope}`
                ],
                placeholders: CLIENT_ID_PLACEHOLDER
            }
            : undefined;
        return {
            detail,
            cause: {
                key: `reader:${(scope ?? error.code).toLowerCase()}`,
                summary: (0,model_text/* text */.Qq) `Azure refused to let the identity read ${scopeWords(scope)} (${statusText(error)}).`,
                action: (0,model_text/* text */.Qq) `Grant the identity the action signs in with the Reader role on ${scopeWords(scope)}, then re-run.`,
                ...(fix ? { fix } : {}),
                ...raw
            }
        };
    }
    if (error.status === 404) {
        return {
            detail,
            cause: {
                key: `missing:${(resourceId ?? (0,model_text/* plainText */.wh)(what)).toLowerCase()}`,
                summary: (0,model_text/* text */.Qq) `Not found: ${what} (${statusText(error)}).`,
                action: (0,model_text/* text */.Qq) `Check its subscription, resource group and name, and that the identity can see ${scopeWords(scope)}.`,
                ...(resourceId
                    ? { fix: { commands: [`az resource show --ids ${shellArg(resourceId)}`] } }
                    : {}),
                ...raw
            }
        };
    }
    if (error.status === null || error.status === 429 || error.status >= 500) {
        return {
            detail,
            cause: {
                key: 'unavailable',
                summary: (0,model_text/* text */.Qq) `Azure did not answer in time or was unavailable (${statusText(error)}).`,
                action: (0,model_text/* text */.Qq) `Re-run the workflow; if it keeps happening, check that the runner can reach Azure Resource Manager.`,
                ...raw
            }
        };
    }
    return {
        detail,
        cause: {
            key: `read:${error.status}:${error.code}:${(scope ?? '').toLowerCase()}`,
            summary: (0,model_text/* text */.Qq) `Azure refused a read in ${scopeWords(scope)} (${statusText(error)}).`,
            action: (0,model_text/* text */.Qq) `Check that the identity has the Reader role on ${scopeWords(scope)}, then re-run; if it keeps happening, report it with the JSON report attached.`,
            ...raw
        }
    };
}
/** An `unknown` result for a read Azure refused, with its shared cause; `lead` says first what it leaves open. */
function unreadableResult(def, resource, what, resourceId, error, lead) {
    const { detail, cause } = readProblem(what, resourceId, error);
    return makeResult(def, 'unknown', resource, lead ? (0,model_text/* text */.Qq) `${lead} ${detail}` : detail, { cause });
}
/** Unknown result for a check that needs the workspace when the workspace read failed. */
function workspaceUnreadable(def, snapshot, error) {
    const { workspaceName, workspaceId } = snapshot.target;
    return unreadableResult(def, workspaceResource(snapshot), (0,model_text/* text */.Qq) `workspace \`${workspaceName}\``, workspaceId, error);
}
/** A check from its catalog entry and an evaluation that receives that entry. */
function defineCheck(def, evaluate) {
    return { ...def, evaluate: snapshot => evaluate(snapshot, def) };
}
/** Unknown result for a check whose workspace-level list (endpoints, computes, outbound rules) could not be read. */
function workspaceListUnreadable(def, snapshot, list, error) {
    const { workspaceName, workspaceId } = snapshot.target;
    return unreadableResult(def, workspaceResource(snapshot), (0,model_text/* text */.Qq) `the ${(0,model_text/* ours */.Od)(list)} of workspace \`${workspaceName}\``, workspaceId, error);
}
/** Worse first: a merged result takes the worst outcome, and the worst severity among its fails. */
const OUTCOME_RANK = { fail: 3, unknown: 2, pass: 1, skipped: 0 };
const SEVERITY_RANK = { error: 2, warning: 1, notice: 0 };
/**
 * One result per check and resource (ids compare case-insensitively): results that name
 * the same resource merge into the worst outcome with every distinct reason, in order.
 * Two results for one resource (a pass and a fail) would contradict each other.
 */
function oneResultPerResource(results) {
    const groups = new Map();
    for (const result of results) {
        const key = `${result.checkId}\u0000${result.resource.id.toLowerCase()}`;
        groups.set(key, [...(groups.get(key) ?? []), result]);
    }
    return [...groups.values()].map(group => {
        if (group.length === 1)
            return group[0];
        const worst = group.reduce((a, b) => OUTCOME_RANK[b.outcome] > OUTCOME_RANK[a.outcome] ? b : a);
        const details = [...new Set(group.map(r => r.detail).filter(d => d !== ''))];
        const seen = new Set();
        const messages = group
            .map(r => r.message ?? (0,model_text/* value */.Uq)(r.detail))
            .filter(m => m.length > 0 && !seen.has(JSON.stringify(m)) && seen.add(JSON.stringify(m)));
        const merged = {
            ...worst,
            detail: details.join(' '),
            message: (0,model_text/* joinText */._V)(messages, ' ')
        };
        if (worst.outcome === 'fail') {
            merged.severity = group
                .filter(r => r.outcome === 'fail')
                .map(r => r.severity ?? 'error')
                .reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a));
        }
        return merged;
    });
}

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(48280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
// EXTERNAL MODULE: ./src/evaluate/clusters.ts
var evaluate_clusters = __webpack_require__(57332);
;// CONCATENATED MODULE: ./src/evaluate/checks/rules/kubernetes.ts
const DOCS = {
    secureCluster: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment',
    extension: 'https://learn.microsoft.com/azure/machine-learning/how-to-deploy-kubernetes-extension',
    attach: 'https://learn.microsoft.com/azure/machine-learning/how-to-attach-kubernetes-to-workspace',
    endpoint: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint'
};
const K8S_01_RULE = {
    id: 'K8S-01',
    title: 'The cluster is a secure inferencing environment',
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: "Step 1 of the article (and the earlier version's prerequisite) points to Secure Azure Kubernetes Service inferencing environment, which puts the cluster in a virtual network (how-to-secure-kubernetes-inferencing-environment): its node pools in a subnet of your virtual network, or in the virtual network AKS creates for pools that name no subnet (aks-vnet-* in the cluster's node resource group), which that article supports too. " +
        "The other three requirements come from AKS's own security guidance, not from that article: an API server that is private or limited to authorized IP ranges (AKS: Secure access to the API server using authorized IP address ranges, api-server-authorized-ip-ranges; Azure Policy 'Authorized IP ranges should be defined on Kubernetes Services'), " +
        'nodes without public IP addresses (AKS: instance-level public IP addresses are opt-in, use-node-public-ips), and a network policy that controls pod traffic (AKS: Secure traffic between pods by using network policies, use-network-policies).',
    remediation: 'Run node pools in a subnet of your virtual network (agentPoolProfiles[].vnetSubnetID) or in the AKS-managed virtual network, make the API server private (apiServerAccessProfile.enablePrivateCluster) or set authorized IP ranges that list only your own networks (apiServerAccessProfile.authorizedIPRanges; 0.0.0.0/0, ::/0 or any range wider than IPv4 /8 or IPv6 /16 counts as no restriction), ' +
        'create node pools without node public IPs (enableNodePublicIP: false), and set a network policy (networkProfile.networkPolicy: azure, calico or cilium).',
    fix: 'az aks update --resource-group <resource-group> --name <cluster> --api-server-authorized-ip-ranges <cidr>[,<cidr>] --network-policy azure',
    docUrl: DOCS.secureCluster,
    summary: 'each attached AKS cluster has node pools in a VNet subnet, a private API server or authorized IP ranges no wider than IPv4 /8 or IPv6 /16 (no `0.0.0.0/0`), no node public IPs, and a network policy (Arc-enabled clusters: unknown)'
};
const K8S_02_RULE = {
    id: 'K8S-02',
    title: 'The Azure Machine Learning extension is deployed with inference enabled',
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: 'Step 2 of the article: a Kubernetes cluster serves online endpoints only through the Azure Machine Learning extension (Microsoft.AzureML.Kubernetes) with enableInference set. ' +
        'Without a healthy extension, attaching and deploying fail, or run without the inference router the other checks rely on.',
    remediation: 'Deploy the Microsoft.AzureML.Kubernetes extension on the cluster with enableInference=True, and wait for provisioning state Succeeded.',
    fix: 'az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes --cluster-type managedClusters --cluster-name <cluster> --resource-group <resource-group> --scope cluster --config enableInference=True inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>',
    docUrl: DOCS.extension,
    summary: 'the cluster has a `microsoft.azureml.kubernetes` extension, `Succeeded`, with `enableInference=True`'
};
const K8S_03_RULE = {
    id: 'K8S-03',
    title: 'The inference router is not exposed publicly',
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: "The extension's inference router (azureml-fe) receives every scoring request. On AKS, a LoadBalancer service without internalLoadBalancerProvider=azure gets a public IP address, which puts the endpoints on the internet whatever the virtual network does; " +
        "that setting applies to AKS only, so on an Azure Arc-enabled cluster a LoadBalancer router is internal only if the cluster's own load balancer makes it so, which Azure cannot report. allowInsecureConnections=True lets clients score over plain HTTP; " +
        'with it False (the default) the router serves HTTPS, which needs sslCname and a certificate: sslSecret, or the protected settings sslCertPemFile and sslKeyPemFile (how-to-deploy-kubernetes-extension). Azure never returns protected settings, so a certificate given that way is confirmed only when ARM lists their names.',
    remediation: 'On AKS, expose the router through an internal load balancer (inferenceRouterServiceType=LoadBalancer with internalLoadBalancerProvider=azure); on any cluster, NodePort or ClusterIP behind your own private ingress also works. Serve it over TLS: allowInsecureConnections=False with sslCname and a certificate (sslSecret, or sslCertPemFile and sslKeyPemFile in --config-protected).',
    fix: 'az k8s-extension update --name <extension> --cluster-type managedClusters --cluster-name <cluster> --resource-group <resource-group> --config inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>',
    docUrl: DOCS.extension,
    summary: 'the inference router is an internal load balancer (`internalLoadBalancerProvider=azure`, AKS only; on Arc a `LoadBalancer` router is unknown), `NodePort` or `ClusterIP`; HTTPS with `sslCname` and a certificate (`sslSecret` or protected `sslCertPemFile`/`sslKeyPemFile`); `allowInsecureConnections=True` or missing TLS settings: warning'
};
const K8S_04_RULE = {
    id: 'K8S-04',
    title: 'The cluster is attached to the workspace as a Kubernetes compute',
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: 'Step 3 of the article: Kubernetes online endpoints deploy to a cluster attached to the workspace as a Kubernetes compute (the extension route). ' +
        'A legacy AKS compute is the older inference route: it is only acceptable with an internal load balancer, and should be replaced.',
    remediation: 'Attach the cluster (after deploying the extension) as a Kubernetes compute and wait for provisioning state Succeeded. Replace legacy AKS computes with a Kubernetes compute.',
    fix: 'az ml compute attach --resource-group <resource-group> --workspace-name <workspace> --type Kubernetes --name <compute-name> --resource-id <cluster-id> --identity-type SystemAssigned --namespace azureml',
    docUrl: DOCS.attach,
    summary: 'the cluster is attached as a `Kubernetes` compute in `Succeeded` (a legacy `AKS` compute gets one result: a notice with `InternalLoadBalancer`, else an error)'
};
const K8S_05_RULE = {
    id: 'K8S-05',
    title: 'Kubernetes online endpoints target a secured, attached cluster',
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: 'Step 4 of the article: a Kubernetes online endpoint is only as isolated as the compute it deploys to. ' +
        'Each endpoint must target an attached, succeeded Kubernetes compute whose cluster passes K8S-01, K8S-02 and K8S-03; a failure there fails the endpoint at the same severity.',
    remediation: 'Point every Kubernetes online endpoint at a Kubernetes compute whose cluster is secured (K8S-01), runs the extension (K8S-02) and keeps its router private (K8S-03); fix the cluster or recreate the endpoint on a compute that is.',
    fix: 'az ml online-endpoint create --resource-group <resource-group> --workspace-name <workspace> --file endpoint.yml --set compute=azureml:<compute-name>',
    docUrl: DOCS.endpoint,
    summary: 'every Kubernetes online endpoint targets an attached, succeeded Kubernetes compute whose cluster passes K8S-01, K8S-02 and K8S-03 (else it fails at their worst severity)'
};
const K8S_06_RULE = {
    id: 'K8S-06',
    title: "The AKS cluster is in the workspace's region",
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: 'Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment), Limitations: when the workspace has a private endpoint, the AKS cluster must be in the same Azure region as the workspace.',
    remediation: "A cluster cannot be moved to another region: create the AKS cluster in the workspace's region, deploy the Azure Machine Learning extension to it and attach it to the workspace, then move the deployments to it.",
    fix: 'az aks create --resource-group <resource-group> --name <cluster> --location <workspace-region> ... ; az ml compute attach --resource-group <resource-group> --workspace-name <workspace> --type Kubernetes --name <compute> --resource-id <cluster-id>',
    docUrl: DOCS.secureCluster,
    summary: "the AKS cluster is in the workspace's region when the workspace has a private endpoint"
};
const K8S_07_RULE = {
    id: 'K8S-07',
    title: 'A private AKS cluster has no public FQDN',
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: 'Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment), Limitations: a public fully qualified domain name (FQDN) with a private AKS cluster is not supported with Azure Machine Learning (apiServerAccessProfile.enablePrivateClusterPublicFQDN).',
    remediation: 'Turn the public FQDN of the private cluster off, so its API server is reached only through its private DNS name.',
    fix: 'az aks update --resource-group <resource-group> --name <cluster> --disable-public-fqdn',
    docUrl: DOCS.secureCluster,
    summary: 'a private AKS cluster has no public FQDN (`enablePrivateClusterPublicFQDN`)'
};
const K8S_08_RULE = {
    id: 'K8S-08',
    title: "The workspace's container registry is Premium (private endpoints need it)",
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: "Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment): with the AKS cluster behind a virtual network, the workspace's resources, the container registry among them, need private endpoints in the cluster's virtual network or one peered with it. " +
        'Azure Container Registry supports private endpoints (and network rules) only in the Premium tier (container-registry-private-link), so a Basic or Standard registry cannot be reached privately from the cluster.',
    remediation: "Move the registry to the Premium tier, then add its private endpoint in the cluster's virtual network or a peered one.",
    fix: 'az acr update --resource-group <resource-group> --name <registry> --sku Premium',
    docUrl: DOCS.secureCluster,
    summary: "with an AKS cluster attached, the workspace's container registry is Premium (private endpoints need it)"
};
const K8S_09_RULE = {
    id: 'K8S-09',
    title: "The workspace, its storage account, key vault and registry have private endpoints in the cluster's virtual network or a peered one",
    section: 'kubernetes',
    category: 'kubernetes',
    severity: 'error',
    rationale: 'Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment), Limitations: with the AKS cluster behind a virtual network, the workspace and its associated resources (storage, key vault, Azure Container Registry) must have private endpoints or service endpoints in the same virtual network as the cluster or one peered with it. ' +
        "This check reads each one's private endpoint connections and, for each approved one, the private endpoint's subnet; it compares that network with the cluster's (its node pools' subnets, or the AKS-managed one) and the cluster network's Connected peerings. Each sub-resource needs its own endpoint: the workspace's default storage account is put behind the network for both blob and file (Tutorial: create a secure workspace with a virtual network, tutorial-create-secure-workspace-vnet). A storage account or key vault whose virtual network rules admit the cluster's subnet (a service endpoint) passes too. One result per resource, with every cluster's reason in it.",
    remediation: "Create the missing private endpoint in the cluster's virtual network (group id amlworkspace for the workspace, blob and file for the storage account, vault for the key vault, registry for the container registry) and link its private DNS zone to that network; or peer the cluster's virtual network with the one that holds the private endpoint (both directions).",
    fix: 'az network private-endpoint create --resource-group <cluster-vnet-rg> --name <pe-name> --vnet-name <cluster-vnet> --subnet <subnet> --private-connection-resource-id <resource-id> --group-id <amlworkspace|blob|file|vault|registry> --connection-name <pe-name>',
    docUrl: DOCS.secureCluster,
    summary: "the workspace, its storage account, key vault and registry each have an approved private endpoint in the AKS cluster's virtual network or one peered with it (Connected), or a service endpoint on the node subnet"
};

// EXTERNAL MODULE: ./src/model/normalize.ts
var normalize = __webpack_require__(306);
// EXTERNAL MODULE: ./src/evaluate/route.ts
var evaluate_route = __webpack_require__(21666);
;// CONCATENATED MODULE: ./src/evaluate/checks/routes.ts
/**
 * Helpers shared by the route checks (managed-endpoints.ts, kubernetes.ts,
 * outbound.ts): skipping a route that is not evaluated, the managed network's
 * mode and its outbound rules. Pure.
 */




/** A `skipped` result when `route` is not evaluated, else undefined. */
function skipUnlessRoute(def, snapshot, route) {
    const decision = (0,evaluate_route/* decideRoutes */.F3)(snapshot);
    if (decision.routes.includes(route))
        return undefined;
    return [
        makeResult(def, 'skipped', workspaceResource(snapshot), 
        // The reason may quote Azure's error codes: interpolated, it stays an untrusted value.
        (0,model_text/* text */.Qq) `Not evaluated: this check is for ${(0,model_text/* ours */.Od)(evaluate_route/* ROUTE_LABELS */.Ss[route])}, and the route checked is ${(0,model_text/* ours */.Od)((0,evaluate_route/* describeRoutes */.oK)(decision.routes))}. ${decision.reason}`)
    ];
}
const MANAGED_NETWORK_MODES = ['AllowInternetOutbound', 'AllowOnlyApprovedOutbound'];
/** The workspace uses a managed virtual network (either outbound mode). */
function hasManagedNetwork(ws) {
    return MANAGED_NETWORK_MODES.some(mode => equalsIgnoreCase(ws.managedNetwork?.isolationMode, mode));
}
function isApprovedOutboundOnly(ws) {
    return equalsIgnoreCase(ws.managedNetwork?.isolationMode, 'AllowOnlyApprovedOutbound');
}
/**
 * The managed network's outbound rules: the `outboundRules` list merged with the
 * rules embedded in the workspace body (api-versions differ in which they fill).
 * On a name clash the list wins: it is the rule resource itself.
 */
function outboundRulesOf(snapshot, ws) {
    // Rules are a set keyed by name: in name order, details do not depend on the order ARM listed them.
    const embedded = byName((0,normalize/* toOutboundRules */.Hg)(ws.managedNetwork?.outboundRules));
    const listed = snapshot.outboundRules;
    if (!listed.ok) {
        if (embedded.length > 0) {
            return {
                ok: true,
                rules: embedded,
                source: 'the workspace body (the rule list could not be read)'
            };
        }
        return { ok: false, error: listed.error };
    }
    const names = new Set(listed.value.map(r => r.name.toLowerCase()));
    return {
        ok: true,
        rules: byName([...listed.value, ...embedded.filter(r => !names.has(r.name.toLowerCase()))]),
        source: 'the outbound rule list'
    };
}
function byName(rules) {
    const key = (rule) => rule.name.toLowerCase();
    return [...rules].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
function isActive(rule) {
    return equalsIgnoreCase(rule.status, 'Active');
}

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/shared.ts
/**
 * The prologue the K8S checks share: the attached clusters to judge (or why there are none), the
 * result resource and CLI arguments of a cluster, an AKS cluster's body (or why it is missing),
 * and the commands several checks give (attach, detach, create the extension).
 */




const TYPES = {
    aks: 'Microsoft.ContainerService/managedClusters',
    arc: 'Microsoft.Kubernetes/connectedClusters',
    compute: 'Microsoft.MachineLearningServices/workspaces/computes',
    extension: 'Microsoft.KubernetesConfiguration/extensions'
};
/** Part of a command written by us (a placeholder such as `<subnet-id>`, flags): pasted as is. */
class Raw {
    text;
    constructor(text) {
        this.text = text;
    }
}
function raw(words) {
    return new Raw(words);
}
/** A value from Azure, or `placeholder` when it is not known. */
function orPlaceholder(v, placeholder) {
    return v === undefined ? raw(placeholder) : v;
}
/**
 * A command to copy: each value interpolated (a name or id from Azure, or from a snapshot file)
 * becomes one shell word, quoted unless it holds only plain characters, so a crafted name cannot
 * run anything when pasted. `Raw` parts are ours and pasted as written.
 */
function sh(strings, ...values) {
    return strings.reduce((out, literal, i) => {
        const v = values[i - 1];
        const word = v instanceof Raw ? v.text : shellArg(v ?? '');
        return out + word + literal;
    });
}
const NOT_COLLECTED = (0,model_text/* text */.Qq) `was not read (a bug in aml-inference-guard: please report it with the JSON report attached)`;
function clusterResource(cluster) {
    return resourceOf(cluster.id, cluster.kind === 'arc' ? TYPES.arc : TYPES.aks, cluster.name);
}
/** `--cluster-type managedClusters|connectedClusters --cluster-name <c> --resource-group <rg>` */
function clusterArgs(cluster) {
    const type = raw(cluster.kind === 'arc' ? 'connectedClusters' : 'managedClusters');
    return raw(sh `--cluster-type ${type} --cluster-name ${cluster.name} --resource-group ${orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>')}`);
}
/** Names as code, joined: `a`, `b`. */
function codeList(names) {
    return (0,model_text/* joinText */._V)(names.map(n => (0,model_text/* text */.Qq) `\`${n}\``), ', ');
}
/** Fixes joined into one: every command once, in order, with every placeholder note. */
function joinFixes(fixes) {
    const commands = [...new Set(fixes.flatMap(f => f?.commands ?? []))];
    if (commands.length === 0)
        return undefined;
    const seen = new Set();
    const notes = fixes
        .map(f => f?.placeholders)
        .filter((p) => !!p && !seen.has(JSON.stringify(p)) && !!seen.add(JSON.stringify(p)));
    return notes.length > 0 ? { commands, placeholders: (0,model_text/* joinText */._V)(notes, ' ') } : { commands };
}
/** What the TLS placeholders of the extension commands stand for. */
const TLS_PLACEHOLDERS = (0,model_text/* text */.Qq) `\`<scoring-host-name>\` is the host name clients score on (the name in the certificate); \`<cert.pem>\` and \`<key.pem>\` are the PEM files of that certificate and its private key.`;
/** `az k8s-extension create` with inference, an internal load balancer and HTTPS only. */
function createExtensionFix(cluster) {
    return {
        commands: [
            sh `az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes ${clusterArgs(cluster)} --scope cluster --config enableInference=True inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>`
        ],
        placeholders: TLS_PLACEHOLDERS
    };
}
function attachCommand(snapshot, clusterId, computeName) {
    const { resourceGroup, workspaceName } = snapshot.target;
    return sh `az ml compute attach --resource-group ${resourceGroup} --workspace-name ${workspaceName} --type Kubernetes --name ${computeName} --resource-id ${clusterId} --identity-type SystemAssigned --namespace azureml`;
}
function detachCommand(snapshot, computeName) {
    const { resourceGroup, workspaceName } = snapshot.target;
    return sh `az ml compute detach --name ${computeName} --resource-group ${resourceGroup} --workspace-name ${workspaceName}`;
}
/** What `<cluster-id>` in an attach command stands for. */
const CLUSTER_ID_PLACEHOLDER = (0,model_text/* text */.Qq) `\`<cluster-id>\` is the resource id of the secured AKS or Arc-enabled cluster to attach (\`az aks show --query id --output tsv\` prints it).`;
/**
 * Computes that name something that is not a cluster: detach them and attach the cluster
 * again under the same name.
 */
function reattachFix(snapshot, cluster) {
    return {
        commands: cluster.computes.flatMap(c => [
            detachCommand(snapshot, c.name),
            attachCommand(snapshot, raw('<cluster-id>'), c.name)
        ]),
        placeholders: CLUSTER_ID_PLACEHOLDER
    };
}
/**
 * An attached AKS cluster that no longer exists (HTTP 404): one cause for K8S-01's fail and
 * the unknowns of the checks that need its body, fixed by detaching the stale compute.
 */
function goneCause(snapshot, cluster, error) {
    return {
        key: `gone:${cluster.id.toLowerCase()}`,
        summary: (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\`, attached as compute ${codeList(cluster.computes.map(c => c.name))}, no longer exists (HTTP 404 ${error.code}).`,
        action: (0,model_text/* text */.Qq) `Detach the stale compute, then attach a secured cluster (K8S-04).`,
        fix: { commands: cluster.computes.map(c => detachCommand(snapshot, c.name)) },
        ...(error.message ? { raw: error.message } : {})
    };
}
/** Route, then the compute list: the clusters to evaluate, or the results to return instead. */
function clustersOrResults(def, snapshot) {
    const skip = skipUnlessRoute(def, snapshot, 'kubernetes');
    if (skip)
        return { results: skip };
    const { workspaceName } = snapshot.target;
    if (!snapshot.computes.ok) {
        return {
            results: [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
        };
    }
    const clusters = (0,evaluate_clusters/* attachedClusters */.Qw)(snapshot.computes.value);
    if (clusters.length === 0) {
        return {
            results: [
                makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `No Kubernetes cluster is attached to workspace \`${workspaceName}\` yet, so there is no cluster to check; K8S-04 says how to attach one.`)
            ]
        };
    }
    return { clusters };
}
/**
 * An AKS cluster's body for a check that needs it, or the result that says why it is missing
 * (Arc clusters: `arcDetail`; a cluster that no longer exists is K8S-01's to report).
 */
function aksClusterOr(def, snapshot, cluster, arcDetail) {
    const resource = clusterResource(cluster);
    const read = (0,evaluate_clusters/* aksClusterRead */.CQ)(snapshot.managedClusters, cluster);
    switch (read.kind) {
        case 'found':
            return { cluster: read.cluster };
        case 'not-aks':
            return { result: makeResult(def, 'skipped', resource, arcDetail) };
        case 'not-read':
            return {
                result: makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` ${NOT_COLLECTED}.`)
            };
        case 'gone':
            return {
                result: makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` no longer exists, so there is nothing to check (K8S-01 fails it).`, { cause: goneCause(snapshot, cluster, read.error) })
            };
        case 'unreadable':
            return {
                result: unreadableResult(def, resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\``, cluster.id, read.error)
            };
    }
}
/**
 * The prologue K8S-06, K8S-07 and K8S-09 share: the route, the attached clusters, then each AKS
 * cluster's body handed to `judge` (Arc clusters skipped with `arcDetail`, unreadable ones unknown).
 */
function eachAksCluster(def, snapshot, arcDetail, judge) {
    const pre = clustersOrResults(def, snapshot);
    if ('results' in pre)
        return pre.results;
    return pre.clusters.flatMap(attached => {
        const found = aksClusterOr(def, snapshot, attached, arcDetail(attached.name));
        return 'result' in found ? [found.result] : judge(found.cluster, attached);
    });
}

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-01-secure-cluster.ts
/**
 * K8S-01: each attached AKS cluster is a secure inferencing environment (node pools in a virtual
 * network, API server private or restricted, no node public IPs, a network policy).
 */







function evaluateClusterSecurity(snapshot, cluster) {
    const def = K8S_01_RULE;
    const resource = clusterResource(cluster);
    if (cluster.kind === 'arc') {
        const rg = orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>');
        return makeResult(def, 'unknown', resource, (0,model_text/* concatText */.en)((0,model_text/* text */.Qq) `Cluster \`${cluster.name}\` is an Azure Arc-enabled Kubernetes cluster: Azure Resource Manager does not report its nodes, API server and network policy, so this check cannot tell whether it is a secure inferencing environment. `, (0,model_text/* text */.Qq) `Verify it against ${(0,model_text/* ours */.Od)(def.docUrl)}: the cluster in a private network, the API server not public, no node public IPs, and a network policy. \`az connectedk8s proxy\` keeps a connection to the cluster open; in a second shell, the \`kubectl\` commands should show no EXTERNAL-IP on any node and network policies in the namespaces that serve. Or leave category \`kubernetes\` out of \`fail-on\` for this cluster.`), {
            remedy: {
                commands: [
                    sh `az connectedk8s proxy --resource-group ${rg} --name ${cluster.name}`,
                    'kubectl get nodes --output wide',
                    'kubectl get networkpolicies --all-namespaces'
                ]
            }
        });
    }
    if (cluster.kind === 'other') {
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `Compute ${codeList(cluster.computes.map(c => c.name))} names \`${cluster.id}\`, which is neither an AKS cluster nor an Arc-enabled Kubernetes cluster, so it could not be checked. Detach it and attach the cluster again.`, { remedy: reattachFix(snapshot, cluster) });
    }
    const read = (0,evaluate_clusters/* aksClusterRead */.CQ)(snapshot.managedClusters, cluster);
    if (read.kind === 'not-read' || read.kind === 'not-aks')
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` ${NOT_COLLECTED}.`);
    if (read.kind === 'gone') {
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\`, attached as compute ${codeList(cluster.computes.map(c => c.name))}, no longer exists.`, {
            remedy: { commands: cluster.computes.map(c => detachCommand(snapshot, c.name)) },
            cause: goneCause(snapshot, cluster, read.error)
        });
    }
    if (read.kind === 'unreadable') {
        return unreadableResult(def, resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\``, cluster.id, read.error);
    }
    return judgeCluster(read.cluster, resource, snapshot.aksManagedVirtualNetworks?.[(0,model_snapshot/* resourceKey */.ik)(cluster.id)]);
}
/**
 * The widest authorized IP range still counted as a restriction: IPv4 /8 (16.7 million
 * addresses, the largest block ever assigned to one organisation) and IPv6 /16. A wider
 * range, or a default route (prefix 0), opens the API server to much of the internet.
 */
const WIDEST_AUTHORIZED_PREFIX = { ipv4: 8, ipv6: 16 };
/** Authorized IP ranges that restrict nothing, each with why; an empty list means all restrict. */
function unrestrictiveRanges(ranges) {
    const found = [];
    for (const raw of ranges) {
        const range = raw.trim();
        let prefix;
        let kind;
        try {
            // AKS also takes a bare address (one host): /32 or /128.
            const [address, bits] = range.includes('/')
                ? ipaddr_default().parseCIDR(range)
                : [ipaddr_default().parse(range), undefined];
            kind = address.kind();
            prefix = bits ?? (kind === 'ipv4' ? 32 : 128);
        }
        catch {
            found.push((0,model_text/* text */.Qq) `\`${range}\` (not an IP address or CIDR range)`);
            continue;
        }
        if (prefix === 0) {
            found.push((0,model_text/* text */.Qq) `\`${range}\` (a default route: every ${(0,model_text/* ours */.Od)(kind === 'ipv4' ? 'IPv4' : 'IPv6')} address)`);
        }
        else if (prefix < WIDEST_AUTHORIZED_PREFIX[kind]) {
            found.push((0,model_text/* text */.Qq) `\`${range}\` (wider than /${WIDEST_AUTHORIZED_PREFIX[kind]})`);
        }
    }
    return found;
}
/** `/subscriptions/S/resourceGroups/G` of a cluster's node resource group (the scope a Reader grant needs). */
function nodeResourceGroupId(cluster, group) {
    const subscription = /^\/subscriptions\/([^/]+)/i.exec(cluster.id)?.[1] ?? '<subscription>';
    return `/subscriptions/${subscription}/resourceGroups/${group}`;
}
function managedVnetFinding(cluster, vnets) {
    if (cluster.agentPools.every(p => p.vnetSubnetId))
        return { kind: 'none' };
    const group = cluster.nodeResourceGroup;
    if (!vnets || !group)
        return group ? { kind: 'missing', nodeResourceGroup: group } : { kind: 'missing' };
    // 404: the node resource group is gone, and the network AKS created in it with it.
    if (!vnets.ok && vnets.error.status === 404)
        return { kind: 'missing', nodeResourceGroup: group };
    if (!vnets.ok)
        return { kind: 'unreadable', nodeResourceGroup: group, error: vnets.error };
    const [vnet] = [...vnets.value].sort((a, b) => a.name.localeCompare(b.name));
    return vnet ? { kind: 'found', vnet } : { kind: 'missing', nodeResourceGroup: group };
}
/** A free name for a node pool that replaces `old` (lowercase letters and digits, at most 12). */
function replacementPoolName(old, pools) {
    const base = old.name
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 11) || 'pool';
    const taken = new Set(pools.map(p => p.name.toLowerCase()));
    for (let n = 2;; n++) {
        const name = `${base.slice(0, 12 - String(n).length)}${n}`;
        if (!taken.has(name))
            return name;
    }
}
/** Add a pool like `pool` in `subnet`, then delete `pool`: pool subnets and public IPs are fixed at creation. */
function replacePoolCommands(cluster, rg, pool, subnet) {
    const args = raw(sh `--resource-group ${rg} --cluster-name ${cluster.name}`);
    const mode = /^(system|user|gateway)$/i.test(pool.mode ?? '') ? pool.mode : 'User';
    return [
        sh `az aks nodepool add ${args} --name ${replacementPoolName(pool, cluster.agentPools)} --mode ${mode} --vnet-subnet-id ${subnet}`,
        sh `az aks nodepool delete ${args} --name ${pool.name}`
    ];
}
const SUBNET_ID_PLACEHOLDER = (0,model_text/* text */.Qq) `\`<subnet-id>\` is the resource id of the subnet of your virtual network the nodes should run in (\`az network vnet subnet show --query id --output tsv\` prints it).`;
const CIDRS_PLACEHOLDER = (0,model_text/* text */.Qq) `\`<your-cidrs>\` is the comma-separated list of your own networks' address ranges that must reach the API server (your administrators, your build agents).`;
/** The four properties of a secure inferencing cluster; exported for the peer comparison tests. */
function clusterProblems(cluster, managedVnet = { kind: 'none' }) {
    const rg = orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>');
    const problems = [];
    const outsideVnet = cluster.agentPools.filter(p => !p.vnetSubnetId);
    if (cluster.agentPools.length === 0) {
        problems.push({
            text: (0,model_text/* text */.Qq) `it reports no node pools, so where its nodes run could not be checked`,
            fix: {
                commands: [sh `az aks nodepool list --resource-group ${rg} --cluster-name ${cluster.name}`]
            }
        });
    }
    else if (outsideVnet.length > 0 &&
        managedVnet.kind !== 'found' &&
        managedVnet.kind !== 'unreadable') {
        const where = managedVnet.kind === 'missing' && managedVnet.nodeResourceGroup
            ? (0,model_text/* text */.Qq) `, and no AKS-managed virtual network (aks-vnet-*) was found in its node resource group \`${managedVnet.nodeResourceGroup}\``
            : (0,model_text/* text */.Qq) ``;
        problems.push({
            text: (0,model_text/* text */.Qq) `node pool(s) ${codeList(outsideVnet.map(p => p.name))} are in no virtual network that could be found (no \`vnetSubnetID\`${where}). The subnet of an existing pool cannot be changed: add a pool in your subnet and delete the old one, or recreate the cluster with \`--vnet-subnet-id\``,
            fix: {
                commands: outsideVnet.flatMap(p => replacePoolCommands(cluster, rg, p, raw('<subnet-id>'))),
                placeholders: SUBNET_ID_PLACEHOLDER
            }
        });
    }
    const restrict = {
        commands: [
            sh `az aks update --resource-group ${rg} --name ${cluster.name} --api-server-authorized-ip-ranges <your-cidrs>`
        ],
        placeholders: CIDRS_PLACEHOLDER
    };
    const orPrivate = (0,model_text/* text */.Qq) `Limit it to your own networks, or make it a private cluster (\`--enable-apiserver-vnet-integration --enable-private-cluster\`)`;
    if (cluster.enablePrivateCluster !== true && cluster.authorizedIpRanges.length === 0) {
        problems.push({
            text: (0,model_text/* text */.Qq) `its API server is public and open to every address (not a private cluster, no authorized IP ranges). ${orPrivate}`,
            fix: restrict
        });
    }
    else if (cluster.enablePrivateCluster !== true) {
        const open = unrestrictiveRanges(cluster.authorizedIpRanges);
        if (open.length > 0) {
            problems.push({
                text: (0,model_text/* text */.Qq) `its API server is public and its authorized IP ranges do not restrict it: ${(0,model_text/* joinText */._V)(open, ', ')}; a range wider than IPv4 /${WIDEST_AUTHORIZED_PREFIX.ipv4} or IPv6 /${WIDEST_AUTHORIZED_PREFIX.ipv6} is no restriction. ${orPrivate}`,
                fix: restrict
            });
        }
    }
    const publicIp = cluster.agentPools.filter(p => p.enableNodePublicIp === true);
    if (publicIp.length > 0) {
        const needsSubnet = publicIp.some(p => !p.vnetSubnetId);
        problems.push({
            text: (0,model_text/* text */.Qq) `node pool(s) ${codeList(publicIp.map(p => p.name))} give every node a public IP address (\`enableNodePublicIP\`). This cannot be changed on a pool: add a pool without it and delete the old one`,
            fix: {
                commands: publicIp.flatMap(p => replacePoolCommands(cluster, rg, p, orPlaceholder(p.vnetSubnetId, '<subnet-id>'))),
                ...(needsSubnet ? { placeholders: SUBNET_ID_PLACEHOLDER } : {})
            }
        });
    }
    if (!cluster.networkPolicy || equalsIgnoreCase(cluster.networkPolicy, 'none')) {
        // Azure Network Policy Manager needs Azure CNI; kubenet clusters take Calico.
        const policy = equalsIgnoreCase(cluster.networkPlugin, 'kubenet') ? 'calico' : 'azure';
        problems.push({
            text: (0,model_text/* text */.Qq) `it has no network policy, so any pod can reach the inference pods. Turn one on (\`azure\`, \`calico\` or \`cilium\`)`,
            fix: {
                commands: [
                    sh `az aks update --resource-group ${rg} --name ${cluster.name} --network-policy ${policy}`
                ]
            }
        });
    }
    return problems;
}
function judgeCluster(cluster, resource, vnets) {
    const def = K8S_01_RULE;
    const managedVnet = managedVnetFinding(cluster, vnets);
    const problems = clusterProblems(cluster, managedVnet);
    if (problems.length > 0) {
        const remedy = joinFixes(problems.map(p => p.fix));
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\`: ${(0,model_text/* joinText */._V)(problems.map(p => p.text), '; ')}.`, remedy ? { remedy } : {});
    }
    if (managedVnet.kind === 'unreadable') {
        const group = managedVnet.nodeResourceGroup;
        const { detail, cause } = readProblem((0,model_text/* text */.Qq) `the virtual networks of node resource group \`${group}\``, nodeResourceGroupId(cluster, group), managedVnet.error);
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` has node pools without \`vnetSubnetID\`, so AKS created their virtual network in its node resource group. ${detail}`, { cause });
    }
    const own = [
        ...new Set(cluster.agentPools.filter(p => p.vnetSubnetId).map(p => (0,model_snapshot/* resourceName */.Iy)(p.vnetSubnetId)))
    ];
    const subnets = [
        ...(own.length > 0 ? [(0,model_text/* text */.Qq) `subnet(s) ${codeList(own)}`] : []),
        ...(managedVnet.kind === 'found'
            ? [
                (0,model_text/* text */.Qq) `the AKS-managed virtual network \`${managedVnet.vnet.name}\` (node resource group \`${cluster.nodeResourceGroup ?? ''}\`)`
            ]
            : [])
    ];
    const api = cluster.enablePrivateCluster
        ? (0,model_text/* text */.Qq) `a private API server`
        : (0,model_text/* text */.Qq) `an API server limited to ${cluster.authorizedIpRanges.length} authorized IP range(s)`;
    return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` runs its node pools in ${(0,model_text/* joinText */._V)(subnets, ' and ')} without node public IPs, with ${api} and network policy \`${cluster.networkPolicy ?? ''}\`.`);
}
const K8S_01 = defineCheck(K8S_01_RULE, (snapshot, def) => {
    const pre = clustersOrResults(def, snapshot);
    if ('results' in pre)
        return pre.results;
    return pre.clusters.map(cluster => evaluateClusterSecurity(snapshot, cluster));
});

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-02-extension.ts





const AZUREML_EXTENSION_TYPE = 'microsoft.azureml.kubernetes';
/** A configuration setting looked up case-insensitively by key. */
function setting(extension, key) {
    const found = Object.entries(extension.configurationSettings).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return found?.[1];
}
function isTrue(value) {
    return value?.trim().toLowerCase() === 'true';
}
function azureMlExtension(snapshot, cluster) {
    const read = snapshot.clusterExtensions[(0,model_snapshot/* resourceKey */.ik)(cluster.id)];
    if (!read)
        return {
            kind: 'unreadable',
            detail: (0,model_text/* text */.Qq) `The extensions of cluster \`${cluster.name}\` ${NOT_COLLECTED}.`
        };
    if (!read.ok) {
        return {
            kind: 'unreadable',
            ...readProblem((0,model_text/* text */.Qq) `the extensions of cluster \`${cluster.name}\``, cluster.id, read.error)
        };
    }
    const matching = read.value.filter(e => equalsIgnoreCase(e.extensionType, AZUREML_EXTENSION_TYPE));
    const extension = matching.find(e => equalsIgnoreCase(e.provisioningState, 'Succeeded')) ?? matching[0];
    return extension ? { kind: 'found', extension } : { kind: 'missing', others: read.value };
}
/** The unknown result of a failed extension lookup, with its cause when a read failed. */
function extensionUnreadable(def, resource, lookup) {
    return makeResult(def, 'unknown', resource, lookup.detail, lookup.cause ? { cause: lookup.cause } : {});
}
/** The unknown result for a compute that names neither an AKS nor an Arc-enabled cluster. */
function notAClusterResult(def, snapshot, cluster) {
    return makeResult(def, 'unknown', clusterResource(cluster), (0,model_text/* text */.Qq) `\`${cluster.id}\` is neither an AKS nor an Arc-enabled cluster, so its extensions could not be read. Detach the compute and attach the cluster again.`, { remedy: reattachFix(snapshot, cluster) });
}
function evaluateExtension(snapshot, cluster) {
    const def = K8S_02_RULE;
    const resource = clusterResource(cluster);
    if (!cluster.viaExtension) {
        return makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `Cluster \`${cluster.name}\` is attached only as a legacy AKS compute, which does not use the extension; K8S-04 recommends moving to a Kubernetes compute.`);
    }
    if (cluster.kind === 'other')
        return notAClusterResult(def, snapshot, cluster);
    const lookup = azureMlExtension(snapshot, cluster);
    if (lookup.kind === 'unreadable')
        return extensionUnreadable(def, resource, lookup);
    if (lookup.kind === 'missing') {
        const others = lookup.others.length
            ? (0,model_text/* text */.Qq) ` (it has ${(0,model_text/* joinText */._V)(lookup.others.map(e => (0,model_text/* text */.Qq) `\`${e.extensionType ?? e.name}\``), ', ')})`
            : (0,model_text/* text */.Qq) ``;
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Cluster \`${cluster.name}\` has no Azure Machine Learning extension${others}. Create it with inference on, an internal load balancer and HTTPS only.`, { remedy: createExtensionFix(cluster) });
    }
    const extension = lookup.extension;
    const problems = [];
    if (!equalsIgnoreCase(extension.provisioningState, 'Succeeded')) {
        problems.push({
            text: (0,model_text/* text */.Qq) `its provisioning state is ${extension.provisioningState === undefined ? (0,model_text/* text */.Qq) `not reported` : (0,model_text/* text */.Qq) `\`${extension.provisioningState}\``}, not Succeeded (the command shows why; delete the extension and create it again if it stays failed)`,
            fix: {
                commands: [
                    sh `az k8s-extension show --name ${extension.name} ${clusterArgs(cluster)} --query ${raw('"{state: provisioningState, statuses: statuses}"')}`
                ]
            }
        });
    }
    const inference = setting(extension, 'enableInference');
    if (!isTrue(inference)) {
        problems.push({
            text: (0,model_text/* text */.Qq) `\`enableInference\` is ${inference === undefined ? (0,model_text/* text */.Qq) `not set` : (0,model_text/* text */.Qq) `\`${inference}\``}, so it cannot serve online endpoints`,
            fix: {
                commands: [
                    sh `az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)} --config enableInference=True`
                ]
            }
        });
    }
    if (problems.length > 0) {
        const remedy = joinFixes(problems.map(p => p.fix));
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Azure Machine Learning extension \`${extension.name}\` on cluster \`${cluster.name}\`: ${(0,model_text/* joinText */._V)(problems.map(p => p.text), '; ')}.`, remedy ? { remedy } : {});
    }
    return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Azure Machine Learning extension \`${extension.name}\` on cluster \`${cluster.name}\` is Succeeded, and \`enableInference\` is \`${inference ?? ''}\`.`);
}
const K8S_02 = defineCheck(K8S_02_RULE, (snapshot, def) => {
    const pre = clustersOrResults(def, snapshot);
    if ('results' in pre)
        return pre.results;
    return pre.clusters.map(cluster => evaluateExtension(snapshot, cluster));
});

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-03-router.ts





function evaluateRouter(snapshot, cluster) {
    const def = K8S_03_RULE;
    const resource = clusterResource(cluster);
    if (!cluster.viaExtension) {
        return makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `Cluster \`${cluster.name}\` is attached only as a legacy AKS compute, which has no extension inference router; K8S-04 checks its load balancer.`);
    }
    if (cluster.kind === 'other')
        return notAClusterResult(def, snapshot, cluster);
    const lookup = azureMlExtension(snapshot, cluster);
    if (lookup.kind === 'unreadable')
        return extensionUnreadable(def, resource, lookup);
    if (lookup.kind === 'missing') {
        return makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `Cluster \`${cluster.name}\` has no Azure Machine Learning extension, so there is no inference router yet; K8S-02 reports it.`);
    }
    const extension = lookup.extension;
    const name = (0,model_text/* text */.Qq) `Inference router of extension \`${extension.name}\` on cluster \`${cluster.name}\``;
    // One result: the worst of how the router is exposed and how it serves TLS, with both reasons.
    const exposure = routerExposure(cluster, extension);
    const tls = routerTls(extension);
    const parts = [exposure, tls];
    const worst = parts.reduce((a, b) => (k8s_03_router_OUTCOME_RANK[b.outcome] > k8s_03_router_OUTCOME_RANK[a.outcome] ? b : a));
    const failures = parts.filter(p => p.outcome === 'fail');
    const joined = tls.outcome === 'pass'
        ? exposure.outcome === 'pass'
            ? (0,model_text/* text */.Qq) ` and ${tls.text}`
            : (0,model_text/* text */.Qq) `; it ${tls.text}`
        : exposure.outcome === 'pass'
            ? (0,model_text/* text */.Qq) `, but ${tls.text}`
            : (0,model_text/* text */.Qq) `; also ${tls.text}`;
    const remedy = routerFix(cluster, extension, parts);
    const result = makeResult(def, worst.outcome, resource, (0,model_text/* concatText */.en)(name, (0,model_text/* text */.Qq) ` `, exposure.text, joined, (0,model_text/* text */.Qq) `.`), remedy ? { remedy } : {});
    if (failures.length === 0)
        return result;
    return { ...result, severity: failures.some(p => p.severity === 'error') ? 'error' : 'warning' };
}
const k8s_03_router_OUTCOME_RANK = { pass: 0, unknown: 1, fail: 2 };
/** One `az k8s-extension update` with every setting the findings need, after their other commands. */
function routerFix(cluster, extension, findings) {
    const open = findings.filter(f => f.outcome !== 'pass');
    const config = [...new Set(open.flatMap(f => f.config ?? []))];
    const secret = [...new Set(open.flatMap(f => f.protectedConfig ?? []))];
    const update = config.length + secret.length > 0
        ? [
            sh `az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)}${raw(config.length ? ` --config ${config.join(' ')}` : '')}${raw(secret.length ? ` --config-protected ${secret.join(' ')}` : '')}`
        ]
        : [];
    return joinFixes(open.map((f, i) => ({
        commands: [...(f.commands ?? []), ...(i === open.length - 1 ? update : [])],
        ...(f.placeholders ? { placeholders: f.placeholders } : {})
    })));
}
const INTERNAL_LOAD_BALANCER = [
    'inferenceRouterServiceType=LoadBalancer',
    'internalLoadBalancerProvider=azure'
];
/** How the router is exposed: inferenceRouterServiceType and, on AKS, internalLoadBalancerProvider. */
function routerExposure(cluster, extension) {
    const serviceType = setting(extension, 'inferenceRouterServiceType');
    const provider = setting(extension, 'internalLoadBalancerProvider');
    if (serviceType === undefined) {
        return {
            outcome: 'unknown',
            text: (0,model_text/* text */.Qq) `does not set \`inferenceRouterServiceType\`, so how the router is exposed is unknown; set it explicitly to an internal load balancer`,
            config: INTERNAL_LOAD_BALANCER
        };
    }
    switch (serviceType.trim().toLowerCase()) {
        case 'loadbalancer':
            if (cluster.kind === 'arc') {
                // internalLoadBalancerProvider applies to AKS only (how-to-deploy-kubernetes-extension):
                // on Arc the cluster's own load balancer decides, and ARM cannot see the address it got.
                return {
                    outcome: 'unknown',
                    text: (0,model_text/* text */.Qq) `is a LoadBalancer service on Azure Arc-enabled cluster \`${cluster.name}\`. \`internalLoadBalancerProvider=azure\` applies to AKS clusters only${provider === undefined ? (0,model_text/* text */.Qq) `` : (0,model_text/* text */.Qq) `, so the setting (\`${provider}\`) does not make this router internal`}: the cluster's own load balancer decides whether the address is private or public, and Azure Resource Manager does not report it. Confirm with \`kubectl\` that the EXTERNAL-IP of service \`azureml-fe\` in namespace \`azureml\` is a private address reachable only from your network, or expose the router as NodePort (or ClusterIP) behind your own private ingress with \`az k8s-extension update\``,
                    commands: ['kubectl get service azureml-fe --namespace azureml'],
                    config: ['inferenceRouterServiceType=NodePort']
                };
            }
            if (equalsIgnoreCase(provider?.trim(), 'azure')) {
                return {
                    outcome: 'pass',
                    text: (0,model_text/* text */.Qq) `is an internal Azure load balancer (\`internalLoadBalancerProvider=azure\`)`
                };
            }
            return {
                outcome: 'fail',
                severity: 'error',
                text: (0,model_text/* text */.Qq) `is a LoadBalancer service ${provider === undefined ? (0,model_text/* text */.Qq) `without \`internalLoadBalancerProvider\`` : provider.trim() === '' ? (0,model_text/* text */.Qq) `with an empty \`internalLoadBalancerProvider\`` : (0,model_text/* text */.Qq) `with \`internalLoadBalancerProvider\` \`${provider}\``}, so Azure gives it a public IP address and the endpoints are reachable from the internet. Make it internal (\`internalLoadBalancerProvider=azure\`)`,
                config: INTERNAL_LOAD_BALANCER
            };
        case 'nodeport':
            return {
                outcome: 'pass',
                text: (0,model_text/* text */.Qq) `is a NodePort service: reachable on every node's address at the node port, so keep the nodes private (K8S-01) and limit the port with a network security group`
            };
        case 'clusterip':
            return {
                outcome: 'pass',
                text: (0,model_text/* text */.Qq) `is a ClusterIP service: reachable only inside the cluster, behind the ingress you provide`
            };
        default:
            return {
                outcome: 'fail',
                severity: 'error',
                text: (0,model_text/* text */.Qq) `has \`inferenceRouterServiceType\` \`${serviceType}\`, which is not LoadBalancer, NodePort or ClusterIP. Make it an internal load balancer`,
                config: INTERNAL_LOAD_BALANCER
            };
    }
}
/** Protected settings that carry the router's certificate: as documented, and as the CLI stores them. */
const CERTIFICATE_PROTECTED_SETTINGS = [
    ['sslCertPemFile', 'sslKeyPemFile'],
    ['scoringFe.sslCert', 'scoringFe.sslKey']
];
/** A host name that is safe to paste into a shell command (Azure does not validate `sslCname`). */
function safeHostName(name) {
    return name && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(name) ? name : undefined;
}
/** The settings that turn on HTTPS only, with the host name when it is already set. */
function httpsOnly(cname) {
    const host = safeHostName(cname);
    return {
        config: [`allowInsecureConnections=False`, `sslCname=${host ?? '<scoring-host-name>'}`],
        protectedConfig: ['sslCertPemFile=<cert.pem>', 'sslKeyPemFile=<key.pem>'],
        placeholders: host
            ? (0,model_text/* text */.Qq) `\`<cert.pem>\` and \`<key.pem>\` are the PEM files of the certificate for \`${host}\` and its private key.`
            : (0,model_text/* text */.Qq) `\`<scoring-host-name>\` is the host name clients score on (the name in the certificate); \`<cert.pem>\` and \`<key.pem>\` are the PEM files of that certificate and its private key.`
    };
}
const OR_SECRET = (0,model_text/* text */.Qq) `(or name a Kubernetes secret in namespace \`azureml\` holding \`cert.pem\` and \`key.pem\` with \`--config sslSecret=<secret>\`)`;
/**
 * HTTPS on the router (how-to-deploy-kubernetes-extension, configuration settings): with
 * allowInsecureConnections False (the default), sslCname is required, and the certificate
 * comes from sslSecret or the protected settings sslCertPemFile and sslKeyPemFile.
 */
function routerTls(extension) {
    const cname = setting(extension, 'sslCname')?.trim();
    if (isTrue(setting(extension, 'allowInsecureConnections'))) {
        return {
            outcome: 'fail',
            severity: 'warning',
            text: (0,model_text/* text */.Qq) `\`allowInsecureConnections\` is True, so clients can score over plain HTTP. Serve HTTPS only, with a certificate ${OR_SECRET}`,
            ...httpsOnly(cname)
        };
    }
    const secret = setting(extension, 'sslSecret')?.trim();
    const keys = extension.configurationProtectedSettingKeys?.map(k => k.toLowerCase());
    const protectedCertificate = keys !== undefined &&
        CERTIFICATE_PROTECTED_SETTINGS.some(pair => pair.every(k => keys.includes(k.toLowerCase())));
    const certificate = secret
        ? (0,model_text/* text */.Qq) `the certificate from \`sslSecret\` \`${secret}\``
        : protectedCertificate
            ? (0,model_text/* text */.Qq) `a certificate in its protected settings`
            : undefined;
    const missing = [
        ...(cname ? [] : [(0,model_text/* text */.Qq) `\`sslCname\` is not set`]),
        ...(certificate || keys === undefined
            ? []
            : [
                (0,model_text/* text */.Qq) `no certificate is set (neither \`sslSecret\` nor the protected settings \`sslCertPemFile\` and \`sslKeyPemFile\`)`
            ])
    ];
    if (missing.length > 0) {
        return {
            outcome: 'fail',
            severity: 'warning',
            text: (0,model_text/* text */.Qq) `the router serves HTTPS only (\`allowInsecureConnections\` is not True), which needs \`sslCname\` and a certificate, but ${missing.reduce((a, b) => (0,model_text/* text */.Qq) `${a} and ${b}`)}. Set the host name and the certificate ${OR_SECRET}`,
            ...httpsOnly(cname)
        };
    }
    if (!certificate) {
        const host = safeHostName(cname);
        return {
            outcome: 'unknown',
            text: (0,model_text/* text */.Qq) `the router serves HTTPS only with \`sslCname\` \`${cname ?? ''}\`, and Azure does not report the extension's protected settings, so whether a certificate was given as \`sslCertPemFile\` and \`sslKeyPemFile\` could not be confirmed. Confirm that the scoring host name presents the certificate (\`openssl s_client\` prints it), or give the certificate as \`sslSecret\` (a Kubernetes secret in namespace \`azureml\`) so that it can be checked`,
            commands: [
                host
                    ? `openssl s_client -connect ${host}:443 -servername ${host} -brief </dev/null`
                    : 'openssl s_client -connect <scoring-host-name>:443 -servername <scoring-host-name> -brief </dev/null'
            ],
            ...(host
                ? {}
                : {
                    placeholders: (0,model_text/* text */.Qq) `\`<scoring-host-name>\` is the host name clients score on (\`sslCname\`).`
                })
        };
    }
    return {
        outcome: 'pass',
        text: (0,model_text/* text */.Qq) `serves only HTTPS, with \`sslCname\` \`${cname ?? ''}\` and ${certificate}`
    };
}
const K8S_03 = defineCheck(K8S_03_RULE, (snapshot, def) => {
    const pre = clustersOrResults(def, snapshot);
    if ('results' in pre)
        return pre.results;
    return pre.clusters.map(cluster => evaluateRouter(snapshot, cluster));
});

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-04-attach.ts
/**
 * K8S-04: the cluster is attached as a Kubernetes compute (legacy AKS computes: a notice or an error).
 */







const COMPUTE_NAME_PLACEHOLDER = (0,model_text/* text */.Qq) `\`<compute-name>\` is the name the workspace gives the cluster (2 to 16 letters, digits and hyphens).`;
/** A name for the Kubernetes compute that replaces legacy compute `name` (at most 16 characters). */
function replacementComputeName(name, computes) {
    const taken = new Set(computes.map(c => c.name.toLowerCase()));
    for (let n = 1;; n++) {
        const suffix = n === 1 ? '-k8s' : `-k8s${n}`;
        const candidate = `${name.slice(0, 16 - suffix.length)}${suffix}`;
        if (!taken.has(candidate.toLowerCase()))
            return candidate;
    }
}
const K8S_04 = defineCheck(K8S_04_RULE, (snapshot, def) => {
    const skip = skipUnlessRoute(def, snapshot, 'kubernetes');
    if (skip)
        return skip;
    const { workspaceName } = snapshot.target;
    if (!snapshot.computes.ok) {
        return [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)];
    }
    const all = snapshot.computes.value;
    const computes = all.filter(evaluate_clusters/* isClusterCompute */.yn);
    if (computes.length === 0) {
        return [
            makeResult(def, 'fail', workspaceResource(snapshot), (0,model_text/* text */.Qq) `No Kubernetes cluster is attached to workspace \`${workspaceName}\`, and the Kubernetes route is checked. Deploy the Azure Machine Learning extension on a secured cluster (K8S-02), then attach it.`, {
                remedy: {
                    commands: [attachCommand(snapshot, raw('<cluster-id>'), raw('<compute-name>'))],
                    placeholders: (0,model_text/* concatText */.en)(CLUSTER_ID_PLACEHOLDER, (0,model_text/* text */.Qq) ` `, COMPUTE_NAME_PLACEHOLDER)
                }
            })
        ];
    }
    return computes.flatMap(compute => {
        const resource = resourceOf(compute.id, TYPES.compute, compute.name);
        const cluster = compute.resourceId ? (0,model_snapshot/* resourceName */.Iy)(compute.resourceId) : undefined;
        const succeeded = equalsIgnoreCase(compute.provisioningState, 'Succeeded');
        const state = compute.provisioningState === undefined
            ? (0,model_text/* text */.Qq) `provisioning state not reported`
            : (0,model_text/* text */.Qq) `provisioning state \`${compute.provisioningState}\``;
        if (!compute.resourceId) {
            return [
                makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Compute \`${compute.name}\` names no cluster (no \`resourceId\`). Detach it and attach the cluster again.`, {
                    remedy: {
                        commands: [
                            detachCommand(snapshot, compute.name),
                            attachCommand(snapshot, raw('<cluster-id>'), compute.name)
                        ],
                        placeholders: CLUSTER_ID_PLACEHOLDER
                    }
                })
            ];
        }
        if (!(0,evaluate_clusters/* isLegacyAksCompute */.qg)(compute)) {
            return [
                succeeded
                    ? makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Kubernetes compute \`${compute.name}\` attaches cluster \`${cluster ?? ''}\` (Succeeded).`)
                    : makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Kubernetes compute \`${compute.name}\` (cluster \`${cluster ?? ''}\`) has ${state}, not Succeeded. Check the extension (K8S-02), then detach the compute and attach it again.`, {
                        remedy: {
                            commands: [
                                detachCommand(snapshot, compute.name),
                                attachCommand(snapshot, compute.resourceId, compute.name)
                            ]
                        }
                    })
            ];
        }
        const newName = replacementComputeName(compute.name, all);
        const kind = (0,evaluate_clusters/* clusterKind */.Jf)(compute.resourceId);
        // Move to the extension route: the extension on the same cluster, then a Kubernetes compute.
        const move = joinFixes([
            ...(kind === 'other'
                ? []
                : [
                    createExtensionFix({
                        id: compute.resourceId,
                        kind,
                        name: (0,model_snapshot/* resourceName */.Iy)(compute.resourceId)
                    })
                ]),
            { commands: [attachCommand(snapshot, compute.resourceId, newName)] }
        ]);
        const legacy = (0,model_text/* text */.Qq) `Compute \`${compute.name}\` is a legacy AKS compute; Kubernetes online endpoints use a Kubernetes compute with the Azure Machine Learning extension. Move to the extension route: deploy the extension (K8S-02) and attach the cluster as Kubernetes compute \`${newName}\`, redeploy the endpoints to it, then detach \`${compute.name}\`.`;
        const extras = move ? { remedy: move } : {};
        const internal = equalsIgnoreCase(compute.loadBalancerType, 'InternalLoadBalancer');
        // One result for the compute: even a private, succeeded legacy compute is a notice to move.
        if (internal && succeeded) {
            return [
                {
                    ...makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Legacy AKS compute \`${compute.name}\` (cluster \`${cluster ?? ''}\`) is Succeeded and scores through an internal load balancer, so it is not public. ${legacy}`, extras),
                    severity: 'notice'
                }
            ];
        }
        return [
            makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Legacy AKS compute \`${compute.name}\` (cluster \`${cluster ?? ''}\`) ${internal
                ? (0,model_text/* text */.Qq) `has ${state}, not Succeeded`
                : compute.loadBalancerType === undefined
                    ? (0,model_text/* text */.Qq) `scores through the default public load balancer (no \`loadBalancerType\` set), reachable from the internet`
                    : (0,model_text/* text */.Qq) `scores through load balancer type \`${compute.loadBalancerType}\`, reachable from the internet`}. ${legacy}`, extras)
        ];
    });
});

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-05-endpoints.ts
/**
 * K8S-05: each Kubernetes online endpoint targets an attached cluster that passes K8S-01..03.
 */










const k8s_05_endpoints_SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
function worstSeverity(results) {
    return results
        .map(r => r.severity ?? 'error')
        .reduce((worst, s) => (k8s_05_endpoints_SEVERITY_RANK[s] > k8s_05_endpoints_SEVERITY_RANK[worst] ? s : worst), 'notice');
}
/**
 * An endpoint's compute cannot be changed: delete it and create it again on `compute` (its
 * deployments go with it and are created again after).
 */
function recreateFix(snapshot, endpoint, compute) {
    const { resourceGroup, workspaceName } = snapshot.target;
    const args = raw(sh `--resource-group ${resourceGroup} --workspace-name ${workspaceName} --name ${endpoint}`);
    const file = (0,model_text/* text */.Qq) `\`endpoint.yml\` is the endpoint's YAML (\`az ml online-endpoint show\` prints its settings); deleting the endpoint deletes its deployments, so create them again after (\`az ml online-deployment create\`).`;
    return {
        commands: [
            sh `az ml online-endpoint delete ${args}`,
            sh `az ml online-endpoint create ${args} --file endpoint.yml --set ${compute === undefined ? raw('compute=azureml:<compute-name>') : `compute=azureml:${compute}`}`
        ],
        placeholders: compute
            ? file
            : (0,model_text/* text */.Qq) `${file} \`<compute-name>\` is a Kubernetes compute of the workspace on a secured cluster.`
    };
}
/** The first succeeded Kubernetes compute other than `except`, to recreate an endpoint on. */
function otherKubernetesCompute(computes, except) {
    return computes.find(c => equalsIgnoreCase(c.computeType, 'Kubernetes') &&
        equalsIgnoreCase(c.provisioningState, 'Succeeded') &&
        c.resourceId &&
        !equalsIgnoreCase(c.name, except ?? ''))?.name;
}
const K8S_05 = defineCheck(K8S_05_RULE, (snapshot, def) => {
    const skip = skipUnlessRoute(def, snapshot, 'kubernetes');
    if (skip)
        return skip;
    const { workspaceName } = snapshot.target;
    if (!snapshot.onlineEndpoints.ok) {
        return [
            workspaceListUnreadable(def, snapshot, 'online endpoints', snapshot.onlineEndpoints.error)
        ];
    }
    const endpoints = snapshot.onlineEndpoints.value.filter(e => e.computeType === 'Kubernetes');
    if (endpoints.length === 0) {
        return [
            makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `Workspace \`${workspaceName}\` has no Kubernetes online endpoints yet; the check runs once one exists.`)
        ];
    }
    if (!snapshot.computes.ok) {
        return [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)];
    }
    const computes = snapshot.computes.value;
    const clusters = (0,evaluate_clusters/* attachedClusters */.Qw)(computes);
    return endpoints.map(endpoint => {
        const resource = resourceOf(endpoint.id, RESOURCE_TYPES.onlineEndpoint, endpoint.name);
        const ref = endpoint.compute ?? '';
        // `compute` is the compute's ARM id; older bodies carry just its name.
        const compute = computes.find(c => equalsIgnoreCase(c.id, ref) || equalsIgnoreCase(c.name, (0,model_snapshot/* resourceName */.Iy)(ref)));
        const recreate = (except) => recreateFix(snapshot, endpoint.name, otherKubernetesCompute(computes, except));
        if (!compute) {
            return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${(0,model_snapshot/* resourceName */.Iy)(ref)}\`, which is not attached to workspace \`${workspaceName}\`. Recreate the endpoint on a secured Kubernetes compute.`, { remedy: recreate() });
        }
        if (!equalsIgnoreCase(compute.computeType, 'Kubernetes')) {
            return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${compute.name}\` of type ${compute.computeType === undefined ? (0,model_text/* text */.Qq) `unknown` : (0,model_text/* text */.Qq) `\`${compute.computeType}\``}, not a Kubernetes compute. Recreate the endpoint on a secured Kubernetes compute.`, { remedy: recreate(compute.name) });
        }
        if (!equalsIgnoreCase(compute.provisioningState, 'Succeeded')) {
            return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${compute.name}\`, whose provisioning state is ${compute.provisioningState === undefined ? (0,model_text/* text */.Qq) `not reported` : (0,model_text/* text */.Qq) `\`${compute.provisioningState}\``} (K8S-04). Check the extension (K8S-02), then detach the compute and attach it again.`, compute.resourceId
                ? {
                    remedy: {
                        commands: [
                            detachCommand(snapshot, compute.name),
                            attachCommand(snapshot, compute.resourceId, compute.name)
                        ]
                    }
                }
                : {});
        }
        const cluster = clusters.find(c => c.id.toLowerCase() === compute.resourceId?.toLowerCase());
        if (!cluster) {
            return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${compute.name}\`, which names no cluster (K8S-04). Detach it and attach the cluster again.`, {
                remedy: {
                    commands: [
                        detachCommand(snapshot, compute.name),
                        attachCommand(snapshot, raw('<cluster-id>'), compute.name)
                    ],
                    placeholders: CLUSTER_ID_PLACEHOLDER
                }
            });
        }
        const clusterResults = [
            evaluateClusterSecurity(snapshot, cluster),
            evaluateExtension(snapshot, cluster),
            evaluateRouter(snapshot, cluster)
        ];
        const failed = clusterResults.filter(r => r.outcome === 'fail');
        const open = clusterResults.filter(r => r.outcome === 'unknown' || r.outcome === 'skipped');
        const ids = (rs) => rs.map(r => r.checkId).join(', ');
        const serves = (0,model_text/* text */.Qq) `Kubernetes online endpoint \`${endpoint.name}\` serves from cluster \`${cluster.name}\` (compute \`${compute.name}\`)`;
        // The cluster's own fixes fix the endpoint too; a cause there (a refused read, a deleted
        // cluster) is this result's cause, named once with its fix.
        const extrasOf = (behind) => {
            const cause = behind.find(r => r.cause)?.cause;
            const remedy = joinFixes(behind.map(r => r.remedy ?? (r.cause?.key === cause?.key ? undefined : r.cause?.fix)));
            return { ...(remedy ? { remedy } : {}), ...(cause ? { cause } : {}) };
        };
        if (failed.length > 0) {
            // As severe as the worst of the cluster's failures: a warning there is a warning here.
            const severity = worstSeverity(failed);
            const alsoOpen = open.length > 0 ? (0,model_text/* text */.Qq) `; ${(0,model_text/* ours */.Od)(ids(open))} could not be confirmed either` : (0,model_text/* text */.Qq) ``;
            return {
                ...makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `${serves}, which fails ${(0,model_text/* ours */.Od)(failed.map(r => `${r.checkId} (${r.severity ?? 'error'})`).join(', '))}${alsoOpen}: fix the cluster as those checks say (the commands are theirs), or recreate the endpoint on a secured Kubernetes compute.`, extrasOf(failed)),
                severity
            };
        }
        if (open.length > 0) {
            return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `${serves}, whose ${(0,model_text/* ours */.Od)(ids(open))} could not be confirmed; see those results for what to read or fix.`, extrasOf(open));
        }
        return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Kubernetes online endpoint \`${endpoint.name}\` serves from compute \`${compute.name}\` on cluster \`${cluster.name}\`, which passes K8S-01, K8S-02 and K8S-03.`);
    });
});

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-06-region.ts
/**
 * K8S-06: with a workspace private endpoint, the AKS cluster is in the workspace's region.
 */




/** Azure region names compare without case and spaces (`East US 2` is `eastus2`). */
function regionKey(region) {
    return (region ?? '').replace(/\s+/g, '').toLowerCase();
}
const K8S_06 = defineCheck(K8S_06_RULE, (snapshot, def) => {
    const { workspaceName, workspaceId } = snapshot.target;
    return eachAksCluster(def, snapshot, name => (0,model_text/* text */.Qq) `Cluster \`${name}\` is not an AKS cluster: the region requirement of the Kubernetes inferencing article is about AKS.`, (cluster, attached) => {
        const resource = clusterResource(attached);
        const rg = orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>');
        const read = snapshot.workspace;
        if (!read.ok) {
            return unreadableResult(def, resource, (0,model_text/* text */.Qq) `workspace \`${workspaceName}\``, workspaceId, read.error);
        }
        const ws = read.value;
        if (ws.privateEndpointConnections.length === 0) {
            return makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no private endpoint, so AKS cluster \`${cluster.name}\` may be in another region (the article requires the same region only with a private endpoint).`);
        }
        if (!cluster.location) {
            return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` reports no location, so it could not be compared with the region of workspace \`${ws.name}\` (\`${ws.location}\`). The command prints the cluster's region.`, {
                remedy: {
                    commands: [
                        sh `az aks show --resource-group ${rg} --name ${cluster.name} --query location --output tsv`
                    ]
                }
            });
        }
        if (regionKey(cluster.location) === regionKey(ws.location)) {
            return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` is in \`${cluster.location}\`, the region of workspace \`${ws.name}\`, which has a private endpoint.`);
        }
        // A cluster cannot move: a new one in the workspace's region, with the extension, attached.
        const region = regionKey(ws.location);
        const name = `${cluster.name.slice(0, 62 - region.length)}-${region}`;
        const subscription = /^\/subscriptions\/([^/]+)/i.exec(cluster.id)?.[1] ?? '<subscription>';
        const newId = `/subscriptions/${subscription}/resourceGroups/${resourceGroupOf(cluster.id) ?? ''}/providers/Microsoft.ContainerService/managedClusters/${name}`;
        const compute = `k8s-${region}`.slice(0, 16).replace(/-$/, '');
        const remedy = joinFixes([
            {
                commands: [
                    sh `az aks create --resource-group ${rg} --name ${name} --location ${region} --vnet-subnet-id <subnet-id> --network-plugin azure --network-policy azure --enable-private-cluster`
                ],
                placeholders: (0,model_text/* text */.Qq) `\`<subnet-id>\` is the resource id of a subnet in \`${region}\` whose virtual network reaches the workspace's private endpoint.`
            },
            createExtensionFix({ id: newId, kind: 'aks', name }),
            { commands: [attachCommand(snapshot, newId, compute)] }
        ]);
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` is in \`${cluster.location}\`, but workspace \`${ws.name}\` has a private endpoint and is in \`${ws.location}\`; with a private endpoint the cluster must be in the workspace's region. A cluster cannot change region: create one in \`${region}\`, deploy the extension on it and attach it as compute \`${compute}\`, then move the deployments.`, remedy ? { remedy } : {});
    });
});

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-07-public-fqdn.ts
/**
 * K8S-07: a private AKS cluster has no public FQDN.
 */




const K8S_07 = defineCheck(K8S_07_RULE, (snapshot, def) => {
    return eachAksCluster(def, snapshot, name => (0,model_text/* text */.Qq) `Cluster \`${name}\` is not an AKS cluster: the public FQDN setting is AKS's.`, (cluster, attached) => {
        const resource = clusterResource(attached);
        if (cluster.enablePrivateCluster !== true) {
            return makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `AKS cluster \`${cluster.name}\` is not a private cluster, so it has no private-cluster public FQDN; K8S-01 judges its API server.`);
        }
        if (cluster.enablePrivateClusterPublicFqdn === true) {
            return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Private AKS cluster \`${cluster.name}\` also has a public FQDN (\`enablePrivateClusterPublicFQDN\`), which Azure Machine Learning does not support. Remove it.`, {
                remedy: {
                    commands: [
                        sh `az aks update --resource-group ${orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>')} --name ${cluster.name} --disable-public-fqdn`
                    ]
                }
            });
        }
        return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Private AKS cluster \`${cluster.name}\` has no public FQDN (\`enablePrivateClusterPublicFQDN\` is ${cluster.enablePrivateClusterPublicFqdn === false ? (0,model_text/* text */.Qq) `false` : (0,model_text/* text */.Qq) `not set, false by default`}).`);
    });
});

// EXTERNAL MODULE: ./src/evaluate/dependencies.ts
var dependencies = __webpack_require__(54654);
;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-08-registry-sku.ts
/**
 * K8S-08: with an AKS cluster attached, the workspace's container registry is Premium.
 */





const K8S_08 = defineCheck(K8S_08_RULE, (snapshot, def) => {
    const pre = clustersOrResults(def, snapshot);
    if ('results' in pre)
        return pre.results;
    if (!pre.clusters.some(c => c.kind === 'aks')) {
        return [
            makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `No AKS cluster is attached: the registry requirement comes with an AKS cluster behind a virtual network.`)
        ];
    }
    const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined;
    if (!ws?.containerRegistry) {
        return [
            makeResult(def, 'skipped', workspaceResource(snapshot), ws
                ? (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no container registry yet (one is created with the first image build); the check runs once it exists.`
                : (0,model_text/* text */.Qq) `The workspace could not be read, so its container registry is unknown; see the workspace results.`)
        ];
    }
    const registry = (0,dependencies/* workspaceDependency */.zi)(snapshot, ws, 'containerRegistry');
    const id = ws.containerRegistry;
    const resource = resourceOf(id, registry.type);
    const read = registry.networkAccess;
    if (!read) {
        return [
            makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `Container registry \`${resource.name}\` ${NOT_COLLECTED}.`)
        ];
    }
    if (!read.ok) {
        return [
            unreadableResult(def, resource, (0,model_text/* text */.Qq) `container registry \`${resource.name}\``, id, read.error)
        ];
    }
    const sku = read.value.skuName;
    if (equalsIgnoreCase(sku, 'Premium')) {
        return [
            makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Container registry \`${resource.name}\` is Premium, the tier that supports private endpoints.`)
        ];
    }
    return [
        makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Container registry \`${resource.name}\` is ${sku === undefined ? (0,model_text/* text */.Qq) `of an unreported tier` : (0,model_text/* text */.Qq) `\`${sku}\``}; only Premium registries support private endpoints, so the AKS cluster cannot reach it privately. Move it to Premium.`, {
            remedy: {
                commands: [
                    sh `az acr update --resource-group ${orPlaceholder(resourceGroupOf(id), '<resource-group>')} --name ${resource.name} --sku Premium`
                ]
            }
        })
    ];
});

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes/k8s-09-private-dependencies.ts
/**
 * K8S-09: the workspace and its storage, key vault and registry are reached privately from the
 * cluster's virtual network (a private endpoint there or in a peered network, or a service endpoint).
 */







/** `--group-id` values per dependency (storage needs blob and file). */
const GROUP_IDS = {
    storageAccount: ['blob', 'file'],
    keyVault: ['vault'],
    containerRegistry: ['registry']
};
function privateDependencies(snapshot, ws) {
    const deps = [
        {
            resource: workspaceResource(snapshot),
            label: (0,model_text/* text */.Qq) `workspace \`${ws.name}\``,
            groupIds: ['amlworkspace'],
            connections: { ok: true, value: ws.privateEndpointConnections },
            serviceEndpointSubnets: []
        }
    ];
    for (const dep of (0,dependencies/* workspaceDependencies */.v_)(snapshot, ws, dependencies/* DATA_DEPENDENCIES */.lX)) {
        // A registry is created with the first image build: until then there is nothing to reach.
        if (!dep.id)
            continue;
        const read = dep.networkAccess;
        const resource = resourceOf(dep.id, dep.type);
        deps.push({
            resource,
            label: (0,model_text/* text */.Qq) `${(0,model_text/* ours */.Od)(dep.label)} \`${resource.name}\``,
            groupIds: GROUP_IDS[dep.kind] ?? [],
            connections: read && (read.ok ? { ok: true, value: read.value.privateEndpointConnections ?? [] } : read),
            serviceEndpointSubnets: read?.ok ? (read.value.virtualNetworkRuleSubnetIds ?? []) : []
        });
    }
    return deps;
}
function clusterNetwork(snapshot, cluster) {
    const managed = snapshot.aksManagedVirtualNetworks?.[(0,model_snapshot/* resourceKey */.ik)(cluster.id)];
    const own = cluster.agentPools.map(p => p.vnetSubnetId).filter((id) => !!id);
    const managedSubnets = managed?.ok ? managed.value.flatMap(v => v.subnetIds) : [];
    const vnets = [
        ...own.map(model_snapshot/* parentVirtualNetworkId */.l3).filter((id) => !!id),
        ...(managed?.ok ? managed.value.map(v => v.id) : [])
    ];
    const subnets = [...own, ...managedSubnets];
    const first = subnets[0];
    return {
        cluster,
        vnets: [...new Map(vnets.map(id => [(0,model_snapshot/* resourceKey */.ik)(id), id])).values()],
        subnets,
        ...(first ? { subnetForCommand: first } : {})
    };
}
/** `az network private-endpoint create` in the cluster's network, one per sub-resource. */
function createPrivateEndpointFix(dep, net, groups = dep.groupIds) {
    const subnet = net.subnetForCommand;
    const vnet = subnet ? (0,model_snapshot/* parentVirtualNetworkId */.l3)(subnet) : net.vnets[0];
    const rg = orPlaceholder(vnet && resourceGroupOf(vnet), '<resource-group>');
    const commands = groups.map(group => {
        const name = `pe-${dep.resource.name}-${group}`;
        return sh `az network private-endpoint create --resource-group ${rg} --name ${name} --vnet-name ${orPlaceholder(vnet && (0,model_snapshot/* resourceName */.Iy)(vnet), '<vnet>')} --subnet ${orPlaceholder(subnet && (0,model_snapshot/* resourceName */.Iy)(subnet), '<subnet>')} --private-connection-resource-id ${dep.resource.id} --group-id ${group} --connection-name ${name}`;
    });
    return subnet
        ? { commands }
        : {
            commands,
            placeholders: vnet
                ? (0,model_text/* text */.Qq) `\`<subnet>\` is a subnet of the cluster's virtual network \`${(0,model_snapshot/* resourceName */.Iy)(vnet)}\` for private endpoints.`
                : (0,model_text/* text */.Qq) `\`<resource-group>\`, \`<vnet>\` and \`<subnet>\` name the cluster's virtual network and a subnet of it for private endpoints.`
        };
}
/** Peer the cluster's network and the one holding the private endpoints, both ways. */
function peeringFix(vnet, remote) {
    const one = (from, to) => sh `az network vnet peering create --resource-group ${orPlaceholder(resourceGroupOf(from), '<resource-group>')} --vnet-name ${(0,model_snapshot/* resourceName */.Iy)(from)} --name ${`${(0,model_snapshot/* resourceName */.Iy)(from)}-to-${(0,model_snapshot/* resourceName */.Iy)(to)}`} --remote-vnet ${to} --allow-vnet-access`;
    return { commands: [one(vnet, remote), one(remote, vnet)] };
}
/** Our sentence with its first letter upper-cased (when it starts with our words). */
function capitalized(t) {
    return (0,model_text/* concatText */.en)(...t.map((part, i) => typeof part === 'string'
        ? (0,model_text/* ours */.Od)(i === 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part)
        : 'value' in part
            ? (0,model_text/* value */.Uq)(part.value)
            : (0,model_text/* code */.aY)(part.code)));
}
/** One dependency against one AKS cluster's network: pass, fail or unknown with every reason. */
function judgeDependency(def, snapshot, dep, net) {
    const result = (outcome, detail, extras = {}) => makeResult(def, outcome, dep.resource, (0,model_text/* text */.Qq) `AKS cluster \`${net.cluster.name}\`: ${detail}`, {
        ...(extras.remedy ? { remedy: extras.remedy } : {}),
        ...(extras.cause ? { cause: extras.cause } : {})
    });
    if (!dep.connections)
        return result('unknown', (0,model_text/* text */.Qq) `${capitalized(dep.label)} ${NOT_COLLECTED}.`);
    if (!dep.connections.ok) {
        const { detail, cause } = readProblem(dep.label, dep.resource.id, dep.connections.error);
        return result('unknown', detail, { cause });
    }
    const serviceEndpoint = dep.serviceEndpointSubnets.find(id => net.subnets.some(s => (0,model_snapshot/* resourceKey */.ik)(s) === (0,model_snapshot/* resourceKey */.ik)(id)));
    if (serviceEndpoint) {
        return result('pass', (0,model_text/* text */.Qq) `${dep.label} admits the cluster's subnet \`${(0,model_snapshot/* resourceName */.Iy)(serviceEndpoint)}\` through a service endpoint (a virtual network rule), which the article accepts in place of a private endpoint.`);
    }
    const approved = dep.connections.value
        .filter(c => c.status?.toLowerCase() === 'approved' && c.privateEndpointId)
        .map(c => c.privateEndpointId);
    if (approved.length === 0) {
        const waiting = dep.connections.value.filter(c => c.status?.toLowerCase() !== 'approved');
        const statuses = [...new Set(waiting.map(c => c.status))].map(s => s === undefined ? (0,model_text/* text */.Qq) `of no reported status` : (0,model_text/* text */.Qq) `\`${s}\``);
        const why = waiting.length > 0
            ? (0,model_text/* text */.Qq) ` (its ${waiting.length} private endpoint connection(s) are ${(0,model_text/* joinText */._V)(statuses, ', ')}, not Approved)`
            : (0,model_text/* text */.Qq) ``;
        return result('fail', (0,model_text/* text */.Qq) `${dep.label} has no approved private endpoint${why}, so the cluster cannot reach it privately. Create one in the cluster's virtual network and link its private DNS zone to that network.`, { remedy: createPrivateEndpointFix(dep, net) });
    }
    // Each sub-resource the workspace uses (a storage account: blob and file) needs its own endpoint.
    const findings = dep.groupIds.map(group => judgeGroup(snapshot, dep, net, approved, group));
    const worst = findings.some(f => f.outcome === 'fail')
        ? 'fail'
        : findings.some(f => f.outcome === 'unknown')
            ? 'unknown'
            : 'pass';
    const shown = findings.filter(f => worst === 'pass' || f.outcome !== 'pass');
    return result(worst, (0,model_text/* joinText */._V)(shown.map((f, i) => (i === 0 ? f.text : capitalized(f.text))), ' '), {
        remedy: joinFixes(shown.map(f => f.fix)),
        cause: shown.find(f => f.cause)?.cause
    });
}
function judgeGroup(snapshot, dep, net, approved, group) {
    const what = dep.groupIds.length > 1 ? (0,model_text/* text */.Qq) `${dep.label} (\`${group}\`)` : dep.label;
    const unknowns = [];
    const elsewhere = [];
    for (const peId of approved) {
        const pe = snapshot.privateEndpoints[(0,model_snapshot/* resourceKey */.ik)(peId)];
        if (!pe) {
            unknowns.push({ text: (0,model_text/* text */.Qq) `Private endpoint \`${(0,model_snapshot/* resourceName */.Iy)(peId)}\` ${NOT_COLLECTED}.` });
            continue;
        }
        if (!pe.ok) {
            const { detail, cause } = readProblem((0,model_text/* text */.Qq) `private endpoint \`${(0,model_snapshot/* resourceName */.Iy)(peId)}\``, peId, pe.error);
            unknowns.push({ text: detail, cause });
            continue;
        }
        // An endpoint that reports no sub-resource may serve any.
        if (pe.value.groupIds && !pe.value.groupIds.some(g => g.toLowerCase() === group))
            continue;
        const peVnet = pe.value.subnetId ? (0,model_snapshot/* parentVirtualNetworkId */.l3)(pe.value.subnetId) : undefined;
        if (!peVnet) {
            unknowns.push({
                text: (0,model_text/* text */.Qq) `Private endpoint \`${pe.value.name}\` reports no subnet, so its network is unknown; the command shows it.`,
                fix: { commands: [sh `az network private-endpoint show --ids ${peId} --query subnet.id`] }
            });
            continue;
        }
        if (net.vnets.some(v => (0,model_snapshot/* resourceKey */.ik)(v) === (0,model_snapshot/* resourceKey */.ik)(peVnet))) {
            return {
                outcome: 'pass',
                text: (0,model_text/* text */.Qq) `the private endpoint \`${pe.value.name}\` of ${what} is in the cluster's virtual network \`${(0,model_snapshot/* resourceName */.Iy)(peVnet)}\`.`
            };
        }
        const peered = net.vnets.find(v => {
            const p = snapshot.clusterVnetPeerings?.[(0,model_snapshot/* resourceKey */.ik)(v)];
            return p?.ok && p.value.some(remote => (0,model_snapshot/* resourceKey */.ik)(remote) === (0,model_snapshot/* resourceKey */.ik)(peVnet));
        });
        if (peered) {
            return {
                outcome: 'pass',
                text: (0,model_text/* text */.Qq) `the private endpoint \`${pe.value.name}\` of ${what} is in \`${(0,model_snapshot/* resourceName */.Iy)(peVnet)}\`, peered (Connected) with the cluster's virtual network \`${(0,model_snapshot/* resourceName */.Iy)(peered)}\`.`
            };
        }
        const unread = net.vnets.find(v => !snapshot.clusterVnetPeerings?.[(0,model_snapshot/* resourceKey */.ik)(v)]?.ok);
        if (unread) {
            const p = snapshot.clusterVnetPeerings?.[(0,model_snapshot/* resourceKey */.ik)(unread)];
            const lead = (0,model_text/* text */.Qq) `The private endpoint \`${pe.value.name}\` of ${what} is in \`${(0,model_snapshot/* resourceName */.Iy)(peVnet)}\`, and the peerings of the cluster's virtual network \`${(0,model_snapshot/* resourceName */.Iy)(unread)}\``;
            if (p && !p.ok) {
                const { detail, cause } = readProblem((0,model_text/* text */.Qq) `virtual network \`${(0,model_snapshot/* resourceName */.Iy)(unread)}\``, unread, p.error);
                unknowns.push({ text: (0,model_text/* text */.Qq) `${lead} are unknown: ${detail}`, cause });
            }
            else {
                unknowns.push({ text: (0,model_text/* text */.Qq) `${lead} ${NOT_COLLECTED}.` });
            }
            continue;
        }
        elsewhere.push({ pe: pe.value.name, vnet: peVnet });
    }
    if (unknowns.length > 0) {
        const fix = joinFixes(unknowns.map(u => u.fix));
        const cause = unknowns.find(u => u.cause)?.cause;
        return {
            outcome: 'unknown',
            text: (0,model_text/* joinText */._V)(unknowns.map(u => u.text), ' '),
            ...(fix ? { fix } : {}),
            ...(cause ? { cause } : {})
        };
    }
    const first = elsewhere[0];
    if (!first) {
        return {
            outcome: 'fail',
            text: (0,model_text/* text */.Qq) `${dep.label} has no approved private endpoint for its \`${group}\` sub-resource, so the cluster cannot reach it privately. Create one in the cluster's virtual network and link its private DNS zone to that network.`,
            fix: createPrivateEndpointFix(dep, net, [group])
        };
    }
    const vnet = net.vnets[0];
    return {
        outcome: 'fail',
        text: (0,model_text/* text */.Qq) `the private endpoint(s) of ${what} (${(0,model_text/* joinText */._V)(elsewhere.map(e => (0,model_text/* text */.Qq) `\`${e.pe}\` in \`${e.vnet}\``), ', ')}) are in a virtual network that is neither the cluster's (${codeList(net.vnets.map(model_snapshot/* resourceName */.Iy))}) nor peered with it, so the cluster cannot reach it privately. Peer the two networks both ways and link the private DNS zones to the cluster's network, or create a private endpoint for it in the cluster's virtual network instead (\`az network private-endpoint create --group-id ${(0,model_text/* ours */.Od)(group)}\`).`,
        fix: peeringFix(vnet, first.vnet)
    };
}
/** oneResultPerResource, keeping every merged result's fix commands (it keeps the worst's only). */
function onePerResourceWithFixes(results) {
    return oneResultPerResource(results).map(merged => {
        const group = results.filter(r => r.checkId === merged.checkId &&
            r.resource.id.toLowerCase() === merged.resource.id.toLowerCase() &&
            r.outcome !== 'pass');
        if (group.length < 2)
            return merged;
        const remedy = joinFixes(group.map(r => r.remedy));
        const cause = merged.cause ?? group.find(r => r.cause)?.cause;
        return { ...merged, ...(remedy ? { remedy } : {}), ...(cause ? { cause } : {}) };
    });
}
const K8S_09 = defineCheck(K8S_09_RULE, (snapshot, def) => {
    const { workspaceName, workspaceId } = snapshot.target;
    const results = eachAksCluster(def, snapshot, name => (0,model_text/* text */.Qq) `Cluster \`${name}\` is not an AKS cluster: Azure Resource Manager does not report the network an Arc-enabled cluster runs in.`, (cluster, attached) => {
        const resource = clusterResource(attached);
        const read = snapshot.workspace;
        if (!read.ok) {
            return unreadableResult(def, resource, (0,model_text/* text */.Qq) `workspace \`${workspaceName}\``, workspaceId, read.error);
        }
        const net = clusterNetwork(snapshot, cluster);
        if (net.vnets.length === 0)
            return unknownNetwork(def, snapshot, cluster, resource);
        return privateDependencies(snapshot, read.value).map(dep => judgeDependency(def, snapshot, dep, net));
    });
    // Several clusters judge the same dependency: one result per resource, the worst, every reason.
    return onePerResourceWithFixes(results);
});
/** The cluster's network is not known: why (the AKS-managed network's read), and how to find it. */
function unknownNetwork(def, snapshot, cluster, resource) {
    const lead = (0,model_text/* text */.Qq) `The virtual network of AKS cluster \`${cluster.name}\` is not known (see K8S-01), so where the private endpoints must be cannot be checked.`;
    const managed = snapshot.aksManagedVirtualNetworks?.[(0,model_snapshot/* resourceKey */.ik)(cluster.id)];
    const group = cluster.nodeResourceGroup;
    if (managed && !managed.ok && managed.error.status !== 404 && group) {
        return unreadableResult(def, resource, (0,model_text/* text */.Qq) `the virtual networks of node resource group \`${group}\``, nodeResourceGroupId(cluster, group), managed.error, lead);
    }
    return makeResult(def, 'unknown', resource, group ? (0,model_text/* text */.Qq) `${lead} The command lists the networks in its node resource group.` : lead, group
        ? {
            remedy: {
                commands: [
                    sh `az network vnet list --resource-group ${group} --query ${raw('"[].id"')} --output tsv`
                ]
            }
        }
        : {});
}

;// CONCATENATED MODULE: ./src/evaluate/checks/kubernetes.ts











const KUBERNETES_CHECKS = [
    K8S_01,
    K8S_02,
    K8S_03,
    K8S_04,
    K8S_05,
    K8S_06,
    K8S_07,
    K8S_08,
    K8S_09
];

// EXTERNAL MODULE: ./src/evaluate/checks/rules/links.ts
var links = __webpack_require__(12396);
;// CONCATENATED MODULE: ./src/evaluate/checks/rules/managed-endpoints.ts

const SECURE_ONLINE_ENDPOINT_DOC = 'https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint';
const SECURE_ONLINE_ENDPOINT_HOWTO = 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-online-endpoint';
const MOE_01_RULE = {
    id: 'MOE-01',
    title: 'The workspace uses a managed virtual network',
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'error',
    rationale: 'The article recommends a workspace managed virtual network for managed online endpoints: Azure Machine Learning then isolates the workspace, its managed computes and deployments, and reaches the storage account, key vault and container registry through private endpoints. ' +
        'Without it, each deployment must isolate its own egress with the legacy egressPublicNetworkAccess flag, and a deployment created without it reaches the internet.',
    remediation: 'Enable the workspace managed network (isolation mode AllowOnlyApprovedOutbound, or AllowInternetOutbound), then provision it. ' +
        'Existing managed online endpoints are not moved into it: delete and recreate them (and their deployments) after the managed network is enabled. ' +
        'In Bicep: properties.managedNetwork.isolationMode on Microsoft.MachineLearningServices/workspaces.',
    fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --managed-network allow_only_approved_outbound',
    docUrl: links/* MANAGED_NETWORK_DOC */.Y,
    summary: '`managedNetwork.isolationMode` is `AllowInternetOutbound` or `AllowOnlyApprovedOutbound` (`Disabled`: warning if every managed deployment has `egressPublicNetworkAccess: Disabled`, else error)'
};
const MOE_02_RULE = {
    id: 'MOE-02',
    title: 'The managed virtual network is provisioned',
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'warning',
    rationale: 'A managed network is created lazily: until it is provisioned (status Active) its private endpoints and outbound rules do not exist yet, and the first deployment waits for it or fails on a missing rule.',
    remediation: 'Provision the managed network once after enabling it or changing its rules, before deploying.',
    fix: 'az ml workspace provision-network --resource-group <resource-group> --name <workspace>',
    docUrl: links/* MANAGED_NETWORK_DOC */.Y,
    summary: '`managedNetwork.status.status` is `Active` (`Inactive`: warning)'
};
const MOE_03_RULE = {
    id: 'MOE-03',
    title: 'Managed online endpoints are not reachable from the public internet',
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'error',
    rationale: 'A managed online endpoint with public network access on accepts scoring requests from anywhere on the internet, whatever the workspace network settings are. ' +
        'Turning it off means clients reach the endpoint only through the workspace private endpoint.',
    remediation: 'Set public network access of every managed online endpoint to disabled and call it from inside the virtual network through the workspace private endpoint.',
    fix: 'az ml online-endpoint update --name <endpoint> --resource-group <resource-group> --workspace-name <workspace> --set public_network_access=disabled',
    docUrl: SECURE_ONLINE_ENDPOINT_DOC,
    summary: 'every managed online endpoint has `publicNetworkAccess: Disabled`'
};
const MOE_04_RULE = {
    id: 'MOE-04',
    title: 'Egress of every managed deployment is isolated',
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'error',
    rationale: "A managed deployment's container can reach the internet unless the workspace managed network controls its egress, or the deployment was created with the legacy egressPublicNetworkAccess: Disabled. " +
        'Existing managed online endpoints are not moved into a managed network enabled after them, so a deployment older than the managed network keeps the egress it was created with. Azure does not report when the network was enabled, but enabling it changes the workspace: a deployment created after the workspace was last changed runs in the managed network; an older one is not confirmed. ' +
        'An open egress path lets a compromised model or dependency exfiltrate data.',
    remediation: 'Prefer the workspace managed network (MOE-01), and recreate deployments (or endpoints) created before it was enabled. Without it, create every managed deployment with egress public network access disabled: the setting cannot be changed on an existing deployment, so create a new deployment, move traffic to it and delete the old one.',
    fix: 'az ml online-deployment create --resource-group <resource-group> --workspace-name <workspace> --endpoint-name <endpoint> --file deployment.yml --set egress_public_network_access=disabled',
    docUrl: SECURE_ONLINE_ENDPOINT_DOC,
    summary: "every managed deployment's egress is isolated: `egressPublicNetworkAccess: Disabled`, or the managed network for a deployment provably newer than it (created before May 2023 without the flag: error; otherwise not confirmed: unknown)"
};
const MOE_05_RULE = {
    id: 'MOE-05',
    title: "The managed network reaches the workspace's storage, key vault and registry privately",
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'error',
    rationale: 'Deployments in the managed network load models from the storage account, secrets from the key vault and images from the container registry. ' +
        "Each needs an active PrivateEndpoint outbound rule to the sub-resource deployments use (storage blob, key vault vault, registry registry): a private endpoint reaches only its own sub-resource, so a rule to the storage account's file sub-resource does not carry blob traffic. Without one, that traffic has no private path and either fails or leaves over the internet. " +
        'In AllowInternetOutbound the service creates these private endpoints only for dependencies whose public network access is disabled (how-to-managed-network); a dependency that allows public access is then reached over its public endpoint, reported as a warning rather than a broken rule.',
    remediation: "Add a PrivateEndpoint outbound rule for each workspace dependency that lacks one (the service adds them for the workspace's own resources), then provision the managed network so the rules become Active. " +
        'In Bicep: properties.managedNetwork.outboundRules.<name> with type PrivateEndpoint, destination.serviceResourceId and destination.subresourceTarget (blob, vault or registry).',
    fix: 'az ml workspace outbound-rule set --resource-group <resource-group> --workspace-name <workspace> --rule <rule-name> --type private_endpoint --service-resource-id <resource-id> --subresource-target <blob|vault|registry>',
    docUrl: links/* MANAGED_NETWORK_DOC */.Y,
    summary: "the workspace's storage account, key vault and container registry each have an `Active` `PrivateEndpoint` outbound rule to the sub-resource deployments use (`blob`, `vault`, `registry`)"
};
const MOE_06_RULE = {
    id: 'MOE-06',
    title: 'The managed network allows only approved outbound traffic',
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'notice',
    rationale: 'With AllowInternetOutbound, anything running in the managed network can reach any internet address; AllowOnlyApprovedOutbound limits egress to the outbound rules you approve, which protects against data exfiltration. ' +
        'This is a recommendation: it never fails the workflow by itself.',
    remediation: 'Switch the managed network to AllowOnlyApprovedOutbound and add FQDN or ServiceTag rules for the destinations your models need. In Bicep: properties.managedNetwork.isolationMode: AllowOnlyApprovedOutbound.',
    fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --managed-network allow_only_approved_outbound',
    docUrl: links/* MANAGED_NETWORK_DOC */.Y,
    summary: 'the managed network is `AllowOnlyApprovedOutbound` (`AllowInternetOutbound`: a notice, never a failed step)'
};
const MOE_07_RULE = {
    id: 'MOE-07',
    title: 'The workspace is not in v1 legacy mode',
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'error',
    rationale: 'Network isolation of managed online endpoints needs the workspace flag v1LegacyMode (v1_legacy_mode) off: with it on, the workspace keeps the v1 API behaviour and managed online endpoints cannot be created in it (how-to-secure-online-endpoint, Limitations).',
    remediation: 'Turn v1 legacy mode off on the workspace. In Bicep: properties.v1LegacyMode: false on Microsoft.MachineLearningServices/workspaces.',
    fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --v1-legacy-mode false',
    docUrl: SECURE_ONLINE_ENDPOINT_HOWTO,
    summary: "the workspace's `v1LegacyMode` is not `true`"
};

;// CONCATENATED MODULE: ./src/evaluate/checks/managed-endpoints.ts
/**
 * Checklist section "Secure managed online endpoints" (MOE-*): the decisions. Each check's
 * words (title, rationale, remediation, fix, doc link) are in rules/managed-endpoints.ts.
 * Kubernetes online endpoints belong to kubernetes.ts.
 */






/** `--resource-group <rg> --workspace-name <ws>` of the workspace the checks read. */
function workspaceArgs(snapshot, nameFlag = '--workspace-name') {
    const { resourceGroup, workspaceName } = snapshot.target;
    return `--resource-group ${shellArg(resourceGroup)} ${nameFlag} ${shellArg(workspaceName)}`;
}
/** `managedNetwork.isolationMode` as Azure reports it, or the default when absent. */
function isolationMode(ws) {
    const mode = ws.managedNetwork?.isolationMode;
    return mode === undefined ? (0,model_text/* text */.Qq) `Disabled (not set)` : (0,model_text/* text */.Qq) `${mode}`;
}
const MOE_03 = defineCheck(MOE_03_RULE, (snapshot, def) => {
    const skip = skipUnlessRoute(def, snapshot, 'managed');
    if (skip)
        return skip;
    const { workspaceName } = snapshot.target;
    if (!snapshot.onlineEndpoints.ok) {
        return [
            workspaceListUnreadable(def, snapshot, 'online endpoints', snapshot.onlineEndpoints.error)
        ];
    }
    const managed = snapshot.onlineEndpoints.value.filter(e => e.computeType === 'Managed');
    if (managed.length === 0) {
        return [
            makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `Workspace \`${workspaceName}\` has no managed online endpoints yet; the check runs once one exists.`)
        ];
    }
    return managed.map(endpoint => {
        const resource = resourceOf(endpoint.id, RESOURCE_TYPES.onlineEndpoint, endpoint.name);
        if (isPublicNetworkAccessDisabled(endpoint.publicNetworkAccess)) {
            return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Managed online endpoint \`${endpoint.name}\` has public network access Disabled.`);
        }
        const found = endpoint.publicNetworkAccess === undefined
            ? (0,model_text/* text */.Qq) `does not set public network access, so the service default (Enabled) applies`
            : (0,model_text/* text */.Qq) `has public network access ${endpoint.publicNetworkAccess}`;
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Managed online endpoint \`${endpoint.name}\` ${found} and accepts scoring requests from the public internet. Turn its public network access off.`, {
            remedy: {
                commands: [
                    `az ml online-endpoint update --name ${shellArg(endpoint.name)} ${workspaceArgs(snapshot)} --set public_network_access=disabled`
                ]
            }
        });
    });
});
const ONLINE_DEPLOYMENT_TYPE = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments';
function withSeverity(result, severity) {
    return { ...result, severity };
}
/** `az ml workspace update ... --managed-network <mode>` for this workspace. */
function enableManagedNetworkCommand(snapshot, mode = 'allow_only_approved_outbound') {
    return `az ml workspace update ${workspaceArgs(snapshot, '--name')} --managed-network ${mode}`;
}
function provisionNetworkCommand(snapshot) {
    return `az ml workspace provision-network ${workspaceArgs(snapshot, '--name')}`;
}
/** Enable the managed network, then provision it (MOE-01's fix). */
function enableManagedNetworkFix(snapshot) {
    return {
        commands: [enableManagedNetworkCommand(snapshot), provisionNetworkCommand(snapshot)]
    };
}
function managedEndpointDeployments(snapshot) {
    if (!snapshot.onlineEndpoints.ok)
        return [];
    return snapshot.onlineEndpoints.value
        .filter(e => e.computeType === 'Managed')
        .map(endpoint => ({
        endpoint,
        deployments: snapshot.onlineDeployments[(0,model_snapshot/* resourceKey */.ik)(endpoint.id)]
    }));
}
/** The unknown result for an endpoint whose deployments were not read, or undefined when they were. */
function deploymentsUnreadable(def, snapshot, item) {
    const resource = resourceOf(item.endpoint.id, RESOURCE_TYPES.onlineEndpoint, item.endpoint.name);
    if (!item.deployments) {
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `The deployments of endpoint \`${item.endpoint.name}\` were not read (a bug in aml-inference-guard: please report it with the JSON report attached). List them to check their egress by hand.`, {
            remedy: {
                commands: [
                    `az ml online-deployment list ${workspaceArgs(snapshot)} --endpoint-name ${shellArg(item.endpoint.name)}`
                ]
            }
        });
    }
    if (item.deployments.ok)
        return undefined;
    const { detail, cause } = readProblem((0,model_text/* text */.Qq) `the deployments of online endpoint \`${item.endpoint.name}\``, `${item.endpoint.id}/deployments`, item.deployments.error);
    return makeResult(def, 'unknown', resource, detail, { cause });
}
function isEgressDisabled(deployment) {
    return equalsIgnoreCase(deployment.egressPublicNetworkAccess, 'Disabled');
}
function egressText(deployment) {
    return deployment.egressPublicNetworkAccess === undefined
        ? (0,model_text/* text */.Qq) `does not set \`egressPublicNetworkAccess\` (the service default, Enabled, applies)`
        : (0,model_text/* text */.Qq) `has \`egressPublicNetworkAccess\` ${deployment.egressPublicNetworkAccess}`;
}
/** `HTTP 403 AuthorizationFailed` (Azure's message stays out: it is not needed to act). */
function statusOf(error) {
    return error.status === null
        ? (0,model_text/* text */.Qq) `no response, ${error.code}`
        : (0,model_text/* text */.Qq) `HTTP ${error.status} ${error.code}`;
}
/** Shared preamble of the workspace-level MOE checks: route, then the workspace read. */
function managedWorkspace(def, snapshot) {
    const skip = skipUnlessRoute(def, snapshot, 'managed');
    if (skip)
        return { results: skip };
    if (!snapshot.workspace.ok) {
        return { results: [workspaceUnreadable(def, snapshot, snapshot.workspace.error)] };
    }
    return { ws: snapshot.workspace.value };
}
const MOE_01 = defineCheck(MOE_01_RULE, (snapshot, def) => {
    const pre = managedWorkspace(def, snapshot);
    if ('results' in pre)
        return pre.results;
    const ws = pre.ws;
    const resource = workspaceResource(snapshot);
    if (hasManagedNetwork(ws)) {
        return [
            makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` uses a managed virtual network (isolation mode ${isolationMode(ws)}).`)
        ];
    }
    const found = (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}).`;
    const fix = (0,model_text/* text */.Qq) `Enable the managed network and provision it, then recreate the existing managed online endpoints and their deployments: they are not moved into it (MOE-04).`;
    const fail = (why) => makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `${found} ${why} ${fix}`, {
        remedy: enableManagedNetworkFix(snapshot)
    });
    // Severity: warning only when every managed deployment is still isolated the legacy way.
    // A failed read only keeps the severity at error: the fail itself is the missing network.
    if (!snapshot.onlineEndpoints.ok) {
        return [
            fail((0,model_text/* text */.Qq) `The online endpoints could not be read (${statusOf(snapshot.onlineEndpoints.error)}), so legacy egress isolation of the deployments could not be confirmed.`)
        ];
    }
    const items = managedEndpointDeployments(snapshot);
    const unreadable = items.filter(i => !i.deployments?.ok);
    // Named `endpoint/deployment`: deployment names repeat across endpoints (`blue`).
    const deployments = items.flatMap(i => i.deployments?.ok
        ? i.deployments.value.map(d => ({ ...d, name: `${i.endpoint.name}/${d.name}` }))
        : []);
    if (unreadable.length > 0) {
        return [
            fail((0,model_text/* text */.Qq) `The deployments of ${names(unreadable.map(i => i.endpoint.name))} could not be read, so legacy egress isolation could not be confirmed.`)
        ];
    }
    if (deployments.length === 0) {
        return [
            fail((0,model_text/* text */.Qq) `No managed deployment exists yet, and a deployment created without the legacy \`egressPublicNetworkAccess: Disabled\` reaches the internet.`)
        ];
    }
    const open = deployments.filter(d => !isEgressDisabled(d));
    if (open.length === 0) {
        return [
            withSeverity(fail((0,model_text/* text */.Qq) `Every managed deployment (${names(deployments.map(d => d.name))}) still isolates its egress with the legacy \`egressPublicNetworkAccess: Disabled\`; the article recommends moving to the managed network.`), 'warning')
        ];
    }
    return [
        fail((0,model_text/* text */.Qq) `${open.length} of ${deployments.length} managed deployment(s) can reach the internet: ${(0,model_text/* joinText */._V)(open.map(d => (0,model_text/* text */.Qq) `\`${d.name}\` ${egressText(d)}`), '; ')}.`)
    ];
});
/** Names from Azure, each as code, comma-separated. */
function names(list) {
    return (0,model_text/* joinText */._V)(list.map(n => (0,model_text/* text */.Qq) `\`${n}\``), ', ');
}
const MOE_02 = defineCheck(MOE_02_RULE, (snapshot, def) => {
    const pre = managedWorkspace(def, snapshot);
    if ('results' in pre)
        return pre.results;
    const ws = pre.ws;
    const resource = workspaceResource(snapshot);
    if (!hasManagedNetwork(ws)) {
        return [
            makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}), so there is nothing to provision; MOE-01 reports it.`)
        ];
    }
    const status = ws.managedNetwork?.status?.status;
    const provision = { commands: [provisionNetworkCommand(snapshot)] };
    if (equalsIgnoreCase(status, 'Active')) {
        return [
            makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `The managed network of workspace \`${ws.name}\` is Active.`)
        ];
    }
    if (status === undefined) {
        return [
            makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` reports no managed network status, so whether its network is provisioned is unknown. Provision it: that is safe to repeat.`, { remedy: provision })
        ];
    }
    return [
        makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `The managed network of workspace \`${ws.name}\` is ${status}, not Active: its private endpoints and outbound rules are not in place yet. Provision it.`, { remedy: provision })
    ];
});
/**
 * Managed virtual networks were introduced on 23 May 2023 (how-to-managed-network): a
 * deployment created before then predates any managed network its workspace has now.
 */
const MANAGED_NETWORK_INTRODUCED = '2023-05-23T00:00:00Z';
/**
 * Replace a deployment (its egress setting cannot be changed in place): create a new one
 * from the same definition with all the traffic, then delete the old one.
 */
function recreateDeploymentFix(snapshot, endpoint, deployment, extra = '') {
    const where = `${workspaceArgs(snapshot)} --endpoint-name ${shellArg(endpoint)}`;
    return {
        commands: [
            `az ml online-deployment create ${where} --name <new-deployment> --file deployment.yml${extra} --all-traffic`,
            `az ml online-deployment delete ${where} --name ${shellArg(deployment)} --yes`
        ],
        placeholders: (0,model_text/* text */.Qq) `\`<new-deployment>\` is a new name you choose for the replacement; \`deployment.yml\` is the definition of \`${deployment}\` (model, environment, instance type and count), as you deployed it. \`--all-traffic\` sends all of the endpoint's traffic to the replacement: leave it out to split the traffic yourself.`
    };
}
/**
 * A deployment in a workspace with a managed network. Existing managed online endpoints
 * are not moved into a managed network enabled after them (how-to-managed-network), and
 * the snapshot has no time the network was enabled: only a deployment isolated either
 * way, or one provably older than managed networks, gets a firm verdict.
 */
function judgeManagedNetworkDeployment(def, snapshot, ws, endpoint, d, resource) {
    const mode = isolationMode(ws);
    const name = (0,model_text/* text */.Qq) `Deployment \`${d.name}\` of \`${endpoint.name}\``;
    if (isEgressDisabled(d)) {
        return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `${name} has the legacy \`egressPublicNetworkAccess: Disabled\`, so its egress is isolated whether it runs in the workspace managed network (${mode}) or predates it.`);
    }
    const created = d.createdAt === undefined ? undefined : Date.parse(d.createdAt);
    const recreate = recreateDeploymentFix(snapshot, endpoint.name, d.name);
    if (created !== undefined &&
        !Number.isNaN(created) &&
        created < Date.parse(MANAGED_NETWORK_INTRODUCED)) {
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `${name} was created ${d.createdAt ?? ''}, before managed virtual networks existed (23 May 2023), so before the workspace's managed network: existing deployments are not moved into it, and this one ${egressText(d)}, so it can reach the internet. Recreate it so that it runs in the managed network, move the traffic to it and delete the old one (or delete and recreate endpoint \`${endpoint.name}\`).`, { remedy: recreate });
    }
    // Enabling or changing the managed network is a change of the workspace resource: a
    // deployment created after the workspace's last change was created into the network as it is.
    const settled = ws.lastModifiedAt === undefined ? NaN : Date.parse(ws.lastModifiedAt);
    if (created !== undefined && !Number.isNaN(settled) && created >= settled) {
        return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `${name} was created ${d.createdAt ?? ''}, after the workspace's last change (${ws.lastModifiedAt ?? ''}), so after its managed network (${mode}) was configured: its egress goes through the managed network.`);
    }
    const when = d.createdAt === undefined
        ? (0,model_text/* text */.Qq) `Azure reports no creation time for it`
        : (0,model_text/* text */.Qq) `it was created ${d.createdAt}`;
    const lastChange = ws.lastModifiedAt === undefined ? (0,model_text/* text */.Qq) `(not reported)` : (0,model_text/* text */.Qq) `(${ws.lastModifiedAt})`;
    return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `${name}: not confirmed that its egress goes through the workspace managed network (${mode}). Existing managed online endpoints are not moved into a managed network enabled after them, ${when}, before the workspace's last change ${lastChange}, and Azure does not report when the managed network was enabled; the deployment ${egressText(d)}. Confirm: find when the managed network was enabled in the workspace's activity log (first command) and compare; if the deployment is older, or you cannot tell, recreate it so that it runs in the managed network, move the traffic to it and delete the old one (or delete and recreate endpoint \`${endpoint.name}\`). Once confirmed, suppress this result with the reason.`, {
        remedy: {
            ...recreate,
            commands: [
                `az monitor activity-log list --resource-id ${shellArg(ws.id)} --offset 90d`,
                ...recreate.commands
            ]
        }
    });
}
const MOE_04 = defineCheck(MOE_04_RULE, (snapshot, def) => {
    const pre = managedWorkspace(def, snapshot);
    if ('results' in pre)
        return pre.results;
    const ws = pre.ws;
    const { workspaceName } = snapshot.target;
    if (!snapshot.onlineEndpoints.ok) {
        return [
            workspaceListUnreadable(def, snapshot, 'online endpoints', snapshot.onlineEndpoints.error)
        ];
    }
    const managedNetwork = hasManagedNetwork(ws);
    const results = [];
    for (const item of managedEndpointDeployments(snapshot)) {
        const unreadable = deploymentsUnreadable(def, snapshot, item);
        if (unreadable || !item.deployments?.ok) {
            if (unreadable)
                results.push(unreadable);
            continue;
        }
        for (const d of item.deployments.value) {
            const resource = resourceOf(d.id, ONLINE_DEPLOYMENT_TYPE, `${item.endpoint.name}/${d.name}`);
            if (managedNetwork) {
                results.push(judgeManagedNetworkDeployment(def, snapshot, ws, item.endpoint, d, resource));
            }
            else if (isEgressDisabled(d)) {
                results.push(makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Deployment \`${d.name}\` of \`${item.endpoint.name}\` has \`egressPublicNetworkAccess\` Disabled (legacy isolation; the workspace has no managed network).`));
            }
            else {
                results.push(makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Deployment \`${d.name}\` of \`${item.endpoint.name}\` ${egressText(d)} and the workspace has no managed network, so it can reach the internet. The setting cannot be changed on a deployment: recreate it with egress disabled, move the traffic to it and delete the old one. Or enable the workspace managed network (MOE-01) and recreate the deployment in it.`, {
                    remedy: recreateDeploymentFix(snapshot, item.endpoint.name, d.name, ' --set egress_public_network_access=disabled')
                }));
            }
        }
    }
    if (results.length === 0) {
        return [
            makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `Workspace \`${workspaceName}\` has no managed online deployments yet; the check runs once one exists.`)
        ];
    }
    return results;
});
/** The sub-resource deployments use on each dependency: a private endpoint reaches only its own. */
const DEPLOYMENT_SUBRESOURCE = {
    storageAccount: 'blob',
    keyVault: 'vault',
    containerRegistry: 'registry'
};
function capitalizeFirst(words) {
    return words.charAt(0).toUpperCase() + words.slice(1);
}
/** The CLI command that turns off a dependency's public network access. */
function disablePublicAccessCommand(type, id) {
    const where = `--resource-group ${shellArg(resourceGroupOf(id) ?? '')} --name ${shellArg((0,model_snapshot/* resourceName */.Iy)(id))}`;
    if (type === 'Microsoft.Storage/storageAccounts')
        return `az storage account update ${where} --public-network-access Disabled`;
    if (type === 'Microsoft.KeyVault/vaults')
        return `az keyvault update ${where} --public-network-access Disabled`;
    return `az acr update ${where} --public-network-enabled false`;
}
/** `rule-a (Inactive), rule-b (no status)`: names and statuses as Azure reports them. */
function rulesText(rules, show, missing) {
    return (0,model_text/* joinText */._V)(rules.map(r => {
        const shown = show(r);
        return (0,model_text/* text */.Qq) `\`${r.name}\` (${shown === undefined ? (0,model_text/* ours */.Od)(missing) : shown})`;
    }), ', ');
}
/** The field of `az ml workspace show` that names each dependency. */
const SHOW_FIELD = {
    storageAccount: 'storage_account',
    keyVault: 'key_vault',
    containerRegistry: 'container_registry'
};
const MOE_05 = defineCheck(MOE_05_RULE, (snapshot, def) => {
    const pre = managedWorkspace(def, snapshot);
    if ('results' in pre)
        return pre.results;
    const ws = pre.ws;
    if (!hasManagedNetwork(ws)) {
        return [
            makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}), so it has no outbound rules to check; MOE-01 reports it.`)
        ];
    }
    const rules = outboundRulesOf(snapshot, ws);
    if (!rules.ok) {
        return [workspaceListUnreadable(def, snapshot, 'managed network outbound rules', rules.error)];
    }
    const provision = provisionNetworkCommand(snapshot);
    return dependencies/* DATA_DEPENDENCIES */.lX.map(kind => {
        const dep = (0,dependencies/* workspaceDependency */.zi)(snapshot, ws, kind);
        const label = (0,model_text/* ours */.Od)(dep.label);
        const subresource = DEPLOYMENT_SUBRESOURCE[kind];
        const id = dep.id;
        if (!id) {
            if (kind === 'containerRegistry') {
                return makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no container registry yet (one is created with the first image build), so there is nothing to reach; the check runs once it exists.`);
            }
            return makeResult(def, 'unknown', workspaceResource(snapshot), (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` reports no ${label}, so whether the managed network reaches it privately is unknown. Check which ${label} the workspace uses.`, {
                remedy: {
                    commands: [
                        `az ml workspace show ${workspaceArgs(snapshot, '--name')} --query ${SHOW_FIELD[kind]}`
                    ]
                }
            });
        }
        const resource = resourceOf(id, dep.type);
        const toResource = rules.rules.filter(r => equalsIgnoreCase(r.type, 'PrivateEndpoint') && equalsIgnoreCase(r.serviceResourceId, id));
        // A private endpoint reaches one sub-resource: a `file` rule does not carry blob traffic.
        const matching = toResource.filter(r => equalsIgnoreCase(r.subresourceTarget, subresource));
        const active = matching.filter(isActive);
        const addRule = {
            commands: [
                `az ml workspace outbound-rule set ${workspaceArgs(snapshot)} --rule ${shellArg(`pe-${resource.name}-${subresource}`)} --type private_endpoint --service-resource-id ${shellArg(id)} --subresource-target ${subresource}`,
                provision
            ]
        };
        const target = (0,model_text/* text */.Qq) `the ${subresource} sub-resource of ${label} \`${resource.name}\``;
        if (active.length > 0) {
            return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `The managed network reaches ${target} through active PrivateEndpoint rule(s) ${rulesText(active, r => r.subresourceTarget, 'no sub-resource')}.`);
        }
        if (matching.length > 0) {
            return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `The PrivateEndpoint rule(s) to ${target} are not Active: ${rulesText(matching, r => r.status, 'no status')}. Provision the managed network.`, { remedy: { commands: [provision] } });
        }
        const internetMode = equalsIgnoreCase(ws.managedNetwork?.isolationMode, 'AllowInternetOutbound');
        const access = internetMode ? dep.networkAccess : undefined;
        if (access && !access.ok) {
            const { detail, cause } = readProblem((0,model_text/* text */.Qq) `${label} \`${resource.name}\``, id, access.error);
            return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `No PrivateEndpoint outbound rule of workspace \`${ws.name}\` reaches ${target}. In AllowInternetOutbound the service creates one only when the ${label}'s public network access is disabled. ${detail}`, { cause });
        }
        if (access?.ok && !equalsIgnoreCase(access.value.publicNetworkAccess, 'Disabled')) {
            // how-to-managed-network: in AllowInternetOutbound, private endpoints to the workspace's
            // dependencies are created only for those whose public network access is disabled.
            const setting = access.value.publicNetworkAccess === undefined
                ? (0,model_text/* text */.Qq) `not set: Enabled by default`
                : (0,model_text/* text */.Qq) `${access.value.publicNetworkAccess}`;
            return withSeverity(makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `${(0,model_text/* ours */.Od)(capitalizeFirst(dep.label))} \`${resource.name}\` allows public network access (${setting}), so in AllowInternetOutbound the service creates no private endpoint to it and deployments reach it over its public endpoint: working, as designed for this mode, but not private. Disable its public network access and provision the managed network, so the service adds the rule (or keep it public and add a PrivateEndpoint outbound rule to ${target} yourself).`, { remedy: { commands: [disablePublicAccessCommand(dep.type, id), provision] } }), 'warning');
        }
        if (toResource.length > 0) {
            return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `PrivateEndpoint rule(s) ${rulesText(toResource, r => r.subresourceTarget, 'no sub-resource')} reach ${label} \`${resource.name}\`, but none targets the ${subresource} sub-resource deployments use, so that traffic has no private path. Add a rule to it.`, { remedy: addRule });
        }
        const disabled = access?.ok
            ? (0,model_text/* text */.Qq) ` Its public network access is disabled, so in AllowInternetOutbound the service should have created the rule: provision the managed network, or add the rule.`
            : (0,model_text/* text */.Qq) ` Add the rule.`;
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `No PrivateEndpoint outbound rule of workspace \`${ws.name}\` targets its ${label} \`${resource.name}\` (rules read from ${(0,model_text/* ours */.Od)(rules.source)}).${disabled}`, { remedy: addRule });
    });
});
const MOE_06 = defineCheck(MOE_06_RULE, (snapshot, def) => {
    const pre = managedWorkspace(def, snapshot);
    if ('results' in pre)
        return pre.results;
    const ws = pre.ws;
    const resource = workspaceResource(snapshot);
    if (isApprovedOutboundOnly(ws)) {
        return [
            makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `The managed network of workspace \`${ws.name}\` allows only approved outbound traffic.`)
        ];
    }
    if (!hasManagedNetwork(ws)) {
        return [
            makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}); MOE-01 reports it.`)
        ];
    }
    return [
        makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `The managed network of workspace \`${ws.name}\` is ${isolationMode(ws)}: deployments can reach any internet address. Recommended: allow only approved outbound traffic, after adding outbound rules for what your models need.`, { remedy: { commands: [enableManagedNetworkCommand(snapshot)] } })
    ];
});
const MOE_07 = defineCheck(MOE_07_RULE, (snapshot, def) => {
    const pre = managedWorkspace(def, snapshot);
    if ('results' in pre)
        return pre.results;
    const ws = pre.ws;
    const resource = workspaceResource(snapshot);
    if (ws.v1LegacyMode === true) {
        return [
            makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has \`v1LegacyMode\` set to true: managed online endpoints cannot be network-isolated (or created) in it. Turn v1 legacy mode off.`, {
                remedy: {
                    commands: [
                        `az ml workspace update ${workspaceArgs(snapshot, '--name')} --v1-legacy-mode false`
                    ]
                }
            })
        ];
    }
    return [
        makeResult(def, 'pass', resource, ws.v1LegacyMode === false
            ? (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has \`v1LegacyMode\` false.`
            : (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` does not report \`v1LegacyMode\`, so the service default (false) applies.`)
    ];
});
const MANAGED_ENDPOINT_CHECKS = [
    MOE_01,
    MOE_02,
    MOE_03,
    MOE_04,
    MOE_05,
    MOE_06,
    MOE_07
];

// EXTERNAL MODULE: ./src/evaluate/engine/network.ts
var network = __webpack_require__(34356);
// EXTERNAL MODULE: ./src/evaluate/engine/prefixes.ts
var prefixes = __webpack_require__(19140);
;// CONCATENATED MODULE: ./src/evaluate/engine/nsg.ts


/** The platform's outbound defaults; every NSG has them and they cannot be changed. */
const DEFAULT_OUTBOUND_RULES = [
    defaultRule('AllowVnetOutBound', 65000, 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
    defaultRule('AllowInternetOutBound', 65001, 'Allow', '*', 'Internet'),
    defaultRule('DenyAllOutBound', 65500, 'Deny', '*', '*')
];
function defaultRule(name, priority, access, source, destination) {
    return {
        name,
        priority,
        direction: 'Outbound',
        access,
        protocol: '*',
        sourcePortRange: '*',
        destinationPortRange: '*',
        sourceAddressPrefix: source,
        destinationAddressPrefix: destination
    };
}
function plural(single, many) {
    return [...(single ? [single] : []), ...(many ?? [])].filter(v => v.trim() !== '');
}
/** How one rule treats the flow. */
function matchRule(rule, flow, space = (0,network/* destinationSpace */.ju)(flow)) {
    const no = { rule, match: 'no' };
    if (!/^outbound$/i.test(rule.direction))
        return no;
    if (!/^(tcp|\*|any)$/i.test(rule.protocol.trim()))
        return no;
    const ports = plural(rule.destinationPortRange, rule.destinationPortRanges);
    if (!ports.some(p => (0,network/* portRangeCovers */.Bj)(p, flow.port)))
        return no;
    const destinations = plural(rule.destinationAddressPrefix, rule.destinationAddressPrefixes);
    // Destination application security groups hold NICs in the VNet, never the registry.
    const cover = (0,network/* coverOf */.vv)(destinations, flow, space);
    if (cover.known.length === 0 && cover.opaque === 'none')
        return no;
    const reasons = [];
    const sources = plural(rule.sourceAddressPrefix, rule.sourceAddressPrefixes);
    let source;
    if (sources.length > 0) {
        source = (0,network/* anyOf */.EB)(sources.map(s => (0,network/* sourceCoversSubnet */.nR)(s, flow.sourcePrefixes)));
        if (source === 'maybe')
            reasons.push((0,model_text/* text */.Qq) `its source holds only part of the subnet`);
    }
    else if ((rule.sourceApplicationSecurityGroupIds ?? []).length > 0) {
        // Whether the subnet's NICs are in the group is not read.
        source = 'maybe';
        reasons.push((0,model_text/* text */.Qq) `its source is an application security group`);
    }
    else {
        source = 'no';
    }
    const sourcePorts = plural(rule.sourcePortRange, rule.sourcePortRanges);
    const anySourcePort = sourcePorts.length === 0 || sourcePorts.some(p => /^(\*|any)$/i.test(p.trim()));
    const sourcePort = anySourcePort ? 'yes' : 'maybe';
    if (!anySourcePort)
        reasons.push((0,model_text/* text */.Qq) `it matches only source ports ${sourcePorts.join(', ')}`);
    const match = (0,network/* allOf */.bn)([source, sourcePort]);
    return match === 'maybe'
        ? { rule, match, partialReason: (0,model_text/* joinText */._V)(reasons, ' and '), cover }
        : { rule, match, cover };
}
/** Outbound rules in evaluation order: custom rules by priority, then the platform defaults. */
function outboundRules(nsg) {
    const custom = nsg.securityRules
        .filter(r => /^outbound$/i.test(r.direction))
        .sort((a, b) => a.priority - b.priority)
        .map(rule => ({ rule, isDefault: false }));
    return [...custom, ...DEFAULT_OUTBOUND_RULES.map(rule => ({ rule, isDefault: true }))];
}
function evaluateNsg(nsg, flow) {
    const space = (0,network/* destinationSpace */.ju)(flow);
    const outboundLimited = nsg.securityRules.some(r => /^outbound$/i.test(r.direction) && /^deny$/i.test(r.access));
    const evaluated = outboundRules(nsg).map(({ rule, isDefault }) => ({
        ...matchRule(rule, flow, space),
        isDefault
    }));
    const decision = (0,network/* firstMatch */.o4)(space, evaluated.map(m => ({
        item: m,
        allow: /^allow$/i.test(m.rule.access),
        match: m.match,
        cover: m.cover ?? { known: [], opaque: 'none' },
        ...(m.partialReason ? { partialReason: m.partialReason } : {})
    })));
    // DenyAllOutBound covers every address, so every part has a rule.
    const deciders = decision.parts
        .filter(p => p.item !== undefined)
        .map(p => ({ match: p.item, allow: p.allow, known: p.known, opaque: p.opaque }));
    if (deciders.length === 0)
        throw new Error('no NSG rule matched, not even DenyAllOutBound');
    return {
        decidedBy: deciders.find(d => !d.allow)?.match ?? deciders[0].match,
        allowed: decision.verdict === 'allowed',
        verdict: decision.verdict,
        deciders,
        denied: decision.denied,
        uncertainBecause: decision.uncertainBecause.map(c => c.partialReason && !sameText(c.partialReason, c.item.partialReason)
            ? { ...c.item, partialReason: c.partialReason }
            : c.item),
        outboundLimited,
        evaluated
    };
}
/**
 * A free priority just below (numerically smaller than) `priority`, so that an
 * allow rule is evaluated before the rule at `priority`. Custom rules use 100-4096.
 */
function priorityBefore(nsg, priority) {
    const used = new Set(nsg.securityRules.filter(r => /^outbound$/i.test(r.direction)).map(r => r.priority));
    for (let p = Math.min(priority, 4097) - 1; p >= 100; p--)
        if (!used.has(p))
            return p;
    return undefined;
}
function sameText(a, b) {
    return b !== undefined && (0,model_text/* plainText */.wh)(a) === (0,model_text/* plainText */.wh)(b);
}

// EXTERNAL MODULE: ./src/evaluate/network-target.ts
var network_target = __webpack_require__(40203);
;// CONCATENATED MODULE: ./src/evaluate/checks/outbound/egress.ts
/**
 * What OUT-01, OUT-02 and OUT-04 share: the subnets traffic leaves from (from
 * egressSubnets in src/evaluate/network-target.ts) with the region's service
 * tags, and where image pulls go (the registry's data path as read).
 */






const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';
const PORT = 443;
function registryTag(region) {
    return `AzureContainerRegistry.${(0,network/* serviceTagRegion */.gp)(region)}`;
}
/** The region's service tags from the snapshot, and why the registry tag is missing if it is. */
function serviceTagsOf(snapshot, region) {
    const read = snapshot.serviceTags?.[region.toLowerCase()];
    const tag = registryTag(region);
    const subscription = `/subscriptions/${snapshot.target.subscriptionId}`;
    const what = (0,model_text/* text */.Qq) `the service tags of region \`${region}\``;
    if (!read) {
        const missing = (t) => (0,model_text/* text */.Qq) `the address prefixes of \`${t}\` were not read (Service Tags discovery API)`;
        return { tagPrefixes: undefined, tagsMissing: missing(tag), tagsMissingFor: missing };
    }
    if (!read.ok) {
        const error = read.error;
        const missing = (t) => (0,model_text/* text */.Qq) `the address prefixes of \`${t}\` could not be read from the Service Tags discovery API (${egress_statusOf(error)}; it needs \`Microsoft.Network/locations/serviceTags/read\` on the subscription, part of Reader)`;
        return {
            tagPrefixes: undefined,
            tagsMissing: missing(tag),
            tagsMissingFor: missing,
            tagsCause: readProblem(what, subscription, error).cause
        };
    }
    const tagPrefixes = (0,network/* tagPrefixMap */.nC)(read.value.tags);
    const pageError = read.value.pageError;
    return tagPrefixes?.[(0,network/* tagKey */.E4)(tag)]
        ? { tagPrefixes }
        : {
            tagPrefixes,
            tagsMissing: (0,model_text/* text */.Qq) `the Service Tags discovery API did not list \`${tag}\`${read.value.incomplete ? (0,model_text/* text */.Qq) ` (a later page of its answer could not be read${pageError ? (0,model_text/* text */.Qq) `: ${egress_statusOf(pageError)}` : (0,model_text/* text */.Qq) ``})` : (0,model_text/* text */.Qq) ``}`,
            ...(read.value.incomplete && pageError
                ? { tagsCause: readProblem(what, subscription, pageError).cause }
                : {})
        };
}
/** `HTTP 403 AuthorizationFailed` (Azure's message goes to a cause's raw text, not here). */
function egress_statusOf(error) {
    return error.status === null
        ? (0,model_text/* text */.Qq) `no response, ${error.code}`
        : (0,model_text/* text */.Qq) `HTTP ${error.status} ${error.code}`;
}
function context(snapshot, def) {
    if (!snapshot.workspace.ok) {
        return { kind: 'done', results: [workspaceUnreadable(def, snapshot, snapshot.workspace.error)] };
    }
    const egress = (0,network_target/* egressSubnets */.a_)(snapshot);
    const { resourceGroup, workspaceName } = snapshot.target;
    const buildComputeFix = {
        commands: [
            `az ml workspace update --resource-group ${shellArg(resourceGroup)} --name ${shellArg(workspaceName)} --image-build-compute <compute-cluster>`
        ],
        placeholders: (0,model_text/* text */.Qq) `\`<compute-cluster>\` is the name of a CPU compute cluster of workspace \`${workspaceName}\` in a subnet of your virtual network (\`${`az ml compute list --resource-group ${shellArg(resourceGroup)} --workspace-name ${shellArg(workspaceName)} --type amlcompute`}\`).`
    };
    const unresolvedRead = egress.unresolvedRead;
    const extra = [
        ...(egress.unresolved
            ? [
                makeResult(def, 'unknown', workspaceResource(snapshot), egress.unresolved, unresolvedRead
                    ? {
                        cause: readProblem(unresolvedRead.what, unresolvedRead.resourceId, unresolvedRead.error).cause
                    }
                    : egress.buildComputeMissing
                        ? { remedy: buildComputeFix }
                        : {})
            ]
            : []),
        // Image builds that cannot reach the registry is a registry finding: OUT-01 carries it.
        ...(egress.unbuildable && def.id === 'OUT-01'
            ? [
                makeResult(def, 'fail', resourceOf(egress.unbuildable.registryId, 'Microsoft.ContainerRegistry/registries'), egress.unbuildable.detail, { remedy: buildComputeFix })
            ]
            : [])
    ];
    if (egress.subnets.length === 0) {
        if (extra.length > 0)
            return { kind: 'done', results: extra };
        return {
            kind: 'done',
            results: [
                makeResult(def, egress.none?.outcome ?? 'skipped', workspaceResource(snapshot), egress.none?.reason ?? (0,model_text/* text */.Qq) `No subnet of yours sends inference traffic.`)
            ]
        };
    }
    const region = snapshot.workspace.value.location;
    return {
        kind: 'ok',
        region,
        subnets: egress.subnets.map(s => ({
            id: s.id,
            read: snapshot.subnets[(0,model_snapshot/* resourceKey */.ik)(s.id)],
            why: s.why
        })),
        extra,
        ...serviceTagsOf(snapshot, region)
    };
}
/** A subnet's result, led by why that subnet is judged. */
function judged(result, subnet) {
    const lead = (0,model_text/* text */.Qq) `Subnet \`${(0,model_snapshot/* resourceName */.Iy)(subnet.id)}\` is judged because ${subnet.why}.`;
    return {
        ...result,
        detail: `${(0,model_text/* plainText */.wh)(lead)} ${result.detail}`,
        message: (0,model_text/* text */.Qq) `${lead} ${result.message ?? (0,model_text/* text */.Qq) ``}`
    };
}
function subnetResource(id) {
    return resourceOf(id, RESOURCE_TYPES.subnet);
}
function notRead(what) {
    return (0,model_text/* text */.Qq) `${what} was referenced but not read (a bug in aml-inference-guard: please report it with the JSON report attached).`;
}
/** A subnet's read, or the unknown result explaining why it is missing. */
function subnetOrUnknown(def, id, read) {
    if (!read)
        return {
            result: makeResult(def, 'unknown', subnetResource(id), notRead((0,model_text/* text */.Qq) `Subnet \`${(0,model_snapshot/* resourceName */.Iy)(id)}\``))
        };
    if (!read.ok) {
        return {
            result: unreadableResult(def, subnetResource(id), (0,model_text/* text */.Qq) `subnet \`${(0,model_snapshot/* resourceName */.Iy)(id)}\``, id, read.error)
        };
    }
    return { subnet: read.value };
}
function lookup(map, id) {
    return map[(0,model_snapshot/* resourceKey */.ik)(id)];
}
const RANK = {
    fail: 3,
    unknown: 2,
    pass: 1,
    skipped: 0
};
/** The resource group of an ARM id as one shell word (a placeholder when the id has none). */
function groupArg(id) {
    const group = resourceGroupOf(id);
    return group ? shellArg(group) : '<resource-group>';
}
/** Azure values as shell words, space-separated (a list argument). */
function shellArgs(values) {
    return values.map(shellArg).join(' ');
}
/**
 * Where image pulls go, from the registry as read: its private endpoint
 * (VirtualNetwork traffic), or its public endpoints: the registry tag, plus the
 * registry's storage (`Storage.<Region>`) when it has no dedicated data
 * endpoints (https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints).
 */
function registryPath(snapshot, region, subnetId) {
    const acr = {
        tag: registryTag(region),
        label: (0,model_text/* text */.Qq) `the container registry (\`${registryTag(region)}\`, TCP ${PORT})`
    };
    const registryId = (0,dependencies/* workspaceRegistryId */.Cw)(snapshot);
    const read = registryId ? snapshot.containerRegistries?.[(0,model_snapshot/* resourceKey */.ik)(registryId)] : undefined;
    if (!registryId || !read)
        return { kind: 'destinations', destinations: [acr], note: (0,model_text/* text */.Qq) `` };
    if (!read.ok) {
        const problem = readProblem((0,model_text/* text */.Qq) `container registry \`${(0,model_snapshot/* resourceName */.Iy)(registryId)}\``, registryId, read.error);
        return {
            kind: 'destinations',
            destinations: [acr],
            note: (0,model_text/* text */.Qq) ``,
            unread: {
                detail: (0,model_text/* text */.Qq) `The registry's data path is not known. ${problem.detail} Reading the registry (\`Microsoft.ContainerRegistry/registries/read\`) shows whether its layers come from its storage or a private endpoint.`,
                cause: problem.cause
            }
        };
    }
    const registry = read.value;
    const approved = registry.privateEndpointConnections.filter(c => /^approved$/i.test(c.status ?? ''));
    if (approved.length > 0) {
        return {
            kind: 'destinations',
            destinations: [
                {
                    tag: 'VirtualNetwork',
                    label: (0,model_text/* text */.Qq) `the registry's private endpoint (\`VirtualNetwork\`, TCP ${PORT})`
                }
            ],
            note: (0,model_text/* text */.Qq) `Registry \`${registry.name}\` has approved private endpoint(s) (${(0,model_text/* joinText */._V)(approved.map(c => (0,model_text/* text */.Qq) `\`${(0,model_snapshot/* resourceName */.Iy)(c.privateEndpointId ?? c.name)}\``), ', ')}): pulls stay in the virtual network when the \`privatelink.azurecr.io\` DNS zone resolves it there (this or a peered network).`
        };
    }
    if (/^disabled$/i.test(registry.publicNetworkAccess ?? '')) {
        const id = registry.id || registryId;
        return {
            kind: 'unreachable',
            resource: resourceOf(id, 'Microsoft.ContainerRegistry/registries'),
            detail: (0,model_text/* text */.Qq) `Registry \`${registry.name}\` has public network access disabled and no approved private endpoint, so images cannot be pulled from it at all. Add a private endpoint for it in the virtual network of subnet \`${(0,model_snapshot/* resourceName */.Iy)(subnetId)}\` (and the \`privatelink.azurecr.io\` DNS zone), or enable its public access.`,
            remedy: { commands: [privateEndpointCommand(id, registry.name, subnetId)] }
        };
    }
    if (registry.dataEndpointEnabled === true)
        return {
            kind: 'destinations',
            destinations: [acr],
            note: (0,model_text/* text */.Qq) `Registry \`${registry.name}\` serves layers from its dedicated data endpoints, which the registry tag covers.`
        };
    const storage = `Storage.${(0,network/* serviceTagRegion */.gp)(region)}`;
    return {
        kind: 'destinations',
        destinations: [
            acr,
            {
                tag: storage,
                label: (0,model_text/* text */.Qq) `the registry's storage (\`${storage}\`, TCP ${PORT}), which serves image layers because registry \`${registry.name}\` has no dedicated data endpoints`
            }
        ],
        note: (0,model_text/* text */.Qq) `Registry \`${registry.name}\` has no dedicated data endpoints, so its layers come from its storage (\`*.blob.core.windows.net\`, \`${storage}\`) as well as the registry tag.`
    };
}
/** A private endpoint for the registry in the subnet's virtual network (its resource group). */
function privateEndpointCommand(registryId, registryName, subnetId) {
    const vnet = /\/virtualNetworks\/([^/]+)/i.exec(subnetId)?.[1] ?? '<vnet>';
    return (`az network private-endpoint create --resource-group ${groupArg(subnetId)} ` +
        `--name ${shellArg(`${registryName}-pe`)} --vnet-name ${shellArg(vnet)} --subnet ${shellArg((0,model_snapshot/* resourceName */.Iy)(subnetId))} ` +
        `--private-connection-resource-id ${shellArg(registryId)} --group-id registry --connection-name ${shellArg(`${registryName}-pe`)}`);
}

;// CONCATENATED MODULE: ./src/evaluate/checks/rules/outbound.ts

/** Lists the AzureContainerRegistry.<Region> tag and the registry host names a firewall must allow. */
const FIREWALL_DOC = 'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall';
/** Which subnets OUT-01/02/04 judge, and why (egressSubnets in src/evaluate/network-target.ts). */
const EGRESS_RATIONALE = "Judged: the subnets that start the connections: the `subnet-id` input; on the Kubernetes route the node-pool subnets of the attached AKS clusters; and the subnet of the workspace's image-build compute (`imageBuildCompute`, the compute's `properties.properties.subnet.id`), which builds every environment image and pushes it to the registry. " +
    "Not judged: the workspace private endpoint's subnet (a private endpoint's NIC starts no connections) and, on the managed route, anything else: managed online deployments egress from the workspace's managed virtual network (MOE-04, MOE-06 and OUT-03 judge that path), so without `subnet-id` or an image-build compute in your network OUT-01/02/04 are skipped, saying so. An image-build compute that cannot be found, or computes that cannot be read, make the result unknown.";
const OUT_01_RULE = {
    id: 'OUT-01',
    title: 'NSGs let the subnets reach the container registry (TCP 443)',
    section: 'outbound',
    category: 'outbound',
    severity: 'error',
    rationale: 'Inference pulls its images from the workspace container registry. When the virtual network limits outbound traffic, the NSG on each subnet that traffic leaves from must allow TCP 443 to the `AzureContainerRegistry.<Region>` service tag, or deployments fail to start. ' +
        EGRESS_RATIONALE +
        " With the registry's public access disabled, no image-build compute and no managed network, OUT-01 fails on the registry: Azure Machine Learning then builds images on serverless compute, which works only when the registry is not network restricted (how-to-secure-workspace-vnet). " +
        'Reads: the NSG of each subnet, and the address prefixes of the service tags involved from the Service Tags discovery API (`Microsoft.Network/locations/{region}/serviceTags`, once per region; the snapshot keeps only the tags compared). ' +
        'Decides as Azure does: outbound custom rules and the default rules (AllowVnetOutBound 65000, AllowInternetOutBound 65001, DenyAllOutBound 65500) by priority, the first rule that matches an address decides it. ' +
        'A destination that contains the registry tag by name (`*`, `Internet`, `AzureCloud[.<Region>]`, `AzureContainerRegistry[.<Region>]`) covers all of its addresses; address prefixes, and other tags the discovery API lists, are compared address by address (IPv4 and IPv6, the families the subnet has), so a deny of `0.0.0.0/1` + `128.0.0.0/1` is a deny of everything. ' +
        "A deny that covers only part of the tag is unknown, naming the part: pulls then depend on which address the registry answers from. When the tag's prefixes could not be read, a rule written as a prefix that may hold them makes the result unknown rather than a pass. " +
        'The registry is read (`Microsoft.ContainerRegistry/registries`, api-version 2025-04-01) for its data path: with an approved private endpoint pulls are `VirtualNetwork` traffic; with public access disabled and no approved private endpoint nothing can pull (fail); without dedicated data endpoints its layers come from its storage, so `Storage.<Region>` must be allowed as well as the registry tag; a registry that cannot be read makes a pass unknown. ' +
        'Cannot see: which address the registry answers from, the members of application security groups, whether the privatelink.azurecr.io DNS zone resolves the registry to its private endpoint from this network, and whether a private endpoint in another network is peered.',
    remediation: 'Add an outbound Allow rule for TCP 443 to the `AzureContainerRegistry.<Region>` service tag of the workspace region, with a priority number smaller than the rule that denies the traffic.',
    fix: "az network nsg rule create --resource-group <resource-group> --nsg-name <nsg> --name AllowAzureContainerRegistryOutbound --priority <below the deny> --direction Outbound --access Allow --protocol Tcp --source-address-prefixes VirtualNetwork --source-port-ranges '*' --destination-address-prefixes AzureContainerRegistry.<Region> --destination-port-ranges 443",
    docUrl: links/* ARTICLE_URL */.V,
    summary: "the NSG of each subnet that egresses (`subnet-id`, AKS node pools, the image-build compute's subnet) lets TCP 443 reach the registry's data path as read (registry tag, its storage, or its private endpoint), rules compared by address with the Service Tags API's prefixes, or the subnet has no NSG"
};
const OUT_02_RULE = {
    id: 'OUT-02',
    title: 'AzureContainerRegistry service tags name the workspace region',
    section: 'outbound',
    category: 'outbound',
    severity: 'error',
    rationale: "The regional tag `AzureContainerRegistry.<Region>` holds only the registry addresses of that region. An outbound allow for another region's tag does not let the subnets reach the workspace registry. " +
        'Judges the NSGs of the subnets OUT-01 judges (the subnets traffic leaves from). ' +
        'Service tags spell regions like WestEurope while resources say westeurope; the names are compared after normalising case and separators.',
    remediation: 'Change the destination of the rule to the AzureContainerRegistry tag of the workspace region.',
    fix: 'az network nsg rule update --resource-group <resource-group> --nsg-name <nsg> --name <rule> --destination-address-prefixes AzureContainerRegistry.<Region>',
    docUrl: FIREWALL_DOC,
    summary: "every `AzureContainerRegistry.<Region>` allow names the workspace's region"
};
const OUT_03_RULE = {
    id: 'OUT-03',
    title: 'The approved-outbound managed network can pull container images',
    section: 'outbound',
    category: 'outbound',
    severity: 'error',
    rationale: 'The article requires that limiting outbound traffic still allows Azure Container Registry. ' +
        'With AllowOnlyApprovedOutbound the managed network reaches only what its outbound rules approve, so without a rule to the registry deployments cannot pull their images. ' +
        'A ServiceTag rule counts only when its `destination.action` (api-version 2025-12-01) is not `Deny`: a Deny rule for the registry tag blocks it, and next to an allow of the tag the result is unknown (which one wins is not documented); a PrivateEndpoint rule to the registry does not use the tag and is unaffected.',
    remediation: "Make sure the managed network has an active PrivateEndpoint rule to the workspace's container registry, or a ServiceTag rule for AzureContainerRegistry (or AzureContainerRegistry.<Region>) on TCP 443, then provision the network. " +
        'In Bicep: properties.managedNetwork.outboundRules.<name> with type ServiceTag and destination { serviceTag, protocol, portRanges }.',
    fix: 'az ml workspace outbound-rule set --resource-group <resource-group> --workspace-name <workspace> --rule allow-acr --type service_tag --service-tag AzureContainerRegistry.<Region> --protocol TCP --port-ranges 443',
    docUrl: links/* MANAGED_NETWORK_DOC */.Y,
    summary: 'with `AllowOnlyApprovedOutbound`, an `Active` `PrivateEndpoint` rule to the registry or a `ServiceTag` rule (not `action: Deny`) for `AzureContainerRegistry[.<Region>]` on TCP 443'
};
const OUT_04_RULE = {
    id: 'OUT-04',
    title: 'Forced tunnelling lets registry traffic through',
    section: 'outbound',
    category: 'outbound',
    severity: 'error',
    rationale: "Reads: the route table of each subnet traffic leaves from (as OUT-01 chooses them), the Azure Firewalls of its subscription, their firewall policies (and parents), and the registry tag's prefixes (Service Tags discovery API); when no firewall of that subscription holds a `VirtualAppliance` next hop, the peerings of the subnet's VNet (VirtualNetworkPeerings_List) and the Azure Firewalls of the subscription of the peered VNet whose remote address space holds the next hop (hub and spoke). " +
        'Decides as Azure selects routes: for each address of `AzureContainerRegistry.<Region>` the user-defined route with the longest prefix that holds it wins (a route written as a service tag counts with each of its prefixes; an IP prefix wins an exact tie), so `0.0.0.0/1` + `128.0.0.0/1` force traffic as `0.0.0.0/0` does. Next hop `None` drops the addresses it holds (fail), `Internet` sends them out directly, `VirtualAppliance` or `VirtualNetworkGateway` sends them to an appliance; addresses no route holds follow the system route to Internet. The worst part decides. ' +
        "When the next hop is an Azure Firewall the identity can read (its private IP is the next hop, in the route table's subscription or in the peered hub VNet's subscription; a peering that is not `Connected` carries no traffic and fails; a hub subscription that refuses the read is unknown, naming it and the Reader role), its classic rule collections or firewall policy are evaluated for those addresses as Azure Firewall does: network rules before application rules, by priority, first match wins, no match is denied; network rule destinations are compared address by address like NSG rules. " +
        "The registry as read decides the hosts: without dedicated data endpoints the firewall must also allow its storage (`*.blob.core.windows.net`, `Storage.<Region>`); through an approved private endpoint the system route for the virtual network (more specific than 0.0.0.0/0) carries the traffic, so only routes inside the virtual network's address space can divert it; public access disabled and no private endpoint fails. " +
        "Cannot see: any other appliance (unknown until you confirm it allows the registry); IP groups that could not be read (groups are read from `Microsoft.Network/ipGroups` and compared by address; a rule using an unreadable one is a partial match); a firewall reached other than through a peering of the subnet's VNet, such as a Virtual WAN secured hub (unknown, named when the peering is to a Virtual WAN hub); routes learned over BGP from a VPN or ExpressRoute gateway or a Virtual WAN hub, which are not in the route table (the result says so unless the table has `disableBgpRoutePropagation: true`). Without the tag's prefixes, routes that may be more specific with another next hop make the result unknown.",
    remediation: "Allow TCP 443 to the `AzureContainerRegistry.<Region>` tag (network rule) or to the registry's `<name>.azurecr.io` and `<name>.<region>.data.azurecr.io` names (application rule) on the firewall, or route the AzureContainerRegistry tag to Internet.",
    fix: 'az network firewall application-rule create --resource-group <resource-group> --firewall-name <firewall> --collection-name allow-acr --priority <priority> --action Allow --name acr --protocols Https=443 --source-addresses <subnet prefix> --target-fqdns <registry>.azurecr.io <registry>.<region>.data.azurecr.io',
    docUrl: FIREWALL_DOC,
    summary: 'the longest-prefix route of each registry address is direct, or reaches a readable Azure Firewall whose rules (IP groups read) allow the registry and its data path'
};

;// CONCATENATED MODULE: ./src/evaluate/checks/outbound/out-01-nsg.ts
/**
 * OUT-01: the NSG of each subnet traffic leaves from lets TCP 443 reach the
 * registry's data path. NSG semantics are in src/evaluate/engine/nsg.ts.
 */








const OUT_01 = defineCheck(OUT_01_RULE, (snapshot, def) => {
    const ctx = context(snapshot, def);
    if (ctx.kind === 'done')
        return ctx.results;
    const perSubnet = ctx.subnets.map(({ id, read }) => {
        const s = subnetOrUnknown(def, id, read);
        if ('result' in s)
            return s.result;
        const subnet = s.subnet;
        if (!subnet.networkSecurityGroupId) {
            return makeResult(def, 'pass', subnetResource(id), (0,model_text/* text */.Qq) `Subnet \`${subnet.name}\` has no network security group, so nothing limits its outbound traffic at the NSG layer (OUT-04 checks its route table).`);
        }
        const nsgId = subnet.networkSecurityGroupId;
        const nsgRead = lookup(snapshot.networkSecurityGroups, nsgId);
        const resource = resourceOf(nsgId, NSG_TYPE);
        if (!nsgRead)
            return makeResult(def, 'unknown', resource, notRead((0,model_text/* text */.Qq) `NSG \`${(0,model_snapshot/* resourceName */.Iy)(nsgId)}\``));
        if (!nsgRead.ok) {
            return unreadableResult(def, resource, (0,model_text/* text */.Qq) `network security group \`${(0,model_snapshot/* resourceName */.Iy)(nsgId)}\` of subnet \`${subnet.name}\``, nsgId, nsgRead.error);
        }
        const nsg = nsgRead.value;
        const path = registryPath(snapshot, ctx.region, subnet.id);
        if (path.kind === 'unreachable')
            return makeResult(def, 'fail', path.resource, path.detail, { remedy: path.remedy });
        const judgements = path.destinations.map(d => judgeNsg(def, ctx, subnet, nsg, d));
        const worst = judgements.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a));
        const detail = judgements.length === 1
            ? worst.detail
            : (0,model_text/* text */.Qq) `${path.note} ${(0,model_text/* joinText */._V)(judgements.map(r => (0,model_text/* text */.Qq) `${(0,model_text/* ours */.Od)(r.outcome)}: ${r.detail}`), ' | ')}`;
        // Every destination's fix: one rule each (the registry tag, the registry's storage).
        const commands = judgements.flatMap(r => (r.outcome === 'pass' ? [] : r.commands));
        const remedy = commands.length > 0
            ? {
                commands,
                ...(commands.some(c => c.includes('<priority'))
                    ? { placeholders: priorityPlaceholder(nsg) }
                    : {})
            }
            : undefined;
        const cause = judgements.find(r => r.outcome !== 'pass' && r.cause)?.cause;
        if (path.unread && worst.outcome === 'pass') {
            return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `${detail} ${path.unread.detail}`, {
                cause: path.unread.cause
            });
        }
        return makeResult(def, worst.outcome, resource, judgements.length === 1 && path.note.length > 0 ? (0,model_text/* text */.Qq) `${detail} ${path.note}` : detail, worst.outcome === 'pass' ? {} : { ...(remedy ? { remedy } : {}), ...(cause ? { cause } : {}) });
    });
    return [...perSubnet.map((r, k) => judged(r, ctx.subnets[k])), ...ctx.extra];
});
function ruleText(m) {
    return (0,model_text/* text */.Qq) `${(0,model_text/* ours */.Od)(m.isDefault ? 'default rule' : 'rule')} \`${m.rule.name}\` (priority ${m.rule.priority}, ${m.rule.access})`;
}
/** When no priority below the deciding rule is free (100-4096 all taken before it). */
function priorityPlaceholder(nsg) {
    const list = `az network nsg rule list --resource-group ${groupArg(nsg.id)} --nsg-name ${shellArg(nsg.name)} --query "[?direction=='Outbound'].priority"`;
    return (0,model_text/* text */.Qq) `\`<priority>\`: every priority from 100 up to the deciding rule is taken in NSG \`${nsg.name}\`; free one (\`${list}\` lists them) and use a number smaller than the deny's.`;
}
function allowRuleCommand(nsg, priority, region, sourcePrefixes, destination = registryTag(region)) {
    const source = sourcePrefixes.length > 0 ? shellArgs(sourcePrefixes) : 'VirtualNetwork';
    const name = `Allow${destination.split('.')[0]}Outbound`;
    return (`az network nsg rule create --resource-group ${groupArg(nsg.id)} --nsg-name ${shellArg(nsg.name)} ` +
        `--name ${shellArg(name)} --priority ${priority ?? '<priority>'} --direction Outbound --access Allow --protocol Tcp ` +
        `--source-address-prefixes ${source} --source-port-ranges '*' --destination-address-prefixes ${shellArg(destination)} --destination-port-ranges ${PORT}`);
}
/** Why a destination tag's prefixes are not known. */
function tagMissing(ctx, tag) {
    if (tag === registryTag(ctx.region))
        return ctx.tagsMissing ?? (0,model_text/* text */.Qq) `they were not read`;
    if (/^virtualnetwork$/i.test(tag))
        return (0,model_text/* text */.Qq) `the private endpoint's address is not read`;
    if (ctx.tagPrefixes)
        return (0,model_text/* text */.Qq) `the Service Tags discovery API did not list \`${tag}\``;
    return ctx.tagsMissingFor?.(tag) ?? (0,model_text/* text */.Qq) `they were not read`;
}
/** OUT-01 for one NSG and one destination. */
function judgeNsg(def, ctx, subnet, nsg, destination) {
    const tag = destination.tag;
    const sourcePrefixes = subnet.addressPrefixes.filter(network/* isIpv4 */.eH);
    const decision = evaluateNsg(nsg, {
        sourcePrefixes,
        region: ctx.region,
        port: PORT,
        destinationTag: tag,
        ...(ctx.tagPrefixes ? { tagPrefixes: ctx.tagPrefixes } : {})
    });
    const command = (priority) => [
        allowRuleCommand(nsg, priority, ctx.region, sourcePrefixes, tag)
    ];
    const flow = (0,model_text/* text */.Qq) `from subnet \`${subnet.name}\` to ${destination.label}`;
    if (decision.verdict === 'part') {
        const parts = (0,model_text/* joinText */._V)(decision.deciders.map(d => (0,model_text/* text */.Qq) `${ruleText(d.match)} ${(0,model_text/* ours */.Od)(d.allow ? 'allows' : 'denies')} ${d.known.length > 0 ? (0,prefixes/* describeSet */.iG)(d.known) : (0,model_text/* text */.Qq) `the rest`}`), '; ');
        return {
            outcome: 'unknown',
            detail: (0,model_text/* text */.Qq) `NSG \`${nsg.name}\` denies part of the addresses of \`${tag}\` and allows the rest, so pulls work or fail depending on which address the registry answers from (${parts}). Allow the whole tag before the deny.`,
            commands: command(priorityBefore(nsg, Math.min(...decision.deciders.filter(d => !d.allow).map(d => d.match.rule.priority))))
        };
    }
    if (decision.uncertainBecause.length > 0) {
        const partial = (0,model_text/* joinText */._V)(decision.uncertainBecause.map(m => (0,model_text/* text */.Qq) `${ruleText(m)}: ${m.partialReason ?? (0,model_text/* text */.Qq) `matches part of the traffic`}`), '; ');
        const unread = decision.uncertainBecause.some(m => /prefixes were not read/.test(m.partialReason ? (0,model_text/* plainText */.wh)(m.partialReason) : ''));
        const why = unread
            ? (0,model_text/* text */.Qq) ` Its address prefixes cannot be compared because ${tagMissing(ctx, tag)}.`
            : (0,model_text/* text */.Qq) ``;
        return {
            outcome: 'unknown',
            detail: (0,model_text/* text */.Qq) `NSG \`${nsg.name}\` ${(0,model_text/* ours */.Od)(decision.allowed ? 'allows' : 'denies')} traffic ${flow} by ${ruleText(decision.decidedBy)}, but earlier rules match only part of it and decide otherwise for that part (${partial}).${why} Make the registry rule unconditional.`,
            commands: command(priorityBefore(nsg, Math.min(...decision.uncertainBecause.map(m => m.rule.priority)))),
            ...(unread && ctx.tagsCause ? { cause: ctx.tagsCause } : {})
        };
    }
    if (decision.allowed) {
        const limited = decision.outboundLimited
            ? (0,model_text/* text */.Qq) `Outbound traffic is limited (the NSG has outbound deny rules)`
            : (0,model_text/* text */.Qq) `Outbound traffic is not limited by custom deny rules`;
        return {
            outcome: 'pass',
            detail: (0,model_text/* text */.Qq) `NSG \`${nsg.name}\` allows traffic ${flow}: ${ruleText(decision.decidedBy)} decides. ${limited}.`,
            commands: []
        };
    }
    const priority = decision.decidedBy.isDefault
        ? priorityBefore(nsg, 4097)
        : priorityBefore(nsg, decision.decidedBy.rule.priority);
    return {
        outcome: 'fail',
        detail: (0,model_text/* text */.Qq) `NSG \`${nsg.name}\` denies traffic ${flow}: ${ruleText(decision.decidedBy)} matches first, so inference cannot pull images. Add an outbound allow rule before it.`,
        commands: command(priority)
    };
}

;// CONCATENATED MODULE: ./src/evaluate/checks/outbound/out-02-region-tag.ts
/** OUT-02: every `AzureContainerRegistry.<Region>` allow of those NSGs names the workspace's region. */






const OUT_02 = defineCheck(OUT_02_RULE, (snapshot, def) => {
    const ctx = context(snapshot, def);
    if (ctx.kind === 'done')
        return ctx.results;
    const expected = registryTag(ctx.region);
    const results = [];
    const seen = new Set();
    for (const { id, read } of ctx.subnets) {
        const s = subnetOrUnknown(def, id, read);
        if ('result' in s) {
            results.push(s.result);
            continue;
        }
        const nsgId = s.subnet.networkSecurityGroupId;
        if (!nsgId || seen.has((0,model_snapshot/* resourceKey */.ik)(nsgId)))
            continue;
        seen.add((0,model_snapshot/* resourceKey */.ik)(nsgId));
        const resource = resourceOf(nsgId, NSG_TYPE);
        const nsgRead = lookup(snapshot.networkSecurityGroups, nsgId);
        if (!nsgRead?.ok) {
            results.push(nsgRead
                ? unreadableResult(def, resource, (0,model_text/* text */.Qq) `network security group \`${(0,model_snapshot/* resourceName */.Iy)(nsgId)}\``, nsgId, nsgRead.error)
                : makeResult(def, 'unknown', resource, notRead((0,model_text/* text */.Qq) `NSG \`${(0,model_snapshot/* resourceName */.Iy)(nsgId)}\``)));
            continue;
        }
        const nsg = nsgRead.value;
        const allows = nsg.securityRules.filter(r => /^outbound$/i.test(r.direction) && /^allow$/i.test(r.access));
        const destinations = (r) => [
            ...(r.destinationAddressPrefix ? [r.destinationAddressPrefix] : []),
            ...(r.destinationAddressPrefixes ?? [])
        ];
        const wrong = allows.flatMap(r => destinations(r)
            .map(d => (0,network/* wrongRegionRegistryTag */.fm)(d, ctx.region))
            .filter((t) => !!t)
            .map(tag => ({ rule: r, tag })));
        const right = allows.filter(r => destinations(r).some(d => {
            const t = (0,network/* parseServiceTag */.fN)(d);
            return t.tag === 'azurecontainerregistry' && t.region === (0,network/* normalizeRegion */.wh)(ctx.region);
        }));
        if (wrong.length > 0) {
            const list = (0,model_text/* joinText */._V)(wrong.map(w => (0,model_text/* text */.Qq) `rule \`${w.rule.name}\` (priority ${w.rule.priority}) allows \`${w.tag}\``), '; ');
            // One update per rule; a service tag stands alone in a rule, so the tag replaces its destination.
            const names = [...new Set(wrong.map(w => w.rule.name))];
            const commands = names.map(name => `az network nsg rule update --resource-group ${groupArg(nsg.id)} --nsg-name ${shellArg(nsg.name)} --name ${shellArg(name)} --destination-address-prefixes ${shellArg(expected)}`);
            results.push(makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `NSG \`${nsg.name}\`: ${list}, but the workspace is in \`${ctx.region}\`, so the expected tag is \`${expected}\`; an allow for another region does not reach the workspace registry. Point the rule at \`${expected}\`.`, { remedy: { commands } }));
        }
        else if (right.length > 0) {
            results.push(makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `NSG \`${nsg.name}\` names the workspace region's tag \`${expected}\` (rule ${(0,model_text/* joinText */._V)(right.map(r => (0,model_text/* text */.Qq) `\`${r.name}\``), ', ')}).`));
        }
        else {
            results.push(makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `NSG \`${nsg.name}\` has no outbound allow for a region-specific \`AzureContainerRegistry\` tag; OUT-01 judges whether it lets registry traffic through.`));
        }
    }
    if (results.length === 0) {
        return [
            makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `No relevant subnet has a network security group, so no service tag needs checking.`)
        ];
    }
    return [...results, ...ctx.extra];
});

;// CONCATENATED MODULE: ./src/evaluate/checks/outbound/out-03-managed-network.ts




/** `443`, `80,443`, `1-1024`, `*`: does the list include port 443? Absent means the rule's default (all). */
function includesHttps(portRanges) {
    if (portRanges === undefined || portRanges.trim() === '')
        return true;
    return portRanges.split(',').some(part => {
        const range = part.trim();
        if (range === '*')
            return true;
        const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(range);
        if (!match)
            return false;
        const low = Number(match[1]);
        const high = match[2] === undefined ? low : Number(match[2]);
        return low <= 443 && 443 <= high;
    });
}
/** `AzureContainerRegistry` or the regional tag of the workspace's region (`AzureContainerRegistry.EastUS2`). */
function isRegistryTag(tag, location) {
    if (!tag)
        return false;
    const region = location.replace(/\s+/g, '');
    return (equalsIgnoreCase(tag, 'AzureContainerRegistry') ||
        (region !== '' && equalsIgnoreCase(tag, `AzureContainerRegistry.${region}`)));
}
/** `allow-acr (Inactive), deny-acr (Active)`: names as code, statuses as values. */
function describeRules(rules) {
    return (0,model_text/* joinText */._V)(rules.map(r => r.status ? (0,model_text/* text */.Qq) `\`${r.name}\` (${r.status})` : (0,model_text/* text */.Qq) `\`${r.name}\` (no status)`), ', ');
}
function allowsHttpsTcp(rule) {
    const protocol = rule.protocol?.toUpperCase();
    return ((protocol === undefined || protocol === 'TCP' || protocol === '*') &&
        includesHttps(rule.portRanges));
}
const OUT_03 = defineCheck(OUT_03_RULE, (snapshot, def) => {
    const skip = skipUnlessRoute(def, snapshot, 'managed');
    if (skip)
        return skip;
    if (!snapshot.workspace.ok)
        return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)];
    const ws = snapshot.workspace.value;
    const { resourceGroup, workspaceName } = snapshot.target;
    const resource = workspaceResource(snapshot);
    if (!isApprovedOutboundOnly(ws)) {
        const why = hasManagedNetwork(ws)
            ? (0,model_text/* text */.Qq) `allows internet outbound (\`${ws.managedNetwork?.isolationMode ?? ''}\`), so image pulls are not limited by outbound rules`
            : (0,model_text/* text */.Qq) `has no managed virtual network; outbound limits of your own virtual network are checked by the other OUT checks`;
        return [
            makeResult(def, 'skipped', resource, (0,model_text/* text */.Qq) `Applies to the \`AllowOnlyApprovedOutbound\` managed network: workspace \`${ws.name}\` ${why}.`)
        ];
    }
    const rules = outboundRulesOf(snapshot, ws);
    if (!rules.ok) {
        return [workspaceListUnreadable(def, snapshot, 'managed network outbound rules', rules.error)];
    }
    const registry = ws.containerRegistry;
    const privateEndpoint = registry
        ? rules.rules.filter(r => equalsIgnoreCase(r.type, 'PrivateEndpoint') &&
            equalsIgnoreCase(r.serviceResourceId, registry))
        : [];
    const registryTagRules = rules.rules.filter(r => equalsIgnoreCase(r.type, 'ServiceTag') &&
        isRegistryTag(r.serviceTag, ws.location) &&
        allowsHttpsTcp(r));
    // A ServiceTag rule with `action: Deny` (api-version 2025-12-01) blocks the tag; it never lets images through.
    const isDeny = (r) => /^deny$/i.test(r.action?.trim() ?? '');
    const serviceTag = registryTagRules.filter(r => !isDeny(r));
    const denies = registryTagRules.filter(r => isDeny(r) && isActive(r));
    const candidates = [...privateEndpoint, ...serviceTag];
    const active = candidates.filter(isActive);
    const target = registry
        ? resourceOf(registry, 'Microsoft.ContainerRegistry/registries')
        : resource;
    const activePe = active.filter(r => equalsIgnoreCase(r.type, 'PrivateEndpoint'));
    const provision = `az ml workspace provision-network --resource-group ${shellArg(resourceGroup)} --name ${shellArg(workspaceName)}`;
    if (activePe.length === 0 && active.length > 0 && denies.length > 0) {
        return [
            makeResult(def, 'unknown', target, (0,model_text/* text */.Qq) `The managed network of workspace \`${ws.name}\` has rule(s) ${describeRules(active)} allowing the registry's service tag and rule(s) ${describeRules(denies)} denying it (action \`Deny\`); which one wins is not documented, so whether images can be pulled cannot be told. Remove the deny, or add a \`PrivateEndpoint\` rule to the registry (traffic to it does not use the tag).`, {
                remedy: {
                    commands: [
                        ...denies.map(d => `az ml workspace outbound-rule remove --resource-group ${shellArg(resourceGroup)} --workspace-name ${shellArg(workspaceName)} --rule ${shellArg(d.name)}`)
                    ]
                }
            })
        ];
    }
    if (active.length > 0) {
        return [
            makeResult(def, 'pass', target, (0,model_text/* text */.Qq) `The managed network of workspace \`${ws.name}\` can pull images through active rule(s) ${(0,model_text/* joinText */._V)(active.map(r => r.serviceTag
                ? (0,model_text/* text */.Qq) `\`${r.name}\` (${r.type ?? ''} ${r.serviceTag})`
                : (0,model_text/* text */.Qq) `\`${r.name}\` (${r.type ?? ''})`), ', ')}.`)
        ];
    }
    if (candidates.length > 0) {
        return [
            makeResult(def, 'fail', target, (0,model_text/* text */.Qq) `The registry rule(s) of workspace \`${ws.name}\` are not Active: ${describeRules(candidates)}. Provision the managed network to activate them.`, { remedy: { commands: [provision] } })
        ];
    }
    const region = ws.location ? `AzureContainerRegistry.${ws.location}` : 'AzureContainerRegistry';
    const missing = registry
        ? (0,model_text/* text */.Qq) ` (no \`PrivateEndpoint\` rule to \`${resourceOf(registry, '').name}\`, no \`AzureContainerRegistry\` service tag rule on TCP 443)`
        : (0,model_text/* text */.Qq) ` (no \`AzureContainerRegistry\` service tag rule on TCP 443)`;
    const denied = denies.length > 0
        ? (0,model_text/* text */.Qq) `; rule(s) ${describeRules(denies)} deny the registry's service tag (action \`Deny\`)`
        : (0,model_text/* text */.Qq) ``;
    return [
        makeResult(def, 'fail', target, (0,model_text/* text */.Qq) `The managed network of workspace \`${ws.name}\` allows only approved outbound traffic, and no active rule allows Azure Container Registry${missing}${denied}, so deployments cannot pull images. Add a service tag rule for the registry, then provision the managed network.`, {
            remedy: {
                commands: [
                    `az ml workspace outbound-rule set --resource-group ${shellArg(resourceGroup)} --workspace-name ${shellArg(workspaceName)} --rule allow-acr --type service_tag --service-tag ${shellArg(region)} --protocol TCP --port-ranges 443`,
                    provision
                ]
            }
        })
    ];
});

;// CONCATENATED MODULE: ./src/evaluate/engine/wildcard.ts
/**
 * Azure RBAC wildcard patterns: case-insensitive, `*` matches any sequence of
 * characters (`/` included), every other character is literal. The same
 * patterns serve Azure Firewall FQDN targets (`*.azurecr.io`).
 *
 * Containment and overlap are decided exactly (dynamic programming over the
 * two patterns), never by sampling names.
 */
const STAR = '*';
function norm(pattern) {
    // Consecutive stars mean the same as one; collapsing keeps the tables small.
    return pattern.toLowerCase().replace(/\*+/g, STAR);
}
/** Whether `text` (taken literally) is matched by `pattern`. */
function wildcardMatches(pattern, text) {
    return matchSymbols(norm(pattern), [...text.toLowerCase()]);
}
/**
 * Whether every string `inner` matches is also matched by `outer`
 * (L(inner) ⊆ L(outer)).
 *
 * Exact: replace each `*` of `inner` by a character that `outer` does not
 * contain. The resulting string w belongs to L(inner); if `outer` matches w,
 * that character can only have been consumed by a star of `outer`, which
 * would consume any expansion just as well, so L(inner) ⊆ L(outer);
 * otherwise w is a witness that it is not.
 */
function patternContains(outer, inner) {
    const o = norm(outer);
    const symbols = [...norm(inner)].map(c => (c === STAR ? FRESH : c));
    return matchSymbols(o, symbols);
}
/** Whether some string is matched by both patterns (L(a) ∩ L(b) ≠ ∅). */
function patternsOverlap(a, b) {
    const x = [...norm(a)];
    const y = [...norm(b)];
    // memo[i][j]: x[i..] and y[j..] can produce a common string.
    const memo = new Map();
    const go = (i, j) => {
        const key = i * (y.length + 1) + j;
        const cached = memo.get(key);
        if (cached !== undefined)
            return cached;
        let result;
        if (i === x.length && j === y.length)
            result = true;
        else if (x[i] === STAR)
            result = go(i + 1, j) || (j < y.length && go(i, j + 1));
        else if (y[j] === STAR)
            result = go(i, j + 1) || (i < x.length && go(i + 1, j));
        else
            result = i < x.length && j < y.length && x[i] === y[j] && go(i + 1, j + 1);
        memo.set(key, result);
        return result;
    };
    return go(0, 0);
}
/** A symbol no normalised pattern contains (a lone surrogate never survives lower-casing of real text). */
const FRESH = '\uD800';
/** Classic glob DP: does pattern `p` (with `*`) match the symbol sequence `s`? */
function matchSymbols(p, s) {
    const ps = [...p];
    // prev[j]: ps[0..i) matches s[0..j)
    let prev = new Array(s.length + 1).fill(false);
    prev[0] = true;
    for (const c of ps) {
        const next = new Array(s.length + 1).fill(false);
        if (c === STAR) {
            next[0] = prev[0] ?? false;
            for (let j = 1; j <= s.length; j++)
                next[j] = (prev[j] ?? false) || (next[j - 1] ?? false);
        }
        else {
            for (let j = 1; j <= s.length; j++)
                next[j] = (prev[j - 1] ?? false) && s[j - 1] === c;
        }
        prev = next;
    }
    return prev[s.length] ?? false;
}
/** Whether a pattern has no wildcard. */
function isLiteral(pattern) {
    return !pattern.includes(STAR);
}

;// CONCATENATED MODULE: ./src/evaluate/engine/firewall.ts



/** The addresses of the groups that were read, and whether some were not. */
function groupAddresses(groups, flow) {
    const found = groups.map(g => flow.ipGroups?.[g.toLowerCase()]);
    return {
        addresses: found.flatMap(a => a ?? []),
        unread: found.some(a => a === undefined)
    };
}
function sourceMatch(addresses, ipGroups, flow) {
    const groups = groupAddresses(ipGroups, flow);
    const fromAddresses = (0,network/* anyOf */.EB)([...addresses, ...groups.addresses].map(a => (0,network/* sourceCoversSubnet */.nR)(a, flow.sourcePrefixes)));
    if (fromAddresses === 'yes')
        return 'yes';
    return groups.unread ? 'maybe' : fromAddresses;
}
function sourcePartialReason(ipGroups, flow) {
    return groupAddresses(ipGroups, flow).unread
        ? (0,model_text/* text */.Qq) `its source uses IP groups that could not be read`
        : (0,model_text/* text */.Qq) `its source holds only part of the subnet`;
}
const ALL = { known: [], opaque: 'none' };
/** How a network rule treats the flow to `host`: source and port match, and the part of the destination covered. */
function matchNetworkRule(rule, flow, host, space = (0,network/* destinationSpace */.ju)(flow)) {
    const no = { match: 'no', cover: ALL };
    if (!rule.protocols.some(p => /^(tcp|any)$/i.test(p)))
        return no;
    if (!rule.destinationPorts.some(p => (0,network/* portRangeCovers */.Bj)(p, flow.port)))
        return no;
    const source = sourceMatch(rule.sourceAddresses, rule.sourceIpGroups, flow);
    if (source === 'no')
        return no;
    const whole = { known: space.known, opaque: space.opaque ? 'all' : 'none' };
    const sourceReason = source === 'maybe' ? { partialReason: sourcePartialReason(rule.sourceIpGroups, flow) } : {};
    if (rule.destinationFqdns.some(f => patternContains(f, host)))
        return { match: source, cover: whole, ...sourceReason };
    const groups = groupAddresses(rule.destinationIpGroups, flow);
    const cover = (0,network/* coverOf */.vv)([...rule.destinationAddresses, ...groups.addresses], flow, space);
    if (cover.known.length > 0 || cover.opaque !== 'none')
        return { match: source, cover, ...sourceReason };
    if (groups.unread) {
        // Which addresses the groups hold is not read: the rule may match any part.
        return {
            match: 'maybe',
            cover: whole,
            partialReason: (0,model_text/* text */.Qq) `its destination uses IP groups that could not be read`
        };
    }
    return no;
}
function matchApplicationRule(rule, flow, host) {
    const https = rule.protocols.some(p => /^https$/i.test(p.protocolType) && (p.port ?? 443) === flow.port);
    if (!https)
        return 'no';
    if (!rule.targetFqdns.some(f => patternContains(f, host)))
        return 'no';
    return (0,network/* allOf */.bn)([sourceMatch(rule.sourceAddresses, rule.sourceIpGroups, flow)]);
}
/** Collections in processing order: network before application, each by priority (stable). */
function processingOrder(collections) {
    const byKind = (kind) => collections.filter(c => c.kind === kind);
    return [...byKind('network'), ...byKind('application')];
}
/** A classic firewall's collections, ordered. */
function classicCollections(firewall) {
    return processingOrder([...firewall.ruleCollections].sort((a, b) => a.priority - b.priority));
}
/**
 * A policy's collections, ordered: `chain` is the policy and its ancestors,
 * the policy first; parent rules are processed before the child's.
 */
function policyCollections(chain) {
    const ordered = [...chain]
        .reverse()
        .flatMap(policy => [...policy.ruleCollectionGroups]
        .sort((a, b) => a.priority - b.priority)
        .flatMap(group => [...group.ruleCollections].sort((a, b) => a.priority - b.priority)));
    return processingOrder(ordered);
}
function evaluateFirewall(collections, flow) {
    const hosts = flow.hosts.map(host => evaluateHost(collections, flow, host));
    return {
        allowed: hosts.every(h => h.allowed),
        uncertain: hosts.some(h => h.uncertainBecause.length > 0),
        part: hosts.some(h => h.verdict === 'part'),
        hosts
    };
}
function evaluateHost(collections, flow, host) {
    const tag = flow.hostTags?.[host];
    if (tag) {
        // Another tag's addresses: the route part (restrictTo) of the registry tag does not apply.
        flow = { ...flow, destinationTag: tag, restrictTo: undefined };
    }
    const space = (0,network/* destinationSpace */.ju)(flow);
    const whole = { known: space.known, opaque: space.opaque ? 'all' : 'none' };
    const candidates = collections.flatMap(collection => {
        const allow = /^allow$/i.test(collection.action);
        if (collection.kind === 'network') {
            return collection.networkRules.map(r => {
                const m = matchNetworkRule(r, flow, host, space);
                const item = {
                    collection,
                    ruleName: r.name,
                    kind: 'network',
                    match: m.match,
                    ...(m.partialReason ? { partialReason: m.partialReason } : {})
                };
                return { item, allow, match: m.match, cover: m.cover };
            });
        }
        return collection.applicationRules.map(r => {
            const match = matchApplicationRule(r, flow, host);
            const item = {
                collection,
                ruleName: r.name,
                kind: 'application',
                match,
                ...(match === 'maybe' ? { partialReason: sourcePartialReason(r.sourceIpGroups, flow) } : {})
            };
            // An application rule matches by name, so it covers every address of the host.
            return { item, allow, match, cover: whole };
        });
    });
    const decision = (0,network/* firstMatch */.o4)(space, candidates);
    const first = decision.parts.find(p => !p.allow) ?? decision.parts[0];
    return {
        host,
        allowed: decision.verdict === 'allowed',
        verdict: decision.verdict,
        ...(first?.item ? { decidedBy: first.item } : {}),
        uncertainBecause: decision.uncertainBecause.map(c => c.partialReason && !c.item.partialReason
            ? { ...c.item, partialReason: c.partialReason }
            : c.item)
    };
}

;// CONCATENATED MODULE: ./src/evaluate/engine/routing.ts


function prefixBits(range) {
    const size = range.end - range.start + 1n;
    const total = range.family === 4 ? 32 : 128;
    return total - (size.toString(2).length - 1);
}
function sameHop(a, b) {
    return (a.nextHopType.toLowerCase() === b.nextHopType.toLowerCase() &&
        (a.nextHopIpAddress ?? '') === (b.nextHopIpAddress ?? ''));
}
function selectRoutes(routes, flow) {
    const space = (0,network/* destinationSpace */.ju)(flow);
    const entries = routes.flatMap(route => {
        const own = (0,prefixes/* parsePrefix */.A1)(route.addressPrefix);
        const ranges = own ? [own] : (0,prefixes/* setOf */.s4)((0,network/* tagPrefixesOf */.Y_)(flow, route.addressPrefix) ?? []);
        return ranges.map(range => ({ route, range, bits: prefixBits(range), isPrefix: !!own }));
    });
    entries.sort((a, b) => b.bits - a.bits || Number(b.isPrefix) - Number(a.isPrefix));
    if (!space.opaque) {
        let remaining = space.known;
        const parts = [];
        for (const e of entries) {
            const part = (0,prefixes/* intersect */.y$)([e.range], remaining);
            if ((0,prefixes/* isEmpty */.Im)(part))
                continue;
            const same = parts.find(p => p.route === e.route);
            if (same)
                same.known = (0,prefixes/* union */.KC)(same.known, part);
            else
                parts.push({ route: e.route, known: part, opaque: false });
            remaining = (0,prefixes/* subtract */.Re)(remaining, part);
        }
        if (!(0,prefixes/* isEmpty */.Im)(remaining))
            parts.push({ route: undefined, known: remaining, opaque: false });
        return { parts, uncertain: [] };
    }
    // The destination's addresses are not known: a route for its tag (by name) holds all of them
    // and beats a route for /0; any other IP-prefix route may hold some of them and be more
    // specific, so it is a candidate; without either, the system routes are one too.
    const families = (0,network/* sourceFamilies */.yc)(flow.sourcePrefixes);
    const tag = (0,network/* destinationTagOf */.yG)(flow);
    const byName = routes.filter(r => (0,network/* namesContainingTag */.v3)(r.addressPrefix, tag, flow.region));
    const prefixRoutes = routes.filter(r => {
        const range = (0,prefixes/* parsePrefix */.A1)(r.addressPrefix);
        return range !== undefined && families.includes(range.family);
    });
    const everything = (0,prefixes/* setOf */.s4)(families.map(f => (f === 4 ? '0.0.0.0/0' : '::/0')));
    const covered = byName.length > 0 ||
        (0,prefixes/* isEmpty */.Im)((0,prefixes/* subtract */.Re)(everything, (0,prefixes/* setOf */.s4)(prefixRoutes.map(r => r.addressPrefix))));
    const longer = prefixRoutes.filter(r => prefixBits((0,prefixes/* parsePrefix */.A1)(r.addressPrefix)) > 0);
    const candidates = byName.length > 0 ? [...byName, ...longer] : prefixRoutes;
    const winner = byName[0] ??
        prefixRoutes.find(r => prefixBits((0,prefixes/* parsePrefix */.A1)(r.addressPrefix)) === 0) ??
        (covered ? prefixRoutes[0] : undefined);
    const differing = candidates.filter(r => winner ? !sameHop(r, winner) : !/^internet$/i.test(r.nextHopType));
    return { parts: [{ route: winner, known: [], opaque: true }], uncertain: differing };
}
/** `/26` → 26. */
function routePrefixBits(prefix) {
    const range = (0,prefixes/* parsePrefix */.A1)(prefix);
    return range ? prefixBits(range) : undefined;
}

// EXTERNAL MODULE: ./src/evaluate/engine/next-hop.ts
var next_hop = __webpack_require__(58267);
// EXTERNAL MODULE: ./src/model/clouds.ts
var clouds = __webpack_require__(35535);
;// CONCATENATED MODULE: ./src/evaluate/checks/outbound/out-04-forced-tunnel.ts
/**
 * OUT-04: the route each registry address takes from the subnets traffic
 * leaves from is direct, or reaches an Azure Firewall whose rules allow it.
 * Route selection is in src/evaluate/engine/routing.ts, firewall semantics in
 * src/evaluate/engine/firewall.ts.
 */












const ROUTE_TABLE_TYPE = 'Microsoft.Network/routeTables';
const FIREWALL_TYPE = 'Microsoft.Network/azureFirewalls';
/**
 * The registry's login and data host names (patterns when the registry is not
 * known); without dedicated data endpoints, layers come from the registry's
 * storage (`*.blob.core.windows.net`, tag `Storage.<Region>`).
 */
function registryHosts(snapshot, region) {
    const suffix = (0,clouds/* cloudSuffixes */.hh)(snapshot.cloud).containerRegistry;
    const registry = (0,dependencies/* workspaceRegistryId */.Cw)(snapshot);
    if (!registry)
        return [`*.${suffix}`, `*.data.${suffix}`];
    const name = (0,model_snapshot/* resourceName */.Iy)(registry).toLowerCase();
    if (storageHost(snapshot))
        return [`${name}.${suffix}`, storageHost(snapshot)];
    return [`${name}.${suffix}`, `${name}.${(0,network/* normalizeRegion */.wh)(region)}.data.${suffix}`];
}
/** The blob host pattern layers come from when the registry read says it has no dedicated data endpoints. */
function storageHost(snapshot) {
    const id = (0,dependencies/* workspaceRegistryId */.Cw)(snapshot);
    const read = id ? snapshot.containerRegistries?.[(0,model_snapshot/* resourceKey */.ik)(id)] : undefined;
    if (!read?.ok || read.value.dataEndpointEnabled !== false)
        return undefined;
    return `*.blob.${(0,clouds/* cloudSuffixes */.hh)(snapshot.cloud).storage}`;
}
/** The policy and its ancestors, child first, or why they cannot all be read. */
function policyChain(snapshot, policyId) {
    const chain = [];
    const seen = new Set();
    for (let id = policyId; id;) {
        if (seen.has((0,model_snapshot/* resourceKey */.ik)(id)))
            break;
        seen.add((0,model_snapshot/* resourceKey */.ik)(id));
        const read = lookup(snapshot.firewallPolicies, id);
        if (!read)
            return { detail: notRead((0,model_text/* text */.Qq) `Firewall policy \`${(0,model_snapshot/* resourceName */.Iy)(id)}\``) };
        if (!read.ok)
            return readProblem((0,model_text/* text */.Qq) `firewall policy \`${(0,model_snapshot/* resourceName */.Iy)(id)}\``, id, read.error);
        chain.push(read.value);
        id = read.value.basePolicyId;
    }
    return chain;
}
function firewallRuleText(decision) {
    return (0,model_text/* joinText */._V)(decision.hosts.map(h => h.decidedBy
        ? (0,model_text/* text */.Qq) `\`${h.host}\`: ${(0,model_text/* ours */.Od)(h.decidedBy.kind)} rule \`${h.decidedBy.ruleName}\` in collection \`${h.decidedBy.collection.name}\` (priority ${h.decidedBy.collection.priority}, ${h.decidedBy.collection.action})`
        : (0,model_text/* text */.Qq) `\`${h.host}\`: no rule matches, so the firewall denies it`), '; ');
}
/**
 * The Azure Firewall a next hop address is (in the route table's subscription, or in the
 * subscription of the peered hub VNet whose address space holds it), or the result saying why
 * it is not known. `where` names the peering when the firewall was found through one.
 */
function nextHopFirewall(snapshot, subnet, table, address, via, confirm) {
    const vnetId = (0,model_snapshot/* parentVirtualNetworkId */.l3)(subnet.id);
    const peerings = vnetId ? lookup(snapshot.virtualNetworkPeerings ?? {}, vnetId) : undefined;
    const hop = (0,next_hop/* resolveNextHopFirewall */.DR)(address, (0,next_hop/* subscriptionIdOf */.gf)(table.id) ?? '', sub => snapshot.azureFirewalls[(0,model_snapshot/* resourceKey */.ik)(`/subscriptions/${sub}`)], peerings);
    const peered = (p) => (0,model_text/* text */.Qq) `${address} is in the address space of virtual network \`${(0,model_snapshot/* resourceName */.Iy)(p.remoteVirtualNetworkId ?? '')}\` (subscription \`${(0,next_hop/* subscriptionIdOf */.gf)(p.remoteVirtualNetworkId ?? '') ?? 'unknown'}\`), peered through \`${p.name}\``;
    const unknown = (detail, cause) => ({
        outcome: 'unknown',
        detail,
        remedy: confirm.remedy,
        ...(cause ? { cause } : {})
    });
    const firewallsOf = (subscription) => (0,model_text/* text */.Qq) `the Azure Firewalls of subscription \`${subscription}\``;
    switch (hop.kind) {
        case 'firewall':
            return {
                firewall: hop.firewall,
                where: hop.peering
                    ? (0,model_text/* text */.Qq) ` in subscription \`${(0,next_hop/* subscriptionIdOf */.gf)(hop.firewall.id) ?? 'unknown'}\` (hub virtual network \`${(0,model_snapshot/* resourceName */.Iy)(hop.peering.remoteVirtualNetworkId ?? '')}\`, peered through \`${hop.peering.name}\`)`
                    : (0,model_text/* text */.Qq) ``
            };
        case 'peering-not-connected': {
            const hub = hop.peering.remoteVirtualNetworkId ?? '';
            const hubName = (0,model_snapshot/* resourceName */.Iy)(hub);
            const spokeName = vnetId ? (0,model_snapshot/* resourceName */.Iy)(vnetId) : '<spoke-vnet>';
            return {
                outcome: 'fail',
                detail: (0,model_text/* text */.Qq) `${via}. ${peered(hop.peering)}, whose state is ${hop.peering.peeringState ?? (0,model_text/* ours */.Od)('not reported')}: a peering carries traffic only once it is \`Connected\`, so registry traffic sent to ${address} is dropped and image pulls fail. Create the matching peering in \`${hubName}\` back to this virtual network (or sync the peering with \`az network vnet peering sync\` if it exists).`,
                remedy: {
                    commands: [
                        `az network vnet peering create${inSubscription(hub, table.id)} --resource-group ${groupArg(hub)} --vnet-name ${shellArg(hubName)} --name ${shellArg(`${hubName}-to-${spokeName}`)} --remote-vnet ${vnetId ? shellArg(vnetId) : '<spoke-vnet-id>'} --allow-vnet-access --allow-forwarded-traffic`
                    ]
                }
            };
        }
        case 'virtual-wan-hub':
            return unknown((0,model_text/* text */.Qq) `${via}. ${peered(hop.peering)}, a Virtual WAN hub: its secured-hub firewall and routing intent cannot be read through the APIs this tool uses. Registry traffic goes through that hub; ${confirm.words}`);
        case 'unlisted': {
            const problem = hop.error
                ? readProblem(firewallsOf(hop.subscriptionId), `/subscriptions/${hop.subscriptionId}`, hop.error)
                : undefined;
            if (hop.peering) {
                return unknown((0,model_text/* text */.Qq) `${via}. ${peered(hop.peering)}; ${firewallsOf(hop.subscriptionId)} could not be listed${problem ? (0,model_text/* text */.Qq) ` (${out_04_forced_tunnel_statusOf(hop.error)})` : (0,model_text/* text */.Qq) ``}, so the firewall that holds ${address} and its rules are not known. Grant the identity Reader on subscription \`${hop.subscriptionId}\`, or ${confirm.words}`, problem?.cause ?? readerCause(hop.subscriptionId));
            }
            return unknown((0,model_text/* text */.Qq) `${via}.${problem ? (0,model_text/* text */.Qq) ` Azure Firewalls of the subscription could not be listed (${out_04_forced_tunnel_statusOf(hop.error)}).` : (0,model_text/* text */.Qq) ``} Registry traffic goes through that appliance; ${confirm.words}`, problem?.cause);
        }
        case 'no-firewall': {
            const problem = hop.peeringsError && vnetId
                ? readProblem((0,model_text/* text */.Qq) `the peerings of virtual network \`${(0,model_snapshot/* resourceName */.Iy)(vnetId)}\``, vnetId, hop.peeringsError)
                : undefined;
            if (hop.peering) {
                return unknown((0,model_text/* text */.Qq) `${via}. ${peered(hop.peering)}, but no Azure Firewall of subscription \`${hop.subscriptionId}\` holds that address: it is another appliance (a third-party network virtual appliance), which this tool cannot read. Registry traffic goes through that appliance; ${confirm.words}`);
            }
            return unknown((0,model_text/* text */.Qq) `${via}, which is not an Azure Firewall this identity can read in the subscription${peerings?.ok ? (0,model_text/* text */.Qq) `, and no peering of the subnet's virtual network has it in its remote address space (a third-party appliance, or one reached over a gateway, which the APIs used cannot show)` : (0,model_text/* text */.Qq) ``}.${hop.peeringsError ? (0,model_text/* text */.Qq) ` The peerings of the subnet's virtual network could not be read (${out_04_forced_tunnel_statusOf(hop.peeringsError)}).` : (0,model_text/* text */.Qq) ``} Registry traffic goes through that appliance; ${confirm.words}`, problem?.cause);
        }
    }
}
/** `HTTP 403 AuthorizationFailed` (Azure's message goes to the cause's raw text). */
function out_04_forced_tunnel_statusOf(error) {
    return error.status === null
        ? (0,model_text/* text */.Qq) `no response, ${error.code}`
        : (0,model_text/* text */.Qq) `HTTP ${error.status} ${error.code}`;
}
/** Reader on a subscription whose firewalls were not listed (no refused read to build it from). */
function readerCause(subscriptionId) {
    const scope = `/subscriptions/${subscriptionId}`;
    return {
        key: `reader:${scope.toLowerCase()}`,
        summary: (0,model_text/* text */.Qq) `The Azure Firewalls of subscription \`${subscriptionId}\` were not listed.`,
        action: (0,model_text/* text */.Qq) `Grant the identity the action signs in with the Reader role on subscription \`${subscriptionId}\`, then re-run.`,
        fix: {
            commands: [
                `az role assignment create --assignee <client-id> --role Reader --scope ${shellArg(scope)}`
            ],
            placeholders: CLIENT_ID_PLACEHOLDER
        }
    };
}
/** A route that sends the registry tag straight to Internet, in the subnet's route table. */
function internetRoute(table, tag) {
    return `az network route-table route create --resource-group ${groupArg(table.id)} --route-table-name ${shellArg(table.name)} --name to-acr --address-prefix ${shellArg(tag)} --next-hop-type Internet`;
}
/** ` --subscription <id>` when `id` is in another subscription than `from` (a hub's resources). */
function inSubscription(id, from) {
    const subscription = (0,next_hop/* subscriptionIdOf */.gf)(id);
    return subscription && subscription.toLowerCase() !== (0,next_hop/* subscriptionIdOf */.gf)(from)?.toLowerCase()
        ? ` --subscription ${shellArg(subscription)}`
        : '';
}
/** Custom rule collection priorities run from 100 to 65000. */
const MIN_COLLECTION_PRIORITY = 100;
const MAX_COLLECTION_PRIORITY = 65000;
/** The highest free priority smaller than `before` (so the new collection is processed first). */
function freePriority(used, before) {
    const taken = new Set(used);
    for (let p = Math.min(before, MAX_COLLECTION_PRIORITY + 1) - 1; p >= MIN_COLLECTION_PRIORITY; p--)
        if (!taken.has(p))
            return p;
    return undefined;
}
/**
 * A rule collection that allows the registry, processed before the rules that deny it (or may).
 * Network rules are processed before application rules: when a network rule decides, the fix is
 * a network rule to the registry's service tags with a smaller priority; otherwise an
 * application rule to the registry's host names (Https 443) before the deciding collection.
 * In a policy, it goes in the policy and group that hold the deciding collection.
 */
function firewallFix(from, firewall, chain, deciders, source, destinations, hosts) {
    const kind = deciders.some(c => c.kind === 'network')
        ? 'network'
        : 'application';
    const sameKind = deciders.filter(c => c.kind === kind);
    const placeholder = (priority) => priority === undefined ? '<priority>' : String(priority);
    const note = (0,model_text/* text */.Qq) `\`<priority>\`: no priority below the deciding collection's is free; free one and use a number smaller than its priority.`;
    if (!chain) {
        const before = Math.min(...sameKind.map(c => c.priority), MAX_COLLECTION_PRIORITY + 1);
        const priority = freePriority(firewall.ruleCollections.filter(c => c.kind === kind).map(c => c.priority), before);
        const head = `${inSubscription(firewall.id, from)} --resource-group ${groupArg(firewall.id)} --firewall-name ${shellArg(firewall.name)} --collection-name allow-acr --priority ${placeholder(priority)} --action Allow --name acr`;
        return {
            commands: [
                kind === 'network'
                    ? `az network firewall network-rule create${head} --protocols TCP --source-addresses ${source} --destination-addresses ${shellArgs(destinations)} --destination-ports ${PORT}`
                    : `az network firewall application-rule create${head} --protocols Https=${PORT} --source-addresses ${source} --target-fqdns ${shellArgs(hosts)}`
            ],
            ...(priority === undefined ? { placeholders: note } : {})
        };
    }
    // The policy and group holding the first deciding collection (parents' rules come first).
    const decider = sameKind[0];
    const holder = decider
        ? chain.flatMap(policy => policy.ruleCollectionGroups.flatMap(group => group.ruleCollections.some(c => c === decider) ? [{ policy, group }] : []))[0]
        : undefined;
    const policy = holder?.policy ?? chain[0];
    const group = holder?.group ?? [...policy.ruleCollectionGroups].sort((a, b) => a.priority - b.priority)[0];
    const policyGroup = groupArg(policy.id);
    const commands = [];
    let groupName;
    let priority;
    if (group) {
        groupName = group.name;
        priority = freePriority(group.ruleCollections.map(c => c.priority), decider && holder ? decider.priority : MAX_COLLECTION_PRIORITY + 1);
    }
    else {
        groupName = 'allow-acr';
        priority = MIN_COLLECTION_PRIORITY;
        commands.push(`az network firewall policy rule-collection-group create${inSubscription(policy.id, from)} --resource-group ${policyGroup} --policy-name ${shellArg(policy.name)} --name ${shellArg(groupName)} --priority ${MIN_COLLECTION_PRIORITY}`);
    }
    const rule = kind === 'network'
        ? `--rule-type NetworkRule --rule-name acr --ip-protocols TCP --source-addresses ${source} --destination-addresses ${shellArgs(destinations)} --destination-ports ${PORT}`
        : `--rule-type ApplicationRule --rule-name acr --protocols Https=${PORT} --source-addresses ${source} --target-fqdns ${shellArgs(hosts)}`;
    commands.push(`az network firewall policy rule-collection-group collection add-filter-collection${inSubscription(policy.id, from)} --resource-group ${policyGroup} --policy-name ${shellArg(policy.name)} --rcg-name ${shellArg(groupName)} --name allow-acr --collection-priority ${placeholder(priority)} --action Allow ${rule}`);
    return { commands, ...(priority === undefined ? { placeholders: note } : {}) };
}
function evaluateForcedTunnel(snapshot, def, subnet, table, route, region, tagPrefixes, restrictTo) {
    const resource = resourceOf(table.id, ROUTE_TABLE_TYPE);
    const hosts = registryHosts(snapshot, region);
    const tag = registryTag(region);
    const hop = route.nextHopIpAddress ? (0,model_text/* text */.Qq) ` ${route.nextHopIpAddress}` : (0,model_text/* text */.Qq) ``;
    const via = (0,model_text/* text */.Qq) `Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to ${route.nextHopType}${hop}`;
    const hostList = (0,model_text/* joinText */._V)(hosts.map(h => (0,model_text/* text */.Qq) `\`${h}\``), ' and ');
    const confirm = {
        words: (0,model_text/* text */.Qq) `confirm that it allows TCP ${PORT} to \`${tag}\` and to ${hostList}, or add a route for \`${tag}\` with next hop \`Internet\`.`,
        remedy: { commands: [internetRoute(table, tag)] }
    };
    if (/^virtualnetworkgateway$/i.test(route.nextHopType) || !route.nextHopIpAddress) {
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `${via}: registry traffic leaves through that hop, which the NSG does not cover and this tool cannot read; ${confirm.words}`, { remedy: confirm.remedy });
    }
    const next = nextHopFirewall(snapshot, subnet, table, route.nextHopIpAddress, via, confirm);
    if ('detail' in next) {
        return makeResult(def, next.outcome, resource, next.detail, {
            ...(next.remedy ? { remedy: next.remedy } : {}),
            ...(next.cause ? { cause: next.cause } : {})
        });
    }
    const { firewall, where } = next;
    let collections;
    let rulesFrom;
    let chain;
    if (firewall.firewallPolicyId) {
        const read = policyChain(snapshot, firewall.firewallPolicyId);
        if (!Array.isArray(read)) {
            return makeResult(def, 'unknown', resourceOf(firewall.id, FIREWALL_TYPE), (0,model_text/* text */.Qq) `${via}: Azure Firewall \`${firewall.name}\`${where}. ${read.detail}`, read.cause ? { cause: read.cause } : { remedy: confirm.remedy });
        }
        chain = read;
        collections = policyCollections(chain);
        rulesFrom = (0,model_text/* text */.Qq) `firewall policy ${(0,model_text/* joinText */._V)(chain.map(p => (0,model_text/* text */.Qq) `\`${p.name}\``), ' (child of ')}${(0,model_text/* ours */.Od)(')'.repeat(chain.length - 1))}`;
    }
    else {
        collections = classicCollections(firewall);
        rulesFrom = (0,model_text/* text */.Qq) `its classic rule collections`;
    }
    const flow = {
        sourcePrefixes: subnet.addressPrefixes.filter(network/* isIpv4 */.eH),
        region,
        port: PORT,
        hosts,
        ...(storageHost(snapshot)
            ? { hostTags: { [storageHost(snapshot)]: `Storage.${(0,network/* serviceTagRegion */.gp)(region)}` } }
            : {}),
        ipGroups: Object.fromEntries(Object.entries(snapshot.ipGroups ?? {}).flatMap(([id, r]) => r.ok ? [[id, r.value.ipAddresses]] : [])),
        ...(tagPrefixes ? { tagPrefixes } : {}),
        ...(restrictTo ? { restrictTo } : {})
    };
    const decision = evaluateFirewall(collections, flow);
    const fwResource = resourceOf(firewall.id, FIREWALL_TYPE);
    const summary = (0,model_text/* text */.Qq) `${via}: Azure Firewall \`${firewall.name}\`${where}, evaluated with ${rulesFrom}`;
    const source = shellArgs(flow.sourcePrefixes) || '<subnet-prefix>';
    const destinations = [
        tag,
        ...(storageHost(snapshot) ? [`Storage.${(0,network/* serviceTagRegion */.gp)(region)}`] : [])
    ];
    // The collections the new allow must come before: the denies, or the rules that may decide otherwise.
    const denying = decision.hosts
        .filter(h => !h.allowed)
        .flatMap(h => (h.decidedBy ? [h.decidedBy.collection] : []));
    const uncertainBy = decision.hosts.flatMap(h => h.uncertainBecause.map(m => m.collection));
    const fix = firewallFix(table.id, firewall, chain, decision.uncertain && !decision.part ? uncertainBy : denying, source, destinations, hosts);
    const withSourceNote = (f) => source === '<subnet-prefix>'
        ? {
            ...f,
            placeholders: (0,model_text/* concatText */.en)((0,model_text/* text */.Qq) `\`<subnet-prefix>\`: the address prefix of subnet \`${subnet.name}\` (\`${`az network vnet subnet show --ids ${shellArg(subnet.id)} --query addressPrefix`}\`).`, f.placeholders ? (0,model_text/* text */.Qq) ` ${f.placeholders}` : (0,model_text/* text */.Qq) ``)
        }
        : f;
    if (decision.part) {
        return makeResult(def, 'unknown', fwResource, (0,model_text/* text */.Qq) `${summary}: its network rules allow part of the addresses of \`${registryTag(region)}\` and deny the rest (${firewallRuleText(decision)}), so pulls work or fail depending on which address the registry answers from. Allow the whole tag before the deny, or add a route for \`${tag}\` with next hop \`Internet\`.`, { remedy: withSourceNote(fix) });
    }
    if (decision.uncertain) {
        const partial = [
            ...new Map(decision.hosts
                .flatMap(h => h.uncertainBecause)
                .map(m => {
                const t = (0,model_text/* text */.Qq) `rule \`${m.ruleName}\` in \`${m.collection.name}\` (${m.partialReason ?? (0,model_text/* text */.Qq) `it matches part of the traffic`})`;
                return [JSON.stringify(t), t];
            })).values()
        ];
        return makeResult(def, 'unknown', fwResource, (0,model_text/* text */.Qq) `${summary}: ${firewallRuleText(decision)}; but ${(0,model_text/* joinText */._V)(partial, ', ')} may decide otherwise. Allow the registry unconditionally before those rules, or add a route for \`${tag}\` with next hop \`Internet\`.`, { remedy: withSourceNote(fix) });
    }
    if (decision.allowed) {
        return makeResult(def, 'pass', fwResource, (0,model_text/* text */.Qq) `${summary}: registry traffic is allowed (${firewallRuleText(decision)}).`);
    }
    return makeResult(def, 'fail', fwResource, (0,model_text/* text */.Qq) `${summary}: registry traffic is denied (${firewallRuleText(decision)}). Allow the registry in a rule collection processed before the deny.`, { remedy: withSourceNote(fix) });
}
const OUT_04 = defineCheck(OUT_04_RULE, (snapshot, def) => {
    const ctx = context(snapshot, def);
    if (ctx.kind === 'done')
        return ctx.results;
    const perSubnet = ctx.subnets.map(({ id, read }) => {
        const s = subnetOrUnknown(def, id, read);
        if ('result' in s)
            return s.result;
        const subnet = s.subnet;
        if (!subnet.routeTableId) {
            return makeResult(def, 'pass', subnetResource(id), (0,model_text/* text */.Qq) `Subnet \`${subnet.name}\` has no route table, so its outbound traffic follows Azure's system routes (no forced tunnelling).`);
        }
        const tableRead = lookup(snapshot.routeTables, subnet.routeTableId);
        const resource = resourceOf(subnet.routeTableId, ROUTE_TABLE_TYPE);
        if (!tableRead)
            return makeResult(def, 'unknown', resource, notRead((0,model_text/* text */.Qq) `Route table \`${(0,model_snapshot/* resourceName */.Iy)(subnet.routeTableId)}\``));
        if (!tableRead.ok) {
            return unreadableResult(def, resource, (0,model_text/* text */.Qq) `route table \`${(0,model_snapshot/* resourceName */.Iy)(subnet.routeTableId)}\` of subnet \`${subnet.name}\``, subnet.routeTableId, tableRead.error);
        }
        const table = tableRead.value;
        return judgeRoutes(snapshot, def, subnet, table, ctx);
    });
    return [...perSubnet.map((r, n) => judged(r, ctx.subnets[n])), ...ctx.extra];
});
/** What a route table cannot show, unless BGP propagation is off. */
function bgpCaveat(table) {
    return table.disableBgpRoutePropagation === true
        ? (0,model_text/* text */.Qq) ``
        : (0,model_text/* text */.Qq) ` Route table \`${table.name}\` propagates gateway routes (\`disableBgpRoutePropagation\` is not true): a route learned over BGP from a VPN or ExpressRoute gateway or a Virtual WAN hub (such as an advertised \`0.0.0.0/0\`) overrides the system routes for the addresses no user-defined route holds, and is not in the route table; check the effective routes of a NIC in the subnet (\`az network nic show-effective-route-table\`).`;
}
/** `route r1 (0.0.0.0/0 → VirtualAppliance 10.0.0.4)` */
function hopText(r) {
    return r.nextHopIpAddress
        ? (0,model_text/* text */.Qq) `route \`${r.name}\` (${r.addressPrefix} → ${r.nextHopType} ${r.nextHopIpAddress})`
        : (0,model_text/* text */.Qq) `route \`${r.name}\` (${r.addressPrefix} → ${r.nextHopType})`;
}
/**
 * OUT-04 for one subnet: the registry's addresses split by the route that
 * wins for each (longest prefix), each part judged by its next hop; the
 * worst part decides.
 */
function judgeRoutes(snapshot, def, subnet, table, ctx) {
    const { region, tagPrefixes, tagsMissing } = ctx;
    const resource = resourceOf(table.id, ROUTE_TABLE_TYPE);
    const tag = registryTag(region);
    const flow = {
        sourcePrefixes: subnet.addressPrefixes.filter(network/* isIpv4 */.eH),
        region,
        port: PORT,
        ...(tagPrefixes ? { tagPrefixes } : {})
    };
    const path = registryPath(snapshot, region, subnet.id);
    if (path.kind === 'unreachable')
        return makeResult(def, 'fail', path.resource, path.detail, { remedy: path.remedy });
    if (path.destinations[0]?.tag === 'VirtualNetwork') {
        return privateEndpointRoute(snapshot, def, subnet, table, path.note);
    }
    const selection = selectRoutes(table.routes, flow);
    if (selection.uncertain.length > 0) {
        const winner = selection.parts[0]?.route;
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `Route table \`${table.name}\` on subnet \`${subnet.name}\`: ${tagsMissing ?? (0,model_text/* text */.Qq) `the address prefixes of \`${tag}\` are not known`}, so which route registry traffic takes cannot be told: ${winner ? (0,model_text/* text */.Qq) `${hopText(winner)} holds all of it, but ` : (0,model_text/* text */.Qq) `the system routes send it to Internet, but `}${(0,model_text/* joinText */._V)(selection.uncertain.map(hopText), ', ')} may be more specific for some of its addresses and go elsewhere. Route the tag explicitly: to \`Internet\` (below), or to your firewall with \`--next-hop-type VirtualAppliance --next-hop-ip-address <firewall-ip>\`.`, {
            remedy: { commands: [internetRoute(table, tag)] },
            ...(ctx.tagsCause ? { cause: ctx.tagsCause } : {})
        });
    }
    const results = selection.parts.map(part => judgePart(snapshot, def, subnet, table, region, tagPrefixes, part));
    if (results.length === 1)
        return results[0];
    const worst = results.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a));
    const detail = (0,model_text/* joinText */._V)(selection.parts.map((part, k) => (0,model_text/* text */.Qq) `${(0,prefixes/* describeSet */.iG)(part.known)} (${part.route ? (0,model_text/* text */.Qq) `route \`${part.route.name}\`` : (0,model_text/* text */.Qq) `system routes`}): ${(0,model_text/* ours */.Od)(results[k].outcome)}: ${results[k].message ?? (0,model_text/* text */.Qq) ``}`), ' | ');
    const commands = [
        ...new Set(results.filter(r => r.outcome !== 'pass').flatMap(r => r.remedy?.commands ?? []))
    ];
    const placeholders = results.find(r => r.outcome !== 'pass' && r.remedy?.placeholders)?.remedy
        ?.placeholders;
    const cause = results.find(r => r.outcome !== 'pass' && r.cause)?.cause;
    return makeResult(def, worst.outcome, worst.outcome === 'pass' ? resource : worst.resource, (0,model_text/* text */.Qq) `Route table \`${table.name}\` on subnet \`${subnet.name}\` sends the addresses of \`${tag}\` by different routes (longest prefix wins for each address): ${detail}`, {
        ...(commands.length > 0
            ? { remedy: { commands, ...(placeholders ? { placeholders } : {}) } }
            : {}),
        ...(cause ? { cause } : {})
    });
}
/**
 * A registry reached through its private endpoint: the system route for the
 * virtual network's address space (next hop VnetLocal) is more specific than
 * 0.0.0.0/0, so forced tunnelling does not take it; only a user-defined route
 * at least as specific as that address space, with another next hop, can.
 */
function privateEndpointRoute(snapshot, def, subnet, table, note) {
    const resource = resourceOf(table.id, ROUTE_TABLE_TYPE);
    const vnetId = (0,model_snapshot/* parentVirtualNetworkId */.l3)(subnet.id);
    const vnet = vnetId ? snapshot.virtualNetworks[(0,model_snapshot/* resourceKey */.ik)(vnetId)] : undefined;
    if (!vnet?.ok) {
        const lead = (0,model_text/* text */.Qq) `${note} Whether route table \`${table.name}\` overrides the route to the private endpoint cannot be told:`;
        if (vnet && vnetId) {
            return unreadableResult(def, resource, (0,model_text/* text */.Qq) `virtual network \`${(0,model_snapshot/* resourceName */.Iy)(vnetId)}\` of subnet \`${subnet.name}\``, vnetId, vnet.error, lead);
        }
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `${lead} ${notRead((0,model_text/* text */.Qq) `The virtual network of subnet \`${subnet.name}\``)}`);
    }
    const space = (0,prefixes/* setOf */.s4)(vnet.value.addressPrefixes);
    const shortest = Math.min(...vnet.value.addressPrefixes.map(p => routePrefixBits(p) ?? 128));
    const overriding = table.routes.filter(r => {
        const bits = routePrefixBits(r.addressPrefix);
        return (bits !== undefined &&
            bits >= shortest &&
            !/^vnetlocal$/i.test(r.nextHopType) &&
            (0,prefixes/* coverage */.vk)((0,prefixes/* setOf */.s4)([r.addressPrefix]), space) !== 'none');
    });
    if (overriding.length > 0) {
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `${note} Route table \`${table.name}\` has route(s) ${(0,model_text/* joinText */._V)(overriding.map(r => r.nextHopIpAddress
            ? (0,model_text/* text */.Qq) `\`${r.name}\` (${r.addressPrefix} → ${r.nextHopType} ${r.nextHopIpAddress})`
            : (0,model_text/* text */.Qq) `\`${r.name}\` (${r.addressPrefix} → ${r.nextHopType})`), ', ')} inside the virtual network's address space, which may take traffic to the private endpoint elsewhere; confirm the path with the effective routes of a NIC in the subnet.`, {
            remedy: {
                commands: [
                    `az network nic show-effective-route-table --resource-group ${groupArg(subnet.id)} --name <nic-in-subnet> --output table`
                ],
                placeholders: (0,model_text/* text */.Qq) `\`<nic-in-subnet>\`: a network interface in subnet \`${subnet.name}\` (\`${`az network vnet subnet show --ids ${shellArg(subnet.id)} --query 'ipConfigurations[].id'`}\` lists them; a NIC may sit in another resource group).`
            }
        });
    }
    return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `${note} Route table \`${table.name}\` on subnet \`${subnet.name}\` has no route inside the virtual network's address space (${vnet.value.addressPrefixes.join(', ')}), so the system route (next hop \`VnetLocal\`, or the peering) carries registry traffic to the private endpoint; routes such as \`0.0.0.0/0\` do not take it.`);
}
function judgePart(snapshot, def, subnet, table, region, tagPrefixes, part) {
    const resource = resourceOf(table.id, ROUTE_TABLE_TYPE);
    const route = part.route;
    if (!route) {
        return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Route table \`${table.name}\` on subnet \`${subnet.name}\` has no route that holds ${part.opaque ? (0,model_text/* text */.Qq) `the registry's addresses` : (0,model_text/* text */.Qq) `the registry's addresses ${(0,prefixes/* describeSet */.iG)(part.known)}`}, so that traffic follows Azure's system route to Internet and is not forced through an appliance.${bgpCaveat(table)}`);
    }
    if (/^none$/i.test(route.nextHopType)) {
        return makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to next hop \`None\`, which drops registry traffic. Add a route for \`${registryTag(region)}\` with next hop \`Internet\`.`, { remedy: { commands: [internetRoute(table, registryTag(region))] } });
    }
    if (/^internet$/i.test(route.nextHopType)) {
        return makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to Internet, not through an appliance.`);
    }
    if (!/^(virtualappliance|virtualnetworkgateway)$/i.test(route.nextHopType)) {
        return makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to ${route.nextHopType}, which does not lead to the registry's public addresses; check where that traffic goes, or route \`${registryTag(region)}\` to Internet or to a firewall that allows it.`, { remedy: { commands: [internetRoute(table, registryTag(region))] } });
    }
    return evaluateForcedTunnel(snapshot, def, subnet, table, route, region, tagPrefixes, part.opaque ? undefined : part.known);
}

;// CONCATENATED MODULE: ./src/evaluate/checks/outbound.ts




const OUTBOUND_CHECKS = [OUT_01, OUT_02, OUT_03, OUT_04];

;// CONCATENATED MODULE: ./src/evaluate/checks/rules/prerequisites.ts

const PRIVATE_LINK_DOC = 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link';
const NET_01_RULE = {
    id: 'NET-01',
    title: 'Workspace inbound access is private',
    section: 'prerequisites',
    category: 'isolation',
    severity: 'error',
    rationale: 'An inferencing environment secured with a virtual network is only isolated if the workspace itself refuses traffic from the public internet. ' +
        'When public network access is on (the service default when the property is not set), or the legacy allowPublicAccessWhenBehindVnet flag is true, clients outside the virtual network can still reach the workspace.',
    remediation: 'Set the workspace public network access to Disabled and make sure allowPublicAccessWhenBehindVnet is false, then reach the workspace through its private endpoint.',
    fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --public-network-access Disabled',
    docUrl: PRIVATE_LINK_DOC,
    summary: "the workspace's `publicNetworkAccess` is `Disabled` and `allowPublicAccessWhenBehindVnet` is not `true`"
};
const NET_02_RULE = {
    id: 'NET-02',
    title: 'Workspace is reachable through an approved private endpoint in an existing subnet',
    section: 'prerequisites',
    category: 'isolation',
    severity: 'error',
    rationale: 'The inferencing environment relies on an existing virtual network and subnet from which the workspace is reached privately. ' +
        'Without an approved private endpoint whose subnet and virtual network still exist, clients in the virtual network have no private path to the workspace.',
    remediation: 'Create a private endpoint for the workspace (sub-resource amlworkspace) in a subnet of the virtual network that secures it, and make sure its connection is Approved. ' +
        'Replace connections whose private endpoint, subnet or virtual network was deleted.',
    fix: 'az network private-endpoint create --name <pe-name> --resource-group <resource-group> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <workspace-id> --group-id amlworkspace --connection-name <pe-name>',
    docUrl: PRIVATE_LINK_DOC,
    summary: 'the workspace has an `Approved` private endpoint connection whose private endpoint, subnet and virtual network exist'
};
const NET_03_RULE = {
    id: 'NET-03',
    title: 'An existing virtual network and subnet secure the workspace',
    section: 'prerequisites',
    category: 'isolation',
    severity: 'error',
    rationale: 'The article assumes an existing virtual network and subnet that secure the workspace: they hold its private endpoint (and, on the Kubernetes route, the cluster nodes), and the RBAC and outbound checks are evaluated against them. ' +
        'If the named network does not exist, or is not where the workspace is reached privately, those checks look at the wrong place.',
    remediation: "Set the `vnet-id` and `subnet-id` inputs to the virtual network and subnet of the workspace's private endpoint, or leave them empty to discover them. If nothing is found, create a private endpoint for the workspace in a subnet of your virtual network.",
    fix: 'az network private-endpoint show --ids <private-endpoint-id> --query subnet.id -o tsv   # the subnet-id input; the vnet-id is its parent',
    docUrl: links/* ARTICLE_URL */.V,
    summary: "the VNet/subnet named by `vnet-id`/`subnet-id` (else discovered from the workspace's private endpoint, or on the Kubernetes route the node pools) exist and hold the workspace's private endpoint"
};

;// CONCATENATED MODULE: ./src/evaluate/checks/prerequisites.ts






const NET_01 = defineCheck(NET_01_RULE, (snapshot, def) => {
    if (!snapshot.workspace.ok)
        return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)];
    const ws = snapshot.workspace.value;
    const resource = workspaceResource(snapshot);
    const { resourceGroup, workspaceName } = snapshot.target;
    const disableCommand = `az ml workspace update --resource-group ${shellArg(resourceGroup)} --name ${shellArg(workspaceName)} --public-network-access Disabled`;
    const clearFlagCommand = `az resource update --ids ${shellArg(ws.id)} --set properties.allowPublicAccessWhenBehindVnet=false`;
    const publicDisabled = isPublicNetworkAccessDisabled(ws.publicNetworkAccess);
    const allowBehindVnet = ws.allowPublicAccessWhenBehindVnet === true;
    if (publicDisabled && !allowBehindVnet) {
        return [
            makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has public network access Disabled and does not allow public access when behind a virtual network.`)
        ];
    }
    const problems = [];
    const actions = [];
    const commands = [];
    if (!publicDisabled) {
        problems.push(ws.publicNetworkAccess === undefined
            ? (0,model_text/* text */.Qq) `does not set \`publicNetworkAccess\`, so the service default (Enabled) applies and it accepts traffic from the public internet`
            : (0,model_text/* text */.Qq) `has \`publicNetworkAccess\` \`${ws.publicNetworkAccess}\`, so it accepts traffic from the public internet`);
        actions.push((0,model_text/* text */.Qq) `disable public network access`);
        commands.push(disableCommand);
    }
    if (allowBehindVnet) {
        problems.push((0,model_text/* text */.Qq) `has \`allowPublicAccessWhenBehindVnet\` set to true, which lets public traffic in${publicDisabled ? (0,model_text/* text */.Qq) ` even though \`publicNetworkAccess\` is Disabled` : model_text/* EMPTY_TEXT */.Ql}`);
        actions.push((0,model_text/* text */.Qq) `set \`allowPublicAccessWhenBehindVnet\` to false`);
        commands.push(clearFlagCommand);
    }
    return [
        makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` ${(0,model_text/* joinText */._V)(problems, ' and ')}. To close it, ${(0,model_text/* joinText */._V)(actions, ', then ')}.`, { remedy: { commands } })
    ];
});
const prerequisites_NOT_COLLECTED = (0,model_text/* ours */.Od)('was referenced but not read (a bug in aml-inference-guard: please report it with the JSON report attached)');
function prerequisites_lookup(map, id) {
    return map[(0,model_snapshot/* resourceKey */.ik)(id)];
}
/** The command that shows a resource as Azure returns it: what a bug report needs. */
function showCommand(id) {
    return `az resource show --ids ${shellArg(id)}`;
}
/** Classifies a failed or missing read of `what` (e.g. "private endpoint `pe-1`"). */
function brokenLink(read, what, id, goneText, connectionId) {
    if (read === undefined) {
        return { kind: 'unreadable', text: (0,model_text/* text */.Qq) `${what} ${prerequisites_NOT_COLLECTED}.`, command: showCommand(id) };
    }
    if (read.error.status === 404)
        return { kind: 'gone', text: goneText, connectionId };
    const { detail, cause } = readProblem(what, id, read.error);
    return { kind: 'unreadable', text: detail, cause };
}
function followConnection(snapshot, connection) {
    const { name: connectionName, privateEndpointId } = connection;
    if (!privateEndpointId) {
        return {
            kind: 'unreadable',
            text: (0,model_text/* text */.Qq) `Approved connection \`${connectionName}\` names no private endpoint, so the endpoint could not be followed; check the connection on the workspace's Networking page (Private endpoint connections) in the Azure portal.`,
            command: showCommand(connection.id)
        };
    }
    const peName = (0,model_snapshot/* resourceName */.Iy)(privateEndpointId);
    const pe = prerequisites_lookup(snapshot.privateEndpoints, privateEndpointId);
    if (!pe?.ok) {
        return brokenLink(pe, (0,model_text/* text */.Qq) `private endpoint \`${peName}\``, privateEndpointId, (0,model_text/* text */.Qq) `private endpoint \`${peName}\` no longer exists (its connection \`${connectionName}\` is still listed as Approved)`, connection.id);
    }
    const subnetId = pe.value.subnetId;
    if (!subnetId) {
        return {
            kind: 'unreadable',
            text: (0,model_text/* text */.Qq) `Private endpoint \`${peName}\` reports no subnet, so its network could not be checked; the command shows what Azure returns for it.`,
            command: `az network private-endpoint show --ids ${shellArg(privateEndpointId)} --query subnet`
        };
    }
    const subnetName = (0,model_snapshot/* resourceName */.Iy)(subnetId);
    const subnet = prerequisites_lookup(snapshot.subnets, subnetId);
    if (!subnet?.ok) {
        return brokenLink(subnet, (0,model_text/* text */.Qq) `subnet \`${subnetName}\``, subnetId, (0,model_text/* text */.Qq) `subnet \`${subnetName}\` of private endpoint \`${peName}\` no longer exists`, connection.id);
    }
    const vnetId = (0,model_snapshot/* parentVirtualNetworkId */.l3)(subnetId);
    if (!vnetId) {
        return {
            kind: 'unreadable',
            text: (0,model_text/* text */.Qq) `Private endpoint \`${peName}\` is in \`${subnetId}\`, which is not a virtual network subnet id; the command shows what Azure returns for the private endpoint.`,
            command: showCommand(privateEndpointId)
        };
    }
    const vnetName = (0,model_snapshot/* resourceName */.Iy)(vnetId);
    const vnet = prerequisites_lookup(snapshot.virtualNetworks, vnetId);
    if (!vnet?.ok) {
        return brokenLink(vnet, (0,model_text/* text */.Qq) `virtual network \`${vnetName}\``, vnetId, (0,model_text/* text */.Qq) `virtual network \`${vnetName}\` (of subnet \`${subnetName}\`, private endpoint \`${peName}\`) no longer exists`, connection.id);
    }
    return { kind: 'ok', privateEndpointId, subnetId, virtualNetworkId: vnetId };
}
/**
 * The command that creates the workspace's private endpoint, in `subnetId` when one is
 * known (else in a subnet of `vnetId`, else a placeholder network). The endpoint's name is
 * ours to choose; only the network may be unknown, and then `placeholders` says so.
 */
function createEndpointFix(snapshot, network = {}) {
    const { resourceGroup, workspaceId, workspaceName } = snapshot.target;
    const name = `${workspaceName}-pe`;
    const { subnetId, vnetId } = network;
    const subnet = subnetId
        ? `--subnet ${shellArg(subnetId)}`
        : vnetId
            ? `--subnet ${shellArg(vnetId)}/subnets/<subnet>`
            : '--vnet-name <vnet> --subnet <subnet>';
    const command = `az network private-endpoint create --name ${shellArg(name)} --resource-group ${shellArg(resourceGroup)} ${subnet} --private-connection-resource-id ${shellArg(workspaceId)} --group-id amlworkspace --connection-name ${shellArg(name)}`;
    if (subnetId)
        return { commands: [command] };
    const placeholders = vnetId
        ? (0,model_text/* text */.Qq) `\`<subnet>\` is the name of the subnet of virtual network \`${(0,model_snapshot/* resourceName */.Iy)(vnetId)}\` the clients reach the workspace from (${(0,model_text/* code */.aY)(subnetListCommand(vnetId, 'name'))} lists them); set the \`subnet-id\` input and this command names it.`
        : (0,model_text/* text */.Qq) `\`<vnet>\` and \`<subnet>\` are the virtual network and subnet, in resource group \`${resourceGroup}\`, the clients reach the workspace from; set the \`subnet-id\` input and this command names them.`;
    return { commands: [command], placeholders };
}
/** The network the create command should use: the target's, unless it is the stale one. */
function targetNetwork(snapshot) {
    const target = (0,network_target/* resolveNetworkTarget */.Ol)(snapshot);
    if (target.source === 'private-endpoint')
        return {};
    return {
        ...(target.subnetId ? { subnetId: target.subnetId } : {}),
        ...(target.vnetId ? { vnetId: target.vnetId } : {})
    };
}
/**
 * The workspace has no working approved private endpoint: NET-02 fails on it, NET-03 finds
 * no network and the RBAC checks have no scope. One endpoint fixes all of them.
 */
function noPrivateEndpointCause(snapshot) {
    const { workspaceId, workspaceName } = snapshot.target;
    return {
        key: `no-private-endpoint:${workspaceId.toLowerCase()}`,
        summary: (0,model_text/* text */.Qq) `Workspace \`${workspaceName}\` has no working approved private endpoint in a virtual network.`,
        action: (0,model_text/* text */.Qq) `Give workspace \`${workspaceName}\` an approved private endpoint in the subnet its clients use; the network and RBAC checks then use its virtual network.`,
        fix: createEndpointFix(snapshot, targetNetwork(snapshot))
    };
}
const NET_02 = defineCheck(NET_02_RULE, (snapshot, def) => {
    if (!snapshot.workspace.ok)
        return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)];
    const ws = snapshot.workspace.value;
    const wsResource = workspaceResource(snapshot);
    const create = createEndpointFix(snapshot, targetNetwork(snapshot));
    const cause = noPrivateEndpointCause(snapshot);
    const fail = (detail, remedy) => [
        makeResult(def, 'fail', wsResource, detail, { remedy, cause })
    ];
    const connections = ws.privateEndpointConnections;
    if (connections.length === 0) {
        return fail((0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no private endpoint connections, so clients in the virtual network cannot reach it privately.`, create);
    }
    const approved = connections.filter(c => equalsIgnoreCase(c.status, 'Approved'));
    if (approved.length === 0) {
        const statuses = (0,model_text/* joinText */._V)(connections.map(c => (0,model_text/* text */.Qq) `\`${c.name}\`: ${c.status ?? (0,model_text/* ours */.Od)('no status')}`), ', ');
        const pending = connections.filter(c => equalsIgnoreCase(c.status, 'Pending'));
        const approve = pending.map(c => `az resource update --ids ${shellArg(c.id)} --set properties.privateLinkServiceConnectionState.status=Approved`);
        return fail((0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has ${connections.length} private endpoint connection(s) but none is Approved (${statuses}). ${pending.length > 0
            ? (0,model_text/* text */.Qq) `Approve a pending connection you trust (the first command), or create a new private endpoint.`
            : (0,model_text/* text */.Qq) `Create a new private endpoint.`}`, { ...create, commands: [...approve, ...create.commands] });
    }
    const links = approved.map(c => followConnection(snapshot, c));
    const ok = links.find(l => l.kind === 'ok');
    if (ok) {
        const pe = ok.privateEndpointId;
        return [
            makeResult(def, 'pass', resourceOf(pe, RESOURCE_TYPES.privateEndpoint), (0,model_text/* text */.Qq) `Workspace \`${ws.name}\` is reachable through approved private endpoint \`${(0,model_snapshot/* resourceName */.Iy)(pe)}\` in subnet \`${(0,model_snapshot/* resourceName */.Iy)(ok.subnetId)}\` of virtual network \`${(0,model_snapshot/* resourceName */.Iy)(ok.virtualNetworkId)}\`.`)
        ];
    }
    const broken = links.filter(l => l.kind !== 'ok');
    const unreadable = broken.filter(l => l.kind === 'unreadable');
    if (unreadable.length > 0) {
        const sentences = broken.map(l => (l.kind === 'gone' ? (0,model_text/* text */.Qq) `${prerequisites_capitalized(l.text)}.` : l.text));
        const readCause = unreadable.find(l => l.cause)?.cause;
        const commands = unreadable.flatMap(l => (l.command ? [l.command] : []));
        return [
            makeResult(def, 'unknown', wsResource, (0,model_text/* text */.Qq) `No approved private endpoint of workspace \`${ws.name}\` could be confirmed: ${(0,model_text/* joinText */._V)(sentences, ' ')}`, {
                ...(commands.length > 0 ? { remedy: { commands } } : {}),
                ...(readCause ? { cause: readCause } : {})
            })
        ];
    }
    const gone = broken.filter(l => l.kind === 'gone');
    return fail((0,model_text/* text */.Qq) `Workspace \`${ws.name}\` has no working private endpoint: ${(0,model_text/* joinText */._V)(gone.map(l => l.text), '; ')}. The commands create a new private endpoint and delete the stale connection.`, {
        ...create,
        commands: [
            ...create.commands,
            ...gone.map(l => `az resource delete --ids ${shellArg(l.connectionId)}`)
        ]
    });
});
/** `Private endpoint …` from `private endpoint …`: our words start every clause the link builds. */
function prerequisites_capitalized(t) {
    const [first, ...rest] = t;
    if (typeof first !== 'string')
        return t;
    return (0,model_text/* concatText */.en)((0,model_text/* ours */.Od)(first.charAt(0).toUpperCase() + first.slice(1)), rest);
}
/** VNets of the workspace's readable private endpoints, and the endpoints that could not be read. */
function privateEndpointNetworks(snapshot) {
    if (!snapshot.workspace.ok)
        return { vnetIds: [], unreadable: [] };
    const vnetIds = [];
    const unreadable = [];
    for (const c of snapshot.workspace.value.privateEndpointConnections) {
        if (!c.privateEndpointId)
            continue;
        const pe = prerequisites_lookup(snapshot.privateEndpoints, c.privateEndpointId);
        if (pe?.ok) {
            const vnet = pe.value.subnetId ? (0,model_snapshot/* parentVirtualNetworkId */.l3)(pe.value.subnetId) : undefined;
            if (vnet)
                vnetIds.push(vnet);
        }
        else if (pe === undefined) {
            unreadable.push({ id: c.privateEndpointId });
        }
        else if (pe.error.status !== 404) {
            const what = (0,model_text/* text */.Qq) `private endpoint \`${(0,model_snapshot/* resourceName */.Iy)(c.privateEndpointId)}\``;
            unreadable.push({
                id: c.privateEndpointId,
                cause: readProblem(what, c.privateEndpointId, pe.error).cause
            });
        }
    }
    return { vnetIds, unreadable };
}
/** `private endpoint(s) \`a\`, \`b\`` */
function endpointNames(unreadable) {
    return (0,model_text/* joinText */._V)(unreadable.map(u => (0,model_text/* code */.aY)((0,model_snapshot/* resourceName */.Iy)(u.id))), ', ');
}
/** What to do about endpoints that could not be read: the read's cause, or the command for a bug report. */
function unreadEndpointsExtras(unreadable) {
    const cause = unreadable.find(u => u.cause)?.cause;
    if (cause)
        return { cause };
    return { remedy: { commands: unreadable.map(u => showCommand(u.id)) } };
}
/**
 * Why no network secures the workspace, when it is one thing other checks share: the
 * workspace or its private endpoint could not be read, or it has no working one.
 * The RBAC checks take it for their "no virtual network" results.
 */
function missingNetworkCause(snapshot) {
    if (!snapshot.workspace.ok) {
        const { workspaceName, workspaceId } = snapshot.target;
        return readProblem((0,model_text/* text */.Qq) `workspace \`${workspaceName}\``, workspaceId, snapshot.workspace.error)
            .cause;
    }
    const unreadable = privateEndpointNetworks(snapshot).unreadable;
    if (unreadable.length > 0)
        return unreadEndpointsExtras(unreadable).cause;
    // A readable approved endpoint without a subnet is NET-02's unknown, not a missing endpoint.
    const readable = snapshot.workspace.value.privateEndpointConnections.some(c => equalsIgnoreCase(c.status, 'Approved') &&
        c.privateEndpointId &&
        prerequisites_lookup(snapshot.privateEndpoints, c.privateEndpointId)?.ok);
    return readable ? undefined : noPrivateEndpointCause(snapshot);
}
/** VNets of the attached AKS clusters' node pools (the Kubernetes route's network). */
function nodePoolNetworks(snapshot) {
    if (!(0,evaluate_route/* decideRoutes */.F3)(snapshot).routes.includes('kubernetes') || !snapshot.computes.ok)
        return [];
    return snapshot.computes.value.flatMap(c => {
        const cluster = c.resourceId ? prerequisites_lookup(snapshot.managedClusters, c.resourceId) : undefined;
        if (!cluster?.ok)
            return [];
        return cluster.value.agentPools.flatMap(p => {
            const vnet = p.vnetSubnetId ? (0,model_snapshot/* parentVirtualNetworkId */.l3)(p.vnetSubnetId) : undefined;
            return vnet ? [vnet] : [];
        });
    });
}
const SOURCE_TEXT = {
    input: (0,model_text/* text */.Qq) `named by the \`vnet-id\` / \`subnet-id\` inputs`,
    'private-endpoint': (0,model_text/* text */.Qq) `discovered from the workspace's private endpoint`,
    'node-pool': (0,model_text/* text */.Qq) `discovered from the attached AKS cluster's node pools`,
    none: (0,model_text/* text */.Qq) `not found`
};
/** Lists the subnets of a virtual network (their ids or names). */
function subnetListCommand(vnetId, field) {
    return `az network vnet subnet list --resource-group ${shellArg(resourceGroupOf(vnetId) ?? '')} --vnet-name ${shellArg((0,model_snapshot/* resourceName */.Iy)(vnetId))} --query "[].${field}" -o tsv`;
}
/** Lists the networks (or the subnets of the network) the identity can see, to correct an input. */
function listNetworksCommand(what, id) {
    const vnetId = (0,model_snapshot/* parentVirtualNetworkId */.l3)(id);
    return what === 'subnet' && vnetId
        ? subnetListCommand(vnetId, 'id')
        : 'az network vnet list --query "[].id" -o tsv';
}
const NET_03 = defineCheck(NET_03_RULE, (snapshot, def) => {
    const target = (0,network_target/* resolveNetworkTarget */.Ol)(snapshot);
    const wsResource = workspaceResource(snapshot);
    const pe = privateEndpointNetworks(snapshot);
    const nodePools = nodePoolNetworks(snapshot);
    const { workspaceName } = snapshot.target;
    if (target.source === 'none' || !target.vnetId) {
        if (!snapshot.workspace.ok)
            return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)];
        if (pe.unreadable.length > 0) {
            return [
                makeResult(def, 'unknown', wsResource, (0,model_text/* text */.Qq) `No virtual network could be discovered: private endpoint(s) ${endpointNames(pe.unreadable)} of workspace \`${workspaceName}\` could not be read. Naming the network with the \`vnet-id\` and \`subnet-id\` inputs also avoids the read.`, unreadEndpointsExtras(pe.unreadable))
            ];
        }
        const kubernetes = (0,evaluate_route/* decideRoutes */.F3)(snapshot).routes.includes('kubernetes');
        return [
            makeResult(def, 'fail', wsResource, (0,model_text/* text */.Qq) `No virtual network and subnet secure workspace \`${workspaceName}\`: the \`vnet-id\` and \`subnet-id\` inputs are empty and the workspace has no private endpoint in a subnet${kubernetes ? (0,model_text/* text */.Qq) `, nor an attached AKS cluster with node pools in a subnet` : model_text/* EMPTY_TEXT */.Ql}. Create a private endpoint for the workspace, or set \`vnet-id\` and \`subnet-id\`.`, { remedy: createEndpointFix(snapshot), cause: noPrivateEndpointCause(snapshot) })
        ];
    }
    const vnetId = target.vnetId;
    const subnetId = target.subnetId;
    const how = SOURCE_TEXT[target.source];
    const checks = [
        ...(subnetId
            ? [
                ['subnet', subnetId, prerequisites_lookup(snapshot.subnets, subnetId)]
            ]
            : []),
        ['virtual network', vnetId, prerequisites_lookup(snapshot.virtualNetworks, vnetId)]
    ];
    for (const [what, id, read] of checks) {
        const resource = resourceOf(id, what === 'subnet' ? RESOURCE_TYPES.subnet : RESOURCE_TYPES.virtualNetwork);
        if (read === undefined) {
            return [
                makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `The ${(0,model_text/* ours */.Od)(what)} \`${resource.name}\` ${prerequisites_NOT_COLLECTED}.`, { remedy: { commands: [showCommand(id)] } })
            ];
        }
        if (!read.ok && read.error.status === 404) {
            const stale = target.source === 'private-endpoint';
            return [
                makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `The ${(0,model_text/* ours */.Od)(what)} \`${id}\` (${how}) does not exist. ${stale
                    ? (0,model_text/* text */.Qq) `Replace the stale private endpoint (NET-02): create a new one in a subnet that exists.`
                    : target.source === 'input'
                        ? (0,model_text/* text */.Qq) `Correct the input; the command lists the ones the identity can see.`
                        : (0,model_text/* text */.Qq) `Check the cluster's node pools; the command lists the ones the identity can see.`}`, {
                    remedy: stale
                        ? createEndpointFix(snapshot)
                        : { commands: [listNetworksCommand(what, id)] }
                })
            ];
        }
        if (!read.ok) {
            return [
                unreadableResult(def, resource, (0,model_text/* text */.Qq) `${(0,model_text/* ours */.Od)(what)} \`${resource.name}\``, id, read.error)
            ];
        }
    }
    const resource = subnetId
        ? resourceOf(subnetId, RESOURCE_TYPES.subnet)
        : resourceOf(vnetId, RESOURCE_TYPES.virtualNetwork);
    const vnetName = (0,model_snapshot/* resourceName */.Iy)(vnetId);
    if (target.source === 'input') {
        const allowed = [...pe.vnetIds, ...nodePools];
        if (!allowed.some(id => equalsIgnoreCase(id, vnetId))) {
            if (allowed.length === 0 && pe.unreadable.length > 0) {
                return [
                    makeResult(def, 'unknown', resource, (0,model_text/* text */.Qq) `Whether virtual network \`${vnetName}\` holds the workspace's private endpoint is unknown: private endpoint(s) ${endpointNames(pe.unreadable)} could not be read.`, unreadEndpointsExtras(pe.unreadable))
                ];
            }
            const where = allowed.length === 0
                ? (0,model_text/* text */.Qq) `workspace \`${workspaceName}\` has no private endpoint in any virtual network (NET-02)`
                : (0,model_text/* text */.Qq) `the workspace's private endpoint${nodePools.length > 0 ? ' or node pools' : ''} live in ${(0,model_text/* joinText */._V)([...new Set(allowed.map(model_snapshot/* resourceName */.Iy))].map(model_text/* code */.aY), ', ')}`;
            const first = allowed[0];
            return [
                makeResult(def, 'fail', resource, (0,model_text/* text */.Qq) `Virtual network \`${vnetName}\` (${how}) exists, but it is not where the workspace is reached privately: ${where}. Set \`vnet-id\`/\`subnet-id\` to the private endpoint's network${first ? (0,model_text/* text */.Qq) ` (\`${first}\`)` : model_text/* EMPTY_TEXT */.Ql}, or create a private endpoint for the workspace in \`${vnetName}\` (the command).`, {
                    remedy: createEndpointFix(snapshot, {
                        ...(subnetId ? { subnetId } : {}),
                        vnetId
                    })
                })
            ];
        }
    }
    const subnetText = subnetId
        ? (0,model_text/* text */.Qq) `subnet \`${(0,model_snapshot/* resourceName */.Iy)(subnetId)}\` of virtual network \`${vnetName}\``
        : (0,model_text/* text */.Qq) `virtual network \`${vnetName}\` (no subnet named: set \`subnet-id\` so subnet-level RBAC and outbound checks have one)`;
    return [
        makeResult(def, 'pass', resource, (0,model_text/* text */.Qq) `The workspace is secured by ${subnetText}, ${how}; it exists${target.source === 'input' ? (0,model_text/* text */.Qq) ` and holds the workspace's private endpoint` : model_text/* EMPTY_TEXT */.Ql}. RBAC and outbound checks are evaluated against it.`)
    ];
});
const PREREQUISITE_CHECKS = [NET_01, NET_02, NET_03];

;// CONCATENATED MODULE: ./src/evaluate/engine/rbac.ts


/** The "everyone" principal of system deny assignments. */
const EVERYONE_PRINCIPAL_ID = '00000000-0000-0000-0000-000000000000';
function evaluateBlock(block, required) {
    const covering = block.actions.find(a => patternContains(a, required));
    if (!covering) {
        const partial = block.actions.find(a => patternsOverlap(a, required));
        return partial ? { kind: 'partial', action: partial } : { kind: 'none' };
    }
    const notAction = block.notActions.find(n => patternsOverlap(n, required));
    return notAction
        ? { kind: 'removed', action: covering, notAction }
        : { kind: 'granted', action: covering };
}
/** Union over blocks: granted when any one block grants it. */
function evaluateGrant(required, sources) {
    const grantedBy = [];
    let removed;
    let partial;
    for (const source of sources) {
        const verdict = evaluateBlock(source.block, required);
        if (verdict.kind === 'granted')
            grantedBy.push({ source, action: verdict.action });
        else if (verdict.kind === 'removed')
            removed ??= { source, verdict };
        else if (verdict.kind === 'partial')
            partial ??= { source, verdict };
    }
    grantedBy.sort((a, b) => Number(Boolean(a.source.condition)) - Number(Boolean(b.source.condition)));
    return {
        required,
        grantedBy,
        grantedUnconditionally: grantedBy.some(g => !g.source.condition),
        ...(grantedBy.length === 0 && (removed ?? partial) ? { closestMiss: removed ?? partial } : {})
    };
}
/**
 * Whether a deny block denies (some of) `required`: its actions minus its
 * notActions. Exact for literal actions; for a pattern it answers `maybe` when
 * only a combination of notActions could carve the pattern out.
 */
function denyBlockEffect(block, required) {
    let maybe = false;
    for (const action of block.actions) {
        if (!patternsOverlap(action, required))
            continue;
        // A notAction covering the whole required pattern, or this whole action, leaves nothing denied here.
        if (block.notActions.some(n => patternContains(n, required) || patternContains(n, action))) {
            continue;
        }
        const touching = block.notActions.filter(n => patternsOverlap(n, required) && patternsOverlap(n, action));
        if (touching.length === 0 || isLiteral(required))
            return 'yes';
        maybe = true;
    }
    return maybe ? 'maybe' : 'no';
}
/** `scope` is `ancestor` or below it (segment boundary, case-insensitive). */
function isAtOrBelow(scope, ancestor) {
    const s = scope.toLowerCase().replace(/\/+$/, '');
    const a = ancestor.toLowerCase().replace(/\/+$/, '');
    return a === '' || s === a || s.startsWith(`${a}/`);
}
/**
 * Whether an assignment listed for `scope` applies there. ARM lists
 * assignments at, above (including management groups, whose ids are not
 * prefixes) and below the scope; only those strictly below do not apply.
 */
function assignmentApplies(assignmentScope, scope) {
    return (!isAtOrBelow(assignmentScope, scope) ||
        assignmentScope.toLowerCase().replace(/\/+$/, '') === scope.toLowerCase().replace(/\/+$/, ''));
}
/** Whether a deny assignment listed for `scope` covers `principalId` there. */
function denyAppliesTo(deny, principalId, scope) {
    if (!assignmentApplies(deny.scope, scope))
        return 'no';
    const same = deny.scope.toLowerCase().replace(/\/+$/, '') === scope.toLowerCase();
    if (!same && deny.doNotApplyToChildScopes)
        return 'no';
    const id = principalId?.toLowerCase();
    if (id && deny.excludePrincipals.some(p => p.id.toLowerCase() === id))
        return 'no';
    // Membership of groups is not known without Microsoft Graph.
    const excludedGroup = deny.excludePrincipals.some(p => /^group$/i.test(p.type ?? ''));
    const everyone = deny.principals.some(p => p.id === EVERYONE_PRINCIPAL_ID || /^systemdefined$/i.test(p.type ?? ''));
    const direct = id !== undefined && deny.principals.some(p => p.id.toLowerCase() === id);
    if (everyone || direct)
        return excludedGroup ? 'maybe' : 'yes';
    const group = deny.principals.some(p => /^group$/i.test(p.type ?? ''));
    if (group || id === undefined)
        return 'maybe';
    return 'no';
}
/** Deny assignments that deny (or may deny) `required` to the principal at `scope`, certain ones first. */
function evaluateDenies(required, denies, principalId, scope) {
    const findings = [];
    for (const deny of denies) {
        const applies = denyAppliesTo(deny, principalId, scope);
        if (applies === 'no')
            continue;
        const effects = deny.permissions.map(b => denyBlockEffect(b, required));
        const effect = effects.includes('yes') ? 'yes' : effects.includes('maybe') ? 'maybe' : 'no';
        if (effect === 'no')
            continue;
        findings.push({ deny, effect: applies === 'yes' && effect === 'yes' ? 'yes' : 'maybe' });
    }
    return findings.sort((a, b) => Number(a.effect === 'maybe') - Number(b.effect === 'maybe'));
}

;// CONCATENATED MODULE: ./src/evaluate/checks/rules/rbac.ts

const NETWORK_READ = 'Microsoft.Network/*/read';
const VNET_JOIN = 'Microsoft.Network/virtualNetworks/join/action';
const SUBNET_JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action';
const ALL_ACTIONS = [NETWORK_READ, VNET_JOIN, SUBNET_JOIN];
/** The least-privilege role the fixes propose first. */
const CUSTOM_ROLE_NAME = 'AML inference network deployer';
const CUSTOM_ROLE_DESCRIPTION = 'Read, join the virtual network and join its subnets (Azure ML inference)';
const CUSTOM_ROLE_ON_A_VNET = {
    Name: CUSTOM_ROLE_NAME,
    Description: CUSTOM_ROLE_DESCRIPTION,
    Actions: ALL_ACTIONS,
    AssignableScopes: ['<vnet-id>']
};
/** The catalog's fix: that role on a placeholder network, assigned by object id. */
const CUSTOM_ROLE_FIX = `az role definition create --role-definition '${JSON.stringify(CUSTOM_ROLE_ON_A_VNET)}' && az role assignment create --role "${CUSTOM_ROLE_NAME}" --scope <vnet-id> --assignee-object-id <deployer-object-id>`;
const WHOSE = 'The identity checked is the one the action signs in as, or the object id in the input principal-id (e.g. the identity that really deploys); its role assignments count with group memberships, and deny assignments at the scope override any role.';
const RBAC_01_RULE = {
    id: 'RBAC-01',
    title: 'The deploying identity can read the virtual network (Microsoft.Network/*/read)',
    section: 'prerequisites',
    category: 'rbac',
    severity: 'error',
    rationale: 'Deploying managed online endpoints or Kubernetes computes into a virtual network with the CLI, SDK or studio reads the network first; without `Microsoft.Network/*/read` on the virtual network the deployment fails. ' +
        'ARM template deployments do not need it (set deployment-method: arm-template to skip this check). ' +
        "The wildcard is held only when one role permission block has an action that contains the whole pattern (e.g. `*`, `*/read`, `Microsoft.Network/*`) and none of that block's notActions overlaps it (`Microsoft.Network/virtualNetworks/read` in notActions removes it). " +
        WHOSE,
    remediation: 'Assign the deploying identity (the one in principal-id) a custom role with just the three actions on the virtual network (least privilege), or the built-in Network Contributor. If a notAction of its role removes part of the read, use a role without it.',
    fix: CUSTOM_ROLE_FIX,
    docUrl: links/* ARTICLE_URL */.V,
    summary: 'the deploying identity holds `Microsoft.Network/*/read` on the virtual network (skipped with `deployment-method: arm-template`)'
};
const RBAC_02_RULE = {
    id: 'RBAC-02',
    title: 'The deploying identity can join the virtual network (virtualNetworks/join/action)',
    section: 'prerequisites',
    category: 'rbac',
    severity: 'error',
    rationale: 'Placing inference resources in the virtual network needs Microsoft.Network/virtualNetworks/join/action on it; without it the deployment is refused. ' +
        WHOSE,
    remediation: 'Assign the deploying identity (the one in principal-id) a custom role with just the three actions on the virtual network (least privilege; it includes Microsoft.Network/virtualNetworks/join/action), or the built-in Network Contributor.',
    fix: CUSTOM_ROLE_FIX,
    docUrl: links/* ARTICLE_URL */.V,
    summary: 'it holds `Microsoft.Network/virtualNetworks/join/action` on the virtual network'
};
const RBAC_03_RULE = {
    id: 'RBAC-03',
    title: 'The deploying identity can join the subnet (virtualNetworks/subnets/join/action)',
    section: 'prerequisites',
    category: 'rbac',
    severity: 'error',
    rationale: 'Placing inference resources in a subnet needs Microsoft.Network/virtualNetworks/subnets/join/action on the subnet (a role on the virtual network is inherited by its subnets). ' +
        'An earlier version of the article spells it Microsoft.Network/virtualNetworks/subnet/join/action; that is a typo and no such action exists, so only the real action name counts: a custom role listing the typo grants nothing. ' +
        WHOSE,
    remediation: 'Assign the deploying identity (the one in principal-id) a custom role with just the three actions on the virtual network or the subnet (least privilege; it includes Microsoft.Network/virtualNetworks/subnets/join/action), or the built-in Network Contributor.',
    fix: CUSTOM_ROLE_FIX,
    docUrl: links/* ARTICLE_URL */.V,
    summary: "it holds `Microsoft.Network/virtualNetworks/subnets/join/action` on the subnet (the earlier article's `subnet/join/action` is a typo; only the real action counts)"
};

;// CONCATENATED MODULE: ./src/evaluate/checks/rbac.ts
/**
 * Checklist section "Prerequisites", RBAC part (RBAC-*): the identity that
 * deploys into the network holds the three Microsoft.Network permissions the
 * article lists, on the virtual network and subnet that NET-03 resolved.
 *
 * Whose permissions: the identity the action signed in as (its effective
 * permissions from the Authorization permissions API), or `principal-id` (its
 * role assignments at the scope, group memberships included, and their role
 * definitions). Deny assignments at the scope are applied to either.
 * Semantics are in src/evaluate/engine/rbac.ts; the words of each check (title,
 * rationale, fix) and the three actions are in rules/rbac.ts.
 */







function customRoleCommand(vnetId) {
    const role = {
        Name: CUSTOM_ROLE_NAME,
        Description: CUSTOM_ROLE_DESCRIPTION,
        Actions: ALL_ACTIONS,
        AssignableScopes: [vnetId]
    };
    // The role as a file written by a quoted here-document (nothing in it is expanded; a JSON
    // string cannot be a line of its own), so the command fits the page and pastes as written.
    return [
        `cat > ${CUSTOM_ROLE_FILE} <<'JSON'`,
        JSON.stringify(role, null, 2),
        'JSON',
        `az role definition create --role-definition @${CUSTOM_ROLE_FILE}`
    ].join('\n');
}
const CUSTOM_ROLE_FILE = 'aml-inference-network-role.json';
/** Assigns by object id, so the CLI needs no Microsoft Graph lookup of the assignee. `role` is ours; `objectId` may be the `<object-id>` placeholder. */
function assignToObjectCommand(role, scope, objectId, principalType) {
    const type = principalType ? ` --assignee-principal-type ${principalType}` : '';
    return `az role assignment create --role "${role}" --scope ${shellArg(scope)} --assignee-object-id ${objectId === '<object-id>' ? objectId : shellArg(objectId)}${type}`;
}
const OBJECT_ID_PLACEHOLDER = (0,model_text/* text */.Qq) `\`<object-id>\` is the object id of the identity that deploys (for a service principal, \`az ad sp show --id <client-id> --query id -o tsv\` prints it).`;
/**
 * How to grant the missing action, to the identity that needs it: `principal-id`
 * when set; the action's own identity only if it is also the one that deploys.
 * Least privilege first, the broader built-in role second (a commented alternative).
 */
function grantFix(snapshot, vnetId) {
    const { objectId, source } = snapshot.rbacPrincipal;
    const id = objectId ?? '<object-id>';
    const principalType = source === 'input' ? undefined : 'ServicePrincipal';
    const remedy = {
        commands: [
            customRoleCommand(vnetId),
            assignToObjectCommand(CUSTOM_ROLE_NAME, vnetId, id, principalType),
            '# Or, instead of the two commands above, the broader built-in role:',
            assignToObjectCommand('Network Contributor', vnetId, id, principalType)
        ],
        ...(objectId ? {} : { placeholders: OBJECT_ID_PLACEHOLDER })
    };
    const actions = (0,model_text/* joinText */._V)(ALL_ACTIONS.map(a => (0,model_text/* code */.aY)(a)), ', ');
    const grant = (0,model_text/* text */.Qq) `a custom role with just ${actions} on the virtual network (least privilege), or the broader built-in role Network Contributor`;
    if (source === 'input') {
        return {
            words: (0,model_text/* text */.Qq) `Grant the deploying identity named by \`principal-id\` (\`${id}\`) ${grant}.`,
            remedy
        };
    }
    return {
        words: (0,model_text/* text */.Qq) `The identity checked is the one the action signs in as: it needs this permission only if it is also the identity that deploys. If another identity deploys, set the input \`principal-id\` to that identity's object id so it is the one checked, and grant it the role instead. If this identity deploys, grant it ${grant}.`,
        remedy
    };
}
function whoText(snapshot, capital = false) {
    const { objectId, source } = snapshot.rbacPrincipal;
    if (source === 'input') {
        const principal = (0,model_text/* ours */.Od)(capital ? 'Principal' : 'principal');
        return objectId
            ? (0,model_text/* text */.Qq) `${principal} \`${objectId}\` (input \`principal-id\`)`
            : (0,model_text/* text */.Qq) `${principal} (input \`principal-id\`, object id unknown)`;
    }
    const the = (0,model_text/* ours */.Od)(capital ? 'The' : 'the');
    return objectId
        ? (0,model_text/* text */.Qq) `${the} identity the action signed in as (object id \`${objectId}\`)`
        : (0,model_text/* text */.Qq) `${the} identity the action signed in as`;
}
function scopeText(on, id) {
    return on === 'vnet'
        ? (0,model_text/* text */.Qq) `virtual network \`${(0,model_snapshot/* resourceName */.Iy)(id)}\``
        : (0,model_text/* text */.Qq) `subnet \`${(0,model_snapshot/* resourceName */.Iy)(id)}\``;
}
/** A deny assignment by name and id. */
function denyText(finding) {
    const d = finding.deny;
    return (0,model_text/* text */.Qq) `deny assignment \`${d.name}\` (\`${d.id}\`)`;
}
/** A sentence about something that was never read: a bug in collection, not a refused read. */
function notCollected(what) {
    return (0,model_text/* text */.Qq) `${what} were not read (a bug in aml-inference-guard: please report it with the JSON report attached).`;
}
/** The role assignments a principal holds at a scope, inherited and through groups: what to attach to a bug report. */
function listAssignmentsCommand(snapshot, scopeId) {
    const { objectId } = snapshot.rbacPrincipal;
    return `az role assignment list --scope ${shellArg(scopeId)} --include-inherited${objectId ? ` --assignee ${shellArg(objectId)} --include-groups` : ''}`;
}
function roleSources(snapshot, scopeId, where) {
    const key = (0,model_snapshot/* resourceKey */.ik)(scopeId);
    const assignments = snapshot.roleAssignments[key];
    const who = whoText(snapshot);
    if (!assignments) {
        return {
            kind: 'unknown',
            detail: notCollected((0,model_text/* text */.Qq) `The role assignments of ${who} at ${where}`),
            extras: { remedy: { commands: [listAssignmentsCommand(snapshot, scopeId)] } }
        };
    }
    if (!assignments.ok) {
        const { detail, cause } = readProblem((0,model_text/* text */.Qq) `the role assignments of ${who} at ${where}`, scopeId, assignments.error);
        return {
            kind: 'unknown',
            detail: (0,model_text/* text */.Qq) `${detail} Listing role assignments needs \`Microsoft.Authorization/roleAssignments/read\`, which the Reader role includes.`,
            extras: { cause }
        };
    }
    const sources = [];
    const unreadableRoles = [];
    for (const assignment of assignments.value.filter(a => assignmentApplies(a.scope, scopeId))) {
        const definition = snapshot.roleDefinitions[(0,model_snapshot/* resourceKey */.ik)(assignment.roleDefinitionId)];
        if (!definition?.ok) {
            const name = (0,model_snapshot/* resourceName */.Iy)(assignment.roleDefinitionId);
            unreadableRoles.push({
                name,
                ...(definition
                    ? {
                        cause: readProblem((0,model_text/* text */.Qq) `role definition \`${name}\``, assignment.roleDefinitionId, definition.error).cause
                    }
                    : {})
            });
            continue;
        }
        for (const block of definition.value.permissions) {
            sources.push({
                label: `${definition.value.roleName} (assigned at ${assignment.scope})`,
                roleName: definition.value.roleName,
                block,
                ...(assignment.condition ? { condition: assignment.condition } : {})
            });
        }
    }
    return { kind: 'ok', decisive: sources, naming: sources, unreadableRoles };
}
function parentOrSelf(scopeId) {
    return scopeId.replace(/\/subnets\/[^/]+$/i, '');
}
function sourcesFor(snapshot, scopeId, where) {
    if (snapshot.rbacPrincipal.source === 'input')
        return roleSources(snapshot, scopeId, where);
    const permissions = snapshot.permissions[(0,model_snapshot/* resourceKey */.ik)(scopeId)];
    const who = whoText(snapshot);
    if (!permissions) {
        return {
            kind: 'unknown',
            detail: notCollected((0,model_text/* text */.Qq) `The effective permissions of ${who} at ${where}`),
            extras: {
                remedy: {
                    commands: [
                        `az rest --method get --url ${shellArg(`${scopeId}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`)}`
                    ]
                }
            }
        };
    }
    if (!permissions.ok) {
        const { detail, cause } = readProblem((0,model_text/* text */.Qq) `the effective permissions of ${who} at ${where}`, scopeId, permissions.error);
        return { kind: 'unknown', detail, extras: { cause } };
    }
    const decisive = permissions.value.map(block => ({
        label: 'its effective permissions',
        block,
        ...(block.condition ? { condition: block.condition } : {})
    }));
    // Role assignments, when readable, only name the roles behind the effective permissions.
    const roles = roleSources(snapshot, scopeId, where);
    return {
        kind: 'ok',
        decisive,
        naming: roles.kind === 'ok' ? roles.naming : [],
        unreadableRoles: []
    };
}
function roleNames(evaluation) {
    return [
        ...new Set(evaluation.grantedBy.map(g => g.source.roleName).filter((n) => Boolean(n)))
    ];
}
function rbac_codeList(values) {
    return (0,model_text/* joinText */._V)(values.map(v => (0,model_text/* code */.aY)(v)), ', ');
}
/** Enough to recognise the roles; the JSON report's role assignments read has them all. */
const HELD_ROLES_SHOWN = 5;
/** The nearest miss, named by role when the roles are known; and which roles are held. */
function missText(evaluation, naming) {
    const named = naming.length > 0 ? evaluateGrant(evaluation.required, naming) : undefined;
    const miss = named?.closestMiss ?? evaluation.closestMiss;
    const held = [...new Set(naming.map(s => s.roleName).filter((n) => Boolean(n)))];
    const heldText = held.length > 0
        ? (0,model_text/* text */.Qq) ` Roles held at this scope: ${rbac_codeList(held.slice(0, HELD_ROLES_SHOWN))}${held.length > HELD_ROLES_SHOWN ? (0,model_text/* text */.Qq) ` and ${held.length - HELD_ROLES_SHOWN} more` : model_text/* EMPTY_TEXT */.Ql}.`
        : model_text/* EMPTY_TEXT */.Ql;
    if (!miss)
        return (0,model_text/* text */.Qq) `No role held at this scope includes it.${heldText}`;
    const by = miss.source.roleName
        ? (0,model_text/* text */.Qq) `role \`${miss.source.roleName}\``
        : (0,model_text/* text */.Qq) `the effective permissions`;
    if (miss.verdict.kind === 'removed') {
        const what = evaluation.required === miss.verdict.notAction ? 'it' : 'part of it';
        return (0,model_text/* text */.Qq) `Closest: ${by} includes \`${miss.verdict.action}\`, but the notAction \`${miss.verdict.notAction}\` in the same role removes ${(0,model_text/* ours */.Od)(what)} (notActions subtract within their own role; they are not denies).${heldText}`;
    }
    return (0,model_text/* text */.Qq) `Closest: ${by} includes \`${miss.verdict.action}\`, which covers only part of \`${evaluation.required}\`.${heldText}`;
}
/** How to lift a deny assignment: find the deployment stack behind it, then exclude the principal. */
function denyFix(deny, assignee) {
    const group = resourceGroupOf(deny.scope);
    const list = group
        ? `az stack group list --resource-group ${shellArg(group)} --query "[?denySettings.mode!='none'].id" -o tsv`
        : `az stack sub list --query "[?denySettings.mode!='none'].id" -o tsv`;
    const principal = assignee ? shellArg(assignee) : '<object-id>';
    const update = group
        ? `az stack group create --name <stack> --resource-group ${shellArg(group)} --template-file <template> --action-on-unmanage detachAll --deny-settings-mode <mode> --deny-settings-excluded-principals ${principal}`
        : `az stack sub create --name <stack> --location <location> --template-file <template> --action-on-unmanage detachAll --deny-settings-mode <mode> --deny-settings-excluded-principals ${principal}`;
    return {
        commands: [list, update],
        placeholders: (0,model_text/* concatText */.en)((0,model_text/* text */.Qq) `\`<stack>\`, \`<template>\`${group ? model_text/* EMPTY_TEXT */.Ql : (0,model_text/* text */.Qq) `, \`<location>\``} and \`<mode>\` are the deployment stack the first command finds, the template it was deployed from, ${group ? model_text/* EMPTY_TEXT */.Ql : (0,model_text/* text */.Qq) `its location, `}and its current deny settings mode (keep it; add to, do not replace, any principals it already excludes).`, assignee ? model_text/* EMPTY_TEXT */.Ql : (0,model_text/* text */.Qq) ` ${OBJECT_ID_PLACEHOLDER}`)
    };
}
function evaluateRequirement(snapshot, def, requirement) {
    const { action, on } = requirement;
    const target = (0,network_target/* resolveNetworkTarget */.Ol)(snapshot);
    const scopeId = on === 'vnet' ? target.vnetId : target.subnetId;
    if (!scopeId) {
        const missing = (0,model_text/* ours */.Od)(on === 'vnet' ? 'virtual network' : 'subnet');
        const input = (0,model_text/* ours */.Od)(on === 'vnet' ? 'vnet-id' : 'subnet-id');
        // Only a network nothing names shares NET's cause; an input without `subnet-id` is this result's own.
        const cause = target.source === 'none' ? missingNetworkCause(snapshot) : undefined;
        return [
            makeResult(def, 'unknown', workspaceResource(snapshot), (0,model_text/* text */.Qq) `No ${missing} that secures the workspace was named or found (no input \`${input}\` and no approved private endpoint subnet was read), so \`${action}\` could not be checked. Set the input \`${input}\` to the ${missing} the deployment uses; the command lists the ${(0,model_text/* ours */.Od)(on === 'vnet' ? 'virtual networks' : 'subnets')} the identity can see.`, {
                remedy: {
                    commands: [
                        target.vnetId
                            ? subnetListCommand(target.vnetId, 'id')
                            : 'az network vnet list --query "[].id" -o tsv'
                    ]
                },
                ...(cause ? { cause } : {})
            })
        ];
    }
    const resource = resourceOf(scopeId, on === 'vnet' ? RESOURCE_TYPES.virtualNetwork : RESOURCE_TYPES.subnet);
    const where = scopeText(on, scopeId);
    const Who = whoText(snapshot, true);
    const vnetId = target.vnetId ?? parentOrSelf(scopeId);
    const grant = grantFix(snapshot, vnetId);
    const result = (outcome, detail, extras = {}) => [makeResult(def, outcome, resource, detail, extras)];
    const sources = sourcesFor(snapshot, scopeId, where);
    if (sources.kind === 'unknown')
        return result('unknown', sources.detail, sources.extras);
    const denies = snapshot.denyAssignments[(0,model_snapshot/* resourceKey */.ik)(scopeId)];
    const overrides = (0,model_text/* text */.Qq) `a deny assignment overrides any role, so \`${action}\` cannot be confirmed.`;
    if (!denies) {
        return result('unknown', (0,model_text/* text */.Qq) `The deny assignments at ${where} were not read (a bug in aml-inference-guard: please report it with the JSON report attached); ${overrides}`, {
            remedy: {
                commands: [
                    `az rest --method get --url ${shellArg(`${scopeId}/providers/Microsoft.Authorization/denyAssignments?api-version=2022-04-01`)}`
                ]
            }
        });
    }
    if (!denies.ok) {
        const { detail, cause } = readProblem((0,model_text/* text */.Qq) `the deny assignments at ${where}`, scopeId, denies.error);
        return result('unknown', (0,model_text/* text */.Qq) `${detail} Reading them matters: ${overrides}`, { cause });
    }
    const findings = evaluateDenies(action, denies.value, snapshot.rbacPrincipal.objectId, scopeId);
    const certain = findings.filter(f => f.effect === 'yes');
    if (certain.length > 0) {
        return result('fail', (0,model_text/* text */.Qq) `${Who} cannot use \`${action}\` on ${where}: ${(0,model_text/* joinText */._V)(certain.map(denyText), ' and ')} denies it, whatever roles are assigned. Deny assignments come from deployment stacks, managed applications or blueprints: add the principal to the excluded principals of the stack's deny settings (the commands find the stack and redeploy it with the exclusion), or ask its owner to lift the deny.`, { remedy: denyFix(certain[0].deny, snapshot.rbacPrincipal.objectId) });
    }
    const grantEval = evaluateGrant(action, sources.decisive);
    const conditions = [
        ...new Set(grantEval.grantedBy.map(g => g.source.condition).filter((c) => !!c))
    ];
    if (grantEval.grantedBy.length > 0) {
        const roles = roleNames(evaluateGrant(action, sources.naming));
        const through = roles.length > 0
            ? (0,model_text/* text */.Qq) ` through ${(0,model_text/* ours */.Od)(roles.length === 1 ? 'role' : 'roles')} ${rbac_codeList(roles)}`
            : (0,model_text/* text */.Qq) ` (its effective permissions include \`${grantEval.grantedBy[0].action}\`)`;
        if (!grantEval.grantedUnconditionally) {
            return result('unknown', (0,model_text/* text */.Qq) `${Who} holds \`${action}\` on ${where}${through} only under role assignment conditions, which aml-inference-guard does not evaluate (${rbac_codeList(conditions)}). Check that the conditions allow it, or grant it without a condition. ${grant.words}`, { remedy: grant.remedy });
        }
        const maybe = findings.filter(f => f.effect === 'maybe');
        if (maybe.length > 0) {
            return result('unknown', (0,model_text/* text */.Qq) `${Who} holds \`${action}\` on ${where}${through}, but ${(0,model_text/* joinText */._V)(maybe.map(denyText), ' and ')} may deny it (it names a group whose membership is not read, or carves the action out only in part). The commands show the deny assignment${maybeGroups(maybe).length > 0 ? (0,model_text/* text */.Qq) ` and whether the identity is in the groups it names` : model_text/* EMPTY_TEXT */.Ql}.`, { remedy: { commands: maybeCommands(maybe, snapshot.rbacPrincipal.objectId) } });
        }
        const note = conditions.length > 0
            ? (0,model_text/* text */.Qq) ` Other assignments carry conditions that were not evaluated (${rbac_codeList(conditions)}).`
            : model_text/* EMPTY_TEXT */.Ql;
        return result('pass', (0,model_text/* text */.Qq) `${Who} holds \`${action}\` on ${where}${through}.${note}`);
    }
    if (sources.unreadableRoles.length > 0) {
        const cause = sources.unreadableRoles.find(r => r.cause)?.cause;
        return result('unknown', (0,model_text/* text */.Qq) `${Who} has role assignments at ${where} whose role definitions could not be read (${rbac_codeList(sources.unreadableRoles.map(r => r.name))}), and no readable role grants \`${action}\`.`, cause ? { cause } : { remedy: { commands: [listAssignmentsCommand(snapshot, scopeId)] } });
    }
    return result('fail', (0,model_text/* text */.Qq) `${Who} does not hold \`${action}\` on ${where}. ${missText(grantEval, sources.naming)} ${grant.words}`, { remedy: grant.remedy });
}
/** The groups a possibly-applying deny names (their membership is what is unknown). */
function maybeGroups(findings) {
    return [
        ...new Set(findings.flatMap(f => f.deny.principals.filter(p => /^group$/i.test(p.type ?? '')).map(p => p.id)))
    ];
}
/** Show each deny assignment; check membership in each group it names. */
function maybeCommands(findings, objectId) {
    return [
        ...findings.map(f => `az rest --method get --url ${shellArg(`${f.deny.id}?api-version=2022-04-01`)}`),
        ...maybeGroups(findings).map(g => `az ad group member check --group ${shellArg(g)} --member-id ${objectId ? shellArg(objectId) : '<object-id>'}`)
    ];
}
function rbacCheck(rule, requirement) {
    return defineCheck(rule, (snapshot, def) => {
        if (def.id === 'RBAC-01' && snapshot.request.deploymentMethod === 'arm-template') {
            return [
                makeResult(def, 'skipped', workspaceResource(snapshot), (0,model_text/* text */.Qq) `\`deployment-method\` is \`arm-template\`: ARM template deployments do not need \`${NETWORK_READ}\` on the virtual network.`)
            ];
        }
        return evaluateRequirement(snapshot, def, requirement);
    });
}
const RBAC_01 = rbacCheck(RBAC_01_RULE, { action: NETWORK_READ, on: 'vnet' });
const RBAC_02 = rbacCheck(RBAC_02_RULE, { action: VNET_JOIN, on: 'vnet' });
const RBAC_03 = rbacCheck(RBAC_03_RULE, { action: SUBNET_JOIN, on: 'subnet' });
const RBAC_CHECKS = [RBAC_01, RBAC_02, RBAC_03];

;// CONCATENATED MODULE: ./src/evaluate/checks/catalog.ts






const CHECKS = [
    ...PREREQUISITE_CHECKS,
    ...RBAC_CHECKS,
    ...MANAGED_ENDPOINT_CHECKS,
    ...KUBERNETES_CHECKS,
    ...OUTBOUND_CHECKS
];
const BY_ID = new Map(CHECKS.map(check => [check.id, check]));
function getCheck(id) {
    return BY_ID.get(id);
}
function describeError(error) {
    if (error instanceof Error)
        return `${error.name}: ${error.message}`;
    return String(error);
}
/**
 * Runs every check. A check that throws or returns nothing is a bug in this
 * tool: it yields one `unknown` result naming the error instead of ending the run.
 * Each check gives one result per resource (merged if a check returns more).
 */
function evaluateAll(snapshot, checks = CHECKS) {
    return checks.flatMap(check => {
        const bug = (what) => [
            {
                checkId: check.id,
                outcome: 'unknown',
                resource: workspaceResource(snapshot),
                detail: `Check ${check.id} ${what}; this is a bug in aml-inference-guard, so the result is unknown. Please report it with the JSON report attached.`
            }
        ];
        try {
            const results = check.evaluate(snapshot);
            return results.length > 0 ? oneResultPerResource(results) : bug('produced no result');
        }
        catch (error) {
            return bug(`failed with an internal error (${describeError(error)})`);
        }
    });
}


/***/ }),

/***/ 12396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ ARTICLE_URL),
/* harmony export */   Y: () => (/* binding */ MANAGED_NETWORK_DOC)
/* harmony export */ });
/** Microsoft Learn pages that the rules of more than one section cite. Data only. */
/** The source article: "Secure an Azure Machine Learning inferencing environment with virtual networks". */
const ARTICLE_URL = 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-inferencing-vnet';
/** Managed virtual network isolation: isolation modes, outbound rules, provisioning (also cited by MOE). */
const MANAGED_NETWORK_DOC = 'https://learn.microsoft.com/azure/machine-learning/how-to-managed-network';


/***/ }),

/***/ 57332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ aksClusterRead),
/* harmony export */   Jf: () => (/* binding */ clusterKind),
/* harmony export */   Qw: () => (/* binding */ attachedClusters),
/* harmony export */   qg: () => (/* binding */ isLegacyAksCompute),
/* harmony export */   yn: () => (/* binding */ isClusterCompute)
/* harmony export */ });
/* harmony import */ var _model_resource_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51391);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20709);
/**
 * The Kubernetes clusters attached to the workspace, found once for every reader: which computes
 * attach a cluster, the cluster each names, whether it is AKS or Arc-enabled, and what the
 * snapshot holds of an AKS cluster's body. Pure; route.ts, network-target.ts and the K8S checks
 * use it.
 */


/** Kubernetes computes (AKS or Arc, through the extension) and legacy AKS computes attach a cluster. */
function isClusterCompute(compute) {
    const type = compute.computeType?.toLowerCase();
    return type === 'kubernetes' || type === 'aks';
}
function isLegacyAksCompute(compute) {
    return compute.computeType?.toLowerCase() === 'aks';
}
/** What a compute's `resourceId` points at. */
function clusterKind(id) {
    const parts = (0,_model_resource_id_js__WEBPACK_IMPORTED_MODULE_0__/* .parseResourceId */ .R)(id);
    const type = `${parts?.provider}/${parts?.segments[0]}`.toLowerCase();
    if (parts?.segments.length !== 2)
        return 'other';
    if (type === 'microsoft.containerservice/managedclusters')
        return 'aks';
    if (type === 'microsoft.kubernetes/connectedclusters')
        return 'arc';
    return 'other';
}
/** The clusters the computes attach, one per cluster id (case-insensitive), in compute order. */
function attachedClusters(computes) {
    const byId = new Map();
    for (const compute of computes.filter(isClusterCompute)) {
        if (!compute.resourceId)
            continue;
        const key = (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceKey */ .ik)(compute.resourceId);
        const cluster = byId.get(key) ?? {
            id: compute.resourceId,
            name: (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceName */ .Iy)(compute.resourceId),
            kind: clusterKind(compute.resourceId),
            computes: [],
            viaExtension: false
        };
        cluster.computes.push(compute);
        cluster.viaExtension ||= !isLegacyAksCompute(compute);
        byId.set(key, cluster);
    }
    return [...byId.values()];
}
function aksClusterRead(managedClusters, cluster) {
    if (cluster.kind !== 'aks')
        return { kind: 'not-aks' };
    const read = managedClusters[(0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceKey */ .ik)(cluster.id)];
    if (!read)
        return { kind: 'not-read' };
    if (!read.ok) {
        return read.error.status === 404
            ? { kind: 'gone', error: read.error }
            : { kind: 'unreadable', error: read.error };
    }
    return { kind: 'found', cluster: read.value };
}


/***/ }),

/***/ 54654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ workspaceRegistryId),
/* harmony export */   Yd: () => (/* binding */ dependencyNetworkAccess),
/* harmony export */   lX: () => (/* binding */ DATA_DEPENDENCIES),
/* harmony export */   v_: () => (/* binding */ workspaceDependencies),
/* harmony export */   zi: () => (/* binding */ workspaceDependency)
/* harmony export */ });
/* unused harmony export DEPENDENCY_KINDS */
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20709);

/** What each kind is called in a detail, and its ARM resource type. */
const DEPENDENCY_KINDS = {
    storageAccount: { label: 'storage account', type: 'Microsoft.Storage/storageAccounts' },
    keyVault: { label: 'key vault', type: 'Microsoft.KeyVault/vaults' },
    containerRegistry: {
        label: 'container registry',
        type: 'Microsoft.ContainerRegistry/registries'
    },
    applicationInsights: { label: 'application insights', type: 'Microsoft.Insights/components' }
};
/** The dependencies deployments load from (models, secrets, images), in that order. */
const DATA_DEPENDENCIES = ['storageAccount', 'keyVault', 'containerRegistry'];
/** The network settings read of the dependency `id`, or undefined when not read. */
function dependencyNetworkAccess(snapshot, id) {
    return snapshot.dependencyNetworkAccess?.[(0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(id)];
}
/** One dependency of `ws`, whether or not the workspace names it. */
function workspaceDependency(snapshot, ws, kind) {
    const id = ws[kind];
    const dependency = { kind, ...DEPENDENCY_KINDS[kind] };
    if (!id)
        return dependency;
    const networkAccess = dependencyNetworkAccess(snapshot, id);
    return { ...dependency, id, name: (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceName */ .Iy)(id), ...(networkAccess ? { networkAccess } : {}) };
}
/** The dependencies of `ws` of the given kinds, in that order, named or not. */
function workspaceDependencies(snapshot, ws, kinds = DATA_DEPENDENCIES) {
    return kinds.map(kind => workspaceDependency(snapshot, ws, kind));
}
/** The id of the workspace's container registry; undefined when it has none or was not read. */
function workspaceRegistryId(snapshot) {
    return snapshot.workspace.ok ? snapshot.workspace.value.containerRegistry : undefined;
}


/***/ }),

/***/ 34356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ portRangeCovers),
/* harmony export */   E4: () => (/* binding */ tagKey),
/* harmony export */   EB: () => (/* binding */ anyOf),
/* harmony export */   Y_: () => (/* binding */ tagPrefixesOf),
/* harmony export */   bn: () => (/* binding */ allOf),
/* harmony export */   eH: () => (/* binding */ isIpv4),
/* harmony export */   fN: () => (/* binding */ parseServiceTag),
/* harmony export */   fm: () => (/* binding */ wrongRegionRegistryTag),
/* harmony export */   gp: () => (/* binding */ serviceTagRegion),
/* harmony export */   ju: () => (/* binding */ destinationSpace),
/* harmony export */   nC: () => (/* binding */ tagPrefixMap),
/* harmony export */   nR: () => (/* binding */ sourceCoversSubnet),
/* harmony export */   o4: () => (/* binding */ firstMatch),
/* harmony export */   v3: () => (/* binding */ namesContainingTag),
/* harmony export */   vv: () => (/* binding */ coverOf),
/* harmony export */   wh: () => (/* binding */ normalizeRegion),
/* harmony export */   yG: () => (/* binding */ destinationTagOf),
/* harmony export */   yc: () => (/* binding */ sourceFamilies)
/* harmony export */ });
/* unused harmony exports spaceIsEmpty, parseIpv4Prefix, prefixCovers, destinationCoversRegistry, PREFIXES_NOT_READ */
/* harmony import */ var _prefixes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19140);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5086);
/**
 * Shared pieces of outbound evaluation, pure: IPv4 prefixes, regions and
 * service tags, port ranges, and the traffic being judged (a subnet reaching
 * the workspace's container registry on TCP 443).
 */


const FULL = { 4: '0.0.0.0/0', 6: '::/0' };
/** The families the source can send from (both when its prefixes are not known). */
function sourceFamilies(sourcePrefixes) {
    const found = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .families */ .TJ)((0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(sourcePrefixes));
    return found.length > 0 ? found : [4, 6];
}
function destinationTagOf(flow) {
    return flow.destinationTag ?? `AzureContainerRegistry.${serviceTagRegion(flow.region)}`;
}
/** A tag's prefixes from the flow's map, if listed. */
function tagPrefixesOf(flow, tag) {
    return flow.tagPrefixes?.[tagKey(tag)];
}
/** `AzureContainerRegistry.West Europe` → `azurecontainerregistry.westeurope`: how tags are compared. */
function tagKey(name) {
    const { tag, region } = parseServiceTag(name);
    return region ? `${tag}.${region}` : tag;
}
/** Tag key → prefixes, the engine's `tagPrefixes` (undefined without a list). */
function tagPrefixMap(tags) {
    if (!tags)
        return undefined;
    return Object.fromEntries(tags.map(t => [tagKey(t.name), t.addressPrefixes]));
}
/** The destination space of a flow: its tag's addresses of the source's families. */
function destinationSpace(flow) {
    const prefixes = tagPrefixesOf(flow, destinationTagOf(flow));
    if (!prefixes)
        return { known: [], opaque: true };
    const known = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .ofFamilies */ .Mf)((0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(prefixes), sourceFamilies(flow.sourcePrefixes));
    return { known: flow.restrictTo ? (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .intersect */ .y$)(known, flow.restrictTo) : known, opaque: false };
}
function spaceIsEmpty(space) {
    return !space.opaque && (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmpty */ .Im)(space.known);
}
/**
 * Whether a destination entry names a tag that contains the flow's destination
 * tag by definition: `*`, `Internet`, `AzureCloud[.<Region>]`, the tag itself
 * and its region-less parent (`AzureContainerRegistry` holds
 * `AzureContainerRegistry.WestEurope`).
 */
function namesContainingTag(entry, destinationTag, region) {
    const d = entry.trim();
    if (d === '*' || /^any$/i.test(d))
        return true;
    const wanted = parseServiceTag(destinationTag);
    // Private addresses (a private endpoint) are in VirtualNetwork, not in Internet or AzureCloud.
    if (wanted.tag === 'virtualnetwork')
        return /^virtualnetwork$/i.test(d);
    if (/^internet$/i.test(d))
        return true;
    const { tag, region: entryRegion } = parseServiceTag(d);
    const wantedRegion = wanted.region ?? normalizeRegion(region);
    if (tag === 'azurecloud')
        return entryRegion === undefined || entryRegion === wantedRegion;
    if (tag !== wanted.tag)
        return false;
    return entryRegion === undefined || entryRegion === wanted.region;
}
/**
 * How much of the flow's destination a rule's destination entries cover
 * together: tags containing the destination by name cover all of it; address
 * prefixes and tags whose prefixes are listed are compared address by address;
 * other tags are disjoint from it.
 */
function coverOf(entries, flow, space) {
    const destinationTag = destinationTagOf(flow);
    if (entries.some(e => namesContainingTag(e, destinationTag, flow.region))) {
        return { known: space.known, opaque: space.opaque ? 'all' : 'none' };
    }
    const prefixes = entries.flatMap(e => (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrefix */ .RW)(e) || (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRange */ .RC)(e) ? [e.trim()] : (tagPrefixesOf(flow, e) ?? []));
    const set = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(prefixes);
    let opaque = 'none';
    if (space.opaque && !(0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmpty */ .Im)(set)) {
        const wanted = sourceFamilies(flow.sourcePrefixes);
        opaque = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .coverage */ .vk)(set, (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(wanted.map(f => FULL[f]))) === 'all' ? 'all' : 'part';
    }
    return { known: (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .intersect */ .y$)(set, space.known), opaque };
}
/** `10.0.0.0/24`, `10.0.0.4` → inclusive range; undefined when not IPv4. */
function parseIpv4Prefix(text) {
    const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim());
    if (!match)
        return undefined;
    const octets = match.slice(1, 5).map(Number);
    if (octets.some(o => o > 255))
        return undefined;
    const bits = match[5] === undefined ? 32 : Number(match[5]);
    if (bits > 32)
        return undefined;
    const ip = octets.reduce((n, o) => n * 256 + o, 0);
    const size = 2 ** (32 - bits);
    const start = Math.floor(ip / size) * size;
    return { start, end: start + size - 1 };
}
/** Whether prefix `outer` contains every address of `inner` (`yes`), some (`maybe`) or none (`no`). */
function prefixCovers(outer, inner) {
    const o = parseIpv4Prefix(outer);
    const i = parseIpv4Prefix(inner);
    if (!o || !i)
        return 'no';
    if (o.start <= i.start && i.end <= o.end)
        return 'yes';
    return o.start <= i.end && i.start <= o.end ? 'maybe' : 'no';
}
function isIpv4(text) {
    return parseIpv4Prefix(text) !== undefined;
}
// ---------------------------------------------------------------- regions and service tags
/** `WestEurope`, `west europe`, `westeurope` → `westeurope` (service tags and locations spell regions differently). */
function normalizeRegion(region) {
    return region.toLowerCase().replace(/[^a-z0-9]/g, '');
}
const REGION_WORDS = [
    'southeast',
    'northeast',
    'australia',
    'switzerland',
    'germany',
    'central',
    'virginia',
    'arizona',
    'texas',
    'europe',
    'france',
    'brazil',
    'canada',
    'norway',
    'sweden',
    'poland',
    'israel',
    'mexico',
    'africa',
    'zealand',
    'indonesia',
    'malaysia',
    'austria',
    'belgium',
    'denmark',
    'finland',
    'greece',
    'chile',
    'taiwan',
    'india',
    'japan',
    'korea',
    'china',
    'qatar',
    'italy',
    'spain',
    'north',
    'south',
    'east',
    'west',
    'asia',
    'euap',
    'uae',
    'gov',
    'new',
    'jio',
    'dod',
    'us',
    'uk'
];
const UPPER_WORDS = new Set(['us', 'uk', 'uae', 'euap', 'dod']);
/**
 * The service tag spelling of a location (`eastus2` → `EastUS2`,
 * `southeastasia` → `SoutheastAsia`), for display and fix commands.
 * Comparisons always go through normalizeRegion.
 */
function serviceTagRegion(location) {
    const text = normalizeRegion(location);
    let out = '';
    let i = 0;
    while (i < text.length) {
        const digits = /^\d+/.exec(text.slice(i))?.[0];
        if (digits) {
            out += digits;
            i += digits.length;
            continue;
        }
        const word = REGION_WORDS.find(w => text.startsWith(w, i));
        if (!word)
            return location;
        out += UPPER_WORDS.has(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);
        i += word.length;
    }
    return out;
}
/** `AzureContainerRegistry.WestEurope` → { tag: 'azurecontainerregistry', region: 'westeurope' }. */
function parseServiceTag(text) {
    const [tag, ...rest] = text.trim().split('.');
    const region = rest.join('.');
    return { tag: (tag ?? '').toLowerCase(), ...(region ? { region: normalizeRegion(region) } : {}) };
}
/** Destination tags whose address space includes the registry's in `region`. */
const REGISTRY_TAGS = new Set(['azurecontainerregistry', 'azurecloud']);
/**
 * Whether a destination (address prefix or service tag) covers the container
 * registry of `region`: `*`, `0.0.0.0/0`, `Internet`, `AzureCloud[.<region>]`,
 * `AzureContainerRegistry[.<region>]`. Other prefixes, other regions and other
 * tags do not.
 */
function destinationCoversRegistry(destination, region) {
    const d = destination.trim();
    if (d === '*' || d === '0.0.0.0/0' || /^internet$/i.test(d))
        return true;
    const { tag, region: tagRegion } = parseServiceTag(d);
    if (!REGISTRY_TAGS.has(tag))
        return false;
    return tagRegion === undefined || tagRegion === normalizeRegion(region);
}
/** The registry tag a destination names with another region than `region`, if any. */
function wrongRegionRegistryTag(destination, region) {
    const { tag, region: tagRegion } = parseServiceTag(destination);
    if (tag !== 'azurecontainerregistry' || tagRegion === undefined)
        return undefined;
    return tagRegion === normalizeRegion(region) ? undefined : destination.trim();
}
// ---------------------------------------------------------------- ports and sources
/** `*`, `443`, `400-500` (also `Any`). */
function portRangeCovers(range, port) {
    const r = range.trim();
    if (r === '*' || /^any$/i.test(r))
        return true;
    const match = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(r);
    if (!match)
        return false;
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : Number(match[2]);
    return low <= port && port <= high;
}
/**
 * Whether a source (prefix or tag) holds every address of the subnet: `*`,
 * `VirtualNetwork` and prefixes containing the subnet's prefixes do; a prefix
 * holding part of it is `maybe`; anything else (other tags) does not.
 */
function sourceCoversSubnet(source, subnetPrefixes) {
    const s = source.trim();
    if (s === '*' || /^any$/i.test(s) || /^virtualnetwork$/i.test(s))
        return 'yes';
    const addresses = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)([s]);
    if ((0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmpty */ .Im)(addresses))
        return 'no';
    const subnet = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(subnetPrefixes);
    if ((0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmpty */ .Im)(subnet))
        return 'maybe';
    const c = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .coverage */ .vk)(addresses, subnet);
    return c === 'all' ? 'yes' : c === 'part' ? 'maybe' : 'no';
}
// ---------------------------------------------------------------- first match over a space
/** Why a rule's match is partial when the destination's prefixes are not known. */
const PREFIXES_NOT_READ = (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `its destination prefixes may or may not hold the destination addresses, whose prefixes were not read`;
/**
 * First match, address by address: each rule decides the part of the
 * destination still undecided that it covers; what no rule covers is denied
 * (NSGs end with DenyAllOutBound, Azure Firewall denies by default).
 */
function firstMatch(space, candidates) {
    let remaining = space;
    const parts = [];
    const partial = [];
    for (const c of candidates) {
        if (spaceIsEmpty(remaining))
            break;
        if (c.match === 'no')
            continue;
        const known = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .intersect */ .y$)(c.cover.known, remaining.known);
        const opaqueAll = remaining.opaque && c.cover.opaque === 'all';
        const opaquePart = remaining.opaque && c.cover.opaque === 'part';
        if ((0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmpty */ .Im)(known) && !opaqueAll && !opaquePart)
            continue;
        if (c.match === 'maybe' || opaquePart) {
            partial.push(opaquePart && c.match !== 'maybe'
                ? {
                    ...c,
                    partialReason: PREFIXES_NOT_READ
                }
                : c);
            if (c.match === 'maybe' || ((0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmpty */ .Im)(known) && !opaqueAll))
                continue;
        }
        parts.push({ item: c.item, allow: c.allow, known, opaque: opaqueAll });
        remaining = { known: (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .subtract */ .Re)(remaining.known, known), opaque: remaining.opaque && !opaqueAll };
    }
    if (!spaceIsEmpty(remaining))
        parts.push({ item: undefined, allow: false, known: remaining.known, opaque: remaining.opaque });
    const allowedParts = parts.filter(p => p.allow);
    const deniedParts = parts.filter(p => !p.allow);
    const verdict = deniedParts.length === 0 ? 'allowed' : allowedParts.length === 0 ? 'denied' : 'part';
    const union = (list) => list.reduce((acc, p) => (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KC)(acc, p.known), []);
    return {
        verdict,
        parts,
        uncertainBecause: verdict === 'part' ? partial : partial.filter(p => p.allow !== (verdict === 'allowed')),
        denied: union(deniedParts),
        allowed: union(allowedParts)
    };
}
/** Best of several alternatives (a rule matches when any of its sources does). */
function anyOf(values) {
    return values.includes('yes') ? 'yes' : values.includes('maybe') ? 'maybe' : 'no';
}
/** Both must hold. */
function allOf(values) {
    return values.includes('no') ? 'no' : values.includes('maybe') ? 'maybe' : 'yes';
}


/***/ }),

/***/ 58267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ peeringForAddress),
/* harmony export */   DR: () => (/* binding */ resolveNextHopFirewall),
/* harmony export */   MR: () => (/* binding */ isVirtualWanHubVnet),
/* harmony export */   gf: () => (/* binding */ subscriptionIdOf)
/* harmony export */ });
/* harmony import */ var _prefixes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19140);

/** The subscription id of an ARM id, as written. */
function subscriptionIdOf(id) {
    return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1];
}
/**
 * The peering whose remote address space holds `address` (the longest such prefix wins, as
 * routes do), or undefined.
 */
function peeringForAddress(peerings, address) {
    const hop = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrefix */ .A1)(address);
    if (!hop || hop.start !== hop.end)
        return undefined;
    let best;
    for (const peering of peerings) {
        for (const prefix of peering.remoteAddressPrefixes) {
            const range = (0,_prefixes_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrefix */ .A1)(prefix);
            if (!range || range.family !== hop.family)
                continue;
            if (hop.start < range.start || hop.start > range.end)
                continue;
            const size = range.end - range.start;
            if (!best || size < best.size)
                best = { peering, size };
        }
    }
    return best?.peering;
}
/**
 * A Virtual WAN hub shows in a spoke as a peering to a Microsoft-managed VNet named `HV_<hub>_…`
 * (resource group `RG_<hub>_…`) in a subscription the customer cannot read: its secured-hub
 * firewall is not listed there.
 */
function isVirtualWanHubVnet(vnetId) {
    return /\/resourceGroups\/RG_[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/HV_[^/]+$/i.test(vnetId);
}
function holding(list, address) {
    return list?.ok ? list.value.find(f => f.privateIpAddresses.includes(address)) : undefined;
}
/**
 * Resolves `address` for a route table of `routeTableSubscription`; `firewallsIn` gives the
 * firewall list read for a subscription id, `peerings` the subnet VNet's peerings (undefined:
 * not read).
 */
function resolveNextHopFirewall(address, routeTableSubscription, firewallsIn, peerings) {
    const local = firewallsIn(routeTableSubscription);
    const own = holding(local, address);
    if (own)
        return { kind: 'firewall', firewall: own };
    const peering = peerings?.ok ? peeringForAddress(peerings.value, address) : undefined;
    const remote = peering?.remoteVirtualNetworkId;
    if (peering && remote) {
        if (!/^connected$/i.test(peering.peeringState ?? '')) {
            return { kind: 'peering-not-connected', peering };
        }
        if (isVirtualWanHubVnet(remote))
            return { kind: 'virtual-wan-hub', peering };
        const subscriptionId = subscriptionIdOf(remote) ?? routeTableSubscription;
        const list = firewallsIn(subscriptionId);
        const found = holding(list, address);
        if (found)
            return { kind: 'firewall', firewall: found, peering };
        if (!list?.ok) {
            return { kind: 'unlisted', subscriptionId, ...(list ? { error: list.error } : {}), peering };
        }
        return { kind: 'no-firewall', subscriptionId, peering };
    }
    if (!local?.ok) {
        return {
            kind: 'unlisted',
            subscriptionId: routeTableSubscription,
            ...(local ? { error: local.error } : {})
        };
    }
    return {
        kind: 'no-firewall',
        subscriptionId: routeTableSubscription,
        ...(peerings && !peerings.ok ? { peeringsError: peerings.error } : {})
    };
}


/***/ }),

/***/ 19140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parsePrefix),
/* harmony export */   Im: () => (/* binding */ isEmpty),
/* harmony export */   KC: () => (/* binding */ union),
/* harmony export */   Mf: () => (/* binding */ ofFamilies),
/* harmony export */   RC: () => (/* binding */ parseRange),
/* harmony export */   RW: () => (/* binding */ isPrefix),
/* harmony export */   Re: () => (/* binding */ subtract),
/* harmony export */   TJ: () => (/* binding */ families),
/* harmony export */   iG: () => (/* binding */ describeSet),
/* harmony export */   s4: () => (/* binding */ setOf),
/* harmony export */   vk: () => (/* binding */ coverage),
/* harmony export */   y$: () => (/* binding */ intersect)
/* harmony export */ });
/* unused harmony exports normalize, toPrefixes */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Address prefix arithmetic, pure, IPv4 and IPv6: sets of addresses as
 * sorted, merged inclusive ranges, so that "does this rule cover the
 * destination" is answered for every address rather than by comparing text
 * (a deny to `0.0.0.0/1` + `128.0.0.0/1` covers everything `0.0.0.0/0` does).
 * Parsing is ipaddr.js's; only the interval bookkeeping is here.
 */

const BITS = { 4: 32, 6: 128 };
function toBigInt(bytes) {
    return bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
}
/**
 * `10.0.0.0/24`, `10.0.0.4`, `2603:1000::/40` → the range it denotes (host
 * bits ignored, as Azure does); undefined when the text is not an address or
 * prefix (a service tag, `*`). IPv4 must be four decimal parts.
 */
function parsePrefix(text) {
    const [address = '', length, ...extra] = text.trim().split('/');
    if (extra.length > 0)
        return undefined;
    const family = address.includes(':')
        ? ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValid(address)
            ? 6
            : undefined
        : ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidFourPartDecimal(address)
            ? 4
            : undefined;
    if (family === undefined)
        return undefined;
    const bits = BITS[family];
    if (length !== undefined && !/^\d{1,3}$/.test(length))
        return undefined;
    const prefixLength = length === undefined ? bits : Number(length);
    if (prefixLength > bits)
        return undefined;
    const value = toBigInt(ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parse(address).toByteArray());
    const hostBits = BigInt(bits - prefixLength);
    const start = (value >> hostBits) << hostBits;
    return { family, start, end: start + (1n << hostBits) - 1n };
}
function isPrefix(text) {
    return parsePrefix(text) !== undefined;
}
function compare(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
/** Sorted and merged. */
function normalize(ranges) {
    const sorted = [...ranges].sort(compare);
    const out = [];
    for (const r of sorted) {
        const last = out[out.length - 1];
        if (last && last.family === r.family && r.start <= last.end + 1n) {
            if (r.end > last.end)
                out[out.length - 1] = { ...last, end: r.end };
        }
        else {
            out.push({ ...r });
        }
    }
    return out;
}
/** `10.0.0.1-10.0.0.9` (IP groups and firewall rules accept ranges) → the range. */
function parseRange(text) {
    const [from = '', to = '', ...extra] = text.trim().split('-');
    if (extra.length > 0 || from.includes('/') || to.includes('/'))
        return undefined;
    const a = parsePrefix(from);
    const b = parsePrefix(to);
    if (!a || !b || a.family !== b.family || a.start > b.end)
        return undefined;
    return { family: a.family, start: a.start, end: b.end };
}
/** The addresses of the prefixes (and ranges) that parse; others (tags, `*`) are ignored. */
function setOf(prefixes) {
    return normalize(prefixes
        .map(p => parsePrefix(p) ?? parseRange(p))
        .filter((r) => r !== undefined));
}
function union(a, b) {
    return normalize([...a, ...b]);
}
function intersect(a, b) {
    const out = [];
    for (const x of a)
        for (const y of b) {
            if (x.family !== y.family)
                continue;
            const start = x.start > y.start ? x.start : y.start;
            const end = x.end < y.end ? x.end : y.end;
            if (start <= end)
                out.push({ family: x.family, start, end });
        }
    return normalize(out);
}
function subtract(a, b) {
    let rest = [...a];
    for (const y of b) {
        const next = [];
        for (const x of rest) {
            if (x.family !== y.family || y.end < x.start || y.start > x.end) {
                next.push(x);
                continue;
            }
            if (x.start < y.start)
                next.push({ family: x.family, start: x.start, end: y.start - 1n });
            if (y.end < x.end)
                next.push({ family: x.family, start: y.end + 1n, end: x.end });
        }
        rest = next;
    }
    return normalize(rest);
}
function isEmpty(set) {
    return set.length === 0;
}
function families(set) {
    return [...new Set(set.map(r => r.family))];
}
/** Only the ranges of the given families. */
function ofFamilies(set, keep) {
    return set.filter(r => keep.includes(r.family));
}
/** Whether `cover` holds all, part or none of `target` (an empty target is covered by anything). */
function coverage(cover, target) {
    if (isEmpty(subtract(target, cover)))
        return 'all';
    return isEmpty(intersect(cover, target)) ? 'none' : 'part';
}
function formatAddress(family, value) {
    const bytes = [];
    for (let i = BITS[family] / 8 - 1; i >= 0; i--)
        bytes.push(Number((value >> BigInt(i * 8)) & 255n));
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().fromByteArray(bytes).toString();
}
/** The set as the fewest CIDR prefixes (`10.0.0.0/23`, `2603:1000::/40`). */
function toPrefixes(set) {
    const out = [];
    for (const r of set) {
        const bits = BITS[r.family];
        let start = r.start;
        while (start <= r.end) {
            // The largest aligned block starting at `start` that fits in the range.
            let size = 0;
            while (size < bits &&
                (start & ((1n << BigInt(size + 1)) - 1n)) === 0n &&
                start + (1n << BigInt(size + 1)) - 1n <= r.end)
                size++;
            out.push(`${formatAddress(r.family, start)}/${bits - size}`);
            start += 1n << BigInt(size);
        }
    }
    return out;
}
/** `text` shortened to its first `max` prefixes, for messages. */
function describeSet(set, max = 4) {
    const all = toPrefixes(set);
    if (all.length <= max)
        return all.join(', ');
    return `${all.slice(0, max).join(', ')} and ${all.length - max} more`;
}


/***/ }),

/***/ 40203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ resolveNetworkTarget),
/* harmony export */   a_: () => (/* binding */ egressSubnets)
/* harmony export */ });
/* unused harmony export uniqueIds */
/* harmony import */ var _clusters_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57332);
/* harmony import */ var _route_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21666);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20709);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5086);
/* harmony import */ var _dependencies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54654);
/**
 * Which virtual network and subnet "secure the workspace" (the article's
 * prerequisite), and which subnets outbound traffic leaves from. Named by the
 * `vnet-id` / `subnet-id` inputs, else discovered from what was read. Pure:
 * collection uses it to decide what to read next, checks to judge.
 */





function resolveNetworkTarget(snapshot) {
    const peSubnets = privateEndpointSubnetIds(snapshot);
    const nodePoolSubnets = nodePoolSubnetIds(snapshot);
    const { vnetId: vnetInput, subnetId: subnetInput } = snapshot.request;
    let target;
    if (subnetInput || vnetInput) {
        target = {
            subnetId: subnetInput,
            vnetId: vnetInput ?? (subnetInput ? (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .parentVirtualNetworkId */ .l3)(subnetInput) : undefined),
            source: 'input'
        };
    }
    else if (peSubnets[0]) {
        target = {
            subnetId: peSubnets[0],
            vnetId: (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .parentVirtualNetworkId */ .l3)(peSubnets[0]),
            source: 'private-endpoint'
        };
    }
    else if (nodePoolSubnets[0]) {
        target = {
            subnetId: nodePoolSubnets[0],
            vnetId: (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .parentVirtualNetworkId */ .l3)(nodePoolSubnets[0]),
            source: 'node-pool'
        };
    }
    else {
        target = { source: 'none' };
    }
    const buildSubnet = imageBuildCompute(snapshot).subnetId;
    return {
        ...target,
        // The image-build compute's subnet is read too: OUT checks judge it (egressSubnets).
        relevantSubnetIds: uniqueIds([target.subnetId, ...peSubnets, ...nodePoolSubnets, buildSubnet]),
        egressSubnetIds: uniqueIds([subnetInput, ...nodePoolSubnets, buildSubnet])
    };
}
/** Subnets of the workspace's private endpoints that were read, in connection order. */
function privateEndpointSubnetIds(snapshot) {
    if (!snapshot.workspace.ok)
        return [];
    // A pending or rejected connection carries no traffic: its subnet neither secures the
    // workspace nor decides its outbound path.
    const approved = snapshot.workspace.value.privateEndpointConnections.filter(c => c.status?.toLowerCase() === 'approved');
    return uniqueIds(approved.map(c => {
        const pe = c.privateEndpointId
            ? snapshot.privateEndpoints[c.privateEndpointId.toLowerCase()]
            : undefined;
        return pe?.ok ? pe.value.subnetId : undefined;
    }));
}
/**
 * On the Kubernetes route, the subnets of the attached AKS clusters' node pools
 * (where inference traffic runs), in compute and pool order.
 */
function nodePoolSubnetIds(snapshot) {
    const { onlineEndpoints, computes, managedClusters } = snapshot;
    if (!onlineEndpoints || !computes || !managedClusters || !computes.ok)
        return [];
    const { routes } = (0,_route_js__WEBPACK_IMPORTED_MODULE_0__/* .decideRoutes */ .F3)({ request: snapshot.request, onlineEndpoints, computes });
    if (!routes.includes('kubernetes'))
        return [];
    return uniqueIds(nodePools(snapshot).map(p => p.subnetId));
}
const IMAGE_BUILD_DOC = 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-workspace-vnet#enable-azure-container-registry-acr';
/**
 * Which subnets start the connections OUT-01/02/04 judge. A private endpoint's NIC only receives
 * connections, and managed online deployments egress from the workspace's managed network, not
 * from yours; so only these egress: the `subnet-id` input, the attached AKS clusters' node pools
 * (Kubernetes route), and the subnet of the workspace's image-build compute, which builds every
 * environment image and pushes it to the registry (how-to-secure-workspace-vnet).
 */
function egressSubnets(snapshot) {
    const { routes } = (0,_route_js__WEBPACK_IMPORTED_MODULE_0__/* .decideRoutes */ .F3)(snapshot);
    const subnets = [];
    const add = (id, source, why) => {
        if (id && !subnets.some(s => s.id.toLowerCase() === id.toLowerCase()))
            subnets.push({ id, source, why });
    };
    add(snapshot.request.subnetId, 'input', (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `the \`subnet-id\` input names it as the subnet inference traffic leaves from`);
    if (routes.includes('kubernetes')) {
        for (const { subnetId, pool, cluster } of nodePools(snapshot)) {
            add(subnetId, 'node-pool', (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `node pool \`${pool}\` of AKS cluster \`${cluster}\` runs inference pods in it, which pull their images from the registry`);
        }
    }
    const build = imageBuildCompute(snapshot);
    const registry = registryAccess(snapshot);
    add(build.subnetId, 'image-build-compute', (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `compute \`${build.name ?? ''}\` (the workspace's \`imageBuildCompute\`) builds every environment image in it and pushes it to the registry${registry.private ? (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `, which refuses public traffic (\`${registry.name ?? ''}\` has \`publicNetworkAccess\` \`Disabled\`)` : (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) ``}`);
    const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined;
    // As checks/routes.ts hasManagedNetwork (not imported: checks depend on this module, not back).
    const managedNetwork = /^(AllowInternetOutbound|AllowOnlyApprovedOutbound)$/i.test(ws?.managedNetwork?.isolationMode ?? '');
    const unbuildable = registry.private && registry.id && !ws?.imageBuildCompute && !managedNetwork
        ? {
            registryId: registry.id,
            detail: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `Registry \`${registry.name ?? ''}\` has public network access disabled and workspace \`${ws?.name ?? ''}\` names no image-build compute, so Azure Machine Learning builds environment images on serverless compute, which works only when the registry is not network restricted: deployments whose image must be built fail. Create a CPU compute cluster in the registry's virtual network and make it the image-build compute (${IMAGE_BUILD_DOC}).`
        }
        : undefined;
    // What may egress but cannot be told: an `unknown` result, never a silent skip.
    const unresolved = [
        build.unresolved,
        ...(routes.includes('kubernetes') ? unreadClusters(snapshot, Boolean(build.unresolved)) : [])
    ].filter((r) => Boolean(r));
    const read = unresolved.find(u => u.read)?.read;
    const missing = unresolved.some(u => u.buildComputeMissing);
    return {
        subnets,
        ...(subnets.length === 0 && unresolved.length === 0 ? { none: noEgress(routes, build) } : {}),
        ...(unresolved.length > 0
            ? {
                unresolved: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(unresolved.map(u => u.detail), ' ')
            }
            : {}),
        ...(read ? { unresolvedRead: read } : {}),
        ...(missing && !read ? { buildComputeMissing: true } : {}),
        ...(unbuildable ? { unbuildable } : {})
    };
}
/** Why node-pool subnets on the Kubernetes route are not known: the computes or a cluster unread. */
function unreadClusters(snapshot, computesSaid) {
    const { computes, managedClusters } = snapshot;
    if (!computes.ok) {
        return computesSaid
            ? []
            : [
                {
                    detail: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `The workspace's computes could not be read (${computes.error.code}), so the node pools inference runs on, and the subnets they egress from, are not known; it needs \`Microsoft.MachineLearningServices/workspaces/computes/read\`.`,
                    read: computesRead({ id: snapshot.target.workspaceId, name: snapshot.target.workspaceName }, computes.error)
                }
            ];
    }
    return computes.value
        .filter(_clusters_js__WEBPACK_IMPORTED_MODULE_4__/* .isClusterCompute */ .yn)
        .flatMap(c => (c.resourceId && (0,_clusters_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterKind */ .Jf)(c.resourceId) === 'aks' ? [c.resourceId] : []))
        .flatMap(id => {
        const read = managedClusters[(0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceKey */ .ik)(id)];
        return read && !read.ok
            ? [
                {
                    detail: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `AKS cluster \`${(0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceName */ .Iy)(id)}\` could not be read (${read.error.code}), so the subnets its node pools egress from are not known; it needs \`Microsoft.ContainerService/managedClusters/read\` (Reader on the cluster).`,
                    read: {
                        what: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `AKS cluster \`${(0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceName */ .Iy)(id)}\``,
                        resourceId: id,
                        error: read.error
                    }
                }
            ]
            : [];
    });
}
function noEgress(routes, build) {
    const parts = [];
    if (routes.includes('managed')) {
        parts.push((0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `Managed online deployments do not send traffic from your virtual network: their outbound traffic leaves from the workspace's managed virtual network, which MOE-04, MOE-06 and OUT-03 judge; and the workspace private endpoint's subnet only receives connections.`);
    }
    if (routes.includes('kubernetes')) {
        parts.push((0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `No attached AKS cluster has a node pool in a subnet of yours (pools without \`vnetSubnetID\` use the network AKS creates; Arc clusters are not read).`);
    }
    parts.push(build.name
        ? (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `Image-build compute \`${build.name}\` is not in a subnet of yours.`
        : (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `The workspace names no image-build compute in your network.`);
    parts.push((0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `Set the \`subnet-id\` input to judge a subnet that does send traffic.`);
    return { outcome: 'skipped', reason: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(parts, ' ') };
}
/** Node pools of the attached AKS clusters that name a subnet, in compute and pool order. */
function nodePools(snapshot) {
    const { computes, managedClusters } = snapshot;
    if (!computes?.ok || !managedClusters)
        return [];
    return (0,_clusters_js__WEBPACK_IMPORTED_MODULE_4__/* .attachedClusters */ .Qw)(computes.value).flatMap(attached => {
        const read = (0,_clusters_js__WEBPACK_IMPORTED_MODULE_4__/* .aksClusterRead */ .CQ)(managedClusters, attached);
        if (read.kind !== 'found')
            return [];
        const { cluster } = read;
        return cluster.agentPools.flatMap(p => p.vnetSubnetId ? [{ subnetId: p.vnetSubnetId, pool: p.name, cluster: cluster.name }] : []);
    });
}
/** The compute `imageBuildCompute` names, its subnet, or why that is not known. */
function imageBuildCompute(snapshot) {
    const name = snapshot.workspace.ok ? snapshot.workspace.value.imageBuildCompute : undefined;
    if (!name)
        return {};
    const computes = snapshot.computes;
    if (!computes)
        return { name };
    if (!computes.ok) {
        return {
            name,
            unresolved: {
                detail: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `The workspace builds images on compute \`${name}\` (\`imageBuildCompute\`), but its computes could not be read (${computes.error.code}), so the subnet image builds egress from is not known; it needs \`Microsoft.MachineLearningServices/workspaces/computes/read\`.`,
                read: computesRead(snapshot.workspace.ok ? snapshot.workspace.value : undefined, computes.error)
            }
        };
    }
    const compute = computes.value.find(c => c.name.toLowerCase() === name.toLowerCase());
    if (!compute) {
        return {
            name,
            unresolved: {
                detail: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `The workspace builds images on compute \`${name}\` (\`imageBuildCompute\`), which is not among its computes, so image builds have nowhere to run; create the cluster or point \`imageBuildCompute\` at an existing one.`,
                buildComputeMissing: true
            }
        };
    }
    return { name, ...(compute.subnetId ? { subnetId: compute.subnetId } : {}) };
}
/** Whether the workspace's registry refuses public traffic, from the registry read (or its dependency read). */
function registryAccess(snapshot) {
    const id = (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceRegistryId */ .Cw)(snapshot);
    if (!id)
        return { private: false };
    const read = snapshot.containerRegistries?.[(0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceKey */ .ik)(id)];
    const dependency = (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_2__/* .dependencyNetworkAccess */ .Yd)(snapshot, id);
    const access = read?.ok
        ? read.value.publicNetworkAccess
        : dependency?.ok
            ? dependency.value.publicNetworkAccess
            : undefined;
    return { id, name: (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceName */ .Iy)(id), private: /^disabled$/i.test(access ?? '') };
}
function uniqueIds(ids) {
    const seen = new Set();
    const out = [];
    for (const id of ids) {
        if (!id || seen.has(id.toLowerCase()))
            continue;
        seen.add(id.toLowerCase());
        out.push(id);
    }
    return out;
}
/** The workspace's compute list, as a read that failed (its scope is the workspace's). */
function computesRead(workspace, error) {
    return {
        what: (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq) `the computes of workspace \`${workspace?.name ?? ''}\``,
        resourceId: workspace?.id ?? '',
        error
    };
}


/***/ }),

/***/ 21666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ decideRoutes),
/* harmony export */   Ss: () => (/* binding */ ROUTE_LABELS),
/* harmony export */   oK: () => (/* binding */ describeRoutes)
/* harmony export */ });
/* harmony import */ var _clusters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57332);
/**
 * Which inference route(s) the checks evaluate, and why: the `route` input, or
 * with `auto` what the workspace holds. Pure: collection, checks and the
 * report all call it on the snapshot and get the same answer.
 */

const ROUTE_LABELS = {
    managed: 'managed online endpoints',
    kubernetes: 'Kubernetes online endpoints'
};
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}
function readFailure(what, read) {
    return read.ok ? '' : `${what} could not be read (${read.error.code})`;
}
function decideRoutes(snapshot) {
    const requested = snapshot.request.route;
    if (requested !== 'auto') {
        const routes = requested === 'both' ? ['managed', 'kubernetes'] : [requested];
        return { requested, routes, reason: `The \`route\` input is \`${requested}\`.` };
    }
    const endpoints = snapshot.onlineEndpoints;
    const computes = snapshot.computes;
    const managed = endpoints.ok ? endpoints.value.filter(e => e.computeType === 'Managed') : [];
    const kubernetes = endpoints.ok ? endpoints.value.filter(e => e.computeType === 'Kubernetes') : [];
    const clusters = computes.ok ? computes.value.filter(_clusters_js__WEBPACK_IMPORTED_MODULE_0__/* .isClusterCompute */ .yn) : [];
    const seen = [];
    if (managed.length > 0)
        seen.push(count(managed.length, 'managed online endpoint'));
    if (kubernetes.length > 0)
        seen.push(count(kubernetes.length, 'Kubernetes online endpoint'));
    if (clusters.length > 0)
        seen.push(count(clusters.length, 'attached Kubernetes compute'));
    const failures = [
        readFailure('the online endpoints', endpoints),
        readFailure('the computes', computes)
    ].filter(Boolean);
    // A route that cannot be ruled out is checked: its checks then say what could not be read.
    const useManaged = managed.length > 0 || !endpoints.ok;
    // A Kubernetes endpoint needs an attached compute, so readable computes rule the route in or out.
    const useKubernetes = kubernetes.length > 0 || clusters.length > 0 || !computes.ok;
    const found = seen.length > 0 ? `the workspace has ${seen.join(', ')}` : '';
    if (failures.length > 0) {
        const routes = [
            ...(useManaged ? ['managed'] : []),
            ...(useKubernetes ? ['kubernetes'] : [])
        ];
        return {
            requested,
            routes,
            reason: `\`route: auto\`: ${failures.join(' and ')}${found ? `; ${found}` : ''}, so ` +
                `${routes.length === 2 ? 'both routes are' : `the ${ROUTE_LABELS[routes[0] ?? 'managed']} route is`} checked rather than one being skipped unseen.`
        };
    }
    if (useManaged && useKubernetes) {
        return { requested, routes: ['managed', 'kubernetes'], reason: `\`route: auto\`: ${found}.` };
    }
    if (useKubernetes)
        return { requested, routes: ['kubernetes'], reason: `\`route: auto\`: ${found}.` };
    if (useManaged)
        return { requested, routes: ['managed'], reason: `\`route: auto\`: ${found}.` };
    return {
        requested,
        routes: ['managed'],
        reason: '`route: auto`: the workspace has no online endpoint and no attached Kubernetes compute yet, ' +
            'so the managed route is checked, the one the article recommends (managed online endpoints in a workspace managed virtual network). ' +
            'Set `route: kubernetes` to check an AKS or Arc cluster instead.'
    };
}
/** `managed online endpoints and Kubernetes online endpoints` */
function describeRoutes(routes) {
    return routes.map(r => ROUTE_LABELS[r]).join(' and ');
}


/***/ }),

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


/***/ }),

/***/ 5086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ isText),
/* harmony export */   Od: () => (/* binding */ ours),
/* harmony export */   Ql: () => (/* binding */ EMPTY_TEXT),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Uq: () => (/* binding */ value),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   en: () => (/* binding */ concatText),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports isEmptyText, mapValues */
/**
 * Text that mixes our own words with values from Azure, GitHub or files.
 *
 * Our words are written in the source and may use markdown code spans
 * (`` `route: auto` ``): renderers show them as written. Values are untrusted:
 * every renderer escapes them for its medium (markdown, workflow commands).
 * A `Text` is not a string, so it cannot be handed to an escaper (escaped
 * twice) or pasted into markdown without its renderer (not escaped at all).
 * It is plain JSON (an array of parts), so a saved report keeps the split.
 */
function brand(parts) {
    // Adjacent words merge, so equal texts have equal parts (and compare as JSON).
    const merged = [];
    for (const part of parts) {
        if (part === '')
            continue;
        const last = merged.at(-1);
        if (typeof part === 'string' && typeof last === 'string')
            merged[merged.length - 1] = last + part;
        else
            merged.push(part);
    }
    return merged;
}
function isText(value) {
    return (Array.isArray(value) &&
        value.every(part => typeof part === 'string' ||
            (typeof part === 'object' &&
                part !== null &&
                ((typeof part.value === 'string' &&
                    Object.keys(part).length === 1) ||
                    (typeof part.code === 'string' &&
                        Object.keys(part).length === 1)))));
}
/**
 * `` text`Could not read private endpoint ${name} in \`${rg}\`.` ``: the template's
 * words are ours; a string interpolated is an untrusted value; a number is ours; a
 * `Text` is spliced in. A value our words put between backticks becomes a code value,
 * so it shows as code, escaped, instead of breaking out of the code span.
 */
function text(strings, ...values) {
    const parts = [];
    let pending = strings[0] ?? '';
    values.forEach((v, i) => {
        const next = strings[i + 1] ?? '';
        if (typeof v === 'string' && pending.endsWith('`') && next.startsWith('`')) {
            parts.push(pending.slice(0, -1), { code: v });
            pending = next.slice(1);
            return;
        }
        parts.push(pending);
        if (typeof v === 'number')
            parts.push(String(v));
        else if (typeof v === 'string')
            parts.push({ value: v });
        else
            parts.push(...v);
        pending = next;
    });
    parts.push(pending);
    return brand(parts);
}
/** Our own words from a constant or a computed choice of our words (never Azure text). */
function ours(words) {
    return brand([words]);
}
/** An untrusted value as plain text. */
function value(v) {
    return brand([{ value: v }]);
}
/** An untrusted value shown as code (a name, an id, a command with names). */
function code(v) {
    return brand([{ code: v }]);
}
const EMPTY_TEXT = brand([]);
function joinText(items, separator) {
    const parts = [];
    items.forEach((item, i) => {
        if (i > 0)
            parts.push(separator);
        parts.push(...item);
    });
    return brand(parts);
}
function concatText(...items) {
    return brand(items.flatMap(item => [...item]));
}
function isEmptyText(t) {
    return t.length === 0;
}
/**
 * The text for plain-text readers (the JSON report's `detail`, annotations, SARIF,
 * the terminal): our words as written, values as they are. Plain-text sinks apply
 * their own escaping (workflow commands, JSON).
 */
function plainText(t) {
    return t
        .map(part => (typeof part === 'string' ? part : 'value' in part ? part.value : part.code))
        .join('');
}
/** The parts a function of each untrusted value would give (redaction, shortening). */
function mapValues(t, fn) {
    return brand(t.map(part => typeof part === 'string'
        ? part
        : 'value' in part
            ? { value: fn(part.value) }
            : { code: fn(part.code) }));
}


/***/ })

};
