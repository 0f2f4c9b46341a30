import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officer, reviewer } from '../support/actors.ts';
import { as, content, CREATE, REQUEST_CHANGES, SUBMIT, UPDATE } from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf, subscribeInput, SUBSCRIBE } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack({ workers: false });
});
afterAll(() => stack?.close());

/** RIGHT-TO-LEFT OVERRIDE: makes "txt.exe" display as "exe.txt" ("Trojan Source"). */
const RLO = '\u202E';

let month = 1;
async function draft(): Promise<string> {
  const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month: `2033-${String(month++).padStart(2, '0')}` },
  });
  return createNewsletterDraft!.id;
}

const update = (id: string, input: Record<string, unknown>) =>
  stack.harness.execute(UPDATE, {
    actor: officer,
    variables: { id, input: { ...content, ...input } },
  });

/** The team's work in the content, with one priority's and one event's fields changed. */
const work = (priority: Record<string, unknown>, event: Record<string, unknown> = {}) => ({
  priorities: [{ ...content.teamWork.priorities[0], ...priority }],
  events: [{ ...content.teamWork.events[0], ...event }],
});

describe('free text in a newsletter', () => {
  it('counts characters as people see them, so a title of 150 emoji is accepted', async () => {
    const id = await draft();
    const title = '🚓'.repeat(150);
    const result = await update(id, { title });
    expect(result.errors).toBeUndefined();
    expect(codeOf(await update(id, { title: `${title}!` }))).toBe('BAD_USER_INPUT');
  });

  it('refuses text-direction controls in every plain-text field', async () => {
    const id = await draft();
    const spoofed = `Meeting moved ${RLO}txt.exe`;
    const attempts: Record<string, unknown>[] = [
      { title: spoofed },
      { contact: spoofed },
      { author: { name: spoofed, role: 'Sergeant', photoUrl: null } },
      { author: { name: 'Sgt Shah', role: spoofed, photoUrl: null } },
      { teamWork: work({ title: spoofed }) },
      { teamWork: work({ residentsSaid: spoofed }) },
      { teamWork: work({ updates: [{ actionOn: '2033-01-02', weDid: spoofed }] }) },
      { teamWork: work({}, { title: spoofed }) },
      { teamWork: work({}, { place: spoofed }) },
    ];
    for (const input of attempts) {
      expect(codeOf(await update(id, input)), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses text-direction controls in the rich-text fields, typed or written as entities', async () => {
    const id = await draft();
    for (const html of [
      `<p>Hello ${RLO}olleh</p>`,
      '<p>Hello &#x202E;olleh</p>',
      '<p>&#8238;x</p>',
    ]) {
      expect(codeOf(await update(id, { introduction: html })), html).toBe('BAD_USER_INPUT');
      expect(codeOf(await update(id, { advice: html })), html).toBe('BAD_USER_INPUT');
    }
    expect((await update(id, { introduction: '<p>שלום, hello</p>' })).errors).toBeUndefined();
  });

  it('refuses a reviewer’s comment with text-direction controls, and counts its characters', async () => {
    const id = await draft();
    await as(stack.harness, officer, UPDATE, { id, input: content });
    await as(stack.harness, officer, SUBMIT, { id });
    const comment = (text: string) =>
      stack.harness.execute(REQUEST_CHANGES, { actor: reviewer, variables: { id, comment: text } });
    const refused = await comment(`Fix ${RLO}this`);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.['field']).toBe('comment');
    expect((await comment('📣'.repeat(2000))).errors).toBeUndefined();
  });
});

describe('free text from a resident', () => {
  it('refuses an email address with text-direction controls, naming the field', async () => {
    const result = await stack.harness.execute(SUBSCRIBE, {
      variables: {
        input: subscribeInput(`moc.elpmaxe${RLO}@evil.example`, { neighbourhoodIds: [team.id] }),
      },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});
