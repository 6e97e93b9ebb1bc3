/**
 * The words of the checklist section "Limit outbound connectivity from the
 * virtual network" (OUT-*): one catalog entry per check. Data only; the
 * decisions live in ../outbound/out-0N-*.ts.
 */
import type { CheckDefinition } from '../../../model/check.js'
import { ARTICLE_URL, MANAGED_NETWORK_DOC } from './links.js'

/** Lists the AzureContainerRegistry.<Region> tag and the registry host names a firewall must allow. */
const FIREWALL_DOC =
  'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall'

/** Which subnets OUT-01/02/04 judge, and why (egressSubnets in src/evaluate/network-target.ts). */
const EGRESS_RATIONALE =
  "Judged: the subnets that start the connections: the `subnet-id` input; on the Kubernetes route the node-pool subnets of the attached AKS clusters; and the subnet of the workspace's image-build compute (`imageBuildCompute`, the compute's `properties.properties.subnet.id`), which builds every environment image and pushes it to the registry. " +
  "Not judged: the workspace private endpoint's subnet (a private endpoint's NIC starts no connections) and, on the managed route, anything else: managed online deployments egress from the workspace's managed virtual network (MOE-04, MOE-06 and OUT-03 judge that path), so without `subnet-id` or an image-build compute in your network OUT-01/02/04 are skipped, saying so. An image-build compute that cannot be found, or computes that cannot be read, make the result unknown."

export const OUT_01_RULE: CheckDefinition = {
  id: 'OUT-01',
  title: 'NSGs let the subnets reach the container registry (TCP 443)',
  section: 'outbound',
  category: 'outbound',
  severity: 'error',
  rationale:
    'Inference pulls its images from the workspace container registry. When the virtual network limits outbound traffic, the NSG on each subnet that traffic leaves from must allow TCP 443 to the `AzureContainerRegistry.<Region>` service tag, or deployments fail to start. ' +
    EGRESS_RATIONALE +
    " With the registry's public access disabled, no image-build compute and no managed network, OUT-01 fails on the registry: Azure Machine Learning then builds images on serverless compute, which works only when the registry is not network restricted (how-to-secure-workspace-vnet). " +
    'Reads: the NSG of each subnet, and the address prefixes of the service tags involved from the Service Tags discovery API (`Microsoft.Network/locations/{region}/serviceTags`, once per region; the snapshot keeps only the tags compared). ' +
    'Decides as Azure does: outbound custom rules and the default rules (AllowVnetOutBound 65000, AllowInternetOutBound 65001, DenyAllOutBound 65500) by priority, the first rule that matches an address decides it. ' +
    'A destination that contains the registry tag by name (`*`, `Internet`, `AzureCloud[.<Region>]`, `AzureContainerRegistry[.<Region>]`) covers all of its addresses; address prefixes, and other tags the discovery API lists, are compared address by address (IPv4 and IPv6, the families the subnet has), so a deny of `0.0.0.0/1` + `128.0.0.0/1` is a deny of everything. ' +
    "A deny that covers only part of the tag is unknown, naming the part: pulls then depend on which address the registry answers from. When the tag's prefixes could not be read, a rule written as a prefix that may hold them makes the result unknown rather than a pass. " +
    'The registry is read (`Microsoft.ContainerRegistry/registries`, api-version 2025-04-01) for its data path: with an approved private endpoint pulls are `VirtualNetwork` traffic; with public access disabled and no approved private endpoint nothing can pull (fail); without dedicated data endpoints its layers come from its storage, so `Storage.<Region>` must be allowed as well as the registry tag; a registry that cannot be read makes a pass unknown. ' +
    'Cannot see: which address the registry answers from, the members of application security groups, whether the privatelink.azurecr.io DNS zone resolves the registry to its private endpoint from this network, and whether a private endpoint in another network is peered.',
  remediation:
    'Add an outbound Allow rule for TCP 443 to the `AzureContainerRegistry.<Region>` service tag of the workspace region, with a priority number smaller than the rule that denies the traffic.',
  fix: "az network nsg rule create --resource-group <resource-group> --nsg-name <nsg> --name AllowAzureContainerRegistryOutbound --priority <below the deny> --direction Outbound --access Allow --protocol Tcp --source-address-prefixes VirtualNetwork --source-port-ranges '*' --destination-address-prefixes AzureContainerRegistry.<Region> --destination-port-ranges 443",
  docUrl: ARTICLE_URL,
  summary:
    "the NSG of each subnet that egresses (`subnet-id`, AKS node pools, the image-build compute's subnet) lets TCP 443 reach the registry's data path as read (registry tag, its storage, or its private endpoint), rules compared by address with the Service Tags API's prefixes, or the subnet has no NSG"
}

export const OUT_02_RULE: CheckDefinition = {
  id: 'OUT-02',
  title: 'AzureContainerRegistry service tags name the workspace region',
  section: 'outbound',
  category: 'outbound',
  severity: 'error',
  rationale:
    "The regional tag `AzureContainerRegistry.<Region>` holds only the registry addresses of that region. An outbound allow for another region's tag does not let the subnets reach the workspace registry. " +
    'Judges the NSGs of the subnets OUT-01 judges (the subnets traffic leaves from). ' +
    'Service tags spell regions like WestEurope while resources say westeurope; the names are compared after normalising case and separators.',
  remediation:
    'Change the destination of the rule to the AzureContainerRegistry tag of the workspace region.',
  fix: 'az network nsg rule update --resource-group <resource-group> --nsg-name <nsg> --name <rule> --destination-address-prefixes AzureContainerRegistry.<Region>',
  docUrl: FIREWALL_DOC,
  summary: "every `AzureContainerRegistry.<Region>` allow names the workspace's region"
}

