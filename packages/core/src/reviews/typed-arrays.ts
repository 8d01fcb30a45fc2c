/**
 * Typed arrays for one summarizeReviews call, on memory kept from call to call. A new typed array
 * of more than 64 bytes gets memory of its own outside V8's heap, which costs microseconds to
 * allocate and to collect; a call made some forty of them, so a catalogue of 50-review products
 * spent about 4 % of its engine time on them. A call takes its arrays in the order it asks for
 * them, so each place gets the memory it had in the call before; an array is valid until the
 * next call begins (the engine is synchronous, and no array is part of a summary). At most SLOTS
 * arrays of at most LIMIT elements are kept, so the memory kept stays bounded; past them, arrays
 * are new.
 */
type Typed = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

const SLOTS = 64;
const LIMIT = 1 << 17;
const buffers: Typed[] = [];
let next = 0;

/** Called as a call begins: the arrays of the call before are taken again. */
export function keepFromHere(): void {
  next = 0;
}

/**
 * `length` elements of `type`, each `fill`; without `fill`, whatever the call before left there
 * (for an array written before it is read).
 */
export function kept<T extends Typed>(type: new (length: number) => T, length: number, fill?: number): T {
  let buffer = buffers[next];
  if (!(buffer instanceof type) || buffer.length < length) {
    buffer = new type(length);
    if (next < SLOTS && length <= LIMIT) buffers[next] = buffer;
  }
  next++;
  const array = buffer.subarray(0, length) as T;
  return fill === undefined ? array : (array.fill(fill) as T);
}
