import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ROLES, type Role } from '@engage/shared/auth';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PolicingArea } from '../geography/policing-area.entity.ts';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as {
  [R in Role]: R;
};
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a member of staff may do: see README "Who uses it".',
  valuesConfig: {
    OFFICER: { description: 'A neighbourhood officer: manages their own team’s records.' },
    COMMANDER: { description: 'An NPA commander: reads and acts for every team in their NPA.' },
    REVIEWER: { description: 'Reviews newsletters and alerts before they are sent.' },
    ANALYST: { description: 'Reads the whole force’s records and figures; changes nothing.' },
    ADMIN: { description: 'Does everything, for the whole force.' },
  },
});

/**
 * A member of staff who signs in to the portal's staff area. The portal holds no accounts of its
 * own; it checks a sign-in here, through the gateway.
 */
@ObjectType('StaffMember', {
  description: 'A member of staff: an officer, commander or back-office user.',
})
@Entity({ tableName: 'staff_account' })
@Check({
  name: 'staff_account_team_matches_role',
  expression:
    "(role <> 'OFFICER' or neighbourhood_id is not null) and (role <> 'COMMANDER' or policing_area_id is not null)",
})
export class StaffAccount {
  @Field(() => ID, { description: 'The staff account’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Stored lower-case, so sign-in is not case-sensitive. */
  @Field({ description: 'The address the person signs in with, lower case.' })
  @Property({ type: 'string', unique: true })
  email!: string;

  @Field({ description: 'The person’s name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => RoleEnum, {
    description: 'What the account may do: officer, commander, reviewer, analyst or admin.',
  })
  @Enum({ items: [...ROLES], nativeEnumName: undefined })
  role!: Role;

  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  /**
   * When the account was disabled (someone left, or a device was lost): it can no longer sign in,
   * and its sessions end at their next request. Null while the account is in use.
   */
  @Property({ type: 'datetime', nullable: true, hidden: true })
  disabledAt: Date | null = null;

  /** The team an OFFICER belongs to. */
  @ManyToOne(() => Neighbourhood, { nullable: true, deleteRule: 'restrict' })
  neighbourhood: Neighbourhood | null = null;

  /** The NPA a COMMANDER leads. */
  @ManyToOne(() => PolicingArea, { nullable: true, deleteRule: 'restrict' })
  policingArea: PolicingArea | null = null;
}
