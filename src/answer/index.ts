/** Answer: pure question → answer data for /brief, /meeting and the digest, no environment and no clock of its own. May use core/, corpus/, extract/, search/, store/, knowledge/. */
export { answerBrief, helpAnswer } from "./brief.ts";
export { answerDigest, composeDigest } from "./digest.ts";
export type { DigestCommand, DigestCommandProblem } from "./digest-command.ts";
export { parseDigestCommand } from "./digest-command.ts";
export { isDue, isValidTimeZone, localDateAt, nextDigestAt } from "./digest-time.ts";
export { watchKey, watchLabel } from "./digest-topics.ts";
export type { DigestAnswer, NewDocument, UpcomingEvent, WatchedTopic } from "./digest-types.ts";
export type { LanguageChoice, LanguageRule } from "./language.ts";
export { chooseReplyLanguage, stripLangTokens } from "./language.ts";
export { answerMeeting } from "./meeting.ts";
export { prepareAnswers } from "./prepare.ts";
export type { ForeignText, TranslationLookup } from "./translatable.ts";
export {
  digestForeignTexts,
  digestWithTranslations,
  foreignTexts,
  hasMachineText,
  withTranslations,
} from "./translatable.ts";
export type {
  Answer,
  BriefFound,
  Citation,
  ComposedSummary,
  ConflictLine,
  Figure,
  HelpAnswer,
  MeetingCard,
  MeetingChoice,
  MeetingList,
  MeetingListItem,
  NotFound,
  Quote,
  Summary,
} from "./types.ts";
