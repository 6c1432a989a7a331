import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export interface EmailFrame {
  locale: string;
  /** The document's <title>: the subject, which some clients show for a message opened in a browser. */
  title: string;
  /** The preheader: the line inboxes show after the subject. */
  preview: string;
  /** The network's name and the footer line, already translated for the recipient. */
  networkName: string;
  footer: string;
  /** Where to ask the secretariat a question: every email says how to reach it. */
  contact?: FooterLink;
  /** Where to change email preferences and, for a message one may turn off, the one-click unsubscribe. */
  links?: { preferences: FooterLink; unsubscribe?: FooterLink };
}

export interface FooterLink {
  label: string;
  url: string;
}

const body = {
  backgroundColor: "#f4f7f9",
  fontFamily: "Segoe UI, Roboto, Helvetica, Arial, sans-serif",
  color: "#1b2530",
};
const container = {
  backgroundColor: "#ffffff",
  border: "1px solid #d5dde5",
  borderRadius: "6px",
  padding: "24px",
  maxWidth: "560px",
};
const header = { color: "#0b4f6c", fontWeight: 700, fontSize: "16px", margin: "0 0 16px" };
const footer = { color: "#52606d", fontSize: "12px", lineHeight: "18px" };
const footerLink = { color: "#0b4f6c", textDecoration: "underline" };

/** The frame every portal email shares: the network's name on top, a short footer below. */
export function EmailLayout({ frame, children }: { frame: EmailFrame; children: ReactNode }) {
  return (
    <Html lang={frame.locale}>
      <Head>
        <title>{frame.title}</title>
      </Head>
      <Body style={body}>
        {/* In the body: clients that drop the head still show it as the preheader. */}
        <Preview>{frame.preview}</Preview>
        <Container style={container}>
          <Text style={header}>{frame.networkName}</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>
            {frame.footer}
            {frame.contact ? (
              <>
                {" "}
                <Link href={frame.contact.url} style={footerLink}>
                  {frame.contact.label}
                </Link>
              </>
            ) : null}
          </Text>
          {frame.links ? (
            <Text style={footer}>
              <Link href={frame.links.preferences.url} style={footerLink}>
                {frame.links.preferences.label}
              </Link>
              {frame.links.unsubscribe ? (
                <>
                  {" · "}
                  <Link href={frame.links.unsubscribe.url} style={footerLink}>
                    {frame.links.unsubscribe.label}
                  </Link>
                </>
              ) : null}
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#0b4f6c",
  color: "#ffffff",
  borderRadius: "6px",
  padding: "12px 20px",
  fontWeight: 600,
  textDecoration: "none",
  display: "inline-block",
};
export const paragraph = { fontSize: "15px", lineHeight: "22px" };
// A long address wraps where it must; words wrap whole (`break-all` split them anywhere).
export const small = { fontSize: "13px", lineHeight: "20px", color: "#52606d", overflowWrap: "anywhere" as const };
