import type { Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { oversizedGroups, packBatches, ROUTE53_LIMITS } from './change-batches.js';
import type { BatchLimits } from './change-batches.js';
import { groupChanges } from './change-groups.js';

/** How an rrset is written: `current` for the state being replaced or deleted, `desired` for the new one. */
export interface RecordSetWriter {
  current(rrset: Rrset): ResourceRecordSet[];
  desired(rrset: Rrset): ResourceRecordSet[];
}

/**
 * A zone's changes as the fewest ChangeResourceRecordSets requests the limits allow.
 *
 * - create: CREATE, which Route 53 refuses if the rrset appeared out of band;
 * - update: DELETE of the exact current state, then CREATE of the new one, in the same request.
 *   Unlike UPSERT, the DELETE fails when someone changed the rrset since the plan was made, so a
 *   reviewed plan never silently overwrites an out-of-band edit; it also covers a CNAME turning
 *   into an A alias, which UPSERT cannot;
 * - delete: DELETE with the exact current values.
 *
 * Within a group (see change-groups.ts) DELETEs come first, so a name is freed before it is reused.
 */
export function route53Batches(
  changes: readonly RrsetChange[],
  writer: RecordSetWriter,
  limits: BatchLimits = ROUTE53_LIMITS,
): Change[][] {
  const groups = groupChanges(changes).map((group) => {
    const deletes: Change[] = [];
    const creates: Change[] = [];
    for (const change of group) {
      if (change.kind !== 'create') deletes.push(...writer.current(change.before).map(action('DELETE')));
      if (change.kind !== 'delete') creates.push(...writer.desired(change.after).map(action('CREATE')));
    }
    return [...deletes, ...creates];
  });
  const tooLarge = oversizedGroups(groups, limits);
  if (tooLarge.length > 0) {
    const names = [
      ...new Set(tooLarge.flat().map((c) => `${c.ResourceRecordSet?.Name} ${c.ResourceRecordSet?.Type}`)),
    ];
    throw new GitopsDnsError(
      'provider',
      `route53: changes to ${names.slice(0, 5).join(', ')} exceed what one ChangeResourceRecordSets request may hold ` +
        `(${limits.maxRecords} records, ${limits.maxValueChars} value characters) and cannot be applied atomically`,
    );
  }
  return packBatches(groups, limits);
}

function action(kind: 'CREATE' | 'DELETE') {
  return (set: ResourceRecordSet): Change => ({ Action: kind, ResourceRecordSet: set });
}
