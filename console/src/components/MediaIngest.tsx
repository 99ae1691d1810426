// Placeholder until the media-ingest mutation that creates tracks from files lands (see Import page).
export function MediaIngest() {
  return null;
}
