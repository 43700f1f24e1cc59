"""(d) The same M/M/c model in SimPy 3, for the engine benchmark (bench/engine/mmc-bench.ts).

Usage: python3 mmc_simpy.py C LAMBDA MU CUSTOMERS SEED
Prints one JSON line: served, meanWait, seconds (wall time of env.run only), cpuSeconds (its process CPU time).
"""
import json
import random
import sys
import time

import simpy


def main():
    c, lam, mu, customers, seed = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    arrivals = random.Random(seed)
    services = random.Random(seed + 1)
    env = simpy.Environment()
    counter = simpy.Resource(env, capacity=c)
    state = {"served": 0, "wait_sum": 0.0}
    done = env.event()

    def customer():
        t0 = env.now
        with counter.request() as req:
            yield req
            state["wait_sum"] += env.now - t0
            yield env.timeout(services.expovariate(mu))
        state["served"] += 1
        if state["served"] == customers:
            done.succeed()

    def source():
        while True:
            env.process(customer())
            yield env.timeout(arrivals.expovariate(lam))

    env.process(source())
    start = time.perf_counter()
    cpu_start = time.process_time()
    env.run(until=done)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(json.dumps({"served": state["served"], "meanWait": state["wait_sum"] / state["served"], "seconds": seconds, "cpuSeconds": cpu_seconds}))


if __name__ == "__main__":
    main()
