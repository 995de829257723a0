// Closed word classes the quote engine reasons with. Plain data: no article text from any
// evaluation set.
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const PRONOUNS = set('he she they i we it');
/** Irregular past tenses, none of them also a common noun (`the left`, `a tax cut`): a verb
 * wherever they stand. */
export const IRREGULAR_PASTS = set(
  'made took gave went got came ran sent kept met held brought thought knew saw wrote spoke became began felt heard sought stood struck spent fought drew threw chose broke taught sold bought caught meant shook rose fell grew swore withdrew forgot understood upheld paid led lost won found built lent laid hid fled fed dealt drove ate froze rode rang sang sank slept slid spun stole stuck swept swam swung tore wore woke forgave overcame overtook undertook withheld sped strove foresaw forbade clung crept bred blew bled bent dug',
);
export const DETERMINERS = set(
  'the a an his her its their our my your this that these those another one some several many two three four five six seven eight nine ten both all each every most few other such',
);
/** Tokens that may sit between a subject and its cue verb: `he also said`, `X on Sunday said`. */
export const BETWEEN_SUBJECT_AND_CUE = set(
  'also even later then previously once again recently earlier repeatedly famously reportedly simply just further subsequently has had have would will did does could might may had already first last on this that morning afternoon evening night week month year yesterday today tonight monday tuesday wednesday thursday friday saturday sunday not never often frequently publicly privately separately nevertheless nonetheless however meanwhile instead ultimately finally eventually now still afterward afterwards likewise similarly jointly',
);
/** Words that end a noun phrase when scanning for a speaker. */
export const NP_STOP = set(
  'and but or nor that which who whom whose because as while when if after before since than though although where whether is was are were be been being said says told do does did has have had will would can could should shall not no so yet then there here to by with about into over under against between through during without within upon across toward towards despite amid',
);
/** Prepositions that may continue a description: `a spokesman for the campaign`. */
export const NP_PREPOSITIONS = set('of for at from in on');
/** Titles and roles that precede a person's name; the name is what follows the last of them. */
export const TITLES = set(
  'mr mrs ms miss dr prof sen senator rep representative gov governor president vice secretary minister prime deputy foreign defense defence interior chairman chairwoman chair chief spokesman spokeswoman spokesperson ambassador envoy gen general lt col colonel capt captain sgt maj major adm admiral commander director judge justice speaker leader mayor rev reverend ayatollah sheikh king queen prince princess emir sultan pope cardinal bishop chancellor premier attorney officer agent detective sheriff councilman councilwoman congressman congresswoman assemblyman assemblywoman alderman alderwoman committeeman committeewoman businesswoman senate house state republican democrat democratic independent former acting candidate nominee hopeful businessman billionaire host anchor moderator correspondent columnist economist analyst professor coach pastor lawyer attorney-general secretary-general adviser advisor counsel commissioner superintendent strategist treasurer founder co-founder cofounder ceo staff reporter editor editor-in-chief comedian comedienne rabbi imam whip actress actor singer rapper musician author novelist playwright filmmaker journalist coordinator activist historian blogger pollster consultant organizer organiser photographer producer writer manager taoiseach tánaiste tanaiste archbishop mp mep msp inspector constable coroner prosecutor councilmember councillor councilor sir dame lord baroness',
);
/** Capitalised words that are not part of a person's name. */
export const NOT_NAME = set(
  'the a an in on at of for and but or to from by with as this that these those it its he she they we i you monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec us u.s usa america american americans united states washington white house congress senate department ministry council committee party government administration republic nations union news times post journal press agency tv television radio university institute center centre foundation court army forces police iran iranian iraq iraqi israel israeli kurdistan kurdish islamic national supreme security state foreign affairs international world north south east west central new york city county europe european asia asian africa african australia does did do is are was were can could should would has have had outside inside across behind beyond within under over near through throughout against toward towards into onto upon about above below beneath beside besides between around along amongst via per',
);
/** Capitalised only because they open a sentence (`If Obama`, `Certainly Donald Trump`): never part of a name. */
export const SENTENCE_OPENERS = set(
  'whatever recent recently additional additionally correction update updated breaking exclusive related if while when whenever although though because since after before until unless once certainly perhaps maybe meanwhile however yet still even also then now today yesterday tomorrow tonight last next like unlike without during despite amid among according asked speaking reached thanks yes no oh well why what how where there here instead indeed thus later earlier only just sure both either neither every each all many most some several few asked told said says but and so or nor back down up out over off absent alongside following including citing noting asserting pointing referring responding insisting claiming describing adding saying having being added adds wrote writes replied noted explained continued stated warned argued insisted declared concluded recalled countered quipped tweeted additional see',
);
/** Heads of descriptions that stand for unnamed sources when no name is given. */
export const ANONYMOUS_MARKERS = set('unnamed anonymous anonymity source sources insider insiders familiar knowledge');
export const ANONYMOUS_HEADS = set(
  'official officials aide aides adviser advisers advisor advisors diplomat diplomats officer officers person people member members staffer staffers spokesman spokeswoman spokesperson representative representatives spokesmen spokeswomen spokespeople insider insiders source sources analyst analysts expert experts lawmaker lawmakers legislator legislators mp mps mep meps minister ministers senator senators congressman congresswoman backbencher backbenchers',
);
/** Verbs whose object is the listener or the thing named, so `“…,” told X` never inverts. */
export const NO_INVERSION = set('claim tell call describe label dub accuse charge urge warn praise blast assail brand denounce condemn implore blame assure instruct term chide ridicule laud slam bash hammer lambaste taunt');
/** Heads of descriptions that can speak: people by role or trade, groups, organisations, and the
 * documents and outlets that carry words (`the report`, `the ad`). Plurals are found by stripping `s`. */
