import { afterAll, afterEach, beforeAll } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { verifyAccessClaims, type Actor } from '@engage/shared/auth';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from './settings.ts';

/**
 * The GraphQL gateway, faked with msw at the HTTP boundary: the portal's real client sends real
 * requests, and each test says what the gateway answers.
 */

export interface GatewayCall {
  query: string;
  variables: Record<string, unknown>;
  /** Who the portal said it was asking for; undefined when it sent no token. */
  actor: Actor | undefined;
  /** Whose browser the portal said it was asking for (what rate limits count against). */
  client: string | null | undefined;
}

type Reply = (call: GatewayCall) => Response | Promise<Response>;

const server = setupServer();

/** Starts msw around the calling test file and returns a way to set the gateway's reply. */
export function fakeGateway() {
  const calls: GatewayCall[] = [];

  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    calls.length = 0;
  });
  afterAll(() => server.close());

  return {
    calls,
    reply(handler: Reply) {
      server.use(
        http.post(`${GATEWAY_URL}/graphql`, async ({ request }) => {
          const body = (await request.json()) as Omit<GatewayCall, 'actor' | 'client'>;
          const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
          const claims = token ? await verifyAccessClaims(token, GATEWAY_JWT_SECRET) : undefined;
          const call = { ...body, actor: claims?.actor, client: claims?.client };
          calls.push(call);
          return handler(call);
        }),
      );
    },
  };
}

export const data = (value: unknown) => HttpResponse.json({ data: value });

export const graphQLError = (message: string, code: string) =>
  HttpResponse.json({ data: null, errors: [{ message, extensions: { code } }] });
