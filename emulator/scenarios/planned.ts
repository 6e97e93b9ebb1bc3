/**
 * Scenarios of the planned routes (issue 21, docs/planned.md): Azure's what-if refused.
 */
import type { Scenario } from '../scenario.js'
import { ML_RG, SUBSCRIPTION_ID, resourceGroupId } from './builders.js'

export function plannedScenarios(secured: () => Scenario): Record<string, () => Scenario> {
  return {
    // The identity may read but not run what-if: ARM's AuthorizationFailed names
    // Microsoft.Resources/deployments/whatIf/action (emulator/server.ts armAction).
    'what-if-refused': () => {
      const scenario = secured()
      return {
        ...scenario,
        name: 'what-if-refused',
        description:
          "Like secured, but the identity lacks Microsoft.Resources/deployments/whatIf/action on the workspace's resource group (403 AuthorizationFailed).",
        faults: [
          ...scenario.faults,
          {
            pathPrefix: `${resourceGroupId(SUBSCRIPTION_ID, ML_RG)}/providers/Microsoft.Resources/deployments`,
            method: 'POST',
            status: 403
          }
        ]
      }
    }
  }
}
