type Rgba = [number, number, number, number];

/** `#rrggbb`, `#rgb` or `rgb(a)(…)` as channels 0–255 and alpha 0–1. */
export function parseColor(color: string): Rgba {
  const value = color.trim();
  if (value.startsWith('#')) {
    const hex = value.length === 4 ? [...value.slice(1)].map((c) => c + c).join('') : value.slice(1, 7);
    return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1];
}

const luminance = ([r, g, b]: number[]): number => {
  const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((channel = 0) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
};

/** WCAG 2 contrast ratio of a (possibly translucent) foreground over an opaque background. */
export function contrastRatio(foreground: string, background: string): number {
  const [fr, fg, fb, alpha] = parseColor(foreground);
  const [br, bg, bb] = parseColor(background);
  const blended = [fr * alpha + br * (1 - alpha), fg * alpha + bg * (1 - alpha), fb * alpha + bb * (1 - alpha)];
  const [light, dark] = [luminance(blended), luminance([br, bg, bb])].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** White or near-black, whichever reads better on the background (white when both pass). */
export function readableTextOn(background: string): string {
  return contrastRatio('#ffffff', background) >= 4.5 ? '#ffffff' : 'rgba(0, 0, 0, 0.88)';
}
