// Generated from /api/openapi.json by scripts/api-types.ts (npm run api:types). Do not edit.

export interface paths {
    "/api/accessibility-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an accessibility problem (no sign-in needed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /**
                         * Format: email
                         * @default null
                         */
                        email?: string | null;
                        /** @default  */
                        page?: string;
                    };
                };
            };
            responses: {
                /** @description Received */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accessibility-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accessibility statement (no sign-in needed) */
        get: {
            parameters: {
                query?: {
                    locale?: "fi" | "sv" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstanceDocument"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accessibility-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the statement of a language (instance admin); send the version you read, 0 to replace Solmu's own */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        locale: "fi" | "sv" | "en";
                        /** @description The version you read; 0 replaces Solmu's own text */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstanceDocument"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accessibility/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported accessibility problems, newest first (instance admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                description: string;
                                email: string | null;
                                handledAt: string | null;
                                id: string;
                                page: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accessibility/reports/{reportId}/handled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a report handled (instance admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                description: string;
                                email: string | null;
                                handledAt: string | null;
                                id: string;
                                page: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every audit event of the instance, newest first (instance admins); ?before= the previous page's nextCursor */
        get: {
            parameters: {
                query?: {
                    before?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audit events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditLog"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instance's own messages such as password resets (instance admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Messages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMessage"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the privacy notice of a language (instance admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        locale: "fi" | "sv" | "en";
                        /** @description The version you read; 0 replaces Solmu's own text */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstanceDocument"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instance's accounts by e-mail, with how each signs in, the last sign-in and their networks (instance admins) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InstanceUser"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an account by the rules of deleting one's own (instance admins): refused (409) while it is a network's only coordinator or the only admin */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account (instance admins): ends every session, API token and calendar-feed address at once; sign-in, reset links and identity providers are refused until enabled. 409 for one's own account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Disabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled account again (instance admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Enabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{userId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this account into another of the same person (instance admins): memberships with their answers, promises and history, authored work and identity-provider links move; this account goes. 409 while both belong to the same network */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intoUserId: string;
                    };
                };
            };
            responses: {
                /** @description Merged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail the person a password reset link (instance admins); the link goes only to their address, never into an answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sent */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the HttpOnly session cookie. 429 with Retry-After after 5 failures for the account from this address, 30 from this address, or with a growing delay after 10 for the account from addresses it has not signed in from */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example koordinaattori@demo.solmu.fi */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; ends this session. For a session opened through a SAML identity provider with a logout URL, `redirect` is where the browser goes to end that session too */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            redirect?: string;
                        };
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere: ends every session of the signed-in person on every device, their personal API tokens and calendar-feed addresses */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every session ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back. Signs in (sets the session cookie) and redirects into the app; any failure — denied consent, wrong or reused state, an expired code, an unverified e-mail, a domain not allowed, a disabled account — redirects to /login/problem?reason=…, which says what happened in the person's language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Into the app, or to the page that explains the failure */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Begin signing in with an OpenID Connect provider: redirects there with state, nonce and PKCE (S256). The provider answers at /api/auth/oidc/callback */
        get: {
            parameters: {
                query?: {
                    /** @description The provider's id; the first configured when left out */
                    provider?: string;
                    /** @description A path of this app to land on once signed in */
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the identity provider */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link (same answer whether or not the address has an account, and whether or not a mail was sent: at most 3 mails per account and 10 requests per address an hour). A new link ends the account's earlier ones */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description If the address has an account, a link was sent */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the account's newest reset link; ends its other links, every session, API token and calendar-feed address, clears its sign-in throttle and mails the person that this happened */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Password changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisations' identity providers people may sign in with, for the sign-in page's buttons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Providers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignInProviders"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/saml/acs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assertion consumer service: the identity provider POSTs its answer here. A signed, unexpired assertion answering a request Solmu sent and nobody has used signs in; anything else redirects to /login/problem?reason=… */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        RelayState?: string;
                        SAMLResponse: string;
                    };
                };
            };
            responses: {
                /** @description Into the app, or to the page that explains the failure */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/saml/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the SAML identity provider answers a logout (HTTP-Redirect binding); redirects to the sign-in page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the sign-in page */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/saml/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Solmu's SAML 2.0 service provider metadata, for registering Solmu at the identity provider (Suomi.fi, ADFS) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description SAML metadata */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/samlmetadata+xml": string;
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/saml/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Begin signing in at the SAML identity provider: redirects there with a signed AuthnRequest (HTTP-Redirect binding) */
        get: {
            parameters: {
                query?: {
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the identity provider */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar subscription (no sign-in: the secret in the URL is the key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description iCalendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server and database status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server and its database answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            version: string;
                        };
                    };
                };
                /** @description The database does not answer */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (restart it when this fails); does not touch the database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "alive" | "ready" | "not_ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: send requests here (the database answers and the server is not shutting down) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "alive" | "ready" | "not_ready";
                        };
                    };
                };
                /** @description Not ready: the database does not answer or the server is draining */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "alive" | "ready" | "not_ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: a new person sets name and password; an existing account (with or without a password) must be signed in, and its password and name are never set here */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        password?: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Joined the network */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            me: components["schemas"]["Me"];
                            networkId: string;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation link is for (no sign-in needed; the token is sent in the body, not the URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description The invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountExists: boolean;
                            /** @description The account exists without a password: its owner sets one by a reset link mailed to the address */
                            activationNeeded: boolean;
                            email: string;
                            expiresAt: string;
                            inviterName: string;
                            networkName: string;
                            /** @enum {string} */
                            role: "coordinator" | "member" | "observer";
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person and the networks they belong to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in person */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"] & {
                            networks: {
                                id: string;
                                name: string;
                                /** @description Your profile in this network's directory */
                                personId: string;
                                /** @description You have never saved or confirmed your details there: the network home welcomes you */
                                profileNew: boolean;
                                /** @description Your details there ask to be confirmed */
                                profileStale: boolean;
                                /** @enum {string} */
                                role: "coordinator" | "member" | "observer";
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete my account, confirmed with the password — or, signed in through an identity provider, with the account's e-mail address: personal data go; survey answers follow each network's policy (docs/privacy.md). 409 while the only coordinator of a network or the only admin */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        email?: string;
                        /** @default  */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Deleted; the session cookie is cleared */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change one's name or language (the language is remembered for every device) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        digest?: "off" | "daily" | "weekly";
                        /** @enum {string} */
                        locale?: "fi" | "sv" | "en";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my data: everything Solmu holds that names me, table by table (docs/privacy.md) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A JSON file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonalData"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your live calendar subscriptions (without their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feeds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                networkId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** A secret subscription URL for your own calendar across all your networks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/feeds/{feedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a subscription URL: it answers 404 from now on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    feedId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your latest in-app notifications (reminders of promises and events) and how many are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                kind: string;
                                link: string | null;
                                networkId: string | null;
                                params: {
                                    [key: string]: string | number;
                                };
                                read: boolean;
                            }[];
                            unread: number;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personal API tokens (without their secrets); with the session cookie only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Live tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                /**
                                 * @description read: GET and HEAD only; write: whatever you may do. No token can create, list or revoke tokens
                                 * @enum {string}
                                 */
                                scope: "read" | "write";
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token; its secret is shown only in this answer. Scope read (the default) or write; with the session cookie only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @description read: GET and HEAD only; write: whatever you may do. No token can create, list or revoke tokens
                         * @default read
                         * @enum {string}
                         */
                        scope?: "read" | "write";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            name: string;
                            /**
                             * @description read: GET and HEAD only; write: whatever you may do. No token can create, list or revoke tokens
                             * @enum {string}
                             */
                            scope: "read" | "write";
                            token: string;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a personal API token; with the session cookie only */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Networks the signed-in person belongs to (an instance admin sees all) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of networks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                networkType: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic";
                                purpose: string;
                                /** @enum {string|null} */
                                role: "coordinator" | "member" | "observer" | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a network (instance admin); the creator becomes its coordinator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NetworkInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Network"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network home: the network, your role and where it is in its cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The network home */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkHome"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a network (coordinator). Send the version you edited; a stale one gets 409 with what is stored now */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NetworkInput"] & {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Network"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities and projects of a cycle, each done side by side or together, with the balance */
        get: {
            parameters: {
                query?: {
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Activities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Activities"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record an activity or project: side by side (each on its own, sharing information) or together (joint work) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** @default null */
                        meetingId?: string | null;
                        /** @enum {string} */
                        mode: "side_by_side" | "together";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Activities"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an activity (its author or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement (pelisäännöt): one section per question of the framework plus free sections, and the latest version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The agreement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/decision-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the network decides, per kind of decision, as its agreement states it beside the text of question 6 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionRules"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Save the decision rules (coordinators); polls opened from now on follow them */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            decisionKind: "ordinary" | "major";
                            /** @enum {string} */
                            method: "consensus" | "consent" | "majority" | "qualified_majority";
                            /** @default null */
                            quorumPercent?: number | null;
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            share?: "three_fifths" | "two_thirds" | "three_quarters" | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionRules"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a free section (members) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementSection"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/sections/{sectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a section, naming the version you edited; if someone saved in between, 409 carries their text to merge with */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    sectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @default  */
                        title?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementSection"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a free section (coordinator); the 15 question sections stay */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    sectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/sections/{sectionId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a section */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    sectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Commented */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comments: {
                                authorName: string | null;
                                body: string;
                                createdAt: string;
                                id: string;
                            }[];
                            revisions: {
                                authorName: string | null;
                                body: string;
                                createdAt: string;
                                diff: {
                                    /** @enum {string} */
                                    kind: "same" | "added" | "removed";
                                    text: string;
                                }[];
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/sections/{sectionId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A section's revisions (who changed what, when, with the difference) and its comments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    sectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description History */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comments: {
                                authorName: string | null;
                                body: string;
                                createdAt: string;
                                id: string;
                            }[];
                            revisions: {
                                authorName: string | null;
                                body: string;
                                createdAt: string;
                                diff: {
                                    /** @enum {string} */
                                    kind: "same" | "added" | "removed";
                                    text: string;
                                }[];
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose the current text for approval (coordinator): it is frozen as a numbered version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Proposed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version with who approved it (the printable view) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementVersion"] & {
                            networkName: string;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/versions/{versionId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files of an agreement version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Files */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttachmentList"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Attach a file to an agreement version (coordinators): the file's bytes as the body, with its type as Content-Type (pdf, docx, xlsx, pptx, odt, ods, odp, png, jpg, webp); the content must be of that type */
        post: {
            parameters: {
                query: {
                    /** @description The file's name (kept to 200 characters) */
                    name: string;
                };
                header?: never;
                path: {
                    networkId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/pdf": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/versions/{versionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Accept the proposed version on behalf of your organisation, or ask for changes (with a comment) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        comment?: string;
                        /** @enum {string} */
                        decision: "accepted" | "changes_requested";
                    };
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/agreement/versions/{versionId}/markdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version as a Markdown file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Markdown */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/markdown": string;
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/anticipation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next 90 days: events, deadlines and promises falling due */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What is coming */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                end: string;
                                endUtc: string;
                                event: components["schemas"]["Event"];
                                /** @description 0-based place in the whole series */
                                index: number;
                                start: string;
                                startUtc: string;
                            }[];
                            promises: {
                                dueOn: string;
                                id: string;
                                mine: boolean;
                                overdue: boolean;
                                promiserName: string | null;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/assessments/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which governance mode (shared, lead organisation, network administrative organisation) the network's conditions fit, with the diagnoses made so far */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Conditions and diagnoses */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GovernanceDiagnosis"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** A coordinator's governance diagnosis: answers on the need for competencies and today's mode, judged with the conditions as they are now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GovernanceDiagnosisInput"];
                };
            };
            responses: {
                /** @description Conditions and diagnoses, the new one first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GovernanceDiagnosis"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/assessments/network-type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network-type self-assessment per cycle, your own answer, and the declared type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkTypeResults"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Answer the network-type self-assessment for the current cycle (answering again replaces your answer) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QuestionnaireAnswers"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkTypeResults"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/assessments/on-behalf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your earlier 'on behalf of others or together?' self-checks (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description History */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            history: {
                                createdAt: string;
                                /** @enum {string} */
                                level: "together" | "mixed" | "on_behalf";
                                result: {
                                    /** @enum {string} */
                                    level: "together" | "mixed" | "on_behalf";
                                    score: number;
                                    suggestions: {
                                        key: string;
                                    }[];
                                };
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Answer the 'on behalf of others or together?' self-check (coordinator); returns the score and suggestions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QuestionnaireAnswers"];
                };
            };
            responses: {
                /** @description Checked */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            history: {
                                createdAt: string;
                                /** @enum {string} */
                                level: "together" | "mixed" | "on_behalf";
                                result: {
                                    /** @enum {string} */
                                    level: "together" | "mixed" | "on_behalf";
                                    score: number;
                                    suggestions: {
                                        key: string;
                                    }[];
                                };
                                score: number;
                            }[];
                            result: {
                                /** @enum {string} */
                                level: "together" | "mixed" | "on_behalf";
                                score: number;
                                suggestions: {
                                    key: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file: always as an attachment with its stored type, never to be shown inline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.oasis.opendocument.presentation": string;
                        "application/vnd.oasis.opendocument.spreadsheet": string;
                        "application/vnd.oasis.opendocument.text": string;
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a file (coordinators; for a meeting also its facilitators) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's audit log of sensitive actions, newest first (coordinators); ?before= the previous page's nextCursor */
        get: {
            parameters: {
                query?: {
                    before?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audit events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditLog"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's cycles and where the current one is: each phase with its summary and success evaluation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cycles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CycleOverview"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/cycles/{cycleId}/evaluation/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save my evaluation of the goals and answers to the network's questions; send the version you edited (null the first time) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        answers?: {
                            questionId: string;
                            text: string;
                        }[];
                        /** @default [] */
                        ratings?: {
                            /** @default  */
                            comment?: string;
                            goalId: string;
                            rating: number | null;
                        }[];
                        /** @default null */
                        version?: number | null;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/cycles/{cycleId}/evaluation/round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or close a cycle's joint evaluation; questions change only before anyone answers; a closed round cannot reopen (409 round_closed) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        close?: boolean;
                        /** Format: date */
                        closesOn: string;
                        /** @default  */
                        intro?: string;
                        /** @default [] */
                        questions?: string[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/cycles/current/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the current phase with a summary and open the next (coordinator); after the last phase a new cycle starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Closing the last phase: copy the goals into the new cycle
                         * @default false
                         */
                        carryGoals?: boolean;
                        /**
                         * @description Closing the last phase: move the promises still open into the new cycle
                         * @default false
                         */
                        carryPromises?: boolean;
                        /** @enum {string} */
                        from: "assembling" | "agreeing" | "doing" | "evaluating";
                        /** @default  */
                        summary?: string;
                    };
                };
            };
            responses: {
                /** @description Moved on */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CycleOverview"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/cycles/current/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Your success evaluation of a phase of the current cycle: did it achieve what it should, what to carry forward */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        achieved: number;
                        /** @default  */
                        carryForward?: string;
                        /** @enum {string} */
                        phase: "assembling" | "agreeing" | "doing" | "evaluating";
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CycleOverview"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/cycles/current/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the phase closed last again (coordinator), within 14 days of closing it; 409 when another phase was closed since, or too late */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        phase: "assembling" | "agreeing" | "doing" | "evaluating";
                    };
                };
            };
            responses: {
                /** @description Opened again */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CycleOverview"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision log, newest first; ?q= searches the title, text and participants */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Decisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Decision"][];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a decision: date, text, the rule used (agreement question 6) and who took part */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** Format: date */
                        decidedOn: string;
                        /** @default null */
                        meetingId?: string | null;
                        /** @default  */
                        participants?: string;
                        /** @enum {string} */
                        rule: "consensus" | "consent" | "vote" | "coordinator" | "steering_group" | "other";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Decision"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/decisions/{decisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a decision (its recorder or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    decisionId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/decisions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision log (or a search of it) as CSV for Excel or as an Excel workbook */
        get: {
            parameters: {
                query?: {
                    /** @description csv (semicolon, UTF-8 with BOM) or xlsx */
                    format?: "csv" | "xlsx";
                    q?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file: CSV, or an Excel workbook with one sheet per table, real dates and numbers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cycle's goals with indicators, Solmu's own figures and the joint evaluation (the current cycle unless ?cycle= names another) */
        get: {
            parameters: {
                query?: {
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evaluation of the cycle */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/evaluation/round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the joint evaluation of the current cycle (coordinators, in the evaluating phase) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        closesOn: string;
                        /** @default  */
                        intro?: string;
                        /** @default [] */
                        questions?: string[];
                    };
                };
            };
            responses: {
                /** @description Opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Occurrences of the annual clock's events in a window (recurring events expanded), optionally of some kinds */
        get: {
            parameters: {
                query: {
                    from: string;
                    /** @description Comma-separated kinds */
                    kinds?: string;
                    to: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Occurrences */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                end: string;
                                endUtc: string;
                                event: components["schemas"]["Event"];
                                /** @description 0-based place in the whole series */
                                index: number;
                                start: string;
                                startUtc: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an event to the annual clock (members: their own or their organisation's) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventInput"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an event; a stale version gets 409. Calendars subscribed to the feed get the change */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventInput"] & {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/events/{eventId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an event; feeds carry STATUS:CANCELLED so calendars remove it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/events/{eventId}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event as an .ics file to add to a calendar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description iCalendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The annual clock (or some kinds of its events) as an iCalendar file */
        get: {
            parameters: {
                query?: {
                    kinds?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description iCalendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A secret subscription URL for this network's calendar (shown once; revocable) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is missing: wished-for organisations and competences, and the competences nobody has yet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Gaps */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Gap"][];
                            uncoveredCompetences: string[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Name an organisation or competence the network misses (coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "organisation" | "competence";
                        name: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/gaps/{gapId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a gap (coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    gapId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goals of a cycle (the current one unless ?cycle= names another) */
        get: {
            parameters: {
                query?: {
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Goals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Goal"][];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a goal to the current cycle (members and coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        goalType: "client_service" | "smooth_work" | "phenomenon" | "vision";
                        /** @default [] */
                        ownerOrganisationIds?: string[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a goal (its author or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a goal; a stale version gets 409 with what is stored now */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        goalType: "client_service" | "smooth_work" | "phenomenon" | "vision";
                        /** @default [] */
                        ownerOrganisationIds?: string[];
                        title: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/goals/{goalId}/governance-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Governance-form check for a goal: does a network, a hierarchy or a market fit best, and why; saved with the goal */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QuestionnaireAnswers"];
                };
            };
            responses: {
                /** @description The check */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GovernanceCheck"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/goals/{goalId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an indicator to a goal (members and coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        baseline?: number | null;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        direction?: "increase" | "decrease" | "keep" | null;
                        /** @enum {string} */
                        kind: "quantitative" | "qualitative";
                        name: string;
                        /** @default  */
                        question?: string;
                        /**
                         * @default manual
                         * @enum {string}
                         */
                        source?: "manual" | "average_trust" | "density" | "promise_keeping" | "meeting_feedback" | "agreement_approval" | "contacts_fresh";
                        /** @default null */
                        target?: number | null;
                        /** @default  */
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shared history, newest first: of a person, an organisation, or a pair of organisations */
        get: {
            parameters: {
                query?: {
                    /** @description One organisation id, or two separated by a comma for the pair's shared history */
                    organisations?: string;
                    person?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["HistoryEntry"][];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record something people or organisations did together */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** Format: date */
                        occurredOn: string;
                        /** @default [] */
                        organisationIds?: string[];
                        /** @default [] */
                        personIds?: string[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/history/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an entry (its author or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an indicator and its measurements (its author or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    indicatorId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit an indicator; a stale version gets 409 with what is stored now */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    indicatorId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        baseline?: number | null;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        direction?: "increase" | "decrease" | "keep" | null;
                        /** @enum {string} */
                        kind: "quantitative" | "qualitative";
                        name: string;
                        /** @default  */
                        question?: string;
                        /**
                         * @default manual
                         * @enum {string}
                         */
                        source?: "manual" | "average_trust" | "density" | "promise_keeping" | "meeting_feedback" | "agreement_approval" | "contacts_fresh";
                        /** @default null */
                        target?: number | null;
                        /** @default  */
                        unit?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/indicators/{indicatorId}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a measurement: a value (quantitative) or words (qualitative); a computed indicator stores Solmu's value of its cycle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    indicatorId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        measuredOn: string;
                        /** @default  */
                        source?: string;
                        /** @default  */
                        text?: string;
                        /** @default null */
                        value?: number | null;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/indicators/{indicatorId}/measurements/{measurementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a measurement (who recorded it or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    indicatorId: string;
                    measurementId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted; the indicator as it is now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pending invitations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Invitation"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Invite a person by e-mail (coordinator); the single-use link expires in 7 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "coordinator" | "member" | "observer";
                    };
                };
            };
            responses: {
                /** @description Invited */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description True when sent by e-mail; otherwise copy the link */
                            delivered: boolean;
                            invitation: components["schemas"]["Invitation"];
                            /** @description The invitation link, also kept in the outbox */
                            link: string;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a pending invitation (coordinator); its link stops working */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's meetings, newest first, with your answer to each invitation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Meetings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canCreate: boolean;
                            items: {
                                canPlan: boolean;
                                end: string;
                                eventId: string;
                                id: string;
                                invited: boolean;
                                /** @enum {string|null} */
                                myRsvp: "yes" | "no" | "maybe" | null;
                                participantCount: number;
                                place: string | null;
                                purpose: string;
                                rsvpDeadline: string | null;
                                rsvpOpen: boolean;
                                start: string;
                                /** @enum {string} */
                                status: "confirmed" | "cancelled";
                                timeZone: string;
                                title: string;
                                yesCount: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Plan a meeting: an annual-clock event with a purpose, an expected outcome and the people invited (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        event: components["schemas"]["EventInput"];
                        /** @default  */
                        expectedOutcome?: string;
                        /** @default [] */
                        facilitatorIds?: string[];
                        /** @default [] */
                        participantIds?: string[];
                        /** @default  */
                        purpose?: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        rsvpDeadline?: string | null;
                    };
                };
            };
            responses: {
                /** @description Planned */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting: agenda with the planner's warnings, participants, seating and feedback */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The meeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the purpose, expected outcome or answer deadline (planners) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        expectedOutcome?: string;
                        /** @default  */
                        purpose?: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        rsvpDeadline?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the whole agenda (planners); send the meeting's version, a stale one gets 409 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        blocks: {
                            durationMinutes: number;
                            /** @default null */
                            id?: string | null;
                            method: string;
                            startMinute: number;
                            title: string;
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files of a meeting (agenda, slides, minutes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Files */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttachmentList"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Attach a file to a meeting (coordinators and the meeting's facilitators): the file's bytes as the body, with its type as Content-Type (pdf, docx, xlsx, pptx, odt, ods, odp, png, jpg, webp); the content must be of that type */
        post: {
            parameters: {
                query: {
                    /** @description The file's name (kept to 200 characters) */
                    name: string;
                };
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/pdf": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record who was there (planners); adds the meeting to their shared history */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        presentIds: string[];
                    };
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/blocks/{blockId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the notes of an agenda block (participants and planners); a stale version gets 409 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    blockId: string;
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        notes: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting's open-space board */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenSpaceBoard"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: a `changed` event whenever anyone changes the board (on any app instance) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a session that you convene (participants) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenSpaceBoard"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Place a session in a slot and a space, or rename it (planners and the convener); 409 if the space is taken or the version stale */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slotId?: string | null;
                        spaceId?: string | null;
                        topic?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenSpaceBoard"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write a session's notes (participants); a stale version gets 409 with the stored notes */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        notes: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenSpaceBoard"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move into a session (leaving any other of the same slot) or out of it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        present: boolean;
                    };
                };
            };
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenSpaceBoard"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a time slot (planners) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
                    };
                };
            };
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenSpaceBoard"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/board/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a space (planners) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenSpaceBoard"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Your feedback once the meeting has begun: time well used, real dialogue, concrete progress (1–5) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        comment?: string;
                        concreteProgress: number;
                        realDialogue: number;
                        timeWellUsed: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting's minutes: the draft for planners (coordinators, the meeting's facilitators), the approved text for everyone in the network */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Minutes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingMinutes"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Save the edited draft of the minutes (planners); a stale version gets 409 with the stored minutes, approved minutes 409 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description The version you saw; 0 while no draft has been saved */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingMinutes"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/minutes.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as a Markdown file, for those who may read them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The minutes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/markdown": string;
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the minutes as you last saw them (planners); the text is then frozen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you saw; 0 while no draft has been saved */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Approved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingMinutes"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/minutes/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send approved minutes to every participant, once: a notification in the app and the minutes by e-mail (planners) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingMinutes"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set who is invited and who facilitates (planners); answers already given are kept */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        facilitatorIds?: string[];
                        /** @default [] */
                        participantIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer the invitation: yes, no or maybe, until the deadline */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        rsvp: "yes" | "no" | "maybe";
                    };
                };
            };
            responses: {
                /** @description Answered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/{meetingId}/seating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan learning-café seating so people meet those they do not yet know (planners) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        blockId?: string | null;
                        /**
                         * @description hostIds[t]: who hosts table t and stays there, or null
                         * @default []
                         */
                        hostIds?: (string | null)[];
                        rounds: number;
                        tables?: number;
                        /** @description Instead of tables: at most this many at a table */
                        tableSize?: number;
                    };
                };
            };
            responses: {
                /** @description Planned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/meetings/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meeting feedback across the current cycle (coordinators), as last released in steps of the minimum group size */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Trend */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                concreteProgress: number | null;
                                meetingId: string;
                                realDialogue: number | null;
                                respondents: number;
                                start: string;
                                timeWellUsed: number | null;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the network, by name */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Member"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove someone from the network (coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memberId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role (coordinator); the last coordinator keeps the role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memberId: string;
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "coordinator" | "member" | "observer";
                    };
                };
            };
            responses: {
                /** @description Changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The method library: built-in methods and the network's own */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Methods */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                builtIn: boolean;
                                dialogue: boolean;
                                instructions: string | null;
                                key: string;
                                /** @enum {string} */
                                mode: "teaching" | "facilitation" | "hosting" | "none";
                                /** @description Null for built-in methods: their names are translated */
                                name: string | null;
                                typicalMinutes: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add the network's own method (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        dialogue?: boolean;
                        /** @default  */
                        instructions?: string;
                        /** @enum {string} */
                        mode: "teaching" | "facilitation" | "hosting" | "none";
                        name: string;
                        typicalMinutes: number;
                    };
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                builtIn: boolean;
                                dialogue: boolean;
                                instructions: string | null;
                                key: string;
                                /** @enum {string} */
                                mode: "teaching" | "facilitation" | "hosting" | "none";
                                /** @description Null for built-in methods: their names are translated */
                                name: string | null;
                                typicalMinutes: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a news item; published ones appear on the public page and in its Atom feed (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @default false */
                        published?: boolean;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Publishing"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/news/{newsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a news item */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    newsId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Publishing"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit, publish or unpublish a news item; a stale version gets 409 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    newsId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @default false */
                        published?: boolean;
                        title: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Publishing"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's organisations by name, with how many people represent each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Organisations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["Organisation"] & {
                                representativeCount: number;
                            })[];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an organisation (coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationDetail"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation with the people who represent it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The organisation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationDetail"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an organisation (coordinator); its people stay without one */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit an organisation (coordinators and its representatives); a stale version gets 409 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationInput"] & {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationDetail"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/organisations/{organisationId}/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Name who speaks for the organisation (a coordinator, or one of its current representatives): people placed in it who are not observers; an empty list only by a coordinator */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        membershipIds: string[];
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationDetail"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/organisations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's organisations as CSV for Excel or as an Excel workbook, in the columns the import reads back */
        get: {
            parameters: {
                query?: {
                    /** @description csv (semicolon, UTF-8 with BOM) or xlsx */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file: CSV, or an Excel workbook with one sheet per table, real dates and numbers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/organisations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import organisations from a CSV file or an Excel workbook's first sheet (coordinator); same rules as the people import */
        post: {
            parameters: {
                query?: {
                    /** @description Only report what would happen */
                    dryRun?: "true" | "false";
                    /** @description Import the good rows even if some rows are bad */
                    onlyValid?: "true" | "false";
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                    "text/tab-separated-values": string;
                };
            };
            responses: {
                /** @description What was (or would be) created and updated, and every bad row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages Solmu wrote for this network, newest first (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Messages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMessage"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory: people by name, found by name, organisation, competence or need */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description A need tag */
                    need?: string;
                    /** @description Organisation id */
                    organisation?: string;
                    /** @description Part of a name, title, organisation or tag */
                    q?: string;
                    /** @description Only profiles that need confirming */
                    stale?: "true" | "false";
                    /** @description A competence tag */
                    tag?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of people, as you may see them */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Person"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person's profile, as you may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a profile (the person or a coordinator); send the version you edited. The owner's save also confirms the details */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonInput"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/people/{personId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm one's own details are up to date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Confirmed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/people/{personId}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A profile photo (members and coordinators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/webp": string;
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Upload a profile photo: JPEG, PNG or WebP up to 5 MB, checked by content; stored as a square thumbnail */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            responses: {
                /** @description Stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a profile photo */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory (or a filtered view) as CSV for Excel, as an Excel workbook or as vCard 4.0 contacts; only what you may see */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx" | "vcard";
                    /** @description A need tag */
                    need?: string;
                    /** @description Organisation id */
                    organisation?: string;
                    /** @description Part of a name, title, organisation or tag */
                    q?: string;
                    /** @description Only profiles that need confirming */
                    stale?: "true" | "false";
                    /** @description A competence tag */
                    tag?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                        "text/vcard": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/people/freshness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many contact details are up to date (coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The freshness summary */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            share: number | null;
                            stale: number;
                            thresholdDays: number;
                            total: number;
                            upToDate: number;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import people from a CSV file (any encoding Excel writes; comma, semicolon or tab) or an Excel workbook's first sheet (coordinator). dryRun=true only reports; any bad row stops the import unless onlyValid=true; organisations not yet in the network are created unless createOrganisations=false */
        post: {
            parameters: {
                query?: {
                    /** @description Create the organisations the file names that the network does not have yet (the default); false reports their rows as bad rows instead */
                    createOrganisations?: "true" | "false";
                    /** @description Only report what would happen */
                    dryRun?: "true" | "false";
                    /** @description Import the good rows even if some rows are bad */
                    onlyValid?: "true" | "false";
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                    "text/tab-separated-values": string;
                };
            };
            responses: {
                /** @description What was (or would be) created and updated, and every bad row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's polls, open ones first (soonest closing), then closed ones newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Polls */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canCreate: boolean;
                            items: components["schemas"]["PollListItem"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Open a poll (members and coordinators): proposal, consent, choose, dot vote, score, ranked choice or time poll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PollInput"];
                };
            };
            responses: {
                /** @description Opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Poll"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/polls/{pollId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One poll: who has voted, the actor's own vote, and the results unless hidden until it closes (never who voted how when anonymous) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    pollId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The poll */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Poll"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a poll nobody has voted in (its author or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    pollId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/polls/{pollId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the poll now (its author or a coordinator), or settle a closed one: choose among tied options, or plan the time poll's meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    pollId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        chosenOptionId?: string;
                        createEvent?: boolean;
                    };
                };
            };
            responses: {
                /** @description Closed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Poll"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/polls/{pollId}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vote, or change one's vote while the poll allows it; the body's fields follow the poll's kind */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    pollId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PollVoteInput"];
                };
            };
            responses: {
                /** @description Voted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Poll"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's good practices and those other networks on this instance have published */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Good practices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GoodPractices"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Write down a good practice: what worked, where, and a contact (members and coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        contact?: string;
                        /** @default  */
                        context?: string;
                        title: string;
                        whatWorked: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GoodPractices"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/practices/{practiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a good practice (its author or a coordinator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    practiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GoodPractices"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a good practice (its author or a coordinator); only coordinators publish or unpublish */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    practiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        contact?: string;
                        /** @default  */
                        context?: string;
                        published: boolean;
                        title: string;
                        version: number;
                        whatWorked: string;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GoodPractices"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/promises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The promise ledger, soonest due first; ?mine=true for your own */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    cycle?: string;
                    limit?: number;
                    mine?: "true" | "false";
                    state?: "open" | "kept" | "renegotiated" | "not_kept";
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of promises */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Promise"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Make a promise: what, to whom, by when; for yourself or on behalf of your organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        agreementSectionId?: string | null;
                        /** Format: date */
                        dueOn: string;
                        /** @default null */
                        goalId?: string | null;
                        /**
                         * @description The meeting where the promise was made
                         * @default null
                         */
                        meetingId?: string | null;
                        /** @default false */
                        onBehalfOfOrganisation?: boolean;
                        /**
                         * @description Coordinators: whose promise this is (default: yours)
                         * @default null
                         */
                        promiserId?: string | null;
                        text: string;
                        /**
                         * @default {
                         *       "kind": "network"
                         *     }
                         */
                        to?: {
                            /** @enum {string} */
                            kind: "network";
                        } | {
                            id: string;
                            /** @enum {string} */
                            kind: "person";
                        } | {
                            id: string;
                            /** @enum {string} */
                            kind: "organisation";
                        };
                    };
                };
            };
            responses: {
                /** @description Promised */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PromiseDetail"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/promises/{promiseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One promise with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    promiseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The promise */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PromiseDetail"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/promises/{promiseId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a promise kept, not kept (with the reason) or renegotiated (new date or content); name the enablers or barriers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    promiseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        dueOn?: string;
                        /** @default [] */
                        factors?: ("time" | "mandate" | "money" | "skills" | "information" | "other")[];
                        /** @default  */
                        note?: string;
                        text?: string;
                        /** @enum {string} */
                        to: "kept" | "not_kept" | "renegotiated";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PromiseDetail"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/promises/keeping-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keeping rates of a cycle for the network, organisations and people, with barriers and enablers */
        get: {
            parameters: {
                query?: {
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cycleId: string | null;
                            factors: {
                                barriers: {
                                    count: number;
                                    /** @enum {string} */
                                    factor: "time" | "mandate" | "money" | "skills" | "information" | "other";
                                }[];
                                enablers: {
                                    count: number;
                                    /** @enum {string} */
                                    factor: "time" | "mandate" | "money" | "skills" | "information" | "other";
                                }[];
                            };
                            network: {
                                keptLate: number;
                                keptOnTime: number;
                                notKept: number;
                                open: number;
                                overdue: number;
                                rate: number | null;
                                renegotiated: number;
                                total: number;
                            };
                            organisations: {
                                id: string;
                                name: string;
                                rate: {
                                    keptLate: number;
                                    keptOnTime: number;
                                    notKept: number;
                                    open: number;
                                    overdue: number;
                                    rate: number | null;
                                    renegotiated: number;
                                    total: number;
                                };
                            }[];
                            /** @description Your own, or everyone's for coordinators */
                            people: {
                                id: string;
                                name: string;
                                rate: {
                                    keptLate: number;
                                    keptOnTime: number;
                                    notKept: number;
                                    open: number;
                                    overdue: number;
                                    rate: number | null;
                                    renegotiated: number;
                                    total: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/publishing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public page settings and news (coordinators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings and news */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Publishing"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Choose what is public and at which address; turning something off removes it from the public page and feed at once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                        /** @default  */
                        intro?: string;
                        /** @default false */
                        showAgreement?: boolean;
                        /** @default false */
                        showGoals?: boolean;
                        /** @default false */
                        showMap?: boolean;
                        /** @default false */
                        showPractices?: boolean;
                        /** @default false */
                        showResults?: boolean;
                        slug: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Publishing"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle report as JSON (fields: docs/evaluation.md) */
        get: {
            parameters: {
                query?: {
                    /** @description An earlier cycle to compare with */
                    compare?: string;
                    /** @description The cycle (default: the current one) */
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CycleReport"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle report's figures as long-format CSV (one figure per row; columns: docs/evaluation.md) */
        get: {
            parameters: {
                query?: {
                    /** @description An earlier cycle to compare with */
                    compare?: string;
                    /** @description The cycle (default: the current one) */
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle report as one self-contained HTML file (styles and charts inline, no scripts) */
        get: {
            parameters: {
                query?: {
                    /** @description An earlier cycle to compare with */
                    compare?: string;
                    /** @description The cycle (default: the current one) */
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description HTML file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures as an Excel workbook: one sheet, numbers as numbers and dates as dates */
        get: {
            parameters: {
                query?: {
                    /** @description An earlier cycle to compare with */
                    compare?: string;
                    /** @description The cycle (default: the current one) */
                    cycle?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each organisation brings and the resources nobody or only one brings, from the latest released round that asked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What organisations bring */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkResources"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health-survey rounds, newest first, with where you stand in each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rounds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SurveyRound"][];
                            minGroupSize: number;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Open a round in the current cycle (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ask what each organisation brings and how valuable partners are (no when left out) */
                        asksResources?: boolean;
                        /** @enum {string} */
                        audience: "all" | "selected";
                        /** Format: date */
                        closesOn: string;
                        /**
                         * @description Memberships asked, when audience is selected
                         * @default []
                         */
                        inviteeIds?: string[];
                        /** @enum {string} */
                        level: "person" | "organisation";
                        /** Format: date */
                        opensOn: string;
                        /**
                         * @description What coordinators will see of ties; the network's default when left out
                         * @enum {string}
                         */
                        tiesVisibility?: "individual" | "groups";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyRound"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The round */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyRound"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a round or move its closing date (coordinators); 409 when reopening a round whose figures are released */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ask the resource and value questions; 409 once the round has closed */
                        asksResources?: boolean;
                        /** Format: date */
                        closesOn?: string;
                        title?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyRound"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Network figures of a closed round, per node, tie, organisation and community (coordinators); hidden while open */
        get: {
            parameters: {
                query?: {
                    /** @description columns: the compact form (application/vnd.solmu.columns+json) whatever Accept says; json: plain JSON */
                    format?: "json" | "columns";
                };
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Analysis. Send Accept: application/vnd.solmu.columns+json for the compact form (ColumnDocument); answers vary by Accept */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyAnalysis"];
                        "application/vnd.solmu.columns+json": components["schemas"]["ColumnDocument"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two closed, released rounds at the same level (coordinators): ties new, lost, strengthened and weakened, positions, organisations and trust; 400 on compare otherwise */
        get: {
            parameters: {
                query: {
                    /** @description The other round; the change always runs from the earlier to the later */
                    compare: string;
                };
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyRoundChange"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/change/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change between two rounds as CSV (its tables one after another, each with its header row) or an Excel workbook (one sheet each); coordinators */
        get: {
            parameters: {
                query: {
                    /** @description The other round; the change always runs from the earlier to the later */
                    compare: string;
                    /** @description csv (semicolon, UTF-8 with BOM) or xlsx */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file: CSV, or an Excel workbook with one sheet per table, real dates and numbers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a round now; its answers are frozen (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Closed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyRound"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/ego/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A node's ego network in a closed round, structure only: coordinators any node's under individual ties, every member their own (a person's, or their organisation's at organisation level) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    nodeId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ego network */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyEgoAnswer"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round's aggregated, privacy-filtered network as GEXF 1.2, GraphML, Kumu JSON, or node and edge lists as CSV or Excel (coordinators); 409 while open or too few answered */
        get: {
            parameters: {
                query: {
                    format: "gexf" | "graphml" | "kumu" | "nodes.csv" | "nodes.xlsx" | "edges.csv" | "edges.xlsx";
                };
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind those asked who have not answered: in the app, and by e-mail when SMTP is set (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reminded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reminded: number;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own answer (nobody else's can be read) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            response: components["schemas"]["SurveyResponse"] | null;
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Save your answer as a draft or submit it; send the version you read (null the first time) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        barriers: ("time" | "mandate" | "money" | "skills" | "information" | "other")[];
                        barriersText: string;
                        enablers: ("time" | "mandate" | "money" | "skills" | "information" | "other")[];
                        enablersText: string;
                        /** @enum {string|null} */
                        networkType: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic" | null;
                        ratings: {
                            /** @description 1–5; null = can't say */
                            commitment: number | null;
                            /** @description 1–5; null = can't say */
                            competence: number | null;
                            /** @description 1–5; null = can't say */
                            consistency: number | null;
                            /** @description 0 never · 1 once or twice a year · 2 a few times a year · 3 monthly · 4 weekly */
                            frequency: number;
                            /** @description 1–5; null = can't say */
                            goodwill: number | null;
                            /** @description 0 don't know · 1 by name · 2 know their work · 3 know them well */
                            knowing: number;
                            targetId: string;
                            /** @description How involved the partner is in the network's work */
                            valueInvolvement?: number | null;
                            /** @description How much power and influence the partner has in the network */
                            valuePower?: number | null;
                            /** @description How much the partner contributes in resources */
                            valueResources?: number | null;
                            /** @description 1–5; null = can't say */
                            vulnerability: number | null;
                        }[];
                        /** @description What your organisation brings to the network */
                        resources?: ("funding" | "in_kind" | "staff_time" | "volunteers" | "data" | "expertise" | "community_connections" | "facilitation" | "advocacy" | "premises" | "it" | "other")[];
                        /** @description Details, or what 'other' is */
                        resourcesText?: string;
                        selfCommitment: {
                            /** @description 1–5; null = can't say */
                            autonomy: number | null;
                            /** @description 1–5; null = can't say */
                            connectedness: number | null;
                            /** @description 1–5; null = can't say */
                            meaningfulness: number | null;
                        };
                        submit: boolean;
                        version: number | null;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            response: components["schemas"]["SurveyResponse"] | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete your own answer while the round is open */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aggregated answers of a closed round; hidden while open and below the minimum group size (each figure also needs as many raters) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyResults"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/{roundId}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom you can rate: the network's other people, or the other organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Targets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SurveyTarget"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/surveys/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The core elements across rounds asked of everyone (and, for coordinators, the structure); figures of closed rounds only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Trends */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SurveyTrendPoint"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's tags of one kind, most used first (for autocomplete) */
        get: {
            parameters: {
                query?: {
                    kind?: "competence" | "need" | "language";
                    q?: string;
                };
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                count: number;
                                tag: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's webhooks, secrets hidden (coordinators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Webhooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Webhook"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a webhook: where to post (https), which events and in which language (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        events: ("poll.opened" | "poll.closed" | "meeting.created" | "meeting.changed" | "decision.recorded" | "survey.opened" | "survey.closing" | "agreement.proposed" | "agreement.approved" | "promise.due")[];
                        /** @enum {string} */
                        kind: "teams" | "slack" | "matrix" | "json";
                        /**
                         * @description The language of the messages
                         * @default fi
                         * @enum {string}
                         */
                        locale?: "fi" | "sv" | "en";
                        /** @description Write-only; left out, the stored one stays */
                        matrixAccessToken?: string;
                        matrixHomeserver?: string;
                        matrixRoomId?: string;
                        name: string;
                        /** @description JSON: the HMAC-SHA256 signing secret (16+ characters), write-only */
                        secret?: string;
                        /** @description Teams, Slack and JSON: where to post; left out, the stored one stays */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a webhook; secrets and the URL left out keep what is stored; a stale version gets 409 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        events: ("poll.opened" | "poll.closed" | "meeting.created" | "meeting.changed" | "decision.recorded" | "survey.opened" | "survey.closing" | "agreement.proposed" | "agreement.approved" | "promise.due")[];
                        /** @enum {string} */
                        kind: "teams" | "slack" | "matrix" | "json";
                        /**
                         * @description The language of the messages
                         * @default fi
                         * @enum {string}
                         */
                        locale?: "fi" | "sv" | "en";
                        /** @description Write-only; left out, the stored one stays */
                        matrixAccessToken?: string;
                        matrixHomeserver?: string;
                        matrixRoomId?: string;
                        name: string;
                        /** @description JSON: the HMAC-SHA256 signing secret (16+ characters), write-only */
                        secret?: string;
                        /** @description Teams, Slack and JSON: where to post; left out, the stored one stays */
                        url?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: a stale write or a rule that would break */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a webhook and its delivery log (coordinators) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook's latest deliveries (50), newest first: status, attempts, times, HTTP status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deliveries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookDelivery"][];
                        };
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{networkId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test message now and record it in the delivery log; the answer says how it went */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    networkId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tried once */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookTestResult"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The privacy notice of the instance (no sign-in needed) */
        get: {
            parameters: {
                query?: {
                    locale?: "fi" | "sv" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The notice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstanceDocument"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Global search in the networks one belongs to: people, organisations, meetings, events, promises, decisions, goals, agreement sections and good practices, grouped by kind, each as its own pages show it */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hits grouped by kind, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResult"];
                    };
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or wrong credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop reminder digests with the token from a digest mail (no sign-in needed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Digests are off */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each field at fault */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Activities: {
            balance: {
                sideBySide: number;
                together: number;
            };
            cycleId: string | null;
            items: {
                canDelete: boolean;
                createdAt: string;
                description: string;
                id: string;
                meetingId: string | null;
                /** @enum {string} */
                mode: "side_by_side" | "together";
                title: string;
            }[];
        };
        Agreement: {
            canPropose: boolean;
            latest: components["schemas"]["AgreementVersion"] | null;
            /** @description The signed-in member's own organisation and its decision on the newest version */
            myOrganisation: {
                decidedAt: string | null;
                decidedByName: string | null;
                /** @enum {string|null} */
                decision: "accepted" | "changes_requested" | null;
                id: string;
                name: string;
            } | null;
            /** @description The organisation the signed-in person speaks for, if it named them */
            representing: string | null;
            /** @description The draft; empty for observers, who read approved versions only */
            sections: components["schemas"]["AgreementSection"][];
            /** @description Member organisations that have named no representative: they cannot approve */
            unrepresented: {
                id: string;
                name: string;
            }[];
            versions: {
                approvedAt: string | null;
                id: string;
                number: number;
                proposedAt: string;
                /** @enum {string} */
                status: "proposed" | "approved" | "superseded";
            }[];
        };
        AgreementSection: {
            body: string;
            commentCount: number;
            id: string;
            /** @description 1–15: the framework's question; null for a free section */
            question: number | null;
            title: string;
            updatedAt: string;
            updatedByName: string | null;
            version: number;
        };
        AgreementVersion: {
            approved: boolean;
            approvedAt: string | null;
            /** @description You represent an organisation that can accept or ask for changes */
            canDecide: boolean;
            /** @description The draft has been changed since this version was frozen (not for superseded versions, nor shown to observers) */
            changedSinceProposal: boolean;
            id: string;
            number: number;
            organisations: {
                comment: string;
                decidedAt: string | null;
                decidedByName: string | null;
                /** @enum {string|null} */
                decision: "accepted" | "changes_requested" | null;
                id: string;
                name: string;
            }[];
            proposedAt: string;
            sections: {
                body: string;
                question: number | null;
                title: string;
            }[];
            /** @enum {string} */
            status: "proposed" | "approved" | "superseded";
        };
        Attachment: {
            contentType: string;
            createdAt: string;
            createdByName: string | null;
            fileName: string;
            id: string;
            /** @description Bytes */
            size: number;
            /** @description Where to download it (always as a download, never shown inline) */
            url: string;
        };
        AttachmentList: {
            /** @description Whether you may add and remove files here */
            canManage: boolean;
            items: components["schemas"]["Attachment"][];
            /** @description The largest file accepted (ATTACHMENT_MAX_BYTES) */
            maxBytes: number;
        };
        AuditLog: {
            items: {
                /** @enum {string} */
                action: "member.role_changed" | "member.removed" | "member.account_deleted" | "export.people" | "export.survey" | "export.report" | "export.decisions" | "publishing.saved" | "news.published" | "news.unpublished" | "news.deleted" | "practice.published" | "practice.unpublished" | "practice.deleted" | "goal.deleted" | "indicator.deleted" | "decision.deleted" | "decision_rules.saved" | "poll.closed" | "poll.deleted" | "webhook.saved" | "webhook.deleted" | "instance.document_saved" | "organisation.representatives_named" | "cycle.phase_reopened" | "minutes.approved" | "minutes.sent" | "sso.signed_in" | "sso.linked" | "sso.account_created" | "sso.failed" | "account.disabled" | "account.enabled" | "account.deleted" | "account.reset_sent" | "account.merged";
                /** @description Who did it, by name at the time */
                actor: string;
                at: string;
                details: {
                    [key: string]: unknown;
                };
                id: string;
                networkId: string | null;
                /** @description null for the instance's own events */
                networkName: string | null;
                /** @description What it was done to: a person's, goal's or news item's name at the time */
                subject: string;
            }[];
            nextCursor: string | null;
        };
        BrokerageRoles: {
            coordinator: number;
            gatekeeper: number;
            itinerant: number;
            liaison: number;
            representative: number;
        };
        Column: {
            /** @description Rows that lack the field (as against null) */
            absent?: number[];
            /** @description An object column's fields, one row a row whose value is 1 */
            columns?: components["schemas"]["Column"][];
            key: string;
            /** @enum {string} */
            type: "number" | "boolean" | "string" | "object" | "json";
            /** @description One value a row: a number (number), 1 or 0 (boolean), a position in `strings` (string), 1 for an object whose rows are in `columns` (object), the value itself (json); null is null */
            values: unknown[];
        };
        /** @description application/vnd.solmu.columns+json: lists of objects as columns of typed values; decoded, exactly the application/json answer */
        ColumnDocument: {
            /** @description The answer's other fields, as in application/json */
            data: {
                [key: string]: unknown;
            };
            /** @description Every string of the tables once */
            strings: string[];
            /** @description The answer's lists of objects, by their keys */
            tables: {
                [key: string]: components["schemas"]["ColumnTable"];
            };
        };
        /** @description A list of objects, one column a field */
        ColumnTable: {
            columns: components["schemas"]["Column"][];
            rows: number;
        };
        Cycle: {
            closedAt: string | null;
            endsOn: string;
            id: string;
            name: string;
            /** @enum {string} */
            phase: "assembling" | "agreeing" | "doing" | "evaluating";
            startsOn: string;
        };
        CycleOverview: {
            current: {
                endsOn: string;
                id: string;
                name: string;
                /** @enum {string} */
                phase: "assembling" | "agreeing" | "doing" | "evaluating";
                phases: {
                    endedAt: string | null;
                    evaluation: {
                        /** @description Hidden (null) below the network's minimum group size */
                        averageAchieved: number | null;
                        carryForward: string[];
                        mine: {
                            achieved: number;
                            carryForward: string;
                        } | null;
                        respondents: number;
                    };
                    /** @enum {string} */
                    phase: "assembling" | "agreeing" | "doing" | "evaluating";
                    startedAt: string | null;
                    /** @enum {string} */
                    status: "done" | "current" | "upcoming";
                    summary: string;
                }[];
                startsOn: string;
            } | null;
            cycles: {
                closedAt: string | null;
                endsOn: string;
                id: string;
                name: string;
                /** @enum {string} */
                phase: "assembling" | "agreeing" | "doing" | "evaluating";
                startsOn: string;
            }[];
            minGroupSize: number;
            /** @description Coordinators: the phase closed last, which they may open again until `until` (14 days) */
            reopen: {
                /** @enum {string} */
                phase: "assembling" | "agreeing" | "doing" | "evaluating";
                until: string;
            } | null;
        };
        CycleReport: {
            compare: {
                id: string;
                name: string;
            } | null;
            cycle: {
                closedAt: string | null;
                endsOn: string;
                id: string;
                name: string;
                /** @enum {string} */
                phase: "assembling" | "agreeing" | "doing" | "evaluating";
                startsOn: string;
            };
            cycles: {
                endsOn: string;
                id: string;
                name: string;
                startsOn: string;
            }[];
            decisions: {
                body: string;
                decidedOn: string;
                /** @enum {string} */
                rule: "consensus" | "consent" | "vote" | "coordinator" | "steering_group" | "other";
                title: string;
            }[];
            evaluation: {
                closesOn: string;
                questions: {
                    answers: string[];
                    text: string;
                }[];
                respondents: number;
                shown: boolean;
                /** @enum {string} */
                status: "open" | "closed";
            } | null;
            figures: {
                change: number | null;
                compareValue: number | null;
                /** @enum {string} */
                key: "average_trust" | "density" | "promise_keeping" | "meeting_feedback" | "agreement_approval" | "contacts_fresh";
                trend: {
                    cycleId: string;
                    cycleName: string;
                    value: number | null;
                }[];
                unit: string;
                value: number | null;
            }[];
            generatedAt: string;
            goals: {
                evaluation: {
                    comments: string[];
                    distribution: {
                        counts: number[];
                        mean: number | null;
                        n: number;
                    } | null;
                    /** @description People who rated the goal on the scale ("can't say" is no rating) */
                    respondents: number;
                    /** @description False while the round is open and below the network's minimum group size of people who rated the goal; then nothing else is given (decision 014) */
                    shown: boolean;
                } | null;
                /** @enum {string} */
                goalType: "client_service" | "smooth_work" | "phenomenon" | "vision";
                id: string;
                indicators: (components["schemas"]["Indicator"] & {
                    change: number | null;
                    compareText: string;
                    compareValue: number | null;
                    text: string;
                    value: number | null;
                })[];
                title: string;
            }[];
            meetings: {
                attended: number;
                feedback: number | null;
                feedbackRespondents: number;
                invited: number;
                purpose: string;
                start: string;
                title: string;
            }[];
            minGroupSize: number;
            network: {
                id: string;
                name: string;
            };
            phases: {
                averageAchieved: number | null;
                carryForward: string[];
                endedAt: string | null;
                /** @enum {string} */
                phase: "assembling" | "agreeing" | "doing" | "evaluating";
                respondents: number;
                startedAt: string | null;
                summary: string;
            }[];
            promises: {
                items: {
                    closedOn: string | null;
                    dueOn: string;
                    promiser: string | null;
                    /** @enum {string} */
                    state: "open" | "kept" | "renegotiated" | "not_kept";
                    text: string;
                }[];
                rate: {
                    keptLate: number;
                    keptOnTime: number;
                    notKept: number;
                    open: number;
                    overdue: number;
                    rate: number | null;
                    renegotiated: number;
                    total: number;
                };
            };
            survey: {
                averageTrust: number | null;
                closesOn: string;
                commitment: number | null;
                graph: {
                    density: number;
                    isolates: number;
                    modularity: number;
                    nodes: number;
                    reciprocity: number | null;
                    ties: number;
                } | null;
                knowing: number | null;
                /** @enum {string} */
                level: "person" | "organisation";
                /** @description The map aggregated to communities of at least the minimum group size */
                map: {
                    groups: {
                        id: number;
                        size: number;
                    }[];
                    hiddenPeople: number;
                    links: {
                        source: number;
                        target: number;
                        ties: number;
                    }[];
                } | null;
                respondents: number;
                roundId: string;
                title: string;
                /** @description The mean of each trust dimension on 1–5 */
                trust: {
                    competence: number | null;
                    consistency: number | null;
                    goodwill: number | null;
                    vulnerability: number | null;
                };
            } | null;
        };
        Decision: {
            body: string;
            canDelete: boolean;
            cycleId: string | null;
            decidedOn: string;
            id: string;
            meetingId: string | null;
            participants: string;
            /** @description The poll the decision came from, when it was made in Solmu */
            pollId: string | null;
            /** @enum {string} */
            rule: "consensus" | "consent" | "vote" | "coordinator" | "steering_group" | "other";
            title: string;
        };
        DecisionRule: {
            /** @enum {string} */
            method: "consensus" | "consent" | "majority" | "qualified_majority";
            /** @enum {string|null} */
            share: "three_fifths" | "two_thirds" | "three_quarters" | null;
        };
        DecisionRules: {
            canEdit: boolean;
            items: components["schemas"]["StatedDecisionRule"][];
        };
        Error: {
            error: {
                /** @example validation_failed */
                code: string;
                /** @description On 409: what is stored now, to merge with. */
                current?: unknown;
                /**
                 * @example {
                 *       "email": "Anna kelvollinen sähköpostiosoite."
                 *     }
                 */
                fields?: {
                    [key: string]: string;
                };
                /** @example Tarkista merkityt kentät. */
                message: string;
            };
        };
        Evaluation: {
            cycle: {
                closedAt: string | null;
                endsOn: string;
                id: string;
                name: string;
                /** @enum {string} */
                phase: "assembling" | "agreeing" | "doing" | "evaluating";
                startsOn: string;
            };
            cycles: {
                id: string;
                name: string;
            }[];
            figures: {
                /** @enum {string} */
                key: "average_trust" | "density" | "promise_keeping" | "meeting_feedback" | "agreement_approval" | "contacts_fresh";
                unit: string;
                value: number | null;
            }[];
            goals: {
                evaluation: {
                    comments: string[];
                    distribution: {
                        counts: number[];
                        mean: number | null;
                        n: number;
                    } | null;
                    /** @description People who rated the goal on the scale ("can't say" is no rating) */
                    respondents: number;
                    /** @description False while the round is open and below the network's minimum group size of people who rated the goal; then nothing else is given (decision 014) */
                    shown: boolean;
                } | null;
                /** @enum {string} */
                goalType: "client_service" | "smooth_work" | "phenomenon" | "vision";
                id: string;
                indicators: components["schemas"]["Indicator"][];
                title: string;
            }[];
            minGroupSize: number;
            /**
             * @description Your role in the network
             * @enum {string}
             */
            role: "coordinator" | "member" | "observer";
            round: {
                canAnswer: boolean;
                closedAt: string | null;
                closesOn: string;
                id: string;
                intro: string;
                mine: {
                    answers: {
                        questionId: string;
                        text: string;
                    }[];
                    ratings: {
                        comment: string;
                        goalId: string;
                        rating: number | null;
                    }[];
                    submittedAt: string;
                    version: number;
                } | null;
                questions: {
                    answers: string[];
                    id: string;
                    text: string;
                }[];
                respondents: number;
                /** @description Answers to the questions are given once the round has closed with the minimum group size */
                shown: boolean;
                /** @enum {string} */
                status: "open" | "closed";
                version: number;
            } | null;
        };
        Event: {
            allDay: boolean;
            canEdit: boolean;
            description: string;
            /** @description As start; for all-day events the day after the last day */
            end: string;
            id: string;
            /** @enum {string} */
            kind: "network_meeting" | "workshop" | "steering_group" | "deadline" | "member_org_event";
            networkId: string;
            onlineUrl: string | null;
            organiser: {
                id: string;
                name: string;
            } | null;
            place: string | null;
            recurrence: {
                /** @description Monthly only: the weekday of the month, RFC 5545 form ("2TU", "-1FR") */
                byDay?: string | null;
                count?: number | null;
                /** @enum {string} */
                frequency: "weekly" | "monthly" | "yearly";
                interval: number;
                until?: string | null;
            } | null;
            /** @description Local wall-clock time in timeZone, YYYY-MM-DDTHH:mm (all-day: YYYY-MM-DD) */
            start: string;
            /** @enum {string} */
            status: "confirmed" | "cancelled";
            timeZone: string;
            title: string;
            version: number;
        };
        EventDetail: components["schemas"]["Event"] & {
            /** @description The next occurrences from now (at most 5) */
            upcoming: {
                end: string;
                endUtc: string;
                /** @description 0-based place in the whole series */
                index: number;
                start: string;
                startUtc: string;
            }[];
        };
        EventInput: {
            /** @default false */
            allDay: boolean;
            /** @default  */
            description: string;
            end: string;
            /** @enum {string} */
            kind: "network_meeting" | "workshop" | "steering_group" | "deadline" | "member_org_event";
            /**
             * Format: uri
             * @default null
             */
            onlineUrl: string | null;
            /** @default null */
            organiserOrganisationId: string | null;
            /** @default null */
            place: string | null;
            /** @description { frequency: weekly|monthly|yearly, interval, count?, until?, byDay? } or null; byDay, with monthly only, names the weekday of the month in RFC 5545 form: "2TU" the second Tuesday, "-1FR" the last Friday (the start must fall on it) */
            recurrence?: unknown;
            start: string;
            /** @default Europe/Helsinki */
            timeZone: string;
            title: string;
        };
        Gap: {
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "organisation" | "competence";
            name: string;
            note: string;
            stillMissing: boolean;
        };
        Goal: {
            canDelete: boolean;
            cycleId: string;
            description: string;
            /** @enum {string} */
            goalType: "client_service" | "smooth_work" | "phenomenon" | "vision";
            governanceCheck: components["schemas"]["GovernanceCheck"] | null;
            id: string;
            owners: {
                id: string;
                name: string;
            }[];
            title: string;
            version: number;
        };
        GoodPractices: {
            own: {
                canEdit: boolean;
                /** @description Shown publicly once published: what the author chose to give */
                contact: string;
                context: string;
                createdBy: string | null;
                id: string;
                networkId: string;
                networkName: string;
                publicPage: string | null;
                publishedAt: string | null;
                title: string;
                updatedAt: string;
                version: number;
                whatWorked: string;
            }[];
            shared: {
                canEdit: boolean;
                /** @description Shown publicly once published: what the author chose to give */
                contact: string;
                context: string;
                createdBy: string | null;
                id: string;
                networkId: string;
                networkName: string;
                publicPage: string | null;
                publishedAt: string | null;
                title: string;
                updatedAt: string;
                version: number;
                whatWorked: string;
            }[];
        };
        GovernanceCheck: {
            answers: {
                [key: string]: string;
            };
            checkedAt: string;
            result: {
                close: boolean;
                reasons: {
                    key: string;
                    params?: {
                        [key: string]: string | number;
                    };
                }[];
                /** @enum {string} */
                recommendation: "network" | "hierarchy" | "market";
                scores: {
                    [key: string]: number;
                };
            };
        };
        GovernanceConditions: {
            approvalShare: number | null;
            evaluationSpread: number | null;
            organisations: number;
            sources: {
                evaluationCycle: string | null;
                surveyCycle: string | null;
            };
            survey: {
                averageTrust: number | null;
                density: number;
            } | null;
        };
        GovernanceDiagnosis: {
            canDiagnose: boolean;
            conditions: components["schemas"]["GovernanceConditions"];
            history: {
                answers: {
                    competencies: {
                        coordinationWork: 0 | 1 | 2;
                        external: 0 | 1 | 2;
                        interdependence: 0 | 1 | 2;
                        skills: 0 | 1 | 2;
                    };
                    /** @enum {string|null} */
                    current: "shared" | "lead" | "nao" | null;
                };
                conditions: components["schemas"]["GovernanceConditions"];
                createdAt: string;
                createdBy: string | null;
                id: string;
                result: components["schemas"]["GovernanceDiagnosisResult"];
            }[];
        };
        /** @description Each competence answer 0, 1 or 2; current: shared, lead, nao or null */
        GovernanceDiagnosisInput: {
            competencies: {
                [key: string]: unknown;
            };
            current?: string | null;
        };
        GovernanceDiagnosisResult: {
            close: boolean;
            /** @enum {string|null} */
            current: "shared" | "lead" | "nao" | null;
            /** @enum {string|null} */
            fits: "shared" | "lead" | "nao" | null;
            levels: {
                /** @enum {string|null} */
                competencies: "low" | "moderate" | "high" | "few" | "many" | null;
                /** @enum {string|null} */
                consensus: "low" | "moderate" | "high" | "few" | "many" | null;
                /** @enum {string|null} */
                participants: "low" | "moderate" | "high" | "few" | "many" | null;
                /** @enum {string|null} */
                trust: "low" | "moderate" | "high" | "few" | "many" | null;
            };
            reasons: {
                key: string;
                params?: {
                    [key: string]: string | number;
                };
            }[];
            scores: {
                lead: number;
                nao: number;
                shared: number;
            };
        };
        GraphFigures: {
            averageClustering: number | null;
            betweennessCentralization: number;
            /** @description null for a round analysed before brokers were defined, whose ties are no longer all there */
            brokerCount: number | null;
            /** @description The cut-offs of the broker rule (docs/analysis.md): twice the mean betweenness, the median constraint */
            brokerThresholds: {
                betweennessAbove: number;
                constraintBelow: number;
            } | null;
            communityCount: number;
            degreeCentralization: number;
            density: number;
            directed: boolean;
            edgeCount: number;
            eiExpected: number | null;
            /** @description E-I index by the brokerage groups: organisation of a person, kind of an organisation */
            eiIndex: number | null;
            isolateCount: number;
            maxCoreNumber: number | null;
            modularity: number;
            nodeCount: number;
            reciprocity: number | null;
        };
        HistoryEntry: {
            canDelete: boolean;
            createdByName: string | null;
            description: string;
            /** @description People removed from the network since; counted, not named */
            formerPeople: number;
            id: string;
            occurredOn: string;
            organisations: {
                id: string;
                name: string;
            }[];
            people: {
                id: string;
                name: string;
            }[];
            source: {
                id: string | null;
                /** @description manual, meeting, promise, project… */
                kind: string;
            };
            title: string;
        };
        ImportResult: {
            created: number;
            /**
             * @description A CSV file's delimiter; null for a workbook
             * @enum {string|null}
             */
            delimiter: "," | ";" | "\t" | null;
            dryRun: boolean;
            /**
             * @description The encoding a CSV file was found to be in (UTF-8, UTF-16 or Windows-1252); null for a workbook
             * @enum {string|null}
             */
            encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | null;
            errors: {
                code: string;
                column: string;
                message: string;
                /** @description Line number in the file, or row number in the sheet (the header is 1) */
                row: number;
            }[];
            /**
             * @description What the file was read as: CSV text, or an Excel workbook's first sheet
             * @enum {string}
             */
            format: "csv" | "xlsx";
            /** @description People whose account another network lists or who sign in themselves: invited to join, never added or changed */
            invited: number;
            mapping: {
                field: string | null;
                header: string;
            }[];
            /** @description Organisations the people import creates (or would create, on a dry run) because the network does not have them yet */
            newOrganisations: string[];
            totalRows: number;
            updated: number;
            written: boolean;
        };
        Indicator: {
            baseline: number | null;
            /** @description For a computed indicator: Solmu's value for the cycle now */
            currentComputed: number | null;
            /** @enum {string|null} */
            direction: "increase" | "decrease" | "keep" | null;
            goalId: string;
            id: string;
            /** @enum {string} */
            kind: "quantitative" | "qualitative";
            latest: {
                measuredOn: string;
                text: string;
                value: number | null;
            } | null;
            measurements: {
                /** @description Taken from Solmu's own data */
                computed: boolean;
                createdAt: string;
                createdBy: string | null;
                id: string;
                measuredOn: string;
                source: string;
                text: string;
                value: number | null;
            }[];
            name: string;
            progress: {
                share: number | null;
                /** @enum {string} */
                status: "reached" | "progressing" | "no_progress" | "unknown";
            };
            question: string;
            /** @description Shared by the copies of the indicator carried into later cycles */
            seriesId: string;
            /** @enum {string} */
            source: "manual" | "average_trust" | "density" | "promise_keeping" | "meeting_feedback" | "agreement_approval" | "contacts_fresh";
            target: number | null;
            trend: {
                cycleId: string;
                cycleName: string;
                text: string;
                value: number | null;
            }[];
            unit: string;
            version: number;
        };
        InstanceDocument: {
            /** @description Plain text; a line starting with `## ` is a heading, blank lines separate paragraphs */
            body: string;
            isDefault: boolean;
            /** @enum {string} */
            locale: "fi" | "sv" | "en";
            updatedAt: string | null;
            /** @description 0 while Solmu's own text is shown */
            version: number;
        };
        InstanceUser: {
            createdAt: string;
            disabledAt: string | null;
            email: string;
            id: string;
            isAdmin: boolean;
            lastSignInAt: string | null;
            name: string;
            networks: {
                id: string;
                name: string;
                /** @enum {string} */
                role: "coordinator" | "member" | "observer";
            }[];
            /** @description `password` and `sso:<provider id>` for each linked identity provider */
            signInMethods: string[];
        };
        Invitation: {
            createdAt: string;
            email: string;
            expiresAt: string;
            id: string;
            /** @enum {string} */
            role: "coordinator" | "member" | "observer";
        };
        Me: {
            /**
             * @description How often reminders are e-mailed as one digest
             * @enum {string}
             */
            digest: "off" | "daily" | "weekly";
            email: string;
            id: string;
            isAdmin: boolean;
            /** @enum {string} */
            locale: "fi" | "sv" | "en";
            name: string;
            /** @description How this session was opened: `password`, `sso:<provider>` or `token` */
            signedInWith: string;
        };
        Meeting: {
            agenda: {
                durationMinutes: number;
                id: string;
                method: string;
                /** @enum {string} */
                mode: "teaching" | "facilitation" | "hosting" | "none";
                notes: string;
                notesVersion: number;
                startMinute: number;
                title: string;
            }[];
            attendanceRecordedAt: string | null;
            canPlan: boolean;
            canWriteNotes: boolean;
            description: string;
            end: string;
            eventId: string;
            expectedOutcome: string;
            feedback: {
                mine: {
                    comment: string;
                    concreteProgress: number;
                    realDialogue: number;
                    timeWellUsed: number;
                } | null;
                /** @description Planners only; figures as last released, hidden below the minimum group size (decision 014) */
                summary: {
                    comments: string[];
                    concreteProgress: {
                        counts: number[];
                        mean: number | null;
                        n: number;
                    } | null;
                    hidden: boolean;
                    minGroupSize: number;
                    /** @description How many answers it takes before the figures are next recomputed */
                    nextReleaseAt: number;
                    realDialogue: {
                        counts: number[];
                        mean: number | null;
                        n: number;
                    } | null;
                    /** @description People behind the figures shown: they change only in steps of the minimum group size */
                    releasedRespondents: number | null;
                    /** @description People who have answered so far */
                    respondents: number;
                    timeWellUsed: {
                        counts: number[];
                        mean: number | null;
                        n: number;
                    } | null;
                } | null;
            };
            id: string;
            isParticipant: boolean;
            /**
             * @description The annual-clock event's kind
             * @enum {string}
             */
            kind: "network_meeting" | "workshop" | "steering_group" | "deadline" | "member_org_event";
            /** @description The meeting's length */
            minutes: number;
            minutesByMode: {
                facilitation: number;
                hosting: number;
                none: number;
                teaching: number;
            };
            /** @enum {string|null} */
            myRsvp: "yes" | "no" | "maybe" | null;
            onlineUrl: string | null;
            participants: {
                attended: boolean | null;
                facilitator: boolean;
                id: string;
                name: string;
                organisationName: string | null;
                /** @enum {string|null} */
                rsvp: "yes" | "no" | "maybe" | null;
            }[];
            place: string | null;
            purpose: string;
            rsvpDeadline: string | null;
            /** @description Whether invitees may still answer: until the end of the deadline day or, without a deadline, of the meeting's own day */
            rsvpOpen: boolean;
            seating: {
                /** @description assignment[round][person] = table */
                assignment: number[][];
                blockId: string | null;
                createdAt: string;
                hosts: number[];
                id: string;
                newPairs: number;
                people: {
                    id: string;
                    name: string;
                    organisationName: string | null;
                }[];
                rounds: number;
                tables: number;
                upperBound: number;
            } | null;
            start: string;
            /** @enum {string} */
            status: "confirmed" | "cancelled";
            timeZone: string;
            title: string;
            version: number;
            /** @description What the planner warns about */
            warnings: {
                /** @description Index of the block in the saved order */
                block?: number;
                /** @enum {string} */
                key: "overrun" | "overlap" | "gap" | "noDialogue" | "noBreak";
                minutes?: number;
            }[];
        };
        MeetingMinutes: {
            approvedAt: string | null;
            approvedByName: string | null;
            /** @description Whether you may edit and approve: planners, until approved */
            canEdit: boolean;
            canSend: boolean;
            downloadUrl: string | null;
            /** @description Whether a planner has saved a draft (otherwise the text is composed afresh) */
            saved: boolean;
            sentAt: string | null;
            /** @enum {string} */
            status: "draft" | "approved" | "sent";
            /** @description Markdown; composed from the meeting until a draft is saved; null to non-planners until approved */
            text: string | null;
            version: number;
        };
        Member: {
            /** @description Shown to coordinators only */
            email: string | null;
            id: string;
            name: string;
            organisationName: string | null;
            /** @enum {string} */
            role: "coordinator" | "member" | "observer";
            title: string | null;
            userId: string;
        };
        Network: {
            createdAt: string;
            governance: string;
            id: string;
            minGroupSize: number;
            name: string;
            /** @enum {string} */
            networkType: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic";
            purpose: string;
            requireSso: boolean;
            staleAfterDays: number;
            /** @enum {string} */
            surveyAnswersOnLeave: "aggregate" | "delete";
            surveyRetentionMonths: number | null;
            /** @enum {string} */
            surveyTiesVisibility: "individual" | "groups";
            updatedAt: string;
            version: number;
        };
        NetworkHome: {
            /** @description Members and coordinators: the newest agreement version and whether the draft has changed since it */
            agreement: {
                changedSinceProposal: boolean;
                number: number;
                /** @enum {string} */
                status: "proposed" | "approved" | "superseded";
            } | null;
            currentCycle: components["schemas"]["Cycle"] | null;
            cycleCount: number;
            evaluation: {
                /** @description Indicators on the current cycle's goals */
                indicators: number;
                /** @description The network's public page when it is on */
                publicPage: string | null;
                /** @description The current cycle's joint evaluation and whether you have answered it */
                round: {
                    answered: boolean;
                    closesOn: string;
                    /** @enum {string} */
                    status: "open" | "closed";
                } | null;
                /** @description Of them, those entered by hand that have no value in this cycle yet */
                withoutValue: number;
            };
            /** @description Coordinators only: how many directory profiles are confirmed within the threshold */
            freshness: {
                share: number | null;
                stale: number;
                total: number;
            } | null;
            /** @description Coordinators: no governance diagnosis has been made since the current cycle began (null for others) */
            governanceDiagnosisDue: boolean | null;
            meetings: {
                /** @description Activities of the current cycle */
                balance: {
                    sideBySide: number;
                    together: number;
                };
                next: {
                    id: string;
                    invited: boolean;
                    /** @enum {string|null} */
                    myRsvp: "yes" | "no" | "maybe" | null;
                    start: string;
                    title: string;
                } | null;
            };
            memberCount: number;
            /** @description Coordinators only: wished-for organisations and competences still missing */
            missingGaps: number | null;
            network: components["schemas"]["Network"];
            organisationCount: number;
            /** @description Members and coordinators, while a cycle runs: what the network asks of you now */
            pending: {
                /** @description A proposed agreement your organisation has not yet decided on, when you are one of its representatives */
                agreementVersionId: string | null;
                /**
                 * @description The current phase, while you have not evaluated it
                 * @enum {string|null}
                 */
                evaluatePhase: "assembling" | "agreeing" | "doing" | "evaluating" | null;
                /** @description You have not assessed the network's type in this cycle */
                networkTypeAssessment: boolean;
                /** @description Your open promises due within 14 days */
                promisesDueSoon: number;
                promisesOverdue: number;
            } | null;
            /** @description Coordinators only; null for others */
            pendingInvitations: number | null;
            polls: {
                /** @description Open polls in which you may vote and have not, soonest closing first */
                needingMe: {
                    closesAt: string;
                    id: string;
                    /** @enum {string} */
                    kind: "proposal" | "consent" | "choose" | "dot_vote" | "score" | "ranked_choice" | "time_poll";
                    title: string;
                }[];
                /** @description Open polls in the network */
                open: number;
            };
            /** @enum {string} */
            role: "coordinator" | "member" | "observer";
            /** @description Coordinators of a network still being set up: its first steps; null once all are done */
            setup: {
                done: boolean;
                /** @enum {string} */
                step: "purpose" | "organisations" | "goals" | "agreement" | "calendar" | "survey";
            }[] | null;
            /** @description The latest health-survey round that has begun, and where you stand in it */
            survey: {
                closesOn: string;
                invitedCount: number;
                /** @enum {string} */
                myState: "not_invited" | "not_started" | "draft" | "submitted";
                respondedCount: number;
                roundId: string;
                /** @enum {string} */
                status: "scheduled" | "open" | "closed";
                title: string;
            } | null;
            /** @description Coordinators only: member organisations that have named no representative and so cannot approve */
            unrepresented: number | null;
            /** @description Until you first save or confirm your profile: which parts of it are filled in */
            welcome: {
                competences: boolean;
                languages: boolean;
                needs: boolean;
                personId: string;
                photo: boolean;
            } | null;
        };
        NetworkInput: {
            /** @default  */
            governance: string;
            /** @example Pohjois-Savon hyvinvointiverkosto */
            name: string;
            /** @enum {string} */
            networkType: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic";
            /** @default  */
            purpose: string;
            /** @description Members reach the network only from a session opened through an identity provider (not a password or an API token); turning it on needs a configured provider and the coordinator signed in through one. Unchanged when left out */
            requireSso?: boolean;
            /**
             * @description Days after which directory contact details count as stale
             * @default 180
             */
            staleAfterDays: number;
            /**
             * @description When a member deletes their account: keep their answers only inside closed rounds' figures, or delete them
             * @default aggregate
             * @enum {string}
             */
            surveyAnswersOnLeave: "aggregate" | "delete";
            /**
             * @description Months after a survey round closes until its raw answers are deleted (its figures stay); null keeps them
             * @default null
             */
            surveyRetentionMonths: number | null;
            /**
             * @description Default for new survey rounds: coordinators see individual ties (who named whom), or only the structure of groups of at least the minimum group size
             * @default individual
             * @enum {string}
             */
            surveyTiesVisibility: "individual" | "groups";
        };
        NetworkResources: {
            gaps: {
                /** @description Kinds of resource no organisation brings ('other' is never a gap) */
                nobody: ("funding" | "in_kind" | "staff_time" | "volunteers" | "data" | "expertise" | "community_connections" | "facilitation" | "advocacy" | "premises" | "it" | "other")[];
                onlyOne: {
                    name: string;
                    organisationId: string;
                    /** @enum {string} */
                    resource: "funding" | "in_kind" | "staff_time" | "volunteers" | "data" | "expertise" | "community_connections" | "facilitation" | "advocacy" | "premises" | "it" | "other";
                }[];
            };
            /** @description Organisations in the network now, answered or not */
            organisationCount: number;
            /** @description Each organisation whose people (or representatives) answered, with every resource they named */
            organisations: {
                name: string;
                organisationId: string;
                resources: ("funding" | "in_kind" | "staff_time" | "volunteers" | "data" | "expertise" | "community_connections" | "facilitation" | "advocacy" | "premises" | "it" | "other")[];
            }[];
            /** @description The latest released round that asked; null when none has */
            round: {
                closedOn: string;
                id: string;
                /** @enum {string} */
                level: "person" | "organisation";
                title: string;
            } | null;
        };
        NetworkTypeResults: {
            cycles: {
                cycleId: string;
                cycleName: string;
                /** @description People who have answered so far */
                respondents: number;
                /** @description As last released: recomputed only when the minimum group size of new people has answered since (decision 014); null below the minimum group size */
                summary: {
                    agreement: number;
                    counts: {
                        [key: string]: number;
                    };
                    matchesDeclared: boolean | null;
                    meanGoalDirected: number;
                    /** @enum {string|null} */
                    perceived: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic" | null;
                    respondents: number;
                    spread: number;
                } | null;
            }[];
            /** @enum {string} */
            declared: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic";
            mine: {
                answers: {
                    [key: string]: number;
                };
                placement: {
                    goalDirected: number;
                    scores: {
                        [key: string]: number;
                    };
                    /** @enum {string} */
                    type: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic";
                };
            } | null;
            minGroupSize: number;
        };
        OpenSpaceBoard: {
            canArrange: boolean;
            canTakePart: boolean;
            me: string | null;
            sessions: {
                canEdit: boolean;
                convener: {
                    id: string;
                    name: string;
                } | null;
                id: string;
                notes: string;
                people: {
                    id: string;
                    name: string;
                }[];
                slotId: string | null;
                spaceId: string | null;
                topic: string;
                version: number;
            }[];
            slots: {
                id: string;
                label: string;
            }[];
            spaces: {
                id: string;
                name: string;
            }[];
        };
        Organisation: {
            contactName: string | null;
            contactPersonId: string | null;
            description: string;
            id: string;
            /** @enum {string} */
            kind: "municipality" | "wellbeing_county" | "ngo" | "company" | "parish" | "research" | "other";
            name: string;
            version: number;
            website: string | null;
        };
        OrganisationDetail: components["schemas"]["Organisation"] & {
            canEdit: boolean;
            /** @description Coordinators and the organisation's current representatives */
            canNameRepresentatives: boolean;
            people: {
                id: string;
                name: string;
                observer: boolean;
                photoUrl: string | null;
                representative: boolean;
                title: string | null;
            }[];
            /** @description The people the organisation has named to speak for it: they approve the agreement and answer organisation-level surveys */
            representatives: {
                id: string;
                name: string;
                photoUrl: string | null;
                title: string | null;
            }[];
        };
        OrganisationInput: {
            /** @default null */
            contactPersonId: string | null;
            /** @default  */
            description: string;
            /** @enum {string} */
            kind: "municipality" | "wellbeing_county" | "ngo" | "company" | "parish" | "research" | "other";
            name: string;
            /** @default null */
            website: string | null;
        };
        OutboxMessage: {
            body: string;
            createdAt: string;
            error: string | null;
            id: string;
            kind: string;
            link: string | null;
            sentAt: string | null;
            subject: string;
            to: string;
        };
        Person: {
            behindTitle: string | null;
            canEdit: boolean;
            /** @description The viewer may change the name: the person, or a coordinator while only this network holds the account */
            canEditName: boolean;
            competences: string[];
            confirmedAt: string | null;
            /** @description Null when hidden from you */
            email: string | null;
            /**
             * @description Only to those who can edit the profile
             * @enum {string|null}
             */
            emailVisibility: "members" | "coordinators" | null;
            expectations: string | null;
            id: string;
            isSelf: boolean;
            languages: string[];
            name: string;
            needs: string[];
            organisationId: string | null;
            organisationName: string | null;
            phone: string | null;
            /** @enum {string|null} */
            phoneVisibility: "members" | "coordinators" | null;
            photoUrl: string | null;
            /** @enum {string} */
            role: "coordinator" | "member" | "observer";
            /** @description Not confirmed within the network's threshold */
            stale: boolean;
            title: string | null;
            version: number | null;
        };
        PersonalData: {
            explanation: string;
            exportedAt: string;
            format: string;
            person: {
                email: string;
                id: string;
                name: string;
            };
            tables: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
        };
        PersonInput: {
            behindTitle?: string | null;
            competences?: string[];
            /** @enum {string} */
            emailVisibility?: "members" | "coordinators";
            expectations?: string | null;
            languages?: string[];
            name?: string;
            needs?: string[];
            organisationId?: string | null;
            phone?: string | null;
            /** @enum {string} */
            phoneVisibility?: "members" | "coordinators";
            title?: string | null;
            version: number;
        };
        Poll: {
            allowChange: boolean;
            anonymous: boolean;
            /** @enum {string} */
            audience: "members" | "organisations" | "group";
            canClose: boolean;
            canDelete: boolean;
            canPlanMeeting: boolean;
            canSettle: boolean;
            canVote: boolean;
            chosenOptionId: string | null;
            closedAt: string | null;
            closesAt: string;
            createdAt: string;
            decisionId: string | null;
            /** @enum {string} */
            decisionKind: "ordinary" | "major";
            details: string;
            dots: number;
            eligible: number;
            eventId: string | null;
            hasVoted: boolean;
            hideResultsUntilClosed: boolean;
            id: string;
            /** @enum {string} */
            kind: "proposal" | "consent" | "choose" | "dot_vote" | "score" | "ranked_choice" | "time_poll";
            maxChoices: number;
            myVote: {
                /** @enum {string} */
                choice: "agree" | "abstain" | "disagree" | "block";
                /** @enum {string} */
                kind: "proposal";
                reason: string;
            } | {
                /** @enum {string} */
                choice: "consent" | "objection";
                /** @enum {string} */
                kind: "consent";
                reason: string;
            } | {
                /** @enum {string} */
                kind: "choose";
                optionIds: string[];
            } | {
                dots: {
                    [key: string]: number;
                };
                /** @enum {string} */
                kind: "dot_vote";
            } | {
                /** @enum {string} */
                kind: "score";
                scores: {
                    [key: string]: number;
                };
            } | {
                /** @enum {string} */
                kind: "ranked_choice";
                ranking: string[];
            } | {
                answers: {
                    [key: string]: "yes" | "maybe" | "no";
                };
                /** @enum {string} */
                kind: "time_poll";
            } | null;
            open: boolean;
            options: components["schemas"]["PollOption"][];
            quorumPercent: number | null;
            /** @description Null while the results are hidden until the poll closes */
            results: components["schemas"]["PollResults"] | null;
            /** @description Proposals: the agreement's rule when the poll opened; consent polls: consent */
            rule: components["schemas"]["DecisionRule"] | null;
            timeZone: string;
            title: string;
            /** @description Who has voted */
            voters: {
                name: string;
                organisationName: string | null;
            }[];
            votesForOrganisation: boolean;
        };
        PollInput: {
            /** @default true */
            allowChange: boolean;
            /** @default false */
            anonymous: boolean;
            /**
             * @default members
             * @enum {string}
             */
            audience: "members" | "organisations" | "group";
            /**
             * @description audience=group: the people (directory ids) who may vote
             * @default []
             */
            audienceIds: string[];
            /** Format: date-time */
            closesAt: string;
            /**
             * @default ordinary
             * @enum {string}
             */
            decisionKind: "ordinary" | "major";
            /** @default  */
            details: string;
            /** @default null */
            dots: number | null;
            /** @default false */
            hideResultsUntilClosed: boolean;
            /** @enum {string} */
            kind: "proposal" | "consent" | "choose" | "dot_vote" | "score" | "ranked_choice" | "time_poll";
            /** @default null */
            maxChoices: number | null;
            /** @default [] */
            options: {
                end?: string;
                label?: string;
                start?: string;
            }[];
            /**
             * @description Share of those who may vote, in %
             * @default null
             */
            quorum: number | null;
            /** @default Europe/Helsinki */
            timeZone: string;
            title: string;
        };
        PollListItem: {
            allowChange: boolean;
            anonymous: boolean;
            /** @enum {string} */
            audience: "members" | "organisations" | "group";
            chosenOptionId: string | null;
            closedAt: string | null;
            closesAt: string;
            createdAt: string;
            /** @enum {string} */
            decisionKind: "ordinary" | "major";
            details: string;
            dots: number;
            eventId: string | null;
            hideResultsUntilClosed: boolean;
            id: string;
            /** @enum {string} */
            kind: "proposal" | "consent" | "choose" | "dot_vote" | "score" | "ranked_choice" | "time_poll";
            maxChoices: number;
            /** @description Open, the actor may vote and has not */
            needsMyVote: boolean;
            open: boolean;
            options: components["schemas"]["PollOption"][];
            /** @description Closed polls: the outcome as it was frozen at closing */
            outcome: {
                optionIds: string[];
                /** @enum {string} */
                status: "passed" | "rejected" | "chosen" | "tie" | "no_quorum" | "no_votes";
            } | null;
            quorumPercent: number | null;
            /** @description Proposals: the agreement's rule when the poll opened; consent polls: consent */
            rule: components["schemas"]["DecisionRule"] | null;
            timeZone: string;
            title: string;
            voted: number;
        };
        PollOption: {
            end: string | null;
            id: string;
            label: string;
            /** @description Time polls: local start, YYYY-MM-DDTHH:mm in the poll's time zone */
            start: string | null;
        };
        PollResults: {
            eligible: number;
            outcome: {
                optionIds: string[];
                /** @enum {string} */
                status: "passed" | "rejected" | "chosen" | "tie" | "no_quorum" | "no_votes";
            };
            reasons: {
                choice: string;
                name: string | null;
                reason: string;
            }[];
            tally: {
                ballots: number;
                choices: {
                    [key: string]: number;
                };
                maybes: {
                    [key: string]: number;
                };
                means: {
                    [key: string]: number;
                };
                rounds: {
                    counts: {
                        [key: string]: number;
                    };
                    eliminated: string[];
                    exhausted: number;
                }[];
                runoffWinners: string[];
                totals: {
                    [key: string]: number;
                };
            };
            voted: number;
            votes: {
                name: string;
                organisationName: string | null;
                vote: components["schemas"]["PollVote"];
            }[];
        };
        PollVote: {
            /** @enum {string} */
            choice: "agree" | "abstain" | "disagree" | "block";
            /** @enum {string} */
            kind: "proposal";
            reason: string;
        } | {
            /** @enum {string} */
            choice: "consent" | "objection";
            /** @enum {string} */
            kind: "consent";
            reason: string;
        } | {
            /** @enum {string} */
            kind: "choose";
            optionIds: string[];
        } | {
            dots: {
                [key: string]: number;
            };
            /** @enum {string} */
            kind: "dot_vote";
        } | {
            /** @enum {string} */
            kind: "score";
            scores: {
                [key: string]: number;
            };
        } | {
            /** @enum {string} */
            kind: "ranked_choice";
            ranking: string[];
        } | {
            answers: {
                [key: string]: "yes" | "maybe" | "no";
            };
            /** @enum {string} */
            kind: "time_poll";
        };
        PollVoteInput: {
            answers?: {
                [key: string]: string;
            };
            choice?: string;
            dots?: {
                [key: string]: number;
            };
            optionIds?: string[];
            ranking?: string[];
            reason?: string;
            scores?: {
                [key: string]: number;
            };
        };
        Promise: {
            agreementSectionId: string | null;
            canChange: boolean;
            closedOn: string | null;
            cycleId: string | null;
            dueOn: string;
            goalId: string | null;
            id: string;
            /** @description The organisation promised for; null when the person promised for themselves */
            onBehalfOf: {
                id: string;
                name: string;
            } | null;
            overdue: boolean;
            /** @description Null when the person has since left the network */
            promiser: {
                id: string;
                name: string;
            } | null;
            renegotiations: number;
            /** @enum {string} */
            state: "open" | "kept" | "renegotiated" | "not_kept";
            text: string;
            to: {
                id: string | null;
                /** @enum {string} */
                kind: "network" | "person" | "organisation";
                name: string | null;
            };
            version: number;
        };
        PromiseDetail: components["schemas"]["Promise"] & {
            history: {
                changedAt: string;
                changedByName: string | null;
                dueOn: string;
                factors: {
                    /** @enum {string} */
                    factor: "time" | "mandate" | "money" | "skills" | "information" | "other";
                    /** @enum {string} */
                    kind: "barrier" | "enabler";
                }[];
                note: string;
                /** @enum {string} */
                state: "open" | "kept" | "renegotiated" | "not_kept";
                text: string;
            }[];
        };
        Publishing: {
            news: {
                body: string;
                createdAt: string;
                id: string;
                publishedAt: string | null;
                title: string;
                updatedAt: string;
                version: number;
            }[];
            settings: {
                enabled: boolean;
                intro: string;
                /** @description The latest approved agreement */
                showAgreement: boolean;
                showGoals: boolean;
                /** @description The network map aggregated to groups of at least the minimum group size */
                showMap: boolean;
                showPractices: boolean;
                /** @description Indicators with their latest values, Solmu's figures and the joint evaluation's aggregates */
                showResults: boolean;
                /** @description The public page is at /p/{slug} */
                slug: string;
                /** @description 0 until first saved */
                version: number;
            };
        };
        QuestionnaireAnswers: {
            [key: string]: string | number;
        };
        SearchHit: {
            date: string | null;
            detail: string | null;
            id: string;
            /** @enum {string} */
            kind: "person" | "organisation" | "meeting" | "event" | "promise" | "decision" | "goal" | "agreementSection" | "practice";
            networkId: string;
            networkName: string;
            title: string;
        };
        SearchResult: {
            groups: {
                items: components["schemas"]["SearchHit"][];
                /** @enum {string} */
                kind: "person" | "organisation" | "meeting" | "event" | "promise" | "decision" | "goal" | "agreementSection" | "practice";
            }[];
            query: string;
        };
        /** @description The identity providers configured on this instance (OIDC_* settings) */
        SignInProviders: {
            items: {
                id: string;
                label: string;
                /** @description Where the browser goes to begin; add `returnTo` (a path of the app) to its query */
                start: string;
            }[];
        };
        StatedDecisionRule: {
            /** @enum {string} */
            decisionKind: "ordinary" | "major";
            quorumPercent: number | null;
            rule: components["schemas"]["DecisionRule"];
            stated: boolean;
        };
        SurveyAnalysis: {
            communities: {
                id: number;
                organisations: string[];
                size: number;
            }[];
            edges: components["schemas"]["SurveyMapEdge"][];
            graph: components["schemas"]["GraphFigures"] | null;
            /** @description Under group structure (the round's tiesVisibility): the map by communities of at least the minimum group size; nodes and edges are then empty */
            groups: {
                groups: {
                    id: number;
                    size: number;
                }[];
                hiddenPeople: number;
                links: {
                    source: number;
                    target: number;
                    ties: number;
                }[];
            } | null;
            /** @description The round is still open, or fewer respondents than the minimum group size */
            hidden: boolean;
            /** @description E-I index by organisation (person level), organisation kind and community */
            homophily: components["schemas"]["SurveyHomophily"][];
            minGroupSize: number;
            nodes: components["schemas"]["SurveyMapNode"][];
            observations: components["schemas"]["SurveyObservation"][];
            organisations: components["schemas"]["SurveyOrganisationFigures"][];
            previous: {
                graph: components["schemas"]["GraphFigures"];
                roundId: string;
                title: string;
            } | null;
            resources: components["schemas"]["SurveyResourceFigures"] | null;
            respondents: number;
            round: components["schemas"]["SurveyRound"];
        };
        SurveyChangeValue: {
            after: number | null;
            /** @description In the earlier round; null when it lacks the figure or it was not released */
            before: number | null;
            /** @description after − before; null unless both are known */
            change: number | null;
        };
        SurveyDistribution: {
            /** @description Answers of each value of the scale; empty when hidden */
            counts: number[];
            /** @description Fewer raters than the minimum group size: mean null, counts empty */
            hidden: boolean;
            mean: number | null;
            n: number;
            /** @description Distinct people whose answers are in this figure */
            raters: number;
        };
        SurveyEgoAnswer: {
            ego: components["schemas"]["SurveyEgoNetwork"] | null;
            /**
             * @description Why there is no ego network: the round is open or too few answered, it shows only groups, or the node is not in it
             * @enum {string|null}
             */
            reason: "notReleased" | "groups" | "notInRound" | null;
            round: {
                closesOn: string;
                id: string;
                /** @enum {string} */
                level: "person" | "organisation";
                title: string;
            };
        };
        SurveyEgoNetwork: {
            alters: {
                id: string;
                kind: string | null;
                label: string;
                /** @description The centre named this contact */
                named: boolean;
                /** @description This contact named the centre */
                namedBy: boolean;
                organisationName: string | null;
            }[];
            constraint: number | null;
            density: number;
            effectiveSize: number | null;
            /** @description Organisations (rounds of people) or kinds (rounds of organisations) spanned */
            groups: string[];
            node: {
                id: string;
                kind: string | null;
                label: string;
                organisationName: string | null;
            };
            size: number;
            /** @description Ties among the contacts, as named */
            ties: {
                source: string;
                target: string;
            }[];
        };
        SurveyElements: {
            commitment: components["schemas"]["SurveyDistribution"];
            frequency: components["schemas"]["SurveyDistribution"];
            knowing: components["schemas"]["SurveyDistribution"];
            self: {
                autonomy: components["schemas"]["SurveyDistribution"];
                connectedness: components["schemas"]["SurveyDistribution"];
                meaningfulness: components["schemas"]["SurveyDistribution"];
            };
            trust: {
                competence: components["schemas"]["SurveyDistribution"];
                consistency: components["schemas"]["SurveyDistribution"];
                goodwill: components["schemas"]["SurveyDistribution"];
                vulnerability: components["schemas"]["SurveyDistribution"];
            };
        };
        SurveyHomophily: {
            /** @enum {string} */
            by: "organisation" | "kind" | "community";
            groups: {
                external: number;
                index: number | null;
                internal: number;
                name: string;
                size: number;
            }[];
            network: {
                expected: number | null;
                external: number;
                index: number | null;
                internal: number;
            };
        };
        SurveyMapEdge: {
            commitment: number | null;
            competence: number | null;
            consistency: number | null;
            frequency: number;
            goodwill: number | null;
            knowing: number;
            raters: number;
            source: string;
            target: string;
            vulnerability: number | null;
        };
        SurveyMapNode: {
            betweenness: number;
            broker: boolean;
            brokerage: components["schemas"]["BrokerageRoles"] | null;
            closeness: number;
            clustering: number | null;
            community: number;
            constraint: number | null;
            coreNumber: number | null;
            crossCommunityTies: number;
            degree: number;
            degreeCentrality: number;
            effectiveSize: number | null;
            eigenvector: number | null;
            eiIndex: number | null;
            id: string;
            inDegree: number;
            inStrength: number;
            isolate: boolean;
            kind: string | null;
            label: string;
            organisationId: string | null;
            organisationName: string | null;
            outDegree: number;
            outStrength: number;
            pagerank: number;
            received: components["schemas"]["SurveyReceivedFigures"];
            reciprocity: number | null;
            responded: boolean;
            strength: number;
            value?: components["schemas"]["SurveyReceivedValue"] | null;
            weightedConstraint: number | null;
            weightedEffectiveSize: number | null;
        };
        SurveyNodeChange: {
            betweenness: components["schemas"]["SurveyChangeValue"];
            broker: {
                after: boolean | null;
                before: boolean | null;
                /** @enum {string|null} */
                change: "gained" | "lost" | "unchanged" | null;
            };
            constraint: components["schemas"]["SurveyChangeValue"];
            id: string;
            inDegree: components["schemas"]["SurveyChangeValue"];
            label: string;
            organisationName: string | null;
            outDegree: components["schemas"]["SurveyChangeValue"];
            /** @enum {string} */
            presence: "both" | "joined" | "left";
        };
        SurveyObservation: {
            /**
             * @description A sentence under surveys.observations
             * @enum {string}
             */
            key: "lowResponse" | "lowestTrust" | "trustDown" | "trustUp" | "lowSelfCommitment" | "topBarrier" | "typeMismatch" | "isolates" | "separatedGroups" | "lowReciprocity" | "brokers" | "ownKind" | "densityDown" | "densityUp";
            params: {
                [key: string]: string | number;
            };
        };
        SurveyOrganisationChange: {
            id: string;
            kind: string;
            meanBetweenness: components["schemas"]["SurveyChangeValue"];
            meanDegree: components["schemas"]["SurveyChangeValue"];
            name: string;
            nodes: components["schemas"]["SurveyChangeValue"];
            /** @enum {string} */
            presence: "both" | "joined" | "left";
            /** @description Trust received; each value only from the minimum group size of raters */
            trust: {
                competence: components["schemas"]["SurveyChangeValue"];
                consistency: components["schemas"]["SurveyChangeValue"];
                goodwill: components["schemas"]["SurveyChangeValue"];
                vulnerability: components["schemas"]["SurveyChangeValue"];
            };
        };
        SurveyOrganisationFigures: {
            id: string;
            isolates: number;
            kind: string;
            meanBetweenness: number;
            meanDegree: number;
            name: string;
            nodes: number;
            received: components["schemas"]["SurveyReceivedFigures"];
            value?: components["schemas"]["SurveyReceivedValue"] | null;
        };
        SurveyReceivedFigures: {
            commitment: number | null;
            competence: number | null;
            consistency: number | null;
            goodwill: number | null;
            raters: number;
            vulnerability: number | null;
        };
        /** @description How valuable partners find it (1–4 means); each null below the minimum group size of raters who gave it a number */
        SurveyReceivedValue: {
            /** @description Distinct people who rated it knowing it at least by name */
            raters: number;
            valueInvolvement: number | null;
            valuePower: number | null;
            valueResources: number | null;
        };
        SurveyResourceFigures: {
            coverage: {
                organisations: number;
                /** @enum {string} */
                resource: "funding" | "in_kind" | "staff_time" | "volunteers" | "data" | "expertise" | "community_connections" | "facilitation" | "advocacy" | "premises" | "it" | "other";
            }[];
            organisations: {
                name: string;
                organisationId: string;
                resources: {
                    /** @description How many of its respondents named it; null at organisation level or below the minimum group size */
                    count: number | null;
                    /** @enum {string} */
                    resource: "funding" | "in_kind" | "staff_time" | "volunteers" | "data" | "expertise" | "community_connections" | "facilitation" | "advocacy" | "premises" | "it" | "other";
                }[];
                respondents: number;
            }[];
            values: {
                valueInvolvement: components["schemas"]["SurveyDistribution"];
                valuePower: components["schemas"]["SurveyDistribution"];
                valueResources: components["schemas"]["SurveyDistribution"];
            };
        };
        SurveyResponse: {
            barriers: ("time" | "mandate" | "money" | "skills" | "information" | "other")[];
            barriersText: string;
            enablers: ("time" | "mandate" | "money" | "skills" | "information" | "other")[];
            enablersText: string;
            /** @enum {string|null} */
            networkType: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic" | null;
            ratings: {
                /** @description 1–5; null = can't say */
                commitment: number | null;
                /** @description 1–5; null = can't say */
                competence: number | null;
                /** @description 1–5; null = can't say */
                consistency: number | null;
                /** @description 0 never · 1 once or twice a year · 2 a few times a year · 3 monthly · 4 weekly */
                frequency: number;
                /** @description 1–5; null = can't say */
                goodwill: number | null;
                /** @description 0 don't know · 1 by name · 2 know their work · 3 know them well */
                knowing: number;
                targetId: string;
                /** @description How involved the partner is in the network's work */
                valueInvolvement: number | null;
                /** @description How much power and influence the partner has in the network */
                valuePower: number | null;
                /** @description How much the partner contributes in resources */
                valueResources: number | null;
                /** @description 1–5; null = can't say */
                vulnerability: number | null;
            }[];
            resources: ("funding" | "in_kind" | "staff_time" | "volunteers" | "data" | "expertise" | "community_connections" | "facilitation" | "advocacy" | "premises" | "it" | "other")[];
            resourcesText: string;
            selfCommitment: {
                /** @description 1–5; null = can't say */
                autonomy: number | null;
                /** @description 1–5; null = can't say */
                connectedness: number | null;
                /** @description 1–5; null = can't say */
                meaningfulness: number | null;
            };
            /** @enum {string} */
            status: "draft" | "submitted";
            submittedAt: string | null;
            updatedAt: string;
            version: number;
        };
        SurveyResults: {
            barriers: {
                count: number;
                /** @enum {string} */
                factor: "time" | "mandate" | "money" | "skills" | "information" | "other";
            }[];
            elements: components["schemas"]["SurveyElements"] | null;
            enablers: {
                count: number;
                /** @enum {string} */
                factor: "time" | "mandate" | "money" | "skills" | "information" | "other";
            }[];
            /** @description The round is still open, or fewer respondents than the minimum group size: no figures */
            hidden: boolean;
            invited: number;
            minGroupSize: number;
            networkType: {
                /** @enum {string|null} */
                declared: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic" | null;
                votes: {
                    count: number;
                    /** @enum {string} */
                    type: "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic";
                }[];
            } | null;
            observations: components["schemas"]["SurveyObservation"][];
            previous: {
                elements: components["schemas"]["SurveyElements"] | null;
                roundId: string;
                title: string;
            } | null;
            resources: components["schemas"]["SurveyResourceFigures"] | null;
            respondents: number;
            round: components["schemas"]["SurveyRound"];
            texts: {
                barriers: string[];
                enablers: string[];
            } | null;
        };
        SurveyRound: {
            /** @description When its raw answers were deleted under the network's retention */
            answersPurgedAt: string | null;
            /** @description The round asks what each organisation brings and how valuable partners are */
            asksResources: boolean;
            /** @enum {string} */
            audience: "all" | "selected";
            canAnswer: boolean;
            closedAt: string | null;
            closesOn: string;
            cycleId: string | null;
            cycleName: string | null;
            /** @description Its figures are frozen as anonymous aggregates (some answers live on only inside them) */
            frozen: boolean;
            id: string;
            invitedCount: number;
            /** @enum {string} */
            level: "person" | "organisation";
            /** @enum {string} */
            myState: "not_invited" | "not_started" | "draft" | "submitted";
            opensOn: string;
            /** @description Submitted answers; drafts are not counted */
            respondedCount: number;
            /** @description What each role sees of a respondent's answer in this round: the policy the server enforces, shown before answering */
            seenBy: {
                coordinator: ("own_answers" | "closed_figures" | "free_texts" | "individual_ties" | "ego_ties" | "group_structure" | "published_figures" | "organisation_resources")[];
                member: ("own_answers" | "closed_figures" | "free_texts" | "individual_ties" | "ego_ties" | "group_structure" | "published_figures" | "organisation_resources")[];
                public: ("own_answers" | "closed_figures" | "free_texts" | "individual_ties" | "ego_ties" | "group_structure" | "published_figures" | "organisation_resources")[];
                respondent: ("own_answers" | "closed_figures" | "free_texts" | "individual_ties" | "ego_ties" | "group_structure" | "published_figures" | "organisation_resources")[];
            };
            /**
             * @description Closed after the closing date or when a coordinator closes it
             * @enum {string}
             */
            status: "scheduled" | "open" | "closed";
            /**
             * @description Fixed when the round opens: coordinators see individual ties, or only the structure of groups
             * @enum {string}
             */
            tiesVisibility: "individual" | "groups";
            title: string;
            version: number;
        };
        SurveyRoundChange: {
            /** @description How many ties are new, lost and kept, and how the kept ones moved */
            counts: {
                frequency: {
                    strengthened: number;
                    unchanged: number;
                    weakened: number;
                };
                kept: number;
                knowing: {
                    strengthened: number;
                    unchanged: number;
                    weakened: number;
                };
                lost: number;
                new: number;
            } | null;
            /** @description The earlier of the two rounds */
            from: {
                closesOn: string;
                opensOn: string;
                respondents: number;
                roundId: string;
                /** @enum {string} */
                tiesVisibility: "individual" | "groups";
                title: string;
            };
            /** @enum {string} */
            level: "person" | "organisation";
            minGroupSize: number;
            network: {
                averageClustering: components["schemas"]["SurveyChangeValue"];
                betweennessCentralization: components["schemas"]["SurveyChangeValue"];
                brokerCount: components["schemas"]["SurveyChangeValue"];
                density: components["schemas"]["SurveyChangeValue"];
                edgeCount: components["schemas"]["SurveyChangeValue"];
                isolateCount: components["schemas"]["SurveyChangeValue"];
                nodeCount: components["schemas"]["SurveyChangeValue"];
                reciprocity: components["schemas"]["SurveyChangeValue"];
            };
            /** @description Ordered by how much the position moved (docs/analysis.md) */
            nodes: components["schemas"]["SurveyNodeChange"][];
            organisations: components["schemas"]["SurveyOrganisationChange"][];
            ties: components["schemas"]["SurveyTieChange"][];
            /** @description False when a round's ties were deleted with its raw answers (retention): no tie or node change then */
            tiesComparable: boolean;
            /**
             * @description groups when either round shows only group structure: then ties and nodes are empty
             * @enum {string}
             */
            tiesVisibility: "individual" | "groups";
            /** @description The later of the two rounds */
            to: {
                closesOn: string;
                opensOn: string;
                respondents: number;
                roundId: string;
                /** @enum {string} */
                tiesVisibility: "individual" | "groups";
                title: string;
            };
            /** @description The network's mean trust per dimension, compared only when both rounds released it */
            trust: {
                competence: components["schemas"]["SurveyChangeValue"];
                consistency: components["schemas"]["SurveyChangeValue"];
                goodwill: components["schemas"]["SurveyChangeValue"];
                vulnerability: components["schemas"]["SurveyChangeValue"];
            };
        };
        SurveyTarget: {
            id: string;
            kind: string | null;
            name: string;
            organisationName: string | null;
        };
        SurveyTieChange: {
            frequency: components["schemas"]["SurveyChangeValue"];
            /** @enum {string|null} */
            frequencyDirection: "strengthened" | "weakened" | "unchanged" | null;
            knowing: components["schemas"]["SurveyChangeValue"];
            /**
             * @description On a kept tie, which way knowing moved
             * @enum {string|null}
             */
            knowingDirection: "strengthened" | "weakened" | "unchanged" | null;
            /**
             * @description new: only in the later round; lost: only in the earlier; kept: in both
             * @enum {string}
             */
            presence: "new" | "lost" | "kept";
            source: string;
            sourceLabel: string;
            target: string;
            targetLabel: string;
        };
        SurveyTrendPoint: {
            closesOn: string;
            commitment: number | null;
            density: number | null;
            isolates: number | null;
            knowing: number | null;
            /** @enum {string} */
            level: "person" | "organisation";
            modularity: number | null;
            reciprocity: number | null;
            respondents: number;
            roundId: string;
            self: {
                autonomy: number | null;
                connectedness: number | null;
                meaningfulness: number | null;
            };
            title: string;
            trust: {
                competence: number | null;
                consistency: number | null;
                goodwill: number | null;
                vulnerability: number | null;
            };
        };
        Webhook: {
            active: boolean;
            createdAt: string;
            events: ("poll.opened" | "poll.closed" | "meeting.created" | "meeting.changed" | "decision.recorded" | "survey.opened" | "survey.closing" | "agreement.proposed" | "agreement.approved" | "promise.due")[];
            id: string;
            /** @enum {string} */
            kind: "teams" | "slack" | "matrix" | "json";
            /** @enum {string} */
            locale: "fi" | "sv" | "en";
            /** @description The token's last four characters */
            matrixAccessTokenHint: string | null;
            matrixAccessTokenSet: boolean;
            matrixHomeserver: string | null;
            matrixRoomId: string | null;
            name: string;
            /** @description The signing secret's last four characters */
            secretHint: string | null;
            secretSet: boolean;
            updatedAt: string;
            /** @description Scheme and host only, with the last characters: the full URL is a secret */
            url: string | null;
            version: number;
        };
        WebhookDelivery: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            /** @description What went wrong in the last attempt, briefly */
            error: string | null;
            /** @description The last attempt's HTTP status; null when no answer came */
            httpStatus: number | null;
            id: string;
            /** @description The event's kind, or `test` */
            kind: string;
            lastAttemptAt: string | null;
            /** @description When a pending delivery is tried next */
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            title: string;
        };
        WebhookTestResult: {
            error: string | null;
            httpStatus: number | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
