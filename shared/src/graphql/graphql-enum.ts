import { registerEnumType } from 'type-graphql';
import { enumObject } from '../demographics.ts';

/**
 * Registers a string union (`['DRAFT', 'ACTIVE'] as const`) as a GraphQL enum and returns the
 * enum object for `@Field(() => …)`, so the type, the database check and the schema share one list.
 */
export function graphqlEnum<const Values extends readonly string[]>(
  name: string,
  values: Values,
  description?: string,
): { [V in Values[number]]: V } {
  const enumValues = enumObject(values);
  registerEnumType(enumValues, { name, description });
  return enumValues;
}
