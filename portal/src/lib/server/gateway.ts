import { signAccessToken, type Actor } from '@engage/shared/auth';
import type { TypedDocumentString } from '#lib/graphql/graphql.ts';
import { missingFields } from './gateway-partial.ts';

/**
 * The portal's only way to data: GraphQL over HTTP to the gateway, from the server, as one actor
 * on behalf of one visitor's browser. Each request carries a fresh access token signed for them,
 * naming the actor and the visitor's client key (what rate limits count against); a call made
 * for no visitor in particular (tests, start-up) sends no token when anonymous.
 */

/** What went wrong, in terms a page can act on (the gateway's `extensions.code`s, plus transport). */
export type GatewayErrorCode =
  | 'UNAVAILABLE' // the gateway could not be reached, timed out, or answered 5xx without GraphQL
  | 'BAD_RESPONSE' // it answered, but not with a GraphQL result
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INVALID_LINK'
  | 'ALREADY_ANSWERED'
  | 'ROUND_CLOSED'
  | 'INTERNAL';

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INVALID_LINK',
  'ALREADY_ANSWERED',
  'ROUND_CLOSED',
] satisfies GatewayErrorCode[]);

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class GatewayError extends Error {
  override name = 'GatewayError';
  readonly code: GatewayErrorCode;
  readonly errors: GraphQLErrorBody[];

  constructor(
    code: GatewayErrorCode,
    message: string,
    options: { errors?: GraphQLErrorBody[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.errors = options.errors ?? [];
  }
}

export type Variables = Record<string, unknown>;

/**
 * A GraphQL document written with `graphql(`…`)` (#lib/graphql, generated from the gateway's
 * schema by `pnpm codegen`): it carries its result and variable types, so a page gets the data
 * the document asks for, typed, and must pass the variables it declares.
 */
export type Document<Result, Vars> = TypedDocumentString<Result, Vars>;

/** The variables, or none when the document needs none. */
export type VariablesOf<Vars> =
  Record<string, never> extends Vars ? [variables?: Vars] : [variables: Vars];

/** What a page that can live without some fields gets: the data, and which of them are missing. */
export interface PartialData<Data, Path extends string> {
  data: Data;
  /** The optional fields an error left empty (a subgraph down): the page says so in their place. */
  missing: ReadonlySet<Path>;
}

/** The gateway, bound to one actor. */
export interface Gateway {
  request<Result, Vars>(
    document: Document<Result, Vars>,
    ...variables: VariablesOf<Vars>
  ): Promise<Result>;
  /**
   * As `request`, except that errors under the `optional` fields (dotted paths from the root,
   * `neighbourhood.confidence`) come back as `missing` instead of failing the whole page.
   */
  requestPartial<Result, Vars, Path extends string>(
    document: Document<Result, Vars>,
    variables: Vars,
    optional: readonly Path[],
  ): Promise<PartialData<Result, Path>>;
  /**
   * A document typed by a person (the analysts' explorer), not one of the portal's own: the
   * gateway's answer as it came, data and errors both, for showing as it is. Transport failures
   * still throw.
   */
  execute(query: string, variables: Variables): Promise<GraphQLResult>;
}

/** A GraphQL response body: data, errors, or both. */
export interface GraphQLResult {
  data?: unknown;
  errors?: GraphQLErrorBody[];
}

export interface GatewayOptions {
  /** Where the gateway listens, without the `/graphql` path. */
  url: string;
  /** Shared with the gateway; signs the access tokens. */
  secret: string;
  fetch?: typeof globalThis.fetch;
  /** A page that waits longer than this for data is better off showing an error. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function createGateway(options: GatewayOptions): {
  as(actor: Actor, client?: string): Gateway;
} {
  const endpoint = `${options.url.replace(/\/+$/, '')}/graphql`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function send(
    actor: Actor,
    client: string | undefined,
    query: string,
    variables: unknown,
  ): Promise<{ data?: unknown; errors?: GraphQLErrorBody[] }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    if (actor.kind !== 'anonymous' || client) {
      headers['authorization'] = `Bearer ${await signAccessToken(actor, options.secret, client)}`;
    }

    let response: Response;
    try {
      // Looked up per call, not captured once, so a test's interceptor (msw) sees it.
      const fetch = options.fetch ?? globalThis.fetch;
      response = await fetch(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables ?? {} }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new GatewayError('UNAVAILABLE', `The gateway at ${endpoint} could not be reached.`, {
        cause,
      });
    }

    const body = await readJson(response);
    if (!isGraphQLResult(body)) {
      const code = response.status >= 500 ? 'UNAVAILABLE' : 'BAD_RESPONSE';
      throw new GatewayError(code, `The gateway answered ${response.status} without a result.`);
    }
    return body;
  }

  return {
    as: (actor, client) => ({
      async request<Result, Vars>(
        document: Document<Result, Vars>,
        ...[variables]: VariablesOf<Vars>
      ) {
        const body = await send(actor, client, document.toString(), variables);
        if (body.errors && body.errors.length > 0) throw failure(body.errors);
        return dataOf<Result>(body);
      },
      async requestPartial<Result, Vars, Path extends string>(
        document: Document<Result, Vars>,
        variables: Vars,
        optional: readonly Path[],
      ) {
        const body = await send(actor, client, document.toString(), variables);
        const data = dataOf<Result>(body);
        const missing = missingFields(data, body.errors ?? [], optional);
        if (!missing) throw failure(body.errors!);
        return { data, missing };
      },
      execute: (query, variables) => send(actor, client, query, variables),
    }),
  };
}

function failure(errors: GraphQLErrorBody[]): GatewayError {
  const first = errors[0]!;
  const reported = first.extensions?.code;
  // The gateway gave up on a query that ran too long: to a page, the data is not available now.
  const code =
    reported === 'QUERY_TIMEOUT'
      ? 'UNAVAILABLE'
      : reported && KNOWN_CODES.has(reported)
        ? reported
        : 'INTERNAL';
  return new GatewayError(code as GatewayErrorCode, first.message, { errors });
}

function dataOf<Data>(body: { data?: unknown; errors?: GraphQLErrorBody[] }): Data {
  if (body.data === undefined || body.data === null) {
    if (body.errors && body.errors.length > 0) throw failure(body.errors);
    throw new GatewayError('BAD_RESPONSE', 'The gateway answered with neither data nor errors.');
  }
  return body.data as Data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isGraphQLResult(body: unknown): body is { data?: unknown; errors?: GraphQLErrorBody[] } {
  if (typeof body !== 'object' || body === null) return false;
  const errors = (body as { errors?: unknown }).errors;
  return 'data' in body || (Array.isArray(errors) && errors.length > 0);
}
