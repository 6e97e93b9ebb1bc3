/**
 * Outbound scenarios (issue 17): rules and routes written as address
 * prefixes, judged against the service tags' addresses; and the Service Tags
 * discovery answer the emulator serves for every location.
 */
import type { Scenario } from '../scenario.js'
import {
  LOCATION,
  ML_RG,
  NET_RG,
  SUBSCRIPTION_ID,
  resourceId,
  subnet,
  virtualNetworkId,
  workspaceId
} from './builders.js'
import {
  azureFirewall,
  classicApplicationCollection,
  registryRules,
  routeTableBody,
  securityGroup,
  withResources
} from './access.js'
import { routeScenarios, serviceTagRule } from './routes.js'

const FIREWALL_IP = '10.20.0.4'
const REGISTRY_ID = resourceId(
  SUBSCRIPTION_ID,
  ML_RG,
  'Microsoft.ContainerRegistry/registries',
  'crmlws0427'
)
const IP_GROUP_ID = resourceId(
  SUBSCRIPTION_ID,
  'hub-rg',
  'Microsoft.Network/ipGroups',
  'ipg-spokes'
)
const FIREWALL_COLLECTIONS = `${resourceId(SUBSCRIPTION_ID, 'hub-rg', 'Microsoft.Network/azureFirewalls', 'fw-hub')}/networkRuleCollections`
const REGISTRY_PE_ID = resourceId(
  SUBSCRIPTION_ID,
  'net-rg',
  'Microsoft.Network/privateEndpoints',
  'pe-crmlws0427'
)

/**
 * A small answer of ServiceTags_List shaped like the REST example
 * (specification/network/.../examples/ServiceTagsList.json): `values` with
 * `properties.addressPrefixes`, `region` and `systemService`. The prefixes are
 * fixed for every location: a few per tag, IPv4 and IPv6, so scenarios can
 * cover all, part or none of them.
 */
export function serviceTagsBody(subscriptionId: string, location: string): unknown {
  const region = location.toLowerCase()
  const Region = tagRegion(region)
  const tag = (
    name: string,
    systemService: string,
    tagRegionName: string,
    addressPrefixes: string[]
  ): unknown => ({
    name,
    id: name,
    properties: { changeNumber: '3', region: tagRegionName, systemService, addressPrefixes }
  })
  return {
    name: 'Public',
    id: `/subscriptions/${subscriptionId}/providers/Microsoft.Network/serviceTags/Public`,
    type: 'Microsoft.Network/serviceTags',
    changeNumber: '112',
    cloud: 'Public',
    values: [
      tag('AzureContainerRegistry', 'AzureContainerRegistry', '', [...ACR, ...ACR_OTHER]),
      tag(`AzureContainerRegistry.${Region}`, 'AzureContainerRegistry', region, ACR),
      tag('Storage', 'AzureStorage', '', [...STORAGE, '52.239.152.0/22']),
      tag(`Storage.${Region}`, 'AzureStorage', region, STORAGE),
      tag('MicrosoftContainerRegistry', 'MicrosoftContainerRegistry', '', [
        '13.69.64.80/29',
        '20.38.146.144/29',
        '2603:1000:4:402::90/125'
      ]),
      tag('AzureActiveDirectory', 'AzureAD', '', [
        '20.20.32.0/19',
        '40.126.0.0/18',
        '2603:1006:2000::/48'
      ]),
      tag(`AzureMachineLearning.${Region}`, 'AzureMachineLearning', region, [
        '20.36.106.80/28',
        '40.70.151.80/28'
      ])
    ]
  }
}

/** The registry tag of the region: two IPv4 prefixes (20.x and 40.x) and one IPv6. */
const ACR = ['20.44.19.64/26', '40.70.146.88/29', '2603:1030:40c:402::90/125']
const ACR_OTHER = ['13.69.106.80/29', '20.50.201.0/26']
const STORAGE = ['20.60.0.0/16', '52.239.156.0/24', '2603:1030:40c::/48']

function tagRegion(location: string): string {
  const known: Record<string, string> = {
    eastus2: 'EastUS2',
    westeurope: 'WestEurope',
    northeurope: 'NorthEurope',
    eastus: 'EastUS'
  }
  return known[location] ?? location
}

