/**
 * The one error family: every failure that stops a command carries a `code` and an optional
 * `cause`. Problems with a single manifest are diagnostics, not errors.
 */
export type ErrorCode =
  | 'config'
  | 'usage'
  | 'manifest'
  | 'provider'
  | 'plan-blocked'
  | 'checksum-mismatch'
  | 'git'
  | 'github'
  | 'internal';

export class GitopsDnsError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GitopsDnsError';
    this.code = code;
  }
}
