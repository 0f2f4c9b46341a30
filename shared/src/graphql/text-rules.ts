import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Rules for free text that staff or residents type, applied at the edge (GraphQL input types).
 *
 * - Lengths count characters as people see them (Unicode code points), not UTF-16 units, so a
 *   Gujarati or emoji-laden title is not cut short at half the limit.
 * - Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
 *   refused: placed in a title they can make text display in an order other than the one stored
 *   ("Trojan Source", CVE-2021-42574), so a reviewer approves something other than what is sent.
 *   Right-to-left text itself needs none of them; the marks U+200E/U+200F stay allowed.
 * - Other control characters are refused, except tab and line breaks in multi-line text.
 */

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// C0 and C1 controls, less tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** How many characters a person would count in `text`. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Why `text` is not acceptable free text, or null when it is. */
export function textProblem(
  text: string,
  limits: { max: number; min?: number },
): 'too-long' | 'too-short' | 'bidi-control' | 'control' | null {
  if (BIDI_CONTROLS.test(text)) return 'bidi-control';
  if (CONTROL.test(text)) return 'control';
  const count = characterCount(text);
  if (count > limits.max) return 'too-long';
  if (limits.min !== undefined && count < limits.min) return 'too-short';
  return null;
}

const MESSAGES = {
  'too-long': (max: number) => `must be ${max} characters or fewer`,
  'too-short': (_max: number, min = 1) => `must be at least ${min} characters`,
  'bidi-control': () => 'must not contain text-direction control characters',
  control: () => 'must not contain control characters',
} as const;

/**
 * The class-validator rule for free text: at most `max` characters (code points), at least `min`
 * when given, no direction-override or control characters. Use it instead of MaxLength/MinLength.
 */
export function PlainText(
  limits: { max: number; min?: number },
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'plainText',
      constraints: [limits],
      validator: {
        validate: (value: unknown) =>
          value === null ||
          value === undefined ||
          (typeof value === 'string' && textProblem(value, limits) === null),
      },
    },
    {
      ...options,
      message:
        options?.message ??
        ((args) => {
          const value: unknown = args.value;
          if (typeof value !== 'string') return `${args.property} must be text`;
          const problem = textProblem(value, limits);
          return problem
            ? `${args.property} ${MESSAGES[problem](limits.max, limits.min)}`
            : `${args.property} is not acceptable text`;
        }),
    },
  );
}
