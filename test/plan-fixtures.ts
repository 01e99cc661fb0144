/*
 * Hand-built plans for the renderer tests and golden files. They are written out in full, not
 * produced by the planner, so the report tests do not move when the planner does.
 */
import type { Change, Plan, ZonePlan } from '../src/plan/plan.js';
import type { SourceRef } from '../src/records/record.js';

const web: SourceRef = {
  file: 'clusters/prod/web/ingress.yaml',
  line: 12,
  kind: 'Ingress',
  namespace: 'web',
  name: 'web',
};
const api: SourceRef = {
  file: 'clusters/prod/api/service.yaml',
  line: 4,
  kind: 'Service',
  namespace: 'api',
  name: 'api',
};
const gw: SourceRef = {
  file: 'clusters/prod/istio/gateway.yaml',
  line: 30,
  kind: 'Gateway',
  namespace: 'istio-system',
  name: 'public',
};
const vs: SourceRef = {
  file: 'clusters/prod/shop/virtualservice.yaml',
  line: 7,
  kind: 'VirtualService',
  namespace: 'shop',
  name: 'shop',
};
const route: SourceRef = {
  file: 'clusters/prod/docs/httproute.yaml',
  line: 9,
  kind: 'HTTPRoute',
  namespace: 'docs',
  name: 'docs',
};
const dnsEndpoint: SourceRef = {
  file: 'clusters/prod/dns/records.yaml',
  line: 15,
  kind: 'DNSEndpoint',
  namespace: 'dns',
  name: 'mail',
};
const other: SourceRef = {
  file: 'clusters/staging/web/ingress.yaml',
  line: 12,
  kind: 'Ingress',
  namespace: 'web',
  name: 'web',
};

const exampleCom: ZonePlan = {
  zone: 'example.com',
  changes: [
    {
      kind: 'delete',
      name: 'old.example.com',
      type: 'A',
      before: { ttlSeconds: 300, targets: ['192.0.2.10'] },
    },
    {
      kind: 'create',
      name: 'docs.example.com',
      type: 'CNAME',
      after: { ttlSeconds: 300, targets: ['lb.example.net'] },
      sources: [route],
    },
    {
      kind: 'create',
      name: 'mail.example.com',
      type: 'TXT',
      after: { ttlSeconds: 3600, targets: ['v=spf1 include:_spf.example.net ~all'] },
      sources: [dnsEndpoint],
    },
    {
      kind: 'create',
      name: 'www.example.com',
      type: 'A',
      after: {
        ttlSeconds: 300,
        targets: ['203.0.113.8'],
        providerSpecific: { 'cloudflare-proxied': 'true' },
      },
      sources: [web, other],
    },
    {
      kind: 'update',
      name: 'api.example.com',
      type: 'A',
      before: { ttlSeconds: 300, targets: ['192.0.2.1', '192.0.2.2'] },
      after: { ttlSeconds: 60, targets: ['192.0.2.2', '192.0.2.3'] },
      sources: [api],
    },
  ],
  conflicts: [
    {
      name: 'example.com',
      type: 'A',
      reason: 'apex-needs-prefix',
      message:
        'An apex record needs a TXT prefix ending in `.`; set `txt-prefix: _owner-%{record_type}.` to manage it.',
      sources: [gw],
    },
    {
      name: 'legacy.example.com',
      type: 'CNAME',
      reason: 'not-owned',
      message:
        'The record exists without an ownership record; delete it or add ownership to let gitops-dns manage it.',
      sources: [web],
    },
    {
      name: 'shop.example.com',
      type: 'A',
      reason: 'owned-by-other',
      owner: 'team-payments',
      message: 'The record belongs to owner team-payments.',
      sources: [vs],
    },
    {
      name: 'shop.example.com',
      type: 'CNAME',
      reason: 'cname-and-other',
      message: 'A CNAME cannot sit beside other records at shop.example.com.',
      sources: [vs],
    },
    {
      name: 'weird.example.com',
      type: 'A',
      reason: 'claimed-twice',
      message:
        'Claimed with different targets by clusters/prod/web/ingress.yaml:12 and clusters/prod/api/service.yaml:4.',
      sources: [web, api],
    },
  ],
  rrsetChanges: [],
  ownedCount: 8,
  kept: [
    {
      name: 'pending.example.com',
      type: 'A',
      why: 'its target is unknown (clusters/prod/web/ingress.yaml:40)',
    },
  ],
};

const exampleOrg: ZonePlan = {
  zone: 'example.org',
  changes: [
    {
      kind: 'delete',
      name: 'a.example.org',
      type: 'A',
      before: { ttlSeconds: 300, targets: ['198.51.100.1'] },
    },
    {
      kind: 'delete',
      name: 'b.example.org',
      type: 'AAAA',
      before: { ttlSeconds: 300, targets: ['2001:db8::1'] },
    },
    {
      kind: 'update',
      name: 'c.example.org',
      type: 'TXT',
      before: { ttlSeconds: 300, targets: ['pipe | and `tick` <b>html</b>'] },
      after: { ttlSeconds: 300, targets: ['pipe | and `tick` <b>html</b> v2'] },
      sources: [dnsEndpoint],
    },
  ],
  conflicts: [
    {
      name: 'x.example.org',
      type: 'SRV',
      reason: 'unsupported-type',
      message: 'The zonefile provider does not support SRV records here.',
    },
  ],
  rrsetChanges: [],
  ownedCount: 10,
  blocked: '3 of 10 owned records would change (30% or more); re-run with `--force` to apply.',
  kept: [],
};

