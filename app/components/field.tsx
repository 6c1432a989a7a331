import { useTranslation } from "react-i18next";
import { readMessage } from "~/lib/field-message";
import { restoreTyped } from "~/lib/typed-before-hydration.client";
import {
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

interface FieldFrame {
  name: string;
  /** When one page repeats a form, each control needs its own id (defaults to the name). */
  id?: string;
  label: string;
  /** A translation key from the `validation` section, as the server returned it. */
  error?: string;
  hint?: string;
}

/** Label, hint and error wired to the control so screen readers announce them together. */
export function FieldShell({
  name,
  id = name,
  label,
  error,
  hint,
  children,
}: FieldFrame & { children: (describedBy?: string) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A field's message from the server (a `validation` key), in the reader's language; nothing if none. */
export function FieldError({ id, error }: { id?: string; error?: string }) {
  const { t } = useTranslation();
  const message = error ? readMessage(error) : null;
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {t(message.key as "validation.tooLong", message.values)}
    </p>
  );
}

export function TextField({
  name,
  id = name,
  label,
  error,
  hint,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell name={name} id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  id = name,
  label,
  error,
  hint,
  ...textarea
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // Hydration resets a textarea to the server's text: put back what was typed before it.
  useEffect(() => restoreTyped(ref.current), []);
  return (
    <FieldShell name={name} id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <textarea
          ref={ref}
          id={id}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          rows={8}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  name,
  id = name,
  label,
  error,
  hint,
  options,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell name={name} id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  ...input
}: Omit<FieldFrame, "error"> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field field-checkbox">
      <input type="checkbox" id={name} name={name} aria-describedby={hint ? `${name}-hint` : undefined} {...input} />
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** After a refused submission (with JavaScript), move focus to the first field that needs attention. */
export function FocusFirstError({ errors }: { errors?: Record<string, string> }) {
  useEffect(() => {
    if (errors && Object.keys(errors).length > 0) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [errors]);
  return null;
}
