export const id = 7994;
export const ids = [7994];
export const modules = {

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   E$: () => (/* binding */ statusCountsText),
/* harmony export */   FR: () => (/* binding */ outcomeLabel),
/* harmony export */   IP: () => (/* binding */ detailCell),
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   Ue: () => (/* binding */ targetLine),
/* harmony export */   Z5: () => (/* binding */ bySection),
/* harmony export */   bM: () => (/* binding */ causeSection),
/* harmony export */   dm: () => (/* binding */ problemsFirst),
/* harmony export */   f2: () => (/* binding */ verdictIcon),
/* harmony export */   qr: () => (/* binding */ footer),
/* harmony export */   ve: () => (/* binding */ fixSection),
/* harmony export */   wV: () => (/* binding */ causeGroups),
/* harmony export */   xp: () => (/* binding */ checkCell)
/* harmony export */ });
/* unused harmony exports STATUS_ICONS, statusLabel, messageOf */
/* harmony import */ var _model_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72281);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5086);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96867);
/* harmony import */ var _model_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20709);
/**
 * Pieces shared by the job summary and the PR comment: labels, ordering,
 * grouping by checklist section, the target line and the footer.
 */





const STATUS_ORDER = {
    fail: 0,
    unknown: 1,
    advice: 2,
    pass: 3,
    skipped: 4
};
/**
 * One icon per status, each distinct and drawn in colour so it reads on GitHub's
 * light and dark themes (❔ is a pale outline that nearly vanishes on white).
 * The word always stands beside it: the meaning never rests on the icon.
 */
const STATUS_ICONS = {
    fail: '❌',
    unknown: '⚠️',
    advice: '💡',
    pass: '✅',
    skipped: '⏭️'
};
/**
 * The Result cell of the summary and the comment: the outcome, and a config-file
 * suppression when one applies or has expired. The reason comes from the repo's
 * config file, so it is escaped like any other untrusted text.
 */
