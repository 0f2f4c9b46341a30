import { registerEnumType } from 'type-graphql';
import { enumObject } from '@engage/shared/demographics';

/**
 * DRAFT → IN_REVIEW → SENT when the force has alerts reviewed (a reviewer's approval sends it:
 * an alert is news, and a second step after approval would only delay it), or DRAFT → SENT when
 * it does not. An urgent alert goes from DRAFT or IN_REVIEW straight to SENT, sent by its NPA's
 * commander (`maySendUrgentAlert`). A reviewer may hand one back as CHANGES_REQUESTED, which is
 * edited like a draft. Nothing else ever reaches a resident.
 */
export const ALERT_STATUSES = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SENT'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** TEAM: one team's subscribers; AREA: everyone following any team of the NPA, or the NPA. */
export const ALERT_AUDIENCES = ['TEAM', 'AREA'] as const;
export type AlertAudience = (typeof ALERT_AUDIENCES)[number];

/** STAFF: written as an alert; COMMANDER_UPDATE: the commander's weekly update, mailed too. */
export const ALERT_SOURCES = ['STAFF', 'COMMANDER_UPDATE'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

export const AlertStatusEnum = enumObject(ALERT_STATUSES);
export const AlertAudienceEnum = enumObject(ALERT_AUDIENCES);
export const AlertSourceEnum = enumObject(ALERT_SOURCES);
registerEnumType(AlertStatusEnum, {
  description: 'Where an alert is: a draft, in review, sent back with changes requested, or sent.',
  name: 'AlertStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written.' },
    IN_REVIEW: { description: 'Waiting for a reviewer.' },
    CHANGES_REQUESTED: { description: 'Sent back by a reviewer with a comment.' },
    SENT: { description: 'Mailed to subscribers.' },
  },
});
registerEnumType(AlertAudienceEnum, {
  name: 'AlertAudience',
  description: 'TEAM: the team’s subscribers; AREA: every subscriber of the NPA or its teams.',
  valuesConfig: {
    TEAM: { description: 'One team’s subscribers.' },
    AREA: { description: 'The subscribers of every team in an NPA, and of the NPA itself.' },
  },
});
registerEnumType(AlertSourceEnum, {
  description: 'Who wrote an alert: staff, or a commander’s update mailed to subscribers.',
  name: 'AlertSource',
  valuesConfig: {
    STAFF: { description: 'Written by staff as an alert.' },
    COMMANDER_UPDATE: { description: 'A commander’s update, mailed on as an alert.' },
  },
});
