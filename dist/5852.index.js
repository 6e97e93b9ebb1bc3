export const id = 5852;
export const ids = [5852,7994];
export const modules = {

/***/ 45852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentAction: () => (/* binding */ commentAction),
  findCommentTarget: () => (/* reexport */ comment_target/* findCommentTarget */.K),
  publishComment: () => (/* binding */ publishComment)
});

// EXTERNAL MODULE: ./src/model/check.ts
var check = __webpack_require__(72281);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/report/redact-identifiers.ts
var redact_identifiers = __webpack_require__(25532);
// EXTERNAL MODULE: ./src/report/planned.ts
var planned = __webpack_require__(89580);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The sticky pull request comment: a condensed report, found again on the next
 * run by its hidden marker. Kept under GitHub's comment size limit.
 */







/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_MAX_LENGTH = 65_536;
/**
 * Hidden marker identifying this workspace's comment, and this `comment-header`'s
 * when set (a matrix over workspaces, or two jobs on one workspace, each keep
 * their own comment). Both parts are lower-cased (ARM ids compare
 * case-insensitively) and reduced to characters that cannot end the HTML
 * comment; `:` separates them because neither part can contain it. Without a
 * header the marker is the one earlier versions wrote, so their comments are
 * still found.
 */
function commentMarker(workspaceId, header = '') {
    const safe = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9/._-]/g, '_')
        .replace(/-{2,}/g, '-');
    const suffix = header.trim() ? `:${safe(header.trim())}` : '';
    return `<!-- aml-inference-guard:${safe(workspaceId)}${suffix} -->`;
}
function passingDetails(results) {
    const ok = results.filter(r => !(0,format/* isProblem */.AN)(r));
    if (ok.length === 0)
        return [];
    const pass = ok.filter(r => r.outcome === 'pass').length;
    const skipped = ok.length - pass;
    const summary = (0,markdown/* markup */.PT) `✅ ${pass} passing${skipped > 0 ? (0,markdown/* markup */.PT) `, ${skipped} skipped` : (0,markdown/* markup */.PT) ``}`;
    return [
        (0,markdown/* markup */.PT) `<details><summary>${summary}</summary>`,
        (0,markdown/* markup */.PT) ``,
        ...ok.map(r => (0,markdown/* markup */.PT) `- ${(0,format/* outcomeLabel */.FR)(r)} ${(0,markdown/* link */.nf)(r.checkId, r.docUrl)} ${(0,markdown/* escapeMarkdown */.FV)(r.title)}: ${(0,markdown/* inlineCode */.ti)(r.resource.name)}`),
        (0,markdown/* markup */.PT) ``,
        (0,markdown/* markup */.PT) `</details>`
    ];
}
/** One row per failing or unknown check (not per resource), naming a few resources. */
function checksOnlyTable(problems) {
    const groups = new Map();
    for (const r of problems)
        groups.set(r.checkId, [...(groups.get(r.checkId) ?? []), r]);
    const rows = [...groups.values()].map(rs => {
        const first = rs[0];
        const counts = model.RESULT_STATUSES.map(status => {
            const n = rs.filter(r => (0,model.resultStatus)(r) === status).length;
            return n > 0 ? `${n} ${status}` : '';
        })
            .filter(Boolean)
            .join(', ');
        const names = rs.slice(0, 3).map(r => (0,markdown/* escapeTableCell */.aL)(r.resource.name.slice(0, 80)));
        const more = rs.length > 3 ? (0,markdown/* markup */.PT) ` and ${rs.length - 3} more` : (0,markdown/* markup */.PT) ``;
        return [(0,format/* checkCell */.xp)(first), (0,markdown/* escapeMarkdown */.FV)(counts), (0,markdown/* markup */.PT) `${(0,markdown/* joinMarkdown */.UF)(names, ', ')}${more}`];
    });
    return (0,markdown/* table */.tp)([(0,markdown/* markup */.PT) `Check`, (0,markdown/* markup */.PT) `Results`, (0,markdown/* markup */.PT) `Resources`], rows);
}
function whereFullReport(runUrl) {
    return runUrl
        ? (0,markdown/* markup */.PT) `the ${(0,markdown/* link */.nf)('job summary of this run', runUrl)}`
        : (0,markdown/* markup */.PT) `the job summary of this workflow run`;
}
function render(report, options, detail) {
    const runUrl = options.runUrl ?? report.runUrl;
    const problems = report.results.filter(format/* isProblem */.AN);
    const groups = (0,format/* causeGroups */.wV)(problems);
    const header = options.header?.trim()
        ? (0,markdown/* markup */.PT) ` (${(0,markdown/* escapeMarkdown */.FV)(options.header.trim())})`
        : (0,markdown/* markup */.PT) ``;
    const lines = [
        escapeMarkerless(options.marker),
        (0,markdown/* markup */.PT) `### ${(0,format/* verdictIcon */.f2)(report)} ${(0,markdown/* escapeMarkdown */.FV)(report.tool.name)}${header}: ${(0,markdown/* escapeMarkdown */.FV)(report.verdict.headline)}`,
        (0,markdown/* markup */.PT) ``,
        ...(options.provenance ? [(0,markdown/* markup */.PT) ``, options.provenance] : []),
        (0,markdown/* markup */.PT) ``,
        (0,markdown/* markup */.PT) `${(0,format/* targetLine */.Ue)(report)} · **fail-on:** ${(0,markdown/* inlineCode */.ti)(report.failOn)}`,
        (0,markdown/* markup */.PT) ``,
        (0,summary.routeLine)(report),
        // deployment-files: the checks this pull request changes (docs/planned.md).
        ...(0,planned.plannedLines)(report.planned)
    ];
    // The root causes first: one refused read is one thing to fix, however many checks it blocks.
    const causeLimit = { full: 10, 'no-details': 5, 'checks-only': 3 }[detail];
    lines.push(...(0,format/* causeSection */.bM)(groups, (0,markdown/* markup */.PT) `####`, {
        limit: causeLimit,
        raw: detail === 'full',
        elsewhere: whereFullReport(runUrl)
    }));
    if (detail === 'checks-only') {
        if (problems.length > 0)
            lines.push((0,markdown/* markup */.PT) ``, checksOnlyTable(problems));
    }
    else {
        for (const [section, results] of (0,format/* bySection */.Z5)(problems)) {
            lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `#### ${(0,markdown/* escapeMarkdown */.FV)(check/* SECTIONS */.b[section])}`, (0,markdown/* markup */.PT) ``, (0,markdown/* table */.tp)([(0,markdown/* markup */.PT) `Check`, (0,markdown/* markup */.PT) `Resource`, (0,markdown/* markup */.PT) `Result`, (0,markdown/* markup */.PT) `Detail`], (0,format/* problemsFirst */.dm)(results).map(r => [
                (0,format/* checkCell */.xp)(r),
                (0,markdown/* inlineCode */.ti)(r.resource.name),
                (0,format/* outcomeLabel */.FR)(r),
                (0,format/* detailCell */.IP)(r, groups)
            ])));
            if (detail === 'full') {
                const fixes = (0,format/* fixSection */.ve)((0,format/* problemsFirst */.dm)(results));
                if (fixes.length > 0)
                    lines.push((0,markdown/* markup */.PT) ``, ...fixes);
            }
        }
        if (detail === 'full') {
            const passing = passingDetails(report.results);
            if (passing.length > 0)
                lines.push((0,markdown/* markup */.PT) ``, ...passing);
        }
    }
    if (detail === 'no-details') {
        lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `> [!NOTE]\n> Fix instructions and the list of passing checks were left out to keep this comment within GitHub's size limit; the full report is in ${whereFullReport(runUrl)}.`);
    }
    else if (detail === 'checks-only') {
        lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `> [!NOTE]\n> Only checks with a fail, unknown or advice result are listed, with a few resources each, to keep this comment within GitHub's size limit; per-resource details, fixes and passing checks are in ${whereFullReport(runUrl)}.`);
    }
    else if (runUrl) {
        lines.push((0,markdown/* markup */.PT) ``, (0,markdown/* markup */.PT) `Full report: ${whereFullReport(runUrl)}.`);
    }
    lines.push((0,markdown/* markup */.PT) ``, (0,format/* footer */.qr)(report), (0,markdown/* markup */.PT) ``);
    return (0,markdown/* joinMarkdown */.UF)(lines);
}
/** The hidden marker is built by commentMarker() from characters that cannot end the HTML comment. */
function escapeMarkerless(marker) {
    return marker;
}
function renderComment(fullReport, options) {
    const report = (0,redact_identifiers.reportAtDetail)(fullReport, options.detail);
    const max = options.maxLength ?? COMMENT_MAX_LENGTH;
    for (const detail of ['full', 'no-details', 'checks-only']) {
        const body = render(report, options, detail);
        if (body.length <= max)
            return body;
    }
    // Only reachable with an enormous catalog: cut at a line boundary and say so.
    const note = `\n\n> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full report is in ${whereFullReport(options.runUrl ?? report.runUrl)}.\n`;
    const body = render(report, options, 'checks-only');
    const cut = body.slice(0, Math.max(0, max - note.length));
    return cut.slice(0, cut.lastIndexOf('\n')) + note;
}
/**
 * The comment without what changes on every run (the read time, links to the run), so
 * that a re-run with the same findings leaves the comment as it is instead of editing it.
 */
