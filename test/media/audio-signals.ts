/**
 * Test signals with known tempo and key, generated in code at 16 kHz.
 */
export const RATE = 16_000;

// Bound once: these loops run per sample, and each global `Math` lookup is slow under Jest.
const { sin, exp, min, imul } = Math;

/**
 * A metronome: a 20 ms click (a 1.5 kHz tone with a fast exponential decay) on every beat,
 * with the beat's exact time rounded to the nearest sample.
 */
export function clickTrack(bpm: number, seconds: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE));
  const period = (60 / bpm) * RATE;
  const clickLength = Math.round(0.02 * RATE);
  for (let beat = 0; beat * period < out.length; beat++) {
    const start = Math.round(beat * period);
    for (let i = 0; i < clickLength && start + i < out.length; i++)
      out[start + i] = 0.5 * exp(-i / (0.003 * RATE)) * sin((2 * Math.PI * 1500 * i) / RATE);
  }
  return out;
}

const midiHz = (m: number) => 440 * 2 ** ((m - 69) / 12);

/** A harmonic tone: partials h = 1..6 at amplitude 1/h, as a bowed or blown instrument's. */
function addTone(out: Float32Array, midi: number, start: number, length: number, gain: number): void {
  const f = midiHz(midi);
  const attack = Math.round(0.01 * RATE);
  const release = Math.round(0.05 * RATE);
  for (let h = 1; h <= 6 && h * f < RATE / 2; h++) {
    const w = (2 * Math.PI * h * f) / RATE;
    for (let i = 0; i < length; i++) {
      const env = min(1, i / attack, (length - i) / release);
      out[start + i]! += (gain / h) * env * sin(w * i);
    }
  }
}

/**
 * I–IV–V–I in the key on `tonic` (pitch class, 0 = C): close triads around middle C and the root
 * in the bass, one chord a second. Minor keys play i–iv–V–i (harmonic minor: the V is major,
 * with the leading tone).
 */
export function cadence(tonic: number, mode: 'MAJOR' | 'MINOR', secondsPerChord = 1): Float32Array {
  const third = mode === 'MAJOR' ? 4 : 3;
  // Chord roots in semitones above the tonic, each with its third's size.
  const chords: Array<[number, number]> = [
    [0, third],
    [5, third],
    [7, 4],
    [0, third],
  ];
  const length = Math.round(secondsPerChord * RATE);
  const out = new Float32Array(length * chords.length);
  chords.forEach(([root, thirdSize], i) => {
    const base = 60 + ((tonic + root) % 12); // C4..B4
    const notes = [base - 12, base, base + thirdSize, base + 7];
    for (const n of notes) addTone(out, n, i * length, length, 0.12);
  });
  return out;
}

/** Uniform white noise in [−0.25, 0.25] from mulberry32 (a seeded 32-bit generator). */
export function whiteNoise(seconds: number, seed = 7): Float32Array {
  let state = seed | 0;
  return Float32Array.from({ length: Math.round(seconds * RATE) }, () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = imul(state ^ (state >>> 15), 1 | state);
    t ^= t + imul(t ^ (t >>> 7), 61 | t);
    return (((t ^ (t >>> 14)) >>> 0) / 2 ** 32 - 0.5) * 0.5;
  });
}
