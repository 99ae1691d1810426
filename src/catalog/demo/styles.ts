import type { TagCategory } from '../../generated/prisma/enums.js';

/**
 * The demo catalog's musical styles. Each drives a track's tags, tempo and energy, and a
 * video's text cues, so that the demo data has the structure that retrieval should find.
 */
export interface DemoStyle {
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
    name: 'ambient',
    genre: 'Ambient',
    moods: ['Calm', 'Dreamy'],
    instruments: ['Synth', 'Piano'],
    themes: ['Nature', 'Wellness'],
    bpm: [60, 85],
    energy: [0.05, 0.3],
    vocalShare: 0.05,
    words: ['Drift', 'Haze', 'Still', 'Tide', 'Glow'],
    videoScenes: ['Misty forest at dawn', 'Slow ocean waves', 'Morning yoga flow', 'Rain on the window'],
  },
  {
    name: 'cinematic',
    genre: 'Cinematic',
    moods: ['Epic', 'Tense'],
    instruments: ['Strings', 'Brass', 'Drums'],
    themes: ['Adventure', 'Trailer'],
    bpm: [80, 120],
    energy: [0.6, 0.95],
    vocalShare: 0.1,
    words: ['Rise', 'Empire', 'Horizon', 'Storm', 'Legacy'],
    videoScenes: ['Mountain summit drone shot', 'Game trailer reveal', 'Desert expedition', 'Storm chasing'],
  },
  {
    name: 'electronic',
    genre: 'Electronic',
    moods: ['Energetic', 'Uplifting'],
    instruments: ['Synth', 'Drums'],
    themes: ['Tech', 'Sports'],
    bpm: [120, 132],
    energy: [0.7, 1],
    vocalShare: 0.4,
    words: ['Pulse', 'Neon', 'Circuit', 'Voltage', 'Signal'],
    videoScenes: ['Gadget unboxing', 'Night city timelapse', 'Gym workout montage', 'Skateboard tricks'],
  },
  {
    name: 'hiphop',
    genre: 'Hip Hop',
    moods: ['Confident', 'Energetic'],
    instruments: ['Drums', 'Bass'],
    themes: ['Fashion', 'Street'],
    bpm: [85, 100],
    energy: [0.5, 0.85],
    vocalShare: 0.7,
    words: ['Hustle', 'Block', 'Crown', 'Flex', 'Concrete'],
    videoScenes: ['Streetwear lookbook', 'Sneaker drop', 'Dance challenge', 'Graffiti session'],
  },
  {
    name: 'lofi',
    genre: 'Lo-fi',
    moods: ['Calm', 'Nostalgic'],
    instruments: ['Piano', 'Drums'],
    themes: ['Study', 'Food'],
    bpm: [70, 90],
    energy: [0.15, 0.4],
    vocalShare: 0.05,
    words: ['Coffee', 'Rainy', 'Notebook', 'Sunday', 'Vinyl'],
    videoScenes: ['Study with me session', 'Cozy cafe vlog', 'Cooking pasta at home', 'Late night coding'],
  },
  {
    name: 'folk',
    genre: 'Acoustic Folk',
    moods: ['Warm', 'Uplifting'],
    instruments: ['Guitar', 'Vocals'],
    themes: ['Travel', 'Wedding'],
    bpm: [90, 115],
    energy: [0.3, 0.6],
    vocalShare: 0.8,
    words: ['Road', 'Home', 'Meadow', 'Lantern', 'River'],
    videoScenes: ['Road trip vlog', 'Wedding highlights', 'Campfire night', 'Countryside walk'],
  },
  {
    name: 'jazz',
    genre: 'Jazz',
    moods: ['Playful', 'Romantic'],
    instruments: ['Piano', 'Brass', 'Bass'],
    themes: ['Food', 'Fashion'],
    bpm: [100, 140],
    energy: [0.3, 0.65],
    vocalShare: 0.3,
    words: ['Velvet', 'Blue', 'Martini', 'Swing', 'Midnight'],
    videoScenes: ['Restaurant opening', 'Cocktail recipe', 'Vintage fashion shoot', 'Paris street stroll'],
  },
  {
    name: 'orchestral',
    genre: 'Orchestral',
    moods: ['Melancholic', 'Hopeful'],
    instruments: ['Strings', 'Piano'],
    themes: ['Documentary', 'Nature'],
    bpm: [60, 95],
    energy: [0.2, 0.55],
    vocalShare: 0.05,
    words: ['Elegy', 'Winter', 'Memory', 'Aurora', 'Requiem'],
    videoScenes: ['Wildlife documentary', 'Family history film', 'Autumn forest', 'Charity appeal'],
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
