import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '@engage/shared';
import { mayReadTeamRecords, storedClientKey, type Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { SurveysContext } from '../../context.ts';
import { surveySettings } from '../../settings.ts';
import { consumeLimit } from '../answering/rate-limit.ts';
import { mayManagePoll, requireStaff } from '../authorization.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { CreatePollInput } from './poll.input.ts';
import { shownOrNull, pollFigures } from '../scoring/index.ts';
import {
  Poll,
  PollOption,
  PollStatusEnum,
  PollVote,
  pollStatus,
  type PollStatus,
} from './poll.entity.ts';

@ObjectType('PollOption', { description: 'One answer of a poll, with its live result.' })
export class PollOptionView {
  @Field(() => ID, { description: 'The option’s id, to vote for it.' })
  id!: string;

  @Field({ description: 'The option as residents see it.' })
  label!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Null when suppressed: fewer votes than the threshold (10), or held back so that a ' +
      'hidden count cannot be worked out from the total and the other answers.',
  })
  votes!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '0–100; null when these votes or the total are suppressed.',
  })
  share!: number | null;
}

const isOpen = (poll: Poll, now = new Date()) => pollStatus(poll, now) === 'OPEN';

/** Whether the caller may open and close this poll (and see it while a draft). */
async function mayManage(actor: Actor, poll: Poll, loaders: SurveysContext['loaders']) {
  if (actor.kind !== 'staff') return false;
  const teams = await loaders.team.loadMany(poll.neighbourhoodIds);
  return mayManagePoll(actor, {
    policingAreaIds: poll.policingAreaIds,
    // A team this service does not know belongs to no NPA a commander runs.
    teams: poll.neighbourhoodIds.map((id, i) => {
      const team = teams[i];
      return team && !(team instanceof Error) ? team : { id, policingAreaId: '' };
    }),
  });
}

/** Every team a poll is for: its own, its NPAs', or every team for a force-wide poll. */
async function pollTeamIds(em: EntityManager, poll: Poll): Promise<string[]> {
  const forceWide = poll.policingAreaIds.length === 0 && poll.neighbourhoodIds.length === 0;
  const inAreas = await em.find(
    KnownNeighbourhood,
    forceWide ? {} : { policingAreaId: { $in: poll.policingAreaIds } },
    { fields: ['id'], orderBy: { id: 'asc' } },
  );
  return [...new Set([...inAreas.map((team) => team.id), ...poll.neighbourhoodIds])].sort();
}

const openPollsWhere = () => ({
  openedAt: { $ne: null },
  closedAt: null,
  $or: [{ closesAt: null }, { closesAt: { $gt: new Date() } }],
});

@Resolver(() => Poll)
export class PollResolver {
  @Query(() => [Poll], {
    description:
      'Open polls for a team (force-wide, its NPA’s and its own), newest first; every open ' +
      'poll without a team.',
  })
  async polls(
    @Arg('neighbourhoodId', () => ID, {
      description: 'One team’s open polls; null or left out for every open poll.',
      nullable: true,
    })
    neighbourhoodId: string | null,
    @Ctx() { em, loaders }: SurveysContext,
  ): Promise<Poll[]> {
    const polls = await em.find(Poll, openPollsWhere(), { orderBy: { openedAt: 'desc' } });
    if (!neighbourhoodId) return polls;
    const team = isUUID(neighbourhoodId) ? await loaders.team.load(neighbourhoodId) : null;
    if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood.');
    return polls.filter(
      (poll) =>
        (poll.policingAreaIds.length === 0 && poll.neighbourhoodIds.length === 0) ||
        poll.policingAreaIds.includes(team.policingAreaId) ||
        poll.neighbourhoodIds.includes(team.id),
    );
  }

  @Query(() => [Poll], {
    description:
      'Every poll a team’s residents are (or were, or will be) asked: drafts, open and closed, ' +
      'its own, its NPA’s and force-wide ones, newest first. Its officers, its commander, ' +
      'analysts and admins.',
  })
  async teamPolls(
    @Arg('neighbourhoodId', () => ID, { description: 'The team: one the caller manages.' })
    neighbourhoodId: string,
    @Ctx() { em, loaders, actor }: SurveysContext,
  ): Promise<Poll[]> {
    requireStaff(actor, 'see a team’s polls');
    const team = isUUID(neighbourhoodId) ? await loaders.team.load(neighbourhoodId) : null;
    if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood.');
    if (!mayReadTeamRecords(actor, team)) {
      throw appError(
        'FORBIDDEN',
        'Only the team’s officers, its commander, analysts and admins can see its polls.',
      );
    }
    const polls = await em.find(Poll, {}, { orderBy: { createdAt: 'desc' } });
    return polls.filter(
      (poll) =>
        (poll.policingAreaIds.length === 0 && poll.neighbourhoodIds.length === 0) ||
        poll.policingAreaIds.includes(team.policingAreaId) ||
        poll.neighbourhoodIds.includes(team.id),
    );
  }

