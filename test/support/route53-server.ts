/**
 * A stand-in for Route 53's REST-XML API on 127.0.0.1, for tests and the benchmark. It keeps hosted
 * zones and record sets in memory, answers ListHostedZonesByName, ListResourceRecordSets (with its
 * three-field pagination), ChangeResourceRecordSets (AWS's rules, see route53-zone-state.ts) and
 * GetChange, and throttles on demand. Requests are parsed with the AWS SDK's own XML parser and
 * checked strictly; anything malformed gets a 400 and is listed in `malformed`, so a test that
 * asserts `malformed` is empty catches a provider sending what AWS would not accept.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { parseXML, XmlNode } from '@aws-sdk/xml-builder';
import {
  applyChangeBatch,
  canonicalName,
  compareRecordSets,
  InvalidChangeBatchError,
  recordKey,
  type HostedZoneState,
  type ParsedChange,
  type StoredRecordSet,
} from './route53-zone-state.js';

export type { StoredRecordSet } from './route53-zone-state.js';

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const PREFIX = '/2013-04-01';

export interface Route53ServerRequest {
  operation:
    'ListHostedZonesByName' | 'ListResourceRecordSets' | 'ChangeResourceRecordSets' | 'GetChange' | 'Unknown';
  method: string;
  path: string;
  status: number;
  errorCode?: string;
  /** ChangeResourceRecordSets only: Change elements, ResourceRecord elements and Value characters (UPSERT counted twice). */
  changes?: number;
  resourceRecords?: number;
  valueChars?: number;
  /** ChangeResourceRecordSets only: `<action> <name> <type>` of each change, names as sent. */
  rrsets?: string[];
}

export interface Route53Server {
  endpoint: string;
  /** Creates a zone with AWS's apex SOA and NS; returns its id (without `/hostedzone/`). */
  createHostedZone(name: string, opts?: { private?: boolean }): string;
  /** The zone's record sets in Route 53's listing order. */
  rrsets(zoneId: string): StoredRecordSet[];
  /** Writes record sets behind the provider's back (no rules applied). */
  seed(zoneId: string, sets: readonly ResourceRecordSet[]): void;
  requests: Route53ServerRequest[];
  /** Why requests were rejected as malformed; a conforming client leaves this empty. */
  malformed: string[];
  /** The next `count` requests get a `Throttling` error. */
  throttleNext(count?: number): void;
  stop(): Promise<void>;
}

class Malformed extends Error {}

