import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubscriptionInterest } from './subscriber.types.ts';
import type { DeliveryKind } from '../delivery/delivery.entity.ts';
import { wordArray } from '@engage/shared';

/**
 * 500 subscribers per statement: one insert stays well under a second and a few megabytes even
 * for a whole NPA, and the keyset (`id > last`) makes each batch an index range, not an offset.
 */
export const FAN_OUT_BATCH = 500;

export interface FanOut {
  kind: Exclude<DeliveryKind, 'CONFIRMATION' | 'ALREADY_SUBSCRIBED'>;
  subjectId: string;
  interest: SubscriptionInterest;
  /** Subscribers of any of these teams directly… */
  neighbourhoodIds: string[];
  /** …or of any of these NPAs. */
  policingAreaIds: string[];
}

/**
 * The team a delivery is about. A newsletter or an event has one; a survey round covers several,
 * so each subscriber is invited for one of theirs: the first team they chose that is in the
 * round, else the first (by name) of the round's teams in an NPA they follow.
 */
const NEIGHBOURHOOD_OF_DELIVERY = `coalesce(
  (select chosen.id from unnest(s.neighbourhood_ids) with ordinality as chosen(id, position)
    where chosen.id = any(?::text[]) order by chosen.position limit 1),
  (select k.id::text from newsletters.known_neighbourhood k
    where k.policing_area_id::text = any(s.policing_area_ids) and k.id::text = any(?::text[])
    order by k.name limit 1)
)::uuid`;

/**
 * Writes one QUEUED delivery per confirmed subscriber who wants this kind of mail and follows one
 * of the teams or NPAs, in batches, inside the caller's transaction (so the deliveries exist if and
 * only if the change that caused them committed). ON CONFLICT DO NOTHING on (kind, subject,
 * subscriber): running it twice, or after a crash, adds only who is missing. Pending,
 * unsubscribed and suppressed addresses are never selected. Returns how many rows were added.
 */
export async function fanOut(em: EntityManager, fan: FanOut): Promise<number> {
  const connection = em.getConnection();
  const context = em.getTransactionContext();
  let last = '00000000-0000-0000-0000-000000000000';
  let added = 0;
  for (;;) {
    const [result] = await connection.execute<{ last: string | null; added: string }[]>(
      `with batch as (
         select s.id, s.email, ${NEIGHBOURHOOD_OF_DELIVERY} as neighbourhood_id
         from newsletters.subscriber s
         where s.status = 'CONFIRMED' and ? = any(s.interests)
           and (s.neighbourhood_ids && ?::text[] or s.policing_area_ids && ?::text[])
           and s.id > ?
         order by s.id
         limit ${FAN_OUT_BATCH}
       ), inserted as (
         insert into newsletters.delivery
           (id, kind, subject_id, subscriber_id, email_address, neighbourhood_id, status, attempts, created_at)
         select gen_random_uuid(), ?, ?, batch.id, batch.email, batch.neighbourhood_id, 'QUEUED', 0, now()
         from batch
         on conflict (kind, subject_id, subscriber_id) do nothing
         returning 1
       )
       select (select max(id::text) from batch) as last, (select count(*) from inserted) as added`,
      [
        wordArray(fan.neighbourhoodIds),
        wordArray(fan.neighbourhoodIds),
        fan.interest,
        wordArray(fan.neighbourhoodIds),
        wordArray(fan.policingAreaIds),
        last,
        fan.kind,
        fan.subjectId,
      ],
      'all',
      context,
    );
    added += Number(result?.added ?? 0);
    if (!result?.last) return added;
    last = result.last;
  }
}
