// Generated from action.yml by scripts/gen-action-inputs.ts; do not edit.
/** The action's inputs as action.yml declares them: the CLI's options and --help are built from these. */
export const ACTION_INPUTS = [
  {
    name: 'client-id',
    description:
      'Application (client) ID of the Entra app registration or user-assigned managed identity with a federated credential for this repository (a GUID). Needed whenever the action logs in to Azure (a workspace check, `scope`); not with `from-report`, `from-snapshot` or `merge-reports`.',
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
    description:
      'Azure subscription ID that holds the workspace (a GUID). Needed to check one workspace; left empty with `scope`, `from-report`, `from-snapshot` and `merge-reports`.',
    required: false,
    default: ''
  },
  {
    name: 'resource-group',
    description:
      'Resource group of the Azure Machine Learning workspace. Needed to check one workspace, like `subscription-id`.',
    required: false,
    default: ''
  },
  {
    name: 'workspace-name',
    description:
      'Name of the Azure Machine Learning workspace. Needed to check one workspace, like `subscription-id`.',
    required: false,
    default: ''
  },
  {
    name: 'fail-on',
    description:
      'When the step fails. `none` (only report), `any` (any failed or unknown check), or a comma-separated list of categories: `isolation`, `rbac`, `outbound`, `kubernetes`. A listed category fails the step on a failed check of severity error or warning, or on an unknown check (fail closed).',
    required: false,
    default: 'none'
  },
  {
    name: 'allow-unknown',
    description:
      '`true` lets checks that could not be evaluated (`unknown`, e.g. a read Azure refused) pass the `fail-on` gate with a warning instead of failing the step. A run that evaluated nothing still fails.',
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
    description:
      'Azure cloud: `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud` or `custom` (then set `authority-host` and `arm-endpoint`).',
    required: false,
    default: 'AzureCloud'
  },
  {
    name: 'audience',
    description:
      "Audience of the GitHub OIDC token. Defaults to the cloud's (api://AzureADTokenExchange, api://AzureADTokenExchangeUSGov, api://AzureADTokenExchangeChina).",
    required: false,
    default: ''
  },
  {
    name: 'authority-host',
    description:
      "Entra ID authority host (https URL). Required with `environment: custom`; overrides the cloud's otherwise.",
    required: false,
    default: ''
  },
  {
    name: 'arm-endpoint',
    description:
      "Azure Resource Manager endpoint (https URL). Required with `environment: custom`; overrides the cloud's otherwise. The token scope still comes from the cloud.",
    required: false,
    default: ''
  },
  {
    name: 'route',
    description:
      'Which inference route to check: `auto` (from what the workspace holds; before the first deployment, the managed route the article recommends), `managed` (managed online endpoints), `kubernetes` (Kubernetes online endpoints on attached AKS or Arc clusters) or `both`. Checks of a route not evaluated are reported as skipped.',
    required: false,
    default: 'auto'
  },
  {
    name: 'vnet-id',
    description:
      "Resource id of the virtual network that secures the workspace. Optional: discovered from the workspace's private endpoint (and, on the Kubernetes route, the node pool subnets) when empty.",
    required: false,
    default: ''
  },
  {
    name: 'subnet-id',
    description:
      'Resource id of the subnet that secures the workspace (RBAC and outbound checks are evaluated against it). Optional: discovered like `vnet-id` when empty.',
    required: false,
    default: ''
  },
  {
    name: 'principal-id',
    description:
      'Object id of the identity whose RBAC permissions on the virtual network and subnet are checked (for example the one that really deploys). Empty: the identity the action logs in as.',
    required: false,
    default: ''
  },
  {
    name: 'max-concurrency',
    description:
      "Most Azure Resource Manager requests in flight at once (1 to 256), so that a large workspace does not flood ARM's per-subscription read limits. Throttled requests (429) are retried after their `Retry-After`.",
    required: false,
    default: '16'
  },
  {
    name: 'arm-read-reserve',
    description:
      "Reads of Azure Resource Manager's read budget (a bucket of 250 per subscription and identity, refilled at 25 a second) left unspent for what runs next, such as a deployment in the same job (0 to 200). Reads are paced from the budget ARM announces on every answer: they wait for the bucket to refill rather than being throttled, and the last reads of it are never spent. The default, 25, is one second of refill.",
    required: false,
    default: '25'
  },
  {
    name: 'timeout-seconds',
    description:
      'Deadline of the whole run, in seconds (1 to 21600). Azure reads still outstanding then are reported as `unknown` naming this input; the report, comment and outputs are still written. Each try of a request is given 30 seconds (or a tenth of this deadline, if shorter) and failed tries are retried at most 3 times.',
    required: false,
    default: '600'
  },
  {
    name: 'deployment-method',
    description:
      'How deployments into the network are made: `cli`, `sdk`, `studio` or `arm-template`. ARM template deployments do not need `Microsoft.Network/*/read` on the virtual network.',
    required: false,
    default: 'cli'
  },
  {
    name: 'comment',
    description:
      "When to write the pull request comment: `auto` (on pull_request and pull_request_target events), `always` (also find the pull request of a push through the commits API), `on-failure` (as `auto`, but only when the `fail-on` gate fails the step, unknown checks included unless `allow-unknown`; a run that passes deletes this action's earlier sticky comment so no outdated failure stays; with `fail-on: none` nothing fails, so nothing is posted) or `never`.",
    required: false,
    default: 'auto'
  },
  {
    name: 'comment-mode',
    description:
      '`update` edits the sticky comment in place; `recreate` deletes it and posts it anew, so the pull request timeline shows it again.',
    required: false,
    default: 'update'
  },
  {
    name: 'comment-header',
    description:
      "A name that keeps this job's sticky comment apart from other jobs' comments on the same workspace (for example the matrix entry). Empty: one comment per workspace.",
    required: false,
    default: ''
  },
  {
    name: 'detail',
    description:
      'What the pull request comment and the job summary show: full (subscription, tenant and principal ids, ARM resource ids, IP ranges) or redacted (resource names only, for public repositories). The JSON report and SARIF stay full: do not upload them as artifacts of a public repository.',
    required: false,
    default: 'full'
  },
  {
    name: 'sarif-file',
    description:
      'Path to write a SARIF 2.1.0 file to (for github/codeql-action/upload-sarif). Empty: no SARIF.',
    required: false,
    default: ''
  },
  {
    name: 'iac-files',
    description:
      'Glob patterns (one per line) of Bicep, ARM JSON or Terraform files; a failed check whose property appears in one of them is annotated at that file and line.',
    required: false,
    default: ''
  },
  {
    name: 'deployment-files',
    description:
      'Glob patterns (one per line, or comma-separated, relative to the repository root) of the Azure ML CLI v2 online endpoint and deployment YAML files this workflow will deploy. The checks then also judge the workspace as it will be after the deployment, and the comment says what this pull request changes (docs/planned.md). Empty: live only.',
    required: false,
    default: ''
  },
  {
    name: 'gate-on',
    description:
      'With `deployment-files`, `arm-template` or `terraform-plan`: which state `fail-on` judges. `planned` (the workspace after this deployment), `live` (as it is now) or `both` (either failing fails the step). Without planned inputs only the live state exists.',
    required: false,
    default: 'planned'
  },
  {
    name: 'arm-template',
    description:
      "Path (relative to the repository root) of the compiled ARM template this workflow will deploy to `resource-group` (Bicep: run `az bicep build --file main.bicep` first and name the main.json it writes). The action asks Azure's what-if (Incremental mode; nothing is deployed) what it will change and judges the workspace as it will be (docs/planned.md). What-if needs the deployment's own permissions on the resource group (`Microsoft.Resources/deployments/*`, with `whatIf/action`, and write on what the template deploys); a refused what-if makes the planned state unknown. Empty: no template.",
    required: false,
    default: ''
  },
  {
    name: 'arm-parameters',
    description:
      'With `arm-template`: path of its deployment parameters file (`{"parameters": {"name": {"value": ...}}}`, as `az deployment group create --parameters @file` takes it; a .bicepparam file: run `az bicep build-params` first). Empty: the template\'s defaults.',
    required: false,
    default: ''
  },
  {
    name: 'config-file',
    description:
      'Suppressions file (check IDs, optional resources, a reason, an optional expiry date). A missing file at the default path means no suppressions.',
    required: false,
    default: '.github/aml-inference-guard.yml'
  },
  {
    name: 'from-report',
    description:
      "Path of a JSON report saved by an earlier run. When set, nothing is read from Azure and no login happens: the action writes that report's comment, summary and outputs (the second workflow of the fork pull request pattern, see the README). client-id, tenant-id, subscription-id, resource-group and workspace-name may then be left out.",
    required: false,
    default: ''
  },
  {
    name: 'scope',
    description:
      'Estate scan: `subscription:<id>[,<id>...]` or `management-group:<id>`. Finds every Azure Machine Learning workspace in scope through Azure Resource Graph, checks each and writes one estate report (job summary, report-file, SARIF; no pull-request comment). subscription-id, resource-group and workspace-name are then left empty. See docs/estate.md.',
    required: false,
    default: ''
  },
  {
    name: 'merge-reports',
    description:
      'Glob patterns (one per line) of JSON reports saved by earlier runs (e.g. one estate scan per subscription in a matrix, downloaded as artifacts). Writes one estate summary, report-file and outputs from them without logging in to Azure; the Azure inputs may be left out. See docs/estate.md.',
    required: false,
    default: ''
  },
  {
    name: 'snapshot-file',
    description:
      'Path to save the snapshot of everything read from Azure to (JSON, versioned schema, no tokens; see docs/snapshot.md), e.g. to upload as an artifact and re-evaluate later. Empty: not saved.',
    required: false,
    default: ''
  },
  {
    name: 'from-snapshot',
    description:
      'Path of a snapshot saved by `snapshot-file`. When set, nothing is read from Azure and no login happens: the snapshot is evaluated and reported like a live read. The Azure inputs (`client-id`, `tenant-id`, `subscription-id`, `resource-group`, `workspace-name`) may then be left out.',
    required: false,
    default: ''
  },
  {
    name: 'terraform-plan',
    description:
      "Path(s), one per line relative to the repository root, of the JSON of `terraform show -json <planfile>` for the plan this workflow will apply. The azurerm and azapi resources the checks read are judged as the plan leaves them, like `deployment-files` (docs/planned.md); a value known only after apply makes that resource's planned state unknown. Empty: no Terraform plan.",
    required: false,
    default: ''
  }
] as const

export type ActionInputName = (typeof ACTION_INPUTS)[number]['name']
