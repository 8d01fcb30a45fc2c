/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const clean = isClean(text) ? text : text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * Whether `text` is already what collapsing its white space and trimming it gives: printable ASCII
 * with single spaces between words, as most quotes are (so no copy is made of them).
 */
function isClean(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c === 0x20 && space)) return false;
    space = c === 0x20;
  }
  return !space || text === '';
}
