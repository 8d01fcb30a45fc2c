/**
 * An object keyed by ids that come from outside (review ids, product ids). It has no prototype,
 * so an id such as "__proto__", "constructor" or "toString" is an ordinary entry: it cannot
 * replace the object's prototype (and vanish from Object.entries), and a lookup of an id that is
 * not there finds nothing rather than a member of Object.prototype. JSON.stringify writes it like
 * any object, so summaries keep their JSON shape.
 */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** True when `key` is `record`'s own entry (never an inherited member). */
export function hasEntry(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
