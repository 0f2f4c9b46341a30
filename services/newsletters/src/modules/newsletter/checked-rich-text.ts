import { appError, textProblem } from '@engage/shared/graphql';
import { sanitizeRichText } from '../rich-text/index.ts';

/**
 * Sanitised rich text, checked again after sanitising: the input rule sees `&#x202E;` as eight
 * harmless characters, but the sanitiser decodes it into the direction control it names. For an
 * issue's introduction and advice, and for their translations.
 */
export function checkedRichText(field: 'introduction' | 'advice', html: string): string {
  const clean = sanitizeRichText(html);
  if (textProblem(clean, { max: Number.MAX_SAFE_INTEGER }) !== null) {
    throw appError(
      'BAD_USER_INPUT',
      `The ${field} must not contain direction or control characters.`,
      {
        field,
      },
    );
  }
  return clean;
}