export const OUT_03_RULE: CheckDefinition = {
  id: 'OUT-03',
  title: 'The approved-outbound managed network can pull container images',
  section: 'outbound',
  category: 'outbound',
  severity: 'error',
  rationale:
    'The article requires that limiting outbound traffic still allows Azure Container Registry. ' +
    'With AllowOnlyApprovedOutbound the managed network reaches only what its outbound rules approve, so without a rule to the registry deployments cannot pull their images. ' +
    'A ServiceTag rule counts only when its `destination.action` (api-version 2025-12-01) is not `Deny`: a Deny rule for the registry tag blocks it, and next to an allow of the tag the result is unknown (which one wins is not documented); a PrivateEndpoint rule to the registry does not use the tag and is unaffected.',
  remediation:
    "Make sure the managed network has an active PrivateEndpoint rule to the workspace's container registry, or a ServiceTag rule for AzureContainerRegistry (or AzureContainerRegistry.<Region>) on TCP 443, then provision the network. " +
    'In Bicep: properties.managedNetwork.outboundRules.<name> with type ServiceTag and destination { serviceTag, protocol, portRanges }.',
  fix: 'az ml workspace outbound-rule set --resource-group <resource-group> --workspace-name <workspace> --rule allow-acr --type service_tag --service-tag AzureContainerRegistry.<Region> --protocol TCP --port-ranges 443',
  docUrl: MANAGED_NETWORK_DOC,
  summary:
    'with `AllowOnlyApprovedOutbound`, an `Active` `PrivateEndpoint` rule to the registry or a `ServiceTag` rule (not `action: Deny`) for `AzureContainerRegistry[.<Region>]` on TCP 443'
}

export const OUT_04_RULE: CheckDefinition = {
  id: 'OUT-04',
  title: 'Forced tunnelling lets registry traffic through',
  section: 'outbound',
  category: 'outbound',
  severity: 'error',
  rationale:
    "Reads: the route table of each subnet traffic leaves from (as OUT-01 chooses them), the Azure Firewalls of its subscription, their firewall policies (and parents), and the registry tag's prefixes (Service Tags discovery API); when no firewall of that subscription holds a `VirtualAppliance` next hop, the peerings of the subnet's VNet (VirtualNetworkPeerings_List) and the Azure Firewalls of the subscription of the peered VNet whose remote address space holds the next hop (hub and spoke). " +
    'Decides as Azure selects routes: for each address of `AzureContainerRegistry.<Region>` the user-defined route with the longest prefix that holds it wins (a route written as a service tag counts with each of its prefixes; an IP prefix wins an exact tie), so `0.0.0.0/1` + `128.0.0.0/1` force traffic as `0.0.0.0/0` does. Next hop `None` drops the addresses it holds (fail), `Internet` sends them out directly, `VirtualAppliance` or `VirtualNetworkGateway` sends them to an appliance; addresses no route holds follow the system route to Internet. The worst part decides. ' +
    "When the next hop is an Azure Firewall the identity can read (its private IP is the next hop, in the route table's subscription or in the peered hub VNet's subscription; a peering that is not `Connected` carries no traffic and fails; a hub subscription that refuses the read is unknown, naming it and the Reader role), its classic rule collections or firewall policy are evaluated for those addresses as Azure Firewall does: network rules before application rules, by priority, first match wins, no match is denied; network rule destinations are compared address by address like NSG rules. " +
    "The registry as read decides the hosts: without dedicated data endpoints the firewall must also allow its storage (`*.blob.core.windows.net`, `Storage.<Region>`); through an approved private endpoint the system route for the virtual network (more specific than 0.0.0.0/0) carries the traffic, so only routes inside the virtual network's address space can divert it; public access disabled and no private endpoint fails. " +
    "Cannot see: any other appliance (unknown until you confirm it allows the registry); IP groups that could not be read (groups are read from `Microsoft.Network/ipGroups` and compared by address; a rule using an unreadable one is a partial match); a firewall reached other than through a peering of the subnet's VNet, such as a Virtual WAN secured hub (unknown, named when the peering is to a Virtual WAN hub); routes learned over BGP from a VPN or ExpressRoute gateway or a Virtual WAN hub, which are not in the route table (the result says so unless the table has `disableBgpRoutePropagation: true`). Without the tag's prefixes, routes that may be more specific with another next hop make the result unknown.",
  remediation:
    "Allow TCP 443 to the `AzureContainerRegistry.<Region>` tag (network rule) or to the registry's `<name>.azurecr.io` and `<name>.<region>.data.azurecr.io` names (application rule) on the firewall, or route the AzureContainerRegistry tag to Internet.",
  fix: 'az network firewall application-rule create --resource-group <resource-group> --firewall-name <firewall> --collection-name allow-acr --priority <priority> --action Allow --name acr --protocols Https=443 --source-addresses <subnet prefix> --target-fqdns <registry>.azurecr.io <registry>.<region>.data.azurecr.io',
  docUrl: FIREWALL_DOC,
  summary:
    'the longest-prefix route of each registry address is direct, or reaches a readable Azure Firewall whose rules (IP groups read) allow the registry and its data path'
}
