// What the quote stage says about who speaks, for the actor stage to follow: speakers come from
// the quote stage only, so a speaker's mention names the person its ledger names.
import { firstStartingAt } from '../spans.js';
import type { Quote } from '../types.js';

interface Said {
  start: number;
  end: number;
  name: string;
}

// A person's full name: two to four capitalised words.
const FULL_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
// A speaker phrase that is a surname, with a title at most: `Bush`, `Mr. Bush`.
const SURNAME_PHRASE = /^(?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}'’-]*$/u;
const firstWord = (name: string) => name.split(/\s+/)[0];

export class QuoteSpeakers {
  /** Speakers given a full name where their phrase is a surname, by phrase (sorted, one per phrase). */
  private readonly bySurname: Said[];
  /** Each cue and the named speaker the quote stage found for it (null: none, or anonymous). */
  private readonly cues: { start: number; speaker: Said | null }[];

  constructor(private readonly text: string, quotes: Quote[]) {
    const byStart = new Map<number, Said>();
    for (const q of quotes) {
      const s = q.speaker;
      if (s && !s.anonymous && FULL_NAME.test(s.name) && s.end - s.start <= 40 && SURNAME_PHRASE.test(text.slice(s.start, s.end))) byStart.set(s.start, s);
    }
    this.bySurname = [...byStart.values()].sort((a, b) => a.start - b.start);
    this.cues = quotes.filter((q) => q.cue).map((q) => ({ start: q.cue!.start, speaker: q.speaker && !q.speaker.anonymous ? q.speaker : null })).sort((a, b) => a.start - b.start);
  }

  /** The quote stage named the speaker whose phrase is [start, end) someone other than `name`
   *  with the same surname (`Bush said` after `Jeb Bush`, not George W. Bush). */
  namesSomeoneElse(start: number, end: number, name: string): boolean {
    const i = firstStartingAt(this.bySurname, start + 1) - 1;
    if (i < 0 || this.bySurname[i].end !== end) return false;
    const said = this.bySurname[i].name;
    return said.endsWith(` ${name.slice(name.lastIndexOf(' ') + 1)}`) && firstWord(said) !== firstWord(name);
  }

  /** `Stacy Baker of Columbia, South Carolina says`: a name read as the subject of the speech verb
   *  right after it, when the quote stage found someone else saying it, names nobody. */
  saidBySomeoneElse(t: { start: number; end: number }): boolean {
    const speaker = this.speakerAfter(t.end);
    return !!speaker && (speaker.end <= t.start || speaker.start >= t.end);
  }

  /** `Actress Rosario Dawson said`, `… Homeland Security Jeh Johnson said`: the quote stage's full
   *  name for the speaker of the cue right after `t`, when it is the end of `t`'s name. Never a
   *  surname alone (`General Electric said` is no `Electric`), nor `t` less an initial (`W. Neil
   *  Eggleston`). */
  shorterName(t: { end: number; name: string }): string | null {
    const name = this.speakerAfter(t.end)?.name;
    if (!name || !/\s/.test(name) || name.length >= t.name.length || !t.name.endsWith(` ${name}`) || this.text.slice(t.end - name.length, t.end) !== name) return null;
    return /^(?:\p{Lu}\.\s*)+$/u.test(t.name.slice(0, t.name.length - name.length)) ? null : name;
  }

  private speakerAfter(at: number): Said | null {
    const cue = this.cues[firstStartingAt(this.cues, at)];
    return cue && cue.start - at <= 30 ? cue.speaker : null;
  }
}
