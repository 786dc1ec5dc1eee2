import type { Locale } from '@digione/components/localization';
import type { ShellFeedbackSubmitEvent } from '../pages/feedback.js';

/**
 * Sends the feedback form to the address `/config.json` names, with the page's language and path
 * (never the person's identity); the form thanks the person only when it arrived.
 */
export function sendFeedback(
  event: ShellFeedbackSubmitEvent,
  to: { readonly target: string | undefined; readonly win: Window; readonly locale: Locale },
): void {
  const { target, win, locale } = to;
  if (target === undefined) {
    console.error('[DigiOne] Feedback cannot be sent: /config.json names no "feedback" address.');
    return;
  }
  const sent = win.fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...event.detail, locale, page: win.location.pathname }),
  });
  event.deliver(
    sent.then(
      (response) => response.ok,
      () => false,
    ),
  );
}
