import { error, fail } from '@sveltejs/kit';
import { mayReadForceRecords, type Actor } from '@engage/shared/auth';
import { EXAMPLES, exampleById } from '#lib/explorer/examples.ts';
import { checkOperation } from '#lib/explorer/operation.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import type { Actions, PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

/** Newest first: the confidence example starts from the latest closed round. */
const ROUNDS = graphql(`
  query ExplorerRounds {
    surveyRounds {
      id
      status
    }
  }
`);

/** Analysts and administrators: the people who read the whole force (as the services decide). */
function mayExplore(actor: Actor): boolean {
  return mayReadForceRecords(actor);
}

function refuseOthers(actor: Actor): void {
  if (!mayExplore(actor)) error(403, 'FORBIDDEN');
}

/** The form as it starts: the example the address names, or the first. */
export const load = (async ({ locals, url }) => {
  refuseOthers(locals.actor);
  const chosen = exampleById(url.searchParams.get('example')) ?? EXAMPLES[0]!;
  const variables =
    chosen.id === 'confidence' ? await latestRoundVariables(locals.gateway) : chosen.variables;
  return {
    examples: EXAMPLES.map(({ id }) => id),
    chosen: chosen.id,
    values: { query: chosen.query, variables },
  };
}) satisfies PageServerLoad;

/**
 * Every round at once, by NPA and age band, takes the scoring longer than the gateway's 8 s on a
 * busy machine (each round's complementary suppression is worked out afresh): the example starts
 * from the latest closed round, and says how to ask for all.
 */
async function latestRoundVariables(gateway: Gateway): Promise<string> {
  const { surveyRounds } = await gateway.request(ROUNDS);
  const latest = surveyRounds.find((round) => round.status === 'CLOSED');
  return JSON.stringify({ roundIds: latest ? [latest.id] : null }, null, 2);
}

export const actions = {
  /**
   * Runs what was typed through the gateway as the signed-in staff member: their role decides
   * what they may read, and the gateway's limits (cost, depth, rate) apply as to any caller.
   */
  run: async ({ locals, request }) => {
    refuseOthers(locals.actor);
    const form = await request.formData();
    const values = { query: text(form, 'query'), variables: text(form, 'variables') };
    const checked = checkOperation(values.query, values.variables);
    if (!checked.ok) {
      return fail(400, { values, refusal: { field: checked.field, reason: checked.reason } });
    }
    const result = await locals.gateway.execute(values.query, checked.variables);
    return { values, result: JSON.stringify(result, null, 2), failed: Boolean(result.errors) };
  },
} satisfies Actions;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
