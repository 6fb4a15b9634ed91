/**
 * The person a sentence is about: its grammatical subject when that is a named person. News prose names the
 * subject first ("Fellow council member Ana Roe accused …"), possibly after an opening phrase ("In a statement on
 * Tuesday, Roe said …", "Asked about the vote, Roe …"). A later "he"/"she" and a participle ("…, saying") stand
 * for this person, not for whoever the sentence mentions last as its object.
 */
import type { Span } from '@/lib/types';
import type { MentionRef } from './classify-speaker';

/** Words that open an introductory phrase ending at the first comma: prepositions, subordinators, linkers. */
const OPENERS = new Set(
  `in on at after before during when while as although though since until unlike like despite with without
  for from by under over asked speaking writing earlier later still but and yet however meanwhile instead also
  separately then once if because of to about`.split(/\s+/),
);

/** Words allowed before the name in subject position: titles, capitalised modifiers, role nouns, articles. */
const TITLE_WORD =
  /^(?:[A-Z][\w.'’-]*|the|a|an|former|fellow|then|[a-z]+(?:er|or|ist|ant|ent|man|woman|ary|ian|ive))$/;

function subjectPerson(text: string, from: number, end: number, mentions: MentionRef[]): MentionRef | null {
  const m = mentions.find((x) => x.start >= from && x.end <= end && x.actor.type === 'person');
  if (!m) return null;
  // "Varden's plan …": a possessive name modifies the subject; it is not the subject.
  if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return null;
  const before = text.slice(from, m.start).trim();
  // "Of Lund, he said": a capitalised preposition is not a title.
  const titled = (w: string) => TITLE_WORD.test(w) && !OPENERS.has(w.toLowerCase());
  if (before && !before.split(/\s+/).every(titled)) return null;
  if (before.split(/\s+/).length > 6) return null;
  return m;
}

/** The person mention in subject position of sentence `s`, or null when the subject is not a named person. */
export function sentenceSubject(text: string, s: Span, mentions: MentionRef[]): MentionRef | null {
  const slice = text.slice(s.start, s.end);
  const lead = slice.length - slice.trimStart().length;
  if (/^["“‘]/.test(slice.slice(lead))) return null;
  const first = /^[A-Za-z]+/.exec(slice.slice(lead))?.[0].toLowerCase() ?? '';
  // "Ted Lund said": a sentence that opens with a name has no introductory phrase, whatever the name ends with.
  const named = mentions.some((m) => m.start === s.start + lead);
  const opener = !named && (OPENERS.has(first) || /^[a-z]{3,}(?:ing|ed)$/.test(first));
  if (!opener) return subjectPerson(text, s.start + lead, s.end, mentions);
  const comma = slice.indexOf(',', lead);
  if (comma < 0 || comma > 160) return null;
  // 'Calling Brandt a "gambler," Varden said': the comma may sit inside the closing quotation mark.
  const after = comma + 1 + (/^[\s"”’]*/.exec(slice.slice(comma + 1))?.[0].length ?? 0);
  return subjectPerson(text, s.start + after, s.end, mentions);
}
