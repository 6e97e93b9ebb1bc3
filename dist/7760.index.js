export const id = 7760;
export const ids = [7760,8390];
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
        const problem = (0,_publish_from_report_js__WEBPACK_IMPORTED_MODULE_4__.reportProblem)(ws);
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
    const problem = (0,_publish_from_report_js__WEBPACK_IMPORTED_MODULE_4__.reportProblem)(data);
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
// EXTERNAL MODULE: ./src/run/pipeline.ts + 3 modules
var pipeline = __webpack_require__(68053);
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
    return { clients: (0,pipeline.armClients)(clients.AzureClients, credential, settings, log_safe/* log */.Rm, deadline), identity };
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
    const suppressions = await (0,suppressions_file/* loadSuppressions */.P)({
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
        const fallbackFile = (0,report_sarif.workflowFileFromRef)(process.env['GITHUB_WORKFLOW_REF']);
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


/***/ }),

/***/ 48390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postSavedReport: () => (/* binding */ postSavedReport),
/* harmony export */   readSavedReport: () => (/* binding */ readSavedReport),
/* harmony export */   reportProblem: () => (/* binding */ reportProblem),
/* harmony export */   untrustedView: () => (/* binding */ untrustedView)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88179);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7081);
/* harmony import */ var _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(12396);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(87206);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49748);
/* harmony import */ var _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45000);
/* harmony import */ var _model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(50663);
/* harmony import */ var _publish_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45852);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54285);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96867);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(57994);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(20709);
/* harmony import */ var _model_redact_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44012);
/**
 * `from-report`: read a JSON report saved by an earlier run (the fork pattern's
 * second workflow), so its comment, summary and outputs can be written without
 * logging in to Azure. That run executed a pull request's code, so the file is
 * attacker-controlled: it is checked against the published schema, the pull
 * request comes from this run's event (never from the file), the texts the
 * catalog owns are taken from the catalog, links are built from the event and
 * the repository only, and every other text in it is escaped when rendered.
 * See docs/security.md.
 */















const OUTCOMES = ['pass', 'fail', 'unknown', 'skipped'];
/** Larger than any real report (a few MB at most); parsing a bigger file is refused. */
const MAX_REPORT_BYTES = 32 * 1024 * 1024;
/**
 * The whole `from-report` run: no Azure login, no ARM read. Writes the job
 * summary, the comment (on the pull request this run's event names) and the
 * outputs. Does not fail the step on the report's verdict: the run that read
 * Azure applied `fail-on` already, and its job shows the result.
 */
async function postSavedReport(settings, env = process.env) {
    // Redacted too: a report of an older version may hold a token Azure echoed.
    const saved = (0,_model_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redactDeep */ .KL)(await readSavedReport(settings.fromReport));
    const origin = originOf(env);
    const report = untrustedView(saved, (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .buildRunUrl */ .rP)(env));
    const provenance = provenanceNote(origin);
    // Texts from the file are quoted: a forged report must not inject workflow commands into the log.
    _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(`Posting the saved report ${plain(settings.fromReport)} (workspace ${plain(report.target.workspaceId)}, read from Azure at ${plain(report.collectedAt)}) made by ${origin.runUrl ?? 'an earlier run'}; Azure is not contacted in from-report mode.`);
    if (env['GITHUB_STEP_SUMMARY']) {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary
            .addRaw((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_9__.renderSummary)(report, { provenance, detail: settings.detail ?? 'full' }), true)
            .write();
    }
    const target = await savedReportTarget(settings, saved, origin);
    const commentId = await (0,_publish_comment_js__WEBPACK_IMPORTED_MODULE_6__.publishComment)(settings, report, target, { ..._log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm, summary: _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary }, provenance);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('result', report.verdict.failed ? 'fail' : 'pass');
    // Only well-formed check IDs (the schema's pattern, checked again): workflows may pass this output to a shell.
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-checks', report.verdict.failedCheckIds.filter(id => /^[A-Za-z0-9_-]+$/.test(String(id))).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('report-file', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(settings.fromReport));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('comment-id', commentId);
    _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(`Saved verdict: ${plain(report.verdict.headline)}`);
}
function originOf(env) {
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const event = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventFile */ .zh)(env);
    if (!event.ok)
        return { eventName };
    const sha = (value) => typeof value === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value)
        ? value.toLowerCase()
        : undefined;
    if (eventName === 'workflow_run') {
        const run = field(event.payload, 'workflow_run');
        const headSha = sha(field(run, 'head_sha'));
        const runUrl = forkRunUrl(env, field(run, 'html_url'), field(run, 'id'));
        return { eventName, ...(runUrl ? { runUrl } : {}), ...(headSha ? { headSha } : {}) };
    }
    const headSha = sha(field(field(field(event.payload, 'pull_request'), 'head'), 'sha'));
    return { eventName, ...(headSha ? { headSha } : {}) };
}
/** `workflow_run.html_url` when it is a run of this repository on this server, else built from the run id. */
function forkRunUrl(env, htmlUrl, id) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository))
        return undefined;
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server))
        return undefined;
    const base = `${server}/${repository}/actions/runs/`;
    if (typeof htmlUrl === 'string' &&
        htmlUrl.startsWith(base) &&
        /^\d+$/.test(htmlUrl.slice(base.length))) {
        return htmlUrl;
    }
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? `${base}${id}` : undefined;
}
/** Says where the verdict comes from; built from the event only. */
function provenanceNote(origin) {
    const run = origin.runUrl
        ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .markup */ .PT) `the ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .link */ .nf)('pull request’s workflow run', origin.runUrl)}`
        : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .markup */ .PT) `an earlier workflow run`;
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .markup */ .PT) `> [!IMPORTANT]
> This verdict comes from the report file saved by ${run}, which ran the pull request’s code. This step posted that file (\`from-report\`) and did not read Azure itself: treat the result as that run’s claim, not as a check made with this repository’s credentials.`;
}
/**
 * The comment's pull request, from this run's event; none (with a warning) when the event
 * names none or follows a run of another commit than the one the report records.
 */
