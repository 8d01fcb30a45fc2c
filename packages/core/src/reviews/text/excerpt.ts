/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  // Most text is already clean (single spaces between words): replacing each of its spaces with a
  // space would copy it for nothing.
  const clean = (UNCLEAN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** White space that /\s+/ → ' ' would change: any other than a space, or two in a row. */
const UNCLEAN_SPACE = /[^\S ]| {2}/;
