"""Visit notes from the shell: extract (nothing saved) and note (saved as confirmed visits)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bot.cli.app import AsOption, JsonFlag, app, context, fail, parse_date
from bot.views import texts
from memory.base.errors import KeqingError
from memory.base.limits import EXTERNAL_ID_LIMIT, PERSON_LIMIT, storable

if TYPE_CHECKING:  # the engine and the database are imported when a command runs: a cold ask stays light
    from bot.context import AppContext
    from memory.accounts.access import Scope
    from memory.notes.intake import NoteIntake
    from memory.schema.record import VisitRecord


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        fail(texts.t("bad_jsonl", path=path, line=0, problem=exc.strerror or str(exc)))
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(texts.t("bad_jsonl", path=path, line=number, problem=exc.msg))
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                fail(texts.t("bad_jsonl", path=path, line=number, problem='need {"id","date","rep","text"}'))
            for key, limit in (("id", EXTERNAL_ID_LIMIT), ("rep", PERSON_LIMIT)):
                if len(storable(str(row.get(key) or ""))) > limit:
                    problem = texts.t("too_long", what=key, limit=limit)
                    fail(texts.t("bad_jsonl", path=path, line=number, problem=problem))
            if row.get("date"):
                try:
                    dt.date.fromisoformat(str(row["date"]))
                except ValueError:
                    fail(texts.t("bad_jsonl", path=path, line=number, problem=f"date {row['date']!r}"))
            yield number, row


@app.command()
def extract(
    date: Annotated[str | None, typer.Option(help="The note's date, YYYY-MM-DD (default today).")] = None,
    rep: Annotated[str | None, typer.Option(help="The rep who wrote the note.")] = None,
    json_: JsonFlag = False,
    jsonl: Annotated[Path | None, typer.Option(help='Batch: lines {"id","date","rep","text"}.')] = None,
    out: Annotated[Path | None, typer.Option(help="Batch output (default stdout).")] = None,
) -> None:
    """Read one note on stdin and print its visit record; nothing is saved."""
    from bot.views.cards import render_card
    from memory.notes.engines import extractor

    ctx = context()
    with ctx.db.session() as session:
        engine = extractor(session=session, lexicon=ctx.lexicon, model=ctx.model)
    if jsonl is None:
        text = sys.stdin.read()
        result = engine.extract(text, date=parse_date(date), rep=rep)
        if json_:
            typer.echo(json.dumps(result.record.to_json(), ensure_ascii=False, indent=1))
        else:
            typer.echo(render_card(result.record))
        return
    rows = []
    for _number, row in _read_jsonl(jsonl):
        result = engine.extract(row["text"], date=parse_date(row.get("date")), rep=row.get("rep"))
        rows.append(json.dumps({"id": row.get("id"), "record": result.record.to_json()}, ensure_ascii=False))
    output = "\n".join(rows) + ("\n" if rows else "")
    if out is None:
        sys.stdout.write(output)
    else:
        out.write_text(output, encoding="utf-8")


@app.command()
def note(
    jsonl: Annotated[
        Path | None, typer.Option(help='Lines {"id","date","rep","text"}; default: one note on stdin.')
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", help="Save without asking, as if the rep had confirmed.")
    ] = False,
    date: Annotated[str | None, typer.Option(help="The note's date for a note on stdin.")] = None,
    rep: Annotated[str | None, typer.Option(help="The rep of a note on stdin.")] = None,
    as_: AsOption = None,
    create_rep: Annotated[
        bool, typer.Option("--create-rep", help="A rep nobody has yet is created, not refused.")
    ] = False,
) -> None:
    """Save notes as visits: the raw text first, then the record, contacts, products and commitments.
    With `--as NAME` only that person's accounts (a manager: the team's) are written to."""
    if not yes:
        fail(texts.t("need_yes"), 2)
    rows = (
        [row for _n, row in _read_jsonl(jsonl)]
        if jsonl is not None
        else [{"id": None, "date": date, "rep": rep, "text": sys.stdin.read()}]
    )
    from memory.notes.intake import saved_ids  # the engine and the database: when run
    from memory.notes.learning import learn

    ctx = context()
    intake = ctx.intake()
    scope = _writer(ctx, as_)
    saved, corrected = 0, False
    done = saved_ids(ctx.db, [str(row["id"]) for row in rows if row.get("id") is not None])
    for number, row in enumerate(rows, start=1):
        if row.get("id") is not None and str(row["id"]) in done:
            continue  # an id already saved is skipped (contract)
        confirmed = _confirmed_record(row, number, jsonl)
        problem = _save_row(ctx, intake, scope, row, confirmed, default_rep=as_, create_rep=create_rep)
        if problem:
            typer.echo(texts.t("note_failed", line=number, id=row.get("id"), problem=problem), err=True)
            continue
        done.add(str(row.get("id")))
        saved += 1
        corrected = corrected or confirmed is not None
    if corrected:  # what the confirmed records teach, learned once for the batch
        learn(ctx.db, ctx.lexicon)
    typer.echo(texts.t("note_saved", count=saved))


def _writer(ctx: AppContext, name: str | None) -> Scope:
    from memory.accounts.access import scope_for

    try:
        with ctx.db.session() as session:
            return scope_for(session=session, name=name)
    except KeqingError as exc:
        fail(texts.error_text(exc), 2)


def _save_row(
    ctx: AppContext,
    intake: NoteIntake,
    scope: Scope,
    row: dict[str, Any],
    confirmed: VisitRecord | None,
    *,
    default_rep: str | None,
    create_rep: bool = False,
) -> str | None:
    """One line saved as a visit; else why not, in words. A row's rep must be within the writer's scope."""
    from memory.accounts.access import narrowed

    rep = row.get("rep") or default_rep
    try:
        if scope.rep_ids is not None:
            with ctx.db.session() as session:
                narrowed(session=session, scope=scope, rep=rep or "")
        outcome = intake.take(
            text=row["text"],
            note_date=parse_date(row.get("date")),
            rep=rep,
            channel="cli",
            external_id=row.get("id"),
            scope=scope,
            create_rep=create_rep,
        )
        if outcome.problem:
            return texts.t(outcome.problem)
        intake.confirm(
            raw_note_id=outcome.raw_note_id,
            extraction=outcome.extraction,
            record=confirmed,
            scope=scope,
            teach=False,
        )
    except KeqingError as exc:
        return texts.error_text(exc)
    return None


def _confirmed_record(row: dict[str, Any], number: int, path: Path | None) -> VisitRecord | None:
    """The record the rep confirmed, when the line carries one."""
    from pydantic import ValidationError

    from memory.extract.summary import summarize
    from memory.schema.record import VisitRecord

    if row.get("record") is None:
        return None
    try:
        record = VisitRecord.model_validate(row["record"])
    except ValidationError as exc:
        fail(texts.t("bad_jsonl", path=path, line=number, problem=str(exc).splitlines()[0]))
    record.summary = record.summary or summarize(record)
    return record
