import type { Config } from '../config/schema.js';
import { checkEgressPolicy } from '../egress/egress-policy.js';
import { classifyEgressRouting } from '../egress/egress-routing.js';
import type { ManifestReader } from '../manifests/manifest-reader.js';
import { parseDocuments, type ManifestDocument } from '../manifests/parse-documents.js';
import { sortDiagnostics, type Diagnostic } from '../records/diagnostic.js';
import type { EgressHost } from '../records/egress.js';
import type { DesiredRecord, SourceRef } from '../records/record.js';
import { allSources, relevantKinds } from './all-sources.js';
import { buildManifestIndex } from './manifest-index.js';
import { toManifest } from './manifest.js';
import { mergeClaims } from './merge-claims.js';
import { mergeEgress } from './merge-egress.js';
import type { Claim, Source } from './source.js';

/** Everything a repository's manifests say about DNS and egress. */
export interface Extraction {
  /** Identical claims merged (sources listed), sorted by name, type. */
  records: DesiredRecord[];
  /** Names with no resolvable target (a warning each); the planner keeps their existing records. */
  unknown: { name: string; sources: SourceRef[] }[];
  /** Same name, different targets: an error on both manifest lines; no record desired for it. */
  claimedTwice: { name: string; type: string; sources: SourceRef[]; message: string }[];
  /** Sorted by host. */
  egress: EgressHost[];
  /** Sorted with sortDiagnostics. */
  diagnostics: Diagnostic[];
  /** Documents skipped (invalid YAML, template syntax, alias bomb, unreadable file). */
  unreadableDocuments: number;
  /** YAML documents read. */
  documents: number;
  /** Objects read per Kubernetes kind (List items included). */
  countsByKind: Record<string, number>;
}

/** Reads the manifests the config selects and derives desired records and egress hosts. */
export async function extract(
  config: Config,
  reader: ManifestReader,
  sources: readonly Source[] = allSources,
): Promise<Extraction> {
  const files = await reader.listFiles(config.manifests, config.exclude);
  const documents: ManifestDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const countsByKind: Record<string, number> = {};
  let unreadableDocuments = 0;
  let documentCount = 0;
  const kinds = relevantKinds(sources);
  const texts = await readAll(reader, files);
  for (const [index, file] of files.entries()) {
    const display = reader.displayPath(file);
    const text = texts[index]!;
    if (text instanceof Error) {
      unreadableDocuments++;
      diagnostics.push({
        severity: 'error',
        code: 'unreadable-file',
        message: `cannot read: ${text.message}`,
        file: display,
      });
      continue;
    }
    const parsed = parseDocuments(text, display, { relevantKinds: kinds });
    documents.push(...parsed.documents);
    diagnostics.push(...parsed.diagnostics);
    unreadableDocuments += parsed.unreadable;
    documentCount += parsed.documentCount;
    for (const kind of parsed.kinds) if (kind !== '') countsByKind[kind] = (countsByKind[kind] ?? 0) + 1;
  }
  const manifests = documents.map(toManifest);
  const context = { config, index: buildManifestIndex(manifests) };
  const claims: Claim[] = [];
  const egress: EgressHost[] = [];
  for (const manifest of manifests) {
    for (const source of sources) {
      if (!source.accepts(manifest)) continue;
      const output = source.read(manifest, context);
      claims.push(...output.claims);
      egress.push(...output.egress);
      diagnostics.push(...output.diagnostics);
    }
  }
  const merged = mergeClaims(claims);
  const egressHosts = classifyEgressRouting(mergeEgress(egress), documents);
  diagnostics.push(...checkEgressPolicy(egressHosts, config.egress));
  return {
    records: merged.records,
    unknown: merged.unknown,
    claimedTwice: merged.claimedTwice,
    egress: egressHosts,
    diagnostics: sortDiagnostics(dedupe([...diagnostics, ...merged.diagnostics])),
    unreadableDocuments,
    documents: documentCount,
    countsByKind: Object.fromEntries(
      Object.entries(countsByKind).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
}

/** Reads files a few at a time: file-system latency, not parsing, dominates small files. */
async function readAll(reader: ManifestReader, files: readonly string[]): Promise<(string | Error)[]> {
  const texts: (string | Error)[] = new Array<string | Error>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      texts[index] = await reader
        .readFile(files[index]!)
        .catch((cause: unknown) => (cause instanceof Error ? cause : new Error(String(cause))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return texts;
}

/** A Gateway's invalid address is met once per route; report it once. */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([
      diagnostic.severity,
      diagnostic.code,
      diagnostic.file,
      diagnostic.line,
      diagnostic.message,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
