/**
 * Short press releases written for the event tests, in the six corpus languages, each built around one
 * trap: a dateline date above the event's own range, a region named in the agenda, native digits, a year
 * given nowhere, a follow-up with its own date and place, an operation's results, a statistics report, an
 * announcement of a later conference. `expected` is what a careful reader finds.
 */
import type { DatePoint, YearStatus } from "../../src/extract/types.ts";

/** What a careful reader finds in one document: is it a meeting, its dates and city, its venue. */
export interface Expected {
  meeting: boolean;
  dates?: { start: DatePoint; end?: DatePoint; yearStatus: YearStatus };
  place?: string;
  venue?: string;
  followUp?: { place: string; start: DatePoint; end?: DatePoint };
}

/** One written document and its expected facts. */
export interface EventDocument {
  id: string;
  lang: string;
  text: string;
  expected: Expected;
}

export const EVENT_DOCUMENTS: readonly EventDocument[] = [
  {
    id: "en-halifax",
    lang: "en",
    text: `Ministers agree on a joint register of firearms seizures

Ottawa, 4 October 2025 – Interior ministers from eleven countries met in Halifax from 2 to 4 October 2025 at the Pier 21 Conference Centre to review cooperation against firearms trafficking in the Western Balkans and West Africa.

The meeting was chaired by the Minister of Public Safety, who opened the first session on the morning of 2 October.

Delegations agreed to connect their national registers of seized weapons by the end of next year.

The ministers will meet again in Lisbon on 18 and 19 March 2026.
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 10, day: 2 },
        end: { year: 2025, month: 10, day: 4 },
        yearStatus: "stated",
      },
      place: "Halifax",
      venue: "Pier 21 Conference Centre",
      followUp: {
        place: "Lisbon",
        start: { year: 2026, month: 3, day: 18 },
        end: { year: 2026, month: 3, day: 19 },
      },
    },
  },
  {
    id: "it-trieste",
    lang: "it",
    text: `Convegno sulla criminalità finanziaria nei Balcani occidentali

Trieste, 14 marzo 2025 – Si è svolto a Trieste il 12 e 13 marzo 2025, presso la Scuola di Polizia Economico-Finanziaria, il convegno internazionale sul riciclaggio di denaro, con la partecipazione di investigatori di nove paesi dei Balcani occidentali.

I lavori hanno esaminato l'uso delle criptovalute da parte delle reti criminali in Europa e nel Mediterraneo.

La prossima riunione del gruppo di lavoro si terrà a Lubiana dal 5 al 7 giugno.
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 3, day: 12 },
        end: { year: 2025, month: 3, day: 13 },
        yearStatus: "stated",
      },
      place: "Trieste",
      venue: "Scuola di Polizia Economico-Finanziaria",
      followUp: {
        place: "Lubiana",
        start: { year: 2025, month: 6, day: 5 },
        end: { year: 2025, month: 6, day: 7 },
      },
    },
  },
  {
    id: "fr-lyon",
    lang: "fr",
    text: `Conférence sur la traite des êtres humains en Afrique de l'Ouest

Lyon, le 6 février 2025 – La conférence régionale sur la traite des êtres humains s'est tenue à Lyon du 3 au 5 février au Palais des Congrès, en présence de délégations de quinze pays d'Afrique de l'Ouest et du Sahel.

Les participants ont adopté un plan d'action commun pour l'échange d'informations entre services d'enquête.
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 2, day: 3 },
        end: { year: 2025, month: 2, day: 5 },
        yearStatus: "inferred",
      },
      place: "Lyon",
      venue: "Palais des Congrès",
    },
  },
  {
    id: "sw-arusha",
    lang: "sw",
    text: `Wakuu wa polisi wa Afrika Mashariki wakutana Arusha

Arusha, Tanzania – Mkutano wa wakuu wa polisi wa kanda ulifanyika jijini Arusha tarehe 14 hadi 16 Agosti 2025 kwenye ukumbi wa Mikutano wa Kimataifa wa Arusha, ukihudhuriwa na wajumbe kutoka nchi nane za Afrika Mashariki.

Washiriki walikubaliana kuanzisha kituo cha pamoja cha kubadilishana taarifa kuhusu biashara haramu ya wanyamapori.
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 8, day: 14 },
        end: { year: 2025, month: 8, day: 16 },
        yearStatus: "stated",
      },
      place: "Arusha",
      venue: "ukumbi wa Mikutano wa Kimataifa wa Arusha",
    },
  },
  {
    id: "sw-mombasa-no-year",
    lang: "sw",
    text: `Warsha kuhusu usafirishaji haramu wa binadamu

Warsha ya siku mbili kuhusu usafirishaji haramu wa binadamu ilifanyika mjini Mombasa tarehe 20 na 21 Mei, ikiwaleta pamoja maafisa wa uhamiaji na polisi.

Maafisa hao walijadili njia mpya za kuwatambua waathiriwa katika bandari na mipakani.
`,
    expected: {
      meeting: true,
      dates: { start: { month: 5, day: 20 }, end: { month: 5, day: 21 }, yearStatus: "not-given" },
      place: "Mombasa",
    },
  },
  {
    id: "ar-doha",
    lang: "ar",
    text: `مؤتمر إقليمي حول المخدرات الاصطناعية

الدوحة - انعقد في الدوحة يومي 17 و18 نوفمبر 2025 المؤتمر الإقليمي لمكافحة المخدرات الاصطناعية في فندق شيراتون الدوحة، بمشاركة خبراء من دول الخليج وشمال أفريقيا.

وناقش المشاركون في إطار جلسات العمل التعاون في مجال تبادل المعلومات حول شحنات الكبتاغون.

واتفق المشاركون على إنشاء فريق عمل مشترك.
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 11, day: 17 },
        end: { year: 2025, month: 11, day: 18 },
        yearStatus: "stated",
      },
      place: "الدوحة",
      venue: "فندق شيراتون الدوحة",
    },
  },
  {
    id: "ar-amman-native",
    lang: "ar",
    text: `اجتماع وزراء الداخلية العرب في عمّان

عمّان، ١٥/١١/٢٠٢٥ - عقد مجلس وزراء الداخلية العرب اجتماعه السنوي في عمّان من ١٢ إلى ١٤ تشرين الثاني/نوفمبر، وبحث سبل مواجهة تهريب الأسلحة في منطقة الساحل.

وأكد الوزراء أهمية التعاون في مجال مكافحة الإرهاب.
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 11, day: 12 },
        end: { year: 2025, month: 11, day: 14 },
        yearStatus: "inferred",
      },
      place: "عمّان",
    },
  },
  {
    id: "hi-guwahati",
    lang: "hi",
    text: `मादक पदार्थों की तस्करी पर क्षेत्रीय सम्मेलन

गुवाहाटी, १८ जुलाई २०२५ – मादक पदार्थों की तस्करी के क्षेत्र में सहयोग पर क्षेत्रीय सम्मेलन १५ से १७ जुलाई तक गुवाहाटी में आयोजित किया गया। सम्मेलन में दक्षिण एशिया के सात देशों के प्रतिनिधियों ने भाग लिया।

प्रतिनिधियों ने सीमा पार सूचना साझा करने के लिए एक संयुक्त मंच बनाने का निर्णय लिया।
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 7, day: 15 },
        end: { year: 2025, month: 7, day: 17 },
        yearStatus: "inferred",
      },
      place: "गुवाहाटी",
    },
  },
  {
    id: "hi-delhi",
    lang: "hi",
    text: `साइबर अपराध पर कार्यशाला

साइबर अपराध की जांच पर दो दिवसीय कार्यशाला २२ से २४ सितंबर २०२५ तक नई दिल्ली में विज्ञान भवन में आयोजित की गई।

कार्यशाला में राज्यों के पुलिस अधिकारियों ने डिजिटल साक्ष्य के संरक्षण पर चर्चा की।
`,
    expected: {
      meeting: true,
      dates: {
        start: { year: 2025, month: 9, day: 22 },
        end: { year: 2025, month: 9, day: 24 },
        yearStatus: "stated",
      },
      place: "नई दिल्ली",
      venue: "विज्ञान भवन",
    },
  },
  {
    id: "en-operation",
    lang: "en",
    text: `Operation Grey Heron: 41 arrests across nine countries

The Hague, 12 June 2025 – Operation Grey Heron, conducted from 1 to 20 May 2025 by police and customs services of nine countries, led to 41 arrests and the seizure of 2.3 tonnes of cocaine.

Officers seized 14 firearms and 1.2 million euros in cash. The operation was coordinated from an operational centre in The Hague.
`,
    expected: { meeting: false },
  },
  {
    id: "it-report",
    lang: "it",
    text: `Relazione annuale 2024 sull'attività antidroga

Roma, 27 febbraio 2025 – La relazione annuale presentata oggi raccoglie le statistiche sui sequestri di stupefacenti nel 2024.

Nel corso dell'anno sono stati eseguiti 1.250 arresti e i sequestri di cocaina sono aumentati del 12 per cento rispetto al 2023.
`,
    expected: { meeting: false },
  },
  {
    id: "en-announcement",
    lang: "en",
    text: `Registration opens for the Mediterranean ports security conference

Registration is now open for delegates from port authorities and coast guards.

The conference will be held in Tunis from 3 to 5 March 2026.
`,
    expected: {
      meeting: false,
      followUp: {
        place: "Tunis",
        start: { year: 2026, month: 3, day: 3 },
        end: { year: 2026, month: 3, day: 5 },
      },
    },
  },
];
