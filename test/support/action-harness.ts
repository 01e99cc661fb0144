/*
 * What the Action's end-to-end tests share: event payloads from @octokit/webhooks-examples adapted
 * to the test repository acme/dns, a small temporary repository with a zone-file provider, the
 * stand-in GitHub API, and a run of the committed dist/index.js on Node 24 as the runner does it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGitHubServer, type GitHubServer } from './github-server.js';
import { node24, repoRoot, runBundledAction, type ActionResult } from './node24.js';

const require = createRequire(import.meta.url);
export const OWNER = 'acme';
export const REPO = 'dns';
export const sha = (n: number) => n.toString(16).padStart(40, 'a');

type Examples = { name: string; examples: Record<string, unknown>[] }[];
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Examples;
export const example = (name: string, action?: string): Record<string, unknown> => {
  const found = examples
    .find((e) => e.name === name)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no webhook example ${name} ${action ?? ''}`);
  return structuredClone(found);
};

/** The example repository object, renamed to acme/dns with default branch main. */
function adaptRepository(
  repository: Record<string, unknown>,
  fullName = `${OWNER}/${REPO}`,
): Record<string, unknown> {
  const [owner, name] = fullName.split('/');
  return {
    ...repository,
    name,
    full_name: fullName,
    owner: { ...(repository.owner as object), login: owner },
    default_branch: 'main',
  };
}

export function pullRequestEvent(
  action: 'opened' | 'synchronize',
  number: number,
  headSha: string,
  fork = false,
) {
  const event = example('pull_request', action);
  const pr = event.pull_request as Record<string, Record<string, unknown>>;
  const base = adaptRepository(event.repository as Record<string, unknown>);
  event.repository = base;
  event.number = number;
  pr.number = number as never;
  pr.head = {
    ...pr.head,
    sha: headSha,
    ref: 'feature',
    repo: adaptRepository(
      pr.head!.repo as Record<string, unknown>,
      fork ? `mallory/${REPO}` : `${OWNER}/${REPO}`,
    ),
  };
  pr.base = { ...pr.base, sha: sha(1), ref: 'main', repo: base };
  return event;
}

export function pushEvent(after: string) {
  const event = example('push');
  return {
    ...event,
    ref: 'refs/heads/main',
    after,
    head_commit: { ...(event.head_commit as object), id: after },
    repository: adaptRepository(event.repository as Record<string, unknown>),
  };
}

const CONFIG = `owner: gitops-dns
manifests: ["manifests/**/*.yaml"]
zones: [example.com]
provider:
  type: zonefile
  directory: zones
`;

const ZONE = `$ORIGIN example.com.
$TTL 3600
@   IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
    IN NS  ns1.example.com.
ns1 IN A   192.0.2.53
`;

export function service(name: string, host: string, ip: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: apps
  annotations:
    external-dns.alpha.kubernetes.io/hostname: ${host}
spec:
  type: LoadBalancer
  loadBalancerIP: ${ip}
`;
}

export function makeRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-action-'));
  mkdirSync(path.join(dir, 'zones'));
  mkdirSync(path.join(dir, 'manifests'));
  writeFileSync(path.join(dir, 'gitops-dns.yaml'), CONFIG);
  writeFileSync(path.join(dir, 'zones/example.com.zone'), ZONE);
  return dir;
}

export const zoneText = (dir: string) => readFileSync(path.join(dir, 'zones/example.com.zone'), 'utf8');

export interface Harness {
  server: GitHubServer;
  workspace: string;
}

export async function harness(): Promise<Harness> {
  const server = await startGitHubServer({
    owner: OWNER,
    repo: REPO,
    tokens: { 'ghs-write': 'write', 'ghs-read': 'read' },
  });
  return { server, workspace: makeRepository() };
}

export function run(
  h: Harness & { env?: Record<string, string> },
  eventName: string,
  event: unknown,
  options: { sha: string; ref: string; token?: string; inputs?: Record<string, string> },
): Promise<ActionResult> {
  return runBundledAction({
    eventName,
    event,
    workspace: h.workspace,
    inputs: {
      config: 'gitops-dns.yaml',
      mode: 'auto',
      'github-token': options.token ?? 'ghs-write',
      comment: 'always',
      force: 'false',
      'fail-on-drift': 'false',
      ...options.inputs,
    },
    env: {
      GITHUB_API_URL: h.server.url,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: options.sha,
      GITHUB_REF: options.ref,
      ...h.env,
    },
  });
}

export const explain = (r: ActionResult) => `exit ${r.exitCode}\n${r.stdout}\n${r.stderr}`;

/** Installs Node 24 when missing and checks that the bundle exists (call from beforeAll). */
export function ensureBundle(): void {
  node24();
  if (!existsSync(path.join(repoRoot, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run npm run bundle');
}
