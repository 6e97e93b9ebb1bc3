export const id = 2588;
export const ids = [2588];
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


/***/ })

};
