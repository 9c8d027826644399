"""Schema of the compiled knowledge base: what `knowledge.load()` returns, once each family
file is compiled for one exercice (see `knowledge.families`) and every citation resolved.

Machine conditions (targets, gating, question trees) are structured data; human wording
(libelle, raison, texte) sits beside them and never gets parsed. Every amount, date and rule
carries its sources, with a confidence flag.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# A profession id of professions.yaml; the loader refuses an id the registry does not know.
Profession = Annotated[str, Field(pattern=r"^[a-z][a-z-]*$")]
Confiance = Literal["officiel", "secondaire"]
# "ambigu": the texts read the answer two ways (see Ambiguite); it counts in the reachable
# maximum, never in the guaranteed amount.
Statut = Literal["atteint", "non_atteint", "neutralise", "inconnu", "ambigu"]
AMBIGU = "ambigu"  # the answer value of a question-tree path the texts read two ways
Operateur = Literal[">=", ">"]
Id = Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    """A citation, compiled from an id of sources.yaml: a seed guide (file + section) or a
    public page (url, as the public facts give it)."""

    id: str | None = None  # the document's id in sources.yaml
    doc: str | None = None
    section: str | None = None
    url: str | None = None
    titre: str | None = None
    confiance: Confiance

    @model_validator(mode="after")
    def _doc_or_url(self) -> Source:
        if (self.doc is None) == (self.url is None):
            raise ValueError("une source cite soit un guide (doc), soit une page (url)")
        if self.doc is not None and not self.section:
            raise ValueError("une source « doc » doit préciser la section")
        return self

    def label(self) -> str:
        """Short French citation shown to users."""
        if self.doc:
            return f"{self.titre}, {self.section}"  # the title, never the file's id
        label = f"{self.titre} ({self.url})" if self.titre else f"{self.url}"
        return label + (f", {self.section}" if self.section else "")


Sources = Annotated[list[Source], Field(min_length=1)]


class Maximum(Strict):
    """A scheme's maximum as a source gives it."""

    points: float | None = None
    eur: float


class Note(Strict):
    """A sourced sentence: a pitfall, a warning, a tension between guides. `porte: total`: a
    warning on the scheme's maximum itself, said wherever a total or the maximum is given."""

    texte: str
    sources: Sources
    porte: Literal["total"] | None = None
    # the other maximum a warning on the total gives (the FS 2024's 1 163 points, 8 141 €):
    # a gap to it is said beside the one retained
    autre_maximum: Maximum | None = None


class Versement(Note):
    """When an exercice is paid: the sentence, and the last day of the period the sources
    announce (None where none is published), to tell « rien reçu » from a late payment."""

    fin: dt.date | None = None


class Lecture(Strict):
    """One reading of a rule the texts state two ways or leave open, where it is written, and
    what it decides: a target's operator, an answer path's verdict, or a group's value."""

    texte: str  # the reading, in French, quoting its source where it can
    sources: Sources
    operateur: Operateur | None = None  # on a target
    reponse: bool | None = None  # on an answer path: met (True) or not (False)
    points: float | None = None  # on a group: what it pays under this reading
    eur: float | None = None


