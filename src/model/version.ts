/** The action's version, shown in reports. A test keeps it equal to package.json's. */
export const VERSION = '1.0.0'

/** The tool's name in reports and snapshots (beside VERSION, so collect need not import report/). */
export const TOOL_NAME = 'aml-inference-guard'
