"""``office --db URL``: serve the head office; ``enroll``, ``tills``, ``import``, ``kpis``, ``overdrafts`` act on its
database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("office", help="run or manage the head office")
    parser.add_argument("--db", required=True, help="PostgreSQL URL, or a SQLite file for a one-shop setup")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8600, help="0 picks a free port (printed on start)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    enroll = actions.add_parser("enroll", help="print a one-time code a till registers with")
    enroll.add_argument(
        "--publish-programs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether its till may publish loyalty programs and coupons to every store "
        "(default: only the office's first till may)",
    )
    actions.add_parser("tills", help="the registered tills, when each was last heard from, which may publish programs")
    one = actions.add_parser("till", help="show one till, change its right to publish programs, or revoke it")
    one.add_argument("till", help="the till's id or till code")
    one.add_argument(
        "--publish-programs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="grant or withdraw its right to publish loyalty programs (it learns at its next sync)",
    )
    one.add_argument("--revoke", action="store_true", help="its token stops working (a lost or stolen till)")
    importing = actions.add_parser("import", help="apply a till's bundle and write its reply bundle")
    importing.add_argument("bundle", type=Path)
    importing.add_argument("--reply", type=Path, required=True, help="where to write the reply for the till")
    kpis = actions.add_parser("kpis", help="the loyalty KPIs of every store (or one) as CSV")
    kpis.add_argument("--store", help="one store's code (default: every store, which must share a currency)")
    kpis.add_argument("--months", type=int, default=12)
    kpis.add_argument("--out", type=Path, help="write the CSV here instead of printing it")
    report = actions.add_parser("overdrafts", help="cards overdrawn by offline redemptions")
    report.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # The office's web stack is imported only by this command: every other command (the till) starts without it.
    from app.office.server import serve_forever  # noqa: PLC0415
    from app.office.service import open_office  # noqa: PLC0415

    office = open_office(args.db)
    try:
        if args.action is None:
            serve_forever(office, args.host, args.port)
            return 0
        if args.action == "enroll":
            enrollment = office.enroll(publish_programs=args.publish_programs)
            print(enrollment.code)
            if enrollment.publish_programs:
                print("the till registering with this code may publish loyalty programs", file=sys.stderr)
            return 0
        if args.action == "tills":
            return _tills(office)
        if args.action == "till":
            return _till(args, office)
        if args.action == "import":
            return _import(office_args=args, office=office)
        if args.action == "kpis":
            return _kpis(args, office)
        lines = office.overdrafts()
        if args.json:
            print(json.dumps([line.to_json() for line in lines], indent=2))
        else:
            for line in lines:
                print(
                    f"{line.card} {line.account}: deepest {line.deepest}, balance {line.balance}, "
                    f"outstanding {line.outstanding}, recovered {line.recovered}, tills {', '.join(line.tills)}"
                )
            print(f"{len(lines)} overdrawn card account(s)")
        return 0
    finally:
        office.close()


def _import(*, office_args: argparse.Namespace, office: Any) -> int:
    from app.office.bundles import import_bundle  # noqa: PLC0415
    from app.sync.bundle import BundleRefused  # noqa: PLC0415

    try:
        result = import_bundle(office, office_args.bundle.read_bytes())
    except OSError as exc:
        print(f"cannot read {office_args.bundle}: {exc.strerror}", file=sys.stderr)
        return 1
    except BundleRefused as exc:
        print(f"bundle refused, nothing was applied: {exc}", file=sys.stderr)
        return 2
    tmp = office_args.reply.with_name(office_args.reply.name + ".part")
    tmp.write_bytes(result.reply)
    tmp.replace(office_args.reply)
    print(
        f"till {result.till_id}: {result.ack.applied} new rows, {result.ack.duplicates} already known; "
        f"reply with {result.changes} changes written to {office_args.reply}"
    )
    return 0


TILL_HEADER = "store\ttill\tid\tregistered (UTC)\tlast seen (UTC)\tstate\tprograms"


def _tills(office: Any) -> int:
    tills = office.tills()
    print(TILL_HEADER)
    for till in tills:
        print(_till_line(till))
    print(f"{len(tills)} till(s)")
    return 0


def _till_line(till: Any) -> str:
    state = "revoked" if till.revoked else "active"
    programs = "may publish programs" if till.publish_programs else "-"
    seen = "never" if till.last_seen_at is None else f"{till.last_seen_at:%Y-%m-%d %H:%M}"
    return (
        f"{till.store_code}\t{till.till_code}\t{till.till_id}\t{till.registered_at:%Y-%m-%d %H:%M}\t{seen}\t"
        f"{state}\t{programs}"
    )


def _till(args: argparse.Namespace, office: Any) -> int:
    from app.office.tills import UnknownTill  # noqa: PLC0415

    try:
        if args.publish_programs is not None:
            listing = office.allow_publishing(args.till, args.publish_programs)
            said = "may now publish" if args.publish_programs else "may no longer publish"
            print(f"till {listing.till_code} {said} loyalty programs; it learns this at its next sync", file=sys.stderr)
        if args.revoke:
            listing = office.revoke(args.till)
            print(f"till {listing.till_code} is revoked: its token no longer works", file=sys.stderr)
        listing = office.till(args.till)
    except UnknownTill as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(TILL_HEADER)
    print(_till_line(listing))
    return 0


def _kpis(args: argparse.Namespace, office: Any) -> int:
    from app.domain.errors import DomainError  # noqa: PLC0415
    from app.office.kpis import chain_report  # noqa: PLC0415
    from app.services.kpi_report import report_csv  # noqa: PLC0415

    try:
        text = report_csv(chain_report(office, store_code=args.store, months=args.months))
    except DomainError as error:
        print(f"no KPI report: {error.message}", file=sys.stderr)
        return 2
    if args.out is None:
        print(text, end="")
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"KPIs written to {args.out}")
    return 0
