import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  PORTAL_SERVICE,
  isReviewer,
  mayManageArea,
  mayManageTeam,
  mayReadAreaRecords,
  mayReadForceRecords,
  mayReadReach,
  mayReadTeamRecords,
  type Actor,
} from '../src/auth/index.ts';

const staff = { kind: 'staff', id: 's', name: 'Someone' } as const;
const officer: Actor = { ...staff, role: 'OFFICER', neighbourhoodId: 'castle' };
const commander: Actor = { ...staff, role: 'COMMANDER', policingAreaId: 'north' };
const reviewer: Actor = { ...staff, role: 'REVIEWER' };
const analyst: Actor = { ...staff, role: 'ANALYST' };
const admin: Actor = { ...staff, role: 'ADMIN' };

const castle = { id: 'castle', policingAreaId: 'north' };
const harbour = { id: 'harbour', policingAreaId: 'south' };

describe('who may manage a team', () => {
  it('is its own officer, its NPA’s commander and an admin, and nobody else', () => {
    expect(mayManageTeam(officer, castle)).toBe(true);
    expect(mayManageTeam(officer, harbour)).toBe(false);
    expect(mayManageTeam(commander, castle)).toBe(true);
    expect(mayManageTeam(commander, harbour)).toBe(false);
    expect(mayManageTeam(admin, harbour)).toBe(true);
    for (const actor of [reviewer, analyst, ANONYMOUS, PORTAL_SERVICE]) {
      expect(mayManageTeam(actor, castle)).toBe(false);
    }
  });

  it('lets analysts read a team’s records as well, but not reviewers', () => {
    expect(mayReadTeamRecords(analyst, harbour)).toBe(true);
    expect(mayReadTeamRecords(officer, castle)).toBe(true);
    expect(mayReadTeamRecords(officer, harbour)).toBe(false);
    expect(mayReadTeamRecords(reviewer, castle)).toBe(false);
    expect(mayReadTeamRecords(ANONYMOUS, castle)).toBe(false);
  });
});

describe('who may act for a policing area', () => {
  it('is its commander and an admin; an officer of one of its teams is not', () => {
    expect(mayManageArea(commander, 'north')).toBe(true);
    expect(mayManageArea(commander, 'south')).toBe(false);
    expect(mayManageArea(admin, 'south')).toBe(true);
    for (const actor of [officer, reviewer, analyst, ANONYMOUS]) {
      expect(mayManageArea(actor, 'north')).toBe(false);
    }
  });

  it('lets analysts read every area’s and the force’s figures; commanders only their own area', () => {
    expect(mayReadAreaRecords(analyst, 'south')).toBe(true);
    expect(mayReadAreaRecords(commander, 'south')).toBe(false);
    expect(mayReadForceRecords(analyst)).toBe(true);
    expect(mayReadForceRecords(admin)).toBe(true);
    expect(mayReadForceRecords(commander)).toBe(false);
  });
});

describe('reviewers', () => {
  it('are corporate communications and admins', () => {
    expect(isReviewer(reviewer)).toBe(true);
    expect(isReviewer(admin)).toBe(true);
    expect(isReviewer(commander)).toBe(false);
    expect(isReviewer(ANONYMOUS)).toBe(false);
  });
});

describe('who may read diversity of reach', () => {
  it('is a team’s officer and its NPA’s commander for their own area, and reviewers, analysts and admins anywhere', () => {
    const team = { level: 'NEIGHBOURHOOD', team: castle } as const;
    const otherTeam = { level: 'NEIGHBOURHOOD', team: harbour } as const;
    const npa = { level: 'POLICING_AREA', policingAreaId: 'north' } as const;
    const force = { level: 'FORCE' } as const;
    expect(mayReadReach(officer, team)).toBe(true);
    expect(mayReadReach(officer, otherTeam)).toBe(false);
    expect(mayReadReach(officer, npa)).toBe(false);
    expect(mayReadReach(commander, team)).toBe(true);
    expect(mayReadReach(commander, npa)).toBe(true);
    expect(mayReadReach(commander, otherTeam)).toBe(false);
    expect(mayReadReach(commander, force)).toBe(false);
    for (const anywhere of [reviewer, analyst, admin]) {
      expect([team, otherTeam, npa, force].every((s) => mayReadReach(anywhere, s))).toBe(true);
    }
    expect(mayReadReach(ANONYMOUS, team)).toBe(false);
    expect(mayReadReach(PORTAL_SERVICE, force)).toBe(false);
  });
});
