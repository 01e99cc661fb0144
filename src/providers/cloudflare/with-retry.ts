/**
 * Retries a Cloudflare API call on 429 (rate limited), 5xx and connection failures, honouring
 * `Retry-After`. The SDK's own retries are switched off so that waits go through an injectable
 * `sleep` (tests do not wait) and every wait is logged; the policy is otherwise the SDK's.
 */

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
}

/** Longest wait honoured from a Retry-After header; Cloudflare's rate-limit window is 5 minutes. */
const maxRetryAfterMs = 300_000;

interface HttpFailure {
  status?: number;
  headers?: { get(name: string): string | null };
}

/** Whether the error is worth another attempt (rate limit, server error, no response at all). */
export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as HttpFailure).status;
  if (typeof status === 'number') return status === 429 || status >= 500;
  return (
    (error as Error).name === 'APIConnectionError' || (error as Error).name === 'APIConnectionTimeoutError'
  );
}

/** Milliseconds the server asked us to wait (Retry-After seconds or HTTP date), if it did. */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | undefined {
  const header = (error as HttpFailure | undefined)?.headers?.get?.('retry-after');
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), maxRetryAfterMs);
}

/** Exponential backoff without a Retry-After: 0.5 s, 1 s, 2 s, ... at most 8 s. */
export function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000);
}

export async function withRetry<T>(what: string, call: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= options.maxRetries || !isRetryable(error)) throw error;
      const waitMs = retryAfterMs(error) ?? backoffMs(attempt);
      const status = (error as HttpFailure).status ?? 'connection failure';
      options.log(
        `cloudflare: ${what}: ${status}; retrying in ${(waitMs / 1000).toFixed(1)}s (${attempt + 1}/${options.maxRetries})`,
      );
      await options.sleep(waitMs);
    }
  }
}
