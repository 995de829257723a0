export { profileArticle, ANONYMOUS_CAP, EVIDENCE_CAP, UNKNOWN_OUTLET, type ProfileOptions } from './profile-article.js';
export { mergeProfiles, accumulateProfile, emptyProfile } from './merge-profiles.js';
export { compareOutlets, termCounts, type CompareOptions, type TermCount } from './compare-outlets.js';
export { distinctiveWords, PRIOR_SCALE } from './log-odds.js';
export type * from './types.js';
export { inArticleText, inFurniture, countedMentions, countedQuotes, countedReported, speakerActor, speakerMentions, sideOf, actorSide, shownSpeaker } from './article-text.js';
export { distinctEvidence } from './evidence.js';
export { cueShown, isVerbCue, verbGroup } from './cue-verb.js';
export { quoteWords, PIECE_JOIN } from './quote-words.js';
