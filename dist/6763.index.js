export const id = 6763;
export const ids = [6763];
export const modules = {

/***/ 86763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applySuppressions: () => (/* binding */ applySuppressions),
/* harmony export */   isExpired: () => (/* binding */ isExpired),
/* harmony export */   parseSuppressions: () => (/* binding */ parseSuppressions),
/* harmony export */   suppressionNotes: () => (/* binding */ suppressionNotes)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33477);
/**
 * Suppressions: accepted risks, committed to the repository in the config file
 * (`config-file`, default `.github/aml-inference-guard.yml`):
 *
 *   suppressions:
 *     - check: MOE-06
 *       reason: Internet outbound is accepted for the dev workspace (ticket SEC-123)
 *       resources: [ml-ws]     # optional: resource names or ids, case-insensitive
 *       expires: 2027-03-31    # optional: the last day the suppression applies
 *
 * Pure: `parseSuppressions` turns the file's text into suppressions (or one
 * `ConfigurationError` listing every problem with its line), and
 * `applySuppressions` marks the results they cover. Reading the file is main's job.
 */



const ENTRY_KEYS = ['check', 'reason', 'resources', 'expires'];
const EXAMPLE_ENTRY = '`- check: MOE-06` followed by `reason: <why the risk is accepted>` and, optionally, `resources: [<name>]` and `expires: YYYY-MM-DD`';
/**
 * Parses the config file's text. `file` is the path as the user wrote it (for
 * messages); `checks` is the catalog whose IDs are accepted. An empty file, or
 * one without a `suppressions` key, suppresses nothing.
 */
