/**
 * When a round's open-link answers for an area are out of line with what that area usually sends.
 *
 * Anyone can answer through the open link, so a campaign (or one person with many browsers) can
 * move an open-link figure; invitation answers cannot be multiplied that way. The flag is a prompt
 * for a person to look, not a verdict, so the rule is one a reader can check by hand:
 *
 *   flagged when at least OPEN_LINK_ANOMALY_MINIMUM open-link answers came in, and they are more
 *   than OPEN_LINK_ANOMALY_MULTIPLE times the area's verified answers in the same round, or more
 *   than OPEN_LINK_ANOMALY_MULTIPLE times its open-link answers in the round before.
 *
 * Why these numbers: open-link answers are expected to be a minority beside an area's invitation
 * answers and steady from one round to the next; more than twice either is a step change worth a
 * look. Under 10 answers no open-link figure is published anyway (the suppression threshold), so
 * a burst too small to be published is not flagged.
 */

export const OPEN_LINK_ANOMALY_MULTIPLE = 2;
export const OPEN_LINK_ANOMALY_MINIMUM = 10;

export interface OpenLinkVolume {
  /** Open-link answers in the round for the area. */
  readonly openLink: number;
  /** Invitation answers in the same round for the area. */
  readonly verified: number;
  /** Open-link answers in the round before for the area; null when there was no round before. */
  readonly openLinkBefore: number | null;
}

export function openLinkAnomaly({ openLink, verified, openLinkBefore }: OpenLinkVolume): boolean {
  if (openLink < OPEN_LINK_ANOMALY_MINIMUM) return false;
  if (openLink > OPEN_LINK_ANOMALY_MULTIPLE * verified) return true;
  return openLinkBefore !== null && openLink > OPEN_LINK_ANOMALY_MULTIPLE * openLinkBefore;
}
