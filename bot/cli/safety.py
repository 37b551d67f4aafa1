"""Safety reports: `keqing safety list` (admins), the same flow as /safety."""

from __future__ import annotations

import typer

from bot.cli.app import AsOption, JsonFlag, app, context, emit

safety_app = typer.Typer(help="Safety reports of suspected adverse events (admins).", no_args_is_help=True)
app.add_typer(safety_app, name="safety")


@safety_app.command("list")
def safety_list(json_: JsonFlag = False, as_: AsOption = None) -> None:
    """The safety reports reps confirmed, newest first."""
    from bot.flows.compliance import ComplianceFlow  # like every command's flow: loaded when it runs

    outcome = ComplianceFlow(context()).safety(user=as_)
    emit(outcome, json_=json_, to_json=lambda rows: [r.model_dump(mode="json") for r in rows])