async function savedReportTarget(settings, saved, origin) {
    const target = await (0,_publish_comment_js__WEBPACK_IMPORTED_MODULE_6__.findCommentTarget)(settings, undefined, _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm);
    if (target.kind === 'none') {
        // from-report exists to comment: a pull request that cannot be found is worth a warning.
        return settings.comment === 'never' ? target : { ...target, warn: true };
    }
    const where = `${target.owner}/${target.repo}#${target.number}`;
    const recorded = saved.pullRequest?.headSha?.toLowerCase();
    if (recorded && origin.headSha && recorded !== origin.headSha) {
        return {
            kind: 'none',
            warn: true,
            reason: `No comment on pull request ${where}: the saved report was made for commit ${recorded.slice(0, 12)}, but the run this \`${origin.eventName}\` event follows checked commit ${origin.headSha.slice(0, 12)}, so the file is not that run's report. Download the artifact of the triggering run (actions/download-artifact with \`run-id: \${{ github.event.workflow_run.id }}\`).`
        };
    }
    const named = saved.pullRequest?.number;
    if (named !== undefined && named !== target.number) {
        _log_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`The saved report names pull request #${named}; that number is ignored: the comment goes to ${where}, the pull request this run's event names.`);
    }
    return target;
}
/**
 * The report as rendered: the catalog's texts and links from the catalog (a forged file cannot
 * change a check's title, fix or documentation link), the run link of this run, no pull request.
 */
