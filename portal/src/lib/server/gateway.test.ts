import { describe, expect, it } from 'vitest';
import { HttpResponse } from 'msw';
import { ANONYMOUS, PORTAL_SERVICE, type Actor } from '@engage/shared/auth';
import { data, fakeGateway, graphQLError } from '../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../test/settings.ts';
import { createGateway, GatewayError } from './gateway.ts';
import { TypedDocumentString } from '#lib/graphql/graphql.ts';

const gateway = fakeGateway();
const client = createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET });

const officer: Actor = {
  kind: 'staff',
  id: 'officer-1',
  name: 'PC Sam Patel',
  role: 'OFFICER',
  neighbourhoodId: 'castle',
};

async function failure(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

/** A document the test writes by hand, for fields the real schema does not have. */
const doc = <Result = unknown>(text: string) =>
  new TypedDocumentString<Result, Record<string, unknown>>(text);

describe('the gateway client', () => {
  it('posts the query and its variables to /graphql and returns the data', async () => {
    gateway.reply(() => data({ neighbourhood: { name: 'Castle' } }));

    const result = await client
      .as(ANONYMOUS)
      .request(doc('query N($slug: String!) { neighbourhood(slug: $slug) { name } }'), {
        slug: 'castle',
      });

    expect(result).toEqual({ neighbourhood: { name: 'Castle' } });
    expect(gateway.calls).toEqual([
      {
        query: 'query N($slug: String!) { neighbourhood(slug: $slug) { name } }',
        variables: { slug: 'castle' },
        actor: undefined,
      },
    ]);
  });

  it('sends no token for an anonymous visitor', async () => {
    gateway.reply(() => data({ ok: true }));
    await client.as(ANONYMOUS).request(doc('{ ok }'));
    expect(gateway.calls[0]?.actor).toBeUndefined();
  });

  it('signs a token the gateway can verify for a member of staff', async () => {
    gateway.reply(() => data({ ok: true }));
    await client.as(officer).request(doc('{ ok }'));
    expect(gateway.calls[0]?.actor).toEqual(officer);
  });

  it("signs the portal's own service identity when it checks a password", async () => {
    gateway.reply(() => data({ ok: true }));
    await client.as(PORTAL_SERVICE).request(doc('{ ok }'));
    expect(gateway.calls[0]?.actor).toEqual(PORTAL_SERVICE);
  });

  it("turns a GraphQL error into a GatewayError carrying the gateway's code", async () => {
    gateway.reply(() => graphQLError('Officers may only see their own team', 'FORBIDDEN'));

    const error = await failure(client.as(officer).request(doc('{ secret }')));

    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Officers may only see their own team');
  });

  it('reports an error code it does not know as INTERNAL', async () => {
    gateway.reply(() => graphQLError('Cannot query field "nope"', 'GRAPHQL_VALIDATION_FAILED'));
    expect((await failure(client.as(ANONYMOUS).request(doc('{ nope }')))).code).toBe('INTERNAL');
  });

  it('reports a query the gateway stopped for running too long as UNAVAILABLE', async () => {
    gateway.reply(() => graphQLError('The query took too long', 'QUERY_TIMEOUT'));
    expect((await failure(client.as(ANONYMOUS).request(doc('{ ok }')))).code).toBe('UNAVAILABLE');
  });

  it('reports a gateway that cannot be reached as UNAVAILABLE', async () => {
    gateway.reply(() => HttpResponse.error());
    expect((await failure(client.as(ANONYMOUS).request(doc('{ ok }')))).code).toBe('UNAVAILABLE');
  });

  it('reports a 5xx page that is not GraphQL as UNAVAILABLE', async () => {
    gateway.reply(() => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }));
    expect((await failure(client.as(ANONYMOUS).request(doc('{ ok }')))).code).toBe('UNAVAILABLE');
  });

  it('reports a 200 answer that is not a GraphQL result as BAD_RESPONSE', async () => {
    gateway.reply(() => HttpResponse.json({ hello: 'world' }));
    expect((await failure(client.as(ANONYMOUS).request(doc('{ ok }')))).code).toBe('BAD_RESPONSE');
  });
});
