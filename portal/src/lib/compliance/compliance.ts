import type { FormErrorKey } from '#lib/forms/error-messages.ts';
import { ukToday } from '@engage/shared/uk-time';
import type {
  Standard,
  ComplianceStatus,
  PeriodKind,
  PeriodFieldsFragment,
  RollupFieldsFragment,
} from '#lib/graphql/graphql.ts';

/**
 * The seven community engagement standards and how a team stands against them, as the gateway's
 * engagement API names them (see "compliance" in gateway/supergraph.graphql). Dates are
 * LocalDates ("YYYY-MM-DD").
 */

/** The schema's enums, from the generated code (pnpm codegen): never retyped here. */
/** ComplianceStatus: DUE can still be met, by `dueBy`; NOT_APPLICABLE, the team did not exist yet. */
export type { Standard, ComplianceStatus, PeriodKind };

/** In the order of the force's practice note (domain.md). */
export const STANDARDS = [
  'WARD_MEETING',
  'PATCH_WALKS',
  'QUARTERLY_PRIORITIES',
  'QUARTERLY_SURVEY',
  'MONTHLY_NEWSLETTER',
  'WEEKLY_COMMANDER_UPDATE',
  'DAILY_SOCIAL_MEDIA',
] as const satisfies readonly Standard[];

export const PERIOD_KINDS = [
  'MONTH',
  'QUARTER',
  'YEAR_TO_DATE',
] as const satisfies readonly PeriodKind[];

export type CompliancePeriod = PeriodFieldsFragment;

export interface StandardCompliance {
  standard: Standard;
  status: ComplianceStatus;
  dueBy: string | null;
  required: number;
  achieved: number;
}

export interface Evidence {
  date: string;
  description: string;
}

export interface StandardDetail extends StandardCompliance {
  /** The newest facts (at most 50). */
  evidence: Evidence[];
  evidenceCount: number;
}

export interface TeamCompliance {
  neighbourhood: { id: string; slug: string; name: string };
  standards: StandardCompliance[];
}

export type StandardRollup = RollupFieldsFragment;

/** What the gateway's `period: PeriodInput` takes. */
export interface PeriodInput {
  kind: PeriodKind;
  year: number;
  number?: number;
}

/** The period chooser's fields, as the query string gave them (or today's month). */
export interface PeriodValues {
  kind: string;
  year: string;
  month: string;
  quarter: string;
}

export type PeriodErrors = Partial<Record<keyof PeriodValues, FormErrorKey>>;

export type PeriodRead =
  | { ok: true; values: PeriodValues; input: PeriodInput | null }
  | { ok: false; values: PeriodValues; errors: PeriodErrors };

/** The chooser's fields for today: this month, this quarter, this year. */
export function periodDefaults(today: string = ukToday()): PeriodValues {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return {
    kind: 'MONTH',
    year: String(year),
    month: String(month),
    quarter: String(Math.floor((month - 1) / 3) + 1),
  };
}

/**
 * The period a compliance page asks for, from its GET form's query string:
 * `?kind=MONTH&year=2026&month=11`, `?kind=QUARTER&year=2026&quarter=3`,
 * `?kind=YEAR_TO_DATE&year=2026`. No `kind` at all means the gateway's default, the current month
 * (`input` null). The form sends both the month and the quarter; only the one the kind needs counts.
 */
export function readPeriod(params: URLSearchParams, today: string = ukToday()): PeriodRead {
  const defaults = periodDefaults(today);
  const given = (name: keyof PeriodValues) => params.get(name)?.trim() || '';
  if (!given('kind')) return { ok: true, values: defaults, input: null };

  const values: PeriodValues = {
    kind: given('kind'),
    year: given('year'),
    month: given('month') || defaults.month,
    quarter: given('quarter') || defaults.quarter,
  };
  const errors: PeriodErrors = {};
  const kind = PERIOD_KINDS.find((option) => option === values.kind);
  if (!kind) errors.kind = 'period_kind_missing';
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year) || year < 2000 || year > 2100) errors.year = 'year_invalid';
  const month = Number(values.month);
  if (kind === 'MONTH' && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    errors.month = 'period_month_missing';
  }
  const quarter = Number(values.quarter);
  if (kind === 'QUARTER' && ![1, 2, 3, 4].includes(quarter)) errors.quarter = 'quarter_missing';

  if (!kind || Object.keys(errors).length > 0) return { ok: false, values, errors };
  const number = kind === 'MONTH' ? month : kind === 'QUARTER' ? quarter : undefined;
  return {
    ok: true,
    values,
    input: number === undefined ? { kind, year } : { kind, year, number },
  };
}

/** The query string that asks for the same period again, for links between the pages. */
export function periodQuery(values: PeriodValues, given: boolean): `?${string}` | '' {
  if (!given) return '';
  const params = new URLSearchParams({ kind: values.kind, year: values.year });
  if (values.kind === 'MONTH') params.set('month', values.month);
  if (values.kind === 'QUARTER') params.set('quarter', values.quarter);
  return `?${params.toString()}`;
}

/** The field a period the gateway refused (one in the future) is fixed in. */
export function periodField(values: PeriodValues): keyof PeriodValues {
  if (values.kind === 'MONTH') return 'month';
  if (values.kind === 'QUARTER') return 'quarter';
  return 'year';
}
