/*
 * GitHub's published OpenAPI description (@octokit/openapi, api.github.com), turned into ajv
 * validators for the operations the stand-in server serves. OpenAPI 3.0 is not JSON Schema:
 * `nullable: true` becomes a union with null (also beside `$ref` and `allOf`/`oneOf`),
 * `$ref`s into `#/components` point at one registered schema, and documentation keywords
 * (`example`, `x-*`, `discriminator`) are ignored. The description is loaded once per process
 * and only the schemas that the served operations reach are compiled.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Json;
}

/** The validators of one operation. */
export interface OperationValidator {
  operationId: string;
  method: string;
  /** Path template, e.g. `/repos/{owner}/{repo}/issues`. */
  path: string;
  /** Problems with the request's path, query and body; empty when it matches the description. */
  checkRequest(pathParams: Record<string, string>, query: URLSearchParams, body: unknown): string[];
  /** Problems with a response; empty when it matches the description. */
  checkResponse(status: number, body: unknown): string[];
}

let loaded: { doc: Json; ajv: Ajv } | undefined;

function load(): { doc: Json; ajv: Ajv } {
  if (loaded) return loaded;
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const components = doc.components as Json;
  ajv.addSchema({ $id: 'github', components: { schemas: convert(components.schemas) } });
  loaded = { doc, ajv };
  return loaded;
}

/** OpenAPI 3.0 schema -> JSON Schema (draft 7 as ajv reads it). */
export function convert(node: unknown): Json {
  if (Array.isArray(node)) return node.map(convert) as unknown as Json;
  if (typeof node !== 'object' || node === null) return node as Json;
  const source = node as Json;
  if (typeof source.$ref === 'string') {
    const ref = { $ref: `github${source.$ref}` };
    return source.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref;
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (
      key === 'nullable' ||
      key === 'example' ||
      key === 'examples' ||
      key === 'discriminator' ||
      key.startsWith('x-')
    )
      continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, convert(v)]));
    } else if (typeof value === 'object' && value !== null) out[key] = convert(value);
    else out[key] = value;
  }
  if (source.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) out.type = [...(out.type as string[]), 'null'];
    else return { anyOf: [out, { type: 'null' }] };
    // An enum must admit null too, or the null type is unreachable.
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  }
  return out;
}

function resolve(doc: Json, ref: unknown): Json {
  if (typeof ref !== 'object' || ref === null) return {};
  const pointer = (ref as Json).$ref;
  if (typeof pointer !== 'string') return ref as Json;
  let node: unknown = doc;
  for (const part of pointer.replace(/^#\//, '').split('/')) node = (node as Json)[part];
  return node as Json;
}

const cache = new Map<string, OperationValidator>();

/** The validators for `method path` (a path template of the description). */
export function operation(method: string, path: string): OperationValidator {
  const key = `${method.toLowerCase()} ${path}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { doc, ajv } = load();
  const op = ((doc.paths as Json)[path] as Json | undefined)?.[method.toLowerCase()] as Json | undefined;
  if (!op) throw new Error(`the OpenAPI description has no ${method} ${path}`);
  const parameters = ((op.parameters as unknown[] | undefined) ?? []).map(
    (p) => resolve(doc, p) as unknown as OpenApiParameter,
  );
  const paramValidators = new Map(
    parameters.map((p) => [`${p.in}:${p.name}`, ajv.compile(convert(p.schema))]),
  );
  const bodySchema = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.[
    'application/json'
  ] as Json | undefined;
  const bodyValidator = bodySchema ? ajv.compile(convert(bodySchema.schema)) : undefined;
  const responseValidators = new Map<number, ValidateFunction | undefined>();
  for (const [status, response] of Object.entries(op.responses as Json)) {
    const schema = (
      (resolve(doc, response).content as Json | undefined)?.['application/json'] as Json | undefined
    )?.schema;
    responseValidators.set(Number(status), schema ? ajv.compile(convert(schema)) : undefined);
  }
  const label = `${method.toUpperCase()} ${path} (${String(op.operationId)})`;

  const validator: OperationValidator = {
    operationId: String(op.operationId),
    method: method.toUpperCase(),
    path,
    checkRequest(pathParams, query, body) {
      const problems: string[] = [];
      for (const p of parameters) {
        const raw =
          p.in === 'path'
            ? pathParams[p.name]
            : p.in === 'query'
              ? (query.get(p.name) ?? undefined)
              : undefined;
        if (p.in === 'header') continue;
        if (raw === undefined) {
          if (p.required) problems.push(`${label}: missing ${p.in} parameter ${p.name}`);
          continue;
        }
        const check = paramValidators.get(`${p.in}:${p.name}`)!;
        if (!check(coerce(raw, p.schema)))
          problems.push(`${label}: ${p.in} parameter ${p.name}=${raw}: ${ajv.errorsText(check.errors)}`);
      }
      for (const name of query.keys())
        if (!parameters.some((p) => p.in === 'query' && p.name === name))
          problems.push(`${label}: unknown query parameter ${name}`);
      if (bodyValidator) {
        if (body === undefined) problems.push(`${label}: missing JSON body`);
        else if (!bodyValidator(body))
          problems.push(`${label}: request body: ${ajv.errorsText(bodyValidator.errors?.slice(0, 5))}`);
      } else if (body !== undefined) problems.push(`${label}: takes no body`);
      return problems;
    },
    checkResponse(status, body) {
      if (!responseValidators.has(status)) return [`${label}: status ${status} is not a documented response`];
      const check = responseValidators.get(status);
      if (!check)
        return body === undefined ? [] : [`${label}: status ${status} has no body in the description`];
      return check(body)
        ? []
        : [`${label}: response ${status}: ${ajv.errorsText(check.errors?.slice(0, 5), { separator: '; ' })}`];
    },
  };
  cache.set(key, validator);
  return validator;
}

function coerce(raw: string, schema: Json): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
