import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { summaryLine } from '../report/summary-line.js';
import { reportDrift } from './drift-issue.js';
import { linkBase, type Flow, type FlowOutcome } from './flow.js';
import { fitComment } from './plan-comment.js';
import { reportPlan } from './plan-artifacts.js';
import { planHasChanges } from './plan-outputs.js';

// An issue body has the same 65,536-character limit as a comment; keep room for the marker.
const ISSUE_BODY_CHARS = 64_000;

/**
 * Drift mode (schedule, manual run): plan the checked-out default branch against the provider.
 * Drift opens one issue, updates it while it persists, and closes it when it is gone.
 */
export async function runDriftFlow(flow: Flow): Promise<FlowOutcome> {
  const { context, engine, reporter, settings, github } = flow;
  const plan = await engine.plan();
  const links = linkBase(context, context.sha);
  await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: 'gitops-dns drift',
    ...(links ? { linkBase: links } : {}),
  });
  const drift = planHasChanges(plan);
  reporter.info(
    drift ? `drift in ${engine.configPath}: ${summaryLine(plan)}` : `no drift in ${engine.configPath}`,
  );
  if (github) {
    const run = context.runUrl ? ` ([run](${context.runUrl}))` : '';
    const intro = `The DNS provider differs from \`${engine.configPath}\` on \`${context.sha.slice(0, 12)}\`${run}. Applying the default branch again (or fixing the records by hand) brings them back in line; this issue closes by itself when the drift is gone.`;
    const outcome = await reportDrift(github, {
      configPath: engine.configPath,
      drift,
      title: `DNS drift: ${summaryLine(plan)} (${engine.configPath})`,
      body: fitComment(
        `${intro}\n\n${renderPlanMarkdown(plan, { maxChars: ISSUE_BODY_CHARS - intro.length, title: 'Drift', ...(links ? { linkBase: links } : {}) })}`,
        ISSUE_BODY_CHARS,
      ),
      resolvedComment: `The drift is gone: the provider matches \`${engine.configPath}\` again at \`${context.sha.slice(0, 12)}\`${run}.`,
    });
    reporter.info(
      outcome.action === 'none'
        ? 'no drift issue to update'
        : `drift issue #${outcome.issueNumber}: ${outcome.action}`,
    );
  } else reporter.warning('no github-token: drift is reported in the job summary only');
  if (drift && settings.failOnDrift)
    return { failure: `drift in ${engine.configPath}: ${summaryLine(plan)}` };
  return {};
}
