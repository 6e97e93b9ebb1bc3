/**
 * The words of checklist section "Secure Azure Kubernetes Service online endpoints" (K8S-*):
 * what each check is, why, and how to fix it. Data only; the decisions live in ../kubernetes/.
 */
import type { CheckDefinition } from '../../../model/check.js'

const DOCS = {
  secureCluster:
    'https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment',
  extension:
    'https://learn.microsoft.com/azure/machine-learning/how-to-deploy-kubernetes-extension',
  attach:
    'https://learn.microsoft.com/azure/machine-learning/how-to-attach-kubernetes-to-workspace',
  endpoint:
    'https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint'
}

export const K8S_01_RULE: CheckDefinition = {
  id: 'K8S-01',
  title: 'The cluster is a secure inferencing environment',
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    "Step 1 of the article (and the earlier version's prerequisite) points to Secure Azure Kubernetes Service inferencing environment, which puts the cluster in a virtual network (how-to-secure-kubernetes-inferencing-environment): its node pools in a subnet of your virtual network, or in the virtual network AKS creates for pools that name no subnet (aks-vnet-* in the cluster's node resource group), which that article supports too. " +
    "The other three requirements come from AKS's own security guidance, not from that article: an API server that is private or limited to authorized IP ranges (AKS: Secure access to the API server using authorized IP address ranges, api-server-authorized-ip-ranges; Azure Policy 'Authorized IP ranges should be defined on Kubernetes Services'), " +
    'nodes without public IP addresses (AKS: instance-level public IP addresses are opt-in, use-node-public-ips), and a network policy that controls pod traffic (AKS: Secure traffic between pods by using network policies, use-network-policies).',
  remediation:
    'Run node pools in a subnet of your virtual network (agentPoolProfiles[].vnetSubnetID) or in the AKS-managed virtual network, make the API server private (apiServerAccessProfile.enablePrivateCluster) or set authorized IP ranges that list only your own networks (apiServerAccessProfile.authorizedIPRanges; 0.0.0.0/0, ::/0 or any range wider than IPv4 /8 or IPv6 /16 counts as no restriction), ' +
    'create node pools without node public IPs (enableNodePublicIP: false), and set a network policy (networkProfile.networkPolicy: azure, calico or cilium).',
  fix: 'az aks update --resource-group <resource-group> --name <cluster> --api-server-authorized-ip-ranges <cidr>[,<cidr>] --network-policy azure',
  docUrl: DOCS.secureCluster,
  summary:
    'each attached AKS cluster has node pools in a VNet subnet, a private API server or authorized IP ranges no wider than IPv4 /8 or IPv6 /16 (no `0.0.0.0/0`), no node public IPs, and a network policy (Arc-enabled clusters: unknown)'
}

export const K8S_02_RULE: CheckDefinition = {
  id: 'K8S-02',
  title: 'The Azure Machine Learning extension is deployed with inference enabled',
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    'Step 2 of the article: a Kubernetes cluster serves online endpoints only through the Azure Machine Learning extension (Microsoft.AzureML.Kubernetes) with enableInference set. ' +
    'Without a healthy extension, attaching and deploying fail, or run without the inference router the other checks rely on.',
  remediation:
    'Deploy the Microsoft.AzureML.Kubernetes extension on the cluster with enableInference=True, and wait for provisioning state Succeeded.',
  fix: 'az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes --cluster-type managedClusters --cluster-name <cluster> --resource-group <resource-group> --scope cluster --config enableInference=True inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>',
  docUrl: DOCS.extension,
  summary:
    'the cluster has a `microsoft.azureml.kubernetes` extension, `Succeeded`, with `enableInference=True`'
}

