import { browser } from 'wxt/browser';
import { bundledPack } from '../glossary/data';
import { createGlossaryService } from '../utils/glossary-service';
import { backgroundRequestSchema } from '../utils/runtime-messages';
import { initializeSettings } from '../utils/settings-store';

export default defineBackground(() => {
  const packs = [bundledPack];
  const glossary = createGlossaryService(() => packs);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Write the defaults on install, and repair whatever an update finds broken.
    if (reason === 'install' || reason === 'update') void initializeSettings();
  });

  // Returning a promise answers the message; returning undefined leaves it to other listeners.
  const answer = (message: unknown): Promise<unknown> | undefined => {
    const request = backgroundRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    switch (request.data.type) {
      case 'termlens:match-data':
        return Promise.resolve(glossary.matchData());
      case 'termlens:describe':
        return Promise.resolve(glossary.describe(request.data.match, request.data.lang));
    }
  };
  browser.runtime.onMessage.addListener(answer as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
});
