import { describe, expect, it } from 'vitest';
import { ukClock, ukDay, ukMonth, ukToday } from '../src/uk-time.ts';

describe('the day in the UK', () => {
  it('is the London calendar day, in summer time as in winter', () => {
    expect(ukDay(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(ukDay(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
    expect(ukToday(new Date('2026-06-14T23:05:00Z'))).toBe('2026-06-15');
    expect(ukMonth(new Date('2026-10-31T23:59:00Z'))).toBe('2026-10');
    expect(ukMonth(new Date('2026-07-31T23:30:00Z'))).toBe('2026-08');
  });

  it('reads the London clock to the minute, midnight as 00', () => {
    expect(ukClock(new Date('2026-06-01T23:10:00Z'))).toEqual({
      year: 2026,
      month: 6,
      day: 2,
      hour: 0,
      minute: 10,
    });
  });
});
