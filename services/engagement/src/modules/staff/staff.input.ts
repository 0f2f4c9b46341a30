import { IsEmail, Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class AuthenticateStaffArgs {
  @Field({ description: 'The address the staff member signs in with.' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  email!: string;

  @Field({ description: 'Their password.' })
  @Length(1, 200, { message: 'Enter your password' })
  password!: string;
}

@ArgsType()
export class StaffSessionArgs {
  /** 32 random bytes in base64url are 43 characters; anything much longer is not a token. */
  @Field({ description: 'The session token from the portal’s encrypted cookie.' })
  @Length(1, 100, { message: 'That is not a session token.' })
  token!: string;
}
