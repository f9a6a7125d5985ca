"""``python -m helpers.corpus init FOLDER [--force]``: write the manifest of a folder of texts and saved pages.

Exit status 0 when the manifest is written (the cells left empty are listed),
2 when it is not (a manifest already there without ``--force``, a folder
with no articles, a page that cannot be read).
"""

from __future__ import annotations

import argparse
import sys

from ..errors import ArticleLoadError
from .init import init_folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.corpus", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    init = sub.add_parser("init", help="write FOLDER/articles.csv for its .txt files and saved web pages")
    init.add_argument("folder", help="the folder of .txt and .html files")
    init.add_argument("--force", action="store_true", help="replace an articles.csv that is already there")
    args = parser.parse_args(argv)
    try:
        result = init_folder(args.folder, force=args.force)
    except ArticleLoadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(result.message())
    return 0


if __name__ == "__main__":
    sys.exit(main())
