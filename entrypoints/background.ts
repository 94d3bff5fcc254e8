import { browser } from 'wxt/browser';
import { initializeSettings } from '../utils/settings-store';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Write the defaults on install, and repair whatever an update finds broken.
    if (reason === 'install' || reason === 'update') void initializeSettings();
  });
});
