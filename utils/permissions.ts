// Whether Threadsift may already read a site (a granted optional host permission), without asking.
import browser from 'webextension-polyfill';
import { hostPermission } from '../lib/safe-url';

export async function mayReadSite(url: string): Promise<boolean> {
  const pattern = hostPermission(url);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}
