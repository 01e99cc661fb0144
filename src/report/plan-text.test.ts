import { describe, expect, it } from 'vitest';
import { emptyPlan, samplePlan } from '../../test/plan-fixtures.js';
import type { Change, Plan } from '../plan/plan.js';
import { renderPlanText } from './plan-text.js';
import { safeText, terminalStyle } from './terminal-style.js';

const ESC = '\u001b';

function planWith(change: Change): Plan {
  return {
    checksum: '',
    zones: [
      { zone: 'example.com', changes: [change], conflicts: [], rrsetChanges: [], ownedCount: 0, kept: [] },
    ],
    outsideZones: [],
    diagnostics: [],
  };
}

const src = { file: 'a.yaml', line: 3, kind: 'Service', namespace: 'ns', name: 'svc' };

describe('renderPlanText', () => {
  it.each<[string, Change, string[]]>([
    [
      'create',
      {
        kind: 'create',
        name: 'a.example.com',
        type: 'A',
        after: { ttlSeconds: 60, targets: ['192.0.2.1'] },
        sources: [src],
      },
      [
        '  + create a.example.com A',
        '      ttl 60',
        '      192.0.2.1',
        '      from a.yaml:3 (Service ns/svc)',
      ],
    ],
    [
      'update',
      {
        kind: 'update',
        name: 'a.example.com',
        type: 'A',
        before: {
          ttlSeconds: 60,
          targets: ['192.0.2.1', '192.0.2.2'],
          providerSpecific: { 'cloudflare-proxied': 'false' },
        },
        after: {
          ttlSeconds: 300,
          targets: ['192.0.2.2', '192.0.2.9'],
          providerSpecific: { 'cloudflare-proxied': 'true' },
        },
        sources: [src],
      },
      [
        '  ~ update a.example.com A',
        '      ttl 60 -> 300',
        '      cloudflare-proxied=false -> cloudflare-proxied=true',
        '      - 192.0.2.1',
        '        192.0.2.2',
        '      + 192.0.2.9',
        '      from a.yaml:3 (Service ns/svc)',
      ],
    ],
    [
      'delete',
      {
        kind: 'delete',
        name: 'old.example.com',
        type: 'CNAME',
        before: { ttlSeconds: 300, targets: ['x.example.net'] },
      },
      ['  - delete old.example.com CNAME', '      ttl 300', '      x.example.net'],
    ],
  ])('shows a %s', (_kind, change, expected) => {
    const lines = renderPlanText(planWith(change), { color: false }).split('\n');
    expect(lines.slice(0, expected.length + 1)).toEqual(['Zone example.com', ...expected]);
  });

  it('ends with the Terraform-like Plan line, or says there is nothing to do', () => {
    expect(renderPlanText(samplePlan(), { color: false })).toMatch(
      /\n\nPlan: 3 to create, 2 to update, 3 to delete, 6 conflicts\.\n$/,
    );
    expect(renderPlanText(emptyPlan(), { color: false })).toMatch(
      /\n\nNo changes\. The DNS provider already matches the manifests\.\n$/,
    );
  });

  it('shows blocked zones, conflicts, kept records, outside names, egress and diagnostics with file:line', () => {
    const text = renderPlanText(samplePlan(), { color: false });
    for (const expected of [
      '  ! apply blocked: 3 of 10 owned records would change',
      '  ! conflict shop.example.com A: owned-by-other (owner team-payments)',
      '  = keep pending.example.com A',
      'Names outside the managed zones (never touched)\n  shop.other.io CNAME',
      'Egress hosts (compared with main): 2 in total\n  + api.stripe.com  443/HTTPS  via egress gateway',
      '  - old-partner.example.net  443/TLS  direct',
      '  error   clusters/prod/broken.yaml:3: Unexpected',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('colours only when asked', () => {
    expect(renderPlanText(samplePlan(), { color: false })).not.toContain(ESC);
    const coloured = renderPlanText(samplePlan(), { color: true });
    expect(coloured).toContain(`${ESC}[32m  + create docs.example.com CNAME${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[31m  - delete old.example.com A${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[33m  ~ update api.example.com A${ESC}[39m`);
  });

  it('never passes control characters from names or values to the terminal', () => {
    const change: Change = {
      kind: 'create',
      name: `evil${ESC}[2Jname.example.com`,
      type: 'TXT',
      after: { ttlSeconds: 1, targets: ['line\nbreak\u202eright-to-left'] },
      sources: [],
    };
    const text = renderPlanText(planWith(change), { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toContain('evil\\x1b[2Jname.example.com');
    expect(text).toContain('line\\x0abreak\\u202eright-to-left');
  });
});

describe('terminal-style', () => {
  it.each([
    ['plain', 'plain'],
    ['\u0000\u007f\u009b', '\\x00\\x7f\\x9b'],
    ['tab\there', 'tab\\x09here'],
    ['\u2066iso\u2069', '\\u2066iso\\u2069'],
  ])('safeText(%j) = %j', (input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  it('paints only with colour on', () => {
    expect(terminalStyle(false).red('x')).toBe('x');
    expect(terminalStyle(true).bold('x')).toBe(`${ESC}[1mx${ESC}[22m`);
  });
});
