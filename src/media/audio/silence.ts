/**
 * Silence: no 100 ms block of the audio has an RMS level above −60 dBFS. A quiet recording's
 * loudest passages are far above that (the quietest Wesnoth track peaks near −20 dBFS); dither,
 * hiss from an empty tape and "silence.ogg"-style fillers are below it.
 */
export const SILENCE_DBFS = -60;

export function isSilent(samples: Float32Array, sampleRate = 16_000): boolean {
  const block = Math.max(1, Math.round(sampleRate / 10));
  const threshold = 10 ** (SILENCE_DBFS / 10) * block; // energy of a block at −60 dBFS RMS
  for (let start = 0; start < samples.length; start += block) {
    const end = Math.min(samples.length, start + block);
    let energy = 0;
    for (let i = start; i < end; i++) energy += samples[i]! * samples[i]!;
    if (energy * (block / (end - start)) > threshold) return false;
  }
  return true;
}
