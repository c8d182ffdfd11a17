// Types for cli-bundle.mjs (plain JavaScript so that the launcher runs without tsx).
export declare const ROOT: string;
export declare const COMMANDS: Record<'check' | 'validate-config', { entry: string; outfile: string }>;
export declare const RECIPE: string[];
export declare function bundleState(root: string, outfile: string): { stale: string | null; buildId: string | null };
export declare function buildBundle(root: string, entry: string, outfile: string, recipe?: string[]): Promise<string>;
export declare function ensureBundle(opts: {
  root?: string;
  entry: string;
  outfile: string;
  recipe?: string[];
}): Promise<{ path: string; buildId: string; built: boolean; reason: string | null }>;
export declare function runBundle(path: string, buildId: string | null): void;
