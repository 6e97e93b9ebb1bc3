export const id = 6867;
export const ids = [6867];
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
