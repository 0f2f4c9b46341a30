import {
  complementarySuppression,
  suppress,
  withheld,
  type Suppressible,
} from '@engage/shared/scoring';

/**
 * A quick poll's published table: votes for each answer and the total, which is their sum. The
 * same rule as every "Your Views" figure: a count under the threshold is never shown, and when
 * exactly one answer is hidden beside a shown total, another is held back too (complementary
 * suppression), so that no hidden count can be worked out by subtraction. A share is shown only
 * where both its count and the total are (a share beside a hidden total would give the total
 * back).
 */
export interface PollFigures {
  readonly total: Suppressible<number>;
  readonly options: ReadonlyMap<
    string,
    { readonly votes: Suppressible<number>; readonly share: Suppressible<number> }
  >;
}

const TOTAL = 'total';
const optionKey = (id: string) => `option:${id}`;

export function pollFigures(
  optionIds: readonly string[],
  votes: ReadonlyMap<string, number>,
  threshold: number,
): PollFigures {
  const count = (id: string) => votes.get(id) ?? 0;
  const totalVotes = optionIds.reduce((sum, id) => sum + count(id), 0);
  const counts = new Map<string, number>([
    [TOTAL, totalVotes],
    ...optionIds.map((id) => [optionKey(id), count(id)] as const),
  ]);
  const hidden = complementarySuppression(
    { counts, constraints: [{ total: TOTAL, parts: optionIds.map(optionKey) }] },
    threshold,
  );
  const figure = (key: string, value: number): Suppressible<number> =>
    hidden.has(key) ? withheld(threshold) : suppress(value, counts.get(key)!, threshold);
  const total = figure(TOTAL, totalVotes);
  return {
    total,
    options: new Map(
      optionIds.map((id) => {
        const shown = figure(optionKey(id), count(id));
        const share: Suppressible<number> =
          shown.kind === 'value' && total.kind === 'value'
            ? { kind: 'value', value: (shown.value / total.value) * 100, respondents: total.value }
            : withheld(threshold);
        return [id, { votes: shown, share }];
      }),
    ),
  };
}
