import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { stableId } from '@engage/shared';
import { ukToday } from '@engage/shared/uk-time';
import type {
  PoliceEvent as UpstreamEvent,
  Priority as UpstreamPriority,
} from '../../outside/police-api.ts';
import { CommunityEvent } from '../community-events/community-event.entity.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PriorityUpdate } from '../priorities/priority-update.entity.ts';
import { Priority } from '../priorities/priority.entity.ts';
import { importedDay, importedInstant, importedText, importedTitle } from './imported-text.ts';
import type { ActivityCounts } from './import-report.ts';

/** The limits our own forms set (priority.input.ts, community-event.input.ts). */
const LIMITS = { title: 200, text: 2000, place: 200 } as const;

/** data.police.uk gives no address for some events; `place` cannot be empty. */
const PLACE_NOT_GIVEN = 'Place to be confirmed';

const CONTACT_LABELS: Record<string, string> = {
  email: 'Email',
  telephone: 'Telephone',
  mobile: 'Mobile',
  web: 'Web',
  twitter: 'X (Twitter)',
  facebook: 'Facebook',
};

/**
 * Makes a team's imported priorities and events match what data.police.uk lists for it now, in
 * one transaction. It has no ids for either, so each is known by what it is: a priority by its
 * issue and the day it was raised, an event by its title and start (`importedFrom`); a SHA-256 of
 * everything upstream said (`importHash`) tells whether it changed. A record whose hash is the
 * same is not touched, so a team's own edits to it stand until the force changes it upstream.
 *
 * Priorities arrive ACTIVE and events PUBLISHED, as they are already public at police.uk; an
 * imported event sends no invitations (the force published it there, not here). A priority no
 * longer listed is COMPLETED; an upcoming event no longer listed is CANCELLED. Priorities and
 * events the team entered here are never touched.
 */
export async function writeActivity(
  em: EntityManager,
  upstream: { force: string; policeId: string },
  activity: { priorities: UpstreamPriority[]; events: UpstreamEvent[] },
  now: Date = new Date(),
): Promise<ActivityCounts> {
  return em.transactional(async (tx) => {
    const neighbourhood = await tx.findOneOrFail(Neighbourhood, {
      policeForceRef: upstream.force,
      policeNeighbourhoodRef: upstream.policeId,
    });
    const prefix = `data.police.uk/${upstream.force}/${upstream.policeId}`;
    return {
      priorities: await writePriorities(tx, neighbourhood, prefix, activity.priorities, now),
      events: await writeEvents(tx, neighbourhood, prefix, activity.events, now),
    };
  });
}

async function writePriorities(
  tx: EntityManager,
  neighbourhood: Neighbourhood,
  prefix: string,
  upstream: UpstreamPriority[],
  now: Date,
): Promise<ActivityCounts['priorities']> {
  const counts = { created: 0, updated: 0, unchanged: 0, closed: 0 };
  const wanted = new Map<string, { hash: string; fields: PriorityFields; weDid: WeDid | null }>();
  for (const item of upstream) {
    const fields = priorityFields(item, now);
    if (!fields) continue;
    const key = `${prefix}/priorities/${shortHash(`${item.issueDate ?? ''}\n${item.issue}`)}`;
    // The same issue listed twice is one priority: the first listing wins.
    if (wanted.has(key)) continue;
    wanted.set(key, { hash: fullHash(item), fields, weDid: weDid(item, fields) });
  }

  const current = await tx.find(
    Priority,
    {
      $or: [
        { neighbourhood, importedFrom: { $ne: null } },
        { importedFrom: { $in: [...wanted.keys()] } },
      ],
    },
    { populate: ['updates'] },
  );
  const byKey = new Map(current.map((priority) => [priority.importedFrom!, priority]));

  for (const [importedFrom, { hash, fields, weDid }] of wanted) {
    const priority = byKey.get(importedFrom);
    byKey.delete(importedFrom);
    if (priority && priority.importHash === hash) {
      counts.unchanged += 1;
      continue;
    }
    if (priority) {
      tx.assign(priority, { ...fields, importHash: hash });
      writeWeDid(tx, priority, weDid, now);
      counts.updated += 1;
      continue;
    }
    const created = tx.create(Priority, {
      id: stableId('priority', importedFrom),
      neighbourhood,
      ...fields,
      source: 'OTHER',
      status: 'ACTIVE',
      publishedAt: now,
      importedFrom,
      importHash: hash,
      createdAt: now,
      updatedAt: now,
    });
    writeWeDid(tx, created, weDid, now);
    counts.created += 1;
  }
  // Imported before and listed no more: the force has moved on from it.
  for (const gone of byKey.values()) {
    if (gone.status !== 'ACTIVE') continue;
    gone.status = 'COMPLETED';
    counts.closed += 1;
  }
  return counts;
}

