// A blog author's or maintainer's answer names the reader's fault ("your styles aren't loading because ..."): it
// answers a report and reports nothing. A fault in the site's own things, a generic "you", or the writer's own case
// stays a report. Written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const rulesOnly = createClassifier({ commentModel: null });

describe("answers about the reader's setup", () => {
  it.each([
    'Your styles are not loading because site.url is set to your domain while you serve locally. Leave it blank.',
    'That error means the gem is missing from your Gemfile. Add it and run bundle install.',
    "Your config file has a typo in the path, that's why the build fails. Fix the indentation on line 4.",
  ])('%s -> no report', (text) => {
    for (const c of [classifier, rulesOnly]) expect(c.classify(text).labels, text).not.toContain('bug');
  });
});

describe('reports that speak to the reader or the author', () => {
  it.each([
    'Your download link is broken.',
    'The app crashes when you open the camera.',
    'Your app crashes every time I open the camera.',
    'Since your last update the sync is broken for me.',
    "You're right, it still crashes on Android 14.",
  ])('%s -> a report', (text) => {
    expect(classifier.classify(text).labels, text).toContain('bug');
  });
});
