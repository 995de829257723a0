// The base form of an inflected English verb (`tweaked` → tweak, `outlined` → outline, `got` →
// get), for cue verbs the attribution lexicon does not list: irregular forms from a table, the rest
// by the spelling rules of -s, -ed and -ing. Without a dictionary a rule can still guess wrong on
// a rare verb (`travelled` comes out `travell`).

const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'agreed:agree freed:free decreed:decree made:make took:take taken:take gave:give given:give went:go gone:go got:get gotten:get came:come ran:run ' +
    'sent:send kept:keep met:meet held:hold brought:bring thought:think knew:know known:know saw:see seen:see ' +
    'wrote:write written:write spoke:speak spoken:speak became:become began:begin begun:begin felt:feel ' +
    'heard:hear sought:seek stood:stand struck:strike spent:spend fought:fight drew:draw drawn:draw ' +
    'threw:throw thrown:throw chose:choose chosen:choose broke:break broken:break taught:teach sold:sell ' +
    'bought:buy caught:catch meant:mean shook:shake rose:rise risen:rise fell:fall fallen:fall grew:grow ' +
    'grown:grow swore:swear sworn:swear withdrew:withdraw forgot:forget understood:understand upheld:uphold ' +
    'paid:pay led:lead lost:lose won:win found:find built:build lent:lend laid:lay said:say told:tell ' +
    'left:leave did:do done:do does:do had:have has:have was:be were:be is:be are:be been:be ' +
    'goes:go slid:slide fled:flee fed:feed dealt:deal drove:drive driven:drive hid:hide hidden:hide ' +
    'blew:blow blown:blow bent:bend dug:dig rang:ring sang:sing sung:sing woke:wake wore:wear tore:tear ' +
    'forbade:forbid forgave:forgive overcame:overcome foresaw:foresee stuck:stick swept:sweep ' +
    'cited:cite recited:recite invited:invite united:unite excited:excite incited:incite ignited:ignite ' +
    // regular, but the rules below would miss their `e`
    'writing:write created:create creating:create'
  )
    .split(' ')
    .map((pair) => pair.split(':')),
);

const VOWEL = /[aeiou]/;
/** A single vowel and a consonant at the end of a stem (`outlin`, `invok`, `stat`) usually lost an `e`… */
const VOWEL_CONSONANT = /(?:^|[^aeiou]|qu)[aeiou][bdgkmnprstl]$/;
/** …except after these (`deliver`, `open`, `visit`, `signal`, `focus`, `develop`). */
const KEEPS_NO_E = /(?:er|en|on|it|et|el|al|[a-z]{2}us|elop)$/;
/** Stems that always lost one (`produc`, `believ`, `argu`, `judg`, `urg`, `challeng`, `rais`, `pars`). */
const LOST_E = /(?:[cvuz]|dg|rg|[eu]ng|[a-z]{2}ang|[aeiou]{2}s|[rnlp]s)$/;

function restoreE(stem: string): string {
  if (/([bdgkmnprtz])\1$/.test(stem) && /[^aeiou][aeiou][^aeiou]{2}$/.test(stem)) return stem.slice(0, -1); // `stopp`
  if (stem.length <= 2) return `${stem}e`; // `li-ed`, `us-ed`
  if (/(?:ck|zz)$/.test(stem)) return stem;
  return LOST_E.test(stem) || (VOWEL_CONSONANT.test(stem) && !KEEPS_NO_E.test(stem)) ? `${stem}e` : stem;
}

/** The base form of `word` (lower case), or the word itself when it is no inflected form. */
export function verbBase(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (!/^[a-z]+$/.test(word)) return word;
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  // `proceed`, `need`: a base form (the past tenses in `eed` are listed: `agreed`).
  if (word.endsWith('eed')) return word;
  if (word.length > 3 && word.endsWith('ed') && VOWEL.test(word.slice(0, -2))) return restoreE(word.slice(0, -2));
  if (word.length > 4 && word.endsWith('ing') && VOWEL.test(word.slice(0, -3))) return restoreE(word.slice(0, -3));
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
