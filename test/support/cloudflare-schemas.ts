/**
 * JSON Schemas for Cloudflare DNS request bodies, generated from the official SDK's own TypeScript
 * types (node_modules/cloudflare/resources/dns/records.d.ts) with ts-json-schema-generator, so the
 * stand-in server checks requests against what the SDK says the API accepts, never against a
 * hand-written copy. Generated on first use and cached under node_modules/.cache per SDK version.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sdkDir = path.join(repoRoot, 'node_modules/cloudflare');
const recordsTypes = path.join(sdkDir, 'resources/dns/records.d.ts');

/** Request bodies the stand-in server validates, by the SDK type they come from. */
export const schemaTypes = {
  batch: 'RecordBatchParams',
  create: 'RecordCreateParams',
  update: 'RecordUpdateParams',
  edit: 'RecordEditParams',
} as const;

export type SchemaName = keyof typeof schemaTypes;
export type CloudflareSchemas = Record<SchemaName, object>;

/** Path and query parameters share the SDK's params types; the SDK sends them outside the body. */
const nonBodyParams = ['zone_id', 'include_shadow_metadata'];

/** Removes path/query parameters from every object schema, so only the body remains. */
function bodyOnly(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(bodyOnly);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as { properties?: Record<string, unknown>; required?: string[] };
  if (schema.properties && 'zone_id' in schema.properties) {
    for (const key of nonBodyParams) delete schema.properties[key];
    if (schema.required) schema.required = schema.required.filter((k) => !nonBodyParams.includes(k));
  }
  Object.values(node).forEach(bodyOnly);
}

async function generate(): Promise<CloudflareSchemas> {
  const { createGenerator } = await import('ts-json-schema-generator');
  const generator = createGenerator({
    path: recordsTypes,
    tsconfig: path.join(repoRoot, 'tsconfig.json'),
    skipTypeCheck: true,
    type: '*',
    expose: 'export',
    topRef: false,
    jsDoc: 'none',
  });
  const schemas = {} as CloudflareSchemas;
  for (const [name, type] of Object.entries(schemaTypes) as [SchemaName, string][]) {
    const schema = generator.createSchema(type);
    bodyOnly(schema);
    schemas[name] = schema;
  }
  return schemas;
}

/** The schemas, from the cache when the SDK has not changed since they were generated. */
export async function loadCloudflareSchemas(): Promise<CloudflareSchemas> {
  const version = (
    JSON.parse(await readFile(path.join(sdkDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const digest = createHash('sha256')
    .update(await readFile(recordsTypes))
    .update(JSON.stringify(schemaTypes))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = path.join(repoRoot, 'node_modules/.cache/gitops-dns');
  const cacheFile = path.join(cacheDir, `cloudflare-schemas-${version}-${digest}.json`);
  try {
    return JSON.parse(await readFile(cacheFile, 'utf8')) as CloudflareSchemas;
  } catch {
    const schemas = await generate();
    await mkdir(cacheDir, { recursive: true });
    // Write then rename: parallel test workers never read a half-written file.
    const temp = `${cacheFile}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(schemas));
    await rename(temp, cacheFile);
    return schemas;
  }
}
