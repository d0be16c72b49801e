"""``python -m kemitraan``: the same command line as ``kemitraan``."""

from kemitraan.cli import main

main()
