export const id = 9580;
export const ids = [9580,6867,2245];
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

/***/ 88918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WN: () => (/* binding */ unattachedDeployments),
/* harmony export */   b3: () => (/* binding */ plannedSourceOf),
/* harmony export */   xv: () => (/* binding */ overlayPlanned)
/* harmony export */ });
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20709);
/**
 * The workspace as it will be: the live snapshot with its `planned` resources laid over it,
 * in the shapes ARM reports (src/model/normalize.ts), so every check judges it unchanged.
 * A planned endpoint replaces the live one of the same name (names compare case-insensitively,
 * as ARM's do) or is added; a planned deployment likewise under its endpoint. A key the file
 * leaves out is absent, as on a resource created from that file: the service default applies.
 * A live list that could not be read stays unread: what is planned cannot make it known.
 */

function overlayPlanned(snapshot) {
    const planned = snapshot.planned;
    if (!planned || planned.resources.length === 0)
        return snapshot;
    const workspaceId = snapshot.target.workspaceId;
    const live = snapshot.onlineEndpoints;
    const endpoints = live.ok ? [...live.value] : [];
    for (const resource of planned.resources) {
        if (resource.kind !== 'onlineEndpoint')
            continue;
        const index = endpoints.findIndex(e => sameName(e.name, resource.name));
        const id = index >= 0 ? endpoints[index].id : `${workspaceId}/onlineEndpoints/${resource.name}`;
        const endpoint = plannedEndpoint(resource, id, workspaceId);
        if (index >= 0)
            endpoints[index] = endpoint;
        else
            endpoints.push(endpoint);
    }
    const onlineDeployments = { ...snapshot.onlineDeployments };
    // A new endpoint starts with no deployments but the planned ones.
    for (const endpoint of endpoints) {
        const key = (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(endpoint.id);
        if (live.ok && !live.value.some(e => e.id === endpoint.id) && !onlineDeployments[key]) {
            onlineDeployments[key] = { ok: true, value: [] };
        }
    }
    for (const resource of planned.resources) {
        if (resource.kind !== 'onlineDeployment' || !resource.endpointName)
            continue;
        const endpointName = resource.endpointName;
        const endpointId = endpoints.find(e => sameName(e.name, endpointName))?.id ??
            `${workspaceId}/onlineEndpoints/${endpointName}`;
        const key = (0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceKey */ .ik)(endpointId);
        const read = onlineDeployments[key] ?? { ok: true, value: [] };
        if (!read.ok)
            continue;
        const list = [...read.value];
        const index = list.findIndex(d => sameName(d.name, resource.name));
        const deployment = plannedDeployment(resource, index >= 0 ? list[index].id : `${endpointId}/deployments/${resource.name}`, 
        // An update keeps the deployment's creation time; a new one is created after this read.
        index >= 0 ? list[index].createdAt : snapshot.collectedAt);
        if (index >= 0)
            list[index] = deployment;
        else
            list.push(deployment);
        onlineDeployments[key] = { ok: true, value: list };
    }
    return {
        ...snapshot,
        onlineEndpoints: live.ok ? { ok: true, value: endpoints } : live,
        onlineDeployments
    };
}
/**
 * Planned deployments whose endpoint is neither live nor planned: `az ml` would refuse them, and
 * no check sees them, so the run says so rather than pass them in silence.
 */
function unattachedDeployments(overlaid) {
    const endpoints = overlaid.onlineEndpoints;
    if (!endpoints.ok)
        return [];
    return (overlaid.planned?.resources ?? []).filter(r => r.kind === 'onlineDeployment' &&
        !endpoints.value.some(e => sameName(e.name, r.endpointName ?? '')));
}
/** The planned resource an endpoint or deployment of the overlaid snapshot comes from. */
function plannedSourceOf(snapshot, resourceId) {
    const id = resourceId.toLowerCase();
    return snapshot.planned?.resources.find(r => {
        const tail = r.kind === 'onlineEndpoint'
            ? `/onlineendpoints/${r.name}`
            : `/onlineendpoints/${r.endpointName ?? ''}/deployments/${r.name}`;
        return id.endsWith(tail.toLowerCase());
    });
}
function plannedEndpoint(resource, id, workspaceId) {
    return {
        id,
        name: resource.name,
        computeType: resource.computeType,
        // ARM reports a Kubernetes endpoint's compute as the compute's id.
        ...(resource.compute ? { compute: `${workspaceId}/computes/${resource.compute}` } : {}),
        ...(resource.publicNetworkAccess ? { publicNetworkAccess: resource.publicNetworkAccess } : {})
    };
}
function plannedDeployment(resource, id, createdAt) {
    return {
        id,
        name: resource.name,
        endpointComputeType: resource.computeType,
        ...(resource.egressPublicNetworkAccess
            ? { egressPublicNetworkAccess: resource.egressPublicNetworkAccess }
            : {}),
        ...(createdAt ? { createdAt } : {})
    };
}
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
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

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ textToMarkdown),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   PT: () => (/* binding */ markup),
/* harmony export */   Tf: () => (/* binding */ withCodeSpans),
/* harmony export */   UF: () => (/* binding */ joinMarkdown),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Our own markup written in the source (literal markdown: headings, bold, tags). */
function markup(strings, ...values) {
    return strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ''), '');
}
/** Lines of markdown joined. */
function joinMarkdown(parts, separator = '\n') {
    return parts.join(separator);
}
/** C0/C1 controls (except tab/newline, handled separately) and bidi overrides. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function escapeLine(text) {
    return (text
        .replace(INVISIBLE, '')
        .replace(/[&<>"]/g, c => ENTITIES[c] ?? c)
        // Markdown punctuation: emphasis, code, links, headings, strikethrough, tables. `(`, `)`
        // and `!` start nothing once `[` is escaped, so they stay as written (fewer backslashes in the source).
        .replace(/[\\`*_[\]#~|]/g, c => `\\${c}`)
        // `@name` would notify a user or team: break the mention with a zero-width space.
        .replace(/@/g, '@&#8203;')
        // GFM turns a bare `https://host` or `www.host` into a link: break both the same way.
        .replace(/:(?=\/\/)/g, ':&#8203;')
        .replace(/\b(www)\./gi, '$1&#8203;.'));
}
/** Untrusted text for inline markdown: newlines become spaces. */
function escapeMarkdown(text) {
    return escapeLine(text.replace(/\r\n|[\r\n\t]/g, ' '));
}
/** Untrusted text for a table cell: as `escapeMarkdown`, newlines become `<br>`. */
function escapeTableCell(text) {
    return text
        .split(/\r\n|[\r\n]/)
        .map(line => escapeLine(line.replace(/\t/g, ' ')))
        .join('<br>');
}
/**
 * Untrusted text shown as inline code (`<code>` so that escapes still apply). In a long
 * value a `/` may break the line (`<wbr>`, not copied), so an ARM id does not widen a
 * table past the page.
 */
