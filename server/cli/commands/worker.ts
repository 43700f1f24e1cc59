// `wardtwin worker --redis URL`: joins the Redis queue from any machine and runs replication
// jobs on this machine's cores until stopped (Ctrl-C or SIGTERM), finishing the jobs in hand.
import type { Command } from 'commander';
import { startQueueWorker } from '../../../engine/experiment/executors/index.js';
import { badInput } from '../cli-error.js';
import { integerFlag } from '../options.js';
import { fill } from '../output/header-messages.js';
import { cliLang } from '../output/messages.js';
import { workerWords } from '../output/worker-words.js';

interface WorkerFlags {
  redis: string;
  workers?: number;
  queue?: string;
  lockMs?: number;
  quiet?: boolean;
  lang?: string;
}

/** Registers `worker --redis URL [--workers N] [--queue name] [--lock-ms ms]`. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take replication jobs from a Redis queue (run with --redis on run, compare, sweep, size)')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .option('--workers <n>', 'jobs run at once on worker threads (default: all cores)', integerFlag('--workers', 1, 1024))
    .option('--queue <name>', 'queue name (default wardtwin-replications)')
    .option('--lock-ms <ms>', 'job lock time; a killed worker\'s job is retried after about this long (default 30000)', integerFlag('--lock-ms', 100, 3_600_000))
    .option('--quiet', 'do not log finished jobs on stderr')
    .option('--lang <lang>', 'language of the log lines: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)', (raw: string) => cliLang(raw))
    .action(async (flags: WorkerFlags) => {
      const w = workerWords(cliLang(flags.lang));
      let worker;
      try {
        worker = await startQueueWorker({
          redisUrl: flags.redis,
          ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
          ...(flags.queue !== undefined ? { queueName: flags.queue } : {}),
          ...(flags.lockMs !== undefined ? { lockMs: flags.lockMs } : {}),
          onJobDone: flags.quiet === true ? undefined : (j) => process.stderr.write(`${fill(w.jobDone, { id: j.jobId })}\n`),
        });
      } catch (error) {
        if (error instanceof RangeError) throw badInput(error.message);
        throw error;
      }
      process.stderr.write(`${fill(w.ready, { redis: flags.redis, pid: process.pid })}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await worker.close();
    });
}
