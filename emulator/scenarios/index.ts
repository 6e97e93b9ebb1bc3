/**
 * Named scenarios for tests and `npm run demo`. Each factory returns a fresh
 * object, so a test may mutate its copy.
 */
import {
  AZURE_TOKEN_EXCHANGE_AUDIENCE,
  DEFAULT_SUBJECT,
  GITHUB_OIDC_ISSUER,
  type ArmResource,
  type Scenario
} from '../scenario.js'
import {
  CLIENT_ID,
  ML_RG,
  NET_RG,
  PRINCIPAL_ID,
  SUBSCRIPTION_ID,
  TENANT_ID,
  WORKSPACE,
  approvedOutboundRules,
  networkSecurityGroup,
  onlineDeployment,
  onlineEndpoint,
  privateEndpoint,
  resourceGroupId,
  resourceId,
  routeTable,
  subnet,
  virtualNetwork,
  virtualNetworkId,
  workspace,
  workspaceChildResources,
  workspaceId,
  type OnlineEndpointSpec,
  type WorkspaceSpec
} from './builders.js'

import { routeScenarios } from './routes.js'
import { verdictScenarios } from './verdicts.js'
import { accessScenarios, withSecureAccess } from './access.js'
import { egressScenarios, outboundScenarios } from './outbound.js'
import { hubScenarios } from './hub.js'
import { XLARGE, large } from './performance.js'
import { estate } from './estate.js'
import { plannedScenarios } from './planned.js'

export * from './builders.js'

const WS_ID = workspaceId()
const VNET_ID = virtualNetworkId('vnet-ml')
const SNET_ML_ID = `${VNET_ID}/subnets/snet-ml`
const SNET_INFERENCE_ID = `${VNET_ID}/subnets/snet-inference`
const PE_ID = resourceId(SUBSCRIPTION_ID, NET_RG, 'Microsoft.Network/privateEndpoints', 'pe-ml-ws')
const NSG_ID = resourceId(
  SUBSCRIPTION_ID,
  NET_RG,
  'Microsoft.Network/networkSecurityGroups',
  'nsg-ml'
)
const RT_ID = resourceId(SUBSCRIPTION_ID, NET_RG, 'Microsoft.Network/routeTables', 'rt-ml')

function base(name: string, description: string): Omit<Scenario, 'resources'> {
  return {
    name,
    description,
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    principalId: PRINCIPAL_ID,
    subscriptionId: SUBSCRIPTION_ID,
    target: { resourceGroup: ML_RG, workspaceName: WORKSPACE },
    github: { subject: DEFAULT_SUBJECT },
    entra: {
      federatedSubject: DEFAULT_SUBJECT,
      federatedIssuer: GITHUB_OIDC_ISSUER,
      federatedAudience: AZURE_TOKEN_EXCHANGE_AUDIENCE
    },
    faults: []
  }
}

/** VNet `vnet-ml` in net-rg with `snet-ml` (the PE subnet, NSG + route table) and `snet-inference`. */
function network(options: { privateEndpoint: boolean }): ArmResource[] {
  const peIds = options.privateEndpoint ? [PE_ID] : []
  const snetMl = subnet({
    virtualNetworkId: VNET_ID,
    name: 'snet-ml',
    addressPrefix: '10.20.1.0/24',
    networkSecurityGroupId: NSG_ID,
    routeTableId: RT_ID,
    privateEndpointIds: peIds
  })
  const snetInference = subnet({
    virtualNetworkId: VNET_ID,
    name: 'snet-inference',
    addressPrefix: '10.20.2.0/24',
    networkSecurityGroupId: NSG_ID,
    routeTableId: RT_ID
  })
  const vnet = virtualNetwork({ name: 'vnet-ml', addressPrefixes: ['10.20.0.0/16'] }, [
    snetMl,
    snetInference
  ])
  const resources = [
    vnet,
    snetMl,
    snetInference,
    networkSecurityGroup({ name: 'nsg-ml', subnetIds: [SNET_ML_ID, SNET_INFERENCE_ID] }),
    routeTable({ name: 'rt-ml', subnetIds: [SNET_ML_ID, SNET_INFERENCE_ID] })
  ]
  if (options.privateEndpoint) {
    resources.push(
      privateEndpoint({
        name: 'pe-ml-ws',
        subnetId: SNET_ML_ID,
        privateLinkServiceId: WS_ID,
        privateIpAddress: '10.20.1.4'
      })
    )
  }
  return resources
}

