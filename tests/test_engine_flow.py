"""The pure conversation engine, without Telegram: what it asks, skips, keeps and stores.

Replies are neutral messages: assertions read their plain-text rendering, or their spans."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import (
    PROFILE,
    Action,
    Answer,
    ConfirmForget,
    ContinueHypothetical,
    Modify,
    RunCommand,
    ShowResult,
    Stale,
)
from bot.engine import NSP, Engine, Step, short_label
from bot.events import Command, Event, Text
from bot.faq_replies import FaqResponder
from bot.messages import Message
from bot.session import VERSION, Session
from bot.telegram_render import encode, to_html
from bot.text_render import to_text
from knowledge import Knowledge
from knowledge.schema import Dispositif

COMMANDS = ["start", "reprendre", "retour", "modifier", "resultat", "recommencer", "aide"]


def cmd(name: str, args: str = "") -> Event:
    return Command(name, args)


def say(text: str) -> Event:
    return Text(text)


class Chat:
    """A session driven step by step, keeping the last buttons like a user's screen."""

    def __init__(self, engine: Engine, chat_id: int = 7) -> None:
        self.engine = engine
        self.session = Session(chat_id=chat_id)
        self.replies: list[Message] = []
        self.asked: list[str] = []  # every pending question, in order

    def do(self, event: Event) -> Step:
        step = self.engine.step(self.session, event)
        assert step.replies, f"no reply to {event}"
        self.session, self.replies = step.session, step.replies
        if self.session.pending and (not self.asked or self.asked[-1] != self.session.pending):
            self.asked.append(self.session.pending)
        return step

    @property
    def text(self) -> str:
        """The last replies as plain text, narrow no-break spaces (amounts…) made plain."""
        return "\n".join(to_text(r) for r in self.replies).replace("\u202f", " ")

    def bold(self, text: str) -> bool:
        """Whether the last replies show `text` in bold."""
        spans = (s for r in self.replies for b in r.blocks for line in b.lines for s in line)
        return any(s.bold and s.text.replace("\u202f", " ") == text for s in spans)

    @property
    def buttons(self) -> dict[str, Action]:
        return {c.label: c.action for r in self.replies for row in r.choices for c in row}

    def answer(self, valeur: str) -> Step:
        """Tap the button of the pending question that stands for `valeur`."""
        return self.do(Answer(self.session.pending or "", valeur))

    def yes_until(self, qid: str, limit: int = 40) -> None:
        """Answer every question positively (first choice, "oui", 100 %) until `qid` is asked."""
        for _ in range(limit):
            if self.session.pending == qid:
                return
            values = [a.value for a in self.buttons.values() if isinstance(a, Answer)]
            assert values, f"no question on the way to {qid}: {self.text[:200]}"
            self.answer("oui" if "oui" in values else values[0])
        raise AssertionError(f"{qid} never asked; asked: {self.asked}")

    def is_result(self) -> bool:
        return RunCommand("modifier") in self.buttons.values()


@pytest.fixture
def chat(engine: Engine) -> Chat:
    return Chat(engine)


def test_dentist_failed_socle_skips_coordination(chat: Chat) -> None:
    chat.do(cmd("start", "dentiste_2024"))
    chat.answer("non")
    chat.answer("aucun")  # no DMP-compatible software: the socle has failed
    assert chat.session.pending == "aller_vers_interventions.nombre", "independent: still asked"
    chat.do(say("4"))
    chat.answer("oui")
    assert chat.session.pending is None and chat.session.socle_notice
    assert "Le socle n'est pas atteint" in chat.text
    assert set(chat.buttons.values()) == {ContinueHypothetical(), RunCommand("resultat")}
    skipped = ("cdc_sesam_vitale", "horaires_annuaire", "taux_teletransmission", "messagerie")
    assert not [q for q in chat.asked if q.startswith(skipped)]
    assert not [q for q in chat.asked if q.startswith("prise_en_charge_coordonnee")]
    chat.do(RunCommand("resultat"))
    assert "Montant estimé : 650 €" in chat.text and chat.bold("650 €")  # 300 € + 350 €


