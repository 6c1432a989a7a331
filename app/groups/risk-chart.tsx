import { useTranslation } from "react-i18next";
import { RISK_LEVELS } from "../../db/schema";
import type { RiskPoint } from "./queries.server";

const WIDTH = 560;
const HEIGHT = 170;
const PAD = { left: 78, right: 14, top: 14, bottom: 28 };
const DAY = 86_400_000;

/**
 * The risk level the group tracked, update by update, as a small server-rendered step chart (no
 * JavaScript, no library), with its summary as the image's description and every point in a table.
 */
export function RiskChart({ points, formatDay }: { points: RiskPoint[]; formatDay: (date: string) => string }) {
  const { t } = useTranslation("groups");
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return <p>{t("group.chartEmpty")}</p>;
  const start = Date.parse(first.date);
  const span = Math.max(DAY, Date.parse(last.date) - start);
  const x = (date: string) => PAD.left + ((Date.parse(date) - start) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (level: string) =>
    HEIGHT -
    PAD.bottom -
    (RISK_LEVELS.indexOf(level as never) / (RISK_LEVELS.length - 1)) * (HEIGHT - PAD.top - PAD.bottom);
  // A step line: the level holds until the next update changes it.
  const path = points
    .map((point, index) => {
      const previous = points[index - 1];
      const px = x(point.date).toFixed(1);
      return previous
        ? `L${px},${y(previous.level).toFixed(1)} L${px},${y(point.level).toFixed(1)}`
        : `M${px},${y(point.level).toFixed(1)}`;
    })
    .join(" ");
  const summary = t("group.chartSummary", {
    count: points.length,
    from: formatDay(first.date),
    to: formatDay(last.date),
    level: t(`risk.${last.level}`),
  });
  return (
    <>
      <figure className="trend-chart">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="risk-title risk-desc">
          <title id="risk-title">{t("group.chartTitle")}</title>
          <desc id="risk-desc">{summary}</desc>
          {RISK_LEVELS.map((level) => (
            <g key={level}>
              <line x1={PAD.left} y1={y(level)} x2={WIDTH - PAD.right} y2={y(level)} className="pace-line" />
              <text x={PAD.left - 6} y={y(level) + 4} textAnchor="end" className="tick">
                {t(`risk.${level}`)}
              </text>
            </g>
          ))}
          <path d={path} className="achieved-line" fill="none" />
          {points.map((point, index) => (
            <circle key={index} cx={x(point.date)} cy={y(point.level)} r={3} className="achieved-dot" />
          ))}
          <text x={PAD.left} y={HEIGHT - 8} className="tick">
            {formatDay(first.date)}
          </text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end" className="tick">
            {formatDay(last.date)}
          </text>
        </svg>
        <figcaption>{summary}</figcaption>
      </figure>
      <details>
        <summary>{t("group.riskTable")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("group.date")}</th>
              <th scope="col">{t("risk.label")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={index}>
                <td>{formatDay(point.date)}</td>
                <td>{t(`risk.${point.level}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
