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
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class SubscribeResult {
  @Field(() => SubscribeOutcomeEnum)
  outcome!: 'CHECK_YOUR_EMAIL';
}

@ObjectType('Demographics', {
  description: 'Answers given with separate consent; used only in aggregate.',
})
export class DemographicsView {
  @Field(() => AgeBandEnum)
  ageBand!: AgeBand;

  @Field(() => EthnicGroupEnum)
  ethnicGroup!: EthnicGroup;

  @Field(() => DisabilityEnum)
  disability!: Disability;

  @Field(() => GenderEnum)
  gender!: Gender;
}

@ObjectType({ description: 'What a subscriber chose, shown on their manage page.' })
export class SubscriberPreferences {
  @Field()
  email!: string;

  @Field(() => SubscriberStatusEnum)
  status!: SubscriberStatus;

  @Field(() => [Neighbourhood])
  neighbourhoods!: Neighbourhood[];

  @Field(() => [PolicingArea])
  policingAreas!: PolicingArea[];

  @Field(() => [SubscriptionInterestEnum])
  interests!: SubscriptionInterest[];

  @Field(() => ResidentLanguageEnum)
  language!: ResidentLanguage;

  @Field(() => EmailFormatEnum)
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

@ObjectType()
export class UnsubscribeResult {
  @Field({ description: 'The address removed, so the page can say which.' })
  email!: string;
}