function workspaceWithChildren(spec: WorkspaceSpec): ArmResource[] {
  const ws = workspace(spec)
  return [ws, ...workspaceChildResources(ws)]
}

/** Endpoints plus one `blue` deployment each. */
function endpoints(specs: Array<Omit<OnlineEndpointSpec, 'workspaceId'>>): ArmResource[] {
  return specs.flatMap(spec => {
    const endpoint = onlineEndpoint({ ...spec, workspaceId: WS_ID })
    return [
      endpoint,
      onlineDeployment({
        endpointId: endpoint.id,
        name: 'blue',
        kubernetes: spec.compute !== undefined,
        egressPublicNetworkAccess: spec.publicNetworkAccess === 'Enabled' ? 'Enabled' : 'Disabled'
      })
    ]
  })
}

const securedWorkspace: WorkspaceSpec = {
  publicNetworkAccess: 'Disabled',
  allowPublicAccessWhenBehindVnet: false,
  privateEndpointConnections: [{ privateEndpointId: PE_ID, status: 'Approved' }],
  managedNetwork: {
    isolationMode: 'AllowOnlyApprovedOutbound',
    status: 'Active',
    outboundRules: approvedOutboundRules()
  }
}

function secured(): Scenario {
  return {
    ...base(
      'secured',
      'Workspace reachable only through an approved private endpoint, approved-outbound managed network, two private managed online endpoints.'
    ),
    resources: [
      ...workspaceWithChildren(securedWorkspace),
      ...network({ privateEndpoint: true }),
      ...endpoints([
        { name: 'credit-scoring', publicNetworkAccess: 'Disabled' },
        { name: 'fraud-detect', publicNetworkAccess: 'Disabled' }
      ])
    ]
  }
}

function publicScenario(): Scenario {
  return {
    ...base(
      'public',
      'Workspace open to the internet, no private endpoint, managed network off, one public endpoint.'
    ),
    resources: [
      ...workspaceWithChildren({
        publicNetworkAccess: 'Enabled',
        allowPublicAccessWhenBehindVnet: true,
        privateEndpointConnections: [],
        managedNetwork: { isolationMode: 'Disabled' }
      }),
      ...endpoints([{ name: 'credit-scoring', publicNetworkAccess: 'Enabled' }])
    ]
  }
}

function demo(): Scenario {
  const pendingPe = resourceId(
    SUBSCRIPTION_ID,
    'dev-net-rg',
    'Microsoft.Network/privateEndpoints',
    'pe-ml-ws-dev'
  )
  // The identity's RBAC and the subnet's NSG/route table are as in `secured`: the demo's
  // findings are the endpoint and managed-network ones a reviewer should see first.
  return withSecureAccess({
    ...base(
      'demo',
      'Partly secured: private workspace behind an approved private endpoint, but one managed endpoint still accepts public traffic, the managed network allows internet outbound, and a second private endpoint request is pending.'
    ),
    resources: [
      ...workspaceWithChildren({
        publicNetworkAccess: 'Disabled',
        allowPublicAccessWhenBehindVnet: false,
        privateEndpointConnections: [
          { privateEndpointId: PE_ID, status: 'Approved' },
          { privateEndpointId: pendingPe, status: 'Pending', description: 'dev VNet access' }
        ],
        managedNetwork: {
          isolationMode: 'AllowInternetOutbound',
          status: 'Active',
          // The private endpoint rules Azure creates for the workspace's own resources.
          outboundRules: approvedOutboundRules()
        }
      }),
      ...network({ privateEndpoint: true }),
      privateEndpoint({
        resourceGroup: 'dev-net-rg',
        name: 'pe-ml-ws-dev',
        subnetId: `${virtualNetworkId('vnet-dev', SUBSCRIPTION_ID, 'dev-net-rg')}/subnets/snet-dev`,
        privateLinkServiceId: WS_ID,
        status: 'Pending',
        privateIpAddress: '10.30.1.4'
      }),
      ...endpoints([
        { name: 'churn-predict', publicNetworkAccess: 'Disabled' },
        { name: 'recommender', publicNetworkAccess: 'Enabled', authMode: 'Key' }
      ])
    ]
  })
}

