"""The `verbatim` command: index, search, show, extract, serve.

This is the one place that joins the indexer (which writes the index) and
the web app (which only reads it); neither of them imports the other.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import socket
import sys
from pathlib import Path
from urllib.parse import urlencode

from archive import Archive, SearchRequest, storage
from archive.concordance import DEFAULT_SIZE as CONCORDANCE_SIZE
from archive.concordance import SORTS as CONCORDANCE_SORTS
from archive.dates import date_as_known
from archive.errors import IndexBusy, IndexMissing, NotAnIndex
from archive.paths import INDEX_ENV, PROJECT_ROOT, default_index_dir
from archive.requests import DEFAULT_PAGE_SIZE, FACETS, SORTS
from archive.storage import INDEX_FORMAT, current_build
from archive.trends import SPLITS as TREND_SPLITS
from indexer.build import build_index
from indexer.check import check_folder, document_names
from indexer.corrections import correct, parse_assignments
from indexer.importers import ungdc
from indexer.planning import load_statement
from indexer.reading import SourceError
from indexer.registry import remove, source_counts
from indexer.rules import rules_fingerprint
from indexer.sources import find_sources

SEEDS_DIR = PROJECT_ROOT / "seeds"
EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2

# `verbatim import KIND`: each kind of corpus and its importer (indexer/importers/), which
# returns the build's report and a manifest of what it matched.
IMPORTERS = {
    "ungdc": ungdc.import_corpus,  # the UN General Debate Corpus
}


def cmd_index(args) -> int:
    """Add or update the statements of files and folders (none: rescan the archive's sources), then publish."""
    report = build_index([Path(s) for s in args.sources], Path(args.index), show_progress=args.progress)
    print(report.summary())
    print(f"index published at {args.index}")
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def cmd_sources(args) -> int:
    """List the files and folders the archive was built from, with their statements."""
    for source, count in source_counts(Path(args.index)):
        print(f"{plural(count, 'statement'):>18}  {source}")
    return EXIT_OK


def cmd_remove(args) -> int:
    """Remove statements by id, or all those of a file or folder, and publish the index."""
    report = remove(Path(args.index), args.targets)
    print("\n".join(f"removed {item}" for item in report.removed) or "nothing removed")
    return EXIT_OK


def _params(args):
    """The options as a URL's parameters (a MultiDict), so they are read and checked as the web app reads them."""
    # web (and so Flask) is loaded only by the commands that use it.
    from werkzeug.datastructures import MultiDict

    params = [("q", " ".join(args.query)), ("from", args.date_from), ("to", args.date_to), ("sort", args.sort),
              ("page", args.page), ("size", args.size), ("exact", "1" if args.exact else None),
              ("state_first", "0" if getattr(args, "words_only", False) else None)]
    params += [(name, value) for name in FACETS for value in getattr(args, name) or ()]
    return MultiDict([(name, value) for name, value in params if value is not None])


def _request(args) -> SearchRequest:
    """The search the options describe, with the web app's checks."""
    from web.params import search_request

    return search_request(_params(args))


def cmd_search(args) -> int:
    """Search the archive and print the hits (or the whole result as JSON)."""
    with Archive(args.index) as archive:
        result = archive.search(_request(args))
    if args.json:
        from web.page_data import search_page

        data = search_page(result, [], "/", lambda statement_id, q: f"/statements/{statement_id}")
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{plural(result.total, 'statement')} (page {result.request.page} of {result.pages})")
    if result.variants:
        print(f"Also matched: {', '.join(result.variants)} (--exact for the spelling as typed)")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}?")
    if result.speaking:
        print(f"Statements by {result.speaking} first: the query begins with its name (--words-only to rank all alike)")
    for hit in result.hits:
        s = hit.statement
        forums = "; ".join(s.forums) or s.forum or "-"
        print(f"\n{s.id}  {date_as_known(s.date, s.date_precision) or 'undated'}  {s.doc_type}  {s.country or '-'}  "
              f"{forums}")
        print(f"  {s.title}")
    return EXIT_OK


