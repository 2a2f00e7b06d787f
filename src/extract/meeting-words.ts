import { memoised } from "../core/index.ts";
import { normaliseToken } from "../corpus/index.ts";

/**
 * What a cue word says about its sentence: a gathering is named ("meeting", "مؤتمر"), was held ("held",
 * "ulifanyika"), has ended ("concluded", "انتهى"), or the sentence reports an operation's results or a
 * statistics or annual report instead.
 */
export type CueKind = "meeting" | "held" | "concluded" | "operation" | "report";

/** One cue found in a sentence, with its offsets in the sentence. */
export interface CueHit {
  kind: CueKind;
  start: number;
  end: number;
}

/**
 * Cue words and phrases per kind, in the six corpus languages, written as the press writes them; they are
 * normalised once (accents, Arabic clitics and letter shapes), so "وعقد" and "عُقد" both match "عقد".
 */
const CUES: Readonly<Record<CueKind, readonly string[]>> = {
  meeting: [
    // en
    "meeting",
    "meetings",
    "met",
    "meet",
    "convened",
    "conference",
    "summit",
    "workshop",
    "seminar",
    "forum",
    "symposium",
    "roundtable",
    "round table",
    "ministerial",
    "gathering",
    "colloquium",
    "congress",
    // it
    "riunione",
    "riunioni",
    "riunito",
    "riunita",
    "riuniti",
    "riunite",
    "incontro",
    "vertice",
    "conferenza",
    "convegno",
    "seminario",
    "tavolo tecnico",
    "ministeriale",
    // fr
    "réunion",
    "réunis",
    "réunie",
    "réunies",
    "réuni",
    "conférence",
    "sommet",
    "séminaire",
    "atelier",
    "colloque",
    "rencontre",
    "ministérielle",
    // ar
    "اجتماع",
    "اجتماعا",
    "اجتماعات",
    "مؤتمر",
    "مؤتمرا",
    "قمة",
    "ندوة",
    "ورشة",
    "منتدى",
    "لقاء",
    "اجتمع",
    "اجتمعت",
    "اجتمعوا",
    // sw
    "mkutano",
    "mikutano",
    "kongamano",
    "makongamano",
    "warsha",
    "semina",
    "kikao",
    "vikao",
    "walikutana",
    "wamekutana",
    "alikutana",
    // hi
    "बैठक",
    "बैठकें",
    "सम्मेलन",
    "शिखर",
    "कार्यशाला",
    "संगोष्ठी",
    "सेमिनार",
  ],
  held: [
    "held",
    "met",
    "gathered",
    "riunito",
    "riunita",
    "riuniti",
    "riunite",
    "réuni",
    "réunie",
    "réunis",
    "réunies",
    "walikutana",
    "wamekutana",
    "اجتمع",
    "اجتمعت",
    "اجتمعوا",
    "took place",
    "convened",
    "hosted",
    "svolto",
    "svolta",
    "svoltosi",
    "svoltasi",
    "tenuto",
    "tenuta",
    "tenutosi",
    "tenutasi",
    "ospitato",
    "ospitata",
    "tenu",
    "tenue",
    "tenus",
    "déroulé",
    "déroulée",
    "accueilli",
    "accueillie",
    "عقد",
    "عقدت",
    "انعقد",
    "انعقدت",
    "استضاف",
    "استضافت",
    "أقيم",
    "أقيمت",
    "ulifanyika",
    "lilifanyika",
    "ilifanyika",
    "yalifanyika",
    "uliofanyika",
    "lililofanyika",
    "iliyofanyika",
    "ulifanyikia",
    "आयोजित",
  ],
  concluded: [
    "ended",
    "concluded",
    "closed",
    "wrapped up",
    "concluso",
    "conclusa",
    "conclusi",
    "chiuso",
    "achevé",
    "achevée",
    "clôturé",
    "clôturée",
    "terminé",
    "terminée",
    "pris fin",
    "انتهى",
    "انتهت",
    "اختتم",
    "اختتمت",
    "اختتام",
    "ulimalizika",
    "ulihitimishwa",
    "umehitimishwa",
    "ulifungwa",
    "संपन्न",
    "समाप्त",
  ],
  operation: [
    "operation",
    "arrested",
    "arrests",
    "seized",
    "seizures",
    "raids",
    "dismantled",
    "operazione",
    "arresti",
    "arrestati",
    "arrestate",
    "sequestri",
    "sequestrati",
    "sequestrate",
    "opération",
    "interpellées",
    "interpellés",
    "interpellations",
    "saisies",
    "démantelé",
    "démantelés",
    "عملية",
    "القبض",
    "اعتقال",
    "توقيف",
    "مضبوطات",
    "operesheni",
    "walikamatwa",
    "kukamatwa",
    "zilikamatwa",
    "yalikamatwa",
    "yamekamatwa",
    "yakamatwa",
    "wamekamatwa",
    "imekamatwa",
    "zimekamatwa",
    "wanashikiliwa",
    "msako",
    "ऑपरेशन",
    "गिरफ्तार",
    "गिरफ़्तार",
    "जब्त",
    "ज़ब्त",
    "बरामद",
  ],
  report: [
    "annual report",
    "statistics",
    "statistical",
    "relazione annuale",
    "rapporto annuale",
    "statistiche",
    "statistici",
    "rapport annuel",
    "statistiques",
    "bilan annuel",
    "التقرير السنوي",
    "إحصائيات",
    "الإحصاءات",
    "ripoti ya mwaka",
    "takwimu",
    "वार्षिक रिपोर्ट",
    "आंकड़े",
    "आँकड़े",
    "सांख्यिकी",
  ],
};

