/**
 * A problem with the repository's files or the command line that the person running the tool
 * can put right: the CLI prints its message, not a stack trace.
 */
export class I18nError extends Error {}
