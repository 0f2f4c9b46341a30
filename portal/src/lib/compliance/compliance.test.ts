import { describe, expect, it } from 'vitest';
import { periodQuery, readPeriod } from './compliance.ts';

const TODAY = '2026-11-25';
const read = (query: string) => readPeriod(new URLSearchParams(query), TODAY);

describe('the period a compliance page shows', () => {
  it('is the current month when the address chooses none, left to the gateway', () => {
    expect(read('')).toEqual({
      ok: true,
      values: { kind: 'MONTH', year: '2026', month: '11', quarter: '4' },
      input: null,
    });
  });

  it('reads a month, a quarter or the year so far from the query string', () => {
    expect(read('kind=MONTH&year=2026&month=3&quarter=1')).toMatchObject({
      ok: true,
      input: { kind: 'MONTH', year: 2026, number: 3 },
    });
    expect(read('kind=QUARTER&year=2025&month=11&quarter=2')).toMatchObject({
      ok: true,
      input: { kind: 'QUARTER', year: 2025, number: 2 },
    });
    expect(read('kind=YEAR_TO_DATE&year=2026&month=11&quarter=4')).toMatchObject({
      ok: true,
      input: { kind: 'YEAR_TO_DATE', year: 2026 },
    });
  });

  it('says what is wrong with a period it cannot read, keeping what was given', () => {
    expect(read('kind=MONTH&year=next&month=13')).toEqual({
      ok: false,
      values: { kind: 'MONTH', year: 'next', month: '13', quarter: '4' },
      errors: { year: 'year_invalid', month: 'period_month_missing' },
    });
    expect(read('kind=WEEK&year=2026')).toMatchObject({
      ok: false,
      errors: { kind: 'period_kind_missing' },
    });
  });

  it('links to the same period elsewhere only when one was chosen', () => {
    const values = { kind: 'QUARTER', year: '2026', month: '11', quarter: '3' };
    expect(periodQuery(values, true)).toBe('?kind=QUARTER&year=2026&quarter=3');
    expect(periodQuery(values, false)).toBe('');
  });
});