class Ambiguite(Strict):
    """Where the texts disagree or are silent: two readings, each with its sources. The
    calculator shows both as a range (statut « ambigu »), never one of them as certain.

    On a target (`Cible`), the readings give two operators: a value at the threshold is
    ambiguous. On an answer path (`Resultat` with `reponse: ambigu`), they give the two
    verdicts. On a `tous_requis` group, `sans` names the optional indicator whose absence
    they read two ways, and each gives what the group pays then.
    """

    id: Id
    raison: str  # why the texts allow two readings, in French
    lectures: Annotated[list[Lecture], Field(min_length=2, max_length=2)]
    sans: Id | None = None

    def _only(self, decides: set[str], what: str) -> None:
        """Every reading decides one of `decides`, and nothing else a reading can decide."""
        for lecture in self.lectures:
            given = {
                f
                for f in ("operateur", "reponse", "points", "eur")
                if getattr(lecture, f) is not None
            }
            if not given & decides or given - decides:
                raise ValueError(f"ambiguïté {self.id} : chaque lecture {what}, et rien d'autre")
        if (self.sans is not None) != ("points" in decides):
            raise ValueError(f"ambiguïté {self.id} : « sans » sert sur un groupe, et seulement là")

    def check_target(self, operateur: str | None) -> None:
        self._only({"operateur"}, "d'une cible donne son opérateur")
        ops = [lecture.operateur for lecture in self.lectures]
        if len(set(ops)) != 2 or operateur not in ops:
            raise ValueError(
                f"ambiguïté {self.id} : les deux lectures donnent deux opérateurs, dont celui "
                "de la cible"
            )

    def check_path(self) -> None:
        self._only({"reponse"}, "d'un chemin de réponse dit s'il est atteint (reponse)")
        if {lecture.reponse for lecture in self.lectures} != {True, False}:
            raise ValueError(
                f"ambiguïté {self.id} : une lecture conclut « atteint », l'autre « non atteint »"
            )

    def check_group(self, worth: float | None, unit: str) -> None:
        self._only({"points", "eur"}, "d'un groupe donne ce qu'il verse (points ou eur)")
        values = [getattr(lecture, unit) for lecture in self.lectures]
        if None in values or len(set(values)) != 2 or worth not in values:
            raise ValueError(
                f"ambiguïté {self.id} : les deux lectures donnent deux montants en {unit}, dont "
                "celui du groupe"
            )


class Cible(Strict):
    """What an indicator's answer is compared with.

    `booleen`: oui/non. `taux`: a percentage compared with `valeur` (None = not published).
    `nombre`: a count compared with `valeur`. `points_declares`: the practitioner reads the
    points on amelipro (0..max). `moyenne`: the mean of the component rates is compared.
    """

    type: Literal["booleen", "taux", "nombre", "points_declares", "moyenne"]
    operateur: Literal[">=", ">"] | None = None
    valeur: float | None = None
    max: float | None = None
    texte: str | None = None  # human wording of the target, e.g. "≥ 2/3 des feuilles de soins"
    sources: list[Source] = []  # with the references of the parameter `valeur` comes from
    parametre: Id | None = None  # the family parameter `valeur` comes from, for explanations
    ambiguite: Ambiguite | None = None  # two readings of the operator

    @model_validator(mode="after")
    def _coherent(self) -> Cible:
        if self.type in ("taux", "nombre", "moyenne") and self.operateur is None:
            raise ValueError(f"une cible « {self.type} » doit avoir un opérateur")
        if self.type == "taux" and self.valeur is not None and not 0 <= self.valeur <= 100:
            raise ValueError("un taux cible est entre 0 et 100")
        if self.type == "points_declares" and self.max is None:
            raise ValueError("une cible « points_declares » doit avoir un max")
        if self.ambiguite is not None:
            if self.operateur is None:
                raise ValueError("une ambiguïté d'opérateur porte sur une cible chiffrée")
            self.ambiguite.check_target(self.operateur)
        return self

    @property
    def publiee(self) -> bool:
        return self.type in ("booleen", "points_declares") or self.valeur is not None


class Composante(Strict):
    """A sub-indicator with its own target, e.g. one téléservice of the bouquet."""

    id: Id
    libelle: str
    cible: Cible
    points: float | None = None  # None: the split is not published
    eur: float | None = None
    sources: Sources

    @model_validator(mode="after")
    def _one_reading(self) -> Composante:
        if self.cible.ambiguite is not None:
            raise ValueError("une ambiguïté d'opérateur porte sur la cible d'un indicateur")
        return self


class Resultat(Strict):
    """Where a question's answer leads: the indicator's answer, with what to tell and do."""

    # True: target reached; False: not; None: unknown; "ambigu": the texts read this path
    # both ways, as `ambiguite` says
    reponse: bool | Literal["ambigu"] | None
    raison: str | None = None
    action: str | None = None  # what to do, shown in the action plan
    justificatif: bool = False  # a justificatif must be sent for this path
    ambiguite: Ambiguite | None = None

    @model_validator(mode="after")
    def _readings(self) -> Resultat:
        if (self.reponse == AMBIGU) != (self.ambiguite is not None):
            raise ValueError("un résultat « ambigu » donne son ambiguïté, et seulement lui")
        if self.ambiguite is not None:
            self.ambiguite.check_path()
        return self


