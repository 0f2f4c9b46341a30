import type { PolicingAreaSummary } from '#lib/areas/areas.ts';
import type { RoundSummary } from '#lib/surveys/surveys.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/** Survey rounds as staff manage them (services/surveys/API.md, "Rounds"). */

export interface StaffRound extends RoundSummary {
  questionSetVersion: number;
  policingAreaIds: string[];
  localQuestions: {
    policingAreaId: string;
    question: { id: string; code: string; text: string };
  }[];
  responseCount: number;
  nationalComparison: number | null;
}

const STAFF_ROUNDS = graphql(`
  query StaffSurveyRounds {
    surveyRounds {
      ...RoundFields
      questionSetVersion
      policingAreaIds
      localQuestions {
        policingAreaId
        question {
          id
          code
          text
        }
      }
      responseCount
      nationalComparison
    }
    policingAreas {
      ...PolicingAreaSummaryFields
    }
  }
`);

export async function staffRounds(
  gateway: Gateway,
): Promise<{ rounds: StaffRound[]; policingAreas: PolicingAreaSummary[] }> {
  const { surveyRounds, policingAreas } = await orStatusPage(gateway.request(STAFF_ROUNDS));
  return { rounds: surveyRounds, policingAreas };
}

export const CREATE_ROUND = graphql(`
  mutation CreateSurveyRound(
    $label: String!
    $opensOn: LocalDate!
    $closesOn: LocalDate!
    $policingAreaIds: [ID!]!
  ) {
    # The input's fields spelled out: API.md does not name its input type.
    createSurveyRound(
      input: {
        label: $label
        opensOn: $opensOn
        closesOn: $closesOn
        policingAreaIds: $policingAreaIds
      }
    ) {
      id
    }
  }
`);

export const ADD_LOCAL_QUESTION = graphql(`
  mutation AddLocalQuestion($roundId: ID!, $policingAreaId: ID!, $text: String!, $textCy: String) {
    addLocalQuestion(
      roundId: $roundId
      policingAreaId: $policingAreaId
      text: $text
      textCy: $textCy
    ) {
      id
    }
  }
`);

export const OPEN_ROUND = graphql(`
  mutation OpenSurveyRound($id: ID!) {
    openSurveyRound(id: $id) {
      id
      status
    }
  }
`);

export const CLOSE_ROUND = graphql(`
  mutation CloseSurveyRound($id: ID!) {
    closeSurveyRound(id: $id) {
      id
      status
    }
  }
`);

export const SET_NATIONAL = graphql(`
  mutation SetNationalComparison($roundId: ID!, $value: Float!) {
    setNationalComparison(roundId: $roundId, value: $value) {
      id
      nationalComparison
    }
  }
`);

/** A round as an administrator puts it right (API.md, "Putting a round right"). */
export interface RoundToPutRight extends RoundSummary {
  voidedAt: string | null;
  responseCount: number;
  excludedResponseCount: number;
  openLinkDays: { day: string; answers: number; excluded: number }[];
  auditEntries: {
    id: string;
    at: string;
    actorName: string;
    actorRole: string;
    action: string;
    reason: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
}

const ROUND_TO_PUT_RIGHT = graphql(`
  query RoundToPutRight($id: ID!) {
    surveyRound(id: $id) {
      ...RoundFields
      voidedAt
      responseCount
      excludedResponseCount
      openLinkDays {
        day
        answers
        excluded
      }
      auditEntries {
        id
        at
        actorName
        actorRole
        action
        reason
        before
        after
      }
    }
  }
`);

export async function roundToPutRight(gateway: Gateway, id: string) {
  const { surveyRound } = await orStatusPage(gateway.request(ROUND_TO_PUT_RIGHT, { id }));
  return surveyRound;
}

export const VOID_ROUND = graphql(`
  mutation VoidSurveyRound($roundId: ID!, $reason: String!) {
    voidSurveyRound(input: { roundId: $roundId, reason: $reason }) {
      id
      voidedAt
    }
  }
`);

export const EXCLUDE_OPEN_LINK = graphql(`
  mutation ExcludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {
    excludeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {
      changed
    }
  }
`);

export const INCLUDE_OPEN_LINK = graphql(`
  mutation IncludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {
    includeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {
      changed
    }
  }
`);
