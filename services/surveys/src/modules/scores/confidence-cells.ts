import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { countCells, type AreaLevel, type Breakdown } from './score-counts.ts';
import { scoreCell, scoreChange, type Change, type ScoredCell } from './score-figures.ts';

export interface CellRequest {
  level: AreaLevel;
  groupBy: Breakdown;
  /** Null: every round that has opened. */
  roundIds: readonly string[] | null;
  /** Null: every area of the level. */
  areaIds: readonly string[] | null;
}

export interface CellResult extends ScoredCell {
  round: SurveyRound;
  change: Change | null;
}

/**
 * Every cell asked for, scored, with its change since the previous round (the round before it in
 * time that has opened, for the same area and group; null when that cell had no answers). The
 * previous rounds are counted too, even when not asked for. Oldest round first.
 */
export async function confidenceCells(
  em: EntityManager,
  request: CellRequest,
  threshold: number,
): Promise<CellResult[]> {
  const rounds = await em.find(
    SurveyRound,
    { status: { $ne: 'SCHEDULED' } },
    { orderBy: { closesOn: 'asc', label: 'asc' } },
  );
  const wanted = request.roundIds ? new Set(request.roundIds) : null;
  const previous = new Map<string, SurveyRound>();
  rounds.forEach((round, i) => {
    if (i > 0) previous.set(round.id, rounds[i - 1]!);
  });
  const asked = rounds.filter((round) => !wanted || wanted.has(round.id));
  const counted = new Set(asked.map((round) => round.id));
  for (const round of asked) {
    const before = previous.get(round.id);
    if (before) counted.add(before.id);
  }
  const counts = await countCells(em, {
    level: request.level,
    groupBy: request.groupBy,
    roundIds: [...counted],
    areaIds: request.areaIds,
  });
  const scored = new Map(
    counts.map((cell) => [
      `${cell.roundId}|${cell.areaId}|${cell.group}`,
      scoreCell(cell, threshold),
    ]),
  );
  const results: CellResult[] = [];
  for (const round of asked) {
    const cells = [...scored.values()]
      .filter((cell) => cell.roundId === round.id)
      .sort((a, b) => `${a.areaId}|${a.group}`.localeCompare(`${b.areaId}|${b.group}`));
    for (const cell of cells) {
      const before = previous.get(round.id);
      const earlier = before ? scored.get(`${before.id}|${cell.areaId}|${cell.group}`) : undefined;
      results.push({ ...cell, round, change: earlier ? scoreChange(earlier, cell) : null });
    }
  }
  return results;
}
