// Import rules for src/ (issue 19, docs/architecture.md): no circle, and every import points
// down the layers below. `npm run lint:deps` checks them; __tests__/architecture.test.ts proves
// they pass on src/ and fail on a tree with a circle and an upward import.

// Lowest first. A folder may import its own files and folders of a LOWER rank only; folders of
// one rank are siblings and do not import each other.
export const LAYERS = [
  { name: 'model', path: '^src/model/', rank: 0 },
  { name: 'evaluate', path: '^src/evaluate/', rank: 1 },
  { name: 'planned', path: '^src/planned/', rank: 1 },
  { name: 'collect', path: '^src/collect/', rank: 2 },
  { name: 'report', path: '^src/report/', rank: 2 },
  { name: 'log', path: '^src/log/', rank: 2 },
  { name: 'settings', path: '^src/settings/', rank: 3 },
  { name: 'auth', path: '^src/auth/', rank: 4 },
  { name: 'run', path: '^src/run/', rank: 5 },
  { name: 'publish', path: '^src/publish/', rank: 5 },
  { name: 'estate', path: '^src/estate/', rank: 6 },
  { name: 'cli', path: '^src/cli/', rank: 7 },
  { name: 'main', path: '^src/main\\.ts$', rank: 8 },
  { name: 'index', path: '^src/index\\.ts$', rank: 9 }
]

const upward = LAYERS.map(layer => ({
  name: `no-upward-from-${layer.name}`,
  comment: `${layer.name} imports only lower layers (see docs/architecture.md)`,
  severity: 'error',
  from: { path: layer.path },
  to: {
    path: LAYERS.filter(other => other !== layer && other.rank >= layer.rank).map(o => o.path)
  }
})).filter(rule => rule.to.path.length > 0) // the top layer has nothing above it

// The outside world: only these files may import @actions/core (inputs, logging, outputs).
const ACTIONS_CORE_EDGES = [
  '^src/settings/inputs\\.ts$',
  '^src/log/',
  '^src/auth/action-login\\.ts$',
  '^src/publish/from-report\\.ts$',
  '^src/estate/(merge|run)\\.ts$',
  '^src/main\\.ts$'
]

// What emulator/ and scripts/ may import from src/: the data they share with the product.
const PUBLIC_MODULES = [
  '^src/model/',
  '^src/estate/queries\\.ts$', // the Resource Graph query templates the emulator answers
  '^src/evaluate/checks/docs\\.ts$', // docs/checks.md, rendered from the catalog
  '^src/planned/terraform-docs\\.ts$' // docs/planned.md's Terraform table, from the mapping
]

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle: move the shared vocabulary down to the layer both need.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'src-file-outside-a-layer',
      comment:
        'Every file of src/ lives in a layer folder of docs/architecture.md (or is main/index).',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(l => l.path) },
      to: {}
    },
    ...upward,
    {
      name: 'model-imports-nothing',
      comment: 'model/ is plain data: no package and no other folder of ours.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { dependencyTypesNot: ['core'], pathNot: '^src/model/' }
    },
    {
      name: 'rules-are-data',
      comment:
        "A check's words (src/evaluate/checks/rules/) are data: they import model/ types and each other, nothing else.",
      severity: 'error',
      from: { path: '^src/evaluate/checks/rules/' },
      to: { pathNot: ['^src/model/', '^src/evaluate/checks/rules/'] }
    },
    {
      name: 'evaluate-is-pure',
      comment: 'evaluate/ and report/ touch no SDK, no GitHub Actions toolkit, no Octokit.',
      severity: 'error',
      from: { path: '^src/(evaluate|report)/' },
      to: { path: 'node_modules/(@azure|@actions|@octokit)/' }
    },
    {
      name: 'actions-core-only-at-edges',
      comment: `Only ${ACTIONS_CORE_EDGES.join(', ')} import @actions/core.`,
      severity: 'error',
      from: { path: '^src/', pathNot: ACTIONS_CORE_EDGES },
      to: { path: 'node_modules/@actions/core/' }
    },
    {
      name: 'azure-sdk-only-in-collect-auth',
      comment:
        'The Azure SDK is used by collect/, auth/, run/ (types), the CLI login and the SDK log.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [
          '^src/(collect|auth|run)/',
          '^src/cli/credential\\.ts$',
          '^src/log/log-safe\\.ts$'
        ]
      },
      to: { path: 'node_modules/@azure/' }
    },
    {
      name: 'tools-use-public-modules',
      comment:
        'emulator/ and scripts/ import the product only through model/ and the modules made for them.',
      severity: 'error',
      from: { path: '^(emulator|scripts)/' },
      to: { path: '^src/', pathNot: PUBLIC_MODULES }
    },
    {
      name: 'github-client-only-in-publish',
      comment: 'Octokit and @actions/github are used by publish/ only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/publish/' },
      to: { path: 'node_modules/(@octokit|@actions/github)/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies of the design too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    includeOnly: '^(src|emulator|scripts|node_modules)/'
  }
}
