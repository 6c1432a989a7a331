import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface NotificationEmailProps {
  frame: EmailFrame;
  greeting: string;
  /** What happened, in one sentence: never the text of a draft. */
  headline: string;
  details: string[];
  button: string;
  /** Small print under the button (e.g. that drafts stay behind sign-in). */
  note?: string;
  fallback: string;
  /** The thing in the portal; none when the reader can no longer sign in. */
  url?: string;
}

/** One thing that happened (any notification, joint statements included), and the way to it in the portal. */
export default function NotificationEmail(props: NotificationEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={{ ...paragraph, fontWeight: 600 }}>{props.headline}</Text>
      {props.details.map((detail) => (
        <Text key={detail} style={paragraph}>
          {detail}
        </Text>
      ))}
      {props.url ? (
        <Button href={props.url} style={buttonStyle}>
          {props.button}
        </Button>
      ) : null}
      {props.note ? <Text style={small}>{props.note}</Text> : null}
      {props.url ? (
        <Text style={small}>
          {props.fallback} {props.url}
        </Text>
      ) : null}
    </EmailLayout>
  );
}
