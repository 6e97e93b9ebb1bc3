export const id = 150;
export const ids = [150];
export const modules = {

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