function outcomeLabel(result) {
    const label = statusLabel(result);
    if (result.suppression) {
        const { reason, expires } = result.suppression;
        const until = expires ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `, until ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(expires)}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `🔕 suppressed: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(reason)} (${label}${until})`;
    }
    if (result.suppressionExpired) {
        const { reason, expires } = result.suppressionExpired;
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${label} (suppression expired on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(expires)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(reason)})`;
    }
    return label;
}
/** `❌ fail`, `❌ fail (warning)`, `💡 advice`, `⚠️ unknown`, `✅ pass`, `⏭️ skipped`. */
function statusLabel(result) {
    const status = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__.resultStatus)(result);
    const severity = status === 'fail' && result.severity === 'warning' ? ' (warning)' : '';
    return `${STATUS_ICONS[status]} ${status}${severity}`;
}
/** ✅ nothing fails or is unknown (advice may remain), ❌ the gate tripped, ⚠️ fails or unknowns that do not gate. */
function verdictIcon(report) {
    if (report.verdict.failed)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `❌`;
    const counts = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__.countStatuses)(report.results);
    return counts.fail + counts.unknown > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `⚠️` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `✅`;
}
/** A result a reviewer should act on: a fail, an unknown, or advice. */
function isProblem(result) {
    return result.outcome === 'fail' || result.outcome === 'unknown';
}
/** Failed first, then unknown, advice, pass, skipped; catalog order within each (stable sort). */
function problemsFirst(results) {
    return [...results].sort((a, b) => STATUS_ORDER[(0,_model_js__WEBPACK_IMPORTED_MODULE_3__.resultStatus)(a)] - STATUS_ORDER[(0,_model_js__WEBPACK_IMPORTED_MODULE_3__.resultStatus)(b)]);
}
/** Non-empty groups in checklist order. */
function bySection(results) {
    return Object.keys(_model_check_js__WEBPACK_IMPORTED_MODULE_0__/* .SECTIONS */ .b)
        .map((id) => [id, results.filter(r => r.section === id)])
        .filter(([, rs]) => rs.length > 0);
}
/** `3 pass · 1 fail · 1 advice · 0 unknown · 2 skipped`, counted from the results (a saved report may predate `statusCounts`). */
function statusCountsText(report) {
    const { pass, fail, advice, unknown, skipped, suppressed } = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__.countStatuses)(report.results);
    const suppressedNote = suppressed > 0 ? ` · ${suppressed} suppressed` : '';
    return `${pass} pass · ${fail} fail · ${advice} advice · ${unknown} unknown · ${skipped} skipped${suppressedNote}`;
}
function countsLine(report) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `**Results:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(statusCountsText(report))} · **fail-on:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(report.failOn)}`;
}
function targetLine(report) {
    const { workspaceName, resourceGroup, subscriptionId } = report.target;
    const cloud = report.cloud && report.cloud !== 'AzureCloud'
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.cloud)})`
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `**Target:** workspace ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(workspaceName)} in resource group ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(resourceGroup)}, subscription ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(subscriptionId)}${cloud}${networkPart(report)}`;
}
const NETWORK_SOURCES = {
    input: 'named by the inputs',
    'private-endpoint': "found through the workspace's private endpoint",
    'node-pool': "found through the clusters' node pools",
    none: 'none found (see NET-03)'
};
/** The VNet and subnet RBAC and outbound checks were judged against, so a reviewer can tell. */
function networkPart(report) {
    const network = report.network;
    if (!network)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
    if (network.source === 'none')
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` · **Network:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(NETWORK_SOURCES.none)}`;
    const vnet = network.vnetId ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` VNet ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)((0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceName */ .Iy)(network.vnetId))}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
    const subnet = network.subnetId
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `, subnet ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)((0,_model_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceName */ .Iy)(network.subnetId))}`
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` · **Network:**${vnet}${subnet} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(NETWORK_SOURCES[network.source])})`;
}
function checkCell(result) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(result.checkId, result.docUrl)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(result.title)}`;
}
/** The tool, its version and when Azure was read; the api-versions are in the JSON report. */
function footer(report) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `<sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${report.tool.name} ${report.tool.version} · Azure read at ${report.collectedAt} · api-versions in the JSON report`)}</sub>`;
}
/** A result's message as markdown; a report written before `message` existed has only the plain detail. */
function messageOf(result) {
    return (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .KH)(result.message) ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .textToMarkdown */ .AO)(result.message) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(result.detail);
}
/** Failed and unknown results that share a cause, grouped once per cause key. */
function causeGroups(results) {
    const groups = new Map();
    for (const r of results) {
        if (!r.cause || !isProblem(r))
            continue;
        const group = groups.get(r.cause.key);
        if (group)
            group.results.push(r);
        else
            groups.set(r.cause.key, { number: groups.size + 1, cause: r.cause, results: [r] });
    }
    return [...groups.values()];
}
/** The Detail cell: the message, and which cause above blocks it. */
function detailCell(result, groups) {
    const group = result.cause ? groups.find(g => g.cause.key === result.cause?.key) : undefined;
    if (!group)
        return messageOf(result);
    return groups.length === 1
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${messageOf(result)} **See the cause above.**`
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${messageOf(result)} **See cause ${group.number} above.**`;
}
/** `editText` in markdown: the file, key and values are untrusted (from the pull request). */
function editMarkdown(edit) {
    const set = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(`${edit.key}: ${edit.value}`);
    return edit.current === undefined
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Add ${set} to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(edit.file)} (the resource named on line ${edit.line}), then deploy the file.`
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Set ${set} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(edit.file)} line ${edit.line} (now ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(`${edit.key}: ${edit.current}`)}), then deploy the file.`;
}
function fixMarkdown(fix) {
    const lines = [];
    // Where the change belongs comes before the commands it would otherwise tempt a reviewer to run.
    if (fix.note && (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .KH)(fix.note))
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .textToMarkdown */ .AO)(fix.note));
    if (fix.commands.length > 0)
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(fix.commands));
    if (fix.placeholders && (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .KH)(fix.placeholders))
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .textToMarkdown */ .AO)(fix.placeholders));
    return lines;
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * Each cause once, first: what happened, the one action that fixes it (with the command
 * to copy), the checks it blocks, and Azure's own answer folded away.
 */
