/**
 * Cues for the modal kinds of a claim. They qualify a claim; on their own they do not make a sentence a
 * claim (only attribution, quotations and figures do).
 */

/** Denials: "denied", "rejected", "did not", "no evidence". */
export const DENIAL_RE =
  /\b(?:den(?:y|ied|ies|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed)?|did not|didn['’]t|does not|doesn['’]t|has not|had no|has no|no evidence|not involved|no role|no involvement|no connection)\b/i;

/** Warnings and threats: "warned", "threatened", "will face", "red lines". */
export const WARNING_RE =
  /\b(?:warn(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|caution(?:s|ed)?|will face|would face|red lines?|will pay|pay a (?:heavy )?price|consequences)\b/i;

/** Intentions: "plans", "intends", "will", "vowed to", "are preparing". */
export const INTENT_RE =
  /\b(?:plan(?:s|ned|ning)? to|intend(?:s|ed|ing)?|intention|will|vow(?:s|ed)?|pledg(?:e|es|ed)|(?:is|are|were|was) preparing|prepar(?:e|es|ing) to|aim(?:s|ed)? to|seek(?:s|ing)? to|going to|poised to|expected to)\b/i;
