// Whether Threadsift may already read a site (a granted optional host permission), without asking.
import browser from 'webextension-polyfill';

export async function mayReadSite(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}
