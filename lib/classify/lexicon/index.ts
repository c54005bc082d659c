// Multilingual cue patterns for the cases where a rule is right and a small English-trained model is not: thanks in
// many languages, question forms without "?", problem reports without bug words, negation. One file per concept.
export { LETTER } from './patterns';
export * from './gratitude';
export * from './questions';
export * from './faults';
export * from './fault-frames';
export * from './stance';
