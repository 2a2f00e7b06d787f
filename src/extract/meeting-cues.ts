/** Words that mark who organised a meeting. */
export const ORGANISER_CUES =
  /(?<![\p{L}\p{M}])(?:organi[sz]ed|co-organi[sz]ed|hosted|organizzat[oa]|organisé|organisée|organizado|organizada|veranstaltet|تنظيمه|نظمه|نظمت|بالاشتراك|تحت الرئاسة|iliandaliwa|ulioandaliwa|kwa pamoja na|आयोजित|संयुक्त रूप से|in collaborazione|en collaboration|in cooperation|in collaboration)(?![\p{L}\p{M}])/iu;

/** Words naming the kind of event, from most to least specific. */
export const MINISTERIAL_WORDS =
  /(?<![\p{L}\p{M}])(?:ministers|ministerial|ministri|ministeriale|ministeriali|ministériel|ministérielle|ministériels|ministres|ministros|minister|وزراء|وزاري|الوزاري|وزارية|الوزارية|mawaziri|मंत्रियों|मंत्रिस्तरीय|मंत्रीस्तरीय)(?![\p{L}\p{M}])/iu;
export const CONFERENCE_WORDS =
  /(?<![\p{L}\p{M}])(?:conference|conferenza|conférence|conferencia|konferenz|مؤتمر|المؤتمر|kongamano|सम्मेलन)(?![\p{L}\p{M}])/iu;
