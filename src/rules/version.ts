/** Bumped whenever a rule or a result text changes, so a saved result can be traced to its rules. */
export const RULES_VERSION = '2.2.0';