function forbiddenNetwork(): Scenario {
  const scenario = secured()
  return {
    ...scenario,
    name: 'forbidden-network',
    description:
      'Like secured, but the identity has no read access to the network resource group (403 AuthorizationFailed).',
    faults: [{ pathPrefix: resourceGroupId(SUBSCRIPTION_ID, NET_RG), status: 403 }]
  }
}

function peDeleted(): Scenario {
  return {
    ...base(
      'pe-deleted',
      "The workspace's approved private endpoint connection names a private endpoint that was deleted (404)."
    ),
    resources: [
      ...workspaceWithChildren(securedWorkspace),
      ...network({ privateEndpoint: false }),
      ...endpoints([
        { name: 'credit-scoring', publicNetworkAccess: 'Disabled' },
        { name: 'fraud-detect', publicNetworkAccess: 'Disabled' }
      ])
    ]
  }
}

function manyEndpoints(): Scenario {
  const names = [
    'credit-scoring',
    'fraud-detect',
    'churn-predict',
    'recommender',
    'demand-forecast',
    'doc-classify',
    'price-optimizer'
  ]
  return {
    ...base(
      'many-endpoints',
      'Secured workspace with seven private endpoints (forces ARM paging).'
    ),
    resources: [
      ...workspaceWithChildren(securedWorkspace),
      ...network({ privateEndpoint: true }),
      ...endpoints(names.map(name => ({ name, publicNetworkAccess: 'Disabled' as const })))
    ]
  }
}

export const scenarios: Record<string, () => Scenario> = {
  // RBAC permissions, an NSG allowing the registry tag and a firewall that allows it (access.ts).
  secured: () => withSecureAccess(secured()),
  public: publicScenario,
  demo,
  'forbidden-network': forbiddenNetwork,
  'pe-deleted': peDeleted,
  'many-endpoints': manyEndpoints,
  ...routeScenarios,
  ...verdictScenarios,
  ...accessScenarios(() => withSecureAccess(secured())),
  ...outboundScenarios(() => withSecureAccess(secured())),
  ...egressScenarios(() => withSecureAccess(secured())),
  ...hubScenarios(() => withSecureAccess(secured())),
  ...plannedScenarios(() => withSecureAccess(secured())),
  // `npm run bench` (scripts/bench.ts); `large` is run with LARGE_INPUTS.
  small: () => ({ ...withSecureAccess(secured()), name: 'small' }),
  large: () => large(withSecureAccess(secured())),
  xlarge: () => large(withSecureAccess(secured()), XLARGE, 'xlarge'),
  // `npm run bench:estate` (scripts/bench-estate.ts); tests build smaller estates from `secured`.
  estate: () => estate(withSecureAccess(secured()), { workspaces: 100 })
}

export type ScenarioName =
  'secured' | 'public' | 'demo' | 'forbidden-network' | 'pe-deleted' | 'many-endpoints'

/** A fresh copy of a named scenario; throws on an unknown name. */
export function getScenario(name: string): Scenario {
  const factory = scenarios[name]
  if (!factory) {
    throw new Error(`unknown scenario '${name}' (known: ${Object.keys(scenarios).join(', ')})`)
  }
  return factory()
}
