import { registerEnumType } from 'type-graphql';

/**
 * Registers a string union (`['OPEN', 'CLOSED'] as const`) as a GraphQL enum and returns the enum
 * object for `@Field(() => …)`, so the type, the column and the schema share one list.
 */
export function graphqlEnum<const Values extends readonly string[]>(
  name: string,
  values: Values,
  description?: string,
): { [V in Values[number]]: V } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as {
    [V in Values[number]]: V;
  };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