def test_hypothetical_continuation(chat: Chat) -> None:
    chat.do(cmd("start", "dentiste_2024"))
    chat.answer("non")
    chat.answer("aucun")
    chat.do(say("0"))
    chat.answer("non")
    assert chat.session.socle_notice
    chat.do(ContinueHypothetical())
    assert chat.session.hypothetical
    assert chat.session.pending == "cdc_sesam_vitale.version"
    chat.yes_until("prise_en_charge_coordonnee.forme")
    chat.answer("structure")
    assert chat.is_result(), "everything answered: the result"
    assert "Socle : non atteint" in chat.text
    chat.do(ShowResult("detail"))  # groups and plan: under the short result's buttons
    assert "Non versé : prérequis non atteints" in chat.text, "coordination: answered, not paid"
    chat.do(ShowResult("plan"))
    assert "Logiciel métier compatible DMP : +590 €" in chat.text, "490 € + 100 €"
    assert chat.bold("+590 €")


@pytest.mark.parametrize("typed", ["oui", "ouais", "ok"])
def test_typed_yes_at_the_socle_notice_continues(chat: Chat, typed: str) -> None:
    chat.do(cmd("start", "dentiste_2024"))
    chat.answer("non")
    chat.answer("aucun")
    chat.do(say("0"))
    chat.answer("non")
    chat.do(say(typed))
    assert chat.session.hypothetical and chat.session.pending == "cdc_sesam_vitale.version"


def test_typed_no_at_the_socle_notice_gives_the_result(chat: Chat) -> None:
    chat.do(cmd("start", "dentiste_2024"))
    chat.answer("non")
    chat.answer("aucun")
    chat.do(say("0"))
    chat.answer("non")
    chat.do(say("non"))
    assert chat.is_result() and not chat.session.hypothetical


def test_component_questions_after_detailler(chat: Chat) -> None:
    chat.do(cmd("start", "medecin_2022"))
    chat.yes_until("teleservices.taux")
    assert chat.buttons["Détailler"] == Answer("teleservices.taux", "detail")
    chat.answer("detail")
    assert chat.session.pending == "teleservices:aat"
    assert "Avis d'arrêt de travail en ligne (AAT)" in chat.text and "≥ 80 %" in chat.text
    chat.do(say("85"))
    assert chat.session.pending == "teleservices:cm_atmp"
    chat.answer("non")
    chat.do(say("je ne sais pas"))
    chat.do(say("150"))  # refused: a rate is at most 100 %
    assert chat.session.pending == "teleservices:dmt" and "entre 0 et 100" in chat.text
    chat.do(say("95 %"))
    chat.do(cmd("retour"))
    assert chat.session.pending == "teleservices:dmt", "/retour goes back one component"
    chat.do(say("92"))
    chat.do(say("12"))
    assert not chat.session.pending.startswith("teleservices")
    assert chat.session.answers["teleservices"] == {
        "aat": 85.0,
        "cm_atmp": False,
        "pse": None,
        "dmt": 92.0,
        "spe": 12.0,
    }
    chat.do(cmd("resultat"))
    chat.do(ShowResult("detail"))  # the indicators' lines: under the short result's button
    line = next(x for x in chat.text.splitlines() if "Usage des téléservices" in x)
    assert "à compléter (55 points · 385 €)" in line, "AAT + DMT + SPE; PSE still unknown"


def test_detail_then_retour_reopens_the_global_question(chat: Chat) -> None:
    chat.do(cmd("start", "medecin_2022"))
    chat.yes_until("teleservices.taux")
    chat.answer("detail")
    chat.do(cmd("retour"))
    assert chat.session.pending == "teleservices.taux"
    assert "teleservices" not in chat.session.answers


def full_medecin_2023(chat: Chat) -> None:
    chat.do(cmd("start"))
    chat.answer("medecin")
    chat.answer("2023")
    while not chat.is_result():
        values = [a.value for a in chat.buttons.values() if isinstance(a, Answer)]
        if "detail" in values:
            chat.answer("detail")
        elif chat.session.pending and ":" in chat.session.pending:
            chat.do(say("87,5 %"))  # a component rate
        elif "oui" in values:
            chat.do(say("100" if "taux" in chat.session.pending else "oui"))
        else:
            chat.answer(values[0])


def test_session_round_trips_through_json_and_stays_small(chat: Chat) -> None:
    full_medecin_2023(chat)
    assert "Montant estimé" in chat.text
    data = chat.session.to_json()
    assert len(data.encode()) < 4096, len(data.encode())
    again = Session.from_json(data)
    assert again == chat.session
    assert json.loads(data)["v"] == VERSION
    # The restored session answers the same way as the live one.
    assert (
        chat.engine.step(again, cmd("resultat")).replies
        == chat.engine.step(chat.session, cmd("resultat")).replies
    )


