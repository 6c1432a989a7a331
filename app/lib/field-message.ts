// A field's message as the server sends it: a translation key, and for a text over its limit the
// limit too ("validation.tooLong?max=200"), so the page can say how long it may be. A message may
// carry other numbers the same way ("…mismatch?version=4&paragraph=3").

export function messageWithLimit(key: string, max: number): string {
  return messageWith(key, { max });
}

/** A key with the numbers its text needs. */
export function messageWith(key: string, values: Record<string, number>): string {
  const query = Object.entries(values)
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  return query ? `${key}?${query}` : key;
}

/** The key to translate and the values it takes. */
export function readMessage(message: string): { key: string; values: Record<string, number> } {
  const [key = message, query] = message.split("?", 2);
  const values: Record<string, number> = {};
  for (const pair of query ? query.split("&") : []) {
    const [name, value] = pair.split("=");
    if (name && value !== undefined && /^\d+$/.test(value)) values[name] = Number(value);
  }
  return { key, values };
}
