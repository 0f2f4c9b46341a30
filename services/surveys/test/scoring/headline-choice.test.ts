import { describe, expect, it } from 'vitest';
import { chooseHeadline, roundCovers, suppress } from '../../src/modules/scoring/index.ts';

const round = (label: string, score: number, respondents: number) => ({
  label,
  figure: suppress({ score }, respondents),
});

describe('which round an area headlines', () => {
  it('counts a force-wide round for everyone, an NPA round only for that NPA and its teams', () => {
    expect(roundCovers([], null)).toBe(true);
    expect(roundCovers([], 'npa-a')).toBe(true);
    expect(roundCovers(['npa-a'], 'npa-a')).toBe(true);
    expect(roundCovers(['npa-a'], 'npa-b')).toBe(false);
    // The force's headline never comes from a round for some NPAs only.
    expect(roundCovers(['npa-a'], null)).toBe(false);
  });

  it('headlines the latest round when its figure is shown', () => {
    const choice = chooseHeadline([round('May 2026', 53, 400), round('November 2026', 55, 420)]);
    expect(choice?.latest.label).toBe('November 2026');
    expect(choice?.shown?.label).toBe('November 2026');
  });

  it('keeps the last figure with enough answers beside a thin newer round', () => {
    const choice = chooseHeadline([
      round('May 2026', 53, 40),
      round('August 2026', 0, 4),
      round('November 2026', 0, 9),
    ]);
    expect(choice?.latest).toMatchObject({
      label: 'November 2026',
      figure: { kind: 'suppressed' },
    });
    expect(choice?.shown).toMatchObject({ label: 'May 2026', figure: { value: { score: 53 } } });
  });

  it('has nothing to show when no round had enough answers, and no headline before any round', () => {
    expect(chooseHeadline([round('May 2026', 50, 3)])?.shown).toBeNull();
    expect(chooseHeadline([])).toBeNull();
  });
});