export const K8S_03_RULE: CheckDefinition = {
  id: 'K8S-03',
  title: 'The inference router is not exposed publicly',
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    "The extension's inference router (azureml-fe) receives every scoring request. On AKS, a LoadBalancer service without internalLoadBalancerProvider=azure gets a public IP address, which puts the endpoints on the internet whatever the virtual network does; " +
    "that setting applies to AKS only, so on an Azure Arc-enabled cluster a LoadBalancer router is internal only if the cluster's own load balancer makes it so, which Azure cannot report. allowInsecureConnections=True lets clients score over plain HTTP; " +
    'with it False (the default) the router serves HTTPS, which needs sslCname and a certificate: sslSecret, or the protected settings sslCertPemFile and sslKeyPemFile (how-to-deploy-kubernetes-extension). Azure never returns protected settings, so a certificate given that way is confirmed only when ARM lists their names.',
  remediation:
    'On AKS, expose the router through an internal load balancer (inferenceRouterServiceType=LoadBalancer with internalLoadBalancerProvider=azure); on any cluster, NodePort or ClusterIP behind your own private ingress also works. Serve it over TLS: allowInsecureConnections=False with sslCname and a certificate (sslSecret, or sslCertPemFile and sslKeyPemFile in --config-protected).',
  fix: 'az k8s-extension update --name <extension> --cluster-type managedClusters --cluster-name <cluster> --resource-group <resource-group> --config inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>',
  docUrl: DOCS.extension,
  summary:
    'the inference router is an internal load balancer (`internalLoadBalancerProvider=azure`, AKS only; on Arc a `LoadBalancer` router is unknown), `NodePort` or `ClusterIP`; HTTPS with `sslCname` and a certificate (`sslSecret` or protected `sslCertPemFile`/`sslKeyPemFile`); `allowInsecureConnections=True` or missing TLS settings: warning'
}

export const K8S_04_RULE: CheckDefinition = {
  id: 'K8S-04',
  title: 'The cluster is attached to the workspace as a Kubernetes compute',
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    'Step 3 of the article: Kubernetes online endpoints deploy to a cluster attached to the workspace as a Kubernetes compute (the extension route). ' +
    'A legacy AKS compute is the older inference route: it is only acceptable with an internal load balancer, and should be replaced.',
  remediation:
    'Attach the cluster (after deploying the extension) as a Kubernetes compute and wait for provisioning state Succeeded. Replace legacy AKS computes with a Kubernetes compute.',
  fix: 'az ml compute attach --resource-group <resource-group> --workspace-name <workspace> --type Kubernetes --name <compute-name> --resource-id <cluster-id> --identity-type SystemAssigned --namespace azureml',
  docUrl: DOCS.attach,
  summary:
    'the cluster is attached as a `Kubernetes` compute in `Succeeded` (a legacy `AKS` compute gets one result: a notice with `InternalLoadBalancer`, else an error)'
}

export const K8S_05_RULE: CheckDefinition = {
  id: 'K8S-05',
  title: 'Kubernetes online endpoints target a secured, attached cluster',
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    'Step 4 of the article: a Kubernetes online endpoint is only as isolated as the compute it deploys to. ' +
    'Each endpoint must target an attached, succeeded Kubernetes compute whose cluster passes K8S-01, K8S-02 and K8S-03; a failure there fails the endpoint at the same severity.',
  remediation:
    'Point every Kubernetes online endpoint at a Kubernetes compute whose cluster is secured (K8S-01), runs the extension (K8S-02) and keeps its router private (K8S-03); fix the cluster or recreate the endpoint on a compute that is.',
  fix: 'az ml online-endpoint create --resource-group <resource-group> --workspace-name <workspace> --file endpoint.yml --set compute=azureml:<compute-name>',
  docUrl: DOCS.endpoint,
  summary:
    'every Kubernetes online endpoint targets an attached, succeeded Kubernetes compute whose cluster passes K8S-01, K8S-02 and K8S-03 (else it fails at their worst severity)'
}

