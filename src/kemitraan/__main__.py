"""``python -m kemitraan``: the same command line as ``kemitraan``."""

from kemitraan.entry import main

if __name__ == "__main__":  # not again in a worker process started by "spawn"
    main()
