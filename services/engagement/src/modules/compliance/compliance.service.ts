import type { EntityManager } from '@mikro-orm/postgresql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import type { PolicingArea } from '../geography/policing-area.entity.ts';
import { loadTeamFacts } from './compliance-facts.ts';
import type {
  AreaCompliance,
  CompliancePeriod,
  StandardRollup,
  TeamCompliance,
} from './compliance.types.ts';
import type { ResolvedPeriod } from './period.ts';
import { STANDARDS, judgeTeam } from './standards.ts';

const EVIDENCE_SHOWN = 50;

function describePeriod(period: ResolvedPeriod): CompliancePeriod {
  return {
    kind: period.kind,
    label: period.label,
    startsOn: period.period.from,
    endsOn: period.period.to,
    asOf: period.asOf,
  };
}

/** Judges every team of the given areas in one pass: one query per kind of fact in all. */
export async function judgeAreas(
  em: EntityManager,
  areas: PolicingArea[],
  period: ResolvedPeriod,
): Promise<AreaCompliance[]> {
  const teams = await em.find(
    Neighbourhood,
    { policingArea: { $in: areas.map((area) => area.id) } },
    { orderBy: { name: 'asc' } },
  );
  const facts = await loadTeamFacts(
    em,
    teams.map((team) => ({
      id: team.id,
      policingAreaId: team.policingArea.id,
      establishedOn: team.establishedOn,
    })),
    period,
  );
  const judged: TeamCompliance[] = teams.map((team) => ({
    neighbourhood: team,
    period: describePeriod(period),
    standards: judgeTeam(facts.get(team.id)!, period).map((result) => ({
      ...result,
      evidence: result.evidence.slice(0, EVIDENCE_SHOWN),
      evidenceCount: result.evidence.length,
    })),
  }));
  return areas.map((area) => {
    const areaTeams = judged.filter((team) => team.neighbourhood.policingArea.id === area.id);
    return {
      policingArea: area,
      period: describePeriod(period),
      teams: areaTeams,
      rollup: rollup(areaTeams),
    };
  });
}

export function rollup(teams: TeamCompliance[]): StandardRollup[] {
  return STANDARDS.map((standard) => {
    const statuses = teams.map(
      (team) => team.standards.find((s) => s.standard === standard)!.status,
    );
    const count = (status: string) => statuses.filter((s) => s === status).length;
    return {
      standard,
      met: count('MET'),
      due: count('DUE'),
      missed: count('MISSED'),
      notApplicable: count('NOT_APPLICABLE'),
    };
  });
}

export { describePeriod };
