// A form whose act asks for confirmation: with JavaScript the confirmation screen opens over the page as a
// dialog; without, the server answers with the same screen as a page (./confirmation-page).
import { Form, type FormProps } from "@remix-run/react";
import { lazy, Suspense, useState } from "react";
import { CONFIRM_FIELD, type Act } from "./policy";

// The dialog's code travels only to a page whose form is about to be used (focused or pointed at), not
// with every page that holds such a form: the pages stay within their JavaScript budget.
const loadDialog = () => import("./confirm-dialog");
const ConfirmDialog = lazy(loadDialog);

/**
 * A form whose act asks for confirmation: with JavaScript its submit opens the dialog, whose Confirm
 * sends the form; without, the server answers the plain submit with the confirmation page. Its fields
 * (the intent too) are inputs: Confirm is the submitter then, so a submit button's own value is not sent.
 */
export function ConfirmForm({ act, children, ...form }: FormProps & { act: Act }) {
  const [open, setOpen] = useState(false);
  return (
    <Form
      method="post"
      {...form}
      onFocus={loadDialog}
      onPointerEnter={loadDialog}
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter?.getAttribute("name") === CONFIRM_FIELD) return;
        // A form left to the server's validation (noValidate) with a field missing goes as it is: the
        // server gives it back with its messages, before any confirmation.
        if (!event.currentTarget.checkValidity()) return;
        event.preventDefault();
        setOpen(true);
      }}
    >
      {children}
      {open ? (
        <Suspense fallback={null}>
          <ConfirmDialog act={act} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </Form>
  );
}
