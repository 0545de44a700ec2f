/** Teams are typed by people and portals: compare them without case or extra spaces. */
export function sameTeam(a, b) {
    const normal = (team) => team.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
    return !!a?.trim() && !!b?.trim() && normal(a) === normal(b);
}
export function isOverdue(row, now) {
    return !row.contacted_at && row.respond_by < now.toISOString();
}
/** How much of a request this viewer may see, or `undefined` when they may not know it exists. */
export function viewOf(viewer, row, coordinatorReads, now) {
    const { account } = viewer;
    if (account.role === 'coordinator') {
        if (coordinatorReads === 'all' || (coordinatorReads === 'overdue' && isOverdue(row, now)))
            return 'full';
        return 'summary';
    }
    if (row.supporter_id !== null)
        return row.supporter_id === account.supporterId ? 'full' : undefined;
    if (row.claimed_by !== null)
        return row.claimed_by === account.id ? 'full' : undefined;
    if (sameTeam(row.requester_team, viewer.team))
        return undefined;
    return 'preview';
}
/** Whether this supporter may be handed the request (by taking it, or by a coordinator assigning it). */
export function mayReceive(supporter, row) {
    if (row.supporter_id !== null)
        return row.supporter_id === supporter.supporterId;
    return !sameTeam(row.requester_team, supporter.team);
}
/** A first name is what the team needs to see before someone takes a request. */
export function firstName(name) {
    return name.trim().split(/\s+/u)[0] ?? '';
}
/** The inbox item for one view: fields outside the view are not sent at all. */
export function toInboxItem(row, view, viewer, now) {
    const preferences = row.preferences ? JSON.parse(row.preferences) : undefined;
    const base = {
        id: row.id,
        view,
        status: row.contacted_at ? 'contacted' : row.claimed_by ? 'claimed' : 'open',
        claimedByMe: row.claimed_by === viewer.account.id,
        urgency: row.urgency,
        receivedAt: row.received_at,
        respondBy: row.respond_by,
        overdue: isOverdue(row, now),
        ...(row.supporter_id ? { supporterId: row.supporter_id } : {}),
        ...(row.returned_reason === 'supporter-left' ? { returnedReason: 'supporter-left' } : {}),
    };
    if (viewer.account.role === 'coordinator' && row.claimed_by)
        base.claimedBy = row.claimed_by;
    if (view === 'summary')
        return base;
    const shared = {
        ...(preferences && Object.keys(preferences).length ? { preferences } : {}),
        referral: row.referral === 1,
    };
    if (view === 'preview')
        return { ...base, ...(row.name ? { name: firstName(row.name) } : {}), ...shared };
    return {
        ...base,
        ...shared,
        ...(row.name ? { name: row.name } : {}),
        ...(row.channel_kind && row.channel_value ? { channel: { kind: row.channel_kind, value: row.channel_value } } : {}),
        ...(row.best_times ? { bestTimes: row.best_times } : {}),
        ...(row.message ? { message: row.message } : {}),
    };
}
