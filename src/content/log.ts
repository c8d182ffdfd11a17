/** The content script's one way to say something went wrong: the console only, never the page, never the network. */
export type Log = (msg: string, err?: unknown) => void;

export const log: Log = (msg, err) => console.info(`[Think Twice] ${msg}`, ...(err === undefined ? [] : [err]));
