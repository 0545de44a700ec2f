/** A supporter or coordinator signed in the way an HR portal would: a bearer session for the widgets' header provider. */
export declare function bearerSession(role: 'supporter' | 'coordinator', supporterId?: string): Promise<{
    accountId: string;
    headers: Record<string, string>;
}>;
