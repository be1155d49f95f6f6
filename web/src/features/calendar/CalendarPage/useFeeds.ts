import { useState } from "react";
import { type Answer, client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";

export type Feed = Answer<"/api/me/feeds">["items"][number];
export type FeedScope = "network" | "personal";

/** Your calendar subscriptions: the live ones, a new one's URL (shown once) and revoking. */
export function useFeeds(networkId: string) {
  const feeds = useLoad(() => ok(client.GET("/api/me/feeds")), "feeds");
  const [created, setCreated] = useState<{ url: string; scope: FeedScope } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState("");

  const create = async (scope: FeedScope) => {
    setError(null);
    setMessage("");
    try {
      const res = await ok(
        scope === "network"
          ? client.POST("/api/networks/{networkId}/feeds", { params: { path: { networkId } } })
          : client.POST("/api/me/feeds"),
      );
      setCreated({ url: res.url, scope });
      await feeds.reload();
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async (id: string, done: string) => {
    setError(null);
    try {
      await ok(client.DELETE("/api/me/feeds/{feedId}", { params: { path: { feedId: id } } }));
      setMessage(done);
      await feeds.reload();
    } catch (err) {
      setError(err);
    }
  };

  return { feeds, created, error, message, setMessage, create, revoke };
}
