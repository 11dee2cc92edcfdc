export function devOriginsFor(appUrl: string | undefined): string[];