/** Outbound scenarios built on `secured` (NSG allowing the registry tag, firewall allowing it). */
export function outboundScenarios(secured: () => Scenario): Record<string, () => Scenario> {
  const denyPrefixes = (name: string, description: string, prefixes: string[]): Scenario =>
    withResources(secured(), {
      name,
      description,
      resources: [
        securityGroup({
          rules: [
            ...registryRules().filter(r => r.direction === 'Inbound'),
            {
              name: 'deny-public-out',
              priority: 2000,
              access: 'Deny',
              destinations: prefixes,
              destinationPort: '*'
            }
          ]
        })
      ]
    })
  return {
    'outbound-deny-halves': () =>
      denyPrefixes(
        'outbound-deny-halves',
        'The NSG denies 0.0.0.0/1 and 128.0.0.0/1 (every IPv4 address) before AllowInternetOutBound.',
        ['0.0.0.0/1', '128.0.0.0/1']
      ),
    'outbound-deny-part': () =>
      denyPrefixes(
        'outbound-deny-part',
        "The NSG denies 20.0.0.0/6, which holds one of the registry tag's two IPv4 prefixes.",
        ['20.0.0.0/6']
      ),
    'outbound-route-halves': () =>
      withResources(secured(), {
        name: 'outbound-route-halves',
        description:
          'Routes 0.0.0.0/1 and 128.0.0.0/1 (not 0.0.0.0/0) force traffic to an Azure Firewall whose classic rules allow the registry login server but not its data endpoint.',
        resources: [
          routeTableBody({
            nextHopType: 'VirtualAppliance',
            routes: [
              {
                name: 'low-half-to-hub',
                addressPrefix: '0.0.0.0/1',
                nextHopType: 'VirtualAppliance',
                nextHopIpAddress: FIREWALL_IP
              },
              {
                name: 'high-half-to-hub',
                addressPrefix: '128.0.0.0/1',
                nextHopType: 'VirtualAppliance',
                nextHopIpAddress: FIREWALL_IP
              }
            ]
          }),
          azureFirewall({
            applicationRuleCollections: [
              classicApplicationCollection('allow-acr-login', 200, ['crmlws0427.azurecr.io'])
            ]
          })
        ]
      }),
    'outbound-route-none-part': () =>
      withResources(secured(), {
        name: 'outbound-route-none-part',
        description:
          "A route sends 20.44.0.0/16, which holds one of the registry tag's prefixes, to next hop None; there is no 0.0.0.0/0 route.",
        resources: [
          routeTableBody({
            nextHopType: 'None',
            routes: [
              { name: 'blackhole-20-44', addressPrefix: '20.44.0.0/16', nextHopType: 'None' }
            ]
          })
        ]
      }),
    'managed-deny-registry-tag': () => {
      const scenario = routeScenarios['approved-no-registry']!()
      const ws = scenario.resources.find(
        r => r.body['type'] === 'Microsoft.MachineLearningServices/workspaces'
      )!
      const allowRule = serviceTagRule('AzureContainerRegistry')
      const rule = {
        ...allowRule,
        destination: { ...(allowRule['destination'] as object), action: 'Deny' }
      }
      const props = ws.body['properties'] as { managedNetwork: { outboundRules: object } }
      props.managedNetwork.outboundRules = {
        ...props.managedNetwork.outboundRules,
        'deny-acr': rule
      }
      const id = `${ws.id}/outboundRules/deny-acr`
      return {
        ...scenario,
        name: 'managed-deny-registry-tag',
        description:
          'AllowOnlyApprovedOutbound managed network whose only registry rule is a ServiceTag rule for AzureContainerRegistry with action Deny.',
        resources: [
          ...scenario.resources,
          { id, body: { id, name: 'deny-acr', type: 'workspace/outboundRules', properties: rule } }
        ]
      }
    },
    // The secured NSG allows AzureContainerRegistry.EastUS2 and denies Internet.
    'outbound-registry-storage': () =>
      withResources(secured(), {
        name: 'outbound-registry-storage',
        description:
          'The registry has no dedicated data endpoints, so layers come from its storage; the NSG allows the registry tag and denies the rest of Internet.',
        resources: [
          { id: REGISTRY_ID, body: registryBody(REGISTRY_ID, { dataEndpointEnabled: false }) }
        ]
      }),
    'outbound-registry-private': () =>
      withResources(secured(), {
        name: 'outbound-registry-private',
        description:
          'The registry is reached through its private endpoint (public access disabled); the NSG denies every public address but keeps AllowVnetOutBound.',
        resources: [
          {
            id: REGISTRY_ID,
            body: registryBody(REGISTRY_ID, {
              publicNetworkAccess: 'Disabled',
              privateEndpointIds: [REGISTRY_PE_ID]
            })
          },
          securityGroup({
            rules: [
              ...registryRules().filter(r => r.direction === 'Inbound'),
              {
                name: 'deny-internet-out',
                priority: 4000,
                access: 'Deny',
                destination: 'Internet',
                destinationPort: '*'
              }
            ]
          })
        ]
      }),
    'outbound-registry-unreachable': () =>
      withResources(secured(), {
        name: 'outbound-registry-unreachable',
        description: 'The registry has public network access disabled and no private endpoint.',
        resources: [
          { id: REGISTRY_ID, body: registryBody(REGISTRY_ID, { publicNetworkAccess: 'Disabled' }) }
        ]
      }),
    'outbound-registry-forbidden': () => ({
      ...secured(),
      name: 'outbound-registry-forbidden',
      description: 'Reading the container registry is refused (403 AuthorizationFailed).',
      faults: [...secured().faults, { pathPrefix: REGISTRY_ID, status: 403 }]
    }),
    'outbound-firewall-ipgroup': () => {
      const firewall = azureFirewall({
        networkRuleCollections: [
          {
            name: 'allow-registry-from-spokes',
            id: `${FIREWALL_COLLECTIONS}/allow-registry-from-spokes`,
            properties: {
              provisioningState: 'Succeeded',
              priority: 200,
              action: { type: 'Allow' },
              rules: [
                {
                  name: 'acr-from-spokes',
                  description: 'Registry tag from the spoke networks',
                  protocols: ['TCP'],
                  sourceAddresses: [],
                  sourceIpGroups: [IP_GROUP_ID],
                  destinationAddresses: ['AzureContainerRegistry.EastUS2'],
                  destinationIpGroups: [],
                  destinationFqdns: [],
                  destinationPorts: ['443']
                }
              ]
            }
          }
        ]
      })
      return withResources(secured(), {
        name: 'outbound-firewall-ipgroup',
        description:
          'Forced tunnelling to an Azure Firewall whose classic network rule allows the registry tag from an IP group holding the spoke address space (10.20.0.0/16).',
        resources: [
          firewall,
          {
            id: IP_GROUP_ID,
            body: {
              id: IP_GROUP_ID,
              name: 'ipg-spokes',
              type: 'Microsoft.Network/ipGroups',
              location: LOCATION,
              etag: 'W/"7d2c1e54-4a8f-4e0b-9b3a-2f6d8c1a5e07"',
              properties: {
                provisioningState: 'Succeeded',
                ipAddresses: ['10.20.0.0/16', '10.30.0.1-10.30.0.9'],
                firewalls: [{ id: firewall.id }],
                firewallPolicies: []
              }
            }
          }
        ]
      })
    },
    'outbound-deny-elsewhere': () =>
      denyPrefixes(
        'outbound-deny-elsewhere',
        "The NSG denies 192.0.2.0/24 (TEST-NET-1), which holds none of the registry tag's addresses.",
        ['192.0.2.0/24']
      )
  }
}

