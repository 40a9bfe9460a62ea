/**
 * `serve --open`: show the studio in the user's browser. No dependency: each platform's own
 * opener, started detached so that closing the browser never stops the server. `BROWSER`, when
 * set, names the program to run with the address instead (the usual convention; the tests use it
 * so that nothing is opened).
 */
import { spawn } from 'node:child_process';

function openerFor(url: string): { command: string; args: string[] } {
  const chosen = process.env['BROWSER'];
  if (chosen) return { command: chosen, args: [url] };
  // rundll32 hands the address to the default browser without cmd.exe, whose parsing would cut it at `&`.
  if (process.platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  if (process.platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

/** Start the browser; resolves false (never throws) when no opener could be started. */
export function openBrowser(url: string): Promise<boolean> {
  const { command, args } = openerFor(url);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
