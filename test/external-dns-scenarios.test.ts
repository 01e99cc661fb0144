/**
 * external-dns's own integration scenarios as a conformance test: every scenario whose sources
 * are service, ingress or crd and that needs no extra flags must yield exactly its expected
 * endpoints. Two deliberate differences:
 * - where two objects claim one name with different targets, external-dns publishes both
 *   and leaves the conflict to the provider; gitops-dns reports `claimed-twice` (SPEC 5.2) on
 *   both manifest lines and desires no record for that name;
 * - record values are stored without a trailing dot (the project's convention), so the SRV
 *   target `abc.example.com.` is compared as `abc.example.com`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { configSchema } from '../src/config/schema.js';
import { createMemoryManifestReader } from '../src/manifests/memory-manifest-reader.js';
import { extract } from '../src/sources/extraction.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scenarioFile = path.resolve(
  repoRoot,
  '../shared/corpus/kubernetes-sigs__external-dns/tests/integration/scenarios/tests.yaml',
);

interface Scenario {
  name: string;
  config: { sources: string[] } & Record<string, unknown>;
  resources: { resource: Record<string, unknown>; dependencies?: unknown }[];
  expected: { dnsName: string; targets: string[]; recordType: string; recordTTL?: number }[];
}

const scenarios = (parse(readFileSync(scenarioFile, 'utf8')) as { scenarios: Scenario[] }).scenarios;
const supportedSources = new Set(['service', 'ingress', 'crd']);
/** Scenarios where two objects claim one name with different targets (SPEC 5.2). */
const claimedTwice: Record<string, { name: string; type: string }> = {
  'known-limitation-cross-source-dedup-not-applied': { name: 'example.local', type: 'A' },
  'cname-conflict-across-sources': { name: 'example.local', type: 'CNAME' },
};

function skipReason(scenario: Scenario): string | undefined {
  const other = scenario.config.sources.filter((source) => !supportedSources.has(source));
  if (other.length > 0)
    return `source ${other.join(', ')} is not read from git (no such object in a repository)`;
  const flags = Object.keys(scenario.config).filter((key) => key !== 'sources');
  if (flags.length > 0) return `needs external-dns flags: ${flags.join(', ')}`;
  if (scenario.resources.some((entry) => entry.dependencies))
    return 'needs generated Pods (live cluster state)';
  return undefined;
}

async function run(scenario: Scenario) {
  const text = scenario.resources.map((entry) => stringify(entry.resource)).join('---\n');
  const config = configSchema.parse({ zones: ['example.com'], manifests: ['**/*.yaml'] });
  return extract(config, createMemoryManifestReader({ [`${scenario.name}.yaml`]: text }));
}

/** external-dns writes absolute names; gitops-dns stores them without the trailing dot. */
function withoutTrailingDots(targets: string[]): string[] {
  return targets.map((target) => target.replace(/\.$/, '')).sort();
}

describe('external-dns integration scenarios', () => {
  it('covers the scenario file', () => {
    expect(scenarios.length).toBeGreaterThan(10);
  });

  for (const scenario of scenarios) {
    const reason = skipReason(scenario);
    if (reason) {
      it.skip(`${scenario.name}: skipped, ${reason}`, () => {});
      continue;
    }
    const conflict = claimedTwice[scenario.name];
    if (conflict) {
      it(`${scenario.name}: claimed-twice instead of two records (SPEC 5.2)`, async () => {
        const x = await run(scenario);
        expect(x.claimedTwice.map((entry) => ({ name: entry.name, type: entry.type }))).toEqual([conflict]);
        expect(
          x.records.filter((record) => record.name === conflict.name && record.type === conflict.type),
        ).toEqual([]);
        const errors = x.diagnostics.filter((diagnostic) => diagnostic.code === 'claimed-twice');
        expect(errors.length).toBe(x.claimedTwice[0]!.sources.length);
        expect(new Set(errors.map((diagnostic) => diagnostic.line)).size).toBe(errors.length);
      });
      continue;
    }
    it(`${scenario.name}`, async () => {
      const x = await run(scenario);
      const actual = x.records.map((record) => ({
        dnsName: record.name,
        recordType: record.type,
        targets: record.targets,
        ...(record.ttlSeconds !== undefined ? { recordTTL: record.ttlSeconds } : {}),
      }));
      const expected = scenario.expected
        .map((endpoint) => ({
          dnsName: endpoint.dnsName,
          recordType: endpoint.recordType,
          targets: withoutTrailingDots(endpoint.targets),
          ...(endpoint.recordTTL !== undefined ? { recordTTL: endpoint.recordTTL } : {}),
        }))
        .sort((a, b) => (a.dnsName < b.dnsName ? -1 : a.dnsName > b.dnsName ? 1 : 0));
      expect(actual).toEqual(expected);
      expect(x.unknown).toEqual([]);
      expect(x.claimedTwice).toEqual([]);
      expect(x.unreadableDocuments).toBe(0);
    });
  }
});
