/**
 * A short hand-written text and a sentence-by-sentence rewording of it, for the alignment tests:
 * `A[i]` and `B[i]` say the same thing in different words. Sentences are kept apart so a test can
 * merge, split, drop or move them and state the alignment it expects.
 */
export const A = [
  'The lighthouse on Carrow Point was built in 1871 by a Scottish engineer.',
  'Its lamp burned whale oil until the keepers switched to kerosene in 1890.',
  'Storms in the winter of 1903 cracked the lantern glass twice.',
  'The last keeper, Edith Marsh, kept a diary of every passing ship.',
  'Her diary now sits in the county museum beside the old brass lens.',
  'Visitors can climb the tower on summer weekends for a small fee.',
] as const;

/** The rewording of `A`, sentence for sentence. */
export const B = [
  'A Scottish engineer built the Carrow Point lighthouse in 1871.',
  'The lamp burned whale oil until its keepers changed to kerosene in 1890.',
  'Winter storms in 1903 cracked the lantern glass on two occasions.',
  'Edith Marsh, the final keeper, wrote in a diary about each ship passing by.',
  'That diary is now kept at the county museum, next to the brass lens.',
  'On summer weekends, visitors may climb the tower for a modest fee.',
] as const;

/** Sentences joined into one paragraph. */
export const para = (...sentences: string[]) => sentences.join(' ');
