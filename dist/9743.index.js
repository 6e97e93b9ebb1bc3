export const id = 9743;
export const ids = [9743,2588];
export const modules = {

/***/ 22588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ ESTATE_REPORT_SCHEMA_VERSION),
/* harmony export */   buildEstateSarif: () => (/* binding */ buildEstateSarif),
/* harmony export */   de: () => (/* binding */ buildEstateReport),
/* harmony export */   renderEstateJson: () => (/* binding */ renderEstateJson),
/* harmony export */   renderEstateSummary: () => (/* binding */ renderEstateSummary)
/* harmony export */ });
/* unused harmony exports computeEstateVerdict, sectionCell */
/* harmony import */ var _evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7081);
/* harmony import */ var _model_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72281);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96867);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52621);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10643);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57994);
/**
 * The estate report: every workspace's report, the workspaces that could not
 * be evaluated, and one verdict across them. Pure; rendered as JSON (the
 * `report-file`), markdown (the job summary) and SARIF.
 */







const ESTATE_REPORT_SCHEMA_VERSION = 1;
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function computeEstateVerdict(workspaces, errors) {
    const failing = [
        ...workspaces.filter(r => r.verdict.failed).map(r => r.target.workspaceId),
        ...errors.filter(e => e.failsGate).map(e => e.workspaceId)
    ];
    const flagged = new Set(workspaces.flatMap(r => r.verdict.failedCheckIds));
    const withFindings = workspaces.filter(r => r.verdict.failedCheckIds.length > 0).length;
    const total = workspaces.length + errors.length;
    const names = failing.map(id => id.split('/').pop() ?? id);
    let headline;
    if (total === 0)
        headline = 'No Machine Learning workspace found in scope';
    else if (failing.length > 0) {
        headline = `${failing.length} of ${plural(total, 'workspace')} ${failing.length === 1 ? 'fails' : 'fail'} the gate: ${names.join(', ')}`;
    }
    else if (withFindings + errors.length > 0) {
        headline = `${withFindings + errors.length} of ${plural(total, 'workspace')} with findings below the fail-on threshold`;
    }
    else
        headline = `All ${plural(total, 'workspace')} pass`;
    return {
        failed: failing.length > 0,
        failingWorkspaceIds: failing,
        failedCheckIds: [
            ..._evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_0__.CHECKS.map(c => c.id).filter(id => flagged.has(id)),
            ...[...flagged].filter(id => !_evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_0__.CHECKS.some(c => c.id === id))
        ],
        counts: { workspaces: total, failing: failing.length, withFindings, errors: errors.length },
        headline
    };
}
function buildEstateReport(workspaces, errors, meta) {
    const byId = (a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase());
    const sortedReports = [...workspaces].sort((a, b) => byId({ id: a.target.workspaceId }, { id: b.target.workspaceId }));
    const sortedErrors = [...errors].sort((a, b) => byId({ id: a.workspaceId }, { id: b.workspaceId }));
    return {
        schemaVersion: ESTATE_REPORT_SCHEMA_VERSION,
        kind: 'estate',
        tool: { name: _model_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l, version: meta.version },
        generatedAt: meta.generatedAt ?? new Date().toISOString(),
        scope: meta.scope,
        failOn: meta.failOn,
        ...(meta.runUrl ? { runUrl: meta.runUrl } : {}),
        ...(meta.sources ? { sources: meta.sources } : {}),
        workspaces: sortedReports,
        errors: sortedErrors,
        verdict: computeEstateVerdict(sortedReports, sortedErrors)
    };
}
function renderEstateJson(report) {
    return JSON.stringify(report, null, 2);
}
// ------------------------------------------------------------ markdown
const RANK = { skipped: 0, pass: 1, advice: 2, unknown: 3, fail: 4 };
/** One cell of the workspaces × sections table: the worst outcome of the section, with counts. */
function sectionCell(report, section) {
    const results = report.results.filter(r => r.section === section && !r.suppression);
    const suppressed = report.results.filter(r => r.section === section && r.suppression).length;
    const note = suppressed > 0 ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` · 🔕 ${suppressed}` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
    if (results.length === 0)
        return suppressed > 0 ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `🔕 ${suppressed} suppressed` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `—`;
    const worst = results.reduce((w, r) => (RANK[(0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__.resultStatus)(r)] > RANK[w] ? (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__.resultStatus)(r) : w), 'skipped');
    const count = (s) => results.filter(r => (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__.resultStatus)(r) === s).length;
    switch (worst) {
        case 'fail': {
            const unknown = count('unknown');
            return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `❌ ${count('fail')} fail${unknown ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` · ⚠️ ${unknown} unknown` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``}${note}`;
        }
        case 'unknown':
            return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `⚠️ ${count('unknown')} unknown${note}`;
        case 'advice':
            return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `💡 ${count('advice')} advice${note}`;
        case 'pass':
            return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `✅ pass${note}`;
        case 'skipped':
            return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `⏭️ skipped${note}`;
    }
}
function verdictCell(report) {
    if (report.verdict.failed)
        return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `❌ fails the gate`;
    return report.verdict.failedCheckIds.length > 0 ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `⚠️ findings` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `✅ pass`;
}
function estateIcon(report) {
    if (report.verdict.failed)
        return '❌';
    return report.verdict.counts.withFindings + report.verdict.counts.errors > 0 ? '⚠️' : '✅';
}
function sourcesLine(sources) {
    if (!sources)
        return undefined;
    const parts = [
        `**Azure Resource Graph:** ${plural(sources.queries, 'query', 'queries')}, ${plural(sources.pages, 'page')}, ${plural(sources.rows, 'row')}; ${plural(sources.readsServed, 'read')} answered from it instead of ARM; ${plural(sources.readsShared ?? 0, 'read')} of shared resources (hub network, firewall, RBAC) reused across workspaces`
    ];
    for (const fallback of sources.fallbacks)
        parts.push(`> ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(fallback)}`);
    return parts.join('\n>\n');
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/**
 * The estate job summary: the verdict, a table of workspaces × checklist
 * sections, then each workspace's own summary, folded. Within GitHub's 1 MiB:
 * each workspace's summary gets an equal share of what the table leaves (and
 * shrinks the way a single workspace's summary does).
 */
function renderEstateSummary(report, options = {}) {
    const max = options.maxBytes ?? _report_summary_js__WEBPACK_IMPORTED_MODULE_5__.SUMMARY_LIMIT_BYTES;
    const sections = Object.keys(_model_check_js__WEBPACK_IMPORTED_MODULE_1__/* .SECTIONS */ .b);
    const head = [
        `## ${estateIcon(report)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.tool.name)} estate: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.verdict.headline)}`,
        '',
        `**Scope:** ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(report.scope)} · **Workspaces:** ${report.verdict.counts.workspaces} · **fail-on:** ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(report.failOn)}`
    ];
    const sources = sourcesLine(report.sources);
    if (sources)
        head.push('', sources);
    if (report.runUrl && /^https:\/\//.test(report.runUrl))
        head.push('', `[Workflow run](${report.runUrl})`);
    const rows = report.workspaces.map(r => [
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(r.target.workspaceName),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(r.target.resourceGroup),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(r.target.subscriptionId),
        ...sections.map(s => sectionCell(r, s)),
        verdictCell(r)
    ]);
    for (const e of report.errors) {
        rows.push([
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(e.workspaceName),
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(e.resourceGroup),
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(e.subscriptionId),
            ...sections.map(() => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `⚠️`),
            e.failsGate ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `⚠️ not evaluated (fails the gate)` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `⚠️ not evaluated`
        ]);
    }
    if (rows.length > 0) {
        head.push('', '### Workspaces', '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)([
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Workspace`,
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Resource group`,
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Subscription`,
            ...sections.map(s => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(_model_check_js__WEBPACK_IMPORTED_MODULE_1__/* .SECTIONS */ .b[s])),
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Verdict`
        ], rows));
    }
    if (report.errors.length > 0) {
        head.push('', '### Not evaluated', '');
        for (const e of report.errors) {
            head.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(e.workspaceId)}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(e.reason)}`);
        }
    }
    const top = head.join('\n') + '\n';
    const tail = '\n---\n\n' +
        `<sub>${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${report.tool.name} ${report.tool.version} · generated at ${report.generatedAt}`)}</sub>\n`;
    if (report.workspaces.length === 0)
        return top + tail;
    // Per workspace: its <details> wrapper plus its summary within an equal share.
    const share = Math.floor((max - bytes(top) - bytes(tail) - 200) / report.workspaces.length);
    const details = report.workspaces.map(r => {
        const summary = `<summary>${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.target.workspaceName)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.target.resourceGroup)}): ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.verdict.headline)}</summary>`;
        const wrapper = `\n<details>\n${summary}\n\n\n\n</details>\n`;
        const body = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__.renderSummary)(r, { maxBytes: Math.max(1000, share - bytes(wrapper)) });
        return `\n<details>\n${summary}\n\n${body}\n\n</details>\n`;
    });
    return `${top}\n### Details\n${details.join('')}${tail}`;
}
// ------------------------------------------------------------ SARIF
/**
 * One SARIF run for the whole estate (code scanning refuses several runs of
 * one tool and category in a file): the catalog as rules, every workspace's
 * failed and unknown results. Fingerprints include the resource id, so alerts
 * of different workspaces stay apart.
 */
