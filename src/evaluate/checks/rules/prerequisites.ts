/**
 * The words of the checklist section "Prerequisites", network part (NET-*): what each
 * check is, why it matters and how to fix it. Data only; the decisions are in
 * ../prerequisites.ts.
 */
import type { CheckDefinition } from '../../../model/check.js'
import { ARTICLE_URL } from './links.js'

const PRIVATE_LINK_DOC =
  'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link'

export const NET_01_RULE: CheckDefinition = {
  id: 'NET-01',
  title: 'Workspace inbound access is private',
  section: 'prerequisites',
  category: 'isolation',
  severity: 'error',
  rationale:
    'An inferencing environment secured with a virtual network is only isolated if the workspace itself refuses traffic from the public internet. ' +
    'When public network access is on (the service default when the property is not set), or the legacy allowPublicAccessWhenBehindVnet flag is true, clients outside the virtual network can still reach the workspace.',
  remediation:
    'Set the workspace public network access to Disabled and make sure allowPublicAccessWhenBehindVnet is false, then reach the workspace through its private endpoint.',
  fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --public-network-access Disabled',
  docUrl: PRIVATE_LINK_DOC,
  summary:
    "the workspace's `publicNetworkAccess` is `Disabled` and `allowPublicAccessWhenBehindVnet` is not `true`"
}

export const NET_02_RULE: CheckDefinition = {
  id: 'NET-02',
  title: 'Workspace is reachable through an approved private endpoint in an existing subnet',
  section: 'prerequisites',
  category: 'isolation',
  severity: 'error',
  rationale:
    'The inferencing environment relies on an existing virtual network and subnet from which the workspace is reached privately. ' +
    'Without an approved private endpoint whose subnet and virtual network still exist, clients in the virtual network have no private path to the workspace.',
  remediation:
    'Create a private endpoint for the workspace (sub-resource amlworkspace) in a subnet of the virtual network that secures it, and make sure its connection is Approved. ' +
    'Replace connections whose private endpoint, subnet or virtual network was deleted.',
  fix: 'az network private-endpoint create --name <pe-name> --resource-group <resource-group> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <workspace-id> --group-id amlworkspace --connection-name <pe-name>',
  docUrl: PRIVATE_LINK_DOC,
  summary:
    'the workspace has an `Approved` private endpoint connection whose private endpoint, subnet and virtual network exist'
}

export const NET_03_RULE: CheckDefinition = {
  id: 'NET-03',
  title: 'An existing virtual network and subnet secure the workspace',
  section: 'prerequisites',
  category: 'isolation',
  severity: 'error',
  rationale:
    'The article assumes an existing virtual network and subnet that secure the workspace: they hold its private endpoint (and, on the Kubernetes route, the cluster nodes), and the RBAC and outbound checks are evaluated against them. ' +
    'If the named network does not exist, or is not where the workspace is reached privately, those checks look at the wrong place.',
  remediation:
    "Set the `vnet-id` and `subnet-id` inputs to the virtual network and subnet of the workspace's private endpoint, or leave them empty to discover them. If nothing is found, create a private endpoint for the workspace in a subnet of your virtual network.",
  fix: 'az network private-endpoint show --ids <private-endpoint-id> --query subnet.id -o tsv   # the subnet-id input; the vnet-id is its parent',
  docUrl: ARTICLE_URL,
  summary:
    "the VNet/subnet named by `vnet-id`/`subnet-id` (else discovered from the workspace's private endpoint, or on the Kubernetes route the node pools) exist and hold the workspace's private endpoint"
}
