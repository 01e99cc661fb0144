/**
 * The Action applying to a real PowerDNS after merge, end to end on the committed bundle.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPowerDns, type PowerDnsServer } from './support/powerdns-server.js';
import {
  OWNER,
  REPO,
  ensureBundle,
  explain,
  harness,
  pullRequestEvent,
  pushEvent,
  run,
  service,
  sha,
  type Harness,
} from './support/action-harness.js';

beforeAll(ensureBundle, 180_000);

describe('the Action applying to PowerDNS after merge', () => {
  let h: Harness & { env: Record<string, string> };
  let pdns: PowerDnsServer;
  beforeAll(async () => {
    pdns = await startPowerDns();
    await pdns.createZone('example.com');
    const base = await harness();
    h = { ...base, env: { POWERDNS_API_KEY: pdns.apiKey } };
    writeFileSync(
      path.join(h.workspace, 'gitops-dns.yaml'),
      `owner: gitops-dns\nmanifests: ["manifests/**/*.yaml"]\nzones: [example.com]\nprovider:\n  type: powerdns\n  url: ${pdns.apiUrl}\n`,
    );
  }, 180_000);
  afterAll(async () => {
    await h?.server.close();
    await pdns?.stop();
    if (h) rmSync(h.workspace, { recursive: true, force: true });
  });

  const rrsets = async () => {
    const response = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/example.com.`, {
      headers: { 'X-API-Key': pdns.apiKey },
    });
    return (
      (await response.json()) as { rrsets: { name: string; type: string; records: { content: string }[] }[] }
    ).rrsets;
  };

  it('plans on the pull request, applies after merge, and masks the API key', async () => {
    writeFileSync(
      path.join(h.workspace, 'manifests/web.yaml'),
      service('web', 'www.example.com', '192.0.2.10'),
    );
    h.server.addPullRequest({
      number: 11,
      headSha: sha(11),
      headRef: 'pdns',
      baseSha: sha(1),
      baseRef: 'main',
      headRepo: `${OWNER}/${REPO}`,
      commits: [sha(11)],
    });
    const planned = await run(h, 'pull_request', pullRequestEvent('opened', 11, sha(11)), {
      sha: sha(111),
      ref: 'refs/pull/11/merge',
    });
    expect(planned.exitCode, explain(planned)).toBe(0);
    expect(planned.stdout).toContain(`::add-mask::${pdns.apiKey}`);
    expect((await rrsets()).some((r) => r.name === 'www.example.com.')).toBe(false);

    h.server.mergePullRequest(11, sha(12));
    const applied = await run(h, 'push', pushEvent(sha(12)), { sha: sha(12), ref: 'refs/heads/main' });
    expect(applied.exitCode, explain(applied)).toBe(0);
    const www = (await rrsets()).find((r) => r.name === 'www.example.com.' && r.type === 'A');
    expect(www?.records.map((r) => r.content)).toEqual(['192.0.2.10']);
    expect(h.server.commentsOn(11)[0]!.body).toContain('✅ Applied');
    expect(h.server.violations).toEqual([]);
  });
});