export async function startRoute53Server(): Promise<Route53Server> {
  const zones = new Map<string, HostedZoneState>();
  const changeReads = new Map<string, number>();
  const requests: Route53ServerRequest[] = [];
  const malformed: string[] = [];
  let throttles = 0;
  let zoneCounter = 0;
  let changeCounter = 0;

  const zoneOf = (id: string): HostedZoneState => {
    const zone = zones.get(id.replace(/^\/hostedzone\//, ''));
    if (!zone) throw new AwsError(404, 'NoSuchHostedZone', `No hosted zone found with ID: ${id}`);
    return zone;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: Route53ServerRequest = {
      operation: 'Unknown',
      method: req.method ?? '',
      path: url.pathname,
      status: 200,
    };
    requests.push(record);
    const body = await readBody(req);
    try {
      record.operation = operationOf(req.method ?? '', url.pathname);
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) {
        throw new Malformed('request is not signed with SigV4');
      }
      if (throttles > 0) {
        throttles -= 1;
        throw new AwsError(400, 'Throttling', 'Rate exceeded');
      }
      const xml = route(record, url, body);
      send(res, 200, xml);
    } catch (error) {
      const failure = toFailure(error, req, url);
      if (error instanceof Malformed)
        malformed.push(`${req.method} ${url.pathname}${url.search}: ${error.message}`);
      record.status = failure.status;
      record.errorCode = failure.code;
      send(res, failure.status, failure.xml);
    }
  };

  const route = (record: Route53ServerRequest, url: URL, body: string): string => {
    const segments = url.pathname.slice(PREFIX.length).split('/').filter(Boolean);
    switch (record.operation) {
      case 'ListHostedZonesByName':
        return listHostedZonesByName([...zones.values()], url.searchParams);
      case 'ListResourceRecordSets':
        return listResourceRecordSets(zoneOf(segments[1]!), url.searchParams);
      case 'ChangeResourceRecordSets': {
        const zone = zoneOf(segments[1]!);
        const changes = parseChangeRequest(body);
        Object.assign(record, changeCounts(changes));
        applyChangeBatch(zone, changes);
        changeCounter += 1;
        const id = `C${String(changeCounter).padStart(12, '0')}`;
        changeReads.set(id, 0);
        return changeInfo('ChangeResourceRecordSetsResponse', id, 'PENDING');
      }
      case 'GetChange': {
        const id = segments[1]!;
        const reads = changeReads.get(id);
        if (reads === undefined)
          throw new AwsError(
            404,
            'NoSuchChange',
            `A change with the specified change ID does not exist: ${id}`,
          );
        changeReads.set(id, reads + 1);
        // Propagation takes a while on AWS; here a change is INSYNC from its second read on.
        return changeInfo('GetChangeResponse', id, reads === 0 ? 'PENDING' : 'INSYNC');
      }
      default:
        throw new Malformed(`no Route 53 operation at ${url.pathname}`);
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    malformed,
    createHostedZone(name, opts = {}) {
      zoneCounter += 1;
      const id = `Z${String(zoneCounter).padStart(13, '0')}`;
      const apex = canonicalName(name);
      const zone: HostedZoneState = { id, name: apex, private: opts.private ?? false, records: new Map() };
      const soa = {
        name: apex,
        type: 'SOA',
        ttl: 900,
        values: ['ns-1.awsdns-01.org. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400'],
      };
      const ns = {
        name: apex,
        type: 'NS',
        ttl: 172800,
        values: ['ns-1.awsdns-01.org.', 'ns-2.awsdns-02.co.uk.'],
      };
      for (const set of [soa, ns]) zone.records.set(recordKey(set), set);
      zones.set(id, zone);
      return id;
    },
    rrsets(zoneId) {
      return [...zoneOf(zoneId).records.values()].sort(compareRecordSets);
    },
    seed(zoneId, sets) {
      const zone = zoneOf(zoneId);
      for (const set of sets) {
        const stored = fromSdkShape(set);
        zone.records.set(recordKey(stored), stored);
      }
    },
    throttleNext(count = 1) {
      throttles += count;
    },
    stop: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

class AwsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function operationOf(method: string, path: string): Route53ServerRequest['operation'] {
  if (method === 'GET' && path === `${PREFIX}/hostedzonesbyname`) return 'ListHostedZonesByName';
  if (method === 'GET' && /^\/2013-04-01\/hostedzone\/[^/]+\/rrset\/?$/.test(path))
    return 'ListResourceRecordSets';
  if (method === 'POST' && /^\/2013-04-01\/hostedzone\/[^/]+\/rrset\/?$/.test(path))
    return 'ChangeResourceRecordSets';
  if (method === 'GET' && /^\/2013-04-01\/change\/[^/]+$/.test(path)) return 'GetChange';
  return 'Unknown';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'stand-in' });
  res.end(`<?xml version="1.0"?>\n${xml}`);
}

function toFailure(
  error: unknown,
  req: IncomingMessage,
  url: URL,
): { status: number; code: string; xml: string } {
  if (error instanceof InvalidChangeBatchError) {
    // The SDK reads InvalidChangeBatch's `messages` from Error/Messages/Message.
    const messages = new XmlNode('Messages');
    for (const m of error.messages) messages.addChildNode(XmlNode.of('Message', m));
    const inner = new XmlNode('Error')
      .addChildNode(XmlNode.of('Type', 'Sender'))
      .addChildNode(XmlNode.of('Code', 'InvalidChangeBatch'))
      .addChildNode(XmlNode.of('Message', error.message))
      .addChildNode(messages);
    const xml = new XmlNode('ErrorResponse').addAttribute('xmlns', NS).addChildNode(inner);
    return {
      status: 400,
      code: 'InvalidChangeBatch',
      xml: xml.addChildNode(XmlNode.of('RequestId', 'stand-in')).toString(),
    };
  }
  const [status, code, message] =
    error instanceof AwsError
      ? [error.status, error.code, error.message]
      : error instanceof Malformed
        ? [400, 'InvalidInput', error.message]
        : [500, 'InternalFailure', `${req.method} ${url.pathname}: ${String(error)}`];
  const inner = new XmlNode('Error')
    .addChildNode(XmlNode.of('Type', status >= 500 ? 'Receiver' : 'Sender'))
    .addChildNode(XmlNode.of('Code', code))
    .addChildNode(XmlNode.of('Message', message));
  const xml = new XmlNode('ErrorResponse').addAttribute('xmlns', NS).addChildNode(inner);
  return { status, code, xml: xml.addChildNode(XmlNode.of('RequestId', 'stand-in')).toString() };
}

// ---- ListHostedZonesByName ----

function listHostedZonesByName(zones: HostedZoneState[], params: URLSearchParams): string {
  allowParams(params, ['dnsname', 'hostedzoneid', 'maxitems']);
  const dnsName = params.get('dnsname');
  const startId = params.get('hostedzoneid');
  if (startId && !dnsName) throw new AwsError(400, 'InvalidInput', 'hostedzoneid requires dnsname');
  const maxItems = maxItemsOf(params, 100);
  const order = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    compareRecordSets({ name: a.name }, { name: b.name }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const start = dnsName ? { name: canonicalName(dnsName), id: startId ?? '' } : undefined;
  const sorted = zones.sort(order).filter((z) => !start || order(z, start) >= 0);
  const page = sorted.slice(0, maxItems);
  const list = new XmlNode('HostedZones');
  for (const z of page) {
    list.addChildNode(
      new XmlNode('HostedZone')
        .addChildNode(XmlNode.of('Id', `/hostedzone/${z.id}`))
        .addChildNode(XmlNode.of('Name', z.name))
        .addChildNode(XmlNode.of('CallerReference', `ref-${z.id}`))
        .addChildNode(new XmlNode('Config').addChildNode(XmlNode.of('PrivateZone', String(z.private))))
        .addChildNode(XmlNode.of('ResourceRecordSetCount', String(z.records.size))),
    );
  }
  const xml = new XmlNode('ListHostedZonesByNameResponse').addAttribute('xmlns', NS).addChildNode(list);
  if (dnsName) xml.addChildNode(XmlNode.of('DNSName', dnsName));
  if (startId) xml.addChildNode(XmlNode.of('HostedZoneId', startId));
  const next = sorted[maxItems];
  xml.addChildNode(XmlNode.of('IsTruncated', String(next !== undefined)));
  if (next)
    xml
      .addChildNode(XmlNode.of('NextDNSName', next.name))
      .addChildNode(XmlNode.of('NextHostedZoneId', next.id));
  return xml.addChildNode(XmlNode.of('MaxItems', String(maxItems))).toString();
}

// ---- ListResourceRecordSets ----

function listResourceRecordSets(zone: HostedZoneState, params: URLSearchParams): string {
  allowParams(params, ['name', 'type', 'identifier', 'maxitems']);
  const name = params.get('name');
  const type = params.get('type') ?? undefined;
  if ((type || params.has('identifier')) && !name) throw new Malformed('type/identifier given without name');
  const maxItems = Math.min(maxItemsOf(params, 300), 300);
  const start = name
    ? { name: canonicalName(name), type, setIdentifier: params.get('identifier') ?? undefined }
    : undefined;
  const sorted = [...zone.records.values()]
    .sort(compareRecordSets)
    .filter((r) => !start || compareRecordSets(r, start) >= 0);
  const list = new XmlNode('ResourceRecordSets');
  for (const r of sorted.slice(0, maxItems)) list.addChildNode(recordSetXml(r));
  const xml = new XmlNode('ListResourceRecordSetsResponse').addAttribute('xmlns', NS).addChildNode(list);
  const next = sorted[maxItems];
  xml.addChildNode(XmlNode.of('IsTruncated', String(next !== undefined)));
  if (next) {
    xml
      .addChildNode(XmlNode.of('NextRecordName', next.name))
      .addChildNode(XmlNode.of('NextRecordType', next.type));
    if (next.setIdentifier) xml.addChildNode(XmlNode.of('NextRecordIdentifier', next.setIdentifier));
  }
  return xml.addChildNode(XmlNode.of('MaxItems', String(maxItems))).toString();
}

function recordSetXml(r: StoredRecordSet): XmlNode {
  const node = new XmlNode('ResourceRecordSet')
    .addChildNode(XmlNode.of('Name', r.name))
    .addChildNode(XmlNode.of('Type', r.type));
  if (r.setIdentifier) node.addChildNode(XmlNode.of('SetIdentifier', r.setIdentifier));
  if (r.aliasTarget) {
    return node.addChildNode(
      new XmlNode('AliasTarget')
        .addChildNode(XmlNode.of('HostedZoneId', r.aliasTarget.hostedZoneId))
        .addChildNode(XmlNode.of('DNSName', r.aliasTarget.dnsName))
        .addChildNode(XmlNode.of('EvaluateTargetHealth', String(r.aliasTarget.evaluateTargetHealth))),
    );
  }
  const values = new XmlNode('ResourceRecords');
  for (const v of r.values ?? [])
    values.addChildNode(new XmlNode('ResourceRecord').addChildNode(XmlNode.of('Value', v)));
  return node.addChildNode(XmlNode.of('TTL', String(r.ttl ?? 0))).addChildNode(values);
}

function allowParams(params: URLSearchParams, allowed: string[]): void {
  for (const key of params.keys())
    if (!allowed.includes(key)) throw new Malformed(`unknown query parameter ${key}`);
}

function maxItemsOf(params: URLSearchParams, fallback: number): number {
  const raw = params.get('maxitems');
  if (raw === null) return fallback;
  if (!/^[1-9][0-9]*$/.test(raw)) throw new Malformed(`maxitems ${raw} is not a positive integer`);
  return Number(raw);
}

// ---- ChangeResourceRecordSets ----

const RECORD_TYPES = new Set([
  'SOA',
  'A',
  'TXT',
  'NS',
  'CNAME',
  'MX',
  'NAPTR',
  'PTR',
  'SRV',
  'SPF',
  'AAAA',
  'CAA',
  'DS',
  'TLSA',
  'SSHFP',
  'SVCB',
  'HTTPS',
]);
const RRSET_ELEMENTS = new Set([
  'Name',
  'Type',
  'SetIdentifier',
  'Weight',
  'Region',
  'GeoLocation',
  'Failover',
  'MultiValueAnswer',
  'TTL',
  'ResourceRecords',
  'AliasTarget',
  'HealthCheckId',
  'TrafficPolicyInstanceId',
  'CidrRoutingConfig',
  'GeoProximityLocation',
]);

type XmlValue = string | { [key: string]: XmlValue | XmlValue[] };

function listOf(value: unknown): unknown[] {
  return value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value];
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Malformed(`${where} is not an element with children`);
  return value as Record<string, unknown>;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new Malformed(`${where} is missing or not text`);
  return value;
}

export function parseChangeRequest(body: string): ParsedChange[] {
  let doc: Record<string, XmlValue>;
  try {
    doc = parseXML(body) as Record<string, XmlValue>;
  } catch (error) {
    throw new Malformed(`body is not XML: ${String(error)}`);
  }
  const root = object(doc.ChangeResourceRecordSetsRequest, 'ChangeResourceRecordSetsRequest');
  if (root.xmlns !== NS) throw new Malformed(`root namespace is ${String(root.xmlns)}, expected ${NS}`);
  const batch = object(root.ChangeBatch, 'ChangeBatch');
  for (const key of Object.keys(batch))
    if (key !== 'Comment' && key !== 'Changes') throw new Malformed(`unknown ChangeBatch element ${key}`);
  const changes = listOf(object(batch.Changes, 'Changes').Change);
  if (changes.length === 0) throw new Malformed('ChangeBatch has no Change');
  return changes.map((change, i) => parseChange(object(change, `Change ${i + 1}`), i + 1));
}

function parseChange(change: Record<string, unknown>, n: number): ParsedChange {
  const action = text(change.Action, `Change ${n} Action`);
  if (action !== 'CREATE' && action !== 'DELETE' && action !== 'UPSERT')
    throw new Malformed(`Change ${n}: unknown Action ${action}`);
  const rrs = object(change.ResourceRecordSet, `Change ${n} ResourceRecordSet`);
  for (const key of Object.keys(rrs))
    if (!RRSET_ELEMENTS.has(key)) throw new Malformed(`Change ${n}: unknown element ${key}`);
  const type = text(rrs.Type, `Change ${n} Type`);
  if (!RECORD_TYPES.has(type)) throw new Malformed(`Change ${n}: unknown Type ${type}`);
  const set: StoredRecordSet = { name: canonicalName(text(rrs.Name, `Change ${n} Name`)), type };
  if (rrs.SetIdentifier !== undefined)
    set.setIdentifier = text(rrs.SetIdentifier, `Change ${n} SetIdentifier`);
  if (rrs.AliasTarget !== undefined) {
    if (rrs.TTL !== undefined || rrs.ResourceRecords !== undefined)
      throw new Malformed(`Change ${n}: AliasTarget with TTL or ResourceRecords`);
    const alias = object(rrs.AliasTarget, `Change ${n} AliasTarget`);
    const evaluate = text(alias.EvaluateTargetHealth, `Change ${n} EvaluateTargetHealth`);
    if (evaluate !== 'true' && evaluate !== 'false')
      throw new Malformed(`Change ${n}: EvaluateTargetHealth ${evaluate}`);
    set.aliasTarget = {
      hostedZoneId: text(alias.HostedZoneId, `Change ${n} AliasTarget HostedZoneId`),
      dnsName: canonicalName(text(alias.DNSName, `Change ${n} AliasTarget DNSName`)),
      evaluateTargetHealth: evaluate === 'true',
    };
    return { action, set };
  }
  const ttl = text(rrs.TTL, `Change ${n} TTL`);
  if (!/^[0-9]+$/.test(ttl) || Number(ttl) > 2147483647) throw new Malformed(`Change ${n}: TTL ${ttl}`);
  set.ttl = Number(ttl);
  const records = listOf(object(rrs.ResourceRecords, `Change ${n} ResourceRecords`).ResourceRecord);
  if (records.length === 0) throw new Malformed(`Change ${n}: ResourceRecords is empty`);
  set.values = records.map((r, i) =>
    text(object(r, `Change ${n} ResourceRecord ${i + 1}`).Value, `Change ${n} Value ${i + 1}`),
  );
  return { action, set };
}

function changeCounts(
  changes: readonly ParsedChange[],
): Pick<Route53ServerRequest, 'changes' | 'resourceRecords' | 'valueChars' | 'rrsets'> {
  let resourceRecords = 0;
  let valueChars = 0;
  for (const { action, set } of changes) {
    const factor = action === 'UPSERT' ? 2 : 1;
    resourceRecords += factor * (set.values?.length ?? 0);
    valueChars += factor * (set.values ?? []).reduce((sum, v) => sum + v.length, 0);
  }
  const rrsets = changes.map(({ action, set }) => `${action} ${set.name} ${set.type}`);
  return { changes: changes.length, resourceRecords, valueChars, rrsets };
}

function changeInfo(root: string, id: string, status: string): string {
  const info = new XmlNode('ChangeInfo')
    .addChildNode(XmlNode.of('Id', `/change/${id}`))
    .addChildNode(XmlNode.of('Status', status))
    .addChildNode(XmlNode.of('SubmittedAt', new Date().toISOString()));
  return new XmlNode(root).addAttribute('xmlns', NS).addChildNode(info).toString();
}

function fromSdkShape(set: ResourceRecordSet): StoredRecordSet {
  const stored: StoredRecordSet = { name: canonicalName(set.Name ?? ''), type: set.Type ?? '' };
  if (set.SetIdentifier) stored.setIdentifier = set.SetIdentifier;
  if (set.AliasTarget) {
    stored.aliasTarget = {
      hostedZoneId: set.AliasTarget.HostedZoneId ?? '',
      dnsName: canonicalName(set.AliasTarget.DNSName ?? ''),
      evaluateTargetHealth: set.AliasTarget.EvaluateTargetHealth ?? false,
    };
  } else {
    stored.ttl = set.TTL ?? 300;
    stored.values = (set.ResourceRecords ?? []).map((r) => r.Value ?? '');
  }
  return stored;
}
