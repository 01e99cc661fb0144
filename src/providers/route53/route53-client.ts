import { Route53Client } from '@aws-sdk/client-route-53';

export interface Route53ClientOptions {
  region: string;
  /** An endpoint override (an emulator or proxy); unset means AWS. */
  endpoint?: string;
  /** Explicit credentials (tests); unset means the SDK's default chain (env, web identity/OIDC, profiles, IMDS). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Attempts per call, first included. */
  maxAttempts?: number;
}

/**
 * The SDK client the provider talks through. Route 53 allows five requests a second per account
 * and answers `Throttling` (or `PriorRequestNotComplete`) beyond; the SDK's adaptive retry mode
 * retries those with exponential backoff and slows its own send rate, so the provider needs no
 * retry loop of its own.
 */
export function createRoute53Client(options: Route53ClientOptions): Route53Client {
  return new Route53Client({
    region: options.region,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 10,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
}
