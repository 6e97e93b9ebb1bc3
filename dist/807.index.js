export const id = 807;
export const ids = [807];
export const modules = {

/***/ 28807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startCli: () => (/* binding */ startCli)
});

// UNUSED EXPORTS: EXIT, ProgressLine, reportCliFailure, runCli

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/collect/pipeline.ts
var pipeline = __webpack_require__(63558);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(97428);
// EXTERNAL MODULE: ./src/run/pipeline.ts + 2 modules
var run_pipeline = __webpack_require__(34924);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/model/check.ts
var check = __webpack_require__(72281);
// EXTERNAL MODULE: ./src/evaluate/route.ts
var route = __webpack_require__(21666);
// EXTERNAL MODULE: ./src/model/snapshot.ts
var snapshot = __webpack_require__(20709);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/model/text.ts
var model_text = __webpack_require__(5086);
;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * The CLI's terminal report: the same Report as every other renderer, grouped
 * by checklist section, problems first within a section. Colour only when
 * asked for (a TTY without NO_COLOR). Every text is stripped of control
 * characters: Azure's names and messages must not move the cursor, clear the
 * screen or change the terminal's title.
 */






const CODES = {
    red: [31, 39],
    yellow: [33, 39],
    cyan: [36, 39],
    green: [32, 39],
    dim: [2, 22],
    bold: [1, 22]
};
/** One line of untrusted text: control, format and line-separator characters become spaces. */
function plainText(text) {
    return text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ');
}
/** Colour is for people at a terminal: never in a pipe or file, never with NO_COLOR set. */
function useColor(stream, env) {
    return stream.isTTY === true && !env['NO_COLOR'];
}
const MARKS = {
    fail: { mark: '✗', label: 'fail', style: 'red' },
    advice: { mark: 'i', label: 'advice', style: 'cyan' },
    unknown: { mark: '?', label: 'unknown', style: 'yellow' },
    pass: { mark: '✓', label: 'pass', style: 'green' },
    skipped: { mark: '-', label: 'skipped', style: 'dim' }
};
function renderTerminal(report, options) {
    const paint = (style, text) => options.color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text;
    const t = plainText;
    const { workspaceName, resourceGroup, subscriptionId } = report.target;
    const lines = [
        paint('bold', `${t(report.tool.name)} ${t(report.tool.version)}`),
        `Workspace ${t(workspaceName)} in resource group ${t(resourceGroup)}, subscription ${t(subscriptionId)} (${t(report.cloud)})`,
        `Route: ${t((0,route/* describeRoutes */.oK)(report.routes.routes))} · ${t(report.routes.reason)}`
    ];
    const network = report.network;
    if (network?.vnetId || network?.subnetId) {
        const parts = [
            network.vnetId ? `VNet ${t((0,snapshot/* resourceName */.Iy)(network.vnetId))}` : '',
            network.subnetId ? `subnet ${t((0,snapshot/* resourceName */.Iy)(network.subnetId))}` : ''
        ].filter(Boolean);
        lines.push(`Network: ${parts.join(', ')} (${t(network.source)})`);
    }
    lines.push(`Azure read at ${t(report.collectedAt)}`);
    // The causes first: one refused read is one thing to fix, however many results it blocks.
    const groups = (0,format/* causeGroups */.wV)(report.results);
    for (const { number, cause, results } of groups) {
        const checks = [...new Set(results.map(r => r.checkId))];
        const summary = (0,model_text/* isText */.KH)(cause.summary) ? (0,model_text/* plainText */.wh)(cause.summary) : '';
        const action = (0,model_text/* isText */.KH)(cause.action) ? (0,model_text/* plainText */.wh)(cause.action) : '';
        lines.push('', paint('yellow', `Cause ${number}: ${t(summary)}`), `  Blocks ${checks.length === 1 ? '1 check' : `${checks.length} checks`}: ${t(checks.join(', '))}`, `  Fix: ${t(action)}`);
        for (const command of cause.fix?.commands ?? [])
            lines.push(`    ${t(command)}`);
    }
    for (const [section, results] of (0,format/* bySection */.Z5)(report.results)) {
        lines.push('', paint('bold', check/* SECTIONS */.b[section]));
        for (const result of (0,format/* problemsFirst */.dm)(results)) {
            const status = (0,model/* resultStatus */.Sv)(result);
            const { mark, label, style } = MARKS[status];
            // A fail is always error or warning here (a notice is advice): the terminal names which.
            const severity = status === 'fail' && result.severity ? ` (${result.severity})` : '';
            const suppressed = result.suppression ? ` · suppressed: ${t(result.suppression.reason)}` : '';
            lines.push(`  ${paint(style, `${mark} ${label}${severity}`.padEnd(18))} ${t(result.checkId).padEnd(7)} ${t(result.title)} · ${t(result.resource.name)}${suppressed}`);
            if (result.outcome === 'fail' || result.outcome === 'unknown') {
                lines.push(`      ${paint('dim', t(result.detail))}`);
                const commands = (0,model/* fixCommands */.Yi)(result);
                if (commands.length > 0) {
                    for (const command of commands)
                        lines.push(`      Fix: ${t(command)}`);
                }
                else if (result.outcome === 'fail' && result.remediation) {
                    lines.push(`      Fix: ${t(result.remediation)}`);
                }
                lines.push(`      ${paint('dim', t(result.docUrl))}`);
            }
        }
    }
    const flagged = report.results.some(r => !r.suppression && ['fail', 'unknown'].includes((0,model/* resultStatus */.Sv)(r)));
    lines.push('', `Results: ${(0,format/* statusCountsText */.E$)(report)} · fail-on: ${t(report.failOn)}`, paint(report.verdict.failed ? 'red' : flagged ? 'yellow' : 'green', t(report.verdict.headline)), '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/settings/suppressions-file.ts
var suppressions_file = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/model/version.ts
var version = __webpack_require__(52621);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 168 modules
var esm = __webpack_require__(81583);
// EXTERNAL MODULE: ./src/auth/claims.ts
var auth_claims = __webpack_require__(99061);
// EXTERNAL MODULE: ./src/settings/clouds.ts
var clouds = __webpack_require__(90855);
;// CONCATENATED MODULE: ./src/cli/credential.ts
/**
 * The CLI's Azure login: the Azure CLI's (`az login`), else whatever
 * DefaultAzureCredential finds in the environment (service principal
 * variables, workload identity, managed identity, azd, PowerShell). A token
 * is requested up front so that "no credential" is one clear message naming
 * every source that was tried, not a failed read of every resource.
 */




/** The sources, in the order they are tried. */
function credentialSources(settings, env = process.env) {
    const authorityHost = (settings.authorityExplicit ? undefined : env['AZURE_AUTHORITY_HOST']) ||
        settings.cloud.authorityHost;
    const tenant = settings.tenantId ? { tenantId: settings.tenantId } : {};
    return [
        { name: 'Azure CLI (az login)', create: () => new esm.AzureCliCredential(tenant) },
        {
            name: 'the environment (DefaultAzureCredential: AZURE_CLIENT_ID/AZURE_TENANT_ID with a secret, certificate or AZURE_FEDERATED_TOKEN_FILE, managed identity, Azure Developer CLI, Azure PowerShell)',
            create: () => new esm.DefaultAzureCredential({
                ...tenant,
                authorityHost,
                disableInstanceDiscovery: settings.cloud.disableInstanceDiscovery || !(0,clouds/* isKnownAuthorityHost */.tX)(authorityHost)
            })
        }
    ];
}
/** The first source that yields an ARM token, and who it is; else a ConfigurationError listing each failure. */
async function cliLogin(sources, tokenScope, info) {
    const tried = [];
    for (const source of sources) {
        const credential = source.create();
        let token;
        try {
            token = await credential.getToken(tokenScope);
            if (!token)
                throw new Error('no token was returned');
        }
        catch (error) {
            tried.push(`- ${source.name}: ${failureReason(error)}`);
            continue;
        }
        const claims = (0,auth_claims/* decodeJwtClaims */.d)(token.token) ?? {};
        const objectId = typeof claims['oid'] === 'string' ? claims['oid'] : undefined;
        const tenant = typeof claims['tid'] === 'string' ? claims['tid'] : 'unknown';
        info(`Signed in to Azure with ${source.name.replace(/ \(.*$/, '')} as object id ${objectId ?? 'unknown'} in tenant ${tenant}.`);
        return { credential, identity: objectId ? { objectId } : {} };
    }
    throw new errors/* ConfigurationError */.j(`No Azure credential worked. Tried:\n${tried.join('\n')}\n` +
        'Fix: run `az login` (and `az account set --subscription <id>`), or set the environment for DefaultAzureCredential (for example AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET). --from-snapshot evaluates a saved snapshot without any credential.');
}
/**
 * Why a source failed, briefly: DefaultAzureCredential's aggregate error as
 * the first sentence of each credential it tried. Never a stack.
 */
function failureReason(error) {
    const inner = error.errors;
    if (Array.isArray(inner) && inner.length > 0)
        return inner.map(firstSentence).join(' ');
    return firstSentence(error);
}
function firstSentence(error) {
    const message = (error instanceof Error ? error.message : String(error))
        .replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')
        .trim();
    const end = message.search(/\.(\s|$)/);
    const sentence = end > 0 ? message.slice(0, end + 1) : message;
    return sentence.length > 300 ? `${sentence.slice(0, 300)}…` : sentence;
}

;// CONCATENATED MODULE: ./src/cli/action-inputs.ts
// Generated from action.yml by scripts/gen-action-inputs.ts; do not edit.
/** The action's inputs as action.yml declares them: the CLI's options and --help are built from these. */
const ACTION_INPUTS = [
    {
        name: 'client-id',
        description: 'Application (client) ID of the Entra app registration or user-assigned managed identity with a federated credential for this repository (a GUID). Needed whenever the action logs in to Azure (a workspace check, `scope`); not with `from-report`, `from-snapshot` or `merge-reports`.',
        required: false,
        default: ''
    },
    {
        name: 'tenant-id',
        description: 'Entra ID tenant (directory) ID (a GUID). Needed whenever `client-id` is.',
        required: false,
        default: ''
    },
    {
        name: 'subscription-id',
        description: 'Azure subscription ID that holds the workspace (a GUID). Needed to check one workspace; left empty with `scope`, `from-report`, `from-snapshot` and `merge-reports`.',
        required: false,
        default: ''
    },
    {
        name: 'resource-group',
        description: 'Resource group of the Azure Machine Learning workspace. Needed to check one workspace, like `subscription-id`.',
        required: false,
        default: ''
    },
    {
        name: 'workspace-name',
        description: 'Name of the Azure Machine Learning workspace. Needed to check one workspace, like `subscription-id`.',
        required: false,
        default: ''
    },
    {
        name: 'fail-on',
        description: 'When the step fails. `none` (only report), `any` (any failed or unknown check), or a comma-separated list of categories: `isolation`, `rbac`, `outbound`, `kubernetes`. A listed category fails the step on a failed check of severity error or warning, or on an unknown check (fail closed).',
        required: false,
        default: 'none'
    },
    {
        name: 'allow-unknown',
        description: '`true` lets checks that could not be evaluated (`unknown`, e.g. a read Azure refused) pass the `fail-on` gate with a warning instead of failing the step. A run that evaluated nothing still fails.',
        required: false,
        default: 'false'
    },
    {
        name: 'github-token',
        description: 'Token used to write the pull request comment. Needs `pull-requests: write`.',
        required: false,
        default: '${{ github.token }}'
    },
    {
        name: 'environment',
        description: 'Azure cloud: `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud` or `custom` (then set `authority-host` and `arm-endpoint`).',
        required: false,
        default: 'AzureCloud'
    },
    {
        name: 'audience',
        description: "Audience of the GitHub OIDC token. Defaults to the cloud's (api://AzureADTokenExchange, api://AzureADTokenExchangeUSGov, api://AzureADTokenExchangeChina).",
        required: false,
        default: ''
    },
    {
        name: 'authority-host',
        description: "Entra ID authority host (https URL). Required with `environment: custom`; overrides the cloud's otherwise.",
        required: false,
        default: ''
    },
    {
        name: 'arm-endpoint',
        description: "Azure Resource Manager endpoint (https URL). Required with `environment: custom`; overrides the cloud's otherwise. The token scope still comes from the cloud.",
        required: false,
        default: ''
    },
    {
        name: 'route',
        description: 'Which inference route to check: `auto` (from what the workspace holds; before the first deployment, the managed route the article recommends), `managed` (managed online endpoints), `kubernetes` (Kubernetes online endpoints on attached AKS or Arc clusters) or `both`. Checks of a route not evaluated are reported as skipped.',
        required: false,
        default: 'auto'
    },
    {
        name: 'vnet-id',
        description: "Resource id of the virtual network that secures the workspace. Optional: discovered from the workspace's private endpoint (and, on the Kubernetes route, the node pool subnets) when empty.",
        required: false,
        default: ''
    },
    {
        name: 'subnet-id',
        description: 'Resource id of the subnet that secures the workspace (RBAC and outbound checks are evaluated against it). Optional: discovered like `vnet-id` when empty.',
        required: false,
        default: ''
    },
    {
        name: 'principal-id',
        description: 'Object id of the identity whose RBAC permissions on the virtual network and subnet are checked (for example the one that really deploys). Empty: the identity the action logs in as.',
        required: false,
        default: ''
    },
    {
        name: 'max-concurrency',
        description: "Most Azure Resource Manager requests in flight at once (1 to 256), so that a large workspace does not flood ARM's per-subscription read limits. Throttled requests (429) are retried after their `Retry-After`.",
        required: false,
        default: '16'
    },
    {
        name: 'arm-read-reserve',
        description: "Reads of Azure Resource Manager's read budget (a bucket of 250 per subscription and identity, refilled at 25 a second) left unspent for what runs next, such as a deployment in the same job (0 to 200). Reads are paced from the budget ARM announces on every answer: they wait for the bucket to refill rather than being throttled, and the last reads of it are never spent. The default, 25, is one second of refill.",
        required: false,
        default: '25'
    },
    {
        name: 'timeout-seconds',
        description: 'Deadline of the whole run, in seconds (1 to 21600). Azure reads still outstanding then are reported as `unknown` naming this input; the report, comment and outputs are still written. Each try of a request is given 30 seconds (or a tenth of this deadline, if shorter) and failed tries are retried at most 3 times.',
        required: false,
        default: '600'
    },
    {
        name: 'deployment-method',
        description: 'How deployments into the network are made: `cli`, `sdk`, `studio` or `arm-template`. ARM template deployments do not need `Microsoft.Network/*/read` on the virtual network.',
        required: false,
        default: 'cli'
    },
    {
        name: 'comment',
        description: "When to write the pull request comment: `auto` (on pull_request and pull_request_target events), `always` (also find the pull request of a push through the commits API), `on-failure` (as `auto`, but only when the `fail-on` gate fails the step, unknown checks included unless `allow-unknown`; a run that passes deletes this action's earlier sticky comment so no outdated failure stays; with `fail-on: none` nothing fails, so nothing is posted) or `never`.",
        required: false,
        default: 'auto'
    },
    {
        name: 'comment-mode',
        description: '`update` edits the sticky comment in place; `recreate` deletes it and posts it anew, so the pull request timeline shows it again.',
        required: false,
        default: 'update'
    },
    {
        name: 'comment-header',
        description: "A name that keeps this job's sticky comment apart from other jobs' comments on the same workspace (for example the matrix entry). Empty: one comment per workspace.",
        required: false,
        default: ''
    },
    {
        name: 'detail',
        description: 'What the pull request comment and the job summary show: full (subscription, tenant and principal ids, ARM resource ids, IP ranges) or redacted (resource names only, for public repositories). The JSON report and SARIF stay full: do not upload them as artifacts of a public repository.',
        required: false,
        default: 'full'
    },
    {
        name: 'sarif-file',
        description: 'Path to write a SARIF 2.1.0 file to (for github/codeql-action/upload-sarif). Empty: no SARIF.',
        required: false,
        default: ''
    },
    {
        name: 'iac-files',
        description: 'Glob patterns (one per line) of Bicep, ARM JSON or Terraform files; a failed check whose property appears in one of them is annotated at that file and line.',
        required: false,
        default: ''
    },
    {
        name: 'deployment-files',
        description: 'Glob patterns (one per line, or comma-separated, relative to the repository root) of the Azure ML CLI v2 online endpoint and deployment YAML files this workflow will deploy. The checks then also judge the workspace as it will be after the deployment, and the comment says what this pull request changes (docs/planned.md). Empty: live only.',
        required: false,
        default: ''
    },
    {
        name: 'gate-on',
        description: 'With `deployment-files`: which state `fail-on` judges. `planned` (the workspace after this deployment), `live` (as it is now) or `both` (either failing fails the step). Without planned inputs only the live state exists.',
        required: false,
        default: 'planned'
    },
    {
        name: 'config-file',
        description: 'Suppressions file (check IDs, optional resources, a reason, an optional expiry date). A missing file at the default path means no suppressions.',
        required: false,
        default: '.github/aml-inference-guard.yml'
    },
    {
        name: 'from-report',
        description: "Path of a JSON report saved by an earlier run. When set, nothing is read from Azure and no login happens: the action writes that report's comment, summary and outputs (the second workflow of the fork pull request pattern, see the README). client-id, tenant-id, subscription-id, resource-group and workspace-name may then be left out.",
        required: false,
        default: ''
    },
    {
        name: 'scope',
        description: 'Estate scan: `subscription:<id>[,<id>...]` or `management-group:<id>`. Finds every Azure Machine Learning workspace in scope through Azure Resource Graph, checks each and writes one estate report (job summary, report-file, SARIF; no pull-request comment). subscription-id, resource-group and workspace-name are then left empty. See docs/estate.md.',
        required: false,
        default: ''
    },
    {
        name: 'merge-reports',
        description: 'Glob patterns (one per line) of JSON reports saved by earlier runs (e.g. one estate scan per subscription in a matrix, downloaded as artifacts). Writes one estate summary, report-file and outputs from them without logging in to Azure; the Azure inputs may be left out. See docs/estate.md.',
        required: false,
        default: ''
    },
    {
        name: 'snapshot-file',
        description: 'Path to save the snapshot of everything read from Azure to (JSON, versioned schema, no tokens; see docs/snapshot.md), e.g. to upload as an artifact and re-evaluate later. Empty: not saved.',
        required: false,
        default: ''
    },
    {
        name: 'from-snapshot',
        description: 'Path of a snapshot saved by `snapshot-file`. When set, nothing is read from Azure and no login happens: the snapshot is evaluated and reported like a live read. The Azure inputs (`client-id`, `tenant-id`, `subscription-id`, `resource-group`, `workspace-name`) may then be left out.',
        required: false,
        default: ''
    }
];

;// CONCATENATED MODULE: ./src/cli/options.ts
/**
 * The CLI's options: every action input is either a CLI option (same meaning,
 * help text from action.yml through the generated action-inputs.ts) or
 * listed with the reason it has none; the type makes both lists cover every
 * input, so an input added to action.yml does not compile until it is placed.
 */


const CLI_NAME = 'aml-inference-guard';
const FORMATS = ['text', 'json', 'markdown', 'sarif'];
/** Where each action input went in the CLI. */
const INPUT_PLACEMENT = {
    'subscription-id': { flag: 'subscription', group: 'Workspace', requiredLive: true },
    'resource-group': { flag: 'resource-group', group: 'Workspace', requiredLive: true },
    'workspace-name': { flag: 'workspace', group: 'Workspace', requiredLive: true },
    route: { flag: 'route', group: 'Checks' },
    'vnet-id': { flag: 'vnet-id', group: 'Checks' },
    'subnet-id': { flag: 'subnet-id', group: 'Checks' },
    'principal-id': { flag: 'principal-id', group: 'Checks' },
    'deployment-method': { flag: 'deployment-method', group: 'Checks' },
    'fail-on': { flag: 'fail-on', group: 'Checks' },
    'allow-unknown': { flag: 'allow-unknown', group: 'Checks' },
    'config-file': { flag: 'config-file', group: 'Checks' },
    'tenant-id': { flag: 'tenant', group: 'Azure' },
    environment: { flag: 'environment', group: 'Azure' },
    'authority-host': { flag: 'authority-host', group: 'Azure' },
    'arm-endpoint': { flag: 'arm-endpoint', group: 'Azure' },
    'max-concurrency': { flag: 'max-concurrency', group: 'Azure' },
    'arm-read-reserve': { flag: 'arm-read-reserve', group: 'Azure' },
    'timeout-seconds': { flag: 'timeout-seconds', group: 'Azure' },
    'snapshot-file': { flag: 'save-snapshot', group: 'Snapshots' },
    'from-snapshot': { flag: 'from-snapshot', group: 'Snapshots' },
    'client-id': {
        notInCli: 'the CLI signs in with az login or the environment (AZURE_CLIENT_ID), not GitHub OIDC'
    },
    audience: { notInCli: 'the audience of the GitHub OIDC token' },
    'github-token': { notInCli: 'no pull request comment' },
    comment: { notInCli: 'no pull request comment' },
    'comment-mode': { notInCli: 'no pull request comment' },
    'comment-header': { notInCli: 'no pull request comment' },
    detail: { notInCli: 'the CLI prints the full report on your own machine' },
    'sarif-file': { notInCli: 'use --format sarif (with --output)' },
    'iac-files': { notInCli: 'file annotations are a workflow feature' },
    'deployment-files': {
        notInCli: 'read in the workflow; the CLI re-evaluates the planned part of a saved snapshot (--from-snapshot)'
    },
    'gate-on': { flag: 'gate-on', group: 'Checks' },
    'from-report': { notInCli: 'posting a saved report is a workflow step' },
    scope: { flag: 'scope', group: 'Workspace' },
    'merge-reports': { notInCli: 'merging the reports of matrix jobs is a workflow step' }
};
const CLI_ONLY = [
    {
        flag: 'format',
        value: FORMATS.join('|'),
        description: 'Report format on stdout: text (a terminal report grouped by checklist section), json (the JSON report), markdown (the job summary) or sarif (SARIF 2.1.0). Default: text.'
    },
    {
        flag: 'output',
        value: 'file',
        description: 'Write the report to this file instead of stdout.'
    },
    { flag: 'help', description: 'Show this help.' },
    { flag: 'version', description: 'Show the version.' }
];
const SEE_HELP = `Run \`${CLI_NAME} --help\` for the options.`;
const INPUT_OF_FLAG = new Map(Object.entries(INPUT_PLACEMENT).flatMap(([name, p]) => 'flag' in p ? [[p.flag, name]] : []));
/** The CLI flag of an action input, if it has one. */
function flagOf(input) {
    const placement = INPUT_PLACEMENT[input];
    return placement && 'flag' in placement ? placement.flag : undefined;
}
/** `--name value`, `--name=value`; `-h` for help. Throws a ConfigurationError on a usage mistake. */
function parseCliArgs(argv) {
    const options = { inputs: {}, format: 'text', help: false, version: false };
    const seen = new Set();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h' || arg === '--help') {
            options.help = true;
            continue;
        }
        if (arg === '--version') {
            options.version = true;
            continue;
        }
        const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
        if (!match) {
            throw new errors/* ConfigurationError */.j(`Unexpected argument ${JSON.stringify(arg)}: options are written --name value. ${SEE_HELP}`);
        }
        const flag = match[1];
        const input = INPUT_OF_FLAG.get(flag);
        if (!input && flag !== 'format' && flag !== 'output') {
            const placement = Object.entries(INPUT_PLACEMENT).find(([name]) => name === flag)?.[1];
            const why = placement && 'notInCli' in placement ? ` (${placement.notInCli})` : '';
            throw new errors/* ConfigurationError */.j(`Unknown option --${flag}${why}. ${SEE_HELP}`);
        }
        let value = match[2];
        if (value === undefined) {
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--')) {
                throw new errors/* ConfigurationError */.j(`Option --${flag} needs a value. ${SEE_HELP}`);
            }
            value = next;
            i++;
        }
        if (seen.has(flag))
            throw new errors/* ConfigurationError */.j(`Option --${flag} is given twice. ${SEE_HELP}`);
        seen.add(flag);
        if (input)
            options.inputs[input] = value;
        else if (flag === 'output')
            options.output = value;
        else {
            const format = FORMATS.find(f => f === value.toLowerCase());
            if (!format) {
                throw new errors/* ConfigurationError */.j(`Option --format: ${JSON.stringify(value)} is not a format. Allowed values: ${FORMATS.join(', ')}.`);
            }
            options.format = format;
        }
    }
    return options;
}
/**
 * A message written for the action, in the CLI's words: `--workspace` where
 * the action says `workspace-name`, "options" where it says "inputs".
 */
