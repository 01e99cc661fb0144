import { staleEgressCount } from '../egress/egress-resolution.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { summaryLine } from '../report/summary-line.js';
import { DRIFT_LABEL, reportDrift, type DriftReport } from './drift-issue.js';
import { linkBase, type Flow, type FlowOutcome } from './flow.js';
import { fitComment } from './plan-comment.js';
import { reportPlan } from './plan-artifacts.js';
import { planHasChanges } from './plan-outputs.js';
import type { Plan } from '../plan/plan.js';

// An issue body has the same 65,536-character limit as a comment; keep room for the marker.
const ISSUE_BODY_CHARS = 64_000;

/**
 * Drift mode (schedule, manual run): plan the checked-out default branch against the provider.
 * Drift opens one issue, updates it while it persists, and closes it when it is gone. A run on
 * another branch reports in the job summary only: the issue speaks for the default branch.
 */
export async function runDriftFlow(flow: Flow): Promise<FlowOutcome> {
  const { context, engine, reporter, settings, github } = flow;
  const plan = await engine.plan({ checkEgressDns: true });
  const links = linkBase(context, context.sha);
  await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: 'gitops-dns drift',
    ...(links ? { linkBase: links } : {}),
  });
  const drift = planHasChanges(plan) || staleEgressCount(plan.diagnostics) > 0;
  reporter.info(
    drift ? `drift in ${engine.configPath}: ${driftSummary(plan)}` : `no drift in ${engine.configPath}`,
  );
  const otherBranch =
    context.defaultBranch !== undefined &&
    context.ref !== '' &&
    context.ref !== `refs/heads/${context.defaultBranch}`;
  if (otherBranch)
    reporter.warning(
      `drift checked on ${context.ref}, not on the default branch ${context.defaultBranch}: the drift issue is left alone`,
    );
  else if (!github) reporter.warning('no github-token: drift is reported in the job summary only');
  else {
    const outcome = await reportDrift(github, driftReport(flow, plan, drift));
    reporter.info(
      outcome.action === 'none'
        ? 'no drift issue to update'
        : `drift issue #${outcome.issueNumber}: ${outcome.action}`,
    );
    if (outcome.action === 'opened' && outcome.labelMissing)
      reporter.warning(
        `GitHub dropped the label ${DRIFT_LABEL} from issue #${outcome.issueNumber}; without it the next run cannot find the issue. Grant the token \`issues: write\`.`,
      );
  }
  if (drift && settings.failOnDrift)
    return { failure: `drift in ${engine.configPath}: ${driftSummary(plan)}` };
  return {};
}

/** The plan's summary line, plus the egress hosts that no longer resolve when there are any. */
function driftSummary(plan: Plan): string {
  const stale = staleEgressCount(plan.diagnostics);
  return stale > 0
    ? `${summaryLine(plan)}, ${stale} stale egress host${stale === 1 ? '' : 's'}`
    : summaryLine(plan);
}

function driftReport(flow: Flow, plan: Plan, drift: boolean): DriftReport {
  const { context, engine } = flow;
  const links = linkBase(context, context.sha);
  const run = context.runUrl ? ` ([run](${context.runUrl}))` : '';
  const at = `\`${context.sha.slice(0, 12)}\`${run}`;
  const intro = `The DNS provider differs from \`${engine.configPath}\` on ${at}. Applying the default branch again (or fixing the records by hand) brings them back in line; this issue closes by itself when the drift is gone.`;
  const markdown = renderPlanMarkdown(plan, {
    maxChars: ISSUE_BODY_CHARS - intro.length,
    title: 'Drift',
    truncationHint: 'the full plan is in the job summary of the run',
    ...(links ? { linkBase: links } : {}),
  });
  return {
    configPath: engine.configPath,
    drift,
    title: `DNS drift: ${driftSummary(plan)} (${engine.configPath})`,
    body: fitComment(`${intro}\n\n${markdown}`, ISSUE_BODY_CHARS),
    resolvedComment: `The drift is gone: the provider matches \`${engine.configPath}\` again at ${at}.`,
  };
}
