// Changing language reloads the page in the other language. What was typed into the page's forms
// and not saved yet is kept for that one reload (sessionStorage: this tab only) and put back, so
// switching language in the middle of writing loses nothing.
const KEY = "r2p.unsaved-text";

interface KeptField {
  /** Position of the form among the page's forms, and of the control among those of its name. */
  form: number;
  name: string;
  index: number;
  value: string;
}

const TEXT_TYPES = new Set(["text", "search", "email", "url", "tel", "number", "date", "time", "datetime-local"]);

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isControl(element: Element): element is Control {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  );
}

function changed(control: Control): boolean {
  if (control instanceof HTMLSelectElement)
    return !control.multiple && [...control.options].some((option) => option.selected !== option.defaultSelected);
  if (control instanceof HTMLInputElement && !TEXT_TYPES.has(control.type)) return false;
  return control.value !== control.defaultValue;
}

/** Each named control of the page's own forms (not the header's), with where it is. */
function pageControls(): { control: Control; form: number; name: string; index: number }[] {
  const found = [];
  for (const [form, element] of [...document.querySelectorAll("main form")].entries()) {
    const seen = new Map<string, number>();
    for (const control of [...(element as HTMLFormElement).elements].filter(isControl)) {
      if (!control.name) continue;
      const index = seen.get(control.name) ?? 0;
      seen.set(control.name, index + 1);
      found.push({ control, form, name: control.name, index });
    }
  }
  return found;
}

const here = () => location.pathname + location.search;

/** Just before the language changes: remember what was typed and not saved. */
export function keepUnsavedText(): void {
  const fields: KeptField[] = pageControls()
    .filter(({ control }) => changed(control))
    .map(({ control, form, name, index }) => ({ form, name, index, value: control.value }));
  try {
    if (fields.length) sessionStorage.setItem(KEY, JSON.stringify({ page: here(), fields }));
  } catch {
    // Storage refused (a private window's quota): the language still changes.
  }
}

/** Once the page is back, in its new language: put the remembered text where it was. */
export function restoreUnsavedText(): void {
  let kept: { page: string; fields: KeptField[] } | null = null;
  try {
    const stored = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    kept = stored ? JSON.parse(stored) : null;
  } catch {
    return;
  }
  if (!kept || kept.page !== here()) return;
  const controls = pageControls();
  for (const field of kept.fields) {
    const match = controls.find((c) => c.form === field.form && c.name === field.name && c.index === field.index);
    if (match) match.control.value = field.value;
  }
}
