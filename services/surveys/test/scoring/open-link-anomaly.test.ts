import { describe, expect, it } from 'vitest';
import {
  OPEN_LINK_ANOMALY_MINIMUM,
  OPEN_LINK_ANOMALY_MULTIPLE,
  openLinkAnomaly,
} from '../../src/modules/scoring/index.ts';

describe('the open-link anomaly flag', () => {
  it('flags open-link answers more than twice the verified ones, from 10 up', () => {
    expect([OPEN_LINK_ANOMALY_MINIMUM, OPEN_LINK_ANOMALY_MULTIPLE]).toEqual([10, 2]);
    expect(openLinkAnomaly({ openLink: 30, verified: 12, openLinkBefore: 30 })).toBe(true);
    expect(openLinkAnomaly({ openLink: 24, verified: 12, openLinkBefore: 30 })).toBe(false);
    expect(openLinkAnomaly({ openLink: 9, verified: 0, openLinkBefore: 0 })).toBe(false);
  });

  it('flags a jump to more than twice the round before', () => {
    expect(openLinkAnomaly({ openLink: 21, verified: 40, openLinkBefore: 10 })).toBe(true);
    expect(openLinkAnomaly({ openLink: 20, verified: 40, openLinkBefore: 10 })).toBe(false);
    expect(openLinkAnomaly({ openLink: 20, verified: 40, openLinkBefore: null })).toBe(false);
  });
});
