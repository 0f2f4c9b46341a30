import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffAccount } from './staff-account.entity.ts';
import { StaffSession } from './staff-session.entity.ts';

/**
 * Sessions end after 30 minutes without a request (a screen left unlocked in a shared office) and
 * 12 hours after signing in whatever happens (a long shift, never overnight).
 */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session for a member of staff who has just signed in; returns its token. */
export async function startSession(
  em: EntityManager,
  staff: StaffAccount,
  now: Date = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await endExpiredSessions(em, now);
  em.create(StaffSession, { tokenHash: hashOf(token), staff, createdAt: now, lastSeenAt: now });
  await em.flush();
  return token;
}

/**
 * The member of staff a token belongs to, as their account is now (so a new role or team applies
 * at once), or null when the session has ended, timed out or the account is disabled. A request
 * counts as activity: it keeps the session from going idle, never past its absolute end.
 */
export async function staffForSession(
  em: EntityManager,
  token: string,
  now: Date = new Date(),
): Promise<StaffAccount | null> {
  // One statement, so a session cannot be revived by a request racing its expiry.
  const rows = await em.execute<{ staff_id: string }[]>(
    `update engagement.staff_session set last_seen_at = ?
      where token_hash = ? and last_seen_at > ? and created_at > ?
      returning staff_id`,
    [
      now,
      hashOf(token),
      new Date(now.getTime() - SESSION_IDLE_MS),
      new Date(now.getTime() - SESSION_ABSOLUTE_MS),
    ],
  );
  const staffId = rows[0]?.staff_id;
  if (!staffId) return null;
  const account = await em.findOne(StaffAccount, { id: staffId });
  return account && !account.disabledAt ? account : null;
}

/** Ends a session (signing out). Ending one that has already ended is not an error. */
export async function endSession(em: EntityManager, token: string): Promise<void> {
  await em.nativeDelete(StaffSession, { tokenHash: hashOf(token) });
}

/** Sessions past their idle or absolute end are dead rows: removed when the next one starts. */
async function endExpiredSessions(em: EntityManager, now: Date): Promise<void> {
  await em.nativeDelete(StaffSession, {
    $or: [
      { lastSeenAt: { $lte: new Date(now.getTime() - SESSION_IDLE_MS) } },
      { createdAt: { $lte: new Date(now.getTime() - SESSION_ABSOLUTE_MS) } },
    ],
  });
}
