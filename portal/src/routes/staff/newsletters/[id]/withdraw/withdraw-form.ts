import { characters, field } from '#lib/forms/form.ts';
import { m } from '#lib/paraglide/messages.js';

/** The service's limit on a reason, in characters as people count them (code points). */
export const REASON_MAX = 2_000;

export type WithdrawErrorKey = 'reason_missing' | 'reason_too_long';

export const WITHDRAW_ERRORS = {
  reason_missing: m.newsletter_withdraw_error_reason_missing,
  reason_too_long: m.newsletter_withdraw_error_reason_too_long,
} satisfies Record<WithdrawErrorKey, () => string>;

/** A withdrawal says why: the reason is required, and goes to the audit log. */
export function readWithdrawReason(
  form: FormData,
): { ok: true; reason: string } | { ok: false; reason: string; error: WithdrawErrorKey } {
  const reason = field(form, 'reason');
  if (!reason) return { ok: false, reason, error: 'reason_missing' };
  if (characters(reason) > REASON_MAX) return { ok: false, reason, error: 'reason_too_long' };
  return { ok: true, reason };
}
