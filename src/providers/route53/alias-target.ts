/**
 * Which DNS names Route 53 can alias, and the canonical hosted zone id each alias must name.
 * The ids are AWS's published per-region constants (docs.aws.amazon.com/general/latest/gr/elb.html,
 * .../apigateway.html, .../cf_region.html). A target outside these tables is not aliased.
 */

/** CloudFront distributions: one global hosted zone. */
export const CLOUDFRONT_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';

/** Application and Classic Load Balancers: `<name>.<region>.elb.amazonaws.com`. */
const ALB_ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'Z35SXDOTRQ7X7K',
  'us-east-2': 'Z3AADJGX6KTTL2',
  'us-west-1': 'Z368ELLRRE2KJ0',
  'us-west-2': 'Z1H1FL5HABSF5',
  'af-south-1': 'Z268VQBMOI5EKX',
  'ap-east-1': 'Z3DQVH9N71FHZ0',
  'ap-south-1': 'ZP97RAFLXTNZK',
  'ap-northeast-1': 'Z14GRHDCWA56QT',
  'ap-northeast-2': 'ZWKZPGTI48KDX',
  'ap-northeast-3': 'Z5LXEXXYW11ES',
  'ap-southeast-1': 'Z1LMS91P8CMLE5',
  'ap-southeast-2': 'Z1GM3OXH4ZPM65',
  'ap-southeast-3': 'Z08888821HLRG5A9ZRTER',
  'ca-central-1': 'ZQSVJUPU6J1EY',
  'eu-central-1': 'Z215JYRZR1TBD5',
  'eu-west-1': 'Z32O12XQLNTSW2',
  'eu-west-2': 'ZHURV8PSTC4K8',
  'eu-west-3': 'Z3Q77PNBQS71R4',
  'eu-north-1': 'Z23TAZ6LKFMNIO',
  'eu-south-1': 'Z3ULH7SSC9OV64',
  'me-south-1': 'ZS929ML54UICD',
  'sa-east-1': 'Z2P70J7HTTTPLU',
  'cn-north-1': 'Z1GDH35T77C1KE',
  'cn-northwest-1': 'ZM7IZAIOVVDZF',
  'us-gov-west-1': 'Z33AYJ8TM3BH4J',
  'us-gov-east-1': 'Z166TLBEWOO7G0',
};

/** Network Load Balancers: `<name>.elb.<region>.amazonaws.com`. */
const NLB_ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'Z26RNL4JYFTOTI',
  'us-east-2': 'ZLMOA37VPKANP',
  'us-west-1': 'Z24FKFUX50B4VW',
  'us-west-2': 'Z18D5FSROUN65G',
  'ap-east-1': 'Z12Y7K3UBGUAD1',
  'ap-south-1': 'ZVDDRBQ08TROA',
  'ap-northeast-1': 'Z31USIVHYNEOWT',
  'ap-northeast-2': 'ZIBE1TIR4HY56',
  'ap-southeast-1': 'ZKVM4W9LS7TM',
  'ap-southeast-2': 'ZCT6FZBF4DROD',
  'ca-central-1': 'Z2EPGBW3API2WT',
  'eu-central-1': 'Z3F0SRJ5LGBH90',
  'eu-west-1': 'Z2IFOLAFXWLO4F',
  'eu-west-2': 'ZD4D7Y8KGAS4G',
  'eu-west-3': 'Z1CMS0P5QUZ6D5',
  'eu-north-1': 'Z1UDT6IFJ4EJM',
  'eu-south-1': 'Z23146JA1KNAFP',
  'sa-east-1': 'ZTK26PT1VY4CU',
  'cn-north-1': 'Z3QFB96KMJ7ED6',
  'cn-northwest-1': 'ZQEIKTCZ8352D',
};

/** Regional API Gateway custom domains: `d-<id>.execute-api.<region>.amazonaws.com`. */
const API_GATEWAY_ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'Z1UJRXOUMOOFQ8',
  'us-east-2': 'ZOJJZC49E0EPZ',
  'us-west-1': 'Z2MUQ32089INYE',
  'us-west-2': 'Z2OJLYMUO9EFXC',
  'af-south-1': 'Z2DHW2332DAMTN',
  'ap-east-1': 'Z3FD1VL90ND7K5',
  'ap-south-1': 'Z3VO1THU9YC4UR',
  'ap-northeast-2': 'Z20JF4UZKIW1U8',
  'ap-northeast-3': 'Z22ILHG95FLSZ2',
  'ap-southeast-1': 'ZL327KTPIQFUL',
  'ap-southeast-2': 'Z2RPCDW04V8134',
};

export interface AwsAliasTarget {
  /** The canonical hosted zone id an AliasTarget must name for this DNS name. */
  hostedZoneId: string;
  /** The target answers AAAA too (dual-stack load balancers, CloudFront), so an AAAA alias is written beside the A alias. */
  ipv6: boolean;
  /** AWS refuses EvaluateTargetHealth=true for CloudFront targets. */
  canEvaluateHealth: boolean;
}

/** The AWS service behind `dnsName` when Route 53 can alias it; `undefined` otherwise. */
export function awsAliasTarget(dnsName: string): AwsAliasTarget | undefined {
  const name = dnsName.toLowerCase().replace(/\.$/, '');
  if (name.endsWith('.cloudfront.net')) {
    return { hostedZoneId: CLOUDFRONT_HOSTED_ZONE_ID, ipv6: true, canEvaluateHealth: false };
  }
  const dualStack = name.startsWith('dualstack.');
  const alb = /\.([a-z0-9-]+)\.elb\.amazonaws\.com(?:\.cn)?$/.exec(name);
  const nlb = /\.elb\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(name);
  const api = /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/.exec(name);
  const zoneId =
    (alb && ALB_ZONES[alb[1]!]) ??
    (nlb && NLB_ZONES[nlb[1]!]) ??
    (api && API_GATEWAY_ZONES[api[1]!]) ??
    undefined;
  return zoneId ? { hostedZoneId: zoneId, ipv6: dualStack, canEvaluateHealth: true } : undefined;
}
