export const id = 643;
export const ids = [643,6867,2245];
export const modules = {

/***/ 58779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ inReportOrder)
/* harmony export */ });
/* harmony import */ var _checks_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7081);
// Report order lives with the catalog it follows, below both the verdict and the report model,
// so the verdict need not import report/.

/**
 * Results in catalog order, then by resource id within a check, so that neither the order
 * reads finished in nor the order ARM listed resources in shows in any output.
 */
function inReportOrder(results, checks = _checks_catalog_js__WEBPACK_IMPORTED_MODULE_0__.CHECKS) {
    const order = new Map(checks.map((c, i) => [c.id, i]));
    return results
        .map((r, i) => ({ r, i }))
        .sort((a, b) => (order.get(a.r.checkId) ?? checks.length) - (order.get(b.r.checkId) ?? checks.length) ||
        compareIds(a.r.resource.id, b.r.resource.id) ||
        a.i - b.i)
        .map(({ r }) => r);
}
function compareIds(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}


/***/ }),

/***/ 52621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The action's version, shown in reports. A test keeps it equal to package.json's. */
const VERSION = '1.0.0';
/** The tool's name in reports and snapshots (beside VERSION, so collect need not import report/). */
const TOOL_NAME = 'aml-inference-guard';


/***/ }),

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


/***/ }),

/***/ 96867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_SCHEMA_VERSION: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   RESULT_STATUSES: () => (/* binding */ RESULT_STATUSES),
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   countStatuses: () => (/* binding */ countStatuses),
/* harmony export */   editText: () => (/* binding */ editText),
/* harmony export */   fixCommands: () => (/* binding */ fixCommands),
/* harmony export */   fixSteps: () => (/* binding */ fixSteps),
/* harmony export */   renderJsonReport: () => (/* binding */ renderJsonReport),
/* harmony export */   resultStatus: () => (/* binding */ resultStatus)
/* harmony export */ });
/* harmony import */ var _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12396);
/* harmony import */ var _evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7081);
/* harmony import */ var _evaluate_route_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21666);
/* harmony import */ var _evaluate_network_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40203);
/* harmony import */ var _evaluate_result_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58779);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52621);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5086);
/**
 * The report: snapshot facts, results joined with their catalog entries, and
 * the verdict, as one plain object. Every renderer (summary, comment,
 * annotations, JSON) reads only this.
 */