function inlineCode(text) {
    const escaped = escapeMarkdown(text);
    const breakable = text.length > LONG_CODE ? escaped.replace(/\//g, '/<wbr>') : escaped;
    return `<code>${breakable}</code>`;
}
/** Longer than a resource name may be (an ARM id, a path): allowed to break at `/`. */
const LONG_CODE = 40;
/**
 * Text whose only markup is code spans (`` `route: auto` ``): the spans show as code,
 * everything else is escaped. Safe for any input, so our words read back from a saved
 * (possibly forged) report can do no more than show code.
 */
function withCodeSpans(text) {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
        out.push(escapeMarkdown(text.slice(last, m.index)), inlineCode(m[1] ?? ''));
        last = m.index + m[0].length;
    }
    out.push(escapeMarkdown(text.slice(last)));
    return out.join('');
}
/** A `Text` as markdown: our words with their code spans, values escaped (as code where marked). */
function textToMarkdown(t) {
    return t
        .map(part => typeof part === 'string'
        ? withCodeSpans(part)
        : 'value' in part
            ? escapeMarkdown(part.value)
            : inlineCode(part.code))
        .join('');
}
/** A markdown link whose URL is ours (catalog doc links, run URLs) and text is untrusted. */
function link(text, url) {
    const safeUrl = /^https:\/\//.test(url)
        ? url.replace(/[()\s<>]/g, c => encodeURIComponent(c))
        : '#';
    return `[${escapeMarkdown(text)}](${safeUrl})`;
}
/** A GFM table of markdown cells. */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => markup `---`)), ...rows.map(line)].join('\n');
}
/**
 * Commands to copy, in a fenced block whose fence is longer than any run of backticks
 * in them (untrusted names cannot close it). A long command is wrapped at its options
 * with shell line continuations, so it fits the page and still pastes as one command.
 */
