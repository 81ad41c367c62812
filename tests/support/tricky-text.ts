import fc from 'fast-check';

/**
 * Pieces of text that ask ICU hard questions (marks, joiners, unusual spaces, flags, CJK runs,
 * abbreviations, quotes), for properties that rebuild from tokens what ICU would segment. `marks`
 * are single characters; `more` are extra pieces a property needs.
 */
export function trickyPiece(marks: string, ...more: string[]): fc.Arbitrary<string> {
  return fc.constantFrom(
    ...marks.split(''),
    '  ',
    "can't ",
    '3.5 ',
    '🇩🇪',
    '👍🏽',
    '中华人民共和国',
    'です',
    'Straße ',
    'Dr. Lane ',
    'e.g. ',
    '“Go.” ',
    ...more,
  );
}
