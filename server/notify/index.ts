import { EmailChannel } from './email.js';
import type { Notice, NoticeChannel, Recipient } from './notice.js';
import { WebhookChannel } from './webhook.js';

export type { Notice, NoticeChannel, Recipient } from './notice.js';
export { noticeOf } from './notice.js';

/** Notification settings, from the environment (see README "Telling supporters"). */
export interface NotifySettings {
  /** The supporters' inbox page on the intranet: the only link a notification carries. */
  inboxUrl?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  smtpUrl?: string;
  mailFrom?: string;
  /** Web Push: a `mailto:` or `https:` address the push services can reach the program at (default: the inbox page's origin). */
  pushSubject?: string;
  /** IANA time zone the respond-by time is written in (e-mail and push). */
  timeZone?: string;
}

type Env = Record<string, string | undefined>;

/** Reads NOTIFY_* settings; each problem is added to `errors` with the variable's name. */
export function readNotifySettings(env: Env, errors: string[]): NotifySettings {
  const text = (name: string) => env[name]?.trim() || undefined;
  const settings: NotifySettings = {
    inboxUrl: text('NOTIFY_INBOX_URL'),
    webhookUrl: text('NOTIFY_WEBHOOK_URL'),
    webhookSecret: text('NOTIFY_WEBHOOK_SECRET'),
    smtpUrl: text('NOTIFY_SMTP_URL'),
    mailFrom: text('NOTIFY_MAIL_FROM'),
    pushSubject: text('NOTIFY_PUSH_SUBJECT'),
    timeZone: text('NOTIFY_TIME_ZONE'),
  };
  const url = (name: string, value: string | undefined, protocols: string[]) => {
    if (value === undefined) return;
    try {
      if (!protocols.includes(new URL(value).protocol)) errors.push(`${name} must start with ${protocols.join(' or ')} (it is "${value}").`);
    } catch {
      errors.push(`${name} must be a full address (it is "${value}").`);
    }
  };
  url('NOTIFY_INBOX_URL', settings.inboxUrl, ['https:', 'http:']);
  url('NOTIFY_WEBHOOK_URL', settings.webhookUrl, ['https:', 'http:']);
  url('NOTIFY_SMTP_URL', settings.smtpUrl, ['smtp:', 'smtps:']);
  url('NOTIFY_PUSH_SUBJECT', settings.pushSubject, ['mailto:', 'https:']);
  if (settings.webhookUrl && (settings.webhookSecret?.length ?? 0) < 32) errors.push('NOTIFY_WEBHOOK_SECRET must be at least 32 characters when NOTIFY_WEBHOOK_URL is set.');
  if (settings.smtpUrl && !settings.mailFrom) errors.push('NOTIFY_MAIL_FROM must be set when NOTIFY_SMTP_URL is set (e.g. "Peer support <peer-support@example.org>").');
  if ((settings.webhookUrl || settings.smtpUrl) && !settings.inboxUrl) errors.push('NOTIFY_INBOX_URL must be set when notifications are: it is the link they carry.');
  if (settings.timeZone) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: settings.timeZone });
    } catch {
      errors.push(`NOTIFY_TIME_ZONE must be an IANA time zone such as America/Chicago (it is "${settings.timeZone}").`);
    }
  }
  return settings;
}

/** What happened to one notice: how many deliveries each channel made and how many failed. */
export interface Delivery {
  channel: NoticeChannel['name'];
  sent: number;
  failed: number;
}

/**
 * Tells recipients through every configured channel. A channel that fails never stops the others,
 * and never fails the request that caused the notice: the caller logs the counts (never who, never
 * why in words that could hold data).
 */
export class Notifier {
  constructor(readonly channels: NoticeChannel[]) {}

  static fromSettings(settings: NotifySettings, extra: NoticeChannel[] = []): Notifier {
    const channels: NoticeChannel[] = [...extra];
    if (settings.webhookUrl && settings.webhookSecret) channels.push(new WebhookChannel(settings.webhookUrl, settings.webhookSecret));
    if (settings.smtpUrl && settings.mailFrom) channels.push(new EmailChannel(settings.smtpUrl, settings.mailFrom, settings.timeZone));
    return new Notifier(channels);
  }

  async tell(recipients: Recipient[], notice: Notice): Promise<Delivery[]> {
    return Promise.all(
      this.channels.map(async (channel) => {
        const results = await Promise.allSettled(recipients.map((recipient) => channel.send(recipient, notice)));
        const failed = results.filter((result) => result.status === 'rejected').length;
        return { channel: channel.name, sent: results.length - failed, failed };
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.channels.map((channel) => channel.close?.()));
  }
}
