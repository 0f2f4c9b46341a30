import type { EntityManager } from '@mikro-orm/postgresql';
import { CommanderUpdate } from '../commander-updates/commander-update.entity.ts';
import { Engagement } from '../engagements/engagement.entity.ts';
import { Priority } from '../priorities/priority.entity.ts';
import { SocialPost } from '../social-media/social-post.entity.ts';
import { ukDay } from '@engage/shared/uk-time';
import { earlierOf, weekOf, yearOf, type Day } from './calendar.ts';
import { NewsletterFact, SurveyFact } from './outside-facts.entity.ts';
import type { Judgement, TeamFacts } from './standards.ts';

export interface TeamRef {
  id: string;
  policingAreaId: string;
  establishedOn: string | null;
}

/**
 * Loads every fact the standards need for many teams at once: one query per kind of fact,
 * however many teams are judged (a force view judges 54).
 */
export async function loadTeamFacts(
  em: EntityManager,
  teams: TeamRef[],
  { period, asOf }: Judgement,
): Promise<Map<string, TeamFacts>> {
  // Yearly standards look back to 1 January; weekly ones to the Monday of the first week.
  const from: Day = earlierOf(yearOf(period.from).from, weekOf(period.from).from);
  const to: Day = asOf;
  const ids = teams.map((team) => team.id);
  const areaIds = [...new Set(teams.map((team) => team.policingAreaId))];
  const startOfFrom = new Date(`${from}T00:00:00Z`);
  // A day's UK evening can be the next UTC morning: read a day past the end, then judge by UK day.
  const endOfTo = new Date(new Date(`${to}T00:00:00Z`).getTime() + 2 * 86_400_000);

  const [engagements, priorities, surveys, newsletters, updates, posts] = await Promise.all([
    em.find(Engagement, {
      neighbourhood: { $in: ids },
      kind: { $in: ['WARD_OR_PARISH_MEETING', 'PATCH_WALK'] },
      heldOn: { $gte: from, $lte: to },
    }),
    em.find(Priority, {
      neighbourhood: { $in: ids },
      status: { $in: ['ACTIVE', 'COMPLETED'] },
      publishedAt: { $ne: null },
      year: { $gte: Number(from.slice(0, 4)), $lte: Number(to.slice(0, 4)) },
    }),
    em.find(SurveyFact, { neighbourhoodId: { $in: ids }, openedOn: { $gte: from, $lte: to } }),
    em.find(NewsletterFact, {
      neighbourhoodId: { $in: ids },
      publishedAt: { $gte: startOfFrom, $lt: endOfTo },
    }),
    em.find(CommanderUpdate, {
      policingArea: { $in: areaIds },
      publishedAt: { $gte: startOfFrom, $lt: endOfTo },
    }),
    em.find(SocialPost, { neighbourhood: { $in: ids }, postedOn: { $gte: from, $lte: to } }),
  ]);

  const facts = new Map<string, TeamFacts>();
  for (const team of teams) {
    facts.set(team.id, {
      establishedOn: team.establishedOn,
      meetings: engagements
        .filter((e) => e.neighbourhood.id === team.id && e.kind === 'WARD_OR_PARISH_MEETING')
        .map((e) => ({ date: e.heldOn, description: `Meeting at ${e.place}` })),
      patchWalksWithPartners: engagements
        .filter(
          (e) => e.neighbourhood.id === team.id && e.kind === 'PATCH_WALK' && e.partners.length > 0,
        )
        .map((e) => ({
          date: e.heldOn,
          description: `Patch walk at ${e.place} with ${e.partners.join(', ')}`,
        })),
      priorities: priorities
        .filter((p) => p.neighbourhood.id === team.id)
        .map((p) => ({
          date: ukDay(p.publishedAt!),
          description: p.title,
          year: p.year,
          quarter: p.quarter,
        })),
      surveyRounds: surveys
        .filter((s) => s.neighbourhoodId === team.id)
        .map((s) => ({ date: s.openedOn, description: `“Your Views” ${s.roundLabel}` })),
      newsletters: newsletters
        .filter((n) => n.neighbourhoodId === team.id)
        .map((n) => ({ date: ukDay(n.publishedAt), description: 'Newsletter published' })),
      commanderUpdates: updates
        .filter((u) => u.policingArea.id === team.policingAreaId)
        .map((u) => ({ date: ukDay(u.publishedAt), description: u.title })),
      socialPosts: posts
        .filter((p) => p.neighbourhood.id === team.id)
        .map((p) => ({ date: p.postedOn, description: `Post on ${p.channel.toLowerCase()}` })),
    });
  }
  return facts;
}
