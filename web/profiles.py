"""Profiles: a speaker's or a State's page data (archive.profiles), shown at the top of
its entity page and served as JSON at /api/speakers/NAME and /api/countries/NAME.

One dict feeds both, so the page and the API cannot disagree. A name is
resolved as the entity pages resolve it: another spelling of a known value
redirects to the value's own URL, an unknown one is a 404 naming the closest.
"""

from __future__ import annotations

from functools import partial

from flask import Blueprint, jsonify, redirect, request, url_for

from archive.dates import readable_date
from archive.entities import resolve
from archive.profiles import PROFILED, Held, Profile, spans
from web.current import archive
from web.errors import error_response
from web.links import statement_url
from web.page_data import url_with

bp = Blueprint("profiles", __name__, url_prefix="/api")

# The facet -> the path of its index and entity pages (/speakers, /api/speakers/NAME).
PATHS = {"speaker": "speakers", "country": "countries"}


# The filters whose values are names a person may type, and may mistype.
NAMED_FILTERS = ("speaker", "country", "forum", "meeting")


def unknown_filter_values(args: list[tuple[str, str]], path: str) -> list[dict]:
    """Each named filter value the archive does not hold ('speaker=Lula'), with the closest values it does,
    each a link to the same search with that value instead: why a search found nothing, and the way on."""
    unknown = []
    for kind, value in args:
        found = resolve(kind, value, archive().facet_values(kind)) if kind in NAMED_FILTERS else None
        if found is None or found.value is not None:
            continue
        links = [(url_with(path, [(k, other if (k, v) == (kind, value) else v) for k, v in args if k != "page"]),
                  other) for other in found.suggestions]
        unknown.append({"kind": kind, "value": value, "links": links})
    return unknown


def resolved(kind: str, name: str, endpoint: str):
    """(`name` as the archive keeps it, None), or (None, a response): a redirect from
    another spelling to `endpoint`'s URL of the kept value, or a 404 with the closest names."""
    found = resolve(kind, name, archive().facet_values(kind))
    if found.value is None:
        links = [(url_for(f"pages.{kind}", name=value), value) for value in found.suggestions]
        links.append((url_for("pages.search", q=name), f"Search the archive for “{name}”"))
        return None, error_response(f"No {kind} called {name!r} in the archive." +
                                    (" Did you mean one of these?" if found.suggestions else ""), 404, links)
    if found.value != name:
        return None, redirect(url_for(endpoint, name=found.value, **request.args.to_dict(flat=False)))
    return name, None


def _held(items: tuple[Held, ...], key: str, kind: str | None = None) -> list[dict]:
    return [{key: item.value, "years": list(item.years), "spans": item.spans, "count": item.count,
             **({"url": url_for(f"pages.{kind}", name=item.value)} if kind else {})} for item in items]


def _statement(statement_id: str | None) -> dict | None:
    record = archive().get(statement_id) if statement_id else None
    if record is None:
        return None
    return {"id": record.id, "title": record.title, "date": record.date,
            "readable_date": readable_date(record.date, record.date_precision) if record.date else None,
            "url": statement_url(record.id)}


def profile_data(kind: str, name: str) -> dict:
    """The page data of a profile: every value with its years, count and link."""
    profile: Profile = archive().profile(kind, name)
    page = url_for(f"pages.{kind}", name=name)
    also = [{"name": value, "count": count, "url": url_for(f"pages.{kind}", name=value)}
            for value, count in profile.also]
    return {
        "ok": True,
        "kind": kind,
        "name": name,
        "url": page,
        "count": profile.total,
        "spellings": {
            "written": [{"spelling": spelling, "count": count} for spelling, count in profile.written],
            "in_archive": also,
            "known_as": list(profile.known_as),
        },
        "possibly_same": [{"name": value, "count": count, "url": url_for(f"pages.{kind}", name=value)}
                          for value, count in profile.possibly],
        "all_spellings_url": url_for("pages.search", **{kind: [name, *(item["name"] for item in also)]})
        if also else None,
        "posts": _held(profile.posts, "post"),
        "countries": _held(profile.countries, "country", "country"),
        "forums": _held(profile.forums, "forum", "forum"),
        "speakers": [{"speaker": speaker.name, "url": url_for("pages.speaker", name=speaker.name),
                      "years": list(speaker.years), "spans": speaker.spans, "count": speaker.count,
                      "posts": _held(speaker.posts, "post")} for speaker in profile.speakers],
        "spans": spans(tuple(year for year, _count in profile.per_year)),
        "per_year": [{"year": year, "count": count, "url": url_for(f"pages.{kind}", name=name, year=year)}
                     for year, count in profile.per_year],
        "first": _statement(profile.first),
        "last": _statement(profile.last),
    }


def show_profile(kind: str, name: str):
    kept, response = resolved(kind, name, f"profiles.{kind}")
    return response if kept is None else jsonify(profile_data(kind, kept))


for _kind in PROFILED:
    bp.add_url_rule(f"/{PATHS[_kind]}/<path:name>", endpoint=_kind, view_func=partial(show_profile, _kind),
                    methods=["GET"])
