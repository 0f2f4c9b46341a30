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
import { storedClientKey } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { SurveysContext } from '../../context.ts';
import { surveySettings } from '../../settings.ts';
import { consumeLimit } from '../answering/rate-limit.ts';
import { requireStaff } from '../authorization.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { CreatePollInput } from './poll.input.ts';
import { Poll, PollOption, PollVote } from './poll.entity.ts';

@ObjectType('PollOption', { description: 'One answer of a poll, with its live result.' })
export class PollOptionView {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Null while fewer votes than the threshold.' })
  votes!: number | null;

  @Field(() => Float, { nullable: true, description: '0–100; null while suppressed.' })
  share!: number | null;
}

const isOpen = (poll: Poll, now = new Date()) => poll.closesAt === null || poll.closesAt > now;

@Resolver(() => Poll)
export class PollResolver {
  @Query(() => [Poll], {
    description:
      'Open polls for a team (force-wide, its NPA’s and its own), newest first; every open ' +
      'poll without a team.',
  })
  async polls(
    @Arg('neighbourhoodId', () => ID, { nullable: true }) neighbourhoodId: string | null,
    @Ctx() { em, loaders }: SurveysContext,
  ): Promise<Poll[]> {
    const polls = await em.find(
      Poll,
      { $or: [{ closesAt: null }, { closesAt: { $gt: new Date() } }] },
      { orderBy: { createdAt: 'desc' } },
    );
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

  @Query(() => Poll, { nullable: true })
  async poll(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<Poll | null> {
    return isUUID(id) ? loaders.pollById.load(id) : null;
  }

  @Mutation(() => Poll, { description: 'ADMIN anywhere; a COMMANDER for their own NPA and teams.' })
  async createPoll(
    @Arg('input') input: CreatePollInput,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<Poll> {
    const staff = requireStaff(actor, 'create a poll');
    if (staff.role === 'COMMANDER') {
      const teams = await em.find(KnownNeighbourhood, { id: { $in: input.neighbourhoodIds } });
      const own =
        input.policingAreaIds.every((id) => id === staff.policingAreaId) &&
        teams.length === input.neighbourhoodIds.length &&
        teams.every((team) => team.policingAreaId === staff.policingAreaId) &&
        input.policingAreaIds.length + input.neighbourhoodIds.length > 0;
      if (!own) throw appError('FORBIDDEN', 'A commander can poll their own area and teams only.');
    } else if (staff.role !== 'ADMIN') {
      throw appError('FORBIDDEN', 'Only an administrator or a commander can create a poll.');
    }
    if (input.closesAt && input.closesAt <= new Date()) {
      throw appError('BAD_USER_INPUT', 'The closing time must be in the future.', {
        field: 'closesAt',
      });
    }
    const poll = em.create(Poll, {
      id: randomUUID(),
      question: input.question.trim(),
      policingAreaIds: [...new Set(input.policingAreaIds)],
      neighbourhoodIds: [...new Set(input.neighbourhoodIds)],
      closesAt: input.closesAt ?? null,
      createdAt: new Date(),
    });
    input.options.forEach((label, position) =>
      em.create(PollOption, { id: randomUUID(), pollId: poll.id, position, label: label.trim() }),
    );
    await em.flush();
    return poll;
  }

  @Mutation(() => Poll, {
    description:
      'One vote per browser or connection per poll, as the gateway identifies it ' +
      '(ALREADY_ANSWERED); rate-limited the same way (RATE_LIMITED).',
  })
  async votePoll(
    @Arg('pollId', () => ID) pollId: string,
    @Arg('optionId', () => ID) optionId: string,
    @Ctx() { em, loaders, client }: SurveysContext,
  ): Promise<Poll> {
    const poll = isUUID(pollId) ? await loaders.pollById.load(pollId) : null;
    if (!poll) throw appError('NOT_FOUND', 'There is no such poll.');
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

  @FieldResolver(() => [PollOptionView])
  async options(@Root() poll: Poll, @Ctx() { loaders }: SurveysContext): Promise<PollOptionView[]> {
    const [options, votes] = await Promise.all([
      loaders.pollOptions.load(poll.id),
      loaders.pollVotes.load(poll.id),
    ]);
    const total = [...votes.values()].reduce((a, b) => a + b, 0);
    // Until the threshold, a result could show how a few known people voted.
    const shown = total >= surveySettings().SUPPRESSION_THRESHOLD;
    return options.map((option) => ({
      id: option.id,
      label: option.label,
      votes: shown ? (votes.get(option.id) ?? 0) : null,
      share: shown ? ((votes.get(option.id) ?? 0) / total) * 100 : null,
    }));
  }

  @FieldResolver(() => Boolean)
  open(@Root() poll: Poll): boolean {
    return isOpen(poll);
  }

  @FieldResolver(() => Int)
  async totalVotes(@Root() poll: Poll, @Ctx() { loaders }: SurveysContext): Promise<number> {
    const votes = await loaders.pollVotes.load(poll.id);
    return [...votes.values()].reduce((a, b) => a + b, 0);
  }
}