function buildEstateSarif(report, options = {}) {
    return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_4__.sarifLog)(report, report.workspaces, {
        workspaceId: report.scope,
        verdict: report.verdict.headline,
        collectedAt: report.generatedAt
    }, options);
}


/***/ }),

/***/ 19743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  estateGateMessage: () => (/* binding */ estateGateMessage),
  estateTimingLine: () => (/* binding */ estateTimingLine),
  plain: () => (/* binding */ plain),
  scanEstate: () => (/* binding */ scanEstate)
});

// EXTERNAL MODULE: ./src/collect/collect.ts + 12 modules
var collect = __webpack_require__(39893);
// EXTERNAL MODULE: ./src/collect/read.ts
var read = __webpack_require__(98008);
// EXTERNAL MODULE: ./src/model/resource-id.ts
var resource_id = __webpack_require__(51391);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/run/pipeline.ts + 3 modules
var pipeline = __webpack_require__(68053);
// EXTERNAL MODULE: ./src/model/version.ts
var version = __webpack_require__(52621);
// EXTERNAL MODULE: ./src/estate/report.ts
var estate_report = __webpack_require__(22588);
;// CONCATENATED MODULE: ./src/estate/queries.ts
/**
 * The Azure Resource Graph queries of an estate scan. The emulator answers
 * exactly these (it matches the query text, it does not interpret KQL), so
 * both import them from here.
 *
 * Tables and types (Microsoft's "Azure Resource Graph table and resource type
 * reference"): workspaces, private endpoints, virtual networks (their subnets
 * are embedded in `properties.subnets`), NSGs, route tables and AKS clusters
 * are in `resources`; cluster extensions in `kubernetesconfigurationresources`.
 * Rows are projected to ARM's shape (`id`, `name`, `type`, `location`,
 * `properties`), so the same normalizers read them as GET bodies.
 */
