import { IsEmail, Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class AuthenticateStaffArgs {
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  email!: string;

  @Field()
  @Length(1, 200, { message: 'Enter your password' })
  password!: string;
}
