/**
 * The language floor: tokenising, folding, stemming, stopwords, terms, sentences, months and dates, shared
 * by analyze, compare, store and extract. Code inside `lib/` imports the file it needs (bundles stay lean);
 * this index is for everything else.
 */
export * from './abbreviations';
export * from './ascii-words';
export * from './char-class';
export * from './date-mentions';
export * from './dates';
export * from './key-words';
export * from './letters';
export * from './months';
export * from './normalize';
export * from './quote-balance';
export * from './sentences';
export * from './stem';
export * from './stopwords';
export * from './terms';
export * from './tokenize';
