/**
 * The commas of every script, as the body of a regex character class (`[${COMMAS}]`): the ASCII comma, the full-width
 * (`，`) and ideographic (`、`) ones of Chinese and Japanese, the small form (`﹐`), the Arabic (`،`), Armenian (`՝`),
 * Ethiopic (`፣`), Mongolian (`᠂`) and Myanmar (`၊`, "ဇွန် ၁၇၊ ၂၀၂၅" as "June 17, 2025") commas. The one list every caller
 * that parts a line's clauses or items, or reads the comma between a date's parts, reads.
 */
export const COMMAS = ',，、﹐،՝፣᠂၊';