function codeBlock(commands, language = 'sh') {
    // HTML comment delimiters cannot be in an Azure name; broken here so that the comment's
    // hidden marker stays the only one even when a hostile name quotes it.
    const body = commands
        .map(wrapCommand)
        .join('\n')
        .replace(/\r\n?/g, '\n')
        .replace(/<!--/g, '<!-\u200b-')
        .replace(/--!?>/g, m => `-\u200b${m.slice(1)}`);
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
const WRAP_AT = 72;
function wrapCommand(command) {
    if (command.length <= WRAP_AT || command.includes('\n'))
        return command;
    // Split before each ` --option`; values (names, ids) never hold ` --` followed by a letter.
    const parts = command.split(/ (?=--[a-z])/);
    return parts.map((part, i) => (i === 0 ? part : `  ${part}`)).join(' \\\n');
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

/***/ 89580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPlanned: () => (/* binding */ buildPlanned),
/* harmony export */   plannedArmSource: () => (/* binding */ plannedArmSource),
/* harmony export */   plannedLines: () => (/* binding */ plannedLines),
/* harmony export */   plannedLocations: () => (/* binding */ plannedLocations),
/* harmony export */   plannedSource: () => (/* binding */ plannedSource),
/* harmony export */   plannedTextLines: () => (/* binding */ plannedTextLines),
/* harmony export */   withFileFixes: () => (/* binding */ withFileFixes)
/* harmony export */ });
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5086);
/* harmony import */ var _planned_arm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88240);
/* harmony import */ var _planned_overlay_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88918);
/* harmony import */ var _iac_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2245);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54285);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96867);






/** The key of an Azure ML YAML file that decides what the checks read of this resource. */
function keyOf(resource) {
    if (resource.kind === 'onlineDeployment')
        return 'egress_public_network_access';
    return resource.computeType === 'Kubernetes' ? 'compute' : 'public_network_access';
}
function plannedSource(resource) {
    const key = keyOf(resource);
    const field = resource.fields[key];
    return {
        kind: resource.kind,
        name: resource.name,
        file: resource.file,
        line: field?.line ?? resource.line,
        key,
        ...(field ? { value: field.value } : {})
    };
}
function plannedArmSource(resource) {
    return {
        kind: 'armResource',
        name: resource.id.split('/').pop() ?? resource.id,
        file: resource.file,
        key: resource.type,
        value: resource.change,
        route: resource.route,
        ...(resource.address ? { address: resource.address } : {})
    };
}
/** The YAML resource, else the what-if or Terraform resource, a result's resource comes from. */
function sourceOf(snapshot, resourceId) {
    const yaml = (0,_planned_overlay_js__WEBPACK_IMPORTED_MODULE_5__/* .plannedSourceOf */ .b3)(snapshot, resourceId);
    if (yaml)
        return plannedSource(yaml);
    const arm = (0,_planned_arm_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedArmSourceOf */ .dS)(snapshot, resourceId);
    return arm ? plannedArmSource(arm) : undefined;
}
function worst(results) {
    const statuses = new Set(results.map(r => (r.suppression ? 'pass' : (0,_model_js__WEBPACK_IMPORTED_MODULE_4__.resultStatus)(r))));
    return _model_js__WEBPACK_IMPORTED_MODULE_4__.RESULT_STATUSES.find(s => statuses.has(s)) ?? 'skipped';
}
const byResource = (results) => new Map(results.map(r => [(0,_iac_js__WEBPACK_IMPORTED_MODULE_2__.resultKey)(r), (0,_model_js__WEBPACK_IMPORTED_MODULE_4__.resultStatus)(r)]));
function buildPlanned(snapshot, live, planned, gateOn) {
    if (!snapshot.planned)
        return undefined;
    const ids = [...new Set([...live, ...planned].map(r => r.checkId))];
    const liveStatus = byResource(live);
    const checks = ids.map(checkId => {
        const before = live.filter(r => r.checkId === checkId);
        const after = planned.filter(r => r.checkId === checkId);
        const sources = [];
        for (const result of after) {
            const source = sourceOf(snapshot, result.resource.id);
            if (!source || liveStatus.get((0,_iac_js__WEBPACK_IMPORTED_MODULE_2__.resultKey)(result)) === (0,_model_js__WEBPACK_IMPORTED_MODULE_4__.resultStatus)(result))
                continue;
            if (!sources.some(s => s.file === source.file && s.name === source.name && s.key === source.key))
                sources.push(source);
        }
        return { checkId, live: worst(before), planned: worst(after), sources };
    });
    return { gateOn, files: snapshot.planned.files, checks };
}
/** Annotation locations for planned resources that fail or are unknown after the change. */
function plannedLocations(snapshot, planned) {
    const located = new Map();
    for (const result of planned) {
        if (result.outcome !== 'fail' && result.outcome !== 'unknown')
            continue;
        const source = sourceOf(snapshot, result.resource.id);
        if (!source)
            continue;
        located.set((0,_iac_js__WEBPACK_IMPORTED_MODULE_2__.resultKey)(result), {
            path: source.file,
            // A what-if or plan resource has no line of its own: the annotation names the file.
            line: source.line ?? 1,
            property: source.kind === 'armResource'
                ? `${source.address ?? source.name} (${source.value ?? ''})`
                : source.value === undefined
                    ? `${source.key} (not set)`
                    : source.key
        });
    }
    return located;
}
const WORDS = {
    pass: 'passes',
    fail: 'fails',
    advice: 'gives advice',
    unknown: 'is unknown',
    skipped: 'is skipped'
};
const ROUTE_WORDS = { 'what-if': 'what-if of', terraform: 'Terraform plan' };
const CHANGE_WORDS = {
    Create: 'created',
    Modify: 'changed',
    Delete: 'deleted',
    Deploy: 'deployed',
    Unsupported: 'changed in a way Azure could not predict'
};
/**
 * The planned resource behind a change, in a reviewer's words, once for every medium:
 * `endpoint fraud-score created in the what-if of infra/main.json`,
 * `endpoint fraud-score in deploy/endpoint.yml line 4 sets public_network_access: enabled`.
 */
