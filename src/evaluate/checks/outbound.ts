/**
 * Checklist section "Limit outbound connectivity from the virtual network"
 * (OUT-*): whatever limits egress must still let the inference environment
 * pull images from Azure Container Registry. One file per check in outbound/
 * (egress.ts holds what OUT-01, OUT-02 and OUT-04 share); their words are in
 * rules/outbound.ts.
 */
import type { Check } from '../../model/check.js'
import { OUT_01 } from './outbound/out-01-nsg.js'
import { OUT_02 } from './outbound/out-02-region-tag.js'
import { OUT_03 } from './outbound/out-03-managed-network.js'
import { OUT_04 } from './outbound/out-04-forced-tunnel.js'

export const OUTBOUND_CHECKS: Check[] = [OUT_01, OUT_02, OUT_03, OUT_04]
