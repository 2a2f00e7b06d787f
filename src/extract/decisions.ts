import type { SentenceContext } from "./sentence-context.ts";
import type { Decision } from "./types.ts";

/** Decision and outcome verbs of en, it, fr, es, de, ar, sw and hi; matched as whole words. */
const CUES = [
  "decided",
  "agreed",
  "resolved",
  "adopted",
  "committed",
  "undertook",
  "pledged",
  "endorsed",
  "approved",
  "è stato deciso",
  "si è deciso",
  "hanno deciso",
  "deciso",
  "è stato concordato",
  "concordato",
  "concordano",
  "approvato",
  "approvata",
  "adottato",
  "adottata",
  "si sono impegnati",
  "il a été décidé",
  "décidé",
  "convenu",
  "adopté",
  "adoptée",
  "approuvé",
  "se sont engagés",
  "se decidió",
  "decidieron",
  "acordaron",
  "aprobó",
  "adoptó",
  "se comprometieron",
  "beschlossen",
  "vereinbart",
  "verabschiedet",
  "einigten sich",
  "تقرر",
  "قرر",
  "قرروا",
  "تم الاتفاق",
  "اتفق",
  "اتفقوا",
  "تعهد",
  "تعهدوا",
  "اعتمد",
  "أقر",
  "أقروا",
  "iliamuliwa",
  "iliamua",
  "waliamua",
  "walikubaliana",
  "ilikubaliwa",
  "waliahidi",
  "iliidhinishwa",
  "निर्णय लिया गया",
  "फैसला किया गया",
  "सहमति",
  "तय किया",
  "तय हुआ",
  "प्रतिबद्धता जताई",
];
const CUE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:و|ف)?(?:${[...CUES].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])`,
  "iu",
);
/** Words that open the second and later items of a list of decisions written in one sentence. */
const LATER_ITEM =
  /(?<![\p{L}\p{M}])(?:secondly|second|then|finally|lastly|in addition|infine|inoltre|in secondo luogo|enfin|ensuite|deuxièmement|por último|finalmente|schließlich|وأخيرا|وأخيراً|أخيرا|ثانيا|ثانياً|hatimaye|pili|अंत में|दूसरे)(?![\p{L}\p{M}])/giu;
/** Words that open the first item; the decision starts there rather than at the sentence's preamble. */
const FIRST_ITEM =
  /(?<![\p{L}\p{M}])(?:firstly|first|first of all|innanzitutto|in primo luogo|anzitutto|premièrement|d'abord|tout d'abord|en primer lugar|erstens|أولا|أولاً|kwanza|सबसे पहले|पहले)(?![\p{L}\p{M}])/iu;
const MIN_ITEM_LENGTH = 12;

/**
 * Returns the decisions and outcomes a sentence states (one per item when a single sentence lists them
 * with "first … finally …"), or nothing when it has no decision cue.
 * @example extractDecisions(ctx("It was decided to set up a 24/7 network.")) // [{ text: "It was decided to set up a 24/7 network.", … }]
 */
export function extractDecisions(ctx: SentenceContext): Decision[] {
  const text = ctx.ref.text;
  if (!CUE.test(text)) return [];
  const first = FIRST_ITEM.exec(text);
  const body = first ? text.slice(first.index) : text;
  const cuts = [...body.matchAll(LATER_ITEM)].map((match) => match.index ?? 0).filter((at) => at > 0);
  const items: string[] = [];
  let from = 0;
  for (const cut of [...cuts, body.length]) {
    const item = body
      .slice(from, cut)
      .trim()
      .replace(/^[,;:،؛\s]+|[,;،؛\s]+$/gu, "");
    if (item.length >= MIN_ITEM_LENGTH) items.push(item);
    from = cut;
  }
  const withCue = items.filter((item) => CUE.test(item));
  if (withCue.length < 2) return [{ text: body.trim(), ref: ctx.ref }];
  return withCue.map((item) => ({ text: item, ref: ctx.ref }));
}
