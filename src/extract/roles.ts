import type { Script } from "../corpus/index.ts";

/** Role titles of one writing system: optional modifiers ("Deputy"), heads ("Director") and post-modifiers ("General"). */
interface RoleTable {
  modifiers: readonly string[];
  heads: readonly string[];
  post: readonly string[];
}

/** Latin-script role titles of en, it, fr, es, de, pt and sw together, so a text in any of them is covered. */
const LATIN: RoleTable = {
  modifiers: [
    "Deputy",
    "Vice",
    "Assistant",
    "Acting",
    "Chief",
    "Senior",
    "Executive",
    "Permanent",
    "Central",
    "Under",
    "Special",
    "Naibu",
    "Sub",
    "Stellvertretende",
    "Stellvertretender",
  ],
  heads: [
    "Secretary-General",
    "Secretary General",
    "Under-Secretary",
    "Director-General",
    "Director General",
    "Prefect",
    "Secretary",
    "Director",
    "Ambassador",
    "Minister",
    "President",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "Commissioner",
    "Coordinator",
    "Head",
    "Governor",
    "Mayor",
    "Prosecutor",
    "Envoy",
    "Representative",
    "Inspector General",
    "Inspector-General",
    "Attorney General",
    "Major General",
    "Brigadier General",
    "Lieutenant General",
    "Brigadier",
    "Colonel",
    "Commander",
    "Superintendent",
    "Commissaire divisionnaire",
    "Prefetto",
    "Segretario Generale",
    "Segretario",
    "Segretaria Generale",
    "Segretaria",
    "Direttrice",
    "Sottosegretario",
    "Direttore Generale",
    "Vicedirettore Generale",
    "Vicedirettore",
    "Direttore",
    "Ambasciatore",
    "Ambasciatrice",
    "Ministro",
    "Ministra",
    "Presidente",
    "Questore",
    "Procuratore",
    "Comandante",
    "Generale di Divisione",
    "Generale di Brigata",
    "Generale di Corpo d'Armata",
    "Generale",
    "Responsabile",
    "Procuratrice",
    "Commissaria",
    "Colonnello",
    "Capo",
    "Coordinatore",
    "Commissario",
    "Rappresentante",
    "Préfet",
    "Préfète",
    "Secrétaire générale",
    "Secrétaire général",
    "Secrétaire",
    "Directeur général",
    "Directrice générale",
    "Directeur",
    "Directrice",
    "Ambassadeur",
    "Ambassadrice",
    "Ministre",
    "Président",
    "Présidente",
    "Commissaire",
    "Procureur",
    "Commandant",
    "Général de division",
    "Général de brigade",
    "Général",
    "Responsable",
    "Cheffe",
    "Chef",
    "Coordonnateur",
    "Coordinateur",
    "Prefecto",
    "Secretario General",
    "Secretaria General",
    "Secretario",
    "Subdirector",
    "Director General",
    "Directora",
    "Embajador",
    "Embajadora",
    "Comisario",
    "Jefe",
    "Präfekt",
    "Generalsekretär",
    "Generalsekretärin",
    "Generaldirektor",
    "Direktor",
    "Direktorin",
    "Botschafter",
    "Botschafterin",
    "Bundesinnenministerin",
    "Bundesinnenminister",
    "Innenministerin",
    "Innenminister",
    "Ministerin",
    "Präsident",
    "Präsidentin",
    "Vorsitzende",
    "Vorsitzender",
    "Staatssekretär",
    "Staatssekretärin",
    "Prefeito",
    "Secretário-Geral",
    "Diretor",
    "Diretora",
    "Embaixador",
    "Embaixadora",
    "Mkuu wa Mkoa",
    "Katibu Mkuu",
    "Katibu",
    "Mkurugenzi Mkuu",
    "Mkurugenzi",
    "Balozi",
    "Waziri",
    "Rais",
    "Mwenyekiti",
    "Kamishna",
    "Inspekta Jenerali",
    "Meja Jenerali",
    "Brigedia Jenerali",
    "Luteni Jenerali",
    "Jenerali",
    "Brigedia",
    "Kamanda",
    "Mratibu",
    "Mwakilishi",
  ],
  post: [
    "General",
    "Generale",
    "Centrale",
    "Central",
    "Adjoint",
    "Adjointe",
    "Mkuu",
    "Msaidizi",
    "Mwandamizi",
  ],
};

