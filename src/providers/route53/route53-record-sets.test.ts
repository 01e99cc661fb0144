import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset } from '../../records/record.js';
import { fromRoute53RecordSets, toRoute53RecordSets } from './route53-record-sets.js';

const settings = { zone: 'example.com', zoneId: 'ZSELF', aliasDefault: true, evaluateTargetHealth: true };
const cname = (name: string, target: string, providerSpecific?: Record<string, string>): Rrset => ({
  name,
  type: 'CNAME',
  ttlSeconds: 300,
  values: [target],
  ...(providerSpecific ? { providerSpecific } : {}),
});
const written = (rrset: Rrset, overrides = {}) =>
  toRoute53RecordSets(rrset, { ...settings, ...overrides }).map((s) =>
    s.AliasTarget
      ? `${s.Type} alias ${s.AliasTarget.HostedZoneId} ${s.AliasTarget.DNSName} ${s.AliasTarget.EvaluateTargetHealth}`
      : `${s.Type} ${s.TTL}`,
  );

describe('toRoute53RecordSets', () => {
  it.each([
    [
      'ELB, alias default on',
      cname('app.example.com', 'lb-1.us-east-1.elb.amazonaws.com'),
      {},
      ['A alias Z35SXDOTRQ7X7K lb-1.us-east-1.elb.amazonaws.com. true'],
    ],
    [
      'ELB, alias default off',
      cname('app.example.com', 'lb-1.us-east-1.elb.amazonaws.com'),
      { aliasDefault: false },
      ['CNAME 300'],
    ],
    [
      'annotation alias=true beats default off',
      cname('app.example.com', 'lb-1.us-east-1.elb.amazonaws.com', { alias: 'true' }),
      { aliasDefault: false },
      ['A alias Z35SXDOTRQ7X7K lb-1.us-east-1.elb.amazonaws.com. true'],
    ],
    [
      'annotation alias=false',
      cname('app.example.com', 'lb-1.us-east-1.elb.amazonaws.com', { alias: 'false' }),
      {},
      ['CNAME 300'],
    ],
    [
      'evaluate-target-health annotation',
      cname('app.example.com', 'lb-1.us-east-1.elb.amazonaws.com', { 'evaluate-target-health': 'false' }),
      {},
      ['A alias Z35SXDOTRQ7X7K lb-1.us-east-1.elb.amazonaws.com. false'],
    ],
    [
      'dual-stack ELB',
      cname('app.example.com', 'dualstack.lb-1.us-east-1.elb.amazonaws.com'),
      { evaluateTargetHealth: false },
      [
        'A alias Z35SXDOTRQ7X7K dualstack.lb-1.us-east-1.elb.amazonaws.com. false',
        'AAAA alias Z35SXDOTRQ7X7K dualstack.lb-1.us-east-1.elb.amazonaws.com. false',
      ],
    ],
    ['non-AWS target', cname('app.example.com', 'lb.example.net'), {}, ['CNAME 300']],
    [
      'apex, alias off',
      cname('example.com', 'lb-1.us-east-1.elb.amazonaws.com'),
      { aliasDefault: false },
      ['A alias Z35SXDOTRQ7X7K lb-1.us-east-1.elb.amazonaws.com. true'],
    ],
    [
      'apex to a name in the zone',
      cname('example.com', 'www.example.com'),
      {},
      ['A alias ZSELF www.example.com. true'],
    ],
  ])('%s', (_, rrset, overrides, expected) => {
    expect(written(rrset, overrides)).toEqual(expected);
  });

  it('refuses an apex CNAME to a name outside AWS and the zone', () => {
    expect(() => toRoute53RecordSets(cname('example.com', 'lb.example.net'), settings)).toThrow(
      GitopsDnsError,
    );
  });
});

describe('fromRoute53RecordSets', () => {
  const alias = (name: string, type: 'A' | 'AAAA', dnsName: string): ResourceRecordSet => ({
    Name: name,
    Type: type,
    AliasTarget: { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: dnsName, EvaluateTargetHealth: false },
  });

  it('folds A and AAAA aliases into one CNAME', () => {
    expect(
      fromRoute53RecordSets([
        alias('cdn.example.com.', 'A', 'd1.cloudfront.net.'),
        alias('cdn.example.com.', 'AAAA', 'd1.cloudfront.net.'),
      ]),
    ).toEqual([cname('cdn.example.com', 'd1.cloudfront.net', { alias: 'true' })]);
  });

  it('lists an alias of another type (CNAME to a record of the zone) with its target, not empty', () => {
    const set: ResourceRecordSet = {
      Name: 'old.example.com.',
      Type: 'CNAME',
      AliasTarget: { HostedZoneId: 'ZSELF', DNSName: 'www.example.com.', EvaluateTargetHealth: false },
    };
    expect(fromRoute53RecordSets([set])).toEqual([
      cname('old.example.com', 'www.example.com', { alias: 'true' }),
    ]);
  });

  it('round-trips what it writes, so a second plan is empty', () => {
    for (const desired of [
      cname('app.example.com', 'lb-1.us-east-1.elb.amazonaws.com', { alias: 'true' }),
      cname('cdn.example.com', 'd1.cloudfront.net', { alias: 'true' }),
      {
        name: 't.example.com',
        type: 'TXT',
        ttlSeconds: 60,
        values: ['a "quoted" value', 'x'.repeat(300)].sort(),
      },
      {
        name: 'example.com',
        type: 'MX',
        ttlSeconds: 60,
        values: ['10 mx1.example.net', '20 mx2.example.net'],
      },
    ]) {
      expect(fromRoute53RecordSets(toRoute53RecordSets(desired, settings))).toEqual([desired]);
    }
  });

  it('keeps the first of several routing-policy record sets and says so', () => {
    const messages: string[] = [];
    const weighted = (id: string, ip: string): ResourceRecordSet => ({
      Name: 'w.example.com.',
      Type: 'A',
      SetIdentifier: id,
      TTL: 60,
      ResourceRecords: [{ Value: ip }],
    });
    const listed = fromRoute53RecordSets([weighted('one', '192.0.2.1'), weighted('two', '192.0.2.2')], (m) =>
      messages.push(m),
    );
    expect(listed.map((r) => r.values)).toEqual([['192.0.2.1']]);
    expect(messages).toHaveLength(1);
  });
});
