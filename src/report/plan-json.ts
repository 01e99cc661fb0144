import type { Diagnostic } from '../records/diagnostic.js';
import type { EgressDiff, EgressHost, EgressPort } from '../records/egress.js';
import type { SourceRef } from '../records/record.js';
import type { Change, Conflict, Plan, RecordState, ZonePlan } from '../plan/plan.js';

/*
 * The JSON plan of SPEC 6. Every object is built key by key in a fixed order, and optional keys
 * are left out rather than set to null, so the same plan always gives the same bytes.
 */

export interface SourceJson {
  file: string;
  line: number;
  kind: string;
  namespace?: string;
  name: string;
}

export interface RecordStateJson {
  ttl: number;
  targets: string[];
  providerSpecific?: Record<string, string>;
}

export interface ChangeJson {
  action: 'create' | 'update' | 'delete';
  name: string;
  type: string;
  ttl?: number;
  targets?: string[];
  providerSpecific?: Record<string, string>;
  before?: RecordStateJson;
  sources?: SourceJson[];
}

export interface ConflictJson {
  name: string;
  type: string;
  reason: string;
  owner?: string;
  message: string;
  sources?: SourceJson[];
}

export interface ZonePlanJson {
  zone: string;
  changes: ChangeJson[];
  conflicts: ConflictJson[];
  blocked?: string;
  kept?: { name: string; type: string; why: string }[];
}

export interface EgressHostJson {
  host: string;
  ports: { number: number; protocol: string; name?: string }[];
  resolution?: string;
  exportTo?: string[];
  via?: 'gateway' | 'direct';
  sources: SourceJson[];
}

export interface EgressJson {
  base?: string;
  added: EgressHostJson[];
  removed: EgressHostJson[];
  changed: { host: string; what: string[]; before: EgressHostJson; after: EgressHostJson }[];
  hosts: EgressHostJson[];
}

export interface DiagnosticJson {
  severity: Diagnostic['severity'];
  code: string;
  message: string;
  file?: string;
  line?: number;
  key?: string;
}

export interface PlanJson {
  checksum: string;
  zones: ZonePlanJson[];
  outsideZones: { name: string; type: string; sources: SourceJson[] }[];
  egress?: EgressJson;
  diagnostics: DiagnosticJson[];
}

/** Sorted keys, so provider-specific maps do not depend on insertion order. */
function sortedRecord(map: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(map).sort()) out[key] = map[key] ?? '';
  return out;
}

function hasKeys(map: Record<string, string> | undefined): map is Record<string, string> {
  return map !== undefined && Object.keys(map).length > 0;
}

export function sourceToJson(s: SourceRef): SourceJson {
  return {
    file: s.file,
    line: s.line,
    kind: s.kind,
    ...(s.namespace !== undefined ? { namespace: s.namespace } : {}),
    name: s.name,
  };
}

function stateToJson(state: RecordState): RecordStateJson {
  return {
    ttl: state.ttlSeconds,
    targets: [...state.targets],
    ...(hasKeys(state.providerSpecific) ? { providerSpecific: sortedRecord(state.providerSpecific) } : {}),
  };
}

function changeToJson(change: Change): ChangeJson {
  const head = { action: change.kind, name: change.name, type: change.type };
  if (change.kind === 'delete') return { ...head, before: stateToJson(change.before) };
  const after = stateToJson(change.after);
  return {
    ...head,
    ttl: after.ttl,
    targets: after.targets,
    ...(after.providerSpecific ? { providerSpecific: after.providerSpecific } : {}),
    ...(change.kind === 'update' ? { before: stateToJson(change.before) } : {}),
    sources: change.sources.map(sourceToJson),
  };
}

function conflictToJson(c: Conflict): ConflictJson {
  return {
    name: c.name,
    type: c.type,
    reason: c.reason,
    ...(c.owner !== undefined ? { owner: c.owner } : {}),
    message: c.message,
    ...(c.sources && c.sources.length > 0 ? { sources: c.sources.map(sourceToJson) } : {}),
  };
}

function zoneToJson(zone: ZonePlan): ZonePlanJson {
  return {
    zone: zone.zone,
    changes: zone.changes.map(changeToJson),
    conflicts: zone.conflicts.map(conflictToJson),
    ...(zone.blocked !== undefined ? { blocked: zone.blocked } : {}),
    ...(zone.kept.length > 0
      ? { kept: zone.kept.map((k) => ({ name: k.name, type: k.type, why: k.why })) }
      : {}),
  };
}

function portToJson(p: EgressPort): EgressHostJson['ports'][number] {
  return { number: p.number, protocol: p.protocol, ...(p.name !== undefined ? { name: p.name } : {}) };
}

export function egressHostToJson(h: EgressHost): EgressHostJson {
  return {
    host: h.host,
    ports: h.ports.map(portToJson),
    ...(h.resolution !== undefined ? { resolution: h.resolution } : {}),
    ...(h.exportTo !== undefined ? { exportTo: [...h.exportTo] } : {}),
    ...(h.via !== undefined ? { via: h.via } : {}),
    sources: h.sources.map(sourceToJson),
  };
}

function egressToJson(e: EgressDiff): EgressJson {
  return {
    ...(e.base !== undefined ? { base: e.base } : {}),
    added: e.added.map(egressHostToJson),
    removed: e.removed.map(egressHostToJson),
    changed: e.changed.map((c) => ({
      host: c.host,
      what: [...c.what],
      before: egressHostToJson(c.before),
      after: egressHostToJson(c.after),
    })),
    hosts: e.hosts.map(egressHostToJson),
  };
}

export function diagnosticToJson(d: Diagnostic): DiagnosticJson {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.file !== undefined ? { file: d.file } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.key !== undefined ? { key: d.key } : {}),
  };
}

/** The plan as the plain JSON value of SPEC 6 (for the CLI, the Action's `plan-json` file, and tests). */
export function planToJsonValue(plan: Plan): PlanJson {
  return {
    checksum: plan.checksum,
    zones: plan.zones.map(zoneToJson),
    outsideZones: plan.outsideZones.map((o) => ({
      name: o.name,
      type: o.type,
      sources: o.sources.map(sourceToJson),
    })),
    ...(plan.egress ? { egress: egressToJson(plan.egress) } : {}),
    diagnostics: plan.diagnostics.map(diagnosticToJson),
  };
}

/** The JSON plan as stable bytes: two-space indent and a trailing newline. */
export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(planToJsonValue(plan), null, 2)}\n`;
}
