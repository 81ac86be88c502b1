from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook, load_workbook

from synth.config import EngagementConfig
from synth.ingest.pipeline import ingest_engagement
from synth.store import Store
from synth.store.surveys import current_answers, response_rates, submissions
from synth.survey.collect import CollectReport, ReturnOutcome, collect_engagement
from synth.survey.layout import ANSWER_SHEET
from synth.survey.render import RenderResult, render_engagement
from synth.survey.token import Token
from synth.tables import TOKEN_SHEET
from tests.survey.conftest import fill, ref, stamp


def workbook_of(result: RenderResult, name: str) -> Path:
    return next(w.path for w in result.workbooks if name in w.path.name)


def outcome(report: CollectReport, name: str) -> ReturnOutcome:
    return next(o for o in report.outcomes if name in o.file)


def answers_by_key(config: EngagementConfig, form: str) -> dict[tuple[str, str, str, str], tuple]:
    with Store.open(config.store_url) as store:
        return {
            (a.recipient_id, a.question_id, a.row_id, a.field_id): (
                a.status,
                a.value_text,
                a.value_number,
            )
            for a in current_answers(store, form)
        }


def test_returned_workbooks_are_checked_and_stored_and_a_broken_one_stops_nothing(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    form = result.form
    inbox = config.inbox
    fill(
        workbook_of(result, "anna"),
        inbox / "Svar från Anna.xlsx",
        {
            ref(form, "chefsniva"): "Enhetschef/rektor (första linjens chef)",
            ref(form, "antal_medarbetare"): 23,
            ref(form, "stod", "hr", "far_stod"): 4,
            ref(form, "stod", "hr", "vet_vart"): "Vet ej",
            ref(form, "stod", "it", "far_stod"): "2",
            ref(form, "stod", "it", "placering"): "Centralt",
            ref(form, "underlattar"): 3,
            ref(form, "andel_admin"): "30",
            ref(form, "storst_skillnad", field="it"): "X",
            ref(form, "storst_skillnad", field="hr"): "x",
            ref(form, "saknar"): "En väg in för alla IT-frågor.",
        },
    )
    fill(
        workbook_of(result, "asa"),
        inbox / "chefsenkat-asa-oberg.xlsx",
        {
            ref(form, "chefsniva"): "Chef",
            ref(form, "antal_medarbetare"): "12,5",
            ref(form, "stod", "ekonomi", "behover_mer"): 7,
            ref(form, "fungerar_bra"): "Lönekontoret svarar fort.",
        },
    )
    tampered = load_workbook(workbook_of(result, "per-ek"))
    token = tampered[TOKEN_SHEET]["B1"].value
    # Per tries to answer as Anna: her recipient id, his token's signature
    anna_id = load_workbook(workbook_of(result, "anna"))[TOKEN_SHEET]["B4"].value
    tampered[TOKEN_SHEET]["B1"] = ":".join([*token.split(":")[:3], anna_id, token.split(":")[4]])
    tampered.save(inbox / "chefsenkat-per-ek.xlsx")
    (inbox / "trasig.xlsx").write_bytes(b"PK\x03\x04 inte en arbetsbok")
    export = Workbook()
    export.active.append(["ID", "Sektor"])
    export.save(inbox / "export_fran_forms.xlsx")

    report = collect_engagement(config)

    assert report.ignored == ["inbox/export_fran_forms.xlsx"]
    assert not report.ok
    anna = outcome(report, "Anna")
    assert (anna.action, anna.invalid, anna.problems) == ("added", 0, ())
    asa = outcome(report, "asa")
    assert asa.action == "added" and asa.invalid == 3
    problems = {(p.cell, p.kind): p.message for p in asa.problems}
    # the cell and question say where; the answer itself is never quoted (it may name someone)
    assert problems[(ref(form, "chefsniva"), "invalid")] == (
        "svaret finns inte bland svarsalternativen"
    )
    assert problems[(ref(form, "antal_medarbetare"), "invalid")] == "svaret ska vara ett heltal"
    assert problems[(ref(form, "stod", "ekonomi", "behover_mer"), "invalid")] == (
        "svaret ska vara ett heltal 1–5 eller Vet ej"
    )
    assert not any("'" in p.message for p in asa.problems)
    assert problems[(ref(form, "underlattar"), "missing")] == "obligatoriskt svar saknas"
    per = outcome(report, "per-ek")
    assert per.action == "rejected" and "token" in per.problems[0].message
    assert per.recipient_id is None
    broken = outcome(report, "trasig")
    assert broken.action == "rejected"
    assert broken.problems[0].message == "kan inte öppnas som Excel-arbetsbok (.xlsx)"

    stored = answers_by_key(config, "chefsenkat")
    a = anna.recipient_id
    assert stored[(a, "chefsniva", "", "")] == ("answered", "forsta_linjen", None)
    assert stored[(a, "stod", "hr", "far_stod")] == ("answered", "4", 4.0)
    assert stored[(a, "stod", "hr", "vet_vart")] == ("answered", "Vet ej", None)
    assert stored[(a, "stod", "it", "far_stod")] == ("answered", "2", 2.0)
    assert stored[(a, "stod", "it", "placering")] == ("answered", "central", None)
    assert stored[(a, "stod", "juridik", "far_stod")] == ("missing", None, None)
    assert stored[(a, "andel_admin", "", "")] == ("answered", "30", 30.0)
    assert stored[(a, "storst_skillnad", "", "hr")][0] == "answered"
    assert (a, "storst_skillnad", "", "ekonomi") not in stored
    assert stored[(a, "fungerar_bra", "", "")] == ("missing", None, None)
    assert stored[(a, "saknar", "", "")] == ("answered", "En väg in för alla IT-frågor.", None)
    s = asa.recipient_id
    assert stored[(s, "chefsniva", "", "")] == ("invalid", None, None)
    assert stored[(s, "storst_skillnad", "", "")] == ("missing", None, None)
    assert stored[(s, "fungerar_bra", "", "")][1] == "Lönekontoret svarar fort."
    assert not any(key[0] == per.recipient_id for key in stored)

    with Store.open(config.store_url) as store:
        rates = {r.sector: (r.recipients, r.answered) for r in response_rates(store)}
    assert rates == {"Vård och omsorg": (1, 1), "Barn och utbildning": (1, 1), "okänd": (1, 0)}

    again = collect_engagement(config)
    assert outcome(again, "Anna").action == "unchanged"
    assert outcome(again, "per-ek").action == "rejected"  # a rejection still stands


def test_a_second_return_counts_and_the_first_is_kept(
    survey_engagement: EngagementConfig, tmp_path: Path
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    form = result.form
    cell = ref(form, "stod", "ekonomi", "far_stod")
    first = fill(workbook_of(result, "anna"), config.inbox / "anna.xlsx", {cell: 2})
    assert outcome(collect_engagement(config), "anna").action == "added"
    second = fill(first, tmp_path / "mejl" / "anna igen.xlsx", {cell: 5})
    stamp(second, dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5))

    report = collect_engagement(config, [tmp_path / "mejl"])

    assert outcome(report, "anna igen").action == "replaced"
    anna = outcome(report, "anna igen").recipient_id
    assert answers_by_key(config, "chefsenkat")[(anna, "stod", "ekonomi", "far_stod")][1] == "5"
    with Store.open(config.store_url) as store:
        returns = [s for s in submissions(store) if s.recipient_id == anna]
    assert [(s.current, s.file.endswith("anna.xlsx")) for s in returns] == [
        (False, True),
        (True, False),
    ]


def test_the_return_received_last_counts_not_the_date_saved_inside_it(
    survey_engagement: EngagementConfig, tmp_path: Path
) -> None:
    """Issue 13, point 11: the workbook's own saved date (docProps) is the sender's to set;
    which return counts is decided by when we received it."""
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    cell = ref(result.form, "underlattar")
    first = fill(workbook_of(result, "asa"), config.inbox / "asa.xlsx", {cell: 4})
    stamp(first, dt.datetime(2099, 12, 31, 23, 0))  # claims to be saved far in the future
    collect_engagement(config)
    second = fill(first, tmp_path / "mejl" / "asa rättad.xlsx", {cell: 1})
    stamp(second, dt.datetime(2026, 11, 2, 9, 0))  # and this one claims to be older

    report = collect_engagement(config, [tmp_path / "mejl"])

    assert outcome(report, "asa rättad").action == "replaced"
    values = {k[1]: v for k, v in answers_by_key(config, "chefsenkat").items()}
    assert values["underlattar"][1] == "1"


def test_two_returns_in_one_run_count_in_the_order_they_arrived(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    cell = ref(result.form, "underlattar")
    # "b" arrived first but says it was saved last; "a" (first by name) arrived last
    early = fill(workbook_of(result, "asa"), config.inbox / "b-svar.xlsx", {cell: 2})
    stamp(early, dt.datetime(2026, 11, 3, 9, 0))
    late = fill(workbook_of(result, "asa"), config.inbox / "a-svar.xlsx", {cell: 5})
    stamp(late, dt.datetime(2026, 11, 1, 9, 0))
    os.utime(early, (1_800_000_000, 1_800_000_000))
    os.utime(late, (1_800_000_600, 1_800_000_600))

    collect_engagement(config)

    values = {k[1]: v for k, v in answers_by_key(config, "chefsenkat").items()}
    assert values["underlattar"][1] == "5"
    with Store.open(config.store_url) as store:
        current = [s.file for s in submissions(store) if s.current]
        received = {s.file: s.received_at for s in submissions(store)}
    assert current == ["inbox/a-svar.xlsx"]
    # what is stored as received is our own time of arrival, not the workbook's claim
    assert received["inbox/a-svar.xlsx"] == dt.datetime(2027, 1, 15, 8, 10)


def test_a_changed_locked_cell_rejects_the_workbook(survey_engagement: EngagementConfig) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    label = ref(result.form, "stod", "hr", "far_stod").replace("C", "B")
    fill(workbook_of(result, "anna"), config.inbox / "anna.xlsx", {label: "Personal"})
    fill(
        workbook_of(result, "asa"),
        config.inbox / "asa.xlsx",
        {"C6": "Annan chefsroll", "J6": "hej"},
    )
    report = collect_engagement(config)
    anna = outcome(report, "anna")
    assert anna.action == "rejected"
    assert anna.problems[0].message == (
        f"låsta celler har ändrats ({label}); skicka en ny arbetsbok"
    )
    # text beside the questions is not read, but the intact questions' answers stand
    asa = outcome(report, "asa")
    assert asa.action == "added"
    assert [p.message for p in asa.problems if p.kind == "locked"] == [
        "text i låsta celler lästes inte (J6)"
    ]
    assert not any(k[0] == anna.recipient_id for k in answers_by_key(config, "chefsenkat"))


def test_the_inventory_reads_decimal_commas_and_own_rows(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "stodresurser")
    form = result.form

    def cell(row: str, column: str) -> str:
        return ref(form, "funktioner", row, column)

    fill(
        workbook_of(result, "anna"),
        config.inbox / "inventering.xlsx",
        {
            ref(form, "ansvarsomrade"): "Hemtjänst Norr",
            cell("verksamhetsutveckling", "antal_personer"): 3,
            cell("verksamhetsutveckling", "aa_budgeterat"): "3,0",
            cell("verksamhetsutveckling", "aa_praktiken"): "2,4 åa",
            cell("verksamhetsutveckling", "placering"): "Central förvaltning",
            cell("verksamhetsutveckling", "kommentar"): "0,6 åa i projekt med högskolan",
            cell("kommunikation", "aa_praktiken"): 1.6,
            cell("egen_1", "rad"): "Bemanningsenhet",
            cell("egen_1", "aa_budgeterat"): 2,
            cell("egen_1", "placering"): "Sektor",
        },
    )
    report = collect_engagement(config)
    anna = outcome(report, "inventering")
    assert anna.action == "added" and anna.invalid == 0
    missing = {(p.cell, p.message) for p in anna.problems}
    # kommunikation is in use (1,6 åa in practice) but lacks the required budget and placement
    assert missing == {
        (cell("kommunikation", "aa_budgeterat"), "obligatoriskt svar saknas"),
        (cell("kommunikation", "placering"), "obligatoriskt svar saknas"),
    }
    stored = {k[1:]: v for k, v in answers_by_key(config, "stodresurser").items()}
    assert stored[("funktioner", "verksamhetsutveckling", "aa_budgeterat")][2] == 3.0
    assert stored[("funktioner", "verksamhetsutveckling", "aa_praktiken")][2] == 2.4
    assert stored[("funktioner", "verksamhetsutveckling", "placering")][1] == "central"
    assert stored[("funktioner", "egen_1", "rad")][1] == "Bemanningsenhet"
    assert stored[("funktioner", "juridik", "aa_budgeterat")] == ("missing", None, None)
    assert not any(k[1] in {"egen_2", "egen_3"} for k in stored)


def test_ingest_leaves_returned_workbooks_to_collect(survey_engagement: EngagementConfig) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    fill(workbook_of(result, "anna"), config.inbox / "anna.xlsx", {"C7": 3})
    report = ingest_engagement(config)
    assert report.ok, report.rejected
    assert not any("anna" in o.path for o in report.outcomes)


def test_the_current_answers_join_the_survey_respondents_pseudonymised(
    survey_engagement: EngagementConfig, tmp_path: Path
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    form = result.form
    hr = ref(form, "stod", "hr", "far_stod")
    first = fill(
        workbook_of(result, "anna"),
        config.inbox / "anna.xlsx",
        {
            hr: 2,
            ref(form, "stod", "it", "far_stod"): "Vet ej",
            ref(form, "fungerar_bra"): "Per Ek på lönekontoret svarar alltid samma dag.",
            ref(form, "chefsniva"): "Annan chefsroll",
        },
    )
    collect_engagement(config)
    second = fill(first, tmp_path / "igen" / "anna.xlsx", {hr: 4})
    stamp(second, dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5))
    report = collect_engagement(config, [tmp_path / "igen"])
    assert report.published == {"chefsenkat": "replaced"}

    with Store.open(config.store_url) as store:
        respondents = store.respondents()
        responses = {r.question_id: r for r in store.responses()}
        statements = [s for s in store.statements() if s.source_type == "enkät"]
    assert [(r.sector, r.role) for r in respondents] == [("Vård och omsorg", "Enhetschef")]
    assert responses["stod.hr.far_stod"].value == 4.0
    assert responses["stod.hr.far_stod"].question == "HR: Jag får det stöd jag behöver"
    assert responses["stod.it.far_stod"].value is None
    assert responses["stod.it.far_stod"].raw == "Vet ej"
    assert responses["stod.juridik.far_stod"].value is None
    assert "chefsniva" not in responses
    assert [s.text for s in statements] == ["[namn] på lönekontoret svarar alltid samma dag."]
    assert statements[0].question == "Vad fungerar bra i det stöd du får i dag?"


def test_the_inventory_does_not_count_as_survey_respondents(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "stodresurser")
    cell = ref(result.form, "funktioner", "hr", "aa_budgeterat")
    fill(workbook_of(result, "anna"), config.inbox / "anna.xlsx", {cell: "1,5"})
    report = collect_engagement(config)
    assert report.count("added") == 1 and report.published == {}
    with Store.open(config.store_url) as store:
        assert store.respondents() == []


def test_a_token_copied_into_another_recipients_workbook_answers_for_no_one(
    survey_engagement: EngagementConfig,
) -> None:
    """Issue 13, point 11: a genuine token pasted into someone else's workbook answered as
    the token's recipient."""
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    cell = ref(result.form, "underlattar")
    annas = load_workbook(workbook_of(result, "anna"))[TOKEN_SHEET]
    fill(workbook_of(result, "anna"), config.inbox / "anna.xlsx", {cell: 4})
    # Per pastes Anna's token into his own workbook ...
    only_token = load_workbook(workbook_of(result, "per-ek"))
    only_token[TOKEN_SHEET]["B1"] = annas["B1"].value
    only_token[ANSWER_SHEET][cell] = 1
    only_token.save(config.inbox / "per-token.xlsx")
    # ... or the whole hidden token sheet, recipient id and all
    whole_sheet = load_workbook(workbook_of(result, "per-ek"))
    for row in ("B1", "B4"):
        whole_sheet[TOKEN_SHEET][row] = annas[row].value
    whole_sheet[ANSWER_SHEET][cell] = 2
    whole_sheet.save(config.inbox / "per-blad.xlsx")

    report = collect_engagement(config)

    assert outcome(report, "anna.xlsx").action == "added"
    for name in ("per-token", "per-blad"):
        copied = outcome(report, name)
        assert copied.action == "rejected" and copied.recipient_id is None
        assert "kopierats från en annan mottagares arbetsbok" in copied.problems[0].message
    assert "gjordes för" in outcome(report, "per-token").problems[0].message
    assert "Instruktioner" in outcome(report, "per-blad").problems[0].message
    values = {k[:2]: v for k, v in answers_by_key(config, "chefsenkat").items()}
    assert values[(outcome(report, "anna.xlsx").recipient_id, "underlattar")][1] == "4"
    assert {k[0] for k in values} == {outcome(report, "anna.xlsx").recipient_id}


def test_a_workbook_rendered_before_tokens_were_bound_still_counts(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    book = load_workbook(workbook_of(result, "anna"))
    token = Token.parse(book[TOKEN_SHEET]["B1"].value)
    assert token is not None and token.text.startswith("synth2:")
    # a synth1 token, as workbooks sent before the binding carry: the same MAC, no binding
    book[TOKEN_SHEET]["B1"] = replace(token, binding=None).text
    assert book[TOKEN_SHEET]["B1"].value.startswith("synth1:")
    book[ANSWER_SHEET][ref(result.form, "underlattar")] = 3
    book.save(config.inbox / "anna.xlsx")

    report = collect_engagement(config)

    assert outcome(report, "anna").action == "added"


def test_free_text_about_the_survey_itself_is_no_statement(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    form = result.form
    fill(
        workbook_of(result, "anna"),
        config.inbox / "anna.xlsx",
        {
            ref(form, "fungerar_bra"): "Lönekontoret svarar alltid samma dag. "
            "Ring mig gärna på 070-123 45 67 om ni undrar något.",
        },
    )

    collect_engagement(config)

    with Store.open(config.store_url) as store:
        statements = [s.text for s in store.statements() if s.source_type == "enkät"]
    assert statements == ["Lönekontoret svarar alltid samma dag."]
