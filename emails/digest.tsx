import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, type EmailFrame } from "./layout";

export interface DigestEmailProps {
  frame: EmailFrame;
  greeting: string;
  intro: string;
  sections: { heading: string; items: { text: string; url: string; when: string }[] }[];
  button: string;
  url: string;
}

const sectionHeading = { fontSize: "15px", color: "#0b4f6c", margin: "20px 0 4px" };
const item = { ...paragraph, margin: "4px 0" };
const when = { color: "#52606d", fontSize: "13px" };

/** The day's or the week's news gathered in one message, by category. */
export default function DigestEmail(props: DigestEmailProps) {
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={paragraph}>{props.intro}</Text>
      {props.sections.map((section) => (
        <Section key={section.heading}>
          <Heading as="h2" style={sectionHeading}>
            {section.heading}
          </Heading>
          {section.items.map((entry) => (
            <Text key={entry.url + entry.text} style={item}>
              <Link href={entry.url}>{entry.text}</Link> <span style={when}>· {entry.when}</span>
            </Text>
          ))}
        </Section>
      ))}
      <Button href={props.url} style={buttonStyle}>
        {props.button}
      </Button>
    </EmailLayout>
  );
}
