/**
 * The words of checklist section "Secure managed online endpoints" (MOE-*): one catalog entry
 * per check. Data only; the decisions are in ../managed-endpoints.ts.
 */
import type { CheckDefinition } from '../../../model/check.js'
import { MANAGED_NETWORK_DOC } from './links.js'

const SECURE_ONLINE_ENDPOINT_DOC =
  'https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint'
const SECURE_ONLINE_ENDPOINT_HOWTO =
  'https://learn.microsoft.com/azure/machine-learning/how-to-secure-online-endpoint'

export const MOE_01_RULE: CheckDefinition = {
  id: 'MOE-01',
  title: 'The workspace uses a managed virtual network',
  section: 'managed-endpoints',
  category: 'isolation',
  severity: 'error',
  rationale:
    'The article recommends a workspace managed virtual network for managed online endpoints: Azure Machine Learning then isolates the workspace, its managed computes and deployments, and reaches the storage account, key vault and container registry through private endpoints. ' +
    'Without it, each deployment must isolate its own egress with the legacy egressPublicNetworkAccess flag, and a deployment created without it reaches the internet.',
  remediation:
    'Enable the workspace managed network (isolation mode AllowOnlyApprovedOutbound, or AllowInternetOutbound), then provision it. ' +
    'Existing managed online endpoints are not moved into it: delete and recreate them (and their deployments) after the managed network is enabled. ' +
    'In Bicep: properties.managedNetwork.isolationMode on Microsoft.MachineLearningServices/workspaces.',
  fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --managed-network allow_only_approved_outbound',
  docUrl: MANAGED_NETWORK_DOC,
  summary:
    '`managedNetwork.isolationMode` is `AllowInternetOutbound` or `AllowOnlyApprovedOutbound` (`Disabled`: warning if every managed deployment has `egressPublicNetworkAccess: Disabled`, else error)'
}

export const MOE_02_RULE: CheckDefinition = {
  id: 'MOE-02',
  title: 'The managed virtual network is provisioned',
  section: 'managed-endpoints',
  category: 'isolation',
  severity: 'warning',
  rationale:
    'A managed network is created lazily: until it is provisioned (status Active) its private endpoints and outbound rules do not exist yet, and the first deployment waits for it or fails on a missing rule.',
  remediation:
    'Provision the managed network once after enabling it or changing its rules, before deploying.',
  fix: 'az ml workspace provision-network --resource-group <resource-group> --name <workspace>',
  docUrl: MANAGED_NETWORK_DOC,
  summary: '`managedNetwork.status.status` is `Active` (`Inactive`: warning)'
}

export const MOE_03_RULE: CheckDefinition = {
  id: 'MOE-03',
  title: 'Managed online endpoints are not reachable from the public internet',
  section: 'managed-endpoints',
  category: 'isolation',
  severity: 'error',
  rationale:
    'A managed online endpoint with public network access on accepts scoring requests from anywhere on the internet, whatever the workspace network settings are. ' +
    'Turning it off means clients reach the endpoint only through the workspace private endpoint.',
  remediation:
    'Set public network access of every managed online endpoint to disabled and call it from inside the virtual network through the workspace private endpoint.',
  fix: 'az ml online-endpoint update --name <endpoint> --resource-group <resource-group> --workspace-name <workspace> --set public_network_access=disabled',
  docUrl: SECURE_ONLINE_ENDPOINT_DOC,
  summary: 'every managed online endpoint has `publicNetworkAccess: Disabled`'
}

export const MOE_04_RULE: CheckDefinition = {
  id: 'MOE-04',
  title: 'Egress of every managed deployment is isolated',
  section: 'managed-endpoints',
  category: 'isolation',
  severity: 'error',
  rationale:
    "A managed deployment's container can reach the internet unless the workspace managed network controls its egress, or the deployment was created with the legacy egressPublicNetworkAccess: Disabled. " +
    'Existing managed online endpoints are not moved into a managed network enabled after them, so a deployment older than the managed network keeps the egress it was created with. Azure does not report when the network was enabled, but enabling it changes the workspace: a deployment created after the workspace was last changed runs in the managed network; an older one is not confirmed. ' +
    'An open egress path lets a compromised model or dependency exfiltrate data.',
  remediation:
    'Prefer the workspace managed network (MOE-01), and recreate deployments (or endpoints) created before it was enabled. Without it, create every managed deployment with egress public network access disabled: the setting cannot be changed on an existing deployment, so create a new deployment, move traffic to it and delete the old one.',
  fix: 'az ml online-deployment create --resource-group <resource-group> --workspace-name <workspace> --endpoint-name <endpoint> --file deployment.yml --set egress_public_network_access=disabled',
  docUrl: SECURE_ONLINE_ENDPOINT_DOC,
  summary:
    "every managed deployment's egress is isolated: `egressPublicNetworkAccess: Disabled`, or the managed network for a deployment provably newer than it (created before May 2023 without the flag: error; otherwise not confirmed: unknown)"
}

