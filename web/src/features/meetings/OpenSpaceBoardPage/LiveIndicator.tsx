import { useTranslation } from "react-i18next";
import type { LiveState } from "./board.ts";

/** The live connection's state, for everyone: sighted users see it, screen readers hear changes politely. */
export function LiveIndicator({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <p className={`live-indicator live-${state}`} role="status">
      {t(`meetings.board.live.${state}`)}
    </p>
  );
}
