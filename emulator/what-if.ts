/**
 * The emulator's Deployments_WhatIf at a resource group (REST spec Microsoft.Resources/deployments,
 * example PostDeploymentWhatIfOnResourceGroup.json): the posted template's resources evaluated
 * with a small subset of ARM's template functions, each compared with the emulator's current GET
 * body of its id. Values it evaluates: literals, `[parameters('x')]`, `[variables('x')]`,
 * `[concat(...)]`, `[resourceGroup().location|name|id]`, `[subscription().subscriptionId]` and
 * `[resourceId(...)]`, and nested deployments with an inline template (another resource group). A
 * resource with anything else (other functions, `copy`, linked templates)
 * gets changeType `Unsupported` with an `unsupportedReason`, as Azure does for what it cannot
 * predict. Pure: the caller serves the answer.
 */

export interface WhatIfScope {
  subscriptionId: string
  resourceGroup: string
  location: string
  /** The emulator's GET body of a (lower-cased) id, undefined when absent. */
  get: (lowerId: string) => Record<string, unknown> | undefined
}

export type WhatIfAnswer =
  { status: 200; body: Record<string, unknown> } | { status: 400; code: string; message: string }

class Unsupported extends Error {}

type Json = unknown

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Validates the request like ARM and predicts the changes of an Incremental deployment. */
export function whatIf(body: unknown, scope: WhatIfScope): WhatIfAnswer {
  const invalid = (detail: string): WhatIfAnswer => ({
    status: 400,
    code: 'InvalidRequestContent',
    message: `The request content was invalid and could not be deserialized: '${detail}'.`
  })
  if (!isObject(body)) return invalid("Error converting value to type DeploymentWhatIf. Path ''")
  const properties = body['properties']
  if (!isObject(properties))
    return invalid("Required property 'properties' not found in JSON. Path ''")
  const mode = properties['mode']
  if (mode === undefined) {
    return invalid("Required property 'mode' not found in JSON. Path 'properties'")
  }
  if (mode !== 'Incremental' && mode !== 'Complete') {
    return invalid(
      `Error converting value "${String(mode)}" to type 'DeploymentMode'. Path 'properties.mode'`
    )
  }
  const template = properties['template']
  if (!isObject(template)) {
    return {
      status: 400,
      code: 'InvalidTemplate',
      message:
        "Deployment template validation failed: 'The template is missing; set properties.template or properties.templateLink.'"
    }
  }
  const given = isObject(properties['parameters']) ? properties['parameters'] : {}
  const declared = isObject(template['parameters']) ? template['parameters'] : {}
  const unknown = Object.keys(given).filter(name => !(name in declared))
  if (unknown.length > 0) {
    return {
      status: 400,
      code: 'InvalidTemplate',
      message: `Deployment template validation failed: 'The template parameters '${unknown.join(', ')}' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time. The only supported parameters for this template are '${Object.keys(declared).join(', ')}'.'`
    }
  }
  const parameters: Record<string, Json> = {}
  for (const [name, definition] of Object.entries(declared)) {
    const value = isObject(given[name])
      ? (given[name] as Record<string, unknown>)['value']
      : undefined
    const fallback = isObject(definition) ? definition['defaultValue'] : undefined
    if (value === undefined && fallback === undefined) {
      return {
        status: 400,
        code: 'InvalidTemplate',
        message: `Deployment template validation failed: 'The value for the template parameter '${name}' at line '1' and column '1' is not provided. Please see https://aka.ms/arm-create-parameter-file for usage details.'`
      }
    }
    parameters[name] = value !== undefined ? value : fallback
  }
  const context = new Context(
    scope,
    parameters,
    isObject(template['variables']) ? template['variables'] : {}
  )
  const list = Array.isArray(template['resources'])
    ? template['resources']
    : isObject(template['resources'])
      ? Object.values(template['resources'])
      : []
  const changes: Array<Record<string, unknown>> = []
  for (const resource of list) {
    if (isObject(resource)) changes.push(...context.resource(resource, undefined))
  }
  return { status: 200, body: { status: 'Succeeded', properties: { changes } } }
}

class Context {
  private readonly variableValues = new Map<string, Json>()

  constructor(
    private readonly scope: WhatIfScope,
    private readonly parameters: Record<string, Json>,
    private readonly variables: Record<string, unknown>,
    /** Where the resources are deployed (a nested deployment's `resourceGroup`). */
    private readonly deployGroup: string = scope.resourceGroup,
    /** What `resourceGroup()` names: the parent's in a nested deployment of outer scope, as in ARM. */
    private readonly functionGroup: string = scope.resourceGroup
  ) {}

  private groupIdOf(group: string): string {
    return `/subscriptions/${this.scope.subscriptionId}/resourceGroups/${group}`
  }

