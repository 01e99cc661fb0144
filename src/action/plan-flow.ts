import { renderEndpointsText } from '../report/endpoints-text.js';
import { summaryLine } from '../report/summary-line.js';
import { capSummary } from './job-summary.js';
import { annotate, reportPlan } from './plan-artifacts.js';
import { composePlanComment } from './plan-comment.js';
import { planHasChanges } from './plan-outputs.js';
import { diagnosticsFailure, linkBase, type Flow, type FlowOutcome } from './flow.js';
import { isPermissionDenied } from './github-api.js';
import { upsertPlanComment } from './pr-comment.js';

/**
 * Plan mode: compute the plan, report it (JSON, outputs, annotations, summary) and keep the pull
 * request's comment up to date. Error diagnostics fail the step after the comment is posted.
 */
export async function runPlanFlow(flow: Flow): Promise<FlowOutcome> {
  const { context, engine, reporter, settings } = flow;
  const pr = context.pullRequest;
  if (pr?.fromFork) return runForkFlow(flow, 'a pull request from a fork');
  if (pr?.byDependabot) return runForkFlow(flow, 'a Dependabot pull request');
  const plan = await engine.plan({ force: settings.force });
  const links = linkBase(context, pr?.headSha ?? context.sha);
  await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: 'gitops-dns plan',
    ...(links ? { linkBase: links } : {}),
  });
  reporter.info(`plan for ${engine.configPath}: ${summaryLine(plan)} (checksum ${plan.checksum})`);
  if (pr && flow.github) {
    const body = composePlanComment(plan, {
      configPath: engine.configPath,
      ...(links ? { linkBase: links } : {}),
    });
    try {
      const outcome = await upsertPlanComment(flow.github, pr.number, {
        configPath: engine.configPath,
        body,
        when: settings.comment,
        hasChanges: planHasChanges(plan),
      });
      reporter.info(
        outcome.action === 'skipped'
          ? `no comment: ${outcome.reason}`
          : `comment ${outcome.commentId} on #${pr.number}: ${outcome.action}`,
      );
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      reporter.warning(
        `the token may not comment on #${pr.number} (${(error as Error).message}); the plan is in the job summary. Grant \`pull-requests: write\` to comment.`,
      );
    }
  } else if (pr && settings.comment !== 'never') {
    reporter.warning('no github-token: the plan is in the job summary only');
  }
  return diagnosticsFailure(plan.diagnostics);
}

/**
 * A fork's (or Dependabot's) pull request runs with a read-only token and no secrets: validate and
 * extract (records, egress hosts, diagnostics) without asking the provider, report in the job
 * summary, and never try to comment. `who` names the kind of pull request, e.g. `a pull request from a fork`.
 */
export async function runForkFlow(flow: Flow, who: string): Promise<FlowOutcome> {
  const { engine, reporter } = flow;
  const extraction = await engine.endpoints();
  annotate(extraction.diagnostics, reporter);
  const text = renderEndpointsText(extraction, { color: false });
  await reporter.writeSummary(
    capSummary(
      [
        `## gitops-dns: \`${engine.configPath}\` (${who})`,
        '',
        `${who[0]!.toUpperCase()}${who.slice(1)} gets no secrets and a read-only token, so the DNS provider was not asked and no comment was posted. The manifests were validated; this is what they declare:`,
        '',
        '```text',
        text.replaceAll('```', '``\u200b`'),
        '```',
        '',
      ].join('\n'),
    ),
  );
  reporter.info(
    `${who}: ${extraction.records.length} records, ${extraction.egress.length} egress hosts, ${extraction.diagnostics.length} diagnostics (provider not asked)`,
  );
  return diagnosticsFailure(extraction.diagnostics);
}
