/** Types of `build-log.mjs` (plain JavaScript, as Astro loads a logger entrypoint). */
export interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}
export declare function isPageLine(event: LogEvent): boolean;
export declare function route(event: LogEvent): 'stdout' | 'stderr' | 'page' | 'drop';
export default function buildLog(config?: { verbose?: boolean }): {
  write: (event: LogEvent) => void;
};