  /** One template resource (and its nested children) as what-if changes. */
  resource(
    resource: Record<string, unknown>,
    parent: { type: string; name: string } | undefined
  ): Array<Record<string, unknown>> {
    let type = String(resource['type'] ?? '')
    let name: string
    try {
      name = String(this.value(resource['name']))
    } catch {
      name = String(resource['name'])
    }
    if (parent && !type.includes('/')) {
      type = `${parent.type}/${type}`
      name = `${parent.name}/${name}`
    }
    const id = this.idOf(type, name)
    const changes: Array<Record<string, unknown>> = []
    const nested = Array.isArray(resource['resources']) ? resource['resources'] : []
    try {
      if ('copy' in resource) throw new Unsupported('copy loops are not evaluated')
      if ('condition' in resource && this.value(resource['condition']) === false) return []
      if (type.toLowerCase() === 'microsoft.resources/deployments') return this.nested(resource)
      const after: Record<string, unknown> = {
        apiVersion: this.value(resource['apiVersion']),
        id,
        name,
        type
      }
      for (const key of ['location', 'kind', 'sku', 'identity', 'tags', 'properties']) {
        if (key in resource) after[key] = this.value(resource[key])
      }
      changes.push(this.change(id, after))
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error
      changes.push({
        resourceId: id,
        changeType: 'Unsupported',
        unsupportedReason: `Changes to the resource declared at '${name}' cannot be analyzed because ${error.message} by the emulator's what-if.`
      })
    }
    for (const child of nested) {
      if (isObject(child)) changes.push(...this.resource(child, { type, name }))
    }
    return changes
  }

  /**
   * A nested deployment with an inline template (how a template reaches another resource group):
   * its resources, as what-if lists them, in that group. `expressionEvaluationOptions.scope: inner`
   * gives it its own parameters; the default (outer) evaluates with the parent's.
   */
  private nested(resource: Record<string, unknown>): Array<Record<string, unknown>> {
    const properties = isObject(resource['properties']) ? resource['properties'] : {}
    const template = properties['template']
    if (!isObject(template))
      throw new Unsupported('linked templates (templateLink) are not fetched')
    if ('subscriptionId' in resource) throw new Unsupported('other subscriptions are not evaluated')
    const group =
      'resourceGroup' in resource ? String(this.value(resource['resourceGroup'])) : this.deployGroup
    const options = properties['expressionEvaluationOptions']
    const inner = isObject(options) && String(options['scope']).toLowerCase() === 'inner'
    let context: Context
    if (inner) {
      const given = isObject(properties['parameters']) ? properties['parameters'] : {}
      const declared = isObject(template['parameters']) ? template['parameters'] : {}
      const parameters: Record<string, Json> = {}
      for (const [name, definition] of Object.entries(declared)) {
        const entry = given[name]
        parameters[name] = isObject(entry)
          ? this.value(entry['value'])
          : isObject(definition)
            ? definition['defaultValue']
            : undefined
      }
      const variables = isObject(template['variables']) ? template['variables'] : {}
      context = new Context(this.scope, parameters, variables, group, group)
    } else {
      context = new Context(this.scope, this.parameters, this.variables, group, this.functionGroup)
    }
    const list = Array.isArray(template['resources']) ? template['resources'] : []
    return list.filter(isObject).flatMap(r => context.resource(r, undefined))
  }

  private change(id: string, after: Record<string, unknown>): Record<string, unknown> {
    const before = this.scope.get(id.toLowerCase())
    if (!before) return { resourceId: id, changeType: 'Create', after }
    const same = Object.entries(after).every(
      ([key, value]) => key === 'apiVersion' || key === 'name' || contains(before[key], value)
    )
    return same
      ? { resourceId: id, changeType: 'NoChange', before, after: before }
      : { resourceId: id, changeType: 'Modify', before, after: { ...before, ...after } }
  }

  private idOf(type: string, name: string): string {
    const [namespace, ...types] = type.split('/')
    const names = name.split('/')
    const path = types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/')
    return `${this.groupIdOf(this.deployGroup)}/providers/${namespace}/${path}`
  }

