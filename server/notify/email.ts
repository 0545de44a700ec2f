import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { noticeWords } from './notice.js';
import type { Notice, NoticeChannel, Recipient } from './notice.js';

/**
 * E-mail through the SMTP server the program configures (`SMTP_URL`, e.g.
 * `smtps://user:pass@mail.example.org`), sent with nodemailer. Plain text only: the subject, one
 * sentence with the respond-by time, and the inbox link.
 */
export class EmailChannel implements NoticeChannel {
  readonly name = 'email' as const;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly timeZone?: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(recipient: Recipient, notice: Notice): Promise<void> {
    if (!recipient.email) return;
    const { title, body } = noticeWords(notice, this.timeZone);
    await this.transport.sendMail({
      from: this.from,
      to: recipient.email,
      subject: title,
      text: `${body}\n\nOpen your inbox: ${notice.inboxUrl}\n\nThis message never holds who asked or what they wrote; the inbox shows that once you are signed in.\n`,
    });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
