import { ArrayMaxSize, ArrayNotEmpty, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DemographicsInput, PlainText } from '@engage/shared/graphql';
import {
  EmailFormatEnum,
  ResidentLanguageEnum,
  SubscriptionInterestEnum,
  type EmailFormat,
  type ResidentLanguage,
  type SubscriptionInterest,
} from './subscriber.types.ts';

/**
 * What a resident chooses, when subscribing and when changing their choices: both inputs inherit
 * these fields and their checks. No resolver takes this class itself, so type-graphql (which emits
 * only the types reachable from resolvers) leaves it out of the schema.
 */
@InputType()
abstract class SubscriptionChoicesInput {
  // 50 is far above the teams anyone follows; it bounds the work one request can ask for.
  @Field(() => [ID], { description: 'The teams to follow, at most 50.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose neighbourhoods from the list' })
  neighbourhoodIds!: string[];

  @Field(() => [ID], { description: 'The NPAs to follow, at most 20.' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'Choose areas from the list' })
  policingAreaIds!: string[];

  @Field(() => [SubscriptionInterestEnum], { description: 'What to get: at least one.' })
  @ArrayNotEmpty({ message: 'Choose at least one kind of email' })
  interests!: SubscriptionInterest[];

  @Field(() => ResidentLanguageEnum, { description: 'The language of the mail.' })
  language!: ResidentLanguage;

  @Field(() => EmailFormatEnum, { description: 'The format of the mail.' })
  format!: EmailFormat;
}

@InputType({
  description:
    'A resident’s sign-up: their address, what they want, and (if they choose) who they are.',
})
export class SubscribeInput extends SubscriptionChoicesInput {
  @Field(() => DemographicsInput, {
    description:
      'Age band, ethnic group, disability and gender, only if the resident chooses to say; used for reach figures, never shown alone.',
    nullable: true,
  })
  @IsOptional()
  demographics?: DemographicsInput | null;

  @Field({ description: 'The resident’s email address; a confirmation link is mailed to it.' })
  @PlainText({ max: 254 }, { message: 'Enter an email address of 254 characters or fewer' })
  email!: string;
}

@InputType({
  description: 'What a subscriber wants to get, as they change it from their manage link.',
})
export class PreferencesInput extends SubscriptionChoicesInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Withdraw consent: forget the demographic answers given before. Giving or changing them ' +
      'needs a fresh link (updateSubscriberDemographics), never the manage link.',
  })
  @IsOptional()
  clearDemographics?: boolean | null;
}
