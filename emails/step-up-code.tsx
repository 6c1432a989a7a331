import { Text } from "@react-email/components";
import { EmailLayout, paragraph, small, type EmailFrame } from "./layout";

export interface StepUpCodeEmailProps {
  frame: EmailFrame;
  greeting: string;
  body: string;
  code: string;
  ignore: string;
}

/** The six-digit code that confirms the person before an act of state. */
export default function StepUpCodeEmail(props: StepUpCodeEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={paragraph}>{props.body}</Text>
      <Text style={{ ...paragraph, fontSize: "28px", fontWeight: 700, letterSpacing: "6px" }}>{props.code}</Text>
      <Text style={small}>{props.ignore}</Text>
    </EmailLayout>
  );
}
