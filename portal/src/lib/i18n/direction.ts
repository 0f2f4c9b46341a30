import { languageOf } from '@engage/shared/languages';
import { getLocale, type Locale } from '#lib/paraglide/runtime.js';

/** The way a page in `locale` runs, from shared/src/languages.ts (not guessed from the tag). */
export function textDirection(locale: Locale = getLocale()): 'ltr' | 'rtl' {
  return languageOf(locale).dir;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * The horizontal axis of a chart drawn as SVG, laid out the way the page reads. SVG coordinates
 * run left to right whatever `dir` says, so a chart on an Urdu or Arabic page is drawn through
 * this: its origin and value axis on the right, bars growing leftwards, time running right to
 * left, the first label at the start of the line. A chart is laid out as if left to right (x from
 * 0 to `width`) and each x goes through `at`; a shape's left edge goes through `edge` (it has a
 * width, so its mirror starts at the other side).
 *
 * `text-anchor` is NOT turned here: the chart's `<text>` inherits `direction` from the page, and
 * SVG's "start" and "end" already follow it (in right-to-left text, "start" is the right).
 */
export interface ChartAxis {
  rtl: boolean;
  at(x: number): number;
  edge(x: number, size: number): number;
}

export function chartAxis(width: number, locale: Locale = getLocale()): ChartAxis {
  const rtl = textDirection(locale) === 'rtl';
  return {
    rtl,
    at: (x) => (rtl ? width - x : x),
    edge: (x, size) => (rtl ? width - x - size : x),
  };
}

/** Unicode's LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE: <bdi dir="ltr"> in plain text. */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * A phone number, postcode, email address or web address put into a sentence (a message's
 * placeholder), kept left to right on an Urdu or Arabic page. Without it the bidi algorithm reads
 * "0116 496 0000" in right-to-left text as three numbers and shows "0000 496 0116". As markup, the
 * same is `<bdi dir="ltr">` or `dir="ltr"`; this is for text that has no element of its own. On a
 * left-to-right page nothing is added.
 */
export function ltrData(value: string, locale: Locale = getLocale()): string {
  return textDirection(locale) === 'rtl' ? `${LRI}${value}${PDI}` : value;
}
