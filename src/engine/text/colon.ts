/**
 * The colons of every script, as the body of a regex character class (`[${COLONS}]`): the ASCII
 * colon, the full-width colon of Chinese and Japanese (`：`), the small form (`﹕`) and the
 * Ethiopic preface colon (`፦`, "ደራሲ፦ …" as "Author: …"). The one list every caller that finds a
 * label's colon or a clause mark reads, so a script's colon counts everywhere or nowhere.
 */
export const COLONS = ':：﹕፦';
