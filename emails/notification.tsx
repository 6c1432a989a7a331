import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface NotificationEmailProps {
  frame: EmailFrame;
  greeting: string;
  /** What happened, in one sentence: never the text of a draft. */
  headline: string;
  details: string[];
  button: string;
  fallback: string;
  url: string;
}

/** One thing that happened, and the way to it in the portal (where drafts stay, behind sign-in). */
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
      <Button href={props.url} style={buttonStyle}>
        {props.button}
      </Button>
      <Text style={small}>
        {props.fallback} {props.url}
      </Text>
    </EmailLayout>
  );
}
