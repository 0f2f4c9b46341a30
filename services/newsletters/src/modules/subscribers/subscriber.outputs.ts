import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgeBandEnum, DisabilityEnum, EthnicGroupEnum, GenderEnum } from '@engage/shared/graphql';
import type { AgeBand, Disability, EthnicGroup, Gender } from '@engage/shared/demographics';
import { Neighbourhood } from '../newsletter/neighbourhood.extension.ts';
import {
  EmailFormatEnum,
  ResidentLanguageEnum,
  SubscribeOutcomeEnum,
  SubscriberStatusEnum,
  SubscriptionInterestEnum,
  type EmailFormat,
  type ResidentLanguage,
  type SubscriberStatus,
  type SubscriptionInterest,
} from './subscriber.types.ts';

/** Engagement owns PolicingArea; here it is only a reference by id. */
@ObjectType()
@Directive('@key(fields: "id")')
export class PolicingArea {
  @Field(() => ID, { description: 'The NPA’s id, the same in every service.' })
  id!: string;
}

@ObjectType({
  description:
    'What a sign-up gets back: the same answer whether or not the address was already signed up, so nobody can find out who is.',
})
export class SubscribeResult {
  @Field(() => SubscribeOutcomeEnum, { description: 'Always CHECK_YOUR_EMAIL.' })
  outcome!: 'CHECK_YOUR_EMAIL';
}

@ObjectType('Demographics', {
  description: 'Answers given with separate consent; used only in aggregate.',
})
export class DemographicsView {
  @Field(() => AgeBandEnum, { description: 'The subscriber’s age band, as they told us.' })
  ageBand!: AgeBand;

  @Field(() => EthnicGroupEnum, { description: 'The subscriber’s ethnic group, as they told us.' })
  ethnicGroup!: EthnicGroup;

  @Field(() => DisabilityEnum, {
    description: 'Whether the subscriber has a disability, as they told us.',
  })
  disability!: Disability;

  @Field(() => GenderEnum, { description: 'The subscriber’s gender, as they told us.' })
  gender!: Gender;
}

@ObjectType({ description: 'What a subscriber chose, shown on their manage page.' })
export class SubscriberPreferences {
  @Field({ description: 'The subscriber’s address.' })
  email!: string;

  @Field(() => SubscriberStatusEnum, {
    description:
      'Pending (not confirmed yet), confirmed, unsubscribed, or suppressed (the address bounced).',
  })
  status!: SubscriberStatus;

  @Field(() => [Neighbourhood], { description: 'The teams they follow.' })
  neighbourhoods!: Neighbourhood[];

  @Field(() => [PolicingArea], { description: 'The NPAs they follow.' })
  policingAreas!: PolicingArea[];

  @Field(() => [SubscriptionInterestEnum], { description: 'What they want to get.' })
  interests!: SubscriptionInterest[];

  @Field(() => ResidentLanguageEnum, { description: 'The language of their mail.' })
  language!: ResidentLanguage;

  @Field(() => EmailFormatEnum, { description: 'The format of their mail.' })
  format!: EmailFormat;

  @Field({
    description:
      'Whether the subscriber has told us their age band, ethnic group, disability and gender. ' +
      'The answers themselves are never given for a manage link (it is in every email, so ' +
      'whoever a mail was forwarded to holds it): only for a fresh link, see subscriberDemographics.',
  })
  hasDemographics!: boolean;

  @Field({
    description:
      'A fresh manage-preferences link token: only ever returned to someone who proved, with a ' +
      'link from an email, that they hold the address.',
  })
  manageToken!: string;

  @Field({ description: 'A fresh unsubscribe link token, under the same rule.' })
  unsubscribeToken!: string;
}

@ObjectType({
  description: 'What an unsubscribe link does, shown before the resident confirms it.',
})
export class UnsubscribeResult {
  @Field({ description: 'The address removed, so the page can say which.' })
  email!: string;
}
