import { describe, expect, it } from 'vitest';
import { splitAround } from './split-message.ts';

describe('a sentence with a link inside it', () => {
  it('splits around the placeholder, wherever the language puts it', () => {
    expect(splitAround((area) => `Part of the ${area} policing area`)).toEqual([
      'Part of the ',
      ' policing area',
    ]);
    expect(splitAround((area) => `Rhan o ardal blismona ${area}`)).toEqual([
      'Rhan o ardal blismona ',
      '',
    ]);
  });
});