function comparableCommentBody(body) {
    return body
        .replace(/Azure read at \d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'Azure read at …')
        .replace(/\/actions\/runs\/\d+(\/attempts\/\d+)?/g, '/actions/runs/…');
}

// EXTERNAL MODULE: ./src/model/redact.ts
var redact = __webpack_require__(44012);
// EXTERNAL MODULE: ./src/publish/octokit.ts
var octokit = __webpack_require__(39198);
;// CONCATENATED MODULE: ./src/publish/comment.ts
/**
 * One sticky pull request comment per marker: created on the first run,
 * updated in place afterwards, duplicates (from concurrent runs) removed.
 *
 * Only comments written by the identity of the token are considered, so a
 * comment by someone else that quotes the marker is never edited or deleted.
 * HTTP failures never throw: they come back as `refused` with a reason that
 * says how to fix them.
 */

/** Login of the workflow `GITHUB_TOKEN`, which cannot call `GET /user`. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
/** GitHub's limit on an issue comment body, in characters. */
const MAX_COMMENT_LENGTH = 65536;
async function upsertStickyComment(options) {
    const { octokit, owner, repo, issueNumber, marker, body } = options;
    if (!marker.trim())
        throw new TypeError('upsertStickyComment: marker must not be empty');
    if (!body.includes(marker)) {
        throw new TypeError('upsertStickyComment: body must contain the marker, or the next run cannot find it');
    }
    if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) {
        throw new TypeError(`upsertStickyComment: invalid issue number ${issueNumber}`);
    }
    const target = { owner, repo, issue_number: issueNumber };
    const where = `${owner}/${repo}#${issueNumber}`;
    const found = await findOurs(options, where, body);
    if (!Array.isArray(found))
        return found;
    const ours = found;
    if (options.mode === 'recreate' && ours.length > 0) {
        // Delete first: if the token may not delete, nothing is posted and the old comment stays.
        let deleted = 0;
        for (const old of ours) {
            try {
                await octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id });
                deleted++;
            }
            catch (error) {
                // 404: a concurrent run deleted it already; that is what we wanted.
                if (isHttpError(error) && error.status === 404)
                    continue;
                return refused(error, 'delete the old comment', where, body);
            }
        }
        try {
            const { data } = await octokit.rest.issues.createComment({ ...target, body });
            return {
                action: 'recreated',
                commentId: data.id,
                url: data.html_url,
                duplicatesDeleted: deleted
            };
        }
        catch (error) {
            return refused(error, 'create the comment', where, body);
        }
    }
    const [keep, ...duplicates] = ours;
    let result;
    if (keep === undefined) {
        try {
            const { data } = await octokit.rest.issues.createComment({ ...target, body });
            result = { action: 'created', commentId: data.id, url: data.html_url, duplicatesDeleted: 0 };
        }
        catch (error) {
            return refused(error, 'create the comment', where, body);
        }
    }
    else if (sameContent(keep.body ?? '', body, options.comparable)) {
        result = { action: 'unchanged', commentId: keep.id, url: keep.html_url, duplicatesDeleted: 0 };
    }
    else {
        try {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: keep.id,
                body
            });
            result = { action: 'updated', commentId: data.id, url: data.html_url, duplicatesDeleted: 0 };
        }
        catch (error) {
            return refused(error, 'update the comment', where, body);
        }
    }
    for (const duplicate of duplicates) {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
            result.duplicatesDeleted++;
        }
        catch (error) {
            // 404: a concurrent run deleted it already. Anything else leaves a stale
            // duplicate behind, which the next run retries; the sticky comment is fine.
            if (!isHttpError(error))
                throw error;
        }
    }
    return result;
}
/**
 * The sticky comments of `marker` written by the token's identity, oldest
 * first, or `refused` when GitHub would not say.
 */