function untrustedView(saved, runUrl) {
    const catalog = new Map(_evaluate_checks_catalog_js__WEBPACK_IMPORTED_MODULE_3__.CHECKS.map(c => [c.id, c]));
    const results = saved.results.map((r) => {
        const check = catalog.get(r.checkId);
        if (check) {
            const { title, section, category, docUrl, fix, remediation } = check;
            return { ...r, title, section, category, docUrl, fix, remediation };
        }
        // A check this version does not know: its texts are escaped; no command block, no foreign link.
        return { ...r, title: r.checkId, docUrl: _evaluate_checks_rules_links_js__WEBPACK_IMPORTED_MODULE_11__/* .ARTICLE_URL */ .V, fix: '' };
    });
    const rest = { ...saved, results };
    delete rest.runUrl;
    delete rest.pullRequest;
    return { ...rest, ...(runUrl ? { runUrl } : {}) };
}
async function readSavedReport(path, readFile = p => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(p, 'utf8')) {
    const where = `\`from-report\`: ${JSON.stringify(path)}`;
    let text;
    try {
        text = readFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    }
    catch (error) {
        const code = error.code;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} could not be read (${code === 'ENOENT' ? 'no such file' : String(error.message)}). ` +
            'Point it at the report-file of the run that checked Azure, e.g. the file an actions/download-artifact step extracted (paths are relative to the workspace).');
    }
    const fix = 'Upload the file the `report-file` output names, unchanged, and use the same major version of the action in both workflows.';
    if (text.length > MAX_REPORT_BYTES) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} is ${text.length} characters long, more than any report (at most ${MAX_REPORT_BYTES}). ${fix}`);
    }
    const data = (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .parseSavedReport */ .Dn)(text, where);
    if (!(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(data)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} is not an aml-inference-guard report: the file does not hold a JSON object. ${fix}`);
    }
    if (data['schemaVersion'] !== _report_model_js__WEBPACK_IMPORTED_MODULE_8__.REPORT_SCHEMA_VERSION) {
        const version = JSON.stringify(data['schemaVersion'] ?? null).slice(0, 40);
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} is not an aml-inference-guard report: schemaVersion is ${version}, this version of the action reads ${_report_model_js__WEBPACK_IMPORTED_MODULE_8__.REPORT_SCHEMA_VERSION}. ${fix}`);
    }
    // Loaded on use: Ajv is only needed in this mode.
    const { reportSchemaProblem } = await Promise.all(/* import() */[__webpack_require__.e(9892), __webpack_require__.e(1119)]).then(__webpack_require__.bind(__webpack_require__, 11119));
    const problem = reportSchemaProblem(data);
    if (problem) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`${where} does not match the report schema (schemas/report.schema.json) ${problem}. ${fix}`);
    }
    return data;
}
/** What is wrong with `data` as a report, or undefined. Checks what the renderers read. */
function reportProblem(data) {
    if (!(0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(data))
        return 'the file does not hold a JSON object';
    if (data['schemaVersion'] !== _report_model_js__WEBPACK_IMPORTED_MODULE_8__.REPORT_SCHEMA_VERSION) {
        return `schemaVersion is ${JSON.stringify(data['schemaVersion'] ?? null)}, this version of the action reads ${_report_model_js__WEBPACK_IMPORTED_MODULE_8__.REPORT_SCHEMA_VERSION}`;
    }
    const strings = _model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .stringFieldProblem */ .Tc;
    const results = data['results'];
    const verdict = data['verdict'];
    const routes = data['routes'];
    const counts = (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(verdict) ? verdict['counts'] : undefined;
    const found = strings(data, '', ['generatedAt', 'collectedAt', 'cloud', 'failOn']) ??
        strings(data['tool'], 'tool', ['name', 'version']) ??
        strings(data['target'], 'target', _model_snapshot_js__WEBPACK_IMPORTED_MODULE_14__/* .TARGET_FIELDS */ .G_) ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(data['apiVersions']) ? undefined : 'apiVersions is missing') ??
        strings(routes, 'routes', ['reason']) ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(routes) && Array.isArray(routes['routes'])
            ? undefined
            : 'routes.routes is not a list') ??
        strings(verdict, 'verdict', ['headline']) ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(verdict) &&
            typeof verdict['failed'] === 'boolean' &&
            Array.isArray(verdict['failedCheckIds'])
            ? undefined
            : 'verdict.failed or verdict.failedCheckIds is missing') ??
        ((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(counts) &&
            ['pass', 'fail', 'unknown', 'skipped'].every(k => typeof counts[k] === 'number')
            ? undefined
            : 'verdict.counts is incomplete') ??
        (Array.isArray(results) ? undefined : 'results is not a list');
    if (found)
        return found;
    for (const [i, r] of results.entries()) {
        const bad = strings(r, `results[${i}]`, [
            'checkId',
            'title',
            'section',
            'docUrl',
            'fix',
            'remediation',
            'detail'
        ]) ?? strings((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(r) ? r['resource'] : undefined, `results[${i}].resource`, ['name']);
        if (bad)
            return bad;
        if (!OUTCOMES.includes(String(r['outcome']))) {
            return `results[${i}].outcome is not one of ${OUTCOMES.join(', ')}`;
        }
    }
    const pr = data['pullRequest'];
    if (pr !== undefined &&
        !((0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(pr) &&
            Number.isSafeInteger(pr['number']) &&
            pr['number'] > 0 &&
            typeof pr['owner'] === 'string' &&
            typeof pr['repo'] === 'string')) {
        return 'pullRequest is not { number, owner, repo }';
    }
    return undefined;
}
/** One line without control or bidi characters, so a value cannot start a workflow command. */
function plain(text) {
    return `"${text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')}"`;
}
function field(value, key) {
    return (0,_model_json_shape_js__WEBPACK_IMPORTED_MODULE_13__/* .isObject */ .Gv)(value) ? value[key] : undefined;
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
