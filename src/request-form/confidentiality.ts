import { msg, str } from '@lit/localize';
import type { ProgramPolicy } from '../core/contract.js';
import { duration } from '../core/labels.js';

export interface ConfidentialityContext {
  /** The backend's facts (`GET policy`); `undefined` when it does not say (or cannot be reached yet). */
  policy?: ProgramPolicy;
  /** Display name of the supporter chosen by name, if any. */
  supporterName?: string;
  notMyTeam: boolean;
  /** BCP 47 locale for the numbers and units ("24 hours"). */
  locale?: string;
}

/**
 * The confidentiality notice, built from the facts the server enforces (see server/visibility.ts),
 * so it never promises more than the backend does. Without those facts it assumes the most a
 * backend might allow. The limits are always stated; a program's own notes come after, never instead.
 */
export function confidentialityParagraphs({ policy, supporterName, notMyTeam, locale = 'en' }: ConfidentialityContext): string[] {
  const paragraphs: string[] = [];
  if (!policy) {
    paragraphs.push(
      supporterName
        ? msg(str`${supporterName} will read your request. This page could not check who else can, so assume the program coordinator may read it too.`)
        : msg('Peer supporters will read your request. This page could not check who else can, so assume the program coordinator may read it too.'),
    );
  } else {
    const coordinatorToo = policy.coordinatorReads === 'all';
    if (supporterName) {
      paragraphs.push(
        coordinatorToo
          ? msg(str`${supporterName} and the program coordinator read your name, how to reach you and your message. Nobody else on the team sees it.`)
          : msg(str`Only ${supporterName} reads your name, how to reach you and your message. Nobody else on the team sees it.`),
      );
    } else {
      paragraphs.push(
        msg('Supporters on the team see your first name, how soon you would like to hear back and what you prefer. How to reach you and your message go only to the supporter who takes your request.'),
      );
      if (notMyTeam) paragraphs.push(msg('Supporters on the team you name will not see it at all.'));
    }
    if (policy.coordinatorReads === 'all') {
      if (!supporterName) paragraphs.push(msg('The program coordinator reads every request, to match you with the right supporter.'));
    } else if (policy.coordinatorReads === 'overdue') {
      paragraphs.push(
        msg(
          str`The program coordinator sees that a request is waiting and how soon it needs an answer, not who sent it. If nobody has been in touch within ${duration(policy.responseWindowHours, 'hour', locale)}, the coordinator can read it too, to make sure someone reaches you.`,
        ),
      );
    } else {
      paragraphs.push(msg('The program coordinator sees only that a request is waiting and how soon it needs an answer, not who sent it or what it says.'));
    }
    paragraphs.push(
      policy.eraseAfterMinutes > 0
        ? msg(str`When your supporter closes the request, your name, how to reach you and your message are erased from the server ${duration(policy.eraseAfterMinutes, 'minute', locale)} later. Only an anonymous count remains.`)
        : msg('When your supporter closes the request, your name, how to reach you and your message are erased from the server. Only an anonymous count remains.'),
    );
  }
  paragraphs.push(
    msg(
      'What you tell a peer supporter stays private, with limits. They have to involve others if someone may seriously harm themselves or someone else, if a child, an older adult or a vulnerable adult is being abused or neglected, or when the law requires it. Peer supporters will not help hide misconduct.',
    ),
    msg('How far this privacy reaches, for example in a legal case, depends on your organization’s policy and the law where you work. If that matters to you, ask the coordinator before you share details.'),
    msg('Peer supporters are trained co-workers, not therapists. If you would like professional help, they can help you find it.'),
  );
  return [...paragraphs, ...(policy?.notes ?? [])];
}
