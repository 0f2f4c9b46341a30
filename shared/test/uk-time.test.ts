import { describe, expect, it } from 'vitest';
import { endOfUkDay, ukClock, ukDay, ukMonth, ukToday } from '../src/uk-time.ts';

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

describe('the end of a UK day', () => {
  it('is 23:59:59 in London: an hour before midnight UTC in summer time', () => {
    expect(endOfUkDay('2027-06-30')).toEqual(new Date('2027-06-30T22:59:59Z'));
    expect(ukDay(endOfUkDay('2027-06-30'))).toBe('2027-06-30');
    expect(ukDay(endOfUkDay('2027-06-30').getTime() + 1000)).toBe('2027-07-01');
  });

  it('is 23:59:59 UTC in winter, and right on the days the clocks change', () => {
    expect(endOfUkDay('2027-01-31')).toEqual(new Date('2027-01-31T23:59:59Z'));
    // Clocks go forward at 01:00 UTC on 28 March 2027 and back at 01:00 UTC on 31 October.
    expect(endOfUkDay('2027-03-28')).toEqual(new Date('2027-03-28T22:59:59Z'));
    expect(endOfUkDay('2027-10-31')).toEqual(new Date('2027-10-31T23:59:59Z'));
    expect(endOfUkDay('2027-03-27')).toEqual(new Date('2027-03-27T23:59:59Z'));
    expect(endOfUkDay('2027-10-30')).toEqual(new Date('2027-10-30T22:59:59Z'));
  });

  it('refuses anything that is not a calendar day', () => {
    expect(() => endOfUkDay('30/06/2027')).toThrow(RangeError);
  });
});
