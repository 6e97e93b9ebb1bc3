/**
 * Hub and spoke (issue 17, item 5): the spoke VNet `vnet-ml` (subscription of the workspace)
 * forces 0.0.0.0/0 to 10.100.0.4, the Azure Firewall of a hub VNet in another subscription
 * (HUB_SUBSCRIPTION_ID), reached through a VNet peering. Bodies as ARM returns them:
 * VirtualNetworkPeering (Microsoft.Network 2026-01-01, VirtualNetworkPeerings_List),
 * AzureFirewall, FirewallPolicy and its rule collection groups.
 */
import type { ArmResource, Scenario } from '../scenario.js'
import { routeTableBody, withResources } from './access.js'
import {
  LOCATION,
  SUBSCRIPTION_ID,
  guidFor,
  resourceId,
  subnet,
  virtualNetwork,
  virtualNetworkId
} from './builders.js'

/** The hub's subscription: another subscription than the workspace's and the route table's. */
export const HUB_SUBSCRIPTION_ID = '7d3f1c2a-9b8e-4f6d-a5c4-3e2b1a0f9d8c'
const HUB_RG = 'rg-connectivity-hub'
export const HUB_FIREWALL_IP = '10.100.0.4'
const SPOKE_VNET_ID = virtualNetworkId('vnet-ml')
const SPOKE_SUBNETS = [
  `${SPOKE_VNET_ID}/subnets/snet-ml`,
  `${SPOKE_VNET_ID}/subnets/snet-inference`
]
export const HUB_VNET_ID = virtualNetworkId('vnet-hub-eastus2', HUB_SUBSCRIPTION_ID, HUB_RG)
export const HUB_FIREWALL_ID = resourceId(
  HUB_SUBSCRIPTION_ID,
  HUB_RG,
  'Microsoft.Network/azureFirewalls',
  'afw-hub-eastus2'
)
const HUB_POLICY_ID = resourceId(
  HUB_SUBSCRIPTION_ID,
  HUB_RG,
  'Microsoft.Network/firewallPolicies',
  'afwp-hub-eastus2'
)

const etag = (id: string): string => `W/"${guidFor(`etag:${id}`)}"`

/** A peering of `vnetId` to `remoteId`, as VirtualNetworkPeerings_List returns it. */
function peering(
  vnetId: string,
  name: string,
  remoteId: string,
  remotePrefixes: string[],
  peeringState: string
): ArmResource {
  const id = `${vnetId}/virtualNetworkPeerings/${name}`
  return {
    id,
    body: {
      name,
      id,
      etag: etag(id),
      type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: guidFor(`resource:${id}`),
        peeringState,
        peeringSyncLevel: 'FullyInSync',
        remoteVirtualNetwork: { id: remoteId },
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: true,
        allowGatewayTransit: false,
        useRemoteGateways: false,
        doNotVerifyRemoteGateways: false,
        peerCompleteVnets: true,
        remoteAddressSpace: { addressPrefixes: remotePrefixes },
        remoteVirtualNetworkAddressSpace: { addressPrefixes: remotePrefixes },
        remoteBgpCommunities: {
          virtualNetworkCommunity: '12076:20011',
          regionalCommunity: '12076:50004'
        }
      }
    }
  }
}

/** The hub firewall (policy-managed) in AzureFirewallSubnet of the hub VNet. */
function hubFirewall(): ArmResource {
  return {
    id: HUB_FIREWALL_ID,
    body: {
      name: 'afw-hub-eastus2',
      id: HUB_FIREWALL_ID,
      etag: etag(HUB_FIREWALL_ID),
      type: 'Microsoft.Network/azureFirewalls',
      location: LOCATION,
      zones: ['1', '2', '3'],
      properties: {
        provisioningState: 'Succeeded',
        sku: { name: 'AZFW_VNet', tier: 'Premium' },
        threatIntelMode: 'Alert',
        ipConfigurations: [
          {
            name: 'ipconfig1',
            id: `${HUB_FIREWALL_ID}/azureFirewallIpConfigurations/ipconfig1`,
            properties: {
              provisioningState: 'Succeeded',
              privateIPAddress: HUB_FIREWALL_IP,
              privateIPAllocationMethod: 'Dynamic',
              subnet: { id: `${HUB_VNET_ID}/subnets/AzureFirewallSubnet` },
              publicIPAddress: {
                id: resourceId(
                  HUB_SUBSCRIPTION_ID,
                  HUB_RG,
                  'Microsoft.Network/publicIPAddresses',
                  'pip-afw-hub-eastus2'
                )
              }
            }
          }
        ],
        networkRuleCollections: [],
        applicationRuleCollections: [],
        natRuleCollections: [],
        firewallPolicy: { id: HUB_POLICY_ID }
      }
    }
  }
}