  /** A template value with every expression string evaluated. */
  value(raw: unknown): Json {
    if (typeof raw === 'string') return this.expression(raw)
    if (Array.isArray(raw)) return raw.map(item => this.value(item))
    if (isObject(raw)) {
      return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, this.value(v)]))
    }
    return raw
  }

  private expression(text: string): Json {
    if (!text.startsWith('[') || !text.endsWith(']')) return text
    // `[[` escapes a literal leading bracket.
    if (text.startsWith('[[')) return text.slice(1)
    const parser = new Parser(text.slice(1, -1))
    const value = this.evaluate(parser.expression())
    parser.end()
    return value
  }

  private evaluate(node: Node): Json {
    if (node.kind === 'literal') return node.value
    const args = (): Json[] => node.args.map(a => this.evaluate(a))
    let value: Json
    switch (node.name.toLowerCase()) {
      case 'parameters': {
        const name = String(args()[0])
        if (!(name in this.parameters)) throw new Unsupported(`parameter '${name}' is not declared`)
        value = this.parameters[name]
        break
      }
      case 'variables': {
        const name = String(args()[0])
        if (!this.variableValues.has(name)) {
          if (!(name in this.variables)) throw new Unsupported(`variable '${name}' is not declared`)
          this.variableValues.set(name, this.value(this.variables[name]))
        }
        value = this.variableValues.get(name)
        break
      }
      case 'concat': {
        const values = args()
        value = values.every(Array.isArray)
          ? (values as Json[][]).flat()
          : values.map(v => String(v)).join('')
        break
      }
      case 'resourcegroup':
        value = {
          id: this.groupIdOf(this.functionGroup),
          name: this.functionGroup,
          location: this.scope.location
        }
        break
      case 'subscription':
        value = {
          id: `/subscriptions/${this.scope.subscriptionId}`,
          subscriptionId: this.scope.subscriptionId
        }
        break
      case 'resourceid': {
        const values = args().map(v => String(v))
        const typeIndex = values.findIndex(v => v.includes('/'))
        if (typeIndex < 0) throw new Unsupported('resourceId() without a resource type')
        const before = values.slice(0, typeIndex)
        const group =
          before.length === 2
            ? `/subscriptions/${before[0]}/resourceGroups/${before[1]}`
            : before.length === 1
              ? `/subscriptions/${this.scope.subscriptionId}/resourceGroups/${before[0]}`
              : this.groupIdOf(this.functionGroup)
        const [namespace, ...types] = values[typeIndex]!.split('/')
        const names = values.slice(typeIndex + 1)
        value = `${group}/providers/${namespace}/${types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/')}`
        break
      }
      default:
        throw new Unsupported(`the template function '${node.name}' is not evaluated`)
    }
    for (const property of node.properties) {
      if (!isObject(value) || !(property in value)) {
        throw new Unsupported(`'.${property}' is not known before the deployment`)
      }
      value = value[property]
    }
    return value
  }
}

/** `after` says nothing `before` does not: NoChange. */
function contains(before: unknown, after: unknown): boolean {
  if (isObject(after)) {
    return isObject(before) && Object.entries(after).every(([k, v]) => contains(before[k], v))
  }
  if (Array.isArray(after)) {
    return (
      Array.isArray(before) &&
      before.length === after.length &&
      after.every((v, i) => contains(before[i], v))
    )
  }
  if (typeof after === 'string' && typeof before === 'string') {
    return after.toLowerCase() === before.toLowerCase()
  }
  return before === after
}

type Node =
  | { kind: 'literal'; value: Json }
  | { kind: 'call'; name: string; args: Node[]; properties: string[] }

/** ARM's expression syntax: calls, 'strings' ('' escapes a quote), numbers, `.property`. */
class Parser {
  private at = 0
  constructor(private readonly text: string) {}

  expression(): Node {
    this.space()
    const c = this.text[this.at]
    if (c === "'") return { kind: 'literal', value: this.string() }
    const number = /^-?\d+/.exec(this.text.slice(this.at))
    if (number) {
      this.at += number[0].length
      return { kind: 'literal', value: Number(number[0]) }
    }
    const name = /^[A-Za-z_]\w*(?=\s*\()/.exec(this.text.slice(this.at))
    if (!name) {
      const word = /^(true|false)\b/.exec(this.text.slice(this.at))
      if (word) {
        this.at += word[0].length
        return { kind: 'literal', value: word[0] === 'true' }
      }
      throw new Unsupported(`the expression '[${this.text}]' is not evaluated`)
    }
    this.at += name[0].length
    this.space()
    this.expect('(')
    const args: Node[] = []
    this.space()
    if (this.text[this.at] !== ')') {
      for (;;) {
        args.push(this.expression())
        this.space()
        if (this.text[this.at] === ',') {
          this.at++
          continue
        }
        break
      }
    }
    this.expect(')')
    const properties: string[] = []
    for (;;) {
      const property = /^\.([A-Za-z_]\w*)/.exec(this.text.slice(this.at))
      if (!property) break
      properties.push(property[1]!)
      this.at += property[0].length
    }
    if (this.text[this.at] === '[') throw new Unsupported('index expressions are not evaluated')
    return { kind: 'call', name: name[0], args, properties }
  }

  end(): void {
    this.space()
    if (this.at !== this.text.length) {
      throw new Unsupported(`the expression '[${this.text}]' is not evaluated`)
    }
  }

  private string(): string {
    let value = ''
    this.at++
    for (;;) {
      const c = this.text[this.at]
      if (c === undefined) throw new Unsupported(`the expression '[${this.text}]' is not evaluated`)
      this.at++
      if (c === "'") {
        if (this.text[this.at] === "'") {
          value += "'"
          this.at++
          continue
        }
        return value
      }
      value += c
    }
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) {
      throw new Unsupported(`the expression '[${this.text}]' is not evaluated`)
    }
    this.at++
  }

  private space(): void {
    while (this.text[this.at] === ' ') this.at++
  }
}
