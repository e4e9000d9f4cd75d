import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A progress bar with rate and ETA on stderr when it is a terminal; silent otherwise (CI logs, pipes). */
export function createProgress(io: CliIo, total: number, label: string): Progress {
  if (!io.stderr.isTTY || io.env.CI) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: `${label} |{bar}| {percentage}% {value}/{total} | {speed} records/s | ETA {eta_formatted}`,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total, 0, { speed: 0 });
  return {
    update(done) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { speed: seconds > 0 ? Math.round(done / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
