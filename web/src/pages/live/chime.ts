// A short two-tone chime for a new critical alert, made with the Web Audio API (no sound file to ship). Browsers
// allow sound only after the user has interacted with the page; before that the chime is silently skipped and the
// notification alone tells.
let ctx: AudioContext | undefined;

export function chime(): void {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const start = ctx.currentTime;
    for (const [i, freq] of [880, 660].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.2, start + i * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.25 + 0.22);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + i * 0.25);
      osc.stop(start + i * 0.25 + 0.25);
    }
  } catch {
    // no audio device or not allowed: the visual notification stands alone
  }
}
