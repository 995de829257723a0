// Closed word classes the quote engine reasons with. Plain data: no article text from any
// evaluation set.
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const PRONOUNS = set('he she they i we it');
export const DETERMINERS = set(
  'the a an his her its their our my your this that these those another one some several many two three four five six seven eight nine ten both all each every most few other such',
);
/** Tokens that may sit between a subject and its cue verb: `he also said`, `X on Sunday said`. */
export const BETWEEN_SUBJECT_AND_CUE = set(
  'also later then previously once again recently earlier repeatedly famously reportedly simply just further subsequently has had have would will did does could might may had already first last on this that morning afternoon evening night week month year yesterday today tonight monday tuesday wednesday thursday friday saturday sunday not never often frequently publicly privately separately',
);
/** Words that end a noun phrase when scanning for a speaker. */
export const NP_STOP = set(
  'and but or nor that which who whom whose because as while when if after before since than though although where whether is was are were be been being said says told do does did has have had will would can could should shall not no so yet then there here to by with about into over under against between through during without within upon across toward towards',
);
/** Prepositions that may continue a description: `a spokesman for the campaign`. */
export const NP_PREPOSITIONS = set('of for at from in on');
/** Titles and roles that precede a person's name; the name is what follows the last of them. */
export const TITLES = set(
  'mr mrs ms miss dr prof sen senator rep representative gov governor president vice secretary minister prime deputy foreign defense defence interior chairman chairwoman chair chief spokesman spokeswoman spokesperson ambassador envoy gen general lt col colonel capt captain sgt maj major adm admiral commander director judge justice speaker leader mayor rev reverend ayatollah sheikh king queen prince princess emir sultan pope cardinal bishop chancellor premier attorney officer agent detective sheriff councilman councilwoman congressman congresswoman senate house state republican democrat democratic independent former acting candidate nominee hopeful businessman billionaire host anchor correspondent columnist economist analyst professor coach pastor lawyer attorney-general secretary-general',
);
/** Capitalised words that are not part of a person's name. */
export const NOT_NAME = set(
  'the a an in on at of for and but or to from by with as this that these those it its he she they we i you monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec us u.s usa america american americans united states washington white house congress senate department ministry council committee party government administration republic nations union news times post journal press agency tv television radio university institute center centre foundation court army forces police iran iranian iraq iraqi israel israeli kurdistan kurdish islamic national supreme security state foreign affairs international world north south east west central new york city county',
);
/** Capitalised only because they open a sentence (`If Obama`, `Certainly Donald Trump`): never part of a name. */
export const SENTENCE_OPENERS = set(
  'if while when whenever although though because since after before until unless once certainly perhaps maybe meanwhile however yet still even also then now today yesterday tomorrow tonight last next like unlike without during despite amid among according asked speaking reached thanks yes no oh well why what how where there here instead indeed thus later earlier only just sure both either neither every each all many most some several few asked told said says but and so or nor',
);
/** Heads of descriptions that stand for unnamed sources when no name is given. */
export const ANONYMOUS_MARKERS = set('unnamed anonymous anonymity source sources insider insiders familiar');
export const ANONYMOUS_HEADS = set(
  'official officials aide aides adviser advisers advisor advisors diplomat diplomats officer officers person people member members staffer staffers spokesman spokeswoman spokesperson insider insiders source sources analysts lawmakers',
);
/** Verbs whose object is the listener or the thing named, so `“…,” told X` never inverts. */
export const NO_INVERSION = set('tell call describe label dub accuse charge urge warn praise blast assail brand denounce condemn implore blame assure instruct term chide ridicule laud slam bash hammer lambaste taunt');