async function findOurs(options, where, body) {
    const { octokit, owner, repo, issueNumber, marker } = options;
    const login = options.authorLogin ?? (await tokenLogin(octokit));
    if (typeof login !== 'string')
        return refused(login.error, "identify the token's user", where, body);
    const author = login.toLowerCase();
    let comments;
    try {
        comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100
        });
    }
    catch (error) {
        return refused(error, 'read the pull request comments', where, body);
    }
    return comments
        .filter(c => c.user?.login.toLowerCase() === author && (c.body ?? '').includes(marker))
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}
/**
 * Deletes the sticky comment of `marker` (and any duplicates), e.g. when a run
 * passes with `comment: on-failure` and an earlier failure's comment would
 * mislead. Reads only when there is none: no write at all.
 */
async function deleteStickyComment(options) {
    const { octokit, owner, repo, issueNumber, marker } = options;
    if (!marker.trim())
        throw new TypeError('deleteStickyComment: marker must not be empty');
    if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) {
        throw new TypeError(`deleteStickyComment: invalid issue number ${issueNumber}`);
    }
    const where = `${owner}/${repo}#${issueNumber}`;
    const ours = await findOurs(options, where, '');
    if (!Array.isArray(ours))
        return ours;
    if (ours.length === 0)
        return { action: 'none' };
    let deleted = 0;
    for (const old of ours) {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id });
            deleted++;
        }
        catch (error) {
            // 404: a concurrent run deleted it already; that is what we wanted.
            if (isHttpError(error) && error.status === 404)
                continue;
            return refused(error, 'delete the old comment', where, '');
        }
    }
    return { action: 'deleted', deleted };
}
/**
 * Login of the token's user; the workflow token gets 403 from `GET /user`. A
 * rate limit or a GitHub failure is returned: guessing the login then could
 * post a duplicate of a personal token's comment.
 */
