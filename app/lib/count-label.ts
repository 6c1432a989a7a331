/**
 * A label that depends only on a count ("12 sections"), worked out once per distinct count: a long
 * list asks for it on every row, and each translation with plural rules is not cheap.
 */
export function countLabel(label: (count: number) => string): (count: number) => string {
  const labels = new Map<number, string>();
  return (count) => {
    let text = labels.get(count);
    if (text === undefined) {
      text = label(count);
      labels.set(count, text);
    }
    return text;
  };
}
