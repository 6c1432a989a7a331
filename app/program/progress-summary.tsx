import { useTranslation } from "react-i18next";
import type { ShownProgress } from "./progress";
import { ListLink } from "~/components/list-link";

/** "12 of 30 members · 40% · on track", with a bar that says the same to the eye. */
export function ProgressSummary({ progress }: { progress: ShownProgress }) {
  const { t } = useTranslation("program");
  return (
    <div className="progress-summary">
      {/* An SVG bar: its width is an attribute, so no inline style is needed under the CSP. */}
      <svg className="progress-bar" aria-hidden="true">
        <rect width={`${progress.percent}%`} height="100%" className={`progress-fill state-${progress.state}`} />
      </svg>
      <p>
        {`${t("progress.count", { count: progress.achieved, target: progress.target })} · ${progress.percent}% · `}
        <span className={`state state-${progress.state}`}>{t(`progress.states.${progress.state}`)}</span>
      </p>
    </div>
  );
}

export interface BenchmarkSummary {
  id: number;
  title: string;
  language: string;
  deadline: string;
  progress: ShownProgress;
}

export function BenchmarkList({
  benchmarks,
  formatDay,
}: {
  benchmarks: BenchmarkSummary[];
  formatDay: (date: string) => string;
}) {
  const { t } = useTranslation("program");
  if (benchmarks.length === 0) return <p>{t("benchmarks.empty")}</p>;
  return (
    <ul className="benchmark-list">
      {benchmarks.map((benchmark) => (
        <li key={benchmark.id}>
          <ListLink to={`/work/benchmarks/${benchmark.id}`} lang={benchmark.language}>
            {benchmark.title}
          </ListLink>
          <span className="muted"> · {t("benchmarks.deadline", { date: formatDay(benchmark.deadline) })}</span>
          <ProgressSummary progress={benchmark.progress} />
        </li>
      ))}
    </ul>
  );
}
