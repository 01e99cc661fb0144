import type { Change } from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { changeCost, minimumBatchCount, packBatches } from './change-batches.js';

function change(action: Change['Action'], values: string[]): Change {
  return {
    Action: action,
    ResourceRecordSet: {
      Name: 'x.example.com.',
      Type: 'TXT',
      TTL: 60,
      ResourceRecords: values.map((Value) => ({ Value })),
    },
  };
}

describe('changeCost', () => {
  it.each([
    ['CREATE', ['"ab"', '"c"'], { records: 2, valueChars: 7 }],
    ['DELETE', ['"ab"'], { records: 1, valueChars: 4 }],
    ['UPSERT', ['"ab"', '"c"'], { records: 4, valueChars: 14 }],
  ] as const)('%s of %j costs %j', (action, values, cost) => {
    expect(changeCost(change(action, [...values]))).toEqual(cost);
  });

  it('counts an alias change as one record', () => {
    const alias: Change = {
      Action: 'CREATE',
      ResourceRecordSet: {
        Name: 'a.',
        Type: 'A',
        AliasTarget: { HostedZoneId: 'Z', DNSName: 'b.', EvaluateTargetHealth: false },
      },
    };
    expect(changeCost(alias)).toEqual({ records: 1, valueChars: 0 });
  });
});

describe('packBatches', () => {
  const limits = { maxRecords: 10, maxValueChars: 100 };

  it.each([
    ['records', Array.from({ length: 25 }, () => [change('CREATE', ['"x"'])]), [10, 10, 5]],
    ['UPSERT twice', Array.from({ length: 12 }, () => [change('UPSERT', ['"x"'])]), [5, 5, 2]],
    [
      'characters',
      Array.from({ length: 5 }, () => [change('CREATE', ['"' + 'x'.repeat(38) + '"'])]),
      [2, 2, 1],
    ],
  ])('splits by %s', (_, groups, sizes) => {
    expect(packBatches(groups, limits).map((b) => b.length)).toEqual(sizes);
  });

  it('never splits a group', () => {
    const pair = [change('CREATE', ['"x"']), change('CREATE', ['"y"'])];
    const batches = packBatches(
      Array.from({ length: 7 }, () => pair),
      limits,
    );
    expect(batches.map((b) => b.length)).toEqual([10, 4]);
  });

  it.each([
    [Array.from({ length: 2500 }, () => change('CREATE', ['"x"'])), 3],
    [Array.from({ length: 600 }, () => change('UPSERT', ['"x"'])), 2],
    [Array.from({ length: 100 }, () => change('CREATE', ['x'.repeat(1000)])), 4],
    [[], 0],
  ])('minimum batch count %#', (changes, count) => {
    expect(minimumBatchCount(changes)).toBe(count);
  });
});
