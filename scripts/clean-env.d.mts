export function isNpmRunVariable(name: string): boolean;
export function cleanEnv(
  extra?: Record<string, string | undefined>,
  options?: { binDir?: string; env?: NodeJS.ProcessEnv },
): Record<string, string>;
