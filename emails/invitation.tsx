import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface InvitationEmailProps {
  frame: EmailFrame;
  greeting: string;
  body: string;
  handover?: string;
  button: string;
  expiry: string;
  fallback: string;
  url: string;
}

export default function InvitationEmail(props: InvitationEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={paragraph}>{props.body}</Text>
      {props.handover ? <Text style={paragraph}>{props.handover}</Text> : null}
      <Button href={props.url} style={buttonStyle}>
        {props.button}
      </Button>
      <Text style={small}>{props.expiry}</Text>
      <Text style={small}>
        {props.fallback} {props.url}
      </Text>
    </EmailLayout>
  );
}