async function tokenLogin(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        if (!isHttpError(error))
            throw error;
        if (error.status >= 500 || rateLimit(error))
            return { error };
        return WORKFLOW_TOKEN_LOGIN;
    }
}
function sameContent(current, next, comparable = body => body) {
    return normalise(comparable(current)) === normalise(comparable(next));
}
function normalise(text) {
    return text.replace(/\r\n/g, '\n').trimEnd();
}
/**
 * Octokit's `RequestError` (name `HttpError`), which it also throws for network
 * failures with status 500; an aborted request carries status 500 too.
 */
function isHttpError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
function refused(error, step, where, body) {
    if (error instanceof octokit/* GitHubRequestStopped */.ik) {
        const fix = error.status === 504
            ? 'Re-run the job; if GitHub is slow to answer, raise the `timeout-seconds` input.'
            : 'Nothing was sent to that host.';
        return {
            action: 'refused',
            reason: `Could not ${step} on ${where}: ${oneLine(error.message)}. ${fix}`,
            status: error.status
        };
    }
    if (!isHttpError(error))
        throw error;
    const { status } = error;
    const said = `GitHub answered HTTP ${status}: ${oneLine(error.message)}`;
    const prefix = `Could not ${step} on ${where} (${said}).`;
    let fix;
    if (status === 401) {
        fix =
            'The token is invalid or expired: check the `github-token` input (or leave it unset to use the workflow token).';
    }
    else if (rateLimit(error)) {
        fix = rateLimitFix(error);
    }
    else if (status === 403) {
        fix =
            step === 'read the pull request comments'
                ? 'The token cannot read the pull request: give the job `permissions: pull-requests: write` (which includes read).'
                : 'The token cannot write pull request comments. Give the job `permissions: pull-requests: write`. ' +
                    'On a pull request from a fork the workflow token is read-only whatever the permissions say: ' +
                    'use the pull_request + workflow_run two-workflow pattern, see README. ' +
                    'A locked conversation also refuses comments.';
    }
    else if (status === 404) {
        fix =
            `The token cannot see ${where}: check that it has access to the repository ` +
                '(a fine-grained token needs the repository selected and Pull requests: Read and write) ' +
                'and that the pull request exists. The comment may also have been deleted meanwhile: re-run the job.';
    }
    else if (status === 422) {
        fix =
            body.length > MAX_COMMENT_LENGTH
                ? `The comment is ${body.length} characters long; GitHub accepts at most ${MAX_COMMENT_LENGTH}.`
                : 'GitHub rejected the comment as invalid; the job summary still has the full report.';
    }
    else if (status >= 500) {
        fix = `GitHub or the network failed (still after ${octokit/* RETRY_POLICY */.yE.serverErrorRetries} retries); re-run the job, and check https://www.githubstatus.com if it persists.`;
    }
    else {
        fix = 'GitHub refused the request; re-run the job. The job summary still has the full report.';
    }
    return { action: 'refused', reason: `${prefix} ${fix}`, status };
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
/** A primary (`x-ratelimit-remaining: 0`) or secondary (403/429 saying so) rate limit. */
function rateLimit(error) {
    if (error.status !== 403 && error.status !== 429)
        return undefined;
    if (/secondary rate limit/i.test(error.message))
        return 'secondary';
    if (header(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(error.message)) {
        return 'primary';
    }
    return error.status === 429 ? 'secondary' : undefined;
}
function rateLimitFix(error) {
    const retried = `(Rate limits are retried when GitHub asks for a wait of at most ${octokit/* RETRY_POLICY */.yE.maxWaitSeconds} s, up to ${octokit/* RETRY_POLICY */.yE.rateLimitRetries} times.)`;
    if (rateLimit(error) === 'secondary') {
        const after = Number(header(error, 'retry-after'));
        const asked = Number.isFinite(after) && after > 0 ? ` GitHub asked to wait ${after} s.` : '';
        return (`GitHub's secondary rate limit refused the request (too many requests at once, e.g. parallel jobs commenting with one token).${asked} ${retried} ` +
            'Re-run the job in a few minutes, or run fewer jobs in parallel with the same token.');
    }
    const reset = Number(header(error, 'x-ratelimit-reset'));
    const until = Number.isFinite(reset) && reset > 0
        ? ` until ${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}`
        : '';
    return (`The token's GitHub API rate limit is used up${until}. ${retried} ` +
        'Re-run the job after that, or pass a token with its own limit (e.g. a GitHub App installation token) as `github-token`.');
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

// EXTERNAL MODULE: ./src/publish/comment-target.ts + 1 modules
var comment_target = __webpack_require__(76773);
;// CONCATENATED MODULE: ./src/publish/publish-comment.ts







// In its own module so that the run can find it before logging in without loading the renderers.

/**
 * What the comment step does on the pull request: `write` the sticky comment, or
 * `delete` it. `on-failure` comments only when the `fail-on` gate failed (unknown
 * checks included unless `allow-unknown`); a run that passes removes the earlier
 * comment, as sticky-comment actions' delete modes do, so no outdated failure stays.
 */
function commentAction(when, gateFailed) {
    return when === 'on-failure' && !gateFailed ? 'delete' : 'write';
}
/** Returns the id of the sticky comment written or kept (the `comment-id` output), or ''. */
async function publishComment(settings, report, target, log, 
/** from-report: where the verdict comes from (trusted markdown, see CommentOptions). */
provenance) {
    if (target.kind === 'none') {
        if (target.warn)
            await notWritten(log, target.reason);
        else
            log.info(target.reason);
        return '';
    }
    const where = `${target.owner}/${target.repo}#${target.number}`;
    const action = commentAction(settings.comment, report.verdict.failed);
    if (!settings.githubToken.trim()) {
        await notWritten(log, `No comment on pull request ${where}${action === 'delete' ? ' (and an earlier one is not deleted)' : ''}: \`github-token\` is empty. Leave it unset to use the workflow token, or pass a token with \`pull-requests: write\`.`);
        return '';
    }
    // Redacted, the hidden marker holds a hash of the workspace id instead of the id (a new sticky comment).
    const workspaceId = report.target.workspaceId;
    const marker = commentMarker(settings.detail === 'redacted' ? `workspace-${(0,redact_identifiers.shortHash)(workspaceId)}` : workspaceId, settings.commentHeader);
    try {
        if (action === 'delete') {
            await deleteStale(settings, marker, target, where, log);
            return '';
        }
        const result = await upsertStickyComment({
            octokit: await (0,octokit/* createOctokit */.Qi)(settings.githubToken, undefined, (0,comment_target/* deadlineOf */.G)(settings), message => log.info(message)),
            owner: target.owner,
            repo: target.repo,
            issueNumber: target.number,
            marker,
            mode: settings.commentMode,
            comparable: comparableCommentBody,
            body: (0,redact/* redact */.E$)(renderComment(report, {
                marker,
                header: settings.commentHeader,
                ...(report.runUrl ? { runUrl: report.runUrl } : {}),
                ...(provenance ? { provenance } : {}),
                ...(settings.detail ? { detail: settings.detail } : {})
            }))
        });
        if (result.action === 'refused') {
            await notWritten(log, `The pull request comment was not written; the job summary and report-file still hold the report. ${result.reason}`);
            return '';
        }
        const removed = result.duplicatesDeleted > 0
            ? ` (${result.duplicatesDeleted} ${result.action === 'recreated' ? 'old' : 'duplicate'} comment${result.duplicatesDeleted === 1 ? '' : 's'} deleted)`
            : '';
        log.info(`Pull request comment ${result.action} on ${where} (found from ${target.via}): ${result.url}${removed}`);
        return String(result.commentId);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof octokit/* GitHubClientError */.Td) {
            await notWritten(log, `The pull request comment on ${where} was not written: ${message}.`);
            return '';
        }
        // A bug, not a reason to fail the check: say so and carry on.
        await notWritten(log, `The pull request comment on ${where} was not written because of an unexpected error (${message}). This is a bug: please report it. The job summary and report-file still hold the report.`);
        return '';
    }
}
/** `comment: on-failure` and the gate passed: remove our comment of an earlier, failing run. */
async function deleteStale(settings, marker, target, where, log) {
    const result = await deleteStickyComment({
        octokit: await (0,octokit/* createOctokit */.Qi)(settings.githubToken, undefined, (0,comment_target/* deadlineOf */.G)(settings), message => log.info(message)),
        owner: target.owner,
        repo: target.repo,
        issueNumber: target.number,
        marker
    });
    if (result.action === 'refused') {
        await notWritten(log, `\`comment: on-failure\`: the run passed the \`fail-on\` gate, but the earlier sticky comment on ${where} could not be checked or deleted, so it may still show an outdated failure. ${result.reason}`);
    }
    else if (result.action === 'deleted') {
        log.info(`\`comment: on-failure\`: the run passed the \`fail-on\` gate; deleted the earlier sticky comment on ${where} (found from ${target.via}) so it no longer shows an outdated failure${result.deleted > 1 ? ` (${result.deleted} comments)` : ''}.`);
    }
    else {
        log.info(`\`comment: on-failure\`: the run passed the \`fail-on\` gate; no comment on ${where}.`);
    }
}
/**
 * One warning, and the same words as the job summary's last line: the summary
 * is where a reader looks for the missing comment. The comment is optional, so
 * a summary that cannot be written is not an error either.
 */
async function notWritten(log, message) {
    log.warning(message);
    if (!log.summary || !process.env['GITHUB_STEP_SUMMARY'])
        return;
    try {
        await log.summary.addRaw(`\n> ⚠️ ${(0,markdown/* escapeMarkdown */.FV)((0,redact/* redact */.E$)(message))}\n`, true).write();
    }
    catch {
        // The warning above already says it.
    }
}


/***/ }),

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
