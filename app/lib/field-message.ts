// A field's message as the server sends it: a translation key, and for a text over its limit the
// limit too ("validation.tooLong?max=200"), so the page can say how long it may be.

export function messageWithLimit(key: string, max: number): string {
  return `${key}?max=${max}`;
}

/** The key to translate and the values it takes. */
export function readMessage(message: string): { key: string; values: { max?: number } } {
  const [key = message, limit] = message.split("?max=");
  return { key, values: limit ? { max: Number(limit) } : {} };
}
