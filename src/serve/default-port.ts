/** The studio's port when none is given (also used by the CLI's --port default). */
export const DEFAULT_PORT = 4173;
