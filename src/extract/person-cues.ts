/**
 * Words that tell what part a person plays in a meeting. A chairing cue points at the person written
 * right after it ("chaired by X", "برئاسة X", "chini ya uenyekiti wa X") or right before it
 * ("X की अध्यक्षता में", "X chaired the meeting"); opening words and speeches make a speaker, not a chair.
 */

const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{M}])";
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}])";

function cue(alternatives: readonly string[]): RegExp {
  return new RegExp(`${NOT_LETTER_BEFORE}(?:${alternatives.join("|")})${NOT_LETTER_AFTER}`, "giu");
}

/** Cues followed by the chair: the chair is the first person after the cue (and those joined to them by "and"). */
export const CHAIR_BEFORE_NAME: RegExp = cue([
  "(?:co-?)?chaired\\s+by",
  "(?:co-?)?presided\\s+(?:over\\s+)?by",
  "under\\s+the\\s+(?:co-?)?chair(?:man|woman|person)?ship\\s+of",
  "(?:co-?)?presiedut[aoie]\\s+(?:congiuntamente\\s+)?(?:d[ae]|dal|dall['’]|dalla|dallo|dai|dagli|dalle)",
  "sotto\\s+la\\s+(?:co-?)?presidenza\\s+(?:congiunta\\s+)?(?:di|del|dell['’]|della|dello|dei|degli|delle)",
  "(?:co-?)?présidée?s?\\s+(?:conjointement\\s+)?par",
  "sous\\s+la\\s+(?:co-?)?présidence\\s+(?:conjointe\\s+)?(?:de\\s+la|de\\s+l['’]|de|du|des)",
  "chini\\s+ya\\s+uenyekiti\\s+(?:wa\\s+pamoja\\s+)?wa",
  "(?:[iuka]|zi|ki|li|ya|wa)?(?:li|ki)ongozwa\\s+(?:kwa\\s+pamoja\\s+)?na",
  "برئاسة(?:\\s+مشتركة\\s+(?:من|بين))?",
  "تحت\\s+رئاسة",
  "و?(?:ترأس|ترأسها|ترأسه|ترأست|ترأستها|يرأس|يرأسها|يرأسه|ترأسا|ترأسها\\s+كل\\s+من|يرأسها\\s+كل\\s+من)",
]);

/** A Hindi chairing clause that names its chairs inside it: "की (सह-)अध्यक्षता … ने की". */
export const CHAIR_SPAN = /(?:की|का)\s+(?:सह-?|संयुक्त\s+)?अध्यक्षता\s+([^।॥]*?)\s+ने\s+(?:की|किया)/gu;

/** Cues preceded by the chair: the chair is the last person before the cue (and those joined to them). */
export const CHAIR_AFTER_NAME: RegExp = cue([
  "की\\s+(?:सह-?|संयुक्त\\s+)?अध्यक्षता\\s+में",
  "ने\\s+(?:बैठक|सम्मेलन|सत्र)?\\s*की\\s+(?:संयुक्त\\s+)?अध्यक्षता",
  "(?:,\\s*who\\s+)?(?:co-?)?chaired(?!\\s+by)",
  "(?:,\\s*who\\s+)?presided(?!\\s+(?:over\\s+)?by)",
  "ha(?:nno)?\\s+(?:co-?)?presieduto",
  "a(?:ont)?\\s+(?:co-?)?présidé",
  "(?:ali|wali)kuwa\\s+mwenyekiti",
]);

/**
 * Whether a sentence is about who chaired: any chairing cue, or the Hindi noun alone ("सम्मेलन की अध्यक्षता …
 * ने की", where the name stands between the noun and its verb).
 */
export const CHAIR_CUE: RegExp = new RegExp(
  `${CHAIR_BEFORE_NAME.source}|${CHAIR_AFTER_NAME.source}|(?:सह-?)?अध्यक्षता`,
  "iu",
);

/** Words that make the people of a sentence speakers: opening it, giving remarks, a speech, saying. */
export const SPEAKER_CUES: RegExp = cue([
  "opened",
  "opening",
  "remarks",
  "speech(?:es)?",
  "keynote",
  "addressed",
  "said",
  "stated",
  "spoke",
  "presented",
  "aperto",
  "aperta",
  "aperti",
  "aperte",
  "apertura",
  "intervento",
  "interventi",
  "ha\\s+(?:dichiarato|detto|sottolineato)",
  "ouvert",
  "ouverte",
  "ouverture",
  "discours",
  "allocution",
  "a\\s+(?:déclaré|souligné|dit)",
  "افتتح",
  "افتتحت",
  "افتتاح",
  "الافتتاحية",
  "كلمة",
  "كلمات",
  "بكلمات",
  "بكلمة",
  "قال",
  "وقال",
  "أكد",
  "وأكد",
  "صرح",
  "ألقى",
  "أشار",
  "واختتم",
  "(?:zi|i|u|ki|li|a|ku)(?:li)?funguliwa",
  "alifungua",
  "hotuba",
  "alisema",
  "aliongeza",
  "alieleza",
  "उद्घाटन",
  "शुरुआत",
  "भाषण",
  "भाषणों",
  "कहा",
  "संबोधित",
]);

/** Joins two chairs of one cue ("co-chaired by A and B", "A और B की संयुक्त अध्यक्षता में"). */
export const CHAIR_JOINER =
  /^[\s,،]*(?:(?:and|as\s+well\s+as|e|ed|et|y|und|na|pamoja\s+na|و|और|एवं|तथा|व)\s+(?:(?:the|by|del|della|dello|dei|degli|delle|dal|dalla|dallo|dai|da|du|de\s+la|de\s+l['’]|des|de|par|la|le|il|wa|ya)\s+)?)?[\s,،]*$/iu;

/** Clause punctuation: a cue does not reach across it. */
const CLAUSE_BREAK = /[.;:!?؛؟।॥]/u;
/** Words a cue may stand apart from the person it points at ("chaired by the", "ترأس الاجتماع", "يرأسها جميعًا"). */
const MAX_GAP_WORDS = 5;
const MAX_GAP_CHARS = 45;

/**
 * Returns whether the text between a cue and a person is short enough for the cue to point at them.
 * @example cueReaches(" the ") // true
 */
export function cueReaches(gap: string): boolean {
  if (CLAUSE_BREAK.test(gap) || gap.length > MAX_GAP_CHARS) return false;
  return gap.split(/[\s,،]+/u).filter(Boolean).length <= MAX_GAP_WORDS;
}

/** What may stand between a person and a cue written after them ("X, who chaired", "X की अध्यक्षता"). */
export const CHAIR_GAP_BEFORE = /^[\s,،]*$/u;
