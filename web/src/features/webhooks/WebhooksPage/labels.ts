import type { TFunction } from "i18next";

/** An event kind's name as the messages head it ("Uusi äänestys"); the test button's messages are `test`. */
export const eventLabel = (t: TFunction, kind: string) => t(`webhooks.message.${kind.replace(".", "_")}`);