const WORD = /[\p{L}\p{M}\u200C\u200D]+/gu;
/** A possessive suffix on an Arabic noun: "اجتماعه" is "its meeting". */
const ARABIC_PRONOUN = /(?<=[\u0621-\u064A]{3})(?:ها|هم|هما|ه)$/u;

function keyOf(phrase: string): string {
  return (phrase.match(WORD) ?? []).map((word) => normaliseToken(word)).join(" ");
}

const BY_KEY = new Map<string, CueKind[]>();
for (const [kind, phrases] of Object.entries(CUES) as [CueKind, readonly string[]][]) {
  for (const phrase of phrases) {
    const key = keyOf(phrase);
    BY_KEY.set(key, [...new Set([...(BY_KEY.get(key) ?? []), kind])]);
  }
}
const LONGEST = Math.max(...[...BY_KEY.keys()].map((key) => key.split(" ").length));
/** First words of the cue phrases of two words or more: only after one of them is a longer phrase tried. */
const PHRASE_STARTS = new Set(
  [...BY_KEY.keys()].filter((key) => key.includes(" ")).map((key) => key.slice(0, key.indexOf(" "))),
);
const ARABIC_FIRST = 0x0621;
const ARABIC_LAST = 0x064a;
/**
 * The same sentence is asked about by several readers of one document (kind, event date, places); a memo of
 * the last few sentences' hits saves re-reading them, small so it pins little text once a build is done.
 */
const HIT_MEMO_SIZE = 256;
const hitMemo = memoised(HIT_MEMO_SIZE, readCueHits);

/** A word of a sentence with its offsets and normalised key. */
export interface KeyedWord {
  key: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Returns the words of a text with their offsets and normalised keys.
 * @example keyedWords("وعقد الاجتماع")[0]?.key // "عقد"
 */
export function keyedWords(text: string): KeyedWord[] {
  return [...text.matchAll(WORD)].map((match) => ({
    key: normaliseToken(match[0]),
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Returns every cue of a sentence in text order, longest phrase first where phrases overlap.
 * @example cueHits("The forum met in Valletta").map((hit) => hit.kind) // ["meeting", "meeting"]
 */
export function cueHits(text: string): readonly CueHit[] {
  return hitMemo(text);
}

function readCueHits(text: string): CueHit[] {
  const words = keyedWords(text);
  const hits: CueHit[] = [];
  let index = 0;
  while (index < words.length) {
    let matched = 0;
    const first = words[index]?.key ?? "";
    const longest = PHRASE_STARTS.has(first) ? Math.min(LONGEST, words.length - index) : 1;
    for (let length = longest; length >= 1 && matched === 0; length -= 1) {
      const slice = words.slice(index, index + length);
      const key = length === 1 ? first : slice.map((word) => word.key).join(" ");
      const kinds = BY_KEY.get(key) ?? (length === 1 ? BY_KEY.get(withoutPronoun(key)) : undefined);
      if (!kinds) continue;
      const start = slice[0]?.start ?? 0;
      const end = slice[slice.length - 1]?.end ?? start;
      for (const kind of kinds) hits.push({ kind, start, end });
      matched = length;
    }
    index += Math.max(1, matched);
  }
  return hits;
}

/** The word without an Arabic possessive suffix; only a word ending in an Arabic letter can carry one. */
function withoutPronoun(key: string): string {
  const last = key.charCodeAt(key.length - 1);
  return last >= ARABIC_FIRST && last <= ARABIC_LAST ? key.replace(ARABIC_PRONOUN, "") : key;
}

/**
 * Returns whether a sentence names a gathering or says one was held or ended.
 * @example isMeetingSentence("Mkutano huo ulifanyika mjini Arusha.") // true
 */
export function isMeetingSentence(text: string): boolean {
  return cueHits(text).some((hit) => hit.kind !== "operation" && hit.kind !== "report");
}

/** "Today" in the six languages: a lead saying a meeting ended today is dated by its date line. */
const TODAY =
  /(?<![\p{L}\p{M}])(?:today|oggi|aujourd['’]hui|leo|आज)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:و)?اليوم(?![\p{L}\p{M}])/iu;

/**
 * Returns whether a sentence says a meeting ended, or took place today ("انتهى اجتماع", "concluded today").
 * @example saysEnded("Wiesbaden (Germany) – The meeting ended with a call …") // true
 */
export function saysEnded(text: string): boolean {
  const hits = cueHits(text);
  const meeting = hits.some((hit) => hit.kind === "meeting" || hit.kind === "held");
  return hits.some((hit) => hit.kind === "concluded") || (meeting && TODAY.test(text));
}