function inCliTerms(message) {
    return CLI_PHRASES.reduce((text, [action, cli]) => text.replace(action, cli), message)
        .replace(/Input required and not supplied: ([a-z-]+)/g, (whole, name) => {
        const flag = flagOf(name);
        return flag ? `Option required and not supplied: --${flag}` : whole;
    })
        .replace(/`([a-z][a-z-]*): ([^`\s]+)`/g, (whole, name, value) => {
        const flag = flagOf(name);
        return flag ? `--${flag} ${value}` : whole;
    })
        .replace(/`([a-z][a-z-]*)`/g, (whole, name) => {
        const flag = flagOf(name);
        return flag ? `--${flag}` : whole;
    })
        .replace(/\binput(s?)\b/g, 'option$1');
}
/**
 * Phrases of action.yml and of the shared messages that speak of a workflow
 * (steps, checkouts, artifacts, modes the CLI lacks), in a terminal's words.
 * A phrase action.yml rewords no longer matches: the --help test catches it.
 */
const CLI_PHRASES = [
    [/The action's inputs have/g, 'The options have'],
    [/, `from-report`, `from-snapshot` and `merge-reports`/g, ' and `from-snapshot`'],
    [
        / \(job summary, report-file, SARIF; no pull-request comment\)/g,
        ' (in the --format asked for)'
    ],
    [
        /subscription-id, resource-group and workspace-name are then left empty/g,
        '`subscription-id`, `resource-group` and `workspace-name` are then left out'
    ],
    [/The Azure inputs \(`client-id`, /g, 'The Azure options ('],
    [
        / Needed whenever `client-id` is\./g,
        ' Optional: by default the tenant of the Azure CLI login or of the environment.'
    ],
    [/the report, comment and outputs are still written/g, 'the report is still written'],
    [/, e\.g\. to upload as an artifact and re-evaluate later/g, ', e.g. to re-evaluate it later'],
    [/the action logs in as/g, 'the CLI signs in as'],
    [
        /Check the path \(it is relative to the repository root\), make sure the workflow checks out the repository \(actions\/checkout\) before this step, /g,
        'Check the path (it is relative to the current directory), '
    ],
    [/ does not exist in the workspace\./g, ' does not exist in the current directory.'],
    // Messages shared with the action name both spellings; the CLI needs one.
    [/`snapshot-file` or `--save-snapshot`/g, '`snapshot-file`'],
    [/\benvironment: custom requires\b/g, '--environment custom requires'],
    [/\bor use environment AzureCloud\b/g, 'or use --environment AzureCloud'],
    [/\bWhen the step fails\b/g, 'When the run fails (exit code 1)'],
    [/\bthe step\b/g, 'the run']
];
const WIDTH = 100;
const INDENT = 28;
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines;
}
function helpEntry(left, description) {
    const [first = '', ...rest] = wrap(description, INDENT);
    const pad = ' '.repeat(INDENT);
    const head = left.length + 3 <= INDENT ? `  ${left.padEnd(INDENT - 2)}${first}` : `  ${left}\n${pad}${first}`;
    return [head, ...rest.map(l => pad + l)].join('\n');
}
/** `--help`: the mirrored inputs' descriptions come from action.yml. */
function helpText() {
    const groups = new Map(['Workspace', 'Checks', 'Azure', 'Snapshots'].map(g => [g, []]));
    for (const input of ACTION_INPUTS) {
        const placement = INPUT_PLACEMENT[input.name];
        if (!('flag' in placement))
            continue;
        const shownDefault = input.default && !input.default.includes('${{') ? ` Default: ${input.default}.` : '';
        const required = placement.requiredLive ? ' Required unless --from-snapshot or --scope.' : '';
        const description = inCliTerms(input.description).replace(/`/g, '') + required + shownDefault;
        const entries = groups.get(placement.group) ?? [];
        entries.push(helpEntry(`--${placement.flag} <value>`, description));
        groups.set(placement.group, entries);
    }
    groups.set('Output', CLI_ONLY.map(o => helpEntry(`--${o.flag}${o.value ? ` <${o.value}>` : ''}`, o.description)));
    const sections = [...groups].map(([group, entries]) => `${group}:\n${entries.join('\n')}`);
    return [
        `Usage: ${CLI_NAME} --subscription <id> --resource-group <name> --workspace <name> [options]`,
        `       ${CLI_NAME} --from-snapshot <file> [options]`,
        '',
        ...wrap("Checks an Azure Machine Learning workspace and its network against Microsoft's checklist for securing an inferencing environment with virtual networks: the GitHub Action's checks, run locally.", 0),
        '',
        ...sections.flatMap(s => [s, '']),
        ...[
            'Credentials: the Azure CLI login (az login), else DefaultAzureCredential (AZURE_CLIENT_ID, AZURE_TENANT_ID with AZURE_CLIENT_SECRET, a certificate or AZURE_FEDERATED_TOKEN_FILE; managed identity; Azure Developer CLI; Azure PowerShell). --from-snapshot needs none.',
            'Exit codes: 0 pass, 1 failed per --fail-on, 2 usage or configuration error (including no credential), 3 unexpected error.',
            'Colour only on a terminal, and never when NO_COLOR is set.'
        ].flatMap(paragraph => [...wrap(paragraph, 0), ''])
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI's edge: options → login (az login or the environment) → the shared
 * pipeline (src/run/pipeline.ts) → a report on stdout. Exit codes: 0 pass, 1 the
 * gate failed per --fail-on, 2 usage or configuration error, 3 a bug.
 */














const EXIT = { pass: 0, failed: 1, usage: 2, bug: 3 };
/** Runs the CLI once; resolves to the exit code. Never throws. */
async function runCli(argv, io) {
    const progress = new ProgressLine(io.stderr);
    try {
        const options = parseCliArgs(argv);
        if (options.help) {
            io.stdout.write(helpText());
            return EXIT.pass;
        }
        if (options.version) {
            io.stdout.write(`${version/* VERSION */.x}\n`);
            return EXIT.pass;
        }
        const settings = (0,inputs/* readSettings */.sb)(name => options.inputs[name] ?? '', {
            oidcLogin: false
        });
        const log = {
            // The pipeline and settings speak of the action's inputs and step; say it in the CLI's words.
            info: message => progress.above(`${inCliTerms(message)}\n`),
            warning: message => progress.above(`warning: ${inCliTerms(message)}\n`),
            debug: () => undefined,
            progress: stats => progress.show(`Reading Azure… ${stats.requests} request${stats.requests === 1 ? '' : 's'} answered`)
        };
        const suppressions = (0,suppressions_file/* loadSuppressions */.P)({
            file: settings.configFile,
            explicit: settings.configFileExplicit,
            workspace: io.cwd,
            info: log.info
        });
        if (settings.scope) {
            return await runCliEstate({ ...settings, scope: settings.scope }, suppressions, {
                options,
                io,
                log,
                progress
            });
        }
        let snapshot;
        if (settings.fromSnapshot) {
            snapshot = (0,run_pipeline/* readSnapshot */.RA)((0,external_node_path_.resolve)(io.cwd, settings.fromSnapshot), '--from-snapshot', settings.fromSnapshot, log);
        }
        else {
            const collected = await collectLive(settings, options, io, log);
            progress.clear();
            log.info((0,run_pipeline/* timingLine */.NC)(collected, settings.maxConcurrency));
            snapshot = collected.snapshot;
        }
        if (settings.snapshotFile)
            (0,run_pipeline/* saveSnapshot */.Os)((0,external_node_path_.resolve)(io.cwd, settings.snapshotFile), snapshot, log);
        const { report, verdict } = (0,run_pipeline/* evaluate */._3)(snapshot, (0,run_pipeline/* evaluateSettingsOf */.U0)(settings, suppressions), log);
        if (options.output) {
            const file = (0,external_node_path_.resolve)(io.cwd, options.output);
            (0,external_node_fs_.writeFileSync)(file, render(report, options.format, false));
            log.info(`Report written to ${file}`);
        }
        else {
            io.stdout.write(render(report, options.format, useColor(io.stdout, io.env)));
        }
        if (verdict.failed) {
            io.stderr.write(`${(0,run_pipeline/* gateFailureMessage */.hL)(verdict, settings.failOnText)}\n`);
            return EXIT.failed;
        }
        return EXIT.pass;
    }
    catch (error) {
        progress.clear();
        return reportCliFailure(error, io.stderr);
    }
}
async function collectLive(settings, options, io, log) {
    const login = await signIn(settings, options, io, log);
    return (0,run_pipeline/* collect */.Fo)(settings, login, log, new pipeline/* RunDeadline */.sQ(settings.timeoutSeconds));
}
/** `--scope`: the estate scan (src/estate/scan.ts) with the CLI's credential, one estate report. */
async function runCliEstate(settings, suppressions, cli) {
    const { options, io, log, progress } = cli;
    const deadline = new pipeline/* RunDeadline */.sQ(settings.timeoutSeconds);
    const login = await signIn(settings, options, io, log);
    const [{ AzureClients }, { scanEstate, estateGateMessage, estateTimingLine }] = await Promise.all([__webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 19137)), Promise.all(/* import() */[__webpack_require__.e(137), __webpack_require__.e(641), __webpack_require__.e(743)]).then(__webpack_require__.bind(__webpack_require__, 19743))]);
    const clients = (0,run_pipeline/* armClients */.b_)(AzureClients, login.credential, settings, log, deadline);
    const scan = await scanEstate(settings, { clients, identity: login.identity, suppressions }, log);
    progress.clear();
    log.info(estateTimingLine(scan, clients.stats, settings.maxConcurrency));
    const { buildEstateSarif, renderEstateJson, renderEstateSummary } = await __webpack_require__.e(/* import() */ 588).then(__webpack_require__.bind(__webpack_require__, 22588));
    const render = (color) => {
        switch (options.format) {
            case 'json':
                return `${renderEstateJson(scan.report)}\n`;
            case 'markdown':
                return renderEstateSummary(scan.report);
            case 'sarif':
                return `${JSON.stringify(buildEstateSarif(scan.report), null, 2)}\n`;
            case 'text':
                return renderEstateTerminal(scan.report, color);
        }
    };
    if (options.output) {
        const file = (0,external_node_path_.resolve)(io.cwd, options.output);
        (0,external_node_fs_.writeFileSync)(file, render(false));
        log.info(`Report written to ${file}`);
    }
    else {
        io.stdout.write(render(useColor(io.stdout, io.env)));
    }
    const failure = estateGateMessage(scan.report, settings.failOnText);
    if (failure) {
        io.stderr.write(`${failure}\n`);
        return EXIT.failed;
    }
    return EXIT.pass;
}
/** The estate on a terminal: its verdict, then each workspace's report, then those not evaluated. */
function renderEstateTerminal(report, color) {
    const parts = [`${plainText(report.verdict.headline)}\n`];
    for (const workspace of report.workspaces)
        parts.push(renderTerminal(workspace, { color }));
    for (const e of report.errors) {
        parts.push(`${plainText(e.workspaceId)}: not evaluated (${plainText(e.reason)})\n`);
    }
    return parts.join('\n');
}
async function signIn(settings, options, io, log) {
    const authorityExplicit = options.inputs['authority-host'] !== undefined || settings.environment !== 'AzureCloud';
    return cliLogin(credentialSources({
        cloud: settings.cloud,
        authorityExplicit,
        ...(settings.tenantId ? { tenantId: settings.tenantId } : {})
    }, io.env), settings.cloud.tokenScope, log.info);
}
function render(report, format, color) {
    switch (format) {
        case 'json':
            return `${(0,model/* renderJsonReport */.nJ)(report)}\n`;
        case 'markdown':
            return (0,summary/* renderSummary */.Br)(report);
        case 'sarif':
            return `${(0,sarif/* renderSarif */.WH)(report)}\n`;
        case 'text':
            return renderTerminal(report, { color });
    }
}
/** A configuration error as written (in the CLI's terms), anything else as a bug; never a stack. */
function reportCliFailure(error, stderr) {
    if ((0,errors/* isConfigurationError */.p)(error)) {
        stderr.write(`error: ${inCliTerms(error.message)}\n`);
        return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`aml-inference-guard stopped on an unexpected error: ${message}\nThis is a bug: please report it with the command you ran.\n`);
    return EXIT.bug;
}
/** One status line on a terminal's stderr, rewritten in place; nothing at all when stderr is not a TTY. */
class ProgressLine {
    stream;
    shown = false;
    constructor(stream) {
        this.stream = stream;
    }
    show(text) {
        if (!this.stream.isTTY)
            return;
        this.stream.write(`\r\u001b[2K${text}`);
        this.shown = true;
    }
    clear() {
        if (!this.shown)
            return;
        this.stream.write('\r\u001b[2K');
        this.shown = false;
    }
    /** A log line, written above the status line. */
    above(text) {
        this.clear();
        this.stream.write(text);
    }
}
/** The bin entry: process streams, exit code, and a last handler for stray rejections. */
async function startCli() {
    const io = {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd()
    };
    const stray = (error) => {
        process.exitCode = reportCliFailure(error, process.stderr);
        process.exit();
    };
    process.on('unhandledRejection', stray);
    process.on('uncaughtException', stray);
    process.exitCode = await runCli(process.argv.slice(2), io);
}


/***/ })

};
