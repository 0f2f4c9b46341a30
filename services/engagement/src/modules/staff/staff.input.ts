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

@ArgsType()
export class StaffSessionArgs {
  /** 32 random bytes in base64url are 43 characters; anything much longer is not a token. */
  @Field()
  @Length(1, 100, { message: 'That is not a session token.' })
  token!: string;
}
