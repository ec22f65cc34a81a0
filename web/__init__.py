"""Verbatim's web app: search page, reading view and JSON API, read-only.

`create_app(test_config=None)` builds the app; nothing is opened at import
time. The app opens the index when it starts (WARM_AT_START), so a server's
first visitor does not wait for it; tests open it on their first request.
"""

from __future__ import annotations

from flask import Flask

from archive import Archive
from archive.paths import PROJECT_ROOT
from web import caching, errors, settings


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(PROJECT_ROOT / "instance"), instance_relative_config=True)
    app.config.from_mapping(settings.defaults())
    if test_config is None:
        app.config.from_pyfile("settings.py", silent=True)
    else:
        app.config.from_mapping(test_config)
    app.extensions["archive"] = Archive(app.config["INDEX_DIR"], cache_bytes=app.config["RESULT_CACHE_BYTES"])
    if app.config["WARM_AT_START"] and not app.testing:
        app.extensions["archive"].warm()

    from web import api, compare, concordance, exports, feeds, indexes, pages, profiles, trends

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(indexes.bp)
    app.register_blueprint(profiles.bp)
    app.register_blueprint(concordance.bp)
    app.register_blueprint(trends.bp)
    app.register_blueprint(compare.bp)
    errors.init_app(app)
    caching.init_app(app)
    app.after_request(security_headers)
    # Browsers ask for /favicon.ico whatever the page says: answer rather than log a 404 on every page.
    app.add_url_rule("/favicon.ico", "favicon", lambda: app.send_static_file("favicon.svg"))
    return app


# Pages load nothing from elsewhere and run no inline script.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


# The archive needs no camera, microphone, location, payment or sensor: none is granted to any page.
PERMISSIONS_POLICY = ("camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), "
                      "gyroscope=(), magnetometer=(), interest-cohort=()")


def security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
    return response
