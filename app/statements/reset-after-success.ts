import { useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * Empties a form once its submission has gone through, so what was sent is not sent twice by mistake.
 * Without JavaScript the redirect after success loads a fresh page; with it, Remix keeps the page and
 * the fields would keep their text. A refused form (`failed`) keeps everything typed.
 */
export function useResetAfterSuccess(isMine: (formData: FormData) => boolean, failed: boolean) {
  const form = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const sending = navigation.formData !== undefined && isMine(navigation.formData);
  const sent = useRef(false);
  useEffect(() => {
    if (sending) {
      sent.current = true;
    } else if (sent.current) {
      sent.current = false;
      // Back to the fields' default values, which are what was typed when the server refused it.
      if (!failed) form.current?.reset();
    }
  }, [sending, failed]);
  return form;
}