class Seuil(Strict):
    """A choice told by a count from a minimum on (« au moins 4 RCP par an »): a message
    giving the count says whether it holds; fewer lead to `sinon`."""

    nombre: int = Field(gt=0)
    mots: list[str] = Field(min_length=1)  # what is counted, as written (« RCP »)
    sinon: Resultat
    # the count reached is the whole choice (« 4 RCP »), or only one of its conditions (the
    # SAS's 2 hours: registered too), which then says nothing on its own
    suffisant: bool = True


class Choix(Strict):
    valeur: Id
    libelle: str
    resultat: Resultat | None = None
    suivante: str | None = None  # id of the next question of the same indicator
    seuil: Seuil | None = None

    @model_validator(mode="after")
    def _one_outcome(self) -> Choix:
        if (self.resultat is None) == (self.suivante is None):
            raise ValueError("un choix mène soit à un résultat, soit à une question suivante")
        return self


class Question(Strict):
    """One question of an indicator's decision tree; the first one is the entry point.

    `choix`: buttons. `valeur`: the indicator's own value (a rate, a count, points), typed
    or tapped, compared with the target by the calculator. "Je ne sais pas" is always offered.
    """

    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)?$")
    texte: str
    type: Literal["choix", "valeur"]
    choix: list[Choix] = []
    aide: str | None = None  # where to find the figure or the fact
    # The target this question compares with (a component id, or the indicator's own id):
    # its wording and its "oui"/"non" choices come from that target, and the loader checks it.
    teste: Id | None = None

    @model_validator(mode="after")
    def _choices(self) -> Question:
        if self.type == "choix" and len(self.choix) < 2:
            raise ValueError("une question « choix » propose au moins deux choix")
        if self.type == "valeur" and self.choix:
            raise ValueError("une question « valeur » n'a pas de choix")
        return self


class Justificatif(Strict):
    texte: str
    quand: str  # when it is required, in French
    sources: Sources


class Indicateur(Strict):
    id: Id
    libelle: str
    groupe: Id
    points: float | None = None  # None with a tous_requis group: paid at group level
    eur: float | None = None
    cible: Cible
    composantes: list[Composante] = []
    agregation: Literal["somme", "tous"] | None = None  # how composantes combine
    type: Literal["automatise", "declaratif", "declaratif_pre_alimente"]
    statut_exercice: Literal["actif", "neutralise", "optionnel"] = "actif"
    justificatif: Justificatif | None = None
    pieges: list[Note] = []
    questions: list[Question] = []
    aide: str | None = None  # where to find the answer when the practitioner does not know
    sources: Sources

    @property
    def ambiguite_reponse(self) -> Ambiguite | None:
        """The two readings of the tree's « ambigu » answer, when a path leads to one."""
        return next(
            (
                c.resultat.ambiguite
                for q in self.questions
                for c in q.choix
                if c.resultat is not None and c.resultat.ambiguite is not None
            ),
            None,
        )

    @model_validator(mode="after")
    def _tree(self) -> Indicateur:
        if self.composantes and self.agregation is None and self.cible.type != "moyenne":
            raise ValueError("des composantes exigent une agrégation (somme ou tous)")
        if self.cible.type == "moyenne" and not self.composantes:
            raise ValueError("une cible « moyenne » porte sur des composantes")
        ids = [q.id for q in self.questions]
        if len(set(ids)) != len(ids):
            raise ValueError("deux questions portent le même id")
        paths = [c.resultat.ambiguite for q in self.questions for c in q.choix if c.resultat]
        if any(a is not None and a != self.ambiguite_reponse for a in paths):
            raise ValueError("une réponse « ambigu » renvoie à une seule ambiguïté par indicateur")
        for q in self.questions:
            for c in q.choix:
                if c.suivante is not None and c.suivante not in ids:
                    raise ValueError(f"la question suivante « {c.suivante} » n'existe pas")
        return self


class Groupe(Strict):
    """A volet or category. `tous_requis`: pays `points`/`eur` once every non-optional
    indicator is met. `independant`: each indicator pays its own value.
    `prerequis`: groups that must be met before this one pays anything."""

    id: Id
    libelle: str
    regle: Literal["tous_requis", "independant"]
    points: float | None = None
    eur: float | None = None
    prerequis: list[Id] = []
    sources: Sources
    ambiguite: Ambiguite | None = None  # what it pays without an optional indicator


class Periode(Strict):
    debut: dt.date | None = None  # None: not published
    fin: dt.date | None = None
    texte: str | None = None
    sources: Sources


