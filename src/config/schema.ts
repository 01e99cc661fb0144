import { z } from 'zod';

/** Host patterns: exact names or `*.` wildcards. */
const patterns = z.array(z.string().min(1));

const zonefileProvider = z.strictObject({
  type: z.literal('zonefile'),
  /** Folder holding one RFC 1035 file per zone, named `<zone>.zone`; relative to the config file. */
  directory: z.string().min(1).default('zones'),
});

const powerdnsProvider = z.strictObject({
  type: z.literal('powerdns'),
  /** Base URL of the PowerDNS HTTP API, e.g. `http://127.0.0.1:8081`. */
  url: z.url(),
  /** PowerDNS server id in the API path. */
  server: z.string().min(1).default('localhost'),
});

const cloudflareProvider = z.strictObject({
  type: z.literal('cloudflare'),
  /** Default for the `cloudflare-proxied` annotation. */
  proxied: z.boolean().default(false),
  /** Operations per batch request: 200 on free plans, up to 3,500 on paid ones. */
  'batch-size': z.number().int().min(1).max(3500).default(200),
  /** Records per page when listing. */
  'page-size': z.number().int().min(5).max(5000).default(5000),
});

const route53Provider = z.strictObject({
  type: z.literal('route53'),
  /** Look up private hosted zones instead of public ones. */
  'private-zones': z.boolean().default(false),
  /** Default for the `alias` annotation: CNAMEs to AWS load balancers become alias records. */
  alias: z.boolean().default(true),
  /** Default `evaluate-target-health` of alias records. */
  'evaluate-target-health': z.boolean().default(true),
  /** Wait for each change batch to be INSYNC. */
  'wait-for-insync': z.boolean().default(false),
  region: z.string().min(1).default('us-east-1'),
});

export const providerSchema = z.discriminatedUnion('type', [
  zonefileProvider,
  powerdnsProvider,
  cloudflareProvider,
  route53Provider,
]);

export const configSchema = z
  .strictObject({
    /** Ownership id written into TXT ownership records (external-dns `--txt-owner-id`). */
    owner: z.string().min(1).default('default'),
    /** Globs of manifest files, relative to the config file. */
    manifests: z.array(z.string().min(1)).min(1).default(['**/*.yaml', '**/*.yml']),
    /** Globs to skip. */
    exclude: z.array(z.string().min(1)).default([]),
    /** Managed zones; names outside every zone are reported, never touched. */
    zones: z.array(z.string().min(1)).min(1),
    /** As external-dns: sync | upsert-only | create-only. */
    policy: z.enum(['sync', 'upsert-only', 'create-only']).default('sync'),
    /** TTL of created records when the manifest gives none. */
    'default-ttl': z.number().int().min(1).max(2147483647).default(300),
    /** external-dns `--txt-prefix`; may contain `%{record_type}`. */
    'txt-prefix': z.string().default(''),
    /** external-dns `--txt-suffix`; may contain `%{record_type}`. */
    'txt-suffix': z.string().default(''),
    /** external-dns `--txt-wildcard-replacement`: stands for `*` in ownership names. */
    'txt-wildcard-replacement': z.string().default(''),
    /** Safety threshold (SPEC 5.4). */
    safety: z
      .strictObject({
        /** Updates + deletes above this share of a zone's owned records block the apply. */
        'max-change-percent': z.number().min(0).max(100).default(30),
        /** The threshold applies once a zone holds at least this many owned records. */
        'min-records': z.number().int().min(0).default(10),
      })
      .default({ 'max-change-percent': 30, 'min-records': 10 }),
    provider: providerSchema.default({ type: 'zonefile', directory: 'zones' }),
    /** Where names point when the repository cannot say (SPEC 3.3 step 6). */
    targets: z
      .strictObject({
        'istio-gateways': z.record(z.string(), z.string().min(1)).default({}),
        gateways: z.record(z.string(), z.string().min(1)).default({}),
        'ingress-classes': z.record(z.string(), z.string().min(1)).default({}),
        default: z.string().min(1).optional(),
      })
      .default({ 'istio-gateways': {}, gateways: {}, 'ingress-classes': {} }),
    /** Egress policy over ServiceEntry hosts (SPEC 3.4). */
    egress: z
      .strictObject({
        allow: patterns.optional(),
        deny: patterns.default([]),
        'require-gateway': patterns.default([]),
        /** Resolver of the drift check of egress hosts: `host:port` (comma-separated), `off`, or unset for the system's. */
        resolver: z.string().optional(),
      })
      .default({ deny: [], 'require-gateway': [] }),
    /** What a push to the default branch with no pull request does: apply (default) or skip. */
    'direct-push': z.enum(['apply', 'skip']).default('apply'),
  })
  // external-dns refuses --txt-prefix together with --txt-suffix: ownership names would not match.
  .refine((config) => config['txt-prefix'] === '' || config['txt-suffix'] === '', {
    message: 'txt-prefix and txt-suffix cannot both be set (external-dns refuses the combination); keep one',
    path: ['txt-suffix'],
  });

export type Config = z.infer<typeof configSchema>;
export type ProviderConfig = z.infer<typeof providerSchema>;
