"""CPU-bound work (bcrypt, images) runs in threads that yield the CPU to the requests."""
import os
import threading

from src.services.cpu import BACKGROUND_NICENESS, at_background_priority


def test_cpu_bound_work_runs_at_a_lower_priority_than_its_worker():
    seen = {}

    def work(value):
        seen["niceness"] = os.getpriority(os.PRIO_PROCESS, 0)
        return value * 2

    thread = threading.Thread(target=lambda: seen.update(result=at_background_priority(work, (21,), {})))
    thread.start()
    thread.join()
    assert seen == {"niceness": max(BACKGROUND_NICENESS, os.getpriority(os.PRIO_PROCESS, 0)), "result": 42}
    assert os.getpriority(os.PRIO_PROCESS, 0) < BACKGROUND_NICENESS  # the caller's thread is untouched
