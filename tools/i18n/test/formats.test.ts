import { describe, expect, it } from 'vitest';
import { i18nextFormat } from '../src/formats/i18next.ts';
import { inlangFormat } from '../src/formats/inlang.ts';
import { icuLiteral, parseIcu, variablesOf } from '../src/icu.ts';
import { i18nextUsage, paraglideUsage } from '../src/usage.ts';

const PLURAL = [
  {
    declarations: ['input count', 'input round', 'local countPlural = count: plural'],
    selectors: ['countPlural'],
    match: {
      'countPlural=one': '{count} answer in {round}',
      'countPlural=*': '{count} answers in {round}',
    },
  },
];

describe('the catalogue formats as ICU MessageFormat', () => {
  it('reads inlang strings and plural variants as ICU', () => {
    const { entries, problems } = inlangFormat.read({
      $schema: 'x',
      plain: 'Hello {name}, it’s {day}',
      counted: PLURAL,
    });
    expect(problems).toEqual([]);
    expect(entries.map(({ key, icu }) => [key, icu])).toEqual([
      ['plain', 'Hello {name}, it’s {day}'],
      [
        'counted',
        '{count, plural, one {{count} answer in {round}} other {{count} answers in {round}}}',
      ],
    ]);
    expect(variablesOf(entries[1]?.icu ?? '')).toEqual(['count', 'round']);
  });

  it('writes a translator’s plural back in English’s declarations, with the language’s own forms', () => {
    const english = inlangFormat.read({ counted: PLURAL }).entries[0]!;
    const raw = inlangFormat.fromIcu(
      'counted',
      '{count, plural, one {# odpowiedź w {round}} few {# odpowiedzi w {round}} other {# odpowiedzi ({round})}}',
      english,
    );
    expect(raw).toEqual([
      {
        ...PLURAL[0],
        match: {
          'countPlural=one': '{count} odpowiedź w {round}',
          'countPlural=few': '{count} odpowiedzi w {round}',
          'countPlural=*': '{count} odpowiedzi ({round})',
        },
      },
    ]);
  });

  it('turns a plural English does not have into declarations of its own', () => {
    const english = inlangFormat.read({ plain: 'Every {count} days' }).entries[0]!;
    expect(
      inlangFormat.fromIcu('plain', '{count, plural, one {Co # dzień} other {Co # dni}}', english),
    ).toEqual([
      {
        declarations: ['input count', 'local countPlural = count: plural'],
        selectors: ['countPlural'],
        match: { 'countPlural=one': 'Co {count} dzień', 'countPlural=*': 'Co {count} dni' },
      },
    ]);
  });

  it('reads i18next suffixes as one plural key and writes them back in CLDR order', () => {
    const { entries } = i18nextFormat.read({
      confirmation: {
        expires_one: '{{count}} day',
        expires_other: '{{count}} days',
        heading: 'Hi {{ name }}',
      },
    });
    expect(entries.map(({ key, icu }) => [key, icu])).toEqual([
      ['confirmation.expires', '{count, plural, one {{count} day} other {{count} days}}'],
      ['confirmation.heading', 'Hi {name}'],
    ]);
    const raw = i18nextFormat.fromIcu(
      'confirmation.expires',
      '{count, plural, other {# dni} one {# dzień} few {# dni}}',
      entries[0]!,
    );
    expect(i18nextFormat.write({}, [{ key: 'confirmation.expires', icu: '', raw }])).toEqual({
      confirmation: {
        expires_one: '{{count}} dzień',
        expires_few: '{{count}} dni',
        expires_other: '{{count}} dni',
      },
    });
  });

  it('refuses in i18next what i18next cannot say', () => {
    const english = i18nextFormat.read({ a: 'x {{count}}' }).entries[0]!;
    expect(() => i18nextFormat.fromIcu('a', '{n, plural, other {x {count}}}', english)).toThrow(
      'a mail message can only have one plural, chosen by {count}',
    );
    expect(() =>
      i18nextFormat.fromIcu('a', '{count, plural, =0 {none} other {x}}', english),
    ).toThrow('i18next has no plural form "=0"');
  });

  it('quotes what ICU would read as syntax, so text survives the trip', () => {
    const text = "It's {not} a variable, it''s # text";
    const icu = icuLiteral(text, true);
    const [literal] = parseIcu(`{n, plural, other {${icu}}}`);
    expect(literal && 'options' in literal ? literal.options.other?.value : undefined).toEqual([
      expect.objectContaining({ value: text }),
    ]);
  });
});

describe('which keys the code uses', () => {
  const used = (rule: { keysUsedIn(text: string): Iterable<string> }, text: string) => [
    ...rule.keysUsedIn(text),
  ];

  it('finds Paraglide calls, references passed as functions and m["…"], and strings only where m is indexed', () => {
    const rule = paraglideUsage([]);
    expect(
      used(rule, "m.home_title(); const L = { open: m.survey_status_open }; m['skip_link']()"),
    ).toEqual(['home_title', 'survey_status_open', 'skip_link']);
    expect(used(rule, "const mode = 'optional';")).toEqual([]);
    expect(used(rule, "const KEYS = ['yes', 'no'] as const; KEYS.map((key) => m[key]())")).toEqual(
      expect.arrayContaining(['yes', 'no']),
    );
  });

  it('takes a key built in a template literal as a use of every key that starts so', () => {
    expect(used(paraglideUsage([]), 'm[`survey_status_${round.status}`]()')).toContain(
      'survey_status_*',
    );
    expect(used(i18nextUsage([]), 'm.t(`language.${code}`)')).toEqual(['language.*']);
  });

  it('finds i18next keys as dotted strings, also when a condition picks them', () => {
    expect(
      used(i18nextUsage([]), "m.t(urgent ? 'alert.urgentSubject' : 'alert.subject', { from })"),
    ).toEqual(['alert.urgentSubject', 'alert.subject']);
  });
});
