import { describe, expect, it } from 'vitest';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import { getEvent, outcome, postEvent } from '../../../../test/staff-events.ts';
import { actions, load } from './[id]/translations/+page.server.ts';

const gateway = fakeGateway();

const PATH = '/staff/newsletters/nl-1/translations';
const GUJARATI = {
  language: 'GU',
  title: 'કેસલ પડોશના સમાચાર',
  introduction: '<p>નમસ્તે</p>',
  advice: '',
  updatedAt: '2026-11-30T10:00:00.000Z',
  updatedByName: 'PC Sam Jones',
};
const ISSUE = {
  id: 'nl-1',
  month: '2026-11',
  title: 'Castle in November',
  status: 'PUBLISHED',
  introduction: '<p>Hello</p>',
  advice: '',
  neighbourhood: { id: 'n-castle', slug: 'castle', name: 'Castle' },
  translations: [GUJARATI],
};
const params = { id: 'nl-1' };

describe('translating a newsletter issue in the staff area', () => {
  it('lists the translations and fills the form with the one asked for, or an empty one', async () => {
    gateway.reply(() => data({ newsletterById: ISSUE }));
    const gujarati = await load(getEvent(`${PATH}?language=GU`, params));
    expect(gujarati).toMatchObject({
      newsletter: { translations: [{ language: 'GU' }] },
      values: { language: 'GU', title: GUJARATI.title, introduction: GUJARATI.introduction },
      done: null,
    });

    gateway.reply(() => data({ newsletterById: ISSUE }));
    const urdu = await load(getEvent(`${PATH}?language=UR&done=saved`, params));
    expect(urdu).toMatchObject({
      values: { language: 'UR', title: '', introduction: '', advice: '' },
      done: 'saved',
    });

    // English is the issue itself, and a made-up language is no language: no form.
    for (const asked of ['EN', 'XX']) {
      gateway.reply(() => data({ newsletterById: ISSUE }));
      expect(await load(getEvent(`${PATH}?language=${asked}`, params))).toMatchObject({
        values: null,
      });
    }
  });

  it('keeps what was typed and says what is wrong, asking the service nothing', async () => {
    const result = await actions.save(
      postEvent(PATH, params, { language: 'EN', title: ' ', introduction: '<p>x</p>', advice: '' }),
    );
    expect(result).toMatchObject({
      status: 400,
      data: {
        values: { language: 'EN', title: '', introduction: '<p>x</p>' },
        errors: { language: 'language_missing', title: 'title_missing' },
      },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('saves a translation and comes back to the list saying so', async () => {
    gateway.reply(() => data({ saveNewsletterTranslation: { language: 'UR' } }));
    const body = {
      language: 'UR',
      title: 'کیسل کی خبریں',
      introduction: '<p>سلام</p>',
      advice: '',
    };
    const thrown = await outcome(() => actions.save(postEvent(PATH, params, body)));
    expect(thrown).toMatchObject({ status: 303, location: `${PATH}?done=saved` });
    expect(gateway.calls[0]?.query).toContain('saveNewsletterTranslation(id: $id, input: $input)');
    expect(gateway.calls[0]?.variables).toEqual({ id: 'nl-1', input: body });
  });

  it('shows the service’s refusal beside the values typed', async () => {
    gateway.reply(() =>
      graphQLError('You can only work on your own team’s newsletter.', 'CONFLICT'),
    );
    const body = { language: 'PL', title: 'Wiadomości', introduction: '', advice: '' };
    const result = await actions.save(postEvent(PATH, params, body));
    expect(result).toMatchObject({
      status: 400,
      data: { values: body, problem: 'You can only work on your own team’s newsletter.' },
    });
  });

  it('asks to confirm before removing a translation, then removes it', async () => {
    const asked = await actions.confirmRemove(postEvent(PATH, params, { language: 'GU' }));
    expect(asked).toEqual({ confirmingRemove: 'GU' });
    expect(gateway.calls).toHaveLength(0);

    gateway.reply(() => data({ removeNewsletterTranslation: { id: 'nl-1' } }));
    const thrown = await outcome(() => actions.remove(postEvent(PATH, params, { language: 'GU' })));
    expect(thrown).toMatchObject({ status: 303, location: `${PATH}?done=removed` });
    expect(gateway.calls[0]?.variables).toEqual({ id: 'nl-1', language: 'GU' });
  });
});
