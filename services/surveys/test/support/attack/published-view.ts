import { DEMO_FORCE } from '@engage/shared';
import type { Published, Sum } from './subtraction-attack.ts';

/**
 * What a reader collects from our results, as linear facts: for every round × sample × level ×
 * area × group, the respondents of the overall score, and each question's base and positive
 * answers (base × share). A hidden figure is an unknown; a cell not listed is a known zero.
 */

export interface ShownFigure {
  value: number | null;
  respondents: number | null;
  suppressed: boolean;
}

export interface Place {
  roundId: string;
  sample: string;
  level: string;
  areaId: string | null;
  group: string | null;
}

const MEASURES = ['CONFIDENCE', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5'];

const key = (p: Place, measure: string) =>
  `${p.roundId}|${p.sample}|${p.level}|${p.areaId ?? '-'}|${p.group ?? '-'}|${measure}`;

export const emptyView = (): Published => ({ known: new Map(), hidden: new Set() });

/** Adds one published figure (the overall score or a question) to what the reader knows. */
export function learn(view: Published, place: Place, measure: string, figure: ShownFigure): void {
  const counts = measure === 'CONFIDENCE' ? ['n'] : ['base', 'positive'];
  for (const count of counts) {
    const k = key(place, `${measure}:${count}`);
    if (figure.suppressed || figure.respondents === null || figure.value === null) {
      if (!view.known.has(k)) view.hidden.add(k);
      continue;
    }
    const n =
      count === 'positive'
        ? Math.round((figure.value * figure.respondents) / 100)
        : figure.respondents;
    view.hidden.delete(k);
    view.known.set(k, n);
  }
}

/** How the cells add up, as the reader knows from the force's structure and the breakdowns. */
export function structure(
  roundIds: readonly string[],
  samples: readonly string[],
  breakdowns: readonly (readonly string[])[],
): Sum[] {
  const sums: Sum[] = [];
  const counts = MEASURES.flatMap((m) =>
    m === 'CONFIDENCE' ? [`${m}:n`] : [`${m}:base`, `${m}:positive`],
  );
  const places: [level: string, areaId: string | null][] = [
    ['FORCE', null],
    ...DEMO_FORCE.map((a) => ['POLICING_AREA', a.id] as [string, string]),
    ...DEMO_FORCE.flatMap((a) =>
      a.neighbourhoods.map((n) => ['NEIGHBOURHOOD', n.id] as [string, string]),
    ),
  ];
  for (const roundId of roundIds) {
    for (const measure of counts) {
      const k = (sample: string, level: string, areaId: string | null, group: string | null) =>
        key({ roundId, sample, level, areaId, group }, measure);
      for (const sample of samples) {
        for (const groups of breakdowns) {
          for (const [level, areaId] of places) {
            sums.push({
              total: k(sample, level, areaId, null),
              parts: groups.map((g) => k(sample, level, areaId, g)),
            });
          }
        }
        for (const group of [null, ...breakdowns.flat()]) {
          sums.push({
            total: k(sample, 'FORCE', null, group),
            parts: DEMO_FORCE.map((a) => k(sample, 'POLICING_AREA', a.id, group)),
          });
          for (const area of DEMO_FORCE) {
            sums.push({
              total: k(sample, 'POLICING_AREA', area.id, group),
              parts: area.neighbourhoods.map((n) => k(sample, 'NEIGHBOURHOOD', n.id, group)),
            });
          }
        }
      }
      if (samples.includes('ALL')) {
        for (const group of [null, ...breakdowns.flat()]) {
          for (const [level, areaId] of places) {
            sums.push({
              total: k('ALL', level, areaId, group),
              parts: [k('VERIFIED', level, areaId, group), k('OPEN_LINK', level, areaId, group)],
            });
          }
        }
      }
    }
  }
  return sums;
}

/** One GraphQL `confidenceScores` cell, as the reader files it. */
export interface ResultCell {
  round: { id: string };
  policingAreaId: string | null;
  neighbourhoodId: string | null;
  group: string | null;
  confidence: ShownFigure;
  questions: { question: { code: string }; figure: ShownFigure }[];
}

export function learnCells(
  view: Published,
  cells: readonly ResultCell[],
  level: string,
  sample: string,
) {
  for (const cell of cells) {
    const areaId =
      level === 'FORCE'
        ? null
        : level === 'POLICING_AREA'
          ? cell.policingAreaId
          : cell.neighbourhoodId;
    const place = { roundId: cell.round.id, sample, level, areaId, group: cell.group };
    learn(view, place, 'CONFIDENCE', cell.confidence);
    for (const { question, figure } of cell.questions) learn(view, place, question.code, figure);
  }
}
