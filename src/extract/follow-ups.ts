import { isStopword } from "../corpus/index.ts";
import type { LocatedDate } from "./dates.ts";
import { CAP_WORD } from "./latin-names.ts";
import { locatives } from "./place-locatives.ts";
import { cityPlace } from "./place-names.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { FollowUp, Place } from "./types.ts";

/** Verbs and phrases announcing a later gathering, per language (future tense or "next meeting"). */
const FUTURE_CUES = [
  "will meet",
  "will convene",
  "will gather",
  "will be held",
  "will take place",
  "next meeting",
  "to be held",
  "scheduled to take place",
  "si riuniranno",
  "si riunirà",
  "si terrà",
  "si terranno",
  "prossima riunione",
  "prossimo incontro",
  "se réuniront",
  "se réunira",
  "se tiendra",
  "se tiendront",
  "aura lieu",
  "prochaine réunion",
  "se reunirán",
  "se reunirá",
  "se celebrará",
  "tendrá lugar",
  "próxima reunión",
  "werden sich treffen",
  "wird stattfinden",
  "nächste Treffen",
  "سيجتمعون",
  "سيجتمع",
  "ستجتمع",
  "ستعقد",
  "سيعقد",
  "سينعقد",
  "الاجتماع المقبل",
  "الاجتماع القادم",
  "المقرر عقده",
  "المقرر عقدها",
  "المزمع عقده",
  "المزمع عقدها",
  "watakutana",
  "atakutana",
  "utafanyika",
  "litafanyika",
  "itafanyika",
  "mkutano ujao",
  "मिलेंगे",
  "मिलेगा",
  "मिलेगी",
  "आयोजित होगी",
  "आयोजित होगा",
  "आयोजित की जाएगी",
  "आयोजित किया जाएगा",
  "आयोजित किए जाएंगे",
  "आयोजित होंगे",
  "अगली बैठक",
  "अगला सम्मेलन",
];
const CUE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...FUTURE_CUES].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])`,
  "iu",
);
/** Relative words that follow the name of those who will meet ("the ministers, who will meet …"). */
const RELATIVE =
  /(?<![\p{L}\p{M}])(?:who|which|that|che|qui|que|quienes|die|ambao|ambayo|الذين|التي|الذي|जो)(?![\p{L}\p{M}])/giu;
const MAX_NAME_WORDS = 10;
/** How far before the future verb a named place may stand ("in Mirabella Eclano … will meet"). */
const PLACE_REACH = 80;
/** Place after the cue in Latin script: "will meet in Mirabella Eclano", "watakutana Mirabella Eclano". */
const LATIN_PLACE_AFTER = new RegExp(
  `^\\s*(?:(?:in|at|a|à|en|in der|katika|mjini)\\s+)?(${CAP_WORD}(?:\\s+${CAP_WORD}){0,2})`,
  "u",
);
const ARABIC_PLACE_AFTER = /^\s*(?:في|ب)\s*([^،,.؛\d٠-٩]+)/u;
/** Words that end an Arabic place name: the day words and prepositions that lead into a date. */
const ARABIC_PLACE_END: ReadonlySet<string> = new Set([
  "يومي",
  "يوم",
  "في",
  "خلال",
  "من",
  "بين",
  "منذ",
  "حتى",
]);
const MAX_PLACE_WORDS = 3;
/** Words of time that stand before a town in a Hindi announcement ("अगले वर्ष पुणे में"). */
const DEVANAGARI_TIME_WORDS: ReadonlySet<string> = new Set([
  "अगले",
  "अगली",
  "अगला",
  "इस",
  "वर्ष",
  "साल",
  "महीने",
  "माह",
  "सप्ताह",
  "दिन",
  "बाद",
]);
const DEVANAGARI_PLACE_BEFORE = /((?:[^\s,।\d]+\s+){1,3}?)में\s*$/u;

/**
 * Returns the later event a sentence announces, with its own dates and place when written, or nothing.
 * `dates` are the sentence's dates as located by the date reader; `isTowny` rules out months and people's
 * names as places. The place is a city: never a region or country of the thesaurus.
 * @example extractFollowUps(ctx("The ministers will meet in Mirabella Eclano on 2 - 4 October."), dates) // [{ name: "The ministers", place: "Mirabella Eclano", dates: {…} }]
 */
export function extractFollowUps(
  ctx: SentenceContext,
  dates: readonly LocatedDate[],
  isTowny: (name: string) => boolean = () => true,
): FollowUp[] {
  const text = ctx.ref.text;
  const cue = CUE.exec(text);
  if (!cue) return [];
  const followUp: FollowUp = { name: nameOf(ctx, cue.index), ref: ctx.ref };
  const meeting = ctx.mentions.find((mention) => mention.entry.kind === "meeting");
  if (meeting) followUp.meetingId = meeting.entry.id;
  const dated = dates.find((date) => date.span.precision !== "year") ?? dates[0];
  if (dated) followUp.dates = dated.span;
  const place = placeOf(ctx, cue.index, cue.index + cue[0].length, isTowny, dated);
  if (place) {
    followUp.place = place.name;
    if (place.entityId) followUp.placeId = place.entityId;
  }
  return [followUp];
}

function nameOf(ctx: SentenceContext, cueAt: number): string {
  const meeting = ctx.mentions.find((mention) => mention.entry.kind === "meeting");
  if (meeting) return ctx.lexicon.label(meeting.entry.id, ctx.lang) ?? meeting.surface;
  const text = ctx.ref.text;
  const relative = [...text.slice(0, cueAt).matchAll(RELATIVE)].at(-1);
  const head = text.slice(0, relative?.index ?? cueAt).replace(/[\s,،]+$/u, "");
  const clauseStart = Math.max(head.lastIndexOf(","), head.lastIndexOf("،")) + 1;
  const all = head.slice(clauseStart).trim().split(/\s+/).filter(Boolean);
  const words = all.slice(-MAX_NAME_WORDS);
  // Cut at ten words, a name may start on a linking word ("ya Mawaziri wa …"): the name starts after it.
  while (all.length > MAX_NAME_WORDS && words.length > 1 && isStopword(words[0] ?? "", ctx.lang))
    words.shift();
  return words.join(" ");
}

/** The city right after the cue (or before it in Hindi), else the locative nearest the cue. */
function placeOf(
  ctx: SentenceContext,
  cueStart: number,
  cueEnd: number,
  isTowny: (name: string) => boolean,
  dated?: LocatedDate,
): Place | undefined {
  const written = writtenPlace(ctx, cueStart, cueEnd, dated);
  const direct = written && isTowny(written) ? cityPlace(ctx, written) : undefined;
  if (direct) return direct;
  const near = locatives(ctx, isTowny)
    .filter((locative) => locative.start >= cueStart - PLACE_REACH && locative.start <= cueEnd + PLACE_REACH)
    .sort((a, b) => Math.abs(a.start - cueStart) - Math.abs(b.start - cueStart))[0];
  return near?.place;
}

function writtenPlace(
  ctx: SentenceContext,
  cueStart: number,
  cueEnd: number,
  dated?: LocatedDate,
): string | undefined {
  const text = ctx.ref.text;
  if (ctx.script === "latin") return LATIN_PLACE_AFTER.exec(text.slice(cueEnd))?.[1];
  if (ctx.script === "arabic") return arabicPlace(ARABIC_PLACE_AFTER.exec(text.slice(cueEnd))?.[1] ?? "");
  if (ctx.script === "devanagari") {
    const from = dated ? dated.end : 0;
    const before = text.slice(from, cueStart).replace(/^\s*(?:को|पर)\s+/u, "");
    const words = DEVANAGARI_PLACE_BEFORE.exec(before)?.[1]?.trim().split(/\s+/u) ?? [];
    // "अगले वर्ष पुणे में": the town is what follows the last word of time.
    const town = words.slice(words.map((word) => DEVANAGARI_TIME_WORDS.has(word)).lastIndexOf(true) + 1);
    return town.join(" ") || undefined;
  }
  return undefined;
}

function arabicPlace(after: string): string | undefined {
  const words: string[] = [];
  for (const word of after.trim().split(/\s+/)) {
    if (!word || ARABIC_PLACE_END.has(word) || words.length === MAX_PLACE_WORDS) break;
    words.push(word);
  }
  return words.length > 0 ? words.join(" ") : undefined;
}
