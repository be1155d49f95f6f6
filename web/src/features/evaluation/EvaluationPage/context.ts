import type { Dispatch, SetStateAction } from "react";
import type { Evaluation, Indicator } from "../types.ts";

/** What the page's parts need from it. */
export interface PageContext {
  networkId: string;
  data: Evaluation;
  /** Members and coordinators; observers only read. */
  canEdit: boolean;
  coordinator: boolean;
  myName: string | null;
  setData: Dispatch<SetStateAction<Evaluation | null>>;
  reload: () => Promise<void>;
  /** Indicators added on this visit: their author may delete them (coordinators may delete any). */
  addedHere: Set<string>;
  /** Says something in the page's live region and optionally moves focus to an element (by id) once it is there. */
  announce: (message: string, focusId?: string) => void;
}

export const replaceIndicator = (d: Evaluation | null, ind: Indicator): Evaluation | null =>
  d && { ...d, goals: d.goals.map((g) => ({ ...g, indicators: g.indicators.map((i) => (i.id === ind.id ? ind : i)) })) };

export const appendIndicator = (d: Evaluation | null, ind: Indicator): Evaluation | null =>
  d && { ...d, goals: d.goals.map((g) => (g.id === ind.goalId ? { ...g, indicators: [...g.indicators, ind] } : g)) };
