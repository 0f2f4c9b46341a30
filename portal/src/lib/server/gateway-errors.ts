import { error } from '@sveltejs/kit';
import { GatewayError, type GatewayErrorCode } from './gateway.ts';

/**
 * The one way a page turns the gateway's refusals into what a visitor sees. Three entry points:
 *
 * - `orStatusPage(promise)`, for loads: FORBIDDEN, NOT_FOUND and UNAUTHENTICATED become their
 *   status page (403, 404, 401). They are everyday answers, not faults: only the status is shown
 *   and nothing is logged. Anything else goes on to `handleError` (hooks.server.ts), which logs it
 *   with its stack and shows `statusFor(error)`.
 * - `formWrite(run, expected)`, for form actions: as `orStatusPage`, and the codes in `expected`
 *   (BAD_USER_INPUT unless told) come back as `{ ok: false, code, problem, field }`: the service's
 *   words, and the field they are about when it named one (`extensions.field`), so the action
 *   can `fail(400, refused(values, result))`: the values kept, the words in the error summary and
 *   beside that field.
 * - `orRefusal(promise, expected)`, for pages that answer a refusal in their own words (a used
 *   invitation, a closed round, an expired link): the codes in `expected` come back as values,
 *   and anything else is thrown on, to `handleError`.
 */

/** The HTTP status a page shows when the gateway fails it; the details go to the log only. */
export function statusFor(failure: GatewayError): number {
  switch (failure.code) {
    case 'UNAVAILABLE':
      return 503;
    case 'NOT_FOUND':
      return 404;
    case 'FORBIDDEN':
      return 403;
    case 'UNAUTHENTICATED':
      return 401;
    case 'RATE_LIMITED':
      return 429;
    default:
      return 502;
  }
}

/**
 * What a refused call comes back as: the code, the service's words for it, and the input field
 * they are about when the service said (`extensions.field`, like "closesOn" or "introduction").
 */
export interface Refused<Code extends GatewayErrorCode> {
  ok: false;
  code: Code;
  problem: string;
  field?: string;
}

export type Outcome<T, Code extends GatewayErrorCode> = { ok: true; value: T } | Refused<Code>;

const STATUS_PAGES = new Set<GatewayErrorCode>(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

export async function orStatusPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (caught) {
    if (caught instanceof GatewayError && STATUS_PAGES.has(caught.code)) {
      error(statusFor(caught), caught.code);
    }
    throw caught;
  }
}

/** The code a call was refused with, when it is one of `expected`; null for anything else. */
export function refusalIn<Code extends GatewayErrorCode>(
  caught: unknown,
  expected: readonly Code[],
): Refused<Code> | null {
  if (!(caught instanceof GatewayError)) return null;
  const code = caught.code as Code;
  if (!expected.includes(code)) return null;
  const field = caught.errors[0]?.extensions?.['field'];
  return {
    ok: false,
    code,
    problem: caught.message,
    ...(typeof field === 'string' && field ? { field } : {}),
  };
}

export async function orRefusal<T, Code extends GatewayErrorCode>(
  promise: Promise<T>,
  expected: readonly Code[],
): Promise<Outcome<T, Code>> {
  try {
    return { ok: true, value: await promise };
  } catch (caught) {
    const refused = refusalIn(caught, expected);
    if (refused) return refused;
    throw caught;
  }
}

export function formWrite<T, Code extends GatewayErrorCode = 'BAD_USER_INPUT'>(
  run: () => Promise<T>,
  expected: readonly Code[] = ['BAD_USER_INPUT'] as Code[],
): Promise<Outcome<T, Code>> {
  return orRefusal(orStatusPage(run()), expected);
}

export { GatewayError };
