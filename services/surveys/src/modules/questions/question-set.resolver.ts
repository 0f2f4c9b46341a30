import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { SurveysContext } from '../../context.ts';
import { requireAdmin } from '../authorization.ts';
import { QuestionTextInput } from './question.input.ts';
import { sameTexts, type QuestionTexts } from './question-texts.ts';
import { QuestionSet } from './question-set.entity.ts';
import { STANDARD_CODES } from './standard-questions.ts';
import { SurveyQuestion } from './survey-question.entity.ts';

@Resolver(() => QuestionSet)
export class QuestionSetResolver {
  @Query(() => QuestionSet, { description: 'The newest version of the five standard questions.' })
  async currentQuestionSet(@Ctx() { em }: SurveysContext): Promise<QuestionSet> {
    const [current] = await em.find(QuestionSet, {}, { orderBy: { version: 'desc' }, limit: 1 });
    if (!current) throw appError('NOT_FOUND', 'No question set has been published yet.');
    return current;
  }

  @FieldResolver(() => [SurveyQuestion], {
    description: 'Its questions, in the order residents see them.',
  })
  async questions(
    @Root() set: QuestionSet,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<SurveyQuestion[]> {
    return loaders.standardQuestions.load(set.version);
  }

  @Mutation(() => QuestionSet, {
    description:
      'A new version of the five standard questions (ADMIN). Rounds already opened keep theirs.',
  })
  async publishQuestionSet(
    @Arg('input', () => [QuestionTextInput], {
      description:
        'Every question of the new version, in order, in English and Welsh and any other languages.',
    })
    input: QuestionTextInput[],
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<QuestionSet> {
    requireAdmin(actor, 'publish a question set');
    const codes = input.map((question) => question.code).sort();
    if (codes.join() !== STANDARD_CODES.join()) {
      throw appError('BAD_USER_INPUT', 'Give exactly the five questions Q1 to Q5, once each.', {
        field: 'input',
      });
    }
    const given = new Map(input.map((question) => [question.code, questionTexts(question)]));
    try {
      return await em.transactional(async (tx) => {
        const [latest] = await tx.find(QuestionSet, {}, { orderBy: { version: 'desc' }, limit: 1 });
        const wording = latest
          ? await tx.find(SurveyQuestion, { standard: true, questionSetVersion: latest.version })
          : [];
        const texts = new Map(
          input.map((question) => [
            question.code,
            withKeptTranslations(
              given.get(question.code)!,
              question,
              wording.find((old) => old.code === question.code),
            ),
          ]),
        );
        if (latest) {
          // A version that changes nothing would only make rounds look as if they asked something new.
          const same = wording.every((old) =>
            sameTexts(old.texts, texts.get(old.code) ?? { EN: '' }),
          );
          if (same) {
            throw appError(
              'BAD_USER_INPUT',
              'Change at least one question to publish a new version.',
              {
                field: 'input',
              },
            );
          }
        }
        const set = tx.create(QuestionSet, {
          id: randomUUID(),
          version: (latest?.version ?? 0) + 1,
          createdAt: new Date(),
        });
        for (const question of input) {
          tx.create(SurveyQuestion, {
            id: randomUUID(),
            code: question.code,
            standard: true,
            questionSetVersion: set.version,
            roundId: null,
            policingAreaId: null,
            texts: texts.get(question.code)!,
          });
        }
        return set;
      });
    } catch (error) {
      // Two admins publishing at once both chose the same next version: one wins.
      if (error instanceof UniqueConstraintViolationException) {
        throw appError('CONFLICT', 'Another version was published just now. Try again.');
      }
      throw error;
    }
  }
}

/**
 * With no `translations` given, a question whose English is unchanged keeps the previous
 * version's translations: they translate that same English (an admin changing only Q2 need not
 * re-enter Q1's seven languages). A question with new English keeps none: they would translate
 * words no longer asked. Given `translations` (even empty) are taken as they are.
 */
function withKeptTranslations(
  texts: QuestionTexts,
  question: QuestionTextInput,
  previous: SurveyQuestion | undefined,
): QuestionTexts {
  if (question.translations != null || !previous || previous.texts.EN !== texts.EN) return texts;
  return { ...previous.texts, EN: texts.EN, CY: texts.CY! };
}

/** One question's wording in every language given; BAD_USER_INPUT for a language given twice. */
function questionTexts(question: QuestionTextInput): QuestionTexts {
  const texts: QuestionTexts = { EN: question.en.trim(), CY: question.cy.trim() };
  for (const { language, text } of question.translations ?? []) {
    if (texts[language] !== undefined) {
      throw appError(
        'BAD_USER_INPUT',
        `${question.code} has its ${language} wording more than once (English and Welsh go in en and cy).`,
        { field: 'translations', question: question.code, language },
      );
    }
    texts[language] = text.trim();
  }
  return texts;
}
