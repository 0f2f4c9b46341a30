import { ukDay, ukMonth } from '@engage/shared/uk-time';
import type { ExportDeclaration, ExportRequest } from '../export-declaration.ts';
import { TEAM_COLUMNS } from './team-columns.ts';

/** Without `since`: the current month and the eleven before it. */
const DEFAULT_MONTHS = 12;

/**
 * The months to export, oldest first, as `forceCompliance` periods: every month ending on or
 * after the UK day of `since` (a month's figures change while it runs, and with facts recorded
 * late), up to the current one; without `since`, the last twelve.
 */
export function complianceMonths({
  since,
  now,
}: ExportRequest): { year: number; number: number }[] {
  const [endYear, endMonth] = ukMonth(now).split('-').map(Number) as [number, number];
  const last = endYear * 12 + endMonth - 1;
  let first = last - DEFAULT_MONTHS + 1;
  if (since) {
    const [year, month] = ukDay(since).split('-').map(Number) as [number, number];
    first = Math.min(year * 12 + month - 1, last);
  }
  return Array.from({ length: last - first + 1 }, (_, index) => ({
    year: Math.floor((first + index) / 12),
    number: ((first + index) % 12) + 1,
  }));
}

interface ForceCompliance {
  forceCompliance: {
    period: { label: string; startsOn: string; endsOn: string; asOf: string };
    areas: {
      policingArea: { id: string; name: string };
      teams: {
        neighbourhood: { id: string; name: string };
        standards: {
          standard: string;
          status: string;
          dueBy: string | null;
          required: number;
          achieved: number;
          evidenceCount: number;
        }[];
      }[];
    }[];
  };
}

export const complianceExport: ExportDeclaration = {
  name: 'compliance',
  description:
    'One row per team × month × engagement standard, as the compliance dashboard shows it.',
  sinceMeaning:
    'Months ending on or after `since` (UK time), up to the current month; without it, the last 12 months.',
  query: `query ComplianceExport($period: PeriodInput) {
    forceCompliance(period: $period) {
      period { label startsOn endsOn asOf }
      areas {
        policingArea { id name }
        teams {
          neighbourhood { id name }
          standards { standard status dueBy required achieved evidenceCount }
        }
      }
    }
  }`,
  runs: (request) =>
    complianceMonths(request).map((month) => ({ period: { kind: 'MONTH', ...month } })),
  columns: [
    { name: 'period', kind: 'text', description: 'The month, "YYYY-MM".' },
    { name: 'period_starts_on', kind: 'date', description: 'Its first day.' },
    { name: 'period_ends_on', kind: 'date', description: 'Its last day.' },
    { name: 'as_of', kind: 'date', description: 'The last day judged: its end, or today.' },
    ...TEAM_COLUMNS,
    {
      name: 'standard',
      kind: 'text',
      description:
        'WARD_MEETING, PATCH_WALKS, QUARTERLY_PRIORITIES, QUARTERLY_SURVEY, MONTHLY_NEWSLETTER, ' +
        'WEEKLY_COMMANDER_UPDATE or DAILY_SOCIAL_MEDIA.',
    },
    {
      name: 'status',
      kind: 'text',
      description: 'How the team stands against it (e.g. MET, DUE, MISSED).',
    },
    { name: 'due_by', kind: 'date', description: 'When it falls due, if it has a date.' },
    {
      name: 'required',
      kind: 'number',
      description: 'What the standard asks for, in its unit (meetings, walks, weeks, days…).',
    },
    { name: 'achieved', kind: 'number', description: 'What the team did, in the same unit.' },
    { name: 'evidence_count', kind: 'number', description: 'Records behind the status.' },
  ],
  read(data) {
    const { period, areas } = (data as ForceCompliance).forceCompliance;
    return {
      rows: areas.flatMap(({ policingArea, teams }) =>
        teams.flatMap(({ neighbourhood, standards }) =>
          standards.map((standard) => ({
            period: period.label,
            period_starts_on: period.startsOn,
            period_ends_on: period.endsOn,
            as_of: period.asOf,
            policing_area_id: policingArea.id,
            policing_area_name: policingArea.name,
            neighbourhood_id: neighbourhood.id,
            neighbourhood_name: neighbourhood.name,
            standard: standard.standard,
            status: standard.status,
            due_by: standard.dueBy,
            required: standard.required,
            achieved: standard.achieved,
            evidence_count: standard.evidenceCount,
          })),
        ),
      ),
      after: null,
    };
  },
};
