/** A person named in an article, and what the article calls them. */
export type Person = { readonly name: string; readonly role: string | null };

/** Words that make the capitalised words before a name a title or role, not part of the name. */
const ROLE_NOUNS =
  /^(president|minister|chancellor|spokesman|spokeswoman|spokesperson|leader|chief|executive|adviser|advisor|chair|chairman|chairwoman|officer|forecaster|organiser|organizer|candidate|mayor|maire|préfet|prefect|councillor|general|commissioner|secretary|director|governor|senator|taoiseach|premier|king|queen|prince|judge|inspector|superintendent|sergeant|professor|dr|mr|mrs|ms|miss|sir|dame|lord|lady|head|manager|founder|ceo|coach|captain|bishop|pope|ambassador|envoy|deputy)$/i;
const PARTICLES = new Set(['von', 'der', 'van', 'de', 'la', 'le', 'du', 'di', 'da', 'bin', 'al', 'ni', 'mac', 'o']);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
const PRONOUNS = /^(he|she|il|elle|er|sie)$/i;

/**
 * The people an article names, in the order it names them: runs of capitalised words, with
 * the title or role written before them ("Kremlin spokesman Dmitry Peskov") or after them
 * (", a top adviser to …", ", maire de Sabres") as their role. Each surname points at the last
 * full name that ends with it.
 */
export class People {
  private readonly people: Person[] = [];
  private lastMentioned: Person | null = null;

  /**
   * Reads a stretch of text and notes every full name in it, in order. The person a later "he"
   * or "she" means is the first one a sentence names (its subject), not one named in passing
   * ("Podolyak, a top adviser to President Zelensky, said …").
   */
  note(text: string): void {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      let subject: Person | null = null;
      for (const mention of mentions(sentence)) {
        const known = this.find(mention.name);
        // A lone capitalised word is somebody only if it is the surname of somebody named before.
        if (!mention.name.includes(' ')) {
          subject ??= known;
          continue;
        }
        const person = known && !mention.role ? known : this.add(known ? { name: known.name, role: mention.role ?? known.role } : mention);
        subject ??= person;
      }
      if (subject) this.lastMentioned = subject;
    }
  }

  /** The person meant by a name, a surname or a pronoun, as of what has been read so far. */
  resolve(who: string): Person | null {
    const words = who.trim().split(/\s+/);
    if (words.length === 1 && PRONOUNS.test(words[0]!)) return this.lastMentioned;
    // The first full name in "Máire Ní Bhriain of the Rural Transport Alliance" is the speaker;
    // else a surname ("Lopez").
    const all = mentions(who);
    const found = all.find((mention) => mention.name.includes(' ')) ?? all.at(-1) ?? null;
    if (!found) return null;
    const known = this.find(found.name);
    if (known) return { name: known.name, role: found.role ?? known.role };
    return found.name.includes(' ') ? this.add(found) : null;
  }

  private add(person: Person): Person {
    const at = this.people.findIndex((candidate) => candidate.name === person.name);
    if (at >= 0) this.people.splice(at, 1);
    this.people.push(person);
    return person;
  }

  private find(name: string): Person | null {
    const surname = name.split(/\s+/).at(-1)!;
    return [...this.people].reverse().find((person) => person.name === name || (!name.includes(' ') && person.name.split(/\s+/).at(-1) === surname)) ?? null;
  }
}

/** Names in a text with the roles written beside them. */
export function mentions(text: string): Person[] {
  const found: Person[] = [];
  const tokens = text.split(/(\s+)/).filter((token) => token.trim() !== '');
  for (let index = 0; index < tokens.length; index += 1) {
    if (!NAME_WORD.test(clean(tokens[index]!))) continue;
    // The run of capitalised words (with particles such as "von der") starting here.
    let end = index;
    while (end + 1 < tokens.length && (NAME_WORD.test(clean(tokens[end + 1]!)) || (PARTICLES.has(clean(tokens[end + 1]!).toLowerCase()) && NAME_WORD.test(clean(tokens[end + 2] ?? '')))) && !/[,.;:!?”"»)]$/.test(tokens[end]!)) end += 1;
    const run = tokens.slice(index, end + 1).map(clean);
    index = end;
    // Titles and roles at the front of the run: "US President Joe Biden", "General Mark Milley".
    let lastRole = -1;
    run.forEach((word, at) => {
      if (ROLE_NOUNS.test(word) && at < run.length - 1) lastRole = at;
    });
    const nameWords = run.slice(lastRole + 1);
    if (nameWords.length < 1 || nameWords.length > 4) continue;
    const name = nameWords.join(' ');
    // A single capitalised word is a name only after a title ("Mr Podolyak") or as a surname already known.
    if (nameWords.length === 1 && lastRole < 0) {
      found.push({ name, role: null });
      continue;
    }
    const before = lowerRoleBefore(tokens, index - run.length + 1);
    const titled = lastRole >= 0 ? run.slice(0, lastRole + 1).join(' ') : null;
    const roleFront = [before, titled].filter(Boolean).join(' ') || null;
    const roleAfter = appositive(tokens.slice(end + 1).join(' '), tokens[end]!) ?? organisation(tokens.slice(end + 1).join(' '));
    const role = cleanRole(roleFront && !/^(mr|mrs|ms|dr|miss|sir)$/i.test(roleFront) ? roleFront : roleAfter);
    found.push({ name, role });
  }
  return found;
}

/** Lower-case role words just before a name: "council leader Maria Lopez", "le préfet Jean Morel". */
function lowerRoleBefore(tokens: readonly string[], start: number): string | null {
  const words: string[] = [];
  for (let at = start - 1; at >= 0 && words.length < 3; at -= 1) {
    const word = clean(tokens[at]!);
    if (/[,.;:!?”"»]$/.test(tokens[at]!) || !/^[\p{Ll}\p{Lu}][\p{L}'’-]*$/u.test(word)) break;
    if (/^(the|a|an|le|la|les|l'|de|of|by|and|et|said|told|according|to|selon|with|from)$/i.test(word)) break;
    words.unshift(word);
    if (ROLE_NOUNS.test(word) || /^(leader|officer|executive)$/i.test(word)) continue;
  }
  return words.some((word) => ROLE_NOUNS.test(word)) ? words.join(' ') : null;
}

/** "… of the Civic Alliance" → "Civic Alliance". */
function organisation(after: string): string | null {
  return /^(?:of|from|at|de|du)\s+(?:the\s+|la\s+|le\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,5})/u.exec(after.trim())?.[1] ?? null;
}

/** ", a top adviser to Ukrainian President Volodymyr Zelensky," → that role. */
function appositive(after: string, lastToken: string): string | null {
  if (!lastToken.endsWith(',')) return null;
  const match = /^(?:(?:the|a|an)\s+)?([^,.;“”"«»]{3,80}?)(?:[,.;]|$)/i.exec(after.trim());
  if (!match) return null;
  const role = match[1]!.trim();
  return /\b(said|told|says|added|a déclaré)\b/i.test(role) ? null : role;
}

function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const trimmed = role.replace(/^(the|a|an|le|la)\s+/i, '').trim();
  if (!trimmed || trimmed.length > 80) return null;
  return trimmed[0]!.toUpperCase() + trimmed.slice(1);
}

/** A word without the punctuation around it (keeps inner apostrophes and hyphens). */
const clean = (word: string) => word.replace(/^[“"«„‘'(]+|[”"»’',.;:!?)]+$/gu, '').replace(/['’]s$/u, '');