function parseSuppressions(text, file, checks) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const errors = [];
    const at = (line, message) => {
        errors.push(`${file} line ${line}: ${message}`);
    };
    const lineOf = (node) => {
        const range = node && 'range' in node ? node.range : undefined;
        const key = node && 'key' in node ? node.key : undefined;
        const offset = range?.[0] ?? key?.range?.[0] ?? 0;
        return lineCounter.linePos(offset).line;
    };
    if (doc.errors.length > 0) {
        for (const error of doc.errors) {
            const line = lineCounter.linePos(error.pos[0]).line;
            at(line, `the file is not valid YAML (${firstLine(error.message)}).`);
        }
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(formatErrors(file, errors));
    }
    const root = doc.contents;
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(root) && (root.value === null || root.value === '')))
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        at(lineOf(root), `expected a mapping with a \`suppressions\` list, like ${EXAMPLE_ENTRY}.`);
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(formatErrors(file, errors));
    }
    let list = null;
    for (const pair of root.items) {
        const key = scalarText(pair.key);
        if (key === 'suppressions')
            list = pair.value;
        else
            at(lineOf(pair), `unknown key ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(key ?? String(pair.key))}. The file holds only \`suppressions:\`, a list of entries.`);
    }
    const byId = new Map(checks.map(c => [c.id.toLowerCase(), c.id]));
    const suppressions = [];
    if (list !== null && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(list) && list.value === null)) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list)) {
            at(lineOf(list), `\`suppressions\` must be a list of entries, like ${EXAMPLE_ENTRY}.`);
        }
        else {
            for (const item of list.items) {
                const parsed = parseEntry(item, { at, lineOf, byId, checks });
                if (parsed)
                    suppressions.push(parsed);
            }
        }
    }
    if (errors.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(formatErrors(file, errors));
    return suppressions;
}
function parseEntry(item, ctx) {
    const { at, lineOf, byId } = ctx;
    const line = lineOf(item);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
        at(line, `a suppression must be a mapping: ${EXAMPLE_ENTRY}.`);
        return undefined;
    }
    const fields = new Map();
    let ok = true;
    for (const pair of item.items) {
        const key = scalarText(pair.key);
        if (key !== undefined && ENTRY_KEYS.includes(key)) {
            fields.set(key, pair);
        }
        else {
            at(lineOf(pair), `unknown key ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(key ?? String(pair.key))} in a suppression. Allowed keys: ${ENTRY_KEYS.join(', ')}.`);
            ok = false;
        }
    }
    const checkPair = fields.get('check');
    const checkRaw = checkPair ? scalarText(checkPair.value) : undefined;
    let checkId;
    if (!checkPair || !checkRaw) {
        at(line, 'a suppression has no `check`. Add `check: <ID>` with a check ID such as MOE-06.');
    }
    else {
        checkId = byId.get(checkRaw.trim().toLowerCase());
        if (!checkId) {
            at(lineOf(checkPair), `unknown check ID ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(checkRaw)}. Use one of: ${ctx.checks.map(c => c.id).join(', ')}.`);
        }
    }
    const name = checkId ?? checkRaw ?? 'this check';
    // A reason is what makes a suppression reviewable: without one it is just a hidden failure.
    const reasonPair = fields.get('reason');
    const reason = reasonPair ? scalarText(reasonPair.value)?.trim() : undefined;
    if (!reason) {
        at(reasonPair ? lineOf(reasonPair) : line, `the suppression of ${name} has no \`reason\`. Add \`reason: <why the risk is accepted>\` (for example who accepted it and a ticket number).`);
    }
    let resources;
    const resourcesPair = fields.get('resources');
    if (resourcesPair) {
        const value = resourcesPair.value;
        const names = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)
            ? value.items.map(n => scalarText(n)?.trim())
            : [scalarText(value)?.trim()];
        if (names.length === 0 || names.some(n => !n)) {
            at(lineOf(resourcesPair), `\`resources\` of the suppression of ${name} must be a resource name or id, or a non-empty list of them (e.g. \`resources: [ml-ws]\`). Leave \`resources\` out to suppress ${name} for every resource.`);
        }
        else {
            resources = names.map(n => n.toLowerCase());
        }
    }
    let expires;
    const expiresPair = fields.get('expires');
    if (expiresPair) {
        const raw = scalarText(expiresPair.value)?.trim() ?? '';
        if (isCalendarDate(raw))
            expires = raw;
        else
            at(lineOf(expiresPair), `\`expires\` of the suppression of ${name} is ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(raw)}, not a date. Write it as YYYY-MM-DD (e.g. \`expires: 2027-03-31\`); the suppression applies through that day (UTC).`);
    }
    if (!ok || !checkId || !reason)
        return undefined;
    return {
        checkId,
        reason,
        ...(resources ? { resources } : {}),
        ...(expires ? { expires } : {}),
        line
    };
}
/** A scalar's text (numbers and booleans as written), or undefined for anything else. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    return String(node.value);
}
/** `YYYY-MM-DD` naming a real day (no 2027-02-30). */
function isCalendarDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function firstLine(message) {
    return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
function formatErrors(file, errors) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    return (`The suppressions file ${file} (input \`config-file\`) has ${count}:\n` +
        errors.map(e => `- ${e}`).join('\n'));
}
/** An entry has expired once `now` (UTC) is past its `expires` day. */
function isExpired(suppression, now) {
    return suppression.expires !== undefined && now.toISOString().slice(0, 10) > suppression.expires;
}
function covers(suppression, result) {
    if (suppression.checkId !== result.checkId)
        return false;
    if (!suppression.resources)
        return true;
    const { name, id } = result.resource;
    return suppression.resources.some(r => r === name.toLowerCase() || r === id.toLowerCase());
}
/**
 * Marks each failed or unknown result covered by an active entry as suppressed
 * (the first matching entry's reason wins), and notes an expired entry on a
 * result it would have covered. Pass and skipped results are left as they are:
 * there is nothing to accept.
 */
function applySuppressions(results, suppressions, now) {
    const expired = suppressions.filter(s => isExpired(s, now));
    const active = suppressions.filter(s => !isExpired(s, now));
    const used = new Set();
    const marked = results.map(result => {
        if (result.outcome !== 'fail' && result.outcome !== 'unknown')
            return result;
        const match = active.find(s => covers(s, result));
        if (match) {
            used.add(match);
            return { ...result, suppression: summary(match) };
        }
        const lapsed = expired.find(s => covers(s, result));
        if (lapsed) {
            return {
                ...result,
                suppressionExpired: { reason: lapsed.reason, expires: lapsed.expires }
            };
        }
        return result;
    });
    return { results: marked, expired, unused: active.filter(s => !used.has(s)) };
}
function summary(s) {
    return { reason: s.reason, ...(s.expires ? { expires: s.expires } : {}) };
}
/** Log lines about the entries: a warning per expired entry, a note per entry that matched nothing. */
function suppressionNotes(outcome, file) {
    return {
        warnings: outcome.expired.map(s => `The suppression of ${s.checkId} (${file} line ${s.line}) expired on ${s.expires} and no longer applies: its results count for fail-on again. Fix the finding, or renew \`expires\` if the risk is still accepted.`),
        infos: outcome.unused.map(s => `The suppression of ${s.checkId} (${file} line ${s.line}) matched no failed or unknown result; remove it if the risk is gone.`)
    };
}


/***/ })

};
