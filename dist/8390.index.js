export const id = 8390;
export const ids = [8390];
export const modules = {

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


/***/ })

};