  @Query(() => Poll, {
    nullable: true,
    description: 'A poll by id; a draft only for those who may open it.',
  })
  async poll(
    @Arg('id', () => ID, { description: 'The poll’s id.' }) id: string,
    @Ctx() { loaders, actor }: SurveysContext,
  ): Promise<Poll | null> {
    const poll = isUUID(id) ? await loaders.pollById.load(id) : null;
    if (!poll) return null;
    if (pollStatus(poll) === 'DRAFT' && !(await mayManage(actor, poll, loaders))) return null;
    return poll;
  }

  @Mutation(() => Poll, {
    description:
      'A new poll, as a DRAFT (open it with openPoll). For teams: their officers, their ' +
      'commander or an ADMIN; for NPAs: their commander or an ADMIN; force-wide: an ADMIN.',
  })
  async createPoll(
    @Arg('input', { description: 'The poll, saved as a draft.' }) input: CreatePollInput,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<Poll> {
    requireStaff(actor, 'create a poll');
    const neighbourhoodIds = [...new Set(input.neighbourhoodIds)];
    const policingAreaIds = [...new Set(input.policingAreaIds)];
    const teams = await em.find(KnownNeighbourhood, { id: { $in: neighbourhoodIds } });
    if (teams.length !== neighbourhoodIds.length) {
      throw appError('BAD_USER_INPUT', 'One of those teams does not exist.', {
        field: 'neighbourhoodIds',
      });
    }
    if (!mayManagePoll(actor, { policingAreaIds, teams })) {
      throw appError(
        'FORBIDDEN',
        'You can create polls only for your own team or NPA (force-wide: an administrator).',
      );
    }
    const labels = input.options.map((label) => label.trim());
    if (new Set(labels.map((label) => label.toLowerCase())).size !== labels.length) {
      throw appError('BAD_USER_INPUT', 'Give each answer only once.', { field: 'options' });
    }
    if (input.closesAt && input.closesAt <= new Date()) {
      throw appError('BAD_USER_INPUT', 'The closing time must be in the future.', {
        field: 'closesAt',
      });
    }
    const poll = em.create(Poll, {
      id: randomUUID(),
      question: input.question.trim(),
      policingAreaIds,
      neighbourhoodIds,
      closesAt: input.closesAt ?? null,
      createdAt: new Date(),
      openedAt: null,
      closedAt: null,
    });
    labels.forEach((label, position) =>
      em.create(PollOption, { id: randomUUID(), pollId: poll.id, position, label }),
    );
    await em.flush();
    return poll;
  }

  @Mutation(() => Poll, {
    description:
      'DRAFT → OPEN (whoever may create it). Announces `poll.opened` once; CONFLICT when it ' +
      'was not a draft.',
  })
  async openPoll(
    @Arg('id', () => ID, { description: 'The draft poll to open for votes.' }) id: string,
    @Ctx() { em, loaders, actor }: SurveysContext,
  ): Promise<Poll> {
    const poll = await this.managed(id, actor, loaders, 'open a poll');
    if (poll.closesAt && poll.closesAt <= new Date()) {
      throw appError('BAD_USER_INPUT', 'Its closing time has passed, so it cannot open.', {
        field: 'closesAt',
      });
    }
    const openedAt = new Date();
    await em.transactional(async (tx) => {
      // Conditional: of two people opening at once, one changes the row and announces it.
      const changed = await tx.nativeUpdate(
        Poll,
        { id, openedAt: null, closedAt: null },
        { openedAt },
      );
      if (changed === 0) throw appError('CONFLICT', 'This poll is already open or closed.');
      publishEvent(tx, 'poll.opened', {
        pollId: id,
        question: poll.question,
        neighbourhoodIds: await pollTeamIds(tx, poll),
        openedAt: openedAt.toISOString(),
        closesAt: poll.closesAt?.toISOString() ?? null,
      });
    });
    return em.findOneOrFail(Poll, { id }, { refresh: true });
  }

  @Mutation(() => Poll, {
    description:
      'OPEN → CLOSED (whoever may create it): no more votes; the results stay. Announces ' +
      '`poll.closed`; CONFLICT when it was not open.',
  })
  async closePoll(
    @Arg('id', () => ID, { description: 'The open poll to close.' }) id: string,
    @Ctx() { em, loaders, actor }: SurveysContext,
  ): Promise<Poll> {
    const poll = await this.managed(id, actor, loaders, 'close a poll');
    if (pollStatus(poll) !== 'OPEN') throw appError('CONFLICT', 'This poll is not open.');
    const closedAt = new Date();
    await em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(
        Poll,
        { id, openedAt: { $ne: null }, closedAt: null },
        { closedAt },
      );
      if (changed === 0) throw appError('CONFLICT', 'This poll is not open.');
      publishEvent(tx, 'poll.closed', { pollId: id, closedAt: closedAt.toISOString() });
    });
    return em.findOneOrFail(Poll, { id }, { refresh: true });
  }

  private async managed(
    id: string,
    actor: Actor,
    loaders: SurveysContext['loaders'],
    doing: string,
  ): Promise<Poll> {
    requireStaff(actor, doing);
    const poll = isUUID(id) ? await loaders.pollById.load(id) : null;
    if (!poll) throw appError('NOT_FOUND', 'There is no such poll.');
    if (!(await mayManage(actor, poll, loaders))) {
      throw appError(
        'FORBIDDEN',
        `Only those who manage every team and NPA it is for can ${doing}.`,
      );
    }
    return poll;
  }

  @Mutation(() => Poll, {
    description:
      'One vote per browser or connection per poll, as the gateway identifies it ' +
      '(ALREADY_ANSWERED); rate-limited the same way (RATE_LIMITED).',
  })
  async votePoll(
    @Arg('pollId', () => ID, { description: 'The poll.' }) pollId: string,
    @Arg('optionId', () => ID, { description: 'The option chosen.' }) optionId: string,
    @Ctx() { em, loaders, client }: SurveysContext,
  ): Promise<Poll> {
    const poll = isUUID(pollId) ? await loaders.pollById.load(pollId) : null;
    if (!poll || pollStatus(poll) === 'DRAFT')
      throw appError('NOT_FOUND', 'There is no such poll.');
    if (!isOpen(poll)) throw appError('ROUND_CLOSED', 'This poll has closed.');
    const options = await loaders.pollOptions.load(poll.id);
    if (!options.some((option) => option.id === optionId)) {
      throw appError('BAD_USER_INPUT', 'That is not one of this poll’s answers.', {
        field: 'optionId',
      });
    }
    const key = storedClientKey(client);
    await consumeLimit(em, 'pollVote', key);
    try {
      em.create(PollVote, { pollId: poll.id, clientHash: key, optionId });
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw appError('ALREADY_ANSWERED', 'You have already voted in this poll.');
      }
      throw error;
    }
    loaders.pollVotes.clear(poll.id);
    return poll;
  }

  /** The poll's table, suppressed once (scoring/poll-results.ts) for every field that shows it. */
  private async figures(poll: Poll, loaders: SurveysContext['loaders']) {
    const [options, votes] = await Promise.all([
      loaders.pollOptions.load(poll.id),
      loaders.pollVotes.load(poll.id),
    ]);
    const ids = options.map((option) => option.id);
    return { options, figures: pollFigures(ids, votes, surveySettings().SUPPRESSION_THRESHOLD) };
  }

  @FieldResolver(() => [PollOptionView], {
    description:
      'The options in order, each with its votes and share (withheld under 10, as any count of people).',
  })
  async options(@Root() poll: Poll, @Ctx() { loaders }: SurveysContext): Promise<PollOptionView[]> {
    const { options, figures } = await this.figures(poll, loaders);
    return options.map((option) => {
      const figure = figures.options.get(option.id)!;
      return {
        id: option.id,
        label: option.label,
        votes: shownOrNull(figure.votes),
        share: shownOrNull(figure.share),
      };
    });
  }

  @FieldResolver(() => Boolean, { description: 'Taking votes now.' })
  open(@Root() poll: Poll): boolean {
    return isOpen(poll);
  }

  @FieldResolver(() => PollStatusEnum, {
    description: 'Draft, open or closed (a poll past its closesAt is closed).',
  })
  status(@Root() poll: Poll): PollStatus {
    return pollStatus(poll);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may open and close it (false for the public).',
  })
  async manageable(
    @Root() poll: Poll,
    @Ctx() { loaders, actor }: SurveysContext,
  ): Promise<boolean> {
    return mayManage(actor, poll, loaders);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many voted; null when fewer than the threshold (10).',
  })
  async totalVotes(@Root() poll: Poll, @Ctx() { loaders }: SurveysContext): Promise<number | null> {
    const { figures } = await this.figures(poll, loaders);
    return shownOrNull(figures.total);
  }
}
