"""CPU-bound work off the gevent hub, so one bcrypt or image re-encode never stalls other requests."""


def run_cpu_bound(function, *args, **kwargs):
    try:
        from gevent import monkey
    except ImportError:  # pragma: no cover - gevent is a pinned dependency
        return function(*args, **kwargs)
    if not monkey.is_module_patched("socket"):
        return function(*args, **kwargs)
    import gevent
    return gevent.get_hub().threadpool.apply(function, args, kwargs)