/** The api-version `@azure/arm-resourcegraph` 5 sends for `POST /providers/Microsoft.ResourceGraph/resources`. */
const RESOURCE_GRAPH_API_VERSION = '2024-04-01';
/** Rows per page asked for (`$top`); Resource Graph's maximum is 1,000. */
const RESOURCE_GRAPH_PAGE_SIZE = 1000;
const QUERY_TEMPLATES = {
    workspaces: {
        table: 'resources',
        types: ['microsoft.machinelearningservices/workspaces'],
        columns: [
            'id',
            'name',
            'type',
            'kind',
            'location',
            'resourceGroup',
            'subscriptionId',
            'properties'
        ]
    },
    network: {
        table: 'resources',
        types: [
            'microsoft.network/privateendpoints',
            'microsoft.network/virtualnetworks',
            'microsoft.network/networksecuritygroups',
            'microsoft.network/routetables',
            'microsoft.containerservice/managedclusters'
        ],
        columns: ['id', 'name', 'type', 'location', 'properties']
    },
    clusterExtensions: {
        table: 'kubernetesconfigurationresources',
        types: ['microsoft.kubernetesconfiguration/extensions'],
        columns: ['id', 'name', 'type', 'properties']
    }
};
/** The KQL text of a template; ordered by id so that `$skipToken` pages are stable. */
function graphQuery(name) {
    const { table, types, columns } = QUERY_TEMPLATES[name];
    const where = types.length === 1
        ? `type =~ '${types[0]}'`
        : `type in~ (${types.map(t => `'${t}'`).join(', ')})`;
    return `${table} | where ${where} | project ${columns.join(', ')} | order by id asc`;
}
/** Which template a query text is, or undefined. */
function templateOf(query) {
    return Object.keys(QUERY_TEMPLATES).find(name => graphQuery(name) === query);
}

