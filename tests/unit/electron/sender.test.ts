// Main answers IPC only from our window's main frame while it shows app://planeval.
import { describe, expect, it } from 'vitest';
import { senderRejection, type SenderFacts } from '../../../electron/security/sender';

const trusted: SenderFacts = { frameUrl: 'app://planeval/index.html', fromOurWindow: true, isMainFrame: true };

describe('senderRejection: which IPC senders main answers', () => {
  it('trusts the main frame of our window on app://planeval', () => {
    expect(senderRejection(trusted)).toBeNull();
    expect(senderRejection({ ...trusted, frameUrl: 'app://planeval/projects/3?tab=framework' })).toBeNull();
  });

  it('refuses a frame that has gone away', () => {
    expect(senderRejection({ ...trusted, frameUrl: null })).toMatch(/no longer exists/);
  });

  it('refuses another window, even one showing app://planeval', () => {
    expect(senderRejection({ ...trusted, fromOurWindow: false })).toMatch(/did not come from the PlanEval window/);
  });

  it('refuses an iframe inside our window', () => {
    expect(senderRejection({ ...trusted, isMainFrame: false })).toMatch(/subframe/);
  });

  it.each(['https://example.com/', 'file:///home/user/x.html', 'app://evil/index.html', 'about:blank', 'data:text/html,x'])(
    'refuses our main frame when it shows %s, naming the URL',
    (frameUrl) => {
      const reason = senderRejection({ ...trusted, frameUrl });
      expect(reason).toContain('not on app://planeval');
      expect(reason).toContain(frameUrl);
    },
  );
});