export const MOE_05_RULE: CheckDefinition = {
  id: 'MOE-05',
  title: "The managed network reaches the workspace's storage, key vault and registry privately",
  section: 'managed-endpoints',
  category: 'isolation',
  severity: 'error',
  rationale:
    'Deployments in the managed network load models from the storage account, secrets from the key vault and images from the container registry. ' +
    "Each needs an active PrivateEndpoint outbound rule to the sub-resource deployments use (storage blob, key vault vault, registry registry): a private endpoint reaches only its own sub-resource, so a rule to the storage account's file sub-resource does not carry blob traffic. Without one, that traffic has no private path and either fails or leaves over the internet. " +
    'In AllowInternetOutbound the service creates these private endpoints only for dependencies whose public network access is disabled (how-to-managed-network); a dependency that allows public access is then reached over its public endpoint, reported as a warning rather than a broken rule.',
  remediation:
    "Add a PrivateEndpoint outbound rule for each workspace dependency that lacks one (the service adds them for the workspace's own resources), then provision the managed network so the rules become Active. " +
    'In Bicep: properties.managedNetwork.outboundRules.<name> with type PrivateEndpoint, destination.serviceResourceId and destination.subresourceTarget (blob, vault or registry).',
  fix: 'az ml workspace outbound-rule set --resource-group <resource-group> --workspace-name <workspace> --rule <rule-name> --type private_endpoint --service-resource-id <resource-id> --subresource-target <blob|vault|registry>',
  docUrl: MANAGED_NETWORK_DOC,
  summary:
    "the workspace's storage account, key vault and container registry each have an `Active` `PrivateEndpoint` outbound rule to the sub-resource deployments use (`blob`, `vault`, `registry`)"
}

export const MOE_06_RULE: CheckDefinition = {
  id: 'MOE-06',
  title: 'The managed network allows only approved outbound traffic',
  section: 'managed-endpoints',
  category: 'isolation',
  severity: 'notice',
  rationale:
    'With AllowInternetOutbound, anything running in the managed network can reach any internet address; AllowOnlyApprovedOutbound limits egress to the outbound rules you approve, which protects against data exfiltration. ' +
    'This is a recommendation: it never fails the workflow by itself.',
  remediation:
    'Switch the managed network to AllowOnlyApprovedOutbound and add FQDN or ServiceTag rules for the destinations your models need. In Bicep: properties.managedNetwork.isolationMode: AllowOnlyApprovedOutbound.',
  fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --managed-network allow_only_approved_outbound',
  docUrl: MANAGED_NETWORK_DOC,
  summary:
    'the managed network is `AllowOnlyApprovedOutbound` (`AllowInternetOutbound`: a notice, never a failed step)'
}

export const MOE_07_RULE: CheckDefinition = {
  id: 'MOE-07',
  title: 'The workspace is not in v1 legacy mode',
  section: 'managed-endpoints',
  category: 'isolation',
  severity: 'error',
  rationale:
    'Network isolation of managed online endpoints needs the workspace flag v1LegacyMode (v1_legacy_mode) off: with it on, the workspace keeps the v1 API behaviour and managed online endpoints cannot be created in it (how-to-secure-online-endpoint, Limitations).',
  remediation:
    'Turn v1 legacy mode off on the workspace. In Bicep: properties.v1LegacyMode: false on Microsoft.MachineLearningServices/workspaces.',
  fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --v1-legacy-mode false',
  docUrl: SECURE_ONLINE_ENDPOINT_HOWTO,
  summary: "the workspace's `v1LegacyMode` is not `true`"
}
