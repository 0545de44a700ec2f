import { API_URL } from './rig.js';
/** A supporter or coordinator signed in the way an HR portal would: a bearer session for the widgets' header provider. */
export async function bearerSession(role, supporterId) {
    const created = await (await fetch(`/__accounts/create?role=${role}${supporterId ? `&supporter=${supporterId}` : ''}`)).json();
    const response = await fetch(`${API_URL}session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: created.token, mode: 'bearer' }),
    });
    const session = await response.json();
    return { accountId: created.accountId, headers: { Authorization: `Bearer ${session.sessionToken}` } };
}
