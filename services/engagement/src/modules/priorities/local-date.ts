import { ValidateBy, type ValidationOptions } from 'class-validator';

import { ukToday } from '@engage/shared/uk-time';

/** For a "YYYY-MM-DD" date: today or earlier, UK time. Strings of that shape compare as dates. */
export function IsNotInTheFuture(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotInTheFuture',
      validator: { validate: (value) => typeof value === 'string' && value <= ukToday() },
    },
    options,
  );
}
