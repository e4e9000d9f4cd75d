import { cpus, totalmem } from 'node:os';

/** A whole number with thousands separators. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

const pad = (text: string, width: number, right = false): string => (right ? text.padStart(width) : text.padEnd(width));

/** A plain-text table: the first row is the header, then a rule, then the rows; columns right-aligned where asked. */
export function table(rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const line = (row: readonly string[]): string => row.map((cell, col) => pad(cell, widths[col]!, rightAligned[col])).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The header every bench prints: what ran, when, and on which machine. */
export function printHeader(title: string, node: string): void {
  const cpu = cpus();
  console.log(title);
  console.log(`date    ${new Date().toISOString()}`);
  console.log(`machine ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`);
  console.log(`node    ${process.version} (${process.platform}/${process.arch}), ${node}`);
}
