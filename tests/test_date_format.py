"""One date format on public and dashboard pages."""

from __future__ import annotations


def test_dates_have_one_format_on_public_and_dashboard_pages():
    """Dates looked different on the dashboard and on public pages."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "blogparade"
    short = [
        str(path.relative_to(root))
        for path in root.rglob("*.html")
        if "SHORT_DATE" in path.read_text()
    ]
    assert short == []