export const K8S_06_RULE: CheckDefinition = {
  id: 'K8S-06',
  title: "The AKS cluster is in the workspace's region",
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    'Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment), Limitations: when the workspace has a private endpoint, the AKS cluster must be in the same Azure region as the workspace.',
  remediation:
    "A cluster cannot be moved to another region: create the AKS cluster in the workspace's region, deploy the Azure Machine Learning extension to it and attach it to the workspace, then move the deployments to it.",
  fix: 'az aks create --resource-group <resource-group> --name <cluster> --location <workspace-region> ... ; az ml compute attach --resource-group <resource-group> --workspace-name <workspace> --type Kubernetes --name <compute> --resource-id <cluster-id>',
  docUrl: DOCS.secureCluster,
  summary: "the AKS cluster is in the workspace's region when the workspace has a private endpoint"
}

export const K8S_07_RULE: CheckDefinition = {
  id: 'K8S-07',
  title: 'A private AKS cluster has no public FQDN',
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    'Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment), Limitations: a public fully qualified domain name (FQDN) with a private AKS cluster is not supported with Azure Machine Learning (apiServerAccessProfile.enablePrivateClusterPublicFQDN).',
  remediation:
    'Turn the public FQDN of the private cluster off, so its API server is reached only through its private DNS name.',
  fix: 'az aks update --resource-group <resource-group> --name <cluster> --disable-public-fqdn',
  docUrl: DOCS.secureCluster,
  summary: 'a private AKS cluster has no public FQDN (`enablePrivateClusterPublicFQDN`)'
}

export const K8S_08_RULE: CheckDefinition = {
  id: 'K8S-08',
  title: "The workspace's container registry is Premium (private endpoints need it)",
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    "Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment): with the AKS cluster behind a virtual network, the workspace's resources, the container registry among them, need private endpoints in the cluster's virtual network or one peered with it. " +
    'Azure Container Registry supports private endpoints (and network rules) only in the Premium tier (container-registry-private-link), so a Basic or Standard registry cannot be reached privately from the cluster.',
  remediation:
    "Move the registry to the Premium tier, then add its private endpoint in the cluster's virtual network or a peered one.",
  fix: 'az acr update --resource-group <resource-group> --name <registry> --sku Premium',
  docUrl: DOCS.secureCluster,
  summary:
    "with an AKS cluster attached, the workspace's container registry is Premium (private endpoints need it)"
}

export const K8S_09_RULE: CheckDefinition = {
  id: 'K8S-09',
  title:
    "The workspace, its storage account, key vault and registry have private endpoints in the cluster's virtual network or a peered one",
  section: 'kubernetes',
  category: 'kubernetes',
  severity: 'error',
  rationale:
    'Secure Azure Kubernetes Service inferencing environment (how-to-secure-kubernetes-inferencing-environment), Limitations: with the AKS cluster behind a virtual network, the workspace and its associated resources (storage, key vault, Azure Container Registry) must have private endpoints or service endpoints in the same virtual network as the cluster or one peered with it. ' +
    "This check reads each one's private endpoint connections and, for each approved one, the private endpoint's subnet; it compares that network with the cluster's (its node pools' subnets, or the AKS-managed one) and the cluster network's Connected peerings. Each sub-resource needs its own endpoint: the workspace's default storage account is put behind the network for both blob and file (Tutorial: create a secure workspace with a virtual network, tutorial-create-secure-workspace-vnet). A storage account or key vault whose virtual network rules admit the cluster's subnet (a service endpoint) passes too. One result per resource, with every cluster's reason in it.",
  remediation:
    "Create the missing private endpoint in the cluster's virtual network (group id amlworkspace for the workspace, blob and file for the storage account, vault for the key vault, registry for the container registry) and link its private DNS zone to that network; or peer the cluster's virtual network with the one that holds the private endpoint (both directions).",
  fix: 'az network private-endpoint create --resource-group <cluster-vnet-rg> --name <pe-name> --vnet-name <cluster-vnet> --subnet <subnet> --private-connection-resource-id <resource-id> --group-id <amlworkspace|blob|file|vault|registry> --connection-name <pe-name>',
  docUrl: DOCS.secureCluster,
  summary:
    "the workspace, its storage account, key vault and registry each have an approved private endpoint in the AKS cluster's virtual network or one peered with it (Connected), or a service endpoint on the node subnet"
}