def cmd_concordance(args) -> int:
    """Every occurrence of the words in context, one line each (all of them as CSV or JSON)."""
    from archive import concordance
    from web.exports import csv_lines
    from web.params import concordance_request

    wanted = concordance_request(_params(args))

    def url(line) -> str:
        return f"/statements/{line.statement.id}?{urlencode({'q': wanted.search.q})}#hit-{line.hit_number}"

    with Archive(args.index) as archive:
        if args.csv or args.json:
            rows = (concordance.row(line, url(line)) for line in concordance.all_lines(archive, wanted))
            if args.csv:
                sys.stdout.writelines(csv_lines(itertools.chain([concordance.COLUMNS], rows)))
            else:
                print(json.dumps({"method": concordance.METHOD, "lines": [dict(zip(concordance.COLUMNS, cells,
                                                                                   strict=True)) for cells in rows]},
                                 ensure_ascii=False, indent=1))
            return EXIT_OK
        result = concordance.concordance(archive, wanted)
    print(f"{plural(result.total, 'occurrence')} in {plural(result.statements, 'statement')} "
          f"(page {wanted.page} of {result.pages}). {concordance.METHOD}")
    for line in result.lines:
        s = line.statement
        when = date_as_known(s.date, s.date_precision) or "undated"
        print(f"{when:10}  {(s.country or '-')[:18]:18}  {line.left[-50:]:>50} [{line.hit}] "
              f"{line.right[:50]}")
    return EXIT_OK


def cmd_trends(args) -> int:
    """Occurrences per year per 10,000 words, one series per query (or per value of --by)."""
    from archive import trends
    from web.exports import csv_lines
    from web.params import trend_series

    params = _params(args)
    params.setlist("q", args.query)
    if args.by:
        params["by"] = args.by
    with Archive(args.index) as archive:
        result = trends.trends(archive, trend_series(params))
    rows = list(trends.rows(result))
    if args.csv:
        sys.stdout.writelines(csv_lines(itertools.chain([trends.COLUMNS], rows)))
    elif args.json:
        print(json.dumps({"method": trends.METHOD, "rows": [dict(zip(trends.COLUMNS, row, strict=True))
                                                            for row in rows]}, ensure_ascii=False, indent=1))
    else:
        print("year  " + "".join(f"{s.label[:22]:>24}" for s in result.series))
        for index, year in enumerate(result.years):
            cells = [s.points[index] for s in result.series]
            print(f"{year}  " + "".join(f"{'-' if p.rate is None else f'{p.rate:.2f} ({p.occurrences})':>24}"
                                        for p in cells))
        print(f"per {trends.PER_WORDS:,} words (occurrences). {trends.METHOD}")
    return EXIT_OK


def cmd_compare(args) -> int:
    """The words and two-word phrases that most distinguish two sets of statements (log-odds, z-scores)."""
    from werkzeug.datastructures import MultiDict

    from archive import compare
    from web.exports import csv_lines
    from web.params import compare_sets

    params = MultiDict([("a", args.a), ("b", args.b)] + ([("q", " ".join(args.query))] if args.query else []))
    with Archive(args.index) as archive:
        result = compare.compare(archive, *compare_sets(params))
    rows = list(compare.rows(result))
    if args.csv:
        sys.stdout.writelines(csv_lines(itertools.chain([compare.COLUMNS], rows)))
        return EXIT_OK
    if args.json:
        print(json.dumps({"method": compare.METHOD, "terms": [dict(zip(compare.COLUMNS, row, strict=True))
                                                               for row in rows]}, ensure_ascii=False, indent=1))
        return EXIT_OK
    for key, side in (("A", result.a), ("B", result.b)):
        print(f"{key}: {side.label}: {plural(side.statements, 'statement')}, {plural(side.words, 'word')}")
    for kind, terms in (("words", result.words), ("phrases", result.phrases)):
        for key, leaning in (("A", terms[:compare.TOP]), ("B", terms[::-1][:compare.TOP])):
            print(f"\n{kind} of {key}:")
            for t in leaning:
                print(f"  {t.text:30} z {t.z:7.2f}   A {t.a:6}   B {t.b:6}")
    print(f"\n{compare.METHOD}")
    return EXIT_OK