/** Where image traffic really leaves from (issue 17 item 4), built on `secured`. */
export function egressScenarios(secured: () => Scenario): Record<string, () => Scenario> {
  // The private endpoint subnet's NSG denies every public address: nothing egresses from it.
  const lockedPeSubnet = (): Scenario =>
    withResources(secured(), {
      resources: [
        securityGroup({
          rules: [
            ...registryRules().filter(r => r.direction === 'Inbound'),
            {
              name: 'deny-internet-out',
              priority: 4000,
              access: 'Deny',
              destination: 'Internet',
              destinationPort: '*'
            }
          ]
        })
      ]
    })
  return {
    'outbound-managed-only': () =>
      withResources(lockedPeSubnet(), {
        name: 'outbound-managed-only',
        description:
          "Managed online endpoints only; the workspace private endpoint's subnet has an NSG that denies Internet outbound (and no registry allow)."
      }),
    'outbound-image-build': () =>
      withImageBuild(lockedPeSubnet(), {
        name: 'outbound-image-build',
        description:
          'Workspace without a managed network whose registry refuses public traffic (reached through its private endpoint); image-build compute cpu-build is in snet-build, whose NSG denies VirtualNetwork outbound.',
        imageBuildCompute: 'cpu-build'
      }),
    'outbound-image-build-missing': () =>
      withImageBuild(lockedPeSubnet(), {
        name: 'outbound-image-build-missing',
        description:
          'Workspace without a managed network whose registry refuses public traffic; no image-build compute is set, so images would be built on serverless compute.'
      })
  }
}

const SNET_BUILD_ID = `${virtualNetworkId('vnet-ml')}/subnets/snet-build`
const NSG_BUILD_ID = resourceId(
  SUBSCRIPTION_ID,
  NET_RG,
  'Microsoft.Network/networkSecurityGroups',
  'nsg-build'
)

/**
 * The workspace without a managed network, its registry private (public access disabled, an
 * approved private endpoint), and optionally `properties.imageBuildCompute` naming an AmlCompute
 * cluster in `snet-build` (AmlComputeProperties.subnet, a ResourceId, machineLearningServices.json
 * stable/2025-09-01) whose NSG denies VirtualNetwork outbound.
 */