const REPORT_SCHEMA_VERSION = 1;
const RESULT_STATUSES = [
    'fail',
    'unknown',
    'advice',
    'pass',
    'skipped'
];
/** Derived from outcome and severity, so a saved report without `status` reads the same. */
function resultStatus(result) {
    if (result.outcome === 'fail' && result.severity === 'notice')
        return 'advice';
    return result.outcome;
}
/** The commands that fix a result: its own, else its cause's; none for a report written before them. */
function fixCommands(result) {
    return result.remedy?.commands ?? result.cause?.fix?.commands ?? [];
}
/** A deployment file's line to change, in words (plain text: the caller escapes it). */
function editText(edit) {
    return edit.current === undefined
        ? `Add \`${edit.key}: ${edit.value}\` to ${edit.file} (the resource named on line ${edit.line}), then deploy the file.`
        : `Set \`${edit.key}: ${edit.value}\` in ${edit.file} line ${edit.line} (now \`${edit.key}: ${edit.current}\`), then deploy the file.`;
}
/** What fixes a result, one step a line: the file line to change, else the commands. */
function fixSteps(result) {
    if (result.remedy?.edit)
        return [editText(result.remedy.edit)];
    const note = result.remedy?.note;
    // Where the change belongs comes first: the commands alone would be undone by the deployment.
    return note && (0,_model_text_js__WEBPACK_IMPORTED_MODULE_4__/* .isText */ .KH)(note) ? [(0,_model_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plainText */ .wh)(note), ...fixCommands(result)] : fixCommands(result);
}
/** Results per status; suppressed results only under `suppressed` (as in the verdict's counts). */
function countStatuses(results) {
    const counts = {
        pass: 0,
        fail: 0,
        advice: 0,
        unknown: 0,
        skipped: 0,
        suppressed: 0
    };
    for (const r of results) {
        if (r.suppression)
            counts.suppressed += 1;
        else
            counts[resultStatus(r)] += 1;
    }
    return counts;
}
function joinCatalog(result, check) {
    if (check) {
        const { title, section, category, docUrl, fix, remediation } = check;
        // A fail always states its severity in the report: the check's unless the result set one.
        const severity = result.outcome === 'fail' ? (result.severity ?? check.severity) : result.severity;
        return {
            ...result,
            ...(severity ? { severity } : {}),
            title,
            section,
            category,
            docUrl,
            fix,
            remediation,
            status: resultStatus({ outcome: result.outcome, severity })
        };
    }
    // Not in the catalog: a bug, but the result must still be shown.
    const severity = result.outcome === 'fail' ? (result.severity ?? 'error') : result.severity;
    return {
        ...result,
        ...(severity ? { severity } : {}),
        title: result.checkId,
        section: 'prerequisites',
        category: 'isolation',
        docUrl: _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_5__/* .ARTICLE_URL */ .V,
        fix: '',
        remediation: '',
        status: resultStatus({ outcome: result.outcome, severity })
    };
}
function buildReport(snapshot, results, verdict, meta) {
    const checks = meta.checks ?? _evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_0__.CHECKS;
    const byId = new Map(checks.map(c => [c.id, c]));
    const sorted = (0,_evaluate_result_order_js__WEBPACK_IMPORTED_MODULE_3__/* .inReportOrder */ .E)(results, checks).map(r => joinCatalog(r, byId.get(r.checkId)));
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: meta.toolName ?? _model_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l, version: meta.version },
        generatedAt: meta.generatedAt ?? new Date().toISOString(),
        collectedAt: snapshot.collectedAt,
        target: snapshot.target,
        cloud: snapshot.cloud,
        apiVersions: snapshot.apiVersions,
        routes: (0,_evaluate_route_js__WEBPACK_IMPORTED_MODULE_1__/* .decideRoutes */ .F3)(snapshot),
        network: reportNetwork(snapshot),
        results: sorted,
        verdict,
        statusCounts: countStatuses(sorted),
        failOn: meta.failOn,
        ...(meta.runUrl ? { runUrl: meta.runUrl } : {}),
        ...(meta.pullRequest ? { pullRequest: meta.pullRequest } : {}),
        ...(meta.planned ? { planned: meta.planned } : {})
    };
}
function renderJsonReport(report) {
    return JSON.stringify(report, null, 2);
}
function reportNetwork(snapshot) {
    const { source, vnetId, subnetId } = (0,_evaluate_network_target_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveNetworkTarget */ .Ol)(snapshot);
    return { source, ...(vnetId ? { vnetId } : {}), ...(subnetId ? { subnetId } : {}) };
}


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FINGERPRINT_KEY: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   SARIF_SCHEMA_URI: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   fingerprint: () => (/* binding */ fingerprint),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif),
/* harmony export */   resourcePath: () => (/* binding */ resourcePath),
/* harmony export */   sarifLog: () => (/* binding */ sarifLog),
/* harmony export */   sarifRule: () => (/* binding */ sarifRule),
/* harmony export */   workflowFileFromRef: () => (/* binding */ workflowFileFromRef)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7081);
/* harmony import */ var _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12396);
/* harmony import */ var _model_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72281);
/* harmony import */ var _iac_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2245);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96867);
/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`)
 * and any other SARIF viewer. Pure: the caller writes the file.
 *
 * Rules are the whole check catalog, so code scanning can show the help of a
 * check even before it first fails. Results are the failed and unknown
 * results; passing and skipped ones are not findings.
 *
 * Locations: the finding is about an Azure resource, not a line of code, so
 * every result carries a logical location with the resource id. Code scanning,
 * however, needs at least one location with `physicalLocation.artifactLocation.uri`
 * on every result (GitHub's "SARIF support for code scanning" page), so each
 * result also gets one: the `iac-files` line that sets the property when one
 * was found, else line 1 of a stable file the caller names (the action passes
 * the workflow file that runs it), else the resource's own ARM id as a relative
 * path. GitHub documents that uri as "usually a file either in the repository or
 * generated during a build", so a path no file has is accepted; the alert then
 * names the resource. It is lower-cased (ARM ids are case-insensitive) so the
 * path, like the fingerprint, is the same on every run.
 */






const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Name of the partial fingerprint; bump the suffix if its recipe ever changes. */
const FINGERPRINT_KEY = 'amlInferenceGuard/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** `security-severity` lets code scanning rank alerts (>= 7 high, >= 4 medium, else low). */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', notice: '2.0' };
/** `NET-01` → `Net01`: SARIF rule names are identifiers, distinct from the id. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(part => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
        .join('');
}
function fence(code) {
    const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map(run => run.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}sh\n${code}\n${ticks}`;
}
function sarifRule(check) {
    const level = LEVEL[check.severity];
    return {
        id: check.id,
        name: ruleName(check.id),
        shortDescription: { text: check.title },
        fullDescription: { text: check.rationale },
        help: {
            text: `${check.rationale}\n\nRemediation: ${check.remediation}\n\nFix:\n${check.fix}\n\nDocs: ${check.docUrl}`,
            markdown: `${check.rationale}\n\n**Remediation:** ${check.remediation}\n\n**Fix:**\n\n${fence(check.fix)}\n\n[Microsoft Learn](${check.docUrl}) · checklist section: ${_model_check_js__WEBPACK_IMPORTED_MODULE_2__/* .SECTIONS */ .b[check.section]}`
        },
        helpUri: check.docUrl,
        defaultConfiguration: { level },
        properties: {
            // SARIF tags are unique: the `kubernetes` category and section share a name.
            tags: [
                ...new Set(['security', 'azure', 'azure-machine-learning', check.category, check.section])
            ],
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[check.severity]
        }
    };
}
/** Stable across runs: the check and the lower-cased resource id (ARM ids are case-insensitive). */
function fingerprint(result) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_iac_js__WEBPACK_IMPORTED_MODULE_3__.resultKey)(result)).digest('hex').slice(0, 32);
}
function sarifResult(r, ruleIndex, options) {
    const status = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__.resultStatus)(r);
    const unknown = status === 'unknown';
    const iac = options.locations?.get((0,_iac_js__WEBPACK_IMPORTED_MODULE_3__.resultKey)(r));
    const physical = {
        artifactLocation: {
            uri: iac?.path ?? options.fallbackFile ?? resourcePath(r.resource.id),
            uriBaseId: '%SRCROOT%'
        },
        region: { startLine: iac?.line ?? 1 }
    };
    const where = iac
        ? `${iac.property} of ${r.resource.name}`
        : `Azure resource ${r.resource.id} (no line in the repository sets it)`;
    return {
        ruleId: r.checkId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        // Unknown is not a failure, but it is not a pass either: shown as a warning.
        level: unknown ? 'warning' : LEVEL[r.severity ?? 'error'],
        message: {
            text: (unknown
                ? `${r.checkId} could not be evaluated for ${r.resource.name} (unknown): ${r.detail}`
                : status === 'advice'
                    ? `${r.checkId} advice for ${r.resource.name}: ${r.detail}`
                    : `${r.checkId} fails for ${r.resource.name}: ${r.detail}`) +
                ((0,_model_js__WEBPACK_IMPORTED_MODULE_4__.fixSteps)(r).length > 0 ? ` Fix: ${(0,_model_js__WEBPACK_IMPORTED_MODULE_4__.fixSteps)(r).join(' ; ')}` : '')
        },
        locations: [
            {
                physicalLocation: physical,
                logicalLocations: [
                    { name: r.resource.name, fullyQualifiedName: r.resource.id, kind: 'resource' }
                ],
                message: { text: where }
            }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(r) },
        // An accepted risk from the config file: SARIF's own way to say so, with the reason.
        ...(r.suppression
            ? {
                suppressions: [
                    { kind: 'external', status: 'accepted', justification: r.suppression.reason }
                ]
            }
            : {}),
        properties: { outcome: r.outcome, status, resourceType: r.resource.type }
    };
}
/** `/subscriptions/S/resourceGroups/RG/…` → `subscriptions/s/resourcegroups/rg/…`, each segment URI-encoded. */
function resourcePath(resourceId) {
    return resourceId.toLowerCase().split('/').filter(Boolean).map(encodeURIComponent).join('/');
}
function buildSarif(report, options = {}) {
    return sarifLog(report, [report], {
        workspaceId: report.target.workspaceId,
        verdict: report.verdict.headline,
        collectedAt: report.collectedAt
    }, options);
}
/**
 * One run of the catalog's rules with the failed and unknown results of
 * `reports` (one workspace, or every workspace of an estate scan).
 */
function sarifLog(about, reports, properties, options = {}) {
    const checks = options.checks ?? _evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_1__.CHECKS;
    const rules = checks.map(sarifRule);
    const index = new Map(checks.map((c, i) => [c.id, i]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: about.tool.name,
                        version: about.tool.version,
                        semanticVersion: about.tool.version,
                        informationUri: options.informationUri ?? _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_5__/* .ARTICLE_URL */ .V,
                        rules
                    }
                },
                invocations: [{ executionSuccessful: true, endTimeUtc: about.generatedAt }],
                results: reports.flatMap(report => report.results
                    .filter(r => r.outcome === 'fail' || r.outcome === 'unknown')
                    .map(r => sarifResult(r, index.get(r.checkId), options))),
                properties
            }
        ]
    };
}
function renderSarif(report, options = {}) {
    return JSON.stringify(buildSarif(report, options), null, 2);
}
/**
 * The workflow file running this action, repository-relative, from
 * GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@refs/heads/main`).
 */
function workflowFileFromRef(ref) {
    if (!ref)
        return undefined;
    const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
    return match?.[1];
}


/***/ })

};
