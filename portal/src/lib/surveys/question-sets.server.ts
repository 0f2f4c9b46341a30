import { graphql } from '#lib/graphql/index.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/** The five standard "Your Views" questions: the current version, and publishing a new one. */

const CURRENT_QUESTION_SET = graphql(`
  query CurrentQuestionSet {
    currentQuestionSet {
      version
      createdAt
      questions {
        code
        en: text(language: EN)
        cy: text(language: CY)
      }
    }
  }
`);

export const PUBLISH_QUESTION_SET = graphql(`
  mutation PublishQuestionSet($input: [QuestionTextInput!]!) {
    publishQuestionSet(input: $input) {
      version
    }
  }
`);

export async function currentQuestionSet(gateway: Gateway) {
  const { currentQuestionSet } = await orStatusPage(gateway.request(CURRENT_QUESTION_SET, {}));
  return currentQuestionSet;
}
