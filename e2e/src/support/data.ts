// Unique, realistic test data: every file signs up its own organisation on the shared server.
const RUN = Date.now().toString(36);
let counter = 0;

/** A fresh address on the reserved example.com domain. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${RUN}.${counter}@example.com`;
}

/** Long passphrases that pass the length and common-password rules. */
export const PASSWORD = '青山绿水 sales pipeline 2026';
export const OTHER_PASSWORD = '春眠不觉晓 处处闻啼鸟 夜来风雨声';
