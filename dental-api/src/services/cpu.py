"""CPU-bound work off the gevent hub, so one bcrypt or image re-encode never stalls other requests."""
import os

# The pool's threads run at this nice value: on a busy machine the CPU goes to the requests first (a
# bcrypt login, ~0.3 s of CPU, then waits a little instead of every request behind it).
BACKGROUND_NICENESS = 10


def run_cpu_bound(function, *args, **kwargs):
    try:
        from gevent import monkey
    except ImportError:  # pragma: no cover - gevent is a pinned dependency
        return function(*args, **kwargs)
    if not monkey.is_module_patched("socket"):
        return function(*args, **kwargs)
    import gevent
    return gevent.get_hub().threadpool.apply(at_background_priority, (function, args, kwargs))


def at_background_priority(function, args, kwargs):
    """Run function in this thread, the thread first lowered to BACKGROUND_NICENESS."""
    lower_this_thread()
    return function(*args, **kwargs)


def lower_this_thread():
    # On Linux the nice value belongs to each thread: PRIO_PROCESS with 0 means the calling thread.
    try:
        if os.getpriority(os.PRIO_PROCESS, 0) < BACKGROUND_NICENESS:
            os.setpriority(os.PRIO_PROCESS, 0, BACKGROUND_NICENESS)
    except (AttributeError, OSError):  # pragma: no cover - not Linux, or not allowed
        pass
