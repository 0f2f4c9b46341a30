import { describe, expect, it } from 'vitest';
import { readNewsletterForm, readReviewComment } from './form.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('the staff newsletter forms', () => {
  it('count characters as people see them: 150 emoji make a title of 150', () => {
    const title = '🚓'.repeat(150);
    expect(readNewsletterForm(form({ title }))).toMatchObject({ ok: true });
    expect(readNewsletterForm(form({ title: `${title}!` }))).toMatchObject({
      ok: false,
      errors: { title: 'title_too_long' },
    });
  });

  it('take a reviewer’s comment of 2000 characters, whatever the script', () => {
    expect(readReviewComment(form({ comment: '📣'.repeat(2000) }))).toMatchObject({ ok: true });
    expect(readReviewComment(form({ comment: '📣'.repeat(2001) }))).toMatchObject({
      ok: false,
      error: 'comment_too_long',
    });
  });
});
