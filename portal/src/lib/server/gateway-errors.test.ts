import { describe, expect, it } from 'vitest';
import { HttpResponse } from 'msw';
import { PORTAL_SERVICE } from '@engage/shared/auth';
import { fakeGateway } from '../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../test/settings.ts';
import { fieldOfProblem, refused, saidAbout } from '#lib/forms/form.ts';
import { TypedDocumentString } from '#lib/graphql/graphql.ts';
import { createGateway } from './gateway.ts';
import { formWrite } from './gateway-errors.ts';

/**
 * A service's refusal that names a field (`extensions.field`) is shown beside that field, as the
 * form's own errors are, and its line in the error summary links to it.
 */

const gateway = fakeGateway();
const client = createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(PORTAL_SERVICE);
const SUBMIT = new TypedDocumentString<unknown, Record<string, unknown>>(
  'mutation S($id: ID!) { submitNewsletterForReview(id: $id) { id } }',
);
const refusal = (message: string, extensions: Record<string, unknown>) =>
  HttpResponse.json({ data: null, errors: [{ message, extensions }] });

const values = { title: 'Spring news', introduction: '', advice: '' };

describe('a form refused by a service', () => {
  it('names the field the service said its words are about', async () => {
    gateway.reply(() =>
      refusal('Write an introduction before sending it for review.', {
        code: 'BAD_USER_INPUT',
        field: 'introduction',
      }),
    );
    const result = await formWrite(() => client.request(SUBMIT, { id: 'n1' }));
    expect(result).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      problem: 'Write an introduction before sending it for review.',
      field: 'introduction',
    });
    if (result.ok) return;

    const failure = refused(values, result);
    expect(failure).toEqual({
      values,
      errors: {},
      problem: 'Write an introduction before sending it for review.',
      problemField: 'introduction',
    });
    // What the page gets back as `form`: the field shows the words, the summary links to it.
    expect(saidAbout(failure, 'introduction')).toBe(
      'Write an introduction before sending it for review.',
    );
    expect(saidAbout(failure, 'title')).toBeUndefined();
    expect(fieldOfProblem(failure, failure.problem!)).toBe('introduction');
  });

  it('finds the words in a named form of a page with several', async () => {
    gateway.reply(() =>
      refusal('The closing date must be after the opening date.', {
        code: 'BAD_USER_INPUT',
        field: 'closesOn',
      }),
    );
    const result = await formWrite(() => client.request(SUBMIT, { id: 'n1' }));
    if (result.ok) throw new Error('expected a refusal');
    const form = { create: refused({ opens: '', closes: '' }, result, { closesOn: 'closes' }) };
    expect(saidAbout(form, 'closes')).toBe('The closing date must be after the opening date.');
    expect(fieldOfProblem(form, 'The closing date must be after the opening date.')).toBe('closes');
  });

  it('keeps the words for the summary alone when the field is not one of the form’s', async () => {
    gateway.reply(() =>
      refusal('Choose a photo from the officer’s profile on the portal.', {
        code: 'BAD_USER_INPUT',
        field: 'author.photoUrl',
      }),
    );
    const result = await formWrite(() => client.request(SUBMIT, { id: 'n1' }));
    if (result.ok) throw new Error('expected a refusal');
    const failure = refused(values, result);
    expect(failure.problemField).toBeUndefined();
    expect(failure.problem).toBe('Choose a photo from the officer’s profile on the portal.');
    expect(saidAbout(failure, 'author.photoUrl')).toBeUndefined();
  });

  it('says nothing beside any field when the service named none', async () => {
    gateway.reply(() => refusal('This issue is not a draft.', { code: 'CONFLICT' }));
    const result = await formWrite(() => client.request(SUBMIT, { id: 'n1' }), ['CONFLICT']);
    expect(result).toEqual({ ok: false, code: 'CONFLICT', problem: 'This issue is not a draft.' });
    if (result.ok) return;
    const failure = refused(values, result);
    expect(failure).toEqual({ values, errors: {}, problem: 'This issue is not a draft.' });
    expect(saidAbout(failure, 'introduction')).toBeUndefined();
  });
});
