import { useTranslation } from "react-i18next";
import type { TrendPoint } from "./progress";
import { dayNumber } from "./progress";

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

/**
 * A small server-rendered chart: members achieved over time, the target, and the steady pace
 * from the day the benchmark was set to its deadline. No chart library, no JavaScript.
 */
export function TrendChart({
  points,
  setOn,
  deadline,
  formatDay,
}: {
  points: TrendPoint[];
  setOn: string;
  deadline: string;
  formatDay: (date: string) => string;
}) {
  const { t } = useTranslation("program");
  const first = dayNumber(setOn);
  const last = dayNumber(deadline);
  const top = Math.max(1, ...points.map((p) => Math.max(p.achieved, p.target)));
  const x = (date: string) => PAD.left + ((dayNumber(date) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const achieved = points.map((p) => `${x(p.date).toFixed(1)},${y(p.achieved).toFixed(1)}`).join(" ");
  const target = points.at(-1)?.target ?? 0;
  const latest = points.at(-1);
  const summary = t("chart.summary", {
    count: latest?.achieved ?? 0,
    target,
    from: formatDay(setOn),
    to: formatDay(latest?.date ?? setOn),
  });
  return (
    <figure className="trend-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="trend-title trend-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="trend-title">{t("chart.title")}</title>
        <desc id="trend-desc">{summary}</desc>
        <line x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} className="axis" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={y(0)} className="axis" />
        <line x1={PAD.left} y1={y(target)} x2={WIDTH - PAD.right} y2={y(target)} className="target-line" />
        <line x1={x(setOn)} y1={y(0)} x2={x(deadline)} y2={y(target)} className="pace-line" />
        <polyline points={achieved} className="achieved-line" fill="none" />
        {points.map((p) => (
          <circle key={p.date} cx={x(p.date)} cy={y(p.achieved)} r={3} className="achieved-dot" />
        ))}
        <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" className="tick">
          0
        </text>
        <text x={PAD.left - 6} y={y(target) + 4} textAnchor="end" className="tick">
          {target}
        </text>
        <text x={PAD.left} y={HEIGHT - 8} className="tick">
          {formatDay(setOn)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end" className="tick">
          {formatDay(deadline)}
        </text>
      </svg>
      <figcaption>
        <span className="legend legend-achieved">{t("chart.achieved")}</span>
        <span className="legend legend-target">{t("chart.target")}</span>
        <span className="legend legend-pace">{t("chart.pace")}</span>
      </figcaption>
    </figure>
  );
}