function causeSection(groups, heading, options) {
    const lines = [];
    for (const { number, cause, results } of groups.slice(0, options.limit)) {
        const checks = [...new Set(results.map(r => r.checkId))];
        const resources = [...new Set(results.map(r => r.resource.name))];
        const label = groups.length > 1 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Cause ${number}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Cause`;
        const summary = (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .KH)(cause.summary) ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .textToMarkdown */ .AO)(cause.summary) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
        const action = (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .KH)(cause.action) ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .textToMarkdown */ .AO)(cause.action) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
        const shownChecks = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .joinMarkdown */ .UF)(checks.slice(0, 12).map(id => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(id)), ', ');
        const moreChecks = checks.length > 12 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` and ${checks.length - 12} more` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
        const shownResources = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .joinMarkdown */ .UF)(resources.slice(0, 5).map(name => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(name)), ', ');
        const moreResources = resources.length > 5 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` and ${resources.length - 5} more` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, 
        // The heading holds only our words: the cause's text (Azure's, or a saved report's) goes below it.
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${heading} ⚠️ ${label}: blocks ${plural(checks.length, 'check', 'checks')}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, summary, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `**Blocked:** ${shownChecks}${moreChecks} (${plural(results.length, 'result', 'results')}) · on ${shownResources}${moreResources}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `**Fix:** ${action}`, ...(cause.fix ? fixMarkdown(cause.fix) : []));
        if (cause.raw && options.raw) {
            lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `<details><summary>What Azure answered</summary>`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(cause.raw), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `</details>`);
        }
    }
    const rest = groups.slice(options.limit);
    if (rest.length > 0) {
        const blocked = rest.reduce((n, g) => n + g.results.length, 0);
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${heading} ⚠️ ${plural(rest.length, 'more cause', 'more causes')} (${plural(blocked, 'result', 'results')}): listed in ${options.elsewhere}.`);
    }
    return lines;
}
/**
 * "How to fix" under a section's table: each failed or unknown result's own commands,
 * with the real names. A result blocked by a cause is fixed by the cause's action above.
 * A result without commands (a report from an earlier version) falls back to the
 * catalog's remediation and its command with placeholders, said as such.
 */
function fixSection(results) {
    const blocks = [];
    const catalogShown = new Set();
    let entries = 0;
    for (const r of results) {
        // A result blocked by a cause is fixed by the cause's action above, unless it has commands of its own.
        if (!isProblem(r) || (r.cause && !r.remedy?.commands.length && !r.remedy?.edit))
            continue;
        const title = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.checkId)} · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(r.resource.name)}**`;
        const edit = r.remedy?.edit;
        if (edit) {
            // A resource of a deployment file: the line to change, not a command against Azure.
            entries += 1;
            blocks.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${title}: ${editMarkdown(edit)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)('Docs', r.docUrl)}`);
        }
        else if (r.remedy && r.remedy.commands.length > 0) {
            entries += 1;
            blocks.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `${title}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.remediation)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)('Docs', r.docUrl)}`, ...fixMarkdown(r.remedy));
        }
        else if (!catalogShown.has(r.checkId)) {
            catalogShown.add(r.checkId);
            entries += 1;
            blocks.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.checkId)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.title)}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.remediation)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)('Docs', r.docUrl)}`);
            if (r.fix) {
                blocks.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)([r.fix]), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `Replace the values in &lt;angle brackets&gt; with your own names.`);
            }
        }
    }
    if (entries === 0)
        return [];
    // Open when short, so the commands are in view; folded when long, so the table stays readable.
    const open = entries <= 5 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ` open` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``;
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `<details${open}><summary>How to fix</summary>`,
        ...blocks,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) ``,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markup */ .PT) `</details>`
    ];
}


/***/ }),

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_LIMIT_BYTES: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   routeLine: () => (/* binding */ routeLine)
/* harmony export */ });
/* harmony import */ var _planned_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89580);
/* harmony import */ var _model_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72281);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12011);
/* harmony import */ var _evaluate_route_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21666);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54285);
/* harmony import */ var _redact_identifiers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25532);
/** The job summary: the full report as markdown. */






