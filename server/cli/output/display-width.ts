// How many terminal columns text takes, and wrapping prose to a width. A terminal gives East
// Asian Wide and Fullwidth characters (Chinese, Japanese and Korean script, fullwidth forms,
// emoji presented as pictures) two columns, combining marks and zero-width characters none,
// so counting code points would misalign a table as soon as it holds a Chinese name.

/** Columns a terminal is assumed to have when output is piped (and the most any output uses). */
export const TERMINAL_COLUMNS = 80;

// Unicode East_Asian_Width W and F ranges (UAX #11) outside the emoji handled by the regex below.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

const EMOJI = /\p{Emoji_Presentation}/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

function isWide(codePoint: number): boolean {
  for (const [lo, hi] of WIDE_RANGES) {
    if (codePoint < lo) return false;
    if (codePoint <= hi) return true;
  }
  return false;
}

/**
 * Terminal columns of `text`: 2 per East Asian Wide or Fullwidth character, 0 per combining
 * mark, format or control character, 1 otherwise. `displayWidth('床位 beds')` is 9.
 */
export function displayWidth(text: string): number {
  let columns = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x7f && cp >= 0x20) columns += 1;
    else if (ZERO_WIDTH.test(ch)) continue;
    else columns += isWide(cp) || EMOJI.test(ch) ? 2 : 1;
  }
  return columns;
}

/** Splits a token wider than `width` into pieces of at most `width` columns. */
function splitToken(token: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of token) {
    if (piece !== '' && displayWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

// Chinese puts no spaces between words: a line may break between any two wide characters,
// except before closing punctuation or after opening punctuation (the simple kinsoku rule).
const NO_BREAK_BEFORE = /^[，。、；：！？）」』》〉】’”％…·]/u;
const NO_BREAK_AFTER = /[（「『《〈【‘“]$/u;

/**
 * A space-free word cut where a line may break inside it: between wide (CJK) characters, and
 * where wide and narrow text meet ("每千患者日50货位" gives 每 千 患 者 日 50 货 位), keeping
 * punctuation with the character it belongs to. A word of narrow characters stays whole.
 */
function breakPoints(word: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWide = false;
  for (const ch of word) {
    const wide = isWide(ch.codePointAt(0) ?? 0);
    const joins = piece === '' || (!wide && !pieceWide) || NO_BREAK_BEFORE.test(ch) || NO_BREAK_AFTER.test(piece);
    if (joins) piece += ch;
    else {
      pieces.push(piece);
      piece = ch;
    }
    pieceWide = wide;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** The longest start of `text` that takes at most `width` terminal columns (a progress line cut to the terminal). */
export function clipToWidth(text: string, width: number): string {
  return displayWidth(text) <= width ? text : (splitToken(text, Math.max(1, width))[0] ?? '');
}

/**
 * Wraps one line at spaces so that no piece is wider than `width` columns; continuation lines
 * start with the line's own indentation plus `hang` spaces. A word wider than the room left is
 * cut. A line that fits is returned as it is.
 * @param width - columns (default {@link TERMINAL_COLUMNS})
 * @param hang - extra indentation of continuation lines, in columns (default 2)
 */
export function wrapLine(line: string, width = TERMINAL_COLUMNS, hang = 2): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = /^ */.exec(line)?.[0] ?? '';
  const next = `${indent}${' '.repeat(hang)}`;
  const room = Math.max(10, width - next.length);
  // Words with the spaces before them, so a line that fits keeps its own spacing (a table of
  // `path  rule  message` keeps its double spaces); a break drops the spaces at it.
  const parts = line.slice(indent.length).split(/( +)/);
  const out: string[] = [];
  let current = indent;
  let empty = true;
  for (let i = 0; i < parts.length; i += 2) {
    const gap = i > 0 ? parts[i - 1] : '';
    for (const [k, word] of breakPoints(parts[i]).flatMap((piece) => splitToken(piece, room)).entries()) {
      const candidate = empty ? `${current}${word}` : `${current}${k === 0 ? gap : ''}${word}`;
      if (empty || displayWidth(candidate) <= width) current = candidate;
      else {
        out.push(current);
        current = `${next}${word}`;
      }
      empty = false;
    }
  }
  return [...out, current];
}

/**
 * Wraps every line of `text` wider than `width` columns (see {@link wrapLine}); keeps the rest.
 * @param hang - extra indentation of continuation lines (default 2; 0 for paragraphs)
 */
export function wrapText(text: string, width = TERMINAL_COLUMNS, hang = 2): string {
  return text.split('\n').flatMap((line) => wrapLine(line, width, hang)).join('\n');
}

/** The widest line of `text`, in terminal columns. */
export function maxLineWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}