;// CONCATENATED MODULE: ./src/estate/resource-graph.ts


/** Safety stop for a service that keeps answering with a `$skipToken`. */
const MAX_PAGES = 1000;
/** Every row of one query over the scope, following `$skipToken`; a failure is kept, not thrown. */
function queryAll(client, scope, name) {
    const target = scope.kind === 'subscriptions'
        ? { subscriptions: scope.subscriptionIds }
        : { managementGroups: [scope.managementGroupId] };
    return (0,read/* read */.LF)(async () => {
        const rows = [];
        let skipToken;
        let pages = 0;
        do {
            const page = await client.resources({
                ...target,
                query: graphQuery(name),
                options: {
                    resultFormat: 'objectArray',
                    top: RESOURCE_GRAPH_PAGE_SIZE,
                    ...(skipToken ? { skipToken } : {})
                }
            });
            pages++;
            // An answer without its rows is not "no workspaces": the scan would pass on nothing.
            if (!Array.isArray(page.data)) {
                throw (0,read/* malformedResponse */.pk)(`Resource Graph answered query ${name} with \`data\` that is not an array (objectArray format)`);
            }
            for (const row of page.data) {
                if (!isRow(row)) {
                    throw (0,read/* malformedResponse */.pk)(`Resource Graph answered query ${name} with a row that is not an object`);
                }
                rows.push(row);
            }
            skipToken = page.skipToken || undefined;
        } while (skipToken && pages < MAX_PAGES);
        if (skipToken) {
            throw Object.assign(new Error(`Resource Graph still had rows after ${MAX_PAGES} pages of query ${name}; the scan stopped rather than judge part of the estate`), { statusCode: 200, code: 'TooManyPages' });
        }
        return { rows, pages };
    });
}
function isRow(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
const WORKSPACE_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)$/i;
/** Workspace rows (or ARM list items) → targets; the id's spelling is kept (Resource Graph lower-cases `resourceGroup`). */
function foundWorkspaces(rows) {
    const seen = new Set();
    const found = [];
    for (const row of rows) {
        const id = str(row['id']) ?? '';
        const match = WORKSPACE_ID.exec(id);
        if (!match || seen.has(id.toLowerCase()))
            continue;
        seen.add(id.toLowerCase());
        found.push({
            id,
            subscriptionId: match[1].toLowerCase(),
            resourceGroup: match[2],
            name: match[3]
        });
    }
    return found.sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()));
}
const EXTENSION_PARENT = /^(.*)\/providers\/microsoft\.kubernetesconfiguration\/extensions\/[^/]+$/i;
/**
 * The rows of the scope's queries as known bodies. Subnets are taken from
 * their virtual network's `properties.subnets` (Resource Graph has no subnet
 * rows). A cluster's extensions are known when the extensions query
 * succeeded and the cluster itself is in the results (so "none" is a fact,
 * not a cluster outside the scope). Counts the reads it answers.
 */
class GraphResources {
    bodies = new Map();
    extensions = new Map();
    extensionsKnown;
    /** Reads answered from Resource Graph instead of ARM. */
    served = 0;
    /** Reads answered from another workspace's identical read. */
    reused = 0;
    shared = new Map();
    /** See KnownResources.share: hub networks, firewalls and their RBAC are read once per scan. */
    share = (key, start) => {
        const pending = this.shared.get(key);
        if (pending) {
            this.reused++;
            return pending;
        }
        const started = start();
        this.shared.set(key, started);
        return started;
    };
    constructor(rows) {
        for (const row of [...(rows.workspaces ?? []), ...(rows.network ?? [])]) {
            const id = str(row['id']);
            if (!id)
                continue;
            this.bodies.set(id.toLowerCase(), row);
            if (str(row['type'])?.toLowerCase() === 'microsoft.network/virtualnetworks') {
                const props = row['properties'];
                for (const subnet of Array.isArray(props?.subnets) ? props.subnets : []) {
                    const subnetId = isRow(subnet) ? str(subnet['id']) : undefined;
                    if (subnetId)
                        this.bodies.set(subnetId.toLowerCase(), subnet);
                }
            }
        }
        this.extensionsKnown = rows.clusterExtensions !== undefined;
        for (const row of rows.clusterExtensions ?? []) {
            const parent = EXTENSION_PARENT.exec(str(row['id']) ?? '')?.[1];
            if (!parent)
                continue;
            const key = parent.toLowerCase();
            this.extensions.set(key, [...(this.extensions.get(key) ?? []), row]);
        }
    }
    get size() {
        return this.bodies.size;
    }
    body(id) {
        const body = this.bodies.get(id.toLowerCase());
        if (body !== undefined)
            this.served++;
        return body;
    }
    clusterExtensions(clusterId) {
        const key = clusterId.toLowerCase();
        if (!this.extensionsKnown || !this.bodies.has(key))
            return undefined;
        this.served++;
        return this.extensions.get(key) ?? [];
    }
}
/** Which query a row set came from, for log lines. */
const QUERY_LABELS = {
    workspaces: 'Machine Learning workspaces',
    network: 'private endpoints, virtual networks and subnets, NSGs, route tables, AKS clusters',
    clusterExtensions: 'cluster extensions'
};

