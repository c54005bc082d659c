// A "?" inside an argument that asks no one is a move in the argument, not a question for the queue;
// a question that names an addressee, the writer's own situation or the site's own things still asks.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

/** A five-sentence argument about housing with one question in the middle. */
function housingArgument(question: string, thirdClaim = 'The council keeps promising affordable units that never get built.'): string {
  return `The zoning board approved the tower last spring. Rents in the district went up twelve percent since then. ${question} ${thirdClaim} Meanwhile families move out to the suburbs every month.`;
}

describe('questions that address no one inside an argument', () => {
  it('does not queue a rhetorical "?" in a long argument', () => {
    for (const q of ['Who benefits from that?', 'And the council just watched?', 'Why would a developer build cheap flats when luxury ones sell faster?']) {
      const labels = labelsOf(housingArgument(q));
      expect(labels, q).not.toContain('question');
      expect(labels[0]).toBe('other');
    }
  });

  it('keeps a question put to someone in the second person', () => {
    expect(labelsOf(housingArgument('Can you tell us who benefits from that?'))).toContain('question');
  });

  it("keeps a question about the writer's own situation", () => {
    expect(labelsOf(housingArgument('How do I find out whether my building is affected?'))).toContain('question');
  });

  it("keeps a question in a comment that talks about the site's own things", () => {
    const text = housingArgument('Who benefits from that?', 'The article says the council promised affordable units that never got built.');
    expect(labelsOf(text)).toContain('question');
  });

  it('keeps a short question that is the whole comment', () => {
    expect(labelsOf('Who benefits from that?')).toContain('question');
  });
});
