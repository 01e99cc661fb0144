import { describe, expect, it } from 'vitest';
import { awsAliasTarget } from './alias-target.js';

describe('awsAliasTarget', () => {
  it.each([
    ['my-lb-1234.us-east-1.elb.amazonaws.com', 'Z35SXDOTRQ7X7K', false, true],
    ['internal-my-lb-1.eu-west-1.elb.amazonaws.com.', 'Z32O12XQLNTSW2', false, true],
    ['dualstack.my-lb-1.eu-central-1.elb.amazonaws.com', 'Z215JYRZR1TBD5', true, true],
    ['my-nlb-abc.elb.us-east-1.amazonaws.com', 'Z26RNL4JYFTOTI', false, true],
    ['my-nlb-abc.elb.us-west-2.amazonaws.com', 'Z18D5FSROUN65G', false, true],
    ['d111abcdef8.cloudfront.net', 'Z2FDTNDATAQYW2', true, false],
    ['d-abc123.execute-api.us-east-1.amazonaws.com', 'Z1UJRXOUMOOFQ8', false, true],
    ['My-LB-1.US-EAST-2.ELB.AMAZONAWS.COM', 'Z3AADJGX6KTTL2', false, true],
  ])('%s -> %s', (name, hostedZoneId, ipv6, canEvaluateHealth) => {
    expect(awsAliasTarget(name)).toEqual({ hostedZoneId, ipv6, canEvaluateHealth });
  });

  it.each([
    'lb.example.net',
    'my-lb.xx-nowhere-9.elb.amazonaws.com',
    'bucket.s3.amazonaws.com',
    'cloudfront.net.example.com',
  ])('%s is not an alias target', (name) => {
    expect(awsAliasTarget(name)).toBeUndefined();
  });
});
