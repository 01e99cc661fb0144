/*
 * Terminal output helpers. Names and values come from manifests and the provider, so before they
 * reach a terminal every control character (an ESC could rewrite the screen) is shown as `\xNN`.
 */

export type Paint = (text: string) => string;

export interface TerminalStyle {
  bold: Paint;
  dim: Paint;
  green: Paint;
  yellow: Paint;
  red: Paint;
  magenta: Paint;
  cyan: Paint;
}

function sgr(open: number, close: number): Paint {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain: Paint = (text) => text;

/** ANSI styles when `color`, identity functions otherwise. */
export function terminalStyle(color: boolean): TerminalStyle {
  if (!color)
    return { bold: plain, dim: plain, green: plain, yellow: plain, red: plain, magenta: plain, cyan: plain };
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    red: sgr(31, 39),
    magenta: sgr(35, 39),
    cyan: sgr(36, 39),
  };
}

/** Shows control characters (C0, DEL, C1, line and bidi controls) as escapes. */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
