/**
 * What a notification may say, and nothing more: that a request is waiting (or nearly or already
 * past its respond-by time), when to respond by, and where the inbox is. Never a name, a contact
 * detail, a message, a team or even the request's id: a notification travels through systems the
 * program does not control (mail servers, push services, chat tools) and sits on lock screens.
 */
export const NOTICE_KINDS = ['request-waiting', 'request-due-soon', 'request-overdue'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface Notice {
  kind: NoticeKind;
  /** ISO 8601, UTC. */
  respondBy: string;
  /** The supporters' inbox page (the program's own intranet page), never a link to one request. */
  inboxUrl: string;
}

/** Who is told: a supporter or coordinator account, and where each channel reaches them. */
export interface Recipient {
  /** The account's opaque id: the webhook uses it to route; the other channels never send it. */
  accountId: string;
  /** For e-mail: the address the account asked to be told at. */
  email?: string;
}

/** One way of telling people. `send` rejects when the channel failed (the caller logs and moves on). */
export interface NoticeChannel {
  readonly name: 'web-push' | 'email' | 'webhook';
  send(recipient: Recipient, notice: Notice): Promise<void>;
  close?(): Promise<void>;
}

/** Builds a notice from exactly the fields it may carry, whatever object it is handed. */
export function noticeOf(kind: NoticeKind, respondBy: string | Date, inboxUrl: string): Notice {
  return { kind, respondBy: new Date(respondBy).toISOString(), inboxUrl };
}

/** The words every channel uses: a subject line and one or two plain sentences. */
export function noticeWords(notice: Notice, timeZone?: string): { title: string; body: string } {
  let when: string;
  try {
    when = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(notice.respondBy));
  } catch {
    when = notice.respondBy;
  }
  switch (notice.kind) {
    case 'request-waiting':
      return { title: 'A peer support request is waiting', body: `Someone asked for a peer to get in touch. Please respond by ${when}.` };
    case 'request-due-soon':
      return { title: 'A peer support request is nearly due', body: `Nobody has been in touch yet. Please respond by ${when}.` };
    case 'request-overdue':
      return { title: 'A peer support request is past its respond-by time', body: `Nobody has been in touch yet; it was due by ${when}.` };
  }
}
