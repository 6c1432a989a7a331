import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface TrainingSeatEmailProps {
  frame: EmailFrame;
  greeting: string;
  /** That a seat at the training is now theirs, in one sentence. */
  headline: string;
  /** When the training takes place, in the reader's zone. */
  when: string;
  /** What to do if they can no longer come: cancel, so the next person moves up. */
  advice: string;
  button: string;
  fallback: string;
  url: string;
}

/** Someone on a training's waiting list moved up: their seat, when, and the way to give it up. */
export default function TrainingSeatEmail(props: TrainingSeatEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={{ ...paragraph, fontWeight: 600 }}>{props.headline}</Text>
      <Text style={paragraph}>{props.when}</Text>
      <Text style={paragraph}>{props.advice}</Text>
      <Button href={props.url} style={buttonStyle}>
        {props.button}
      </Button>
      <Text style={small}>
        {props.fallback} {props.url}
      </Text>
    </EmailLayout>
  );
}
