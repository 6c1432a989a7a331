// "Use a passkey" beside the emailed link. A passkey needs JavaScript and a browser that has WebAuthn:
// the button (and the code behind it) loads only where both are, once the page has come to life.
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

const PasskeySignInButton = lazy(() => import("./passkey-sign-in-button"));

export function PasskeySignIn({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation("auth");
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported(typeof window.PublicKeyCredential === "function"), []);
  if (!supported) return null;
  return (
    <Suspense fallback={null}>
      <PasskeySignInButton
        redirectTo={redirectTo}
        labels={{ heading: t("login.passkeyHeading"), button: t("login.passkey"), refused: t("login.passkeyRefused") }}
      />
    </Suspense>
  );
}
