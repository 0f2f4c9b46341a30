import { DEMO_FORCE, stableId, type Actor } from '@engage/shared';

/** Demo teams and the people who ask about them (ids are uuids, as real staff ids are). */
export const CASTLE = DEMO_FORCE[0]!.neighbourhoods[0]!;
export const CLOCK_TOWER = DEMO_FORCE[0]!.neighbourhoods[1]!;
export const BELGRAVE = DEMO_FORCE[1]!.neighbourhoods[0]!;

const staff = (email: string) => ({ kind: 'staff' as const, id: stableId('staff', email) });

export const castleOfficer: Actor = {
  ...staff('officer@demo.police.uk'),
  name: 'PC Amira Patel',
  role: 'OFFICER',
  neighbourhoodId: CASTLE.id,
};
export const clockTowerOfficer: Actor = {
  ...staff('clock-tower@demo.police.uk'),
  name: 'PC James Walsh',
  role: 'OFFICER',
  neighbourhoodId: CLOCK_TOWER.id,
};
export const cityCentreCommander: Actor = {
  ...staff('commander@demo.police.uk'),
  name: 'Inspector Tom Walsh',
  role: 'COMMANDER',
  policingAreaId: DEMO_FORCE[0]!.id,
};
export const analyst: Actor = {
  ...staff('analyst@demo.police.uk'),
  name: 'Ann Alyst',
  role: 'ANALYST',
};
export const admin: Actor = { ...staff('admin@demo.police.uk'), name: 'Ada Min', role: 'ADMIN' };
export const reviewer: Actor = {
  ...staff('reviewer@demo.police.uk'),
  name: 'Rae Viewer',
  role: 'REVIEWER',
};

/** The first GraphQL error's code, for the many "who may do this" checks. */
export const errorCode = (result: {
  errors?: readonly { extensions?: Record<string, unknown> }[];
}) => result.errors?.[0]?.extensions?.['code'];

/** A LocalDate `days` ago, by the UTC calendar (tests keep clear of today's UK/UTC edge). */
export const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