export const SPEAKER_HEADS = set(
  'official aide ally side camp delegation adviser actress hostess heiress princess duchess countess empress baroness waitress star priest rabbi imam cleric pundit poet mom dad nurse surgeon athlete chef guard spy cop monk nun lady gentleman widow victim inmate suspect plaintiff pilot clerk magnate heir landlord monarch advisor spokesman spokeswoman spokesperson representative senator congressman congresswoman governor mayor president candidate nominee contender rival opponent challenger frontrunner front-runner incumbent leader chairman chairwoman chair director secretary minister ambassador envoy diplomat lawmaker legislator politician strategist operative consultant pollster analyst economist expert scholar professor researcher scientist historian author writer columnist commentator critic reporter journalist editor anchor host correspondent blogger activist organizer organiser advocate lobbyist lawyer attorney judge justice prosecutor witness officer agent detective sheriff chief commander general soldier veteran member staffer staff worker employee employer owner executive ceo founder president manager boss partner donor supporter voter resident citizen student teacher parent mother father wife husband son daughter sister brother friend neighbor neighbour woman man person people folks guy somebody someone anyone everyone nobody one other another others source insider observer participant delegate protester protestor demonstrator crowd audience group coalition campaign team party committee commission council board panel agency department ministry administration government office bureau service court police army military company firm bank network station channel outlet newspaper paper magazine website site publication organization organisation institute foundation association union movement caucus alliance league center centre think-tank tank report study survey poll statement letter memo email e-mail tweet post message ad advertisement video release transcript document filing complaint lawsuit suit ruling opinion decision book article editorial op-ed column piece headline page website blog speech remarks release readout account accounts sign banner placard shirt t-shirt cap hat voice narrator announcer caller viewer reader listener fan fans majority minority percent respondents boy girl kid intern guest troop child children teen user poster commenter community cable draft authority hospital lobby force family university college school church acquaintance celebrity tycoon billionaire mogul resolution missive indictment declaration proclamation manifesto americans dem democrats republicans conservatives liberals progressives independents evangelicals charity watchdog regulator federation confederation society insurer retailer lender airline carrier manufacturer carmaker automaker supermarket broadcaster publisher operator provider developer tenant campaigner nonprofit ngo brokerage',
);
/** The verb of a relative clause right after its cue (`which officials say will cost billions`,
 * `which two aides said was “a disaster”`): the clause is what its own speakers said. */
export const RELATIVE_GAP_VERBS = set('will would could can may might should must is was are were has had have');
/** Quantifiers that stand for people on their own (`Some chanted`, `most said`). */
export const GROUP_QUANTIFIERS = set('some most many several few both all others two three four five six seven eight nine ten');
/** Prepositions whose object a noun phrase right after them is (`From The New York Times to CNN`). */
export const PREPOSITIONS = set('from in at on for with by of to about among between through after before during without like unlike despite amid against toward towards under over');
/** Words that may stand between a subject and a cue that reports what was said (`has`, `also`,
 * `repeatedly`); not a modal (`and his wife will also speak` says nothing yet). */
export const AUXILIARIES_BEFORE_CUE = set('has have had also did does previously repeatedly once already recently');
/** Nationality nouns for one person (`the German said`, `the Spaniard added`): a description,
 * not a name. */
export const DEMONYMS = set(
  'american briton brit englishman englishwoman scot scotsman scotswoman welshman welshwoman irishman irishwoman frenchman frenchwoman german italian spaniard dutchman dutchwoman belgian austrian swede norwegian dane finn pole czech slovak hungarian romanian bulgarian russian ukrainian australian canadian brazilian argentine argentinian mexican colombian chilean uruguayan peruvian venezuelan nigerian ghanaian senegalese cameroonian egyptian moroccan algerian tunisian japanese korean indian pakistani iranian iraqi israeli palestinian syrian lebanese turk greek croat serb kenyan ethiopian jamaican kiwi',
);
