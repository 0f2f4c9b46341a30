import { registerEnumType } from 'type-graphql';
import { enumObject } from '../demographics.ts';

/**
 * Registers a string union (`['DRAFT', 'ACTIVE'] as const`) as a GraphQL enum and returns the
 * enum object for `@Field(() => …)`, so the type, the database check and the schema share one list.
 * Given value descriptions, every value must have one (gateway/test/descriptions.test.ts).
 */
export function graphqlEnum<const Values extends readonly string[]>(
  name: string,
  values: Values,
  description?: string,
  valueDescriptions?: { [V in Values[number]]: string },
): { [V in Values[number]]: V } {
  const enumValues = enumObject(values);
  const valuesConfig = valueDescriptions
    ? (Object.fromEntries(
        Object.entries<string>(valueDescriptions).map(([value, text]) => [
          value,
          { description: text },
        ]),
      ) as { [V in Values[number]]: { description: string } })
    : undefined;
  registerEnumType(enumValues, { name, description, valuesConfig });
  return enumValues;
}