const quietZone: ZonePlan = {
  zone: 'example.net',
  changes: [],
  conflicts: [],
  rrsetChanges: [],
  ownedCount: 3,
  kept: [],
};

/** A realistic plan: two zones with news, one quiet zone, every conflict reason, egress, diagnostics. */
export function samplePlan(): Plan {
  return {
    checksum: 'a3f1c0de5b7e9d24c6a8b0f1e2d3c4b5a69788796a5b4c3d2e1f00112233abcd',
    zones: [exampleCom, quietZone, exampleOrg],
    outsideZones: [{ name: 'shop.other.io', type: 'CNAME', sources: [vs] }],
    diagnostics: [
      {
        severity: 'error',
        code: 'invalid-yaml',
        message: 'Unexpected `:` in a plain scalar; the document was skipped.',
        file: 'clusters/prod/broken.yaml',
        line: 3,
      },
      {
        severity: 'warning',
        code: 'unknown-target',
        message: 'No target for pending.example.com; no record is desired and the existing one is kept.',
        file: 'clusters/prod/web/ingress.yaml',
        line: 40,
        key: 'spec.rules[1].host',
      },
      { severity: 'info', code: 'skipped-controller', message: 'Skipped: controller annotation is "other".' },
    ],
    egress: {
      base: 'main',
      added: [
        {
          host: 'api.stripe.com',
          ports: [{ number: 443, protocol: 'HTTPS', name: 'https' }],
          resolution: 'DNS',
          via: 'gateway',
          sources: [
            {
              file: 'clusters/prod/mesh/egress.yaml',
              line: 1,
              kind: 'ServiceEntry',
              namespace: 'mesh',
              name: 'stripe',
            },
          ],
        },
      ],
      removed: [
        {
          host: 'old-partner.example.net',
          ports: [{ number: 443, protocol: 'TLS' }],
          via: 'direct',
          sources: [
            {
              file: 'clusters/prod/mesh/egress.yaml',
              line: 20,
              kind: 'ServiceEntry',
              namespace: 'mesh',
              name: 'partner',
            },
          ],
        },
      ],
      changed: [
        {
          host: 'db.vendor.example',
          what: ['ports 5432/TCP -> 5432/TCP,6432/TCP'],
          before: { host: 'db.vendor.example', ports: [{ number: 5432, protocol: 'TCP' }], sources: [] },
          after: {
            host: 'db.vendor.example',
            ports: [
              { number: 5432, protocol: 'TCP' },
              { number: 6432, protocol: 'TCP' },
            ],
            sources: [
              {
                file: 'clusters/prod/mesh/db.yaml',
                line: 2,
                kind: 'ServiceEntry',
                namespace: 'mesh',
                name: 'db',
              },
            ],
          },
        },
      ],
      hosts: [
        {
          host: 'api.stripe.com',
          ports: [{ number: 443, protocol: 'HTTPS', name: 'https' }],
          resolution: 'DNS',
          via: 'gateway',
          sources: [
            {
              file: 'clusters/prod/mesh/egress.yaml',
              line: 1,
              kind: 'ServiceEntry',
              namespace: 'mesh',
              name: 'stripe',
            },
          ],
        },
        {
          host: 'db.vendor.example',
          ports: [
            { number: 5432, protocol: 'TCP' },
            { number: 6432, protocol: 'TCP' },
          ],
          sources: [
            {
              file: 'clusters/prod/mesh/db.yaml',
              line: 2,
              kind: 'ServiceEntry',
              namespace: 'mesh',
              name: 'db',
            },
          ],
        },
      ],
    },
  };
}

/** A plan with nothing to do in two zones. */
export function emptyPlan(): Plan {
  return {
    checksum: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    zones: [quietZone, { ...quietZone, zone: 'example.org' }],
    outsideZones: [],
    diagnostics: [],
  };
}

/** `count` creates in one zone, for the size budget. */
export function bigPlan(count: number): Plan {
  const changes: Change[] = Array.from({ length: count }, (_, i) => ({
    kind: 'create',
    name: `host-${String(i).padStart(5, '0')}.example.com`,
    type: 'A',
    after: { ttlSeconds: 300, targets: [`10.0.${Math.floor(i / 256) % 256}.${i % 256}`] },
    sources: [
      {
        file: `clusters/prod/apps/app-${i}.yaml`,
        line: 1 + (i % 40),
        kind: 'Service',
        namespace: 'apps',
        name: `app-${i}`,
      },
    ],
  }));
  return {
    checksum: 'b'.repeat(64),
    zones: [{ zone: 'example.com', changes, conflicts: [], rrsetChanges: [], ownedCount: 0, kept: [] }],
    outsideZones: [],
    diagnostics: Array.from({ length: 50 }, (_, i) => ({
      severity: 'warning' as const,
      code: 'unknown-target',
      message: `No target for name-${i}.example.com.`,
      file: `clusters/prod/apps/app-${i}.yaml`,
      line: 3,
    })),
  };
}
