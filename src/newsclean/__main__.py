"""`python -m newsclean …` runs the command line, as `newsclean …` does."""
from newsclean.cli import main

if __name__ == "__main__":  # not when a doctest collector imports the module
    raise SystemExit(main())
