// The step-up by passkey inside the confirmation screen (dialog or page): one button, then the
// browser's own prompt. Loaded when the screen asks for a passkey. Its words come translated from the
// screen: a lazy module of its own using react-i18next would split that library off the framework's
// chunk and cost every page a request.
import { useState } from "react";
import { confirmWithPasskey } from "./ceremony";

type State = "idle" | "working" | "done" | "refused";

export interface PasskeyStepUpLabels {
  button: string;
  done: string;
  refused: string;
}

export default function PasskeyStepUp({
  labels,
  onConfirmed,
}: {
  labels: PasskeyStepUpLabels;
  onConfirmed?: () => void;
}) {
  const [state, setState] = useState<State>("idle");
  if (state === "done") return <p role="status">{labels.done}</p>;
  return (
    <>
      {state === "refused" ? <p role="alert">{labels.refused}</p> : null}
      <button
        type="button"
        className="button-secondary"
        disabled={state === "working"}
        onClick={async () => {
          setState("working");
          const confirmed = await confirmWithPasskey().catch(() => false);
          setState(confirmed ? "done" : "refused");
          if (confirmed) onConfirmed?.();
        }}
      >
        {labels.button}
      </button>
    </>
  );
}
