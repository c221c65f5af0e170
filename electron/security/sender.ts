// Decides whether an IPC message may be answered: only our window's main frame, showing app://planeval.
import { isAppUrl } from './app-origin';

/** What main knows about the frame that sent an IPC message (read from event.senderFrame). */
export interface SenderFacts {
  /** The sending frame's URL, or null when the frame is gone. */
  frameUrl: string | null;
  /** The message came from the web contents of our main window. */
  fromOurWindow: boolean;
  /** The sending frame is that window's top frame, not an iframe inside it. */
  isMainFrame: boolean;
}

/** Null when the sender is trusted, else why not (for the rejection error and the log). */
export function senderRejection(facts: SenderFacts): string | null {
  if (facts.frameUrl === null) return 'the sending frame no longer exists';
  if (!facts.fromOurWindow) return 'the message did not come from the PlanEval window';
  if (!facts.isMainFrame) return 'the message came from a subframe';
  if (!isAppUrl(facts.frameUrl)) return `the sending frame is not on app://planeval (${facts.frameUrl})`;
  return null;
}
