import { isEmail } from 'class-validator';

export interface EmailAddress {
  /** Trimmed, domain lower-cased: how we write to it (the local part may be case-sensitive). */
  address: string;
  /** Fully lower-cased: how we recognise it (no provider we know treats case as distinct). */
  key: string;
}

/** Null for anything that is not a plain, deliverable-looking address of at most 254 characters. */
export function normaliseEmail(input: string): EmailAddress | null {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1 || trimmed.length > 254) return null;
  const address = `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
  if (!isEmail(address, { allow_display_name: false, require_tld: true, allow_ip_domain: false })) {
    return null;
  }
  return { address, key: address.toLowerCase() };
}
