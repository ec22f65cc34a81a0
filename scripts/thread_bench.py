"""Benchmark of reply threads (archive.replies) on a built index: what finding a statement's thread adds to
its reading view.

For a fixed sample of statements (and every right of reply, up to the sample's size), the thread is found
--repeat times and the whole reading view asked for through the real app as many times, in the same run; the
medians and their ratio are printed, so the share holds on a noisy machine. A benchmark, not a test.

    scripts/thread-bench --index DIR [--sample N] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from archive import Archive, SearchRequest
from archive.replies import thread
from web import create_app


def median_ms(action, repeat: int) -> float:
    action()  # once to warm up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", required=True, help="a built index (the General Debate's, for the README)")
    parser.add_argument("--sample", type=int, default=50, help="statements of each kind timed")
    parser.add_argument("--repeat", type=int, default=5, help="runs per statement (the median is kept)")
    args = parser.parse_args(argv)
    app = create_app({"TESTING": True, "INDEX_DIR": args.index})
    client, archive = app.test_client(), Archive(args.index)
    every = [hit.statement.id for hit in archive.export(SearchRequest(sort="oldest"), snippets=False)]
    replies = [hit.statement.id for hit in archive.export(SearchRequest(filters={"type": ("right_of_reply",)},
                                                                        sort="oldest"), snippets=False)]
    kinds = {"statements": random.Random(13).sample(every, min(args.sample, len(every))),
             "rights of reply": replies[:args.sample]}
    print(f"{args.index}: {len(every)} statements, {len(replies)} rights of reply; "
          f"medians of {args.repeat} runs after one to warm up")
    print(f"{'sample':18} {'n':>4} {'thread ms':>10} {'page ms':>9} {'thread/page':>12} {'linked':>7}")
    for kind, ids in kinds.items():
        if not ids:
            continue
        records = [archive.get(statement_id) for statement_id in ids]
        threads = [median_ms(lambda r=record: thread(archive, r), args.repeat) for record in records]
        pages = [median_ms(lambda i=statement_id: client.get(f"/statements/{i}").get_data(), args.repeat)
                 for statement_id in ids]
        found = [thread(archive, record) for record in records]
        linked = sum(1 for each in found if each.replies_to or each.replied_by)
        one, page = statistics.median(threads), statistics.median(pages)
        print(f"{kind:18} {len(ids):4} {one:10.1f} {page:9.1f} {one / page:12.2f} {linked:7}")
    archive.close()
    app.extensions["archive"].close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
