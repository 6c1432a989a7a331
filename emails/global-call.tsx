import { Button, Link, Section, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph, small, type EmailFrame } from "./layout";

export interface GlobalCallEmailProps {
  frame: EmailFrame;
  greeting: string;
  /** What happened: "starts in 24 hours", "the time has changed", "is cancelled", "minutes are posted". */
  lead: string;
  title: string;
  /** Label and value lines: your time, the call's own time, where to join. */
  facts: { label: string; value: string }[];
  actions: { label: string; url: string }[];
  fallback: string;
}

const factLabel = { fontSize: "13px", color: "#52606d", margin: "8px 0 0" };
const factValue = { fontSize: "15px", lineHeight: "22px", margin: "0", fontWeight: 600 };
const titleStyle = { fontSize: "18px", lineHeight: "26px", fontWeight: 700, margin: "8px 0" };

/** Every message about a Global Call: reminders, time changes, cancellations and minutes. */
export default function GlobalCallEmail(props: GlobalCallEmailProps) {
  const [primary, ...others] = props.actions;
  return (
    <EmailLayout frame={props.frame}>
      <Text style={paragraph}>{props.greeting}</Text>
      <Text style={paragraph}>{props.lead}</Text>
      <Text style={titleStyle}>{props.title}</Text>
      <Section>
        {props.facts.map((fact) => (
          <div key={fact.label}>
            <Text style={factLabel}>{fact.label}</Text>
            <Text style={factValue}>{fact.value}</Text>
          </div>
        ))}
      </Section>
      {primary ? (
        <Section style={{ margin: "20px 0 8px" }}>
          <Button href={primary.url} style={buttonStyle}>
            {primary.label}
          </Button>
        </Section>
      ) : null}
      {others.map((action) => (
        <Text key={action.url} style={paragraph}>
          <Link href={action.url}>{action.label}</Link>
        </Text>
      ))}
      <Text style={small}>
        {props.fallback} {props.actions.map((action) => action.url).join(" ")}
      </Text>
    </EmailLayout>
  );
}
