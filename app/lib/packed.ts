// A long list sent to the page as one JSON text. A loader's data reaches the page through turbo-stream,
// which encodes it value by value: the 590 members of a form's list (at ten times today's network) took
// 1.6 ms of the server's time per view, about an eighth of the page; as one text, 0.1 ms.
import { useMemo } from "react";

declare const packedValue: unique symbol;

/** `T` as JSON text, typed by what it holds. */
export type Packed<T> = string & { readonly [packedValue]?: T };

export const pack = <T>(value: T): Packed<T> => JSON.stringify(value) as Packed<T>;

/** The value a loader packed, read once per page (on the server's render and in the browser). */
export function usePacked<T>(packed: Packed<T>): T {
  return useMemo(() => JSON.parse(packed) as T, [packed]);
}
