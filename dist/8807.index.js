export const id = 8807;
export const ids = [8807,7994];
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
// EXTERNAL MODULE: ./src/run/pipeline.ts + 3 modules
var run_pipeline = __webpack_require__(68053);
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
// EXTERNAL MODULE: ./src/report/planned.ts
var report_planned = __webpack_require__(89580);
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
    // --deployment-files: what the planned change does, before the results of the state judged.
    const planned = (0,report_planned.plannedTextLines)(report.planned);
    if (planned.length > 0) {
        const [heading = '', ...changes] = planned;
        lines.push('', paint('bold', t(heading)), ...changes.map(line => `  ${t(line.trimStart())}`));
    }
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
            const status = (0,model.resultStatus)(result);
            const { mark, label, style } = MARKS[status];
            // A fail is always error or warning here (a notice is advice): the terminal names which.
            const severity = status === 'fail' && result.severity ? ` (${result.severity})` : '';
            const suppressed = result.suppression ? ` · suppressed: ${t(result.suppression.reason)}` : '';
            lines.push(`  ${paint(style, `${mark} ${label}${severity}`.padEnd(18))} ${t(result.checkId).padEnd(7)} ${t(result.title)} · ${t(result.resource.name)}${suppressed}`);
            if (result.outcome === 'fail' || result.outcome === 'unknown') {
                lines.push(`      ${paint('dim', t(result.detail))}`);
                const commands = (0,model.fixSteps)(result);
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
    const flagged = report.results.some(r => !r.suppression && ['fail', 'unknown'].includes((0,model.resultStatus)(r)));
    lines.push('', `Results: ${(0,format/* statusCountsText */.E$)(report)} · fail-on: ${t(report.failOn)}`, paint(report.verdict.failed ? 'red' : flagged ? 'yellow' : 'green', t(report.verdict.headline)), '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/settings/suppressions-file.ts
var suppressions_file = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/settings/deployment-files.ts + 1 modules
var deployment_files = __webpack_require__(51494);
// EXTERNAL MODULE: ./src/planned/merge.ts
var merge = __webpack_require__(66106);
// EXTERNAL MODULE: ./src/settings/arm-template.ts
var arm_template = __webpack_require__(84218);
// EXTERNAL MODULE: ./src/settings/terraform-plan.ts + 1 modules
var terraform_plan = __webpack_require__(28029);
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
        description: 'With `deployment-files`, `arm-template` or `terraform-plan`: which state `fail-on` judges. `planned` (the workspace after this deployment), `live` (as it is now) or `both` (either failing fails the step). Without planned inputs only the live state exists.',
        required: false,
        default: 'planned'
    },
    {
        name: 'arm-template',
        description: "Path (relative to the repository root) of the compiled ARM template this workflow will deploy to `resource-group` (Bicep: run `az bicep build --file main.bicep` first and name the main.json it writes). The action asks Azure's what-if (Incremental mode; nothing is deployed) what it will change and judges the workspace as it will be (docs/planned.md). What-if needs the deployment's own permissions on the resource group (`Microsoft.Resources/deployments/*`, with `whatIf/action`, and write on what the template deploys); a refused what-if makes the planned state unknown. Empty: no template.",
        required: false,
        default: ''
    },
    {
        name: 'arm-parameters',
        description: 'With `arm-template`: path of its deployment parameters file (`{"parameters": {"name": {"value": ...}}}`, as `az deployment group create --parameters @file` takes it; a .bicepparam file: run `az bicep build-params` first). Empty: the template\'s defaults.',
        required: false,
        default: ''
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
    },
    {
        name: 'terraform-plan',
        description: "Path(s), one per line relative to the repository root, of the JSON of `terraform show -json <planfile>` for the plan this workflow will apply. The azurerm and azapi resources the checks read are judged as the plan leaves them, like `deployment-files` (docs/planned.md); a value known only after apply makes that resource's planned state unknown. Empty: no Terraform plan.",
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
    'deployment-files': { flag: 'deployment-files', group: 'Checks', repeatable: true },
    'gate-on': { flag: 'gate-on', group: 'Checks' },
    'arm-template': { flag: 'arm-template', group: 'Checks' },
    'arm-parameters': { flag: 'arm-parameters', group: 'Checks' },
    'from-report': { notInCli: 'posting a saved report is a workflow step' },
    scope: { flag: 'scope', group: 'Workspace' },
    'merge-reports': { notInCli: 'merging the reports of matrix jobs is a workflow step' },
    'terraform-plan': { flag: 'terraform-plan', group: 'Checks', repeatable: true }
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
        const placement = input ? INPUT_PLACEMENT[input] : undefined;
        const repeatable = placement !== undefined && 'flag' in placement && placement.repeatable === true;
        if (seen.has(flag) && !repeatable) {
            throw new errors/* ConfigurationError */.j(`Option --${flag} is given twice. ${SEE_HELP}`);
        }
        seen.add(flag);
        const earlier = input ? options.inputs[input] : undefined;
        if (input)
            options.inputs[input] = earlier === undefined ? value : `${earlier}\n${value}`;
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
    // deployment-files: its description and src/settings/deployment-files.ts, src/planned/cli-v2.ts.
    [
        /\(one per line, or comma-separated, relative to the repository root\)/g,
        '(comma-separated, or the option given again; relative to the current directory)'
    ],
    [/ this workflow will deploy\./g, ' you will deploy.'],
    [
        /, and the comment says what this pull request changes/g,
        ', and the report says what they change'
    ],
    [/the workspace checkout/g, 'the current directory'],
    [/ Name the files relative to the repository root,/g, ' Name the files relative to it,'],
    [/ Name files of the repository only\./g, ' Name files under the current directory only.'],
    [
        / \(relative to the repository root\) and that the job checks the repository out before this step;/g,
        ' (relative to the current directory);'
    ],
    [/leave the input empty to judge only/g, 'leave the option out to judge only'],
    [/the workflow deploys/g, 'you deploy'],
    [/depends on the workflow's order/g, 'depends on the order you deploy them in'],
    // Messages shared with the action name both spellings; the CLI needs one.
    [/`snapshot-file` or `--save-snapshot`/g, '`snapshot-file`'],
    [/\benvironment: custom requires\b/g, '--environment custom requires'],
    [/\bor use environment AzureCloud\b/g, 'or use --environment AzureCloud'],
    [/\bWhen the step fails\b/g, 'When the run fails (exit code 1)'],
    [/\bthe step\b/g, 'the run'],
    // arm-template, terraform-plan (after the more specific phrases above)
    [/The action asks Azure's what-if/g, "The CLI asks Azure's what-if"],
    [/ this workflow will deploy to /g, ' you will deploy to '],
    [/ this workflow will apply\./g, ' you will apply.'],
    [/ \(relative to the repository root\) /g, ' (relative to the current directory) '],
    [
        /, one per line relative to the repository root,/g,
        ', relative to the current directory (the option given again for more),'
    ]
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
        const suppressions = await (0,suppressions_file/* loadSuppressions */.P)({
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
        // Before signing in, as in the action: a deployment file that cannot be judged stops the run first.
        const planned = await (0,deployment_files.readDeploymentFiles)(settings.deploymentFiles, io.cwd);
        for (const note of planned?.notes ?? [])
            log.info(note);
        // The template's what-if runs during collection; the files are read now, before Azure.
        const whatIf = await (0,arm_template.readArmTemplate)(settings.armTemplate, settings.armParameters, io.cwd);
        let live;
        if (settings.fromSnapshot) {
            live = (0,run_pipeline.readSnapshot)((0,external_node_path_.resolve)(io.cwd, settings.fromSnapshot), '--from-snapshot', settings.fromSnapshot, log);
        }
        else {
            const collected = await collectLive({ ...settings, ...(whatIf ? { whatIf } : {}) }, options, io, log);
            progress.clear();
            log.info((0,run_pipeline.timingLine)(collected, settings.maxConcurrency));
            live = collected.snapshot;
        }
        const terraform = await (0,terraform_plan.readTerraformPlans)(settings.terraformPlan, live.target.subscriptionId, io.cwd);
        for (const note of terraform?.notes ?? [])
            log.info(note);
        // Planned inputs named now replace that route's part of a saved snapshot, as in the action.
        const snapshot = (0,merge.withPlannedNow)(live, {
            files: planned?.planned,
            terraform: terraform?.planned
        });
        if (settings.snapshotFile)
            (0,run_pipeline.saveSnapshot)((0,external_node_path_.resolve)(io.cwd, settings.snapshotFile), snapshot, log);
        const { report, verdict } = (0,run_pipeline.evaluate)(snapshot, (0,run_pipeline.evaluateSettingsOf)(settings, suppressions), log);
        if (options.output) {
            const file = (0,external_node_path_.resolve)(io.cwd, options.output);
            (0,external_node_fs_.writeFileSync)(file, render(report, options.format, false));
            log.info(`Report written to ${file}`);
        }
        else {
            io.stdout.write(render(report, options.format, useColor(io.stdout, io.env)));
        }
        if (verdict.failed) {
            io.stderr.write(`${(0,run_pipeline.gateFailureMessage)(verdict, settings.failOnText)}\n`);
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
    return (0,run_pipeline.collect)(settings, login, log, new pipeline/* RunDeadline */.sQ(settings.timeoutSeconds));
}
/** `--scope`: the estate scan (src/estate/scan.ts) with the CLI's credential, one estate report. */
async function runCliEstate(settings, suppressions, cli) {
    const { options, io, log, progress } = cli;
    const deadline = new pipeline/* RunDeadline */.sQ(settings.timeoutSeconds);
    const login = await signIn(settings, options, io, log);
    const [{ AzureClients }, { scanEstate, estateGateMessage, estateTimingLine }] = await Promise.all([__webpack_require__.e(/* import() */ 9137).then(__webpack_require__.bind(__webpack_require__, 19137)), Promise.all(/* import() */[__webpack_require__.e(9137), __webpack_require__.e(9893), __webpack_require__.e(9743)]).then(__webpack_require__.bind(__webpack_require__, 19743))]);
    const clients = (0,run_pipeline.armClients)(AzureClients, login.credential, settings, log, deadline);
    const scan = await scanEstate(settings, { clients, identity: login.identity, suppressions }, log);
    progress.clear();
    log.info(estateTimingLine(scan, clients.stats, settings.maxConcurrency));
    const { buildEstateSarif, renderEstateJson, renderEstateSummary } = await __webpack_require__.e(/* import() */ 2588).then(__webpack_require__.bind(__webpack_require__, 22588));
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
            return `${(0,model.renderJsonReport)(report)}\n`;
        case 'markdown':
            return (0,summary.renderSummary)(report);
        case 'sarif':
            return `${(0,sarif.renderSarif)(report)}\n`;
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


/***/ }),

/***/ 84218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_TEMPLATE_BYTES: () => (/* binding */ MAX_TEMPLATE_BYTES),
/* harmony export */   deploymentParameters: () => (/* binding */ deploymentParameters),
/* harmony export */   jsonErrorPosition: () => (/* binding */ jsonErrorPosition),
/* harmony export */   readArmTemplate: () => (/* binding */ readArmTemplate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _checkout_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62812);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87206);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33477);
/**
 * Reads `arm-template` (a compiled ARM template: Bicep users run `az bicep build` first) and
 * `arm-parameters` from the workspace checkout, before any Azure request, for Azure's what-if
 * (src/collect/read-what-if.ts). The paths come from the workflow and the files from the pull
 * request: a path outside GITHUB_WORKSPACE (`..`, absolute, a symbolic link leading out) is
 * refused, not read. Problems stop the run with the input, the file, the line and the fix.
 */




/** ARM's own limit on a template (Microsoft Learn, "Resolve errors for job size exceeded"). */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
async function readArmTemplate(templatePath, parametersPath, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    if (!templatePath)
        return undefined;
    const root = await (0,_checkout_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkoutRoot */ .Re)(workspace);
    const template = await readJson('arm-template', templatePath, root);
    if (!isObject(template.value) || !('resources' in template.value)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`arm-template\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(template.file)} is not an ARM template (a JSON object with \`$schema\` and \`resources\`). Name the JSON that \`az bicep build --file main.bicep\` writes (main.json), not the .bicep file or a parameters file.`);
    }
    if (!parametersPath)
        return { file: template.file, template: template.value };
    const parameters = await readJson('arm-parameters', parametersPath, root);
    return {
        file: template.file,
        template: template.value,
        parameters: deploymentParameters(parameters.value, parameters.file)
    };
}
/**
 * A deployment parameters file (`{ $schema, contentVersion, parameters: { name: { value } } }`)
 * or its plain `parameters` object: the `{ name: { value } }` ARM's REST API takes.
 */
function deploymentParameters(value, file) {
    const fix = `Use a deployment parameters file ({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": {"name": {"value": ...}}}); for a .bicepparam file run \`az bicep build-params\` first.`;
    if (!isObject(value)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`arm-parameters\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(file)} does not hold a JSON object. ${fix}`);
    }
    // A plain object may hold a parameter named `parameters`, but then with a `value`.
    const inner = value['parameters'];
    const wrapped = isObject(inner) && !('value' in inner || 'reference' in inner);
    const parameters = wrapped ? value['parameters'] : value;
    for (const [name, entry] of Object.entries(parameters)) {
        if (!isObject(entry) || !('value' in entry || 'reference' in entry)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`arm-parameters\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(file)}: the parameter ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(name)} has no \`value\` (or Key Vault \`reference\`). ${fix}`);
        }
    }
    return parameters;
}
async function readJson(input, given, root) {
    const { shown, real } = await (0,_checkout_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkoutFile */ .ni)(root, given, {
        input,
        outside: 'Name the file relative to the repository root, such as infra/main.json.',
        missing: `Check the path (relative to the repository root) and that the job checks the repository out${input === 'arm-template' ? ' and runs `az bicep build` before this step' : ''}.`,
        symlink: 'Name a file of the repository.',
        notFile: 'Name the JSON file.',
        maxBytes: MAX_TEMPLATE_BYTES,
        tooLarge: bytes => `is ${bytes} bytes, more than the 4 MiB Azure Resource Manager accepts for a deployment. Split the template into modules, or name the compiled template of this deployment only.`
    });
    // Editors on Windows may write a byte order mark; JSON.parse refuses it.
    const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(real, 'utf8')).replace(/^\uFEFF/, '');
    try {
        return { file: shown, value: JSON.parse(text) };
    }
    catch (error) {
        const at = jsonErrorPosition(error, text);
        // The position is said as line and column; V8's own words for it are left out.
        const what = errorText(error).replace(/ in JSON at position \d+( \(line \d+ column \d+\))?/, '');
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`\`${input}\`: ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(shown)}${at ? ` line ${at.line} column ${at.column}` : ''} is not valid JSON (${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(what)}). ${input === 'arm-template' ? 'Name the JSON that `az bicep build --file main.bicep` writes; ARM templates with comments are not read, compile or strip them first.' : 'Fix the file, or name the parameters file `az bicep build-params` writes.'}`);
    }
}
/** Line and column (1-based) of a JSON.parse error, from the position V8 names. */
function jsonErrorPosition(error, text) {
    const message = errorText(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn)
        return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    const position = /position (\d+)/.exec(message);
    const offset = position
        ? Number(position[1])
        : /end of JSON input/.test(message)
            ? text.length
            : undefined;
    if (offset === undefined)
        return undefined;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function errorText(error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 quotes a slice of the file: untrusted text, kept short and on one line.
    return message.replace(/\s+/g, ' ').slice(0, 200);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 51494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDeploymentFiles: () => (/* binding */ readDeploymentFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/settings/checkout-file.ts
var checkout_file = __webpack_require__(62812);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(33477);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/planned/cli-v2.ts
/**
 * Azure ML CLI v2 endpoint and deployment YAML files → planned resources (docs/planned.md).
 * Only the keys the checks read are validated; the published schemas have many more, and
 * those are left to `az ml` (Microsoft Learn: "CLI (v2) online endpoint YAML schema",
 * "CLI (v2) managed online deployment YAML schema", "CLI (v2) Kubernetes online deployment
 * YAML schema"). A file that cannot be judged is a ConfigurationError naming the file, the
 * line and the fix: a gate that skipped it would pass what it never saw.
 */



/** The four online schemas, by the file name of their `$schema` URL. */
const ONLINE_SCHEMAS = {
    managedOnlineEndpoint: { kind: 'onlineEndpoint', computeType: 'Managed' },
    kubernetesOnlineEndpoint: { kind: 'onlineEndpoint', computeType: 'Kubernetes' },
    managedOnlineDeployment: { kind: 'onlineDeployment', computeType: 'Managed' },
    kubernetesOnlineDeployment: { kind: 'onlineDeployment', computeType: 'Kubernetes' }
};
const SCHEMA_URL = /^https:\/\/[^/\s]+\/(?:[^\s]*\/)?([A-Za-z]+)\.schema\.json$/;
const EXAMPLE_SCHEMA = 'https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json';
/** Endpoint and deployment names: 3-32 letters, digits and hyphens, a letter first, no hyphen last. */
const NAME = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/;
const ON_OFF = ['enabled', 'disabled'];
const AUTH_MODES = ['key', 'aml_token', 'aad_token'];
/**
 * The planned resource a file declares, or a reason it is not one (another Azure ML
 * schema, such as an environment or a batch endpoint), or a ConfigurationError.
 */
function parsePlannedFile(file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(file.content, { lineCounter: lines, prettyErrors: false });
    const where = (line) => `\`deployment-files\`: ${(0,quote/* quote */.h)(file.path)}${line ? ` line ${line}` : ''}`;
    const lineOf = (offset) => offset === undefined ? 0 : lines.linePos(offset).line;
    const firstError = doc.errors[0];
    if (firstError) {
        throw new errors/* ConfigurationError */.j(`${where(lineOf(firstError.pos[0]))} is not valid YAML (${firstError.code}). Fix the file so that \`az ml\` can read it.`);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        throw new errors/* ConfigurationError */.j(`${where()} does not hold a YAML mapping. Name only Azure ML endpoint and deployment YAML files (keys such as \`$schema\`, \`name\`) in \`deployment-files\`.`);
    }
    const map = root;
    const pair = (key) => map.items.find(item => (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
    const lineOfKey = (key) => {
        const found = pair(key);
        return found && (0,dist/* isScalar */.jn)(found.key) ? lineOf(found.key.range?.[0]) : 0;
    };
    /** A scalar value as written, or undefined when the key is absent. */
    const scalar = (key) => {
        const found = pair(key);
        if (!found)
            return undefined;
        const line = lineOfKey(key);
        const value = (0,dist/* isScalar */.jn)(found.value) ? found.value.value : found.value;
        if (typeof value !== 'string' || value === '') {
            throw new errors/* ConfigurationError */.j(`${where(line)}: \`${key}\` is not a text value. Write it as in Microsoft's schema, e.g. \`${key}: ${example(key)}\`.`);
        }
        return { value, line };
    };
    const schemaField = scalar('$schema');
    if (!schemaField) {
        throw new errors/* ConfigurationError */.j(`${where()} has no \`$schema\`, so it cannot be told apart from other YAML. Add the line \`$schema: ${EXAMPLE_SCHEMA}\` (or the managedOnlineDeployment, kubernetesOnlineEndpoint or kubernetesOnlineDeployment schema), or leave the file out of \`deployment-files\`.`);
    }
    const schemaName = SCHEMA_URL.exec(schemaField.value)?.[1];
    if (!schemaName) {
        throw new errors/* ConfigurationError */.j(`${where(schemaField.line)}: \`$schema\` ${(0,quote/* quote */.h)(schemaField.value)} is not an https URL of an Azure ML schema. Use e.g. ${EXAMPLE_SCHEMA}.`);
    }
    if (!Object.hasOwn(ONLINE_SCHEMAS, schemaName)) {
        return {
            skipped: `${where()} declares the ${(0,quote/* quote */.h)(schemaName)} schema, not an online endpoint or deployment; it was not read.`
        };
    }
    const schema = schemaName;
    const { kind, computeType } = ONLINE_SCHEMAS[schema];
    const fields = { $schema: schemaField };
    const oneOf = (key, allowed) => {
        const field = scalar(key);
        if (!field)
            return undefined;
        const value = field.value.toLowerCase();
        if (!allowed.includes(value)) {
            throw new errors/* ConfigurationError */.j(`${where(field.line)}: \`${key}\` is ${(0,quote/* quote */.h)(field.value)}; Microsoft's ${schema} schema allows ${allowed.join(', ')}. Fix the value in the file.`);
        }
        fields[key] = field;
        return value;
    };
    const name = (key) => {
        const field = scalar(key);
        if (!field) {
            throw new errors/* ConfigurationError */.j(`${where()}: \`${key}\` is missing; Microsoft's ${schema} schema requires it. Add \`${key}: <name>\`.`);
        }
        if (!NAME.test(field.value)) {
            throw new errors/* ConfigurationError */.j(`${where(field.line)}: \`${key}\` ${(0,quote/* quote */.h)(field.value)} is not a valid online endpoint or deployment name (3-32 letters, digits and hyphens, starting with a letter, not ending with a hyphen). Fix the name in the file.`);
        }
        fields[key] = field;
        return field.value;
    };
    const resourceName = name('name');
    oneOf('auth_mode', AUTH_MODES);
    const resource = {
        kind,
        schema,
        file: file.path,
        line: fields['name']?.line ?? 0,
        name: resourceName,
        computeType,
        fields
    };
    if (kind === 'onlineEndpoint') {
        const access = oneOf('public_network_access', ON_OFF);
        if (access)
            resource.publicNetworkAccess = access === 'enabled' ? 'Enabled' : 'Disabled';
        const compute = scalar('compute');
        if (computeType === 'Managed' && compute) {
            throw new errors/* ConfigurationError */.j(`${where(compute.line)}: \`compute\` is set, but a managed online endpoint runs on Azure's managed compute (Microsoft's endpoint schema: do not set it for managed endpoints). Remove it, or use the kubernetesOnlineEndpoint schema for an endpoint on an attached Kubernetes compute.`);
        }
        if (computeType === 'Kubernetes') {
            if (!compute) {
                throw new errors/* ConfigurationError */.j(`${where()}: \`compute\` is missing; a Kubernetes online endpoint names the attached Kubernetes compute it runs on. Add \`compute: azureml:<compute-name>\`.`);
            }
            const computeName = compute.value.replace(/^azureml:/i, '');
            if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/.test(computeName)) {
                throw new errors/* ConfigurationError */.j(`${where(compute.line)}: \`compute\` ${(0,quote/* quote */.h)(compute.value)} is not the name of a compute (\`azureml:<compute-name>\`). Fix it in the file.`);
            }
            fields['compute'] = compute;
            resource.compute = computeName;
        }
    }
    else {
        resource.endpointName = name('endpoint_name');
        const egress = oneOf('egress_public_network_access', ON_OFF);
        if (egress)
            resource.egressPublicNetworkAccess = egress === 'enabled' ? 'Enabled' : 'Disabled';
    }
    return resource;
}
function example(key) {
    if (key === '$schema')
        return EXAMPLE_SCHEMA;
    if (key === 'compute')
        return 'azureml:<compute-name>';
    if (key.endsWith('network_access'))
        return 'disabled';
    if (key === 'auth_mode')
        return 'aml_token';
    return '<name>';
}
/** Every planned resource of the files, in file order; names declared twice are refused. */
function parsePlannedFiles(files) {
    const resources = [];
    const notes = [];
    const seen = new Map();
    for (const file of files) {
        const parsed = parsePlannedFile(file);
        if ('skipped' in parsed) {
            notes.push(parsed.skipped);
            continue;
        }
        const key = `${parsed.kind}/${parsed.endpointName?.toLowerCase() ?? ''}/${parsed.name.toLowerCase()}`;
        const earlier = seen.get(key);
        if (earlier) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${(0,quote/* quote */.h)(parsed.file)} line ${parsed.line} and ${(0,quote/* quote */.h)(earlier.file)} line ${earlier.line} both declare ${parsed.kind === 'onlineEndpoint' ? 'endpoint' : 'deployment'} ${(0,quote/* quote */.h)(parsed.name)}; which one is deployed depends on the workflow's order. Name only the files the workflow deploys.`);
        }
        seen.set(key, parsed);
        resources.push(parsed);
    }
    return { resources, notes };
}

;// CONCATENATED MODULE: ./src/settings/deployment-files.ts
/**
 * Reads the `deployment-files` globs from the workspace checkout and parses them
 * (src/planned/cli-v2.ts) into the snapshot's `planned` part. The paths come from the
 * workflow, and the files from the pull request: a match outside GITHUB_WORKSPACE (a
 * `..` pattern, an absolute one, a symbolic link leading out) is refused, not read.
 */






/** Endpoint and deployment files are a few hundred bytes; a larger match is not one. */
const MAX_FILE_BYTES = 256 * 1024;
const MAX_FILES = 200;
async function readDeploymentFiles(patterns, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    if (patterns.length === 0)
        return undefined;
    const root = await (0,checkout_file/* checkoutRoot */.Re)(workspace);
    const inside = (file) => (0,checkout_file/* insideCheckout */.F_)(root, file);
    // Each pattern relative to the checkout, refused when it points out of it.
    const relative = patterns.map(p => {
        const negated = p.startsWith('!');
        const body = negated ? p.slice(1) : p;
        const resolved = external_node_path_default().resolve(root, body);
        const within = inside(resolved);
        if (!negated && !within && resolved !== root) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: the pattern ${(0,quote/* quote */.h)(p)} points outside the workspace checkout. Name the files relative to the repository root, such as deploy/endpoint.yml or deploy/**/*.yml.`);
        }
        // A negation outside the checkout excludes nothing inside it.
        return { negated, body: resolved === root ? '**' : within };
    });
    const matched = [...(await matchFiles(root, relative))].sort();
    if (matched.length === 0) {
        throw new errors/* ConfigurationError */.j(`\`deployment-files\`: no file matched ${patterns.map(quote/* quote */.h).join(', ')}. Check the paths (relative to the repository root) and that the job checks the repository out before this step; or leave the input empty to judge only what is live.`);
    }
    if (matched.length > MAX_FILES) {
        throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${matched.length} files matched; at most ${MAX_FILES} are read. Name only the endpoint and deployment files the workflow deploys.`);
    }
    const files = [];
    for (const file of matched) {
        const shown = inside(file) ?? file;
        // A symbolic link inside the checkout may lead out of it.
        const real = inside(await (0,promises_.realpath)(file));
        if (!real) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${(0,quote/* quote */.h)(shown)} resolves outside the workspace checkout (a symbolic link?); it was not read. Name files of the repository only.`);
        }
        const info = await (0,promises_.stat)(file);
        if (info.size > MAX_FILE_BYTES) {
            throw new errors/* ConfigurationError */.j(`\`deployment-files\`: ${(0,quote/* quote */.h)(shown)} is larger than 256 KiB, which no endpoint or deployment file is. Leave it out of the patterns.`);
        }
        files.push({ path: shown, content: await (0,promises_.readFile)(file, 'utf8') });
    }
    const { resources, notes } = parsePlannedFiles(files);
    return { planned: { files: files.map(f => f.path), resources }, notes };
}
/**
 * The files the patterns match, with @actions/glob's semantics (patterns in order, a `!` one
 * removes what the earlier ones matched, a later one adds again; `**`; hidden files; a
 * directory matches the files under it; no braces or extglobs) through tinyglobby, which
 * writes nothing: @actions/glob logs `::debug::` lines to stdout, where the CLI's report goes.
 */
async function matchFiles(root, patterns) {
    const { glob } = await __webpack_require__.e(/* import() */ 6448).then(__webpack_require__.bind(__webpack_require__, 76448));
    const matched = new Set();
    for (const { negated, body } of patterns) {
        if (body === undefined)
            continue;
        const found = await glob(body, {
            cwd: root,
            absolute: true,
            dot: true,
            braceExpansion: false,
            extglob: false,
            expandDirectories: true,
            followSymbolicLinks: true,
            onlyFiles: true,
            // Not from TINYGLOBBY_DEBUG: its lines go to stdout.
            debug: false
        });
        for (const file of found.map(f => external_node_path_default().resolve(f))) {
            if (negated)
                matched.delete(file);
            else
                matched.add(file);
        }
    }
    return matched;
}


/***/ })

};
