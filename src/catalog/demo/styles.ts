import type { TagCategory } from '../../generated/prisma/enums.js';

/**
 * The demo catalog's musical styles, one per latent style of the synthetic generator
 * (src/ml/data/synthetic.ts, same order). The generator gives each demo track and video its
 * features; these give them the metadata a real library would have, so the shipped default
 * model and the demo catalog agree on what fits what.
 */
export interface DemoStyle {
  /** The synthetic generator's style name. */
  name: string;
  genre: string;
  moods: string[];
  instruments: string[];
  themes: string[];
  bpm: [number, number];
  energy: [number, number];
  vocalShare: number;
  words: string[];
  videoScenes: string[];
}

export const DEMO_STYLES: readonly DemoStyle[] = [
  {
    name: 'calm-piano',
    genre: 'Piano',
    moods: ['Calm', 'Gentle'],
    instruments: ['Piano'],
    themes: ['Study', 'Wellness'],
    bpm: [60, 80],
    energy: [0.05, 0.3],
    vocalShare: 0.05,
    words: ['Rain', 'Still', 'Pages', 'Soft', 'Dawn'],
    videoScenes: ['Rainy window study session', 'Gentle morning routine', 'Relaxing piano vlog'],
  },
  {
    name: 'upbeat-pop',
    genre: 'Pop',
    moods: ['Happy', 'Bright'],
    instruments: ['Synth', 'Drums'],
    themes: ['Summer', 'Lifestyle'],
    bpm: [100, 124],
    energy: [0.6, 0.9],
    vocalShare: 0.8,
    words: ['Sunny', 'Sparkle', 'Holiday', 'Candy', 'Bright'],
    videoScenes: ['Summer beach day vlog', 'Happy dance challenge', 'Bright fashion haul'],
  },
  {
    name: 'epic-orchestral',
    genre: 'Orchestral',
    moods: ['Epic', 'Heroic'],
    instruments: ['Brass', 'Strings', 'Drums'],
    themes: ['Trailer', 'Adventure'],
    bpm: [80, 110],
    energy: [0.7, 1],
    vocalShare: 0.1,
    words: ['Empire', 'Rise', 'Valor', 'Titan', 'Legacy'],
    videoScenes: ['Epic mountain summit', 'Game trailer reveal', 'Heroic cinematic edit'],
  },
  {
    name: 'lofi-hiphop',
    genre: 'Lo-fi',
    moods: ['Chill', 'Nostalgic'],
    instruments: ['Drums', 'Piano'],
    themes: ['Study', 'Night'],
    bpm: [70, 90],
    energy: [0.15, 0.4],
    vocalShare: 0.05,
    words: ['Notebook', 'Vinyl', 'Midnight', 'Tape', 'Coffee'],
    videoScenes: ['Late night study beats', 'Chill coding session', 'Night city walk'],
  },
  {
    name: 'acoustic-folk',
    genre: 'Acoustic Folk',
    moods: ['Warm', 'Hopeful'],
    instruments: ['Guitar'],
    themes: ['Travel', 'Outdoors'],
    bpm: [90, 115],
    energy: [0.3, 0.6],
    vocalShare: 0.7,
    words: ['Road', 'Campfire', 'Meadow', 'Home', 'River'],
    videoScenes: ['Road trip travel vlog', 'Campfire night', 'Countryside walk'],
  },
  {
    name: 'edm',
    genre: 'Electronic',
    moods: ['Energetic', 'Euphoric'],
    instruments: ['Synth', 'Drums'],
    themes: ['Party', 'Sports'],
    bpm: [124, 132],
    energy: [0.8, 1],
    vocalShare: 0.4,
    words: ['Pulse', 'Voltage', 'Neon', 'Drop', 'Festival'],
    videoScenes: ['Festival aftermovie', 'Gym workout montage', 'Party night highlights'],
  },
  {
    name: 'jazz',
    genre: 'Jazz',
    moods: ['Smooth', 'Playful'],
    instruments: ['Saxophone', 'Piano', 'Bass'],
    themes: ['Cafe', 'Food'],
    bpm: [100, 140],
    energy: [0.3, 0.6],
    vocalShare: 0.3,
    words: ['Velvet', 'Blue', 'Swing', 'Lounge', 'Martini'],
    videoScenes: ['Cozy cafe vlog', 'Cocktail recipe', 'Restaurant opening night'],
  },
  {
    name: 'ambient',
    genre: 'Ambient',
    moods: ['Dreamy', 'Calm'],
    instruments: ['Synth'],
    themes: ['Space', 'Meditation'],
    bpm: [60, 80],
    energy: [0.05, 0.25],
    vocalShare: 0.02,
    words: ['Drift', 'Nebula', 'Haze', 'Orbit', 'Glow'],
    videoScenes: ['Space timelapse', 'Meditation guide', 'Drone over misty lake'],
  },
  {
    name: 'rock',
    genre: 'Rock',
    moods: ['Loud', 'Rebellious'],
    instruments: ['Electric Guitar', 'Drums'],
    themes: ['Road', 'Sports'],
    bpm: [110, 150],
    energy: [0.7, 1],
    vocalShare: 0.75,
    words: ['Thunder', 'Highway', 'Riot', 'Amp', 'Engine'],
    videoScenes: ['Motorbike road trip', 'Skate park session', 'Extreme sports highlights'],
  },
  {
    name: 'tension',
    genre: 'Suspense',
    moods: ['Dark', 'Tense'],
    instruments: ['Synth', 'Strings'],
    themes: ['Thriller', 'Horror'],
    bpm: [80, 120],
    energy: [0.4, 0.8],
    vocalShare: 0.02,
    words: ['Shadow', 'Pulse', 'Hollow', 'Static', 'Cellar'],
    videoScenes: ['Thriller short film', 'Horror game playthrough', 'True crime story'],
  },
  {
    name: 'funk',
    genre: 'Funk',
    moods: ['Groovy', 'Retro'],
    instruments: ['Bass', 'Brass'],
    themes: ['Dance', 'Retro'],
    bpm: [95, 115],
    energy: [0.55, 0.85],
    vocalShare: 0.5,
    words: ['Groove', 'Strut', 'Disco', 'Boogie', 'Satin'],
    videoScenes: ['Retro roller disco', 'Dance tutorial', 'Thrift shop haul'],
  },
  {
    name: 'strings',
    genre: 'Classical',
    moods: ['Elegant', 'Romantic'],
    instruments: ['Strings', 'Violin'],
    themes: ['Wedding', 'Documentary'],
    bpm: [60, 100],
    energy: [0.2, 0.5],
    vocalShare: 0.05,
    words: ['Aria', 'Waltz', 'Vow', 'Elegy', 'Ivory'],
    videoScenes: ['Wedding highlights film', 'Elegant fashion shoot', 'Nature documentary'],
  },
];

export const TAG_CATEGORY_OF: Record<'genre' | 'moods' | 'instruments' | 'themes', TagCategory> = {
  genre: 'GENRE',
  moods: 'MOOD',
  instruments: 'INSTRUMENT',
  themes: 'THEME',
};

export function energyTag(energy: number): string {
  return energy < 0.35 ? 'Low' : energy < 0.7 ? 'Medium' : 'High';
}
