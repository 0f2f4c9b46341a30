import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officer } from '../support/actors.ts';
import { as, content, CREATE, UPDATE } from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf } from '../support/residents.ts';
import { Newsletter } from '../../src/modules/newsletter/newsletter.entity.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack({ workers: false });
});
afterAll(() => stack?.close());

const PREVIEW = `query($id: ID!) {
  newsletterEmailPreview(id: $id, format: HTML, language: EN) { html text }
}`;
const author = (photoUrl: string | null) => ({
  name: 'Sgt Priya Shah',
  role: 'Sergeant',
  photoUrl,
});

describe('the author’s photo', () => {
  it('is refused from any host but the portal, naming the field', async () => {
    const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2034-01' },
    });
    const id = createNewsletterDraft!.id;
    for (const photoUrl of [
      'https://tracker.example.net/pixel.gif',
      '//tracker.example.net/p.gif',
    ]) {
      const result = await stack.harness.execute(UPDATE, {
        actor: officer,
        variables: { id, input: { ...content, author: author(photoUrl) } },
      });
      expect(codeOf(result), photoUrl).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.['field']).toBe('author.photoUrl');
    }
    const saved = await as(stack.harness, officer, UPDATE, {
      id,
      input: { ...content, author: author('/demo-officers/officer-1.png') },
    });
    expect(saved.updateNewsletterDraft).toMatchObject({
      author: { photoUrl: '/demo-officers/officer-1.png' },
    });
  });

  it('must be a PNG or JPEG, which mail programs show: an SVG is refused with the reason', async () => {
    const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2034-03' },
    });
    const id = createNewsletterDraft!.id;

    const refused = await stack.harness.execute(UPDATE, {
      actor: officer,
      variables: { id, input: { ...content, author: author('/demo-officers/officer-1.svg') } },
    });

    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      'The photo must be a PNG or JPEG image: mail programs do not show other kinds, such as SVG.',
    );
    expect(refused.errors?.[0]?.extensions?.['field']).toBe('author.photoUrl');

    await as(stack.harness, officer, UPDATE, {
      id,
      input: { ...content, author: author('/demo-officers/officer-2.jpg') },
    });
    const preview = await as<{ newsletterEmailPreview: { html: string } }>(
      stack.harness,
      officer,
      PREVIEW,
      { id },
    );
    expect(preview.newsletterEmailPreview.html).toMatch(
      /<img[^>]+src="https?:\/\/[^"]+\/demo-officers\/officer-2\.jpg"/,
    );
  });

  it('stored as an SVG before the rule, is left out of the mail rather than shown broken', async () => {
    const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2034-04' },
    });
    const id = createNewsletterDraft!.id;
    await as(stack.harness, officer, UPDATE, { id, input: content });
    await stack.harness.orm.em
      .fork()
      .nativeUpdate(
        Newsletter,
        { id },
        { author: { officerId: null, ...author('/demo-officers/officer-1.svg') } },
      );

    const preview = await as<{ newsletterEmailPreview: { html: string } }>(
      stack.harness,
      officer,
      PREVIEW,
      { id },
    );

    expect(preview.newsletterEmailPreview.html).toContain('Sgt Priya Shah');
    expect(preview.newsletterEmailPreview.html).not.toContain('officer-1.svg');
  });

  it('never reaches a mail from a foreign host, even when one was stored before the rule', async () => {
    const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2034-02' },
    });
    const id = createNewsletterDraft!.id;
    await as(stack.harness, officer, UPDATE, { id, input: content });
    await stack.harness.orm.em
      .fork()
      .nativeUpdate(
        Newsletter,
        { id },
        { author: { officerId: null, ...author('https://tracker.example.net/pixel.gif') } },
      );
    const preview = await as<{ newsletterEmailPreview: { html: string; text: string } }>(
      stack.harness,
      officer,
      PREVIEW,
      { id },
    );
    expect(preview.newsletterEmailPreview.html).toContain('Sgt Priya Shah');
    expect(preview.newsletterEmailPreview.html).not.toContain('tracker.example.net');
    expect(preview.newsletterEmailPreview.text).not.toContain('tracker.example.net');
    const shown = await as<{ newsletterById: { author: { photoUrl: string | null } } }>(
      stack.harness,
      officer,
      `query($id: ID!) { newsletterById(id: $id) { author { photoUrl } } }`,
      { id },
    );
    expect(shown.newsletterById.author.photoUrl).toBeNull();
  });
});
