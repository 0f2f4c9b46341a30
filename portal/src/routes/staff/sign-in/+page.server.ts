import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { AuthError, CredentialsSignin } from '@auth/sveltekit';
import { TooManyAttempts } from '#lib/staff/auth.server.ts';
import { auth } from '#lib/server/services.ts';
import {
  problemFromAuthJs,
  readSignInForm,
  type SignInErrors,
  type SignInValues,
} from './sign-in-form.ts';
import type { Actions, PageServerLoad } from './$types';

const STAFF_HOME = '/staff';

export const load = (({ locals, url }) => {
  if (locals.actor.kind === 'staff') redirect(303, STAFF_HOME);
  // Auth.js's own sign-in route (/auth/callback/credentials) comes back here with what went wrong.
  return { authJsProblem: problemFromAuthJs(url.searchParams) };
}) satisfies PageServerLoad;

/** What the page gets back when signing in did not work. */
export interface SignInFailure {
  values: SignInValues;
  errors: SignInErrors;
  /** Signing in could not be tried at all (the gateway or the engagement service is down). */
  unavailable?: true;
  /** Too many failed attempts, for the account or from here: try again in this many minutes. */
  waitMinutes?: number;
}

function failure(status: 400 | 429 | 503, data: SignInFailure) {
  return fail(status, data);
}

export const actions = {
  default: async (event) => {
    const form = readSignInForm(await event.request.formData());
    if (!form.ok) {
      return failure(400, { values: form.values, errors: form.errors });
    }
    const values = { email: form.email };

    try {
      // Auth.js's own action reads the credentials from a form body, so hand it one. An empty
      // `redirect` is its "return, don't redirect" (a form field can't be `false`): its redirect
      // is a 302 to an absolute URL built from the Host header, and after a POST we want a 303
      // to a path on this site, which we send below.
      const body = new FormData();
      body.set('providerId', 'credentials');
      body.set('email', form.email);
      body.set('password', form.password);
      body.set('redirect', '');
      body.set('redirectTo', STAFF_HOME);
      await auth.signIn(withForm(event, body));
    } catch (error) {
      // Before CredentialsSignin, which it is: a locked account says nothing about the password.
      if (error instanceof TooManyAttempts) {
        return failure(429, { values, errors: {}, waitMinutes: error.minutes });
      }
      if (error instanceof CredentialsSignin) {
        return failure(400, { values, errors: { email: 'credentials_wrong' } });
      }
      // Auth.js has logged it (src/lib/server/auth.ts): the gateway or the service is down.
      if (error instanceof AuthError) {
        return failure(503, { values, errors: {}, unavailable: true });
      }
      throw error;
    }
    redirect(303, STAFF_HOME);
  },
} satisfies Actions;

/**
 * The same request event carrying a new form body. The original headers go along: Auth.js builds
 * its URLs from Host and reads the session cookie.
 */
function withForm(event: RequestEvent, body: FormData): RequestEvent {
  const headers = new Headers(event.request.headers);
  headers.delete('content-type');
  headers.delete('content-length');
  const request = new Request(event.request.url, { method: 'POST', headers, body });
  return Object.create(event, { request: { value: request } });
}
