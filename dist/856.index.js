export const id = 856;
export const ids = [856,6867,2245];
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

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATION_LIMIT: () => (/* binding */ ANNOTATION_LIMIT),
/* harmony export */   allAnnotations: () => (/* binding */ allAnnotations),
/* harmony export */   buildAnnotations: () => (/* binding */ buildAnnotations)
/* harmony export */ });
/* harmony import */ var _iac_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2245);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96867);


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
    const commands = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__.fixSteps)(r);
    return commands.length > 0 ? `Fix: ${commands.join('\n')}\n` : '';
}
function toAnnotation(r, locations) {
    const status = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__.resultStatus)(r);
    const location = locations?.get((0,_iac_js__WEBPACK_IMPORTED_MODULE_0__.resultKey)(r));
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


/***/ })

};