def test_unknown_session_fields_are_ignored() -> None:
    data = Session(chat_id=3, profession="medecin").to_json()
    extended = json.dumps({**json.loads(data), "field_from_the_future": 1})
    assert Session.from_json(extended).profession == "medecin"


def test_every_callback_data_fits_telegram(engine: Engine, kb: Knowledge) -> None:
    """Telegram refuses callback data above 64 bytes: check every question of every scheme
    through the Telegram renderer's encoding."""
    for (profession, exercice), d in kb.dispositifs.items():
        s = Session(chat_id=1, profession=profession, exercice=exercice)
        qids = ["profession", "exercice"]
        for ind in d.indicateurs:
            qids += [q.id for q in ind.questions] or [ind.id]
            qids += [f"{ind.id}:{c.id}" for c in ind.composantes]
        for qid in qids:
            for reply in engine._ask(s, qid):
                for choice in (c for row in reply.choices for c in row):
                    data = encode(choice.action)  # ValueError above 64 bytes
                    assert len(data.encode()) <= 64, (d.id, data)
                    assert 0 < len(choice.label) <= 64


def test_a_session_from_older_knowledge_never_crashes(engine: Engine) -> None:
    """Ids a knowledge update removed are dropped instead of breaking every later step."""
    s = Session(
        chat_id=5,
        profession="chirurgien-dentiste",
        exercice="2024",
        pending="indicateur_supprime.question",
        history=["logiciel_dmp.flux", "indicateur_supprime.question"],
        answers={"logiciel_dmp": True, "indicateur_supprime": True},
        path={"logiciel_dmp.flux": "oui", "indicateur_supprime.question": "oui"},
    )
    for event in (say("oui"), cmd("retour"), cmd("reprendre"), Answer("x", "y"), cmd("resultat")):
        step = engine.step(s, event)
        assert step.replies
    assert "indicateur_supprime" not in s.answers
    gone = Session(chat_id=6, profession="medecin", exercice="1999", pending="q.1")
    step = engine.step(gone, cmd("reprendre"))
    assert gone.exercice is None and gone.pending == "exercice", step.replies


def test_deep_links(engine: Engine) -> None:
    for payload, profession, exercice, pending in [
        ("dentiste_2024", "chirurgien-dentiste", "2024", "logiciel_dmp.flux"),
        ("medecin_2023", "medecin", "2023", "logiciel_segur_lap.equipement"),
        ("dentiste", "chirurgien-dentiste", None, "exercice"),
        ("medecin_1990", "medecin", None, "exercice"),
        ("n_importe_quoi", None, None, "profession"),
    ]:
        s = engine.step(Session(chat_id=1), cmd("start", payload)).session
        assert (s.profession, s.exercice, s.pending) == (profession, exercice, pending), payload


def test_nsp_is_always_offered(chat: Chat) -> None:
    chat.do(cmd("start", "dentiste_2024"))
    while not chat.is_result() and chat.session.pending:
        assert chat.buttons["Je ne sais pas"] == Answer(chat.session.pending, NSP)
        chat.answer(NSP)
    assert "Montant estimé : entre" in chat.text


# ---- never stuck, never silent: random sessions ---------------------------------------------

TEXTS = [
    *("oui", "non", "85", "150 %", "je ne sais pas", "euh", "2024", "médecin", "3", "?", " "),
    *("Détailler", "projet", "2019", "dentiste", "-5", "1e9", "nan", "inf", "0,5", "100 %"),
]
STARTS = ["dentiste_2024", "medecin_2022", "medecin_2023", "medecin_projet", "dentiste", "x"]


