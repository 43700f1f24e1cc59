// `--workers N` and `--redis URL` for every command that runs simulations: where the
// replication jobs go. Without either, a worker-thread pool on all cores; `--workers 0` runs
// in this process; `--redis` sends the jobs to `wardtwin worker` processes through Redis.
import type { Command } from 'commander';
import { createExecutor } from '../../../engine/experiment/executors/index.js';
import type { Executor } from '../../../engine/index.js';
import { integerFlag } from '../options.js';
import { badInput } from '../cli-error.js';

/** The executor flags as commander hands them over. */
export interface ExecutorFlags {
  workers?: number;
  redis?: string;
  queue?: string;
}

/** Adds `--workers`, `--redis` and `--queue` to a command. */
export function addExecutorFlags(command: Command): Command {
  return command
    .option('--workers <n>', 'worker threads (default: all cores; 0 = run in this process)', integerFlag('--workers', 0, 1024))
    .option('--redis <url>', 'send jobs to `wardtwin worker` processes through this Redis, e.g. redis://127.0.0.1:6379')
    .option('--queue <name>', 'queue name on Redis (default wardtwin-replications)');
}

/**
 * Creates the executor the flags ask for, runs `work` with it and closes it afterwards.
 * @throws CliError (exit 2) on a bad Redis URL
 */
export async function withExecutor<T>(flags: ExecutorFlags, work: (executor: Executor) => Promise<T>): Promise<T> {
  let executor: Executor;
  try {
    executor = createExecutor({
      ...(flags.redis !== undefined ? { redisUrl: flags.redis, kind: 'distributed' as const } : flags.workers === 0 ? { kind: 'in-process' as const } : { kind: 'pool' as const }),
      ...(flags.workers !== undefined && flags.workers > 0 ? { workers: flags.workers } : {}),
      ...(flags.queue !== undefined ? { queueName: flags.queue } : {}),
    });
  } catch (error) {
    throw badInput(error instanceof Error ? error.message : String(error));
  }
  try {
    return await work(executor);
  } finally {
    await executor.close();
  }
}
