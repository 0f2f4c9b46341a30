import { defineModule } from '@engage/shared/graphql';
import { SignInLimitRow } from './sign-in-throttle.ts';
import { StaffAccount } from './staff-account.entity.ts';
import { StaffSession } from './staff-session.entity.ts';
import { StaffResolver } from './staff.resolver.ts';

/** Staff accounts, their sign-in and their sessions. */
export const staffModule = defineModule({
  name: 'staff',
  entities: [StaffAccount, StaffSession, SignInLimitRow],
  resolvers: [StaffResolver],
});
