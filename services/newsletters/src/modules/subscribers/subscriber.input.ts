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
  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Choose neighbourhoods from the list' })
  neighbourhoodIds!: string[];

  @Field(() => [ID])
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'Choose areas from the list' })
  policingAreaIds!: string[];

  @Field(() => [SubscriptionInterestEnum])
  @ArrayNotEmpty({ message: 'Choose at least one kind of email' })
  interests!: SubscriptionInterest[];

  @Field(() => ResidentLanguageEnum)
  language!: ResidentLanguage;

  @Field(() => EmailFormatEnum)
  format!: EmailFormat;
}

@InputType()
export class SubscribeInput extends SubscriptionChoicesInput {
  @Field(() => DemographicsInput, { nullable: true })
  @IsOptional()
  demographics?: DemographicsInput | null;

  @Field()
  @PlainText({ max: 254 }, { message: 'Enter an email address of 254 characters or fewer' })
  email!: string;
}

@InputType()
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
