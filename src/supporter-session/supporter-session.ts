import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { messageForPerson } from '../core/errors.js';
import { PeerApiElement } from '../core/api-element.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { renderSupporterBackup } from '../core/safety-net.js';
import { baseStyles, controlStyles } from '../core/styles.js';

/**
 * @tag peer-supporter-session
 * @summary Who is signed in on the supporter side ("Signed in as Ana Rivera (supporter)") and a
 * "Sign out" button; while nobody is signed in, the one place on the page that says how to sign in.
 *
 * Put it once at the top of a page of supporter-side widgets (`<peer-request-inbox>`,
 * `<peer-availability>`, `<peer-contact-log>`, `<peer-program-stats>`). Widgets with the same
 * configuration share one session: signing out here signs every one of them out at once, and while
 * this element is on the page they no longer repeat the sign-in sentence themselves.
 *
 * While someone is signed in, it also keeps the supporters' own safety net one tap away: "Heard
 * something heavy? Where to turn" (the program's on-call consultant and disclosure steps, see
 * `supporterBackup`; unset, the coordinator and the crisis line).
 *
 * @csspart base - The whole bar (while signed in, the safety net is its last line).
 * @csspart who - "Signed in as …".
 * @csspart notice - How to sign in, while nobody is signed in.
 * @csspart button - The "Sign out" button (also `sign-out`).
 * @csspart status - Why signing out did not work, if it did not.
 * @csspart backup - "Heard something heavy?": the supporter's own safety net (see `supporterBackup`); also `backup-summary`, `backup-steps`, `backup-link`.
 */
@localized()
export class PeerSupporterSession extends PeerApiElement {
  static override styles = [
    baseStyles,
    controlStyles,
    supporterSideStyles,
    css`
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em 1em;
        padding: 0.5em 1em;
      }
      .backup {
        flex: 1 0 100%;
        margin: 0;
      }
    `,
  ];

  @state() private problem?: string;
  @state() private busy = false;

  private readonly session = new SessionController(this, () => this.config.value, { announcesSignIn: true });

  /** Signs out every supporter-side widget of this configuration on the page. */
  async signOut(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.problem = undefined;
    try {
      await this.session.signOut();
      await this.updateComplete;
      // The button is gone: focus goes to what is said instead (how to sign in again).
      this.renderRoot.querySelector<HTMLElement>('[part~="notice"]')?.focus();
    } catch (error) {
      this.problem = messageForPerson(error);
    } finally {
      this.busy = false;
    }
  }

  private roleWord(role: 'supporter' | 'coordinator'): string {
    return role === 'coordinator' ? msg('coordinator') : msg('supporter');
  }

  override render() {
    const session = this.session.session;
    if (this.session.status !== 'signed-in' || !session) return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    // The safety net is the bar's last item, on a line of its own (the bar wraps).
    return html`<div part="base" class="panel bar" role="group" aria-label=${msg('Your session')}>
      <p part="who">${msg(str`Signed in as ${session.displayName} (${this.roleWord(session.role)})`)}</p>
      <button type="button" part="button sign-out" class="button secondary" ?disabled=${this.busy} @click=${() => this.signOut()}>${msg('Sign out')}</button>
      ${this.problem ? html`<p part="status" class="problem" role="alert">${this.problem}</p>` : nothing}
      ${renderSupporterBackup(this.config.value)}
    </div>`;
  }
}
