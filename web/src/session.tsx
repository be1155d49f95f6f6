import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type Answer, ApiError, client, ok } from "./api/client.ts";
import i18n, { setLocale } from "./i18n.ts";

/** The signed-in person with the networks they belong to. */
type Me = Answer<"/api/me", "get">;

interface SessionValue {
  me: Me | null;
  loading: boolean;
  /** True after the person signed out here, so that the next sign-in starts from the front page. */
  signedOut: boolean;
  refresh: () => Promise<Me | null>;
  /** Ends this session, or with `everywhere` every session of the person on every device. */
  signOut: (everywhere?: boolean) => Promise<void>;
  /** True after the person deleted their account here, so that the sign-in page can say so. */
  accountDeleted: boolean;
  /** Forgets the person here once the server has deleted their account, and with it every session. */
  forgetDeletedAccount: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the signed-in person once and shares it; the UI follows the language saved on their account. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [signedOut, setSignedOut] = useState(false);
  const [accountDeleted, setAccountDeleted] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const next = await ok(client.GET("/api/me"));
      setMe(next);
      setSignedOut(false);
      setAccountDeleted(false);
      if (next.locale !== i18n.language) await setLocale(next.locale);
      return next;
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
      setMe(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, []);

  const signOut = useCallback(async (everywhere = false) => {
    if (everywhere) await ok(client.POST("/api/auth/logout-everywhere"));
    else {
      const done = await ok(client.POST("/api/auth/logout"));
      // A session from a SAML identity provider ends there too; the provider sends the browser back to sign-in.
      if (done.redirect) {
        window.location.assign(done.redirect);
        return;
      }
    }
    setSignedOut(true);
    setMe(null);
  }, []);

  const forgetDeletedAccount = useCallback(() => {
    setAccountDeleted(true);
    setSignedOut(true);
    setMe(null);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(
    () => ({ me, loading, signedOut, refresh, signOut, accountDeleted, forgetDeletedAccount }),
    [me, loading, signedOut, refresh, signOut, accountDeleted, forgetDeletedAccount],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error("useSession outside SessionProvider");
  return v;
}
