export const id = 760;
export const ids = [760,150];
export const modules = {

/***/ 57760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addSavedReport: () => (/* binding */ addSavedReport),
/* harmony export */   estateReportProblem: () => (/* binding */ estateReportProblem),
/* harmony export */   mergeSavedReports: () => (/* binding */ mergeSavedReports),
/* harmony export */   runMergeReports: () => (/* binding */ runMergeReports)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88179);
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43324);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(87206);
/* harmony import */ var _publish_from_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48390);
/* harmony import */ var _model_json_shape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50663);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52621);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22588);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36150);
/**
 * `merge-reports`: the second job of the matrix pattern (docs/estate.md). It
 * reads the JSON reports earlier jobs saved (estate reports, or single
 * workspace reports) and writes one estate summary, report-file and outputs,
 * without logging in to Azure. The files come from artifacts: each is checked
 * before any renderer reads it, and every text in it is escaped when rendered.
 * The verdicts are the saved ones (each job applied its `fail-on`); like
 * `from-report`, this step reports them and does not fail on them.
 */










/** What is wrong with `data` as an estate report, or undefined. */
function estateReportProblem(data) {
    if (!(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(data))
        return 'the file does not hold a JSON object';
    if (data['schemaVersion'] !== _report_js__WEBPACK_IMPORTED_MODULE_5__/* .ESTATE_REPORT_SCHEMA_VERSION */ .HR) {
        return `schemaVersion is ${JSON.stringify(data['schemaVersion'] ?? null)}, this version of the action reads ${_report_js__WEBPACK_IMPORTED_MODULE_5__/* .ESTATE_REPORT_SCHEMA_VERSION */ .HR}`;
    }
    for (const key of ['scope', 'failOn', 'generatedAt']) {
        if (typeof data[key] !== 'string')
            return `${key} is not a string`;
    }
    if (!Array.isArray(data['workspaces']))
        return 'workspaces is not a list';
    if (!Array.isArray(data['errors']))
        return 'errors is not a list';
    for (const [i, ws] of data['workspaces'].entries()) {
        const problem = (0,_publish_from_report_js__WEBPACK_IMPORTED_MODULE_4__/* .reportProblem */ .kM)(ws);
        if (problem)
            return `workspaces[${i}]: ${problem}`;
    }
    for (const [i, e] of data['errors'].entries()) {
        if (!(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(e) ||
            !['workspaceId', 'subscriptionId', 'resourceGroup', 'workspaceName', 'reason'].every(k => typeof e[k] === 'string') ||
            typeof e['failsGate'] !== 'boolean') {
            return `errors[${i}] is not { workspaceId, subscriptionId, resourceGroup, workspaceName, reason, failsGate }`;
        }
    }
    return undefined;
}
/** Adds one parsed file to `into`; throws a ConfigurationError naming the file when it is not a report. */
function addSavedReport(into, file, text) {
    const where = `\`merge-reports\`: ${JSON.stringify(file)}`;
    const data = (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSavedReport */ .Dn)(text, where);
    if ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(data) && data['kind'] === 'estate') {
        const problem = estateReportProblem(data);
        if (problem) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j(`${where} is not an aml-inference-guard estate report: ${problem}. Upload the file the \`report-file\` output names, unchanged, and use the same major version of the action in every job.`);
        }
        const estate = data;
        into.workspaces.push(...estate.workspaces);
        into.errors.push(...estate.errors);
        into.scopes.push(estate.scope);
        into.failOns.push(estate.failOn);
        if (estate.sources)
            into.sources.push(estate.sources);
        return;
    }
    const problem = (0,_publish_from_report_js__WEBPACK_IMPORTED_MODULE_4__/* .reportProblem */ .kM)(data);
    if (problem) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j(`${where} is not an aml-inference-guard report: ${problem}. Upload the file the \`report-file\` output names, unchanged, and use the same major version of the action in every job.`);
    }
    const report = data;
    into.workspaces.push(report);
    into.scopes.push(`workspace:${report.target.workspaceId}`);
    into.failOns.push(report.failOn);
}
/** One estate report from saved ones; a workspace in several files is kept once (the newest). */
function mergeSavedReports(saved, generatedAt) {
    const newest = new Map();
    for (const r of saved.workspaces) {
        const key = r.target.workspaceId.toLowerCase();
        const seen = newest.get(key);
        if (!seen || r.generatedAt > seen.generatedAt)
            newest.set(key, r);
    }
    const errors = saved.errors.filter(e => !newest.has(e.workspaceId.toLowerCase()));
    const unique = (values) => [...new Set(values)].join(' + ') || 'none';
    const sources = saved.sources.reduce((sum, s) => ({
        queries: (sum?.queries ?? 0) + s.queries,
        pages: (sum?.pages ?? 0) + s.pages,
        rows: (sum?.rows ?? 0) + s.rows,
        readsServed: (sum?.readsServed ?? 0) + s.readsServed,
        readsShared: (sum?.readsShared ?? 0) + (s.readsShared ?? 0),
        fallbacks: [...(sum?.fallbacks ?? []), ...s.fallbacks]
    }), undefined);
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .buildEstateReport */ .de)([...newest.values()], errors, {
        version: _model_version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x,
        scope: unique(saved.scopes),
        failOn: unique(saved.failOns),
        ...(sources ? { sources } : {}),
        ...(generatedAt ? { generatedAt } : {})
    });
}
const MAX_FILES = 1000;
async function runMergeReports(settings) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
    const patterns = settings.mergeReports.map(p => {
        const negated = p.startsWith('!');
        const body = negated ? p.slice(1) : p;
        return (negated ? '!' : '') + (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(body) ? body : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, body));
    });
    const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_1__.create(patterns.join('\n'), { matchDirectories: false });
    const files = (await globber.glob()).sort();
    if (files.length === 0) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j(`\`merge-reports\`: no file matched ${settings.mergeReports.map(p => JSON.stringify(p)).join(', ')} (relative to the workspace). Download the reports first (actions/download-artifact with \`pattern\` and \`merge-multiple: true\`), then point the globs at them.`);
    }
    if (files.length > MAX_FILES) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j(`\`merge-reports\`: matched ${files.length} files; at most ${MAX_FILES} are merged. Narrow the globs to the downloaded reports.`);
    }
    const saved = { workspaces: [], errors: [], scopes: [], failOns: [], sources: [] };
    for (const file of files) {
        addSavedReport(saved, node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, file) || file, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file, 'utf8'));
    }
    const report = mergeSavedReports(saved);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Merged ${files.length} saved report(s) into one estate report of ${report.verdict.counts.workspaces} workspace(s); Azure is not contacted in merge-reports mode.`);
    await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__.writeEstateOutputs)(report, settings);
}


/***/ }),

/***/ 36150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEstate: () => (/* binding */ runEstate),
  writeEstateOutputs: () => (/* binding */ writeEstateOutputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/auth/action-login.ts + 4 modules
var action_login = __webpack_require__(7810);
// EXTERNAL MODULE: ./src/log/log-safe.ts
var log_safe = __webpack_require__(45000);
// EXTERNAL MODULE: ./src/run/pipeline.ts + 2 modules
var pipeline = __webpack_require__(34924);
// EXTERNAL MODULE: ./src/collect/clients.ts + 1 modules
var clients = __webpack_require__(19137);
// EXTERNAL MODULE: ./src/collect/pipeline.ts
var collect_pipeline = __webpack_require__(63558);
;// CONCATENATED MODULE: ./src/run/connect.ts
/**
 * Login (GitHub OIDC → Entra ID) and the ARM clients built on it, for the
 * estate scan; the single-workspace run reaches the same two through
 * src/run/pipeline.ts's `collect`.
 */





async function connectAzure(settings) {
    // Counted from the start of the process: the whole scan, login included.
    const deadline = new collect_pipeline/* RunDeadline */.sQ(settings.timeoutSeconds, 0);
    const { credential, identity } = await (0,action_login/* actionLogin */.g)(settings, deadline);
    return { clients: (0,pipeline/* armClients */.b_)(clients.AzureClients, credential, settings, log_safe/* log */.Rm, deadline), identity };
}

// EXTERNAL MODULE: ./src/publish/context.ts
var context = __webpack_require__(49748);
// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/settings/suppressions-file.ts
var suppressions_file = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/estate/report.ts
var estate_report = __webpack_require__(22588);
// EXTERNAL MODULE: ./src/estate/scan.ts + 2 modules
var estate_scan = __webpack_require__(19743);
;// CONCATENATED MODULE: ./src/estate/run.ts
/**
 * The action's edge of an estate scan (`scope`, docs/estate.md): login, the
 * scan itself (scan.ts: Resource Graph, then each workspace through the shared
 * pipeline), then one estate report as job summary, JSON report, SARIF,
 * annotations and outputs, and the gate. No pull-request comment in this mode.
 */











async function runEstate(settings) {
    const suppressions = (0,suppressions_file/* loadSuppressions */.P)({
        file: settings.configFile,
        explicit: settings.configFileExplicit,
        workspace: process.env['GITHUB_WORKSPACE'],
        info: log_safe/* log */.Rm.info
    });
    const { clients, identity } = await connectAzure(settings);
    const pullRequest = (0,context/* readPullRequestContext */.uV)();
    const scan = await (0,estate_scan.scanEstate)(settings, { clients, identity, suppressions }, log_safe/* log */.Rm, pullRequest.runUrl);
    await writeEstateOutputs(scan.report, settings);
    log_safe/* log */.Rm.info((0,estate_scan.estateTimingLine)(scan, clients.stats, settings.maxConcurrency));
    const failure = (0,estate_scan.estateGateMessage)(scan.report, settings.failOnText);
    if (failure)
        core.setFailed(failure);
}
/** Job summary, JSON report, SARIF, annotations and outputs of an estate report (scan or merge). */
async function writeEstateOutputs(report, settings) {
    const dir = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'aml-inference-guard');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const reportFile = (0,external_node_path_.join)(dir, 'estate-report.json');
    (0,external_node_fs_.writeFileSync)(reportFile, (0,estate_report.renderEstateJson)(report) + '\n');
    if (process.env['GITHUB_STEP_SUMMARY']) {
        await core.summary.addRaw((0,estate_report.renderEstateSummary)(report), true).write();
    }
    else {
        core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.');
    }
    if (settings.sarifFile) {
        const target = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd(), settings.sarifFile);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        const fallbackFile = (0,report_sarif/* workflowFileFromRef */.t5)(process.env['GITHUB_WORKFLOW_REF']);
        const actionRepo = process.env['GITHUB_ACTION_REPOSITORY'];
        const sarif = (0,estate_report.buildEstateSarif)(report, {
            ...(fallbackFile ? { fallbackFile } : {}),
            ...(actionRepo ? { informationUri: `https://github.com/${actionRepo}` } : {})
        });
        (0,external_node_fs_.writeFileSync)(target, JSON.stringify(sarif, null, 2) + '\n');
        core.info(`SARIF written to ${target}`);
    }
    for (const line of annotations(report))
        core[line.level](line.message, { title: line.title });
    for (const r of report.workspaces) {
        core.info(`${(0,estate_scan.plain)(r.target.workspaceId)}: ${(0,estate_scan.plain)(r.verdict.headline)}`);
    }
    for (const e of report.errors)
        core.info(`${(0,estate_scan.plain)(e.workspaceId)}: not evaluated (${(0,estate_scan.plain)(e.reason)})`);
    core.setOutput('result', report.verdict.failed ? 'fail' : 'pass');
    core.setOutput('failed-checks', report.verdict.failedCheckIds.filter(id => /^[A-Za-z0-9_-]+$/.test(id)).join(','));
    core.setOutput('report-file', reportFile);
    core.info((0,estate_scan.plain)(report.verdict.headline));
}
/** GitHub shows 10 per level: one per workspace with findings, the gate's own error kept free. */
function annotations(report) {
    const out = [];
    const problems = [
        ...report.workspaces
            .filter(r => r.verdict.failedCheckIds.length > 0)
            .map(r => ({
            level: r.verdict.failed ? 'error' : 'warning',
            title: (0,estate_scan.plain)(`${r.target.workspaceName}: ${r.verdict.failedCheckIds.join(', ')}`),
            message: (0,estate_scan.plain)(`${r.target.workspaceId}: ${r.verdict.headline}. See the job summary.`)
        })),
        ...report.errors.map(e => ({
            level: e.failsGate ? 'error' : 'warning',
            title: (0,estate_scan.plain)(`${e.workspaceName}: not evaluated`),
            message: (0,estate_scan.plain)(`${e.workspaceId}: ${e.reason}`)
        }))
    ].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
    const slots = { error: report.verdict.failed ? 9 : 10, warning: 10 };
    let left = 0;
    for (const p of problems) {
        if (slots[p.level] > 0) {
            slots[p.level]--;
            out.push(p);
        }
        else
            left++;
    }
    if (left > 0) {
        out.push({
            level: 'notice',
            title: `${left} more workspace(s) with findings`,
            message: `${left} more workspace(s) with findings are not annotated (GitHub shows 10 annotations per level); the job summary and the JSON report list them all.`
        });
    }
    return out;
}


/***/ })

};
