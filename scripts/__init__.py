"""The commands a person runs, installed as the package `verbatim` (setup.cfg's
package_dir): the console script is verbatim.cli:main, and the others run as
`python -m verbatim.bench` and so on, through the shell scripts beside them.

The folder's own name is not an import name: a module imported as both
`scripts.cli` and `verbatim.cli` would be two modules with two states.
"""

if __name__ != "verbatim":
    raise ImportError(f"scripts/ is the package `verbatim`, not `{__name__}`: import verbatim.cli and so on "
                      "(`pip install -e .`, which scripts/setup runs, makes it importable)")
