// On a slow link people start typing before the page's JavaScript has taken over, and hydration
// puts a textarea back to the text the server sent. What they typed is remembered by the field's
// id, and each field puts it back once it is hydrated (see components/field.tsx).
const typed = new Map<string, string>();

/** As soon as the page's JavaScript runs: what was typed already, and from now on until hydration. */
export function watchTyping(): void {
  for (const field of document.querySelectorAll("textarea"))
    if (field.id && field.value !== field.defaultValue) typed.set(field.id, field.value);
  document.addEventListener(
    "input",
    (event) => {
      const field = event.target;
      if (field instanceof HTMLTextAreaElement && field.id) typed.set(field.id, field.value);
    },
    true,
  );
}

/** Once a field is hydrated: what was typed into it before, if hydration replaced it. */
export function restoreTyped(field: HTMLTextAreaElement | null): void {
  if (!field) return;
  const value = typed.get(field.id);
  typed.delete(field.id);
  if (value !== undefined && field.value !== value) field.value = value;
}
