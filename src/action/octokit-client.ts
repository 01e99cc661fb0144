import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubApi } from './github-api.js';
import { createOctokitGitHubApi } from './octokit-github-api.js';

export interface ClientOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  log: (message: string) => void;
}

// Retries after a rate limit: enough to ride out a burst, never an endless wait in a job.
const MAX_RATE_LIMIT_RETRIES = 2;

/** Octokit with retries (5xx, network) and throttling (primary and secondary rate limits). */
export function createGitHubClient(options: ClientOptions): GitHubApi {
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      userAgent: 'gitops-dns',
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          options.log(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          options.log(
            `GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`,
          );
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
  return createOctokitGitHubApi(octokit, { owner: options.owner, repo: options.repo });
}