/** The hub policy: one rule collection group whose collection `action`s TCP 443 to the registry tag. */
function hubPolicy(action: 'Allow' | 'Deny'): ArmResource[] {
  const groupId = `${HUB_POLICY_ID}/ruleCollectionGroups/spokes`
  return [
    {
      id: HUB_POLICY_ID,
      body: {
        name: 'afwp-hub-eastus2',
        id: HUB_POLICY_ID,
        etag: etag(HUB_POLICY_ID),
        type: 'Microsoft.Network/firewallPolicies',
        location: LOCATION,
        properties: {
          provisioningState: 'Succeeded',
          sku: { tier: 'Premium' },
          threatIntelMode: 'Alert',
          ruleCollectionGroups: [{ id: groupId }],
          firewalls: [{ id: HUB_FIREWALL_ID }],
          childPolicies: []
        }
      }
    },
    {
      id: groupId,
      body: {
        name: 'spokes',
        id: groupId,
        etag: etag(groupId),
        type: 'Microsoft.Network/FirewallPolicies/ruleCollectionGroups',
        properties: {
          provisioningState: 'Succeeded',
          priority: 300,
          ruleCollections: [
            {
              ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
              name: action === 'Allow' ? 'allow-spoke-registry' : 'deny-spoke-registry',
              priority: 310,
              action: { type: action },
              rules: [
                {
                  ruleType: 'NetworkRule',
                  name: 'acr-eastus2',
                  ipProtocols: ['TCP'],
                  sourceAddresses: ['10.20.0.0/16'],
                  sourceIpGroups: [],
                  destinationAddresses: ['AzureContainerRegistry.EastUS2'],
                  destinationIpGroups: [],
                  destinationFqdns: [],
                  destinationPorts: ['443']
                }
              ]
            }
          ]
        }
      }
    }
  ]
}

/** `secured` with its route table forced to the hub firewall, peered to the hub in another subscription. */
function hubAndSpoke(
  secured: () => Scenario,
  name: string,
  description: string,
  options: { action: 'Allow' | 'Deny'; spokePeeringState?: string }
): Scenario {
  const base = secured()
  const spokeVnet = base.resources.find(r => r.id.toLowerCase() === SPOKE_VNET_ID.toLowerCase())
  if (!spokeVnet) throw new Error('hub scenarios need the vnet-ml of secured')
  const toHub = peering(
    SPOKE_VNET_ID,
    'peer-spoke-ml-to-hub',
    HUB_VNET_ID,
    ['10.100.0.0/16'],
    options.spokePeeringState ?? 'Connected'
  )
  const toSpoke = peering(
    HUB_VNET_ID,
    'peer-hub-to-spoke-ml',
    SPOKE_VNET_ID,
    ['10.20.0.0/16'],
    'Connected'
  )
  // A second peering, listed first: one item per page puts the hub's on page 2.
  const toShared = peering(
    SPOKE_VNET_ID,
    'peer-spoke-ml-to-shared',
    virtualNetworkId('vnet-shared-services'),
    ['10.30.0.0/16'],
    'Connected'
  )
  // A VNet body embeds its peerings, as ARM's GET does.
  const spoke = structuredClone(spokeVnet)
  ;(spoke.body['properties'] as Record<string, unknown>)['virtualNetworkPeerings'] = [
    toShared.body,
    toHub.body
  ]
  const firewallSubnet = subnet({
    virtualNetworkId: HUB_VNET_ID,
    name: 'AzureFirewallSubnet',
    addressPrefix: '10.100.0.0/26'
  })
  const hubVnet = virtualNetwork(
    {
      name: 'vnet-hub-eastus2',
      subscriptionId: HUB_SUBSCRIPTION_ID,
      resourceGroup: HUB_RG,
      addressPrefixes: ['10.100.0.0/16']
    },
    [firewallSubnet]
  )
  // Without the hub's side, the spoke's peering stays Initiated.
  const connected = (options.spokePeeringState ?? 'Connected') === 'Connected'
  ;(hubVnet.body['properties'] as Record<string, unknown>)['virtualNetworkPeerings'] = connected
    ? [toSpoke.body]
    : []
  return withResources(base, {
    name,
    description,
    resources: [
      spoke,
      toShared,
      toHub,
      routeTableBody({
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: HUB_FIREWALL_IP,
        subnetIds: SPOKE_SUBNETS
      }),
      hubVnet,
      firewallSubnet,
      ...(connected ? [toSpoke] : []),
      hubFirewall(),
      ...hubPolicy(options.action)
    ]
  })
}

export function hubScenarios(secured: () => Scenario): Record<string, () => Scenario> {
  return {
    'hub-firewall-allows': () =>
      hubAndSpoke(
        secured,
        'hub-firewall-allows',
        'Forced tunnel to a hub Azure Firewall in another subscription, reached through a VNet peering; its policy allows the registry tag.',
        { action: 'Allow' }
      ),
    'hub-firewall-denies': () =>
      hubAndSpoke(
        secured,
        'hub-firewall-denies',
        'Forced tunnel to a hub Azure Firewall in another subscription, whose policy denies the registry tag.',
        { action: 'Deny' }
      ),
    'hub-firewall-forbidden': () => {
      const scenario = hubAndSpoke(
        secured,
        'hub-firewall-forbidden',
        "Forced tunnel to a hub Azure Firewall in another subscription the identity cannot read (403 AuthorizationFailed on the hub's subscription).",
        { action: 'Allow' }
      )
      return {
        ...scenario,
        faults: [
          ...scenario.faults,
          { pathPrefix: `/subscriptions/${HUB_SUBSCRIPTION_ID}`, status: 403 }
        ]
      }
    },
    'hub-peering-initiated': () =>
      hubAndSpoke(
        secured,
        'hub-peering-initiated',
        "Forced tunnel to a hub Azure Firewall whose spoke-to-hub peering is Initiated (the hub's side was never created).",
        { action: 'Allow', spokePeeringState: 'Initiated' }
      )
  }
}

/** The workspace's subscription, for tests that tell the two apart. */
export const SPOKE_SUBSCRIPTION_ID = SUBSCRIPTION_ID
