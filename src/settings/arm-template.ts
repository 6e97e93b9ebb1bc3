/**
 * Reads `arm-template` (a compiled ARM template: Bicep users run `az bicep build` first) and
 * `arm-parameters` from the workspace checkout, before any Azure request, for Azure's what-if
 * (src/collect/read-what-if.ts). The paths come from the workflow and the files from the pull
 * request: a path outside GITHUB_WORKSPACE (`..`, absolute, a symbolic link leading out) is
 * refused, not read. Problems stop the run with the input, the file, the line and the fix.
 */
import { readFile } from 'node:fs/promises'
import { checkoutFile, checkoutRoot } from './checkout-file.js'
import { ConfigurationError } from '../model/errors.js'
import { quote } from '../model/quote.js'

/** ARM's own limit on a template (Microsoft Learn, "Resolve errors for job size exceeded"). */
export const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024

export interface ArmTemplateFiles {
  /** The template's path relative to the workspace checkout, with `/` separators. */
  file: string
  template: Record<string, unknown>
  /** `{ name: { value } }` (or `{ reference }`, a Key Vault reference); absent without `arm-parameters`. */
  parameters?: Record<string, unknown>
}

type InputName = 'arm-template' | 'arm-parameters'

export async function readArmTemplate(
  templatePath: string,
  parametersPath: string,
  workspace: string = process.env['GITHUB_WORKSPACE'] || process.cwd()
): Promise<ArmTemplateFiles | undefined> {
  if (!templatePath) return undefined
  const root = await checkoutRoot(workspace)
  const template = await readJson('arm-template', templatePath, root)
  if (!isObject(template.value) || !('resources' in template.value)) {
    throw new ConfigurationError(
      `\`arm-template\`: ${quote(template.file)} is not an ARM template (a JSON object with \`$schema\` and \`resources\`). Name the JSON that \`az bicep build --file main.bicep\` writes (main.json), not the .bicep file or a parameters file.`
    )
  }
  if (!parametersPath) return { file: template.file, template: template.value }
  const parameters = await readJson('arm-parameters', parametersPath, root)
  return {
    file: template.file,
    template: template.value,
    parameters: deploymentParameters(parameters.value, parameters.file)
  }
}

/**
 * A deployment parameters file (`{ $schema, contentVersion, parameters: { name: { value } } }`)
 * or its plain `parameters` object: the `{ name: { value } }` ARM's REST API takes.
 */
export function deploymentParameters(value: unknown, file: string): Record<string, unknown> {
  const fix = `Use a deployment parameters file ({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": {"name": {"value": ...}}}); for a .bicepparam file run \`az bicep build-params\` first.`
  if (!isObject(value)) {
    throw new ConfigurationError(
      `\`arm-parameters\`: ${quote(file)} does not hold a JSON object. ${fix}`
    )
  }
  // A plain object may hold a parameter named `parameters`, but then with a `value`.
  const inner = value['parameters']
  const wrapped = isObject(inner) && !('value' in inner || 'reference' in inner)
  const parameters = wrapped ? (value['parameters'] as Record<string, unknown>) : value
  for (const [name, entry] of Object.entries(parameters)) {
    if (!isObject(entry) || !('value' in entry || 'reference' in entry)) {
      throw new ConfigurationError(
        `\`arm-parameters\`: ${quote(file)}: the parameter ${quote(name)} has no \`value\` (or Key Vault \`reference\`). ${fix}`
      )
    }
  }
  return parameters
}

async function readJson(
  input: InputName,
  given: string,
  root: string
): Promise<{ file: string; value: unknown }> {
  const { shown, real } = await checkoutFile(root, given, {
    input,
    outside: 'Name the file relative to the repository root, such as infra/main.json.',
    missing: `Check the path (relative to the repository root) and that the job checks the repository out${input === 'arm-template' ? ' and runs `az bicep build` before this step' : ''}.`,
    symlink: 'Name a file of the repository.',
    notFile: 'Name the JSON file.',
    maxBytes: MAX_TEMPLATE_BYTES,
    tooLarge: bytes =>
      `is ${bytes} bytes, more than the 4 MiB Azure Resource Manager accepts for a deployment. Split the template into modules, or name the compiled template of this deployment only.`
  })
  // Editors on Windows may write a byte order mark; JSON.parse refuses it.
  const text = (await readFile(real, 'utf8')).replace(/^\uFEFF/, '')
  try {
    return { file: shown, value: JSON.parse(text) as unknown }
  } catch (error) {
    const at = jsonErrorPosition(error, text)
    // The position is said as line and column; V8's own words for it are left out.
    const what = errorText(error).replace(/ in JSON at position \d+( \(line \d+ column \d+\))?/, '')
    throw new ConfigurationError(
      `\`${input}\`: ${quote(shown)}${at ? ` line ${at.line} column ${at.column}` : ''} is not valid JSON (${quote(what)}). ${input === 'arm-template' ? 'Name the JSON that `az bicep build --file main.bicep` writes; ARM templates with comments are not read, compile or strip them first.' : 'Fix the file, or name the parameters file `az bicep build-params` writes.'}`
    )
  }
}

/** Line and column (1-based) of a JSON.parse error, from the position V8 names. */
export function jsonErrorPosition(
  error: unknown,
  text: string
): { line: number; column: number } | undefined {
  const message = errorText(error)
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /position (\d+)/.exec(message)
  const offset = position
    ? Number(position[1])
    : /end of JSON input/.test(message)
      ? text.length
      : undefined
  if (offset === undefined) return undefined
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // V8 quotes a slice of the file: untrusted text, kept short and on one line.
  return message.replace(/\s+/g, ' ').slice(0, 200)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
