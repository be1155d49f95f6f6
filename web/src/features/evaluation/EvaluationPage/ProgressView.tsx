import { useTranslation } from "react-i18next";
import { ChartImage } from "../../../components/ChartImage.tsx";
import type { Indicator, ProgressStatus } from "../types.ts";
import { percent } from "./format.ts";

/** Progress from the baseline towards the target as a bar, with the same in words beside it. */
export function ProgressView({ progress }: { progress: Indicator["progress"] }) {
  const { t, i18n } = useTranslation();
  const status = t(`evaluation.progress.${progress.status}`);
  const share = progress.share;
  const shareText = share === null ? null : percent(share, i18n.language);
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  const marks: Record<ProgressStatus, string> = { reached: "✓", progressing: "↗", no_progress: "–", unknown: "?" };
  return (
    <div className="ev-progress">
      <span className={`ev-status ev-status-${progress.status}`}>
        <span aria-hidden="true">{marks[progress.status]} </span>
        {shareText === null ? status : t("evaluation.progress.withShare", { status, share: shareText })}
      </span>
      {shareText !== null ? (
        <ChartImage
          title={t("evaluation.progress.chartTitle", { share: shareText })}
          className="ev-progress-bar"
          width="100%"
          height="14"
          viewBox="0 0 100 14"
          preserveAspectRatio="none"
        >
          <rect x="0" y="0" width="100" height="14" className="ev-track" vectorEffect="non-scaling-stroke" />
          <rect x="0" y="0" width={width} height="14" className={`ev-fill ev-fill-${progress.status}`} />
        </ChartImage>
      ) : null}
    </div>
  );
}
