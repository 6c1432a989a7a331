import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface InquiryAnswerEmailProps {
  frame: EmailFrame;
  greeting: string;
  intro: string;
  /** What was asked, quoted back: the subject line of the inquiry. */
  asked: string;
  answerHeading: string;
  /** The secretariat's answer, line by line. */
  answer: string[];
  /** For a member: the inquiry in the portal, where the answer stays on record. */
  link?: { label: string; url: string };
}

/** The secretariat's answer to an inquiry, a project proposal or a question about joining. */
export default function InquiryAnswerEmail(props: InquiryAnswerEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={paragraph}>{props.intro}</Text>
      <Text style={small}>{props.asked}</Text>
      <Text style={{ ...paragraph, fontWeight: 600 }}>{props.answerHeading}</Text>
      {props.answer.map((line, index) => (
        <Text key={index} style={paragraph}>
          {line}
        </Text>
      ))}
      {props.link ? (
        <Button href={props.link.url} style={buttonStyle}>
          {props.link.label}
        </Button>
      ) : null}
    </EmailLayout>
  );
}
