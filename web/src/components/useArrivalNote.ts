import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";

/**
 * What the page that sent the person here wanted said on arrival ("the poll was created"), passed as the
 * navigation's state. The browser keeps that state in its history, so a reload would say it again: it is read
 * once and then taken out of the history entry.
 */
export function useArrivalNote<T extends object>(): Partial<T> {
  const location = useLocation();
  const navigate = useNavigate();
  const [note] = useState<Partial<T>>(() => (location.state as Partial<T> | null) ?? {});
  useEffect(() => {
    if (location.state === null || location.state === undefined) return;
    navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [location, navigate]);
  return note;
}
