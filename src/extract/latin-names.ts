/** Building blocks of the Latin-script name and affiliation patterns, shared by people and organisations. */

/** A capitalised word: "Stefano", "Jean-Pierre", "Vardé". */
export const CAP_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-’'][\\p{Lu}\\p{Ll}][\\p{Ll}\\p{M}]+)*";
/** An all-capitals word such as a surname written "ESPOSITO" or an acronym. */
export const UPPER_WORD = "\\p{Lu}{2,}(?:-\\p{Lu}{2,})?";
/** Lower-case particles inside personal names ("Lo" is capitalised and already a word). */
const PARTICLE = "(?:de|di|da|del|della|dos|das|du|van|von|der|den|ter|le|la|bin|ibn|al|el)";

/** Two to four name words, the later ones possibly all capitals: "Carlo Lo Cascio", "Eufemia ESPOSITO". */
export const PERSON_NAME = `${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+)?(?:${CAP_WORD}|${UPPER_WORD})(?![\\p{L}\\p{M}])){1,3}`;

/** Function words that may sit inside an organisation's or office's name. */
const INNER =
  "(?:(?:of|for|and|on|the|de|del|della|dello|dei|degli|delle|di|e|et|du|des|la|le|les|pour|sur|y|für|und|der|die|das|wa|ya|na|cha|za)\\s+|(?:dell|dall|nell|sull|l|d)['’])";
const AFFIL_WORD = "(?:\\p{Lu}(?:[\\p{L}\\p{M}\\p{N}’'\\-]|\\.(?=\\p{L}))*|\\d+)";
/** A capitalised phrase that may contain function words: "Regional Cooperation Council", "Ministero dell'Interno". */
export const NAMED_PHRASE = `${AFFIL_WORD}(?:\\s+${INNER}*${AFFIL_WORD})*`;

/** Prepositions that introduce an affiliation after a role title, with an optional article. */
export const AFFIL_LEAD =
  "(?:of|for|at|to|del|della|dello|dell['’]|dei|degli|delle|di|du|de\\s+la|de\\s+l['’]|des|de|wa|ya|la|cha|der|für|do|da)\\s*(?:the\\s+|la\\s+|le\\s+|les\\s+|il\\s+|lo\\s+|l['’]\\s*)?";
