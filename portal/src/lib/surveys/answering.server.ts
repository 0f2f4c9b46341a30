import { residentLanguageOf, type ResidentLanguage } from '@engage/shared/languages';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { SurveyAnswers } from '#lib/surveys/form.ts';
import type { RoundSummary, SurveyQuestion } from '#lib/surveys/surveys.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { orRefusal } from '#lib/server/gateway-errors.ts';
import { graphql } from '#lib/graphql/index.ts';

/**
 * Answering "Your Views" through the gateway (services/surveys/API.md): the invitation or round,
 * its questions, and the submission. The answers go as they are; the gateway decides the rules,
 * and the service counts its limits against the visitor's client key that the portal signs into
 * every request (locals.gateway), not against anything in the mutation.
 */

graphql(`
  fragment RoundFields on SurveyRound {
    id
    label
    opensOn
    closesOn
    status
  }
`);

const SURVEY_INVITATION = graphql(`
  query SurveyInvitation($token: String!) {
    surveyInvitation(token: $token) {
      alreadyAnswered
      neighbourhood {
        id
        slug
        name
      }
      round {
        ...RoundFields
      }
    }
  }
`);

const ROUND_QUESTIONS = graphql(`
  query SurveyRoundQuestions($id: ID!, $neighbourhoodId: ID, $language: ResidentLanguage) {
    surveyRound(id: $id) {
      ...RoundFields
      questions(neighbourhoodId: $neighbourhoodId) {
        id
        code
        text(language: $language)
        textLanguage(language: $language)
        standard
      }
    }
  }
`);

export const SUBMIT_SURVEY = graphql(`
  mutation SubmitSurveyResponse($input: SubmitSurveyInput!) {
    submitSurveyResponse(input: $input) {
      verified
      neighbourhood {
        id
        slug
      }
      round {
        id
      }
    }
  }
`);

const FIND_NEIGHBOURHOOD = graphql(`
  query SurveyPostcode($postcode: String!) {
    findNeighbourhood(postcode: $postcode) {
      __typename
      ... on PostcodeMatch {
        neighbourhood {
          id
          slug
          name
        }
      }
    }
  }
`);

export interface NeighbourhoodRef {
  id: string;
  slug: string;
  name: string;
}

export interface Invitation {
  alreadyAnswered: boolean;
  neighbourhood: NeighbourhoodRef;
  round: RoundSummary;
}

export interface RoundWithQuestions extends RoundSummary {
  questions: SurveyQuestion[];
}

/**
 * The language questions are asked in, and answers are recorded as given in: the page's. The
 * survey counts every language alike; analysts can compare them (Breakdown ANSWER_LANGUAGE).
 */
export function residentLanguage(): ResidentLanguage {
  return residentLanguageOf(getLocale());
}

export async function invitation(gateway: Gateway, token: string) {
  return orRefusal(
    gateway.request(SURVEY_INVITATION, { token }).then((data) => data.surveyInvitation),
    ['INVALID_LINK'] as const,
  );
}

/** A round and its questions: the five, then the local ones for that neighbourhood's NPA. */
export async function roundQuestions(
  gateway: Gateway,
  id: string,
  neighbourhoodId: string | null,
): Promise<RoundWithQuestions | null> {
  const { surveyRound } = await gateway.request(ROUND_QUESTIONS, {
    id,
    neighbourhoodId,
    language: residentLanguage(),
  });
  return surveyRound;
}

export type PostcodeLookup =
  | { kind: 'none' }
  | { kind: 'found'; neighbourhood: NeighbourhoodRef }
  | { kind: 'not-found' }
  | { kind: 'invalid' };

/** Longer than any UK postcode (8 with its space): not one, so it need not travel. */
const MAX_POSTCODE_LENGTH = 20;

/** An optional postcode placed by engagement's findNeighbourhood (as /find does). */
export async function placePostcode(gateway: Gateway, postcode: string): Promise<PostcodeLookup> {
  if (!postcode) return { kind: 'none' };
  if (postcode.length > MAX_POSTCODE_LENGTH) return { kind: 'invalid' };
  const { findNeighbourhood } = await gateway.request(FIND_NEIGHBOURHOOD, { postcode });
  if (findNeighbourhood.__typename === 'PostcodeMatch' && findNeighbourhood.neighbourhood) {
    return { kind: 'found', neighbourhood: findNeighbourhood.neighbourhood };
  }
  return findNeighbourhood.__typename === 'InvalidPostcode'
    ? { kind: 'invalid' }
    : { kind: 'not-found' };
}

export interface Submitted {
  verified: boolean;
  neighbourhood: { id: string; slug: string } | null;
  round: { id: string };
}

export async function submitSurvey(
  gateway: Gateway,
  how: { token: string } | { roundId: string; neighbourhoodId: string | null },
  answers: SurveyAnswers,
) {
  const input = {
    ...how,
    language: residentLanguage(),
    answers: answers.answers,
    ...(answers.demographics ? { demographics: answers.demographics } : {}),
  };
  return orRefusal(
    gateway.request(SUBMIT_SURVEY, { input }).then((data) => data.submitSurveyResponse),
    ['ALREADY_ANSWERED', 'INVALID_LINK', 'ROUND_CLOSED', 'RATE_LIMITED', 'BAD_USER_INPUT'] as const,
  );
}

/** Where a resident goes after answering: thanks, and what their area said last round. */
export function thankYouPath(submitted: Submitted): string {
  const query = new URLSearchParams({ round: submitted.round.id });
  if (submitted.neighbourhood) query.set('area', submitted.neighbourhood.slug);
  return `/your-views/thank-you?${query}`;
}
