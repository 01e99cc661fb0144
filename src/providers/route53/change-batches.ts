import type { Change } from '@aws-sdk/client-route-53';

/**
 * AWS's limits on one ChangeResourceRecordSets request: at most 1,000 ResourceRecord elements and
 * 32,000 characters summed over all Value elements, where an UPSERT counts both twice.
 */
export interface BatchLimits {
  maxRecords: number;
  maxValueChars: number;
}

export const ROUTE53_LIMITS: BatchLimits = { maxRecords: 1000, maxValueChars: 32_000 };

export interface BatchCost {
  records: number;
  valueChars: number;
}

/**
 * What one change costs against the limits. An alias change holds no ResourceRecord element; it is
 * counted as one anyway, a safe bound that keeps alias-heavy batches within the change count AWS
 * will process in one request.
 */
export function changeCost(change: Change): BatchCost {
  const factor = change.Action === 'UPSERT' ? 2 : 1;
  const records = change.ResourceRecordSet?.ResourceRecords ?? [];
  const valueChars = records.reduce((sum, r) => sum + (r.Value?.length ?? 0), 0);
  return { records: factor * Math.max(records.length, 1), valueChars: factor * valueChars };
}

function groupCost(group: readonly Change[]): BatchCost {
  return group.reduce(
    (sum, change) => {
      const cost = changeCost(change);
      return { records: sum.records + cost.records, valueChars: sum.valueChars + cost.valueChars };
    },
    { records: 0, valueChars: 0 },
  );
}

function fits(cost: BatchCost, limits: BatchLimits): boolean {
  return cost.records <= limits.maxRecords && cost.valueChars <= limits.maxValueChars;
}

/**
 * Packs groups (changes that must stay together) into requests, in order: each group goes into the
 * current request while it fits, else starts the next. For a fixed order this "next fit" gives the
 * fewest requests; keeping the order keeps deletes ahead of the creates that may depend on them.
 * A group too large for any request cannot be applied atomically and is refused by the caller.
 */
export function packBatches(
  groups: readonly (readonly Change[])[],
  limits: BatchLimits = ROUTE53_LIMITS,
): Change[][] {
  const batches: Change[][] = [];
  let current: Change[] = [];
  let used: BatchCost = { records: 0, valueChars: 0 };
  for (const group of groups) {
    const cost = groupCost(group);
    const together = { records: used.records + cost.records, valueChars: used.valueChars + cost.valueChars };
    if (current.length > 0 && !fits(together, limits)) {
      batches.push(current);
      current = [];
      used = { records: 0, valueChars: 0 };
    }
    current.push(...group);
    used = { records: used.records + cost.records, valueChars: used.valueChars + cost.valueChars };
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Groups that no single request can hold. */
export function oversizedGroups(
  groups: readonly (readonly Change[])[],
  limits: BatchLimits = ROUTE53_LIMITS,
): Change[][] {
  return groups.filter((group) => !fits(groupCost(group), limits)).map((g) => [...g]);
}

/** The fewest requests the limits allow for these changes, ignoring grouping: a lower bound. */
export function minimumBatchCount(changes: readonly Change[], limits: BatchLimits = ROUTE53_LIMITS): number {
  if (changes.length === 0) return 0;
  const total = groupCost(changes);
  return Math.max(
    1,
    Math.ceil(total.records / limits.maxRecords),
    Math.ceil(total.valueChars / limits.maxValueChars),
  );
}
