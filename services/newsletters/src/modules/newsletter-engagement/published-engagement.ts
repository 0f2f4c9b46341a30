import type { EntityManager } from '@mikro-orm/postgresql';
import {
  complementarySuppression,
  DEFAULT_SUPPRESSION_THRESHOLD,
  shownOrNull,
  suppress,
  withheld,
  type SumConstraint,
  type Suppressible,
} from '@engage/shared/scoring';
import { ukMonth } from '@engage/shared/uk-time';
import { archiveViewsByMonth, issueCounts } from './issue-counts.ts';

/** The counts of residents; archive views are counts of page views, not of people. */
export const RESIDENT_MEASURES = ['delivered', 'bounced', 'unsubscribed'] as const;
export type ResidentMeasure = (typeof RESIDENT_MEASURES)[number];

/** A count of residents as it may be shown. */
export interface PublishedCount {
  /** Null when hidden. */
  value: number | null;
  /** The threshold, when hidden for being under it; null when shown or only held back. */
  fewerThan: number | null;
}

export type PublishedFigures = Record<ResidentMeasure, PublishedCount> & { archiveViews: number };

export interface MonthFigures extends PublishedFigures {
  month: string;
  issuesPublished: number;
}

/** A team's figures, every issue and every month decided together so that they agree. */
export interface TeamEngagement {
  /** By issue id: its published issues only. */
  issues: Map<string, PublishedFigures>;
  /** By "YYYY-MM" (UK): a month of no issue and no views is absent (all zeros). */
  months: Map<string, MonthFigures>;
}

const issueKey = (id: string) => `issue:${id}`;
const monthKey = (month: string) => `month:${month}`;

function published(figure: Suppressible<number>, count: number, threshold: number): PublishedCount {
  const value = shownOrNull(figure);
  return { value, fewerThan: value === null && count < threshold ? threshold : null };
}

/**
 * Every figure a team's newsletter pages show, decided by the one suppression path
 * (@engage/shared/scoring): a count of residents under the threshold is hidden (`suppress`), and a
 * month's total is the sum of the issues published in it, so complementary suppression hides one
 * more cell wherever a hidden issue could be worked out from its month, or a month from its issues.
 * The table is always the team's whole history, whatever months a page asks for, so a cell is
 * shown (or hidden) the same on every page and in every answer.
 *
 * Archive views are not suppressed: a read of a public page says nothing about a resident (it
 * could be anyone, anywhere, and nothing about them is kept), and no resident count is made from
 * views, so they cannot give a hidden figure back.
 */
export async function teamEngagement(
  em: EntityManager,
  neighbourhoodId: string,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Promise<TeamEngagement> {
  // Plain rows, not entities: a partial Newsletter in the request's identity map could reach a
  // resolver that expects the whole issue.
  const issues = await em.getConnection().execute<{ id: string; publishedAt: Date }[]>(
    `select id, published_at as "publishedAt" from newsletters.newsletter
       where neighbourhood_id = ?::uuid and status = 'PUBLISHED' order by published_at, id`,
    [neighbourhoodId],
  );
  const [counts, viewsByMonth] = await Promise.all([
    issueCounts(
      em,
      issues.map((issue) => issue.id),
    ),
    archiveViewsByMonth(em, neighbourhoodId),
  ]);
  const issuesByMonth = new Map<string, string[]>();
  for (const issue of issues) {
    const month = ukMonth(new Date(issue.publishedAt));
    issuesByMonth.set(month, [...(issuesByMonth.get(month) ?? []), issue.id]);
  }
  const constraints: SumConstraint[] = [...issuesByMonth].map(([month, ids]) => ({
    total: monthKey(month),
    parts: ids.map(issueKey),
  }));

  const figures = new Map<string, Partial<PublishedFigures>>();
  for (const measure of RESIDENT_MEASURES) {
    const cells = new Map<string, number>();
    for (const [month, ids] of issuesByMonth) {
      let total = 0;
      for (const id of ids) {
        const count = counts.get(id)![measure];
        cells.set(issueKey(id), count);
        total += count;
      }
      cells.set(monthKey(month), total);
    }
    const hidden = complementarySuppression({ counts: cells, constraints }, threshold);
    for (const [key, count] of cells) {
      // Under the threshold `suppress` hides it; a cell hidden only as a complement is withheld.
      const figure =
        hidden.has(key) && count >= threshold
          ? withheld(threshold)
          : suppress(count, count, threshold);
      figures.set(key, { ...figures.get(key), [measure]: published(figure, count, threshold) });
    }
  }

  const result: TeamEngagement = { issues: new Map(), months: new Map() };
  for (const issue of issues) {
    result.issues.set(issue.id, {
      ...(figures.get(issueKey(issue.id)) as Record<ResidentMeasure, PublishedCount>),
      archiveViews: counts.get(issue.id)!.archiveViews,
    });
  }
  const shownZero: PublishedCount = { value: 0, fewerThan: null };
  for (const month of new Set([...issuesByMonth.keys(), ...viewsByMonth.keys()])) {
    const residents = figures.get(monthKey(month)) as
      Record<ResidentMeasure, PublishedCount> | undefined;
    result.months.set(month, {
      month,
      issuesPublished: issuesByMonth.get(month)?.length ?? 0,
      // No issue that month: nobody was sent anything, a zero everyone knows.
      delivered: residents?.delivered ?? shownZero,
      bounced: residents?.bounced ?? shownZero,
      unsubscribed: residents?.unsubscribed ?? shownZero,
      archiveViews: viewsByMonth.get(month) ?? 0,
    });
  }
  return result;
}

/** The last `count` UK months, oldest first, ending with this one. */
export function lastMonths(count: number, now: Date = new Date()): string[] {
  const [year, month] = ukMonth(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const back = year * 12 + (month - 1) - (count - 1 - index);
    return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}`;
  });
}
