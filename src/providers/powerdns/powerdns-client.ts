/**
 * The two calls of the PowerDNS Authoritative HTTP API (v1) the provider makes, over plain fetch:
 * read a zone with its rrsets, and PATCH a zone's rrsets in one request.
 * https://doc.powerdns.com/authoritative/http-api/zone.html
 */

export interface ApiRecord {
  content: string;
  disabled: boolean;
}

/** An rrset as the API reads and writes it: canonical names with a trailing dot. */
export interface ApiRrset {
  name: string;
  type: string;
  ttl?: number;
  changetype?: 'REPLACE' | 'DELETE';
  records?: ApiRecord[];
}

export interface ApiZone {
  name: string;
  rrsets: ApiRrset[];
}

export interface PowerDnsClientOptions {
  /** Base URL of the API, e.g. `http://127.0.0.1:8081` (a trailing `/api/v1` is accepted too). */
  url: string;
  /** Server id in API paths, `localhost` on a plain PowerDNS. */
  server: string;
  apiKey: string;
  fetch: typeof fetch;
}

/** A request PowerDNS refused or could not be sent; `status` 0 when no answer came. */
export class PowerDnsApiError extends Error {
  readonly status: number;
  /** PowerDNS's own words (`error` of its JSON answer), or the transport error. */
  readonly powerDnsMessage: string;

  constructor(status: number, powerDnsMessage: string, options?: { cause?: unknown }) {
    super(status === 0 ? powerDnsMessage : `HTTP ${status}: ${powerDnsMessage}`, options);
    this.name = 'PowerDnsApiError';
    this.status = status;
    this.powerDnsMessage = powerDnsMessage;
  }
}

/** PowerDNS zone ids are the canonical name with `/` escaped as `=2F` (RFC 2317 zones). */
function zoneId(zone: string): string {
  return encodeURIComponent(`${zone}.`.replaceAll('=', '=3D').replaceAll('/', '=2F'));
}

async function errorMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // PowerDNS answers 401/404 with plain text
  }
  return text.trim() || response.statusText;
}

export class PowerDnsClient {
  private readonly baseUrl: string;

  constructor(private readonly options: PowerDnsClientOptions) {
    this.baseUrl = options.url.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  }

  /** The zone with all its rrsets, or undefined when PowerDNS has no such zone. */
  async getZone(zone: string): Promise<ApiZone | undefined> {
    const response = await this.request('GET', zone);
    if (response.status === 404) return undefined;
    return (await response.json()) as ApiZone;
  }

  /** Applies rrset changes in one request; PowerDNS runs them in one transaction. */
  async patchZone(zone: string, rrsets: readonly ApiRrset[]): Promise<void> {
    await this.request('PATCH', zone, { rrsets });
  }

  private zoneUrl(zone: string): string {
    return `${this.baseUrl}/api/v1/servers/${encodeURIComponent(this.options.server)}/zones/${zoneId(zone)}`;
  }

  private async request(method: 'GET' | 'PATCH', zone: string, body?: unknown): Promise<Response> {
    const url = this.zoneUrl(zone);
    let response: Response;
    try {
      response = await this.options.fetch(url, {
        method,
        headers: {
          'X-API-Key': this.options.apiKey,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
      throw new PowerDnsApiError(0, `cannot reach the PowerDNS API at ${this.baseUrl}: ${reason}`, {
        cause: error,
      });
    }
    if (response.ok || (method === 'GET' && response.status === 404)) return response;
    throw new PowerDnsApiError(response.status, await errorMessage(response));
  }
}
