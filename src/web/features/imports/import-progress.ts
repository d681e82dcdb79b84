/**
 * How far one POST of a file has got: its bytes going up, then the server reading the sheet
 * (bytes of the file and rows so far, from the NDJSON progress lines; zero until the first).
 */
export type ImportProgress =
  { stage: 'upload'; fraction: number } | { stage: 'read'; bytes: number; totalBytes: number; rows: number }