// EXTERNAL MODULE: ./src/settings/scope.ts
var settings_scope = __webpack_require__(86733);
;// CONCATENATED MODULE: ./src/estate/scan.ts









/** One line without control or bidi characters: names from Azure must not start a workflow command. */
function plain(text) {
    return text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ');
}
function reason(result) {
    return result.ok
        ? ''
        : `${result.error.status ?? 'no response'} ${result.error.code}: ${result.error.message}`;
}
/**
 * The estate scan itself, for the action and the CLI alike: Resource Graph
 * queries, then each workspace collected and evaluated (src/run/pipeline.ts's
 * `evaluate`), into one estate report. Logs through `log`; no @actions/core.
 */
async function scanEstate(settings, azure, log, runUrl) {
    const { clients, identity, suppressions } = azure;
    const scope = settings.scope;
    const scopeLabel = (0,settings_scope/* scopeText */.Cm)(scope);
    log.info(`Estate scan of ${scopeLabel} through Azure Resource Graph (${settings.cloud.armEndpoint}); no pull-request comment is written in this mode.`);
    const graph = await clients.resourceGraph();
    const sources = {
        queries: 0,
        pages: 0,
        rows: 0,
        readsServed: 0,
        readsShared: 0,
        fallbacks: []
    };
    const run = async (name) => {
        const result = await queryAll(graph, scope, name);
        sources.queries++;
        if (result.ok) {
            sources.pages += result.value.pages;
            sources.rows += result.value.rows.length;
        }
        return result;
    };
    // The three queries at once: the network and extension rows do not depend on the workspaces.
    const [workspaceRows, networkRows, extensionRows] = await Promise.all([
        run('workspaces'),
        run('network'),
        run('clusterExtensions')
    ]);
    let workspaces;
    if (workspaceRows.ok) {
        workspaces = foundWorkspaces(workspaceRows.value.rows);
    }
    else {
        workspaces = await listWithArm(clients, scope, reason(workspaceRows), log);
        sources.fallbacks.push(`Resource Graph could not list the workspaces (${reason(workspaceRows)}); they were listed and read through ARM instead. Grant Reader on the scope (Resource Graph returns only what the identity may read).`);
    }
    const rows = (name, result) => {
        if (result.ok)
            return result.value.rows;
        // After a refused workspace query, the fallback line above already says it all.
        if (workspaceRows.ok) {
            sources.fallbacks.push(`Resource Graph refused the query for ${QUERY_LABELS[name]} (${reason(result)}); those resources were read from ARM one by one.`);
        }
        return undefined;
    };
    const network = rows('network', networkRows);
    const clusterExtensions = rows('clusterExtensions', extensionRows);
    const known = new GraphResources({
        ...(workspaceRows.ok ? { workspaces: workspaceRows.value.rows } : {}),
        ...(network ? { network } : {}),
        ...(clusterExtensions ? { clusterExtensions } : {})
    });
    for (const fallback of sources.fallbacks)
        log.warning(fallback);
    log.info(`Found ${workspaces.length} Machine Learning workspace(s) in ${scopeLabel}; Resource Graph: ${sources.queries} queries, ${sources.pages} pages, ${sources.rows} rows.`);
    const reports = [];
    const errors = [];
    const warnings = new Set();
    const limit = new read/* Semaphore */.jf(Math.max(1, settings.maxConcurrency));
    const collectStarted = performance.now();
    await Promise.all(workspaces.map(ws => limit.run(async () => {
        const target = {
            subscriptionId: ws.subscriptionId,
            resourceGroup: ws.resourceGroup,
            workspaceName: ws.name,
            workspaceId: (0,resource_id/* workspaceResourceId */.i)(ws.subscriptionId, ws.resourceGroup, ws.name)
        };
        try {
            const snapshot = await (0,collect.collectSnapshot)({
                clients,
                target,
                request: {
                    route: settings.route,
                    deploymentMethod: settings.deploymentMethod,
                    ...(settings.principalId ? { principalId: settings.principalId } : {})
                },
                cloud: settings.cloud.name,
                known,
                ...(identity.objectId ? { loginObjectId: identity.objectId } : {})
            });
            const { report } = (0,pipeline.evaluate)(snapshot, (0,pipeline.evaluateSettingsOf)(settings, suppressions, runUrl ? { runUrl } : {}), 
            // The same notes for every workspace: each warning once for the scan.
            { info: () => undefined, warning: w => warnings.add(w) });
            reports.push(report);
        }
        catch (error) {
            errors.push({
                workspaceId: target.workspaceId,
                subscriptionId: target.subscriptionId,
                resourceGroup: target.resourceGroup,
                workspaceName: target.workspaceName,
                reason: error instanceof Error ? error.message : String(error),
                failsGate: settings.failOn.mode !== 'none'
            });
        }
    })));
    const collectMs = performance.now() - collectStarted;
    for (const w of warnings)
        log.warning(w);
    sources.readsServed = known.served;
    sources.readsShared = known.reused;
    const report = (0,estate_report/* buildEstateReport */.de)(reports, errors, {
        version: version/* VERSION */.x,
        scope: scopeLabel,
        failOn: settings.failOnText,
        sources,
        ...(runUrl ? { runUrl } : {})
    });
    return { report, collectMs, served: known.served, reused: known.reused };
}
/** The estate's timing line: what the Resource Graph and ARM reads cost. */
function estateTimingLine(scan, arm, maxConcurrency) {
    return `ARM reads: ${arm.requests} requests (Resource Graph queries included; ${scan.served} reads answered from Resource Graph, ${scan.reused} shared across workspaces)${arm.throttled ? ` (${arm.throttled} throttled, retried after Retry-After)` : ''}, ${arm.busyMs} ms in ARM, collection ${Math.round(scan.collectMs)} ms, total ${Math.round(performance.now())} ms (max-concurrency ${maxConcurrency})`;
}
/** Subscription scopes only: Resource Graph is the only way to list a management group's workspaces. */
async function listWithArm(clients, scope, why, log) {
    if (scope.kind !== 'subscriptions') {
        throw new errors/* ConfigurationError */.j(`Azure Resource Graph could not list the workspaces of management group '${scope.managementGroupId}' (${why}).\nFix: assign the Reader role to the identity on the management group (az role assignment create --assignee <client-id> --role Reader --scope /providers/Microsoft.Management/managementGroups/${scope.managementGroupId}), or use \`scope: subscription:<id>,...\`.`);
    }
    const lists = await Promise.all(scope.subscriptionIds.map(async (id) => {
        const ml = await clients.machineLearning(id);
        const items = await (0,read/* read */.LF)(() => (0,read/* listRaw */.zD)(o => ml.workspaces.listBySubscription(o).byPage()));
        if (!items.ok)
            log.warning(`Could not list the workspaces of subscription ${id} through ARM either (${reason(items)}).`);
        return items.ok ? items.value : [];
    }));
    return foundWorkspaces(lists.flat());
}
/** Why the gate failed across workspaces, naming the failing ones; undefined when it passed. */
function estateGateMessage(report, failOnText) {
    if (!report.verdict.failed)
        return undefined;
    const byId = new Map(report.workspaces.map(r => [r.target.workspaceId, r]));
    const lines = report.verdict.failingWorkspaceIds.map(id => {
        const r = byId.get(id);
        return r
            ? `- ${plain(r.target.workspaceName)} (${plain(r.target.resourceGroup)}, ${r.target.subscriptionId}): ${r.verdict.gatingResults
                .map(g => g.checkId)
                .filter((v, i, a) => a.indexOf(v) === i)
                .join(', ')}`
            : `- ${plain(id.split('/').pop() ?? id)}: not evaluated`;
    });
    return `Inference environment check failed for ${lines.length} workspace(s) (fail-on: ${failOnText}):\n${lines.join('\n')}`;
}


/***/ })

};
