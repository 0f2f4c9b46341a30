import { Field, ObjectType } from 'type-graphql';
import { StaffAccount } from './staff-account.entity.ts';

/** What a right email and password get the portal: who signed in, and their new session. */
@ObjectType({ description: 'A staff sign-in that worked. Only the portal ever sees one.' })
export class StaffSignIn {
  @Field({
    description:
      'The session token, for the staff member’s cookie only: staffSession(token) reads it back, endStaffSession(token) ends it.',
  })
  token!: string;

  @Field(() => StaffAccount, { description: 'The account that signed in.' })
  staff!: StaffAccount;
}
