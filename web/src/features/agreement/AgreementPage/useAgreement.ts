import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import type { Agreement, AgreementSection } from "../agreementParts.tsx";

/** The network's agreement, and ways to show a change to it without loading it again. */
export function useAgreement(networkId: string) {
  const { data, error, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/agreement", { params: { path: { networkId } } })),
    `agreement:${networkId}`,
  );
  const update = (f: (a: Agreement) => Agreement) => setData((a) => (a ? f(a) : a));
  const replaceSection = (s: AgreementSection) => update((a) => ({ ...a, sections: a.sections.map((x) => (x.id === s.id ? s : x)) }));
  const removeSection = (id: string) => update((a) => ({ ...a, sections: a.sections.filter((x) => x.id !== id) }));
  const addSection = (s: AgreementSection) => update((a) => ({ ...a, sections: [...a.sections, s] }));
  return { data, error, setData, replaceSection, removeSection, addSection };
}