/** Arabic role titles, each also matched with the conjunction و or the preposition ل attached. */
const ARABIC: RoleTable = {
  modifiers: ["نائب", "مساعد", "كبير"],
  heads: [
    "المحافظ",
    "محافظ",
    "الأمين العام",
    "أمين عام",
    "الأمينة العامة",
    "المدير العام",
    "مدير عام",
    "المديرة العامة",
    "المدير",
    "مدير",
    "المديرة",
    "مديرة",
    "السفير",
    "سفير",
    "السفيرة",
    "سفيرة",
    "الوزير",
    "وزير",
    "الوزيرة",
    "وزيرة",
    "الرئيس",
    "رئيس",
    "الرئيسة",
    "رئيسة",
    "المنسق",
    "منسق",
    "الممثل",
    "ممثل",
    "المفوض",
    "مفوض",
    "اللواء",
    "لواء",
    "العميد",
    "العقيد",
    "المستشار",
    "مستشار",
    "القائد",
    "قائد",
    "وكيل",
    "المفتش العام",
    "والي الأمن",
    "والي",
    "النائب العام",
    "المدعي العام",
  ],
  post: ["المركزي", "العام"],
};

const DEVANAGARI: RoleTable = {
  modifiers: ["उप", "सहायक", "केंद्रीय", "संयुक्त", "वरिष्ठ", "अतिरिक्त", "विशेष"],
  heads: [
    "प्रीफेक्ट",
    "महासचिव",
    "महानिदेशक",
    "निदेशक",
    "राजदूत",
    "मंत्री",
    "अध्यक्ष",
    "राष्ट्रपति",
    "सचिव",
    "आयुक्त",
    "समन्वयक",
    "प्रतिनिधि",
    "प्रमुख",
    "पुलिस महानिदेशक",
    "महानिरीक्षक",
    "पुलिस अधीक्षक",
    "अधीक्षक",
    "उपायुक्त",
    "अधिकारी",
    "मुख्यमंत्री",
    "ब्रिगेडियर",
    "मेजर जनरल",
    "जनरल",
    "कर्नल",
  ],
  post: [],
};

const TABLES: Partial<Record<Script, RoleTable>> = { latin: LATIN, arabic: ARABIC, devanagari: DEVANAGARI };

/**
 * Forms of address that stand before a name but say nothing of a role ("Mr", "M.", "Bw.", "السيد", "श्री").
 * Matched case-sensitively: "M." or "Bi." in lower case are not titles.
 */
const HONORIFICS: Partial<Record<Script, readonly string[]>> = {
  latin: [
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Prof.",
    "Professor",
    "H.E.",
    "M.",
    "Mme",
    "Mlle",
    "S.E.",
    "Dott.",
    "dott.",
    "Dott.ssa",
    "dott.ssa",
    "Sig.",
    "sig.",
    "Sig.ra",
    "sig.ra",
    "On.",
    "Bw.",
    "Bi.",
    "Dkt.",
    "Dk.",
    "Mhe.",
    "Mheshimiwa",
    "Sheikh",
  ],
  arabic: [
    "السيد",
    "السيدة",
    "الدكتور",
    "الدكتورة",
    "د.",
    "معالي",
    "سعادة",
    "فخامة",
    "سمو",
    "الشيخ",
    "الأستاذ",
    "الأستاذة",
  ],
  devanagari: ["श्री", "श्रीमती", "सुश्री", "डॉ.", "डॉ", "डॉक्टर", "कुमारी", "प्रो."],
};

