import type { z } from 'zod';

/**
 * The one way we call an outside JSON API. Every failure becomes a value, never a throw: a
 * resident looking up a postcode must get "try again or browse", not an error page, when
 * postcodes.io or data.police.uk is slow, down or answering nonsense.
 */

export type NotFound = { kind: 'not_found' };

export type Unavailable = {
  kind: 'unavailable';
  /** For the log: no connection, too slow, an error status, or a body we could not use. */
  cause: 'network' | 'timeout' | 'status' | 'malformed';
  /** The HTTP status when the API answered with one (429 and 503 are worth retrying). */
  status?: number;
  /** How long the API asked us to wait (its Retry-After header), in milliseconds. */
  retryAfterMs?: number;
};

export type HttpJsonResult<T> = { kind: 'ok'; value: T } | NotFound | Unavailable;

/** pino's `logger.warn(detail, message)`, or anything shaped like it. */
export interface OutsideLogger {
  warn(detail: object, message: string): void;
}

export interface HttpJsonOptions {
  /** e.g. "https://data.police.uk/api"; paths are appended to it. */
  baseUrl: string;
  /** Per request, including reading the body. */
  timeoutMs?: number;
  logger?: OutsideLogger;
}

/** A resident is waiting for the page: 3 s is about as long as they will look at a spinner. */
export const DEFAULT_TIMEOUT_MS = 3_000;

export class HttpJson {
  readonly #baseUrl: string;
  readonly #timeoutMs: number;
  readonly #logger: OutsideLogger | undefined;

  constructor(options: HttpJsonOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#logger = options.logger;
  }

  /** GETs `path` (already URL-encoded, starting with "/") and checks the body against `schema`. */
  async get<T>(path: string, schema: z.ZodType<T>): Promise<HttpJsonResult<T>> {
    const url = `${this.#baseUrl}${path}`;
    let body: unknown;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      if (response.status === 404) {
        await response.body?.cancel();
        return { kind: 'not_found' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return this.#unavailable(url, statusProblem(response));
      }
      body = await response.json();
    } catch (error) {
      return this.#unavailable(url, { cause: failureCause(error) }, { err: error });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5);
      return this.#unavailable(url, { cause: 'malformed' }, { issues });
    }
    return { kind: 'ok', value: parsed.data };
  }

  /** `err` is pino's key for an error, so the log keeps its stack. */
  #unavailable(url: string, problem: Omit<Unavailable, 'kind'>, detail: object = {}): Unavailable {
    this.#logger?.warn({ url, ...problem, ...detail }, 'outside API unavailable');
    return { kind: 'unavailable', ...problem };
  }
}

function statusProblem(response: Response): Omit<Unavailable, 'kind'> {
  const retryAfterMs = retryAfter(response.headers.get('retry-after'));
  return {
    cause: 'status',
    status: response.status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

/** Retry-After in seconds (the form rate limiters use); an HTTP date is ignored. */
function retryAfter(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}

/** AbortSignal.timeout rejects with a TimeoutError; a body that is not JSON with a SyntaxError. */
function failureCause(error: unknown): Unavailable['cause'] {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  if (error instanceof SyntaxError) return 'malformed';
  return 'network';
}