def cmd_show(args) -> int:
    """Print one statement's record as JSON, body and evidence included."""
    with Archive(args.index) as archive:
        statement = archive.get(args.id)
    if statement is None:
        raise ValueError(f"no statement with id {args.id!r}")
    print(json.dumps(statement.to_dict(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_extract(args) -> int:
    """Print the record extracted from each file as JSON lines; no index is touched."""
    status = EXIT_OK
    for target in args.files:
        if not Path(target).exists():
            raise FileNotFoundError(f"{target}: no such file or folder")
        for source_file in find_sources(Path(target)):
            try:
                statement = load_statement(source_file)
            except (SourceError, ValueError) as error:
                print(f"verbatim extract: {source_file.path}: skipped: {error}", file=sys.stderr)
                status = EXIT_SKIPPED
                continue
            print(json.dumps(statement.to_dict(), ensure_ascii=False))
    return status


def cmd_import(args) -> int:
    """Import a corpus that keeps its metadata beside body-only files (ungdc: the UN General Debate Corpus)."""
    importer = IMPORTERS[args.kind]
    report, manifest = importer(Path(args.path), Path(args.index), show_progress=args.progress, workers=args.workers)
    print(manifest.report() if args.verbose else manifest.report().splitlines()[0])
    print(report.summary())
    print(f"index published at {args.index}")
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def cmd_correct(args) -> int:
    """Set fields of one statement by hand (FIELD=VALUE; FIELD= clears it) and re-index it."""
    correction = correct(Path(args.index), args.id, parse_assignments(args.assignments))
    record = correction.statement
    for name in parse_assignments(args.assignments):
        was = f" (extraction had {record.corrected[name]!r})" if name in record.corrected else ""
        print(f"{name} = {getattr(record, name)!r}{was}")
    print(f"written to {correction.written}; {record.id} re-indexed")
    return EXIT_OK


def cmd_check(args) -> int:
    """Compare extraction with a labels file: accuracy per field and every mismatch."""
    only = document_names(args.only) if args.only else None
    report = check_folder(Path(args.folder), Path(args.labels), document_names(args.leave_out or []), only)
    print(report.table())
    if args.confidence:
        print()
        print(report.precision_by_confidence())
    if report.mismatches and not args.quiet:
        print()
        print(report.details())
    return EXIT_OK


def prepare_index(index_dir: Path) -> bool:
    """A servable index at `index_dir`: the seed archive is built if there is
    none, and rebuilt if an older Verbatim wrote it. Another corpus in an older
    format is its owner's to rebuild: False, with the command to run."""
    build = current_build(index_dir)
    if build is None and index_dir.absolute() != default_index_dir().absolute():
        print(f"verbatim serve: no index at {index_dir}: build one with `verbatim index SOURCE... --index "
              f"{index_dir}` (only the default index, {default_index_dir()}, is made from the seeds)", file=sys.stderr)
        return False
    seeds_only = build is not None and all(path and Path(path).is_relative_to(SEEDS_DIR)
                                           for path in storage.sources_of(build))
    if build is None:
        doing = f"no index at {index_dir}: building it"
    elif storage.index_format(build) == INDEX_FORMAT:
        if storage.rules_of(build) == rules_fingerprint():
            return True
        if not seeds_only:
            print(f"{index_dir} was read with an earlier Verbatim's extraction rules: its speakers, States and dates "
                  f"may differ from what this version reads. `verbatim index --index {index_dir}` reads its sources "
                  "again (`verbatim import` again for an imported corpus).", file=sys.stderr)
            return True
        doing = f"{index_dir} was read with an earlier Verbatim's extraction rules: rebuilding it"
    elif seeds_only:
        doing = f"{index_dir} was written by an older Verbatim: rebuilding it"
    else:
        print(f"{index_dir} was written by an older Verbatim: rebuild it with `verbatim index SOURCES "
              f"--index {index_dir}`", file=sys.stderr)
        return False
    print(f"{doing} from {SEEDS_DIR}", file=sys.stderr)
    print(build_index([SEEDS_DIR], index_dir).summary(), file=sys.stderr)
    return True


def _port_taken(host: str, port: int) -> str | None:
    """Why `host:port` cannot be listened on, or None: checked before saying where the site is."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            return error.strerror or str(error)
    return None


def cmd_serve(args) -> int:
    """Serve the archive over HTTP (the seed archive if no index was built)."""
    index_dir = Path(args.index)
    if not prepare_index(index_dir):
        return EXIT_ERROR
    port_taken = _port_taken(args.host, args.port)
    if port_taken:
        raise ValueError(f"cannot listen on {args.host}:{args.port} ({port_taken}): choose another --port")
    print(f"Verbatim is serving {index_dir} at http://{args.host}:{args.port}/", file=sys.stderr)
    if args.production:
        # gunicorn's workers are processes, each with its own searchers on the
        # one index on disk: throughput scales with processes, not threads.
        os.environ[INDEX_ENV] = str(index_dir.resolve())
        os.execvp(sys.executable, [
            sys.executable, "-m", "gunicorn", "--workers", str(args.workers), "--threads", "2",
            "--bind", f"{args.host}:{args.port}", "--access-logfile", "-", "web:create_app()",
        ])
    from web import create_app

    app = create_app({"INDEX_DIR": str(index_dir)})
    app.run(host=args.host, port=args.port, debug=args.debug, threaded=True, use_reloader=False)
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="verbatim", description="A searchable archive of diplomatic statements.")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name, handler, **kwargs):
        sub = commands.add_parser(name, help=handler.__doc__.splitlines()[0], description=handler.__doc__, **kwargs)
        sub.set_defaults(handler=handler)
        return sub

    def with_index(sub):
        sub.add_argument("--index", default=str(default_index_dir()), help="index folder (default: %(default)s)")
        return sub

    index = with_index(command("index", cmd_index))
    index.add_argument("sources", nargs="*", metavar="SOURCE",
                       help="files or folders of statements (none: rescan those the archive was built from)")
    index.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="show a progress bar (default: when stderr is a terminal)")

    with_index(command("sources", cmd_sources))
    remover = with_index(command("remove", cmd_remove))
    remover.add_argument("targets", nargs="+", metavar="ID|PATH", help="statement ids, or files or folders")

    def with_search(sub, sorts, sort_help: str, page_size: int):
        sub.add_argument("query", nargs="*", help="the query; empty browses everything")
        for name in FACETS:
            sub.add_argument(f"--{name}", action="append", help=f"filter by {name} (repeatable)")
        sub.add_argument("--from", dest="date_from", help="from date: 2021, June 2021, 2021-06-22")
        sub.add_argument("--to", dest="date_to", help="to date, same forms")
        sub.add_argument("--sort", choices=sorts, help=sort_help)
        sub.add_argument("--page", metavar="N", help="page of the results (default: 1)")
        sub.add_argument("--size", metavar="N", help=f"results per page (default: {page_size})")
        sub.add_argument("--exact", action="store_true", help="the spelling as typed, without its other spellings")
        sub.add_argument("--words-only", action="store_true",
                         help="rank by the words alone: a query beginning with a State's name does not put "
                              "that State's statements first")
        return sub

    search = with_search(with_index(command("search", cmd_search)), SORTS,
                         "default: relevance for a query, newest when browsing", DEFAULT_PAGE_SIZE)
    search.add_argument("--json", action="store_true", help="print the result as JSON")

    kwic = with_search(with_index(command("concordance", cmd_concordance)), CONCORDANCE_SORTS,
                       "oldest (default) or newest first, or by the word before or after the hit", CONCORDANCE_SIZE)
    kwic_format = kwic.add_mutually_exclusive_group()
    kwic_format.add_argument("--csv", action="store_true", help="print every line as CSV")
    kwic_format.add_argument("--json", action="store_true", help="print every line as JSON")

    trend = with_index(command("trends", cmd_trends))
    trend.add_argument("query", nargs="+", help="one query per series (up to five), or one query with --by")
    for name in FACETS:
        trend.add_argument(f"--{name}", action="append", help=f"filter by {name} (repeatable)")
    trend.add_argument("--by", choices=TREND_SPLITS, help="one series per value given of this filter")
    trend.add_argument("--from", dest="date_from", help="from date: 1960, June 2021, 2021-06-22")
    trend.add_argument("--to", dest="date_to", help="to date, same forms")
    trend.add_argument("--exact", action="store_true", help="the spelling as typed, without its other spellings")
    trend.set_defaults(sort=None, page=None, size=None)
    trend_format = trend.add_mutually_exclusive_group()
    trend_format.add_argument("--csv", action="store_true", help="print the counts as CSV")
    trend_format.add_argument("--json", action="store_true", help="print the counts as JSON")

    comparer = with_index(command("compare", cmd_compare))
    comparer.add_argument("a", help="set A as filters, as in a URL: country=India&from=1990 ('' for all)")
    comparer.add_argument("b", help="set B, the same way")
    comparer.add_argument("--q", dest="query", nargs="+", help="only the statements matching these words")
    compare_format = comparer.add_mutually_exclusive_group()
    compare_format.add_argument("--csv", action="store_true", help="print every ranked term as CSV")
    compare_format.add_argument("--json", action="store_true", help="print every ranked term as JSON")

    show = with_index(command("show", cmd_show))
    show.add_argument("id")

    corrector = with_index(command("correct", cmd_correct))
    corrector.add_argument("id", help="the statement's id")
    corrector.add_argument("assignments", nargs="+", metavar="FIELD=VALUE",
                           help="e.g. country=Moldova 'date=22 June 2021' location=")

    extract = command("extract", cmd_extract)
    extract.add_argument("files", nargs="+", metavar="FILE", help="files or folders to extract from")

    importer = with_index(command("import", cmd_import))
    importer.add_argument("kind", choices=sorted(IMPORTERS), help="the corpus's layout")
    importer.add_argument("path", help="the corpus folder (unpacked)")
    importer.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    importer.add_argument("--verbose", action="store_true", help="list every file without a row and row without a file")
    importer.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                          help="show a progress bar (default: when stderr is a terminal)")

    check = command("check", cmd_check)
    check.add_argument("folder", help="folder of documents (or of a docs/ folder)")
    check.add_argument("--labels", required=True, help="labels file in the devset's labels.json format")
    check.add_argument("--quiet", action="store_true", help="print the accuracy table only")
    check.add_argument("--confidence", action="store_true",
                       help="also the precision of the values found in each band of confidence")
    check.add_argument("--leave-out", action="append", metavar="NAME|FILE",
                       help="leave out this document, or those a file lists one a line (repeatable)")
    check.add_argument("--only", action="append", metavar="NAME|FILE",
                       help="check only this document, or those a file lists (repeatable)")

    serve = with_index(command("serve", cmd_serve))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--debug", action="store_true", help="Flask debug mode: for development only")
    serve.add_argument("--production", action="store_true", help="serve with gunicorn's worker processes")
    serve.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2,
                       help="gunicorn worker processes (default: two per core)")
    return parser


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def main(argv: list[str] | None = None) -> int:
    """Run one command; a mistake of the user's is one line naming the command, and exit 2."""
    args = make_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (ValueError, SourceError, IndexMissing, IndexBusy, NotAnIndex, FileNotFoundError) as error:
        print(f"verbatim {args.command}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`verbatim search mines | head -1`): stop quietly, as Python's docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
