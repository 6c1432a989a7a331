import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface PairingEmailProps {
  frame: EmailFrame;
  greeting: string;
  /** Who one is paired with, in one sentence. */
  headline: string;
  intro: string;
  /** The people of the pairing, each with their member and how to write to them. */
  people: { name: string; member: string; email: string; relation: string }[];
  button: string;
  fallback: string;
  url: string;
}

/** A focal point is paired with a mentor, a newcomer or a regional pairing's peers: who they are, how to reach them. */
export default function PairingEmail(props: PairingEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={{ ...paragraph, fontWeight: 600 }}>{props.headline}</Text>
      <Text style={paragraph}>{props.intro}</Text>
      {props.people.map((person) => (
        <Section key={person.email}>
          <Text style={paragraph}>
            <strong>{person.name}</strong>, {person.member} ({person.relation})
            <br />
            {person.email}
          </Text>
        </Section>
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
