import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DEMOGRAPHIC_DIMENSIONS, type DemographicDimension } from '../demographics.ts';
import { shownOrNull, type ReachTableFigures } from '../scoring/index.ts';
import { graphqlEnum } from './graphql-enum.ts';

/**
 * The diversity-of-reach types, declared once for both subgraphs that resolve them (newsletters:
 * subscribers; surveys: respondents). Federation 2 lets two subgraphs resolve the same value type
 * only when each marks it @shareable, and needs the enums identical in both: declaring them here
 * makes that true by construction.
 */

export const AREA_LEVELS = ['FORCE', 'POLICING_AREA', 'NEIGHBOURHOOD'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
export const AreaLevelEnum = graphqlEnum(
  'AreaLevel',
  AREA_LEVELS,
  'Which kind of area a figure is for: the whole force, a policing area (NPA) or a team.',
);

export const REACH_SAMPLES = ['SUBSCRIBERS', 'RESPONDENTS'] as const;
export type ReachSample = (typeof REACH_SAMPLES)[number];
export const ReachSampleEnum = graphqlEnum(
  'ReachSample',
  REACH_SAMPLES,
  'Whose reach: confirmed newsletter SUBSCRIBERS, or verified "Your Views" RESPONDENTS of a round.',
);

export const DemographicDimensionEnum = graphqlEnum(
  'DemographicDimension',
  DEMOGRAPHIC_DIMENSIONS,
  'One of the optional, consented demographic questions a sample can be broken down by.',
);

@Directive('@shareable')
@ObjectType({
  description:
    'One group of a reach table. A count under 10, or one that could be worked out from the ' +
    'figures beside it, is suppressed: count, share and ratio are then all null.',
})
export class ReachGroup {
  @Field({ description: 'The answer value (an AgeBand, EthnicGroup, Disability or Gender).' })
  group!: string;

  @Field(() => Int, { nullable: true, description: 'People in the group; null when suppressed.' })
  count!: number | null;

  @Field({ description: 'True when the count is withheld ("fewer than 10", or to protect one).' })
  suppressed!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0–1) of those who answered the question with a group; null when the count or the ' +
      'answered base is suppressed.',
  })
  share!: number | null;

  @Field({ description: 'Fewer than 50 answered the question here: read any share with care.' })
  lowBase!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      "The group's share (0–1) of the area's usual residents (census); null where the census has " +
      'no count for the group or no figures for the area.',
  })
  populationShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Representation ratio: share ÷ population share (1 = in proportion).',
  })
  ratio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Low end of the ratio’s 95% interval.' })
  ratioLow!: number | null;

  @Field(() => Float, { nullable: true, description: 'High end of the ratio’s 95% interval.' })
  ratioHigh!: number | null;

  @Field({
    description: 'Seldom heard: ratio under 0.8 and the whole 95% interval below 1.',
  })
  seldomHeard!: boolean;
}

@Directive('@shareable')
@ObjectType({
  description:
    'Who a sample reaches in one area, by one demographic question, beside the census. Counts ' +
    'under 10 are never shown, nor any count that could be worked out from the others.',
})
export class ReachTable {
  @Field(() => ReachSampleEnum, { description: 'Subscribers or respondents.' })
  sample!: ReachSample;

  @Field(() => AreaLevelEnum, { description: 'The kind of area.' })
  level!: AreaLevel;

  @Field(() => ID, { nullable: true, description: 'The NPA or team; null for the force.' })
  areaId!: string | null;

  @Field({ description: 'What the area is called.' })
  areaName!: string;

  @Field(() => DemographicDimensionEnum, { description: 'The question the groups answer.' })
  dimension!: DemographicDimension;

  @Field(() => ID, { nullable: true, description: 'The survey round (respondents only).' })
  roundId!: string | null;

  @Field(() => String, { nullable: true, description: 'The round’s label (respondents only).' })
  roundLabel!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The moment the subscribers were counted (subscribers only).',
  })
  asOf!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Everyone in the sample; null when suppressed.',
  })
  total!: number | null;

  @Field({ description: 'True when the total is withheld.' })
  totalSuppressed!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Those who answered the question with a group (the base of every share).',
  })
  answered!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Those who preferred not to say or did not answer; null when suppressed.',
  })
  notSaid!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Usual residents (census); null where not known.',
  })
  population!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The sample per 1,000 usual residents; null when the total is suppressed.',
  })
  perThousandResidents!: number | null;

  @Field({ description: 'True when the population figures are invented demo data.' })
  isDemoPopulation!: boolean;

  @Field(() => [ReachGroup], {
    description: 'Every group of the question but "prefer not to say".',
  })
  groups!: ReachGroup[];
}

/** What a resolver knows beside the figures: which sample, area, question and moment. */
export interface ReachTableContext {
  sample: ReachSample;
  areaName: string;
  dimension: DemographicDimension;
  roundId?: string | null;
  roundLabel?: string | null;
  asOf?: Date | null;
}

/** The GraphQL shape of a table built by `reachTables` (its suppression already applied). */
export function toReachTable(figures: ReachTableFigures, about: ReachTableContext): ReachTable {
  const total = shownOrNull(figures.total);
  return {
    sample: about.sample,
    level: figures.level,
    areaId: figures.areaId,
    areaName: about.areaName,
    dimension: about.dimension,
    roundId: about.roundId ?? null,
    roundLabel: about.roundLabel ?? null,
    asOf: about.asOf ?? null,
    total: total?.count ?? null,
    totalSuppressed: total === null,
    answered: shownOrNull(figures.answered)?.count ?? null,
    notSaid: shownOrNull(figures.notSaid)?.count ?? null,
    population: figures.population?.total ?? null,
    perThousandResidents: total?.perThousandResidents ?? null,
    isDemoPopulation: figures.population?.isDemoData ?? false,
    groups: figures.groups.map(({ group, figure, lowBase, populationShare }) => {
      const shown = shownOrNull(figure);
      const r = shown?.representation ?? null;
      return {
        group,
        count: shown?.count ?? null,
        suppressed: shown === null,
        share: r?.share ?? null,
        lowBase,
        populationShare,
        ratio: r?.ratio ?? null,
        ratioLow: r?.ratioLow ?? null,
        ratioHigh: r?.ratioHigh ?? null,
        seldomHeard: r?.seldomHeard ?? false,
      };
    }),
  };
}
