/**
 * JSON that can be written inside an HTML `<script>` element (or any HTML text) and still parse to
 * the same value. Review text is written by strangers: `JSON.stringify` leaves `</script>` and
 * `<!--` intact, so a review containing them ends the script element early and the rest of the
 * review is read as HTML. Escaping `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026` keeps every
 * such sequence out of the markup; U+2028 and U+2029 are escaped too, for JavaScript parsers older
 * than ES2019 that treat them as line ends inside strings.
 */

const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `JSON.stringify(value)` made safe to place inside `<script type="application/json">` or
 * `<script type="application/ld+json">`. Throws a `TypeError` for values JSON cannot represent
 * (`undefined`, a function, a symbol), so a template never writes the string "undefined" into a page.
 */
export function toInlineJson(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space);
  if (json === undefined)
    throw new TypeError(`toInlineJson: ${typeof value} has no JSON form; pass an object, array, string, number, boolean or null.`);
  return json.replace(UNSAFE_IN_HTML, escapeCharacter);
}
