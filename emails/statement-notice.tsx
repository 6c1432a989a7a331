import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface StatementNoticeEmailProps {
  frame: EmailFrame;
  greeting: string;
  /** What happened, in a sentence or two: never the text of a draft. */
  body: string;
  button: string;
  privacy: string;
  fallback: string;
  url: string;
}

/** A joint statement moved (amendment, silence procedure, signature, publication): what happened and a link. */
export default function StatementNoticeEmail(props: StatementNoticeEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={paragraph}>{props.body}</Text>
      <Button href={props.url} style={buttonStyle}>
        {props.button}
      </Button>
      <Text style={{ ...small, wordBreak: "normal" }}>{props.privacy}</Text>
      <Text style={small}>
        {props.fallback} {props.url}
      </Text>
    </EmailLayout>
  );
}
