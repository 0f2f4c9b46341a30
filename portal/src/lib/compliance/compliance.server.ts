import { error } from '@sveltejs/kit';
import { mayReadAreaRecords, mayReadForceRecords, type Actor } from '@engage/shared/auth';
import {
  periodField,
  readPeriod,
  type PeriodErrors,
  type PeriodInput,
  type PeriodValues,
} from '#lib/compliance/compliance.ts';
import type { Variables } from '#lib/server/gateway.ts';
import { orStatusPage, refusalIn } from '#lib/server/gateway-errors.ts';
import { graphql } from '#lib/graphql/index.ts';

/** The fields of a CompliancePeriod every compliance page asks for. */
graphql(`
  fragment PeriodFields on CompliancePeriod {
    kind
    label
    startsOn
    endsOn
    asOf
  }
`);

graphql(`
  fragment RollupFields on StandardRollup {
    standard
    met
    due
    missed
    notApplicable
  }
`);

/** What the period chooser shows: the values (kept as given), and what was wrong with them. */
export interface PeriodChoice {
  values: PeriodValues;
  /** True when the query string chose a period (links to other pages carry it on). */
  given: boolean;
  errors: PeriodErrors;
}

/**
 * Reads the period from the page's query string and asks the gateway for it. A period the form
 * got wrong, or one the gateway refuses (BAD_USER_INPUT: it has not started yet), comes back as
 * errors for the chooser's error summary and no data; a refusal (FORBIDDEN…) is its status page.
 */
export async function withPeriod<Data>(
  url: URL,
  ask: (variables: Variables) => Promise<Data>,
): Promise<{ choice: PeriodChoice; data: Data | null }> {
  const read = readPeriod(url.searchParams);
  const choice: PeriodChoice = {
    values: read.values,
    given: url.searchParams.has('kind'),
    errors: {},
  };
  if (!read.ok) return { choice: { ...choice, errors: read.errors }, data: null };
  try {
    return { choice, data: await orStatusPage(ask(periodVariables(read.input))) };
  } catch (caught) {
    if (refusalIn(caught, ['BAD_USER_INPUT'])) {
      return {
        choice: { ...choice, errors: { [periodField(read.values)]: 'period_future' } },
        data: null,
      };
    }
    throw caught;
  }
}

/** No period at all lets the gateway choose its default, the current month. */
function periodVariables(input: PeriodInput | null): Variables {
  return input ? { period: input } : {};
}

/** Who may see an NPA's dashboard: its commander, analysts and administrators (as the service). */
export function seesAreaCompliance(actor: Actor, policingAreaId: string): boolean {
  return mayReadAreaRecords(actor, policingAreaId);
}

/** The force view: administrators and analysts only. */
export function seesForceCompliance(actor: Actor): boolean {
  return mayReadForceRecords(actor);
}

/** A page the portal refuses before asking (the service would refuse it too). */
export function forbidden(): never {
  error(403, 'FORBIDDEN');
}
