/**
 * The sign-in form's rules, apart from the route so they read (and test) on their own.
 * Errors are message keys, not text: the page shows them in the visitor's language.
 */
export type SignInField = 'email' | 'password';
export type SignInErrorKey =
  'email_missing' | 'email_invalid' | 'password_missing' | 'credentials_wrong';

export type SignInErrors = Partial<Record<SignInField, SignInErrorKey>>;

/** What the form shows again after a problem. Never the password. */
export interface SignInValues {
  email: string;
}

export type SignInResult =
  | { ok: true; email: string; password: string }
  | { ok: false; values: SignInValues; errors: SignInErrors };

/** Deliberately loose: one @ with something either side. The engagement service decides the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Longer than any real address or password; stops a huge post reaching the gateway. */
const MAX_LENGTH = 320;

export function readSignInForm(form: FormData): SignInResult {
  const email = text(form.get('email')).trim();
  const password = text(form.get('password'));
  const errors: SignInErrors = {};

  if (!email) errors.email = 'email_missing';
  else if (!EMAIL.test(email) || email.length > MAX_LENGTH) errors.email = 'email_invalid';
  if (!password) errors.password = 'password_missing';
  else if (password.length > MAX_LENGTH) errors.password = 'password_missing';

  if (errors.email || errors.password) return { ok: false, values: { email }, errors };
  return { ok: true, email, password };
}

function text(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value : '';
}

/** What Auth.js's own route reports in the query of its redirect back to the sign-in page. */
export type AuthJsProblem =
  { kind: 'credentials_wrong' } | { kind: 'too_many_attempts'; minutes: number };

/** The longest lock is an hour; a bigger number in a crafted link is not ours. */
const MAX_WAIT_MINUTES = 60;

export function problemFromAuthJs(query: URLSearchParams): AuthJsProblem | null {
  if (query.get('error') !== 'CredentialsSignin') return null;
  const waiting = /^too_many_attempts_(\d{1,2})$/.exec(query.get('code') ?? '');
  const minutes = Number(waiting?.[1]);
  if (waiting && minutes >= 1 && minutes <= MAX_WAIT_MINUTES) {
    return { kind: 'too_many_attempts', minutes };
  }
  return { kind: 'credentials_wrong' };
}
