/**
 * End-to-end: verdicts pinned to Microsoft's text (issue 18), one scenario each
 * (emulator/scenarios/verdicts.ts). Each test names the Microsoft Learn page
 * and the point it makes (paraphrased) that decides the expected verdict, and
 * asserts what a user sees: exit code, the JSON report, annotations, outputs.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'

interface JsonReport {
  results: Array<{
    checkId: string
    outcome: string
    severity?: string
    resource: { name: string; id: string }
    detail: string
    remedy?: { commands: string[] }
    cause?: { key: string; raw?: string; fix?: { commands: string[] } }
  }>
}

const ROUTE_GATE = { 'fail-on': 'isolation,kubernetes' }

function reportOf(run: ActionRun): JsonReport {
  expect(run.report).toBeDefined()
  return JSON.parse(run.report!) as JsonReport
}

function resultsOf(run: ActionRun, checkId: string): JsonReport['results'] {
  return reportOf(run).results.filter(r => r.checkId === checkId)
}

function failedChecks(run: ActionRun): string[] {
  return (run.outputs['failed-checks'] ?? '').split(',').filter(Boolean)
}

describe('K8S-03 on an Azure Arc-enabled cluster', () => {
  // how-to-deploy-kubernetes-extension (configuration settings table): internalLoadBalancerProvider
  // applies only to AKS clusters; a LoadBalancer router is exposed through the cluster's own load
  // balancer. On Arc, nothing Azure reports proves the router internal: unknown, never a pass.
  it('is unknown for a LoadBalancer router with internalLoadBalancerProvider=azure, and gates', async () => {
    const run = await runAction({ scenario: 'arc-loadbalancer-router', inputs: ROUTE_GATE })
    const [k8s03] = resultsOf(run, 'K8S-03')
    expect(k8s03).toMatchObject({ outcome: 'unknown', resource: { name: 'arc-onprem' } })
    expect(k8s03?.detail).toContain('applies to AKS clusters only')
    expect(k8s03?.remedy?.commands).toContain('kubectl get service azureml-fe --namespace azureml')
    expect(failedChecks(run)).toContain('K8S-03')
    expect(run.exitCode).toBe(1)
  })
})

describe('K8S-01 authorized IP ranges', () => {
  // learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges: authorized ranges limit which
  // addresses reach the API server; 0.0.0.0/0 admits every address, so it limits nothing. The
  // inferencing article wants the API server private or limited, so the cluster fails.
  it('fails a public API server whose ranges include 0.0.0.0/0, naming the range', async () => {
    const run = await runAction({ scenario: 'aks-open-authorized-ranges', inputs: ROUTE_GATE })
    const [k8s01] = resultsOf(run, 'K8S-01')
    expect(k8s01).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(k8s01?.detail).toContain('0.0.0.0/0 (a default route: every IPv4 address)')
    expect(k8s01?.detail).not.toContain('203.0.113.0/24')
    expect(failedChecks(run)).toContain('K8S-01')
    expect(run.annotations.some(a => a.level === 'error' && a.message.includes('0.0.0.0/0'))).toBe(
      true
    )
    expect(run.exitCode).toBe(1)
  })
})

describe('MOE-04 deployments older than the managed network', () => {
  // how-to-managed-network: managed virtual networks arrived on 23 May 2023, and existing managed
  // online endpoints are not moved into a managed network enabled later (recreate them). Azure does
  // not report when the network was enabled: a deployment from before May 2023 provably predates
  // it (fail); a later one without the legacy egress flag is not confirmed (unknown), never a pass.
  it('fails the deployment from before managed networks and leaves the later one unconfirmed', async () => {
    const run = await runAction({ scenario: 'managed-old-deployments', inputs: ROUTE_GATE })
    const moe04 = resultsOf(run, 'MOE-04')
    expect(moe04.map(r => [r.resource.name, r.outcome, r.severity])).toEqual([
      ['credit-scoring/blue', 'fail', 'error'],
      ['fraud-detect/blue', 'unknown', undefined]
    ])
    expect(moe04[0]?.detail).toContain('before managed virtual networks existed')
    expect(moe04[1]?.detail).toContain('not confirmed')
    // First how to confirm, then the replacement with the real names.
    expect(moe04[1]?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az monitor activity-log list --resource-id \/subscriptions\/[^ ]+\/resourceGroups\/ml-rg\/providers\/Microsoft\.MachineLearningServices\/workspaces\/ml-ws --offset 90d$/
      ),
      'az ml online-deployment create --resource-group ml-rg --workspace-name ml-ws --endpoint-name fraud-detect --name <new-deployment> --file deployment.yml --all-traffic',
      'az ml online-deployment delete --resource-group ml-rg --workspace-name ml-ws --endpoint-name fraud-detect --name blue --yes'
    ])
    expect(failedChecks(run)).toContain('MOE-04')
    expect(run.exitCode).toBe(1)
  })
})

describe('MOE-05 matches the sub-resource, not only the storage account', () => {
  // how-to-managed-network (outbound rules): a PrivateEndpoint rule targets one sub-resource of
  // a resource (subresourceTarget, e.g. blob); models are read from blob storage, so an active
  // rule to `file` alone leaves deployments without a private path to the blobs.
  it('fails the storage account whose only rule targets file', async () => {
    const run = await runAction({ scenario: 'managed-storage-file-only', inputs: ROUTE_GATE })
    const moe05 = resultsOf(run, 'MOE-05')
    // In resource id order (the report's order within a check).
    expect(moe05.map(r => [r.resource.name, r.outcome])).toEqual([
      ['crmlws0427', 'pass'],
      ['kv-mlws-0427', 'pass'],
      ['stmlws0427', 'fail']
    ])
    expect(moe05[2]?.detail).toContain('__SYS_PE_stmlws0427_file_8d20b7c4 (file)')
    expect(moe05[2]?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az ml workspace outbound-rule set --resource-group ml-rg --workspace-name ml-ws --rule pe-stmlws0427-blob --type private_endpoint --service-resource-id \/subscriptions\/[^ ]+\/storageAccounts\/stmlws0427 --subresource-target blob$/
      ),
      'az ml workspace provision-network --resource-group ml-rg --name ml-ws'
    ])
    expect(failedChecks(run)).toContain('MOE-05')
    expect(run.exitCode).toBe(1)
  })
})

describe('K8S-05 follows its cluster', () => {
  // how-to-secure-kubernetes-online-endpoint: a Kubernetes online endpoint inherits the security of
  // the cluster and extension it runs on; how-to-deploy-kubernetes-extension: allowInsecureConnections
  // is for development or testing. So a K8S-03 warning makes the endpoint fail as a warning, not pass.
  it('fails K8S-05 as a warning when K8S-03 warns about plain HTTP', async () => {
    const run = await runAction({ scenario: 'aks-plain-http', inputs: ROUTE_GATE })
    const [k8s03] = resultsOf(run, 'K8S-03')
    const [k8s05] = resultsOf(run, 'K8S-05')
    expect(k8s03).toMatchObject({ outcome: 'fail', severity: 'warning' })
    expect(k8s05).toMatchObject({ outcome: 'fail', severity: 'warning' })
    expect(k8s05?.detail).toContain('fails K8S-03 (warning)')
    expect(run.annotations.find(a => a.title?.startsWith('K8S-05'))?.level).toBe('warning')
    expect(failedChecks(run)).toEqual(expect.arrayContaining(['K8S-03', 'K8S-05']))
  })
})

describe('MOE-07 v1 legacy mode', () => {
  // how-to-secure-online-endpoint, Limitations: v1_legacy_mode must be disabled (false) on the
  // workspace for network-isolated managed online endpoints; with it on they cannot be created.
  it('fails a workspace with v1LegacyMode true, with the command that turns it off', async () => {
    const run = await runAction({ scenario: 'managed-v1-legacy', inputs: ROUTE_GATE })
    const [moe07] = resultsOf(run, 'MOE-07')
    expect(moe07).toMatchObject({ outcome: 'fail', severity: 'error', resource: { name: 'ml-ws' } })
    expect(moe07?.detail).toContain('`v1LegacyMode` set to true')
    expect(moe07?.remedy?.commands).toEqual([
      'az ml workspace update --resource-group ml-rg --name ml-ws --v1-legacy-mode false'
    ])
    // The only isolation or Kubernetes finding (RBAC/OUT are outside this route scenario).
    expect(failedChecks(run).filter(id => /^(NET|MOE|K8S)-/.test(id))).toEqual(['MOE-07'])
    expect(run.exitCode).toBe(1)
  })

  it('passes the same workspace with v1LegacyMode false', async () => {
    const run = await runAction({ scenario: 'managed-secured', inputs: ROUTE_GATE })
    expect(resultsOf(run, 'MOE-07').map(r => r.outcome)).toEqual(['pass'])
  })
})

describe('K8S-03 HTTPS on the inference router', () => {
  // how-to-deploy-kubernetes-extension, configuration settings: sslCname is required when
  // allowInsecureConnections is False, and HTTPS needs a certificate (sslSecret, or the protected
  // settings sslCertPemFile and sslKeyPemFile).
  it('fails as a warning when sslCname is missing, and K8S-05 follows', async () => {
    const run = await runAction({ scenario: 'aks-https-no-cname', inputs: ROUTE_GATE })
    const [k8s03] = resultsOf(run, 'K8S-03')
    expect(k8s03).toMatchObject({ outcome: 'fail', severity: 'warning' })
    expect(k8s03?.detail).toContain('but `sslCname` is not set')
    expect(k8s03?.remedy?.commands).toEqual([
      'az k8s-extension update --name azureml --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg --config allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>'
    ])
    expect(resultsOf(run, 'K8S-05')[0]).toMatchObject({ outcome: 'fail', severity: 'warning' })
    expect(run.annotations.find(a => a.title?.startsWith('K8S-03'))?.level).toBe('warning')
    expect(failedChecks(run)).toEqual(expect.arrayContaining(['K8S-03', 'K8S-05']))
  })

  it('passes with sslCname and the certificate in protected settings (names listed by ARM)', async () => {
    const run = await runAction({ scenario: 'aks-secured', inputs: ROUTE_GATE })
    const [k8s03] = resultsOf(run, 'K8S-03')
    expect(k8s03?.outcome).toBe('pass')
    expect(k8s03?.detail).toContain('`sslCname` scoring.contoso.internal')
  })
})

describe('K8S-01 on the AKS-managed virtual network', () => {
  // how-to-secure-kubernetes-inferencing-environment ("How to configure a secure AKS inferencing
  // environment"): an AKS cluster on the default virtual network AKS creates is a supported
  // option (the workspace's private endpoints then go in that network). Node pools without
  // vnetSubnetID run in aks-vnet-* in the node resource group: read it and judge it, not a fail.
  it('passes the cluster whose pools run in aks-vnet-* of the node resource group', async () => {
    const run = await runAction({ scenario: 'aks-managed-vnet', inputs: ROUTE_GATE })
    const [k8s01] = resultsOf(run, 'K8S-01')
    expect(k8s01).toMatchObject({ outcome: 'pass', resource: { name: 'aks-inference' } })
    expect(k8s01?.detail).toContain(
      'the AKS-managed virtual network aks-vnet-31452687 (node resource group MC_aks-rg_aks-inference_eastus2)'
    )
    // Listed with the Microsoft.Network api-version the action reads networks with.
    const listed = run.emulator.requests.filter(
      r =>
        r.service === 'arm' &&
        /\/MC_aks-rg_aks-inference_eastus2\/providers\/Microsoft\.Network\/virtualNetworks\?/i.test(
          r.url
        )
    )
    expect(listed.map(r => new URL(r.url, 'https://arm').searchParams.get('api-version'))).toEqual([
      '2026-01-01'
    ])
    expect(failedChecks(run)).not.toContain('K8S-01')
  })

  it('is unknown, naming Reader on the node resource group, when that read is refused', async () => {
    const run = await runAction({ scenario: 'aks-managed-vnet-forbidden', inputs: ROUTE_GATE })
    const [k8s01] = resultsOf(run, 'K8S-01')
    expect(k8s01?.outcome).toBe('unknown')
    expect(k8s01?.detail).toContain('Reader role on resource group MC_aks-rg_aks-inference_eastus2')
    expect(failedChecks(run)).toContain('K8S-01')
    expect(run.exitCode).toBe(1)
  })
})

describe('MOE-05 in AllowInternetOutbound follows the dependencies’ public network access', () => {
  // how-to-managed-network (Allow internet outbound): the service creates private endpoint
  // outbound rules to the workspace's storage account, key vault and registry only when their
  // public network access is disabled; with it enabled, they are reached over their public
  // endpoint by design. So a missing rule is a warning for a public dependency, and an error
  // only for one whose public access is disabled (the rule should exist).
  it('warns for the public key vault, fails the private registry, passes the storage account', async () => {
    const run = await runAction({ scenario: 'managed-internet-public-deps', inputs: ROUTE_GATE })
    const moe05 = resultsOf(run, 'MOE-05')
    expect(moe05.map(r => [r.resource.name, r.outcome, r.severity])).toEqual([
      ['crmlws0427', 'fail', 'error'],
      ['kv-mlws-0427', 'fail', 'warning'],
      ['stmlws0427', 'pass', undefined]
    ])
    expect(moe05[0]?.detail).toContain('Its public network access is disabled')
    expect(moe05[1]?.detail).toContain('allows public network access (Enabled)')
    expect(moe05[1]?.remedy?.commands).toEqual([
      'az keyvault update --resource-group ml-rg --name kv-mlws-0427 --public-network-access Disabled',
      'az ml workspace provision-network --resource-group ml-rg --name ml-ws'
    ])
    const read = (path: RegExp): boolean =>
      run.emulator.requests.some(r => r.service === 'arm' && path.test(r.url))
    expect(read(/\/vaults\/kv-mlws-0427\?api-version=2024-11-01$/)).toBe(true)
    expect(read(/\/registries\/crmlws0427\?api-version=2025-04-01$/)).toBe(true)
    expect(read(/\/storageAccounts\/stmlws0427\?api-version=2024-01-01$/)).toBe(true)
    expect(run.annotations.find(a => a.message.includes('kv-mlws-0427'))?.level).toBe('warning')
  })
})

describe('managed network V2', () => {
  // Machine Learning REST API 2025-12-01 (ManagedNetworkSettings_Get, OutboundRule_List under
  // workspaces/{ws}/managedNetworks/default): with managedNetworkKind V2 the managed network and
  // its outbound rules are that resource's, not the workspace's. Judged on them, the V2 copy of
  // managed-secured gives the same MOE-02, MOE-05 and OUT-03 results as managed-secured.
  it('judges the rules of managedNetworks/default, as the V1 workspace is judged on its own', async () => {
    const [v1, v2] = await Promise.all([
      runAction({ scenario: 'managed-secured', inputs: ROUTE_GATE }),
      runAction({ scenario: 'managed-v2', inputs: ROUTE_GATE })
    ])
    const verdicts = (run: ActionRun): string[] =>
      reportOf(run)
        .results.filter(r => /^(MOE-0[25]|OUT-03)$/.test(r.checkId))
        .map(r => `${r.checkId} ${r.resource.name} ${r.outcome}`)
    expect(verdicts(v2)).toEqual(verdicts(v1))
    expect(verdicts(v2).filter(v => v.startsWith('MOE-05'))).toEqual([
      'MOE-05 crmlws0427 pass',
      'MOE-05 kv-mlws-0427 pass',
      'MOE-05 stmlws0427 pass'
    ])
    expect(resultsOf(v2, 'MOE-02')[0]?.outcome).toBe('pass')
    const paths = v2.emulator.requests.filter(r => r.service === 'arm').map(r => r.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/workspaces\/ml-ws\/managedNetworks\/default$/),
        expect.stringMatching(/\/workspaces\/ml-ws\/managedNetworks\/default\/outboundRules$/)
      ])
    )
  })
})

describe('Kubernetes article limitations with no check before (K8S-06, K8S-07)', () => {
  // how-to-secure-kubernetes-inferencing-environment, Limitations: with a private endpoint on the
  // workspace, the AKS cluster must be in the workspace's region; a public FQDN on a private AKS
  // cluster is not supported with Azure Machine Learning.
  it('K8S-06 fails the cluster in another region than the workspace with a private endpoint', async () => {
    const run = await runAction({ scenario: 'aks-other-region', inputs: ROUTE_GATE })
    const [k8s06] = resultsOf(run, 'K8S-06')
    expect(k8s06).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      resource: { name: 'aks-inference' }
    })
    expect(k8s06?.detail).toContain(
      'is in westeurope, but workspace ml-ws has a private endpoint and is in eastus2'
    )
    expect(failedChecks(run)).toContain('K8S-06')
    expect(run.exitCode).toBe(1)
  })

  it('K8S-07 fails the private cluster with a public FQDN, with the command that removes it', async () => {
    const run = await runAction({ scenario: 'aks-private-public-fqdn', inputs: ROUTE_GATE })
    const [k8s07] = resultsOf(run, 'K8S-07')
    expect(k8s07).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(k8s07?.remedy?.commands).toEqual([
      'az aks update --resource-group aks-rg --name aks-inference --disable-public-fqdn'
    ])
    expect(failedChecks(run).filter(id => /^K8S-/.test(id))).toEqual(['K8S-07'])
    expect(run.exitCode).toBe(1)
  })
})

describe('K8S-08 the registry tier', () => {
  // how-to-secure-kubernetes-inferencing-environment: with the AKS cluster behind a virtual network,
  // the registry needs a private endpoint in that (or a peered) network; container-registry-private-link:
  // private endpoints are available in the Premium tier only.
  it('fails a Standard registry with the command that moves it to Premium', async () => {
    const run = await runAction({ scenario: 'aks-standard-registry', inputs: ROUTE_GATE })
    const [k8s08] = resultsOf(run, 'K8S-08')
    expect(k8s08).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      resource: { name: 'crmlws0427' }
    })
    expect(k8s08?.remedy?.commands).toEqual([
      'az acr update --resource-group ml-rg --name crmlws0427 --sku Premium'
    ])
    expect(
      run.emulator.requests.some(
        r => r.service === 'arm' && /\/registries\/crmlws0427\?api-version=2025-04-01$/.test(r.url)
      )
    ).toBe(true)
    // Without a private endpoint (Standard has none) the registry is out of the cluster's reach too.
    expect(failedChecks(run).filter(id => /^K8S-/.test(id))).toEqual(['K8S-08', 'K8S-09'])
    expect(
      resultsOf(run, 'K8S-09')
        .filter(r => r.outcome === 'fail')
        .map(r => r.resource.name)
    ).toEqual(['crmlws0427'])
  })
})

describe('K8S-09 private endpoints of the workspace, storage, key vault and registry within the cluster’s reach', () => {
  // Microsoft Learn, Secure Azure Kubernetes Service inferencing environment
  // (how-to-secure-kubernetes-inferencing-environment), Limitations: when the AKS cluster is behind
  // a virtual network, the workspace and its associated resources (storage, key vault, Azure
  // Container Registry) need private endpoints (or service endpoints) in the same virtual network
  // as the cluster or in a peered one.
  const names = ['ml-ws', 'stmlws0427', 'kv-mlws-0427', 'crmlws0427']
  const byName = (run: ActionRun): Record<string, JsonReport['results'][number]> =>
    Object.fromEntries(resultsOf(run, 'K8S-09').map(r => [r.resource.name, r]))

  it('passes all four when their private endpoints are in the cluster’s virtual network', async () => {
    const run = await runAction({ scenario: 'aks-secured', inputs: ROUTE_GATE })
    const r = byName(run)
    expect(Object.keys(r).sort()).toEqual([...names].sort())
    for (const name of names) expect(r[name]?.outcome).toBe('pass')
    expect(r['stmlws0427']?.detail).toContain(
      "the private endpoint pe-stmlws0427-blob of storage account stmlws0427 (blob) is in the cluster's virtual network vnet-ml. The private endpoint pe-stmlws0427-file of storage account stmlws0427 (file) is in the cluster's virtual network vnet-ml."
    )
    // The storage account and key vault were read for it, and their private endpoints.
    for (const path of [
      /\/storageAccounts\/stmlws0427\?api-version=2024-01-01$/,
      /\/vaults\/kv-mlws-0427\?api-version=2024-11-01$/,
      /\/privateEndpoints\/pe-kv-mlws-0427-vault\?/
    ]) {
      expect(run.emulator.requests.some(q => q.service === 'arm' && path.test(q.url))).toBe(true)
    }
    expect(failedChecks(run)).not.toContain('K8S-09')
  })

  it('passes all four in a VNet peered (Connected) with the cluster’s', async () => {
    const run = await runAction({ scenario: 'aks-peered-vnet', inputs: ROUTE_GATE })
    const r = byName(run)
    for (const name of names) expect(r[name]?.outcome).toBe('pass')
    expect(r['ml-ws']?.detail).toContain(
      "the private endpoint pe-ml-ws of workspace ml-ws is in vnet-ml, peered (Connected) with the cluster's virtual network vnet-aks"
    )
  })

  it('fails all four without the peering, with the peering command', async () => {
    const run = await runAction({ scenario: 'aks-unpeered-vnet', inputs: ROUTE_GATE })
    const r = byName(run)
    for (const name of names) expect(r[name]).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r['ml-ws']?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network vnet peering create --resource-group aks-rg --vnet-name vnet-aks --name vnet-aks-to-vnet-ml --remote-vnet \/subscriptions\/[^ ]+\/virtualNetworks\/vnet-ml --allow-vnet-access$/
      ),
      expect.stringMatching(
        /^az network vnet peering create --resource-group net-rg --vnet-name vnet-ml --name vnet-ml-to-vnet-aks --remote-vnet \/subscriptions\/[^ ]+\/virtualNetworks\/vnet-aks --allow-vnet-access$/
      )
    ])
    expect(failedChecks(run)).toContain('K8S-09')
    expect(run.exitCode).toBe(1)
  })

  it('fails only the storage account whose private endpoints are in an unpeered VNet, naming it', async () => {
    const run = await runAction({ scenario: 'aks-storage-pe-unpeered', inputs: ROUTE_GATE })
    const r = byName(run)
    expect(r['stmlws0427']).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r['stmlws0427']?.detail).toContain('/virtualNetworks/vnet-data')
    expect(r['stmlws0427']?.detail).toContain("neither the cluster's (vnet-ml) nor peered with it")
    expect(['ml-ws', 'kv-mlws-0427', 'crmlws0427'].map(n => r[n]?.outcome)).toEqual([
      'pass',
      'pass',
      'pass'
    ])
    expect(
      run.annotations.some(
        a => a.level === 'error' && a.title?.startsWith('K8S-09') && a.message.includes('vnet-data')
      )
    ).toBe(true)
    expect(run.exitCode).toBe(1)
  })

  it('fails a key vault without a private endpoint with the create command, real names and --group-id vault', async () => {
    const run = await runAction({ scenario: 'aks-keyvault-no-pe', inputs: ROUTE_GATE })
    const r = byName(run)
    expect(r['kv-mlws-0427']).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r['kv-mlws-0427']?.detail).toContain(
      'key vault kv-mlws-0427 has no approved private endpoint'
    )
    expect(r['kv-mlws-0427']?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network private-endpoint create --resource-group net-rg --name pe-kv-mlws-0427-vault --vnet-name vnet-ml --subnet snet-inference --private-connection-resource-id \/subscriptions\/[^ ]+\/resourceGroups\/ml-rg\/providers\/Microsoft\.KeyVault\/vaults\/kv-mlws-0427 --group-id vault /
      )
    ])
    expect(failedChecks(run)).toContain('K8S-09')
    expect(run.exitCode).toBe(1)
  })

  it('is unknown for a key vault the identity may not read, naming the role to grant', async () => {
    const run = await runAction({ scenario: 'aks-keyvault-forbidden', inputs: ROUTE_GATE })
    const r = byName(run)
    expect(r['kv-mlws-0427']?.outcome).toBe('unknown')
    expect(r['kv-mlws-0427']?.detail).toContain('Could not read key vault kv-mlws-0427 (HTTP 403')
    expect(r['kv-mlws-0427']?.detail).toContain('Reader role on resource group ml-rg')
    // Azure's message is kept, folded, with the cause; the grant names the real scope.
    expect(r['kv-mlws-0427']?.cause?.raw).toBeTruthy()
    expect(r['kv-mlws-0427']?.cause?.fix?.commands).toEqual([
      expect.stringMatching(
        /^az role assignment create --assignee <client-id> --role Reader --scope \/subscriptions\/[^/ ]+\/resourceGroups\/ml-rg$/
      )
    ])
    expect(r['stmlws0427']?.outcome).toBe('pass')
  })
})
