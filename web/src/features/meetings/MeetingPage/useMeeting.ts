import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";

/** The meeting and the network's method library, each loaded once per network and meeting. */
export function useMeeting(networkId: string, meetingId: string) {
  const path = { path: { networkId, meetingId } };
  const meeting = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/meetings/{meetingId}", { params: path })),
    `meeting:${networkId}:${meetingId}`,
  );
  const methods = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/methods", { params: { path: { networkId } } })),
    `methods:${networkId}`,
  );
  return { meeting, methods };
}