class TotalPublie(Strict):
    """A total printed by a source, reproduced by the tests."""

    points: float | None = None
    eur: float | None = None
    texte: str
    sources: Sources


class MoyennePubliee(Strict):
    """The mean paid to the profession for an exercice, as a source printed it: set beside
    an asker's own total when they ask how they compare."""

    eur: float
    texte: str
    sources: Sources


class Correspondance(Strict):
    """An indicator of this scheme (or one of its components) that an earlier scheme's answers
    already answer: how a result compares the exercice that follows a closed one "for the same
    answers". Between exercices of one family, indicators with the same id carry over without
    being declared here.

    `reprend` names answers of the family `famille` ("indicateur" or "indicateur:composante"):
    one is taken as it is (a yes/no for a yes/no target, a number for a rate or a count);
    several are yes/no answers that must all be met. `texte` says why they correspond."""

    famille: Id
    indicateur: Id
    composante: Id | None = None
    reprend: Annotated[list[str], Field(min_length=1)]
    texte: str
    sources: Sources


class Dispositif(Strict):
    """One scheme for one profession and exercice: a forfait structure, a Donum or a FAMI.

    Compiled by the loader from a family file of `familles/` for one exercice.
    """

    id: Id
    profession: Profession
    dispositif: Literal["forfait_structure", "dotation_numerique", "fami"]
    exercice: int | None  # None: a draft with no exercice
    # provisoire: no text of its own yet, the rules of `reconduit_de` are applied
    statut: Literal["publie", "projet", "provisoire"] = "publie"
    reconduit_de: int | None = None
    famille: Id | None = None  # the family file it was compiled from
    libelle: str
    unite: Literal["points", "eur"]
    valeur_point: float | None = None
    valeur_point_sources: list[Source] = []
    declaration: Periode
    amelipro: Note
    paiement: Versement
    totaux_publies: list[TotalPublie] = []
    moyennes_publiees: list[MoyennePubliee] = []
    avertissements: list[Note] = []
    groupes: list[Groupe]
    indicateurs: list[Indicateur]
    sources: Sources
    correspondances: list[Correspondance] = []

    def total_notes(self) -> list[Note]:
        """The warnings on its maximum itself (the forfait structure 2024's 835 or 883 points
        of volet 2): a maximum in doubt, said wherever a total is given."""
        return [a for a in self.avertissements if a.porte == "total"]

    def other_maximum(self) -> Maximum | None:
        """The other maximum a warning on the total gives (the FS 2024's 8 141 € beside
        7 805 €), said wherever the maximum is shown; None when the maximum is not in doubt."""
        return next((n.autre_maximum for n in self.total_notes() if n.autre_maximum), None)

    def rate_targets(self) -> list[float]:
        """The rates and means its indicators and their components are judged against, in
        percent: a figure equal to one of them may be quoted, not the asker's own."""
        return [
            c.valeur
            for ind in self.indicateurs
            for c in [ind.cible, *(k.cible for k in ind.composantes)]
            if c.type in ("taux", "moyenne") and c.valeur is not None
        ]

    @model_validator(mode="after")
    def _consistent(self) -> Dispositif:
        if self.unite == "points" and (self.valeur_point is None or not self.valeur_point_sources):
            raise ValueError("un dispositif en points a une valeur du point sourcée")
        groups = {g.id for g in self.groupes}
        for g in self.groupes:
            for p in g.prerequis:
                if p not in groups:
                    raise ValueError(f"groupe {g.id} : prérequis inconnu « {p} »")
            if g.ambiguite is not None:
                self._group_ambiguity(g)
        seen: set[str] = set()
        for ind in self.indicateurs:
            if ind.id in seen:
                raise ValueError(f"indicateur en double « {ind.id} »")
            seen.add(ind.id)
            if ind.groupe not in groups:
                raise ValueError(f"indicateur {ind.id} : groupe inconnu « {ind.groupe} »")
        by_id = {ind.id: ind for ind in self.indicateurs}
        for c in self.correspondances:
            ind = by_id.get(c.indicateur)
            if ind is None:
                raise ValueError(f"correspondance : indicateur inconnu « {c.indicateur} »")
            if c.composante is not None and c.composante not in {x.id for x in ind.composantes}:
                raise ValueError(
                    f"correspondance : « {c.composante} » n'est pas une composante de {ind.id}"
                )
        return self

    def _group_ambiguity(self, g: Groupe) -> None:
        assert g.ambiguite is not None
        g.ambiguite.check_group(g.points if self.unite == "points" else g.eur, self.unite)
        if g.regle != "tous_requis":
            raise ValueError(f"groupe {g.id} : une ambiguïté de montant porte sur un socle")
        absent = next((i for i in self.indicateurs if i.id == g.ambiguite.sans), None)
        if absent is None or absent.groupe != g.id or absent.statut_exercice != "optionnel":
            raise ValueError(
                f"groupe {g.id} : « sans: {g.ambiguite.sans} » doit nommer un indicateur "
                "facultatif de ce groupe"
            )

    @field_validator("indicateurs")
    @classmethod
    def _not_empty(cls, v: list[Indicateur]) -> list[Indicateur]:
        if not v:
            raise ValueError("un dispositif a au moins un indicateur")
        return v

    @property
    def cle(self) -> str:
        """Profile key of the exercice: the year, or "projet" for the draft."""
        return str(self.exercice) if self.exercice is not None else "projet"