function sourceText(source) {
    if (source.kind === 'armResource') {
        const noun = (0,_planned_arm_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedArmNoun */ .Pt)(source.key);
        const change = CHANGE_WORDS[source.value ?? ''] ?? (source.value ?? '').toLowerCase();
        const address = source.address ? (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) ` (${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.address)})` : (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) ``;
        return (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .ours */ .Od)(noun)} ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.name)}${address} ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .ours */ .Od)(change)} in the ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .ours */ .Od)(ROUTE_WORDS[source.route ?? 'what-if'])} ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.file)}`;
    }
    const what = source.kind === 'onlineEndpoint' ? 'endpoint' : 'deployment';
    const sets = source.value === undefined
        ? (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `does not set ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.key)} (the service default, enabled, applies)`
        : (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `sets ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${source.key}: ${source.value}`)}`;
    return (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .ours */ .Od)(what)} ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.name)} in ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.file)} line ${source.line ?? 1} ${sets}`;
}
/** The comment's lines for the checks this pull request changes; none when nothing changes. */
function plannedLines(planned) {
    if (!planned)
        return [];
    const changed = planned.checks.filter(c => c.live !== c.planned);
    const files = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .joinMarkdown */ .UF)(planned.files.slice(0, 5).map(f => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(f)), ', ');
    const more = planned.files.length > 5 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ` and ${planned.files.length - 5} more` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ``;
    const lines = [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ``,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `#### What this pull request changes`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ``,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `Judged with ${files}${more} laid over the live workspace; \`fail-on\` judges the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(planned.gateOn === 'both' ? 'live and the planned state' : `${planned.gateOn} state`)}.`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ``
    ];
    if (changed.length === 0) {
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `No check changes with this pull request.`);
        return lines;
    }
    // Checks that change the same way with no planned resource to name (a planned source that
    // could not be read) share one line.
    const grouped = new Map();
    for (const check of changed) {
        if (check.sources.length > 0)
            continue;
        const key = `${check.live}>${check.planned}`;
        grouped.set(key, [...(grouped.get(key) ?? []), check]);
    }
    const done = new Set();
    for (const check of changed) {
        const group = grouped.get(`${check.live}>${check.planned}`);
        if (check.sources.length === 0 && group && group.length > 1) {
            if (done.has(`${check.live}>${check.planned}`))
                continue;
            done.add(`${check.live}>${check.planned}`);
            const ids = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .joinMarkdown */ .UF)(group.map(c => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(c.checkId)), ', ');
            lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `- ${ids}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(WORDS[check.live])} now, **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(WORDS[check.planned])} after this PR**`);
            continue;
        }
        const outcome = check.live === 'fail' && (check.planned === 'pass' || check.planned === 'skipped')
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `fails now, **fixed by this PR**`
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(WORDS[check.live])} now, **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(WORDS[check.planned])} after this PR**`;
        const why = check.sources.length === 0
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ``
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .joinMarkdown */ .UF)(check.sources.slice(0, 3).map(s => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .textToMarkdown */ .AO)(sourceText(s))), '; ')}${check.sources.length > 3 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `; ${check.sources.length - 3} more` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) ``})`;
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markup */ .PT) `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(check.checkId)}: ${outcome}${why}`);
    }
    return lines;
}
/** `plannedLines` for the CLI's terminal report: a heading, then one line per changed check. */
function plannedTextLines(planned) {
    if (!planned)
        return [];
    const files = planned.files.slice(0, 5).join(', ');
    const more = planned.files.length > 5 ? ` and ${planned.files.length - 5} more` : '';
    const state = planned.gateOn === 'both' ? 'live and the planned state' : `${planned.gateOn} state`;
    const lines = [
        `What this change does: ${files}${more} laid over the live workspace; fail-on judges the ${state}.`
    ];
    const changed = planned.checks.filter(c => c.live !== c.planned);
    if (changed.length === 0)
        return [...lines, '  No check changes.'];
    for (const check of changed) {
        const outcome = check.live === 'fail' && (check.planned === 'pass' || check.planned === 'skipped')
            ? 'fails now, fixed by this PR'
            : `${WORDS[check.live]} now, ${WORDS[check.planned]} after this PR`;
        const shown = check.sources.slice(0, 3).map(s => (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(sourceText(s)));
        if (check.sources.length > 3)
            shown.push(`${check.sources.length - 3} more`);
        lines.push(`  ${check.checkId}: ${outcome}${shown.length > 0 ? ` (${shown.join('; ')})` : ''}`);
    }
    return lines;
}
/**
 * The checks whose fix is one key of an Azure ML YAML file, and when that fix applies. MOE-03:
 * `public_network_access` is set by every deploy of the endpoint's file, so a command against
 * the live endpoint would be undone by it. MOE-04: `egress_public_network_access` cannot change
 * on an existing deployment (the check's recreate commands stay), only on a new one.
 */
const FILE_FIXES = {
    'MOE-03': {
        kind: 'onlineEndpoint',
        key: 'public_network_access',
        value: 'disabled',
        newOnly: false
    },
    'MOE-04': {
        kind: 'onlineDeployment',
        key: 'egress_public_network_access',
        value: 'disabled',
        newOnly: true
    }
};
/** Whether the live reads hold this endpoint or deployment (ids compare case-insensitively). */
function isLive(live, resourceId) {
    const id = resourceId.toLowerCase();
    const endpoints = live.onlineEndpoints.ok ? live.onlineEndpoints.value : [];
    const deployments = Object.values(live.onlineDeployments).flatMap(r => (r.ok ? r.value : []));
    return [...endpoints, ...deployments].some(r => r.id.toLowerCase() === id);
}
/**
 * The planned state's failed results whose resource comes from a deployment file: the fix is
 * the line of that file to change (`remedy.edit`), not an `az ml ... update` command against
 * an endpoint that does not exist yet or that the file's deployment would overwrite.
 */
function withFileFixes(live, results) {
    return results.map(result => {
        const fix = FILE_FIXES[result.checkId];
        if (result.outcome === 'fail' && !(0,_planned_overlay_js__WEBPACK_IMPORTED_MODULE_5__/* .plannedSourceOf */ .b3)(live, result.resource.id)) {
            const arm = (0,_planned_arm_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedArmSourceOf */ .dS)(live, result.resource.id);
            if (arm && (arm.change === 'Create' || arm.change === 'Modify'))
                return withArmNote(result, arm);
        }
        if (!fix || result.outcome !== 'fail')
            return result;
        const source = (0,_planned_overlay_js__WEBPACK_IMPORTED_MODULE_5__/* .plannedSourceOf */ .b3)(live, result.resource.id);
        if (!source || source.kind !== fix.kind)
            return result;
        if (fix.newOnly && isLive(live, result.resource.id))
            return result;
        const field = source.fields[fix.key];
        return {
            ...result,
            remedy: {
                commands: [],
                edit: {
                    file: source.file,
                    line: field?.line ?? source.line,
                    key: fix.key,
                    value: fix.value,
                    ...(field ? { current: field.value } : {})
                }
            }
        };
    });
}
/**
 * A failed result of a resource the template or plan creates or changes: the commands show the
 * setting that passes, but run now they would be undone by the deployment; the note says to make
 * the change in the template or the Terraform configuration.
 */
function withArmNote(result, arm) {
    const { name, key } = plannedArmSource(arm);
    const noun = (0,_planned_arm_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedArmNoun */ .Pt)(key);
    const where = arm.route === 'terraform'
        ? (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Make this change in the Terraform configuration of \`${arm.address ?? name}\` (the plan \`${arm.file}\`), not with the command: the apply would undo it.`
        : (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq) `Make this change in the template \`${arm.file}\` (${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .ours */ .Od)(noun)} \`${name}\`), not with the command: the deployment would undo it.`;
    return { ...result, remedy: { ...(result.remedy ?? { commands: [] }), note: where } };
}


/***/ })

};