function withImageBuild(
  scenario: Scenario,
  spec: { name: string; description: string; imageBuildCompute?: string }
): Scenario {
  const wsId = workspaceId()
  const ws = scenario.resources.find(r => r.id.toLowerCase() === wsId.toLowerCase())!
  const props = { ...(ws.body.properties as Record<string, unknown>) }
  delete props.managedNetwork
  if (spec.imageBuildCompute) props.imageBuildCompute = spec.imageBuildCompute
  const resources = [
    { id: ws.id, body: { ...ws.body, properties: props } },
    {
      id: REGISTRY_ID,
      body: registryBody(REGISTRY_ID, {
        publicNetworkAccess: 'Disabled',
        privateEndpointIds: [REGISTRY_PE_ID]
      })
    }
  ]
  if (spec.imageBuildCompute) {
    const computeId = `${wsId}/computes/${spec.imageBuildCompute}`
    resources.push(
      {
        id: computeId,
        body: {
          id: computeId,
          name: spec.imageBuildCompute,
          type: 'Microsoft.MachineLearningServices/workspaces/computes',
          location: LOCATION,
          properties: {
            computeType: 'AmlCompute',
            computeLocation: LOCATION,
            provisioningState: 'Succeeded',
            isAttachedCompute: false,
            disableLocalAuth: true,
            properties: {
              vmSize: 'STANDARD_D2_V2',
              vmPriority: 'Dedicated',
              osType: 'Linux',
              scaleSettings: {
                maxNodeCount: 2,
                minNodeCount: 0,
                nodeIdleTimeBeforeScaleDown: 'PT120S'
              },
              subnet: { id: SNET_BUILD_ID },
              remoteLoginPortPublicAccess: 'Disabled',
              enableNodePublicIp: false,
              allocationState: 'Steady',
              currentNodeCount: 0,
              targetNodeCount: 0
            }
          }
        }
      },
      subnet({
        virtualNetworkId: virtualNetworkId('vnet-ml'),
        name: 'snet-build',
        addressPrefix: '10.20.3.0/24',
        networkSecurityGroupId: NSG_BUILD_ID
      }),
      securityGroup({
        id: NSG_BUILD_ID,
        subnetIds: [SNET_BUILD_ID],
        rules: [
          {
            name: 'deny-vnet-out',
            priority: 200,
            access: 'Deny',
            destination: 'VirtualNetwork',
            destinationPort: '*'
          }
        ]
      })
    )
  }
  return withResources(scenario, { name: spec.name, description: spec.description, resources })
}

/**
 * A container registry as `registries/{name}` GET returns it (shaped like the
 * REST example RegistryGet.json, api-version 2025-04-01). Served for a
 * registry a scenario does not define: Premium with dedicated data endpoints
 * and public access, so its data path is the registry tag alone.
 */
export function registryBody(
  id: string,
  options: {
    dataEndpointEnabled?: boolean
    publicNetworkAccess?: 'Enabled' | 'Disabled'
    privateEndpointIds?: string[]
  } = {}
): Record<string, unknown> {
  const name = id.split('/').pop() ?? ''
  const dataEndpoints = options.dataEndpointEnabled ?? true
  return {
    id,
    name,
    type: 'Microsoft.ContainerRegistry/registries',
    location: LOCATION,
    tags: {},
    sku: { name: 'Premium', tier: 'Premium' },
    properties: {
      loginServer: `${name}.azurecr.io`,
      creationDate: '2026-03-02T09:18:40.1537861Z',
      provisioningState: 'Succeeded',
      adminUserEnabled: false,
      networkRuleSet: { defaultAction: 'Allow', ipRules: [] },
      encryption: { status: 'disabled' },
      status: null,
      dataEndpointEnabled: dataEndpoints,
      dataEndpointHostNames: dataEndpoints ? [`${name}.${LOCATION}.data.azurecr.io`] : [],
      privateEndpointConnections: (options.privateEndpointIds ?? []).map((pe, i) => ({
        id: `${id}/privateEndpointConnections/${name}.pec${i}`,
        name: `${name}.pec${i}`,
        type: 'Microsoft.ContainerRegistry/registries/privateEndpointConnections',
        properties: {
          privateEndpoint: { id: pe },
          privateLinkServiceConnectionState: {
            status: 'Approved',
            description: 'Auto-Approved',
            actionsRequired: 'None'
          },
          provisioningState: 'Succeeded'
        }
      })),
      publicNetworkAccess: options.publicNetworkAccess ?? 'Enabled',
      networkRuleBypassOptions: 'AzureServices',
      zoneRedundancy: 'Disabled',
      anonymousPullEnabled: false
    }
  }
}