class VersementVsm(Strict):
    """When the VSM forfait is paid for objectives reached in a period, per one source."""

    atteint_du: dt.date | None = None  # None: from the forfait's start
    atteint_au: dt.date  # objectives reached by this day (included)
    verse: str  # "au 1er semestre 2024"
    sources: Sources


class Vsm(Strict):
    """The volet de synthèse médicale forfait (médecins traitants), outside the forfait."""

    id: Literal["vsm"]
    libelle: str
    paliers: list[TotalPublie]  # eur per threshold, with texte giving the threshold
    seuils: list[Cible]  # same order as paliers
    majoration_structure: float  # e.g. 0.20
    seuil_structure: Cible
    ponderation: Note
    periodes: list[Note]
    versements: list[VersementVsm] = []  # the periods above, as dates the bot judges
    # the last day of the last period the sources publish: nothing is known after it
    fin_connue: dt.date
    fin_sources: Sources
    avertissements: list[Note] = []
    sources: Sources


class GlossaireTerme(Strict):
    sigle: str
    developpe: str
    variantes: list[str] = []  # other ways people write it (typos, lower case, spoken forms)


class Glossaire(Strict):
    termes: list[GlossaireTerme]
    synonymes: list[list[str]] = []  # groups of words treated as equivalent in questions


class SujetHorsPerimetre(Strict):
    id: Id
    libelle: str
    termes: Annotated[list[str], Field(min_length=1)]
    renvoi: str  # where to ask instead
    # The question is about this topic whatever else it names (a fee, a tax): declined even
    # next to an in-scope word ("tarif de la téléconsultation"). Otherwise ("doctolib") an
    # in-scope answer the question matches well without the term is still given.
    toujours: bool = False


class HorsPerimetre(Strict):
    """Neighbouring topics the bot does not cover: they raise the bar for a FAQ answer."""

    sujets: list[SujetHorsPerimetre]


class Portee(Strict):
    professions: list[Profession] = []  # empty: every profession
    exercices: list[int] = []  # empty: every exercice


# The kind of answer an FAQ entry gives (`bot/faq_intent.py`): read from its question, given
# here only where that reading is wrong.
Intention = Literal[
    "montant",
    "nombre",
    "seuil",
    "date",
    "comment",
    "qui",
    "definition",
    "pourquoi",
    "quoi",
    "oui_non",
]


class FaqEntree(Strict):
    id: Id
    question: str
    formulations: Annotated[list[str], Field(min_length=3)]
    reponse: str
    portee: Portee = Portee()
    sources: Sources
    indicateurs: list[Id] = []
    theme: str
    intentions: list[Intention] = []

    @property
    def secondaire(self) -> bool:
        return any(s.confiance == "secondaire" for s in self.sources)

    @model_validator(mode="after")
    def _caveat(self) -> FaqEntree:
        if self.secondaire and "à confirmer auprès de votre CPAM" not in self.reponse:
            raise ValueError(
                "une réponse fondée sur une source secondaire dit « à confirmer auprès de "
                "votre CPAM »"
            )
        return self


class FaqFichier(Strict):
    entrees: list[FaqEntree]
