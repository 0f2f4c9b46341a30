import { appError } from '@engage/shared/graphql';
import { Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '@engage/shared/graphql';
import { ukDay } from '@engage/shared/uk-time';
import { earlierOf, monthOf, quarterOf, yearOf, type DayRange } from './calendar.ts';
import type { Judgement } from './standards.ts';

export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'YEAR_TO_DATE'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PeriodKindEnum = graphqlEnum(
  'PeriodKind',
  PERIOD_KINDS,
  'How long a compliance period is: a calendar month, a quarter (January to March, …), or the year so far.',
  {
    MONTH: 'A calendar month.',
    QUARTER:
      'A calendar quarter: January to March, April to June, July to September or October to December.',
    YEAR_TO_DATE: 'From 1 January to today.',
  },
);

@InputType({ description: 'A month, a quarter, or a year to date. Defaults to the current month.' })
export class PeriodInput {
  @Field(() => PeriodKindEnum, { description: 'Month, quarter or year to date.' })
  kind!: PeriodKind;

  @Field(() => Int, { description: 'The calendar year, such as 2026.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The month (1–12) or quarter (1–4).' })
  number?: number;
}

export interface ResolvedPeriod extends Judgement {
  kind: PeriodKind;
  label: string;
}

/** Turns what was asked for into the days judged, refusing periods that have not started. */
export function resolvePeriod(
  input: PeriodInput | undefined,
  now: Date = new Date(),
): ResolvedPeriod {
  const today = ukDay(now);
  const asked = input ?? {
    kind: 'MONTH',
    year: Number(today.slice(0, 4)),
    number: Number(today.slice(5, 7)),
  };
  const { kind, year } = asked;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw appError('BAD_USER_INPUT', 'Choose a year between 2000 and 2100.');
  }
  let period: DayRange;
  let label: string;
  if (kind === 'YEAR_TO_DATE') {
    period = yearOf(`${year}-01-01`);
    label = `${year} to date`;
  } else {
    const max = kind === 'MONTH' ? 12 : 4;
    const number = asked.number;
    if (number === undefined || !Number.isInteger(number) || number < 1 || number > max) {
      throw appError(
        'BAD_USER_INPUT',
        `Choose a ${kind === 'MONTH' ? 'month from 1 to 12' : 'quarter from 1 to 4'}.`,
      );
    }
    const first = kind === 'MONTH' ? number : (number - 1) * 3 + 1;
    const start = `${year}-${String(first).padStart(2, '0')}-01`;
    period = kind === 'MONTH' ? monthOf(start) : quarterOf(start);
    label = kind === 'MONTH' ? start.slice(0, 7) : `${year} Q${number}`;
  }
  if (period.from > today) {
    throw appError('BAD_USER_INPUT', 'That period has not started yet.');
  }
  return { kind, label, period, asOf: earlierOf(period.to, today), today };
}