@st.composite
def events(draw: st.DrawFn) -> list[tuple[str, object]]:
    kinds = st.sampled_from(["button", "button", "button", "text", "command", "junk"])
    return draw(
        st.lists(
            st.tuples(kinds, st.integers(min_value=0, max_value=50)),
            min_size=1,
            max_size=40,
        )
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(script=events())
def test_random_conversations_always_answer(engine: Engine, script: list) -> None:
    chat = Chat(engine)
    chat.do(cmd("start"))
    for kind, n in script:
        buttons = list(chat.buttons.values())
        if kind == "button" and buttons:
            event = buttons[n % len(buttons)]
        elif kind == "text":
            event = say(TEXTS[n % len(TEXTS)])
        elif kind == "command" and n % 4 == 0:
            event = cmd("start", STARTS[n % len(STARTS)])
        elif kind == "command":
            event = cmd(COMMANDS[n % len(COMMANDS)])
        else:
            event = [
                Stale(),
                Answer("", ""),
                Modify(PROFILE),
                ConfirmForget(False),
                ContinueHypothetical(),
                RunCommand("resultat"),
            ][n % 6]
        step = chat.do(event)
        assert all(to_text(r).strip() for r in step.replies)
        assert Session.from_json(chat.session.to_json()) == chat.session


def test_profile_questions_refuse_je_ne_sais_pas(chat: Chat) -> None:
    chat.do(cmd("start"))
    chat.do(say("je ne sais pas"))
    assert chat.session.profession is None and chat.session.pending == "profession"
    assert (
        "Tapez « Médecin », « Chirurgien-dentiste » ou « Masseur-kinésithérapeute »." in chat.text
    ), "nsp not offered"
    assert "Je ne sais pas" not in chat.buttons
    chat.do(Answer("profession", NSP))
    assert chat.session.profession is None and "ancien message" in chat.text
    chat.answer("medecin")
    chat.do(say("je ne sais pas"))
    chat.do(Answer("exercice", NSP))
    assert chat.session.exercice is None and chat.session.pending == "exercice"
    chat.do(say("2019"))  # a year without a button is typed
    assert chat.session.exercice == "2019"


def test_a_stored_session_with_an_unknown_profession_starts_over(engine: Engine) -> None:
    s = Session(chat_id=1, profession="nsp", exercice="nsp", pending="exercice")
    engine.step(s, cmd("reprendre"))
    assert (s.profession, s.exercice, s.pending) == (None, None, "profession")


def test_user_text_is_kept_as_text_and_escaped_in_html(chat: Chat) -> None:
    chat.do(cmd("start", "dentiste_2024"))
    chat.do(say("<b>n'importe</b> & <quoi>"))
    assert "« <b>n'importe</b> & <quoi> »" in chat.text and not chat.bold("n'importe")
    html = to_html(chat.replies[0])
    assert "«\u202f&lt;b&gt;n'importe&lt;/b&gt; &amp; &lt;quoi&gt;\u202f»" in html
    chat.do(cmd("<i>"))
    assert "/<i>" in chat.text and "/&lt;i&gt;" in to_html(chat.replies[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oui", "Oui"),
        (
            "Logiciel métier référencé Ségur avec LAP certifié HAS (messagerie sécurisée incluse)",
            "Logiciel métier référencé Ségur avec LAP certifié HAS…",
        ),
        ("x" * 80, "x" * 59 + "…"),
    ],
)
def test_long_button_labels_are_cut_at_a_word(text: str, expected: str) -> None:
    assert short_label(text) == expected and len(short_label(text)) <= 60


def test_the_next_question_is_the_first_that_can_change_the_result(chat: Chat) -> None:
    """From `calculators.missing_answers`, in the scheme's order: a Donum mean already out of
    reach makes the last rate, and the optional indicators it gates, change nothing: the
    failed socle is said at once."""
    chat.do(cmd("start", "medecin_2026"))
    chat.session.answers = {
        "equipement_logiciel": True,
        "services_en_ligne": {"dmt": 10.0, "fse": 20.0, "pse": 0.0},
    }
    chat.session.pending = None
    chat.do(cmd("reprendre"))
    assert chat.session.pending is None and "Le socle n'est pas atteint" in chat.text
    assert not [q for q in chat.asked if q != "equipement_logiciel.segur"]
    chat.do(ContinueHypothetical())  # corrected, the open rate still changes nothing
    assert chat.session.pending == "teleservices_cm_dsg_spe.cm_atmp"


def test_every_numeric_question_states_its_target(engine: Engine, kb: Knowledge) -> None:
    """Issue 10: a rate, a count, a mean or points is asked with its target and unit (from
    the compiled target), says a number can be typed, and its buttons place the target."""
    for (profession, exercice), d in kb.dispositifs.items():
        s = Session(chat_id=1, profession=profession, exercice=exercice)
        for ind in d.indicateurs:
            q = ind.questions[0] if ind.questions else None
            if ind.cible.type == "booleen" or (q is not None and q.type == "choix"):
                continue
            asked = engine._ask(s, q.id if q else ind.id)[0]
            text = to_text(asked)
            labels = [c.label for row in asked.choices for c in row]
            assert "Tapez" in text, (d.id, ind.id, text)
            if ind.cible.type == "points_declares":
                assert f"De 0 à {ind.cible.max:g} points" in text
            elif ind.cible.valeur is not None:
                figure = f"{round(ind.cible.valeur, 2):g}".replace(".", ",")
                sign = "≥" if ind.cible.operateur == ">=" else ">"
                assert f"{sign} {figure}" in text, (d.id, ind.id, text)
                assert "Oui, objectif atteint" not in labels, (d.id, ind.id, labels)
                assert any(figure in label for label in labels), (d.id, ind.id, labels)


class RecordingFaq:
    """A FAQ that notes what it is asked and always answers."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def reply(self, text: str, session: Session, forwarded: bool = False) -> Message | None:
        self.asked.append(text)
        return Message(())

    def sure_reply(self, text: str, session: Session) -> Message | None:
        self.asked.append(text)
        return None

    def entry_reply(self, entry_id: str, session: Session) -> Message | None:
        return None

    def indicator_named(self, text: str, d: Dispositif) -> str | None:
        return None  # reads the text's words, asks the FAQ nothing


@pytest.mark.parametrize(
    "typed",
    ["oui ?", "45 % ?", "euh je sais pas trop", "deux tiers", "une vingtaine", "?", "bof", "x"],
)
def test_short_replies_never_go_to_the_faq(kb: Knowledge, typed: str) -> None:
    faq = RecordingFaq()
    chat = Chat(Engine(kb, faq=faq))
    chat.do(cmd("start", "dentiste_2025"))
    chat.yes_until("taux_teletransmission.taux")
    chat.do(say(typed))
    assert faq.asked == []


def test_a_question_typed_during_the_questionnaire_goes_to_the_faq(kb: Knowledge) -> None:
    faq = RecordingFaq()
    chat = Chat(Engine(kb, faq=faq))
    chat.do(cmd("start", "dentiste_2025"))
    chat.do(say("c'est quoi un flux DMP"))
    assert faq.asked == ["c'est quoi un flux DMP"]
    assert chat.session.pending == "logiciel_dmp.flux" and not chat.session.answers


def test_an_indicator_asked_in_two_questions_labels_the_second_as_its_sequel(
    chat: Chat,
) -> None:
    """The Donum's ApCV + messaging indicator asks two questions: the last indicator's first
    question is « dernier indicateur », the second « dernier indicateur, suite »."""
    chat.do(cmd("start", "medecin_2026"))
    labels = {}
    for _ in range(20):
        pending = chat.session.pending
        if pending is None:
            break
        labels[pending] = chat.text
        chat.do(say("oui"))
    first, second = labels["apcv_messagerie.apcv"], labels["apcv_messagerie.messagerie"]
    assert "dernier indicateur" in first and "dernier indicateur, suite" not in first
    assert "dernier indicateur, suite" in second


def test_why_ones_own_result_reads_so_shows_the_detail(kb: Knowledge) -> None:
    """« pk mon volet 1 est a confirmé ? » after a result (last look, 4/12/2026: was declined
    with an unrelated suggestion): the result indicator by indicator; a question on a rule
    (« pourquoi le volet 1 est passé à 280 points ? ») still goes to the FAQ."""
    today = dt.date(2026, 12, 4)
    faq = FaqResponder.from_knowledge(kb, today=lambda: today)
    chat = Chat(Engine(kb, faq=faq, today=lambda: today))
    chat.do(cmd("start", "dentiste_2024"))
    for _ in range(40):
        if chat.is_result():
            break
        values = [a.value for a in chat.buttons.values() if isinstance(a, Answer)]
        chat.answer("oui" if "oui" in values else values[0])
    assert chat.is_result()
    chat.do(say("pk mon fami est a confirmé ?"))
    assert "détail par indicateur" in chat.text
    chat.do(say("pourquoi le volet 1 est passé à 280 points en 2023 ?"))
    assert "détail par indicateur" not in chat.text


def test_why_ones_own_result_mid_questionnaire_shows_the_detail_then_asks_again(
    kb: Knowledge,
) -> None:
    """« pk mon volet 1 est a confirmer ? » with answers given and a question still pending
    (last look, 4/12/2026 ~14 h 30, after /resultat: was offered « avenants 7 et 9 »): the
    detail, then the pending question again."""
    today = dt.date(2026, 12, 4)
    faq = FaqResponder.from_knowledge(kb, today=lambda: today)
    chat = Chat(Engine(kb, faq=faq, today=lambda: today))
    chat.do(cmd("start", "medecin_2025"))
    chat.do(say("oui"))
    pending = chat.session.pending
    assert pending is not None
    chat.do(say("pk mon volet 1 est a confirmer ?"))
    assert "détail par indicateur" in chat.text and chat.session.pending == pending
