// Conventions of the analyst commands (README "Command line"): a closed output pipe (`zhijian check … | head`)
// ends the command quietly, `-` reads standard input, `NO_COLOR` (https://no-color.org) turns off decoration.

/** End quietly (status 0) when whoever reads our output closes the pipe, instead of an EPIPE stack trace. */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

/** Whether decoration (colours, bar glyphs) is allowed on a stream. */
export function decorated(stream: NodeJS.WriteStream = process.stderr): boolean {
  return stream.isTTY === true && (process.env.NO_COLOR ?? '') === '' && process.env.TERM !== 'dumb';
}

/** All of standard input as bytes. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}
