/**
 * Characters a text must contain for a regular expression to match in it, read from the expression's source: one of
 * the characters each top-level part of a match starts with. For 说是…，…实际… that is one of 包标盒瓶袋说写…, then one
 * of 实其结收到拿打. A text lacking one of them cannot match, so the expression need not run on it: a few look-ups
 * instead of a scan of the text.
 *
 * Understands the subset of regular-expression syntax the classifier's patterns use. Parts it can bound loosely (`.`,
 * negated classes, `\s`, large ranges, back-references, control and octal escapes) count as "any character"; syntax it
 * does not know at all (flags such as `i` or `u`, inline modifiers `(?i:…)`, anything malformed) makes it give up and
 * require nothing. Either way an expression is never skipped on a text it could match.
 */

/**
 * Sets of code units of which a text must contain one each for `re` to match in it. Empty when nothing can be told
 * (the expression always runs).
 */
export function requiredChars(re: RegExp): Set<number>[] {
  if (/[iuv]/.test(re.flags)) return [];
  const parser = new PartParser(re.source);
  let whole: Lead;
  try {
    whole = parser.alternation();
    if (parser.pos < re.source.length) return [];
  } catch (error) {
    if (error instanceof UnknownSyntax) return [];
    throw error;
  }
  // One alternative: each part that must consume a character requires one of the characters it starts with.
  if (parser.topParts) return parser.topParts.filter((set): set is Set<number> => set !== null);
  // Several: a match starts with the leading characters of one of them.
  return whole.first && !whole.nullable ? [whole.first] : [];
}

/** Syntax the parser does not know: the expression then requires nothing. */
class UnknownSyntax extends Error {}

/** What the parser knows of a part of an expression. */
interface Lead {
  /** Code units a non-empty match can start with; null = any. */
  first: Set<number> | null;
  /** Can match without consuming a character. */
  nullable: boolean;
}

/** Character-class ranges wider than this count as "any character" (no use as a filter). */
const MAX_RANGE = 256;

const ANY: Lead = { first: null, nullable: false };

function union(into: Set<number> | null, from: Set<number> | null): Set<number> | null {
  if (!into || !from) return null;
  for (const c of from) into.add(c);
  return into;
}

class PartParser {
  pos = 0;
  /** Group nesting at pos. */
  private depth = 0;
  /** Leading characters of each top-level part that must consume a character; null once there are alternatives. */
  topParts: Array<Set<number> | null> | null = [];
  constructor(private readonly src: string) {}

  /** alternative ('|' alternative)* */
  alternation(): Lead {
    const out = this.sequence();
    while (this.src[this.pos] === '|') {
      if (this.depth === 0) this.topParts = null;
      this.pos++;
      const next = this.sequence();
      out.first = union(out.first, next.first);
      out.nullable ||= next.nullable;
    }
    return out;
  }

  /** term* : starts with the first characters of each term up to the first one that must consume a character. */
  private sequence(): Lead {
    let first: Set<number> | null = new Set();
    let nullable = true;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const term = this.quantified(this.atom());
      if (this.depth === 0 && !term.nullable) this.topParts?.push(term.first);
      if (nullable) first = union(first, term.first);
      nullable &&= term.nullable;
    }
    return { first, nullable };
  }

  private quantified(atom: Lead): Lead {
    const q = this.src[this.pos];
    let optional = false;
    if (q === '?' || q === '*') {
      optional = true;
      this.pos++;
    } else if (q === '+') this.pos++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom; // a literal '{'
      optional = Number(m[1]) === 0;
      this.pos += m[0].length;
    } else return atom;
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return optional ? { first: atom.first, nullable: true } : atom;
  }

  private atom(): Lead {
    const c = this.src[this.pos++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return { first: new Set(), nullable: true };
    if (c === '\\') {
      const e = this.src[this.pos++]!;
      if (e === 'b' || e === 'B') return { first: new Set(), nullable: true };
      // A named back-reference (`\k<name>`): any characters, its name skipped.
      if (e === 'k' && this.src[this.pos] === '<') {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0) throw new UnknownSyntax();
        this.pos = close + 1;
        return ANY;
      }
      const unit = this.escapedUnit(e);
      return unit === null ? ANY : { first: new Set([unit]), nullable: false };
    }
    return { first: new Set([c.charCodeAt(0)]), nullable: false };
  }

  /** After '(': a group, or a look-around (which consumes nothing; its inside is parsed only to skip it). */
  private group(): Lead {
    const rest = this.src.slice(this.pos, this.pos + 3);
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(rest);
    if (lookaround) this.pos += lookaround[0].length;
    else if (rest.startsWith('?:')) this.pos += 2;
    else if (rest.startsWith('?<')) {
      // A named group.
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new UnknownSyntax();
      this.pos = close + 1;
    } else if (rest.startsWith('?')) throw new UnknownSyntax(); // inline modifiers (?i:…) and whatever comes next
    this.depth++;
    const inner = this.alternation();
    this.depth--;
    if (this.src[this.pos++] !== ')') throw new UnknownSyntax();
    return lookaround ? { first: new Set(), nullable: true } : inner;
  }

  /** After '[': a class of characters; negated ones count as any character. */
  private charClass(): Lead {
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const first = new Set<number>();
    let known = true;
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new UnknownSyntax();
      const lo = this.classUnit();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        this.pos++;
        const hi = this.classUnit();
        if (lo === null || hi === null || hi - lo > MAX_RANGE) known = false;
        else for (let u = lo; u <= hi; u++) first.add(u);
      } else if (lo === null) known = false;
      else first.add(lo);
    }
    this.pos++;
    return { first: known && !negated ? first : null, nullable: false };
  }

  private classUnit(): number | null {
    const c = this.src[this.pos++]!;
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.src[this.pos++]!;
    // Inside a class, \b is the backspace character.
    return e === 'b' ? 8 : this.escapedUnit(e);
  }

  /** The code unit an escape stands for, or null for a class escape (\s, \d, \w …) or a back-reference. */
  private escapedUnit(e: string): number | null {
    if (e === 'u' || e === 'x') {
      const hex = this.src.slice(this.pos, this.pos + (e === 'u' ? 4 : 2));
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== (e === 'u' ? 4 : 2)) return null;
      this.pos += hex.length;
      return parseInt(hex, 16);
    }
    // Digits: a back-reference (\1, \12) or an octal escape (\01): any character, every digit read.
    if (/[0-9]/.test(e) && (e !== '0' || /[0-9]/.test(this.src[this.pos] ?? ''))) {
      while (/[0-9]/.test(this.src[this.pos] ?? '')) this.pos++;
      return null;
    }
    // A control character (\cJ): its letter belongs to it.
    if (e === 'c' && /[a-zA-Z]/.test(this.src[this.pos] ?? '')) {
      this.pos++;
      return null;
    }
    const control: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    if (e in control) return control[e]!;
    if (/[sSdDwWpPkc]/.test(e)) return null;
    return e.charCodeAt(0);
  }
}
