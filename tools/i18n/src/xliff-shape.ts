/** The XLIFF 2.0 core namespace (OASIS, 2014). */
export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** XLIFF 2.0 segment states, in the order a translation goes through them. */
export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';
export const SEGMENT_STATES: readonly SegmentState[] = [
  'initial',
  'translated',
  'reviewed',
  'final',
];