/** `**Route:** managed online endpoints · why`, shown under the target in the summary and the comment. */
function routeLine(report) {
    const { routes, reason } = report.routes;
    // The reason is our words with code spans (`route: auto`); an Azure error code in it can only show as text.
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `**Route:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)((0,_evaluate_route_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRoutes */ .oK)(routes))} · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .withCodeSpans */ .Tf)(reason)}`;
}
/** GitHub rejects a step summary over 1 MiB (and then shows none at all). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SHORT_DETAIL = 300;
function shorten(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function detailOf(r, shrink, groups) {
    if (shrink === 'none' || (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .isProblem */ .AN)(r))
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .detailCell */ .IP)(r, groups);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(shorten(r.detail, SHORT_DETAIL));
}
function renderWith(report, shrink, note, provenance) {
    const lines = [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `## ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictIcon */ .f2)(report)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(report.tool.name)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(report.verdict.headline)}`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``,
        ...(provenance ? [provenance, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``] : []),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .countsLine */ .J7)(report),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLine */ .Ue)(report),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``,
        routeLine(report),
        // deployment-files: the checks this pull request changes (docs/planned.md).
        ...(0,_planned_js__WEBPACK_IMPORTED_MODULE_0__.plannedLines)(report.planned)
    ];
    if (report.runUrl)
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('Workflow run', report.runUrl));
    if (note)
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `> [!NOTE]\n> ${note}`);
    const groups = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .causeGroups */ .wV)(report.results);
    lines.push(...(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .causeSection */ .bM)(groups, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `###`, {
        limit: shrink === 'none' ? 100 : 20,
        raw: shrink === 'none',
        elsewhere: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `the JSON report (the \`report-file\` output)`
    }));
    const shown = shrink === 'problems-only' || shrink === 'cut'
        ? report.results.filter(_format_js__WEBPACK_IMPORTED_MODULE_2__/* .isProblem */ .AN)
        : report.results;
    for (const [section, results] of (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bySection */ .Z5)(shown)) {
        const ordered = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .problemsFirst */ .dm)(results);
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(_model_check_js__WEBPACK_IMPORTED_MODULE_1__/* .SECTIONS */ .b[section])}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `Check`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `Resource`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `Result`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `Detail`], ordered.map(r => [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .checkCell */ .xp)(r),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(r.resource.name),
            (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeLabel */ .FR)(r),
            detailOf(r, shrink, groups)
        ])));
        const fixes = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fixSection */ .ve)(ordered);
        if (fixes.length > 0)
            lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, ...fixes);
    }
    if (report.results.length === 0)
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `No check produced a result.`);
    lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `***`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .footer */ .qr)(report), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .joinMarkdown */ .UF)(lines);
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/**
 * The whole report: every check and result, untruncated. Only a report larger
 * than GitHub's 1 MiB summary limit is shrunk, and then it says so: first the
 * details of passing and skipped results are shortened, then only failed and
 * unknown results are listed, and as a last resort the text is cut.
 */
function renderSummary(fullReport, options = {}) {
    const report = (0,_redact_identifiers_js__WEBPACK_IMPORTED_MODULE_5__.reportAtDetail)(fullReport, options.detail);
    const max = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
    const p = options.provenance;
    const full = renderWith(report, 'none', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) ``, p);
    if (bytes(full) <= max)
        return full;
    const where = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `The full report, with every result, is in the JSON report (the \`report-file\` output; upload it as an artifact to keep it).`;
    const short = renderWith(report, 'short-details', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `This summary exceeded GitHub's 1 MiB limit, so details of passing and skipped results are shortened to ${SHORT_DETAIL} characters. ${where}`, p);
    if (bytes(short) <= max)
        return short;
    const problems = renderWith(report, 'problems-only', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `This summary exceeded GitHub's 1 MiB limit, so only failed and unknown results are listed (${report.verdict.counts.pass} passing and ${report.verdict.counts.skipped} skipped results are left out). ${where}`, p);
    if (bytes(problems) <= max)
        return problems;
    const tail = `\n\n… cut here: this summary exceeded GitHub's 1 MiB limit even with only failed and unknown results. ${where}\n`;
    const cut = renderWith(report, 'cut', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markup */ .PT) `Cut at GitHub's 1 MiB limit. ${where}`, p);
    // Cut on a line boundary (never inside a multi-byte character or a table row's escape).
    const budget = max - bytes(tail);
    let out = '';
    for (const line of cut.split('\n')) {
        const next = out === '' ? line : `${out}\n${line}`;
        if (bytes(next) > budget)
            break;
        out = next;
    }
    return out + tail;
}


/***/ })

};
