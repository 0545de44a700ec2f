import type { PropertyValues } from 'lit';
import { PeerElement } from '../core/peer-element.js';
import type { SelfCarePlan } from './plan-model.js';
/**
 * @tag peer-self-care-plan
 * @summary A private self-care plan, built step by step, kept only on this device (or only in memory on a
 * shared computer). It makes no network request at all.
 *
 * @event {PeerPlanSaveEvent} peer-plan-save - The plan was saved; `where` is `device` or `memory` (shared computers).
 * @event {PeerQuickExitEvent} peer-quick-exit - Quick exit was used; `url` is where the page goes. Cancel it to handle the exit yourself.
 *
 * @csspart base - The whole plan.
 * @csspart quick-exit - The quick exit button (Escape twice does the same).
 * @csspart status - "Saved on this device" and other save messages.
 * @csspart steps - The list of steps.
 * @csspart step - Each step in that list.
 * @csspart section - The step being filled in.
 * @csspart field - Each field's wrapper.
 * @csspart input - Each text field and text area.
 * @csspart button - Every button.
 * @csspart tools - Export, import, copy as text, print, passphrase, delete.
 * @csspart overview - The whole plan on one page (also what prints).
 * @csspart crisis - The crisis line in "If things get bad".
 */
export declare class PeerSelfCarePlan extends PeerElement {
    static styles: import("lit").CSSResult[];
    /** Keeps separate plans apart on one device (e.g. two widgets on one page). */
    planId: string;
    /** `shared` keeps the plan in memory only (shared station computers); export is the way to keep it. */
    device: 'personal' | 'shared';
    /** Where quick exit goes. Defaults to the root of this site. */
    exitUrl?: string;
    /** Supporters (from the roster's data) to pick from for "peer supporter"; the plan itself requests nothing. */
    supporters?: unknown[];
    private plan;
    private step;
    private saveState;
    private savedAt?;
    private loaded;
    private locked?;
    private panel;
    private notice?;
    private noticeIsProblem;
    private hiddenByExit;
    /** A plan waiting to take the place of this one: it never does until the person says so (or there is nothing to lose). */
    private pendingReplacement?;
    private protectedByPassphrase;
    /** In a conflict: the other version is locked with a passphrase this tab does not hold. */
    private otherVersionLocked;
    /** Nothing was stored when the plan opened: offer a passphrase before the first save. */
    private offerLockFirst;
    private store?;
    private revision;
    private key?;
    private dirty;
    private saveTimer?;
    private saving;
    private lastEscape;
    private returnFocusTo?;
    private readonly idPrefix;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues): void;
    /**
     * Another plan id: finish saving the edits where they belong, then show the other plan as stored.
     * The same plan kept elsewhere (`device` changed): keep the edits, and ask before they replace a stored plan.
     */
    private openStore;
    private get holdingSaves();
    /** Resolves when every edit so far has been saved (or kept in memory, or held while a passphrase is being chosen). */
    whenSaved(): Promise<void>;
    /** The plan as it stands (a copy). */
    get value(): SelfCarePlan;
    /**
     * Reads the stored plan. With `keepEdits` (the same plan, now kept elsewhere), unsaved edits stay,
     * and a plan already stored there makes it ask instead of saving over it.
     */
    private load;
    private changedElsewhere;
    /** The plan was saved somewhere else while this tab had unsaved edits: the person chooses. */
    private showConflict;
    /** Locked with a passphrase this tab has not been given (its key was derived with another salt). */
    private lockedAgainstThisTab;
    private edit;
    private scheduleSave;
    /** Saves to `store` (the current one unless edits are being finished for a plan id just left). */
    private save;
    private readonly onKeydown;
    /** Hides the plan at once and leaves for a neutral page. */
    quickExit(): void;
    render(): import("lit-html").TemplateResult<1>;
    /**
     * Before anything is written: the choice to lock the plan from the first word. It stays for this
     * visit (with other words once saved) so that the page does not jump while the person types.
     */
    private renderLockFirst;
    private statusText;
    private renderConflict;
    /** Carries this tab's unsaved edits over the unlock, in memory only; once the plan is open, the person chooses. */
    private openLockedVersion;
    private keepMine;
    private renderUnlock;
    /** A locked plan is never replaced or unlocked for an offered one: it waits, and the person may set it aside. */
    private renderWaitingWhileLocked;
    private unlock;
    private renderPlan;
    private goTo;
    private renderSection;
    private renderField;
    private renderPeople;
    /** Fills a care-team entry from roster data the page passed in; no request of its own. */
    private renderSupporterPicker;
    private renderItems;
    private renderOverview;
    private renderFieldSummary;
    private renderTools;
    private renderText;
    private copyText;
    private renderPassphrase;
    private renderPassphraseForm;
    private openPassphraseForm;
    private closePassphraseForm;
    private setPassphrase;
    /** Saves, then forgets the passphrase's key and the plan from memory until the passphrase is typed again. */
    private lockNow;
    private removePassphrase;
    private renderDeleteConfirm;
    /** Removes the plan from this device: its stored record is overwritten, then deleted, and memory is cleared. */
    deletePlan(): Promise<void>;
    private exportPlan;
    /** Checks a plan file; returns the plan or a sentence saying why not. Nothing changes either way. */
    readPlanFile(file: File): Promise<SelfCarePlan | string>;
    /**
     * Offers `value` (checked like an imported file) to take the place of the plan; `source` (`file` or
     * `example`) words the question. When a plan is already here, the person is asked first and can keep
     * theirs; a plan locked with a passphrase stays as it is until it is opened. Returns why `value`
     * cannot be used, or undefined.
     */
    replacePlan(value: unknown, source?: 'file' | 'example'): string | undefined;
    private checkPlan;
    private importFile;
    private offerReplacement;
    /** Once the stored plan is known and open: straight in when there is nothing to lose, otherwise ask. */
    private decideReplacement;
    private renderReplaceConfirm;
    /** `answered`: the person chose this in the question, so focus goes back to where they were. */
    private acceptReplacement;
    private keepExistingPlan;
    private focusedElement;
    /** Back to where the person was, or (if that is gone) to `fallback`, or to the step's heading (the passphrase field when locked). */
    private restoreFocus;
    private print;
}