/** A role title or form of address found in a text, with its offsets. */
export interface RoleMatch {
  role: string;
  start: number;
  end: number;
  /** A form of address ("Mr", "السيد"): it marks a name but is not a role. */
  honorific?: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lets the first letter of each word be either case, so "the prefect" and "Prefect" both match. */
function caseless(phrase: string): string {
  return phrase
    .split(/(\s+|-)/)
    .map((part) => {
      const first = part.charAt(0);
      const rest = escapeRegExp(part.slice(1)).replace(/ /g, "\\s+");
      if (first.toLowerCase() === first.toUpperCase()) return escapeRegExp(part).replace(/\s+/g, "\\s+");
      return `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
    })
    .join("");
}

function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join("|");
}

function buildPattern(table: RoleTable, script: Script): RegExp {
  const prefix = script === "arabic" ? "(?:و|ل|ول)?" : "";
  const mods = table.modifiers.length > 0 ? `(?:${prefix}(?:${alternation(table.modifiers)})\\s+)*` : "";
  const post = table.post.length > 0 ? `(?:\\s+(?:${alternation(table.post)}))*` : "";
  const head = `${script === "arabic" && mods === "" ? prefix : ""}(?:${alternation(table.heads)})`;
  const start = script === "arabic" ? prefix : "";
  return new RegExp(`(?<![\\p{L}\\p{M}])${start}${mods}${head}${post}(?![\\p{L}\\p{M}])`, "gu");
}

const patterns = new Map<Script, RegExp>();
const honorificPatterns = new Map<Script, RegExp | undefined>();

function honorificPattern(script: Script): RegExp | undefined {
  if (honorificPatterns.has(script)) return honorificPatterns.get(script);
  const words = HONORIFICS[script];
  const prefix = script === "arabic" ? "(?:و|ل|ول)?" : "";
  const pattern = words
    ? new RegExp(
        `(?<![\\p{L}\\p{M}.])${prefix}(?:${[...words]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join("|")})(?![\\p{L}\\p{M}])`,
        "gu",
      )
    : undefined;
  honorificPatterns.set(script, pattern);
  return pattern;
}

function patternFor(script: Script): RegExp | undefined {
  const table = TABLES[script];
  if (!table) return undefined;
  let pattern = patterns.get(script);
  if (!pattern) {
    pattern = buildPattern(table, script);
    patterns.set(script, pattern);
  }
  return pattern;
}

/**
 * Returns the role titles written in a text of the given script, longest reading first, in text order.
 * @example findRoles("le préfet Jean Dupont", "latin") // [{ role: "préfet", start: 3, end: 9 }]
 */
export function findRoles(text: string, script: Script): RoleMatch[] {
  const pattern = patternFor(script);
  if (!pattern) return [];
  const found: RoleMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    found.push({ role: stripArabicConjunction(match[0], script), start, end: start + match[0].length });
  }
  return found;
}

/**
 * Returns role titles and forms of address together, in text order; a form of address inside a role
 * title is dropped.
 * @example findTitles("M. Jean Dupont, préfet", "latin")[0] // { role: "M.", start: 0, end: 2, honorific: true }
 */
export function findTitles(text: string, script: Script): RoleMatch[] {
  const roles = findRoles(text, script);
  const pattern = honorificPattern(script);
  if (!pattern) return roles;
  const found = [...roles];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (roles.some((role) => role.start < end && start < role.end)) continue;
    found.push({ role: stripArabicConjunction(match[0], script), start, end, honorific: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

function stripArabicConjunction(role: string, script: Script): string {
  if (script !== "arabic" || ARABIC.heads.includes(role)) return role;
  return role.replace(/^(?:و|ل|ول)(?=ال|[نمكسأوره])/u, "");
}
