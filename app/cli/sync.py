"""``sync register|run|status|export|import``: the till's link to its office, online or by bundle file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.bootstrap import open_database
from app.sync.bundle import BundleRefused
from app.sync.client import OfficeRefused, OfficeUnreachable
from app.sync.link import NotRegistered, load_link
from app.sync.offline import export_bundle, import_reply
from app.sync.outbound import held_count, pending_count
from app.sync.register import register_till
from app.sync.worker import SyncWorker

DEFAULT_DB = os.environ.get("KUPA_DB", "var/demo/kupa.db")


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("sync", help="sync this till with its head office")
    parser.add_argument("--db", type=Path, default=Path(DEFAULT_DB), help=f"the till database (default {DEFAULT_DB})")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    reg = actions.add_parser("register", help="register with an office using a one-time code")
    reg.add_argument("--office", required=True, help="the office address, e.g. http://office.example:8600")
    reg.add_argument("--code", required=True)
    actions.add_parser("run", help="push and pull once now")
    actions.add_parser("status", help="how much is queued and when the till last synced")
    export = actions.add_parser("export", help="write the queued rows to a signed bundle file")
    export.add_argument("file", type=Path)
    imp = actions.add_parser("import", help="apply the office's reply bundle")
    imp.add_argument("file", type=Path)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.db.exists():
        print(f"{args.db} does not exist", file=sys.stderr)
        return 1
    engine, uow = open_database(args.db)
    try:
        if args.action == "register":
            link = register_till(uow, args.office, args.code)
            right = {True: "may", False: "may not", None: "was not told whether it may"}[link.publish_programs]
            print(f"till {link.till_id} registered with {args.office}; it {right} publish loyalty programs")
        elif args.action == "run":
            report = SyncWorker(uow).sync_once()
            print(f"pushed {report.pushed} rows in {report.batches} batches, pulled {report.pulled} changes")
        elif args.action == "status":
            with uow() as work:
                link = load_link(work.session)
                queued, held = pending_count(work.session, link), held_count(work.session, link)
            print(f"office {link.office_url or '(bundles only)'}; {queued} rows queued; confirmed {link.confirmed_at}")
            if held:
                print(f"{held} program change(s) held on this till: the office does not let it publish programs")
        elif args.action == "export":
            exported = export_bundle(uow)
            tmp = args.file.with_name(args.file.name + ".part")
            tmp.write_bytes(exported.data)
            tmp.replace(args.file)
            print(f"{exported.rows} rows written to {args.file}; they stay queued until the reply is imported")
            if exported.held:
                print(f"{exported.held} program change(s) left out: the office does not let this till publish them")
        else:
            done = import_reply(uow, args.file.read_bytes())
            print(f"{done.acked} rows confirmed by the office, {done.changes} changes applied")
        return 0
    except BundleRefused as exc:
        print(f"bundle refused, nothing was applied: {exc}", file=sys.stderr)
        return 2
    except (NotRegistered, OfficeRefused, OfficeUnreachable, OSError) as exc:
        print(f"sync {args.action} failed: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