type PriorityFields = Pick<Priority, 'title' | 'residentsSaid' | 'year' | 'quarter'>;
type WeDid = Pick<PriorityUpdate, 'actionOn' | 'weDid'>;

function priorityFields(item: UpstreamPriority, now: Date): PriorityFields | null {
  const residentsSaid = importedText(item.issue, LIMITS.text);
  const title = importedTitle(item.issue, LIMITS.title);
  if (!residentsSaid || !title) return null;
  // The quarter the force raised it in, in the UK; today's when it gave no date.
  const raisedOn = importedDay(item.issueDate) ?? ukToday(now);
  const [year, month] = raisedOn.split('-').map(Number) as [number, number];
  return { title, residentsSaid, year, quarter: Math.ceil(month / 3) };
}

/** The force's "We did", dated the day it gave, else the day the issue was raised. */
function weDid(item: UpstreamPriority, fields: PriorityFields): WeDid | null {
  const text = importedText(item.action, LIMITS.text);
  if (!text) return null;
  const actionOn =
    importedDay(item.actionDate) ??
    importedDay(item.issueDate) ??
    `${fields.year}-${String(fields.quarter * 3 - 2).padStart(2, '0')}-01`;
  return { actionOn, weDid: text };
}

/** The one imported "We did" of a priority (a stable id): made, changed or removed to match. */
function writeWeDid(tx: EntityManager, priority: Priority, wanted: WeDid | null, now: Date): void {
  const id = stableId('priority-update', priority.importedFrom!);
  const existing = priority.updates.isInitialized()
    ? priority.updates.getItems().find((update) => update.id === id)
    : undefined;
  if (existing && wanted) tx.assign(existing, wanted);
  else if (existing) tx.remove(existing);
  else if (wanted) tx.create(PriorityUpdate, { id, priority, ...wanted, createdAt: now });
}

async function writeEvents(
  tx: EntityManager,
  neighbourhood: Neighbourhood,
  prefix: string,
  upstream: UpstreamEvent[],
  now: Date,
): Promise<ActivityCounts['events']> {
  const counts = { created: 0, updated: 0, unchanged: 0, cancelled: 0 };
  const wanted = new Map<string, { hash: string; fields: EventFields }>();
  for (const item of upstream) {
    const fields = eventFields(item);
    if (!fields) continue;
    const key = `${prefix}/events/${shortHash(`${item.startDate ?? ''}\n${item.title.trim()}`)}`;
    if (wanted.has(key)) continue;
    wanted.set(key, { hash: fullHash(item), fields });
  }

  const current = await tx.find(CommunityEvent, {
    $or: [
      { neighbourhood, importedFrom: { $ne: null } },
      { importedFrom: { $in: [...wanted.keys()] } },
    ],
  });
  const byKey = new Map(current.map((event) => [event.importedFrom!, event]));

  for (const [importedFrom, { hash, fields }] of wanted) {
    const event = byKey.get(importedFrom);
    byKey.delete(importedFrom);
    if (event && event.importHash === hash) {
      counts.unchanged += 1;
    } else if (event) {
      tx.assign(event, { ...fields, importHash: hash });
      counts.updated += 1;
    } else {
      tx.create(CommunityEvent, {
        id: stableId('community-event', importedFrom),
        neighbourhood,
        ...fields,
        status: 'PUBLISHED',
        publishedAt: now,
        importedFrom,
        importHash: hash,
      });
      counts.created += 1;
    }
  }
  // An event still to come that the force no longer lists is off; past ones stay as they were.
  for (const gone of byKey.values()) {
    if (gone.status !== 'PUBLISHED' || gone.startsAt <= now) continue;
    gone.status = 'CANCELLED';
    counts.cancelled += 1;
  }
  return counts;
}

type EventFields = Pick<CommunityEvent, 'title' | 'description' | 'startsAt' | 'endsAt' | 'place'>;

/** Null for an event with no title or no start we can read: it could not be shown. */
function eventFields(item: UpstreamEvent): EventFields | null {
  const title = importedText(item.title, LIMITS.title);
  const startsAt = importedInstant(item.startDate);
  if (!title || !startsAt) return null;
  const endsAt = importedInstant(item.endDate);
  const contact = Object.entries(item.contactDetails).map(
    ([kind, value]) => `${CONTACT_LABELS[kind] ?? kind}: ${value}`,
  );
  const description = [item.description, contact.length > 0 ? contact.join('\n') : null]
    .filter(Boolean)
    .join('\n\n');
  return {
    title,
    description: importedText(description, LIMITS.text),
    startsAt,
    endsAt: endsAt && endsAt > startsAt ? endsAt : null,
    place: importedText(item.address, LIMITS.place) ?? PLACE_NOT_GIVEN,
  };
}

/** What identifies a record across imports: short, as it goes in a key. */
function shortHash(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

/** Everything data.police.uk said of a record, in a fixed key order. */
function fullHash(item: object): string {
  const ordered = JSON.stringify(item, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(ordered).digest('hex');
}
