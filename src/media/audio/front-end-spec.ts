import type { FrontEnd } from '../front-end.js';

/**
 * The audio front end, version 1 (docs/media.md, "Audio front end"): VGGish's log-mel frames,
 * per second the 64 band means and 64 band standard deviations over a 0.96 s patch, standardised
 * with the frozen constants in logmel-standardisation.ts, then YouTube-8M-quantised.
 * Any change to the numbers a given file produces is a new version.
 */
export const AUDIO_FRONT_END: FrontEnd = Object.freeze({ modality: 'audio', name: 'vmr-logmel', version: 1 });
