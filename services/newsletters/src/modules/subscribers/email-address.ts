import { isEmail } from 'class-validator';

export interface EmailAddress {
  /** Trimmed, domain lower-cased: how we write to it (the local part may be case-sensitive). */
  address: string;
  /** Fully lower-cased: how we recognise it (no provider we know treats case as distinct). */
  key: string;
  /**
   * The mailbox as the sign-up limits count it: NFKC-folded and lower-cased, `+tag` removed, and
   * for Gmail (which ignores them) dots removed and googlemail.com read as gmail.com. Several
   * addresses share one limit key, so a stranger's inbox cannot be flooded through its aliases.
   * Never used to send or to recognise a subscriber: `victim+news@` is a real address of its own.
   */
  limitKey: string;
}

export type EmailProblem = 'invalid' | 'hidden-characters' | 'mixed-scripts';

/**
 * Characters a reader cannot see: format characters (zero-width space and joiners, soft hyphen,
 * byte-order mark, direction marks), anything Unicode says to ignore when rendering, and controls.
 */
const HIDDEN = /[\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\p{Z}]/u;

/**
 * Scripts whose letters are easily mistaken for one another's. Japanese mixes Han and kana by
 * nature, so those count as one; digits and punctuation belong to no script and mix freely.
 */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

function hasMixedScripts(text: string): boolean {
  const seen = new Set<string>();
  for (const character of text) {
    if (!/\p{L}/u.test(character)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'Other';
    seen.add(script);
  }
  return seen.size > 1;
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function limitKeyOf(address: string): string {
  const folded = address.normalize('NFKC').toLowerCase();
  const at = folded.lastIndexOf('@');
  let local = folded.slice(0, at).split('+')[0] || folded.slice(0, at);
  let domain = folded.slice(at + 1);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/**
 * The address, or why it is refused: not a plain, deliverable-looking address of at most 254
 * characters; hidden characters (one mailbox written many ways); letters from look-alike scripts
 * mixed in one part (a Cyrillic "а" among Latin letters makes a second address that reads as
 * the first).
 */
export function checkEmail(input: string): EmailAddress | EmailProblem {
  const trimmed = input.trim();
  if (HIDDEN.test(trimmed)) return 'hidden-characters';
  const at = trimmed.lastIndexOf('@');
  if (at < 1 || trimmed.length > 254) return 'invalid';
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (hasMixedScripts(local) || domain.split('.').some(hasMixedScripts)) return 'mixed-scripts';
  const address = `${local}@${domain}`;
  if (!isEmail(address, { allow_display_name: false, require_tld: true, allow_ip_domain: false })) {
    return 'invalid';
  }
  return { address, key: address.toLowerCase(), limitKey: limitKeyOf(address) };
}
