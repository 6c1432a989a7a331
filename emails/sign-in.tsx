import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface SignInEmailProps {
  frame: EmailFrame;
  greeting: string;
  body: string;
  button: string;
  fallback: string;
  ignore: string;
  url: string;
}

/** The magic link. Opening it shows a confirmation page; only its button signs in. */
export default function SignInEmail(props: SignInEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={paragraph}>{props.body}</Text>
      <Button href={props.url} style={buttonStyle}>
        {props.button}
      </Button>
      <Text style={small}>
        {props.fallback} {props.url}
      </Text>
      <Text style={small}>{props.ignore}</Text>
    </EmailLayout>
  );
}
