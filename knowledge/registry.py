"""The two registries every other knowledge file refers to: documents cited, and professions.

`sources.yaml` names each document once (title, guide file or page, confidence); rules,
parameters and FAQ entries cite it by id, with a section. `professions.yaml` names each
covered profession once (labels, deep-link slug, what users type, its scheme families), so
that a new profession is a data change.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from knowledge.schema import Confiance, Id, Profession, Source, Strict


class Document(Strict):
    """One cited document: a guide of the seeds (`doc`) or a public page (`url`)."""

    id: Id
    titre: str  # shown in every citation
    doc: str | None = None
    url: str | None = None
    date: str | None = None  # as precise as the document gives it: "septembre 2024"
    confiance: Confiance

    @model_validator(mode="after")
    def _doc_or_url(self) -> Document:
        if (self.doc is None) == (self.url is None):
            raise ValueError("un document est soit un guide (doc), soit une page (url)")
        return self

    def cite(self, section: str | None) -> Source:
        """The compiled citation of this document at `section`."""
        return Source(
            id=self.id,
            doc=self.doc,
            url=self.url,
            titre=self.titre,
            section=section,
            confiance=self.confiance,
        )


class Registre(Strict):
    sources: list[Document]


class FicheProfession(Strict):
    """A covered profession, as every module names it."""

    id: Profession
    libelle: str  # button label: "Chirurgien-dentiste"
    pluriel: str  # "chirurgiens-dentistes"
    lien: Id  # deep-link slug: /start dentiste_2024
    alias: Annotated[list[str], Field(min_length=1)]  # what users type, accents and case free
    familles: Annotated[list[Id], Field(min_length=1)]  # its scheme families (familles/)


class Professions(Strict):
    professions: list[FicheProfession]
