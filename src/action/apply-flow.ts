import type { Plan } from '../plan/plan.js';
import { countChanges } from '../reconcile/run-plan.js';
import { summaryLine } from '../report/summary-line.js';
import { reportPlan } from './plan-artifacts.js';
import { composePlanComment, withStatus } from './plan-comment.js';
import { changeLines, describeDifference, readChanges } from './plan-difference.js';
import { planHasChanges } from './plan-outputs.js';
import { diagnosticsFailure, linkBase, type Flow, type FlowOutcome } from './flow.js';
import type { CommitPullRequest, IssueComment } from './github-api.js';
import { findPlanComment, readChecksum } from './pr-comment.js';
import { renderApplyStatus } from './apply-status.js';

/** The pull request that a pushed commit came from, when the API knows one. */
export function mergedPullRequest(
  pulls: readonly CommitPullRequest[],
  sha: string,
): CommitPullRequest | undefined {
  return (
    pulls.find((p) => p.mergeCommitSha === sha && p.mergedAt) ??
    pulls.find((p) => p.mergedAt) ??
    pulls.find(() => true)
  );
}

interface Review {
  pr: CommitPullRequest;
  comment?: IssueComment;
  checksum?: string;
}

/**
 * Apply mode, after merge: the plan applied must be the plan reviewed on the pull request. Find
 * the pull request of the pushed commit, read the reviewed checksum from its comment, recompute;
 * on a difference apply nothing and fail showing it (unless `force`). Otherwise apply, plan again
 * (it must be empty), and write the result into the pull request's comment.
 */
export async function runApplyFlow(flow: Flow): Promise<FlowOutcome> {
  const { context, engine, reporter, settings } = flow;
  const review = await findReview(flow);
  if (!review && engine.directPush === 'skip') {
    reporter.info(`no pull request for ${context.sha} and direct-push is skip: nothing applied`);
    return {};
  }
  if (!review)
    reporter.info(`no pull request for ${context.sha}: a direct push, applied as direct-push: apply says`);

  const plan = await engine.plan({ force: settings.force });
  // A merged pull request without a reviewed plan: nobody saw these changes, so none is applied.
  if (review && !review.checksum && planHasChanges(plan)) {
    if (!settings.force) {
      return refuse(
        flow,
        review,
        plan,
        `Nothing applied: #${review.pr.number} has no reviewed plan for ${engine.configPath} (no gitops-dns comment with a checksum), but the plan now shows ${summaryLine(plan)}. Run the plan workflow on pull requests (with comment: always or changes) and review it, or run with force: true.`,
      );
    }
    reporter.warning(
      `no reviewed plan found on #${review.pr.number} for ${engine.configPath}; applying anyway (force)`,
    );
  }
  if (review?.checksum && plan.checksum !== review.checksum && !settings.force) {
    // A re-run of an apply that succeeded, or the records were made by hand: nothing to write.
    if (!planHasChanges(plan)) return nothingToApply(flow, plan);
    const difference = describeDifference(
      review.comment ? readChanges(review.comment.body) : undefined,
      changeLines(plan),
    );
    return refuse(
      flow,
      review,
      plan,
      `Nothing applied: the plan for ${engine.configPath} differs from the one reviewed on #${review.pr.number} (reviewed ${review.checksum.slice(0, 12)}, now ${plan.checksum.slice(0, 12)}). Something changed between review and merge, e.g. a record edited at the provider. Re-run the plan on a new pull request and review it, or run with force: true.\n${difference}`,
    );
  }

  let result;
  try {
    result = await engine.apply({
      force: settings.force,
      ...(review?.checksum ? { expectedChecksum: review.checksum } : {}),
    });
  } catch (error) {
    const reason = (error as Error).message;
    await finish(
      flow,
      review,
      plan,
      renderApplyStatus({ kind: 'failed', sha: context.sha, reason, runUrl: context.runUrl }),
      'not-applied',
    );
    throw error;
  }
  const applied = result.plan.zones
    .filter((z) => result.appliedZones.includes(z.zone))
    .map((z) => ({ zone: z.zone, ...countChanges({ ...result.plan, zones: [z] }) }));
  reporter.info(
    applied.length > 0
      ? `applied ${summaryLine(result.plan)} to ${result.appliedZones.join(', ')}`
      : 'nothing to apply',
  );
  const remaining = planHasChanges(result.after);
  const status = renderApplyStatus({
    kind: remaining ? 'incomplete' : 'applied',
    sha: context.sha,
    zones: applied,
    runUrl: context.runUrl,
    ...(remaining ? { reason: `after applying, the plan still shows ${summaryLine(result.after)}` } : {}),
  });
  await finish(flow, review, result.plan, status, 'applied');
  return remaining
    ? {
        failure: `Applied, but the provider still differs from the repository: ${summaryLine(result.after)}. See the job summary.`,
      }
    : {};
}

/**
 * The plan differs from the reviewed one but has no changes: nothing is written, so nothing
 * unreviewed can be. The comment is left as it is (it shows what was applied or refused before).
 */
async function nothingToApply(flow: Flow, plan: Plan): Promise<FlowOutcome> {
  const { context, engine, reporter } = flow;
  reporter.info(
    `nothing to apply for ${engine.configPath}: the provider already holds what the repository says (the reviewed changes were applied before, e.g. by an earlier run of this job)`,
  );
  const links = linkBase(context, context.sha);
  await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: 'gitops-dns apply',
    status: renderApplyStatus({ kind: 'applied', sha: context.sha, zones: [], runUrl: context.runUrl }),
    ...(links ? { linkBase: links } : {}),
  });
  return diagnosticsFailure(plan.diagnostics);
}

/** Applies nothing: reports the plan with the reason, marks the comment refused, fails the step. */
async function refuse(flow: Flow, review: Review, plan: Plan, message: string): Promise<FlowOutcome> {
  const { sha, runUrl } = flow.context;
  await finish(
    flow,
    review,
    plan,
    renderApplyStatus({ kind: 'refused', sha, reason: message, runUrl }),
    'not-applied',
  );
  return { failure: message };
}

async function findReview(flow: Flow): Promise<Review | undefined> {
  const { context, engine, github } = flow;
  if (!github || !context.sha) return undefined;
  const pr = mergedPullRequest(await github.pullsForCommit(context.sha), context.sha);
  if (!pr) return undefined;
  const comment = await findPlanComment(github, pr.number, engine.configPath);
  const checksum = comment ? readChecksum(comment.body) : undefined;
  return { pr, ...(comment ? { comment } : {}), ...(checksum ? { checksum } : {}) };
}

/** Reports the plan with the apply status, and writes the status into the PR's comment. */
async function finish(
  flow: Flow,
  review: Review | undefined,
  plan: Plan,
  status: string,
  outcome: 'applied' | 'not-applied',
): Promise<void> {
  const { context, engine, reporter, github } = flow;
  const links = linkBase(context, context.sha);
  await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: 'gitops-dns apply',
    status,
    ...(links ? { linkBase: links } : {}),
  });
  if (!review?.comment || !github) return;
  // Applied: the comment shows what was applied. Not applied: it keeps the reviewed plan and its
  // checksum, so that re-running the job cannot apply a plan nobody reviewed.
  const body =
    outcome === 'applied'
      ? composePlanComment(plan, {
          configPath: engine.configPath,
          status,
          ...(links ? { linkBase: links } : {}),
        })
      : withStatus(review.comment.body, status);
  try {
    await github.updateComment(review.comment.id, body);
  } catch (error) {
    reporter.warning(`could not update the comment on #${review.pr.number}: ${(error as Error).message}`);
  }
}
